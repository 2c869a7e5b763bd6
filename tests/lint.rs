//! `crisis lint` through the binary: files and standard input, exit codes, formats, the
//! user's rules over the built-in ones, and the rules' own examples.

mod common;

use std::io::Write;
use std::process::{Output, Stdio};

use common::Home;

const OWN_RULES: &str = r#"
[[rule]]
id = "blame-kevin"
kind = "existence"
level = "error"
message = "Name what happened, not who."
source = "crisis"
tokens = ["Kevin's change"]
examples_fail = ["It was Kevin's change.", "Kevin's change broke it."]
examples_pass = ["A change broke it.", "Kevin fixed it."]

[[rule]]
id = "no-sorry"
kind = "absence"
level = "warning"
message = "Say you are sorry."
source = "crisis"
tokens = ["sorry"]
examples_fail = ["It works again.", "Fixed."]
examples_pass = ["Sorry, it works again.", "We are sorry."]
"#;

fn home_with_rules() -> Home {
    let home = Home::new();
    let dir = home.config().join("crisis");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("lint-en.toml"), OWN_RULES).unwrap();
    home
}

fn piped(home: &Home, args: &[&str], input: &str) -> Output {
    let mut child = home
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let written = child.stdin.take().unwrap().write_all(input.as_bytes());
    // A bad flag exits before reading its input: the pipe closing then is no failure.
    if let Err(e) = written {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_file_and_its_text_piped_in_get_the_same_findings_in_characters() {
    let home = home_with_rules();
    let draft = home.dir.path().join("draft.txt");
    let text = "Déjà vu: it was Kevin's change.\nIt works again.\n";
    std::fs::write(&draft, text).unwrap();
    let path = draft.display().to_string();
    let from_file = home.run(&["lint", "--format", "line", &path]);
    let from_stdin = piped(&home, &["lint", "--format", "line", "-"], text);
    assert_eq!(from_file.status.code(), Some(1), "an error is found");
    let file_lines = stdout(&from_file);
    assert!(
        file_lines.contains(&format!(
            "{path}:1:17:error:blame-kevin:Name what happened, not who."
        )),
        "é and à count as one column each:\n{file_lines}"
    );
    assert!(file_lines.contains(&format!("{path}:1:1:warning:no-sorry:")));
    assert_eq!(
        stdout(&from_stdin),
        file_lines.replace(&path, "-"),
        "standard input is reported as -"
    );
}

#[test]
fn exit_codes_follow_vale() {
    let home = home_with_rules();
    let lint = |text: &str, more: &[&str]| {
        let args: Vec<&str> = ["lint", "-"].iter().chain(more).copied().collect();
        piped(&home, &args, text).status.code()
    };
    assert_eq!(lint("Sorry, it works again.", &[]), Some(0));
    assert_eq!(
        lint("It works again.", &[]),
        Some(0),
        "a warning is no failure"
    );
    assert_eq!(lint("Sorry, Kevin's change.", &[]), Some(1));
    assert_eq!(lint("Sorry, Kevin's change.", &["--no-exit"]), Some(0));
    assert_eq!(lint("x", &["--format", "loud"]), Some(2));
    let missing = home.run(&["lint", "/no/such/draft.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/draft.txt"));
    let binary = home.dir.path().join("binary");
    std::fs::write(&binary, [b'o', b'k', 0xff, 0xfe]).unwrap();
    let out = home.run(&["lint", &binary.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8 text (byte 2"));
}

#[test]
fn json_gives_each_finding_whole_and_min_level_leaves_the_small_ones_out() {
    let home = home_with_rules();
    let out = piped(
        &home,
        &["lint", "--format", "json", "-"],
        "Kevin's change, «Kevin's change».",
    );
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let own: Vec<&serde_json::Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "blame-kevin")
        .collect();
    assert_eq!(own.len(), 1, "the quoted one is not ours: {findings}");
    let f = own[0];
    assert_eq!(
        (f["line"].as_u64(), f["col"].as_u64(), f["end_col"].as_u64()),
        (Some(1), Some(1), Some(15))
    );
    assert_eq!(f["match"], "Kevin's change");
    assert_eq!(f["level"], "error");
    let out = piped(
        &home,
        &["lint", "--format", "line", "--min-level", "error", "-"],
        "Fine.",
    );
    assert!(!stdout(&out).contains("no-sorry"), "{}", stdout(&out));
}

#[test]
fn a_rule_turned_off_in_the_users_file_stays_silent_and_a_broken_file_is_named() {
    let home = home_with_rules();
    let file = home.config().join("crisis/lint-en.toml");
    let text = "It works again, Kevin's change.";
    assert!(stdout(&piped(&home, &["lint", "-"], text)).contains("[blame-kevin]"));
    std::fs::write(
        &file,
        format!("{OWN_RULES}\n[[rule]]\nid = \"placeholder-unfilled\"\nlevel = \"off\"\n"),
    )
    .unwrap();
    let out = piped(&home, &["lint", "--format", "line", "-"], "Fixed by {eta}.");
    assert!(
        !stdout(&out).contains("placeholder-unfilled"),
        "{}",
        stdout(&out)
    );
    let config = stdout(&home.run(&["lint", "--print-config"]));
    assert!(
        config.contains("en placeholder-unfilled = off  #")
            && config.contains("lint-en.toml (read)"),
        "{config}"
    );
    std::fs::write(
        &file,
        "[[rule]]\nid = \"x\"\nlevel = \"error\"\nkind = \"existence\"\n",
    )
    .unwrap();
    let out = piped(&home, &["lint", "-"], text);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lint-en.toml: rule `x`: a rule of kind existence needs `tokens`"),
        "{err}"
    );
}

#[test]
fn fix_prints_the_text_with_the_replacements_made() {
    let home = Home::new();
    let out = piped(
        &home,
        &["lint", "--lang", "fr", "--fix", "-"],
        "Bonjour Léa : voici où nous en sommes.",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "Bonjour Léa\u{a0}: voici où nous en sommes.");
}

#[test]
fn the_rules_pass_their_own_examples_and_list_themselves() {
    let home = home_with_rules();
    let out = home.run(&["lint", "--self-test"]);
    let said = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    let passed: usize = said
        .trim()
        .strip_suffix(" passed, 0 failed")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{said}"));
    assert!(passed >= 8, "{said}");
    let list: serde_json::Value = serde_json::from_slice(
        &home
            .run(&["lint", "--list-rules", "--format", "json"])
            .stdout,
    )
    .unwrap();
    let rules = list.as_array().unwrap();
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "blame-kevin"
                && r["from"].as_str().unwrap().ends_with("lint-en.toml"))
    );
    for lang in ["en", "fr"] {
        assert!(
            rules
                .iter()
                .any(|r| r["lang"] == lang && r["from"].as_str().unwrap().starts_with("built-in"))
        );
    }
}
