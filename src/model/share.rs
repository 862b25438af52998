//! The share code: the whole state in a short, versioned string for the URL fragment.
//!
//! # Format, version `1`
//!
//! ```text
//! code    = "1" base64url(frame)            // no padding; only [A-Za-z0-9_-]
//! frame   = len:varint body crc:u16be       // len = bytes of body + crc
//! body    = flags:u8 title_len:varint title:utf8 (key:varint value:varint)*
//! flags   = bit 0 role (0 official, 1 resident), bit 1 language (0 nl, 1 en), bit 2 initiative
//!           (bit 0 then 0; added later, so older links of the first two roles read as before),
//!           other bits 0
//! title   = normalised (see `normalise_title`), at most 120 characters / 480 bytes
//! answers = one pair per answered question of the role, keys strictly ascending
//! value   = single choice:   0 "Weet ik niet", n = option at position n - 1
//!           multiple choice: 1 "Weet ik niet", else bit p + 1 set = option at position p
//! crc     = CRC-16/CCITT-FALSE over the version byte and the frame before it
//! varint  = LEB128: 7 bits a byte, low first, high bit = more; shortest form only
//! ```
//!
//! Why this shape: questions are stored by their permanent `key` and options by position, and
//! options are only ever appended, so a link made today still opens after the questionnaire
//! grows. Every value is self-delimiting, so a retired question's answer is skipped. The length
//! tells a cut-off link from an altered one; the checksum catches any one changed character.
//! A complete official questionnaire (24 questions, no title) takes 72–73 characters.
//!
//! Decoding: a key this app does not know, or an option position beyond a question's options,
//! means a newer version made the link (`NewerVersion`); an answer to a retired question is
//! dropped; questions added since the link was made are simply unanswered.

use super::answers::{Answer, Answers};
use super::catalogue;
use super::content::{Content, Kind, Question, Role};
use super::lang::{Lang, Text};

/// The first character of every code; a new format gets a new one.
const VERSION: u8 = b'1';
/// Longer input is rejected before it is looked at.
pub const MAX_CODE_LEN: usize = 2000;
pub const TITLE_MAX_CHARS: usize = 120;
const TITLE_MAX_BYTES: u64 = 4 * TITLE_MAX_CHARS as u64;
/// Multiple-choice answers are a bitmask in a u64, bit 0 meaning "Weet ik niet".
pub const MAX_MULTI_OPTIONS: usize = 63;

/// Everything a share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub role: Role,
    pub lang: Lang,
    pub title: String,
    pub answers: Answers,
}

/// Why a share link does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    /// A character that base64url does not use.
    BadCharacter,
    /// A version marker this app does not know.
    UnknownVersion,
    /// Cut off, usually when copied or wrapped in an e-mail.
    Truncated,
    /// The checksum or the length does not match: a character was changed.
    Altered,
    /// A question key or option position this app does not know: made by a newer version.
    NewerVersion,
    /// The checksum holds but the contents make no sense (flags, title, order, role).
    Corrupt,
}

impl ShareError {
    /// What to tell the user, from the catalogue's `[wasm]` part: a link may fail before the
    /// texts arrive.
    pub fn message(&self) -> Text {
        use catalogue::*;
        use ShareError::*;
        // Built from the constants' strings: returning the constants themselves measured 81
        // bytes (brotli) more in index.html's wasm, as its data was laid out differently.
        let t = match self {
            Empty => (LINK_EMPTY.nl, LINK_EMPTY.en),
            Truncated => (LINK_TRUNCATED.nl, LINK_TRUNCATED.en),
            Altered | BadCharacter => (LINK_ALTERED.nl, LINK_ALTERED.en),
            TooLong => (LINK_TOO_LONG.nl, LINK_TOO_LONG.en),
            UnknownVersion | Corrupt => (LINK_UNREADABLE.nl, LINK_UNREADABLE.en),
            NewerVersion => (LINK_NEWER.nl, LINK_NEWER.en),
        };
        Text::new(t.0, t.1)
    }
}

