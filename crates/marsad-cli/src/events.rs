//! `marsad events`: the cluster-merged events of the data directory, filtered, as a table,
//! JSON lines or CSV; or aggregated (`--by type|pair --per day|week|month`).

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use marsad_archive::export::{self, Cell};
use marsad_archive::{aggregate, Archive, EventFilter, GroupBy, MergedEvent, Period};
use marsad_engine::{MergedCounts, Resources};
use marsad_store::ParticipantRow;
use serde_json::{json, Value};

use crate::export::Csv;

#[derive(Args)]
pub struct EventsArgs {
    /// Data directory.
    #[arg(long, default_value = marsad_archive::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Source actor: CAMEO code (IRN, IRNGOV; prefix), actor id, or name (ظريف).
    #[arg(long)]
    pub actor: Option<String>,
    /// Target actor, like --actor.
    #[arg(long)]
    pub recipient: Option<String>,
    /// PLOVER event types (comma-separated or repeated): ACCUSE, ASSAULT, …
    #[arg(long = "type", value_delimiter = ',')]
    pub types: Vec<String>,
    /// Event dates A..B, A.., ..B or A (YYYY, YYYY-MM or YYYY-MM-DD; inclusive).
    #[arg(long)]
    pub date: Option<String>,
    /// Place: Arabic or English name, GeoNames id, or ISO country code.
    #[arg(long)]
    pub place: Option<String>,
    /// Keep negated events (left out by default, as PLOVER recommends).
    #[arg(long)]
    pub keep_negated: bool,
    /// Count events by type or by (source, target) pair per period instead of listing them.
    #[arg(long, value_enum)]
    pub by: Option<By>,
    /// Period of the counts (with --by; default month).
    #[arg(long, value_enum)]
    pub per: Option<Per>,
    /// JSON lines on stdout.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// CSV on stdout (the columns of `marsad export events --format csv`).
    #[arg(long)]
    pub csv: bool,
    /// At most this many events (0: all).
    #[arg(long, short = 'n', default_value_t = 0)]
    pub limit: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Type,
    Pair,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Per {
    Day,
    Week,
    Month,
}

pub fn run(args: EventsArgs) -> Result<ExitCode> {
    let resources = Arc::new(Resources::embedded().context("loading embedded resources")?);
    let archive = Archive::open_existing(&args.data, resources)?;
    let mut filter = EventFilter { actor: args.actor.clone(), recipient: args.recipient.clone(), place: args.place.clone(), keep_negated: args.keep_negated, ..EventFilter::default() };
    filter = filter.with_types(&args.types)?;
    if let Some(d) = &args.date {
        filter = filter.with_dates(d)?;
    }
    let mut events = archive.events(&filter)?;
    let mut w = BufWriter::new(io::stdout().lock());
    if let Some(by) = args.by {
        let by = match by {
            By::Type => GroupBy::Type,
            By::Pair => GroupBy::Pair,
        };
        let per = match args.per.unwrap_or(Per::Month) {
            Per::Day => Period::Day,
            Per::Week => Period::Week,
            Per::Month => Period::Month,
        };
        let rows = aggregate(&events, by, per);
        if args.json {
            for r in &rows {
                serde_json::to_writer(&mut w, &json!({"period": r.period, "key": r.key, "events": r.events, "mentions": r.mentions, "articles": r.articles}))?;
                writeln!(w)?;
            }
        } else if args.csv {
            let mut csv = Csv(&mut w);
            csv.write(["period", "key", "events", "mentions", "articles"].into_iter().map(str::to_string))?;
            for r in &rows {
                csv.write([r.period.clone(), r.key.clone(), r.events.to_string(), r.mentions.to_string(), r.articles.to_string()].into_iter())?;
            }
        } else {
            writeln!(w, "{:<10}  {:>6}  {:>8}  {:>8}  {}", "period", "events", "mentions", "articles", if by == GroupBy::Type { "type" } else { "source → target" })?;
            for r in &rows {
                writeln!(w, "{:<10}  {:>6}  {:>8}  {:>8}  {}", r.period, r.events, r.mentions, r.articles, r.key)?;
            }
        }
        w.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.limit > 0 {
        events.truncate(args.limit);
    }
    if args.json {
        for e in &events {
            let (doc, mut ev) = event_value(e);
            ev["doc"] = doc;
            ev["cluster"] = json!(e.cluster);
            ev["num_mentions"] = json!(e.num_mentions);
            ev["num_sources"] = json!(e.num_sources);
            ev["num_articles"] = json!(e.num_articles);
            serde_json::to_writer(&mut w, &ev)?;
            writeln!(w)?;
        }
    } else if args.csv {
        let mut csv = Csv(&mut w);
        csv.write(export::EVENT_COLUMNS.iter().map(|c| c.0.to_string()))?;
        for e in &events {
            csv.write(export::event_cells(e).iter().map(Cell::text))?;
        }
    } else {
        human(&mut w, &events)?;
    }
    w.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn who(ps: &[ParticipantRow]) -> String {
    let v: Vec<String> = ps.iter().map(|p| if p.code().is_empty() { p.text.clone() } else { format!("{} ({})", p.text, p.code()) }).collect();
    if v.is_empty() {
        "-".into()
    } else {
        v.join(", ")
    }
}

fn human(w: &mut impl Write, events: &[MergedEvent]) -> io::Result<()> {
    writeln!(w, "{} events", events.len())?;
    for e in events {
        let r = &e.row;
        let mode = r.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default();
        let place = r.place.as_ref().map(|p| format!("  @ {}", p.name_en.as_deref().unwrap_or(&p.text))).unwrap_or_default();
        writeln!(
            w,
            "\n{:>4}. {}  {}{} ({})  {} → {}{}",
            e.number,
            r.date.as_deref().unwrap_or("undated"),
            r.kind,
            mode,
            r.cameo,
            who(&r.actors),
            who(&r.recipients),
            place
        )?;
        writeln!(w, "      «{}»  {} [{}]  mentions {}, sources {}, articles {}", r.trigger.text, e.doc_id, e.source.as_deref().unwrap_or("-"), e.num_mentions, e.num_sources, e.num_articles)?;
    }
    Ok(())
}

/// A merged event as (document, event) in the shape of `marsad analyze`'s `events` entries,
/// which the PLOVER/GDELT serializers read (the event body: [`marsad_json::stored_event_json`]).
pub fn event_value(e: &MergedEvent) -> (Value, Value) {
    let doc = json!({"id": e.doc_id, "url": e.url, "title": e.title, "source": e.source, "published": e.published});
    (doc, marsad_json::stored_event_json(&e.row))
}

/// GDELT counts of a merged event.
pub fn counts(e: &MergedEvent) -> MergedCounts {
    MergedCounts { num_mentions: e.num_mentions, num_sources: e.num_sources, num_articles: e.num_articles, first: 0 }
}
