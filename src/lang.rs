//! The words every layer shares: the languages of the content and the stages of a crisis.
//!
//! Both the journal (an incident's language) and the phrasebook (a phrase's language and stage)
//! speak them, so they live on the floor, below either.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

/// A language of the content and of an incident.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Default,
    EnumIter,
    IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        self.into()
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// A dense index, for per-language tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The language a POSIX locale asks for, from the values of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` in that order (an empty one counts as unset): `fr_FR.UTF-8` or `fr` is French,
    /// anything else (`C`, `de_DE`, nothing) English.
    pub fn from_locale(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Lang {
        let locale = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .unwrap_or("");
        let language = locale.split(['_', '-', '.', '@']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("fr") {
            Lang::Fr
        } else {
            Lang::En
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
        Lang::iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown language `{s}` (expected {})", names::<Lang>()))
    }
}

/// The stages of a crisis, first minute to last; the order is the playbook's order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
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
    pub fn name(self) -> &'static str {
        self.into()
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
        Stage::iter()
            .find(|stage| stage.name() == s)
            .ok_or_else(|| format!("unknown stage `{s}` (expected one of {})", names::<Stage>()))
    }
}

/// The parts of a whole message, in the order a message holds them; a phrase says which it
/// can be (`slots = ["apology"]`), and a channel which a message of it has.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Slot {
    Greeting,
    Apology,
    /// What happened and whom it affects.
    Impact,
    /// What we are doing.
    Doing,
    Workaround,
    NextUpdate,
    /// How to reach us.
    Contact,
    Closing,
}

impl Slot {
    pub fn name(self) -> &'static str {
        self.into()
    }
}

impl FromStr for Slot {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Slot::iter()
            .find(|slot| slot.name() == s)
            .ok_or_else(|| format!("unknown slot `{s}` (expected one of {})", names::<Slot>()))
    }
}

/// "en, fr": every variant's name, for error messages.
fn names<T: IntoEnumIterator + Into<&'static str>>() -> String {
    T::iter().map(Into::into).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_text_and_serde() {
        for lang in Lang::iter() {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(serde_json::to_string(&lang).unwrap(), format!("\"{lang}\""));
        }
        assert_eq!("FR".parse::<Lang>(), Ok(Lang::Fr));
        for stage in Stage::iter() {
            assert_eq!(stage.name().parse::<Stage>(), Ok(stage));
            assert_eq!(
                serde_json::to_string(&stage).unwrap(),
                format!("\"{stage}\"")
            );
        }
        assert_eq!(Stage::FollowUp.name(), "follow-up");
        let err = "soon".parse::<Stage>().unwrap_err();
        assert!(
            err.contains("prepare, acknowledge") && err.ends_with("follow-up, learn)"),
            "{err}"
        );
    }

    #[test]
    fn the_locale_says_french_only_when_it_is_french() {
        let fr = Some("fr_FR.UTF-8");
        assert_eq!(Lang::from_locale(None, None, fr), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("fr")), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("fr_CA@euro")), Lang::Fr);
        assert_eq!(Lang::from_locale(None, None, Some("C")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("C.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("de_DE.UTF-8")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, Some("french")), Lang::En);
        assert_eq!(Lang::from_locale(None, None, None), Lang::En);
        // LC_ALL over LC_MESSAGES over LANG; an empty value counts as unset.
        assert_eq!(Lang::from_locale(Some("C"), fr, fr), Lang::En);
        assert_eq!(Lang::from_locale(None, Some("en_GB.UTF-8"), fr), Lang::En);
        assert_eq!(Lang::from_locale(Some(""), Some(""), fr), Lang::Fr);
        assert_eq!(Lang::from_locale(Some(""), fr, Some("C")), Lang::Fr);
    }
}
