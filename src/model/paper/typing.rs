//! Typing the paper forms in (papier.html#/invoeren/<role>): the forms of this tab, which one is
//! open, and what the confirmation dialog asks. Changed only by [`Action`]s through
//! [`Forms::apply`], like the check's `State::apply`, so the page only renders and dispatches.

use super::{answered, box_of_letter, for_link};
use crate::i18n::{self, fill};
use crate::model::compare::{decode_group, encode_group, Person, MAX_PEOPLE};
use crate::model::content::{Kind, Question, Role};
use crate::model::links::Link;
use crate::model::share::{self, Shared};
use crate::model::{flow, Answer, Answers, Lang, CONTENT};

/// The confirmation dialog's id on the page.
pub const DIALOG: &str = "paper-confirm";

/// What the confirmation dialog asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// "Volgende formulier" with this many questions left open.
    Next(usize),
    Clear,
    NewList,
}

/// The forms typed in this tab, which one is open, and the question the dialog asks, if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Forms {
    pub list: Vec<Person>,
    pub current: usize,
    pub ask: Option<Ask>,
}

/// What the person did on the page.
#[derive(Clone, Debug)]
pub enum Action {
    /// The page was opened (or reopened) for a role.
    Open(Role),
    /// The open form's label ("Inwoner 3").
    Label(String),
    /// The open form's plan.
    Title(String),
    /// A box of a question ticked (`true`) or unticked; `None` is "Nog open".
    Tick(&'static Question, Option<usize>, bool),
    /// A letter typed in a question: that box ticked (a checkbox's toggled).
    Letter(&'static Question, usize),
    /// "Volgende formulier".
    Next,
    /// "Wis dit formulier".
    Clear,
    /// "Nieuwe lijst".
    NewList,
    /// The dialog's yes.
    Confirm,
    /// The dialog's no, or Esc.
    Cancel,
    /// A form in the list opened.
    GoTo(usize),
}

/// Where the focus goes after an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The new form's label field.
    Label,
    /// The open form's heading.
    Heading,
}

impl Focus {
    /// The element's id on the page.
    pub fn id(self) -> &'static str {
        match self {
            Focus::Label => "form-label",
            Focus::Heading => "form-heading",
        }
    }
}

/// One form in the list: its label, how many of its questions are answered, and whether it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub name: String,
    pub done: usize,
    pub asked: usize,
    pub open: bool,
}

fn empty(role: Role, lang: Lang, title: String) -> Person {
    Person {
        label: String::new(),
        shared: Shared {
            role,
            lang,
            title,
            answers: Answers::default(),
        },
    }
}

/// Nothing typed on it yet.
pub fn is_blank(p: &Person) -> bool {
    p.label.trim().is_empty() && p.shared.title.trim().is_empty() && p.shared.answers.is_empty()
}

/// "Formulier 3".
pub fn numbered(n: usize, lang: Lang) -> String {
    fill(i18n::PAPER_FORM_N.get(lang), &[&n.to_string()])
}

/// The label a form goes by: what was typed, or "Formulier 3".
pub fn form_label(p: &Person, n: usize, lang: Lang) -> String {
    let typed = p.label.trim();
    if typed.is_empty() {
        numbered(n, lang)
    } else {
        typed.to_string()
    }
}

/// Whether box `i` of `q` is ticked in `answer` (the box after the options is "Weet ik niet").
pub fn ticked(q: &Question, answer: Option<&Answer>, i: usize) -> bool {
    match answer {
        None => false,
        Some(a) if i == q.options.len() => a.is_dont_know(),
        Some(a) => q.options.get(i).is_some_and(|o| a.includes(o.code)),
    }
}

