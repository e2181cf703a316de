//! (session 38, `s38-qcarry5`) Carried speakers: a participle's own clause subject.
//!
//! A participle (قائلا qāʾilan "saying", مضيفا "adding") takes the subject of the clause it
//! belongs to: a person standing as the VSO subject of the verb opening that clause (after the
//! last quote of the sentence), across titles and a title's genitive body: وافتتح رئيس الاتحاد
//! NAME الاجتماع …، قائلا wa-ftataḥa raʾīsu l-ittiḥādi NAME al-ijtimāʿa …, qāʾilan "the
//! federation's president NAME opened the meeting …, saying" (NAME, not the federation); ورد
//! الرئيس NAME قائلا after a quote of another speaker in the same sentence.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::{Token, TokenKind};

use super::{coref, disagrees, ends_subject, in_set_with_conj, is_adverbial, is_comma, is_free_preposition, is_quote_close, is_quote_open, nisba_of_title, THAT_SET, TITLE_SET};

/// A preposition with a pronoun suffix between a verb and its subject (رد عليه الرئيس radda
/// ʿalayhi r-raʾīs "the president answered him"): the verb's complement, not the subject's
/// left edge.
fn is_pronoun_complement(key: &str) -> bool {
    matches!(key, "عليه" | "عليها" | "عليهم" | "له" | "لها" | "لهم" | "اليه" | "اليها" | "اليهم" | "عنه" | "عنها" | "معه" | "معها" | "منه" | "منها" | "فيه" | "فيها")
}

/// (session 45) A relative clause resuming the whole clause before it, opening at `c`: وهو
/// الأمر الذي wa-huwa l-amru llaḏī "which is the matter that", وهو ما / وهي ما wa-huwa mā "which
/// is what", الأمر الذي al-amru llaḏī "the matter that", followed by a reporting verb with a
/// resumptive complement (رد عليه radda ʿalayhi "answered it", علق عليه "commented on it"): the
/// antecedent is the verb's complement, so a person after them is the verb's subject. Returns
/// the index of the relative pronoun.
pub(super) fn resumptive_relative(keys: &[String], c: usize, end: usize) -> Option<usize> {
    let at = |k: usize| keys.get(k).filter(|_| k < end).map(String::as_str);
    let rel = match (at(c)?, at(c + 1), at(c + 2)) {
        ("وهو" | "وهي", Some("الامر"), Some("الذي")) => c + 2,
        ("وهو" | "وهي", Some("ما"), _) => c + 1,
        ("الامر", Some("الذي"), _) => c + 1,
        _ => return None,
    };
    (super::is_reporting_verb(at(rel + 1)?) && is_pronoun_complement(at(rel + 2)?)).then_some(rel)
}

