//! The values clap reads with our parsers, each saying what it expected in the language the
//! command line speaks (clap prints the message).

use crate::incident::{Severity, Status};
use crate::lang::{Lang, Stage};
use crate::tr;

/// "en, fr": the names of every variant.
fn names<T: strum::IntoEnumIterator + Into<&'static str>>() -> String {
    T::iter().map(Into::into).collect::<Vec<_>>().join(", ")
}

pub(super) fn parse_lang(s: &str) -> Result<Lang, String> {
    let lang = super::speaking();
    s.parse().map_err(|_| {
        tr!(
            lang,
            "cli-usage-not-a-lang",
            value = s,
            values = names::<Lang>()
        )
    })
}

pub(super) fn parse_stage(s: &str) -> Result<Stage, String> {
    let lang = super::speaking();
    s.parse().map_err(|_| {
        tr!(
            lang,
            "cli-usage-not-a-stage",
            value = s,
            values = names::<Stage>()
        )
    })
}

pub(super) fn parse_status(s: &str) -> Result<Status, String> {
    let lang = super::speaking();
    s.parse().map_err(|_| {
        tr!(
            lang,
            "cli-usage-not-a-status",
            value = s,
            values = names::<Status>()
        )
    })
}

pub(super) fn parse_severity(s: &str) -> Result<Severity, String> {
    let lang = super::speaking();
    s.parse()
        .map_err(|_| tr!(lang, "refuse-not-a-severity", value = s))
}

pub(super) fn parse_channel(s: &str) -> Result<crate::present::compose::Channel, String> {
    use crate::present::compose::Channel;
    let lang = super::speaking();
    s.parse().map_err(|_| {
        tr!(
            lang,
            "cli-usage-not-a-channel",
            value = s,
            values = names::<Channel>()
        )
    })
}

pub(super) fn parse_audience(s: &str) -> Result<crate::present::compose::Audience, String> {
    use crate::present::compose::Audience;
    let lang = super::speaking();
    s.parse().map_err(|_| {
        let values = names::<Audience>();
        tr!(
            lang,
            "cli-usage-not-an-audience",
            value = s,
            values = values
        )
    })
}
