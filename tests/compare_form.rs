//! The comparison's form, as a person uses it: what the address fills in, typing, adding and
//! removing people, answers files, and pressing "Vergelijk" with too few or enough links.

mod common;

use common::Answering;
use coproductiecheck::model::answers_file;
use coproductiecheck::model::compare::{encode_group, GroupError, LinkProblem, Person, MAX_PEOPLE};
use coproductiecheck::model::compare_form::{field_id, problem_text, Form, FormAction};
use coproductiecheck::model::links::Link;
use coproductiecheck::model::share::{encode, ShareError, Shared};
use coproductiecheck::model::{Lang, Role, CONTENT};

fn shared(role: Role, first: &'static str) -> Shared {
    let a = match role {
        Role::Official => Answering::new(role).says("o_ask", first),
        _ => Answering::new(role).says("r_task", first),
    };
    Shared {
        role,
        lang: Lang::Nl,
        title: "Buurttuin".into(),
        answers: a.answers,
    }
}

fn code(role: Role, first: &'static str) -> String {
    encode(&CONTENT, &shared(role, first))
}

fn act(form: &mut Form, action: FormAction) -> Option<String> {
    form.apply(&CONTENT, Lang::Nl, action)
}

#[test]
fn an_empty_address_gives_two_empty_people_labelled_by_number() {
    let form = Form::from_hash(&CONTENT, "");
    assert_eq!(form, Form::default());
    assert_eq!(form.rows.len(), 2);
    assert_eq!(form.rows[1].label(Lang::Nl, 2), "Persoon 2");
    assert_eq!(form.rows[1].label(Lang::En, 2), "Person 2");
    assert!(!form.compared);
}

#[test]
fn a_sheets_link_fills_in_the_first_person_as_me() {
    let c = code(Role::Resident, "task");
    let form = Form::from_hash(&CONTENT, &Link::CompareWith(c.clone()).hash());
    assert_eq!(form.rows[0].link, c);
    assert_eq!(form.rows[0].label(Lang::Nl, 1), "Ik");
    assert_eq!(form.rows[0].label(Lang::En, 1), "Me");
    assert!(!form.compared, "one person is not yet a comparison");
}

#[test]
fn a_group_link_reopens_its_comparison_with_its_labels() {
    let people = vec![
        Person {
            label: "Projectleider".into(),
            shared: shared(Role::Official, "maintain"),
        },
        Person {
            label: "Inwoner 1".into(),
            shared: shared(Role::Resident, "task"),
        },
    ];
    let group = Link::CompareGroup(encode_group(&CONTENT, &people));
    let form = Form::from_hash(&CONTENT, &group.hash());
    assert!(form.compared);
    assert_eq!(form.rows[0].label(Lang::En, 1), "Projectleider");
    let result = form
        .result(&CONTENT, form.people(&CONTENT, Lang::Nl))
        .unwrap();
    assert_eq!(result.comparison.people, people);
    assert_eq!(
        result.group, group,
        "the same people give the same group link"
    );
}

#[test]
fn a_broken_group_link_says_why_and_leaves_the_form_empty() {
    let form = Form::from_hash(&CONTENT, "#g=Gxyz");
    assert_eq!(
        form.group_error,
        Some(GroupError::Share(ShareError::Truncated))
    );
    assert_eq!(form.rows, Form::default().rows);
    assert!(!form.compared);
}

#[test]
fn typing_changes_only_its_own_row_and_a_typed_label_stays_as_typed() {
    let mut form = Form::default();
    act(&mut form, FormAction::Label(1, "Wethouder".into()));
    act(&mut form, FormAction::Link(0, "abc".into()));
    assert_eq!(form.rows[1].label(Lang::En, 2), "Wethouder");
    assert_eq!(form.rows[0].link, "abc");
    assert_eq!(form.rows[1].link, "");
    // A row that is not there is left alone rather than a panic.
    act(&mut form, FormAction::Link(7, "x".into()));
    assert_eq!(form.rows.len(), 2);
}

