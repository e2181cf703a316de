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

/// A field index and a global id packed in a `u32` (6 facet fields need 3 bits).
const ID_BITS: u32 = 29;
const ID_MASK: u32 = (1 << ID_BITS) - 1;

/// Per segment: each document's distinct facet values, packed (field, global id), in one flat
/// array (`values[offsets[doc]..offsets[doc + 1]]`). Reading these is much cheaper than
/// decoding six multi-valued fast-field columns per matching document.
struct SegmentMap {
    offsets: Vec<u32>,
    values: Vec<u32>,
}

#[derive(Default)]
struct Inner {
    fields: Vec<Interned>,
    segments: HashMap<SegmentId, Arc<SegmentMap>>,
}

impl Inner {
    fn load(&mut self, names: &[&'static str], r: &SegmentReader) -> Result<SegmentMap, IndexError> {
        let mut columns = Vec::with_capacity(names.len());
        for (f, name) in names.iter().enumerate() {
            let Some(col) = r.fast_fields().str(name)? else { continue };
            let mut map = Vec::with_capacity(col.num_terms());
            let mut stream = col.dictionary().stream().map_err(|e| IndexError::Tantivy(e.into()))?;
            while stream.advance() {
                debug_assert_eq!(stream.term_ord() as usize, map.len());
                let term = String::from_utf8_lossy(stream.key());
                let id = self.fields[f].id(&term);
                if id > ID_MASK {
                    return Err(IndexError::Query(format!("too many distinct values in facet field {name}")));
                }
                map.push(((f as u32) << ID_BITS) | id);
            }
            columns.push((col.ords().clone(), map));
        }
        let mut offsets = Vec::with_capacity(r.max_doc() as usize + 1);
        let mut values = Vec::new();
        offsets.push(0);
        for doc in 0..r.max_doc() {
            let start = values.len();
            for (col, map) in &columns {
                values.extend(col.values_for_doc(doc).filter_map(|ord| map.get(ord as usize).copied()));
            }
            values[start..].sort_unstable();
            let mut w = start;
            for i in start..values.len() {
                if i == start || values[i] != values[w - 1] {
                    values[w] = values[i];
                    w += 1;
                }
            }
            values.truncate(w);
            offsets.push(values.len() as u32);
        }
        Ok(SegmentMap { offsets, values })
    }
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
        {
            let inner = self.read();
            if let Some(maps) = cached(&inner) {
                let lens = inner.fields.iter().map(|f| f.terms.len()).collect();
                return Ok(FacetCollector { names: self.names.clone(), lens, maps });
            }
        }
        let mut inner = self.inner.write().unwrap_or_else(|p| p.into_inner());
        for r in readers {
            if inner.segments.contains_key(&r.segment_id()) {
                continue;
            }
            let map = inner.load(&self.names, r)?;
            inner.segments.insert(r.segment_id(), Arc::new(map));
        }
        // Forget segments merged away.
        let live: HashSet<SegmentId> = readers.iter().map(|r| r.segment_id()).collect();
        inner.segments.retain(|id, _| live.contains(id));
        let maps = cached(&inner).expect("every segment was just cached");
        let lens = inner.fields.iter().map(|f| f.terms.len()).collect();
        Ok(FacetCollector { names: self.names.clone(), lens, maps })
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
    /// Global ids per field when the collector was made (every id a segment maps to is below).
    lens: Vec<usize>,
    /// By segment ordinal of the searcher the collector was made for.
    maps: Vec<Arc<SegmentMap>>,
}

pub(crate) struct FacetSegmentCollector {
    map: Arc<SegmentMap>,
    /// Per field: documents per global id, and the ids counted at least once.
    counts: Vec<Vec<u32>>,
    touched: Vec<Vec<u32>>,
}

impl Collector for FacetCollector {
    type Fruit = Counts;
    type Child = FacetSegmentCollector;

    fn for_segment(&self, segment_local_id: SegmentOrdinal, _segment: &SegmentReader) -> tantivy::Result<FacetSegmentCollector> {
        let map = self.maps.get(segment_local_id as usize).cloned().ok_or_else(|| tantivy::TantivyError::InternalError(format!("facet cache has no segment {segment_local_id}")))?;
        let counts = self.lens.iter().map(|&n| vec![0u32; n]).collect();
        let touched = vec![Vec::new(); self.names.len()];
        Ok(FacetSegmentCollector { map, counts, touched })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        if segment_fruits.len() == 1 {
            return Ok(segment_fruits.into_iter().next().unwrap_or_default());
        }
        let mut out: Counts = vec![Vec::new(); self.names.len()];
        for (f, merged) in out.iter_mut().enumerate() {
            let mut dense = vec![0u64; self.lens[f]];
            for fruit in &segment_fruits {
                for &(id, c) in &fruit[f] {
                    let Some(slot) = dense.get_mut(id as usize) else { continue };
                    if *slot == 0 {
                        merged.push((id, 0));
                    }
                    *slot += c;
                }
            }
            for b in merged.iter_mut() {
                b.1 = dense[b.0 as usize];
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for FacetSegmentCollector {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let (Some(&start), Some(&end)) = (self.map.offsets.get(doc as usize), self.map.offsets.get(doc as usize + 1)) else { return };
        for &v in &self.map.values[start as usize..end as usize] {
            let (f, id) = ((v >> ID_BITS) as usize, v & ID_MASK);
            let Some(c) = self.counts.get_mut(f).and_then(|c| c.get_mut(id as usize)) else { continue };
            if *c == 0 {
                self.touched[f].push(id);
            }
            *c += 1;
        }
    }

    fn harvest(self) -> Counts {
        self.touched.iter().zip(&self.counts).map(|(touched, counts)| touched.iter().map(|&id| (id, u64::from(counts[id as usize]))).collect()).collect()
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
