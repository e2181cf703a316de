//! Clitic segmentation as *annotation*: a token's surface is never changed, it is covered by
//! segments that concatenate back to it.
//!
//! `// وبالمدينة wa-bi-l-madīna "and in the city": و + ب + ال + مدينة`
//!
//! # How a split is decided
//!
//! Clitics are not stripped blindly. The word is first folded into a small stack buffer
//! ([`fold_key`]: no diacritics or tatweel, أ إ آ ٱ → ا, ى → ي), remembering where each folded
//! letter starts in the original, so ranges always point into the text as written. Then every
//! analysis `[و|ف] [ب|ل|ك|س] core [pronoun]` allowed by the letters is scored with the
//! [`CliticLexicon`]: the corpus frequency of the core (times a prior per clitic) against the
//! frequency of the whole word (with a bonus for gazetteer names). A split needs a core attested
//! in the corpus, never cuts through a word marked "never split" (لكن، الذي، ليس ...), and is
//! refused when the letters it calls clitics belong to a word of its own (البحر makes بحر a noun,
//! not ب + حر). Method, guards and evaluation: `docs/segmentation.md`.
//! Spelling rules of clitics are followed: لل = ل + ل (the alef of ال elided), a teh marbuta
//! before a pronoun is written ت (حكومته = حكومة + ه), alef maksura is written ي or ا
//! (عليه = على + ه).
//!
//! The article ال is then split off the core unless the core is a fixed word or a name whose
//! bare form is rare (البانيا "Albania", الله "God").

use crate::chars::{self, is_arabic_letter};
use crate::lexicon::{hash_bytes, CliticLexicon, Entry, KeyHasher, WORD_CACHE_MIN_COUNT};
use crate::token::{Token, TokenKind};
use crate::Span;
use std::borrow::Cow;

/// What a segment of a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SegmentKind {
    /// و wa "and", ف fa "so".
    Conjunction,
    /// ب bi "with/in", ل li "for/to", ك ka "like".
    Preposition,
    /// س sa-, the future particle on imperfect verbs.
    Future,
    /// ال al- "the" (and the ل of لل after ل li-).
    Article,
    /// The word itself.
    Stem,
    /// Enclitic pronoun: ه ها هم هما هن ك كم كن نا ي ني.
    Pronoun,
    /// A non-letter part split off a number token, such as the % of 13%.
    Symbol,
}

impl SegmentKind {
    /// Stable lower-case name used in serialized output.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Conjunction => "conj",
            SegmentKind::Preposition => "prep",
            SegmentKind::Future => "fut",
            SegmentKind::Article => "det",
            SegmentKind::Stem => "stem",
            SegmentKind::Pronoun => "pron",
            SegmentKind::Symbol => "sym",
        }
    }
}

/// One segment: a byte range into the original text and its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub range: Span,
    pub kind: SegmentKind,
}

/// Words longer than this (in letters) are never split.
const MAX_CHARS: usize = 40;
/// A core must be seen at least this often in the corpus to justify a split.
const MIN_COUNT: u32 = 3;
/// ... after ك ka- (foreign names often start with ك: كريس، كلاين).
const MIN_COUNT_KAF: u32 = 30;
/// ... after the future س sa- (names: سيدا، سانت).
const MIN_COUNT_FUTURE: u32 = 20;
/// A gazetteer name counts as if seen at least this often.
const NAME_FLOOR: u32 = 50;
/// Bonus for gazetteer names: a name keeps its letters.
const NAME_BONUS: f64 = 10.0;

const ALEF: char = chars::ALEF;
/// ً ٌ ٍ tanween (nunation) marks.
const FATHATAN: char = '\u{064B}';
const DAMMATAN: char = '\u{064C}';
const KASRATAN: char = '\u{064D}';
const LAM: char = 'ل';
const BEH: char = 'ب';
const KAF: char = 'ك';
const WAW: char = 'و';
const FEH: char = 'ف';
const SEEN: char = 'س';
const TEH: char = 'ت';
const NOON: char = 'ن';
const YEH: char = chars::YEH;
const HEH: char = chars::HEH;

/// Enclitic pronouns, longest first, with their prior (how often such an ending really is a
/// pronoun in news text; second-person forms are rare).
const PRONOUNS: &[(&[char], f64)] = &[
    (&[HEH, 'م', ALEF], 20.0),
    (&[HEH, 'م'], 20.0),
    (&[HEH, ALEF], 20.0),
    (&[HEH, NOON], 1.0),
    (&[KAF, 'م'], 0.3),
    (&[KAF, NOON], 0.05),
    (&[NOON, ALEF], 2.0),
    (&[NOON, YEH], 0.2),
    (&[HEH], 20.0),
    (&[KAF], 0.2),
    (&[YEH], 1.0),
];

/// Cores that take the first-person ي "my/me" (elsewhere a final ي is a nisba ending:
/// `// عربي ʿarabī "Arab"`, not عرب + ي).
const YEH_HOSTS: &[&str] = &["من", "عن", "مع", "عند", "نفس"];

