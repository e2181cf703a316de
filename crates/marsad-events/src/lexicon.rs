//! The event lexicon: a reviewable TSV (`resources/events/lexicon.tsv`, format documented in
//! its header) parsed from a `&str` into a form table. Verb entries are conjugated here, so
//! the file lists one line per verb, not per form.

use std::collections::HashMap as StdHashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the form table is probed for every Arabic token (several clitic readings each), with
/// short keys; SipHash's DoS resistance buys nothing for a fixed, reviewed table.
#[derive(Clone, Copy, Debug, Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;

use crate::EventType;

/// Part of speech of a trigger entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    /// Active verb (conjugations generated).
    Verb,
    /// Passive verb: the subject is the recipient.
    Passive,
    /// Noun or nominalization (مقتل maqtal "killing of", تظاهرة taẓāhura "demonstration").
    Noun,
    /// Evaluative adjective (الهدامة al-haddāma "destructive"): an accusation by the speaker.
    Adjective,
}

/// Which role the genitive right after a noun trigger takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Genitive {
    None,
    /// تظاهرة الطلاب "the students' demonstration".
    Actor,
    /// اغتيال الحريري "the assassination of Hariri".
    Recipient,
}

/// How a recipient is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecipientMark {
    /// Direct object (the next participant without a preposition).
    Object,
    /// A preposition written as a word (مع، الى، ضد، على، بحق) or as a clitic (ب، ل).
    Prep(String),
}

/// One trigger entry (one line of the lexicon).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub pos: Pos,
    pub event: EventType,
    pub mode: Option<String>,
    pub cameo: String,
    pub recipient: Vec<RecipientMark>,
    /// One of these words must follow within a few tokens (فرض … عقوبات "impose … sanctions").
    pub cues: Vec<String>,
    /// Not when the next word is one of these (فجر اليوم "at dawn today").
    pub not_next: Vec<String>,
    /// Not when one of these words follows within a few tokens (اصيب بكسر "was injured with a
    /// fracture": an injury, not an attack).
    pub not_cues: Vec<String>,
    /// A death/injury word: not an event in an accident or sports sentence.
    pub victim: bool,
    /// Not when the next word starts with this preposition clitic (يدين ب "owes to").
    pub not_prep: Option<char>,
    pub genitive: Genitive,
    pub need_recipient: bool,
    pub need_political: bool,
    /// Needs an actor (رفع لافتات "raised banners" is a protest only with someone raising them:
    /// not the impersonal رفعت في المدن لافتات "banners were raised in the cities").
    pub need_actor: bool,
    pub past_only: bool,
    /// The subject hosts (استقبل "received"): PLOVER codes the visitor as actor.
    pub swap: bool,
    /// Inside a quote, an actor-less event takes the quote's speaker.
    pub speaker: bool,
    /// Undiacritized, the active and passive past are one word (قتل qatala "he killed" /
    /// qutila "he was killed"): read as passive when no object follows.
    pub ambiguous: bool,
    /// The trigger word is itself the actor (المتظاهرون "the demonstrators").
    pub self_actor: bool,
    /// 1-based line in the lexicon: provenance `lex:<line>`.
    pub line: usize,
    /// The first form as written (for provenance).
    pub lemma: String,
}

/// Grammatical person of a matched verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Person {
    Third,
    /// نشكر naškuru "we thank", تباحثنا tabāḥaṯnā "we discussed".
    First,
}

/// What a form (first word) points to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormHit {
    pub entry: u32,
    pub person: Person,
    /// Plural/dual agreement (قتلوا "they killed"): the subject is usually before (SVO).
    pub plural: bool,
    /// Imperfect (present/future) form.
    pub imperfect: bool,
    /// Possessive suffix on a noun (مؤتمره "his conference").
    pub possessive: bool,
    /// Object pronoun on a verb (خطفهم khaṭafahum "he abducted them"): for an attack, the
    /// victim is the pronoun and the verb is active.
    pub object: bool,
    /// Following words of a multi-word form (search keys, ال-less comparison).
    pub rest: Vec<String>,
}

