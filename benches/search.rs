//! Search per query at 1k, 10k and 100k phrases, as the query grows one character at a time,
//! plus a two-word query, a query that matches nothing, and the index build itself; then the
//! query set of `tests/search/queries.toml` against the built-in book: the share of queries
//! whose wanted phrase comes first and in the top 3 (the test holds them to 80 % and 95 %).
//!
//! `cargo bench --bench search`

#[path = "support/generate.rs"]
mod generate;
#[path = "../tests/search/quality.rs"]
mod quality;

use std::hint::black_box;
use std::time::Duration;

use crisis::phrasebook::{Lang, Phrases};
use crisis::tui::app::RESULT_LIMIT;
use criterion::{BenchmarkId, Criterion, criterion_group};

/// The queries a user types on the way to "sorry", then two words, then nothing found.
pub const QUERIES: [&str; 7] = ["s", "so", "sor", "sorr", "sorry", "sorry client", "xqz"];
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn search(c: &mut Criterion) {
    for n in SIZES {
        let phrases = generate::phrases(n);
        let index = Phrases::pack(&phrases);
        let mut group = c.benchmark_group(format!("search/{}k", n / 1000));
        if n >= 100_000 {
            group.sample_size(20);
        }
        for query in QUERIES {
            group.bench_with_input(BenchmarkId::from_parameter(query), query, |b, q| {
                // The cockpit's worker asks for RESULT_LIMIT results; `crisis phrases` for fewer.
                b.iter(|| black_box(index.search(q, Lang::En, None, RESULT_LIMIT)))
            });
        }
        group.finish();
    }
}

fn index(c: &mut Criterion) {
    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    for n in SIZES {
        let phrases = generate::phrases(n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &phrases, |b, p| {
            b.iter(|| black_box(Phrases::pack(p)))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = search, index
}
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    if !generate::filtered() {
        let outcomes = quality::run(&crisis::phrasebook::Phrasebook::builtin());
        println!("\nquery set (tests/search/queries.toml), built-in book:");
        for (name, n, first, top3) in quality::figures(&outcomes) {
            println!(
                "  {name}: {n} queries, wanted phrase first {:.1} %, in the top 3 {:.1} %",
                first * 100.0,
                top3 * 100.0
            );
        }
    }
}
