//! `cargo xtask eval-segmentation [--errors N]`: sentence and word segmentation against
//! UD Arabic-PUD (test set) and clitic boundaries against Farasa WikiNews (dev set).
//! Method and figures: docs/segmentation.md.
use crate::shared;
use anyhow::{Context, Result};
use marsad_text::clitic::{segment_token, Segment, SegmentKind};
use marsad_text::{split_sentences, tokenize, CliticLexicon, Token};
use std::collections::{HashMap, HashSet};

pub fn run(args: &[String]) -> Result<()> {
    let mut n_errors = 25usize;
    let mut bench = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--errors" => n_errors = it.next().context("--errors needs a number")?.parse()?,
            "--bench" => bench = true,
            "--show" => {
                // Debug: segment the remaining words and show the lexicon entries of their parts.
                let lex = CliticLexicon::builtin();
                for w in it.by_ref() {
                    let mut segs = Vec::new();
                    marsad_text::segment(w, 0, lex, &mut segs);
                    let parts: Vec<String> = segs.iter().map(|s| format!("{}:{}", s.kind.as_str(), &w[s.range.clone()])).collect();
                    let mut info = Vec::new();
                    let mut key = String::new();
                    marsad_text::clitic::fold_key(w, &mut key);
                    let letters: Vec<char> = key.chars().collect();
                    for a in 0..letters.len().min(3) {
                        for b in (letters.len().saturating_sub(3).max(a + 1)..=letters.len()).rev() {
                            let k: String = letters[a..b].iter().collect();
                            for pre in ["", "ال", "ي", "ت"] {
                                let kk = format!("{pre}{k}");
                                if let Some(e) = lex.get(&kk) {
                                    info.push(format!("{kk}={}{}{}", e.count, if e.never_split() { "N" } else { "" }, if e.is_name() { "P" } else { "" }));
                                }
                            }
                        }
                    }
                    println!("{w}: {}   [{}]", parts.join("+"), info.join(" "));
                }
                return Ok(());
            }
            _ => anyhow::bail!("unknown argument {a:?} (usage: eval-segmentation [--errors N] [--bench])"),
        }
    }
    let t = std::time::Instant::now();
    let lex = CliticLexicon::builtin();
    eprintln!("lexicon: {} entries, parsed in {:.1} ms", lex.len(), t.elapsed().as_secs_f64() * 1e3);
    pud(lex, n_errors)?;
    farasa(lex, n_errors)?;
    if bench {
        speed(lex)?;
    }
    Ok(())
}

/// Segmentation speed on the first 5,000 articles of ANT v1.1 JawharaFM (one core), a corpus the
/// lexicon was not built from, so unknown words take their share.
fn speed(lex: &CliticLexicon) -> Result<()> {
    use std::io::BufRead;
    let p = shared::file("data/corpus/ant_v1.1_jawharafm.jsonl.gz")?;
    let r = std::io::BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&p)?));
    let mut text = String::new();
    for line in r.lines().take(5000) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        text.push_str(v["text"].as_str().unwrap_or(""));
        text.push('\n');
    }
    let t0 = std::time::Instant::now();
    let tokens = tokenize(&text);
    let t_tok = t0.elapsed();
    let mut segs = Vec::with_capacity(8);
    let mut n_segs = 0usize;
    // Two passes: the first fills the lexicon's per-word cache, the second is steady state.
    let mut t_seg = std::time::Duration::ZERO;
    for pass in 0..2 {
        let t1 = std::time::Instant::now();
        n_segs = 0;
        for t in &tokens {
            segs.clear();
            segment_token(&text, t, lex, &mut segs);
            n_segs += segs.len();
        }
        let el = t1.elapsed();
        if pass == 0 {
            println!("speed: first pass (cold cache) {:.0} ns/token", el.as_nanos() as f64 / tokens.len() as f64);
        }
        t_seg = el;
    }
    let n = tokens.len() as f64;
    // The cache must never change a result.
    let mut cached = Vec::new();
    let mut fresh = Vec::new();
    let mut differ = 0usize;
    for t in tokens.iter().filter(|t| t.kind == marsad_text::TokenKind::Arabic) {
        cached.clear();
        fresh.clear();
        let w = &text[t.range.clone()];
        marsad_text::segment(w, t.range.start, lex, &mut cached);
        marsad_text::clitic::segment_uncached(w, t.range.start, lex, &mut fresh);
        if cached != fresh {
            if differ < 5 {
                eprintln!("cache changes the segmentation of {w:?}: {cached:?} vs {fresh:?}");
            }
            differ += 1;
        }
    }
    anyhow::ensure!(differ == 0, "{differ} tokens segmented differently with the cache");
    let mut key = String::new();
    let (mut arabic, mut known) = (0usize, 0usize);
    for t in tokens.iter().filter(|t| t.kind == marsad_text::TokenKind::Arabic) {
        arabic += 1;
        key.clear();
        known += usize::from(marsad_text::clitic::fold_key(&text[t.range.clone()], &mut key) && lex.get(&key).is_some());
    }
    println!("speed: {arabic} Arabic tokens, {:.1}% in the lexicon", 100.0 * known as f64 / arabic.max(1) as f64);
    println!(
        "speed: {} tokens ({} MB) -> {} segments; tokenize {:.0} ns/token, segment {:.0} ns/token ({:.2} M tokens/s)",
        tokens.len(),
        text.len() / 1_000_000,
        n_segs,
        t_tok.as_nanos() as f64 / n,
        t_seg.as_nanos() as f64 / n,
        n / t_seg.as_secs_f64() / 1e6
    );
    Ok(())
}

