//! Deterministic generator of large phrasebooks and journals, shared by `examples/gen.rs` and
//! the benchmarks (both include this file with `#[path]`).
//!
//! The sentences are English-like and varied enough that short queries match most of them and
//! longer ones a few, as in a real team phrasebook; the same seed always gives the same content.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset};
use crisis::incident::{Event, EventKind, Journal};
use crisis::phrasebook::{Lang, Phrase, Stage};
use strum::IntoEnumIterator;

/// SplitMix64: small, fast, and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const OPENERS: &[&str] = &[
    "I'm sorry:",
    "We are sorry,",
    "Sorry for the trouble:",
    "Thank you for your patience;",
    "Quick update:",
    "Good news:",
    "Heads up:",
    "To be transparent,",
    "As promised,",
    "For the record,",
    "Just so you know,",
    "Hello {contact},",
    "Hi team,",
    "Status:",
    "Update from {me}:",
    "Apologies,",
    "Thanks for reporting this;",
    "Following our call,",
    "In short,",
    "",
    "",
    "",
];

const SUBJECTS: &[&str] = &[
    "the payment service",
    "our login page",
    "the checkout",
    "the mobile app",
    "the public API",
    "the database cluster",
    "the search index",
    "email delivery",
    "the billing export",
    "the status page",
    "the support queue",
    "the nightly batch",
    "file uploads",
    "the reporting dashboard",
    "single sign-on",
    "the order history",
    "password resets",
    "the shipping tracker",
    "invoice generation",
    "the data sync",
    "{incident}",
];

const VERBS: &[&str] = &[
    "is slower than usual",
    "is down for some users",
    "has recovered",
    "is being restarted",
    "returns errors",
    "is back to normal",
    "failed over to the backup",
    "is under investigation",
    "is partly degraded",
    "was rolled back",
    "is stable again",
    "times out now and then",
    "is being monitored closely",
    "needs a planned restart",
    "lost a few minutes of data",
    "is fixed and verified",
    "is affected by an upstream outage",
    "shows stale figures",
    "rejects valid requests",
    "is running on reduced capacity",
];

const TAILS: &[&str] = &[
    "since {started}.",
    "for {client}.",
    "and we know why.",
    "while we test the fix.",
    "until {eta}.",
    "and {impact}.",
    "; the next update comes at {next_update}.",
    "; please use {workaround} meanwhile.",
    "thanks to {contact}.",
    "and we will confirm once it holds.",
    "and nobody needs to act.",
    "and the team is on it.",
    "after this morning's release.",
    "for customers in Europe.",
    "during peak hours.",
    "and we apologise for the disruption.",
    "while engineers review the logs.",
    "and no data was lost.",
    "pending a final check.",
    "as of now.",
    "and we will share a full report.",
    "so please retry in a few minutes.",
];

const ASIDES: &[&str] = &[
    "We will keep you posted.",
    "Call me if anything looks wrong.",
    "Nothing else is affected.",
    "Your data is safe.",
    "We take this very seriously.",
    "Sorry again for the inconvenience.",
    "No action is needed on your side.",
    "The root cause is still being confirmed.",
    "A post-mortem will follow.",
    "Thanks for bearing with us.",
];

const TAGS: &[&str] = &[
    "email", "chat", "phone", "status", "internal", "exec", "client", "sorry", "calm", "short",
];

/// One English-like sentence of about 60 to 160 characters, with a few known placeholders.
pub fn sentence(rng: &mut Rng) -> String {
    let mut s = String::with_capacity(128);
    let opener = rng.pick(OPENERS);
    if !opener.is_empty() {
        s.push_str(opener);
        s.push(' ');
    }
    let subject = rng.pick(SUBJECTS);
    if s.is_empty() {
        // Capitalise the first letter when the sentence starts with the subject.
        let mut chars = subject.chars();
        if let Some(first) = chars.next() {
            s.extend(first.to_uppercase());
            s.push_str(chars.as_str());
        }
    } else {
        s.push_str(subject);
    }
    s.push(' ');
    s.push_str(rng.pick(VERBS));
    let tail = rng.pick(TAILS);
    if !tail.starts_with(';') {
        s.push(' ');
    }
    s.push_str(tail);
    if rng.chance(15) {
        let _ = write!(s, " Ticket #{}.", 1000 + rng.below(9000));
    }
    if rng.chance(35) {
        s.push(' ');
        s.push_str(rng.pick(ASIDES));
    }
    s
}

/// `n` English phrases with unique ids, stages in turn and one to three tags.
pub fn phrases(n: usize) -> Vec<Phrase> {
    let mut rng = Rng::new(0x00c0_ffee + n as u64);
    (0..n)
        .map(|i| {
            let stage = Stage::iter()
                .nth(rng.below(Stage::iter().len()))
                .unwrap_or(Stage::Update);
            let mut tags = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let tag = rng.pick(TAGS).to_owned();
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            Phrase {
                id: format!("gen.{stage}.{i:06}"),
                lang: Lang::En,
                stage,
                tags,
                text: sentence(&mut rng),
                slots: Vec::new(),
            }
        })
        .collect()
}

