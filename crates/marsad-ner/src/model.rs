//! The model: hashed perceptron weights, tag transitions and the lexicon (word clusters,
//! gazetteer phrases, country table), with a versioned, checksummed binary format.
//!
//! Format (little-endian), version 1:
//! ```text
//! magic "MRSDNER1" | u32 version | u32 bits | u32 n_tags | f32 scale
//! f32 × n_tags² transitions (prev, cur) | f32 × n_tags start
//! u64 n_weights (= n_tags << bits) | i16 × n_weights
//! u32 n_clusters | n × (u64 key hash, u32 path)
//! u32 n_phrases | u8 max phrase length | n × (u64 phrase hash, u16 category mask)
//! u32 n_countries | n × (u64 phrase hash, [u8; 3] ISO alpha-3, u8 kind)
//! (version 2 only) f32 scale | f32 × n_tags² transitions | f32 × n_tags start
//!                  | u64 n_weights | i16 × n_weights            (second-stage layer)
//! (version 3: after the countries) u8 has second stage | [second-stage layer as in version 2]
//!                  | u32 EMB_DIM | u32 n_vectors | f32 vector scale | n × (u64 key hash, i8 × EMB_DIM)
//!                  | u32 nn::DIN | u32 hidden | f32 weight | f32 × (w1, b1, w2, b2)  (window network)
//! (version 4: after the countries) u8 flags (1 = second stage, 2 = window network)
//!                  | [second-stage layer] | [vectors and network as in version 3]
//!                  | u32 n_mined | n × (u64 lookup-form hash, u8 mined context code)
//! (version 5: version 4, then) u32 n_xclasses | n × (u64 key hash, u32 packed exchange classes)
//! (version 7: version 5, then) f32 × n_tags³ second-order transitions (t[i-2], t[i-1], t[i])
//! u64 checksum (FNV-1a + mix of every byte before it)
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::key::{hash_bytes, phrase_hash, token_key};
use crate::{CountryCode, NerError, CLUSTER_BITS, N_TAGS};

const MAGIC: &[u8; 8] = b"MRSDNER1";
/// Version 1: one weight table. Version 2 appends a second-stage (stacked) layer.
const VERSION: u32 = 1;
const VERSION_STACKED: u32 = 2;
/// Version 3: version 1 or 2 plus word vectors and a window network (`crate::nn`).
const VERSION_DENSE: u32 = 3;
/// Version 4: flags for the optional parts of versions 2 and 3, plus the mined context table
/// (`Lexicon::mined`). Written only when that table is not empty, so models without it keep
/// their version-1/2/3 bytes.
const VERSION_MINED: u32 = 4;
/// Version 5 (session 30): version 4 plus the exchange-algorithm word classes
/// (`Lexicon::xclasses`). Written only when that table is not empty.
const VERSION_XCLASS: u32 = 5;
/// Version 7 (session 36): version 5 plus a second-order transition table (`Model::trans2`,
/// `n_tags³` f32 after the exchange classes, whose table is then always present, possibly
/// empty). Written only for a model that has that table. (Version 6 was the unmerged
/// session-33 part-of-speech format and is not read.)
const VERSION_TRANS2: u32 = 7;
/// Largest hash table accepted (2^24 buckets × 9 tags × 2 bytes = 302 MB): a guard against
/// corrupt headers asking for absurd allocations.
const MAX_BITS: u32 = 24;

/// Gazetteer categories (bit positions in a phrase's category mask).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Category {
    /// Full person names.
    Person = 0,
    /// Single tokens of person names (given names, family names).
    PersonToken = 1,
    /// Cities and other places.
    Location = 2,
    /// Country names.
    Country = 3,
    /// Nationality adjectives and demonyms.
    Nationality = 4,
    /// Organisation names.
    Organization = 5,
    /// Words that head organisation names: وزارة wizāra "ministry", مجلس majlis "council".
    OrgKeyword = 6,
    /// Titles and roles before person names: الرئيس al-raʾīs "the president".
    Title = 7,
    /// Words that head place names: مدينة madīna "city", نهر nahr "river".
    LocKeyword = 8,
    /// Capitals and large cities (GeoNames population ≥ 300,000): safe to tag as places even
    /// where the tagger hesitates.
    MajorCity = 9,
    /// News agencies and other organisations safe to tag wherever they occur:
    /// وكالة ارنا wakālat irnā "IRNA news agency".
    Agency = 10,
    /// Person names induced from the unlabelled ANT corpus (names the tagger tags often and
    /// consistently, or that follow a person title): a feature category like the others.
    InducedPerson = 11,
    /// Organisation names induced from ANT (tagged often, or after نادي nādī "club",
    /// شركة sharika "company", بنك bank ...).
    InducedOrganization = 12,
    /// Place names induced from ANT (tagged often, or after مدينة madīna "city" ...).
    InducedLocation = 13,
}

