//! Reminders outside the screen: one terminal bell when the update turns soon and again when
//! it turns late, and a desktop notification when late, then every 10 minutes while it stays
//! so. The pane may be hidden behind another window; these still reach the person. When an
//! update is owed, the update step becomes the next action and the phrasebook shows its
//! phrases until it is sent.

use chrono::{DateTime, Duration, FixedOffset};

use super::action::Effect;
use crate::cadence::{self, Due, State};
use crate::lang::Lang;
use crate::playbook;
use crate::present;
use crate::tr;

/// How often a notification repeats while the update stays late.
pub const RENOTIFY: Duration = Duration::minutes(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Ok,
    Soon,
    Late,
}

#[derive(Debug, Clone, Default)]
pub struct Alerts {
    /// Follow-ups already announced, by event id.
    followed: std::collections::BTreeSet<String>,
    /// The stage last seen; `None` before the first look, so opening an incident that is
    /// already late rings and notifies once.
    last: Option<Stage>,
    notified_at: Option<DateTime<FixedOffset>>,
}

impl Alerts {
    /// One bell, and one notification, for each follow-up as its time comes.
    pub fn follow_ups<'a>(
        &mut self,
        due: impl IntoIterator<Item = (&'a str, &'a str)>,
        lang: Lang,
        notify: bool,
    ) -> Vec<Effect> {
        let mut effects = Vec::new();
        for (id, what) in due {
            if self.followed.insert(id.to_owned()) {
                effects.push(Effect::Bell);
                if notify {
                    effects.push(Effect::Notify {
                        summary: tr!(lang, "notify-follow-up"),
                        body: what.to_owned(),
                    });
                }
            }
        }
        effects
    }

    /// What to do about the deadline `due` at `now`; `notify` is the config's switch.
    pub fn check(
        &mut self,
        due: Option<&Due>,
        now: DateTime<FixedOffset>,
        title: &str,
        lang: Lang,
        notify: bool,
    ) -> Vec<Effect> {
        let stage = match due.map(|d| d.state) {
            None | Some(State::Ok) => Stage::Ok,
            Some(State::Soon) => Stage::Soon,
            Some(State::Late { .. }) => Stage::Late,
        };
        let mut effects = Vec::new();
        let changed = self.last.replace(stage) != Some(stage);
        if changed && stage != Stage::Ok {
            effects.push(Effect::Bell);
        }
        if stage != Stage::Late {
            self.notified_at = None;
            return effects;
        }
        let due_again = self.notified_at.is_none_or(|at| now - at >= RENOTIFY);
        if let (true, true, Some(due)) = (notify, due_again, due) {
            self.notified_at = Some(now);
            let late = present::late_by(lang, (now - due.at).num_minutes());
            effects.push(Effect::Notify {
                summary: tr!(lang, "notify-late", late = late),
                body: tr!(lang, "notify-late-body", title = title),
            });
        }
        effects
    }
}

impl super::app::App {
    /// When the next update is due, for the open incident. It reads every update's words,
    /// so it is worked out once per tick and journal read (`self.due`), not at every frame.
    pub(super) fn compute_due(&self) -> Option<cadence::Due> {
        cadence::next_update(
            self.incident.as_ref()?,
            &self.settings.values.pace,
            self.now,
        )
    }

    /// True when the next update is soon or late.
    pub fn update_owed(&self) -> bool {
        self.due
            .as_ref()
            .is_some_and(|d| d.state != cadence::State::Ok)
    }

