//! Actor knowledge base: ids, Arabic name variants, English names, CAMEO codes, dated roles.
//!
//! The knowledge base is a reviewable text file (`resources/understand/actors.tsv`, built by
//! `cargo xtask build-actors`, format in `docs/actors.md`), parsed here from a `&str`; this
//! module never opens files. Next to it live two small tables ([`CountryTable`]: country names
//! and nationality adjectives → country code, [`AgentTable`]: agent nouns → sector code) and
//! one matching machinery ([`matcher`]) shared with [`crate::places`].
//!
//! ```text
//! id <TAB> name_en <TAB> country <TAB> sector <TAB> roles <TAB> names_ar
//! ph:MOHAMMAD_JAVAD_ZARIF  Mohammad Javad Zarif  IRN  GOV  IRN GOV 2013-08-15..2021-08-25 foreign minister  محمد جواد ظريف|ظريف
//! ```
//!
//! `-` stands for an empty field; roles are separated by `;`; Arabic names by `|` and are
//! stored as search keys ([`marsad_text::normalize::search_key`] of each word, words joined by
//! one space).

pub mod matcher;
mod tables;
#[cfg(test)]
mod tests;

pub use matcher::{MatchLevel, Matcher, RawMatch};
pub use tables::{AgentEntry, AgentTable, CountryEntry, CountryKind, CountryTable, TableError};

use marsad_text::{Span, Token};
use std::collections::HashMap;
use std::fmt;

/// A calendar date (proleptic Gregorian), ordered; `Display` is `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KbDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl KbDate {
    /// A date if the fields are in range (day ≤ 31; months are not checked for length).
    pub fn new(year: u16, month: u8, day: u8) -> Option<KbDate> {
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(KbDate { year, month, day })
    }
    /// Parse `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<KbDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r).filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?.parse::<u16>().ok();
        KbDate::new(num(0..4)?, num(5..7)? as u8, num(8..10)? as u8)
    }
    /// Parse `YYYYMMDD` (the compact form of the PETRARCH dictionaries and the GSR).
    pub fn parse_compact(s: &str) -> Option<KbDate> {
        if s.len() != 8 || !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        KbDate::new(s[0..4].parse().ok()?, s[4..6].parse().ok()?, s[6..8].parse().ok()?)
    }
}

impl fmt::Display for KbDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A CAMEO-style code: a country (`IRN`, `IGO`, ...) or a sector chain (`GOV`, `GOVJUD`).
pub type Code = String;

/// A date-bounded role: "IRN GOV, foreign minister, 2013-08-15 .. 2021-08-25".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub country: Option<Code>,
    pub sector: Option<Code>,
    /// Free English title (`foreign minister`, `president`), lower case.
    pub title: Option<String>,
    /// First day of the role, inclusive; `None` = since always.
    pub start: Option<KbDate>,
    /// Last day of the role, inclusive; `None` = still holding it.
    pub end: Option<KbDate>,
}

impl Role {
    /// True if `date` falls inside the role's bounds.
    pub fn contains(&self, date: KbDate) -> bool {
        let after_start = match self.start {
            Some(s) => s <= date,
            None => true,
        };
        // `Option::is_none_or` needs Rust 1.82 (rust-version is 1.80).
        let before_end = match self.end {
            Some(e) => date <= e,
            None => true,
        };
        after_start && before_end
    }
    fn is_undated(&self) -> bool {
        self.start.is_none() && self.end.is_none()
    }
}

/// Index of an actor in [`Kb::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub u32);

/// One actor: a person or an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Stable textual id (`ph:VLADIMIR_PUTIN`, `ar:حماس`, `ov:...`): survives rebuilds.
    pub id: String,
    /// Arabic name variants as search keys (words joined by one space).
    pub names_ar: Vec<String>,
    pub name_en: Option<String>,
    /// Default (undated) country and sector codes.
    pub country: Option<Code>,
    pub sector: Option<Code>,
    pub roles: Vec<Role>,
}

