//! Who said what: direct and indirect quotes with their speaker, reporting verb and content.
//!
//! Arabic news reports speech with a reporting verb (قال qāla "said", اكد akkada "affirmed",
//! اضاف aḍāfa "added", ...) followed, in VSO order, by the speaker and a complementizer:
//!
//! * `ان`/`بان` an/bi-an "that", `الى ان` ilā an (after اشار/لفت "pointed out that") → indirect;
//! * a colon, a comma used as a colon, or a quotation mark → direct.
//!
//! When the verb has no subject of its own (واضاف wa-aḍāfa "and he added", وتابع, وقال), the
//! speaker carries over from the previous quote, unless another person was named in the
//! narration since then. Sentences without a reporting verb are narration, never quotes.
//!
//! Pure function of (text, tokens, sentences, entities): no resources, no I/O.

use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Sentence, Token, TokenKind};

/// Direct speech (quoted, after a colon) or reported (indirect) speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How the speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerSource {
    /// Named right after (VSO) or before (SVO) the reporting verb.
    Explicit,
    /// Carried over from the previous quote (a continuation verb without its own subject).
    Carried,
    /// No speaker could be found.
    Unknown,
}

/// One quote. Every range is a byte range into the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The reporting verb (e.g. واضاف), absent for a bare quotation.
    pub verb: Range<usize>,
    /// The speaker mention as written where it was named (for carried speakers: where the
    /// speaker was last named explicitly). `None` when unknown.
    pub speaker: Option<Range<usize>>,
    /// The head of the speaker mention: the person/organisation entity inside it, if any.
    pub speaker_head: Option<Range<usize>>,
    pub speaker_source: SpeakerSource,
    /// What was said.
    pub content: Range<usize>,
    pub kind: QuoteKind,
    pub confidence: f32,
    /// The rule that produced it.
    pub provenance: &'static str,
}

/// Reporting verbs as search keys (hamza and alef maksura folded), past and present, masculine,
/// feminine and plural. Deliberately excludes ambiguous forms such as بين (bayyana "explained",
/// also bayna "between").
const REPORTING_VERBS: &[&str] = &[
    // قال qāla "said"
    "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون",
    // اكد akkada "affirmed"
    "اكد", "اكدت", "اكدوا", "يوكد", "توكد", "يوكدون",
    // اضاف aḍāfa "added"
    "اضاف", "اضافت", "اضافوا", "يضيف", "تضيف",
    // تابع tābaʿa "went on"
    "تابع", "تابعت",
    // اشار ašāra "pointed out" (with الى ان)
    "اشار", "اشارت", "اشاروا", "يشير", "تشير",
    // لفت lafata "drew attention" (with الى ان)
    "لفت", "لفتت", "يلفت",
    // اوضح awḍaḥa "explained"
    "اوضح", "اوضحت", "يوضح", "توضح",
    // اعتبر iʿtabara "considered"
    "اعتبر", "اعتبرت", "يعتبر", "تعتبر",
    // شدد šaddada "stressed"
    "شدد", "شددت", "يشدد", "تشدد",
    // نفى nafā "denied"
    "نفي", "نفت", "ينفي", "تنفي",
    // ذكر ḏakara "mentioned"
    "ذكر", "ذكرت", "يذكر", "تذكر",
    // صرح ṣarraḥa "declared"
    "صرح", "صرحت",
    // اعلن aʿlana "announced"
    "اعلن", "اعلنت", "يعلن", "تعلن",
    // كشف kašafa "revealed"
    "كشف", "كشفت",
    // رأى raʾā "saw, held that"
    "راي", "رات", "يري", "تري",
    // افاد afāda "stated"
    "افاد", "افادت", "يفيد",
    // زعم zaʿama "claimed"
    "زعم", "زعمت",
    // حذر ḥaḏḏara "warned"
    "حذر", "حذرت", "يحذر",
    // اعرب aʿraba "expressed"
    "اعرب", "اعربت",
    // لاحظ lāḥaẓa "noted"
    "لاحظ", "لاحظت",
    // اعترف iʿtarafa "admitted"
    "اعترف", "اعترفت",
    // ابلغ ablaġa "told"
    "ابلغ", "ابلغت",
    // كتب kataba "wrote", رد radda "replied", اقر aqarra "acknowledged", اقترح "proposed"
    "كتب", "كتبت", "رد", "ردت", "اقر", "اقرت", "اقترح", "اقترحت",
    // اختتم ikhtatama "concluded", تساءل tasāʾala "wondered", اردف ardafa "went on"
    "اختتم", "اختتمت", "تساءل", "تسايل", "تساءلت", "تسايلت", "اردف", "اردفت", "استطرد",
    // نقل naqala "relayed" (نقل X عن Y ان: Y is the speaker)
    "نقل", "نقلت", "ينقل",
    // بينت bayyanat "explained" (feminine only: بين is also bayna "between")
    "بينت",
    // nominal/plural forms seen in news
    "اعلنوا", "ذكروا", "اشارت", "حذروا", "نفوا", "اكدتا",
];

