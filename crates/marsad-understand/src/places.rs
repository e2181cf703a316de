//! Place gazetteer: Arabic toponyms → GeoNames id, country, coordinates.
//!
//! `places.tsv` (built by `cargo xtask build-actors`, format in `docs/actors.md`):
//!
//! ```text
//! geonames_id <TAB> name_en <TAB> cc <TAB> lat <TAB> lon <TAB> population <TAB> feature <TAB> names_ar
//! 524901  Moscow  RU  55.75204  37.61781  10381222  city  موسكو
//! ```
//!
//! Country rows have `-` for the GeoNames id and coordinates (the shared data has none).
//! Ambiguous names keep every place, ranked: countries first (الجزائر al-jazāʾir is Algeria
//! before Algiers), then by population (موسكو mūskū: Moscow RU, 10M, before Moscow, Idaho).

use crate::kb::matcher::{MatchLevel, Matcher};
use marsad_text::{Span, Token};

/// What kind of place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Feature {
    Country,
    City,
}

/// A place.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub geonames_id: Option<u32>,
    pub name_en: Option<String>,
    /// ISO 3166-1 alpha-2 (`RU`).
    pub country_code: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub population: u64,
    pub feature: Feature,
    /// Arabic names as search keys.
    pub names_ar: Vec<String>,
}

/// Index into [`Gazetteer::places`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub u32);

/// A toponym found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceMatch {
    /// Token-boundary byte range in the original text (leading clitics included).
    pub range: Span,
    /// Bytes of leading clitics (في موسكو: 0; بموسكو bi-mūskū "in Moscow": the ب).
    pub clitic_len: usize,
    /// The best-ranked place.
    pub place: PlaceId,
    /// All places with this name, best first.
    pub candidates: Vec<PlaceId>,
}

/// Error parsing `places.tsv`. Line numbers are 1-based.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum PlacesError {
    #[error("line {line}: expected 8 tab-separated fields, found {found}")]
    FieldCount { line: usize, found: usize },
    #[error("line {line}: bad {field}: {value:?}")]
    BadField { line: usize, field: &'static str, value: String },
}

/// The compiled gazetteer.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    places: Vec<Place>,
    matcher: Matcher<PlaceId>,
}

impl Gazetteer {
    pub fn parse(text: &str) -> Result<Gazetteer, PlacesError> {
        let mut places = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = raw.split('\t').collect();
            if f.len() != 8 {
                return Err(PlacesError::FieldCount { line, found: f.len() });
            }
            let bad = |field, value: &str| PlacesError::BadField { line, field, value: value.to_string() };
            let geonames_id = match f[0] {
                "-" => None,
                s => Some(s.parse::<u32>().map_err(|_| bad("geonames_id", s))?),
            };
            let coord = |s: &str, field, lim: f64| -> Result<Option<f64>, PlacesError> {
                match s {
                    "-" => Ok(None),
                    s => s.parse::<f64>().ok().filter(|v| v.abs() <= lim).map(Some).ok_or_else(|| bad(field, s)),
                }
            };
            let cc = f[2];
            if cc.len() != 2 || !cc.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(bad("country code", cc));
            }
            let feature = match f[6] {
                "country" => Feature::Country,
                "city" => Feature::City,
                s => return Err(bad("feature", s)),
            };
            let names_ar: Vec<String> = f[7].split('|').map(crate::kb::name_key).filter(|n| !n.is_empty()).collect();
            places.push(Place {
                geonames_id,
                name_en: (f[1] != "-" && !f[1].is_empty()).then(|| f[1].to_string()),
                country_code: cc.to_string(),
                lat: coord(f[3], "latitude", 90.0)?,
                lon: coord(f[4], "longitude", 180.0)?,
                population: f[5].parse().map_err(|_| bad("population", f[5]))?,
                feature,
                names_ar,
            });
        }
        let mut order: Vec<usize> = (0..places.len()).collect();
        order.sort_by_key(|&i| (places[i].feature != Feature::Country, std::cmp::Reverse(places[i].population), i));
        let mut matcher = Matcher::exact_only();
        for i in order {
            for n in &places[i].names_ar {
                matcher.insert(n, PlaceId(i as u32));
            }
        }
        Ok(Gazetteer { places, matcher })
    }
    pub fn places(&self) -> &[Place] {
        &self.places
    }
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }
}

/// Words naming a part of a city after something else: the name after them is the square's or
/// street's (ساحة رياض الصلح sāḥat riyāḍ al-ṣulḥ "Riad al-Solh Square" in Beirut is not Riyadh;
/// شارع بغداد "Baghdad Street", حي الرياض "the Riyadh quarter" of Khartoum). Search keys,
/// without clitics. Airports, ports and camps are left out on purpose: they are named after
/// their own town (مطار القاهرة "Cairo airport", ميناء الحديدة, مخيم البريج), and leaving
/// their names out lost 20 right places of 20 on 2,000 ANT documents (docs/actors.md).
const FACILITY_WORDS: &[&str] = &["ساحه", "شارع", "ميدان", "دوار", "جسر", "حي", "نفق", "جاده", "كورنيش"];

