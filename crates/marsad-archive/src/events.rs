//! Events of the archive: cluster-merged (the same event told by the documents of one
//! near-duplicate cluster is one event with GDELT's NumMentions / NumSources / NumArticles,
//! through `marsad_events::merge_across`), filtered, and aggregated per period.
//!
//! Within a cluster, events merge on type, actor codes, recipient codes, place, and the date
//! when the text states it: a date that only repeats the publication date is left out of the
//! key, since rewrites of one wire story are published on different days.

use std::collections::HashMap;

use marsad_engine::{merge_across, EventType, MergeKey};
use marsad_store::{EventExport, EventRow, ParticipantRow, Seq};
use marsad_text::normalize;

use crate::{Archive, ArchiveError};

/// One cluster-merged event: the first mention's document and row, with the counts.
#[derive(Debug, Clone, PartialEq)]
pub struct MergedEvent {
    /// 1-based, in store order (cluster, then document).
    pub number: usize,
    pub cluster: Seq,
    /// The first document telling it.
    pub doc_id: String,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub row: EventRow,
    /// Mentions over all documents of the cluster (exact duplicates included).
    pub num_mentions: u32,
    /// Distinct sources.
    pub num_sources: u32,
    /// Distinct documents.
    pub num_articles: u32,
}

/// Which events to keep. Every field is optional; all given ones must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Source actor: a CAMEO code (`IRN`, `IRNGOV`, prefix match), an actor id, or a name
    /// (search-key substring: ظريف ẓarīf matches محمد جواد ظريف).
    pub actor: Option<String>,
    /// Target actor, like `actor`.
    pub recipient: Option<String>,
    /// PLOVER types (any of them).
    pub types: Vec<String>,
    /// Inclusive date range of `YYYY[-MM[-DD]]` bounds; open ends allowed.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Place: name (search key substring), English name, GeoNames id or country code.
    pub place: Option<String>,
    /// Keep negated events (PLOVER: "negated events can be excluded"; excluded by default).
    pub keep_negated: bool,
}

/// Error in a filter or aggregate argument.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FilterError(pub String);

impl EventFilter {
    /// Parse `A..B`, `A..`, `..B` or `A` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    pub fn with_dates(mut self, range: &str) -> Result<Self, FilterError> {
        let (a, b) = range.split_once("..").unwrap_or((range, range));
        let ok = |s: &str| {
            let parts: Vec<&str> = s.split('-').collect();
            !s.is_empty() && parts.len() <= 3 && parts.iter().enumerate().all(|(i, p)| p.len() == if i == 0 { 4 } else { 2 } && p.bytes().all(|c| c.is_ascii_digit()))
        };
        for x in [a, b] {
            if !x.is_empty() && !ok(x) {
                return Err(FilterError(format!("date range expects YYYY[-MM[-DD]]..YYYY[-MM[-DD]], got {range:?}")));
            }
        }
        self.date_from = (!a.is_empty()).then(|| a.to_string());
        self.date_to = (!b.is_empty()).then(|| b.to_string());
        Ok(self)
    }

    /// Check the types against PLOVER's 16.
    pub fn with_types(mut self, types: &[String]) -> Result<Self, FilterError> {
        for t in types {
            let u = t.trim().to_uppercase();
            if EventType::parse(&u).is_none() {
                let all: Vec<&str> = EventType::ALL.iter().map(|t| t.as_str()).collect();
                return Err(FilterError(format!("unknown event type {t:?} (PLOVER types: {})", all.join(", "))));
            }
            self.types.push(u);
        }
        Ok(self)
    }

    pub fn matches(&self, e: &MergedEvent) -> bool {
        let r = &e.row;
        if r.negated && !self.keep_negated {
            return false;
        }
        if !self.types.is_empty() && !self.types.contains(&r.kind) {
            return false;
        }
        if let Some(a) = &self.actor {
            if !r.actors.iter().any(|p| participant_matches(p, a)) {
                return false;
            }
        }
        if let Some(a) = &self.recipient {
            if !r.recipients.iter().any(|p| participant_matches(p, a)) {
                return false;
            }
        }
        if self.date_from.is_some() || self.date_to.is_some() {
            let Some(d) = r.date.as_deref() else { return false };
            if self.date_from.as_deref().is_some_and(|a| d.get(..a.len()).is_none_or(|p| p < a)) {
                return false;
            }
            if self.date_to.as_deref().is_some_and(|b| d.get(..b.len()).is_none_or(|p| p > b)) {
                return false;
            }
        }
        if let Some(q) = &self.place {
            let Some(p) = &r.place else { return false };
            let key = normalize::search_key(q);
            let hit = normalize::search_key(&p.text).contains(key.as_ref())
                || p.name_en.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(q))
                || p.geonames_id.is_some_and(|g| g.to_string() == *q)
                || p.country_code.eq_ignore_ascii_case(q);
            if !hit {
                return false;
            }
        }
        true
    }
}

