//! The merged book's phrases packed in one block of bytes, with their word index, read in
//! place: opening a book of 100k phrases costs checking it, not one allocation per string.
//!
//! Layout, every integer a little-endian `u32`:
//! - a header: the number of phrases, of strings, and the byte lengths of the blob, the word
//!   index, the stem index and the postings;
//! - per phrase, three integers: its first string, then its tag count (low 16 bits), language
//!   and stage (a byte each), then its slots (a bit each);
//! - per string, where it ends in the blob (it starts where the one before ends);
//! - the blob: each phrase's id, text and tags, end to end;
//! - the word index and the stem index ([`super::index`]), two `fst` maps from a folded word
//!   to a span of postings;
//! - the postings, per word a list of varints: each the distance from the phrase before
//!   (from 0 for the first) shifted left by three, over the fields the word
//!   stands in ([`TEXT`], [`TAGS`], [`ID`]).
//!
//! [`Phrases::open`] refuses anything inconsistent: lengths that do not add up, strings that
//! are not clean UTF-8 or do not end on a character boundary, a phrase whose strings or
//! language or stage do not exist, an index `fst` does not accept. After that, reading a phrase
//! cannot fail.

use std::ops::Range;
use std::sync::Arc;

use strum::IntoEnumIterator;

use super::Phrase;
pub use super::phrase_ref::{PhraseRef, Tags};
use crate::lang::{Lang, Slot, Stage};

/// The fields a word of a posting stands in.
pub const TEXT: u8 = 1;
pub const TAGS: u8 = 2;
pub const ID: u8 = 4;

const HEADER: usize = 6 * 4;
/// A phrase's record: its first string; tag count, language and stage; its slots (one bit each).
const RECORD: usize = 3 * 4;

