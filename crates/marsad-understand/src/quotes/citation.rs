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

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::clitic::{fold_key, segment, SegmentKind};
use marsad_text::lexicon::CliticLexicon;
use marsad_text::{Token, TokenKind};

use super::quantity::{quantity, Quantity};
use super::Quote;

/// How often a word must occur in the lexicon's corpus to count as a known word.
const MIN_COUNT: u32 = 5;
/// How far back (bytes) the possessor of a pronoun enclitic is looked for.
const ANTECEDENT_WINDOW: usize = 1200;

/// Fills `speaker_name` of every quote whose head (else speaker mention) has a citation form
/// different from its text. Pure.
pub fn citation_names(text: &str, tokens: &[Token], entities: &[Entity], lexicon: &CliticLexicon, quotes: &mut [Quote]) {
    // (session 34) the article's spellings and declared aliases, built once per article
    let mut referents: Option<Referents> = None;
    // (session 35) both forms depend only on the label: computed once per distinct label, so a
    // long document repeating one speaker does not rescan the article per quote
    let mut standard: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut fuller: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut majority: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut bodies: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut spacing: FxHashMap<String, Option<String>> = FxHashMap::default();
    // (session 36, qperf) the entities indexed once, so no quote scans them all
    let ix = EntityIndex::new(entities);
    for q in quotes.iter_mut() {
        let Some(head) = q.speaker_head.clone().or_else(|| q.speaker.clone()) else {
            q.speaker_name = None;
            continue;
        };
        let cited = citation_name_in(text, tokens, entities, &ix, lexicon, head.clone());
        let written = text.get(head.clone()).unwrap_or("").trim();
        let label = cited.as_deref().unwrap_or(written);
        let refs = referents.get_or_insert_with(|| Referents::new(text, tokens, entities, lexicon));
        let standard_form = standard.entry(label.to_string()).or_insert_with(|| refs.standard_form(label)).clone();
        q.speaker_name = match standard_form {
            Some(s) if s != written => Some(s),
            _ => cited,
        };
        // (session 47, qvariant) a state institution named two ways (حكومة فنزويلا / الحكومة
        // الفنزويلية): the article's commoner designation
        let label = q.speaker_name.clone().unwrap_or_else(|| written.to_string());
        if let Some(b) = bodies.entry(label.clone()).or_insert_with(|| refs.state_body_form(&label)).clone() {
            q.speaker_name = (b != written).then_some(b);
            continue;
        }
        // (session 36) الـX نفسها "the same X" spells out the article's earlier mention of X
        if let Some(f) = refs.same_referent(q.speaker_name.as_deref().unwrap_or(written), head.start) {
            q.speaker_name = Some(f);
            continue;
        }
        // (session 35) a short definite body or group head takes the article's fuller mention
        let label = q.speaker_name.clone().unwrap_or_else(|| written.to_string());
        let tagged = ix.not_nationality.contains(&head);
        if !tagged {
            if let Some(f) = fuller.entry(label.clone()).or_insert_with(|| refs.fuller_form(&label).or_else(|| refs.construct_tail(&label))).clone() {
                if f != written {
                    q.speaker_name = Some(f);
                }
            }
        }
        // (session 41, qspell) each name word in the article's most frequent spelling
        let label = q.speaker_name.clone().unwrap_or_else(|| written.to_string());
        if let Some(m) = majority.entry(label.clone()).or_insert_with(|| refs.majority_form(&label)).clone() {
            q.speaker_name = (m != written).then_some(m);
        }
        // (session 48, qvariant) a Latin name word written joined and split (Firepower / Fire
        // Power): the article's commoner writing, the first mention's on a tie
        let label = q.speaker_name.clone().unwrap_or_else(|| written.to_string());
        if let Some(s) = spacing.entry(label.clone()).or_insert_with(|| refs.latin_spacing_form(&label)).clone() {
            q.speaker_name = (s != written).then_some(s);
        }
        // (session 48, qdoc) a detached لـ joined to its word
        let label = q.speaker_name.as_deref().unwrap_or(written);
        if let Some(j) = join_detached_li(label) {
            q.speaker_name = Some(j);
        }
    }
}

/// (session 48, qdoc) A name with a detached preposition لـ li- "of" (written with a tatweel)
/// before a hashtag or a word, in its citation form: the preposition joined to the word, ل + ال
/// written لل (المركز الاعلامي لـ #الجيش_اليمني → المركز الاعلامي للجيش اليمني "the media
/// centre of the Yemeni army"), the hashtag's underscores as spaces. `None` when there is none.
fn join_detached_li(name: &str) -> Option<String> {
    const TATWEEL: char = '\u{0640}';
    let words: Vec<&str> = name.split(' ').collect();
    let at = words.iter().position(|w| w.starts_with('ل') && w.len() > 'ل'.len_utf8() && w['ل'.len_utf8()..].chars().all(|c| c == TATWEEL))?;
    let next = words.get(at + 1)?.trim_start_matches('#');
    if next.is_empty() || !next.chars().next().is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return None;
    }
    let joined = match next.strip_prefix("ال") {
        Some(rest) => format!("لل{rest}"),
        None => format!("ل{next}"),
    };
    let mut out: Vec<String> = words[..at].iter().map(|w| w.to_string()).collect();
    out.push(joined.replace('_', " "));
    out.extend(words[at + 2..].iter().map(|w| w.to_string()));
    Some(out.join(" "))
}

/// The citation form of the speaker written at `head`, when it differs from the text there.
pub fn citation_name(text: &str, tokens: &[Token], entities: &[Entity], lexicon: &CliticLexicon, head: Range<usize>) -> Option<String> {
    citation_name_in(text, tokens, entities, &EntityIndex::new(entities), lexicon, head)
}

/// (session 36, qperf) The entities of an article indexed for the per-quote look-ups: which
/// entities contain a range (all, person/organisation/place, all but nationalities), the
/// entities by start, and the person/organisation entities by end. Binary searches where a
/// scan of every entity per quote made long documents quadratic; the answers are the scans'.
struct EntityIndex {
    all: SpanIndex,
    named: SpanIndex,
    not_nationality: SpanIndex,
    /// (start, index) of every entity, sorted
    by_start: Vec<(usize, usize)>,
    /// (end, index) of the person and organisation entities, sorted
    antecedents: Vec<(usize, usize)>,
}

impl EntityIndex {
    fn new(entities: &[Entity]) -> Self {
        let named = |k: EntityType| matches!(k, EntityType::Person | EntityType::Organization | EntityType::Location);
        let mut by_start: Vec<(usize, usize)> = entities.iter().enumerate().map(|(i, e)| (e.range.start, i)).collect();
        by_start.sort_unstable();
        let mut antecedents: Vec<(usize, usize)> = entities.iter().enumerate().filter(|(_, e)| matches!(e.kind, EntityType::Person | EntityType::Organization)).map(|(i, e)| (e.range.end, i)).collect();
        antecedents.sort_unstable();
        EntityIndex {
            all: SpanIndex::new(entities.iter()),
            named: SpanIndex::new(entities.iter().filter(|e| named(e.kind))),
            not_nationality: SpanIndex::new(entities.iter().filter(|e| e.kind != EntityType::Nationality)),
            by_start,
            antecedents,
        }
    }

    /// The entities inside `r`, in their order in the list.
    fn inside<'e>(&self, entities: &'e [Entity], r: &Range<usize>) -> Vec<&'e Entity> {
        let from = self.by_start.partition_point(|&(s, _)| s < r.start);
        let mut idx: Vec<usize> = self.by_start[from..].iter().take_while(|&&(s, _)| s <= r.end).map(|&(_, i)| i).filter(|&i| entities[i].range.end <= r.end).collect();
        idx.sort_unstable();
        idx.into_iter().map(|i| &entities[i]).collect()
    }
}

/// Ranges sorted by start with the running maximum of their ends: whether some range contains or
/// overlaps a given one by a binary search, not a scan per quote (quadratic on long documents).
pub(super) struct SpanIndex {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SpanIndex {
    pub(super) fn new<'e>(entities: impl Iterator<Item = &'e Entity>) -> Self {
        let mut r: Vec<(usize, usize)> = entities.map(|e| (e.range.start, e.range.end)).collect();
        r.sort_unstable();
        let mut m = 0;
        let max_end = r.iter().map(|&(_, e)| {
            m = m.max(e);
            m
        });
        let max_end = max_end.collect();
        SpanIndex { starts: r.iter().map(|x| x.0).collect(), max_end }
    }

    /// Some range starts at or before `r` starts and ends at or after it ends.
    fn contains(&self, r: &Range<usize>) -> bool {
        let k = self.starts.partition_point(|&s| s <= r.start);
        k > 0 && self.max_end[k - 1] >= r.end
    }

    /// Some range overlaps `r` (starts before its end, ends after its start).
    pub(super) fn overlaps(&self, r: &Range<usize>) -> bool {
        let k = self.starts.partition_point(|&s| s < r.end);
        k > 0 && self.max_end[k - 1] > r.start
    }
}

/// Where a speaker head starts in its first token: at the token's start, or inside it after a
/// proclitic preposition (لمسؤولي li-masʾūlī "of the officials", the head at مسؤولي).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HeadOpening {
    AtToken,
    AfterProclitic,
}

