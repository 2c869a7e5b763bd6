//! The merged book's phrases packed in one block of bytes, with their word index, read in
//! place: opening a book of 100k phrases costs checking it, not one allocation per string.
//!
//! Layout, every integer a little-endian `u32`:
//! - a header: the number of phrases, of strings, and the byte lengths of the blob, the word
//!   index and the stem index, then the number of postings;
//! - per phrase, two integers: its first string, then its tag count (low 16 bits), language
//!   and stage (a byte each);
//! - per string, where it ends in the blob (it starts where the one before ends);
//! - the blob: each phrase's id, text and tags, end to end;
//! - the word index and the stem index ([`super::index`]), two `fst` maps from a folded word
//!   to a span of postings;
//! - the postings: each a phrase's number shifted left by three, over the fields the word
//!   stands in ([`TEXT`], [`TAGS`], [`ID`]).
//!
//! [`Phrases::open`] refuses anything inconsistent: lengths that do not add up, strings that
//! are not clean UTF-8 or do not end on a character boundary, a phrase whose strings or
//! language or stage do not exist, an index `fst` does not accept. After that, reading a phrase
//! cannot fail.

use std::ops::Range;
use std::sync::Arc;

use serde::ser::{Serialize, SerializeSeq, Serializer};
use strum::IntoEnumIterator;

use super::Phrase;
use crate::lang::{Lang, Stage};

/// The fields a word of a posting stands in.
pub const TEXT: u8 = 1;
pub const TAGS: u8 = 2;
pub const ID: u8 = 4;

const HEADER: usize = 6 * 4;

/// The phrases of a book, shared: a clone costs a reference count.
#[derive(Clone)]
pub struct Phrases {
    data: Arc<Vec<u8>>,
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

/// One phrase, borrowed from its book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseRef<'a> {
    pub id: &'a str,
    pub lang: Lang,
    pub stage: Stage,
    pub text: &'a str,
    pub tags: Tags<'a>,
}

impl PhraseRef<'_> {
    pub fn to_phrase(&self) -> Phrase {
        Phrase {
            id: self.id.to_owned(),
            lang: self.lang,
            stage: self.stage,
            tags: self.tags.iter().map(str::to_owned).collect(),
            text: self.text.to_owned(),
        }
    }
}

/// A phrase's tags, borrowed from its book.
#[derive(Clone, Copy)]
pub struct Tags<'a> {
    book: &'a Phrases,
    first: u32,
    end: u32,
}

impl<'a> Tags<'a> {
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let book = self.book;
        (self.first..self.end).map(move |s| book.string(s as usize))
    }

    pub fn len(&self) -> usize {
        (self.end - self.first) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.end == self.first
    }

    pub fn contains(&self, tag: &str) -> bool {
        self.iter().any(|t| t == tag)
    }

    pub fn join(&self, sep: &str) -> String {
        self.iter().collect::<Vec<_>>().join(sep)
    }
}

