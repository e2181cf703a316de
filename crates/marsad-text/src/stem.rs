//! Light stemming for search keys and dictionary matching.
// OWNER: helper "normalize-stem" fills this in; the signatures below are the contract.

/// Light stem (Lucene light10 family) of an already search-normalized key.
/// Returns a sub-slice of `key`.
pub fn light_stem(key: &str) -> &str {
    key
}
