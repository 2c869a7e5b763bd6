//! The pace of updates: how long severity and status allow between two, and when the next
//! one is due once the promises made in what was sent are counted.

use chrono::{DateTime, Duration, FixedOffset};

use super::promise::{self, Promise};
use crate::incident::{EventKind, Incident, Severity, Status};

/// Minutes between updates by severity, SEV1 first, while investigating or identified;
/// twice that while monitoring, none once resolved. GitLab's incident-communication matrix
/// and the sources' hourly check-ins are the anchors.
pub const DEFAULT_MINUTES: [i64; 4] = [15, 30, 60, 120];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// SEV1 to SEV4.
    pub by_severity: [Duration; 4],
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            by_severity: DEFAULT_MINUTES.map(Duration::minutes),
        }
    }
}

impl Policy {
    /// The time allowed between two updates; `None` once resolved.
    pub fn interval(&self, severity: Severity, status: Status) -> Option<Duration> {
        self.paced(self.by_severity[usize::from(severity.level() - 1)], status)
    }

    /// The interval for `incident`: its own cadence when one was set, its severity's otherwise.
    pub fn for_incident(&self, incident: &Incident) -> Option<Duration> {
        match incident.cadence {
            Some(minutes) => self.paced(Duration::minutes(i64::from(minutes)), incident.status),
            None => self.interval(incident.severity, incident.status),
        }
    }

    fn paced(&self, base: Duration, status: Status) -> Option<Duration> {
        match status {
            Status::Investigating | Status::Identified => Some(base),
            Status::Monitoring => Some(base * 2),
            Status::Resolved => None,
        }
    }
}

/// One promise made in an update, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Made {
    pub at: DateTime<FixedOffset>,
    pub promise: Promise,
    /// When the update that kept it was sent; `None` while pending or once broken.
    pub kept_at: Option<DateTime<FixedOffset>>,
    /// True when the next update came after its minute. A promise neither kept nor broken
    /// is pending, and late once its minute has passed.
    pub broken: bool,
}

/// What set the deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetBy {
    /// The earliest promise still pending.
    Promise(Promise),
    /// The pace of the incident's severity and status, from the last update (or the opening).
    Default {
        severity: Severity,
        status: Status,
        interval: Duration,
    },
}

/// How near the deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Ok,
    /// Within max(2 min, 20 % of the interval) of it.
    Soon,
    /// Past its minute, by this many whole minutes (1 or more).
    Late {
        minutes: i64,
    },
}

/// When the next update is due, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub at: DateTime<FixedOffset>,
    pub set_by: SetBy,
    pub state: State,
}

/// Every promise made in the incident's updates, in order, kept or broken as the updates
/// after it tell: an update sent (or the resolution, which is news too) keeps every promise
/// due at or after its minute, and one due before it was broken. Nothing of this is stored;
/// it is read from the journal.
pub fn promises(incident: &Incident) -> Vec<Made> {
    let mut made: Vec<Made> = Vec::new();
    for event in incident.live() {
        let (text, next) = match &event.kind {
            EventKind::UpdateSent { text, next, .. } => (text, next),
            EventKind::Resolved { .. } => (&None, &None),
            _ => continue,
        };
        let sent = promise::minute(event.at);
        for m in made.iter_mut().filter(|m| m.kept_at.is_none() && !m.broken) {
            if m.promise.due >= sent {
                m.kept_at = Some(event.at);
            } else {
                m.broken = true;
            }
        }
        let read = || promise::parse(text.as_deref()?, event.at).ok();
        // A promise stated apart from the text is named by the text's own words for it when
        // they say the same minute ("Next update at 19:36"), by the time otherwise.
        let stated = next.map(|due| {
            let due = promise::minute(due);
            let words = read()
                .filter(|p| p.due == due)
                .map_or_else(|| due.format("%H:%M").to_string(), |p| p.words);
            Promise {
                due,
                approximate: false,
                words,
            }
        });
        if let Some(promise) = stated.or_else(read) {
            made.push(Made {
                at: event.at,
                promise,
                kept_at: None,
                broken: false,
            });
        }
    }
    made
}

