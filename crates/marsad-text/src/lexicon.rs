//! Lexicons that guard clitic segmentation (words never split, known stems).
//! Parsed from bytes the caller provides: this crate never opens files.
//!
//! # Text format
//!
//! One entry per line, `key<TAB>count[<TAB>flags]`; `#` starts a comment line, blank lines are
//! ignored. `key` is a *folded* word ([`crate::clitic::fold_key`]: no diacritics or tatweel,
//! أ إ آ ٱ → ا, ى → ي), `count` its frequency as a whole token in the news corpus, `flags` a set of
//! letters:
//!
//! * `N` never split: a fixed word whose letters only look like clitics
//!   (`// لكن lākin "but"`, not ل + كن).
//! * `P` a name-like token from a gazetteer (soft evidence: names keep their letters).
//!
//! The artifact `resources/text/clitics.lex` is built by `cargo xtask build-lexicons`.


/// Error parsing a lexicon.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    #[error("lexicon line {line}: {reason}")]
    Malformed { line: usize, reason: String },
}

use std::sync::atomic::{AtomicBool, AtomicU16, AtomicU64, Ordering::Relaxed};

/// Flag: never split this word.
pub const FLAG_NEVER_SPLIT: u8 = 1;
/// Flag: a name-like token from a gazetteer.
pub const FLAG_NAME: u8 = 2;

/// What the lexicon knows about one folded word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Frequency as a whole token in the corpus the lexicon was built from.
    pub count: u32,
    /// `FLAG_*` bits.
    pub flags: u8,
    /// Segmentation of this word cached by the segmenter (0 = none yet).
    pub(crate) plan: u16,
}

impl Entry {
    pub fn never_split(self) -> bool {
        self.flags & FLAG_NEVER_SPLIT != 0
    }
    pub fn is_name(self) -> bool {
        self.flags & FLAG_NAME != 0
    }
}

/// Words and stems that guide clitic segmentation.
///
/// Stored as an open-addressing table (load ≤ 3/4) of 64-bit key hashes (no key strings): one
/// cache line per lookup. Two different keys with the same 64-bit hash would share an entry; with ~150,000 keys
/// the chance that a looked-up word collides with some key is about 1e-14 per lookup.
///
/// Each slot also caches the segmentation of its word, filled on first use (an atomic, so a
/// shared `&CliticLexicon` can be used from many threads); the cached value is a pure function
/// of the word and the lexicon, so caching never changes results.
#[derive(Default)]
pub struct CliticLexicon {
    slots: Vec<Slot>,
    len: usize,
    /// Some slot holds a cached segmentation.
    cached: AtomicBool,
    /// Direct-mapped cache of segmentations of words *not* in the lexicon: `hash` with its low
    /// 16 bits replaced by the packed plan.
    side: Box<[AtomicU64]>,
    /// Direct-mapped hot cache: `hash` with its low 16 bits replaced by the packed plan.
    hot: Box<[AtomicU64]>,
    /// First-level cache of frequent plain words (letters ء..ي only, so every letter is two
    /// bytes), keyed by a hash of the surface bytes: the segmenter's fast path, which neither
    /// folds the word nor touches the tables above. 8-way set-associative, one 64-byte bucket
    /// (cache line) per lookup. Each entry is the hash with its low [`WORD_PAYLOAD_BITS`] bits
    /// replaced by the segmenter's payload (0 = empty).
    words: Box<[WordBucket]>,
}

/// Entries of the side cache for unknown words (128 KiB).
const SIDE_SIZE: usize = 1 << 14;
/// Entries of the hot cache of recent segmentations, known and unknown words alike (128 KiB:
/// stays in L2, where the 8 MB slot table does not; frequent words hit it).
const HOT_SIZE: usize = 1 << 14;
/// Buckets of 8 entries of the plain-word cache (32K entries, 256 KiB: fits the L2 cache; the
/// words seen at least [`WORD_CACHE_MIN_COUNT`] times in the lexicon's corpus, ~27K folded
/// words, cover ~93% of its running words).
const WORD_BUCKETS: usize = 1 << 12;
/// Bits of a plain-word cache entry that hold the payload; the other 41 hold the hash, and the
/// bucket index its low 12 bits: 53 bits of the 64-bit hash are checked.
pub(crate) const WORD_PAYLOAD_BITS: u32 = 23;
const WORD_PAYLOAD_MASK: u64 = (1 << WORD_PAYLOAD_BITS) - 1;
/// Only words at least this frequent in the lexicon enter the plain-word cache, so rare words
/// never evict frequent ones.
pub(crate) const WORD_CACHE_MIN_COUNT: u32 = 20;

/// One cache line of the plain-word cache.
#[repr(align(64))]
#[derive(Default)]
struct WordBucket([AtomicU64; 8]);

