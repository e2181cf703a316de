//! Who is who in one document: mentions of people, organisations and countries grouped into
//! document-level actors, resolved to the knowledge base where possible.
//!
//! Mentions come from four places:
//! * knowledge-base names (محمد جواد ظريف muḥammad jawād ẓarīf, and the bare ظريف);
//! * title + nationality phrases resolved to the role holder at the publication date
//!   (وزير الخارجية الايراني wazīr al-khārijiyya al-īrānī "the Iranian foreign minister");
//! * relational mentions (نظيره الروسي naẓīruhu al-rūsī "his Russian counterpart": the holder of
//!   the same office in that country as the person last named);
//! * named entities and country names/nationality adjectives not in the knowledge base
//!   (people by surname, countries by code).

use std::borrow::Cow;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::Token;

use crate::kb::{ActorId, AgentTable, CountryTable, Kb, KbDate};

/// How a mention was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A name from the knowledge base or a named entity.
    Name,
    /// A title with a nationality: وزير الخارجية الايراني.
    Title,
    /// نظيره الروسي "his Russian counterpart".
    Counterpart,
    /// A country name or nationality adjective.
    Country,
    /// A shorter name that ends a full name said earlier in the document (ظريف ẓarīf after
    /// محمد جواد ظريف; بن سلمان after محمد بن سلمان): the full name's actor (see [`coref`]).
    Coref,
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Title => "title",
            MentionKind::Counterpart => "counterpart",
            MentionKind::Country => "country",
            MentionKind::Coref => "coref",
        }
    }
}

/// One mention of an actor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub range: Range<usize>,
    pub kind: MentionKind,
}

/// What a document-level actor is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKey {
    /// A knowledge-base actor.
    Known(ActorId),
    /// A country as an actor (ISO alpha-3 / CAMEO code).
    Country(String),
    /// A person or organisation not in the knowledge base, by its longest name's search key.
    Unknown(String),
}

/// A document-level actor with its mentions (in text order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocActor {
    pub key: ActorKey,
    /// Stable id: the knowledge-base id, `country:IRN`, or `name:<search key>`.
    pub id: String,
    pub name_en: Option<String>,
    /// Country and sector codes at the publication date (CAMEO convention).
    pub country: Option<String>,
    pub sector: Option<String>,
    /// PER, ORG, LOC (countries) as far as known.
    pub kind: Option<EntityType>,
    pub mentions: Vec<Mention>,
}

/// The tables actor resolution needs.
#[derive(Clone, Copy)]
pub struct ActorTables<'a> {
    pub kb: &'a Kb,
    pub countries: &'a CountryTable,
    pub agents: &'a AgentTable,
}

/// Arabic office titles (search keys, without nationality) → the knowledge base's English
/// role titles.
const OFFICES: &[(&str, &str)] = &[
    ("وزير الخارجيه", "foreign minister"),
    ("وزيره الخارجيه", "foreign minister"),
    ("وزير خارجيه", "foreign minister"),
    ("الرييس", "president"),
    ("رييس الجمهوريه", "president"),
    ("رييس الوزراء", "prime minister"),
    ("رييسه الوزراء", "prime minister"),
    ("وزير الدفاع", "defense minister"),
    ("وزير الداخليه", "interior minister"),
    ("المندوب الدايم", "ambassador to the un"),
];

/// Resolve the actors of a document.
pub fn resolve_actors(text: &str, tokens: &[Token], entities: &[Entity], tables: ActorTables<'_>, published: Option<KbDate>) -> Vec<DocActor> {
    let keys = marsad_text::normalize::token_search_keys(text, tokens);
    resolve_actors_keyed(text, tokens, &keys, entities, tables, published)
}

