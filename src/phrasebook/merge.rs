//! Merging phrasebook files in linear time: a later entry with the same id and language
//! replaces an earlier one where it stood, which is how user files override the built-in ones.

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

use super::{Lang, Phrase, PhraseFile, Phrasebook, Step};

/// Entries by id and language, in the order each key first appeared: `insert` on a key
/// already there replaces its value and keeps its place, which is the whole merge rule.
type Entries<T> = IndexMap<(String, Lang), T, FxBuildHasher>;

/// Where an entry keeps its id, and its language.
type KeyOf<T> = fn(&mut T) -> (&mut String, Lang);

/// [`Phrasebook::merge`]: entries keyed by id and language, a later one replacing an earlier
/// one where it stood, steps then stably sorted by stage.
pub(crate) fn merge(files: impl IntoIterator<Item = PhraseFile>) -> Phrasebook {
    let phrase_key: KeyOf<Phrase> = |p| (&mut p.id, p.lang);
    let step_key: KeyOf<Step> = |s| (&mut s.id, s.lang);
    let (mut phrases, mut steps) = (Entries::default(), Entries::default());
    for file in files {
        insert_all(&mut phrases, file.phrases, phrase_key);
        insert_all(&mut steps, file.steps, step_key);
    }
    let phrases = into_list(phrases, phrase_key);
    let mut steps = into_list(steps, step_key);
    steps.sort_by_key(|s| s.stage);
    Phrasebook { phrases, steps }
}

fn insert_all<T>(entries: &mut Entries<T>, items: Vec<T>, key: KeyOf<T>) {
    entries.reserve(items.len());
    for mut item in items {
        let (id, lang) = key(&mut item);
        // The id moves into the key instead of being copied (a large file has 100k of them);
        // `into_list` moves it back.
        let id = std::mem::take(id);
        entries.insert((id, lang), item);
    }
}

fn into_list<T>(entries: Entries<T>, key: KeyOf<T>) -> Vec<T> {
    entries
        .into_iter()
        .map(|((id, _), mut item)| {
            *key(&mut item).0 = id;
            item
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::load::tests::GOOD;
    use crate::phrasebook::parse_file;

    /// The obvious quadratic merge, as the oracle for the indexed one.
    fn naive_merge(files: impl IntoIterator<Item = PhraseFile>) -> Phrasebook {
        let mut book = Phrasebook::default();
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
        book
    }

    #[test]
    fn indexed_merge_matches_the_naive_merge() {
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
        assert_eq!(fast.phrases, slow.phrases);
        assert_eq!(fast.steps, slow.steps);
        assert!(fast.phrases.iter().any(|p| p.text.starts_with("Override.")));
        // No repeats, the longest list in the middle, an id shared by two languages.
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
        assert_eq!(fast.phrases, slow.phrases);
        assert_eq!(fast.steps, slow.steps);
        assert_eq!(
            fast.phrases.len(),
            crate::phrasebook::Phrasebook::builtin().phrases.len() + 401
        );
        // Repeats within one file (which `parse_file` never gives) also keep the first place.
        let mut twice = parse_file("c", extra.as_bytes()).0.unwrap();
        let mut again = twice.phrases.clone();
        again[0].text = "Last one wins.".into();
        twice.phrases.extend(again);
        let with_twice = || files().into_iter().chain([twice.clone()]);
        let (fast, slow) = (merge(with_twice()), naive_merge(with_twice()));
        assert_eq!(fast.phrases, slow.phrases);
    }
}