/// Participles that report speech as an adverbial of the main clause (مضيفا muḍīfan "adding",
/// مشيرا mušīran "pointing out"): their speaker is the sentence's (or the last) speaker.
const PARTICIPLES: &[&str] = &[
    "مضيفا", "مضيفه", "مضيفين", "مضيفتا", "مشيرا", "مشيره", "مشيرين", "موكدا", "موكده", "موكدين", "مشددا", "مشدده", "مشددين", "موضحا", "موضحه", "معتبرا", "معتبره", "لافتا", "لافته", "قايلا", "قايله", "قايلين", "معربا", "معربه", "منوها", "منوهه", "محذرا", "محذره", "داعيا", "داعيه", "معلنا", "معلنه", "مطالبا", "مطالبه", "واعدا", "متسايلا", "نافيا", "نافيه", "كاشفا", "كاشفه", "مبينا", "مبينه",
];

/// Appeal verbs: دعا daʿā "called for", طالب ṭālaba "demanded", ناشد nāšada "appealed",
/// حث ḥaṯṯa "urged". Their content may also open with الى ilā "to" or بـ bi-.
const APPEALS: &[&str] = &["دعا", "دعت", "دعوا", "يدعو", "تدعو", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد", "حث", "حثت", "يحث", "طلب", "طلبت"];

/// Words that may make up a speaker phrase besides entities: titles and role nouns
/// (وزير wazīr "minister", الخارجية al-khārijiyya "foreign affairs", المتحدث al-mutaḥaddith
/// "the spokesman", باسم bi-smi "in the name of", ...). Search keys.
const TITLE_WORDS: &[&str] = &[
    "وزير", "وزيره", "الوزير", "وزيرة", "الخارجيه", "الداخليه", "الدفاع", "الخارجية", "الرئيس", "رئيس", "رييس", "الرييس", "رييسه", "الرييسه", "الوزراء", "المتحدث", "المتحدثه", "متحدث", "باسم", "السفير", "سفير", "الامين", "امين", "العام", "عام", "نايب", "النايب", "مساعد", "مستشار", "المستشار", "الشيخ", "السيد", "السيده", "الملك", "الامير", "ولي", "العهد", "قايد", "القايد", "زعيم", "الزعيم", "مدير", "المدير", "المندوب", "مندوب", "الدايم", "الحكومه", "حكومه", "الجيش", "الشرطه", "وزاره", "الوزاره", "مصدر", "مصادر", "المصدر", "مسوول", "المسوول", "مسوولون", "نظيره", "نظيرته", "الجنرال", "العميد", "اللواء", "الدكتور", "د", "البروفيسور", "الناطق", "ناطق", "البيت", "الابيض", "الكرملين", "بيان", "البيان", "وكاله", "الوكاله", "الاتحاد", "الاوروبي", "الامم", "المتحده", "مجلس", "الامن", "الدولي", "النواب", "الشعب", "الشوري", "الاسلامي", "الاسلاميه", "الجمهوريه", "المملكه", "دوله", "الدوله", "حزب", "الحزب", "حركه", "الحركه", "منظمه", "المنظمه", "لجنه", "اللجنه", "المجلس", "رئاسه", "الرياسه", "الرئاسه",
    "تقرير", "التقرير", "تقارير", "الصحيفه", "صحيفه", "المسوولين", "مسوولين", "مسوولو", "مصدر", "شهود", "عيان", "وزارة", "الاميركي", "الامريكي", "باسم",
];

/// Complementizers that open indirect speech: ان an "that" and its forms with pronouns,
/// بان bi-an. Search keys.
const THAT: &[&str] = &["ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انا", "انكم", "بان", "بانه", "بانها", "بانهم", "باننا", "بانني"];

fn key_of(text: &str, t: &Token) -> String {
    search_key(&text[t.range.clone()]).into_owned()
}

/// A constant word list with hashed lookup, built on first use (read-only afterwards).
struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, set: std::sync::OnceLock::new() }
    }
    fn contains(&self, key: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(key)
    }
}

