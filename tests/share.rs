//! Two people on two clones work one incident through git: local bare repositories only,
//! no network. Journals merge by event id; nothing is lost or doubled.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::Home;

const GIT_ENV: [(&str, &str); 5] = [
    ("GIT_AUTHOR_NAME", "Sam"),
    ("GIT_AUTHOR_EMAIL", "sam@example.org"),
    ("GIT_COMMITTER_NAME", "Sam"),
    ("GIT_COMMITTER_EMAIL", "sam@example.org"),
    ("GIT_CONFIG_NOSYSTEM", "1"),
];

fn run_git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "init.defaultBranch=main"])
        .args(args)
        .envs(GIT_ENV)
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// One person: their own home, whose incidents folder is a clone of the team's repository.
struct Person {
    home: Home,
}

impl Person {
    /// Someone whose config names them (`me`), as the events they write will.
    fn named(me: &str) -> Person {
        let home = Home::new();
        let dir = home.config().join("crisis");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("config.toml"), format!("me = \"{me}\"\n")).unwrap();
        Person { home }
    }

    fn run(&self, args: &[&str]) -> Output {
        self.home
            .command()
            .envs(GIT_ENV)
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "crisis {args:?}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn incidents(&self) -> PathBuf {
        self.home.data().join("incidents")
    }

    fn journal(&self) -> String {
        common::read(&self.home.journals()[0])
    }
}

/// A bare repository and the first person, who opened the incident and shared it.
fn team() -> (tempfile::TempDir, PathBuf, Person, String) {
    let remote_dir = tempfile::tempdir().unwrap();
    let origin = remote_dir.path().join("origin.git");
    run_git(
        remote_dir.path(),
        &["init", "-q", "--bare", origin.to_str().unwrap()],
    );
    let first = Person::named("Sam");
    let id = first
        .ok(&["new", "Checkout down", "--client", "ACME"])
        .trim()
        .to_owned();
    first.ok(&["share", "init", "--remote", origin.to_str().unwrap()]);
    first.ok(&["sync"]);
    (remote_dir, origin, first, id)
}

fn join(origin: &Path, init: bool) -> Person {
    let person = Person::named("Léa");
    std::fs::create_dir_all(person.home.data()).unwrap();
    run_git(
        &person.home.data(),
        &["clone", "-q", origin.to_str().unwrap(), "incidents"],
    );
    if init {
        person.ok(&["share", "init"]);
    }
    person
}

fn events(person: &Person) -> Vec<String> {
    let json = person.ok(&["export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn two_clones_append_at_once_sync_in_both_orders_and_end_with_one_timeline() {
    let (_remote, origin, sam, id) = team();
    let lea = join(&origin, true);
    for round in 0..2 {
        for n in 0..5 {
            sam.ok(&["log", &format!("sam {round}.{n}"), "--incident", &id]);
            lea.ok(&["log", &format!("léa {round}.{n}"), "--incident", &id]);
        }
        // Both orders: Sam first in the first round, Léa first in the second.
        let (a, b) = if round == 0 {
            (&sam, &lea)
        } else {
            (&lea, &sam)
        };
        a.ok(&["sync"]);
        b.ok(&["sync"]);
        a.ok(&["sync"]);
    }
    assert_eq!(
        sam.journal(),
        lea.journal(),
        "the same bytes in both clones"
    );
    let ids = events(&sam);
    assert_eq!(ids, events(&lea));
    assert_eq!(
        ids.len(),
        1 + 20,
        "the opening and every note, none doubled"
    );
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    assert!(sam.journal().ends_with('\n'));
    let doctor = sam.run(&["doctor"]);
    assert_eq!(
        doctor.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&doctor.stdout)
    );
}

#[test]
fn a_clone_without_the_driver_still_merges_line_by_line_and_loses_nothing() {
    let (_remote, origin, sam, id) = team();
    let plain = join(&origin, false);
    sam.ok(&["log", "from sam", "--incident", &id]);
    sam.ok(&["sync"]);
    plain.ok(&["log", "from the plain clone", "--incident", &id]);
    let dir = plain.incidents();
    run_git(&dir, &["add", "-A"]);
    run_git(&dir, &["commit", "-q", "-m", "by hand"]);
    run_git(&dir, &["pull", "-q", "--no-rebase", "origin", "main"]);
    let journal = plain.journal();
    assert!(
        !journal.contains("<<<<<<<"),
        "union, not markers:\n{journal}"
    );
    let texts = plain.ok(&["export", "--format", "md"]);
    assert!(
        texts.contains("from sam") && texts.contains("from the plain clone"),
        "{texts}"
    );
}

#[test]
fn the_merge_driver_unites_by_id_and_refuses_two_stories_of_one_event() {
    let dir = tempfile::tempdir().unwrap();
    let (_remote, _origin, sam, _id) = team();
    let journal = sam.journal();
    let opening = journal.lines().next().unwrap().to_owned();
    sam.ok(&["log", "one"]);
    let with_one = sam.journal();
    let ours = dir.path().join("ours");
    let theirs = dir.path().join("theirs");
    // Theirs lacks its final newline and repeats the opening: it counts once.
    std::fs::write(&ours, &journal).unwrap();
    std::fs::write(&theirs, with_one.trim_end()).unwrap();
    let base = dir.path().join("base");
    std::fs::write(&base, "").unwrap();
    let args = |a: &Path, b: &Path| {
        vec![
            "merge-driver".to_owned(),
            base.display().to_string(),
            a.display().to_string(),
            b.display().to_string(),
        ]
    };
    let out = sam
        .home
        .command()
        .args(args(&ours, &theirs))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(common::read(&ours), with_one);
    let mut changed: serde_json::Value = serde_json::from_str(&opening).unwrap();
    changed["title"] = "Another story".into();
    std::fs::write(&theirs, format!("{changed}\n")).unwrap();
    let out = sam
        .home
        .command()
        .args(args(&ours, &theirs))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("reads differently in ours:1 and theirs:1")
    );
    assert_eq!(common::read(&ours), with_one, "ours left as it was");
}

