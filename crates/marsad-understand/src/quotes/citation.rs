//! (session 33) The speaker's name in citation form: a derived label beside the byte ranges.
//!
//! The speaker is byte ranges into the article (`speaker`, `speaker_head`); where the article
//! writes the speaker in a case or possessive form, the text of the head is not the name an
//! analyst writes. [`citation_names`] fills [`Quote::speaker_name`] with the citation form, only
//! when it differs from the head text; the ranges stay as they are (they are the provenance).
//!
//! Arabic morphology only, no word lists:
//!
//! * indefinite accusative tanwin alef: مسؤولا أمنيا mas'ūlan amniyyan "a security official"
//!   (acc.) → مسؤول أمني; the stripped word must be a word of the clitic lexicon;
//! * oblique sound plural/dual: مسؤولين سويسريين mas'ūlīna "Swiss officials" (gen./acc.) →
//!   مسؤولون سويسريون (dual ـان when a dual pronoun ـهما follows the head), only when the
//!   lexicon knows the nominative ـون form and the word is no tagged name (الصين، حسين، فلسطين،
//!   اليمين keep their ين);
//! * a pronoun possessor spelled out: أنصاره anṣāruhu "his supporters" → أنصار + the nearest
//!   earlier person/organisation (the enclitic found by the clitic segmenter); a possessed sound
//!   plural in the construct state takes the nominative ـو at the head of the name (مؤيديه →
//!   مؤيدو NAME) and keeps ـي after a partitive (أحد موظفيه → أحد موظفي NAME);
//! * a preposition clitic on a tagged name: لراديو li-rādiyū "to Radio …" → راديو ….
//!
//! Unknown or doubtful: `None` (the head text stands). Pure: the lexicon is passed in.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::clitic::{fold_key, segment, SegmentKind};
use marsad_text::lexicon::CliticLexicon;
use marsad_text::{Token, TokenKind};

use super::Quote;

/// How often a word must occur in the lexicon's corpus to count as a known word.
const MIN_COUNT: u32 = 5;
/// How far back (bytes) the possessor of a pronoun enclitic is looked for.
const ANTECEDENT_WINDOW: usize = 1200;

/// Fills `speaker_name` of every quote whose head (else speaker mention) has a citation form
/// different from its text. Pure.
pub fn citation_names(text: &str, tokens: &[Token], entities: &[Entity], lexicon: &CliticLexicon, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        q.speaker_name = q.speaker_head.clone().or_else(|| q.speaker.clone()).and_then(|h| citation_name(text, tokens, entities, lexicon, h));
    }
}

/// The citation form of the speaker written at `head`, when it differs from the text there.
pub fn citation_name(text: &str, tokens: &[Token], entities: &[Entity], lexicon: &CliticLexicon, head: Range<usize>) -> Option<String> {
    let written = text.get(head.clone())?;
    // (tokens are in text order: a binary search, not a scan per quote)
    let from = tokens.partition_point(|t| t.range.start < head.start);
    let to = tokens.partition_point(|t| t.range.start < head.end);
    let toks: Vec<&Token> = tokens[from..to].iter().filter(|t| t.range.end <= head.end).collect();
    if toks.is_empty() {
        return None;
    }
    let ctx = Ctx { text, tokens, entities, lexicon };
    if let Some(label) = group_label(text, entities, head.clone()) {
        return (label != written).then_some(label);
    }
    let mut words: Vec<String> = toks.iter().map(|t| text[t.range.clone()].to_string()).collect();
    // the text between the words (spaces, hyphens), kept as written
    let gaps: Vec<&str> = toks.windows(2).map(|w| &text[w[0].range.end..w[1].range.start]).collect();
    let mut changed = false;
    if let Some(w) = ctx.preposition_off_name(toks[0]) {
        words[0] = w;
        changed = true;
    }
    if !changed {
        changed = ctx.nominative(&toks, &mut words, head.end);
    }
    if !changed {
        if let Some((i, stem, name)) = ctx.possessor(&toks, head.start) {
            words[i] = format!("{stem} {name}");
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    let mut out = String::with_capacity(written.len() + 16);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(gaps[i - 1]);
        }
        out.push_str(w);
    }
    let out = out.trim().to_string();
    (!out.is_empty() && out != written).then_some(out)
}

