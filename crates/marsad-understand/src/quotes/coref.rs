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

use std::borrow::Cow;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::{Token, TokenKind};

use super::WordSet;

/// Nouns that denote a person by office or role (search keys, without ال): only these are
/// resolved to a person, so that الشرطة "the police" never becomes a named police officer.
const PERSON_TITLES: &[&str] = &[
    "وزير", "وزيره", "رييس", "رييسه", "متحدث", "متحدثه", "ناطق", "ناطقه", "سفير", "سفيره", "امين", "نايب", "نايبه", "مساعد", "مستشار", "مستشاره", "ملك", "ملكه", "امير", "اميره", "ولي", "قايد", "زعيم", "زعيمه", "مدير", "مديره", "مندوب", "مندوبه", "جنرال", "عميد", "لواء", "لوا", "عقيد", "محقق", "محام", "محامي", "محاميه", "مرشد", "شيخ", "سيد", "سيده", "مبعوث", "مبعوثه", "مفوض", "مفوضه", "حاكم", "محافظ", "عمده", "قاضي", "ممثل", "ممثله", "مسوول", "مسووله", "بابا", "بطريرك", "اسقف", "امام", "مفتي", "نجم", "نجمه", "لاعب", "مدرب",
    // Session 5: person titles that introduce speakers in ANT politics news (counted as the
    // subject of قال/قالت/وقال/وقالت/أضاف/وأضاف/أكد/وأكد in the first 5,000 middleEast and
    // internationalNews articles of ANT v2.1: عضو 12, السيناتور 9, الناشط/الناشطة 17, المدعي 21
    // (المدعي العام "the prosecutor"), الطبيب 7, القيادي 5, المرشح 4, الخبير 4, الكاتب 3,
    // البروفيسور/الأستاذ 6, المنسق 3).
    "مدعي", "عضو", "سيناتور", "ناشط", "ناشطه", "طبيب", "طبيبه", "قيادي", "مرشح", "مرشحه", "خبير", "كاتب", "كاتبه", "بروفيسور", "استاذ", "استاذه", "منسق", "منسقه", "باحث", "باحثه",
    // Session 46: وكيل wakīl "under-secretary" (وكيل الأمين العام "the Under-Secretary-General",
    // وكيل الوزارة "the ministry's under-secretary").
    "وكيل", "وكيله",
    // Session 49 (qtitle): offices whose holder the article names in apposition (the dev
    // speaker errors: القنصل البريطاني العام في #القدس، NAME "the British consul general in
    // #Jerusalem, NAME"; مؤسس حملة "…"، NAME "the founder of the '…' campaign, NAME"; المرجع
    // الديني الأعلى …، آية الله NAME "the highest religious authority …, Ayatollah NAME"):
    // قنصل qunṣul "consul", مؤسس muʾassis "founder" (search key موسس), مرجع marjiʿ "(religious)
    // authority", and سناتور sanātūr, the spelling of سيناتور "senator" without its ي. Not the
    // feminine موسسه: المؤسسة al-muʾassasa "the institution" is spelled the same (المؤسسة
    // الوطنية للنفط "the National Oil Corporation"). Not مراسل murāsil "correspondent": مراسل
    // آخر "another correspondent" would take the name of the one the article named.
    "قنصل", "قنصله", "موسس", "مرجع", "سناتور", "سناتوره",
];
static PERSON_TITLE_SET: WordSet = WordSet::new(PERSON_TITLES);

/// Nouns for documents and bodies that can be the subject of a reporting verb and are later
/// taken up by a definite description (التقرير، الحزب، الشهود).
const DOC_NOUNS: &[&str] = &["بيان", "تقرير", "وثيقه", "رساله", "صحيفه", "وكاله", "حزب", "حركه", "منظمه", "لجنه", "مجلس", "وزاره", "شهود", "مصادر", "مصدر", "هييه", "شركه", "جمعيه", "جبهه", "تنظيم", "جماعه", "محكمه", "مركز", "موقع", "مكتب", "سلطات", "قياده", "اداره", "هيئه", "مسوولون", "مسوولين", "خبراء", "محققون", "اجتماع",
    // Session 4: more institutions that speak in ANT news (المفوضية al-mufawwaḍiyya "the
    // commission", السفارة "the embassy", الخارجية "the foreign ministry", الرئاسة "the
    // presidency", البعثة "the mission", النيابة "the prosecution", المرصد "the observatory",
    // الصندوق "the fund", البرلمان "the parliament", الحملة "the campaign").
    "مفوضيه", "سفاره", "خارجيه", "رياسه", "بعثه", "نيابه", "مرصد", "صندوق", "برلمان", "حمله",
    // Session 5: السلطة as-sulṭa "the authority" (السلطة الفلسطينية), like السلطات.
    "سلطه",
    // Session 40: الحكومة al-ḥukūma "the government", الرابطة ar-rābiṭa "the league,
    // association", النقابة an-niqāba "the union" (a definite body taken up after its full name).
    "حكومه", "رابطه", "نقابه",
    // Session 46: فصيل faṣīl "faction" (an armed or political group speaking under its quoted
    // name: فيما اعتبر فصيل "NAME" المعارض أن "while the opposition faction 'NAME' held that").
    "فصيل",
    // Session 53: جامعة jāmiʿa "university" (ودعمتها الجامعة، وأعلنت أنها wa-daʿamathā
    // l-jāmiʿa, wa-aʿlanat annahā "the university supported her and announced that it").
    "جامعه",
    // Session 47: الادعاء al-iddiʿāʾ "the prosecution" (وطالب الادعاء ب "the prosecution
    // demanded"), مسيرة masīra "march" for its organisers (وتطالب المسيرة ب "the march
    // demands"). Not مؤتمر muʾtamar "conference": mostly the press conference a speaker talks at
    // (وفي مؤتمر صحافي قال "at a press conference he said"; measured −1 on dev 29).
    "ادعاء", "مسيره",
    // Session 48: تنسيقية tansīqiyya "coordination committee" (أعلنت تنسيقية مظاهرات البصرة
    // "the Basra protests' coordination committee announced").
    "تنسيقيه",
    // Session 53: مجمع majmaʿ "academy, council" (وفي السودان أعلن مجمع الفقه الإسلامي "…"
    // "in Sudan the Islamic Fiqh Council announced '…'").
    "مجمع"];
static DOC_NOUN_SET: WordSet = WordSet::new(DOC_NOUNS);
/// (session 14) Document nouns (comparison stems) whose subject use speaks for their issuer
/// (guidelines: a document subject gets its issuer when the article names it): بيان
/// "statement", تقرير "report", تحقيق "investigation", بحث/دراسة "study", وثيقة "document",
/// رسالة/خطاب "letter", مذكرة "memo", تغريدة "tweet"; since session 30 عريضة ʿarīḍa
/// "petition, indictment" and لائحة lāʾiḥa "bill, indictment" (عريضة الاتهام، لائحة الاتهام "the
/// indictment"), which speak for the party that files them. One list for every issuer rule (the
/// finder's genitive and صادر عن rules, the naming pass). (Session 54, qdoc) تحليل taḥlīl
/// "analysis", like دراسة "study" (ذكر تحليل حديث اصدرته مؤسسة X ḏakara taḥlīl ḥadīṯ
/// aṣdarathu muʾassasat X "a recent analysis that the firm X issued said").
const DOCUMENT_NOUNS: &[&str] = &["بيان", "تقرير", "تحقيق", "بحث", "دراسه", "وثيقه", "رساله", "مذكره", "خطاب", "تغريده", "عريضه", "لايحه", "تحليل"];
static DOCUMENT_NOUN_SET: WordSet = WordSet::new(DOCUMENT_NOUNS);

/// Is the comparison stem a document noun ([`DOCUMENT_NOUNS`])?
pub(super) fn is_document_noun(stem: &str) -> bool {
    DOCUMENT_NOUN_SET.contains(stem)
}

/// (session 8) Bodies taken up by a definite description after their named wording only (الشرطة
/// aš-šurṭa "the police" after شرطة ولاية ميشيغان "the Michigan state police"), never body nouns
/// elsewhere: as the subject of a main clause الشرطة would take over a participle whose speaker
/// is a named officer (measured: −1 on dev 5 as a `DOC_NOUNS` entry).
const DESCRIPTION_ONLY_NOUNS: &[&str] = &["شرطه"];

/// (session 46, qdoc) Is the comparison stem a body noun taken up after its named wording only
/// ([`DESCRIPTION_ONLY_NOUNS`]: شرطة šurṭa "police")?
pub(super) fn is_description_only_noun(stem: &str) -> bool {
    DESCRIPTION_ONLY_NOUNS.contains(&stem)
}

/// A word's comparison stem: the search key without و/ف "and", the article ال (also after
/// ب/ل/ك: بالمستشارة → مستشاره), and with the امريكي/اميركي spelling variants merged.
pub(super) fn stem(key: &str) -> String {
    stem_cow(key).into_owned()
}

