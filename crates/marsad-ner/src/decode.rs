//! Constrained Viterbi decoding and turning tags into entities.

use marsad_text::{Token, TokenKind};

use crate::features::{for_each_phrase, Features};
use crate::key::split_proclitic;
use crate::model::{Category, CountryKind, Lexicon, Model};
use crate::{CountryCode, Entity, EntityType, N_TAGS};

/// I-X may only follow B-X or I-X.
#[inline]
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p != 0 && p.div_ceil(2) == cur / 2)
}

/// Best tag sequence for per-token emission scores.
pub(crate) fn viterbi(em: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]; N_TAGS], start: &[f32; N_TAGS]) -> Vec<u8> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = [0f32; N_TAGS];
    for t in 0..N_TAGS {
        score[t] = if allowed(None, t) { start[t] + em[0][t] } else { f32::NEG_INFINITY };
    }
    let mut back = vec![[0u8; N_TAGS]; n];
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; N_TAGS];
        for cur in 0..N_TAGS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for (prev, &s) in score.iter().enumerate() {
                if !allowed(Some(prev), cur) {
                    continue;
                }
                let v = s + trans[prev][cur];
                if v > best {
                    best = v;
                    arg = prev as u8;
                }
            }
            next[cur] = best + em[i][cur];
            back[i][cur] = arg;
        }
        score = next;
    }
    let mut t = (0..N_TAGS).fold(0, |b, t| if score[t] > score[b] { t } else { b }) as u8;
    let mut out = vec![0u8; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][usize::from(t)];
    }
    out
}

/// Number of second-order transition scores: one per tag triple `(t[i-2], t[i-1], t[i])`.
pub(crate) const N_TRANS2: usize = N_TAGS * N_TAGS * N_TAGS;

/// Index of the tag triple `(a, b, c)` = `(t[i-2], t[i-1], t[i])` in a second-order table.
#[inline]
pub(crate) fn tri(a: usize, b: usize, c: usize) -> usize {
    (a * N_TAGS + b) * N_TAGS + c
}

/// Best tag sequence under a second-order model (session 36): the score of a sequence is
/// `start[t0] + Σ em[i][t_i] + Σ_{i≥1} trans[t_{i-1}][t_i] + Σ_{i≥2} trans2[tri(t_{i-2}, t_{i-1}, t_i)]`,
/// with the same BIO constraint as [`viterbi`]. Viterbi over tag pairs (81 states, 9 incoming
/// each). With `trans2` all zero it finds a sequence of the same score as [`viterbi`].
pub(crate) fn viterbi2(em: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]; N_TAGS], trans2: &[f32], start: &[f32; N_TAGS]) -> Vec<u8> {
    const P: usize = N_TAGS * N_TAGS;
    let n = em.len();
    if n < 2 || trans2.len() != N_TRANS2 {
        return viterbi(em, trans, start);
    }
    let first: [f32; N_TAGS] = std::array::from_fn(|t| if allowed(None, t) { start[t] + em[0][t] } else { f32::NEG_INFINITY });
    // score[a * N_TAGS + b]: best prefix ending with tags (a, b) at positions i − 1, i.
    let mut score = [f32::NEG_INFINITY; P];
    for a in 0..N_TAGS {
        for b in 0..N_TAGS {
            if first[a] > f32::NEG_INFINITY && allowed(Some(a), b) {
                score[a * N_TAGS + b] = first[a] + trans[a][b] + em[1][b];
            }
        }
    }
    // back[i][b * N_TAGS + c]: the tag a at i − 2 of the best prefix ending (b, c) at i − 1, i.
    let mut back = vec![[0u8; P]; n];
    for i in 2..n {
        let mut next = [f32::NEG_INFINITY; P];
        for b in 0..N_TAGS {
            for c in 0..N_TAGS {
                if !allowed(Some(b), c) {
                    continue;
                }
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for a in 0..N_TAGS {
                    let s = score[a * N_TAGS + b];
                    if s == f32::NEG_INFINITY {
                        continue;
                    }
                    let v = s + trans2[tri(a, b, c)];
                    if v > best {
                        best = v;
                        arg = a as u8;
                    }
                }
                next[b * N_TAGS + c] = best + trans[b][c] + em[i][c];
                back[i][b * N_TAGS + c] = arg;
            }
        }
        score = next;
    }
    let end = (0..P).fold(0, |m, s| if score[s] > score[m] { s } else { m });
    let mut out = vec![0u8; n];
    out[n - 2] = (end / N_TAGS) as u8;
    out[n - 1] = (end % N_TAGS) as u8;
    for i in (2..n).rev() {
        out[i - 2] = back[i][usize::from(out[i - 1]) * N_TAGS + usize::from(out[i])];
    }
    out
}

/// Tag a prepared token sequence with a quantized model (both stages when it has two).
pub(crate) fn tag(model: &Model, feats: &Features) -> Vec<u8> {
    let mut em = emissions(&model.weights, model.scale, feats);
    if let Some(net) = &model.net {
        net.add_scores(feats, &mut em);
    }
    let first = match &model.trans2 {
        Some(t2) => viterbi2(&em, &model.trans, t2, &model.start),
        None => viterbi(&em, &model.trans, &model.start),
    };
    match &model.stage2 {
        None => first,
        Some(l) => {
            let stacked = crate::features::add_stacked(feats, &first, model.bits);
            tag_layer(&l.weights, l.scale, &l.trans, &l.start, &stacked)
        }
    }
}

fn tag_layer(weights: &[i16], scale: f32, trans: &[[f32; N_TAGS]; N_TAGS], start: &[f32; N_TAGS], feats: &Features) -> Vec<u8> {
    viterbi(&emissions(weights, scale, feats), trans, start)
}

/// The first stage's emission scores of a model (tests).
#[cfg(test)]
pub(crate) fn tests_emissions(model: &Model, feats: &Features) -> Vec<[f32; N_TAGS]> {
    emissions(&model.weights, model.scale, feats)
}

fn emissions(weights: &[i16], scale: f32, feats: &Features) -> Vec<[f32; N_TAGS]> {
    let mut em = vec![[0f32; N_TAGS]; feats.len()];
    // (session 53, qperf) the weights as rows of N_TAGS: one bounds check per feature and a
    // fixed-width add the compiler unrolls
    let (rows, _) = weights.as_chunks::<N_TAGS>();
    for (i, e) in em.iter_mut().enumerate() {
        let mut acc = [0i32; N_TAGS];
        for &f in feats.of(i) {
            let row = &rows[f as usize];
            for t in 0..N_TAGS {
                acc[t] += i32::from(row[t]);
            }
        }
        for t in 0..N_TAGS {
            e[t] = acc[t] as f32 * scale;
        }
    }
    em
}

/// Tag spans `(first token, end token, type)` from a tag sequence.
pub(crate) fn spans(tags: &[u8]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let t = usize::from(tags[i]);
        if t != 0 && t % 2 == 1 {
            let kind = EntityType::TAGGED[(t - 1) / 2];
            let mut j = i + 1;
            while j < tags.len() && usize::from(tags[j]) == t + 1 {
                j += 1;
            }
            out.push((i, j, kind));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Byte offset inside `surface` after its first `letters` letters (diacritics and other
/// marks that the key dropped are skipped along with their letter).
fn skip_letters(surface: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (b, c) in surface.char_indices() {
        if seen == letters && !marsad_text::chars::is_arabic_word_mark(c) {
            return b;
        }
        if marsad_text::chars::is_arabic_letter(c) {
            seen += 1;
        }
    }
    surface.len()
}

/// Which lookup variant of the span's first token matches a lexicon entry of exactly the span's
/// length: `(variant, country entry)`. Variant 0 is the token as written.
fn lexicon_match(keys: &[String], s: usize, e: usize, lex: &Lexicon) -> (Option<usize>, Option<(CountryCode, CountryKind)>) {
    let mut variant = None;
    let mut country = None;
    for_each_phrase(keys, s, e - s, |len, v, h| {
        if len != e - s {
            return;
        }
        if let Some(c) = lex.countries.get(&h) {
            if country.is_none() {
                country = Some(*c);
                variant.get_or_insert(v);
            }
        }
        if lex.phrases.contains_key(&h) {
            variant.get_or_insert(v);
        }
    });
    (variant, country)
}

/// Start of the span after trimming proclitics the lexicon match says are not part of the
/// name: `// وروسيا wa-rūsiyā "and Russia"` → روسيا.
fn trimmed_start(text: &str, tokens: &[Token], keys: &[String], s: usize, variant: Option<usize>) -> usize {
    let r = tokens[s].range.clone();
    // Letters dropped by the matching lookup variant (see `features::variants`).
    let strip = match variant {
        Some(v) if v > 0 => {
            let (vars, _) = crate::features::variants(&keys[s]);
            let full = keys[s].chars().count();
            vars[v].as_ref().map_or(0, |x| full.saturating_sub(x.chars().count()))
        }
        _ => 0,
    };
    if strip == 0 {
        return r.start;
    }
    r.start + skip_letters(&text[r.clone()], strip)
}

/// (session 45) Evidence for dropping both letters of a two-letter proclitic (و + ل, و + ب ...)
/// from token `s`: the rest is a listed country, or the text has the rest as a word of its own.
/// Without it the token keeps its letters: وقال ولايتي wa-qāla wilāyatī "and Velayati said" is
/// not و + ل + ايتي (a listed name token) when ايتي never stands alone in the text.
fn double_strip_evidence(keys: &[String], s: usize, lex: &Lexicon) -> bool {
    let rest = split_proclitic(&keys[s]).1;
    lex.countries.contains_key(&crate::key::hash_str(rest)) || keys.iter().enumerate().any(|(j, k)| j != s && k == rest)
}

/// (session 45) Whether the text lets the lexicon's lookup variant `v` (> 0: proclitics dropped)
/// of token `s` trim its proclitics. A double strip needs [`double_strip_evidence`]. Any strip
/// but a country's is refused when the token as written recurs in the text and the stripped
/// form never stands alone there: a name written ولايتي wilāyatī "Velayati" in every mention
/// is not و + لايتي (a listed name token), while وروسيا wa-rūsiyā "and Russia" still trims.
fn trim_evidence(keys: &[String], s: usize, v: usize, lex: &Lexicon) -> bool {
    if v == 0 {
        return true;
    }
    if crate::features::is_double_strip(&keys[s], v) && !double_strip_evidence(keys, s, lex) {
        return false;
    }
    let (vars, nv) = crate::features::variants(&keys[s]);
    let Some(rest) = vars.get(v).filter(|_| v < nv).and_then(|x| x.as_deref()) else {
        return true;
    };
    if lex.countries.contains_key(&crate::key::hash_str(rest)) {
        return true;
    }
    let full = keys[s].as_str();
    let recurs = keys.iter().enumerate().any(|(j, k)| j != s && k == full);
    !recurs || keys.iter().any(|k| k == rest)
}

/// Words that never belong to a person name after a title: prepositions, conjunctions,
/// pronouns, auxiliaries, time words and the reporting verbs news puts right after a speaker.
/// `// قال qāla "said"`, `// في fī "in"`, `// امس ams "yesterday"`.
const NAME_STOPWORDS: &[&str] = &[
    "في", "من", "على", "الى", "إلى", "عن", "ان", "أن", "إن", "مع", "قد", "لا", "ما", "هذا", "هذه", "التي", "الذي", "كما", "بعد", "قبل",
    "ايضا", "أيضا", "خلال", "او", "أو", "ثم", "منذ", "حتى", "عند", "بين", "كان", "كانت", "قال", "يوم", "اليوم", "امس", "أمس", "الذين",
    // Reporting and meeting verbs that follow a speaker, past and present.
    "اكد", "أكد", "أعلن", "اعلن", "أضاف", "اضاف", "أوضح", "اوضح", "أشار", "اشار", "صرح", "دعا", "قالت", "أكدت", "أعلنت", "أضافت", "يقول",
    "تقول", "يرى", "رأى", "اعتبر", "أعرب", "اعرب", "التقى", "استقبل", "بحث", "زار", "وصل", "غادر", "ذكر", "لفت", "شدد", "طالب", "حذر",
    "عبر", "نفى", "أبلغ", "ابلغ", "أن", "لم", "لن", "وقال", "وأضاف", "وأكد", "بأن", "لأن", "إذ", "حيث", "كل", "غير", "وفق", "نحو", "لدى",
    "هو", "هي", "هم", "امام", "أمام", "حسبما", "وراء", "خلف", "انه", "أنه", "إنه", "الأول", "الثاني", "السابق", "الجديد", "الحالي", "العام", "نفسه",
];

/// One name run after a title extends at most this many tokens.
const MAX_NAME_RUN: usize = 3;
/// Title phrase words skipped between a title and the name (وزير الخارجية الروسي).
const MAX_TITLE_TAIL: usize = 4;

const B_PER: u8 = 1;
const I_PER: u8 = 2;
const B_LOC: u8 = 5;
const I_LOC: u8 = 6;

/// Hashes of the token keys of a word list (the sets below are built once, on first use).
fn key_hashes(words: &[&str]) -> std::collections::HashSet<u64> {
    words.iter().map(|w| crate::key::hash_str(&crate::key::token_key(w))).collect()
}

fn stopword_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(NAME_STOPWORDS))
}

/// Category mask of the token's key as written (single-token phrase).
fn key_mask(lex: &Lexicon, key: &str) -> u16 {
    lex.phrases.get(&crate::key::hash_str(key)).copied().unwrap_or(0)
}

/// Category mask of the token, as written or without its proclitics (variants of
/// [`for_each_phrase`]).
fn token_mask(keys: &[String], i: usize, lex: &Lexicon) -> u16 {
    let mut m = 0;
    for_each_phrase(keys, i, 1, |_, _, h| m |= lex.phrases.get(&h).copied().unwrap_or(0));
    m
}

const fn bit(c: Category) -> u16 {
    1 << c as u16
}

/// The lexicon classes a person's name token is not listed in (a token listed in one of them is
/// no given name or surname for [`given_names`], [`hamza_lam_name`], [`rare_surname_word`] and
/// [`rare_surnames`]): titles, keywords, countries, nationalities, places, agencies, organisations.
const NOT_PERSON_CLASSES: u16 = bit(Category::Title)
    | bit(Category::OrgKeyword)
    | bit(Category::LocKeyword)
    | bit(Category::Country)
    | bit(Category::Nationality)
    | bit(Category::Location)
    | bit(Category::Agency)
    | bit(Category::Organization);

/// Person names after titles and roles: a post-pass on the tag sequence, before spans are read.
///
/// After a person title (`Category::Title`: الرئيس، وزير، المتحدث ...) and the rest of its
/// phrase — article words (الخارجية الروسي), further titles (نائب رئيس), باسم "in the name of",
/// a construct noun before an organisation or place (خارجية ايران), and tagged ORG/LOC spans —
/// an untagged run of up to [`MAX_NAME_RUN`] name-like tokens becomes a PER span; a PER span
/// starting right after the run joins it. A title followed by its genitive only
/// (وزير خارجية ايران في ...) finds no name-like token and adds nothing.
///
/// Name-like: an Arabic token on the same line, not a stop word, title, keyword, country or
/// nationality, not a known word behind proclitics, and either a word the ANT clusters do not know
/// (rare words: mostly foreign names) or a token in a name cluster (`Lexicon::is_name_cluster`;
/// since session 25 also when no name list has it: أنور Anwar before قرقاش Gargash); a listed
/// token elsewhere only before another name-like token; a
/// word with the article only inside a run and only if listed (سعد الحريري).
pub(crate) fn title_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let stop = stopword_hashes();
    let arabic = |i: usize| i < n && tokens[i].kind == TokenKind::Arabic;
    // Token i follows token i − 1 on the same line.
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::SameLine);
    let masks: Vec<u16> = (0..n).map(|i| if arabic(i) { token_mask(keys, i, lex) } else { 0 }).collect();
    let not_name = bit(Category::Title) | bit(Category::OrgKeyword) | bit(Category::LocKeyword) | bit(Category::Country) | bit(Category::Nationality) | bit(Category::Agency);
    let name_like = |i: usize, first: bool, strict: bool| -> bool {
        if !arabic(i) || !joined(i) {
            return false;
        }
        // (session 51) ألان alān "Alan" after a title (المدرب ألان "the coach Alan"): the key
        // folds into the article's form.
        if hamza_lam_name(text, tokens, keys, i, lex) {
            return true;
        }
        let k = keys[i].as_str();
        let h = hash_str(k);
        if k.chars().count() < 2 || stop.contains(&h) || masks[i] & not_name != 0 || lex.countries.contains_key(&h) {
            return false;
        }
        let person = listed_name(lex, k);
        // A role noun without its article (سفير safīr "ambassador" after a name) ends the name.
        if key_mask(lex, &format!("ال{k}")) & bit(Category::Title) != 0 {
            return false;
        }
        if k.starts_with("ال") && (first || !person) {
            return false;
        }
        // و wa "and" opens the next name, not the rest of this one (X ومكلور "and McClure").
        if !first && k.starts_with('و') && !person {
            return false;
        }
        // A word with proclitics whose rest is a known word: و/ف/ل/ب + a noun or verb.
        let (pre, rest) = crate::key::split_proclitic(k);
        if !person && !pre.is_empty() && (lex.clusters.contains_key(&hash_str(rest)) || stop.contains(&hash_str(rest))) {
            return false;
        }
        match lex.clusters.get(&h) {
            None => true,
            Some(&path) => (person && !strict) || lex.is_name_cluster(path),
        }
    };
    let article = |i: usize| {
        let (pre, _) = crate::key::split_proclitic(&keys[i]);
        (pre.ends_with("ال") || pre.ends_with("لل")) && !hamza_lam_name(text, tokens, keys, i, lex)
    };
    // (session 50) A token that may be a given name before a tagged surname whatever its cluster:
    // no stop word, title, keyword, country or nationality, no article, و or final ة, and not a
    // proclitic on a known word.
    let given_before_surname = |i: usize| -> bool {
        if !arabic(i) || !joined(i) {
            return false;
        }
        let k = keys[i].as_str();
        let h = hash_str(k);
        // A word in ة -a (حكومة ḥukūma "government" in الهندية حكومة ترودو "the Indian [media]
        // ... Trudeau's government") is a construct head, not a given name.
        if k.chars().count() < 2 || stop.contains(&h) || masks[i] & not_name != 0 || lex.countries.contains_key(&h) || k.starts_with("ال") || k.starts_with('و') || text.get(tokens[i].range.clone()).is_some_and(|w| w.ends_with('\u{0629}')) {
            return false;
        }
        let (pre, rest) = crate::key::split_proclitic(k);
        pre.is_empty() || !(lex.clusters.contains_key(&hash_str(rest)) || stop.contains(&hash_str(rest)))
    };
    // Start of a tagged ORG/LOC/MISC span or a country name at token i.
    let genitive = |tags: &[u8], i: usize| i < n && ((tags[i] >= 3 && tags[i] % 2 == 1) || (arabic(i) && masks[i] & bit(Category::Country) != 0));
    let bism = hash_str(&crate::key::token_key("باسم"));
    // Names after titles.
    let mut i = 0;
    while i < n {
        let nationality = masks[i] & bit(Category::Title) == 0 && masks[i] & bit(Category::Nationality) != 0 && article(i) && joined(i) && arabic(i - 1);
        if tags[i] != 0 || !arabic(i) || (masks[i] & bit(Category::Title) == 0 && !nationality) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut tail = 0;
        let mut start = None;
        while j < n && tail <= MAX_TITLE_TAIL && joined(j) {
            if tags[j] == B_PER {
                break;
            }
            let tail_word = tags[j] == 0 && arabic(j) && (hash_str(&keys[j]) == bism || masks[j] & bit(Category::Title) != 0 || article(j));
            // A listed name token outside the name clusters (عمر ʿumar, also "age") starts a
            // name only when a name-like token follows it.
            if !tail_word && tags[j] == 0 && (name_like(j, true, true) || (name_like(j, true, false) && j + 1 < n && tags[j + 1] == 0 && name_like(j + 1, false, true))) {
                start = Some(j);
                break;
            }
            // (session 50) After a nationality adjective, a given name the clusters do not place
            // among names opens the tagged surname right after it: الانجليزي مات ستيفنسون
            // al-inglīzī māt stīfinsūn "the Englishman Matt Stevenson" (مات "died" as a word).
            if nationality && tags[j] == 0 && j + 1 < n && tags[j + 1] == B_PER && joined(j + 1) && given_before_surname(j) {
                start = Some(j);
                break;
            }
            tail += 1;
            if tags[j] >= 3 && tags[j] % 2 == 1 {
                // A tagged organisation or place: skip the whole span.
                let t = tags[j];
                j += 1;
                while j < n && tags[j] == t + 1 {
                    j += 1;
                }
                continue;
            }
            if tags[j] != 0 || !arabic(j) {
                break;
            }
            let k = hash_str(&keys[j]);
            let ok = article(j)
                || masks[j] & bit(Category::Title) != 0
                || k == bism
                || masks[j] & bit(Category::Country) != 0
                || (genitive(tags, j + 1) && masks[j - 1] & bit(Category::Title) != 0 && !stop.contains(&k))
                || (masks[j] & bit(Category::OrgKeyword) != 0 && j + 1 < n && arabic(j + 1) && article(j + 1));
            if !ok {
                break;
            }
            j += 1;
        }
        let Some(a) = start else {
            i = j.max(i + 1);
            continue;
        };
        if nationality && !nationality_name_start(&keys[a]) {
            i = j.max(i + 1);
            continue;
        }
        let mut b = a + 1;
        while b < n && b - a < MAX_NAME_RUN && tags[b] == 0 && name_like(b, false, true) {
            b += 1;
        }
        tags[a] = B_PER;
        tags[a + 1..b].iter_mut().for_each(|t| *t = I_PER);
        if b < n && tags[b] == B_PER && joined(b) {
            tags[b] = I_PER;
        }
        i = b;
    }
    // (session 24) Names before a relational noun that only persons take: the subject between a
    // sentence's verb and its object نظيره naẓīrahu "his counterpart" (التقى لافروف نظيره
    // iltaqā lāfrūf naẓīrahu "Lavrov met his counterpart"). The untagged run of up to
    // [`MAX_NAME_RUN`] name-like tokens right before it becomes a PER span; its first token must
    // follow a stop word (a verb such as التقى, استقبل) or start the line or a clause.
    let relational = relational_hashes();
    for r in 1..n {
        if tags[r] != 0 || !arabic(r) || !joined(r) || !relational.contains(&hash_str(&keys[r])) {
            continue;
        }
        let mut a = r;
        while a > 0 && r - a < MAX_NAME_RUN && tags[a - 1] == 0 && name_like(a - 1, false, false) {
            a -= 1;
        }
        if a == r || !name_like(a, true, false) {
            continue;
        }
        let opens = a == 0 || !joined(a) || tokens[a - 1].kind != TokenKind::Arabic || stop.contains(&hash_str(&keys[a - 1]));
        if !opens {
            continue;
        }
        tags[a] = B_PER;
        tags[a + 1..r].iter_mut().for_each(|t| *t = I_PER);
    }
}