pub const N_CATEGORIES: usize = 14;

/// Share of person-name tokens that makes a level-3 word cluster a name cluster.
pub(crate) const NAME_CLUSTER_SHARE: f64 = 0.3;
/// Fewest words a name cluster has.
pub(crate) const NAME_CLUSTER_MIN: u32 = 20;

/// Whether a country-table entry is the country's name or a nationality adjective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CountryKind {
    Name = 0,
    Nationality = 1,
}

/// A hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default)]
pub(crate) struct PreHashed(u64);
impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
pub(crate) type Map<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

/// Writes a key → value table as `u32 n | n × (u64 key, value)`, sorted by key so the same model
/// always serializes to the same bytes; `put` writes one value.
fn put_sorted<V: Ord>(b: &mut Vec<u8>, map: &Map<V>, put: impl Fn(&mut Vec<u8>, &V)) {
    let mut rows: Vec<_> = map.iter().collect();
    rows.sort();
    b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    for (k, v) in rows {
        b.extend_from_slice(&k.to_le_bytes());
        put(b, v);
    }
}

/// Word clusters, gazetteer phrases and the country table, keyed by hashes of token keys.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub(crate) clusters: Map<u32>,
    pub(crate) phrases: Map<u16>,
    pub(crate) max_phrase: usize,
    pub(crate) countries: Map<(CountryCode, CountryKind)>,
    /// Dense word vectors (`EMB_DIM` i8 per row, times `emb_scale`) by key hash → row.
    pub(crate) emb_index: Map<u32>,
    pub(crate) emb: Vec<i8>,
    pub(crate) emb_scale: f32,
    /// Context classes mined from the unlabelled ANT corpus (`crate::features::mined_code`):
    /// per lookup-form hash, the keyword class the word most often follows (PER after a title,
    /// ORG after an organisation keyword, LOC after a place keyword) with buckets of that share
    /// and count. Empty in models without it.
    pub(crate) mined: Map<u8>,
    /// Exchange-algorithm word classes (session 30, `crate::features`): per key hash, up to
    /// `XCLASS_LEVELS` class ids of `XCLASS_BITS` bits each, one per clustering (granularity);
    /// `XCLASS_NONE` in a slot the model has no clustering for. Empty in models without it.
    pub(crate) xclasses: Map<u32>,
    /// Level-3 clusters (512) where person-name tokens are common, one bit each; derived from
    /// `clusters` and `phrases` on first use (`Lexicon::name_clusters`), never stored.
    pub(crate) name_clusters: std::sync::OnceLock<Box<[u64; 8]>>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Keys of the tokens of `phrase`, as the recognizer will see them at run time.
    pub fn phrase_keys(phrase: &str) -> Vec<String> {
        marsad_text::tokenize(phrase).iter().map(|t| token_key(&phrase[t.range.clone()])).collect()
    }

    /// Record the cluster path of a word key (see [`crate::features`] for how paths are used).
    pub fn add_cluster(&mut self, key: &str, path: u32) {
        self.clusters.insert(crate::key::hash_str(key), path);
    }

    /// Add a gazetteer phrase (surface text; normalized here) under `category`.
    pub fn add_phrase(&mut self, phrase: &str, category: Category) {
        let keys = Lexicon::phrase_keys(phrase);
        if keys.is_empty() || keys.len() > 8 {
            return;
        }
        self.max_phrase = self.max_phrase.max(keys.len());
        *self.phrases.entry(phrase_hash(keys.iter().map(String::as_str))).or_insert(0) |= 1 << category as u16;
    }

    /// Add a gazetteer phrase given as token keys (already normalized, as
    /// [`Lexicon::phrase_keys`] or [`crate::key::token_key`] make them) under `category`.
    pub fn add_phrase_keys(&mut self, keys: &[&str], category: Category) {
        if keys.is_empty() || keys.len() > 8 {
            return;
        }
        self.max_phrase = self.max_phrase.max(keys.len());
        *self.phrases.entry(phrase_hash(keys.iter().copied())).or_insert(0) |= 1 << category as u16;
    }

    /// Link a country name or nationality adjective (surface text) to an ISO alpha-3 code.
    /// The first entry for a phrase wins.
    pub fn add_country(&mut self, phrase: &str, code: CountryCode, kind: CountryKind) {
        let keys = Lexicon::phrase_keys(phrase);
        if keys.is_empty() {
            return;
        }
        self.countries.entry(phrase_hash(keys.iter().map(String::as_str))).or_insert((code, kind));
    }

    /// Set the dense word vectors (`EMB_DIM` floats per word, rows in the order of `words`),
    /// quantized to i8 with values clipped to ±4.
    pub fn set_embeddings(&mut self, words: &[&str], vecs: &[f32]) {
        let dim = crate::EMB_DIM;
        self.emb_index.clear();
        self.emb.clear();
        self.emb_scale = 4.0 / 127.0;
        for (r, (w, v)) in words.iter().zip(vecs.chunks_exact(dim)).enumerate() {
            self.emb_index.insert(crate::key::hash_str(w), r as u32);
            self.emb.extend(v.iter().map(|&x| (x / self.emb_scale).round().clamp(-127.0, 127.0) as i8));
        }
    }

    /// Record the mined context code of a word (hash of its lookup form, as
    /// [`crate::features::lookup_key`] gives it); code 0 is "nothing mined" and is not stored.
    pub fn add_mined(&mut self, lookup_hash: u64, code: u8) {
        if code != 0 {
            self.mined.insert(lookup_hash, code);
        }
    }

    /// The mined context code of a token key (0 when none).
    pub fn mined_code_of(&self, key: &str) -> u8 {
        self.mined.get(&crate::key::hash_str(&crate::features::lookup_key(key))).copied().unwrap_or(0)
    }

    /// Record the exchange classes of a word key, one class id (< 2^`XCLASS_BITS` − 1) per
    /// clustering, at most `XCLASS_LEVELS` of them; further ids are ignored.
    pub fn add_xclasses(&mut self, key: &str, classes: &[u32]) {
        let mut packed = 0u32;
        for slot in 0..crate::XCLASS_LEVELS {
            let c = classes.get(slot as usize).copied().filter(|&c| c < crate::XCLASS_NONE).unwrap_or(crate::XCLASS_NONE);
            packed |= c << (slot * crate::XCLASS_BITS);
        }
        self.xclasses.insert(crate::key::hash_str(key), packed);
    }

    pub fn n_xclasses(&self) -> usize {
        self.xclasses.len()
    }

    pub fn n_mined(&self) -> usize {
        self.mined.len()
    }

    pub fn n_embeddings(&self) -> usize {
        self.emb_index.len()
    }

    /// Whether the level-3 cluster of `path` holds many person-name tokens (share of the
    /// cluster's words in the person-name-token list ≥ [`NAME_CLUSTER_SHARE`], at least
    /// [`NAME_CLUSTER_MIN`] words): there a listed name token is a name, not a common noun that
    /// happens to be a name too (عدة ʿidda "several").
    pub(crate) fn is_name_cluster(&self, path: u32) -> bool {
        let bits = self.name_clusters.get_or_init(|| {
            let mut total = vec![0u32; 512];
            let mut names = vec![0u32; 512];
            for (h, &p) in &self.clusters {
                let c = (p >> CLUSTER_BITS) as usize & 511;
                total[c] += 1;
                if self.phrases.get(h).is_some_and(|m| m & (1 << Category::PersonToken as u16) != 0) {
                    names[c] += 1;
                }
            }
            let mut out = Box::new([0u64; 8]);
            for c in 0..512 {
                if total[c] >= NAME_CLUSTER_MIN && f64::from(names[c]) >= NAME_CLUSTER_SHARE * f64::from(total[c]) {
                    out[c / 64] |= 1 << (c % 64);
                }
            }
            out
        });
        let c = (path >> CLUSTER_BITS) as usize & 511;
        bits[c / 64] & (1 << (c % 64)) != 0
    }

    pub fn n_clusters(&self) -> usize {
        self.clusters.len()
    }
    pub fn n_phrases(&self) -> usize {
        self.phrases.len()
    }
    pub fn n_countries(&self) -> usize {
        self.countries.len()
    }
}

