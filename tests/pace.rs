//! The pace of updates through the binary, with the clock set by `CRISIS_NOW`: the event-app
//! outage of the second source text, played minute by minute.

mod common;

use common::Home;

/// Runs crisis at `hm` on 2026-12-01 (+01:00); returns (exit code, stdout, stderr).
fn at(home: &Home, hm: &str, args: &[&str]) -> (i32, String, String) {
    let out = home
        .command()
        .env("CRISIS_NOW", format!("2026-12-01T{hm}:00+01:00"))
        .args(args)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

fn cadence_json(home: &Home, hm: &str) -> (i32, serde_json::Value) {
    let (code, out, err) = at(home, hm, &["cadence", "--format", "json"]);
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}")),
    )
}

#[test]
fn a_sev2_is_ok_then_soon_then_late_and_says_why() {
    let home = Home::new();
    at(
        &home,
        "19:00",
        &["new", "Event app down", "--severity", "2"],
    );
    let (code, out, _) = at(&home, "19:10", &["cadence"]);
    assert_eq!(code, 0);
    assert!(out.contains("due at 19:30 (on time, in 20 min)"), "{out}");
    assert!(
        out.contains("SEV2 while investigating: every 30 min"),
        "{out}"
    );
    let (code, json) = cadence_json(&home, "19:25");
    assert_eq!((code, json["state"].as_str()), (0, Some("soon")));
    assert_eq!(json["set_by"], "default");
    let (code, out, _) = at(&home, "19:43", &["cadence"]);
    assert_eq!(code, 3, "late is exit 3");
    assert!(out.contains("late by 13 min"), "{out}");
    let (_, json) = cadence_json(&home, "19:43");
    assert_eq!(
        (json["state"].as_str(), json["late_minutes"].as_i64()),
        (Some("late"), Some(13))
    );
}

