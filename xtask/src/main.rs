//! `cargo xtask <command>`: project automation. Every artifact in `resources/` is rebuilt by
//! one of these commands from `../shared` (or `$MARSAD_SHARED`).

mod actors;
mod bench;
mod bench_ingest;
mod bench_search;
mod bench_serve;
mod conformance;
mod eval_events;
mod eval_quotes;
mod eval_seg;
mod gbt;
mod lexicons;
mod ner;
mod quote_agreement;
mod quote_ranker;
mod shared;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => ("help", &[][..]),
    };
    match cmd {
        "build-lexicons" => lexicons::run(rest),
        "eval-segmentation" => eval_seg::run(rest),
        "eval-quotes" => eval_quotes::run(rest),
        "quote-agreement" => quote_agreement::run(rest),
        "quote-ranker" => quote_ranker::run(rest),
        "eval-events" => eval_events::run(rest),
        "bench-events" => eval_events::bench(rest),
        "conformance" => conformance::run(rest),
        "bench-text" => bench::run(rest),
        "train-ner" => ner::train(rest),
        "eval-ner" => ner::eval(rest),
        "bench-ner" => ner::bench(rest),
        "dump-ner" => ner::dump(rest),
        "build-actors" => actors::run(rest),
        "eval-actors" => actors::eval(rest),
        "bench-search" => bench_search::run(rest),
        "bench-ingest" => bench_ingest::run(rest),
        "bench-serve" => bench_serve::run(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\
                 \n  build-lexicons      rebuild resources/text/* from ../shared\
                 \n  eval-segmentation   UD Arabic-PUD sentence + word F1, Farasa WikiNews accuracy\
                 \n  eval-quotes         quote detection P/R/F1 + speaker accuracy on docs/gold/quotes-ant30.jsonl\
                 \n  quote-agreement     agreement of two annotators' quote files (human ceiling of eval-quotes)\
                 \n  quote-ranker        experiment: learned speaker ranker, oracle coverage and leave-one-set-out CV (docs/quotes.md)\
                 \n  eval-events         event coding on the GSR dev set + false positives on non-event ANT sentences\
                 \n  bench-events        full analysis speed with and without event coding\
                 \n  conformance         Lucene, Snowball, pyarabic conformance suites\
                 \n  bench-text          text-core throughput on the ANT corpus\
                 \n  train-ner           train resources/ner/model.bin (--dev: tune on a dev split)\
                 \n  eval-ner            NER P/R/F1 on the ANERcorp test split\
                 \n  bench-ner           NER tagging speed, model load time, peak RSS\
                 \n  dump-ner            experiment inputs: ANT token keys, ANERcorp keys + BIO tags (--out DIR)\
                 \n  build-actors        rebuild resources/understand/* (actors, countries, agents, places)\
                 \n  eval-actors         actor codes of the GSR dev spans (--errors lists misses)\
                 \n  bench-search        search latency p50/p99 over 1,000 mixed queries (--data DIR)\
                 \n  bench-ingest        ingest ../shared/data/corpus (--limit N): articles/s, CPU, RSS, index size; then bench-search\
                 \n  bench-serve         HTTP load on /api/search (or --endpoint events|timeline|actors): 32 connections for 30 s (--data DIR)"
            );
            if cmd == "help" { Ok(()) } else { anyhow::bail!("unknown command {cmd:?}") }
        }
    }
}
