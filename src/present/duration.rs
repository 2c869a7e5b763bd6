//! Durations and countdowns, one format everywhere: "12 min", "1 h 05", "2 d 3 h" inside
//! "in 28 min" and "late by 7 min" (French: "dans 28 min", "en retard de 7 min").
//!
//! A countdown reads as a span of time, never like a clock time ("overdue by 00:52" did).

use chrono::Duration;

use crate::lang::Lang;
use crate::tr;

/// A span of whole minutes: "8 min", "1 h 12", "2 h", "1 d 3 h" (French "1 j 3 h").
pub fn span(lang: Lang, minutes: i64) -> String {
    let minutes = minutes.max(0);
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    match (days, hours, mins) {
        (0, 0, _) => tr!(lang, "span-minutes", minutes = mins),
        (0, _, 0) => tr!(lang, "span-hours", hours = hours),
        (0, _, _) => tr!(
            lang,
            "span-hours-minutes",
            hours = hours,
            minutes = format!("{mins:02}")
        ),
        _ => tr!(lang, "span-days-hours", days = days, hours = hours),
    }
}

/// A duration that has passed, to the minute below: how long an incident has been open.
pub fn elapsed(lang: Lang, d: Duration) -> String {
    span(lang, d.num_minutes())
}

/// "in 28 min": the time left, to the minute above, so that "in 0 min" never shows before the
/// deadline has come.
pub fn time_left(lang: Lang, d: Duration) -> String {
    let minutes = (d.num_seconds().max(0) + 59) / 60;
    tr!(lang, "countdown-in", span = span(lang, minutes))
}

/// "late by 7 min".
pub fn late_by(lang: Lang, minutes: i64) -> String {
    tr!(lang, "countdown-late", span = span(lang, minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_the_same_way_everywhere() {
        assert_eq!(span(Lang::En, 8), "8 min");
        assert_eq!(span(Lang::En, 72), "1 h 12");
        assert_eq!(span(Lang::En, 65), "1 h 05");
        assert_eq!(span(Lang::En, 120), "2 h");
        assert_eq!(span(Lang::En, 60 * 27), "1 d 3 h");
        assert_eq!(span(Lang::Fr, 60 * 27), "1 j 3 h");
        assert_eq!(span(Lang::En, -5), "0 min");
        assert_eq!(elapsed(Lang::En, Duration::seconds(119)), "1 min");
    }

    #[test]
    fn a_countdown_says_in_or_late_by_in_each_language() {
        assert_eq!(time_left(Lang::En, Duration::minutes(28)), "in 28 min");
        assert_eq!(
            time_left(Lang::En, Duration::seconds(27 * 60 + 1)),
            "in 28 min"
        );
        assert_eq!(time_left(Lang::En, Duration::minutes(65)), "in 1 h 05");
        assert_eq!(late_by(Lang::En, 7), "late by 7 min");
        assert_eq!(time_left(Lang::Fr, Duration::minutes(28)), "dans 28 min");
        assert_eq!(time_left(Lang::Fr, Duration::minutes(65)), "dans 1 h 05");
        assert_eq!(late_by(Lang::Fr, 7), "en retard de 7 min");
    }
}
