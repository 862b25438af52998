//! The share link as a QR code, drawn as one SVG path so the printed sheet needs no image file.

use qrcodegen::{QrCode, QrCodeEcc};

/// The QR code of `text` as (size in modules including a 4-module quiet zone, SVG path data).
/// `None` if the text is too long for any QR code.
pub fn svg_path(text: &str) -> Option<(usize, String)> {
    // Medium error correction: survives a fold or a coffee ring on the printed sheet.
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let border = 4;
    let size = qr.size();
    let mut path = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push('M');
                path.push_str(&(x + border).to_string());
                path.push(' ');
                path.push_str(&(y + border).to_string());
                path.push_str("h1v1h-1z");
            }
        }
    }
    Some(((size + 2 * border) as usize, path))
}

#[cfg(test)]
mod tests {
    use super::svg_path;

    #[test]
    fn a_share_link_fits_in_a_qr_code() {
        let link = format!(
            "https://www.example.nl/tools/coproductiecheck/#/advies/1{}",
            "A".repeat(120)
        );
        let (size, path) = svg_path(&link).expect("fits");
        assert!(size > 21 + 8);
        assert!(path.starts_with('M') && path.ends_with('z'));
    }
}
