//! The folder of incidents under the data root: creating, listing, naming and opening them.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use super::event::{Event, EventKind};
use super::id::{IncidentId, Severity};
use super::journal::{self, Journal, JournalError, Warning};
use super::state::{Incident, StateError};
use crate::lang::Lang;
use crate::text;

/// What went wrong with the folder of incidents, worded by `say` (`said.rs`); `Display` is
/// English.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", self.say(Lang::En))]
    Journal(#[from] JournalError),
    #[error("{}", self.say(Lang::En))]
    State {
        path: PathBuf,
        #[source]
        source: StateError,
    },
    #[error("{}", self.say(Lang::En))]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", self.say(Lang::En))]
    NotFound(String),
    #[error("{}", self.say(Lang::En))]
    Ambiguous {
        prefix: String,
        matches: Vec<String>,
    },
    #[error("{}", self.say(Lang::En))]
    NoOpenIncident,
    #[error("{}", self.say(Lang::En))]
    NewerUnreadable {
        id: IncidentId,
        #[source]
        source: Box<StoreError>,
    },
}

/// What [`Store::latest_open`] does with an incident it cannot read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    Refuse,
    Skip,
}

fn newer(id: IncidentId, error: StoreError) -> StoreError {
    StoreError::NewerUnreadable {
        id,
        source: Box::new(error),
    }
}

/// What a new incident starts with.
#[derive(Debug, Clone)]
pub struct NewIncident {
    pub title: String,
    pub severity: Severity,
    pub client: Option<String>,
    pub lang: Lang,
}

/// An incident read from disk, with its journal for further appends.
#[derive(Debug)]
pub struct Opened {
    pub incident: Incident,
    pub journal: Journal,
    pub warnings: Vec<Warning>,
    /// Bytes of the journal already read, and how many lines.
    pub offset: u64,
    pub lines: usize,
}