fn citation_name_in(text: &str, tokens: &[Token], entities: &[Entity], ix: &EntityIndex, lexicon: &CliticLexicon, head: Range<usize>) -> Option<String> {
    let written = text.get(head.clone())?;
    // (tokens are in text order: a binary search, not a scan per quote)
    // (session 49, qvariant) a head opening inside a token, after a proclitic preposition
    // (لمسؤولي الكنيسة li-masʾūlī l-kanīsa "of the church officials", the head at مسؤولي): that
    // token too, its word the part inside the head (`HeadOpening::AfterProclitic`)
    let from = tokens.partition_point(|t| t.range.end <= head.start);
    let to = tokens.partition_point(|t| t.range.start < head.end);
    let toks: Vec<&Token> = tokens[from..to].iter().filter(|t| t.range.end <= head.end).collect();
    if toks.is_empty() {
        return None;
    }
    let opening = if toks[0].range.start < head.start && toks[0].kind == TokenKind::Arabic && text.is_char_boundary(head.start) {
        HeadOpening::AfterProclitic
    } else {
        HeadOpening::AtToken
    };
    let toks: Vec<&Token> = if toks[0].range.start < head.start && opening == HeadOpening::AtToken { toks[1..].to_vec() } else { toks };
    if toks.is_empty() {
        return None;
    }
    // (session 44, qtitle) a speaker written as one hashtag of Arabic words joined by
    // underscores (#NAME_NAME, a title holder's name) reads as its words with spaces, without
    // the sign
    if let [t] = toks.as_slice() {
        if let Some(words) = (t.kind == TokenKind::Hashtag).then(|| super::titleholder::hashtag_words(&text[t.range.clone()])).flatten() {
            return Some(words.join(" "));
        }
    }
    if let [t] = toks.as_slice() {
        if let Some(name) = glued_complementizer(text, t, entities) {
            return Some(name);
        }
    }
    let ctx = Ctx { text, tokens, entities, ix, lexicon };
    if let [t] = toks.as_slice() {
        if let Some(name) = ctx.one_of_them(t) {
            return Some(name);
        }
    }
    if let Some(label) = group_label(text, &ix.inside(entities, &head), head.clone()) {
        return (label != written).then_some(label);
    }
    let mut words: Vec<String> = toks.iter().map(|t| text[t.range.start.max(head.start)..t.range.end].to_string()).collect();
    // the text between the words (spaces, hyphens), kept as written
    let gaps: Vec<&str> = toks.windows(2).map(|w| &text[w[0].range.end..w[1].range.start]).collect();
    let mut changed = false;
    if let Some(w) = (opening == HeadOpening::AtToken).then(|| ctx.preposition_off_name(toks[0])).flatten() {
        words[0] = w;
        changed = true;
    } else if let Some(w) = li_article_restored(toks[0], &words[0]) {
        words[0] = w;
        changed = true;
    }
    if !changed {
        changed = ctx.nominative(&toks, &mut words, head.end, opening);
    }
    if !changed {
        // (a cut first token is passed over, as before session 49)
        let skip = usize::from(opening == HeadOpening::AfterProclitic);
        if let Some((i, stem, name)) = ctx.possessor(&toks[skip..], head.start) {
            words[i + skip] = format!("{stem} {name}");
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

/// (session 46, qvariant) A one-word head that is a person's name word with the complementizer
/// إن/أن ʾinna/ʾanna "that" glued on by a missing space (هيراسإن for هيراس إن "Heras: that"): the
/// name the article writes, the one person name of two to four words ending in that word
/// (نيكولاس هيراس), else the word alone. Only a hamza-seated إن/أن (a name may end in bare ان:
/// عثمان), the word at least three letters and a word of a person name the tagger found
/// elsewhere (the tagger may take the glued token for a name of its own).
fn glued_complementizer(text: &str, t: &Token, entities: &[Entity]) -> Option<String> {
    if t.kind != TokenKind::Arabic {
        return None;
    }
    let w = text.get(t.range.clone())?;
    let stem = w.strip_suffix("إن").or_else(|| w.strip_suffix("أن"))?;
    if stem.chars().filter(|c| !is_mark(*c)).count() < 3 {
        return None;
    }
    let k = key(stem)?;
    let mut word = false;
    let mut full: Option<&str> = None;
    for e in entities.iter().filter(|e| e.kind == EntityType::Person) {
        let Some(name) = text.get(e.range.clone()) else { continue };
        let parts: Vec<&str> = name.split_whitespace().collect();
        let Some(at) = parts.iter().position(|p| key(p).as_deref() == Some(k.as_str())) else { continue };
        word = true;
        if at + 1 == parts.len() && (2..=4).contains(&parts.len()) {
            match full {
                Some(f) if f != name.trim() => return Some(stem.to_string()),
                _ => full = Some(name.trim()),
            }
        }
    }
    word.then(|| full.unwrap_or(stem).to_string())
}

/// (session 35) A head whose first word is لـ li- "of" fused with the article (للكرملين
/// li-l-kremlin "of the Kremlin", للرئاسة الفرنسية li-r-riʾāsa l-faransiyya "of the French
/// presidency"; the issuer of بيان للكرملين "a statement of the Kremlin", set by the naming
/// pass): the word with its article restored, ال + the rest (the written لل has lost the
/// article's alif). Only a word of at least three letters after لل; لله "to God" and short
/// words stay.
fn li_article_restored(t: &Token, word: &str) -> Option<String> {
    if t.kind != TokenKind::Arabic {
        return None;
    }
    let rest = word.strip_prefix("لل")?;
    (rest.chars().filter(|c| c.is_alphabetic()).count() >= 3).then(|| format!("ال{rest}"))
}

/// (session 34, rule 5) A head listing two or more actors of one kind with words between them
/// (بوتين، وولي عهد ابوظبي الشيخ NAME "Putin and the crown prince of Abu Dhabi, sheikh NAME",
/// the coordination a group description such as الجانبان al-jānibān "the two sides" is named
/// by): the members' names joined by و "and". `None` when the head holds fewer than two names,
/// names of different kinds, or nothing but و and commas between them (the text stands).
fn group_label(text: &str, members: &[&Entity], head: Range<usize>) -> Option<String> {
    let class = |k: EntityType| match k {
        EntityType::Person => Some(true),
        EntityType::Location | EntityType::Organization => Some(false),
        _ => None,
    };
    // (the entities inside the head, in list order)
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
    ix: &'a EntityIndex,
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
        self.ix.named.contains(&t.range)
    }

    /// (rule 3) ل/ب on the first word of a tagged name: the name without it.
    fn preposition_off_name(&self, t: &Token) -> Option<String> {
        let w = &self.text[t.range.clone()];
        if t.kind != TokenKind::Arabic || !(w.starts_with('ل') || w.starts_with('ب')) {
            return None;
        }
        let covered = self.ix.all.contains(&t.range);
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
        // (session 41, qspell) ل then a bare alef (no hamza seat): a name opening with la-
        // (لايلا lāylā "Layla", a rare spelling) rather than li- + a name the lexicon knows
        // (ايلا "Ella"); the preposition before a name written with hamza keeps it (لإيلا)
        if w.starts_with('ل') && rest.starts_with('ا') && self.name_word(rest) {
            return None;
        }
        (!whole_known && rest.chars().count() >= 3 && self.known(rest)).then(|| rest.to_string())
    }

    /// (rules 1, 2) The nominative of an indefinite accusative or an oblique sound plural/dual
    /// head noun and its agreeing adjectives. Returns whether any word changed. With
    /// `HeadOpening::AfterProclitic` the first token's proclitic preposition lies before the head
    /// (the preposition governs the word, no noun does).
    fn nominative(&self, toks: &[&Token], words: &mut [String], head_end: usize, opening: HeadOpening) -> bool {
        let dual = self.dual_follows(head_end);
        // (session 37) a quotation mark opening the head ("كثيرين" "many") is skipped
        let first = toks.iter().position(|t| t.kind != TokenKind::Punct).unwrap_or(0);
        let governed = opening == HeadOpening::AtToken && self.governed_genitive(toks[first]);
        let mut changed = false;
        // (session 37) a first word with no case ending of its own (a broken plural: الزعماء
        // az-zuʿamāʾ "the leaders", خبراء) whose agreeing adjective is written oblique
        let mut bare_head = false;
        for (i, t) in toks.iter().enumerate() {
            if i < first {
                continue;
            }
            if t.kind != TokenKind::Arabic || self.in_name(t) {
                break;
            }
            // a definite oblique plural right after a noun is that noun's genitive (كبار
            // المسؤولين kibāru l-mas'ūlīna "the senior officials"): written as it stands
            // (session 50, qvariant) only after a quantity noun, which is part of the name
            // (كبار، بعض، معظم); after any other noun the plural names the people themselves
            // (غضب المصريين ġaḍabu l-miṣriyyīna "the anger of the Egyptians" → المصريون)
            if i == first && governed && words[i].starts_with("ال") && words[i].ends_with("ين") && self.after_quantity_noun(toks[first]) {
                break;
            }
            // (session 49, qvariant) an indefinite sound plural in the oblique construct ـي -ī
            // opening the head before its genitive (مسؤولي الكنيسة masʾūlī l-kanīsa "the church
            // officials"): the nominative construct ـو (مسؤولو الكنيسة), the genitive as written
            if i == first && !governed && !dual && i + 1 < toks.len() {
                if let Some(w) = self.oblique_construct(&words[i], toks[i + 1], &words[i + 1]) {
                    words[i] = w;
                    changed = true;
                    break;
                }
            }
            // (session 49, qvariant) a sound plural coordinated with the broken plural head
            // (نشطاء وسياسيون سوريين nušaṭāʾ wa-siyāsiyyūna sūriyyīna "Syrian activists and
            // politicians"): already nominative, its adjectives agree with the whole head
            if bare_head && i > first && self.coordinated_plural(&words[i]) {
                continue;
            }
            if self.name_word(&words[i]) {
                break;
            }
            if bare_head && !agreeing_oblique(&words[first], &words[i], &|s: &str| self.known(s)) {
                break;
            }
            // (session 48, qvariant) a plural construct ـو -ū with no genitive after it (the head's
            // last word before punctuation or the end: بحسب ما أعلن دبلوماسيو. "as diplomats
            // announced"): the nominative plural with its ـون, the ن dropped by a typo
            if i + 1 == toks.len() && self.dropped_nun(&words[i], head_end) {
                words[i].push('\u{0646}');
                changed = true;
                continue;
            }
            let Some(w) = nominative_word(&words[i], dual, i > first, &|s: &str| self.known(s)) else {
                if i == first && i + 1 < toks.len() && broken_plural_shape(&words[i]) {
                    bare_head = true;
                    continue;
                }
                break;
            };
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

    /// (session 48, qvariant) Does `w`, the head's last word, end in the construct ـو of a sound
    /// plural whose ـون form the lexicon knows, with punctuation or the end of the text after
    /// the head (a construct needs its genitive next: مسؤولو الوزارة keeps its ـو)? Indefinite,
    /// four letters or more before the و, not after another long vowel.
    fn dropped_nun(&self, w: &str, head_end: usize) -> bool {
        let Some(stem) = w.strip_suffix('\u{0648}') else { return false };
        if w.starts_with("ال") || stem.chars().filter(|c| !is_mark(*c)).count() < 4 || stem.ends_with(['ا', 'و']) {
            return false;
        }
        let next = self.tokens.partition_point(|t| t.range.start < head_end);
        let closed = self.tokens.get(next).is_none_or(|t| t.kind == TokenKind::Punct && !self.text[t.range.clone()].starts_with(['"', '«', '(', '“']));
        closed && self.known(&format!("{w}\u{0646}"))
    }

    /// (session 49, qvariant) The nominative construct ـو of `w`, an indefinite sound plural in
    /// the oblique construct ـي (مسؤولي → مسؤولو, ممثلي → ممثلو), when the next word (`next`,
    /// written `nw`) is its genitive (definite, or a word of a tagged name) and the lexicon knows
    /// the ـون plural; never on a defective participle (محامي muḥāmī, قاضي: ا before the last
    /// consonant, the ي a root letter), nor with fewer than three letters before the ي.
    fn oblique_construct(&self, w: &str, next: &Token, nw: &str) -> Option<String> {
        if w.starts_with("ال") || next.kind != TokenKind::Arabic || !(nw.starts_with("ال") || self.in_name(next)) {
            return None;
        }
        let x = w.strip_suffix('ي')?;
        let letters: Vec<char> = x.chars().filter(|c| !is_mark(*c)).collect();
        if letters.len() < 3 || letters.get(letters.len() - 2) == Some(&'ا') || self.name_word(w) {
            return None;
        }
        self.known(&format!("{x}ون")).then(|| format!("{x}و"))
    }

    /// (session 49, qvariant) Is `w` the conjunction و plus a sound masculine plural in the
    /// nominative ـون the lexicon knows (وسياسيون wa-siyāsiyyūna "and politicians")?
    fn coordinated_plural(&self, w: &str) -> bool {
        w.strip_prefix('و').is_some_and(|x| x.ends_with("ون") && x.chars().filter(|c| !is_mark(*c)).count() >= 5 && self.known(x))
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
            // (session 49, qvariant) nor a reporting verb (وقال مسؤولي الحزب wa-qāla masʾūlī
            // l-ḥizb "the party officials said": a verb governs no genitive)
            && !super::is_reporting_verb(&k)
    }

    /// (session 50, qvariant) Is the word right before `t` a quantity noun, which takes the
    /// plural after it as its genitive and with it names the speakers (كبار المسؤولين kibāru
    /// l-masʾūlīna "the senior officials", بعض المحتجين baʿḍu l-muḥtajjīna "some of the
    /// protesters")? A closed class, with a leading و/ف: كبار kibār "senior", صغار ṣiġār
    /// "junior", بعض baʿḍ "some", معظم muʿẓam "most", أغلب aġlab "most", غالبية ġālibiyya
    /// "majority", أغلبية aġlabiyya, أكثرية akṯariyya, جميع jamīʿ "all", كل kull "all, each",
    /// كافة kāffa "all", سائر sāʾir "the rest", بقية baqiyya "the rest", عدد ʿadad "a number",
    /// عشرات ʿašarāt "tens", مئات miʾāt "hundreds", آلاف ālāf "thousands", ملايين malāyīn
    /// "millions", أحد aḥad "one", إحدى iḥdā "one (f.)", نصف niṣf "half", قلة qilla "a few",
    /// مجموعة majmūʿa "a group", آخر āḫir "the last", أول awwal "the first", أكثر akṯar "most",
    /// أبرز abraz "the most prominent".
    fn after_quantity_noun(&self, t: &Token) -> bool {
        let Some(prev) = self.tokens.partition_point(|p| p.range.end <= t.range.start).checked_sub(1).map(|i| &self.tokens[i]) else { return false };
        let mut k = String::new();
        if prev.kind != TokenKind::Arabic || !fold_key(&self.text[prev.range.clone()], &mut k) {
            return false;
        }
        // a quantity or rank word, or a group noun (مجموعة majmūʿa "a group")
        let is_quantity = |w: &str| {
            matches!(
                quantity(w),
                Some(Quantity::Partitive | Quantity::Universal | Quantity::Count | Quantity::One | Quantity::Rank | Quantity::Comparative)
            ) || matches!(w, "مجموعه" | "مجموعة")
        };
        is_quantity(&k) || k.strip_prefix(['و', 'ف']).is_some_and(|r| r.chars().count() >= 2 && is_quantity(r))
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

    /// (session 55, qexpl) A head that is one word أحد/إحدى with a plural or dual pronoun
    /// enclitic (أحدهم aḥaduhum "one of them", أحدهما, إحداهن, إحداهما): the group it picks one
    /// from, spelled out (`one_of_group`): أحد + the definite noun a quantity word introduced
    /// (بعض الأولياء baʿḍu l-awliyāʾ "some of the parents", عدد من الجنود "a number of the
    /// soldiers", أحد المصدرين "one of the two sources") in the head's own sentence or the one
    /// before it → أحد الأولياء. `None` without such a noun.
    fn one_of_them(&self, t: &Token) -> Option<String> {
        if t.kind != TokenKind::Arabic {
            return None;
        }
        let k = key(&self.text[t.range.clone()])?;
        let k = k.strip_prefix(['و', 'ف']).filter(|r| r.starts_with("اح")).unwrap_or(&k);
        let one = match k {
            "احدهم" | "احدهما" => "أحد",
            "احداهن" | "احداهما" => "إحدى",
            _ => return None,
        };
        let group = self.one_of_group(t.range.start)?;
        Some(format!("{one} {group}"))
    }

    /// The latest definite noun after a quantity word (بعض X, عدد من X, أحد X, كثير من X; a
    /// One word not after a free preposition: في أحد التعليقات "in one of the comments" names
    /// no group of speakers) before `at`, in the sentence of `at` or the one before it.
    fn one_of_group(&self, at: usize) -> Option<String> {
        let end = self.tokens.partition_point(|t| t.range.end <= at);
        let mut ends = 0;
        let mut i = end;
        while i > 0 {
            i -= 1;
            let t = &self.tokens[i];
            let w = &self.text[t.range.clone()];
            if t.kind == TokenKind::Punct {
                if super::coref::is_sentence_end(w.trim()) {
                    ends += 1;
                    if ends == 2 {
                        return None;
                    }
                }
                continue;
            }
            if t.kind != TokenKind::Arabic {
                continue;
            }
            let Some(k) = key(w) else { continue };
            let bare = k.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(&k);
            let Some(q) = quantity(bare) else { continue };
            if !matches!(q, Quantity::Partitive | Quantity::Count | Quantity::One | Quantity::Many) {
                continue;
            }
            if q == Quantity::One && i > 0 {
                let prev = key(&self.text[self.tokens[i - 1].range.clone()]).unwrap_or_default();
                if super::is_free_preposition(prev.strip_prefix('و').unwrap_or(&prev)) {
                    continue;
                }
            }
            let mut j = i + 1;
            if self.tokens.get(j).is_some_and(|n| key(&self.text[n.range.clone()]).as_deref() == Some("من")) {
                j += 1;
            }
            let Some(n) = self.tokens.get(j).filter(|n| n.kind == TokenKind::Arabic && n.range.end <= at) else { continue };
            let noun = &self.text[n.range.clone()];
            if noun.starts_with("ال") && noun.chars().count() >= 4 {
                return Some(noun.to_string());
            }
        }
        None
    }

    /// The nearest person/organisation name ending before `at`, within the window.
    fn antecedent(&self, at: usize) -> Option<String> {
        // (the latest end; among equal ends the last in the list, as `max_by_key` takes)
        let k = self.ix.antecedents.partition_point(|&(end, _)| end <= at).checked_sub(1)?;
        let (end, i) = self.ix.antecedents[k];
        if at - end > ANTECEDENT_WINDOW {
            return None;
        }
        let e = &self.entities[i];
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

/// (session 37) A head word that may be a broken plural with no case ending to change: the
/// فعلاء/أفعلاء shape in ـاء (زعماء zuʿamāʾ "leaders", خبراء, الوزراء), never a sound plural,
/// a dual or a feminine ـة.
fn broken_plural_shape(w: &str) -> bool {
    let bare = w.strip_prefix("ال").unwrap_or(w);
    (bare.ends_with("اء") || bare.ends_with("اء\u{064F}")) && bare.chars().filter(|c| !is_mark(*c)).count() >= 4
}

/// (session 37) Is `adj` an adjective agreeing with the broken plural `head` in an oblique
/// sound plural: same definiteness (الزعماء الغربيين; a definite head is in no construct, so
/// its definite ـين word is its adjective), and for an indefinite head a nisba (خبراء
/// فرنسيين) or آخرين āḫarīna "other" (an indefinite ـين word may be the genitive of a
/// construct)?
fn agreeing_oblique(head: &str, adj: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let Some(stem) = adj.strip_suffix("ين") else { return false };
    let definite = head.starts_with("ال");
    if definite != adj.starts_with("ال") {
        return false;
    }
    definite || (stem.ends_with('ي') && known(stem)) || matches!(stem, "آخر" | "اخر")
}

/// The possessed word in the construct state: a sound plural written with its oblique ـي
/// (مؤيدي) takes the nominative ـو at the head of the name (`nominative`), unless the ي is a
/// root letter of a defective participle (محامي muḥāmī "lawyer", قاضي: ا before the last
/// consonant); a feminine ـت before the enclitic is ة again (عائلتها → عائلة).
fn construct_form(stem: &str, nominative: bool, known: &dyn Fn(&str) -> bool) -> String {
    // (session 47, qvariant) a hamza seated on و/ي/ا before the enclitic is written on the line
    // once it ends the word after a long ā: زملاؤه zumalāʾuhu "his colleagues" → زملاء NAME,
    // أعضائها → أعضاء NAME (the spelling rule of a final hamza after alif)
    let bare = stem.trim_end_matches(is_mark);
    if let Some(x) = bare.strip_suffix(['ؤ', 'ئ', 'أ']) {
        if x.trim_end_matches(is_mark).ends_with('ا') && x.chars().filter(|c| !is_mark(*c)).count() >= 3 {
            return format!("{x}\u{0621}");
        }
    }
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

// ---------------------------------------------------------------------------------------------
// (session 34) One referent, several written forms within one article.
//
// A foreign name is transliterated in several ways, sometimes within one article: غوتيريش /
// غوتيريس ghūtīrīsh / ghūtīrīs (Guterres), جايسون / جيسون jāysūn / jīsūn (Jason), الداودي /
// الدوادي (a transposed pair), and a typo leaves a one-letter variant (المرضد for المرصد
// al-marṣad "the observatory"). An alias is declared once after the full name: وكالة الأنباء
// الفلسطينية "وفا" "the Palestinian news agency 'WAFA'", مركز مكافحة الأمراض، المعروف اختصارا
// بـ "سي دي سي" "... known for short as 'CDC'". The label takes the article's standard form:
// the referent's first mention (the gold's convention; the most frequent spelling was measured
// and dropped), a declared alias its full name (followed by the alias), a variant surname its
// unique full name.
//
// (session 41, qspell) The guideline was fixed after dev 38: the spelling the article uses most
// often for the referent, the first mention's on a tie. `majority_form` then puts each name
// word of the label in its most frequent spelling (vowel-letter and transposition variants,
// a one-consonant typo inside a longer name); since session 42 also the transliteration letter
// pairs (ج/غ، س/ش، ت/ط), once the development gold had been made consistent with the rule.

/// How often a word may occur in the lexicon's corpus and still count as rare (a name or a
/// rare spelling, not a common word whose vowel letters make another word).
const RARE_COUNT: u32 = 20;
/// (session 48) One writing of a Latin name word in the article: the first byte, the count,
/// and the first range.
type Writing = (usize, usize, Range<usize>);
/// How many words before an alias the full name may start (at an institution noun).
const ALIAS_NAME_WORDS: usize = 7;
/// How many words an alias may have.
const ALIAS_WORDS: usize = 4;

/// One article's words (byte range and folded key, hashtag words included) and declared
/// aliases.
struct Referents<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    lexicon: &'a CliticLexicon,
    /// Each word's byte range in the text and its folded key as a byte range of `keys`
    /// ([`Self::wkey`]; session 45, qperf: one buffer per article, no `String` per word).
    words: Vec<(Range<usize>, Range<usize>)>,
    /// The folded keys of `words`, one after another.
    keys: String,
    /// Each token's folded key (Arabic tokens only), computed once for the body-name passes:
    /// (session 43, qperf) the index of its entry in `words`, so the key is not stored twice.
    token_keys: Vec<Option<usize>>,
    /// Each word's comparison form, computed once (the label is compared with every word):
    /// whether it has the article, and its letters as a range of `mapped` ([`Self::form`];
    /// session 45, qperf: one buffer per article, no `Vec` per word).
    forms: Vec<(bool, Range<usize>)>,
    mapped: Vec<char>,
    aliases: Vec<(String, String)>,
}

impl<'a> Referents<'a> {
    fn new(text: &'a str, tokens: &'a [Token], entities: &'a [Entity], lexicon: &'a CliticLexicon) -> Self {
        let mut words = Vec::new();
        let mut keys = String::with_capacity(text.len());
        // a word's folded key appended to `keys` ([`key`]: none for a non-Arabic or empty word)
        let fold = |w: &str, keys: &mut String| -> Option<Range<usize>> {
            let at = keys.len();
            if fold_key(w, keys) && keys.len() > at {
                Some(at..keys.len())
            } else {
                keys.truncate(at);
                None
            }
        };
        let mut token_keys = Vec::with_capacity(tokens.len());
        for t in tokens {
            let mut tk = None;
            match t.kind {
                TokenKind::Arabic => {
                    if let Some(k) = fold(&text[t.range.clone()], &mut keys) {
                        tk = Some(words.len());
                        words.push((t.range.clone(), k));
                    }
                }
                // #سيرغي_سكريبال: the words of a hashtag, as written
                TokenKind::Hashtag => {
                    let mut at = t.range.start;
                    for part in text[t.range.clone()].split(['#', '_']) {
                        if let Some(k) = fold(part, &mut keys) {
                            words.push((at..at + part.len(), k));
                        }
                        at += part.len() + 1;
                    }
                }
                _ => {}
            }
            token_keys.push(tk);
        }
        let aliases = declared_aliases(text, tokens);
        let mut mapped = Vec::with_capacity(keys.len() / 2);
        let forms = words
            .iter()
            .map(|(_, k)| {
                let (article, rest) = split_article(&keys[k.clone()]);
                let at = mapped.len();
                mapped.extend(rest.chars().map(pair_char));
                (article, at..mapped.len())
            })
            .collect();
        Referents { text, tokens, entities, lexicon, words, keys, token_keys, forms, mapped, aliases }
    }

    /// Word `i`'s folded key.
    fn wkey(&self, i: usize) -> &str {
        &self.keys[self.words[i].1.clone()]
    }

    /// Word `i`'s comparison form (= `Form::new(self.wkey(i))`).
    fn form(&self, i: usize) -> Form<'_> {
        let (article, r) = &self.forms[i];
        Form { article: *article, mapped: Cow::Borrowed(&self.mapped[r.clone()]) }
    }

    fn count(&self, k: &str) -> Option<u32> {
        self.lexicon.get(k).map(|e| e.count)
    }

    /// A name in the clitic lexicon.
    fn name(&self, k: &str) -> bool {
        self.lexicon.get(k).is_some_and(|e| e.is_name())
    }

    /// Article word `i` lies in a person's name the tagger found.
    fn in_person(&self, i: usize) -> bool {
        let r = &self.words[i].0;
        self.entities.iter().any(|e| e.kind == EntityType::Person && e.range.start <= r.start && r.end <= e.range.end)
    }

    /// Rare in the lexicon's corpus (or unknown): a name or a rare spelling, not a common word.
    fn rare(&self, k: &str) -> bool {
        !matches!(self.count(k), Some(c) if c >= RARE_COUNT)
    }

    /// Are the folded words `a` and `b` two written forms of one name? The letter pairs
    /// transliterations alternate (ج/غ, س/ش, ت/ط) alone; or one long vowel (ا و ي) added or
    /// dropped, or a vowel swapped with its neighbour, where one of the two is rare; or one
    /// letter edit where one of the two is no word of the corpus (a typo). Never an
    /// inflection ending (a difference in the last two letters only).
    fn variant(&self, a: &str, b: &str) -> bool {
        self.variant_of(a, &Form::new(a), b, &Form::new(b))
    }

    /// [`Self::variant`] with the comparison forms of `a` and `b` given.
    fn variant_of(&self, a: &str, fa: &Form, b: &str, fb: &Form) -> bool {
        let (ma, mb) = (&*fa.mapped, &*fb.mapped);
        // (every variant below differs by at most one letter in length)
        if a == b || fa.article != fb.article || ma.len() < 4 || mb.len() < 4 || ma.len().abs_diff(mb.len()) > 1 {
            return false;
        }
        // the first letter is never the edit (a clitic و/ل is no vowel: ودونالد, لايلا)
        if ma.first() != mb.first() {
            return false;
        }
        if ma == mb {
            return self.rare(a) || self.rare(b) || self.name(a) || self.name(b);
        }
        if differs_only_at_end(ma, mb) {
            return false;
        }
        if (vowel_edit(ma, mb) || vowel_transposition(ma, mb)) && (self.rare(a) || self.rare(b)) {
            return true;
        }
        // (session 46, qvariant) the same consonants with the long vowels exchanged, both rare
        // words of five letters or more: بوكار / باكور būkār / bākūr (Bukar, a transliteration
        // whose vowel letters trade places)
        if ma.len() >= 5 && vowel_exchange(ma, mb) && self.rare(a) && self.rare(b) {
            return true;
        }
        // (a typo: the label's word `a` is no word of the corpus, the article's `b` is one)
        let unknown = |k: &str| !matches!(self.count(k), Some(c) if c > 0);
        ma.len() >= 5 && mb.len() >= 5 && one_edit(ma, mb) && unknown(a) && !unknown(b)
    }

    /// Word `i` of the article matches the label word `k` (itself or a variant; the first word
    /// of a mention may carry a conjunction or preposition clitic: وجيسون wa-jīsūn).
    fn word_matches(&self, i: usize, k: &str, fk: &Form, first: bool) -> Option<(usize, bool)> {
        let r = &self.words[i].0;
        let w = self.wkey(i);
        if w == k {
            return Some((r.start, false));
        }
        if self.variant_of(k, fk, w, &self.form(i)) {
            return Some((r.start, true));
        }
        if first {
            let rest = w.strip_prefix(['و', 'ف', 'ب', 'ل'])?;
            if rest == k {
                return Some((r.start + 'و'.len_utf8(), false));
            }
            let n = rest.chars().count();
            if n >= 4 && n.abs_diff(k.chars().count()) <= 1 && self.variant(k, rest) {
                return Some((r.start + 'و'.len_utf8(), true));
            }
        }
        None
    }

    /// (session 47, qvariant) One state institution named two ways (docs/quotes.md "One body
    /// under several designations": the name the article uses most often, the first mention's
    /// on a tie): a two-word label حكومة STATE ([`state_body_noun`] in construct with a tagged
    /// place) or الحكومة NISBA, and the article's mentions of both designations, the nisba the
    /// regular derivation of the state's name ([`state_nisba`]). A mention followed by another
    /// definite word (الحكومة اليمنية الشرعية, a longer designation) is not counted. `None` when
    /// the label's designation is the chosen one or the article writes only one.
    fn state_body_form(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.len() != 2 {
            return None;
        }
        let (k0, k1) = (key(words[0])?, key(words[1])?);
        // (body noun without article, state name, nisba) of the label
        let (noun, state_k) = if state_body_noun(&k0) {
            (k0.clone(), Some(k1.clone()))
        } else {
            let n = k0.strip_prefix("ال").filter(|n| state_body_noun(n))?;
            (n.to_string(), None)
        };
        let def_noun = format!("ال{noun}");
        // the label's state: its name, or (for a nisba label) the tagged place whose nisba it is
        let place_at = |i: usize| {
            let r = &self.words[i].0;
            self.entities.iter().any(|e| e.kind == EntityType::Location && e.range.start <= r.start && r.end <= e.range.end)
        };
        let state = state_k;
        // (count, first range) of the construct and the nisba designations
        let mut construct: (usize, Option<Range<usize>>) = (0, None);
        let mut nisba: (usize, Option<Range<usize>>) = (0, None);
        let n = self.words.len();
        for i in 0..n.saturating_sub(1) {
            let gap = &self.text[self.words[i].0.end..self.words[i + 1].0.start];
            if !gap.chars().all(char::is_whitespace) {
                continue;
            }
            let w0 = self.wkey(i);
            let (w0, skip) = match w0.strip_prefix(['و', 'ف']) {
                Some(r) if r == noun || r == def_noun => (r, w0.len() - r.len()),
                _ => (w0, 0),
            };
            let w1 = self.wkey(i + 1);
            let longer = self.words.get(i + 2).is_some_and(|(r, _)| {
                self.text[self.words[i + 1].0.end..r.start].chars().all(char::is_whitespace) && self.wkey(i + 2).starts_with("ال")
            });
            let r = self.words[i].0.start + skip..self.words[i + 1].0.end;
            if w0 == noun && place_at(i + 1) && !longer {
                match &state {
                    Some(s) if s != w1 => continue,
                    Some(_) => {}
                    None => {
                        // a nisba label: this state's nisba must be the label's
                        if state_nisba(w1).as_deref() != Some(k1.as_str()) {
                            continue;
                        }
                    }
                }
                construct.0 += 1;
                construct.1.get_or_insert(r);
            } else if w0 == def_noun && !longer {
                let want = match &state {
                    Some(s) => state_nisba(s),
                    None => Some(k1.clone()),
                };
                if want.as_deref() == Some(w1) {
                    nisba.0 += 1;
                    nisba.1.get_or_insert(r);
                }
            }
        }
        let (c, nr) = (construct.1?, nisba.1?);
        // the most frequent designation, the first mention's on a tie
        let pick = if construct.0 > nisba.0 || (construct.0 == nisba.0 && c.start < nr.start) { c } else { nr };
        let out = self.text.get(pick)?.split_whitespace().collect::<Vec<_>>().join(" ");
        (out != label).then_some(out)
    }

    /// The standard form of a label in this article, when it differs from the label: a
    /// declared alias's full name; else the referent's first mention in the article (the same
    /// words, each as written or a variant), when all its written forms agree word by word
    /// (no competing name); a single variant surname: the one full person name ending in it.
    fn standard_form(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.is_empty() || words.len() > 6 {
            return None;
        }
        if let Some(full) = self.alias_name(&words) {
            return Some(full);
        }
        let mut ks: Vec<String> = Vec::with_capacity(words.len());
        for w in &words {
            ks.push(key(w)?);
        }
        let n = ks.len();
        if n == 1 {
            if let Some(full) = self.full_name(&ks[0]) {
                return Some(full);
            }
        }
        let label_forms: Vec<Form> = ks.iter().map(|k| Form::new(k)).collect();
        // every mention of the label's words in the article, in text order
        let mut mentions: Vec<(Range<usize>, Vec<String>, bool)> = Vec::new();
        for i in 0..self.words.len().saturating_sub(n - 1) {
            let mut from = 0;
            let mut any_variant = false;
            let mut ok = true;
            for (j, k) in ks.iter().enumerate() {
                if j > 0 {
                    // the words of one mention are separated by spaces or an underscore only
                    let gap = &self.text[self.words[i + j - 1].0.end..self.words[i + j].0.start];
                    if !gap.chars().all(|c| c.is_whitespace() || c == '_' || c == '-') {
                        ok = false;
                        break;
                    }
                }
                match self.word_matches(i + j, k, &label_forms[j], j == 0) {
                    Some((start, v)) => {
                        if j == 0 {
                            from = start;
                        }
                        any_variant |= v;
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                let keys: Vec<String> = (0..n).map(|j| self.wkey(i + j).to_string()).collect();
                mentions.push((from..self.words[i + n - 1].0.end, keys, any_variant));
            }
        }
        let first = mentions.first()?;
        if !first.2 {
            return None;
        }
        // no competing name: every two written forms agree word by word (the first word
        // compared without a clitic)
        for (x, a) in mentions.iter().enumerate() {
            for b in &mentions[x + 1..] {
                let agree = a.1.iter().zip(&b.1).enumerate().all(|(j, (p, q))| {
                    let strip = |w: &'_ String| -> String {
                        if j == 0 && !ks[0].starts_with(['و', 'ف', 'ب', 'ل']) {
                            w.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|r| r.chars().count() >= 4).unwrap_or(w).to_string()
                        } else {
                            w.clone()
                        }
                    };
                    let (p, q) = (strip(p), strip(q));
                    p == q || self.variant(&p, &q) || self.variant(&q, &p)
                });
                if !agree {
                    return None;
                }
            }
        }
        let out = self.text.get(first.0.clone())?.replace('_', " ");
        Some(out)
    }

    /// Token `i`'s folded key (Arabic tokens only).
    fn token_key(&self, i: usize) -> Option<&str> {
        self.token_keys.get(i).copied().flatten().map(|w| self.wkey(w))
    }

    /// Tokens `i` and `i + 1` are separated by whitespace only.
    fn adjacent(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|n| self.text[self.tokens[i].range.end..n.range.start].chars().all(char::is_whitespace))
    }

    /// (session 35) The article's fuller mention of a short definite body or group head: الشرطة
    /// aš-šurṭa "the police" → شرطة لندن "the London police", الدبلوماسيون "the diplomats" →
    /// دبلوماسيون أوروبيون "European diplomats", المصدر الأوروبي → مصدر أوروبي; a construct whose
    /// last word is such a head spells it out (زعماء المجموعة "the leaders of the group" → زعماء
    /// مجموعة السبع "the G7 leaders"; متحدث باسم الشركة → متحدث باسم شركة NAME). `None` when the
    /// article has no fuller mention or two that name different referents.
    fn fuller_form(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.is_empty() || words.len() > 3 {
            return None;
        }
        let mut ks: Vec<String> = Vec::with_capacity(words.len());
        for w in &words {
            ks.push(key(w)?);
        }
        if let Some((full, last_def)) = self.fuller_of(&words, &ks) {
            // the fuller mention ends in a short definite genitive of its own: spelled out once
            if last_def {
                if let Some(more) = self.fuller_form_tail(&full) {
                    return Some(more);
                }
            }
            return Some(full);
        }
        None
    }

    /// (session 36) A label ending in a definite noun and نفسه/نفسها/ذاته/ذاتها "the same"
    /// (مسؤول آخر في المنظمة نفسها masʾūl āḫar fī l-munaẓẓama nafsihā "another official in the
    /// same organisation") refers back to the article's last earlier mention of that noun, written
    /// with the article and followed by its name: a place or organisation tagged from there, or
    /// one to four definite words (ال, or لل after a preposition ل) right after it (المنظمة
    /// الإيرانية للطيران المدني); the label with the noun and نفسها replaced by that mention.
    /// `None` when the noun has no such mention before `before`.
    fn same_referent(&self, label: &str, before: usize) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        let n = words.len();
        if n < 2 || !is_same_word(&key(words[n - 1])?) {
            return None;
        }
        let noun = key(words[n - 2])?;
        let bare = noun.strip_prefix("ال").filter(|r| r.chars().count() >= 3)?;
        let toks = self.tokens;
        let last = toks.partition_point(|t| t.range.start < before);
        for i in (0..last).rev() {
            let Some(k) = self.token_key(i) else { continue };
            // the noun itself, after a conjunction or preposition clitic too (وبالمنظمة,
            // للمنظمة with the article's alif lost)
            let Some(p) = k.strip_suffix(bare).filter(|p| matches!(*p, "ال" | "وال" | "فال" | "بال" | "كال" | "وبال" | "لل" | "ولل")) else { continue };
            if self.token_key(i + 1).is_some_and(is_same_word) {
                continue;
            }
            let lost = p.ends_with("لل");
            let skip = p.chars().count() - if lost { 1 } else { 2 };
            let written = &self.text[toks[i].range.clone()];
            let start = toks[i].range.start + written.chars().take(skip).map(char::len_utf8).sum::<usize>();
            let end = if let Some(e) = self.entities.iter().find(|e| e.range.start <= toks[i].range.start && toks[i].range.start < e.range.end && matches!(e.kind, EntityType::Location | EntityType::Organization)) {
                e.range.end
            } else {
                let mut j = i;
                while j < i + 4 && self.adjacent(j) && self.token_key(j + 1).is_some_and(|nk| (nk.starts_with("ال") || nk.starts_with("لل")) && nk.chars().count() >= 4 && !non_name_definite(nk)) {
                    j += 1;
                }
                if j == i {
                    return None;
                }
                toks[j].range.end
            };
            let mut full = self.text.get(start..end)?.trim().to_string();
            if lost {
                full = format!("ا{full}");
            }
            if full.split_whitespace().count() < 2 {
                return None;
            }
            return Some(words[..n - 2].iter().copied().chain(std::iter::once(full.as_str())).collect::<Vec<_>>().join(" "));
        }
        None
    }

    /// (session 41) A label that is itself a construct closed by a short definite genitive
    /// (زعماء المجموعة zuʿamāʾ al-majmūʿa "the leaders of the group", متحدث باسم الجماعة "a
    /// spokesman in the name of the group"): the genitive spelled out by the article's one fuller
    /// mention (مجموعة السبع), as [`Self::fuller_form_tail`] does after a head expansion. Two to
    /// four words; never after a preposition, particle or partitive (أحد السكان, بعض المحتجين,
    /// مسؤول في الشرطة keep the short genitive).
    fn construct_tail(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        if words.len() < 2 || words.len() > 4 {
            return None;
        }
        // a title's own genitive (مدير مكتب رئيس الوزراء "the director of the prime minister's
        // office") names no body
        let title = |w: &str| super::coref::is_person_title(&super::coref::stem(&marsad_text::normalize::search_key(w)));
        if title(words[words.len() - 1]) || title(words[words.len() - 2]) {
            return None;
        }
        for w in &words {
            let k = key(w)?;
            if link_stop(&k) || matches!(quantity(&k), Some(Quantity::Partitive | Quantity::Universal | Quantity::Count)) {
                return None;
            }
        }
        self.fuller_form_tail(label)
    }

    /// A construct (an indefinite noun, or باسم bi-smi "in the name of", then a definite word)
    /// whose last word has a fuller mention: the construct with it spelled out.
    fn fuller_form_tail(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        let n = words.len();
        if n < 2 {
            return None;
        }
        let prev = key(words[n - 2])?;
        let last = key(words[n - 1])?;
        if prev.starts_with("ال") || !last.starts_with("ال") {
            return None;
        }
        // (session 42, qdoc) a feminine nisba adjective closing a name (منظمة صوت وطن الحقوقية
        // "the Sawt Watan rights organisation") is no genitive to spell out; a body noun of that
        // shape (الجمعية al-jamʿiyya "the association") or a noun in -āya (الولاية al-wilāya "the
        // state") still is
        let sk = marsad_text::normalize::search_key(words[n - 1]);
        if sk.ends_with("يه") && !sk.ends_with("ييه") && !sk.ends_with("ايه") && !super::coref::is_body_noun(&sk) {
            return None;
        }
        let (full, _) = self.fuller_of(&words[n - 1..], &[last])?;
        Some(format!("{} {full}", words[..n - 1].join(" ")))
    }

    /// The fuller mention of the definite head `ks[0]` with its modifiers `ks[1..]`, and
    /// whether it ends in a definite genitive after an indefinite noun (a construct).
    fn fuller_of(&self, words: &[&str], ks: &[String]) -> Option<(String, bool)> {
        let head = ks.first()?;
        let bare = head.strip_prefix("ال").filter(|r| r.chars().count() >= 3)?;
        let sk = marsad_text::normalize::search_key(words[0]).into_owned();
        let plural = bare.ends_with("ون") || bare.ends_with("ين") || bare.ends_with("ات");
        // a person title (الرئيس "the president": qtitle) or a document (البيان: qdoc) is no body
        if (super::coref::is_person_title(&sk) && !plural) || super::coref::is_document_noun(&super::coref::stem(&sk)) {
            return None;
        }
        let toks = self.tokens;
        // (range, compared words, ends in a construct's definite genitive, written definite,
        // with an inserted genitive)
        let mut found: Vec<Fuller> = Vec::new();
        // (session 41) the label's own definite wording: how often and where first written (the
        // guideline: one referent spelled two ways takes the most frequent spelling)
        let (mut own, mut own_first) = (0usize, usize::MAX);
        let bare_fold = case_fold(bare);
        for i in 0..toks.len() {
            let Some(k) = self.token_key(i) else { continue };
            if ks.len() > 1 && (k == head || k.strip_prefix(['و', 'ف', 'ب', 'ل']) == Some(head.as_str())) && ks[1..].iter().enumerate().all(|(x, m)| self.adjacent(i + x) && self.token_key(i + x + 1).map(strip_al) == Some(strip_al(m))) {
                own += 1;
                own_first = own_first.min(toks[i].range.start);
            }
            // the head noun indefinite, a conjunction or preposition clitic allowed
            let definite = k == head;
            let start = if definite || case_fold(k) == bare_fold {
                toks[i].range.start
            } else {
                match k.strip_prefix(['و', 'ف', 'ل', 'ب']) {
                    Some(r) if case_fold(r) == bare_fold => toks[i].range.start + 'و'.len_utf8(),
                    _ => continue,
                }
            };
            if self.in_kind(toks[i].range.clone(), EntityType::Person) {
                continue;
            }
            // the label's modifiers, each definite or not (المصدر الأوروبي ~ مصدر أوروبي)
            let mut j = i;
            let mut ok = true;
            // (session 41) an indefinite head's own definite genitive before the label's first
            // modifier (المركز الروسي ~ مركز المصالحة الروسي "the Russian reconciliation centre")
            let mut inserted = false;
            for (x, m) in ks[1..].iter().enumerate() {
                let matches = |at: usize| self.token_key(at).map(|a| case_fold(strip_al(a))) == Some(case_fold(strip_al(m)));
                if x == 0 && !definite && self.adjacent(j) && self.adjacent(j + 1) && !matches(j + 1) && matches(j + 2) && self.token_key(j + 1).is_some_and(|g| g.starts_with("ال") && g.chars().count() >= 5 && !non_name_definite(g) && !self.in_kind(toks[j + 1].range.clone(), EntityType::Person)) {
                    j += 2;
                    inserted = true;
                    continue;
                }
                if !self.adjacent(j) || !matches(j + 1) {
                    ok = false;
                    break;
                }
                j += 1;
            }
            if !ok {
                continue;
            }
            // a sound plural written with its ن (ـون/ـين) is in no construct: adjectives only,
            // and its introduction in the nominative (دبلوماسيون أوروبيون, not an object
            // مسؤولين إداريين)
            let sound = ["ون", "ين", "ان"].iter().any(|e| k.ends_with(e));
            if sound && !definite && !k.ends_with("ون") {
                continue;
            }
            let (end, named, last_def, added) = self.continuation(j, plural || ks.len() > 1, sound);
            // (or the label's own words, indefinite: the introduction مصدر أوروبي)
            // a definite mention continues with a place (في + name, a name) or a nisba adjective,
            // not an object (ونفت الشرطة الاتهامات "the police denied the accusations")
            if definite && added > 0 {
                let next = self.token_key(j + 1).unwrap_or_default();
                let entity = toks.get(j + 1).is_some_and(|n| self.entities.iter().any(|e| e.range.start == n.range.start));
                let nisba = next.starts_with("ال") && ["ي", "ية", "يون", "يين"].iter().any(|x| next.ends_with(x)) && next.chars().count() >= 6;
                if !(next == "في" || entity || nisba) {
                    continue;
                }
            }
            let introduction = !definite && added == 0 && ks.len() > 1 && (i..=j).all(|x| self.token_key(x).is_some_and(|a| !a.starts_with("ال")));
            if !(added > 0 && named || introduction || inserted) {
                continue;
            }
            let text = self.text[start..end].trim().to_string();
            let set: Vec<String> = text.split_whitespace().filter_map(key).map(|w| case_fold(strip_al(&w)).into_owned()).collect();
            found.push((start..end, set, last_def && !definite, definite, inserted));
        }
        let first = found.first()?;
        // one referent: every two fuller mentions nested word-wise (حلف شمال الأطلسي and حلف
        // الناتو are two names, none taken)
        for (x, a) in found.iter().enumerate() {
            for b in &found[x + 1..] {
                let sub = |p: &Vec<String>, q: &Vec<String>| p.iter().all(|w| q.contains(w));
                if !sub(&a.1, &b.1) && !sub(&b.1, &a.1) {
                    return None;
                }
            }
        }
        // the fullest of them (the guidelines), the first on a tie
        let mut best = first;
        for c in &found[1..] {
            if c.1.len() > best.1.len() {
                best = c;
            }
        }
        // a definite fullest mention (الشرطة في NAME) already holds the label's words: the
        // label stands (the gold may write another definite form of it)
        if best.3 {
            return None;
        }
        // (session 41) a fuller mention with an inserted genitive is another spelling of the
        // label's referent: taken only when written more often than the label's own wording, or
        // as often and first (جيش الدفاع الإسرائيلي once, الجيش الإسرائيلي thrice: the label stays)
        if best.4 {
            let n = found.iter().filter(|c| c.4).count();
            if n < own || (n == own && found.iter().filter(|c| c.4).map(|c| c.0.start).min().unwrap_or(usize::MAX) > own_first) {
                return None;
            }
        }
        Some((self.text[best.0.clone()].trim().to_string(), best.2))
    }

    /// Is the range inside an entity of the kind?
    fn in_kind(&self, r: Range<usize>, kind: EntityType) -> bool {
        self.entities.iter().any(|e| e.kind == kind && e.range.start <= r.start && r.end <= e.range.end)
    }

    /// The words after token `j` that complete a body or group name: a definite genitive or
    /// adjective chain (نقابات عمال السكك الحديدية), a place or organisation name (شرطة لندن),
    /// a quoted or Latin name (شركة "NAME"), agreeing indefinite nisba adjectives (دبلوماسيون
    /// أوروبيون; only when `nisba_ok`). Returns the end byte, whether the words name the body
    /// (not adjectives only), whether they end in a definite word after an indefinite one, and
    /// how many words were added.
    fn continuation(&self, j: usize, nisba_ok: bool, adjectives_only: bool) -> (usize, bool, bool, usize) {
        let toks = self.tokens;
        let mut end = toks[j].range.end;
        let mut named = false;
        let mut added = 0;
        let mut last_def = false;
        let mut prev_indef = true;
        let mut p = j + 1;
        while p < toks.len() && added < 6 {
            let gap = &self.text[toks[p - 1].range.end..toks[p].range.start];
            if !gap.chars().all(char::is_whitespace) {
                break;
            }
            let t = &toks[p];
            // a quoted name: "سمول أرمز سيرفي", "American Media Inc"
            if t.kind == TokenKind::Punct && super::naming::is_quote_mark(&self.text[t.range.clone()]) && added == 0 {
                let mut q = p + 1;
                while q < toks.len() && q <= p + 8 && matches!(toks[q].kind, TokenKind::Arabic | TokenKind::Latin) {
                    q += 1;
                }
                if q > p + 1 && q < toks.len() && toks[q].kind == TokenKind::Punct && super::naming::is_quote_mark(&self.text[toks[q].range.clone()]) {
                    end = toks[q].range.end;
                    return (end, true, false, q - p - 1);
                }
                break;
            }
            if t.kind == TokenKind::Latin && added == 0 {
                let mut q = p;
                while q + 1 < toks.len() && toks[q + 1].kind == TokenKind::Latin && q < p + 4 {
                    q += 1;
                }
                return (toks[q].range.end, true, false, q - p + 1);
            }
            if t.kind != TokenKind::Arabic {
                break;
            }
            let Some(k) = self.token_key(p) else { break };
            if adjectives_only {
                let nisba = k.chars().count() >= 5 && (k.ends_with("يون") || k.ends_with("يان"));
                if nisba && !named {
                    end = t.range.end;
                    added += 1;
                    p += 1;
                    continue;
                }
                break;
            }
            // في fī "in" and a place: الشرطة في سان برونو "the police in San Bruno"
            if k == "في" && added == 0 {
                if let Some(e) = toks.get(p + 1).and_then(|n| self.entities.iter().find(|e| e.range.start == n.range.start && matches!(e.kind, EntityType::Location | EntityType::Organization))) {
                    return (e.range.end, true, false, 2);
                }
                break;
            }
            // a place or organisation name starting here: taken whole, the name ends the phrase
            if let Some(e) = self.entities.iter().find(|e| e.range.start == t.range.start && matches!(e.kind, EntityType::Location | EntityType::Organization | EntityType::Misc)) {
                return (e.range.end, true, false, added + 1);
            }
            if self.entities.iter().any(|e| e.kind == EntityType::Person && e.range.start <= t.range.start && t.range.start < e.range.end) {
                // a person's name: the head is a title, not a body
                return (end, false, false, 0);
            }
            if k.starts_with("ال") && k.chars().count() >= 4 {
                // after the definite genitive closing a construct, only agreeing nisba
                // adjectives (السكك الحديدية الفرنسية), not an object (زعماء المجموعة الهجوم)
                let nisba = k.chars().count() >= 6 && ["ي", "ية", "يون", "يين", "يان", "يتان"].iter().any(|x| k.ends_with(x));
                // (session 41) a number or an elative adjective closing a group's name (مجموعة
                // الدول السبع الكبرى "the Group of Seven major countries")
                let number = matches!(k, "الثلاث" | "الاربع" | "الخمس" | "الست" | "السبع" | "الثماني" | "التسع" | "العشر" | "العشرين" | "الكبري" | "العظمي");
                if non_name_definite(k) || (named && !nisba && !number) {
                    break;
                }
                end = t.range.end;
                added += 1;
                named = true;
                last_def = prev_indef;
                prev_indef = false;
                p += 1;
                continue;
            }
            // an indefinite link of a construct chain (عمال ʿummāl "workers" before السكك)
            let next_def = toks.get(p + 1).is_some_and(|n| {
                n.kind == TokenKind::Arabic && self.text[t.range.end..n.range.start].chars().all(char::is_whitespace) && self.token_key(p + 1).is_some_and(|nk| nk.starts_with("ال") && !non_name_definite(nk))
            });
            if prev_indef && next_def && k.chars().count() >= 3 && !link_stop(k) {
                end = t.range.end;
                added += 1;
                p += 1;
                continue;
            }
            // (session 44, qorg) an indefinite link before a place or organisation name: شرطة
            // ولاية نيويورك shurṭat wilāyat nyū yūrk "the New York State police" (ولاية "state"
            // in construct with the tagged place), only as the first word after the head, and
            // the name taken whole
            if added == 0 && !adjectives_only && k.chars().count() >= 3 && !link_stop(k) && !["وال", "فال", "بال", "كال", "لل"].iter().any(|c| k.starts_with(c)) {
                let name = toks.get(p + 1).filter(|n| self.text[t.range.end..n.range.start].chars().all(char::is_whitespace)).and_then(|n| self.entities.iter().find(|e| e.range.start == n.range.start && matches!(e.kind, EntityType::Location | EntityType::Organization)));
                if let Some(e) = name {
                    return (e.range.end, true, false, 2);
                }
            }
            // an agreeing indefinite nisba adjective (أوروبيون ūrūbiyyūn "European")
            let nisba = k.chars().count() >= 5 && ["ي", "ية", "يون", "يين", "يان", "يتان"].iter().any(|s| k.ends_with(s));
            if nisba_ok && prev_indef && nisba && !named {
                end = t.range.end;
                added += 1;
                p += 1;
                continue;
            }
            break;
        }
        (end, named || (nisba_ok && added > 0), last_def, added)
    }

    /// (session 41, qspell) The label with each name word in the spelling the article uses
    /// most often for it (the first mention's on a tie; docs/quotes.md "Speaker names"): a
    /// minister written once دايمان dāymān and four times داميان dāmiyān is داميان. The
    /// spellings of one word are grouped by [`Self::same_spelling_group`] and counted over the
    /// article's words (a conjunction or preposition clitic off); a variant written inside a
    /// full name whose other words are none of the label's is another person and vetoes the
    /// word. `None` when no word changes.
    fn majority_form(&self, label: &str) -> Option<String> {
        let words: Vec<&str> = label.split_whitespace().collect();
        let n = words.len();
        if n == 0 || n > 6 {
            return None;
        }
        let mut ks: Vec<String> = Vec::with_capacity(n);
        for w in &words {
            ks.push(key(w)?);
        }
        let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let mut changed = false;
        for j in 0..n {
            let fk = Form::new(&ks[j]);
            if fk.mapped.len() < 4 {
                continue;
            }
            // (spelling, count, first written range)
            let mut tally: Vec<(String, usize, Range<usize>)> = Vec::new();
            let mut veto = false;
            for (i, (r, _)) in self.words.iter().enumerate() {
                let w = self.wkey(i);
                let (w, r) = if w == ks[j] || self.same_spelling_group(&ks, j, &fk, i, w, &self.form(i)) {
                    (w.to_string(), r.clone())
                } else {
                    match w.strip_prefix(['و', 'ف', 'ب', 'ل']) {
                        Some(rest) if rest.chars().count() >= 4 && (rest == ks[j] || self.same_spelling_group(&ks, j, &fk, i, rest, &Form::new(rest))) => (rest.to_string(), r.start + (w.len() - rest.len())..r.end),
                        _ => continue,
                    }
                };
                if w != ks[j] && self.other_person(&ks, j, r.clone()) {
                    veto = true;
                    break;
                }
                match tally.iter_mut().find(|t| t.0 == w) {
                    Some(t) => t.1 += 1,
                    None => tally.push((w, 1, r)),
                }
            }
            if veto || !tally.iter().any(|t| t.0 == ks[j]) {
                continue;
            }
            // the most frequent spelling, the first mention's on a tie (the tally is in text order)
            let best = tally.iter().fold(None::<&(String, usize, Range<usize>)>, |b, t| match b {
                Some(b) if b.1 >= t.1 => Some(b),
                _ => Some(t),
            })?;
            if best.0 != ks[j] {
                out[j] = self.text.get(best.2.clone())?.to_string();
                changed = true;
            }
        }
        changed.then(|| out.join(" "))
    }

    /// (session 48, qvariant) The label with a Latin name word in the article's commoner
    /// writing when the article writes it both joined and split in two (Firepower / Fire
    /// Power, FaceBook / Face Book): the tally of the joined word against the two adjacent
    /// Latin words separated by spaces (case ignored), the first mention's writing on a tie
    /// (docs/quotes.md "Speaker names"). Only Latin tokens (an Arabic word split in two, عبد
    /// الله / عبدالله, is another rule's), the joined word six letters or more and each part
    /// two or more. `None` when nothing changes or the label has no Latin letters.
    fn latin_spacing_form(&self, label: &str) -> Option<String> {
        if !label.chars().any(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        // the label's Latin words (byte ranges into the label)
        let mut runs: Vec<Range<usize>> = Vec::new();
        let mut start = None;
        for (i, c) in label.char_indices().chain(std::iter::once((label.len(), ' '))) {
            match (c.is_ascii_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    runs.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        // the article's Latin tokens, lower-cased, with each one's successor across spaces only
        let latin: Vec<(usize, String)> = self.tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Latin).map(|(i, t)| (i, self.text[t.range.clone()].to_ascii_lowercase())).collect();
        if latin.len() < 2 {
            return None;
        }
        let spaced = |a: usize, b: usize| b == a + 1 && self.text[self.tokens[a].range.end..self.tokens[b].range.start].chars().all(char::is_whitespace);
        // (first byte, count, first range) of the joined writing `w` and of its split writings
        let tally = |w: &str| -> Option<(Writing, Writing)> {
            let (mut joined, mut split): (Writing, Writing) = ((usize::MAX, 0, 0..0), (usize::MAX, 0, 0..0));
            for (x, (i, k)) in latin.iter().enumerate() {
                if k == w {
                    let r = self.tokens[*i].range.clone();
                    if r.start < joined.0 {
                        joined.0 = r.start;
                        joined.2 = r;
                    }
                    joined.1 += 1;
                }
                if let Some((j, k2)) = latin.get(x + 1) {
                    if spaced(*i, *j) && k.len() >= 2 && k2.len() >= 2 && k.len() + k2.len() == w.len() && w.starts_with(k.as_str()) && w.ends_with(k2.as_str()) {
                        let r = self.tokens[*i].range.start..self.tokens[*j].range.end;
                        if r.start < split.0 {
                            split.0 = r.start;
                            split.2 = r;
                        }
                        split.1 += 1;
                    }
                }
            }
            (joined.1 > 0 && split.1 > 0).then_some((joined, split))
        };
        let mut out = label.to_string();
        // replacements from the end, so earlier byte ranges stay valid
        let mut skip = false;
        for (x, r) in runs.iter().enumerate().rev() {
            if std::mem::take(&mut skip) {
                continue;
            }
            let w = label[r.clone()].to_ascii_lowercase();
            // the label's word written joined: the split writing when that is commoner or first
            if w.len() >= 6 {
                if let Some((joined, split)) = tally(&w) {
                    if split.1 > joined.1 || (split.1 == joined.1 && split.0 < joined.0) {
                        out.replace_range(r.clone(), self.text.get(split.2.clone())?);
                        continue;
                    }
                }
            }
            // the label's two words written split: the joined writing when that is commoner or first
            if x > 0 {
                let p = &runs[x - 1];
                if label[p.end..r.start].chars().all(char::is_whitespace) && !label[p.end..r.start].is_empty() {
                    let w = format!("{}{}", label[p.clone()].to_ascii_lowercase(), w);
                    if w.len() >= 6 {
                        if let Some((joined, split)) = tally(&w) {
                            if joined.1 > split.1 || (joined.1 == split.1 && joined.0 < split.0) {
                                out.replace_range(p.start..r.end, self.text.get(joined.2.clone())?);
                                skip = true;
                            }
                        }
                    }
                }
            }
        }
        (out != label).then_some(out)
    }

    /// (session 41) Word `i` of the article (folded `w`) spells label word `ks[j]` another
    /// way: the same first letter and article, not an inflection ending, and (both at least
    /// five letters after the article, one of them rare) one long vowel ا/و/ي added or
    /// dropped, or a vowel swapped with its neighbour; or one letter
    /// changed in a word of four letters or more when the label's other words (at least two)
    /// stand around it exactly (المرضد السوري لحقوق الإنسان, a typo of المرصد "the observatory").
    fn same_spelling_group(&self, ks: &[String], j: usize, fk: &Form, i: usize, w: &str, fw: &Form) -> bool {
        let (a, b) = (&*fk.mapped, &*fw.mapped);
        if ks[j] == w || fk.article != fw.article || a.first() != b.first() || (a.len().abs_diff(b.len()) > 1 && !syllable_repeat(a, b)) || a.len() < 4 || b.len() < 4 {
            return false;
        }
        let rare = self.rare(&ks[j]) || self.rare(w);
        // (session 42) only the transliteration letter pairs differ (موراج / موراغ mūrāj /
        // mūrāgh, غوتيريس / غوتيريش ghūtīrīs / ghūtīrīsh): one name when either spelling is rare
        // or a lexicon name, or the article word lies in a person's name (the development gold
        // was made consistent with the majority rule for these pairs in session 42)
        if a == b && (rare || self.name(&ks[j]) || self.name(w) || self.in_person(i)) {
            return true;
        }
        if a.len() >= 5 && b.len() >= 5 && rare && !differs_only_at_end(a, b) && (vowel_edit(a, b) || vowel_transposition(a, b) || syllable_repeat(a, b)) {
            return true;
        }
        let n = ks.len();
        // (session 46, qvariant) a short name word (four letters or more) one long vowel apart,
        // the vowel before the last letter too (ادور / إدوار adwr / idwār, Édouard), when the
        // label's other words (one at least) stand around it exactly: the same full name
        // (ادور فيليب / إدوار فيليب). The last letters agree (no inflection ending: ـون، ـين).
        if n >= 2 && rare && a.last() == b.last() && (vowel_edit(a, b) || vowel_transposition(a, b)) && self.label_around(ks, j, i) {
            return true;
        }
        // a one-letter typo inside a name of three words or more, the others as written: two
        // consonants, neither a letter of an inflection ending (ة ه ت ن) nor a long vowel
        if n < 3 || a.len() != b.len() || i < j || i - j + n > self.words.len() {
            return false;
        }
        let diff: Vec<usize> = (0..a.len()).filter(|&x| a[x] != b[x]).collect();
        let ending = |c: char| is_vowel(c) || matches!(c, 'ة' | 'ه' | 'ت' | 'ن');
        if diff.len() != 1 || ending(a[diff[0]]) || ending(b[diff[0]]) {
            return false;
        }
        self.label_around(ks, j, i)
    }

    /// The label's words other than `ks[j]` stand as written around article word `i` (read as
    /// label word `j`), adjacent words of one mention.
    fn label_around(&self, ks: &[String], j: usize, i: usize) -> bool {
        let n = ks.len();
        if i < j || i - j + n > self.words.len() {
            return false;
        }
        (0..n).filter(|&m| m != j).all(|m| self.wkey(i - j + m) == ks[m])
    }

    /// (session 41) The article word at `r` lies in a person or organisation name of two words
    /// or more none of whose other words is a word of the label (nor a variant of one): another
    /// referent (بيدرو سانشيز / بيدرو دوكي share a word, not a referent).
    fn other_person(&self, ks: &[String], j: usize, r: Range<usize>) -> bool {
        let Some(e) = self.entities.iter().find(|e| matches!(e.kind, EntityType::Person | EntityType::Organization) && e.range.start <= r.start && r.end <= e.range.end) else { return false };
        // (session 46, qvariant) a later name word (a surname) opening the entity names nobody
        // else: another person with that surname has another first name before it (a tagger
        // span running on into the next word, غوتيريش يحيي ghūtīrīš yuḥayyī "Guterres salutes",
        // is the same person)
        if j > 0 && self.text.get(e.range.start..r.start).is_some_and(|s| !s.chars().any(char::is_alphabetic)) {
            return false;
        }
        // the entity's other words (search keys), the word at `r` left out
        let lo = self.words.partition_point(|(w, _)| w.start < e.range.start);
        let others: Vec<&str> = (lo..self.words.len()).take_while(|&x| self.words[x].0.end <= e.range.end).filter(|&x| !(self.words[x].0.start < r.end && r.start < self.words[x].0.end)).map(|x| self.wkey(x)).collect();
        if others.is_empty() || ks.len() < 2 {
            return false;
        }
        !others.iter().any(|o| ks.iter().enumerate().any(|(m, k)| m != j && (*o == k.as_str() || self.variant(k, o) || self.variant(o, k))))
    }

    /// The one person name of two to four words the article writes ending in a variant of
    /// `k` (not `k` itself: a surname written as the full name writes it is left as it is);
    /// `None` when there is none or more than one (a father and a son).
    fn full_name(&self, k: &str) -> Option<String> {
        let mut found: Option<(String, Range<usize>)> = None;
        for e in self.entities.iter().filter(|e| e.kind == EntityType::Person) {
            let Some(name) = self.text.get(e.range.clone()) else { continue };
            let parts: Vec<&str> = name.split_whitespace().collect();
            if parts.len() < 2 || parts.len() > 4 {
                continue;
            }
            let Some(last) = parts.last().and_then(|l| key(l)) else { continue };
            if last != k && !self.variant(k, &last) && !self.moved_vowel_typo(k, &last) {
                continue;
            }
            let fk: String = parts.iter().filter_map(|p| key(p)).collect::<Vec<_>>().join(" ");
            match &found {
                None => found = Some((fk, e.range.clone())),
                Some((f, _)) if *f == fk => {}
                // (session 47, qvariant) the first name and surname of a fuller name of the same
                // person (محمد التوبلاني within محمد ملا أحمد التوبلاني): the fuller one; another
                // first name is another person (a son أحمد محمد التوبلاني)
                Some((f, _)) if first_and_last_of(&fk, f) => {}
                Some((f, _)) if first_and_last_of(f, &fk) => found = Some((fk, e.range.clone())),
                Some(_) => return None,
            }
        }
        let (fk, r) = found?;
        // only a surname written in another form than the full name's
        (!fk.ends_with(&format!(" {k}"))).then(|| self.text[r].trim().to_string())
    }

    /// (session 47, qvariant) A lone surname typed with a vowel letter moved and a consonant
    /// dropped (التوبالي / التوبلاني at-tūbālī / at-tūblānī): the longer word less one consonant
    /// is the shorter with a vowel letter swapped with its neighbour. Both rare words, the same
    /// article, the shorter six letters or more after it, the first three and the last letters
    /// the same. Only for [`Self::full_name`] (one person name in the article ending in it).
    fn moved_vowel_typo(&self, a: &str, b: &str) -> bool {
        let (fa, fb) = (Form::new(a), Form::new(b));
        let (ma, mb) = (&*fa.mapped, &*fb.mapped);
        let (s, l) = if ma.len() < mb.len() { (ma, mb) } else { (mb, ma) };
        if fa.article != fb.article || s.len() < 6 || l.len() != s.len() + 1 || s[..3] != l[..3] || s.last() != l.last() || !self.rare(a) || !self.rare(b) {
            return false;
        }
        (3..l.len() - 1).any(|p| {
            if is_vowel(l[p]) {
                return false;
            }
            let x: Vec<char> = l[..p].iter().chain(&l[p + 1..]).copied().collect();
            vowel_transposition(&x, s)
        })
    }

    /// A label that is an alias the article declares: the full name followed by the alias.
    fn alias_name(&self, words: &[&str]) -> Option<String> {
        let mut ks: Vec<String> = Vec::with_capacity(words.len());
        for w in words {
            ks.push(key(w)?);
        }
        drop_leading_article(&mut ks);
        let k = ks.join(" ");
        self.aliases.iter().find(|(a, _)| *a == k).map(|(_, full)| full.clone())
    }
}

/// A fuller mention found by [`Referents::fuller_of`]: its range, its compared words, whether it
/// ends in a construct's definite genitive, whether it is written definite, and (session 41)
/// whether a genitive was inserted before the label's modifiers.
type Fuller = (Range<usize>, Vec<String>, bool, bool, bool);

/// (session 35) The comparison form of a plural's case ending: the oblique ـين read as the
/// nominative ـون (خبراء آخرين / آخرون "other experts" are one phrase).
///
/// (session 43, qperf) Borrowed when nothing is folded: `fuller_of` compares every token.
fn case_fold(k: &str) -> Cow<'_, str> {
    match k.strip_suffix("ين") {
        Some(s) if s.chars().count() >= 3 => Cow::Owned(format!("{s}ون")),
        _ => Cow::Borrowed(k),
    }
}

/// Words that never link a construct chain: prepositions, particles and demonstratives (الى
/// ilā "to", هذه hāḏihi "this").
fn link_stop(k: &str) -> bool {
    matches!(k, "الي" | "علي" | "في" | "من" | "عن" | "مع" | "بين" | "حول" | "عبر" | "ضد" | "منذ" | "قبل" | "بعد" | "عند" | "لدي" | "خلال" | "هذه" | "هذا" | "تلك" | "ذلك" | "كل" | "بعض" | "احد" | "احدي" | "غير" | "دون")
}

/// نفسه/نفسها/ذاته/عينه … "the same" (search key).
fn is_same_word(k: &str) -> bool {
    matches!(k, "نفسه" | "نفسها" | "نفسهم" | "ذاته" | "ذاتها" | "عينه" | "عينها")
}

/// A folded word without the article.
fn strip_al(k: &str) -> &str {
    split_article(k).1
}

/// Definite words that end a name instead of continuing it: relative pronouns (التي allatī
/// "which"), days and time words (الاثنين al-ithnayn "on Monday", الماضي "last").
fn non_name_definite(k: &str) -> bool {
    matches!(
        k,
        "الذي" | "التي" | "الذين" | "اللذان" | "اللتان" | "اللواتي" | "اللاتي" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعة" | "السبت" | "الاحد" | "اليوم" | "الماضي" | "الماضية" | "المقبل" | "المقبلة" | "الجاري" | "الحالي" | "الحالية" | "الان" | "امس" | "الاسبوع" | "الشهر" | "العام"
    )
}

/// The folded key of a word (letters only, no marks); `None` for a non-Arabic word.
fn key(w: &str) -> Option<String> {
    let mut k = String::with_capacity(w.len());
    (fold_key(w, &mut k) && !k.is_empty()).then_some(k)
}

/// A folded word as the variant test compares it: whether it opens with the article, and the
/// rest with the transliteration letter pairs folded ([`pair_mapped`]). (Session 45, qperf:
/// the article's words borrow their letters from one buffer per article, [`Referents::form`].)
struct Form<'m> {
    article: bool,
    mapped: Cow<'m, [char]>,
}

impl Form<'static> {
    fn new(k: &str) -> Form<'static> {
        let (article, rest) = split_article(k);
        Form { article, mapped: Cow::Owned(pair_mapped(rest)) }
    }
}

/// An alias is compared without the article on its first word (الناسا an-nāsā = ناسا).
fn drop_leading_article(keys: &mut [String]) {
    if let Some(first) = keys.first_mut() {
        if let Some(rest) = first.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
            *first = rest.to_string();
        }
    }
}

/// The article ال and the rest of a folded word.
fn split_article(k: &str) -> (bool, &str) {
    match k.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 3 => (true, rest),
        _ => (false, k),
    }
}

