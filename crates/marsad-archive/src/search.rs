//! Search: a query → hits (documents with highlighted snippets) and facets, as plain structs.

use std::collections::HashMap;

use marsad_index::SearchIndex;
use marsad_store::{DocumentSummary, Store};

use crate::{Archive, ArchiveError};

/// What to return.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchOptions {
    /// Number of hits.
    pub limit: usize,
    /// Buckets per facet (0: no facets).
    pub facets: usize,
    /// Snippet length in bytes.
    pub snippet: usize,
}

impl SearchOptions {
    /// What `marsad search` shows by default: 10 hits, 5 buckets per facet, 300-byte snippets.
    pub fn interactive() -> Self {
        SearchOptions { limit: 10, facets: 5, snippet: 300 }
    }
}

impl Default for SearchOptions {
    fn default() -> Self {
        Self::interactive()
    }
}

/// A byte range of a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A snippet: `text` is `&document[start..end]`; highlights are byte ranges of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SnippetText {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub highlights: Vec<Span>,
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SearchHit {
    /// Document id.
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub cluster: i64,
    /// Documents in the cluster (near and exact duplicates included).
    pub cluster_size: usize,
    pub snippet: SnippetText,
}

/// One facet: its name (`actors`, `persons`, `places`, `sources`, `months`, `event_types`)
/// and its buckets (key, documents), largest first.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct FacetBuckets {
    pub name: &'static str,
    pub buckets: Vec<(String, u64)>,
}

/// A page of results. Serialized (feature `serde`) as the `marsad search --json` object and
/// the `GET /api/search` body: `{"query", "total", "hits", "facets": {name: [{"key", "count"}]}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPage {
    pub query: String,
    /// Matching documents (all of them, not only the page).
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Vec<FacetBuckets>,
}

#[cfg(feature = "serde")]
impl serde::Serialize for SearchPage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeStruct};
        struct Bucket<'a>(&'a (String, u64));
        impl serde::Serialize for Bucket<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_struct("Bucket", 2)?;
                m.serialize_field("key", &self.0 .0)?;
                m.serialize_field("count", &self.0 .1)?;
                m.end()
            }
        }
        struct Facets<'a>(&'a [FacetBuckets]);
        impl serde::Serialize for Facets<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for f in self.0 {
                    m.serialize_entry(f.name, &f.buckets.iter().map(Bucket).collect::<Vec<_>>())?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_struct("SearchPage", 4)?;
        m.serialize_field("query", &self.query)?;
        m.serialize_field("total", &self.total)?;
        m.serialize_field("hits", &self.hits)?;
        m.serialize_field("facets", &Facets(&self.facets))?;
        m.end()
    }
}

impl Archive {
    /// Search the index and fetch the hits from the store. The caller decides whether to
    /// [`Archive::refresh_index`] first.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<SearchPage, ArchiveError> {
        search_page(self.index(), self.store(), query, opts).map_err(|e| match e {
            PageError::Index(e @ marsad_index::IndexError::Query(_)) => ArchiveError::Query(e),
            PageError::Index(e) => self.index_err(e),
            PageError::Store(e) => self.store_err(e),
        })
    }
}

/// Why a search page failed.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error(transparent)]
    Index(#[from] marsad_index::IndexError),
    #[error(transparent)]
    Store(#[from] marsad_store::StoreError),
}

/// One page of results over any store connection (the server passes one of its readers).
pub fn search_page(index: &SearchIndex, store: &dyn Store, query: &str, opts: &SearchOptions) -> Result<SearchPage, PageError> {
    let results = index.search(query, opts.limit, opts.facets)?;
    let seqs: Vec<i64> = results.hits.iter().map(|h| h.seq as i64).collect();
    let mut docs: HashMap<i64, DocumentSummary> = store.summaries(&seqs)?.into_iter().map(|d| (d.seq, d)).collect();
    let mut hits = Vec::with_capacity(seqs.len());
    for hit in &results.hits {
        let Some(doc) = docs.remove(&(hit.seq as i64)) else { continue };
        let sn = index.snippet(&doc.text, &results.terms, opts.snippet);
        hits.push(SearchHit {
            id: doc.doc_id,
            score: hit.score,
            title: doc.title,
            source: doc.source,
            url: doc.url,
            published: doc.published,
            cluster: doc.cluster,
            cluster_size: doc.extra.cluster_size,
            snippet: SnippetText { start: sn.range.start, end: sn.range.end, text: doc.text[sn.range.clone()].to_string(), highlights: sn.highlights.iter().map(|r| Span { start: r.start, end: r.end }).collect() },
        });
    }
    let facets = results.facets.into_iter().map(|f| FacetBuckets { name: f.name, buckets: f.buckets }).collect();
    Ok(SearchPage { query: query.to_string(), total: results.total, hits, facets })
}
