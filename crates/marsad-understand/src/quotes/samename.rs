//! (session 38, qname) One description, one person in an article: a speaker left named by a
//! description (وقال نائب وزير الخارجية wa-qāla nāʾibu wazīri l-ḫārijiyya "the deputy foreign
//! minister said") takes the person name another quote of the same article gave the same
//! description wording (يقول نائب وزير الخارجية … ⟶ NAME, named by the naming passes from the
//! article's lede or an apposition). A document-level pass, run by the engine after the naming
//! passes and the speaker ranker (pure: no I/O, no state); the speaker's mention span stays where it is, only the head
//! changes.
//!
//! * the description: the quote's head (else its mention), no person entity in it, a definite
//!   phrase ([`definite`]);
//! * the donors: other quotes whose speaker mention has the same words (search keys, و/ف
//!   "and" before ال dropped, punctuation ignored) and whose head is a person entity outside the
//!   mention;
//! * taken only when every donor's name has the same words (two persons called by one title
//!   in one article stay unnamed).

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Token, TokenKind};

use super::{Quote, SpeakerSource};

/// The words of `r` (search keys of its Arabic tokens; و/ف before ال dropped), or `None` when
/// it holds any other token kind than Arabic words and punctuation.
fn words(text: &str, tokens: &[Token], r: &Range<usize>) -> Option<Vec<String>> {
    let lo = tokens.partition_point(|t| t.range.start < r.start);
    let hi = lo + tokens[lo..].partition_point(|t| t.range.end <= r.end);
    let mut out = Vec::new();
    for t in &tokens[lo..hi] {
        match t.kind {
            TokenKind::Arabic => {
                let k = search_key(&text[t.range.clone()]).into_owned();
                let k = match k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
                    Some(rest) if rest.starts_with("ال") => rest.to_string(),
                    _ => k,
                };
                out.push(k);
            }
            TokenKind::Punct => {}
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether the words are a definite phrase: a word with the article ال before any preposition
/// (الوزير "the minister"; the construct chain نائب وزير الخارجية "the deputy foreign minister"),
/// never an indefinite one (مسؤول أمريكي "a US official", متحدث باسم الوزارة "a spokesman for
/// the ministry", مسؤول في الادارة "an official in the administration").
fn definite(words: &[String]) -> bool {
    for w in words {
        if matches!(w.as_str(), "في" | "من" | "عن" | "الي" | "علي" | "لدي" | "باسم" | "مع") || w.starts_with('ب') && w.len() > 2 && w[2..].starts_with("ال") {
            return false;
        }
        if w.starts_with("ال") {
            return true;
        }
    }
    false
}

/// Names the speakers left with a description by the person name another quote of the article
/// gave the same description wording (module docs). Pure.
pub fn name_repeated_descriptions(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    // (session 40, qdesc) a description and a name word first: the name then serves as a donor
    name_described_surnames(text, tokens, entities, quotes);
    name_latter(text, tokens, entities, quotes);
    let persons: Vec<&Range<usize>> = entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| &e.range).collect();
    let person = |r: &Range<usize>| persons.iter().any(|p| p.start < r.end && r.start < p.end);
    // (mention words, head range, head words) of every quote named by a person outside its mention
    let mut donors: Vec<(Vec<String>, Range<usize>, Vec<String>)> = Vec::new();
    for q in quotes.iter() {
        if q.speaker_source == SpeakerSource::Unknown {
            continue;
        }
        let (Some(sp), Some(h)) = (q.speaker.as_ref(), q.speaker_head.as_ref()) else { continue };
        if !person(h) || h.start < sp.end && sp.start < h.end || person(sp) {
            continue;
        }
        if let (Some(mw), Some(hw)) = (words(text, tokens, sp), words(text, tokens, h)) {
            donors.push((mw, h.clone(), hw));
        }
    }
    if donors.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        let Some(label) = super::naming::named_head(q) else { continue };
        if person(&label) {
            continue;
        }
        let Some(lw) = words(text, tokens, &label) else { continue };
        if !definite(&lw) {
            continue;
        }
        // (session 40, qdesc) a one-word definite description repeats the noun an indefinite
        // mention introduced (شاهدة عيان، تدعى NAME … الشاهدة "an eyewitness, called NAME … the
        // witness"): the donor's mention opens with the same word without the article.
        // Not an office title (الرئيس "the president" is no anaphor of رئيس وزراء …: the title
        // passes name those), the donor's next word no definite genitive.
        let anaphor = (lw.len() == 1).then(|| lw[0].strip_prefix("ال").filter(|r| r.chars().count() >= 3 && !super::coref::is_person_title(r))).flatten();
        let same = |mw: &Vec<String>| *mw == lw || anaphor.is_some_and(|a| mw.len() <= 2 && mw[0] == a && mw.get(1).is_none_or(|w| !w.starts_with("ال")));
        let mut found = donors.iter().filter(|(mw, _, _)| same(mw));
        let Some((_, r, hw)) = found.next() else { continue };
        if found.any(|(_, _, w)| w != hw) {
            continue;
        }
        q.speaker_head = Some(r.clone());
        q.note_rule("same-description");
    }
}

