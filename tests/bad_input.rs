//! A corpus of damaged phrasebook files fed to `crisis check`: every problem named with its
//! place, never a panic.

mod common;

use common::Home;

const GOOD_HEAD: &str =
    "lang = \"en\"\n\n[[phrase]]\nid = \"a.one\"\nstage = \"update\"\ntags = [\"chat\"]\n";

/// (file name, contents, expected fragments of stderr). Line numbers are 1-based.
fn corpus() -> Vec<(&'static str, Vec<u8>, Vec<&'static str>)> {
    let deep = format!(
        "lang = \"en\"\nx = {}1{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let huge = format!("{GOOD_HEAD}text = \"{}\"\n", "long ".repeat(400_000));
    vec![
        ("syntax.toml", b"lang = \"en\"\n[[phrase]\nid = \"x\"\n".to_vec(), vec!["syntax.toml:2:"]),
        ("typo.toml", format!("{GOOD_HEAD}tgs = [\"x\"]\ntext = \"Hi\"\n").into_bytes(), vec!["typo.toml:7:", "tgs"]),
        ("stage.toml", b"lang = \"en\"\n[[phrase]]\nid = \"x\"\nstage = \"panic\"\ntext = \"Hi\"\n".to_vec(), vec!["stage.toml:4:", "panic"]),
        ("missing.toml", b"lang = \"en\"\n[[phrase]]\nid = \"x\"\nstage = \"update\"\n".to_vec(), vec!["missing.toml:", "text"]),
        ("empty.toml", format!("{GOOD_HEAD}text = \"\"\n").into_bytes(), vec!["empty.toml:7:", "`text` is empty"]),
        ("placeholder.toml", format!("{GOOD_HEAD}text = \"Hi {{boss}}\"\n").into_bytes(), vec!["placeholder.toml:7:", "{boss}"]),
        ("placeholder-case.toml", format!("{GOOD_HEAD}text = \"Hi {{Client}}, {{ client }}\"\n").into_bytes(), vec!["placeholder-case.toml:7:12:", "`{Client}`", "placeholder-case.toml:7:22:", "`{ client }`"]),
        ("placeholder-unclosed.toml", format!("{GOOD_HEAD}text = \"Hi {{client, see you\"\n").into_bytes(), vec!["placeholder-unclosed.toml:7:12:", "nothing closes"]),
        ("dup.toml", format!("{GOOD_HEAD}text = \"a\"\n[[phrase]]\nid = \"a.one\"\nstage = \"update\"\ntext = \"b\"\n").into_bytes(), vec!["dup.toml:9:", "duplicate phrase id `a.one`"]),
        ("dangling.toml", b"lang = \"en\"\n[[step]]\nid = \"s\"\nstage = \"learn\"\ntitle = \"T\"\nwhy = \"W\"\nsource = \"S\"\nphrases = [\"nowhere\"]\n".to_vec(), vec!["dangling.toml:8:", "`nowhere`"]),
        ("latin1.toml", b"lang = \"en\"\n# caf\xe9\n".to_vec(), vec!["latin1.toml:2:6:", "UTF-8"]),
        ("lang.toml", b"lang = \"de\"\n".to_vec(), vec!["lang.toml:1:", "de"]),
        ("deep.toml", deep.into_bytes(), vec!["deep.toml"]),
        ("huge-ok.toml", huge.into_bytes(), vec![]),
        ("bom-crlf-ok.toml", format!("\u{feff}{GOOD_HEAD}text = \"Hi\"\n").replace('\n', "\r\n").into_bytes(), vec![]),
        ("empty-file.toml", Vec::new(), vec!["empty-file.toml", "lang"]),
        ("binary.toml", (0u8..=255).cycle().take(4096).collect(), vec!["binary.toml"]),
    ]
}

