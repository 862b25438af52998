//! Realistic plans, written from the sources, with the verdict and the first three advice items
//! a careful advisor would give. Each plan starts from a solid baseline for its role and says
//! only what differs, in a short notation: `q=code`, `q=a+b` (several ticked), `q=?` ("Weet ik
//! niet"), `-q` (not answered).
//!
//! This table is the check's judgement in one place: when a rule or a score changes, the plans
//! it moves show here, and each must still be what a careful reader of the sources would sign.

mod common;

use common::{advice, Answering};
use coproductiecheck::model::assess::{Assessment, Level, Status, UP_FRONT};
use coproductiecheck::model::{flow, Answer, Role, CONTENT};

use Level::{FirstArrange as Arrange, NotYet, Ready};

/// A trajectory where the municipality did its homework: residents adopt and look after
/// something, everything around it is arranged, the council has nothing to decide.
const OFFICIAL_BASE: &[&str] = &[
    "o_ask=maintain",
    "o_hours=lt2",
    "o_duration=year",
    "o_few=many",
    "o_backup=plan",
    "o_existing=build",
    "o_motivation=tailored",
    "o_room=how",
    "o_motive=quality",
    "o_voluntary=free",
    "o_concerns=planned",
    "o_start_when=shape",
    "o_support=materials+contact+training+info+practical+rules",
    "o_contact=agreed",
    "o_relevance=theirs",
    "o_expectations=say+time+when+stop",
    "o_feedback=each_step",
    "o_reach=all",
    "o_offline=yes",
    "o_raad_decides=no",
    "o_raad=told",
    "o_wethouder=close",
    "o_horizon=long",
    "o_mandate=mandate",
    "o_resources=full",
    "o_team=chosen",
    "o_connected=joint",
    "o_learning=share",
];

/// Residents come with a plan of their own (neighbourhood activities a steady group organises), and
/// the municipality is a good partner: it moves along, one contact who may decide, room in the
/// rules, money where needed, written agreements both sides keep, someone who links departments.
const SUPPORTING_BASE: &[&str] = &[
    "o_who=initiative",
    "o_ask=organise",
    "o_hours=h2_8",
    "o_duration=year",
    "o_few=group",
    "o_backup=plan",
    "o_listen=moves",
    "o_voluntary=free",
    "o_support=materials+contact+training+info+practical+rules",
    "o_contact=agreed",
    "o_init_limits=clear",
    "o_init_rules=fits",
    "o_reach=all",
    "o_raad_decides=no",
    "o_raad=told",
    "o_wethouder=close",
    "o_horizon=long",
    "o_init_contact=mandate",
    "o_resources=full",
    "o_init_money=flexible",
    "o_team=chosen",
    "o_init_bridge=backed",
    "o_connected=joint",
    "o_learning=share",
];

/// A fair invitation to adopt a waste bin: a few hours a month in a group, an honest reason,
/// bags and a contact person, written agreements, feedback and a way in without internet.
const RESIDENT_BASE: &[&str] = &[
    "r_task=task",
    "r_time=monthly",
    "r_until=end",
    "r_backup=group",
    "r_room=own_way",
    "r_worries=heard",
    "r_motive=savings",
    "r_expect=say+time+results",
    "r_support=materials+contact+practical",
    "r_return=fits",
    "r_contact=fixed",
    "r_mandate=yes",
    "r_agree=clear",
    "r_commitment=long",
    "r_wethouder=distant",
    "r_feedback=yes",
    "r_info=plain+timely+offline",
    "r_who=broad",
];

/// A group with a community garden of its own, and a municipality that is a good partner: one
/// contact who arranges things across departments, help with the permit, a grant, written
/// agreements that both sides keep, support for years, and a neighbourhood that knows.
const INITIATORS_BASE: &[&str] = &[
    "i_plan=place",
    "i_time=week",
    "i_carriers=core",
    "i_backup=covered",
    "i_share=we",
    "i_contact=bridge",
    "i_response=along",
    "i_feedback=yes",
    "i_rules=helped",
    "i_money=agreed",
    "i_agreements=written",
    "i_horizon=lasting",
    "i_other_plans=no",
    "i_raad=no",
    "i_neighbours=everyone",
];

struct Plan {
    name: &'static str,
    role: Role,
    /// The answers the changes start from.
    base: &'static [&'static str],
    changes: &'static [&'static str],
    verdict: Level,
    /// The first advice items, most important first (at most three).
    top: &'static [&'static str],
}

/// A plan of `role` from `base`: the constructors below name the four starting points.
const fn plan(
    role: Role,
    base: &'static [&'static str],
    name: &'static str,
    changes: &'static [&'static str],
    verdict: Level,
    top: &'static [&'static str],
) -> Plan {
    Plan {
        name,
        role,
        base,
        changes,
        verdict,
        top,
    }
}

type Changes = &'static [&'static str];

const fn official(name: &'static str, changes: Changes, verdict: Level, top: Changes) -> Plan {
    plan(Role::Official, OFFICIAL_BASE, name, changes, verdict, top)
}

/// An official supporting residents' own initiative (o_who), from `SUPPORTING_BASE`.
const fn supporting(name: &'static str, changes: Changes, verdict: Level, top: Changes) -> Plan {
    plan(Role::Official, SUPPORTING_BASE, name, changes, verdict, top)
}

const fn resident(name: &'static str, changes: Changes, verdict: Level, top: Changes) -> Plan {
    plan(Role::Resident, RESIDENT_BASE, name, changes, verdict, top)
}

const fn initiators(name: &'static str, changes: Changes, verdict: Level, top: Changes) -> Plan {
    plan(
        Role::Initiative,
        INITIATORS_BASE,
        name,
        changes,
        verdict,
        top,
    )
}

