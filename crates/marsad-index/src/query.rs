//! Query syntax and highlighting.
//!
//! The syntax is tantivy's (words, `"phrases"`, `AND`/`OR`/`NOT`, `+must`, `-not`,
//! parentheses, `field:value`) over the body and title, with words run through the Arabic
//! analyzer, plus:
//! - `date:2018-03..2018-05`, `date:2018-03`, `date:2018-03-05..`, `date:..2018` — publication
//!   date ranges (inclusive, at day, month or year granularity);
//! - `source:bbc` (case-insensitive), `actor:IRN` (ISO 3166-1 alpha-3 codes);
//! - `person:ظريف`, `place:موسكو`, `org:…` — analyzed like the body;
//! - `type:ACCUSE` — documents with an event of that PLOVER type (case-insensitive).

use std::collections::HashSet;
use std::ops::Range;

use tantivy::query::{Query, QueryParser};
use tantivy::Index;

use crate::analyzer::ArabicAnalyzer;
use crate::{CivilDate, Fields, IndexError};

/// Rewrite our extensions into tantivy's syntax, then parse.
pub(crate) fn parse(index: &Index, f: &Fields, query: &str) -> Result<Box<dyn Query>, IndexError> {
    let rewritten = rewrite(query)?;
    let mut parser = QueryParser::for_index(index, vec![f.body, f.body_fold, f.title, f.title_fold]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(f.body, 1.5);
    parser.set_field_boost(f.title, 3.0);
    parser.set_field_boost(f.title_fold, 2.0);
    parser.parse_query(&rewritten).map_err(|e| IndexError::Query(format!("{e} (in {rewritten:?})")))
}

/// Split outside quotes on whitespace and rewrite `date:`, `source:`, `actor:`, `type:` words.
fn rewrite(query: &str) -> Result<String, IndexError> {
    let mut out = String::with_capacity(query.len() + 32);
    let mut word = String::new();
    let mut in_quotes = false;
    for c in query.chars().chain(std::iter::once(' ')) {
        if c == '"' {
            in_quotes = !in_quotes;
        }
        if c.is_whitespace() && !in_quotes {
            if !word.is_empty() {
                out.push_str(&rewrite_word(&word)?);
                word.clear();
            }
            out.push(' ');
        } else {
            word.push(c);
        }
    }
    Ok(out.trim().to_string())
}

fn rewrite_word(word: &str) -> Result<String, IndexError> {
    let lead = word.len() - word.trim_start_matches(['(', '+', '-']).len();
    let body = &word[lead..];
    let trail = body.len() - body.trim_end_matches(')').len();
    let (core, tail) = body.split_at(body.len() - trail);
    let Some((field, value)) = core.split_once(':') else { return Ok(word.to_string()) };
    let rewritten = match field {
        "date" => date_range(value)?,
        "source" => format!("source:{}", quote_if_needed(&value.trim_matches('"').to_lowercase())),
        "actor" => format!("actor:{}", value.to_uppercase()),
        "type" => {
            let t = value.trim_matches('"');
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-') {
                return Err(IndexError::Query(format!("type: expects a PLOVER event type such as ACCUSE or ASSAULT, got {value:?}")));
            }
            format!("event_type:{}", t.to_uppercase())
        }
        _ => return Ok(word.to_string()),
    };
    Ok(format!("{}{}{}", &word[..lead], rewritten, tail))
}

fn quote_if_needed(s: &str) -> String {
    if s.contains(char::is_whitespace) {
        format!("\"{s}\"")
    } else {
        s.to_string()
    }
}

/// `A..B`, `A..`, `..B` or `A` with A, B = `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn date_range(value: &str) -> Result<String, IndexError> {
    let bad = || IndexError::Query(format!("date: expects YYYY[-MM[-DD]] or a range A..B, got {value:?}"));
    let (a, b) = match value.split_once("..") {
        Some((a, b)) => (a, b),
        None => (value, value),
    };
    let lower = if a.is_empty() { "*".to_string() } else { rfc3339(bounds(a).ok_or_else(bad)?.0).ok_or_else(bad)? };
    let upper = if b.is_empty() { "*".to_string() } else { rfc3339(bounds(b).ok_or_else(bad)?.1 - 1).ok_or_else(bad)? };
    Ok(format!("published:[{lower} TO {upper}]"))
}