/// The bytes a book is read from: built in memory, or a cache file mapped read-only (no
/// copy, no zeroed pages: a fifth of a warm start at 100k phrases went to both). crisis
/// replaces a cache file by renaming a new one over it, never by writing into it, so a
/// mapping never sees its file change.
pub enum Bytes {
    Owned(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Owned(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}

/// The phrases of a book, shared: a clone costs a reference count.
#[derive(Clone)]
pub struct Phrases {
    data: Arc<Bytes>,
    len: usize,
    records: usize,
    ends: usize,
    blob: Range<usize>,
    pub(super) words: Range<usize>,
    pub(super) stems: Range<usize>,
    postings: Range<usize>,
}

impl std::fmt::Debug for Phrases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Default for Phrases {
    fn default() -> Phrases {
        Phrases::pack(&[])
    }
}

impl PartialEq for Phrases {
    fn eq(&self, other: &Phrases) -> bool {
        self.len == other.len && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

/// One phrase's record, read: where its strings start, how many tags, its language, stage
/// and slots. `None` when the language or stage is none there is, or the slots name more.
struct Record {
    first: u32,
    tags: u32,
    lang: Lang,
    stage: Stage,
    slots: u32,
}

/// A phrase's strings as packed: id, text, then its tags (as many as a record counts).
fn strings_of(p: &Phrase) -> impl Iterator<Item = &String> {
    [&p.id, &p.text]
        .into_iter()
        .chain(p.tags.iter().take(MAX_TAGS))
}

/// A record counts tags in 16 bits; a phrase with more (none is written by hand) keeps these.
const MAX_TAGS: usize = 0xffff;

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

impl Phrases {
    /// Packs `phrases`, their word index with them.
    pub fn pack(phrases: &[Phrase]) -> Phrases {
        let bytes = Phrases::pack_bytes(phrases);
        let len = bytes.len();
        // Built here from clean, parsed phrases: it opens, or packing has a bug.
        Phrases::open(Arc::new(Bytes::Owned(bytes)), 0..len).unwrap_or_else(|| {
            debug_assert!(false, "a freshly packed book does not open");
            Phrases::empty()
        })
    }

    fn empty() -> Phrases {
        let bytes = Phrases::pack_bytes(&[]);
        let len = bytes.len();
        Phrases::open(Arc::new(Bytes::Owned(bytes)), 0..len).expect("the empty book opens")
    }

    /// The packed form of `phrases`, as [`Phrases::open`] reads it.
    pub fn pack_bytes(phrases: &[Phrase]) -> Vec<u8> {
        let strings: usize = phrases.iter().map(|p| strings_of(p).count()).sum();
        let blob_len: usize = phrases.iter().flat_map(strings_of).map(String::len).sum();
        let index = super::index::build(phrases);
        let mut out = Vec::with_capacity(
            HEADER + RECORD * phrases.len() + 4 * strings + blob_len + index.len(),
        );
        let push = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
        for n in [
            phrases.len(),
            strings,
            blob_len,
            index.words.len(),
            index.stems.len(),
            index.postings.len(),
        ] {
            push(&mut out, n);
        }
        let mut first = 0;
        for p in phrases {
            push(&mut out, first);
            let tags = strings_of(p).count() - 2;
            push(
                &mut out,
                tags | (p.lang as usize) << 16 | (p.stage as usize) << 24,
            );
            push(
                &mut out,
                p.slots.iter().fold(0, |bits, s| bits | 1 << *s as usize),
            );
            first += 2 + tags;
        }
        let mut end = 0;
        for s in phrases.iter().flat_map(strings_of) {
            end += s.len();
            push(&mut out, end);
        }
        for s in phrases.iter().flat_map(strings_of) {
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&index.words);
        out.extend_from_slice(&index.stems);
        out.extend_from_slice(&index.postings);
        out
    }

    /// Reads the packed phrases in `data[range]`, checking all of it first; `None` for
    /// anything [`Phrases::pack_bytes`] would not have written.
    pub fn open(data: Arc<Bytes>, range: Range<usize>) -> Option<Phrases> {
        let bytes = data.get(range.clone())?;
        let field = |i: usize| u32_at(bytes, 4 * i).map(|n| n as usize);
        let (len, strings, blob_len) = (field(0)?, field(1)?, field(2)?);
        let (words_len, stems_len, postings) = (field(3)?, field(4)?, field(5)?);
        let records = range.start + HEADER;
        let ends = records.checked_add(len.checked_mul(RECORD)?)?;
        let blob_start = ends.checked_add(strings.checked_mul(4)?)?;
        let blob = blob_start..blob_start.checked_add(blob_len)?;
        let words = blob.end..blob.end.checked_add(words_len)?;
        let stems = words.end..words.end.checked_add(stems_len)?;
        let postings = stems.end..stems.end.checked_add(postings)?;
        if postings.end != range.end {
            return None;
        }
        let phrases = Phrases {
            data,
            len,
            records,
            ends,
            blob,
            words,
            stems,
            postings,
        };
        phrases.is_sound(strings).then_some(phrases)
    }

    /// Every check [`Phrases::open`] promises.
    fn is_sound(&self, strings: usize) -> bool {
        let data: &[u8] = &self.data;
        let Ok(blob) = std::str::from_utf8(&data[self.blob.clone()]) else {
            return false;
        };
        if !is_clean(blob) {
            return false;
        }
        let mut start = 0;
        let ends = &data[self.ends..self.ends + 4 * strings];
        for end in ends.chunks_exact(4) {
            let end = u32::from_le_bytes(end.try_into().unwrap_or_default()) as usize;
            if end < start || end > blob.len() || !blob.is_char_boundary(end) {
                return false;
            }
            start = end;
        }
        let mut next = 0;
        for i in 0..self.len {
            match self.record(i) {
                Some(r) if r.first as usize == next => next += 2 + r.tags as usize,
                _ => return false,
            }
        }
        next == strings
            && fst::Map::new(&data[self.words.clone()]).is_ok()
            && fst::Map::new(&data[self.stems.clone()]).is_ok()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub(super) fn string(&self, s: usize) -> &str {
        let end_at = |s: usize| u32_at(&self.data, self.ends + 4 * s).unwrap_or(0) as usize;
        let start = if s == 0 { 0 } else { end_at(s - 1) };
        let blob = &self.data[self.blob.clone()];
        // Checked at `open`: clean UTF-8, ends on boundaries.
        std::str::from_utf8(&blob[start..end_at(s)]).unwrap_or_default()
    }

    /// Record `i`, decoded; `None` past the end or for a record no book holds.
    fn record(&self, i: usize) -> Option<Record> {
        if i >= self.len {
            return None;
        }
        let at = self.records + RECORD * i;
        let (first, small) = (u32_at(&self.data, at)?, u32_at(&self.data, at + 4)?);
        let slots = u32_at(&self.data, at + 8)?;
        if slots >> Slot::iter().count() != 0 {
            return None;
        }
        Some(Record {
            first,
            tags: small & 0xffff,
            lang: Lang::iter().nth(((small >> 16) & 0xff) as usize)?,
            stage: Stage::iter().nth((small >> 24) as usize)?,
            slots,
        })
    }

    /// The phrase at `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<PhraseRef<'_>> {
        let r = self.record(i)?;
        let first = r.first as usize;
        Some(PhraseRef {
            slots: r.slots,
            id: self.string(first),
            text: self.string(first + 1),
            lang: r.lang,
            stage: r.stage,
            tags: Tags {
                book: self,
                first: r.first + 2,
                end: r.first + 2 + r.tags,
            },
        })
    }

    /// The phrase at `i`; `i` must be below [`Phrases::len`], as a hit's index is.
    pub fn at(&self, i: usize) -> PhraseRef<'_> {
        self.get(i).expect("a phrase index within the book")
    }

    pub fn iter(&self) -> impl Iterator<Item = PhraseRef<'_>> {
        (0..self.len).filter_map(|i| self.get(i))
    }

    /// How many phrases are in `lang`, read from the records alone.
    pub fn count(&self, lang: Lang) -> usize {
        (0..self.len)
            .filter(|&i| self.summary(i).is_some_and(|(l, ..)| l == lang))
            .count()
    }

    /// Phrase `i`'s language, stage and the length of its text in bytes, without reading
    /// its strings: what a search looks at for every candidate.
    pub(super) fn summary(&self, i: usize) -> Option<(Lang, Stage, usize)> {
        let r = self.record(i)?;
        let first = r.first as usize;
        let end_at = |s: usize| u32_at(&self.data, self.ends + 4 * s).map(|e| e as usize);
        let text_len = end_at(first + 1)?.checked_sub(end_at(first)?)?;
        Some((r.lang, r.stage, text_len))
    }

    pub(super) fn section(&self, range: &Range<usize>) -> &[u8] {
        &self.data[range.clone()]
    }

    /// The postings of a span an index gives (`start << 32 | length`, in bytes of the
    /// postings), each as `phrase << 3 | fields`. A span or a varint that runs past its end
    /// stops the list; a phrase past the book is dropped where it is used.
    pub(super) fn postings(&self, span: u64) -> impl Iterator<Item = u32> + '_ {
        let (start, len) = ((span >> 32) as usize, (span & 0xffff_ffff) as usize);
        let all = &self.data[self.postings.clone()];
        let mut bytes = all
            .get(start..start.saturating_add(len))
            .unwrap_or_default();
        let mut phrase: u64 = 0;
        std::iter::from_fn(move || {
            let mut value: u64 = 0;
            for shift in (0..64).step_by(7) {
                let (&byte, rest) = bytes.split_first()?;
                bytes = rest;
                value |= u64::from(byte & 0x7f) << shift;
                if byte & 0x80 == 0 {
                    phrase = phrase.saturating_add(value >> 3);
                    return u32::try_from(phrase << 3 | (value & 7)).ok();
                }
            }
            None
        })
    }
}

/// True when `text` holds nothing that `text::clean` removes. The blob of a large book is
/// megabytes, so this looks at eight bytes at a time for the only bytes that can start an
/// unsafe character in UTF-8 (a control below 0x20, DEL, the lead bytes 0xC2 of C1
/// controls and 0xE2 of bidi controls) and checks the few words that hold one byte by byte.
fn is_clean(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Exact tests for "some byte is below n" (n <= 0x80) and "some byte is zero".
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGH != 0;
    let has = |w: u64, b: u64| below(w ^ (ONES * b), 1);
    let bytes = text.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
        if (below(w, 0x20) || has(w, 0x7f) || has(w, 0xc2) || has(w, 0xe2))
            && (at..at + 8).any(|i| unsafe_at(bytes, i))
        {
            return false;
        }
        at += 8;
    }
    !(at..bytes.len()).any(|i| unsafe_at(bytes, i))
}

