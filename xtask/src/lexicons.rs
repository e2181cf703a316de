//! `cargo xtask build-lexicons`: rebuild `resources/text/clitics.lex` from `../shared`.
//!
//! * word frequencies: ANT corpus v2.1 (Apache-2.0), `text` and `title` fields, exact duplicate
//!   articles skipped; only folded word types seen at least `MIN_COUNT` times are kept;
//! * name flags (`P`): gazetteers with permissive licences (CLDR, GeoNames, arwikicats, NERAr
//!   Arabic-French pairs, Wikidata name tokens); never iso-codes (LGPL) nor PADT (non-commercial);
//! * never-split flags (`N`): the hand-written list [`NEVER_SPLIT`] below.
//!
//! Article text is never written out: only word types and counts.
use crate::shared;
use anyhow::{Context, Result};
use marsad_text::clitic::fold_key;
use marsad_text::lexicon::{format_line, CliticLexicon, FLAG_NAME, FLAG_NEVER_SPLIT};
use std::collections::BTreeMap;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};

/// Corpus types rarer than this are dropped (keeps the artifact small).
const MIN_COUNT: u32 = 3;

/// Fixed words whose letters look like clitic + word; written by hand for this project.
/// Each line: words, then a gloss comment.
const NEVER_SPLIT: &str = "
الله اللهم            # allāh 'God' (not ال + له)
الى الي الا           # ilā 'to', illā 'except' (unhamzated)
الذي التي الذين اللذين اللذان اللتان اللتين اللاتي اللواتي اللائي   # relative pronouns
الان الآن             # al-ān 'now' (not ال + ان)
الولايات              # al-wilāyāt 'the (United) States'
البانيا ألبانيا          # albāniyā 'Albania'
لافروف                # lāfrūf 'Lavrov'
ليس ليست ليسوا ليسا لست لسنا  # laysa 'is not'
لكن                   # lākin 'but' (not ل + كن; لكنه is لكن + ه)
بين بينما              # bayna 'between', baynamā 'while'
كان كانت كانوا كانا كانتا  # kāna 'was'
مع                    # maʿa 'with'
ذلك تلك هناك هنالك اولئك أولئك  # demonstratives ending in ك (not a pronoun)
فقط                   # faqaṭ 'only'
فكرة                  # fikra 'idea' (not ف + كرة 'ball')
واحد واحدة            # wāḥid 'one' (not و + أحد)
ولي                   # waliyy 'guardian, heir' (ولي العهد)
وادي                  # wādī 'valley'
كلما                  # kullamā 'whenever'
كما                   # kamā 'as' (kept whole, as UD and Farasa do)
لقد                   # laqad 'indeed' (kept whole, as Farasa does)
لدى                   # ladā 'at, with'
لذا                   # li-dhā 'therefore' kept whole
بعد                   # baʿda 'after'
كيف                   # kayfa 'how'
فيما                  # fīmā 'while, as for'
";

pub fn run(args: &[String]) -> Result<()> {
    let _ = args;
    let corpus = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    eprintln!("counting words in {}", corpus.display());
    let counts = count_corpus(&corpus)?;
    eprintln!("{} word types", counts.len());

    let mut lex: BTreeMap<String, (u32, u8)> = BTreeMap::new();
    let mut insert = |k: &str, c: u32, f: u8| {
        let e = lex.entry(k.to_string()).or_default();
        e.0 += c;
        e.1 |= f;
    };
    let mut kept = 0usize;
    for (k, &c) in &counts {
        if c >= MIN_COUNT {
            insert(k, c, 0);
            kept += 1;
        }
    }
    eprintln!("{kept} types with count >= {MIN_COUNT}");

    let names = gazetteer_tokens()?;
    let mut name_flags = 0usize;
    let mut dropped = 0usize;
    for k in &names {
        // A token that is a clitic + a more frequent name token (لمصر, وبغداد) is not itself a
        // name; بكين "Beijing" stays one although كين "Keen" is a name too.
        if let Some(rest) = k.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
            let count = |w: &str| counts.get(w).copied().unwrap_or(0);
            if names.contains(rest) && count(rest) >= count(k) {
                continue;
            }
        }
        // Nor is a word + pronoun whose word is about as frequent (كونها، والده: noise in the lists).
        let count = |w: &str| counts.get(w).copied().unwrap_or(0);
        if let Some(host) = ["هما", "هم", "ها", "ه"].iter().find_map(|p| k.strip_suffix(p)) {
            if host.chars().count() >= 3 && count(host) * 2 >= count(k) && count(k) >= MIN_COUNT {
                dropped += 1;
                continue;
            }
        }
        // The count (if any) is already in; only add the flag.
        insert(k, 0, FLAG_NAME);
        name_flags += 1;
    }
    eprintln!("{name_flags} name tokens ({dropped} word + pronoun forms left out)");

    for line in NEVER_SPLIT.lines() {
        let words = line.split('#').next().unwrap_or("");
        for w in words.split_whitespace() {
            let mut k = String::new();
            anyhow::ensure!(fold_key(w, &mut k), "bad never-split word {w:?}");
            insert(&k, 0, FLAG_NEVER_SPLIT);
        }
    }

    let mut text = String::from(
        "# marsad clitic lexicon v1: folded word<TAB>corpus count[<TAB>flags N=never split, P=name]\n\
         # built by `cargo xtask build-lexicons` from ../shared; sources and licences in resources/NOTICE\n",
    );
    for (k, (c, f)) in &lex {
        text.push_str(&format_line(k, *c, *f));
    }
    // Make sure what we write parses.
    let parsed = CliticLexicon::parse(&text).context("built lexicon does not parse")?;
    anyhow::ensure!(parsed.len() == lex.len(), "hash collision in the lexicon: {} keys, {} entries", lex.len(), parsed.len());
    let out = shared::repo_root().join("resources/text/clitics.lex");
    std::fs::create_dir_all(out.parent().context("no parent")?)?;
    std::fs::write(&out, &text).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} entries, {} bytes)", out.display(), lex.len(), text.len());
    Ok(())
}