/// (session 47) A name right after a nationality adjective (الروسي كافلنيكوف al-rūsī kāfilnīkūf
/// "the Russian Kafelnikov") opens without و (وطافوا wa-ṭāfū "and they toured" is a verb)
/// and ends in no pronoun or plural suffix (عواقبها ʿawāqibuhā "its consequences").
fn nationality_name_start(key: &str) -> bool {
    !(key.starts_with('و') || ["ها", "هم", "هما", "وا"].iter().any(|s| key.ends_with(s)))
}

/// Bare organisation keywords that head a name with the next article word: حزب ḥizb "party",
/// منظمة munaẓẓama "organisation", جامعة jāmiʿa "university, league" (ANERcorp train: the
/// keyword and an article word are ORG in 79 of 82, 13 of 13 and 15 of 16 cases; other keywords
/// such as مجلس "council" 69 of 126, حركة "movement" 3 of 26, are not names that often).
const NAME_KEYWORDS: &[&str] = &["حزب", "منظمة", "جامعة"];

fn name_keyword_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(NAME_KEYWORDS))
}

/// Organisation names after a naming keyword: a post-pass on the tag sequence, after
/// [`title_names`] (session 25). An untagged bare keyword of [`NAME_KEYWORDS`] (as written or
/// behind و/ف/ل/ب) that opens a clause (line start, after punctuation or a stop word) and is
/// followed, on the same line, by an untagged article word that is no stop word, title, country
/// or nationality becomes an ORG span of the two: قال حزب الامة المصري qāla ḥizb
/// al-umma al-miṣrī "the Egyptian Umma party said" → ORG حزب الامة (the nationality adjective
/// stays out, as ANERcorp tags حزب الله اللبناني).
pub(crate) fn keyword_orgs(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let words = name_keyword_hashes();
    let stop = stopword_hashes();
    let not_name = bit(Category::Title) | bit(Category::Country) | bit(Category::Nationality);
    for i in 0..n.saturating_sub(1) {
        let j = i + 1;
        // (session 52) The keyword, untagged or a span of its own, right before an ORG span the
        // tagger found that opens with the article heads it: منظمة الأمم المتحدة munaẓẓamat
        // al-umam al-muttaḥida "the United Nations Organization" (ANERcorp train: منظمة inside
        // the name 23 of 28 times). Else both words are untagged. (Tags first: the keyword
        // lookup hashes.)
        let heads = (tags[i] == 0 || tags[i] == B_ORG) && tags[j] == B_ORG;
        if !(heads || (tags[i] == 0 && tags[j] == 0)) || tokens[i].kind != TokenKind::Arabic || tokens[j].kind != TokenKind::Arabic {
            continue;
        }
        if bare_keyword(&keys[i], |h| words.contains(&h)).is_none() {
            continue;
        }
        if heads {
            if keys[j].starts_with("ال") && joined_to_previous(text, tokens, j, Gap::Spaces) {
                tags[i] = B_ORG;
                tags[j] = B_ORG + 1;
            }
            continue;
        }
        let k = keys[j].as_str();
        if !k.starts_with("ال") || k.chars().count() < 4 || stop.contains(&hash_str(k)) || token_mask(keys, j, lex) & not_name != 0 || lex.countries.contains_key(&hash_str(k)) {
            continue;
        }
        if text.get(tokens[i].range.end..tokens[j].range.start).is_none_or(|g| g.contains('\n')) {
            continue;
        }
        // The keyword opens a clause: line start, after punctuation or after a stop word (قال
        // حزب X "party X said"), not inside a construct chain (أعضاء حزب X "members of party X",
        // where the event coder reads the bare keyword and the nationality adjective).
        let opens = i == 0 || tokens[i - 1].kind != TokenKind::Arabic || text.get(tokens[i - 1].range.end..tokens[i].range.start).is_none_or(|g| g.contains('\n')) || stop.contains(&hash_str(&keys[i - 1]));
        if !opens {
            continue;
        }
        tags[i] = B_ORG;
        tags[j] = B_ORG + 1;
    }
}

/// Relational nouns with a possessive pronoun that only persons take, after their holder's
/// name: نظيره naẓīruhu "his counterpart", نظيرها, نظيرته, نظيرتها "her counterpart".
const RELATIONAL_NOUNS: &[&str] = &["نظيره", "نظيرها", "نظيرته", "نظيرتها"];

fn relational_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(RELATIONAL_NOUNS))
}

/// Name particles after which a title word is part of the name (بندر بن سلطان bandar bin
/// sulṭān: سلطان is also "sultan").
const NAME_PARTICLES: &[&str] = &["بن", "ابن", "بنت", "ابو", "أبو", "آل", "عبد"];

/// The end (exclusive) of the person span whose B-PER is at token `s`: the I-PER tokens after
/// it, up to `n`.
fn person_span_end(tags: &[u8], s: usize, n: usize) -> usize {
    (s + 1..n).find(|&e| tags[e] != I_PER).unwrap_or(n)
}

/// Person spans the tagger ran together with a second name or a role: a post-pass on the tag
/// sequence, after [`title_names`].
///
/// - A PER span is split before an inner token that is و wa "and" plus a listed person-name
///   token or a word the ANT clusters do not know, unless the whole token is itself a listed
///   name (وليد walīd): بوش وبلير būsh wa-blair "Bush and Blair" → two people.
/// - A PER span of two or more tokens loses a last token that is a person title without its
///   article (أمير amīr "emir" ← الأمير) when the title heads a construct — an article word
///   (not a stop word such as الذي), a tagged place or organisation, or a country follows —
///   and no name particle (بن ibn, آل āl ...) precedes it: X أمير قطر "X, emir of Qatar" → X.
/// - A last token that is not a listed name and is a bare country or big city, or ب bi / ل li
///   glued to an article word, place, country or organisation, is cut ([`not_a_name_end`]):
///   X بلندن "X in London" → X.
/// - A regnal ordinal right after the span joins it (X الثالث "X III", also X السادس عشر),
///   unless على ʿalā follows (a ranking).
pub(crate) fn person_cuts(tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let person = bit(Category::Person) | bit(Category::PersonToken);
    let stop = stopword_hashes();
    let mut s = 0;
    while s < n {
        if tags[s] != B_PER {
            s += 1;
            continue;
        }
        let e = person_span_end(tags, s, n);
        for j in s + 1..e {
            let k = keys[j].as_str();
            let Some(rest) = k.strip_prefix('و').filter(|r| r.chars().count() >= 3) else {
                continue;
            };
            if tokens[j].kind == TokenKind::Arabic
                && key_mask(lex, k) & person == 0
                && (key_mask(lex, rest) & person != 0 || !lex.clusters.contains_key(&hash_str(rest)))
            {
                tags[j] = B_PER;
            }
        }
        // The span's last part after any split above.
        let first = (s..e).rev().find(|&j| tags[j] == B_PER).unwrap_or(s);
        if e - first >= 2 && tokens[e - 1].kind == TokenKind::Arabic && !keys[e - 1].starts_with("ال") {
            let k = keys[e - 1].as_str();
            let construct = e < n
                && tokens[e].kind == TokenKind::Arabic
                && !stop.contains(&hash_str(&keys[e]))
                && (keys[e].starts_with("ال") || (tags[e] >= 3 && tags[e] % 2 == 1) || token_mask(keys, e, lex) & bit(Category::Country) != 0);
            // (cheapest test first: most spans end in no construct; the particle keys are
            // folded only when the rest holds)
            if construct && key_mask(lex, &format!("ال{k}")) & bit(Category::Title) != 0 && !NAME_PARTICLES.iter().any(|p| keys[e - 2] == crate::key::token_key(p)) {
                tags[e - 1] = 0;
            }
        }
        // A last token that is a preposition glued to a place, an organisation or an article
        // word (بلندن bi-landan "in London", للزمالك li-l-zamālik "for Zamalek") or a bare
        // country or big city (a byline: X لندن) is not part of the name.
        let last = (s..e).rev().find(|&j| tags[j] != 0).map_or(s, |j| j + 1);
        let first = (s..last).rev().find(|&j| tags[j] == B_PER).unwrap_or(s);
        if last - first >= 2 && tokens[last - 1].kind == TokenKind::Arabic && not_a_name_end(&keys[last - 1], lex) {
            tags[last - 1] = 0;
        }
        // A regnal ordinal after a name belongs to it (فرناندو الثالث fernando al-thālith
        // "Ferdinand III"), unless على ʿalā "over" follows (a ranking: X الثالث على "X, third over").
        if e < n && tags[e] == 0 && tags[e - 1] != 0 && tokens[e].kind == TokenKind::Arabic && ordinal_hashes().contains(&hash_str(&keys[e])) {
            let teen = e + 1 < n && tags[e + 1] == 0 && keys[e + 1] == "عشر";
            let after = if teen { e + 2 } else { e + 1 };
            let ranking = after < n && keys[after] == "علي";
            if !ranking {
                tags[e] = I_PER;
                if teen {
                    tags[e + 1] = I_PER;
                }
                s = after;
                continue;
            }
        }
        s = e;
    }
}

/// Two person spans the tagger put side by side are one name (session 26): a B-PER right after a
/// PER token on the same line, with no punctuation between, continues the name unless it opens
/// with و wa "and" or ف fa "so" (two people: بوش وبلير būsh wa-blair "Bush and Blair"), e.g.
/// مبارك | مصطفى mubārak muṣṭafā → one name. Of the 174 adjacent PER spans of ANERcorp train,
/// 150 open with و / ف, 3 with ل li "to", 21 with another letter (mostly one name the
/// annotators split).
pub(crate) fn person_joins(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8]) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    for i in 1..n {
        if tags[i] == B_PER
            && (tags[i - 1] == B_PER || tags[i - 1] == I_PER)
            && tokens[i].kind == TokenKind::Arabic
            && !keys[i].starts_with(['و', 'ف'])
            && joined_to_previous(text, tokens, i, Gap::SameLine)
        {
            tags[i] = I_PER;
        }
    }
}

