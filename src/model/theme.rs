//! A municipality's theme from URL parameters: only safe, readable values are taken.
//! Colours must be `#rrggbb` and keep WCAG AA contrast; anything else is ignored with a reason.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);

impl Rgb {
    /// Only `#rrggbb` (or `rrggbb`): nothing that could carry CSS of its own.
    /// By hand rather than `u8::from_str_radix`, which costs the wasm more than this.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#').unwrap_or(s).as_bytes();
        if hex.len() != 6 {
            return None;
        }
        let mut v = [0u8; 3];
        for (i, b) in hex.iter().enumerate() {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                b'A'..=b'F' => b - b'A' + 10,
                _ => return None,
            };
            v[i / 2] = v[i / 2] << 4 | digit;
        }
        Some(Rgb(v[0], v[1], v[2]))
    }

    pub fn css(self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::from("#");
        for b in [self.0, self.1, self.2] {
            s.push(HEX[(b >> 4) as usize] as char);
            s.push(HEX[(b & 15) as usize] as char);
        }
        s
    }

    /// Relative luminance as WCAG 2 defines it.
    fn luminance(self) -> f64 {
        let lin = |c: u8| LINEAR[c as usize] as f64 / 65535.0;
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// The WCAG contrast ratio with another colour, 1.0 to 21.0.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// sRGB channel values made linear (WCAG 2's formula, times 65535): a table instead of `powf`,
/// whose implementation would add kilobytes to the wasm. `srgb_table_matches_the_formula` checks it.
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

/// The font stacks a theme may choose, by keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Font {
    System,
    Sans,
    Serif,
}

impl Font {
    pub fn parse(s: &str) -> Option<Font> {
        match s {
            "system" => Some(Font::System),
            "sans" => Some(Font::Sans),
            "serif" => Some(Font::Serif),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Font::System => "system",
            Font::Sans => "sans",
            Font::Serif => "serif",
        }
    }

    pub fn stack(self) -> &'static str {
        match self {
            Font::System => "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif",
            Font::Sans => "Arial, \"Helvetica Neue\", Helvetica, sans-serif",
            Font::Serif => "Georgia, \"Times New Roman\", serif",
        }
    }
}

/// Why a value was not used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rejected {
    /// Not a `#rrggbb` colour, an unknown font or a radius out of range.
    Invalid,
    /// A colour whose contrast with white is below what it needs (the ratio found).
    LowContrast(f64),
}

/// A theme: each part `None` means the default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Theme {
    /// Buttons and links: white text on it, and it as text on white, so 4.5:1 with white.
    pub primary: Option<Rgb>,
    /// The focus indicator around controls: 3:1 with white (a non-text contrast).
    pub focus: Option<Rgb>,
    pub font: Option<Font>,
    /// Corner radius in pixels, 0 to 16.
    pub radius: Option<u8>,
}

pub const TEXT_CONTRAST: f64 = 4.5;
pub const UI_CONTRAST: f64 = 3.0;

pub fn primary(value: &str) -> Result<Rgb, Rejected> {
    let c = Rgb::parse(value).ok_or(Rejected::Invalid)?;
    let ratio = c.contrast(WHITE);
    if ratio < TEXT_CONTRAST {
        return Err(Rejected::LowContrast(ratio));
    }
    Ok(c)
}

pub fn focus(value: &str) -> Result<Rgb, Rejected> {
    let c = Rgb::parse(value).ok_or(Rejected::Invalid)?;
    let ratio = c.contrast(WHITE);
    if ratio < UI_CONTRAST {
        return Err(Rejected::LowContrast(ratio));
    }
    Ok(c)
}

pub fn radius(value: &str) -> Result<u8, Rejected> {
    // What `str::parse::<u8>` takes (an optional `+`, then digits), without its code in the wasm.
    let digits = value.strip_prefix('+').unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Rejected::Invalid);
    }
    let r = digits
        .bytes()
        .fold(0u32, |n, b| (n * 10 + u32::from(b - b'0')).min(1000));
    if r <= 16 {
        Ok(r as u8)
    } else {
        Err(Rejected::Invalid)
    }
}

