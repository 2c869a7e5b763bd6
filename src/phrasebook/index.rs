//! The word index packed with a book: every folded word of every phrase's text, tags and id
//! in an `fst` map pointing at the phrases that hold it, and the same for the words' stems;
//! and how one query word is looked up in it (exact, prefix, stem, one edit).
//!
//! A query word is looked up in the map, not compared with every phrase: its cost is the
//! words it matches and their postings, never a scan of the sentences.

use std::sync::OnceLock;

use fst::{Automaton, IntoStreamer, Map, MapBuilder, Streamer};
use levenshtein_automata::LevenshteinAutomatonBuilder;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

use super::Phrase;
use super::packed::{ID, Phrases, TAGS, TEXT};
use crate::lang::Lang;
use crate::text::fold;

/// The index's parts, as [`Phrases::pack_bytes`] lays them out.
pub(super) struct Built {
    pub words: Vec<u8>,
    pub stems: Vec<u8>,
    pub postings: Vec<u8>,
}

impl Built {
    pub fn len(&self) -> usize {
        self.words.len() + self.stems.len() + self.postings.len()
    }
}

/// The words of folded text: runs of ASCII letters and digits (folding leaves only ASCII).
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A phrase's (folded) text without its placeholders: `{contact}` is filled in, not said,
/// and would otherwise make "contact" match every greeting.
fn said(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('{') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        out.push(' ');
        match rest[open..].find('}') {
            Some(close) => rest = &rest[open + close + 1..],
            None => rest = &rest[open + 1..],
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Folds `text` into `out`, replacing what it held: ASCII only needs lowercasing.
fn fold_into(out: &mut String, text: &str) {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&fold(text));
    }
}

fn stemmer(lang: Lang) -> &'static Stemmer {
    static STEMMERS: OnceLock<[Stemmer; 2]> = OnceLock::new();
    let [en, fr] = STEMMERS.get_or_init(|| {
        [
            Stemmer::create(Algorithm::English),
            Stemmer::create(Algorithm::French),
        ]
    });
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// The stem of a folded word in `lang`.
pub fn stem(lang: Lang, word: &str) -> String {
    stemmer(lang).stem(word).into_owned()
}

/// Builds the index of `phrases`, postings in phrase order.
pub(super) fn build(phrases: &[Phrase]) -> Built {
    let mut postings: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
    let mut folded = String::new();
    for (i, p) in phrases.iter().enumerate() {
        let fields = [(TEXT, p.text.as_str()), (ID, p.id.as_str())]
            .into_iter()
            .chain(p.tags.iter().map(|t| (TAGS, t.as_str())));
        for (field, raw) in fields {
            fold_into(&mut folded, raw);
            let text = if field == TEXT {
                said(&folded)
            } else {
                std::borrow::Cow::Borrowed(folded.as_str())
            };
            for word in words(&text) {
                let posting = (i as u32) << 3 | u32::from(field);
                // Postings go in phrase order, so a word met again in the same phrase is
                // its list's last entry: it only gains a field.
                match postings.get_mut(word) {
                    Some(list) => match list.last_mut() {
                        Some(last) if *last >> 3 == i as u32 => *last |= u32::from(field),
                        _ => list.push(posting),
                    },
                    None => {
                        postings.insert(word.into(), vec![posting]);
                    }
                }
            }
        }
    }
    // Each word's stem in the language of each phrase that holds it, where it is not the
    // word itself: a stem that is a word is found among the words (see `mark`).
    let mut stems: FxHashMap<String, Vec<u32>> = FxHashMap::default();
    for (word, list) in &postings {
        let lang_of = |p: &u32| phrases[(p >> 3) as usize].lang;
        for lang in [Lang::En, Lang::Fr] {
            if !list.iter().any(|p| lang_of(p) == lang) {
                continue;
            }
            let stemmed = stem(lang, word);
            if *stemmed != **word {
                let of_lang = list.iter().filter(|p| lang_of(p) == lang);
                stems.entry(stemmed).or_default().extend(of_lang);
            }
        }
    }
    for list in stems.values_mut() {
        list.sort_unstable();
        list.dedup_by(|b, a| {
            let same = *a >> 3 == *b >> 3;
            if same {
                *a |= *b & 7;
            }
            same
        });
    }
    let mut all = Vec::new();
    let words = fst_of(postings.into_iter().collect(), &mut all);
    let stems = fst_of(
        stems.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        &mut all,
    );
    Built {
        words,
        stems,
        postings: all,
    }
}