/// A word folded for lexicon lookup, with the byte offset of each folded letter in the original.
struct Folded {
    /// Folded letters.
    ch: [char; MAX_CHARS],
    /// Bit `i`: original letter `i` is a plain alef (ا or ٱ), as an article starts.
    plain_alef: u64,
    /// Bit `i`: original letter `i` is an alef with hamza or madda (أ إ آ).
    hamza_alef: u64,
    /// `off[i]`: byte offset in the word where folded letter `i` starts (`off[0] = 0`, so leading
    /// marks stay in the first segment); `off[n]` = word length. Marks following a letter belong
    /// to it.
    off: [usize; MAX_CHARS + 1],
    n: usize,
    /// The word ends in tanween (ً ٌ ٍ), a case ending no pronoun can carry: أماناً amānan.
    tanween_end: bool,
}

enum Fold {
    Skip,
    Letter(char),
    Foreign,
}

#[inline]
fn fold_char(c: char) -> Fold {
    match c {
        // Fast path: the plain Arabic letters ء..ي, minus the ones folded below.
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => match c {
            chars::ALEF_HAMZA_ABOVE | chars::ALEF_HAMZA_BELOW | chars::ALEF_MADDA => Fold::Letter(ALEF),
            chars::ALEF_MAKSURA => Fold::Letter(YEH),
            _ => Fold::Letter(c),
        },
        chars::TATWEEL => Fold::Skip,
        chars::ALEF_WASLA => Fold::Letter(ALEF),
        chars::FARSI_YEH => Fold::Letter(YEH),
        chars::KEHEH => Fold::Letter(KAF),
        c if chars::is_diacritic(c) || chars::is_format_control(c) => Fold::Skip,
        c if is_arabic_letter(c) => Fold::Letter(c),
        _ => Fold::Foreign,
    }
}

/// Fold `word` into the lexicon key form, appending to `out`. Returns false (leaving `out` in an
/// unspecified state) when the word contains non-Arabic characters. Used to build lexicons.
pub fn fold_key(word: &str, out: &mut String) -> bool {
    for c in word.chars() {
        match fold_char(c) {
            Fold::Skip => {}
            Fold::Letter(l) => out.push(l),
            Fold::Foreign => return false,
        }
    }
    true
}

impl Folded {
    fn blank() -> Folded {
        Folded { ch: ['\0'; MAX_CHARS], plain_alef: 0, hamza_alef: 0, off: [0; MAX_CHARS + 1], n: 0, tanween_end: false }
    }

    /// Fold `word`; false when it has foreign characters or too many letters.
    fn fill(&mut self, word: &str) -> bool {
        self.n = 0;
        self.plain_alef = 0;
        self.hamza_alef = 0;
        self.tanween_end = false;
        for (i, c) in word.char_indices() {
            match fold_char(c) {
                Fold::Skip => self.tanween_end |= matches!(c, FATHATAN | DAMMATAN | KASRATAN),
                Fold::Letter(l) => {
                    if self.n == MAX_CHARS {
                        return false;
                    }
                    self.ch[self.n] = l;
                    match c {
                        ALEF | chars::ALEF_WASLA => self.plain_alef |= 1 << self.n,
                        chars::ALEF_HAMZA_ABOVE | chars::ALEF_HAMZA_BELOW | chars::ALEF_MADDA => self.hamza_alef |= 1 << self.n,
                        _ => {}
                    }
                    self.off[self.n] = if self.n == 0 { 0 } else { i };
                    self.n += 1;
                    self.tanween_end = false;
                }
                Fold::Foreign => return false,
            }
        }
        self.off[self.n] = word.len();
        true
    }

    #[inline]
    fn is_plain_alef(&self, i: usize) -> bool {
        i < self.n && self.plain_alef & (1 << i) != 0
    }
}

/// The chosen analysis, in folded letters.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Analysis {
    conj: bool,
    /// Second proclitic (ب ل ك or future س), if any.
    pre: Option<SegmentKind>,
    /// The core starts with the ل of an article whose alef was elided after ل (لل).
    elided: bool,
    /// Letters of the enclitic pronoun.
    pron: usize,
}

impl Analysis {
    fn pre_len(&self) -> usize {
        usize::from(self.conj) + usize::from(self.pre.is_some())
    }
}

struct Ctx<'a> {
    f: &'a Folded,
    lex: &'a CliticLexicon,
}

impl Ctx<'_> {
    fn entry(&mut self, a: usize, b: usize) -> Entry {
        self.entry_with(&[], a, b, None)
    }
    /// Entry of `prefix` + letters `a..b`, the last one replaced by `last` when given.
    fn entry_with(&mut self, prefix: &[char], a: usize, b: usize, last: Option<char>) -> Entry {
        self.lex.get_hash(self.hash(prefix, a, b, last)).unwrap_or_default()
    }
    /// Lexicon hash of `prefix` + letters `a..b`, the last one replaced by `last` when given.
    fn hash(&self, prefix: &[char], a: usize, b: usize, last: Option<char>) -> u64 {
        let mut h = KeyHasher::new();
        for &p in prefix {
            h.push(p);
        }
        let body = &self.f.ch[a..b];
        match (last, body.split_last()) {
            (Some(l), Some((_, init))) => {
                for &c in init {
                    h.push(c);
                }
                h.push(l);
            }
            _ => {
                for &c in body {
                    h.push(c);
                }
            }
        }
        h.finish()
    }
    fn never_split(&mut self, a: usize, b: usize) -> bool {
        b > a + 1 && self.entry(a, b).never_split()
    }
    /// Entry of letters `a..b` followed by `suffix`.
    fn suffixed(&mut self, a: usize, b: usize, suffix: &[char]) -> Entry {
        let mut h = KeyHasher::new();
        for &c in self.f.ch[a..b].iter().chain(suffix) {
            h.push(c);
        }
        self.lex.get_hash(h.finish()).unwrap_or_default()
    }
    /// Letters `a..b` form a preposition + pronoun (لي، به; not لكن) or, after the simile ك
    /// (`after_kaf`), a conjunction + a two-letter function word (وفي، فمن; but لفهم li-fahm
    /// "to understand" is fine).
    fn is_compound(&mut self, a: usize, b: usize, after_kaf: bool) -> bool {
        match self.f.ch[a] {
            BEH | LAM => PRONOUNS.iter().any(|(l, _)| self.f.ch[a + 1..b] == **l) && !self.entry(a, b).never_split(),
            WAW | FEH => after_kaf && b == a + 3 && CLOSED2.iter().any(|w| self.letters_are(a + 1, b, w)),
            _ => false,
        }
    }
    fn is(&self, i: usize, c: char) -> bool {
        i < self.f.n && self.f.ch[i] == c
    }
    fn letters_are(&self, a: usize, b: usize, word: &str) -> bool {
        word.chars().eq(self.f.ch[a..b].iter().copied())
    }
}

