//! The phrasebook and playbook content: phrases and steps per language, loaded from TOML.
//!
//! Built-in files are parsed at build time (`build.rs`) and embedded parsed; user files in the config folder are merged over
//! them, an entry with the same id and language replacing the built-in one.

pub mod cache;
pub mod check;
pub mod codec;
pub mod fill;
pub mod load;
mod merge;
pub mod search;

pub use cache::builtin_files;
pub use fill::{Filled, Placeholder, Segment, fill, segments};
pub use load::{Diagnostic, Phrase, PhraseFile, Step, parse_file};
pub use search::{Hit, SearchIndex, search};

pub use crate::lang::{Lang, Stage};

/// All phrases and steps, every language, after merging.
#[derive(Debug, Clone, Default)]
pub struct Phrasebook {
    pub phrases: Vec<Phrase>,
    pub steps: Vec<Step>,
}

impl Phrasebook {
    /// The built-in content with the user's files over it (every `*.toml` of `user_dir`, then
    /// `extra`), and a warning per problem found. Files are read through the phrase cache in
    /// `cache_dir`, so a large one is parsed once, not on every run.
    pub fn load(
        cache_dir: &std::path::Path,
        user_dir: &std::path::Path,
        extra: &[std::path::PathBuf],
    ) -> (Phrasebook, Vec<String>) {
        let cache = cache::Cache::new(cache_dir);
        let (mut files, mut diags) = cache.user_files(user_dir);
        let (extra_files, extra_diags) = cache.read_files(extra);
        files.extend(extra_files);
        diags.extend(extra_diags);
        let book = Phrasebook::merge(cache.builtin_files().into_iter().chain(files));
        let warnings = diags
            .iter()
            .map(|d| format!("{d} (that entry or file was skipped)"))
            .collect();
        (book, warnings)
    }

    /// Merges files in order: an entry with the id and language of an earlier one replaces it
    /// where it stood, so a user override keeps the built-in position.
    pub fn merge(files: impl IntoIterator<Item = PhraseFile>) -> Phrasebook {
        // Steps are then sorted by stage (stably): the playbook reads stage by stage.
        merge::merge(files)
    }

    /// The built-in content alone.
    pub fn builtin() -> Phrasebook {
        Phrasebook::merge(builtin_files())
    }

    pub fn phrase(&self, id: &str, lang: Lang) -> Option<&Phrase> {
        self.phrases.iter().find(|p| p.id == id && p.lang == lang)
    }

    pub fn steps(&self, lang: Lang) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(move |s| s.lang == lang)
    }
}