fn participant_matches(p: &ParticipantRow, q: &str) -> bool {
    if q.bytes().all(|b| b.is_ascii_alphabetic()) {
        let code = p.code();
        if !code.is_empty() && code.starts_with(&q.to_ascii_uppercase()) {
            return true;
        }
    }
    if p.id.as_deref() == Some(q) {
        return true;
    }
    let key = normalize::search_key(q);
    !key.is_empty() && normalize::search_key(&p.text).contains(key.as_ref())
}

fn codes(ps: &[ParticipantRow]) -> Vec<String> {
    let mut v: Vec<String> = ps.iter().map(ParticipantRow::code).collect();
    v.sort();
    v
}

/// The cluster merge key of an event row.
fn merge_key(r: &EventRow) -> Option<MergeKey> {
    Some(MergeKey {
        event: EventType::parse(&r.kind)?,
        actors: codes(&r.actors),
        recipients: codes(&r.recipients),
        date: r.date.clone().filter(|_| r.date_in_text),
        place: r.place.as_ref().map(|p| p.geonames_id.map(|g| g.to_string()).unwrap_or_else(|| normalize::search_key(&p.text).into_owned())),
    })
}

/// Merge the events of one cluster.
fn merge_cluster(rows: Vec<EventExport>, duplicates: &HashMap<Seq, Vec<(String, Option<String>)>>, out: &mut Vec<MergedEvent>) {
    // Every record (the analyzed document and its exact duplicates) as (key, source, article, mentions).
    let mut recs: Vec<(usize, MergeKey, String, String, u32)> = Vec::new();
    for (i, e) in rows.iter().enumerate() {
        let Some(key) = merge_key(&e.row) else { continue };
        let source = |s: &Option<String>, id: &str| s.clone().unwrap_or_else(|| id.to_string());
        recs.push((i, key.clone(), source(&e.source, &e.doc_id), e.doc_id.clone(), e.row.mentions));
        for (doc, src) in duplicates.get(&e.seq).into_iter().flatten() {
            recs.push((i, key.clone(), source(src, doc), doc.clone(), e.row.mentions));
        }
    }
    let merged = merge_across(recs.iter().map(|(_, k, s, a, m)| (k.clone(), s.as_str(), a.as_str(), *m)));
    let mut rows: Vec<Option<EventExport>> = rows.into_iter().map(Some).collect();
    for (_, c) in merged {
        let Some(e) = rows[recs[c.first].0].take() else { continue };
        out.push(MergedEvent {
            number: out.len() + 1,
            cluster: e.cluster,
            doc_id: e.doc_id,
            published: e.published,
            source: e.source,
            url: e.url,
            title: e.title,
            row: e.row,
            num_mentions: c.num_mentions,
            num_sources: c.num_sources,
            num_articles: c.num_articles,
        });
    }
}

