//! Facet counts (documents per value of the `actor`, `person_key`, … fast fields) with a
//! dictionary cache.
//!
//! tantivy's terms aggregation resolves bucket ordinals through each segment's sstable
//! dictionary on every query, decompressing a block (and creating a zstd context) per lookup,
//! and goes through a JSON request/response layer. Here each segment's dictionaries are read
//! once, when the segment is first searched, into a mapping *segment ordinal → global id*; a
//! query then only counts ordinals in arrays and names the top buckets from memory. Counts are
//! documents (a value repeated in one document counts once), the same semantics as a terms
//! aggregation's `doc_count`.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::IndexError;

/// Interned values of one facet field, over every segment seen so far.
#[derive(Default)]
struct Interned {
    terms: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Interned {
    fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.terms.push(term.to_string());
        self.ids.insert(term.to_string(), id);
        id
    }
}

/// Per segment and facet field: segment term ordinal → global id.
struct SegmentMap {
    ords: Vec<Vec<u32>>,
}

#[derive(Default)]
struct Inner {
    fields: Vec<Interned>,
    segments: HashMap<SegmentId, Arc<SegmentMap>>,
}

/// The cache, shared by all searches of one index (cheap reads, a write only when a search
/// meets a segment it has not seen).
pub(crate) struct FacetCache {
    names: Vec<&'static str>,
    inner: RwLock<Inner>,
}

/// A bucket: global id and document count.
pub(crate) type Counts = Vec<Vec<(u32, u64)>>;

impl FacetCache {
    pub(crate) fn new(names: Vec<&'static str>) -> Self {
        let inner = Inner { fields: names.iter().map(|_| Interned::default()).collect(), segments: HashMap::new() };
        FacetCache { names, inner: RwLock::new(inner) }
    }

    /// A collector for `searcher`, reading the dictionaries of segments not yet cached.
    pub(crate) fn collector(&self, searcher: &Searcher) -> Result<FacetCollector, IndexError> {
        let readers = searcher.segment_readers();
        let cached = |inner: &Inner| readers.iter().map(|r| inner.segments.get(&r.segment_id()).cloned()).collect::<Option<Vec<_>>>();
        if let Some(maps) = cached(&self.read()) {
            return Ok(FacetCollector { names: self.names.clone(), maps });
        }
        let mut inner = self.inner.write().unwrap_or_else(|p| p.into_inner());
        for r in readers {
            if inner.segments.contains_key(&r.segment_id()) {
                continue;
            }
            let mut ords = Vec::with_capacity(self.names.len());
            for (f, name) in self.names.iter().enumerate() {
                let mut map = Vec::new();
                if let Some(col) = r.fast_fields().str(name)? {
                    map.reserve(col.num_terms());
                    let mut stream = col.dictionary().stream().map_err(|e| IndexError::Tantivy(e.into()))?;
                    while stream.advance() {
                        debug_assert_eq!(stream.term_ord() as usize, map.len());
                        let term = String::from_utf8_lossy(stream.key());
                        map.push(inner.fields[f].id(&term));
                    }
                }
                ords.push(map);
            }
            inner.segments.insert(r.segment_id(), Arc::new(SegmentMap { ords }));
        }
        // Forget segments merged away.
        let live: HashSet<SegmentId> = readers.iter().map(|r| r.segment_id()).collect();
        inner.segments.retain(|id, _| live.contains(id));
        let maps = cached(&inner).expect("every segment was just cached");
        Ok(FacetCollector { names: self.names.clone(), maps })
    }

    /// The `k` largest buckets of each field (documents, then value, in order), named.
    pub(crate) fn top(&self, counts: Counts, k: usize) -> Vec<Vec<(String, u64)>> {
        let inner = self.read();
        counts
            .into_iter()
            .enumerate()
            .map(|(f, buckets)| {
                let terms = &inner.fields[f].terms;
                top_k(buckets, k, |id| &terms[id as usize]).into_iter().map(|(id, c)| (terms[id as usize].clone(), c)).collect()
            })
            .collect()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }
}