/// A second-stage tagger layer: weights over the token features plus the stacked features
/// computed from the first stage's tags (see `features::add_stacked`).
#[derive(Clone, Debug)]
pub(crate) struct Layer {
    pub(crate) scale: f32,
    pub(crate) weights: Vec<i16>,
    pub(crate) trans: [[f32; N_TAGS]; N_TAGS],
    pub(crate) start: [f32; N_TAGS],
}

/// A trained NER model. Build one with [`Model::from_bytes`] (the shipped model comes from
/// the binary's embedded bytes) or with [`crate::train`].
#[derive(Clone, Debug)]
pub struct Model {
    pub(crate) bits: u32,
    pub(crate) scale: f32,
    pub(crate) weights: Vec<i16>,
    pub(crate) trans: [[f32; N_TAGS]; N_TAGS],
    pub(crate) start: [f32; N_TAGS],
    pub(crate) lex: Lexicon,
    /// Second stage (two-stage tagging), if the model was trained with one.
    pub(crate) stage2: Option<Layer>,
    /// Window network over dense word vectors, if the model has one (format version 3).
    pub(crate) net: Option<crate::nn::Net>,
    /// Second-order transitions (session 36, format version 7): `N_TRANS2` scores indexed by
    /// `decode::tri(t[i-2], t[i-1], t[i])`, added to `trans` in the first stage's Viterbi.
    pub(crate) trans2: Option<Vec<f32>>,
}