static REPORTING_SET: WordSet = WordSet::new(REPORTING_VERBS);
static APPEALS_SET: WordSet = WordSet::new(APPEALS);
static PARTICIPLES_SET: WordSet = WordSet::new(PARTICIPLES);
static TITLE_SET: WordSet = WordSet::new(TITLE_WORDS);
static THAT_SET: WordSet = WordSet::new(THAT);

/// Strip a leading conjunction و wa / ف fa when the rest is in `set`.
fn in_set_with_conj<'a>(key: &'a str, set: &WordSet) -> Option<&'a str> {
    if set.contains(key) {
        return Some(key);
    }
    let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
    set.contains(rest).then_some(rest)
}

/// How a reporting word introduces speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VerbClass {
    Say,
    Participle,
    Appeal,
}

fn verb_class(key: &str) -> Option<VerbClass> {
    if in_set_with_conj(key, &REPORTING_SET).is_some() {
        Some(VerbClass::Say)
    } else if in_set_with_conj(key, &APPEALS_SET).is_some() {
        Some(VerbClass::Appeal)
    } else if in_set_with_conj(key, &PARTICIPLES_SET).is_some() {
        Some(VerbClass::Participle)
    } else {
        None
    }
}

fn is_reporting_verb(key: &str) -> bool {
    verb_class(key).is_some()
}

fn is_comma(s: &str) -> bool {
    matches!(s, "،" | ",")
}

fn is_quote_open(s: &str) -> bool {
    matches!(s, "«" | "\"" | "“" | "‹")
}

fn closing_for(open: &str) -> &'static [&'static str] {
    match open {
        "«" => &["»"],
        "“" => &["”", "\""],
        "‹" => &["›"],
        _ => &["\"", "”"],
    }
}

