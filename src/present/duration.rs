//! Durations as people read them on a status bar and in a post-mortem.

use chrono::Duration;

/// "1h12m", "8m", "2d3h".
pub fn human_duration(d: Duration) -> String {
    let minutes = d.num_minutes().max(0);
    let (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    match (days, hours) {
        (0, 0) => format!("{mins}m"),
        (0, _) => format!("{hours}h{mins:02}m"),
        _ => format!("{days}d{hours}h"),
    }
}

/// "08:12" under an hour, to the second; [`human_duration`] above.
pub fn countdown(d: Duration) -> String {
    let secs = d.num_seconds().max(0);
    if secs < 3600 {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    } else {
        human_duration(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_a_status_bar() {
        assert_eq!(human_duration(Duration::minutes(8)), "8m");
        assert_eq!(human_duration(Duration::minutes(72)), "1h12m");
        assert_eq!(human_duration(Duration::minutes(60 * 27)), "1d3h");
        assert_eq!(human_duration(Duration::minutes(-5)), "0m");
        assert_eq!(countdown(Duration::seconds(492)), "08:12");
        assert_eq!(countdown(Duration::minutes(65)), "1h05m");
    }
}