/// [`resolve_actors`] given the search key of every token (`keys[i]` =
/// `search_key(&text[tokens[i].range])`; session 38: one key array per document, shared by the
/// passes).
pub fn resolve_actors_keyed(text: &str, tokens: &[Token], keys: &[Cow<'_, str>], entities: &[Entity], tables: ActorTables<'_>, published: Option<KbDate>) -> Vec<DocActor> {
    let mut found: Vec<(ActorKey, Mention, Option<EntityType>)> = Vec::new();
    let mut covered: Vec<Range<usize>> = Vec::new();

    // 1. Knowledge-base names.
    for m in tables.kb.find_keyed(text, tokens, keys) {
        let range = m.range.start + m.clitic_len..m.range.end;
        let kind = entities.iter().find(|e| overlaps(&e.range, &range)).map(|e| e.kind).filter(|k| matches!(k, EntityType::Person | EntityType::Organization));
        // Only names the tagger also saw as a person or organisation: the UniversalPetrarch
        // lists hold common words as names (صورة ṣūra "picture", سيادة siyāda "sovereignty").
        // Places and nationality adjectives are left to step 4.
        if kind.is_none() {
            continue;
        }
        covered.push(range.clone());
        found.push((ActorKey::Known(m.actor), Mention { range, kind: MentionKind::Name }, kind));
    }

    // 2 and 3. Titles with nationality, and counterparts.
    // The country code of the entity of `kind` covering token `i`: a nationality (الإيراني), or
    // (session 43) a country name (ألمانيا almāniyā "Germany").
    let country_of = |i: usize, kind: EntityType| -> Option<String> {
        let t = &tokens[i];
        entities.iter().find(|e| e.kind == kind && e.range.start <= t.range.start && t.range.end <= e.range.end).and_then(|e| e.country.as_ref().map(|c| c.as_str().to_string()))
    };
    let nationality_at = |i: usize| country_of(i, EntityType::Nationality);
    let country_at = |i: usize| country_of(i, EntityType::Location);
    if let Some(date) = published {
        let mut i = 0;
        while i < tokens.len() {
            // نظيره الروسي naẓīruhu al-rūsī "his Russian counterpart"
            let k = keys[i].strip_prefix('و').unwrap_or(&keys[i]);
            if matches!(k, "نظيره" | "نظيرته" | "نظيرهم" | "نظيرها") && i + 1 < tokens.len() {
                if let Some(country) = nationality_at(i + 1) {
                    let range = tokens[i].range.start..tokens[i + 1].range.end;
                    // نظيره الروسي سيرغي لافروف "his Russian counterpart Sergey Lavrov": the name
                    // in apposition says who it is.
                    let named = found.iter().find(|(key, m, _)| matches!(key, ActorKey::Known(_)) && tokens.get(i + 2).is_some_and(|t| m.range.start == t.range.start)).map(|(key, _, _)| key.clone());
                    if let Some(key) = named {
                        covered.push(range.clone());
                        found.push((key, Mention { range, kind: MentionKind::Counterpart }, Some(EntityType::Person)));
                        i += 2;
                        continue;
                    }
                    // Otherwise "his" is the document's main person so far: the known person
                    // mentioned most often before this point (the latest on a tie).
                    let before = |m: &Mention| m.range.end <= tokens[i].range.start;
                    let anchor = found
                        .iter()
                        .filter(|(key, m, kind)| before(m) && matches!(key, ActorKey::Known(_)) && *kind == Some(EntityType::Person))
                        .map(|(key, m, _)| (key.clone(), found.iter().filter(|(k2, m2, _)| k2 == key && before(m2)).count(), m.range.end))
                        .max_by_key(|(_, n, end)| (*n, *end))
                        .map(|(key, _, _)| key);
                    if let Some(ActorKey::Known(a)) = anchor {
                        let office = tables.kb.actor(a).roles.iter().find(|r| r.contains(date) && r.title.is_some()).and_then(|r| r.title.clone());
                        if let Some(title) = office {
                            if let Some(&h) = tables.kb.holders(&country, &title, date).first() {
                                covered.push(range.clone());
                                found.push((ActorKey::Known(h), Mention { range, kind: MentionKind::Counterpart }, Some(EntityType::Person)));
                                i += 2;
                                continue;
                            }
                        }
                    }
                }
            }
            // وزير الخارجية الايراني: an office of 1–2 words followed by a nationality.
            let mut matched = false;
            for len in (1..=2).rev() {
                if i + len >= tokens.len() {
                    continue;
                }
                let phrase = keys[i..i + len].iter().map(|k| &**k).collect::<Vec<_>>().join(" ");
                let phrase = phrase.strip_prefix('و').filter(|p| OFFICES.iter().any(|(a, _)| a == p)).unwrap_or(&phrase);
                let Some((_, title)) = OFFICES.iter().find(|(a, _)| *a == phrase) else { continue };
                // (session 43, qkb) an office in the construct state before a country name
                // (وزير خارجية ألمانيا wazīr ḫārijiyyat almāniyā "Germany's foreign minister"):
                // only an indefinite last office word (a definite one, الخارجية, is no construct),
                // and only when the knowledge base gives exactly one holder at the date.
                let construct = !phrase.rsplit(' ').next().unwrap_or("").starts_with("ال");
                let Some((country, sole)) = nationality_at(i + len).map(|c| (c, false)).or_else(|| construct.then(|| country_at(i + len)).flatten().map(|c| (c, true))) else { continue };
                let holders = tables.kb.holders(&country, title, date);
                if sole && holders.len() != 1 {
                    continue;
                }
                if let Some(&h) = holders.first() {
                    let range = tokens[i].range.start..tokens[i + len].range.end;
                    // Skip when a name follows in apposition (the name itself is a mention).
                    covered.push(range.clone());
                    found.push((ActorKey::Known(h), Mention { range, kind: MentionKind::Title }, Some(EntityType::Person)));
                    i += len + 1;
                    matched = true;
                    break;
                }
            }
            if !matched {
                i += 1;
            }
        }
    }

    // 4. Entities not covered: countries, nationality adjectives, unknown people/organisations.
    for e in entities {
        if covered.iter().any(|c| overlaps(c, &e.range)) {
            continue;
        }
        let mention = Mention { range: e.range.clone(), kind: MentionKind::Name };
        match (e.kind, &e.country) {
            (EntityType::Location | EntityType::Nationality, Some(c)) => found.push((ActorKey::Country(c.as_str().to_string()), Mention { kind: MentionKind::Country, ..mention }, Some(EntityType::Location))),
            (EntityType::Person | EntityType::Organization, _) => {
                let key = search_key(&text[e.range.clone()]).into_owned();
                found.push((ActorKey::Unknown(key), mention, Some(e.kind)));
            }
            _ => {}
        }
    }

    // 5. A name followed by another in parentheses is one actor (محمود عباس (أبومازن)).
    parenthesized_aliases(text, &mut found);

    // 6. A surname alone names the person named in full earlier (عباس after محمود عباس).
    coref(text, &mut found);

    // Unknown people: a bare surname joins the full name it ends (ظريف ~ محمد جواد ظريف).
    // (session 45, qtitle) Not a full name the article introduces as the kin of that surname
    // (زوجة ترودو، صوفي غريغوار ترودو "Trudeau's wife, Sophie Grégoire Trudeau"): its holder
    // is a relative of the surname's, another person.
    // (session 50, qtitle) Nor a full name written right after a kin noun in construct (الشاب
    // نجل حسين NAME aš-šābb najl ḥusayn NAME "the young man, son of Hussein NAME"): the name is
    // the relative's, and the bare surname is the family's, most often the kin noun's holder.
    let person_ends: Vec<usize> = found.iter().filter(|(_, _, kind)| *kind == Some(EntityType::Person)).map(|(_, m, _)| m.range.end).collect();
    let fulls: Vec<String> = found.iter().filter_map(|(k, m, kind)| match k {
        ActorKey::Unknown(n) if *kind == Some(EntityType::Person) && n.contains(' ') && !kin_introduced(text, n, &m.range) && !after_construct_kin(text, &m.range, &person_ends) => Some(n.clone()),
        _ => None,
    }).collect();
    for (k, _, kind) in found.iter_mut() {
        if let ActorKey::Unknown(n) = k {
            if *kind == Some(EntityType::Person) && !n.contains(' ') {
                if let Some(full) = fulls.iter().find(|f| f.ends_with(&format!(" {n}"))) {
                    *k = ActorKey::Unknown(full.clone());
                }
            }
        }
    }

    // Group into actors, in order of first mention.
    found.sort_by_key(|(_, m, _)| m.range.start);
    let mut actors: Vec<DocActor> = Vec::new();
    for (key, mention, kind) in found {
        if let Some(a) = actors.iter_mut().find(|a| a.key == key) {
            a.mentions.push(mention);
            if a.kind.is_none() {
                a.kind = kind;
            }
            continue;
        }
        let (id, name_en, country, sector) = match &key {
            ActorKey::Known(a) => {
                let actor = tables.kb.actor(*a);
                let (c, s) = tables.kb.codes_at(*a, published);
                (actor.id.clone(), actor.name_en.clone(), c, s)
            }
            ActorKey::Country(c) => (format!("country:{c}"), None, Some(c.clone()), None),
            ActorKey::Unknown(n) => (format!("name:{n}"), None, None, None),
        };
        actors.push(DocActor { key, id, name_en, country, sector, kind, mentions: vec![mention] });
    }
    actors
}

/// Kin nouns (search keys without the article) with their sense: 0 father (والد wālid, أب ab),
/// 1 mother (والدة wālida, أم umm), 2 husband (زوج zawj), 3 wife (زوجة zawja, أرملة armala
/// "widow"), 4 son (ابن ibn, نجل najl), 5 daughter (ابنة ibna, نجلة najla), 6 brother (شقيق
/// šaqīq, أخ aḫ), 7 sister (شقيقة šaqīqa, أخت uḫt). The one kin list of the crate: the actor pass
/// (`kin_introduced`) and the quote finder's description and bare-kin naming (`quotes::naming`).
const KIN_SENSES: &[(&str, u8)] = &[
    ("والد", 0), ("اب", 0), ("والده", 1), ("ام", 1), ("زوج", 2), ("زوجه", 3), ("ارمله", 3), ("ابن", 4),
    ("نجل", 4), ("ابنه", 5), ("نجله", 5), ("شقيق", 6), ("اخ", 6), ("شقيقه", 7), ("اخت", 7),
];

/// The sense of a kin noun (search key without the article; see [`KIN_SENSES`]).
pub(crate) fn kin_sense(key: &str) -> Option<u8> {
    KIN_SENSES.iter().find(|(w, _)| *w == key).map(|&(_, c)| c)
}

/// A kin noun in the construct state before a name (زوجة ترودو zawjat trūdū "Trudeau's wife"):
/// any kin noun but the two-letter أب / أم, whose keys also spell other words.
fn is_construct_kin(key: &str) -> bool {
    !matches!(key, "اب" | "ام") && kin_sense(key).is_some()
}

/// (session 45) Is the full name `full` (its search key) at `range` written right after a kin
/// noun and its own surname, a comma allowed between (زوجة ترودو، صوفي غريغوار ترودو)?
fn kin_introduced(text: &str, full: &str, range: &Range<usize>) -> bool {
    let Some(surname) = full.rsplit(' ').next() else { return false };
    let before = text.get(..range.start).unwrap_or("");
    let mut words = before.split_whitespace().rev().map(|w| w.trim_end_matches(['،', ','])).filter(|w| !w.is_empty());
    let (Some(s), Some(kin)) = (words.next(), words.next()) else { return false };
    let kin = search_key(kin);
    let kin = kin.strip_prefix('و').filter(|k| is_construct_kin(k)).unwrap_or(&kin);
    search_key(s) == surname && is_construct_kin(kin)
}

/// What stands right before a kin noun, for [`marks_relative`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BeforeKin {
    /// The end of a person name (محمد ابن NAME: ابن inside one name).
    PersonName,
    Other,
}

