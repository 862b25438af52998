//! The share link as a QR code, drawn as one SVG path so the printed sheet needs no image file.
//!
//! A small encoder of our own (QR Code Model 2, ISO/IEC 18004) instead of the `qrcodegen` crate.
//! Measured again on 2026-12-04, now that only the sheet's and the comparison's entries carry a
//! QR code: with the crate the sheet's wasm was 123 299 bytes brotli against 121 157 with this
//! encoder (+2.1 KB; a build before gave +0.6 KB, the rest is layout), the comparison's 99 239
//! against 98 533 (+0.7 KB), and the sheet's entry would sit at its 130 KB budget. It makes
//! the same choices as `qrcodegen::QrCode::encode_binary` — byte mode, the smallest version that
//! holds the text at error correction level M, the level raised while the text still fits that
//! version, the mask with the lowest penalty — and follows the same steps (after Project
//! Nayuki's library, MIT licence), so the codes are identical module for module: a native test
//! compares them. Byte mode only: a link always has lowercase letters, so the numeric and
//! alphanumeric modes never apply to it.

/// Error correction codewords per block, for levels L, M, Q, H and versions 1 to 40.
const ECC_PER_BLOCK: [[u8; 40]; 4] = [
    [
        7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30,
        30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
        13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30,
        30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
];

/// Error correction blocks, for levels L, M, Q, H and versions 1 to 40.
const BLOCKS: [[u8; 40]; 4] = [
    [
        1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
        25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
        1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
        34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
        1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35,
        37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
];

/// The two format bits of levels L, M, Q, H.
const LEVEL_BITS: [u32; 4] = [1, 0, 3, 2];
/// Error correction level M (index into the tables): survives a fold or a coffee ring.
const MEDIUM: usize = 1;

/// The QR code of `text` as (size in modules including a 4-module quiet zone, SVG path data).
/// `None` if the text is too long for any QR code.
pub fn svg_path(text: &str) -> Option<(usize, String)> {
    let qr = encode(text.as_bytes())?;
    let border = 4;
    let size = qr.size;
    let mut path = String::with_capacity(size * size * 4);
    for y in 0..size {
        for x in 0..size {
            if qr.dark(x, y) {
                path.push('M');
                push_number(&mut path, x + border);
                path.push(' ');
                push_number(&mut path, y + border);
                path.push_str("h1v1h-1z");
            }
        }
    }
    Some((size + 2 * border, path))
}

/// Appends `n` in decimal (at most 3 digits here), without `core::fmt`.
fn push_number(out: &mut String, n: usize) {
    if n >= 100 {
        out.push(char::from(b'0' + (n / 100) as u8));
    }
    if n >= 10 {
        out.push(char::from(b'0' + (n / 10 % 10) as u8));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// A QR code's modules, row by row: bit 0 dark, bit 1 a function module (not data).
pub struct Qr {
    pub size: usize,
    modules: Vec<u8>,
}

impl Qr {
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.modules[y * self.size + x] & 1 == 1
    }

    fn set_function(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = 2 | u8::from(dark);
    }
}

/// Data bits a version holds, function modules excluded (remainder bits included).
fn raw_modules(version: usize) -> usize {
    let mut n = (16 * version + 128) * version + 64;
    if version >= 2 {
        let align = version / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if version >= 7 {
            n -= 36;
        }
    }
    n
}

/// Data codewords of a version at a level (index into the tables).
fn data_codewords(version: usize, level: usize) -> usize {
    raw_modules(version) / 8
        - usize::from(ECC_PER_BLOCK[level][version - 1]) * usize::from(BLOCKS[level][version - 1])
}

/// Appends the low `len` bits of `value`, high bit first; `bits` counts the bits written.
fn push_bits(out: &mut Vec<u8>, bits: &mut usize, value: usize, len: usize) {
    for i in (0..len).rev() {
        if (*bits).is_multiple_of(8) {
            out.push(0);
        }
        if value >> i & 1 == 1 {
            let last = out.len() - 1;
            out[last] |= 0x80 >> (*bits % 8);
        }
        *bits += 1;
    }
}

/// `data` in byte mode: the smallest version at level M or better, the best mask.
pub fn encode(data: &[u8]) -> Option<Qr> {
    let mut version = 1;
    let used = loop {
        let count_bits = if version <= 9 { 8 } else { 16 };
        let used = 4 + count_bits + 8 * data.len();
        if data.len() >> count_bits == 0 && used <= data_codewords(version, MEDIUM) * 8 {
            break used;
        }
        if version == 40 {
            return None;
        }
        version += 1;
    };
    // A higher level where the data still fits the same version.
    let level = (MEDIUM..4)
        .rfind(|l| used <= data_codewords(version, *l) * 8)
        .unwrap_or(MEDIUM);

    // Mode 0100 (bytes), the length, the bytes, a terminator of up to four zero bits, zero bits
    // to the byte, then the pad bytes.
    let capacity = data_codewords(version, level);
    let mut codewords = Vec::with_capacity(capacity);
    let mut bits = 0;
    push_bits(&mut codewords, &mut bits, 4, 4);
    push_bits(
        &mut codewords,
        &mut bits,
        data.len(),
        if version <= 9 { 8 } else { 16 },
    );
    for b in data {
        push_bits(&mut codewords, &mut bits, usize::from(*b), 8);
    }
    let terminator = (capacity * 8 - bits).min(4);
    push_bits(&mut codewords, &mut bits, 0, terminator);
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if codewords.len() >= capacity {
            break;
        }
        codewords.push(pad);
    }

    let size = version * 4 + 17;
    let mut qr = Qr {
        size,
        modules: vec![0; size * size],
    };
    draw_function_patterns(&mut qr, version, level);
    draw_codewords(&mut qr, &add_ecc_and_interleave(&codewords, version, level));

    // The mask with the lowest penalty; applying a mask twice undoes it.
    let mut best = (i32::MAX, 0);
    for mask in 0..8 {
        apply_mask(&mut qr, mask);
        draw_format_bits(&mut qr, level, mask);
        let penalty = penalty(&qr);
        if penalty < best.0 {
            best = (penalty, mask);
        }
        apply_mask(&mut qr, mask);
    }
    apply_mask(&mut qr, best.1);
    draw_format_bits(&mut qr, level, best.1);
    Some(qr)
}

fn draw_function_patterns(qr: &mut Qr, version: usize, level: usize) {
    let size = qr.size;
    // Timing patterns.
    for i in 0..size {
        qr.set_function(6, i, i % 2 == 0);
        qr.set_function(i, 6, i % 2 == 0);
    }
    // Finder patterns with their separators, in three corners.
    for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
        for dy in -4i32..=4 {
            for dx in -4i32..=4 {
                let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                    let dist = dx.abs().max(dy.abs());
                    qr.set_function(x as usize, y as usize, dist != 2 && dist != 4);
                }
            }
        }
    }
    // Alignment patterns, except on the finder corners.
    let mut align = [0usize; 7];
    let count = if version == 1 { 0 } else { version / 7 + 2 };
    if count > 0 {
        let step = if version == 32 {
            26
        } else {
            (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        };
        align[0] = 6;
        for (i, a) in align.iter_mut().enumerate().take(count).skip(1) {
            *a = size - 7 - (count - 1 - i) * step;
        }
    }
    for i in 0..count {
        for j in 0..count {
            // The three corners with finder patterns: top left, top right, bottom left.
            let corner = (i == 0 && (j == 0 || j == count - 1)) || (i == count - 1 && j == 0);
            if !corner {
                for dy in 0..5 {
                    for dx in 0..5 {
                        let ring = (dx as i32 - 2).abs().max((dy as i32 - 2).abs());
                        qr.set_function(align[i] + dx - 2, align[j] + dy - 2, ring != 1);
                    }
                }
            }
        }
    }
    draw_format_bits(qr, level, 0);
    // Version information, from version 7 on.
    if version >= 7 {
        let mut rem = version as u32;
        for _ in 0..12 {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }
        let bits = (version as u32) << 12 | rem;
        for i in 0..18 {
            let dark = bits >> i & 1 == 1;
            let (a, b) = (size - 11 + i % 3, i / 3);
            qr.set_function(a, b, dark);
            qr.set_function(b, a, dark);
        }
    }
}

/// The level and mask, with their own error correction, in both places.
fn draw_format_bits(qr: &mut Qr, level: usize, mask: usize) {
    let data = LEVEL_BITS[level] << 3 | mask as u32;
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    let bits = (data << 10 | rem) ^ 0x5412;
    let bit = |i: usize| bits >> i & 1 == 1;
    let size = qr.size;
    for i in 0..6 {
        qr.set_function(8, i, bit(i));
    }
    qr.set_function(8, 7, bit(6));
    qr.set_function(8, 8, bit(7));
    qr.set_function(7, 8, bit(8));
    for i in 9..15 {
        qr.set_function(14 - i, 8, bit(i));
    }
    for i in 0..8 {
        qr.set_function(size - 1 - i, 8, bit(i));
    }
    for i in 8..15 {
        qr.set_function(8, size - 15 + i, bit(i));
    }
    qr.set_function(8, size - 8, true);
}

/// Splits the data into blocks, adds each block's Reed-Solomon codewords, and interleaves them.
fn add_ecc_and_interleave(data: &[u8], version: usize, level: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[level][version - 1]);
    let ecc_len = usize::from(ECC_PER_BLOCK[level][version - 1]);
    let raw = raw_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks;
    let divisor = rs_divisor(ecc_len);

    // Block j at j * (short_len + 1); a short block has a gap before its error correction.
    let stride = short_len + 1;
    let mut all = vec![0u8; blocks * stride];
    let mut k = 0;
    for j in 0..blocks {
        let len = short_len - ecc_len + usize::from(j >= short_blocks);
        let block = &mut all[j * stride..(j + 1) * stride];
        block[..len].copy_from_slice(&data[k..k + len]);
        rs_remainder(&data[k..k + len], &divisor, &mut block[stride - ecc_len..]);
        k += len;
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..stride {
        for j in 0..blocks {
            if i != short_len - ecc_len || j >= short_blocks {
                out.push(all[j * stride + i]);
            }
        }
    }
    out
}

/// The Reed-Solomon generator polynomial of `degree`, highest power first, leading 1 left out.
fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    result[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = rs_multiply(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = rs_multiply(root, 2);
    }
    result
}

/// The remainder of `data` divided by `divisor`, written to `out` (as long as the divisor).
fn rs_remainder(data: &[u8], divisor: &[u8], out: &mut [u8]) {
    out.fill(0);
    for b in data {
        let factor = b ^ out[0];
        out.copy_within(1.., 0);
        let last = out.len() - 1;
        out[last] = 0;
        for (x, y) in out.iter_mut().zip(divisor) {
            *x ^= rs_multiply(*y, factor);
        }
    }
}

/// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn rs_multiply(x: u8, y: u8) -> u8 {
    let mut z = 0u8;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1D);
        z ^= ((y >> i) & 1) * x;
    }
    z
}

