//! Where a message goes (`Channel`) and who reads it (`Audience`): their names, the tags
//! that mark a phrase for them, and the parts a message on each channel has.

use std::str::FromStr;

use serde::Serialize;
use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

use crate::lang::Slot;

/// Where a message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, Serialize)]
#[strum(serialize_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Status,
    Chat,
    Voicemail,
}

/// Who reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, Serialize)]
#[strum(serialize_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    /// The client's decision maker.
    Client,
    /// End users.
    Users,
    Exec,
    /// A contact who is angry.
    Angry,
    /// Our own team.
    Team,
}

fn parse_name<T: IntoEnumIterator + Into<&'static str> + Copy>(
    s: &str,
    what: &str,
) -> Result<T, String> {
    T::iter().find(|v| (*v).into() == s).ok_or_else(|| {
        let names: Vec<&str> = T::iter().map(Into::into).collect();
        format!(
            "unknown {what} `{s}` (expected one of {})",
            names.join(", ")
        )
    })
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_name(s, "channel")
    }
}

impl FromStr for Audience {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_name(s, "audience")
    }
}

impl Channel {
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The tags that mark a phrase for this channel.
    pub(super) fn tags(self) -> &'static [&'static str] {
        match self {
            Channel::Email => &["email"],
            Channel::Status => &["status"],
            Channel::Chat => &["chat"],
            Channel::Voicemail => &["voicemail", "phone"],
        }
    }

    /// The parts of a message on this channel, in order.
    pub fn slots(self) -> &'static [Slot] {
        use Slot::*;
        match self {
            Channel::Email => &[
                Greeting, Apology, Impact, Doing, Workaround, NextUpdate, Contact, Closing,
            ],
            Channel::Status => &[Impact, Doing, Workaround, NextUpdate],
            Channel::Chat => &[Greeting, Apology, Impact, Doing, NextUpdate],
            Channel::Voicemail => &[Greeting, Apology, Impact, Doing, NextUpdate, Contact],
        }
    }
}

impl Audience {
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The tag that marks a phrase for this audience, then one that will do.
    pub(super) fn tags(self) -> (&'static str, Option<&'static str>) {
        match self {
            Audience::Client => ("client", None),
            Audience::Users => ("users", Some("client")),
            Audience::Exec => ("exec", Some("client")),
            Audience::Angry => ("angry", Some("client")),
            Audience::Team => ("internal", None),
        }
    }
}
