//! Trigger matching and argument attachment.

use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Not;
use std::ops::Range;

use marsad_ner::EntityType;
use marsad_text::normalize::search_key;
use marsad_text::{CliticLexicon, SegmentKind, Sentence, Token, TokenKind};
use marsad_understand::actors::{ActorKey, DocActor, MentionKind};
use marsad_understand::dates::{CivilDate, DateMention};
use marsad_understand::kb::{Coder, CountryKind, KbDate};
use marsad_understand::places::PlaceMatch;
use marsad_understand::quotes::Quote;

use crate::lexicon::{Domain, Entry, FormHit, Genitive, Person, Pos, RecipientMark};
use crate::{Event, EventFlags, EventLexicon, Participant};

/// What event coding reads: the text and the analysis parts computed before it.
#[derive(Clone, Copy, Debug)]
pub struct EventInput<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub sentences: &'a [Sentence],
    pub quotes: &'a [Quote],
    pub dates: &'a [DateMention],
    pub actors: &'a [DocActor],
    pub places: &'a [PlaceMatch],
    pub published: Option<CivilDate>,
    /// The text core's clitic lexicon: tells the conjunction و wa- "and" from a word's own first
    /// letter (ووزير = و + وزير, وزير alone).
    pub clitics: &'a CliticLexicon,
}

/// Words between a verb and its subject that do not end the search: quantities, adverbs.
const SKIPPABLE: &[&str] = &[
    "امس", "اليوم", "قد", "ايضا", "مجددا", "عشرات", "ميات", "الاف", "الف", "عدد", "عددا", "حوالي", "نحو", "اكثر", "اقل", "من", "قرابه", "زهاء", "ما", "يزيد", "عن", "لا", "مساء", "صباح", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي", "الليله", "الليل", "احد", "احدي", "اثنين", "اثنان", "بعض", "جميع",
];
/// Time words after a verb (امس "yesterday", the weekdays, مساء "evening"): the subset of
/// `SKIPPABLE` that dates the clause and names no participant.
const TIME_WORDS: &[&str] = &["امس", "اليوم", "مساء", "صباح", "الليله", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الماضي"];
const NUMBER_WORDS: &[&str] = &["اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرين", "ثلاثين", "اربعين", "خمسين", "ميه", "الفا", "الاف", "عشرات", "ميات", "اثنان", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"];
/// Attack nouns whose adjective انتحاري "suicide" is not an agent (هجوم انتحاري "suicide attack").
const ATTACK_NOUNS: &[&str] = &["هجوم", "هجمات", "هجومان", "هجومين", "تفجيران", "انفجاران", "هجوما", "تفجير", "تفجيرات", "تفجيرين", "تفجيرا", "عمليه", "عمليات", "عمليتين", "اعتداء", "اعتداءات", "انفجار", "حزام", "تفجيري"];
/// Adjectives of an attack noun that name no attacker: هجوم انتحاري "a suicide attack", هجوم
/// مسلح hujūm musallaḥ "an armed attack", عملية مسلحة (singular only: هجوم مسلحين "an attack
/// by gunmen" is a genitive).
const ATTACK_ADJECTIVES: &[&str] = &["انتحاري", "انتحاريه", "انتحاريين", "انتحاريا", "مسلح", "مسلحه", "مسلحا"];

/// A preposition clitic ل before a noun (لتنظيم li-tanẓīm "of the organisation"; للحركة).
fn strip_clitic_l(k: &str) -> &str {
    match k.strip_prefix("لل") {
        Some(r) if has_chars(r, 3) => r,
        _ => match k.strip_prefix('ل') {
            Some(r) if has_chars(r, 4) => r,
            _ => k,
        },
    }
}

fn strip_clitic_b(k: &str) -> &str {
    match k.strip_prefix('ب') {
        Some(r) if r.starts_with("ال") || r.starts_with("هجوم") || r.starts_with("تفجير") || r.starts_with("عملي") || r.starts_with("اعتداء") => r,
        _ => k,
    }
}

/// Quantity words before a partitive من: عدد من "a number of", احد "one of".
const PARTITIVE_HEADS: &[&str] = &["احد", "احدي", "عدد", "عددا", "بعض", "عشرات", "ميات", "الاف", "اثنين", "اثنان", "اثنا", "اثني", "ثلاثه", "عشره", "العشرات", "الميات", "جميع", "كل"];
const PREPOSITIONS: &[&str] = &["في", "من", "الي", "علي", "عن", "مع", "ضد", "بحق", "امام", "باتجاه", "نحو", "لدي", "عند", "خلال", "بين", "حول", "بعد", "قبل", "منذ"];
/// Words after a verb within which its cue must stand: the verb, a subject of up to three words
/// and a participle or adverb (اطلقت القوات الاسرائيلية المتمركزة شرق القطاع صاروخا "the Israeli
/// forces stationed east of the Strip fired a missile").
const CUE_WINDOW: usize = 6;
/// Prepositions of cause (جراء jarrāʾa "as a result of", اثر ithra "following", بسبب bi-sabab
/// "because of", بفعل bi-fiʿl "by the action of", نتيجة natījat "as a result of", عقب ʿaqiba
/// "right after"): the phrase
/// after them tells the cause, not the subject or object of the verb before (قتلوا جراء ضربة
/// جوية اميركية "they were killed by an American air strike": اميركية is not the victim).
const CAUSAL: &[&str] = &["جراء", "اثر", "بسبب", "بفعل", "نتيجه", "عقب"];
/// A word that opens a prepositional phrase: a preposition or a word of cause. The phrase after
/// it is neither the subject nor the object of the verb before it.
fn prepositional(k: &str) -> bool {
    PREPOSITIONS.contains(&k) || CAUSAL.contains(&k)
}
/// Verbs "frequented by" with the place as object pronoun (مطعم يقصده رجال شرطة maṭʿam
/// yaqṣiduhu rijālu šurṭa "a restaurant frequented by policemen", مقهى يرتاده طلاب): the
/// phrase after them names who the attacked place stood for.
const FREQUENTED: &[&str] = &["يقصده", "يقصدها", "تقصده", "تقصدها", "يرتاده", "يرتادها", "ترتاده", "ترتادها", "يرتادونه", "يقصدونه", "يرتادونها", "يقصدونها"];
/// Words opening a parenthetical that counts a group (بينهم baynahum "among them", منهم "of
/// them", معظمهم "most of them").
/// Vehicles "carrying" a group stand for it like places frequented by it: حافلة تقل عناصر من
/// الجيش "a bus carrying army members".
const CARRYING: &[&str] = &["تقل", "يقل", "تقلهم", "يقلهم", "تقلان", "يقلان", "تنقل", "ينقل", "تقله", "تقلها"];
/// The casualty idiom بين قتيل وجريح bayna qatīlin wa-jarīḥ "between killed and wounded" (also
/// plural قتلى وجرحى, and مصاب "injured").
const CASUALTY_KILLED: &[&str] = &["قتيل", "قتلي", "شهيد", "شهدا"];
const CASUALTY_WOUNDED: &[&str] = &["جريح", "جرحي", "مصاب", "مصابين", "مصابون"];
/// Quantity expressions before a count: ما لا يقل عن mā lā yaqillu ʿan "no fewer than", ما يزيد
/// عن/على "more than": read over as one word, like نحو.
const AT_LEAST: &[&[&str]] = &[&["ما", "لا", "يقل", "عن"], &["ما", "لا", "يقل", "علي"], &["لا", "يقل", "عن"], &["ما", "يزيد", "عن"], &["ما", "يزيد", "علي"], &["ما", "لا", "يقل"]];
/// Reporting verbs (past and present, masculine, feminine, plural) that end the search for a
/// pronoun's antecedent: قال qāla "said", ذكر ḏakara "mentioned", افاد afāda "stated", اعلن
/// aʿlana "announced", اكد akkada "confirmed", اورد awrada "reported",
/// اشار ašāra "pointed out", كشف kašafa "revealed".
const REPORTING: &[&str] = &[
    "قال", "قالت", "قالوا", "يقول", "تقول", "ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر", "افاد", "افادت", "افادوا", "يفيد", "تفيد", "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "اكد", "اكدت",
    "اكدوا", "يوكد", "توكد", "اورد", "اوردت", "اشار", "اشارت", "كشف", "كشفت",
];
/// "That" after a reporting verb: ان, انه, بان … (the clause after it may hold the victim).
const COMPLEMENTIZERS: &[&str] = &["ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"];
const AMONG_THEM: &[&str] = &["بينهم", "منهم", "بينهما", "معظمهم", "غالبيتهم", "اغلبهم"];
/// Verbs of the periphrastic passive before a verbal noun (تم tamma, جرى jarā: تم اغتياله
/// "he was assassinated").
const PERIPHRASTIC: &[&str] = &["تم", "تمت", "يتم", "جري", "جرت", "يجري"];
/// Adverbs of place (ẓarf makān) that make the next phrase a location, like في: جنوب بغداد
/// janūba baghdād "south of Baghdad" is where, not who.
const LOCATIVES: &[&str] = &["جنوب", "شمال", "شرق", "غرب", "وسط", "قرب", "جنوبي", "شمالي", "شرقي", "غربي", "ضواحي", "اطراف"];
/// Words of attribution, "according to": حسب ḥasaba, بحسب, وفق / وفقا ل, طبقا ل. The phrase
/// after them is who told the news (مسؤولين باكستانيين "Pakistani officials"), never the
/// event's actor or victim: they mark it like a preposition.
const ATTRIBUTION: &[&str] = &["حسب", "بحسب", "وفق", "وفقا", "طبقا"];
// Not ما mā: in news it is mostly the relative "what/which" (ما اسفر عن "which resulted in").
const NEGATION: &[&str] = &["لم", "لن", "لا", "ليس", "ليست", "لما"];
const DENIAL: &[&str] = &["نفي", "نفت", "ينفي", "تنفي", "نفوا", "ينفون", "نفيه"];
const FUTURE: &[&str] = &["سوف", "لن", "يعتزم", "تعتزم", "ينوي", "تنوي", "المقرر", "المتوقع", "المزمع"];
const HYPOTHETICAL: &[&str] = &["اذا", "لو", "لولا", "حال", "حاله"];
/// Words before a protest's target with the clitic ل: مناهضة للحكومة "opposed to the government".
const PROTEST_AGAINST_L: &[&str] = &["مناهضه", "مناهض", "مناهضين", "المناهضه", "المناهض", "المناهضين", "معاديه", "معادي", "معادين", "المعاديه", "المعادي", "رفضا", "تحديا"];
/// … with the clitic ب: تندد بالعدوان "denouncing the aggression".
const PROTEST_AGAINST_B: &[&str] = &["تندد", "ينددون", "يندد", "منددين", "مندده", "منددا", "تنديدا", "للتنديد", "نددوا", "للمطالبه", "مطالبين", "مطالبه", "تطالب", "يطالبون"];
/// … as a bare object: مطالبين الحكومة "demanding of the government".
const PROTEST_DEMANDING: &[&str] = &["مطالبين", "يطالبون", "طالبوا", "تطالب", "يطالب", "مطالبا", "لمطالبه", "مناشدين", "ناشدوا"];
/// Flag words (article-less search keys) and what protesters do to a flag (search keys, with
/// the ب of قاموا ب): a desecrated flag names the protest's target (`flag_target`).
const FLAG_WORDS: &[&str] = &["علم", "اعلام", "اعلاما", "علما"];
const FLAG_DESECRATION: &[&str] = &[
    "احراق", "باحراق", "حرق", "بحرق", "احرق", "احرقوا", "احرقت", "يحرقون", "تمزيق", "بتمزيق", "مزق", "مزقوا", "يمزقون", "دوس", "بدوس", "داسوا", "يدوسون", "دهس",
];
/// A petition or memorandum (article-less search keys): the phrase after الى (or right after
/// التماس من) is the protest's target.
const PETITION_WORDS: &[&str] = &["التماس", "مذكره", "مذكرات", "عريضه", "عرايض"];
/// Handing over (search keys): سلم/قدم X مذكرة "handed X a memorandum" (X the first object).
const HANDING: &[&str] = &["سلم", "سلموا", "سلمت", "يسلمون", "قدم", "قدموا", "قدمت", "يقدمون"];
/// Setting fire (search keys): اضرم النار في X "set fire to X" names the protest's target
/// (`arson_target`).
/// (احرق "burnt" takes its object directly: في after it is the place, احرقوا في المخيمات
/// الاطارات "in the camps they burnt tyres".)
const ARSON: &[&str] = &["اضرم", "اضرموا", "اضرمت", "يضرمون", "باضرام", "اضرام", "اشعل", "اشعلوا", "اشعلت", "يشعلون", "باشعال"];
const FIRE: &[&str] = &["نار", "النار", "النيران", "نيران"];
/// Throwing at a protest's target: القاء/القوا/رشقوا … على X.
/// Military vehicles: a nationality adjective right after them names that country's military
/// (جرافات اسرائيلية jarrāfāt isrāʾīliyya "Israeli bulldozers" → `ISR MIL`).
const MILITARY_VEHICLES: &[&str] = &["دبابه", "دبابات", "مدرعه", "مدرعات", "اليه", "اليات", "جرافه", "جرافات", "مروحيه", "مروحيات"];
const PROTEST_THROW: &[&str] = &["القاء", "القي", "القوا", "يلقون", "رشق", "رشقوا", "يرشقون", "برشق", "بالقاء"];
/// Demanding someone's fall: the genitive of رحيل raḥīl "departure", استقالة "resignation",
/// اسقاط/سقوط "the fall", اقالة "dismissal", تنحي "stepping down" (after ب/ل/ال/و), or the phrase
/// after يسقط yasquṭ "down with": مطالبين برحيل الحكومة "demanding the government's departure";
/// the chants تسقط/لتسقط "down with" (feminine), ارحل irḥal "leave!", ليرحل "let him leave",
/// ليستقيل/ليستقل "let him resign" (the word is matched with and without its ل).
const PROTEST_OUSTING: &[&str] = &["رحيل", "استقاله", "اسقاط", "سقوط", "اقاله", "تنحي", "يسقط", "ليسقط", "فليسقط", "تسقط", "لتسقط", "فلتسقط", "ارحل", "يرحل", "ليرحل", "فليرحل", "يستقيل", "ليستقيل", "فليستقيل", "يستقل", "ليستقل", "فليستقل"];
/// Clashes between the protesters and X: مواجهات بين X و….
const PROTEST_CLASH: &[&str] = &["مواجهات", "اشتباكات", "صدامات", "مواجهه"];
/// Words of rejection or opposition right before a protest's target with the clitic ل: رفضهم
/// للحكومة rafḍuhum li-l-ḥukūma "their rejection of the government", متظاهرون معارضون للحكومة
/// "demonstrators opposed to the government", مظاهرات مناوئة للحكومة "anti-government
/// demonstrations".
const PROTEST_REJECTING: &[&str] = &["رفضهم", "رفضها", "رفضه", "رفضنا", "رافضين", "رافضون", "رافضه", "رافضا", "الرافضين", "الرافضه", "معارضون", "معارضين", "معارضه", "المعارضين", "المعارضون", "مناويه", "مناويين", "مناوي", "المناويه", "المناويين"];
/// Rejection with a possessive pronoun before a bare construct noun and its genitive (never
/// right before the phrase, where رفضها is also the verb "he rejected it"): معلنين رفضهم مطالب
/// الاحزاب "declaring their rejection of the parties' demands".
const PROTEST_REJECTING_BARE: &[&str] = &["رفضهم", "رفضها"];
/// Curse slogans: الموت ل X "death to X", لنسحق X "let us crush X", الى الجحيم يا X / X الى
/// الجحيم "to hell (with) X".
const PROTEST_CURSE: &[&str] = &["لنسحق", "فلنسحق", "سنسحق"];
/// Clash verbs and singular nouns before مع "with", besides the clash nouns of `PROTEST_CLASH`:
/// اشتبك المتظاهرون مع الشرطة "the demonstrators clashed with the police", صدام مع الجيش "a
/// clash with the army".
const PROTEST_CLASH_WITH: &[&str] = &["اشتبك", "اشتبكوا", "اشتبكت", "يشتبكون", "اصطدم", "اصطدموا", "اصطدمت", "يصطدمون", "تصادم", "تصادموا", "صدام", "اشتباك"];
/// Words denying a clash: دون حدوث صدام "without a clash occurring", عدم الاشتباك.
const CLASH_DENIED: &[&str] = &["دون", "بدون", "عدم", "لم", "لا", "بلا"];
/// Marching verbs and nouns before the march's destination: سار المتظاهرون حتى السفارة "the
/// demonstrators marched up to the embassy", توجهوا الى مقر الحكومة "they headed to the seat of
/// the government".
const PROTEST_MARCH: &[&str] = &["سار", "ساروا", "سارت", "يسيرون", "توجه", "توجهوا", "توجهت", "يتوجهون", "زحف", "زحفوا", "يزحفون", "مسيره", "مسيرات", "زحفت"];
/// Words before a march's destination.
const MARCH_TO: &[&str] = &["الي", "حتي", "نحو", "باتجاه"];
/// Verbs of suffering with ل: تعرض لهجوم taʿarraḍa li-hujūm "was subjected to an attack".
const SUFFER_L: &[&str] = &["تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض", "يتعرضون", "تعرضا", "تعرضتا"];
/// … and with من: نجا من محاولة اغتيال najā min muḥāwalat ightiyāl "survived an assassination attempt".
const SURVIVE: &[&str] = &["نجا", "نجت", "نجوا", "ينجو", "تنجو", "نجيا"];
/// Vehicles, convoys, posts and gatherings whose owner (ل + group) is the victim of an attack.
const CONTAINERS: &[&str] = &["دوريه", "دوريات", "موكب", "مواكب", "قافله", "قوافل", "حاجز", "حواجز", "نقطه", "مقر", "مقرات", "مركز", "مراكز", "ثكنه", "حافله", "حافلات", "سياره", "سيارات", "تجمع", "حشد", "اجتماع", "تابعه", "تابعين", "تابع"];
/// Words for the members of a group (اعضاء aʿḍāʾ "members", عناصر ʿanāṣir "elements",
/// انصار anṣār "supporters", كوادر kawādir "cadres"): the group after them codes the phrase.
const MEMBER_HEADS: &[&str] = &["اعضاء", "عضو", "عناصر", "عنصر", "عنصرين", "عنصرا", "انصار", "مناصري", "مناصرو", "كوادر", "ممثلي", "ممثلين", "ممثلو", "نشطاء", "ناشطي", "مويدي", "مويدو", "اتباع", "منتسبي", "افراد"];
/// Leaders and heads of a group or office (زعماء طالبان zuʿamāʾ ṭālibān "Taliban leaders",
/// قادة الجيش "the army's commanders", مدير مكتب الوزير "the head of the minister's office"):
/// nouns the agent table does not know, standing for the group of the phrase after them; unlike
/// the member heads they join any sector (the head of a government office is government).
/// مكتب "office" only after one of them.
const LEADER_HEADS: &[&str] = &["زعيم", "زعماء", "قاده", "قياديين", "قياديي", "قيادي", "مدير", "مديري", "مديرو"];
const LEADER_OFFICE: &[&str] = &["مكتب"];
/// Sectors (first three letters) of non-state groups whose head or commander is coded as the
/// group (رئيس العصابة → `CRM`).
const GROUP_SECTORS: &[&str] = &["CRM", "UAF", "REB", "OPP", "PTY", "RAD", "INS"];
/// Relative verbs with the attack as object pronoun: هجوم شنه متمردون "an attack that rebels
/// launched", نفذته "carried it out", تبنته "claimed it", ارتكبه "committed it".
const RELATIVE_AGENT_VERBS: &[&str] = &[
    "شنه", "شنته", "شنها", "شنتها", "شنوه", "شنوها", "نفذه", "نفذته", "نفذها", "نفذتها", "نفذوه", "نفذوها", "تبناه", "تبنته", "تبناها", "تبنتها", "تبنوه", "تبنوها", "ارتكبه", "ارتكبته", "ارتكبها", "ارتكبتها", "ارتكبوه", "ارتكبوها",
];
/// Relative pronouns between an attack noun and its relative verb (الهجوم الذي نفذته …).
const RELATIVE_PRONOUNS: &[&str] = &["الذي", "التي", "اللذين", "اللتين", "اللذان", "اللتان"];
/// Nouns that carry the protesters' words and deeds as the subject of a following verb:
/// لافتات تطالب بـ lāfitāt tuṭālibu bi- "banners demanding", شعارات تدين "slogans condemning",
/// بتظاهرة تطالب رئيس الوزراء "in a demonstration demanding of the prime minister". A non-human
/// plural (or a feminine noun) takes a feminine singular verb.
const SLOGAN_NOUNS: &[&str] = &["هتافات", "شعارات", "لافتات", "يافطات", "شعار", "لافته", "يافطه", "هتاف", "تظاهره", "مظاهره", "مسيره", "تظاهرات", "مظاهرات", "مسيرات", "وقفه", "احتجاجات"];
/// Words before the agent of a passive: على يد "at the hands of", برصاص "by the bullets of",
/// بنيران "by the fire of", بقصف / بغارة "by the shelling / raid of".
const PASSIVE_AGENT_WORDS: &[&str] = &["يد", "ايدي", "يدي", "برصاص", "رصاص", "بنيران", "نيران", "بقصف", "بغاره", "بغارات"];
/// Nouns that introduce a group's name (تنظيم «القاعدة», حركة «…», جماعة «…»).
const GROUP_NOUNS: &[&str] = &["تنظيم", "حركه", "جماعه", "منظمه", "جبهه", "كتايب", "مجموعه", "ميليشيا", "حزب", "تيار", "ايتلاف", "سرايا"];
const POLITICAL_SECTORS: &[&str] = &["GOV", "MIL", "IGO", "ELI", "LEG", "JUD", "PTY", "OPP", "REB", "COP", "SPY"];

/// A participant phrase of a sentence: a document actor mention, an agent noun, a country name
/// or nationality adjective, or several of them side by side.
#[derive(Clone, Debug)]
struct Unit {
    tok: Range<usize>,
    range: Range<usize>,
    id: Option<String>,
    country: Option<String>,
    sector: Option<String>,
    /// A person or organisation (a named actor).
    named: bool,
    /// A title or counterpart mention (نظيره الروسي "his Russian counterpart"): a name right
    /// after it is in apposition and wins.
    title: bool,
    /// Only a nationality adjective (غارة اسرائيلية "an Israeli raid").
    adjective_only: bool,
    /// The preposition word right before the phrase.
    prep: Option<String>,
    /// A preposition within two words before it (ضد الغارات الاسرائيلية: ضد … ISR).
    prep_near: Option<String>,
    /// A counted part of a group: ثلاثة من الجنود thalāthatun mina l-junūd "three of the
    /// soldiers". The من is partitive, not a preposition: the phrase stands where the number
    /// does (subject, object, genitive).
    partitive: bool,
    /// A leading preposition clitic ب/ل/ك.
    clitic: Option<char>,
    /// An agent noun that names no sector (lexicon override `-`): not re-coded.
    sectorless: bool,
    /// A name from the KB that is no document actor (an organisation, not a place).
    kb_name: bool,
    /// An agent noun of an office held by one person (رئيس "president", وزير "minister"): the
    /// agents table gives it an English title.
    office: bool,
    /// The country code is that of a people without a state (a countries-table entry with no
    /// ISO alpha-2: `KUR`): a state's nationality adjective right after it gives the state.
    stateless: bool,
    provenance: String,
}

impl Unit {
    fn bare(&self) -> bool {
        self.prep.is_none() && self.clitic.is_none()
    }
    /// Has a country or a sector (an event code), not only a name.
    fn coded(&self) -> bool {
        self.country.is_some() || self.sector.is_some()
    }
    fn participant(&self) -> Participant {
        Participant { range: self.range.clone(), id: self.id.clone(), country: self.country.clone(), sector: self.sector.clone() }
    }
    fn marked_by(&self, marks: &[RecipientMark]) -> bool {
        marks.iter().any(|m| match m {
            RecipientMark::Object => false,
            RecipientMark::Prep(p) if p.chars().count() == 1 => self.clitic.is_some_and(|c| p.starts_with(c)),
            RecipientMark::Prep(p) => self.prep.as_deref() == Some(p.as_str()) || (self.prep.is_none() && self.prep_near.as_deref() == Some(p.as_str())),
        })
    }
}

/// A trigger found in a sentence.
struct Trigger<'l> {
    entry: &'l Entry,
    hit: &'l FormHit,
    tok: Range<usize>,
    future_prefix: bool,
    cue: bool,
    /// The cue word (عقوبات in فرض عقوبات): part of this trigger, not an event of its own.
    cue_at: Option<usize>,
    /// Read with a leading conjunction و/ف (فقتلت fa-qatalat "and killed").
    conj: bool,
    /// The gender of a singular third-person verb, read off its inflection: `Some(true)` for the
    /// feminine (qatalat, taqtulu), `Some(false)` for the masculine (qatala, yaqtulu).
    feminine: Option<bool>,
}

/// Code the events of a document, deduplicated within it (see [`crate::dedup_document`]).
pub fn code_events(input: &EventInput<'_>, lexicon: &EventLexicon, coder: &Coder<'_>) -> Vec<Event> {
    let text = input.text;
    let keys: Vec<Cow<'_, str>> = input.tokens.iter().map(|t| if t.kind == TokenKind::Arabic { search_key(&text[t.range.clone()]) } else { Cow::Borrowed("") }).collect();
    let kb_date = input.published.and_then(|d| KbDate::new(u16::try_from(d.year).ok()?, d.month, d.day));
    let mut events = Vec::new();
    for (si, sentence) in input.sentences.iter().enumerate() {
        let triggers = find_triggers(&keys, input.tokens, sentence.tokens.clone(), lexicon);
        if triggers.is_empty() {
            continue;
        }
        let cx = Sentence_ { input, keys: &keys, si, sentence, units: build_units(input, &keys, sentence, coder, lexicon, kb_date, &triggers), contexts: contexts(&keys, sentence, lexicon), coder, gazetteer: coder.places, slogans: Cell::new(true) };
        let domains = sentence_domains(&keys, sentence, lexicon);
        let mut here: Vec<Event> = triggers.iter().filter(|t| keep_in_domain(t.entry, &domains)).filter_map(|t| cx.attach(t, &triggers)).filter(|e| e.provenance.contains("actor=slogan") || political_enough(e, &domains)).collect();
        // A slogan's act without a recipient (شعارات تطالب بعقوبات "slogans demanding
        // sanctions") is kept until it takes the protesters as actor.
        protesters_acts(&mut here);
        // A slogan act left without the protesters (the sentence's protest names no actor of
        // its own: المزارعون … احتجاجات تدعو الى الغاء الضريبة "the farmers … protests calling
        // for the tax to be abolished") keeps its verb's ordinary subject, unless that subject
        // is the slogan's own object (احتجاجات تدعو الحكومة "protests calling on the
        // government": not the government calling).
        let orphan = |e: &Event| e.provenance.contains("actor=slogan") && e.actors.is_empty();
        if here.iter().any(orphan) {
            cx.slogans.set(false);
            for e in here.iter_mut().filter(|e| orphan(e)) {
                let plain = triggers.iter().find(|t| input.tokens[t.tok.start].range.start == e.trigger.start).and_then(|t| cx.attach(t, &triggers));
                let objects = |p: &Event| matches!((p.actors.first(), e.recipients.first()), (Some(a), Some(r)) if overlaps(&a.range, &r.range));
                // A bare agent, not a place or a phrase after a preposition (شهدت ولايات اميركية
                // مسيرات تطالب "American states saw marches demanding"; قتلوا برصاص القوات
                // خلال المظاهرات التي تطالب "killed by the forces' fire during the demonstrations
                // demanding").
                let agent = |p: &Event| p.actors.first().is_some_and(|a| cx.units.iter().any(|u| overlaps(&u.range, &a.range) && u.prep.is_none() && u.clitic.is_none() && !u.adjective_only && (u.tok.start == 0 || !PASSIVE_AGENT_WORDS.contains(&strip_conj(&cx.keys[u.tok.start - 1]))) && (u.named || u.sector.is_some())));
                if let Some(plain) = plain.filter(|p| agent(p) && !objects(p)) {
                    *e = plain;
                }
            }
        }
        here.retain(|e| political_enough(e, &domains));
        consolidate_sentence(&mut here);
        events.extend(here);
    }
    crate::dedup_document(events)
}

fn sentence_domains(keys: &[Cow<'_, str>], sentence: &Sentence, lexicon: &EventLexicon) -> Vec<Domain> {
    let mut out = Vec::new();
    for k in &keys[sentence.tokens.clone()] {
        if k.is_empty() {
            continue;
        }
        if let Some(d) = readings(k).iter().find_map(|(r, _, _)| lexicon.domain(r)) {
            if !out.contains(&d) {
                out.push(d);
            }
        }
    }
    out
}

/// Deaths and injuries in an accident or a match are not PLOVER events.
fn keep_in_domain(entry: &Entry, domains: &[Domain]) -> bool {
    !entry.victim || domains.is_empty()
}

/// A verbal event (a request, an accusation, support) needs someone who says it or someone it
/// is said to; in a sports sentence, every event needs a political participant (يلتقي "meets"
/// and هجوم "attack" are football words there).
fn political_enough(e: &Event, domains: &[Domain]) -> bool {
    let verbal = matches!(e.event.quad_class(), 1 | 3) && e.event != crate::EventType::Consult;
    if verbal && e.actors.is_empty() && e.recipients.is_empty() {
        return false;
    }
    if domains.contains(&Domain::Sport) {
        return e.actors.iter().chain(&e.recipients).any(|p| p.sector.as_deref().is_some_and(|s| POLITICAL_SECTORS.iter().any(|x| s.starts_with(x))));
    }
    true
}

/// Several triggers of one type in one sentence usually tell one event: فجرت نفسها … ما اسفر
/// عن مقتل ثمانية اشخاص "she blew herself up … killing eight people" is one ASSAULT with the
/// bomber as actor and the dead as recipients. Events of the same type whose participants do
/// not conflict (equal, or missing on one side) and that share their flags are merged, each
/// filling the other's missing actor or recipient.
/// The actor of `a` is the recipient of `b`: a reciprocal pair, not one event.
fn clash(a: &Event, b: &Event) -> bool {
    match (a.actors.first(), b.recipients.first()) {
        (Some(x), Some(r)) => x.key() == r.key(),
        _ => false,
    }
}

/// What the protesters do to someone in the protest's sentence tells what they protest
/// against: wa-hājama l-mutaẓāhirūna maqarra l-ḥizb "and the demonstrators attacked the
/// party's office", ittahamū l-ḥukūma "they accused the government", ṭālabū … "they demanded
/// of …". A protest without a target of its own (none, or only the place fallback) takes the
/// recipient of a conflictual or demanding event of the same sentence whose actor is the
/// protest's actor (the same phrase).
fn protesters_acts(events: &mut [Event]) {
    use crate::EventType as T;
    let acts = |e: &Event| matches!(e.event, T::Assault | T::Coerce | T::Accuse | T::Reject | T::Threaten | T::Request | T::Sanction);
    // What the protest's slogans and banners demand or condemn (شعارات تدين … سلطات استونيا
    // šiʿārāt tudīnu … sulṭāt istūniyā "slogans condemning … the Estonian authorities") is
    // said by the protesters: the act takes the protest's actor and gives it its target.
    let slogan = |o: &Event| o.provenance.contains("actor=slogan");
    if let Some(protesters) = events.iter().filter(|p| p.event == T::Protest).find_map(|p| p.actors.first().cloned()) {
        for o in events.iter_mut().filter(|o| slogan(o) && o.actors.is_empty() && o.recipients.first().is_none_or(|r| !overlaps(&r.range, &protesters.range))) {
            o.actors = vec![protesters.clone()];
            o.provenance.push_str("; actor=protesters(slogan)");
        }
    }
    for i in 0..events.len() {
        let p = &events[i];
        if p.event != T::Protest || !(p.recipients.is_empty() || p.provenance.contains("recipient=place-country")) {
            continue;
        }
        let actor = p.actors.first().map(|a| a.range.clone());
        let found = events.iter().find_map(|o| {
            let r = o.recipients.first()?;
            let theirs = slogan(o) || matches!((o.actors.first(), &actor), (Some(a), Some(actor)) if overlaps(&a.range, actor));
            (acts(o) && theirs && actor.as_ref().is_none_or(|actor| !overlaps(&r.range, actor))).then(|| r.clone())
        });
        if let Some(r) = found {
            let p = &mut events[i];
            p.recipients = vec![r];
            p.provenance = p.provenance.replace("; recipient=place-country", "");
            p.provenance.push_str("; recipient=protesters-act");
        }
    }
}

fn consolidate_sentence(events: &mut Vec<Event>) {
    let same = |a: &Option<&crate::Participant>, b: &Option<&crate::Participant>| match (a, b) {
        (Some(x), Some(y)) => x.key() == y.key(),
        _ => true,
    };
    let mut i = 0;
    while i < events.len() {
        let mut j = i + 1;
        while j < events.len() {
            let (a, b) = (&events[i], &events[j]);
            let compatible = a.event == b.event
                && a.flags == b.flags
                && same(&a.actors.first(), &b.actors.first())
                && same(&a.recipients.first(), &b.recipients.first())
                // An actor of one is not the recipient of the other (reciprocal clashes).
                && !clash(a, b);
            if compatible {
                let b = events.remove(j);
                let a = &mut events[i];
                if a.actors.is_empty() {
                    a.actors = b.actors;
                }
                if a.recipients.is_empty() {
                    a.recipients = b.recipients;
                }
                if a.mode.is_none() {
                    a.mode = b.mode;
                    a.cameo = b.cameo;
                }
                a.mentions.extend(b.mentions);
                a.confidence = a.confidence.max(b.confidence);
                a.provenance.push_str(" + ");
                a.provenance.push_str(&b.provenance);
            } else {
                j += 1;
            }
        }
        i += 1;
    }
}

/// At most 1 + 2 × 10 readings: the key, then per base (the key, the key without و/ف) the future
/// س, eight proclitic groups and the conjunction alone.
const MAX_READINGS: usize = 24;

/// Clitic-stripped readings of a search key: (remainder, stripped prefix, future س seen).
/// On the stack: this runs for every Arabic token.
struct Readings<'k> {
    items: [(&'k str, &'k str, bool); MAX_READINGS],
    len: usize,
}

impl<'k> Readings<'k> {
    fn push(&mut self, r: (&'k str, &'k str, bool)) {
        if self.len < MAX_READINGS {
            self.items[self.len] = r;
            self.len += 1;
        }
    }
    fn iter(&self) -> std::slice::Iter<'_, (&'k str, &'k str, bool)> {
        self.items[..self.len].iter()
    }
}