/// A verb with و wa "and" / ف fa heading a person span is cut (session 27): the tagger (above all
/// the `--mined` candidate) takes وأكد wa-akkada "and stressed" or وأدان wa-adāna "and
/// condemned" into the name of the speaker that follows (وأكد بن دغر → بن دغر). The first token
/// of a PER span of two or more tokens is cut when it opens with و / ف, its ANT cluster is no
/// name cluster, the rest after the letter is no listed person name or name token, and the rest
/// is a known word (in the ANT clusters) while the whole token is no listed name, or the rest is
/// a stop word (a reporting verb such as أكد akkada: the person-token lists also hold واكد).
pub(crate) fn verb_heads(tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let stop = stopword_hashes();
    let person = bit(Category::Person) | bit(Category::PersonToken);
    for (s, e, kind) in spans(&tags[..n]) {
        if kind != EntityType::Person || e - s < 2 || tokens[s].kind != TokenKind::Arabic {
            continue;
        }
        let k = keys[s].as_str();
        let Some(rest) = k.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3) else {
            continue;
        };
        let rest_hash = hash_str(rest);
        let rest_stop = stop.contains(&rest_hash);
        if !lex.clusters.get(&hash_str(k)).is_some_and(|&p| lex.is_name_cluster(p))
            && key_mask(lex, rest) & person == 0
            && ((key_mask(lex, k) & person == 0 && lex.clusters.contains_key(&rest_hash)) || rest_stop)
        {
            tags[s] = 0;
            tags[s + 1] = B_PER;
        }
    }
}

/// A person span that opens with the article and ends in a nationality adjective (or is that
/// adjective alone) is the end of a title phrase, not a name: وزير العدل الأمريكي wazīr al-ʿadl
/// al-amrīkī "the US justice minister" tagged PER on العدل الأمريكي, or a bare الأمريكي.
/// Left as it is, its last word was propagated as a surname to every الأمريكي of the article
/// (session 28, dev 26 CN-1578: six quotes of Pompeo and Trump named الأمريكي). A nisba surname
/// after a given name (محمد شياع السوداني) keeps its span, and name propagation still finds the
/// surname alone when the full name stands in the text. Without the article the word may be a
/// name (كينيون kīnyūn: Kenyon, or "Kenyans"; ANERcorp has the surname).
///
/// (session 49) A token و + article + nationality adjective inside a person span is the
/// conjunction of a second person and that person's nationality: the span is cut around it.
pub(crate) fn nationality_persons(keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = keys.len().min(tags.len());
    for (s, e, kind) in spans(&tags[..n]) {
        let nationality = || matches!(lexicon_match(keys, e - 1, e, lex).1, Some((_, CountryKind::Nationality)));
        if kind == EntityType::Person && keys[s].starts_with("ال") && nationality() {
            tags[s..e].iter_mut().for_each(|t| *t = 0);
        }
    }
    // (session 49) و wa "and" + a nationality adjective inside or at the head of a person span
    // opens the next person, itself no part of a name: الشاعر أدونيس والبيروفي ماريو فارغاس يوسا
    // "the poet Adonis and the Peruvian Mario Vargas Llosa" → أدونيس, ماريو فارغاس يوسا.
    for (s, e, kind) in spans(&tags[..n]) {
        if kind != EntityType::Person {
            continue;
        }
        for k in s..e {
            if keys[k].starts_with("وال") && matches!(lexicon_match(keys, k, k + 1, lex).1, Some((_, CountryKind::Nationality))) {
                tags[k] = 0;
                if k + 1 < e {
                    tags[k + 1] = B_PER;
                }
            }
        }
    }
}

/// Nouns of titled works that name the quoted title after them (ANERcorp tags the title MISC):
/// فيلم fīlm "film", رواية riwāya "novel", برنامج barnāmaj "programme", (ب)عنوان (bi-)ʿunwān
/// "(entitled)". Left out: مسلسل musalsal "series" and قصة qiṣṣa "story" (their quoted titles
/// are mostly O in the gold), كتاب kitāb "book" (titles there are mostly tagged piecewise).
const WORK_NOUNS: &[&str] = &["فيلم", "رواية", "روايته", "برنامج", "عنوان", "عنوانها", "مسرحية", "قصيدة", "أغنية", "ألبوم"];

fn work_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(WORK_NOUNS))
}

/// A quoted name is at most this many tokens long (longer quotes are speech).
const MAX_QUOTED: usize = 5;

const B_ORG: u8 = 3;
const B_MISC: u8 = 7;

/// Names in quotation marks right after an organisation keyword or a work noun: a post-pass on
/// the tag sequence, after [`person_cuts`]. صحيفة " X " ṣaḥīfat "X" "the X newspaper" → ORG X
/// (`Category::OrgKeyword`: شركة، صحيفة، مجلة، مؤسسة ...); فيلم « X » "the film X" → MISC X
/// ([`WORK_NOUNS`]). The quote must close on the same line after 1 to [`MAX_QUOTED`] tokens,
/// hold letters and no other punctuation, and not start with a stop word (a short quotation of
/// speech: الصحيفة " ان ...). The name replaces whatever the tagger gave the quoted tokens (a
/// newspaper named after a place, read as LOC: صحيفة " بابل " "the Babylon newspaper").
pub(crate) fn quoted_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let surface = |i: usize| text.get(tokens[i].range.clone()).unwrap_or("");
    let works = work_hashes();
    let stop = stopword_hashes();
    for i in 1..n {
        let close = match surface(i) {
            "\"" => "\"",
            "«" => "»",
            "“" => "”",
            _ => continue,
        };
        let Some(c) = (i + 1..n.min(i + 2 + MAX_QUOTED)).find(|&j| tokens[j].kind == TokenKind::Punct) else {
            continue;
        };
        if c == i + 1 || surface(c) != close || text.get(tokens[i].range.end..tokens[c].range.start).is_none_or(|g| g.contains('\n')) {
            continue;
        }
        let body = i + 1..c;
        let p = i - 1;
        if tags[p] != 0 || tokens[p].kind != TokenKind::Arabic {
            continue;
        }
        let rest = split_proclitic(&keys[p]).1;
        let b = if token_mask(keys, p, lex) & bit(Category::OrgKeyword) != 0 || key_mask(lex, rest) & bit(Category::OrgKeyword) != 0 {
            B_ORG
        } else if works.contains(&hash_str(&keys[p])) || works.contains(&hash_str(rest)) {
            B_MISC
        } else {
            continue;
        };
        if !tokens[body.clone()].iter().any(|t| matches!(t.kind, TokenKind::Arabic | TokenKind::Latin)) || stop.contains(&hash_str(&keys[i + 1])) {
            continue;
        }
        tags[i + 1] = b;
        tags[i + 2..c].iter_mut().for_each(|t| *t = b + 1);
    }
}

/// (session 52) Bare organisation keywords whose name follows them outside the span (ANERcorp
/// train: the next word is B-ORG after فريق in 32 of 51 cases, after نادي in 17 of 23, after
/// شركة in 21 of 60, after صحيفة in 19 of 43, the keyword itself O): فريق farīq "team",
/// نادي nādī "club", شركة sharika "company", صحيفة ṣaḥīfa, جريدة jarīda "newspaper", مجلة
/// majalla "magazine". The other keywords of the lexicon's `OrgKeyword` class either head the
/// name ([`NAME_KEYWORDS`]) or are followed by common nouns more often than by names.
const NAMED_AFTER_KEYWORDS: &[(&str, NamedAfter)] = &[
    ("فريق", NamedAfter::Team),
    ("نادي", NamedAfter::Team),
    ("شركة", NamedAfter::Body),
    ("صحيفة", NamedAfter::Body),
    ("جريدة", NamedAfter::Body),
    ("مجلة", NamedAfter::Body),
];

fn named_after_kinds() -> &'static std::collections::HashMap<u64, NamedAfter> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<u64, NamedAfter>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| NAMED_AFTER_KEYWORDS.iter().map(|&(w, kind)| (crate::key::hash_str(&crate::key::token_key(w)), kind)).collect())
}

/// Which kind of [`NAMED_AFTER_KEYWORDS`] token `i` is (see [`bare_keyword`]): `None` for any
/// other word.
fn named_after_keyword(keys: &[String], i: usize) -> Option<NamedAfter> {
    let kinds = named_after_kinds();
    bare_keyword(&keys[i], |h| kinds.contains_key(&h)).and_then(|h| kinds.get(&h).copied())
}

/// The hash of a keyword key `key` that `known` holds, as written or as its rest behind a
/// proclitic that is no article (وحزب wa-ḥizb "and party", لفريق li-farīq "for a team"; not
/// الحزب, للحزب): `None` otherwise. The keyword test of [`keyword_orgs`] and [`keyword_names`].
fn bare_keyword(key: &str, known: impl Fn(u64) -> bool) -> Option<u64> {
    use crate::key::hash_str;
    let h = hash_str(key);
    if known(h) {
        return Some(h);
    }
    let (pre, rest) = split_proclitic(key);
    if pre.is_empty() || pre.contains("ال") || pre.ends_with("لل") {
        return None;
    }
    let h = hash_str(rest);
    known(h).then_some(h)
}

/// The kind of keyword a name follows in [`keyword_names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NamedAfter {
    /// فريق "team", نادي "club": a place or a rare word after it is a club.
    Team,
    /// شركة "company", صحيفة / جريدة "newspaper", مجلة "magazine": a person's name after it
    /// names the body too (شركة فورد "the Ford company").
    Body,
}

/// (session 52) The name after a bare keyword of [`NAMED_AFTER_KEYWORDS`] is an organisation: a
/// post-pass on the tag sequence, after [`quoted_names`]. Right after the keyword (spaces only,
/// same line), a span the tagger read as a place or a MISC name — or, after a company or
/// newspaper keyword, a person's name — becomes ORG (فريق قطر farīq qaṭar "the Qatar team",
/// جريدة القدس "the al-Quds newspaper", شركة فورد); an untagged run of up to [`MAX_NAME_RUN`]
/// words the ANT clusters do not know ([`rare_surname_word`]: mostly foreign names) becomes an
/// ORG span (شركة سياك "the SAIC company"). The keyword stays outside, as ANERcorp tags it.
pub(crate) fn keyword_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    for i in 0..n.saturating_sub(1) {
        let j = i + 1;
        // (the tags first: the keyword lookup hashes; only these spans or an untagged word change)
        if tags[i] != 0 || !matches!(tags[j], 0 | B_LOC | B_MISC | B_PER) || tokens[i].kind != TokenKind::Arabic || !joined_to_previous(text, tokens, j, Gap::Spaces) {
            continue;
        }
        let Some(kind) = named_after_keyword(keys, i) else {
            continue;
        };
        let retag = tags[j] == B_LOC || tags[j] == B_MISC || (tags[j] == B_PER && kind == NamedAfter::Body);
        if retag {
            let t = tags[j];
            tags[j] = B_ORG;
            let mut e = j + 1;
            while e < n && tags[e] == t + 1 {
                tags[e] = B_ORG + 1;
                e += 1;
            }
        } else if tags[j] == 0 && rare_surname_word(text, tokens, keys, j, lex) {
            tags[j] = B_ORG;
            let mut e = j + 1;
            while e < n && e - j < MAX_NAME_RUN && tags[e] == 0 && rare_surname_word(text, tokens, keys, e, lex) {
                tags[e] = B_ORG + 1;
                e += 1;
            }
        }
    }
}

/// (session 52) Teams in a fixtures list: a name followed by its country in parentheses and then
/// a dash or a score, or opening the list after a dash or a colon (ستيوا بوخارست ( رومانيا ) -
/// sti'ūā būkhārist (rūmāniyā) "Steaua Bucharest (Romania) -") is an organisation, whatever the
/// tagger read (a city: بوخارست LOC). A post-pass after [`result_rows`]. The name is the span
/// the tagger ends right before the parenthesis, widened back over untagged words the ANT clusters
/// do not know ([`rare_surname_word`]), or such a run alone; the country (the lexicon's `Country`
/// class) stays LOC.
pub(crate) fn fixture_teams(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let surface = |i: usize| text.get(tokens[i].range.clone()).unwrap_or("");
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::SameLine);
    let is_country = |i: usize| tokens[i].kind == TokenKind::Arabic && token_mask(keys, i, lex) & bit(Category::Country) != 0;
    let dash = |i: usize| matches!(surface(i), "-" | "\u{2013}");
    for p in 1..n.saturating_sub(3) {
        if surface(p) != "(" || !joined(p) || !joined(p + 1) || !joined(p + 2) || !is_country(p + 1) || surface(p + 2) != ")" {
            continue;
        }
        // The name: the tagged span ending at p − 1, or untagged rare words.
        let mut a = p;
        if tags[p - 1] != 0 {
            if tags[p - 1] == B_ORG || tags[p - 1] == B_ORG + 1 || tags[p - 1] == B_PER || tags[p - 1] == B_PER + 1 {
                continue;
            }
            while a > 0 && tags[a - 1] != 0 {
                a -= 1;
                if tags[a] % 2 == 1 {
                    break;
                }
            }
        }
        while a > 0 && p - a < MAX_NAME_RUN && tags[a - 1] == 0 && rare_name_word(tokens, keys, a - 1, lex) && (a == p || joined_to_previous(text, tokens, a, Gap::Spaces)) {
            a -= 1;
        }
        if a == p || (a > 0 && joined(a) && tokens[a - 1].kind == TokenKind::Arabic) {
            // No name, or the run does not open the entry (a word before it on the line).
            continue;
        }
        // A fixture, not a dateline (بيروت ( لبنان ) - قال "Beirut (Lebanon) - he said"): a dash
        // or a colon before the name, a score after the parenthesis, or a dash that ends the
        // line or leads to the next team's parenthesised country.
        let before = a > 0 && joined(a) && (dash(a - 1) || surface(a - 1) == ":");
        let next = p + 3;
        let score = next < n && joined(next) && tokens[next].kind == TokenKind::Number;
        let pair = next < n && joined(next) && dash(next) && (next + 1 >= n || !joined(next + 1) || (next + 2..n.min(next + 6)).take_while(|&q| joined(q)).any(|q| surface(q) == "(" && q + 1 < n && is_country(q + 1)));
        if !(before || score || pair) {
            continue;
        }
        tags[a] = B_ORG;
        tags[a + 1..p].iter_mut().for_each(|t| *t = B_ORG + 1);
    }
}

/// Person names read against the longer person names of the same text: a post-pass on the tag
/// sequence, after [`quoted_names`] (session 23). Untagged Arabic tokens (at most
/// [`MAX_NAME_PREFIX`], same line) right before a PER span join it when, with the span, they
/// are the end of a longer PER span elsewhere in the text: ستيفان دي ميستورا … دي [ميستورا] →
/// [دي ميستورا] (the tagger knows the particle only after the given name).
pub(crate) fn document_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8]) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::SameLine);
    let persons: Vec<(usize, usize)> = spans(&tags[..n]).into_iter().filter(|&(_, _, k)| k == EntityType::Person).map(|(s, e, _)| (s, e)).collect();
    if persons.is_empty() {
        return;
    }
    for &(s, e) in &persons {
        for k in (1..=MAX_NAME_PREFIX.min(s)).rev() {
            let a = s - k;
            if (a..s).any(|j| tags[j] != 0 || tokens[j].kind != TokenKind::Arabic) || !(a + 1..=s).all(joined) {
                continue;
            }
            let want = &keys[a..e];
            let longer = persons.iter().any(|&(s2, e2)| e2 - s2 > want.len() && keys[e2 - want.len()..e2] == *want);
            if longer {
                tags[a] = B_PER;
                tags[a + 1..e].iter_mut().for_each(|t| *t = I_PER);
                break;
            }
        }
    }
}

/// Hashes of the stop words that end in ى alef maqsura (على ʿalā "on", حتى ḥattā "until"), whose
/// keys (ى folded into ي) are names too (علي ʿalī).
fn folded_stop_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let words: Vec<&str> = NAME_STOPWORDS.iter().copied().filter(|w| w.ends_with(marsad_text::chars::ALEF_MAKSURA)).collect();
        key_hashes(&words)
    })
}

/// Whether token `i` is a stop word by its spelling ([`NAME_STOPWORDS`]): a stop word ending in ى
/// alef maqsura written so (على ʿalā "on", not the name علي ʿalī its key folds into), any other
/// stop word unless the lexicon lists it as a person name or name token and it is not written
/// as the stop word with a letter the key folds.
fn spelled_stopword(text: &str, tokens: &[Token], keys: &[String], i: usize, lex: &Lexicon) -> bool {
    use crate::key::hash_str;
    if tokens[i].kind != TokenKind::Arabic {
        return false;
    }
    let h = hash_str(&keys[i]);
    if !stopword_hashes().contains(&h) {
        return false;
    }
    if folded_stop_hashes().contains(&h) {
        return text.get(tokens[i].range.clone()).is_some_and(|w| w.ends_with(marsad_text::chars::ALEF_MAKSURA));
    }
    if !listed_name(lex, &keys[i]) {
        return true;
    }
    // A key that is a listed name too (بان bān of بان كي مون "Ban Ki-moon") is the stop word when
    // it is written as one with a letter its key folds (بأن bi-an "that", with hamza) and has
    // three letters or more (a two-letter syllable such as إن stays a name's: مون جيه إن).
    text.get(tokens[i].range.clone()).is_some_and(|w| w != keys[i] && w.chars().count() >= 3 && NAME_STOPWORDS.contains(&w))
}

