//! A derived, disposable copy of parsed phrasebook files, so that a large file is not parsed
//! as TOML on every run.
//!
//! One cache file per source, in the cache folder (never beside the user's file), named after
//! the source's canonical path. It holds a small header, the key it was built for, a table of
//! small numbers (stages, languages, counts, diagnostic positions), an offsets table and one
//! UTF-8 blob with every string. The key is the source's canonical path, size, modification
//! and change times, inode and device, the crate version and [`FORMAT_VERSION`]; the built-in
//! files are keyed by a hash of their text instead.
//!
//! A cache file is never trusted: a wrong magic, version, key, length, checksum, offset, UTF-8
//! sequence or control character makes it count as absent, and the source is parsed again
//! (and the cache rewritten). Writes go to a temporary file in the same folder, synced, then
//! renamed over the old one, so no reader ever sees half a file. Diagnostics are cached with
//! the entries, so a file with errors reports the same warnings from the cache.
//!
//! Any failure to read or write the cache only costs speed: the result is always what
//! [`parse_file`] gives.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use strum::IntoEnumIterator;

use super::load::BUILTIN;
use super::{Diagnostic, Lang, Phrase, PhraseFile, Stage, Step, parse_file};

/// Bumped whenever the layout or the meaning of a cached field changes.
pub const FORMAT_VERSION: u32 = 1;

const MAGIC: &[u8; 8] = b"crisisPC";
const HEADER_LEN: usize = 64;
/// A source modified this recently may still be changing within one timestamp tick; it is
/// parsed but not cached, so that a later edit of the same size cannot hide behind its key.
const SETTLE: Duration = Duration::from_secs(2);

/// The cache folder and the operations that go through it.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    pub fn new(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_owned(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the cache of `source` lives, from its canonical path.
    pub fn path_for(&self, source: &Path) -> io::Result<PathBuf> {
        let canonical = fs::canonicalize(source)?;
        Ok(self.file_for(canonical.as_os_str().as_encoded_bytes()))
    }

    fn file_for(&self, ident: &[u8]) -> PathBuf {
        self.dir.join(format!("phrases-{:016x}.bin", fnv1a(ident)))
    }

    /// Reads one phrasebook file as [`parse_file`] would, through the cache.
    pub fn read_file(&self, path: &Path) -> (Option<PhraseFile>, Vec<Diagnostic>) {
        let name = path.display().to_string();
        let cannot_read = |e: io::Error| {
            let diag = Diagnostic {
                file: name.clone(),
                line: 0,
                column: 0,
                message: format!("cannot read: {e}"),
            };
            (None, vec![diag])
        };
        let (cache_path, key, settled) = match self.key_for(path) {
            Ok(found) => found,
            // Without a canonical path or metadata there is no key: read it plainly.
            Err(_) => {
                return match fs::read(path) {
                    Ok(bytes) => parse_file(&name, &bytes),
                    Err(e) => cannot_read(e),
                };
            }
        };
        if let Ok(bytes) = fs::read(&cache_path)
            && let Some(found) = decode(&bytes, &key, &name)
        {
            return found;
        }
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => return cannot_read(e),
        };
        let parsed = parse_file(&name, &bytes);
        // The length read must be the one in the key, or the file changed under us.
        if settled && key_size(&key) == Some(bytes.len() as u64) {
            self.store(&cache_path, &key, &name, &parsed);
        }
        parsed
    }

    /// Reads and parses the given files through the cache. Files that cannot be read or
    /// parsed are left out and described in the diagnostics, so the rest still loads.
    pub fn read_files(&self, paths: &[PathBuf]) -> (Vec<PhraseFile>, Vec<Diagnostic>) {
        let mut files = Vec::new();
        let mut diags = Vec::new();
        for path in paths {
            let (file, file_diags) = self.read_file(path);
            files.extend(file);
            diags.extend(file_diags);
        }
        (files, diags)
    }

    /// Every `*.toml` in `dir`, in name order, through the cache; a missing folder holds none.
    pub fn user_files(&self, dir: &Path) -> (Vec<PhraseFile>, Vec<Diagnostic>) {
        self.read_files(&super::load::toml_files_in(dir))
    }

    /// The built-in files, parsed once per build of crisis and then read from the cache.
    pub fn builtin_files(&self) -> Vec<PhraseFile> {
        BUILTIN
            .iter()
            .filter_map(|(name, text)| {
                let mut key = b"built-in\0".to_vec();
                key.extend_from_slice(name.as_bytes());
                key.push(0);
                key.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
                key.extend_from_slice(&(text.len() as u64).to_le_bytes());
                key.extend_from_slice(&checksum(text.as_bytes()).to_le_bytes());
                let cache_path = self.file_for(name.as_bytes());
                if let Ok(bytes) = fs::read(&cache_path)
                    && let Some((file, _)) = decode(&bytes, &key, name)
                {
                    return file;
                }
                let parsed = parse_file(name, text.as_bytes());
                self.store(&cache_path, &key, name, &parsed);
                parsed.0
            })
            .collect()
    }

    /// The cache file of `source`, its key, and whether the source is old enough to cache.
    fn key_for(&self, source: &Path) -> io::Result<(PathBuf, Vec<u8>, bool)> {
        let canonical = fs::canonicalize(source)?;
        let meta = fs::metadata(&canonical)?;
        let ident = canonical.as_os_str().as_encoded_bytes();
        // The size first, at a fixed place, so that `key_size` can find it.
        let mut key = meta.len().to_le_bytes().to_vec();
        for n in [
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec(),
        ] {
            key.extend_from_slice(&n.to_le_bytes());
        }
        key.extend_from_slice(&meta.ino().to_le_bytes());
        key.extend_from_slice(&meta.dev().to_le_bytes());
        key.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        key.push(0);
        key.extend_from_slice(ident);
        let settled = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age >= SETTLE);
        Ok((self.file_for(ident), key, settled))
    }

    /// Writes the cache atomically; a failure is ignored, the cache being only a speed-up.
    fn store(
        &self,
        cache_path: &Path,
        key: &[u8],
        name: &str,
        parsed: &(Option<PhraseFile>, Vec<Diagnostic>),
    ) {
        let Some(bytes) = encode(key, name, parsed) else {
            return;
        };
        let _ = write_atomically(&self.dir, cache_path, &bytes);
    }
}