/// The codewords' bits in the zigzag order, skipping function modules.
fn draw_codewords(qr: &mut Qr, data: &[u8]) {
    let size = qr.size;
    let mut i = 0;
    let mut right = size - 1;
    while right >= 1 {
        if right == 6 {
            right = 5;
        }
        for vert in 0..size {
            for j in 0..2 {
                let x = right - j;
                let upward = (right + 1) & 2 == 0;
                let y = if upward { size - 1 - vert } else { vert };
                let m = &mut qr.modules[y * size + x];
                if *m & 2 == 0 && i < data.len() * 8 {
                    *m = data[i >> 3] >> (7 - (i & 7)) & 1;
                    i += 1;
                }
            }
        }
        if right < 2 {
            break;
        }
        right -= 2;
    }
}

/// Inverts the data modules where `mask`'s pattern says so.
fn apply_mask(qr: &mut Qr, mask: usize) {
    let size = qr.size;
    for y in 0..size {
        for x in 0..size {
            let invert = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (x / 3 + y / 2) % 2 == 0,
                5 => x * y % 2 + x * y % 3 == 0,
                6 => (x * y % 2 + x * y % 3) % 2 == 0,
                _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
            };
            let m = &mut qr.modules[y * size + x];
            if invert && *m & 2 == 0 {
                *m ^= 1;
            }
        }
    }
}

