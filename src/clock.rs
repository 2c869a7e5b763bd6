//! The wall clock, which `CRISIS_NOW` can start at a given instant for scripts and tests.

use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, Local};

/// The variable that sets the clock, as an RFC 3339 time such as `2026-11-24T09:30:00+01:00`.
pub const NOW_VAR: &str = "CRISIS_NOW";

/// What time it is: with `CRISIS_NOW`, that instant when the process first asked, and the
/// clock running on from there in whole seconds (a command is over within the second it
/// started; the cockpit's countdown moves); the local time otherwise.
pub fn now() -> DateTime<FixedOffset> {
    static STARTED: OnceLock<Instant> = OnceLock::new();
    let started = *STARTED.get_or_init(Instant::now);
    match fixed().ok().flatten() {
        Some(at) => run_on(at, started.elapsed().as_secs()),
        None => Local::now().fixed_offset(),
    }
}

fn run_on(at: DateTime<FixedOffset>, seconds: u64) -> DateTime<FixedOffset> {
    i64::try_from(seconds)
        .ok()
        .and_then(Duration::try_seconds)
        .and_then(|d| at.checked_add_signed(d))
        .unwrap_or(at)
}

/// A `CRISIS_NOW` that is no RFC 3339 time: what it held and what is wrong with it, for the
/// command line to say in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadNow {
    pub text: String,
    pub why: Why,
}

/// What is wrong with a time, in the few cases a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// A month 13, an hour 25, a 31 November.
    OutOfRange,
    /// It stops before the offset (`2026-11-24T09:30`).
    TooShort,
    /// Something follows the time.
    TooLong,
    /// A letter or separator where a digit belongs (`9h30`).
    Invalid,
}

/// The instant `CRISIS_NOW` names, `None` when unset, or why it cannot be read.
pub fn fixed() -> Result<Option<DateTime<FixedOffset>>, BadNow> {
    match std::env::var(NOW_VAR) {
        Ok(text) if !text.trim().is_empty() => parse(&text).map(Some),
        _ => Ok(None),
    }
}

fn parse(text: &str) -> Result<DateTime<FixedOffset>, BadNow> {
    use chrono::format::ParseErrorKind as Kind;
    DateTime::parse_from_rfc3339(text.trim()).map_err(|e| BadNow {
        text: text.to_owned(),
        why: match e.kind() {
            Kind::OutOfRange | Kind::Impossible => Why::OutOfRange,
            Kind::TooShort | Kind::NotEnough if begins_a_time(text.trim()) => Why::TooShort,
            Kind::TooLong => Why::TooLong,
            _ => Why::Invalid,
        },
    })
}

/// Whether `text` is the start of a time such as `2026-11-24T09:30:00+01:00`: chrono says
/// "too short" of `bad` too, which is no time cut short.
fn begins_a_time(text: &str) -> bool {
    const SHAPE: &str = "0000-00-00T00:00:00+00:00";
    text.len() < SHAPE.len()
        && text.chars().zip(SHAPE.chars()).all(|(c, s)| match s {
            '0' => c.is_ascii_digit(),
            'T' => matches!(c, 'T' | 't' | ' '),
            '+' => matches!(c, '+' | '-' | 'Z' | 'z'),
            _ => c == s,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_runs_on_from_the_set_instant_in_whole_seconds() {
        let at = parse("2026-11-24T09:30:00+01:00").unwrap();
        assert_eq!(run_on(at, 0), at);
        assert_eq!(run_on(at, 90).format("%H:%M:%S").to_string(), "09:31:30");
        assert_eq!(run_on(at, u64::MAX), at, "no overflow");
    }

    #[test]
    fn a_fixed_time_is_read_with_its_offset_and_a_bad_one_explained() {
        let at = parse("2026-11-24T09:30:00+01:00").unwrap();
        assert_eq!(at.format("%H:%M %z").to_string(), "09:30 +0100");
        let why = |text: &str| parse(text).unwrap_err().why;
        assert_eq!(why("soon"), Why::Invalid);
        assert_eq!(why("9h30"), Why::Invalid);
        assert_eq!(why("2026-11-24T09:30"), Why::TooShort);
        assert_eq!(why("2026-11-24T09:30:00+01:00 tomorrow"), Why::TooLong);
        assert_eq!(why("2026-13-24T09:30:00+01:00"), Why::OutOfRange);
        assert_eq!(parse("9h30").unwrap_err().text, "9h30");
    }
}