const PLANS: &[Plan] = &[
    // A consultation: residents only give their view, in a survey and at two evenings. Nothing
    // they carry out, so no coproduction and no support bar; what counts is an honest say,
    // hearing back, and reaching people beyond the usual faces (003-3, 002-1, 002-10, 000-2).
    official(
        "a consultation on the new park: a survey and two evenings, well prepared",
        &[
            "o_ask=opinion",
            "o_duration=weeks",
            "o_room=choose",
            "o_support=contact+info+practical",
            "-o_backup",
            "-o_voluntary",
        ],
        Ready,
        &[],
    ),
    official(
        "a consultation online only, where residents hear back only at the end",
        &[
            "o_ask=opinion",
            "o_duration=weeks",
            "o_room=choose",
            "o_support=contact+info+practical",
            "-o_backup",
            "-o_voluntary",
            "o_offline=online",
            "o_feedback=end",
        ],
        Arrange,
        &["o_feedback", "o_offline"],
    ),
    // Two topics at risk and no knock-out. For a light ask (an opinion, a one-off event) that
    // is "arrange first": the weak topics are things to settle, not a reason to stop. For a
    // heavy ask the same number of weak topics is "not yet", as it rests on residents holding
    // up a service for a long time (000-5).
    official(
        "an online survey on the square, for the usual faces, run on top of other work",
        &[
            "o_ask=opinion",
            "o_duration=weeks",
            "o_room=choose",
            "o_support=contact+info+practical",
            "-o_backup",
            "-o_voluntary",
            "o_existing=unknown",
            "o_motivation=assumed",
            "o_relevance=some",
            "o_expectations=say",
            "o_feedback=end",
            "o_reach=usual",
            "o_offline=online",
            "o_mandate=handover",
            "o_resources=extra",
            "o_team=extra",
            "o_connected=alone",
            "o_learning=evaluate",
        ],
        Arrange,
        &["o_resources", "o_team_room", "o_feedback"],
    ),
    official(
        "residents run the community centre, for the usual faces, run on top of other work",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_few=group",
            "o_existing=unknown",
            "o_motivation=assumed",
            "o_relevance=some",
            "o_expectations=say",
            "o_feedback=end",
            "o_reach=usual",
            "o_offline=online",
            "o_mandate=handover",
            "o_resources=extra",
            "o_team=extra",
            "o_connected=alone",
            "o_learning=evaluate",
        ],
        NotYet,
        &["o_heavy_org", "o_team_room", "o_feedback"],
    ),
    resident(
        "asked once for an opinion, with a general number, slow answers and the usual people",
        &[
            "r_task=input",
            "r_time=little",
            "-r_backup",
            "-r_agree",
            "-r_commitment",
            "r_room=open",
            "r_expect=say+results",
            "r_support=contact",
            "r_contact=desk",
            "r_mandate=slow",
            "r_raad=clear",
            "r_feedback=none",
            "r_info=plain",
            "r_who=usual",
        ],
        Arrange,
        &["r_contact", "r_feedback", "r_who"],
    ),
    initiators(
        "a clean-up day the municipality files away, that the street has not heard of",
        &[
            "i_plan=event",
            "i_time=month",
            "-i_backup",
            "i_contact=shunted",
            "i_response=file",
            "i_feedback=no",
            "i_agreements=none",
            "-i_horizon",
            "i_neighbours=not_yet",
        ],
        Arrange,
        &["i_contact_shunted", "i_agree_none", "i_feedback"],
    ),
    initiators(
        "running the community centre, with little help on the rules and no word back",
        &[
            "i_plan=run",
            "i_time=much",
            "i_carriers=group",
            "i_rules=alone",
            "i_money=looking",
            "i_feedback=no",
            "i_neighbours=not_yet",
            "i_challenge=not_using",
        ],
        NotYet,
        &["i_rules_alone", "i_feedback", "i_neighbours"],
    ),
    // A client council (cliëntenraad, Wmo/participatiewet): a standing seat with meetings and
    // papers to read, for as long as members stay. Training, information and an expense fee are
    // what it needs (000-3, 000-4); a seat that hears nothing back is a seat for show (002-1).
    official(
        "a client council with training, a fee and a say on the policy",
        &[
            "o_ask=advise",
            "o_hours=h2_8",
            "o_duration=open",
            "o_few=group",
            "o_support=contact+training+info+reward+practical",
        ],
        Ready,
        &[],
    ),
    official(
        "a client council without training or a fee, whose advice goes unanswered",
        &[
            "o_ask=advise",
            "o_hours=h2_8",
            "o_duration=open",
            "o_few=group",
            "o_support=contact+practical",
            "o_feedback=none",
        ],
        Arrange,
        &["o_feedback_advice", "o_training", "o_council_fee"],
    ),
    resident(
        "a seat on the client council with training, a fee and answers to its advice",
        &[
            "r_task=council",
            "r_support=contact+training+compensation+practical",
            "r_raad=clear",
        ],
        Ready,
        &[],
    ),
    // ---------- officials ----------
    official(
        "waste bins after a budget cut, said openly, bags and a contact arranged",
        &["o_motive=cut_told"],
        Ready,
        &[],
    ),
    official(
        "waste bins after a budget cut kept quiet, no bags",
        &[
            "o_motive=cut_hidden",
            "o_support=contact+info",
            "o_duration=open",
        ],
        NotYet,
        &["o_ko_hidden_cut", "o_materials"],
    ),
    official(
        "a swimming pool handed to one or two volunteers, no end, nothing arranged",
        &[
            "o_ask=run",
            "o_hours=gt16",
            "o_duration=open",
            "o_few=one",
            "o_backup=none",
            "o_support=nothing",
            "o_motive=cut_told",
            "o_voluntary=pressure",
            "o_resources=start",
        ],
        NotYet,
        &["o_ko_fragile", "o_ko_unsupported", "o_voluntary"],
    ),
    official(
        "a swimming pool run by a steady group, supported for the whole term",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_few=group",
            "o_support=materials+contact+training+info+reward+practical+rules",
        ],
        Ready,
        &[],
    ),
    official(
        "a neighbourhood-watch app: residents report, no end date",
        &[
            "o_ask=report",
            "o_duration=open",
            "-o_backup",
            "-o_voluntary",
        ],
        Ready,
        &[],
    ),
    official(
        "a square whose redesign is already decided, input asked anyway",
        &[
            "o_ask=think",
            "o_room=decided",
            "o_feedback=end",
            "o_start_when=late",
            "o_raad_decides=yes",
            "-o_backup",
            "-o_voluntary",
        ],
        NotYet,
        &["o_ko_decided"],
    ),
    official(
        "a square where the council decides, and nobody told the participants",
        &[
            "o_ask=think",
            "o_room=choose",
            "o_raad_decides=yes",
            "o_raad=defined",
            "o_wethouder=distance",
            "-o_backup",
            "-o_voluntary",
        ],
        NotYet,
        &["o_ko_raad", "o_wethouder"],
    ),
    official(
        "a client council in a care institution: the gemeenteraad has nothing to decide",
        &[
            "o_ask=advise",
            "o_hours=h2_8",
            "o_duration=open",
            "o_few=group",
            "o_support=contact+training+info+reward+practical",
            "o_raad=defined",
        ],
        Arrange,
        &["o_raad_tell"],
    ),
    official(
        "waste-bin adoption, council role settled but not told, the council decides nothing",
        &["o_raad=defined"],
        Arrange,
        &["o_raad_tell"],
    ),
    official(
        "a community centre to take over, and nobody knows the room or the council",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_room=?",
            "o_raad_decides=?",
            "o_raad=?",
            "o_support=materials+contact+training+info+reward+practical+rules",
        ],
        NotYet,
        &["o_dk_room", "o_dk_raad"],
    ),
    official(
        "a plan where almost everything is unknown",
        &[
            "o_hours=?",
            "o_duration=?",
            "o_few=?",
            "o_backup=?",
            "o_room=?",
            "o_voluntary=?",
            "o_support=?",
            "o_contact=?",
            "o_feedback=?",
            "o_raad_decides=?",
            "o_raad=?",
            "o_resources=?",
        ],
        NotYet,
        &["o_dk_room", "o_dk_raad"],
    ),
    official(
        "only details left to decide, and residents are told so",
        &["o_ask=think", "o_room=details", "-o_backup", "-o_voluntary"],
        Ready,
        &["o_details_told"],
    ),
    official(
        "only details left to decide, and nobody says so",
        &[
            "o_ask=think",
            "o_room=details",
            "o_expectations=time+when",
            "-o_backup",
            "-o_voluntary",
        ],
        Arrange,
        &["o_details"],
    ),
    official(
        "participation squeezed in beside the regular work",
        &["o_resources=extra", "o_team=extra", "o_feedback=end"],
        Arrange,
        &["o_resources", "o_team_room", "o_feedback"],
    ),
    official(
        "a green space looked after, no contact planned after the start",
        &["o_contact=none"],
        Arrange,
        &["o_contact"],
    ),
    // Pressure is judged as the resident's r_pressure is: coproduction rests on taking part
    // freely (000-6), so a service residents are pushed into does not start yet.
    official(
        "a care cooperative that residents feel pushed into",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_voluntary=pressure",
            "o_support=materials+contact+training+info+reward+practical+rules",
        ],
        NotYet,
        &["o_voluntary"],
    ),
    official(
        "a heavy task shared by many, but no support arranged",
        &["o_ask=run", "o_hours=h8_16", "o_support=nothing"],
        NotYet,
        &["o_ko_unsupported"],
    ),
    official(
        "a heavy task with money only for the start",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_resources=start",
            "o_support=materials+contact+training+info+reward+practical+rules",
        ],
        Arrange,
        &["o_heavy_org"],
    ),
    official(
        "a policy plan written first, residents asked late on a topic of the municipality's",
        &[
            "o_ask=think",
            "o_start_when=late",
            "o_relevance=ours",
            "o_reach=usual",
            "-o_backup",
            "-o_voluntary",
        ],
        Arrange,
        &["o_start_late", "o_reach", "o_relevance"],
    ),
    official(
        "an alderman at a distance from a waste-bin adoption",
        &["o_wethouder=distance"],
        Ready,
        &[],
    ),
    official(
        "an alderman at a distance from a plan the council decides on",
        &[
            "o_ask=think",
            "o_wethouder=distance",
            "o_raad_decides=yes",
            "-o_backup",
            "-o_voluntary",
        ],
        Arrange,
        &["o_wethouder"],
    ),
    official(
        "neighbourhood activities, the reason still unclear, staff held back by rules",
        &["o_ask=organise", "o_motive=unclear", "o_team=rules"],
        Arrange,
        &["o_motive", "o_team_rules"],
    ),
    official(
        "a playground adopted by a handful, with part of the work covered",
        &[
            "o_few=few",
            "o_backup=partly",
            "o_support=materials+contact",
        ],
        Arrange,
        &["o_backup", "o_training"],
    ),
    official(
        "a group organising activities that hears nothing in advance",
        &["o_ask=organise", "o_expectations=none"],
        Arrange,
        &["o_expect_none"],
    ),
    // ---------- officials supporting residents' own initiative ----------
    supporting(
        "neighbourhood activities residents started, the municipality moves along",
        &[],
        Ready,
        &[],
    ),
    supporting(
        "a group takes over the pool; its contact must ask permission for everything",
        &[
            "o_who=takeover",
            "o_ask=run",
            "o_hours=h8_16",
            "o_duration=open",
            "o_voluntary=stop_hard",
            "o_support=materials+contact+training+info+reward+practical+rules",
            "o_init_contact=asks",
            "o_init_challenge=known",
            "o_raad_decides=yes",
        ],
        NotYet,
        &["o_init_ko_contact"],
    ),
    supporting(
        "two volunteers take over the pool the municipality would close, nobody behind them",
        &[
            "o_who=takeover",
            "o_ask=run",
            "o_hours=gt16",
            "o_duration=open",
            "o_few=one",
            "o_backup=none",
            "o_voluntary=pressure",
            "o_init_challenge=known",
            "o_support=materials+contact+training+info+reward+practical+rules",
        ],
        NotYet,
        &["o_ko_fragile", "o_voluntary"],
    ),
    supporting(
        "a community garden on a lawn, stuck in the usual permit procedure",
        &["o_ask=maintain", "o_init_rules=stuck"],
        Arrange,
        &["o_init_rules"],
    ),
    supporting(
        "a request to take over park maintenance, and nobody knows the uitdaagrecht procedure",
        &[
            "o_who=takeover",
            "o_ask=maintain",
            "o_init_challenge=?",
            "o_raad_decides=yes",
        ],
        Arrange,
        &["o_init_dk_challenge"],
    ),
    supporting(
        "a community garden on a lawn, where nobody knows yet what the municipality will do or how it keeps in touch",
        &["o_ask=maintain", "o_init_limits=?", "o_contact=?"],
        Arrange,
        &["o_init_dk_limits"],
    ),
    supporting(
        "an uitdaagrecht in the verordening, but request, assessment and agreement not worked out",
        &["o_who=takeover", "o_ask=maintain", "o_init_challenge=unclear"],
        Arrange,
        &["o_init_challenge"],
    ),
    supporting(
        "park maintenance taken over under a worked-out uitdaagrecht",
        &["o_who=takeover", "o_ask=maintain", "o_init_challenge=known"],
        Ready,
        &[],
    ),
    // The Wet versterking participatie op decentraal niveau obliges every municipality to set out
    // the uitdaagrecht in its participatieverordening: a bylaw without one is a gap to close
    // before the takeover starts, not a neutral choice.
    supporting(
        "a takeover where the verordening has no uitdaagrecht yet, agreed in another way",
        &["o_who=takeover", "o_ask=maintain", "o_init_challenge=without"],
        Arrange,
        &["o_init_without"],
    ),
    supporting(
        "a care cooperative whose money fits no scheme",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_duration=open",
            "o_support=materials+contact+training+info+reward+practical+rules",
            "o_init_money=no_fit",
        ],
        Arrange,
        &["o_init_money"],
    ),
    supporting(
        "residents want to run the community centre, and the municipality cannot say what it will do",
        &[
            "o_ask=run",
            "o_hours=h8_16",
            "o_support=materials+contact+training+info+reward+practical+rules",
            "o_init_limits=open",
        ],
        NotYet,
        &["o_init_ko_limits"],
    ),
    supporting(
        "a playground plan handled as an application, residents hear only the decision",
        &["o_ask=maintain", "o_listen=file"],
        Arrange,
        &["o_init_file"],
    ),
    supporting(
        "a green strip adopted by residents who go from department to department",
        &[
            "o_ask=maintain",
            "o_init_contact=departments",
            "o_init_bridge=none",
            "o_connected=alone",
        ],
        Arrange,
        &["o_init_contact", "o_connect_plans"],
    ),
    supporting(
        "an initiative the municipality listens to, but agreements only in its own head",
        &["o_listen=listens", "o_init_limits=ours", "o_contact=regular"],
        Arrange,
        &["o_init_limits_write", "o_init_listen"],
    ),
    // o_init_limits says who does what; o_contact, beside it, the contact alone.
    supporting(
        "a neighbourhood initiative in regular touch, what each side does recorded together",
        &["o_contact=regular"],
        Ready,
        &[],
    ),
    supporting(
        "a community garden the municipality hears from only when the residents call",
        &["o_ask=maintain", "o_contact=on_call"],
        Arrange,
        &["o_init_in_touch"],
    ),
    // ---------- residents ----------
    resident("a fair waste-bin adoption", &[], Ready, &[]),
    resident(
        "a waste bin with no bags and no reason given",
        &["r_support=contact", "r_motive=none"],
        Arrange,
        &["r_materials", "r_motive"],
    ),
    resident(
        "a waste bin, a quarter of an hour a week, no end date but free to stop",
        &["r_time=little", "r_until=open_free"],
        Ready,
        &[],
    ),
    resident(
        "helping run the pool every week, a few of us, nothing arranged",
        &[
            "r_task=run",
            "r_time=weekly",
            "r_until=open",
            "r_backup=few",
            "r_support=nothing",
            "r_raad=clear",
        ],
        NotYet,
        &["r_fragile", "r_unsupported", "r_long_open"],
    ),
    resident(
        "pushed to join",
        &["r_return=pressure"],
        NotYet,
        &["r_pressure"],
    ),
    resident(
        "a neighbourhood watch: who is the contact, and will I hear back?",
        &["r_contact=?", "r_feedback=?", "r_agree=loose"],
        Arrange,
        &["r_dk_key", "r_agree"],
    ),
    resident(
        "an evening on a square that is already decided",
        &[
            "r_task=input",
            "r_time=little",
            "-r_until",
            "-r_backup",
            "r_room=decided",
            "r_raad=clear",
            "r_feedback=promised",
        ],
        NotYet,
        &["r_decided"],
    ),
    resident(
        "a seat on a client council with only a contact person",
        &["r_task=council", "r_support=contact", "r_raad=no_role"],
        Arrange,
        &["r_heavy_training"],
    ),
    resident(
        "input where nobody can say what the council decides",
        &["r_task=input", "r_time=little", "-r_backup", "r_raad=asked"],
        NotYet,
        &["r_raad_unknown"],
    ),
    resident(
        "input where the council's role was never mentioned",
        &[
            "r_task=input",
            "r_time=little",
            "-r_backup",
            "r_raad=not_told",
        ],
        Arrange,
        &["r_raad_ask"],
    ),
    resident(
        "reporting in a neighbourhood app and never hearing back",
        &[
            "r_task=report",
            "r_time=little",
            "-r_backup",
            "r_feedback=none",
        ],
        Arrange,
        &["r_feedback_reports"],
    ),
    resident(
        "running the community centre with a group, well supported",
        &[
            "r_task=run",
            "r_time=weekly",
            "r_raad=clear",
            "r_support=materials+contact+budget+training+compensation+practical+rules",
        ],
        Ready,
        &[],
    ),
    resident(
        "nobody said anything beforehand",
        &["r_expect=nothing"],
        Arrange,
        &["r_expect_none"],
    ),
    resident(
        "only small things left to decide, and not told which",
        &["r_room=small", "r_expect=time+results"],
        Arrange,
        &["r_small_say"],
    ),
    // Told beforehand which small things: honest, so the choice is the resident's own.
    resident(
        "only small things left to decide, and told which beforehand",
        &["r_room=small"],
        Ready,
        &["r_small_told"],
    ),
    resident(
        "a task with no end that is hard to stop",
        &["r_until=open"],
        Arrange,
        &["r_long_open"],
    ),
    // More than four hours a week is a heavy ask (000-5), and advice when it was said up front;
    // not said beforehand (004-1), it is something to ask before joining, as fewer hours are.
    resident(
        "looking after the green more than four hours a week, as the municipality said beforehand",
        &["r_time=much", "r_support=materials+contact+practical+compensation"],
        Ready,
        &["r_time_much"],
    ),
    resident(
        "looking after the green more than four hours a week, which nobody said beforehand",
        &[
            "r_time=much",
            "r_expect=say+results",
            "r_support=materials+contact+practical+compensation",
        ],
        Arrange,
        &["r_time_much_untold"],
    ),
    resident(
        "a sounding board that takes more than four hours a week, unpaid",
        &["r_task=input", "r_time=much", "r_support=contact"],
        Arrange,
        &["r_time_much"],
    ),
    resident(
        "a waste bin that all depends on me",
        &["r_backup=alone"],
        Arrange,
        &["r_heavy_alone"],
    ),
    // ---------- initiators (source 002; the pool and the community centre of 001) ----------
    initiators(
        "a community garden with a steady group and a municipality that is a good partner",
        &[],
        Ready,
        &[],
    ),
    initiators(
        "taking over the swimming pool with three volunteers and nobody to follow on",
        &[
            "i_plan=takeover",
            "i_carriers=few",
            "i_backup=searching",
            "i_time=much",
            "i_challenge=using",
        ],
        NotYet,
        &["i_fragile", "i_time_much"],
    ),
    initiators(
        "taking over the pool with a big group, but the municipality says there is no money",
        &[
            "i_plan=takeover",
            "i_carriers=group",
            "i_money=no_pot",
            "i_challenge=using",
        ],
        NotYet,
        &["i_no_money"],
    ),
    initiators(
        "running the community centre with a group, well supported, using the right to challenge",
        &["i_plan=run", "i_challenge=using", "i_raad=known"],
        Ready,
        &[],
    ),
    initiators(
        "a care cooperative told there is no budget for it",
        &["i_plan=run", "i_challenge=none", "i_money=no_pot"],
        NotYet,
        &["i_no_money"],
    ),
    initiators(
        "an energy cooperative of its own, well supported, where the bylaw has no right to challenge yet",
        &["i_plan=run", "i_carriers=group", "i_challenge=none", "i_raad=known"],
        Ready,
        &[],
    ),
    initiators(
        "a weekly coffee morning that needs a small budget nobody can find",
        &["i_plan=activity", "i_money=not_found"],
        Arrange,
        &["i_money_find"],
    ),
    initiators(
        "a street party treated as a permit application, with nobody to help",
        &["i_plan=event", "i_response=file", "i_rules=alone"],
        Arrange,
        &["i_response_file", "i_rules_alone"],
    ),
    initiators(
        "an idea for benches in the park, taken up by a contact who keeps us posted",
        &["i_plan=idea"],
        Ready,
        &[],
    ),
    initiators(
        "an idea heard at a meeting, after which nothing happens",
        &["i_plan=idea", "i_response=ignored"],
        NotYet,
        &["i_ignored"],
    ),
    initiators(
        "a playground that a rule stops for now",
        &["i_rules=blocked"],
        NotYet,
        &["i_blocked"],
    ),
    initiators(
        "a neighbourhood watch sent from desk to desk",
        &["i_plan=activity", "i_contact=shunted"],
        Arrange,
        &["i_contact_shunted"],
    ),
    initiators(
        "an energy cooperative waiting for a council decision nobody can date",
        &["i_plan=run", "i_challenge=not_using", "i_raad=unclear"],
        NotYet,
        &["i_raad_unclear"],
    ),
    initiators(
        "taking over the pool with a big group, but the contact cannot decide anything",
        &[
            "i_plan=takeover",
            "i_carriers=group",
            "i_challenge=not_using",
            "i_contact=no_say",
        ],
        NotYet,
        &["i_contact_heavy"],
    ),
    // The Wet versterking participatie op decentraal niveau obliges every municipality to set
    // out the right to challenge in its participatieverordening: one that has not is behind, and
    // the group asks how its request is handled meanwhile before it starts.
    initiators(
        "taking over the green spaces where the bylaw has no right to challenge yet",
        &["i_plan=takeover", "i_carriers=group", "i_challenge=none"],
        Arrange,
        &["i_challenge_none"],
    ),
    initiators(
        "a big group taking over the swimming pool, well supported, in a municipality that has not arranged the right to challenge",
        &["i_plan=takeover", "i_carriers=group", "i_challenge=none", "i_raad=known"],
        Arrange,
        &["i_challenge_none"],
    ),
    initiators(
        "three neighbours start a garden: no contact yet, no money found, rules unknown",
        &[
            "i_carriers=few",
            "i_backup=searching",
            "i_contact=none",
            "i_rules=?",
            "i_money=not_found",
            "i_horizon=?",
            "i_other_plans=?",
            "i_raad=?",
            "i_neighbours=some",
        ],
        Arrange,
        &["i_dk_key", "i_contact_none", "i_few"],
    ),
    initiators(
        "a garden group that has not talked to the municipality yet",
        &["i_contact=none"],
        Arrange,
        &["i_contact_none"],
    ),
    initiators(
        "a group that has the idea and expects the municipality to do the rest",
        &["i_plan=activity", "i_share=municipality"],
        Arrange,
        &["i_municipality_does"],
    ),
    initiators(
        "a steady group running the community centre more than a day a week, expecting the municipality to do the rest",
        &["i_plan=run", "i_time=much", "i_share=municipality", "i_challenge=not_using"],
        Arrange,
        &["i_municipality_does", "i_time_much_own"],
    ),
    initiators(
        "agreements by word of mouth with a contact who cannot decide",
        &["i_plan=activity", "i_contact=no_say", "i_agreements=spoken"],
        Arrange,
        &["i_contact_no_say", "i_agree_spoken"],
    ),
    initiators(
        "running the community centre while the municipality does not keep its agreements",
        &["i_plan=run", "i_challenge=not_using", "i_agreements=broken"],
        NotYet,
        &["i_broken_heavy"],
    ),
    initiators(
        "a vegetable garden that does not know the rules or the money yet",
        &["i_rules=?", "i_money=?"],
        Arrange,
        &["i_dk_key"],
    ),
    initiators(
        "taking over the green spaces without knowing whether there is a right to challenge",
        &["i_plan=takeover", "i_carriers=group", "i_challenge=?"],
        Arrange,
        &["i_challenge_look_up"],
    ),
    initiators(
        "a lasting repair café supported only for a trial of a few months",
        &["i_plan=activity", "i_horizon=trial"],
        Arrange,
        &["i_horizon_short"],
    ),
    initiators(
        "a clean-up day that only part of the street knows about",
        &["i_plan=event", "i_neighbours=some"],
        Arrange,
        &["i_neighbours"],
    ),
    initiators(
        "a street party organised by one person",
        &["i_plan=event", "i_carriers=alone"],
        Ready,
        &[],
    ),
    initiators(
        "a playground in a street that will be dug up, and nobody links the plans",
        &["i_other_plans=unlinked"],
        Arrange,
        &["i_other_plans"],
    ),
];