/// The folder of incidents: `<data root>/incidents/<id>/journal.jsonl`.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn new(data_root: &Path) -> Store {
        Store {
            dir: data_root.join("incidents"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Creates an incident and writes its `opened` event. The id is its opening time, a slug
    /// of its title and six hex digits of the opening event's random id, so ids sort by age,
    /// read well in `crisis list`, and two laptops opening "Checkout down" in the same
    /// minute do not mint the same one (the first part stays usable as a prefix).
    pub fn create(
        &self,
        at: DateTime<FixedOffset>,
        new: NewIncident,
    ) -> Result<Opened, StoreError> {
        let title = text::name(&new.title);
        let slug = slug(&title);
        let client = new.client.map(|c| text::name(&c)).filter(|c| !c.is_empty());
        let kind = EventKind::Opened {
            title,
            severity: new.severity,
            client,
            lang: new.lang,
        };
        let opened = Event::new(at, kind);
        let random = &opened.id[opened.id.len().saturating_sub(6)..];
        let base = format!("{}-{slug}-{random}", at.format("%Y%m%d-%H%M"));
        // Written in a hidden folder, then renamed into place: no reader ever sees an incident
        // without its `opened` event, even if this process dies half-way.
        let staging = self.dir.join(format!(".new-{}", opened.id));
        if let Err(e) = Journal::create(&staging).and_then(|j| j.append(&opened)) {
            // Nothing of a failed creation stays behind (a full disk, most likely).
            let _ = fs::remove_dir_all(&staging);
            return Err(e.into());
        }
        for n in 1..=u32::MAX {
            let id = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            let target = self.dir.join(&id);
            if target.exists() {
                continue;
            }
            match fs::rename(&staging, &target) {
                Ok(()) => {
                    journal::sync_dir(&self.dir)?;
                    return self.open(&IncidentId::new(id));
                }
                // Another process took this id in between: try the next one.
                Err(e) if target.exists() => drop(e),
                Err(source) => {
                    let _ = fs::remove_dir_all(&staging);
                    return Err(StoreError::Io {
                        path: target,
                        source,
                    });
                }
            }
        }
        Err(StoreError::Io {
            path: self.dir.join(base),
            source: io::Error::new(io::ErrorKind::AlreadyExists, "no free incident id"),
        })
    }

    /// Every incident id, in name order (which is opening order to the minute).
    pub fn ids(&self) -> Result<Vec<IncidentId>, StoreError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => {
                return Err(StoreError::Io {
                    path: self.dir.clone(),
                    source,
                });
            }
        };
        let mut ids: Vec<IncidentId> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().join(journal::FILE_NAME).is_file())
            // Hidden folders are incidents still being created.
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(|e| e.file_name().into_string().ok())
            .map(IncidentId::new)
            .collect();
        ids.sort();
        Ok(ids)
    }

    fn journal(&self, id: &IncidentId) -> Journal {
        Journal::at(&self.dir.join(id.as_str()))
    }

    pub fn open(&self, id: &IncidentId) -> Result<Opened, StoreError> {
        let dir = self.dir.join(id.as_str());
        // A folder that is a symbolic link would have crisis write outside its data folder.
        if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(StoreError::Io {
                path: dir,
                source: io::Error::other(
                    "is a symbolic link; crisis reads and writes incidents only inside its data folder",
                ),
            });
        }
        let journal = self.journal(id);
        let loaded = journal.load()?;
        let lines = loaded.lines;
        let incident =
            Incident::replay(id.clone(), loaded.events).map_err(|source| StoreError::State {
                path: journal.path().to_owned(),
                source,
            })?;
        Ok(Opened {
            incident,
            journal,
            warnings: loaded.warnings,
            offset: loaded.offset,
            lines,
        })
    }

    /// The id that `prefix` names: an exact id, or the only one that starts with it.
    pub fn resolve(&self, prefix: &str) -> Result<IncidentId, StoreError> {
        let ids = self.ids()?;
        if let Some(id) = ids.iter().find(|id| *id == prefix) {
            return Ok(id.clone());
        }
        let mut matches: Vec<IncidentId> = ids
            .into_iter()
            .filter(|id| id.as_str().starts_with(prefix))
            .collect();
        match matches.len() {
            0 => Err(StoreError::NotFound(prefix.to_owned())),
            1 => Ok(matches.remove(0)),
            _ => Err(StoreError::Ambiguous {
                prefix: prefix.to_owned(),
                matches: matches.iter().map(ToString::to_string).collect(),
            }),
        }
    }

    /// The most recently opened incident that is not resolved. Only the first line of each
    /// journal is read to order them; journals are then read whole, newest first, until an
    /// open one turns up.
    ///
    /// An incident that cannot be read is never passed over in silence: with
    /// [`Unreadable::Refuse`] (a command about to act on "the latest" incident) one newer than
    /// the pick is an error naming its file and line, since the user most likely meant it;
    /// with [`Unreadable::Skip`] (the cockpit, which shows warnings) it becomes a warning on
    /// the one returned. With nothing else to open, the damaged journal is the error.
    pub fn latest_open(&self, unreadable: Unreadable) -> Result<Option<Opened>, StoreError> {
        let mut damaged: Vec<(IncidentId, StoreError)> = Vec::new();
        let mut by_age = Vec::new();
        for id in self.ids()? {
            let journal = self.journal(&id);
            match journal.first_event() {
                Ok(Some(first)) => by_age.push((first.at, id)),
                Ok(None) => {
                    let path = journal.path().to_owned();
                    let empty = StoreError::State {
                        path,
                        source: StateError::Empty,
                    };
                    damaged.push((id, empty));
                }
                Err(e) => damaged.push((id, e.into())),
            }
        }
        by_age.sort();
        let mut latest = None;
        for (_, id) in by_age.into_iter().rev() {
            match self.open(&id) {
                Ok(opened) if opened.incident.is_open() => {
                    latest = Some(opened);
                    break;
                }
                Ok(_) => {}
                Err(e) if unreadable == Unreadable::Refuse => return Err(newer(id, e)),
                Err(e) => damaged.push((id, e)),
            }
        }
        // A journal without a readable first line has no time: its id, which starts with its
        // opening minute, says whether it is newer.
        if unreadable == Unreadable::Refuse {
            let picked = latest.as_ref().map(|o: &Opened| o.incident.id.clone());
            if let Some(at) = damaged
                .iter()
                .position(|(id, _)| picked.as_ref().is_none_or(|p| id > p))
            {
                let (id, error) = damaged.swap_remove(at);
                return Err(match picked {
                    Some(_) => newer(id, error),
                    None => error,
                });
            }
        }
        match latest.as_mut() {
            Some(latest) => {
                latest
                    .warnings
                    .extend(damaged.into_iter().map(|(id, e)| Warning::Skipped {
                        id,
                        error: Box::new(e),
                    }))
            }
            None => {
                if let Some((_, error)) = damaged.into_iter().next() {
                    return Err(error);
                }
            }
        }
        Ok(latest)
    }

    /// The incident named by `id` (a prefix will do), or else the latest open one.
    pub fn named_or_latest(&self, id: Option<&str>) -> Result<Opened, StoreError> {
        match id {
            Some(prefix) => self.open(&self.resolve(prefix)?),
            None => self
                .latest_open(Unreadable::Refuse)?
                .ok_or(StoreError::NoOpenIncident),
        }
    }
}