/// Does the lexicon list the key as a person name or a person-name token?
fn listed_name(lex: &Lexicon, key: &str) -> bool {
    key_mask(lex, key) & (bit(Category::Person) | bit(Category::PersonToken)) != 0
}

/// (session 55) Whether token `j`, inside a person span after its first token, is a word the
/// tagger ran the name on into, never a word of a name:
/// * a word written with the accusative tanwin (fathatan U+064B), an adverb or circumstantial
///   participle after the subject (ويضيف كارتر متأسفاً wa-yuḍīfu kārtar mutaʾassifan "Carter
///   adds regretfully"): no name carries the accusative ending;
/// * the preposition ب bi / ل li / ك ka glued to a word that opens with a hamza seat alef (أ إ
///   آ), i.e. a second name governed by the preposition (شبه X بأدولف هتلر shabbaha X
///   bi-adūlf hitlar "compared X with Adolf Hitler"); no name word opens with a one-letter
///   proclitic and hamza (the spelling decides; the key folds the hamza), unless the lexicon
///   lists the key as a person name or name token.
fn run_on_word(text: &str, tokens: &[Token], keys: &[String], j: usize, lex: &Lexicon) -> bool {
    if tokens[j].kind != TokenKind::Arabic {
        return false;
    }
    let Some(w) = text.get(tokens[j].range.clone()) else {
        return false;
    };
    if w.contains(marsad_text::chars::FATHATAN) {
        return true;
    }
    let mut letters = w.chars().filter(|&c| marsad_text::chars::is_arabic_letter(c));
    let glued = matches!(letters.next(), Some('ب' | 'ل' | 'ك')) && matches!(letters.next(), Some('أ' | 'إ' | 'آ')) && letters.count() >= 2;
    glued && !listed_name(lex, &keys[j])
}

/// (session 55) Whether token `i`, the first of a person span, is the conjunction و wa "and" / ف
/// fa "so" glued to a stop word of [`NAME_STOPWORDS`] of three letters or more as written, mostly
/// a reporting verb (ورأى سلامي wa-raʾā salāmī "and Salami held" → سلامي): the tagger runs the
/// verb of a VSO sentence into the subject's name. Not when the lexicon lists the whole token as
/// a person name or name token.
fn glued_stopword(text: &str, tokens: &[Token], keys: &[String], i: usize, lex: &Lexicon) -> bool {
    if tokens[i].kind != TokenKind::Arabic {
        return false;
    }
    let Some(w) = text.get(tokens[i].range.clone()) else {
        return false;
    };
    let Some(rest) = w.strip_prefix(['و', 'ف']) else {
        return false;
    };
    rest.chars().count() >= 3
        && NAME_STOPWORDS.contains(&rest)
        && !listed_name(lex, &keys[i])
}

/// (session 54) A person span never ends in a stop word ([`spelled_stopword`]): the tagger runs a
/// name on into the preposition or complementizer after it (وشدد عباس على أن wa-shaddada ʿabbās
/// ʿalā an "and Abbas stressed that" → عباس, not عباس علي ʿabbās ʿalī; نصح خليفة بأن naṣaḥa
/// khalīfa bi-an "advised Khalifa to" → خليفة). Stop words at the end are cut; a span of stop
/// words alone is dropped. A post-pass after the passes that extend person spans, before
/// name propagation (which would otherwise spread the stop word as a name).
///
/// (session 55) First, the span ends before its first [`run_on_word`] after its first token: an
/// accusative adverb (X متأسفاً "X, regretfully" → X) or a preposition glued to a second name (علي
/// خامنئي بأدولف هتلر "Ali Khamenei with Adolf Hitler" → علي خامنئي); the words from there on
/// leave the span.
///
/// (session 55) Then the span loses a first token that is و / ف glued to a stop word
/// ([`glued_stopword`]: ورأى سلامي "and Salami held" → سلامي).
pub(crate) fn stopword_ends(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let mut i = 0;
    while i < n {
        if tags[i] != B_PER {
            i += 1;
            continue;
        }
        let e = person_span_end(tags, i, n);
        let mut last = e;
        if let Some(j) = (i + 1..e).find(|&j| run_on_word(text, tokens, keys, j, lex)) {
            tags[j..e].fill(0);
            last = j;
        }
        while last > i && spelled_stopword(text, tokens, keys, last - 1, lex) {
            tags[last - 1] = 0;
            last -= 1;
        }
        if last > i && glued_stopword(text, tokens, keys, i, lex) {
            tags[i] = 0;
            if i + 1 < last {
                tags[i + 1] = B_PER;
            }
        }
        i = e;
    }
}

/// (session 46) The given names of a first mention: untagged listed given names right before a
/// person's surname join its span (كشف علي مظلوم kashafa ʿalī maẓlūm "Ali Mazloum revealed",
/// the tagger has مظلوم alone). A post-pass on the tag sequence, after [`document_names`].
///
/// The span is a PER span, or a one-token span of another type (ولايتي wilāyatī tagged LOC in an
/// apposition, PER in the quotes: it becomes PER), and its last key ends another PER span of
/// the text (the surname recurs as a name: a one-sentence text does not vouch for it). Up to [`MAX_NAME_PREFIX`] untagged Arabic tokens on the same line, no
/// punctuation between, each a listed person name or name token as written (no article, no
/// proclitic reading), no title, keyword, country, nationality or place; the first of them is a
/// word the ANT clusters do not know or one of a name cluster, or a name whose key folds with a
/// stop word while its spelling is the name's (علي ʿalī, written with ي, not على ʿalā "on").
pub(crate) fn given_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let found = spans(&tags[..n]);
    if found.is_empty() {
        return;
    }
    // How many PER spans end in each key.
    let mut surnames: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &(_, e, _) in found.iter().filter(|&&(_, _, k)| k == EntityType::Person) {
        if keys[e - 1].chars().count() >= 3 {
            *surnames.entry(keys[e - 1].as_str()).or_default() += 1;
        }
    }
    if surnames.is_empty() {
        return;
    }
    let stop = stopword_hashes();
    let person = bit(Category::Person) | bit(Category::PersonToken);
    let not_name = NOT_PERSON_CLASSES;
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::SameLine);
    let given = |tags: &[u8], i: usize| -> bool {
        if tags[i] != 0 || tokens[i].kind != TokenKind::Arabic || !joined(i + 1) {
            return false;
        }
        let k = keys[i].as_str();
        let m = key_mask(lex, k);
        k.chars().count() >= 2 && !k.starts_with("ال") && m & person != 0 && m & not_name == 0 && token_mask(keys, i, lex) & not_name == 0
    };
    let opens = |i: usize| -> bool {
        let h = hash_str(&keys[i]);
        if stop.contains(&h) {
            // The key folds ى into ي: a stop word ending in ى (على ʿalā "on") shares its key with
            // a name (علي ʿalī), which only its spelling tells apart; other stop words (في fī
            // "in") never open a name.
            return folded_stop_hashes().contains(&h) && text.get(tokens[i].range.clone()).is_some_and(|w| w.ends_with('\u{064A}'));
        }
        lex.clusters.get(&h).is_none_or(|&path| lex.is_name_cluster(path))
    };
    for (s, e, kind) in found {
        // The surname is a person's in another mention of the text (a PER span besides this one
        // ends in it): the name recurs, the given names are its first mention's.
        let others = surnames.get(keys[e - 1].as_str()).copied().unwrap_or(0).saturating_sub(usize::from(kind == EntityType::Person));
        if others == 0 || (kind != EntityType::Person && e - s != 1) {
            continue;
        }
        // A span opening with و wa "and" / ف fa is the second of two (علي عقاب واحمد غازي "Ali
        // Oqab and Ahmad Ghazi"), not the end of one name.
        if keys[s].starts_with(['و', 'ف']) && key_mask(lex, &keys[s]) & person == 0 {
            continue;
        }
        if s == 0 || !given(tags, s - 1) {
            continue;
        }
        let mut a = s - 1;
        while a > 0 && s - a < MAX_NAME_PREFIX && given(tags, a - 1) {
            a -= 1;
        }
        // The run opens on a given name proper; a listed word of a common-noun cluster only
        // inside it (علي أكبر ʿalī akbar, أكبر also "greater").
        while a < s && !opens(a) {
            a += 1;
        }
        if a == s {
            continue;
        }
        tags[a] = B_PER;
        tags[a + 1..e].iter_mut().for_each(|t| *t = I_PER);
    }
}

/// (session 51) Whether token `i` is a given name written with hamza on the alef before lam
/// (ألان alān "Alan", ألونسو alūnsū "Alonso", ألكسندر): its key folds into the article's form
/// (الان, also the key of الآن al-āna "now"), so the article and stop-word tests of the other
/// passes read it as a common word. Written with أ (the article never is), listed as a person name
/// or name token, and listed as nothing else that is not a name (title, keyword, country,
/// nationality, place, agency, organisation: ألمانيا almāniyā "Germany").
fn hamza_lam_name(text: &str, tokens: &[Token], keys: &[String], i: usize, lex: &Lexicon) -> bool {
    let person = bit(Category::Person) | bit(Category::PersonToken);
    let not_name = NOT_PERSON_CLASSES;
    if tokens[i].kind != TokenKind::Arabic || !text.get(tokens[i].range.clone()).is_some_and(|w| w.starts_with("\u{0623}\u{0644}")) {
        return false;
    }
    let k = keys[i].as_str();
    let m = key_mask(lex, k);
    k.chars().count() >= 4 && m & person != 0 && m & not_name == 0 && !lex.countries.contains_key(&crate::key::hash_str(k))
}

/// What may stand between two tokens for [`joined_to_previous`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// Anything but a line break (punctuation and symbols included).
    SameLine,
    /// Only spaces on the same line.
    Spaces,
}

/// Token `i` follows token `i - 1` on the same line, with only what `gap` allows between them.
fn joined_to_previous(text: &str, tokens: &[Token], i: usize, gap: Gap) -> bool {
    i > 0
        && i < tokens.len()
        && text.get(tokens[i - 1].range.end..tokens[i].range.start).is_some_and(|g| !g.contains('\n') && (gap == Gap::SameLine || g.trim().is_empty()))
}

/// (session 51) Given names written with أل before or after a person's tagged name: an untagged
/// [`hamza_lam_name`] on the same line right before a PER span opens it (ألان فورنييه alān
/// fūrnīyīh "Alain Fournier", the tagger has the surname only), one right after a PER span
/// ends it (فرناندو ألونسو fernandū alūnsū), and one before a [`rare_surname_word`] is a PER span
/// that [`rare_surnames`] completes. A post-pass after [`given_names`].
pub(crate) fn hamza_given_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::Spaces);
    for i in 0..n {
        if tags[i] != 0 || !hamza_lam_name(text, tokens, keys, i, lex) {
            continue;
        }
        if i + 1 < n && tags[i + 1] == B_PER && joined(i + 1) {
            tags[i] = B_PER;
            tags[i + 1] = I_PER;
        } else if i > 0 && (tags[i - 1] == B_PER || tags[i - 1] == I_PER) && joined(i) {
            tags[i] = I_PER;
        } else if i + 1 < n && tags[i + 1] == 0 && rare_surname_word(text, tokens, keys, i + 1, lex) {
            // ألان فورتييه with neither tagged: the given name opens, [`rare_surnames`] adds the
            // surname.
            tags[i] = B_PER;
        }
    }
}

/// (session 51) Whether token `j` may be a rare family name after a given name: an Arabic word
/// on the same line that the ANT clusters do not know (a rare word: mostly a foreign family name),
/// of three letters or more, no stop word, no listed word of another class than names, no article,
/// no و / ف opening, no proclitic on a known word, and no known word with a pronoun suffix
/// (تسليحه taslīḥuhu "his arming", يبعدها yubʿiduhā "he keeps it away").
fn rare_surname_word(text: &str, tokens: &[Token], keys: &[String], j: usize, lex: &Lexicon) -> bool {
    joined_to_previous(text, tokens, j, Gap::Spaces) && rare_name_word(tokens, keys, j, lex)
}

/// (session 52, factored out of [`rare_surname_word`]) Whether token `j`, wherever it stands, is
/// a rare name word: the tests of [`rare_surname_word`] but the one on its place in the line.
fn rare_name_word(tokens: &[Token], keys: &[String], j: usize, lex: &Lexicon) -> bool {
    use crate::key::hash_str;
    let stop = stopword_hashes();
    let not_name = NOT_PERSON_CLASSES;
    if tokens[j].kind != TokenKind::Arabic {
        return false;
    }
    let k = keys[j].as_str();
    let h = hash_str(k);
    if k.chars().count() < 3 || stop.contains(&h) || lex.clusters.contains_key(&h) || token_mask(keys, j, lex) & not_name != 0 || lex.countries.contains_key(&h) {
        return false;
    }
    if k.starts_with("ال") || k.starts_with(['و', 'ف']) {
        return false;
    }
    let known = |w: &str| lex.clusters.contains_key(&hash_str(w)) || stop.contains(&hash_str(w));
    let (pre, rest) = crate::key::split_proclitic(k);
    if !pre.is_empty() && known(rest) {
        return false;
    }
    !["ه", "ها", "هم", "هما", "هن", "كم", "نا"].iter().any(|suffix| k.strip_suffix(suffix).is_some_and(|stem| stem.chars().count() >= 2 && known(stem)))
}

/// (session 51) A surname after a tagged given name: a one-token PER span that the lexicon lists
/// as a person's name token (a given name), followed by a [`rare_surname_word`] (شينزو كيشيمورا
/// shīnzū kīshīmūrā), ends with it. A post-pass after [`hamza_given_names`].
pub(crate) fn rare_surnames(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let person = bit(Category::Person) | bit(Category::PersonToken);
    let not_name = NOT_PERSON_CLASSES;
    for j in 1..n {
        let s = j - 1;
        if tags[j] != 0 || tags[s] != B_PER {
            continue;
        }
        let m = key_mask(lex, &keys[s]);
        if m & person == 0 || m & not_name != 0 {
            continue;
        }
        if rare_surname_word(text, tokens, keys, j, lex) {
            tags[j] = I_PER;
        }
    }
}

/// (session 53) A family name in nisba form after a person's tagged name: a definite word
/// ending in ـي -ī right after a PER span, on the same line with spaces only (عبد السلام المجالي
/// ʿabd as-salām al-majālī, وديع الصافي wadīʿ aṣ-ṣāfī), ends the span. ANERcorp train has such a
/// word inside a person's span 148 times and right after one, untagged, 102 times, 87 of them
/// الذي / التي and most of the rest nationalities (الأميركي). The word must look like a name: a
/// word the ANT clusters do not know, or one in a name cluster, or a listed person's name token;
/// never a stop word (الذي، الثاني، الحالي), a title, keyword, country, nationality, place,
/// agency or organisation. A post-pass after [`rare_surnames`].
pub(crate) fn nisba_surnames(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let stop = stopword_hashes();
    let person = bit(Category::Person) | bit(Category::PersonToken);
    for j in 1..n {
        if tags[j] != 0 || !matches!(tags[j - 1], B_PER | I_PER) || tokens[j].kind != TokenKind::Arabic {
            continue;
        }
        let k = keys[j].as_str();
        // The key folds ى into ي: the word as written must end in ي (الأولى al-ūlā "the first" does not).
        let written = text.get(tokens[j].range.clone()).unwrap_or_default();
        if !k.strip_prefix("ال").is_some_and(|stem| stem.ends_with('ي') && stem.chars().count() >= 4) || !written.ends_with('ي') || !joined_to_previous(text, tokens, j, Gap::Spaces) {
            continue;
        }
        let h = hash_str(k);
        if stop.contains(&h) || token_mask(keys, j, lex) & NOT_PERSON_CLASSES != 0 || lexicon_match(keys, j, j + 1, lex).1.is_some() {
            continue;
        }
        let name_like = match lex.clusters.get(&h) {
            None => true,
            Some(&path) => lex.is_name_cluster(path) || key_mask(lex, k) & person != 0,
        };
        if name_like {
            tags[j] = I_PER;
        }
    }
}

