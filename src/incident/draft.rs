//! A message being written in the cockpit's composer, kept beside the journal
//! (`draft.json`) at every change, so that quitting or a crash never loses it.
//!
//! Unlike the journal, a draft is replaced whole (a temporary file renamed over it): it is
//! work in progress, not a record, and it is deleted once the message is sent.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::lang::Lang;

const FILE: &str = "draft.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// Where and to whom it goes, by name ("email", "client"): the composer's business.
    pub channel: String,
    pub audience: String,
    pub text: String,
    pub saved_at: DateTime<FixedOffset>,
}

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("{}", self.say(Lang::En))]
    Save {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.say(Lang::En))]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", self.say(Lang::En))]
    Damaged {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
}

/// Where the draft of the incident whose folder is `dir` is kept.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(FILE)
}

impl Draft {
    /// Replaces the kept draft with this one: a reader sees the old draft or the new one,
    /// never half of either.
    pub fn save(&self, dir: &Path) -> Result<(), DraftError> {
        let path = path(dir);
        let err = |source| DraftError::Save {
            path: path.clone(),
            source,
        };
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::from);
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
        file.write_all(&json.map_err(err)?).map_err(err)?;
        file.persist(&path).map_err(|e| err(e.error))?;
        Ok(())
    }

    /// The kept draft, if there is one.
    pub fn load(dir: &Path) -> Result<Option<Draft>, DraftError> {
        let path = path(dir);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(DraftError::Read { path, source }),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|source| DraftError::Damaged { path, source })
    }

    /// Forgets the kept draft, once it was sent or the person started afresh.
    pub fn discard(dir: &Path) -> Result<(), DraftError> {
        let path = path(dir);
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(DraftError::Save { path, source: e })
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(text: &str) -> Draft {
        Draft {
            channel: "email".into(),
            audience: "client".into(),
            text: text.into(),
            saved_at: DateTime::parse_from_rfc3339("2026-12-02T14:20:00+01:00").unwrap(),
        }
    }

    #[test]
    fn a_draft_is_kept_replaced_and_discarded() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Draft::load(dir.path()).unwrap(), None);
        draft("Hello Léa,\n\nfirst").save(dir.path()).unwrap();
        draft("Hello Léa,\n\nsecond").save(dir.path()).unwrap();
        assert_eq!(
            Draft::load(dir.path()).unwrap(),
            Some(draft("Hello Léa,\n\nsecond"))
        );
        Draft::discard(dir.path()).unwrap();
        Draft::discard(dir.path()).unwrap();
        assert_eq!(Draft::load(dir.path()).unwrap(), None);
    }

    #[test]
    fn a_damaged_draft_is_named_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(path(dir.path()), "{\"channel\": ").unwrap();
        let err = Draft::load(dir.path()).unwrap_err();
        assert!(err.to_string().contains("draft.json: the draft is damaged"));
        assert!(path(dir.path()).exists());
    }
}