/// Find the quotes of a document.
pub fn find_quotes(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let keys: Vec<String> = tokens.iter().map(|t| if t.kind == TokenKind::Arabic || t.kind == TokenKind::Punct { key_of(text, t) } else { String::new() }).collect();
    // Entity index per token (person/organisation/nationality), for speaker phrases.
    let mut ent_at: Vec<Option<usize>> = vec![None; tokens.len()];
    {
        let mut e = 0;
        for (i, t) in tokens.iter().enumerate() {
            while e < entities.len() && entities[e].range.end <= t.range.start {
                e += 1;
            }
            if e < entities.len() && entities[e].range.start < t.range.end && t.range.start < entities[e].range.end {
                ent_at[i] = Some(e);
            }
        }
    }
    // Titles introduced in apposition to a person (وزير الخارجية الايراني محمد جواد ظريف "the
    // Iranian foreign minister Mohammad Javad Zarif"): a later bare title refers to that person.
    // Each title word's stem (without و and ال) in apposition to a person, before
    // (السفير السعودي لدى واشنطن خالد بن سلمان) or after (خالد بن سلمان، السفير السعودي) the name.
    let mut appositions: Vec<(usize, Vec<String>, Range<usize>)> = Vec::new();
    for (e, ent) in entities.iter().enumerate() {
        if ent.kind != EntityType::Person {
            continue;
        }
        let toks: Vec<usize> = (0..tokens.len()).filter(|&k| ent_at[k] == Some(e)).collect();
        let (Some(&first), Some(&last)) = (toks.first(), toks.last()) else { continue };
        let mut stems = Vec::new();
        let mut k = first;
        while k > 0 && first - k < 7 {
            let key = &keys[k - 1];
            let title = in_set_with_conj(key, &TITLE_SET).is_some();
            let other_entity = ent_at[k - 1].is_some_and(|x| entities[x].kind != EntityType::Person);
            if !(title || other_entity || matches!(key.as_str(), "لدي" | "في" | "باسم" | "العام" | "الجديد" | "السابق")) {
                break;
            }
            if title {
                stems.push(title_stem(key));
            }
            k -= 1;
        }
        if last + 2 < tokens.len() && is_comma(&keys[last + 1]) {
            let mut k = last + 2;
            while k < tokens.len() && k < last + 8 && (in_set_with_conj(&keys[k], &TITLE_SET).is_some() || ent_at[k].is_some_and(|x| entities[x].kind != EntityType::Person)) {
                if in_set_with_conj(&keys[k], &TITLE_SET).is_some() {
                    stems.push(title_stem(&keys[k]));
                }
                k += 1;
            }
        }
        if !stems.is_empty() {
            appositions.push((tokens[first].range.start, stems, ent.range.clone()));
        }
    }
    let mut out = Vec::new();
    // The last explicit speaker: (mention, head), and whether a different person has been named
    // in narration since.
    let mut last: Option<(Range<usize>, Option<Range<usize>>)> = None;
    for s in sentences {
        let range = s.tokens.clone();
        let mut i = range.start;
        let mut sentence_quotes = 0;
        while i < range.end {
            let Some(class) = verb_class(&keys[i]).filter(|_| ent_at[i].is_none()) else {
                i += 1;
                continue;
            };
            // يذكر ان yuḏkaru anna "it is worth noting that" is a narration formula.
            let bare = keys[i].strip_prefix('و').unwrap_or(&keys[i]);
            if bare == "يذكر" && keys.get(i + 1).is_some_and(|k| THAT_SET.contains(k)) {
                i += 1;
                continue;
            }
            match quote_at(text, tokens, &keys, &ent_at, entities, i, range.start, range.end, class) {
                Some(mut q) => {
                    let content_end_tok = q.1;
                    if let (Some(sp), None) = (&q.0.speaker, &q.0.speaker_head) {
                        // A bare title: the person last introduced with it.
                        let first = tokens.partition_point(|t| t.range.start < sp.start);
                        let last_tok = tokens.partition_point(|t| t.range.end <= sp.end);
                        // The head noun is the first title word of the speaker phrase.
                        let head_stem = keys[first..last_tok].iter().find(|k| in_set_with_conj(k, &TITLE_SET).is_some()).map(|k| title_stem(k));
                        let found = head_stem.and_then(|h| appositions.iter().rev().find(|(at, stems, _)| *at < sp.start && stems.contains(&h)));
                        if let Some((_, _, person)) = found {
                            q.0.speaker_head = Some(person.clone());
                            q.0.provenance = match q.0.provenance {
                                "quote.colon-that" => "quote.colon-that+title-coref",
                                "quote.comma-that" => "quote.comma-that+title-coref",
                                "quote.that" => "quote.that+title-coref",
                                "quote.colon" => "quote.colon+title-coref",
                                "quote.comma" => "quote.comma+title-coref",
                                other => other,
                            };
                        }
                    }
                    match &q.0.speaker {
                        Some(sp) => last = Some((sp.clone(), q.0.speaker_head.clone())),
                        None => {
                            // SVO: a person/organisation (or a report, a statement) right before
                            // the verb is its subject; أما X ... فقال ammā X ... fa-qāla "as for X,
                            // he said" names it at the start of the sentence.
                            if class != VerbClass::Participle {
                                if let Some((r, head)) = svo_subject(&keys, tokens, &ent_at, entities, i, range.start) {
                                    q.0.speaker = Some(r.clone());
                                    q.0.speaker_head = head.clone();
                                    q.0.speaker_source = SpeakerSource::Explicit;
                                    q.0.provenance = "quote.svo";
                                    last = Some((r, head));
                                }
                            }
                            if q.0.speaker.is_none() {
                                if let Some((sp, head)) = &last {
                                    q.0.speaker = Some(sp.clone());
                                    q.0.speaker_head = head.clone();
                                    q.0.speaker_source = SpeakerSource::Carried;
                                    q.0.confidence *= 0.85;
                                } else {
                                    q.0.confidence *= 0.5;
                                }
                            }
                        }
                    }
                    out.push(q.0);
                    sentence_quotes += 1;
                    i = content_end_tok.max(i + 1);
                }
                None => i += 1,
            }
        }
        let _ = sentence_quotes;
    }
    out
}

