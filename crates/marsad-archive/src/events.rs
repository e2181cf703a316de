//! Events of the archive: cluster-merged (the same event told by the documents of one
//! near-duplicate cluster is one event with GDELT's NumMentions / NumSources / NumArticles,
//! through `marsad_events::merge_across`), filtered, and aggregated per period.
//!
//! Within a cluster, events merge on type, actor codes, recipient codes, place, and the date
//! when the text states it: a date that only repeats the publication date is left out of the
//! key, since rewrites of one wire story are published on different days.

use std::collections::HashMap;

use marsad_engine::{merge_across, EventType, MergeKey};
use marsad_store::{DuplicateRef, EventExport, EventRow, MergedExport, MergedQuery, MergedRow, MergedStats, ParticipantQuery, ParticipantRow, PlaceQuery, QuoteExport, Seq, Store, StoreError};
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

/// Which events to keep. Every field is optional; all given ones must hold. The one
/// definition of the event filters of `marsad events`, the HTTP API and the exports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Source actor: a CAMEO code (`IRN`, `IRNGOV`, prefix match), an actor id, or a name
    /// (search-key substring: ظريف ẓarīf matches محمد جواد ظريف).
    pub actor: Option<String>,
    /// Target actor, like `actor`.
    pub recipient: Option<String>,
    /// A participant (source or target) with exactly this actor id (`name:…`, a
    /// knowledge-base id): answered on the store's index.
    pub participant: Option<String>,
    /// PLOVER types (any of them).
    pub types: Vec<String>,
    /// Inclusive date range of `YYYY[-MM[-DD]]` bounds; open ends allowed.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Place: name (search key substring), English name, GeoNames id or country code.
    pub place: Option<String>,
    /// The id of the document of the first mention.
    pub doc: Option<String>,
    /// Keep negated events (PLOVER: "negated events can be excluded"; excluded by default).
    pub keep_negated: bool,
}

/// Error in a filter or aggregate argument.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FilterError(pub String);

fn date_bound_ok(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    !s.is_empty() && parts.len() <= 3 && parts.iter().enumerate().all(|(i, p)| p.len() == if i == 0 { 4 } else { 2 } && p.bytes().all(|c| c.is_ascii_digit()))
}