impl PartialEq for Tags<'_> {
    fn eq(&self, other: &Tags<'_>) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Tags<'_> {}

impl std::fmt::Debug for Tags<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Tags<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for tag in self.iter() {
            seq.serialize_element(tag)?;
        }
        seq.end()
    }
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
        Phrases::open(Arc::new(bytes), 0..len).unwrap_or_else(|| {
            debug_assert!(false, "a freshly packed book does not open");
            Phrases::empty()
        })
    }

    fn empty() -> Phrases {
        let bytes = Phrases::pack_bytes(&[]);
        let len = bytes.len();
        Phrases::open(Arc::new(bytes), 0..len).expect("the empty book opens")
    }

    /// The packed form of `phrases`, as [`Phrases::open`] reads it.
    pub fn pack_bytes(phrases: &[Phrase]) -> Vec<u8> {
        let strings: usize = phrases.iter().map(|p| strings_of(p).count()).sum();
        let blob_len: usize = phrases.iter().flat_map(strings_of).map(String::len).sum();
        let index = super::index::build(phrases);
        let mut out =
            Vec::with_capacity(HEADER + 8 * phrases.len() + 4 * strings + blob_len + index.len());
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
        for posting in &index.postings {
            out.extend_from_slice(&posting.to_le_bytes());
        }
        out
    }

    /// Reads the packed phrases in `data[range]`, checking all of it first; `None` for
    /// anything [`Phrases::pack_bytes`] would not have written.
    pub fn open(data: Arc<Vec<u8>>, range: Range<usize>) -> Option<Phrases> {
        let bytes = data.get(range.clone())?;
        let field = |i: usize| u32_at(bytes, 4 * i).map(|n| n as usize);
        let (len, strings, blob_len) = (field(0)?, field(1)?, field(2)?);
        let (words_len, stems_len, postings) = (field(3)?, field(4)?, field(5)?);
        let records = range.start + HEADER;
        let ends = records.checked_add(len.checked_mul(8)?)?;
        let blob_start = ends.checked_add(strings.checked_mul(4)?)?;
        let blob = blob_start..blob_start.checked_add(blob_len)?;
        let words = blob.end..blob.end.checked_add(words_len)?;
        let stems = words.end..words.end.checked_add(stems_len)?;
        let postings = stems.end..stems.end.checked_add(postings.checked_mul(4)?)?;
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
        let data = self.data.as_slice();
        let Ok(blob) = std::str::from_utf8(&data[self.blob.clone()]) else {
            return false;
        };
        if !is_clean(blob) {
            return false;
        }
        let mut start = 0;
        for s in 0..strings {
            let Some(end) = u32_at(data, self.ends + 4 * s) else {
                return false;
            };
            let end = end as usize;
            if end < start || end > blob.len() || !blob.is_char_boundary(end) {
                return false;
            }
            start = end;
        }
        let mut next = 0;
        for i in 0..self.len {
            let (Some(first), Some(small)) = (
                u32_at(data, self.records + 8 * i),
                u32_at(data, self.records + 8 * i + 4),
            ) else {
                return false;
            };
            let tags = (small & 0xffff) as usize;
            let lang = (small >> 16) & 0xff;
            let stage = small >> 24;
            if first as usize != next
                || Lang::iter().nth(lang as usize).is_none()
                || Stage::iter().nth(stage as usize).is_none()
            {
                return false;
            }
            next += 2 + tags;
        }
        next == strings
            && fst::Map::new(&data[self.words.clone()]).is_ok()
            && fst::Map::new(&data[self.stems.clone()]).is_ok()
            && (0..self.postings.len() / 4)
                .all(|i| self.posting(i).is_some_and(|p| (p >> 3) < self.len as u32))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn string(&self, s: usize) -> &str {
        let end_at = |s: usize| u32_at(&self.data, self.ends + 4 * s).unwrap_or(0) as usize;
        let start = if s == 0 { 0 } else { end_at(s - 1) };
        let blob = &self.data[self.blob.clone()];
        // Checked at `open`: clean UTF-8, ends on boundaries.
        std::str::from_utf8(&blob[start..end_at(s)]).unwrap_or_default()
    }

    /// The phrase at `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<PhraseRef<'_>> {
        if i >= self.len {
            return None;
        }
        let first = u32_at(&self.data, self.records + 8 * i)?;
        let small = u32_at(&self.data, self.records + 8 * i + 4)?;
        Some(PhraseRef {
            id: self.string(first as usize),
            text: self.string(first as usize + 1),
            lang: Lang::iter().nth(((small >> 16) & 0xff) as usize)?,
            stage: Stage::iter().nth((small >> 24) as usize)?,
            tags: Tags {
                book: self,
                first: first + 2,
                end: first + 2 + (small & 0xffff),
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

    /// The language of phrase `i`, without reading its strings.
    pub(super) fn lang_of(&self, i: usize) -> Option<Lang> {
        let small = u32_at(&self.data, self.records + 8 * i + 4)?;
        Lang::iter().nth(((small >> 16) & 0xff) as usize)
    }

    pub(super) fn section(&self, range: &Range<usize>) -> &[u8] {
        &self.data[range.clone()]
    }

    pub(super) fn posting(&self, i: usize) -> Option<u32> {
        u32_at(&self.data, self.postings.start + 4 * i).filter(|_| i < self.postings.len() / 4)
    }

    /// The postings of a span an index gives: `start << 32 | count`.
    pub(super) fn postings(&self, span: u64) -> impl Iterator<Item = u32> + '_ {
        let (start, count) = ((span >> 32) as usize, (span & 0xffff_ffff) as usize);
        (start..start.saturating_add(count)).map_while(|i| self.posting(i))
    }
}

/// True when `text` holds nothing that `text::clean` removes, eight bytes at a time where
/// they are printable ASCII: the blob of a large book is megabytes.
fn is_clean(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8)
            && super::codec::printable_ascii(word)
        {
            i += 8;
            continue;
        }
        // `i` is on a character boundary: it only ever moves by ASCII bytes or whole characters.
        let Some(c) = text[i..].chars().next() else {
            return false;
        };
        if !crate::text::is_clean(c.encode_utf8(&mut [0; 4])) {
            return false;
        }
        i += c.len_utf8();
    }
    true
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
        let list = sample();
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
                Phrases::open(Arc::new(short), 0..cut).is_none(),
                "cut {cut}"
            );
        }
        for at in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut bad = bytes.clone();
                bad[at] ^= flip;
                let len = bad.len();
                // Refused, or read without a panic and without an unsafe character.
                if let Some(book) = Phrases::open(Arc::new(bad), 0..len) {
                    for p in book.iter() {
                        assert!(crate::text::is_clean(p.text) && crate::text::is_clean(p.id));
                    }
                }
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
        assert!(Phrases::open(Arc::new(bytes), 0..len).is_none());
    }
}