/// The letter pairs transliterations alternate, folded to one letter: ج/غ (g), س/ش, ت/ط.
fn pair_mapped(k: &str) -> Vec<char> {
    k.chars().map(pair_char).collect()
}

/// One letter of [`pair_mapped`].
fn pair_char(c: char) -> char {
    match c {
        'غ' => 'ج',
        'ش' => 'س',
        'ط' => 'ت',
        c => c,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'ا' | 'و' | 'ي')
}

/// One long vowel letter (ا و ي) added or dropped: نيكلسون / نيكولسون nīklsūn / nīkūlsūn.
fn vowel_edit(a: &[char], b: &[char]) -> bool {
    let (s, l) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if l.len() != s.len() + 1 {
        return false;
    }
    let p = s.iter().zip(l).take_while(|(x, y)| x == y).count();
    is_vowel(l[p]) && s[p..] == l[p + 1..]
}

/// (session 44, qtitle) A syllable of a long vowel and a consonant written twice inside the
/// word, beside itself: مينينديز / مينديز mīnīndīz / mīndīz (Menendez / Mendez: ين written again after
/// مين). Not at the word's end (an inflection ending).
fn syllable_repeat(a: &[char], b: &[char]) -> bool {
    let (s, l) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if l.len() != s.len() + 2 {
        return false;
    }
    (2..s.len()).any(|p| {
        let ins = &l[p..p + 2];
        l[..p] == s[..p] && l[p + 2..] == s[p..] && ins.iter().filter(|&&c| is_vowel(c)).count() == 1 && (l[p - 2..p] == *ins || (p + 4 <= l.len() && l[p + 2..p + 4] == *ins))
    })
}

