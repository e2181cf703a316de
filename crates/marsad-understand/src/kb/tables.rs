//! Small word tables: country names / nationality adjectives → country code, agent nouns →
//! sector code. Both are TSV, `#` comments, parsed from `&str`.

use super::matcher::{Matcher, RawMatch};
use super::Code;
use marsad_text::Token;
use std::collections::HashMap;

/// Error parsing a table. Line numbers are 1-based.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum TableError {
    #[error("line {line}: expected {expected} tab-separated fields, found {found}")]
    FieldCount { line: usize, expected: usize, found: usize },
    #[error("line {line}: bad code {code:?}")]
    BadCode { line: usize, code: String },
    #[error("line {line}: unknown kind {kind:?} (country, nationality or capital)")]
    BadKind { line: usize, kind: String },
    #[error("line {line}: empty name")]
    EmptyName { line: usize },
}

/// How a word names a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CountryKind {
    /// روسيا rūsiyā "Russia".
    Country,
    /// الروسي ar-rūsī "the Russian", الإيرانية al-īrāniyya "the Iranian (f.)".
    Nationality,
    /// A capital used as metonym for the government: واشنطن wāshinṭun "Washington" → USA (GOV).
    Capital,
}

impl CountryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CountryKind::Country => "country",
            CountryKind::Nationality => "nationality",
            CountryKind::Capital => "capital",
        }
    }
}

/// One row of `countries.tsv`: `name <TAB> alpha3/CAMEO <TAB> alpha2 or - <TAB> kind`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryEntry {
    /// Search key of the name.
    pub name: String,
    /// ISO 3166 alpha-3 (= CAMEO country code for sovereign states), or a CAMEO-only code
    /// (`KUR` Kurds, `IGO`).
    pub code: Code,
    pub alpha2: Option<String>,
    pub kind: CountryKind,
}

/// Country names and nationality adjectives.
#[derive(Clone, Debug, Default)]
pub struct CountryTable {
    entries: Vec<CountryEntry>,
    matcher: Matcher<u32>,
    alpha3: HashMap<String, String>,
    /// (session 43) The state's name as written (`display` rows: تركيا, الولايات المتحدة), by
    /// alpha-3 code; the first row of a code wins.
    display: HashMap<String, String>,
}

fn fields(raw: &str, line: usize, expected: usize) -> Result<Option<Vec<&str>>, TableError> {
    let raw = raw.trim_end_matches('\r');
    if raw.trim().is_empty() || raw.starts_with('#') {
        return Ok(None);
    }
    let f: Vec<&str> = raw.split('\t').map(str::trim).collect();
    if f.len() != expected {
        return Err(TableError::FieldCount { line, expected, found: f.len() });
    }
    if f[0].is_empty() || super::name_key(f[0]).is_empty() {
        return Err(TableError::EmptyName { line });
    }
    Ok(Some(f))
}

fn code(s: &str, line: usize, len: std::ops::RangeInclusive<usize>) -> Result<String, TableError> {
    if len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(s.to_string())
    } else {
        Err(TableError::BadCode { line, code: s.to_string() })
    }
}

impl CountryTable {
    /// Country names are matched on exact search keys only (all inflected forms are listed):
    /// stems confuse بوتين būtīn "Putin" with بوتان būtān "Bhutan".
    pub fn parse(text: &str) -> Result<CountryTable, TableError> {
        let mut t = CountryTable { matcher: Matcher::exact_only().with_accusative(), ..CountryTable::default() };
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let Some(f) = fields(raw, line, 4)? else { continue };
            let c3 = code(f[1], line, 3..=3)?;
            let a2 = if f[2] == "-" { None } else { Some(code(f[2], line, 2..=2)?) };
            if f[3] == "display" {
                // (session 43) not a name to match: the spelling that names the state in output
                t.display.entry(c3).or_insert_with(|| f[0].to_string());
                continue;
            }
            let kind = match f[3] {
                "country" => CountryKind::Country,
                "nationality" => CountryKind::Nationality,
                "capital" => CountryKind::Capital,
                k => return Err(TableError::BadKind { line, kind: k.to_string() }),
            };
            if let Some(a2) = &a2 {
                t.alpha3.entry(a2.clone()).or_insert_with(|| c3.clone());
            }
            t.matcher.insert(f[0], t.entries.len() as u32);
            t.entries.push(CountryEntry { name: super::name_key(f[0]), code: c3, alpha2: a2, kind });
        }
        Ok(t)
    }
    pub fn entries(&self) -> &[CountryEntry] {
        &self.entries
    }
    /// Country names in `text`; `values` index [`CountryTable::entries`].
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<RawMatch<'_, u32>> {
        self.matcher.find(text, tokens)
    }
    /// [`find`](Self::find) given the search key of every token (session 38).
    pub fn find_keyed(&self, text: &str, tokens: &[Token], keys: &[std::borrow::Cow<'_, str>]) -> Vec<RawMatch<'_, u32>> {
        self.matcher.find_keyed(text, tokens, keys)
    }
    /// (session 43) The state's name as written for output (`TUR` → تركيا turkiyā), from the
    /// table's `display` rows (CLDR's Arabic territory names).
    pub fn display_name(&self, alpha3: &str) -> Option<&str> {
        self.display.get(alpha3).map(String::as_str)
    }
    /// Alpha-3 code for an ISO alpha-2 code (`RU` → `RUS`).
    pub fn alpha3(&self, alpha2: &str) -> Option<&str> {
        self.alpha3.get(alpha2).map(String::as_str)
    }
}

/// One row of `agents.tsv`: `name <TAB> sector <TAB> title or -`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentEntry {
    pub name: String,
    /// CAMEO sector chain (`GOV`, `MIL`, `OPPEDU`).
    pub sector: Code,
    /// English office title for role lookups (`foreign minister`), lower case.
    pub title: Option<String>,
}

/// Agent nouns: وزير wazīr "minister" → GOV, جيش jaysh "army" → MIL, شرطة shurṭa "police" → COP.
#[derive(Clone, Debug, Default)]
pub struct AgentTable {
    entries: Vec<AgentEntry>,
    matcher: Matcher<u32>,
}

impl AgentTable {
    pub fn parse(text: &str) -> Result<AgentTable, TableError> {
        let mut t = AgentTable { matcher: Matcher::new().with_accusative(), ..AgentTable::default() };
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let Some(f) = fields(raw, line, 3)? else { continue };
            let sector = code(f[1], line, 3..=12)?;
            let title = (f[2] != "-" && !f[2].is_empty()).then(|| f[2].to_string());
            t.matcher.insert(f[0], t.entries.len() as u32);
            t.entries.push(AgentEntry { name: super::name_key(f[0]), sector, title });
        }
        Ok(t)
    }
    pub fn entries(&self) -> &[AgentEntry] {
        &self.entries
    }
    /// Agent nouns in `text`; `values` index [`AgentTable::entries`].
    pub fn find(&self, text: &str, tokens: &[Token]) -> Vec<RawMatch<'_, u32>> {
        self.matcher.find(text, tokens)
    }
}
