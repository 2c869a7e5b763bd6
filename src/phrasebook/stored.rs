//! The whole book as loaded, built-in and user files merged, packed with its word index
//! ([`super::packed`]) in one cache file: a warm start reads that file and checks it, and
//! neither parses, decodes nor indexes anything.
//!
//! The file is keyed by every source in order (each one's name and [`Key`], the built-in
//! files' checksums among them), so adding, removing or touching any of them rebuilds it. It
//! is laid out as the per-file caches are: a 16-byte header (magic, [`FORMAT_VERSION`], CRC-32
//! of the rest), then the length of a postcard head (the keys, the diagnostics, the steps),
//! the head, and the packed phrases. Anything short of a perfect match counts as absent.

use std::fs;
use std::hash::Hasher;
use std::path::PathBuf;
use std::sync::Arc;

use super::cache::{Cache, write_atomically};
use super::codec::{FORMAT_VERSION, Key, from_clean};
use super::load::BUILTIN;
use super::packed::{Bytes, Phrases};
use super::{Diagnostic, Phrasebook, Step};

const MAGIC: &[u8; 8] = b"crisisBK";
const HEADER_LEN: usize = 16;

/// Each source's name and key, in the order the book merges them.
pub(super) type Sources = Vec<(String, Key)>;

/// The keys of the built-in files and of `paths`; `None` when one cannot be keyed (it is
/// then read plainly, and the book is not cached), with whether all are old enough to cache.
pub(super) fn sources(cache: &Cache, paths: &[PathBuf]) -> Option<(Sources, bool)> {
    let mut all: Sources = BUILTIN
        .iter()
        .map(|(name, text)| {
            let key = Key::builtin(name, text, env!("CARGO_PKG_VERSION"));
            (name.to_string(), key)
        })
        .collect();
    let mut settled = true;
    for path in paths {
        let (_, key, ok) = cache.key_for(path).ok()?;
        settled &= ok;
        all.push((path.display().to_string(), key));
    }
    Some((all, settled))
}

fn file_for(cache: &Cache, sources: &Sources) -> PathBuf {
    let mut hasher = rustc_hash::FxHasher::default();
    for (name, _) in sources {
        hasher.write(name.as_bytes());
        hasher.write_u8(0);
    }
    cache
        .dir()
        .join(format!("book-{:016x}.bin", hasher.finish()))
}

/// The book cached for exactly `sources`, with its diagnostics.
pub(super) fn load(cache: &Cache, sources: &Sources) -> Option<(Phrasebook, Vec<Diagnostic>)> {
    let file = fs::File::open(file_for(cache, sources)).ok()?;
    // SAFETY: a cache file is only ever replaced whole, by a rename (see `Bytes`); the
    // mapping is read-only and checked below like any bytes read.
    let bytes = unsafe { memmap2::MmapOptions::new().populate().map(&file) }.ok()?;
    let (header, body) = bytes.split_at_checked(HEADER_LEN)?;
    if &header[..8] != MAGIC
        || header[8..12] != FORMAT_VERSION.to_le_bytes()
        || crc32fast::hash(body) != u32::from_le_bytes(header[12..].try_into().ok()?)
    {
        return None;
    }
    let head_len = u32::from_le_bytes(body.get(..4)?.try_into().ok()?) as usize;
    let head = body.get(4..4usize.checked_add(head_len)?)?;
    let (found, diags, steps): (Sources, Vec<Diagnostic>, Vec<Step>) = from_clean(head)?;
    if found != *sources {
        return None;
    }
    let start = HEADER_LEN + 4 + head_len;
    let end = bytes.len();
    let phrases = Phrases::open(Arc::new(Bytes::Mapped(bytes)), start..end)?;
    Some((Phrasebook { phrases, steps }, diags))
}

/// Writes the book for `sources`, atomically; a failure only costs the next start its speed.
pub(super) fn store(
    cache: &Cache,
    sources: &Sources,
    steps: &[Step],
    diags: &[Diagnostic],
    packed: &[u8],
) {
    let Ok(head) = postcard::to_allocvec(&(sources, diags, steps)) else {
        return;
    };
    let mut out = Vec::with_capacity(HEADER_LEN + 4 + head.len() + packed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(packed);
    let sum = crc32fast::hash(&out[HEADER_LEN..]);
    out[12..HEADER_LEN].copy_from_slice(&sum.to_le_bytes());
    let _ = write_atomically(cache.dir(), &file_for(cache, sources), &out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_or_foreign_book_file_counts_as_absent() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let (sources, _) = super::sources(&cache, &[]).unwrap();
        let book = Phrasebook::builtin();
        let list: Vec<_> = book.phrases.iter().map(|p| p.to_phrase()).collect();
        store(
            &cache,
            &sources,
            &book.steps,
            &[],
            &Phrases::pack_bytes(&list),
        );
        let (back, diags) = load(&cache, &sources).expect("the book just stored");
        assert_eq!(back.phrases, book.phrases);
        assert_eq!(back.steps, book.steps);
        assert!(diags.is_empty());
        let path = file_for(&cache, &sources);
        let good = fs::read(&path).unwrap();
        for at in [0, 9, 13, 20, good.len() / 2, good.len() - 1] {
            let mut bad = good.clone();
            bad[at] ^= 0x20;
            fs::write(&path, &bad).unwrap();
            assert!(load(&cache, &sources).is_none(), "byte {at}");
        }
        fs::write(&path, &good).unwrap();
        let mut other = sources.clone();
        other[0].0.push('x');
        assert!(load(&cache, &other).is_none(), "another book's sources");
    }
}