impl Clone for WordBucket {
    fn clone(&self) -> Self {
        WordBucket(std::array::from_fn(|i| AtomicU64::new(self.0[i].load(Relaxed))))
    }
}

#[derive(Debug, Default)]
struct Slot {
    /// 0 = empty.
    hash: u64,
    count: u32,
    flags: u8,
    plan: AtomicU16,
}

impl Clone for Slot {
    fn clone(&self) -> Self {
        Slot { hash: self.hash, count: self.count, flags: self.flags, plan: AtomicU16::new(self.plan.load(Relaxed)) }
    }
}

impl std::fmt::Debug for CliticLexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CliticLexicon").field("len", &self.len).finish_non_exhaustive()
    }
}

impl Clone for CliticLexicon {
    fn clone(&self) -> Self {
        CliticLexicon { slots: self.slots.clone(), len: self.len, cached: AtomicBool::new(self.cached.load(Relaxed)), side: self.side.iter().map(|a| AtomicU64::new(a.load(Relaxed))).collect(), hot: self.hot.iter().map(|a| AtomicU64::new(a.load(Relaxed))).collect(), words: self.words.clone() }
    }
}

/// The lexicon text committed under `resources/text/`, embedded in the library.
pub const BUILTIN_TEXT: &str = include_str!("../../../resources/text/clitics.lex");

impl CliticLexicon {
    /// An empty lexicon: segmentation falls back to conservative rules.
    pub fn empty() -> Self {
        CliticLexicon::default()
    }