/// The `k` buckets with the most documents, ties broken by the value's text, in that order.
/// Selects before sorting: a broad query has thousands of buckets of one document each.
fn top_k<'a>(mut buckets: Vec<(u32, u64)>, k: usize, term: impl Fn(u32) -> &'a str) -> Vec<(u32, u64)> {
    if k == 0 || buckets.is_empty() {
        return Vec::new();
    }
    if buckets.len() > k {
        // The k-th largest count; everything above it is in, ties at it compete by text.
        let (_, kth, _) = buckets.select_nth_unstable_by(k - 1, |a, b| b.1.cmp(&a.1));
        let threshold = kth.1;
        let mut above: Vec<(u32, u64)> = buckets.iter().copied().filter(|b| b.1 > threshold).collect();
        let mut ties: Vec<(u32, u64)> = buckets.iter().copied().filter(|b| b.1 == threshold).collect();
        let need = k - above.len();
        if ties.len() > need {
            ties.select_nth_unstable_by(need - 1, |a, b| term(a.0).cmp(term(b.0)));
            ties.truncate(need);
        }
        above.extend(ties);
        buckets = above;
    }
    buckets.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| term(a.0).cmp(term(b.0))));
    buckets.truncate(k);
    buckets
}

/// Counts documents per facet value (see the module doc).
pub(crate) struct FacetCollector {
    names: Vec<&'static str>,
    /// By segment ordinal of the searcher the collector was made for.
    maps: Vec<Arc<SegmentMap>>,
}

pub(crate) struct FacetSegmentCollector {
    columns: Vec<Option<Column<u64>>>,
    map: Arc<SegmentMap>,
    counts: Vec<Vec<u32>>,
    buf: Vec<u64>,
}

impl Collector for FacetCollector {
    type Fruit = Counts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, segment_local_id: SegmentOrdinal, segment: &SegmentReader) -> tantivy::Result<FacetSegmentCollector> {
        let map = self.maps.get(segment_local_id as usize).cloned().ok_or_else(|| tantivy::TantivyError::InternalError(format!("facet cache has no segment {segment_local_id}")))?;
        let mut columns = Vec::with_capacity(self.names.len());
        let mut counts = Vec::with_capacity(self.names.len());
        for (f, name) in self.names.iter().enumerate() {
            let col = segment.fast_fields().str(name)?;
            counts.push(vec![0u32; if col.is_some() { map.ords[f].len() } else { 0 }]);
            columns.push(col.map(|c| c.ords().clone()));
        }
        Ok(FacetSegmentCollector { columns, map, counts, buf: Vec::new() })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut merged: Vec<HashMap<u32, u64>> = self.names.iter().map(|_| HashMap::new()).collect();
        for fruit in segment_fruits {
            for (f, buckets) in fruit.into_iter().enumerate() {
                for (id, c) in buckets {
                    *merged[f].entry(id).or_default() += c;
                }
            }
        }
        Ok(merged.into_iter().map(|m| m.into_iter().collect()).collect())
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (col, counts) in self.columns.iter().zip(&mut self.counts) {
            let Some(col) = col else { continue };
            self.buf.clear();
            self.buf.extend(col.values_for_doc(doc));
            if self.buf.len() > 1 {
                self.buf.sort_unstable();
                self.buf.dedup();
            }
            for &ord in &self.buf {
                if let Some(c) = counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counts {
        self.counts
            .iter()
            .zip(&self.map.ords)
            .map(|(counts, ords)| counts.iter().enumerate().filter(|(_, &c)| c > 0).filter_map(|(ord, &c)| Some((*ords.get(ord)?, u64::from(c)))).collect())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::top_k;

    #[test]
    fn top_k_equals_a_full_sort() {
        let terms: Vec<String> = (0..60).map(|i| format!("t{:02}", (i * 37) % 60)).collect();
        for k in [1, 3, 5, 10, 59, 60, 80] {
            for spread in [1u64, 2, 3, 7] {
                let buckets: Vec<(u32, u64)> = (0..60u32).map(|i| (i, 1 + u64::from(i * 13 % 11) % spread)).collect();
                let mut full = buckets.clone();
                full.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| terms[a.0 as usize].cmp(&terms[b.0 as usize])));
                full.truncate(k);
                assert_eq!(top_k(buckets, k, |id| &terms[id as usize]), full, "k {k}, spread {spread}");
            }
        }
    }
}
