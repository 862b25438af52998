//! The Word files: a zip that any reader opens (read back here entry by entry, each CRC checked
//! against a second, table-driven CRC), XML that is well formed whatever the plan is called, real
//! heading styles and the document's language; and LibreOffice opening each file, reading the
//! headings and text back, and printing it to PDF.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{shared, Answering};
use coproductiecheck::model::docx::{crc32, docx};
use coproductiecheck::model::paperwork::{
    as_text, letter, paragraph, phase_levels, Block, Context, Document, Section,
};
use coproductiecheck::model::plan::{plan, report};
use coproductiecheck::model::share::Shared;
use coproductiecheck::model::{Lang, Role, CONTENT};

// ---------- reading a zip back ----------

fn u16_at(b: &[u8], i: usize) -> usize {
    usize::from(u16::from_le_bytes([b[i], b[i + 1]]))
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

/// A CRC-32 written differently from the one under test: with the usual 256-entry table.
fn crc_by_table(data: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

/// The entries of a zip of stored files, read through its central directory as unzip does;
/// every header and CRC checked on the way.
fn unzip(b: &[u8]) -> Vec<(String, Vec<u8>)> {
    let end = b.len() - 22;
    assert_eq!(u32_at(b, end), 0x0605_4b50, "no end of central directory");
    let count = u16_at(b, end + 10);
    assert_eq!(count, u16_at(b, end + 8));
    let size = u32_at(b, end + 12) as usize;
    let mut at = u32_at(b, end + 16) as usize;
    assert_eq!(
        at + size,
        end,
        "the directory ends where its end record starts"
    );
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(b, at), 0x0201_4b50, "central directory entry");
        assert_eq!(u16_at(b, at + 10), 0, "stored, not compressed");
        let crc = u32_at(b, at + 16);
        let (csize, usize_) = (u32_at(b, at + 20) as usize, u32_at(b, at + 24) as usize);
        assert_eq!(csize, usize_);
        let name_len = u16_at(b, at + 28);
        let extra = u16_at(b, at + 30) + u16_at(b, at + 32);
        let local = u32_at(b, at + 42) as usize;
        let name = String::from_utf8(b[at + 46..at + 46 + name_len].to_vec()).unwrap();
        at += 46 + name_len + extra;

        assert_eq!(u32_at(b, local), 0x0403_4b50, "local header of {name}");
        assert_eq!(u32_at(b, local + 14), crc, "local CRC of {name}");
        let start = local + 30 + u16_at(b, local + 26) + u16_at(b, local + 28);
        assert_eq!(&b[local + 30..local + 30 + name_len], name.as_bytes());
        let data = b[start..start + csize].to_vec();
        assert_eq!(crc_by_table(&data), crc, "CRC of {name}");
        out.push((name, data));
    }
    assert_eq!(at, end);
    out
}

/// Well-formed XML, checked the simple way: every tag closed in order, no stray `<` or `&`.
fn well_formed(xml: &str) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find(['<', '&']) {
        let (text, tail) = rest.split_at(open);
        if text.contains('>') {
            return Err(format!("a stray '>' in {text:?}"));
        }
        if let Some(entity) = tail.strip_prefix('&') {
            let end = entity.find(';').ok_or("an '&' without ';'")?;
            if !["amp", "lt", "gt", "quot", "apos"].contains(&&entity[..end]) {
                return Err(format!("unknown entity {:?}", &entity[..end]));
            }
            rest = &entity[end + 1..];
            continue;
        }
        let close = tail.find('>').ok_or("a tag that never ends")?;
        let tag = &tail[1..close];
        rest = &tail[close + 1..];
        if tag.starts_with('?') {
            continue;
        }
        if tag.contains('<') {
            return Err(format!("'<' inside a tag: {tag:?}"));
        }
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap();
        if let Some(_closing) = tag.strip_prefix('/') {
            if stack.pop() != Some(name) {
                return Err(format!("</{name}> closes the wrong element"));
            }
        } else if !tag.ends_with('/') {
            stack.push(name);
        }
        // Attribute values must not hold a raw quote of their own kind: counted in pairs.
        if tag.matches('"').count() % 2 == 1 {
            return Err(format!("unbalanced quotes in {tag:?}"));
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed {stack:?}"));
    }
    Ok(())
}

