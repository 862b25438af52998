//! Interface strings, Dutch and English side by side. Content texts (questions, advice) live in
//! `content/`; these are the words of the interface itself.
//!
//! The official's texts use "u"; texts a resident also sees use "u" as well, since they are shared.

pub use crate::model::content::CText;
pub use crate::model::lang::{Lang, Text};

// The strings shown after the start page come with the questionnaire's texts
// (content/interface.toml); these constants name them.
include!(concat!(env!("OUT_DIR"), "/interface.rs"));

/// Replaces each `{}` in `template`, in order, with the next argument.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    // Split on a char: a `&str` pattern pulls a large searcher into the wasm.
    let mut parts = template.split('{');
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        match part.strip_prefix('}') {
            Some(rest) => {
                out.push_str(args.next().copied().unwrap_or(""));
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(part);
            }
        }
    }
    out
}

macro_rules! strings {
    ($($name:ident = $nl:literal, $en:literal;)*) => {
        $(pub const $name: Text = Text::new($nl, $en);)*
        /// Every interface string with its name, for the tests.
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),*];
    };
}

strings! {
    APP_NAME = "Coproductiecheck", "Coproductiecheck";
    LANG_SWITCH_LABEL = "Taal", "Language";
    LANG_OTHER = "English", "Nederlands";
    LANG_OTHER_LABEL = "Read this page in English", "Lees deze pagina in het Nederlands";
    NAV_START = "Start", "Start";
    NAV_ABOUT = "Over deze check", "About this check";
    NAV_COMPARE = "Vergelijk antwoorden", "Compare answers";
    NAV_EMBED = "Insluiten op uw website", "Embed on your website";
    FOOTER_PRIVACY = "Uw antwoorden blijven op dit apparaat. Niets wordt verstuurd.", "Your answers stay on this device. Nothing is sent anywhere.";
    FOOTER_CLEAR = "Wis mijn antwoorden", "Clear my answers";
    FOOTER_A11Y = "Toegankelijkheid", "Accessibility";
    CLEARED = "Uw antwoorden zijn gewist van dit apparaat.", "Your answers have been removed from this device.";

    START_TITLE = "Is uw plan voor participatie klaar?", "Is your participation plan ready?";
    START_INTRO = "Deze check helpt u te zien of een plan voor participatie of coproductie met inwoners klaar is om te beginnen. En wat u eerst moet regelen.", "This check helps you see whether a plan for participation or coproduction with residents is ready to start, and what to arrange first.";
    START_RESIDENT_INTRO = "Bent u gevraagd om mee te doen? Dan ziet u of het voorstel eerlijk is, en wat u eerst kunt vragen.", "Were you asked to take part? Then you see whether the proposal is fair, and what to ask first.";
    START_INITIATIVE_INTRO = "Hebt u zelf een plan voor uw buurt, of wilt u een taak van de gemeente overnemen? Dan ziet u wat u met de gemeente moet regelen.", "Do you have a plan of your own for your area, or do you want to take over a task from the municipality? Then you see what to settle with the municipality.";
    START_FACTS_TITLE = "Goed om te weten", "Good to know";
    START_FACT_TIME = "Het duurt ongeveer 10 minuten.", "It takes about 10 minutes.";
    START_FACT_DEVICE = "Uw antwoorden blijven op dit apparaat. Er gaat niets naar de gemeente of naar ons.", "Your answers stay on this device. Nothing goes to the municipality or to us.";
    START_FACT_RESULT = "U krijgt een advies dat u kunt delen, printen of bewaren als pdf.", "You get advice that you can share, print or save as a PDF.";
    ROLE_LEGEND = "Wie bent u?", "Who are you?";
    ROLE_OFFICIAL = "Ik werk voor de gemeente", "I work for the municipality";
    ROLE_OFFICIAL_HINT = "Bijvoorbeeld als ambtenaar, projectleider, wethouder of raadslid.", "For example as an official, project leader, alderman or council member.";
    ROLE_RESIDENT = "Ik ben gevraagd om mee te doen", "I was asked to take part";
    ROLE_RESIDENT_HINT = "Als inwoner of vrijwilliger. U bekijkt een voorstel van de gemeente.", "As a resident or volunteer. You look at a proposal from the municipality.";
    ROLE_INITIATIVE = "Wij hebben zelf een initiatief", "We have an initiative of our own";
    ROLE_INITIATIVE_HINT = "U of uw groep wil zelf iets beginnen, of een taak van de gemeente overnemen.", "You or your group want to start something yourselves, or take over a task from the municipality.";
    ROLE_ERROR = "Kies wie u bent", "Choose who you are";
    TITLE_LABEL = "Naam van het plan (mag leeg blijven)", "Name of the plan (optional)";
    TITLE_HINT = "Bijvoorbeeld: Afvalbakken adopteren, wijk Noord. Deze naam staat boven uw advies.", "For example: Adopting waste bins, North district. This name appears above your advice.";
    START_BUTTON = "Start de check", "Start the check";
    RESUME_TITLE = "U was al bezig", "You already started";
    RESUME_TEXT = "Op dit apparaat staan antwoorden van een eerdere keer.", "This device holds answers from an earlier visit.";
    RESUME_CONTINUE = "Verder waar u was", "Continue where you left off";
    RESUME_RESTART = "Opnieuw beginnen", "Start again";
    STORAGE_OFF = "Uw browser bewaart geen gegevens. De check werkt, maar uw antwoorden blijven niet bewaard als u de pagina sluit.", "Your browser does not store data. The check works, but your answers are not kept when you close the page.";
    STORAGE_CORRUPT = "Wij konden de opgeslagen antwoorden niet lezen. U begint opnieuw.", "We could not read the stored answers. You start again.";

    ERROR_SUMMARY_TITLE = "Er is een probleem", "There is a problem";
    ERROR_PREFIX = "Fout:", "Error:";



    LOAD_SUMMARY = "Antwoorden laden uit een bestand", "Load answers from a file";
    LOAD_LABEL = "Kies het bestand met antwoorden", "Choose the file with answers";
    LOAD_HINT = "Een bestand dat u eerder downloadde met \u{201c}Download de antwoorden\u{201d}.", "A file you downloaded earlier with \u{201c}Download the answers\u{201d}.";
    LOAD_FAILED = "In dit bestand staan geen antwoorden van de Coproductiecheck. Kies het bestand dat u eerder downloadde.", "This file holds no Coproductiecheck answers. Choose the file you downloaded earlier.";

    // The resident's flow says "je" (DESIGN §8: one form of address per role); these are the
    // interface strings a resident sees after choosing the role.

    LOADING = "De vragen worden geladen\u{2026}", "Loading the questions\u{2026}";
    TEXTS_FAILED_TITLE = "De vragen konden niet worden geladen", "The questions could not be loaded";
    TEXTS_FAILED = "Controleer uw verbinding met het netwerk en laad de pagina opnieuw. Uw antwoorden zijn bewaard.", "Check your network connection and reload the page. Your answers have been kept.";
    NOT_FOUND_TITLE = "Deze pagina bestaat niet", "This page does not exist";
    NOT_FOUND_TEXT = "Controleer het adres, of ga naar de start.", "Check the address, or go to the start.";
}

