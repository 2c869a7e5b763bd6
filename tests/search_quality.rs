//! The search as a person in an outage judges it: for the query set of
//! `tests/search/queries.toml`, the wanted phrase in the top 3 for at least 95 % of queries
//! and first for at least 80 %, in each language; and no query word of three letters or more
//! matching a phrase without a word that starts with it, is one edit from it, or shares its stem.

#[path = "search/quality.rs"]
mod quality;

use crisis::phrasebook::index::{matches_word, stem, words};
use crisis::phrasebook::{Lang, Phrasebook};
use crisis::text::fold;

#[test]
fn the_query_set_finds_the_wanted_phrase_first_or_near() {
    let book = Phrasebook::builtin();
    let outcomes = quality::run(&book);
    for o in outcomes.iter().filter(|o| o.rank.is_none_or(|r| r > 0)) {
        println!(
            "{} {:?}: wanted {:?} at {:?}, first {}",
            o.case.lang, o.case.q, o.case.want, o.rank, o.first
        );
    }
    for (name, n, first, top3) in quality::figures(&outcomes) {
        println!(
            "{name}: {n} queries, first {:.1} %, top 3 {:.1} %",
            first * 100.0,
            top3 * 100.0
        );
        assert!(n >= 40 || name == "all", "{name}: at least 40 queries");
        assert!(top3 >= 0.95, "{name}: top 3 for {:.1} %", top3 * 100.0);
        assert!(first >= 0.80, "{name}: first for {:.1} %", first * 100.0);
    }
}

#[test]
fn a_word_matches_only_phrases_with_a_word_it_starts_or_nearly_starts_or_stems() {
    let book = Phrasebook::builtin();
    let mut vocabulary: Vec<String> = book
        .phrases
        .iter()
        .flat_map(|p| words(&fold(p.text)).map(str::to_owned).collect::<Vec<_>>())
        .filter(|w| w.len() >= 3)
        .collect();
    vocabulary.sort();
    vocabulary.dedup();
    // Every twentieth word of the book, and each cut to three and five letters.
    let probes: Vec<String> = vocabulary
        .iter()
        .step_by(20)
        .flat_map(|w| {
            [
                w.clone(),
                w[..3].to_string(),
                w[..w.len().min(5)].to_string(),
            ]
        })
        .chain(["sorry", "xqz", "eta", "rate", "ins", "news", "wrokaround"].map(String::from))
        .collect();
    for word in &probes {
        for lang in [Lang::En, Lang::Fr] {
            for hit in book.phrases.search(word, lang, None, usize::MAX) {
                let p = book.phrases.at(hit.index);
                let haystack = fold(&format!("{} {} {}", p.text, p.tags.join(" "), p.id));
                // The query word's stem may also be a word of the phrase itself.
                let stemmed = stem(lang, word);
                let fair = words(&haystack)
                    .any(|w| matches_word(word, w) || stemmed == stem(lang, w) || stemmed == w);
                assert!(fair, "{word:?} matched {} ({lang})", p.id);
            }
        }
    }
    let eta = book.phrases.search("eta", Lang::En, None, usize::MAX).len();
    assert!(
        eta < 20,
        "`eta` matches {eta} phrases of 135, not nearly all"
    );
}
