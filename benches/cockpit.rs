//! The cockpit at scale, without a terminal: frames are drawn into ratatui's `TestBackend`.
//!
//! - `key_to_frame`: one keystroke in the search box (`App::update` with an `Insert`, or a
//!   `Backspace`), its query handed to the real search worker, any results that came back
//!   applied, then the next frame drawn at 120x40, with 100k phrases. `searching` keeps the
//!   worker busy all along (every keystroke sends a query that takes tens of milliseconds);
//!   `idle` drops the queries, for comparison.
//! - `frame`: a whole frame at 120x40 and 200x60 with a 100k-event timeline, and with 1k
//!   events for comparison (the timeline scrolls by one row between frames, so every frame
//!   has cells to update).
//! - `final_query`: "s", "so", "sor", "sorr", "sorry" sent to the worker 40 ms apart (a fast
//!   typist); the time from the last keystroke to the results for "sorry", at 100k phrases.
//! - then, outside criterion (which reports means), the slowest keystrokes: median, p99 and
//!   max of 600 keystrokes 5 ms apart, each timed on its own while the worker searches;
//! - a typist at ten keys a second (100 ms apart) through a 40-key sentence at 100k phrases:
//!   how many keystrokes had their results back before the next key;
//! - the first frame in a fresh process, 15 children: a 100k-phrase book from its warm cache,
//!   a 100k-event journal read and replayed, the model built, one frame drawn at 120x40; the
//!   median time and the child's peak resident memory (`VmHWM`).
//!
//! `cargo bench --bench cockpit`

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use crisis::incident::Incident;
use crisis::phrasebook::{Lang, PhraseFile, Phrasebook, Phrases, builtin_files};
use crisis::tui::action::{Action, Effect, Query, Verb};
use crisis::tui::app::{App, Settings};
use crisis::tui::mode::Mode;
use crisis::tui::pane::Pane;
use crisis::tui::{layout, worker};
use criterion::{Criterion, SamplingMode, criterion_group};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PHRASES: usize = 100_000;
const EVENTS: usize = 100_000;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T12:00:00+01:00").expect("a valid date")
}

fn settings() -> Settings {
    Settings {
        values: crisis::present::Settings {
            pace: crisis::cadence::Policy::default(),
            me: Some("Sam".into()),
            phone: None,
            feminine: false,
        },
        lang: Lang::En,
        notify: false,
        sync_every: None,
    }
}

/// The built-in content with `n` generated phrases after it, merged as the cockpit does.
fn book(n: usize) -> Phrasebook {
    let generated = PhraseFile {
        name: "generated.toml".into(),
        lang: Lang::En,
        phrases: generate::phrases(n),
        steps: Vec::new(),
    };
    Phrasebook::merge(builtin_files().into_iter().chain([generated]))
}

fn incident(events: usize) -> Incident {
    Incident::replay(
        crisis::incident::IncidentId::new("bench"),
        generate::events(events),
    )
    .expect("an opened event first")
}

/// An app with the search box open and its first results in.
fn app(book: Arc<Phrasebook>, incident: Incident, index: &Phrases) -> App {
    let (mut app, effects) = App::new(book, Some(incident), settings(), now());
    for effect in effects {
        if let Effect::Search(query) = effect {
            app.update(worker::answer(index, &query));
        }
    }
    app.focus = Pane::Phrasebook;
    app.mode = Mode::Search;
    app
}

/// "sorry" typed then erased, over and over: a query that keeps the worker busy.
struct Typist {
    step: usize,
}

impl Typist {
    fn next(&mut self) -> Action {
        const WORD: [char; 5] = ['s', 'o', 'r', 'r', 'y'];
        let i = self.step % (2 * WORD.len());
        self.step += 1;
        match WORD.get(i) {
            Some(&c) => Action::Insert(c),
            None => Action::Run(Verb::Backspace),
        }
    }
}