/// Weight of a core analysis (names get no bonus here: ل + أوباما needs أوباما attested).
fn weight(e: Entry) -> f64 {
    f64::from(e.count) + 0.5
}

/// Weight of the no-split analysis: gazetteer names keep their letters.
fn whole_weight(e: Entry) -> f64 {
    if e.is_name() {
        f64::from(e.count.max(NAME_FLOOR)) * NAME_BONUS
    } else {
        weight(e)
    }
}

/// Two-letter words that may be the core of a clitic compound (function words:
/// `// وهو wa-huwa "and he"`, `// فقد fa-qad "so (already)"`, `// لأن li-anna "because"`).
/// Any other two-letter remainder is an accident of spelling (`// بدأ badaʾa "began"`, not ب + دأ).
const CLOSED2: &[&str] = &[
    "هو", "هي", "هم", "هن", "قد", "لا", "لم", "لن", "لو", "في", "من", "عن", "ما", "ان", "او", "كل", "اي", "اذ", "مع", "ذا", "بل",
    "ثم", "هل", "كي", "ام",
];

/// A two-letter remainder seen this often is a word (تم tamma "was done": وتم; حق ḥaqq
/// "right": بحق).
const FREQUENT2: u32 = 800;

/// The two-letter function words that take a pronoun (منه min-hu "from him", أنها anna-hā
/// "that she", كلهم kullu-hum "all of them").
const PRON_HOSTS2: &[&str] = &["من", "عن", "في", "مع", "ان", "كل", "ام"];

/// Prior of the first proclitic (و wa-, ف fa-).
fn conj_prior(c: char) -> f64 {
    if c == WAW {
        30.0
    } else {
        10.0
    }
}

impl Ctx<'_> {
    /// Does `a..b` (last letter replaced by `last`) look like a word in its own right, i.e. is it
    /// attested with the article (`// البحر al-baḥr` makes بحر a noun, not ب + حر) or with the
    /// imperfect prefix (`// يبدأ yabdaʾu` makes بدأ a verb, not ب + دأ)?
    fn own_word(&mut self, a: usize, b: usize, last: Option<char>, verb_test: bool) -> bool {
        let s = u64::from(self.entry_with(&[], a, b, last).count);
        let al = u64::from(self.entry_with(&[ALEF, LAM], a, b, last).count);
        if al >= 3 && al * OWN_RATIO >= s {
            return true;
        }
        if !verb_test {
            return false;
        }
        let y = u64::from(self.entry_with(&[YEH], a, b, last).count);
        if y >= 3 && y * OWN_RATIO >= s {
            return true;
        }
        // A verb with a subject suffix: بحثت baḥathtu "I searched" (يبحث), لعبوا laʿibū "they played",
        // بدأنا badaʾnā "we began".
        let stem_end = match &self.f.ch[a..b] {
            [.., TEH] if last.is_none() => b - 1,
            [.., WAW, ALEF] | [.., NOON, ALEF] => b - 2,
            _ => return false,
        };
        if stem_end < a + 3 {
            return false;
        }
        let y = u64::from(self.entry_with(&[YEH], a, stem_end, None).count);
        y >= 3 && y * OWN_RATIO >= s
    }
}

/// A derived form (with article or imperfect prefix) seen this many times less often than the
/// word itself still proves the word is a word.
const OWN_RATIO: u64 = 20;

