//! The serialised form of a parsed phrasebook file: what the phrase cache writes, and what
//! `build.rs` embeds for the built-in files (it includes this file, so both share one format).
//!
//! A 16-byte header (magic, [`FORMAT_VERSION`], CRC-32 of the rest), then a postcard body:
//! the [`Key`] it was built for, the parsed file if any, and its diagnostics. The body is the
//! content types' own serde derives, so a new kind of content needs no encoder of its own.

use std::fmt;
use std::marker::PhantomData;

use postcard::de_flavors::Flavor;
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::load::{Diagnostic, PhraseFile};

/// Bumped whenever the layout or the meaning of a cached field changes.
pub const FORMAT_VERSION: u32 = 5;

const MAGIC: &[u8; 8] = b"crisisPC";
/// Magic, then the version at byte 8, then the checksum at byte 12.
const HEADER_LEN: usize = 16;

/// What a cache file was built from. A file is used only for exactly the key it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Key {
    /// A file on disk. The path is bytes, not text: a Unix path need not be UTF-8, and may
    /// hold control characters that the check of the strings below would refuse.
    File {
        path: Vec<u8>,
        size: u64,
        /// Seconds and nanoseconds.
        modified: (i64, i64),
        changed: (i64, i64),
        inode: u64,
        device: u64,
        version: String,
    },
    /// A built-in file, known by its name and a checksum of its text: the text is in the
    /// program, so there is no file whose metadata could tell that it changed.
    Builtin {
        name: String,
        version: String,
        len: u64,
        crc: u32,
    },
}

impl Key {
    pub fn builtin(name: &str, text: &str, version: &str) -> Key {
        Key::Builtin {
            name: name.to_owned(),
            version: version.to_owned(),
            len: text.len() as u64,
            crc: crc32fast::hash(text.as_bytes()),
        }
    }
}

pub type Parsed = (Option<PhraseFile>, Vec<Diagnostic>);

/// Serialises a parse result; `None` when a diagnostic names another file (the name is not
/// part of what is cached: the same source may be named differently next time).
pub fn encode(key: &Key, name: &str, parsed: &Parsed) -> Option<Vec<u8>> {
    if parsed.1.iter().any(|d| d.file != name) {
        return None;
    }
    let mut out = Vec::with_capacity(4096);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    let mut out = postcard::to_extend(&(key, &parsed.0, &parsed.1), out).ok()?;
    let sum = crc32fast::hash(&out[HEADER_LEN..]);
    out[12..HEADER_LEN].copy_from_slice(&sum.to_le_bytes());
    Some(out)
}

/// Reads what [`encode`] wrote for `key`; `None` for anything short of a perfect match: magic,
/// version, checksum, key, a body that decodes with nothing left over, and clean strings.
pub fn decode(bytes: &[u8], key: &Key, name: &str) -> Option<Parsed> {
    let (header, body) = bytes.split_at_checked(HEADER_LEN)?;
    let sum = u32::from_le_bytes(header[12..].try_into().ok()?);
    if &header[..8] != MAGIC
        || header[8..12] != FORMAT_VERSION.to_le_bytes()
        || crc32fast::hash(body) != sum
    {
        return None;
    }
    let mut de = postcard::Deserializer::from_flavor(Clean(body));
    // The key first: a stale cache is told apart without decoding its entries.
    if Key::deserialize(&mut de).ok()? != *key {
        return None;
    }
    let (mut file, mut diags) = Parsed::deserialize(&mut de).ok()?;
    if !de.finalize().ok()?.is_empty() {
        return None;
    }
    if let Some(file) = &mut file {
        name.clone_into(&mut file.name);
    }
    for d in &mut diags {
        name.clone_into(&mut d.file);
    }
    Some((file, diags))
}

/// Deserialises `T` from the whole of `bytes`, every string clean (as [`decode`] requires).
pub fn from_clean<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> Option<T> {
    let mut de = postcard::Deserializer::from_flavor(Clean(bytes));
    let value = T::deserialize(&mut de).ok()?;
    de.finalize().ok()?.is_empty().then_some(value)
}

