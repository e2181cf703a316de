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
}

impl MentionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Title => "title",
            MentionKind::Counterpart => "counterpart",
            MentionKind::Country => "country",
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
    let keys: Vec<String> = tokens.iter().map(|t| search_key(&text[t.range.clone()]).into_owned()).collect();
    let mut found: Vec<(ActorKey, Mention, Option<EntityType>)> = Vec::new();
    let mut covered: Vec<Range<usize>> = Vec::new();

    // 1. Knowledge-base names.
    for m in tables.kb.find(text, tokens) {
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
    let nationality_at = |i: usize| -> Option<String> {
        let t = &tokens[i];
        entities.iter().find(|e| e.kind == EntityType::Nationality && e.range.start <= t.range.start && t.range.end <= e.range.end).and_then(|e| e.country.as_ref().map(|c| c.as_str().to_string()))
    };
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
                let phrase = keys[i..i + len].iter().map(|k| k.as_str()).collect::<Vec<_>>().join(" ");
                let phrase = phrase.strip_prefix('و').filter(|p| OFFICES.iter().any(|(a, _)| a == p)).unwrap_or(&phrase);
                let Some((_, title)) = OFFICES.iter().find(|(a, _)| *a == phrase) else { continue };
                let Some(country) = nationality_at(i + len) else { continue };
                if let Some(&h) = tables.kb.holders(&country, title, date).first() {
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

    // Unknown people: a bare surname joins the full name it ends (ظريف ~ محمد جواد ظريف).
    let fulls: Vec<String> = found.iter().filter_map(|(k, _, kind)| match k {
        ActorKey::Unknown(n) if *kind == Some(EntityType::Person) && n.contains(' ') => Some(n.clone()),
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

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The actor whose mentions include `range` (or overlap it).
pub fn actor_at<'a>(actors: &'a [DocActor], range: &Range<usize>) -> Option<&'a DocActor> {
    actors.iter().find(|a| a.mentions.iter().any(|m| overlaps(&m.range, range)))
}
