//! `marsad serve`: the HTTP API and web app over a data directory (crate `marsad-server`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

#[derive(Args)]
pub struct ServeArgs {
    /// Data directory (created if missing).
    #[arg(long, default_value = marsad_archive::DEFAULT_DATA)]
    pub data: PathBuf,
    /// Address to listen on (loopback by default: put a reverse proxy in front to expose it).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// File holding the bearer token that write endpoints (POST /api/documents) require.
    #[arg(long)]
    pub token_file: Option<PathBuf>,
}

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let mut config = marsad_server::ServerConfig::local();
    if let Some(f) = &args.token_file {
        let token = std::fs::read_to_string(f).with_context(|| format!("reading the token file {}", f.display()))?;
        let token = token.trim();
        anyhow::ensure!(!token.is_empty(), "the token file {} is empty", f.display());
        config.token = Some(token.to_string());
    }
    let app = marsad_server::app(&args.data, config).map_err(|e| anyhow::anyhow!("{}", e.message)).with_context(|| format!("opening the data directory {}", args.data.display()))?;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.bind).await.with_context(|| format!("binding {}", args.bind))?;
        eprintln!("marsad: serving {} on http://{}/ (Ctrl-C stops)", args.data.display(), listener.local_addr()?);
        marsad_server::serve(listener, app).await.context("serving")
    })?;
    Ok(ExitCode::SUCCESS)
}