fn key_size(key: &[u8]) -> Option<u64> {
    Some(u64::from_le_bytes(key.get(..8)?.try_into().ok()?))
}

/// Writes `bytes` to a new temporary file in `dir`, syncs it, and renames it to `target`.
fn write_atomically(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        file.write_all(bytes)?;
        // Without this a crash soon after the rename could leave the right length of zeros.
        file.sync_data()?;
        fs::rename(&tmp, target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Serialises a parse result; `None` when it cannot be represented (a field over 4 GiB, or
/// a diagnostic naming another file), in which case nothing is cached.
fn encode(
    key: &[u8],
    name: &str,
    (file, diags): &(Option<PhraseFile>, Vec<Diagnostic>),
) -> Option<Vec<u8>> {
    let mut fields: Vec<u32> = Vec::new();
    let mut offsets: Vec<u32> = vec![0];
    let mut blob: Vec<u8> = Vec::new();
    let mut string = |blob: &mut Vec<u8>, s: &str| -> Option<()> {
        blob.extend_from_slice(s.as_bytes());
        offsets.push(u32::try_from(blob.len()).ok()?);
        Some(())
    };
    let count = |n: usize| u32::try_from(n).ok();
    let (no_phrases, no_steps): (Vec<Phrase>, Vec<Step>) = (Vec::new(), Vec::new());
    let (lang, phrases, steps) = match file {
        Some(f) => (f.lang, &f.phrases, &f.steps),
        None => (Lang::En, &no_phrases, &no_steps),
    };
    for p in phrases {
        fields.extend([lang_code(p.lang), p.stage as u32, count(p.tags.len())?]);
        string(&mut blob, &p.id)?;
        string(&mut blob, &p.text)?;
        for tag in &p.tags {
            string(&mut blob, tag)?;
        }
    }
    for s in steps {
        fields.extend([lang_code(s.lang), s.stage as u32, count(s.phrases.len())?]);
        for text in [&s.id, &s.title, &s.why, &s.source] {
            string(&mut blob, text)?;
        }
        for phrase in &s.phrases {
            string(&mut blob, phrase)?;
        }
    }
    for d in diags {
        if d.file != name {
            return None;
        }
        fields.extend([count(d.line)?, count(d.column)?]);
        string(&mut blob, &d.message)?;
    }
    let (n_fields, n_offsets) = (count(fields.len())?, count(offsets.len())?);

    let key_len = count(key.len())?;
    let padded_key = key.len().next_multiple_of(4);
    let body_len = padded_key + 4 * (fields.len() + offsets.len()) + blob.len();
    let mut out = Vec::with_capacity(HEADER_LEN + body_len);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&u32::from(file.is_some()).to_le_bytes());
    out.extend_from_slice(&key_len.to_le_bytes());
    out.extend_from_slice(&lang_code(lang).to_le_bytes());
    for n in [
        count(phrases.len())?,
        count(steps.len())?,
        count(diags.len())?,
        n_fields,
        n_offsets,
        count(blob.len())?,
    ] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    let sum_at = out.len();
    out.extend_from_slice(&[0; 8]);
    out.resize(HEADER_LEN, 0);
    out.extend_from_slice(key);
    out.resize(HEADER_LEN + padded_key, 0);
    for n in fields.iter().chain(&offsets) {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&blob);
    let sum = checksum(&out[HEADER_LEN..]);
    out[sum_at..sum_at + 8].copy_from_slice(&sum.to_le_bytes());
    Some(out)
}

/// Reads a cache file built for `key`; `None` for anything short of a perfect match.
fn decode(bytes: &[u8], key: &[u8], name: &str) -> Option<(Option<PhraseFile>, Vec<Diagnostic>)> {
    let header = bytes.get(..HEADER_LEN)?;
    let word = |at: usize| -> Option<usize> {
        let b: [u8; 4] = header.get(at..at + 4)?.try_into().ok()?;
        Some(u32::from_le_bytes(b) as usize)
    };
    if &header[..8] != MAGIC || word(8)? != FORMAT_VERSION as usize {
        return None;
    }
    let has_file = match word(12)? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let key_len = word(16)?;
    let lang = lang_of(word(20)?)?;
    let (n_phrases, n_steps, n_diags) = (word(24)?, word(28)?, word(32)?);
    let (n_fields, n_offsets, blob_len) = (word(36)?, word(40)?, word(44)?);
    let sum = u64::from_le_bytes(header.get(48..56)?.try_into().ok()?);

    // Every size must add up to exactly the file's length: a truncated file never does.
    let padded_key = key_len.checked_next_multiple_of(4)?;
    let tables = n_fields.checked_add(n_offsets)?.checked_mul(4)?;
    let total = HEADER_LEN
        .checked_add(padded_key)?
        .checked_add(tables)?
        .checked_add(blob_len)?;
    if total != bytes.len()
        || n_offsets == 0
        || n_fields
            != n_phrases
                .checked_mul(3)?
                .checked_add(n_steps.checked_mul(3)?)?
                .checked_add(n_diags.checked_mul(2)?)?
    {
        return None;
    }
    if bytes.get(HEADER_LEN..HEADER_LEN + key_len)? != key || checksum(&bytes[HEADER_LEN..]) != sum
    {
        return None;
    }
    let at = HEADER_LEN + padded_key;
    // The tables are read in place, not copied: less memory to page in.
    let offsets = Words(&bytes[at + 4 * n_fields..at + tables]);
    let blob = std::str::from_utf8(&bytes[at + tables..]).ok()?;
    if !is_clean(blob) || offsets.get(0)? != 0 || offsets.get(n_offsets - 1)? != blob.len() {
        return None;
    }

    let mut strings = Strings {
        blob,
        offsets,
        next: 0,
    };
    let mut fields = bytes[at..at + 4 * n_fields].chunks_exact(4);
    let mut field = || {
        let c = fields.next()?;
        Some(u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
    };
    let mut phrases = Vec::with_capacity(n_phrases);
    for _ in 0..n_phrases {
        let (lang, stage, n_tags) = (lang_of(field()?)?, stage_of(field()?)?, field()?);
        let id = strings.next()?.to_owned();
        let text = strings.next()?.to_owned();
        let mut tags = Vec::with_capacity(n_tags.min(n_offsets));
        for _ in 0..n_tags {
            tags.push(strings.next()?.to_owned());
        }
        phrases.push(Phrase {
            id,
            lang,
            stage,
            tags,
            text,
        });
    }
    let mut steps = Vec::with_capacity(n_steps);
    for _ in 0..n_steps {
        let (lang, stage, n_refs) = (lang_of(field()?)?, stage_of(field()?)?, field()?);
        let mut text = || strings.next().map(str::to_owned);
        let (id, title, why, source) = (text()?, text()?, text()?, text()?);
        let mut refs = Vec::with_capacity(n_refs.min(n_offsets));
        for _ in 0..n_refs {
            refs.push(text()?);
        }
        steps.push(Step {
            id,
            lang,
            stage,
            title,
            why,
            source,
            phrases: refs,
        });
    }
    let mut diags = Vec::with_capacity(n_diags);
    for _ in 0..n_diags {
        let (line, column) = (field()?, field()?);
        diags.push(Diagnostic {
            file: name.to_owned(),
            line,
            column,
            message: strings.next()?.to_owned(),
        });
    }
    // Every string is used: a table that says otherwise was not written by `encode`.
    if strings.next + 1 != n_offsets || (!has_file && phrases.len() + steps.len() > 0) {
        return None;
    }
    let file = has_file.then(|| PhraseFile {
        name: name.to_owned(),
        lang,
        phrases,
        steps,
    });
    Some((file, diags))
}

/// A table of little-endian `u32`, read where it lies.
#[derive(Clone, Copy)]
struct Words<'a>(&'a [u8]);

impl Words<'_> {
    fn get(self, i: usize) -> Option<usize> {
        let c = self.0.get(4 * i..4 * i + 4)?;
        Some(u32::from_le_bytes([c[0], c[1], c[2], c[3]]) as usize)
    }
}

/// The strings of the blob, in order, each checked against the blob's bounds.
struct Strings<'a> {
    blob: &'a str,
    offsets: Words<'a>,
    next: usize,
}