fn analyze(cx: &mut Ctx<'_>) -> Analysis {
    let n = cx.f.n;
    let none = Analysis::default();
    if n < 2 {
        return none;
    }
    let whole = cx.entry(0, n);
    if whole.never_split() {
        return none;
    }
    let mut best = none;
    let mut best_w = whole_weight(whole);

    let conj_opts: &[bool] = if matches!(cx.f.ch[0], WAW | FEH) { &[false, true] } else { &[false] };
    for &conj in conj_opts {
        let p0 = usize::from(conj);
        let c_prior = if conj { conj_prior(cx.f.ch[0]) } else { 1.0 };
        let mut pres: [(Option<SegmentKind>, f64); 2] = [(None, 1.0), (None, 0.0)];
        if p0 + 1 < n {
            match cx.f.ch[p0] {
                BEH | LAM => pres[1] = (Some(SegmentKind::Preposition), 12.0),
                KAF => pres[1] = (Some(SegmentKind::Preposition), 0.1),
                SEEN if matches!(cx.f.ch[p0 + 1], YEH | TEH | NOON | ALEF) => pres[1] = (Some(SegmentKind::Future), 5.0),
                _ => {}
            }
        }
        for &(pre, pre_prior) in &pres {
            if pre_prior == 0.0 {
                continue;
            }
            let p = p0 + usize::from(pre.is_some());
            // A bare preposition with a pronoun: لها la-hā "to her", بهم bi-him "with them".
            // Not ني (بني bunī "sons of"): after a preposition "me" is ي (لي، بي).
            if pre == Some(SegmentKind::Preposition) && matches!(cx.f.ch[p0], BEH | LAM) && pronoun_at(cx.f, p) == Some(n - p) && (cx.f.ch[p] != YEH || cx.f.ch[p0] == LAM) && !cx.letters_are(p, n, "ني") && !cx.never_split(p0, n) {
                return Analysis { conj, pre, elided: false, pron: n - p };
            }
            for pron_opt in std::iter::once(None).chain(PRONOUNS.iter().map(Some)) {
                let (pron, pron_prior) = match pron_opt {
                    None => (0, 1.0),
                    Some(&(letters, prior)) => {
                        if cx.f.tanween_end || n < p + letters.len() + 2 || cx.f.ch[n - letters.len()..n] != *letters {
                            continue;
                        }
                        (letters.len(), prior)
                    }
                };
                if !conj && pre.is_none() && pron == 0 {
                    continue;
                }
                let (cs, ce) = (p, n - pron);
                if ce < cs + 2 || (pre == Some(SegmentKind::Future) && ce < cs + 3) {
                    continue;
                }
                // سأ sa-ʾa- "I will" needs its hamza: سامر Sāmir, ساهم sāhama "contributed".
                if pre == Some(SegmentKind::Future) && cx.f.ch[cs] == ALEF && cx.f.hamza_alef & (1 << cs) == 0 {
                    continue;
                }
                // The core is not itself a compound: كوفي Kofi is not ك + وفي (و + في), بليك
                // Blake not ب + لي + ك.
                if (conj || pre.is_some()) && cx.is_compound(cs, ce, pre.is_some() && cx.f.ch[p0] == KAF) {
                    continue;
                }
                // An article never takes a pronoun (except الي, the unhamzated إلى: اليه).
                if pron > 0 && cx.f.is_plain_alef(cs) && cx.is(cs + 1, LAM) && !(ce == cs + 3 && cx.f.ch[cs + 2] == YEH) {
                    continue;
                }
                // A two-letter core is a function word or a frequent word (حق ḥaqq "right");
                // a pronoun attaches only to a few of the function words (منه، فيه، أنه).
                let closed = ce == cs + 2 && CLOSED2.iter().any(|w| cx.letters_are(cs, ce, w));
                if ce == cs + 2 {
                    let frequent = !closed && cx.entry(cs, ce).count >= FREQUENT2;
                    if !(closed || frequent) || (pron > 0 && closed && !PRON_HOSTS2.iter().any(|w| cx.letters_are(cs, ce, w))) {
                        continue;
                    }
                }
                let mut e = cx.entry(cs, ce);
                let mut elided = false;
                if pre == Some(SegmentKind::Preposition) && cx.f.ch[p0] == LAM && cx.f.ch[cs] == LAM && pron == 0 {
                    let el = cx.entry_with(&[ALEF], cs, ce, None);
                    if weight(el) > weight(e) {
                        e = el;
                        elided = true;
                    }
                }
                // Spelling before a pronoun: ة is written ت, ى is written ا.
                let mut last = None;
                if pron > 0 {
                    if let Some(r) = restorable(cx.f.ch[ce - 1]) {
                        let er = cx.entry_with(&[], cs, ce, Some(r));
                        if weight(er) > weight(e) {
                            e = er;
                            last = Some(r);
                        }
                    }
                    if pron == 1 && cx.f.ch[n - 1] == YEH && !YEH_HOSTS.iter().any(|w| cx.letters_are(cs, ce, w)) {
                        continue;
                    }
                    // ني -nī "me" follows verbs (يعطيني، أخبرني) and إن/أن, not nouns (أولني).
                    if pron == 2 && cx.f.ch[n - 1] == YEH && !closed && !matches!(cx.f.ch[cs], YEH | TEH | NOON) && cx.suffixed(cs, ce, &[TEH]).count < 3 && !cx.entry(cs, ce).never_split() {
                        continue;
                    }
                    // After a past-tense verb نا is the subject, not a clitic: قررنا qarrarnā "we
                    // decided" (قررت، قرروا are attested). Looser tests (either form, or ي + core) did worse
                    // on the dev set: objects (أخبرنا "he told us") are common too.
                    if pron == 2 && cx.f.ch[n - 1] == ALEF && cx.f.ch[n - 2] == NOON && cx.suffixed(cs, ce, &[TEH]).count >= 3 && cx.suffixed(cs, ce, &[WAW, ALEF]).count >= 3 {
                        continue;
                    }
                }
                let min = match pre.map(|_| cx.f.ch[p0]) {
                    Some(KAF) => MIN_COUNT_KAF,
                    Some(SEEN) => MIN_COUNT_FUTURE,
                    _ => MIN_COUNT,
                };
                let article_core = cx.f.is_plain_alef(cs) && cx.is(cs + 1, LAM) && ce >= cs + 4;
                // Evidence for the core: the word itself and, for a bare noun, its definite form
                // (بخصوص bi-khuṣūṣ "concerning": خصوص is mostly seen as الخصوص).
                let mut count = e.count;
                if !article_core && !elided && e.count < u32::MAX / 2 {
                    count = count.saturating_add(cx.entry_with(&[ALEF, LAM], cs, ce, last).count);
                }
                if count < min {
                    continue;
                }
                let core_w = f64::from(count) + 0.5;
                // بال، كال، وال، فال: a proclitic before a definite noun is the rule, not the exception.
                let art_prior = match (article_core, conj, cx.f.ch[p0]) {
                    (true, _, KAF) if pre.is_some() => 50.0,
                    (true, true, _) | (true, _, BEH) => 10.0,
                    _ => 1.0,
                };
                let w = core_w * c_prior * pre_prior * pron_prior * art_prior;
                if w <= best_w {
                    continue;
                }
                let cand = Analysis { conj, pre, elided, pron };
                if cuts_fixed_word(cx, &cand) {
                    continue;
                }
                // The letters the analysis calls clitics must not belong to a word of their own:
                // حكومته is حكومة + ه, but ولادته is ولادة + ه (الولادة), not و + ل + أداة + ه.
                // Function-word cores need no such check (وما wa-mā "and what", not يوما yawman).
                // After the future س the verb test is moot (ستعرض sa-taʿriḍu; يستعرض is another verb).
                let verb_test = pre != Some(SegmentKind::Future);
                let own = |cx: &mut Ctx<'_>, a: usize| cx.own_word(a, ce, last, verb_test) || (last.is_some() && cx.own_word(a, ce, None, verb_test)) || (pron > 0 && last.is_none() && restorable(cx.f.ch[ce - 1]).is_some_and(|r| cx.own_word(a, ce, Some(r), verb_test)));
                if !closed && (conj || pre.is_some()) && own(cx, 0) {
                    continue;
                }
                if !closed && conj && pre.is_some() && own(cx, 1) {
                    continue;
                }
                // A pronoun is not split off a word that takes the article (الشبه: شبه is a word).
                if pron > 0 && cx.own_word(p, n, None, true) && cx.entry_with(&[ALEF, LAM], p, n, None).count >= 3 {
                    continue;
                }
                best = cand;
                best_w = w;
            }
        }
    }
    if best == none && whole.count < MIN_COUNT && !whole.is_name() {
        best = unknown_word(cx);
    }
    best
}