/// The base answers with `changes` applied, in the notation above.
fn answers_for(role: Role, base: &[&'static str], changes: &[&'static str]) -> Answering {
    let mut a = Answering::new(role);
    for &change in base.iter().chain(changes) {
        if let Some(id) = change.strip_prefix('-') {
            a.answers.remove(id);
            continue;
        }
        let (id, value) = change.split_once('=').expect("q=value");
        let q = flow::question(&CONTENT, id).unwrap_or_else(|| panic!("unknown question {id}"));
        a = match value {
            "?" => a.does_not_know(q.id),
            v if v.contains('+') || q.kind == coproductiecheck::model::content::Kind::Multi => {
                let codes: Vec<&'static str> = v
                    .split('+')
                    .map(|c| {
                        q.options
                            .iter()
                            .find(|o| o.code == c)
                            .unwrap_or_else(|| panic!("{id} has no option {c}"))
                            .code
                    })
                    .collect();
                a.ticks(q.id, &codes)
            }
            v => {
                let code = q
                    .options
                    .iter()
                    .find(|o| o.code == v)
                    .unwrap_or_else(|| panic!("{id} has no option {v}"))
                    .code;
                a.says(q.id, code)
            }
        };
    }
    a
}

fn check(plan: &Plan) -> Assessment {
    answers_for(plan.role, plan.base, plan.changes).check()
}

