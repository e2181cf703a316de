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

mod apposed;
mod carry_clause;
mod citation;
mod coref;
// (session 38, qgroup) group, dual and report speakers named by members or issuer
mod groups;
mod indeftitle;
mod leadtitle;
mod masdar;
mod naming;
mod nattitle;
mod quantity;
mod repeat;
mod samename;
mod srcword;
mod titleholder;
pub use groups::name_group_speakers;
pub use naming::is_clause_particle;
pub use naming::is_construct_kin_noun;
// (session 27) the naming passes for quotes a later stage re-decided (the engine's ranker)
pub use naming::{rename_speakers, unconjoin_speaker_heads};
// (session 33) the citation-form speaker label
pub use citation::{citation_name, citation_names};
// (session 38, qname) one description wording, one person in an article
pub use samename::name_repeated_descriptions;
pub use nattitle::name_national_titles_by_country;
// (session 42, qgroup) short definite repeats and acronyms named by the longer introduction
pub use repeat::{name_short_repeats, name_short_repeats_keyed};

use rustc_hash::FxHashMap;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Sentence, Token, TokenKind};
use quantity::{quantity, Quantity};

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
    /// The first rule that then set or renamed its speaker (`issuer`, `relative-antecedent`,
    /// `gender`, `naming`, ...), if any: see [`Quote::provenance_tag`].
    pub speaker_rule: Option<&'static str>,
    /// (session 33) The speaker's name in citation form, when it differs from the text of the
    /// head (else speaker) range: an indefinite accusative or oblique plural in the nominative
    /// (مسؤولا امنيا → مسؤول امني), a pronoun possessor spelled out (انصاره → انصار NAME), a
    /// preposition clitic off a name. A derived label: the ranges stay the provenance. Filled by
    /// [`citation_names`] (the engine, after naming); `None` from [`find_quotes`].
    pub speaker_name: Option<String>,
}

impl Quote {
    /// The provenance as one tag for output: the base rule, then `+` and the speaker rule when
    /// one fired (`quote.that+relative-antecedent`).
    pub fn provenance_tag(&self) -> std::borrow::Cow<'static, str> {
        match self.speaker_rule {
            Some(rule) => format!("{}+{rule}", self.provenance).into(),
            None => self.provenance.into(),
        }
    }

    /// Records `rule` as the rule that set or renamed the speaker, unless an earlier rule
    /// already did (the first rule wins, so `clause-subject` stays after a later `naming`).
    pub(crate) fn note_rule(&mut self, rule: &'static str) {
        if self.speaker_rule.is_none() {
            self.speaker_rule = Some(rule);
        }
    }
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
    // افاد afāda "stated"
    "افاد", "افادت", "يفيد",
    // زعم zaʿama "claimed"
    "زعم", "زعمت",
    // حذر ḥaḏḏara "warned"
    "حذر", "حذرت", "يحذر",
    // لاحظ lāḥaẓa "noted"
    "لاحظ", "لاحظت",
    // اعترف iʿtarafa "admitted"
    "اعترف", "اعترفت",
    // ابلغ ablaġa "told"
    "ابلغ", "ابلغت",
    // كتب kataba "wrote", رد radda "replied", اقر aqarra "acknowledged", اقترح "proposed"
    "كتب", "كتبت", "رد", "ردت", "بقوله", "بقولها", "اقر", "اقرت", "اقترح", "اقترحت",
    // اختتم ikhtatama "concluded", تساءل tasāʾala "wondered", اردف ardafa "went on"
    "اختتم", "اختتمت", "تساءل", "تسايل", "تساءلت", "تسايلت", "اردف", "اردفت", "استطرد",
    // كرر karrara "repeated" (with ان or a quotation)
    "كرر", "كررت", "يكرر",
    // نقل naqala "relayed" (نقل X عن Y ان: Y is the speaker)
    "نقل", "نقلت", "ينقل",
    // بينت bayyanat "explained" (feminine only: بين is also bayna "between")
    "بينت",
    // تحدث taḥaddaṯa "spoke" (عن ان "about that"), يعتبرون "they consider", ختم ḫatama "concluded"
    "تحدث", "تحدثت", "يتحدث", "تتحدث", "يعتبرون", "ختم", "ختمت",
    // Session 4: common reporting verbs of ANT news (each occurs as a reporting verb with
    // ان/a colon in dozens of ANT politics articles): غرد ġarrada "tweeted", اخبر aḫbara "told",
    // اورد awrada "reported", ادعى iddaʿā "claimed", تعهد taʿahhada "pledged", وعد waʿada
    // "promised", نوه nawwaha / نبه nabbaha "noted", هدد haddada / توعد tawaʿʿada "threatened",
    // استكمل istakmala "went on". Like every قال-type verb they need ان/بان, a colon or a
    // quotation (وعد بلفور "the Balfour promise" is no quote).
    "غرد", "غردت", "اخبر", "اخبرت", "اخبروا", "اورد", "اوردت", "ادعي", "ادعت", "تعهد", "تعهدت", "وعد", "وعدت", "نوه", "نوهت", "نبه", "نبهت", "هدد", "هددت", "توعد", "توعدت", "استكمل", "استكملت",
    // nominal/plural forms seen in news
    "اعلنوا", "ذكروا", "اشارت", "حذروا", "نفوا", "اكدتا",
    // (session 39) Claim verbs, a quote only with a that-clause near the verb (see
    // `Family::Claim`): the present of زعم zaʿama "claimed" (not of ادعى iddaʿā "claimed": its
    // key is that of يُدعى yudʿā "is called", عضو يدعى NAME "a member called NAME"), اصر
    // aṣarra "insisted" (على ان), جدد jaddada "renewed" (التأكيد على ان "the assertion that"), تفيد
    // tufīdu "states" (تقارير تفيد بان "reports say that").
    "يزعم", "تزعم", "يزعمون", "اصر", "اصرت", "يصر", "تصر", "يصرون", "جدد", "جددت", "يجدد", "تفيد",
    // (session 39) علق ʿallaqa "commented": with a that-clause, a colon or a quotation only.
    "علق", "علقت", "يعلق",
    // (session 39) اعتبر iʿtabara "considered" with an object pronoun (واعتبره "…" wa-ʿtabarahu
    // "and he considered it '…'"): a quotation, a colon or a that-clause near the verb only
    // (see `Family::Consider`).
    "اعتبره", "اعتبرها", "اعتبرهم", "اعتبرته", "اعتبرتها", "اعتبرتهم", "اعتبروه", "اعتبروها", "يعتبره", "يعتبرها", "يعتبرهم", "تعتبره", "تعتبرها", "تعتبرهم", "يعتبرونه", "يعتبرونها", "يعتبرانها",
];

/// Participles that report speech as an adverbial of the main clause (مضيفا muḍīfan "adding",
/// مشيرا mušīran "pointing out"): their speaker is the sentence's (or the last) speaker.
const PARTICIPLES: &[&str] = &[
    "مضيفا", "مضيفه", "مضيفين", "مضيفتا", "مشيرا", "مشيره", "مشيرين", "موكدا", "موكده", "موكدين", "مشددا", "مشدده", "مشددين", "موضحا", "موضحه", "معتبرا", "معتبره", "لافتا", "لافته", "قايلا", "قايله", "قايلين", "منوها", "منوهه", "محذرا", "محذره", "داعيا", "داعيه", "معلنا", "معلنه", "مطالبا", "مطالبه", "واعدا", "متسايلا", "نافيا", "نافيه", "كاشفا", "كاشفه", "مبينا", "مبينه", "متحدثا", "متحدثه", "ذاكرا", "ذاكره", "مناشدا", "مناشده", "زاعما", "زاعمه", "مطالبين", "محذرين",
    // Session 4: plural and further participles (موضحين muwaḍḍiḥīn "explaining", نافين nāfīn
    // "denying", مذكرا muḏakkiran "reminding", متعهدا mutaʿahhidan "pledging", مهددا "threatening").
    "موضحين", "معتبرين", "نافين", "لافتين", "مذكرا", "مذكره", "متعهدا", "متعهده", "مهددا", "مهدده", "متوعدا", "منبها", "منبهه", "مدعيا", "مدعيه",
];

/// Appeal verbs: دعا daʿā "called for", طالب ṭālaba "demanded", ناشد nāšada "appealed",
/// حث ḥaṯṯa "urged". Their content may also open with الى ilā "to" or بـ bi-.
const APPEALS: &[&str] = &["دعا", "دعت", "دعوا", "يدعو", "تدعو", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد", "حث", "حثت", "يحث", "طلب", "طلبت", "حض", "حضت", "يحض", "تحض"];

/// Words that may make up a speaker phrase besides entities: titles and role nouns
/// (وزير wazīr "minister", الخارجية al-khārijiyya "foreign affairs", المتحدث al-mutaḥaddith
/// "the spokesman", باسم bi-smi "in the name of", ...). Search keys.
const TITLE_WORDS: &[&str] = &[
    "وزير", "وزيره", "الوزير", "وزيرة", "الخارجيه", "الداخليه", "الدفاع", "الخارجية", "الرئيس", "رئيس", "رييس", "الرييس", "رييسه", "الرييسه", "الوزراء", "المتحدث", "المتحدثه", "متحدث", "باسم", "السفير", "سفير", "الامين", "امين", "العام", "عام", "نايب", "النايب", "مساعد", "مستشار", "المستشار", "الشيخ", "السيد", "السيده", "الملك", "الامير", "ولي", "العهد", "قايد", "القايد", "زعيم", "الزعيم", "مدير", "المدير", "المندوب", "مندوب", "الدايم", "الحكومه", "حكومه", "الجيش", "الشرطه", "وزاره", "الوزاره", "مصدر", "مصادر", "المصدر", "مسوول", "المسوول", "مسوولون", "نظيره", "نظيرته", "الجنرال", "العميد", "اللواء", "الدكتور", "د", "البروفيسور", "الناطق", "ناطق", "البيت", "الابيض", "الكرملين", "بيان", "البيان", "وكاله", "الوكاله", "الاتحاد", "الاوروبي", "الامم", "المتحده", "مجلس", "الامن", "الدولي", "النواب", "الشعب", "الشوري", "الاسلامي", "الاسلاميه", "الجمهوريه", "المملكه", "دوله", "الدوله", "حزب", "الحزب", "حركه", "الحركه", "منظمه", "المنظمه", "لجنه", "اللجنه", "المجلس", "رئاسه", "الرياسه", "الرئاسه",
    "السلطات", "سلطات", "تقرير", "التقرير", "تقارير", "الصحيفه", "صحيفه", "المسوولين", "مسوولين", "مسوولو", "مصدر", "شهود", "عيان", "وزارة", "الاميركي", "الامريكي", "باسم",
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

/// The singular and plural relative pronouns الذي al-ladhī, التي al-latī, الذين al-ladhīna "who, which".
pub(crate) fn is_relative_pronoun(key: &str) -> bool {
    relative_gender(key).is_some()
}

/// The agreement a relative pronoun marks: الذي masculine, التي feminine, الذين plural (a verb
/// right after it agrees with it when the antecedent is the verb's subject).
fn relative_gender(key: &str) -> Option<Gender> {
    match key {
        "الذي" => Some(Gender::Masculine),
        "التي" => Some(Gender::Feminine),
        "الذين" => Some(Gender::Plural),
        _ => None,
    }
}

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

/// Is `key` (a search key, a leading و allowed) a person title (وزير wazīr "minister", متحدث
/// mutaḥaddiṯ "spokesman", …)? The list the speaker finder uses, for speaker-candidate
/// generation outside this module (`cargo xtask quote-ranker`).
pub fn is_speaker_title(key: &str) -> bool {
    coref::is_person_title(key) || key.strip_prefix('و').is_some_and(coref::is_person_title)
}

/// Is `key` (a search key, a leading و allowed) a body or document noun (الوزارة al-wizāra "the
/// ministry", البيان al-bayān "the statement") that can be a speaker?
pub fn is_speaker_body_noun(key: &str) -> bool {
    coref::is_body_noun(key) || key.strip_prefix('و').is_some_and(coref::is_body_noun)
}

/// Is `key` (a search key) a reporting verb, appeal verb or reporting participle the quote
/// finder knows (قال، وأضاف، مشيرا …)?
pub fn is_reporting_word(key: &str) -> bool {
    is_reporting_verb(key)
}

fn is_comma(s: &str) -> bool {
    matches!(s, "،" | ",")
}

/// A preposition written as its own word (search key): على، إلى، عن، بعد، بين، خلال … (no verb
/// or subject word).
fn is_free_preposition(w: &str) -> bool {
    matches!(w, "علي" | "الي" | "عن" | "مع" | "من" | "بعد" | "قبل" | "ضد" | "لدي" | "في" | "عند" | "بين" | "بشان" | "حول" | "اثر" | "عقب" | "منذ" | "خلال")
}

/// A telling verb (search key, after و/ف): أبلغ ablaġa / أخبر aḫbara "told", whose addressee
/// follows it as an object, not as its subject.
fn is_telling_verb(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    bare.starts_with("ابلغ") || bare.starts_with("اخبر")
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

/// (session 39) The one person among candidate name mentions, each with a key that tells
/// persons apart (the name's last word): the longest mention (the first of equal length) when
/// all candidates share one key, else `None` (two persons: no holder).
fn one_person<K: PartialEq>(found: impl IntoIterator<Item = (Range<usize>, K)>) -> Option<Range<usize>> {
    let mut best: Option<(Range<usize>, K)> = None;
    for (r, k) in found {
        match &mut best {
            None => best = Some((r, k)),
            Some((b, bk)) if *bk == k => {
                if r.len() > b.len() {
                    *b = r;
                }
            }
            Some(_) => return None,
        }
    }
    best.map(|(r, _)| r)
}

/// Entity index per token (person/organisation/nationality), for speaker phrases.
fn entity_index(tokens: &[Token], entities: &[Entity]) -> Vec<Option<usize>> {
    let mut ent_at: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut e = 0;
    for (i, t) in tokens.iter().enumerate() {
        while e < entities.len() && entities[e].range.end <= t.range.start {
            e += 1;
        }
        if e < entities.len() && entities[e].range.start < t.range.end && t.range.start < entities[e].range.end {
            ent_at[i] = Some(e);
        }
    }
    ent_at
}

/// The entities with the names `apposition_names` finds (and without the spans they replace),
/// sorted; `None` when it finds none.
fn with_apposition_names(text: &str, tokens: &[Token], keys: &[String], entities: &[Entity]) -> Option<Vec<Entity>> {
    let ent_at = entity_index(tokens, entities);
    let (mut extra, mut dropped) = apposition_names(text, tokens, keys, &ent_at, entities);
    // (session 52) and the names opening with علي ʿAlī right after a reporting verb (a part the
    // tagger tagged gives way to the whole name, as in an apposition)
    for (a, parts) in ali_names(text, tokens, keys, &ent_at, entities) {
        if !extra.iter().any(|e| e.range.start < a.range.end && a.range.start < e.range.end) {
            dropped.extend(parts);
            extra.push(a);
        }
    }
    if extra.is_empty() {
        return None;
    }
    let mut m: Vec<Entity> = entities.iter().enumerate().filter(|(e, _)| !dropped.contains(e)).map(|(_, e)| e.clone()).chain(extra).collect();
    m.sort_by_key(|e| (e.range.start, e.range.end));
    Some(m)
}

/// (session 10, round 4) Untagged names in a comma apposition after a person title anywhere in
/// the document (وزارت وزيرة الداخلية، سلمى نوري، المدينة "the interior minister, Salma Nouri,
/// visited the town"): the title opens a phrase of up to eight words without punctuation, a
/// complementizer, a reporting verb or a person; the name is what `apposition_name` accepts.
fn apposition_names(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity]) -> (Vec<Entity>, Vec<usize>) {
    let mut out: Vec<Entity> = Vec::new();
    let mut dropped: Vec<usize> = Vec::new();
    for k in 0..tokens.len() {
        if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || !is_title_with_conj(&keys[k]) {
            continue;
        }
        let mut c = k + 1;
        while c < tokens.len() && c < k + 9 && tokens[c].kind == TokenKind::Arabic && !THAT_SET.contains(&keys[c]) && !is_reporting_verb(&keys[c]) && ent_at[c].is_none_or(|e| entities[e].kind != EntityType::Person) {
            c += 1;
        }
        if let Some(r) = apposition_name(text, tokens, keys, ent_at, entities, k, c) {
            if out.last().is_some_and(|l| l.range.end > r.start) {
                continue;
            }
            let inside = &ent_at[tokens.partition_point(|t| t.range.end <= r.start)..tokens.partition_point(|t| t.range.start < r.end)];
            if inside.iter().all(|e| e.is_none()) {
                out.push(Entity { range: r, kind: EntityType::Person, country: None });
            } else if inside.iter().any(|e| e.is_none()) && inside.iter().flatten().all(|&e| entities[e].range.start >= r.start && entities[e].range.end <= r.end) {
                // A name the tagger cut (أنغيلا ميركل with only ميركل tagged): the whole
                // apposition replaces the part.
                dropped.extend(inside.iter().flatten().copied());
                out.push(Entity { range: r, kind: EntityType::Person, country: None });
            }
        }
    }
    (out, dropped)
}

/// (session 52) Untagged names opening with the given name علي ʿAlī right after a finite
/// reporting verb (كشف علي NAME نجل … kašafa ʿAlī NAME najlu … "Ali NAME, the son of …,
/// revealed"; اعتبر علي NAME1 NAME2 مستشار … أن "Ali NAME1 NAME2, adviser …, held that"): the
/// search key of علي is that of the preposition على ʿalā "on", which ends every subject finder's
/// phrase, and the tagger leaves علي alone untagged. Only where the article writes the
/// preposition with ى (the written word then tells the two apart, as `name_ali` in
/// `quote_at`), and only when one to three name words follow علي, up to a comma, a colon, a
/// complementizer, a person title or a kin noun in construct (نجل najl "son of"): plain words,
/// no entity other than a person, none with the article (a last nisba surname excepted: علي
/// المنصوري), a written ة, a pronoun ending ه (a عبد-name excepted), a preposition, an
/// adverbial, a title or a reporting verb. The preposition's complement after a reporting verb
/// (أكد على ضرورة، شدد على أن، أصر على موقفه، حث على وقف إطلاق النار) fails one of these. The
/// names join the entities as persons for the quote speaker finder only.
fn ali_names(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity]) -> Vec<(Entity, Vec<usize>)> {
    let mut out = Vec::new();
    for k in 1..tokens.len() {
        if ent_at[k].is_some() || !is_name_ali(text, tokens, k) || ent_at[k - 1].is_some() || !verb_class(&keys[k - 1]).is_some_and(|c| c != VerbClass::Participle) {
            continue;
        }
        let word = |m: usize| {
            let w = keys[m].as_str();
            let s = &text[tokens[m].range.clone()];
            let nisba = naming::is_definite_nisba(w);
            tokens[m].kind == TokenKind::Arabic
                && ent_at[m].is_none_or(|e| entities[e].kind == EntityType::Person)
                && (!w.starts_with("ال") || nisba)
                && !s.ends_with('\u{0629}')
                && (!w.ends_with('ه') || w.starts_with("عبد"))
                && w.chars().count() >= 2
                && !ends_subject(w)
                && !is_free_preposition(w)
                && !is_adverbial(w)
                && !THAT_SET.contains(w)
                && !is_reporting_verb(w)
                && !coref::is_person_title(w)
                && !coref::is_body_noun(w)
                && in_set_with_conj(w, &TITLE_SET).is_none()
        };
        let mut m = k + 1;
        while m < tokens.len() && m < k + 4 && word(m) {
            let last = keys[m].starts_with("ال");
            m += 1;
            if last {
                break;
            }
        }
        if m == k + 1 || m >= tokens.len() {
            continue;
        }
        let next = keys[m].as_str();
        if !(is_comma(next) || next == ":" || THAT_SET.contains(next) || coref::is_person_title(next) || naming::is_construct_kin_noun(next)) {
            continue;
        }
        // a person tagged inside the run (the surname alone) is a part the tagger cut: the whole
        // name replaces it, when it lies inside the run
        if (k + 1..m).filter_map(|x| ent_at[x]).any(|e| entities[e].range.start < tokens[k + 1].range.start || entities[e].range.end > tokens[m - 1].range.end) {
            continue;
        }
        let mut parts: Vec<usize> = (k + 1..m).filter_map(|x| ent_at[x]).collect();
        parts.dedup();
        out.push((Entity { range: tokens[k].range.start..tokens[m - 1].range.end, kind: EntityType::Person, country: None }, parts));
    }
    out
}

/// Is token `k` the given name علي ʿAlī, not the preposition على ʿalā "on" that shares its
/// search key? Only where the article writes that preposition with ى, so that the written ي
/// tells the two apart.
fn is_name_ali(text: &str, tokens: &[Token], k: usize) -> bool {
    text.get(tokens[k].range.clone()) == Some("علي") && text.contains("على")
}

/// A person title, also with the conjunction و (وزيرة is a title itself, ووزيرة with و).
fn is_title_with_conj(key: &str) -> bool {
    coref::is_person_title(key) || key.strip_prefix('و').is_some_and(coref::is_person_title)
}

/// Find the quotes of a document.
pub fn find_quotes(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity]) -> Vec<Quote> {
    let keys: Vec<String> = tokens.iter().map(|t| if t.kind == TokenKind::Arabic || t.kind == TokenKind::Punct { key_of(text, t) } else { String::new() }).collect();
    find_quotes_with_keys(text, tokens, sentences, entities, keys)
}

/// (session 43, qperf) [`find_quotes`] on the search keys the engine computed for every token
/// (`marsad_text::normalize::token_search_keys`): copied, not computed again (the keys of
/// tokens other than Arabic words and punctuation are read as empty, as before).
pub fn find_quotes_keyed(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity], all_keys: &[std::borrow::Cow<'_, str>]) -> Vec<Quote> {
    if all_keys.len() != tokens.len() {
        return find_quotes(text, tokens, sentences, entities);
    }
    let keys: Vec<String> = tokens.iter().zip(all_keys).map(|(t, k)| if t.kind == TokenKind::Arabic || t.kind == TokenKind::Punct { k.to_string() } else { String::new() }).collect();
    find_quotes_with_keys(text, tokens, sentences, entities, keys)
}

fn find_quotes_with_keys(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity], keys: Vec<String>) -> Vec<Quote> {
    // (session 10, round 4) Names the tagger missed in a comma apposition after a person title
    // join the entities as persons, for the quote speaker finder only.
    let merged = with_apposition_names(text, tokens, &keys, entities);
    let entities: &[Entity] = merged.as_deref().unwrap_or(entities);
    let ent_at = entity_index(tokens, entities);
    // (session 44, qtitle) a title holder's name the tagger tagged as a body or ran into a place
    // (an organisation-tagged foreign name, a #NAME_NAME hashtag) is a person for the finder
    let holders = titleholder::with_mistagged_holders(text, tokens, &keys, &ent_at, entities);
    let (entities, ent_at): (&[Entity], Vec<Option<usize>>) = match holders.as_deref() {
        Some(h) => (h, entity_index(tokens, h)),
        None => (entities, ent_at),
    };
    let coref = coref::Coref::new(text, tokens, &keys, &ent_at, entities);
    let mut out = Vec::new();
    // The last explicit speaker: (mention, head), and whether a different person has been named
    // in narration since.
    let mut last: Option<(Range<usize>, Option<Range<usize>>)> = None;
    let mut earlier: Vec<Earlier> = Vec::new();
    // The grammatical gender of each explicit speaker's verb (parallel to `earlier`), and of
    // the last speaker's.
    let mut genders: Vec<Gender> = Vec::new();
    let mut last_gender = Gender::Unknown;
    let mut last_quote_sentence: Option<usize> = None;
    let mut quotes_in = vec![0usize; sentences.len()];
    // (session 18) The person whose words the last quote of a non-person speaker reports.
    let mut reported: Option<Range<usize>> = None;
    for (si, s) in sentences.iter().enumerate() {
        let range = s.tokens.clone();
        let mut i = range.start;
        // (session 33) the first token after the last quote of this sentence
        let mut floor = range.start;
        while i < range.end {
            let frame = attribution_at(text, tokens, &keys, &ent_at, entities, i, range.start, range.end).or_else(|| {
                // (session 6) وجاء في البيان ان "it came in the statement that": a statement
                // without an actor in its phrase speaks for the issuer of the statement
                // mentioned shortly before (أصدرت الوزارة بيانا … وجاء في البيان ان).
                let (mut q, next) = statement_frame_at(text, tokens, &keys, &ent_at, entities, i, range.end)?;
                if q.speaker_head.is_none() {
                    if let Some((r, head)) = issuer(tokens, &keys, &ent_at, entities, &earlier, i, i.saturating_sub(80), coref::StatementNouns::Statement) {
                        q.speaker = Some(r);
                        q.speaker_head = head;
                        q.note_rule("issuer");
                    }
                }
                Some((q, next))
            });
            if let Some((q, next)) = frame {
                let mut q = q;
                if let Some(sp) = q.speaker.clone() {
                    resolve_speaker(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q, sp);
                    earlier.push((q.speaker.clone().unwrap_or_default(), q.speaker_head.clone(), q.verb.start));
                    genders.push(speaker_gender(tokens, &keys, q.speaker.clone(), Gender::Unknown));
                    // (session 8) The source of an attribution clause is the last speaker for
                    // a participle or continuation verb after it (بحسب ما ذكرته الوكالة، لافتة
                    // إلى أن "according to what the agency reported, pointing out that").
                    last = Some((q.speaker.clone().unwrap_or_default(), q.speaker_head.clone()));
                    last_gender = genders.last().copied().unwrap_or(Gender::Unknown);
                }
                reported = reported_person(tokens, &keys, &ent_at, entities, &q);
                out.push(q);
                quotes_in[si] += 1;
                last_quote_sentence = Some(si);
                i = next.max(i + 1);
                floor = i;
                continue;
            }
            let Some(class) = verb_class(&keys[i]).filter(|_| ent_at[i].is_none()) else {
                i += 1;
                continue;
            };
            // بناء على طلب X "at X's request": after a preposition the word is a noun.
            if i > range.start && matches!(keys[i - 1].as_str(), "علي" | "الي" | "في" | "من" | "عن") {
                i += 1;
                continue;
            }
            // لم تؤكد lam tuʾakkid "did not confirm", لا يقول "does not say": negated reporting
            // is no quote.
            if i > range.start && matches!(keys[i - 1].as_str(), "لم" | "ولم" | "لن" | "ولن" | "لا" | "ولا") {
                i += 1;
                continue;
            }
            // يذكر ان yuḏkaru anna "it is worth noting that" is a narration formula.
            let bare = keys[i].strip_prefix('و').unwrap_or(&keys[i]);
            if bare == "يذكر" && keys.get(i + 1).is_some_and(|k| THAT_SET.contains(k)) {
                i += 1;
                continue;
            }
            match quote_at(text, tokens, &keys, &ent_at, entities, i, range.start, range.end, class) {
                Some(mut q) => {
                    let content_end_tok = q.1;
                    // (session 31) An object read as the verb's subject (see `object_subject`) is
                    // none: the fallbacks below (a subject before the verb, a carry) decide.
                    if let Some(r) = q.0.speaker.clone().filter(|_| q.0.speaker_source == SpeakerSource::Explicit) {
                        match object_subject(tokens, &keys, &ent_at, i, &r, q.0.speaker_head.is_some()) {
                            Some(None) => {
                                q.0.speaker = None;
                                q.0.speaker_head = None;
                                q.0.speaker_source = SpeakerSource::Unknown;
                                q.0.speaker_rule = None;
                            }
                            Some(Some(trimmed)) => {
                                // (a head tagged over the complementizer is cut with it)
                                if let Some(h) = q.0.speaker_head.clone().filter(|h| h.end == r.end) {
                                    q.0.speaker_head = (h.start < trimmed.end).then_some(h.start..trimmed.end);
                                }
                                q.0.speaker = Some(trimmed);
                            }
                            None => {}
                        }
                    }
                    // SVO: a person/organisation (or a report, a statement) right before the
                    // verb is its subject; أما X ... فقال ammā X ... fa-qāla "as for X, he said"
                    // names it at the start of the sentence.
                    if q.0.speaker.is_none() && class != VerbClass::Participle {
                        if let Some((r, head)) = svo_subject(text, &keys, tokens, &ent_at, entities, i, range.start) {
                            // (session 54, qexpl) before a plural verb, where the SVO verb
                            // agrees in number, a person's name that an untagged noun governs
                            // is no head: ولكن منتقدي NAME قالوا wa-lākin muntaqidī NAME qālū
                            // "but NAME's critics said" (see `plural_genitive_head`)
                            let head = head.filter(|h| !(agreement(&keys[i]) == Gender::Plural && plural_genitive_head(tokens, &keys, &ent_at, entities, &r, h)));
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.provenance = "quote.svo";
                            q.0.speaker_rule = None;
                        }
                    }
                    // (session 33) A verb right after a statement noun phrase speaks for the
                    // issuer named in it (see `statement_phrase_speaker`).
                    if q.0.speaker.is_none() && class != VerbClass::Participle {
                        if let Some((r, head, document)) = statement_phrase_speaker(tokens, &keys, &ent_at, entities, i, range.clone()) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.note_rule(if document { "statement-document" } else { "statement-issuer" });
                        }
                    }
                    // (session 33) An SVO subject set off from the verb by a relative clause, an
                    // apposition, a quoted name or an adverbial (see `svo_across_subject`).
                    if q.0.speaker.is_none() && class != VerbClass::Participle {
                        // (the subject after the verb, a second search, only once a phrase before it is found)
                        if let Some((r, head)) = svo_across_subject(text, tokens, &keys, &ent_at, entities, i, range.start).filter(|_| subject_after_verb(text, tokens, &keys, &ent_at, entities, i, range.end, class).is_none()) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.provenance = "quote.svo";
                            q.0.speaker_rule = None;
                            q.0.note_rule("svo-across");
                        }
                    }
                    // (session 29) A verb opening a relative clause (التي/الذي/الذين + verb)
                    // speaks for the clause's antecedent: an actor named right before the
                    // relative (across a comma), or a definite noun phrase (إحدى المجموعات
                    // المتمردة التي تطالب iḥdā l-majmūʿāti l-mutamarridati llatī tuṭālibu
                    // "one of the rebel groups that demand"), not the last speaker.
                    // The verb agrees with the relative pronoun when the antecedent is its
                    // subject; otherwise the antecedent is what is spoken about (الدول التي قال
                    // إنها al-duwal allatī qāla innahā "the countries that he said are").
                    let pronoun_agrees = |p: &str| relative_gender(p) == Some(agreement(&keys[i]));
                    // (session 46) A relative pronoun with و "and" takes up the antecedent of
                    // the same pronoun earlier in the sentence (حزب العمال المعارض الذي يدعو
                    // …، والذي أكد ḥizbu l-ʿummāli l-muʿāriḍu llaḏī yadʿū …, wa-llaḏī akkada
                    // "the opposition Labour party, which calls …, and which stressed"): the
                    // relative whose antecedent is read is that earlier one (`rel`).
                    // (session 49) past the auxiliary كان kāna agreeing with the verb between
                    // the pronoun and it (منظمة إيتا التي كانت تطالب munaẓẓamat ītā llatī kānat
                    // tuṭālibu "the ETA organisation, which used to demand")
                    let aux = i >= range.start + 3 && matches!(keys[i - 1].as_str(), "كان" | "كانت" | "كانوا") && !agreement(&keys[i - 1]).conflicts(agreement(&keys[i])) && pronoun_agrees(&keys[i - 2]);
                    let rel = if i >= range.start + 2 && pronoun_agrees(&keys[i - 1]) {
                        Some(i - 1)
                    } else if aux {
                        Some(i - 2)
                    } else if i >= range.start + 4 {
                        keys[i - 1].strip_prefix('و').filter(|p| pronoun_agrees(p)).and_then(|p| (range.start.max(i.saturating_sub(40)) + 2..i - 1).rev().find(|&k| keys[k] == p))
                    } else {
                        None
                    };
                    // (session 43) Not with a resumptive فيه / فيها after the verb: the
                    // antecedent is what the clause happens in (في الوقت الذي أكد فيه الجيش "at
                    // the time when the army stressed"), and the subject follows the pronoun.
                    let resumptive = i + 1 < range.end && matches!(keys[i + 1].as_str(), "فيه" | "فيها" | "فيهما");
                    if let (Some(r), true) = (rel, q.0.speaker.is_none() && class != VerbClass::Participle && !resumptive) {
                        let a = if is_comma(&keys[r - 1]) && r >= range.start + 2 { r - 2 } else { r - 1 };
                        let actor_at = |k: usize| ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.end == tokens[k].range.end);
                        let actor = actor_at(a).map(|e| (entities[e].range.clone(), Some(entities[e].range.clone())));
                        let phrase = || {
                            let definite = |k: usize| tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && keys[k].starts_with("ال") && keys[k].chars().count() >= 5 && !ends_subject(&keys[k]) && !is_adverbial(&keys[k]) && !is_reporting_verb(&keys[k]);
                            if a != r - 1 || !definite(a) {
                                return None;
                            }
                            let mut b = a;
                            while b > range.start && b + 3 > a && definite(b - 1) {
                                b -= 1;
                            }
                            // (session 46, for a و-relative; session 49, for any relative:
                            // منظمة إيتا الانفصالية التي كانت تطالب "the separatist ETA
                            // organisation, which used to demand") the definite words are
                            // adjectives of an organisation named right before them (حزب العمال
                            // المعارض الذي … والذي "the opposition Labour party, which … and
                            // which"): the phrase runs from its name, the name its head
                            if b > range.start {
                                if let Some(e) = actor_at(b - 1).filter(|&e| entities[e].kind == EntityType::Organization) {
                                    return Some((entities[e].range.start..tokens[a].range.end, Some(entities[e].range.clone())));
                                }
                            }
                            Some((tokens[b].range.start..tokens[a].range.end, None))
                        };
                        if let Some((r, head)) = actor.or_else(phrase) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.note_rule("relative-antecedent");
                        }
                    }
                    // قال فيه qāla fīhi "said in it": the issuer of the statement, post or
                    // letter just mentioned (أصدرت الوزارة بيانا أعلنت فيه "the ministry issued a
                    // statement in which it announced").
                    // (session 25) A subject after فيه (في وقت أعلنت فيه منظمة حظر الأسلحة
                    // fī waqtin aʿlanat fīhi munaẓẓamatu ḥaẓri l-asliḥa "at a time when the
                    // weapons ban organisation announced in it"; قال فيها مستخدم "in which a user
                    // said") speaks, before the issuer of a statement named earlier.
                    // (session 53, qexpl) also after به / بها bihi / bihā "with it" (ما صرح به
                    // مندوب روسيا "what Russia's envoy declared"; تقريرا ذكرت به أن "a report in
                    // which it said that"): see `resumptive_pronoun`
                    if q.0.speaker.is_none() && i + 2 < range.end && resumptive_pronoun(&keys[i + 1]) {
                        if let Some((r, head)) = subject_after_verb_at(text, tokens, &keys, &ent_at, entities, i, i + 2, range.end, class) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                        }
                    }
                    if q.0.speaker.is_none() && i + 1 < range.end && resumptive_pronoun(&keys[i + 1]) {
                        if let Some((r, head)) = issuer(tokens, &keys, &ent_at, entities, &earlier, i, i.saturating_sub(15).max(range.start), coref::StatementNouns::InWhich) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.note_rule("issuer");
                        }
                    }
                    // (session 37) The verb opening the article (after a dateline at most) has no
                    // antecedent for a dropped pronoun: the noun phrase between it and its content is
                    // its subject (see `lede_subject`).
                    if q.0.speaker.is_none() && class != VerbClass::Participle && opens_article(text, tokens, i) {
                        if let Some((r, head)) = lede_subject(text, tokens, &keys, &ent_at, entities, i, q.0.content.start, range.end, class) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Explicit;
                            q.0.note_rule("lede-subject");
                        }
                    }
                    // A participle (مشيرة mušīratan "pointing out") in a sentence without an
                    // earlier quote: the subject of its main clause, the first actor named before it.
                    // Also a و-verb coordinated with the main clause (عبرت الخارجية عن قلقها
                    // وقالت ان ... ʿabbarat al-ḫārijiyya ʿan qalaqihā wa-qālat inna "the foreign
                    // ministry expressed its concern and said that"): the shared subject, not the
                    // last quote's speaker.
                    // (session 5) So does a verb in a clause subordinated with حيث ḥayṯu / اذ iḏ
                    // "where, as" (وعلق الفنان … على القضية في تغريدة، حيث قال: "the artist
                    // commented … in a tweet, where he said:").
                    // (session 9) So does a verb after a pronoun linker (وضعت إيران شروطا … لكنها
                    // قالت "Iran set conditions … but it said"; رأى الرئيس … أن …، إلا أنه قال "the
                    // president held that …, but he said"): the pronoun is the main clause's
                    // subject, which may be a country.
                    let linker = class != VerbClass::Participle && i > range.start + 2 && (matches!(keys[i - 1].as_str(), "لكنه" | "لكنها" | "ولكنه" | "ولكنها") || (matches!(keys[i - 1].as_str(), "انه" | "انها") && matches!(keys[i - 2].as_str(), "الا" | "غير")));
                    // (session 11) So does a verb in a relative ما mā "what" clause (انتقدت X الولايات المتحدة
                    // بسبب ما قالت إنه … "X criticised the US for what it called …").
                    let relative = i > range.start && matches!(keys[i - 1].as_str(), "ما" | "بما" | "مما" | "لما" | "عما");
                    let coordinated = class != VerbClass::Participle && i > range.start + 2 && (keys[i].starts_with('و') || matches!(keys[i - 1].as_str(), "حيث" | "اذ") || linker || relative);
                    // (session 17b) A feminine participle (مؤكدة muʾakkidatan "stressing", f.) speaks
                    // for the subject of the nearest feminine verb before it in the sentence
                    // (فيما دافعت الولايات المتحدة عن إسرائيل مؤكدة "while the United States
                    // defended Israel, stressing"): the verb's agreement ties the two, whatever was
                    // quoted or named in between.
                    if q.0.speaker.is_none() && class == VerbClass::Participle && verb_gender(&keys[i]) == Gender::Feminine {
                        if let Some((r, head)) = feminine_clause_subject(tokens, &keys, &ent_at, entities, i, range.start) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.note_rule("clause-subject");
                        }
                    }
                    // (session 38) A participle takes the VSO subject of its own clause (after
                    // the last quote of its sentence), before the other clause-subject searches
                    // (see `carry_clause`).
                    if q.0.speaker.is_none() && class == VerbClass::Participle {
                        if let Some((r, head)) = carry_clause::participle_clause_subject(text, tokens, &keys, &ent_at, entities, floor, i).or_else(|| carry_clause::participle_body_subject(text, tokens, &keys, &ent_at, entities, floor, i)) {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.note_rule("participle-clause");
                        }
                    }
                    // (session 55, qcarry2) or the definite title with no name its clause's opening
                    // verb has for subject (see `carry_clause::participle_title_subject`)
                    if q.0.speaker.is_none() && class == VerbClass::Participle {
                        // (only a title the article introduces someone with, whose holder is the
                        // head: an unknown title, اللواء الأمريكي "the US general" after NAME's
                        // quote, is more often that speaker under another designation, and the
                        // carry stays)
                        let titled = carry_clause::participle_title_subject(text, tokens, &keys, &ent_at, entities, floor, i).and_then(|t| coref.title_person(tokens, &keys, &ent_at, entities, t.clone(), None).map(|h| (tokens[t.start].range.start..tokens[t.end - 1].range.end, h)));
                        if let Some((r, h)) = titled {
                            carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, Some(h), "participle-title");
                        }
                    }
                    if q.0.speaker.is_none() && (class == VerbClass::Participle || coordinated) && quotes_in[si] == 0 {
                        let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) || (linker && entities[e].kind == EntityType::Location);
                        // (after a leading adverbial up to a comma: وفي وقت لاحق، تراجعت الشركة ...)
                        let lead = (range.start..(range.start + 5).min(i)).find(|&k| is_comma(&keys[k])).map_or(range.start, |c| c + 1);
                        // (session 19) A comma after the opening verb and its subject closes no
                        // leading adverbial (ونعت وزارة الثقافة، في بيان، الكاتبة، مؤكدة "the
                        // ministry of culture mourned, in a statement, the writer, stressing").
                        let lead = if lead > range.start + 1 && opens_with_verb(tokens, &keys, &ent_at, range.start) && opens_subject(tokens, &keys, &ent_at, entities, range.start + 1) { range.start } else { lead };
                        // (session 10: not an actor in a ل-genitive after a title, الأمين العام
                        // لحزب X "the secretary-general of party X": the title holder speaks)
                        // (session 26) A و-verb coordinated with the nearest و-verb before it in
                        // the sentence shares that verb's subject, a person or organisation right
                        // after it (past title words): …، وشكك NAME رئيس الاستخبارات في جدية العرض
                        // واعتبر أن … wa-šakkaka NAME raʾīsu l-istiḫbārāt fī jiddiyyati l-ʿarḍ
                        // wa-ʿtabara anna "…, and NAME, the intelligence chief, doubted the
                        // offer's seriousness and held that …": NAME, not the sentence's first actor.
                        let nearest = (keys[i].starts_with('و') && !linker && !relative)
                            .then(|| {
                                (lead + 1..i).rev().take(15).find_map(|k| {
                                    let w = keys[k].as_str();
                                    let verb_like = tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && w.starts_with('و') && !w.starts_with("وال") && w.chars().count() >= 4 && !coref::is_person_title(w) && !coref::is_body_noun(w) && in_set_with_conj(w, &TITLE_SET).is_none() && !is_reporting_verb(w) && !circumstantial_wa(w) && !w.ends_with('ه') && !masdar::is_coordinated_masdar(w) && !inside_quotation(text, tokens, range.start, k);
                                    if !verb_like || k <= lead {
                                        return None;
                                    }
                                    let mut n = k + 1;
                                    while n < i && n < k + 5 && ent_at[n].is_none() && tokens[n].kind == TokenKind::Arabic && (coref::is_person_title(&keys[n]) || in_set_with_conj(&keys[n], &TITLE_SET).is_some()) {
                                        n += 1;
                                    }
                                    let e = ent_at.get(n).copied().flatten().filter(|&e| n < i && is_actor(e) && entities[e].range.start == tokens[n].range.start)?;
                                    Some((entities[e].range.clone(), Some(entities[e].range.clone())))
                                })
                            })
                            .flatten();
                        // (session 46) A verb in a relative ما clause shares the subject of the
                        // nearest agreeing clause before it when `coordinated_verb_subject` finds
                        // one (إسرائيل، التي شنت غارات … لتوقف ما تقول إنه … Isrāʾīl, allatī
                        // šannat ġārātin … li-tūqifa mā taqūlu innahu "Israel, which launched
                        // strikes … to stop what it says is …"), before the sentence's first actor.
                        let nearest = nearest.or_else(|| relative.then(|| coordinated_verb_subject(text, tokens, &keys, &ent_at, entities, i, floor, range.clone())).flatten());
                        let found = nearest.or_else(|| (lead..i.min(lead + 4)).filter(|&k| !(k > lead && keys[k].starts_with('ل') && ends_subject(&keys[k]))).find_map(|k| ent_at[k].filter(|&e| is_actor(e))).map(|e| (entities[e].range.clone(), Some(entities[e].range.clone()))));
                        // (session 9) وأعادت واشنطن فرض عقوبات … قائلة "Washington reimposed
                        // sanctions …, saying": a place named right after the opening verb is its
                        // subject (a state by its name or capital).
                        // (session 26) Also past قد/وقد before the verb (وقد نددت أنقرة بالحملة
                        // واعتبرت wa-qad naddadat Anqara bi-l-ḥamla wa-ʿtabarat "Ankara condemned
                        // the campaign and held").
                        let found = found.or_else(|| {
                            let verb = if i > lead + 2 && is_qad_particle(&keys[lead]) { lead + 1 } else { lead };
                            let n = verb + 1;
                            let e = ent_at.get(n).copied().flatten().filter(|&e| n < i && entities[e].kind == EntityType::Location && entities[e].range.start == tokens[n].range.start && tokens[verb].kind == TokenKind::Arabic && ent_at[verb].is_none())?;
                            Some((entities[e].range.clone(), Some(entities[e].range.clone())))
                        });
                        // كما سجلت وكالة الصحة العامة "the public health agency also recorded":
                        // a body noun right after the opening verb heads the subject, up to a
                        // preposition (the tagger may not know the body's name).
                        let found = found.or_else(|| {
                            let n = (lead + 1..i.min(lead + 3)).find(|&k| ent_at[k].is_none() && coref::is_body_noun(&keys[k]) && !keys[k].starts_with('ل') && !keys[k].starts_with('ب'))?;
                            // (وزير خارجية المملكة "the kingdom's foreign minister": a body noun
                            // after a person title is its genitive; the person speaks)
                            if (lead + 1..n).any(|k| coref::is_person_title(&keys[k])) {
                                return None;
                            }
                            let mut e = n + 1;
                            // (the definite genitive and adjectives: الصحة العامة; an
                            // indefinite word is the object: ست حالات "six cases")
                            while e < i && e < n + 5 && tokens[e].kind == TokenKind::Arabic && keys[e].starts_with("ال") && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) {
                                e += 1;
                            }
                            Some((tokens[n].range.start..tokens[e - 1].range.end, None))
                        });
                        // تحدث الرئيس ...، الخميس، بشانه، مشددا "the president spoke, on
                        // Thursday, about him, stressing": else the nearest person named before
                        // the participle in the sentence.
                        // وأعرب رئيس البرازيل ميشيل تامر عن حزنه، وغرد ... "the president of
                        // Brazil Michel Temer expressed his sadness and tweeted": for a و-verb, a
                        // person title opening the main clause with its words up to a comma or
                        // preposition (the tagger may miss the name).
                        let found = found.or_else(|| {
                            let n = lead + 1;
                            if !coordinated || n >= i || ent_at[n].is_some() || !coref::is_person_title(&keys[n]) || keys[n].starts_with('ل') || keys[n].starts_with('ب') {
                                return None;
                            }
                            let mut e = n + 1;
                            while e < i && e < n + 5 && tokens[e].kind == TokenKind::Arabic && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) && !keys[e].starts_with('ب') && !is_reporting_verb(&keys[e]) {
                                e += 1;
                            }
                            let head = (n..e).find_map(|k| ent_at[k].filter(|&x| is_actor(x))).map(|x| entities[x].range.clone());
                            Some((tokens[n].range.start..tokens[e - 1].range.end, head))
                        });
                        // (session 10) The subject of the sentence's main verb, after a dateline
                        // or a leading adverbial, through titles and appositions (see
                        // `main_clause_subject`).
                        // (session 27) A و-verb coordinated with the verb opening the sentence
                        // shares its subject: the first person named in the noun phrase right
                        // after that verb, past definite words, ل-genitives, في-phrases and
                        // names of places or bodies (وعبر المرجع الأعلى للشيعة في العراق آية الله
                        // NAME … وقال wa-ʿabbara l-marjiʿu l-aʿlā li-š-šīʿa fī l-ʿIrāq āyatu llāh
                        // NAME … wa-qāla "the highest Shia authority in Iraq, Ayatollah NAME,
                        // expressed … and said"), up to a comma, a preposition or an adverbial.
                        let found = found.or_else(|| {
                            // (a و-word opening the sentence is a verb even when its bare
                            // form is also a preposition: وعبر wa-ʿabbara "and expressed", not
                            // عبر ʿabra "via")
                            let wa_verb = tokens[lead].kind == TokenKind::Arabic && ent_at[lead].is_none() && keys[lead].starts_with('و') && !keys[lead].starts_with("وال") && keys[lead].chars().count() >= 4 && !is_reporting_verb(&keys[lead]) && !circumstantial_wa(&keys[lead]);
                            if !coordinated || !keys[i].starts_with('و') || linker || relative || lead + 1 >= i || !(wa_verb || opens_with_verb(tokens, &keys, &ent_at, lead)) {
                                return None;
                            }
                            for k in lead + 1..i.min(lead + 12) {
                                if let Some(e) = ent_at[k] {
                                    if entities[e].kind == EntityType::Person && entities[e].range.start == tokens[k].range.start {
                                        return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
                                    }
                                    continue;
                                }
                                let w = keys[k].as_str();
                                if tokens[k].kind != TokenKind::Arabic || (ends_subject(w) && w != "في" && !w.starts_with("لل")) || is_adverbial(w) || w.starts_with('و') || w.starts_with('ب') || is_reporting_verb(w) {
                                    return None;
                                }
                            }
                            None
                        });
                        let found = found.or_else(|| main_clause_subject(text, tokens, &keys, &ent_at, entities, range.start, i, agreement(&keys[i]) == Gender::Plural || keys[i].ends_with("ين")));
                        // (session 17) ونددت تايوان، الأربعاء، بالمناورات، وقالت wa-naddadat
                        // Tāywān, al-arbiʿāʾ, bi-l-munāwarāt, wa-qālat "Taiwan condemned, on
                        // Wednesday, the manoeuvres and said": the comma after the verb and its
                        // subject ends no leading adverbial; the actor or place right after the
                        // sentence's first word (a verb, not a preposition) is the subject.
                        let found = found.or_else(|| {
                            let n = range.start + 1;
                            if !coordinated || lead == range.start || n >= i || !opens_with_verb(tokens, &keys, &ent_at, range.start) {
                                return None;
                            }
                            let e = ent_at[n].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.start == tokens[n].range.start)?;
                            Some((entities[e].range.clone(), Some(entities[e].range.clone())))
                        });
                        // (session 24) The first person of the participle's clause who stands as
                        // a VSO subject, before the nearest person: the subject comes first, a
                        // later person is an object, a genitive or a prepositional complement
                        // (ووصف زيد في رسالة إلى المجلس عمرا قائلا wa-waṣafa Zayd fī risāla ilā
                        // l-majlis ʿAmran qāʾilan "Zayd described, in a letter to the board,
                        // Amr, saying": Zayd). A VSO subject: the person follows a word that can
                        // be a verb (no article, no written ة, no preposition) across title words,
                        // definite words, ل-genitives and commas only; the clause opens after the
                        // last إذ، حيث، بينما، فيما before the participle.
                        let found = found.or_else(|| {
                            if coordinated {
                                return None;
                            }
                            let person = |k: usize| ent_at[k].filter(|&e| entities[e].kind == EntityType::Person);
                            let clause = (lead..i).rev().find(|&k| matches!(keys[k].as_str(), "اذ" | "حيث" | "بينما" | "فيما" | "وبينما" | "وفيما")).map_or(lead, |k| k + 1);
                            let verb_like = |k: usize| {
                                let w = keys[k].as_str();
                                tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && !w.starts_with("ال") && !w.starts_with("لل") && !text[tokens[k].range.clone()].ends_with('ة') && w.chars().count() >= 3 && !coref::is_person_title(w) && !coref::is_body_noun(w) && in_set_with_conj(w, &TITLE_SET).is_none() && !is_adverbial(w) && !ends_subject(w) && !is_free_preposition(w)
                            };
                            let subject_at = |k: usize| {
                                if person(k).is_none_or(|e| entities[e].range.start != tokens[k].range.start) {
                                    return false;
                                }
                                let mut b = k;
                                while b > clause && b + 7 > k {
                                    let w = keys[b - 1].as_str();
                                    if tokens[b - 1].kind == TokenKind::Arabic && ent_at[b - 1].is_none() && (coref::is_person_title(w) || in_set_with_conj(w, &TITLE_SET).is_some() || w.starts_with("ال") || w.starts_with("لل")) || is_comma(w) {
                                        b -= 1;
                                    } else if b > clause + 1 && nisba_of_title(tokens, &keys, &ent_at, entities, b - 1) {
                                        // (session 44) a nisba adjective of the title (هاجم
                                        // البرلماني المصري NAME "the Egyptian MP NAME attacked")
                                        b -= 1;
                                    } else {
                                        break;
                                    }
                                }
                                // (a verbal noun after a preposition is no verb: على توقيف المتهم
                                // ʿalā tawqīfi l-muttaham "on the arrest of the suspect")
                                b > clause && verb_like(b - 1) && !(b - 1 > range.start && is_free_preposition(&keys[b - 2]))
                            };
                            let first = (clause..i).find(|&k| subject_at(k)).and_then(person);
                            // (session 37) the nearest person, but not the complement of a
                            // preposition (ردت NAME1 على NAME2 قائلة radda NAME1 ʿalā NAME2
                            // qāʾila "NAME1 replied to NAME2, saying"), written apart or glued
                            // (لـNAME li-NAME "to NAME")
                            let complement = |k: usize| {
                                (k > range.start && is_free_preposition(&keys[k - 1]))
                                    || person(k).is_some_and(|e| entities[e].range.start > tokens[k].range.start && matches!(keys[k].chars().next(), Some('ل' | 'ب')))
                            };
                            first.or_else(|| (range.start.max(i.saturating_sub(15))..i).rev().filter(|&k| !complement(k)).find_map(person)).map(|e| (entities[e].range.clone(), Some(entities[e].range.clone())))
                        });
                        // (session 36) The participle agrees with its clause subject in number
                        // and gender: a plural participle (مؤكدين "stressing", m. pl.) never
                        // takes one named person or place, a feminine one never a man named
                        // with a masculine title (and the other way round); a plural participle
                        // takes the nearest group subject of a verb before it instead (علق ناشطون
                        // على NAME قائلين ʿallaqa nāšiṭūna ʿalā NAME qāʾilīna "activists commented
                        // on NAME, saying").
                        let found = found.filter(|(r, h)| !disagrees(tokens, &keys, &ent_at, entities, &keys[i], h.as_ref().unwrap_or(r))).or_else(|| (agreement(&keys[i]) == Gender::Plural).then(|| group_subject(tokens, &keys, &ent_at, entities, floor, i)).flatten());
                        if let Some((r, head)) = found {
                            q.0.speaker = Some(r);
                            q.0.speaker_head = head;
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.note_rule("clause-subject");
                        }
                    }
                    if let Some(sp) = q.0.speaker.clone() {
                        resolve_speaker(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, sp);
                        // (session 33) a document speaking as written (رسالة … تقول "a letter
                        // … says") is no speaker for the continuation verbs after it
                        if q.0.speaker_rule != Some("statement-document") {
                            earlier.push((q.0.speaker.clone().unwrap_or_default(), q.0.speaker_head.clone(), q.0.verb.start));
                            // (session 15) A participle's clause subject agrees with it as an
                            // explicit subject does with its verb (وقد اعترف كوهين …، نافيا "Cohen
                            // admitted …, denying": masculine).
                            let g = speaker_gender(tokens, &keys, q.0.speaker.clone(), if q.0.speaker_source == SpeakerSource::Explicit || class == VerbClass::Participle { verb_gender(&keys[i]) } else { Gender::Unknown });
                            genders.push(g);
                            last = Some((q.0.speaker.clone().unwrap_or_default(), q.0.speaker_head.clone()));
                            last_gender = g;
                        }
                    } else {
                        // A continuation verb without a subject: the last speaker, unless two
                        // or more narration sentences separate it from the last quote and the one
                        // right before names a person: that person is the topic now.
                        // (session 47) the sentence's topic (`narration_topic`): a person that
                        // is not a complement, or the body subject of a كان … قد clause whose
                        // first person is the object
                        // (session 53) a headline line set into the body (see
                        // `carry_clause::inserted_headline`) is passed over: the sentence before it
                        // is the one before the verb
                        let headline = |s: usize| quotes_in[s] == 0 && carry_clause::inserted_headline(text, tokens, sentences, s);
                        let before = (0..si).rev().find(|&s| !headline(s));
                        let topic = before
                            .filter(|&b| !matches!(last_quote_sentence, Some(l) if l + 2 >= si) && quotes_in[b] == 0)
                            .and_then(|b| narration_topic(text, tokens, &keys, &ent_at, entities, &sentences[b].tokens));
                        let narration_person = topic.clone().and_then(Result::ok);
                        let own_body = topic.and_then(Result::err);
                        // A sentence-initial continuation verb right after a narration sentence
                        // whose main clause has an institution as subject (الى ذلك، عبرت
                        // الخارجية عن استغرابها. وقالت ان ... "the foreign ministry expressed its
                        // surprise. And it said that"): the institution, when the verb agrees
                        // in gender.
                        // (session 42) the verb opens its sentence, or follows كما kamā
                        // "also" opening it (كما أشار إلى أن "he also pointed out that")
                        // (session 43) or follows a temporal conjunction (عندما ʿindamā "when")
                        // after a main clause that names no actor (وكان آخر هذه التصريحات
                        // السبت عندما قال wa-kāna āḫiru hāḏihi t-taṣrīḥāti s-sabta ʿindamā qāla
                        // "the last of these statements was on Saturday, when he said"): the
                        // dropped subject is the narration's topic, as at the sentence start
                        let opens = i == range.start || (i == range.start + 1 && also_word(&keys[range.start])) || when_after_actorless(tokens, &keys, &ent_at, entities, range.start, i);
                        let narration_body = (narration_person.is_none() && si > 0 && opens && quotes_in[si - 1] == 0 && last_quote_sentence.is_some_and(|l| l + 1 < si))
                            .then(|| own_body.clone().or_else(|| narration_institution(tokens, &keys, &ent_at, entities, sentences[si - 1].tokens.clone())))
                            .flatten()
                            .filter(|(_, g)| !agreement(&keys[i]).conflicts(*g));
                        // A person who is the subject of a narration sentence since the last quote
                        // (والتقى الرئيس بوتين الصحفيين. واضاف ان ... "President Putin met the
                        // journalists. He added that ..."): the carry does not jump over them.
                        let narration_subject = (narration_body.is_none() && narration_person.is_none() && opens)
                            .then(|| last_quote_sentence.filter(|&l| l + 1 < si))
                            .flatten()
                            .and_then(|l| (l + 1..si).rev().filter(|&s| !headline(s)).find_map(|s| narration_subject(tokens, &keys, &ent_at, entities, sentences[s].tokens.clone())))
                            .filter(|p| !last.as_ref().is_some_and(|(sp, head)| same_referent(text, p, head.as_ref().unwrap_or(sp)) || wa_glued(text, p).is_some_and(|rest| same_referent(text, &rest, head.as_ref().unwrap_or(sp)))));
                        // (the three narration transitions exclude each other: each is computed
                        // only when the ones before it found nothing)
                        // (session 16) A subject right after the verb that the finder dropped
                        // (its complementizer far behind a long phrase: وقال الناشط الحقوقي
                        // صلاح عبد العاطي في مؤتمر صحافي … إن "the rights activist Salah Abd
                        // al-Ati said at a press conference … that") speaks, before any carry.
                        // (session 36) The verb disagrees with the last speaker: in gender or
                        // number by the speaker's verb (`last_gender`), or, when that is unknown
                        // (a carried name), a plural verb or participle after one named person
                        // or place, or a gendered one after a title of the other gender.
                        // (a plural participle after a group named by a broken plural, شهود عيان
                        // "eyewitnesses", whose verb was singular, agrees)
                        let group_last = last.as_ref().is_some_and(|(sp, _)| {
                            let f = tokens.partition_point(|t| t.range.start < sp.start);
                            f < tokens.len() && is_group_head(&keys[f])
                        });
                        let clash = (agreement(&keys[i]).conflicts(last_gender) && !(agreement(&keys[i]) == Gender::Plural && group_last)) || (last_gender == Gender::Unknown && last.as_ref().is_some_and(|(sp, h)| disagrees(tokens, &keys, &ent_at, entities, &keys[i], h.as_ref().unwrap_or(sp))));
                        // The clause-level finders, in order; the first that finds a subject wins. Each gives
                        // the subject, its head, the provenance rule and how the carry keeps it.
                        let clause_subject = subject_after_verb(text, tokens, &keys, &ent_at, entities, i, range.end, class)
                            .map(|(r, head)| (r, head, "clause-subject", ClauseKeep::Speaker))
                            // (session 40) A noun phrase between the verb and the complementizer of its content is
                            // the verb's subject, even when the finder's lexicons do not know its head (see
                            // `phrase_before_that`).
                            .or_else(|| phrase_before_that(text, tokens, &keys, &ent_at, entities, i, q.0.content.start, range.end, class).map(|(r, head)| (r, head, "phrase-subject", ClauseKeep::Speaker)))
                            // (session 50) A verb after a pronoun linker inside its sentence (…، ولكنه قال) takes
                            // the opening clause's subject, or the nearest person before it (see
                            // `linker_clause_speaker`).
                            .or_else(|| linker_clause_speaker(text, tokens, &keys, &ent_at, entities, i, floor, range.clone()).map(|(r, head)| (r, head, "linker-subject", ClauseKeep::Speaker)))
                            // (session 51) A verb after a temporal conjunction inside its sentence (… عندما تعهد)
                            // takes the subject of the clause the conjunction hangs on (see `when_clause_speaker`).
                            .or_else(|| (class != VerbClass::Participle).then(|| when_clause_speaker(text, tokens, &keys, &ent_at, entities, i, floor, range.clone())).flatten().map(|(r, head)| (r, head, "when-subject", ClauseKeep::Speaker)))
                            // (session 37) A verb without a subject in the article's first sentence, after the verb
                            // opening it: a participle, a و-verb or a verb in a subordinate clause shares that
                            // verb's subject (see `lede_clause_subject`), before any narration carry.
                            .or_else(|| lede_clause_subject(text, tokens, &keys, &ent_at, entities, &earlier, i, q.0.verb.start, range.clone()).map(|(r, head)| (r, head, "lede-clause", ClauseKeep::Speaker)))
                            // (session 56) A participle in a later narration sentence shares the subject of the
                            // verb opening it in the same way (see `opening_clause_subject`).
                            .or_else(|| (class == VerbClass::Participle).then(|| opening_clause_subject(text, tokens, &keys, &ent_at, entities, &earlier, i, q.0.verb.start, range.clone())).flatten().map(|(r, head)| (r, head, "opening-clause", ClauseKeep::Speaker)))
                            // (session 17) A relative clause on an indefinite noun (وبث التلفزيون تسجيلا قال إنه …
                            // "the television broadcast a recording which it said was …"): the main clause's
                            // subject speaks.
                            .or_else(|| relative_clause_topic(tokens, &keys, &ent_at, entities, i, range.clone()).map(|(r, head)| (r, head, "clause-subject", ClauseKeep::Speaker)))
                            // (session 50) A verb right after an indefinite noun phrase opens a relative clause on
                            // it with no pronoun (لسيناتور أسترالي طالب … "of an Australian senator who
                            // demanded"): the noun speaks (see `indefinite_antecedent`), inside its clause only.
                            .or_else(|| (class != VerbClass::Participle).then(|| indefinite_antecedent(text, tokens, &keys, &ent_at, entities, i, range.start)).flatten().map(|r| (r, None, "indefinite-antecedent", ClauseKeep::ThisVerbOnly)))
                            // (session 49) A relative pronoun that disagrees with its verb, or a و-relative after a
                            // comma (see `relative_topic`).
                            .or_else(|| relative_topic(tokens, &keys, &ent_at, entities, i, range.clone()).filter(|_| class != VerbClass::Participle).map(|(r, head)| (r, head, "relative-topic", ClauseKeep::Speaker)))
                            // (session 49) A verb in a temporal clause opening its sentence takes the main clause's
                            // subject after it (see `cataphoric_subject`).
                            .or_else(|| cataphoric_subject(text, tokens, &keys, &ent_at, entities, i, range.clone()).filter(|_| class != VerbClass::Participle).map(|(r, head)| (r, head, "cataphoric-subject", ClauseKeep::Speaker)))
                            // (session 18) A sentence opening with a pronoun linker (ووضعت إيران شروطا. لكنها قالت
                            // wa-waḍaʿat Īrān šurūṭan. lākinnahā qālat "Iran set conditions. But it said"): the
                            // pronoun takes up the subject of the sentence before, an actor or place right after
                            // its first verb.
                            .or_else(|| {
                                (si > 0 && i == range.start + 1 && linker_pronoun(&keys[range.start]).is_some())
                                    .then(|| linked_clause_subject(tokens, &keys, &ent_at, entities, sentences[si - 1].tokens.clone()))
                                    .flatten()
                                    .map(|(r, head)| (r, head, "clause-subject", ClauseKeep::Speaker))
                            })
                            // (session 33) A coordinated reporting verb shares the subject of the nearest agreeing
                            // verb it is coordinated with in its sentence (see `coordinated_verb_subject`), before
                            // any carry; its gender is the verb's agreement.
                            .or_else(|| coordinated_verb_subject(text, tokens, &keys, &ent_at, entities, i, floor, range.clone()).map(|(r, head)| (r, head, "coordinated-subject", ClauseKeep::SpeakerByAgreement)));
                        if let Some((r, head, rule, keep)) = clause_subject {
                            if keep == ClauseKeep::ThisVerbOnly {
                                carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, head, rule);
                            } else {
                                let verb_g = if keep == ClauseKeep::SpeakerByAgreement { agreement(&keys[i]) } else { verb_gender(&keys[i]) };
                                let g = speaker_gender(tokens, &keys, Some(r.clone()), verb_g);
                                last = Some(carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, head, rule));
                                earlier.push((q.0.speaker.clone().unwrap_or_default(), q.0.speaker_head.clone(), q.0.verb.start));
                                genders.push(g);
                                last_gender = g;
                            }
                        } else if let Some(p) = narration_subject.or(narration_person).filter(|p| {
                            // (session 52) nor a person whose gender the text shows (see
                            // `named_person_gender`) against the verb's agreement
                            let a = agreement(&keys[i]);
                            !((a == Gender::Plural && disagrees(tokens, &keys, &ent_at, entities, &keys[i], p)) || a.conflicts(named_person_gender(tokens, &keys, &ent_at, entities, p)))
                        }) {
                            carry_to_person(&mut q.0, p, &mut last, &mut last_gender);
                        } else if let Some(p) = reported.clone().filter(|_| !matches!(agreement(&keys[i]), Gender::Feminine | Gender::Plural)) {
                            // (session 18) نقل موقع الأمم المتحدة تصريحات NAME … كما كشف "the UN
                            // site relayed NAME's statements … he also revealed": after a
                            // medium's or body's quote reporting a person's words, that person
                            // speaks the continuation verbs and participles.
                            carry_to_person(&mut q.0, p, &mut last, &mut last_gender);
                        } else if let Some((r, g)) = narration_body {
                            last = Some(carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, None, "narration-topic"));
                            last_gender = g;
                        } else if let Some((r, head)) = clash
                            .then(|| {
                                agreeing_subject(tokens, &keys, &ent_at, entities, i, range.clone(), class, agreement(&keys[i]))
                                    .or_else(|| (agreement(&keys[i]) == Gender::Plural).then(|| group_subject(tokens, &keys, &ent_at, entities, range.start, i)).flatten())
                                    // (session 36) a plural verb opening its sentence after a
                                    // narration sentence: that sentence's group subject
                                    .or_else(|| (agreement(&keys[i]) == Gender::Plural && si > 0 && quotes_in[si - 1] == 0 && i <= range.start + 2).then(|| group_subject(tokens, &keys, &ent_at, entities, sentences[si - 1].tokens.start, sentences[si - 1].tokens.end)).flatten())
                            })
                            .flatten()
                        {
                            // (session 15) The verb disagrees with the last speaker (كما أبلغت
                            // ستورمي kamā ablaġat Stormy "Stormy also told" after قال كوهين "Cohen
                            // said"): a subject the finder missed, after the verb or opening its
                            // clause, speaks; tried before an earlier speaker of the verb's gender.
                            last = Some(carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, head, "gender"));
                            last_gender = agreement(&keys[i]);
                        } else if let Some(p) = clash
                            .then(|| {
                                // (session 55) the verb disagrees with the last speaker: a person
                                // a narration sentence since the last quote introduces as the
                                // subject of its opening verb, of the verb's gender, speaks before
                                // an older speaker of that gender (see
                                // `carry_clause::opening_verb_person`)
                                let g = agreement(&keys[i]);
                                let lo = last_quote_sentence.map_or(si.saturating_sub(3), |l| (l + 1).max(si.saturating_sub(3)));
                                matches!(g, Gender::Masculine | Gender::Feminine)
                                    .then(|| (lo..si).rev().filter(|&s| quotes_in[s] == 0 && !headline(s)).find_map(|s| carry_clause::opening_verb_person(tokens, &keys, &ent_at, entities, &sentences[s].tokens, g)))
                                    .flatten()
                                    .filter(|p| !g.conflicts(named_person_gender(tokens, &keys, &ent_at, entities, p)))
                            })
                            .flatten()
                        {
                            // وأشاد NAME بـ … . وبعد أن قال إن wa-ašāda NAME bi- … wa-baʿda an qāla inna
                            // "NAME praised … . And after he said that", after a woman's quote: NAME
                            q.0.speaker = Some(p.clone());
                            q.0.speaker_head = Some(p.clone());
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.confidence *= 0.7;
                            q.0.note_rule("clash-narration");
                            last = Some((p.clone(), Some(p)));
                            last_gender = agreement(&keys[i]);
                        } else if let Some(k) = clash.then(|| genders.iter().rposition(|&g| g == agreement(&keys[i]))).flatten() {
                            // وقالت wa-qālat "and she said" after a masculine speaker (ورد
                            // نتانياهو "Netanyahu replied"): the verb's gender rules the last
                            // speaker out; the latest speaker of the same gender speaks.
                            let (sp, head, _) = &earlier[k];
                            q.0.speaker = Some(sp.clone());
                            q.0.speaker_head = head.clone();
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.confidence *= 0.7;
                            q.0.note_rule("gender");
                            last = Some((sp.clone(), head.clone()));
                            last_gender = genders[k];
                        } else if let Some(r) = (clash && agreement(&keys[i]) == Gender::Feminine && last_gender == Gender::Masculine).then(|| carry_clause::feminine_actor_before(text, tokens, &keys, &ent_at, entities, floor, i)).flatten() {
                            // (session 45) A feminine verb or participle inside narration after
                            // a man's quote, when no earlier speaker agrees in the feminine (من
                            // إعراب السفارة عن قلقها، مشيرة min iʿrābi s-sifārati ʿan qalaqihā,
                            // mušīratan "from the embassy's voicing its concern, pointing out"):
                            // the nearest body or state named before it in its clause speaks
                            // (see `carry_clause::feminine_actor_before`).
                            last = Some(carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r.clone(), Some(r), "gender-actor"));
                            last_gender = Gender::Feminine;
                        } else if let Some((sp, head)) = &last {
                            q.0.speaker = Some(sp.clone());
                            q.0.speaker_head = head.clone();
                            q.0.speaker_source = SpeakerSource::Carried;
                            q.0.confidence *= 0.85;
                            // (session 15) A carried verb shows its speaker's agreement (وأضافت
                            // wa-aḍāfat "and she added"): a speaker of unknown gender (a name
                            // carried from the narration) takes it, so that a later verb of the
                            // other gender is not carried to them.
                            if last_gender == Gender::Unknown {
                                last_gender = agreement(&keys[i]);
                            }
                        } else if let Some((r, head)) = (agreement(&keys[i]) == Gender::Plural)
                            .then(|| {
                                (si.saturating_sub(4)..si).rev().find_map(|s| {
                                    let t = sentences[s].tokens.clone();
                                    group_subject(tokens, &keys, &ent_at, entities, t.start, t.end).or_else(|| {
                                        let p = self::narration_subject(tokens, &keys, &ent_at, entities, t.clone()).or_else(|| first_person(&t, &ent_at, entities))?;
                                        (!disagrees(tokens, &keys, &ent_at, entities, &keys[i], &p)).then(|| (p.clone(), Some(p)))
                                    })
                                })
                            })
                            .flatten()
                        {
                            // (session 36) The same for a plural verb: the nearest group subject
                            // of the last four sentences, or a person who does not disagree.
                            last = Some(carry_to_subject(text, tokens, &keys, &ent_at, entities, &coref, &earlier, &mut q.0, r, head, "narration-topic"));
                            last_gender = Gender::Plural;
                        } else if let Some(p) = (agreement(&keys[i]) != Gender::Plural).then(|| (si.saturating_sub(4)..si).rev().find_map(|s| self::narration_subject(tokens, &keys, &ent_at, entities, sentences[s].tokens.clone()).or_else(|| first_person(&sentences[s].tokens, &ent_at, entities)))).flatten() {
                            // (session 11) No speaker yet: a continuation verb (وأضاف "he
                            // added") takes up the person the narration before it is about
                            // (ندد الرئيس السابق، NAME، … وأضاف: "the former president, NAME,
                            // denounced … He added:"), the nearest of the last four sentences
                            // that names one.
                            carry_to_person(&mut q.0, p, &mut last, &mut last_gender);
                        } else {
                            q.0.confidence *= 0.5;
                        }
                    }
                    last_quote_sentence = Some(si);
                    reported = reported_person(tokens, &keys, &ent_at, entities, &q.0);
                    out.push(q.0);
                    quotes_in[si] += 1;
                    i = content_end_tok.max(i + 1);
                    floor = i;
                }
                None => i += 1,
            }
        }
    }
    title_holder_names(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 42, qholder) An explicit title speaker whose mention goes on to its holder's name
    // (quotes/titleholder.rs).
    titleholder::name_apposed_holders(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 14) Descriptions the rules left unnamed, named by the person the document
    // introduces with them.
    naming::name_described(text, tokens, &keys, &ent_at, entities, &mut out);
    naming::name_bodies(text, tokens, &keys, &ent_at, &mut out);
    // (session 22) Short body names named by the document's longer name of the same body.
    naming::name_short_bodies(tokens, &keys, &ent_at, &mut out);
    // (session 15) Counted speakers (الدول الثلاث، الطرفان) named by the coordination listed.
    naming::name_counts(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 14, round 2) Document speakers named by their issuer.
    naming::name_documents(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 38) The generic title المسؤول named after the article's one titled person speaker.
    titleholder::name_generic_officials(tokens, &keys, &ent_at, entities, &mut out);
    // (session 39) Title speakers named after a holder given after a place phrase, in a هو
    // apposition, or by the indefinite form of the title elsewhere (quotes/indeftitle.rs).
    indeftitle::name_indefinite_titles(tokens, &keys, &ent_at, entities, &mut out);
    // (session 39, qnat) A title with a nationality named after the one person the article
    // introduces with that nationality (quotes/nattitle.rs).
    nattitle::name_national_titles(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 40, qdoc) The lead's indefinite title named after the person introduced next
    // (quotes/leadtitle.rs).
    leadtitle::name_lead_titles(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 41, qtitle) A definite title named after the article's one named person speaker
    // when no other person carries that title (quotes/titleholder.rs).
    titleholder::name_sole_speaker_titles(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 42, qholder) A definite title named after the one person the article introduces
    // with that title (quotes/titleholder.rs).
    titleholder::name_introduced_holders(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 40, qdoc) The bare source word المصدر named after the quote before it
    // (quotes/srcword.rs).
    srcword::name_source_words(tokens, &keys, &mut out);
    // (session 27) Statement frames the naming passes left without an issuer.
    for q in &mut out {
        if q.speaker_head.is_none() && q.provenance.starts_with("quote.statement") {
            q.speaker_head = q.speaker.clone().and_then(|r| statement_genitive_issuer(tokens, &keys, r));
        }
    }
    let mut canonical = FxHashMap::default();
    for q in &mut out {
        // (session 49, qdoc) A news agency's head cut before its nisba (وكالة الأنباء | السعودية).
        if let Some(h) = q.speaker_head.clone().and_then(|h| agency_nisba(tokens, &keys, h)) {
            q.speaker_head = Some(h);
        }
        canonical_head(text, tokens, &keys, &ent_at, &mut canonical, q);
        // (session 11) A one-word person head spelled differently from the surname of a full
        // name in the same document (غوتيريش ġūtērīš / أنطونيو غوتيريس, غرينيل / ريتشارد غرينل).
        if let Some(c) = q.speaker_head.clone().or_else(|| q.speaker.clone()).and_then(|r| spelling_variant_name(tokens, &keys, &ent_at, entities, r)) {
            q.speaker_head = Some(c);
        }
        // (session 18) A head written with or without a space inside the surname of a fuller
        // name in the same document (لو دريان / جان إيف لودريان, أبوزيد / أحمد أبو زيد).
        if let Some(c) = q.speaker_head.clone().or_else(|| q.speaker.clone()).and_then(|r| spaced_variant_name(tokens, &keys, &ent_at, entities, r)) {
            q.speaker_head = Some(c);
        }
    }
    // (session 16) Person heads opening with a title named by the name after it.
    naming::name_titled(tokens, &keys, &ent_at, entities, &mut out);
    // (session 46, qtitle) A description repeated word for word named like its earlier quote.
    naming::name_repeated_title_descriptions(text, tokens, &keys, entities, &mut out);
    // (session 47, qtitle) A bare kin noun named by the relative the article introduced.
    naming::name_bare_kin_speakers(text, tokens, &keys, &ent_at, entities, &mut out);
    // (session 31) A head opening with the conjunction و of the list it was cut from.
    naming::unconjoined_heads(text, tokens, &keys, &ent_at, entities, &mut out);
    out
}

/// (session 49, qdoc) A head ending in الأنباء al-anbāʾ "the news" (وكالة الأنباء wakālat
/// al-anbāʾ "the news agency", the tagger's organisation) right before a definite nisba adjective
/// (السعودية as-saʿūdiyya "Saudi", الفلسطينية, الرسمية "official"; the tagger may read the
/// country nisba as a place) names the agency with it: وكالة الأنباء السعودية is one name, and
/// the bare وكالة الأنباء is any agency (another agency's indefinite وكالة أنباء "a news agency of"
/// is then taken for a variant of it). Up to three such adjectives.
fn agency_nisba(tokens: &[Token], keys: &[String], head: Range<usize>) -> Option<Range<usize>> {
    let last = tokens.partition_point(|t| t.range.end <= head.end);
    if last == 0 || keys[last - 1] != "الانباء" || tokens[last - 1].range.end != head.end {
        return None;
    }
    let nisba = |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Arabic && keys[j].starts_with("ال") && keys[j].chars().count() >= 5 && naming::has_nisba_ending(&keys[j]);
    let mut e = last;
    while e < last + 3 && nisba(e) {
        e += 1;
    }
    (e > last).then(|| head.start..tokens[e - 1].range.end)
}

/// (session 18) The fuller person name whose last one or two words, joined, spell the one- or
/// two-word head `head` joined, with the space elsewhere: لو دريان lū dryān and لودريان in جان
/// إيف لودريان Jean-Yves Le Drian; أبوزيد abūzayd and أبو زيد in أحمد أبو زيد. Only a name longer
/// than the matched words, and only when every such name found is one name.
fn spaced_variant_name(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], head: Range<usize>) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| t.range.start < head.start);
    let last = tokens.partition_point(|t| t.range.end <= head.end);
    if last <= first || last > first + 2 || (first..last).any(|j| tokens[j].kind != TokenKind::Arabic || ent_at[j].is_some_and(|e| entities[e].kind != EntityType::Person)) {
        return None;
    }
    let joined: String = keys[first..last].concat();
    if joined.chars().count() < 5 {
        return None;
    }
    let words = last - first;
    unique_person_name(tokens, keys, ent_at, entities, |k, m| {
        let inside = tokens[k].range.start < head.end && head.start < tokens[m].range.end;
        // the last n words of the name, joined, with n != the head's word count
        Some(!inside && (1..=2).filter(|&n| n != words && m + 1 > k + n).any(|n| keys[m + 1 - n..=m].concat() == joined))
    })
}

/// A name's consonant skeleton: its search key without the long vowels and glides ا و ي.
fn skeleton(key: &str) -> Vec<char> {
    key.chars().filter(|c| !matches!(c, 'ا' | 'و' | 'ي')).collect()
}

/// Letters that transliterations of one foreign name swap (س/ش s/š, ت/ط t/ṭ, د/ض d/ḍ, ز/ذ z/ḏ,
/// ك/ق k/q, ج/غ j/ġ).
fn variant_letters(a: char, b: char) -> bool {
    const PAIRS: &[(char, char)] = &[('س', 'ش'), ('ت', 'ط'), ('د', 'ض'), ('ز', 'ذ'), ('ك', 'ق'), ('ج', 'غ')];
    PAIRS.iter().any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
}

/// (session 11) The full name whose surname is a spelling variant of a one-word head `head`
/// (a person, or a word the tagger left untagged): the same consonant skeleton (at least four consonants) after dropping long vowels,
/// with at most one transliteration letter swapped (غوتيريش ~ غوتيريس, غرينيل ~ غرينل). Only
/// when no person name of the document has the head's exact spelling and every variant found
/// is one name.
fn spelling_variant_name(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], head: Range<usize>) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| t.range.start < head.start);
    let last = tokens.partition_point(|t| t.range.end <= head.end);
    if last != first + 1 || tokens[first].kind != TokenKind::Arabic || ent_at[first].is_some_and(|e| entities[e].kind != EntityType::Person) {
        return None;
    }
    let hk = &keys[first];
    let hs = skeleton(hk);
    let variant = |k: &str| {
        let s = skeleton(k);
        (hs.len() >= 4 && s.len() == hs.len() && s.iter().zip(&hs).filter(|(a, b)| a != b).all(|(&a, &b)| variant_letters(a, b)) && s.iter().zip(&hs).filter(|(a, b)| a != b).count() <= 1)
            // (session 28) or a typo swapping two adjacent letters (بوميبو for بومبيو
            // pompeo), in a word of five letters or more
            || adjacent_swap(k, hk)
            // (session 45, qtitle) or one consonant dropped inside a long name (مالستروم
            // mālstrūm for مالمستروم mālmstrūm Malmström): five consonants left at least
            || consonant_dropped(k, hk)
    };
    // (a full name spelled exactly like the head: no variant is needed)
    unique_person_name(tokens, keys, ent_at, entities, |k, m| if (k..=m).any(|j| keys[j] == *hk) { (m == k).then_some(false) } else { Some(m > k && variant(&keys[m])) })
}

/// (session 45) Is one of the names `a`, `b` (search keys) the other with one consonant
/// dropped (مالستروم for مالمستروم), the shorter of six letters or more, the first letter and
/// the last two kept (an ending is an inflection, not a spelling)? A long vowel or glide
/// (ا و ي) dropped is `vowel_edit`'s business, two letters (a syllable نِي) are no typo.
fn consonant_dropped(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if short.len() < 6 || long.len() != short.len() + 1 || short[0] != long[0] {
        return false;
    }
    let at = short.iter().zip(&long).position(|(x, y)| x != y).unwrap_or(short.len());
    at + 2 < long.len() && !matches!(long[at], 'ا' | 'و' | 'ي') && short[at..] == long[at + 1..]
}

/// (session 28) Are `a` and `b` the same word of five letters or more with two adjacent letters
/// swapped (a typo: بوميبو for بومبيو)?
fn adjacent_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() || a.len() < 5 {
        return false;
    }
    let d: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    d.len() == 2 && d[1] == d[0] + 1 && a[d[0]] == b[d[1]] && a[d[1]] == b[d[0]]
}

/// The one person name (tokens `k..=m` of a tagged person) that `test(k, m)` accepts among the
/// document's person names: `None` when two different names pass or when `test` returns `None`
/// (a name that rules the search out).
pub(super) fn unique_person_name(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], mut test: impl FnMut(usize, usize) -> Option<bool>) -> Option<Range<usize>> {
    let mut found: Option<(Range<usize>, String)> = None;
    let mut k = 0;
    while k < tokens.len() {
        let Some(e) = ent_at[k].filter(|&e| entities[e].kind == EntityType::Person) else {
            k += 1;
            continue;
        };
        let mut m = k;
        while m + 1 < tokens.len() && ent_at[m + 1] == Some(e) {
            m += 1;
        }
        if test(k, m)? {
            let name = keys[k..=m].join(" ");
            match &found {
                Some((_, n)) if *n != name => return None,
                Some(_) => {}
                None => found = Some((tokens[k].range.start..tokens[m].range.end, name)),
            }
        }
        k = m + 1;
    }
    found.map(|(r, _)| r)
}

/// (session 9) A title speaker whose holder the tagger did not name (قال وزير الصحة التايلاندي
/// بياساكول … qāla wazīr aṣ-ṣiḥḥa t-tāylāndī biyāsākūl "the Thai health minister Piyasakol
/// said", وصرح المتحدث باسم الوزارة أشرف القدرة): a word right after the title phrase, before
/// the message, that the document uses elsewhere as a speaker on its own (وأضاف بياساكول، وأشار
/// القدرة، وأضاف المالكي) is the holder's name.
fn title_holder_names(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], out: &mut [Quote]) {
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);
    // One-word speaker heads that are names: no title, body noun or person entity of their own.
    // (session 14) Three letters are enough (راد rād in وزيرة الداخلية امبر راد … وصرحت راد;
    // was four: +1 on dev 11, no change on dev 1–10).
    let names: Vec<(String, Range<usize>)> = out
        .iter()
        .filter_map(|q| q.speaker_head.clone().or_else(|| q.speaker.clone()))
        .filter_map(|r| {
            let k = tok_at(r.start);
            (k < tokens.len() && tokens[k].range == r && tokens[k].kind == TokenKind::Arabic && !coref::is_person_title(&keys[k]) && !coref::is_body_noun(&keys[k]) && !TITLE_SET.contains(&keys[k]) && keys[k].chars().count() >= 3).then(|| (keys[k].clone(), r))
        })
        .collect();
    if names.is_empty() {
        return;
    }
    for q in out.iter_mut() {
        let Some(sp) = q.speaker.clone() else { continue };
        if q.speaker_source != SpeakerSource::Explicit || q.speaker_head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person)) {
            continue;
        }
        let first = tok_at(sp.start);
        if first >= tokens.len() || !coref::is_person_title(&keys[first]) || tokens[first].range.start < q.verb.end {
            continue;
        }
        // (at most 16 tokens after the title: a quoted body name may stand between, as in
        // المتحدث باسم قوات التحالف "تحالف …" العقيد الركن تركي المالكي)
        let stop = (first + 16).min(tokens.len());
        let found = (first + 1..stop)
            .take_while(|&k| !(THAT_SET.contains(&keys[k]) || matches!(&text[tokens[k].range.clone()], ":" | "." | "؟" | "!") || is_reporting_verb(&keys[k])))
            .find_map(|k| {
                let (_, r) = names.iter().find(|(n, r)| *n == keys[k] && *r != tokens[k].range)?;
                // (a tagged name: the whole person entity)
                Some(match ent_at[k] {
                    Some(e) if entities[e].kind == EntityType::Person => entities[e].range.clone(),
                    // (session 28) a one-word entity of another type whose word speaks as a
                    // tagged person elsewhere: the tagger's slip (المتحدث باسم الشرطة، NAME1
                    // NAME2، … وأشار NAME2 with NAME2 tagged ORG here, PER there)
                    Some(e) if entities[e].range == tokens[k].range && entities.iter().any(|p| p.range == *r && p.kind == EntityType::Person) => tokens[k].range.clone(),
                    Some(_) => return None,
                    None => tokens[k].range.clone(),
                })
            });
        if let Some(h) = found {
            q.speaker_head = Some(h);
            q.note_rule("title-coref");
        }
    }
}

/// (session 35) Per document: the earliest differently spelled mention of each (compared words,
/// spelling) pair, as [`canonical_mention`] finds it.
type CanonicalCache = FxHashMap<(Vec<String>, String), Option<Range<usize>>>;

/// A quote's speaker head set to its [`canonical_mention`] when the article spells it
/// differently first (used by `find_quotes` and, for re-decided quotes, `rename_speakers`).
fn canonical_head(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], cache: &mut CanonicalCache, q: &mut Quote) {
    if let Some(c) = q.speaker_head.clone().or_else(|| q.speaker.clone()).and_then(|r| canonical_mention(text, tokens, keys, ent_at, cache, r)) {
        q.speaker_head = Some(c);
    }
}

/// (session 9) The chain's canonical spelling of a speaker mention (its byte range): the first
/// mention in the document with the same words up to the article ال and the امريكي/اميركي
/// spelling (ابراهيم الغندور ʾibrāhīm al-ġandūr before ابراهيم غندور; الجيش الاميركي before
/// الجيش الامريكي), when it is spelled differently. Only mentions with a named entity word
/// (a name, a nationality) are compared, so that a bare description keeps its own wording.
///
/// (session 35) The earliest differently spelled mention of each (words, spelling) pair is found
/// once per document (`cache`); a mention takes it when it comes before the mention itself, so
/// a long document repeating one speaker is not rescanned per quote.
fn canonical_mention(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], cache: &mut CanonicalCache, r: Range<usize>) -> Option<Range<usize>> {
    let first = tokens.partition_point(|t| t.range.start < r.start);
    let last = tokens.partition_point(|t| t.range.end <= r.end);
    let n = last.checked_sub(first).filter(|&n| (1..=6).contains(&n))?;
    if (first..last).any(|k| tokens[k].kind != TokenKind::Arabic) || (first..last).all(|k| ent_at[k].is_none()) {
        return None;
    }
    // (session 43, qperf) borrowed unless a spelling is merged: the scan below compares every
    // token of the document on a cache miss
    let canon = |k: usize| -> std::borrow::Cow<'_, str> {
        let key = keys[k].as_str();
        let b = key.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(key);
        coref::merge_american(b)
    };
    let want: Vec<String> = (first..last).map(|k| canon(k).into_owned()).collect();
    let own = &text[tokens[first].range.start..tokens[last - 1].range.end];
    // (session 49, qvariant) the mention opens with the article (السعودية as-saʿūdiyya "Saudi
    // Arabia"): see `agreeing_nisba` below (a function of `own`, so the cache stays sound)
    let own_definite = keys[first].starts_with("ال");
    let earliest = cache
        .entry((want, own.to_string()))
        .or_insert_with_key(|(want, own)| {
            (0..tokens.len().saturating_sub(n - 1)).find_map(|j| {
                let m = j + n;
                if (j..m).any(|k| tokens[k].kind != TokenKind::Arabic) || (j..m).zip(want).any(|(k, w)| canon(k) != *w) {
                    return None;
                }
                // (session 49, qvariant) no indefinite nisba adjective agreeing with the noun
                // before it for a definite mention (وسائل إعلام سعودية wasāʾil iʿlām saʿūdiyya
                // "Saudi media" is no earlier spelling of السعودية "Saudi Arabia")
                if own_definite && agreeing_nisba(tokens, keys, j) {
                    return None;
                }
                let cand = tokens[j].range.start..tokens[m - 1].range.end;
                (text[cand.clone()] != **own).then_some(cand)
            })
        })
        .clone();
    // (the earliest such mention ends before this one starts: the old scan stopped at `first`)
    earliest.filter(|c| c.end <= tokens[first].range.start)
}

/// (session 49, qvariant) Is token `j` an indefinite nisba adjective (its search key ending in
/// ـي -ī or ـية -iyya, no article: سعودية saʿūdiyya "Saudi", مصري miṣrī "Egyptian") right after
/// an indefinite Arabic word of three letters or more, the noun it qualifies (إعلام سعودية iʿlām
/// saʿūdiyya "Saudi media", مصدر مصري maṣdar miṣrī "an Egyptian source")? Such an adjective
/// names no state or person and is no spelling of a definite name.
fn agreeing_nisba(tokens: &[Token], keys: &[String], j: usize) -> bool {
    let k = keys[j].as_str();
    if k.starts_with("ال") || k.chars().count() < 4 || !naming::has_nisba_ending(k) {
        return false;
    }
    j.checked_sub(1).is_some_and(|p| tokens[p].kind == TokenKind::Arabic && !keys[p].starts_with("ال") && keys[p].chars().count() >= 3 && tokens[p].range.end < tokens[j].range.start)
}

/// (session 40) Is token `k` inside a quotation opened after token `from` (an odd number of
/// quotation marks between them)? A word of quoted speech is no verb of the narration's clause:
/// اتهم NAME "الجزائر بدعم وتمويل الجبهة" ودعا "NAME accused 'Algeria of supporting and financing
/// the front' and called" (وتمويل is quoted).
fn inside_quotation(text: &str, tokens: &[Token], from: usize, k: usize) -> bool {
    (from..k).filter(|&j| tokens[j].kind == TokenKind::Punct && naming::is_quote_mark(&text[tokens[j].range.clone()])).count() % 2 == 1
}

/// (session 44, `s44-qcarry`) Token `k` is a one-word nisba adjective tagged as a nationality
/// (المصري al-miṣriyy "the Egyptian", الإماراتي al-imārātiyy "the Emirati") after a title or
/// definite word of a subject's title phrase (البرلماني المصري NAME "the Egyptian MP NAME";
/// وزير الدولة الإماراتي للشؤون الخارجية NAME "the Emirati minister of state for foreign
/// affairs NAME"): the walk from a person back to the verb of its clause passes it as it passes
/// the title words.
pub(super) fn nisba_of_title(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> bool {
    k > 0
        && tokens[k].kind == TokenKind::Arabic
        && keys[k].starts_with("ال")
        && ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Nationality && entities[e].range.start == tokens[k].range.start && entities[e].range.end == tokens[k].range.end)
        && tokens[k - 1].kind == TokenKind::Arabic
        && ent_at[k - 1].is_none()
        && (coref::is_person_title(&keys[k - 1]) || in_set_with_conj(&keys[k - 1], &TITLE_SET).is_some() || keys[k - 1].starts_with("ال"))
}

/// A subjectless reporting verb carried to a person who became the topic in the narration
/// since the last quote (rules 3 and 4 of the carry state machine, docs/quotes.md): the person
/// speaks, at lower confidence, and is the new last speaker, of unknown agreement.
fn carry_to_person(q: &mut Quote, p: Range<usize>, last: &mut Option<(Range<usize>, Option<Range<usize>>)>, last_gender: &mut Gender) {
    q.speaker = Some(p.clone());
    q.speaker_head = Some(p.clone());
    q.speaker_source = SpeakerSource::Carried;
    q.confidence *= 0.7;
    q.note_rule("narration-topic");
    *last = Some((p.clone(), Some(p)));
    *last_gender = Gender::Unknown;
}

/// The pronoun linker لكنه lākinnahu "but he" (لكنها "but she", لكنهم "but they"; و allowed
/// before it) and the gender of its pronoun: the one list of the linker rules.
fn linker_pronoun(key: &str) -> Option<Gender> {
    match key.strip_prefix('و').unwrap_or(key) {
        "لكنه" => Some(Gender::Masculine),
        "لكنها" => Some(Gender::Feminine),
        "لكنهم" => Some(Gender::Plural),
        _ => None,
    }
}

/// How the carry keeps a subject that a clause-level finder gave a subjectless reporting verb:
/// as the new last speaker, of the gender of its verb form ([`verb_gender`]) or of its
/// agreement ([`agreement`], for a coordinated verb), or for this verb only (the last speaker
/// stays for the verbs after it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClauseKeep {
    Speaker,
    SpeakerByAgreement,
    ThisVerbOnly,
}

/// A subjectless reporting verb carried to a subject found in the narration or clause (`r`,
/// with its `head` if known), at lower confidence, named by the speaker resolution; `rule` is
/// the provenance suffix. Returns the new last speaker (phrase, head).
#[allow(clippy::too_many_arguments)]
fn carry_to_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], coref: &coref::Coref, earlier: &[Earlier], q: &mut Quote, r: Range<usize>, head: Option<Range<usize>>, rule: &'static str) -> (Range<usize>, Option<Range<usize>>) {
    q.speaker = Some(r.clone());
    q.speaker_head = head;
    q.speaker_source = SpeakerSource::Carried;
    q.confidence *= 0.7;
    q.note_rule(rule);
    resolve_speaker(text, tokens, keys, ent_at, entities, coref, earlier, q, r);
    q.speaker_source = SpeakerSource::Carried;
    (q.speaker.clone().unwrap_or_default(), q.speaker_head.clone())
}

/// (session 15) A subject for a subjectless reporting verb `v` whose agreement rules the last
/// speaker out, in its sentence (`sentence`, token indices): for a finite verb, a name or a
/// person/organisation right after it (VSO the finder missed: أبلغت ستورمي وسائل الإعلام
/// ablaġat Stormy wasāʾil al-iʿlām "Stormy told the media"); else the subject opening the
/// verb's clause (رفعت الممثلة دعوى …، زاعمة rafaʿat al-mumaṯṯila daʿwā …, zāʿimatan "the
/// actress filed a suit …, claiming"): a person or organisation named right after the
/// sentence's first verb, or a definite noun there that agrees with the verb's gender `g` (ة
/// for a feminine verb), with its definite adjectives.
#[allow(clippy::too_many_arguments)]
fn agreeing_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, sentence: Range<usize>, class: VerbClass, g: Gender) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let actor = |k: usize| ent_at.get(k).copied().flatten().filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) && entities[e].range.start == tokens[k].range.start).map(|e| (entities[e].range.clone(), Some(entities[e].range.clone())));
    let plain = |k: usize| tokens[k].kind == TokenKind::Arabic && !ends_subject(&keys[k]) && !is_adverbial(&keys[k]) && !is_reporting_verb(&keys[k]) && !is_pronoun_object(&keys[k]) && !THAT_SET.contains(&keys[k]) && !keys[k].starts_with('ل') && !keys[k].starts_with('ب') && keys[k].chars().count() >= 3;
    if class != VerbClass::Participle && v + 1 < sentence.end {
        let n = v + 1;
        if let Some(found) = actor(n) {
            return Some(found);
        }
        // An untagged word that is no noun with the article, title or body noun: a name. (Not a
        // time noun or preposition: وقال غداة اعلان … wa-qāla ġadāt iʿlān "he said the day
        // after the announcement".)
        let noun_like = is_never_subject_after_verb(&keys[n]);
        if ent_at[n].is_none() && plain(n) && !noun_like && !keys[n].starts_with("ال") && !keys[n].starts_with('و') && !coref::is_person_title(&keys[n]) && !coref::is_body_noun(&keys[n]) && in_set_with_conj(&keys[n], &TITLE_SET).is_none() {
            return Some((tokens[n].range.clone(), None));
        }
    }
    // The clause's own subject: after a leading adverbial up to a comma, the word after the
    // sentence's first verb.
    let start = sentence.start;
    let lead = (start..(start + 5).min(v)).find(|&k| is_comma(&keys[k])).map_or(start, |c| c + 1);
    let n = lead + 1;
    if n >= v || tokens[lead].kind != TokenKind::Arabic || ent_at[lead].is_some() || is_reporting_verb(&keys[lead]) {
        return None;
    }
    if let Some(found) = actor(n) {
        return Some(found);
    }
    // (a definite noun agreeing with the verb: ة for a feminine verb, none for a masculine one)
    let fem = coref::stem(&keys[n]).ends_with('ه');
    if ent_at[n].is_some() || !plain(n) || !keys[n].starts_with("ال") || !match g {
        Gender::Feminine => fem,
        Gender::Masculine => !fem,
        _ => false,
    } {
        return None;
    }
    let mut e = n + 1;
    while e < v && e < n + 3 && tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && keys[e].starts_with("ال") && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) {
        e += 1;
    }
    Some((tokens[n].range.start..tokens[e - 1].range.end, None))
}

/// (session 36) Human broken plurals and quantifiers that head a group speaker (أعضاء aʿḍāʾ
/// "members", قادة qāda "leaders", سكان sukkān "residents", البعض al-baʿḍ "some"; search keys,
/// without the article).
const GROUP_PLURALS: &[&str] = &["اعضاء", "نواب", "قاده", "زعماء", "خبراء", "شهود", "سكان", "اهالي", "طلاب", "علماء", "وزراء", "سفراء", "اطباء", "عمال", "روساء", "حكام", "نشطاء", "مسلحون", "لاجيون", "ابناء", "اقارب", "جنود", "ضباط", "قضاه", "محامون", "بعض", "اخرون", "اخرين", "كثيرون"];
static GROUP_PLURALS_SET: WordSet = WordSet::new(GROUP_PLURALS);

/// (session 36) Is `key` (a search key, و and the article allowed) the head of a human plural:
/// a sound masculine plural of a participle or nisba (المحتجون al-muḥtajjūna "the protesters",
/// اليونانيون al-yūnāniyyūna "the Greeks", ناشطين), its construct form (مسؤولو masʾūlū "officials
/// of"), or a broken plural from [`GROUP_PLURALS`]?
fn is_group_head(key: &str) -> bool {
    let k = key.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(key);
    let core = k.strip_prefix("ال").unwrap_or(k);
    if GROUP_PLURALS_SET.contains(core) {
        return true;
    }
    let sound = |sing: &str| sing.chars().count() >= 3 && (sing.starts_with('م') || sing.ends_with('ي') || coref::is_person_title(sing));
    let n = core.chars().count();
    // (not a broken plural مفاعيل: ملايين malāyīn "millions", ميادين "squares")
    let c: Vec<char> = core.chars().collect();
    if n == 6 && c[0] == 'م' && c[2] == 'ا' && c[4] == 'ي' {
        return false;
    }
    (n >= 5 && (core.strip_suffix("ون").is_some_and(sound) || core.strip_suffix("ين").is_some_and(sound))) || (n >= 5 && !k.starts_with("ال") && core.starts_with('م') && core.strip_suffix('و').is_some_and(sound))
}

/// (session 36) The nearest group subject of a verb between tokens `from` and `v`: a human
/// plural head ([`is_group_head`]) right after a word that can be a verb (no article, no
/// preposition, no name), with its genitive (after a construct head: مسؤولو الدفاع) or plural
/// adjectives (المحتجون الفلسطينيون): وصوت أعضاء مجلس الشيوخ wa-ṣawwata aʿḍāʾu majlisi š-šuyūḫ
/// "the members of the senate voted"; يرفض اليونانيون yarfuḍu l-yūnāniyyūna "the Greeks refuse".
fn group_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], from: usize, v: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let is_preposition = |w: &str| is_free_preposition(w) || matches!(w, "و" | "او");
    let verb_like = |k: usize| {
        let w = keys[k].as_str();
        tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && !w.starts_with("ال") && !w.starts_with("وال") && !w.starts_with("لل") && w.chars().count() >= 3 && (w.chars().count() == 3 || !(w.starts_with('ل') || w.starts_with('ب'))) && !is_preposition(w) && !is_adverbial(w) && !THAT_SET.contains(w) && !coref::is_person_title(w) && !coref::is_body_noun(w) && !is_group_head(w)
    };
    // (a nationality plural is tagged: اليونانيون al-yūnāniyyūna "the Greeks")
    let k = (from + 1..v).rev().find(|&k| tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none_or(|e| entities[e].kind == EntityType::Nationality) && is_group_head(&keys[k]) && verb_like(k - 1))?;
    let definite = keys[k].starts_with("ال") || keys[k].starts_with("وال");
    let mut e = k + 1;
    while e < v && e < k + 4 && tokens[e].kind == TokenKind::Arabic && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) && !is_reporting_verb(&keys[e]) {
        let genitive = !definite && (keys[e].starts_with("ال") || ent_at[e].is_some());
        let adjective = keys[e].starts_with("ال") && is_group_head(&keys[e]);
        if !(genitive || adjective) {
            break;
        }
        e += 1;
    }
    Some((tokens[k].range.start..tokens[e - 1].range.end, None))
}

/// (session 36) Does a subjectless reporting verb or participle (`verb`, a search key) disagree
/// with a candidate speaker mention `cand` (byte range)? A plural one (قالوا، مؤكدين) with one
/// named person or place, or a singular title or body (الوزير، الحكومة); a masculine or feminine
/// one with a person title of the other gender ([`speaker_gender`]), or with a name right after
/// a person title of the other gender (النائبة NAME an-nāʾiba "the deputy", f.). Two persons
/// coordinated (X وY) are a group.
fn disagrees(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], verb: &str, cand: &Range<usize>) -> bool {
    let a = agreement(verb);
    if a == Gender::Unknown {
        return false;
    }
    let first = tokens.partition_point(|t| t.range.start < cand.start);
    if first >= tokens.len() || tokens[first].range.start >= cand.end {
        return false;
    }
    let ent = ent_at[first].filter(|&e| entities[e].range.start <= cand.start && cand.end <= entities[e].range.end);
    let entity = ent.map(|e| entities[e].kind);
    // (a person coordinated with another, X وY, is a group)
    if let Some(e) = ent {
        let after = tokens.partition_point(|t| t.range.start < entities[e].range.end);
        if after < tokens.len() && keys[after].starts_with('و') && ent_at[after].is_some_and(|x| entities[x].kind == EntityType::Person) {
            return false;
        }
    }
    // (the gender of a body noun is no guide for a singular verb: حركة حماس … وقال "the Hamas
    // movement … and he said"; only person titles are)
    let g = speaker_gender(tokens, keys, Some(cand.clone()), Gender::Unknown);
    let mut g = if a == Gender::Plural || coref::is_person_title(&keys[first]) { g } else { Gender::Unknown };
    if g == Gender::Unknown && entity == Some(EntityType::Person) && first > 0 {
        let t = keys[first - 1].as_str();
        if ent_at[first - 1].is_none() && coref::is_person_title(t) && !is_group_head(t) {
            let st = coref::stem(t);
            g = ta_title_gender(&st);
        }
    }
    match a {
        Gender::Plural => matches!(entity, Some(EntityType::Person | EntityType::Location)) || matches!(g, Gender::Masculine | Gender::Feminine),
        _ => a.conflicts(g),
    }
}

/// (session 52) The gender the text shows for the person named at `p` (a byte range): the
/// pronoun of an apposition right after the name, with or without a comma (سويلا بريفمان، وهي
/// وزيرة … suwīlā brīfmān, wa-hiya wazīratun "Suella Braverman, who is a minister", f.; وهو
/// wa-huwa, m.), or a feminine verb in ت -t right before the name where it opens its clause (the
/// sentence start, after a comma or after قد qad: …، انسحبت NAME "…, NAME withdrew", f.). A verb
/// without ت says nothing: a masculine verb also stands before a feminine plural or a body. Else
/// unknown.
fn named_person_gender(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], p: &Range<usize>) -> Gender {
    let first = tokens.partition_point(|t| t.range.start < p.start);
    let Some(r) = ent_at.get(first).copied().flatten().filter(|&e| entities[e].kind == EntityType::Person).map(|e| &entities[e].range) else {
        return Gender::Unknown;
    };
    let after = tokens.partition_point(|t| t.range.start < r.end);
    let pronoun = |k: usize| match keys.get(k).map(String::as_str) {
        Some("وهي") => Gender::Feminine,
        Some("وهو") => Gender::Masculine,
        _ => Gender::Unknown,
    };
    let g = if keys.get(after).is_some_and(|k| is_comma(k)) { pronoun(after + 1) } else { pronoun(after) };
    if g != Gender::Unknown || first == 0 {
        return g;
    }
    let v = first - 1;
    let w = keys[v].strip_prefix(['و', 'ف']).filter(|b| b.chars().count() >= 3).unwrap_or(&keys[v]);
    let verb_like = clause_verb_like(tokens, keys, ent_at, v) && w.ends_with('ت') && w.chars().count() >= 3 && !w.starts_with("ال") && !w.ends_with("ات") && !is_free_preposition(w) && !is_adverbial(w) && !coref::is_person_title(w) && !coref::is_body_noun(w);
    let opens = v == 0 || is_comma(&keys[v - 1]) || is_qad_particle(&keys[v - 1]) || coref::is_sentence_end(&keys[v - 1]) || keys[v - 1] == ":";
    if verb_like && opens {
        Gender::Feminine
    } else {
        Gender::Unknown
    }
}

/// (session 37) An appeal verb coordinated inside a sentence (…، ودعا الطلاب إلى … wa-daʿā
/// ṭ-ṭullāba ilā "…, and he called on the students to …"; … ودعت السلطات إلى "… and it called on
/// the authorities to") continues the clause before it and shares its subject: the single noun
/// phrase between the verb and إلى is its addressee, not a new subject. The verb carries و and
/// follows a word of the same sentence (no full stop, colon or line break before it); the phrase
/// is not a person's name and does not open with a title (ودعا الرئيس إلى opens a new clause).
#[allow(clippy::too_many_arguments)]
fn coordinated_appeal(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, end: usize) -> bool {
    if v == 0 || v + 2 >= end || !keys[v].starts_with('و') || verb_class(&keys[v]) != Some(VerbClass::Appeal) {
        return false;
    }
    let prev = &text[tokens[v - 1].range.clone()];
    let gap = &text[tokens[v - 1].range.end..tokens[v].range.start];
    if matches!(prev, "." | "؟" | "!" | ":") || gap.contains('\n') {
        return false;
    }
    let n = v + 1;
    if tokens[n].kind != TokenKind::Arabic || ent_at[n].is_some_and(|e| entities[e].kind == EntityType::Person) || coref::is_person_title(&keys[n]) || is_adverbial(&keys[n]) {
        return false;
    }
    // a single phrase of plain words up to إلى
    (n + 1..(n + 5).min(end)).find(|&k| keys[k] == "الي").is_some_and(|k| (n..k).all(|x| tokens[x].kind == TokenKind::Arabic && !is_comma(&keys[x]) && !is_reporting_verb(&keys[x]) && !is_adverbial(&keys[x])))
}

/// (session 16) The subject phrase right after a finite reporting verb `v` (before `end`, the
/// sentence's end) that the finder did not take: a person or organisation named right after it,
/// or a person title or body noun (الناشط al-nāšiṭ "the activist", المبعوث الخاص al-mabʿūṯ
/// al-ḫāṣṣ "the special envoy", متحدثة mutaḥaddiṯa "a spokeswoman") with its definite
/// adjectives, titles and the name they introduce (the head). Never a word with a preposition
/// (لهيئة الإذاعة li-hayʾat al-iḏāʿa "to the broadcaster" is the addressee), nor a title whose
/// gender disagrees with the verb's.
#[allow(clippy::too_many_arguments)]
fn subject_after_verb(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, end: usize, class: VerbClass) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // (session 28) past one or two time adverbials between the verb and its subject (قال
    // الأربعاء مسؤول أمريكي إن qāla l-arbiʿāʾa masʾūlun amrīkiyyun inna "a US official said on
    // Wednesday that"; وقال آنذاك NAME "NAME said at the time")
    let mut n = v + 1;
    while n < end && n < v + 3 && ent_at[n].is_none() && is_adverbial(&keys[n]) {
        n += 1;
    }
    subject_after_verb_at(text, tokens, keys, ent_at, entities, v, n, end, class)
}

/// [`subject_after_verb`] with the subject phrase opening at `n` (after the verb and, since
/// session 25, a resumptive فيه fīhi "in it": أعلنت فيه المنظمة "in which the organisation
/// announced").
#[allow(clippy::too_many_arguments)]
fn subject_after_verb_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, n: usize, end: usize, class: VerbClass) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // (session 27) A hashtag right after the verb is its subject when the tagger marked an
    // actor at it or its first word is a definite noun, a body noun or a person title (أعلنت
    // #الشرطة_النيوزيلندية aʿlanat #aš-šurṭa_an-nyūzīlandiyya "the New Zealand police
    // announced"; أكد #الكرملين akkada #al-kremlīn "the Kremlin stressed"): the whole hashtag.
    if class != VerbClass::Participle && n < end && tokens[n].kind == TokenKind::Hashtag {
        let s = &text[tokens[n].range.clone()];
        let first = search_key(s.get(1..).and_then(|b| b.split('_').next()).unwrap_or(""));
        let actor = ent_at[n].is_some_and(|e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization));
        let nominal = (first.starts_with("ال") && first.chars().count() >= 4) || coref::is_body_noun(&first) || coref::is_person_title(&first);
        // (session 47) or, after a verb of saying, a place named by the tagger (تعهدت فيها
        // #كوريا_الشمالية taʿahhadat fīhā #kūriyā_aš-šamāliyya "in which North Korea pledged")
        // or a name of two or more bare words (كتب #برنارد_أوغستين kataba #barnārd_ūġistīn
        // "Bernard Augustin wrote"): an appeal verb's hashtag may be its addressee.
        let place = ent_at[n].is_some_and(|e| entities[e].kind == EntityType::Location);
        let parts: Vec<&str> = s.get(1..).unwrap_or("").split('_').collect();
        let name = parts.len() >= 2 && parts.iter().all(|p| p.chars().count() >= 2 && !search_key(p).starts_with("ال"));
        let said = class == VerbClass::Say && (place || name);
        return (actor || nominal || said).then(|| (tokens[n].range.clone(), None));
    }
    // (session 47) A Latin-script name right after the verb, alone or after one Arabic noun
    // (وطلبت CNN wa-ṭalabat CNN "CNN asked"; وذكرت شبكة CNN "the CNN network reported"; وقال
    // موقع Axios "the Axios site said"): the verb's subject, the Latin words up to three.
    if class != VerbClass::Participle && n < end {
        let latin_name = |k: usize| k < end && tokens[k].kind == TokenKind::Latin && text[tokens[k].range.clone()].chars().next().is_some_and(|c| c.is_uppercase());
        let first = if latin_name(n) {
            Some(n)
        } else if n + 1 < end && tokens[n].kind == TokenKind::Arabic && ent_at[n].is_none() && !keys[n].starts_with("ال") && !keys[n].starts_with('ل') && !keys[n].starts_with('ب') && !is_adverbial(&keys[n]) && !ends_subject(&keys[n]) && !THAT_SET.contains(&keys[n]) && !is_reporting_verb(&keys[n]) && latin_name(n + 1) {
            Some(n + 1)
        } else {
            None
        };
        if let Some(f) = first {
            let mut e = f + 1;
            while e < f + 3 && latin_name(e) {
                e += 1;
            }
            return Some((tokens[n].range.start..tokens[e - 1].range.end, None));
        }
    }
    // (session 32) A partitive or counted subject whose first letter the prefix test below
    // would read as a preposition or conjunction (بعض، وسائل), or that opens with the article
    // (العديد من) or a number (see `partitive_subject`).
    if class != VerbClass::Participle {
        if let Some(r) = partitive_subject(text, tokens, keys, ent_at, entities, n, end) {
            return Some((r, None));
        }
    }
    // (session 19: nor a preposition spelled like a title, أمام amāma "before" / إمام imām
    // "imam": وذكر أمام مسؤولين كبار wa-ḏakara amāma masʾūlīna kibār "and he said before
    // senior officials")
    if class == VerbClass::Participle || n >= end || tokens[n].kind != TokenKind::Arabic || keys[n].starts_with('ل') || keys[n].starts_with('ب') || keys[n].starts_with('و') || ends_subject(&keys[n]) || masdar::is_object_masdar(&keys[n]) {
        return None;
    }
    if n == v + 1 && class == VerbClass::Appeal && coordinated_appeal(text, tokens, keys, ent_at, entities, v, end) {
        return None;
    }
    let actor = |k: usize| ent_at.get(k).copied().flatten().filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) && entities[e].range.start == tokens[k].range.start);
    if let Some(e) = actor(n) {
        return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
    }
    // (session 28) A definite plural in the nominative right after the verb is its subject,
    // whatever the verb (see `nominative_definite_plural`): وأكد الحلفاء في ختام اجتماعهم أن
    // wa-akkada l-ḥulafāʾu fī ḫitāmi jtimāʿihim anna "the allies stressed at the end of their
    // meeting that"; ودعا المحتجون الغاضبون إلى "the angry protesters called for".
    if ent_at[n].is_none() && nominative_definite_plural(&keys[n], class) && !is_adverbial(&keys[n]) && !coref::is_body_noun(&keys[n]) {
        let mut e = n + 1;
        while e < end && e < n + 4 && tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && keys[e].starts_with("ال") && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) && !is_reporting_verb(&keys[e]) {
            e += 1;
        }
        return Some((tokens[n].range.start..tokens[e - 1].range.end, None));
    }
    if ent_at[n].is_none() && !(coref::is_person_title(&keys[n]) || coref::is_body_noun(&keys[n]) || conference_subject(keys, n, end)) {
        // (an appeal verb's indefinite noun is mostly its addressee: ودعا منظمات "and he
        // called on organisations"), except a warning's: وحذرت منظمات "organisations warned")
        // (session 49: nor one coordinated with a nominative human plural, which only a
        // subject can be: ودعت دول غربية ومسؤولون من الأمم المتحدة إلى "Western states and UN
        // officials called for"; the phrase then runs over the coordinate)
        if class == VerbClass::Appeal && family(&keys[v]) != Family::Warn && !agreeing_appeal_subject(&keys[v], &keys[n]) {
            let c = nominative_coordinate(tokens, keys, ent_at, n, end)?;
            return Some((tokens[n].range.start..tokens[c].range.end, None));
        }
        return indefinite_subject(tokens, keys, ent_at, n - 1, end).map(|r| (r, None));
    }
    if ent_at[n].is_some() {
        return None;
    }
    let mut e = n + 1;
    let mut head = None;
    // (session 52, qvariant) A person right after a body named after its leader is that
    // body's genitive, not the speaker (وكشفت إدارة ترامب أن wa-kašafat idāratu trāmb anna "the
    // Trump administration revealed that"): the phrase keeps no person head.
    let leader_body = coref::opens_leader_body(&keys[n]);
    while e < end && e < n + 6 {
        if let Some(x) = actor(e) {
            if !(leader_body && e == n + 1 && entities[x].kind == EntityType::Person) {
                head = head.or_else(|| Some(entities[x].range.clone()));
            }
            while e < end && ent_at[e] == Some(x) {
                e += 1;
            }
        } else if tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && (keys[e].starts_with("ال") || coref::is_person_title(&keys[e])) && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) && !is_reporting_verb(&keys[e]) && !THAT_SET.contains(&keys[e]) {
            e += 1;
        } else {
            break;
        }
    }
    let r = tokens[n].range.start..tokens[e - 1].range.end;
    if verb_gender(&keys[v]).conflicts(speaker_gender(tokens, keys, Some(r.clone()), Gender::Unknown)) {
        return None;
    }
    Some((r, head))
}

/// (session 49) The token of a nominative human plural coordinated with the indefinite noun at
/// `n` (before `end`): و wa- + a sound masculine plural in ون -ūna of a human noun
/// (`is_group_head`: ومسؤولون wa-masʾūlūna "and officials", وناشطون), within three words of
/// `n`, the words between plain indefinite adjectives (no article, preposition, particle or
/// name). The ون ending is nominative, so the coordinated phrase is the verb's subject, never
/// the addressee of an appeal verb (that would be ومسؤولين): دعت دول غربية ومسؤولون إلى
/// daʿat duwalun ġarbiyyatun wa-masʾūlūna ilā "Western states and officials called for".
fn nominative_coordinate(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], n: usize, end: usize) -> Option<usize> {
    let plain = |j: usize| tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none();
    if !plain(n) || keys[n].starts_with("ال") {
        return None;
    }
    let mut j = n + 1;
    while j < end && j <= n + 3 && plain(j) {
        let w = keys[j].as_str();
        if let Some(rest) = w.strip_prefix('و') {
            return (rest.chars().count() >= 5 && !rest.starts_with("ال") && rest.ends_with("ون") && is_group_head(rest)).then_some(j);
        }
        if w.starts_with("ال") || w.starts_with('ل') || w.starts_with('ب') || ends_subject(w) || is_adverbial(w) || is_reporting_verb(w) || THAT_SET.contains(w) || is_free_preposition(w) {
            return None;
        }
        j += 1;
    }
    None
}

/// (session 48) Is token `n`, right after a reporting verb, مؤتمر muʾtamar "conference" as a
/// body that speaks (أعلن مؤتمر الأساقفة aʿlana muʾtamaru l-asāqifa "the bishops' conference
/// announced"; ودعا المؤتمر الأسقفي "the episcopal conference called")? Not a press conference
/// (مؤتمر صحافي/صحفي, which a speaker talks at), and only here, as the verb's subject: as a
/// `DOC_NOUNS` entry it took over clause subjects (في مؤتمر صحافي قال "at a press conference
/// he said"; measured −1 on dev 29 in session 47).
fn conference_subject(keys: &[String], n: usize, end: usize) -> bool {
    let k = keys[n].strip_prefix("ال").unwrap_or(&keys[n]);
    if k != "موتمر" || n + 1 >= end {
        return false;
    }
    let next = keys[n + 1].strip_prefix("ال").unwrap_or(&keys[n + 1]);
    !matches!(next, "صحافي" | "صحفي")
}

/// (session 37) Does token `v` open the article: its first token, or the first after a
/// dateline closed by a dash within the first words (دبي، الإمارات العربية المتحدة (CNN)-- أعلن
/// "Dubai, UAE (CNN)-- announced")?
fn opens_article(text: &str, tokens: &[Token], v: usize) -> bool {
    v == 0 || (v < 16 && text.get(tokens[v - 1].range.clone()).is_some_and(|w| !w.is_empty() && w.chars().all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))))
}

/// (session 37) The subject of a reporting verb that opens the article (see `opens_article`):
/// with no earlier mention a dropped pronoun has no antecedent, so the noun phrase after the
/// verb (past one or two time adverbials) and before its content (byte `content_start`) is the
/// subject, even when the finder's lexicons do not know its head: قالت بعثة الدولة لدى المنظمة
/// إن qālat biʿṯatu d-dawla ladā l-munaẓẓama inna "the state's mission to the organisation said
/// that"; أعلن التحالف العربي أن "the Arab coalition announced that". The phrase runs up to a
/// comma, a preposition or complementizer, an adverbial or an indefinite word (a verb, an
/// object: دعت المملكة مواطنيها إلى "the kingdom called on its citizens to"), at most six
/// words: the head noun with definite words, a quoted name, a hashtag, a person named in
/// apposition or a name right after the head as its genitive; its head is the first person or
/// organisation tagged in it. Not after a telling verb (أبلغ، أخبر), whose addressee follows;
/// after an appeal verb only the head and its genitive (the addressee comes next). A feminine verb needs a feminine head (ة, ات) or a
/// named place or organisation.
#[allow(clippy::too_many_arguments)]
fn lede_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, content_start: usize, end: usize, class: VerbClass) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut n = v + 1;
    while n < end && n < v + 3 && ent_at[n].is_none() && is_adverbial(&keys[n]) {
        n += 1;
    }
    let stop = tokens.partition_point(|t| t.range.start < content_start).min(end);
    let stops = |k: &str| ends_subject(k) || is_free_preposition(k) || is_adverbial(k) || THAT_SET.contains(k) || is_reporting_verb(k) || is_pronoun_object(k) || is_comma(k);
    // (session 40) A word read as ب bi- + noun + pronoun (is_pronoun_object) that has a name
    // right after it as its genitive is a noun whose own letters start with ب and end with ة:
    // a noun with a pronoun suffix takes no genitive (قالت بعثة الدولة qālat biʿṯatu d-dawla "the
    // state's mission said", not bi- + ʿaṯ + -hu).
    let named_genitive = n + 1 < stop && ent_at[n].is_none() && ent_at[n + 1].is_some_and(|x| entities[x].range.start == tokens[n + 1].range.start);
    let noun_with_genitive = named_genitive && is_pronoun_object(&keys[n]) && !ends_subject(&keys[n]) && !is_adverbial(&keys[n]);
    // (session 41) a document noun spelled like a participle of speech, before another word
    // of its phrase (see `phrase_before_that`)
    let doc_head = n + 1 < stop && doc_noun_homograph(&keys[n]) && !ends_subject(&keys[n + 1]) && !THAT_SET.contains(&keys[n + 1]);
    let head_stops = || stops(&keys[n]) && !noun_with_genitive && !doc_head;
    if n >= stop || !matches!(tokens[n].kind, TokenKind::Arabic | TokenKind::Hashtag) || head_stops() {
        return None;
    }
    // A telling verb's addressee follows its subject (أبلغ X Y أن "X told Y that"): no phrase.
    if is_telling_verb(&keys[v]) {
        return None;
    }
    // An appeal's addressee follows its subject (دعت رابطة X الحكومة إلى "the X league called on
    // the government to"): the head and its genitive only.
    let cap = if class == VerbClass::Appeal { n + 2 } else { n + 6 };
    let mut e = n + 1;
    let mut quoted = false;
    while e < stop && e < cap {
        let k = keys[e].as_str();
        if tokens[e].kind == TokenKind::Punct && naming::is_quote_mark(&text[tokens[e].range.clone()]) {
            quoted = !quoted;
            e += 1;
            continue;
        }
        if stops(k) {
            break;
        }
        if let Some(x) = ent_at[e] {
            // a name in apposition (الملياردير السعودي NAME), or a place or body right after
            // the head as its genitive (بعثة الكويت); not a body conjoined later (التلفزيون
            // الرسمي ووكالة X "state TV and agency X")
            if entities[x].kind != EntityType::Person && e != n + 1 {
                break;
            }
            while e < stop && ent_at[e] == Some(x) {
                e += 1;
            }
            continue;
        }
        // the head's genitive or adjectives: definite words (a quoted name, a hashtag, Latin
        // letters as they come), not an indefinite word (a verb, an object: عائلة طفل قتل)
        let fits = quoted || matches!(tokens[e].kind, TokenKind::Hashtag | TokenKind::Latin) || (tokens[e].kind == TokenKind::Arabic && k.starts_with("ال"));
        if !fits {
            break;
        }
        e += 1;
    }
    // (a quotation mark opened or closed at the end is not the phrase's)
    while e > n + 1 && tokens[e - 1].kind == TokenKind::Punct {
        e -= 1;
    }
    let first = ent_at[n];
    if agreement(&keys[v]) == Gender::Feminine {
        let w = coref::stem(&keys[n]);
        let named = first.is_some_and(|x| matches!(entities[x].kind, EntityType::Location | EntityType::Organization));
        if !(named || w.ends_with('ه') || w.ends_with("ات") || tokens[n].kind == TokenKind::Hashtag) {
            return None;
        }
    }
    let head = (n..e).find_map(|k| ent_at[k].filter(|&x| matches!(entities[x].kind, EntityType::Person | EntityType::Organization)).map(|x| entities[x].range.clone()));
    let r = tokens[n].range.start..tokens[e - 1].range.end.max(head.as_ref().map_or(0, |h| h.end));
    Some((r, head))
}

/// (session 41, `s41-qsubj`) A search key that is both a document noun and a participle of
/// speech: مذكرة muḏakkira "a memo" / muḏakkiratan "reminding" (f.).
fn doc_noun_homograph(key: &str) -> bool {
    is_reporting_verb(key) && coref::is_document_noun(&coref::stem(key))
}

/// (session 40, `s40-qcarry`) The subject of a finite say-verb `v` that the finder and the
/// carry's clause searches left without one, when a noun phrase stands between the verb and the
/// complementizer (إن، أن، بأن) that opens its content (byte `content_start`): a say-verb takes
/// no direct object before its that-clause, so the phrase is its subject, not the last
/// speaker's object. وقال ضابط برتبة رائد في الشرطة إن wa-qāla ḍābiṭun bi-rutbati rāʾidin fī
/// š-šurṭa inna "a police officer with the rank of major said that"; وذكرت مذكرة سابقة أنه
/// wa-ḏakarat muḏakkiratun sābiqatun annahu "an earlier memo stated that". The complementizer
/// comes within eight words of the verb with no comma, quotation mark, reporting verb or
/// relative pronoun before it; the phrase is read as in [`lede_subject`] and its first word is
/// a noun: definite, a name, a hashtag, Latin letters, a title or body noun, or an indefinite
/// word that is no imperfect verb (ي-), auxiliary or adverbial. Not after telling and accusing
/// verbs (أبلغ X أن "told X that", اتهم X بأن "accused X of"), whose object comes first.
#[allow(clippy::too_many_arguments)]
fn phrase_before_that(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, content_start: usize, end: usize, class: VerbClass) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if class != VerbClass::Say || is_telling_verb(&keys[v]) {
        return None;
    }
    let bare = keys[v].strip_prefix(['و', 'ف']).unwrap_or(&keys[v]);
    if ["اتهم", "تتهم", "يتهم", "حمل", "حذر", "طالب", "ناشد", "وصف", "اعتبر", "عد", "جدد", "كرر", "ابدي", "اعرب"].iter().any(|p| bare.starts_with(p)) {
        return None;
    }
    let mut n = v + 1;
    while n < end && n < v + 3 && ent_at[n].is_none() && is_adverbial(&keys[n]) {
        n += 1;
    }
    if n >= end {
        return None;
    }
    // the complementizer within eight words, at or before the content's start
    let stop = tokens.partition_point(|t| t.range.start < content_start).min(end);
    let that = |from: usize, to: usize| (from..to.min(end)).find(|&k| THAT_SET.contains(&keys[k]));
    // (session 54) or within eight words after a relative pronoun on the phrase (وذكر مراسل
    // الوكالة الذي كان في المعبر أنه wa-ḏakara murāsilu l-wakāla allaḏī kāna fī l-maʿbar
    // annahu "the agency's correspondent, who was at the crossing, said that"): the relative
    // clause is the phrase's, which ends before the pronoun
    let rel = (n + 1..(v + 9).min(end)).find(|&k| is_relative_pronoun(&keys[k])).filter(|&p| that(n + 1, p).is_none());
    let t = match rel {
        Some(p) => that(p + 2, p + 9)?,
        None => that(n + 1, v + 9)?,
    };
    if t > stop {
        return None;
    }
    // (session 41, `s41-qsubj`) A document noun spelled like a participle of speech (مذكرة
    // muḏakkira "a memo" / muḏakkiratan "reminding") heading a phrase of more than one word
    // before the complementizer is the noun: وذكرت مذكرة سابقة أنه "an earlier memo stated
    // that" (a participle is followed by its complement at once: وقالت مذكرة بأن).
    let doc_head = n + 1 < t && doc_noun_homograph(&keys[n]);
    if (n..t).any(|k| {
        let s = &text[tokens[k].range.clone()];
        is_comma(&keys[k]) || is_quote_open(s) || is_quote_close(s) || matches!(s, ":" | "." | "؟") || (is_reporting_verb(&keys[k]) && !(k == n && doc_head)) || (is_relative_pronoun(&keys[k]) && Some(k) != rel)
    }) {
        return None;
    }
    let w = keys[n].as_str();
    // (session 54) a head whose own first letter is ل or ب, not a clitic preposition, when the
    // word as written is a document noun, a body noun or a title (لائحة الاتهام lāʾiḥatu
    // l-ittihām "the indictment", لجنة "committee"; not لوكالة li-wakāla "to the agency")
    // (the word itself: its comparison stem drops a long word's ل, لائحة → ائحة)
    let lexical_noun = coref::is_document_noun(w) || coref::is_body_noun(w) || coref::is_person_title(w);
    let clitic = (w.starts_with('ل') || w.starts_with('ب')) && !lexical_noun;
    let noun = match tokens[n].kind {
        TokenKind::Hashtag | TokenKind::Latin => true,
        TokenKind::Arabic => {
            ent_at[n].is_some()
                || w.starts_with("ال")
                || coref::is_person_title(w)
                || coref::is_body_noun(w)
                || (!w.starts_with('ي') && w.chars().count() >= 3 && !matches!(w, "تم" | "كان" | "كانت" | "ليس" | "ليست" | "بات" | "صار" | "يجب" | "يمكن" | "هناك" | "ثمه") && !is_adverbial(w) && !ends_subject(w) && !is_free_preposition(w) && !is_pronoun_object(w) && !masdar::is_object_masdar(w) && !clitic)
        }
        _ => false,
    };
    // (nor a time or circumstance word heading an adverbial phrase, غداة ġadāta "the day
    // after", إثر iṯra "following"; nor "our correspondent", مراسلنا murāsilunā, who speaks for
    // the outlet and is named by an earlier mention)
    let adverbial_head = matches!(w, "غداه" | "عشيه" | "اثر" | "عقب" | "بعيد" | "قبيل" | "حين" | "عندما" | "وسط" | "اليوم" | "امس" | "الان" | "ايضا" | "مجددا" | "كذلك");
    // (session 49: nor a pronoun after عن, see `is_an_pronoun`)
    if !noun || adverbial_head || (ent_at[n].is_none() && w.ends_with("نا")) || clitic || ends_subject(w) || is_pronoun_object(w) || masdar::is_object_masdar(w) || is_an_pronoun(w) {
        return None;
    }
    let (r, head) = lede_subject(text, tokens, keys, ent_at, entities, v, content_start, end, class)?;
    // (the phrase ends before a glued or free preposition: شقيق الزوج لبي بي سي "the
    // husband's brother, to the BBC")
    let cut = (n + 1..t).find(|&j| {
        let k = keys[j].as_str();
        Some(j) == rel || (tokens[j].kind == TokenKind::Arabic && (k.starts_with('ل') || k.starts_with('ب') || ends_subject(k) || is_free_preposition(k)))
    });
    let r = match cut {
        Some(c) if tokens[c].range.start < r.end => r.start..tokens[c - 1].range.end,
        _ => r,
    };
    let head = head.filter(|h| h.end <= r.end);
    Some((r, head))
}

/// (session 39) After an appeal verb whose subject phrase (tokens from `v + 1` up to `last`,
/// exclusive) opens with a tagged name, a second, different name right after that name is the
/// appeal's addressee, not the first name's genitive: a proper name takes no genitive. دعت
/// واشنطن مجلس الأمن إلى daʿat wāšinṭun majlisa l-amni ilā "Washington called on the Security
/// Council to": the subject is واشنطن alone. Returns the token where the addressee starts. (A
/// common noun head keeps its named genitive: دعت بعثة الكويت "the Kuwaiti mission called".)
fn appeal_addressee_after_name(tokens: &[Token], ent_at: &[Option<usize>], entities: &[Entity], v: usize, last: usize) -> Option<usize> {
    let a = ent_at.get(v + 1).copied().flatten().filter(|&a| entities[a].range.start == tokens[v + 1].range.start)?;
    let k = (v + 1..last).find(|&k| ent_at[k] != Some(a))?;
    ent_at[k].filter(|&b| entities[b].range.start == tokens[k].range.start).map(|_| k)
}

/// (session 39) An appeal verb `v` right after a relative pronoun that agrees with it, whose
/// antecedent is a tagged name (person, body or place, across a comma), with a tagged name
/// right after the verb: the relative clause's gap is its subject, so that name is the
/// addressee. روما التي تطالب باريس بالاعتذار rūmā llatī tuṭālibu bārīsa bi-l-iʿtiḏār "Rome,
/// which demands an apology from Paris": the speaker is the antecedent (the finder's
/// relative-antecedent step), not باريس.
fn relative_appeal_object(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize) -> bool {
    if v < 2 || ent_at.get(v + 1).copied().flatten().is_none_or(|b| entities[b].range.start != tokens[v + 1].range.start) {
        return false;
    }
    let agrees = relative_gender(&keys[v - 1]) == Some(agreement(&keys[v]));
    let a = if is_comma(&keys[v - 2]) && v >= 3 { v - 3 } else { v - 2 };
    agrees && ent_at[a].is_some_and(|e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.end == tokens[a].range.end)
}

/// (session 37) The subject of a subjectless reporting verb or participle `i` (at byte `verb`)
/// in the article's first sentence (`range`, token indices): the verb opening the article (see
/// `opens_article`) before it heads the main clause, and with no antecedent in the article its
/// subject is the noun phrase right after it (see `lede_subject`), even when the main verb
/// reports nothing and the finder's lexicons do not know the head. The participle, the و-verb
/// and the verb of a temporal, causal or relative ما clause share it: بعث رئيس الحكومة NAME
/// برسائل …، مؤكدا baʿaṯa raʾīsu l-ḥukūma NAME bi-rasāʾil …, muʾakkidan "the prime minister
/// NAME sent messages …, stressing"; أغضب الرئيس NAME معارضيه عندما أشار aġḍaba r-raʾīsu NAME
/// muʿāriḍīhi ʿindamā ašāra "the president NAME angered his opponents when he pointed out";
/// أسقطت القوات ما قالت إنها asqaṭat al-quwwāt mā qālat innahā "the forces downed what they said
/// was". Only when no quote of the sentence came before (its speaker is carried instead), and
/// the phrase agrees with the verb in gender and number.
#[allow(clippy::too_many_arguments)]
fn lede_clause_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], earlier: &[Earlier], i: usize, verb: usize, range: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // (the verb after a dateline, not the dateline's first word)
    let v = (range.start..i.min(16)).rev().find(|&v| opens_article(text, tokens, v))?;
    if v >= i || earlier.iter().any(|(_, _, s)| *s >= tokens[range.start].range.start && *s < verb) {
        return None;
    }
    let w = keys[v].as_str();
    let bare = without_conj(w, 2);
    if tokens[v].kind != TokenKind::Arabic || ent_at[v].is_some() || w.chars().count() < 3 || ends_subject(bare) || is_adverbial(w) || is_adverbial(bare) || bare.starts_with("ال") || coref::is_person_title(bare) || coref::is_body_noun(bare) || is_free_preposition(w) {
        return None;
    }
    let class = verb_class(w).unwrap_or(VerbClass::Say);
    let class = if class == VerbClass::Participle { VerbClass::Say } else { class };
    let (r, head) = lede_subject(text, tokens, keys, ent_at, entities, v, tokens[i].range.start, i, class)?;
    if r.end > tokens[i].range.start || disagrees(tokens, keys, ent_at, entities, &keys[i], head.as_ref().unwrap_or(&r)) || agreement(&keys[i]).conflicts(speaker_gender(tokens, keys, Some(r.clone()), Gender::Unknown)) {
        return None;
    }
    Some((r, head))
}

/// (session 56, `s56-qcarry`) The subject of a circumstantial participle `i` (at byte `verb`)
/// in a narration sentence after the lede (`range`, token indices): a participle (حال ḥāl)
/// shares the subject of the clause it hangs on, so when the sentence opens with a non-reporting
/// verb (after و، قد، كما) and no quote of the sentence came before the participle, the noun
/// phrase right after that verb (see `lede_subject`) speaks, not the last quote's speaker:
/// ورحب البيت الأبيض بالقمة معتبرا wa-raḥḥaba l-baytu l-abyaḍu bi-l-qimma muʿtabiran "the White
/// House welcomed the summit, holding"; وامتنع أحد مسؤولي الشركة عن التعليق قائلا "one of the
/// company's officials declined to comment, saying". The phrase must name an actor: a tagged
/// person, organisation or place at its start, or a person title, a body noun or a human plural
/// as its head (a noun after a verb with a dropped subject is its object: ووصف القرار بأنه …،
/// مضيفا "he described the decision as …, adding"); it agrees with the participle as in
/// [`lede_clause_subject`].
#[allow(clippy::too_many_arguments)]
fn opening_clause_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], earlier: &[Earlier], i: usize, verb: usize, range: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut v = range.start;
    while v + 1 < i && v < range.start + 2 && (is_qad_particle(&keys[v]) || also_word(&keys[v])) {
        v += 1;
    }
    if v + 1 >= i || opens_article(text, tokens, v) || earlier.iter().any(|(_, _, s)| *s >= tokens[range.start].range.start && *s < verb) {
        return None;
    }
    let w = keys[v].as_str();
    let bare = without_conj(w, 2);
    if tokens[v].kind != TokenKind::Arabic || ent_at[v].is_some() || w.chars().count() < 3 || ends_subject(bare) || is_adverbial(w) || is_adverbial(bare) || bare.starts_with("ال") || coref::is_person_title(bare) || coref::is_body_noun(bare) || is_free_preposition(w) || THAT_SET.contains(bare) || linker_pronoun(w).is_some() {
        return None;
    }
    let class = verb_class(w).unwrap_or(VerbClass::Say);
    let class = if class == VerbClass::Participle { VerbClass::Say } else { class };
    let (r, head) = lede_subject(text, tokens, keys, ent_at, entities, v, tokens[i].range.start, i, class)?;
    let n = tokens.partition_point(|t| t.range.start < r.start);
    // (a name tagged at the phrase's start, a body noun, a human plural, a partitive أحد/إحدى
    // "one of", or a title with a name in it; a bare title may be the last speaker under another
    // designation, and a word glued to ب or ل is a complement, also when `lede_subject` passed it
    // as an adverbial: وأشاد باستخدام موسكو أسلحة "he praised Moscow's use of weapons")
    let named = ent_at[n].is_some_and(|x| entities[x].kind != EntityType::Nationality && entities[x].range.start == tokens[n].range.start);
    let glued = (v + 1..n).chain((!named).then_some(n)).any(|k| keys[k].starts_with('ب') || keys[k].starts_with('ل'));
    let actor = named || coref::is_body_noun(&keys[n]) || is_group_head(&keys[n]) || matches!(keys[n].as_str(), "احد" | "احدي") || (coref::is_person_title(&keys[n]) && head.is_some());
    if glued || !actor || r.end > tokens[i].range.start || disagrees(tokens, keys, ent_at, entities, &keys[i], head.as_ref().unwrap_or(&r)) || agreement(&keys[i]).conflicts(speaker_gender(tokens, keys, Some(r.clone()), Gender::Unknown)) {
        return None;
    }
    Some((r, head))
}

/// (session 32) A partitive, counted or percentage subject right after a reporting verb (token
/// `n` opens it, before `end`): كما دعت بعض الدول kamā daʿat baʿḍu d-duwal "some states also
/// called for"; وذكرت عدة صحف waḏakarat ʿiddatu ṣuḥuf "several papers reported"; ودعا العديد من
/// اليساريين wa-daʿā l-ʿadīdu mina l-yasāriyyīn "many leftists called for"; وقال أحد المحتجين
/// "one of the protesters said"; ودعت إحدى الحملات "one of the campaigns called for"; وقال
/// بعضهم "some of them said"; وقالت وسائل إعلام "media outlets said"; قال 44 في المئة qāla 44
/// fī l-miʾa "44 percent said"; واعتبر 45% "45% held". The head, a من, and the counted noun
/// (with a demonstrative before it, إحدى هذه الحملات "one of these campaigns"); a percentage
/// with its في المئة. Right after a reporting verb such a phrase is mostly the subject in the
/// news register (an appeal's addressee, ودعا بعض الدول "he called on some states", is the
/// exception this does not tell apart); بعض "some" and وسائل "means" open with letters the
/// finder otherwise reads as the prepositions ب/و.
fn partitive_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], n: usize, end: usize) -> Option<Range<usize>> {
    if n >= end {
        return None;
    }
    let word = |j: usize| j < end && tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none_or(|e| entities[e].kind == EntityType::Nationality);
    if tokens[n].kind == TokenKind::Number {
        // 45% or 44 في المئة / بالمئة
        if text.get(tokens[n].range.clone()).is_some_and(|w| w.ends_with('%') || w.ends_with('\u{066A}')) {
            return Some(tokens[n].range.clone());
        }
        let k1 = keys.get(n + 1).map(String::as_str);
        let k2 = keys.get(n + 2).map(String::as_str);
        if n + 1 < end && matches!(k1, Some("بالميه" | "بالمايه")) {
            return Some(tokens[n].range.start..tokens[n + 1].range.end);
        }
        if n + 2 < end && k1 == Some("في") && matches!(k2, Some("الميه" | "المايه")) {
            return Some(tokens[n].range.start..tokens[n + 2].range.end);
        }
        return None;
    }
    if !word(n) || ent_at[n].is_some() {
        return None;
    }
    let mut e = n + 1;
    match keys[n].as_str() {
        "بعضهم" => return Some(tokens[n].range.clone()),
        "بعض" | "عده" | "احد" | "احدي" => {}
        "العديد" => {
            if keys.get(e).map(String::as_str) != Some("من") {
                return None;
            }
        }
        "وسايل" => {
            if !matches!(keys.get(e).map(String::as_str), Some("اعلام" | "الاعلام")) {
                return None;
            }
        }
        _ => return None,
    }
    if e < end && keys[e] == "من" {
        e += 1;
    }
    if e < end && matches!(keys[e].as_str(), "هذه" | "هذا" | "هولاء" | "تلك") {
        e += 1;
    }
    if !word(e) || ends_subject(&keys[e]) || is_adverbial(&keys[e]) || THAT_SET.contains(&keys[e]) || is_reporting_verb(&keys[e]) {
        return None;
    }
    Some(tokens[n].range.start..tokens[e].range.end)
}

/// (session 28) Is the entity ending at token `last` set off by a comma before it too (an
/// apposition: …، NAME، …) or named by a person title shortly before it (ووصفه عضو الكونغرس
/// NAME، بأنه …، وقال "congressman NAME described it …, and he said"), rather than closing a
/// phrase (اتخاذ موقف NAME، "taking a NAME stance,")? For a و-verb after `…، NAME، PHRASE،
/// وVERB` only such a name is the clause's subject: in دعت الرئاسة المجتمع الدولي إلى اتخاذ موقف
/// حازم، من الهجوم …، واعتبرت daʿati r-riʾāsa … ilā ttiḫāḏi mawqifin ḥāzimin, mina l-hujūm …,
/// wa-ʿtabarat "the presidency called on the international community to take a firm stance on
/// the attack …, and it held" the adjective حازم (tagged as the name Hazim) ends the
/// complement, and the presidency speaks.
fn set_off_before(keys: &[String], ent_at: &[Option<usize>], last: usize, start: usize) -> bool {
    let mut k = last;
    while k > start && ent_at[k - 1] == ent_at[last] {
        k -= 1;
    }
    let titled = (k.saturating_sub(3).max(start)..k).any(|t| coref::is_person_title(&keys[t]) || in_set_with_conj(&keys[t], &TITLE_SET).is_some());
    k > start && (is_comma(&keys[k - 1]) || titled)
}

/// (session 28) An indefinite noun right after an appeal verb `verb` (keys) that is its
/// subject, not its addressee: a quantity head (دعت بعض الدول إلى daʿat baʿḍu d-duwali ilā
/// "some states called for"; طالب عدد من النواب "a number of MPs demanded"), a feminine plural
/// after a feminine verb (دعت منظمات حقوقية إلى "rights organisations called for"), or a human
/// plural after a masculine verb (وحث نشطاء wa-ḥaṯṯa nušaṭāʾu "activists urged", طالب محتجون).
/// A masculine verb before a feminine plural (ودعا منظمات "and he called on organisations")
/// stays an addressee.
fn agreeing_appeal_subject(verb: &str, head: &str) -> bool {
    if is_quantity_head(head) {
        return true;
    }
    let n = head.chars().count();
    match verb_gender(verb) {
        Gender::Feminine => n >= 5 && head.ends_with("ات"),
        // (session 48: or the nominative construct plural مفعلو, never an object: وطالب ممثلو
        // الادعاء ب wa-ṭālaba mumaṯṯilū l-iddiʿāʾ bi "the prosecutors demanded")
        Gender::Masculine => n >= 5 && (head.ends_with("ون") || (n == 5 && head.ends_with("اء") && !head.starts_with('ا')) || (head.starts_with('م') && head.ends_with('و') && is_group_head(head))),
        _ => false,
    }
}

/// (session 28) A definite plural whose ending marks the nominative, so that it cannot be the
/// object of the verb before it: the sound masculine plural in ون -ūna (المحتجون al-muḥtajjūna
/// "the protesters", المسؤولون, الفلسطينيون; the object would be المحتجين), the feminine dual
/// in تان -tāni (المرأتان al-marʾatāni "the two women"; object المرأتين), and, after a verb of
/// saying, the human broken plural fuʿalāʾ (الحلفاء al-ḥulafāʾ "the allies", الخبراء, الوزراء,
/// العلماء: three root letters before اء). Search key with the article, no conjunction.
fn nominative_definite_plural(key: &str, class: VerbClass) -> bool {
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let n = stem.chars().count();
    if n >= 4 && (stem.ends_with("ون") || stem.ends_with("تان")) {
        return true;
    }
    let root: Vec<char> = stem.chars().collect();
    class == VerbClass::Say && n == 5 && stem.ends_with("اء") && root[..3].iter().all(|c| !matches!(c, 'ا' | 'ي' | 'ى'))
}

/// (session 28) A word written with the accusative tanwin (fathatan, U+064B: قائلاً qāʾilan
/// "saying", معلقةً muʿalliqatan "commenting", أيضاً ayḍan "also"): never a subject, which is
/// nominative; an adverbial, a circumstantial participle or an object.
fn written_accusative(text: &str, t: &Token) -> bool {
    text.get(t.range.clone()).is_some_and(|w| w.contains('\u{064B}'))
}

/// A search key ending in a possessive pronoun that marks a definite construct, not an
/// indefinite head: ـته/ـتها/ـتهم (on a ة noun), ـها، ـهم، ـهما، ـنا (استقالته istiqālatuhu "his
/// resignation", خارجيتها "its foreign (ministry)"). The bare ـه is left out: too many stems end
/// in it.
fn ends_with_possessive(key: &str) -> bool {
    ["ته", "تها", "تهم", "ها", "هم", "هما", "نا"].iter().any(|p| key.ends_with(p))
}

/// (session 18) Quantity heads that open an indefinite subject (عدد من ʿadad min "a number of",
/// خمس kamsu "five", عشرات ʿašarāt "dozens").
fn is_quantity_head(key: &str) -> bool {
    matches!(quantity(key), Some(Quantity::Partitive | Quantity::Count | Quantity::Numeral | Quantity::Many))
}

/// A word of five letters or more with a plural ending (-āt, -āʾ, -ūn): شخصيات šaḫṣiyyāt
/// "figures", زعماء zuʿamāʾ "leaders", مسؤولون masʾūlūn "officials" (the search key).
fn looks_plural(key: &str) -> bool {
    key.chars().count() >= 5 && (key.ends_with("ات") || key.ends_with("اء") || key.ends_with("ون"))
}

/// (session 48) Broken plurals of body nouns that speak as an indefinite subject right after a
/// verb of saying (قالت أحزاب المعارضة qālat aḥzābu l-muʿāraḍa "the opposition parties said").
const BODY_BROKEN_PLURALS: &[&str] = &["احزاب"];

/// (session 18) An indefinite plural or quantified subject right after a reporting verb `v`
/// (before `end`) that is neither an actor nor a title: قالت شخصيات روسية بارزة qālat šaḫṣiyyāt
/// rūsiyya bāriza "prominent Russian figures said", قال زعماء qāla zuʿamāʾ "leaders said", قالت
/// خمس منظمات "five organisations said", قال عدد من الخبراء "a number of experts said". The
/// phrase as written: the head with its adjectives or genitive (up to four more words, a من
/// after a quantity). Not after an appeal verb (the caller's check). Never an article noun, a word with a pronoun ending (أعلن استقالته "announced
/// his resignation" is an object), an adverbial or a preposition.
fn indefinite_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, end: usize) -> Option<Range<usize>> {
    let n = v + 1;
    let k = keys.get(n)?;
    let word = |j: usize| j < end && tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none();
    if !word(n) || k.starts_with("ال") || ends_subject(k) || is_adverbial(k) || is_reporting_verb(k) || THAT_SET.contains(k) || is_pronoun_object(k) {
        return None;
    }
    let quantity = is_quantity_head(k);
    // (session 48) also a human broken plural (سكان sukkān "residents", أحزاب aḥzāb "parties")
    // and a nominative construct plural (مقدمو muqaddimū "the presenters of", ممثلو mumaṯṯilū
    // "the representatives of"); not the genitive/accusative ين form, mostly an object.
    let plural = looks_plural(k) || (is_group_head(k) && !k.ends_with("ين")) || BODY_BROKEN_PLURALS.contains(&k.as_str());
    if !quantity && !plural {
        return None;
    }
    if !quantity && ends_with_possessive(k) {
        return None;
    }
    let mut e = n + 1;
    if quantity {
        // the counted noun (خمس منظمات) or من + a plural (عدد من الخبراء)
        if e < end && keys[e] == "من" {
            e += 1;
        }
        if !word(e) || ends_subject(&keys[e]) || is_adverbial(&keys[e]) || THAT_SET.contains(&keys[e]) {
            return None;
        }
        e += 1;
    }
    while e < n + 5 && word(e) {
        let w = &keys[e];
        if ends_subject(w) || is_adverbial(w) || is_reporting_verb(w) || THAT_SET.contains(w) || is_pronoun_object(w) || w.starts_with('ل') || w.starts_with('ب') || w.starts_with('و') {
            break;
        }
        e += 1;
    }
    Some(tokens[n].range.start..tokens[e - 1].range.end)
}

/// (session 18) The subject of a narration sentence (`sentence`, token indices) that a pronoun
/// linker opening the next sentence takes up: after a leading adverbial up to a comma, an actor
/// or place named right after the clause's first word, a verb (no preposition, article noun,
/// title, body noun or reporting verb).
fn linked_clause_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let start = sentence.start;
    let lead = (start..(start + 5).min(sentence.end)).find(|&k| is_comma(&keys[k])).map_or(start, |c| c + 1);
    let n = lead + 1;
    if n >= sentence.end || tokens[lead].kind != TokenKind::Arabic || ent_at[lead].is_some() || keys[lead].chars().count() < 3 {
        return None;
    }
    let bare = without_conj(&keys[lead], 2);
    if ends_subject(bare) || is_adverbial(bare) || is_adverbial(&keys[lead]) || bare.starts_with("ال") || is_reporting_verb(&keys[lead]) || coref::is_person_title(bare) || coref::is_body_noun(bare) {
        return None;
    }
    let e = ent_at[n].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.start == tokens[n].range.start)?;
    Some((entities[e].range.clone(), Some(entities[e].range.clone())))
}

/// (session 18) The person whose words the content of quote `q` reports, when `q`'s speaker is
/// a medium or body (its mention opens with a body noun or an organisation: a site, an agency,
/// a ministry; no person in it): a person named in the first twelve words of the content right
/// after the masdar قول/تصريح/تصريحات ("the statements of NAME"), or right before a finite
/// reporting verb, through the comma closing an apposition (رئيس الوزراء، NAME، قال "the prime
/// minister, NAME, said"). A name after a finite verb is its object (الوزير أبلغ NAME "the
/// minister informed NAME"): none.
fn reported_person(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], q: &Quote) -> Option<Range<usize>> {
    let sp = q.speaker.clone()?;
    let (s0, s1) = (tokens.partition_point(|t| t.range.end <= sp.start), tokens.partition_point(|t| t.range.start < sp.end));
    if s0 >= s1 || (s0..s1).any(|k| ent_at.get(k).copied().flatten().is_some_and(|e| entities[e].kind == EntityType::Person)) {
        return None;
    }
    if !(ent_at[s0].is_some_and(|e| entities[e].kind == EntityType::Organization) || coref::is_body_noun(&keys[s0])) {
        return None;
    }
    let (c0, c1) = (tokens.partition_point(|t| t.range.end <= q.content.start), tokens.partition_point(|t| t.range.start < q.content.end).min(tokens.len()));
    let finite = |k: usize| k < c1 && verb_class(&keys[k]).is_some_and(|c| c != VerbClass::Participle) && ent_at[k].is_none();
    for k in c0..c1.min(c0 + 12) {
        let Some(e) = ent_at[k].filter(|&e| entities[e].kind == EntityType::Person && entities[e].range.start == tokens[k].range.start) else {
            continue;
        };
        let before = k > c0 && matches!(keys[k - 1].as_str(), "قول" | "تصريح" | "تصريحات");
        let mut n = k;
        while n < c1 && ent_at[n] == Some(e) {
            n += 1;
        }
        if n < c1 && is_comma(&keys[n]) {
            n += 1;
        }
        if before || finite(n) {
            return Some(entities[e].range.clone());
        }
    }
    None
}

/// A search key without its و/ف "and" when at least `min_chars` letters remain (وقالت →
/// قالت; وفد wafd "delegation" keeps its و at `min_chars` 3).
fn without_conj(key: &str, min_chars: usize) -> &str {
    key.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= min_chars).unwrap_or(key)
}

/// The noun of a "for his/its part" phrase after من min (search keys): جانبه jānibihi، جهته
/// jihatihi، ناحيته nāḥiyatihi with a pronoun (ه، ها، هم).
fn is_side_word(key: &str) -> bool {
    matches!(key, "جانبه" | "جانبها" | "جانبهم" | "جهته" | "جهتها" | "جهتهم" | "ناحيته" | "ناحيتها")
}

/// The "in (his/her/their) turn" adverb (search keys): بدوره bi-dawrihi، بدورها، بدورهم.
fn is_in_turn_word(key: &str) -> bool {
    matches!(key, "بدوره" | "بدورها" | "بدورهم")
}

/// (session 54, qcarry) The first token of a "for his/its part" phrase (من جهته min jihatihi،
/// من جانبها، بدوره bi-dawrihi) ending right before token `v`, when its pronoun agrees with
/// the verb at `v` (ه masculine, ها feminine, هم plural): the subject stands before the phrase
/// (وزير الخارجية، NAME، من جهته حث wazīru l-ḫārijiyya, NAME, min jihatihi ḥaṯṯa "the foreign
/// minister, NAME, for his part urged"; السفير من جانبه أكد "the ambassador for his part
/// stressed").
fn side_phrase_before(keys: &[String], v: usize) -> Option<usize> {
    let (first, noun) = if v >= 2 && keys[v - 2] == "من" && is_side_word(&keys[v - 1]) {
        (v - 2, keys[v - 1].as_str())
    } else if v >= 1 && is_in_turn_word(&keys[v - 1]) {
        (v - 1, keys[v - 1].as_str())
    } else {
        return None;
    };
    let pronoun = if noun.ends_with("هم") {
        Gender::Plural
    } else if noun.ends_with("ها") {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    (!agreement(&keys[v]).conflicts(pronoun)).then_some(first)
}

/// (session 33) The subject of the verb a subjectless reporting verb `v` is coordinated with,
/// in its own sentence (`sentence`, token indices; `floor`: the first token after the last quote
/// of the sentence). The reporting verb carries و/ف or follows ثم or a pronoun linker (ولكنها);
/// looking back from it (never past `floor` or a quotation mark, at most 40 tokens) the nearest
/// finite verb that agrees with it in gender and number, standing where a coordinated clause
/// can open, lends its subject:
///
/// * SVO: a noun phrase opening a clause (the sentence start, after لكن/ولكن/كان/وكان or a
///   leading part of at most four tokens up to a comma) right before the verb, across a comma:
///   الحكومة اليمنية الشرعية، استنكرت … وطالبت al-ḥukūma l-yamaniyya š-šarʿiyya, istankarat …
///   wa-ṭālabat "the legitimate Yemeni government condemned … and demanded"; ولكن الجيش اعترف …
///   وقال "but the army admitted … and said";
/// * a verb right after a relative pronoun that agrees with the reporting verb: the actor named
///   right before the pronoun (NAME، الذي عبر عن استنكاره … وقال NAME, allaḏī ʿabbara ʿan
///   istinkārihi … wa-qāla "NAME, who expressed his condemnation … and said");
/// * VSO: a verb with و/ف, or opening the sentence (after a leading part, كان/قد): the subject
///   right after it ([`subject_after_verb_at`]): وجددت ماي … وأكدت wa-jaddadat Māy … wa-akkadat
///   "May renewed … and stressed"; أدان زعماء المجموعة … وقالوا "the group's leaders condemned …
///   and said" (a singular verb before a plural subject, the subject plural).
///
/// (session 34) A nationality adjective counts among the noun phrase's definite words (الحكومة
/// اليمنية، استنكرت … وطالبت), a leading من جانبه/من جهتها/بدوره "for his/its part" without a
/// comma is a leading part, and a place right after a feminine verb is that verb's subject (من
/// جانبها صعدت إيران اللهجة وقالت "for its part, Iran raised the tone and said").
///
/// A title or noun phrase must agree with the reporting verb; a candidate verb that agrees but
/// shows no subject is passed over. The verb's own agreement is read from its surface: ت at the
/// end (not ات) feminine past; ي at the start masculine present; ت at the start a feminine
/// present only when the reporting verb is present too (تحدث، تعهد are masculine pasts); وا/ون
/// plural; otherwise masculine. Words with the article, ة, titles, body nouns, adverbials and
/// prepositions are no verbs.
#[allow(clippy::too_many_arguments)]
fn coordinated_verb_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, floor: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let g = agreement(&keys[v]);
    if g == Gender::Unknown || v <= sentence.start {
        return None;
    }
    let own = without_conj(&keys[v], 3);
    let own_conj = own.len() != keys[v].len();
    let linked = keys[v - 1] == "ثم" || linker_pronoun(&keys[v - 1]).is_some();
    // (session 46) the relative ما "what" (لتوقف ما تقول إنه "to stop what it says is")
    let what = matches!(keys[v - 1].as_str(), "ما" | "بما" | "مما" | "لما" | "عما");
    if !(own_conj || linked || what) {
        return None;
    }
    let present = own.starts_with('ت') || own.starts_with('ي');
    let start = sentence.start;
    // (session 34) a leading "for its part" phrase without a comma leads too: من جانبها صعدت
    // إيران اللهجة وقالت min jānibihā ṣaʿʿadat Īrān al-lahja wa-qālat "for its part, Iran raised
    // the tone and said"
    let side = |k: usize| keys.get(k).map(|w| without_conj(w, 4)).is_some_and(is_side_word);
    let part = if side(start + 1) && without_conj(&keys[start], 2) == "من" {
        start + 2
    } else if is_in_turn_word(without_conj(&keys[start], 4)) {
        start + 1
    } else {
        start
    };
    let lead = (start..(start + 5).min(v)).find(|&k| is_comma(&keys[k])).map_or(part.min(v), |c| c + 1);
    let opener = |b: usize| b == start || b == lead || matches!(keys[b - 1].as_str(), "لكن" | "ولكن" | "كان" | "وكان" | "فكان");
    let lo = floor.max(start).max(v.saturating_sub(40));
    let actor = |k: usize| ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location));
    // does a noun phrase (its first token) agree with the reporting verb?
    let np_agrees = |b: usize| {
        let w = coref::stem(without_conj(&keys[b], 3));
        match g {
            Gender::Feminine => w.ends_with('ه') || looks_plural(&w),
            Gender::Masculine => !w.ends_with('ه') && !looks_plural(&w),
            Gender::Plural => looks_plural(&w) || w.ends_with("ين"),
            Gender::Unknown => false,
        }
    };
    // (session 45) a short quoted name or phrase inside the clause is passed over (from its
    // closing mark back to its opening one)
    let mut skip_from: Option<usize> = None;
    for k in (lo..v).rev() {
        if let Some(j) = skip_from {
            if k >= j {
                continue;
            }
            skip_from = None;
        }
        let s = &text[tokens[k].range.clone()];
        if is_quote_open(s) || is_quote_close(s) {
            match short_quoted_run(text, tokens, keys, lo, k) {
                Some(j) => {
                    skip_from = Some(j);
                    continue;
                }
                None => return None,
            }
        }
        let w = keys[k].as_str();
        let bare = without_conj(w, 3);
        let conj = bare.len() != w.len();
        if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || bare.starts_with("ال") || bare.starts_with("لل") || s.ends_with('ة') || bare.chars().count() < 3 || coref::is_person_title(bare) || coref::is_body_noun(bare) || in_set_with_conj(w, &TITLE_SET).is_some() || is_adverbial(w) || ends_subject(w) || ends_subject(bare) || circumstantial_wa(w) || THAT_SET.contains(bare) || is_relative_pronoun(bare) {
            continue;
        }
        let cg = if is_reporting_verb(bare) {
            agreement(bare)
        } else if bare.ends_with("وا") || (bare.ends_with("ون") && (bare.starts_with('ي') || bare.starts_with('ت'))) {
            Gender::Plural
        } else if bare.ends_with('ت') && !bare.ends_with("ات") {
            Gender::Feminine
        } else if bare.starts_with('ي') {
            Gender::Masculine
        } else if bare.starts_with('ت') {
            if present { Gender::Feminine } else { Gender::Unknown }
        } else if bare.starts_with('ن') {
            Gender::Unknown
        } else {
            Gender::Masculine
        };
        if cg == Gender::Unknown {
            continue;
        }
        // (a singular verb before a plural subject: أدان زعماء المجموعة … وقالوا)
        let vso_plural = g == Gender::Plural && cg != Gender::Plural;
        if cg != g && !vso_plural {
            continue;
        }
        // A verb right after a relative pronoun: its antecedent, when the pronoun agrees.
        if k > start + 1 {
            let rel = without_conj(&keys[k - 1], 4);
            if let Some(pron) = relative_gender(rel) {
                if pron != g {
                    continue;
                }
                let a = if is_comma(&keys[k - 2]) && k > start + 2 { k - 3 } else { k - 2 };
                if let Some(e) = actor(a).filter(|&e| entities[e].range.end == tokens[a].range.end) {
                    return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
                }
                continue;
            }
        }
        // SVO: a noun phrase opening a clause right before the verb (across a comma).
        if !vso_plural && k > start {
            // (session 45) a قد "has" between the subject and its verb after كان: وكان ترامب قد
            // أشار … وقال wa-kāna Trāmb qad ašāra … wa-qāla "Trump had pointed out … and said"
            // (session 54, qcarry) or a "for his part" phrase (السفير من جانبه أكد … ولكنه قال
            // "the ambassador for his part stressed … but he said"; see `side_phrase_before`)
            let side = side_phrase_before(keys, k).filter(|&p| p > start + 1 || (p > start && !is_comma(&keys[p - 1])));
            let e = if let Some(p) = side {
                if is_comma(&keys[p - 1]) { p - 2 } else { p - 1 }
            } else if (is_comma(&keys[k - 1]) || matches!(keys[k - 1].as_str(), "قد" | "وقد")) && k > start + 1 {
                k - 2
            } else {
                k - 1
            };
            let mut b = e;
            let mut head = None;
            if let Some(x) = actor(e).filter(|&x| entities[x].range.end == tokens[e].range.end) {
                head = Some(entities[x].range.clone());
                b = tokens.partition_point(|t| t.range.start < entities[x].range.start);
            } else {
                // (session 34) a nationality adjective is one of the phrase's definite words:
                // الحكومة اليمنية، استنكرت … وطالبت al-ḥukūma al-yamaniyya, istankarat … wa-ṭālabat
                // "the Yemeni government condemned … and demanded"
                let nationality = |j: usize| ent_at[j].is_some_and(|x| entities[x].kind == EntityType::Nationality);
                let definite = |j: usize| tokens[j].kind == TokenKind::Arabic && (ent_at[j].is_none() || nationality(j)) && keys[j].starts_with("ال") && keys[j].chars().count() >= 4 && !ends_subject(&keys[j]) && !is_adverbial(&keys[j]) && !is_reporting_verb(&keys[j]);
                if definite(e) {
                    while b > start && b + 3 > e && definite(b - 1) {
                        b -= 1;
                    }
                    // (past adjectives to an entity: تحالف رصد الحقوقي)
                    if b > start {
                        if let Some(x) = actor(b - 1).filter(|&x| entities[x].range.end == tokens[b - 1].range.end) {
                            head = Some(entities[x].range.clone());
                            b = tokens.partition_point(|t| t.range.start < entities[x].range.start);
                        }
                    }
                    if head.is_none() && !np_agrees(b) {
                        b = usize::MAX;
                    }
                } else {
                    b = usize::MAX;
                }
            }
            if b != usize::MAX && b <= e && b >= start && opener(b) {
                return Some((tokens[b].range.start..tokens[e].range.end, head));
            }
        }
        // VSO: a و/ف verb, or the verb opening the sentence (after a leading part, كان or قد).
        // (session 54, qcarry) or after حيث ḥayṯu / إذ iḏ opening a clause of its own (حيث نشرت
        // صحيفة NAME صورا تظهر ما قالت إنه "as the newspaper NAME published pictures showing what
        // it said was")
        let opens = k == start || k == lead || (k == lead + 1 && matches!(keys[lead].as_str(), "قد" | "وقد" | "لقد" | "كان" | "وكان")) || (k > start && matches!(keys[k - 1].as_str(), "حيث" | "اذ"));
        if conj || opens {
            let mut n = k + 1;
            while n < v && n < k + 3 && ent_at[n].is_none() && is_adverbial(&keys[n]) {
                n += 1;
            }
            // (session 34) a place right after a feminine verb is its subject (a country: من
            // جانبها صعدت إيران اللهجة وقالت "for its part, Iran raised the tone and said")
            let place = (g == Gender::Feminine && n < v)
                .then(|| ent_at[n].filter(|&x| entities[x].kind == EntityType::Location && entities[x].range.start == tokens[n].range.start))
                .flatten()
                .map(|x| (entities[x].range.clone(), Some(entities[x].range.clone())));
            if let Some(found) = place {
                return Some(found);
            }
            if let Some((r, head)) = subject_after_verb_at(text, tokens, keys, ent_at, entities, k, n, v, VerbClass::Say) {
                let first = tokens.partition_point(|t| t.range.start < r.start);
                let named = head.is_some() || actor(first).is_some();
                let ok = match g {
                    Gender::Plural => !named && first < v && (np_agrees(first) || is_quantity_head(&keys[first]) || matches!(keys[first].as_str(), "كل" | "بعض")),
                    _ => named || (first < v && np_agrees(first)),
                };
                if ok {
                    return Some((r, head));
                }
            }
        }
    }
    None
}

/// (session 50) A reporting verb `v` right after a pronoun linker inside its sentence (ولكنه،
/// لكنها، لكنهم "but he/she/they", not opening the sentence: that is `linked_clause_subject`):
/// the pronoun takes up the subject of the clause the sentence opens with, when it agrees with
/// the pronoun: the subject after the sentence's first verb, after a negation or قد (ولم يرد
/// متحدث باسم الشركة على طلب بالتعليق لكنه قال wa-lam yarudd mutaḥaddiṯ bi-smi š-šarika ʿalā
/// ṭalab bi-t-taʿlīq lākinnahu qāla "a company spokesman did not answer a request for comment,
/// but he said") or after a leading في وقت سابق/لاحق "earlier/later" phrase (وفي وقت سابق اتهم
/// ممثلو الادعاء … لكنهم أضافوا "earlier the prosecutors accused … but they added"). Failing
/// that, for ولكنه/لكنه, the nearest person named before the linker in the sentence (احتشد
/// عشرات الآلاف … للمطالبة باستقالة رئيس الوزراء NAME، ولكنه قال "tens of thousands rallied
/// … demanding the resignation of Prime Minister NAME, but he said": NAME, not the plural
/// crowd). `floor`: the first token after the last quote of the sentence; no quotation mark
/// may stand between it and the verb.
#[allow(clippy::too_many_arguments)]
fn linker_clause_speaker(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, floor: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let start = floor.max(sentence.start);
    if v < start + 2 || v >= keys.len() {
        return None;
    }
    let link = v - 1;
    let pg = linker_pronoun(&keys[link])?;
    if (start..link).any(|k| {
        let s = &text[tokens[k].range.clone()];
        is_quote_open(s) || is_quote_close(s)
    }) {
        return None;
    }
    let at = |k: usize| keys.get(k).filter(|_| k < link).map(String::as_str);
    // the sentence's first verb: after a negation or قد, or after a leading "earlier/later"
    // phrase and its temporal words (وفي وقت سابق هذا الشهر "earlier this month")
    let mut k = start;
    if matches!(at(k), Some("لم" | "ولم" | "لن" | "ولن" | "قد" | "وقد" | "لقد")) {
        k += 1;
    } else if matches!(at(k), Some("في" | "وفي")) && at(k + 1) == Some("وقت") && matches!(at(k + 2), Some("سابق" | "لاحق")) {
        k += 3;
        while k < start + 7 && at(k).is_some_and(|w| is_adverbial(w) || matches!(w, "هذا" | "هذه" | "اليوم" | "الشهر" | "الاسبوع" | "العام" | "الجاري" | "الماضي")) {
            k += 1;
        }
    }
    let verb_like = at(k).is_some() && clause_verb_like(tokens, keys, ent_at, k);
    let person = |x: usize| entities[x].kind == EntityType::Person;
    if verb_like && start == sentence.start && k + 1 < link {
        if let Some((r, head)) = subject_after_verb_at(text, tokens, keys, ent_at, entities, k, k + 1, link, VerbClass::Say) {
            let first = tokens.partition_point(|t| t.range.start < r.start);
            let w = coref::stem(without_conj(&keys[first], 3));
            let named_person = head.is_some() || ent_at[first].is_some_and(person);
            let agrees = first < link
                && match pg {
                    Gender::Plural => !named_person && (looks_plural(&w) || is_group_head(&keys[first]) || is_quantity_head(&keys[first])),
                    Gender::Masculine => named_person || (!w.ends_with('ه') && !looks_plural(&w) && !is_group_head(&keys[first])),
                    Gender::Feminine => w.ends_with('ه') && !named_person,
                    Gender::Unknown => false,
                };
            if agrees {
                return Some((r, head));
            }
        }
    }
    if pg != Gender::Masculine {
        return None;
    }
    // (a verb the linker's clause is coordinated with lends its subject first: NAME أكد …
    // ولكنه قال)
    if let Some(found) = coordinated_verb_subject(text, tokens, keys, ent_at, entities, v, floor, sentence) {
        return Some(found);
    }
    // the nearest person named before the linker (not the complement of مع "with")
    (start..link).rev().find_map(|j| {
        let x = ent_at[j].filter(|&x| person(x) && entities[x].range.end == tokens[j].range.end)?;
        let b = tokens.partition_point(|t| t.range.start < entities[x].range.start);
        (b == 0 || !matches!(keys[b - 1].as_str(), "مع" | "ومع")).then(|| (entities[x].range.clone(), Some(entities[x].range.clone())))
    })
}

/// (session 45) A short quoted run that a backward scan meets at its closing mark `close`: the
/// token of its opening mark, when that lies at most six tokens back (not before `lo`) and the run
/// between holds one to five words, none of them a reporting verb or a complementizer: a quoted
/// name or term, حركة المقاومة الإسلامية "حماس" ḥarakat al-muqāwama al-islāmiyya "Ḥamās" "the
/// Islamic Resistance Movement 'Hamas'", إعادة تمثيل المعركة "أمرا مؤسفا للغاية" "the re-enactment
/// of the battle 'a most regrettable thing'". None for a longer run (a quotation of its own).
fn short_quoted_run(text: &str, tokens: &[Token], keys: &[String], lo: usize, close: usize) -> Option<usize> {
    let mark = |j: usize| {
        let s = &text[tokens[j].range.clone()];
        is_quote_open(s) || is_quote_close(s)
    };
    let j = (lo.max(close.saturating_sub(6))..close).rev().find(|&j| mark(j))?;
    let inner = j + 1..close;
    let fits = (1..=5).contains(&inner.len()) && inner.clone().all(|n| tokens[n].kind == TokenKind::Arabic && !is_reporting_verb(&keys[n]) && !THAT_SET.contains(without_conj(&keys[n], 2)));
    (fits && is_quote_open(&text[tokens[j].range.clone()])).then_some(j)
}

/// (session 50) Plural nouns of time and number that stand before a verb as adverbials, never
/// as its subject (بعد ساعات قال baʿda sāʿātin qāla "hours later he said"): ساعات sāʿāt
/// "hours", سنوات sanawāt "years", لحظات laḥaẓāt "moments", مرات marrāt "times", دقائق daqāʾiq
/// "minutes", أيام ayyām "days", أسابيع asābīʿ "weeks", أشهر ašhur / شهور šuhūr "months".
const TIME_PLURALS: &[&str] = &["ساعات", "سنوات", "لحظات", "مرات", "دقائق", "ايام", "اسابيع", "اشهر", "شهور", "عقود", "ثوان"];

/// (session 50) The antecedent of a relative clause without a pronoun (an Arabic صفة clause after
/// an indefinite noun) whose subjectless, unconjoined reporting verb `v` follows it directly:
/// the clause's pro-drop subject is that noun, which speaks: انتقاد حاد لسيناتور أسترالي طالب
/// زميلته intiqādun ḥāddun li-sīnātūrin usturāliyyin ṭālaba zamīlatahu "sharp criticism of an
/// Australian senator who demanded of his colleague"; شهد تظاهرات طالبت šahida taẓāhurātin
/// ṭālabat "saw demonstrations which demanded"; نقابات خاصة بالشرطة تطالب "police unions which
/// demand". The phrase runs back from the verb (not before `floor`, the sentence's first token)
/// over at most four indefinite words (no article, name, particle, preposition or comma; a
/// nationality tagged as such and one ب/ل + article word right before the verb allowed), and
/// opens at its first word that is a person title, a body noun, a human group or an indefinite
/// plural (not a plural of time, [`TIME_PLURALS`]). The head is nominative or genitive, never
/// the accusative (تسجيلا قال tasjīlan qāla "a recording which he said" is an object whose
/// relative clause has its own subject), and agrees with the verb. A verb with و/ف continues its
/// sentence's subject instead.
#[allow(clippy::too_many_arguments)]
fn indefinite_antecedent(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, floor: usize) -> Option<Range<usize>> {
    if v == 0 || v <= floor || keys[v].starts_with('و') || keys[v].starts_with('ف') || !is_reporting_verb(&keys[v]) {
        return None;
    }
    let gap = |k: usize| &text[tokens[k].range.end..tokens[k + 1].range.start];
    let nationality = |k: usize| ent_at[k].is_some_and(|e| entities[e].kind == EntityType::Nationality);
    let mut k = v;
    let mut words = Vec::new();
    while k > floor && words.len() < 4 {
        let j = k - 1;
        let w = keys[j].as_str();
        if tokens[j].kind != TokenKind::Arabic || gap(j).contains('\n') {
            break;
        }
        let pp_article = j + 1 == v && (w.starts_with("بال") || w.starts_with("لل"));
        let plain = (ent_at[j].is_none() || nationality(j)) && !w.starts_with("ال") && !w.starts_with('و') && w.chars().count() >= 3;
        if !(pp_article || plain) || ends_subject(w) || is_adverbial(w) || is_free_preposition(w) || THAT_SET.contains(w) || is_reporting_verb(w) || is_pronoun_object(w) || written_accusative(text, &tokens[j]) || is_never_subject_after_verb(w) {
            break;
        }
        words.push(j);
        k = j;
    }
    words.reverse();
    let head = |j: usize| {
        let w = keys[j].strip_prefix('ل').filter(|r| r.chars().count() >= 3 && !r.starts_with('ل')).unwrap_or(&keys[j]);
        let person = coref::is_person_title(w) || coref::is_body_noun(w) || is_group_head(w);
        // (an indefinite accusative in ا is an object: بيانا، تسجيلا)
        !nationality(j) && !w.ends_with('ا') && !TIME_PLURALS.contains(&w) && (person || (looks_plural(w) && w.ends_with("ات") && !keys[j].starts_with('ل')))
    };
    let h = words.iter().position(|&j| head(j))?;
    let (first, last) = (words[h], *words.last()?);
    // the verb agrees: a feminine verb with a noun in ة or a plural in ات, a masculine one with
    // neither, a plural verb with a human plural
    let w = coref::stem(keys[first].strip_prefix('ل').unwrap_or(&keys[first]));
    let noun = if w.ends_with("ات") {
        Gender::Feminine
    } else if is_group_head(&w) {
        Gender::Plural
    } else if w.ends_with('ه') {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    if agreement(&keys[v]) != noun {
        return None;
    }
    // (the phrase without a ل li- "of" the noun carries: لسيناتور → سيناتور)
    let start = tokens[first].range.start + if keys[first].starts_with('ل') && text[tokens[first].range.clone()].starts_with('ل') { 'ل'.len_utf8() } else { 0 };
    Some(start..tokens[last].range.end)
}

/// (session 17) The topic of a relative clause on an indefinite noun, the speaker of its
/// subjectless verb `v` (in `sentence`, token indices): وبث التلفزيون الروسي تسجيلا قال إنه …
/// wa-baṯṯa t-tilifizyūn ar-rūsī tasjīlan qāla innahu "Russian television broadcast a recording
/// which it said was …", ونشرت البعثة صورة ذكرت فيها … "the mission published a picture in which
/// it mentioned …". The verb carries no conjunction, follows an indefinite word (no article, no
/// entity, no particle) and is followed by a pronoun taking up that noun (إنه/إنها/إنهم, فيه/فيها):
/// then the noun is not the verb's subject, and the subject is that of the sentence's main verb,
/// which opens the sentence (after a leading adverbial up to a comma, هذا/قد): a person,
/// organisation or place right after it, or its definite words (التلفزيون الرسمي الصيني, with a
/// name in apposition after a comma as the head).
fn relative_clause_topic(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let resumptive = |k: usize| matches!(keys.get(k).map(String::as_str), Some("انه" | "انها" | "انهم" | "بانه" | "بانها" | "فيه" | "فيها" | "فيهم"));
    if v < sentence.start + 3 || v + 1 >= sentence.end || in_set_with_conj(&keys[v], &REPORTING_SET) != Some(keys[v].as_str()) || !resumptive(v + 1) {
        return None;
    }
    let particle = |w: &str| ends_subject(w) || is_adverbial(w) || THAT_SET.contains(w) || matches!(w, "كان" | "كانت" | "وكان" | "وكانت" | "قد" | "وقد" | "لقد" | "ما" | "مما" | "بما" | "كما" | "الذي" | "التي");
    let indefinite = |n: usize| {
        let w = keys[n].as_str();
        !(tokens[n].kind != TokenKind::Arabic || ent_at[n].is_some() || w.starts_with("ال") || w.starts_with('و') || particle(w) || w.chars().count() < 3 || coref::is_person_title(w))
    };
    // (session 44) The relative clause may follow a short prepositional phrase on the noun
    // (and a comma): وتشن تركيا … هجوما على منطقة عفرين، تقول إنه … wa-tašunnu Turkiyā …
    // hujūman ʿalā minṭaqat ʿAfrīn, taqūlu innahu "Turkey is waging an attack on the Afrin
    // region, which it says …"; ورفعت NAME دعوى ضد المحامي NAME2 تطالب فيها "NAME filed a suit
    // against the lawyer NAME2 in which she demands".
    let n = if indefinite(v - 1) { v - 1 } else { pp_antecedent(tokens, keys, ent_at, v, sentence.start).filter(|&n| indefinite(n))? };
    // (the sentence opens with its verb, not with a preposition: وعلى الرغم من … wa-ʿalā r-raġm
    // min "and despite …"; a leading adverbial up to a comma is passed, but a comma after the
    // verb and its subject is no such end: ونشرت البعثة، الثلاثاء، صورة …)
    let bare = |k: usize| without_conj(&keys[k], 2);
    let start = sentence.start;
    let mut p = start;
    if particle(bare(start)) {
        p = (start..(start + 5).min(v)).find(|&k| is_comma(&keys[k])).map_or(start, |c| c + 1);
    }
    while p < v && matches!(keys[p].as_str(), "هذا" | "وهذا" | "قد" | "وقد" | "لقد" | "ولقد" | "كما") {
        p += 1;
    }
    let s = p + 1;
    let opener = bare(p);
    if s + 1 >= n || tokens[p].kind != TokenKind::Arabic || ent_at[p].is_some() || is_reporting_verb(&keys[p]) || particle(&keys[p]) || particle(opener) || coref::is_person_title(&keys[p]) || coref::is_body_noun(&keys[p]) || keys[p].starts_with("ال") || n > p + 25 {
        return None;
    }
    if let Some(e) = ent_at[s].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.start == tokens[s].range.start) {
        return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
    }
    if ent_at[s].is_some() || tokens[s].kind != TokenKind::Arabic || !keys[s].starts_with("ال") || particle(&keys[s]) {
        return None;
    }
    let mut e = s + 1;
    while e < n && e < s + 4 && tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && keys[e].starts_with("ال") && !particle(&keys[e]) {
        e += 1;
    }
    // (an apposed name after a comma heads the phrase: هذا وقد غرد الداعية المصري، NAME، …)
    let head = (e < n && is_comma(&keys[e])).then(|| ent_at.get(e + 1).copied().flatten()).flatten().filter(|&x| entities[x].kind == EntityType::Person && entities[x].range.start == tokens[e + 1].range.start).map(|x| entities[x].range.clone());
    Some((tokens[s].range.start..tokens[e - 1].range.end, head))
}

/// (session 49) The speaker of a verb right after a relative pronoun whose antecedent is not
/// the verb's subject, or is not next to it (search keys):
/// * a pronoun that disagrees with the verb, on a noun that is no actor (بالمنازل التي قال
///   إنها bi-l-manāzili llatī qāla innahā "the houses which he said were"; مهارات التفاوض التي
///   يقول إنه "the negotiating skills which he says he has"): the antecedent is what is spoken
///   about, and the dropped subject is the sentence's topic, the first actor named in the
///   sentence before the antecedent that agrees with the verb;
/// * a و-relative after a comma with no earlier same pronoun in the sentence (…يجريها NAME في
///   إدارته، والذي قال "…which NAME makes in his administration, and who said"): the nearest
///   agreeing actor before the comma (at most twelve tokens back).
///
/// The verb is no participle; in the first case a complementizer or resumptive follows it
/// (انه، انها، ان، بان).
fn relative_topic(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if v < sentence.start + 2 || v + 1 >= sentence.end {
        return None;
    }
    let that_next = matches!(keys[v + 1].as_str(), "انه" | "انها" | "انهم" | "ان" | "بان" | "بانه" | "بانها");
    let a = agreement(&keys[v]);
    if a == Gender::Unknown {
        return None;
    }
    let agrees = |p: &str| relative_gender(p) == Some(a);
    let actor = |k: usize| ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) && !disagrees(tokens, keys, ent_at, entities, &keys[v], &entities[e].range));
    let p = keys[v - 1].as_str();
    if is_relative_pronoun(p) && !agrees(p) && that_next {
        // the antecedent (across a comma) is no actor, no title and no group of persons
        let mut n = v - 2;
        if is_comma(&keys[n]) && n > sentence.start {
            n -= 1;
        }
        let w = without_conj(&keys[n], 3);
        if tokens[n].kind != TokenKind::Arabic || ent_at[n].is_some() || coref::is_person_title(w) || coref::is_body_noun(w) || is_group_head(w) {
            return None;
        }
        let e = (sentence.start..n).find_map(actor)?;
        return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
    }
    if let Some(bare) = p.strip_prefix('و').filter(|b| is_relative_pronoun(b) && agrees(b)) {
        if v < sentence.start + 3 || !is_comma(&keys[v - 2]) || (sentence.start..v - 1).any(|k| keys[k] == bare) {
            return None;
        }
        let e = (sentence.start.max(v.saturating_sub(14))..v - 2).rev().find_map(actor)?;
        return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
    }
    None
}

/// (session 49) A verb in a temporal clause opening its sentence (بعد أن / قبل أن / بعدما
/// "after, before") has no antecedent before it: its dropped subject is the subject of the main
/// clause after the clause's comma (بعد أن أعلن … أنه …، يفاجئ الرئيس السابق NAME baʿda an aʿlana
/// … annahu …, yufājiʾu r-raʾīsu s-sābiqu NAME "after he announced … that …, former president
/// NAME surprises"): a person named right after the main verb, across title words, when no
/// actor is named inside the clause and no quotation mark opens there.
fn cataphoric_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let opener = if v > sentence.start && matches!(keys[v - 1].as_str(), "بعدما" | "وبعدما") {
        v - 1
    } else if v >= sentence.start + 2 && keys[v - 1] == "ان" && matches!(keys[v - 2].as_str(), "بعد" | "وبعد" | "قبل" | "وقبل") {
        v - 2
    } else {
        return None;
    };
    if opener != sentence.start {
        return None;
    }
    let end = sentence.end.min(v + 40);
    let c = (v + 1..end).find(|&k| is_comma(&keys[k]))?;
    if (v + 1..c).any(|k| ent_at[k].is_some_and(|e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization)) || is_quote_open(&text[tokens[k].range.clone()])) {
        return None;
    }
    let verb = c + 1;
    if verb + 1 >= end || tokens[verb].kind != TokenKind::Arabic || ent_at[verb].is_some() || keys[verb].starts_with("ال") || coref::is_person_title(&keys[verb]) || is_adverbial(&keys[verb]) || ends_subject(&keys[verb]) {
        return None;
    }
    let mut k = verb + 1;
    // (title words and their nisbas, a nationality tagged or not: الرئيس الكولومبي السابق)
    let title_word = |k: usize| ent_at[k].is_none_or(|e| !matches!(entities[e].kind, EntityType::Person | EntityType::Organization)) && (coref::is_person_title(&keys[k]) || keys[k].starts_with("ال"));
    while k < end && k < verb + 6 && tokens[k].kind == TokenKind::Arabic && title_word(k) {
        k += 1;
    }
    let e = ent_at.get(k).copied().flatten().filter(|&e| k < end && entities[e].kind == EntityType::Person && entities[e].range.start == tokens[k].range.start)?;
    if disagrees(tokens, keys, ent_at, entities, &keys[v], &entities[e].range) {
        return None;
    }
    Some((entities[e].range.clone(), Some(entities[e].range.clone())))
}

/// (session 44) The noun a relative verb `v` follows across a short prepositional phrase on it
/// and an optional comma (search keys): the token before the preposition (على، ضد، في، إلى، عن،
/// بحق، تجاه، نحو، بشأن، حول), when at most four tokens lie between the preposition and the verb
/// and each is a tagged name, a word with the article or a construct head ending in ة before one
/// of those (منطقة عفرين minṭaqat ʿAfrīn "the Afrin region", المحامي NAME). No ل: a ل-genitive
/// names the owner of the noun, who may be the verb's subject (statement phrases).
fn pp_antecedent(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, start: usize) -> Option<usize> {
    let mut k = v.checked_sub(1)?;
    if k > start && is_comma(&keys[k]) {
        k -= 1;
    }
    let pp_word = |j: usize| tokens[j].kind == TokenKind::Arabic && (ent_at[j].is_some() || keys[j].starts_with("ال") || (keys[j].ends_with('ه') && j + 1 < v && (ent_at[j + 1].is_some() || keys[j + 1].starts_with("ال"))));
    let mut j = k;
    while j > start + 1 && j + 4 > k {
        if !pp_word(j) {
            return None;
        }
        j -= 1;
        if matches!(keys[j].as_str(), "علي" | "ضد" | "في" | "الي" | "عن" | "بحق" | "تجاه" | "نحو" | "بشان" | "حول") {
            return (j > start).then(|| j - 1);
        }
    }
    None
}

/// (session 33) Nouns of a statement, interview or post (search keys, the accusative alif
/// included) whose phrase can stand right before a reporting verb that speaks for it.
const STATEMENT_PHRASE_NOUNS: &[&str] = &[
    "تصريح", "تصريحا", "تصريحات", "بيان", "بيانا", "تعقيب", "تعقيبا", "رساله", "تغريده", "مقابله", "حديث", "حديثا", "كلمه", "خطاب", "خطابا", "منشور", "منشورا", "تقرير", "تقريرا", "تدوينه",
];
static STATEMENT_PHRASE_SET: WordSet = WordSet::new(STATEMENT_PHRASE_NOUNS);

/// (session 33) Search-key prefixes of a medium governed by ل (لوكالة li-wakālat "to the agency
/// of", لصحيفة "to the newspaper"): after a statement noun the interview's addressee, never its
/// issuer.
const MEDIUM_ADDRESSEES: &[&str] = &["لوكاله", "لصحيفه", "لقناه", "لموقع", "لبرنامج", "لشبكه", "لاذاعه", "لمجله", "لتلفزيون", "للتلفزيون", "للصحفيين", "لوسايل"];

/// (session 33) A finite reporting verb `v` without a subject of its own right after a statement
/// noun phrase, optionally through a relative pronoun and followed by فيه/فيها "in it", speaks
/// for the statement's issuer named in the phrase: a ل-genitive or a construct genitive after the
/// noun (كما نقلت الوكالة تصريحا لعمدة المدينة قال فيه إن kamā naqalat al-wakāla taṣrīḥan
/// li-ʿumdat al-madīna qāla fīhi inna "the agency also carried a statement by the town's mayor in
/// which he said that"; وفي تعقيب لوزارة الخارجية قالت إنها "in a comment of the foreign ministry
/// it said that it"; بيان المجلس الذي أكد فيه "the council's statement in which it stressed").
/// The verb agrees with the issuer (a person title or body noun by its ة, a plural by its
/// ون/ين), or, with no resumptive pronoun and no preposition before the noun, with the noun
/// itself (تصريحات لمسؤولي الكنيسة تشير "statements of the church officials indicate"): the
/// document speaks, and so its issuer (guidelines). Without a genitive, a document subject that
/// agrees speaks as written (رسالة عبر البريد تقول "a letter by e-mail says"). A medium after
/// ل is the addressee of an interview (تصريح لوكالة الأنباء "a statement to the news agency"),
/// never the issuer.
fn statement_phrase_speaker(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>, bool)> {
    let verb = keys[v].as_str();
    if v < sentence.start + 2 || verb.starts_with('و') || verb.starts_with('ف') || !is_reporting_verb(verb) {
        return None;
    }
    let resumptive = matches!(keys.get(v + 1).map(String::as_str), Some("فيه" | "فيها" | "فيهما"));
    // the phrase ends before the verb, or before a relative pronoun right before it
    let r = if is_relative_pronoun(&keys[v - 1]) { v - 1 } else { v };
    // (a date inside the phrase: في 12 تموز/يوليو 2011 "on 12 July 2011")
    let slash = |k: usize| tokens[k].kind == TokenKind::Punct && keys[k] == "/";
    let word = |k: usize| (matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Latin | TokenKind::Hashtag | TokenKind::Number) || slash(k)) && !is_reporting_verb(&keys[k]) && !THAT_SET.contains(&keys[k]) && !is_relative_pronoun(&keys[k]) && !matches!(keys[k].as_str(), "حيث" | "اذ" | "عندما" | "بينما" | "فيما");
    let noun_at = |k: usize| {
        let w = keys[k].as_str();
        let bare = w.strip_prefix('و').unwrap_or(w);
        let bare = bare.strip_prefix('ب').filter(|b| STATEMENT_PHRASE_SET.contains(b)).unwrap_or(bare);
        STATEMENT_PHRASE_SET.contains(bare).then_some(bare)
    };
    let n = (r.saturating_sub(10).max(sentence.start)..r).rev().take_while(|&k| tokens[k].kind != TokenKind::Punct || slash(k)).find(|&k| noun_at(k).is_some())?;
    if !(n + 1..r).all(word) {
        return None;
    }
    let noun = noun_at(n)?;
    let after_preposition = keys[n].starts_with('ب') || keys[n].starts_with("وب") || (n > sentence.start && matches!(keys[n - 1].as_str(), "في" | "وفي" | "خلال" | "وخلال" | "عبر" | "من" | "بعد" | "عقب" | "علي"));
    // the genitive: after at most two indefinite adjectives (سابقة sābiqa "earlier", رسمي)
    let mut j = n + 1;
    while j < r && j < n + 3 && tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none() && !keys[j].starts_with("ال") && !keys[j].starts_with('ل') && !matches!(keys[j].as_str(), "في" | "من" | "عن" | "عبر" | "علي" | "الي") {
        j += 1;
    }
    let medium = |k: usize| MEDIUM_ADDRESSEES.iter().any(|p| keys[k].starts_with(p));
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    let issuer = || -> Option<(Range<usize>, Option<Range<usize>>, usize)> {
        let w = keys[j].as_str();
        if medium(j) || is_adverbial(w) {
            return None;
        }
        // (up to a preposition: مقابلة لفلان مع الصحفي "an interview of X with the journalist")
        let from = if w == "لـ" || w == "ل" { j + 2 } else { j + 1 };
        let stop = (from..r).find(|&k| matches!(tokens[k].kind, TokenKind::Number | TokenKind::Punct) || matches!(keys[k].as_str(), "مع" | "الي" | "عن" | "علي" | "عبر" | "في" | "من" | "حول" | "بشان") || keys[k].starts_with("لـ")).unwrap_or(r).max(from.min(r));
        let last = tokens[stop - 1].range.end;
        if w == "لـ" || w == "ل" {
            // لـ written apart before a name
            let x = j + 1;
            if x >= stop {
                return None;
            }
            let head = ent_at[x].filter(|&e| is_actor(e)).map(|e| entities[e].range.start.max(tokens[x].range.start)..entities[e].range.end.min(last));
            return Some((tokens[x].range.start..last, head, x));
        }
        if w.strip_prefix('ل').is_some_and(|rest| rest.chars().count() >= 3 && !rest.starts_with('ل')) {
            // li- + a construct noun or a name: the phrase after the ل
            let start = tokens[j].range.start + 'ل'.len_utf8();
            let head = (j..stop).find_map(|k| ent_at[k].filter(|&e| is_actor(e))).map(|e| entities[e].range.start.max(start)..entities[e].range.end.min(last));
            return Some((start..last, head, j));
        }
        if w.starts_with("لل") {
            // li-l-: the written word has lost the article; the naming passes name it
            return None;
        }
        if w.starts_with("ال") || ent_at[j].is_some_and(is_actor) {
            let head = (j..stop).find_map(|k| ent_at[k].filter(|&e| is_actor(e))).map(|e| entities[e].range.start.max(tokens[j].range.start)..entities[e].range.end.min(last));
            return Some((tokens[j].range.start..last, head, j));
        }
        None
    };
    let issuer = if j < r { issuer() } else { None };
    let vg = agreement(verb);
    // the issuer's agreement: its first word a person title or body noun
    let issuer_gender = |k: usize| {
        let key = keys[k].strip_prefix('ل').filter(|r| r.chars().count() >= 3).unwrap_or(&keys[k]);
        let s = coref::stem(key);
        // (a plural in construct: لمسؤولي li-masʾūlī "of the officials of")
        if s.strip_suffix('ي').is_some_and(coref::is_person_title) {
            return Gender::Plural;
        }
        if !(coref::is_person_title(&s) || coref::is_body_noun(&s) || TITLE_SET.contains(&s)) {
            return Gender::Unknown;
        }
        if s.ends_with("ون") || (s.chars().count() >= 5 && s.ends_with("ين")) {
            Gender::Plural
        } else {
            ta_title_gender(&s)
        }
    };
    let noun_gender = if noun.ends_with('ه') || noun.ends_with("ات") { Gender::Feminine } else { Gender::Masculine };
    let subject_noun = !resumptive && !after_preposition && r == v && !vg.conflicts(noun_gender) && vg != Gender::Unknown;
    if let Some((range, head, k)) = issuer {
        let ig = issuer_gender(k);
        if (!vg.conflicts(ig) && (resumptive || r < v || ig != Gender::Unknown || head.is_some())) || subject_noun {
            return Some((range, head, false));
        }
        return None;
    }
    // no issuer named: the document as written, up to a date in it
    let end = (n + 1..r).find(|&k| tokens[k].kind == TokenKind::Number || (matches!(keys[k].as_str(), "في" | "يوم") && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number))).unwrap_or(r);
    subject_noun.then(|| (tokens[n].range.start..tokens[end - 1].range.end, None, true))
}

/// The grammatical gender a reporting verb shows for its subject: قالت qālat / تقول taqūlu /
/// مشيرة mušīratan are feminine, قال / يقول / مشيرا masculine; plural and dual forms (قالوا،
/// اضافوا) and nouns (بقوله) say nothing usable (a VSO verb is singular before a plural subject).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    /// A human plural: a sound masculine plural speaker (مسؤولون masʾūlūn "officials") or a
    /// plural pro-drop verb (واضافوا wa-aḍāfū "and they added").
    Plural,
    Unknown,
}

impl Gender {
    /// Masculine against feminine, and a plural against either singular, are conflicts.
    fn conflicts(self, other: Gender) -> bool {
        use Gender::*;
        matches!((self, other), (Masculine, Feminine) | (Feminine, Masculine) | (Plural, Masculine | Feminine) | (Masculine | Feminine, Plural))
    }
}

/// (session 54, qexpl) Is the head `h` of the subject phrase `r` of a plural verb one person's
/// name that an untagged noun before it governs (منتقدي NAME muntaqidī NAME "NAME's critics",
/// انصار NAME, عائلة NAME)? Not when the phrase coordinates (a و word, a comma, a second
/// actor: NAME1 وNAME2 قالوا "NAME1 and NAME2 said"), nor when the noun is a title of the person
/// (the speaker is then one person, whatever the verb).
fn plural_genitive_head(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], r: &Range<usize>, h: &Range<usize>) -> bool {
    let f = tokens.partition_point(|t| t.range.start < r.start);
    let l = tokens.partition_point(|t| t.range.end <= r.end);
    let Some(e) = ent_at.get(f + 1).copied().flatten() else { return false };
    if l <= f + 1 || entities[e].kind != EntityType::Person || entities[e].range != *h || entities[e].range.start != tokens[f + 1].range.start {
        return false;
    }
    let first = &keys[f];
    let coordinated = (f..l).any(|k| is_comma(&keys[k]) || keys[k] == "و" || (k > f + 1 && keys[k].starts_with('و') && ent_at[k] != Some(e)) || ent_at[k].is_some_and(|x| x != e));
    tokens[f].kind == TokenKind::Arabic && ent_at[f].is_none() && !first.starts_with('و') && !coordinated && !coref::is_person_title(first) && in_set_with_conj(first, &TITLE_SET).is_none()
}

/// The agreement a verb without a subject of its own shows for its (pro-drop) referent: as
/// [`verb_gender`], and plural for a plural verb (قالوا qālū، يقولون yaqūlūn; a pro-drop verb
/// agrees fully in number, unlike a VSO verb before a plural subject).
fn agreement(key: &str) -> Gender {
    let b = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|r| is_reporting_verb(r)).unwrap_or(key);
    if is_reporting_verb(b) && (b.ends_with("وا") || b.ends_with("ون")) {
        return Gender::Plural;
    }
    // (session 36) a plural participle (مؤكدين muʾakkidīna "stressing", قائلين qāʾilīna
    // "saying", m. pl.) agrees with a group
    if in_set_with_conj(b, &PARTICIPLES_SET).is_some() && b.ends_with("ين") {
        return Gender::Plural;
    }
    verb_gender(key)
}

/// The agreement an explicit speaker phrase (its byte range) asks of a later pro-drop verb,
/// read from its head noun: a sound masculine plural (مسؤولون، المحققين) is plural; a person
/// title or institution noun in ة is feminine (المتحدثة al-mutaḥaddiṯa "the spokeswoman",
/// الوزارة al-wizāra "the ministry", الحكومة), other titles and institutions masculine (الوزير،
/// المكتب). Broken plurals (مصادر، السلطات) take feminine singular or plural verbs, so they say
/// nothing. Without a usable head noun (a name), the explicit verb's gender `verb` is kept.
fn speaker_gender(tokens: &[Token], keys: &[String], speaker: Option<Range<usize>>, verb: Gender) -> Gender {
    let Some(sp) = speaker else { return verb };
    let first = tokens.partition_point(|t| t.range.start < sp.start);
    if first >= tokens.len() || tokens[first].range.start >= sp.end {
        return verb;
    }
    let key = keys[first].strip_prefix('و').unwrap_or(&keys[first]);
    let titled = coref::is_person_title(key) || coref::is_body_noun(key) || TITLE_SET.contains(key);
    if !titled {
        return verb;
    }
    let w = coref::stem(key);
    // (session 16) A sound masculine plural is a participle's (مسؤولون، المحققين، المتظاهرين:
    // م…), a nisba's (الفلسطينيين) or a person title's; an institution's name in ين/ون (الكرملين
    // al-kremlīn "the Kremlin") is singular.
    let sound_plural = |sing: &str| sing.chars().count() >= 3 && (sing.starts_with('م') || sing.ends_with('ي') || coref::is_person_title(sing));
    if w.strip_suffix("ون").is_some_and(sound_plural) || (w.chars().count() >= 5 && w.strip_suffix("ين").is_some_and(sound_plural)) {
        Gender::Plural
    } else if matches!(w.as_str(), "مصادر" | "شهود" | "سلطات" | "خبراء" | "تقارير") {
        verb
    } else {
        ta_title_gender(&w)
    }
}

/// Person titles in ة that name a man (stemmed search keys): عمدة ʿumda "mayor", خليفة ḫalīfa
/// "caliph". (Session 54, qcarry: also read by [`speaker_gender`] and the narration title
/// gender, which took لكن عمدة القرية NAME يقول "but the village mayor NAME says" for a woman and
/// carried a later وأضاف back to the man before him.)
fn is_masculine_ta_title(stem: &str) -> bool {
    matches!(stem, "عمده" | "خليفه")
}

/// The gender a title or institution stem (search key, no article) shows: ة (folded ه)
/// feminine unless a masculine ة title (`is_masculine_ta_title`), otherwise masculine.
fn ta_title_gender(stem: &str) -> Gender {
    if stem.ends_with('ه') && !is_masculine_ta_title(stem) { Gender::Feminine } else { Gender::Masculine }
}

/// Do two mentions (byte ranges) name the same referent: one's words (search keys) contained in
/// the other's (ظريف ~ محمد جواد ظريف)?
fn same_referent(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let words = |r: &Range<usize>| -> Vec<String> { text.get(r.clone()).unwrap_or("").split_whitespace().map(|w| coref::stem(&search_key(w))).collect() };
    let (x, y) = (words(a), words(b));
    !x.is_empty() && !y.is_empty() && (x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)))
}

/// (session 42) A person mention of three or more words whose first word carries the
/// conjunction و (the tagger's slip that takes a coordinated verb into the name: وبارك NAME1
/// NAME2 wa-bāraka ... "and NAME blessed"): the mention without that word, for comparing it
/// with the last speaker.
fn wa_glued(text: &str, p: &Range<usize>) -> Option<Range<usize>> {
    let m = text.get(p.clone())?;
    let sp = m.find(' ')?;
    (m.starts_with('و') && m[sp + 1..].contains(' ')).then(|| p.start + sp + 1..p.end)
}

/// (session 42) كما kamā / وكما wa-kamā "also" (search keys) opening a sentence before its verb.
fn also_word(key: &str) -> bool {
    matches!(key, "كما" | "وكما")
}

/// (session 43) The verb at `i` follows a temporal conjunction (عندما ʿindamā، حين ḥīna،
/// حينما ḥīnamā "when", with or without و) in a sentence opening at `start` whose words before
/// the conjunction name no person or organisation and hold no quotation mark: the verb's
/// dropped subject is not given by its own sentence.
fn when_after_actorless(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], start: usize, i: usize) -> bool {
    i >= start + 3
        && i < start + 16
        && is_when_conjunction(&keys[i - 1])
        && (start..i - 1).all(|k| tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none_or(|e| !matches!(entities[e].kind, EntityType::Person | EntityType::Organization)))
}

/// The particle قد qad (with و or لـ: وقد، لقد، ولقد) before a perfect verb (search keys).
fn is_qad_particle(key: &str) -> bool {
    matches!(key, "قد" | "وقد" | "لقد" | "ولقد")
}

/// A temporal conjunction "when" (search keys, with or without و): عندما ʿindamā، حين ḥīna،
/// حينما ḥīnamā.
fn is_when_conjunction(key: &str) -> bool {
    matches!(key.strip_prefix('و').unwrap_or(key), "عندما" | "حين" | "حينما")
}

/// (session 51, qcarry) A reporting verb `v` right after a temporal conjunction (عندما، حين،
/// حينما "when") inside its sentence, not opening it (that is `cataphoric_subject`): the clause
/// the conjunction hangs on names the speaker as the subject of its verb (وفاجأ الرئيس NAME
/// المسؤولين عندما تعهد wa-fājaʾa r-raʾīsu NAME al-masʾūlīna ʿindamā taʿahhada "President NAME
/// surprised the officials when he pledged"; وقد أدلى الوزير بتصريحات … حين أكد "the minister
/// made statements … when he stressed"). The clause opens at the sentence start or after a
/// comma (the nearest such opening before the conjunction that gives a subject), past a leading
/// ثم/بعدها and قد; its first word is verb-like; the subject is read by
/// `subject_after_verb_at`, ends before the conjunction, is a named person or opens with a person
/// title, and does not disagree with the reporting verb. `floor`: the first token after the last
/// quote of the sentence; no quotation mark may stand between it and the verb.
#[allow(clippy::too_many_arguments)]
fn when_clause_speaker(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, floor: usize, sentence: Range<usize>) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let start = floor.max(sentence.start);
    if v < start + 3 || v >= keys.len() || !is_when_conjunction(&keys[v - 1]) {
        return None;
    }
    let conj = v - 1;
    if (start..v).any(|k| {
        let s = &text[tokens[k].range.clone()];
        is_quote_open(s) || is_quote_close(s)
    }) {
        return None;
    }
    let openings = std::iter::once(start).chain((start..conj).filter(|&k| is_comma(&keys[k])).map(|k| k + 1));
    let mut openings: Vec<usize> = openings.filter(|&c| c + 1 < conj).collect();
    openings.reverse();
    openings.into_iter().find_map(|c| {
        let mut k = c;
        while k + 1 < conj && k < c + 2 && matches!(without_conj(&keys[k], 2), "ثم" | "بعدها" | "عندها" | "حينها") {
            k += 1;
        }
        if k + 1 < conj && is_qad_particle(&keys[k]) {
            k += 1;
        }
        if k + 1 >= conj || !clause_verb_like(tokens, keys, ent_at, k) {
            return None;
        }
        let (r, head) = subject_after_verb_at(text, tokens, keys, ent_at, entities, k, k + 1, conj, VerbClass::Say)?;
        let first = tokens.partition_point(|t| t.range.start < r.start);
        let named = head.is_some() || ent_at.get(first).copied().flatten().is_some_and(|x| entities[x].kind == EntityType::Person);
        let titled = first < conj && ent_at[first].is_none() && coref::is_person_title(&keys[first]);
        (first < conj && r.end <= tokens[conj].range.start && (named || titled) && !disagrees(tokens, keys, ent_at, entities, &keys[v], head.as_ref().unwrap_or(&r))).then_some((r, head))
    })
}

/// The word at `k` can open a clause as its verb: an Arabic word with no entity, no article, no
/// ه ending, of three letters or more, no adverbial, particle, person title or body noun.
fn clause_verb_like(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], k: usize) -> bool {
    let w = keys[k].as_str();
    tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && !w.starts_with("ال") && !w.ends_with('ه') && w.chars().count() >= 3 && !is_adverbial(w) && !ends_subject(w) && !coref::is_person_title(w) && !coref::is_body_noun(w)
}

/// (session 42) A preposition opening a sentence's leading adverbial (search keys, with or
/// without و): في fī "in", خلال ḫilāla "during", أثناء aṯnāʾa "during", بعد baʿda "after", قبل
/// qabla "before", عقب ʿaqiba "after", مع maʿa "with", إضافة iḍāfatan "in
/// addition", ردا raddan "in reply", تعليقا taʿlīqan "commenting".
fn opening_preposition(key: &str) -> bool {
    let k = key.strip_prefix('و').unwrap_or(key);
    matches!(k, "في" | "خلال" | "اثناء" | "بعد" | "قبل" | "عقب" | "مع" | "اضافه" | "بالاضافه" | "ردا" | "تعليقا")
}

/// The first tokens a narration sentence's main clause may start at: after a leading adverbial
/// or dateline closed by a comma within its first five tokens (القاهرة، al-qāhira, "Cairo,"),
/// and then (session 23) the sentence start when it opens with a verb and its subject, whose
/// comma may close no adverbial (ورفض الوزير، الخميس، الرد wa-rafaḍa l-wazīr, al-ḫamīs,
/// ar-radd "the minister refused, on Thursday, to answer"; the clause-subject finder's reading
/// since session 19). The comma reading is tried first.
fn narration_leads(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: &Range<usize>) -> [usize; 2] {
    // (session 42) a sentence opening with كما kamā "also" (كما أعرب الرئيس NAME عن قلقه "the
    // president NAME also expressed his concern"): its clause starts after the particle
    let start = if sentence.start + 2 < sentence.end && also_word(&keys[sentence.start]) { sentence.start + 1 } else { sentence.start };
    // (session 42) a sentence opening with a preposition: its adverbial may run to fifteen tokens
    // before the comma (وأثناء حديث مع سفراء جدد في العاصمة، أعرب الرئيس NAME "during a talk with
    // new ambassadors in the capital, President NAME expressed")
    let window = if start < sentence.end && opening_preposition(&keys[start]) { 15 } else { 5 };
    let lead = (start..(start + window).min(sentence.end)).find(|&k| is_comma(&keys[k])).map_or(start, |c| c + 1);
    let verb_first = lead > start + 1 && start + 1 < sentence.end && opens_with_verb(tokens, keys, ent_at, start) && opens_subject(tokens, keys, ent_at, entities, start + 1);
    [lead, if verb_first { start } else { lead }]
}

/// The person subject of a narration sentence's main clause (its tokens), after a leading
/// adverbial up to a comma: a person opening the clause (SVO: بوتين التقى …), or right after its
/// first word, a verb, possibly behind title words (VSO: والتقى الرئيس فلاديمير بوتين …
/// wa-ltaqā ar-raʾīs Flādīmīr Būtīn "and President Vladimir Putin met"; وكان ظريف قد وصل).
fn narration_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: Range<usize>) -> Option<Range<usize>> {
    let [lead, verb_lead] = narration_leads(tokens, keys, ent_at, entities, &sentence);
    narration_subject_at(tokens, keys, ent_at, entities, &sentence, lead).or_else(|| (verb_lead != lead).then(|| narration_subject_at(tokens, keys, ent_at, entities, &sentence, verb_lead)).flatten())
}

/// [`narration_subject`] with the main clause starting at `lead`.
fn narration_subject_at(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: &Range<usize>, lead: usize) -> Option<Range<usize>> {
    let person = |k: usize| -> Option<Range<usize>> {
        let e = ent_at.get(k).copied().flatten()?;
        (k < sentence.end && entities[e].kind == EntityType::Person && entities[e].range.start == tokens[k].range.start).then(|| entities[e].range.clone())
    };
    if let Some(p) = person(lead) {
        return Some(p);
    }
    let v = lead;
    // (session 25) Also a reporting verb the finder took no quote from (واعتبر من جهته NAME،
    // خلال كلمة، "…" "NAME, for his part, held, in a speech, '…'"): its subject is the topic.
    if v + 1 >= sentence.end || tokens[v].kind != TokenKind::Arabic || ent_at[v].is_some() || coref::is_person_title(&keys[v]) || coref::is_body_noun(&keys[v]) || in_set_with_conj(&keys[v], &TITLE_SET).is_some() || ends_subject(&keys[v]) || is_adverbial(&keys[v]) || keys[v].chars().count() < 3 {
        return None;
    }
    // (session 25) An adverbial between the verb and its subject: من جهته min jihatihi "for
    // his part", بدوره bi-dawrihi "in turn" (واعتبر من جهته رئيس المكتب … "the head of the
    // bureau, for his part, held").
    let n = if v + 2 < sentence.end && keys[v + 1] == "من" && is_side_word(&keys[v + 2]) {
        v + 3
    } else if v + 1 < sentence.end && is_in_turn_word(&keys[v + 1]) {
        v + 2
    } else {
        v + 1
    };
    if n >= sentence.end {
        return None;
    }
    let mut k = n;
    while k < sentence.end && k < n + 4 && ent_at[k].is_none() && tokens[k].kind == TokenKind::Arabic && (coref::is_person_title(&keys[k]) || (k > n && in_set_with_conj(&keys[k], &TITLE_SET).is_some() && !keys[k].starts_with('و'))) {
        k += 1;
    }
    person(k).filter(|_| k == n || coref::is_person_title(&keys[n])).or_else(|| title_phrase_person(tokens, keys, ent_at, entities, n, sentence.end))
}

/// (session 25) The person a title phrase opening at `n` names, up to eight tokens on: a person
/// title (or a definite nisba adjective used as a noun: الأسترالي al-ustrālī "the Australian")
/// followed by title words, definite words, commas, the names of bodies and places and a ل
/// genitive before one (رئيس المكتب السياسي لحركة حماس NAME raʾīsu l-maktabi s-siyāsī
/// li-ḥarakati Ḥamās "the head of Hamas's political bureau, NAME"), up to a person's name.
/// None when another word (a preposition, an indefinite noun, a verb) comes first.
fn title_phrase_person(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], n: usize, end: usize) -> Option<Range<usize>> {
    let w = keys.get(n)?.as_str();
    if n >= end || ent_at[n].is_some() || tokens[n].kind != TokenKind::Arabic || w.starts_with('ل') || w.starts_with('ب') {
        return None;
    }
    let nisba = w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5 && !ends_subject(w) && !is_adverbial(w);
    if !coref::is_person_title(w) && !nisba {
        return None;
    }
    let body = |k: usize| ent_at.get(k).copied().flatten().filter(|&e| entities[e].kind != EntityType::Person);
    let mut k = n + 1;
    while k < end && k < n + 9 {
        if let Some(e) = ent_at[k] {
            if entities[e].kind == EntityType::Person {
                return (entities[e].range.start == tokens[k].range.start).then(|| entities[e].range.clone());
            }
            k += 1;
            continue;
        }
        let w = keys[k].as_str();
        let title_word = tokens[k].kind == TokenKind::Arabic
            && !is_reporting_verb(w)
            && !is_adverbial(w)
            && (coref::is_person_title(w) || (in_set_with_conj(w, &TITLE_SET).is_some() && !w.starts_with('و')) || (w.starts_with("ال") && !ends_subject(w)) || w.starts_with("لل") || (w.starts_with('ل') && w.chars().count() > 3 && body(k + 1).is_some()));
        // (session 36) An indefinite noun in the construct state inside the title phrase, whose
        // genitive follows: a definite word (رئيس كتلة الوطنية NAME raʾīsu kutlati l-waṭaniyya
        // "the head of the National bloc, NAME") or a body or place name (المتحدث الإعلامي للدفاع
        // المدني بمنطقة الرياض الرائد NAME "the civil defence spokesman in the Riyadh region,
        // Major NAME"; a بـ word only before a tagged name). Not a preposition or an adverbial.
        let definite_next = k + 1 < end && ent_at[k + 1].is_none() && keys[k + 1].starts_with("ال") && !ends_subject(&keys[k + 1]) && !is_adverbial(&keys[k + 1]);
        let construct = !title_word
            && tokens[k].kind == TokenKind::Arabic
            && !w.starts_with("ال")
            && (!w.starts_with('و') || WAW_CONSTRUCT.contains(&w))
            && w.chars().count() >= 4
            && !ends_subject(w)
            && !is_adverbial(w)
            && !is_reporting_verb(w)
            && !THAT_SET.contains(w)
            && !CONSTRUCT_STOP.contains(&w)
            && (body(k + 1).is_some() || (definite_next && !w.starts_with('ب')));
        if !(title_word || construct || is_comma(w)) {
            return None;
        }
        k += 1;
    }
    None
}

/// (session 43, `s43-qtitle2`) Construct nouns of a title phrase whose first letter و is a root
/// letter, not the conjunction (search keys): وزراء wuzarāʾ "ministers" (رئيسة وزراء بريطانيا
/// NAME "the prime minister of Britain, NAME"), وزاره wizāra "ministry", وكاله wakāla "agency",
/// ولايه wilāya "state".
const WAW_CONSTRUCT: [&str; 4] = ["وزراء", "وزاره", "وكاله", "ولايه"];

/// (session 36) Prepositions and adverbs written as one word (search keys) that never stand in a
/// title phrase's construct chain: بين bayna "between", بسبب bi-sabab "because of", بشأن
/// bi-šaʾn "about", بحسب bi-ḥasab "according to", عقب ʿaqiba "after", اثناء aṯnāʾ "during",
/// لدى ladā "at", وفق wafqa "according to", حسب ḥasaba, بحضور bi-ḥuḍūr "in the presence of",
/// برفقة bi-rifqa "accompanied by", بمناسبة bi-munāsaba "on the occasion of", عشية ʿašiyya "on
/// the eve of", اثر iṯra "after", ضد ḍidda "against", نحو naḥwa "towards", and other
/// prepositions and conjunctions of the same kind (لصالح، أمام، عبر، دون، داخل، خارج، بهدف، جراء …).
const CONSTRUCT_STOP: &[&str] = &["بين", "بسبب", "بشان", "بخصوص", "بحسب", "عقب", "اثناء", "لدي", "وفق", "وفقا", "حسب", "بحضور", "برفقه", "بمناسبه", "عشيه", "اثر", "ضد", "نحو", "لصالح", "بعدما", "بينما", "حيث", "امام", "تجاه", "ازاء", "عبر", "دون", "بدون", "قرب", "خارج", "داخل", "مقابل", "بفضل", "بهدف", "بغيه", "اجل", "جراء"];

/// Country names that take a masculine verb (search keys): العراق al-ʿirāq, الأردن al-urdun,
/// لبنان lubnān, السودان as-sūdān, المغرب al-maġrib, اليمن al-yaman, البحرين al-baḥrayn. Every
/// other country name is feminine (أعلنت فرنسا aʿlanat faransā "France announced").
const MASCULINE_COUNTRIES: [&str; 7] = ["العراق", "الاردن", "لبنان", "السودان", "المغرب", "اليمن", "البحرين"];

fn verb_gender(key: &str) -> Gender {
    let b = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|r| is_reporting_verb(r)).unwrap_or(key);
    if !is_reporting_verb(b) || b.ends_with("وا") || b.ends_with("ون") || b.ends_with("ين") || b.ends_with("تا") {
        return Gender::Unknown;
    }
    // (session 15: before the first-person ن test below, which took نافيا nāfiyan "denying"
    // for a نـ verb)
    if in_set_with_conj(b, &PARTICIPLES_SET).is_some() {
        return if b.ends_with('ه') { Gender::Feminine } else { Gender::Masculine };
    }
    if b.starts_with('ن') {
        return Gender::Unknown;
    }
    // Past feminine: the verb + ت (قالت، لفتت; لفت lafata itself is masculine), and the
    // defective نفت nafat, دعت daʿat.
    let past_fem = b.strip_suffix('ت').is_some_and(|r| is_reporting_verb(r) || matches!(r, "نف" | "دع")) || matches!(b, "نفت" | "دعت");
    // Present feminine: ت + stem (تقول، تتحدث), but not past verbs that begin with ت (تابع،
    // تحدث، تساءل).
    let present_fem = b.starts_with('ت') && !matches!(b, "تابع" | "تحدث" | "تساءل" | "تسايل" | "تعهد" | "توعد");
    if past_fem || present_fem {
        Gender::Feminine
    } else if b.starts_with("بقول") {
        if b.ends_with("ها") { Gender::Feminine } else { Gender::Unknown }
    } else {
        Gender::Masculine
    }
}

/// An earlier explicit speaker: (mention, head, byte offset of its verb).
type Earlier = (Range<usize>, Option<Range<usize>>, usize);

/// The issuer of the statement mentioned last before token `at` (see
/// [`coref::statement_issuer`]); when no actor is named around the statement noun, the speaker
/// of a quote whose verb shortly precedes it (ذكرته X في بيان لها "X mentioned it in a statement"),
/// else the statement before that one. `nouns` as there ([`coref::StatementNouns`]).
#[allow(clippy::too_many_arguments)]
fn issuer(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], earlier: &[Earlier], at: usize, limit: usize, nouns: coref::StatementNouns) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut at = at;
    loop {
        match coref::statement_issuer(tokens, keys, ent_at, entities, at, limit, nouns)? {
            Ok(r) => return Some((r.clone(), Some(r))),
            Err(k) => {
                let from = tokens[k.saturating_sub(10)].range.start;
                let to = tokens[k].range.start;
                if let Some((sp, head, _)) = earlier.iter().rev().find(|(_, _, v)| (from..to).contains(v)) {
                    return Some((sp.clone(), head.clone()));
                }
                // (session 37) وفي بيان، قال معهد X wa-fī bayānin, qāla maʿhadu X "in a
                // statement, institute X said": the explicit speaker of a verb right after the
                // statement noun (past a comma only) issued it.
                let next = (k + 1..(k + 3).min(tokens.len())).find(|&j| tokens[j].kind == TokenKind::Arabic);
                if let Some(j) = next.filter(|&j| is_reporting_verb(&keys[j])) {
                    if let Some((sp, head, _)) = earlier.iter().rev().find(|(sp, _, v)| *v == tokens[j].range.start && !sp.is_empty()) {
                        return Some((sp.clone(), head.clone()));
                    }
                }
                // (session 56, qexpl) a statement noun after في fī "in" that no quote's speaker
                // issued, inside a clause whose verb has its own subject right after it (ومساء
                // الجمعة أعلن الجيش الإسرائيلي في بيان مقتل جندي wa-masāʾa l-jumuʿa aʿlana
                // l-jayšu l-isrāʾīliyyu fī bayānin maqtala jundiyyin "on Friday evening the
                // Israeli army announced in a statement a soldier's death"): that subject issued
                // it, not the issuer of an older statement.
                if let Some(r) = in_statement_subject(tokens, keys, ent_at, entities, k) {
                    return Some((r.clone(), Some(r)));
                }
                // (session 9) وأضاف في بيان "he added in a statement" after a carried speaker
                // names no issuer here: the statement before it may (واعتبر الصندوق في بيان).
                at = k;
            }
        }
    }
}

/// (session 56, qexpl) The subject of the verb that governs a statement noun at token `k` after
/// في fī "in": the nearest reporting verb before it in the same sentence (up to 14 tokens back),
/// its subject right after it, an organisation or person the tagger named there or an untagged
/// definite body noun (or a body word of `TITLE_SET`) with its nisba adjectives (أعلن الجيش الإسرائيلي في بيان aʿlana l-jayšu
/// l-isrāʾīliyyu fī bayānin "the Israeli army announced in a statement"; انتقدت منظمة NAME …،
/// في بيان لها "organisation NAME criticised, in a statement of its own"). None when the verb
/// has no such subject (a carried speaker: وأضاف في بيان).
fn in_statement_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> Option<Range<usize>> {
    let p = k.checked_sub(1).filter(|&p| keys[p] == "في")?;
    let v = (p.saturating_sub(14)..p).rev().take_while(|&j| !coref::is_sentence_end(&keys[j]) && keys[j] != ":").find(|&j| ent_at[j].is_none() && is_reporting_verb(&keys[j]))?;
    let n = v + 1;
    if n >= p || tokens[n].kind != TokenKind::Arabic {
        return None;
    }
    if let Some(e) = ent_at[n].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) && entities[e].range.start == tokens[n].range.start && entities[e].range.end <= tokens[p].range.start) {
        return Some(entities[e].range.clone());
    }
    // (a body noun, or a subject word of `TITLE_SET` that is no person title: الجيش، الشرطة)
    let body = coref::is_body_noun(&keys[n]) || (TITLE_SET.contains(&keys[n]) && !coref::is_person_title(&keys[n]));
    if ent_at[n].is_some() || !keys[n].starts_with("ال") || !body {
        return None;
    }
    let mut e = n + 1;
    while e < p && e < n + 3 && tokens[e].kind == TokenKind::Arabic && (naming::is_definite_nisba(&keys[e]) || ent_at[e].is_some_and(|x| entities[x].kind == EntityType::Nationality)) {
        e += 1;
    }
    Some(tokens[n].range.start..tokens[e - 1].range.end)
}

/// The institution opening a narration sentence (its tokens) as the subject of its first
/// verb, after a leading adverbial up to a comma: an organisation entity, or a body noun with
/// its genitive/nisba adjectives (عبرت الخارجية الاماراتية ʿabbarat al-ḫārijiyya al-imārātiyya
/// "the Emirati foreign ministry expressed"). Returns its byte range and grammatical gender
/// (a head noun in ة is feminine).
fn narration_institution(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: Range<usize>) -> Option<(Range<usize>, Gender)> {
    let [lead, verb_lead] = narration_leads(tokens, keys, ent_at, entities, &sentence);
    narration_institution_at(tokens, keys, ent_at, entities, &sentence, lead).or_else(|| (verb_lead != lead).then(|| narration_institution_at(tokens, keys, ent_at, entities, &sentence, verb_lead)).flatten())
}

/// [`narration_institution`] with the main clause starting at `lead`.
fn narration_institution_at(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: &Range<usize>, lead: usize) -> Option<(Range<usize>, Gender)> {
    let (v, n) = (lead, lead + 1);
    if n >= sentence.end || tokens[v].kind != TokenKind::Arabic || ent_at[v].is_some() || tokens[n].kind != TokenKind::Arabic || keys[n].starts_with('ل') || keys[n].starts_with('ب') {
        return None;
    }
    let head_word = |k: usize| tokens[k].range.clone();
    let gender = |k: usize| {
        let w = coref::stem(&keys[k]);
        if w.ends_with('ه') { Gender::Feminine } else { Gender::Masculine }
    };
    if let Some(e) = ent_at[n].filter(|&e| entities[e].kind == EntityType::Organization && entities[e].range.start == tokens[n].range.start) {
        return Some((entities[e].range.clone(), gender(n)));
    }
    if ent_at[n].is_some() || !coref::is_body_noun(&keys[n]) {
        return None;
    }
    let definite = coref::stem(&keys[n]) != keys[n].as_str();
    let mut e = n + 1;
    while e < sentence.end && e < n + 4 && tokens[e].kind == TokenKind::Arabic && keys[e].starts_with("ال") && (!definite || naming::has_nisba_ending(&keys[e])) && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) {
        e += 1;
    }
    Some((head_word(n).start..tokens[e - 1].range.end, gender(n)))
}

/// (session 47) A narration sentence's topic: a person (`Ok`) or a body with its gender (`Err`).
type NarrationTopic = Result<Range<usize>, (Range<usize>, Gender)>;

/// (session 47) The topic a narration sentence (its tokens) hands to a subjectless continuation
/// verb after it: the first person named there that is not a complement, or, when that person is
/// the object of a verb after قد qad (وكانت الشرطة الإسرائيلية قد اتهمت NAME wa-kānat aš-šurṭa
/// l-isrāʾīliyya qad ittahamat NAME "the Israeli police had accused NAME"), the body before قد
/// that is the clause's own subject (`Err`: its range and gender). A person after a free
/// preposition, possibly behind title words (وصف الاجتماع مع NAME "he described the meeting with
/// NAME"), is a complement and is passed over for a later person; the preposition is tested on
/// the written word, so the name علي ʿAlī (search key of على ʿalā "on") is no preposition. None
/// when no person qualifies.
fn narration_topic(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], sentence: &Range<usize>) -> Option<NarrationTopic> {
    let mut seen: Option<usize> = None;
    for k in sentence.clone() {
        let Some(e) = ent_at[k].filter(|&e| entities[e].kind == EntityType::Person) else { continue };
        if seen == Some(e) {
            continue;
        }
        seen = Some(e);
        // title words right before the name (على الرئيس NAME ʿalā r-raʾīs NAME "on President NAME")
        let mut j = k;
        while j > sentence.start && k - j < 3 && ent_at[j - 1].is_none() && coref::is_person_title(&keys[j - 1]) {
            j -= 1;
        }
        let preposition = j > sentence.start && is_free_preposition(&keys[j - 1]) && !(keys[j - 1] == "علي" && text[tokens[j - 1].range.clone()].ends_with('\u{064A}'));
        // (session 50, qtitle) nor a name after a kin noun in construct (الشاب نجل حسين NAME
        // "the young man, son of Hussein NAME"): the relative, not the person the sentence is
        // about
        if preposition || naming::names_a_relative(tokens, keys, ent_at, entities, j) {
            continue;
        }
        // the object of a verb after قد, with a body as the clause subject before قد
        let after_qad = j >= sentence.start + 3 && matches!(keys[j - 2].as_str(), "قد" | "وقد") && tokens[j - 1].kind == TokenKind::Arabic && ent_at[j - 1].is_none();
        if after_qad {
            if let Some(body) = body_before_qad(tokens, keys, ent_at, entities, sentence.start, j - 2) {
                return Some(Err(body));
            }
        }
        return Some(Ok(entities[e].range.clone()));
    }
    None
}

/// (session 47) The body that is the subject of a clause opening with a form of كان kāna "was"
/// at `start` and running to the قد qad at `qad`: an organisation entity or a body noun (also
/// الشرطة aš-šurṭa "the police") right after كان, with only definite adjectives after it up to قد
/// (وكانت الشرطة الإسرائيلية قد wa-kānat aš-šurṭa l-isrāʾīliyya qad). Its range and gender (a
/// head noun in ة is feminine).
fn body_before_qad(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], start: usize, qad: usize) -> Option<(Range<usize>, Gender)> {
    let n = start + 1;
    if n >= qad || !matches!(keys[start].as_str(), "كان" | "كانت" | "وكان" | "وكانت" | "فكان" | "فكانت") {
        return None;
    }
    let gender = if coref::stem(&keys[n]).ends_with('ه') { Gender::Feminine } else { Gender::Masculine };
    if let Some(e) = ent_at[n] {
        let r = &entities[e].range;
        return (entities[e].kind == EntityType::Organization && r.start == tokens[n].range.start && r.end >= tokens[qad - 1].range.end).then(|| (r.clone(), gender));
    }
    let stem = coref::stem(&keys[n]);
    if !keys[n].starts_with("ال") || !(coref::is_body_noun(&keys[n]) || coref::is_description_only_noun(&stem)) {
        return None;
    }
    // (a nationality adjective is tagged: الإسرائيلية al-isrāʾīliyya "Israeli")
    ((n + 1)..qad).all(|k| tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none_or(|e| entities[e].kind == EntityType::Nationality) && keys[k].starts_with("ال") && !ends_subject(&keys[k]) && !is_adverbial(&keys[k])).then(|| (tokens[n].range.start..tokens[qad - 1].range.end, gender))
}

/// The first person named in a sentence (its tokens), as a byte range.
fn first_person(sentence: &Range<usize>, ent_at: &[Option<usize>], entities: &[Entity]) -> Option<Range<usize>> {
    sentence.clone().find_map(|k| ent_at[k].filter(|&e| entities[e].kind == EntityType::Person)).map(|e| entities[e].range.clone())
}

/// Resolve an explicit speaker mention `sp` that names no person: a title phrase to the person
/// introduced with that title, a definite description to the earlier speaker it takes up,
/// البيان "the statement" to its issuer.
#[allow(clippy::too_many_arguments)]
fn resolve_speaker(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], coref: &coref::Coref, earlier: &[Earlier], q: &mut Quote, sp: Range<usize>) {
    if let Some(h) = q.speaker_head.clone() {
        q.speaker_head = Some(coref.split_addressee(tokens, keys, h));
    }
    // حزب العيش والحرية ḥizb al-ʿayš wa-l-ḥurriyya "the Bread and Freedom party": a body noun
    // right before the organisation's name belongs to it.
    if let Some(h) = q.speaker_head.clone() {
        let f = tokens.partition_point(|t| t.range.end <= h.start);
        let org = entities.iter().any(|e| e.range == h && e.kind == EntityType::Organization);
        let noun = (f.saturating_sub(3)..f).find(|&k| tokens[k].range.start >= sp.start && coref::is_body_noun(&keys[k]) && !keys[k].starts_with("ال") && (k + 1..f).all(|m| tokens[m].kind == TokenKind::Arabic));
        if let (true, Some(k)) = (org, noun) {
            q.speaker_head = Some(tokens[k].range.start..h.end);
        }
    }
    let head_is_person = q.speaker_head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person));
    if head_is_person {
        return;
    }
    let first = tokens.partition_point(|t| t.range.start < sp.start);
    let last_tok = tokens.partition_point(|t| t.range.end <= sp.end);
    if first >= last_tok {
        return;
    }
    // (session 9, dev 7) وقالت شاهدة عيان، تدعى سلمى الحداد wa-qālat šāhidat ʿiyān, tudʿā salmā
    // al-ḥaddād "an eyewitness, called Salma al-Haddad, said": the name after يدعى/تدعى "is
    // called" (up to three words, before any punctuation) names the described speaker.
    let mut c = last_tok;
    if c < tokens.len() && is_comma(&text[tokens[c].range.clone()]) {
        c += 1;
    }
    if c + 1 < tokens.len() && matches!(keys[c].as_str(), "يدعي" | "تدعي" | "ويدعي" | "وتدعي") {
        let n = (c + 1..(c + 4).min(tokens.len())).take_while(|&k| tokens[k].kind == TokenKind::Arabic && !THAT_SET.contains(&keys[k]) && !is_reporting_verb(&keys[k])).count();
        if n > 0 {
            q.speaker_head = Some(tokens[c + 1].range.start..tokens[c + n].range.end);
            q.note_rule("description");
            return;
        }
    }
    // (session 38) A name in a comma apposition after the title phrase (a tagged person closed
    // by a complementizer, a hashtag name, a hyphenated name): see `apposed`.
    if let Some(r) = apposed::apposed_holder(text, tokens, keys, ent_at, entities, first, last_tok) {
        q.speaker_head = Some(r);
        q.note_rule("apposed-name");
        return;
    }
    // (session 26) An indefinite description with a nationality adjective, no word of it with
    // the article nor a name in it (مسؤول عسكري سوري masʾūl ʿaskarī sūrī "a Syrian military
    // official"), introduces a new referent: no person the document titles is meant. (A title
    // in the construct state, وزير خارجيتها "its foreign minister", has no nationality
    // adjective and stays a definite title.)
    let indefinite = last_tok > first + 1
        && (first..last_tok).all(|k| tokens[k].kind == TokenKind::Arabic && !keys[k].starts_with("ال") && !keys[k].starts_with("لل") && ent_at[k].is_none_or(|e| entities[e].kind == EntityType::Nationality))
        && (first + 1..last_tok).any(|k| ent_at[k].is_some());
    // (session 44) A title phrase the finder cut right after باسم bi-smi "on behalf of"
    // (المتحدث باسم | شرطة كابول NAME): the body that follows in the text decides whose
    // spokesman is meant, so the holder's title must name that body too.
    let body = (last_tok < tokens.len() && keys[last_tok - 1] == "باسم" && tokens[last_tok].kind == TokenKind::Arabic).then(|| coref::stem(&keys[last_tok]));
    if let Some(p) = (!indefinite).then(|| coref.title_person(tokens, keys, ent_at, entities, first..last_tok, body.as_deref())).flatten() {
        // (session 46, qexpl) An indefinite spokesman or official (وقال متحدث باسم الوزارة
        // wa-qāla mutaḥaddiṯun bi-smi l-wizāra "a ministry spokesman said", مسؤول في البنتاغون
        // masʾūlun fī l-bintāġūn "an official at the Pentagon") introduces a new referent. When
        // the phrase is the bare noun alone (أكد مسؤول … أن akkada masʾūlun … anna "an official
        // stressed that", the finder's phrase cut before its adjectives), the noun says nothing
        // of the holder: it is named only after a holder in its own apposition, between the
        // phrase and the content (وقال مسؤول، NAME، إن), not after a person the article titles
        // elsewhere. (A longer indefinite phrase, متحدث باسم الوزارة, keeps a holder introduced
        // later with the same title, وقال المتحدث NAME: the annotators name it so.)
        let apposed = p.start >= sp.start && p.end <= q.content.start;
        if indefinite_official(&keys[first]) && last_tok == first + 1 && !apposed {
            q.note_rule("indefinite-new");
            return;
        }
        q.speaker_head = Some(p);
        q.note_rule("title-coref");
        return;
    }
    if q.speaker_head.is_some() {
        return;
    }
    let word = coref::stem(&keys[first]);
    // (session 6) تقرير المركز الاوروبي taqrīr al-markaz al-ūrubbī "the European centre's
    // report", بيان الخارجية bayān al-ḫārijiyya "the foreign ministry's statement": a document
    // speaks for the institution in its definite genitive (guidelines: a document subject gets
    // its issuer when the article names it).
    if coref::is_document_noun(&word) && first + 1 < last_tok && keys[first + 1].starts_with("ال") && (coref::is_body_noun(&keys[first + 1]) || ent_at[first + 1].is_some_and(|e| entities[e].kind == EntityType::Organization)) {
        q.speaker_head = Some(tokens[first + 1].range.start..sp.end);
        q.note_rule("issuer");
        return;
    }
    // (session 9, dev 7) وقال بيان صدر عن الوزارة wa-qāla bayānun ṣadara ʿan al-wizāra "a
    // statement issued by the ministry said", وافاد بيان من القصر: the issuer named after it.
    if keys[first] == word && coref::is_document_noun(&word) {
        if let Some(r) = coref::statement_source(tokens, keys, ent_at, entities, first) {
            q.speaker_head = Some(r);
            q.note_rule("issuer");
            return;
        }
    }
    if last_tok - first <= 2 && keys[first].contains("ال") && matches!(word.as_str(), "بيان" | "تقرير") {
        if let Some((r, head)) = issuer(tokens, keys, ent_at, entities, earlier, first, 0, if word == "تقرير" { coref::StatementNouns::Report } else { coref::StatementNouns::Statement }) {
            q.speaker_head = head.or(Some(r));
            q.note_rule("issuer");
            return;
        }
    }
    let pairs: Vec<(Range<usize>, Option<Range<usize>>)> = earlier.iter().map(|(s, h, _)| (s.clone(), h.clone())).collect();
    // (session 11) المصدر الذي لم تذكر اسمه al-maṣdaru llaḏī lam taḏkur ismahu "the source
    // whose name it did not give": a relative clause after the description is no part of it.
    let described = (first + 1..last_tok).find(|&k| matches!(keys[k].as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللذان" | "اللتان")).unwrap_or(last_tok);
    if let Some((esp, ehead)) = coref::earlier_description(text, tokens, keys, ent_at, first..described, &pairs, &|_| false) {
        q.speaker_head = Some(ehead.unwrap_or(esp));
        q.note_rule("description");
    }
}

/// (session 46, qexpl) Is a search key the indefinite singular of a spokesman or official noun,
/// optionally after و/ف: متحدث mutaḥaddiṯ "spokesman", ناطق nāṭiq "spokesman", مسؤول masʾūl
/// "official" (key مسوول), and their feminines in ه? (Not the definite المتحدث, nor a
/// construct title with a genitive person.)
fn indefinite_official(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    is_spokesman_noun(bare) || matches!(bare, "مسوول" | "مسووله")
}

/// A spokesman noun (a search key without the article): متحدث mutaḥaddiṯ، ناطق nāṭiq and their
/// feminines in ه.
pub(super) fn is_spokesman_noun(key: &str) -> bool {
    matches!(key, "متحدث" | "متحدثه" | "ناطق" | "ناطقه")
}

/// (session 10, round 4) The name in a comma apposition after a title speaker that the tagger
/// missed or cut: قال المتحدث باسم الوزارة، سامر نوري، الجمعة، إن … qāla l-mutaḥaddiṯu bi-smi
/// l-wizāra, sāmir nūrī, al-jumʿa, inna … "the ministry spokesman, Samer Nouri, said on Friday
/// that …" → سامر نوري. The phrase must open with a person title; the apposition is one to
/// three Arabic words between commas, the first without the article, none a function word,
/// adverbial, complementizer, reporting verb or non-person entity; a single word only when it is
/// a tagged person.
fn apposition_name(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], first: usize, last_tok: usize) -> Option<Range<usize>> {
    if !is_title_with_conj(&keys[first]) {
        return None;
    }
    let c = last_tok;
    if c + 2 >= tokens.len() || !is_comma(&text[tokens[c].range.clone()]) {
        return None;
    }
    let function = |k: &str| {
        matches!(k, "في" | "من" | "عن" | "علي" | "الي" | "مع" | "بعد" | "قبل" | "خلال" | "عبر" | "لدي" | "منذ" | "حسب" | "وفق" | "هو" | "هي" | "وهو" | "وهي" | "الذي" | "التي" | "لكن" | "ولكن" | "اذ" | "حيث" | "كما" | "ثم" | "او" | "قد" | "لقد" | "وقد")
    };
    let ok = |k: usize| {
        tokens[k].kind == TokenKind::Arabic
            && ent_at[k].is_none_or(|e| entities[e].kind == EntityType::Person)
            && !function(&keys[k])
            && !is_adverbial(&keys[k])
            && !THAT_SET.contains(&keys[k])
            && !is_reporting_verb(&keys[k])
            && !coref::is_person_title(&keys[k])
            && !coref::is_body_noun(&keys[k])
    };
    if !ok(c + 1) || keys[c + 1].starts_with("ال") {
        return None;
    }
    let n = (c + 1..(c + 5).min(tokens.len())).take_while(|&k| ok(k)).count();
    if n == 0 || n > 3 || c + 1 + n >= tokens.len() || !is_comma(&text[tokens[c + 1 + n].range.clone()]) {
        return None;
    }
    if n == 1 && ent_at[c + 1].is_none() {
        return None;
    }
    Some(tokens[c + 1].range.start..tokens[c + n].range.end)
}

/// An attribution clause: وفقا لما ذكرته X wifqan li-mā ḏakarathu X "according to what X
/// mentioned", بحسب ما اعلنت X "as X announced", حسبما افاد X. The content is the clause before
/// it (or, when the attribution opens the sentence, the clause after it). Relays (نقلته) are no
/// attribution of their own. Returns the quote and the token after the speaker phrase.
#[allow(clippy::too_many_arguments)]
fn attribution_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize, end: usize) -> Option<(Quote, usize)> {
    if tokens[v].kind != TokenKind::Arabic || ent_at[v].is_some() || v < start + 1 {
        return None;
    }
    // (session 23) وفق ما wifqa mā "according to what", written without the accusative ا too.
    let intro = |k: &str| matches!(k, "وفقا" | "ووفقا" | "وفق" | "ووفق" | "بحسب" | "وبحسب" | "حسب" | "وحسب" | "طبقا" | "وطبقا" | "تبعا");
    let p = &keys[v - 1];
    // (session 23) كما / مثلما kamā / miṯlamā "as" before a reporting verb after a clause (…،
    // كما ذكرت الشرطة "…, as the police said"): an attribution only when the verb's subject
    // then closes the sentence or clause (checked below); كما أكد أن "he also stressed that"
    // stays a reporting clause of its own.
    let as_clause = matches!(p.as_str(), "كما" | "مثلما") && v >= start + 3;
    let clause_at = if matches!(p.strip_prefix('و').unwrap_or(p), "حسبما" | "بحسبما") || as_clause {
        v - 1
    } else if (p == "ما" || p == "لما") && v >= start + 2 && intro(&keys[v - 2]) {
        v - 2
    } else {
        return None;
    };
    // The verb, possibly with an object pronoun (ذكرته ḏakarathu "mentioned it").
    let k = &keys[v];
    let verb = [k.as_str(), k.strip_suffix("ته").map(|r| r.to_string() + "ت").as_deref().unwrap_or(""), k.strip_suffix("ه").unwrap_or(""), k.strip_suffix("ها").unwrap_or("")]
        .iter()
        .any(|c| !c.is_empty() && verb_class(c) == Some(VerbClass::Say) && family(c) != Family::Relay);
    // (session 23) وفق ما ورد wifqa mā warada "according to what was reported": ورد is
    // "appeared", not و + رد "replied".
    if !verb || k == "ورد" {
        return None;
    }
    // Speaker: the words after the verb up to punctuation, an adverbial or (session 23) a
    // clause linker (فيما fīmā "while"); a resumptive به bihi "it" right after the verb is
    // skipped (بحسب ما تفيد به التقارير "according to what the reports state").
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    let mut first = if v + 2 < end && matches!(keys[v + 1].as_str(), "به" | "بها") { v + 2 } else { v + 1 };
    // (session 36) An adverbial between the verb and its subject (وفق ما أعلن الأربعاء متحدث
    // باسم المنظمة wifqa mā aʿlana l-arbiʿāʾ mutaḥaddiṯun … "as a spokesman of the organisation
    // announced on Wednesday") is passed when a subject opens right after it: a name, a person
    // title or a body noun.
    if first + 1 < end && !as_clause && ent_at[first].is_none() && is_adverbial(&keys[first]) {
        let n = first + 1;
        let w = keys[n].as_str();
        if tokens[n].kind == TokenKind::Arabic && (ent_at[n].is_some_and(is_actor) || is_title_with_conj(w) || coref::is_body_noun(w)) {
            first = n;
        }
    }
    // (session 36) A quoted name right after the verb (حسب ما ذكرت "NAME" ḥasaba mā ḏakarat
    // "according to what NAME reported"): the name between the marks, one to four words.
    if first + 2 < end && is_quote_open(&text[tokens[first].range.clone()]) {
        let close = (first + 2..(first + 6).min(end)).find(|&k| is_quote_close(&text[tokens[k].range.clone()]));
        // (after كما a quoted phrase is mostly the words themselves: a tagged name only)
        let named = ent_at[first + 1].is_some_and(is_actor);
        if let Some(c) = close.filter(|&c| named || (!as_clause && c <= first + 4)) {
            if (first + 1..c).all(|k| matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Latin) && !is_reporting_verb(&keys[k]) && !THAT_SET.contains(&keys[k])) && (c + 1 >= end || tokens[c + 1].kind == TokenKind::Punct) {
                let name = tokens[first + 1].range.start..tokens[c - 1].range.end;
                let (cs, ce) = attribution_content(tokens, clause_at, start, c + 1, end)?;
                let q = attribution_quote(tokens, v, Some(name.clone()), Some(name), cs, ce);
                return Some((q, c + 1));
            }
        }
    }
    let mut j = first;
    let mut head = None;
    while j < end && j < v + 9 && tokens[j].kind == TokenKind::Arabic && (ent_at[j].is_some() || !(ends_subject(&keys[j]) || is_adverbial(&keys[j]) || matches!(keys[j].as_str(), "فيما" | "بينما" | "حيث"))) {
        if let Some(e) = ent_at[j].filter(|&e| is_actor(e)) {
            if head.is_none() {
                head = Some(entities[e].range.clone());
            }
        }
        j += 1;
    }
    // (session 41) A body noun before a name in quotation marks (حسب ما أفادت وكالة "NAME"
    // ḥasaba mā afādat wakālatu "NAME" "according to what the agency 'NAME' reported"): the
    // subject runs to the closing mark, as after a reporting verb (one to four quoted words).
    if j > first && j + 2 < end && ent_at[j - 1].is_none() && coref::is_body_noun(&keys[j - 1]) && !keys[j - 1].starts_with("ال") && is_quote_open(&text[tokens[j].range.clone()]) {
        let close = (j + 2..(j + 6).min(end)).find(|&k| is_quote_close(&text[tokens[k].range.clone()]));
        if let Some(c) = close.filter(|&c| (j + 1..c).all(|k| matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Latin) && !is_reporting_verb(&keys[k]) && !THAT_SET.contains(&keys[k]))) {
            j = c + 1;
        }
    }
    let speaker = (j > first).then(|| tokens[first].range.start..tokens[j - 1].range.end);
    // (session 23) After كما the subject must be there, open with a name, a title or a body
    // noun (no preposition or accusative word), and be followed by the end of the sentence, a
    // comma or a period; a complementizer, colon or quotation after it makes a clause of its
    // own (كما أكد المسؤول أن …).
    if as_clause {
        let opens = j > v + 1 && {
            let first = keys[v + 1].as_str();
            ent_at[v + 1].is_some() || coref::is_person_title(first) || coref::is_body_noun(first) || in_set_with_conj(first, &TITLE_SET).is_some()
        };
        let closes = j >= end || matches!(keys[j].as_str(), "." | "،" | "," | "؟" | "!");
        if !opens || !closes || (v + 1..j).any(|k| is_reporting_verb(&keys[k]) || THAT_SET.contains(&keys[k])) {
            return None;
        }
    }
    let (cs, ce) = attribution_content(tokens, clause_at, start, j, end)?;
    // حسبما اعلنت الاحد ḥasbamā aʿlanat al-aḥad "as it announced on Sunday": the subject of the
    // reported clause speaks for itself.
    let (speaker, head) = match speaker {
        Some(s) => (Some(s), head),
        None => match (cs..ce).find_map(|k| ent_at[k].filter(|&e| is_actor(e))) {
            Some(e) => (Some(entities[e].range.clone()), Some(entities[e].range.clone())),
            None => (None, None),
        },
    };
    let q = attribution_quote(tokens, v, speaker, head, cs, ce);
    Some((q, j.max(v + 1)))
}

/// The content of an attribution clause at `clause_at`: the clause before it, or after the
/// speaker phrase (ending before token `after`) when the attribution opens the sentence.
fn attribution_content(tokens: &[Token], clause_at: usize, start: usize, after: usize, end: usize) -> Option<(usize, usize)> {
    let (cs, ce) = if clause_at > start + 1 {
        let mut e = clause_at;
        while e > start && (tokens[e - 1].kind == TokenKind::Punct) {
            e -= 1;
        }
        (start, e)
    } else {
        let mut c = after;
        while c < end && tokens[c].kind != TokenKind::Arabic {
            c += 1;
        }
        let mut e = end;
        while e > c && tokens[e - 1].kind == TokenKind::Punct {
            e -= 1;
        }
        (c, e)
    };
    (ce > cs).then_some((cs, ce))
}

/// The quote of an attribution clause with its verb at `v` and content tokens `cs..ce`.
fn attribution_quote(tokens: &[Token], v: usize, speaker: Option<Range<usize>>, head: Option<Range<usize>>, cs: usize, ce: usize) -> Quote {
    let source = if speaker.is_some() { SpeakerSource::Explicit } else { SpeakerSource::Unknown };
    Quote {
        verb: tokens[v].range.clone(),
        speaker,
        speaker_head: head,
        speaker_source: source,
        content: tokens[cs].range.start..tokens[ce - 1].range.end,
        kind: QuoteKind::Indirect,
        confidence: 0.7,
        provenance: "quote.attribution",
        speaker_rule: None,
        speaker_name: None,
    }
}

/// The subject before a verb at `v` in a sentence starting at token `start`: an entity or
/// title/report noun right before it, or the phrase after a sentence-initial اما ammā "as for"
/// when the verb carries ف fa-.
#[allow(clippy::too_many_arguments)]
fn svo_subject(text: &str, keys: &[String], tokens: &[Token], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    // (session 16) also with the ف on a particle before the verb: أما السفير الفرنسي فقد قال
    // ammā as-safīr al-faransī fa-qad qāla "as for the French ambassador, he said", and after
    // لكن with an apposition (لكن السفير الروسي، NAME، فقد أكد "but the Russian ambassador, NAME,
    // affirmed"): the words between, the name their head.
    let fa_particle = v > start && matches!(keys[v - 1].as_str(), "فقد" | "فان" | "فانه" | "فانها");
    if keys[v].starts_with('ف') || fa_particle {
        let opener = |k: usize| keys[k] == "اما" || (fa_particle && matches!(keys[k].as_str(), "لكن" | "ولكن"));
        if let Some(a) = (start..v).find(|&k| opener(k)) {
            let stop = if fa_particle { v - 1 } else { v };
            let mut end = a + 1;
            while end < stop && (fa_particle || !is_comma(&keys[end])) && end < a + 10 {
                end += 1;
            }
            while end > a + 1 && is_comma(&keys[end - 1]) {
                end -= 1;
            }
            if end > a + 1 && (end == stop || !fa_particle || is_comma(&keys[end])) {
                let r = tokens[a + 1].range.start..tokens[end - 1].range.end;
                let head = (a + 1..end).filter_map(|k| ent_at[k]).find(|&e| entities[e].kind == EntityType::Person).or_else(|| (a + 1..end).filter_map(|k| ent_at[k]).find(|&e| is_actor(e))).map(|e| entities[e].range.clone());
                return Some((r, head));
            }
        }
        if keys[v].starts_with('ف') {
            return None;
        }
    }
    let mut prev = v.checked_sub(1).filter(|&p| p >= start)?;
    // (session 54, qcarry) past a "for his part" phrase right before the verb (see
    // `side_phrase_before`)
    if let Some(p) = side_phrase_before(keys, v).filter(|&p| p > start) {
        prev = p - 1;
    }
    // (session 47) An indefinite noun, a verb and a resumptive فيه/فيها after it is an
    // adjectival relative clause: في بيان دعت فيه إلى fī bayān daʿat fīhi ilā "in a statement in
    // which (she) called for", بيانا اعتبر فيه bayānan iʿtabara fīhi "a statement in which (he)
    // held": the pronoun is the noun, so the noun is not the verb's subject.
    if keys.get(v + 1).is_some_and(|k| matches!(k.as_str(), "فيه" | "فيها")) && tokens[prev].kind == TokenKind::Arabic && !keys[prev].starts_with("ال") && !keys[prev].starts_with("وال") && ent_at[prev].is_none() {
        return None;
    }
    // (session 17) وسبق لـX أن حذر wa-sabaqa li-X an ḥaḏḏara "X had earlier warned": the ل-phrase
    // after سبق is the subject, without its ل (للصين li-ṣ-ṣīn "for China": the document's own
    // mention الصين heads it, as the written word has lost the article's alif).
    if keys[prev] == "ان" {
        if let Some(k) = (start..prev).rev().take(16).find(|&k| matches!(keys[k].as_str(), "سبق" | "وسبق")) {
            let n = k + 1;
            let mut end = n;
            while end < prev && !is_comma(&keys[end]) {
                end += 1;
            }
            let lam = 'ل'.len_utf8();
            if end > n && keys[n].starts_with('ل') && tokens[n].kind == TokenKind::Arabic && text.get(tokens[n].range.clone()).is_some_and(|w| w.starts_with('ل') && w.len() > lam) {
                let r = tokens[n].range.start + lam..tokens[end - 1].range.end;
                let head = (n..end).filter_map(|x| ent_at[x]).find(|&e| is_actor(e) && entities[e].range.start >= r.start).map(|e| entities[e].range.clone()).or_else(|| {
                    let rest = keys[n].strip_prefix("لل")?;
                    let definite = format!("ال{rest}");
                    (0..tokens.len()).find(|&x| keys[x] == definite).map(|x| tokens[x].range.clone())
                });
                return Some((r, head));
            }
        }
    }
    // وكان X قد صرح wa-kāna X qad ṣarraḥa "X had declared": the words between كان and the verb.
    // (session 21) Up to ten tokens back, so that a title with a name in commas fits (وكان
    // الوزير المصري، NAME، قد أعلن "the Egyptian minister, NAME, had announced").
    if keys[prev] == "قد" {
        let c = (start..prev).rev().take(10).find(|&k| matches!(keys[k].as_str(), "كان" | "وكان" | "كانت" | "وكانت"));
        if let Some(c) = c.filter(|&c| c + 1 < prev) {
            let head = (c + 1..prev).filter_map(|k| ent_at[k]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
            return Some((tokens[c + 1].range.start..tokens[prev - 1].range.end, head));
        }
        // (session 27) كان قد right after the subject of a nominal clause opened by a linker
        // (يذكر أن X، كانت قد ذكرت): the linker's subject (see `linker_subject`).
        let s = linker_subject(keys, tokens, ent_at, v, start)?;
        let head = s.clone().filter_map(|k| ent_at[k]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
        return Some((tokens[s.start].range.start..tokens[s.end - 1].range.end, head));
    }
    // وكانت وثيقة مسربة، نشرها موقع، كشفت ... "a leaked document, published by a site, had
    // revealed": a sentence opening with كان names the subject right after it.
    if let Some(c) = (start..v).take(2).find(|&k| matches!(keys[k].as_str(), "كان" | "وكان" | "كانت" | "وكانت")) {
        // (words only: a parenthesis such as an age, (32 عاما), does not lengthen the subject)
        let words = (c + 1..v).filter(|&k| tokens[k].kind == TokenKind::Arabic).count();
        // (session 29) not across a subordinator: in وكانت آخر هذه التصريحات السبت الماضي عندما
        // قال wa-kānat āḫiru hāḏihi t-taṣrīḥāti s-sabta l-māḍiya ʿindamā qāla "the last of these
        // statements was last Saturday, when he said" the verb heads a clause of its own, and
        // the words after كان are no subject of it.
        let subordinate = (c + 1..v).any(|k| opens_subordinate(&keys[k]));
        // (session 53, qexpl) nor across a contrastive or circumstantial linker that opens the
        // verb's own nominal clause (وكانت الخطة تقضي بانتهاء الأعمال، لكن وسائل إعلام محلية
        // تقول إن wa-kānat al-ḫuṭṭa taqḍī …, lākinna wasāʾila iʿlāmin maḥalliyya taqūlu inna "the
        // plan provided for …, but local media say that"): the linker's words are the subject
        // (see `linker_subject`, read below)
        let linked = linker_subject(keys, tokens, ent_at, v, start).is_some_and(|s| s.start > c + 1);
        // (session 53, qexpl) nor a verb after ما mā "what" (وكانت الدول أطلقت صواريخ على ما
        // قالت الوزارة إنها "the states had fired missiles at what the ministry said were"): its
        // subject follows it; nor a verb with و after a predicate (كان منهارا بعد الخسارة وقال
        // kāna munhāran … wa-qāla "he was crushed after the defeat and said"): a clause of its own
        let after_ma = keys[v - 1] == "ما";
        let predicate = tokens[c + 1].kind == TokenKind::Arabic && ent_at[c + 1].is_none() && !keys[c + 1].starts_with("ال") && keys[c + 1].ends_with('ا') && keys[c + 1].chars().count() >= 4 && !is_demonstrative(&keys[c + 1]);
        let conjoined = predicate && keys[v].strip_prefix('و').is_some_and(is_reporting_verb);
        if v > c + 1 && words <= 11 && !subordinate && !linked && !after_ma && !conjoined && !(c + 1..v).any(|k| is_reporting_verb(&keys[k]) && ent_at[k].is_none()) {
            let mut e = c + 1;
            while e < v && !is_comma(&keys[e]) && keys[e] != "قد" {
                e += 1;
            }
            if e > c + 1 {
                let head = (c + 1..e).filter_map(|k| ent_at[k]).find(|&x| is_actor(x)).map(|x| entities[x].range.clone());
                return Some((tokens[c + 1].range.start..tokens[e - 1].range.end, head));
            }
        }
    }
    // (session 7) لكن اليابان تطالب lākinna l-yābān tuṭālibu "but Japan claims", غير أن الإدارة
    // الأمريكية أكدت ġayra anna l-idāra l-amrīkiyya akkadat "however the US administration
    // affirmed": after a contrastive or circumstantial clause linker the clause is nominal, so
    // the words between the linker and an unprefixed verb are its subject, named or not.
    if let Some(s) = linker_subject(keys, tokens, ent_at, v, start) {
        let head = s.clone().filter_map(|k| ent_at[k]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
        return Some((tokens[s.start].range.start..tokens[s.end - 1].range.end, head));
    }
    // (session 7) هورست سيهوفر، الذي اعتبر hōrst sīhōfar, allaḏī iʿtabara "Horst Seehofer, who
    // considered": a relative pronoun right before the verb, its antecedent an actor: the
    // antecedent is the subject (a subject after the verb, VSO, was taken before this).
    // (session 8) Also across كان (ترامب الذي كان يطالب "Trump, who was demanding"), and with
    // an antecedent that is a title or body phrase (رئيس الاتحاد الفلسطيني لكرة القدم الذي حث
    // "the head of the Palestinian football association, who urged"; وزارة الصحة في غزة، التي
    // أشارت "the health ministry in Gaza, which pointed out").
    // (session 43) A verb followed by a resumptive فيه / فيها fīhi / fīhā "in it" opens a
    // relative clause on the noun before it (دعوى ضد المحامي NAME تطالب فيها "a lawsuit against
    // the lawyer NAME in which she demands"; بيانا بعد كلمة NAME، شددت فيه "a statement, after
    // NAME's speech, in which it stressed"; في الوقت الذي أكد فيه "at the time when … stressed"):
    // the pronoun takes up the document or time, so the name or antecedent right before the
    // verb is no subject of it. The issuer rules after the verb read the speaker instead.
    let resumptive = matches!(keys.get(v + 1).map(String::as_str), Some("فيه" | "فيها" | "فيهما"));
    let rel = if matches!(keys[prev].as_str(), "كان" | "كانت" | "كانوا") && prev > start { prev - 1 } else { prev };
    if is_relative_pronoun(&keys[rel]) && rel > start {
        let mut a = rel - 1;
        if is_comma(&keys[a]) && a > start {
            a -= 1;
        }
        if let Some(e) = ent_at[a].filter(|&e| is_actor(e) && (!resumptive || owns_statement_before(tokens, keys, entities[e].range.start, start))) {
            let r = entities[e].range.clone();
            return Some((r.clone(), Some(r)));
        }
        // The antecedent phrase: back from `a` over words (with في fī "in" and ل li- genitives:
        // للعمال "of the workers") up to 6 tokens; it starts at its leftmost person title or
        // body noun.
        let mut b = a;
        let mut first = None;
        while b >= start && b + 6 > a && tokens[b].kind == TokenKind::Arabic && !is_reporting_verb(&keys[b]) && (ent_at[b].is_some() || keys[b] == "في" || (keys[b].starts_with('ل') && keys[b].chars().count() > 3) || !ends_subject(&keys[b])) {
            let k = &keys[b];
            if ent_at[b].is_none() && (coref::is_person_title(k) || coref::is_body_noun(k)) && !k.starts_with('ل') && !k.starts_with('ب') {
                first = Some(b);
            }
            if b == start {
                break;
            }
            b -= 1;
        }
        if let Some(f) = first.filter(|_| !resumptive) {
            let head = (f..=a).filter_map(|k| ent_at[k]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
            return Some((tokens[f].range.start..tokens[a].range.end, head));
        }
    }
    // X، apposition، VERB or X، VERB: the actor before the comma(s).
    // (session 16) For a verb with the conjunction و, only a name set off by an earlier comma
    // (an apposition of the clause's subject: عبرت خطيبة الصحفي، NAME، عن حزنها …، وكشفت), not
    // a name right before the comma: عبر الرئيس … عن حزنه بشأن مصير الصحفي NAME، وأشار ʿabbara
    // ar-raʾīs … wa-ašāra "the president expressed his sadness about the fate of the journalist
    // NAME, and he pointed out": that name ends the first clause's complement; the و-verb
    // shares the clause's subject.
    let conjoined = keys[v].strip_prefix('و').is_some_and(is_reporting_verb);
    if is_comma(&keys[prev]) && prev > start {
        let before = prev - 1;
        if ent_at[before].is_some_and(is_actor) {
            if conjoined {
                return None;
            }
            prev = before;
        } else if let Some(c) = (start..before).rev().take(8).find(|&k| is_comma(&keys[k])) {
            // (session 52, qexpl) not when the words after that comma open with a verb in the
            // imperfect (ما إذا كان وزير الدفاع، NAME، يعتزم مغادرة منصبه، وأشار mā iḏā kāna
            // wazīru d-difāʿ, NAME, yaʿtazimu muġādarata manṣibihi, wa-ašāra "whether the defence
            // minister, NAME, intends to leave his post, and he pointed out"): the name is the
            // subject of that verb, its clause no apposition.
            let verbal = keys[c + 1].starts_with(['ي', 'ت']) && clause_verb_like(tokens, keys, ent_at, c + 1);
            if c > start && ent_at[c - 1].is_some_and(is_actor) && (!conjoined || set_off_before(keys, ent_at, c - 1, start)) && !verbal {
                prev = c - 1;
            }
        }
    }
    // (session 52, qexpl) An actor governed by a preposition written as its own word (مع كيم
    // maʿa kīm "with Kim", في بي بي سي fī bī bī sī "at the BBC") is no subject: see
    // `prepositional_actor`.
    if let Some(e) = ent_at[prev].filter(|&e| is_actor(e)) {
        if let Some(held) = prepositional_actor(keys, ent_at, entities, e, prev, start) {
            return held.map(|r| (r.clone(), Some(r)));
        }
    }
    // (Still the subject when the name owns a statement noun shortly before it, as its construct
    // or ل-genitive: تصريحات للرئيس NAME هدد فيها "statements by President NAME in which he
    // threatened"; see `owns_statement_before`.)
    if let Some(e) = ent_at[prev].filter(|&e| is_actor(e) && (!resumptive || owns_statement_before(tokens, keys, entities[e].range.start, start))) {
        let r = entities[e].range.clone();
        return Some((r.clone(), Some(r)));
    }
    // (session 21) A place name opening the sentence right before an unprefixed verb speaks
    // for its state (ألمانيا تطالب إسرائيل بضبط النفس almāniyā tuṭālibu isrāʾīla "Germany calls
    // on Israel to show restraint", a headline).
    if let Some(e) = ent_at[prev].filter(|&e| entities[e].kind == EntityType::Location && entities[e].range.start == tokens[start].range.start && !keys[v].starts_with('و') && !keys[v].starts_with('ف')) {
        let r = entities[e].range.clone();
        return Some((r.clone(), Some(r)));
    }
    if matches!(keys[prev].as_str(), "تقرير" | "التقرير" | "البيان" | "بيان" | "الصحيفه" | "المصدر" | "مصدر" | "الوزاره" | "الحكومه" | "الجيش" | "الشرطه") {
        return Some((tokens[prev].range.clone(), None));
    }
    indefinite_relative_subject(tokens, keys, ent_at, v, start).map(|r| (r, None))
}

/// (session 52, qexpl) The actor entity `e` ending at token `last` right before an SVO verb,
/// when a preposition written as its own word ([`is_free_preposition`]) governs it (ورد على
/// سؤال …، مع كيم، قال "answering a question …, with Kim, he said"; الصحفي المختص … في بي بي سي
/// يقول "the journalist … at the BBC says"): `None` when no preposition precedes it (the actor
/// may be the subject); else `Some(Some(person))` for a tagged person set off by a comma before
/// an apposition that opens with a title and holds the phrase (براين ويلر، الصحفي المختص
/// بالشؤون السياسية في بي بي سي يقول "Brian Wheeler, the journalist for political affairs at the
/// BBC, says": the person is the subject), `Some(None)` otherwise (no subject before the verb).
/// Within the sentence starting at `start`; the apposition is at most eight tokens, with no
/// complementizer, reporting verb or subject-ending word in it.
fn prepositional_actor(keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], e: usize, last: usize, start: usize) -> Option<Option<Range<usize>>> {
    let mut f = last;
    while f > start && ent_at[f - 1] == Some(e) {
        f -= 1;
    }
    if f <= start || !is_free_preposition(&keys[f - 1]) {
        return None;
    }
    let p = f - 1;
    let comma = (start..p).rev().take(8).take_while(|&k| !THAT_SET.contains(&keys[k]) && !is_reporting_verb(&keys[k]) && (ent_at[k].is_some() || !ends_subject(&keys[k]))).find(|&k| is_comma(&keys[k]));
    let person = comma.filter(|&c| c > start && c + 1 < p && (coref::is_person_title(&keys[c + 1]) || naming::is_role_noun(&coref::stem(&keys[c + 1])))).and_then(|c| ent_at[c - 1]).filter(|&x| entities[x].kind == EntityType::Person);
    Some(person.map(|x| entities[x].range.clone()))
}

/// (session 43) Indefinite report nouns whose asyndetic relative clause (an indefinite
/// antecedent takes no الذي) says what they report: تقارير تفيد taqārīru tufīdu "reports
/// saying", أنباء ذكرت anbāʾ ḏakarat "news that said", تسريبات تحدثت tasrībāt taḥaddaṯat "leaks
/// that spoke", مظاهرات تطالب muẓāharāt tuṭālibu "demonstrations demanding" (the search key;
/// a word with a clitic, بتقارير "with reports", is no subject). A non-human plural: the verb
/// is feminine singular.
fn indefinite_report_noun(key: &str) -> bool {
    // (session 47) لافتات lāfitāt "banners" (لافتات تطالب الأمم المتحدة "banners calling on the UN")
    matches!(key, "تقارير" | "انباء" | "اخبار" | "تسريبات" | "معلومات" | "مظاهرات" | "احتجاجات" | "روايات" | "شايعات" | "اشاعات" | "لافتات")
}

/// (session 43) Indefinite human plurals that report in an asyndetic relative clause with a
/// plural verb: شهود قالوا šuhūdun qālū "witnesses who said", مسلحين أعلنوا musallaḥīna aʿlanū
/// "gunmen who declared", and the compound شاهد عيان / شهود عيان "eyewitness(es)" (the key of
/// its last word عيان).
fn indefinite_reporter_noun(key: &str) -> bool {
    matches!(key, "شهود" | "مسلحون" | "مسلحين" | "ناشطون" | "ناشطين" | "متظاهرون" | "متظاهرين" | "عيان")
}

/// (session 43) The subject of a verb at `v` (no و or ف: it opens an asyndetic relative
/// clause) right after an indefinite report noun or human plural (see
/// `indefinite_report_noun`, `indefinite_reporter_noun`), with one indefinite adjective between
/// (تقارير أخرى تقول taqārīru uḫrā taqūlu "other reports saying", key اخري; تقارير إعلامية، نقلت
/// "media reports that carried") and a comma. Guards: the noun is no tagged entity; the verb agrees
/// (feminine singular after a report noun, plural after a human plural); the phrase lies within
/// the sentence starting at `start`.
fn indefinite_relative_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, start: usize) -> Option<Range<usize>> {
    let k = keys.get(v)?;
    if k.starts_with('و') || k.starts_with('ف') || v == start {
        return None;
    }
    let mut p = v - 1;
    if is_comma(&keys[p]) {
        p = p.checked_sub(1).filter(|&p| p >= start)?;
    }
    let word = |j: usize| tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none();
    let adjective = |j: usize| word(j) && !keys[j].starts_with("ال") && (keys[j].ends_with("يه") || matches!(keys[j].as_str(), "اخري" | "جديده" | "عديده" | "كثيره"));
    let fem = verb_gender(k) == Gender::Feminine;
    let plural = k.ends_with("وا") || k.ends_with("ون");
    let fits = |j: usize| word(j) && ((fem && indefinite_report_noun(&keys[j])) || (plural && indefinite_reporter_noun(&keys[j])));
    let n = if fits(p) {
        p
    } else if p > start && adjective(p) && fits(p - 1) {
        p - 1
    } else {
        return None;
    };
    // شاهد عيان / شهود عيان: the phrase from the noun before عيان
    let first = if keys[n] == "عيان" {
        n.checked_sub(1).filter(|&f| f >= start && word(f) && matches!(keys[f].as_str(), "شاهد" | "شهود"))?
    } else {
        n
    };
    Some(tokens[first].range.start..tokens[p].range.end)
}

/// (session 43) Nouns of a statement whose owner, named after them, speaks in a relative clause
/// with a resumptive فيه / فيها (search keys without the article): besides the statement phrase
/// nouns, تعليقات taʿlīqāt "comments", عبارات ʿibārāt "phrases", مؤتمر muʾtamar "(press)
/// conference" (key موتمر), تغريدات taġrīdāt "tweets", مقال maqāl "article", رسائل (key رسايل)
/// "letters", كلمات kalimāt "words".
const OWNED_STATEMENT_NOUNS: &[&str] = &["تعليقات", "تعليق", "عبارات", "عباره", "موتمر", "تغريدات", "مقال", "مقالا", "رسايل", "كلمات"];
static OWNED_STATEMENT_SET: WordSet = WordSet::new(OWNED_STATEMENT_NOUNS);

/// (session 43) Whether a statement noun stands at most six words before the name starting at
/// byte `name_start` (no punctuation between, within the sentence from token `start`), so that the
/// name is its owner (تعليقات الرئيس NAME، عبارات لـNAME، المؤتمر الصحافي لرئيس الوزراء NAME).
/// Not when a preposition of time or opposition governs the noun (بيانا بعد كلمة NAME "a statement
/// after NAME's speech", دعوى ضد NAME): the name is then only part of an adverbial.
fn owns_statement_before(tokens: &[Token], keys: &[String], name_start: usize, start: usize) -> bool {
    let Some(first) = (start..tokens.len()).find(|&k| tokens[k].range.end > name_start) else {
        return false;
    };
    for k in (first.saturating_sub(6).max(start)..first).rev() {
        if tokens[k].kind == TokenKind::Punct {
            return false;
        }
        let w = keys[k].as_str();
        let bare = w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w);
        let bare = bare.strip_prefix("ال").filter(|r| r.chars().count() >= 3).unwrap_or(bare);
        if STATEMENT_PHRASE_SET.contains(bare) || OWNED_STATEMENT_SET.contains(bare) {
            return !(k > start && matches!(keys[k - 1].as_str(), "بعد" | "قبل" | "عقب" | "اثر" | "ضد" | "منذ"));
        }
    }
    false
}

/// (session 8) Whether the verb at `v` is the predicate of a nominal clause whose subject
/// stands before it: a sentence opened by كان kāna "was" with the subject between (كان حزب X
/// دعا), or a clause linker with its subject (see `linker_subject`).
fn nominal_clause(keys: &[String], tokens: &[Token], ent_at: &[Option<usize>], v: usize, start: usize) -> bool {
    if keys[v].starts_with('و') || keys[v].starts_with('ف') {
        return false;
    }
    if linker_subject(keys, tokens, ent_at, v, start).is_some() {
        return true;
    }
    let Some(c) = (start..v).take(2).find(|&k| matches!(keys[k].as_str(), "كان" | "وكان" | "كانت" | "وكانت")) else {
        return false;
    };
    let words = (c + 1..v).filter(|&k| tokens[k].kind == TokenKind::Arabic).count();
    // (session 21) كان X قد VERB kāna X qad VERB "X had VERBed" is nominal too when words stand
    // between كان and قد (وكانت المنظمة قد دعت العام الماضي إلى "the organisation had called last
    // year for": العام is no subject); كان قد VERB X keeps its subject after the verb.
    v > c + 1 && words <= 11 && (keys[v - 1] != "قد" || v - 1 > c + 1) && !is_comma(&keys[c + 1]) && !(c + 1..v).any(|k| is_reporting_verb(&keys[k]) && ent_at[k].is_none())
}

/// Verb families whose complements differ from قال-type verbs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Plain,
    /// اعلن aʿlana "announced", نفى nafā "denied", اكد akkada "affirmed", شدد šaddada
    /// "stressed": may take a nominal object (أعلن استقالته "announced his resignation") or على.
    Announce,
    /// حذر ḥaḏḏara "warned" (من min "of").
    Warn,
    /// كشف kašafa "revealed" (عن ʿan "about").
    Reveal,
    /// طلب ṭalaba "asked" (من min "of"), حث/حض ḥaṯṯa/ḥaḍḍa "urged" (على ʿalā).
    Ask,
    /// نقل naqala "relayed" (عن Y: Y is the speaker).
    Relay,
    /// تحدث taḥaddaṯa "spoke": a quote only with a that-clause (تحدث عن ان "spoke of that").
    Speak,
    /// (session 6) Commitments and threats in the past tense: هدد haddada "threatened", توعد
    /// tawaʿʿada "vowed (revenge)", تعهد taʿahhada "pledged", وعد waʿada "promised": the message
    /// may be a بـ bi- masdar (هدد بالانسحاب haddada bi-l-insiḥāb "threatened to withdraw"),
    /// like an appeal's. The present forms (يهدد "threatens") are mostly non-speech (a danger
    /// threatens) and stay out.
    Commit,
    /// (session 39) Claims: يزعم/تزعم yazʿumu "claims", اصر/يصر
    /// aṣarra "insisted", جدد jaddada "renewed", تفيد tufīdu "states": a quote only with a
    /// that-clause (ان، بان، على ان) within eight words of the verb and not after a temporal or
    /// exceptive particle (بعد ان "after"); some forms also have non-speech readings (جُدد "new
    /// ones"; تجدد "is renewed" stays out).
    Claim,
    /// (session 39) علق ʿallaqa "commented": a that-clause, a colon or a quotation (also after
    /// قائلا qāʾilan "saying" or بالقول bi-l-qawl "by saying") within eight words of the verb;
    /// علق is also "suspended" (علقت الحكومة العمل "the government suspended work").
    Comment,
    /// (session 39) اعتبر iʿtabara "considered" with an object pronoun (اعتبره، اعتبرتها،
    /// تعتبرهم …): the pronoun is the first object, so a noun after the verb is its subject and
    /// a quotation the second object, the opinion (واعتبرته "تكثيفا للحملة" "and it considered
    /// it 'an escalation'"). Like `Comment`, a quote only with a quotation, a colon or a
    /// that-clause within eight words of the verb; the bare predicate (اعتبرها خدعة) is left.
    Consider,
}

fn family(key: &str) -> Family {
    let b = key.strip_prefix('و').or_else(|| key.strip_prefix('ف')).filter(|r| r.chars().count() >= 2).unwrap_or(key);
    match b {
        "اعلن" | "اعلنت" | "اعلنوا" | "يعلن" | "تعلن" | "نفي" | "نفت" | "نفوا" | "ينفي" | "تنفي" | "اكد" | "اكدت" | "اكدوا" | "يوكد" | "توكد" | "شدد" | "شددت" | "يشدد" | "تشدد" => Family::Announce,
        "حذر" | "حذرت" | "حذروا" | "يحذر" | "تحذر" | "محذرا" | "محذره" => Family::Warn,
        "كشف" | "كشفت" | "يكشف" | "تكشف" | "كاشفا" | "كاشفه" => Family::Reveal,
        "طلب" | "طلبت" | "حث" | "حثت" | "يحث" | "حض" | "حضت" | "يحض" | "تحض" => Family::Ask,
        "نقل" | "نقلت" | "ينقل" | "تنقل" => Family::Relay,
        "تحدث" | "تحدثت" | "يتحدث" | "تتحدث" | "متحدثا" | "متحدثه" => Family::Speak,
        "هدد" | "هددت" | "توعد" | "توعدت" | "تعهد" | "تعهدت" | "وعد" | "وعدت" => Family::Commit,
        "يزعم" | "تزعم" | "يزعمون" | "اصر" | "اصرت" | "يصر" | "تصر" | "يصرون" | "جدد" | "جددت" | "يجدد" | "تفيد" => Family::Claim,
        "علق" | "علقت" | "يعلق" => Family::Comment,
        "اعتبره" | "اعتبرها" | "اعتبرهم" | "اعتبرته" | "اعتبرتها" | "اعتبرتهم" | "اعتبروه" | "اعتبروها" | "يعتبره" | "يعتبرها" | "يعتبرهم" | "تعتبره" | "تعتبرها" | "تعتبرهم" | "يعتبرونه" | "يعتبرونها" | "يعتبرانها" => Family::Consider,
        _ => Family::Plain,
    }
}

/// (session 34) A word that ends a descriptive subject after a reporting verb (token `k`, past
/// the subject's first word `v + 1`) without opening the content:
/// * an addressee, a ل li- "to" phrase that is no title or body noun, after a noun in the
///   nominative dual or plural that keeps its ن (ان / ون), which is therefore not in the
///   construct state and complete (وقال الرجلان لأنصار المعارضة إن wa-qāla r-rajulāni li-anṣāri
///   l-muʿāraḍa inna "the two men told the opposition's supporters that"; قال الزوجان لمؤيديهما
///   "the couple told their backers"); after a singular the ل may be a participle's object
///   inside the description (الجهة المانحة لجائزة نوبل "the body awarding the Nobel prize");
/// * a word written with the accusative tanwin (وقال المحامون صراحةً إن "the lawyers said frankly
///   that"): an adverbial, never part of the nominative subject (see `written_accusative`); not
///   نقلاً naqlan "quoting", whose عن phrase the relay rule reads;
/// * (session 51) the clitic ل li- "to" of a name the tagger found right behind it (one ل, the
///   name starting after it: لبي بي سي li-bī bī sī "to the BBC", لرويترز "to Reuters"), after
///   an untagged word: the medium or addressee, never a word of the speaker's name (قال NAME
///   لبي بي سي إن "NAME told the BBC that", with the surname untagged: the speaker is NAME).
fn after_description(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, k: usize) -> bool {
    if k <= v + 1 || tokens[k].kind != TokenKind::Arabic {
        return false;
    }
    if let Some(e) = ent_at[k] {
        let key = keys[k].as_str();
        let named = matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
        return named && ent_at[k - 1].is_none() && key.starts_with('ل') && !key.starts_with("لل") && entities[e].range.start > tokens[k].range.start;
    }
    let key = keys[k].as_str();
    let prev = keys[k - 1].trim_start_matches(['و', 'ف']);
    let complete = ent_at[k - 1].is_none() && prev.chars().count() >= 4 && (prev.ends_with("ان") || prev.ends_with("ون")) && !coref::is_body_noun(prev) && !coref::is_person_title(prev);
    let addressee = complete && key.strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3) && !coref::is_body_noun(key) && !coref::is_person_title(key) && in_set_with_conj(key, &TITLE_SET).is_none();
    addressee || (written_accusative(text, &tokens[k]) && key != "نقلا")
}

/// (session 34) Token `j`, after a reporting verb `v`, is a place tagged right after a definite
/// word of the subject (not the verb itself, not part of the same entity): the verb's object or
/// addressee (حذر الحلف موسكو "the alliance warned Moscow"), never a genitive of the subject,
/// since a definite noun or adjective is not in the construct state.
fn place_object(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, j: usize) -> bool {
    let Some(e) = ent_at[j] else { return false };
    j > v + 1 && entities[e].kind == EntityType::Location && entities[e].range.start == tokens[j].range.start && ent_at[j - 1] != Some(e) && keys[j - 1].trim_start_matches(['و', 'ف']).starts_with("ال") && !keys[j].starts_with("ال")
}

/// Time adverbials and other short words that may stand between a subject and its
/// complement (الخميس al-ḫamīs "on Thursday", امس ams "yesterday", ايضا ayḍan "also").
fn is_adverbial(key: &str) -> bool {
    let b = key.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(key);
    // (session 51, qexpl) ب bi- + an indefinite verbal noun of a derived verb, a manner adverb
    // like the listed باستمرار (يقول بانتظام yaqūlu bi-ntiẓām "he says regularly", باختصار
    // bi-ḫtiṣār "briefly", بتفصيل bi-tafṣīl "in detail"): never a subject
    // (not ifʿāl: ووعد بإجراء انتخابات "he promised to hold elections" governs its object)
    if b.strip_prefix('ب').is_some_and(|r| !r.starts_with("ال") && masdar::is_derived_masdar(r)) {
        return true;
    }
    matches!(
        b,
        "اليوم" | "امس" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه" | "السبت" | "مساء" | "صباح" | "ايضا" | "مجددا" | "مرارا" | "وقتها" | "حينها" | "رسميا" | "مؤخرا" | "موخرا" | "سابقا" | "لاحقا" | "يوم" | "الماضي" | "الماضيه" | "الاسبوع" | "الشهر" | "اخيرا" | "بدوره" | "بدورها"
        // (session 5) كذلك kaḏālika "also", ردا raddan "in reply" (ردا على سؤال "answering a question")
        | "كذلك" | "ردا"
        // (session 8) دائما dāʾiman "always", دوما dawman, غالبا ġāliban "mostly", احيانا
        // aḥyānan "sometimes", خلالها ḫilālahā "during it" (وقال خلالها إن "and he said during it
        // that"): never a subject
        | "دايما" | "دوما" | "غالبا" | "احيانا" | "خلاله" | "خلالها" | "خلالهم" | "خلالهما"
        // (session 24) الامس al-ams "yesterday" (the defined spelling: صرح الأمس "declared
        // yesterday"), يومها yawmahā "that day", يومئذ yawmaʾiḏin, حينئذ ḥīnaʾiḏin, وقتئذ waqtaʾiḏin
        // "then", انذاك ānaḏāk "at the time" (وكتب يومها "and he wrote that day"): never a subject
        | "الامس" | "يومها" | "يوميذ" | "يومئذ" | "حينيذ" | "حينئذ" | "وقتيذ" | "وقتئذ" | "انذاك" | "حينذاك" | "وقتذاك"
        // (session 47) manner and frequency adverbs, accusatives of the -ةً/-اً pattern and their
        // ب-phrases (يقولون عادة yaqūlūna ʿādatan "they usually say", قال صراحة qāla ṣarāḥatan
        // "he said frankly", وتتحدث باستمرار "and it speaks constantly"): عاده ʿādatan
        // "usually", صراحه ṣarāḥatan "frankly", بصراحه bi-ṣarāḥa "frankly", علنا ʿalanan /
        // علانيه ʿalāniyatan "publicly", ضمنا ḍimnan "implicitly", حرفيا ḥarfiyyan "literally",
        // تكرارا tikrāran "repeatedly", كثيرا kaṯīran "often", قطعا qaṭʿan "absolutely",
        // شخصيا šaḫṣiyyan "personally", تحديدا taḥdīdan "specifically", باستمرار bi-stimrār
        // "constantly", بوضوح bi-wuḍūḥ "clearly": never a subject
        | "عاده" | "صراحه" | "بصراحه" | "علنا" | "علانيه" | "ضمنا" | "حرفيا" | "تكرارا" | "كثيرا" | "قطعا" | "شخصيا" | "تحديدا" | "باستمرار" | "بوضوح"
    )
}

/// (session 8) A word after the verb that is a complement, never its subject: a ب bi- phrase
/// with a pronoun (صرح بطموحه ṣarraḥa bi-ṭumūḥihi "declared his ambition", بدوره), or the
/// masdar قول qawl "saying" with a pronoun (وأضاف قوله: "and he added his saying:"). Not the
/// complementizer بانه bi-annahu "that he".
/// (session 25, lead) A و wa- + definite noun right after a reporting verb opens a
/// circumstantial clause (واو الحال wāw al-ḥāl), not the verb's subject: وأضاف والدموع في عينيه
/// "…" wa-aḍāfa wa-d-dumūʿu fī ʿaynayhi "he added, tears in his eyes, '…'". Not والد wālid
/// "father" / والدة "mother" or والي wālī "governor", whose و is a root letter.
fn circumstantial_wa(key: &str) -> bool {
    let parent = key.strip_prefix("والد").is_some_and(|end| matches!(end, "" | "ه" | "ي" | "ا" | "ان" | "ين" | "يه" | "ته" | "تي" | "تها" | "تهم" | "ها" | "هم" | "هما" | "يها"));
    key.strip_prefix('و').is_some_and(|rest| rest.starts_with("ال") && rest.chars().count() >= 5 && !coref::is_person_title(rest) && !coref::is_body_noun(rest)) && !parent && key != "والي"
}

/// قوله qawlahu "his saying" (also قولها "hers", قولهم "theirs"): the masdar with its
/// pronoun that closes a relayed source (نقلت الوكالة عن NAME قوله إن …).
fn is_qawluhu(key: &str) -> bool {
    // (session 36) also the dual قولهما qawlahumā "their (two) saying"
    matches!(key, "قوله" | "قولها" | "قولهم" | "قولهما")
}

fn is_pronoun_object(key: &str) -> bool {
    let bare = key.strip_prefix('و').unwrap_or(key);
    is_qawluhu(bare)
        || (bare.starts_with('ب') && bare.chars().count() >= 4 && !THAT_SET.contains(bare) && ["ه", "ها", "هم", "هما"].iter().any(|p| bare.ends_with(p)))
}

/// (session 49) Is token `k`, right after a reporting verb, a verbal noun that is the verb's
/// object rather than its subject? A derived verbal noun (see `masdar::is_derived_masdar`) with a
/// possessive pronoun (وأعلنت استعدادها لـ wa-aʿlanat istiʿdādahā li- "and (it) announced its
/// readiness to"; نفى تورطه "he denied his involvement"; after ه only stems of five letters or
/// more, since a four-letter one may end in ة: حكومه), or with the article when a preposition,
/// a ب / ل word or a comma follows (التي تنفي التدخل، allatī tanfī t-tadaḫḫul "which denies
/// interfering,"); and a definite fuʿūl before على (وأكد الحصول على wa-akkada l-ḥuṣūla ʿalā
/// "he confirmed obtaining"; the pattern is also a plural, شهود "witnesses", so only with the
/// على it governs). Not a tagged name, a title, a body or document noun (الاجتماع "the
/// meeting", التقرير "the report", التنظيم "the organisation"), a group head, nor ائتلاف
/// iʾtilāf "coalition". (session 50) Also a form-I verbal noun of `masdar::is_form1_masdar`:
/// definite before its preposition (وأكد القبض على "he confirmed the arrest of"), with a
/// pronoun (علمه), or bare heading a construct phrase (نفى وجود اتفاق).
fn masdar_object_at(keys: &[String], ent_at: &[Option<usize>], k: usize, end: usize) -> bool {
    let w = keys[k].as_str();
    if ent_at[k].is_some() || coref::is_person_title(w) || coref::is_body_noun(w) || is_group_head(w) || w.contains("ايتلاف") {
        return false;
    }
    let next = if k + 1 < end { keys[k + 1].as_str() } else { "" };
    if let Some(bare) = w.strip_prefix("ال") {
        let governed = matches!(next, "علي" | "في" | "من" | "عن") || is_comma(next) || (next.chars().count() >= 3 && (next.starts_with('ب') || next.starts_with('ل')) && !THAT_SET.contains(next));
        let c: Vec<char> = bare.chars().collect();
        let fuul = c.len() == 4 && c[2] == 'و' && next == "علي";
        return (governed && (masdar::is_derived_masdar(bare) || masdar::is_form1_masdar(bare))) || fuul;
    }
    // (session 50) a form-I verbal noun also bare, as the head of a construct phrase (نفى وجود
    // اتفاق nafā wujūda ttifāqin "he denied there was an agreement"; نفى علم الحزب بالامر)
    let construct = masdar::is_form1_masdar(w) && next.chars().count() >= 2 && !is_comma(next) && !THAT_SET.contains(next) && !ends_subject(next);
    construct || masdar::is_possessed_verbal_noun(w)
}

/// (session 49) عن ʿan "about, of" with a pronoun, written as one word (عنه ʿanhu, عنها، عنهم،
/// عنهما): a prepositional phrase, never a speaker.
fn is_an_pronoun(key: &str) -> bool {
    matches!(key, "عنه" | "عنها" | "عنهم" | "عنهما")
}

/// (session 25) The resumptive pronoun right after a verb that opens a relative clause on a
/// statement or time, فيه / فيها fīhi / fīhā "in it", and (session 53, qexpl) به / بها bihi /
/// bihā "with it" (ذكرت به ḏakarat bihi, صرح به ṣarraḥa bihi): the subject, if any, follows it.
fn resumptive_pronoun(key: &str) -> bool {
    matches!(key, "فيه" | "فيها" | "به" | "بها")
}

/// (session 29) Subordinators of time that open a clause of their own (عندما ʿindamā "when",
/// حينما، بعدما، كلما; since session 53 also حين ḥīna "when"): the verb after one heads that clause.
fn opens_subordinate(key: &str) -> bool {
    matches!(key, "عندما" | "وعندما" | "حينما" | "بعدما" | "كلما" | "حين" | "وحين")
}

/// Words that end a descriptive subject phrase (prepositions, pronouns, relatives).
fn ends_subject(key: &str) -> bool {
    matches!(
        key,
        "في" | "فى" | "خلال" | "امام" | "عبر" | "علي" | "عن" | "مع" | "بعد" | "قبل" | "منذ" | "عند" | "لدي" | "حول" | "الي" | "من" | "هو" | "وهو" | "هي" | "وهي" | "الذي" | "التي" | "الذين" | "انه" | "انها" | "ان" | "بان" | "فيه" | "فيها" | "اليه" | "اليها" | "عليه" | "لها" | "له" | "لهم"
    // (session 53, qexpl) the other prepositions with a pronoun (تقريرا ذكرت به أن taqrīran
    // ḏakarat bihi anna "a report in which it said that"): a resumptive, never a subject
    | "به" | "بها" | "بهم" | "منه" | "منها" | "منهم" | "فيهم" | "اليهم"
    // (session 53, qexpl) and the first-person pronouns, which open the words quoted (وقالت نحن
    // نقدر أنهم wa-qālat naḥnu nuqaddiru annahum "she said: we appreciate that they")
    | "نحن" | "انا"
    | "كيف" | "ما" | "لا" | "لم" | "لن" | "قد" | "بالقول"
    // (session 5) a bare preposition written apart, لـ"العربية" li-"l-ʿArabiyya" "to Al Arabiya"
    // (its search key drops the tatweel)
    | "ل" | "ب"
    // (session 52, qexpl) دون dūna "without" (وأضاف دون الخوض في التفاصيل wa-aḍāfa dūna
    // l-ḫawḍi fī t-tafāṣīl "he added, without going into details"): an adverbial phrase
    | "دون"
    // (انهم annahum "that they" ends a subject; بانه bi-annahu after a noun marks an object:
    // اعتبر الصيغة بانه ... "considered the format to be ...")
    // (ل + a body noun or title ends a subject; session 40: not لحكومة li-ḥukūmati "of the
    // government of", the genitive of a council or ministry, المجلس الرئاسي لحكومة الوفاق "the
    // presidential council of the accord government")
    ) || (THAT_SET.contains(key) && !key.starts_with('ب')) || key.strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3 && r != "حكومه" && (coref::is_body_noun(r) || coref::is_person_title(r))) || (key.starts_with("لل") || ["لوكاله", "لصحيفه", "لقناه", "لموقع", "لبرنامج", "لشبكه", "لاذاعه", "لمجله", "لـ"].iter().any(|p| key.starts_with(p)))
}

/// Nouns of written or spoken statements (search keys without the article) that can host
/// speech in the frame جاء في X ان.
const STATEMENT_NOUNS: &[&str] = &["بيان", "تقرير", "وثيقه", "رساله", "خطاب", "نص", "تغريده", "كلمه", "مذكره", "تصريح", "بلاغ", "تدوينه"];

/// (session 6) The nominal frame جاء في + statement + ان/بان/colon/quotation: وجاء في البيان
/// ان … wa-jāʾa fī l-bayān anna "and it came in the statement that", جاء في تقرير المخابرات
/// الامريكية ان "the US intelligence report said that", وجاء في بيان للتحالف: "…" (ANT
/// politics, first 20,000 lines: 238 such frames, 157 with an opener, all statements). `v` is
/// the token of جاء; the speaker is the statement phrase (up to a comma, a complementizer, a
/// preposition or an adverbial, at most 5 words), its head the first actor named in it
/// (بيان للتحالف → التحالف). The content runs as for a that-clause or a quotation.
fn statement_frame_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, end: usize) -> Option<(Quote, usize)> {
    let b = keys[v].strip_prefix('و').unwrap_or(&keys[v]);
    if !matches!(b, "جاء" | "جا") || v + 2 >= end || !matches!(keys[v + 1].as_str(), "في" | "فى") {
        return None;
    }
    let mut n = v + 2;
    // (هذه الوثيقة hāḏihi l-waṯīqa "this document")
    if is_demonstrative(&keys[n]) {
        n += 1;
    }
    if n >= end || !STATEMENT_NOUNS.contains(&coref::stem(&keys[n]).as_str()) {
        return None;
    }
    // The phrase: the noun and its modifiers/genitive, at most 5 words.
    let mut e = n + 1;
    // (a genitive with ل li- names the issuer: بيان للتحالف bayān li-t-taḥāluf "a statement of
    // the coalition", تغريدة لوزارة الخارجية "a tweet of the foreign ministry")
    let genitive = |k: usize| keys[k].starts_with('ل') && keys[k].chars().count() >= 4;
    // (session 27) After a definite word, a word without the article ends the phrase: a
    // relative clause opens there (بيان للجيش المصري نشرته صفحة المتحدث bayān li-l-jayš al-miṣrī
    // našarathu ṣafḥatu l-mutaḥaddiṯ "a statement of the Egyptian army that the spokesman's page
    // published": the army issued it, the page only published it).
    let definite = |k: usize| keys[k].starts_with("ال") || keys[k].starts_with("لل");
    while e < end && e < n + 5 && tokens[e].kind == TokenKind::Arabic && !THAT_SET.contains(&keys[e]) && (!ends_subject(&keys[e]) || genitive(e)) && !is_adverbial(&keys[e]) && !is_reporting_verb(&keys[e]) && !(definite(e - 1) && e > n + 1 && !definite(e)) {
        e += 1;
    }
    // The opener: within 10 words, past adverbials and relative clauses (بيان نشرته الوكالة
    // انه), never past the sentence end or another reporting verb.
    let opener = (e..(e + 10).min(end)).take_while(|&k| k == e || !(is_reporting_verb(&keys[k]) || matches!(&text[tokens[k].range.clone()], "." | "؟" | "!"))).find(|&k| {
        let s = &text[tokens[k].range.clone()];
        THAT_SET.contains(&keys[k]) || s == ":" || is_quote_open(s)
    })?;
    // Content start: after ان/بان (as for quote.that), after a colon (and a quotation mark),
    // after a quotation mark.
    // A colon or a quotation mark opens direct speech, ان/بان (also after a colon) indirect.
    let mut c = opener;
    if text[tokens[c].range.clone()] == *":" {
        c += 1;
    }
    let mut kind = QuoteKind::Direct;
    if c < end && THAT_SET.contains(&keys[c]) {
        kind = QuoteKind::Indirect;
        if keys[c] == "ان" || keys[c] == "بان" {
            c += 1;
        }
    }
    let opened = c < end && is_quote_open(&text[tokens[c].range.clone()]);
    if opened {
        c += 1;
    }
    let closers: &[&str] = if opened { closing_for(&text[tokens[c - 1].range.clone()]) } else { &[] };
    let mut stop = c;
    while stop < end && !closers.contains(&&text[tokens[stop].range.clone()]) {
        stop += 1;
    }
    let last = content_last(tokens, c, stop, opened)?;
    let head = (n..e).find_map(|k| ent_at[k].filter(|&x| matches!(entities[x].kind, EntityType::Person | EntityType::Organization))).map(|x| entities[x].range.clone());
    let quote = Quote {
        verb: tokens[v].range.clone(),
        speaker: Some(tokens[n].range.start..tokens[e - 1].range.end),
        speaker_head: head,
        speaker_source: SpeakerSource::Explicit,
        content: tokens[c].range.start..tokens[last - 1].range.end,
        kind,
        confidence: 0.8,
        provenance: "quote.statement",
        speaker_rule: None,
        speaker_name: None,
    };
    Some((quote, stop))
}

/// (session 27) The issuer of a statement phrase (`phrase`, bytes) named by a لل-genitive in it:
/// the document's own mention of the same words with the article (بيان للجيش المصري bayān
/// li-l-jayš al-miṣrī "a statement of the Egyptian army" and الجيش elsewhere: the written لل
/// has lost the article's alif), with the genitive's adjectives when that mention has them too.
fn statement_genitive_issuer(tokens: &[Token], keys: &[String], phrase: Range<usize>) -> Option<Range<usize>> {
    let n = tokens.iter().position(|t| t.range.start >= phrase.start)?;
    let e = tokens.iter().position(|t| t.range.start >= phrase.end).unwrap_or(tokens.len());
    let g = (n + 1..e).find(|&k| keys[k].starts_with("لل") && keys[k].chars().count() >= 4)?;
    let definite = format!("ال{}", &keys[g]["لل".len()..]);
    let x = (0..tokens.len()).find(|&x| keys[x] == definite)?;
    let mut y = x + 1;
    while y < tokens.len() && g + (y - x) < e && keys[y] == keys[g + (y - x)] {
        y += 1;
    }
    Some(tokens[x].range.start..tokens[y - 1].range.end)
}

/// The end (exclusive) of content tokens `start..stop` once trailing punctuation is trimmed
/// (kept inside a quotation); `None` when nothing is left.
fn content_last(tokens: &[Token], start: usize, stop: usize, opened: bool) -> Option<usize> {
    let mut last = stop;
    while last > start && tokens[last - 1].kind == TokenKind::Punct && !opened {
        last -= 1;
    }
    (last > start).then_some(last)
}

/// (session 22) A short name in quotation marks right after the reporting verb `v` that a
/// complementizer follows, right away, after adverbials (الخميس, أيضا) or after a comma-closed
/// apposition (وقال "المعهد الوطني"، الهيئة المكلفة بالتحقيق، إن "'the national institute', the
/// body in charge of the inquiry, said that"): the quoted words name the speaker. Returns the
/// words inside the marks and the index of the complementizer. A quotation (a clause, a
/// complementizer or a comma inside the marks, or nothing after them that opens a complement) is
/// no name.
///
/// (session 55) Three more continuations after the marks: a second quoted name coordinated with
/// و (وذكرت "NAME1" و"NAME2" أن), an organisation or person named right after the marks (its
/// abbreviation: وأعلنت "NAME" فارك أن), and a relay phrase نقلا عن before the complementizer
/// (وذكرت "NAME" نقلا عن مسؤولين أن, in `quoted_name_complement`). A quotation instead of the
/// complementizer (وأعلنت "NAME" فارك "…"; أعلن "NAME"، الذي تقوده السعودية، "…") makes the first
/// quoted words the subject only when something marks them as a name: an actor named right after
/// them, a relative clause on them, or an actor entity, body noun or person title as their first
/// word (see `QuotedNameEvidence`).
#[allow(clippy::too_many_arguments)]
fn quoted_name_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, end: usize) -> Option<(Range<usize>, usize)> {
    let open = v + 1;
    let mark = text.get(tokens.get(open)?.range.clone())?;
    if open >= end || !is_quote_open(mark) {
        return None;
    }
    let close = (open + 2..(open + 8).min(end)).find(|&k| text.get(tokens[k].range.clone()).is_some_and(|s| closing_for(mark).contains(&s)))?;
    let name_word = |k: usize| matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Latin) && !THAT_SET.contains(&keys[k]) && !is_reporting_verb(&keys[k]) && !is_pronoun_object(&keys[k]);
    if !(open + 1..close).all(name_word) {
        return None;
    }
    let mut k = close + 1;
    while k < end && k < close + 3 && is_adverbial(&keys[k]) {
        k += 1;
    }
    let name = tokens[open + 1].range.start..tokens[close - 1].range.end;
    let actor_at = |k: usize| ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization) && entities[e].range.start == tokens[k].range.start);
    // (session 55) a second quoted name coordinated with و (the letters of an abbreviation may
    // spell a complementizer: و"أن بي سي نيوز"): the phrase goes on after its closing mark.
    let mut last = close;
    if k + 1 < end && keys[k] == "و" && text.get(tokens[k + 1].range.clone()) == Some(mark) {
        let second = (k + 3..(k + 9).min(end)).find(|&x| text.get(tokens[x].range.clone()).is_some_and(|s| closing_for(mark).contains(&s)));
        if let Some(c2) = second.filter(|&c2| (k + 2..c2).all(|x| matches!(tokens[x].kind, TokenKind::Arabic | TokenKind::Latin) && !is_reporting_verb(&keys[x]))) {
            last = c2;
            k = c2 + 1;
        }
    }
    // (session 55) an actor named right after the marks, the name's abbreviation or short form
    let mut evidence = QuotedNameEvidence::None;
    if k < end && last == close {
        if let Some(e) = actor_at(k) {
            while k < end && ent_at[k] == Some(e) {
                k += 1;
            }
            evidence = QuotedNameEvidence::ActorAfter;
        }
    }
    if evidence == QuotedNameEvidence::None && (actor_at(open + 1).is_some() || coref::is_body_noun(&keys[open + 1]) || coref::is_person_title(&keys[open + 1])) {
        evidence = QuotedNameEvidence::NameWord;
    }
    if let Some(c) = quoted_name_complement(text, tokens, keys, last, k, end) {
        return Some((name, c));
    }
    // (session 28) a relative clause on the name up to a comma (اعتبر "تيار المستقبل" الذي
    // ينتمي إليه رئيس الوزراء، أن iʿtabara "tayyār al-mustaqbal" allaḏī yantamī ilayhi raʾīsu
    // l-wuzarāʾ, anna "'the Future Movement', to which the prime minister belongs, held that")
    if k < end && is_relative_pronoun(&keys[k]) {
        let c = (k + 1..(k + 12).min(end)).find(|&x| is_comma(&keys[x]))?;
        if (k + 1..c).any(|x| is_reporting_verb(&keys[x]) || THAT_SET.contains(&keys[x])) {
            return None;
        }
        if evidence == QuotedNameEvidence::None {
            evidence = QuotedNameEvidence::RelativeClause;
        }
        k = c + 1;
    }
    if k < end && is_comma(&keys[k]) {
        // an apposition closed by a comma right before the complementizer
        let c = (k + 1..(k + 10).min(end)).find(|&x| is_comma(&keys[x]) || is_quote_open(&keys[x]) || THAT_SET.contains(&keys[x]))?;
        if !is_comma(&keys[c]) || (k + 1..c).any(|x| is_reporting_verb(&keys[x])) {
            return None;
        }
        if k + 1 < c && is_relative_pronoun(&keys[k + 1]) && evidence == QuotedNameEvidence::None {
            evidence = QuotedNameEvidence::RelativeClause;
        }
        k = c + 1;
    }
    if k >= end {
        return None;
    }
    if THAT_SET.contains(&keys[k]) {
        return Some((name, k));
    }
    // (session 55) a quotation after a quoted name that something marks as a name
    let quotation = text.get(tokens[k].range.clone()).is_some_and(is_quote_open);
    (quotation && last == close && evidence != QuotedNameEvidence::None).then_some((name, k))
}

/// (session 55) What marks a quoted run right after a reporting verb as a name when a quotation,
/// not a complementizer, follows it (`quoted_name_subject`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum QuotedNameEvidence {
    /// Nothing: the quoted run may be the quotation itself.
    None,
    /// An organisation or person named right after the closing mark (its abbreviation).
    ActorAfter,
    /// A relative clause on the quoted run, set off by commas.
    RelativeClause,
    /// The run's first word opens an actor entity or is a body noun or person title.
    NameWord,
}

/// نقلا عن naqlan ʿan "relaying from" at token `k` (before `end`).
fn relaying_at(keys: &[String], k: usize, end: usize) -> bool {
    k + 1 < end && keys[k] == "نقلا" && keys[k + 1] == "عن"
}

/// (session 41) The complementizer of a quoted name (token `close` is its closing mark, `k` the
/// first token after it and its adverbials) that a prepositional phrase, adjectives or an
/// apposition set off from it (وقالت "NAME" في بيان صادر عن مكتبها الإعلامي، اليوم، إن
/// wa-qālat "NAME" fī bayānin ṣādirin ʿan maktabihā l-iʿlāmī, al-yawma, inna "'NAME' said in a
/// statement issued by its press office today that"; وقالت "NAME"، وهي منظمة غير حكومية، إن
/// "'NAME', a non-governmental organisation, said that"). The words in between hold no
/// reporting verb, quotation mark or sentence end, at most 16 of them; a quotation followed by
/// narration that only later reaches a complementizer (في إشارة إلى أن "in a reference to")
/// has a statement-introducing word there and is left alone. Only a stretch that opens with a
/// comma, a preposition or a definite word qualifies.
fn quoted_name_complement(text: &str, tokens: &[Token], keys: &[String], close: usize, k: usize, end: usize) -> Option<usize> {
    // (session 55) نقلا عن naqlan ʿan "relaying from" opens the stretch too (وذكرت "NAME" نقلا عن
    // مسؤولين أن "'NAME' reported, relaying from officials, that": the quoted name speaks).
    let relaying = relaying_at(keys, k, end);
    if k >= end || (k <= close + 1 && !(relaying || is_comma(&keys[k]) || matches!(keys[k].as_str(), "في" | "عبر" | "علي" | "لـ") || (keys[k].starts_with("ال") && tokens[k].kind == TokenKind::Arabic))) {
        return None;
    }
    let last = (k + 20).min(end);
    let c = (k..last).find(|&x| THAT_SET.contains(&keys[x]) || is_reporting_verb(&keys[x]) || keys[x] == "الي" || coref::is_sentence_end(&keys[x]) || keys[x] == ":" || text.get(tokens[x].range.clone()).is_some_and(|s| is_quote_open(s) || is_quote_close(s)))?;
    if !THAT_SET.contains(&keys[c]) || c == k {
        return None;
    }
    // a message word in between introduces the complement itself (في إشارة إلى أن، بمعنى أن)
    if (k..c).any(|x| matches!(keys[x].as_str(), "اشاره" | "بمعني" | "مما" | "لان" | "حيث" | "اذ" | "بحجه" | "بدعوي")) {
        return None;
    }
    Some(c)
}

/// Try to read a quote whose reporting verb is token `v`; the sentence ends at token `end`.
/// Returns the quote and the token index where its content ends (exclusive).
#[allow(clippy::too_many_arguments)]
fn quote_at(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize, end: usize, class: VerbClass) -> Option<(Quote, usize)> {
    // A subject before the verb (SVO) also licenses a nominal object (موسكو تنفي علاقتها).
    let svo_found = (class != VerbClass::Participle).then(|| svo_subject(text, keys, tokens, ent_at, entities, v, start)).flatten();
    let svo = svo_found.is_some();
    // (session 8) In a nominal clause whose subject stands before the verb (كان حزب X دعا Y
    // kāna ḥizbu X daʿā Y "party X had called on Y"; لكن X نفى تقارير "but X denied reports"),
    // the noun after the verb is its object or addressee, not a VSO subject.
    // (An appeal's addressee is still read after the verb, to find the appeal after it; it is
    // not the speaker: `subject` is cleared below.)
    // (session 21) So is an appeal or telling verb without a conjunction whose named subject
    // stands right before it, or before a comma closing its apposition (NAME أبلغ السفير بأن
    // NAME ablaġa s-safīra bi-anna "NAME told the ambassador that"; ألمانيا تطالب إسرائيل بـ
    // "Germany calls on Israel to"): the noun after the verb is the addressee.
    let appeal_svo = !keys[v].starts_with('و') && !keys[v].starts_with('ف') && v > start && {
        class == VerbClass::Appeal || is_telling_verb(&keys[v])
    } && (svo_found.as_ref().and_then(|(_, h)| h.as_ref()).is_some_and(|h| h.end == tokens[v - 1].range.end || (v >= start + 2 && is_comma(&keys[v - 1]) && h.end == tokens[v - 2].range.end))
        // (session 48) also an unnamed subject found right before the verb as an indefinite
        // report noun opening an asyndetic relative clause (لافتات تطالب الأمم المتحدة بـ
        // lāfitātun tuṭālibu l-umama l-muttaḥida bi- "banners calling on the United Nations
        // to"; see `indefinite_relative_subject`): the noun after the verb is the addressee.
        || (svo_found.as_ref().is_some_and(|(r, h)| h.is_none() && r.end == tokens[v - 1].range.end) && indefinite_relative_subject(tokens, keys, ent_at, v, start).is_some()));
    let nominal = svo && (nominal_clause(keys, tokens, ent_at, v, start) || appeal_svo);
    let skip_subject_after = nominal && class != VerbClass::Appeal;
    // رد radda "replied" only with a subject or a quotation (ورد في تقرير wa-warada "appeared in").
    let bare_v = keys[v].strip_prefix('و').unwrap_or(&keys[v]);
    if matches!(bare_v, "رد" | "ردت") && v + 1 < end && ent_at[v + 1].is_none() && !matches!(keys[v + 1].as_str(), ":" | "بالقول") && !is_quote_open(&text[tokens[v + 1].range.clone()]) && in_set_with_conj(&keys[v + 1], &TITLE_SET).is_none() {
        return None;
    }
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    let fam = family(&keys[v]);
    // ما اشار اليه التقرير mā ašāra ilayhi at-taqrīr "what the report pointed to": the content is
    // only a relative antecedent, no quote.
    if v + 1 < end && matches!(keys[v + 1].as_str(), "اليه" | "اليها" | "عليه") {
        return None;
    }
    // Subject phrase: entities (person, organisation, nationality, place) and title words.
    // Participles have no subject of their own.
    let mut j = v + 1;
    let mut head: Option<Range<usize>> = None;
    let mut head_is_person = false;
    let lam_clitic = |k: usize| keys[k].starts_with('ل') && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_some_and(|e| entities[e].range.start > tokens[k].range.start);
    while j < end && class != VerbClass::Participle && !skip_subject_after {
        // (لوكالة li-wakālat "to the agency" is an addressee, no title of the speaker)
        // A body noun may open the subject too (شددت شركة "..." šaddadat šarikat "..." "the
        // company '...' stressed"), unless it carries a preposition.
        let body = coref::is_body_noun(&keys[j]) && (j > v + 1 || !(keys[j].starts_with('ل') || keys[j].starts_with('ب')));
        // (session 5) and a person title right before a person's name: الباحث باتريك بون
        // al-bāḥiṯ Patrick Poon "the researcher Patrick Poon"
        // (a definite title only: an indefinite one before a name is its genitive, محامي ترامب)
        let titled_name = coref::is_person_title(&keys[j]) && !coref::is_construct_title(&keys[j]) && ent_at.get(j + 1).copied().flatten().is_some_and(|e| entities[e].kind == EntityType::Person);
        let is_title = (in_set_with_conj(&keys[j], &TITLE_SET).is_some() || body || titled_name) && tokens[j].kind == TokenKind::Arabic && !(keys[j].starts_with('ل') && ends_subject(&keys[j]));
        match ent_at[j] {
            Some(e) => {
                // ميركل لنتانياهو mērkil li-netanyāhū "Merkel to Netanyahu": the addressee
                // (a new entity with the preposition ل) ends the subject.
                // (not a name right after a person title: الوزيرة ليلى حسن al-wazīra Laylā Ḥasan
                // "Minister Layla Hasan", whose ل is the name's own)
                // (session 41) Also right after the verb when the tagged name starts after the
                // ل: a clitic preposition, the addressee or medium (وقال لرويترز wa-qāla
                // li-rūytarz "he told Reuters"), not a name spelled with ل (لندن).
                if keys[j].starts_with('ل') && ent_at[j - 1] != Some(e) && !(entities[e].kind == EntityType::Person && coref::is_person_title(&keys[j - 1])) && (j > v + 1 || keys[j].starts_with("لل") || keys[j].strip_prefix('ل').is_some_and(coref::is_body_noun) || lam_clitic(j)) {
                    break;
                }
                // (session 25, lead) A definite body noun with its nationality adjective is a
                // complete noun phrase: an organisation name after it is the verb's object, not
                // part of the subject (وأعلنت السلطات اليمنية الجزيرة منطقة منكوبة wa-aʿlanat
                // as-sulṭātu l-yamaniyyatu l-jazīrata minṭaqatan mankūba "the Yemeni
                // authorities declared the island a disaster zone", الجزيرة mis-tagged ORG).
                if entities[e].kind == EntityType::Organization && j >= v + 3 && ent_at[j - 2].is_none() && coref::is_body_noun(&keys[j - 2]) && keys[j - 2].starts_with("ال") && ent_at[j - 1].is_some_and(|n| n != e && entities[n].kind == EntityType::Nationality) {
                    break;
                }
                // محامي ترامب muḥāmī trāmb "Trump's lawyer": a name after an indefinite title
                // is its genitive, not the speaker.
                // (session 52, qvariant) So is a person after a body named after its leader
                // (وكشفت إدارة ترامب أن "the Trump administration revealed that"): the body
                // speaks (see `coref::is_leader_body`).
                let leader_body = |k: usize| coref::opens_leader_body(&keys[k]) && entities[e].kind == EntityType::Person;
                // The genitive name completes that construct: the words after it are the verb's
                // object (وأبلغت إدارة ترامب الفلسطينيين "the Trump administration informed the
                // Palestinians").
                let fresh = j > v + 1 && ent_at[j - 1] != Some(e) && ent_at[j - 1].is_none();
                if fresh && j == v + 2 && leader_body(j - 1) {
                    while j < end && ent_at[j] == Some(e) {
                        j += 1;
                    }
                    break;
                }
                let genitive = fresh && coref::is_construct_title(&keys[j - 1]);
                if is_actor(e) && !genitive && (head.is_none() || (!head_is_person && entities[e].kind == EntityType::Person)) {
                    head = Some(entities[e].range.clone());
                    head_is_person = entities[e].kind == EntityType::Person;
                }
                j += 1;
            }
            None if is_title => j += 1,
            // A short name in quotation marks inside a title: قائد "اللواء السادس" العميد ...
            None if j > v + 1 && is_quote_open(&text[tokens[j].range.clone()]) => {
                let close = (j + 1..(j + 7).min(end)).find(|&k| closing_for(&text[tokens[j].range.clone()]).contains(&&text[tokens[k].range.clone()]));
                match close {
                    Some(c) if c + 1 < end && (ent_at[c + 1].is_some() || in_set_with_conj(&keys[c + 1], &TITLE_SET).is_some()) => j = c + 1,
                    // The quoted name of a body (شركة "اوتوسترادا" šarikat "Autostrade" "the
                    // company 'Autostrade'") ends the subject with its closing mark.
                    Some(c) if c + 1 < end && j == v + 2 && coref::is_body_noun(&keys[j - 1]) => {
                        j = c + 1;
                        break;
                    }
                    _ => break,
                }
            }
            // (session 22) A name in quotation marks right after the verb, before the
            // complementizer (وذكر "المرصد الوطني" أن wa-ḏakara "al-marṣad al-waṭanī" anna "'the
            // national observatory' said that"): the quoted words are the subject, not the
            // quotation; the name inside the marks is the head.
            None if j == v + 1 && class != VerbClass::Participle => match quoted_name_subject(text, tokens, keys, ent_at, entities, v, end) {
                Some((inner, after)) => {
                    head = Some(inner);
                    j = after;
                    break;
                }
                None => break,
            },
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
    // A body noun ending the subject takes its definite genitive and adjectives along (مكتب
    // الارصاد الجوية maktab al-arṣād al-jawwiyya "the meteorological office"), up to a
    // preposition or an adverbial; a definite body noun only its nisba adjectives (الشركة
    // الايطالية "the Italian company"; in اعلنت الشركة الاستقالة the next word is the object).
    // So does an indefinite person title (مدير المتحف mudīr al-matḥaf "the museum director").
    if j > v + 1 && j < end && ent_at[j - 1].is_none() && (coref::is_body_noun(&keys[j - 1]) || coref::is_construct_title(&keys[j - 1])) {
        let definite = coref::stem(&keys[j - 1]) != keys[j - 1].trim_start_matches(['و', 'ف']);
        let mut k = j;
        // (session 40) an indefinite body noun's genitive written as a hashtag (رابطة
        // #أمهات_المعتقلين "the #Mothers_of_Detainees association"), now that رابطة is a body noun
        // (the hashtag is the whole genitive: the next word is the object, دعت رابطة #X الحكومة)
        let hashtag = !definite && k < end && tokens[k].kind == TokenKind::Hashtag;
        if hashtag {
            k += 1;
        }
        // (session 41) also the feminine elatives written with a final alif, العليا al-ʿulyā
        // "supreme", الدنيا ad-dunyā "lower" (المحكمة العليا "the supreme court", اللجنة العليا
        // "the high committee"); their ى-spelt kin (الكبرى، الأعلى) already end in ي. Not
        // before a preposition or a ل-genitive (المفوضية العليا للانتخابات "the high electoral
        // commission", المحكمة العليا في العراق), whose phrase the subject does not take in:
        // there the nominal object of أعلن is still read after the noun as before.
        let elative = |k: usize| matches!(keys[k].as_str(), "العليا" | "الدنيا") && (k + 1 >= end || !ends_subject(&keys[k + 1]));
        while !hashtag && k < end && k < j + 3 && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && keys[k].starts_with("ال") && (!definite || naming::has_nisba_ending(&keys[k]) || elative(k)) && !ends_subject(&keys[k]) && !is_adverbial(&keys[k]) && !is_reporting_verb(&keys[k]) {
            k += 1;
        }
        j = k;
    }
    let mut titled_subject = j > v + 1;
    // A description in apposition to a name: قال السفير السعودي في واشنطن، الامير خالد ... "said
    // the Saudi ambassador in Washington, Prince Khalid ...".
    // (Not for نقل naqala "relayed": its speaker follows عن / على لسان.)
    if class != VerbClass::Participle && head.is_none() && fam != Family::Relay && !skip_subject_after {
        if let Some(c) = (j..(v + 8).min(end)).find(|&k| is_comma(&keys[k])) {
            let clean = (v + 1..c).all(|k| tokens[k].kind == TokenKind::Arabic && !ent_at[k].is_some_and(is_actor) && !is_reporting_verb(&keys[k]) && !THAT_SET.contains(&keys[k]));
            let mut n = c + 1;
            while n < end && (in_set_with_conj(&keys[n], &TITLE_SET).is_some() && ent_at[n].is_none()) && n < c + 3 {
                n += 1;
            }
            if clean && c > v + 1 && n < end && ent_at[n].is_some_and(|e| entities[e].kind == EntityType::Person) {
                let e = ent_at[n].unwrap_or_default();
                head = Some(entities[e].range.clone());
                let mut k = n;
                while k < end && ent_at[k] == Some(e) {
                    k += 1;
                }
                j = k;
                if j < end && is_comma(&keys[j]) {
                    j += 1;
                }
                titled_subject = true;
            }
        }
    }
    // Otherwise the words up to a preposition, an adverbial or punctuation are a descriptive
    // subject (مسؤولون امريكيون masʾūlūn amrīkiyyūn "US officials", المحققون الدوليون "the
    // international investigators"), provided a complement opens right after them.
    let mut described = false;
    let mut object_first = false;
    // (session 18) Not when the first word is an accusative participle or adverb in ا (وتابع
    // معلقا على القرار wa-tābaʿa muʿalliqan ʿalā l-qarār "he went on, commenting on the
    // decision") or a ل phrase before a name or a quotation (وأضاف لراديو فرنسا wa-aḍāfa
    // li-rādyū faransā "he added to Radio France"): an adverbial or an addressee, no subject.
    let first_adverbial = (v + 1 < end && lam_clitic(v + 1)) || v + 1 < end && ent_at[v + 1].is_none() && tokens[v + 1].kind == TokenKind::Arabic && {
        let w = keys[v + 1].as_str();
        let next_named = v + 2 < end && (ent_at[v + 2].is_some() || is_quote_open(&text[tokens[v + 2].range.clone()]));
        (w.ends_with('ا') && !w.ends_with("ها") && w.starts_with('م') && w.chars().count() >= 5 && in_set_with_conj(w, &PARTICIPLES_SET).is_none() && !coref::is_person_title(w) && !coref::is_body_noun(w))
            // (session 28) or any word written with the accusative tanwin, which no subject
            // (nominative) carries: the feminine participle too, whose key ends in ه (وقالت
            // معلقةً على تغريدتها wa-qālat muʿalliqatan ʿalā taġrīdatihā "she said, commenting
            // on her tweet")
            || written_accusative(text, &tokens[v + 1])
            // a ل li- phrase before a name or a quotation, or (session 20) any ل-word of five
            // letters or more that is no title (وقال لوسائل إعلام محلية wa-qāla li-wasāʾili
            // iʿlāmin maḥalliyya "he told local media"): an addressee, not a subject.
            || (w.starts_with('ل')
                && !coref::is_body_noun(w)
                && !coref::is_person_title(w)
                && (next_named || (w.chars().count() >= 5 && in_set_with_conj(w, &TITLE_SET).is_none())))
    };
    // (session 21) The name علي ʿAlī right after the verb, spelled with ي where the article
    // spells the preposition على ʿalā with ى (وكتب علي في صفحته wa-kataba ʿAlī fī ṣafḥatihi "Ali
    // wrote on his page"): the search key joins the two, the written word tells them apart.
    let name_ali = |k: usize| k == v + 1 && is_name_ali(text, tokens, k);
    // (session 25, lead) A و + definite noun right after the verb opens a circumstantial
    // clause, no subject (see `circumstantial_wa`); computed once, used twice below.
    let circumstantial = v + 1 < end && ent_at[v + 1].is_none() && circumstantial_wa(&keys[v + 1]);
    let mut bracket: Option<usize> = None;
    if !titled_subject && class == VerbClass::Say && fam != Family::Relay && !nominal && !first_adverbial && !circumstantial {
        let mut k = v + 1;
        while k < end && k < v + 6 && tokens[k].kind == TokenKind::Arabic && (!ends_subject(&keys[k]) || name_ali(k)) && !is_adverbial(&keys[k]) && !is_reporting_verb(&keys[k]) && !(k > v + 1 && keys[k].starts_with('و')) && !is_pronoun_object(&keys[k]) && !(fam != Family::Announce && after_description(text, tokens, keys, ent_at, entities, v, k)) {
            k += 1;
        }
        // (session 26) A bracketed gloss after the words (an age: وقالت والدة الفتى NAME (39
        // عاما) "…" wa-qālat wālidatu l-fatā NAME (39 ʿāman) "the boy's mother NAME (39 years)
        // said '…'") is passed: the complement opens after it, the subject ends before it.
        if k > v + 1 && k + 1 < end && &text[tokens[k].range.clone()] == "(" {
            if let Some(c) = (k + 1..(k + 6).min(end)).find(|&c| &text[tokens[c].range.clone()] == ")") {
                if c + 1 < end {
                    bracket = Some(k);
                    k = c + 1;
                }
            }
        }
        if k > v + 1 && k < end {
            let s = &text[tokens[k].range.clone()];
            let opens = THAT_SET.contains(&keys[k]) || s == ":" || is_comma(s) || is_adverbial(&keys[k]) || ends_subject(&keys[k]) || is_quote_open(s) || after_description(text, tokens, keys, ent_at, entities, v, k);
            if opens && (fam != Family::Announce || THAT_SET.contains(&keys[k]) || s == ":" || is_comma(s)) {
                j = k;
                // (a bracketed age follows a person's name: the one to three words without the
                // article right before the bracket, after a description's noun, untagged or
                // tagged as a person (والدة الفتى NAME (39 عاما): the tagger may mark only the
                // surname), else a person tagged in the words)
                if let Some(b) = bracket {
                    let name = || {
                        let n = (v + 2..b).rev().take_while(|&m| tokens[m].kind == TokenKind::Arabic && ent_at[m].is_none_or(|e| entities[e].kind == EntityType::Person) && !keys[m].starts_with("ال") && !keys[m].starts_with('و') && !coref::is_person_title(&keys[m]) && !coref::is_body_noun(&keys[m])).count();
                        (1..=3).contains(&n).then(|| tokens[b - n].range.start..tokens[b - 1].range.end)
                    };
                    head = head.or_else(name).or_else(|| (v + 1..b).find_map(|m| ent_at[m].filter(|&e| entities[e].kind == EntityType::Person)).map(|e| entities[e].range.clone()));
                }
                // (session 21) اعتبر X "…" iʿtabara X "…" "considered X '…'": after اعتبر a
                // noun before a quotation is its first object, the quotation the second; the
                // quotation is still the content.
                let considers = ["اعتبر", "يعتبر", "تعتبر"].iter().any(|x| keys[v].trim_start_matches(['و', 'ف']).starts_with(x));
                // (session 39) Not with an object pronoun on the verb (اعتبرته إيران "…"): the
                // noun is then the subject.
                object_first = considers && fam != Family::Consider && is_quote_open(s);
                described = !object_first;
            }
        }
    }
    let subject_end = if described { bracket.unwrap_or(j) } else { j };
    let subject = (subject_end > v + 1).then(|| tokens[v + 1].range.start..tokens[subject_end - 1].range.end).map(|r| {
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
    let mut subject = subject;
    if object_first || circumstantial {
        subject = None;
    }
    // (session 48) A bare demonstrative right after the verb (واعتبرت ذلك من الممارسات
    // wa-ʿtabarat ḏālika mina l-mumārasāt "and (it) considered that among the practices") is the
    // verb's object, never its subject: a demonstrative subject has its noun after it (قال هذا
    // المسؤول "this official said"), which makes the subject longer than the one word.
    if v + 1 < end && subject.as_ref().is_some_and(|r| *r == tokens[v + 1].range) && is_demonstrative(&keys[v + 1]) {
        subject = None;
        head = None;
    }
    if nominal {
        subject = None;
        head = None;
    }
    // (session 8) وقال بيان صادر عن القصر الملكي wa-qāla bayānun ṣādirun ʿan al-qaṣr al-malakī
    // "a statement issued by the royal palace said": the issuer named after صادر عن speaks.
    if subject.is_some() && head.is_none() && j == v + 2 && STATEMENT_NOUNS.contains(&coref::stem(&keys[v + 1]).as_str()) && j + 1 < end && matches!(keys[j].as_str(), "صادر" | "صادره" | "الصادر" | "الصادره") && keys[j + 1] == "عن" {
        let mut k = j + 2;
        while k < end && k < j + 8 && tokens[k].kind == TokenKind::Arabic && (ent_at[k].is_some() || !(ends_subject(&keys[k]) || is_adverbial(&keys[k]) || is_reporting_verb(&keys[k]))) {
            k += 1;
        }
        if k > j + 2 {
            subject = Some(tokens[j + 2].range.start..tokens[k - 1].range.end);
            head = (j + 2..k).filter_map(|x| ent_at[x]).find(|&e| is_actor(e)).map(|e| entities[e].range.clone());
        }
    }
    // نقل X عن Y naqala X ʿan Y "X relayed from Y" (also نقلا عن Y "relaying from Y" after any
    // verb): Y is the speaker; a following قوله qawlahu "his saying" belongs to the attribution.
    // نقل X على لسان Y قوله naqala X ʿalā lisān Y qawlahu "X relayed on Y's tongue his saying"
    // is the same relay.
    // (session 18) نقلت الوكالة تصريحات NAME / قول NAME naqalat al-wakāla taṣrīḥāt NAME "the
    // agency relayed NAME's statements / saying": the person or organisation named right after
    // the masdar is the speaker, as after عن.
    // (session 26) The source after عن may stand past an adverbial phrase (كما نقلت وسائل إعلام
    // في وقت سابق عن NAME kamā naqalat wasāʾil iʿlām fī waqtin sābiqin ʿan NAME "media also relayed
    // earlier from NAME"): عن is looked for up to ten words on, before any complementizer, colon,
    // or other reporting verb (a quoted name, وكالة "سبأ", is passed over).
    // (session 47: not an إن of a doubled إن إن, the letters of a name, سي إن إن "CNN")
    let relay_stop = |k: usize| (THAT_SET.contains(&keys[k]) && !doubled_in(text, tokens, k)) || keys[k] == ":" || (k > v + 1 && is_reporting_verb(&keys[k]));
    // (session 26) A reporting masdar after نقل names the speaker in its genitive, a name or a
    // title or body phrase (نقلت الوكالة تحذير النيابة العامة من naqalat al-wakāla taḥḏīra
    // n-niyāba l-ʿāmma min "the agency relayed the public prosecution's warning of"; قول الناطق
    // باسم السلطة، NAME، إن "the saying of the authority's spokesman, NAME, that"), also the
    // text of a statement (نص بيان الرئاسة قولها naṣṣ bayān ar-riʾāsa qawlahā "the text of the
    // presidency's statement, its saying").
    let relay_masdar = |k: usize| {
        let masdar = matches!(keys[k].as_str(), "قول" | "تصريح" | "تصريحات" | "تحذير" | "تاكيد" | "نفي" | "دعوه" | "مطالبه") || (keys[k] == "بيان" && k > j && keys[k - 1] == "نص");
        masdar
            && k + 1 < end
            && (ent_at[k + 1].is_some_and(|e| is_actor(e) && entities[e].range.start == tokens[k + 1].range.start)
                || (ent_at[k + 1].is_none() && keys[k + 1].starts_with("ال") && (coref::is_person_title(&keys[k + 1]) || coref::is_body_noun(&keys[k + 1]))))
    };
    let mut via_masdar = false;
    let relay_at = if fam == Family::Relay {
        (j..(j + 10).min(end)).take_while(|&k| !relay_stop(k)).find(|&k| keys[k] == "عن" || (keys[k] == "لسان" && k > j && keys[k - 1] == "علي")).or_else(|| {
            via_masdar = true;
            (j..(j + 5).min(end)).take_while(|&k| !relay_stop(k)).find(|&k| relay_masdar(k))
        })
    } else {
        (j..(j + 3).min(end)).find(|&k| relaying_at(keys, k, end)).map(|k| k + 1)
    };
    if let Some(an) = relay_at {
        let mut k = an + 1;
        let mut h = None;
        // (session 26) A title phrase (الناطق باسم السلطة) is headed by a person named in it or
        // in its apposition, not by the body in its genitive.
        let titled = ent_at[an + 1].is_none() && coref::is_person_title(&keys[an + 1]);
        let mut relative_end = None;
        while k < end && k < an + 9 {
            let s = &text[tokens[k].range.clone()];
            // An apposition TITLE، NAME، (على لسان المتحدثة باسم الخارجية، هيذر نويرت، قولها):
            // the name is the head and the phrase goes on.
            // (session 26) Also before the complementizer (قول الناطق، NAME، إن).
            if is_comma(s) && k > an + 1 && k + 1 < end && ent_at[k + 1].is_some_and(|e| entities[e].kind == EntityType::Person) {
                let e = ent_at[k + 1].unwrap_or_default();
                let mut n = k + 1;
                while n < end && ent_at[n] == Some(e) {
                    n += 1;
                }
                if n < end && is_comma(&keys[n]) && n + 1 < end && (is_qawluhu(&keys[n + 1]) || THAT_SET.contains(&keys[n + 1])) {
                    h = Some(entities[e].range.clone());
                    k = n;
                    break;
                }
            }
            // (session 26) A name's apposition between commas before قوله (عن NAME، المسؤول
            // بوزارة الخارجية، قوله ʿan NAME, al-masʾūl bi-wizārat al-ḫārijiyya, qawlahu "from NAME,
            // the foreign ministry official, his saying"): the phrase goes on to the second comma.
            if is_comma(s) && h.is_some() {
                if let Some(c) = (k + 2..(k + 8).min(end)).find(|&c| is_comma(&keys[c])) {
                    if c + 1 < end && is_qawluhu(&keys[c + 1]) && (k + 1..c).all(|m| tokens[m].kind == TokenKind::Arabic && !relay_stop(m)) {
                        k = c;
                        break;
                    }
                }
            }
            if is_comma(s) || THAT_SET.contains(&keys[k]) || s == ":" || is_qawluhu(&keys[k]) {
                break;
            }
            // (session 26) After a masdar the genitive ends at a preposition (تحذير النيابة من).
            if via_masdar && k > an + 1 && ends_subject(&keys[k]) {
                break;
            }
            // (session 36) A relative or negated clause on the relayed source ends its phrase (عن
            // مسؤولين لم تكشف هويتهم قولهم ʿan masʾūlīna lam tukšaf huwiyyatuhum qawlahum "from
            // officials whose identity was not disclosed, their saying"), when قوله follows it.
            if k > an + 1 && matches!(keys[k].as_str(), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "لم" | "لا" | "لن") {
                if let Some(q) = (k + 1..(k + 7).min(end)).take_while(|&q| !relay_stop(q) && !is_comma(&keys[q])).find(|&q| is_qawluhu(&keys[q])) {
                    relative_end = Some(q);
                    break;
                }
            }
            if h.is_none() {
                if let Some(e) = ent_at[k].filter(|&e| is_actor(e) && (!titled || entities[e].kind == EntityType::Person)) {
                    h = Some(entities[e].range.clone());
                }
            }
            k += 1;
        }
        if k > an + 1 {
            subject = Some(tokens[an + 1].range.start..tokens[k - 1].range.end);
            head = h;
            j = relative_end.unwrap_or(k);
            if j + 1 < end && is_comma(&keys[j]) && is_qawluhu(&keys[j + 1]) {
                j += 1;
            }
            if j < end && is_qawluhu(&keys[j]) {
                j += 1;
            }
            if j < end && is_comma(&keys[j]) && j + 1 < end && THAT_SET.contains(&keys[j + 1]) {
                j += 1;
            }
        }
    }
    if j >= end {
        return None;
    }
    // What opens the content; if nothing does right away, look a little further for ان/بان or
    // a colon past a short adverbial (لوكالة رويترز "to Reuters", في بيان "in a statement",
    // امس "yesterday"), but never past عن ("announced about") or another reporting verb.
    let fam_opener = |k: usize| -> bool {
        match fam {
            Family::Warn => keys[k] == "من",
            Family::Reveal => keys[k] == "عن",
            Family::Ask => matches!(keys[k].as_str(), "من" | "علي"),
            Family::Announce => keys[k] == "علي" && matches!(keys[v].trim_start_matches('و'), "شدد" | "شددت" | "يشدد" | "تشدد" | "اكد" | "اكدت"),
            // (session 6) هدد اردوغان مرارا بتوسيع العملية haddada Urdūġān mirāran bi-tawsīʿ
            // al-ʿamaliyya "Erdogan repeatedly threatened to extend the operation": a بـ masdar
            // after the subject and adverbials, within 8 words of the verb.
            Family::Commit => k <= v + 8 && is_masdar_bi(keys, ent_at, k),
            // (session 39) تحدث عن taḥaddaṯa ʿan "spoke of": the عن phrase is the reported
            // message (وتحدثت الوزارة عن خسائر "the ministry spoke of losses"), not after a noun
            // that makes عن "on behalf of / away from" (نيابة عن، بعيدا عن، فضلا عن).
            Family::Speak => matches!(keys[k].as_str(), "عن" | "عما") && k + 1 < end && !THAT_SET.contains(&keys[k + 1]) && (tokens[k + 1].kind != TokenKind::Punct || is_quote_open(&text[tokens[k + 1].range.clone()])) && !matches!(keys[k - 1].as_str(), "نيابه" | "بالنيابه" | "بعيدا" | "فضلا" | "رغما" | "ناهيك" | "عوضا" | "بدلا"),
            _ => false,
        }
    };
    // متحدثا عن ان mutaḥaddiṯan ʿan anna "speaking of that".
    if class == VerbClass::Participle && keys[j] == "عن" && j + 1 < end && THAT_SET.contains(&keys[j + 1]) {
        j += 1;
    }
    let mut masdar = false;
    if class == VerbClass::Participle && !is_opener(text, tokens, keys, j, end, class) {
        match participle_opener(text, tokens, keys, ent_at, v, j, end) {
            Some((k, nominal)) => {
                j = k;
                masdar = nominal;
            }
            None => return None,
        }
    }
    if !is_opener(text, tokens, keys, j, end, class) && !fam_opener(j) && class != VerbClass::Participle {
        let mut k = j;
        let mut found = false;
        while k < end && k <= j + 16 {
            let sk = &text[tokens[k].range.clone()];
            // (session 39) وعلق X قائلا: "…" wa-ʿallaqa X qāʾilan "X commented, saying: '…'":
            // the participle introduces the comment's own quotation and is passed over.
            let saying = fam == Family::Comment && matches!(keys[k].as_str(), "قايلا" | "قايله");
            if k > j && ((is_reporting_verb(&keys[k]) && !saying) || matches!(sk, "." | "؟" | "!")) {
                break;
            }
            if is_quote_open(sk) {
                // Skip a short quoted name (لبرنامج "اندرو مار"), stop at a quotation.
                let close = (k + 1..(k + 6).min(end)).find(|&c| closing_for(sk).contains(&&text[tokens[c].range.clone()]));
                match close {
                    Some(c) if c + 1 < end && !matches!(&text[tokens[c + 1].range.clone()], "." | "؟" | "!") => {
                        k = c + 1;
                        continue;
                    }
                    // A quotation: the direct message (ذكر X في بيان منفصل "ادعو ..." "X said in
                    // a separate statement 'I call ...'").
                    _ => {
                        if fam != Family::Speak {
                            j = k;
                            found = true;
                        }
                        break;
                    }
                }
            }
            if k > j && keys[k] == "عن" && fam == Family::Announce && !(k + 1 < end && THAT_SET.contains(&keys[k + 1])) {
                break;
            }
            if THAT_SET.contains(&keys[k]) || sk == ":" || (keys[k] == "الي" && k + 1 < end && THAT_SET.contains(&keys[k + 1])) || (class == VerbClass::Appeal && (keys[k] == "الي" || (k > j && k <= j + 4 && is_masdar_bi(keys, ent_at, k)))) || (k > j && fam_opener(k)) {
                j = k;
                found = true;
                break;
            }
            k += 1;
        }
        // وقال مركز مكافحة الامراض، المعروف ...، ان "the Center for Disease Control, known as
        // ..., said that": with a complement found further on, the words up to the first comma
        // are the subject.
        if found && subject.is_none() && class == VerbClass::Say && fam != Family::Relay && !ends_subject(&keys[v + 1]) && !is_adverbial(&keys[v + 1]) && tokens[v + 1].kind == TokenKind::Arabic {
            if let Some(c) = (v + 2..j.min(v + 8)).find(|&c| is_comma(&keys[c])) {
                if (v + 1..c).all(|k| tokens[k].kind == TokenKind::Arabic && !ends_subject(&keys[k]) && !is_reporting_verb(&keys[k])) {
                    subject = Some(tokens[v + 1].range.start..tokens[c - 1].range.end);
                    head = (v + 1..c).find_map(|k| ent_at[k].filter(|&e| is_actor(e))).map(|e| entities[e].range.clone());
                }
            }
        }
        // أعلن X استقالته aʿlana X istiqālatahu "X announced his resignation": a nominal object
        // after a named subject (and time adverbials) is the message.
        let resumptive = j == v + 1 && matches!(keys[j].as_str(), "فيه" | "فيها");
        if !found && fam == Family::Announce && (titled_subject || svo || resumptive) && !described {
            let mut k = if resumptive { j + 1 } else { j };
            while k < end && (is_comma(&keys[k]) || is_adverbial(&keys[k])) {
                k += 1;
            }
            if k < end && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && (keys[k] == "ما" || !ends_subject(&keys[k])) && !is_reporting_verb(&keys[k]) && keys[k].chars().count() >= 2 {
                j = k;
                masdar = true;
            }
        }
    }
    let k = &keys[j];
    let surface = &text[tokens[j].range.clone()];
    let (kind, content_start, rule) = if masdar {
        (QuoteKind::Indirect, j, "quote.object")
    } else if surface == ":" || surface == "،" || surface == "," {
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
    } else if class == VerbClass::Appeal && (k == "الي" || (k.starts_with('ب') && k.chars().count() > 3 && ent_at[j].is_none()) || is_masdar_bi(keys, ent_at, j)) {
        // دعا الى وقف daʿā ilā waqf "called for a halt"; طالب بالافراج "demanded the release"
        let start = if k == "الي" { j + 1 } else { j };
        (QuoteKind::Indirect, start, "quote.appeal")
    } else if fam_opener(j) {
        // حذر من ḥaḏḏara min "warned of", كشف عن kašafa ʿan "revealed", شدد على "stressed"
        (QuoteKind::Indirect, j, "quote.prep")
    } else {
        return None;
    };
    if fam == Family::Speak && !matches!(rule, "quote.that" | "quote.ila-that" | "quote.prep") {
        return None;
    }
    // (session 39) تحدث عن is a report only as a main clause: not in a resumptive relative
    // clause (مقابلة تحدث فيها عن "an interview in which he spoke of"), nor as a subjunctive
    // after ان/قبل ان (قبل أن يتحدث عن "before he spoke of"), and its عن within twelve words
    // of the verb with no new clause (حيث، بينما، لكن، ثم) between.
    if fam == Family::Speak && rule == "quote.prep" {
        let resumptive = v + 1 < end && matches!(keys[v + 1].as_str(), "فيه" | "فيها" | "عنه" | "عنها" | "عنهم");
        let subjunctive = v > start && matches!(keys[v - 1].as_str(), "ان" | "بان" | "لان" | "وان" | "لن" | "كي" | "لكي");
        let linked = (v + 1..j).any(|k| matches!(keys[k].as_str(), "حيث" | "بينما" | "لكن" | "لكنه" | "ولكن" | "ثم" | "فيما"));
        if resumptive || subjunctive || linked || j > v + 12 {
            return None;
        }
    }
    // (session 39) Claim and comment verbs: the opener near the verb, and no ان of a temporal or
    // exceptive clause (بعد أن baʿda an "after", قبل أن "before", دون أن "without").
    if matches!(fam, Family::Claim | Family::Comment | Family::Consider) {
        let allowed = match fam {
            Family::Claim => matches!(rule, "quote.that" | "quote.ila-that"),
            _ => matches!(rule, "quote.that" | "quote.colon" | "quote.colon-that" | "quote.marks"),
        };
        let particle = j > 0 && matches!(keys[j - 1].as_str(), "بعد" | "قبل" | "منذ" | "دون" | "بدون" | "الا" | "غير" | "رغم" | "برغم" | "حين" | "مجرد" | "لمجرد" | "بمجرد");
        if !allowed || j > v + 8 || particle {
            return None;
        }
        // جدد bare (no و/ف) after a noun is the adjective "new ones" (أعضاء جدد).
        if keys[v] == "جدد" && v > start && tokens[v - 1].kind == TokenKind::Arabic && !matches!(keys[v - 1].as_str(), "كما" | "قد" | "وقد" | "فقد" | "حيث" | "ثم" | "لكن" | "ولكن" | "بينما") {
            return None;
        }
    }
    if content_start >= end {
        return None;
    }
    // (session 6) وأكدت المستشارة على ان wa-akkadat al-mustašāra ʿalā anna "the chancellor
    // stressed that", واعتبر حقوقيون وصحفيون ان "rights activists and journalists considered
    // that": between a reporting verb and its complementizer (ان، الى ان، على) stands only its
    // subject, so 1-4 plain words there are the subject even when neither the tagger nor the
    // title lists know them. Not after relay and telling verbs (ابلغ/اخبر X ان: X is the
    // addressee), nor over prepositions, pronouns, adverbials, verbs (يجب، ينبغي) or an
    // accusative adverb in ا (مجددا، مرة; untagged), nor a time or circumstance noun opening an
    // adverbial (غداة اعلان واشنطن ġadāt iʿlān Wāšinṭun "the day after Washington announced").
    // Not before بان bi-anna: after a noun it marks an object and its predicate (اعتبر الصيغة
    // بانه … iʿtabara ṣ-ṣīġa bi-annahā "considered the format to be …").
    if subject.is_none() && class == VerbClass::Say && fam != Family::Relay && matches!(rule, "quote.that" | "quote.ila-that" | "quote.prep") && j > v + 1 && j <= v + 5 && !keys[j].starts_with('ب') {
        let telling = is_telling_verb(&keys[v]);
        let plain = |k: usize| {
            let w = keys[k].as_str();
            tokens[k].kind == TokenKind::Arabic && !ends_subject(w) && !is_adverbial(w) && !is_reporting_verb(w) && !w.starts_with('ي') && !w.starts_with('ل') && !w.starts_with('ب') && !is_never_subject_after_verb(w) && (ent_at[k].is_some() || !w.ends_with('ا'))
        };
        // (session 39) nor a verbal noun of resolve (كما أكد العزم على "he also affirmed the
        // resolve to"): the verb's object, see `masdar::is_object_masdar`
        if !telling && !keys[v + 1].starts_with('و') && !masdar::is_object_masdar(&keys[v + 1]) && (v + 1..j).all(plain) {
            subject = Some(tokens[v + 1].range.start..tokens[j - 1].range.end);
            head = (v + 1..j).find_map(|k| ent_at[k].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization))).map(|e| entities[e].range.clone());
        }
    }
    // (session 10) The general post-verbal subject: the first noun phrase after the verb, up to
    // the complementizer, also when it is longer, carries a quoted or bracketed name, or is
    // followed by adverbials (see `post_verbal_subject`).
    // An appeal too, when the phrase runs up to الى (ودعت النقابات إلى الإضراب "the unions
    // called for a strike").
    let appeal_ila = class == VerbClass::Appeal && rule == "quote.appeal" && keys[j] == "الي";
    // (session 51) A commitment verb's opener is its ب bi- + verbal noun (هدد الجيش باستهداف
    // haddada l-jayšu bi-stihdāf "the army threatened to target"): the phrase before it is the
    // subject as before ان.
    let commit_bi = fam == Family::Commit && rule == "quote.prep" && is_masdar_bi(keys, ent_at, j);
    if subject.is_none() && (class == VerbClass::Say || appeal_ila) && fam != Family::Relay && !nominal && matches!(rule, "quote.that" | "quote.ila-that" | "quote.prep" | "quote.appeal") && j > v + 1 && (!keys[j].starts_with('ب') || commit_bi) {
        let telling = is_telling_verb(&keys[v]);
        // (an appeal's object stands where its subject would: ودعا الحكومات إلى "he called on
        // the governments to"; a masculine verb before a feminine head ة / ات is that case)
        let np = (!telling && !masdar::is_object_masdar(&keys[v + 1])).then(|| post_verbal_subject(text, tokens, keys, ent_at, v, j)).flatten().filter(|_| {
            let h = coref::stem(keys[v + 1].as_str());
            !(appeal_ila && verb_gender(&keys[v]) == Gender::Masculine && ent_at[v + 1].is_none() && (h.ends_with('ه') || h.ends_with("ات")))
        });
        if let Some(np_end) = np {
            subject = Some(tokens[v + 1].range.start..tokens[np_end - 1].range.end);
            // (an actor heads the phrase only when it opens it: in مراسلو وكالة الأنباء
            // "the agency's correspondents" the agency is a genitive, not the speaker)
            head = ent_at[v + 1].filter(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization)).map(|e| entities[e].range.clone());
        }
    }
    // (session 34) Whichever branch read the subject after the verb, a place tagged right after a
    // definite word of it is the verb's object, and ends it (see `place_object`: حذر الحلف موسكو
    // من ḥaḏḏara l-ḥilfu mūskū min "the alliance warned Moscow of"; ودعت الدول الأربع روسيا إلى
    // wa-daʿat ad-duwalu l-arbaʿu rūsiyā ilā "the four states called on Russia to").
    if let Some(r) = subject.clone().filter(|r| v + 1 < end && r.start == tokens[v + 1].range.start) {
        let last = tokens.partition_point(|t| t.range.end <= r.end);
        if let Some(k) = (v + 2..last.min(end)).find(|&k| place_object(tokens, keys, ent_at, entities, v, k)) {
            subject = Some(r.start..tokens[k - 1].range.end);
            if head.as_ref().is_some_and(|h| h.start >= tokens[k].range.start) {
                head = None;
            }
        }
    }
    // (session 39) An appeal verb's subject that opens with a name ends before a second name
    // right after it: the addressee (see `appeal_addressee_after_name`).
    if let Some(r) = subject.clone().filter(|r| class == VerbClass::Appeal && v + 1 < end && r.start == tokens[v + 1].range.start) {
        let last = tokens.partition_point(|t| t.range.end <= r.end);
        if let Some(k) = appeal_addressee_after_name(tokens, ent_at, entities, v, last.min(end)) {
            subject = Some(r.start..tokens[k - 1].range.end);
            if head.as_ref().is_some_and(|h| h.start >= tokens[k].range.start) {
                head = None;
            }
        }
    }
    // (session 39) An appeal verb opening a relative clause on a named antecedent: the name after
    // the verb is the addressee (see `relative_appeal_object`).
    if class == VerbClass::Appeal && subject.as_ref().is_some_and(|r| v + 1 < end && r.start == tokens[v + 1].range.start) && relative_appeal_object(tokens, keys, ent_at, entities, v) {
        subject = None;
        head = None;
    }
    // (session 35) A title phrase right after the verb that goes on to a person's name before
    // the complement (اعتبر وزير الاقتصاد الفرنسي NAME أنه iʿtabara wazīru l-iqtiṣādi l-faransiyyu
    // NAME annahu "the French economy minister NAME held that"; أكد وزير الشؤون الإسلامية الشيخ
    // NAME أن): the name heads the subject and ends it (see `title_phrase_person`). The subject
    // loop stops at the first word that is neither a title word nor tagged (الاقتصاد), and the
    // bare title was then resolved to another minister of the article. Not across a ل addressee
    // with a title (للرئيس li-r-raʾīs "to the president"): that name is the addressee's.
    if let Some(r) = subject.clone().filter(|r| v + 1 < end && j < end && r.start == tokens[v + 1].range.start) {
        let person_head = head.as_ref().is_some_and(|h| entities.iter().any(|e| e.range == *h && e.kind == EntityType::Person));
        if !person_head {
            if let Some(p) = title_phrase_person(tokens, keys, ent_at, entities, v + 1, j).filter(|p| p.end <= tokens[j].range.start) {
                let pf = tokens.partition_point(|t| t.range.start < p.start);
                let addressee = (v + 2..pf).any(|k| ent_at[k].is_none() && keys[k].starts_with('ل') && (coref::is_person_title(&keys[k]) || keys[k].strip_prefix('ل').is_some_and(coref::is_person_title)));
                // (a name right after an indefinite title is its genitive: محامية NAME "NAME's
                // lawyer")
                let genitive = pf > v + 1 && ent_at[pf - 1].is_none() && coref::is_construct_title(&keys[pf - 1]);
                if !addressee && !genitive {
                    subject = Some(r.start..p.end.max(r.end));
                    head = Some(p);
                }
            }
        }
    }
    // (session 17) A masculine appeal verb before a place or a quantified noun: the addressee,
    // not the subject (كما حض سوريا على … kamā ḥaḍḍa Sūriyā ʿalā "he also urged Syria to …",
    // ودعا جميع الأطراف إلى "and he called on all parties to"): a country is grammatically
    // feminine (ودعت فرنسا إلى: France speaks), so a masculine verb does not agree with it, and
    // جميع/كل/كافة "all" opens the appeal's object. The speaker is then found as for a
    // subjectless verb. The few masculine country names (ودعا العراق إلى wa-daʿā l-ʿirāqu ilā
    // "and Iraq called for") agree with a masculine verb and stay its subject.
    if class == VerbClass::Appeal && subject.is_some() && verb_gender(&keys[v]) == Gender::Masculine && v + 1 < end {
        let place = ent_at[v + 1].is_some_and(|e| entities[e].kind == EntityType::Location && entities[e].range.start == tokens[v + 1].range.start)
            && !MASCULINE_COUNTRIES.contains(&keys[v + 1].as_str());
        let all = matches!(keys[v + 1].as_str(), "جميع" | "كل" | "كافه" | "الجميع");
        if place || all {
            subject = None;
            head = None;
        }
    }
    // (session 37) An appeal verb coordinated inside a sentence: its noun phrase is the addressee
    // (see `coordinated_appeal`).
    if appeal_ila && subject.as_ref().is_some_and(|r| v + 1 < end && r.start == tokens[v + 1].range.start) && coordinated_appeal(text, tokens, keys, ent_at, entities, v, end) {
        subject = None;
        head = None;
    }
    // (session 39) وجدد التأكيد على أن wa-jaddada t-taʾkīda ʿalā anna "he renewed the assertion
    // that": the masdar after جدد is its object, not its subject (the speaker is carried).
    if fam == Family::Claim && matches!(keys[v].trim_start_matches(['و', 'ف']), "جدد" | "جددت" | "يجدد") && v + 1 < end && ent_at[v + 1].is_none() && matches!(keys[v + 1].as_str(), "التاكيد" | "تاكيده" | "تاكيدها" | "تاكيدهم" | "تاكيدنا" | "الدعوه" | "دعوته" | "دعوتها" | "موقفه" | "موقفها" | "رفضه" | "رفضها" | "التزامه" | "التزامها") {
        subject = None;
        head = None;
    }
    // (session 39) تحدث عن with its subject named after the verb only (وتحدث الوزير عن
    // "the minister spoke of"): without one, the carried speaker is too often wrong.
    if fam == Family::Speak && rule == "quote.prep" && subject.is_none() {
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
        // A participle after a comma starts the next reported clause: ... ، مضيفا ان ...
        // ("..., adding that ..."), also right after a closing quotation mark.
        // Without a comma too when a complementizer follows right away (... مشددا على ان ...
        // mušaddidan ʿalā anna "stressing that", ... مضيفا ان "adding that").
        let that_next = c + 2 < end && (THAT_SET.contains(&keys[c + 1]) || (matches!(keys[c + 1].as_str(), "علي" | "الي" | "عن") && THAT_SET.contains(&keys[c + 2])));
        if c > content_start && ent_at[c].is_none() && in_set_with_conj(&keys[c], &PARTICIPLES_SET).is_some() && (that_next || is_comma(&keys[c - 1]) || is_quote_close(&text[tokens[c - 1].range.clone()]) || (c + 1 < end && (keys[c + 1] == ":" || is_quote_open(&text[tokens[c + 1].range.clone()])))) && (clause_follows(text, tokens, keys, ent_at, c, end) || (c + 1 < end && participle_opener(text, tokens, keys, ent_at, c, c + 1, end).is_some_and(|(_, nominal)| !(nominal && opened)))) {
            break;
        }
        // (session 45) ...، وهو الأمر الذي رد عليه NAME قائلا ... "..., which NAME answered,
        // saying ...": a relative clause resuming the whole clause before it, whose reporting verb
        // has a resumptive complement, names a new party; the content ends before it.
        if !opened && c > content_start + 1 && is_comma(&keys[c - 1]) && carry_clause::resumptive_relative(keys, c, end).is_some() {
            break;
        }
        // ... ، حيث قال مسوولون ان ... ("..., while officials said that ..."): a new reporting
        // clause after a comma or a clause linker.
        if !opened && c > content_start + 1 && ent_at[c].is_none() && is_reporting_verb(&keys[c]) && (is_comma(&keys[c - 1]) || matches!(keys[c - 1].as_str(), "حيث" | "فيما" | "بينما")) && clause_follows(text, tokens, keys, ent_at, c, end) {
            break;
        }
        c += 1;
    }
    // (session 49) A verbal noun right after the verb is its object, not its subject (see
    // `masdar_object_at`: وأكد الحصول على "he confirmed obtaining"); the speaker is carried.
    if v + 1 < end && subject.as_ref().is_some_and(|r| r.start == tokens[v + 1].range.start) && masdar_object_at(keys, ent_at, v + 1, end) {
        subject = None;
        head = None;
    }
    // (session 49) Nor is a pronoun after عن, written as one word, a subject when it is all of it
    // (الذي تقول عنه إنه allaḏī taqūlu ʿanhu innahu "which she says of it that"); before a noun
    // it is skipped as the subject follows (يقول عنها المعارضون "the opponents say of them").
    if v + 1 < end && subject.as_ref().is_some_and(|r| *r == tokens[v + 1].range) && is_an_pronoun(&keys[v + 1]) {
        subject = None;
        head = None;
    }
    // (session 50) A ب bi- + pronoun word right after the verb is its complement, the subject
    // follows it (ما صرح به مندوب روسيا mā ṣarraḥa bihi mandūbu rūsiyā "what Russia's delegate
    // declared"): the subject starts after it.
    if v + 2 < end && matches!(keys[v + 1].as_str(), "به" | "بها" | "بهم" | "بهما") && subject.as_ref().is_some_and(|r| r.start == tokens[v + 1].range.start && r.end > tokens[v + 1].range.end) && tokens[v + 2].kind == TokenKind::Arabic {
        let from = tokens[v + 2].range.start;
        subject = subject.map(|r| from..r.end);
        head = head.filter(|h| h.start >= from);
    }
    // (session 47) A verb that carries a plural subject suffix (وطالبوا wa-ṭālabū "and they
    // demanded", حذروا ḥaḏḏarū "they warned", يقولون yaqūlūna "they say") has its subject in
    // it: the noun after it is its object or addressee (وطالبوا الحكومة الإيرانية بـ "and they
    // called on the Iranian government to"), never its subject, since a verb before its subject
    // stays singular. The speaker is then found before the verb or carried.
    if class != VerbClass::Participle && agreement(&keys[v]) == Gender::Plural && subject.as_ref().is_some_and(|r| r.start >= tokens[v].range.end) {
        subject = None;
        head = None;
    }
    let last = content_last(tokens, content_start, c, opened)?;
    let content = tokens[content_start].range.start..tokens[last - 1].range.end;
    let confidence = match (kind, subject.is_some()) {
        (QuoteKind::Direct, true) => 0.9,
        (QuoteKind::Indirect, true) => 0.85,
        (QuoteKind::Direct, false) => 0.8,
        (QuoteKind::Indirect, false) => 0.75,
    };
    let speaker_source = if subject.is_some() { SpeakerSource::Explicit } else { SpeakerSource::Unknown };
    Some((Quote { verb: tokens[v].range.clone(), speaker: subject, speaker_head: head, speaker_source, content, kind, confidence, provenance: rule, speaker_rule: None, speaker_name: None }, c))
}

/// A demonstrative pronoun (search key): هذا hāḏā / هذه hāḏihi "this", ذلك ḏālika / ذاك ḏāka /
/// تلك tilka "that".
fn is_demonstrative(key: &str) -> bool {
    matches!(key, "هذا" | "هذه" | "ذلك" | "ذاك" | "تلك")
}

/// A word right after a speech verb that is never its subject: a demonstrative or reflexive
/// object (قال ذلك qāla ḏālika "he said that", نفسه nafsahu "himself"), an accusative of
/// repetition (مرة اخرى marratan uḫrā "once again"), or a time or circumstance noun opening an
/// adverbial (غداة ġadāta "the day after", عشية ʿašiyyata "on the eve of", اثر iṯra "following",
/// ازاء izāʾa / تجاه tujāha "towards"). One list for the untagged-name reading after the verb and
/// the two plain-word subject scans.
fn is_never_subject_after_verb(key: &str) -> bool {
    is_demonstrative(key) || matches!(key, "مره" | "اخري" | "نفسه" | "نفسها" | "غداه" | "عشيه" | "عقب" | "اثر" | "قبيل" | "بعيد" | "حين" | "وسط" | "ازاء" | "تجاه")
}

/// (session 47) Token `k` is an إن of a doubled إن إن (its neighbour is another written إن):
/// the letters of a name, سي إن إن sī in in "CNN", never the complementizer inna.
fn doubled_in(text: &str, tokens: &[Token], k: usize) -> bool {
    let is_in = |j: usize| tokens.get(j).and_then(|t| text.get(t.range.clone())) == Some("إن");
    is_in(k) && ((k > 0 && is_in(k - 1)) || is_in(k + 1))
}

/// (session 10) The noun phrase right after a reporting verb `v` and before its complementizer
/// at `j`, as a general mechanism (its end token, exclusive): plain words and their و-coordinates
/// (وأفاد مراسلو وكالة الأنباء الفرنسية أن wa-afāda murāsilū wakālat al-anbāʾ al-faransiyya anna
/// "AFP correspondents reported that"; واعتبر ناشطون وشهود أن "activists and witnesses held
/// that"), a short name in quotation marks or brackets inside it (وقالت "سي دي سي" إن, محطة (WILX)
/// التلفزيونية), and then only adverbials and commas up to the complementizer (وأعلن الأطباء حينها
/// أنه "the doctors announced then that", وقال مسؤولون، الخميس، إن). Never a preposition, a
/// pronoun, a verb (ي-), an accusative adverb in ا or a ل/ب-phrase: then the words after the verb
/// are no subject and the speaker is carried. At most 10 tokens.
fn post_verbal_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, j: usize) -> Option<usize> {
    if j > v + 11 || keys[v + 1].starts_with('و') {
        return None;
    }
    let plain = |k: usize| {
        let w = keys[k].as_str();
        tokens[k].kind == TokenKind::Arabic
            && !ends_subject(w)
            && !is_adverbial(w)
            && !is_reporting_verb(w)
            && !is_pronoun_object(w)
            && !w.starts_with('ي')
            && !w.starts_with('ل')
            && !w.starts_with('ب')
            && !is_never_subject_after_verb(w)
            && w != "و"
            && (ent_at[k].is_some() || !w.ends_with('ا'))
    };
    let mut k = v + 1;
    let mut words = 0;
    while k < j {
        let s = &text[tokens[k].range.clone()];
        if plain(k) {
            words += 1;
            k += 1;
        } else if k > v + 1 && (is_quote_open(s) || s == "(") {
            // a short quoted or bracketed name inside the phrase
            let closers: &[&str] = if s == "(" { &[")"] } else { closing_for(s) };
            let c = (k + 1..(k + 6).min(j)).find(|&c| closers.contains(&&text[tokens[c].range.clone()]))?;
            if (k + 1..c).any(|x| matches!(&text[tokens[x].range.clone()], "." | "؟" | "!" | "،" | ",")) {
                return None;
            }
            k = c + 1;
        } else if k == v + 1 && is_quote_open(s) {
            // a quoted name as the whole head: وقالت "سي دي سي" إن
            let c = (k + 1..(k + 6).min(j)).find(|&c| closing_for(s).contains(&&text[tokens[c].range.clone()]))?;
            if c == k + 1 || (k + 1..c).any(|x| matches!(&text[tokens[x].range.clone()], "." | "؟" | "!" | "،" | ",")) {
                return None;
            }
            words += 1;
            k = c + 1;
        } else {
            break;
        }
    }
    let np_end = k;
    if words == 0 || np_end == v + 1 {
        return None;
    }
    // only adverbials and commas between the phrase and the complementizer
    (np_end..j).all(|x| is_adverbial(&keys[x]) || is_comma(&keys[x])).then_some(np_end)
}

/// (session 17b) The subject of the nearest feminine perfect verb (…ت: دافعت، رحبت، ردت) before a
/// feminine participle at `v`, back to the sentence start `start`: an actor or place named right
/// after the verb (in quotation marks too), or a definite title or body noun with its definite
/// words (الحكومة الإسبانية، المتحدثة باسم وزارة الخارجية), the first actor in it as head. A word
/// in …ت not followed by such a subject (وقت، تحت، بيروت) is no verb of a clause here; a verb
/// right after a complementizer with a pronoun (أنها شجعت) has that pronoun as subject: none.
fn feminine_clause_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let actor = |k: usize| -> Option<Range<usize>> {
        let e = ent_at.get(k).copied().flatten()?;
        (k < v && matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.start == tokens[k].range.start).then(|| entities[e].range.clone())
    };
    for k in (start..v).rev() {
        let bare = without_conj(&keys[k], 3);
        // a complementizer with a pronoun before the verb (أنها شجعت فرنسا "that it encouraged
        // France"): the pronoun is the subject, the noun after the verb its object
        if k > start && bare.ends_with('ت') && matches!(keys[k - 1].as_str(), "انها" | "بانها" | "لانها" | "انه" | "بانه" | "انهم" | "بانهم") {
            return None;
        }
        if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || !bare.ends_with('ت') || bare.ends_with("ات") || bare.starts_with("ال") || bare.chars().count() < 3 || ends_subject(bare) || is_adverbial(bare) {
            continue;
        }
        let mut n = k + 1;
        if n + 1 < v && ent_at[n].is_none() && tokens[n].kind != TokenKind::Arabic && keys[n].chars().all(|c| matches!(c, '"' | '«' | '“')) {
            n += 1;
        }
        if let Some(r) = actor(n) {
            return Some((r.clone(), Some(r)));
        }
        if n >= v || ent_at[n].is_some() || tokens[n].kind != TokenKind::Arabic || !keys[n].starts_with("ال") || !(coref::is_body_noun(&keys[n]) || coref::is_person_title(&keys[n])) {
            continue;
        }
        let mut e = n + 1;
        while e < v && e < n + 7 && tokens[e].kind == TokenKind::Arabic && (keys[e] == "باسم" || (keys[e].starts_with("ال") && !ends_subject(&keys[e]) && !is_adverbial(&keys[e]) && !is_reporting_verb(&keys[e])) || (e > n + 1 && keys[e - 1] == "باسم")) {
            e += 1;
        }
        let head = (n..e).find_map(|x| ent_at[x].filter(|&x| matches!(entities[x].kind, EntityType::Person | EntityType::Organization))).map(|x| entities[x].range.clone());
        return Some((tokens[n].range.start..tokens[e - 1].range.end, head));
    }
    None
}

/// (session 17, shared in session 19) The sentence's first token (`k`) reads as a finite verb:
/// an Arabic word of three letters or more, no entity, no preposition, adverbial, definite
/// noun, reporting verb, title or body noun (ونددت wa-naddadat "and it condemned").
fn opens_with_verb(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], k: usize) -> bool {
    if tokens[k].kind != TokenKind::Arabic || ent_at[k].is_some() || keys[k].chars().count() < 3 {
        return false;
    }
    let bare = without_conj(&keys[k], 2);
    !(ends_subject(bare) || is_adverbial(bare) || is_adverbial(&keys[k]) || bare.starts_with("ال") || is_reporting_verb(&keys[k]) || coref::is_person_title(bare) || coref::is_body_noun(bare))
}

/// (session 19) Token `n` opens a subject: an actor or place named from it, or a title or body
/// noun (not in a ب/ل phrase, not a preposition spelled like a title).
fn opens_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], n: usize) -> bool {
    if let Some(e) = ent_at.get(n).copied().flatten() {
        return matches!(entities[e].kind, EntityType::Person | EntityType::Organization | EntityType::Location) && entities[e].range.start == tokens[n].range.start;
    }
    tokens.get(n).is_some_and(|t| t.kind == TokenKind::Arabic) && !keys[n].starts_with('ل') && !keys[n].starts_with('ب') && !ends_subject(&keys[n]) && (coref::is_person_title(&keys[n]) || coref::is_body_noun(&keys[n]))
}

/// (session 10) The subject of a sentence's main clause, for a participle or coordinated verb at
/// `v` without a subject of its own (`start`: the sentence's first token). The main verb opens
/// the sentence, after a dateline ending in a dash (دبي (CNN)— علق … "Dubai (CNN) — … commented"),
/// or after a leading adverbial up to a comma, or after قد; its subject is the first actor named
/// after it through title words, nisba adjectives and commas (علق الممثل الكوميدي الأمريكي،
/// جيم كيري، … قائلا "the American comedian, Jim Carrey, commented …, saying"; دانت وزارة
/// الخارجية العراقية، … نافية), never an actor in a ل-genitive (الأمين العام لحزب X). For a plural
/// participle (مؤكدين "stressing", pl.) an untagged sound plural right after the verb is the
/// subject too (يرفض اليونانيون … مؤكدين "the Greeks refuse …, stressing"), or بعض + plural.
#[allow(clippy::too_many_arguments)]
fn main_clause_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], start: usize, v: usize, plural: bool) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let is_dash = |k: usize| {
        let s = &text[tokens[k].range.clone()];
        !s.is_empty() && s.chars().all(|c| matches!(c, '-' | '–' | '—'))
    };
    let mut candidates: Vec<usize> = Vec::new();
    // (session 44) a dash run written as separate tokens ((CNN)-- "(CNN)--"): the verb follows
    // its last dash; from there only a named actor is taken (not the bare title phrase below)
    let mut run_start = None;
    if let Some(mut d) = (start..(start + 14).min(v)).find(|&k| is_dash(k)) {
        if d + 1 < v && is_dash(d + 1) {
            while d + 1 < v && is_dash(d + 1) {
                d += 1;
            }
            run_start = Some(d + 1);
        }
        candidates.push(d + 1);
    }
    if let Some(c) = (start..(start + 5).min(v)).find(|&k| is_comma(&keys[k])) {
        candidates.push(c + 1);
    }
    candidates.push(start);
    for mut p in candidates {
        if p < v && is_qad_particle(&keys[p]) {
            p += 1;
        }
        // (session 11) كذلك تطرق الأمير … kaḏālika taṭarraqa l-amīru … "likewise the prince
        // touched on …": a connective adverb before the main verb.
        if p < v && matches!(keys[p].as_str(), "كذلك" | "وكذلك" | "كما" | "ثم") {
            p += 1;
        }
        if p + 1 >= v || tokens[p].kind != TokenKind::Arabic || ent_at[p].is_some() || ends_subject(&keys[p]) || is_adverbial(&keys[p]) || coref::is_person_title(&keys[p]) || coref::is_body_noun(&keys[p]) || in_set_with_conj(&keys[p], &TITLE_SET).is_some() || keys[p].chars().count() < 3 {
            continue;
        }
        // an untagged plural subject of a plural participle
        if plural && ent_at[p + 1].is_none() && tokens[p + 1].kind == TokenKind::Arabic {
            let n = if keys[p + 1] == "بعض" { p + 2 } else { p + 1 };
            let w = coref::stem(keys.get(n).map_or("", |k| k.as_str()));
            if n < v && keys[n].starts_with("ال") && (w.ends_with("ون") || (w.ends_with("ين") && w.chars().count() >= 5)) {
                return Some((tokens[p + 1].range.start..tokens[n].range.end, None));
            }
        }
        let mut k = p + 1;
        while k < v && k < p + 9 {
            if let Some(e) = ent_at[k] {
                if keys[k].starts_with('ل') && ends_subject(&keys[k]) {
                    // a genitive of the title before it: pass it
                    while k < v && ent_at[k] == Some(e) {
                        k += 1;
                    }
                    continue;
                }
                if matches!(entities[e].kind, EntityType::Person | EntityType::Organization) {
                    return Some((entities[e].range.clone(), Some(entities[e].range.clone())));
                }
                // a nisba of the title (الممثل الأمريكي "the American actor")
                if entities[e].kind == EntityType::Nationality && k > p + 1 {
                    k += 1;
                    continue;
                }
                break;
            }
            let w = keys[k].as_str();
            // (session 44) also a definite ل-genitive inside the title (وزير الدولة للشؤون
            // الخارجية NAME wazīru d-dawlati li-š-šuʾūni l-ḫārijiyya "the minister of state for
            // foreign affairs NAME")
            let titleish = tokens[k].kind == TokenKind::Arabic && (coref::is_person_title(w) || coref::is_body_noun(w) || in_set_with_conj(w, &TITLE_SET).is_some() || (k > p + 1 && (w.starts_with("ال") || (w.starts_with("لل") && w.chars().count() >= 5)) && !ends_subject(w) && !is_adverbial(w) && !is_reporting_verb(w)));
            if !(titleish || is_comma(w)) {
                break;
            }
            k += 1;
        }
        // (session 11) No actor named, but a person title opens the subject (وقد رفض ولي العهد
        // السعودي في المقابلة … مشددا wa-qad rafaḍa waliyyu l-ʿahdi s-saʿūdiyyu fī l-muqābala …
        // mušaddidan "the Saudi crown prince rejected in the interview …, stressing"): the title
        // phrase, which the speaker resolution takes to the person it names in the document.
        let t = p + 1;
        // (not when a ل-genitive follows: الأمين العام لحزب X، NAME … the name may come after it)
        if run_start != Some(p) && k > t + 1 && !(k < v && keys[k].starts_with('ل')) && coref::is_person_title(&keys[t]) && !keys[t].starts_with('ل') && !keys[t].starts_with('ب') && ent_at[t].is_none() {
            let mut e = k - 1;
            while e > t && is_comma(&keys[e]) {
                e -= 1;
            }
            return Some((tokens[t].range.start..tokens[e].range.end, None));
        }
    }
    None
}

fn is_quote_close(s: &str) -> bool {
    matches!(s, "»" | "\"" | "”" | "›")
}

/// What opens the message of a participle (token `v`) when no complementizer follows it right
/// away (token `j`): returns the token where the content opens and whether it is a nominal
/// message rather than a quotation/clause.
///
/// * مضيفا قوله: muḍīfan qawlahu: "adding his saying:" (قوله before a colon or a quotation);
/// * مشددا على ان mušaddidan ʿalā anna "stressing that";
/// * مشيرا الى وجود mušīran ilā wujūd "pointing to the existence of", معلنا عن mu'linan ʿan
///   "announcing": a nominal message;
/// * داعيا المجتمع الدولي الى/بـ dāʿiyan al-mujtamaʿ ad-duwalī ilā/bi- "calling on the
///   international community to": an appeal with its addressee first (up to 4 words);
/// * مشددا في معرض حديثه: mušaddidan fī maʿriḍ ḥadīṯihi "stressing in the course of his talk:"
///   (a short adverbial, up to 6 words, before a colon or a quotation).
fn participle_opener(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, j: usize, end: usize) -> Option<(usize, bool)> {
    if j >= end {
        return None;
    }
    let p = keys[v].strip_prefix('و').unwrap_or(&keys[v]);
    let opens_at = |k: usize| k < end && { let s = &text[tokens[k].range.clone()]; s == ":" || is_quote_open(s) || THAT_SET.contains(&keys[k]) };
    if (is_qawluhu(&keys[j]) || keys[j] == "بالقول") && opens_at(j + 1) {
        return Some((j + 1, false));
    }
    if matches!(keys[j].as_str(), "علي" | "عن") && j + 1 < end && THAT_SET.contains(&keys[j + 1]) {
        return Some((j + 1, false));
    }
    let nominal = |k: usize| k < end && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && !ends_subject(&keys[k]);
    if (keys[j] == "الي" && ["مشير", "لافت", "منوه"].iter().any(|x| p.starts_with(x)) || keys[j] == "عن" && ["معلن", "كاشف", "متحدث"].iter().any(|x| p.starts_with(x)) || keys[j] == "علي" && ["مشدد", "موكد"].iter().any(|x| p.starts_with(x))) && nominal(j + 1) {
        return Some((j + 1, true));
    }
    // (session 6) مهددا بالتدخل muhaddidan bi-t-tadaḫḫul "threatening to intervene", متعهدا،
    // متوعدا، واعدا + a بـ masdar: the commitment's message (see `Family::Commit`).
    if ["مهدد", "متوعد", "متعهد", "واعد"].iter().any(|x| p.starts_with(x)) && is_masdar_bi(keys, ent_at, j) {
        return Some((j, true));
    }
    if ["داعي", "مطالب", "مناشد", "حاث"].iter().any(|x| p.starts_with(x)) {
        for k in j..(j + 5).min(end) {
            // (a quotation mark may open the appeal: مطالبا الحكومة "بتحمل مسؤولياتها")
            if tokens[k].kind != TokenKind::Arabic && !(k > j && is_quote_open(&text[tokens[k].range.clone()]) && k + 1 < end && is_masdar_bi(keys, ent_at, k + 1)) {
                break;
            }
            if k > j && (keys[k] == "الي" || THAT_SET.contains(&keys[k]) || is_masdar_bi(keys, ent_at, k)) {
                return Some((if keys[k] == "الي" { k + 1 } else { k }, true));
            }
        }
        return None;
    }
    // موكدا مقتل 26 مقاتلا muʾakkidan maqtal 26 muqātilan "confirming the death of 26 fighters",
    // نافية صدور التصريحات "denying that the statements were made": مؤكدا/نافيا/معلنا + a masdar
    // object is a nominal message (like أكد/نفى/أعلن + masdar).
    // (after a comma or a closing quotation mark only: معلومات موكدة "confirmed information" is
    // an adjective)
    let after_comma = v > 0 && (is_comma(&keys[v - 1]) || is_quote_close(&text[tokens[v - 1].range.clone()]));
    if after_comma && ["موكد", "ناف", "معلن"].iter().any(|x| p.starts_with(x)) && tokens[j].kind == TokenKind::Arabic && ent_at[j].is_none() && !ends_subject(&keys[j]) && !is_adverbial(&keys[j]) && !is_reporting_verb(&keys[j]) && !keys[j].starts_with('ب') && !keys[j].starts_with('ل') && !matches!(keys[j].as_str(), "ذلك" | "هذا" | "هذه" | "ايضا") && keys[j].chars().count() >= 3 {
        return Some((j, true));
    }
    // A short adverbial, then a colon or a quotation.
    for k in j..(j + 7).min(end) {
        let s = &text[tokens[k].range.clone()];
        if s == ":" || (k > j && is_quote_open(s)) {
            return Some((k, false));
        }
        if tokens[k].kind != TokenKind::Arabic || is_reporting_verb(&keys[k]) || THAT_SET.contains(&keys[k]) {
            break;
        }
    }
    None
}

/// A bi- prefixed masdar after an appeal's addressee: طالب الجميع باطاعة الاوامر ṭālaba al-jamīʿ
/// bi-iṭāʿat al-awāmir "demanded of everyone to obey the orders" (also بـ"..." before a
/// quotation). Words that merely begin with ب (بلاده "his country", بين "between", بعد "after")
/// are no such object.
fn is_masdar_bi(keys: &[String], ent_at: &[Option<usize>], k: usize) -> bool {
    let w = keys[k].as_str();
    if ent_at[k].is_some() || !w.starts_with('ب') {
        return false;
    }
    if w == "بـ" || w == "ب" {
        return true;
    }
    w.chars().count() >= 4 && !matches!(w, "بين" | "بعد" | "بسبب" | "بشان" | "بشكل" | "بلاده" | "بلادها" | "بلاد" | "بعض" | "بدون" | "بحسب" | "بدوره" | "بدورها" | "بينما" | "بينهم" | "بينها" | "برغم" | "بفضل" | "بالقرب" | "بخصوص" | "بعدما" | "بالتزامن" | "بالاضافه" | "باسم")
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
    matches!(s, ":" | "،" | ",") || is_quote_open(s) || THAT_SET.contains(&keys[j]) || matches!(keys[j].as_str(), "الي" | "علي" | "من")
}

/// (session 7) The subject of a nominal clause opened by a clause linker: لكن lākinna / ولكن
/// "but", غير ان ġayra anna / الا ان illā anna / بيد ان bayda anna "however", بينما baynamā / في
/// حين fī ḥīni "whereas", followed by 1–6 plain words and then the (unprefixed) verb `v`: the
/// token range of those words. Nothing when the verb carries و/ف (a new clause), when a word
/// between is punctuation, a preposition or relative (ends_subject), a reporting verb or a
/// pronoun-suffixed linker (لكنه "but he": the subject is a pronoun).
fn linker_subject(keys: &[String], tokens: &[Token], ent_at: &[Option<usize>], v: usize, start: usize) -> Option<Range<usize>> {
    if keys[v].starts_with('و') || keys[v].starts_with('ف') {
        return None;
    }
    // (session 27) The predicate's auxiliaries after the subject are passed: كان kāna / قد qad,
    // and a comma before them (يذكر أن وكالة الأناضول، كانت قد ذكرت yuḏkaru anna wakālat
    // al-anāḍūl, kānat qad ḏakarat "it is noted that the Anadolu agency had reported").
    let mut end = v;
    if end > start && keys[end - 1] == "قد" {
        end -= 1;
    }
    if end > start && matches!(keys[end - 1].as_str(), "كان" | "كانت" | "كانوا") {
        end -= 1;
    }
    let aux = end < v;
    if aux && end > start && is_comma(&keys[end - 1]) {
        end -= 1;
    }
    // (session 27) Also after the أنّ of a narration formula or an additive or concessive
    // linker (يذكر أن، يشار إلى أن، كما أن، رغم أن "it is noted / worth noting / also /
    // although that") and after فإنّ fa-inna: the clause is nominal, its subject before the verb.
    let linker = |k: usize| {
        matches!(keys[k].as_str(), "لكن" | "ولكن" | "بينما" | "وبينما" | "فان" | "ان" | "بان")
            || (keys[k] == "ان" && k > start && matches!(keys[k - 1].as_str(), "غير" | "الا" | "بيد" | "يذكر" | "ويذكر" | "كما" | "وكما" | "رغم" | "ورغم"))
            || (keys[k] == "ان" && k > start + 1 && keys[k - 1] == "الي" && matches!(keys[k - 2].as_str(), "يشار" | "ويشار"))
            || (keys[k] == "حين" && k > start && matches!(keys[k - 1].as_str(), "في" | "وفي"))
    };
    let l = (start..end).rev().take(if aux { 10 } else { 7 }).find(|&k| linker(k))?;
    let words = l + 1..end;
    if words.is_empty() || (l + 1..end).any(|k| !matches!(tokens[k].kind, TokenKind::Arabic | TokenKind::Hashtag)) {
        return None;
    }
    // (session 16) A prepositional phrase in في fī "in" / لدى ladā "at" inside a titled subject
    // belongs to it: لكن سفير موسكو في بريطانيا قال lākinna safīr Mūskū fī Brīṭāniyā qāla "but
    // Moscow's ambassador in Britain said".
    // (session 27) Also inside a subject headed by a title or body noun in the accusative
    // (مصدرا في وزارة الصحة maṣdaran fī wizārat aṣ-ṣiḥḥa "a source in the health ministry") or by
    // a quantity (ثلاث وكالات سفر في الدوحة "three travel agencies in Doha", العديد من المشرعين
    // "many of the lawmakers", with من min "of").
    let first = keys[l + 1].as_str();
    let accusative = first.strip_suffix('ا').is_some_and(|r| coref::is_person_title(r) || coref::is_body_noun(r));
    let quantity = is_quantity_head(first) || first == "العديد";
    let titled = ent_at[l + 1].is_some() || coref::is_person_title(first) || coref::is_body_noun(first) || accusative || quantity;
    let in_phrase = |k: usize| titled && k > l + 1 && k + 1 < end && (matches!(keys[k].as_str(), "في" | "لدي") || (quantity && keys[k] == "من"));
    // (session 53, qexpl: nor across a subordinator, إلا أن موجة غضب طالت النائب حين اعتبر
    // illā anna mawjata ġaḍabin ṭālat an-nāʾiba ḥīna iʿtabara "but a wave of anger hit the deputy
    // when he considered": the verb heads the clause of حين, see `opens_subordinate`)
    if (l + 1..end).any(|k| ent_at[k].is_none() && !in_phrase(k) && (ends_subject(&keys[k]) || is_reporting_verb(&keys[k]) || is_adverbial(&keys[k]) || opens_subordinate(&keys[k]))) {
        return None;
    }
    Some(words)
}

/// (session 31) Is the explicit subject `r` that [`quote_at`] read after the reporting verb at
/// token `v` in fact the verb's object or a complementizer? `Some(None)`: no subject at all,
/// `Some(Some(r2))`: the subject cut to `r2`, `None`: kept.
/// - After a verb of promise or threat ([`Family::Commit`]: وعد، تعهد، هدد، توعد) a bi-
///   prefixed masdar or an indefinite word right after the verb is what is promised or
///   threatened, not who speaks (ووعد بإجراء انتخابات "شفافة" wa-waʿada bi-ijrāʾi ntiḫābātin "and
///   he promised to hold 'transparent' elections"; وتعهد بهجوم مضاد wa-taʿahhada bi-hujūmin
///   muḍādd "and he pledged a counter-attack"; تعهد تقديم مزيد من الدعم taʿahhada taqdīma mazīdin
///   mina d-daʿm "pledged to give more support"; هدد كليهما بالقتل haddada kilayhimā bi-l-qatl
///   "threatened both of them with death"), unless an actor heads the phrase or the word is a
///   title, a body noun, a definite noun, an indefinite plural or a quantity (وتعهد مسؤولون
///   "officials pledged").
/// - كتب عليها kutiba ʿalayhā "was written on it" after an indefinite noun (an asyndetic
///   relative clause: لافتة كتب عليها "…" lāfitatun kutiba ʿalayhā "a banner on which was
///   written '…'"): the prepositional pronoun is no subject; the noun it takes up carries the
///   words (`Some(Some(noun))`), or, with no such noun, there is no subject.
/// - A complementizer إن/أن ending the phrase before quotation marks opens the quotation (وقال
///   مدير المنظمة إن "…" "and the organisation's director said that '…'"): it is cut off.
fn object_subject(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], v: usize, r: &Range<usize>, has_head: bool) -> Option<Option<Range<usize>>> {
    let first = tokens.partition_point(|t| t.range.start < r.start);
    let last = tokens.partition_point(|t| t.range.end <= r.end);
    if first <= v || first >= last || last > tokens.len() {
        return None;
    }
    if !has_head && first == v + 1 && v > 0 && matches!(keys[first].as_str(), "عليه" | "عليها" | "عليهما" | "عليهم") && matches!(keys[v].as_str(), "كتب" | "كتبت") {
        let a = v - 1;
        let antecedent = tokens[a].kind == TokenKind::Arabic && ent_at[a].is_none() && !keys[a].starts_with("ال") && !keys[a].starts_with("وال") && keys[a].chars().count() >= 4 && !is_adverbial(&keys[a]) && !THAT_SET.contains(&keys[a]);
        // (past a conjunction: ولافتات كتب عليها wa-lāfitātun kutiba ʿalayhā "and banners on
        // which was written"; five letters must remain, so وثيقة waṯīqa "document" keeps its و)
        let conj = keys[a].len() - without_conj(&keys[a], 5).len();
        return Some(antecedent.then(|| tokens[a].range.start + conj..tokens[a].range.end));
    }
    if !has_head && first == v + 1 && family(&keys[v]) == Family::Commit && ent_at[first].is_none() {
        let w = keys[first].as_str();
        let titled = coref::is_person_title(w) || coref::is_body_noun(w) || in_set_with_conj(w, &TITLE_SET).is_some();
        let plural = looks_plural(w);
        // (an indefinite word before a definite genitive or a name heads a construct subject:
        // تعهد قادة الاتحاد taʿahhada qādatu l-ittiḥād "the union's leaders pledged")
        let construct = first + 1 < tokens.len() && (keys[first + 1].starts_with("ال") || ent_at[first + 1].is_some());
        if is_masdar_bi(keys, ent_at, first) || !(titled || plural || construct || w.starts_with("ال") || is_quantity_head(w)) {
            return Some(None);
        }
    }
    if last > first + 1 && last < tokens.len() && THAT_SET.contains(&keys[last - 1]) && tokens[last - 2].kind == TokenKind::Arabic && tokens[last].kind == TokenKind::Punct {
        return Some(Some(r.start..tokens[last - 2].range.end));
    }
    None
}

/// (session 33) The subject of an unprefixed reporting verb at `v` that opens its clause and is
/// set off from the verb by a relative clause, an apposition, a parenthesis, a quoted name or an
/// adverbial (ورغم أن شرطة إسكتلنديارد التي تجري التحقيق، أكدت wa-raġma anna šurṭata
/// iskutlandyārd allatī tujrī t-taḥqīq, akkadat "although Scotland Yard, which is running the
/// inquiry, stressed"; لكن "راديو إسرائيل" قال lākin "rādyū isrāʾīl" qāla "but 'Radio Israel'
/// said"; موقع X الإخباري في طبعته الفرنسية يقول "the news site X in its French edition says";
/// وكان طبيب المنتخب … الذي أجرى العملية …، قد شدد "the team doctor …, who performed the
/// operation, had stressed"). The clause opens at the sentence start or after لكن/ولكن, a
/// أن/إن/فإن (يذكر أن، رغم أن، كما أن …) or كان; from there a noun phrase (a name, title, body
/// noun, quantity or definite words, with في-phrases, ل-genitives, a quoted name and a
/// parenthesis) must reach the verb across only: a relative clause (agreeing with the verb;
/// up to a comma or the verb), a comma-delimited apposition without a reporting verb, a
/// في-phrase, adverbials, قد and commas. The phrase must agree with the verb.
#[allow(clippy::too_many_arguments)]
fn svo_across_subject(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], v: usize, start: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let kv = keys[v].as_str();
    if v < start + 2 || kv.strip_prefix('و').or_else(|| kv.strip_prefix('ف')).is_some_and(is_reporting_verb) || is_relative_pronoun(&keys[v - 1]) {
        return None;
    }
    let is_kana = |w: &str| matches!(w, "كان" | "وكان" | "كانت" | "وكانت" | "فكان" | "فكانت");
    let opener = |k: usize| {
        let w = keys[k].as_str();
        matches!(w, "لكن" | "ولكن" | "ان" | "بان" | "فان" | "وان") || (is_kana(w) && k <= start + 1)
    };
    let qmark = |x: usize| {
        let t = &text[tokens[x].range.clone()];
        is_quote_open(t) || is_quote_close(t) || t == ":"
    };
    // The clause opening: the nearest opener within 30 tokens, else the sentence start; a
    // quotation mark on the way ends the search unless it closes a short quoted name.
    let lo = start.max(v.saturating_sub(30));
    let mut k = v;
    let mut s = None;
    while k > lo {
        k -= 1;
        if opener(k) {
            s = Some(k + 1);
            break;
        }
        if qmark(k) {
            let open = (k.saturating_sub(6).max(lo)..k).rev().find(|&o| qmark(o))?;
            if !is_quote_open(&text[tokens[open].range.clone()]) || !(open + 1..k).all(|x| tokens[x].kind == TokenKind::Arabic) || open + 1 == k {
                return None;
            }
            k = open;
        }
    }
    let s = match s {
        Some(s) => s,
        None if k == start && lo == start => start,
        None => return None,
    };
    // (not a preposition with و opening the sentence: وإلى الجنوب wa-ilā l-janūb "and to the
    // south", whose search key والي is also wālī "governor")
    if s + 1 >= v || keys[s].strip_prefix('و').is_some_and(ends_subject) {
        return None;
    }
    let definite = |k: usize| {
        let w = keys[k].as_str();
        tokens[k].kind == TokenKind::Arabic && w.starts_with("ال") && w.chars().count() >= 4 && !is_adverbial(w) && !is_reporting_verb(w) && !ends_subject(w)
    };
    let nominal = |k: usize| {
        let w = keys[k].as_str();
        tokens[k].kind == TokenKind::Arabic && (coref::is_person_title(w) || coref::is_body_noun(w) || in_set_with_conj(w, &TITLE_SET).is_some() || is_quantity_head(w) || w.strip_suffix('ا').is_some_and(|r| coref::is_person_title(r) || coref::is_body_noun(r)))
    };
    let quoted = |k: usize| -> Option<usize> {
        let open = &text[tokens[k].range.clone()];
        if !is_quote_open(open) {
            return None;
        }
        let c = (k + 1..(k + 7).min(v)).find(|&c| closing_for(open).contains(&&text[tokens[c].range.clone()]))?;
        ((k + 1..c).all(|x| tokens[x].kind == TokenKind::Arabic || ent_at[x].is_some()) && c > k + 1).then_some(c)
    };
    let paren = |k: usize| -> Option<usize> { (&text[tokens[k].range.clone()] == "(").then(|| (k + 1..(k + 6).min(v)).find(|&c| &text[tokens[c].range.clone()] == ")")).flatten() };
    // The head noun phrase.
    let mut k = s;
    let mut head_end = s;
    let mut quoted_inner: Option<Range<usize>> = None;
    // (an indefinite first word in construct with a name, a definite word or a quoted name:
    // شرطة إسكتلنديارد šurṭat iskutlandyārd "Scotland Yard police", تحالف "…")
    let plain = |k: usize| {
        let w = keys[k].as_str();
        tokens[k].kind == TokenKind::Arabic && ent_at[k].is_none() && w.chars().count() >= 3 && !ends_subject(w) && !is_adverbial(w) && !is_reporting_verb(w) && !opener(k) && !is_relative_pronoun(w)
    };
    let construct = |k: usize| plain(k) && k + 1 < v && (ent_at[k + 1].is_some() || definite(k + 1) || is_quote_open(&text[tokens[k + 1].range.clone()]));
    while k < v {
        if ent_at[k].is_some() || definite(k) || nominal(k) || (k == s && construct(k)) {
            k += 1;
        } else if let Some(c) = quoted(k) {
            if k == s {
                quoted_inner = Some(tokens[k + 1].range.start..tokens[c - 1].range.end);
            }
            k = c + 1;
        } else if let Some(c) = paren(k).filter(|_| k > s) {
            k = c + 1;
        } else if k > s && matches!(keys[k].as_str(), "في" | "فى" | "لدي") && k + 1 < v && (ent_at[k + 1].is_some() || definite(k + 1) || construct(k + 1)) {
            k += 2;
        } else if k > s && keys[k].starts_with('ل') && keys[k].chars().count() >= 5 && !ends_subject(&keys[k]) && tokens[k].kind == TokenKind::Arabic && !is_reporting_verb(&keys[k]) {
            k += 1;
        } else {
            break;
        }
        head_end = k;
    }
    if head_end == s {
        return None;
    }
    // What stands between the phrase and the verb.
    let vg = agreement(kv);
    // (session 54, qcarry) a "for his part" phrase right before the verb, if any
    let side = side_phrase_before(keys, v);
    while k < v {
        let w = keys[k].as_str();
        if let Some(rg) = relative_gender(w) {
            if rg.conflicts(vg) {
                return None;
            }
            // up to a comma, else up to the verb (with its قد/كان)
            let c = (k + 1..v).find(|&x| is_comma(&keys[x]) || qmark(x));
            match c {
                Some(c) if is_comma(&keys[c]) => k = c + 1,
                Some(_) => return None,
                None => k = v,
            }
        } else if is_comma(w) {
            // an apposition up to the next comma, or a comma right before the verb
            // (session 54, qcarry) or before a "for his part" phrase right before the verb
            if k + 1 == v || (k + 2 == v && keys[k + 1] == "قد") || side == Some(k + 1) {
                k += 1;
                continue;
            }
            let c = (k + 1..(k + 14).min(v)).find(|&x| is_comma(&keys[x]))?;
            // (session 53) a short quoted name inside the apposition is part of it: دينس روس،
            // الزميل في "معهد واشنطن"، قال "Dennis Ross, the fellow at the 'Washington
            // Institute', said"
            let mut x = k + 1;
            while x < c {
                if let Some(close) = quoted(x).filter(|&close| close < c) {
                    x = close + 1;
                    continue;
                }
                if is_reporting_verb(&keys[x]) && ent_at[x].is_none() || qmark(x) {
                    return None;
                }
                x += 1;
            }
            k = c;
        } else if is_adverbial(w) || w == "قد" || (is_kana(w) && k + 2 == v && keys[k + 1] == "قد") {
            k += 1;
        } else if side == Some(k) {
            // (session 54, qcarry) a "for his part" phrase right before the verb
            k = v;
        } else if matches!(w, "في" | "فى") && k + 1 < v {
            // a في-phrase of up to three words right before the verb
            let e = (k + 1..(k + 4).min(v)).find(|&x| x + 1 == v || is_comma(&keys[x + 1]) || keys[x + 1] == "قد").map(|x| x + 1)?;
            if (k + 1..e).any(|x| tokens[x].kind != TokenKind::Arabic || is_reporting_verb(&keys[x])) {
                return None;
            }
            k = e;
        } else {
            return None;
        }
    }
    // (the conjunction و on the first word is no part of the subject: والمحلل السياسي قال
    // wa-l-muḥallilu s-siyāsiyyu qāla "and the political analyst said")
    let wa = keys[s].strip_prefix('و').is_some_and(|r| r.starts_with("ال") || coref::is_person_title(r) || coref::is_body_noun(r)) && text[tokens[s].range.clone()].starts_with('و');
    let r = tokens[s].range.start + if wa { 'و'.len_utf8() } else { 0 }..tokens[head_end - 1].range.end;
    let head = quoted_inner.or_else(|| (s..head_end).filter_map(|x| ent_at[x]).find(|&e| matches!(entities[e].kind, EntityType::Person | EntityType::Organization)).map(|e| entities[e].range.clone()));
    // (a first word in ة, not a name, is feminine: شرطة، صحيفة، مجموعة)
    let feminine_head = ent_at[s].is_none() && tokens[s].kind == TokenKind::Arabic && keys[s].ends_with('ه') && !coref::is_person_title(&keys[s]);
    if speaker_gender(tokens, keys, Some(r.clone()), Gender::Unknown).conflicts(vg) || (feminine_head && vg == Gender::Masculine) {
        return None;
    }
    Some((r, head))
}
