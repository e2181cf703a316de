//! `cargo xtask quote-agreement A.jsonl B.jsonl [--list]`: agreement between two annotators' quote
//! gold files over the articles both annotated (session 14). It is the human ceiling for
//! `eval-quotes`: the same matching (reporting-verb byte spans overlap, one-to-one in A's order;
//! content overlap when a quote has no verb) and the same speaker comparison (search-normalized
//! word sets, one containing the other; `null` agrees only with `null`), with B in the place of
//! the system and A in the place of the gold.

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::Path;

use crate::eval_quotes::same_speaker;

#[derive(serde::Deserialize)]
struct Line {
    docno: String,
    verb: Option<[usize; 2]>,
    verb_text: Option<String>,
    speaker: Option<String>,
    speaker_span: Option<[usize; 2]>,
    content: [usize; 2],
    kind: String,
}

fn read(path: &Path) -> Result<BTreeMap<String, Vec<Line>>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut by_doc: BTreeMap<String, Vec<Line>> = BTreeMap::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let q: Line = serde_json::from_str(line).with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        by_doc.entry(q.docno.clone()).or_default().push(q);
    }
    Ok(by_doc)
}

fn overlaps(a: [usize; 2], b: [usize; 2]) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// Whether two annotators' lines are the same quote: verbs overlap, else (either verb missing)
/// contents overlap.
fn same_quote(a: &Line, b: &Line) -> bool {
    match (a.verb, b.verb) {
        (Some(x), Some(y)) => overlaps(x, y),
        _ => overlaps(a.content, b.content),
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

/// `cargo xtask quote-agreement`.
pub fn run(args: &[String]) -> Result<()> {
    let mut files = Vec::new();
    let mut list = false;
    for a in args {
        match a.as_str() {
            "--list" => list = true,
            s if s.starts_with("--") => anyhow::bail!("unknown argument {s:?} (expected two gold files and --list)"),
            s => files.push(s.to_string()),
        }
    }
    let [a_path, b_path] = files.as_slice() else {
        anyhow::bail!("usage: cargo xtask quote-agreement A.jsonl B.jsonl [--list]");
    };
    let (a, b) = (read(Path::new(a_path))?, read(Path::new(b_path))?);
    let docs: Vec<&String> = a.keys().filter(|d| b.contains_key(*d)).collect();
    anyhow::ensure!(!docs.is_empty(), "{a_path} and {b_path} share no article");

    let (mut n_a, mut n_b, mut matched, mut speaker, mut span, mut kind) = (0, 0, 0, 0, 0, 0);
    let mut disagreements = Vec::new();
    for d in &docs {
        let (qa, qb) = (&a[*d], &b[*d]);
        n_a += qa.len();
        n_b += qb.len();
        let mut used = vec![false; qb.len()];
        for x in qa {
            let verb = x.verb_text.as_deref().unwrap_or("");
            let Some(j) = qb.iter().enumerate().position(|(j, y)| !used[j] && same_quote(x, y)) else {
                disagreements.push(format!("{d}\t{verb}\tonly in A (speaker {})", x.speaker.as_deref().unwrap_or("null")));
                continue;
            };
            used[j] = true;
            matched += 1;
            let y = &qb[j];
            let same = match (&x.speaker, &y.speaker) {
                (None, None) => true,
                (Some(s), Some(t)) => same_speaker(s, t),
                _ => false,
            };
            speaker += usize::from(same);
            if !same {
                disagreements.push(format!(
                    "{d}\t{verb}\tspeaker A={} B={}",
                    x.speaker.as_deref().unwrap_or("null"),
                    y.speaker.as_deref().unwrap_or("null")
                ));
            }
            span += usize::from(match (x.speaker_span, y.speaker_span) {
                (None, None) => true,
                (Some(s), Some(t)) => overlaps(s, t),
                _ => false,
            });
            kind += usize::from(x.kind == y.kind);
        }
        for (y, _) in qb.iter().zip(&used).filter(|(_, u)| !**u) {
            disagreements.push(format!("{d}\t{}\tonly in B (speaker {})", y.verb_text.as_deref().unwrap_or(""), y.speaker.as_deref().unwrap_or("null")));
        }
    }
    let (p, r) = (pct(matched, n_b), pct(matched, n_a));
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("A: {a_path}\nB: {b_path}\narticles in both: {}", docs.len());
    println!("quotes           A {n_a}  B {n_b}  matched {matched}  (B against A: P {p:.1}%  R {r:.1}%  F1 {f:.1}%)");
    println!("speaker agreement on matched quotes: {speaker}/{matched} = {:.1}%", pct(speaker, matched));
    println!("speaker-span agreement (overlap, or both null): {span}/{matched} = {:.1}%", pct(span, matched));
    println!("kind (direct/indirect) agreement: {kind}/{matched} = {:.1}%", pct(kind, matched));
    if list {
        println!("\ndisagreements ({}):", disagreements.len());
        for l in &disagreements {
            println!("  {l}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(verb: Option<[usize; 2]>, content: [usize; 2]) -> Line {
        Line { docno: "d".into(), verb, verb_text: None, speaker: None, speaker_span: None, content, kind: "indirect".into() }
    }

    #[test]
    fn quotes_match_on_verbs_else_on_contents() {
        // Overlapping verbs match whatever the contents; adjacent verbs do not.
        assert!(same_quote(&line(Some([10, 16]), [20, 40]), &line(Some([12, 18]), [50, 60])));
        assert!(!same_quote(&line(Some([10, 16]), [20, 40]), &line(Some([16, 20]), [20, 40])));
        // A quote without a verb is matched by its content.
        assert!(same_quote(&line(None, [20, 40]), &line(Some([0, 4]), [30, 50])));
        assert!(!same_quote(&line(None, [20, 40]), &line(Some([0, 4]), [40, 50])));
    }
}
