//! Several people's answers on one plan, side by side: each one's verdict, where they see a topic
//! differently, and what to talk about first. Also the same plan checked twice (before and
//! after), and the group code that carries everyone's answers in one link.

use super::answers::Answer;
use super::answers_file;
use super::assess::{self, assess, Assessment, Status};
use super::catalogue;
use super::content::{Content, Kind, Question, Role, Rule};
use super::flow;
use super::lang::Text;
use super::share::{self, ShareError, Shared};
use super::topics::{Topic, TOPICS};

/// At least two people to compare, at most twelve.
pub const MIN_PEOPLE: usize = 2;
pub const MAX_PEOPLE: usize = 12;
pub const LABEL_MAX_CHARS: usize = 40;
/// A spread of positions at least this wide on a topic is a disagreement worth talking about.
pub const DISAGREE_FROM: u8 = 30;
/// How many disagreements "Bespreek eerst" names.
pub const TALK_FIRST: usize = 3;

/// One person's answers and the label they chose ("Inwoner 1").
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub label: String,
    pub shared: Shared,
}

/// Where one person stands on a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Their role's questions on this topic were not asked or not answered.
    Silent,
    /// They answered "Weet ik niet" to every question on it that they answered.
    Unknown,
    /// 0–100, the mean of what their answers give on this topic.
    Score(u8),
}

impl Position {
    /// A score's status, by the thresholds the sheet uses; none for silence or "weet ik niet".
    pub fn status(self, content: &Content) -> Option<Status> {
        match self {
            Position::Score(s) => Some(assess::status(
                Some(s),
                content.good_from,
                content.risk_below,
            )),
            Position::Unknown | Position::Silent => None,
        }
    }
}

#[derive(Debug)]
pub struct TopicRow {
    pub topic: &'static Topic,
    /// One per person, in the people's order.
    pub positions: Vec<Position>,
    /// Highest minus lowest known position.
    pub spread: u8,
    /// Some people answered the topic and others said they do not know.
    pub knowledge_gap: bool,
}

impl TopicRow {
    /// How much this topic needs talking about: the spread, and a gap in knowledge weighs as
    /// much as a wide disagreement (one side thinks something is settled, the other does not know).
    pub fn weight(&self) -> u16 {
        u16::from(self.spread) + if self.knowledge_gap { 50 } else { 0 }
    }

    /// Who stands lowest and highest among those with a known position.
    pub fn extremes(&self) -> Option<(usize, usize)> {
        let known = self
            .positions
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match p {
                Position::Score(s) => Some((i, *s)),
                _ => None,
            });
        let low = known.clone().min_by_key(|(_, s)| *s)?;
        let high = known.max_by_key(|(_, s)| *s)?;
        Some((low.0, high.0))
    }
}

#[derive(Debug)]
pub struct Comparison {
    pub people: Vec<Person>,
    /// Each person's check, in the people's order.
    pub assessments: Vec<Assessment>,
    /// Every topic at least one person was asked about, in topic order.
    pub rows: Vec<TopicRow>,
    /// Indexes into `rows`: the disagreements to talk about first, most important first.
    pub talk_first: Vec<usize>,
    /// Not everyone named the plan the same: perhaps these are different plans.
    pub titles_differ: bool,
    /// Two checks of the same plan by the same role: what changed between them.
    pub progress: Option<Progress>,
}

/// A comparison is made from its people alone: two of the same people are the same.
impl PartialEq for Comparison {
    fn eq(&self, other: &Self) -> bool {
        self.people == other.people
    }
}

/// What an answer gives on its question's dimensions, 0–100; `None` for "Weet ik niet".
fn points(q: &'static Question, answer: &Answer) -> Option<u32> {
    if answer.is_dont_know() {
        return None;
    }
    let score = |code: &str| {
        flow::option(q, code)
            .map(|o| o.scores.iter().map(|(_, s)| u32::from(*s)).sum::<u32>())
            .unwrap_or(0)
    };
    let total = match q.kind {
        Kind::Single => answer.codes().first().map(|c| score(c)).unwrap_or(0),
        Kind::Multi => answer.codes().iter().map(|c| score(c)).sum(),
    };
    Some(total.min(100))
}

/// Where `shared` stands on `topic`, counting only questions that apply to those answers.
pub fn position(content: &'static Content, topic: &Topic, shared: &Shared) -> Position {
    let ids = match shared.role {
        Role::Official => topic.official,
        Role::Resident => topic.resident,
        Role::Initiative => topic.initiative,
    };
    let steps = flow::steps(content, shared.role, &shared.answers);
    let (mut sum, mut known, mut unknown) = (0u32, 0u32, 0u32);
    // A question that only routes scores nothing, so it has no position.
    for q in steps
        .iter()
        .filter(|q| ids.contains(&q.id) && !q.dimensions.is_empty())
    {
        match shared.answers.get(q.id).map(|a| points(q, a)) {
            Some(Some(p)) => {
                sum += p;
                known += 1;
            }
            Some(None) => unknown += 1,
            None => {}
        }
    }
    match (known, unknown) {
        (0, 0) => Position::Silent,
        (0, _) => Position::Unknown,
        _ => Position::Score(((2 * sum + known) / (2 * known)).min(100) as u8),
    }
}