/// (session 43, qperf) The امريكي/اميركي spelling merged ([`stem`]'s last step) without a copy
/// when the word has no اميرك (nearly every word): a byte search instead of `str::replace`'s
/// substring searcher and new `String` per call.
pub(super) fn merge_american(k: &str) -> Cow<'_, str> {
    const FROM: &str = "اميرك";
    if k.as_bytes().windows(FROM.len()).any(|w| w == FROM.as_bytes()) {
        Cow::Owned(k.replace(FROM, "امريك"))
    } else {
        Cow::Borrowed(k)
    }
}

/// [`stem`] borrowing from `key` when no spelling is merged (the set look-ups need no copy).
pub(super) fn stem_cow(key: &str) -> Cow<'_, str> {
    let mut k = key;
    if let Some(r) = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
        if r.starts_with("ال") || PERSON_TITLE_SET.contains(r) || DOC_NOUN_SET.contains(r) {
            k = r;
        }
    }
    let mut stripped = false;
    for p in ["بال", "لل", "كال", "ال"] {
        if let Some(r) = k.strip_prefix(p) {
            if r.chars().count() >= 2 {
                k = r;
                stripped = true;
                break;
            }
        }
    }
    // لترامب li-trāmb "to/of Trump" → ترامب (long words only: لواء liwāʾ stays).
    if !stripped && !PERSON_TITLE_SET.contains(k) {
        if let Some(r) = k.strip_prefix('ل') {
            if r.chars().count() >= 4 {
                k = r;
            }
        }
    }
    merge_american(k)
}

/// Is `key` (a search key) a person-denoting title?
pub(super) fn is_body_noun(key: &str) -> bool {
    DOC_NOUN_SET.contains(&stem_cow(key))
}

/// Is `key` (a search key) a person-denoting title?
pub(super) fn is_person_title(key: &str) -> bool {
    PERSON_TITLE_SET.contains(&stem_cow(key))
}

/// A context word: its stem and whether it is a nationality (الايراني al-īrānī "Iranian").
type Word = (String, bool);

/// Precomputed per-document context for coreference.
pub(super) struct Coref {
    /// For each person entity: its range and the words (in text order) of its title apposition
    /// before the name and after it.
    persons: Vec<(Range<usize>, Vec<Word>, Vec<Word>)>,
    /// Every word of every person name (search keys).
    names: Vec<String>,
}

/// Sentence-final punctuation (a token's text or search key).
pub(super) fn is_sentence_end(s: &str) -> bool {
    matches!(s, "." | "؟" | "?" | "!")
}

/// Sentence and clause punctuation that ends a phrase search.
pub(super) fn is_stop(s: &str) -> bool {
    matches!(s, "." | "؟" | "?" | "!" | "؛" | ";" | ":" | "(" | ")")
}

/// An indefinite title in construct state before a name is a genitive, not an apposition:
/// محامي ترامب muḥāmī trāmb "Trump's lawyer" (compare المحامي مايكل كوين "the lawyer Michael
/// Cohen").
pub(super) fn is_construct_title(key: &str) -> bool {
    let b = key.strip_prefix('و').unwrap_or(key);
    !b.starts_with("ال") && is_person_title(b)
}

/// (session 51, qexpl) The genitive of a title in the construct state at the start of the
/// phrase `phrase` (token range), as a stem: رئيس مجلس النواب raʾīsu majlisi n-nuwwāb "the
/// speaker of the House" → مجلس, رئيس المستشفى "the head of the hospital" → مستشفي, زعيم المافيا
/// "the mafia boss" → مافيا. Such a title names the head of that body, not a person the
/// article titles with the head and words of another office (الرئيس الاميركي NAME "the
/// American president", [`other_office`]). Not a state noun (رئيس الدولة، رئيس الجمهورية، رئيس
/// البلاد "the head of state" is the president), a tagged place (سفير روسيا "Russia's
/// ambassador" ~ السفير الروسي), person or nationality (محامي ترامب "Trump's lawyer": the person ends an apposition
/// walk, so no context holds it), a preposition (متحدث باسم، مسؤول في), a word with a pronoun
/// (وزير خارجيتها "its foreign minister", spelled وزير الخارجية in the apposition) or anything
/// but an Arabic word.
pub(super) fn construct_genitive(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], phrase: Range<usize>) -> Option<String> {
    let (f, g) = (phrase.start, phrase.start + 1);
    if g >= phrase.end || g >= tokens.len() || !is_construct_title(&keys[f]) || tokens[g].kind != TokenKind::Arabic {
        return None;
    }
    let k = &keys[g];
    let named = ent_at[g].is_some_and(|x| matches!(entities[x].kind, EntityType::Person | EntityType::Nationality | EntityType::Location));
    let pronoun = super::ends_with_possessive(k);
    let preposition = k == "باسم" || super::is_free_preposition(k) || is_prepositional(k);
    let st = stem(k);
    let state = super::groups::is_state_noun(&st) || st == "بلاد";
    (!named && !pronoun && !preposition && !state && k.chars().count() >= 3).then_some(st)
}

/// (session 51, qexpl) Does a person's title context `seg` name another office than a construct
/// title with genitive `g` ([`construct_genitive`])? Its head `head` is followed by words of its
/// own (a nationality, an adjective) and none is the genitive. A bare head (الملك NAME "King
/// NAME") tells no office apart and stays a match.
pub(super) fn other_office(seg: &[Word], head: &str, g: &str) -> bool {
    seg.iter().position(|(w, _)| w == head).is_some_and(|h| !seg[h + 1..].is_empty() && !seg[h + 1..].iter().any(|(w, _)| w == g))
}

/// An indefinite body noun in construct state (ادارة ترامب idārat trāmb "the Trump
/// administration").
fn is_construct_body(key: &str) -> bool {
    let b = key.strip_prefix('و').unwrap_or(key);
    !b.starts_with("ال") && (DOC_NOUN_SET.contains(b) || is_leader_body(b) || matches!(b, "عهد" | "زوجه" | "زوج" | "نجل" | "ابن" | "ابنه" | "شقيق" | "شقيقه"))
}

/// (session 52, qvariant) A body named after the person who leads it, a search key without
/// prefix: ادارة ترامب idārat trāmb "the Trump administration", حكومة NAME ḥukūmat "NAME's
/// government", حملة NAME ḥamlat "NAME's campaign", مكتب NAME maktab "NAME's office", نظام
/// NAME niẓām "NAME's regime". The body speaks, not the person in its genitive. (Not the
/// documents of `DOC_NOUNS`: بيان NAME "NAME's statement" speaks for NAME, its issuer.)
pub(super) fn is_leader_body(key: &str) -> bool {
    matches!(key, "اداره" | "حكومه" | "حمله" | "مكتب" | "نظام")
}

/// A word (search key) that opens a body named after its leader: [`is_leader_body`] without
/// the article, as the construct's head (ادارة ترامب, وحكومة NAME).
pub(super) fn opens_leader_body(key: &str) -> bool {
    !key.starts_with("ال") && is_leader_body(&stem_cow(key))
}

/// Does the phrase conflict with a context segment: the same head followed by a different
/// word (وزير الخارجية ≠ وزير الداخلية), or a different nationality?
pub(super) fn conflicts(phrase: &[Word], seg: &[Word]) -> bool {
    let head = &phrase[0].0;
    if let Some(h) = seg.iter().position(|(w, _)| w == head) {
        // Nationalities are compared separately; the other words in order.
        let p = phrase[1..].iter().filter(|(_, n)| !n);
        let c = seg[h + 1..].iter().filter(|(_, n)| !n);
        // Only two different title words conflict (الخارجية ≠ الداخلية); other words may be
        // a genitive or an adjective the apposition leaves out.
        let titled = |w: &str| super::TITLE_SET.contains(w) || super::TITLE_SET.contains(&format!("ال{w}"));
        for ((pw, _), (cw, _)) in p.clone().zip(c.clone()) {
            if pw != cw && titled(pw) && titled(cw) {
                return true;
            }
        }
        // (session 54) A context whose head is in the construct state with another person
        // title (أحمد نائب رئيس المخابرات aḥmad nāʾib raʾīs al-muḫābarāt "Ahmad, deputy head of
        // intelligence") holds another office than a phrase whose next word is not that title
        // (النائب العام an-nāʾib al-ʿāmm "the attorney general").
        if let (Some((pw, _)), Some((cw, _))) = (p.clone().next(), c.clone().next()) {
            if pw != cw && PERSON_TITLE_SET.contains(cw) {
                return true;
            }
        }
    }
    false
}