fn slug(title: &str) -> String {
    let folded = text::fold(title);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut slug = String::new();
    for word in words {
        if slug.len() + word.len() > 32 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        "incident".into()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap()
    }

    fn new(title: &str) -> NewIncident {
        NewIncident {
            title: title.into(),
            severity: Severity::try_from(2).unwrap(),
            client: Some("ACME".into()),
            lang: Lang::Fr,
        }
    }

    #[test]
    fn ids_are_time_and_title_and_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let a = store
            .create(at("09:02"), new("Paiement en panne !"))
            .unwrap();
        let b = store
            .create(at("09:02"), new("Paiement en panne !"))
            .unwrap();
        let (a, b) = (a.incident.id.as_str(), b.incident.id.as_str());
        let base = "20261124-0902-paiement-en-panne-";
        assert!(a.starts_with(base) && b.starts_with(base), "{a} {b}");
        let random = |id: &str| id[base.len()..].to_owned();
        assert_eq!(random(a).len(), 6);
        assert!(random(a).chars().all(|c| c.is_ascii_hexdigit()), "{a}");
        assert_ne!(a, b, "two openings in the same minute");

        assert_eq!(slug("!!!"), "incident");
    }

    #[test]
    fn prefixes_resolve_when_unambiguous() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        store.create(at("09:02"), new("Checkout down")).unwrap();
        store.create(at("10:15"), new("Login slow")).unwrap();
        let login = store.resolve("20261124-10").unwrap();
        assert!(
            login.as_str().starts_with("20261124-1015-login-slow-"),
            "{login}"
        );
        assert_eq!(store.resolve("20261124-1015-login-slow").unwrap(), login);
        assert!(matches!(
            store.resolve("2026"),
            Err(StoreError::Ambiguous { .. })
        ));
        assert!(matches!(
            store.resolve("1999"),
            Err(StoreError::NotFound(_))
        ));
    }

    #[test]
    fn latest_open_goes_by_opening_time_and_skips_broken_journals() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let later = at("09:02") + chrono::Duration::seconds(30);
        store.create(at("09:02"), new("Zebra outage")).unwrap();
        store.create(later, new("Api slow")).unwrap();
        let empty = store.dir().join("20991231-2359-empty");
        fs::create_dir_all(&empty).unwrap();
        fs::write(empty.join(journal::FILE_NAME), "").unwrap();
        fs::create_dir_all(store.dir().join(".new-half")).unwrap();
        fs::write(store.dir().join(".new-half").join(journal::FILE_NAME), "").unwrap();
        let latest = store.latest_open(Unreadable::Skip).unwrap().unwrap();
        assert_eq!(latest.incident.title, "Api slow");
        assert!(
            latest
                .warnings
                .iter()
                .any(|w| w.say(Lang::En).contains("20991231-2359-empty")),
            "{:?}",
            latest.warnings
        );
        assert!(
            !store
                .ids()
                .unwrap()
                .iter()
                .any(|id| id.as_str().starts_with('.'))
        );
    }

    #[test]
    fn latest_open_skips_resolved_incidents() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        assert!(store.latest_open(Unreadable::Skip).unwrap().is_none());
        store.create(at("09:02"), new("First")).unwrap();
        let second = store.create(at("10:00"), new("Second")).unwrap();
        assert_eq!(
            store
                .latest_open(Unreadable::Skip)
                .unwrap()
                .unwrap()
                .incident
                .title,
            "Second"
        );
        second
            .journal
            .append(&Event::new(at("10:30"), EventKind::Resolved { text: None }))
            .unwrap();
        assert_eq!(
            store
                .latest_open(Unreadable::Skip)
                .unwrap()
                .unwrap()
                .incident
                .title,
            "First"
        );
    }

    #[test]
    fn latest_open_reads_only_the_first_line_of_older_journals() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let old = store.create(at("09:02"), new("Old")).unwrap();
        // Damage past the first line: whoever reads the whole journal reports it.
        let mut file = fs::OpenOptions::new()
            .append(true)
            .open(old.journal.path())
            .unwrap();
        std::io::Write::write_all(&mut file, b"not json\n{}\n").unwrap();
        store.create(at("10:00"), new("New")).unwrap();
        let latest = store.latest_open(Unreadable::Skip).unwrap().unwrap();
        assert_eq!(latest.incident.title, "New");
        assert!(latest.warnings.is_empty(), "{:?}", latest.warnings);
        assert!(store.open(&old.incident.id).is_err());
    }
}