/// Is the token just before `start` a facility word (optionally with و/ف/ب/ل: بساحة bi-sāḥat
/// "in the square of")?
fn after_facility_word(text: &str, tokens: &[Token], start: usize) -> bool {
    let Some(prev) = tokens.iter().take_while(|t| t.range.end <= start).last() else { return false };
    if text[prev.range.end..start].chars().any(|c| !c.is_whitespace()) {
        return false;
    }
    let key = marsad_text::normalize::search_key(&text[prev.range.clone()]);
    let key = key.trim();
    FACILITY_WORDS.iter().any(|w| {
        key == *w || ["و", "ف", "ب", "ل", "وب", "ول", "فب"].iter().any(|c| key.strip_prefix(c) == Some(w))
    })
}

/// Toponyms in `text`, leftmost-longest, tolerant of leading clitics (في موسكو fī mūskū,
/// بموسكو bi-mūskū "in Moscow", لموسكو li-mūskū "to Moscow"). Only exact search-key matches:
/// stemming place names (حماة ḥamāh, صور ṣūr "Tyre"/"pictures") adds more noise than recall.
/// A name right after a facility word ([`FACILITY_WORDS`]: ساحة "square", شارع "street",
/// ميدان, دوار "roundabout", جسر "bridge", حي "quarter" …) names the facility, not a city, and
/// is left out.
pub fn find_places(text: &str, tokens: &[Token], gazetteer: &Gazetteer) -> Vec<PlaceMatch> {
    let keys = marsad_text::normalize::token_search_keys(text, tokens);
    find_places_keyed(text, tokens, &keys, gazetteer)
}

/// [`find_places`] given the search key of every token (session 38: one key array per
/// document, shared by the passes).
pub fn find_places_keyed(text: &str, tokens: &[Token], keys: &[std::borrow::Cow<'_, str>], gazetteer: &Gazetteer) -> Vec<PlaceMatch> {
    gazetteer
        .matcher
        .find_keyed(text, tokens, keys)
        .into_iter()
        .filter(|m| m.level == MatchLevel::Exact)
        .filter(|m| m.clitic_len > 0 || !after_facility_word(text, tokens, m.range.start))
        .map(|m| PlaceMatch { range: m.range, clitic_len: m.clitic_len, place: m.values[0], candidates: m.values.to_vec() })
        .collect()
}

/// A city needs at least this share of the best-ranked candidate's population to win on
/// document context: the Lebanese Tripoli (229K) against the Libyan one (1.3M) may, Geneva,
/// Illinois (22K) against Geneva (202K) may not.
const MIN_POPULATION_SHARE: u64 = 8;

/// Document-context disambiguation (pure: only the document's own mentions).
///
/// `named` lists the ISO alpha-2 codes of the document's country names, nationality adjectives
/// and capitals (the country table's matches, with their byte ranges). Evidence per country:
/// one per `named` mention not inside a place match, plus one per place match whose candidates
/// all lie in one country (unambiguous cities and countries). The document's *dominant* country
/// is the one with strictly the most evidence. A place name with candidates in several countries
/// whose best-ranked candidate is a city takes its best-ranked candidate in the dominant country
/// when (a) the currently chosen country has no evidence, and (b) that candidate has at least
/// 1/[`MIN_POPULATION_SHARE`] of the best-ranked candidate's population. Otherwise (no
/// evidence, a tie for dominant, a country name: countries stay first) the ranking stands.
/// The chosen place moves to the front of `candidates`.
pub fn resolve_in_context(matches: &mut [PlaceMatch], gazetteer: &Gazetteer, named: &[(Span, &str)]) {
    let country_of = |id: PlaceId| gazetteer.place(id).country_code.as_str();
    let single_country = |m: &PlaceMatch| m.candidates.iter().all(|&c| country_of(c) == country_of(m.place));
    let mut evidence: Vec<(String, usize)> = Vec::new();
    let add = |cc: &str, ev: &mut Vec<(String, usize)>| match ev.iter_mut().find(|(c, _)| c == cc) {
        Some((_, n)) => *n += 1,
        None => ev.push((cc.to_string(), 1)),
    };
    for m in matches.iter().filter(|m| single_country(m)) {
        add(country_of(m.place), &mut evidence);
    }
    for (r, cc) in named {
        if !matches.iter().any(|m| m.range.start < r.end && r.start < m.range.end) {
            add(cc, &mut evidence);
        }
    }
    let count = |cc: &str| evidence.iter().find(|(c, _)| *c == cc).map_or(0, |&(_, n)| n);
    let Some((dominant, top)) = evidence.iter().max_by_key(|(_, n)| *n).map(|(c, n)| (c.as_str(), *n)) else { return };
    if evidence.iter().filter(|(_, n)| *n == top).count() > 1 {
        return;
    }
    for m in matches.iter_mut() {
        if single_country(m) {
            continue;
        }
        let best = gazetteer.place(m.candidates[0]);
        if best.feature == Feature::Country || count(&best.country_code) > 0 || best.country_code == dominant {
            continue;
        }
        let Some(pos) = m.candidates.iter().position(|&c| {
            let p = gazetteer.place(c);
            p.country_code == dominant && p.population.saturating_mul(MIN_POPULATION_SHARE) >= best.population
        }) else {
            continue;
        };
        let chosen = m.candidates.remove(pos);
        m.candidates.insert(0, chosen);
        m.place = chosen;
    }
}
