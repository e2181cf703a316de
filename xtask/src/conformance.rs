//! `cargo xtask conformance`: our normalizer, stemmers and tokenizer against the test suites
//! and outputs of peer libraries (Lucene, Snowball, pyarabic, charabia) kept in `../shared`.
//!
//! Prints one table row per suite and lists every failing case with what we produced; the
//! figures and the reasons for each deviation are recorded in `docs/conformance.md`.
//! Options: `--verbose` lists up to 50 (instead of 8) examples per disagreement.

use crate::shared;
use anyhow::{Context, Result};
use marsad_text::normalize::{normalize, search_key, NormalizeConfig};
use marsad_text::stem::{light_stem, snowball_stem};
use marsad_text::{tokenize, Token};
use std::collections::HashSet;
use std::fmt::Write as _;

pub fn run(args: &[String]) -> Result<()> {
    let verbose = args.iter().any(|a| a == "--verbose");
    let mut report = Report { rows: Vec::new(), examples: if verbose { 50 } else { 8 } };
    lucene_suite(&mut report)?;
    snowball_suite(&mut report)?;
    pyarabic_suite(&mut report)?;
    charabia_suite(&mut report)?;
    lucene_peer(&mut report, "conformance/peer_outputs/lucene-4.10.4_pud_vocab.tsv", "PUD")?;
    lucene_peer(&mut report, "conformance/peer_outputs/lucene-4.10.4_padt_vocalized_vocab.tsv", "PADT voc.")?;
    snowball_peer(&mut report)?;
    report.print();
    throughput()?;
    Ok(())
}