#[test]
fn doctor_names_every_problem_with_its_line() {
    let sam = Person { home: Home::new() };
    sam.ok(&["new", "Checkout down"]);
    sam.ok(&["log", "one"]);
    let path = sam.home.journals()[0].clone();
    let journal = common::read(&path);
    let second = journal.lines().nth(1).unwrap().to_owned();
    let mut other: serde_json::Value = serde_json::from_str(&second).unwrap();
    other["text"] = "two".into();
    std::fs::write(&path, format!("{journal}{second}\n<<<<<<< HEAD\n{other}\n")).unwrap();
    let out = sam.run(&["doctor"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let file = path.display().to_string();
    assert!(
        said.contains(&format!("{file}:3: the event of line 2 again")),
        "{said}"
    );
    assert!(
        said.contains(&format!("{file}:4: a merge conflict marker")),
        "{said}"
    );
    assert!(said.contains(&format!("{file}:5: event ")), "{said}");
}

#[test]
fn share_init_is_idempotent_and_keeps_files_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_remote, origin, sam, _id) = team();
    sam.ok(&["share", "init", "--remote", origin.to_str().unwrap()]);
    let dir = sam.incidents();
    assert_eq!(
        common::read(&dir.join(".gitattributes")),
        "journal.jsonl merge=union\n"
    );
    let local = common::read(&dir.join(".git/info/attributes"));
    assert_eq!(local.matches("merge=crisis").count(), 1, "{local}");
    let log = run_git(&dir, &["log", "--oneline"]);
    assert_eq!(
        log.lines()
            .filter(|l| l.contains("share the incidents"))
            .count(),
        1,
        "{log}"
    );
    let lea = join(&origin, true);
    let journal = &lea.home.journals()[0];
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(journal), 0o600);
    assert_eq!(mode(journal.parent().unwrap()), 0o700);
    let out = Person { home: Home::new() }.run(&["sync"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("is not shared yet: run `crisis share init` first")
    );
}

#[test]
fn the_open_cockpit_shows_what_a_sync_brought_even_after_the_pull_rewrote_the_journal() {
    let (_remote, origin, sam, id) = team();
    let lea = join(&origin, true);
    let tmux = common::Tmux::start(&sam.home, 120, 40);
    tmux.launch("");
    tmux.wait_text("Checkout down");
    // Léa's note is the earlier one: the merge puts it before Sam's, in the middle of the
    // file Sam's cockpit is reading.
    lea.ok(&["log", "léa called the client", "--incident", &id]);
    sam.ok(&["log", "sam was here", "--incident", &id]);
    tmux.wait_text("sam was here");
    lea.ok(&["sync"]);
    let before = sam.journal();
    sam.ok(&["sync"]);
    let after = sam.journal();
    assert!(
        !after.starts_with(&before),
        "the pull rewrote the journal:\n{after}"
    );
    let screen = tmux.wait_text("léa called the client");
    assert!(screen.contains("sam was here"), "{screen}");
    // Two people wrote: each line says who.
    assert!(
        screen.contains("Léa note: léa called the client"),
        "{screen}"
    );
    assert!(screen.contains("Sam note: sam was here"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
}

#[test]
fn share_sync_and_doctor_speak_french_to_a_french_user() {
    let (_remote, origin, sam, _id) = team();
    let french = |args: &[&str]| {
        let out = sam
            .home
            .command()
            .envs(GIT_ENV)
            .env("LANG", "fr_FR.UTF-8")
            .args(args)
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code(), said)
    };
    let (code, said) = french(&["share", "init", "--remote", origin.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("est partagé par git"), "{said}");
    sam.ok(&["log", "un point de plus"]);
    let (code, said) = french(&["sync"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(
        said.contains("modifications validées") && said.contains("à jour avec `origin/main`"),
        "{said}"
    );
    let path = sam.home.journals()[0].clone();
    let journal = common::read(&path);
    std::fs::write(&path, format!("{journal}<<<<<<< HEAD\n")).unwrap();
    let (code, said) = french(&["doctor"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains("une marque de conflit de fusion"), "{said}");
    for english in ["shared through", "committed", "in step", "merge conflict"] {
        assert!(!said.contains(english), "`{english}` in {said}");
    }
    let lonely = Person { home: Home::new() };
    let out = lonely
        .home
        .command()
        .env("LANG", "fr_FR.UTF-8")
        .arg("sync")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("n'est pas encore partagé : lancez d'abord `crisis share init`")
    );
}
