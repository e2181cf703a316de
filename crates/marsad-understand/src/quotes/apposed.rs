//! (session 38) The holder named in a comma apposition right after an explicit title speaker.
//!
//! قال وزير الداخلية، NAME، الاثنين، إن … qāla wazīr ad-dāḫiliyya, NAME, al-iṯnayn, inna … "the
//! interior minister, NAME, said on Monday that …": the finder's speaker phrase stops at the
//! comma, and the title alone was resolved by title coreference to another holder of a like title
//! named earlier in the article. The name in apposition names the speaker (the guidelines: the
//! referent's fullest name). The document-level apposition pass (`apposition_names`) already
//! turns an untagged one-to-three-word name closed by a comma into a person; this pass also reads
//!
//! * a tagged person closed by a complementizer (محامي X، NAME إن "X's lawyer, NAME, that"),
//! * a hashtag name (وزير الداخلية، #NAME1_NAME2،),
//! * a name with a hyphenated word (وزيرة الخارجية، NAME1 NAME2-NAME3،), which the tokenizer
//!   splits at the hyphen.
//!
//! Pure grammar: a person title opening the speaker phrase, a comma, the name, then a comma, a
//! complementizer or a colon.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::coref;

/// Function words, prepositions and particles that never open or continue a name.
fn function_word(k: &str) -> bool {
    matches!(
        k,
        "في" | "من" | "عن" | "علي" | "الي" | "مع" | "بعد" | "قبل" | "خلال" | "عبر" | "لدي" | "منذ" | "حسب" | "وفق" | "هو" | "هي" | "وهو" | "وهي" | "الذي" | "التي" | "لكن" | "ولكن" | "اذ" | "حيث" | "كما" | "ثم" | "او" | "قد" | "لقد" | "وقد" | "ان" | "انه" | "انها" | "بان" | "لا" | "لم" | "لن" | "ما"
    )
}

/// A word that may be part of a person's name in apposition: no function word, adverbial,
/// complementizer, reporting verb, title or body noun.
fn name_word(k: &str) -> bool {
    !k.is_empty() && !function_word(k) && !super::is_adverbial(k) && !super::THAT_SET.contains(k) && !super::is_reporting_verb(k) && !coref::is_person_title(k) && !coref::is_body_noun(k)
}

/// The name in apposition after the speaker phrase `first..last_tok` (tokens), as a byte range;
/// `None` unless the phrase opens with a person title and the apposition is closed as described
/// in the module comment.
pub(super) fn apposed_holder(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], first: usize, last_tok: usize) -> Option<Range<usize>> {
    if first >= last_tok || !(super::is_title_with_conj(&keys[first]) || suffixed_title(&keys[first])) {
        return None;
    }
    let c = title_complement_end(text, tokens, keys, ent_at, entities, last_tok);
    if c + 2 >= tokens.len() || !super::is_comma(&text[tokens[c].range.clone()]) {
        return None;
    }
    let s = c + 1;
    let adjacent = |a: usize, b: usize| tokens[a].range.end == tokens[b].range.start;
    let closed = |k: usize, tagged: bool| {
        k < tokens.len() && {
            let t = &text[tokens[k].range.clone()];
            super::is_comma(t) || t == ":" || (tagged && super::THAT_SET.contains(&keys[k]))
        }
    };
    // (session 39) المعروف باسم NAME "known as NAME": the name after the phrase.
    if let Some(r) = known_as_name(text, tokens, keys, ent_at, entities, s) {
        return Some(r);
    }
    // A tagged person: closed by a comma, a colon, a complementizer or (session 39) an
    // addressee (لوكالة فرانس برس "to AFP").
    if let Some(e) = ent_at[s].filter(|&e| entities[e].kind == EntityType::Person && entities[e].range.start == tokens[s].range.start) {
        let r = entities[e].range.clone();
        let after = tokens.partition_point(|t| t.range.start < r.end);
        return (closed(after, true) || addressee_at(tokens, keys, ent_at, entities, after)).then_some(r);
    }
    // (session 39) Two or three untagged name words closed by an addressee, the last of them
    // named again elsewhere in the article (وأضاف NAME2 "NAME2 added").
    if let Some(r) = addressed_untagged_name(tokens, keys, ent_at, entities, s) {
        return Some(r);
    }
    // A hashtag name of two or more words (#NAME1_NAME2), none a title or function word, the
    // first without the article; closed by a comma or colon.
    if tokens[s].kind == TokenKind::Hashtag {
        let body = text[tokens[s].range.clone()].trim_start_matches('#');
        let parts: Vec<String> = body.split('_').map(|p| search_key(p).into_owned()).collect();
        let ok = (2..=4).contains(&parts.len()) && !parts[0].starts_with("ال") && parts.iter().all(|p| name_word(p)) && ent_at[s].is_none_or(|e| entities[e].kind == EntityType::Person);
        return (ok && closed(s + 1, false)).then(|| tokens[s].range.clone());
    }
    // Untagged words with a hyphenated one (NAME1 NAME2-NAME3): two or three words, the first
    // without the article; closed by a comma or colon. (The piece after the hyphen is any Arabic
    // word glued to it: a syllable of a transcribed name may spell a function word.)
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && name_word(&keys[k]);
    if !word(s) || keys[s].starts_with("ال") {
        return None;
    }
    let (mut k, mut words, mut hyphen) = (s, 0, false);
    while word(k) && words < 3 {
        words += 1;
        k += 1;
        if k + 1 < tokens.len() && &text[tokens[k].range.clone()] == "-" && adjacent(k - 1, k) && adjacent(k, k + 1) && tokens[k + 1].kind == TokenKind::Arabic {
            hyphen = true;
            k += 2;
        }
    }
    (hyphen && words >= 2 && closed(k, false)).then(|| tokens[s].range.start..tokens[k - 1].range.end)
}

