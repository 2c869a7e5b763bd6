//! Correcting what was wrong: `crisis set KEY VALUE` and the cockpit's `name = value` both
//! turn a key and a value into the event that records the change.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime};

use super::names;
use super::values::settable;
use crate::incident::{EventKind, Severity, Status};
use crate::lang::Lang;
use crate::phrasebook::Placeholder;
use crate::text;
use crate::tr;

/// The keys besides the placeholders a detail fills.
const FIELDS: [&str; 5] = ["severity", "status", "title", "started", "cadence"];

/// Why a correction was refused, said in the user's language by [`Refusal::say`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    EmptyTitle,
    UnknownKey(String),
    NotACadence(String),
    CadenceRange(String),
    NotATime(String),
    NotAStatus(String),
    NotASeverity(String),
    Impact(super::impact::ImpactError),
}

impl Refusal {
    pub fn say(&self, lang: Lang) -> String {
        let one = |v: &str| text::one_line(v);
        match self {
            Refusal::EmptyTitle => tr!(lang, "refuse-empty-title"),
            Refusal::UnknownKey(key) => {
                tr!(
                    lang,
                    "refuse-unknown-key",
                    key = one(key),
                    keys = keys().join(", ")
                )
            }
            Refusal::NotACadence(v) => tr!(lang, "refuse-not-a-cadence", value = one(v)),
            Refusal::CadenceRange(v) => tr!(lang, "refuse-cadence-range", value = one(v)),
            Refusal::NotATime(v) => tr!(lang, "refuse-not-a-time", value = one(v)),
            Refusal::NotAStatus(v) => {
                use strum::IntoEnumIterator;
                let names: Vec<String> = Status::iter().map(|s| names::status(lang, s)).collect();
                tr!(
                    lang,
                    "refuse-not-a-status",
                    value = one(v),
                    names = names.join(", ")
                )
            }
            Refusal::NotASeverity(v) => tr!(lang, "refuse-not-a-severity", value = one(v)),
            Refusal::Impact(why) => why.say(lang),
        }
    }
}

/// Every key [`correction`] takes, for messages and help.
pub fn keys() -> Vec<&'static str> {
    FIELDS
        .into_iter()
        .chain(settable().map(Placeholder::name))
        .collect()
}

/// The event that sets `key` to `value` at `now`: severity (1 to 4), status,
/// title, started (a clock time today, or earlier when given so), or a detail (client,
/// contact, impact, …), which an empty value clears.
pub fn correction(
    key: &str,
    value: &str,
    now: DateTime<FixedOffset>,
) -> Result<EventKind, Refusal> {
    let key = english_key(&key.trim().to_lowercase()).to_owned();
    let value = text::name(value);
    match key.as_str() {
        "severity" => Ok(EventKind::SeverityChanged {
            severity: value
                .parse::<Severity>()
                .map_err(|_| Refusal::NotASeverity(value.clone()))?,
        }),
        "status" => Ok(EventKind::StatusChanged {
            status: status(&value)?,
        }),
        "title" if value.is_empty() => Err(Refusal::EmptyTitle),
        "title" => Ok(EventKind::TitleChanged { title: value }),
        "cadence" => cadence(&value).map(|minutes| EventKind::CadenceSet { minutes }),
        "started" => started(&value, now).map(|started| EventKind::StartCorrected { started }),
        // An impact in numbers is checked and kept as numbers, said in each language later.
        "impact" if let Some(impact) = super::impact::Impact::parse(&value) => {
            let impact = impact.map_err(Refusal::Impact)?;
            Ok(EventKind::DetailSet {
                name: key,
                value: format!("{}/{}", impact.affected, impact.total),
            })
        }
        name if Placeholder::from_name(name).is_some_and(|p| settable().any(|s| s == p)) => {
            Ok(EventKind::DetailSet {
                name: name.to_owned(),
                value,
            })
        }
        other => Err(Refusal::UnknownKey(other.to_owned())),
    }
}

/// The French keys the cockpit's French prompt shows, as the English ones they stand for.
fn english_key(key: &str) -> &str {
    match key {
        "gravité" | "gravite" => "severity",
        "état" | "etat" | "statut" => "status",
        "titre" => "title",
        "début" | "debut" => "started",
        "rythme" => "cadence",
        other => other,
    }
}

/// A status by its English key or by its name in any language ("résolu").
fn status(value: &str) -> Result<Status, Refusal> {
    use strum::IntoEnumIterator;
    value.parse::<Status>().or_else(|_| {
        let wanted = text::fold(value);
        Status::iter()
            .find(|s| Lang::iter().any(|lang| text::fold(&names::status(lang, *s)) == wanted))
            .ok_or_else(|| Refusal::NotAStatus(value.to_owned()))
    })
}