/// When the next update is due at `now`; `None` once the incident is resolved.
pub fn next_update(
    incident: &Incident,
    policy: &Policy,
    now: DateTime<FixedOffset>,
) -> Option<Due> {
    let interval = policy.for_incident(incident)?;
    if !incident.is_open() {
        return None;
    }
    let pending = promises(incident)
        .into_iter()
        .filter(|m| m.kept_at.is_none() && !m.broken)
        .min_by_key(|m| m.promise.due);
    let (at, window_of, set_by) = match pending {
        Some(m) => (
            m.promise.due,
            m.promise.due - m.at,
            SetBy::Promise(m.promise),
        ),
        None => {
            let from = incident.last_update_at.unwrap_or(incident.opened_at);
            // A journal can hold any date; one at the end of time has no "next" and must not panic.
            let at = promise::minute(from.checked_add_signed(interval).unwrap_or(from));
            let set_by = SetBy::Default {
                severity: incident.severity,
                status: incident.status,
                interval,
            };
            (at, interval, set_by)
        }
    };
    Some(Due {
        at,
        state: state(at, window_of, now),
        set_by,
    })
}

/// The promise an update sent at `now` makes by default: one interval on, to the minute.
pub fn next_after_sending(
    incident: &Incident,
    policy: &Policy,
    now: DateTime<FixedOffset>,
) -> Option<DateTime<FixedOffset>> {
    let interval = policy.for_incident(incident)?;
    now.checked_add_signed(interval).map(promise::minute)
}

