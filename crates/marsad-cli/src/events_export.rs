//! `marsad events-export`: events of `marsad analyze` output (JSON lines) as PLOVER JSON
//! records or as GDELT 2.0 event-table rows (tab-separated, the 61 published columns in order,
//! no header, like GDELT's own files). Events with the same type, actor codes, recipient codes,
//! date and place are merged across documents, with GDELT's NumMentions / NumSources /
//! NumArticles (`marsad_events::merge_across`).

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_engine::{merge_across, EventType, MergeKey, MergedCounts};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The GDELT 2.0 event table, in order (GDELT 2.0 Event Database codebook).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
];

#[derive(Args)]
pub struct ExportArgs {
    /// `marsad analyze` output (JSON lines); `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EventsFormat::Plover)]
    pub format: EventsFormat,
    /// Keep negated events (PLOVER: "negated events can be excluded"; excluded by default).
    #[arg(long)]
    pub keep_negated: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    /// PLOVER JSON lines (field names from the PLOVER 2.0 manual, "Data Fields").
    Plover,
    /// GDELT 2.0 event table (61 tab-separated columns).
    Gdelt,
}

/// One event with its document.
struct Rec {
    doc: usize,
    event: Value,
}

pub fn run(args: ExportArgs) -> Result<ExitCode> {
    let (name, reader): (String, Box<dyn BufRead>) = match &args.input {
        Some(p) if p.as_os_str() != "-" => (p.display().to_string(), Box::new(io::BufReader::new(std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?))),
        _ => ("<stdin>".into(), Box::new(io::stdin().lock())),
    };
    let mut docs: Vec<Value> = Vec::new();
    let mut recs: Vec<Rec> = Vec::new();
    let mut failed = false;
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("reading {name}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let mut doc: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("error: {name}: line {}: malformed JSON: {e}", i + 1);
                failed = true;
                continue;
            }
        };
        let events = doc.get_mut("events").map(Value::take).unwrap_or(Value::Null);
        for e in events.as_array().into_iter().flatten() {
            if !args.keep_negated && e["negated"].as_bool() == Some(true) {
                continue;
            }
            recs.push(Rec { doc: docs.len(), event: e.clone() });
        }
        docs.push(doc);
    }
    let keys: Vec<MergeKey> = recs.iter().filter_map(|r| merge_key(&r.event)).collect();
    anyhow::ensure!(keys.len() == recs.len(), "{name}: an event has an unknown PLOVER type");
    let sources: Vec<String> = recs.iter().map(|r| source_of(&docs[r.doc])).collect();
    let articles: Vec<String> = recs.iter().map(|r| docs[r.doc]["id"].as_str().unwrap_or("").to_string()).collect();
    let merged = merge_across(keys.iter().cloned().zip(sources.iter().map(String::as_str)).zip(articles.iter().map(String::as_str)).zip(recs.iter().map(|r| r.event["mentions"].as_u64().unwrap_or(1) as u32)).map(|(((k, s), a), m)| (k, s, a, m)));
    let mut out = BufWriter::new(io::stdout().lock());
    write_events(&mut out, args.format, merged.iter().map(|(_, counts)| {
        let r = &recs[counts.first];
        (&docs[r.doc], &r.event, *counts)
    }))?;
    out.flush()?;
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Write merged events (document, event in the `marsad analyze` shape, counts) as PLOVER JSON
/// lines or GDELT rows, numbered from 1. The one serializer of both `events-export` and
/// `export events`.
pub fn write_events<'a>(out: &mut impl Write, format: EventsFormat, events: impl Iterator<Item = (&'a Value, &'a Value, MergedCounts)>) -> Result<usize> {
    let mut n = 0;
    for (doc, event, counts) in events {
        n += 1;
        match format {
            EventsFormat::Plover => {
                serde_json::to_writer(&mut *out, &plover_record(n, doc, event, &counts))?;
                out.write_all(b"\n")?;
            }
            EventsFormat::Gdelt => {
                let row = gdelt_row(n, doc, event, &counts);
                debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
                out.write_all(row.join("\t").as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(n)
}

fn source_of(doc: &Value) -> String {
    if let Some(s) = doc["source"].as_str() {
        return s.to_string();
    }
    // The host of the URL stands for the source, else the document itself.
    doc["url"].as_str().and_then(|u| u.split("//").nth(1)).and_then(|h| h.split('/').next()).map(str::to_string).unwrap_or_else(|| doc["id"].as_str().unwrap_or("").to_string())
}

fn codes(ps: &Value) -> Vec<String> {
    let mut v: Vec<String> = ps.as_array().into_iter().flatten().map(|p| format!("{}{}", p["country"].as_str().unwrap_or(""), p["sector"].as_str().unwrap_or(""))).collect();
    v.sort();
    v
}

fn place_id(e: &Value) -> Option<String> {
    let p = e.get("place").filter(|p| !p.is_null())?;
    Some(p["geonames_id"].as_u64().map(|g| g.to_string()).unwrap_or_else(|| p["text"].as_str().unwrap_or("").to_string()))
}

fn merge_key(e: &Value) -> Option<MergeKey> {
    Some(MergeKey { event: EventType::parse(e["event"].as_str()?)?, actors: codes(&e["actors"]), recipients: codes(&e["recipients"]), date: e["date"].as_str().map(str::to_string), place: place_id(e) })
}

fn entity(p: &Value) -> Value {
    let mut o = json!({ "entity_text": p["text"] });
    if let Some(c) = p["country"].as_str() {
        o["code"] = json!(c);
    }
    if let Some(s) = p["sector"].as_str() {
        o["sector"] = json!(s);
    }
    if let Some(id) = p["id"].as_str() {
        o["identifier_id"] = json!(id);
    }
    o
}

fn plover_record(n: usize, doc: &Value, e: &Value, c: &marsad_engine::MergedCounts) -> Value {
    let mut r = json!({
        "id": format!("MARSAD-{}-{:04}", doc["id"].as_str().unwrap_or("doc"), n),
        "has_event": true,
        "date": e["date"],
        "actor": e["actors"].as_array().into_iter().flatten().map(entity).collect::<Vec<_>>(),
        "recipient": e["recipients"].as_array().into_iter().flatten().map(entity).collect::<Vec<_>>(),
        "event": [e["event"]],
        "event_text": [e["trigger"]["text"]],
        "quad_code": e["quad_class"],
        "event_scale": e["score"],
        "mode": e["mode"].as_str().map(|m| vec![m]).unwrap_or_default(),
        "context": e["context"],
        "text_info": { "start": e["sentence"]["start"], "end": e["sentence"]["end"] },
        "cite_info": { "citation": doc["id"], "url": doc["url"], "title": doc["title"], "language": "ar", "coder": "marsad-events", "codebook": "plover-2.0 (CAMEO codes in cameo)" },
        "coder": "marsad-events",
        "comment": e["provenance"],
        "cameo": e["cameo"],
        "num_mentions": c.num_mentions,
        "num_sources": c.num_sources,
        "num_articles": c.num_articles,
        "negated": e["negated"], "future": e["future"], "hypothetical": e["hypothetical"], "reported": e["reported"],
        "confidence": e["confidence"],
    });
    if let Some(p) = e.get("place").filter(|p| !p.is_null()) {
        r["event_loc"] = json!({ "extracted_place": p["text"], "resolved_place": p["name_en"], "geonameid": p["geonames_id"], "lat": p["lat"], "lon": p["lon"], "country_code": p["country_code"] });
    }
    r
}

/// Day of year (1-based) for the GDELT FractionDate.
fn day_of_year(y: i32, m: u32, d: u32) -> u32 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    cum[(m.clamp(1, 12) - 1) as usize] + d + (leap && m > 2) as u32
}

fn actor_cols(p: Option<&Value>) -> [String; 10] {
    let Some(p) = p else { return Default::default() };
    let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
    let sector = s("sector");
    let code = format!("{}{}", s("country"), sector);
    let t = |i: usize| sector.get(i * 3..i * 3 + 3).unwrap_or("").to_string();
    // Tabs and newlines cannot occur in a TSV field.
    let name = s("text").replace(['\t', '\n', '\r'], " ");
    [code, name, s("country"), String::new(), String::new(), String::new(), String::new(), t(0), t(1), t(2)]
}

fn gdelt_row(n: usize, doc: &Value, e: &Value, c: &marsad_engine::MergedCounts) -> Vec<String> {
    let date = e["date"].as_str().unwrap_or("");
    let (y, m, d) = (date.get(0..4).and_then(|x| x.parse::<i32>().ok()), date.get(5..7).and_then(|x| x.parse::<u32>().ok()), date.get(8..10).and_then(|x| x.parse::<u32>().ok()));
    let (day, month_year, year, fraction) = match (y, m, d) {
        (Some(y), Some(m), Some(d)) => (format!("{y:04}{m:02}{d:02}"), format!("{y:04}{m:02}"), y.to_string(), format!("{:.4}", y as f64 + day_of_year(y, m, d) as f64 / 365.0)),
        _ => Default::default(),
    };
    let cameo = e["cameo"].as_str().unwrap_or("").to_string();
    let mut row: Vec<String> = vec![n.to_string(), day.clone(), month_year, year, fraction];
    row.extend(actor_cols(e["actors"].as_array().and_then(|a| a.first())));
    row.extend(actor_cols(e["recipients"].as_array().and_then(|a| a.first())));
    let root = (e["sentence"]["start"].as_u64() == Some(0)) as u8;
    row.extend([
        root.to_string(),
        cameo.clone(),
        cameo.get(..3).unwrap_or(&cameo).to_string(),
        cameo.get(..2).unwrap_or(&cameo).to_string(),
        e["quad_class"].to_string(),
        format!("{:.1}", e["score"].as_f64().unwrap_or(0.0)),
        c.num_mentions.to_string(),
        c.num_sources.to_string(),
        c.num_articles.to_string(),
        String::new(), // AvgTone: no tone model
    ]);
    // Actor1Geo_*, Actor2Geo_*: actors are not geocoded.
    row.extend(std::iter::repeat_n(String::new(), 16));
    match e.get("place").filter(|p| !p.is_null()) {
        Some(p) => {
            // Geo_Type 1 = country, 4 = world city (GDELT codebook); GDELT's country codes are
            // FIPS 10-4, ours ISO 3166 alpha-2 (documented in docs/events.md).
            let is_country = p["geonames_id"].is_null() && p["lat"].is_null();
            let f = |v: &Value| v.as_f64().map(|x| format!("{x:.4}")).unwrap_or_default();
            row.extend([
                if is_country { "1" } else { "4" }.to_string(),
                p["name_en"].as_str().unwrap_or("").replace('\t', " "),
                p["country_code"].as_str().unwrap_or("").to_string(),
                String::new(),
                String::new(),
                f(&p["lat"]),
                f(&p["lon"]),
                p["geonames_id"].as_u64().map(|g| g.to_string()).unwrap_or_default(),
            ]);
        }
        None => row.extend(std::iter::repeat_n(String::new(), 8)),
    }
    let published = doc["published"].as_str().map(|p| p.get(..10).unwrap_or(p).replace('-', "")).unwrap_or_else(|| day.clone());
    row.push(if published.is_empty() { String::new() } else { format!("{published}000000") });
    row.push(doc["url"].as_str().unwrap_or_else(|| doc["id"].as_str().unwrap_or("")).replace(['\t', '\n'], " "));
    row
}