/// (session 40, qdesc) A speaker named by a description and a name word (السناتورة بلاك
/// as-sināṭūra Blāk "Senator Black", الشاب NAME aš-šābb "the young man NAME", الموظف الحكومي
/// NAME "the civil servant NAME") whose head kept the description: the description is one to
/// three definite words (ال), the name one or two words without the article, at least three
/// letters each. The head becomes the person the article names with those words (a person
/// entity containing them, more words than the name: فرانسيس بلاك), its earliest occurrence,
/// when the article's persons containing them have one wording; else the name words themselves
/// when the tagger read them as a person. Pure; the mention span stays where it is.
fn name_described_surnames(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    let persons: Vec<&Range<usize>> = entities.iter().filter(|e| e.kind == EntityType::Person).map(|e| &e.range).collect();
    if persons.is_empty() {
        return;
    }
    let mut person_words: Option<Vec<(Range<usize>, Vec<String>)>> = None;
    for q in quotes.iter_mut() {
        let Some(label) = super::naming::named_head(q) else { continue };
        let lo = tokens.partition_point(|t| t.range.start < label.start);
        let hi = tokens.partition_point(|t| t.range.end <= label.end);
        if hi < lo + 2 || hi > lo + 5 || tokens[lo..hi].iter().any(|t| t.kind != TokenKind::Arabic) {
            continue;
        }
        let keys: Vec<String> = tokens[lo..hi].iter().map(|t| search_key(&text[t.range.clone()]).into_owned()).collect();
        // (ال and two letters at least: والد wālid "father" is no و + ال)
        let definite = |k: &str| {
            let k = k.strip_prefix(['و', 'ف']).filter(|r| r.starts_with("ال")).unwrap_or(k);
            k.strip_prefix("ال").is_some_and(|r| r.chars().count() >= 2)
        };
        // written with ال (ألكسندر ʾAlīksandr, a name, reads as ال in its search key)
        let written = |t: &Token| {
            let w = &text[t.range.clone()];
            w.starts_with("ال") || w.starts_with("وال") || w.starts_with("فال")
        };
        let d = keys.iter().zip(&tokens[lo..hi]).take_while(|(k, t)| definite(k) && written(t)).count();
        let tail = &keys[d..];
        if d == 0 || d > 3 || tail.is_empty() || tail.len() > 2 || tail.iter().any(|k| definite(k) || k.chars().count() < 3) {
            continue;
        }
        let name = tokens[lo + d].range.start..tokens[hi - 1].range.end;
        let pw = person_words.get_or_insert_with(|| persons.iter().filter_map(|r| words(text, tokens, r).map(|w| ((*r).clone(), w))).collect());
        let fuller: Vec<&(Range<usize>, Vec<String>)> = pw.iter().filter(|(r, w)| (r.end <= label.start || label.end <= r.start) && w.len() > tail.len() && tail.iter().all(|k| w.contains(k))).collect();
        let mut wordings: Vec<&Vec<String>> = fuller.iter().map(|(_, w)| w).collect();
        wordings.sort();
        wordings.dedup();
        let head = if wordings.len() == 1 {
            fuller[0].0.clone()
        } else if wordings.is_empty() && persons.iter().any(|p| p.start <= name.start && name.end <= p.end) {
            name
        } else {
            continue;
        };
        q.speaker_head = Some(head);
        q.note_rule("described-name");
    }
}

/// (session 40, qdesc) الاخير al-aḫīr "the latter" as a speaker (بين الرئيس وزعيم كوريا NAME …
/// حيث قال الاخير "between the president and the Korean leader NAME …, where the latter said")
/// names the last person the article named before it: the nearest person entity ending before
/// the mention, at most forty tokens back, outside any quote's content (a name inside a
/// quotation is no antecedent of the narration). Masculine only: الاخيرة may be a country or a
/// body. Pure; the mention span stays where it is.
fn name_latter(text: &str, tokens: &[Token], entities: &[Entity], quotes: &mut [Quote]) {
    let contents: Vec<Range<usize>> = quotes.iter().map(|q| q.content.clone()).collect();
    for q in quotes.iter_mut() {
        let Some(label) = super::naming::named_head(q) else { continue };
        let Some(lw) = words(text, tokens, &label) else { continue };
        if lw.len() != 1 || lw[0] != "الاخير" {
            continue;
        }
        let lo = tokens.partition_point(|t| t.range.start < label.start);
        let from = tokens[lo.saturating_sub(40)].range.start;
        let inside = |r: &Range<usize>| contents.iter().any(|c| c.start <= r.start && r.end <= c.end);
        let Some(p) = entities.iter().filter(|e| e.kind == EntityType::Person && e.range.start >= from && e.range.end <= label.start && !inside(&e.range)).max_by_key(|e| e.range.end) else { continue };
        q.speaker_head = Some(p.range.clone());
        q.note_rule("latter");
    }
}