impl Forms {
    /// What this tab kept (`code`, a group code), or one empty form; then opened for `role`.
    pub fn load(code: Option<&str>, role: Role, lang: Lang) -> Forms {
        let list: Vec<Person> = code
            .and_then(|code| decode_group(&CONTENT, code).ok())
            .map(|people| {
                people
                    .into_iter()
                    .filter_map(|(label, s)| s.ok().map(|shared| Person { label, shared }))
                    .collect()
            })
            .unwrap_or_default();
        let mut forms = Forms {
            current: list.len().saturating_sub(1),
            list,
            ask: None,
        };
        if forms.list.is_empty() {
            forms.list.push(empty(role, lang, String::new()));
        }
        forms.open_role(role, lang);
        forms
    }

    /// What this tab keeps: the forms as a group code, `None` while nothing is typed.
    pub fn code(&self) -> Option<String> {
        self.typed().then(|| encode_group(&CONTENT, &self.list))
    }

    /// The open form.
    pub fn person(&self) -> &Person {
        &self.list[self.current]
    }

    /// Something typed on any form.
    pub fn typed(&self) -> bool {
        self.list.iter().any(|p| !is_blank(p))
    }

    /// No room for another form.
    pub fn full(&self) -> bool {
        self.list.len() >= MAX_PEOPLE
    }

    /// The list of forms is shown once there is more than one blank form.
    pub fn show_list(&self) -> bool {
        self.list.len() > 1 || self.typed()
    }

    pub fn rows(&self, lang: Lang) -> Vec<Row> {
        self.list
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (done, asked) = answered(&CONTENT, &p.shared);
                Row {
                    name: form_label(p, i + 1, lang),
                    done,
                    asked,
                    open: i == self.current,
                }
            })
            .collect()
    }

    /// The open form's sheet, in the page's language, without answers its other answers skip.
    pub fn sheet_href(&self, lang: Lang) -> String {
        let linked = Shared {
            lang,
            ..for_link(&CONTENT, &self.person().shared)
        };
        Link::Sheet(share::encode(&CONTENT, &linked)).href(lang)
    }

    /// The comparison of the forms with answers, labelled as on the paper; once there are two.
    pub fn compare_href(&self, lang: Lang) -> Option<String> {
        let people: Vec<Person> = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.shared.answers.is_empty())
            .map(|(i, p)| Person {
                label: form_label(p, i + 1, lang),
                shared: for_link(&CONTENT, &p.shared),
            })
            .collect();
        (people.len() >= 2).then(|| Link::CompareGroup(encode_group(&CONTENT, &people)).href(lang))
    }

    /// The dialog's question and its yes.
    pub fn dialog(&self, lang: Lang) -> (String, &'static str) {
        match self.ask {
            Some(Ask::Next(n)) => (
                fill(i18n::PAPER_CONFIRM_OPEN.get(lang), &[&n.to_string()]),
                i18n::PAPER_CONFIRM_NEXT.get(lang),
            ),
            Some(Ask::Clear) => (
                i18n::PAPER_CONFIRM_CLEAR.get(lang).to_string(),
                i18n::PAPER_CONFIRM_CLEAR_YES.get(lang),
            ),
            Some(Ask::NewList) => (
                fill(
                    i18n::PAPER_CONFIRM_NEW.get(lang),
                    &[&self.list.len().to_string()],
                ),
                i18n::PAPER_CONFIRM_NEW_YES.get(lang),
            ),
            None => (String::new(), i18n::PAPER_CONFIRM_NEW_YES.get(lang)),
        }
    }

    /// Applies what the person did; `lang` is the page's, for a new form. Returns where the
    /// focus goes, if it moves.
    pub fn apply(&mut self, action: Action, lang: Lang) -> Option<Focus> {
        match action {
            Action::Open(role) => self.open_role(role, lang),
            Action::Label(v) => self.list[self.current].label = v,
            Action::Title(v) => self.list[self.current].shared.title = v,
            Action::Tick(q, i, on) => self.tick(q, i, on),
            Action::Letter(q, i) => {
                let now = self.person().shared.answers.get(q.id);
                let on = q.kind == Kind::Single || !ticked(q, now, i);
                self.tick(q, Some(i), on);
            }
            Action::Next => {
                let person = &self.person().shared;
                let (done, asked) = answered(&CONTENT, person);
                if asked > done && !is_blank(self.person()) {
                    self.ask = Some(Ask::Next(asked - done));
                } else {
                    return self.next();
                }
            }
            Action::Clear => self.ask = Some(Ask::Clear),
            Action::NewList => self.ask = Some(Ask::NewList),
            Action::Cancel => self.ask = None,
            Action::Confirm => return self.confirm(lang),
            Action::GoTo(i) => {
                if i < self.list.len() {
                    self.current = i;
                    return Some(Focus::Heading);
                }
            }
        }
        None
    }

    /// Coming in for `role`: an untouched form takes that role; otherwise a new form of it.
    fn open_role(&mut self, role: Role, lang: Lang) {
        let len = self.list.len();
        let current = &mut self.list[self.current];
        if current.shared.role == role {
            return;
        }
        if is_blank(current) {
            current.shared.role = role;
        } else if len < MAX_PEOPLE {
            let title = current.shared.title.clone();
            self.list.push(empty(role, lang, title));
            self.current = self.list.len() - 1;
        }
    }

    fn tick(&mut self, q: &'static Question, i: Option<usize>, on: bool) {
        let answers = &mut self.list[self.current].shared.answers;
        let now = answers.get(q.id).cloned();
        let next = match i {
            None => None,
            Some(i) if i == q.options.len() => on.then_some(Answer::DontKnow),
            Some(i) => flow::toggle(q, &now, i, on),
        };
        match next {
            Some(a) => answers.set(q.id, a),
            None => answers.remove(q.id),
        }
    }

    /// "Volgende formulier": the open one stays in the list; a new one, with the same role and plan.
    fn next(&mut self) -> Option<Focus> {
        let here = self.person();
        if is_blank(here) || self.full() {
            return None;
        }
        let new = empty(
            here.shared.role,
            here.shared.lang,
            here.shared.title.clone(),
        );
        self.list.push(new);
        self.current = self.list.len() - 1;
        Some(Focus::Label)
    }

    fn confirm(&mut self, lang: Lang) -> Option<Focus> {
        let role = self.person().shared.role;
        match self.ask.take()? {
            Ask::Next(_) => return self.next(),
            Ask::Clear if self.list.len() > 1 => {
                self.list.remove(self.current);
                self.current = self.list.len() - 1;
            }
            Ask::Clear => self.list[0] = empty(role, lang, String::new()),
            Ask::NewList => {
                self.list = vec![empty(role, lang, String::new())];
                self.current = 0;
            }
        }
        Some(Focus::Heading)
    }
}

