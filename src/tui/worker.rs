//! The search worker: matching runs here so that typing never waits for it.
//!
//! Before each search it drains its channel and keeps only the newest query, so a burst of
//! keystrokes costs one search; results carry the query's generation and `update` drops stale ones.

use std::sync::Arc;
use std::sync::mpsc::{self, Sender};

use super::action::{Action, Query};
use super::app::RESULT_LIMIT;
use crate::phrasebook::SearchIndex;

/// Runs one query; the worker's whole job, callable directly in tests and benchmarks.
pub fn answer(index: &SearchIndex, query: &Query) -> Action {
    let hits = index.search(&query.text, query.lang, query.only.as_deref(), RESULT_LIMIT);
    Action::SearchResults {
        generation: query.generation,
        hits,
    }
}

/// Starts the worker; it stops when either end of its channels closes.
pub fn spawn(index: Arc<SearchIndex>, results: Sender<Action>) -> Sender<Query> {
    let (tx, rx) = mpsc::channel::<Query>();
    let worker = std::thread::Builder::new()
        .name("crisis-search".into())
        .spawn(move || {
            while let Ok(mut query) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    query = newer;
                }
                if results.send(answer(&index, &query)).is_err() {
                    break;
                }
            }
        });
    // Without a worker the cockpit still runs; its phrase list just stays empty.
    drop(worker);
    tx
}
