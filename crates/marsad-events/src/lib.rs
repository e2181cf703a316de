//! Political event coding for Arabic news: who did what to whom, where and when, in the
//! PLOVER 2.0 ontology (16 event types, modes, contexts) with the CAMEO code of every event,
//! so the output also serves GDELT/ICEWS users.
//!
//! Method (details and figures in `docs/events.md`): a hand-written trigger lexicon of verbs,
//! passive verbs, nominalizations and evaluative adjectives ([`EventLexicon`], parsed from the
//! text of `resources/events/lexicon.tsv`), matched on clitic-stripped search keys; arguments
//! are attached from the participants of the sentence (document actors, agent nouns, country
//! names and nationality adjectives, merged into phrases: جنود اسرائيليين junūd isrāʾīliyyīn
//! "Israeli soldiers" → ISR MIL) by Arabic word order (VSO for singular verbs, SVO for plural
//! ones), the prepositions that mark recipients (مع، الى، ضد، على، بحق, clitic ب/ل), the
//! genitive after nouns (اغتيال X "the assassination of X": X is the recipient) and the
//! speaker of a quote for first-person triggers (نشكر روسيا naškuru rūsiyā "we thank Russia").
//!
//! Pure: no I/O, no global state; never fails on text.

mod capitals;
mod code;
pub mod lexicon;
mod merge;

pub use code::{code_events, EventInput};
pub use lexicon::{EventLexicon, LexiconError};
pub use merge::{dedup_document, merge_across, MergeKey, MergedCounts};

use std::ops::Range;

/// The 16 PLOVER 2.0 event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventType {
    pub const ALL: [EventType; 16] = [
        EventType::Agree,
        EventType::Consult,
        EventType::Support,
        EventType::Concede,
        EventType::Cooperate,
        EventType::Aid,
        EventType::Retreat,
        EventType::Request,
        EventType::Accuse,
        EventType::Reject,
        EventType::Threaten,
        EventType::Protest,
        EventType::Sanction,
        EventType::Mobilize,
        EventType::Coerce,
        EventType::Assault,
    ];

    /// The PLOVER name: `AGREE`, `CONSULT`, …
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Agree => "AGREE",
            EventType::Consult => "CONSULT",
            EventType::Support => "SUPPORT",
            EventType::Concede => "CONCEDE",
            EventType::Cooperate => "COOPERATE",
            EventType::Aid => "AID",
            EventType::Retreat => "RETREAT",
            EventType::Request => "REQUEST",
            EventType::Accuse => "ACCUSE",
            EventType::Reject => "REJECT",
            EventType::Threaten => "THREATEN",
            EventType::Protest => "PROTEST",
            EventType::Sanction => "SANCTION",
            EventType::Mobilize => "MOBILIZE",
            EventType::Coerce => "COERCE",
            EventType::Assault => "ASSAULT",
        }
    }

    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL.iter().copied().find(|t| t.as_str() == s)
    }

    /// PLOVER quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict (PLOVER manual, "Quad categories in PLOVER"; the same numbering as
    /// GDELT's QuadClass).
    pub fn quad_class(self) -> u8 {
        use EventType::*;
        match self {
            Agree | Consult | Support | Concede => 1,
            Cooperate | Aid | Retreat => 2,
            Request | Accuse | Reject | Sanction | Threaten => 3,
            Protest | Mobilize | Coerce | Assault => 4,
        }
    }

    /// The PLOVER conflict–cooperation score of the type (manual table "PLOVER
    /// conflict–cooperation scores"), refined by mode where the table has one.
    pub fn score(self, mode: Option<&str>) -> f32 {
        use EventType::*;
        let by_mode = match (self, mode) {
            (Consult, Some("visit")) => Some(4.0),
            (Consult, Some("third-party")) => Some(1.0),
            (Consult, Some("multilateral")) => Some(4.0),
            (Consult, Some("phone")) => Some(1.5),
            (Retreat, Some("withdraw")) => Some(8.0),
            (Retreat, Some("release")) => Some(6.5),
            (Retreat, Some("ceasefire")) => Some(7.5),
            (Retreat, Some("resign")) => Some(4.5),
            (Accuse, Some("disapprove")) => Some(-2.0),
            (Accuse, Some("allege")) => Some(-3.5),
            (Protest, Some("strike")) => Some(-5.0),
            (Protest, Some("obstruct")) => Some(-4.5),
            (Sanction, Some("expel")) => Some(-5.5),
            (Mobilize, Some("troops")) => Some(-6.5),
            (Coerce, Some("arrest")) => Some(-7.0),
            (Assault, Some("abduct")) => Some(-8.5),
            (Assault, Some("torture")) => Some(-8.5),
            (Assault, Some("sexual")) => Some(-8.5),
            (Assault, Some("targeted")) => Some(-9.5),
            (Assault, Some("explosives")) => Some(-9.0),
            (Assault, Some("aerial")) => Some(-9.5),
            (Assault, Some("heavy-weapons")) => Some(-9.5),
            (Assault, Some("firearms")) => Some(-9.0),
            (Assault, Some("crowd-control")) => Some(-7.5),
            _ => None,
        };
        by_mode.unwrap_or(match self {
            Agree => 2.5,
            Consult => 2.5,
            Support => 5.0,
            Concede => 4.5,
            Cooperate => 9.5,
            Aid => 10.0,
            Retreat => 6.5,
            Request => 0.0,
            Accuse => -3.0,
            Reject => -2.0,
            Threaten => -3.5,
            Protest => -5.0,
            Sanction => -6.0,
            Mobilize => -5.5,
            Coerce => -7.0,
            Assault => -9.0,
        })
    }
}

