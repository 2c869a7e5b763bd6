//! Reading a promise of the next update out of what was said: "next update at 14:30", "by
//! 2:30 PM", "in half an hour", "prochain point à 14 h 30", "vers 15 h", "d'ici 45 min".
//!
//! The text is folded (lower case, no accents) and scanned for relative times ("in 30
//! minutes", "dans l'heure"), which always lie ahead, and for clock times after a word that
//! sets a deadline ("at", "by", "à", "vers", "avant"). A clock time behind the moment the text
//! was sent by more than 12 hours is the next day's; one behind by less is no promise (a time
//! already past), and one after "since" or "depuis" tells when something began, not when the
//! next news comes.

use std::sync::LazyLock;

use chrono::{DateTime, Duration, FixedOffset, NaiveTime, Timelike};
use regex::Regex;

use crate::text::fold;

/// A deadline read from a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    pub due: DateTime<FixedOffset>,
    /// "vers 15 h", "around 3": a time given loosely.
    pub approximate: bool,
    /// The words that promise it, as written.
    pub words: String,
}

/// Why a text promises nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoPromise {
    /// No time that reads as a deadline.
    None,
    /// A clock time that had already passed when the text was sent.
    Past { words: String },
}

/// Words before a clock time that make it a deadline, in both languages (folded).
const DEADLINE: &str = r"(?:next update|update|news|back to you|at|by|before|around|about|no later than|until|a|vers|avant|pour|d'ici|aux alentours de|environ)";
/// Words that make it approximate.
const LOOSE: [&str; 5] = ["around", "about", "vers", "aux alentours de", "environ"];
/// Words shortly before a time that make it the start of something, not a deadline.
const SINCE: [&str; 8] = [
    "since", "started", "began", "begun", "from", "depuis", "commence", "debute",
];

static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<lead>{DEADLINE})\s+(?P<h>\d{{1,2}})(?:\s*(?P<sep>:|h)\s*(?P<m>\d{{2}})?|\s*(?P<ampm>[ap])\.?m\b\.?|\s*(?P<oclock>o'clock))?(?:\s*(?P<ampm2>[ap])\.?m\b\.?)?"
    ))
    .expect("a valid pattern")
});

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    let count = r"\d+|an?|one|two|three|four|une?|deux|trois|quatre";
    Regex::new(&format!(
        r"\b(?:(?P<lead>in|within|dans|d'ici|sous)\s+(?:(?P<half>half an hour|une demi-heure|une demi heure)|(?P<quarter>a quarter of an hour|un quart d'heure)|(?P<n>{count})\s*(?P<unit>minutes?|mins?|min|m|hours?|hrs?|heures?|h)(?:\s*(?P<extra>\d{{1,2}})\b|\b))|(?P<hour>within the hour|within an hour|dans l'heure|d'ici une heure|in the next hour|dans l'heure qui vient))"
    ))
    .expect("a valid pattern")
});