#[test]
fn adding_moves_the_focus_to_the_new_link_up_to_twelve_people_and_removing_keeps_two() {
    let mut form = Form::default();
    assert_eq!(act(&mut form, FormAction::Add), Some(field_id("link", 2)));
    assert_eq!(field_id("link", 2), "person-link-3");
    while form.can_add() {
        act(&mut form, FormAction::Add);
    }
    assert_eq!(form.rows.len(), MAX_PEOPLE);
    assert_eq!(act(&mut form, FormAction::Add), None);
    assert_eq!(form.rows.len(), MAX_PEOPLE);

    let mut form = Form::default();
    act(&mut form, FormAction::Remove(0));
    assert_eq!(form.rows.len(), 2, "a comparison needs two rows");
    act(&mut form, FormAction::Add);
    act(&mut form, FormAction::Label(2, "Derde".into()));
    act(&mut form, FormAction::Remove(0));
    assert_eq!(form.rows.len(), 2);
    assert_eq!(form.rows[1].label, Some("Derde".into()));
}

#[test]
fn answers_files_take_the_place_of_empty_rows_named_after_the_file() {
    let mut form = Form::default();
    let c = code(Role::Official, "maintain");
    act(&mut form, FormAction::Link(1, c.clone()));
    let text = answers_file::write(
        "Coproductiecheck",
        &Link::Sheet(code(Role::Resident, "task")).href(Lang::Nl),
    );
    act(
        &mut form,
        FormAction::Files(vec![
            ("Inwoner 1.txt".into(), Some(text)),
            ("kapot.txt".into(), None),
        ]),
    );
    let labels: Vec<String> = form
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| r.label(Lang::Nl, i + 1))
        .collect();
    assert_eq!(labels, ["Persoon 1", "Inwoner 1", "kapot"]);
    assert_eq!(form.rows[0].link, c);
    act(&mut form, FormAction::Compare);
    let read = form.read(&CONTENT, Lang::Nl);
    assert_eq!(form.people(&CONTENT, Lang::Nl).len(), 2);
    // A file that could not be read is a row without a link: left out like an empty one.
    assert_eq!(form.problem(&read, 2), None);

    // Never more than twelve.
    let many = (0..20)
        .map(|i| (format!("{i}.txt"), Some(c.clone())))
        .collect();
    act(&mut form, FormAction::Files(many));
    assert_eq!(form.rows.len(), MAX_PEOPLE);
}

#[test]
fn comparing_too_few_shows_the_error_and_problems_only_after_the_press() {
    let mut form = Form::default();
    act(&mut form, FormAction::Link(0, "kapot".into()));
    let read = form.read(&CONTENT, Lang::Nl);
    assert_eq!(form.problem(&read, 0), None, "no message while typing");
    assert!(!form.too_few(&[]));
    assert_eq!(
        act(&mut form, FormAction::Compare),
        Some("compare-error".into())
    );
    let read = form.read(&CONTENT, Lang::Nl);
    let people = form.people(&CONTENT, Lang::Nl);
    assert!(form.too_few(&people));
    assert!(form.problem(&read, 0).is_some());
    assert_eq!(
        form.problem(&read, 1),
        None,
        "an empty row is left out, not an error"
    );
    assert!(form.result(&CONTENT, people).is_none());
}

#[test]
fn comparing_enough_people_moves_to_the_result_and_names_a_duplicate() {
    let mut form = Form::default();
    let c = code(Role::Resident, "task");
    act(&mut form, FormAction::Link(0, c.clone()));
    act(
        &mut form,
        FormAction::Link(1, code(Role::Official, "maintain")),
    );
    act(&mut form, FormAction::Add);
    act(&mut form, FormAction::Link(2, c));
    assert_eq!(
        act(&mut form, FormAction::Compare),
        Some("result-heading".into())
    );
    let read = form.read(&CONTENT, Lang::Nl);
    let dup = form.problem(&read, 2).unwrap();
    assert_eq!(*dup, LinkProblem::Duplicate(0));
    assert!(problem_text(dup, &read, Lang::Nl).ends_with(" (Persoon 1)"));
    let result = form
        .result(&CONTENT, form.people(&CONTENT, Lang::Nl))
        .unwrap();
    assert_eq!(result.comparison.people.len(), 2);
    assert!(
        result.comparison.progress.is_none(),
        "two roles are no before and after"
    );
}

#[test]
fn the_same_plan_by_the_same_role_twice_is_before_and_after() {
    let mut form = Form::default();
    act(
        &mut form,
        FormAction::Link(0, code(Role::Official, "maintain")),
    );
    act(
        &mut form,
        FormAction::Link(1, code(Role::Official, "report")),
    );
    act(&mut form, FormAction::Compare);
    let result = form
        .result(&CONTENT, form.people(&CONTENT, Lang::Nl))
        .unwrap();
    let progress = result.comparison.progress.expect("before and after");
    assert_eq!(progress.changed.len(), 1);
}
