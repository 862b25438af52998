//! A [`Document`] as a Word file (.docx): Office Open XML in a zip, written here rather than by a
//! crate. A .docx needs no compression: a zip of stored entries wants only each entry's CRC-32,
//! so the whole writer is a few hundred lines and adds little to the documents' entry.
//!
//! The file has real styles (`Title`, `Heading1`, `ListBullet` defined in `word/styles.xml`), so
//! Word's navigation pane and LibreOffice's navigator show the headings; a bulleted list from
//! `word/numbering.xml`; the document's language (`w:lang`) for the spelling check; its title in
//! the file's properties. Every text is escaped: a title `<b>` stays the four characters it is.

use super::document::{Block, Document};
use super::lang::Lang;
use crate::i18n;

/// The file's bytes. `lang` sets the proofing language and the "to fill in" marker's words.
pub fn docx(doc: &Document, lang: Lang) -> Vec<u8> {
    let tag = language_tag(lang);
    let mut zip = Zip::default();
    zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    zip.add("_rels/.rels", ROOT_RELS.as_bytes());
    zip.add("docProps/core.xml", core(&doc.title, tag).as_bytes());
    zip.add("word/_rels/document.xml.rels", DOCUMENT_RELS.as_bytes());
    zip.add("word/styles.xml", styles(tag).as_bytes());
    zip.add("word/numbering.xml", NUMBERING.as_bytes());
    zip.add("word/settings.xml", settings(tag).as_bytes());
    zip.add("word/document.xml", body(doc, lang).as_bytes());
    zip.finish()
}

/// The language as Word names it: Dutch of the Netherlands, British English.
pub fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    }
}

// ---------- the XML parts ----------

const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>",
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "</Types>"
);

const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "</Relationships>"
);

const DOCUMENT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>",
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>",
    "</Relationships>"
);

/// One bulleted list definition; every list in the document uses it.
const NUMBERING: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>",
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>",
    "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>",
    "</w:abstractNum>",
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
    "</w:numbering>"
);

fn settings(tag: &str) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str("<w:settings ");
    s.push_str(W_NS);
    s.push_str("><w:defaultTabStop w:val=\"708\"/><w:themeFontLang w:val=\"");
    s.push_str(tag);
    s.push_str("\"/></w:settings>");
    s
}

/// The styles: the defaults carry the language, so every paragraph is checked in it.
fn styles(tag: &str) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str("<w:styles ");
    s.push_str(W_NS);
    s.push_str("><w:docDefaults><w:rPrDefault><w:rPr>");
    s.push_str("<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>");
    s.push_str("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"");
    s.push_str(tag);
    s.push_str("\" w:eastAsia=\"");
    s.push_str(tag);
    s.push_str("\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>");
    s.push_str("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
    s.push_str(concat!(
        "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
        "<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>",
        "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/></w:pPr>",
        "<w:rPr><w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>",
        "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>",
        "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:style>",
        "</w:styles>"
    ));
    s
}

fn core(title: &str, tag: &str) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str(concat!(
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ",
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
    ));
    escape_into(&mut s, title);
    s.push_str("</dc:title><dc:language>");
    s.push_str(tag);
    s.push_str("</dc:language><dc:creator>Coproductiecheck</dc:creator></cp:coreProperties>");
    s
}

fn body(doc: &Document, lang: Lang) -> String {
    let mut s = String::from(XML_DECL);
    s.push_str("<w:document ");
    s.push_str(W_NS);
    s.push_str("><w:body>");
    if doc.titled {
        paragraph(&mut s, Some("Title"), &doc.title, false);
    }
    for section in &doc.sections {
        if !section.heading.is_empty() {
            paragraph(&mut s, Some("Heading1"), &section.heading, false);
        }
        for block in &section.blocks {
            match block {
                Block::Para(p) => paragraph(&mut s, None, p, false),
                Block::List(items) => {
                    for item in items {
                        paragraph(&mut s, Some("ListBullet"), item, false);
                    }
                }
                Block::Fill(f) => {
                    let mut marked = String::from("[");
                    marked.push_str(i18n::PW_FILL.get(lang));
                    marked.push_str(": ");
                    marked.push_str(f);
                    marked.push(']');
                    paragraph(&mut s, None, &marked, true);
                }
            }
        }
    }
    // A4 with margins of 2.5 cm.
    s.push_str(concat!(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        "<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>",
        "</w:sectPr></w:body></w:document>"
    ));
    s
}

