//! Locating `../shared`, the project's data folder (never committed).
use anyhow::{bail, Result};
use std::path::PathBuf;

/// The shared data folder: `$MARSAD_SHARED`, else `../shared` next to the repository root.
pub fn dir() -> Result<PathBuf> {
    let p = match std::env::var_os("MARSAD_SHARED") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"),
    };
    if !p.is_dir() {
        bail!("shared data folder not found at {} (set MARSAD_SHARED to its path)", p.display());
    }
    Ok(p)
}

/// A file under the shared folder, with a clear error when it is missing.
pub fn file(rel: &str) -> Result<PathBuf> {
    let p = dir()?.join(rel);
    if !p.exists() {
        bail!("missing shared data file {} (expected under {})", rel, dir()?.display());
    }
    Ok(p)
}

/// Repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The embedded pipeline resources, with the NER model replaced by the file named in
/// `$MARSAD_NER_MODEL` when it is set (session 27: a candidate model runs through the quote and
/// event evaluations without copying it into resources/ and rebuilding the workspace).
pub fn resources() -> Result<marsad_engine::Resources> {
    let mut r = marsad_engine::Resources::embedded()?;
    if let Some(p) = std::env::var_os("MARSAD_NER_MODEL") {
        let p = PathBuf::from(p);
        let bytes = std::fs::read(&p).map_err(|e| anyhow::anyhow!("reading NER model {}: {e}", p.display()))?;
        r.ner = marsad_engine::Resources::ner_from_bytes(&bytes, &p.display().to_string())?;
        eprintln!("NER model from {} (MARSAD_NER_MODEL)", p.display());
    }
    Ok(r)
}