struct Doc {
    text: String,
    /// Gold sentences (byte ranges into `text`).
    sents: Vec<std::ops::Range<usize>>,
    /// Gold word lengths in chars, in order.
    words: Vec<(usize, String)>,
}

fn read_pud() -> Result<Vec<Doc>> {
    let p = shared::file("data/treebank/ud-arabic-pud/ar_pud-ud-test.conllu")?;
    let text = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
    let mut docs: Vec<Doc> = Vec::new();
    // PUD repeats `# newdoc id = X` before every sentence; consecutive sentences with the same
    // id belong to one document (397 documents), which is what the splitter must split.
    let mut last_id: Option<String> = None;
    for line in text.lines() {
        let new_doc = match line.strip_prefix("# newdoc id = ") {
            Some(id) => {
                let fresh = last_id.as_deref() != Some(id.trim());
                last_id = Some(id.trim().to_string());
                fresh
            }
            None => false,
        };
        if new_doc || docs.is_empty() && line.starts_with("# text =") {
            docs.push(Doc { text: String::new(), sents: Vec::new(), words: Vec::new() });
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            let d = docs.last_mut().context("no document")?;
            if !d.text.is_empty() {
                d.text.push(' ');
            }
            let t = t.trim();
            let s = d.text.len();
            d.text.push_str(t);
            d.sents.push(s..d.text.len());
        } else if !line.starts_with('#') && !line.is_empty() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 || cols[0].contains('-') || cols[0].contains('.') {
                continue;
            }
            let d = docs.last_mut().context("no document")?;
            d.words.push((cols[1].chars().count(), cols[1].to_string()));
        }
    }
    Ok(docs)
}

/// Non-whitespace char index of every byte offset of `text` (length `text.len() + 1`).
fn nws_index(text: &str) -> Vec<usize> {
    let mut idx = vec![0; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for j in 0..c.len_utf8() {
            idx[i + j] = n;
        }
        if !c.is_whitespace() {
            n += 1;
        }
    }
    idx[text.len()] = n;
    idx
}

/// UD words of a token's segments: an article joins the following stem.
fn ud_words(segs: &[Segment], out: &mut Vec<std::ops::Range<usize>>) {
    let mut pending: Option<usize> = None;
    for s in segs {
        if s.kind == SegmentKind::Article {
            pending.get_or_insert(s.range.start);
            continue;
        }
        let start = pending.take().unwrap_or(s.range.start);
        out.push(start..s.range.end);
    }
    if let Some(start) = pending {
        // An article at the very end (cannot happen with segment()): keep the text covered.
        if let Some(last) = segs.last() {
            out.push(start..last.range.end);
        }
    }
}

#[derive(Default)]
struct Prf {
    sys: usize,
    gold: usize,
    ok: usize,
}

impl Prf {
    fn line(&self, name: &str) -> String {
        let p = self.ok as f64 / self.sys.max(1) as f64;
        let r = self.ok as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        format!("{name:<28} P {p:.4}  R {r:.4}  F1 {f:.4}   (system {}, gold {}, correct {})", self.sys, self.gold, self.ok)
    }
}