/// The official's or the resident's wording of an interface string. Initiators are residents
/// too and are spoken to with "je": they get the resident's wording unless `by_role3` gives
/// them their own.
pub fn by_role(role: crate::model::Role, official: CText, resident: CText) -> CText {
    match role {
        crate::model::Role::Official => official,
        crate::model::Role::Resident | crate::model::Role::Initiative => resident,
    }
}

/// An interface string worded for each of the three roles.
pub fn by_role3(
    role: crate::model::Role,
    official: CText,
    resident: CText,
    initiative: CText,
) -> CText {
    match role {
        crate::model::Role::Official => official,
        crate::model::Role::Resident => resident,
        crate::model::Role::Initiative => initiative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every interface string, in the wasm or in the text files, as (name, nl, en).
    fn every_string() -> Vec<(&'static str, &'static str, &'static str)> {
        let early = ALL.iter().map(|(n, t)| (*n, t.nl, t.en));
        let later = LATER.iter().map(|(n, t)| (*n, t.nl(), t.en()));
        early.chain(later).collect()
    }

    #[test]
    fn every_interface_string_exists_in_dutch_and_english() {
        let strings = every_string();
        assert!(strings.len() > 100, "only {} strings", strings.len());
        for (name, nl, en) in strings {
            assert!(!nl.trim().is_empty(), "{name} has no Dutch");
            assert!(!en.trim().is_empty(), "{name} has no English");
            // A placeholder missing in one language would drop a number from the page.
            assert_eq!(
                nl.matches("{}").count(),
                en.matches("{}").count(),
                "{name}: placeholders differ"
            );
        }
    }

    #[test]
    fn no_name_is_both_in_the_wasm_and_in_the_text_files() {
        for (name, _) in LATER {
            assert!(
                ALL.iter().all(|(n, _)| n != name),
                "{name} is defined twice"
            );
        }
    }

    #[test]
    fn the_residents_wording_says_je_and_the_officials_says_u() {
        for (name, nl, _) in every_string() {
            let words: Vec<&str> = nl.split(|c: char| !c.is_alphabetic()).collect();
            if name.ends_with("_R") {
                assert!(
                    !words
                        .iter()
                        .any(|w| *w == "u" || *w == "uw" || *w == "U" || *w == "Uw"),
                    "{name}: {nl}"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill(STEP_OF.nl(), &["3", "18"]), "Stap 3 van 18");
        assert_eq!(fill("{} {}", &["a"]), "a ");
    }
}