#[derive(serde::Deserialize)]
struct Doc {
    #[serde(default)]
    title: String,
    #[serde(default)]
    text: String,
}

fn count_corpus(path: &std::path::Path) -> Result<HashMap<String, u32>> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut seen: HashSet<u64> = HashSet::new();
    let mut key = String::new();
    let mut docs = 0usize;
    for (i, line) in r.lines().enumerate() {
        let line = line.with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        let doc: Doc = serde_json::from_str(&line).with_context(|| format!("{}: line {}", path.display(), i + 1))?;
        if !seen.insert(hash(&doc.text)) {
            continue;
        }
        docs += 1;
        for t in [&doc.title, &doc.text] {
            for tok in marsad_text::tokenize(t) {
                if tok.kind != marsad_text::TokenKind::Arabic {
                    continue;
                }
                key.clear();
                if fold_key(&t[tok.range.clone()], &mut key) && !key.is_empty() {
                    match counts.get_mut(key.as_str()) {
                        Some(c) => *c += 1,
                        None => {
                            counts.insert(key.clone(), 1);
                        }
                    }
                }
            }
        }
    }
    eprintln!("{docs} distinct articles");
    Ok(counts)
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// Folded single tokens of gazetteer names.
fn gazetteer_tokens() -> Result<HashSet<String>> {
    let mut names: Vec<String> = Vec::new();
    let g = "data/lexicons/gazetteers/";
    tsv_column(&mut names, &format!("{g}cldr_ar_territories.tsv"), 3)?;
    tsv_column(&mut names, &format!("{g}cldr_ar_subdivisions.tsv"), 2)?;
    tsv_column(&mut names, &format!("{g}geonames_ar_labelled_cities_libgeonames.tsv"), 1)?;
    tsv_column(&mut names, &format!("{g}geonames_cities15000_arabic_script.tsv"), 7)?;
    tsv_column(&mut names, &format!("{g}nerar_dics_bsd2/dico-bi-ar-fr.PERS.norm.arabic.tsv"), 0)?;
    tsv_column(&mut names, &format!("{g}nerar_dics_bsd2/dico-bi-ar-fr.LOC.norm.arabic.tsv"), 0)?;
    tsv_column(&mut names, "data/lexicons/wikidata-name-tokens/name_tokens_en_ar.tsv", 1)?;
    for f in ["peoples.json", "cities_full.json"] {
        let p = shared::file(&format!("{g}arwikicats_0.2.3/{f}"))?;
        let m: HashMap<String, String> = serde_json::from_str(&std::fs::read_to_string(&p)?).with_context(|| format!("parsing {}", p.display()))?;
        names.extend(m.into_values());
    }
    let mut out = HashSet::new();
    let mut key = String::new();
    for name in &names {
        for tok in name.split(|c: char| c.is_whitespace() || c == '|' || c.is_ascii_punctuation() || c == '،') {
            key.clear();
            if fold_key(tok, &mut key) && key.chars().count() >= 2 {
                out.insert(key.clone());
            }
        }
    }
    Ok(out)
}

fn tsv_column(out: &mut Vec<String>, rel: &str, col: usize) -> Result<()> {
    let p = shared::file(rel)?;
    let text = std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
    for line in text.lines().skip(usize::from(!rel.contains("nerar"))) {
        if let Some(v) = line.split('\t').nth(col) {
            out.push(v.to_string());
        }
    }
    Ok(())
}
