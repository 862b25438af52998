//! Typing paper forms in (`model::paper::typing`): the forms a tab keeps, the dialog that asks
//! before a form is left with open questions or wiped, the links to a form's sheet and to the
//! comparison, and the keys of a question. No question is named: the forms' questions are found
//! by their kind.

use coproductiecheck::model::compare::{decode_group, MAX_PEOPLE};
use coproductiecheck::model::content::{Kind, Question};
use coproductiecheck::model::links::Link;
use coproductiecheck::model::paper::paper;
use coproductiecheck::model::paper::typing::{
    box_at, box_id, press, ticked, Action, Ask, Focus, Forms, Press,
};
use coproductiecheck::model::{share, Answer, Lang, Role, CONTENT};

/// The first question on the role's paper of this kind, with "Weet ik niet" where `dont_know`.
fn question(role: Role, kind: Kind, dont_know: bool) -> &'static Question {
    paper(&CONTENT, role)
        .into_iter()
        .map(|pq| pq.question)
        .find(|q| q.kind == kind && q.dont_know == dont_know && q.options.len() >= 3)
        .unwrap_or_else(|| panic!("no {kind:?} question for {role:?}"))
}

fn fresh(role: Role) -> Forms {
    Forms::load(None, role, Lang::Nl)
}

fn act(forms: &mut Forms, action: Action) -> Option<Focus> {
    forms.apply(action, Lang::Nl)
}

/// A form with one answer: a single-choice question's first option.
fn answered_form(role: Role, label: &str) -> Forms {
    let mut f = fresh(role);
    act(&mut f, Action::Label(label.into()));
    act(
        &mut f,
        Action::Letter(question(role, Kind::Single, true), 0),
    );
    f
}

#[test]
fn a_tab_without_forms_starts_with_one_blank_form_and_keeps_nothing() {
    let f = fresh(Role::Resident);
    assert_eq!(f.list.len(), 1);
    assert_eq!(f.person().shared.role, Role::Resident);
    assert!(!f.typed() && !f.show_list());
    assert_eq!(f.code(), None, "nothing typed, nothing kept");
    // What the tab kept but does not decode is no reason to fail: a blank form again.
    assert_eq!(Forms::load(Some("garbage"), Role::Resident, Lang::Nl), f);
}

#[test]
fn the_forms_typed_come_back_from_the_tab_with_the_last_one_open() {
    let mut f = answered_form(Role::Resident, "Inwoner 1");
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    act(&mut f, Action::Title("Buurthuis".into()));
    let code = f.code().expect("typed forms are kept");
    let back = Forms::load(Some(&code), Role::Resident, Lang::Nl);
    assert_eq!(back.list.len(), 2);
    assert_eq!(back.current, 1);
    assert_eq!(back.list[0].label, "Inwoner 1");
    assert_eq!(back.list[0].shared.answers, f.list[0].shared.answers);
    assert_eq!(back.person().shared.title, "Buurthuis");
}

#[test]
fn opening_for_another_role_retypes_a_blank_form_but_never_a_typed_one() {
    let mut f = fresh(Role::Resident);
    act(&mut f, Action::Open(Role::Official));
    assert_eq!(f.list.len(), 1);
    assert_eq!(f.person().shared.role, Role::Official);

    let mut f = answered_form(Role::Resident, "Inwoner 1");
    act(&mut f, Action::Title("Zwembad".into()));
    act(&mut f, Action::Open(Role::Initiative));
    assert_eq!(f.list.len(), 2);
    assert_eq!(
        f.list[0].shared.role,
        Role::Resident,
        "the typed form keeps its role"
    );
    assert_eq!(f.person().shared.role, Role::Initiative);
    assert_eq!(f.person().shared.title, "Zwembad", "the plan carries over");
}