fn pud(lex: &CliticLexicon, n_errors: usize) -> Result<()> {
    let docs = read_pud()?;
    let mut sent = Prf::default();
    let mut words = Prf::default();
    let mut base = Prf::default();
    let mut errors: HashMap<String, usize> = HashMap::new();
    let mut segs = Vec::new();
    let mut sys_words = Vec::new();
    for d in &docs {
        let tokens = tokenize(&d.text);
        // (a) sentences
        let gold: HashSet<(usize, usize)> = d.sents.iter().map(|r| (r.start, r.end)).collect();
        let sys = split_sentences(&d.text, &tokens);
        sent.gold += gold.len();
        sent.sys += sys.len();
        for s in &sys {
            let t = &d.text[s.range.clone()];
            let lead = t.len() - t.trim_start().len();
            let trail = t.len() - t.trim_end().len();
            if gold.contains(&(s.range.start + lead, s.range.end - trail)) {
                sent.ok += 1;
            }
        }
        // (b) words, aligned on non-whitespace character offsets
        let idx = nws_index(&d.text);
        let total: usize = d.words.iter().map(|w| w.0).sum();
        if total != idx[d.text.len()] {
            eprintln!("warning: gold words do not cover the text of a document ({total} vs {} chars)", idx[d.text.len()]);
        }
        let mut gold_spans = HashSet::new();
        let mut gold_starts = HashMap::new();
        let mut a = 0;
        for (i, (len, _)) in d.words.iter().enumerate() {
            gold_spans.insert((a, a + len));
            gold_starts.insert(a, i);
            a += len;
        }
        words.gold += gold_spans.len();
        base.gold += gold_spans.len();
        for t in &tokens {
            segs.clear();
            sys_words.clear();
            segment_token(&d.text, t, lex, &mut segs);
            ud_words(&segs, &mut sys_words);
            let tok_span = (idx[t.range.start], idx[t.range.end]);
            base.sys += 1;
            base.ok += usize::from(gold_spans.contains(&tok_span));
            let mut all_ok = true;
            for w in &sys_words {
                words.sys += 1;
                let ok = gold_spans.contains(&(idx[w.start], idx[w.end]));
                words.ok += usize::from(ok);
                all_ok &= ok;
            }
            if !all_ok || !gold_covers(&gold_starts, &d.words, tok_span, sys_words.len()) {
                let sys_r: Vec<&str> = sys_words.iter().map(|w| &d.text[w.clone()]).collect();
                let gold_r = gold_inside(&gold_starts, &d.words, tok_span);
                *errors.entry(format!("{} → sys {} | gold {}", &d.text[t.range.clone()], sys_r.join("+"), gold_r)).or_default() += 1;
            }
        }
    }
    println!("UD Arabic-PUD ({} documents, {} sentences, {} words)", docs.len(), sent.gold, words.gold);
    println!("{}", sent.line("sentences"));
    println!("{}", words.line("words (clitics split)"));
    println!("{}", base.line("words, no-split baseline"));
    print_errors("PUD", &errors, n_errors);
    Ok(())
}

/// True when the gold words inside `span` are exactly `n` words tiling it.
fn gold_covers(starts: &HashMap<usize, usize>, words: &[(usize, String)], span: (usize, usize), n: usize) -> bool {
    let Some(&i) = starts.get(&span.0) else { return false };
    let mut a = span.0;
    let mut k = 0;
    while a < span.1 && i + k < words.len() {
        a += words[i + k].0;
        k += 1;
    }
    a == span.1 && k == n
}

fn gold_inside(starts: &HashMap<usize, usize>, words: &[(usize, String)], span: (usize, usize)) -> String {
    let Some(&i) = starts.get(&span.0) else { return "(misaligned)".into() };
    let mut a = span.0;
    let mut parts = Vec::new();
    let mut k = i;
    while a < span.1 && k < words.len() {
        a += words[k].0;
        parts.push(words[k].1.as_str());
        k += 1;
    }
    if a != span.1 {
        parts.push("(misaligned)");
    }
    parts.join("+")
}

fn print_errors(name: &str, errors: &HashMap<String, usize>, n: usize) {
    if n == 0 {
        return;
    }
    let mut v: Vec<(&String, &usize)> = errors.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("top {name} error patterns ({} distinct, {} tokens):", v.len(), errors.values().sum::<usize>());
    for (e, c) in v.into_iter().take(n) {
        println!("  {c:>4}  {e}");
    }
}

/// Clitic boundaries of a token, as char offsets inside it, split into
/// (proclitic and pronoun boundaries, article boundaries).
type Bounds = (Vec<usize>, Vec<usize>);

/// Where a final PRON نا follows a V segment, Farasa does not tell the subject ("we did", not a
/// clitic in UD or for us) from the object ("... us"): that boundary is left out on both sides.
fn ambiguous_na(segs: &[&str], tags: &[&str]) -> Option<usize> {
    let n = segs.len();
    if n >= 2 && segs[n - 1] == "نا" && tags[n - 1] == "PRON" && tags[n - 2] == "V" {
        Some(segs[..n - 1].iter().map(|s| s.chars().count()).sum())
    } else {
        None
    }
}

const OUR_PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "نا", "ي", "ني"];

