//! A derived, disposable copy of parsed phrasebook files, so that a large file is not parsed
//! as TOML on every run; and the built-in files, parsed at build time.
//!
//! One cache file per source, in the cache folder (never beside the user's file), named after
//! a hash of the source's canonical path, in the form of [`super::codec`]. Its key is the
//! source's canonical path, size, modification and change times, inode and device, the crate
//! version and [`FORMAT_VERSION`].
//!
//! A cache file is never trusted: a wrong magic, version, checksum, key or length, a body that
//! does not decode, or a string with a control character makes it count as absent, and the
//! source is parsed again (and the cache rewritten). Writes go to a temporary file in the same
//! folder, synced, then renamed over the old one, so no reader ever sees half a file.
//! Diagnostics are cached with the entries, so a file with errors reports the same warnings
//! from the cache.
//!
//! Any failure to read or write the cache only costs speed: the result is always what
//! [`parse_file`] gives.

use std::fs;
use std::hash::Hasher;
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::codec::{Key, Parsed, decode, encode};
use super::load::BUILTIN;
use super::{Diagnostic, PhraseFile, parse_file};

pub use super::codec::FORMAT_VERSION;

/// A source modified this recently may still be changing within one timestamp tick; it is
/// parsed but not cached, so that a later edit of the same size cannot hide behind its key.
const SETTLE: Duration = Duration::from_secs(2);