/// True when an unsafe character (as `text::clean` sees it) starts at byte `i` of UTF-8 text.
fn unsafe_at(bytes: &[u8], i: usize) -> bool {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes[i] {
        b'\t' | b'\n' => false,
        0..0x20 | 0x7f => true,
        0xc2 => (0x80..=0x9f).contains(&next(1)),
        0xe2 => matches!(
            (next(1), next(2)),
            (0x80, 0xaa..=0xae) | (0x81, 0xa6..=0xa9)
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn phrase(id: &str, lang: Lang, text: &str, tags: &[&str]) -> Phrase {
        Phrase {
            id: id.into(),
            lang,
            stage: Stage::Update,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            text: text.into(),
            slots: Vec::new(),
        }
    }

    fn sample() -> Vec<Phrase> {
        vec![
            phrase(
                "a.one",
                Lang::En,
                "Sorry for the wait.",
                &["email", "client"],
            ),
            phrase("a.one", Lang::Fr, "Désolé pour l’attente.", &[]),
            phrase("b", Lang::En, "", &["chat"]),
        ]
    }

    #[test]
    fn what_is_packed_reads_back_whole() {
        let mut list = sample();
        list[0].slots = vec![Slot::Apology, Slot::Closing];
        let book = Phrases::pack(&list);
        assert_eq!(book.len(), 3);
        let back: Vec<Phrase> = book.iter().map(|p| p.to_phrase()).collect();
        assert_eq!(back, list);
        assert_eq!(book.at(0).tags.join(" "), "email client");
        assert!(book.get(3).is_none());
        assert!(Phrases::default().is_empty());
    }

    #[test]
    fn every_truncation_and_many_flipped_bytes_are_refused_or_read_safely() {
        let bytes = Phrases::pack_bytes(&sample());
        for cut in 0..bytes.len() {
            let short = bytes[..cut].to_vec();
            assert!(
                Phrases::open(Arc::new(Bytes::Owned(short)), 0..cut).is_none(),
                "cut {cut}"
            );
        }
        for at in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut bad = bytes.clone();
                bad[at] ^= flip;
                let len = bad.len();
                // Refused, or read without a panic and without an unsafe character.
                if let Some(book) = Phrases::open(Arc::new(Bytes::Owned(bad)), 0..len) {
                    for p in book.iter() {
                        assert!(crate::text::is_clean(p.text) && crate::text::is_clean(p.id));
                    }
                }
            }
        }
    }

    #[test]
    fn the_fast_check_agrees_with_text_clean_for_every_character_at_every_place() {
        let interesting = (0..0x300u32)
            .chain(0x2000..0x2100)
            .chain([0xa0, 0x202f, 0xfeff, 0x1f600])
            .filter_map(char::from_u32);
        for c in interesting {
            for at in 0..17 {
                let mut text: String = "x".repeat(at);
                text.push(c);
                text.push_str("yé");
                assert_eq!(
                    is_clean(&text),
                    crate::text::is_clean(&text),
                    "{c:?} at {at}"
                );
            }
        }
    }

    #[test]
    fn an_escape_sequence_in_the_blob_is_refused() {
        let mut list = sample();
        list[0].text = "ok".into();
        let mut bytes = Phrases::pack_bytes(&list);
        let at = bytes.windows(2).position(|w| w == b"ok").unwrap();
        bytes[at] = 0x1b;
        let len = bytes.len();
        assert!(Phrases::open(Arc::new(Bytes::Owned(bytes)), 0..len).is_none());
    }
}