/// One paragraph; a line break inside the text stays a line break. `marked` highlights it, for
/// what the user still has to fill in.
fn paragraph(s: &mut String, style: Option<&str>, text: &str, marked: bool) {
    s.push_str("<w:p>");
    if let Some(style) = style {
        s.push_str("<w:pPr><w:pStyle w:val=\"");
        s.push_str(style);
        s.push_str("\"/></w:pPr>");
    }
    s.push_str("<w:r>");
    if marked {
        s.push_str("<w:rPr><w:highlight w:val=\"yellow\"/></w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            s.push_str("<w:br/>");
        }
        s.push_str("<w:t xml:space=\"preserve\">");
        escape_into(s, line.trim_end_matches('\r'));
        s.push_str("</w:t>");
    }
    s.push_str("</w:r></w:p>");
}

/// Text as XML character data: markup characters escaped, and the characters XML 1.0 does not
/// allow at all (most control characters) left out, so no text can break the file.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

// ---------- the zip ----------

/// A zip of stored (uncompressed) entries: local headers, the central directory, its end.
#[derive(Default)]
struct Zip {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

/// 1980-01-01 00:00 in MS-DOS form: the same bytes for the same document.
const DOS_DATE: u16 = (1 << 5) | 1;

fn u16le(v: &mut Vec<u8>, n: u16) {
    v.extend_from_slice(&n.to_le_bytes());
}

fn u32le(v: &mut Vec<u8>, n: u32) {
    v.extend_from_slice(&n.to_le_bytes());
}

impl Zip {
    fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32(data);
        // Sizes and offsets fit in 32 bits: a document is a few kilobytes.
        let size = data.len() as u32;
        let offset = self.out.len() as u32;
        let name_len = name.len() as u16;
        // The fields a local header and a central directory entry share, from "version needed".
        let mut common = Vec::with_capacity(26);
        u16le(&mut common, 20); // version needed: 2.0
        u16le(&mut common, 0x0800); // names are UTF-8
        u16le(&mut common, 0); // stored
        u16le(&mut common, 0); // time
        u16le(&mut common, DOS_DATE);
        u32le(&mut common, crc);
        u32le(&mut common, size);
        u32le(&mut common, size);
        u16le(&mut common, name_len);
        u16le(&mut common, 0); // extra field length

        u32le(&mut self.out, 0x0403_4b50);
        self.out.extend_from_slice(&common);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        u32le(&mut self.central, 0x0201_4b50);
        u16le(&mut self.central, 20); // made by: 2.0, MS-DOS attributes
        self.central.extend_from_slice(&common);
        u16le(&mut self.central, 0); // comment length
        u16le(&mut self.central, 0); // disk
        u16le(&mut self.central, 0); // internal attributes
        u32le(&mut self.central, 0); // external attributes
        u32le(&mut self.central, offset);
        self.central.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let offset = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        u32le(&mut self.out, 0x0605_4b50);
        u16le(&mut self.out, 0); // this disk
        u16le(&mut self.out, 0); // the disk with the directory
        u16le(&mut self.out, self.entries);
        u16le(&mut self.out, self.entries);
        u32le(&mut self.out, size);
        u32le(&mut self.out, offset);
        u16le(&mut self.out, 0); // comment length
        self.out
    }
}

/// CRC-32 as zip uses it (IEEE, reflected, polynomial 0xEDB88320), bit by bit: no table to ship,
/// and a document of a few kilobytes takes no time.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}