/// An actor or recipient of an event, coded UniversalPetrarch-style (country + sector).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// Byte range of the phrase in the text (the quote's speaker mention for first-person
    /// triggers).
    pub range: Range<usize>,
    /// Document actor id (`ph:MOHAMMAD_JAVAD_ZARIF`, `name:…`) when the phrase is a person or
    /// organisation; `None` for agent/country phrases (الشرطة "the police").
    pub id: Option<String>,
    /// CAMEO country code (`IRN`, `IGO`), `None` when unknown.
    pub country: Option<String>,
    /// CAMEO sector code (`GOV`, `MIL`, `CVL`), `None` when unknown.
    pub sector: Option<String>,
}

impl Participant {
    /// `IRNGOV`-style CAMEO actor code (empty when nothing is known).
    pub fn cameo(&self) -> String {
        format!("{}{}", self.country.as_deref().unwrap_or(""), self.sector.as_deref().unwrap_or(""))
    }
    /// What identifies the participant for deduplication: its id, else its codes.
    pub fn key(&self) -> String {
        self.id.clone().unwrap_or_else(|| format!("{}/{}", self.country.as_deref().unwrap_or("-"), self.sector.as_deref().unwrap_or("-")))
    }
}

/// Auxiliary flags (PLOVER "auxiliary modes") of an event mention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventFlags {
    /// لم، لن، لا، ليس before the trigger, or under نفى "denied".
    pub negated: bool,
    /// The future prefix س, سوف, لن, or an intention verb (يعتزم).
    pub future: bool,
    /// Under اذا، لو، في حال "if".
    pub hypothetical: bool,
    /// Inside the content of a quote (reported speech).
    pub reported: bool,
}

/// One coded event (after in-document deduplication: one per distinct event).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub event: EventType,
    /// PLOVER mode (`visit`, `demo`, `targeted`, …).
    pub mode: Option<String>,
    /// PLOVER contexts from sentence keywords (`diplomatic`, `military`, …).
    pub contexts: Vec<String>,
    /// CAMEO event code (`042`, `1823`).
    pub cameo: String,
    pub actors: Vec<Participant>,
    pub recipients: Vec<Participant>,
    /// The trigger of the first mention (one or more words).
    pub trigger: Range<usize>,
    /// Index of the sentence of the first mention.
    pub sentence: usize,
    /// ISO date: the sentence's resolved day, else the publication date.
    pub date: Option<String>,
    /// Index into the document's places (the first toponym of the sentence).
    pub place: Option<usize>,
    pub flags: EventFlags,
    pub confidence: f32,
    /// Lexicon line and attachment rules: `lex:83 قتل; actor=svo; recipient=obj`.
    pub provenance: String,
    /// Triggers of every mention of this event in the document (first one first).
    pub mentions: Vec<Range<usize>>,
}