/// The earliest deadline `text`, sent at `sent`, promises.
pub fn parse(text: &str, sent: DateTime<FixedOffset>) -> Result<Promise, NoPromise> {
    let folded = Folded::new(text);
    let mut found: Vec<Promise> = Vec::new();
    let mut past = None;
    for caps in RELATIVE.captures_iter(&folded.text) {
        let whole = caps.get(0).expect("the match");
        let minutes = if caps.name("half").is_some() {
            30
        } else if caps.name("quarter").is_some() {
            15
        } else if caps.name("hour").is_some() {
            60
        } else {
            let n = number(&caps["n"]);
            let hours = caps["unit"].starts_with('h');
            let extra: i64 = caps
                .name("extra")
                .map_or(0, |m| m.as_str().parse().unwrap_or(0));
            if hours { n * 60 + extra } else { n }
        };
        if minutes <= 0 || minutes > 7 * 24 * 60 {
            continue;
        }
        let Some(due) = sent.checked_add_signed(Duration::minutes(minutes)) else {
            continue;
        };
        found.push(Promise {
            due: minute(due),
            approximate: false,
            words: folded.original(whole.start(), whole.end()).to_owned(),
        });
    }
    for caps in CLOCK.captures_iter(&folded.text) {
        let whole = caps.get(0).expect("the match");
        let lead = &caps["lead"];
        let mut hour: u32 = caps["h"].parse().unwrap_or(99);
        let minutes: u32 = caps
            .name("m")
            .map_or(0, |m| m.as_str().parse().unwrap_or(99));
        let ampm = caps.name("ampm").or(caps.name("ampm2")).map(|m| m.as_str());
        let approximate = LOOSE.contains(&lead);
        // A bare number is a time only when loosely given or with "o'clock": "at 3 users" is not.
        let marked = caps.name("sep").is_some() || ampm.is_some() || caps.name("oclock").is_some();
        if !marked && !approximate {
            continue;
        }
        // "à 3 h" means 3 h; "at 3" or "by 2:30" without am/pm may be either half of the day.
        let english = caps.name("sep").is_none_or(|s| s.as_str() == ":");
        let twelve_hour = ampm.is_some() || (english && (1..=12).contains(&hour));
        match ampm {
            Some("p") if hour < 12 => hour += 12,
            Some("a") if hour == 12 => hour = 0,
            _ => {}
        }
        let Some(time) = NaiveTime::from_hms_opt(hour, minutes, 0) else {
            continue;
        };
        if folded.since_before(whole.start()) {
            continue;
        }
        let words = folded
            .original(whole.start(), whole.end())
            .trim()
            .to_owned();
        let halves: &[i64] = if twelve_hour && ampm.is_none() {
            &[0, 12]
        } else {
            &[0]
        };
        let mut best: Option<DateTime<FixedOffset>> = None;
        let mut behind = false;
        for &shift in halves {
            let Some(at) = clock_after(sent, time, Duration::hours(shift)) else {
                continue;
            };
            match at {
                Ok(due) => best = Some(best.map_or(due, |b: DateTime<FixedOffset>| b.min(due))),
                Err(()) => behind = true,
            }
        }
        match best {
            Some(due) => found.push(Promise {
                due,
                approximate,
                words,
            }),
            None if behind => past = past.or(Some(words)),
            None => {}
        }
    }
    found.sort_by_key(|p| p.due);
    match (found.into_iter().next(), past) {
        (Some(promise), _) => Ok(promise),
        (None, Some(words)) => Err(NoPromise::Past { words }),
        (None, None) => Err(NoPromise::None),
    }
}

/// A deadline given on its own, as `--next` takes it: "14:30", "2:30 pm", "14 h 30", "in 20
/// min", "dans 20 min".
pub fn parse_when(text: &str, now: DateTime<FixedOffset>) -> Result<Promise, NoPromise> {
    // "tomorrow at 10:00", "demain à 10 h": the same reading, from the start of tomorrow.
    let folded = fold(text);
    for word in ["tomorrow", "demain"] {
        if let Some(at) = folded.find(word) {
            let rest = format!("{} {}", &folded[..at], &folded[at + word.len()..]);
            let midnight = now
                .date_naive()
                .succ_opt()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(|d| d.and_local_timezone(*now.offset()).single());
            if let Some(midnight) = midnight {
                return parse_when(rest.trim(), midnight);
            }
        }
    }
    parse(text, now).or_else(|first| match parse(&format!("at {}", text.trim()), now) {
        Err(NoPromise::None) => Err(first),
        other => other,
    })
}

/// `time` on the day of `sent` (shifted by `shift`), in its offset: `Ok` when it lies ahead
/// (the next day's when more than 12 hours behind), `Err` when it has just passed.
fn clock_after(
    sent: DateTime<FixedOffset>,
    time: NaiveTime,
    shift: Duration,
) -> Option<Result<DateTime<FixedOffset>, ()>> {
    let day = sent.date_naive().and_time(time).checked_add_signed(shift)?;
    let at = day.and_local_timezone(*sent.offset()).single()?;
    let sent_minute = minute(sent);
    if at >= sent_minute {
        Some(Ok(at))
    } else if sent_minute - at > Duration::hours(12) {
        Some(Ok(at.checked_add_signed(Duration::days(1))?))
    } else {
        Some(Err(()))
    }
}

