//! The compiled name matcher shared by actors, countries, agents and places.
//!
//! Names are indexed twice, as word n-grams (not as character strings, so a match can only
//! start and end on token boundaries):
//!
//! * **exact**: the search key of each word ([`marsad_text::normalize::search_key`]: hamza
//!   carriers, alef maksura, teh marbuta and diacritics folded). The first word of a text
//!   n-gram is also tried without leading clitics: conjunction و/ف, preposition ب/ل/ك, article
//!   ال, and لل (li + al): `والروسي` wa-l-rūsī "and the Russian" → `الروسي`, `روسي`.
//! * **stem**: every word reduced by [`marsad_text::stem::light_stem`] (Light10): the
//!   UniversalPetrarch dictionaries are lemmatised (`وزارة دفاع أميركي` "ministry defence
//!   American") while the text is inflected (`وزارة الدفاع الأميركية`). One-word stem matches
//!   need a stem of at least 3 letters.
//!
//! Lookup is a hash probe per (start, length), longest first: O(tokens × longest name). A
//! character automaton (aho-corasick, fst) would then still have to check token boundaries
//! and try the clitic-stripped variants of the first word; n-gram keys do both directly and
//! need no dependency.

use marsad_text::normalize::search_key;
use std::borrow::Cow;
use marsad_text::stem::light_stem;
use marsad_text::{Span, Token, TokenKind};
use rustc_hash::FxHashMap as HashMap;

/// Which index matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchLevel {
    /// Search keys equal (after stripping leading clitics of the first word).
    Exact,
    /// Light10 stems equal.
    Stem,
}

/// A match with the values stored under the name, in insertion order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawMatch<'a, V> {
    /// Token-boundary byte range in the original text (clitics included).
    pub range: Span,
    /// Bytes of leading clitics stripped from the first word (0 for stem matches); an article
    /// standing apart (وال wa-l "and the") is not counted: the mention keeps it.
    pub clitic_len: usize,
    pub values: &'a [V],
    pub level: MatchLevel,
}

/// Word n-gram → values.
#[derive(Clone, Debug)]
pub struct Matcher<V> {
    exact: HashMap<String, Vec<V>>,
    stem: HashMap<String, Vec<V>>,
    /// First word of every exact name → the most words a name starting with it has.
    first_exact: HashMap<String, u8>,
    /// The same for stem names.
    first_stem: HashMap<String, u8>,
    max_words: usize,
    /// Skip the stem index (places).
    exact_only: bool,
    /// Read an unknown word ending in the accusative alif as its base when that is known
    /// (agent nouns and nationality adjectives after numbers: ٤٢ جنديا باكستانيا 42 jundiyyan
    /// bākistāniyyan "42 Pakistani soldiers" → جندي + باكستاني).
    accusative: bool,
}

impl<V> Default for Matcher<V> {
    fn default() -> Self {
        Matcher { exact: HashMap::default(), stem: HashMap::default(), first_exact: HashMap::default(), first_stem: HashMap::default(), max_words: 0, exact_only: false, accusative: false }
    }
}

/// Leading clitic sequences tried on the first word, as search keys, fewest letters first.
/// لل covers li + al with the alef elided: للرئيس li-r-raʾīs "for the president".
const PREFIXES: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "ال", "لل", "وب", "ول", "وك", "فب", "فل", "وال", "فال", "بال", "كال", "ولل", "فلل", "وبال", "وكال", "فبال",
];