    /// A bell or a notification when the deadline comes near or passes; then sending the
    /// update is the next action, with the phrasebook on its phrases until it is sent.
    pub(super) fn pace_alerts(&mut self) -> Vec<Effect> {
        self.due = self.compute_due();
        let due = self.due.clone();
        let title = self.incident.as_ref().map_or("", |i| i.title.as_str());
        let mut effects = self.alerts.check(
            due.as_ref(),
            self.now,
            title,
            self.lang,
            self.settings.notify,
        );
        // Follow-ups come due with the same reminders, resolved incident or not.
        if let Some(incident) = &self.incident {
            let follow_ups = incident.follow_ups_due(self.now);
            let due = follow_ups
                .iter()
                .map(|(id, what, _)| (id.as_str(), what.as_str()));
            effects.extend(self.alerts.follow_ups(due, self.lang, self.settings.notify));
        }
        let owed = self.update_owed();
        let update_step = Some(playbook::UPDATE_STEP.to_string());
        if owed != self.owed {
            self.owed = owed;
            if owed {
                self.checklist.selected = self.next_step().unwrap_or(self.checklist.selected);
                self.phrases.filter = update_step;
                effects.push(self.search());
            } else if self.phrases.filter == update_step {
                self.phrases.filter = None;
                effects.push(self.search());
            }
        }
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cadence::SetBy;
    use crate::incident::{Severity, Status};

    fn at(hm: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{hm}:00+01:00")).unwrap()
    }

    fn due(state: State) -> Due {
        Due {
            at: at("10:00"),
            set_by: SetBy::Default {
                severity: Severity::default(),
                status: Status::Investigating,
                interval: Duration::minutes(60),
            },
            state,
        }
    }

    fn kinds(effects: &[Effect]) -> Vec<&'static str> {
        effects
            .iter()
            .map(|e| match e {
                Effect::Bell => "bell",
                Effect::Notify { .. } => "notify",
                _ => "other",
            })
            .collect()
    }

    #[test]
    fn one_bell_per_change_and_a_notification_every_ten_minutes_while_late() {
        let mut alerts = Alerts::default();
        let mut step = |state, t| {
            kinds(&alerts.check(Some(&due(state)), at(t), "Checkout down", Lang::En, true))
        };
        assert_eq!(step(State::Ok, "09:40"), Vec::<&str>::new());
        assert_eq!(step(State::Soon, "09:50"), ["bell"]);
        assert_eq!(step(State::Soon, "09:51"), Vec::<&str>::new());
        assert_eq!(
            step(State::Late { minutes: 1 }, "10:01"),
            ["bell", "notify"]
        );
        assert_eq!(
            step(State::Late { minutes: 5 }, "10:05"),
            Vec::<&str>::new()
        );
        assert_eq!(step(State::Late { minutes: 11 }, "10:11"), ["notify"]);
        assert_eq!(
            step(State::Ok, "10:12"),
            Vec::<&str>::new(),
            "an update was sent"
        );
    }

    #[test]
    fn each_follow_up_is_announced_once_when_it_comes_due() {
        let mut alerts = Alerts::default();
        let effects = alerts.follow_ups([("a", "Call Tim for feedback")], Lang::En, true);
        assert_eq!(kinds(&effects), ["bell", "notify"]);
        assert!(
            alerts
                .follow_ups([("a", "Call Tim for feedback")], Lang::En, true)
                .is_empty()
        );
        assert_eq!(
            kinds(&alerts.follow_ups([("b", "x")], Lang::En, false)),
            ["bell"]
        );
    }

    #[test]
    fn notify_false_keeps_the_bell_only() {
        let mut alerts = Alerts::default();
        let effects = alerts.check(
            Some(&due(State::Late { minutes: 3 })),
            at("10:03"),
            "x",
            Lang::En,
            false,
        );
        assert_eq!(kinds(&effects), ["bell"]);
    }

    #[test]
    fn the_notification_says_how_late_and_what_to_do() {
        let mut alerts = Alerts::default();
        let effects = alerts.check(
            Some(&due(State::Late { minutes: 12 })),
            at("10:12"),
            "Checkout down",
            Lang::Fr,
            true,
        );
        let Some(Effect::Notify { summary, body }) = effects.last() else {
            panic!("{effects:?}")
        };
        assert_eq!(summary, "Point client en retard de 12 min");
        assert!(
            body.starts_with("Checkout down : envoyez un point maintenant"),
            "{body}"
        );
    }
}
