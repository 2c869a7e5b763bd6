//! The wall clock, which `CRISIS_NOW` can stop at a given instant for scripts and tests.

use chrono::{DateTime, FixedOffset, Local};

/// The variable that fixes the clock, as an RFC 3339 time such as `2026-11-24T09:30:00+01:00`.
pub const NOW_VAR: &str = "CRISIS_NOW";

/// What time it is: `CRISIS_NOW` when it is set, the local time otherwise.
pub fn now() -> DateTime<FixedOffset> {
    fixed()
        .ok()
        .flatten()
        .unwrap_or_else(|| Local::now().fixed_offset())
}

/// The instant `CRISIS_NOW` names, `None` when unset, or why it cannot be read.
pub fn fixed() -> Result<Option<DateTime<FixedOffset>>, String> {
    match std::env::var(NOW_VAR) {
        Ok(text) if !text.trim().is_empty() => parse(&text).map(Some),
        _ => Ok(None),
    }
}

fn parse(text: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|e| {
        format!("{NOW_VAR}=`{text}`: {e} (expected a time such as 2026-11-24T09:30:00+01:00)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_time_is_read_with_its_offset_and_a_bad_one_explained() {
        let at = parse("2026-11-24T09:30:00+01:00").unwrap();
        assert_eq!(at.format("%H:%M %z").to_string(), "09:30 +0100");
        let err = parse("9h30").unwrap_err();
        assert!(
            err.starts_with("CRISIS_NOW=`9h30`") && err.contains("2026-"),
            "{err}"
        );
    }
}