/// Error parsing a knowledge-base file. Line numbers are 1-based.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum KbError {
    #[error("line {line}: expected 6 tab-separated fields, found {found}")]
    FieldCount { line: usize, found: usize },
    #[error("line {line}: empty actor id")]
    EmptyId { line: usize },
    #[error("line {line}: duplicate actor id {id:?} (first on line {first})")]
    DuplicateId { line: usize, id: String, first: usize },
    #[error("line {line}: bad role {role:?}: {reason}")]
    BadRole { line: usize, role: String, reason: &'static str },
    #[error("line {line}: bad code {code:?} (expected 3 to 12 upper-case ASCII letters or `-`)")]
    BadCode { line: usize, code: String },
    #[error("line {line}: override directive {text:?} not understood")]
    BadDirective { line: usize, text: String },
}

/// A match of an actor name in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorMatch {
    /// Byte range in the original text, from the start of the first token to the end of the
    /// last one (a leading clitic such as و/ب/ل stays inside the range).
    pub range: Span,
    /// Byte length of the leading clitics that were stripped to find the name (0 if none).
    pub clitic_len: usize,
    /// The best candidate (see [`Kb::find`]).
    pub actor: ActorId,
    /// Every actor carrying this name, best first (`candidates[0] == actor`).
    pub candidates: Vec<ActorId>,
    pub level: MatchLevel,
}

/// The parsed knowledge base with its compiled name matcher.
#[derive(Clone, Debug, Default)]
pub struct Kb {
    actors: Vec<Actor>,
    by_id: HashMap<String, ActorId>,
    matcher: Matcher<ActorId>,
    /// Words that never name a knowledge-base actor on their own (see [`Kb::set_ambiguous_words`]):
    /// `true` always, `false` only without the article (common nouns).
    ambiguous: HashMap<String, bool>,
}

