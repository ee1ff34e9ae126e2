//! `pressarkiv serve`: index the corpus, keep it fresh while files change, and serve the
//! web app and its JSON API over the same index.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;
use pressarkiv_server::{ChangeEvent, ChangeKind, Server};

use crate::sync::PathChange;
use crate::{Global, Limits};

/// Only this machine can reach it.
const DEFAULT_ADDR: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 7700));

/// Searches running at once at most; more wait their turn rather than each taking a
/// thread and its memory.
const MAX_SEARCH_THREADS: usize = 16;

/// How long requests in flight get to finish after Ctrl-C.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port. Only this machine can reach the
    /// default; anything but a loopback address shares the archive with the network.
    #[arg(long, default_value_t = DEFAULT_ADDR)]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub limits: Limits,
}

impl Default for ServeArgs {
    fn default() -> Self {
        ServeArgs {
            addr: DEFAULT_ADDR,
            limits: Limits::default(),
        }
    }
}

pub fn run(global: &Global, args: &ServeArgs) -> Result<ExitCode> {
    let archive = Arc::new(super::open_for_writing(global)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(MAX_SEARCH_THREADS)
        .enable_all()
        .build()
        .context("starting the web server's threads")?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(args.addr))
        .with_context(|| format!("listening on {}", args.addr))?;
    let addr = listener.local_addr().context("reading the bound address")?;
    // On stdout, one line, so that scripts and tests can read the port that 0 picked.
    println!("serving http://{addr}");
    if !addr.ip().is_loopback() {
        tracing::warn!(
            "{addr} is reachable from other machines: anyone there can read the archive"
        );
    }

    let server = Server::new(archive.clone());
    let events = server.events();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = runtime.spawn(server.run(listener, async move {
        let _ = stopped.await;
    }));

    // The watcher owns the one writer on this thread; the server only reads.
    let watched = super::watch::keep_fresh(global, &args.limits, &archive, |changes| {
        if let Err(err) = archive.reload() {
            tracing::error!("could not reload the index for searches: {err}");
        }
        for (change, path) in changes {
            let kind = match change {
                PathChange::Added => ChangeKind::Added,
                PathChange::Updated => ChangeKind::Updated,
                PathChange::Removed => ChangeKind::Removed,
            };
            events.publish(ChangeEvent::new(kind, path));
        }
        Ok(())
    });

    let _ = stop.send(());
    let finished = runtime.block_on(async { tokio::time::timeout(SHUTDOWN_GRACE, serving).await });
    match finished {
        Ok(Ok(Ok(()))) => {}
        Ok(Ok(Err(err))) => tracing::error!("the web server failed: {err}"),
        Ok(Err(err)) => tracing::error!("the web server stopped abnormally: {err}"),
        Err(_) => {
            tracing::warn!("requests still running after {SHUTDOWN_GRACE:?}; stopping anyway")
        }
    }
    runtime.shutdown_timeout(Duration::from_secs(1));
    watched
}
