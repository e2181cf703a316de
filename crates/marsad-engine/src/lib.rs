//! The Marsad analysis pipeline: a pure function of (document text, resources) → [`Analysis`].
//!
//! No global state, no I/O, no serialization: the same call runs in the CLI, the server, or
//! inside a distributed engine's worker. Resources are loaded once by the caller and shared
//! read-only (`&Resources` is `Sync`).

use std::borrow::Cow;
use std::ops::Range;

pub mod speaker_ranker;

pub use marsad_ner::{Entity, EntityType};
pub use marsad_understand::actors::{actor_at, ActorKey, DocActor, Mention, MentionKind};
pub use marsad_understand::dates::{parse_published, CivilDate, DateMention, DateValue};
pub use marsad_understand::places::{Place, PlaceMatch};
use marsad_understand::kb::{AgentTable, CountryTable, Kb, KbDate};
use marsad_understand::places::Gazetteer;
pub use marsad_events::{merge_across, Event, EventFlags, EventLexicon, EventType, MergeKey, MergedCounts, Participant};
pub use marsad_understand::quotes::{Quote, QuoteKind, SpeakerSource};
use marsad_text::{normalize, stem, CliticLexicon, LexiconError, Segment, Sentence, Token};

/// The clitic lexicon built by `cargo xtask build-lexicons` (resources/text/clitics.lex).
const CLITIC_LEXICON: &str = marsad_text::lexicon::BUILTIN_TEXT;
/// Speaker-ranker weights built by `cargo xtask quote-ranker --write` (session 12).
const SPEAKER_RANKER: &str = include_str!("../../../resources/understand/speaker-ranker.tsv");
/// The NER model built by `cargo xtask train-ner`, embedded in the binary.
const NER_MODEL: &[u8] = include_bytes!("../../../resources/ner/model.bin");
/// Knowledge-base tables built by `cargo xtask build-actors`.
const ACTORS: &str = include_str!("../../../resources/understand/actors.tsv");
/// Words that never name a knowledge-base actor alone (given names, months, common nouns).
const ONE_WORD_AMBIGUOUS: &str = include_str!("../../../resources/understand/oneword.tsv");
const COUNTRIES: &str = include_str!("../../../resources/understand/countries.tsv");
const AGENTS: &str = include_str!("../../../resources/understand/agents.tsv");
const PLACES: &str = include_str!("../../../resources/understand/places.tsv");
/// The hand-written event lexicon (PLOVER/CAMEO triggers), see docs/events.md.
const EVENT_LEXICON: &str = include_str!("../../../resources/events/lexicon.tsv");

/// Read-only resources the pipeline needs (lexicons, models; later actor tables).
#[derive(Debug)]
pub struct Resources {
    pub clitics: CliticLexicon,
    pub ner: marsad_ner::Model,
    pub kb: Kb,
    pub countries: CountryTable,
    pub agents: AgentTable,
    pub places: Gazetteer,
    pub events: EventLexicon,
    /// Weights of the learned speaker ranker ([`AnalysisConfig::full_ranked`]).
    pub speaker_ranker: speaker_ranker::SpeakerRanker,
}

/// A resource failed to load. `origin` names where it came from (a path, or "embedded …").
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ResourceError {
    #[error("invalid clitic lexicon {origin}")]
    Clitics { origin: String, source: LexiconError },
    #[error("invalid NER model {origin}")]
    Ner { origin: String, source: marsad_ner::NerError },
    #[error("invalid actor knowledge base {origin}")]
    Kb { origin: String, source: marsad_understand::kb::KbError },
    #[error("invalid table {origin}")]
    Table { origin: String, source: marsad_understand::kb::TableError },
    #[error("invalid event lexicon {origin}")]
    Events { origin: String, source: marsad_events::LexiconError },
    #[error("invalid speaker-ranker weights {origin}")]
    SpeakerRanker { origin: String, source: speaker_ranker::RankerError },
    #[error("invalid place gazetteer {origin}: {reason}")]
    Places { origin: String, reason: String },
}