/// A TOML basic string: the generated text holds no control characters, only `"` and `\`
/// need escaping.
fn quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The phrasebook file for `phrases`, as `crisis check` accepts it.
pub fn toml_text(phrases: &[Phrase]) -> String {
    let mut out = String::with_capacity(phrases.len() * 180 + 64);
    out.push_str("# Generated by `cargo run --release --example gen`.\n\nlang = \"en\"\n");
    for p in phrases {
        out.push_str("\n[[phrase]]\nid = ");
        quoted(&mut out, &p.id);
        let _ = writeln!(out, "\nstage = \"{}\"", p.stage);
        out.push_str("tags = [");
        for (i, tag) in p.tags.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            quoted(&mut out, tag);
        }
        out.push_str("]\ntext = ");
        quoted(&mut out, &p.text);
        out.push('\n');
    }
    out
}

/// The same sentences, one per line, for `fzf --filter`.
pub fn lines_text(phrases: &[Phrase]) -> String {
    let mut out = String::with_capacity(phrases.len() * 110);
    for p in phrases {
        out.push_str(&p.text);
        out.push('\n');
    }
    out
}

/// Ids of built-in steps, so that generated `step_done` events name real steps.
const STEPS: &[&str] = &[
    "quantify-impact",
    "plan-solution",
    "keep-calm",
    "react-fast",
    "say-sorry",
    "regular-updates",
    "keep-commitments",
];

fn start() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-24T09:00:00+01:00").expect("a valid date")
}

/// An `opened` event, then `n - 1` events of every kind, a few seconds apart.
pub fn events(n: usize) -> Vec<Event> {
    let mut rng = Rng::new(0x0bad_cafe + n as u64);
    let mut at = start();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    out.push(Event::new(
        at,
        EventKind::Opened {
            title: "Checkout down for some users".into(),
            severity: crisis::incident::Severity::try_from(2).unwrap(),
            client: Some("ACME".into()),
            lang: Lang::En,
        },
    ));
    for _ in 1..n {
        at += Duration::seconds(1 + rng.below(30) as i64);
        let kind = match rng.below(20) {
            0..=7 => EventKind::Note {
                text: sentence(&mut rng),
            },
            8..=9 => EventKind::Contact {
                text: sentence(&mut rng),
            },
            10 => EventKind::Decision {
                text: sentence(&mut rng),
            },
            11..=12 => EventKind::update(Some(sentence(&mut rng)), None),
            13 => EventKind::StepDone {
                step: rng.pick(STEPS).into(),
            },
            14 => EventKind::StepUndone {
                step: rng.pick(STEPS).into(),
            },
            15..=17 => EventKind::PhraseCopied {
                phrase: format!("gen.update.{:06}", rng.below(100_000)),
                lang: Lang::En,
                text: Some(sentence(&mut rng)),
            },
            _ => EventKind::DetailSet {
                name: "impact".into(),
                value: format!("{} of 10,000 users cannot pay", 1 + rng.below(900)),
            },
        };
        out.push(Event::new(at, kind));
    }
    out
}

/// Creates the incident folder `dir` with a journal of `n` events (an `opened` one first).
/// Lines are written in one buffered pass, not one synced append each: this is test data.
pub fn write_journal(dir: &Path, n: usize) -> io::Result<()> {
    write_events(dir, events(n))
}

/// The same `n` events, but every `every`-th one (after the opening) takes back the one
/// before it, as `z` or `crisis undo` would: replay then honours each retraction.
#[allow(dead_code)]
pub fn write_journal_with_retractions(dir: &Path, n: usize, every: usize) -> io::Result<()> {
    let mut events = events(n);
    for i in (every..events.len()).step_by(every) {
        let event = events[i - 1].id.clone();
        events[i].kind = EventKind::Retracted { event };
    }
    write_events(dir, events)
}

fn write_events(dir: &Path, events: Vec<Event>) -> io::Result<()> {
    // `Journal::create` syncs the parent folder, which a bare relative name does not have.
    let dir = std::path::absolute(dir)?;
    let journal = Journal::create(&dir).map_err(io::Error::other)?;
    let file = fs::OpenOptions::new().append(true).open(journal.path())?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    for event in events {
        serde_json::to_writer(&mut out, &event)?;
        out.write_all(b"\n")?;
    }
    out.into_inner().map_err(|e| e.into_error())?.sync_data()
}

/// True when `cargo bench -- FILTER` names benchmarks: the extra probes then stay out. A word
/// that follows a `--flag` is that flag's value (`--measurement-time 10`), not a filter.
#[allow(dead_code)]
pub fn filtered() -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    args.iter().enumerate().any(|(i, a)| {
        let after_flag = i > 0 && args[i - 1].starts_with("--") && args[i - 1] != "--bench";
        !a.starts_with('-') && !after_flag
    })
}

/// This process's peak resident memory so far (`VmHWM`), in MB; 0 where /proc has none.
#[allow(dead_code)]
pub fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}
