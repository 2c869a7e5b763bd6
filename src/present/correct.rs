//! Correcting what was wrong: `crisis set KEY VALUE` and the cockpit's `name = value` both
//! turn a key and a value into the event that records the change.

use chrono::{DateTime, Duration, FixedOffset, NaiveTime};

use super::names;
use super::values::settable;
use crate::incident::{EventKind, Severity, Status};
use crate::lang::Lang;
use crate::phrasebook::Placeholder;
use crate::text;

/// The keys besides the placeholders a detail fills.
const FIELDS: [&str; 5] = ["severity", "status", "title", "started", "cadence"];

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
pub fn correction(key: &str, value: &str, now: DateTime<FixedOffset>) -> Result<EventKind, String> {
    let key = english_key(&key.trim().to_lowercase()).to_owned();
    let value = text::name(value);
    match key.as_str() {
        "severity" => Ok(EventKind::SeverityChanged {
            severity: value.parse::<Severity>()?,
        }),
        "status" => Ok(EventKind::StatusChanged {
            status: status(&value)?,
        }),
        "title" if value.is_empty() => Err("a title cannot be empty".into()),
        "title" => Ok(EventKind::TitleChanged { title: value }),
        "cadence" => cadence(&value).map(|minutes| EventKind::CadenceSet { minutes }),
        "started" => started(&value, now).map(|started| EventKind::StartCorrected { started }),
        // An impact in numbers is checked and kept as numbers, said in each language later.
        "impact" if let Some(impact) = super::impact::Impact::parse(&value) => {
            let impact = impact?;
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
        other => Err(format!(
            "`{}` cannot be set; the keys are {}",
            text::one_line(other),
            keys().join(", ")
        )),
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
fn status(value: &str) -> Result<Status, String> {
    use strum::IntoEnumIterator;
    value.parse::<Status>().or_else(|why| {
        let wanted = text::fold(value);
        Status::iter()
            .find(|s| Lang::iter().any(|lang| text::fold(&names::status(lang, *s)) == wanted))
            .ok_or(why)
    })
}

/// "45m", "45", "1h", "1h30"; empty for the severity's pace again.
fn cadence(value: &str) -> Result<Option<u32>, String> {
    if value.is_empty() {
        return Ok(None);
    }
    let bad = || {
        format!(
            "`{}` is not a cadence (try 45m or 1h)",
            text::one_line(value)
        )
    };
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
        _ => Err(format!(
            "a cadence is between 1 minute and a week, not `{}`",
            text::one_line(value)
        )),
    }
}

/// "09:02" (or "9h02", "14 h 30", an RFC 3339 time) is today at that time, or yesterday when
/// that is still to come: a start lies behind.
fn started(value: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>, String> {
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        return Ok(at);
    }
    let not_a_time = || format!("`{}` is not a time (try 09:02)", text::one_line(value));
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
        assert!(set("severity", "5").unwrap_err().contains("out of range"));
        assert!(set("started", "noon").unwrap_err().contains("not a time"));
        assert!(set("title", "").is_err());
        let err = set("next_update", "10:00").unwrap_err();
        assert!(
            err.contains("cannot be set") && err.contains("severity, status, title, started"),
            "{err}"
        );
    }
}