/// Compares `people` (normally 2–12; fewer or more are compared all the same).
pub fn compare(content: &'static Content, people: Vec<Person>) -> Comparison {
    let assessments: Vec<Assessment> = people
        .iter()
        .map(|p| assess(content, p.shared.role, &p.shared.answers))
        .collect();
    let rows: Vec<TopicRow> = TOPICS
        .iter()
        .map(|topic| {
            let positions: Vec<Position> = people
                .iter()
                .map(|p| position(content, topic, &p.shared))
                .collect();
            let known = positions.iter().filter_map(|p| match p {
                Position::Score(s) => Some(*s),
                _ => None,
            });
            let spread = known.clone().max().unwrap_or(0) - known.clone().min().unwrap_or(0);
            let knowledge_gap = known.count() > 0 && positions.contains(&Position::Unknown);
            TopicRow {
                topic,
                positions,
                spread,
                knowledge_gap,
            }
        })
        .filter(|r| r.positions.iter().any(|p| *p != Position::Silent))
        .collect();
    let mut order: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].spread >= DISAGREE_FROM || rows[i].knowledge_gap)
        .collect();
    // Heaviest first; equal weights keep topic order.
    super::answers::sort_by_key(&mut order, |&i| u16::MAX - rows[i].weight());
    order.truncate(TALK_FIRST);
    let titles_differ = people
        .windows(2)
        .any(|w| w[0].shared.title != w[1].shared.title);
    let progress = is_before_and_after(&people)
        .then(|| progress(content, &people[0].shared, &people[1].shared))
        .flatten();
    Comparison {
        people,
        assessments,
        rows,
        talk_first: order,
        titles_differ,
        progress,
    }
}

// ---------- before and after ----------

/// The same plan checked twice by the same role.
#[derive(Debug)]
pub struct Progress {
    pub before: Assessment,
    pub after: Assessment,
    /// Advice on the first sheet that is gone from the second.
    pub resolved: Vec<&'static Rule>,
    /// Advice on the second sheet that was not on the first.
    pub new: Vec<&'static Rule>,
    /// Questions answered differently, in questionnaire order.
    pub changed: Vec<&'static Question>,
}

impl Progress {
    pub fn improved(&self) -> bool {
        self.after.level > self.before.level
    }

    pub fn worsened(&self) -> bool {
        self.after.level < self.before.level
    }
}

/// `None` when the two were filled in for different roles: then there is no before and after.
pub fn progress(content: &'static Content, before: &Shared, after: &Shared) -> Option<Progress> {
    if before.role != after.role {
        return None;
    }
    let a = assess(content, before.role, &before.answers);
    let b = assess(content, after.role, &after.answers);
    let ids = |x: &Assessment| -> Vec<&'static Rule> { x.advice.iter().map(|i| i.rule).collect() };
    let (was, now) = (ids(&a), ids(&b));
    let resolved = was
        .iter()
        .filter(|r| !now.iter().any(|n| n.id == r.id))
        .copied()
        .collect();
    let new = now
        .iter()
        .filter(|r| !was.iter().any(|w| w.id == r.id))
        .copied()
        .collect();
    let changed = content
        .questions
        .iter()
        .filter(|q| q.role == before.role && !q.retired)
        .filter(|q| before.answers.get(q.id) != after.answers.get(q.id))
        .collect();
    Some(Progress {
        before: a,
        after: b,
        resolved,
        new,
        changed,
    })
}

/// Two checks of the same plan by the same role: the comparison page offers before and after.
pub fn is_before_and_after(people: &[Person]) -> bool {
    people.len() == 2 && people[0].shared.role == people[1].shared.role
}

// ---------- reading pasted links ----------

/// Why one pasted link is not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    Share(ShareError),
    /// The same answers as person n (0-based) above.
    Duplicate(usize),
}

impl LinkProblem {
    pub fn message(&self) -> Text {
        match self {
            LinkProblem::Share(e) => e.message(),
            // From the strings, as in `ShareError::message`.
            LinkProblem::Duplicate(_) => {
                Text::new(catalogue::LINK_DUPLICATE.nl, catalogue::LINK_DUPLICATE.en)
            }
        }
    }
}

/// One pasted link as read: its label, and its answers or why they do not open.
pub type ReadLink = (String, Result<Shared, LinkProblem>);

/// Each pasted link read on its own: one broken link does not stop the others.
pub fn read_links(content: &'static Content, links: &[(String, String)]) -> Vec<ReadLink> {
    let mut out: Vec<ReadLink> = Vec::new();
    for (label, text) in links {
        let read = answers_file::read(content, text).map_err(LinkProblem::Share);
        let read = match read {
            Ok(s) => match out.iter().position(|(_, r)| r.as_ref().ok() == Some(&s)) {
                Some(i) => Err(LinkProblem::Duplicate(i)),
                None => Ok(s),
            },
            Err(e) => Err(e),
        };
        out.push((normalise_label(label), read));
    }
    out
}

