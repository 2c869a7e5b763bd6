//! The names of the incident's states, channels, audiences and message parts in the user's
//! language. The journal, the command line's arguments and the exports' JSON keep the English
//! keys (`investigating`, `voicemail`); people read these.

use super::channels::{Audience, Channel};
use crate::i18n;
use crate::incident::Status;
use crate::lang::{Lang, Slot, Stage};

/// "investigating" / "en cours d'analyse".
pub fn status(lang: Lang, status: Status) -> String {
    i18n::message(lang, &format!("status-{status}"), None)
}

/// "update" / "point": the stage of a crisis a step or phrase belongs to.
pub fn stage(lang: Lang, stage: Stage) -> String {
    i18n::message(lang, &format!("stage-{}", stage.name()), None)
}

/// "voicemail" / "message vocal".
pub fn channel(lang: Lang, channel: Channel) -> String {
    i18n::message(lang, &format!("channel-{}", channel.name()), None)
}

/// "executives" / "direction".
pub fn audience(lang: Lang, audience: Audience) -> String {
    i18n::message(lang, &format!("audience-{}", audience.name()), None)
}

/// "next update" / "prochain point".
pub fn slot(lang: Lang, slot: Slot) -> String {
    i18n::message(lang, &format!("slot-{}", slot.name()), None)
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

    #[test]
    fn every_channel_audience_and_part_has_a_name_in_every_language() {
        for lang in Lang::iter() {
            for c in Channel::iter() {
                assert!(
                    i18n::has(lang, &format!("channel-{}", c.name())),
                    "{lang}: {c:?}"
                );
            }
            for a in Audience::iter() {
                assert!(
                    i18n::has(lang, &format!("audience-{}", a.name())),
                    "{lang}: {a:?}"
                );
            }
            for s in Stage::iter() {
                assert!(
                    i18n::has(lang, &format!("stage-{}", s.name())),
                    "{lang}: {s:?}"
                );
            }
            for s in Slot::iter() {
                assert!(
                    i18n::has(lang, &format!("slot-{}", s.name())),
                    "{lang}: {s:?}"
                );
            }
        }
        assert_eq!(channel(Lang::Fr, Channel::Voicemail), "message vocal");
    }
}