/// Error parsing the lexicon. Lines are 1-based.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconError {
    #[error("line {line}: expected 7 tab-separated fields, found {found}")]
    FieldCount { line: usize, found: usize },
    #[error("line {line}: unknown part of speech {pos:?} (v, vp, n, a, ctx)")]
    Pos { line: usize, pos: String },
    #[error("line {line}: unknown PLOVER event type {event:?}")]
    Event { line: usize, event: String },
    #[error("line {line}: verb forms must be PAST/IMPERFECT-STEM[/EXTRA,…], found {forms:?}")]
    VerbForms { line: usize, forms: String },
    #[error("line {line}: unknown option {option:?}")]
    Option { line: usize, option: String },
}

/// The parsed lexicon.
#[derive(Clone, Debug, Default)]
pub struct EventLexicon {
    entries: Vec<Entry>,
    forms: HashMap<String, Vec<FormHit>>,
    /// Context keyword → PLOVER context.
    contexts: HashMap<String, String>,
    /// Agent nouns whose sector the event coder overrides (المتظاهرون "the demonstrators" →
    /// CVL, as the GSR annotators code them; the UniversalPetrarch agents list says OPP).
    agents: HashMap<String, String>,
    /// Whole words that are never triggers (وزارة wizāra "ministry", not و + زار + ه).
    stops: std::collections::HashSet<String, BuildHasherDefault<Fnv>>,
    /// Words of non-political domains (sport, accidents): `domain` lines.
    domains: HashMap<String, Domain>,
}

/// A non-political domain a sentence can belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// Matches and clubs: يلتقي "meets", هجوم "attack" are football words there.
    Sport,
    /// Accidents, disasters and illness: deaths and injuries without an attacker.
    Accident,
}

const PAST_SUFFIXES: &[(&str, Person, bool)] = &[
    ("", Person::Third, false),
    ("ت", Person::Third, false),
    ("وا", Person::Third, true),
    ("ا", Person::Third, true),
    ("تا", Person::Third, true),
    ("ن", Person::Third, true),
    ("نا", Person::First, true),
    ("تم", Person::Third, true),
    ("ه", Person::Third, false),
    ("ها", Person::Third, false),
    ("هم", Person::Third, false),
    ("وه", Person::Third, true),
    ("وها", Person::Third, true),
    ("وهم", Person::Third, true),
    ("ته", Person::Third, false),
    ("تها", Person::Third, false),
    ("تهم", Person::Third, false),
    ("ناه", Person::First, true),
];
const IMPERFECT_PREFIXES: &[(&str, Person)] = &[("ي", Person::Third), ("ت", Person::Third), ("ن", Person::First), ("ا", Person::First)];
const IMPERFECT_SUFFIXES: &[(&str, bool)] = &[("", false), ("ون", true), ("ان", true), ("ن", true), ("وا", true), ("ه", false), ("ها", false), ("هم", false), ("ونه", true), ("ونها", true)];

/// A verb suffix that ends in an object pronoun (ـه "him", ـها "her", ـهم "them").
fn object_suffix(suf: &str) -> bool {
    suf.ends_with('ه') || suf.ends_with("ها") || suf.ends_with("هم")
}