/// "45m", "45", "1h", "1h30"; empty for the severity's pace again.
fn cadence(value: &str) -> Result<Option<u32>, Refusal> {
    if value.is_empty() {
        return Ok(None);
    }
    let bad = || Refusal::NotACadence(value.to_owned());
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let compact = compact.to_lowercase();
    let (hours, minutes) = match compact.split_once('h') {
        Some((h, m)) => (h, m.trim_end_matches("min").trim_end_matches('m')),
        None => ("0", compact.trim_end_matches("min").trim_end_matches('m')),
    };
    let hours: u32 = hours.parse().map_err(|_| bad())?;
    let minutes: u32 = if minutes.is_empty() {
        0
    } else {
        minutes.parse().map_err(|_| bad())?
    };
    match hours.checked_mul(60).and_then(|h| h.checked_add(minutes)) {
        Some(total @ 1..=10_080) => Ok(Some(total)),
        _ => Err(Refusal::CadenceRange(value.to_owned())),
    }
}

/// "09:02" (or "9h02", "14 h 30", an RFC 3339 time) is today at that time, or yesterday when
/// that is still to come: a start lies behind.
fn started(value: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>, Refusal> {
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        return Ok(at);
    }
    let not_a_time = || Refusal::NotATime(value.to_owned());
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let (h, m) = compact
        .split_once([':', 'h'])
        .unwrap_or((compact.as_str(), ""));
    let hour: u32 = h.parse().map_err(|_| not_a_time())?;
    let minute: u32 = if m.is_empty() {
        0
    } else {
        m.parse().map_err(|_| not_a_time())?
    };
    let time = NaiveTime::from_hms_opt(hour, minute, 0).ok_or_else(not_a_time)?;
    let today = now
        .date_naive()
        .and_time(time)
        .and_local_timezone(*now.offset())
        .single()
        .ok_or_else(not_a_time)?;
    Ok(if today > now {
        today - Duration::days(1)
    } else {
        today
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{hm}:00+01:00")).unwrap()
    }

    #[test]
    fn the_french_keys_and_status_names_are_understood() {
        let set = |k: &str, v: &str| correction(k, v, at("10:00"));
        assert_eq!(
            set("gravité", "1"),
            Ok(EventKind::SeverityChanged {
                severity: Severity::WORST
            })
        );
        assert_eq!(
            set("statut", "Sous surveillance"),
            Ok(EventKind::StatusChanged {
                status: Status::Monitoring
            })
        );
        assert_eq!(
            set("titre", "Paiement"),
            Ok(EventKind::TitleChanged {
                title: "Paiement".into()
            })
        );
        assert!(matches!(
            set("début", "09:02"),
            Ok(EventKind::StartCorrected { .. })
        ));
    }

    #[test]
    fn each_key_becomes_its_event_and_a_bad_value_says_why() {
        let set = |k: &str, v: &str| correction(k, v, at("10:00"));
        assert_eq!(
            set("severity", "1"),
            Ok(EventKind::SeverityChanged {
                severity: Severity::WORST
            })
        );
        assert_eq!(
            set("Status", "identified"),
            Ok(EventKind::StatusChanged {
                status: Status::Identified
            })
        );
        assert_eq!(
            set("title", " Checkout slow "),
            Ok(EventKind::TitleChanged {
                title: "Checkout slow".into()
            })
        );
        assert_eq!(
            set("started", "09:02"),
            Ok(EventKind::StartCorrected {
                started: at("09:02")
            })
        );
        assert_eq!(
            set("started", "9 h 02"),
            Ok(EventKind::StartCorrected {
                started: at("09:02")
            })
        );
        let yesterday = DateTime::parse_from_rfc3339("2026-11-30T23:50:00+01:00").unwrap();
        assert_eq!(
            set("started", "23:50"),
            Ok(EventKind::StartCorrected { started: yesterday })
        );
        assert_eq!(
            set("contact", "Léa"),
            Ok(EventKind::DetailSet {
                name: "contact".into(),
                value: "Léa".into()
            })
        );
        assert_eq!(
            set("eta", ""),
            Ok(EventKind::DetailSet {
                name: "eta".into(),
                value: String::new()
            }),
            "clears"
        );
        assert_eq!(
            set("cadence", "45m"),
            Ok(EventKind::CadenceSet { minutes: Some(45) })
        );
        assert_eq!(
            set("cadence", "1h30"),
            Ok(EventKind::CadenceSet { minutes: Some(90) })
        );
        assert_eq!(
            set("cadence", ""),
            Ok(EventKind::CadenceSet { minutes: None })
        );
        assert!(set("cadence", "0").is_err() && set("cadence", "soon").is_err());
        let say = |k: &str, v: &str| set(k, v).unwrap_err().say(Lang::En);
        assert!(say("severity", "5").contains("not a severity"));
        assert!(
            set("severity", "9")
                .unwrap_err()
                .say(Lang::Fr)
                .starts_with("`9` n'est pas une gravité")
        );
        assert!(say("started", "noon").contains("not a time"));
        assert_eq!(
            set("started", "midi").unwrap_err().say(Lang::Fr),
            "`midi` n'est pas une heure (essayez 09:02)"
        );
        assert!(set("title", "").is_err());
        let err = say("next_update", "10:00");
        assert!(
            err.contains("cannot be set") && err.contains("severity, status, title, started"),
            "{err}"
        );
    }
}