/// Analysis of a word the corpus has (almost) never seen, when no attested core was found:
/// only shapes that are nearly always clitics. `// والتذكارات wa-t-tidhkārāt "and the
/// souvenirs"`: و + ال + ...; `// بالتقسيط bi-t-taqsīṭ "in instalments"`: ب + ال + ...;
/// `// ويستلموا wa-yastalimū "and they receive"`: و (or ف, ل) + an imperfect plural verb.
fn unknown_word(cx: &mut Ctx<'_>) -> Analysis {
    let f = cx.f;
    let n = f.n;
    let definite_at = |i: usize| n >= i + 5 && f.is_plain_alef(i) && f.ch[i + 1] == LAM;
    let conj = matches!(f.ch[0], WAW | FEH);
    let pre = |c: char| matches!(c, BEH | KAF);
    let a = if conj && definite_at(1) {
        Analysis { conj: true, ..Analysis::default() }
    } else if conj && n > 1 && pre(f.ch[1]) && definite_at(2) {
        Analysis { conj: true, pre: Some(SegmentKind::Preposition), ..Analysis::default() }
    } else if pre(f.ch[0]) && definite_at(1) {
        Analysis { pre: Some(SegmentKind::Preposition), ..Analysis::default() }
    } else if matches!(f.ch[0], WAW | FEH | LAM) && n >= 6 && matches!(f.ch[1], YEH | TEH) && matches!(f.ch[n - 2..n], [WAW, NOON] | [WAW, ALEF]) {
        if f.ch[0] == LAM {
            Analysis { pre: Some(SegmentKind::Preposition), ..Analysis::default() }
        } else {
            Analysis { conj: true, ..Analysis::default() }
        }
    } else if f.ch[0] == SEEN && n >= 5 && matches!(f.ch[1], YEH | TEH | NOON) && cx.entry(1, n).count >= MIN_COUNT {
        // سيطبع sa-yaṭbaʿu "he will print": a rare future whose verb is attested.
        Analysis { pre: Some(SegmentKind::Future), ..Analysis::default() }
    } else {
        return Analysis::default();
    };
    if cuts_fixed_word(cx, &a) {
        Analysis::default()
    } else {
        a
    }
}

/// How a letter before a pronoun is written in the bare word: ة is written ت (حكومته), ى is
/// written ا (مستواه), a final hamza sits on a seat (أسمائهم).
fn restorable(c: char) -> Option<char> {
    match c {
        TEH => Some(chars::TEH_MARBUTA),
        ALEF => Some(YEH),
        chars::YEH_HAMZA | chars::WAW_HAMZA => Some(chars::HAMZA),
        _ => None,
    }
}

