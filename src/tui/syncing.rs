//! Syncing a shared incidents folder from the cockpit: `S`, and `sync_every` in the
//! background; the git work runs on the slow-effects worker (`crate::share::sync`).

use super::action::{Effect, Failure};
use super::app::{App, Level};
use crate::tr;

impl App {
    /// A sync now (`S`), unless one is under way.
    pub(super) fn sync(&mut self) -> Vec<Effect> {
        if self.syncing {
            self.set_status(Level::Info, tr!(self.lang, "said-sync-running"));
            return Vec::new();
        }
        self.syncing = true;
        self.synced_at = Some(self.now);
        self.set_status(Level::Info, tr!(self.lang, "said-syncing"));
        vec![Effect::Sync]
    }

    /// What a sync did, or why it failed, said in the footer; then the journal is read.
    pub(super) fn synced(&mut self, result: Result<String, Failure>) -> Vec<Effect> {
        self.syncing = false;
        let lang = self.lang;
        match result {
            Ok(said) => self.set_status(Level::Success, tr!(lang, "said-synced", said = said)),
            Err(failure) => {
                let why = match failure {
                    Failure::Said(why) => why,
                    Failure::TimedOut(s) => tr!(lang, "said-sync-timeout", seconds = s),
                };
                self.set_status(Level::Error, tr!(lang, "said-sync-failed", why = why));
            }
        }
        self.append_poll()
    }

    /// The background sync, when `sync_every` is set and its time has come.
    pub(super) fn sync_when_due(&mut self) -> Vec<Effect> {
        let Some(every) = self.settings.sync_every else {
            return Vec::new();
        };
        let due = self.synced_at.is_none_or(|at| self.now - at >= every);
        if due && !self.syncing && self.incident.is_some() {
            return self.sync();
        }
        Vec::new()
    }

    /// What a sync brought is read at once rather than at the next tick.
    pub(super) fn append_poll(&self) -> Vec<Effect> {
        if self.incident.is_some() {
            vec![Effect::PollJournal]
        } else {
            Vec::new()
        }
    }
}