/// (session 34, rule 5) A head listing two or more actors of one kind with words between them
/// (بوتين، وولي عهد ابوظبي الشيخ NAME "Putin and the crown prince of Abu Dhabi, sheikh NAME",
/// the coordination a group description such as الجانبان al-jānibān "the two sides" is named
/// by): the members' names joined by و "and". `None` when the head holds fewer than two names,
/// names of different kinds, or nothing but و and commas between them (the text stands).
fn group_label(text: &str, entities: &[Entity], head: Range<usize>) -> Option<String> {
    let class = |k: EntityType| match k {
        EntityType::Person => Some(true),
        EntityType::Location | EntityType::Organization => Some(false),
        _ => None,
    };
    let members: Vec<&Entity> = entities.iter().filter(|e| head.start <= e.range.start && e.range.end <= head.end).collect();
    if members.len() < 2 {
        return None;
    }
    let kind = class(members[0].kind)?;
    if members.iter().any(|e| class(e.kind) != Some(kind)) {
        return None;
    }
    // the first member opens the head, the last closes it
    if text.get(head.start..members[0].range.start)?.trim().chars().any(char::is_alphabetic) || text.get(members[members.len() - 1].range.end..head.end)?.trim().chars().any(char::is_alphabetic) {
        return None;
    }
    let mut out = text.get(members[0].range.clone())?.trim().to_string();
    let mut extra = false;
    for w in members.windows(2) {
        let gap = text.get(w[0].range.end..w[1].range.start)?;
        let gap_words: Vec<&str> = gap.split(|c: char| !c.is_alphabetic()).filter(|x| !x.is_empty()).collect();
        // a gap of words with no و "and" is no list (NAME الرئيس NAME)
        if !gap_words.is_empty() && !gap_words[0].starts_with('و') {
            return None;
        }
        extra |= gap_words.iter().any(|x| *x != "و");
        let name = text.get(w[1].range.clone())?.trim();
        out.push_str(if gap_words.is_empty() { " " } else { " و" });
        out.push_str(name);
    }
    extra.then_some(out)
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    lexicon: &'a CliticLexicon,
}