impl Resources {
    /// The resources compiled into this build.
    pub fn embedded() -> Result<Self, ResourceError> {
        let clitics = CliticLexicon::parse(CLITIC_LEXICON).map_err(|source| ResourceError::Clitics { origin: "(embedded resources/text/clitics.lex)".into(), source })?;
        let ner = Self::ner_from_bytes(NER_MODEL, "(embedded resources/ner/model.bin)")?;
        let mut kb = Kb::parse(ACTORS).map_err(|source| ResourceError::Kb { origin: "(embedded resources/understand/actors.tsv)".into(), source })?;
        kb.set_ambiguous_words(ONE_WORD_AMBIGUOUS);
        let countries = CountryTable::parse(COUNTRIES).map_err(|source| ResourceError::Table { origin: "(embedded resources/understand/countries.tsv)".into(), source })?;
        let agents = AgentTable::parse(AGENTS).map_err(|source| ResourceError::Table { origin: "(embedded resources/understand/agents.tsv)".into(), source })?;
        let places = Gazetteer::parse(PLACES).map_err(|e| ResourceError::Places { origin: "(embedded resources/understand/places.tsv)".into(), reason: e.to_string() })?;
        let events = EventLexicon::parse(EVENT_LEXICON).map_err(|source| ResourceError::Events { origin: "(embedded resources/events/lexicon.tsv)".into(), source })?;
        let speaker_ranker = speaker_ranker::SpeakerRanker::parse(SPEAKER_RANKER).map_err(|source| ResourceError::SpeakerRanker { origin: "(embedded resources/understand/speaker-ranker.tsv)".into(), source })?;
        Ok(Resources { clitics, ner, kb, countries, agents, places, events, speaker_ranker })
    }

    /// Parse a NER model; `origin` (e.g. the file's path) is named in the error.
    pub fn ner_from_bytes(bytes: &[u8], origin: &str) -> Result<marsad_ner::Model, ResourceError> {
        marsad_ner::Model::from_bytes(bytes).map_err(|source| ResourceError::Ner { origin: origin.to_string(), source })
    }
}

/// What the pipeline computes. Presets instead of flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysisConfig {
    /// Compute search keys (`norm`) and stems for every token.
    pub search_keys: bool,
    /// Segment clitics.
    pub clitics: bool,
    /// Recognize named entities.
    pub entities: bool,
    /// Find quotes and their speakers (needs entities).
    pub quotes: bool,
    /// Find and resolve date expressions.
    pub dates: bool,
    /// Resolve actors (knowledge base, titles, counterparts) and places (needs entities).
    pub actors: bool,
    /// Code political events (PLOVER/CAMEO; needs entities, uses quotes, dates, actors).
    pub events: bool,
    /// Re-decide quote speakers with the learned ranker (needs quotes and actors; session 12).
    pub speaker_ranker: bool,
}

impl AnalysisConfig {
    /// Everything the text core offers.
    pub fn full() -> Self {
        AnalysisConfig { search_keys: true, clitics: true, entities: true, quotes: true, dates: true, actors: true, events: true, speaker_ranker: false }
    }
    /// [`full`](Self::full) with quote speakers re-decided by the learned speaker ranker
    /// (`speaker_ranker`, weights in [`Resources::speaker_ranker`]; docs/quotes.md, session 12).
    pub fn full_ranked() -> Self {
        AnalysisConfig { speaker_ranker: true, ..Self::full() }
    }
    /// The text core only: tokens, sentences, clitics, search keys (no models).
    pub fn text_core() -> Self {
        AnalysisConfig { search_keys: true, clitics: true, entities: false, quotes: false, dates: false, actors: false, events: false, speaker_ranker: false }
    }
    /// Tokens and sentences only.
    pub fn tokens_only() -> Self {
        AnalysisConfig { search_keys: false, clitics: false, entities: false, quotes: false, dates: false, actors: false, events: false, speaker_ranker: false }
    }
}