/// (session 46) A person name spelled with a hyphen and no spaces (ميغيل دياز-كانيل mīghīl
/// dīyāz-kānīl "Miguel Díaz-Canel", يون يونغ-تشان) that the tagger split at the hyphen into two
/// PER spans is one span, the hyphen inside it. A post-pass after [`person_joins`].
pub(crate) fn hyphen_joins(tokens: &[Token], tags: &mut [u8], text: &str) {
    let n = tokens.len().min(tags.len());
    for i in 2..n {
        let h = i - 1;
        if tags[i] == B_PER
            && (tags[h - 1] == B_PER || tags[h - 1] == I_PER)
            && tags[h] == 0
            && matches!(text.get(tokens[h].range.clone()), Some("-" | "\u{2010}" | "\u{2011}"))
            && tokens[h - 1].range.end == tokens[h].range.start
            && tokens[h].range.end == tokens[i].range.start
        {
            tags[h] = I_PER;
            tags[i] = I_PER;
        }
    }
}

/// (session 46) A name behind a one-letter proclitic whose rest has two letters, which
/// `split_proclitic` keeps whole (لبي بي سي li-bī bī sī "to the BBC"): when the rest and the
/// tokens after it spell a listed name of two or more tokens (an agency or organisation, a
/// person, a place or country), they become one span of its type, and the token's first letter
/// stays out of it. Returns, per token, whether its span starts after its first letter.
///
/// (session 51) Also when the tagger ran a name before it into the same span (ماي لبي بي سي
/// māy li-bī bī sī "May, to the BBC", one organisation span; محامو صبري لبي بي سي "Sabri's
/// lawyers, to the BBC", one person span): a listed name of two or more tokens behind a
/// proclitic letter never continues a name, so the span is cut before the clitic token, the
/// words before it keep their span and type, and the listed name becomes its own span.
pub(crate) fn short_clitic_names(tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) -> Vec<bool> {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let mut trimmed = vec![false; n];
    for i in 0..n.saturating_sub(1) {
        let k = keys[i].as_str();
        // (an inside tag is taken only after a word of the span: the cut leaves it a span)
        let inside = tags[i].is_multiple_of(2) && tags[i] != 0;
        if tokens[i].kind != TokenKind::Arabic || k.chars().count() != 3 || !k.starts_with(['ل', 'ب', 'و', 'ف', 'ك']) || (inside && (i == 0 || tags[i - 1] == 0)) {
            continue;
        }
        // The rest after the letter (each of these letters is two bytes).
        let rest = &k[2..];
        let mut best = None;
        for len in 2..=lex.max_phrase.min(n - i) {
            if tokens[i + len - 1].kind != TokenKind::Arabic {
                break;
            }
            let h = crate::key::phrase_hash(std::iter::once(rest).chain(keys[i + 1..i + len].iter().map(String::as_str)));
            let mask = lex.phrases.get(&h).copied().unwrap_or(0);
            let kind = if mask & (bit(Category::Agency) | bit(Category::Organization)) != 0 {
                Some(EntityType::Organization)
            } else if mask & bit(Category::Person) != 0 {
                Some(EntityType::Person)
            } else if mask & (bit(Category::Location) | bit(Category::Country) | bit(Category::MajorCity)) != 0 {
                Some(EntityType::Location)
            } else {
                None
            };
            if let Some(kind) = kind {
                best = Some((len, kind));
            }
        }
        let Some((len, kind)) = best else {
            continue;
        };
        let b = 1 + 2 * kind.tag_index().unwrap_or(0);
        tags[i] = b;
        tags[i + 1..i + len].iter_mut().for_each(|t| *t = b + 1);
        // The tagger's span went on (لبي بي سي عربي "to BBC Arabic"): the name takes its rest.
        let mut end = i + len;
        while end < n && tags[end].is_multiple_of(2) && tags[end] != 0 {
            tags[end] = b + 1;
            end += 1;
        }
        trimmed[i] = true;
    }
    trimmed
}

/// A LOC span set off by commas (an apposition: الرئيسة، X، قالت) whose tokens no place list
/// knows (places, countries, big cities) and whose last token is a listed person-name token is a
/// person: a post-pass on the tag sequence, after [`document_names`] (session 23). Places named
/// in apposition (حمص، وسط سوريا،) are listed places and stay.
pub(crate) fn appositive_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let comma = |i: usize| i < n && matches!(text.get(tokens[i].range.clone()), Some("،" | ","));
    let place = bit(Category::Location) | bit(Category::Country) | bit(Category::MajorCity) | bit(Category::LocKeyword);
    let person = bit(Category::Person) | bit(Category::PersonToken);
    for (s, e, kind) in spans(&tags[..n]) {
        if kind != EntityType::Location || s == 0 || !comma(s - 1) || !comma(e) || (s..e).any(|j| tokens[j].kind != TokenKind::Arabic) {
            continue;
        }
        // (the whole span too: المملكة المتحدة "the United Kingdom" is listed, المتحدة alone a name token)
        let mut listed = (s..e).any(|j| token_mask(keys, j, lex) & place != 0 || lex.countries.contains_key(&crate::key::hash_str(&keys[j])));
        for_each_phrase(keys, s, e - s, |len, _, h| listed |= len == e - s && (lex.phrases.get(&h).is_some_and(|m| m & place != 0) || lex.countries.contains_key(&h)));
        if listed {
            continue;
        }
        if key_mask(lex, &keys[e - 1]) & person != 0 {
            tags[s] = B_PER;
            tags[s + 1..e].iter_mut().for_each(|t| *t = I_PER);
        }
    }
}

/// Words of speech that head a construct before a speaker or precede one, never part of the
/// name: بيان bayān "statement (of)", تصريح "declaration", خطاب "speech", رسالة "letter", رد radda
/// "replied" (فرد fa-radda "then replied").
const SPEECH_HEADS: &[&str] = &["بيان", "تصريح", "تصريحات", "خطاب", "رسالة", "رد"];

fn speech_head_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(SPEECH_HEADS))
}

/// A PER or MISC span of two or more tokens that starts with a word of speech ([`SPEECH_HEADS`],
/// as written or behind و/ف) loses it (not the stop words: their folded keys are names too,
/// على → علي ʿalī, بأن → بان as in بان كي مون): a post-pass on the
/// tag sequence, after [`appositive_names`] (session 23). The rest of a PER span stays PER; the
/// rest of a MISC span becomes PER when it is a person of the text (a PER span, or the last token
/// of a longer one): [بيان هادي] → بيان [هادي]; [فرد ترامب] after دونالد ترامب → فرد [ترامب].
pub(crate) fn speech_heads(tokens: &[Token], keys: &[String], tags: &mut [u8]) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let speech = speech_head_hashes();
    let all = spans(&tags[..n]);
    let persons: Vec<(usize, usize)> = all.iter().filter(|&&(_, _, k)| k == EntityType::Person).map(|&(s, e, _)| (s, e)).collect();
    for &(s, e, kind) in &all {
        if e - s < 2 || !matches!(kind, EntityType::Person | EntityType::Misc) || tokens[s].kind != TokenKind::Arabic {
            continue;
        }
        let k = keys[s].as_str();
        let rest = k.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 2).unwrap_or(k);
        let head = |w: &str| speech.contains(&hash_str(w));
        if !(head(k) || head(rest)) {
            continue;
        }
        let tail = &keys[s + 1..e];
        let person = kind == EntityType::Person
            || persons.iter().any(|&(s2, e2)| keys[s2..e2] == *tail || (tail.len() == 1 && e2 - s2 >= 2 && keys[e2 - 1] == tail[0]));
        tags[s] = 0;
        let b = if person { B_PER } else { B_MISC };
        tags[s + 1] = b;
        tags[s + 2..e].iter_mut().for_each(|t| *t = b + 1);
    }
}

/// At most this many untagged tokens join a person span from the left in [`document_names`].
const MAX_NAME_PREFIX: usize = 2;

/// Masculine ordinals that follow a ruler's name (الأول al-awwal "the first" ... العاشر).
const REGNAL_ORDINALS: &[&str] = &["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];

fn ordinal_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(REGNAL_ORDINALS))
}

/// Whether a token that ends a person span is no part of a name: not a listed person name
/// itself, and either a bare country or big city, or ب bi / ل li (+ the article) glued to an
/// article word, a place, a country or an organisation.
fn not_a_name_end(key: &str, lex: &Lexicon) -> bool {
    let person = bit(Category::Person) | bit(Category::PersonToken);
    let own = key_mask(lex, key);
    if own & person != 0 {
        return false;
    }
    if own & (bit(Category::Country) | bit(Category::MajorCity)) != 0 {
        return true;
    }
    let (pre, rest) = split_proclitic(key);
    let pre = pre.trim_start_matches(['و', 'ف']);
    if !(pre.starts_with('ب') || pre.starts_with('ل')) {
        return false;
    }
    if pre.ends_with("ال") || pre.ends_with("لل") {
        return true;
    }
    let place = bit(Category::Location) | bit(Category::Country) | bit(Category::MajorCity) | bit(Category::Organization);
    key_mask(lex, rest) & person == 0 && key_mask(lex, rest) & place != 0
}

/// Currency names, tagged MISC where the tagger left them (ANERcorp tags a currency as MISC:
/// مليون دولار milyūn dūlār "a million dollars" → دولار). Singular and accusative forms only
/// (the corpus leaves plurals such as دولارات O); names that are also other words or names
/// are out (ريال riyāl / Real Madrid, ين yen / a word ending, يوان yuan / a given name).
const CURRENCIES: &[&str] = &[
    "دولار", "دولارا", "يورو", "جنيه", "جنيها", "شيكل", "شيكلا", "درهم", "درهما", "دينار", "دينارا", "روبل", "روبلا", "ليرة", "فرنك", "فرنكا",
    "روبية", "تومان", "بيزو",
];

fn currency_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    // With and without the article: a lookup variant of الدولار is the key as written only.
    // (A one-key phrase hash is the key's `hash_str`.)
    SET.get_or_init(|| {
        let with_article = CURRENCIES.iter().map(|w| crate::key::token_key(&format!("ال{w}")));
        CURRENCIES.iter().map(|w| crate::key::token_key(w)).chain(with_article).map(|k| crate::key::hash_str(&k)).collect()
    })
}

/// A country name written without its article (session 28): the vocative and the first noun of
/// a construct drop it, e.g. يا دنمارك yā danimārk "O Denmark" (listed: الدنمارك
/// al-danimārk). The token, as written or behind its proclitics, is no listed phrase and no
/// word of the ANT clusters of its own (a bare form that is a word, such as مغرب maghrib
/// "sunset" next to المغرب al-maghrib "Morocco", or a name, such as هند hind next to الهند
/// al-hind "India", stays untagged), and the article form is a listed country name.
fn bare_country(key: &str, lex: &Lexicon) -> Option<CountryCode> {
    use crate::key::hash_str;
    let (vars, nv) = crate::features::variants(key);
    let forms = || vars.iter().take(nv).flatten();
    if forms().any(|v| lex.phrases.contains_key(&hash_str(v)) || lex.clusters.contains_key(&hash_str(v))) {
        return None;
    }
    forms().filter(|v| !v.starts_with("ال")).find_map(|v| {
        let listed = format!("ال{v}");
        if hamza_al_hashes().contains(&hash_str(&listed)) {
            return None;
        }
        match lex.countries.get(&hash_str(&listed)) {
            Some(&(code, CountryKind::Name)) => Some(code),
            _ => None,
        }
    })
}

/// Country names whose first letters أل ʾal are part of the word, not the article (the key
/// folds أ to ا, so they look like article forms): ألمانيا ʾalmāniyā "Germany" is no article
/// plus مانيا māniyā "mania".
const HAMZA_AL_COUNTRIES: &[&str] = &["ألمانيا", "ألبانيا"];

fn hamza_al_hashes() -> &'static std::collections::HashSet<u64> {
    static SET: std::sync::OnceLock<std::collections::HashSet<u64>> = std::sync::OnceLock::new();
    SET.get_or_init(|| key_hashes(HAMZA_AL_COUNTRIES))
}

/// An organisation span right after وكالة wakālat "agency (of)" takes the word in when the two
/// are an agency name of the lexicon: وكالة ارنا wakālat irnā "the IRNA agency" is one name,
/// as the name propagation below tags it when the tagger leaves both words out.
pub(crate) fn agency_heads(keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    for (s, e, kind) in spans(tags) {
        if kind != EntityType::Organization || s == 0 || tags[s - 1] != 0 || e > keys.len() {
            continue;
        }
        let mask = lex.phrases.get(&crate::key::phrase_hash(keys[s - 1..e].iter().map(String::as_str))).copied().unwrap_or(0);
        if mask & bit(Category::Agency) != 0 {
            tags[s - 1] = B_ORG;
            tags[s] = B_ORG + 1;
        }
    }
}

/// (session 30) A person name set off by commas keeps its last word: in an apposition
/// (، ابو زرعة الحداد ، "…, Abu Zur'a al-Haddad, …") an untagged word with the article between
/// the tagged name and the closing comma is the family name, unless it is a title, nationality,
/// country, place or organisation keyword. Only inside the commas: after a name without them an
/// article word is as often a date or a description (session 29's negative result).
pub(crate) fn apposition_surnames(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let comma = |i: usize| i < n && matches!(text.get(tokens[i].range.clone()), Some("،" | ","));
    let not_name = bit(Category::Title) | bit(Category::Nationality) | bit(Category::Country) | bit(Category::Location) | bit(Category::OrgKeyword) | bit(Category::Organization);
    for (s, e, kind) in spans(&tags[..n]) {
        if kind != EntityType::Person || s == 0 || !comma(s - 1) || e + 1 >= n || !comma(e + 1) || tags[e] != 0 {
            continue;
        }
        let k = keys[e].as_str();
        if tokens[e].kind == TokenKind::Arabic && k.starts_with("ال") && k.chars().count() >= 4 && token_mask(keys, e, lex) & not_name == 0 {
            tags[e] = B_PER + 1;
        }
    }
}

/// (session 30) A hashtag that spells a title (#الرئيس_الفلسطيني #ar-raʾīs_al-filasṭīnī "#the_
/// Palestinian_president") heading a person span is the title, not part of the name: the span
/// starts at the next token (#محمود_عباس). The hashtag's first word, a listed title, decides;
/// the exchange-class model (session 30) tags such title hashtags with the name after them.
pub(crate) fn hashtag_titles(text: &str, tokens: &[Token], tags: &mut [u8], lex: &Lexicon) {
    let n = tokens.len().min(tags.len());
    for (s, e, kind) in spans(&tags[..n]) {
        if kind != EntityType::Person || e - s < 2 || tokens[s].kind != TokenKind::Hashtag {
            continue;
        }
        let Some(body) = text.get(tokens[s].range.clone()).and_then(|t| t.strip_prefix('#')) else {
            continue;
        };
        let first: Vec<String> = body.split('_').filter(|w| !w.is_empty()).take(1).map(crate::key::token_key).collect();
        if !first.is_empty() && token_mask(&first, 0, lex) & bit(Category::Title) != 0 {
            tags[s] = 0;
            tags[s + 1] = B_PER;
        }
    }
}

/// (session 48) A lone Latin-script word in Arabic text that the tagger left untagged is an
/// organisation when it is a brand or an acronym: CNN, IBM, Apple, Sony (ANERcorp tags them ORG;
/// the tagger sees too few Latin words to learn it). Lone: Arabic words (or punctuation other
/// than a Latin-only run) on both sides, so English titles and phrases (The Black Dahlia, Match
/// Point) stay out. Shape: a capital first letter, two to twelve ASCII letters or digits, not all
/// digits after the first, and either all capitals (an acronym) or capitalised with lower-case
/// letters after it (Apple).
///
/// Guard (news source): a word the text puts in parentheses (a dateline's agency, واشنطن (CNN))
/// is the text's own source and stays untagged wherever it occurs (ولم تطلع CNN على الفيديو
/// "CNN has not seen the video" later in a CNN article), and so does a word right before عن
/// ʿan "from" (نقلت CNN عن naqalat CNN ʿan "CNN relayed from": the speaker is the one relayed),
/// so that the word does not become a quote's speaker.
pub(crate) fn latin_names(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8]) {
    let n = tokens.len().min(keys.len()).min(tags.len());
    let is_latin = |j: usize| j < n && tokens[j].kind == TokenKind::Latin;
    let surface = |j: usize| text.get(tokens[j].range.clone()).unwrap_or("");
    let sources: Vec<&str> = (1..n.saturating_sub(1))
        .filter(|&i| is_latin(i) && matches!(surface(i - 1), "(" | "[") && matches!(surface(i + 1), ")" | "]"))
        .map(surface)
        .collect();
    for i in 0..n {
        if tags[i] != 0 || tokens[i].kind != TokenKind::Latin {
            continue;
        }
        let w = surface(i);
        let b = w.as_bytes();
        if !(2..=12).contains(&b.len()) || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphanumeric) || b[1..].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let caps = b.iter().filter(|c| c.is_ascii_uppercase()).count();
        let lower = b.iter().filter(|c| c.is_ascii_lowercase()).count();
        if !(lower == 0 || (caps == 1 && lower + 1 >= b.len().saturating_sub(1))) {
            continue;
        }
        // Lone: the nearest word on each side (punctuation skipped) is not Latin.
        let prev_word = (0..i).rev().find(|&j| tokens[j].kind != TokenKind::Punct);
        let next_word = (i + 1..n).find(|&j| tokens[j].kind != TokenKind::Punct);
        if prev_word.is_some_and(is_latin) || next_word.is_some_and(is_latin) {
            continue;
        }
        // A word of its own must be there on at least one side (a text of Latin words only is not Arabic news).
        if prev_word.is_none_or(|j| tokens[j].kind != TokenKind::Arabic) && next_word.is_none_or(|j| tokens[j].kind != TokenKind::Arabic) {
            continue;
        }
        // News-source guard: a word the text puts in parentheses anywhere (its dateline, the
        // text's own source: شبكة CNN later in a CNN article), or a relaying source before عن.
        if sources.contains(&w) {
            continue;
        }
        if i + 1 < n && keys[i + 1] == "عن" {
            continue;
        }
        tags[i] = B_ORG;
    }
}

