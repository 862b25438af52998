//! Interface strings, Dutch and English side by side. Content texts (questions, advice) live in
//! `content/`; these are the words of the interface itself.
//!
//! The official's texts use "u"; texts a resident also sees use "u" as well, since they are shared.

pub use crate::model::lang::{Lang, Text};

/// Replaces each `{}` in `template`, in order, with the next argument.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
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
    SKIP_LINK = "Naar de inhoud", "Skip to content";
    LANG_SWITCH_LABEL = "Taal", "Language";
    LANG_OTHER = "English", "Nederlands";
    LANG_OTHER_LABEL = "Read this page in English", "Lees deze pagina in het Nederlands";
    NAV_START = "Start", "Start";
    NAV_ABOUT = "Over deze check", "About this check";
    NAV_EMBED = "Insluiten", "Embed";
    FOOTER_PRIVACY = "Uw antwoorden blijven op dit apparaat. Niets wordt verstuurd.", "Your answers stay on this device. Nothing is sent anywhere.";
    FOOTER_CLEAR = "Wis mijn antwoorden", "Clear my answers";
    CLEARED = "Uw antwoorden zijn gewist van dit apparaat.", "Your answers have been removed from this device.";

    START_TITLE = "Is uw plan voor participatie klaar?", "Is your participation plan ready?";
    START_INTRO = "Deze check helpt u te zien of een plan voor participatie of coproductie met inwoners klaar is om te beginnen. En wat u eerst moet regelen.", "This check helps you see whether a plan for participation or coproduction with residents is ready to start, and what to arrange first.";
    START_RESIDENT_INTRO = "Bent u gevraagd om mee te doen? Dan ziet u of het voorstel eerlijk is, en wat u eerst kunt vragen.", "Were you asked to take part? Then you see whether the proposal is fair, and what to ask first.";
    START_FACTS_TITLE = "Goed om te weten", "Good to know";
    START_FACT_TIME = "Het duurt ongeveer 10 minuten.", "It takes about 10 minutes.";
    START_FACT_DEVICE = "Uw antwoorden blijven op dit apparaat. Er gaat niets naar de gemeente of naar ons.", "Your answers stay on this device. Nothing goes to the municipality or to us.";
    START_FACT_RESULT = "U krijgt een advies dat u kunt delen, printen of bewaren als pdf.", "You get advice that you can share, print or save as a PDF.";
    ROLE_LEGEND = "Wie bent u?", "Who are you?";
    ROLE_OFFICIAL = "Ik werk voor de gemeente", "I work for the municipality";
    ROLE_OFFICIAL_HINT = "Bijvoorbeeld als ambtenaar, projectleider, wethouder of raadslid.", "For example as an official, project leader, alderman or council member.";
    ROLE_RESIDENT = "Ik ben gevraagd om mee te doen", "I was asked to take part";
    ROLE_RESIDENT_HINT = "Als inwoner, vrijwilliger of initiatiefnemer.", "As a resident, volunteer or initiator.";
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

    STEP_OF = "Stap {} van {}", "Step {} of {}";
    BACK = "Terug", "Back";
    CONTINUE = "Verder", "Continue";
    HELP_SUMMARY = "Waarom vragen we dit?", "Why do we ask this?";
    DONT_KNOW = "Weet ik niet", "I don't know";
    OR = "of", "or";
    CHOOSE_ALL = "Kies alles wat klopt.", "Select all that apply.";
    ERROR_SUMMARY_TITLE = "Er is een probleem", "There is a problem";
    ERROR_CHOOSE_ONE = "Kies een antwoord", "Choose an answer";
    ERROR_CHOOSE_SOME = "Kies een of meer antwoorden", "Choose one or more answers";
    ERROR_PREFIX = "Fout:", "Error:";

    CHECK_TITLE = "Controleer uw antwoorden", "Check your answers";
    CHECK_INTRO = "Klopt alles? U kunt elk antwoord nog wijzigen.", "Is everything right? You can still change any answer.";
    CHANGE = "Wijzig", "Change";
    NOT_ANSWERED = "Nog niet beantwoord", "Not answered yet";
    CHECK_TO_SHEET = "Bekijk het advies", "See the advice";
    CHECK_ROLE = "U bent", "You are";
    CHECK_PLAN = "Naam van het plan", "Name of the plan";

    SHEET_TITLE = "Uw advies", "Your advice";
    SHEET_UNTITLED = "Plan zonder naam", "Untitled plan";
    SHEET_DATE = "Datum", "Date";
    SHEET_ROLE = "Ingevuld door", "Filled in by";
    ROLE_OFFICIAL_SHORT = "iemand van de gemeente", "someone from the municipality";
    ROLE_RESIDENT_SHORT = "een inwoner of initiatiefnemer", "a resident or initiator";
    VERDICT_HEADING = "Oordeel", "Verdict";
    CERTAINTY = "U gaf op {} van de {} vragen een antwoord anders dan \u{201c}weet ik niet\u{201d}. Zekerheid: {}%.", "You gave an answer other than \u{201c}I don't know\u{201d} to {} of {} questions. Certainty: {}%.";
    CERTAINTY_LOW = "Dit advies is nog onzeker: veel antwoorden ontbreken.", "This advice is still uncertain: many answers are missing.";
    INTENSITY = "Wat er van inwoners gevraagd wordt:", "What is asked of residents:";
    KNOCKOUT_NOTE = "Dit weegt zwaarder dan de rest", "This outweighs everything else";
    DIMENSIONS_HEADING = "Per onderwerp", "By topic";
    DIMENSION_SCORE = "{} van 100", "{} out of 100";
    DIMENSION_NO_SCORE = "geen antwoord", "no answer";
    DIMENSION_BAR = "Voldoende vanaf {}", "Sufficient from {}";
    STATUS_GOOD = "Goed", "Good";
    STATUS_ATTENTION = "Aandacht nodig", "Needs attention";
    STATUS_RISK = "Risico", "Risk";
    ADVICE_HEADING = "Wat u het beste eerst kunt doen", "What to do first";
    ADVICE_NONE = "Er zijn geen punten die u eerst moet regelen.", "There is nothing you need to arrange first.";
    ADVICE_WHY = "Waarom u dit ziet", "Why you see this";
    ADVICE_CHANGE = "Wat dit verandert", "What would change this";
    ADVICE_SOURCES = "Bronnen", "Sources";
    YOUR_ANSWER = "uw antwoord", "your answer";
    FIND_OUT_HEADING = "Zoek dit eerst uit", "Find this out first";
    ANSWERS_HEADING = "Uw antwoorden", "Your answers";
    SOURCES_HEADING = "Bronnen", "Sources";
    SHEET_CHANGE = "Antwoorden wijzigen", "Change answers";
    SHEET_RESTART = "Opnieuw beginnen", "Start again";
    SHEET_NO_ROLE = "Er is nog geen advies. Begin met de check.", "There is no advice yet. Start with the check.";

    SHARED_VIEW = "U bekijkt een advies uit een gedeelde link. Uw eigen antwoorden op dit apparaat blijven zoals ze waren.", "You are viewing advice from a shared link. Your own answers on this device stay as they were.";
    SHARED_ADOPT = "Ga verder met deze antwoorden", "Continue with these answers";
    SHARED_ADOPT_HINT = "Dit vervangt uw eigen antwoorden op dit apparaat.", "This replaces your own answers on this device.";
    SHARED_OWN = "Naar mijn eigen advies", "Go to my own advice";
    FOLLOW_UP_UNKNOWN = "U antwoordde \u{201c}weet ik niet\u{201d}.", "You answered \u{201c}I don't know\u{201d}.";
    FOLLOW_UP_UNKNOWN_R = "Je antwoordde \u{201c}weet ik niet\u{201d}.", "You answered \u{201c}I don't know\u{201d}.";
    FOLLOW_UP_NONE = "Er is niets meer dat u eerst moet uitzoeken.", "There is nothing left to find out first.";
    FOLLOW_UP_NONE_R = "Je hebt geen open vragen meer voor de gemeente.", "You have no open questions left for the municipality.";
    SHARE_HEADING = "Deel of bewaar dit advies", "Share or save this advice";
    SHARE_LINK_LABEL = "Link naar dit advies", "Link to this advice";
    SHARE_LINK_HINT = "De link bevat de antwoorden zelf. Wie de link opent, ziet dit advies. Er wordt niets op een server bewaard.", "The link holds the answers themselves. Whoever opens it sees this advice. Nothing is stored on a server.";
    SHARE_COPY = "Kopieer de link", "Copy the link";
    SHARE_COPIED = "De link is gekopieerd.", "The link has been copied.";
    SHARE_COPY_FAILED = "Kopi\u{eb}ren lukte niet. Selecteer de link hierboven en kopieer hem zelf.", "Copying did not work. Select the link above and copy it yourself.";
    SHARE_DIALOG = "Delen", "Share";
    SHARE_EMAIL = "Mail de link", "Email the link";
    SHARE_EMAIL_SUBJECT = "Advies uit de Coproductiecheck", "Advice from the Coproductiecheck";
    SHARE_PRINT = "Print of bewaar als pdf", "Print or save as PDF";
    SHARE_DOWNLOAD_HTML = "Download het advies", "Download the advice";
    SHARE_DOWNLOAD_ANSWERS = "Download de antwoorden", "Download the answers";
    SHARE_ANSWERS_FILE = "Coproductiecheck: antwoorden. Laad dit bestand in de check met \u{201c}Antwoorden laden uit een bestand\u{201d}, of open de link:", "Coproductiecheck: answers. Load this file in the check with \u{201c}Load answers from a file\u{201d}, or open the link:";
    PRINT_QR_HEADING = "Dit advies online", "This advice online";
    PRINT_QR_TEXT = "Scan de code of typ de link over om dit advies te openen en verder te werken.", "Scan the code or type the link to open this advice and continue.";
    QR_LABEL = "QR-code met de link naar dit advies", "QR code with the link to this advice";
    LOAD_SUMMARY = "Antwoorden laden uit een bestand", "Load answers from a file";
    LOAD_LABEL = "Kies het bestand met antwoorden", "Choose the file with answers";
    LOAD_HINT = "Een bestand dat u eerder downloadde met \u{201c}Download de antwoorden\u{201d}.", "A file you downloaded earlier with \u{201c}Download the answers\u{201d}.";
    LOAD_FAILED = "In dit bestand staan geen antwoorden van de Coproductiecheck. Kies het bestand dat u eerder downloadde.", "This file holds no Coproductiecheck answers. Choose the file you downloaded earlier.";
    ABOUT_TITLE = "Over deze check", "About this check";
    ABOUT_METHOD = "Hoe komt het advies tot stand?", "How is the advice reached?";
    ABOUT_SOURCES = "De bronnen", "The sources";
    ABOUT_SOURCES_INTRO = "De vragen en het advies zijn gebaseerd op deze vijf teksten. Elk advies noemt de punten waar het op steunt.", "The questions and the advice are based on these five texts. Each piece of advice names the points it rests on.";
    ABOUT_POINTS = "De punten uit deze bron", "The points from this source";
    ABOUT_PRIVACY_TITLE = "Uw gegevens", "Your data";
    ABOUT_PRIVACY = "De check werkt helemaal in uw browser. Uw antwoorden worden alleen op dit apparaat bewaard, zodat u later verder kunt. Een deellink bevat uw antwoorden zelf, na het #-teken: dat deel van een link stuurt een browser nooit naar een server.", "The check runs entirely in your browser. Your answers are only kept on this device, so you can continue later. A share link holds your answers itself, after the # sign: browsers never send that part of a link to a server.";

    // The resident's flow says "je" (DESIGN §8: one form of address per role); these are the
    // interface strings a resident sees after choosing the role.
    CHECK_TITLE_R = "Controleer je antwoorden", "Check your answers";
    CHECK_INTRO_R = "Klopt alles? Je kunt elk antwoord nog wijzigen.", "Is everything right? You can still change any answer.";
    CHECK_ROLE_R = "Je bent", "You are";
    SHEET_TITLE_R = "Jouw advies", "Your advice";
    CERTAINTY_R = "Je gaf op {} van de {} vragen een antwoord anders dan \u{201c}weet ik niet\u{201d}. Zekerheid: {}%.", "You gave an answer other than \u{201c}I don't know\u{201d} to {} of {} questions. Certainty: {}%.";
    ADVICE_HEADING_R = "Waar je op moet letten", "What to watch out for";
    ADVICE_NONE_R = "We zien geen punten waar je eerst op moet letten.", "We see nothing you need to watch out for first.";
    ADVICE_WHY_R = "Waarom je dit ziet", "Why you see this";
    YOUR_ANSWER_R = "jouw antwoord", "your answer";
    ANSWERS_HEADING_R = "Jouw antwoorden", "Your answers";
    ASK_HEADING_R = "Vraag dit aan de gemeente voordat je meedoet", "Ask the municipality this before you join";

    LOADING = "De vragen worden geladen\u{2026}", "Loading the questions\u{2026}";
    TEXTS_FAILED_TITLE = "De vragen konden niet worden geladen", "The questions could not be loaded";
    TEXTS_FAILED = "Controleer uw verbinding met het netwerk en laad de pagina opnieuw. Uw antwoorden zijn bewaard.", "Check your network connection and reload the page. Your answers have been kept.";
    NOT_FOUND_TITLE = "Deze pagina bestaat niet", "This page does not exist";
    NOT_FOUND_TEXT = "Controleer het adres, of ga naar de start.", "Check the address, or go to the start.";
    PAGE_TITLE_SUFFIX = " – Coproductiecheck", " – Coproductiecheck";
}

/// The official's or the resident's wording of an interface string.
pub fn by_role(role: crate::model::Role, official: Text, resident: Text) -> Text {
    match role {
        crate::model::Role::Official => official,
        crate::model::Role::Resident => resident,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill(STEP_OF.nl, &["3", "18"]), "Stap 3 van 18");
        assert_eq!(fill("{} {}", &["a"]), "a ");
    }
}