impl EventLexicon {
    /// Parse the TSV format (see the file header). `#` lines and blank lines are skipped.
    pub fn parse(text: &str) -> Result<EventLexicon, LexiconError> {
        let mut lex = EventLexicon::default();
        let mut stops: Vec<String> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            // Every Arabic form is compared as a search key: fold what the author wrote.
            let folded: String = raw.split('\t').enumerate().map(|(i, x)| if i == 1 { fold_forms(x) } else { x.to_string() }).collect::<Vec<_>>().join("\t");
            let f: Vec<&str> = folded.split('\t').collect();
            if f[0] == "domain" {
                if f.len() != 3 {
                    return Err(LexiconError::FieldCount { line, found: f.len() });
                }
                let d = match f[2].trim() {
                    "sport" => Domain::Sport,
                    "accident" => Domain::Accident,
                    other => return Err(LexiconError::Option { line, option: other.to_string() }),
                };
                for k in f[1].split('|').filter(|k| !k.is_empty()) {
                    lex.domains.insert(k.to_string(), d);
                }
                continue;
            }
            if f[0] == "stop" || f[0] == "agent" {
                let want = if f[0] == "stop" { 2 } else { 3 };
                if f.len() != want {
                    return Err(LexiconError::FieldCount { line, found: f.len() });
                }
                for k in f[1].split('|').filter(|k| !k.is_empty()) {
                    if f[0] == "stop" {
                        stops.push(k.to_string());
                    } else {
                        lex.agents.insert(k.to_string(), f[2].trim().to_string());
                    }
                }
                continue;
            }
            if f[0] == "ctx" {
                if f.len() != 3 {
                    return Err(LexiconError::FieldCount { line, found: f.len() });
                }
                for k in f[1].split('|').filter(|k| !k.is_empty()) {
                    lex.contexts.insert(k.to_string(), f[2].trim().to_string());
                }
                continue;
            }
            if f.len() != 7 {
                return Err(LexiconError::FieldCount { line, found: f.len() });
            }
            let pos = match f[0] {
                "v" => Pos::Verb,
                "vp" => Pos::Passive,
                "n" => Pos::Noun,
                "a" => Pos::Adjective,
                p => return Err(LexiconError::Pos { line, pos: p.to_string() }),
            };
            let event = EventType::parse(f[2]).ok_or_else(|| LexiconError::Event { line, event: f[2].to_string() })?;
            let dash = |s: &str| (s != "-" && !s.is_empty()).then(|| s.to_string());
            let recipient = f[5]
                .split(',')
                .filter(|s| !s.is_empty() && *s != "-")
                .map(|s| if s == "obj" { RecipientMark::Object } else { RecipientMark::Prep(s.to_string()) })
                .collect();
            let mut entry = Entry {
                pos,
                event,
                mode: dash(f[3]),
                cameo: f[4].to_string(),
                recipient,
                cues: Vec::new(),
                not_next: Vec::new(),
                not_cues: Vec::new(),
                victim: false,
                not_prep: None,
                genitive: Genitive::None,
                need_recipient: false,
                need_political: false,
                need_actor: false,
                past_only: false,
                swap: false,
                speaker: false,
                self_actor: false,
                ambiguous: false,
                line,
                lemma: String::new(),
            };
            for opt in f[6].split_whitespace().filter(|o| *o != "-") {
                match opt.split_once('=') {
                    Some(("cue", v)) => entry.cues = v.split('|').map(|w| marsad_text::normalize::search_key(w).into_owned()).collect(),
                    Some(("not", v)) => entry.not_next = v.split('|').map(|w| marsad_text::normalize::search_key(w).into_owned()).collect(),
                    Some(("notcue", v)) => entry.not_cues = v.split('|').map(|w| marsad_text::normalize::search_key(w).into_owned()).collect(),
                    Some(("notprep", v)) if v.chars().count() == 1 => entry.not_prep = v.chars().next(),
                    Some(("gen", "actor")) => entry.genitive = Genitive::Actor,
                    Some(("gen", "recipient")) => entry.genitive = Genitive::Recipient,
                    Some(("need", "recipient")) => entry.need_recipient = true,
                    Some(("need", "political")) => entry.need_political = true,
                    Some(("need", "actor")) => entry.need_actor = true,
                    None if opt == "past-only" => entry.past_only = true,
                    None if opt == "swap" => entry.swap = true,
                    None if opt == "speaker" => entry.speaker = true,
                    None if opt == "self" => entry.self_actor = true,
                    None if opt == "ambiguous" => entry.ambiguous = true,
                    None if opt == "victim" => entry.victim = true,
                    _ => return Err(LexiconError::Option { line, option: opt.to_string() }),
                }
            }
            let ix = lex.entries.len() as u32;
            match pos {
                Pos::Verb => {
                    let parts: Vec<&str> = f[1].split('/').collect();
                    if parts.len() < 2 || parts[0].is_empty() || parts[1].is_empty() {
                        return Err(LexiconError::VerbForms { line, forms: f[1].to_string() });
                    }
                    entry.lemma = parts[0].to_string();
                    lex.add_verb(ix, parts[0], parts[1], entry.past_only);
                    if let Some(extra) = parts.get(2) {
                        for x in extra.split(',').filter(|x| !x.is_empty()) {
                            let person = if x.ends_with("نا") || x.starts_with('ن') { Person::First } else { Person::Third };
                            lex.add_form(x, FormHit { entry: ix, person, plural: x.ends_with("وا") || x.ends_with("ون") || x.ends_with('ا'), imperfect: x.starts_with('ي') || x.starts_with('ت'), possessive: false, object: false, rest: Vec::new() }, true);
                        }
                    }
                }
                Pos::Passive | Pos::Noun | Pos::Adjective => {
                    entry.lemma = f[1].split('|').next().unwrap_or_default().to_string();
                    for form in f[1].split('|').filter(|x| !x.is_empty()) {
                        let mut words = form.split(' ');
                        let first = words.next().unwrap_or_default();
                        let rest: Vec<String> = words.map(|w| strip_al(w).to_string()).collect();
                        let hit = |possessive| FormHit { entry: ix, person: Person::Third, plural: false, imperfect: false, possessive, object: false, rest: rest.clone() };
                        lex.add_form(first, hit(false), false);
                        if pos == Pos::Noun {
                            // Possessive: زيارة ziyāra → زيارته ziyāratuhu "his visit".
                            let base = first.strip_suffix('ه').map(|b| format!("{b}ت")).unwrap_or_else(|| first.to_string());
                            for suf in ["ه", "ها", "هم", "هما"] {
                                lex.add_form(&format!("{base}{suf}"), hit(true), false);
                            }
                        }
                    }
                }
            }
            lex.entries.push(entry);
        }
        for s in stops {
            lex.forms.remove(&s);
            lex.stops.insert(s);
        }
        Ok(lex)
    }

    fn add_verb(&mut self, ix: u32, past: &str, imperf: &str, past_only: bool) {
        for &(suf, person, plural) in PAST_SUFFIXES {
            // A past stem ending in ي (التقى) does not take consonant suffixes as written.
            let form = format!("{past}{suf}");
            self.add_form(&form, FormHit { entry: ix, person, plural, imperfect: false, possessive: false, object: object_suffix(suf), rest: Vec::new() }, false);
        }
        if past_only {
            return;
        }
        for &(pre, person) in IMPERFECT_PREFIXES {
            for &(suf, plural) in IMPERFECT_SUFFIXES {
                let form = format!("{pre}{imperf}{suf}");
                self.add_form(&form, FormHit { entry: ix, person, plural, imperfect: true, possessive: false, object: object_suffix(suf), rest: Vec::new() }, false);
            }
        }
    }

    /// Register a form. A form already generated for the same entry keeps its first reading
    /// (past third person before imperfect first person: اغتال ightāla "he assassinated", not
    /// "I assassinate"), unless `replace`.
    fn add_form(&mut self, form: &str, hit: FormHit, replace: bool) {
        let v = self.forms.entry(form.to_string()).or_default();
        if let Some(old) = v.iter_mut().find(|h| h.entry == hit.entry && h.rest == hit.rest) {
            if replace {
                *old = hit;
            }
            return;
        }
        v.push(hit);
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn entry(&self, ix: u32) -> &Entry {
        &self.entries[ix as usize]
    }
    /// Entries reachable from a form (search key of a clitic-stripped word).
    pub fn lookup(&self, form: &str) -> &[FormHit] {
        self.forms.get(form).map_or(&[], |v| v.as_slice())
    }
    /// A word that is never a trigger, whatever its clitics.
    pub fn is_stop(&self, key: &str) -> bool {
        self.stops.contains(key)
    }
    /// The non-political domain a word signals.
    pub fn domain(&self, word: &str) -> Option<Domain> {
        self.domains.get(word).copied()
    }
    /// The sector the event coder gives an agent noun (search key, article-less), if overridden.
    pub fn agent_sector(&self, word: &str) -> Option<&str> {
        self.agents.get(word).map(String::as_str)
    }
    /// The PLOVER context a keyword signals.
    pub fn context(&self, word: &str) -> Option<&str> {
        self.contexts.get(word).map(String::as_str)
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Search keys of every word in a forms field, separators (`/ , | space`) kept.
fn fold_forms(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut word = String::new();
    for c in field.chars().chain(std::iter::once('\0')) {
        if matches!(c, '/' | ',' | '|' | ' ' | '\0') {
            if !word.is_empty() {
                out.push_str(&marsad_text::normalize::search_key(&word));
                word.clear();
            }
            if c != '\0' {
                out.push(c);
            }
        } else {
            word.push(c);
        }
    }
    out
}

/// `الهدامة` → `هدامة`: compare the article-less word.
pub fn strip_al(w: &str) -> &str {
    w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(w)
}