impl<V: Copy + PartialEq> Matcher<V> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A matcher without the stem index.
    pub fn exact_only() -> Self {
        Matcher { exact_only: true, ..Self::default() }
    }

    /// Also match the accusative (tanwīn alif) form of known words (see the field).
    pub fn with_accusative(mut self) -> Self {
        self.accusative = true;
        self
    }

    /// Index `name` (any spelling: it is re-keyed word by word) under `value`.
    pub fn insert(&mut self, name: &str, value: V) {
        let words: Vec<String> = name.split(|c: char| c.is_whitespace() || c == '_').map(|w| search_key(w).into_owned()).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(words.len());
        let exact = words.join(" ");
        push_unique(self.exact.entry(exact).or_default(), value);
        let n = u8::try_from(words.len()).unwrap_or(u8::MAX);
        let e = self.first_exact.entry(words[0].clone()).or_insert(0);
        *e = (*e).max(n);
        let stems: Vec<&str> = words.iter().map(|w| light_stem(w)).collect();
        if !self.exact_only && (stems.len() > 1 || stems[0].chars().count() >= 3) {
            push_unique(self.stem.entry(stems.join(" ")).or_default(), value);
            let e = self.first_stem.entry(stems[0].to_string()).or_insert(0);
            *e = (*e).max(n);
        }
    }

    /// Number of distinct exact keys.
    pub fn len(&self) -> usize {
        self.exact.len()
    }
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }

    /// Exact-key lookup of a whole name (no clitic stripping).
    pub fn get(&self, name: &str) -> &[V] {
        let key = crate::kb::name_key(name);
        self.exact.get(&key).map_or(&[], |v| v.as_slice())
    }

    /// Leftmost-longest, non-overlapping matches; exact beats stem at equal length. A match
    /// never crosses punctuation or symbols.
    pub fn find<'a>(&'a self, text: &str, tokens: &[Token]) -> Vec<RawMatch<'a, V>> {
        let keys = marsad_text::normalize::token_search_keys(text, tokens);
        self.find_keyed(text, tokens, &keys)
    }

    /// [`find`](Self::find) given the search key of every token (`keys[i]` =
    /// `search_key(&text[tokens[i].range])`, computed once per document and shared by the
    /// passes; session 38).
    pub fn find_keyed<'a, 't>(&'a self, text: &'t str, tokens: &[Token], keys: &[Cow<'_, str>]) -> Vec<RawMatch<'a, V>> {
        let mut out = Vec::new();
        if self.max_words == 0 {
            return out;
        }
        // Runs of word tokens between punctuation.
        // (range, key, the key's light stem as a byte range of the key, surface)
        // (session 38: the key is a slice of the shared key array, not a new `String` per token)
        let mut run: Vec<(Span, &str, Span, &'t str)> = Vec::new();
        let flush = |run: &mut Vec<(Span, &str, Span, &'t str)>, out: &mut Vec<RawMatch<'a, V>>| {
            self.find_run(run, out);
            run.clear();
        };
        for (t, k) in tokens.iter().zip(keys) {
            let Some(surface) = text.get(t.range.clone()) else { continue };
            let wordlike = matches!(t.kind, TokenKind::Arabic | TokenKind::Latin | TokenKind::Number);
            if !wordlike {
                flush(&mut run, &mut out);
                continue;
            }
            let mut key: &str = k;
            if self.accusative {
                key = self.strip_accusative(key);
            }
            // The stem is a slice of the key: kept as its byte range (no second string per token).
            let stem = light_stem(key);
            let at = stem.as_ptr() as usize - key.as_ptr() as usize;
            let stem = at..at + stem.len();
            run.push((t.range.clone(), key, stem, surface));
        }
        flush(&mut run, &mut out);
        out
    }

    /// جنديا jundiyyan → جندي when جنديا is no known one-word name and جندي is.
    /// Words of 4+ letters only; a known form (روسيا rūsiyā "Russia") is never touched.
    fn strip_accusative<'k>(&self, key: &'k str) -> &'k str {
        // Known = a whole one-word name: انتحاريا intiḥāriyyan "a suicide bomber" (acc.) only
        // begins a longer name in the agents table, and must still be read as انتحاري.
        if !key.ends_with('ا') || key.chars().count() < 4 || self.exact.contains_key(key) {
            return key;
        }
        let base = &key[..key.len() - 'ا'.len_utf8()];
        if self.first_exact.contains_key(base) {
            return base;
        }
        key
    }

    fn find_run<'a>(&'a self, run: &[(Span, &str, Span, &str)], out: &mut Vec<RawMatch<'a, V>>) {
        fn stem_of<'w>(w: &(Span, &'w str, Span, &str)) -> &'w str {
            &w.1[w.2.clone()]
        }
        let mut i = 0;
        let mut buf = String::new();
        // (clitic, head, longest name starting with head) for the current first word.
        let mut heads: Vec<(&str, &str, usize)> = Vec::new();
        while i < run.len() {
            let first: &str = run[i].1;
            heads.clear();
            // Words no prefix can begin try none of them.
            let clitics = marsad_text::clitic::may_begin_with_proclitic(first);
            for (clitic, head) in std::iter::once(("", first)).chain(PREFIXES.iter().filter(|_| clitics).filter_map(|p| first.strip_prefix(p).map(|h| (*p, h)))) {
                // At least 2 letters (3 after a clitic), without counting them all.
                if head.chars().nth(if clitic.is_empty() { 1 } else { 2 }).is_none() {
                    continue;
                }
                if let Some(&n) = self.first_exact.get(head) {
                    heads.push((clitic, head, n as usize));
                }
            }
            let stem_max = self.first_stem.get(stem_of(&run[i])).map_or(0, |&n| n as usize);
            let exact_max = heads.iter().map(|h| h.2).max().unwrap_or(0);
            let longest = self.max_words.min(run.len() - i).min(exact_max.max(stem_max));
            let mut found = None;
            'len: for len in (1..=longest).rev() {
                let tail = &run[i + 1..i + len];
                for &(clitic, head, n) in &heads {
                    if len > n {
                        continue;
                    }
                    buf.clear();
                    buf.push_str(head);
                    for w in tail {
                        buf.push(' ');
                        buf.push_str(w.1);
                    }
                    if let Some(v) = self.exact.get(&buf) {
                        // (session 34) The article stays in the mention: البابا al-bābā "the
                        // Pope" matched as بابا is the mention البابا (and والصدر wa-ṣ-ṣadr
                        // "and al-Sadr" is الصدر), as the name is written and as a surname
                        // ends a full name (مقتدى الصدر); only the conjunctions and prepositions
                        // before it are cut. لل li-l fuses the article with the preposition.
                        let kept = if clitic.ends_with("ال") { 2 } else { 0 };
                        let surface_clitic = clitic_bytes(run[i].3, clitic.chars().count() - kept);
                        found = Some((len, surface_clitic, v, MatchLevel::Exact));
                        break 'len;
                    }
                }
                if len > stem_max {
                    continue;
                }
                buf.clear();
                for (k, w) in run[i..i + len].iter().enumerate() {
                    if k > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(stem_of(w));
                }
                if let Some(v) = self.stem.get(&buf) {
                    found = Some((len, 0, v, MatchLevel::Stem));
                    break 'len;
                }
            }
            match found {
                Some((len, clitic_len, v, level)) => {
                    out.push(RawMatch { range: run[i].0.start..run[i + len - 1].0.end, clitic_len, values: v, level });
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// (clitics, rest) for each leading clitic sequence of [`PREFIXES`] the word starts with (3+
/// letters left).
pub(crate) fn strip_clitics(key: &str) -> impl Iterator<Item = (&'static str, &str)> {
    PREFIXES.iter().filter_map(move |p| key.strip_prefix(p).map(|h| (*p, h))).filter(|(_, h)| h.chars().count() >= 3)
}

/// Do these leading clitics end in the article (ال, or لل li + al)?
pub(crate) fn has_article(clitics: &str) -> bool {
    clitics.ends_with("ال") || clitics.ends_with("لل")
}

fn clitic_bytes(surface: &str, letters: usize) -> usize {
    if letters == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        let mark = marsad_text::chars::is_diacritic(c) || c == marsad_text::chars::TATWEEL || marsad_text::chars::is_format_control(c);
        if !mark {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
    }
    surface.len()
}

fn push_unique<V: PartialEq>(v: &mut Vec<V>, x: V) {
    if !v.contains(&x) {
        v.push(x);
    }
}

#[cfg(test)]
mod prefix_tests {
    #[test]
    fn every_prefix_passes_the_shared_guard() {
        assert!(super::PREFIXES.iter().all(|p| marsad_text::clitic::may_begin_with_proclitic(p)));
    }
}