/// (session 50, qtitle) Does the kin noun `key` (a search key, و wa- "and" allowed before it)
/// in construct before a person name make that name the relative of the person the kin noun
/// designates (نجل حسين NAME najl ḥusayn NAME "the son of Hussein NAME")? Any construct kin
/// noun ([`is_construct_kin`]: not the two-letter أب / أم), but not ابن ibn "son (of)" right
/// after another person name, a patronymic inside one name (محمد ابن NAME). The one test of the
/// actor pass ([`after_construct_kin`]) and of the quote passes (`quotes::naming`).
pub(crate) fn marks_relative(key: &str, before: BeforeKin) -> bool {
    let bare = key.strip_prefix('و').filter(|k| is_construct_kin(k)).unwrap_or(key);
    is_construct_kin(bare) && !(bare == "ابن" && before == BeforeKin::PersonName)
}

/// (session 50, qtitle) Is the name at `range` written right after a kin noun in construct (نجل
/// حسين NAME najl ḥusayn NAME "the son of Hussein NAME", ووالدة سلمى NAME wa-wālidat salmā NAME
/// "and the mother of Salma NAME"; no comma between)? The name is then the relative of the
/// person the kin noun designates ([`marks_relative`]; `person_ends`: the end bytes of the
/// person mentions).
fn after_construct_kin(text: &str, range: &Range<usize>, person_ends: &[usize]) -> bool {
    let before = text.get(..range.start).unwrap_or("");
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return false;
    }
    let Some(kin) = trimmed.split_whitespace().next_back() else { return false };
    let prev_end = trimmed[..trimmed.len() - kin.len()].trim_end().len();
    let before_kin = if prev_end > 0 && person_ends.contains(&prev_end) { BeforeKin::PersonName } else { BeforeKin::Other };
    marks_relative(&search_key(kin), before_kin)
}