/// The title as it is stored and shown: whitespace runs become one space, no control or
/// bidirectional-override characters (they could reorder the sheet's text), trimmed, at most
/// `TITLE_MAX_CHARS` characters. Applying it twice changes nothing.
pub fn normalise_title(title: &str) -> String {
    let mut out = String::new();
    let (mut n, mut space) = (0, false);
    for c in title.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            continue;
        }
        // A space is only written before a character, so there is never one at the end.
        let need = if space { 2 } else { 1 };
        if n + need > TITLE_MAX_CHARS {
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        n += need;
    }
    out
}

/// The code for `shared`. Only answers to the role's current questions are stored; an answer that
/// does not fit its question (unknown option, wrong kind) is left out.
pub fn encode(content: &Content, shared: &Shared) -> String {
    let title = normalise_title(&shared.title);
    let mut body = Vec::with_capacity(8 + title.len() + 2 * shared.answers.len());
    body.push(role_bits(shared.role) | lang_bit(shared.lang) << 1);
    put_varint(&mut body, title.len() as u64);
    body.extend_from_slice(title.as_bytes());

    let mut pairs: Vec<(u16, u64)> = content
        .questions
        .iter()
        .filter(|q| q.role == shared.role && !q.retired)
        .filter_map(|q| Some((q.key, value(q, shared.answers.get(q.id)?)?)))
        .collect();
    super::answers::sort_by_key(&mut pairs, |p| p.0);
    for (key, value) in pairs {
        put_varint(&mut body, key.into());
        put_varint(&mut body, value);
    }

    let mut frame = Vec::with_capacity(body.len() + 4);
    put_varint(&mut frame, body.len() as u64 + 2);
    frame.extend_from_slice(&body);
    frame.extend_from_slice(&crc16(&frame).to_be_bytes());

    let mut out = String::with_capacity(2 + frame.len() * 4 / 3);
    out.push(VERSION as char);
    push_base64(&mut out, &frame);
    out
}

/// Appends `bytes` in base64url without padding.
pub(super) fn push_base64(out: &mut String, bytes: &[u8]) {
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| n << 8 | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
}

/// The stored value of an answer, or `None` when it does not fit the question (then it is left out).
fn value(q: &Question, answer: &Answer) -> Option<u64> {
    let pos = |code: &str| q.options.iter().position(|o| o.code == code);
    match (q.kind, answer) {
        (Kind::Single, Answer::DontKnow) => Some(0),
        (Kind::Single, Answer::One(code)) => Some(pos(code)? as u64 + 1),
        (Kind::Multi, Answer::DontKnow) => Some(1),
        (Kind::Multi, Answer::Many(codes)) => Some(
            codes
                .iter()
                .filter_map(|c| pos(c))
                .filter(|p| *p < MAX_MULTI_OPTIONS)
                .fold(0, |mask, p| mask | 2 << p),
        ),
        _ => None,
    }
}

/// The state in `code` (the URL fragment without `#`). Never panics; reads at most
/// `MAX_CODE_LEN` characters and allocates only in proportion to them.
pub fn decode(content: &'static Content, code: &str) -> Result<Shared, ShareError> {
    use ShareError::*;
    let bytes = code.as_bytes();
    if bytes.is_empty() {
        return Err(Empty);
    }
    if bytes.len() > MAX_CODE_LEN {
        return Err(TooLong);
    }
    let mut sextets = Vec::with_capacity(bytes.len());
    for b in bytes {
        sextets.push(sextet(*b).ok_or(BadCharacter)?);
    }
    if bytes[0] != VERSION {
        return Err(UnknownVersion);
    }
    let data = &sextets[1..];
    // One character left over cannot hold a byte: the link was cut.
    if data.len() % 4 == 1 {
        return Err(Truncated);
    }
    let (frame, clean) = unbase64(data);

    // Length first, so a link cut short says so instead of "altered".
    let mut r = Reader(&frame);
    let len = r.varint().map_err(|_| Truncated)?;
    let rest = r.0.len() as u64;
    if len > rest {
        return Err(Truncated);
    }
    // More bytes than announced, or spare bits set in the last character (which the checksum
    // would not see): the link was changed.
    if len < rest || len < 2 || !clean {
        return Err(Altered);
    }
    let (signed, crc) = frame.split_at(frame.len() - 2);
    if crc16(signed).to_be_bytes() != crc {
        return Err(Altered);
    }

    let mut r = Reader(&r.0[..r.0.len() - 2]);
    let flags = r.byte()?;
    let role = match flags & 0b101 {
        _ if flags > 7 => return Err(Corrupt),
        0 => Role::Official,
        1 => Role::Resident,
        4 => Role::Initiative,
        _ => return Err(Corrupt),
    };
    let lang = if flags & 2 == 0 { Lang::Nl } else { Lang::En };
    let title_len = r.varint()?;
    if title_len > TITLE_MAX_BYTES {
        return Err(Corrupt);
    }
    let title = std::str::from_utf8(r.take(title_len as usize)?).map_err(|_| Corrupt)?;
    let title = normalise_title(title);

    let mut answers = Answers::default();
    let mut prev = 0;
    while !r.0.is_empty() {
        let (key, value) = (r.varint()?, r.varint()?);
        // Ascending keys make each answer's place unique: no duplicates, one code per state.
        if key <= prev {
            return Err(Corrupt);
        }
        prev = key;
        let q = content
            .questions
            .iter()
            .find(|q| u64::from(q.key) == key)
            .ok_or(NewerVersion)?;
        if q.role != role {
            return Err(Corrupt);
        }
        if !q.retired {
            answers.set(q.id, answer(q, value)?);
        }
    }
    Ok(Shared {
        role,
        lang,
        title,
        answers,
    })
}