/// The clause subject of the participle at `v` (`floor`: the first token after the last quote
/// of its sentence, or the sentence start): the first person after `floor` (and after the last
/// clause opener إذ، حيث، بينما، فيما) who stands as a VSO subject — a word that can be a verb,
/// opening its clause (at the clause start, after a comma or ثم/حيث/إذ, or with و/ف), precedes
/// it across title words, definite words, ل-genitives, commas, a body or place that is a
/// title's genitive and a preposition with a pronoun suffix — with no complementizer before it
/// and no quotation mark between it and the participle, and that does not disagree with the
/// participle in number or gender.
pub(super) fn participle_clause_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], floor: usize, v: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if floor >= v {
        return None;
    }
    let person = |k: usize| ent_at[k].filter(|&e| entities[e].kind == EntityType::Person);
    let clause = participle_clause_start(keys, floor, v);
    let verb_like = |k: usize| verb_like_at(text, tokens, keys, ent_at, k);
    let subject_at = |k: usize| {
        if person(k).is_none_or(|e| entities[e].range.start != tokens[k].range.start) {
            return false;
        }
        let mut b = k;
        let mut complement = false;
        while b > clause && b + 8 > k {
            let w = keys[b - 1].as_str();
            if tokens[b - 1].kind == TokenKind::Arabic && ent_at[b - 1].is_none() && (coref::is_person_title(w) || in_set_with_conj(w, &TITLE_SET).is_some() || w.starts_with("ال") || w.starts_with("لل")) || is_comma(w) {
                b -= 1;
            } else if b > clause + 1 && nisba_of_title(tokens, keys, ent_at, entities, b - 1) {
                // (session 44) a nisba adjective of the title (البرلماني المصري NAME "the
                // Egyptian MP NAME")
                b -= 1;
            } else if let Some(x) = ent_at[b - 1].filter(|&x| entities[x].kind != EntityType::Person && entities[x].range.end == tokens[b - 1].range.end) {
                // (a body or place as the genitive of a title: رئيس الاتحاد السويسري NAME
                // raʾīsu l-ittiḥādi s-suwīsrī NAME "the Swiss federation's president NAME")
                let f = tokens.partition_point(|t| t.range.start < entities[x].range.start);
                if f > clause && f < b && tokens[f - 1].kind == TokenKind::Arabic && (coref::is_person_title(&keys[f - 1]) || in_set_with_conj(&keys[f - 1], &TITLE_SET).is_some()) {
                    b = f;
                } else {
                    break;
                }
            } else if !complement && tokens[b - 1].kind == TokenKind::Arabic && is_pronoun_complement(w) {
                complement = true;
                b -= 1;
            } else {
                break;
            }
        }
        // (the verb opens its clause: the clause start, after a comma or ثم/حيث/إذ, or with و/ف;
        // after a noun it is an SVO verb with its own subject, الرئيس قد أقال NAME "the
        // president had dismissed NAME", or a relative clause's, البرنامج الذي تحدث عنه NAME
        // "the programme NAME spoke about")
        if b <= clause {
            return false;
        }
        // (session 45) the reporting verb of a relative clause resuming the clause before it
        // (وهو الأمر الذي رد عليه الرئيس NAME قائلا "which President NAME answered, saying"),
        // with its resumptive complement passed: the verb's subject
        if complement && b >= clause + 3 && (b.saturating_sub(4).max(clause)..b - 2).any(|o| resumptive_relative(keys, o, v) == Some(b - 2)) {
            return true;
        }
        let w = keys[b - 1].as_str();
        let opens = b - 1 == clause || is_comma(&keys[b - 2]) || matches!(keys[b - 2].as_str(), "ثم" | "حيث" | "اذ") || w.starts_with('و') || w.starts_with('ف');
        verb_like(b - 1) && opens && !w.starts_with('ب') && !w.starts_with('ل') && !w.ends_with("ات")
    };
    // (no complementizer between the clause start and the person: a subject inside a that-clause
    // is not the participle's)
    let that = |k: usize| (clause..k).any(|j| THAT_SET.contains(&keys[j]));
    let k = (clause..v).find(|&k| subject_at(k) && !that(k))?;
    // (no quotation between the person and the participle: the participle continues the
    // quotation's speaker)
    if (k..v).any(|j| {
        let s = &text[tokens[j].range.clone()];
        is_quote_open(s) || is_quote_close(s)
    }) {
        return None;
    }
    let e = person(k)?;
    let r = entities[e].range.clone();
    if disagrees(tokens, keys, ent_at, entities, &keys[v], &r) {
        return None;
    }
    Some((r.clone(), Some(r)))
}

/// Can token `k` be a finite verb opening a clause (no entity, article, ة, title, body noun,
/// adverbial, subject-ending word or preposition)? Shared by the participle finders.
fn verb_like_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], k: usize) -> bool {
    let w = keys[k].as_str();
    tokens[k].kind == TokenKind::Arabic
        && ent_at[k].is_none()
        && !w.starts_with("ال")
        && !w.starts_with("لل")
        && !text[tokens[k].range.clone()].ends_with('ة')
        && w.chars().count() >= 3
        && !coref::is_person_title(w)
        && !coref::is_body_noun(w)
        && in_set_with_conj(w, &TITLE_SET).is_none()
        && !is_adverbial(w)
        && !ends_subject(w)
        && !is_free_preposition(w)
}

/// The clause a participle at `v` belongs to starts after the last of اذ، حيث، بينما، فيما
/// (with or without و) since `floor`, or at `floor`.
fn participle_clause_start(keys: &[String], floor: usize, v: usize) -> usize {
    (floor..v).rev().find(|&k| matches!(keys[k].as_str(), "اذ" | "حيث" | "بينما" | "فيما" | "وبينما" | "وفيما")).map_or(floor, |k| k + 1)
}