impl<'k> IntoIterator for Readings<'k> {
    type Item = (&'k str, &'k str, bool);
    type IntoIter = std::iter::Take<std::array::IntoIter<(&'k str, &'k str, bool), MAX_READINGS>>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

/// At least `n` characters (Arabic letters are 2 bytes: a cheap bound first).
fn has_chars(s: &str, n: usize) -> bool {
    s.len() >= 4 * n || s.chars().nth(n - 1).is_some()
}

fn readings(key: &str) -> Readings<'_> {
    let mut out = Readings { items: [("", "", false); MAX_READINGS], len: 0 };
    out.push((key, "", false));
    let conj = ["و", "ف"].iter().find_map(|c| key.strip_prefix(c).map(|r| (r, &key[..c.len()])));
    let conj_base = match conj {
        Some((r, _)) if has_chars(r, 2) => Some(r),
        _ => None,
    };
    for b in std::iter::once(key).chain(conj_base) {
        let plen = key.len() - b.len();
        if let Some(r) = b.strip_prefix('س') {
            if has_chars(r, 3) {
                out.push((r, &key[..plen + 'س'.len_utf8()], true));
            }
        }
        for p in ["بال", "لل", "وال", "كال", "ال", "ب", "ل", "ك"] {
            if let Some(r) = b.strip_prefix(p) {
                if has_chars(r, 2) {
                    out.push((r, &key[..plen + p.len()], false));
                }
            }
        }
        if plen > 0 {
            out.push((b, &key[..plen], false));
        }
    }
    out
}

/// The gender of a singular third-person active verb form `form` (without و/ف/س) of `entry`:
/// the past adds ت for the feminine (قتل qatala / قتلت qatalat), the imperfect opens with ي
/// for the masculine and ت for the feminine (يقتل / تقتل). `None` for other forms (plural,
/// first person, an object pronoun, passive entries, a stem the inflection does not show).
fn verb_gender(entry: &Entry, hit: &FormHit, form: &str) -> Option<bool> {
    if entry.pos != Pos::Verb || hit.person != Person::Third || hit.plural || hit.object || !hit.rest.is_empty() {
        return None;
    }
    if hit.imperfect {
        return match form.chars().next() {
            Some('ي') => Some(false),
            Some('ت') => Some(true),
            _ => None,
        };
    }
    let lemma = entry.lemma.as_str();
    if lemma.ends_with('ت') {
        return None;
    }
    match form.strip_prefix(lemma) {
        Some("") => Some(false),
        Some("ت") => Some(true),
        _ => None,
    }
}

/// A past stem written like its own verbal noun: a three-letter sound stem (قتل qatala / qatl,
/// قصف qaṣafa / qaṣf) or a ت-stem of forms V–VI (تجمع tajammaʿa / tajammuʿ). Derived stems
/// (اتهم / اتهام، طالب / مطالبة، اعتقل / اعتقال) and defective ones (دعا / دعوة) are not.
fn masdar_homograph(lemma: &str) -> bool {
    (lemma.chars().count() == 3 && !lemma.ends_with(['ا', 'ي'])) || lemma.starts_with('ت')
}

fn find_triggers<'l>(keys: &[Cow<'_, str>], tokens: &[Token], range: Range<usize>, lexicon: &'l EventLexicon) -> Vec<Trigger<'l>> {
    let mut out: Vec<Trigger<'l>> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let key = keys[i].as_ref();
        if key.is_empty() || tokens[i].kind != TokenKind::Arabic {
            i += 1;
            continue;
        }
        let mut best: Option<(u8, Trigger<'l>)> = None;
        if lexicon.is_stop(key) || lexicon.is_stop(strip_conj(key)) || lexicon.is_stop(crate::lexicon::strip_al(strip_conj(key))) {
            i += 1;
            continue;
        }
        for (rem, prefix, fut) in readings(key) {
            for hit in lexicon.lookup(rem) {
                let entry = lexicon.entry(hit.entry);
                let verbal = matches!(entry.pos, Pos::Verb | Pos::Passive);
                // Verbs take only و/ف and the future س; nouns also prepositions and ال.
                let prefix_ok = if verbal { prefix.chars().all(|c| c == 'و' || c == 'ف' || c == 'س') } else { !fut };
                if !prefix_ok || (fut && !hit.imperfect) {
                    continue;
                }
                // Multi-word forms: the following words, article-less.
                let mut end = i + 1;
                let mut ok = true;
                for w in &hit.rest {
                    if end >= range.end || crate::lexicon::strip_al(strip_conj(&keys[end])) != w {
                        ok = false;
                        break;
                    }
                    end += 1;
                }
                if !ok {
                    continue;
                }
                if !entry.not_next.is_empty() && end < range.end && entry.not_next.iter().any(|n| strip_conj(&keys[end]) == n) {
                    continue;
                }
                if !entry.not_cues.is_empty() && (end..(end + 3).min(range.end)).any(|j| readings(&keys[j]).iter().any(|(r, _, _)| entry.not_cues.iter().any(|c| c == r)) || entry.not_cues.iter().any(|c| c == &keys[j])) {
                    continue;
                }
                if let Some(p) = entry.not_prep {
                    if end < range.end && keys[end].starts_with(p) {
                        continue;
                    }
                }
                let cue_at = if entry.cues.is_empty() {
                    None
                } else {
                    let found = (end..(end + CUE_WINDOW).min(range.end))
                        // A causal word ends the search (توقع صندوق النقد ارتفاع النمو عقب الاتفاق "the IMF expected
                        // growth after the agreement": the agreement is not what is signed). Temporal words do
                        // not: they are often adverbials before the object (شنت اسرائيل بعد ذلك غارات).
                        .take_while(|&j| !CAUSAL.contains(&strip_conj(&keys[j])))
                        .find(|&j| readings(&keys[j]).iter().any(|(r, _, _)| entry.cues.iter().any(|c| c == r)) || entry.cues.iter().any(|c| c == &keys[j]));
                    if found.is_none() {
                        continue;
                    }
                    found
                };
                let cue = cue_at.is_some();
                let rank = (cue as u8) * 4 + (!hit.rest.is_empty() as u8) * 2 + verbal as u8;
                if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    let feminine = verb_gender(entry, hit, rem);
                    best = Some((rank, Trigger { entry, hit, tok: i..end, future_prefix: fut, cue, cue_at, conj: prefix.starts_with(['و', 'ف']), feminine }));
                }
            }
        }
        match best {
            Some((_, t)) => {
                i = t.tok.end;
                out.push(t);
            }
            None => i += 1,
        }
        // Skip a cue word that is reached now.
        while out.last().and_then(|t| t.cue_at) == Some(i) {
            i += 1;
        }
    }
    out
}