impl<'a> Strings<'a> {
    fn next(&mut self) -> Option<&'a str> {
        let start = self.offsets.get(self.next)?;
        let end = self.offsets.get(self.next + 1)?;
        self.next += 1;
        // `get` refuses a reversed range and one that splits a character.
        self.blob.get(start..end)
    }
}

fn lang_code(lang: Lang) -> u32 {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
    }
}

fn lang_of(code: usize) -> Option<Lang> {
    Lang::iter().nth(code)
}

fn stage_of(code: usize) -> Option<Stage> {
    Stage::iter().nth(code)
}

/// True when `text` holds nothing that `text::clean` would have removed; a cache written
/// by this module never does, so anything else is a forged or damaged file.
fn is_clean(text: &str) -> bool {
    if text.is_ascii() {
        // Branch-free, with no early exit within a chunk, so that the loop is vectorised.
        let bad = |b: u8| {
            u8::from(b < 0x20) & u8::from(b != b'\n') & u8::from(b != b'\t') | u8::from(b == 0x7f)
        };
        text.as_bytes()
            .chunks(4096)
            .all(|chunk| chunk.iter().fold(0u8, |any, &b| any | bad(b)) == 0)
    } else {
        crate::text::is_clean(text)
    }
}

/// FNV-1a, for short names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A fast non-cryptographic checksum: four independent lanes of 8-byte words, mixed at the
/// end with the length. It catches damage, not malice (the cache folder is the user's own).
fn checksum(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut lanes = [K, K.rotate_left(16), K.rotate_left(32), K.rotate_left(48)];
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        for (lane, word) in lanes.iter_mut().zip(chunk.chunks_exact(8)) {
            let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
            *lane = (*lane ^ w).wrapping_mul(K).rotate_left(29);
        }
    }
    let mut h = bytes.len() as u64;
    for lane in lanes {
        h = (h ^ lane).wrapping_mul(K).rotate_left(31);
    }
    for &b in chunks.remainder() {
        h = (h ^ u64::from(b)).wrapping_mul(K).rotate_left(31);
    }
    h ^ (h >> 29)
}