/// Kunya words and honorifics (search keys): with the patronymic links and the royal titles of
/// the knowledge base ([`crate::kb::PATRONYMIC_LINKS`], [`crate::kb::TITLES`]) they make a full
/// name a title or a kunya, not a first name + surname: أبو عمر abū ʿumar "father of Omar" is
/// not a man surnamed عمر, الشيخ محمد is not a Mr محمد.
const KUNYA_AND_HONORIFICS: &[&str] = &["ابو", "ابي", "ام", "سيد", "السيد"];

fn not_a_first_name(w: &str) -> bool {
    KUNYA_AND_HONORIFICS.contains(&w) || crate::kb::PATRONYMIC_LINKS.contains(&w) || crate::kb::TITLES.contains(&w)
}

/// Document-level coreference of person names (a pure function of the document's mentions):
/// a person mention of fewer words that ends a longer person mention earlier in the document
/// takes that mention's actor and becomes a [`MentionKind::Coref`] mention (its own range).
/// In news a person is named in full once and by surname after: محمود عباس maḥmūd ʿabbās …
/// عباس. Guards:
/// * exactly one actor among the earlier full names ending with it (two people called عباس
///   earlier → none; a later full name never reaches back);
/// * only full names the knowledge base resolved (an unknown full name is joined by the
///   bare-surname rule of [`resolve_actors`]; its key has no codes to give);
/// * a one-word mention never ends a patronymic (علي after زين العابدين بن علي is not Ben Ali:
///   the short form is بن علي), nor a name whose other words are titles or a kunya (أبو عمر);
/// * the first word is also tried without leading clitics (وعباس wa-ʿabbās "and Abbas").
///
/// Mentions without an antecedent keep what the knowledge base gave them, including the
/// one-word guard of [`Kb::find`](crate::kb::Kb::find).
pub fn coref(text: &str, found: &mut [(ActorKey, Mention, Option<EntityType>)]) {
    let words = |r: &Range<usize>| -> Vec<String> { text.get(r.clone()).unwrap_or("").split_whitespace().map(|w| search_key(w).into_owned()).filter(|w| !w.is_empty()).collect() };
    let person = |f: &(ActorKey, Mention, Option<EntityType>)| f.2 == Some(EntityType::Person) && f.1.kind == MentionKind::Name;
    let names: Vec<Option<Vec<String>>> = found.iter().map(|f| person(f).then(|| words(&f.1.range))).collect();
    let mut changes: Vec<(usize, ActorKey)> = Vec::new();
    for (i, short) in names.iter().enumerate() {
        let Some(short) = short else { continue };
        if short.is_empty() || short.len() > 2 {
            continue;
        }
        // The first word as written, and without its leading clitics (لل li + al keeps the
        // article: وللحريري wa-li-l-ḥarīrī → الحريري).
        let mut firsts: Vec<String> = vec![short[0].clone()];
        for (c, h) in crate::kb::matcher::strip_clitics(&short[0]) {
            firsts.push(if c.ends_with("لل") { format!("ال{h}") } else { h.to_string() });
        }
        let start = found[i].1.range.start;
        let mut keys: Vec<&ActorKey> = Vec::new();
        for (j, full) in names.iter().enumerate() {
            let Some(full) = full else { continue };
            if found[j].1.range.end > start || full.len() <= short.len() {
                continue;
            }
            let k = full.len() - short.len();
            if !firsts.contains(&full[k]) || full[k + 1..] != short[1..] {
                continue;
            }
            if short.len() == 1 && crate::kb::PATRONYMIC_LINKS.contains(&full[k - 1].as_str()) {
                continue;
            }
            if full[..k].iter().all(|w| not_a_first_name(w)) {
                continue;
            }
            if !keys.contains(&&found[j].0) {
                keys.push(&found[j].0);
            }
        }
        if let [key @ ActorKey::Known(_)] = keys[..] {
            if *key != found[i].0 {
                changes.push((i, key.clone()));
            }
        }
    }
    for (i, key) in changes {
        found[i].0 = key;
        found[i].1.kind = MentionKind::Coref;
    }
}

