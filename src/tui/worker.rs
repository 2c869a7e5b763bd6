//! The workers that keep slow work off the loop: the search, and slow effects (the clipboard).
//!
//! Before each search it drains its channel and keeps only the newest query, so a burst of
//! keystrokes costs one search. Each query's generation is also published in an atomic, and a
//! search under way gives up as soon as a newer one exists: at 100k phrases the final query is
//! then answered after one search, not after the ones it superseded. Results carry their
//! generation and `update` drops stale ones.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

use super::action::{Action, Query};
use super::app::RESULT_LIMIT;
use crate::phrasebook::Phrases;

/// Runs one query; the worker's whole job, callable directly in tests and benchmarks.
pub fn answer(index: &Phrases, query: &Query) -> Action {
    answer_until(index, query, &|| false).unwrap_or(Action::SearchResults {
        generation: query.generation,
        hits: Vec::new(),
    })
}

fn answer_until(index: &Phrases, query: &Query, cancelled: &dyn Fn() -> bool) -> Option<Action> {
    let hits = index.search_until(
        &query.text,
        query.lang,
        query.only.as_deref(),
        &query.context,
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
pub fn spawn<T: From<Action> + Send + 'static>(index: Phrases, results: Sender<T>) -> Searcher {
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
                if results.send(answer.into()).is_err() {
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

/// Slow effects run one after the other on their own thread, each within a time limit: a
/// system clipboard can wait seconds for its server, and a configured command forever.
pub struct Slow {
    jobs: Sender<SlowJob>,
}

/// A slow job, and what the loop hears if it does not finish in time, or cannot start (the
/// system refuses a thread: it is out of resources).
pub struct SlowJob {
    pub name: &'static str,
    pub run: Box<dyn FnOnce() -> Action + Send>,
    pub limit: Duration,
    pub timed_out: Action,
    pub not_started: Action,
}

impl Slow {
    pub fn send(&self, job: SlowJob) {
        // A stopped worker only loses this job's outcome; the cockpit still runs.
        let _ = self.jobs.send(job);
    }
}

/// Starts the slow-effects worker; it stops when the loop's channel closes.
pub fn spawn_slow<T: From<Action> + Send + 'static>(results: Sender<T>) -> Slow {
    let (tx, rx) = mpsc::channel::<SlowJob>();
    let worker = std::thread::Builder::new()
        .name("crisis-slow".into())
        .spawn(move || {
            for job in rx {
                let (done, outcome) = mpsc::channel();
                let run = job.run;
                // The job gets a thread of its own so that one stuck past its limit is left
                // behind, its outcome dropped, and the next job still runs.
                let started = std::thread::Builder::new()
                    .name(job.name.into())
                    .spawn(move || {
                        let _ = done.send(run());
                    });
                let action = match started {
                    Ok(_) => outcome.recv_timeout(job.limit).unwrap_or(job.timed_out),
                    Err(_) => job.not_started,
                };
                if results.send(action.into()).is_err() {
                    break;
                }
            }
        });
    drop(worker);
    Slow { jobs: tx }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slow_job_past_its_limit_is_reported_and_the_next_one_still_runs() {
        let (tx, rx) = mpsc::channel::<Action>();
        let slow = spawn_slow(tx);
        let (release, stuck) = mpsc::channel::<()>();
        slow.send(SlowJob {
            name: "stuck",
            run: Box::new(move || {
                let _ = stuck.recv();
                Action::Warning("too late".into())
            }),
            limit: Duration::from_millis(50),
            timed_out: Action::Failed("timed out".into()),
            not_started: Action::Failed("not started".into()),
        });
        slow.send(SlowJob {
            name: "quick",
            run: Box::new(|| Action::Warning("done".into())),
            limit: Duration::from_secs(60),
            timed_out: Action::Failed("should not time out".into()),
            not_started: Action::Failed("not started".into()),
        });
        let first = rx.recv().unwrap();
        assert!(
            matches!(first, Action::Failed(ref m) if m == "timed out"),
            "{first:?}"
        );
        let second = rx.recv().unwrap();
        assert!(
            matches!(second, Action::Warning(ref m) if m == "done"),
            "{second:?}"
        );
        drop(release);
    }
}