impl Model {
    /// Combine a first-stage model with a second-stage model trained on stacked features
    /// (same hash size): the result tags with `self`, then re-tags with `second`'s weights.
    pub fn with_stage2(mut self, second: Model) -> Model {
        self.stage2 = Some(Layer { scale: second.scale, weights: second.weights, trans: second.trans, start: second.start });
        self
    }

    /// Add a window network (its scores join the first stage's emissions).
    pub fn with_net(mut self, net: crate::nn::Net) -> Model {
        self.net = Some(net);
        self
    }

    /// The window network, if any.
    pub fn net(&self) -> Option<&crate::nn::Net> {
        self.net.as_ref()
    }

    /// Whether the model has a second (stacked) stage.
    pub fn is_stacked(&self) -> bool {
        self.stage2.is_some()
    }

    /// The first stage alone.
    pub fn first_stage(&self) -> Model {
        Model { stage2: None, net: None, ..self.clone() }
    }

    /// Whether the first stage decodes with second-order (tag-trigram) transitions.
    pub fn is_second_order(&self) -> bool {
        self.trans2.is_some()
    }

    /// Number of hash buckets is `1 << bits`.
    pub fn bits(&self) -> u32 {
        self.bits
    }
    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Quantize float weights into a model.
    pub(crate) fn from_float(bits: u32, w: &[f32], trans: [[f32; N_TAGS]; N_TAGS], start: [f32; N_TAGS], lex: Lexicon) -> Model {
        let max = w.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
        let weights = w.iter().map(|&x| (x / scale).round().clamp(-32767.0, 32767.0) as i16).collect();
        Model { bits, scale, weights, trans, start, lex, stage2: None, net: None, trans2: None }
    }

