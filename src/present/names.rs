//! The names of the incident's states in the user's language. The journal, the command line's
//! arguments and the exports' JSON keep the English keys (`investigating`); people read these.

use crate::i18n;
use crate::incident::Status;
use crate::lang::Lang;

/// "investigating" / "en cours d'analyse".
pub fn status(lang: Lang, status: Status) -> String {
    i18n::message(lang, &format!("status-{status}"), None)
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn every_status_has_a_name_in_every_language() {
        for lang in Lang::iter() {
            for s in Status::iter() {
                assert!(
                    i18n::has(lang, &format!("status-{s}")),
                    "{lang}: status-{s}"
                );
            }
        }
        assert_eq!(status(Lang::Fr, Status::Resolved), "résolu");
    }
}
