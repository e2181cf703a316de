//! Search: a query → hits (documents with highlighted snippets) and facets, as plain structs.

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

/// A page of results.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SearchPage {
    pub query: String,
    /// Matching documents (all of them, not only the page).
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Vec<FacetBuckets>,
}

impl Archive {
    /// Search the index and fetch the hits from the store. The caller decides whether to
    /// [`Archive::refresh_index`] first.
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<SearchPage, ArchiveError> {
        let results = self.index().search(query, opts.limit, opts.facets).map_err(|e| match e {
            marsad_index::IndexError::Query(_) => ArchiveError::Query(e),
            e => self.index_err(e),
        })?;
        let seqs: Vec<i64> = results.hits.iter().map(|h| h.seq as i64).collect();
        let docs = self.store().documents(&seqs).map_err(|e| self.store_err(e))?;
        let mut hits = Vec::with_capacity(docs.len());
        for (hit, doc) in results.hits.iter().zip(docs) {
            let sn = self.index().snippet(&doc.text, &results.terms, opts.snippet);
            let cluster_size = self.store().cluster_members(doc.cluster).map_err(|e| self.store_err(e))?.len();
            hits.push(SearchHit {
                id: doc.doc_id,
                score: hit.score,
                title: doc.title,
                source: doc.source,
                url: doc.url,
                published: doc.published,
                cluster: doc.cluster,
                cluster_size,
                snippet: SnippetText { start: sn.range.start, end: sn.range.end, text: doc.text[sn.range.clone()].to_string(), highlights: sn.highlights.iter().map(|r| Span { start: r.start, end: r.end }).collect() },
            });
        }
        let facets = results.facets.into_iter().map(|f| FacetBuckets { name: f.name, buckets: f.buckets }).collect();
        Ok(SearchPage { query: query.to_string(), total: results.total, hits, facets })
    }
}
