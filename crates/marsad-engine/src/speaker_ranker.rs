//! A learned speaker ranker (session 12, issue #4): re-decides each quote's speaker among the
//! candidates the text offers, with the rule system's pick as one (heavily weighted) feature.
//!
//! Candidates of a quote: the person/organisation entities, the person-title phrases (الرئيس
//! الفرنسي ar-raʾīs al-faransī "the French president") and the body nouns (الوزارة al-wizāra "the
//! ministry") of the quote's sentence and the three sentences before it, the rule system's pick
//! (also when it lies further back), and "no speaker". Session 13 adds the subject noun phrase of
//! each reporting verb when no entity or title covers it (مصدر أمني "a security source"), and the
//! persons/organisations and earlier quotes' speakers named before the window, one per name. A candidate is named by the longest name
//! of the document actor it belongs to (as the engine names rule speakers). The score is linear
//! in sparse string features; the weights are a small text artifact built by `cargo xtask
//! quote-ranker --write resources/understand/speaker-ranker.tsv` from the development gold sets.
//!
//! Pure functions of the analysis (text, tokens, sentences, entities, actors, quotes) and the
//! weights; no I/O. Selected by [`crate::AnalysisConfig::full_ranked`]; the rules stay the default.

use std::collections::HashMap;
use std::ops::Range;

use marsad_ner::{Entity, EntityType};
use marsad_text::normalize::search_key;
use marsad_text::{Sentence, Token, TokenKind};
use marsad_understand::actors::{DocActor, MentionKind};
use marsad_understand::quotes::{is_reporting_word, is_speaker_body_noun, is_speaker_title, Quote, SpeakerSource};

/// What a candidate is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CandidateKind {
    Person,
    Org,
    Title,
    Body,
    /// The rule system's pick when no window candidate covers it (carried from further back).
    RuleOnly,
    /// The subject noun phrase of the reporting verb when no entity or title covers its head
    /// (session 13): مصدر أمني maṣdar amnī "a security source", المحلل السياسي "the political
    /// analyst", شهود عيان "eyewitnesses".
    Phrase,
    /// A person/organisation named, or an earlier quote's speaker, before the three-sentence
    /// window (session 13): carried speakers named further back.
    Far,
    /// No speaker.
    None,
}

/// One speaker candidate of a quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The mention (byte range), `None` for the "no speaker" candidate.
    pub mention: Option<Range<usize>>,
    /// The range that names it (the actor's longest name, else the mention).
    pub name: Option<Range<usize>>,
    pub kind: CandidateKind,
    /// Is this the rule system's pick?
    pub is_rule: bool,
    /// Sentences between the candidate and the quote's verb (0: same sentence).
    pub sentence_distance: usize,
    pub features: Vec<String>,
}

/// A weights file failed to parse.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RankerError {
    #[error("line {line}: expected `feature<TAB>weight`")]
    Format { line: usize },
    #[error("line {line}: weight {value:?} is not a finite number")]
    Weight { line: usize, value: String },
}

/// Linear weights over candidate features.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpeakerRanker {
    weights: HashMap<String, f64>,
}