/// (session 54) Walking back from a name at token `first`, token `k - 1` is a comma that a verb
/// at `k` follows (وتزامنا مع إعلان النائب العام، أصدر الملك NAME wa-tazāmunan maʿa iʿlān
/// an-nāʾib al-ʿāmm, aṣdara l-malik NAME "along with the attorney general's announcement, King
/// NAME issued"): the title words before the comma are in another clause, no apposition of the
/// name.
pub(super) fn comma_before_verb(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], k: usize, first: usize) -> bool {
    k > 0 && k < first && super::is_comma(&text[tokens[k - 1].range.clone()]) && super::opens_with_verb(tokens, keys, ent_at, k)
}

/// A nationality adjective's stem without the feminine ending (سعوديه → سعودي).
fn nat_stem(w: &str) -> &str {
    w.strip_suffix('ه').unwrap_or(w)
}

/// A definite word with the preposition لـ or بـ glued on (للممثلة li-l-mumaṯṯila "to the
/// actress", بالوزير bi-l-wazīr "with the minister", search keys): a prepositional phrase, never
/// an apposition to the name before it.
pub(super) fn is_prepositional(key: &str) -> bool {
    key.starts_with("لل") || key.starts_with("بال")
}

/// (session 45) A person title with the preposition لـ li- "to" glued on (لمراسل li-murāsil "to
/// the correspondent of", لرئيس li-raʾīs "to the head of"; not the article's لل), search key.
fn is_li_title(key: &str) -> bool {
    key.strip_prefix('ل').is_some_and(|r| !r.starts_with('ل') && (PERSON_TITLE_SET.contains(r) || super::naming::is_role_noun(r)))
}

/// Words in ل that are not the preposition لـ "to, for" (لكن "but", لقد "indeed", لدى "at").
const NOT_LI: &[&str] = &["لكن", "لكنه", "لكنها", "لكنهم", "لقد", "لدي", "لدى", "لذلك", "لهذا", "لاحقا", "لاسيما", "ليس", "ليست", "لان", "لانه", "لانها"];

/// (session 26) The title words of the person a counterpart noun (نظيره naẓīruh "his
/// counterpart", token `c`) is measured against: the nearest person title before it in its
/// sentence, up to 20 tokens back, with the title words that follow it, nationalities left out
/// (أكد الرئيس اليوناني X رفضه لاشتراط نظيره التركي Y "the Greek president X rejected the
/// condition of his Turkish counterpart Y": Y is الرئيس التركي "the Turkish president" too).
fn counterpart_title(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], c: usize) -> Vec<Word> {
    let nationality = |k: usize| ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Nationality);
    let title = |j: usize| tokens[j].kind == TokenKind::Arabic && is_person_title(&keys[j]) && !is_prepositional(&keys[j]) && !stem(&keys[j]).starts_with("نظير");
    let mut k = c;
    while k > 0 && c - k < 20 {
        let prev = k - 1;
        let gap = &text[tokens[prev].range.end..tokens[k].range.start];
        if gap.contains('\n') || matches!(&text[tokens[prev].range.clone()], "." | "؟" | "?" | "!" | ":") {
            break;
        }
        if title(prev) {
            // The title phrase's first word: walk back over the title words before it.
            let mut s = prev;
            while s > 0 && c - s < 20 && title(s - 1) && !nationality(s - 1) && text[tokens[s - 1].range.end..tokens[s].range.start].trim().is_empty() {
                s -= 1;
            }
            let mut e = prev + 1;
            while e < c && title(e) && !nationality(e) {
                e += 1;
            }
            return (s..e).filter(|&j| !nationality(j)).map(|j| (stem(&keys[j]), false)).collect();
        }
        k -= 1;
    }
    Vec::new()
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
        let word = |k: usize| -> Word { (stem(&keys[k]), ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Nationality)) };
        let boundary = |k: usize| -> bool {
            let s = &text[tokens[k].range.clone()];
            is_stop(s) || ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Person) || super::THAT_SET.contains(&keys[k]) || (super::is_reporting_verb(&keys[k]) && ent_at[k].is_none())
                // (session 10, round 4) مع maʿa "with", ضد ḍidda "against": the name after them
                // is a companion or an opponent, the title before them someone else's
                // (وصرح رئيس الدولة في مؤتمر مشترك مع X "the head of state said at a joint
                // conference with X").
                || matches!(keys[k].as_str(), "مع" | "ومع" | "ضد")
        };
        // First words of person names, to recognise لترامب li-trāmb "of Trump" as a
        // prepositional mention of ترامب rather than a name of its own.
        let firsts: Vec<&str> = entities.iter().enumerate().filter(|(_, x)| x.kind == EntityType::Person).filter_map(|(e, _)| e_first[e].map(|(f, _)| keys[f].as_str())).collect();
        for (e, ent) in entities.iter().enumerate() {
            if ent.kind != EntityType::Person {
                continue;
            }
            let Some((first, last)) = e_first[e] else { continue };
            if keys[first].strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3 && firsts.contains(&r)) {
                continue;
            }
            // (session 9, dev 7) وقال ممثل عن المحكمة لبي بي سي wa-qāla mumaṯṯil ʿan al-maḥkama
            // li-bī bī sī "a court representative told the BBC": a name right after a word with
            // the preposition لـ is the addressee (or a genitive), not someone the title before
            // it introduces.
            // (the same when the tagged name starts inside its token, after the clitic: لجون سميث)
            let clitic = &text[tokens[first].range.start..ent.range.start.max(tokens[first].range.start).min(tokens[first].range.end)];
            if clitic.ends_with('ل') || (first > 0 && tokens[first - 1].kind == TokenKind::Arabic && keys[first - 1].starts_with('ل') && keys[first - 1].chars().count() >= 3 && !NOT_LI.contains(&keys[first - 1].as_str())) {
                continue;
            }
            // (session 45) A name right after عن ʿan "from, on the authority of" is the person
            // relayed (ونقل المسؤول عن NAME قوله wa-naqala l-masʾūlu ʿan NAME qawlahu "the
            // official quoted NAME as saying"), not the holder of the title before it. (Only
            // right before the name: المسؤول عن المركز … الجنرال NAME "the official in charge of
            // the centre, General NAME" is an apposition.)
            if first > 0 && matches!(keys[first - 1].as_str(), "عن" | "وعن") {
                continue;
            }
            // Before the name: up to 7 words, not across punctuation, a complementizer, a
            // reporting verb or another person; nothing when the name is a genitive.
            let mut before = Vec::new();
            // (محامي ترامب "Trump's lawyer", ادارة ترامب "the Trump administration").
            let genitive = first > 0 && (is_construct_title(&keys[first - 1]) || is_construct_body(&keys[first - 1]));
            if !genitive {
                let mut k = first;
                let mut counterpart = None;
                // (session 27) nor across an opening quotation mark: the name inside a quote is
                // not introduced by the speaker's title before it (قال متحدث باسم الوكالة
                // "استقال السيد تيرو …" qāla mutaḥaddith … "istaqāla s-sayyid tīrū" "a
                // spokesman said: 'Mr Tero resigned'").
                // A name quoted on its own (المتحدث باسم المنظمة "فلان" al-mutaḥaddith … "fulān")
                // is still in apposition to the title.
                // (The tagger may leave the name's last word out: "فرحان حق" with فرحان tagged.)
                let quoted_name = (last + 1..(last + 4).min(tokens.len())).find(|&m| tokens[m].kind != TokenKind::Arabic).is_some_and(|m| matches!(&text[tokens[m].range.clone()], "\"" | "»" | "”" | "›"));
                // A straight mark " opens a quotation when an even number of them precede it on
                // its line. Only a quotation still open at the name stops the walk: one that
                // closes before it is a quoted body name inside the title (قائد "اللواء السادس"
                // العميد NAME qāʾid "al-liwāʾ as-sādis" al-ʿamīd "the commander of 'the Sixth
                // Brigade', Brigadier NAME").
                let opens = |m: usize| {
                    let s = &text[tokens[m].range.clone()];
                    s != "\"" || text[..tokens[m].range.start].rsplit('\n').next().unwrap_or("").matches('"').count().is_multiple_of(2)
                };
                let mut closed = false;
                while k > 0 && before.len() < 8 && first - k < 12 && !boundary(k - 1) {
                    let mark = &text[tokens[k - 1].range.clone()];
                    if comma_before_verb(text, tokens, keys, ent_at, k, first) {
                        break;
                    }
                    if super::is_quote_open(mark) && opens(k - 1) {
                        if !(closed || (k == first && quoted_name)) {
                            break;
                        }
                        closed = false;
                    } else if matches!(mark, "\"" | "»" | "”" | "›") {
                        closed = true;
                    }
                    if tokens[k - 1].kind == TokenKind::Arabic {
                        before.push(word(k - 1));
                        if stem(&keys[k - 1]).starts_with("نظير") {
                            counterpart = Some(k - 1);
                        }
                    }
                    k -= 1;
                    // (session 45) A title with the preposition لـ li- "to" (وأضافت الناشطة
                    // لمراسل بي بي سي NAME wa-aḍāfat an-nāšiṭa li-murāsil bī bī sī NAME "the
                    // activist told the BBC correspondent NAME"): the name is that addressee's;
                    // the title before the ل-phrase is the speaker's, not the name's.
                    if is_li_title(&keys[k]) {
                        break;
                    }
                }
                before.reverse();
                if let Some(c) = counterpart {
                    before.extend(counterpart_title(text, tokens, keys, ent_at, entities, c));
                }
            }
            // After the name: an apposition (after a comma, or a title word right away), up to
            // the next comma or sentence punctuation.
            let mut after = Vec::new();
            let mut k = last + 1;
            if k < tokens.len() && super::is_comma(&keys[k]) {
                k += 1;
            }
            if k < tokens.len() && is_person_title(&keys[k]) && !is_prepositional(&keys[k]) {
                let stop = (k + 7).min(tokens.len());
                while k < stop && !boundary(k) && !super::is_comma(&keys[k]) {
                    if tokens[k].kind == TokenKind::Arabic {
                        after.push(word(k));
                    }
                    k += 1;
                }
            }
            if !before.is_empty() || !after.is_empty() {
                persons.push((ent.range.clone(), before, after));
            }
        }
        let names = (0..tokens.len()).filter(|&k| ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Person)).map(|k| keys[k].clone()).collect();
        Coref { persons, names }
    }

