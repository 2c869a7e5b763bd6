//! What can go wrong on the command line, and how it is said in the user's language.
//!
//! `CliError` displays in English (for logs); `said` is what the user reads, in their
//! language: the command line's own words from the message files, and below them each
//! library error's own `say(lang)` (the incidents folder, config.toml, the clipboard, git).

use std::io;
use std::path::PathBuf;

use crate::config::ConfigError;
use crate::incident::{IncidentId, JournalError, StoreError};
use crate::lang::Lang;
use crate::text::one_line;
use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Journal(#[from] JournalError),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error("{}", .path.display())]
    File {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", self.said(Lang::En))]
    EmptyTitle,
    #[error("{}", self.said(Lang::En))]
    EmptyText,
    #[error("{}", self.said(Lang::En))]
    TooLong(usize),
    #[error("{}", self.said(Lang::En))]
    AlreadyResolved(IncidentId),
    #[error("{}", self.said(Lang::En))]
    NotResolved(IncidentId),
    #[error("{}", self.said(Lang::En))]
    NothingToReopen,
    #[error("could not copy")]
    Copy(#[from] crate::clipboard::ClipboardError),
    #[error("{}", self.said(Lang::En))]
    Clock(crate::clock::BadNow),
    #[error("{}", self.said(Lang::En))]
    NotATime(String),
    #[error("{}", self.said(Lang::En))]
    AlreadyPast(String),
    /// `--next` without `--kind update`.
    #[error("{}", self.said(Lang::En))]
    NextWithoutUpdate,
    #[error("{0}")]
    Correction(String),
    #[error(transparent)]
    Rules(#[from] crate::lint::RuleError),
    #[error(transparent)]
    Share(#[from] crate::share::ShareError),
    #[error("{}", self.said(Lang::En))]
    Merge(#[source] crate::incident::merge::MergeError),
    #[error("{}", self.said(Lang::En))]
    NothingToUndo,
    #[error("{}", self.said(Lang::En))]
    NoFollowUp,
    #[error("{}", self.said(Lang::En))]
    Unfilled(Vec<String>),
}

impl CliError {
    /// The whole error, each cause once, in `lang` as far as the message files go.
    pub fn said(&self, lang: Lang) -> String {
        let time = |s: &str| one_line(s);
        match self {
            CliError::Store(e) => e.say(lang),
            CliError::Config(e) => e.say(lang),
            CliError::Copy(e) => tr!(lang, "cli-error-copy", error = e.say(lang)),
            CliError::EmptyTitle => tr!(lang, "cli-error-empty-title"),
            CliError::EmptyText => tr!(lang, "cli-error-empty-text"),
            CliError::TooLong(bytes) => tr!(lang, "cli-error-too-long", bytes = *bytes),
            CliError::AlreadyResolved(id) => {
                tr!(
                    lang,
                    "cli-error-already-resolved",
                    id = one_line(id.as_str())
                )
            }
            CliError::NotResolved(id) => {
                tr!(lang, "cli-error-not-resolved", id = one_line(id.as_str()))
            }
            CliError::NothingToReopen => tr!(lang, "cli-error-nothing-to-reopen"),
            CliError::NotATime(s) => tr!(lang, "cli-error-not-a-time", text = time(s)),
            CliError::AlreadyPast(s) => tr!(lang, "cli-error-already-past", text = time(s)),
            CliError::NextWithoutUpdate => tr!(lang, "cli-error-next-without-update"),
            CliError::Merge(why) => tr!(lang, "cli-error-merge", error = why.say(lang)),
            CliError::NothingToUndo => tr!(lang, "cli-error-nothing-to-undo"),
            CliError::NoFollowUp => tr!(lang, "cli-error-no-follow-up"),
            CliError::Clock(bad) => {
                use crate::clock::Why;
                let why = match bad.why {
                    Why::OutOfRange => tr!(lang, "clock-why-out-of-range"),
                    Why::TooShort => tr!(lang, "clock-why-too-short"),
                    Why::TooLong => tr!(lang, "clock-why-too-long"),
                    Why::Invalid => tr!(lang, "clock-why-invalid"),
                };
                tr!(
                    lang,
                    "cli-error-bad-now",
                    var = crate::clock::NOW_VAR,
                    text = time(&bad.text),
                    why = why
                )
            }
            CliError::Share(e) => e.say(lang),
            CliError::Rules(e) => e.say(lang),
            CliError::Io(e) => crate::i18n::io_error(lang, e),
            CliError::File { path, source } => crate::i18n::file_error(lang, path, source),
            CliError::Unfilled(names) => tr!(
                lang,
                "cli-error-unfilled",
                names = names
                    .iter()
                    .map(|m| format!("{{{m}}}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                count = names.len()
            ),
            CliError::Journal(e) => e.say(lang),
            // Said in the user's language where it was refused.
            CliError::Correction(said) => one_line(said),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_lines_refusals_are_said_in_each_language() {
        let not_found = CliError::Store(StoreError::NotFound("nope".into()));
        assert_eq!(
            not_found.said(Lang::En),
            "no incident matches `nope` (see `crisis list --all`)"
        );
        assert_eq!(
            not_found.said(Lang::Fr),
            "aucun incident ne correspond à `nope` (voir `crisis list --all`)"
        );
        let unfilled = CliError::Unfilled(vec!["eta".into(), "client".into()]);
        assert_eq!(
            unfilled.to_string(),
            "{eta} {client} not filled, so nothing was copied: set them with `crisis set NAME VALUE`"
        );
        assert!(
            unfilled
                .said(Lang::Fr)
                .starts_with("{eta} {client} non remplis")
        );
        let one = CliError::Unfilled(vec!["eta".into()]);
        assert!(
            one.said(Lang::En).contains("set it with"),
            "{}",
            one.said(Lang::En)
        );
        // What the library says deeper down is kept, once.
        let newer = CliError::Store(StoreError::NewerUnreadable {
            id: IncidentId::new("b"),
            source: Box::new(StoreError::NotFound("b".into())),
        });
        assert!(
            newer
                .said(Lang::Fr)
                .ends_with(": aucun incident ne correspond à `b` (voir `crisis list --all`)")
        );
    }
}
