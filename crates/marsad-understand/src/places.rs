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

/// Toponyms in `text`, leftmost-longest, tolerant of leading clitics (في موسكو fī mūskū,
/// بموسكو bi-mūskū "in Moscow", لموسكو li-mūskū "to Moscow"). Only exact search-key matches:
/// stemming place names (حماة ḥamāh, صور ṣūr "Tyre"/"pictures") adds more noise than recall.
pub fn find_places(text: &str, tokens: &[Token], gazetteer: &Gazetteer) -> Vec<PlaceMatch> {
    gazetteer
        .matcher
        .find(text, tokens)
        .into_iter()
        .filter(|m| m.level == MatchLevel::Exact)
        .map(|m| PlaceMatch { range: m.range, clitic_len: m.clitic_len, place: m.values[0], candidates: m.values.to_vec() })
        .collect()
}