/// A title word's stem for matching: without و wa and ال al- (المتحدث → متحدث).
fn title_stem(key: &str) -> String {
    let k = in_set_with_conj(key, &TITLE_SET).unwrap_or(key);
    k.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(k).to_string()
}

/// The subject before a verb at `v` in a sentence starting at token `start`: an entity or
/// title/report noun right before it, or the phrase after a sentence-initial اما ammā "as for"
/// when the verb carries ف fa-.
fn svo_subject(keys: &[String], tokens: &[Token], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    if keys[v].starts_with('ف') {
        let a = (start..v).find(|&k| keys[k] == "اما")?;
        let mut end = a + 1;
        while end < v && !is_comma(&keys[end]) && end < a + 8 {
            end += 1;
        }
        if end > a + 1 {
            let r = tokens[a + 1].range.start..tokens[end - 1].range.end;
            let head = (a + 1..end).filter_map(|k| ent_at[k]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
            return Some((r, head));
        }
    }
    let prev = v.checked_sub(1).filter(|&p| p >= start)?;
    if let Some(e) = ent_at[prev].filter(|&e| is_actor(e)) {
        let r = entities[e].range.clone();
        return Some((r.clone(), Some(r)));
    }
    if matches!(keys[prev].as_str(), "تقرير" | "التقرير" | "البيان" | "بيان" | "الصحيفه" | "المصدر" | "مصدر" | "الوزاره" | "الحكومه" | "الجيش" | "الشرطه") {
        return Some((tokens[prev].range.clone(), None));
    }
    None
}

/// Try to read a quote whose reporting verb is token `v`; the sentence ends at token `end`.
/// Returns the quote and the token index where its content ends (exclusive).
#[allow(clippy::too_many_arguments)]
fn quote_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize, end: usize, class: VerbClass) -> Option<(Quote, usize)> {
    let _ = start;
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    // Subject phrase: entities (person, organisation, nationality, place) and title words.
    // Participles have no subject of their own.
    let mut j = v + 1;
    let mut head: Option<Range<usize>> = None;
    let mut head_is_person = false;
    while j < end && class != VerbClass::Participle {
        let is_title = in_set_with_conj(&keys[j], &TITLE_SET).is_some() && tokens[j].kind == TokenKind::Arabic;
        match ent_at[j] {
            Some(e) => {
                // ميركل لنتانياهو mērkil li-netanyāhū "Merkel to Netanyahu": the addressee
                // (a new entity with the preposition ل) ends the subject.
                if head.is_some() && keys[j].starts_with('ل') && ent_at[j - 1] != Some(e) {
                    break;
                }
                if is_actor(e) && (head.is_none() || (!head_is_person && entities[e].kind == EntityType::Person)) {
                    head = Some(entities[e].range.clone());
                    head_is_person = entities[e].kind == EntityType::Person;
                }
                j += 1;
            }
            None if is_title => j += 1,
            // Apposition: TITLE، NAME، (وقال وزير الخارجية، مايك بومبيو، ان ...)
            None if is_comma(&keys[j]) && j > v + 1 && j + 1 < end && ent_at[j + 1].is_some_and(|e| entities[e].kind == EntityType::Person) => {
                let e = ent_at[j + 1].unwrap_or_default();
                head = Some(entities[e].range.clone());
                let mut k = j + 1;
                while k < end && ent_at[k] == Some(e) {
                    k += 1;
                }
                // A comma closing the apposition before ان/الى belongs to it.
                j = k;
                if j < end && is_comma(&keys[j]) && j + 1 < end && (THAT_SET.contains(&keys[j + 1]) || keys[j + 1] == "الي") {
                    j += 1;
                }
                break;
            }
            None => break,
        }
    }
    let subject = (j > v + 1).then(|| tokens[v + 1].range.start..tokens[j - 1].range.end).map(|r| {
        // Trim a trailing comma from the subject span.
        let last = tokens.partition_point(|t| t.range.end <= r.end);
        if last > 0 && is_comma(&keys[last - 1]) && last - 1 > v + 1 {
            r.start..tokens[last - 2].range.end
        } else {
            r
        }
    });
    if j >= end {
        return None;
    }
    // نقل X عن Y naqala X ʿan Y "X relayed from Y": Y is the speaker.
    if matches!(keys[v].strip_prefix('و').unwrap_or(&keys[v]), "نقل" | "نقلت" | "ينقل") && keys[j] == "عن" {
        if let Some(e) = ent_at.get(j + 1).copied().flatten().filter(|&e| is_actor(e)) {
            head = Some(entities[e].range.clone());
            let mut k = j + 1;
            while k < end && ent_at[k] == Some(e) {
                k += 1;
            }
            j = k;
        }
    }
    // What opens the content; if nothing does right away, look a little further for ان/بان or
    // a colon past a short adverbial (لوكالة رويترز "to Reuters", في بيان "in a statement",
    // امس "yesterday"), but never past عن ("announced about") or another reporting verb.
    if !is_opener(text, tokens, keys, j, end, class) && keys[j] != "عن" && class != VerbClass::Participle {
        let mut k = j + 1;
        while k < end && k <= j + 12 {
            let sk = &text[tokens[k].range.clone()];
            if is_reporting_verb(&keys[k]) || is_quote_open(sk) || matches!(sk, "." | "؟" | "!") {
                break;
            }
            if THAT_SET.contains(&keys[k]) || sk == ":" || (keys[k] == "الي" && k + 1 < end && THAT_SET.contains(&keys[k + 1])) {
                j = k;
                break;
            }
            k += 1;
        }
    }
    let k = &keys[j];
    let surface = &text[tokens[j].range.clone()];
    let (kind, content_start, rule) = if surface == ":" || surface == "،" || surface == "," {
        // A colon or comma, possibly followed by a quotation mark.
        let mut c = j + 1;
        if c < end && is_quote_open(&text[tokens[c].range.clone()]) {
            c += 1;
        }
        // After a comma, ان "that" still makes it indirect (وقال، ان ...: "and he said that").
        if c < end && THAT_SET.contains(&keys[c]) {
            let start = if keys[c] == "ان" || keys[c] == "بان" { c + 1 } else { c };
            (QuoteKind::Indirect, start, if surface == ":" { "quote.colon-that" } else { "quote.comma-that" })
        } else {
            (QuoteKind::Direct, c, if surface == ":" { "quote.colon" } else { "quote.comma" })
        }
    } else if is_quote_open(surface) {
        (QuoteKind::Direct, j + 1, "quote.marks")
    } else if THAT_SET.contains(k) {
        let start = if k == "ان" || k == "بان" { j + 1 } else { j };
        (QuoteKind::Indirect, start, "quote.that")
    } else if k == "الي" && j + 1 < end && THAT_SET.contains(&keys[j + 1]) {
        // اشار الى ان ašāra ilā an "pointed out that"
        let start = if keys[j + 1] == "ان" { j + 2 } else { j + 1 };
        (QuoteKind::Indirect, start, "quote.ila-that")
    } else if class == VerbClass::Appeal && (k == "الي" || (k.starts_with('ب') && k.chars().count() > 3 && ent_at[j].is_none())) {
        // دعا الى وقف daʿā ilā waqf "called for a halt"; طالب بالافراج "demanded the release"
        let start = if k == "الي" { j + 1 } else { j };
        (QuoteKind::Indirect, start, "quote.appeal")
    } else {
        return None;
    };
    if content_start >= end {
        return None;
    }
    // The content runs to the sentence end, a closing quotation mark, or the next reporting
    // clause (و + reporting verb) in the same sentence.
    let mut c = content_start;
    let opened = content_start > 0 && is_quote_open(&text[tokens[content_start - 1].range.clone()]);
    let closers: &[&str] = if opened { closing_for(&text[tokens[content_start - 1].range.clone()]) } else { &[] };
    while c < end {
        let s = &text[tokens[c].range.clone()];
        if opened && closers.contains(&s) {
            break;
        }
        if !opened && c > content_start && keys[c].starts_with('و') && is_reporting_verb(&keys[c]) && ent_at[c].is_none() && clause_follows(text, tokens, keys, ent_at, c, end) {
            break;
        }
        c += 1;
    }
    // Trim trailing punctuation from the content.
    let mut last = c;
    while last > content_start && tokens[last - 1].kind == TokenKind::Punct && !opened {
        last -= 1;
    }
    if last <= content_start {
        return None;
    }
    let content = tokens[content_start].range.start..tokens[last - 1].range.end;
    let confidence = match (kind, subject.is_some()) {
        (QuoteKind::Direct, true) => 0.9,
        (QuoteKind::Indirect, true) => 0.85,
        (QuoteKind::Direct, false) => 0.8,
        (QuoteKind::Indirect, false) => 0.75,
    };
    let speaker_source = if subject.is_some() { SpeakerSource::Explicit } else { SpeakerSource::Unknown };
    Some((Quote { verb: tokens[v].range.clone(), speaker: subject, speaker_head: head, speaker_source, content, kind, confidence, provenance: rule }, c))
}

/// Does token `j` open quoted content (colon, comma, quotation mark, ان, الى ان; الى for
/// appeals)?
fn is_opener(text: &str, tokens: &[Token], keys: &[String], j: usize, end: usize, class: VerbClass) -> bool {
    let s = &text[tokens[j].range.clone()];
    s == ":" || is_comma(s) || is_quote_open(s) || THAT_SET.contains(&keys[j]) || (keys[j] == "الي" && (class == VerbClass::Appeal || j + 1 < end && THAT_SET.contains(&keys[j + 1])))
}

/// Does a reporting clause start at `v` (verb, optional subject, then a content opener)?
fn clause_follows(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, end: usize) -> bool {
    let mut j = v + 1;
    while j < end && (ent_at[j].is_some() || in_set_with_conj(&keys[j], &TITLE_SET).is_some()) {
        j += 1;
    }
    if j >= end {
        return false;
    }
    let s = &text[tokens[j].range.clone()];
    matches!(s, ":" | "،" | ",") || is_quote_open(s) || THAT_SET.contains(&keys[j]) || keys[j] == "الي"
}