/// First second and first second after a date of any granularity, as Unix seconds.
fn bounds(s: &str) -> Option<(i64, i64)> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |i: usize| -> Option<i64> { parts.get(i)?.parse().ok() };
    let day = |y: i64, m: i64, d: i64| Some(CivilDate::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?.to_days() * 86_400);
    match parts.len() {
        1 => {
            let y = num(0)?;
            Some((day(y, 1, 1)?, day(y + 1, 1, 1)?))
        }
        2 => {
            let (y, m) = (num(0)?, num(1)?);
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            Some((day(y, m, 1)?, day(ny, nm, 1)?))
        }
        3 => {
            let (y, m, d) = (num(0)?, num(1)?, num(2)?);
            let start = day(y, m, d)?;
            Some((start, start + 86_400))
        }
        _ => None,
    }
}

fn rfc3339(secs: i64) -> Option<String> {
    let rem = secs.rem_euclid(86_400);
    let date = CivilDate::from_days(secs.div_euclid(86_400))?;
    Some(format!("{date}T{:02}:{:02}:{:02}Z", rem / 3600, rem / 60 % 60, rem % 60))
}

/// The body terms a query matches (for highlighting).
#[derive(Debug, Clone, Default)]
pub struct QueryTerms {
    keys: HashSet<String>,
    folds: HashSet<String>,
}

impl QueryTerms {
    pub(crate) fn of(q: &dyn Query, f: &Fields) -> Self {
        let mut t = QueryTerms::default();
        q.query_terms(&mut |term, _| {
            let value = term.value();
            let Some(text) = value.as_str() else { return };
            let field = term.field();
            if field == f.body || field == f.title {
                t.keys.insert(text.to_string());
            } else if field == f.body_fold || field == f.title_fold {
                t.folds.insert(text.to_string());
            }
        });
        t
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.folds.is_empty()
    }
}

/// A passage of a document with the matching words marked. All ranges are byte offsets into
/// the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub range: Range<usize>,
    pub highlights: Vec<Range<usize>>,
}

/// Whether the chars of `needle` appear in `hay` in order.
fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}

