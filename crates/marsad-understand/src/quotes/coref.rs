//! Speaker coreference inside a document: a speaker named by a title or a description
//! (المتحدث al-mutaḥaddith "the spokesman", الرئيس الامريكي "the US president", الحزب "the
//! party", البيان "the statement") is resolved to who that is in the same document.
//!
//! * **Title coreference**: a person-denoting title phrase refers to the person the document
//!   introduces with the same title words in apposition, before the name (وزير الخارجية الايراني
//!   محمد جواد ظريف) or after it (يوشيهيدي سوغا المتحدث باسم الحكومة; كين وارد، المندوب ...). The
//!   nearest such person before the quote wins; failing that, the nearest one after it
//!   (cataphora: قال المندوب ... وأضاف المندوب كين وارد).
//! * **Definite descriptions**: a definite noun (الحزب "the party", الشهود "the witnesses",
//!   الوثيقة "the document") refers to an earlier speaker phrase with the same noun (حزب العيش
//!   والحرية، شهود عيان، وثيقة رسمية مسربة).
//! * **Issuers**: البيان al-bayān "the statement" speaks for whoever issued the last statement
//!   mentioned (بيان أصدرته كتائب القسام "a statement issued by the Qassam Brigades", أصدرت
//!   الوزارة بيانا "the ministry issued a statement", في بيان لها "in a statement of hers").

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::{Token, TokenKind};

use super::WordSet;

/// Nouns that denote a person by office or role (search keys, without ال): only these are
/// resolved to a person, so that الشرطة "the police" never becomes a named police officer.
const PERSON_TITLES: &[&str] = &[
    "وزير", "وزيره", "رييس", "رييسه", "متحدث", "متحدثه", "ناطق", "ناطقه", "سفير", "سفيره", "امين", "نايب", "نايبه", "مساعد", "مستشار", "مستشاره", "ملك", "ملكه", "امير", "اميره", "ولي", "قايد", "زعيم", "زعيمه", "مدير", "مديره", "مندوب", "مندوبه", "جنرال", "عميد", "لواء", "لوا", "عقيد", "محقق", "محام", "محامي", "محاميه", "مرشد", "شيخ", "سيد", "سيده", "مبعوث", "مبعوثه", "مفوض", "مفوضه", "حاكم", "محافظ", "عمده", "قاضي", "ممثل", "ممثله", "مسوول", "مسووله", "بابا", "بطريرك", "اسقف", "امام", "مفتي", "نجم", "نجمه", "لاعب", "مدرب",
];
static PERSON_TITLE_SET: WordSet = WordSet::new(PERSON_TITLES);

/// Nouns for documents and bodies that can be the subject of a reporting verb and are later
/// taken up by a definite description (التقرير، الحزب، الشهود).
const DOC_NOUNS: &[&str] = &["بيان", "تقرير", "وثيقه", "رساله", "صحيفه", "وكاله", "حزب", "حركه", "منظمه", "لجنه", "مجلس", "وزاره", "شهود", "مصادر", "مصدر", "هييه", "شركه", "جمعيه", "جبهه", "تنظيم", "جماعه", "محكمه", "مركز", "موقع", "مكتب", "سلطات", "قياده", "اداره", "هيئه", "مسوولون", "مسوولين", "خبراء", "محققون", "اجتماع"];
static DOC_NOUN_SET: WordSet = WordSet::new(DOC_NOUNS);

/// A word's comparison stem: the search key without و/ف "and", the article ال (also after
/// ب/ل/ك: بالمستشارة → مستشاره), and with the امريكي/اميركي spelling variants merged.
pub(super) fn stem(key: &str) -> String {
    let mut k = key;
    if let Some(r) = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
        if r.starts_with("ال") || PERSON_TITLE_SET.contains(r) || DOC_NOUN_SET.contains(r) {
            k = r;
        }
    }
    for p in ["بال", "لل", "كال", "ال"] {
        if let Some(r) = k.strip_prefix(p) {
            if r.chars().count() >= 2 {
                k = r;
                break;
            }
        }
    }
    k.replace("اميرك", "امريك")
}

/// Is `key` (a search key) a person-denoting title?
pub(super) fn is_person_title(key: &str) -> bool {
    PERSON_TITLE_SET.contains(&stem(key))
}

/// Precomputed per-document context for coreference.
pub(super) struct Coref {
    /// For each person entity: its range and the stems of the words around it (title
    /// apposition before or after the name).
    persons: Vec<(Range<usize>, Vec<String>)>,
}

fn is_stop(s: &str) -> bool {
    matches!(s, "." | "؟" | "?" | "!" | "؛" | ";" | ":" | "(" | ")" | "«" | "»" | "\"" | "“" | "”")
}