impl SpeakerRanker {
    /// Parses `feature<TAB>weight` lines (`#` comments and blank lines skipped).
    pub fn parse(text: &str) -> Result<Self, RankerError> {
        let mut weights = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (f, w) = line.split_once('\t').ok_or(RankerError::Format { line: i + 1 })?;
            let x: f64 = w.trim().parse().ok().filter(|x: &f64| x.is_finite()).ok_or_else(|| RankerError::Weight { line: i + 1, value: w.to_string() })?;
            weights.insert(f.to_string(), x);
        }
        Ok(SpeakerRanker { weights })
    }

    /// Builds a ranker from weights (e.g. freshly trained).
    pub fn from_weights(weights: HashMap<String, f64>) -> Self {
        SpeakerRanker { weights }
    }

    /// The weights as `feature<TAB>weight` lines, sorted by feature (deterministic).
    pub fn to_text(&self) -> String {
        let mut w: Vec<(&String, &f64)> = self.weights.iter().filter(|(_, x)| x.abs() >= 5e-7).collect();
        w.sort_by(|a, b| a.0.cmp(b.0));
        w.iter().map(|(f, x)| format!("{f}\t{x:.6}\n")).collect()
    }

    /// The score of a candidate.
    pub fn score(&self, c: &Candidate) -> f64 {
        c.features.iter().map(|f| self.weights.get(f).copied().unwrap_or(0.0)).sum()
    }

    /// The best candidate (ties keep the earlier one; the rule pick comes first).
    pub fn best(&self, cands: &[Candidate]) -> Option<usize> {
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in cands.iter().enumerate() {
            let s = self.score(c);
            if best.is_none_or(|(_, b)| s > b + 1e-12) {
                best = Some((i, s));
            }
        }
        best.map(|(i, _)| i)
    }

    /// Re-decides every quote's speaker. Candidates are computed from the rule output of all
    /// quotes first, so that a decision never feeds the next quote's features.
    pub fn rerank(&self, text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity], actors: &[DocActor], quotes: &mut [Quote]) {
        let all = candidates(text, tokens, sentences, entities, actors, quotes);
        for (q, cands) in quotes.iter_mut().zip(all) {
            let Some(b) = self.best(&cands) else { continue };
            let c = &cands[b];
            if c.is_rule {
                continue;
            }
            match (&c.mention, &c.name) {
                (Some(m), name) => {
                    q.speaker = Some(m.clone());
                    q.speaker_head = name.clone().or_else(|| Some(m.clone()));
                    q.speaker_source = if c.sentence_distance == 0 { SpeakerSource::Explicit } else { SpeakerSource::Carried };
                }
                (None, _) => {
                    q.speaker = None;
                    q.speaker_head = None;
                    q.speaker_source = SpeakerSource::Unknown;
                }
            }
            q.provenance = "quote.ranker";
            q.speaker_rule = None;
        }
    }
}

fn words(s: &str) -> Vec<String> {
    let mut w: Vec<String> = search_key(s).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    w.sort();
    w.dedup();
    w
}

/// One name's words contained in the other's (the `eval-quotes` comparison).
pub fn same_name(a: &str, b: &str) -> bool {
    let (x, y) = (words(a), words(b));
    !x.is_empty() && !y.is_empty() && (x.iter().all(|w| y.contains(w)) || y.iter().all(|w| x.contains(w)))
}

fn bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=6 => "4-6",
        7..=10 => "7-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

fn is_prep(key: &str) -> bool {
    matches!(key, "علي" | "الي" | "في" | "من" | "عن" | "مع" | "ضد" | "بين" | "لدي" | "عند" | "حول" | "بعد" | "قبل" | "امام")
        || ((key.starts_with('ل') || key.starts_with('ب')) && key.chars().count() > 3 && key.chars().nth(1) == Some('ا') && key.chars().nth(2) == Some('ل'))
}

/// Words that end (or cannot start) a subject noun phrase: particles, pronouns, auxiliaries,
/// demonstratives, relatives and time words (search keys). General Arabic function words, no
/// names.
fn is_np_stop(key: &str) -> bool {
    let k = key.strip_prefix('و').filter(|r| r.chars().count() >= 2).unwrap_or(key);
    matches!(
        k,
        "ان" | "انه" | "انها" | "انهم" | "انهما" | "انني" | "اننا" | "بان" | "بانه" | "بانها" | "لان" | "كان" | "كانت" | "كانوا" | "قد" | "لقد"
            | "لا" | "لم" | "لن" | "ما" | "ماذا" | "هل" | "او" | "ثم" | "لكن" | "لكنه" | "بل" | "حتي" | "اذا" | "اذ" | "كما" | "مما" | "عما"
            | "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "هو" | "هي" | "هم" | "هما" | "انا" | "نحن" | "انت" | "هذا" | "هذه" | "ذلك"
            | "تلك" | "هولاء" | "هنا" | "هناك" | "ايضا" | "اليوم" | "امس" | "غدا" | "الان" | "يوم" | "مساء" | "صباح" | "ليل" | "الليله"
            | "صباحا" | "ليلا" | "نهارا" | "الاحد" | "الاثنين" | "الثلاثاء" | "الاربعاء" | "الخميس" | "الجمعه" | "السبت"
            | "خلال" | "عبر" | "وفق" | "وفقا" | "حسب" | "بحسب" | "نقلا" | "لدي" | "لها" | "له" | "لهم" | "عليه" | "عليها" | "فيه" | "فيها"
            | "منه" | "منها" | "عنه" | "عنها" | "الي" | "علي" | "في" | "من" | "عن" | "مع" | "ضد" | "بين" | "عند" | "حول" | "بعد" | "قبل"
            | "امام" | "دون" | "تحت" | "فوق" | "لدى" | "منذ" | "بينما" | "انما" | "بانهم" | "لانه" | "لانها"
    )
}

