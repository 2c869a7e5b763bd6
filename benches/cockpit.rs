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
//!   max of 600 keystrokes 5 ms apart, each timed on its own while the worker searches.
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
        },
        lang: Lang::En,
        notify: false,
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

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    // `cargo bench -- FILTER` names a criterion benchmark; the tail runs with no filter.
    let filtered = generate::filtered();
    if !filtered {
        key_to_frame_tail();
    }
}