impl Default for AnalysisConfig {
    fn default() -> Self {
        Self::full()
    }
}

/// One analyzed token. `&text[token.range]` is its surface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedToken<'a> {
    pub token: Token,
    /// Lossy search key (borrowed from the text when nothing changed).
    pub norm: Cow<'a, str>,
    /// Byte range of the light stem inside `norm`.
    pub stem: Range<usize>,
    /// Indices into [`Analysis::segments`].
    pub segments: Range<usize>,
}

impl AnalyzedToken<'_> {
    /// The light stem (a slice of the search key).
    pub fn stem(&self) -> &str {
        &self.norm[self.stem.clone()]
    }
}

/// The analysis of one document. Every range is a byte range into the original text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis<'a> {
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<AnalyzedToken<'a>>,
    pub segments: Vec<Segment>,
    /// Named entities in text order (PER, ORG, LOC, MISC, NORP with country).
    pub entities: Vec<Entity>,
    /// Quotes with speakers, in text order of their reporting verbs.
    pub quotes: Vec<Quote>,
    /// Date expressions, resolved against the publication date when there is one.
    pub dates: Vec<DateMention>,
    /// Document-level actors with their mentions.
    pub actors: Vec<DocActor>,
    /// Toponyms resolved to gazetteer places.
    pub places: Vec<PlaceMatch>,
    /// Political events (PLOVER types with CAMEO codes), deduplicated within the document.
    pub events: Vec<Event>,
}

/// A document to analyze: its text and what we know about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document<'a> {
    pub text: &'a str,
    /// Publication date: anchors relative dates (اليوم "today", امس "yesterday") and roles.
    pub published: Option<CivilDate>,
}

/// Analyze `text` with no publication date. Never fails and never panics on any string.
pub fn analyze<'a>(text: &'a str, resources: &Resources, config: &AnalysisConfig) -> Analysis<'a> {
    analyze_document(&Document { text, published: None }, resources, config)
}