/// (session 55, qcarry2) A participle's clause whose opening verb has a definite person title
/// with no name as its VSO subject: the title and its nisba adjectives speak, when the title
/// agrees with the participle (a title in ة for a feminine one): من جهته رأى الرئيس الفرنسي
/// بضرورة …، قائلا min jihatihi raʾā r-raʾīsu l-faransiyyu bi-ḍarūrati …, qāʾilan "for his part
/// the French president saw the need for …, saying" (the president, not the speaker of the
/// quote before). The verb opens its clause as in [`participle_clause_subject`], also after a
/// "for his part" phrase; the title must follow the verb directly, no name may follow the
/// title (the name finder's case), and no complementizer may stand between
/// the clause start and the participle's title, nor a quotation between the title and the
/// participle (a short quoted term is passed). The title's tokens.
pub(super) fn participle_title_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], floor: usize, v: usize) -> Option<Range<usize>> {
    if floor >= v {
        return None;
    }
    let g = super::verb_gender(&keys[v]);
    if !matches!(g, super::Gender::Masculine | super::Gender::Feminine) {
        return None;
    }
    let clause = participle_clause_start(keys, floor, v);
    let k = (clause + 1..v).find(|&k| {
        let w = keys[k].as_str();
        if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || !w.starts_with("ال") || !coref::is_person_title(w) {
            return false;
        }
        let verb = k - 1;
        let vw = keys[verb].as_str();
        let opens = verb == clause || (verb > clause && (is_comma(&keys[verb - 1]) || matches!(keys[verb - 1].as_str(), "ثم" | "حيث" | "اذ"))) || vw.starts_with('و') || vw.starts_with('ف') || super::side_phrase_before(keys, verb) == Some(clause);
        opens && verb_like_at(text, tokens, keys, ent_at, verb) && !vw.starts_with('ب') && !vw.starts_with('ل') && !vw.ends_with("ات")
    })?;
    if super::ta_title_gender(&coref::stem(&keys[k])) != g || (clause..k).any(|j| THAT_SET.contains(&keys[j])) {
        return None;
    }
    // the title's nisba adjectives (الكوري الشمالي "North Korean")
    let mut e = k;
    while e + 1 < v && e < k + 3 && tokens[e + 1].kind == TokenKind::Arabic && keys[e + 1].starts_with("ال") && super::naming::has_nisba_ending(&keys[e + 1]) && ent_at[e + 1].is_none_or(|x| entities[x].kind == EntityType::Nationality) && !coref::is_person_title(&keys[e + 1]) {
        e += 1;
    }
    if ent_at.get(e + 1).copied().flatten().is_some_and(|x| entities[x].kind == EntityType::Person) {
        return None;
    }
    // (a short quoted term between, بضرورة "احترام" الاتفاق "the need to 'respect' the
    // agreement", is passed; a longer quotation is a quote of its own)
    let mut j = v;
    while j > k {
        j -= 1;
        let s = &text[tokens[j].range.clone()];
        if is_quote_open(s) || is_quote_close(s) {
            j = super::short_quoted_run(text, tokens, keys, k + 1, j)?;
        }
    }
    Some(k..e + 1)
}

/// (session 45) The nearest organisation or place named before the feminine verb or participle
/// at `v`, after `floor` (the first token after the last quote of the sentence) and at most
/// twelve tokens back, for a verb that disagrees with the last speaker, a man: bodies and states
/// take feminine agreement (عقب استهداف إسرائيل مواقع قالت إنها ʿaqiba stihdāfi Isrāʾīla
/// mawāqiʿa qālat innahā "after Israel's strike on sites it said were"; سيدفع الصين إلى الرد
/// بعد أن توعدت "will push China to respond after it threatened"). Not a name that is the
/// complement of a preposition (في سوريا fī Sūriyā "in Syria"; لـX, بـX glued), and the scan
/// stops at a quotation mark, a complementizer or another reporting verb.
pub(super) fn feminine_actor_before(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], floor: usize, v: usize) -> Option<Range<usize>> {
    let mut k = v;
    while k > floor && k + 12 > v {
        k -= 1;
        let s = &text[tokens[k].range.clone()];
        if is_quote_open(s) || is_quote_close(s) || THAT_SET.contains(&keys[k]) || super::is_reporting_verb(&keys[k]) {
            return None;
        }
        let Some(e) = ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Organization | EntityType::Location)) else {
            continue;
        };
        let f = tokens.partition_point(|t| t.range.start < entities[e].range.start);
        if f >= tokens.len() || entities[e].range.start != tokens[f].range.start {
            // (a name glued to a proclitic preposition: لسوريا، بإسرائيل)
            k = f.min(k);
            continue;
        }
        if f > 0 && (is_free_preposition(&keys[f - 1]) || matches!(keys[f - 1].as_str(), "و" | "او")) {
            k = f;
            continue;
        }
        if f <= floor {
            return None;
        }
        return Some(entities[e].range.clone());
    }
    None
}