/// Cut an addressee glued to a speaker name by the tagger (ميركل لنتانياهو mērkil
    /// li-netanyāhū "Merkel to Netanyahu"): the head ends before a token ل + a known person name.
    pub(super) fn split_addressee(&self, tokens: &[Token], keys: &[String], head: Range<usize>) -> Range<usize> {
        let first = tokens.partition_point(|t| t.range.start < head.start);
        let last = tokens.partition_point(|t| t.range.end <= head.end);
        for k in first + 1..last {
            if keys[k].strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3 && self.names.iter().any(|n| n == r)) {
                return head.start..tokens[k - 1].range.end;
            }
        }
        head
    }

    /// The person a title phrase (tokens `phrase`) refers to, if the phrase starts with a
    /// person-denoting title and the document introduces someone with it.
    /// (session 44) `body`: the stem of the word after a phrase cut at باسم bi-smi "on behalf
    /// of" (المتحدث باسم | شرطة …): only a person whose title context has that word is meant.
    pub(super) fn title_person(&self, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], phrase: Range<usize>, body: Option<&str>) -> Option<Range<usize>> {
        let words: Vec<Word> = phrase
            .clone()
            .filter(|&k| tokens[k].kind == TokenKind::Arabic)
            .map(|k| (stem(&keys[k]), ent_at[k].is_some_and(|x| entities[x].kind == EntityType::Nationality)))
            .collect();
        let head = &words.first()?.0;
        if !PERSON_TITLE_SET.contains(head) {
            return None;
        }
        let nat: Option<&String> = words.iter().find(|(_, n)| *n).map(|(w, _)| w);
        // (session 51) a title in the construct state: the person's title has its genitive too
        let genitive = construct_genitive(tokens, keys, ent_at, entities, phrase.clone());
        let at = tokens[phrase.start].range.start;
        let mut best: Option<(usize, bool, usize, &Range<usize>)> = None;
        for (r, before_ctx, after_ctx) in &self.persons {
            let has_head = |seg: &[Word]| seg.iter().any(|(w, _)| w == head);
            if !has_head(before_ctx) && !has_head(after_ctx) {
                continue;
            }
            if conflicts(&words, before_ctx) || conflicts(&words, after_ctx) {
                continue;
            }
            if body.is_some_and(|b| !before_ctx.iter().chain(after_ctx.iter()).any(|(w, _)| w == b)) {
                continue;
            }
            if genitive.as_ref().is_some_and(|g| !before_ctx.iter().chain(after_ctx.iter()).any(|(w, _)| w == g) && (other_office(before_ctx, head, g) || other_office(after_ctx, head, g))) {
                continue;
            }
            // A different nationality in the apposition: another person.
            let ctx_nats: Vec<&str> = before_ctx.iter().chain(after_ctx.iter()).filter(|(_, n)| *n).map(|(w, _)| nat_stem(w)).collect();
            if let Some(n) = nat {
                if !ctx_nats.is_empty() && !ctx_nats.contains(&nat_stem(n)) {
                    continue;
                }
            }
            let score = words.iter().filter(|(w, _)| before_ctx.iter().chain(after_ctx.iter()).any(|(c, _)| c == w)).count();
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

/// Singular and plural of speaker nouns (stems), for احد المصادر "one of the sources" → المصدر.
const SINGULAR_PLURAL: &[(&str, &str)] = &[("مصدر", "مصادر"), ("مسوول", "مسوولين"), ("شاهد", "شهود"), ("خبير", "خبراء"), ("محقق", "محققين"), ("مسوول", "مسوولون")];

/// (session 54, qdoc) Is the stem the plural of a speaker noun ([`SINGULAR_PLURAL`]: خبراء
/// "experts", مسوولين "officials", محققين "investigators")?
pub(super) fn is_plural_speaker_noun(stem: &str) -> bool {
    SINGULAR_PLURAL.iter().any(|(_, pl)| *pl == stem)
}

/// The stems of a phrase's words, by their search keys (المصدر المسؤول → مصدر، مسوول).
fn phrase_stems(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(|w| stem(&marsad_text::normalize::search_key(w))).collect()
}

/// (session 41) The wording at byte range `wording` has the stem of every Arabic word among
/// tokens `words` (a description's words after its noun: المحكمة العليا الشرقية "the Eastern
/// High Court" against an earlier محكمة دنماركية "a Danish court" has not).
pub(super) fn has_every_word(text: &str, tokens: &[Token], keys: &[String], wording: Range<usize>, words: Range<usize>) -> bool {
    let stems = phrase_stems(&text[wording]);
    words.filter(|&i| tokens[i].kind == TokenKind::Arabic).all(|i| stems.contains(&stem(&keys[i])))
}

/// (session 23) Plural report nouns (stems): a plural has no one issuer, so its definite
/// description takes up its first wording (التقارير after تقارير اعلامية اسرائيلية "Israeli media
/// reports").
const PLURAL_DOCUMENTS: &[&str] = &["تقارير", "تحقيقات", "دراسات"];

/// A definite description speaker (الحزب، التقرير، الشهود، الوثيقة، تلك المصادر) resolved to an
/// earlier speaker phrase with the same noun, else to an earlier named mention of it (صحيفة
/// "نيويورك تايمز" for الصحيفة الاميركية): returns that (speaker, head). (session 24) A first
/// wording may also run over the tokens `modifier` accepts though the tagger gave them an entity
/// (the naming pass passes nationality adjectives: مسؤولين سويسريين masʾūlīn swīsriyyīn "Swiss
/// officials"; the finder passes none).
pub(super) fn earlier_description(
    text: &str,
    tokens: &[Token],
    keys: &[String],
    ent_at: &[Option<usize>],
    phrase: Range<usize>,
    earlier: &[(Range<usize>, Option<Range<usize>>)],
    modifier: &dyn Fn(usize) -> bool,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut first = phrase.start;
    // تلك المصادر tilka al-maṣādir "those sources": a demonstrative before the noun.
    if matches!(keys[first].as_str(), "تلك" | "هذه" | "هذا" | "ذلك" | "هولاء") && first + 1 < phrase.end {
        first += 1;
    }
    let k = keys[first].strip_prefix('و').unwrap_or(&keys[first]);
    if !k.starts_with("ال") {
        return None;
    }
    let noun = stem(k);
    if !DOC_NOUN_SET.contains(&noun) && !DESCRIPTION_ONLY_NOUNS.contains(&noun.as_str()) {
        // (session 7) a bare person title (المتحدث al-mutaḥaddiṯ "the spokesman") that no
        // named person holds: only its earlier indefinite wording (below).
        // (session 23) Also a role noun of the naming pass (المراسل "the correspondent") and a
        // plural of reports (التقارير "the reports" after تقارير اعلامية "media reports"); and a
        // longer description whose every other word is in that first wording (المتحدث باسم
        // السفارة "the embassy spokesman" after متحدث باسم السفارة الروسية "a spokesman for the
        // Russian embassy").
        let described = PERSON_TITLE_SET.contains(&noun) || super::naming::is_role_noun(&noun) || super::naming::is_extra_body(&noun) || PLURAL_DOCUMENTS.contains(&noun.as_str());
        if !described {
            return None;
        }
        let (r, head) = first_wording(text, tokens, keys, ent_at, phrase.start, &noun, modifier)?;
        let words = phrase_stems(&text[r.clone()]);
        return (first + 1..phrase.end).all(|i| words.contains(&stem(&keys[i]))).then_some((r, head));
    }
    let own = tokens[phrase.start].range.start..tokens[phrase.end - 1].range.end;
    // (session 26, see below) the description's word stems, for an indefinite twin.
    let own_stems = phrase_stems(&text[own.clone()]);
    // (session 49, qdoc) A description with words of its own after the noun (الوكالة الرسمية
    // al-wakāla ar-rasmiyya "the official agency", الوكالة الكورية الشمالية "the North Korean
    // agency") takes up the earlier mention of the noun that has those words (وكالة الأنباء
    // الرسمية الكورية الشمالية "the official North Korean news agency") rather than a nearer
    // speaker or name of the same noun without them (وكالة يونهاب "the Yonhap agency"): that
    // one is another referent. Only when such a mention exists; else as before.
    let added = first + 1..phrase.end;
    let lacks = |r: &Range<usize>| !added.is_empty() && !has_every_word(text, tokens, keys, r.clone(), added.clone());
    let fuller = || (!added.is_empty()).then(|| fuller_mention(text, tokens, keys, first, &noun, added.clone())).flatten();
    for (sp, head) in earlier.iter().rev() {
        // (session 26) A first wording as long in words but indefinite (مصدر مسؤول masdar
        // masʾūl "a responsible source" before المصدر المسؤول "the responsible source") is
        // longer in bytes only by the article: it is still the wording to take up (the same
        // words, article aside; two words or more: a bare المصدر goes on to the fuller first
        // wording below, مصدر عسكري rather than a trimmed مصدر).
        let indefinite_twin = own_stems.len() >= 2 && !text[sp.clone()].starts_with("ال") && phrase_stems(&text[sp.clone()]) == own_stems;
        // (session 41) A nearer earlier speaker that is the bare indefinite noun itself (وذكرت
        // مصادر مسؤولة wa-ḏakarat maṣādiru masʾūla "responsible sources said", whose subject the
        // finder kept as مصادر) ends this search: the definite takes up that mention, whose
        // fuller wording the text search below finds; an older, longer speaker with the same
        // noun (مصادر أمنية) is another referent.
        if sp.start < own.start && !text[sp.clone()].contains(' ') && !text[sp.clone()].starts_with("ال") && stem(&marsad_text::normalize::search_key(&text[sp.clone()])) == noun {
            break;
        }
        if (sp.len() <= own.len() && !indefinite_twin) || sp.start >= own.start {
            continue;
        }
        let s = &text[sp.clone()];
        let mut ws = s.split_whitespace();
        let first_word = ws.next().unwrap_or("");
        let mut fw = stem(&marsad_text::normalize::search_key(first_word));
        // عدة مصادر ʿiddat maṣādir "several sources", بعض المسؤولين "some officials": the noun
        // after a quantifier.
        if matches!(fw.as_str(), "عده" | "بعض" | "كل" | "جميع") {
            fw = stem(&marsad_text::normalize::search_key(ws.next().unwrap_or("")));
        }
        if fw == noun {
            if lacks(sp) {
                if let Some(r) = fuller() {
                    return Some((r.clone(), Some(r)));
                }
                // (session 52, qexpl) The earlier speaker names its noun with another tagged
                // nisba adjective (السلطات السعودية as-sulṭāt as-saʿūdiyya "the Saudi
                // authorities" before السلطات التركية "the Turkish authorities"): another
                // referent, not this description's.
                if other_nisba(tokens, keys, ent_at, sp, first + 1) {
                    continue;
                }
            }
            return Some((sp.clone(), head.clone()));
        }
        // احد المصادر aḥad al-maṣādir "one of the sources" is taken up by the singular المصدر
        // al-maṣdar "the source".
        let mut words = s.split_whitespace().map(|w| stem(&marsad_text::normalize::search_key(w)));
        if matches!(words.next().as_deref(), Some("احد" | "احدي")) && words.next().is_some_and(|w| SINGULAR_PLURAL.iter().any(|(sg, pl)| *sg == noun && *pl == w)) {
            return Some((sp.clone(), head.clone()));
        }
    }
    // The noun, indefinite, followed by a name earlier in the text: صحيفة نيويورك تايمز.
    let named_at = |k: usize| -> Option<Range<usize>> {
        if keys[k].starts_with("ال") || keys[k].starts_with("وال") || stem(&keys[k]) != noun {
            return None;
        }
        // (session 25) a name never opens with a preposition: بيان للسفارة الامريكية bayān
        // li-s-safāra al-amrīkiyya "a statement of the US embassy" gave the name للسفارة
        // الامريكية "of the US embassy". The noun itself or after و/ف "and"; after the ل of an
        // attribution (وفقا لصحيفة التايمز wifqan li-ṣaḥīfat at-tāyms "according to the Times
        // newspaper") the name starts after the preposition; never after another ل "to, for"
        // (منافسة لشركة "اوبر" "a competitor to the Uber company": another referent) or the
        // article's لل/بال, which has lost the noun's alif.
        let key = keys[k].as_str();
        let lead = if same_noun(key, &noun) || same_noun(key.strip_prefix(['و', 'ف']).unwrap_or(key), &noun) {
            0
        } else if key.strip_prefix('ل').is_some_and(|r| same_noun(r, &noun)) && k > 0 && matches!(keys[k - 1].as_str(), "وفقا" | "طبقا" | "تبعا") {
            preposition_len(&text[tokens[k].range.clone()])
        } else {
            return None;
        };
        let mut n = k + 1;
        if n < tokens.len() && super::is_quote_open(&text[tokens[n].range.clone()]) {
            n += 1;
        }
        if let Some(e) = ent_at.get(n).copied().flatten() {
            let mut m = n;
            while m + 1 < tokens.len() && ent_at[m + 1] == Some(e) {
                m += 1;
            }
            let r = tokens[k].range.start + lead..tokens[m].range.end;
            // (session 41) A nisba adjective after the noun (محكمة دنماركية maḥkama
            // danmārkiyya "a Danish court") is a description, not a name: it names the
            // definite phrase only when it has every word the phrase adds to its noun (المحكمة
            // العليا الشرقية "the Eastern High Court" is another court).
            // (one tagged word, not in quotation marks: صحيفة "صنداي تلغراف" is a name)
            let nisba = n == k + 1 && m == n && !keys[n].starts_with("ال") && super::naming::has_nisba_ending(&keys[n]);
            if nisba && !has_every_word(text, tokens, keys, r.clone(), first + 1..phrase.end) {
                return Some(0..0);
            }
            return Some(r);
        }
        None
    };
    let mut k = phrase.start;
    while k > 0 {
        k -= 1;
        let Some(r) = named_at(k) else { continue };
        if r.is_empty() {
            return None;
        }
        if lacks(&r) {
            if let Some(f) = fuller() {
                return Some((f.clone(), Some(f)));
            }
        }
        // (session 44, qorg) one body written with two names before the phrase (مجلس الاتحاد
        // الدولي لكرة القدم majlis al-ittiḥād ad-dawlī li-kurat al-qadam "the International
        // Football Association Board" twice, then مجلس الاتحاد الدولي للفيفا once): the
        // wording the article uses most often, the first on a tie (docs/quotes.md "Speaker
        // names"), among the earlier wordings whose first three words are the nearest one's
        let r = majority_wording(text, &r, (0..k).filter_map(|b| named_at(b).filter(|x| !x.is_empty())));
        return Some((r.clone(), Some(r)));
    }
    // (a statement or report speaks for its issuer instead: `issuer`)
    if phrase.end - first == 1 && !super::STATEMENT_NOUNS.contains(&noun.as_str()) {
        return first_wording(text, tokens, keys, ent_at, phrase.start, &noun, modifier);
    }
    // (session 55, qdoc) A description with words of its own (المصدر التركي al-maṣdar at-turkī
    // "the Turkish source") after an indefinite first wording that has every one of them (مصدر
    // دبلوماسي تركي maṣdar diblūmāsī turkī "a Turkish diplomatic source"): that wording, when it
    // runs over a word only `modifier` lets in (the naming pass's nationality adjective; the
    // finder lets in none, so its descriptions are unchanged), cut before the first definite
    // word after the noun's indefinite adjectives (an indefinite noun takes no definite
    // adjective: وصف مصدر دبلوماسي تركي الاتهامات "a Turkish diplomatic source described the
    // accusations" ends before the object).
    if phrase.end - first >= 2 && !super::STATEMENT_NOUNS.contains(&noun.as_str()) {
        let (r, _) = first_wording(text, tokens, keys, ent_at, phrase.start, &noun, modifier)?;
        let (rf, rl) = (tokens.partition_point(|t| t.range.start < r.start), tokens.partition_point(|t| t.range.end <= r.end));
        let plain_run = rf + 1 < rl && !keys[rf + 1].starts_with("ال") && !matches!(keys[rf + 1].as_str(), "في" | "من") && !keys[rf + 1].starts_with('ب');
        if !plain_run {
            return None;
        }
        let end = (rf + 1..rl).find(|&i| keys[i].starts_with("ال") || keys[i].starts_with("وال")).unwrap_or(rl);
        let r = tokens[rf].range.start..tokens[end - 1].range.end;
        if (rf + 1..end).any(modifier) && has_every_word(text, tokens, keys, r.clone(), first + 1..phrase.end) {
            return Some((r, None));
        }
    }
    None
}

/// (session 52, qexpl) Do the tokens right after the noun of a description (token `adj`) and of
/// an earlier speaker phrase at byte range `sp` (its second token) both hold a tagged word with
/// a nisba ending (a nationality or a state: التركية، السعودية), the two of different stems? The
/// phrase then names another state's body than the description.
fn other_nisba(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], sp: &Range<usize>, adj: usize) -> bool {
    let nisba = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Arabic && ent_at[k].is_some() && super::naming::is_definite_nisba(&keys[k]);
    let s = tokens.partition_point(|t| t.range.start < sp.start) + 1;
    s < tokens.len() && tokens[s].range.end <= sp.end && nisba(adj) && nisba(s) && stem(&keys[s]) != stem(&keys[adj])
}

/// (session 49, qdoc) The nearest mention before token `before` of the description noun `noun`
/// (definite or not, after و/ف) whose next words (up to six, over quotation marks, up to
/// punctuation) have the stem of every word of tokens `added`: the noun to the last of those
/// words, then on over definite words (وكالة الأنباء الرسمية الكورية الشمالية for الوكالة
/// الرسمية). Bounded like `first_wording` (600 tokens back).
fn fuller_mention(text: &str, tokens: &[Token], keys: &[String], before: usize, noun: &str, added: Range<usize>) -> Option<Range<usize>> {
    let want: Vec<String> = added.filter(|&i| tokens[i].kind == TokenKind::Arabic).map(|i| stem(&keys[i])).collect();
    if want.is_empty() {
        return None;
    }
    let word = |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Arabic && !is_stop(&text[tokens[j].range.clone()]) && !super::ends_subject(&keys[j]) && !super::is_reporting_verb(&keys[j]) && !super::is_adverbial(&keys[j]);
    let mut k = before;
    while k > before.saturating_sub(600) {
        k -= 1;
        if tokens[k].kind != TokenKind::Arabic || stem(&keys[k]) != noun {
            continue;
        }
        let mut last = None;
        let mut found: Vec<bool> = vec![false; want.len()];
        let mut j = k + 1;
        let mut seen = 0;
        while j < tokens.len() && seen < 6 {
            if super::is_quote_open(&text[tokens[j].range.clone()]) || super::is_quote_close(&text[tokens[j].range.clone()]) {
                j += 1;
                continue;
            }
            if !word(j) {
                break;
            }
            let s = stem(&keys[j]);
            for (w, f) in want.iter().zip(found.iter_mut()) {
                if !*f && *w == s {
                    *f = true;
                    last = Some(j);
                }
            }
            seen += 1;
            j += 1;
        }
        let Some(mut e) = last.filter(|_| found.iter().all(|&f| f)) else { continue };
        while e + 1 < tokens.len() && e < k + 7 && word(e + 1) && keys[e + 1].starts_with("ال") {
            e += 1;
        }
        // (a mention after a clitic و/ف/ل/ب "and, to, by" starts after it: لوكالة)
        let clitic = keys[k].strip_prefix(['و', 'ف', 'ل', 'ب']).is_some_and(|r| stem(r) == noun);
        let lead = if clitic { text[tokens[k].range.clone()].chars().next().map_or(0, char::len_utf8) } else { 0 };
        return Some(tokens[k].range.start + lead..tokens[e].range.end);
    }
    None
}

/// (session 44, qorg) Among the wording `nearest` and the `earlier` wordings of the same noun
/// (byte ranges, any order), those whose first three words are the nearest one's are variants
/// of one name: the most frequent wording (search key), the first written on a tie. The nearest
/// when none is more frequent than it.
fn majority_wording(text: &str, nearest: &Range<usize>, earlier: impl Iterator<Item = Range<usize>>) -> Range<usize> {
    let key = |r: &Range<usize>| marsad_text::normalize::search_key(text.get(r.clone()).unwrap_or("")).into_owned();
    let near_key = key(nearest);
    let lead = |k: &str| k.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    let near_lead = lead(&near_key);
    if near_key.split_whitespace().count() < 3 {
        return nearest.clone();
    }
    // (wording key, count, first range)
    let mut counts: Vec<(String, usize, Range<usize>)> = vec![(near_key.clone(), 1, nearest.clone())];
    for r in earlier {
        let k = key(&r);
        if lead(&k) != near_lead {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == k) {
            Some(c) => {
                c.1 += 1;
                if r.start < c.2.start {
                    c.2 = r;
                }
            }
            None => counts.push((k, 1, r)),
        }
    }
    let best = counts.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.start.cmp(&a.2.start)));
    match best {
        Some(b) if b.1 > counts[0].1 => b.2.clone(),
        _ => nearest.clone(),
    }
}