/// The penalty score that chooses the mask: runs, 2×2 blocks, finder-like patterns, balance.
fn penalty(qr: &Qr) -> i32 {
    let size = qr.size;
    let mut result = 0;
    for i in 0..size {
        result += line_penalty(qr, i * size, 1);
        result += line_penalty(qr, i, size);
    }
    for y in 0..size - 1 {
        for x in 0..size - 1 {
            let c = qr.dark(x, y);
            if c == qr.dark(x + 1, y) && c == qr.dark(x, y + 1) && c == qr.dark(x + 1, y + 1) {
                result += 3;
            }
        }
    }
    let dark = qr.modules.iter().filter(|m| *m & 1 == 1).count() as i32;
    let total = (size * size) as i32;
    result + (((dark * 20 - total * 10).abs() + total - 1) / total - 1) * 10
}

/// One row or column (modules at `start`, `start + step`, ...): runs of five or more of one
/// colour, and patterns like a finder's (1:1:3:1:1 with light on either side).
fn line_penalty(qr: &Qr, start: usize, step: usize) -> i32 {
    let size = qr.size as i32;
    let mut result = 0;
    let mut colour = false;
    let mut run = 0;
    let mut history = [0i32; 7];
    for i in 0..qr.size {
        let dark = qr.modules[start + i * step] & 1 == 1;
        if dark == colour {
            run += 1;
            if run == 5 {
                result += 3;
            } else if run > 5 {
                result += 1;
            }
        } else {
            add_history(&mut history, run, size);
            if !colour {
                result += finder_like(&history) * 40;
            }
            colour = dark;
            run = 1;
        }
    }
    if colour {
        add_history(&mut history, run, size);
        run = 0;
    }
    add_history(&mut history, run + size, size);
    result + finder_like(&history) * 40
}