#[test]
fn each_bad_file_is_reported_with_its_place_and_good_ones_pass() {
    let home = Home::new();
    for (name, bytes, expected) in corpus() {
        let path = home.dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let out = home.run(&["check", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        if expected.is_empty() {
            assert!(out.status.success(), "{name} should pass: {stderr}");
        } else {
            assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
            for fragment in expected {
                assert!(
                    stderr.contains(fragment),
                    "{name}: expected {fragment:?} in:\n{stderr}"
                );
            }
        }
    }
}

#[test]
fn all_problems_of_several_files_are_listed_at_once() {
    let home = Home::new();
    let mut paths = Vec::new();
    for (name, bytes, expected) in corpus() {
        if !expected.is_empty() {
            let path = home.dir.path().join(name);
            std::fs::write(&path, &bytes).unwrap();
            paths.push(path.display().to_string());
        }
    }
    let args: Vec<&str> = std::iter::once("check")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let out = home.run(&args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for path in &paths {
        assert!(
            stderr.contains(path.as_str()),
            "{path} missing from:\n{stderr}"
        );
    }
}

#[test]
fn a_broken_user_phrasebook_does_not_stop_phrases_from_working() {
    let home = Home::new();
    std::fs::write(
        home.user_phrasebooks().join("mine.toml"),
        b"lang = \"en\"\n[[phrase]\n",
    )
    .unwrap();
    let out = home.run(&["phrases", "sorry", "--limit", "1"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mine.toml:2:") && stderr.contains("skipped"),
        "{stderr}"
    );
}

#[test]
fn one_bad_field_costs_its_entry_only_and_every_problem_is_named() {
    let home = Home::new();
    let file = "lang = \"en\"\n\n[[phrase]]\nid = \"team.zebra-one\"\nstage = \"update\"\ntext = \"Zebra one.\"\n\n[[phrase]]\nid = \"team.bad-stage\"\nstage = \"panic\"\ntext = \"Zebra lost.\"\n\n[[phrase]]\nid = \"team.bad-field\"\nstage = \"update\"\ntxt = \"Zebra typo.\"\n\n[[phrase]]\nid = \"team.zebra-two\"\nstage = \"learn\"\ntext = \"Zebra two.\"\n";
    let path = home.user_phrasebooks().join("team.toml");
    std::fs::write(&path, file).unwrap();
    // Twice: the second run reads the file through the phrase cache.
    for _ in 0..2 {
        let out = home.run(&["phrases", "zebra", "--json"]);
        assert!(out.status.success());
        let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
        let mut ids: Vec<_> = items
            .iter()
            .filter_map(|i| i["id"].as_str().filter(|id| id.starts_with("team.")))
            .collect();
        ids.sort();
        assert_eq!(ids, ["team.zebra-one", "team.zebra-two"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        for fragment in [
            "team.toml:10:9:",
            "panic",
            "team.toml:13:1:",
            "no `text`",
            "team.toml:16:1:",
            "`txt`",
        ] {
            assert!(
                stderr.contains(fragment),
                "{fragment:?} missing from:\n{stderr}"
            );
        }
    }
    let out = home.run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .matches("team.toml:")
            .count(),
        3
    );
}

#[test]
fn a_user_phrase_replaces_the_built_in_one_with_the_same_id() {
    let home = Home::new();
    let file = "lang = \"en\"\n[[phrase]]\nid = \"acknowledge.users-sorry\"\nstage = \"acknowledge\"\ntags = [\"chat\", \"users\"]\ntext = \"Our own zebra apology.\"\n";
    std::fs::write(home.user_phrasebooks().join("mine.toml"), file).unwrap();
    let out = home.ok(&["phrases", "zebra apology", "--limit", "1", "--json"]);
    let items: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(items[0]["id"], "acknowledge.users-sorry");
    assert_eq!(items[0]["text"], "Our own zebra apology.");
    let all = home.ok(&["phrases", "--limit", "1000", "--json", "--lang", "en"]);
    let count = serde_json::from_str::<Vec<serde_json::Value>>(&all)
        .unwrap()
        .len();
    let builtin = crisis::phrasebook::Phrasebook::builtin()
        .phrases
        .iter()
        .filter(|p| p.lang == crisis::phrasebook::Lang::En)
        .count();
    assert_eq!(count, builtin, "replaced, not added");
}

#[test]
fn a_fifo_or_a_device_in_the_phrasebook_folder_is_refused_without_hanging() {
    let home = Home::new();
    let dir = home.user_phrasebooks();
    let fifo = dir.join("team.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.toml")).unwrap();
    let out = home.run(&["phrases", "sorry", "--limit", "1"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("team.toml: cannot read: not a regular file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("zero.toml: cannot read: not a regular file"),
        "{stderr}"
    );
}
