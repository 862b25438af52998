//! The start page's form: the role and the plan's name, and whether "Start de check" was pressed
//! without a role. Plain Rust like `State::apply`: the page renders it and dispatches actions.

use super::content::Role;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartForm {
    pub role: Option<Role>,
    pub title: String,
    /// "Start de check" was pressed without a role.
    pub error: bool,
}

/// What a person can do on the start page's form.
#[derive(Debug)]
pub enum StartAction {
    Choose(Role),
    Title(String),
    /// "Start de check".
    Submit,
    /// "Opnieuw beginnen": the role and the name go with the answers.
    Restart,
}

impl StartForm {
    /// The form as the page opens. The role: one fixed in the address (`?role=`), else one chosen
    /// in index.html's static form before the app had loaded (`early_role`, a role's code), else
    /// that of the answers in progress. The name: one typed early, else the plan's.
    pub fn new(
        fixed: Option<Role>,
        early_role: Option<&str>,
        early_title: &str,
        session: (Option<Role>, &str),
    ) -> StartForm {
        let title = if early_title.is_empty() {
            session.1
        } else {
            early_title
        };
        StartForm {
            role: fixed.or(early_role.and_then(Role::from_code)).or(session.0),
            title: title.to_string(),
            error: false,
        }
    }

    /// Applies `action`; returns the role and the trimmed name to begin with when "Start de
    /// check" was pressed with a role.
    pub fn apply(&mut self, action: StartAction) -> Option<(Role, String)> {
        match action {
            StartAction::Choose(role) => {
                self.role = Some(role);
                self.error = false;
            }
            StartAction::Title(title) => self.title = title,
            StartAction::Submit => match self.role {
                Some(role) => return Some((role, self.title.trim().to_string())),
                None => self.error = true,
            },
            StartAction::Restart => *self = StartForm::default(),
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_wins_then_an_early_choice_then_the_answers_in_progress() {
        let session = (Some(Role::Official), "Buurtbus");
        let f = StartForm::new(Some(Role::Resident), Some("initiative"), "", session);
        assert_eq!(
            (f.role, f.title.as_str()),
            (Some(Role::Resident), "Buurtbus")
        );
        let f = StartForm::new(None, Some("initiative"), "Tuin", session);
        assert_eq!((f.role, f.title.as_str()), (Some(Role::Initiative), "Tuin"));
        let f = StartForm::new(None, Some("nonsense"), "", session);
        assert_eq!(f.role, Some(Role::Official));
        assert_eq!(
            StartForm::new(None, None, "", (None, "")),
            StartForm::default()
        );
    }

    #[test]
    fn starting_without_a_role_asks_for_one_until_one_is_chosen() {
        let mut f = StartForm::default();
        f.apply(StartAction::Title("  Afvalbakken Noord ".into()));
        assert_eq!(f.apply(StartAction::Submit), None);
        assert!(f.error);
        assert_eq!(f.apply(StartAction::Choose(Role::Resident)), None);
        assert!(!f.error);
        assert_eq!(
            f.apply(StartAction::Submit),
            Some((Role::Resident, "Afvalbakken Noord".to_string()))
        );
    }

    #[test]
    fn starting_again_forgets_the_role_and_the_name() {
        let mut f = StartForm::new(None, None, "", (Some(Role::Official), "Buurtbus"));
        f.apply(StartAction::Restart);
        assert_eq!(f, StartForm::default());
    }
}