/// A vowel letter swapped with its neighbour: الداودي / الدوادي ad-dāwudī / ad-duwādī.
fn vowel_transposition(a: &[char], b: &[char]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]] && (is_vowel(a[diff[0]]) || is_vowel(a[diff[1]]))
}

/// (session 46, qvariant) The same letters but for long vowels that trade places: every
/// differing position holds a vowel letter (ا و ي) in both words, two positions at least,
/// and the vowels of those positions are the same ones in another order (بوكار / باكور).
fn vowel_exchange(a: &[char], b: &[char]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut x: Vec<char> = Vec::new();
    let mut y: Vec<char> = Vec::new();
    for (p, q) in a.iter().zip(b) {
        if p != q {
            if !is_vowel(*p) || !is_vowel(*q) {
                return false;
            }
            x.push(*p);
            y.push(*q);
        }
    }
    x.sort_unstable();
    y.sort_unstable();
    x.len() >= 2 && x == y
}

/// Two words that differ only in their last two letters (an inflection ending: مسؤولون /
/// مسؤولين, الرئيس / الرئيسي), not a transliteration; equal words do not.
fn differs_only_at_end(a: &[char], b: &[char]) -> bool {
    if a == b {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    p + 2 >= a.len().min(b.len())
}

/// One letter inserted, deleted or changed.
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match l.len() - s.len() {
        0 => (0..s.len()).filter(|&i| s[i] != l[i]).count() == 1,
        1 => {
            let p = s.iter().zip(l).take_while(|(x, y)| x == y).count();
            s[p..] == l[p + 1..]
        }
        _ => false,
    }
}