/// Analyze a document. Never fails and never panics on any text.
pub fn analyze_document<'a>(doc: &Document<'a>, resources: &Resources, config: &AnalysisConfig) -> Analysis<'a> {
    let text = doc.text;
    let raw = marsad_text::tokenize(text);
    // (session 38) The search key of every token, computed once and shared by the passes that
    // used to compute it each for themselves (NER, dates, actors, places, spelling variants).
    let keys: Vec<Cow<'a, str>> = if config.entities || config.dates { normalize::token_search_keys(text, &raw) } else { Vec::new() };
    let entities = if config.entities { marsad_ner::recognize_keyed(text, &raw, &keys, &resources.ner) } else { Vec::new() };
    let sentences = marsad_text::split_sentences(text, &raw);
    let quotes = if config.quotes && config.entities { marsad_understand::quotes::find_quotes_keyed(text, &raw, &sentences, &entities, &keys) } else { Vec::new() };
    let dates = if config.dates { marsad_understand::dates::find_dates_keyed(text, &raw, &keys, doc.published) } else { Vec::new() };
    let kb_date = doc.published.and_then(|d| KbDate::new(u16::try_from(d.year).ok()?, d.month, d.day));
    let actors = if config.actors && config.entities {
        marsad_understand::actors::resolve_actors_keyed(text, &raw, &keys, &entities, marsad_understand::actors::ActorTables { kb: &resources.kb, countries: &resources.countries, agents: &resources.agents }, kb_date)
    } else {
        Vec::new()
    };
    let mut places = if config.actors && config.entities { find_places(text, &raw, &keys, &entities, &resources.places) } else { Vec::new() };
    resolve_places(text, &raw, &keys, &mut places, resources);
    let mut quotes = quotes;
    name_speakers(text, &mut quotes, &actors);
    if config.speaker_ranker && config.actors {
        resources.speaker_ranker.rerank(text, &raw, &sentences, &entities, &actors, &mut quotes);
        // (session 27) the ranker's picks through the naming rules the rule picks went through
        marsad_understand::quotes::rename_speakers(text, &raw, &entities, &mut quotes, &|q| q.provenance == "quote.ranker");
    }
    let unnamed_states = name_capital_speakers(text, &raw, &mut quotes, &resources.countries);
    // (session 39, qnat) a title with a nationality (الزعيم التركي) named after the one person the
    // article introduces with the bare title whose knowledge-base country is that nationality
    let person_country = |r: &Range<usize>| {
        actors
            .iter()
            .find(|a| matches!(a.key, ActorKey::Known(_)) && a.kind == Some(EntityType::Person) && a.mentions.iter().any(|m| m.kind == MentionKind::Name && m.range.start < r.end && r.start < m.range.end))
            .and_then(|a| a.country.clone())
    };
    marsad_understand::quotes::name_national_titles_by_country(text, &raw, &entities, &mut quotes, &person_country);
    name_spelling_variants(&raw, &keys, &mut quotes);
    // (session 38, qname) a description left unnamed takes the name another quote gave its wording
    marsad_understand::quotes::name_repeated_descriptions(text, &raw, &entities, &mut quotes);
    // (session 31) no head opening with the و "and" of the list it was cut from
    marsad_understand::quotes::unconjoin_speaker_heads(text, &raw, &entities, &mut quotes);
    // (session 33) the speaker's name in citation form beside its ranges (docs/quotes.md)
    marsad_understand::quotes::citation_names(text, &raw, &entities, &resources.clitics, &mut quotes);
    // (session 38, qgroup) group/dual/report speakers named by their members or issuer
    marsad_understand::quotes::name_group_speakers(text, &raw, &entities, &mut quotes);
    // (session 42, qgroup) short definite repeats and acronyms named by the longer introduction
    // (session 43, qperf: on the shared search keys)
    marsad_understand::quotes::name_short_repeats_keyed(text, &raw, &keys, &entities, &mut quotes);
    // (session 43, qkb) a capital speaker whose state the article never names: the state's name
    name_unnamed_states(&mut quotes, &unnamed_states, &resources.countries);
    let events = if config.events && config.entities {
        let input = marsad_events::EventInput { text, tokens: &raw, sentences: &sentences, quotes: &quotes, dates: &dates, actors: &actors, places: &places, published: doc.published, clitics: &resources.clitics };
        let coder = marsad_understand::kb::Coder { kb: &resources.kb, countries: &resources.countries, agents: &resources.agents, places: Some(&resources.places) };
        marsad_events::code_events(&input, &resources.events, &coder)
    } else {
        Vec::new()
    };
    let mut segments = Vec::with_capacity(raw.len() + raw.len() / 3);
    let mut tokens = Vec::with_capacity(raw.len());
    for token in raw {
        let surface = &text[token.range.clone()];
        let seg_start = segments.len();
        if config.clitics && config.search_keys {
            // One call: plain words seen before take segments, key and stem from one cache entry.
            let (norm, stem) = marsad_text::clitic::segment_token_keyed(text, &token, &resources.clitics, &mut segments);
            tokens.push(AnalyzedToken { token, norm, stem, segments: seg_start..segments.len() });
            continue;
        }
        if config.clitics {
            marsad_text::clitic::segment_token(text, &token, &resources.clitics, &mut segments);
        } else {
            segments.push(Segment { range: token.range.clone(), kind: marsad_text::SegmentKind::Stem });
        }
        let (norm, stem) = if config.search_keys {
            let norm = normalize::search_key(surface);
            let st = stem::light_stem(&norm);
            let off = st.as_ptr() as usize - norm.as_ptr() as usize;
            let stem = off..off + st.len();
            (norm, stem)
        } else {
            (Cow::Borrowed(surface), 0..surface.len())
        };
        tokens.push(AnalyzedToken { token, norm, stem, segments: seg_start..segments.len() });
    }
    Analysis { sentences, tokens, segments, entities, quotes, dates, actors, places, events }
}