/// (session 49) The clause subject of the participle at `v` when it is a body named by an
/// untagged noun (see [`participle_clause_subject`] for persons): the clause opens its sentence
/// (`floor`, after و/قد) with a verb whose next word is a body noun with the article and its
/// nisba adjectives (وقد رفض الحزب الحاكم قرار المحكمة معتبرا wa-qad rafaḍa l-ḥizbu l-ḥākimu
/// qarāra l-maḥkama muʿtabiran "the ruling party rejected the court's ruling, holding"), with
/// no actor, quotation mark or complementizer between it and the participle.
pub(super) fn participle_body_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], floor: usize, v: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut p = floor;
    if p < v && matches!(keys[p].as_str(), "قد" | "وقد" | "لقد" | "ولقد") {
        p += 1;
    }
    let n = p + 1;
    if n + 1 >= v || n + 12 < v || tokens[p].kind != TokenKind::Arabic || ent_at[p].is_some() || keys[p].starts_with("ال") || super::is_reporting_verb(&keys[p]) || is_adverbial(&keys[p]) || ends_subject(&keys[p]) || is_free_preposition(&keys[p]) || coref::is_person_title(&keys[p]) || coref::is_body_noun(&keys[p]) {
        return None;
    }
    // (a body, not a document, a meeting or a group of sources: البيان، التقرير، المصادر)
    let document = matches!(coref::stem_cow(&keys[n]).as_ref(), "بيان" | "تقرير" | "وثيقه" | "رساله" | "اجتماع" | "مصادر" | "مصدر" | "شهود" | "موقع" | "مسيره");
    if tokens[n].kind != TokenKind::Arabic || ent_at[n].is_some() || !keys[n].starts_with("ال") || !coref::is_body_noun(&keys[n]) || document {
        return None;
    }
    // its adjectives: nisbas (الاسلامي، الفلسطينية) and the participles الحاكم al-ḥākim "ruling",
    // المعارض al-muʿāriḍ "opposition"
    let adjective = |w: &str| super::naming::has_nisba_ending(w) || matches!(w, "الحاكم" | "الحاكمه" | "المعارض" | "المعارضه");
    let mut e = n + 1;
    while e < v && e < n + 3 && tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && keys[e].starts_with("ال") && adjective(&keys[e]) && !super::is_relative_pronoun(&keys[e]) {
        e += 1;
    }
    if (e..v).any(|j| {
        let s = &text[tokens[j].range.clone()];
        ent_at[j].is_some_and(|x| matches!(entities[x].kind, EntityType::Person | EntityType::Organization)) || is_quote_open(s) || is_quote_close(s) || THAT_SET.contains(&keys[j]) || super::is_reporting_verb(&keys[j])
    }) {
        return None;
    }
    let r = tokens[n].range.start..tokens[e - 1].range.end;
    if disagrees(tokens, keys, ent_at, entities, &keys[v], &r) {
        return None;
    }
    Some((r, None))
}