/// (session 47, qvariant) The folded name `short` is the first and last words of the longer
/// folded name `long` (two words against three or more).
fn first_and_last_of(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split(' ').collect();
    let l: Vec<&str> = long.split(' ').collect();
    s.len() == 2 && l.len() > 2 && s[0] == l[0] && s[1] == l[l.len() - 1]
}

/// (session 47, qvariant) Body nouns that name a state's institution either in construct with
/// the state's name or with its feminine nisba adjective: حكومة فنزويلا ḥukūmat finizwīlā "the
/// government of Venezuela" = الحكومة الفنزويلية al-ḥukūma al-finizwīliyya "the Venezuelan
/// government"; سلطات sulṭāt "authorities" (folded, no article).
fn state_body_noun(k: &str) -> bool {
    matches!(k, "حكومة" | "سلطات")
}

/// (session 47, qvariant) The definite feminine nisba adjective of a folded state name, by the
/// regular derivation ([`super::naming::nisba_stem`]): the article off, the stem with ـية added
/// (فنزويلا → الفنزويلية, سوريا → السورية, إيران → الإيرانية, العراق → العراقية). `None` for a
/// name of fewer than three letters left.
fn state_nisba(c: &str) -> Option<String> {
    let stem = super::naming::nisba_stem(split_article(c).1);
    (stem.chars().count() >= 3).then(|| format!("ال{stem}ية"))
}

