//! What goes wrong with incidents on disk, in the user's words: every error and warning of
//! this module has a `say(lang)`, and its `Display` is what it says in English.

use std::path::Path;

use super::draft::DraftError;
use super::journal::{JournalError, Warning};
use super::merge::MergeError;
use super::state::StateError;
use super::store::StoreError;
use crate::i18n::{file_error, io_error};
use crate::lang::Lang;
use crate::text::one_line;
use crate::tr;

/// `path: what`, or `path:line: what`, the path as a terminal may show it.
fn at(path: &Path, line: Option<usize>, what: String) -> String {
    let path = one_line(&path.display().to_string());
    match line {
        Some(line) => format!("{path}:{line}: {what}"),
        None => format!("{path}: {what}"),
    }
}

impl JournalError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            JournalError::Io { path, source } => file_error(lang, path, source),
            JournalError::Corrupt { path, line, why } => at(
                path,
                Some(*line),
                tr!(lang, "journal-corrupt", why = why.say(lang)),
            ),
            JournalError::Conflict {
                path,
                first,
                second,
                id,
            } => at(
                path,
                Some(*second),
                tr!(lang, "journal-conflict", id = one_line(id), first = *first),
            ),
        }
    }
}

impl Warning {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Warning::Torn { path, line } => {
                at(path, Some(*line), tr!(lang, "journal-torn-skipped"))
            }
            Warning::Skipped { id, error } => tr!(
                lang,
                "store-skipped",
                id = one_line(id.as_str()),
                error = error.say(lang)
            ),
        }
    }
}

impl StoreError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            StoreError::Journal(e) => e.say(lang),
            StoreError::State { path, source } => at(path, None, source.say(lang)),
            StoreError::Io { path, source } => file_error(lang, path, source),
            StoreError::NotFound(id) => tr!(lang, "store-not-found", id = one_line(id)),
            StoreError::Ambiguous { prefix, matches } => tr!(
                lang,
                "store-ambiguous",
                prefix = one_line(prefix),
                matches = one_line(&matches.join(", "))
            ),
            StoreError::NoOpenIncident => tr!(lang, "store-no-open-incident"),
            StoreError::NewerUnreadable { id, source } => tr!(
                lang,
                "store-newer-unreadable",
                id = one_line(id.as_str()),
                error = source.say(lang)
            ),
        }
    }
}

impl StateError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            StateError::Empty => tr!(lang, "state-empty"),
            StateError::NotOpened => tr!(lang, "state-not-opened"),
        }
    }
}

impl DraftError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            DraftError::Save { path, source } => at(
                path,
                None,
                tr!(lang, "draft-not-saved", error = io_error(lang, source)),
            ),
            DraftError::Read { path, source } => at(
                path,
                None,
                tr!(lang, "draft-not-read", error = io_error(lang, source)),
            ),
            DraftError::Damaged { path, .. } => at(path, None, tr!(lang, "draft-damaged")),
        }
    }
}

impl MergeError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            MergeError::Unreadable { name, line, why } => format!(
                "{}:{line}: {}",
                one_line(name),
                tr!(lang, "merge-unreadable", why = why.say(lang))
            ),
            MergeError::Conflict { id, first, second } => tr!(
                lang,
                "merge-conflict",
                id = one_line(id),
                first = one_line(first),
                second = one_line(second)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::incident::IncidentId;
    use crate::incident::health::{Problem, Unreadable};

    #[test]
    fn what_goes_wrong_on_disk_is_said_in_french_with_its_place() {
        let path = PathBuf::from("/d/incidents/a/journal.jsonl");
        let corrupt = JournalError::Corrupt {
            path: path.clone(),
            line: 3,
            why: Problem::Unreadable(Unreadable::MissingField("text".into())),
        };
        assert_eq!(
            corrupt.say(Lang::Fr),
            "/d/incidents/a/journal.jsonl:3: illisible : il manque le champ `text` ; le journal \
             n'a pas été modifié"
        );
        assert_eq!(corrupt.to_string(), corrupt.say(Lang::En));
        let torn = Warning::Torn {
            path: path.clone(),
            line: 9,
        };
        assert!(
            torn.say(Lang::Fr)
                .starts_with("/d/incidents/a/journal.jsonl:9: événement")
        );
        let skipped = Warning::Skipped {
            id: IncidentId::new("20261124-0900-a"),
            error: Box::new(StoreError::State {
                path,
                source: StateError::Empty,
            }),
        };
        assert_eq!(
            skipped.say(Lang::Fr),
            "incident 20261124-0900-a ignoré : /d/incidents/a/journal.jsonl: le journal est vide"
        );
        let merge = MergeError::Conflict {
            id: "e1".into(),
            first: "notre copie:2".into(),
            second: "leur copie:5".into(),
        };
        assert_eq!(
            merge.say(Lang::Fr),
            "l'événement e1 ne se lit pas de la même façon dans notre copie:2 et leur copie:5"
        );
        let draft = DraftError::Save {
            path: PathBuf::from("/d/draft.json"),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        };
        assert!(
            draft
                .say(Lang::Fr)
                .starts_with("/d/draft.json: impossible d'enregistrer le brouillon : "),
            "{}",
            draft.say(Lang::Fr)
        );
        assert_ne!(draft.say(Lang::Fr), draft.say(Lang::En));
    }
}