/// (session 25) The bytes of a one-letter preposition (ل li-) opening the word `w`,
/// with any vowel marks on it.
fn preposition_len(w: &str) -> usize {
    let mut chars = w.char_indices().skip(1).skip_while(|(_, c)| ('\u{064B}'..='\u{0652}').contains(c));
    chars.next().map_or(w.len(), |(i, _)| i)
}

/// (session 7) The first wording of an unnamed referent taken up by a bare definite noun
/// (المصدر al-maṣdar "the source" after مصدر ميداني maṣdar maydānī "a field source", المصادر
/// after مصادر دبلوماسية "diplomatic sources", المتحدث after متحدث باسم المدرسة "a spokesman
/// for the school", المكتب after مكتب تنسيق الشؤون الانسانية): the nearest earlier indefinite
/// `noun` with a modifier: an indefinite adjective or genitive right after it (or باسم "for"),
/// then up to 3 more words, up to punctuation, a preposition, a relative, a complementizer or a
/// verb of saying. The guidelines keep an unnamed speaker's first wording.
fn first_wording(text: &str, tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], before: usize, noun: &str, modifier: &dyn Fn(usize) -> bool) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // (session 48, qvariant) the auxiliary كان/كانت kāna/kānat "was" before قد qad (the
    // pluperfect: ضابط شرطة كان قد توجه "a police officer who had gone") opens a relative
    // clause, never a modifier of the noun (nor the town Cannes the tagger may read there)
    let auxiliary = |j: usize| matches!(keys[j].as_str(), "كان" | "كانت" | "كانوا" | "كانا") && keys.get(j + 1).is_some_and(|k| k == "قد");
    let plain = |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Arabic && (ent_at[j].is_none() || modifier(j)) && !super::ends_subject(&keys[j]) && !super::is_reporting_verb(&keys[j]) && !super::is_adverbial(&keys[j]) && !is_stop(&text[tokens[j].range.clone()]) && !auxiliary(j);
    // (bounded: at most 600 tokens back, about a news article, so a long document is not
    // rescanned for every description)
    let mut k = before;
    while k > before.saturating_sub(600) {
        k -= 1;
        let key = keys[k].strip_prefix('و').unwrap_or(&keys[k]);
        if key.starts_with("ال") || !same_noun(key, noun) {
            continue;
        }
        let n = k + 1;
        // (session 23) a name in quotation marks right after the noun (مراسل "سكاي نيوز"
        // murāsil "sky nyūz" "the Sky News correspondent"): up to the closing mark.
        if n < tokens.len() && super::is_quote_open(&text[tokens[n].range.clone()]) {
            let close = (n + 1..tokens.len().min(n + 8)).take_while(|&c| !is_stop(&text[tokens[c].range.clone()])).find(|&c| super::is_quote_close(&text[tokens[c].range.clone()]));
            if let Some(c) = close.filter(|&c| c > n + 1) {
                return Some((tokens[k].range.start..tokens[c].range.end, None));
            }
            continue;
        }
        // (session 23) a hashtag name right after the noun (وزارة #الخارجية_الروسية).
        if n < tokens.len() && tokens[n].kind == TokenKind::Hashtag {
            return Some((tokens[k].range.start..tokens[n].range.end, None));
        }
        // (session 23) في/من fī/min "in/from" and a definite word or a construct noun (مصدر في
        // المقاومة الوطنية maṣdar fī l-muqāwama l-waṭaniyya "a source in the national resistance",
        // مسؤول في وزارة الخارجية "an official in the foreign ministry").
        // (not شرطة في هجوم "police in an attack": the word after في definite, a name, or a
        // construct noun before one)
        let named = |j: usize| j < tokens.len() && (keys[j].starts_with("ال") || ent_at[j].is_some());
        let located = matches!(keys[n].as_str(), "في" | "من") && plain(n + 1) && !keys[n + 1].starts_with('ب') && !keys[n + 1].starts_with('ل') && (named(n + 1) || named(n + 2));
        // (session 24) or بـ bi- "at, in" glued to a definite word (مصدر بالطب الشرعي maṣdar
        // bi-ṭ-ṭibb aš-šarʿī "a source at forensic medicine", مسؤول بالوزارة "an official at
        // the ministry"), never an adverbial phrase (بالفعل "indeed", بالقرب "near").
        let at_definite = keys[n].starts_with("بال") && keys[n].chars().count() >= 5 && plain(n) && !matches!(keys[n].as_str(), "بالفعل" | "بالقرب" | "بالقول" | "بالاضافه" | "بالتزامن" | "بالنسبه" | "بالتالي" | "بالرغم" | "بالمقابل" | "بالذات");
        let opens = located || at_definite || (plain(n) && ((!keys[n].starts_with("ال") && !keys[n].starts_with('ب') && !keys[n].starts_with('ل')) || keys[n] == "باسم"));
        if !opens {
            continue;
        }
        let mut e = n + 1;
        while e < n + 4 && plain(e) && !keys[e].starts_with('ب') && !keys[e].starts_with('ل') {
            e += 1;
        }
        let r = tokens[k].range.start..tokens[e - 1].range.end;
        return Some((r, None));
    }
    None
}