#[cfg(test)]
mod tests {
    use std::fs::File;

    use super::*;
    use crate::phrasebook::Phrasebook;

    const GOOD: &str = r#"lang = "en"

[[step]]
id = "quantify"
stage = "prepare"
title = "Quantify the impact"
why = "Numbers calm people down."
source = "Comment s'en sortir quand ça se passe mal ?"
phrases = ["update.impact"]

[[phrase]]
id = "update.impact"
stage = "update"
tags = ["email", "numbers"]
text = "So far {impact}. Désolé !"
"#;

    /// Writes `text` and dates it an hour back, old enough to be cached.
    fn write_old(path: &Path, text: &str, hours_ago: u64) {
        fs::write(path, text).unwrap();
        let when = SystemTime::now() - Duration::from_secs(3600 * hours_ago);
        File::options()
            .write(true)
            .open(path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    }

    fn setup(text: &str) -> (tempfile::TempDir, Cache, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(&dir.path().join("cache"));
        let source = dir.path().join("team.toml");
        write_old(&source, text, 1);
        (dir, cache, source)
    }

    fn parsed(path: &Path) -> (Option<PhraseFile>, Vec<Diagnostic>) {
        parse_file(&path.display().to_string(), &fs::read(path).unwrap())
    }

    fn same(a: &(Option<PhraseFile>, Vec<Diagnostic>), b: &(Option<PhraseFile>, Vec<Diagnostic>)) {
        let strip = |f: &Option<PhraseFile>| {
            f.as_ref()
                .map(|f| (f.name.clone(), f.lang, f.phrases.clone(), f.steps.clone()))
        };
        assert_eq!(strip(&a.0), strip(&b.0));
        assert_eq!(a.1, b.1);
    }

    #[test]
    fn a_round_trip_gives_back_what_parsing_gives() {
        let (_dir, cache, source) = setup(GOOD);
        let first = cache.read_file(&source);
        same(&first, &parsed(&source));
        let cached = cache.path_for(&source).unwrap();
        assert!(cached.starts_with(cache.dir()), "never beside the source");
        let bytes = fs::read(&cached).unwrap();
        let (_, key, _) = cache.key_for(&source).unwrap();
        let name = source.display().to_string();
        same(&decode(&bytes, &key, &name).unwrap(), &first);
        same(&cache.read_file(&source), &first);
    }

    #[test]
    fn diagnostics_are_cached_with_the_entries() {
        let bad = GOOD.replace("So far {impact}.", "Hi {boss}.");
        let text = format!("{bad}\n[[phrase]]\nid = \"ok\"\nstage = \"learn\"\ntext = \"fine\"\n");
        let (_dir, cache, source) = setup(&text);
        let first = cache.read_file(&source);
        assert_eq!(first.1.len(), 1, "{:?}", first.1);
        assert!(cache.path_for(&source).unwrap().exists());
        let again = cache.read_file(&source);
        same(&again, &first);
        assert!(again.1[0].to_string().contains("{boss}"));

        let (_dir, cache, source) = setup("lang = \"en\"\n[[phrase]\n");
        let broken = cache.read_file(&source);
        assert!(broken.0.is_none() && broken.1.len() == 1);
        same(&cache.read_file(&source), &broken);
    }

    #[test]
    fn a_changed_source_is_read_again_and_its_new_text_found() {
        let (_dir, cache, source) = setup(GOOD);
        cache.read_file(&source);
        // Same size, other words, other time.
        let same_size = GOOD.replace("So far", "By now");
        assert_eq!(same_size.len(), GOOD.len());
        write_old(&source, &same_size, 2);
        let (file, _) = cache.read_file(&source);
        assert!(file.unwrap().phrases[0].text.starts_with("By now"));
        // Other size.
        write_old(&source, &GOOD.replace("So far", "Until now"), 3);
        let book = Phrasebook::merge(cache.read_files(std::slice::from_ref(&source)).0);
        let hits = crate::phrasebook::search(&book.phrases, "until now", Lang::En, 5);
        assert_eq!(hits.len(), 1);
        assert!(book.phrases[hits[0].index].text.starts_with("Until now"));
    }

    #[test]
    fn truncated_foreign_or_garbage_caches_are_ignored_and_rebuilt() {
        let (_dir, cache, source) = setup(GOOD);
        let good = cache.read_file(&source);
        let cached = cache.path_for(&source).unwrap();
        let original = fs::read(&cached).unwrap();
        let mut damaged: Vec<Vec<u8>> = vec![
            Vec::new(),
            original[..original.len() / 2].to_vec(),
            original[..original.len() - 1].to_vec(),
            b"not a cache at all".to_vec(),
            vec![0; original.len()],
        ];
        let mut flipped = original.clone();
        *flipped.last_mut().unwrap() ^= 0x20;
        damaged.push(flipped);
        let mut version = original.clone();
        version[8] += 1;
        damaged.push(version);
        for bytes in damaged {
            fs::write(&cached, &bytes).unwrap();
            same(&cache.read_file(&source), &good);
            assert_eq!(fs::read(&cached).unwrap(), original, "rebuilt");
        }
    }

    #[test]
    fn a_forged_cache_with_a_valid_checksum_but_control_characters_is_refused() {
        let (_dir, cache, source) = setup(GOOD);
        let good = cache.read_file(&source);
        let (_, key, _) = cache.key_for(&source).unwrap();
        let name = source.display().to_string();
        let mut evil = good.clone();
        evil.0.as_mut().unwrap().phrases[0].text = "\u{1b}[2J".into();
        let forged = encode(&key, &name, &evil).unwrap();
        assert!(decode(&forged, &key, &name).is_none());
        // Random bytes never panic.
        let mut rng = 0x1234_5678_u64;
        let original = encode(&key, &name, &good).unwrap();
        for _ in 0..300 {
            let mut bytes = original.clone();
            rng = rng.wrapping_mul(6364136223846793005).wrapping_add(1);
            let at = (rng >> 33) as usize % bytes.len();
            bytes[at] = (rng >> 8) as u8;
            bytes.truncate(bytes.len() - (rng >> 40) as usize % 3);
            let _ = decode(&bytes, &key, &name);
        }
    }

    #[test]
    fn a_fresh_source_is_read_but_not_cached_until_it_settles() {
        let (_dir, cache, source) = setup(GOOD);
        fs::write(&source, GOOD).unwrap();
        same(&cache.read_file(&source), &parsed(&source));
        assert!(!cache.path_for(&source).unwrap().exists());
    }

    #[test]
    fn an_unwritable_cache_folder_only_costs_speed_and_a_missing_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, "").unwrap();
        let cache = Cache::new(&blocker.join("cache"));
        let source = dir.path().join("team.toml");
        write_old(&source, GOOD, 1);
        same(&cache.read_file(&source), &parsed(&source));
        let (files, diags) = cache.read_files(&[dir.path().join("missing.toml")]);
        assert!(files.is_empty());
        assert!(diags[0].message.starts_with("cannot read"), "{diags:?}");
    }

    #[test]
    fn the_builtin_files_come_back_identical_from_the_cache() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let plain = crate::phrasebook::builtin_files();
        for _ in 0..2 {
            let cached = cache.builtin_files();
            assert_eq!(cached.len(), plain.len());
            for (a, b) in cached.iter().zip(&plain) {
                assert_eq!(
                    (&a.name, &a.phrases, &a.steps),
                    (&b.name, &b.phrases, &b.steps)
                );
            }
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), BUILTIN.len());
    }

    #[test]
    fn user_files_lists_toml_in_name_order() {
        let (dir, cache, _) = setup(GOOD);
        write_old(&dir.path().join("b.toml"), &GOOD.replace("So far", "B:"), 1);
        write_old(&dir.path().join("a.toml"), &GOOD.replace("So far", "A:"), 1);
        write_old(&dir.path().join("notes.txt"), "x", 1);
        let (files, diags) = cache.user_files(dir.path());
        assert!(diags.is_empty(), "{diags:?}");
        let names: Vec<_> = files.iter().map(|f| f.name.clone()).collect();
        assert_eq!(names.len(), 3, "notes.txt is not a phrasebook: {names:?}");
        assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        assert!(names.iter().all(|n| n.ends_with(".toml")));
    }
}