// ---- (session 39, qexpl2) apposed names closed by an addressee, and "known as" names ----

/// (session 39) A title with a possessive suffix, قائدها qāʾiduhā "its commander".
fn suffixed_title(key: &str) -> bool {
    ["ها", "هم", "ه"].iter().any(|p| key.strip_suffix(p).is_some_and(|b| b.chars().count() >= 3 && super::is_title_with_conj(b)))
}

/// (session 39) Where the title phrase's complement ends: the finder's speaker phrase may stop
/// before a prepositional complement (مستشار الشؤون الإسلامية | في حكومة الولاية، NAME "the
/// Islamic affairs adviser | in the state government, NAME"). From token `c` (the first after
/// the phrase), a preposition في / لدى / ب opens up to five more Arabic words, none a name of a
/// person, a complementizer or a reporting verb, up to a comma: the comma's token. Otherwise `c`.
fn title_complement_end(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], c: usize) -> usize {
    if c >= tokens.len() || !matches!(keys[c].as_str(), "في" | "لدي" | "ب") {
        return c;
    }
    let ok = |k: usize| tokens[k].kind == TokenKind::Arabic && !super::THAT_SET.contains(&keys[k]) && !super::is_reporting_verb(&keys[k]) && !function_word(&keys[k]) && ent_at[k].is_none_or(|e| entities[e].kind != EntityType::Person || !entities[e].range.start.eq(&tokens[k].range.start) || k > c + 1);
    let n = (c + 1..(c + 6).min(tokens.len())).take_while(|&k| ok(k)).count();
    let e = c + 1 + n;
    if n > 0 && e < tokens.len() && super::is_comma(&text[tokens[e].range.clone()]) {
        e
    } else {
        c
    }
}

/// (session 39) Does token `k` open an addressee phrase, لوكالة فرانس برس li-wakālat frāns
/// brs "to AFP", للصحفيين li-ṣ-ṣaḥafiyyīn "to journalists", or ل + a tagged organisation?
fn addressee_at(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> bool {
    if k >= tokens.len() || tokens[k].kind != TokenKind::Arabic {
        return false;
    }
    let key = keys[k].as_str();
    let media = ["لوكاله", "لصحيفه", "لقناه", "لموقع", "لشبكه", "لاذاعه", "لمجله", "لتلفزيون", "لصحفيين", "لصحافيين", "للصحفيين", "للصحافيين", "للصحافه", "لـ"];
    media.contains(&key) || (key.starts_with('ل') && key.chars().count() >= 3 && ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Organization))
}

/// (session 39) The name after المعروف باسم / الملقب بـ "known as / nicknamed" at token `s`
/// (قائدها، المعروف باسم أبو NAME، "its commander, known as Abu NAME,"): a tagged person or one
/// to four name words (the first without the article), quotation marks skipped, closed by a
/// comma, a colon, a complementizer or an addressee.
fn known_as_name(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], s: usize) -> Option<Range<usize>> {
    if s + 2 >= tokens.len() || !matches!(keys[s].as_str(), "المعروف" | "المعروفه" | "الملقب" | "الملقبه") || !matches!(keys[s + 1].as_str(), "باسم" | "بلقب" | "ب" | "بـ") {
        return None;
    }
    let mut n = s + 2;
    if n < tokens.len() && super::is_quote_open(&text[tokens[n].range.clone()]) {
        n += 1;
    }
    // (a kunya or patronymic word opens or continues a name: ابو، ام، بن; and علي ʿAlī, whose
    // search key spells the preposition على)
    let word = |k: &str| matches!(k, "ابو" | "ام" | "بن" | "ابن" | "علي") || name_word(k);
    if n >= tokens.len() || tokens[n].kind != TokenKind::Arabic || keys[n].starts_with("ال") || !word(&keys[n]) {
        return None;
    }
    let end_of = |k: usize| {
        k < tokens.len() && {
            let t = &text[tokens[k].range.clone()];
            super::is_comma(t) || t == ":" || super::is_quote_close(t) || super::THAT_SET.contains(&keys[k]) || addressee_at(tokens, keys, ent_at, entities, k)
        }
    };
    let mut k = n;
    while k < tokens.len() && k < n + 4 && tokens[k].kind == TokenKind::Arabic && word(&keys[k]) && !addressee_at(tokens, keys, ent_at, entities, k) && ent_at[k].is_none_or(|e| entities[e].kind == EntityType::Person) {
        k += 1;
    }
    (k > n && end_of(k)).then(|| tokens[n].range.start..tokens[k - 1].range.end)
}