/// The subject noun phrase of a reporting verb at token `v`: the words right after it (verb
/// before subject, قال مصدر أمني "a security source said") or right before it (subject before
/// verb, المحلل السياسي قال), head first, with its adjectives or genitive: an indefinite word may
/// be followed by indefinite adjectives or a definite genitive, a definite word only by
/// definite words; at most `NP_CAP` words. `None` when the next word is a particle, a
/// preposition, a reporting word, punctuation, or lies inside an entity (already a candidate).
const NP_CAP: usize = 3;

fn np_word(tokens: &[Token], keys: &[String], quoted: &[bool], k: usize) -> bool {
    tokens[k].kind == TokenKind::Arabic && !quoted[k] && keys[k].chars().count() >= 2 && !is_np_stop(&keys[k]) && !is_prep(&keys[k]) && !is_reporting_word(&keys[k])
}

fn subject_np(tokens: &[Token], keys: &[String], quoted: &[bool], in_entity: &dyn Fn(usize) -> bool, sent: Range<usize>, v: usize, after: bool) -> Option<Range<usize>> {
    let def = |k: usize| keys[k].starts_with("ال") || keys[k].starts_with("وال");
    if after {
        let h = v + 1;
        if h >= sent.end || !np_word(tokens, keys, quoted, h) || in_entity(h) {
            return None;
        }
        let mut e = h + 1;
        let mut definite = def(h);
        while e < sent.end && e < h + NP_CAP && np_word(tokens, keys, quoted, e) && !in_entity(e) && !keys[e].starts_with('و') {
            if definite && !def(e) {
                break;
            }
            definite |= def(e);
            e += 1;
        }
        Some(h..e)
    } else {
        if v == 0 || v <= sent.start {
            return None;
        }
        let mut b = v;
        while b > sent.start && b + NP_CAP > v && np_word(tokens, keys, quoted, b - 1) && !in_entity(b - 1) {
            b -= 1;
            if keys[b].starts_with('و') && !keys[b].starts_with("وز") {
                break;
            }
        }
        // Drop leading words until the phrase reads head-first (an indefinite word may only be
        // followed by what a head may be followed by; a definite one by definite words).
        while b < v && (b + 1..v).any(|k| def(k - 1) && !def(k)) {
            b += 1;
        }
        (b < v).then_some(b..v)
    }
}

fn source_name(s: SpeakerSource) -> &'static str {
    match s {
        SpeakerSource::Explicit => "explicit",
        SpeakerSource::Carried => "carried",
        SpeakerSource::Unknown => "unknown",
    }
}