/// The instant at the start of its minute: a promise is to the minute.
pub(crate) fn minute(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    at.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at)
}

fn number(word: &str) -> i64 {
    match word {
        "a" | "an" | "one" | "un" | "une" => 1,
        "two" | "deux" => 2,
        "three" | "trois" => 3,
        "four" | "quatre" => 4,
        digits => digits.parse().unwrap_or(0),
    }
}

/// A text folded for matching, with the way back to the original's bytes.
struct Folded<'a> {
    original: &'a str,
    text: String,
    /// For each byte of `text`, where its character starts in `original`.
    origin: Vec<usize>,
}

impl<'a> Folded<'a> {
    fn new(original: &'a str) -> Folded<'a> {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (at, c) in original.char_indices() {
            let folded = if c.is_ascii() {
                c.to_ascii_lowercase().to_string()
            } else {
                // Typographic apostrophes and spaces read as plain ones.
                match c {
                    '\u{2019}' | '\u{2018}' => "'".to_owned(),
                    '\u{a0}' | '\u{202f}' => " ".to_owned(),
                    _ => fold(c.encode_utf8(&mut buf)),
                }
            };
            origin.extend(std::iter::repeat_n(at, folded.len()));
            text.push_str(&folded);
        }
        origin.push(original.len());
        Folded {
            original,
            text,
            origin,
        }
    }

    /// The original text of the folded range `start..end`.
    fn original(&self, start: usize, end: usize) -> &'a str {
        let from = self.origin[start];
        // The end is where the character after the range starts.
        let to = self.origin[end];
        &self.original[from..to]
    }

