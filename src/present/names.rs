//! The names of the incident's states, channels, audiences and message parts in the user's
//! language. The journal, the command line's arguments and the exports' JSON keep the English
//! keys (`investigating`, `voicemail`); people read these.

use super::channels::{Audience, Channel};
use crate::i18n;
use crate::incident::Status;
use crate::lang::{Lang, Slot, Stage};
use crate::phrasebook::Placeholder;

/// Message `<family>-<name>`: each name family below has one id per variant, checked by the
/// tests in both languages.
fn named(lang: Lang, family: &str, name: &str) -> String {
    i18n::message(lang, &format!("{family}-{name}"), None)
}

/// "investigating" / "analyse en cours".
pub fn status(lang: Lang, status: Status) -> String {
    named(lang, "status", status.into())
}

/// "update" / "point": the stage of a crisis a step or phrase belongs to.
pub fn stage(lang: Lang, stage: Stage) -> String {
    named(lang, "stage", stage.name())
}

/// What a placeholder stands for, when a copy asks for its value (`next_update` is message
/// `placeholder-next-update`).
pub fn placeholder(lang: Lang, p: Placeholder) -> String {
    named(lang, "placeholder", &p.name().replace('_', "-"))
}

/// "voicemail" / "message vocal".
pub fn channel(lang: Lang, channel: Channel) -> String {
    named(lang, "channel", channel.name())
}

/// "executives" / "direction".
pub fn audience(lang: Lang, audience: Audience) -> String {
    named(lang, "audience", audience.name())
}

/// "next update" / "prochain point".
pub fn slot(lang: Lang, slot: Slot) -> String {
    named(lang, "slot", slot.name())
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    fn assert_named(family: &str, names: impl IntoIterator<Item = &'static str>) {
        for name in names {
            for lang in Lang::iter() {
                let id = format!("{family}-{name}");
                assert!(i18n::has(lang, &id), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn every_name_has_a_message_in_every_language() {
        assert_named("status", Status::iter().map(Into::into));
        assert_named("channel", Channel::iter().map(Channel::name));
        assert_named("audience", Audience::iter().map(Audience::name));
        assert_named("stage", Stage::iter().map(Stage::name));
        assert_named("slot", Slot::iter().map(Slot::name));
        for p in Placeholder::iter() {
            for lang in Lang::iter() {
                let id = format!("placeholder-{}", p.name().replace('_', "-"));
                assert!(i18n::has(lang, &id), "{lang}: {id}");
            }
        }
        assert_eq!(status(Lang::Fr, Status::Resolved), "résolu");
        assert_eq!(channel(Lang::Fr, Channel::Voicemail), "message vocal");
        assert_eq!(slot(Lang::Fr, Slot::NextUpdate), "prochain point");
    }
}
