//! The one owner of "incident + settings → the values that fill placeholders".

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use strum::IntoEnumIterator;

use crate::cadence::{Policy, next_after_sending};
use crate::incident::Incident;
use crate::lang::Lang;
use crate::phrasebook::Placeholder;

/// What the values need beyond the incident, taken from config at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The pace of client updates.
    pub pace: Policy,
    /// Who is writing, for `{me}`.
    pub me: Option<String>,
    /// Where to call back, for `{phone}`.
    pub phone: Option<String>,
    /// The writer's grammatical gender is feminine, for `{e}`: French agrees « désolée ».
    pub feminine: bool,
}

/// True for placeholders the incident itself fills (its title, its times): a detail set by
/// hand cannot stand in for them.
pub fn is_derived(placeholder: Placeholder) -> bool {
    matches!(
        placeholder,
        Placeholder::Incident | Placeholder::NextUpdate | Placeholder::Started | Placeholder::E
    )
}

/// The placeholders a detail may set, in list order.
pub fn settable() -> impl Iterator<Item = Placeholder> {
    Placeholder::iter().filter(|p| !is_derived(*p))
}

/// What fills `placeholder` before any detail is set; `None` when only a detail can.
fn base_value(
    placeholder: Placeholder,
    incident: Option<&Incident>,
    settings: &Settings,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> Option<String> {
    // In the reader's time zone (that of `now`), whatever offset the journal was written in.
    let time = |t: DateTime<FixedOffset>| clock_time(t.with_timezone(now.offset()), lang);
    match placeholder {
        Placeholder::Me => settings.me.clone(),
        Placeholder::Phone => settings.phone.clone(),
        Placeholder::E => Some(if settings.feminine { "e" } else { "" }.to_owned()),
        Placeholder::Client => incident?.client.clone(),
        Placeholder::Incident => Some(incident?.title.clone()),
        Placeholder::Started => Some(time(incident?.opened_at)),
        Placeholder::NextUpdate => Some(time(next_after_sending(incident?, &settings.pace, now)?)),
        Placeholder::Contact
        | Placeholder::Impact
        | Placeholder::Eta
        | Placeholder::Workaround
        | Placeholder::Feature
        | Placeholder::Sponsor => None,
    }
}

/// "Wed 02 Dec 10:00" / "mercredi 02 décembre 10 h 00", in the local time of `now`.
pub fn day_and_time(lang: Lang, t: DateTime<FixedOffset>, now: DateTime<FixedOffset>) -> String {
    use chrono::Datelike;
    let local = t.with_timezone(now.offset());
    let weekday = local.weekday().number_from_monday();
    crate::tr!(
        lang,
        "cli-date",
        weekday = crate::i18n::message(lang, &format!("cli-weekday-{weekday}"), None),
        day = local.format("%d").to_string(),
        month = crate::i18n::message(lang, &format!("cli-month-{}", local.month()), None),
        time = clock_time(local, lang)
    )
}

/// A time of day as a sentence in `lang` writes it: "14:30", "14 h 30" (French typography,
/// with no-break spaces so that the time never splits across lines).
pub fn clock_time(t: DateTime<FixedOffset>, lang: Lang) -> String {
    match lang {
        Lang::En => t.format("%H:%M").to_string(),
        Lang::Fr => t.format("%H\u{a0}h\u{a0}%M").to_string(),
    }
}

/// Values for every placeholder that has one, by name. Details set on the incident win over
/// what the incident and the settings say (`client`, `me`); times are local clock times.
pub fn values(
    incident: Option<&Incident>,
    settings: &Settings,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> BTreeMap<String, String> {
    let mut values: BTreeMap<String, String> = Placeholder::iter()
        .filter_map(|p| {
            Some((
                p.name().to_owned(),
                base_value(p, incident, settings, now, lang)?,
            ))
        })
        .collect();
    if let Some(incident) = incident {
        let settable = |name: &str| Placeholder::from_name(name).is_some_and(|p| !is_derived(p));
        values.extend(
            incident
                .details
                .iter()
                .filter(|(name, _)| settable(name))
                .map(|(name, value)| (name.clone(), detail_value(name, value, lang))),
        );
    }
    // Values come from journals and command lines; they end up in clipboards and terminals.
    for value in values.values_mut() {
        *value = crate::text::clean(value);
    }
    values
}

/// A detail as a phrase says it: an impact given as numbers (`3/1000`) becomes the sentence
/// in the phrase's language; any other value is said as written.
pub fn detail_value(name: &str, value: &str, lang: Lang) -> String {
    match super::impact::Impact::parse(value) {
        Some(Ok(impact)) if name == Placeholder::Impact.name() => impact.sentence(lang),
        _ => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::incident::{Event, EventKind, IncidentId, Severity};

    fn incident() -> Incident {
        let at = |hm: &str| DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00"));
        let opened = Event::new(
            at("09:00").unwrap(),
            EventKind::Opened {
                title: "Checkout down".into(),
                severity: Severity::default(),
                client: Some("ACME".into()),
                lang: Lang::En,
            },
        );
        let mut incident = Incident::replay(IncidentId::new("x"), vec![opened]).unwrap();
        for (name, value) in [("eta", "noon"), ("started", "forged"), ("me", "Léa")] {
            let kind = EventKind::DetailSet {
                name: name.into(),
                value: value.into(),
            };
            incident.apply(Event::new(at("09:10").unwrap(), kind));
        }
        incident
    }

    fn settings() -> Settings {
        Settings {
            pace: Policy::default(),
            me: Some("Sam".into()),
            phone: None,
            feminine: false,
        }
    }

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-24T09:20:30+01:00").unwrap()
    }

    #[test]
    fn values_come_from_the_incident_its_details_and_the_settings() {
        let v = values(Some(&incident()), &settings(), now(), Lang::En);
        let get = |k: &str| v.get(k).map(String::as_str);
        assert_eq!(get("client"), Some("ACME"));
        assert_eq!(get("incident"), Some("Checkout down"));
        assert_eq!(
            get("next_update"),
            Some("10:20"),
            "what sending now promises (SEV3)"
        );
        assert_eq!(
            get("started"),
            Some("09:00"),
            "a derived value cannot be set"
        );
        assert_eq!(get("me"), Some("Léa"), "a detail wins over the settings");
        assert_eq!(get("eta"), Some("noon"));
        assert_eq!(get("impact"), None);
    }

    #[test]
    fn the_next_update_is_never_in_the_past_and_times_read_in_the_readers_zone() {
        let overdue = DateTime::parse_from_rfc3339("2026-11-24T19:53:10+01:00").unwrap();
        let v = values(Some(&incident()), &settings(), overdue, Lang::En);
        assert_eq!(v["next_update"], "20:53");
        let in_london = DateTime::parse_from_rfc3339("2026-11-24T08:20:00+00:00").unwrap();
        let v = values(Some(&incident()), &settings(), in_london, Lang::En);
        assert_eq!(
            (v["started"].as_str(), v["next_update"].as_str()),
            ("08:00", "09:20")
        );
    }

    #[test]
    fn french_sentences_get_french_times() {
        let v = values(Some(&incident()), &settings(), now(), Lang::Fr);
        assert_eq!(v["next_update"], "10\u{a0}h\u{a0}20");
        assert_eq!(v["started"], "09\u{a0}h\u{a0}00");
        let filled = crate::phrasebook::fill("Prochain point à {next_update}.", &v).text;
        let sent = now();
        let promise = crate::cadence::parse(&filled, sent).unwrap();
        assert_eq!(
            promise.due.format("%H:%M").to_string(),
            "10:20",
            "and they read back as promises"
        );
    }

    #[test]
    fn without_an_incident_only_the_settings_fill() {
        let v = values(None, &settings(), now(), Lang::En);
        assert_eq!(
            v.into_iter().collect::<Vec<_>>(),
            [("e".into(), "".into()), ("me".into(), "Sam".into())]
        );
    }

    #[test]
    fn french_agrees_with_the_writers_gender() {
        let sorry = |feminine| {
            let settings = Settings {
                feminine,
                ..settings()
            };
            let v = values(Some(&incident()), &settings, now(), Lang::Fr);
            crate::phrasebook::fill("Je suis désolé{e}.", &v)
        };
        assert_eq!(sorry(true).text, "Je suis désolée.");
        assert_eq!(sorry(false).text, "Je suis désolé.");
        assert!(sorry(false).missing.is_empty(), "nothing left to ask");
    }

    #[test]
    fn every_placeholder_is_either_derived_or_settable() {
        let v = values(Some(&incident()), &settings(), now(), Lang::En);
        for p in Placeholder::iter().filter(|p| is_derived(*p)) {
            assert!(
                v.contains_key(p.name()),
                "{p:?} is derived but has no value"
            );
        }
        assert_eq!(settable().count() + 4, Placeholder::iter().count());
    }
}
