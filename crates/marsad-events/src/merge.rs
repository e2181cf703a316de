//! Deduplication: the same event told several times in a story becomes one event with a
//! mention count; across stories, [`merge_across`] counts mentions, sources and articles like
//! GDELT's NumMentions / NumSources / NumArticles.

use std::collections::HashMap;

use crate::{Event, EventType};

/// In-document key: type, actor and recipient ids (codes when there is no id), date, and the
/// negation flag (a denied event is not the event). CONSULT without a mode is symmetric: the
/// participants are compared as one set.
type DocKey = (EventType, Vec<String>, Vec<String>, Option<String>, bool);

fn doc_key(e: &Event) -> DocKey {
    let mut a: Vec<String> = e.actors.iter().map(|p| p.key()).collect();
    let mut r: Vec<String> = e.recipients.iter().map(|p| p.key()).collect();
    if e.event == EventType::Consult && e.mode.is_none() {
        a.append(&mut r);
    }
    a.sort();
    r.sort();
    (e.event, a, r, e.date.clone(), e.flags.negated)
}

/// Merge mentions of the same event within one document (first mention first; text order).
pub fn dedup_document(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    let mut index: HashMap<DocKey, usize> = HashMap::new();
    for e in events {
        let k = doc_key(&e);
        match index.get(&k) {
            Some(&i) => {
                let first = &mut out[i];
                first.mentions.extend(e.mentions);
                for c in e.contexts {
                    if !first.contexts.contains(&c) {
                        first.contexts.push(c);
                    }
                }
                first.confidence = first.confidence.max(e.confidence);
                first.provenance.push_str(" | ");
                first.provenance.push_str(&e.provenance);
            }
            None => {
                index.insert(k, out.len());
                out.push(e);
            }
        }
    }
    out
}

/// Cross-document key: type, actor codes, recipient codes, date, place.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MergeKey {
    pub event: EventType,
    /// CAMEO actor codes (`IRNGOV`), sorted.
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    pub date: Option<String>,
    /// A place identifier (GeoNames id, or name when there is none).
    pub place: Option<String>,
}

impl MergeKey {
    pub fn of(e: &Event, place: Option<String>) -> MergeKey {
        let mut actors: Vec<String> = e.actors.iter().map(|p| p.cameo()).collect();
        let mut recipients: Vec<String> = e.recipients.iter().map(|p| p.cameo()).collect();
        actors.sort();
        recipients.sort();
        MergeKey { event: e.event, actors, recipients, date: e.date.clone(), place }
    }
}

/// GDELT-style counts of one merged event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergedCounts {
    /// Mentions over all documents (sum of in-document mention counts).
    pub num_mentions: u32,
    /// Distinct sources (publishers).
    pub num_sources: u32,
    /// Distinct documents.
    pub num_articles: u32,
    /// Index (in input order) of the first record with this key: the one to output.
    pub first: usize,
}

/// Merge event records from many documents. Each item: (key, source, article id, mentions in
/// that article). Returns one entry per key, in order of first appearance.
pub fn merge_across<'a>(items: impl IntoIterator<Item = (MergeKey, &'a str, &'a str, u32)>) -> Vec<(MergeKey, MergedCounts)> {
    let mut order: Vec<(MergeKey, MergedCounts, Vec<&'a str>, Vec<&'a str>)> = Vec::new();
    let mut index: HashMap<MergeKey, usize> = HashMap::new();
    for (n, (key, source, article, mentions)) in items.into_iter().enumerate() {
        let i = *index.entry(key.clone()).or_insert_with(|| {
            order.push((key, MergedCounts { first: n, ..MergedCounts::default() }, Vec::new(), Vec::new()));
            order.len() - 1
        });
        let (_, c, sources, articles) = &mut order[i];
        c.num_mentions += mentions;
        if !sources.contains(&source) {
            sources.push(source);
            c.num_sources += 1;
        }
        if !articles.contains(&article) {
            articles.push(article);
            c.num_articles += 1;
        }
    }
    order.into_iter().map(|(k, c, _, _)| (k, c)).collect()
}