    /// Serialize in the format described in the module docs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(self.weights.len() * 2 + 64);
        b.extend_from_slice(MAGIC);
        let version = if self.trans2.is_some() {
            VERSION_TRANS2
        } else if !self.lex.xclasses.is_empty() {
            VERSION_XCLASS
        } else if !self.lex.mined.is_empty() {
            VERSION_MINED
        } else if self.net.is_some() {
            VERSION_DENSE
        } else if self.stage2.is_some() {
            VERSION_STACKED
        } else {
            VERSION
        };
        b.extend_from_slice(&version.to_le_bytes());
        b.extend_from_slice(&self.bits.to_le_bytes());
        b.extend_from_slice(&(N_TAGS as u32).to_le_bytes());
        b.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.trans {
            for x in row {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        for x in &self.start {
            b.extend_from_slice(&x.to_le_bytes());
        }
        b.extend_from_slice(&(self.weights.len() as u64).to_le_bytes());
        for w in &self.weights {
            b.extend_from_slice(&w.to_le_bytes());
        }
        // Sorted, so the same model always serializes to the same bytes.
        put_sorted(&mut b, &self.lex.clusters, |b, v| b.extend_from_slice(&v.to_le_bytes()));
        let mut phrases: Vec<_> = self.lex.phrases.iter().collect();
        phrases.sort();
        b.extend_from_slice(&(phrases.len() as u32).to_le_bytes());
        b.push(self.lex.max_phrase as u8);
        for (k, v) in phrases {
            b.extend_from_slice(&k.to_le_bytes());
            b.extend_from_slice(&v.to_le_bytes());
        }
        let mut countries: Vec<_> = self.lex.countries.iter().collect();
        countries.sort_by_key(|(k, _)| **k);
        b.extend_from_slice(&(countries.len() as u32).to_le_bytes());
        for (k, (code, kind)) in countries {
            b.extend_from_slice(&k.to_le_bytes());
            b.extend_from_slice(&code.0);
            b.push(*kind as u8);
        }
        if version >= VERSION_MINED {
            b.push(u8::from(self.stage2.is_some()) | u8::from(self.net.is_some()) << 1);
        } else if self.net.is_some() {
            b.push(u8::from(self.stage2.is_some()));
        }
        if let Some(l) = &self.stage2 {
            b.extend_from_slice(&l.scale.to_le_bytes());
            for x in l.trans.iter().flatten().chain(l.start.iter()) {
                b.extend_from_slice(&x.to_le_bytes());
            }
            b.extend_from_slice(&(l.weights.len() as u64).to_le_bytes());
            for w in &l.weights {
                b.extend_from_slice(&w.to_le_bytes());
            }
        }
        if let Some(net) = &self.net {
            let mut rows: Vec<(u64, u32)> = self.lex.emb_index.iter().map(|(&k, &r)| (k, r)).collect();
            rows.sort();
            b.extend_from_slice(&(crate::EMB_DIM as u32).to_le_bytes());
            b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
            b.extend_from_slice(&self.lex.emb_scale.to_le_bytes());
            let dim = crate::EMB_DIM;
            for (k, r) in rows {
                b.extend_from_slice(&k.to_le_bytes());
                b.extend(self.lex.emb[r as usize * dim..(r as usize + 1) * dim].iter().map(|&x| x as u8));
            }
            b.extend_from_slice(&(crate::nn::DIN as u32).to_le_bytes());
            b.extend_from_slice(&(net.hidden as u32).to_le_bytes());
            b.extend_from_slice(&net.weight.to_le_bytes());
            for x in net.w1.iter().chain(&net.b1).chain(&net.w2).chain(&net.b2) {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        if version >= VERSION_MINED {
            put_sorted(&mut b, &self.lex.mined, |b, v| b.push(*v));
        }
        if version >= VERSION_XCLASS {
            put_sorted(&mut b, &self.lex.xclasses, |b, v| b.extend_from_slice(&v.to_le_bytes()));
        }
        if let Some(t2) = &self.trans2 {
            for x in t2 {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        let sum = hash_bytes(&b, 0x6d61_7273_6164_6e72);
        b.extend_from_slice(&sum.to_le_bytes());
        b
    }

    /// Parse a model. Never panics: truncated, corrupt or foreign bytes give an error.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, NerError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(NerError::BadMagic);
        }
        if bytes.len() < MAGIC.len() + 4 + 8 {
            return Err(NerError::Truncated { section: "header" });
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        let mut r = Reader { b: body, pos: MAGIC.len() };
        let version = r.u32("header")?;
        if ![VERSION, VERSION_STACKED, VERSION_DENSE, VERSION_MINED, VERSION_XCLASS, VERSION_TRANS2].contains(&version) {
            return Err(NerError::UnsupportedVersion(version));
        }
        let stored = u64::from_le_bytes(sum.try_into().map_err(|_| NerError::Truncated { section: "checksum" })?);
        if hash_bytes(body, 0x6d61_7273_6164_6e72) != stored {
            return Err(NerError::ChecksumMismatch);
        }
        let bits = r.u32("header")?;
        if bits == 0 || bits > MAX_BITS {
            return Err(NerError::Corrupt("hash table size out of range"));
        }
        if r.u32("header")? as usize != N_TAGS {
            return Err(NerError::Corrupt("unexpected tag count"));
        }
        let scale = r.f32("header")?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(NerError::Corrupt("weight scale is not a positive number"));
        }
        let mut trans = [[0f32; N_TAGS]; N_TAGS];
        for row in &mut trans {
            for x in row.iter_mut() {
                *x = r.f32("transitions")?;
            }
        }
        let mut start = [0f32; N_TAGS];
        for x in &mut start {
            *x = r.f32("transitions")?;
        }
        if trans.iter().flatten().chain(start.iter()).any(|x| !x.is_finite()) {
            return Err(NerError::Corrupt("transition weight is not finite"));
        }
        let n = r.u64("weights")?;
        if n != (N_TAGS as u64) << bits {
            return Err(NerError::Corrupt("weight count does not match the hash table size"));
        }
        let raw = r.take(n as usize * 2, "weights")?;
        let weights = raw.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();

        let mut lex = Lexicon { clusters: r.u32_map("clusters")?, ..Lexicon::default() };
        let n = r.count(10, "phrases")?;
        lex.max_phrase = usize::from(r.u8("phrases")?);
        if lex.max_phrase > 8 {
            return Err(NerError::Corrupt("gazetteer phrase length out of range"));
        }
        lex.phrases.reserve(n);
        for _ in 0..n {
            let k = r.u64("phrases")?;
            let v = r.u16("phrases")?;
            lex.phrases.insert(k, v);
        }
        let n = r.count(12, "countries")?;
        lex.countries.reserve(n);
        for _ in 0..n {
            let k = r.u64("countries")?;
            let code = r.take(3, "countries")?;
            let code = CountryCode([code[0], code[1], code[2]]);
            if !code.0.iter().all(u8::is_ascii_uppercase) {
                return Err(NerError::Corrupt("country code is not three capital letters"));
            }
            let kind = match r.u8("countries")? {
                0 => CountryKind::Name,
                1 => CountryKind::Nationality,
                _ => return Err(NerError::Corrupt("unknown country entry kind")),
            };
            lex.countries.insert(k, (code, kind));
        }
        let (has_stage2, has_net) = match version {
            VERSION_STACKED => (true, false),
            VERSION_DENSE => match r.u8("network")? {
                0 => (false, true),
                1 => (true, true),
                _ => return Err(NerError::Corrupt("bad second-stage flag")),
            },
            VERSION_MINED | VERSION_XCLASS | VERSION_TRANS2 => match r.u8("flags")? {
                f if f <= 3 => (f & 1 != 0, f & 2 != 0),
                _ => return Err(NerError::Corrupt("unknown section flags")),
            },
            _ => (false, false),
        };
        let stage2 = if has_stage2 { Some(r.layer(bits)?) } else { None };
        let net = if has_net { Some(r.net(&mut lex)?) } else { None };
        if version >= VERSION_MINED {
            let n = r.count(9, "mined contexts")?;
            lex.mined.reserve(n);
            for _ in 0..n {
                let k = r.u64("mined contexts")?;
                let v = r.u8("mined contexts")?;
                if v & 3 == 0 {
                    return Err(NerError::Corrupt("mined context code without a class"));
                }
                lex.mined.insert(k, v);
            }
        }
        if version >= VERSION_XCLASS {
            lex.xclasses = r.u32_map("exchange classes")?;
        }
        let trans2 = if version == VERSION_TRANS2 {
            let t2 = (0..crate::decode::N_TRANS2).map(|_| r.f32("second-order transitions")).collect::<Result<Vec<f32>, _>>()?;
            if t2.iter().any(|x| !x.is_finite()) {
                return Err(NerError::Corrupt("second-order transition weight is not finite"));
            }
            Some(t2)
        } else {
            None
        };
        if r.pos != body.len() {
            return Err(NerError::Corrupt("trailing bytes after the last section"));
        }
        Ok(Model { bits, scale, weights, trans, start, lex, stage2, net, trans2 })
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, section: &'static str) -> Result<&'a [u8], NerError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len()).ok_or(NerError::Truncated { section })?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, section: &'static str) -> Result<u8, NerError> {
        Ok(self.take(1, section)?[0])
    }
    fn u16(&mut self, section: &'static str) -> Result<u16, NerError> {
        let s = self.take(2, section)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self, section: &'static str) -> Result<u32, NerError> {
        let s = self.take(4, section)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self, section: &'static str) -> Result<f32, NerError> {
        Ok(f32::from_bits(self.u32(section)?))
    }
    fn u64(&mut self, section: &'static str) -> Result<u64, NerError> {
        let s = self.take(8, section)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(s);
        Ok(u64::from_le_bytes(a))
    }
    /// A second-stage layer (version 2).
    fn layer(&mut self, bits: u32) -> Result<Layer, NerError> {
        const S: &str = "second stage";
        let scale = self.f32(S)?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(NerError::Corrupt("second-stage weight scale is not a positive number"));
        }
        let mut trans = [[0f32; N_TAGS]; N_TAGS];
        for x in trans.iter_mut().flatten() {
            *x = self.f32(S)?;
        }
        let mut start = [0f32; N_TAGS];
        for x in &mut start {
            *x = self.f32(S)?;
        }
        if trans.iter().flatten().chain(start.iter()).any(|x| !x.is_finite()) {
            return Err(NerError::Corrupt("second-stage transition weight is not finite"));
        }
        let n = self.u64(S)?;
        if n != (N_TAGS as u64) << bits {
            return Err(NerError::Corrupt("second-stage weight count does not match the hash table size"));
        }
        let raw = self.take(n as usize * 2, S)?;
        let weights = raw.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        Ok(Layer { scale, weights, trans, start })
    }

    /// Word vectors (into `lex`) and the window network (version 3).
    fn net(&mut self, lex: &mut Lexicon) -> Result<crate::nn::Net, NerError> {
        const S: &str = "network";
        let dim = crate::EMB_DIM;
        if self.u32(S)? as usize != dim {
            return Err(NerError::Corrupt("word vector width does not match this build"));
        }
        let n = self.count(8 + dim, S)?;
        lex.emb_scale = self.f32(S)?;
        if !lex.emb_scale.is_finite() || lex.emb_scale <= 0.0 {
            return Err(NerError::Corrupt("word vector scale is not a positive number"));
        }
        lex.emb_index.reserve(n);
        lex.emb.reserve(n * dim);
        for r in 0..n {
            let k = self.u64(S)?;
            lex.emb_index.insert(k, r as u32);
            lex.emb.extend(self.take(dim, S)?.iter().map(|&x| x as i8));
        }
        if self.u32(S)? as usize != crate::nn::DIN {
            return Err(NerError::Corrupt("network input width does not match this build"));
        }
        let hidden = self.u32(S)? as usize;
        if hidden == 0 || hidden > 4096 {
            return Err(NerError::Corrupt("network hidden size out of range"));
        }
        let weight = self.f32(S)?;
        let n1 = crate::nn::WINDOW * crate::nn::DIN * hidden;
        let total = n1 + hidden + hidden * N_TAGS + N_TAGS;
        let raw = self.take(total * 4, S)?;
        let v: Vec<f32> = raw.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        if !weight.is_finite() || v.iter().any(|x| !x.is_finite()) {
            return Err(NerError::Corrupt("network weight is not finite"));
        }
        let b2: [f32; N_TAGS] = std::array::from_fn(|t| v[n1 + hidden + hidden * N_TAGS + t]);
        Ok(crate::nn::Net {
            hidden,
            w1: v[..n1].to_vec(),
            b1: v[n1..n1 + hidden].to_vec(),
            w2: v[n1 + hidden..n1 + hidden + hidden * N_TAGS].to_vec(),
            b2,
            weight,
        })
    }

    /// An element count, checked against the bytes left (each element is at least `size`).
    /// A `u32 n | n × (u64 key, u32 value)` table (the writer's `put_sorted`).
    fn u32_map(&mut self, section: &'static str) -> Result<Map<u32>, NerError> {
        let n = self.count(12, section)?;
        let mut map = Map::default();
        map.reserve(n);
        for _ in 0..n {
            let k = self.u64(section)?;
            let v = self.u32(section)?;
            map.insert(k, v);
        }
        Ok(map)
    }

    fn count(&mut self, size: usize, section: &'static str) -> Result<usize, NerError> {
        let n = self.u32(section)? as usize;
        if n.saturating_mul(size) > self.b.len() - self.pos {
            return Err(NerError::Truncated { section });
        }
        Ok(n)
    }
}