#[test]
fn a_promise_in_an_update_sets_the_deadline_and_monitoring_slows_the_pace() {
    let home = Home::new();
    at(
        &home,
        "19:00",
        &["new", "Event app down", "--severity", "2"],
    );
    at(
        &home,
        "19:12",
        &["log", "Told Jo: next update at 19:50", "--kind", "update"],
    );
    let (_, json) = cadence_json(&home, "19:20");
    assert_eq!(json["due"], "2026-12-01T19:50:00+01:00");
    assert_eq!(
        (json["set_by"].as_str(), json["promise"].as_str()),
        (Some("promise"), Some("at 19:50"))
    );
    at(
        &home,
        "19:45",
        &[
            "log",
            "Called Jo",
            "--kind",
            "update",
            "--next",
            "in 20 min",
        ],
    );
    assert_eq!(
        cadence_json(&home, "19:46").1["due"],
        "2026-12-01T20:05:00+01:00"
    );
    at(&home, "19:50", &["status", "monitoring"]);
    at(
        &home,
        "19:55",
        &["log", "Fix deployed, watching.", "--kind", "update"],
    );
    let (code, out, _) = at(&home, "19:56", &["status"]);
    assert_eq!((code, out.trim()), (0, "monitoring"));
    let (_, json) = cadence_json(&home, "19:56");
    assert_eq!(
        json["due"], "2026-12-01T20:55:00+01:00",
        "SEV2 monitoring: 60 minutes"
    );
    at(&home, "20:00", &["status", "resolved"]);
    let (_, id, _) = at(&home, "20:01", &["list", "--all"]);
    let id = id.split_whitespace().next().unwrap().to_owned();
    let (code, out, err) = at(
        &home,
        "20:01",
        &["cadence", "--incident", &id, "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(r#""state":"resolved""#), "{out}");
}

#[test]
fn a_copied_promise_and_the_countdown_agree_to_the_minute_and_the_export_keeps_the_words() {
    let home = Home::new();
    let clip = home.copies_to_a_file();
    at(
        &home,
        "19:00",
        &["new", "Event app down", "--severity", "2", "--lang", "en"],
    );
    // Late already: the phrase must not promise a time in the past.
    let (code, _, err) = at(
        &home,
        "19:53",
        &[
            "phrases",
            "next update",
            "--stage",
            "update",
            "--copy",
            "--limit",
            "1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("recorded as the update sent"), "{err}");
    let copied = std::fs::read_to_string(&clip).unwrap();
    assert!(copied.contains("20:23"), "{copied}");
    let (code, json) = cadence_json(&home, "19:54");
    assert_eq!(
        (code, json["due"].as_str()),
        (0, Some("2026-12-01T20:23:00+01:00"))
    );
    let (_, md, _) = at(&home, "19:55", &["export"]);
    assert!(
        md.contains(copied.trim()),
        "the exact words in the export:\n{md}"
    );
}

#[test]
fn cadence_parse_prints_the_promised_time_or_exits_1() {
    let home = Home::new();
    let (code, out, _) = at(
        &home,
        "14:00",
        &["cadence", "parse", "prochain", "point", "à", "14 h 30"],
    );
    assert_eq!((code, out.as_str()), (0, "2026-12-01T14:30:00+01:00\n"));
    let (_, out, _) = at(&home, "14:00", &["cadence", "parse", "Nouvelles vers 15 h"]);
    assert_eq!(out, "2026-12-01T15:00:00+01:00\napproximate\n");
    let (code, out, err) = at(
        &home,
        "14:00",
        &["cadence", "parse", "Next update at 13:30"],
    );
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("already passed"), "{err}");
    let (code, _, err) = at(&home, "14:00", &["cadence", "parse", "We are on it"]);
    assert_eq!(code, 1);
    assert!(err.contains("no promise"), "{err}");
}

#[test]
fn a_bad_next_is_refused_and_nothing_is_logged() {
    let home = Home::new();
    at(&home, "19:00", &["new", "Event app down"]);
    let before = std::fs::read(&home.journals()[0]).unwrap();
    let (code, _, err) = at(
        &home,
        "19:10",
        &["log", "x", "--kind", "update", "--next", "soon"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("`soon` is not a time"), "{err}");
    let (code, _, err) = at(
        &home,
        "19:10",
        &["log", "x", "--kind", "update", "--next", "18:00"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("already passed"), "{err}");
    let (code, _, err) = at(&home, "19:10", &["log", "x", "--next", "19:30"]);
    assert_eq!(code, 2);
    assert!(err.contains("`--next` goes with `--kind update`"), "{err}");
    assert_eq!(std::fs::read(&home.journals()[0]).unwrap(), before);
}

#[test]
fn undo_takes_back_a_false_update_and_set_corrects_what_was_wrong() {
    let home = Home::new();
    at(
        &home,
        "19:00",
        &["new", "Event app down", "--severity", "3"],
    );
    at(
        &home,
        "19:10",
        &["log", "Next update in 10 minutes", "--kind", "update"],
    );
    assert_eq!(
        cadence_json(&home, "19:11").1["due"],
        "2026-12-01T19:20:00+01:00"
    );
    let (code, out, err) = at(&home, "19:11", &["undo"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "taken back: update sent at 19:10: Next update in 10 minutes\n"
    );
    assert_eq!(
        cadence_json(&home, "19:12").1["due"],
        "2026-12-01T20:00:00+01:00",
        "back to the SEV3 pace from the opening"
    );
    let (code, out, _) = at(&home, "19:13", &["set", "severity", "1"]);
    assert_eq!((code, out.as_str()), (0, "severity: SEV1\n"));
    at(&home, "19:13", &["set", "started", "18:50"]);
    let (_, json) = cadence_json(&home, "19:14");
    assert_eq!(
        json["due"], "2026-12-01T19:05:00+01:00",
        "SEV1 from 18:50: 15 minutes"
    );
    at(&home, "19:14", &["set", "eta", "21:00"]);
    at(&home, "19:14", &["set", "eta", ""]);
    let (_, export, _) = at(&home, "19:15", &["export", "--format", "json"]);
    let export: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert!(
        export["details"].get("eta").is_none(),
        "an empty value clears: {export}"
    );
    assert_eq!(export["severity"], 1);
    let (code, _, err) = at(&home, "19:15", &["set", "next_update", "20:00"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot be set"), "{err}");
    // The four corrections taken back one by one, then nothing is left but the opening.
    for _ in 0..4 {
        assert_eq!(at(&home, "19:16", &["undo"]).0, 0);
    }
    let (code, _, err) = at(&home, "19:16", &["undo"]);
    assert_eq!(code, 2);
    assert!(err.contains("nothing to take back"), "{err}");
    let lines = std::fs::read_to_string(&home.journals()[0]).unwrap();
    assert_eq!(
        lines.lines().count(),
        11,
        "nothing rewritten, every step recorded:\n{lines}"
    );
}

#[test]
fn every_command_that_acts_on_an_incident_takes_incident() {
    let home = Home::new();
    let (_, first, _) = at(&home, "09:00", &["new", "First outage", "--lang", "en"]);
    at(&home, "09:05", &["new", "Second outage", "--lang", "en"]);
    let first = first.trim();
    let (code, md, _) = at(&home, "09:10", &["export", "--incident", first]);
    assert_eq!(code, 0);
    assert!(md.contains("# Postmortem: First outage"), "{md}");
    let (code, out, err) = at(
        &home,
        "09:10",
        &["phrases", "--incident", first, "--json", "--limit", "200"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("First outage") && !out.contains("Second outage"),
        "filled from the named one"
    );
    let (code, out, _) = at(&home, "09:11", &["resolve", "--incident", first]);
    assert_eq!(
        (code, out.trim()),
        (0, format!("{first} resolved").as_str())
    );
    let (code, _, err) = at(&home, "09:12", &["phrases", "sorry", "--incident", "nope"]);
    assert_eq!(
        code, 2,
        "a named incident that is not there is an error: {err}"
    );
}

#[test]
fn a_follow_up_is_recorded_listed_due_and_done_even_after_resolving() {
    let home = Home::new();
    let (_, id, _) = at(&home, "19:00", &["new", "Event app down"]);
    let id = id.trim().to_owned();
    let (code, out, err) = at(
        &home,
        "19:30",
        &[
            "follow-up",
            "Call Tim for feedback",
            "--at",
            "tomorrow at 10:00",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "follow-up due Wed 02 Dec 10:00: Call Tim for feedback\n"
    );
    at(&home, "19:40", &["resolve"]);
    let (code, out, _) = at(&home, "19:41", &["follow-up", "--incident", &id]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Wed 02 Dec 10:00  Call Tim for feedback\n")
    );
    let late = home
        .command()
        .env("CRISIS_NOW", "2026-12-02T10:05:00+01:00")
        .args(["follow-up", "--incident", &id])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&late.stdout).contains("(due now)"));
    let (code, out, _) = at(&home, "19:42", &["follow-up", "--done", "--incident", &id]);
    assert_eq!((code, out.as_str()), (0, "done: Call Tim for feedback\n"));
    let (code, out, _) = at(&home, "19:43", &["follow-up", "--list", "--incident", &id]);
    assert_eq!((code, out.as_str()), (1, ""), "nothing left to do");
    let (_, md, _) = at(&home, "19:44", &["export", "--incident", &id]);
    assert!(
        md.contains("- [x] Call Tim for feedback (due 2026-12-02 10:00 (+01:00))"),
        "{md}"
    );
    let (code, _, err) = at(
        &home,
        "19:43",
        &["follow-up", "Call", "--at", "whenever", "--incident", &id],
    );
    assert_eq!(code, 2);
    assert!(err.contains("not a time"), "{err}");
}