impl Kb {
    /// Parse the `actors.tsv` format. Lines starting with `#` and blank lines are skipped.
    pub fn parse(text: &str) -> Result<Kb, KbError> {
        let mut kb = Kb::default();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let Some(actor) = parse_actor_line(raw, line)? else { continue };
            if let Some(&first) = first_line.get(&actor.id) {
                return Err(KbError::DuplicateId { line, id: actor.id, first });
            }
            first_line.insert(actor.id.clone(), line);
            kb.push(actor);
        }
        kb.rebuild();
        Ok(kb)
    }

    /// Apply an override file (same format; `!drop<TAB>id` removes an actor). An override
    /// line replaces the actor with the same id or adds a new one, and takes its Arabic names
    /// away from every other actor: the override owns them. Returns the number of actors
    /// replaced, added and dropped.
    pub fn apply_overrides(&mut self, text: &str) -> Result<OverrideStats, KbError> {
        let mut stats = OverrideStats::default();
        let mut owned: Vec<(String, Vec<String>)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if let Some(rest) = raw.strip_prefix('!') {
                match rest.split_once('\t') {
                    Some(("drop", id)) if !id.trim().is_empty() => {
                        if let Some(&ActorId(ix)) = self.by_id.get(id.trim()) {
                            self.actors[ix as usize].names_ar.clear();
                            self.actors[ix as usize].id = String::new();
                            stats.dropped += 1;
                        }
                    }
                    _ => return Err(KbError::BadDirective { line, text: raw.to_string() }),
                }
                self.reindex_ids();
                continue;
            }
            let Some(actor) = parse_actor_line(raw, line)? else { continue };
            owned.push((actor.id.clone(), actor.names_ar.clone()));
            match self.by_id.get(&actor.id) {
                Some(&ActorId(ix)) => {
                    self.actors[ix as usize] = actor;
                    stats.replaced += 1;
                }
                None => {
                    self.push(actor);
                    stats.added += 1;
                }
            }
        }
        for (id, names) in &owned {
            for a in self.actors.iter_mut().filter(|a| &a.id != id && !a.id.is_empty()) {
                let before = a.names_ar.len();
                a.names_ar.retain(|n| !names.contains(n));
                stats.names_taken += before - a.names_ar.len();
            }
        }
        self.actors.retain(|a| !a.id.is_empty());
        self.rebuild();
        Ok(stats)
    }

    fn push(&mut self, actor: Actor) {
        let id = ActorId(self.actors.len() as u32);
        self.by_id.insert(actor.id.clone(), id);
        self.actors.push(actor);
    }

    fn reindex_ids(&mut self) {
        self.by_id = self.actors.iter().enumerate().filter(|(_, a)| !a.id.is_empty()).map(|(i, a)| (a.id.clone(), ActorId(i as u32))).collect();
    }

    /// Recompile the matcher. Names shared by several actors keep every actor as a candidate,
    /// ranked: actors with an `ov:`-style curated id or more roles first, then file order.
    fn rebuild(&mut self) {
        self.reindex_ids();
        let mut m = Matcher::new();
        let mut order: Vec<usize> = (0..self.actors.len()).collect();
        order.sort_by_key(|&i| {
            let a = &self.actors[i];
            (std::cmp::Reverse(a.name_en.is_some() as u8), std::cmp::Reverse(a.roles.len().min(4)), i)
        });
        for i in order {
            for n in &self.actors[i].names_ar {
                m.insert(n, ActorId(i as u32));
            }
        }
        self.matcher = m;
    }

    /// Serialize back to the `actors.tsv` format (one actor per line, no header).
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for a in &self.actors {
            out.push_str(&actor_line(a));
            out.push('\n');
        }
        out
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
    pub fn len(&self) -> usize {
        self.actors.len()
    }
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.0 as usize]
    }
    /// Look an actor up by its stable textual id.
    pub fn by_id(&self, id: &str) -> Option<ActorId> {
        self.by_id.get(id).copied()
    }

    /// Actor names in `text` (tokens from [`marsad_text::tokenize`] over the same text):
    /// leftmost, longest match first, non-overlapping, on token boundaries, tolerant of
    /// leading clitics (والروسي wa-l-rūsī "and the Russian", لروسيا li-rūsiyā "to Russia",
    /// بايران bi-īrān "in Iran").
    ///
    /// A match of one word is dropped when that word (without its leading clitics) is in the
    /// ambiguous-word list: a common given name (خالد khālid is not King Khalid), a month
    /// (نيسان nīsān "April" is not Nice), a common noun (منظمة munaẓẓama "organisation").
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<ActorMatch> {
        let keys = marsad_text::normalize::token_search_keys(text, tokens);
        self.find_keyed(text, tokens, &keys)
    }

    /// [`find`](Self::find) given the search key of every token (session 38: one key array per
    /// document, shared by the passes).
    pub fn find_keyed(&self, text: &str, tokens: &[Token], keys: &[std::borrow::Cow<'_, str>]) -> Vec<ActorMatch> {
        self.matcher
            .find_keyed(text, tokens, keys)
            .into_iter()
            .filter(|m| !self.is_ambiguous_one_word(text, m.range.clone(), m.clitic_len, m.level, m.values))
            .filter(|m| !inside_patronymic(text, tokens, m.range.clone()))
            .map(|m| ActorMatch { range: m.range, clitic_len: m.clitic_len, actor: m.values[0], candidates: m.values.to_vec(), level: m.level })
            .collect()
    }

    /// Load the ambiguous-word list (`resources/understand/oneword.tsv`, built by `cargo xtask
    /// build-actors`): `word <TAB> reason` per line (word as a search key), `#` comments. A
    /// `common-noun` is ambiguous only without the article: منظمة munaẓẓama "an organisation"
    /// names nobody, القاعدة al-qāʿida may name al-Qaeda (Arabic names made of a common noun
    /// are definite). Every other reason (given name, month) is ambiguous in any form. Returns
    /// the number of words.
    pub fn set_ambiguous_words(&mut self, text: &str) -> usize {
        self.ambiguous = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let w = name_key(f.next()?);
                (!w.is_empty() && !w.contains(' ')).then(|| (w, f.next() != Some("common-noun")))
            })
            .collect();
        self.ambiguous.len()
    }

    /// Is the match one word that is in the ambiguous list, as matched (clitics stripped) or,
    /// for a word with a leading clitic the stem index matched whole (ونيسان wa-nīsān), without
    /// that clitic? A one-word stem match is also dropped when the name it reached is itself
    /// always ambiguous: الخالدي al-khālidī (a surname) → خالد → King Khalid.
    fn is_ambiguous_one_word(&self, text: &str, range: Span, clitic_len: usize, level: MatchLevel, actors: &[ActorId]) -> bool {
        if self.ambiguous.is_empty() {
            return false;
        }
        let split = range.start + clitic_len.min(range.len());
        let (Some(clitics), Some(word)) = (text.get(range.start..split), text.get(split..range.end)) else { return false };
        if word.contains(char::is_whitespace) {
            return false;
        }
        let key = name_key(word);
        let blocks = |always: bool, clitics: &str| always || !matcher::has_article(clitics);
        if let Some(&always) = self.ambiguous.get(&key) {
            return blocks(always, &name_key(clitics));
        }
        if level != MatchLevel::Stem {
            // An exact match keeps its own article: a KB name الحوثيين is looked up as such.
            return false;
        }
        if let Some((c, always)) = matcher::strip_clitics(&key).find_map(|(c, h)| self.ambiguous.get(h).map(|&a| (c, a))) {
            return blocks(always, c);
        }
        let stem = marsad_text::stem::light_stem(&key);
        actors.iter().any(|&a| {
            self.actor(a).names_ar.iter().any(|n| !n.contains(' ') && self.ambiguous.get(n) == Some(&true) && marsad_text::stem::light_stem(n) == stem)
        })
    }

    /// The actor's (country, sector) on `date`: a dated role containing the date wins, then the
    /// actor's default codes (its undated role), then the country of the closest dated role
    /// with no sector (the person is known, the office on that day is not). Without a date:
    /// the default codes, else the latest role.
    pub fn codes_at(&self, actor: ActorId, date: Option<KbDate>) -> (Option<Code>, Option<Code>) {
        let a = self.actor(actor);
        let default = || (a.country.is_some() || a.sector.is_some()).then(|| (a.country.clone(), a.sector.clone()));
        let Some(date) = date else {
            return default().or_else(|| a.roles.iter().max_by_key(|r| r.start).map(|r| (r.country.clone(), r.sector.clone()))).unwrap_or((None, None));
        };
        if let Some(r) = a.roles.iter().find(|r| !r.is_undated() && r.contains(date)) {
            return (r.country.clone(), r.sector.clone());
        }
        if let Some(d) = default() {
            return d;
        }
        let nearest = a.roles.iter().min_by_key(|r| {
            let d = |x: KbDate| x.year as i64 * 372 + x.month as i64 * 31 + x.day as i64;
            let t = d(date);
            let s = r.start.map_or(t, d);
            let e = r.end.map_or(t, d);
            if t < s { s - t } else { t.saturating_sub(e).max(0) }
        });
        (nearest.and_then(|r| r.country.clone()), None)
    }

    /// Actors holding a role with `title` (lower-case English, e.g. `foreign minister`) for
    /// `country` on `date`: "وزير الخارجية الايراني" wazīr al-khārijiyya al-īrānī "the Iranian
    /// foreign minister" on 2020-09-24 → Zarif.
    pub fn holders(&self, country: &str, title: &str, date: KbDate) -> Vec<ActorId> {
        (0..self.actors.len())
            .filter(|&i| {
                self.actors[i].roles.iter().any(|r| r.country.as_deref() == Some(country) && r.title.as_deref() == Some(title) && !r.is_undated() && r.contains(date))
            })
            .map(|i| ActorId(i as u32))
            .collect()
    }
}