fn answer(q: &'static Question, value: u64) -> Result<Answer, ShareError> {
    let option = |pos: u64| {
        usize::try_from(pos)
            .ok()
            .and_then(|p| q.options.get(p))
            .map(|o| o.code)
    };
    Ok(match q.kind {
        Kind::Single if value == 0 => Answer::DontKnow,
        Kind::Single => Answer::One(option(value - 1).ok_or(ShareError::NewerVersion)?),
        Kind::Multi if value == 1 => Answer::DontKnow,
        Kind::Multi if value & 1 == 1 => return Err(ShareError::Corrupt),
        Kind::Multi => {
            let mask = value >> 1;
            let mut codes = Vec::new();
            for p in (0..MAX_MULTI_OPTIONS as u64).filter(|p| mask >> p & 1 == 1) {
                codes.push(option(p).ok_or(ShareError::NewerVersion)?);
            }
            Answer::Many(codes)
        }
    })
}

fn role_bits(role: Role) -> u8 {
    match role {
        Role::Official => 0,
        Role::Resident => 1,
        Role::Initiative => 4,
    }
}

fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    }
}

/// Reads the body; running out of input here means the checksum held, so the sender built it wrong.
pub(super) struct Reader<'a>(pub(super) &'a [u8]);

impl<'a> Reader<'a> {
    pub(super) fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        if n > self.0.len() {
            return Err(ShareError::Corrupt);
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Ok(head)
    }

    pub(super) fn byte(&mut self) -> Result<u8, ShareError> {
        Ok(self.take(1)?[0])
    }

    pub(super) fn varint(&mut self) -> Result<u64, ShareError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            let bits = u64::from(b & 0x7f);
            // No bits may fall off the top, and no needless zero byte at the end: one form per number.
            if bits << shift >> shift != bits || (shift > 0 && b == 0) {
                return Err(ShareError::Corrupt);
            }
            n |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(ShareError::Corrupt)
    }
}

pub(super) fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(super) fn sextet(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    })
}

/// The bytes, and whether the bits left over at the end are zero as they should be.
pub(super) fn unbase64(sextets: &[u8]) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    let mut clean = true;
    for chunk in sextets.chunks(4) {
        let n = chunk.iter().fold(0u32, |n, s| n << 6 | u32::from(*s)) << (6 * (4 - chunk.len()));
        let bytes = n.to_be_bytes();
        let keep = chunk.len() - 1;
        out.extend_from_slice(&bytes[1..1 + keep]);
        clean &= bytes[1 + keep..].iter().all(|b| *b == 0);
    }
    (out, clean)
}

/// CRC-16/CCITT-FALSE over the version byte and `frame`, bit by bit: slow but tiny, and links
/// are short.
fn crc16(frame: &[u8]) -> u16 {
    crc16_with(VERSION, frame)
}

pub(super) fn crc16_with(version: u8, frame: &[u8]) -> u16 {
    let mut crc = 0xffffu16;
    for b in std::iter::once(&version).chain(frame) {
        crc ^= u16::from(*b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}