/// (session 50) A row of a sports results table: after a list dash, a name of one to three tokens,
/// then a country name, then figures on the same line (`1 - روما اسبانيا كي تي إم 38 دقيقة`
/// "1 - Roma, Spain, KTM, 38 minutes"; `- سيرفيا اسبانيا شليسير 42د`). The name run becomes PER and
/// the country LOC; a tagged span that ran from the name over the country (the tagger reads the
/// row as one team, ORG روما اسبانيا كي تي إم) is cut after the country. Guards: the run holds no
/// stop word, title, keyword, country or nationality, no article word and no tagged place
/// (a city table `- القاهرة مصر 35` keeps its places), and a digit follows on the line.
pub(crate) fn result_rows(text: &str, tokens: &[Token], keys: &[String], tags: &mut [u8], lex: &Lexicon) {
    use crate::key::hash_str;
    let n = tokens.len().min(keys.len()).min(tags.len());
    let stop = stopword_hashes();
    let joined = |i: usize| i < n && joined_to_previous(text, tokens, i, Gap::SameLine);
    let not_name = bit(Category::Title) | bit(Category::OrgKeyword) | bit(Category::LocKeyword) | bit(Category::Country) | bit(Category::Nationality) | bit(Category::Agency);
    let is_country = |i: usize| tokens[i].kind == TokenKind::Arabic && key_mask(lex, &keys[i]) & bit(Category::Country) != 0;
    for d in 0..n {
        if tokens[d].kind != TokenKind::Punct || !matches!(text.get(tokens[d].range.clone()), Some("-" | "\u{2013}")) {
            continue;
        }
        // The name run: up to MAX_NAME_RUN tokens right after the dash, then the country.
        let mut c = d + 1;
        while c < n && c - d <= MAX_NAME_RUN && joined(c) && !is_country(c) {
            let k = keys[c].as_str();
            let ok = tokens[c].kind == TokenKind::Arabic
                && k.chars().count() >= 2
                && !k.starts_with("ال")
                && !stop.contains(&hash_str(k))
                && token_mask(keys, c, lex) & not_name == 0
                && !matches!(tags[c], B_LOC | I_LOC);
            if !ok {
                break;
            }
            c += 1;
        }
        if c == d + 1 || c >= n || !joined(c) || !is_country(c) {
            continue;
        }
        let line_end = text.get(tokens[c].range.end..).map_or(0, |r| r.find('\n').unwrap_or(r.len())) + tokens[c].range.end;
        if !text.get(tokens[c].range.end..line_end).is_some_and(|r| r.chars().any(|ch| ch.is_numeric())) {
            continue;
        }
        // Clear the span that ran on from the name over the country.
        let mut e = c + 1;
        while e < n && tags[e] != 0 && tags[e].is_multiple_of(2) && tags[c] != 0 {
            e += 1;
        }
        tags[c + 1..e].iter_mut().for_each(|t| *t = 0);
        tags[d + 1] = B_PER;
        tags[d + 2..c].iter_mut().for_each(|t| *t = I_PER);
        tags[c] = B_LOC;
    }
}

/// (session 49) A news agency written with the article the list has without it:
/// الأسوشيتد برس al-asūshiyitid bris "the Associated Press" (listed as أسوشيتد برس). Returns the
/// phrase's length in tokens (two, then one), or 0.
fn article_agency(keys: &[String], covered: &[bool], i: usize, lex: &Lexicon) -> usize {
    let Some(rest) = keys[i].strip_prefix("ال").filter(|r| r.chars().count() >= 3) else {
        return 0;
    };
    for len in [2, 1] {
        if i + len > keys.len() || covered[i..i + len].iter().any(|&c| c) {
            continue;
        }
        let h = crate::key::phrase_hash(std::iter::once(rest).chain(keys[i + 1..i + len].iter().map(String::as_str)));
        if lex.phrases.get(&h).is_some_and(|m| m & bit(Category::Agency) != 0) {
            return len;
        }
    }
    0
}