    /// The lexicon built from `../shared` and committed as `resources/text/clitics.lex`,
    /// parsed once on first use.
    pub fn builtin() -> &'static CliticLexicon {
        static BUILTIN: std::sync::OnceLock<CliticLexicon> = std::sync::OnceLock::new();
        // The committed artifact is checked by a test; should it ever be broken, fall back to an
        // empty lexicon (conservative segmentation) rather than panic.
        BUILTIN.get_or_init(|| CliticLexicon::parse(BUILTIN_TEXT).unwrap_or_default())
    }

    /// Parse the lexicon text format (see the module documentation).
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut lex = CliticLexicon::with_capacity(text.len() / 20);
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let bad = |reason: String| LexiconError::Malformed { line: line_no, reason };
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let key = fields.next().unwrap_or_default();
            if key.is_empty() || key.chars().any(char::is_whitespace) {
                return Err(bad(format!("bad key {key:?}")));
            }
            let count = fields.next().ok_or_else(|| bad("missing count".into()))?;
            let count: u32 = count.parse().map_err(|_| bad(format!("bad count {count:?}")))?;
            let mut flags = 0;
            if let Some(f) = fields.next() {
                for c in f.chars() {
                    flags |= match c {
                        'N' => FLAG_NEVER_SPLIT,
                        'P' => FLAG_NAME,
                        _ => return Err(bad(format!("unknown flag {c:?}"))),
                    };
                }
            }
            if fields.next().is_some() {
                return Err(bad("too many fields".into()));
            }
            lex.insert(key, count, flags);
        }
        Ok(lex)
    }

    fn with_capacity(n: usize) -> Self {
        let size = (n.max(8) * 3 / 2).next_power_of_two();
        CliticLexicon { slots: (0..size).map(|_| Slot::default()).collect(), len: 0, cached: AtomicBool::new(false), side: (0..SIDE_SIZE).map(|_| AtomicU64::new(0)).collect(), hot: (0..HOT_SIZE).map(|_| AtomicU64::new(0)).collect(), words: (0..WORD_BUCKETS).map(|_| WordBucket::default()).collect() }
    }

    /// Add (merge) an entry for a folded key.
    pub fn insert(&mut self, key: &str, count: u32, flags: u8) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            let mut bigger = CliticLexicon::with_capacity(self.slots.len().max(8) * 2);
            for s in self.slots.iter().filter(|s| s.hash != 0) {
                *bigger.slot_mut(s.hash) = s.clone();
                bigger.len += 1;
            }
            *self = bigger;
        }
        let h = hash_key(key);
        let slot = self.slot_mut(h);
        let new = slot.hash == 0;
        slot.hash = h;
        slot.count = slot.count.saturating_add(count);
        slot.flags |= flags;
        // Cached segmentations depend on the whole lexicon.
        if self.cached.swap(false, Relaxed) {
            for s in &self.slots {
                s.plan.store(0, Relaxed);
            }
            for a in self.side.iter().chain(self.hot.iter()).chain(self.words.iter().flat_map(|b| b.0.iter())) {
                a.store(0, Relaxed);
            }
        }
        self.len += usize::from(new);
    }

    /// The slot holding `h`, or the empty slot where it belongs. The table is never full.
    fn slot_mut(&mut self, h: u64) -> &mut Slot {
        let mask = self.slots.len() - 1;
        let mut i = (h >> 32) as usize & mask;
        while self.slots[i].hash != 0 && self.slots[i].hash != h {
            i = (i + 1) & mask;
        }
        &mut self.slots[i]
    }

    /// Look up a folded key.
    #[inline]
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.get_hash(hash_key(key))
    }

    /// Look up a key by its [`KeyHasher`] hash.
    #[inline]
    pub(crate) fn get_hash(&self, h: u64) -> Option<Entry> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (h >> 32) as usize & mask;
        loop {
            let s = &self.slots[i];
            if s.hash == h {
                return Some(Entry { count: s.count, flags: s.flags, plan: s.plan.load(Relaxed) });
            }
            if s.hash == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Cache the packed segmentation of the word hashed `h` (no-op for unknown words).
    pub(crate) fn store_plan(&self, h: u64, plan: u16) {
        if self.slots.is_empty() {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = (h >> 32) as usize & mask;
        loop {
            let s = &self.slots[i];
            if s.hash == h {
                s.plan.store(plan, Relaxed);
                self.cached.store(true, Relaxed);
                return;
            }
            if s.hash == 0 {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// The cached packed segmentation of an unknown word hashed `h` (0 = none).
    #[inline]
    pub(crate) fn side_plan(&self, h: u64) -> u16 {
        probe(&self.side, h)
    }

    /// The packed segmentation of a recently segmented word hashed `h` (0 = none).
    #[inline]
    pub(crate) fn hot_plan(&self, h: u64) -> u16 {
        probe(&self.hot, h)
    }

    /// Remember the packed segmentation of the word hashed `h` in the hot cache.
    #[inline]
    pub(crate) fn store_hot_plan(&self, h: u64, plan: u16) {
        if remember(&self.hot, h, plan) {
            self.cached.store(true, Relaxed);
        }
    }

    /// The cached payload (segmentation and search key) of the plain word whose surface hashes
    /// to `h` (0 = none).
    #[inline]
    pub(crate) fn word_payload(&self, h: u64) -> u32 {
        if self.words.is_empty() {
            return 0;
        }
        let bucket = &self.words[h as usize & (self.words.len() - 1)];
        for e in &bucket.0 {
            let v = e.load(Relaxed);
            if v & !WORD_PAYLOAD_MASK == h & !WORD_PAYLOAD_MASK {
                return (v & WORD_PAYLOAD_MASK) as u32;
            }
        }
        0
    }

    /// Remember the payload (below 2^[`WORD_PAYLOAD_BITS`]) of the plain word hashed `h`.
    #[inline]
    pub(crate) fn store_word_payload(&self, h: u64, payload: u32) {
        if self.words.is_empty() {
            return;
        }
        let v = (h & !WORD_PAYLOAD_MASK) | (u64::from(payload) & WORD_PAYLOAD_MASK);
        let bucket = &self.words[h as usize & (self.words.len() - 1)];
        // An empty entry, else one chosen by the hash's top bits.
        let at = bucket.0.iter().position(|e| e.load(Relaxed) == 0).unwrap_or((h >> 61) as usize);
        bucket.0[at].store(v, Relaxed);
        if !self.cached.load(Relaxed) {
            self.cached.store(true, Relaxed);
        }
    }

    /// Cache the packed segmentation of an unknown word hashed `h`.
    pub(crate) fn store_side_plan(&self, h: u64, plan: u16) {
        if remember(&self.side, h, plan) {
            self.cached.store(true, Relaxed);
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// One line of the text format (with its newline), for lexicon builders.
pub fn format_line(key: &str, count: u32, flags: u8) -> String {
    let mut out = format!("{key}\t{count}");
    if flags != 0 {
        out.push('\t');
        if flags & FLAG_NEVER_SPLIT != 0 {
            out.push('N');
        }
        if flags & FLAG_NAME != 0 {
            out.push('P');
        }
    }
    out.push('\n');
    out
}

/// Incremental 64-bit hash of a key's chars (never 0). The lexicon hashes keys char by char so
/// that the segmenter can hash folded letters without building a string: 21-bit chars are
/// packed three to a 64-bit word, each word mixed in with a multiply-xorshift, and the length
/// and the murmur3 finalizer close it, so that hashes can stand in for keys.
#[derive(Clone, Copy)]
pub(crate) struct KeyHasher {
    h: u64,
    acc: u64,
    k: u32,
    n: u64,
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

impl KeyHasher {
    #[inline]
    pub(crate) fn new() -> Self {
        KeyHasher { h: 0, acc: 0, k: 0, n: 0 }
    }
    #[inline]
    pub(crate) fn push(&mut self, c: char) {
        self.push_raw(u64::from(c));
    }
    /// Push a raw value of at most 21 bits (for keys that are not strings).
    #[inline]
    pub(crate) fn push_bits(&mut self, v: u32) {
        self.push_raw(u64::from(v & 0x1F_FFFF));
    }
    #[inline]
    fn push_raw(&mut self, v: u64) {
        self.acc |= v << (21 * self.k);
        self.k += 1;
        self.n += 1;
        if self.k == 3 {
            self.mix();
        }
    }
    #[inline]
    fn mix(&mut self) {
        self.h = (self.h ^ self.acc).wrapping_mul(K);
        self.h ^= self.h >> 29;
        self.acc = 0;
        self.k = 0;
    }
    #[inline]
    pub(crate) fn finish(mut self) -> u64 {
        if self.k > 0 {
            self.mix();
        }
        finalize(self.h, self.n)
    }
}

/// 64-bit hash of a byte string (never 0): eight bytes at a time through the multiply-xorshift of
/// [`KeyHasher`], then the length and the murmur3 finalizer. For the plain-word cache, whose keys
/// are surface bytes, not folded chars.
#[inline]
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
        h ^= h >> 29;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
        h ^= h >> 29;
    }
    finalize(h, bytes.len() as u64)
}

#[inline]
fn finalize(h: u64, n: u64) -> u64 {
    let mut h = h ^ n.wrapping_mul(K);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h.max(1)
}

fn hash_key(key: &str) -> u64 {
    let mut h = KeyHasher::new();
    for c in key.chars() {
        h.push(c);
    }
    h.finish()
}

/// Look `h` up in a direct-mapped plan cache: each entry is `h` with its low 16 bits replaced
/// by the packed plan (0 = none).
#[inline]
fn probe(table: &[AtomicU64], h: u64) -> u16 {
    if table.is_empty() {
        return 0;
    }
    let v = table[h as usize & (table.len() - 1)].load(Relaxed);
    if v >> 16 == h >> 16 {
        v as u16
    } else {
        0
    }
}

/// Store a plan in a direct-mapped plan cache; false when the table is empty.
#[inline]
fn remember(table: &[AtomicU64], h: u64, plan: u16) -> bool {
    if table.is_empty() {
        return false;
    }
    table[h as usize & (table.len() - 1)].store((h & !0xFFFF) | u64::from(plan), Relaxed);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_ok_and_roundtrip() {
        // لكن lākin "but"; قال qāla "he said"
        let lex = CliticLexicon::parse("# comment\n\nلكن\t120\tN\nقال\t5000\n").unwrap();
        assert_eq!(lex.get("لكن").map(|e| (e.count, e.flags)), Some((120, FLAG_NEVER_SPLIT)));
        assert_eq!(lex.get("قال").map(|e| e.count), Some(5000));
        let text = format_line("لكن", 120, FLAG_NEVER_SPLIT) + &format_line("قال", 5000, 0);
        let again = CliticLexicon::parse(&text).unwrap();
        assert_eq!(again.len(), 2);
        assert_eq!(again.get("لكن"), lex.get("لكن"));
        assert_eq!(again.get("لك"), None);
    }

    #[test]
    fn errors_carry_line_numbers() {
        let err = CliticLexicon::parse("# c\nقال\tx\n").unwrap_err();
        assert_eq!(err.to_string(), "lexicon line 2: bad count \"x\"");
        let err = CliticLexicon::parse("قال\t1\n\nلكن\t1\tZ\n").unwrap_err();
        assert_eq!(err.to_string(), "lexicon line 3: unknown flag 'Z'");
        assert!(CliticLexicon::parse("قال\n").is_err());
        assert!(CliticLexicon::parse("قال\t1\tN\textra\n").is_err());
    }

    #[test]
    fn grows_and_finds_everything() {
        let mut lex = CliticLexicon::empty();
        for i in 0..10_000u32 {
            lex.insert(&format!("w{i}"), i, 0);
        }
        assert_eq!(lex.len(), 10_000);
        assert!((0..10_000u32).all(|i| lex.get(&format!("w{i}")).map(|e| e.count) == Some(i)));
        assert_eq!(lex.get("w10000"), None);
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(text in "(\\PC|[\t\n#NP0-9قال]){0,200}") {
            if let Ok(lex) = CliticLexicon::parse(&text) {
                let _ = lex.get("قال");
            }
        }
    }

    #[test]
    fn builtin_artifact_parses() {
        let lex = CliticLexicon::parse(BUILTIN_TEXT).unwrap();
        assert!(lex.len() > 1000, "builtin lexicon has only {} entries", lex.len());
    }
}