#[test]
fn there_are_at_least_thirty_plans_in_both_roles() {
    let count = |role| PLANS.iter().filter(|p| p.role == role).count();
    assert!(PLANS.len() >= 30);
    assert!(count(Role::Official) >= 15 && count(Role::Resident) >= 10);
    assert!(count(Role::Initiative) >= 12);
    for level in [NotYet, Arrange, Ready] {
        for role in Role::ALL {
            assert!(
                PLANS.iter().any(|p| p.role == role && p.verdict == level),
                "no {role:?} plan reaches {level:?}"
            );
        }
    }
}

#[test]
fn each_plan_gets_the_verdict_and_top_advice_a_careful_advisor_gives() {
    let mut wrong = Vec::new();
    for plan in PLANS {
        let a = check(plan);
        let top: Vec<&str> = advice(&a).into_iter().take(plan.top.len().max(3)).collect();
        let expected_top: Vec<&str> = plan.top.to_vec();
        let shown: Vec<&str> = top.iter().take(plan.top.len()).copied().collect();
        if a.level != plan.verdict
            || shown != expected_top
            || (plan.top.is_empty()
                && a.level == Ready
                && a.advice.iter().any(|x| x.rule.priority < 50))
        {
            wrong.push(format!(
                "{}: got {:?} with {:?}, expected {:?} with {:?}",
                plan.name,
                a.level,
                advice(&a),
                plan.verdict,
                plan.top
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn no_plan_buries_the_important_points() {
    // At most five items up front; a knock-out is always among them, and so is every item
    // that keeps the verdict from "ready".
    for plan in PLANS {
        let a = check(plan);
        let (front, rest) = a.advice_split();
        assert!(front.len() <= UP_FRONT, "{}", plan.name);
        assert_eq!(front.len() + rest.len(), a.advice.len());
        assert!(
            rest.iter().all(|x| !x.rule.knockout),
            "{}: a knock-out is folded away",
            plan.name
        );
        let (asks, _) = a.follow_ups_split();
        assert!(asks.len() <= UP_FRONT);
    }
}

#[test]
fn a_knocked_out_topic_says_risk_in_bar_number_and_words() {
    for plan in PLANS {
        let a = check(plan);
        for d in a.dimensions.iter().filter(|d| d.knocked_out) {
            assert_eq!(d.status, Status::Risk, "{}: {}", plan.name, d.dimension.id);
            assert!(
                d.score.is_none_or(|s| s < d.risk_below),
                "{}: {} shows {:?} beside \"risk\" (risk below {})",
                plan.name,
                d.dimension.id,
                d.score,
                d.risk_below
            );
        }
    }
}

#[test]
fn every_cause_is_an_answer_that_was_given() {
    for plan in PLANS {
        let a = answers_for(plan.role, plan.base, plan.changes);
        let r = a.check();
        for item in &r.advice {
            assert!(
                !item.causes.is_empty(),
                "{}: {} has no cause",
                plan.name,
                item.rule.id
            );
            for q in &item.causes {
                assert!(
                    a.answers
                        .get(q.id)
                        .is_some_and(|x| !matches!(x, Answer::Many(v) if v.is_empty())),
                    "{}: {} names {} which was not answered",
                    plan.name,
                    item.rule.id,
                    q.id
                );
            }
        }
    }
}

#[test]
fn the_level_of_participation_follows_the_room_and_the_task() {
    let base = |role| match role {
        Role::Official => OFFICIAL_BASE,
        Role::Resident => RESIDENT_BASE,
        Role::Initiative => INITIATORS_BASE,
    };
    let level = |role, changes: &'static [&'static str]| {
        answers_for(role, base(role), changes)
            .check()
            .ladder
            .map(|l| l.id)
    };
    assert_eq!(
        level(Role::Official, &["o_room=decided"]),
        Some("informeren")
    );
    assert_eq!(
        level(Role::Official, &["o_room=details"]),
        Some("raadplegen")
    );
    // Choosing between the municipality's options brings no problem or solution of one's own.
    assert_eq!(
        level(Role::Official, &["o_room=choose"]),
        Some("raadplegen")
    );
    assert_eq!(level(Role::Official, &["o_room=how"]), Some("coproduceren"));
    assert_eq!(
        level(Role::Official, &["o_room=goal"]),
        Some("meebeslissen")
    );
    assert_eq!(
        level(Role::Official, &["o_ask=run", "o_room=how"]),
        Some("zelfbeheer"),
        "residents who run the service manage it themselves"
    );
    assert_eq!(level(Role::Official, &["-o_room", "o_ask=think"]), None);
    assert_eq!(
        level(Role::Resident, &["r_task=council", "r_room=small"]),
        Some("adviseren")
    );
    // Adopting a bin is coproduction in the sources' sense (delivering a service together);
    // sharing ideas on a plan is not.
    assert!(
        answers_for(Role::Official, OFFICIAL_BASE, &[])
            .check()
            .delivers
    );
    assert!(
        !answers_for(Role::Official, OFFICIAL_BASE, &["o_ask=think"])
            .check()
            .delivers
    );
    // Residents' own initiative: they arrange and manage it, the municipality supports them.
    assert_eq!(
        answers_for(Role::Official, SUPPORTING_BASE, &[])
            .check()
            .ladder
            .map(|l| l.id),
        Some("zelfbeheer")
    );
    // The initiators' own plan is self-management; an idea the municipality carries out is
    // advice it takes seriously.
    assert_eq!(
        level(Role::Initiative, &["i_plan=activity"]),
        Some("zelfbeheer")
    );
    assert_eq!(level(Role::Initiative, &["i_plan=idea"]), Some("adviseren"));
}

/// A share link made before o_who existed has no answer to it: it must read as "the municipality
/// asks", with the same questions, verdict, advice and certainty as an answer of "ask".
#[test]
fn an_unanswered_who_starts_counts_as_the_municipality_asks() {
    for plan in PLANS
        .iter()
        .filter(|p| p.role == Role::Official && !p.base.contains(&"o_who=initiative"))
    {
        let old = answers_for(plan.role, plan.base, plan.changes);
        let new = answers_for(plan.role, plan.base, plan.changes).says("o_who", "ask");
        let (o, n) = (old.check(), new.check());
        assert_eq!(o.level, n.level, "{}", plan.name);
        assert_eq!(advice(&o), advice(&n), "{}", plan.name);
        assert_eq!(
            (o.applicable, o.known),
            (n.applicable, n.known),
            "{}",
            plan.name
        );
        let steps = |a: &Answering| -> Vec<&str> {
            flow::steps(&CONTENT, a.role, &a.answers)
                .iter()
                .map(|q| q.id)
                .filter(|id| *id != "o_who")
                .collect()
        };
        assert_eq!(steps(&old), steps(&new), "{}", plan.name);
    }
}

#[test]
fn an_initiative_is_asked_as_a_partner_not_as_an_ask() {
    let steps = |changes: &'static [&'static str]| -> Vec<&'static str> {
        let a = answers_for(Role::Official, SUPPORTING_BASE, changes);
        flow::steps(&CONTENT, a.role, &a.answers)
            .iter()
            .map(|q| q.id)
            .collect()
    };
    let own = steps(&[]);
    for hidden in [
        "o_room",
        "o_motive",
        "o_expectations",
        "o_feedback",
        "o_mandate",
    ] {
        assert!(!own.contains(&hidden), "{hidden} is asked of an initiative");
    }
    for asked in [
        "o_listen",
        "o_init_contact",
        "o_init_limits",
        "o_backup",
        "o_connected",
    ] {
        assert!(
            own.contains(&asked),
            "{asked} is not asked of an initiative"
        );
    }
    assert!(
        !own.contains(&"o_init_challenge"),
        "only a takeover is asked about the uitdaagrecht"
    );
    assert!(steps(&["o_who=takeover"]).contains(&"o_init_challenge"));
    let ask = steps(&["o_who=ask"]);
    assert!(ask.contains(&"o_room") && !ask.contains(&"o_listen"));
}

#[test]
#[ignore = "prints the table of plans for a note: cargo test --test plans -- --ignored --nocapture"]
fn print_the_table_of_plans() {
    for plan in PLANS {
        let a = check(plan);
        println!(
            "| {} | {:?} | {:?} | {} |",
            plan.name,
            plan.role,
            a.level,
            advice(&a)
                .into_iter()
                .take(3)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
}

/// A tool to read by: every plan's sheet and document, start to end, as a person gets them.
/// `PLAN=part` keeps the plans whose name contains it, `EN=1` reads them in English, `DOCS=1`
/// adds an official's participation plan and report:
/// `PLAN=adopt EN=1 cargo test --test plans read_the_plans -- --ignored --nocapture`.
#[test]
#[ignore = "a tool to read whole sheets and documents by"]
fn read_the_plans() {
    use coproductiecheck::model::{paperwork, Lang};
    let lang = if std::env::var("EN").is_ok() {
        Lang::En
    } else {
        Lang::Nl
    };
    let only = std::env::var("PLAN").unwrap_or_default();
    for plan in PLANS.iter().filter(|p| p.name.contains(&only)) {
        let a = answers_for(plan.role, plan.base, plan.changes);
        let shared = coproductiecheck::model::share::Shared {
            lang,
            ..common::shared(a.clone(), plan.name)
        };
        let r = a.check();
        println!("\n\n################ {} ({:?})", plan.name, plan.role);
        for q in flow::steps(&CONTENT, plan.role, &a.answers) {
            let given = match a.answers.get(q.id) {
                None => "-".to_string(),
                Some(Answer::DontKnow) => "?".to_string(),
                Some(x) => x.codes().join("+"),
            };
            println!("  {}: {} [{}]", q.id, given, q.short.get(lang));
        }
        println!(
            "\n== {}\n{}",
            r.verdict.title.get(lang),
            r.verdict.summary.get(lang)
        );
        println!("   {}", r.intensity_level.about_for(plan.role).get(lang));
        for d in &r.dimensions {
            println!(
                "   - {}: {:?}",
                d.dimension.name_for(plan.role).get(lang),
                d.status
            );
        }
        for x in &r.advice {
            println!(
                "\n * {} [{}] {:?}\n   {}\n   > {}",
                x.title(lang),
                x.rule.id,
                x.sources(),
                x.text(lang),
                x.change(lang)
            );
        }
        for f in &r.follow_ups {
            println!(" ? {} [{}]", f.text.get(lang), f.question.id);
        }
        let doc = if plan.role == Role::Official {
            let levels = paperwork::phase_levels(&CONTENT, &shared);
            paperwork::paragraph(&CONTENT, &shared, levels, lang)
        } else {
            paperwork::letter(&CONTENT, &shared, lang)
        };
        println!("\n-- document --\n{}", paperwork::as_text(&doc, lang));
        if plan.role == Role::Official && std::env::var("DOCS").is_ok() {
            let cx = paperwork::Context::new(&CONTENT, &shared, lang);
            for doc in [
                coproductiecheck::model::plan::plan(&cx),
                coproductiecheck::model::plan::report(&cx),
            ] {
                println!("\n-- document --\n{}", paperwork::as_text(&doc, lang));
            }
        }
    }
}

/// The named plan's sheet (follow-ups) and participation paragraph, as text.
fn sheet_and_paragraph(name: &str, extra: &[&'static str]) -> (Vec<String>, String) {
    use coproductiecheck::model::{paperwork, Lang};
    let plan = PLANS
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no plan {name}"));
    let changes: Vec<&'static str> = plan.changes.iter().chain(extra).copied().collect();
    let a = answers_for(plan.role, plan.base, &changes);
    let shared = common::shared(a.clone(), plan.name);
    let follow_ups = a
        .check()
        .follow_ups
        .iter()
        .map(|f| f.text.get(Lang::Nl).to_string())
        .collect();
    let levels = paperwork::phase_levels(&CONTENT, &shared);
    let doc = paperwork::paragraph(&CONTENT, &shared, levels, Lang::Nl);
    (follow_ups, paperwork::as_text(&doc, Lang::Nl))
}

/// A client council gives advice for as long as its members sit: what it hears back is an answer
/// to each advice, and what it lacks is a term of office, not a project's steps or an end date.
#[test]
fn a_client_council_is_told_to_answer_its_advice_and_agree_a_term() {
    let (follow_ups, paragraph) = sheet_and_paragraph(
        "a client council without training or a fee, whose advice goes unanswered",
        &["o_feedback=?"],
    );
    let all = follow_ups.join("\n");
    assert!(all.contains("Geef op elk advies"), "{all}");
    assert!(all.contains("zittingstermijn"), "{all}");
    assert!(
        !all.contains("na elke stap") && !all.contains("einddatum"),
        "{all}"
    );
    assert!(!paragraph.contains("na elke stap"), "{paragraph}");
}

/// A steady group runs the pool, free to stop, its motives known, with a plan for when someone
/// stops and who does what written down: nothing is left to check about whether it wants to.
#[test]
fn a_steady_group_running_a_pool_leaves_nothing_to_do() {
    let (follow_ups, paragraph) = sheet_and_paragraph(
        "a swimming pool run by a steady group, supported for the whole term",
        &[],
    );
    assert!(follow_ups.is_empty(), "{follow_ups:?}");
    assert!(!paragraph.contains("Nog te doen"), "{paragraph}");
}