impl EventFilter {
    /// Parse `A..B`, `A..`, `..B` or `A` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    pub fn with_dates(mut self, range: &str) -> Result<Self, FilterError> {
        let (a, b) = range.split_once("..").unwrap_or((range, range));
        for x in [a, b] {
            if !x.is_empty() && !date_bound_ok(x) {
                return Err(FilterError(format!("date range expects YYYY[-MM[-DD]]..YYYY[-MM[-DD]], got {range:?}")));
            }
        }
        self.date_from = (!a.is_empty()).then(|| a.to_string());
        self.date_to = (!b.is_empty()).then(|| b.to_string());
        Ok(self)
    }

    /// Set one bound (`from`/`to` of the HTTP API), `YYYY[-MM[-DD]]`; `name` names it in errors.
    pub fn with_bound(mut self, name: &str, value: &str, upper: bool) -> Result<Self, FilterError> {
        if !date_bound_ok(value) {
            return Err(FilterError(format!("{name}: expected a date like 2020-09-24 (or 2020-09, 2020), got {value:?}")));
        }
        if upper {
            self.date_to = Some(value.to_string());
        } else {
            self.date_from = Some(value.to_string());
        }
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

    /// The filter as the store's query: the store answers all of it in SQL, on its indexes.
    pub fn store_query(&self, descending: bool) -> MergedQuery {
        MergedQuery {
            types: self.types.clone(),
            date_from: self.date_from.clone(),
            date_to: self.date_to.clone(),
            keep_negated: self.keep_negated,
            doc: self.doc.clone(),
            participant: self.participant.clone(),
            actor: self.actor.as_deref().map(participant_query),
            recipient: self.recipient.as_deref().map(participant_query),
            place: self.place.as_deref().map(|q| PlaceQuery {
                key: normalize::search_key(q).into_owned(),
                name_en: q.to_string(),
                // Only the canonical spelling of a number is an id (`007` is not 7).
                geonames_id: q.parse::<u32>().ok().filter(|g| g.to_string() == q),
                country: q.to_string(),
            }),
            descending,
        }
    }

    /// The reference predicate of the filter, event by event (what [`EventFilter::store_query`]
    /// asks the store to answer in SQL; tests check the two agree).
    pub fn matches(&self, e: &MergedEvent) -> bool {
        let r = &e.row;
        if r.negated && !self.keep_negated {
            return false;
        }
        if !self.types.is_empty() && !self.types.contains(&r.kind) {
            return false;
        }
        if self.doc.as_ref().is_some_and(|d| *d != e.doc_id) {
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
        if let Some(id) = &self.participant {
            if !r.actors.iter().chain(&r.recipients).any(|p| p.id.as_deref() == Some(id.as_str())) {
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

/// A participant filter as the store's query: an all-letter query is also a CAMEO code prefix
/// (`IRN` matches `IRNGOV`); any query is an actor id and (when its key is not empty) a
/// search-key substring of the participant's text.
fn participant_query(q: &str) -> ParticipantQuery {
    let key = normalize::search_key(q);
    ParticipantQuery {
        code_prefix: q.bytes().all(|b| b.is_ascii_alphabetic()).then(|| q.to_ascii_uppercase()),
        id: Some(q.to_string()),
        key: (!key.is_empty()).then(|| key.into_owned()),
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

/// Merge the events of one cluster (rows by document, then row; `duplicates` the exact
/// duplicates of its documents): one [`MergedRow`] per merged event, in order of first
/// mention.
pub fn merge_cluster(rows: &[EventExport], duplicates: &[DuplicateRef]) -> Vec<MergedRow> {
    // Every record (the analyzed document and its exact duplicates) as (row, key, source, article, mentions).
    let mut recs: Vec<(usize, MergeKey, String, String, u32)> = Vec::new();
    for (i, e) in rows.iter().enumerate() {
        let Some(key) = merge_key(&e.row) else { continue };
        let source = |s: &Option<String>, id: &str| s.clone().unwrap_or_else(|| id.to_string());
        recs.push((i, key.clone(), source(&e.source, &e.doc_id), e.doc_id.clone(), e.row.mentions));
        for d in duplicates.iter().filter(|d| d.of == e.seq) {
            recs.push((i, key.clone(), source(&d.source, &d.doc_id), d.doc_id.clone(), e.row.mentions));
        }
    }
    let merged = merge_across(recs.iter().map(|(_, k, s, a, m)| (k.clone(), s.as_str(), a.as_str(), *m)));
    merged.into_iter().map(|(_, c)| MergedRow { event: rows[recs[c.first].0].id, num_mentions: c.num_mentions, num_sources: c.num_sources, num_articles: c.num_articles }).collect()
}

/// Clusters merged per store transaction by [`sync_merged`].
const SYNC_CHUNK: usize = 500;

/// Bring the store's merged events up to date: re-merge every cluster that gained documents
/// since the last call (after each committed batch, and on open after a crash or a schema
/// migration). Returns the number of clusters merged.
pub fn sync_merged(store: &mut dyn Store) -> Result<usize, StoreError> {
    let (clusters, upto) = store.merge_pending()?;
    if clusters.is_empty() {
        return Ok(0);
    }
    let chunks: Vec<&[Seq]> = clusters.chunks(SYNC_CHUNK).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let mut merged = Vec::with_capacity(chunk.len());
        for &c in chunk.iter() {
            let (rows, dups) = store.cluster_events(c)?;
            merged.push((c, merge_cluster(&rows, &dups)));
        }
        // Only the last chunk moves the mark: an interrupted sync redoes the rest.
        store.replace_merged(&merged, (i + 1 == chunks.len()).then_some(upto))?;
    }
    Ok(clusters.len())
}

fn merged_event(m: MergedExport, number: usize) -> MergedEvent {
    let e = m.event;
    MergedEvent {
        number,
        cluster: e.cluster,
        doc_id: e.doc_id,
        published: e.published,
        source: e.source,
        url: e.url,
        title: e.title,
        row: e.row,
        num_mentions: m.num_mentions,
        num_sources: m.num_sources,
        num_articles: m.num_articles,
    }
}

/// Visit the merged events passing `filter` in store order (or newest first), numbered from
/// 1, until `f` returns `false`. The one query path of `marsad events`, the HTTP API and the
/// exports: the store answers the whole filter in SQL.
pub fn for_each_event(store: &dyn Store, filter: &EventFilter, descending: bool, f: &mut dyn FnMut(MergedEvent) -> bool) -> Result<(), StoreError> {
    let mut n = 0;
    store.merged_events(&filter.store_query(descending), 0, &mut |m| {
        n += 1;
        f(merged_event(m, n))
    })
}

/// A page of merged events with the counts of all matches.
#[derive(Debug, Clone, PartialEq)]
pub struct EventPage {
    /// The events of the page, numbered by their position among all matches (from 1).
    pub events: Vec<MergedEvent>,
    /// Total, types, the largest participant ids, per-day type counts (dated events) of all
    /// matches.
    pub stats: MergedStats,
}

/// Which page, in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: u64,
    pub limit: usize,
    /// Newest first (the reverse of store order).
    pub descending: bool,
    /// How many participant ids to count (largest first).
    pub facets: usize,
}

/// Counts of the merged events passing `filter` (aggregates on the store's tables).
pub fn event_stats(store: &dyn Store, filter: &EventFilter, facets: usize) -> Result<MergedStats, StoreError> {
    store.merged_stats(&filter.store_query(false), facets)
}

/// A page of the merged events passing `filter`, with the counts of all of them.
pub fn events_page(store: &dyn Store, filter: &EventFilter, page: &PageRequest) -> Result<EventPage, StoreError> {
    let mut events = Vec::with_capacity(page.limit.min(1024));
    let q = filter.store_query(page.descending);
    let stats = store.merged_stats(&q, page.facets)?;
    if page.limit > 0 {
        let mut n = page.offset as usize;
        store.merged_events(&q, page.offset, &mut |m| {
            n += 1;
            events.push(merged_event(m, n));
            events.len() < page.limit
        })?;
    }
    Ok(EventPage { events, stats })
}

/// An actor page: what the store knows of one document actor id.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorPage {
    pub id: String,
    pub name_en: Option<String>,
    /// `PER`, `ORG`, `LOC` as far as known.
    pub kind: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Name mentions (text, count), most frequent first.
    pub names: Vec<(String, u64)>,
    /// Title and counterpart mentions (وزير الخارجية wazīr al-khārijiyya "the foreign
    /// minister"), most frequent first.
    pub roles: Vec<(String, u64)>,
    /// Documents mentioning it (newest first), then those quoting it, then those of its events.
    pub documents: Vec<ActorDocument>,
    /// Its quotes, newest documents first.
    pub quotes: Vec<QuoteExport>,
    /// Merged events with it as a participant, newest first.
    pub events: Vec<MergedEvent>,
    /// All its merged events (the page holds at most the limit).
    pub events_total: u64,
}

/// A document of an actor page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorDocument {
    pub doc_id: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
}

/// The actor page of `id` (`None`: the store has no mention, quote or event of it). Each
/// list holds at most `limit` items (mentions: 10 × `limit`), read on the store's indexes by
/// actor id.
pub fn actor_page(store: &dyn Store, id: &str, limit: usize) -> Result<Option<ActorPage>, StoreError> {
    let mentions = store.actor_mentions(id, limit.saturating_mul(10))?;
    let quotes = store.speaker_quotes(id, limit)?;
    let filter = EventFilter { participant: Some(id.to_string()), ..EventFilter::default() };
    let page = events_page(store, &filter, &PageRequest { offset: 0, limit, descending: true, facets: 0 })?;
    if mentions.is_empty() && quotes.is_empty() && page.events.is_empty() {
        return Ok(None);
    }
    let (mut names, mut roles) = (HashMap::<String, u64>::new(), HashMap::<String, u64>::new());
    let mut documents: Vec<ActorDocument> = Vec::new();
    let mut add_doc = |doc_id: &str, title: &Option<String>, published: &Option<String>, source: &Option<String>| {
        if !documents.iter().any(|d| d.doc_id == doc_id) {
            documents.push(ActorDocument { doc_id: doc_id.to_string(), title: title.clone(), published: published.clone(), source: source.clone() });
        }
    };
    for m in &mentions {
        let bucket = if matches!(m.mention.how.as_str(), "title" | "counterpart") { &mut roles } else { &mut names };
        *bucket.entry(m.mention.text.clone()).or_default() += 1;
        add_doc(&m.doc_id, &m.title, &m.published, &m.source);
    }
    for q in &quotes {
        add_doc(&q.doc_id, &q.title, &q.published, &q.source);
    }
    for e in &page.events {
        add_doc(&e.doc_id, &e.title, &e.published, &e.source);
    }
    documents.truncate(limit);
    let sorted = |m: HashMap<String, u64>| {
        let mut v: Vec<(String, u64)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let part = page.events.iter().flat_map(|e| e.row.actors.iter().chain(&e.row.recipients)).find(|p| p.id.as_deref() == Some(id));
    let first = mentions.first();
    Ok(Some(ActorPage {
        id: id.to_string(),
        name_en: first.and_then(|m| m.name_en.clone()),
        kind: first.and_then(|m| m.kind.clone()),
        country: first.map(|m| m.country.clone()).unwrap_or_else(|| part.and_then(|p| p.country.clone())),
        sector: first.map(|m| m.sector.clone()).unwrap_or_else(|| part.and_then(|p| p.sector.clone())),
        names: sorted(names),
        roles: sorted(roles),
        documents,
        quotes,
        events: page.events,
        events_total: page.stats.total,
    }))
}

impl Archive {
    /// Cluster-merged events that pass `filter`, in store order.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<MergedEvent>, ArchiveError> {
        let mut all = Vec::new();
        for_each_event(self.store(), filter, false, &mut |e| {
            all.push(e);
            true
        })
        .map_err(|e| self.store_err(e))?;
        Ok(all)
    }

    /// Merge in memory every cluster's events straight from the event rows (what the
    /// `merged_events` table holds, recomputed: tests compare the two).
    pub fn events_recomputed(&self) -> Result<Vec<MergedRow>, ArchiveError> {
        let mut out = Vec::new();
        let mut cluster: Vec<EventExport> = Vec::new();
        let mut dups: Vec<DuplicateRef> = self.store().exact_duplicates().map_err(|e| self.store_err(e))?;
        dups.sort_by_key(|d| d.of);
        let flush = |rows: &mut Vec<EventExport>, out: &mut Vec<MergedRow>| {
            if rows.is_empty() {
                return;
            }
            let seqs: Vec<Seq> = rows.iter().map(|r| r.seq).collect();
            let d: Vec<DuplicateRef> = dups.iter().filter(|d| seqs.contains(&d.of)).cloned().collect();
            out.extend(merge_cluster(rows, &d));
            rows.clear();
        };
        self.store()
            .for_each_event(&mut |e| {
                if cluster.first().is_some_and(|c| c.cluster != e.cluster) {
                    flush(&mut cluster, &mut out);
                }
                cluster.push(e);
            })
            .map_err(|e| self.store_err(e))?;
        flush(&mut cluster, &mut out);
        Ok(out)
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
