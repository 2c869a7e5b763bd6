//! `crisis compose` through the binary: every channel and audience, in both languages, while
//! the incident is open and once it is resolved, gives a whole message with nothing missing and
//! each channel's rules kept; `--copy` records the exact text as the update sent.

mod common;

use common::{Home, read};

const CHANNELS: [&str; 4] = ["email", "status", "chat", "voicemail"];
const AUDIENCES: [&str; 5] = ["client", "users", "exec", "angry", "team"];
const PHONE: &str = "+33 6 12 34 56 78";

/// An incident with every value a message needs, and a clipboard that writes to a file.
fn setup() -> (Home, std::path::PathBuf) {
    let home = Home::new();
    let clip = home.copies_to_a_file();
    let config = home.config().join("crisis/config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!("me = \"Sam\"\nphone = \"{PHONE}\"\n"));
    std::fs::write(&config, text).unwrap();
    home.new_incident_at(
        "2026-12-02T14:00:00+01:00",
        "Checkout down",
        &["--client", "ACME"],
    );
    for (key, value) in [
        ("contact", "Léa"),
        ("impact", "3/1000"),
        ("eta", "16:00"),
        ("workaround", "export the orders by hand"),
    ] {
        home.ok(&["set", key, value]);
    }
    (home, clip)
}

/// `crisis ARGS…` at 14:20, twenty minutes into the incident; it must succeed.
fn at_14_20(home: &Home, args: &[&str]) -> std::process::Output {
    home.ok_at("2026-12-02T14:20:00+01:00", args)
}

fn compose(home: &Home, args: &[&str]) -> serde_json::Value {
    let args: Vec<&str> = ["compose", "--format", "json"]
        .iter()
        .chain(args)
        .copied()
        .collect();
    serde_json::from_slice(&at_14_20(home, &args).stdout).unwrap()
}

#[test]
fn every_channel_and_audience_has_a_whole_message_in_both_languages() {
    let (home, _) = setup();
    for status in ["investigating", "resolved"] {
        for lang in ["en", "fr"] {
            for channel in CHANNELS {
                for audience in AUDIENCES {
                    let args = [
                        "--channel",
                        channel,
                        "--audience",
                        audience,
                        "--lang",
                        lang,
                        "--status",
                        status,
                    ];
                    let m = compose(&home, &args);
                    let what = format!("{channel} to {audience}, {lang}, {status}");
                    let text = m["text"].as_str().unwrap();
                    assert_eq!(m["missing"], serde_json::json!([]), "{what}: {text}");
                    assert_eq!(m["empty"], serde_json::json!([]), "{what}: {text}");
                    assert!(!text.contains('{'), "{what}: {text}");
                    match channel {
                        "email" => {
                            let subject = if lang == "en" {
                                "Subject: "
                            } else {
                                "Objet\u{a0}: "
                            };
                            assert!(text.starts_with(subject), "{what}: {text}");
                            assert!(
                                text.contains("Checkout down") && text.ends_with("Sam"),
                                "{what}: {text}"
                            );
                        }
                        "status" => {
                            assert!(
                                !text.contains("Sam") && !text.contains("Léa"),
                                "{what}: {text}"
                            );
                            assert!(text.contains("UTC+01:00"), "{what}: {text}");
                        }
                        "chat" => assert!(text.lines().count() <= 8, "{what}: {text}"),
                        _ => {
                            assert_eq!(text.matches(PHONE).count(), 2, "{what}: {text}");
                            assert!(
                                !text.contains("http")
                                    && !text.contains('@')
                                    && !text.contains('\n'),
                                "{what}: {text}"
                            );
                        }
                    }
                    let problem = if lang == "en" { "problem" } else { "problème" };
                    if audience != "team" {
                        assert!(!text.to_lowercase().contains(problem), "{what}: {text}");
                    }
                    if status == "resolved" {
                        let slots: Vec<&str> = m["parts"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|p| p["slot"].as_str().unwrap())
                            .collect();
                        assert!(
                            !slots.contains(&"next-update") && !slots.contains(&"workaround"),
                            "{what}: {slots:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_voicemail_says_its_times_aloud() {
    let (home, _) = setup();
    let m = compose(&home, &["--channel", "voicemail", "--audience", "client"]);
    let text = m["text"].as_str().unwrap();
    assert!(text.contains("PM"), "{text}");
    assert!(!text.contains("14:"), "{text}");
}

#[test]
fn a_copied_message_is_recorded_word_for_word_and_a_missing_value_copies_nothing() {
    let (home, clip) = setup();
    let text = compose(&home, &["--channel", "chat", "--audience", "client"])["text"]
        .as_str()
        .unwrap()
        .to_owned();
    at_14_20(
        &home,
        &[
            "compose",
            "--channel",
            "chat",
            "--audience",
            "client",
            "--copy",
        ],
    );
    assert_eq!(read(&clip), text);
    let journal = read(&home.journals()[0]);
    let last: serde_json::Value = serde_json::from_str(journal.lines().last().unwrap()).unwrap();
    assert_eq!(last["kind"], "update_sent");
    assert_eq!(last["text"], text);
    assert_eq!(last["sent_as"], "chat to client");
    assert!(
        last["next"].is_string(),
        "the message promised the next update: {last}"
    );
    // Without the workaround, an email misses it: nothing is copied nor recorded.
    home.ok(&["set", "workaround", ""]);
    std::fs::remove_file(&clip).unwrap();
    let out = home.run(&[
        "compose",
        "--channel",
        "email",
        "--audience",
        "client",
        "--copy",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("{workaround}"));
    assert!(!clip.exists());
    assert_eq!(
        read(&home.journals()[0]).lines().count(),
        journal.lines().count() + 1,
        "only the detail cleared"
    );
}
