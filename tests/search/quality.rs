//! The query set of `tests/search/queries.toml` run against the built-in book: where the
//! wanted phrase lands for each query. Shared by `tests/search_quality.rs` (which holds the
//! search to its targets) and `benches/search.rs` (which prints the figures).

use crisis::phrasebook::{Lang, Phrasebook};
use serde::Deserialize;

#[derive(Deserialize)]
struct Set {
    query: Vec<Case>,
}

#[derive(Deserialize)]
pub struct Case {
    pub lang: Lang,
    pub q: String,
    pub want: Vec<String>,
}

/// One query's outcome: the rank (0 first) of its best wanted phrase, if in the top 10.
pub struct Outcome {
    pub case: Case,
    pub rank: Option<usize>,
    #[allow(dead_code)] // Shown by the test, not by the bench.
    pub first: String,
}

pub fn cases() -> Vec<Case> {
    let text = include_str!("queries.toml");
    toml::from_str::<Set>(text)
        .expect("tests/search/queries.toml reads")
        .query
}

pub fn run(book: &Phrasebook) -> Vec<Outcome> {
    cases()
        .into_iter()
        .map(|case| {
            let hits = book.phrases.search(&case.q, case.lang, None, 10);
            let ids: Vec<&str> = hits.iter().map(|h| book.phrases.at(h.index).id).collect();
            let rank = ids.iter().position(|id| case.want.iter().any(|w| w == id));
            let first = ids.first().map_or(String::new(), |id| id.to_string());
            Outcome { case, rank, first }
        })
        .collect()
}

/// The share of queries, per language and in all, with the wanted phrase first and in the top 3.
pub fn figures(outcomes: &[Outcome]) -> Vec<(String, usize, f64, f64)> {
    let share = |of: &[&Outcome], within: usize| {
        of.iter()
            .filter(|o| o.rank.is_some_and(|r| r < within))
            .count() as f64
            / of.len() as f64
    };
    let mut rows = Vec::new();
    for (name, lang) in [
        ("en", Some(Lang::En)),
        ("fr", Some(Lang::Fr)),
        ("all", None),
    ] {
        let of: Vec<&Outcome> = outcomes
            .iter()
            .filter(|o| lang.is_none_or(|l| o.case.lang == l))
            .collect();
        rows.push((name.to_string(), of.len(), share(&of, 1), share(&of, 3)));
    }
    rows
}