/// (session 23) The same noun in another case form: the accusative alif (متحدثا mutaḥaddiṯan
/// "a spokesman", object) and the plural's ون/ين (مسؤولين masʾūlīn after المسؤولون
/// al-masʾūlūn "the officials").
pub(super) fn same_noun(key: &str, noun: &str) -> bool {
    if key == noun || key.strip_suffix('ا') == Some(noun) {
        return true;
    }
    let swap = |a: &str, b: &str| noun.strip_suffix(a).is_some_and(|r| key.strip_suffix(b) == Some(r));
    noun.chars().count() > 4 && (swap("ون", "ين") || swap("ين", "ون"))
}

/// (session 9, dev 7) The issuer named right after an indefinite statement noun at token `k`
/// by من min "from" or صدر عن ṣadara ʿan "issued by" (بيان من القصر الرئاسي bayān min al-qaṣr
/// ar-riʾāsī "a statement from the presidential palace", بيان صادر عن الوزارة): an actor entity,
/// or a definite noun with up to three definite nisba adjectives after it.
pub(super) fn statement_source(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], k: usize) -> Option<Range<usize>> {
    let key = |j: usize| keys.get(j).map(String::as_str).unwrap_or("");
    let j = if key(k + 1) == "من" {
        k + 2
    } else if (key(k + 1).starts_with("صدر") || key(k + 1).starts_with("صادر")) && key(k + 2) == "عن" {
        k + 3
    } else {
        return None;
    };
    if j >= tokens.len() || tokens[j].kind != TokenKind::Arabic {
        return None;
    }
    if let Some(e) = ent_at[j] {
        return matches!(entities[e].kind, EntityType::Person | EntityType::Organization).then(|| entities[e].range.clone());
    }
    // (session 40) after صدر عن ṣadara ʿan "issued by", an untagged construct noun and its
    // definite genitive (صادر عن أمن البصرة ṣādir ʿan amni l-baṣra "issued by Basra security").
    if !keys[j].starts_with("ال") && j > k + 2 && j + 1 < tokens.len() && tokens[j + 1].kind == TokenKind::Arabic && keys[j].chars().count() >= 3 && keys[j + 1].starts_with("ال") && !super::is_reporting_verb(&keys[j]) {
        let mut e = j + 2;
        while e < tokens.len() && e < j + 4 && tokens[e].kind == TokenKind::Arabic && keys[e].starts_with("ال") && !super::is_relative_pronoun(&keys[e]) && !super::is_adverbial(&keys[e]) {
            e += 1;
        }
        return Some(tokens[j].range.start..tokens[e - 1].range.end);
    }
    if !keys[j].starts_with("ال") || keys[j].chars().count() < 4 {
        return None;
    }
    let mut e = j + 1;
    // (nisba adjectives only: الوزارة اليوم "the ministry today" stops before the adverb)
    while e < tokens.len() && e < j + 4 && tokens[e].kind == TokenKind::Arabic && ent_at[e].is_none() && super::naming::is_definite_nisba(&keys[e]) {
        e += 1;
    }
    Some(tokens[j].range.start..tokens[e - 1].range.end)
}