/// Gazetteer matches kept as places: those the tagger saw as locations (so common words that
/// are also small-town names, like دور dawr "role", stay words).
fn find_places(text: &str, tokens: &[Token], keys: &[Cow<'_, str>], entities: &[Entity], gazetteer: &Gazetteer) -> Vec<PlaceMatch> {
    marsad_understand::places::find_places_keyed(text, tokens, keys, gazetteer)
        .into_iter()
        .filter(|m| {
            let r = m.range.start + m.clitic_len..m.range.end;
            entities.iter().any(|e| e.kind == EntityType::Location && e.range.start < r.end && r.start < e.range.end)
        })
        .collect::<Vec<_>>()
}

/// Document-context disambiguation of the kept places ([`marsad_understand::places::resolve_in_context`]):
/// the document's country names, nationality adjectives and capitals are its evidence.
fn resolve_places(text: &str, tokens: &[Token], keys: &[Cow<'_, str>], places: &mut [PlaceMatch], resources: &Resources) {
    if places.iter().all(|m| m.candidates.len() < 2) {
        return;
    }
    let entries = resources.countries.entries();
    let named: Vec<(marsad_text::Span, &str)> = resources
        .countries
        .find_keyed(text, tokens, keys)
        .into_iter()
        .filter_map(|m| entries[m.values[0] as usize].alpha2.as_deref().map(|a2| (m.range, a2)))
        .collect();
    marsad_understand::places::resolve_in_context(places, &resources.places, &named);
}

/// (session 19) A capital standing for its state as a speaker (وقالت واشنطن wa-qālat wāšinṭun
/// "Washington said") is named by the state's fullest name elsewhere in the article (الولايات
/// المتحدة): the gold annotators name the state, not its seat of government (their notes since
/// dev 5: capital → state). The capitals are
/// the country table's `capital` entries (the metonyms the actor coder also reads as the
/// government); without the state's name in the article the capital stays the head and the
/// quote is returned, with its head and the state's code, for [`name_unnamed_states`] (session 43).
fn name_capital_speakers(text: &str, tokens: &[Token], quotes: &mut [Quote], countries: &CountryTable) -> Vec<(usize, Range<usize>, String)> {
    use marsad_understand::kb::CountryKind;
    let entries = countries.entries();
    // The country matcher runs over the text only when a speaker reads as a capital (most
    // documents have none; the actor resolver has its own pass).
    let capital_speaker = quotes.iter().any(|q| {
        q.speaker_head.as_ref().or(q.speaker.as_ref()).and_then(|r| text.get(without_hashtag(text, r.clone()))).is_some_and(|s| {
            // (with or without a leading و/ف "and": واشنطن itself opens with و)
            let k = normalize::search_key(s);
            let bare = k.strip_prefix(['و', 'ف']);
            entries.iter().any(|e| e.kind == CountryKind::Capital && (e.name == k || Some(e.name.as_str()) == bare))
        })
    });
    let mut unnamed = Vec::new();
    if !capital_speaker {
        return unnamed;
    }
    let matches = countries.find(text, tokens);
    // The bytes a match names, its leading clitics (و، ب …) left out.
    let named = |m: &marsad_understand::kb::RawMatch<'_, u32>| m.range.start + m.clitic_len..m.range.end;
    let code_of = |m: &marsad_understand::kb::RawMatch<'_, u32>, kind: CountryKind| {
        m.values.iter().filter_map(|&i| entries.get(i as usize)).find(|e| e.kind == kind).map(|e| e.code.as_str())
    };
    for (i, q) in quotes.iter_mut().enumerate() {
        let Some(at) = q.speaker_head.clone().or_else(|| q.speaker.clone()).map(|r| without_hashtag(text, r)) else { continue };
        // (a hashtag #بكين is one token, which the matcher does not see: its key is looked up)
        let Some(code) = matches.iter().find(|m| named(m) == at).and_then(|m| code_of(m, CountryKind::Capital)).or_else(|| {
            let k = normalize::search_key(text.get(at.clone())?);
            entries.iter().find(|e| e.kind == CountryKind::Capital && e.name == k).map(|e| e.code.as_str())
        }) else {
            continue;
        };
        // The longest mention of the state, the earliest among equals.
        let state = matches
            .iter()
            .filter(|m| code_of(m, CountryKind::Country) == Some(code))
            .map(named)
            .min_by_key(|r| (std::cmp::Reverse(r.len()), r.start));
        match state {
            Some(r) => q.speaker_head = Some(r),
            None => unnamed.push((i, q.speaker_head.clone().or_else(|| q.speaker.clone()).unwrap_or(at), code.to_string())),
        }
    }
    unnamed
}

/// (session 43, qkb) A capital speaker whose state the article never names (أنقرة، فاعتبرت
/// anqara fa-ʿtabarat "Ankara considered", and no تركيا in the article) is named by the state:
/// the guidelines name the state, not its seat (docs/quotes.md "Speaker"). The name is the
/// country table's display row for the code (CLDR's Arabic name: تركيا, الولايات المتحدة),
/// set as the citation-form label after the other naming passes; the ranges stay the capital
/// (the provenance). Only a quote whose speaker is still the capital the first pass saw.
fn name_unnamed_states(quotes: &mut [Quote], unnamed: &[(usize, Range<usize>, String)], countries: &CountryTable) {
    for (i, at, code) in unnamed {
        let (Some(q), Some(name)) = (quotes.get_mut(*i), countries.display_name(code)) else { continue };
        if q.speaker_head.as_ref().or(q.speaker.as_ref()) == Some(at) {
            q.speaker_name = Some(name.to_string());
        }
    }
}

/// (session 42) A range without the hashtag sign opening it (#بكين "#Beijing" names بكين).
fn without_hashtag(text: &str, r: Range<usize>) -> Range<usize> {
    match text.get(r.clone()) {
        Some(s) if s.starts_with('#') && r.len() > 1 => r.start + 1..r.end,
        _ => r,
    }
}

/// (session 23) A speaker name the article spells two ways, with or without a space (نصرالله
/// naṣrallāh / نصر الله naṣr allāh) or with or without the article on a later word (رائد صالح
/// rāʾid ṣāliḥ / رائد الصالح rāʾid aṣ-ṣāliḥ), takes the spelling the article uses more often (the
/// guidelines: one referent spelled two ways gets one name; the annotators take the commoner
/// form). The forms are compared by the words where they differ (نصرالله against نصر الله)
/// counted over the whole text; a tie keeps the speaker's own spelling.
fn name_spelling_variants<'k>(tokens: &[Token], all_keys: &'k [Cow<'_, str>], quotes: &mut [Quote]) {
    use marsad_text::TokenKind;
    use std::collections::HashMap;
    if quotes.is_empty() {
        return;
    }
    // (session 38) the document's shared search keys, Arabic tokens only
    let keys: Vec<&'k str> = tokens.iter().zip(all_keys).map(|(t, k)| if t.kind == TokenKind::Arabic { &**k } else { "" }).collect();
    // A word without its article (الله "God" is one word, not ال + له), computed once per token.
    let bare = |k: &str| -> usize {
        match k.strip_prefix("ال") {
            Some(r) if k != "الله" && r.chars().count() >= 3 => k.len() - r.len(),
            _ => 0,
        }
    };
    let bares: Vec<&str> = keys.iter().map(|k| &k[bare(k)..]).collect();
    // Whether the bare words of `t..t + n` spell `hs` exactly (no allocation).
    let spells = |t: usize, n: usize, hs: &str| -> bool {
        let mut rest = hs;
        for b in &bares[t..t + n] {
            match rest.strip_prefix(b) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        rest.is_empty()
    };
    // (session 36, qperf) Indexes built once per document, so no quote scans the whole text:
    // each key's and each bare word's token positions (ascending), and the result per head
    // wording (it depends on the head's keys alone); the counts per word sequence.
    // (session 38, qperf3) The two position indexes are sorted (word, position) lists, built
    // on the first head that passes the tests below (no hash map of vectors per document).
    fn index<'k>(words: &[&'k str]) -> Vec<(&'k str, usize)> {
        let mut v: Vec<(&str, usize)> = words.iter().enumerate().filter(|(_, w)| !w.is_empty()).map(|(i, w)| (*w, i)).collect();
        v.sort_unstable();
        v
    }
    // The positions of `w` in an index, ascending.
    fn positions<'i>(index: &'i [(&str, usize)], w: &str) -> impl Iterator<Item = usize> + 'i {
        let lo = index.partition_point(|e| e.0 < w);
        let hi = lo + index[lo..].partition_point(|e| e.0 == w);
        index[lo..hi].iter().map(|e| e.1)
    }
    #[allow(clippy::type_complexity)]
    let mut indexes: Option<(Vec<(&str, usize)>, Vec<(&str, usize)>)> = None;
    let mut counts: HashMap<Vec<&'k str>, usize> = HashMap::new();
    let mut count = |at_key: &[(&str, usize)], seq: &[&'k str]| -> usize {
        if seq.is_empty() {
            return 0;
        }
        if let Some(&c) = counts.get(seq) {
            return c;
        }
        let n = seq.len();
        let c = positions(at_key, seq[0]).filter(|&t| t + n <= keys.len() && keys[t..t + n] == *seq).count();
        counts.insert(seq.to_vec(), c);
        c
    };
    let mut memo: HashMap<Vec<&str>, Option<Range<usize>>> = HashMap::new();
    for q in quotes.iter_mut() {
        let Some(h) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        // (the tokens inside the head: tokens are in text order and do not overlap)
        let lo = tokens.partition_point(|t| t.range.start < h.start);
        let hi = lo + tokens[lo..].partition_point(|t| t.range.end <= h.end);
        let idx: Vec<usize> = (lo..hi).collect();
        if idx.is_empty() || idx.len() > 4 || idx.iter().any(|&i| keys[i].is_empty()) {
            continue;
        }
        let hk: Vec<&str> = idx.iter().map(|&i| keys[i]).collect();
        let hs: String = idx.iter().map(|&i| bares[i]).collect();
        if hs.chars().count() < 6 {
            continue;
        }
        if let Some(r) = memo.get(&hk) {
            if let Some(r) = r {
                q.speaker_head = Some(r.clone());
            }
            continue;
        }
        let (at_key, at_bare) = &*indexes.get_or_insert_with(|| (index(&keys), index(&bares)));
        // the tokens whose bare word begins `hs`, in text order
        let mut cands: Vec<usize> = hs.char_indices().map(|(b, c)| b + c.len_utf8()).flat_map(|e| positions(at_bare, &hs[..e])).collect();
        cands.sort_unstable();
        let mut best: Option<(usize, Range<usize>)> = None;
        for n in hk.len().saturating_sub(1).max(1)..=hk.len() + 1 {
            for &t in cands.iter().take_while(|&&t| t < tokens.len().saturating_sub(n - 1)) {
                let ks = &keys[t..t + n];
                if bares[t].is_empty() || !hs.starts_with(bares[t]) || ks == hk.as_slice() || ks.iter().any(|k| k.is_empty()) || !spells(t, n, &hs) {
                    continue;
                }
                // (an article toggled only inside a name of two words or more whose first word
                // is the same: الصالح alone may be another person than صالح)
                if ks.concat() != hk.concat() && (n < 2 || hk.len() < 2 || ks[0] != hk[0]) {
                    continue;
                }
                let p = ks.iter().zip(&hk).take_while(|(a, b)| a == b).count();
                let (theirs, ours) = (count(at_key, &ks[p..]), count(at_key, &hk[p..]));
                if theirs > ours && best.as_ref().is_none_or(|b| theirs > b.0) {
                    best = Some((theirs, tokens[t].range.start..tokens[t + n - 1].range.end));
                }
            }
        }
        let r = best.map(|(_, r)| r);
        if let Some(r) = &r {
            q.speaker_head = Some(r.clone());
        }
        memo.insert(hk, r);
    }
}