impl Ctx<'_> {
    fn known(&self, word: &str) -> bool {
        let mut key = String::with_capacity(word.len());
        fold_key(word, &mut key) && self.lexicon.get(&key).is_some_and(|e| e.count >= MIN_COUNT)
    }

    /// Does the lexicon flag the word as a name from a gazetteer?
    fn name_word(&self, word: &str) -> bool {
        let mut key = String::with_capacity(word.len());
        fold_key(word, &mut key) && self.lexicon.get(&key).is_some_and(|e| e.is_name())
    }

    /// Is the token inside a tagged person, organisation or place name?
    fn in_name(&self, t: &Token) -> bool {
        self.entities.iter().any(|e| matches!(e.kind, EntityType::Person | EntityType::Organization | EntityType::Location) && e.range.start <= t.range.start && t.range.end <= e.range.end)
    }

    /// (rule 3) ل/ب on the first word of a tagged name: the name without it.
    fn preposition_off_name(&self, t: &Token) -> Option<String> {
        let w = &self.text[t.range.clone()];
        if t.kind != TokenKind::Arabic || !(w.starts_with('ل') || w.starts_with('ب')) {
            return None;
        }
        let covered = self.entities.iter().any(|e| e.range.start <= t.range.start && t.range.end <= e.range.end);
        if !covered {
            return None;
        }
        let mut segs = Vec::new();
        segment(w, t.range.start, self.lexicon, &mut segs);
        // ل/ب then the word itself (no article: للكرملين is a phrase, not a name)
        if segs.len() != 2 || segs[0].kind != SegmentKind::Preposition || segs[1].kind != SegmentKind::Stem {
            return None;
        }
        let rest = &self.text[segs[1].range.clone()];
        // the whole word is no word of its own (بسام bassām, a name, stays whole)
        let mut key = String::new();
        let whole_known = fold_key(w, &mut key) && self.lexicon.get(&key).is_some_and(|e| e.count >= MIN_COUNT || e.is_name());
        (!whole_known && rest.chars().count() >= 3 && self.known(rest)).then(|| rest.to_string())
    }

    /// (rules 1, 2) The nominative of an indefinite accusative or an oblique sound plural/dual
    /// head noun and its agreeing adjectives. Returns whether any word changed.
    fn nominative(&self, toks: &[&Token], words: &mut [String], head_end: usize) -> bool {
        let dual = self.dual_follows(head_end);
        let governed = self.governed_genitive(toks[0]);
        let mut changed = false;
        for (i, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Arabic || self.in_name(t) {
                break;
            }
            // a definite oblique plural right after a noun is that noun's genitive (كبار
            // المسؤولين kibāru l-mas'ūlīna "the senior officials"): written as it stands
            if i == 0 && governed && words[0].starts_with("ال") && words[0].ends_with("ين") {
                break;
            }
            if self.name_word(&words[i]) {
                break;
            }
            let Some(w) = nominative_word(&words[i], dual, i > 0, &|s: &str| self.known(s)) else { break };
            // a final ا before a bare noun is the construct dual, not tanwin (شاهدا عيان
            // šāhidā ʿiyān "two eyewitnesses"): doubtful, written as it stands
            if w.len() + 2 <= words[i].len() && !words[i].ends_with("ين") {
                if let Some(next) = words.get(i + 1) {
                    let next_tanwin = !next.starts_with("ال") && (next.ends_with('ا') || next.ends_with('\u{064B}'));
                    let mut k = String::new();
                    let prep = fold_key(next, &mut k) && (matches!(k.as_str(), "في" | "من" | "عن" | "علي" | "الي" | "مع" | "لدي") || k.starts_with('ب') || k.starts_with('ل'));
                    if !next_tanwin && !prep {
                        return false;
                    }
                }
            }
            words[i] = w;
            changed = true;
        }
        changed
    }

    /// Is the word before `t` a noun that may govern it as its genitive: an Arabic word without
    /// the article that is no preposition or clause particle (a closed class of function words)?
    fn governed_genitive(&self, t: &Token) -> bool {
        let Some(prev) = self.tokens.partition_point(|p| p.range.end <= t.range.start).checked_sub(1).map(|i| &self.tokens[i]) else { return false };
        if prev.kind != TokenKind::Arabic || prev.range.end + 1 < t.range.start {
            return false;
        }
        let mut k = String::new();
        if !fold_key(&self.text[prev.range.clone()], &mut k) || k.starts_with("ال") || k.starts_with("وال") {
            return false;
        }
        // prepositions and particles: عن ʿan "from", بحسب bi-ḥasab "according to", لكن lākin "but", ...
        !matches!(
            k.as_str(),
            "عن" | "من" | "الي" | "علي" | "في" | "لدي" | "مع" | "عند" | "بحسب" | "حسب" | "وفق" | "وفقا" | "بين" | "لكن" | "ولكن" | "ان" | "بان" | "وان" | "فان" | "ثم" | "بل"
        ) && !super::is_clause_particle(&k)
    }

    /// Does a dual pronoun (ـهما -humā) follow within a few words of the head?
    fn dual_follows(&self, head_end: usize) -> bool {
        let from = self.tokens.partition_point(|t| t.range.start < head_end);
        self.tokens[from..].iter().take(6).any(|t| self.text[t.range.clone()].ends_with("هما"))
    }

    /// (rule 4) The first word of the head (among its first three) carrying a pronoun
    /// enclitic ه/ها: its index, the possessed word without the enclitic, and the possessor's
    /// name (the nearest earlier person/organisation).
    fn possessor(&self, toks: &[&Token], head_start: usize) -> Option<(usize, String, String)> {
        for (i, t) in toks.iter().enumerate().take(3) {
            if t.kind != TokenKind::Arabic || self.in_name(t) {
                return None;
            }
            let w = &self.text[t.range.clone()];
            if !(w.ends_with('ه') || w.ends_with("ها")) {
                continue;
            }
            let mut segs = Vec::new();
            segment(w, t.range.start, self.lexicon, &mut segs);
            let last = segs.last()?;
            if last.kind != SegmentKind::Pronoun || segs.iter().any(|s| s.kind == SegmentKind::Article) {
                return None;
            }
            let pron = &self.text[last.range.clone()];
            if pron != "ه" && pron != "ها" {
                return None;
            }
            // the word as written up to the enclitic (a preposition ب of باسمه stays)
            let stem = &self.text[t.range.start..last.range.start];
            if stem.chars().count() < 2 {
                return None;
            }
            let partitive = i > 0 && {
                let prev = &self.text[toks[i - 1].range.clone()];
                let mut k = String::new();
                fold_key(prev, &mut k) && matches!(k.as_str(), "احد" | "احدي" | "بعض" | "كل")
            };
            let stem = construct_form(stem, i == 0 && !partitive, &|s: &str| self.known(s));
            let name = self.antecedent(head_start)?;
            return Some((i, stem, name));
        }
        None
    }

    /// The nearest person/organisation name ending before `at`, within the window.
    fn antecedent(&self, at: usize) -> Option<String> {
        let e = self.entities.iter().filter(|e| matches!(e.kind, EntityType::Person | EntityType::Organization) && e.range.end <= at && at - e.range.end <= ANTECEDENT_WINDOW).max_by_key(|e| e.range.end)?;
        let name = self.text.get(e.range.clone())?.trim();
        (!name.is_empty()).then(|| name.to_string())
    }
}