/// Deserialises a list into a vector reserved for its whole length, which postcard knows
/// (serde's own `Vec` reserves at most 1 MiB first and doubles from there: 100k phrases took
/// four large reallocations, each of which has glibc consolidate the heap). For the lists of
/// a file's entries, with `#[serde(deserialize_with = ...)]`.
pub fn whole_vec<'de, D, T>(de: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Whole<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Whole<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            // postcard hints no more entries than there are bytes left, so a forged length
            // reserves address space at worst; a reservation refused means growing as usual.
            let _ = out.try_reserve_exact(seq.size_hint().unwrap_or(0));
            while let Some(item) = seq.next_element()? {
                out.push(item);
            }
            Ok(out)
        }
    }
    de.deserialize_seq(Whole(PhantomData))
}

/// The body as postcard reads it, refusing any string that holds a character
/// `text::clean` removes: the cache is never written with one, so such a file is forged or
/// damaged, and must not get an escape sequence onto the terminal. Checking where postcard
/// takes its bytes covers every string of every cached type, present and future. (Floats
/// would be taken here too and their bytes checked as text: the content has none; were one
/// added, a cache could be refused, which costs a parse, never a wrong result.)
struct Clean<'de>(&'de [u8]);

impl<'de> Flavor<'de> for Clean<'de> {
    type Remainder = &'de [u8];
    type Source = &'de [u8];

    fn pop(&mut self) -> postcard::Result<u8> {
        let (&first, rest) = self
            .0
            .split_first()
            .ok_or(postcard::Error::DeserializeUnexpectedEnd)?;
        self.0 = rest;
        Ok(first)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }

    fn try_take_n(&mut self, ct: usize) -> postcard::Result<&'de [u8]> {
        let (taken, rest) = self
            .0
            .split_at_checked(ct)
            .ok_or(postcard::Error::DeserializeUnexpectedEnd)?;
        if !is_clean(taken) {
            return Err(postcard::Error::DeserializeBadUtf8);
        }
        self.0 = rest;
        Ok(taken)
    }

    fn finalize(self) -> postcard::Result<&'de [u8]> {
        Ok(self.0)
    }
}

/// True when `bytes` are UTF-8 holding nothing that `text::clean` would remove.
fn is_clean(bytes: &[u8]) -> bool {
    printable_ascii(bytes) || std::str::from_utf8(bytes).is_ok_and(crate::text::is_clean)
}

/// True when every byte is in 0x20..0x7f, eight at a time: nearly every string is, and
/// this check ran for a fifth of a cache's decoding byte by byte. A tab or a newline sends
/// its string to the slower exact check.
fn printable_ascii(bytes: &[u8]) -> bool {
    const SEVEN_BITS: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // Per byte, neither sum carries into the next: (b & 0x7f) + 1 sets the high bit when
    // b & 0x7f is 0x7f, and (b & 0x7f) + 0x60 leaves it clear when b & 0x7f < 0x20.
    let suspect = |w: u64| {
        let at_least_7f = w | (w & SEVEN_BITS).wrapping_add(0x0101_0101_0101_0101);
        let below_20 = !(w & SEVEN_BITS).wrapping_add(0x6060_6060_6060_6060);
        (at_least_7f | below_20) & HIGH_BITS
    };
    let mut words = bytes.chunks_exact(8);
    let mut any = 0;
    for word in &mut words {
        any |= suspect(u64::from_le_bytes(word.try_into().unwrap_or_default()));
    }
    let mut last = [b' '; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    any | suspect(u64::from_le_bytes(last)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_unsafe_byte_is_caught_wherever_it_stands_and_tabs_and_newlines_pass() {
        for len in 1..20 {
            let plain = "x".repeat(len);
            assert!(is_clean(plain.as_bytes()));
            for at in 0..len {
                for c in ['\0', '\u{1b}', '\u{1f}', '\u{7f}', '\u{9b}', '\u{202e}'] {
                    let mut evil: Vec<char> = plain.chars().collect();
                    evil[at] = c;
                    let evil: String = evil.into_iter().collect();
                    assert!(!is_clean(evil.as_bytes()), "{evil:?}");
                }
                for c in ['\n', '\t', ' ', '~', 'é'] {
                    let mut fine: Vec<char> = plain.chars().collect();
                    fine[at] = c;
                    let fine: String = fine.into_iter().collect();
                    assert!(is_clean(fine.as_bytes()), "{fine:?}");
                }
            }
        }
        assert!(!is_clean(b"\xff\xfe"), "not UTF-8");
    }
}