/// Point each quote's speaker head at the fullest name of the actor it resolves to, so a
/// speaker named by title (الرئيس الايراني al-raʾīs al-īrānī "the Iranian president") reads as
/// the person (حسن روحاني) when the document names them.
fn name_speakers(text: &str, quotes: &mut [Quote], actors: &[DocActor]) {
    // (session 16) A name mention opening with a title (القاضي سيرجيو al-qāḍī sīrjiyū "judge
    // Sergio") is no fuller name: the guidelines drop titles from names.
    // (session 18) Nor one opening with a clause particle the tagger took in (فإن بورنستين
    // fa-inna bōrnštīn "then Bornstein"; session 19: naming's one predicate, `is_clause_particle`).
    let titled = |m: &Range<usize>| text.get(m.clone()).and_then(|s| s.split_whitespace().next()).is_some_and(|w| {
        let k = normalize::search_key(w);
        marsad_understand::quotes::is_speaker_title(&k) || marsad_understand::quotes::is_clause_particle(&k)
    });
    for q in quotes {
        // The head names the speaker; without one, the phrase may still be a title the actor
        // resolver knows (الرئيس الايراني → the president at the publication date), but a
        // name inside it is no speaker (محامي ترامب "Trump's lawyer").
        let (at, any_kind) = match (&q.speaker_head, &q.speaker) {
            (Some(h), _) => (h, true),
            (None, Some(s)) => (s, false),
            (None, None) => continue,
        };
        // (session 47, qtitle) A head opening with a kin noun in construct (والد ليمار wālid
        // līmār "Lemar's father") names the speaker by a relative: the relative's fuller name
        // is not the speaker's.
        if text.get(at.clone()).and_then(|s| s.split_whitespace().next()).is_some_and(|w| marsad_understand::quotes::is_construct_kin_noun(&normalize::search_key(w))) {
            continue;
        }
        let overlaps = |m: &Mention| m.range.start < at.end && at.start < m.range.end;
        let Some(actor) = actors.iter().find(|a| a.mentions.iter().any(|m| overlaps(m) && (any_kind || matches!(m.kind, MentionKind::Title | MentionKind::Counterpart)))) else { continue };
        let longest = actor.mentions.iter().filter(|m| m.kind == MentionKind::Name && !titled(&m.range)).max_by_key(|m| m.range.len());
        // (session 22) A speaker the actor resolver reads only as a title (وزير الخارجية الروسي
        // wazīr al-ḫārijiyya ar-rūsī "the Russian foreign minister") takes the holder's name
        // the document uses, however short (لافروف): a name, never a title, names a speaker.
        let by_title = actor.mentions.iter().filter(|m| overlaps(m)).all(|m| matches!(m.kind, MentionKind::Title | MentionKind::Counterpart));
        // Only ever lengthen the name (ظريف → محمد جواد ظريف), never cut the speaker's own
        // mention down to a shorter alias the knowledge base knows (مقتدى الصدر → الصدر).
        if let Some(m) = longest.filter(|m| by_title || m.range.len() > at.len()) {
            q.speaker_head = Some(m.range.clone());
        }
    }
}