/// Titles that may open a knowledge-base name whose person continues with a patronymic: الملك
/// سلمان بن عبد العزيز al-malik salmān bin ʿabd al-ʿazīz is King Salman (search keys).
pub(crate) const TITLES: &[&str] = &["الملك", "ملك", "الامير", "امير", "الشيخ", "شيخ", "السلطان", "سلطان"];

/// Words that link a name to a father's name: بن bin / ابن ibn "son of", بنت bint "daughter
/// of" (search keys).
pub(crate) const PATRONYMIC_LINKS: &[&str] = &["بن", "ابن", "بنت"];

/// Is a name match one link of a longer بن/ابن/بنت chain (a patronymic, read as one name)?
/// * after بن/ابن/بنت it is a father's (or grandfather's) name: عبد العزيز in سلمان بن عبد العزيز,
///   محمد بن راشد in حمدان بن محمد بن راشد are not the person spoken of;
/// * before بن/ابن/بنت + a word it is the first name of a longer name the knowledge base does not
///   hold (عبيد بن الأبرص ʿabīd ibn al-abraṣ, a poet, is not al-ʿUbaydī), unless the match
///   opens with a title of a name of two or more words (الملك سلمان بن عبدالعزيز: King Salman).
///
/// A longer knowledge-base name that holds the chain (محمد بن راشد ال مكتوم, زين العابدين بن
/// علي) is one match and never its own link.
fn inside_patronymic(text: &str, tokens: &[Token], range: Span) -> bool {
    let key = |t: &Token| text.get(t.range.clone()).map(|w| marsad_text::normalize::search_key(w).into_owned()).unwrap_or_default();
    let is_bin = |t: &Token| PATRONYMIC_LINKS.contains(&key(t).as_str());
    let word = |t: &Token| matches!(t.kind, marsad_text::TokenKind::Arabic | marsad_text::TokenKind::Latin);
    let first = tokens.partition_point(|t| t.range.end <= range.start);
    let last = tokens.partition_point(|t| t.range.start < range.end).max(first);
    if first > 0 && is_bin(&tokens[first - 1]) {
        return true;
    }
    if tokens.get(last).is_some_and(is_bin) && tokens.get(last + 1).is_some_and(word) {
        let words = tokens[first..last].iter().filter(|t| word(t)).count();
        let titled = tokens.get(first).is_some_and(|t| {
            let k = key(t);
            TITLES.contains(&k.as_str()) || matcher::strip_clitics(&k).any(|(_, h)| TITLES.contains(&h))
        });
        return !(titled && words >= 2);
    }
    false
}