/// Length of the pronoun that spans exactly `p..n`, if any.
fn pronoun_at(f: &Folded, p: usize) -> Option<usize> {
    PRONOUNS.iter().find(|(l, _)| f.ch[p..f.n] == **l).map(|(l, _)| l.len())
}

/// True when the analysis puts a boundary strictly inside a never-split word.
fn cuts_fixed_word(cx: &mut Ctx<'_>, a: &Analysis) -> bool {
    let n = cx.f.n;
    let mut bounds = [0usize; 5];
    let mut k = 0;
    bounds[k] = 0;
    k += 1;
    if a.conj {
        bounds[k] = 1;
        k += 1;
    }
    if a.pre.is_some() {
        bounds[k] = a.pre_len();
        k += 1;
    }
    if a.pron > 0 {
        bounds[k] = n - a.pron;
        k += 1;
    }
    bounds[k] = n;
    k += 1;
    for i in 0..k {
        for j in i + 2..k {
            if cx.never_split(bounds[i], bounds[j]) {
                return true;
            }
        }
    }
    false
}

/// Letters of the article to split off the core `cs..ce` (0 or 2; 1 for the ل of لل).
fn article_len(cx: &mut Ctx<'_>, cs: usize, ce: usize, elided: bool) -> usize {
    let (len, rest) = if elided {
        (1, cs + 1)
    } else if ce >= cs + 4 && cx.f.is_plain_alef(cs) && cx.f.ch[cs + 1] == LAM {
        (2, cs + 2)
    } else {
        return 0;
    };
    if ce < rest + 2 {
        return 0;
    }
    let core = if elided { cx.entry_with(&[ALEF], cs, ce, None) } else { cx.entry(cs, ce) };
    if core.never_split() {
        return 0;
    }
    let bare = cx.entry(rest, ce);
    let split = if core.is_name() {
        // A gazetteer word whose bare form is attested is a definite noun or adjective
        // (المتحدة "United", السلطة "the Authority"); البانيا "Albania", الكسندر "Alexander" and
        // المانيا (unhamzated "Germany") have no such بانيا، كسندر، مانيا.
        bare.count >= 10
    } else {
        bare.count >= 1 || ce - rest >= 3
    };
    if split {
        len
    } else {
        0
    }
}

/// An analysis with its article length: what [`segment`] emits.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Plan {
    a: Analysis,
    art: usize,
}

impl Plan {
    /// Bits: 0 valid, 1 conj, 2-3 second proclitic (1 prep, 2 future), 4 elided, 5-7 pronoun
    /// length, 8-9 article length.
    fn pack(self) -> u16 {
        let pre = match self.a.pre {
            None => 0,
            Some(SegmentKind::Future) => 2,
            Some(_) => 1,
        };
        1 | u16::from(self.a.conj) << 1 | pre << 2 | u16::from(self.a.elided) << 4 | (self.a.pron as u16 & 7) << 5 | (self.art as u16 & 3) << 8
    }

    fn unpack(bits: u16) -> Option<Plan> {
        if bits & 1 == 0 {
            return None;
        }
        let pre = match (bits >> 2) & 3 {
            0 => None,
            2 => Some(SegmentKind::Future),
            _ => Some(SegmentKind::Preposition),
        };
        let a = Analysis { conj: bits & 2 != 0, pre, elided: bits & 16 != 0, pron: usize::from((bits >> 5) & 7) };
        Some(Plan { a, art: usize::from((bits >> 8) & 3) })
    }
}

fn plan(cx: &mut Ctx<'_>) -> Plan {
    let a = analyze(cx);
    let art = article_len(cx, a.pre_len(), cx.f.n - a.pron, a.elided);
    Plan { a, art }
}

/// Does the analysis of this word read its original letters, not only the folded ones? Only
/// through which alefs near the start are hamzated: a hamza alef before ل (ألمانيا "Germany",
/// وألف "and a thousand": not ال) or after a future س (سأعمل sa-aʿmalu "I will work", but
/// ساهم sāhama "contributed"). And a final tanween (أماناً amānan) rules out a pronoun.
fn spelling_matters(f: &Folded) -> bool {
    let hamza_at = |i: usize| f.hamza_alef & (1 << i) != 0;
    f.tanween_end || (0..f.n.saturating_sub(1).min(3)).any(|i| hamza_at(i) && f.ch[i + 1] == LAM) || (1..f.n.min(3)).any(|i| hamza_at(i) && f.ch[i - 1] == SEEN)
}

/// Cache key of a word whose plan depends on more than its folded letters: its lexicon hash `h`
/// mixed with everything else [`analyze`] reads (which alefs were plain or hamzated, a final
/// tanween). Like `h`, a 64-bit hash that stands in for its input.
fn salt(h: u64, f: &Folded) -> u64 {
    let mut k = KeyHasher::new();
    for x in [h, f.hamza_alef, f.plain_alef, u64::from(f.tanween_end)] {
        for shift in [0, 16, 32, 48] {
            k.push_bits((x >> shift) as u32 & 0xFFFF);
        }
    }
    k.finish()
}

/// Segment the word `word`, which starts at byte `base` of the original text, appending the
/// segments (absolute ranges, in order, covering `base..base + word.len()`) to `out`.
///
/// Any string is accepted; words with non-Arabic characters or longer than 40 letters become a
/// single [`SegmentKind::Stem`].
pub fn segment(word: &str, base: usize, lexicon: &CliticLexicon, out: &mut Vec<Segment>) {
    segment_impl(word, base, lexicon, out, true);
}