/// The candidates of every quote (parallel to `quotes`), the rule pick first.
pub fn candidates(text: &str, tokens: &[Token], sentences: &[Sentence], entities: &[Entity], actors: &[DocActor], quotes: &[Quote]) -> Vec<Vec<Candidate>> {
    if tokens.is_empty() {
        return quotes.iter().map(|_| Vec::new()).collect();
    }
    let keys: Vec<String> = tokens.iter().map(|t| if matches!(t.kind, TokenKind::Arabic | TokenKind::Punct) { text.get(t.range.clone()).map(|s| search_key(s).into_owned()).unwrap_or_default() } else { String::new() }).collect();
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.end <= b).min(tokens.len() - 1);
    let mut sent_of = vec![0usize; tokens.len()];
    for (si, s) in sentences.iter().enumerate() {
        for k in s.tokens.clone().filter(|&k| k < tokens.len()) {
            sent_of[k] = si;
        }
    }
    let get = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
    // The name a mention stands for: the longest name of its document actor, when longer.
    let resolve = |r: &Range<usize>| -> Range<usize> {
        let actor = actors.iter().find(|ac| ac.mentions.iter().any(|m| m.range.start < r.end && r.start < m.range.end));
        match actor.and_then(|ac| ac.mentions.iter().filter(|m| m.kind == MentionKind::Name).max_by_key(|m| m.range.len())) {
            Some(m) if m.range.len() > r.len() => m.range.clone(),
            _ => r.clone(),
        }
    };
    let people: Vec<(Range<usize>, CandidateKind)> = entities
        .iter()
        .filter_map(|e| match e.kind {
            EntityType::Person => Some((e.range.clone(), CandidateKind::Person)),
            EntityType::Organization => Some((e.range.clone(), CandidateKind::Org)),
            _ => None,
        })
        .collect();
    let in_entity = |k: usize| entities.iter().any(|e| e.range.start < tokens[k].range.end && tokens[k].range.start < e.range.end);
    // Title and body-noun phrases: the title word and up to three definite words after it.
    // (session 28) Not a function word whose search key opens like the article: الى ilā "to"
    // (key الي), التي/الذي allatī/alladhī "which", الان al-ān "now" (نوهت الوزارة إلى …
    // nawwahat al-wizāra ilā "the ministry pointed to …" is الوزارة, not الوزارة إلى).
    let mut phrases: Vec<(Range<usize>, CandidateKind)> = Vec::new();
    for k in 0..tokens.len() {
        if tokens[k].kind != TokenKind::Arabic || in_entity(k) {
            continue;
        }
        let kind = if is_speaker_title(&keys[k]) {
            CandidateKind::Title
        } else if is_speaker_body_noun(&keys[k]) {
            CandidateKind::Body
        } else {
            continue;
        };
        let mut e = k + 1;
        while e < tokens.len() && e < k + 4 && tokens[e].kind == TokenKind::Arabic && keys[e].starts_with("ال") && !is_prep(&keys[e]) && !is_np_stop(&keys[e]) && !in_entity(e) && !is_reporting_word(&keys[e]) {
            e += 1;
        }
        phrases.push((tokens[k].range.start..tokens[e - 1].range.end, kind));
    }
    // Inside quotation marks, per token.
    let mut quoted = vec![false; tokens.len()];
    let mut open = false;
    for k in 0..tokens.len() {
        let s = get(&tokens[k].range);
        if matches!(s, "«" | "“") || (s == "\"" && !open) {
            open = true;
        } else if matches!(s, "»" | "”") || (s == "\"" && open) {
            open = false;
        } else {
            quoted[k] = open;
        }
    }
    // Subject noun phrases of every quote's reporting verb (both sides), when no entity, title
    // or body-noun phrase already starts there: candidates for that quote and the next ones.
    let ent_ref = &in_entity;
    let mut nps: Vec<(Range<usize>, CandidateKind)> = Vec::new();
    for q in quotes {
        if q.verb.is_empty() {
            continue;
        }
        let v = tok_at(q.verb.start);
        let Some(sent) = sentences.get(sent_of[v]).map(|s| s.tokens.start..s.tokens.end.min(tokens.len())) else { continue };
        for after in [true, false] {
            let Some(np) = subject_np(tokens, &keys, &quoted, ent_ref, sent.clone(), v, after) else { continue };
            let mut start = tokens[np.start].range.start;
            // A conjunction و written on the first word (والمحلل wa-l-muḥallil) is not part of it.
            if keys[np.start].starts_with("وال") {
                start += 'و'.len_utf8();
            }
            let r = start..tokens[np.end - 1].range.end;
            let taken = people.iter().chain(phrases.iter()).chain(nps.iter()).any(|(x, _)| x.start < tokens[np.start].range.end && tokens[np.start].range.start < x.end);
            if !taken {
                nps.push((r, CandidateKind::Phrase));
            }
        }
    }
    let sys_name = |q: &Quote| q.speaker_head.clone().or_else(|| q.speaker.clone()).map(|r| get(&r).to_string());
    let mut out = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let sys = sys_name(q);
        let v = tok_at(q.verb.start);
        let si = sent_of[v];
        let first_sent = si.saturating_sub(3);
        let rule_range = q.speaker_head.clone().or_else(|| q.speaker.clone());
        let src = source_name(q.speaker_source);
        let prov = q.provenance;
        let verb_key = &keys[v];
        let vform = if verb_key.starts_with('و') && verb_key.chars().count() > 3 {
            "wa"
        } else if verb_key.ends_with('ا') || verb_key.ends_with('ه') {
            "ptc"
        } else {
            "bare"
        };
        // Grammatical gender of the verb: feminine past (قالت qālat), present (تقول taqūl) or
        // participle (مضيفة muḍīfa, search key in ه).
        let bare_verb = verb_key.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(verb_key);
        let vfem = bare_verb.ends_with('ت') || bare_verb.starts_with('ت') || (vform == "ptc" && bare_verb.ends_with('ه'));
        // Earlier quotes' speakers (rule output).
        let prev_names: Vec<String> = quotes[..qi].iter().filter_map(sys_name).collect();
        let mut all: Vec<(Range<usize>, CandidateKind)> = people
            .iter()
            .chain(phrases.iter())
            .chain(nps.iter())
            .filter(|(r, _)| {
                let k = tok_at(r.start);
                sent_of[k] >= first_sent && sent_of[k] <= si
            })
            .cloned()
            .collect();
        all.sort_by_key(|(r, _)| (r.start, r.end));
        // Further back: persons/organisations named before the window and earlier quotes'
        // speakers (rule output), one per name (the latest mention), unless a window candidate
        // has the same name.
        let mut far: Vec<(Range<usize>, CandidateKind)> = Vec::new();
        let earlier_speakers = quotes[..qi].iter().filter_map(|p| p.speaker.clone());
        let before_window: Vec<Range<usize>> = people.iter().map(|(r, _)| r.clone()).chain(earlier_speakers).filter(|r| sent_of[tok_at(r.start)] < first_sent).collect();
        for r in before_window.iter().rev() {
            let n = get(&resolve(r)).to_string();
            let dup = all.iter().chain(far.iter()).any(|(x, _)| same_name(get(&resolve(x)), &n));
            if !dup && !n.is_empty() {
                far.push((r.clone(), CandidateKind::Far));
            }
        }
        all.extend(far);
        let near_before = all.iter().rev().find(|(r, _)| r.end <= q.verb.start && sent_of[tok_at(r.start)] == si).map(|(r, _)| r.start);
        let near_after = all.iter().find(|(r, _)| r.start >= q.verb.end && sent_of[tok_at(r.start)] == si).map(|(r, _)| r.start);
        let mut cands: Vec<Candidate> = Vec::new();
        let mut rule_covered = false;
        for (r, kind) in &all {
            let is_rule = rule_range.as_ref().is_some_and(|rr| rr.start < r.end && r.start < rr.end);
            rule_covered |= is_rule;
            let name = if is_rule { rule_range.clone().unwrap_or_else(|| resolve(r)) } else { resolve(r) };
            let name_text = get(&name).to_string();
            let k = tok_at(r.start);
            let ke = tok_at(r.end.saturating_sub(1));
            let sd = si - sent_of[k];
            let (side, dist) = if r.end <= q.verb.start { ("before", v.saturating_sub(ke)) } else { ("after", k.saturating_sub(v)) };
            let mut f: Vec<String> = vec![format!("kind:{kind:?}")];
            if is_rule {
                f.push("rule:pick".into());
                f.push(format!("rule:pick&{prov}"));
                f.push(format!("rule:pick&{src}"));
            } else if sys.as_deref().is_some_and(|s| same_name(s, &name_text)) {
                f.push("rule:same-name".into());
            }
            // The mention where the rules found their speaker, when they named it by another
            // mention (a title resolved to a name, a carried speaker's first wording).
            if !is_rule && q.speaker.as_ref().is_some_and(|sp| sp.start < r.end && r.start < sp.end) {
                f.push(format!("rule:at-mention&{src}"));
            }
            f.push(format!("sent:{}", bucket(sd)));
            f.push(format!("sent:{}&{kind:?}", bucket(sd)));
            if *kind == CandidateKind::Far {
                f.push(format!("sent:far&{vform}"));
            }
            if *kind == CandidateKind::Phrase {
                let def = keys[k].starts_with("ال") || keys[k].starts_with("وال");
                f.push(format!("np:{side}&{}", if def { "def" } else { "indef" }));
                f.push(format!("np:words{}", (ke + 1 - k).min(NP_CAP)));
                if sd == 0 && dist <= 1 {
                    f.push(format!("np:subject-of-verb&{side}"));
                }
            }
            f.push(format!("dist:{side}{}", bucket(dist)));
            f.push(format!("dist:{side}{}&{vform}", bucket(dist)));
            if sd == 0 && Some(r.start) == near_before {
                f.push("pos:nearest-before".into());
            }
            if sd == 0 && Some(r.start) == near_after {
                f.push(format!("pos:nearest-after&{vform}"));
            }
            if sd == 0 && side == "after" && dist <= 2 {
                f.push(format!("pos:right-after-verb&{kind:?}"));
            }
            if r.start >= q.verb.end && r.end <= q.content.start {
                f.push(format!("pos:between-verb-and-content&{kind:?}"));
            }
            f.push(format!("rule:{src}&{side}&sd{}", sd.min(1)));
            let cfem = keys[k].ends_with('ه') || keys[k].ends_with("ات");
            f.push(format!("agr:v{}&c{}&{kind:?}", if vfem { "f" } else { "m" }, if cfem { "f" } else { "m" }));
            let sent_start = sentences.get(sent_of[k]).map_or(0, |s| s.tokens.start);
            if k <= sent_start + 2 {
                f.push("pos:sentence-initial".into());
            }
            if r.start >= q.content.start && r.end <= q.content.end {
                f.push("ctx:in-content".into());
            }
            if quoted[k] {
                f.push("ctx:quoted".into());
            }
            if k > 0 && is_prep(&keys[k - 1]) {
                f.push("ctx:after-prep".into());
            }
            if k > 0 && is_prep(&keys[k]) {
                f.push("ctx:prep-clitic".into());
            }
            if k > 0 && is_speaker_title(&keys[k - 1]) {
                f.push("ctx:after-title".into());
            }
            if k > 0 && is_reporting_word(&keys[k - 1]) {
                f.push("ctx:after-reporting-word".into());
            }
            let mentions = people.iter().filter(|(e, _)| same_name(get(e), &name_text)).count();
            f.push(format!("doc:mentions{}", bucket(mentions.min(4))));
            if prev_names.last().is_some_and(|p| same_name(p, &name_text)) {
                f.push(format!("prev:last-speaker&{vform}"));
            } else if prev_names.iter().any(|p| same_name(p, &name_text)) {
                f.push("prev:earlier-speaker".into());
            }
            // Every feature again, conjoined with how the rules found their speaker
            // (explicit mention, carried, none): the rules are reliable on explicit subjects
            // and weak on carries.
            let conj: Vec<String> = f.iter().filter(|x| !x.starts_with("rule:")).map(|x| format!("xsrc:{src}&{x}")).collect();
            f.extend(conj);
            cands.push(Candidate { mention: Some(r.clone()), name: Some(name), kind: *kind, is_rule, sentence_distance: sd, features: f });
        }
        if let (Some(rr), false) = (&rule_range, rule_covered) {
            let mut f = vec!["kind:RuleOnly".to_string(), "rule:pick".into(), format!("rule:pick&{prov}"), format!("rule:pick&{src}")];
            if prev_names.last().zip(sys.as_deref()).is_some_and(|(p, s)| same_name(p, s)) {
                f.push(format!("prev:last-speaker&{vform}"));
            }
            cands.push(Candidate { mention: q.speaker.clone().or_else(|| Some(rr.clone())), name: Some(rr.clone()), kind: CandidateKind::RuleOnly, is_rule: true, sentence_distance: 0, features: f });
        }
        let none_f = vec!["kind:None".to_string(), format!("kind:None&{vform}"), format!("rule:none&{}", rule_range.is_none())];
        cands.push(Candidate { mention: None, name: None, kind: CandidateKind::None, is_rule: rule_range.is_none(), sentence_distance: 0, features: none_f });
        // The rule pick first, so that ties keep the rules' decision.
        cands.sort_by_key(|c| !c.is_rule);
        out.push(cands);
    }
    out
}