/// What [`Kb::apply_overrides`] changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OverrideStats {
    pub replaced: usize,
    pub added: usize,
    pub dropped: usize,
    /// Arabic names removed from other actors because an override claimed them.
    pub names_taken: usize,
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

fn check_code(line: usize, s: &str) -> Result<Option<Code>, KbError> {
    let s = s.trim();
    if s.is_empty() || s == "-" {
        return Ok(None);
    }
    if (3..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(Some(s.to_string()))
    } else {
        Err(KbError::BadCode { line, code: s.to_string() })
    }
}

/// Parse one role: `CTRY SECT START..END title words` (`-` = none; dates `YYYY-MM-DD`).
pub fn parse_role(s: &str, line: usize) -> Result<Role, KbError> {
    let bad = |reason| KbError::BadRole { line, role: s.to_string(), reason };
    let mut it = s.split_whitespace();
    let country = check_code(line, it.next().ok_or_else(|| bad("empty role"))?)?;
    let sector = check_code(line, it.next().ok_or_else(|| bad("missing sector (use - for none)"))?)?;
    let range = it.next().ok_or_else(|| bad("missing date range (use .. for undated)"))?;
    let (a, b) = range.split_once("..").ok_or_else(|| bad("date range must be START..END"))?;
    let date = |x: &str| -> Result<Option<KbDate>, KbError> {
        if x.is_empty() {
            Ok(None)
        } else {
            KbDate::parse_iso(x).map(Some).ok_or_else(|| bad("dates must be YYYY-MM-DD"))
        }
    };
    let (start, end) = (date(a)?, date(b)?);
    if let (Some(s0), Some(e0)) = (start, end) {
        if e0 < s0 {
            return Err(bad("end before start"));
        }
    }
    let title: Vec<&str> = it.collect();
    let title = (!title.is_empty()).then(|| title.join(" "));
    Ok(Role { country, sector, title, start, end })
}

fn parse_actor_line(raw: &str, line: usize) -> Result<Option<Actor>, KbError> {
    let trimmed = raw.trim_end_matches('\r');
    if trimmed.trim().is_empty() || trimmed.starts_with('#') {
        return Ok(None);
    }
    let f: Vec<&str> = trimmed.split('\t').collect();
    if f.len() != 6 {
        return Err(KbError::FieldCount { line, found: f.len() });
    }
    let id = f[0].trim();
    if id.is_empty() || id == "-" {
        return Err(KbError::EmptyId { line });
    }
    let mut roles = Vec::new();
    for r in f[4].split(';').map(str::trim).filter(|r| !r.is_empty() && *r != "-") {
        roles.push(parse_role(r, line)?);
    }
    let names_ar = f[5]
        .split('|')
        .map(name_key)
        .filter(|n| !n.is_empty() && n != "-")
        .fold(Vec::new(), |mut v, n| {
            if !v.contains(&n) {
                v.push(n);
            }
            v
        });
    Ok(Some(Actor { id: id.to_string(), names_ar, name_en: opt(f[1]), country: check_code(line, f[2])?, sector: check_code(line, f[3])?, roles }))
}

