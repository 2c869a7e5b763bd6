//! Merging phrasebook files in linear time: a later entry with the same id and language
//! replaces an earlier one where it stood, which is how user files override the built-in ones.

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use super::{Lang, Phrase, PhraseFile, Step};

/// [`Phrasebook::merge`]: entries keyed by id and language, a later one replacing an earlier
/// one where it stood, steps then stably sorted by stage.
pub(crate) fn merge(files: impl IntoIterator<Item = PhraseFile>) -> (Vec<Phrase>, Vec<Step>) {
    let (mut phrases, mut steps) = (Vec::new(), Vec::new());
    for file in files {
        phrases.push(file.phrases);
        steps.push(file.steps);
    }
    let phrases = merge_lists(phrases, |p| (&p.id, p.lang));
    let mut steps = merge_lists(steps, |s| (&s.id, s.lang));
    steps.sort_by_key(|s| s.stage);
    (phrases, steps)
}

fn merge_lists<T>(mut lists: Vec<Vec<T>>, key: impl Fn(&T) -> (&str, Lang)) -> Vec<T> {
    let total = lists.iter().map(Vec::len).sum();
    // Each key in the order it first appeared, with where its latest entry lies: `insert` on
    // a key already there replaces the value and keeps the place, the whole merge rule. The
    // map borrows the keys and holds positions, so no entry is moved or copied into it.
    let mut slots: IndexMap<(&str, Lang), (usize, usize), FxBuildHasher> =
        IndexMap::with_capacity_and_hasher(total, FxBuildHasher);
    for (l, list) in lists.iter().enumerate() {
        for (i, item) in list.iter().enumerate() {
            slots.insert(key(item), (l, i));
        }
    }
    if slots.len() < total {
        let places: Vec<(usize, usize)> = slots.into_values().collect();
        let mut lists: Vec<Vec<Option<T>>> = lists
            .into_iter()
            .map(|list| list.into_iter().map(Some).collect())
            .collect();
        return places
            .into_iter()
            .filter_map(|(l, i)| lists[l][i].take())
            .collect();
    }
    drop(slots);
    // Nothing replaces anything: the lists end to end. The longest one is kept where it lies
    // and the others moved around it, which spares copying (and, in a fresh process, paging
    // in) a second copy of a large file's entries.
    let longest = (0..lists.len())
        .max_by_key(|&i| lists[i].len())
        .unwrap_or(0);
    let Some(mut out) = lists.get_mut(longest).map(std::mem::take) else {
        return Vec::new();
    };
    let before: Vec<T> = lists.drain(..longest).flatten().collect();
    out.reserve(total - out.len());
    out.splice(0..0, before);
    out.extend(lists.into_iter().flatten());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::load::tests::GOOD;
    use crate::phrasebook::parse_file;

    #[derive(Default)]
    struct Book {
        phrases: Vec<Phrase>,
        steps: Vec<Step>,
    }

    /// The obvious quadratic merge, as the oracle for the linear one.
    fn naive_merge(files: impl IntoIterator<Item = PhraseFile>) -> (Vec<Phrase>, Vec<Step>) {
        let mut book = Book::default();
        for file in files {
            for phrase in file.phrases {
                match book
                    .phrases
                    .iter_mut()
                    .find(|p| p.id == phrase.id && p.lang == phrase.lang)
                {
                    Some(slot) => *slot = phrase,
                    None => book.phrases.push(phrase),
                }
            }
            for step in file.steps {
                match book
                    .steps
                    .iter_mut()
                    .find(|s| s.id == step.id && s.lang == step.lang)
                {
                    Some(slot) => *slot = step,
                    None => book.steps.push(step),
                }
            }
        }
        book.steps.sort_by_key(|s| s.stage);
        (book.phrases, book.steps)
    }

    #[test]
    fn linear_merge_matches_the_naive_merge() {
        let over = GOOD.replace("So far {impact}.", "Override.");
        let extra =
            format!("{over}\n[[phrase]]\nid = \"new\"\nstage = \"learn\"\ntext = \"New one\"\n");
        let files = || {
            let mut files = crate::phrasebook::builtin_files();
            files.push(parse_file("a", GOOD.as_bytes()).0.unwrap());
            files.push(parse_file("b", extra.as_bytes()).0.unwrap());
            files
        };
        let (fast, slow) = (merge(files()), naive_merge(files()));
        assert_eq!(fast.0, slow.0);
        assert_eq!(fast.1, slow.1);
        assert!(fast.0.iter().any(|p| p.text.starts_with("Override.")));
        // No repeats, the longest list in the middle: the end-to-end path (and an id shared
        // by two languages, which is no repeat).
        let long: String = (0..400)
            .map(|i| format!("[[phrase]]\nid = \"n{i}\"\nstage = \"learn\"\ntext = \"T{i}\"\n"))
            .collect();
        let distinct = || {
            let mut files = crate::phrasebook::builtin_files();
            files.push(
                parse_file("long", format!("lang = \"fr\"\n{long}").as_bytes())
                    .0
                    .unwrap(),
            );
            files.push(
                parse_file(
                    "short",
                    b"lang = \"en\"\n[[phrase]]\nid = \"n1\"\nstage = \"learn\"\ntext = \"x\"\n",
                )
                .0
                .unwrap(),
            );
            files
        };
        let (fast, slow) = (merge(distinct()), naive_merge(distinct()));
        assert_eq!(fast.0, slow.0);
        assert_eq!(fast.1, slow.1);
        assert_eq!(
            fast.0.len(),
            crate::phrasebook::Phrasebook::builtin().phrases.len() + 401
        );
        // Repeats within one file (which `parse_file` never gives) also keep the first place.
        let mut twice = parse_file("c", extra.as_bytes()).0.unwrap();
        let mut again = twice.phrases.clone();
        again[0].text = "Last one wins.".into();
        twice.phrases.extend(again);
        let with_twice = || files().into_iter().chain([twice.clone()]);
        let (fast, slow) = (merge(with_twice()), naive_merge(with_twice()));
        assert_eq!(fast.0, slow.0);
    }
}