pub(crate) fn snippet(text: &str, terms: &QueryTerms, keys: &ArabicAnalyzer, max_bytes: usize) -> Snippet {
    let mut matched: Vec<Range<usize>> = Vec::new();
    let mut words: Vec<Range<usize>> = Vec::new();
    // A word can only match if a key term is a substring of its search key (the stem's key is
    // a substring of the word's) or a fold term a subsequence of it (a fold only drops letters
    // of a light stem, itself a substring of the stem's key): only such words are segmented.
    let candidate = |key: &str| terms.keys.iter().any(|t| key.contains(t.as_str())) || terms.folds.iter().any(|t| is_subsequence(t, key));
    let mut folded = String::new();
    keys.visit_words_where(text, candidate, |range, kind, key, stem_key| {
        if let Some(stem_key) = stem_key {
            let hit = terms.keys.contains(key) || stem_key.is_some_and(|k| terms.keys.contains(k)) || {
                folded.clear();
                crate::analyzer::fold_into(kind, stem_key.unwrap_or(key), &mut folded);
                terms.folds.contains(&folded)
            };
            if hit {
                matched.push(range.clone());
            }
        }
        words.push(range);
    });
    // `matched` is in text order: words are visited in order.
    // The window (starting at a match) holding the most matches.
    let mut best: Option<(usize, usize)> = None; // (count, index of first match)
    for (i, m) in matched.iter().enumerate() {
        let count = matched[i..].iter().take_while(|r| r.end <= m.start + max_bytes).count();
        if best.is_none_or(|(c, _)| count > c) {
            best = Some((count, i));
        }
    }
    let (start, end) = match best {
        None => (0, words.iter().take_while(|w| w.end <= max_bytes).last().map_or(text.len().min(max_bytes), |w| w.end)),
        Some((_, i)) => {
            let first = matched[i].start;
            // A little context before the first match, then fill up to max_bytes.
            let lead = max_bytes / 5;
            let start = words.iter().find(|w| w.start + lead >= first).map_or(first, |w| w.start);
            let end = words.iter().take_while(|w| w.end <= start + max_bytes).last().map_or(matched[i].end, |w| w.end).max(matched[i].end);
            (start, end)
        }
    };
    let mut start = start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let highlights = matched.into_iter().filter(|r| r.start >= start && r.end <= end).collect();
    Snippet { range: start..end, highlights }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::Terms;
    use std::sync::Arc;

    /// The snippet without the candidate filter: every word segmented and compared in both
    /// term spaces (the definition the filter must not change).
    fn reference(text: &str, terms: &QueryTerms, keys: &ArabicAnalyzer, fold: &ArabicAnalyzer) -> Vec<Range<usize>> {
        let mut matched: Vec<Range<usize>> = keys.terms(text).into_iter().filter(|t| terms.keys.contains(&t.text)).map(|t| t.range).collect();
        matched.extend(fold.terms(text).into_iter().filter(|t| terms.folds.contains(&t.text)).map(|t| t.range));
        matched.sort_by_key(|r| r.start);
        matched.dedup();
        matched
    }

    #[test]
    fn candidate_filter_changes_no_highlight() {
        let lexicon = Arc::new(marsad_text::CliticLexicon::parse(marsad_text::lexicon::BUILTIN_TEXT).unwrap());
        let keys = ArabicAnalyzer::new(lexicon.clone(), Terms::Keys);
        let fold = ArabicAnalyzer::new(lexicon, Terms::Fold);
        // Invented sentences with clitics, hamza and spelling variants, diacritics, Latin and
        // digits: وأكد wa-akkada "and he stressed", للمدرسة li-l-madrasa "for the school",
        // الأميركية al-amīrkiyya "the American (f.)", بموسكو bi-mūskū "in Moscow".
        let text = "وأكدَ الرئيسُ الأميركيّ للصحفيين أن أمريكا ستدعم المدرسةَ، وقال في موسكو: «سنعمل معهم». \
                    التقى وزيرا الخارجية بموسكو يوم 24 سبتمبر 2020 في اجتماعٍ مع UNESCO والمدارس؛ ومدرستها قريبة.";
        let words: Vec<String> = keys.terms(text).into_iter().map(|t| t.text).chain(fold.terms(text).into_iter().map(|t| t.text)).collect();
        for (i, w) in words.iter().enumerate() {
            let other = &words[(i * 7 + 3) % words.len()];
            for t in [
                QueryTerms { keys: [w.clone()].into(), folds: HashSet::new() },
                QueryTerms { keys: HashSet::new(), folds: [w.clone()].into() },
                QueryTerms { keys: [w.clone()].into(), folds: [other.clone()].into() },
            ] {
                let got = snippet(text, &t, &keys, 10_000).highlights;
                assert_eq!(got, reference(text, &t, &keys, &fold), "terms {t:?}");
            }
        }
    }

    #[test]
    fn rewrites_filters() {
        assert_eq!(rewrite("ظريف date:2018-03..2018-05 source:BBC actor:irn").unwrap(), "ظريف published:[2018-03-01T00:00:00Z TO 2018-05-31T23:59:59Z] source:bbc actor:IRN");
        assert_eq!(rewrite("(date:2018-12) \"date:x y\"").unwrap(), "(published:[2018-12-01T00:00:00Z TO 2018-12-31T23:59:59Z]) \"date:x y\"");
        assert_eq!(rewrite("date:2020-02-29..").unwrap(), "published:[2020-02-29T00:00:00Z TO *]");
        assert_eq!(rewrite("type:accuse -type:ASSAULT").unwrap(), "event_type:ACCUSE -event_type:ASSAULT");
        assert!(rewrite("type:").is_err());
        assert!(rewrite("type:احتج").is_err());
        assert!(rewrite("date:2018-13").is_err());
    }
}