/// One keystroke to one frame, as the event loop does it.
fn keystroke(
    app: &mut App,
    typist: &mut Typist,
    worker: Option<&worker::Searcher>,
    results: &Receiver<Action>,
    term: &mut Terminal<TestBackend>,
) {
    for effect in app.update(typist.next()) {
        if let (Effect::Search(query), Some(worker)) = (effect, worker) {
            worker.send(query);
        }
    }
    for action in results.try_iter() {
        app.update(action);
    }
    term.draw(|frame| layout::draw(app, frame))
        .expect("the test backend never fails");
}

fn key_to_frame(c: &mut Criterion) {
    let book = Arc::new(book(PHRASES));
    let index = book.phrases.clone();
    let mut group = c.benchmark_group("key_to_frame/100k");
    for busy in [true, false] {
        let (tx, results) = mpsc::channel();
        let worker = worker::spawn(index.clone(), tx);
        let mut app = app(Arc::clone(&book), incident(200), &index);
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
        let mut typist = Typist { step: 0 };
        let name = if busy { "searching" } else { "idle" };
        let worker = busy.then_some(&worker);
        group.bench_function(name, |b| {
            b.iter(|| keystroke(&mut app, &mut typist, worker, &results, &mut term))
        });
    }
    group.finish();
}

fn frame(c: &mut Criterion) {
    let book = Arc::new(Phrasebook::builtin());
    let index = book.phrases.clone();
    // 1k events too, to show the frame does not grow with the timeline.
    for events in [1_000, EVENTS] {
        let mut app = app(Arc::clone(&book), incident(events), &index);
        app.mode = Mode::Normal;
        app.focus = Pane::Timeline;
        let mut group = c.benchmark_group(format!("frame/{}k_events", events / 1000));
        for (w, h) in [(120, 40), (200, 60)] {
            let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
            group.bench_function(format!("{w}x{h}"), |b| {
                b.iter(|| {
                    app.timeline.scroll ^= 1;
                    term.draw(|frame| layout::draw(&app, frame))
                        .expect("the test backend never fails");
                })
            });
        }
        group.finish();
    }
}

fn final_query(c: &mut Criterion) {
    let book = book(PHRASES);
    let index = book.phrases.clone();
    let (tx, results) = mpsc::channel();
    let worker = worker::spawn(index, tx);
    let mut generation = 0;
    let mut group = c.benchmark_group("final_query/100k");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.bench_function("typed_40ms_apart", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let mut last = Instant::now();
                for (i, text) in ["s", "so", "sor", "sorr", "sorry"].iter().enumerate() {
                    if i > 0 {
                        std::thread::sleep(Duration::from_millis(40));
                    }
                    generation += 1;
                    last = Instant::now();
                    let query = Query {
                        generation,
                        text: (*text).into(),
                        lang: Lang::En,
                        only: None,
                        context: Default::default(),
                    };
                    worker.send(query);
                }
                loop {
                    match results.recv().expect("the worker answers") {
                        Action::SearchResults {
                            generation: g,
                            hits,
                        } if g == generation => {
                            black_box(hits);
                            break;
                        }
                        _ => {}
                    }
                }
                total += last.elapsed();
            }
            total
        })
    });
    group.finish();
}

/// Criterion reports means; "never blocked" is about the slowest keystroke. 600 keystrokes,
/// 5 ms apart, each timed on its own while the worker searches 100k phrases.
fn key_to_frame_tail() {
    let book = Arc::new(book(PHRASES));
    let index = book.phrases.clone();
    let (tx, results) = mpsc::channel();
    let worker = worker::spawn(index.clone(), tx);
    let mut app = app(Arc::clone(&book), incident(200), &index);
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    let mut typist = Typist { step: 0 };
    let mut times: Vec<Duration> = (0..600)
        .map(|_| {
            std::thread::sleep(Duration::from_millis(5));
            let start = Instant::now();
            keystroke(&mut app, &mut typist, Some(&worker), &results, &mut term);
            start.elapsed()
        })
        .collect();
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "\nkey_to_frame/100k/searching, 600 keystrokes 5 ms apart: median {:.2?}, p99 {:.2?}, max {:.2?}",
        at(0.5),
        at(0.99),
        at(1.0)
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = key_to_frame, frame, final_query
}

