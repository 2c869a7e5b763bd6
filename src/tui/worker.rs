//! The search worker: matching runs here so that typing never waits for it.
//!
//! Before each search it drains its channel and keeps only the newest query, so a burst of
//! keystrokes costs one search. Each query's generation is also published in an atomic, and a
//! search under way gives up as soon as a newer one exists: at 100k phrases the final query is
//! then answered after one search, not after the ones it superseded. Results carry their
//! generation and `update` drops stale ones.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};

use super::action::{Action, Query};
use super::app::RESULT_LIMIT;
use crate::phrasebook::SearchIndex;

/// Runs one query; the worker's whole job, callable directly in tests and benchmarks.
pub fn answer(index: &SearchIndex, query: &Query) -> Action {
    answer_until(index, query, &|| false).unwrap_or(Action::SearchResults {
        generation: query.generation,
        hits: Vec::new(),
    })
}

fn answer_until(
    index: &SearchIndex,
    query: &Query,
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Option<Action> {
    let hits = index.search_until(
        &query.text,
        query.lang,
        query.only.as_deref(),
        RESULT_LIMIT,
        cancelled,
    )?;
    Some(Action::SearchResults {
        generation: query.generation,
        hits,
    })
}

/// The sending side: queries go to the worker, and their generation to the shared latest.
pub struct Searcher {
    queries: Sender<Query>,
    latest: Arc<AtomicU64>,
}

impl Searcher {
    pub fn send(&self, query: Query) {
        self.latest.fetch_max(query.generation, Ordering::SeqCst);
        // A closed worker just means no results; the cockpit still runs.
        let _ = self.queries.send(query);
    }
}

/// Starts the worker; it stops when either end of its channels closes.
pub fn spawn(index: Arc<SearchIndex>, results: Sender<Action>) -> Searcher {
    let (tx, rx) = mpsc::channel::<Query>();
    let latest = Arc::new(AtomicU64::new(0));
    let seen = Arc::clone(&latest);
    let worker = std::thread::Builder::new()
        .name("crisis-search".into())
        .spawn(move || {
            while let Ok(mut query) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    query = newer;
                }
                let outdated = || seen.load(Ordering::SeqCst) > query.generation;
                let Some(answer) = answer_until(&index, &query, &outdated) else {
                    continue;
                };
                if results.send(answer).is_err() {
                    break;
                }
            }
        });
    // Without a worker the cockpit still runs; its phrase list just stays empty.
    drop(worker);
    Searcher {
        queries: tx,
        latest,
    }
}