/// A person or organisation name followed by another of the same type in parentheses names the
/// same actor under an alias (session 32): محمود عباس (أبومازن) maḥmūd ʿabbās (abū māzin)
/// "Mahmoud Abbas (Abu Mazen)", a kunya; منظمة التحرير الفلسطينية (م ت ف) "the PLO (PLO)", an
/// acronym. Every mention of either name takes one key: the knowledge base's when exactly one of
/// the two is known (the kunya may be listed and the full name not), else the first name's. Two
/// different known actors are left apart. Only whitespace may stand between the first name, the
/// opening parenthesis, the alias and the closing one.
fn parenthesized_aliases(text: &str, found: &mut [(ActorKey, Mention, Option<EntityType>)]) {
    let names = |f: &(ActorKey, Mention, Option<EntityType>)| f.1.kind == MentionKind::Name && matches!(f.2, Some(EntityType::Person | EntityType::Organization));
    let mut pairs: Vec<(ActorKey, ActorKey)> = Vec::new();
    for alias in found.iter().filter(|f| names(f)) {
        let r = &alias.1.range;
        let (Some(before), Some(after)) = (text.get(..r.start), text.get(r.end..)) else { continue };
        let Some(before) = before.trim_end().strip_suffix('(') else { continue };
        if !after.trim_start().starts_with(')') {
            continue;
        }
        let end = before.trim_end().len();
        let Some(name) = found.iter().find(|f| names(f) && f.1.range.end == end && f.2 == alias.2) else { continue };
        let key = match (&name.0, &alias.0) {
            (a, b) if a == b => continue,
            (ActorKey::Known(_), ActorKey::Known(_)) => continue,
            (_, b @ ActorKey::Known(_)) => b.clone(),
            (a, _) => a.clone(),
        };
        pairs.push((name.0.clone(), key.clone()));
        pairs.push((alias.0.clone(), key));
    }
    for (from, to) in pairs {
        for f in found.iter_mut().filter(|f| f.0 == from) {
            f.0 = to.clone();
        }
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The actor whose mentions include `range` (or overlap it).
pub fn actor_at<'a>(actors: &'a [DocActor], range: &Range<usize>) -> Option<&'a DocActor> {
    actors.iter().find(|a| a.mentions.iter().any(|m| overlaps(&m.range, range)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Person-name mentions of `names` (in this order) in `text`, each with its key.
    fn mentions(text: &str, names: &[(&str, ActorKey)]) -> Vec<(ActorKey, Mention, Option<EntityType>)> {
        let mut from = 0;
        names
            .iter()
            .map(|(n, key)| {
                let start = from + text[from..].find(n).expect("name in text");
                from = start + n.len();
                (key.clone(), Mention { range: start..from, kind: MentionKind::Name }, Some(EntityType::Person))
            })
            .collect()
    }

    fn unknown(n: &str) -> ActorKey {
        ActorKey::Unknown(search_key(n).into_owned())
    }

    #[test]
    fn surname_alone_takes_the_full_name_said_earlier() {
        // التقى محمود عباس وفدا أوروبيا، وقال عباس إن المفاوضات متوقفة.
        // iltaqā maḥmūd ʿabbās wafdan ūrubbiyyan, wa-qāla ʿabbās inna al-mufāwaḍāt mutawaqqifa
        // "Mahmoud Abbas met a European delegation, and Abbas said the talks are stalled."
        let text = "التقى محمود عباس وفدا أوروبيا، وقال عباس إن المفاوضات متوقفة.";
        let mut found = mentions(text, &[("محمود عباس", ActorKey::Known(ActorId(7))), ("عباس", unknown("عباس"))]);
        let bare = found[1].1.range.clone();
        coref(text, &mut found);
        assert_eq!(found[1].0, ActorKey::Known(ActorId(7)));
        assert_eq!(found[1].1.kind, MentionKind::Coref);
        assert_eq!(found[1].1.range, bare, "the mention keeps its own byte range");
        assert_eq!(&text[bare], "عباس");
        // The full name is untouched.
        assert_eq!(found[0].1.kind, MentionKind::Name);
    }

    #[test]
    fn a_clitic_on_the_surname_is_stripped_and_a_wrong_kb_match_replaced() {
        // زار سعد الحريري باريس، والتقى الحريري ماكرون.
        // zāra saʿd al-ḥarīrī bārīs, wa-ltaqā al-ḥarīrī mākrūn
        // "Saad Hariri visited Paris, and Hariri met Macron."; then وللحريري wa-li-l-ḥarīrī "and
        // for Hariri" with clitics inside the mention.
        let text = "زار سعد الحريري باريس، والتقى الحريري ماكرون. وللحريري رأي آخر.";
        let mut found = mentions(text, &[("سعد الحريري", ActorKey::Known(ActorId(1))), ("الحريري", ActorKey::Known(ActorId(2))), ("وللحريري", unknown("وللحريري"))]);
        coref(text, &mut found);
        assert_eq!(found[1].0, ActorKey::Known(ActorId(1)));
        assert_eq!(found[2].0, ActorKey::Known(ActorId(1)));
    }

    #[test]
    fn two_people_sharing_a_surname_give_no_coref() {
        // التقى محمود عباس ويوسف صالح عباس، ثم تحدث عباس.
        // iltaqā maḥmūd ʿabbās wa-yūsuf ṣāliḥ ʿabbās, thumma taḥaddatha ʿabbās
        // "Mahmoud Abbas and Youssouf Saleh Abbas met, then Abbas spoke."
        let text = "التقى محمود عباس ويوسف صالح عباس، ثم تحدث عباس.";
        let mut found = mentions(text, &[("محمود عباس", ActorKey::Known(ActorId(7))), ("يوسف صالح عباس", ActorKey::Known(ActorId(9))), ("عباس", unknown("عباس"))]);
        coref(text, &mut found);
        assert_eq!(found[2].0, unknown("عباس"));
        assert_eq!(found[2].1.kind, MentionKind::Name);
    }

    #[test]
    fn a_full_name_said_later_does_not_reach_back() {
        // تحدث عباس، ثم وصل محمود عباس.
        // taḥaddatha ʿabbās, thumma waṣala maḥmūd ʿabbās "Abbas spoke, then Mahmoud Abbas arrived."
        let text = "تحدث عباس، ثم وصل محمود عباس.";
        let mut found = mentions(text, &[("عباس", unknown("عباس")), ("محمود عباس", ActorKey::Known(ActorId(7)))]);
        coref(text, &mut found);
        assert_eq!(found[0].0, unknown("عباس"));
    }

    #[test]
    fn patronymic_short_form_is_bin_and_the_father_alone_is_not() {
        // استقبل محمد بن سلمان الوفد، وقال بن سلمان ... ثم وصل سلمان.
        // istaqbala muḥammad bin salmān al-wafd, wa-qāla bin salmān …, thumma waṣala salmān
        // "Mohammed bin Salman received the delegation, and bin Salman said …, then Salman arrived."
        let text = "استقبل محمد بن سلمان الوفد، وقال بن سلمان إن الزيارة مهمة، ثم وصل سلمان.";
        let mut found = mentions(text, &[("محمد بن سلمان", ActorKey::Known(ActorId(3))), ("بن سلمان", unknown("بن سلمان")), ("سلمان", unknown("سلمان"))]);
        coref(text, &mut found);
        assert_eq!(found[1].0, ActorKey::Known(ActorId(3)));
        assert_eq!(found[1].1.kind, MentionKind::Coref);
        // سلمان alone is the father's name, not the son's.
        assert_eq!(found[2].0, unknown("سلمان"));
    }

    #[test]
    fn kunya_and_title_names_are_no_antecedents() {
        // قال أبو عمر إن عمر سافر. qāla abū ʿumar inna ʿumar sāfar "Abu Omar said that Omar
        // travelled." (the son, not the father).
        let text = "قال أبو عمر إن عمر سافر.";
        let mut found = mentions(text, &[("أبو عمر", ActorKey::Known(ActorId(4))), ("عمر", unknown("عمر"))]);
        coref(text, &mut found);
        assert_eq!(found[1].0, unknown("عمر"));
    }

    #[test]
    fn organisations_and_unknown_full_names_give_nothing() {
        // وصل كريم سعيد، وتحدث سعيد. waṣala karīm saʿīd, wa-taḥaddatha saʿīd "Karim Said
        // arrived, and Said spoke." (unknown full name: the KB match of the bare word stays)
        let text = "وصل كريم سعيد، وتحدث سعيد.";
        let mut found = mentions(text, &[("كريم سعيد", unknown("كريم سعيد")), ("سعيد", ActorKey::Known(ActorId(5)))]);
        coref(text, &mut found);
        assert_eq!(found[1].0, ActorKey::Known(ActorId(5)));
        assert_eq!(found[1].1.kind, MentionKind::Name);
        // An organisation mention is never a bare surname.
        let mut org = mentions(text, &[("كريم سعيد", ActorKey::Known(ActorId(6))), ("سعيد", ActorKey::Known(ActorId(5)))]);
        org[1].2 = Some(EntityType::Organization);
        coref(text, &mut org);
        assert_eq!(org[1].0, ActorKey::Known(ActorId(5)));
    }

    #[test]
    fn odd_input_does_not_panic() {
        // A range past the end and one inside a letter (Arabic letters are 2 bytes).
        let text = "عباس";
        let mut found = vec![(unknown("عباس"), Mention { range: 0..99, kind: MentionKind::Name }, Some(EntityType::Person)), (unknown("x"), Mention { range: 1..3, kind: MentionKind::Name }, Some(EntityType::Person))];
        coref(text, &mut found);
        coref("", &mut []);
    }

    // Session 32, parenthesized aliases
    #[test]
    fn a_name_in_parentheses_after_a_name_is_the_same_actor() {
        // ألقى خالد يوسف (أبو سامر) كلمة، ثم قال أبو سامر إن اللقاء مثمر.
        // alqā khālid yūsuf (abū sāmir) kalima, thumma qāla abū sāmir inna al-liqāʾ muthmir
        // "Khaled Youssef (Abu Samer) gave a speech, then Abu Samer said the meeting was fruitful."
        let text = "ألقى خالد يوسف (أبو سامر) كلمة، ثم قال أبو سامر إن اللقاء مثمر.";
        let mut found = mentions(text, &[("خالد يوسف", unknown("خالد يوسف")), ("أبو سامر", ActorKey::Known(ActorId(3))), ("أبو سامر", ActorKey::Known(ActorId(3)))]);
        parenthesized_aliases(text, &mut found);
        // The knowledge base knows the kunya only: all three mentions take its key.
        assert!(found.iter().all(|f| f.0 == ActorKey::Known(ActorId(3))), "{found:?}");
        // Both unknown: the alias takes the first name's key; ranges stay as written.
        let mut found = mentions(text, &[("خالد يوسف", unknown("خالد يوسف")), ("أبو سامر", unknown("أبو سامر")), ("أبو سامر", unknown("أبو سامر"))]);
        let alias = found[2].1.range.clone();
        parenthesized_aliases(text, &mut found);
        assert!(found.iter().all(|f| f.0 == unknown("خالد يوسف")), "{found:?}");
        assert_eq!(&text[alias], "أبو سامر");
    }

    #[test]
    fn parentheses_join_only_adjacent_names_of_one_type_and_not_two_known_actors() {
        // التقى خالد يوسف وزيرا (أبو سامر) "Khaled Youssef met a minister (Abu Samer)": a word
        // stands between the name and the parenthesis.
        let text = "التقى خالد يوسف وزيرا (أبو سامر) أمس.";
        let mut found = mentions(text, &[("خالد يوسف", unknown("خالد يوسف")), ("أبو سامر", unknown("أبو سامر"))]);
        parenthesized_aliases(text, &mut found);
        assert_eq!(found[1].0, unknown("أبو سامر"));
        // Two known actors stay apart, and so do a person and an organisation.
        let text = "خالد يوسف (أبو سامر)";
        let mut found = mentions(text, &[("خالد يوسف", ActorKey::Known(ActorId(1))), ("أبو سامر", ActorKey::Known(ActorId(2)))]);
        parenthesized_aliases(text, &mut found);
        assert_eq!(found[1].0, ActorKey::Known(ActorId(2)));
        let mut found = mentions(text, &[("خالد يوسف", unknown("خالد يوسف")), ("أبو سامر", unknown("أبو سامر"))]);
        found[1].2 = Some(EntityType::Organization);
        parenthesized_aliases(text, &mut found);
        assert_eq!(found[1].0, unknown("أبو سامر"));
        // A range past the end does not panic.
        let mut odd = vec![(unknown("x"), Mention { range: 0..99, kind: MentionKind::Name }, Some(EntityType::Person))];
        parenthesized_aliases(text, &mut odd);
    }
}
