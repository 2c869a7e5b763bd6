//! The text functions every typed, pasted or loaded string goes through: cleaning, folding,
//! names, the JSON escaping, braces and filling, and the `key = value` of a correction.
#![no_main]

use std::collections::BTreeMap;

use crisis::phrasebook::fill::{brace_problems, braces};
use crisis::phrasebook::{fill, segments};
use crisis::present::correct::correction;
use crisis::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(s) = std::str::from_utf8(bytes) else {
        return;
    };
    let cleaned = text::clean(s);
    assert!(text::is_clean(&cleaned), "clean gives clean text");
    assert!(!text::one_line(s).contains('\n'));
    let _ = text::fold(s);
    let _ = text::name(s);
    let json = serde_json::to_string(s).unwrap();
    let safe = text::terminal_safe_json(&json);
    assert!(
        !safe.chars().any(
            |c| matches!(c, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        ),
        "{safe:?}"
    );
    assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), s);
    let _ = braces(s).count();
    let _ = brace_problems(s);
    let values = BTreeMap::from([("client".to_owned(), s.to_owned())]);
    let _ = segments(s, &values);
    let _ = fill(s, &values);
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T12:00:00+01:00").unwrap();
    let (key, value) = s.split_once('=').unwrap_or((s, ""));
    let _ = correction(key, value, now);
});