/// An `fst` map from each word to the span of its postings, appended to `all`: per posting,
/// the distance from the phrase before it (shifted left by three, over its fields) as a
/// LEB128 varint, so that a common word costs a byte or two per phrase, not four.
fn fst_of(mut entries: Vec<(Box<str>, Vec<u32>)>, all: &mut Vec<u8>) -> Vec<u8> {
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut map = MapBuilder::memory();
    for (word, list) in entries {
        let start = all.len();
        let mut before = 0;
        for posting in list {
            let phrase = posting >> 3;
            let mut value = u64::from(phrase - before) << 3 | u64::from(posting & 7);
            before = phrase;
            loop {
                let byte = (value & 0x7f) as u8;
                value >>= 7;
                if value == 0 {
                    all.push(byte);
                    break;
                }
                all.push(byte | 0x80);
            }
        }
        let span = (start as u64) << 32 | (all.len() - start) as u64;
        // Keys are sorted and distinct, so an insert cannot fail.
        let _ = map.insert(word.as_bytes(), span);
    }
    map.into_inner().unwrap_or_default()
}

/// How well a query word matched a word of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Edit = 0,
    Prefix = 1,
    Exact = 2,
}

/// The quality of a match, 1 to 9 (0 is none): the tier first, then where the word stands
/// (text before tags before id).
fn quality(tier: Tier, fields: u32) -> u8 {
    let field = if fields & u32::from(TEXT) != 0 {
        2
    } else if fields & u32::from(TAGS) != 0 {
        1
    } else {
        0
    };
    tier as u8 * 3 + field + 1
}

fn edits() -> &'static LevenshteinAutomatonBuilder {
    static EDITS: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    // One edit, a swap of two neighbours counting as one: `wrokaround`, `desloe`.
    EDITS.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true))
}

/// Query words this long or longer also match within one edit...
pub const EDIT_FROM: usize = 4;
/// ...up to this long.
pub const MAX_EDIT_WORD: usize = 32;

/// Writes into `best`, per phrase, the best quality with which `word` (folded, one word)
/// matches it, keeping what is there when it is better. `best` has one byte per phrase.
pub(super) fn mark(book: &Phrases, word: &str, lang: Lang, best: &mut [u8]) {
    let (Ok(words), Ok(stems)) = (
        Map::new(book.section(&book.words)),
        Map::new(book.section(&book.stems)),
    ) else {
        return;
    };
    let mut put = |span: u64, tier: Tier| {
        for posting in book.postings(span) {
            let q = quality(tier, posting & 7);
            if let Some(slot) = best.get_mut((posting >> 3) as usize) {
                *slot = (*slot).max(q);
            }
        }
    };
    if let Some(span) = words.get(word) {
        put(span, Tier::Exact);
    }
    let mut prefixed = words
        .search(fst::automaton::Str::new(word).starts_with())
        .into_stream();
    while let Some((_, span)) = prefixed.next() {
        put(span, Tier::Prefix);
    }
    let stemmed = stem(lang, word);
    if let Some(span) = stems.get(&stemmed) {
        put(span, Tier::Prefix);
    }
    // Words that are their own stem are not in the stem map: "apology" holds the word
    // "apolog" no more than "apologize" does, but a phrase may hold the bare stem.
    if stemmed != word
        && let Some(span) = words.get(&stemmed)
    {
        put(span, Tier::Prefix);
    }
    // The automaton grows with the word: past a real word's length, no edits are looked for.
    if (EDIT_FROM..=MAX_EDIT_WORD).contains(&word.len()) {
        let dfa = edits().build_prefix_dfa(word);
        let mut near = words.search(&dfa).into_stream();
        while let Some((_, span)) = near.next() {
            put(span, Tier::Edit);
        }
    }
}

/// True when `word` matches `candidate` (one folded word of a phrase) by the rules of
/// [`mark`], stems aside: the reference that tests hold the index to.
pub fn matches_word(word: &str, candidate: &str) -> bool {
    candidate.starts_with(word)
        || ((EDIT_FROM..=MAX_EDIT_WORD).contains(&word.len()) && {
            let dfa = edits().build_prefix_dfa(word);
            let mut state = dfa.start();
            for &b in candidate.as_bytes() {
                if dfa.is_match(&state) {
                    break;
                }
                state = dfa.accept(&state, b);
            }
            dfa.is_match(&state)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_not_words_of_the_text() {
        assert_eq!(said("Hi {contact}, sorry"), "Hi  , sorry");
        assert_eq!(said("a {b"), "a  b");
        let w: Vec<_> = words("l'equipe, 2 users!").collect();
        assert_eq!(w, ["l", "equipe", "2", "users"]);
    }

    #[test]
    fn one_edit_includes_a_swap_and_a_prefix_but_not_two_edits() {
        assert!(matches_word("wrokaround", "workaround"));
        assert!(matches_word("desloe", "desole"));
        assert!(matches_word("apologise", "apologize"));
        assert!(matches_word("work", "workaround"));
        assert!(matches_word("updat", "updates"));
        assert!(
            !matches_word("eta", "beta"),
            "short words match by prefix only"
        );
        assert!(!matches_word("rembourse", "rembourrage"));
    }

    #[test]
    fn stems_join_the_forms_a_person_means() {
        assert_eq!(
            stem(Lang::Fr, "remboursement"),
            stem(Lang::Fr, "rembourser")
        );
        assert_eq!(stem(Lang::En, "apologize"), stem(Lang::En, "apology"));
    }
}
