//! Named-entity recognition for Arabic news: PER, ORG, LOC, MISC, plus nationality adjectives
//! (الايراني al-īrānī "the Iranian") linked to their country's ISO 3166 alpha-3 code.
//!
//! Method: a first-order averaged structured perceptron over BIO tags with hashed features
//! (search-normalized keys, clitic-stripped stems, affixes, shape, ±2 window, word clusters
//! learned from the ANT news corpus, gazetteer membership), decoded with constrained Viterbi.
//! Optionally (not in the shipped model) a window network over dense word vectors ([`nn`])
//! adds its log-probabilities to the emission scores.
//! See `docs/ner.md` for data, training and figures.
//!
//! This crate does no I/O: models come in as bytes ([`Model::from_bytes`]) and entities go out
//! as plain data with byte ranges into the original text.

mod decode;
mod features;
pub mod key;
pub mod lbfgs;
mod model;
pub mod nn;
pub mod train;

use marsad_text::{Span, Token};

pub use features::{lookup_key, mined_code, Features, MINED_LOC, MINED_ORG, MINED_PER};
pub use model::{Category, CountryKind, Lexicon, Model};

/// Word-cluster paths: `CLUSTER_LEVELS` levels of `CLUSTER_BITS` bits (8-way splits:
/// 8 / 64 / 512 / 4096 clusters); features use several prefixes.
pub const CLUSTER_LEVELS: u32 = 4;
pub const CLUSTER_BITS: u32 = 3;
/// Exchange-algorithm word classes (session 30): up to `XCLASS_LEVELS` clusterings of at most
/// 2^`XCLASS_BITS` − 1 classes each, packed into one u32 per word.
pub const XCLASS_LEVELS: u32 = 3;
pub const XCLASS_BITS: u32 = 10;
/// The slot value "no class" (unknown word, or no clustering in that slot).
pub const XCLASS_NONE: u32 = (1 << XCLASS_BITS) - 1;

/// Width of the dense word vectors (PCA of the PPMI context vectors) the window network reads.
pub const EMB_DIM: usize = 32;

/// Number of BIO tags: O plus B/I for the four tagged types.
pub const N_TAGS: usize = 9;

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntityType {
    /// People: محمد جواد ظريف muḥammad jawād ẓarīf.
    Person,
    /// Organisations: مجلس الامن الدولي majlis al-amn ad-duwalī "the UN Security Council".
    Organization,
    /// Places, including countries and cities (GPEs): موسكو mūskū "Moscow".
    Location,
    /// Other names (events, products, works), as in ANERcorp.
    Misc,
    /// A nationality adjective or demonym (NORP): الروسي ar-rūsī "the Russian". Always carries
    /// its country. Found by the nationality table, not by the statistical tagger.
    Nationality,
}

impl EntityType {
    /// The four types the statistical tagger produces, in tag order.
    pub const TAGGED: [EntityType; 4] = [EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Misc];

    /// Stable upper-case name used in serialized output: PER, ORG, LOC, MISC, NORP.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Location => "LOC",
            EntityType::Misc => "MISC",
            EntityType::Nationality => "NORP",
        }
    }

    fn tag_index(self) -> Option<u8> {
        EntityType::TAGGED.iter().position(|&t| t == self).map(|p| p as u8)
    }
}

/// An ISO 3166-1 alpha-3 country code such as `IRN`, `RUS`, `USA`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(pub(crate) [u8; 3]);

impl CountryCode {
    /// `Some` for exactly three ASCII capital letters.
    pub fn new(code: &str) -> Option<CountryCode> {
        let b = code.as_bytes();
        (b.len() == 3 && b.iter().all(u8::is_ascii_uppercase)).then(|| CountryCode([b[0], b[1], b[2]]))
    }
    pub fn as_str(&self) -> &str {
        // Always three ASCII capitals (checked on construction and on model load).
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl std::fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named entity: `&text[range]` is its surface form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub range: Span,
    pub kind: EntityType,
    /// The country a location or nationality adjective names, when the country table knows it.
    pub country: Option<CountryCode>,
}

/// A BIO tag, the unit of training data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bio {
    O,
    B(EntityType),
    I(EntityType),
}

impl Bio {
    /// Tag index 0..N_TAGS; `None` for types the tagger does not learn (Nationality).
    pub fn index(self) -> Option<u8> {
        match self {
            Bio::O => Some(0),
            Bio::B(t) => t.tag_index().map(|k| 1 + 2 * k),
            Bio::I(t) => t.tag_index().map(|k| 2 + 2 * k),
        }
    }
    pub fn from_index(i: u8) -> Bio {
        match i {
            1..=8 => {
                let t = EntityType::TAGGED[usize::from((i - 1) / 2)];
                if i % 2 == 1 {
                    Bio::B(t)
                } else {
                    Bio::I(t)
                }
            }
            _ => Bio::O,
        }
    }
}

/// Why a model could not be loaded. The caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NerError {
    #[error("not a Marsad NER model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported NER model format version {0} (this build reads versions 1 to 3)")]
    UnsupportedVersion(u32),
    #[error("NER model is truncated (in section {section})")]
    Truncated { section: &'static str },
    #[error("NER model checksum mismatch: the file is corrupt")]
    ChecksumMismatch,
    #[error("NER model is corrupt: {0}")]
    Corrupt(&'static str),
}

/// Find the named entities of `text`, given its tokens (from [`marsad_text::tokenize`]).
/// Entities come in text order and do not overlap.
pub fn recognize(text: &str, tokens: &[Token], model: &Model) -> Vec<Entity> {
    let mut feats = Features::default();
    features::extract(text, tokens, &model.lex, model.bits, &mut feats);
    let tags = decode::tag(model, &feats);
    decode::entities(text, tokens, &feats.keys, &tags, &model.lex)
}

/// [`recognize`] given the search key of every token (`keys[i]` =
/// `search_key(&text[tokens[i].range])`; session 38: the engine computes them once per
/// document and shares them with the other passes). Same entities as [`recognize`].
pub fn recognize_keyed(text: &str, tokens: &[Token], keys: &[std::borrow::Cow<'_, str>], model: &Model) -> Vec<Entity> {
    let mut feats = Features::default();
    features::extract_keyed(tokens, keys, &model.lex, model.bits, &mut feats);
    let tags = decode::tag(model, &feats);
    decode::entities(text, tokens, &feats.keys, &tags, &model.lex)
}

/// The BIO tags the statistical tagger assigns to `tokens` (for evaluation and debugging).
pub fn tag_tokens(text: &str, tokens: &[Token], model: &Model) -> Vec<Bio> {
    let mut feats = Features::default();
    features::extract(text, tokens, &model.lex, model.bits, &mut feats);
    decode::tag(model, &feats).into_iter().map(Bio::from_index).collect()
}
