//! Merging phrasebook files in linear time: a later entry with the same id and language
//! replaces an earlier one where it stood, which is how user files override the built-in ones.

use std::collections::HashMap;
use std::hash::Hasher;

use rustc_hash::FxBuildHasher;

use super::{Lang, PhraseFile, Phrasebook};

/// [`Phrasebook::merge`]: linear time; entries keyed by id and language, a
/// later one replacing an earlier one where it stood, steps then stably sorted by stage.
pub(crate) fn merge(files: impl IntoIterator<Item = PhraseFile>) -> Phrasebook {
    let (mut phrases, mut steps) = (Vec::new(), Vec::new());
    for file in files {
        phrases.push(file.phrases);
        steps.push(file.steps);
    }
    let phrases = merge_lists(phrases, |p| (&p.id, p.lang));
    let mut steps = merge_lists(steps, |s| (&s.id, s.lang));
    steps.sort_by_key(|s| s.stage);
    Phrasebook { phrases, steps }
}

fn merge_lists<T>(mut lists: Vec<Vec<T>>, key: impl Fn(&T) -> (&str, Lang)) -> Vec<T> {
    let total = lists.iter().map(Vec::len).sum();
    let mut seen: std::collections::HashSet<u64, FxBuildHasher> =
        std::collections::HashSet::default();
    seen.reserve(total);
    let all_distinct = lists
        .iter()
        .flatten()
        .all(|item| seen.insert(key_hash(key(item))));
    drop(seen);
    if all_distinct {
        // Nothing replaces anything: the lists end to end. The longest one is kept where it
        // lies and the others moved around it, which spares copying (and paging in) a
        // second copy of a large file's entries.
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
        return out;
    }
    let mut out = Vec::with_capacity(total);
    let mut slots = Slots::default();
    slots.reserve(total);
    for item in lists.into_iter().flatten() {
        slots.place(&mut out, item, &key);
    }
    out
}

/// Where each entry stands, by a hash of its id and language. Only the hash is kept (the
/// strings stay in the list), and a hash shared by two keys is settled by comparing them.
#[derive(Default)]
struct Slots(HashMap<u64, usize, FxBuildHasher>);

impl Slots {
    fn reserve(&mut self, additional: usize) {
        self.0.reserve(additional);
    }

    fn place<T, K>(&mut self, list: &mut Vec<T>, item: T, key: K)
    where
        K: Fn(&T) -> (&str, Lang),
    {
        let hash = key_hash(key(&item));
        let at = match self.0.get(&hash) {
            None => None,
            Some(&i) if key(&list[i]) == key(&item) => Some(i),
            // Two keys with one hash: rare enough for a plain scan.
            Some(_) => list.iter().position(|other| key(other) == key(&item)),
        };
        match at {
            Some(i) => list[i] = item,
            None => {
                self.0.entry(hash).or_insert(list.len());
                list.push(item);
            }
        }
    }
}

/// A strong 64-bit hash (SipHash with fixed keys), so that two keys sharing one is as rare
/// as it is harmless.
fn key_hash((id, lang): (&str, Lang)) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(id.as_bytes());
    hasher.write_u8(lang as u8);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::load::tests::GOOD;
    use crate::phrasebook::{Phrase, Stage, parse_file};

    #[test]
    fn a_hash_shared_by_two_keys_keeps_both_entries() {
        let phrase = |id: &str, text: &str| Phrase {
            id: id.into(),
            lang: Lang::En,
            stage: Stage::Learn,
            tags: Vec::new(),
            text: text.into(),
        };
        fn key(p: &Phrase) -> (&str, Lang) {
            (p.id.as_str(), p.lang)
        }
        let (mut slots, mut list) = (Slots::default(), Vec::new());
        slots.place(&mut list, phrase("a", "1"), key);
        // Point the hash of `b` at `a`, as a collision would.
        slots.0.insert(key_hash(("b", Lang::En)), 0);
        slots.place(&mut list, phrase("b", "2"), key);
        slots.place(&mut list, phrase("b", "3"), key);
        slots.place(&mut list, phrase("a", "4"), key);
        let texts: Vec<_> = list.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["4", "3"]);
    }

    /// The obvious quadratic merge, as the oracle for the linear one.
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
        assert_eq!(fast.phrases, slow.phrases);
        assert_eq!(fast.steps, slow.steps);
        assert!(fast.phrases.iter().any(|p| p.text.starts_with("Override.")));
        // No repeats, the longest list in the middle: the end-to-end path.
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
