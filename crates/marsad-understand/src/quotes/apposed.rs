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
    if first >= last_tok || !super::is_title_with_conj(&keys[first]) {
        return None;
    }
    let c = last_tok;
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
    // A tagged person: closed by a comma, a colon or a complementizer.
    if let Some(e) = ent_at[s].filter(|&e| entities[e].kind == EntityType::Person && entities[e].range.start == tokens[s].range.start) {
        let r = entities[e].range.clone();
        let after = tokens.partition_point(|t| t.range.start < r.end);
        return closed(after, true).then_some(r);
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
}