impl Theme {
    /// From URL parameters (`get(name)` returns a parameter's value); bad values are dropped.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Theme {
        Theme {
            primary: get("primary").and_then(|v| primary(&v).ok()),
            focus: get("focus").and_then(|v| focus(&v).ok()),
            font: get("font").and_then(|v| Font::parse(&v)),
            radius: get("radius").and_then(|v| radius(&v).ok()),
        }
    }

    /// The custom properties to set on the page, as (name, value).
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        let mut p = Vec::new();
        // One colour leads: links, the page header, hover, active and shadows derive from it in
        // the theme block (style/tokens.css), so setting it alone restyles them all.
        if let Some(c) = self.primary {
            p.push(("--utrecht-button-primary-action-background-color", c.css()));
        }
        if let Some(c) = self.focus {
            p.push(("--utrecht-focus-background-color", c.css()));
        }
        if let Some(f) = self.font {
            p.push(("--utrecht-document-font-family", f.stack().to_string()));
        }
        if let Some(r) = self.radius {
            let mut v = String::new();
            if r >= 10 {
                v.push(char::from(b'0' + r / 10 % 10));
            }
            v.push(char::from(b'0' + r % 10));
            v.push_str("px");
            p.push(("--utrecht-button-border-radius", v));
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_hex_colours_are_taken() {
        assert_eq!(Rgb::parse("#01689b"), Some(Rgb(1, 104, 155)));
        assert_eq!(Rgb::parse("01689B"), Some(Rgb(1, 104, 155)));
        for bad in [
            "red",
            "#fff",
            "#01689b;background:url(x)",
            "#0168 9b",
            "",
            "#ggg000",
            "expression(1)",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(1, 104, 155).css(), "#01689b");
    }

    #[test]
    fn radius_takes_what_str_parse_takes() {
        for v in [
            "",
            "+",
            "-0",
            "0",
            "8",
            "+8",
            "08",
            "16",
            "17",
            "255",
            "256",
            "99999999999",
            " 8",
            "8px",
            "1e1",
            "٣",
        ] {
            let expected = match v.parse::<u8>() {
                Ok(r) if r <= 16 => Ok(r),
                _ => Err(Rejected::Invalid),
            };
            assert_eq!(radius(v), expected, "{v:?}");
        }
        for r in 0..=16u8 {
            let t = Theme {
                radius: Some(r),
                ..Theme::default()
            };
            assert_eq!(t.properties()[0].1, format!("{r}px"));
        }
    }

    #[test]
    fn hex_colours_parse_as_from_str_radix_does() {
        for c in 0..=255u8 {
            let s = format!("#{c:02x}{c:02X}{:02x}", 255 - c);
            assert_eq!(Rgb::parse(&s), Some(Rgb(c, c, 255 - c)), "{s}");
        }
    }

    #[test]
    fn srgb_table_matches_the_formula() {
        for (c, v) in LINEAR.iter().enumerate() {
            let x = c as f64 / 255.0;
            let l = if x <= 0.04045 {
                x / 12.92
            } else {
                ((x + 0.055) / 1.055).powf(2.4)
            };
            assert!((l * 65535.0 - *v as f64).abs() <= 0.5, "{c}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 0.01);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 0.01);
        // #767676 is the lightest grey that passes 4.5:1 on white.
        assert!(Rgb(0x76, 0x76, 0x76).contrast(WHITE) >= 4.5);
        assert!(Rgb(0x77, 0x77, 0x77).contrast(WHITE) < 4.5);
    }

    #[test]
    fn a_colour_that_would_fail_aa_is_not_used() {
        assert!(primary("#006400").is_ok());
        assert!(matches!(primary("#ffdd00"), Err(Rejected::LowContrast(r)) if r < 2.0));
        assert_eq!(primary("javascript:alert(1)"), Err(Rejected::Invalid));
        assert!(focus("#ffdd00").is_err());
        assert!(focus("#d52b1e").is_ok());
    }

    #[test]
    fn unknown_or_unsafe_params_fall_back_to_the_defaults() {
        let t = Theme::from_params(|k| match k {
            "primary" => Some("#ffffff".into()),
            "font" => Some("Comic Sans; color:red".into()),
            "radius" => Some("999".into()),
            _ => None,
        });
        assert_eq!(t, Theme::default());
        assert!(t.properties().is_empty());
        let t = Theme::from_params(|k| match k {
            "primary" => Some("#006400".into()),
            "font" => Some("serif".into()),
            "radius" => Some("8".into()),
            _ => None,
        });
        // One property for the primary colour (everything else derives from it), one each for
        // the font and the radius.
        let names: Vec<&str> = t.properties().iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "--utrecht-button-primary-action-background-color",
                "--utrecht-document-font-family",
                "--utrecht-button-border-radius"
            ]
        );
    }
}