fn entry<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let (_, data) = files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"));
    std::str::from_utf8(data).unwrap()
}

fn sample(title: &str) -> Document {
    Document {
        title: title.into(),
        titled: true,
        sections: vec![Section {
            heading: "Kop & <kop>".into(),
            blocks: vec![
                Block::Para("Eerste regel\nTweede regel".into()),
                Block::List(vec!["een".into(), "twee \"x\" 'y'".into()]),
                Block::Fill("het doel".into()),
            ],
        }],
    }
}

#[test]
fn the_crc_is_the_one_zip_uses() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    let bytes: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
    assert_eq!(crc32(&bytes), crc_by_table(&bytes));
}

#[test]
fn a_word_file_is_a_zip_of_the_parts_word_needs() {
    let bytes = docx(&sample("Plan"), Lang::Nl);
    let files = unzip(&bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names[0], "[Content_Types].xml",
        "the content types come first"
    );
    for part in [
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/_rels/document.xml.rels",
        "docProps/core.xml",
    ] {
        assert!(names.contains(&part), "{part} missing from {names:?}");
    }
    for (name, data) in &files {
        let xml = std::str::from_utf8(data).unwrap();
        well_formed(xml).unwrap_or_else(|e| panic!("{name}: {e}\n{xml}"));
    }
    // The same document gives the same bytes: no clock in the file.
    assert_eq!(bytes, docx(&sample("Plan"), Lang::Nl));
}

#[test]
fn headings_lists_and_language_are_real_styles() {
    for (lang, tag) in [(Lang::Nl, "nl-NL"), (Lang::En, "en-GB")] {
        let files = unzip(&docx(&sample("Plan"), lang));
        let styles = entry(&files, "word/styles.xml");
        let body = entry(&files, "word/document.xml");
        for (id, name) in [
            ("Title", "Title"),
            ("Heading1", "heading 1"),
            ("ListBullet", "List Bullet"),
        ] {
            assert!(
                styles.contains(&format!("w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>")),
                "{id} is not defined"
            );
            assert!(body.contains(&format!("<w:pStyle w:val=\"{id}\"/>")));
        }
        assert!(styles.contains("<w:outlineLvl w:val=\"0\"/>"));
        assert!(
            styles.contains(&format!("<w:lang w:val=\"{tag}\"")),
            "{styles}"
        );
        assert!(entry(&files, "docProps/core.xml").contains(&format!("<dc:language>{tag}<")));
        assert!(entry(&files, "word/numbering.xml").contains("w:numFmt w:val=\"bullet\""));
        let fill = if lang == Lang::Nl {
            "[in te vullen: het doel]"
        } else {
            "[to fill in: het doel]"
        };
        assert!(body.contains(fill), "{body}");
        assert!(body.contains("Eerste regel</w:t><w:br/><w:t xml:space=\"preserve\">Tweede regel"));
    }
}

#[test]
fn markup_in_the_title_stays_text() {
    let title = "<script>alert(1)</script> & \"Noord\" ]]> <w:p> \u{1}\u{8}";
    let files = unzip(&docx(&sample(title), Lang::Nl));
    for name in ["word/document.xml", "docProps/core.xml"] {
        let xml = entry(&files, name);
        well_formed(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!xml.contains("<script"), "{xml}");
        assert!(
            xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Noord&quot; ]]&gt; &lt;w:p&gt; <"),
            "{name}: {xml}"
        );
    }
}

// ---------- LibreOffice ----------

fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some("soffice");
    }
    // `make test` installs LibreOffice (scripts/setup.sh), so there it must be present.
    assert!(
        std::env::var_os("REQUIRE_SOFFICE").is_none(),
        "REQUIRE_SOFFICE is set but soffice is not installed: run scripts/setup.sh test"
    );
    eprintln!(
        "SKIPPED: LibreOffice (soffice) is not installed, so the Word files were not opened. \
         Install it with `apt-get install -y libreoffice-writer-nogui`."
    );
    None
}