/// Ten keys a second: every keystroke's results should be back before the next key.
fn ten_keys_a_second() {
    let book = book(PHRASES);
    let (tx, results) = mpsc::channel();
    let worker = worker::spawn(book.phrases.clone(), tx);
    let sentence = "sorry for the delay we are updating the client";
    let (mut answered, mut keys) = (0, 0);
    for (generation, end) in (1u64..).zip(1..=sentence.len().min(40)) {
        let query = Query {
            generation,
            text: sentence[..end].into(),
            lang: Lang::En,
            only: None,
            context: Default::default(),
        };
        let sent = Instant::now();
        worker.send(query);
        keys += 1;
        let deadline = sent + Duration::from_millis(100);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match results.recv_timeout(left) {
                Ok(Action::SearchResults { generation: g, .. }) if g == generation => {
                    answered += 1;
                }
                Ok(_) => continue,
                Err(_) => break,
            }
        }
        std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
    }
    println!(
        "ten keys a second at 100k phrases: {answered} of {keys} keystrokes had their results before the next key"
    );
}

const FIRST_FRAME: &str = "CRISIS_FIRST_FRAME_PROBE";

/// In the child: the cockpit's start as `crisis` does it, minus the terminal.
fn first_frame_probe(
    cache: &std::path::Path,
    source: &std::path::Path,
    incident: &std::path::Path,
) {
    let start = Instant::now();
    let (book, _) = Phrasebook::load(cache, &cache.join("no-user-files"), &[source.to_owned()]);
    let loaded = crisis::incident::Journal::at(incident)
        .load()
        .expect("the journal reads");
    let incident = Incident::replay(crisis::incident::IncidentId::new("bench"), loaded.events)
        .expect("an opened event first");
    let (mut app, effects) = App::new(Arc::new(book.clone()), Some(incident), settings(), now());
    for effect in effects {
        if let Effect::Search(query) = effect {
            app.update(worker::answer(&book.phrases, &query));
        }
    }
    let mut term = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    term.draw(|f| layout::draw(&app, f)).expect("drawn");
    let ms = start.elapsed().as_secs_f64() * 1e3;
    println!("{ms:.3} {:.1}", generate::peak_rss_mb());
    std::mem::forget((app, book));
}

fn first_frame() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (cache, source, incident) = (
        dir.path().join("cache"),
        dir.path().join("p.toml"),
        dir.path().join("incident"),
    );
    std::fs::write(&source, generate::toml_text(&generate::phrases(PHRASES))).expect("written");
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&source)
        .and_then(|f| f.set_modified(an_hour_ago))
        .expect("dated");
    generate::write_journal(&incident, EVENTS).expect("the journal is written");
    // Warms the book's cache.
    Phrasebook::load(
        &cache,
        &cache.join("no-user-files"),
        std::slice::from_ref(&source),
    );
    let exe = std::env::current_exe().expect("this program");
    let mut runs: Vec<(f64, f64)> = (0..15)
        .filter_map(|_| {
            let out = std::process::Command::new(&exe)
                .env(FIRST_FRAME, "1")
                .args([&cache, &source, &incident])
                .output()
                .ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            let mut values = text.split_whitespace().filter_map(|v| v.parse().ok());
            Some((values.next()?, values.next()?))
        })
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut rss: Vec<f64> = runs.iter().map(|r| r.1).collect();
    rss.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v.get(v.len() / 2).copied().unwrap_or(f64::NAN);
    let times: Vec<f64> = runs.iter().map(|r| r.0).collect();
    println!(
        "first frame, fresh process, {PHRASES} phrases (cache warm) and {EVENTS} events: median {:.1} ms, peak RSS {:.1} MB ({} children)",
        median(&times),
        median(&rss),
        runs.len()
    );
}

fn main() {
    if std::env::var_os(FIRST_FRAME).is_some() {
        let args: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
        if let [cache, source, incident] = args.as_slice() {
            first_frame_probe(cache, source, incident);
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench -- FILTER` names a criterion benchmark; the tail runs with no filter.
    let filtered = generate::filtered();
    if !filtered {
        key_to_frame_tail();
        ten_keys_a_second();
        first_frame();
    }
}