impl Coref {
    pub(super) fn new(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity]) -> Self {
        let mut persons = Vec::new();
        let mut e_first: Vec<Option<(usize, usize)>> = vec![None; entities.len()];
        for (k, e) in ent_at.iter().enumerate() {
            if let Some(e) = *e {
                let slot = &mut e_first[e];
                *slot = Some(slot.map_or((k, k), |(f, _)| (f, k)));
            }
        }
        for (e, ent) in entities.iter().enumerate() {
            if ent.kind != EntityType::Person {
                continue;
            }
            let Some((first, last)) = e_first[e] else { continue };
            let mut ctx = Vec::new();
            // Before the name: up to 7 words, not across sentence punctuation or another person.
            let mut k = first;
            while k > 0 && first - k < 7 {
                let p = k - 1;
                let s = &text[tokens[p].range.clone()];
                if is_stop(s) || ent_at[p].is_some_and(|x| entities[x].kind == EntityType::Person) {
                    break;
                }
                if tokens[p].kind == TokenKind::Arabic {
                    ctx.push(stem(&keys[p]));
                }
                k -= 1;
            }
            // After the name: an apposition (after a comma, or a title word right away), up to
            // the next comma or sentence punctuation.
            let mut k = last + 1;
            if k < tokens.len() && super::is_comma(&keys[k]) {
                k += 1;
            }
            if k < tokens.len() && is_person_title(&keys[k]) {
                let stop = (k + 7).min(tokens.len());
                while k < stop {
                    let s = &text[tokens[k].range.clone()];
                    if is_stop(s) || super::is_comma(s) || ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Person) {
                        break;
                    }
                    if tokens[k].kind == TokenKind::Arabic {
                        ctx.push(stem(&keys[k]));
                    }
                    k += 1;
                }
            }
            if !ctx.is_empty() {
                persons.push((ent.range.clone(), ctx));
            }
        }
        Coref { persons }
    }

    /// The person a title phrase (tokens `phrase`) refers to, if the phrase starts with a
    /// person-denoting title and the document introduces someone with it.
    pub(super) fn title_person(&self, tokens: &[Token], keys: &[String], phrase: Range<usize>) -> Option<Range<usize>> {
        let words: Vec<String> = phrase.clone().filter(|&k| tokens[k].kind == TokenKind::Arabic).map(|k| stem(&keys[k])).collect();
        let head = words.first()?;
        if !PERSON_TITLE_SET.contains(head) {
            return None;
        }
        let need = words.len().min(2);
        let at = tokens[phrase.start].range.start;
        let mut best: Option<(usize, bool, usize, &Range<usize>)> = None;
        for (r, ctx) in &self.persons {
            if !ctx.contains(head) {
                continue;
            }
            let mut seen: Vec<&String> = Vec::new();
            for w in &words {
                if ctx.contains(w) && !seen.contains(&w) {
                    seen.push(w);
                }
            }
            let score = seen.len();
            if score < need {
                continue;
            }
            let before = r.start < at;
            let dist = if before { at - r.start } else { r.start - at };
            // Rank: score, then preceding before following, then nearness.
            let better = match best {
                None => true,
                Some((s, b, d, _)) => (score, before, std::cmp::Reverse(dist)) > (s, b, std::cmp::Reverse(d)),
            };
            if better {
                best = Some((score, before, dist, r));
            }
        }
        best.map(|(_, _, _, r)| r.clone())
    }
}

/// A definite description speaker (الحزب، التقرير، الشهود، الوثيقة) resolved to an earlier
/// speaker phrase with the same noun: returns that (speaker, head).
pub(super) fn earlier_description(
    text: &str,
    tokens: &[Token],
    keys: &[String],
    phrase: Range<usize>,
    earlier: &[(Range<usize>, Option<Range<usize>>)],
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let first = phrase.start;
    let k = keys[first].strip_prefix('و').unwrap_or(&keys[first]);
    if !k.starts_with("ال") {
        return None;
    }
    let noun = stem(k);
    if !DOC_NOUN_SET.contains(&noun) {
        return None;
    }
    let own = tokens[phrase.start].range.start..tokens[phrase.end - 1].range.end;
    for (sp, head) in earlier.iter().rev() {
        if sp.len() <= own.len() || sp.start >= own.start {
            continue;
        }
        let s = &text[sp.clone()];
        let first_word = s.split_whitespace().next().unwrap_or("");
        let fw = stem(&marsad_text::normalize::search_key(first_word));
        if fw == noun {
            return Some((sp.clone(), head.clone()));
        }
    }
    None
}

/// Whoever issued the last statement (بيان bayān) mentioned before token `before`: an
/// organisation or person within a few words of it (بيان أصدرته X، بيان لـX، X ... بيانا).
pub(super) fn statement_issuer(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], before: usize, start_limit: usize) -> Option<Range<usize>> {
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    let mut k = before;
    while k > start_limit {
        k -= 1;
        let st = stem(&keys[k]);
        if !(st == "بيان" || st == "بيانا" || st == "بيانه" || st == "بيانها") {
            continue;
        }
        // After it (بيان أصدرته X، بيان للجناح العسكري لحركة X), then before it (أصدرت X بيانا).
        let after = (k + 1..(k + 5).min(tokens.len())).find_map(|j| ent_at[j].filter(|&e| is_actor(e)));
        let prior = (k.saturating_sub(5)..k).rev().find_map(|j| ent_at[j].filter(|&e| is_actor(e)));
        if let Some(e) = after.or(prior) {
            return Some(entities[e].range.clone());
        }
    }
    None
}
