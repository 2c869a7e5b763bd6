//! The command line, through the real binary, in a private home.

mod common;

use common::{Home, read};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_command_has_help() {
    let home = Home::new();
    for cmd in [
        "",
        "new",
        "log",
        "list",
        "resolve",
        "export",
        "phrases",
        "check",
        "completions",
        "status",
        "cadence",
        "cadence parse",
        "set",
        "undo",
        "follow-up",
        "compose",
        "impact",
    ] {
        let args: Vec<&str> = cmd.split_whitespace().chain(["--help"]).collect();
        let out = home.ok(&args);
        assert!(out.contains("Usage: crisis"), "{cmd}: {out}");
    }
}

#[test]
fn new_log_list_resolve_round_trip() {
    let home = Home::new();
    let id = home.ok(&[
        "new",
        "Checkout down",
        "--client",
        "ACME",
        "--severity",
        "2",
        "--lang",
        "fr",
    ]);
    let id = id.trim();
    assert!(id.contains("-checkout-down-"), "{id}");
    home.ok(&["log", "called Tim", "--kind", "contact"]);
    home.ok(&[
        "log",
        "hourly update",
        "--kind",
        "update",
        "--incident",
        &id[..8],
    ]);
    let list = home.ok(&["list"]);
    assert!(
        list.contains(id) && list.contains("SEV2") && list.contains("(ACME)"),
        "{list}"
    );
    // The incident is French, so what is said of it is French; the list, of no one incident,
    // speaks the locale's language.
    assert_eq!(home.ok(&["resolve", id]).trim(), format!("{id} résolu"));
    assert_eq!(home.ok(&["list"]), "");
    assert!(home.ok(&["list", "--all"]).contains("resolved after"));
    let journal = read(&home.journals()[0]);
    let kinds: Vec<_> = journal
        .lines()
        .map(|l| {
            l.split("\"kind\":\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(kinds, ["opened", "contact", "update_sent", "resolved"]);
}

#[test]
fn errors_say_what_is_wrong_with_a_non_zero_exit() {
    let home = Home::new();
    let out = home.run(&["log", "nothing open"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no open incident"),
        "{}",
        stderr(&out)
    );
    home.ok(&["new", "One"]);
    home.ok(&["new", "Two"]);
    let out = home.run(&["resolve", "2"]);
    assert!(
        stderr(&out).contains("matches several incidents"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["export", "nope"]);
    assert!(
        stderr(&out).contains("no incident matches `nope`"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["new", "x", "--severity", "9"]);
    assert_eq!(out.status.code(), Some(2));
    let out = home.run(&["new", "x", "--lang", "de"]);
    assert!(
        stderr(&out).contains("unknown language"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_corrupt_journal_is_named_with_its_line_and_left_untouched() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let path = home.journals()[0].clone();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"not json at all\n");
    std::fs::write(&path, &bytes).unwrap();
    let out = home.run(&["log", "more"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("journal.jsonl:2: unreadable:"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn export_json_holds_state_and_every_event() {
    let home = Home::new();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    home.ok(&["log", "hello"]);
    let out = home.dir.path().join("out.json");
    home.ok(&["export", "--format", "json", "-o", out.to_str().unwrap()]);
    let value: serde_json::Value = serde_json::from_str(&read(&out)).unwrap();
    assert_eq!(value["client"], "ACME");
    assert_eq!(value["events"].as_array().unwrap().len(), 2);
    assert_eq!(value["events"][1]["text"], "hello");
    let md = home.ok(&["export"]);
    assert!(md.starts_with("# Postmortem: Checkout down"), "{md}");
}

#[test]
fn completions_are_generated() {
    let home = Home::new();
    assert!(home.ok(&["completions", "bash"]).contains("crisis"));
}

#[test]
fn phrases_are_filled_ranked_and_filtered() {
    let home = Home::new();
    home.ok(&[
        "new",
        "Paiement en panne",
        "--client",
        "ACME",
        "--lang",
        "fr",
    ]);
    let out = home.ok(&["phrases", "desole", "--limit", "3"]);
    assert!(!out.contains("{client}"), "{out}");
    assert!(out.to_lowercase().contains("désolé"), "{out}");
    let json = home.ok(&[
        "phrases",
        "--lang",
        "en",
        "--stage",
        "boundaries",
        "--limit",
        "50",
        "--json",
    ]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["stage"] == "boundaries" && i["lang"] == "en")
    );
    let out = home.run(&["phrases", "xqzxqz"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("aucune phrase ne correspond à `xqzxqz` en fr"),
        "{}",
        stderr(&out)
    );
    // Filters in the query, and a typo one edit away.
    let out = home.ok(&["phrases", "wrokaround", "@status", "--lang", "en", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert!(!items.is_empty());
    assert!(
        items
            .iter()
            .all(|i| i["tags"].as_array().unwrap().iter().any(|t| t == "status"))
    );
}

#[test]
fn a_slow_phrasebook_load_says_so_and_a_quick_one_does_not() {
    let home = Home::new();
    let out = home
        .command()
        .args(["phrases", "sorry", "--limit", "1"])
        .env("CRISIS_PROGRESS_AFTER_MS", "0")
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("indexing the phrasebook"),
        "{}",
        stderr(&out)
    );
    let out = home.run(&["phrases", "sorry", "--limit", "1"]);
    assert!(!stderr(&out).contains("indexing"), "{}", stderr(&out));
}

#[test]
fn a_phrase_with_escape_bytes_is_printed_and_copied_clean() {
    let home = Home::new();
    let file = home.dir.path().join("evil.toml");
    std::fs::write(
        &file,
        "lang = \"en\"\n[[phrase]]\nid = \"x.evil\"\nstage = \"update\"\ntags = [\"chat\"]\ntext = \"Zebra \\u001b]52;c;AAAA\\u0007 update\\u009b \\u202eright\\nsecond line\"\n",
    )
    .unwrap();
    let clip = home.copies_to_a_file();
    let out = home.run(&[
        "phrases",
        "zebra",
        "--limit",
        "1",
        "--phrasebook",
        file.to_str().unwrap(),
        "--copy",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(printed, "Zebra ]52;c;AAAA update right\nsecond line\n\n");
    assert_eq!(read(&clip), "Zebra ]52;c;AAAA update right\nsecond line");
    assert!(
        stderr(&out).contains("copied with `cat >"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_copy_with_unfilled_placeholders_copies_and_records_nothing_and_names_them() {
    let home = Home::new();
    let clip = home.copies_to_a_file();
    home.ok(&["new", "Checkout down"]);
    let journal = read(&home.journals()[0]);
    let args = [
        "phrases", "impact", "--stage", "update", "--copy", "--json", "--limit", "1",
    ];
    let out = home.run(&args);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let missing: Vec<&str> = items[0]["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(!missing.is_empty(), "{items:?}");
    for name in &missing {
        assert!(
            stderr(&out).contains(&format!("{{{name}}}")),
            "{}",
            stderr(&out)
        );
    }
    assert!(
        stderr(&out).contains("nothing was copied"),
        "{}",
        stderr(&out)
    );
    assert!(!clip.exists() || read(&clip).is_empty(), "nothing copied");
    assert_eq!(read(&home.journals()[0]), journal, "nothing recorded");
    // Once the values are set, the same copy goes out and is on the timeline.
    for name in &missing {
        home.ok(&["set", name, "3 of 1,000 shoppers"]);
    }
    let out = home.run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!read(&clip).contains('{'), "{}", read(&clip));
    assert!(read(&home.journals()[0]).contains("phrase_copied"));
}

#[test]
fn escape_sequences_written_into_a_journal_never_reach_the_terminal() {
    let home = Home::new();
    let dir = home.data().join("incidents/20261124-0900-evil");
    std::fs::create_dir_all(&dir).unwrap();
    let lines = [
        r#"{"v":1,"id":"a","at":"2026-11-24T09:00:00+01:00","kind":"opened","title":"Evil\u001b[2J title\u202e","severity":2,"client":"AC\u009bME","lang":"en"}"#,
        r#"{"v":1,"id":"b","at":"2026-11-24T09:01:00+01:00","kind":"detail_set","name":"contact","value":"Tim\u001b]0;pwned\u0007"}"#,
    ];
    std::fs::write(dir.join("journal.jsonl"), lines.join("\n") + "\n").unwrap();
    for args in [
        &["list"][..],
        &["export"],
        &["phrases", "contact", "--limit", "20"],
    ] {
        let out = home.ok(args);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{9b}') && !out.contains('\u{202e}'),
            "{args:?}: {out:?}"
        );
    }
    assert!(home.ok(&["list"]).contains("Evil[2J title (ACME)"));
}

#[test]
fn error_messages_quoting_bad_files_carry_no_escape_sequence() {
    let home = Home::new();
    let dir = home.data().join("incidents/20261124-0900-evil");
    std::fs::create_dir_all(&dir).unwrap();
    let line = r#"{"v":1,"id":"a","at":"2026-11-24T09:00:00+01:00","kind":"\u001b]0;PWNED\u0007"}"#;
    std::fs::write(dir.join("journal.jsonl"), format!("{line}\n{line}\n")).unwrap();
    let out = home.run(&["log", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
        "{}",
        stderr(&out)
    );
    let bad = home.dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "lang = \"en\"\n[[phrase]]\nid = \"x\"\nstage = \"\\u001b[2J\"\ntext = \"t\"\n",
    )
    .unwrap();
    let out = home.run(&["check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.contains(&0x1b), "{}", stderr(&out));
}

#[test]
fn a_date_at_the_end_of_time_does_not_panic() {
    let home = Home::new();
    let dir = home.data().join("incidents/20261124-0900-far");
    std::fs::create_dir_all(&dir).unwrap();
    let lines = [
        r#"{"v":1,"id":"a","at":"2026-11-24T09:00:00+01:00","kind":"opened","title":"Far","severity":2,"lang":"en"}"#,
        r#"{"v":1,"id":"b","at":"+262142-12-31T23:59:00+00:00","kind":"update_sent"}"#,
    ];
    std::fs::write(dir.join("journal.jsonl"), lines.join("\n") + "\n").unwrap();
    for args in [&["phrases", "sorry"][..], &["export"], &["list"]] {
        let out = home.run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_config_typo_does_not_stop_recording_events() {
    let home = Home::new();
    let config = home.config().join("crisis");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "update_evry = 5\n").unwrap();
    let out = home.run(&["new", "Checkout down"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("update_evry") && stderr(&out).contains("default settings"),
        "{}",
        stderr(&out)
    );
    home.ok(&["log", "still recorded"]);
}

#[test]
fn the_latest_incident_is_the_last_opened_whatever_its_title() {
    let home = Home::new();
    let zebra = home.ok(&["new", "Zebra outage"]);
    let api = home.ok(&["new", "Api slow"]);
    home.ok(&["log", "called Tim"]);
    let journal = |id: &str| {
        read(
            &home
                .data()
                .join("incidents")
                .join(id.trim())
                .join("journal.jsonl"),
        )
    };
    assert!(journal(&api).contains("called Tim"));
    assert!(!journal(&zebra).contains("called Tim"));
    let list = home.ok(&["list"]);
    let (api_at, zebra_at) = (
        list.find("Api slow").unwrap(),
        list.find("Zebra outage").unwrap(),
    );
    assert!(api_at < zebra_at, "{list}");
}

#[test]
fn an_error_names_its_file_and_cause_once_and_exits_2() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let target = home.dir.path().join("missing/folder/post-mortem.md");
    let out = home.run(&["export", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("no such file or folder").count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("crisis: {}: ", target.display())),
        "{err}"
    );
}

#[test]
fn a_bad_crisis_now_is_an_error_and_a_good_one_fixes_the_clock() {
    let home = Home::new();
    let out = home
        .command()
        .env("CRISIS_NOW", "9h30")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("CRISIS_NOW=`9h30`"),
        "{}",
        stderr(&out)
    );
    let new = home
        .command()
        .env("CRISIS_NOW", "2026-11-24T09:02:00+01:00")
        .args(["new", "Checkout down"])
        .output()
        .unwrap();
    let id = String::from_utf8_lossy(&new.stdout).trim().to_owned();
    assert!(id.starts_with("20261124-0902-checkout-down-"), "{id}");
    assert_eq!(id.len(), "20261124-0902-checkout-down-".len() + 6, "{id}");
    let list = home
        .command()
        .env("CRISIS_NOW", "2026-11-24T10:14:00+01:00")
        .args(["list"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&list.stdout).contains("open 1 h 12"),
        "{list:?}"
    );
}

/// Damages line 2 of the journal of the incident `title`.
fn damage_line_2(home: &Home, title_slug: &str) -> std::path::PathBuf {
    let path = home
        .journals()
        .into_iter()
        .find(|p| p.to_string_lossy().contains(title_slug))
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"v\":1,\"kind\":\"not an event\"}\n");
    std::fs::write(&path, &bytes).unwrap();
    path
}

#[test]
fn a_newer_unreadable_incident_stops_commands_that_would_act_on_an_older_one() {
    let home = Home::new();
    for (title, at) in [("First", "09:02"), ("Second", "09:40")] {
        let out = home
            .command()
            .env("CRISIS_NOW", format!("2026-11-24T{at}:00+01:00"))
            .args(["new", title])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let second = damage_line_2(&home, "second");
    let first = home
        .journals()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("first"))
        .unwrap();
    let before = std::fs::read(&first).unwrap();
    for args in [
        &["log", "meant for Second"][..],
        &["resolve"],
        &["export"],
        &["phrases", "sorry", "--copy"],
    ] {
        let out = home.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("is newer than the one this would act on")
                && err.contains(&format!("{}:2:", second.display())),
            "{args:?}: {err}"
        );
    }
    assert_eq!(
        std::fs::read(&first).unwrap(),
        before,
        "nothing landed in First"
    );
    // A plain search still works, and says why it fills from no incident.
    let out = home.run(&["phrases", "sorry"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("filling from no incident"),
        "{}",
        stderr(&out)
    );
    // Naming the older incident still works.
    let id = first
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    home.ok(&["log", "for First on purpose", "--incident", &id]);
    let out = home.run(&["list"]);
    assert_eq!(out.status.code(), Some(2), "list is not the whole truth");
    assert!(String::from_utf8_lossy(&out.stdout).contains("First"));
}

#[test]
fn a_torn_last_line_is_said_on_stderr_by_every_command() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let path = home.journals()[0].clone();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"v\":1,\"id\":\"cut");
    std::fs::write(&path, &bytes).unwrap();
    for args in [&["log", "still works"][..], &["export"], &["list"]] {
        let out = home.run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("skipped an incomplete event"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_text_past_64_kib_is_refused_and_nothing_is_written() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let before = std::fs::read(&home.journals()[0]).unwrap();
    let huge = "x".repeat(64 * 1024 + 1);
    let out = home.run(&["log", &huge]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("at most 64 KiB"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&home.journals()[0]).unwrap(), before);
    home.ok(&["log", &"x".repeat(64 * 1024)]);
}

#[test]
fn json_exports_spell_out_what_a_terminal_would_act_on() {
    let home = Home::new();
    home.ok(&["new", "Checkout \u{200b}down", "--client", "\u{feff}ACME"]);
    let path = home.journals()[0].clone();
    let mut bytes = std::fs::read(&path).unwrap();
    let line = "{\"v\":1,\"id\":\"x1\",\"at\":\"2026-11-24T09:05:00+01:00\",\"kind\":\"note\",\"text\":\"a\u{9b}2J b\u{202e}c\"}\n";
    bytes.extend_from_slice(line.as_bytes());
    std::fs::write(&path, &bytes).unwrap();
    let json = home.ok(&["export", "--format", "json"]);
    assert!(
        !json.contains('\u{9b}') && !json.contains('\u{202e}'),
        "{json}"
    );
    assert!(
        json.contains("\\u009b2J") && json.contains("\\u202e"),
        "{json}"
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["title"], "Checkout down");
    assert_eq!(value["client"], "ACME");
}

#[test]
fn an_incident_folder_named_with_escape_sequences_is_printed_clean() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let journal = home.journals()[0].clone();
    let evil = home
        .data()
        .join("incidents/20991231-2359-\u{1b}]0;PWNED\u{7}");
    std::fs::rename(journal.parent().unwrap(), &evil).unwrap();
    for args in [&["resolve"][..], &["export"], &["list", "--all"]] {
        let out = home.run(args);
        assert!(
            !out.stdout.contains(&0x1b) && !out.stderr.contains(&0x1b),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn a_symlinked_incident_folder_is_refused_and_nothing_is_written_through_it() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let journal = home.journals()[0].clone();
    let real = journal.parent().unwrap().to_owned();
    let outside = home.dir.path().join("outside");
    std::fs::rename(&real, &outside).unwrap();
    std::os::unix::fs::symlink(&outside, &real).unwrap();
    let before = std::fs::read(outside.join("journal.jsonl")).unwrap();
    let out = home.run(&["log", "through the link"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("is a symbolic link"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(outside.join("journal.jsonl")).unwrap(),
        before
    );
}

#[test]
fn export_refuses_to_write_over_a_journal_and_writes_a_private_file() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let journal = home.journals()[0].clone();
    let before = std::fs::read(&journal).unwrap();
    let out = home.run(&["export", "-o", journal.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("inside the incidents folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&journal).unwrap(), before);
    let target = home.dir.path().join("post-mortem.md");
    home.ok(&["export", "-o", target.to_str().unwrap()]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(read(&target).starts_with("# Postmortem: Checkout down"));
}

#[test]
fn one_line_prints_a_multi_line_phrase_on_one_line() {
    let home = Home::new();
    let as_written = home.ok(&["phrases", "manager-check", "--limit", "1", "--lang", "en"]);
    assert!(
        as_written.starts_with("Hi,\n\nBefore I contact"),
        "{as_written}"
    );
    let joined = home.ok(&[
        "phrases",
        "manager-check",
        "--limit",
        "1",
        "--lang",
        "en",
        "--one-line",
    ]);
    assert_eq!(joined.lines().count(), 1, "{joined}");
    assert!(joined.starts_with("Hi, Before I contact"), "{joined}");
    assert_eq!(
        joined.split_whitespace().collect::<Vec<_>>(),
        as_written.split_whitespace().collect::<Vec<_>>()
    );
}

#[test]
fn an_impact_in_numbers_is_said_right_in_each_language() {
    let home = Home::new();
    assert_eq!(
        home.ok(&["impact", "3", "1000"]),
        "3 of 1,000 users affected (0.3%); 99.7% working normally\n"
    );
    assert_eq!(
        home.ok(&["impact", "3", "1000", "--lang", "fr"]),
        "3 utilisateurs sur 1\u{202f}000 concernés (0,3\u{a0}%)\u{202f}; 99,7\u{a0}% fonctionnent normalement\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&home.ok(&["impact", "1", "20000", "--format", "json"])).unwrap();
    assert_eq!(json["affected_pct"], "0.01");
    assert_eq!(json["working_pct"], "99.99");
    assert_eq!(json["total"], 20000);
    assert!(
        json["sentence"]["fr"]
            .as_str()
            .unwrap()
            .starts_with("1 utilisateur sur 20\u{202f}000 concerné")
    );
    for bad in [["5", "3"], ["1", "0"], ["-1", "10"], ["many", "10"]] {
        let out = home.run(&["impact", bad[0], bad[1]]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(!stderr(&out).is_empty());
    }
    // Set as numbers, {impact} says the sentence in the incident's language.
    home.ok(&["new", "Paiement en panne", "--lang", "fr"]);
    home.ok(&["set", "impact", "3 sur 1 000"]);
    assert_eq!(home.run(&["set", "impact", "5/3"]).status.code(), Some(2));
    let out = home.ok(&["phrases", "impact", "--limit", "40"]);
    assert!(
        out.contains("3 utilisateurs sur 1\u{202f}000 concernés"),
        "{out}"
    );
}

#[test]
fn a_resolved_incident_reopens_and_opens_with_its_details() {
    let home = Home::new();
    let id = home.ok(&["new", "Checkout down"]).trim().to_owned();
    home.ok(&["set", "contact", "Léa"]);
    let open_again = home.run(&["reopen"]);
    assert_eq!(open_again.status.code(), Some(2));
    assert!(stderr(&open_again).contains("is open: there is nothing to reopen"));
    home.ok(&["resolve"]);
    assert!(!home.ok(&["list"]).contains(&id), "resolved");
    let said = home.ok(&["reopen", &id[..13]]);
    assert_eq!(said.trim(), format!("{id} reopened: investigating"));
    assert!(home.ok(&["list"]).contains(&id), "open again");
    assert_eq!(home.ok(&["status"]).trim(), "investigating");
    let out = home.run(&["open", "no-such-incident"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no incident matches `no-such-incident`"));
}
