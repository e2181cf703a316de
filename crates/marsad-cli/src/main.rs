//! `marsad`: the command-line front end. Glue only: argument parsing, I/O, serialization.

mod analyze;
mod events;
mod export;
mod html;
mod ingest;
mod events_export;
mod search;
mod serve;
mod sources;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "marsad", version, about = "Marsad (مرصد): structured, searchable facts from Arabic news")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze text: tokens, sentences, clitic segments, search keys (JSON on stdout).
    Analyze(analyze::AnalyzeArgs),
    /// Ingest documents into the data directory: analyze, store, deduplicate, index.
    Ingest(ingest::IngestArgs),
    /// Search the ingested documents.
    Search(search::SearchArgs),
    /// The events of the data directory (merged per cluster), filtered or aggregated.
    Events(events::EventsArgs),
    /// Export analysis rows of the data directory: entities, quotes (CSV, Parquet), events
    /// (CSV, Parquet, GDELT 2.0 TSV, PLOVER JSON).
    Export(export::ExportArgs),
    /// Export the events of `marsad analyze` output as PLOVER JSON lines or GDELT 2.0 TSV,
    /// merged across documents.
    EventsExport(events_export::ExportArgs),
    /// Serve the HTTP API and the web app over the data directory.
    Serve(serve::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Search(args) => search::run(args),
        Command::Events(args) => events::run(args),
        Command::Export(args) => export::run(args),
        Command::EventsExport(args) => events_export::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("marsad: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// True when the error chain ends in a broken pipe (e.g. `marsad analyze … | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io;
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(io::ErrorKind::BrokenPipe)
    })
}