/// (session 39) Two or three untagged name words at `s` (the first without the article) closed
/// by an addressee, whose last word the article uses again as a word of its own elsewhere
/// (article-level naming: وأضاف NAME2).
fn addressed_untagged_name(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], s: usize) -> Option<Range<usize>> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && name_word(&keys[k]) && !addressee_at(tokens, keys, ent_at, entities, k);
    if !word(s) || keys[s].starts_with("ال") {
        return None;
    }
    let mut k = s;
    while word(k) && k < s + 3 {
        k += 1;
    }
    let n = k - s;
    if !(2..=3).contains(&n) || !addressee_at(tokens, keys, ent_at, entities, k) {
        return None;
    }
    let last = &keys[k - 1];
    if last.starts_with("ال") || last.chars().count() < 3 {
        return None;
    }
    let again = keys.iter().enumerate().any(|(j, key)| !(s..k).contains(&j) && tokens[j].kind == TokenKind::Arabic && (key == last || key.strip_prefix('و') == Some(last.as_str())));
    again.then(|| tokens[s].range.start..tokens[k - 1].range.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The apposed name after the title phrase of the first `n` tokens, without tagged entities.
    fn holder(text: &str, n: usize) -> Option<String> {
        let tokens = marsad_text::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| if matches!(t.kind, TokenKind::Arabic | TokenKind::Punct) { search_key(&text[t.range.clone()]).into_owned() } else { String::new() }).collect();
        let ent_at = vec![None; tokens.len()];
        apposed_holder(text, &tokens, &keys, &ent_at, &[], 0, n).map(|r| text[r].to_string())
    }

    #[test]
    fn hashtag_and_hyphenated_names() {
        // وزيرة الخارجية، لي سون-هي، إثر wazīratu l-ḫārijiyya, Lī Sūn-Hī, iṯra "the foreign
        // minister, Lee Sun-hee, after" (invented)
        assert_eq!(holder("وزيرة الخارجية، لي سون-هي، إثر", 2).as_deref(), Some("لي سون-هي"));
        // وزير الداخلية، #كريم_النوري، الاثنين wazīru d-dāḫiliyya, #Karīm_an-Nūrī, al-iṯnayn "the
        // interior minister, #Karim_al-Nuri, on Monday" (invented)
        assert_eq!(holder("وزير الداخلية، #كريم_النوري، الاثنين", 2).as_deref(), Some("#كريم_النوري"));
        // وزير الداخلية، في بيان، wazīru d-dāḫiliyya, fī bayān "the interior minister, in a
        // statement," (invented): no name.
        assert_eq!(holder("وزير الداخلية، في بيان، إن", 2), None);
    }

    #[test]
    fn session39_addressee_known_as_and_title_complement() {
        // مستشار الشؤون الدينية في حاكمية كوغي، موسى ادريسو لوكالة الأنباء. وأضاف ادريسو
        // mustašāru š-šuʾūni d-dīniyya fī ḥākimiyyati Kōgī, Mūsā Idrīsū li-wakālati l-anbāʾ.
        // wa-aḍāfa Idrīsū "the religious affairs adviser in the Kogi government, Musa Idrisu, to
        // the news agency. Idrisu added" (invented): past the title's complement, closed by the
        // addressee, the last word named again.
        assert_eq!(holder("مستشار الشؤون الدينية في حاكمية كوغي، موسى ادريسو لوكالة الأنباء. وأضاف ادريسو", 3).as_deref(), Some("موسى ادريسو"));
        // The same without the later mention (invented): no article-level evidence, no name.
        assert_eq!(holder("مستشار الشؤون الدينية في حاكمية كوغي، موسى ادريسو لوكالة الأنباء.", 3), None);
        // قائدها، المعروف باسم أبو علي الكناني، لصحفيين qāʾiduhā, al-maʿrūfu bi-smi Abū ʿAlī
        // al-Kinānī, li-ṣaḥafiyyīn "its commander, known as Abu Ali al-Kinani, to journalists"
        // (invented): the name after المعروف باسم.
        assert_eq!(holder("قائدها، المعروف باسم أبو علي الكناني، لصحفيين", 1).as_deref(), Some("أبو علي الكناني"));
        // قائدها، المعروف بتشدده، لصحفيين "its commander, known for his hard line, to journalists"
        // (invented): no name.
        assert_eq!(holder("قائدها، المعروف بتشدده، لصحفيين", 1), None);
    }
}