/// (session 53) A headline line set into the body (the title of a related article, a "read
/// also" link: تيريزا ماي تخسر تصويتا حاسما في البرلمان tīrīzā māy taḫsaru taṣwītan ḥāsiman fī
/// l-barlamān "Theresa May loses a decisive vote in parliament"): sentence `si` is a line of at
/// most sixteen words, after a sentence that ends with a terminator, that itself ends at a line
/// break with a word (no full stop, question or exclamation mark, colon or closing quotation
/// mark). The narration it names is no topic of the paragraph after it.
pub(super) fn inserted_headline(text: &str, tokens: &[Token], sentences: &[marsad_text::Sentence], si: usize) -> bool {
    let Some(s) = sentences.get(si) else { return false };
    let (first, last) = (s.tokens.start, s.tokens.end);
    if si == 0 || first == 0 || last <= first || last - first > 16 {
        return false;
    }
    let word = |k: usize| matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Latin);
    let line_break = |from: usize, to: usize| text.get(from..to).is_some_and(|g| g.contains('\n'));
    let ends_line = tokens.get(last).is_none_or(|n| line_break(tokens[last - 1].range.end, n.range.start));
    let after_line = line_break(tokens[first - 1].range.end, tokens[first].range.start);
    let before = &sentences[si - 1];
    let terminated = before.tokens.end > before.tokens.start && {
        let t = &text[tokens[before.tokens.end - 1].range.clone()];
        t.ends_with('.') || matches!(t, "!" | "?" | "؟" | "\"" | "»" | "”")
    };
    word(last - 1) && ends_line && after_line && terminated && (first..last).filter(|&k| word(k)).count() >= 3
}

/// (session 55, `s55-qcarry`) The person a narration sentence introduces as the subject of the
/// و-verb opening it, when that verb's form shows the gender `g` (past masculine, or past
/// feminine in ـت): ووصفت مراسلة الإذاعة في باريس، NAME، … wa-waṣafat murāsilatu l-iḏāʿa fī
/// Bārīs, NAME "the radio's correspondent in Paris, NAME, described …"; واستبعد أستاذ الطب NAME
/// أن … "professor of medicine NAME ruled out that …". The subject runs from right after the
/// verb through title words, names of bodies and places, prepositions and commas up to the
/// first person, within twelve tokens; a body, place or other definite noun right after the
/// verb is the subject itself (the person after it is the object: وانتقدت الوزارة الرئيس NAME),
/// and a quotation mark, a reporting verb, a complementizer, a relative or a preposition of
/// the verb's complement (عن، على، إلى، مع، بالـ، للـ) ends the search. The caller
/// checks that the sentence holds no quote and that the person's gender, where the text shows
/// it, agrees.
pub(super) fn opening_verb_person(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: &Range<usize>, g: super::Gender) -> Option<Range<usize>> {
    let k = sentence.start;
    if k + 2 >= sentence.end || !super::clause_verb_like(tokens, keys, ent_at, k) {
        return None;
    }
    let bare = keys[k].strip_prefix('و').filter(|b| b.chars().count() >= 3)?;
    if bare.starts_with("ال") || is_free_preposition(bare) || super::is_reporting_verb(bare) || coref::is_person_title(bare) || coref::is_body_noun(bare) || is_adverbial(bare) || ends_subject(bare) || THAT_SET.contains(bare) {
        return None;
    }
    // the verb's own form: present and plural forms and nouns in ات say nothing
    let form = if bare.ends_with("وا") || bare.ends_with("ون") || bare.ends_with("ات") || bare.starts_with('ي') || bare.starts_with('ت') || bare.starts_with('ن') {
        return None;
    } else if bare.ends_with('ت') {
        super::Gender::Feminine
    } else {
        super::Gender::Masculine
    };
    if form != g {
        return None;
    }
    let first = k + 1;
    let person_at = |n: usize| ent_at[n].filter(|&e| entities[e].kind == EntityType::Person && entities[e].range.start == tokens[n].range.start);
    if ent_at[first].is_some_and(|e| entities[e].kind != EntityType::Person) || coref::is_body_noun(&keys[first]) || (keys[first].starts_with("ال") && !coref::is_person_title(&keys[first])) {
        return None;
    }
    for n in first..(first + 12).min(sentence.end) {
        if let Some(e) = person_at(n) {
            return Some(entities[e].range.clone());
        }
        let s = &keys[n];
        if tokens[n].kind != TokenKind::Arabic && !is_comma(s) {
            return None;
        }
        // (a preposition of the verb's complement, a relative or a pronoun ends the subject: في
        // fī "in" and من min "of" stay, inside a title's place or body)
        let object = s == "ضد" || s.starts_with("بال") || s.starts_with("لل") || (ends_subject(s) && !matches!(s.as_str(), "في" | "فى" | "من"));
        if object || super::is_reporting_verb(s) || THAT_SET.contains(s.as_str()) {
            return None;
        }
    }
    None
}
