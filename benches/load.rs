//! Loading a phrasebook file of 1k and 100k generated phrases.
//!
//! - `cold_parse`: read the file and parse its TOML (`parse_file`), what every run cost
//!   before the cache, and what the first run after an edit still costs.
//! - `warm_cache`: `Cache::read_file` with its cache file in place (validated, decoded).
//! - `warm_book`: what `crisis phrases` and the cockpit do before searching: the whole
//!   book, built-in files and the user's file merged and indexed, read from its cache file.
//!
//! Results are dropped outside the timing (`iter_with_large_drop`). Even so, a loop that
//! allocates and frees 100k phrases over and over is not what a process does: it loads once,
//! into a fresh heap. So after criterion, `fresh process` runs this program again as a child,
//! 15 times per size, each child loading once and reporting each step, and prints the medians
//! and the child's peak resident memory (`VmHWM`).
//!
//! `cargo bench --bench load`

#[path = "support/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use crisis::phrasebook::{Lang, Phrasebook, cache, parse_file};
use criterion::{BenchmarkId, Criterion};

const SIZES: [usize; 2] = [1_000, 100_000];
const PROBE: &str = "CRISIS_LOAD_PROBE";

/// Writes the generated phrasebook of `n` phrases, dated an hour back (a file modified in the
/// last two seconds is not cached), and caches it.
fn prepare(dir: &Path, store: &cache::Cache, n: usize) -> PathBuf {
    let source = dir.join(format!("phrases-{n}.toml"));
    std::fs::write(&source, generate::toml_text(&generate::phrases(n))).expect("written");
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&source)
        .and_then(|f| f.set_modified(an_hour_ago))
        .expect("dated");
    let (file, diags) = store.read_file(&source);
    assert!(file.is_some() && diags.is_empty(), "{diags:?}");
    assert!(store.path_for(&source).expect("a path").exists(), "cached");
    // And the whole book, built and cached once.
    let (book, _) = Phrasebook::load(
        store.dir(),
        &dir.join("no-user-files"),
        std::slice::from_ref(&source),
    );
    assert!(book.phrases.len() >= n);
    source
}

fn load(c: &mut Criterion, store: &cache::Cache, sources: &[(usize, PathBuf)]) {
    for (n, source) in sources {
        let mut group = c.benchmark_group(format!("load/{}k", n / 1000));
        if *n >= 100_000 {
            group.sample_size(10);
        }
        let name = source.display().to_string();
        group.bench_with_input(BenchmarkId::new("cold_parse", n), source, |b, path| {
            b.iter_with_large_drop(|| {
                let bytes = std::fs::read(path).expect("readable");
                parse_file(&name, &bytes)
            })
        });
        group.bench_with_input(BenchmarkId::new("warm_cache", n), source, |b, path| {
            b.iter_with_large_drop(|| store.read_file(path))
        });
        let no_user_files = store.dir().join("no-user-files");
        group.bench_with_input(BenchmarkId::new("warm_book", n), source, |b, path| {
            b.iter_with_large_drop(|| {
                Phrasebook::load(store.dir(), &no_user_files, std::slice::from_ref(path))
            })
        });
        group.finish();
    }
}

/// In the child: the book loaded once and searched once, each step timed, then the peak
/// resident memory; nothing is freed.
fn probe(cache_dir: &Path, source: &Path) {
    let mut at = Instant::now();
    let mut lap = || {
        let ms = at.elapsed().as_secs_f64() * 1e3;
        at = Instant::now();
        ms
    };
    let book = Phrasebook::load(
        cache_dir,
        &cache_dir.join("no-user-files"),
        &[source.to_owned()],
    );
    let loaded = lap();
    let hits = book.0.phrases.search("sorry client", Lang::En, None, 20);
    let searched = lap();
    println!("{loaded:.3} {searched:.3} {:.1}", generate::peak_rss_mb());
    std::mem::forget((book, hits));
}

fn fresh_processes(cache_dir: &Path, sources: &[(usize, PathBuf)]) {
    let exe = std::env::current_exe().expect("this program");
    println!("\nfresh process, cache warm: median of 15 children (ms; peak RSS in MB)");
    println!(
        "  {:<8}{:>9}{:>9}{:>9}{:>9}",
        "phrases", "book", "search", "total", "VmHWM"
    );
    for (n, source) in sources {
        let mut runs: Vec<Vec<f64>> = Vec::new();
        for _ in 0..15 {
            let out = Command::new(&exe)
                .env(PROBE, "1")
                .arg(cache_dir)
                .arg(source)
                .output()
                .expect("the probe runs");
            let text = String::from_utf8_lossy(&out.stdout);
            let values: Vec<f64> = text
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            if values.len() == 3 {
                runs.push(values);
            }
        }
        let median = |f: &dyn Fn(&[f64]) -> f64| {
            let mut v: Vec<f64> = runs.iter().map(|r| f(r)).collect();
            v.sort_by(f64::total_cmp);
            v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
        };
        println!(
            "  {:<8}{:>9.2}{:>9.2}{:>9.2}{:>9.1}",
            n,
            median(&|r| r[0]),
            median(&|r| r[1]),
            median(&|r| r[0] + r[1]),
            median(&|r| r[2])
        );
    }
}

fn main() {
    if std::env::var_os(PROBE).is_some() {
        let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
        if let [cache_dir, source] = args.as_slice() {
            probe(cache_dir, source);
        }
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cache_dir = dir.path().join("cache");
    let store = cache::Cache::new(&cache_dir);
    let sources: Vec<(usize, PathBuf)> = SIZES
        .iter()
        .map(|&n| (n, prepare(dir.path(), &store, n)))
        .collect();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    load(&mut c, &store, &sources);
    c.final_summary();
    // `cargo bench -- FILTER` names a criterion benchmark; the probes run with no filter.
    let filtered = generate::filtered();
    if !filtered {
        fresh_processes(&cache_dir, &sources);
    }
}