#[test]
fn letters_tick_as_on_paper_one_box_for_a_single_choice_and_toggles_for_several() {
    let mut f = fresh(Role::Official);
    let single = question(Role::Official, Kind::Single, true);
    act(&mut f, Action::Letter(single, 1));
    act(&mut f, Action::Letter(single, 1));
    assert_eq!(
        f.person().shared.answers.get(single.id),
        Some(&Answer::One(single.options[1].code))
    );
    // The box after the options is "Weet ik niet".
    act(&mut f, Action::Letter(single, single.options.len()));
    let now = f.person().shared.answers.get(single.id);
    assert_eq!(now, Some(&Answer::DontKnow));
    assert!(ticked(single, now, single.options.len()) && !ticked(single, now, 1));
    // "Open gelaten" leaves it unanswered again.
    act(&mut f, Action::Tick(single, None, false));
    assert_eq!(f.person().shared.answers.get(single.id), None);

    let multi = paper(&CONTENT, Role::Official)
        .into_iter()
        .map(|pq| pq.question)
        .find(|q| q.kind == Kind::Multi && q.options.iter().filter(|o| !o.exclusive).count() >= 2)
        .expect("a multiple-choice question");
    let (a, b) = {
        let mut open = (0..multi.options.len()).filter(|i| !multi.options[*i].exclusive);
        (open.next().unwrap(), open.next().unwrap())
    };
    act(&mut f, Action::Letter(multi, a));
    act(&mut f, Action::Letter(multi, b));
    let now = f.person().shared.answers.get(multi.id);
    assert!(ticked(multi, now, a) && ticked(multi, now, b));
    act(&mut f, Action::Letter(multi, a));
    let now = f.person().shared.answers.get(multi.id);
    assert!(
        !ticked(multi, now, a) && ticked(multi, now, b),
        "a second press unticks"
    );
    act(&mut f, Action::Tick(multi, Some(b), false));
    assert_eq!(f.person().shared.answers.get(multi.id), None);
}

#[test]
fn the_next_form_asks_first_when_questions_are_open_and_keeps_role_and_plan() {
    let mut f = answered_form(Role::Resident, "Inwoner 1");
    act(&mut f, Action::Title("Buurthuis".into()));
    assert_eq!(act(&mut f, Action::Next), None);
    let Some(Ask::Next(open)) = f.ask else {
        panic!("no question asked: {:?}", f.ask)
    };
    assert!(open > 0);
    let (text, _) = f.dialog(Lang::Nl);
    assert!(text.contains(&open.to_string()), "{text}");
    assert_eq!(f.list.len(), 1, "nothing happens before the yes");

    assert_eq!(act(&mut f, Action::Confirm), Some(Focus::Label));
    assert_eq!(f.ask, None);
    assert_eq!((f.list.len(), f.current), (2, 1));
    assert_eq!(f.person().label, "");
    assert_eq!(f.person().shared.title, "Buurthuis");
    assert_eq!(f.person().shared.role, Role::Resident);
    assert!(f.person().shared.answers.is_empty());

    // A blank form has no next one.
    let mut blank = fresh(Role::Resident);
    assert_eq!(act(&mut blank, Action::Next), None);
    assert_eq!((blank.list.len(), blank.ask), (1, None));
}

#[test]
fn no_more_forms_than_a_comparison_takes() {
    let mut f = answered_form(Role::Resident, "1");
    while f.list.len() < MAX_PEOPLE {
        act(&mut f, Action::Next);
        act(&mut f, Action::Confirm);
        act(&mut f, Action::Label("x".into()));
    }
    assert!(f.full());
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    assert_eq!(f.list.len(), MAX_PEOPLE);
    act(&mut f, Action::Open(Role::Official));
    assert_eq!(f.list.len(), MAX_PEOPLE);
}

#[test]
fn clearing_asks_and_then_wipes_only_the_open_form() {
    let mut f = answered_form(Role::Resident, "Eerste");
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    act(&mut f, Action::Label("Tweede".into()));
    act(&mut f, Action::GoTo(0));
    act(&mut f, Action::Clear);
    act(&mut f, Action::Cancel);
    assert_eq!((f.list.len(), f.ask), (2, None), "no: nothing wiped");

    act(&mut f, Action::Clear);
    assert_eq!(act(&mut f, Action::Confirm), Some(Focus::Heading));
    assert_eq!(f.list.len(), 1);
    assert_eq!(f.person().label, "Tweede");

    act(&mut f, Action::Clear);
    act(&mut f, Action::Confirm);
    assert_eq!(f.list.len(), 1, "the last form is wiped, not removed");
    assert!(!f.typed());
    assert_eq!(f.person().shared.role, Role::Resident);
}