/// Whether `word` can begin with a nominal proclitic chain (و wa- "and", ف fa- "so", ب bi- "in",
/// ل li- "for", ك ka- "like", the article ال al- and their combinations): every chain begins with
/// one of these letters, so a lexicon pass that tries a list of chains on each token can skip the
/// list for every other word. Callers keep their own chain lists; each tests that its list
/// agrees with this guard.
pub fn may_begin_with_proclitic(word: &str) -> bool {
    matches!(word.chars().next(), Some(WAW | FEH | BEH | LAM | KAF | ALEF))
}

/// [`segment`] without the per-word cache: for tests that the cache never changes a result.
#[doc(hidden)]
pub fn segment_uncached(word: &str, base: usize, lexicon: &CliticLexicon, out: &mut Vec<Segment>) {
    segment_impl(word, base, lexicon, out, false);
}

/// Is every character of `word` a plain Arabic letter ء..غ or ف..ي (two UTF-8 bytes each: lead
/// byte 0xD8 with 0xA1..=0xBA, or 0xD9 with 0x81..=0x8A), with at most [`MAX_CHARS`] letters? Such
/// a word folds letter for letter, so folded letter `i` starts at byte `2 * i`, and its plan is
/// cached under the hash of its bytes ([`CliticLexicon::word_plan`]).
#[inline]
fn is_plain(word: &[u8]) -> bool {
    word.len() & 1 == 0
        && word.len() <= 2 * MAX_CHARS
        && word.chunks_exact(2).all(|p| match p[0] {
            0xD8 => (0xA1..=0xBA).contains(&p[1]),
            0xD9 => (0x81..=0x8A).contains(&p[1]),
            _ => false,
        })
}

/// The search key facts of a plain word, cached with its plan: does
/// [`search_key`](crate::normalize::search_key) change it, and which letters are its
/// [`light_stem`](crate::stem::light_stem) (a plain word's key has one two-byte letter per
/// letter of the word, so letter `i` of both starts at byte `2 * i`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PlainKey {
    changed: bool,
    stem: (usize, usize),
}

/// Bits of a plain-word cache payload: 0-9 the packed [`Plan`], 10 the key changes, 11-16 and
/// 17-22 the first and end letter of the stem (at most [`MAX_CHARS`] < 64).
const PLAN_BITS: u32 = 0x3FF;

impl PlainKey {
    fn of(word: &str) -> PlainKey {
        let key = crate::normalize::search_key(word);
        let stem = crate::stem::light_stem(&key);
        let start = stem.as_ptr() as usize - key.as_ptr() as usize;
        PlainKey { changed: matches!(key, Cow::Owned(_)), stem: (start / 2, (start + stem.len()) / 2) }
    }

    fn pack(self, plan: Plan) -> u32 {
        u32::from(plan.pack()) | u32::from(self.changed) << 10 | (self.stem.0 as u32 & 63) << 11 | (self.stem.1 as u32 & 63) << 17
    }

    fn unpack(payload: u32) -> PlainKey {
        PlainKey { changed: payload & (1 << 10) != 0, stem: ((payload >> 11) as usize & 63, (payload >> 17) as usize & 63) }
    }
}

const _: () = assert!(MAX_CHARS < 64 && crate::lexicon::WORD_PAYLOAD_BITS >= 23);

/// The search key of a plain word ([`is_plain`]), as [`crate::normalize::search_key`] folds
/// these letters: أ إ آ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه.
fn plain_search_key(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            chars::ALEF_HAMZA_ABOVE | chars::ALEF_HAMZA_BELOW | chars::ALEF_MADDA => ALEF,
            chars::WAW_HAMZA => WAW,
            chars::YEH_HAMZA | chars::ALEF_MAKSURA => YEH,
            chars::TEH_MARBUTA => HEH,
            c => c,
        })
        .collect()
}