fn state(at: DateTime<FixedOffset>, interval: Duration, now: DateTime<FixedOffset>) -> State {
    let window = (interval / 5).max(Duration::minutes(2));
    // Deadlines are to the minute: an update during the promised minute is on time.
    if now - at >= Duration::minutes(1) {
        State::Late {
            minutes: (now - at).num_minutes(),
        }
    } else if at - now <= window {
        State::Soon
    } else {
        State::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::{Event, IncidentId};
    use crate::lang::Lang;

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{hm}:00+01:00")).unwrap()
    }

    fn incident(severity: u8, events: Vec<(&str, EventKind)>) -> Incident {
        let opened = EventKind::Opened {
            title: "Checkout down".into(),
            severity: Severity::try_from(severity).unwrap(),
            client: None,
            lang: Lang::En,
        };
        let events = std::iter::once(("09:00", opened))
            .chain(events)
            .map(|(t, kind)| Event::new(at(t), kind))
            .collect();
        Incident::replay(IncidentId::new("x"), events).unwrap()
    }

    fn update(text: &str) -> EventKind {
        EventKind::update(Some(text.into()), None)
    }

    fn status(status: Status) -> EventKind {
        EventKind::StatusChanged { status }
    }

    #[test]
    fn the_matrix_of_severity_and_status() {
        let policy = Policy::default();
        let minutes = |sev: u8, status| {
            policy
                .interval(Severity::try_from(sev).unwrap(), status)
                .map(|d| d.num_minutes())
        };
        for (sev, base) in [(1, 15), (2, 30), (3, 60), (4, 120)] {
            assert_eq!(minutes(sev, Status::Investigating), Some(base));
            assert_eq!(minutes(sev, Status::Identified), Some(base));
            assert_eq!(minutes(sev, Status::Monitoring), Some(base * 2));
            assert_eq!(minutes(sev, Status::Resolved), None);
        }
    }

    #[test]
    fn with_no_promise_the_default_runs_from_the_last_update() {
        let policy = Policy::default();
        let sev1 = incident(1, vec![]);
        let due = next_update(&sev1, &policy, at("09:05")).unwrap();
        assert_eq!((due.at, due.state), (at("09:15"), State::Ok));
        let sev2 = incident(
            2,
            vec![
                ("09:20", update("Still on it.")),
                ("09:25", status(Status::Monitoring)),
            ],
        );
        let due = next_update(&sev2, &policy, at("09:30")).unwrap();
        assert_eq!(due.at, at("10:20"), "monitoring doubles the 30 minutes");
        assert!(matches!(
            due.set_by,
            SetBy::Default {
                status: Status::Monitoring,
                ..
            }
        ));
        let resolved = incident(2, vec![("09:30", EventKind::Resolved { text: None })]);
        assert_eq!(next_update(&resolved, &policy, at("10:00")), None);
    }

    #[test]
    fn a_promise_sets_the_deadline_shorter_or_longer_than_the_default() {
        let policy = Policy::default();
        let shorter = incident(3, vec![("09:10", update("Next update in 20 minutes."))]);
        let due = next_update(&shorter, &policy, at("09:15")).unwrap();
        assert_eq!(due.at, at("09:30"));
        assert!(matches!(&due.set_by, SetBy::Promise(p) if p.words == "in 20 minutes"));
        let longer = incident(3, vec![("09:10", update("Next update at 11:30."))]);
        assert_eq!(
            next_update(&longer, &policy, at("09:15")).unwrap().at,
            at("11:30")
        );
        let stated = incident(
            3,
            vec![("09:10", EventKind::update(None, Some(at("09:40"))))],
        );
        assert_eq!(
            next_update(&stated, &policy, at("09:15")).unwrap().at,
            at("09:40")
        );
    }

    #[test]
    fn an_incidents_own_cadence_wins_over_its_severity_and_can_be_dropped() {
        let policy = Policy::default();
        let own = |m| EventKind::CadenceSet { minutes: m };
        let sev4 = incident(4, vec![("09:05", own(Some(45)))]);
        assert_eq!(
            next_update(&sev4, &policy, at("09:10")).unwrap().at,
            at("09:45")
        );
        let back = incident(4, vec![("09:05", own(Some(45))), ("09:06", own(None))]);
        assert_eq!(
            next_update(&back, &policy, at("09:10")).unwrap().at,
            at("11:00")
        );
    }

    #[test]
    fn soon_then_late_to_the_minute() {
        let policy = Policy::default();
        // SEV2: 30 minutes, so the warning comes 6 minutes before.
        let sev2 = incident(2, vec![]);
        let state = |t| next_update(&sev2, &policy, at(t)).unwrap().state;
        assert_eq!(state("09:23"), State::Ok);
        assert_eq!(state("09:24"), State::Soon);
        assert_eq!(
            state("09:30"),
            State::Soon,
            "the promised minute is still on time"
        );
        assert_eq!(state("09:31"), State::Late { minutes: 1 });
        assert_eq!(state("09:52"), State::Late { minutes: 22 });
        // SEV1 every 15 minutes: 20 % is 3 minutes; a 5-minute promise warns at 2.
        let short = incident(1, vec![("09:00", update("back to you in 5 min"))]);
        let state = |t| next_update(&short, &policy, at(t)).unwrap().state;
        assert_eq!((state("09:02"), state("09:03")), (State::Ok, State::Soon));
    }

    #[test]
    fn an_update_keeps_the_promises_due_after_it_and_breaks_the_earlier_ones() {
        let events = vec![
            ("09:00", update("Next update at 09:30.")),
            ("09:20", update("Still digging, next update at 10:00.")),
            ("10:15", update("Fixed soon; next update in 30 minutes.")),
        ];
        let sev3 = incident(3, events);
        let made = promises(&sev3);
        let fates: Vec<_> = made
            .iter()
            .map(|m| (m.promise.due, m.kept_at, m.broken))
            .collect();
        assert_eq!(
            fates,
            [
                (at("09:30"), Some(at("09:20")), false),
                (at("10:00"), None, true),
                (at("10:45"), None, false),
            ]
        );
        let due = next_update(&sev3, &Policy::default(), at("10:20")).unwrap();
        assert_eq!(due.at, at("10:45"));
    }

    #[test]
    fn a_stated_promise_is_named_by_its_words_and_the_resolution_keeps_one_still_ahead() {
        let stated = EventKind::update(
            Some("Fix tested. Next update at 09:36.".into()),
            Some(at("09:36")),
        );
        let bare = EventKind::update(Some("Called Jo.".into()), Some(at("10:30")));
        let events = vec![
            ("09:06", stated),
            ("09:30", bare),
            ("10:00", EventKind::Resolved { text: None }),
        ];
        let made = promises(&incident(2, events));
        let words: Vec<_> = made.iter().map(|m| m.promise.words.as_str()).collect();
        assert_eq!(words, ["at 09:36", "10:30"]);
        assert_eq!(
            made[1].kept_at,
            Some(at("10:00")),
            "resolved before it came due"
        );
    }

    #[test]
    fn the_earliest_pending_promise_counts() {
        let events = vec![
            ("09:00", update("Next update at 10:00.")),
            ("09:10", update("Next update in 2 hours.")),
        ];
        let sev4 = incident(4, events);
        let due = next_update(&sev4, &Policy::default(), at("09:12")).unwrap();
        assert_eq!(
            due.at,
            at("11:10"),
            "the 09:10 update kept the 10:00 promise"
        );
        let events = vec![
            ("09:00", update("Next update at 10:00.")),
            ("09:10", update("And a word at 09:40 on the refunds.")),
        ];
        let two = incident(4, events);
        let due = next_update(&two, &Policy::default(), at("09:12")).unwrap();
        assert_eq!(due.at, at("09:40"));
    }
}