/// Converts `files` with LibreOffice into `dir`, as `format` (e.g. "txt:Text", "pdf").
fn convert(soffice: &str, dir: &Path, format: &str, files: &[PathBuf]) {
    // A profile of its own, so this never waits for (or disturbs) another LibreOffice.
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let out = Command::new(soffice)
        .args([&profile, "--headless", "--convert-to", format, "--outdir"])
        .arg(dir)
        .args(files)
        .output()
        .expect("soffice runs");
    assert!(out.status.success(), "{out:?}");
}

fn official() -> Shared {
    let a = Answering::new(Role::Official)
        .says("o_who", "ask")
        .says("o_ask", "maintain")
        .says("o_hours", "lt2")
        .says("o_room", "how")
        .says("o_reach", "all")
        .says("o_offline", "yes")
        .says("o_feedback", "each_step")
        .says("o_raad_decides", "no");
    shared(a, "Afvalbakken <b>Noord</b> & Zuid")
}

#[test]
fn libreoffice_opens_every_document_and_reads_back_its_headings_and_text() {
    let Some(soffice) = soffice() else { return };
    let dir = std::env::temp_dir().join(format!("copro-docx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let s = official();
    let resident = Shared {
        role: Role::Resident,
        answers: Answering::new(Role::Resident)
            .does_not_know("r_contact")
            .answers,
        ..s.clone()
    };
    let mut docs = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let cx = Context::new(&CONTENT, &s, lang);
        docs.push((format!("plan-{}", lang.code()), plan(&cx), lang));
        docs.push((format!("report-{}", lang.code()), report(&cx), lang));
        docs.push((
            format!("paragraph-{}", lang.code()),
            paragraph(&CONTENT, &s, phase_levels(&CONTENT, &s), lang),
            lang,
        ));
        docs.push((
            format!("letter-{}", lang.code()),
            letter(&CONTENT, &resident, lang),
            lang,
        ));
    }
    let files: Vec<PathBuf> = docs
        .iter()
        .map(|(name, doc, lang)| {
            let path = dir.join(format!("{name}.docx"));
            std::fs::write(&path, docx(doc, *lang)).unwrap();
            path
        })
        .collect();
    convert(soffice, &dir, "txt:Text", &files);
    convert(soffice, &dir, "html:HTML (StarWriter)", &files);
    convert(soffice, &dir, "pdf", &files[..1]);

    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (name, doc, lang) in &docs {
        let read = |ext: &str| {
            let raw = std::fs::read(dir.join(format!("{name}.{ext}"))).unwrap();
            String::from_utf8_lossy(&raw)
                .trim_start_matches('\u{feff}')
                .to_string()
        };
        let txt = read("txt");
        // Every line of the document comes back, list markers and all.
        let expected = as_text(doc, *lang);
        for line in expected.lines().filter(|l| !l.is_empty()) {
            let line = line.trim_start_matches("- ");
            assert!(
                squash(&txt).contains(&squash(line)),
                "{name}: LibreOffice did not read {line:?}\n{txt}"
            );
        }
        // Headings are headings: LibreOffice writes them as <h1>; the title as the title.
        let html = read("html");
        for s in doc.sections.iter().filter(|s| !s.heading.is_empty()) {
            let escaped = s.heading.replace('&', "&amp;");
            let found = html.split("<h1").skip(1).any(|h| {
                let inner: String = h.split_once('>').map(|x| x.1).unwrap_or("").to_string();
                squash(&inner).contains(&squash(&escaped))
            });
            assert!(found, "{name}: {:?} is not a heading\n{html}", s.heading);
        }
        if doc.titled {
            assert!(
                html.contains("Afvalbakken &lt;b&gt;Noord&lt;/b&gt; &amp; Zuid"),
                "{name}: the title is not text\n{html}"
            );
        }
        let lang_attr = if *lang == Lang::Nl { "nl-NL" } else { "en-GB" };
        assert!(
            html.contains(&format!("lang=\"{lang_attr}\"")),
            "{name}: no {lang_attr}\n{html}"
        );
    }
    let pdf = std::fs::read(dir.join("plan-nl.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"), "no PDF");
    std::fs::remove_dir_all(&dir).ok();
}
