//! The phrasebook and playbook content: phrases and steps per language, loaded from TOML.
//!
//! Built-in files are embedded at build time; user files in the config folder are merged over
//! them, an entry with the same id and language replacing the built-in one.

pub mod cache;
pub mod check;
pub mod fill;
pub mod load;
mod merge;
pub mod search;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use fill::{Filled, PLACEHOLDERS, Segment, fill, segments};
pub use load::{Diagnostic, PhraseFile, builtin_files, parse_file};
pub use search::{Hit, SearchIndex, fold, search};

/// A language of the content.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            other => Err(format!("unknown language `{other}` (expected en or fr)")),
        }
    }
}

/// The stages of a crisis, first minute to last; the order is the playbook's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Prepare,
    Acknowledge,
    Update,
    Workaround,
    Boundaries,
    Resolve,
    FollowUp,
    Learn,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Prepare,
        Stage::Acknowledge,
        Stage::Update,
        Stage::Workaround,
        Stage::Boundaries,
        Stage::Resolve,
        Stage::FollowUp,
        Stage::Learn,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stage::Prepare => "prepare",
            Stage::Acknowledge => "acknowledge",
            Stage::Update => "update",
            Stage::Workaround => "workaround",
            Stage::Boundaries => "boundaries",
            Stage::Resolve => "resolve",
            Stage::FollowUp => "follow-up",
            Stage::Learn => "learn",
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Stage {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stage::ALL
            .into_iter()
            .find(|stage| stage.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Stage::ALL.iter().map(|s| s.name()).collect();
                format!("unknown stage `{s}` (expected one of {})", names.join(", "))
            })
    }
}

/// A ready-to-adapt sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phrase {
    pub id: String,
    pub lang: Lang,
    pub stage: Stage,
    pub tags: Vec<String>,
    pub text: String,
}

/// One step of the playbook, the checklist of next actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: String,
    pub lang: Lang,
    pub stage: Stage,
    pub title: String,
    pub why: String,
    pub source: String,
    pub phrases: Vec<String>,
}

/// All phrases and steps, every language, after merging.
#[derive(Debug, Clone, Default)]
pub struct Phrasebook {
    pub phrases: Vec<Phrase>,
    pub steps: Vec<Step>,
}

impl Phrasebook {
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