pub(crate) fn entities(text: &str, tokens: &[Token], keys: &[String], tags: &[u8], lex: &Lexicon) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut covered = vec![false; tokens.len()];
    // 1. The tagger's spans, with person names after titles completed (`title_names`).
    let mut tags = tags.to_vec();
    title_names(text, tokens, keys, &mut tags, lex);
    keyword_orgs(text, tokens, keys, &mut tags, lex);
    person_cuts(tokens, keys, &mut tags, lex);
    person_joins(text, tokens, keys, &mut tags);
    hyphen_joins(tokens, &mut tags, text);
    verb_heads(tokens, keys, &mut tags, lex);
    nationality_persons(keys, &mut tags, lex);
    quoted_names(text, tokens, keys, &mut tags, lex);
    keyword_names(text, tokens, keys, &mut tags, lex);
    document_names(text, tokens, keys, &mut tags);
    appositive_names(text, tokens, keys, &mut tags, lex);
    given_names(text, tokens, keys, &mut tags, lex);
    hamza_given_names(text, tokens, keys, &mut tags, lex);
    rare_surnames(text, tokens, keys, &mut tags, lex);
    nisba_surnames(text, tokens, keys, &mut tags, lex);
    speech_heads(tokens, keys, &mut tags);
    agency_heads(keys, &mut tags, lex);
    hashtag_titles(text, tokens, &mut tags, lex);
    latin_names(text, tokens, keys, &mut tags);
    result_rows(text, tokens, keys, &mut tags, lex);
    fixture_teams(text, tokens, keys, &mut tags, lex);
    apposition_surnames(text, tokens, keys, &mut tags, lex);
    stopword_ends(text, tokens, keys, &mut tags, lex);
    let clitic_trim = short_clitic_names(tokens, keys, &mut tags, lex);
    let tagged = spans(&tags);
    // `name_variant`: the lookup variant a propagated name matched with (0 = the token as
    // written), which decides the trimming over the lexicon's: فايد fāyid "Fayed", a name of
    // the text, is not ف + ايد (session 34).
    let push = |out: &mut Vec<Entity>, covered: &mut [bool], s: usize, e: usize, kind: EntityType, name_variant: Option<usize>| {
        covered[s..e].iter_mut().for_each(|c| *c = true);
        let (variant, country) = lexicon_match(keys, s, e, lex);
        let variant = name_variant.or(variant.filter(|&v| trim_evidence(keys, s, v, lex)));
        let country = if kind == EntityType::Location { country.map(|c| c.0) } else { None };
        let start = if variant.is_none() && clitic_trim.get(s).is_some_and(|&t| t) {
            // (session 46) لبي بي سي: the name starts after the proclitic letter
            let r = tokens[s].range.clone();
            r.start + text.get(r).map_or(0, |w| skip_letters(w, 1))
        } else {
            trimmed_start(text, tokens, keys, s, variant)
        };
        out.push(Entity { range: start..tokens[e - 1].range.end, kind, country });
    };
    for &(s, e, kind) in &tagged {
        push(&mut out, &mut covered, s, e, kind, None);
    }
    // 2. Name propagation: a name the tagger found once is the same name elsewhere in the
    //    text; a person's last name alone refers to them (ظريف ẓarīf after محمد جواد ظريف);
    //    agencies and big cities back off to ORG / LOC, currency names to MISC, and (session
    //    28) a country name without its article to LOC (`bare_country`).
    let mut names: crate::model::Map<EntityType> = Default::default();
    for &(s, e, kind) in tagged.iter() {
        let word = |i: usize| split_proclitic(&keys[i]).1;
        if keys[s..e].iter().any(|k| k.chars().count() < 3) && e - s == 1 {
            continue;
        }
        names.entry(crate::key::phrase_hash(keys[s..e].iter().map(String::as_str))).or_insert(kind);
        names.entry(crate::key::phrase_hash(std::iter::once(word(s)).chain(keys[s + 1..e].iter().map(String::as_str)))).or_insert(kind);
        if kind == EntityType::Person && e - s >= 2 && keys[e - 1].chars().count() >= 3 {
            names.entry(crate::key::phrase_hash([keys[e - 1].as_str()])).or_insert(kind);
            // (session 23) and its longer ends: دي ميستورا dī mīstūrā after ستيفان دي ميستورا.
            for j in s + 1..e - 1 {
                names.entry(crate::key::phrase_hash(keys[j..e].iter().map(String::as_str))).or_insert(kind);
            }
        }
    }
    let currencies = currency_hashes();
    let mut i = 0;
    while i < tokens.len() {
        if covered[i] || tokens[i].kind != marsad_text::TokenKind::Arabic {
            i += 1;
            continue;
        }
        // (session 54) A stop word by its spelling is no propagated name (على ʿalā "on" after
        // a name ending in علي ʿalī).
        if spelled_stopword(text, tokens, keys, i, lex) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, EntityType, Option<usize>)> = None;
        for_each_phrase(keys, i, 4, |len, v, h| {
            if covered[i..i + len].iter().any(|&c| c) {
                return;
            }
            // Agencies are safe anywhere; the big-city backoff was dropped (−1.7 F1 in 5-fold
            // CV: sports clubs named after cities are ORG in ANERcorp).
            let named = names.get(&h).copied();
            let hit = named.or_else(|| {
                let mask = lex.phrases.get(&h).copied().unwrap_or(0);
                if mask & (1 << Category::Agency as u16) != 0 {
                    Some(EntityType::Organization)
                } else if mask & (1 << Category::MajorCity as u16) != 0 {
                    Some(EntityType::Location)
                } else if len == 1 && currencies.contains(&h) {
                    // A currency, as written or behind proclitics (بالدولار bi-l-dūlār "in dollars").
                    Some(EntityType::Misc)
                } else {
                    None
                }
            });
            if let Some(k) = hit {
                if best.is_none_or(|(l, _, _)| len > l) {
                    best = Some((len, k, named.map(|_| v)));
                }
            }
        });
        match best {
            Some((len, kind, name_variant)) => {
                push(&mut out, &mut covered, i, i + len, kind, name_variant);
                i += len;
            }
            None => {
                let len = article_agency(keys, &covered, i, lex);
                if len > 0 {
                    push(&mut out, &mut covered, i, i + len, EntityType::Organization, None);
                    i += len;
                    continue;
                }
                // يا دنمارك yā danimārk "O Denmark": the place, linked to the country of
                // its article form.
                if let Some(code) = bare_country(&keys[i], lex) {
                    push(&mut out, &mut covered, i, i + 1, EntityType::Location, None);
                    if let Some(last) = out.last_mut() {
                        last.country = Some(code);
                    }
                }
                i += 1;
            }
        }
    }
    // 3. Nationality adjectives outside other entities.
    for i in 0..tokens.len() {
        if covered[i] {
            continue;
        }
        let (variant, country) = lexicon_match(keys, i, i + 1, lex);
        if let Some((code, CountryKind::Nationality)) = country {
            let start = trimmed_start(text, tokens, keys, i, variant);
            out.push(Entity { range: start..tokens[i].range.end, kind: EntityType::Nationality, country: Some(code) });
        }
    }
    out.sort_by_key(|e| e.range.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Score of a tag sequence under the second-order model (`None` when it breaks the BIO
    /// constraint).
    fn score2(em: &[[f32; N_TAGS]], trans: &[[f32; N_TAGS]; N_TAGS], trans2: &[f32], start: &[f32; N_TAGS], tags: &[u8]) -> Option<f32> {
        let t: Vec<usize> = tags.iter().map(|&x| usize::from(x)).collect();
        let mut s = 0f32;
        for i in 0..t.len() {
            if !allowed(if i == 0 { None } else { Some(t[i - 1]) }, t[i]) {
                return None;
            }
            s += em[i][t[i]] + if i == 0 { start[t[i]] } else { trans[t[i - 1]][t[i]] };
            if i >= 2 {
                s += trans2[tri(t[i - 2], t[i - 1], t[i])];
            }
        }
        Some(s)
    }

    /// Session 36: the tag-pair Viterbi finds the best-scoring sequence, checked against
    /// brute force over every sequence of 1–4 tags (9⁴ = 6561) on random score tables; with a
    /// zero second-order table it matches the first-order Viterbi's score.
    #[test]
    fn second_order_viterbi_matches_brute_force() {
        let mut seed = 0x5eed_u64;
        let mut rnd = || {
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            (crate::key::mix(seed) % 20_001) as f32 / 1000.0 - 10.0
        };
        for round in 0..40 {
            let n = 1 + round % 4;
            let em: Vec<[f32; N_TAGS]> = (0..n).map(|_| std::array::from_fn(|_| rnd())).collect();
            let trans: [[f32; N_TAGS]; N_TAGS] = std::array::from_fn(|_| std::array::from_fn(|_| rnd()));
            let start: [f32; N_TAGS] = std::array::from_fn(|_| rnd());
            let trans2: Vec<f32> = (0..N_TRANS2).map(|_| rnd()).collect();
            let mut best = f32::NEG_INFINITY;
            let mut seq = vec![0u8; n];
            for code in 0..N_TAGS.pow(n as u32) {
                let mut c = code;
                for x in seq.iter_mut() {
                    *x = (c % N_TAGS) as u8;
                    c /= N_TAGS;
                }
                if let Some(s) = score2(&em, &trans, &trans2, &start, &seq) {
                    best = best.max(s);
                }
            }
            let got = viterbi2(&em, &trans, &trans2, &start);
            assert_eq!(got.len(), n);
            let s = score2(&em, &trans, &trans2, &start, &got).expect("viterbi2 keeps the BIO constraint");
            assert!((s - best).abs() < 1e-3, "round {round}: viterbi2 {s} vs brute force {best} ({got:?})");
            // A zero table reduces to the first-order model.
            let zero = vec![0f32; N_TRANS2];
            let a = score2(&em, &trans, &zero, &start, &viterbi2(&em, &trans, &zero, &start)).unwrap();
            let b = score2(&em, &trans, &zero, &start, &viterbi(&em, &trans, &start)).unwrap();
            assert!((a - b).abs() < 1e-3, "round {round}: zero table {a} vs first order {b}");
        }
        assert!(viterbi2(&[], &[[0.0; N_TAGS]; N_TAGS], &[0.0; N_TRANS2], &[0.0; N_TAGS]).is_empty());
    }

    /// Runs a decode pass over `text`'s tokens and keys with `tags` (one per token) and returns
    /// the tags it leaves.
    fn apply(text: &str, tags: &[u8], pass: impl FnOnce(&str, &[marsad_text::Token], &[String], &mut [u8])) -> Vec<u8> {
        let tokens = marsad_text::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| crate::key::token_key(&text[t.range.clone()])).collect();
        assert_eq!(keys.len(), tags.len(), "{keys:?}");
        let mut tags = tags.to_vec();
        pass(text, &tokens, &keys, &mut tags);
        tags
    }

    #[test]
    fn a_one_key_phrase_hash_is_the_key_hash() {
        // The currency set relies on it: دولار dūlār "dollar".
        let k = crate::key::token_key("دولار");
        assert_eq!(crate::key::phrase_hash([k.as_str()]), crate::key::hash_str(&k));
    }

    #[test]
    fn bio_constraint() {
        assert!(allowed(None, 1));
        assert!(!allowed(None, 2));
        assert!(allowed(Some(1), 2));
        assert!(allowed(Some(2), 2));
        assert!(!allowed(Some(3), 2));
        assert!(!allowed(Some(0), 4));
    }

    #[test]
    fn spans_from_tags() {
        // O B-PER I-PER B-LOC O
        assert_eq!(spans(&[0, 1, 2, 5, 0]), vec![(1, 3, EntityType::Person), (3, 4, EntityType::Location)]);
    }

    /// A lexicon as the shipped model has it for these words: the title, the org keyword,
    /// a nationality, a country, and clusters for the common words (names have none).
    fn tiny_lexicon() -> Lexicon {
        let mut lex = Lexicon::new();
        for w in ["وزير", "المتحدث", "الرئيس"] {
            lex.add_phrase(w, Category::Title);
        }
        lex.add_phrase("وزارة", Category::OrgKeyword);
        lex.add_phrase("الفنلندي", Category::Nationality);
        lex.add_country("الفنلندي", CountryCode::new("FIN").unwrap(), CountryKind::Nationality);
        lex.add_phrase("ايران", Category::Country);
        lex.add_phrase("ماركو", Category::PersonToken);
        for w in ["وصل", "الخارجية", "الفنلندي", "الى", "عمان", "التقى", "خارجية", "ايران", "في", "الدوحة", "اكد", "باسم", "الوزارة", "ان", "قال", "الرئيس", "وزير", "المتحدث"] {
            lex.add_cluster(&crate::key::token_key(w), 1);
        }
        lex
    }

    fn run(text: &str, tags: &[u8]) -> Vec<u8> {
        apply(text, tags, |text, tokens, keys, tags| title_names(text, tokens, keys, tags, &tiny_lexicon()))
    }

    #[test]
    fn untagged_name_after_a_title_phrase_is_a_person() {
        // وصل وزير الخارجية الفنلندي تيمو كارفينين الى عمان
        // waṣala wazīr al-khārijiyya al-finlandī tīmū kārfīnīn ilā ʿammān
        // "Finnish foreign minister Timo Karvinen arrived in Amman" (invented name)
        let got = run("وصل وزير الخارجية الفنلندي تيمو كارفينين الى عمان", &[0, 0, 0, 0, 0, 0, 0, 5]);
        assert_eq!(got, vec![0, 0, 0, 0, 1, 2, 0, 5]);
    }

    #[test]
    fn a_title_with_its_country_genitive_only_adds_nothing() {
        // التقى وزير خارجية ايران في الدوحة
        // iltaqā wazīr khārijiyyat īrān fī d-dawḥa "Iran's foreign minister met in Doha"
        let tags = [0, 0, 0, 5, 0, 5];
        assert_eq!(run("التقى وزير خارجية ايران في الدوحة", &tags), tags.to_vec());
        // قال الرئيس ان ... qāla r-raʾīs inna "the president said that": a stop word, no name.
        assert_eq!(run("قال الرئيس ان", &[0, 0, 0]), vec![0, 0, 0]);
    }

    #[test]
    fn a_name_after_a_construct_title_and_its_genitive() {
        // التقى وزير خارجية ايران كامران نيكبخت
        // iltaqā wazīr khārijiyyat īrān kāmrān nīkbakht "he met Iran's FM Kamran Nikbakht" (invented)
        assert_eq!(run("التقى وزير خارجية ايران كامران نيكبخت", &[0, 0, 0, 5, 0, 0]), vec![0, 0, 0, 5, 1, 2]);
    }

    fn cut(text: &str, tags: &[u8]) -> Vec<u8> {
        let mut lex = tiny_lexicon();
        lex.add_phrase("وليد", Category::PersonToken);
        lex.add_phrase("السلطان", Category::Title);
        lex.add_phrase("بلال", Category::PersonToken);
        apply(text, tags, |_, tokens, keys, tags| person_cuts(tokens, keys, tags, &lex))
    }

    #[test]
    fn two_people_joined_by_and_are_split() {
        // استقبل ماركو وكارلوس الوفد
        // istaqbala mārkū wa-kārlūs al-wafd "Marco and Carlos received the delegation" (invented)
        assert_eq!(cut("استقبل ماركو وكارلوس الوفد", &[0, 1, 2, 0]), vec![0, 1, 1, 0]);
        // استقبل ماركو وليد الوفد istaqbala mārkū walīd al-wafd "Marco Walid received the
        // delegation": وليد is a listed name itself, so the name stays whole.
        assert_eq!(cut("استقبل ماركو وليد الوفد", &[0, 1, 2, 0]), vec![0, 1, 2, 0]);
    }

    #[test]
    fn a_title_heading_a_construct_after_a_name_is_cut() {
        // هنأ كارلوس ماركو رئيس الوزراء
        // hannaʾa kārlūs mārkū raʾīs al-wuzarāʾ "Carlos Marco, the prime minister, congratulated" (invented)
        assert_eq!(cut("هنأ كارلوس ماركو رئيس الوزراء", &[0, 1, 2, 2, 0]), vec![0, 1, 2, 0, 0]);
        // التقى كارلوس بن سلطان الوفد
        // iltaqā kārlūs bin sulṭān al-wafd "Carlos bin Sultan met the delegation" (invented):
        // after بن the title word is a name.
        assert_eq!(cut("التقى كارلوس بن سلطان الوفد", &[0, 1, 2, 2, 0]), vec![0, 1, 2, 2, 0]);
        // هنأ كارلوس رئيس الذي ... "congratulated Carlos Raʾis, who ...": a stop word, not a genitive.
        assert_eq!(cut("هنأ كارلوس رئيس الذي", &[0, 1, 2, 0]), vec![0, 1, 2, 0]);
    }

    #[test]
    fn a_preposition_glued_to_a_place_or_article_word_ends_the_name() {
        // التقى كارلوس ماركو بالوفد
        // iltaqā kārlūs mārkū bi-l-wafd "Carlos Marco met with the delegation" (invented)
        assert_eq!(cut("التقى كارلوس ماركو بالوفد", &[0, 1, 2, 2]), vec![0, 1, 2, 0]);
        // قال كارلوس ماركو بايران qāla kārlūs mārkū bi-īrān "Carlos Marco said in Iran"
        assert_eq!(cut("قال كارلوس ماركو بايران", &[0, 1, 2, 2]), vec![0, 1, 2, 0]);
        // استقبل كارلوس بلال الوفد istaqbala kārlūs bilāl al-wafd "Carlos Bilal received the
        // delegation": بلال is a listed name, and its rest is no place, so the name stays whole.
        assert_eq!(cut("استقبل كارلوس بلال الوفد", &[0, 1, 2, 0]), vec![0, 1, 2, 0]);
    }

    #[test]
    fn a_regnal_ordinal_after_a_name_joins_it() {
        // حكم كارلوس الثالث البلاد
        // ḥakama kārlūs al-thālith al-bilād "Charles III ruled the country" (invented)
        assert_eq!(cut("حكم كارلوس الثالث البلاد", &[0, 1, 0, 0]), vec![0, 1, 2, 0]);
        // توج كارلوس السادس عشر ملكا tuwwija kārlūs al-sādis ʿashar malikan "Charles XVI was crowned king"
        assert_eq!(cut("توج كارلوس السادس عشر ملكا", &[0, 1, 0, 0, 0]), vec![0, 1, 2, 2, 0]);
        // حل كارلوس ماركو الثالث على القائمة ḥalla kārlūs mārkū al-thālith ʿalā al-qāʾima
        // "Carlos Marco came third on the list": a ranking, not a regnal number.
        assert_eq!(cut("حل كارلوس ماركو الثالث على القائمة", &[0, 1, 2, 0, 0, 0]), vec![0, 1, 2, 0, 0, 0]);
    }

    #[test]
    fn an_untagged_currency_is_misc() {
        // دفع كارلوس مليون شيكل بالدولار واليورو
        // dafaʿa kārlūs milyūn shīkil bi-l-dūlār wa-l-yūrū "Carlos paid a million shekels in
        // dollars and euros" (invented)
        let text = "دفع كارلوس مليون شيكل بالدولار واليورو";
        let tokens = marsad_text::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| crate::key::token_key(&text[t.range.clone()])).collect();
        let got: Vec<(&str, EntityType)> =
            entities(text, &tokens, &keys, &[0, 1, 0, 0, 0, 0], &tiny_lexicon()).into_iter().map(|e| (&text[e.range], e.kind)).collect();
        assert_eq!(
            got,
            vec![("كارلوس", EntityType::Person), ("شيكل", EntityType::Misc), ("بالدولار", EntityType::Misc), ("واليورو", EntityType::Misc)]
        );
    }

    #[test]
    fn a_quoted_name_after_an_org_keyword_or_a_work_noun() {
        let got = |text: &str, tags: &[u8]| -> Vec<u8> {
            let mut lex = tiny_lexicon();
            lex.add_phrase("صحيفة", Category::OrgKeyword);
            apply(text, tags, |text, tokens, keys, tags| quoted_names(text, tokens, keys, tags, &lex))
        };
        // نشرت صحيفة " الفجر الجديد " المقال
        // nasharat ṣaḥīfat "al-fajr al-jadīd" al-maqāl "the newspaper 'The New Dawn' published the article" (invented)
        assert_eq!(got("نشرت صحيفة \" الفجر الجديد \" المقال", &[0, 0, 0, 0, 0, 0, 0]), vec![0, 0, 0, 3, 4, 0, 0]);
        // عرض فيلم « ليل المدينة » امس
        // ʿuriḍa fīlm «layl al-madīna» ams "the film 'City Night' was shown yesterday" (invented):
        // the tagger's LOC on المدينة gives way to the title.
        assert_eq!(got("عرض فيلم « ليل المدينة » امس", &[0, 0, 0, 0, 5, 0, 0]), vec![0, 0, 0, 7, 8, 0, 0]);
        // وقالت صحيفة " ان الوزير " wa-qālat ṣaḥīfa "inna al-wazīr" "a newspaper said
        // 'that the minister'": a quotation of speech (a stop word opens it), no name.
        assert_eq!(got("وقالت صحيفة \" ان الوزير \"", &[0, 0, 0, 0, 0, 0]), vec![0, 0, 0, 0, 0, 0]);
        // زار مدينة " الفجر " zāra madīnat "al-fajr" "he visited the town 'Al-Fajr'": no keyword, no change.
        assert_eq!(got("زار مدينة \" الفجر \"", &[0, 0, 0, 0, 0]), vec![0, 0, 0, 0, 0]);
    }

    fn doc_names(text: &str, tags: &[u8]) -> Vec<u8> {
        apply(text, tags, document_names)
    }

    #[test]
    fn untagged_tokens_that_end_a_longer_name_of_the_text_join_the_person() {
        // وصل كارلوس دي فالنتي الى عمان وقال دي فالنتي ان
        // waṣala kārlūs dī fālantī ilā ʿammān wa-qāla dī fālantī inna "Carlos de Valenti arrived
        // in Amman, and de Valenti said that" (invented): the second دي joins فالنتي.
        let text = "وصل كارلوس دي فالنتي الى عمان وقال دي فالنتي ان";
        assert_eq!(doc_names(text, &[0, 1, 2, 2, 0, 5, 0, 0, 1, 0]), vec![0, 1, 2, 2, 0, 5, 0, 1, 2, 0]);
        // وقال دي فالنتي ان wa-qāla dī fālantī inna "and de Valenti said that": no longer name
        // in the text, no change.
        assert_eq!(doc_names("وقال دي فالنتي ان", &[0, 0, 1, 0]), vec![0, 0, 1, 0]);
    }

    #[test]
    fn the_end_of_a_longer_person_name_is_the_person() {
        // وصل كارلوس دي فالنتي الى عمان وقال دي فالنتي ان
        // waṣala kārlūs dī fālantī ilā ʿammān wa-qāla dī fālantī inna "Carlos de Valenti arrived
        // in Amman, and de Valenti said that" (invented): the untagged second mention is found
        // whole, not as its last word فالنتي alone.
        let text = "وصل كارلوس دي فالنتي الى عمان وقال دي فالنتي ان";
        let tokens = marsad_text::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| crate::key::token_key(&text[t.range.clone()])).collect();
        let got: Vec<(&str, EntityType)> =
            entities(text, &tokens, &keys, &[0, 1, 2, 2, 0, 5, 0, 0, 0, 0], &tiny_lexicon()).into_iter().map(|e| (&text[e.range], e.kind)).collect();
        assert_eq!(got, vec![("كارلوس دي فالنتي", EntityType::Person), ("عمان", EntityType::Location), ("دي فالنتي", EntityType::Person)]);
    }

    #[test]
    fn an_unlisted_place_in_apposition_ending_in_a_name_token_is_a_person() {
        let got = |text: &str, tags: &[u8]| -> Vec<u8> {
            let mut lex = tiny_lexicon();
            lex.add_phrase("نيلسن", Category::PersonToken);
            lex.add_phrase("حمص", Category::Location);
            apply(text, tags, |text, tokens, keys, tags| appositive_names(text, tokens, keys, tags, &lex))
        };
        // قالت المديرة ، ماريتا نيلسن ، انه
        // qālat al-mudīra, mārītā nīlsin, innahu "the director, Marita Nielsen, said that" (invented)
        assert_eq!(got("قالت المديرة ، ماريتا نيلسن ، انه", &[0, 0, 0, 5, 6, 0, 0]), vec![0, 0, 0, 1, 2, 0, 0]);
        // في المدينة ، حمص نيلسن ، امس fī l-madīna, ḥimṣ nīlsin, ams "in the city, Homs
        // Nielsen, yesterday": a listed place in the span, no change.
        assert_eq!(got("في المدينة ، حمص نيلسن ، امس", &[0, 0, 0, 5, 6, 0, 0]), vec![0, 0, 0, 5, 6, 0, 0]);
        // قالت المديرة ماريتا نيلسن انه qālat al-mudīra mārītā nīlsin innahu: no commas, no change.
        assert_eq!(got("قالت المديرة ماريتا نيلسن انه", &[0, 0, 5, 6, 0]), vec![0, 0, 5, 6, 0]);
    }

    #[test]
    fn a_word_of_speech_heading_a_name_is_cut() {
        let got = |text: &str, tags: &[u8]| -> Vec<u8> {
            apply(text, tags, |_, tokens, keys, tags| speech_heads(tokens, keys, tags))
        };
        // صدر بيان فالنتي امس ṣadara bayān fālantī ams "Valenti's statement came out yesterday" (invented)
        assert_eq!(got("صدر بيان فالنتي امس", &[0, 1, 2, 0]), vec![0, 0, 1, 0]);
        // قال كارلوس فالنتي ان ... فرد فالنتي qāla kārlūs fālantī inna … fa-radda fālantī
        // "Carlos Valenti said that … Valenti replied" (invented): MISC فرد فالنتي → PER فالنتي.
        assert_eq!(got("قال كارلوس فالنتي ان فرد فالنتي", &[0, 1, 2, 0, 7, 8]), vec![0, 1, 2, 0, 0, 1]);
        // فرد فالنتي alone in its text: the speech word goes, the rest stays MISC.
        assert_eq!(got("فرد فالنتي", &[7, 8]), vec![0, 7]);
        // استقبل فراس فالنتي istaqbala firās fālantī "Firas Valenti received": no speech word, no change.
        assert_eq!(got("استقبل فراس فالنتي", &[0, 1, 2]), vec![0, 1, 2]);
    }

    #[test]
    fn a_line_break_ends_the_name() {
        // الرئيس\nتيمو — the title ends one line, the next line starts with a name: no span.
        assert_eq!(run("قال الرئيس\nتيمو", &[0, 0, 0]), vec![0, 0, 0]);
    }

    // Session 24, NER

    #[test]
    fn a_name_before_a_relational_noun_is_a_person() {
        // التقى ماركو نظيره في الدوحة iltaqā mārkū naẓīrahu fī d-dawḥa "Marko met his
        // counterpart in Doha": the subject between the verb and نظيره is a person.
        assert_eq!(run("التقى ماركو نظيره في الدوحة", &[0, 0, 0, 0, 0]), vec![0, 1, 0, 0, 0]);
        // An unknown two-word name: التقى ماركو كارفينين نظيرها "Marko Karvinen met her counterpart".
        assert_eq!(run("التقى ماركو كارفينين نظيرها", &[0, 0, 0, 0]), vec![0, 1, 2, 0]);
        // Guards: a preposition or an article word before it (التقى في الدوحة نظيره "met in Doha
        // his counterpart"), a name run not opened by a stop word or a line start (وصل الى عمان
        // ماركو نظيره: عمان is a known word, so the run would start after it), a tagged span.
        assert_eq!(run("التقى في الدوحة نظيره", &[0, 0, 0, 0]), vec![0, 0, 0, 0]);
        assert_eq!(run("وصل الى عمان ماركو نظيره", &[0, 0, 0, 0, 0]), vec![0, 0, 0, 0, 0]);
        assert_eq!(run("التقى ماركو نظيره", &[0, 5, 0]), vec![0, 5, 0]);
    }

    // Session 25, NER

    #[test]
    fn a_naming_keyword_and_the_next_article_word_are_an_organisation() {
        let got = |text: &str, tags: &[u8]| -> Vec<u8> {
            apply(text, tags, |text, tokens, keys, tags| keyword_orgs(text, tokens, keys, tags, &tiny_lexicon()))
        };
        // قال حزب الخضر الفنلندي ان qāla ḥizb al-ḫuḍr al-finlandī inna "the Finnish Green party
        // said that" (invented): ORG حزب الخضر, the nationality adjective stays out.
        assert_eq!(got("قال حزب الخضر الفنلندي ان", &[0, 0, 0, 0, 0]), vec![0, 3, 4, 0, 0]);
        // Behind a preposition, after a stop word: قال ان لحزب الخضر "he said that the Green party has".
        assert_eq!(got("قال ان لحزب الخضر", &[0, 0, 0, 0]), vec![0, 0, 3, 4]);
        // Inside a construct chain, no change: تظاهر أعضاء حزب الخضر "members of the Green party
        // demonstrated".
        assert_eq!(got("تظاهر أعضاء حزب الخضر", &[0, 0, 0, 0]), vec![0, 0, 0, 0]);
        // Guards: a definite keyword (قال الحزب الحاكم "the ruling party said"), a stop word or a
        // nationality after it (قال حزب في / حزب الفنلندي), another keyword (قال مجلس الخضر),
        // an already tagged word.
        assert_eq!(got("قال الحزب الحاكم", &[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(got("قال حزب في", &[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(got("قال حزب الفنلندي", &[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(got("قال مجلس الخضر", &[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(got("قال حزب الخضر", &[0, 0, 5]), vec![0, 0, 5]);
    }

    // Session 26, NER

    #[test]
    fn adjacent_person_spans_are_one_name_unless_and_opens_the_second() {
        let got = |text: &str, tags: &[u8]| {
            apply(text, tags, person_joins)
        };
        // سجل سامي رعد هدفا sajjala sāmī raʿd hadafan "Sami Raad scored a goal" (invented name),
        // tagged B-PER B-PER: one name.
        assert_eq!(got("سجل سامي رعد هدفا", &[0, 1, 1, 0]), vec![0, 1, 2, 0]);
        // Guards: و "and" opens the second (سامي ورعد "Sami and Raad": two people), a comma
        // between, a line break between, a B-PER after a place.
        assert_eq!(got("سجل سامي ورعد هدفا", &[0, 1, 1, 0]), vec![0, 1, 1, 0]);
        assert_eq!(got("سجل سامي ، رعد هدفا", &[0, 1, 0, 1, 0]), vec![0, 1, 0, 1, 0]);
        assert_eq!(got("سجل سامي\nرعد هدفا", &[0, 1, 1, 0]), vec![0, 1, 1, 0]);
        assert_eq!(got("سجل عمان رعد هدفا", &[0, 5, 1, 0]), vec![0, 5, 1, 0]);
    }

    // Session 27, NER

    #[test]
    fn a_verb_with_and_heading_a_person_span_is_cut() {
        let mut lex = Lexicon::new();
        // أضاف aḍāfa "added" is a known word (a cluster) and a stop word; أدان adāna
        // "condemned" a known word only; the person-token list also holds واكد (wa-akkada).
        lex.add_cluster(&crate::key::token_key("أدان"), 1);
        lex.add_cluster(&crate::key::token_key("أكد"), 1);
        lex.add_phrase("واكد", Category::PersonToken);
        lex.add_phrase("وليد", Category::PersonToken);
        let got = |text: &str, tags: &[u8]| {
            apply(text, tags, |_, tokens, keys, tags| verb_heads(tokens, keys, tags, &lex))
        };
        // وأدان سامي رعد الهجوم wa-adāna sāmī raʿd al-hujūm "and Sami Raad condemned the
        // attack" (invented), tagged as one PER span from the verb on: the verb is cut.
        assert_eq!(got("وأدان سامي رعد الهجوم", &[1, 2, 2, 0]), vec![0, 1, 2, 0]);
        // وأكد بن رعد wa-akkada bin raʿd "and Bin Raad stressed": a listed token, but its rest
        // is a reporting verb.
        assert_eq!(got("وأكد بن رعد", &[1, 2, 2]), vec![0, 1, 2]);
        // Guards: a listed name with و (وليد رعد walīd raʿd), an unknown rest (وسامي
        // rest unknown here), a one-token span.
        assert_eq!(got("وليد رعد", &[1, 2]), vec![1, 2]);
        assert_eq!(got("وسامي رعد", &[1, 2]), vec![1, 2]);
        assert_eq!(got("وأدان", &[1]), vec![1]);
    }

    // Session 28, NER

    #[test]
    fn session28_a_country_name_without_its_article_is_a_place() {
        let mut lex = Lexicon::new();
        let dnk = CountryCode::new("DNK").unwrap();
        let deu = CountryCode::new("DEU").unwrap();
        let mar = CountryCode::new("MAR").unwrap();
        lex.add_country("الدنمارك", dnk, CountryKind::Name);
        lex.add_phrase("الدنمارك", Category::Country);
        lex.add_country("ألمانيا", deu, CountryKind::Name);
        lex.add_phrase("ألمانيا", Category::Country);
        lex.add_country("المغرب", mar, CountryKind::Name);
        lex.add_phrase("المغرب", Category::Country);
        // مغرب maghrib "sunset" is a word of its own (a cluster).
        lex.add_cluster(&crate::key::token_key("مغرب"), 1);
        let places = |text: &str| {
            let tokens = marsad_text::tokenize(text);
            let keys: Vec<String> = tokens.iter().map(|t| crate::key::token_key(&text[t.range.clone()])).collect();
            let tags = vec![0u8; tokens.len()];
            entities(text, &tokens, &keys, &tags, &lex)
                .into_iter()
                .map(|e| (text[e.range].to_string(), e.kind, e.country.map(|c| c.as_str().to_string())))
                .collect::<Vec<_>>()
        };
        // هتف الطلاب يا دنمارك ارحلي hatafa aṭ-ṭullāb yā danimārk irḥalī "the students chanted: O
        // Denmark, leave" (invented): the vocative drops the article of الدنمارك.
        assert_eq!(places("هتف الطلاب يا دنمارك ارحلي"), vec![("دنمارك".to_string(), EntityType::Location, Some("DNK".to_string()))]);
        // Guards: a bare form that is a word of its own (بعد مغرب الشمس baʿda maghrib ash-shams
        // "after sunset"), and مانيا māniyā "mania", which only looks like ألمانيا without an article.
        assert_eq!(places("عادوا بعد مغرب الشمس"), vec![]);
        assert_eq!(places("أصابته مانيا الشراء"), vec![]);
    }

    #[test]
    fn session28_a_title_tail_ending_in_a_nationality_is_no_person() {
        let run = |text: &str, tags: &[u8]| apply(text, tags, |_, _, keys, tags| nationality_persons(keys, tags, &tiny_lexicon()));
        // وصل وزير العدل الفنلندي الى عمان waṣala wazīr al-ʿadl al-finlandī ilā ʿammān "the
        // Finnish justice minister arrived in Amman": العدل الفنلندي tagged PER is the title's tail.
        assert_eq!(run("وصل وزير العدل الفنلندي الى عمان", &[0, 0, 1, 2, 0, 5]), vec![0, 0, 0, 0, 0, 5]);
        // A bare الفنلندي tagged PER (قال الفنلندي qāla al-finlandī "the Finn said").
        assert_eq!(run("قال الفنلندي ان", &[0, 1, 0]), vec![0, 0, 0]);
        // A nisba surname after a given name stays: ماركو الفنلندي mārkū al-finlandī.
        assert_eq!(run("قال ماركو الفنلندي ان", &[0, 1, 2, 0]), vec![0, 1, 2, 0]);
    }

    // Session 30, ship

    #[test]
    fn session30_agency_word_joins_an_agency_org_span() {
        let mut lex = tiny_lexicon();
        lex.add_phrase("وكالة سبأ", Category::Agency);
        let run = |text: &str, tags: &[u8]| apply(text, tags, |_, _, keys, tags| agency_heads(keys, tags, &lex));
        // نقلت وكالة سبأ الخبر naqalat wakālat sabaʾ al-khabar "the Saba agency carried the news"
        // (invented): the tagger's ORG on سبأ alone takes وكالة in.
        assert_eq!(run("نقلت وكالة سبأ الخبر", &[0, 0, B_ORG, 0]), vec![0, B_ORG, B_ORG + 1, 0]);
        // Guards: not for a person span, nor for an agency word the lexicon does not pair with
        // the name (وكالة الفضاء "the space agency" + ORG ناسا).
        assert_eq!(run("نقلت وكالة سبأ الخبر", &[0, 0, 1, 0]), vec![0, 0, 1, 0]);
        assert_eq!(run("قالت وكالة الفضاء ناسا", &[0, 0, 0, B_ORG]), vec![0, 0, 0, B_ORG]);
    }

    // Session 30, NER (lead): passes for the exchange-class model's readings.

    #[test]
    fn session30_a_title_hashtag_heading_a_person_span_is_cut() {
        let lex = tiny_lexicon();
        let run = |text: &str, tags: &[u8]| apply(text, tags, |text, tokens, _, tags| hashtag_titles(text, tokens, tags, &lex));
        // أكد #الرئيس_الفنلندي #ماركو_لاهتي أن الاتفاق قريب ʾakkada #ar-raʾīs_al-finlandī
        // #mārkū_lāhtī ʾanna l-ittifāqa qarīb "#the_Finnish_president #Marko_Lahti stressed that
        // the deal is near" (invented): the title hashtag leaves the person span.
        let text = "أكد #الرئيس_الفنلندي #ماركو_لاهتي أن الاتفاق قريب";
        assert_eq!(run(text, &[0, B_PER, B_PER + 1, 0, 0, 0]), vec![0, 0, B_PER, 0, 0, 0]);
        // Guards: a name hashtag heading the span stays (#ماركو_لاهتي #لاهتي), and a one-token
        // span is left to the tagger.
        assert_eq!(run("أكد #ماركو_لاهتي #لاهتي أن", &[0, B_PER, B_PER + 1, 0]), vec![0, B_PER, B_PER + 1, 0]);
        assert_eq!(run(text, &[0, B_PER, 0, 0, 0, 0]), vec![0, B_PER, 0, 0, 0, 0]);
    }

    #[test]
    fn session30_an_article_word_before_the_closing_comma_of_a_named_apposition_is_the_surname() {
        let lex = tiny_lexicon();
        let run = |text: &str, tags: &[u8]| apply(text, tags, |text, tokens, keys, tags| apposition_surnames(text, tokens, keys, tags, &lex));
        // وقال قائد اللواء، سامر الخطيب، إن ... wa-qāla qāʾidu l-liwāʾ, sāmir al-ḫaṭīb, ʾinna
        // "the brigade commander, Samer al-Khatib, said that" (invented): الخطيب, between the
        // tagged given name and the closing comma, is the family name.
        let text = "وقال قائد اللواء، سامر الخطيب، إن";
        assert_eq!(run(text, &[0, 0, 0, 0, B_PER, 0, 0, 0]), vec![0, 0, 0, 0, B_PER, B_PER + 1, 0, 0]);
        // Guards: a nationality (الفنلندي) is no surname, and without the closing comma nothing joins.
        assert_eq!(run("وقال قائد اللواء، سامر الفنلندي، إن", &[0, 0, 0, 0, B_PER, 0, 0, 0]), vec![0, 0, 0, 0, B_PER, 0, 0, 0]);
        assert_eq!(run("وقال قائد اللواء، سامر الخطيب إن", &[0, 0, 0, 0, B_PER, 0, 0]), vec![0, 0, 0, 0, B_PER, 0, 0]);
    }
    // Session 34, NER propagation

    #[test]
    fn session34_a_propagated_name_keeps_a_first_letter_that_looks_like_a_proclitic() {
        // قال رضوان فايد ان الامر صعب ويعد فايد من اشهرهم qāla riḍwān fāyid anna al-amr ṣaʿb
        // wa-yuʿaddu fāyid min ashharihim "Redouane Fayed said the matter is hard, and Fayed is
        // one of the best known" (invented). ايد ayyada "he supported" is a lexicon word, so the
        // lookup with ف stripped matches too; the name of the text matched as written.
        let mut lex = tiny_lexicon();
        lex.add_phrase("ايد", Category::Location);
        let text = "قال رضوان فايد ان الامر صعب ويعد فايد من اشهرهم";
        let tokens = marsad_text::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| crate::key::token_key(&text[t.range.clone()])).collect();
        let mut tags = vec![0u8; tokens.len()];
        tags[1] = 1;
        tags[2] = 2;
        let got: Vec<(&str, EntityType)> = entities(text, &tokens, &keys, &tags, &lex).into_iter().map(|e| (&text[e.range], e.kind)).collect();
        assert_eq!(got, vec![("رضوان فايد", EntityType::Person), ("فايد", EntityType::Person)]);
    }

    // Session 52, named entities: a bare name keyword heads the ORG span the tagger found right
    // after it (`keyword_orgs`). A pass-level test: on invented sentences the shipped model
    // already puts منظمة inside the span; the fold models of the development split do not.

    #[test]
    fn session52_a_bare_name_keyword_heads_the_org_span_after_it() {
        let lex = Lexicon::new();
        let run = |text: &str, tags: &[u8]| apply(text, tags, |text, tokens, keys, tags| keyword_orgs(text, tokens, keys, tags, &lex));
        // وظهرت فكرة إنشاء منظمة الأمم المتحدة خلال الحرب wa-ẓaharat fikratu inšāʾi munaẓẓamati
        // l-umami l-muttaḥida ḫilāla l-ḥarb "the idea of founding the United Nations Organization
        // came up during the war" (invented): the tagger's span is الأمم المتحدة, منظمة untagged
        // or a span of its own.
        let text = "وظهرت فكرة إنشاء منظمة الأمم المتحدة خلال الحرب";
        let joined = vec![0, 0, 0, B_ORG, B_ORG + 1, B_ORG + 1, 0, 0];
        assert_eq!(run(text, &[0, 0, 0, 0, B_ORG, B_ORG + 1, 0, 0]), joined);
        assert_eq!(run(text, &[0, 0, 0, B_ORG, B_ORG, B_ORG + 1, 0, 0]), joined);
        // Guards: a span without the article after the keyword (جامعة ليدز jāmiʿat līdz "Leeds
        // University": ANERcorp tags ليدز alone) and a keyword on the line before stay apart.
        assert_eq!(run("درس في جامعة ليدز", &[0, 0, 0, B_ORG]), vec![0, 0, 0, B_ORG]);
        assert_eq!(run("منظمة\nالأمم المتحدة", &[0, B_ORG, B_ORG + 1]), vec![0, B_ORG, B_ORG + 1]);
    }

    // Session 53, named entities: a family name in nisba form after a person's tagged name ends
    // the span (`nisba_surnames`). A pass-level test: on invented sentences the shipped model
    // already takes the nisba into the span; the fold models of the development split do not.

    #[test]
    fn session53_a_nisba_family_name_ends_the_person_span() {
        let lex = Lexicon::new();
        let run = |text: &str, tags: &[u8]| apply(text, tags, |text, tokens, keys, tags| nisba_surnames(text, tokens, keys, tags, &lex));
        // وقال عبد الله الهلالي إن الطريق مغلق wa-qāla ʿabd allāh al-hilālī inna ṭ-ṭarīq mughlaq
        // "Abdallah al-Hilali said the road is closed" (invented): the tagger stops before الهلالي.
        assert_eq!(run("وقال عبد الله الهلالي إن الطريق مغلق", &[0, B_PER, I_PER, 0, 0, 0, 0]), vec![0, B_PER, I_PER, I_PER, 0, 0, 0]);
        // Guards: a relative pronoun (قال محمد الذي عاد أمس qāla muḥammad alladhī ʿāda ams "said
        // Muhammad, who came back yesterday"), a word written with ى (نظرية أينشتاين الأولى
        // naẓariyyat aynshtāyn al-ūlā "Einstein's first theory"), and a line break stay outside.
        assert_eq!(run("قال محمد الذي عاد أمس", &[0, B_PER, 0, 0, 0]), vec![0, B_PER, 0, 0, 0]);
        assert_eq!(run("نظرية أينشتاين الأولى", &[0, B_PER, 0]), vec![0, B_PER, 0]);
        assert_eq!(run("قال محمد\nالهلالي", &[0, B_PER, 0]), vec![0, B_PER, 0]);
    }
}