/// The stored form of a name: the search key of each word, words joined by one space.
/// `محمّد جواد ظريف` → `محمد جواد ظريف`.
pub fn name_key(name: &str) -> String {
    let mut out = String::new();
    for w in name.split(|c: char| c.is_whitespace() || c == '_') {
        let k = marsad_text::normalize::search_key(w);
        let k = k.trim();
        if k.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(k);
    }
    out
}

fn role_text(r: &Role) -> String {
    let d = |x: Option<KbDate>| x.map(|d| d.to_string()).unwrap_or_default();
    let mut s = format!("{} {} {}..{}", r.country.as_deref().unwrap_or("-"), r.sector.as_deref().unwrap_or("-"), d(r.start), d(r.end));
    if let Some(t) = &r.title {
        s.push(' ');
        s.push_str(t);
    }
    s
}

/// One `actors.tsv` line for `a` (no newline).
pub fn actor_line(a: &Actor) -> String {
    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let roles = if a.roles.is_empty() { "-".to_string() } else { a.roles.iter().map(role_text).collect::<Vec<_>>().join("; ") };
    let names = if a.names_ar.is_empty() { "-".to_string() } else { a.names_ar.join("|") };
    format!("{}\t{}\t{}\t{}\t{}\t{}", a.id, dash(&a.name_en), dash(&a.country), dash(&a.sector), roles, names)
}

/// Resources for coding an actor phrase.
#[derive(Clone, Copy, Debug)]
pub struct Coder<'a> {
    pub kb: &'a Kb,
    pub countries: &'a CountryTable,
    pub agents: &'a AgentTable,
    pub places: Option<&'a crate::places::Gazetteer>,
}

/// Where a phrase's code came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseCode {
    pub country: Option<Code>,
    pub sector: Option<Code>,
    /// Rule ids that fired, in order: `actor:<id>`, `country:<key>`, `agent:<key>`, `place:<id>`.
    pub provenance: Vec<String>,
}

impl Coder<'_> {
    /// Code an actor phrase (UniversalPetrarch convention: country + sector, `None` when
    /// unknown). Country: a known actor's role at `date`, else the first country name or
    /// nationality adjective, else the first place's country. Sector: the actor's, else the
    /// first agent noun's, else a capital used as metonym (واشنطن wāshinṭun "Washington" →
    /// GOV).
    pub fn code_phrase(&self, text: &str, tokens: &[Token], date: Option<KbDate>) -> PhraseCode {
        let mut out = PhraseCode { country: None, sector: None, provenance: Vec::new() };
        if let Some(m) = self.kb.find(text, tokens).first() {
            let (c, s) = self.kb.codes_at(m.actor, date);
            out.provenance.push(format!("actor:{}", self.kb.actor(m.actor).id));
            out.country = c;
            out.sector = s;
        }
        let cs = self.countries.find(text, tokens);
        if out.country.is_none() {
            if let Some((m, e)) = cs.first().map(|m| (m, &self.countries.entries()[m.values[0] as usize])) {
                out.country = Some(e.code.clone());
                out.provenance.push(format!("country:{}", &text[m.range.clone()]));
            }
        }
        if out.sector.is_none() {
            if let Some(m) = self.agents.find(text, tokens).first() {
                let e = &self.agents.entries()[m.values[0] as usize];
                out.sector = Some(e.sector.clone());
                out.provenance.push(format!("agent:{}", &text[m.range.clone()]));
            } else if let Some(e) = cs.iter().map(|m| &self.countries.entries()[m.values[0] as usize]).find(|e| e.kind == CountryKind::Capital) {
                out.sector = Some("GOV".into());
                out.provenance.push(format!("capital:{}", e.code));
            }
        }
        if out.country.is_none() {
            if let Some(g) = self.places {
                if let Some(m) = crate::places::find_places(text, tokens, g).first() {
                    let p = g.place(m.place);
                    if let Some(c3) = self.countries.alpha3(&p.country_code) {
                        out.country = Some(c3.to_string());
                        out.provenance.push(format!("place:{}", p.name_en.as_deref().unwrap_or("?")));
                    }
                }
            }
        }
        out
    }
}