/// Which nouns [`statement_issuer`] takes for the statement whose issuer it seeks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum StatementNouns {
    /// بيان bayān "statement", تغريدة "tweet", رسالة "letter", تدوينة "post".
    Statement,
    /// (session 9) تقرير taqrīr "report" only.
    Report,
    /// (session 48) A statement "in which" (a verb followed by فيه/فيها): the statement nouns,
    /// the resumptive-only ones (مذكرة، تصريح/تصريحات، رسائل، دعوى) and either behind a glued ب.
    InWhich,
}

/// Whoever issued the last statement (بيان bayān; also تغريدة tweet, رسالة letter) mentioned
/// between tokens `start_limit` and `before`: the actor right after it (بيان أصدرته X، بيان لـX)
/// or before it (أصدرت X بيانا، X ... في بيان لها). Returns the issuer's range, or the token
/// of the statement noun when no actor is named around it.
///
/// (session 9) With [`StatementNouns::Report`], the same for the last report (تقرير taqrīr: وقال المؤتمر في تقريره
/// "the congress said in its report" … وأضاف التقرير "the report added").
///
/// (session 48) With [`StatementNouns::InWhich`] (the verb is followed by فيه/فيها "in it"), also a memo,
/// remarks, letters or a lawsuit (مذكرة، تصريح/تصريحات، رسائل، دعوى: أرسلت البعثة مذكرة
/// أشادت فيها arsalat al-biʿṯa muḏakkiratan ašādat fīhā "the mission sent a memo in which it
/// praised"), and a statement noun behind a glued ب (ورد NAME بتغريدة كتب فيها wa-radda NAME
/// bi-taġrīdatin kataba fīhā "NAME replied with a tweet in which he wrote"). Only there: the
/// other callers search longer windows, where a nearer تصريحات would take over their statement.
pub(super) fn statement_issuer(tokens: &[Token], keys: &[String], ent_at: &[Option<usize>], entities: &[Entity], before: usize, start_limit: usize, nouns: StatementNouns) -> Option<Result<Range<usize>, usize>> {
    let is_actor = |e: usize| matches!(entities[e].kind, EntityType::Person | EntityType::Organization);
    let statement = |s: &str| matches!(s, "بيان" | "بيانا" | "بيانه" | "بيانها" | "تغريده" | "رساله" | "تدوينه");
    // (session 48) مذكرة muḏakkira "memo", تصريح/تصريحات taṣrīḥ/taṣrīḥāt "remark(s)", رسائل
    // rasāʾil "letters", دعوى daʿwā "lawsuit" (search keys)
    let resumptive_only = |s: &str| matches!(s, "مذكره" | "تصريح" | "تصريحا" | "تصريحات" | "رسايل" | "دعوي");
    let mut k = before;
    while k > start_limit {
        k -= 1;
        let st = stem(&keys[k]);
        let noun = match nouns {
            StatementNouns::Report => matches!(st.as_str(), "تقرير" | "تقريرا" | "تقريره" | "تقريرها"),
            StatementNouns::Statement => statement(&st),
            StatementNouns::InWhich => statement(&st) || resumptive_only(&st) || keys[k].strip_prefix('ب').is_some_and(|b| statement(b) || resumptive_only(b)),
        };
        if !noun {
            continue;
        }
        // (session 9) حسب ما جاء في البيان "according to what came in the statement", ألمح
        // البيان "the statement hinted": a definite statement noun without a genitive takes up
        // an earlier statement and introduces none; look further back for its issuer.
        // (session 40) only a form with the article: لبيان li-bayānin "to a statement" (وفقا
        // لبيان صادر عن X "according to a statement issued by X") is indefinite and introduces one.
        let before_stem = keys[k].strip_suffix(st.as_str());
        let definite_form = before_stem.is_none_or(|p| p.ends_with("ال") || p.ends_with("لل"));
        if definite_form && matches!(st.as_str(), "بيان" | "تقرير") && !(k + 1 < tokens.len() && keys[k + 1].starts_with("ال")) {
            continue;
        }
        let bare = keys[k] == st || before_stem.is_some_and(|p| matches!(p, "ل" | "ب" | "و" | "ول" | "وب"));
        // (session 9, dev 7) وأفاد بيان من القصر "a statement from the palace reported"
        if bare {
            if let Some(r) = statement_source(tokens, keys, ent_at, entities, k) {
                return Some(Ok(r));
            }
        }
        // نقل البيان عن X naqala al-bayān ʿan X "the statement relayed from X": a statement that
        // is itself the subject of a reporting verb names no issuer; look further back.
        if k > 0 && super::is_reporting_verb(&keys[k - 1]) {
            continue;
        }
        // After it only when introduced as the issuer: أصدرته/الصادر عن/لـ.
        let strong = k + 1 < tokens.len() && (keys[k + 1].starts_with("اصدر") || keys[k + 1].starts_with("الصادر") || keys[k + 1].starts_with("صادر") || (keys[k + 1].starts_with('ل') && keys[k + 1].chars().count() > 3));
        let weak = k + 1 < tokens.len() && ent_at[k + 1].is_some();
        // (session 40) a publishing verb after the statement noun ends the search for its issuer
        // after it (بيان للحزب نشرته وكالة الانباء bayān li-l-ḥizb našarathu wakālatu l-anbāʾ "a
        // statement of the party that the news agency published": the agency only published it).
        let publishes = |j: usize| {
            let w = keys[j].trim_start_matches(['و', 'ف']);
            ["نشر", "نقل", "اورد", "بثت", "بثه"].iter().any(|p| w.starts_with(p))
        };
        let after = (strong || weak).then(|| (k + 1..(k + 5).min(tokens.len())).take_while(|&j| !publishes(j)).find_map(|j| ent_at[j].filter(|&e| is_actor(e)))).flatten();
        // (session 40) The issuer named by a genitive the tagger left untagged: a construct
        // genitive after an indefinite statement noun (بيان المجلس bayānu l-majlis "the council's
        // statement") or a لل-genitive after the noun and its definite adjectives (بيان للرئاسة
        // الفرنسية "a statement of the French presidency", البيان الختامي للقمة "the final
        // statement of the summit"): a body noun (or a summit or conference) with its nisba
        // adjectives.
        let issuing_body = |j: usize| {
            let s = stem(&keys[j]);
            is_body_noun(&keys[j]) || matches!(s.as_str(), "قمه" | "موتمر")
        };
        // (nisba adjectives: no relative pronoun الذي/التي, no participle governing a
        // preposition, المنظمة المعنية بحقوق الانسان "the organisation concerned with human rights")
        let with_nisbas = |j: usize| {
            let mut e = j + 1;
            while e < tokens.len()
                && e < j + 3
                && tokens[e].kind == TokenKind::Arabic
                && ent_at[e].is_none()
                && keys[e].starts_with("ال")
                && super::naming::has_nisba_ending(&keys[e])
                && !super::is_relative_pronoun(&keys[e])
                && !keys.get(e + 1).is_some_and(|w| w.starts_with('ب'))
            {
                e += 1;
            }
            // and a ل-genitive body with its nisbas (المكتب الاعلامي لوزارة الداخلية "the media
            // office of the interior ministry")
            if e < tokens.len() && tokens[e].kind == TokenKind::Arabic && keys[e].starts_with('ل') && is_body_noun(&keys[e]) {
                e += 1;
                while e < tokens.len() && e < j + 6 && tokens[e].kind == TokenKind::Arabic && super::naming::is_definite_nisba(&keys[e]) && !super::is_relative_pronoun(&keys[e]) {
                    e += 1;
                }
            }
            tokens[j].range.start..tokens[e - 1].range.end
        };
        if after.is_none() && k + 1 < tokens.len() && tokens[k + 1].kind == TokenKind::Arabic && ent_at[k + 1].is_none() {
            if bare && keys[k + 1].starts_with("ال") && issuing_body(k + 1) {
                return Some(Ok(with_nisbas(k + 1)));
            }
            let mut g = k + 1;
            while g < tokens.len() && g < k + 3 && tokens[g].kind == TokenKind::Arabic && ent_at[g].is_none() && super::naming::is_definite_nisba(&keys[g]) {
                g += 1;
            }
            if g < tokens.len() && tokens[g].kind == TokenKind::Arabic && ent_at[g].is_none() && keys[g].starts_with("لل") && issuing_body(g) {
                return Some(Ok(with_nisbas(g)));
            }
        }
        // (session 9, 40) بيان أصدرته الرئاسة bayān aṣdarathu r-riʾāsa "a statement the
        // presidency issued", بيان نشرته X bayān našarathu X "a statement X published": the body
        // after the verb issued it, an untagged body noun with its nisba adjectives (a tagged
        // issuer after أصدرته is `after` already, one after نشرته is taken here); a publisher only
        // when it is no medium (a paper, agency, channel or site publishes others' statements).
        let issued = after.is_none() && k + 1 < tokens.len() && keys[k + 1].starts_with("اصدر");
        let published = bare && k + 1 < tokens.len() && keys[k + 1].starts_with("نشر");
        let medium = |j: usize| matches!(stem(&keys[j]).as_str(), "صحيفه" | "وكاله" | "قناه" | "موقع" | "اذاعه" | "تلفزيون" | "شبكه" | "مجله" | "جريده" | "صفحه");
        if (issued || published) && k + 2 < tokens.len() && tokens[k + 2].kind == TokenKind::Arabic && !(published && medium(k + 2)) {
            match ent_at[k + 2] {
                Some(e) if published && is_actor(e) && entities[e].range.start == tokens[k + 2].range.start => return Some(Ok(entities[e].range.clone())),
                None if keys[k + 2].starts_with("ال") && issuing_body(k + 2) => return Some(Ok(with_nisbas(k + 2))),
                _ => {}
            }
        }
        // (session 40) never past a reporting verb: in وبحسب رويترز، قالت المؤسسة في بيان "according
        // to Reuters, the corporation said in a statement" the subject of قالت issued it, not the
        // source named before the verb (the caller takes that speaker).
        // (session 49) nor a complement of مع/ضد/على/عن "with, against, on, about" (تقدمت
        // ممثلة … مع NAME بدعوى taqaddamat mumaṯṯila … maʿa NAME bi-daʿwā "an actress … with
        // NAME filed a lawsuit": NAME is no issuer; the clause subject stands before it).
        let complement = |e: usize| {
            let first = tokens.partition_point(|t| t.range.start < entities[e].range.start);
            // (across the name's title words: مع المحامي NAME "with the lawyer NAME")
            let mut f = first;
            while f > 0 && f + 3 > first && ent_at[f - 1].is_none() && is_person_title(&keys[f - 1]) {
                f -= 1;
            }
            f > 0 && matches!(keys[f - 1].as_str(), "مع" | "ومع" | "ضد" | "علي" | "عن")
        };
        let prior = (k.saturating_sub(6)..k).rev().take_while(|&j| !super::is_reporting_verb(&keys[j])).find_map(|j| ent_at[j].filter(|&e| is_actor(e) && !complement(e)));
        if let Some(e) = if strong { after.or(prior) } else { prior.or(after) } {
            // (session 50, qdoc) a tagged name run on into the statement noun (نشر البنتاغون
            // بيانا našara l-bintāġūn bayānan "the Pentagon published a statement", tagged as
            // one organisation): the name ends before the noun.
            let mut r = entities[e].range.clone();
            if k > 0 && r.start < tokens[k].range.start && r.end > tokens[k].range.start {
                r.end = tokens[k - 1].range.end;
            }
            return Some(Ok(r));
        }
        // أصدرت الممثلة بيانا "the actress issued a statement": the words between اصدر and it.
        if let Some(v) = (k.saturating_sub(7)..k).rev().find(|&j| keys[j].trim_start_matches('و').starts_with("اصدر")) {
            if v + 1 < k && (v + 1..k).all(|j| tokens[j].kind == TokenKind::Arabic) {
                return Some(Ok(tokens[v + 1].range.start..tokens[k - 1].range.end));
            }
            // لكن الممثلة اصدرت ... بيانا "but the actress issued ... a statement": the word
            // before the verb (after a conjunction) is its subject.
            if v > 0 && tokens[v - 1].kind == TokenKind::Arabic && !matches!(keys[v - 1].as_str(), "لكن" | "ولكن" | "كما" | "ثم" | "فقد" | "وقد" | "قد") {
                return Some(Ok(tokens[v - 1].range.clone()));
            }
            // (session 37) وكان X … قد أصدر بيانا wa-kāna X … qad aṣdara bayānan "X had issued a
            // statement": the subject of كان kāna, the first actor after it (same sentence).
            if v > 0 && matches!(keys[v - 1].as_str(), "قد" | "وقد") {
                let kana = (v.saturating_sub(12)..v - 1).rev().take_while(|&j| tokens[j].kind == TokenKind::Arabic).find(|&j| matches!(keys[j].as_str(), "كان" | "وكان" | "كانت" | "وكانت"));
                if let Some(e) = kana.and_then(|c| (c + 1..v - 1).find_map(|j| ent_at[j].filter(|&e| is_actor(e)))) {
                    return Some(Ok(entities[e].range.clone()));
                }
            }
        }
        return Some(Err(k));
    }
    None
}