fn strip_conj(k: &str) -> &str {
    k.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(k)
}

fn contexts(keys: &[Cow<'_, str>], sentence: &Sentence, lexicon: &EventLexicon) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for k in &keys[sentence.tokens.clone()] {
        if k.is_empty() {
            continue;
        }
        for (r, _, _) in readings(k) {
            if let Some(c) = lexicon.context(r) {
                if !out.iter().any(|x| x == c) {
                    out.push(c.to_string());
                }
                break;
            }
        }
    }
    out
}

/// Participant phrases of a sentence, in text order.
fn build_units(input: &EventInput<'_>, keys: &[Cow<'_, str>], sentence: &Sentence, coder: &Coder<'_>, lexicon: &EventLexicon, date: Option<KbDate>, triggers: &[Trigger<'_>]) -> Vec<Unit> {
    let text = input.text;
    let toks = &input.tokens[sentence.tokens.clone()];
    let base = sentence.tokens.start;
    let tok_of = |byte: usize| -> usize { base + toks.partition_point(|t| t.range.end <= byte) };
    let tok_end = |byte: usize| -> usize { base + toks.partition_point(|t| t.range.start < byte) };
    let mut raw: Vec<Unit> = Vec::new();
    let blank = |tok: Range<usize>, range: Range<usize>| Unit { tok, range, id: None, country: None, sector: None, named: false, title: false, adjective_only: false, prep: None, prep_near: None, partitive: false, clitic: None, sectorless: false, kb_name: false, office: false, stateless: false, provenance: String::new() };
    // Document actors.
    for a in input.actors {
        for m in &a.mentions {
            if m.range.start < sentence.range.start || m.range.end > sentence.range.end {
                continue;
            }
            let mut u = blank(tok_of(m.range.start)..tok_end(m.range.end), m.range.clone());
            u.country = a.country.clone();
            u.sector = a.sector.clone();
            match &a.key {
                ActorKey::Country(_) => {
                    u.adjective_only = m.kind == MentionKind::Country && a.kind == Some(EntityType::Location) && is_adjective(coder, text, &input.tokens[u.tok.clone()]);
                }
                _ => {
                    // A one-word "person" that is an attack noun is a tagging slip, no actor:
                    // هجومان انتحاريان hujūmān intiḥāriyyān "two suicide attacks".
                    if a.kind == Some(EntityType::Person) && u.tok.len() == 1 && ATTACK_NOUNS.contains(&crate::lexicon::strip_al(strip_conj(strip_clitic_b(&keys[u.tok.start])))) {
                        continue;
                    }
                    u.id = Some(a.id.clone());
                    u.named = true;
                    u.title = matches!(m.kind, MentionKind::Title | MentionKind::Counterpart);
                    // An organisation the actor tables do not code is of the kind its head noun
                    // names: حزب الغد ḥizb al-ghad "the Ghad party" → `PTY` (so اعضاء "members"
                    // before it and a nationality after it join the phrase as for the agent noun).
                    if a.kind == Some(EntityType::Organization) && u.country.is_none() && u.sector.is_none() {
                        u.sector = head_sector(text, &input.tokens[u.tok.clone()], m.range.start, coder, lexicon);
                    }
                }
            }
            u.provenance = format!("actor:{}", a.id);
            raw.push(u);
        }
    }
    // Agent nouns and country words the actor resolution did not cover.
    let mut kb_names: Option<Vec<marsad_understand::kb::ActorMatch>> = None;
    // Names of two or more words the knowledge base knows exactly, with a country and a sector,
    // that the NER left out of the document actors (tagged MISC or not at all; often inside
    // «» or ()): ألوية الناصر صلاح الدين alwiyat an-nāṣir ṣalāḥ ad-dīn → `PSE REB`. They form a
    // phrase with the KB's codes (no id: the resolution did not accept the name as an actor).
    {
        let names = kb_names.get_or_insert_with(|| coder.kb.find(text, toks));
        for a in names.iter().filter(|a| a.level == marsad_understand::kb::MatchLevel::Exact) {
            let r = a.range.start + a.clitic_len..a.range.end;
            let (t0, t1) = (tok_of(a.range.start), tok_end(a.range.end));
            let words = input.tokens[t0..t1].iter().filter(|t| t.kind == TokenKind::Arabic).count();
            if words < 2 || raw.iter().any(|u| overlaps(&u.range, &r)) {
                continue;
            }
            let (country, sector) = coder.kb.codes_at(a.actor, date);
            if country.is_none() || sector.is_none() {
                continue;
            }
            let mut u = blank(t0..t1, r);
            u.country = country;
            u.sector = sector;
            u.kb_name = true;
            u.provenance = format!("kb-name:{}", coder.kb.actor(a.actor).id);
            raw.push(u);
        }
    }
    for m in coder.agents.find(text, toks) {
        let r = m.range.start + m.clitic_len..m.range.end;
        if raw.iter().any(|u| overlaps(&u.range, &r)) {
            continue;
        }
        // An agent noun reached only through its light stem gives way to an actor name the KB
        // knows exactly on the same words: طالبان ṭālibān is the Taliban, not the dual of طالب
        // "student" (EDU).
        if m.level == marsad_understand::kb::MatchLevel::Stem {
            let names = kb_names.get_or_insert_with(|| coder.kb.find(text, toks));
            if let Some(a) = names.iter().find(|a| a.level == marsad_understand::kb::MatchLevel::Exact && a.range.start + a.clitic_len <= r.start && a.range.end >= r.end) {
                let (country, sector) = coder.kb.codes_at(a.actor, date);
                if country.is_some() && sector.is_some() {
                    let mut u = blank(tok_of(a.range.start)..tok_end(a.range.end), a.range.start + a.clitic_len..a.range.end);
                    u.country = country;
                    u.sector = sector;
                    u.kb_name = true;
                    u.provenance = format!("kb:{}", coder.kb.actor(a.actor).id);
                    raw.push(u);
                    continue;
                }
            }
        }
        // An agent adjective on an attack noun names no attacker: هجوم انتحاري hujūm intiḥārī
        // "a suicide attack", تفجير انتحاري "a suicide bombing" (the GSR leaves the source
        // unknown); انتحاري alone "a suicide bomber" is one.
        let ti = tok_of(m.range.start);
        if ti > base && ATTACK_NOUNS.contains(&crate::lexicon::strip_al(strip_conj(strip_clitic_b(&keys[ti - 1])))) && ATTACK_ADJECTIVES.contains(&crate::lexicon::strip_al(&keys[ti])) {
            continue;
        }
        // الأمن القومي al-amn al-qawmī is "national security", a concern, not the security forces
        // (امن); مجلس/مستشار الأمن القومي keep their own head.
        let end_tok = tok_end(m.range.end);
        if crate::lexicon::strip_al(strip_conj(strip_clitic_b(&keys[ti]))) == "امن" && end_tok == ti + 1 && end_tok < sentence.tokens.end && crate::lexicon::strip_al(&keys[end_tok]) == "قومي" {
            continue;
        }
        // العالم al-ʿālam after a construct head or a preposition is "the world", not عالِم
        // ʿālim "scientist" (`EDU`): قادة العالم qādat al-ʿālam "the world's leaders", دول العالم
        // "the countries of the world", في العالم "in the world" (also للعالم, بالعالم).
        if end_tok == ti + 1 && crate::lexicon::strip_al(strip_clitic_l(strip_clitic_b(strip_conj(&keys[ti])))) == "عالم" && strip_conj(&keys[ti]) != "عالم" && ti > base {
            let prev = strip_conj(&keys[ti - 1]);
            let clitic = ["لل", "بال", "كال"].iter().any(|c| strip_conj(&keys[ti]).starts_with(c));
            let construct = construct_head(prev) && !REPORTING.contains(&prev) && !triggers.iter().any(|t| t.tok.start < ti && ti - 1 < t.tok.end);
            if clitic || construct || PREPOSITIONS.contains(&prev) {
                continue;
            }
        }
        // A container noun with its owner right after in ل is no participant of its own: the
        // owner is (اطلقت دبابة قذيفة على تجمع للمواطنين aṭlaqat dabbābatun qadhīfatan ʿalā
        // tajammuʿin li-l-muwāṭinīn "a tank fired a shell at a gathering of citizens": the
        // citizens, not تجمع `BUS`).
        let head = crate::lexicon::strip_al(strip_clitic_b(strip_conj(&keys[ti])));
        if end_tok == ti + 1 && end_tok < sentence.tokens.end && CONTAINERS.contains(&head) && keys[end_tok].starts_with('ل') && has_chars(&keys[end_tok], 4) {
            continue;
        }
        let mut u = blank(tok_of(m.range.start)..tok_end(m.range.end), r.clone());
        let e = &coder.agents.entries()[m.values[0] as usize];
        u.office = e.title.is_some();
        // موقع "site, position" after على/الى/نحو is the place attacked, not a website (`MED`,
        // which needs الكتروني or a name): شنوا الهجوم على الموقع "they launched the attack on
        // the position" → no sector.
        let site = end_tok == ti + 1 && matches!(head, "موقع" | "مواقع" | "موقعا") && ti > base && matches!(strip_conj(&keys[ti - 1]), "علي" | "الي" | "نحو" | "باتجاه" | "ضد");
        let k = search_key(&text[r.clone()]);
        // An override of `-`: the noun names no sector (شخصا šakhṣan "person", counted); the
        // phrase is then not re-coded below.
        u.sector = match lexicon.agent_sector(crate::lexicon::strip_al(strip_conj(&k))) {
            _ if site => {
                u.sectorless = true;
                None
            }
            Some("-") => {
                u.sectorless = true;
                None
            }
            Some(s) => Some(s.to_string()),
            None => Some(e.sector.to_string()),
        };
        u.provenance = format!("agent:{}", &text[r]);
        raw.push(u);
    }
    // A sound feminine plural with a possessive pronoun (قواته quwwātuhu "its forces", قواتها
    // "her forces", عناصرهم is a broken plural and already matched): the table knows the
    // plural without the pronoun (قوات), so look the word up without it.
    for (ti, tok) in toks.iter().enumerate() {
        let surface = &text[tok.range.clone()];
        let Some(base_len) = ["اتهم", "اتها", "اته"].iter().find_map(|p| surface.ends_with(p).then(|| surface.len() - p.len() + "ات".len())) else { continue };
        if raw.iter().any(|u| u.tok.start <= base + ti && base + ti < u.tok.end) {
            continue;
        }
        let word = &surface[..base_len];
        let word_toks = marsad_text::tokenize(word);
        let Some(m) = coder.agents.find(word, &word_toks).into_iter().find(|m| m.range.start == 0 && m.range.end == word.len()) else { continue };
        let mut u = blank(base + ti..base + ti + 1, tok.range.start + m.clitic_len..tok.range.end);
        u.sector = Some(coder.agents.entries()[m.values[0] as usize].sector.to_string());
        u.provenance = format!("agent:{}+pronoun", &text[u.range.clone()]);
        raw.push(u);
    }
    for m in coder.countries.find(text, toks) {
        let r = m.range.start + m.clitic_len..m.range.end;
        if raw.iter().any(|u| overlaps(&u.range, &r)) {
            continue;
        }
        let e = &coder.countries.entries()[m.values[0] as usize];
        let mut u = blank(tok_of(m.range.start)..tok_end(m.range.end), r.clone());
        u.country = Some(e.code.clone());
        u.adjective_only = e.kind == CountryKind::Nationality;
        u.stateless = e.alpha2.is_none();
        if e.kind == CountryKind::Capital {
            // واشنطن wāshinṭun "Washington" as an actor: the government.
            u.sector = Some("GOV".into());
        }
        u.provenance = format!("country:{}", &text[r]);
        raw.push(u);
    }
    raw.sort_by_key(|u| (u.range.start, std::cmp::Reverse(u.range.end)));
    // Merge side-by-side pieces: قوات الامن الافغانية → AFG + COP.
    let mut units: Vec<Unit> = Vec::new();
    // The country of a nationality adjective right after each raw piece (for the second title
    // below).
    let next_nationality: Vec<Option<String>> = (0..raw.len()).map(|i| raw.get(i + 1).filter(|n| n.adjective_only && n.tok.start == raw[i].tok.end).and_then(|n| n.country.clone())).collect();
    for (u, next_nationality) in raw.into_iter().zip(next_nationality) {
        if let Some(last) = units.last_mut() {
            if u.tok.start < last.tok.end {
                continue; // overlapping (a shorter piece inside a longer one)
            }
            let adjacent = u.tok.start == last.tok.end;
            let apposition = last.title && u.named && !u.title;
            let clash_id = last.id.is_some() && u.id.is_some() && last.id != u.id && !apposition;
            let clash_country = last.country.is_some() && u.country.is_some() && last.country != u.country;
            // Two agent nouns side by side are two phrases (جنود مدنيين: subject, object).
            let clash_sector = last.sector.is_some() && u.sector.is_some() && u.id.is_none() && last.id.is_none();
            let starts_conj = keys[u.tok.start].starts_with('و') && u.clitic.is_none() && !keys[u.tok.start].starts_with("وزير") && !keys[u.tok.start].starts_with("وزار");
            // Partitive: متظاهرون من انصار حزب الله "demonstrators from Hezbollah's supporters",
            // عنصرين من الوية … : the group after من codes the phrase.
            // The group may stand in «» or () after من: عنصرين من «الوية …».
            let marks = (last.tok.end + 1..u.tok.start).all(|i| opening_mark(text, &input.tokens[i]));
            let partitive = u.tok.start > last.tok.end && marks && strip_conj(&keys[last.tok.end]) == "من" && last.id.is_none() && last.country.is_none() && (u.id.is_some() || u.country.is_some()) && !u.adjective_only;
            // Shared by the two rules below: a nationality adjective right after a phrase
            // that has a sector but no country or known actor of its own, one word between.
            let nationality_after = u.tok.start == last.tok.end + 1
                && u.adjective_only
                && u.country.is_some()
                && last.country.is_none()
                && last.id.is_none()
                && last.sector.is_some()
                && !last.adjective_only;
            // A nationality adjective after one definite genitive agrees with the construct
            // (iḍāfa) and names the head's country: طلبة المدارس العراقية ṭalabatu l-madārisi
            // l-ʿirāqiyya "students of the Iraqi schools" → `IRQ EDU`, اعضاء حزب الغد المصري
            // "members of the Egyptian Ghad party" → `EGY`. The head is in the construct state:
            // no article, no nunation (جنديا), no sound-plural ون/ين (مسلحون السفارة الاميركية
            // "gunmen [attacked] the American embassy" is subject + object, not a construct).
            let construct = nationality_after
                && construct_head(&keys[last.tok.end - 1])
                // طالب الادعاء الاندونيسي ṭālaba l-iddiʿāʾu l-indūnīsiyy "the Indonesian
                // prosecution demanded": a trigger verb is no construct head ("student").
                && !triggers.iter().any(|t| t.tok.start < last.tok.end && last.tok.start < t.tok.end)
                && input.tokens[last.tok.end].kind == TokenKind::Arabic
                && keys[last.tok.end].starts_with("ال")
                && !keys[last.tok.end].starts_with("الذي")
                && !keys[last.tok.end].starts_with("التي")
                && keys[u.tok.start].starts_with("ال")
                && u.tok.len() == 1;
            // A nationality adjective after one definite nisba adjective of a definite head
            // names the head's country too: الحزب القومي الالماني al-ḥizbu l-qawmiyyu l-almāniyy
            // "the German National(ist) party" → `DEU PTY`. The word between must itself be a
            // nisba adjective agreeing with the head and the nationality (ـي / ـية / ـيون ـيين),
            // so a definite object noun between (هاجم المسلحون السفارة الاميركية) never joins.
            let nisba_chain = nationality_after
                && u.tok.len() == 1
                && input.tokens[last.tok.end].kind == TokenKind::Arabic
                && !triggers.iter().any(|t| t.tok.start <= last.tok.end && last.tok.end < t.tok.end)
                && nisba_agreement(&keys[last.tok.end - 1], &keys[last.tok.end], &keys[u.tok.start]);
            // A people's nationality before a state's is the people of that state: الحزب
            // الديمقراطي الكردستاني الايراني al-ḥizb ad-dīmuqrāṭī l-kurdistānī l-īrānī "the Kurdistan
            // Democratic Party of Iran" → `IRN`.
            let people_of_state = adjacent && last.stateless && u.adjective_only && !u.stateless && u.country.is_some() && u.tok.len() == 1;
            if people_of_state {
                last.tok.end = u.tok.end;
                last.range.end = u.range.end;
                last.country = u.country.clone();
                last.stateless = false;
                last.provenance.push('+');
                last.provenance.push_str(&u.provenance);
                continue;
            }
            if construct || nisba_chain {
                last.tok.end = u.tok.end;
                last.range.end = u.range.end;
                last.country = u.country.clone();
                last.provenance.push_str(if construct { "+genitive+" } else { "+nisba+" });
                last.provenance.push_str(&u.provenance);
                continue;
            }
            if partitive {
                last.tok.end = u.tok.end;
                last.range.end = u.range.end;
                last.id = u.id.clone();
                last.country = u.country.clone();
                last.sector = u.sector.clone().or(last.sector.take());
                last.named |= u.named;
                last.kb_name |= u.kb_name;
                last.provenance.push_str("+من+");
                last.provenance.push_str(&u.provenance);
                continue;
            }
            // An agent noun in the construct state before a definite phrase or a name is the head
            // of a construct (iḍāfa), not a phrase of its own: حكومة رئيس الوزراء ḥukūmatu raʾīsi
            // l-wuzarāʾ "the prime minister's government", رئيس الشعبة "the head of the division".
            // The head keeps its sector and takes the genitive's country.
            let construct_genitive = adjacent
                && clash_sector
                && !clash_country
                && !starts_conj
                && last.tok.len() == 1
                && !last.adjective_only
                && construct_head(&keys[last.tok.start])
                // No possessive pronoun (مستشاريه التجاريين "his trade advisers" is noun +
                // adjective), on the surface: the search key writes ة as ه.
                && !["ه", "ها", "هم", "هما"].iter().any(|p| text[input.tokens[last.tok.start].range.clone()].ends_with(p))
                // No article behind a preposition clitic either (بالحكومة bi-l-ḥukūma is definite).
                && !["بال", "لل", "كال"].iter().any(|p| strip_conj(&keys[last.tok.start]).starts_with(p))
                // The genitive is definite: an article, a name, or a construct itself (حكومة رئيس
                // الوزراء: رئيس before الوزراء).
                && (keys[u.tok.start].starts_with("ال") || u.named || (u.tok.len() >= 2 && construct_head(&keys[u.tok.start]) && keys[u.tok.start + 1].starts_with("ال")))
                // A genitive is not nominative: وحمل المتظاهرون "and the demonstrators carried"
                // (a verb read as a noun before its subject in ـون) is no construct.
                && !keys[u.tok.start].ends_with("ون")
                && !triggers.iter().any(|t| t.tok.start < last.tok.end && last.tok.start < t.tok.end)
                // An event noun or verbal noun heads an action, not a group: its genitive is
                // the action's own participant (واجهت معارضة المجتمع الدولي wājahat muʿāraḍata
                // l-mujtamaʿi d-duwaliyy "it met the opposition of the international community":
                // the community opposes), so it stays a phrase of its own.
                && !verbal_noun(&keys[last.tok.start], lexicon);
            if construct_genitive {
                last.tok.end = u.tok.end;
                last.range.end = u.range.end;
                last.country = last.country.take().or(u.country.clone());
                // The head of a group is coded as the group, like the leader heads: قائد
                // الميليشيا qāʾidu l-mīlīshiyā "the militia's commander" → `REB`, قادة النقابات
                // "the unions' leaders" → `LAB`; an office noun only over a non-state group:
                // رئيس العصابة raʾīsu l-ʿiṣāba "the gang's head" → `CRM`, but وزير الدفاع "the
                // defence minister" stays `GOV` (دفاع is `MIL`).
                let leader = matches!(crate::lexicon::strip_al(strip_conj(&keys[last.tok.start])), "قايد" | "قاده" | "امير" | "زعيم");
                if (leader && u.sector.is_some()) || (last.office && u.sector.as_deref().and_then(|x| x.get(..3)).is_some_and(|x| GROUP_SECTORS.contains(&x))) {
                    last.sector = u.sector.clone();
                }
                last.provenance.push_str("+construct+");
                last.provenance.push_str(&u.provenance);
                continue;
            }
            // A second title after a name is a second person when its nationality differs:
            // استقبل الرئيس الفرنسي NAME الرئيس الاميركي istaqbala r-raʾīsu l-faransiyyu …
            // ar-raʾīsa l-amīrkiyy "the French president NAME received the American president"
            // (an apposition title agrees: NAME الرئيس الفرنسي).
            let second_title = u.office && last.named && last.country.is_some() && next_nationality.is_some() && next_nationality != last.country;
            // A sound plural of an agent noun is no title of the name after it: وسلم المتظاهرون
            // NAME السفير … مذكرة wa-sallama l-mutaẓāhirūna NAME as-safīra … mudhakkiratan "the
            // demonstrators handed NAME, the ambassador …, a memorandum" (subject and first
            // object of a ditransitive verb), while a title in apposition is singular (الرئيس NAME).
            let plural_then_name = u.named && u.id.is_some() && !last.named && last.id.is_none() && last.sector.is_some() && ["ون", "ين"].iter().any(|e| keys[last.tok.end - 1].ends_with(e));
            if adjacent && !clash_id && !clash_country && !clash_sector && !starts_conj && !second_title && !plural_then_name {
                last.tok.end = u.tok.end;
                last.range.end = u.range.end;
                if (last.id.is_none() || apposition) && u.id.is_some() {
                    last.id = u.id.clone();
                    if u.country.is_some() {
                        last.stateless = u.stateless;
                    }
                    last.country = u.country.clone().or(last.country.take());
                    last.sector = u.sector.clone().or(last.sector.take());
                } else {
                    if last.country.is_none() {
                        last.stateless = u.stateless;
                    }
                    last.country = last.country.take().or(u.country.clone());
                    last.sector = last.sector.take().or(u.sector.clone());
                }
                last.named |= u.named;
                last.sectorless |= u.sectorless;
                last.kb_name |= u.kb_name;
                last.title = u.title;
                last.adjective_only &= u.adjective_only;
                last.provenance.push('+');
                last.provenance.push_str(&u.provenance);
                continue;
            }
        }
        units.push(u);
    }
    // Members of a group stand for the group: اعضاء حزب الغد aʿḍāʾ ḥizb al-ghad "members of the
    // Ghad party", عناصر وكوادر جماعة "cadres and members of the group" → the group's code.
    // The head words join the phrase (so a partitive من or a preposition before them counts
    // for it); a person's supporters (انصار الحريري) stay unknown civilians in the GSR, so only
    // phrases with a sector other than government, elite or legislature take them.
    for i in 0..units.len() {
        let lo = if i == 0 { sentence.tokens.start } else { units[i - 1].tok.end };
        // A group noun before a quoted name is part of it: لتنظيم «القاعدة» li-tanẓīmi
        // «al-qāʿida» "of the «al-Qaeda» organisation", حركة «…» (so a preposition or clitic on
        // the noun marks the whole phrase).
        let t = units[i].tok.start;
        let bare = if t > lo + 1 { strip_clitic_l(strip_conj(&keys[t - 2])) } else { "" };
        if t > lo + 1 && opening_mark(text, &input.tokens[t - 1]) && input.tokens[t - 2].kind == TokenKind::Arabic && GROUP_NOUNS.contains(&crate::lexicon::strip_al(bare)) {
            // The range starts after the clitics the key lost (و, ل/لل), counted on the key, not
            // guessed from the surface: كتائب kata'ib keeps its ك.
            let clitics = keys[t - 2].chars().count() - bare.chars().count();
            let surface = &text[input.tokens[t - 2].range.clone()];
            let skip = surface.char_indices().filter(|&(_, c)| !marsad_text::chars::is_arabic_word_mark(c)).nth(clitics).map_or(0, |(b, _)| b);
            let u = &mut units[i];
            u.range.start = input.tokens[t - 2].range.start + skip;
            u.tok.start = t - 2;
            u.provenance.insert_str(0, "group-noun:");
        }
        let Some(sector) = units[i].sector.as_deref() else { continue };
        let members = !matches!(sector, "GOV" | "ELI" | "LEG");
        let head = |k: usize| crate::lexicon::strip_al(strip_conj(&keys[k]));
        let mut start = units[i].tok.start;
        // نشطاء «سرايا القدس» "activists of «Saraya al-Quds»", عنصرين من «الوية …» "two members
        // of «… Brigades»": the head before an opening mark and/or a partitive من.
        if members {
            let mut j = start;
            if j > lo && opening_mark(text, &input.tokens[j - 1]) {
                j -= 1;
            }
            if j > lo + 1 && strip_conj(&keys[j - 1]) == "من" && input.tokens[j - 2].kind == TokenKind::Arabic && MEMBER_HEADS.contains(&head(j - 2)) {
                j -= 1;
            }
            if j < start && j > lo && input.tokens[j - 1].kind == TokenKind::Arabic && MEMBER_HEADS.contains(&head(j - 1)) {
                start = j;
            }
        }
        while members && start > lo && input.tokens[start - 1].kind == TokenKind::Arabic && MEMBER_HEADS.contains(&head(start - 1)) {
            start -= 1;
        }
        // A leader head (possibly over مكتب "office"): زعماء طالبان, مدير مكتب وزير الداخلية.
        let mut leader = start;
        if leader > lo && input.tokens[leader - 1].kind == TokenKind::Arabic && LEADER_OFFICE.contains(&head(leader - 1)) {
            leader -= 1;
        }
        let led = leader > lo && input.tokens[leader - 1].kind == TokenKind::Arabic && LEADER_HEADS.contains(&head(leader - 1));
        if led {
            start = leader - 1;
        }
        if start < units[i].tok.start {
            let u = &mut units[i];
            let head = &input.tokens[start];
            // Keep a leading conjunction or preposition clitic outside the range (لعناصر: ل + عناصر).
            let surface = &text[head.range.clone()];
            let skip: usize = surface.chars().take_while(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')).take(2).map(char::len_utf8).sum();
            u.range.start = head.range.start + if has_chars(&surface[skip..], 3) { skip } else { 0 };
            u.tok.start = start;
            u.provenance.insert_str(0, if led { "leader-of:" } else { "member-of:" });
        }
    }
    for u in &mut units {
        // Prepositions: the word before, one word further, and the clitic of the first word.
        // An opening mark before the phrase does not hide the preposition before it (من «…»).
        let mut t0 = u.tok.start;
        if t0 > sentence.tokens.start + 1 && opening_mark(text, &input.tokens[t0 - 1]) {
            t0 -= 1;
        }
        if t0 > sentence.tokens.start {
            let k = strip_conj(&keys[t0 - 1]);
            // Partitive من after a number or a quantity word (خمسة من عناصر الشرطة "five of
            // the policemen", احد افراد … "one of"): no preposition.
            let counted = |i: usize| input.tokens[i].kind == TokenKind::Number || NUMBER_WORDS.contains(&strip_conj(&keys[i])) || PARTITIVE_HEADS.contains(&strip_conj(&keys[i]));
            if k == "من" && t0 >= sentence.tokens.start + 2 && counted(t0 - 2) {
                u.partitive = true;
            } else if let Some(a) = ATTRIBUTION.iter().find(|a| **a == k || **a == keys[t0 - 1].as_ref()) {
                u.prep = Some(a.to_string());
            } else if prepositional(k) || LOCATIVES.contains(&k) {
                u.prep = Some(k.to_string());
            } else if t0 > sentence.tokens.start + 1 {
                let k2 = strip_conj(&keys[t0 - 2]);
                if PREPOSITIONS.contains(&k2) {
                    u.prep_near = Some(k2.to_string());
                }
            }
        }
        let tok = &input.tokens[u.tok.start];
        let prefix = &text[tok.range.start..u.range.start.max(tok.range.start)];
        let prefix = prefix.trim_start_matches(['و', 'ف']);
        u.clitic = prefix.chars().next().filter(|c| matches!(c, 'ب' | 'ل' | 'ك'));
        // Unknown phrases (no document actor): code with the Coder (capitals → GOV, agent
        // nouns, nationality adjectives, dated roles).
        if u.id.is_none() && (u.country.is_none() || u.sector.is_none()) {
            let pc = coder.code_phrase(text, &input.tokens[u.tok.clone()], date);
            // A country read off a gazetteer place inside the phrase counts only where the
            // document's place resolution accepted a place: common words that are also town
            // names in the gazetteer (امن amn "security" = Emmen, NL) give no nationality
            // (قوات الامن quwwāt al-amn "the security forces" is not Dutch).
            let from_place = pc.provenance.iter().any(|p| p.starts_with("place:"));
            let accepted = !from_place || input.places.iter().any(|p| overlaps(&p.range, &u.range));
            if u.country.is_none() && accepted {
                u.country = pc.country;
            }
            if u.sector.is_none() && !u.sectorless {
                u.sector = pc.sector;
            }
        }
    }
    // A possessed agent noun (جنوده junūduhu "his soldiers", قواتها "its forces") belongs to the
    // nearest earlier phrase with a country: الجيش الاميركي … جنوده → USA MIL.
    for i in 1..units.len() {
        let u = &units[i];
        if u.country.is_some() || u.id.is_some() || u.sector.is_none() || u.tok.len() != 1 {
            continue;
        }
        let surface = &text[input.tokens[u.tok.start].range.clone()];
        if !(surface.ends_with('ه') || surface.ends_with("ها") || surface.ends_with("هم")) {
            continue;
        }
        if let Some(c) = units[..i].iter().rev().find_map(|o| o.country.clone()) {
            units[i].country = Some(c);
            units[i].provenance.push_str("+possessor-country");
        }
    }
    led_by_country(&mut units, keys, input.tokens);
    units
}

/// A force or coalition "led by" a country takes its country when it has none: قافلة لقوات
/// التحالف بقيادة اميركية qāfilatun li-quwwāti t-taḥāluf bi-qiyādatin amrīkiyya "a convoy of the
/// US-led coalition forces" → `USA MIL`; التحالف بقيادة الولايات المتحدة likewise. The leader is
/// the phrase right after بقيادة (a country name, nationality adjective or an actor with a
/// country); one genitive word may stand between (قوات التحالف); a phrase with an id or a
/// country of its own keeps it.
fn led_by_country(units: &mut [Unit], keys: &[Cow<'_, str>], tokens: &[Token]) {
    for i in 0..units.len() {
        let u = &units[i];
        if u.country.is_some() || u.id.is_some() || u.sector.is_none() {
            continue;
        }
        let led = |j: usize| keys.get(j).is_some_and(|k| strip_conj(k) == "بقياده");
        let Some(b) = [u.tok.end, u.tok.end + 1].into_iter().find(|&j| led(j) && (u.tok.end..j).all(|g| tokens[g].kind == TokenKind::Arabic && units.iter().all(|o| o.tok.start != g))) else {
            continue;
        };
        let Some(l) = units.iter().position(|o| o.tok.start == b + 1 || (o.tok.start == b && o.tok.end > b + 1)) else {
            continue;
        };
        if let Some(c) = units[l].country.clone() {
            units[i].country = Some(c);
            units[i].provenance.push_str("+led-by");
        }
    }
}

/// The head of a construct (iḍāfa) in its search key: no article, no nunation alif (جنديا), no
/// sound-plural or dual ending (ون/ين/ان/تين), which the construct state drops (مسلحو, not
/// مسلحون).
/// The sector of an agent noun that starts a name (at byte `start`, after any clitic): حزب
/// ḥizb "party" → `PTY`; the lexicon's override wins, `-` names none.
fn head_sector(text: &str, toks: &[Token], start: usize, coder: &Coder<'_>, lexicon: &EventLexicon) -> Option<String> {
    let h = coder.agents.find(text, toks).into_iter().find(|h| h.range.start <= start && start < h.range.end && h.range.start + h.clitic_len <= start)?;
    let k = search_key(&text[h.range.start + h.clitic_len..h.range.end]);
    match lexicon.agent_sector(crate::lexicon::strip_al(strip_conj(&k))) {
        Some("-") => None,
        Some(s) => Some(s.to_string()),
        None => Some(coder.agents.entries()[h.values[0] as usize].sector.to_string()),
    }
}

fn construct_head(k: &str) -> bool {
    let k = strip_conj(k);
    has_chars(k, 3) && !k.starts_with("ال") && !["ون", "ين", "ان", "ا"].iter().any(|e| k.ends_with(e))
}

/// An event noun of the lexicon (a nominal trigger or cue, not a self-actor like متظاهرون; or a
/// verb whose past is written like its verbal noun, رفض rafḍ) or a word of a derived verbal-noun
/// pattern in its search key: mufāʿala معارضه muʿāraḍa "opposition", مقاومه muqāwama
/// "resistance"; iftiʿāl احتلال iḥtilāl "occupation"; infiʿāl انسحاب; istifʿāl استهداف.
fn verbal_noun(k: &str, lexicon: &EventLexicon) -> bool {
    let k = strip_conj(k);
    let lexical = readings(k).iter().any(|&(r, _, fut)| {
        !fut && lexicon.lookup(r).iter().any(|h| {
            let e = lexicon.entry(h.entry);
            match e.pos {
                Pos::Noun => !e.self_actor,
                Pos::Verb | Pos::Passive => r == e.lemma && masdar_homograph(&e.lemma),
                Pos::Adjective => false,
            }
        })
    });
    if lexical {
        return true;
    }
    let c: Vec<char> = crate::lexicon::strip_al(k).chars().collect();
    matches!(c.as_slice(), ['م', _, 'ا', _, _, 'ه'] | ['ا', _, 'ت' | 'ط', _, 'ا', _] | ['ا', 'ن', _, _, 'ا', _] | ['ا', 'س', 'ت', _, _, 'ا', _])
}

/// Nisba class of a definite word's ending: 1 masculine singular ـي, 2 feminine (or non-human
/// plural) ـية, 3 human plural ـيون/ـيين; 0 when it is no nisba form.
fn nisba_class(k: &str) -> u8 {
    if !k.starts_with("ال") || !has_chars(k, 5) {
        0
    } else if k.ends_with("يون") || k.ends_with("يين") {
        3
    } else if k.ends_with("يه") {
        2
    } else if k.ends_with('ي') {
        1
    } else {
        0
    }
}

/// `head mid nationality`, all definite, where `mid` is a nisba adjective agreeing with the head
/// and with the nationality: a head in ـون/ـين (human plural) needs ـيون/ـيين, a head in ـة/ـات
/// the feminine ـية, any other head (masculine or broken plural) ـي or ـية.
fn nisba_agreement(head: &str, mid: &str, nationality: &str) -> bool {
    let head = strip_conj(head);
    let (m, n) = (nisba_class(mid), nisba_class(nationality));
    let definite = ["ال", "بال", "لل", "كال"].iter().any(|p| head.starts_with(p));
    if !definite || m == 0 || m != n {
        return false;
    }
    if head.ends_with("ون") || head.ends_with("ين") {
        m == 3
    } else if head.ends_with('ه') || head.ends_with("ات") {
        m == 2
    } else {
        m == 1 || m == 2
    }
}

/// An opening quotation mark or parenthesis standing between a head and the name it governs
/// (عنصرين من «الوية …», مقاتلي (الشباب)).
fn opening_mark(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(&text[t.range.clone()], "«" | "(" | "\"" | "“")
}

fn is_adjective(coder: &Coder<'_>, text: &str, tokens: &[Token]) -> bool {
    coder.countries.find(text, tokens).first().is_some_and(|m| coder.countries.entries()[m.values[0] as usize].kind == CountryKind::Nationality)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Per-sentence context for attachment.
struct Sentence_<'a, 'i> {
    input: &'a EventInput<'i>,
    keys: &'a [Cow<'i, str>],
    si: usize,
    sentence: &'a Sentence,
    units: Vec<Unit>,
    contexts: Vec<String>,
    coder: &'a Coder<'a>,
    gazetteer: Option<&'a marsad_understand::places::Gazetteer>,
    /// Whether a slogan noun may stand for the subject of a following verb (off when a slogan
    /// act found no protesters and is attached again with its ordinary subject).
    slogans: Cell<bool>,
}

impl Sentence_<'_, '_> {
    fn is_punct(&self, i: usize) -> bool {
        matches!(self.input.tokens[i].kind, TokenKind::Punct)
    }
    fn skippable(&self, i: usize) -> bool {
        let t = &self.input.tokens[i];
        if t.kind == TokenKind::Number {
            return true;
        }
        let k = strip_conj(&self.keys[i]);
        SKIPPABLE.contains(&k) || NUMBER_WORDS.contains(&k) || self.input.dates.iter().any(|d| d.range.start <= t.range.start && t.range.end <= d.range.end)
    }
    /// First bare unit after token `from` reachable over skippable words only.
    fn unit_after(&self, from: usize, max_skip: usize, exclude: &[usize]) -> Option<usize> {
        let mut i = from;
        let mut skipped = 0;
        while i < self.sentence.tokens.end {
            if let Some(ui) = self.units.iter().position(|u| u.tok.start == i) {
                if exclude.contains(&ui) {
                    i = self.units[ui].tok.end;
                    continue;
                }
                return self.units[ui].bare().then_some(ui);
            }
            if let Some(n) = self.at_least(i) {
                i += n;
                continue;
            }
            if self.is_punct(i) || !self.skippable(i) || skipped >= max_skip {
                return None;
            }
            skipped += 1;
            i += 1;
        }
        None
    }
    /// The length of a quantity expression (ما لا يقل عن "no fewer than") starting at token `i`.
    fn at_least(&self, i: usize) -> Option<usize> {
        AT_LEAST.iter().find(|w| i + w.len() <= self.sentence.tokens.end && w.iter().enumerate().all(|(j, x)| strip_conj(&self.keys[i + j]) == *x)).map(|w| w.len())
    }
    /// Nearest bare unit ending before token `to`, within `window` words, no punctuation.
    fn unit_before(&self, to: usize, window: usize) -> Option<usize> {
        let lo = to.saturating_sub(window).max(self.sentence.tokens.start);
        let mut best = None;
        for (ui, u) in self.units.iter().enumerate() {
            // A phrase after "according to" is still the subject of its own relative clause:
            // بحسب السلطات التي رفضت … "according to the authorities, which refused …".
            let attributed = u.prep.as_deref().is_some_and(|p| ATTRIBUTION.contains(&p)) && u.tok.end < to && RELATIVE_PRONOUNS.contains(&self.keys[u.tok.end].as_ref());
            if u.tok.end <= to && u.tok.start >= lo && (u.bare() || attributed) && !(u.tok.end..to).any(|i| self.is_punct(i)) {
                best = Some(ui);
            }
        }
        best
    }
    fn quote_at(&self, byte: usize) -> Option<&Quote> {
        self.input.quotes.iter().find(|q| q.content.start <= byte && byte < q.content.end)
    }
    fn speaker(&self, q: &Quote) -> Option<Participant> {
        let r = q.speaker_head.as_ref().or(q.speaker.as_ref())?;
        let a = marsad_understand::actors::actor_at(self.input.actors, r)?;
        let id = matches!(a.key, ActorKey::Known(_) | ActorKey::Unknown(_)).then(|| a.id.clone());
        Some(Participant { range: r.clone(), id, country: a.country.clone(), sector: a.sector.clone() })
    }

    fn attach(&self, t: &Trigger<'_>, all: &[Trigger<'_>]) -> Option<Event> {
        let e = t.entry;
        let tokens = self.input.tokens;
        let trig = tokens[t.tok.start].range.start..tokens[t.tok.end - 1].range.end;
        let quote = self.quote_at(trig.start);
        let mut actor: Option<Participant> = None;
        let mut recipient: Option<Participant> = None;
        let mut used: Vec<usize> = Vec::new();
        let mut rules: Vec<&str> = Vec::new();
        // After a preposition the form is a verbal noun with a possessive, not a verb with an
        // object pronoun: لدى خطفهم ladā khaṭfihim "when they were abducted", not khaṭafahum "he
        // abducted them" (not من "who" and منذ "since", which may open a clause). An attack's
        // pronoun is then its victim and there is no subject.
        let masdar = t.hit.object && e.event == crate::EventType::Assault && t.tok.start > self.sentence.tokens.start && {
            let k = self.keys[t.tok.start - 1].as_ref();
            !matches!(k, "من" | "منذ") && PREPOSITIONS.contains(&k)
        };
        let own_unit = self.units.iter().position(|u| overlaps(&u.range, &trig));
        if let Some(ou) = own_unit {
            used.push(ou);
        }
        // The cue word (معارضة in واجهت معارضة) is part of the trigger, not a participant.
        if let Some(c) = t.cue_at {
            if let Some(cu) = self.units.iter().position(|u| u.tok.start <= c && c < u.tok.end) {
                used.push(cu);
            }
        }
        // Subject.
        match e.pos {
            Pos::Verb | Pos::Passive => {
                // انه qatala "that he killed": the pronoun on انّ is the subject, and it refers
                // to the subject of the clause before (اكد الحلف انه قتل … "the alliance
                // confirmed that it killed …").
                let antecedent = if t.hit.person == Person::First { None } else { self.pronoun_antecedent(t) };
                if let Some(a) = antecedent {
                    used.push(a);
                    actor = Some(self.units[a].participant());
                    rules.push("actor=pronoun-antecedent");
                    // With the subject in the pronoun, the phrase after the verb is its object
                    // (over numbers and quantity words: انه قتل نحو 150 متمردا "that it killed
                    // about 150 rebels").
                    if e.recipient.contains(&RecipientMark::Object) {
                        if let Some(o) = self.unit_after(t.tok.end, 4, &used) {
                            used.push(o);
                            recipient = Some(self.units[o].participant());
                            rules.push("recipient=obj");
                        }
                    }
                }
                // لافتات تطالب بوقف الاستيطان "banners demanding an end to settlement", شعارات
                // تدعو الحكومة "slogans calling on the government": the slogan or protest noun
                // before a feminine singular imperfect is its subject (no participant), so the
                // phrase after the verb is its object, not a VSO subject.
                let slogan = antecedent.is_none() && self.slogan_subject(t);
                if slogan {
                    rules.push("actor=slogan");
                }
                let subject = if t.hit.person == Person::First || antecedent.is_some() || masdar || slogan {
                    None
                } else {
                    // A non-human plural takes a feminine singular verb (اتهمت الميليشيات): after a
                    // masculine one (واتهم ميليشيات الحوثي wa-ttahama mīlīšiyyāti l-ḥūṯī "and he
                    // accused the Houthi militias") it is the object, not the subject.
                    // Not when the past is also its own verbal noun (قتل، قصف، تجمع: qatl / qaṣf /
                    // tajammuʿ "the killing … by"), whose genitive is the agent.
                    let masculine = t.feminine == Some(false) && (t.hit.imperfect || !masdar_homograph(&e.lemma));
                    let after = || self.unit_after(t.tok.end, 4, &used).filter(|&u| !(masculine && self.nonhuman_plural(u)));
                    let before = || self.unit_before(t.tok.start, 6).filter(|&b| !(self.other_trigger_between(all, b, t) || (e.event == crate::EventType::Assault && self.reported_clause_between(b, t))));
                    // A phrase fronted by انّ/أنّ "that" or كان "was" right before the verb is its
                    // subject even for a singular verb (the SVO of subordinate clauses): قال ان
                    // قواته قتلت مسلحا qāla anna quwwātihi qatalat musallaḥan "he said that its
                    // forces killed a gunman".
                    let topic = || before().filter(|&b| self.fronted_subject(b, t));
                    // A verb before its subject is singular (qatala l-junūdu "the soldiers killed"):
                    // a plural or dual form (قتلوا qatalū) has its subject before it or in itself,
                    // and the phrase after it is its object (وخطفوا 50 شخصا "and they abducted 50
                    // people", not "50 people were abducted").
                    let s = if t.hit.plural { before().map(|u| (u, "svo")) } else { topic().map(|u| (u, "svo")).or_else(|| after().map(|u| (u, "vso"))).or_else(|| before().map(|u| (u, "svo"))) };
                    let s = s.or_else(|| self.subject_before_comma_qad(t).map(|u| (u, "svo")));
                    let s = s.or_else(|| self.subject_before_parenthetical(t).map(|u| (u, "svo")));
                    // واجهت معارضة المجتمع الدولي "met the opposition of the international
                    // community": the phrase after the cue noun is its genitive (the rejecter
                    // for a swapped entry), and the subject is before the verb.
                    match (s, t.cue_at) {
                        (Some((su, "vso")), Some(c)) if e.swap && self.units[su].tok.start == c + 1 => {
                            used.push(su);
                            recipient = Some(self.units[su].participant());
                            rules.push("cue-genitive");
                            before().map(|u| (u, "svo"))
                        }
                        _ => s,
                    }
                };
                if t.hit.person == Person::First {
                    if let Some(p) = quote.and_then(|q| self.speaker(q)) {
                        actor = Some(p);
                        rules.push("actor=speaker(1st person)");
                    }
                }
                if let Some((su, how)) = subject {
                    used.push(su);
                    // A number right before a victim-like subject of a bare past verb: the
                    // passive reading (قتل 18 شخصا qutila 18 šakhṣan "18 people were killed").
                    let numbered = how == "vso" && su > 0 && self.units[su].tok.start > t.tok.end && (self.input.tokens[self.units[su].tok.start - 1].kind == TokenKind::Number || self.units[su].partitive);
                    // An ambiguous transitive (قتل qatala / qutila) in the singular past with one
                    // bare phrase and no object after it reads as a passive in news: جندي قتل
                    // "a soldier was killed", قتل جندي امريكي في انفجار "an American soldier was
                    // killed in a blast".
                    // A feminine singular verb before a non-human plural (اعتقلت ميليشيات الحوثي
                    // المئات iʿtaqalat mīlīšiyyātu l-ḥūṯī l-miʾāt "the Houthi militias arrested
                    // hundreds"): the agreement of an organisation's plural with its action, active
                    // even when the object is no participant phrase.
                    let lone = e.ambiguous
                        && !t.hit.imperfect
                        && !(t.feminine == Some(true) && self.nonhuman_plural(su))
                        && match how {
                            // A counted object after the subject (قتل المسلحون ثلاثة رهائن qatala
                            // l-musallaḥūna thalāthata rahāʾin "the gunmen killed three hostages")
                            // makes it active even when the object is no participant phrase.
                            // A phrase after برصاص/على يد is the agent, no object: وقتل 60
                            // فلسطينيا برصاص القوات "60 Palestinians were killed by the forces'
                            // bullets".
                            "vso" => self.object_after(self.units[su].tok.end, t).is_none_or(|o| e.event == crate::EventType::Assault && self.agent_marked(&self.units[o], t.tok.end)) && !self.counted_object_at(self.units[su].tok.end),
                            // SVO: only when nothing object-like follows the verb (a preposition,
                            // a new clause, punctuation): الانتحاري الذي قتل بالرصاص "the bomber
                            // who was shot dead".
                            _ => self.clause_ends_after(if e.event == crate::EventType::Assault { self.after_time_words(t.tok.end) } else { t.tok.end }),
                        };
                    // An object pronoun on an attack verb (قتلهم qatalahum "killed them") makes it
                    // active.
                    let passive = !(t.hit.object && e.event == crate::EventType::Assault) && (e.pos == Pos::Passive || (numbered && e.event == crate::EventType::Assault && !t.hit.imperfect) || lone);
                    if passive {
                        recipient = Some(self.units[su].participant());
                        rules.push(if how == "vso" { "recipient=subject-vso(passive)" } else { "recipient=subject-svo(passive)" });
                    } else {
                        actor = Some(self.units[su].participant());
                        rules.push(if how == "vso" { "actor=vso" } else { "actor=svo" });
                    }
                }
            }
            Pos::Noun => {
                if e.self_actor {
                    if let Some(ou) = own_unit {
                        actor = Some(self.units[ou].participant());
                        rules.push("actor=trigger");
                    }
                }
                // A possessive pronoun is the genitive itself (اغتياله ightiyāluhu "his
                // assassination"): the phrase after is no genitive of a victim noun.
                let pronoun_genitive = t.hit.possessive && matches!(e.genitive, Genitive::Recipient);
                if let Some(g) = self.unit_after(t.tok.end, 2, &used).filter(|_| !pronoun_genitive) {
                    let u = &self.units[g];
                    if u.adjective_only && u.tok.start == t.tok.end && (e.victim || matches!(e.genitive, Genitive::Recipient)) {
                        // A nationality on a casualty noun names the victims: جرحى فلسطينيين
                        // jarḥā filasṭīniyyīn "Palestinian wounded", not Palestinian attackers.
                        recipient = Some(u.participant());
                        used.push(g);
                        rules.push("recipient=adjective");
                    } else if u.adjective_only && u.tok.start == t.tok.end {
                        actor = Some(u.participant());
                        used.push(g);
                        rules.push("actor=adjective");
                    } else if u.tok.start == t.tok.end || !u.adjective_only {
                        match e.genitive {
                            // A capital right after the event noun is where it happened, not who
                            // did it: هجوم كابول hujūm kābul "the Kabul attack".
                            Genitive::Actor if actor.is_none() && self.is_capital(g) => {}
                            Genitive::Actor if actor.is_none() => {
                                actor = Some(u.participant());
                                used.push(g);
                                rules.push("actor=genitive");
                            }
                            Genitive::Recipient => {
                                recipient = Some(u.participant());
                                used.push(g);
                                rules.push("recipient=genitive");
                            }
                            _ => {}
                        }
                    }
                }
            }
            Pos::Adjective => {
                let q = quote?;
                actor = Some(self.speaker(q)?);
                rules.push("actor=speaker");
                let r = self.units.iter().position(|u| u.tok.end <= t.tok.start && u.tok.end + 1 >= t.tok.start && u.country.is_some())?;
                recipient = Some(self.units[r].participant());
                rules.push("recipient=modified");
            }
        }
        // X تعرض لهجوم "X was subjected to an attack", X نجا من محاولة اغتيال "X survived an
        // assassination attempt": the subject of the verb of suffering is the victim.
        if e.event == crate::EventType::Assault && e.pos == Pos::Noun {
            if let Some(v) = self.sufferer(t, &used) {
                used.push(v);
                if actor.as_ref().is_some_and(|a| overlaps(&a.range, &self.units[v].range)) {
                    actor = None;
                }
                recipient = Some(self.units[v].participant());
                rules.push("recipient=sufferer");
            }
        }
        // Recipient.
        if recipient.is_none() && e.pos != Pos::Adjective {
            let marks = &e.recipient;
            // An attack verb with an object pronoun (قتلته قوة "a force killed him") has its victim
            // in the pronoun; other verbs keep the search (a verbal noun with a possessive, رفضه
            // rafḍuhu "his rejection", is often read as a verb with an object pronoun).
            if marks.contains(&RecipientMark::Object) && !(t.hit.object && e.event == crate::EventType::Assault) {
                let from = used.iter().filter(|&&u| self.units[u].tok.start >= t.tok.end).map(|&u| self.units[u].tok.end).max().unwrap_or(t.tok.end);
                // برصاص الجيش bi-raṣāṣi l-jayš "by the army's bullets" after an attack verb is its
                // agent, not its object.
                if let Some(o) = self.object_after(from, t).filter(|&o| !(e.event == crate::EventType::Assault && self.agent_marked(&self.units[o], t.tok.end))) {
                    used.push(o);
                    recipient = Some(self.units[o].participant());
                    rules.push("recipient=obj");
                }
            }
            if recipient.is_none() {
                let found = self.units.iter().enumerate().find(|(ui, u)| {
                    u.tok.start >= t.tok.end && u.tok.start <= t.tok.end + 10 && !used.contains(ui) && u.marked_by(marks) && !(t.tok.end..u.tok.start).any(|i| self.is_punct(i))
                });
                if let Some((ui, u)) = found {
                    used.push(ui);
                    recipient = Some(u.participant());
                    rules.push("recipient=prep");
                }
            }
        }
        // A verbal nominal (معارضة muʿāraḍa "opposition") right after a named actor: في مجلس
        // الامن في معارضة … "in the Security Council, in opposing …".
        if actor.is_none() && e.pos == Pos::Noun && matches!(e.event.quad_class(), 1 | 3) {
            if let Some((ui, u)) = self.units.iter().enumerate().filter(|(ui, u)| !used.contains(ui) && u.named && u.tok.end <= t.tok.start && u.tok.end + 3 >= t.tok.start).max_by_key(|(_, u)| u.tok.end) {
                if !(u.tok.end..t.tok.start).any(|i| self.is_punct(i)) {
                    actor = Some(u.participant());
                    used.push(ui);
                    rules.push("actor=preceding-name");
                }
            }
        }
        // The victim in a pronoun: بعد اغتياله baʿda ightiyālihi "after his assassination", لدى
        // خطفهم "when they were abducted" (a victim noun with a possessive): the pronoun refers to
        // the nearest phrase before the trigger. Not for a verb with an object pronoun (قتلته
        // qatalathu "killed him"), whose antecedent is mostly in an earlier clause.
        if recipient.is_none() && e.event == crate::EventType::Assault && (masdar || (t.hit.possessive && matches!(e.genitive, Genitive::Recipient))) {
            if let Some(ui) = self.pronoun_victim(t, &used) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=pronoun-antecedent");
            }
        }
        // The agent of a passive: على يد عشرة متمردين "at the hands of ten rebels", برصاص القوات
        // "by the forces' bullets", بنيران الجيش "by the army's fire".
        // تم اغتصابها tamma ightiṣābuhā "she was raped" (tamma + verbal noun: the periphrastic
        // passive): the pronoun on the noun is its object, the agent follows من قبل.
        let periphrastic = e.pos == Pos::Noun && t.tok.start > self.sentence.tokens.start && PERIPHRASTIC.contains(&strip_conj(&self.keys[t.tok.start - 1]));
        // An ambiguous kill verb with no phrase of its own (its subject stood in a clause after
        // انّ that no phrase covers: ان فلانا قتل برصاص الجيش "that so-and-so was killed by the
        // army's bullets") is passive when an agent word follows.
        let subjectless_passive = e.event == crate::EventType::Assault && e.pos == Pos::Verb && e.ambiguous && !t.hit.imperfect && recipient.is_none();
        if actor.is_none() && (recipient.is_some() || periphrastic || subjectless_passive) && matches!(e.event, crate::EventType::Assault | crate::EventType::Coerce) {
            let agent = self.units.iter().enumerate().find(|(ui, u)| !used.contains(ui) && u.tok.start > t.tok.end && u.tok.start <= t.tok.end + 12 && self.agent_marked(u, t.tok.end));
            if let Some((ui, u)) = agent {
                actor = Some(u.participant());
                used.push(ui);
                rules.push("actor=passive-agent");
            }
        }
        // A verb joined by و/ف to an earlier verb of the sentence, without a subject of its own,
        // shares that verb's subject: اطلقت القوات الاسرائيلية صاروخا … فقتلت المدرس "the Israeli
        // forces fired a missile … and killed the teacher".
        if actor.is_none() && e.pos == Pos::Verb && t.conj && t.hit.person != Person::First {
            // Not a slogan's verb (لافتات تندد … وطالبوا الحكومة "banners condemning … and they
            // demanded of the government": they are the demonstrators, not the banners).
            let prev = all.iter().rev().find(|o| o.tok.end <= t.tok.start && o.entry.pos == Pos::Verb && o.hit.person != Person::First && !self.slogan_subject(o));
            if let Some(a) = prev.and_then(|p| self.attach(p, all)).and_then(|ev| ev.actors.into_iter().next()) {
                if recipient.as_ref().is_none_or(|r| !overlaps(&r.range, &a.range)) {
                    actor = Some(a);
                    rules.push("actor=coordinated-verb");
                }
            }
        }
        // A plural verb joined by و/ف in a sentence that names its demonstrators, with no subject
        // of its own and none from the verb before (ورفع المتظاهرون الاعلام، واتهموا الحكومة
        // wa-rafaʿa l-mutaẓāhirūna l-aʿlām, wa-ttahamū l-ḥukūma "the demonstrators raised the
        // flags and accused the government": raising flags is no event, so no verb lends its
        // subject): the demonstrators named before it are its subject.
        if actor.is_none() && e.pos == Pos::Verb && t.conj && t.hit.plural && t.hit.person != Person::First {
            let demonstrators = all.iter().rev().find(|o| o.entry.self_actor && o.tok.end <= t.tok.start).and_then(|o| {
                let r = tokens[o.tok.start].range.start..tokens[o.tok.end - 1].range.end;
                self.units.iter().position(|u| overlaps(&u.range, &r))
            });
            if let Some(ui) = demonstrators.filter(|ui| !used.contains(ui) && recipient.as_ref().is_none_or(|r| !overlaps(&r.range, &self.units[*ui].range))) {
                used.push(ui);
                actor = Some(self.units[ui].participant());
                rules.push("actor=demonstrators(plural-verb)");
            }
        }
        // هجوم شنه متمردون hujūm šannahu mutamarridūn "an attack that rebels launched", الهجوم
        // الذي نفذته خلية "the attack that a cell carried out", هجوم انتحاري تبنته طالبان "a suicide
        // attack the Taliban claimed": the subject of the relative verb is the attacker.
        if actor.is_none() && e.pos == Pos::Noun && e.event == crate::EventType::Assault {
            if let Some(ui) = self.relative_agent(t, &used) {
                if recipient.as_ref().is_none_or(|r| !overlaps(&r.range, &self.units[ui].range)) {
                    used.push(ui);
                    actor = Some(self.units[ui].participant());
                    rules.push("actor=relative-clause");
                }
            }
        }
        // Air strikes and shelling by a country are its military's: الضربات الجوية الاميركية
        // "the American air strikes" → USA MIL.
        if e.event == crate::EventType::Assault && matches!(e.mode.as_deref(), Some("aerial" | "heavy-weapons")) {
            if let Some(a) = actor.as_mut().filter(|a| a.id.is_none() && a.country.is_some() && a.sector.is_none()) {
                a.sector = Some("MIL".into());
                rules.push("actor-sector=military-means");
            }
        }
        // The owner of an attacked vehicle, convoy or post is the victim: استهدف دورية للجيش
        // العراقي istahdafa dawriyya li-l-jayš al-ʿirāqī "targeted a patrol of the Iraqi army",
        // لدى مرور موكب للشرطة "as a police convoy passed".
        if recipient.is_none() && e.event == crate::EventType::Assault {
            if let Some(ui) = self.container_owner(&used) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=container-owner");
            } else if let Some(ui) = self.frequenters(&used) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=frequenters");
            } else if let Some(ui) = self.casualty_idiom(&used) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=casualty-idiom");
            }
        }
        // A protest told without its protesters (احتجاجات "protests", تجمع "gathered") in a
        // sentence that names them (المتظاهرون "the demonstrators"): they are the actor.
        if actor.is_none() && e.event == crate::EventType::Protest {
            let demonstrators = all.iter().filter(|o| o.entry.self_actor).find_map(|o| {
                let r = tokens[o.tok.start].range.start..tokens[o.tok.end - 1].range.end;
                self.units.iter().position(|u| overlaps(&u.range, &r))
            });
            if let Some(ui) = demonstrators.filter(|ui| !used.contains(ui)) {
                actor = Some(self.units[ui].participant());
                rules.push("actor=sentence-demonstrators");
            }
        }
        // A protest's target is often told away from the trigger, after a word that marks what
        // it is against: ضد X "against X", امام X "in front of X", مناهضة ل X "opposed to X",
        // تندد ب X "denouncing X", مطالبين X "demanding of X".
        // A marked phrase the tables code (a country or a sector) wins over a bare name they do
        // not code, which is only the last resort below: a name inside a slogan («يسقط عزيز»
        // "down with Aziz») or a demand («استقالة ثاباتيرو» "Zapatero's resignation") gives
        // way to the coded target the sentence also names (برحيل السلطات العسكرية "the
        // departure of the military authorities") or to the place's country.
        if recipient.is_none() && e.event == crate::EventType::Protest {
            if let Some(ui) = self.protest_target(&used, true) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=sentence-target");
            } else if let Some(p) = self.flag_target(&used) {
                recipient = Some(p);
                rules.push("recipient=flag-country");
            } else if let Some(p) = self.arson_target(&used) {
                recipient = Some(p);
                rules.push("recipient=arson-owner");
            } else if let Some(ui) = self.possessive_target(all, &used) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=possessive-antecedent");
            } else if let Some(ui) = (0..self.units.len()).find(|&ui| !used.contains(&ui) && self.clashed_with(&self.units[ui])) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=clash-partner");
            }
        }
        // A protest without an explicit target is directed at the country where it happens
        // (the GDELT/UniversalPetrarch convention): the first place of the sentence.
        if recipient.is_none() && e.event == crate::EventType::Protest {
            if let Some(p) = self.place_country(&used) {
                recipient = Some(p);
                rules.push("recipient=place-country");
            }
        }
        if recipient.is_none() && e.event == crate::EventType::Protest {
            if let Some(ui) = self.protest_target(&used, false) {
                used.push(ui);
                recipient = Some(self.units[ui].participant());
                rules.push("recipient=sentence-target(uncoded)");
            }
        }
        // Nominal possessives and quotes: the speaker, or the sentence's named subject.
        // A victim noun's possessive is the victim (اثر اصابته ithra iṣābatihi "after he was
        // wounded"), never the attacker: no guess there either.
        // A plural possessive (معارضتهم "their opposition") points to a group, not to a named
        // person: no guess.
        let plural_possessive = t.hit.possessive && (self.keys[t.tok.start].ends_with("هم") || self.keys[t.tok.start].ends_with("هما"));
        if actor.is_none() && (t.hit.possessive || e.speaker) && !plural_possessive && !periphrastic {
            if let Some(p) = quote.filter(|_| e.speaker).and_then(|q| self.speaker(q)) {
                actor = Some(p);
                rules.push("actor=speaker");
            } else if t.hit.possessive && !(e.event == crate::EventType::Assault && matches!(e.genitive, Genitive::Recipient)) {
                if let Some(u) = self.units.iter().enumerate().find(|(ui, u)| u.named && u.bare() && !used.contains(ui)) {
                    actor = Some(u.1.participant());
                    rules.push("actor=sentence-subject(possessive)");
                }
            }
        }
        if e.swap {
            std::mem::swap(&mut actor, &mut recipient);
            rules.push("swap(host)");
        }
        if let (Some(a), Some(r)) = (&actor, &recipient) {
            if a.id.is_some() && a.id == r.id {
                recipient = None;
            }
        }
        if e.need_recipient && recipient.is_none() {
            return None;
        }
        if e.need_actor && actor.is_none() {
            return None;
        }
        if e.need_political && !actor.as_ref().is_some_and(|a| a.id.as_deref().is_some_and(|i| !i.starts_with("name:")) || a.sector.as_deref().is_some_and(|s| POLITICAL_SECTORS.iter().any(|p| s.starts_with(p)))) {
            return None;
        }
        let flags = self.flags(t, quote.is_some());
        let (date, place) = (self.date(), self.place());
        let mut confidence: f32 = match e.pos {
            Pos::Verb => 0.7,
            Pos::Passive => 0.7,
            Pos::Noun => 0.55,
            Pos::Adjective => 0.5,
        };
        if t.cue {
            confidence += 0.1;
        }
        if actor.is_some() {
            confidence += 0.1;
        }
        if recipient.is_some() {
            confidence += 0.05;
        }
        let mut provenance = format!("lex:{} {}", e.line, e.lemma);
        for r in &rules {
            provenance.push_str("; ");
            provenance.push_str(r);
        }
        Some(Event {
            event: e.event,
            mode: e.mode.clone(),
            contexts: self.contexts.clone(),
            cameo: e.cameo.clone(),
            actors: self.with_conjuncts(actor, recipient.as_ref(), &used),
            recipients: self.with_conjuncts(recipient, None, &used),
            trigger: trig.clone(),
            sentence: self.si,
            date,
            place,
            flags,
            confidence: confidence.min(0.95),
            provenance,
            mentions: vec![trig],
        })
    }

    /// A slogan, banner or protest noun (optionally with التي/الذي) right before a feminine
    /// singular imperfect: شعارات تطالب šiʿārāt tuṭālibu "slogans demanding", الشعارات التي تدين
    /// "the slogans that condemn".
    fn slogan_subject(&self, t: &Trigger<'_>) -> bool {
        // Only what a slogan can do: demand, call, condemn, reject, threaten (احتجاجات تستقبل
        // ولي العهد "protests greet the crown prince" is a figure for the visit, no act).
        let said = matches!(t.entry.event, crate::EventType::Request | crate::EventType::Accuse | crate::EventType::Reject | crate::EventType::Threaten);
        if !(self.slogans.get() && said && t.hit.imperfect && !t.hit.plural && t.feminine == Some(true) && t.entry.pos == Pos::Verb) {
            return false;
        }
        let s = self.sentence.tokens.start;
        let mut i = t.tok.start;
        if i > s && RELATIVE_PRONOUNS.contains(&self.keys[i - 1].as_ref()) {
            i -= 1;
        }
        // With its clitics read as the trigger nouns' are (و، ب، ال، بال: بتظاهرة تطالب "in a
        // demonstration demanding").
        i > s && readings(&self.keys[i - 1]).iter().any(|(r, _, _)| SLOGAN_NOUNS.contains(r))
    }

    /// The subject of a relative verb right after an attack noun (over its adjectives and a
    /// relative pronoun): هجوم انتحاري شنه متمردون → متمردون.
    fn relative_agent(&self, t: &Trigger<'_>, used: &[usize]) -> Option<usize> {
        let end = (t.tok.end + 4).min(self.sentence.tokens.end);
        for i in t.tok.end..end {
            let k = strip_conj(&self.keys[i]);
            if RELATIVE_AGENT_VERBS.contains(&k) {
                // The name may stand in «» (الذي نفذته «سرايا القدس»).
                let from = if i + 1 < self.sentence.tokens.end && opening_mark(self.input.text, &self.input.tokens[i + 1]) { i + 2 } else { i + 1 };
                // A vehicle belonging to a force stands for it: غارة شنتها طائرة تابعة للقوات
                // الاميركية "a raid by a drone belonging to the American forces" → the forces
                // (up to four words for the vehicle: طائرة بدون طيار تابعة ل…).
                let owner = self.units.iter().position(|o| {
                    (o.clitic == Some('ل') || strip_conj(&self.keys[o.tok.start]).starts_with('ل')) && o.tok.start > from && o.tok.start <= from + 5 && !(from..o.tok.start).any(|j| self.is_punct(j)) && matches!(crate::lexicon::strip_al(strip_conj(&self.keys[o.tok.start - 1])), "تابعه" | "تابع" | "تابعين")
                });
                return owner.filter(|o| !used.contains(o)).or_else(|| self.unit_after(from, 2, used));
            }
            let adjective = ATTACK_ADJECTIVES.contains(&crate::lexicon::strip_al(k)) || RELATIVE_PRONOUNS.contains(&k);
            if !adjective || self.is_punct(i) {
                return None;
            }
        }
        None
    }

    /// The first phrase of the sentence marked by ل as the owner of a container noun (دورية
    /// للجيش "a patrol of the army", قافلة تابعة للقوات "a convoy belonging to the forces"); one
    /// adjective may stand between (دورية مشتركة للقوات "a joint patrol of the forces").
    fn container_owner(&self, used: &[usize]) -> Option<usize> {
        let container = |i: usize| {
            let k = crate::lexicon::strip_al(strip_conj(strip_clitic_b(&self.keys[i])));
            let k = k.strip_suffix('ا').filter(|r| has_chars(r, 3)).unwrap_or(k);
            CONTAINERS.contains(&k)
        };
        self.units.iter().enumerate().find_map(|(ui, u)| {
            if used.contains(&ui) || u.clitic != Some('ل') || u.tok.start < self.sentence.tokens.start + 1 {
                return None;
            }
            let lo = u.tok.start.saturating_sub(2).max(self.sentence.tokens.start);
            (lo..u.tok.start).rev().any(|i| container(i) && (i + 1..u.tok.start).all(|j| !self.is_punct(j))).then_some(ui)
        })
    }

    /// The antecedent of a victim pronoun on trigger `t`: the nearest bare phrase with codes
    /// ending before it, within eight words and no punctuation or انّ between (عدد الكوريين لدى خطفهم "the
    /// number of the Koreans when they were abducted").
    fn pronoun_victim(&self, t: &Trigger<'_>, used: &[usize]) -> Option<usize> {
        let lo = t.tok.start.saturating_sub(8).max(self.sentence.tokens.start);
        let complementizer = |i: usize| {
            let k = strip_conj(&self.keys[i]);
            COMPLEMENTIZERS.contains(&k) || k == "لان"
        };
        // The last reporting verb in the window, found once for all candidates.
        let reporting = (lo..t.tok.start).rev().find(|&i| REPORTING.contains(&strip_conj(&self.keys[i])));
        self.units
            .iter()
            .enumerate()
            .filter(|(ui, u)| !used.contains(ui) && u.bare() && u.tok.start >= lo && u.tok.end <= t.tok.start && (u.id.is_some() || u.sector.is_some() || u.country.is_some() || u.sectorless))
            // Not over a "that" clause: قالت الشرطة انه تم اغتياله "the police said that he was
            // assassinated" (the reporting subject is no victim).
            .filter(|(_, u)| !(u.tok.end..t.tok.start).any(|i| self.is_punct(i) || complementizer(i)))
            // Stop at a reporting verb: افادت وسائل اعلام بمقتله afādat wasāʾilu iʿlāmin
            // bi-maqtalihi "media reported his killing" (neither the reporter nor anything before
            // the verb is the victim; a phrase after a following ان/بان still is).
            .filter(|(_, u)| reporting.is_none_or(|r| u.tok.start > r && (r + 1..u.tok.start).any(|i| COMPLEMENTIZERS.contains(&strip_conj(&self.keys[i])))))
            .max_by_key(|(_, u)| u.tok.end)
            .map(|(ui, _)| ui)
    }

    /// The casualty idiom X بين قتيل وجريح "X, between killed and wounded" (سقط عشرات العراقيين
    /// بين قتيل وجريح "dozens of Iraqis fell dead or wounded"): X are the victims.
    fn casualty_idiom(&self, used: &[usize]) -> Option<usize> {
        let end = self.sentence.tokens.end;
        let key = |i: usize| crate::lexicon::strip_al(strip_conj(&self.keys[i]));
        self.units.iter().enumerate().find_map(|(ui, u)| {
            let mut i = u.tok.end;
            if i < end && key(i) == "ما" {
                i += 1;
            }
            let idiom = i + 2 < end && key(i) == "بين" && CASUALTY_KILLED.contains(&key(i + 1)) && self.keys[i + 2].starts_with('و') && CASUALTY_WOUNDED.contains(&key(i + 2));
            (idiom && !used.contains(&ui)).then_some(ui)
        })
    }

    /// The phrase is a capital alone (كابول kābul, واشنطن), i.e. a place name.
    fn is_capital(&self, unit: usize) -> bool {
        let u = &self.units[unit];
        if u.id.is_some() {
            return false;
        }
        let cs = self.coder.countries;
        let toks = &self.input.tokens[u.tok.clone()];
        cs.find(self.input.text, toks).first().is_some_and(|m| cs.entries()[m.values[0] as usize].kind == CountryKind::Capital && m.range.end >= u.range.end)
    }

    /// The phrase right after a "frequented by" verb with the place as its pronoun object (استهدف
    /// مقصفا يقصده طلاب الجامعة istahdafa maqṣafan yaqṣiduhu ṭullābu l-jāmiʿa "targeted a café
    /// frequented by the university's students"): the attacked place stood for them.
    fn frequenters(&self, used: &[usize]) -> Option<usize> {
        let start = self.sentence.tokens.start;
        self.units.iter().enumerate().find_map(|(ui, u)| {
            if used.contains(&ui) || !u.bare() || u.tok.start <= start {
                return None;
            }
            // One head word may stand between (يقصده رجال شرطة "frequented by men of the police"),
            // or a number and a partitive من (تقل ثلاثة من عناصر … "carrying three of the …").
            let lo = u.tok.start.saturating_sub(if u.partitive { 3 } else { 2 }).max(start);
            (lo..u.tok.start).rev().any(|i| (FREQUENTED.contains(&strip_conj(&self.keys[i])) || CARRYING.contains(&strip_conj(&self.keys[i]))) && (i + 1..u.tok.start).all(|j| !self.is_punct(j))).then_some(ui)
        })
    }

    /// A participant and the phrases coordinated with it: ايران وروسيا īrān wa-rūsiyā "Iran and
    /// Russia", الجيش والمقاومة "the army and the resistance". PLOVER allows lists; the first
    /// phrase stays first (the principal code, the GSR's convention: قوات الامن الافغانية والدولية
    /// → `AFG`). A conjunct is the next phrase, adjacent and opened by the conjunction و, with no
    /// preposition of its own, used by no other role; بين X وY "between X and Y" names two
    /// opposite sides, not one list.
    fn with_conjuncts(&self, p: Option<Participant>, other: Option<&Participant>, used: &[usize]) -> Vec<Participant> {
        let Some(p) = p else { return Vec::new() };
        let Some(mut i) = self.units.iter().position(|u| u.range == p.range) else { return vec![p] };
        let start = self.sentence.tokens.start;
        let u0 = &self.units[i];
        if u0.tok.start > start && strip_conj(&self.keys[u0.tok.start - 1]) == "بين" || u0.prep.as_deref() == Some("بين") {
            return vec![p];
        }
        let mut out = vec![p];
        while i + 1 < self.units.len() && out.len() < 4 {
            let (a, b) = (&self.units[i], &self.units[i + 1]);
            let k = &self.keys[b.tok.start];
            // The و must be the conjunction, not the name's first letter: a name or place (وائل،
            // ويليام، واشنطن) is a conjunct only when its match leaves the و outside; an agent noun
            // when the text core's clitic segmenter splits the و off (ووزير = و + وزير; وزير،
            // وفد، وكالة، ولاية alone keep theirs).
            let token = &self.input.tokens[b.tok.start];
            let own_waw = if b.id.is_some() || b.named || b.country.is_some() {
                b.range.start == token.range.start
            } else {
                let mut segments = Vec::new();
                marsad_text::clitic::segment_token(self.input.text, token, self.input.clitics, &mut segments);
                segments.first().is_none_or(|s| s.kind != SegmentKind::Conjunction)
            };
            let conj = b.tok.start == a.tok.end && k.starts_with('و') && !own_waw && strip_conj(k).len() < k.len() && b.clitic.is_none() && b.prep.is_none();
            if !conj || used.contains(&(i + 1)) || other.is_some_and(|o| overlaps(&o.range, &b.range)) || (b.adjective_only && b.sector.is_none()) != (a.adjective_only && a.sector.is_none()) {
                break;
            }
            if self.coordinated_adjective(i, i + 1) {
                break;
            }
            out.push(b.participant());
            i += 1;
        }
        out
    }

    /// Conjunct `b` is a nisba adjective of the head of phrase `a` (القصف المدفعي والصاروخي
    /// al-qaṣf al-midfaʿī wa-ṣ-ṣārūkhī "the artillery and missile shelling", القوات الجوية
    /// والبحرية "the air and naval forces"): one word of no country or name ending like the last
    /// word of `a` in ـي/ـية with the same article, where that last word itself modifies a noun
    /// (`a` has two words, or follows a word with the same article). It extends `a`.
    fn coordinated_adjective(&self, a: usize, b: usize) -> bool {
        let (ua, ub) = (&self.units[a], &self.units[b]);
        if ub.tok.len() != 1 || ub.country.is_some() || ub.id.is_some() || ub.named || ub.office {
            return false;
        }
        // (article, feminine) of a singular nisba form, from its search key.
        let nisba = |k: &str| -> Option<(bool, bool)> {
            let definite = k.starts_with("ال");
            let stem = crate::lexicon::strip_al(k);
            if !has_chars(stem, 4) {
                return None;
            }
            if stem.ends_with("يه") {
                Some((definite, true))
            } else if stem.ends_with('ي') && !stem.ends_with("يي") {
                Some((definite, false))
            } else {
                None
            }
        };
        let Some(nb) = nisba(strip_conj(&self.keys[ub.tok.start])) else { return false };
        let last = ua.tok.end - 1;
        if nisba(strip_conj(&self.keys[last])) != Some(nb) {
            return false;
        }
        let start = self.sentence.tokens.start;
        last > ua.tok.start || (ua.tok.start > start && self.input.tokens[ua.tok.start - 1].kind == TokenKind::Arabic && !NUMBER_WORDS.contains(&strip_conj(&self.keys[ua.tok.start - 1])) && strip_conj(&self.keys[ua.tok.start - 1]).starts_with("ال") == nb.0)
    }

    /// The first participant phrase of the sentence introduced by a protest-target word.
    /// `coded`: only phrases with a country or a sector (see the caller: a name the tables do
    /// not code is the last resort).
    fn protest_target(&self, used: &[usize], coded: bool) -> Option<usize> {
        self.units.iter().enumerate().find_map(|(ui, u)| {
            if used.contains(&ui) || u.tok.start == self.sentence.tokens.start || u.sector.as_deref() == Some("CVL") && u.country.is_none() || (coded && !u.coded()) {
                return None;
            }
            let k = strip_conj(&self.keys[u.tok.start - 1]);
            // The marked word may also be a noun right before the phrase (تندد بالعدوان
            // الاسرائيلي "denouncing the Israeli aggression": the phrase is the adjective).
            let k2 = if u.tok.start >= self.sentence.tokens.start + 2 { strip_conj(&self.keys[u.tok.start - 2]) } else { "" };
            let noun_with = |c: char| k.starts_with(c) && u.bare();
            let marked = matches!(u.prep.as_deref().or(u.prep_near.as_deref()), Some("ضد" | "امام"))
                || (u.clitic == Some('ل') && PROTEST_AGAINST_L.contains(&k))
                || (u.clitic == Some('ب') && PROTEST_AGAINST_B.contains(&k))
                || (noun_with('ل') && PROTEST_AGAINST_L.contains(&k2))
                || (noun_with('ب') && PROTEST_AGAINST_B.contains(&k2))
                || (u.bare() && PROTEST_DEMANDING.contains(&k))
                // Protesters against the police: القاء الحجارة على X "throwing stones at X",
                // مواجهات بين X والمتظاهرين "clashes between X and the demonstrators".
                || (u.prep.as_deref() == Some("علي") && (u.tok.start.saturating_sub(4).max(self.sentence.tokens.start)..u.tok.start).any(|j| PROTEST_THROW.contains(&strip_conj(&self.keys[j]))))
                || (u.prep.as_deref() == Some("بين") && self.clash_noun_before(u.tok.start - 1))
                // A petition handed to X: مذكرة احتجاج الى X "a protest memorandum to X",
                // الالتماس من X "petitioning X" (a petition word up to ten words before).
                || (matches!(u.prep.as_deref(), Some("الي") | Some("من")) && (u.tok.start.saturating_sub(10).max(self.sentence.tokens.start)..u.tok.start).any(|j| {
                    let w = crate::lexicon::strip_al(strip_conj(&self.keys[j]));
                    let w = w.strip_prefix('ب').filter(|r| has_chars(r, 4)).unwrap_or(w);
                    PETITION_WORDS.contains(&w) && (u.prep.as_deref() == Some("الي") || j + 2 == u.tok.start)
                }))
                // A ditransitive hand-over: سلم المتظاهرون X مذكرة "the demonstrators handed X a
                // memorandum" (a handing verb up to four words before X, a petition word up to
                // three words after it).
                || (u.bare() && (u.tok.start.saturating_sub(4).max(self.sentence.tokens.start)..u.tok.start).any(|j| HANDING.contains(&strip_conj(&self.keys[j]))) && (u.tok.end..(u.tok.end + 3).min(self.sentence.tokens.end)).any(|j| PETITION_WORDS.contains(&crate::lexicon::strip_al(strip_conj(&self.keys[j])))))
                || (u.bare() && PROTEST_OUSTING.contains(&crate::lexicon::strip_al(k.strip_prefix(['ب', 'ل']).filter(|r| has_chars(r, 4)).unwrap_or(k))))
                || self.rejected(u)
                || self.cursed(u)
                || self.march_destination(u);
            marked.then_some(ui)
        })
    }

    /// A protest's target after a word of rejection or opposition (`PROTEST_REJECTING`): the
    /// phrase with ل right after it (متظاهرون معارضون للحكومة "demonstrators opposed to the
    /// government" → `None GOV`), or the genitive of a bare noun after رفضهم / رفضها (رفضها
    /// مطالب الاحزاب "its rejection of the parties' demands").
    fn rejected(&self, u: &Unit) -> bool {
        let start = self.sentence.tokens.start;
        let key = |j: usize| strip_conj(&self.keys[j]);
        if u.tok.start <= start || u.prep.is_some() {
            return false;
        }
        let k = key(u.tok.start - 1);
        if u.clitic == Some('ل') && PROTEST_REJECTING.contains(&k) {
            return true;
        }
        if u.tok.start < start + 2 || self.is_punct(u.tok.start - 1) || prepositional(k) || self.units.iter().any(|o| o.tok.end == u.tok.start) {
            return false;
        }
        let k2 = key(u.tok.start - 2);
        u.bare() && !k.starts_with(['ل', 'ب']) && PROTEST_REJECTING_BARE.contains(&k2)
    }

    /// A protest's target cursed in a slogan: الموت لاميركا al-mawtu li-amīrkā "death to
    /// America", لنسحق X "let us crush X", الى الجحيم يا X "to hell, X", X الى الجحيم.
    fn cursed(&self, u: &Unit) -> bool {
        let (start, end) = (self.sentence.tokens.start, self.sentence.tokens.end);
        let key = |j: usize| strip_conj(&self.keys[j]);
        let after = u.tok.end + 1 < end && key(u.tok.end) == "الي" && key(u.tok.end + 1) == "الجحيم";
        if u.tok.start <= start || u.prep.is_some() {
            return after && u.prep.is_none() && u.clitic.is_none();
        }
        // Not a slogan denied: لم يطلقوا شعار الموت لاميركا "they did not chant death to America".
        if (u.tok.start.saturating_sub(8).max(start)..u.tok.start).any(|j| NEGATION.contains(&key(j))) {
            return false;
        }
        let k = key(u.tok.start - 1);
        (u.clitic == Some('ل') && k == "الموت")
            || (u.bare() && PROTEST_CURSE.contains(&k))
            || (u.bare() && k == "يا" && u.tok.start >= start + 2 && key(u.tok.start - 2) == "الجحيم")
            || (u.bare() && after)
    }

    /// The other side of the protesters' clash, when nothing else names the target: the phrase
    /// after مع "with" when a clash verb or noun stands up to five words before it, no
    /// punctuation between (اشتبك متظاهرون مع الجيش "demonstrators clashed with the army" → the
    /// army). Not civilians (مواجهات مع محتجين "clashes with protesters" are the protesters),
    /// not a clash denied (دون حدوث صدام مع الشرطة "without a clash with the police").
    fn clashed_with(&self, u: &Unit) -> bool {
        let start = self.sentence.tokens.start;
        if u.prep.as_deref() != Some("مع") || u.tok.start < start + 2 || u.sector.as_deref().is_some_and(|s| s.starts_with("CVL")) {
            return false;
        }
        let mut j = u.tok.start - 1;
        while j > start && j + 6 > u.tok.start {
            j -= 1;
            if self.is_punct(j) {
                return false;
            }
            let w = crate::lexicon::strip_al(strip_conj(&self.keys[j]));
            if PROTEST_CLASH_WITH.contains(&w) || PROTEST_CLASH.contains(&w) {
                return !(j.saturating_sub(2).max(start)..j).any(|i| CLASH_DENIED.contains(&strip_conj(&self.keys[i])));
            }
        }
        false
    }

    /// A march's destination with a political sector: سار المتظاهرون حتى السفارة الاسرائيلية
    /// "the demonstrators marched up to the Israeli embassy" → `ISR GOV` (a marching word up to
    /// four words before الى / حتى / نحو / باتجاه, no punctuation between; the phrase has a
    /// country or is a name: a square, a street or a town names no target).
    fn march_destination(&self, u: &Unit) -> bool {
        let start = self.sentence.tokens.start;
        let political = u.sector.as_deref().and_then(|x| x.get(..3)).is_some_and(|x| POLITICAL_SECTORS.contains(&x));
        // With a country or a name (a town, بلدة, is a `GOV` agent noun, no target).
        if !political || !(u.country.is_some() || u.named) || u.tok.start < start + 2 || !MARCH_TO.contains(&strip_conj(&self.keys[u.tok.start - 1])) {
            return false;
        }
        let to = u.tok.start - 1;
        let mut j = to;
        while j > start && j + 5 > to {
            j -= 1;
            if self.is_punct(j) {
                return false;
            }
            if PROTEST_MARCH.contains(&crate::lexicon::strip_al(strip_conj(&self.keys[j]))) {
                return true;
            }
        }
        false
    }

    /// A desecrated flag names the protest's target: احرق المتظاهرون الاعلام الاميركية aḥraqa
    /// l-mutaẓāhirūna l-aʿlāma l-amīrkiyya "the demonstrators burnt the American flags" → the
    /// flag's country as a state (`USA GOV`). The flag word (علم / اعلام, alone or the head of
    /// the phrase) right before the country word, a burning / tearing / trampling word right
    /// before the flag word.
    fn flag_target(&self, used: &[usize]) -> Option<Participant> {
        let start = self.sentence.tokens.start;
        let flag = |j: usize| FLAG_WORDS.contains(&crate::lexicon::strip_al(strip_conj(&self.keys[j])));
        self.units.iter().enumerate().find_map(|(ui, u)| {
            let country = u.country.as_ref()?;
            if used.contains(&ui) || u.id.is_some() {
                return None;
            }
            let f = if flag(u.tok.start) && u.tok.len() >= 2 { u.tok.start } else if u.tok.start > start && flag(u.tok.start - 1) { u.tok.start - 1 } else { return None };
            (f > start && FLAG_DESECRATION.contains(&strip_conj(&self.keys[f - 1]))).then(|| Participant { range: u.range.clone(), id: None, country: Some(country.clone()), sector: Some("GOV".into()) })
        })
    }

    /// What the protesters set fire to or throw at names the protest's target by its owner:
    /// اضرم المتظاهرون النيران في منازل ومبان حكومية aḍrama l-mutaẓāhirūna n-nīrāna fī manāzila
    /// wa-mabānin ḥukūmiyya "the demonstrators set fire to houses and government buildings" →
    /// `None GOV`; القوا الحجارة على جرافات اسرائيلية "they threw stones at Israeli bulldozers" →
    /// `ISR MIL` (a nationality on a military vehicle, `MILITARY_VEHICLES`, is that country's
    /// military). After an arson word, النار/النيران and في (or a throwing word and على) within six words, the
    /// first word of the list (up to ten words, not past the clause) that is a participant phrase
    /// with a political sector, a nationality adjective, or the nisba adjective of an agent noun
    /// (حكومي ← حكومة `GOV`, امني ← امن).
    fn arson_target(&self, used: &[usize]) -> Option<Participant> {
        let (start, end) = (self.sentence.tokens.start, self.sentence.tokens.end);
        let key = |j: usize| strip_conj(&self.keys[j]);
        let act = (start..end).find(|&j| ARSON.contains(&key(j)) || PROTEST_THROW.contains(&key(j)))?;
        let throw = PROTEST_THROW.contains(&key(act));
        let prep = (act + 1..(act + 7).min(end)).find(|&j| matches!(key(j), "في" | "فيه" | "فيها" | "فيهم" | "علي" | "عليه" | "عليها" | "عليهم"))?;
        // A pronoun object (اضرموا فيها النيران "they set fire to it") or the other preposition:
        // no target here.
        if key(prep) != if throw { "علي" } else { "في" } {
            return None;
        }
        if !throw && !(act + 1..prep).any(|j| FIRE.contains(&key(j))) {
            return None;
        }
        for j in prep + 1..(prep + 7).min(end) {
            // Not past punctuation or another preposition (في ارجاء المحافظة "across the
            // province" is the place).
            // A partitive من after a quantity word is no preposition: اضرموا النار في عدد من
            // المباني الحكومية "they set fire to a number of the government buildings".
            let partitive = key(j) == "من" && (PARTITIVE_HEADS.contains(&key(j - 1)) || NUMBER_WORDS.contains(&key(j - 1)) || self.input.tokens[j - 1].kind == TokenKind::Number);
            if self.is_punct(j) || (j > prep + 1 && prepositional(key(j)) && !partitive) {
                break;
            }
            if let Some((ui, u)) = self.units.iter().enumerate().find(|(_, u)| u.tok.start <= j && j < u.tok.end) {
                // A political phrase or a nationality alone (حاويات "containers" `BUS`, a park
                // `CVL` name no owner).
                let political = u.sector.as_deref().and_then(|x| x.get(..3)).is_some_and(|x| POLITICAL_SECTORS.contains(&x));
                if used.contains(&ui) || !(political || (u.sector.is_none() && u.country.is_some())) {
                    continue;
                }
                // A nationality on a military vehicle is that country's military: القوا الحجارة
                // على جرافات اسرائيلية → `ISR MIL`.
                let vehicle = u.adjective_only && u.sector.is_none() && u.tok.start > start && MILITARY_VEHICLES.contains(&crate::lexicon::strip_al(key(u.tok.start - 1)));
                let sector = if vehicle { Some("MIL".to_string()) } else { u.sector.clone() };
                return Some(Participant { range: u.range.clone(), id: u.id.clone(), country: u.country.clone(), sector });
            }
            // A nisba adjective of an agent noun in ـة: حكومية → حكومة.
            let k = crate::lexicon::strip_al(key(j));
            let Some(stem) = k.strip_suffix("يه").or_else(|| k.strip_suffix('ي')).filter(|s| has_chars(s, 3)) else { continue };
            if j == prep + 1 {
                continue; // the first word after في is the noun, not its adjective
            }
            let noun = format!("{stem}ه");
            let toks = marsad_text::tokenize(&noun);
            if let Some(m) = self.coder.agents.find(&noun, &toks).into_iter().find(|m| m.range.start == 0 && m.range.end == noun.len()) {
                let sector = self.coder.agents.entries()[m.values[0] as usize].sector.to_string();
                if POLITICAL_SECTORS.contains(&sector.get(..3).unwrap_or("")) {
                    return Some(Participant { range: self.input.tokens[j].range.clone(), id: None, country: None, sector: Some(sector) });
                }
            }
        }
        None
    }

    /// A protest against something of someone's, told with a possessive pronoun: احتجاجا على
    /// زيارته iḥtijājan ʿalā ziyāratihi "in protest at his visit", تنديدا بسياسته "denouncing his
    /// policy", رفضا لقرارها "rejecting her decision": the pronoun's antecedent is the target,
    /// the nearest bare phrase before the possessed noun that is not the protesters (agreeing:
    /// ـه not with a feminine head in ـة, ـها only with one in ـة or a plural in ـات). Only the
    /// nearest candidate is tried: when it has no codes, there is no target. Only when the noun
    /// is an event noun whose genitive is its actor (زيارة "visit", معارضة "opposition", عقوبات
    /// "sanctions"): after an arrest, an execution or an attack (احتجاجا على اعتقاله "in protest
    /// at his arrest", تندد باعدامه "denouncing his execution") the possessor is the one the
    /// protesters defend.
    fn possessive_target(&self, all: &[Trigger<'_>], used: &[usize]) -> Option<usize> {
        let (start, end) = (self.sentence.tokens.start, self.sentence.tokens.end);
        let protest_word = |j: usize| all.iter().any(|o| o.entry.event == crate::EventType::Protest && o.tok.start <= j && j < o.tok.end);
        let i = (start + 2..end).find(|&i| {
            let k = strip_conj(&self.keys[i]);
            let prev = strip_conj(&self.keys[i - 1]);
            // On the surface: the search key writes ة as ه (سياسة "policy" is keyed سياسه).
            let surface = &self.input.text[self.input.tokens[i].range.clone()];
            let possessive = ["ه", "ها", "هم"].iter().any(|p| surface.strip_suffix(p).is_some_and(|b| has_chars(b, 3)));
            let marked = (prev == "علي" && protest_word(i - 2)) || (k.starts_with('ب') && PROTEST_AGAINST_B.contains(&prev)) || (k.starts_with('ل') && PROTEST_AGAINST_L.contains(&prev));
            possessive && marked && !self.units.iter().any(|u| u.tok.start <= i && i < u.tok.end)
        })?;
        // The possessed noun is an act of the possessor (its genitive is the actor): a visit,
        // opposition, sanctions, manoeuvres; not an attack, an arrest or the protest itself.
        let act = all.iter().any(|o| o.tok.start <= i && i < o.tok.end && matches!(o.entry.genitive, Genitive::Actor) && !o.entry.victim && !matches!(o.entry.event, crate::EventType::Assault | crate::EventType::Coerce | crate::EventType::Protest));
        if !act {
            return None;
        }
        let her = self.input.text[self.input.tokens[i].range.clone()].ends_with("ها");
        let agrees = |u: &Unit| {
            let head = &self.input.text[self.input.tokens[u.tok.start].range.clone()];
            let feminine = head.ends_with('\u{0629}');
            if her {
                feminine || head.ends_with("ات")
            } else {
                !feminine
            }
        };
        let mut before: Vec<(usize, &Unit)> = self.units.iter().enumerate().filter(|(ui, u)| !used.contains(ui) && u.tok.end <= i && u.bare() && !u.adjective_only && !(u.sector.as_deref() == Some("CVL") && u.country.is_none())).collect();
        before.sort_by_key(|(_, u)| std::cmp::Reverse(u.tok.end));
        let &(ui, u) = before.first()?;
        // The nearest phrase is a name the tables do not code: an agreeing coded phrase before
        // it is the antecedent (الرئيس الاميركي وزوجته لورا … زيارته "the American president
        // and his wife Laura … his visit": the president).
        if !u.coded() {
            if let Some(&(ci, _)) = before[1..].iter().find(|(_, c)| c.coded() && agrees(c)) {
                return Some(ci);
            }
        }
        (agrees(u) && (u.id.is_some() || u.coded())).then_some(ui)
    }

    /// A number (digits or a number word) at token `i` followed by a word: a counted object.
    fn counted_object_at(&self, i: usize) -> bool {
        if i + 1 >= self.sentence.tokens.end || self.is_punct(i + 1) {
            return false;
        }
        let k = strip_conj(&self.keys[i]);
        (self.input.tokens[i].kind == TokenKind::Number || NUMBER_WORDS.contains(&k)) && self.input.tokens[i + 1].kind == TokenKind::Arabic && !SKIPPABLE.contains(&strip_conj(&self.keys[i + 1]))
    }

    /// A clash noun right before token `i` (بين "between"), or with one adjective between:
    /// مواجهات جديدة بين muwājahāt jadīda bayna "new clashes between".
    fn clash_noun_before(&self, i: usize) -> bool {
        let start = self.sentence.tokens.start;
        let clash = |j: usize| PROTEST_CLASH.contains(&crate::lexicon::strip_al(strip_conj(&self.keys[j])));
        (i > start && clash(i - 1)) || (i > start + 1 && clash(i - 2) && !self.is_punct(i - 1))
    }

    /// The subject of تعرض ل "was subjected to" / نجا من "survived" governing the attack noun
    /// `t` (directly or through محاولة "attempt"): the phrase right after the verb, else the
    /// nearest one before it.
    fn sufferer(&self, t: &Trigger<'_>, used: &[usize]) -> Option<usize> {
        let start = self.sentence.tokens.start;
        // The word that carries the verb's preposition: the trigger, or محاولة before it.
        let mut head = t.tok.start;
        if head > start && matches!(crate::lexicon::strip_al(strip_conj(&self.keys[head - 1])).trim_start_matches('ل'), "محاوله" | "محاولات" | "حاوله") {
            head -= 1;
        }
        let surface = &self.input.text[self.input.tokens[head].range.clone()];
        let with_l = surface.trim_start_matches(['و', 'ف']).starts_with('ل');
        let with_min = head > start && strip_conj(&self.keys[head - 1]) == "من";
        if !with_l && !with_min {
            return None;
        }
        let lo = head.saturating_sub(16).max(start);
        let verb = (lo..head).rev().find(|&j| {
            let k = strip_conj(&self.keys[j]);
            (with_l && SUFFER_L.contains(&k)) || (with_min && SURVIVE.contains(&k))
        })?;
        self.unit_after(verb + 1, 3, used).filter(|&u| self.units[u].tok.end <= head).or_else(|| self.unit_before(verb, 4)).filter(|u| !used.contains(u))
    }

    /// The tokens start with a country name or a nationality adjective (not a capital).
    fn country_word(&self, tokens: &[Token]) -> bool {
        let cs = self.coder.countries;
        cs.find(self.input.text, tokens).first().is_some_and(|m| matches!(cs.entries()[m.values[0] as usize].kind, CountryKind::Country | CountryKind::Nationality))
    }

    /// The tokens start with a capital of the countries table (واشنطن).
    fn capital_word(&self, tokens: &[Token]) -> bool {
        let cs = self.coder.countries;
        cs.find(self.input.text, tokens).first().is_some_and(|m| cs.entries()[m.values[0] as usize].kind == CountryKind::Capital)
    }

    fn place_country(&self, used: &[usize]) -> Option<Participant> {
        let unit = self.units.iter().enumerate().find(|(ui, u)| !used.contains(ui) && u.id.is_none() && !u.kb_name && u.country.is_some() && (u.prep.as_deref() == Some("في") || u.prep_near.as_deref() == Some("في") || u.clitic == Some('ب')));
        if let Some((_, u)) = unit {
            // A protest placed in a country (في لبنان fī lubnān "in Lebanon", البقاع اللبناني
            // "the Lebanese Bekaa") is coded with the country alone; one placed in a capital
            // (في بيروت "in Beirut": the seat of government) with its government.
            let country_word = self.country_word(&self.input.tokens[u.tok.clone()]);
            if !country_word && !self.capital_word(&self.input.tokens[u.tok.clone()]) && self.other_city(&u.range) {
                return None;
            }
            let sector = if !country_word { Some("GOV".to_string()) } else { None };
            return Some(Participant { range: u.range.clone(), id: None, country: u.country.clone(), sector });
        }
        let s = &self.sentence.range;
        let toks = &self.input.tokens[self.sentence.tokens.clone()];
        // The sentence's first place is the protest's scene unless it is the object of a
        // non-locative preposition: لافتات كتب عليها «لنحافظ على موريتانيا» "banners reading
        // «let us keep Mauritania safe»", حربه مع ايران "his war with Iran", في كل من الهند
        // "in each of India, …" (the GSR: no target). في and بين are locative, and مع after
        // حدود "border" too (حدود القطاع مع اسرائيل "the Strip's border with Israel").
        let not_the_scene = |p: &PlaceMatch| -> bool {
            let a = toks.partition_point(|t| t.range.end <= p.range.start);
            let k = if a > 0 { strip_conj(&self.keys[self.sentence.tokens.start + a - 1]) } else { "" };
            let border = k == "مع" && (a.saturating_sub(4)..a.saturating_sub(1)).any(|i| matches!(crate::lexicon::strip_al(strip_clitic_b(strip_conj(&self.keys[self.sentence.tokens.start + i]))), "حدود" | "حدوده" | "حدودها" | "حدودهم"));
            PREPOSITIONS.contains(&k) && !matches!(k, "في" | "بين") && !border
        };
        let m = self.input.places.iter().find(|p| s.start <= p.range.start && p.range.end <= s.end).filter(|p| !not_the_scene(p))?;
        let place = self.gazetteer?.place(m.place);
        let c = self.coder.countries.alpha3(&place.country_code)?;
        let (a, b) = (toks.partition_point(|t| t.range.end <= m.range.start), toks.partition_point(|t| t.range.start < m.range.end));
        let country_word = self.country_word(&toks[a..b]);
        if !country_word && !self.capital_word(&toks[a..b]) && self.other_city(&m.range) {
            return None;
        }
        let sector = if country_word { None } else { Some("GOV".into()) };
        Some(Participant { range: m.range.start + m.clitic_len..m.range.end, id: None, country: Some(c.to_string()), sector })
    }

    /// The byte range holds an accepted gazetteer city that is not a capital (فيلادلفيا,
    /// مخيم جباليا): a protest there is not coded against the government (GSR: `None None`).
    fn other_city(&self, range: &Range<usize>) -> bool {
        let Some(g) = self.gazetteer else { return false };
        self.input.places.iter().filter(|p| overlaps(&p.range, range)).any(|p| {
            let place = g.place(p.place);
            place.feature == marsad_understand::places::Feature::City && !place.name_en.as_deref().is_some_and(|n| crate::capitals::is_capital_city(&place.country_code, n))
        })
    }

    /// The phrase `unit` stands right after انّ/أنّ/إنّ "that" or كان/كانت "was" and right before
    /// the verb (only قد "already" or a date between): the fronted subject of the verb.
    fn fronted_subject(&self, unit: usize, t: &Trigger<'_>) -> bool {
        let u = &self.units[unit];
        if u.tok.start <= self.sentence.tokens.start || u.sector.is_none() && u.id.is_none() && u.country.is_none() {
            return false;
        }
        // A phrase after "according to" is the subject of its own relative clause: بحسب
        // السلطات التي رفضت bi-ḥasabi s-sulṭāti llatī rafaḍat "according to the authorities,
        // which refused".
        if u.prep.as_deref().is_some_and(|p| ATTRIBUTION.contains(&p)) {
            return u.tok.end < t.tok.start && RELATIVE_PRONOUNS.contains(&self.keys[u.tok.end].as_ref()) && (u.tok.end + 1..t.tok.start).all(|i| self.skippable(i));
        }
        let k = strip_conj(&self.keys[u.tok.start - 1]);
        matches!(k, "ان" | "كان" | "كانت" | "وكان" | "وكانت") && (u.tok.end..t.tok.start).all(|i| self.skippable(i))
    }

    /// A clause opened by انّ/إنّ "that" with a subject of its own stands between the phrase
    /// `unit` and the attack verb `t`: the phrase belongs to the reporting clause, not to the
    /// reported verb (افادت صحيفة ايرانية امس ان مجهولين اغتالوا afādat ṣaḥīfatun īrāniyyatun
    /// amsi anna majhūlīna ightālū "an Iranian newspaper reported yesterday that unknown men
    /// assassinated": the newspaper is no attacker). Not when only قد/لا/ايضا/مجددا follow ان:
    /// ʾan + verb (قررت الحكومة ان تهاجم "the government decided to attack") shares
    /// the subject of the verb before it.
    fn reported_clause_between(&self, unit: usize, t: &Trigger<'_>) -> bool {
        let end = self.units[unit].tok.end;
        // Only قد, لا, ايضا, مجددا may stand between ʾan and its verb; anything else (a number
        // too: ان 28 قتلوا "that 28 were killed", ان ثلاثة قتلوا) is the clause's own subject.
        (end..t.tok.start).any(|j| matches!(strip_conj(&self.keys[j]), "ان" | "بان") && (j + 1..t.tok.start).any(|i| !matches!(strip_conj(&self.keys[i]), "قد" | "لا" | "ايضا" | "مجددا")))
    }

    /// The verb `t` follows انه/انها/انهم "that he/she/they" (only skippable words such as قد or
    /// a date between): the pronoun is its subject, and its antecedent is the nearest bare
    /// phrase before انّ (the subject of the reporting clause: اكد حلف شمال الاطلسي انه قتل
    /// akkada ḥilfu šamāli l-aṭlasī annahu qatala "NATO confirmed that it killed"). The pronoun
    /// must agree: انه not with a feminine head (ـة: الشرطة aš-šurṭa "the police", where انه is
    /// the expletive ḍamīr aš-šaʾn "that [it is so that] … were killed"), انهم only with a
    /// plural verb, انه/انها only with a singular one.
    fn pronoun_antecedent(&self, t: &Trigger<'_>) -> Option<usize> {
        let start = self.sentence.tokens.start;
        let mut j = t.tok.start;
        while j > start && !self.is_punct(j - 1) && matches!(strip_conj(&self.keys[j - 1]), "قد" | "امس" | "ايضا" | "بالفعل") {
            j -= 1;
        }
        if j == start {
            return None;
        }
        let pronoun = strip_conj(&self.keys[j - 1]);
        let plural = match pronoun {
            "انه" | "انها" => false,
            "انهم" => true,
            _ => return None,
        };
        if plural != t.hit.plural {
            return None;
        }
        let a = self.unit_before(j - 1, 8)?;
        let u = &self.units[a];
        if u.id.is_none() && u.sector.is_none() && u.country.is_none() {
            return None;
        }
        let head = &self.input.text[self.input.tokens[u.tok.start].range.clone()];
        if pronoun == "انه" && (head.ends_with('\u{0629}') || u.sectorless) {
            return None;
        }
        Some(a)
    }

    /// A phrase closed by a comma right before قد + the verb is its subject: the subject's
    /// apposition or relative clause ends with the comma and قد qad opens the predicate
    /// (كانت رئيسة الوزراء، بي نظير بوتو، قد قتلت kānat raʾīsat al-wuzarāʾ, bī naẓīr būtū, qad
    /// qutilat "the prime minister, Benazir Bhutto, had been killed").
    fn subject_before_comma_qad(&self, t: &Trigger<'_>) -> Option<usize> {
        let start = self.sentence.tokens.start;
        let mut j = t.tok.start;
        let mut qad = false;
        while j > start && !self.is_punct(j - 1) && self.skippable(j - 1) {
            qad |= strip_conj(&self.keys[j - 1]) == "قد";
            j -= 1;
        }
        if !qad || j == start || !self.is_punct(j - 1) {
            return None;
        }
        let comma = j - 1;
        let y = self.unit_before(comma, 3)?;
        let u = &self.units[y];
        (u.id.is_some() || u.sector.is_some() || u.country.is_some()).then_some(y)
    }

    /// A plural verb after a parenthetical that counts its subject (ثمانية اشخاص، بينهم طفلان،
    /// قتلوا thamāniyatu aškhāṣin, baynahum ṭiflāni, qutilū "eight people, among them two
    /// children, were killed"): the phrase before the clause opened by بينهم/منهم "among them"
    /// is the subject.
    fn subject_before_parenthetical(&self, t: &Trigger<'_>) -> Option<usize> {
        if !t.hit.plural {
            return None;
        }
        let start = self.sentence.tokens.start;
        let mut j = t.tok.start;
        while j > start && !self.is_punct(j - 1) && self.skippable(j - 1) {
            j -= 1;
        }
        if j == start || !self.is_punct(j - 1) {
            return None;
        }
        let close = j - 1;
        let lo = close.saturating_sub(10).max(start);
        let open = (lo..close).rev().find(|&i| self.is_punct(i))?;
        if open + 1 >= close || !AMONG_THEM.contains(&strip_conj(&self.keys[open + 1])) {
            return None;
        }
        let y = self.unit_before(open, 3)?;
        let u = &self.units[y];
        (u.id.is_some() || u.sector.is_some() || u.country.is_some() || u.sectorless).then_some(y)
    }

    /// A plural of things or organisations as a subject: a sound feminine plural in ـات
    /// (ميليشيات، قوات، سلطات) with a sector other than civilians, not a counted part (عناصر من)
    /// and no title. Such a plural agrees with a feminine singular verb.
    fn nonhuman_plural(&self, unit: usize) -> bool {
        let u = &self.units[unit];
        let head = crate::lexicon::strip_al(strip_conj(&self.keys[u.tok.start]));
        u.provenance.trim_start_matches("group-noun:").starts_with("agent:") && !u.partitive && !u.title && !u.office && u.sector.as_deref().is_some_and(|s| s != "CVL") && head.ends_with("ات") && has_chars(head, 4)
    }

    fn other_trigger_between(&self, all: &[Trigger<'_>], unit: usize, t: &Trigger<'_>) -> bool {
        let u = &self.units[unit];
        all.iter().any(|o| o.tok.start >= u.tok.end && o.tok.end <= t.tok.start && matches!(o.entry.pos, Pos::Verb | Pos::Passive))
    }

    /// The phrase `u` follows an agent word of a passive (على يد "at the hands of", برصاص "by the
    /// bullets of", بنيران، من قبل "by"), a number or quantity word between allowed: على يد عشرة
    /// متمردين "at the hands of ten rebels". `floor` is the first token the marker may stand on.
    fn agent_marked(&self, u: &Unit, floor: usize) -> bool {
        if u.tok.start == 0 || u.tok.start <= floor {
            return false;
        }
        let mut p = u.tok.start - 1;
        let mut n = 0;
        while n < 2 && p > floor && self.skippable(p) {
            p -= 1;
            n += 1;
        }
        let k = strip_conj(&self.keys[p]);
        PASSIVE_AGENT_WORDS.contains(&k)
            // من قبل X min qibal X "by X" (quantities may stand between).
            || (u.tok.start.saturating_sub(3)..u.tok.start).any(|j| j > 0 && self.keys[j] == "قبل" && strip_conj(&self.keys[j - 1]) == "من")
    }

    /// The first token from `i` on that is no time word (امس "yesterday", اليوم, a day name, a
    /// resolved date): ثلاثة اجانب قتلوا امس في هجوم thalāthatu ajānibin qutilū amsi fī hujūm
    /// "three foreigners were killed yesterday in an attack" ends its clause after امس just as
    /// after قتلوا. Numbers are not skipped (a counted object: قتلوا امس ثلاثة "they killed
    /// three yesterday").
    fn after_time_words(&self, mut i: usize) -> usize {
        while i < self.sentence.tokens.end {
            let t = &self.input.tokens[i];
            let dated = t.kind != TokenKind::Number && self.input.dates.iter().any(|d| d.range.start <= t.range.start && t.range.end <= d.range.end);
            if !(dated || TIME_WORDS.contains(&strip_conj(&self.keys[i]))) {
                break;
            }
            i += 1;
        }
        i
    }

    fn clause_ends_after(&self, i: usize) -> bool {
        if i >= self.sentence.tokens.end || self.is_punct(i) {
            return true;
        }
        let k = self.keys[i].as_ref();
        prepositional(k) || k.starts_with('و') || k.starts_with("بال") || k.starts_with('ب') && self.skippable(i).not() && self.units.iter().all(|u| u.tok.start != i)
    }

    fn object_after(&self, from: usize, t: &Trigger<'_>) -> Option<usize> {
        let mut i = from;
        let mut limit = (from + 6).min(self.sentence.tokens.end);
        while i < limit {
            if let Some(n) = self.at_least(i) {
                i += n;
                limit = (limit + n).min(self.sentence.tokens.end);
                continue;
            }
            // An opening mark between a partitive من and a group's name (ثلاثة من «الوية …») does
            // not end the object; elsewhere a quoted or parenthesised phrase is a subject or an
            // apposition (التقت "الصحيفة" الفنان, مهاجم (فلان)), not the object.
            let mark = opening_mark(self.input.text, &self.input.tokens[i]) && i > from && strip_conj(&self.keys[i - 1]) == "من" && self.units.iter().any(|u| u.tok.start == i + 1 && u.partitive);
            if self.is_punct(i) && !mark {
                return None;
            }
            if let Some(ui) = self.units.iter().position(|u| u.tok.start == i) {
                if self.units[ui].bare() && self.units[ui].tok.start >= t.tok.end {
                    return Some(ui);
                }
                i = self.units[ui].tok.end;
                continue;
            }
            let k = strip_conj(&self.keys[i]);
            // The partitive من of a counted object (قتل الجيش ثلاثة من قادة المتمردين "the army
            // killed three of the rebels' commanders") is no preposition.
            // Only after a number (كل من X و Y "both X and Y" opens a subject, not an object).
            let counted = i > self.sentence.tokens.start && (self.input.tokens[i - 1].kind == TokenKind::Number || NUMBER_WORDS.contains(&strip_conj(&self.keys[i - 1])) || matches!(strip_conj(&self.keys[i - 1]), "عدد" | "عددا"));
            let after_mark = i + 2 < self.sentence.tokens.end && opening_mark(self.input.text, &self.input.tokens[i + 1]);
            if prepositional(k) && !(k == "من" && counted && self.units.iter().any(|u| (u.tok.start == i + 1 || (after_mark && u.tok.start == i + 2)) && u.partitive)) {
                return None;
            }
            i += 1;
        }
        None
    }

    fn flags(&self, t: &Trigger<'_>, reported: bool) -> EventFlags {
        let start = self.sentence.tokens.start;
        let before = |n: usize| (t.tok.start.saturating_sub(n).max(start)..t.tok.start).map(|i| strip_conj(&self.keys[i]));
        let negated = before(3).any(|k| NEGATION.contains(&k)) || before(40).any(|k| DENIAL.contains(&k));
        let future = t.future_prefix || before(3).any(|k| FUTURE.contains(&k) || k == "لن");
        let hypothetical = before(12).any(|k| HYPOTHETICAL.contains(&k));
        EventFlags { negated, future, hypothetical, reported }
    }

    fn date(&self) -> Option<String> {
        let s = &self.sentence.range;
        self.input
            .dates
            .iter()
            .filter(|d| s.start <= d.range.start && d.range.end <= s.end)
            .find_map(|d| d.value.iso().filter(|v| v.len() == 10))
            .or_else(|| self.input.published.map(|p| p.to_string()))
    }

    fn place(&self) -> Option<usize> {
        let s = &self.sentence.range;
        self.input.places.iter().position(|p| s.start <= p.range.start && p.range.end <= s.end)
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists are compared with search keys (hamza carriers folded: مئات miʾāt
    /// "hundreds" is keyed ميات), so a list word written with ئ/ؤ/أ/ة never matches.
    #[test]
    fn word_lists_are_in_search_key_form() {
        let lists: &[(&str, &[&str])] = &[
            ("SKIPPABLE", SKIPPABLE),
            ("PASSIVE_AGENT_WORDS", PASSIVE_AGENT_WORDS),
            ("NUMBER_WORDS", NUMBER_WORDS),
            ("ATTACK_NOUNS", ATTACK_NOUNS),
            ("ATTACK_ADJECTIVES", ATTACK_ADJECTIVES),
            ("PARTITIVE_HEADS", PARTITIVE_HEADS),
            ("PREPOSITIONS", PREPOSITIONS),
            ("LOCATIVES", LOCATIVES),
            ("ATTRIBUTION", ATTRIBUTION),
            ("MILITARY_VEHICLES", MILITARY_VEHICLES),
            ("TIME_WORDS", TIME_WORDS),
            ("NEGATION", NEGATION),
            ("DENIAL", DENIAL),
            ("FUTURE", FUTURE),
            ("HYPOTHETICAL", HYPOTHETICAL),
            ("PROTEST_AGAINST_L", PROTEST_AGAINST_L),
            ("PROTEST_AGAINST_B", PROTEST_AGAINST_B),
            ("PROTEST_DEMANDING", PROTEST_DEMANDING),
            ("PROTEST_THROW", PROTEST_THROW),
            ("FLAG_WORDS", FLAG_WORDS),
            ("PETITION_WORDS", PETITION_WORDS),
            ("FLAG_DESECRATION", FLAG_DESECRATION),
            ("PROTEST_OUSTING", PROTEST_OUSTING),
            ("PROTEST_CLASH", PROTEST_CLASH),
            ("PROTEST_REJECTING", PROTEST_REJECTING),
            ("PROTEST_REJECTING_BARE", PROTEST_REJECTING_BARE),
            ("PROTEST_CURSE", PROTEST_CURSE),
            ("PROTEST_CLASH_WITH", PROTEST_CLASH_WITH),
            ("PROTEST_MARCH", PROTEST_MARCH),
            ("MARCH_TO", MARCH_TO),
            ("CLASH_DENIED", CLASH_DENIED),
            ("SUFFER_L", SUFFER_L),
            ("SURVIVE", SURVIVE),
            ("CONTAINERS", CONTAINERS),
            ("MEMBER_HEADS", MEMBER_HEADS),
            ("LEADER_HEADS", LEADER_HEADS),
            ("LEADER_OFFICE", LEADER_OFFICE),
            ("RELATIVE_AGENT_VERBS", RELATIVE_AGENT_VERBS),
            ("RELATIVE_PRONOUNS", RELATIVE_PRONOUNS),
            ("GROUP_NOUNS", GROUP_NOUNS),
            ("SLOGAN_NOUNS", SLOGAN_NOUNS),
            ("CARRYING", CARRYING),
            ("CAUSAL", CAUSAL),
            ("FREQUENTED", FREQUENTED),
            ("AMONG_THEM", AMONG_THEM),
            ("CASUALTY_KILLED", CASUALTY_KILLED),
            ("CASUALTY_WOUNDED", CASUALTY_WOUNDED),
            ("PERIPHRASTIC", PERIPHRASTIC),
            ("REPORTING", REPORTING),
            ("COMPLEMENTIZERS", COMPLEMENTIZERS),
        ];
        let at_least: Vec<&str> = AT_LEAST.iter().flat_map(|w| w.iter().copied()).collect();
        let wrong: Vec<String> = lists
            .iter()
            .chain(std::iter::once(&("AT_LEAST", at_least.as_slice())))
            .flat_map(|(name, words)| words.iter().filter(|w| search_key(w) != **w).map(move |w| format!("{name}: {w} (key {})", search_key(w))))
            .collect();
        assert!(wrong.is_empty(), "list words not in search-key form: {wrong:?}");
    }
}
