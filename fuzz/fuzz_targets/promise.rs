//! The promise grammar on any text: whatever it reads must lie ahead of the moment the text
//! was sent, by at most a day and a half, to the minute.
#![no_main]

use chrono::{DateTime, Duration, Timelike};
use crisis::cadence::{parse, parse_when};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let sent = DateTime::parse_from_rfc3339("2026-12-01T23:50:30+01:00").unwrap();
    for read in [parse(text, sent), parse_when(text, sent)] {
        if let Ok(promise) = read {
            let start_of_minute = sent.with_second(0).unwrap();
            assert!(promise.due >= start_of_minute, "{text:?}: {promise:?}");
            assert!(
                promise.due - sent <= Duration::days(8),
                "{text:?}: {promise:?}"
            );
            assert_eq!(promise.due.second(), 0);
            // The words are the original text's, accents and all (`parse_when` may add "at ").
            let words = promise.words.strip_prefix("at ").unwrap_or(&promise.words);
            assert!(text.contains(words.trim()), "{text:?}: {promise:?}");
        }
    }
});
