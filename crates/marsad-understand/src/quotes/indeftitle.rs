//! (session 39) Title and description speakers whose holder the article names in a shape the
//! other naming passes miss (docs/quotes.md, "Speaker names": a title mention is named after its
//! holder when the article names the holder anywhere):
//!
//! - a place phrase between the title and the name: القائم بالأعمال الأمريكي في أنقرة NAME
//!   "the American chargé d'affaires in Ankara NAME" (the mention stops before في);
//! - an apposition introduced by the pronoun هو/هي: زميل آخر له، هو NAME "another colleague of
//!   his, (that is) NAME" (the pronoun agrees with the title's gender);
//! - a definite construct title whose second term is the generic noun of an indefinite
//!   construct apposed to a name elsewhere: NAME، مدير شركة X … وأشار مدير الشركة "NAME, director
//!   of company X … the director of the company noted";
//! - an indefinite title with a nationality whose head noun and nationality come back in ONE
//!   named holder's definite title: قال متحدث عسكري ليبي … NAME، المتحدث باسم الجيش الليبي "a Libyan
//!   military spokesman said … NAME, the spokesman of the Libyan army".
//!
//! Precision guards: the mention is at most five words with no person or organisation entity
//! in it, opening with a person title (or one of a few role nouns); for the last two shapes the
//! title word is the same word (so the same gender), and the holder is taken only when the
//! article gives exactly one (persons grouped by their last word).

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::{Token, TokenKind};

use super::{coref, is_comma, naming, Quote};

/// Role nouns that introduce a person but are no office title (search keys, without ال):
/// القائم (بالأعمال) "the (chargé d'affaires)", زميل "colleague", صديق "friend".
const ROLE_NOUNS: &[&str] = &["قايم", "قايمه", "زميل", "زميله", "صديق", "صديقه"];

/// Names title speakers after the holder the article gives them in one of the shapes above.
pub(super) fn name_indefinite_titles(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let mut done: Vec<(Range<usize>, Option<Range<usize>>)> = Vec::new();
    for q in out.iter_mut() {
        let Some(m) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else { continue };
        let holder = match done.iter().find(|(r, _)| *r == m) {
            Some((_, h)) => h.clone(),
            None => {
                let h = holder_of(tokens, keys, ent_at, entities, m.clone());
                done.push((m, h.clone()));
                h
            }
        };
        if let Some(h) = holder {
            q.speaker_head = Some(h);
            q.note_rule("indef-title-holder");
        }
    }
}

/// The name starting at token `k`: a person entity, or two untagged name words closed by a
/// comma, a full stop or a complementizer (the tagger's miss: هو NAME1 NAME2، إن …).
fn person_at(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> Option<Range<usize>> {
    let e = ent_at.get(k).copied().flatten();
    if let Some(e) = e {
        return (entities[e].kind == EntityType::Person && entities[e].range.start == tokens[k].range.start).then(|| entities[e].range.clone());
    }
    let closed = |j: usize| keys.get(j).is_some_and(|w| is_comma(w) || w == "." || super::THAT_SET.contains(w));
    (k + 2 < tokens.len() && naming::untagged_name_word(tokens, keys, ent_at, k) && naming::untagged_name_word(tokens, keys, ent_at, k + 1) && closed(k + 2)).then(|| tokens[k].range.start..tokens[k + 1].range.end)
}

/// The name apposed before the title at token `k`: NAME، TITLE (a person entity, or two
/// untagged name words after a word that is no name word, construct noun or entity; a rank
/// before them is fine: العقيد NAME1 NAME2، المتحدث …).
fn apposed_before(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> Option<Range<usize>> {
    if k < 2 || !is_comma(&keys[k - 1]) {
        return None;
    }
    if let Some(e) = ent_at[k - 2] {
        return (entities[e].kind == EntityType::Person && entities[e].range.end == tokens[k - 2].range.end).then(|| entities[e].range.clone());
    }
    let name = |j: usize| naming::untagged_name_word(tokens, keys, ent_at, j);
    if k < 3 || !name(k - 2) || !name(k - 3) || (k >= 4 && (name(k - 4) || ent_at[k - 4].is_some() || coref::is_construct_title(&keys[k - 4]))) {
        return None;
    }
    Some(tokens[k - 3].range.start..tokens[k - 2].range.end)
}

fn holder_of(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], m: Range<usize>) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| t.range.start < m.start);
    let end = tokens.partition_point(|t| t.range.end <= m.end);
    if first >= end || end - first > 5 || (first..end).any(|k| tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some_and(|e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization))) {
        return None;
    }
    let head = coref::stem(&keys[first]);
    if !coref::is_person_title(&keys[first]) && !ROLE_NOUNS.contains(&head.as_str()) {
        return None;
    }
    let fem = head.ends_with('ه');
    after_mention(tokens, keys, ent_at, entities, end, fem)
        .or_else(|| construct_holder(tokens, keys, ent_at, entities, first, end))
        .or_else(|| nationality_holder(tokens, keys, ent_at, entities, first, end))
}

