//! The phrasebook and playbook content: phrases and steps per language, loaded from TOML.
//!
//! Built-in files are parsed at build time (`build.rs`) and embedded parsed; user files in the config folder are merged over
//! them, an entry with the same id and language replacing the built-in one.

pub mod cache;
pub mod check;
pub mod codec;
pub mod fields;
pub mod fill;
pub mod index;
pub mod load;
mod merge;
pub mod packed;
mod phrase_ref;
mod said;
pub mod search;
pub mod sections;
mod stored;

pub use cache::builtin_files;
pub use fill::{Filled, Placeholder, Segment, fill, segments};
pub use load::{Diagnostic, Entry, Phrase, PhraseFile, Problem, Step, parse_file};
pub use packed::{PhraseRef, Phrases, Tags};
pub use search::{Context, Hit, Query};

pub use crate::lang::{Lang, Stage};

/// All phrases and steps, every language, after merging. A clone shares the phrases.
#[derive(Debug, Clone, Default)]
pub struct Phrasebook {
    pub phrases: Phrases,
    pub steps: Vec<Step>,
}

impl Phrasebook {
    /// The built-in content with the user's files over it (every `*.toml` of `user_dir`, then
    /// `extra`), and a warning per problem found. The merged book is cached in `cache_dir`
    /// with its index, and each file apart, so a large one is parsed once, not on every run,
    /// and a warm start only reads and checks one file.
    pub fn load(
        cache_dir: &std::path::Path,
        user_dir: &std::path::Path,
        extra: &[std::path::PathBuf],
    ) -> (Phrasebook, Vec<Diagnostic>) {
        let cache = cache::Cache::new(cache_dir);
        let mut paths = load::toml_files_in(user_dir);
        paths.extend_from_slice(extra);
        let sources = stored::sources(&cache, &paths);
        let (book, diags) = match sources
            .as_ref()
            .and_then(|(sources, _)| stored::load(&cache, sources))
        {
            Some(found) => found,
            None => {
                let (files, diags) = cache.read_files(&paths);
                let (phrases, steps) = merge::merge(cache.builtin_files().into_iter().chain(files));
                let packed = Phrases::pack_bytes(&phrases);
                drop(phrases);
                if let Some((sources, true)) = &sources {
                    stored::store(&cache, sources, &steps, &diags, &packed);
                }
                let len = packed.len();
                let phrases =
                    Phrases::open(std::sync::Arc::new(packed::Bytes::Owned(packed)), 0..len)
                        .unwrap_or_default();
                (Phrasebook { phrases, steps }, diags)
            }
        };
        (book, diags)
    }

    /// Merges files in order: an entry with the id and language of an earlier one replaces it
    /// where it stood, so a user override keeps the built-in position.
    pub fn merge(files: impl IntoIterator<Item = PhraseFile>) -> Phrasebook {
        // Steps are then sorted by stage (stably): the playbook reads stage by stage.
        let (phrases, steps) = merge::merge(files);
        Phrasebook {
            phrases: Phrases::pack(&phrases),
            steps,
        }
    }

    /// The built-in content alone.
    pub fn builtin() -> Phrasebook {
        Phrasebook::merge(builtin_files())
    }

    pub fn phrase(&self, id: &str, lang: Lang) -> Option<PhraseRef<'_>> {
        self.phrases.iter().find(|p| p.id == id && p.lang == lang)
    }

    pub fn steps(&self, lang: Lang) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(move |s| s.lang == lang)
    }
}