/// A label as shown: like a plan's title, at most `LABEL_MAX_CHARS` characters.
pub fn normalise_label(label: &str) -> String {
    share::normalise_title(label)
        .chars()
        .take(LABEL_MAX_CHARS)
        .collect::<String>()
        .trim_end()
        .to_string()
}

// ---------- the group code ----------
//
// code   = "G" base64url(frame)
// frame  = len:varint body crc:u16be           (as the share code, CRC salted with "G")
// body   = count:u8 (label_len:varint label:utf8 code_len:varint code:bytes)*
// code   = a person's share-code frame: the bytes behind its "1" marker
//
// Each person keeps their own checksummed share code inside, so a group link opens with the
// same rules as the links it was made of.

const GROUP_VERSION: u8 = b'G';

/// One person in a group code: their label, and their answers or why those do not open.
pub type GroupMember = (String, Result<Shared, ShareError>);
/// Longer input is rejected before it is looked at.
pub const MAX_GROUP_CODE_LEN: usize = 16_000;

/// Why a group link does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupError {
    Share(ShareError),
    TooMany,
}

impl GroupError {
    pub fn message(&self) -> Text {
        match self {
            GroupError::Share(e) => e.message(),
            GroupError::TooMany => {
                Text::new(catalogue::GROUP_TOO_MANY.nl, catalogue::GROUP_TOO_MANY.en)
            }
        }
    }
}

pub fn encode_group(content: &Content, people: &[Person]) -> String {
    let mut body = vec![people.len().min(255) as u8];
    for p in people.iter().take(255) {
        let label = normalise_label(&p.label);
        share::put_varint(&mut body, label.len() as u64);
        body.extend_from_slice(label.as_bytes());
        let code = share::encode(content, &p.shared);
        let sextets: Vec<u8> = code.bytes().skip(1).filter_map(share::sextet).collect();
        let (frame, _) = share::unbase64(&sextets);
        share::put_varint(&mut body, frame.len() as u64);
        body.extend_from_slice(&frame);
    }
    let mut frame = Vec::with_capacity(body.len() + 4);
    share::put_varint(&mut frame, body.len() as u64 + 2);
    frame.extend_from_slice(&body);
    frame.extend_from_slice(&share::crc16_with(GROUP_VERSION, &frame).to_be_bytes());
    let mut out = String::with_capacity(2 + frame.len() * 4 / 3);
    out.push(GROUP_VERSION as char);
    share::push_base64(&mut out, &frame);
    out
}

/// Everyone in a group code, each with their own share code checked as a link of its own.
/// Never panics.
pub fn decode_group(content: &'static Content, code: &str) -> Result<Vec<GroupMember>, GroupError> {
    use ShareError::*;
    let err = |e| GroupError::Share(e);
    let bytes = code.as_bytes();
    if bytes.is_empty() {
        return Err(err(Empty));
    }
    if bytes.len() > MAX_GROUP_CODE_LEN {
        return Err(err(TooLong));
    }
    if bytes[0] != GROUP_VERSION {
        return Err(err(UnknownVersion));
    }
    let mut sextets = Vec::with_capacity(bytes.len());
    for b in &bytes[1..] {
        sextets.push(share::sextet(*b).ok_or(err(BadCharacter))?);
    }
    if sextets.len() % 4 == 1 {
        return Err(err(Truncated));
    }
    let (frame, clean) = share::unbase64(&sextets);
    let mut r = share::Reader(&frame);
    let len = r.varint().map_err(|_| err(Truncated))?;
    let rest = r.0.len() as u64;
    if len > rest {
        return Err(err(Truncated));
    }
    if len < rest || len < 3 || !clean {
        return Err(err(Altered));
    }
    let (signed, crc) = frame.split_at(frame.len() - 2);
    if share::crc16_with(GROUP_VERSION, signed).to_be_bytes() != crc {
        return Err(err(Altered));
    }
    let mut r = share::Reader(&r.0[..r.0.len() - 2]);
    let count = usize::from(r.byte().map_err(err)?);
    if count > MAX_PEOPLE {
        return Err(GroupError::TooMany);
    }
    let mut people = Vec::with_capacity(count);
    for _ in 0..count {
        let label_len = r.varint().map_err(err)?;
        if label_len > 4 * LABEL_MAX_CHARS as u64 {
            return Err(err(Corrupt));
        }
        let label = std::str::from_utf8(r.take(label_len as usize).map_err(err)?)
            .map_err(|_| err(Corrupt))?;
        let code_len = r.varint().map_err(err)?;
        if code_len > share::MAX_CODE_LEN as u64 {
            return Err(err(Corrupt));
        }
        let inner = r.take(code_len as usize).map_err(err)?;
        let mut code = String::with_capacity(2 + inner.len() * 4 / 3);
        code.push('1');
        share::push_base64(&mut code, inner);
        people.push((normalise_label(label), share::decode(content, &code)));
    }
    if !r.0.is_empty() {
        return Err(err(Corrupt));
    }
    Ok(people)
}