/// The name right after the mention (token `end`): after a place phrase (في PLACE NAME) or in
/// an apposition with the agreeing pronoun (له، هو NAME).
fn after_mention(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], end: usize, fem: bool) -> Option<Range<usize>> {
    let key = |k: usize| keys.get(k).map_or("", |s| s.as_str());
    if key(end) == "في" {
        let e = ent_at.get(end + 1).copied().flatten()?;
        if entities[e].kind != EntityType::Location || entities[e].range.start != tokens[end + 1].range.start {
            return None;
        }
        let after = tokens.partition_point(|t| t.range.start < entities[e].range.end);
        return person_at(tokens, keys, ent_at, entities, after);
    }
    let mut j = end;
    if matches!(key(j), "له" | "لها" | "منهم" | "منهن") {
        j += 1;
    }
    if is_comma(key(j)) {
        j += 1;
    }
    if key(j) != if fem { "هي" } else { "هو" } {
        return None;
    }
    person_at(tokens, keys, ent_at, entities, j + 1)
}

/// Exactly one holder among `found` (persons told apart by the last word of the name), the
/// longest mention.
fn one_holder(tokens: &[Token], keys: &[String], found: Vec<Range<usize>>) -> Option<Range<usize>> {
    let last = |h: &Range<usize>| tokens.partition_point(|t| t.range.end <= h.end).checked_sub(1).map(|k| keys[k].clone());
    let keyed: Option<Vec<(Range<usize>, String)>> = found.into_iter().map(|h| last(&h).map(|k| (h, k))).collect();
    super::one_person(keyed?)
}

/// A definite construct title TITLE ال+NOUN (NOUN a body noun: الشركة، الحزب) named after the
/// person the article apposes the indefinite TITLE NOUN … to (NAME، مدير شركة X).
fn construct_holder(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], first: usize, end: usize) -> Option<Range<usize>> {
    if end - first != 2 || keys[first].starts_with("ال") || coref::stem(&keys[first]) != keys[first] {
        return None;
    }
    let noun = keys[first + 1].strip_prefix("ال").filter(|r| r.chars().count() >= 3)?;
    if !coref::is_body_noun(noun) {
        return None;
    }
    let found: Vec<Range<usize>> = (2..tokens.len().saturating_sub(1))
        .filter(|&k| k != first && keys[k] == keys[first] && keys[k + 1] == noun)
        .filter_map(|k| apposed_before(tokens, keys, ent_at, entities, k))
        .collect();
    one_holder(tokens, keys, found)
}

/// An indefinite title with a nationality (متحدث عسكري ليبي) named after the person whose
/// definite title has the same head word and the same nationality within six words (NAME،
/// المتحدث باسم الجيش الليبي, or المتحدث … الليبي NAME).
fn nationality_holder(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], first: usize, end: usize) -> Option<Range<usize>> {
    if (first..end).any(|k| keys[k].starts_with("ال")) || coref::stem(&keys[first]) != keys[first] {
        return None;
    }
    let nat = ent_at[end - 1].filter(|&e| entities[e].kind == EntityType::Nationality).map(|_| coref::stem(&keys[end - 1]))?;
    let def = format!("ال{}", keys[first]);
    let mut found = Vec::new();
    for k in 0..tokens.len() {
        if coref::stem(&keys[k]) != keys[first] || !(keys[k] == def || keys[k] == format!("و{def}")) {
            continue;
        }
        let Some(j) = (k + 1..(k + 7).min(tokens.len())).take_while(|&j| tokens[j].kind == TokenKind::Arabic).find(|&j| keys[j].starts_with("ال") && coref::stem(&keys[j]) == nat) else { continue };
        if let Some(h) = apposed_before(tokens, keys, ent_at, entities, k).or_else(|| person_at(tokens, keys, ent_at, entities, j + 1)) {
            found.push(h);
        }
    }
    one_holder(tokens, keys, found)
}