/// Institution nouns that head a full name an alias may abbreviate (a closed class of common
/// nouns, folded): وكالة "agency", مركز "centre", وزارة "ministry", ...
fn institution_noun(k: &str) -> bool {
    matches!(
        k,
        "وكالة" | "مركز" | "وزارة" | "منظمة" | "مكتب" | "هيئة" | "حركة" | "جبهة" | "مجلس" | "صندوق" | "برنامج" | "اتحاد" | "لجنة" | "جمعية" | "حزب" | "شركة" | "مفوضية" | "محكمة" | "جامعة" | "قوات" | "قوة" | "مؤسسة" | "شبكة" | "رابطة" | "نقابة" | "جماعة" | "تنظيم" | "تحالف" | "بنك" | "المرصد" | "المنظمة" | "الوكالة" | "المركز" | "الهيئة" | "المجلس"
    )
}

/// The aliases the article declares after a full name: NAME (ALIAS), NAME "ALIAS", NAME،
/// المعروف(ة) [اختصارا] بـ/باسم "ALIAS". Each as (folded alias without a leading ال, full name
/// and alias as written). The full name runs from the nearest institution noun among the
/// words before, and has two words or more.
fn declared_aliases(text: &str, tokens: &[Token]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let punct = |i: usize, set: &[&str]| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct && set.contains(&text[t.range.clone()].trim()));
    const OPEN: &[&str] = &["(", "\"", "«", "“"];
    let close_of = |o: &str| match o {
        "(" => ")",
        "«" => "»",
        "“" => "”",
        _ => "\"",
    };
    for i in 0..tokens.len() {
        let (name_end, alias_from, closer) = if punct(i, OPEN) {
            // NAME (ALIAS): the name ends right before the opener
            (i, i + 1, Some(close_of(text[tokens[i].range.clone()].trim())))
        } else {
            // NAME، المعروف(ة) [اختصارا] بـ/باسم [opener] ALIAS
            let Some(k) = key(&text[tokens[i].range.clone()]) else { continue };
            if k != "المعروف" && k != "المعروفة" {
                continue;
            }
            let mut j = i + 1;
            if tokens.get(j).and_then(|t| key(&text[t.range.clone()])).is_some_and(|k| k == "اختصارا") {
                j += 1;
            }
            match tokens.get(j).and_then(|t| key(&text[t.range.clone()])) {
                Some(k) if k == "ب" || k == "باسم" => j += 1,
                _ => continue,
            }
            let closer = if punct(j, OPEN) {
                j += 1;
                Some(close_of(text[tokens[j - 1].range.clone()].trim()))
            } else {
                None
            };
            let name_end = if i > 0 && punct(i - 1, &["،", ","]) { i - 1 } else { i };
            (name_end, j, closer)
        };
        // the alias words, up to the closer (or one word without one)
        let mut j = alias_from;
        let mut alias_keys = Vec::new();
        while let Some(t) = tokens.get(j) {
            if t.kind != TokenKind::Arabic {
                break;
            }
            let Some(k) = key(&text[t.range.clone()]) else { break };
            alias_keys.push(k);
            j += 1;
            if closer.is_none() || alias_keys.len() > ALIAS_WORDS {
                break;
            }
        }
        if alias_keys.is_empty() || alias_keys.len() > ALIAS_WORDS {
            continue;
        }
        if let Some(c) = closer {
            if !punct(j, &[c]) {
                continue;
            }
        }
        // the full name: back from name_end over words separated by spaces only, to the
        // nearest institution noun (a conjunction و on it left out)
        let mut start = None;
        let mut p = name_end;
        while p > 0 && name_end - p < ALIAS_NAME_WORDS {
            let t = &tokens[p - 1];
            if t.kind != TokenKind::Arabic || !text[t.range.end..tokens[p].range.start].chars().all(char::is_whitespace) {
                break;
            }
            p -= 1;
            let Some(k) = key(&text[t.range.clone()]) else { break };
            if institution_noun(&k) || k.strip_prefix('و').is_some_and(institution_noun) {
                start = Some((p, k.starts_with('و') && !institution_noun(&k)));
                break;
            }
        }
        let Some((s, conj)) = start else { continue };
        if name_end - s < 2 {
            continue;
        }
        let mut from = tokens[s].range.start;
        if conj {
            from += 'و'.len_utf8();
        }
        let name = text[from..tokens[name_end - 1].range.end].trim();
        let alias = text[tokens[alias_from].range.start..tokens[j - 1].range.end].trim();
        drop_leading_article(&mut alias_keys);
        // an alias shorter than its name, and not the name's own words
        if alias.chars().count() >= name.chars().count() {
            continue;
        }
        out.push((alias_keys.join(" "), format!("{name} {alias}")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::tokenize;

    // Session 34, qvariant

    fn standard(text: &str, entities: &[Entity], label: &str) -> Option<String> {
        let tokens = tokenize(text);
        Referents::new(text, &tokens, entities, CliticLexicon::builtin()).standard_form(label)
    }

    fn person(text: &str, name: &str) -> Entity {
        let at = text.find(name).unwrap();
        Entity { range: at..at + name.len(), kind: EntityType::Person, country: None }
    }

    #[test]
    fn session34_transliteration_variant_takes_the_first_mention() {
        // (invented) "Minister Vladislav Kuznetsov (كوزنيتسوف, with س) met his counterpart.
        // Kuznetsov (كوزنيتشوف, with ش) said ..." → the first written form
        let text = "التقى الوزير فلاديسلاف كوزنيتسوف نظيره أمس. وقال فلاديسلاف كوزنيتشوف إن المحادثات مثمرة.";
        assert_eq!(standard(text, &[], "فلاديسلاف كوزنيتشوف").as_deref(), Some("فلاديسلاف كوزنيتسوف"));
        // a long vowel added: كوزنيتيسوف kūznītīsūf → the first form
        let text = "التقى الوزير فلاديسلاف كوزنيتسوف نظيره أمس. وقال كوزنيتيسوف إن المحادثات مثمرة.";
        assert_eq!(standard(text, &[], "كوزنيتيسوف").as_deref(), Some("كوزنيتسوف"));
        // the label is the first form already: nothing to change
        assert_eq!(standard(text, &[], "فلاديسلاف كوزنيتسوف"), None);
    }

    #[test]
    fn session34_variant_surname_takes_the_one_full_name() {
        let text = "قال المبعوث ريتشارد غولدبيرغ إن الاتفاق قريب. وأضاف غولدبيرج أن الجولة المقبلة حاسمة.";
        let ents = [person(text, "ريتشارد غولدبيرغ")];
        assert_eq!(standard(text, &ents, "غولدبيرج").as_deref(), Some("ريتشارد غولدبيرغ"));
        // a father and a son with the surname: no full name (the first written form only)
        let text = "قال ريتشارد غولدبيرغ إن الاتفاق قريب. وقال ابنه مايكل غولدبيرغ إنه متفائل. وأضاف غولدبيرج أن الجولة حاسمة.";
        let ents = [person(text, "ريتشارد غولدبيرغ"), person(text, "مايكل غولدبيرغ")];
        assert_eq!(standard(text, &ents, "غولدبيرج").as_deref(), Some("غولدبيرغ"));
    }

    #[test]
    fn session34_common_words_and_clitics_are_no_variants() {
        // الكاتب al-kātib "the writer" / الكتاب al-kitāb "the book": two words, not two spellings
        let text = "صدر الكتاب أمس. وقال الكاتب إن العمل استغرق عامين.";
        assert_eq!(standard(text, &[], "الكاتب"), None);
        // ودونالد wa-dūnald "and Donald": a conjunction, not an added vowel
        let text = "التقى الرئيس ودونالد ترامب أمس. وقال دونالد ترامب إن اللقاء جيد.";
        assert_eq!(standard(text, &[], "دونالد ترامب"), None);
    }

    #[test]
    fn session34_typo_takes_the_written_word() {
        // (invented) البرمان for البرلمان al-barlamān "the parliament": no word of the corpus
        let text = "صوت البرلمان الأوروبي على القرار. وقال البرمان الأوروبي إن القرار ملزم.";
        assert_eq!(standard(text, &[], "البرمان الأوروبي").as_deref(), Some("البرلمان الأوروبي"));
    }

    #[test]
    fn session34_declared_alias_is_its_full_name() {
        // (invented) "the Canadian Atomic Energy Authority (هطك)" ... "هطك said"
        let text = "أعلنت هيئة الطاقة الذرية الكندية (هطك) أمس خطة جديدة. وقالت هطك إن الخطة تبدأ قريبا.";
        assert_eq!(standard(text, &[], "هطك").as_deref(), Some("هيئة الطاقة الذرية الكندية هطك"));
        // NAME، المعروفة اختصارا بـ "ALIAS" (al-maʿrūfa iḫtiṣāran bi- "known for short as")
        let text = "قالت جمعية حماية الغابات الشمالية، المعروفة اختصارا بـ \"جحغش\"، إن الحرائق تتسع. وأضافت جحغش أن الوضع خطير.";
        assert_eq!(standard(text, &[], "جحغش").as_deref(), Some("جمعية حماية الغابات الشمالية جحغش"));
        // a quoted word after a one-word noun is no alias: صحيفة "الرأي" stays as written
        let text = "نشرت صحيفة \"النبأ\" تقريرا. وقالت النبأ إن المصادر متعددة.";
        assert_eq!(standard(text, &[], "النبأ"), None);
    }

    // Session 35, qhead

    fn fuller(text: &str, label: &str) -> Option<String> {
        let tokens = tokenize(text);
        Referents::new(text, &tokens, &[], CliticLexicon::builtin()).fuller_form(label)
    }

    #[test]
    fn session35_two_different_fuller_mentions_leave_the_head() {
        // (invented) نشرت شرطة الحدود حواجز. وقالت الشرطة إن ... našarat šurṭatu l-ḥudūdi
        // ḥawājiz "the border police set up checkpoints. The police said ...": one fuller mention
        let text = "نشرت شرطة الحدود حواجز جديدة. وقالت الشرطة إن الطرق مغلقة.";
        assert_eq!(fuller(text, "الشرطة").as_deref(), Some("شرطة الحدود"));
        // شرطة المرور "the traffic police" and شرطة الحدود "the border police": two referents
        let text = "نشرت شرطة المرور دوريات ونشرت شرطة الحدود حواجز. وقالت الشرطة إن الطرق مغلقة.";
        assert_eq!(fuller(text, "الشرطة"), None);
    }

    // Session 36, qperf: the entity index answers what the scans it replaced answered

    #[test]
    fn entity_index_matches_scans() {
        let kinds = [EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Nationality];
        // overlapping, nested, equal-ended and unsorted ranges, in list order
        let spans = [(40, 52), (3, 9), (3, 20), (10, 14), (60, 61), (12, 20), (0, 2), (45, 52), (30, 40)];
        let entities: Vec<Entity> = spans.iter().enumerate().map(|(i, &(a, b))| Entity { range: a..b, kind: kinds[i % kinds.len()], country: None }).collect();
        let ix = EntityIndex::new(&entities);
        let named = |k: EntityType| matches!(k, EntityType::Person | EntityType::Organization | EntityType::Location);
        for a in 0..64 {
            for b in a..64 {
                let r = a..b;
                let within = |e: &&Entity| e.range.start <= r.start && r.end <= e.range.end;
                assert_eq!(ix.all.contains(&r), entities.iter().any(|e| within(&e)), "{r:?}");
                assert_eq!(ix.named.contains(&r), entities.iter().filter(|e| named(e.kind)).any(|e| within(&e)), "{r:?}");
                assert_eq!(ix.not_nationality.contains(&r), entities.iter().filter(|e| e.kind != EntityType::Nationality).any(|e| within(&e)), "{r:?}");
                let inside: Vec<&Entity> = entities.iter().filter(|e| r.start <= e.range.start && e.range.end <= r.end).collect();
                assert_eq!(ix.inside(&entities, &r), inside, "{r:?}");
            }
        }
    }

    // Session 45, analysis speed

    #[test]
    fn session45_word_keys_and_forms_in_one_buffer_are_the_per_word_ones() {
        // (invented) "The Palestinian news agency 'WAFA' reported that Minister Ghutiresh
        // (غوتيريش) said ... #سيرغي_سكريبال" with a Latin word, digits, a diacritic, a tatweel
        // (U+0640) and a hashtag: every word's key and comparison form read from the article's
        // one buffer are what `key` and `Form::new` give for the word alone
        let text = format!("ذكرت وكالة الأنباء الفلسطينية \"وفا\" أن الوزير غوتيريش قال Reuters 2018 إنّ الط{}ائرة وصلت #سيرغي_سكريبال.", '\u{0640}');
        let tokens = tokenize(&text);
        let r = Referents::new(&text, &tokens, &[], CliticLexicon::builtin());
        let mut n = 0;
        for t in &tokens {
            let parts: Vec<(usize, &str)> = match t.kind {
                TokenKind::Arabic => vec![(t.range.start, &text[t.range.clone()])],
                TokenKind::Hashtag => {
                    let mut at = t.range.start;
                    let mut v = Vec::new();
                    for p in text[t.range.clone()].split(['#', '_']) {
                        v.push((at, p));
                        at += p.len() + 1;
                    }
                    v
                }
                _ => continue,
            };
            for (at, p) in parts {
                let Some(k) = key(p) else { continue };
                assert_eq!(r.words[n].0, at..at + p.len());
                assert_eq!(r.wkey(n), k);
                let (f, g) = (r.form(n), Form::new(&k));
                assert_eq!((f.article, &*f.mapped), (g.article, &*g.mapped), "{k}");
                n += 1;
            }
        }
        assert_eq!(n, r.words.len());
        assert!(n >= 12, "{n}");
        // the Arabic tokens' keys through `token_key`, the others none
        for (i, t) in tokens.iter().enumerate() {
            let want = if t.kind == TokenKind::Arabic { key(&text[t.range.clone()]) } else { None };
            assert_eq!(r.token_key(i).map(str::to_string), want);
        }
        // غوتيريش's form folds ش to س
        let g = r.words.iter().position(|(w, _)| &text[w.clone()] == "غوتيريش").unwrap();
        assert_eq!(r.form(g).mapped.iter().collect::<String>(), "جوتيريس");
    }
}
