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

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Error parsing a lexicon.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    #[error("lexicon line {line}: {reason}")]
    Malformed { line: usize, reason: String },
}

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
#[derive(Debug, Default, Clone)]
pub struct CliticLexicon {
    map: HashMap<Box<str>, Entry, BuildHasherDefault<FxHasher>>,
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
        let mut map = HashMap::with_capacity_and_hasher(text.len() / 16, BuildHasherDefault::default());
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
            let e: &mut Entry = map.entry(Box::from(key)).or_default();
            e.count = e.count.saturating_add(count);
            e.flags |= flags;
        }
        Ok(CliticLexicon { map })
    }

    /// Add (merge) an entry for a folded key.
    pub fn insert(&mut self, key: &str, count: u32, flags: u8) {
        let e = self.map.entry(Box::from(key)).or_default();
        e.count = e.count.saturating_add(count);
        e.flags |= flags;
    }

    /// Look up a folded key.
    #[inline]
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.map.get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Serialize in the text format, keys sorted (stable artifacts), after `header` lines
    /// (each written as a `#` comment).
    pub fn to_text(&self, header: &[&str]) -> String {
        let mut keys: Vec<(&str, Entry)> = self.map.iter().map(|(k, e)| (&**k, *e)).collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut out = String::with_capacity(keys.len() * 16);
        for h in header {
            out.push_str("# ");
            out.push_str(h);
            out.push('\n');
        }
        for (k, e) in keys {
            out.push_str(k);
            out.push('\t');
            out.push_str(&e.count.to_string());
            if e.flags != 0 {
                out.push('\t');
                if e.never_split() {
                    out.push('N');
                }
                if e.is_name() {
                    out.push('P');
                }
            }
            out.push('\n');
        }
        out
    }
}

/// The Firefox/rustc "Fx" hash: a multiply-rotate hash, much faster than SipHash on short keys.
/// Lexicon keys are not attacker-chosen in a way that matters (the table is fixed).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let (head, rest) = bytes.split_at(8);
            let mut w = [0u8; 8];
            w.copy_from_slice(head);
            self.add(u64::from_le_bytes(w));
            bytes = rest;
        }
        if !bytes.is_empty() {
            let mut w = [0u8; 8];
            w[..bytes.len()].copy_from_slice(bytes);
            self.add(u64::from_le_bytes(w));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_ok_and_roundtrip() {
        // لكن lākin "but"; قال qāla "he said"
        let lex = CliticLexicon::parse("# comment\n\nلكن\t120\tN\nقال\t5000\n").unwrap();
        assert_eq!(lex.get("لكن"), Some(Entry { count: 120, flags: FLAG_NEVER_SPLIT }));
        assert_eq!(lex.get("قال").map(|e| e.count), Some(5000));
        let again = CliticLexicon::parse(&lex.to_text(&["header"])).unwrap();
        assert_eq!(again.len(), 2);
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
    fn builtin_artifact_parses() {
        let lex = CliticLexicon::parse(BUILTIN_TEXT).unwrap();
        assert!(lex.len() > 1000, "builtin lexicon has only {} entries", lex.len());
    }
}