#[cfg(test)]
mod tests {
    // Session 39: the untagged holders, read without any tagger (the shipped tagger marks the
    // invented names of the integration tests); only the nationality is given as an entity.
    use super::*;
    use marsad_text::normalize::search_key;

    /// The holder named for the mention `mention` (its first occurrence after `from`).
    fn holder(text: &str, from: &str, mention: &str, nationality: Option<&str>) -> Option<String> {
        let tokens = marsad_text::token::tokenize(text);
        let keys: Vec<String> = tokens.iter().map(|t| search_key(&text[t.range.clone()]).into_owned()).collect();
        let base = text.find(from).unwrap();
        let start = base + text[base..].find(mention).unwrap();
        let entities: Vec<Entity> = nationality
            .map(|n| {
                let s = start + text[start..].find(n).unwrap();
                Entity { range: s..s + n.len(), kind: EntityType::Nationality, country: None }
            })
            .into_iter()
            .collect();
        let ent_at = super::super::entity_index(&tokens, &entities);
        holder_of(&tokens, &keys, &ent_at, &entities, start..start + mention.len()).map(|r| text[r].to_string())
    }

    #[test]
    fn session39_a_definite_construct_title_is_named_by_its_one_indefinite_apposition() {
        // نقلت الصحيفة عن زوريك بلافين، مدير شركة للطاقة، قوله إن الأسعار سترتفع. وأضاف مدير
        // الشركة أن الطلب كبير. naqalati ṣ-ṣaḥīfatu ʿan Zūrīk Blāfīn, mudīri šarikatin li-ṭ-ṭāqa,
        // qawlahu inna l-asʿāra sa-tartafiʿ. wa-aḍāfa mudīru š-šarika anna ṭ-ṭalaba kabīr "the paper
        // quoted Zurik Blafin, director of an energy company, saying that prices will rise. The
        // director of the company added that demand is high" (invented).
        let text = "نقلت الصحيفة عن زوريك بلافين، مدير شركة للطاقة، قوله إن الأسعار سترتفع. وأضاف مدير الشركة أن الطلب كبير.";
        assert_eq!(holder(text, "وأضاف", "مدير الشركة", None).as_deref(), Some("زوريك بلافين"));
        // A second director of a company apposed to another name (… والتقت دوريب كاسوفين، مدير
        // شركة للنقل "and met Dorib Kasufin, director of a transport company"): two holders, none
        // taken (invented).
        let text = "نقلت الصحيفة عن زوريك بلافين، مدير شركة للطاقة، قوله إن الأسعار سترتفع. والتقت دوريب كاسوفين، مدير شركة للنقل. وأضاف مدير الشركة أن الطلب كبير.";
        assert_eq!(holder(text, "وأضاف", "مدير الشركة", None), None);
    }

    #[test]
    fn session39_an_indefinite_title_with_a_nationality_is_named_by_the_one_definite_holder() {
        // قال متحدث عسكري مصري إن الهجوم فشل. ونشر العقيد زوريك بلافين، المتحدث باسم الجيش المصري،
        // صورا للموقع. qāla mutaḥaddiṯun ʿaskariyyun miṣriyyun inna l-hujūma fašal. wa-našara
        // l-ʿaqīdu Zūrīk Blāfīn, al-mutaḥaddiṯu bi-smi l-jayši l-miṣrī, ṣuwaran li-l-mawqiʿ "an
        // Egyptian military spokesman said that the attack failed. Colonel Zurik Blafin, the
        // spokesman of the Egyptian army, posted pictures of the site" (invented).
        let text = "قال متحدث عسكري مصري إن الهجوم فشل. ونشر العقيد زوريك بلافين، المتحدث باسم الجيش المصري، صورا للموقع.";
        assert_eq!(holder(text, "قال", "متحدث عسكري مصري", Some("مصري")).as_deref(), Some("زوريك بلافين"));
        // The spokesman of another country's army (الجيش الليبي "the Libyan army"): none (invented).
        let text = "قال متحدث عسكري مصري إن الهجوم فشل. ونشر العقيد زوريك بلافين، المتحدث باسم الجيش الليبي، صورا للموقع.";
        assert_eq!(holder(text, "قال", "متحدث عسكري مصري", Some("مصري")), None);
    }
}