#[test]
fn a_new_list_starts_over_with_one_blank_form_of_the_same_role() {
    let mut f = answered_form(Role::Initiative, "A");
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    act(&mut f, Action::NewList);
    let (text, _) = f.dialog(Lang::Nl);
    assert!(text.contains('2'), "names how many forms go: {text}");
    act(&mut f, Action::Confirm);
    assert_eq!(f, fresh(Role::Initiative));
}

#[test]
fn the_list_says_how_far_each_form_is_and_which_is_open() {
    let mut f = answered_form(Role::Resident, "  ");
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    let rows = f.rows(Lang::Nl);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0].name, "Formulier 1",
        "a blank label reads as the form's number"
    );
    assert_eq!(rows[0].done, 1);
    assert!(rows[0].asked > 1);
    assert!(!rows[0].open && rows[1].open);
    assert!(f.show_list());
}

#[test]
fn the_comparison_takes_the_forms_with_answers_labelled_as_on_paper() {
    let mut f = answered_form(Role::Resident, "Inwoner 7");
    assert_eq!(f.compare_href(Lang::Nl), None, "one form is no comparison");
    act(&mut f, Action::Next);
    act(&mut f, Action::Confirm);
    assert_eq!(
        f.compare_href(Lang::Nl),
        None,
        "a form without answers does not count"
    );
    act(
        &mut f,
        Action::Letter(question(Role::Resident, Kind::Single, true), 1),
    );
    let href = f.compare_href(Lang::En).expect("two forms with answers");
    assert!(href.contains("?lang=en"), "{href}");
    let Some(Link::CompareGroup(code)) = Link::parse(&href) else {
        panic!("not a group link: {href}")
    };
    let people = decode_group(&CONTENT, &code).expect("the group opens");
    let labels: Vec<&str> = people.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["Inwoner 7", "Form 2"]);
    assert!(people.iter().all(|(_, s)| s.is_ok()));
}

#[test]
fn a_forms_sheet_leaves_out_answers_its_other_answers_skip() {
    let mut f = fresh(Role::Resident);
    // An answer to every question on the paper: some of them are skipped by the others.
    for pq in paper(&CONTENT, Role::Resident) {
        act(&mut f, Action::Letter(pq.question, 0));
    }
    let typed = f.person().shared.answers.len();
    let Some(Link::Sheet(code)) = Link::parse(&f.sheet_href(Lang::En)) else {
        panic!("not a sheet link")
    };
    let shared = share::decode(&CONTENT, &code).expect("the sheet opens");
    assert_eq!(shared.lang, Lang::En, "in the page's language");
    assert!(
        shared.answers.len() < typed,
        "{} of {typed}",
        shared.answers.len()
    );
    for (id, a) in shared.answers.iter() {
        assert_eq!(f.person().shared.answers.get(id), Some(a), "as typed");
    }
}

#[test]
fn the_arrows_move_between_checkboxes_and_a_letter_ticks_its_box() {
    // Four checkboxes, the focus on the last: the arrows wrap around.
    assert_eq!(
        press(false, 4, "ArrowDown", Some(3), false),
        Some(Press::Move(0))
    );
    assert_eq!(
        press(false, 4, "ArrowLeft", Some(0), false),
        Some(Press::Move(3))
    );
    assert_eq!(
        press(false, 4, "ArrowRight", Some(1), false),
        Some(Press::Move(2))
    );
    // Radios move by themselves; off a box, nothing to move from.
    assert_eq!(press(true, 4, "ArrowDown", Some(1), false), None);
    assert_eq!(press(false, 4, "ArrowDown", None, false), None);
    // Letters, either case, up to the last box.
    assert_eq!(press(true, 4, "c", Some(0), false), Some(Press::Tick(2)));
    assert_eq!(press(false, 4, "D", None, false), Some(Press::Tick(3)));
    assert_eq!(press(false, 4, "e", None, false), None);
    // Not a letter, or a shortcut.
    for key in ["Tab", "Enter", " ", "1"] {
        assert_eq!(press(false, 4, key, Some(0), false), None, "{key}");
    }
    assert_eq!(press(true, 4, "a", Some(0), true), None);
}

#[test]
fn a_box_is_found_again_from_its_id() {
    assert_eq!(box_id(12, 3), "q12-3");
    assert_eq!(box_at(&box_id(12, 3)), Some(3));
    assert_eq!(box_at("q12-open"), None);
    assert_eq!(box_at("form-label"), None);
}