    /// True when a word such as "since" or "depuis" stands in the three words before `at`.
    fn since_before(&self, at: usize) -> bool {
        let mut words = self.text[..at].split_whitespace().rev().take(3);
        words.any(|w| SINCE.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day_time: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2026-12-01T{day_time}:00+01:00")).unwrap()
    }

    /// (text, sent at, due at or "" for none, approximate)
    const TABLE: &[(&str, &str, &str, bool)] = &[
        ("Next update at 14:30.", "14:00", "2026-12-01T14:30", false),
        (
            "We will write again by 2:30 PM.",
            "14:00",
            "2026-12-01T14:30",
            false,
        ),
        ("by 2:30 pm", "09:00", "2026-12-01T14:30", false),
        ("by 2:30", "14:00", "2026-12-01T14:30", false),
        (
            "Next news in 30 minutes.",
            "14:00",
            "2026-12-01T14:30",
            false,
        ),
        ("in half an hour", "14:00", "2026-12-01T14:30", false),
        (
            "We'll be back to you within the hour.",
            "14:00",
            "2026-12-01T15:00",
            false,
        ),
        ("in 1h30", "14:00", "2026-12-01T15:30", false),
        ("in 1 h 30", "14:00", "2026-12-01T15:30", false),
        ("in 2 hours", "14:00", "2026-12-01T16:00", false),
        ("around 3", "14:10", "2026-12-01T15:00", true),
        ("at 3 o'clock", "14:10", "2026-12-01T15:00", false),
        (
            "Prochain point à 14 h 30.",
            "14:00",
            "2026-12-01T14:30",
            false,
        ),
        (
            "Je reviens vers vous à 14h30",
            "14:00",
            "2026-12-01T14:30",
            false,
        ),
        (
            "prochain point à 14 h 30",
            "14:00",
            "2026-12-01T14:30",
            false,
        ),
        ("Nouvelles vers 15 h.", "14:00", "2026-12-01T15:00", true),
        ("dans une demi-heure", "14:00", "2026-12-01T14:30", false),
        (
            "Je vous redis d’ici 45 min.",
            "14:00",
            "2026-12-01T14:45",
            false,
        ),
        ("Un point dans l'heure.", "14:00", "2026-12-01T15:00", false),
        ("dans 20 min", "14:00", "2026-12-01T14:20", false),
        ("dans 1 h 30", "14:00", "2026-12-01T15:30", false),
        // Midnight: a time far behind is tomorrow's.
        ("Next update at 00:20.", "23:50", "2026-12-02T00:20", false),
        (
            "Prochain point à 0 h 15.",
            "23:50",
            "2026-12-02T00:15",
            false,
        ),
        // The earliest of two promises counts.
        (
            "Fix by 18:00, next update in 20 minutes.",
            "14:00",
            "2026-12-01T14:20",
            false,
        ),
        // Not promises.
        ("The outage started at 09:00.", "14:00", "", false),
        ("Down since 13:10, sorry.", "14:00", "", false),
        ("Panne depuis 13 h 10.", "14:00", "", false),
        ("3 of 1,000 users cannot pay.", "14:00", "", false),
        ("We are at 3 users affected.", "14:00", "", false),
    ];

    #[test]
    fn the_promise_grammar_in_both_languages() {
        for (text, sent, due, approximate) in TABLE {
            let got = parse(text, at(sent));
            if due.is_empty() {
                assert!(got.is_err(), "{text:?} at {sent}: {got:?}");
                continue;
            }
            let promise = got.unwrap_or_else(|e| panic!("{text:?} at {sent}: {e:?}"));
            let expected = DateTime::parse_from_rfc3339(&format!("{due}:00+01:00")).unwrap();
            assert_eq!(promise.due, expected, "{text:?} at {sent}");
            assert_eq!(promise.approximate, *approximate, "{text:?}");
            assert!(
                text.contains(promise.words.as_str()),
                "{text:?}: {:?}",
                promise.words
            );
        }
    }

    #[test]
    fn a_time_just_passed_is_no_promise_and_says_which_words() {
        assert_eq!(
            parse("Next update at 13:30.", at("14:00")),
            Err(NoPromise::Past {
                words: "at 13:30".into()
            })
        );
        assert_eq!(parse("Nothing new yet.", at("14:00")), Err(NoPromise::None));
    }

    #[test]
    fn a_deadline_given_alone_reads_as_a_time_or_a_delay() {
        let due = |text| parse_when(text, at("14:00")).map(|p| p.due);
        assert_eq!(due("14:30"), Ok(at("14:30")));
        assert_eq!(due("2:30 pm"), Ok(at("14:30")));
        assert_eq!(due("14 h 30"), Ok(at("14:30")));
        assert_eq!(due("in 20 min"), Ok(at("14:20")));
        assert_eq!(due("dans 20 min"), Ok(at("14:20")));
        assert!(matches!(due("13:00"), Err(NoPromise::Past { .. })));
        assert_eq!(due("soon"), Err(NoPromise::None));
        let tomorrow =
            |hm: &str| DateTime::parse_from_rfc3339(&format!("2026-12-02T{hm}:00+01:00")).unwrap();
        assert_eq!(due("tomorrow at 10:00"), Ok(tomorrow("10:00")));
        assert_eq!(due("demain à 9 h 30"), Ok(tomorrow("09:30")));
    }

    #[test]
    fn the_words_are_the_original_ones_with_their_accents() {
        let promise = parse("Prochain point à 14 h 30", at("14:00")).unwrap();
        assert_eq!(promise.words, "à 14 h 30");
    }

    #[test]
    fn a_seconds_late_sending_keeps_the_promise_to_the_minute() {
        let sent = DateTime::parse_from_rfc3339("2026-12-01T14:00:40+01:00").unwrap();
        let promise = parse("in 30 minutes", sent).unwrap();
        assert_eq!(promise.due, at("14:30"));
    }
}