impl Archive {
    /// Cluster-merged events that pass `filter`, in store order.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<MergedEvent>, ArchiveError> {
        let mut duplicates: HashMap<Seq, Vec<(String, Option<String>)>> = HashMap::new();
        for d in self.store().exact_duplicates().map_err(|e| self.store_err(e))? {
            duplicates.entry(d.of).or_default().push((d.doc_id, d.source));
        }
        let mut all = Vec::new();
        let mut cluster: Vec<EventExport> = Vec::new();
        self.store()
            .for_each_event(&mut |e| {
                if cluster.first().is_some_and(|c| c.cluster != e.cluster) {
                    merge_cluster(std::mem::take(&mut cluster), &duplicates, &mut all);
                }
                cluster.push(e);
            })
            .map_err(|e| self.store_err(e))?;
        merge_cluster(cluster, &duplicates, &mut all);
        let mut kept: Vec<MergedEvent> = all.into_iter().filter(|e| filter.matches(e)).collect();
        for (i, e) in kept.iter_mut().enumerate() {
            e.number = i + 1;
        }
        Ok(kept)
    }
}

/// What to count events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// PLOVER type.
    Type,
    /// (source code, target code) pair: CAMEO codes, else the participant's text.
    Pair,
}

/// Period of an aggregate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    /// ISO 8601 week (`2018-W10`).
    Week,
    Month,
}

/// One aggregate row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregate {
    /// `2018-03-10`, `2018-W10`, `2018-03`; `undated` for events without a date.
    pub period: String,
    /// Event type, or `source → target`.
    pub key: String,
    /// Merged events.
    pub events: u64,
    /// Their mentions (sum of NumMentions).
    pub mentions: u64,
    /// Their articles (sum of NumArticles).
    pub articles: u64,
}

/// The period label of an ISO date.
pub fn period_of(date: Option<&str>, period: Period) -> String {
    let Some(d) = date.and_then(marsad_index::parse_ymd) else { return "undated".into() };
    match period {
        Period::Day => d.to_string(),
        Period::Month => format!("{:04}-{:02}", d.year, d.month),
        Period::Week => {
            let (year, week) = d.iso_week();
            format!("{year:04}-W{week:02}")
        }
    }
}

fn side(ps: &[ParticipantRow]) -> String {
    ps.first().map(|p| if p.code().is_empty() { p.text.clone() } else { p.code() }).unwrap_or_else(|| "-".into())
}

/// Count events by type or actor pair per period; rows sorted by period, then by count
/// (largest first), then key.
pub fn aggregate(events: &[MergedEvent], by: GroupBy, per: Period) -> Vec<Aggregate> {
    let mut map: HashMap<(String, String), (u64, u64, u64)> = HashMap::new();
    for e in events {
        let key = match by {
            GroupBy::Type => e.row.kind.clone(),
            GroupBy::Pair => format!("{} → {}", side(&e.row.actors), side(&e.row.recipients)),
        };
        let c = map.entry((period_of(e.row.date.as_deref(), per), key)).or_default();
        c.0 += 1;
        c.1 += u64::from(e.num_mentions);
        c.2 += u64::from(e.num_articles);
    }
    let mut rows: Vec<Aggregate> = map.into_iter().map(|((period, key), (events, mentions, articles))| Aggregate { period, key, events, mentions, articles }).collect();
    rows.sort_by(|a, b| a.period.cmp(&b.period).then(b.events.cmp(&a.events)).then(a.key.cmp(&b.key)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(period_of(Some("2018-03-10"), Period::Week), "2018-W10");
        assert_eq!(period_of(Some("2021-01-03"), Period::Week), "2020-W53");
        assert_eq!(period_of(Some("2019-12-30"), Period::Week), "2020-W01");
        assert_eq!(period_of(Some("2018-03-10"), Period::Month), "2018-03");
        assert_eq!(period_of(Some("2018-03-10"), Period::Day), "2018-03-10");
        assert_eq!(period_of(None, Period::Day), "undated");
    }

    #[test]
    fn date_filters() {
        let f = EventFilter::default().with_dates("2018-03..2018-04").unwrap();
        assert_eq!((f.date_from.as_deref(), f.date_to.as_deref()), (Some("2018-03"), Some("2018-04")));
        assert!(EventFilter::default().with_dates("2018-3").is_err());
        assert!(EventFilter::default().with_types(&["accuse".into()]).is_ok());
        assert!(EventFilter::default().with_types(&["BLAME".into()]).is_err());
    }
}