/// A rough single-core figure for search_key + light_stem on the PUD vocabulary (unique
/// words, so it is the unhappy case: little ASCII, many keys that change). The checksum
/// proves the work was done.
fn throughput() -> Result<()> {
    let rows = read_tsv("conformance/peer_outputs/lucene-4.10.4_pud_vocab.tsv")?;
    let words: Vec<&str> = rows.iter().map(|r| field(r, 0)).collect();
    let rounds = 200;
    let start = std::time::Instant::now();
    let mut checksum = 0usize;
    for _ in 0..rounds {
        for w in &words {
            checksum += light_stem(&search_key(w)).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let n = rounds * words.len();
    println!("\nthroughput: search_key+light_stem, {n} words (PUD vocab x{rounds}) in {secs:.3}s = {:.1}M words/s (checksum {checksum})", n as f64 / secs / 1e6);
    Ok(())
}

/// One line of the summary table and the cases behind it.
struct Row {
    suite: String,
    cases: usize,
    passed: usize,
    /// Cases this suite does not apply to (peer features we do not offer).
    skipped: usize,
    failures: Vec<String>,
}

struct Report {
    rows: Vec<Row>,
    examples: usize,
}

impl Report {
    fn row(&mut self, suite: &str) -> &mut Row {
        self.rows.push(Row { suite: suite.to_owned(), cases: 0, passed: 0, skipped: 0, failures: Vec::new() });
        self.rows.last_mut().expect("just pushed")
    }

    fn print(&self) {
        println!("\n{:<58} {:>7} {:>7} {:>7} {:>8}", "suite", "cases", "pass", "n/a", "pass %");
        println!("{}", "-".repeat(91));
        for r in &self.rows {
            let applicable = r.cases - r.skipped;
            let pct = if applicable == 0 { 100.0 } else { 100.0 * r.passed as f64 / applicable as f64 };
            println!("{:<58} {:>7} {:>7} {:>7} {:>7.2}%", r.suite, r.cases, r.passed, r.skipped, pct);
        }
        for r in self.rows.iter().filter(|r| !r.failures.is_empty()) {
            println!("\n## {} — {} disagreements", r.suite, r.failures.len());
            for f in r.failures.iter().take(self.examples) {
                println!("  {f}");
            }
            if r.failures.len() > self.examples {
                println!("  … {} more (--verbose shows 50)", r.failures.len() - self.examples);
            }
        }
    }
}

impl Row {
    fn check(&mut self, label: &str, input: &str, got: &str, expected: &str) {
        self.cases += 1;
        if got == expected {
            self.passed += 1;
        } else {
            self.failures.push(format!("{label}: {input:?} -> ours {got:?}, expected {expected:?}"));
        }
    }
    fn skip(&mut self) {
        self.cases += 1;
        self.skipped += 1;
    }
}

/// Tab-separated rows after the header line.
fn read_tsv(rel: &str) -> Result<Vec<Vec<String>>> {
    let path = shared::file(rel)?;
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.lines().skip(1).filter(|l| !l.is_empty()).map(|l| l.split('\t').map(str::to_owned).collect()).collect())
}

fn field(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

// ---------------------------------------------------------------------------------------------
// Lucene

/// Lucene's `ArabicAnalyzer` (StandardTokenizer → LowerCaseFilter → DecimalDigitFilter →
/// StopFilter → ArabicNormalizationFilter → SetKeywordMarkerFilter → ArabicStemFilter), with
/// our tokenizer standing in for StandardTokenizer.
struct LuceneAnalyzer {
    stop: HashSet<String>,
    exclude: HashSet<String>,
}

impl LuceneAnalyzer {
    /// The default stop words (Savoy's list as shipped with Lucene 4.10.4).
    fn default_stop_words() -> Result<HashSet<String>> {
        let path = shared::repo_root().join("resources/text/lucene_arabic_stopwords.txt");
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        Ok(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect())
    }

    fn analyze(&self, text: &str) -> Vec<String> {
        // LowerCaseFilter and DecimalDigitFilter (Lucene ≥ 5.4) come before the stop filter.
        let lower = NormalizeConfig { lowercase_latin: true, fold_digits: true, ..NormalizeConfig::none() };
        let lucene = NormalizeConfig::lucene();
        let mut out = Vec::new();
        for t in tokenize(text).iter().filter(|t| t.kind.is_wordlike()) {
            let lowered = normalize(&text[t.range.clone()], &lower);
            // The stop list is not normalized: it is applied before normalization.
            if self.stop.contains(&*lowered) {
                continue;
            }
            let key = normalize(&lowered, &lucene);
            if self.exclude.contains(&*key) {
                out.push(key.into_owned());
            } else {
                out.push(light_stem(&key).to_owned());
            }
        }
        out
    }
}

/// `Class.method[k=v,...]` parameters; a value may itself contain commas (`stop=the,and,a`).
fn lucene_params(which: &str) -> Vec<(String, Vec<String>)> {
    let Some(open) = which.find('[') else { return Vec::new() };
    let inner = which[open + 1..].trim_end_matches(']');
    let mut params: Vec<(String, Vec<String>)> = Vec::new();
    for item in inner.split(',') {
        match item.split_once('=') {
            Some((k, v)) => params.push((k.to_owned(), vec![v.to_owned()])),
            None => match params.last_mut() {
                Some((_, vals)) => vals.push(item.to_owned()),
                None => params.push((item.to_owned(), Vec::new())),
            },
        }
    }
    params
}

fn param_set(params: &[(String, Vec<String>)], key: &str) -> Option<HashSet<String>> {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.iter().filter(|s| *s != "EMPTY").cloned().collect())
}

fn lucene_suite(report: &mut Report) -> Result<()> {
    let rows = read_tsv("conformance/lucene/lucene_arabic_tests.tsv")?;
    let default_stop = LuceneAnalyzer::default_stop_words()?;
    anyhow::ensure!(default_stop.len() == 119, "expected 119 Lucene stop words, found {}", default_stop.len());
    let lucene = NormalizeConfig::lucene();
    let classes = ["TestArabicNormalizationFilter", "TestArabicStemFilter", "TestArabicAnalyzer", "TestArabicFilters"];
    for class in classes {
        let row = report.row(&format!("Lucene {class}"));
        for r in rows.iter().filter(|r| field(r, 2).starts_with(class)) {
            let (input, expected, which) = (field(r, 0), field(r, 1), field(r, 2));
            let params = lucene_params(which);
            let words = || input.split_whitespace();
            let got: Vec<String> = match class {
                // The filter tests run a whitespace tokenizer and the one filter.
                "TestArabicNormalizationFilter" => words().map(|w| normalize(w, &lucene).into_owned()).collect(),
                "TestArabicStemFilter" => {
                    let keywords = param_set(&params, "keyword").unwrap_or_default();
                    words().map(|w| if keywords.contains(w) { w.to_owned() } else { light_stem(w).to_owned() }).collect()
                }
                "TestArabicFilters" if which.contains("stem") => words().map(|w| light_stem(&normalize(w, &lucene)).to_owned()).collect(),
                "TestArabicFilters" => words().map(|w| normalize(w, &lucene).into_owned()).collect(),
                _ => {
                    let analyzer = LuceneAnalyzer {
                        stop: param_set(&params, "stop").unwrap_or_else(|| default_stop.clone()),
                        exclude: param_set(&params, "exclude").unwrap_or_default(),
                    };
                    analyzer.analyze(input)
                }
            };
            row.check(which, input, &got.join(" "), expected);
        }
    }
    Ok(())
}

/// Lucene 4.10.4's outputs on a vocabulary: normalizer, normalizer + stemmer, full analyzer;
/// then our own search key + light stem against Lucene's normalizer + stemmer.
fn lucene_peer(report: &mut Report, rel: &str, name: &str) -> Result<()> {
    let rows = read_tsv(rel)?;
    let lucene = NormalizeConfig::lucene();
    let analyzer = LuceneAnalyzer { stop: LuceneAnalyzer::default_stop_words()?, exclude: HashSet::new() };
    let row = report.row(&format!("Lucene 4.10.4 {name} vocab: normalizer"));
    for r in &rows {
        row.check("norm", field(r, 0), &normalize(field(r, 0), &lucene), field(r, 1));
    }
    let row = report.row(&format!("Lucene 4.10.4 {name} vocab: normalizer+stemmer"));
    for r in &rows {
        row.check("stem", field(r, 0), light_stem(&normalize(field(r, 0), &lucene)), field(r, 2));
    }
    let row = report.row(&format!("Lucene 4.10.4 {name} vocab: ArabicAnalyzer"));
    for r in &rows {
        row.check("analyzer", field(r, 0), &analyzer.analyze(field(r, 0)).join(" "), field(r, 3));
    }
    let row = report.row(&format!("{name} vocab: search_key+light_stem vs Lucene stem"));
    for r in &rows {
        row.check("ours", field(r, 0), light_stem(&search_key(field(r, 0))), field(r, 2));
    }
    // Where the disagreements come from: one search-key feature at a time switched off.
    let ablations: [(&str, NormalizeConfig); 3] = [
        ("w/o ؤ/ئ fold", NormalizeConfig { fold_hamza_carriers: false, ..NormalizeConfig::search() }),
        ("w/o ؤ/ئ, ٱ folds", NormalizeConfig { fold_hamza_carriers: false, fold_alef_wasla: false, ..NormalizeConfig::search() }),
        ("w/o ؤ/ئ, ٱ, Persian, digit, case folds", NormalizeConfig { fold_hamza_carriers: false, fold_alef_wasla: false, fold_persian: false, fold_digits: false, lowercase_latin: false, ..NormalizeConfig::search() }),
    ];
    for (label, config) in ablations {
        let row = report.row(&format!("{name} vocab: search_key {label}"));
        for r in &rows {
            row.check(label, field(r, 0), light_stem(&normalize(field(r, 0), &config)), field(r, 2));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Snowball

fn snowball_suite(report: &mut Report) -> Result<()> {
    let voc = std::fs::read_to_string(shared::file("conformance/rust_stemmers_arabic/voc_ar.txt")?)?;
    let res = std::fs::read_to_string(shared::file("conformance/rust_stemmers_arabic/res_ar.txt")?)?;
    let row = report.row("Snowball Arabic voc_ar -> res_ar (snowball_stem)");
    let (voc, res): (Vec<&str>, Vec<&str>) = (voc.lines().collect(), res.lines().collect());
    anyhow::ensure!(voc.len() == res.len(), "voc_ar has {} lines, res_ar {}", voc.len(), res.len());
    for (w, expected) in voc.iter().zip(&res) {
        row.check("snowball", w, &snowball_stem(w), expected);
    }
    Ok(())
}

fn snowball_peer(report: &mut Report) -> Result<()> {
    let rows = read_tsv("conformance/peer_outputs/snowball-pystemmer3.1.0_pud_vocab.tsv")?;
    let row = report.row("PyStemmer 3.1.0 Snowball PUD vocab (snowball_stem)");
    for r in &rows {
        row.check("snowball", field(r, 0), &snowball_stem(field(r, 0)), field(r, 1));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// pyarabic and charabia

fn surfaces<'a>(text: &'a str, tokens: &[Token]) -> Vec<&'a str> {
    tokens.iter().map(|t| &text[t.range.clone()]).collect()
}

fn pyarabic_suite(report: &mut Report) -> Result<()> {
    let rows = read_tsv("conformance/pyarabic/pyarabic_unit_tests.tsv")?;
    let row = report.row("pyarabic test_araby (normalizer, tokenizer)");
    for r in &rows {
        let (input, expected, which) = (field(r, 0), field(r, 1), field(r, 2));
        let function = which.rsplit(':').next().unwrap_or("");
        let config = match function {
            "strip_tashkeel" => Some(NormalizeConfig { strip_diacritics: true, ..NormalizeConfig::none() }),
            "strip_tatweel" => Some(NormalizeConfig { strip_tatweel: true, ..NormalizeConfig::none() }),
            // Different by design: we fold hamza carriers to their letter, pyarabic to ء.
            "normalize_hamza" => Some(NormalizeConfig::search()),
            _ => None,
        };
        if let Some(config) = config {
            row.check(function, input, &normalize(input, &config), expected);
        } else if function.starts_with("tokenize") {
            row.check("tokenize", input, &surfaces(input, &tokenize(input)).join(" "), expected);
        } else {
            // Letter names, char access, strip_harakat/lastharaka/shadda: no equivalent.
            row.skip();
        }
    }
    Ok(())
}

/// charabia's rendering: segments (tokens and the gaps between them) joined by `|`.
fn segments(text: &str, key: bool) -> String {
    let mut out = String::new();
    let mut at = 0;
    for t in tokenize(text) {
        if t.range.start > at {
            out.push_str(&text[at..t.range.start]);
            out.push('|');
        }
        let surface = &text[t.range.clone()];
        let _ = write!(out, "{}|", if key { search_key(surface) } else { surface.into() });
        at = t.range.end;
    }
    if at < text.len() {
        out.push_str(&text[at..]);
    } else {
        out.pop();
    }
    out
}

fn charabia_suite(report: &mut Report) -> Result<()> {
    let rows = read_tsv("conformance/charabia/charabia_arabic_tests.tsv")?;
    let row = report.row("charabia 0.10 Arabic (search_key, tokenize)");
    let mut rejoined = Vec::new();
    for r in &rows {
        let (input, expected, which) = (field(r, 0), field(r, 1), field(r, 2));
        let got = if which.contains("SEGMENTED") {
            segments(input, false)
        } else if which.contains("TOKENIZED") {
            segments(input, true)
        } else {
            search_key(input).into_owned()
        };
        row.check(which, input, &got, expected);
        // charabia cuts ال off every word (البانيا, الله too); we never do. Compare with its
        // article splits glued back.
        let glued = glue_articles(expected);
        if glued != expected {
            rejoined.push((which.to_owned(), input.to_owned(), got, glued));
        }
    }
    let row = report.row("charabia segmentation with ال| splits glued back");
    for (which, input, got, glued) in rejoined {
        row.check(&which, &input, &got, &glued);
    }
    Ok(())
}

/// charabia's `|`-joined segments with every lone article segment (ال, ٱل) glued to the next.
fn glue_articles(segmented: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut article = false;
    for seg in segmented.split('|') {
        if article {
            if let Some(last) = out.last_mut() {
                last.push_str(seg);
            }
        } else {
            out.push(seg.to_owned());
        }
        article = seg == "ال" || seg == "ٱل";
    }
    out.join("|")
}