// ---------- the keyboard ----------

/// What a key does in a question's group of boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// The focus moves to this box (the arrows between checkboxes, as in a group of radios).
    Move(usize),
    /// This box is ticked (a checkbox's toggled): its letter was typed.
    Tick(usize),
}

/// The key `key` pressed in a question with `boxes` boxes, on box `at` (if on one), with Ctrl,
/// Alt or Meta held (`modified`). Radios move with the arrows by themselves.
pub fn press(
    single: bool,
    boxes: usize,
    key: &str,
    at: Option<usize>,
    modified: bool,
) -> Option<Press> {
    let forward = matches!(key, "ArrowDown" | "ArrowRight");
    if forward || matches!(key, "ArrowUp" | "ArrowLeft") {
        let at = at.filter(|_| !single && boxes > 0)?;
        let to = if forward { at + 1 } else { at + boxes - 1 };
        return Some(Press::Move(to % boxes));
    }
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if modified {
        return None;
    }
    box_of_letter(c).filter(|i| *i < boxes).map(Press::Tick)
}

/// The id of box `i` of question `n`: "q3-1".
pub fn box_id(n: usize, i: usize) -> String {
    let mut id = String::from("q");
    id.push_str(&n.to_string());
    id.push('-');
    id.push_str(&i.to_string());
    id
}

/// The box an id of [`box_id`] names; `None` for any other id ("q3-open").
pub fn box_at(id: &str) -> Option<usize> {
    id.rsplit('-').next()?.parse().ok()
}
