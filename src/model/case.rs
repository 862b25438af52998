//! Lower case without the standard library's Unicode case tables: `char::to_lowercase` brings
//! some 11 KB of them into every wasm that calls it. This knows the Latin letters of Dutch,
//! English and the other languages of Western and Central Europe (ASCII, Latin-1 and Latin
//! Extended-A, U+0000 to U+017F); any other character is kept as it is.

/// `c` in lower case, as `char::to_lowercase` has it for these letters; İ (U+0130), whose lower
/// case is two characters, and letters beyond U+017F are kept as they are.
pub fn lower(c: char) -> char {
    let n = u32::from(c);
    let lowered = match n {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => n + 32,
        // Latin Extended-A: pairs of upper and lower case, upper first.
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17e if n % 2 == 1 => n + 1,
        0x178 => 0xff,
        _ => n,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// `s` with its first letter in lower case ("Materiaal" -> "materiaal").
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(lower(c)).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_agrees_with_the_standard_library_on_the_latin_letters() {
        for n in 0..0x180u32 {
            let Some(c) = char::from_u32(n) else { continue };
            if c == 'İ' {
                assert_eq!(lower(c), c);
                continue;
            }
            let std: Vec<char> = c.to_lowercase().collect();
            assert_eq!(vec![lower(c)], std, "U+{n:04X} {c}");
        }
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(lower('Ω'), 'Ω');
        assert_eq!(lower('Ж'), 'Ж');
        assert_eq!(lower('7'), '7');
        assert_eq!(lower_first("Materiaal en geld"), "materiaal en geld");
        assert_eq!(lower_first("Één plek"), "één plek");
        assert_eq!(lower_first(""), "");
    }
}