/// The built-in files in the cache's form, written by `build.rs` (in [`BUILTIN`]'s order).
/// The array's length is `BUILTIN`'s, so a built-in file that `build.rs` missed does not build.
static EMBEDDED: [&[u8]; BUILTIN.len()] = include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in files, decoded from what `build.rs` parsed: no TOML and no file to read.
/// Each is checked against a checksum of the text embedded beside it, like any cache; were
/// they to disagree (a build that did not rerun `build.rs`), the text is parsed instead.
pub fn builtin_files() -> Vec<PhraseFile> {
    BUILTIN
        .iter()
        .zip(EMBEDDED)
        .filter_map(|((name, text), bytes)| {
            let key = Key::builtin(name, text, env!("CARGO_PKG_VERSION"));
            match decode(bytes, &key, name) {
                Some((file, _)) => file,
                None => parse_file(name, text.as_bytes()).0,
            }
        })
        .collect()
}

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
        // Only a name: two paths sharing a hash take turns in one file, each finding the
        // other's key there and rebuilding it, which costs speed, never a wrong result.
        let mut hasher = rustc_hash::FxHasher::default();
        hasher.write(ident);
        self.dir
            .join(format!("phrases-{:016x}.bin", hasher.finish()))
    }

    /// Reads one phrasebook file as [`parse_file`] would, through the cache.
    pub fn read_file(&self, path: &Path) -> Parsed {
        let name = path.display().to_string();
        let cannot_read = |e: io::Error| {
            let diag = Diagnostic {
                file: name.clone(),
                line: 0,
                column: 0,
                problem: super::Problem::CannotRead {
                    code: e.raw_os_error(),
                    error: e.to_string(),
                },
            };
            (None, vec![diag])
        };
        let (cache_path, key, settled) = match self.key_for(path) {
            Ok(found) => found,
            // Without a canonical path or metadata there is no key: read it plainly.
            Err(_) => {
                return match read_source(path) {
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
        let bytes = match read_source(path) {
            Ok(bytes) => bytes,
            Err(e) => return cannot_read(e),
        };
        let parsed = parse_file(&name, &bytes);
        // The length read must be the one in the key, or the file changed under us.
        if settled && matches!(key, Key::File { size, .. } if size == bytes.len() as u64) {
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

    /// The built-in files, parsed when crisis was built ([`builtin_files`]); the cache folder
    /// is not involved.
    pub fn builtin_files(&self) -> Vec<PhraseFile> {
        builtin_files()
    }

    /// The cache file of `source`, its key, and whether the source is old enough to cache.
    pub(super) fn key_for(&self, source: &Path) -> io::Result<(PathBuf, Key, bool)> {
        let canonical = fs::canonicalize(source)?;
        let meta = fs::metadata(&canonical)?;
        let ident = canonical.as_os_str().as_encoded_bytes();
        let key = Key::File {
            path: ident.to_vec(),
            size: meta.len(),
            modified: (meta.mtime(), meta.mtime_nsec()),
            changed: (meta.ctime(), meta.ctime_nsec()),
            inode: meta.ino(),
            device: meta.dev(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        };
        let settled = meta
            .modified()
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age >= SETTLE);
        Ok((self.file_for(ident), key, settled))
    }

    /// Writes the cache atomically; a failure is ignored, the cache being only a speed-up.
    fn store(&self, cache_path: &Path, key: &Key, name: &str, parsed: &Parsed) {
        let Some(bytes) = encode(key, name, parsed) else {
            return;
        };
        let _ = write_atomically(&self.dir, cache_path, &bytes);
    }
}

/// Writes `bytes` to a new temporary file in `dir` (readable by the user alone), syncs it,
/// and renames it to `target`; the temporary file is removed on any failure.
pub(super) fn write_atomically(dir: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    // Without this a crash soon after the rename could leave the right length of zeros.
    tmp.as_file().sync_data()?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// The most a phrasebook file may hold (256 MiB, some 1.4 million phrases): more is surely not
/// a phrasebook, and reading it would only exhaust memory.
pub const MAX_SOURCE_BYTES: u64 = 256 << 20;

/// A phrasebook file's bytes, if it is a regular file of a sane size. A FIFO would block the
/// read (and the cockpit) until someone writes to it, and a link to `/dev/zero` never ends,
/// so anything but a regular file is refused before it is opened.
fn read_source(path: &Path) -> io::Result<Vec<u8>> {
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(io::Error::other(format!(
            "{} MiB, more than the {} MiB a phrasebook file may hold",
            meta.len() >> 20,
            MAX_SOURCE_BYTES >> 20
        )));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read no more than the cap even if the file grows while it is read.
    io::Read::read_to_end(
        &mut io::Read::take(fs::File::open(path)?, MAX_SOURCE_BYTES + 1),
        &mut bytes,
    )?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(io::Error::other(
            "grew past the size a phrasebook file may hold",
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use std::fs::File;

    use super::*;
    use crate::phrasebook::{Lang, Phrasebook};

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
        let hits = book.phrases.search("until now", Lang::En, None, 5);
        assert_eq!(hits.len(), 1);
        assert!(book.phrases.at(hits[0].index).text.starts_with("Until now"));
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
        let forgeries: [fn(&mut Parsed); 4] = [
            |p| p.0.as_mut().unwrap().phrases[0].text = "\u{1b}[2J".into(),
            |p| p.0.as_mut().unwrap().phrases[0].tags[1] = "\u{9b}2J".into(),
            |p| p.0.as_mut().unwrap().steps[0].why = "read \u{202e}this".into(),
            |p| {
                p.1.push(Diagnostic {
                    file: String::new(),
                    line: 1,
                    column: 1,
                    problem: super::super::Problem::Toml("\u{7}".into()),
                })
            },
        ];
        for forge in forgeries {
            let mut evil = good.clone();
            forge(&mut evil);
            for d in &mut evil.1 {
                d.file.clone_from(&name);
            }
            let forged = encode(&key, &name, &evil).unwrap();
            assert!(decode(&forged, &key, &name).is_none(), "{evil:?}");
        }
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
        assert!(
            matches!(diags[0].problem, super::super::Problem::CannotRead { .. }),
            "{diags:?}"
        );
    }

    #[test]
    fn the_builtin_files_come_back_identical_from_the_build_with_no_file_read() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let parsed: Vec<_> = BUILTIN
            .iter()
            .filter_map(|(name, text)| parse_file(name, text.as_bytes()).0)
            .collect();
        let embedded = cache.builtin_files();
        assert_eq!(embedded.len(), parsed.len());
        for (a, b) in embedded.iter().zip(&parsed) {
            assert_eq!(
                (&a.name, a.lang, &a.phrases, &a.steps),
                (&b.name, b.lang, &b.phrases, &b.steps)
            );
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn the_embedded_files_are_used_only_for_the_text_they_were_built_from() {
        let version = env!("CARGO_PKG_VERSION");
        for ((name, text), bytes) in BUILTIN.iter().zip(EMBEDDED) {
            // Decoded, not the fallback parse: `build.rs` wrote them for this very text.
            assert!(decode(bytes, &Key::builtin(name, text, version), name).is_some());
            let edited = text.replacen("a", "b", 1);
            assert_eq!(edited.len(), text.len());
            assert!(decode(bytes, &Key::builtin(name, &edited, version), name).is_none());
        }
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