/// Farasa gold, mapped: boundaries after leading one-letter CONJ / PREP / FUT_PART / PART
/// segments, before a final PRON segment that is one of our pronouns, and after DET (ال).
fn farasa_bounds(segs: &[&str], tags: &[&str]) -> Bounds {
    let mut clitic = Vec::new();
    let mut det = Vec::new();
    let mut a = 0;
    let mut leading = true;
    for (i, (s, t)) in segs.iter().zip(tags).enumerate() {
        let len = s.chars().count();
        let is_pre = len == 1 && matches!(*t, "CONJ" | "PREP" | "FUT_PART" | "PART");
        if leading && is_pre && i + 1 < segs.len() {
            clitic.push(a + len);
        } else if leading && *t == "DET" && i + 1 < segs.len() {
            det.push(a + len);
        } else {
            leading = false;
        }
        if i + 1 == segs.len() && i > 0 && *t == "PRON" && OUR_PRONOUNS.contains(s) {
            clitic.push(a);
        }
        a += len;
    }
    clitic.dedup();
    (clitic, det)
}

fn our_bounds(word: &str, segs: &[Segment]) -> Bounds {
    let mut clitic = Vec::new();
    let mut det = Vec::new();
    let start = segs.first().map_or(0, |s| s.range.start);
    let chars_at = |b: usize| word[..b - start].chars().count();
    for (i, s) in segs.iter().enumerate() {
        match s.kind {
            SegmentKind::Conjunction | SegmentKind::Preposition | SegmentKind::Future => clitic.push(chars_at(s.range.end)),
            // The ل of لل (one letter): Farasa does not split it.
            SegmentKind::Article if s.range.len() > 2 => det.push(chars_at(s.range.end)),
            SegmentKind::Pronoun if i > 0 => clitic.push(chars_at(s.range.start)),
            _ => {}
        }
    }
    clitic.dedup();
    (clitic, det)
}

fn farasa(lex: &CliticLexicon, n_errors: usize) -> Result<()> {
    let p = shared::file("data/treebank/farasa-wikinews/WikiNews.pos.ref")?;
    let text = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
    let (mut n, mut ok_clitic, mut ok_all) = (0usize, 0usize, 0usize);
    let mut bp = Prf::default();
    let mut errors: HashMap<String, usize> = HashMap::new();
    let mut art_errors: HashMap<String, usize> = HashMap::new();
    let mut segs = Vec::new();
    for line in text.lines().skip(1) {
        let Some((seg, pos)) = line.split_once('\t') else { continue };
        let parts: Vec<&str> = seg.split('+').filter(|s| !s.is_empty()).collect();
        let tags: Vec<&str> = pos.split('+').collect();
        if parts.len() != tags.len() {
            continue;
        }
        let word: String = parts.concat();
        let tokens = tokenize(&word);
        if tokens.len() != 1 || tokens[0].kind != marsad_text::TokenKind::Arabic {
            continue;
        }
        n += 1;
        let mut gold = farasa_bounds(&parts, &tags);
        segs.clear();
        segment_token(&word, &Token { range: 0..word.len(), kind: marsad_text::TokenKind::Arabic }, lex, &mut segs);
        let mut sys = our_bounds(&word, &segs);
        if let Some(b) = ambiguous_na(&parts, &tags) {
            gold.0.retain(|&x| x != b);
            sys.0.retain(|&x| x != b);
        }
        let clitic_ok = gold.0 == sys.0;
        ok_clitic += usize::from(clitic_ok);
        ok_all += usize::from(clitic_ok && gold.1 == sys.1);
        bp.gold += gold.0.len();
        bp.sys += sys.0.len();
        bp.ok += sys.0.iter().filter(|b| gold.0.contains(b)).count();
        if !clitic_ok || gold.1 != sys.1 {
            let rendered: Vec<&str> = segs.iter().map(|s| &word[s.range.clone()]).collect();
            let map = if clitic_ok { &mut art_errors } else { &mut errors };
            *map.entry(format!("{word} → sys {} | gold {seg} {pos}", rendered.join("+"))).or_default() += 1;
        }
    }
    println!("Farasa WikiNews ({n} Arabic tokens)");
    println!("token accuracy, clitic boundaries (conj/prep/fut/pron): {:.4}", ok_clitic as f64 / n.max(1) as f64);
    println!("token accuracy, clitic + article boundaries:         {:.4}", ok_all as f64 / n.max(1) as f64);
    println!("{}", bp.line("clitic boundaries"));
    print_errors("Farasa", &errors, n_errors);
    print_errors("Farasa article-only", &art_errors, n_errors);
    Ok(())
}
