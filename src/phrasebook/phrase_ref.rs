//! A phrase as the packed book lends it (`PhraseRef`), and its tags (`Tags`), read in place
//! from the book's bytes.

use serde::ser::{Serialize, SerializeSeq, Serializer};
use strum::IntoEnumIterator;

use super::Phrase;
use super::packed::Phrases;
use crate::lang::{Lang, Slot, Stage};

/// One phrase, borrowed from its book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseRef<'a> {
    pub id: &'a str,
    pub lang: Lang,
    pub stage: Stage,
    pub text: &'a str,
    pub tags: Tags<'a>,
    /// The parts of a message it can be, a bit per [`Slot`].
    pub(super) slots: u32,
}

impl PhraseRef<'_> {
    pub fn fills(&self, slot: Slot) -> bool {
        self.slots & 1 << slot as u32 != 0
    }

    pub fn slots(&self) -> impl Iterator<Item = Slot> + '_ {
        Slot::iter().filter(|s| self.fills(*s))
    }

    pub fn to_phrase(&self) -> Phrase {
        Phrase {
            id: self.id.to_owned(),
            lang: self.lang,
            stage: self.stage,
            tags: self.tags.iter().map(str::to_owned).collect(),
            text: self.text.to_owned(),
            slots: self.slots().collect(),
        }
    }
}

/// A phrase's tags, borrowed from its book.
#[derive(Clone, Copy)]
pub struct Tags<'a> {
    pub(super) book: &'a Phrases,
    pub(super) first: u32,
    pub(super) end: u32,
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