/// The nominative of one word in an indefinite accusative (tanwin alef) or an oblique sound
/// plural/dual (ـين), when `known` confirms the result; `None` otherwise.
fn nominative_word(w: &str, dual: bool, adjective: bool, known: &dyn Fn(&str) -> bool) -> Option<String> {
    // the letters of the word without the article, for the length guards
    let bare_len = |s: &str| s.strip_prefix("ال").unwrap_or(s).chars().filter(|c| !is_mark(*c)).count();
    // tanwin fatḥa alef: ـًا or a bare final ا, on an indefinite word
    if !w.starts_with("ال") {
        let s = w.strip_suffix('ا').map(|s| s.strip_suffix('\u{064B}').unwrap_or(s)).or_else(|| w.strip_suffix("\u{064B}ا").or_else(|| w.strip_suffix("ا\u{064B}")));
        if let Some(s) = s {
            // not after a long vowel, a hamza seat or ة (no tanwin alef is written there)
            let prev = s.chars().rev().find(|c| !is_mark(*c));
            // (a nisba ـيّا -iyyan is the doubled consonant ي: امنيا amniyyan → امني)
            // only on an adjective after the head noun: a head ending in ـيا is a place name
            // (روسيا rūsiyā "Russia"), never a noun in tanwin
            let nisba_ok = adjective || prev != Some('ي');
            if nisba_ok && bare_len(s) >= 3 && !matches!(prev, Some('ا' | 'و' | 'ى' | 'ة' | 'ء' | 'ئ')) && known(s) {
                return Some(s.to_string());
            }
        }
    }
    // oblique sound masculine plural / dual ـين
    let stem = w.strip_suffix("ين")?;
    if bare_len(stem) < 3 {
        return None;
    }
    let plural = format!("{stem}ون");
    let dual_form = format!("{stem}ان");
    let nisba = adjective && stem.ends_with('ي') && known(stem);
    if dual && (known(&dual_form) || nisba) {
        return Some(dual_form);
    }
    // an agreeing nisba adjective after the head noun: its singular ـي is a known word
    // (سويسريين suwīsriyyīna → سويسريون, singular سويسري)
    (known(&plural) || nisba).then_some(plural)
}

/// The possessed word in the construct state: a sound plural written with its oblique ـي
/// (مؤيدي) takes the nominative ـو at the head of the name (`nominative`), unless the ي is a
/// root letter of a defective participle (محامي muḥāmī "lawyer", قاضي: ا before the last
/// consonant); a feminine ـت before the enclitic is ة again (عائلتها → عائلة).
fn construct_form(stem: &str, nominative: bool, known: &dyn Fn(&str) -> bool) -> String {
    if let Some(x) = stem.strip_suffix('ت') {
        if known(&format!("{x}ة")) && !known(stem) {
            return format!("{x}ة");
        }
    }
    if nominative {
        if let Some(x) = stem.strip_suffix('ي') {
            let defective = x.chars().rev().nth(1) == Some('ا');
            if !defective && x.chars().count() >= 3 && known(&format!("{x}ون")) {
                return format!("{x}و");
            }
        }
    }
    stem.to_string()
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}')
}