fn add_history(history: &mut [i32; 7], mut run: i32, size: i32) {
    if history[0] == 0 {
        // The light border before the first run.
        run += size;
    }
    history.copy_within(0..6, 1);
    history[0] = run;
}

fn finder_like(h: &[i32; 7]) -> i32 {
    let n = h[1];
    let core = n > 0 && h[2] == n && h[3] == n * 3 && h[4] == n && h[5] == n;
    i32::from(core && h[0] >= n * 4 && h[6] >= n) + i32::from(core && h[6] >= n * 4 && h[0] >= n)
}

#[cfg(test)]
mod tests {
    use super::{encode, svg_path};
    use proptest::prelude::*;
    use qrcodegen::{QrCode, QrCodeEcc};

    fn same_as_qrcodegen(data: &[u8]) {
        let ours = encode(data);
        let theirs = QrCode::encode_binary(data, QrCodeEcc::Medium).ok();
        match (ours, theirs) {
            (None, None) => {}
            (Some(a), Some(b)) => {
                assert_eq!(a.size as i32, b.size(), "size for {} bytes", data.len());
                for y in 0..a.size {
                    for x in 0..a.size {
                        assert_eq!(
                            a.dark(x, y),
                            b.get_module(x as i32, y as i32),
                            "module ({x}, {y}) of {} bytes",
                            data.len()
                        );
                    }
                }
            }
            (a, b) => panic!(
                "{} bytes: ours {}, qrcodegen {}",
                data.len(),
                a.is_some(),
                b.is_some()
            ),
        }
    }

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

    #[test]
    fn every_version_and_level_is_the_same_as_qrcodegen() {
        // Every version and level, up to the largest QR code: lengths spread out, and the
        // capacities at level M of versions 1-5, 10, 20 and 40 (a byte more does not fit).
        let edges = [14, 26, 42, 62, 84, 213, 666, 2331].into_iter();
        for len in (0..2400)
            .step_by(41)
            .chain(edges.flat_map(|n| n..n + 2))
            .chain([3000])
        {
            let data: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            same_as_qrcodegen(&data);
        }
    }

    #[test]
    fn the_svg_path_is_the_one_qrcodegen_gave() {
        let link = "http://127.0.0.1:8080/#/advies/1VQAhQWZ2YWxiYWtrZW4gYWRvcHRlcmVuLCB3aWprIE5vb3JkAQICAgMCBAIFAgYCBwIIAgkCCgILAgwCDQIOAg8CEAIRAhICEwIUAhUCFgIXAhgC4eI";
        let qr = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        let mut path = String::new();
        for y in 0..qr.size() {
            for x in 0..qr.size() {
                if qr.get_module(x, y) {
                    path.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
                }
            }
        }
        assert_eq!(
            svg_path(link),
            Some((qr.size() as usize + 8, path)),
            "the printed QR code changed"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]
        #[test]
        fn any_bytes_encode_as_qrcodegen_does(data in proptest::collection::vec(any::<u8>(), 0..400)) {
            same_as_qrcodegen(&data);
        }
    }
}