/// Segment `word` (see [`segment`]); for a plain word segmented with the cache, also return
/// its search key facts.
fn segment_impl(word: &str, base: usize, lexicon: &CliticLexicon, out: &mut Vec<Segment>, use_cache: bool) -> Option<PlainKey> {
    if word.is_empty() {
        return None;
    }
    // Fast path: a plain word seen before, found by its bytes without folding it.
    let plain = use_cache && is_plain(word.as_bytes());
    let word_key = if plain { hash_bytes(word.as_bytes()) } else { 0 };
    if plain {
        let payload = lexicon.word_payload(word_key);
        if let Some(p) = Plan::unpack((payload & PLAN_BITS) as u16) {
            emit(p, word.len() / 2, |i| 2 * i, base, out);
            return Some(PlainKey::unpack(payload));
        }
    }
    let mut f = Folded::blank();
    if !f.fill(word) || f.n == 0 {
        // Foreign characters, too long, or only marks: one stem.
        out.push(Segment { range: base..base + word.len(), kind: SegmentKind::Stem });
        return None;
    }
    let mut cx = Ctx { f: &f, lex: lexicon };
    // A plan depends on the folded letters only, except where `spelling_matters`: such words
    // are cached under a key that also hashes the original alef spellings and the tanween
    // ("salted"), in the caches of recent and unknown words only. Other known words cache
    // their plan in the lexicon, other unknown words in the side cache.
    let h = cx.hash(&[], 0, f.n, None);
    let salted = spelling_matters(&f);
    let key = if salted { salt(h, &f) } else { h };
    // Plain words are cached in the plain-word cache, not the hot cache.
    let hot = if use_cache && !plain { Plan::unpack(lexicon.hot_plan(key)) } else { None };
    // How often the corpus saw the folded word (for plain words: may it enter their cache?).
    let mut count = 0;
    let p = match hot {
        Some(p) => p,
        None => {
            let whole = if salted { None } else { lexicon.get_hash(h) };
            count = whole.map_or(0, |e| e.count);
            let cached = if use_cache { whole.map_or_else(|| lexicon.side_plan(key), |e| e.plan) } else { 0 };
            let p = match Plan::unpack(cached) {
                Some(p) => p,
                None => {
                    let p = plan(&mut cx);
                    if use_cache {
                        match whole {
                            Some(_) => lexicon.store_plan(h, p.pack()),
                            None => lexicon.store_side_plan(key, p.pack()),
                        }
                    }
                    p
                }
            };
            if use_cache && !plain {
                lexicon.store_hot_plan(key, p.pack());
            }
            p
        }
    };
    if plain && salted {
        count = lexicon.get_hash(h).map_or(0, |e| e.count);
    }
    // Only frequent words enter the plain-word cache; the others return no key facts (the
    // caller computes them).
    let plain_key = (plain && count >= WORD_CACHE_MIN_COUNT).then(|| {
        let k = PlainKey::of(word);
        lexicon.store_word_payload(word_key, k.pack(p));
        k
    });
    emit(p, f.n, |i| f.off[i], base, out);
    plain_key
}

/// Append the segments of a word of `n` folded letters segmented by `plan`; `off(i)` is the byte
/// offset in the word where folded letter `i` starts (`off(n)` = the word's length).
#[inline]
fn emit(plan: Plan, n: usize, off: impl Fn(usize) -> usize, base: usize, out: &mut Vec<Segment>) {
    let Plan { a, art } = plan;
    let mut push = |from: usize, to: usize, kind: SegmentKind| {
        // `from`/`to` are folded letter indices; `off` maps them to byte offsets.
        let (s, e) = (off(from), off(to));
        if e > s {
            out.push(Segment { range: base + s..base + e, kind });
        }
    };
    let mut pos = 0;
    if a.conj {
        push(0, 1, SegmentKind::Conjunction);
        pos = 1;
    }
    if let Some(kind) = a.pre {
        push(pos, pos + 1, kind);
        pos += 1;
    }
    let ce = n - a.pron;
    if art > 0 {
        push(pos, pos + art, SegmentKind::Article);
        pos += art;
    }
    push(pos, ce, SegmentKind::Stem);
    if a.pron > 0 {
        push(ce, n, SegmentKind::Pronoun);
    }
}

/// [`segment_token`], also returning the token's search key
/// ([`search_key`](crate::normalize::search_key)) and the byte range in it of its light stem
/// ([`light_stem`](crate::stem::light_stem)): the same values, but for plain Arabic words seen
/// before they come from the segmentation cache instead of being recomputed.
pub fn segment_token_keyed<'a>(text: &'a str, token: &Token, lexicon: &CliticLexicon, out: &mut Vec<Segment>) -> (Cow<'a, str>, Span) {
    let Some(surface) = text.get(token.range.clone()) else {
        return (Cow::Borrowed(""), 0..0);
    };
    if token.kind == TokenKind::Arabic {
        if let Some(k) = segment_impl(surface, token.range.start, lexicon, out, true) {
            let key = if k.changed { Cow::Owned(plain_search_key(surface)) } else { Cow::Borrowed(surface) };
            return (key, 2 * k.stem.0..2 * k.stem.1);
        }
    } else {
        segment_token(text, token, lexicon, out);
    }
    let key = crate::normalize::search_key(surface);
    let stem = crate::stem::light_stem(&key);
    let start = stem.as_ptr() as usize - key.as_ptr() as usize;
    let range = start..start + stem.len();
    (key, range)
}

/// Segment any token of `text`: Arabic words go through [`segment`]; a number ending in a
/// percent sign (`13%`, `١٣٪`) is a stem plus a [`SegmentKind::Symbol`]; every other token is a
/// single stem.
pub fn segment_token(text: &str, token: &Token, lexicon: &CliticLexicon, out: &mut Vec<Segment>) {
    let Some(surface) = text.get(token.range.clone()) else {
        return;
    };
    let base = token.range.start;
    match token.kind {
        TokenKind::Arabic => segment(surface, base, lexicon, out),
        TokenKind::Number => {
            let pct = surface.strip_suffix('%').or_else(|| surface.strip_suffix('٪'));
            match pct {
                Some(num) if !num.is_empty() => {
                    out.push(Segment { range: base..base + num.len(), kind: SegmentKind::Stem });
                    out.push(Segment { range: base + num.len()..token.range.end, kind: SegmentKind::Symbol });
                }
                _ => out.push(Segment { range: token.range.clone(), kind: SegmentKind::Stem }),
            }
        }
        _ => {
            if !surface.is_empty() {
                out.push(Segment { range: token.range.clone(), kind: SegmentKind::Stem });
            }
        }
    }
}

#[cfg(test)]
mod tests;
