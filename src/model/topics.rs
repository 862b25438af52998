//! The topics the roles are asked about, each in their own words: the official's, the resident's
//! and the initiators' questions mapped onto shared topics, so a comparison can say "the
//! municipality thinks residents know their contact; residents say they don't". Each topic says
//! what to talk about when people disagree, from the sources.
//!
//! Every question of every role is on exactly one topic (tested in `tests/compare.rs`).

use super::lang::Text;

#[derive(Debug)]
pub struct Topic {
    pub id: &'static str,
    pub name: Text,
    /// What to talk about first when people see this topic differently.
    pub talk: Text,
    pub sources: &'static [&'static str],
    pub official: &'static [&'static str],
    pub resident: &'static [&'static str],
    /// The initiators' questions; empty where they are not asked about this topic.
    pub initiative: &'static [&'static str],
}

pub static TOPICS: &[Topic] = &[
    Topic {
        id: "room",
        name: Text::new("Ruimte voor invloed", "Room for influence"),
        talk: Text::new(
            "Zeg samen wat al vastligt en waarover inwoners nog beslissen. Schrijf het op, zodat niemand later iets anders verwacht.",
            "Agree together what is already fixed and what residents can still decide. Write it down, so nobody expects something else later.",
        ),
        sources: &["003-3", "003-1", "004-1"],
        official: &["o_who", "o_room", "o_start_when", "o_listen"],
        resident: &["r_room"],
        initiative: &["i_response", "i_challenge"],
    },
    Topic {
        id: "motive",
        name: Text::new("De reden", "The reason"),
        talk: Text::new(
            "Vertel eerlijk waarom de gemeente dit vraagt, ook als het om geld gaat.",
            "Say honestly why the municipality asks this, also when it is about money.",
        ),
        sources: &["000-2"],
        official: &["o_motive"],
        resident: &["r_motive"],
        initiative: &[],
    },
    Topic {
        id: "voluntary",
        name: Text::new("Vrijwillig en wederkerig", "Voluntary and fair exchange"),
        talk: Text::new(
            "Praat over wat meedoen kost en oplevert, en hoe iemand kan stoppen zonder gevolgen.",
            "Talk about what taking part costs and brings, and how someone can stop without consequences.",
        ),
        sources: &["000-6", "000-4"],
        official: &["o_voluntary"],
        resident: &["r_return"],
        initiative: &[],
    },
    Topic {
        id: "worries",
        name: Text::new("Zorgen en bezwaren", "Worries and objections"),
        talk: Text::new(
            "Maak tijd voor wat inwoners vrezen of kwijtraken, niet alleen voor ideeën.",
            "Make time for what residents fear or lose, not only for ideas.",
        ),
        sources: &["003-2"],
        official: &["o_concerns"],
        resident: &["r_worries"],
        initiative: &[],
    },
    Topic {
        id: "load",
        name: Text::new("Tijd en looptijd", "Time and duration"),
        talk: Text::new(
            "Reken samen uit hoeveel uur het per maand kost, en tot wanneer.",
            "Work out together how many hours a month it takes, and until when.",
        ),
        sources: &["004-1", "000-5"],
        official: &["o_ask", "o_hours", "o_duration"],
        resident: &["r_task", "r_time", "r_until"],
        initiative: &["i_plan", "i_time"],
    },
    Topic {
        id: "backup",
        name: Text::new("Wie het draagt", "Who carries it"),
        talk: Text::new(
            "Spreek af wie het overneemt als iemand stopt, en wat de gemeente dan doet.",
            "Agree who takes over when someone stops, and what the municipality does then.",
        ),
        sources: &["000-5"],
        official: &["o_few", "o_backup"],
        resident: &["r_backup"],
        initiative: &["i_carriers", "i_backup"],
    },
    Topic {
        id: "support",
        name: Text::new("Ondersteuning", "Support"),
        talk: Text::new(
            "Loop samen na wat inwoners nodig hebben om hun taak te doen, en wie het regelt.",
            "Go through together what residents need to do their task, and who arranges it.",
        ),
        sources: &["000-3", "001-2"],
        official: &["o_support", "o_init_rules"],
        resident: &["r_support"],
        initiative: &["i_rules", "i_money"],
    },
    Topic {
        id: "contact",
        name: Text::new("Aanspreekpunt", "Contact person"),
        talk: Text::new(
            "Spreek af wie het vaste aanspreekpunt is en wat die mag beslissen. Vertel het alle deelnemers.",
            "Agree who the regular contact person is and what they may decide. Tell all participants.",
        ),
        sources: &["004-5"],
        official: &["o_mandate", "o_init_contact"],
        resident: &["r_contact", "r_mandate"],
        initiative: &["i_contact"],
    },
    Topic {
        id: "agreements",
        name: Text::new("Afspraken en contact", "Agreements and contact"),
        talk: Text::new(
            "Zet op papier wie wat doet en wanneer u elkaar spreekt.",
            "Put on paper who does what and when you talk.",
        ),
        sources: &["000-6", "002-2"],
        official: &["o_contact", "o_init_limits"],
        resident: &["r_agree"],
        initiative: &["i_agreements", "i_share"],
    },
    Topic {
        id: "expectations",
        name: Text::new("Wat vooraf gezegd is", "What was said in advance"),
        talk: Text::new(
            "Ga na wat inwoners echt gehoord hebben over hun invloed, de tijd en de resultaten.",
            "Check what residents have really heard about their influence, the time and the results.",
        ),
        sources: &["004-1"],
        official: &["o_expectations"],
        resident: &["r_expect"],
        initiative: &[],
    },
    Topic {
        id: "feedback",
        name: Text::new("Terugkoppeling", "Hearing back"),
        talk: Text::new(
            "Spreek af hoe en wanneer inwoners horen wat er met hun inbreng gebeurt.",
            "Agree how and when residents hear what happens with their input.",
        ),
        sources: &["002-10", "004-2"],
        official: &["o_feedback"],
        resident: &["r_feedback"],
        initiative: &["i_feedback"],
    },
    Topic {
        id: "reach",
        name: Text::new("Wie meedoet", "Who takes part"),
        talk: Text::new(
            "Kijk samen wie er nog ontbreekt, en hoe mensen zonder internet kunnen meedoen.",
            "Look together at who is still missing, and how people without the internet can take part.",
        ),
        sources: &["004-3", "003-5", "001-1"],
        official: &[
            "o_existing",
            "o_motivation",
            "o_relevance",
            "o_reach",
            "o_offline",
        ],
        resident: &["r_info", "r_who"],
        initiative: &["i_neighbours"],
    },
    Topic {
        id: "raad",
        name: Text::new("De gemeenteraad", "The municipal council"),
        talk: Text::new(
            "Zoek uit wat de raad nog beslist, en vertel het alle deelnemers vooraf.",
            "Find out what the council still decides, and tell all participants in advance.",
        ),
        sources: &["004-8"],
        official: &["o_raad_decides", "o_raad", "o_init_challenge"],
        resident: &["r_raad"],
        initiative: &["i_raad"],
    },
    Topic {
        id: "bestuur",
        name: Text::new("Wethouder en bestuur", "Alderman and executive"),
        talk: Text::new(
            "Vraag de wethouder om met de ambtenaren één verhaal te vertellen, het liefst in de wijk.",
            "Ask the alderman to tell one story with the officials, preferably in the area.",
        ),
        sources: &["004-7", "002-9"],
        official: &["o_wethouder", "o_horizon"],
        resident: &["r_wethouder"],
        initiative: &[],
    },
    Topic {
        id: "commitment",
        name: Text::new("Inzet van de gemeente", "The municipality's commitment"),
        talk: Text::new(
            "Spreek af hoeveel tijd en geld de gemeente erin steekt, en tot wanneer.",
            "Agree how much time and money the municipality puts in, and until when.",
        ),
        sources: &["004-4", "001-2", "001-3"],
        official: &[
            "o_resources",
            "o_init_money",
            "o_team",
            "o_init_bridge",
            "o_connected",
            "o_learning",
        ],
        resident: &["r_commitment"],
        initiative: &["i_horizon", "i_other_plans"],
    },
];

/// The topic a question is on.
pub fn topic_of(question: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| {
        t.official.contains(&question)
            || t.resident.contains(&question)
            || t.initiative.contains(&question)
    })
}
