//! The journal: a durable append against the bare cost of the disk, and replay.
//!
//! - `append/journal`: `Journal::append` of one note (serialise, open, lock, check the last
//!   byte, one `write`, `sync_data`).
//! - `append/bare_write_sync`: the same line's bytes written with one `write` and
//!   `sync_data` on a file kept open, in the same folder, in the same run. Both files grow
//!   the same way, so both syncs also carry the new length.
//! - `replay/10000` and `replay/100000`: `Journal::load` then `Incident::replay`, which is what
//!   opening an incident costs; `replay/100000_retractions_1pct` with one event in a hundred a
//!   retraction of the one before.
//! - then, outside criterion, 2000 interleaved rounds of both appends, timed one by one: the
//!   disk's latency drifts more between criterion's runs than the two differ.
//!
//! The folder is under `CRISIS_BENCH_DIR` when set, else the system's temporary folder: set
//! it to measure the disk your incidents live on.
//!
//! `cargo bench --bench journal`

#[path = "support/generate.rs"]
mod generate;

use std::fs::OpenOptions;
use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::DateTime;
use crisis::incident::{Event, EventKind, Incident, Journal};
use criterion::{BenchmarkId, Criterion, criterion_group};

fn bench_dir() -> tempfile::TempDir {
    match std::env::var_os("CRISIS_BENCH_DIR") {
        Some(dir) => tempfile::tempdir_in(PathBuf::from(dir)),
        None => tempfile::tempdir(),
    }
    .expect("a temporary folder")
}

fn note() -> Event {
    let at = DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").expect("a valid date");
    Event::new(
        at,
        EventKind::Note {
            text: "Called Tim at ACME: the checkout is back for 80% of users, the rest within the hour."
                .into(),
        },
    )
}

/// A fresh journal, the event appended to it, the same bytes as one line, and a bare file on
/// the same disk for them: both sides of the comparison start equal.
fn append_setup() -> (tempfile::TempDir, Journal, Event, Vec<u8>, std::fs::File) {
    let dir = bench_dir();
    let journal = Journal::create(&dir.path().join("incident")).expect("a new journal");
    let event = note();
    let mut line = serde_json::to_vec(&event).expect("an event serialises");
    line.push(b'\n');
    let bare = OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.path().join("bare.jsonl"))
        .expect("a bare file");
    (dir, journal, event, line, bare)
}

fn append(c: &mut Criterion) {
    let (_dir, journal, event, line, mut bare) = append_setup();

    let mut group = c.benchmark_group("append");
    // Interleaved, so that both see the same state of the disk.
    for round in 0..2 {
        let suffix = if round == 0 { "" } else { "_again" };
        group.bench_function(format!("journal{suffix}"), |b| {
            b.iter(|| journal.append(&event).expect("the append succeeds"))
        });
        group.bench_function(format!("bare_write_sync{suffix}"), |b| {
            b.iter(|| {
                bare.write_all(&line).expect("the write succeeds");
                bare.sync_data().expect("the sync succeeds");
            })
        });
    }
    group.finish();
}

fn replay(c: &mut Criterion) {
    let mut group = c.benchmark_group("replay");
    group.sample_size(10);
    // The plain journals, then one of 100k events a hundredth of which take back the one
    // before them (a journal that is never rewritten keeps its mistakes and their undoing).
    for (name, n, every) in [
        ("10000", 10_000, 0),
        ("100000", 100_000, 0),
        ("100000_retractions_1pct", 100_000, 100),
    ] {
        let dir = bench_dir();
        let incident = dir.path().join("incident");
        if every == 0 {
            generate::write_journal(&incident, n).expect("a generated journal");
        } else {
            generate::write_journal_with_retractions(&incident, n, every)
                .expect("a generated journal");
        }
        let journal = Journal::at(&incident);
        group.bench_with_input(BenchmarkId::from_parameter(name), &journal, |b, journal| {
            b.iter(|| {
                let loaded = journal.load().expect("the journal loads");
                black_box(
                    Incident::replay(crisis::incident::IncidentId::new("bench"), loaded.events)
                        .expect("it replays"),
                )
            })
        });
    }
    group.finish();
}

/// The disk's latency drifts over seconds, more than the difference being measured; so,
/// after criterion, 2000 rounds of one append and one bare write + sync, alternating which goes
/// first, each timed on its own, and the ratio of the medians.
fn append_pairs() {
    let (_dir, journal, event, line, mut bare) = append_setup();
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..2000 {
        let mut timed_journal = || {
            let start = Instant::now();
            journal.append(&event).expect("the append succeeds");
            ours.push(start.elapsed());
        };
        let mut timed_bare = || {
            let start = Instant::now();
            bare.write_all(&line).expect("the write succeeds");
            bare.sync_data().expect("the sync succeeds");
            theirs.push(start.elapsed());
        };
        if round % 2 == 0 {
            timed_journal();
            timed_bare();
        } else {
            timed_bare();
            timed_journal();
        }
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (a, b) = (median(&mut ours), median(&mut theirs));
    println!(
        "\nappend, 2000 interleaved rounds: Journal::append median {a:.2?}, bare write + sync_data \
         median {b:.2?}, ratio {:.2}",
        a.as_secs_f64() / b.as_secs_f64()
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = append, replay
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench -- FILTER` names a criterion benchmark; the pairs run with no filter.
    let filtered = generate::filtered();
    if !filtered {
        append_pairs();
    }
}
