//! The journal under concurrent writers and writers killed mid-flight.

mod common;

use std::collections::HashSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::Home;
use crisis::incident::{EventKind, Journal};

fn notes(home: &Home) -> Vec<String> {
    let dir = home.journals()[0].parent().unwrap().to_owned();
    let loaded = Journal::at(&dir).load().expect("the journal always loads");
    loaded
        .events
        .into_iter()
        .filter_map(|e| match e.kind {
            EventKind::Note { text } => Some(text),
            _ => None,
        })
        .collect()
}

#[test]
fn four_writers_side_by_side_lose_and_merge_nothing() {
    let home = Home::new();
    home.ok(&["new", "Concurrent"]);
    const PER_WRITER: usize = 40;
    std::thread::scope(|scope| {
        for writer in 0..4 {
            let home = &home;
            scope.spawn(move || {
                for n in 0..PER_WRITER {
                    home.ok(&[
                        "log",
                        &format!("writer {writer} event {n} {}", "x".repeat(n * 50)),
                    ]);
                }
            });
        }
    });
    let notes = notes(&home);
    assert_eq!(notes.len(), 4 * PER_WRITER);
    let unique: HashSet<_> = notes.iter().collect();
    assert_eq!(unique.len(), notes.len());
    let raw = common::read(&home.journals()[0]);
    assert_eq!(
        raw.lines().count(),
        4 * PER_WRITER + 1,
        "one event per line, none merged"
    );
    assert!(raw.ends_with('\n'));
}

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn writers_killed_at_random_moments_lose_no_acknowledged_event() {
    let home = Home::new();
    home.ok(&["new", "Killed writers"]);
    let mut rng = Lcg(0x5eed);
    let mut acknowledged = Vec::new();
    let mut killed = 0;
    let deadline = Instant::now() + Duration::from_secs(20);
    for round in 0..60 {
        if Instant::now() > deadline {
            break;
        }
        // Three writers at a time, one of them killed after a random short delay.
        let mut children: Vec<_> = (0..3)
            .map(|w| {
                let text = format!(
                    "round {round} writer {w} {}",
                    "y".repeat(rng.next(4000) as usize)
                );
                let child = home
                    .command()
                    .args(["log", &text])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap();
                (text, child)
            })
            .collect();
        std::thread::sleep(Duration::from_micros(rng.next(4000)));
        let victim = rng.next(3) as usize;
        let _ = children[victim].1.kill();
        for (text, mut child) in children {
            let status = child.wait().unwrap();
            if status.success() {
                acknowledged.push(text);
            } else {
                killed += 1;
            }
        }
    }
    let notes: HashSet<String> = notes(&home).into_iter().collect();
    for text in &acknowledged {
        assert!(
            notes.contains(text),
            "acknowledged event lost: {}",
            &text[..30.min(text.len())]
        );
    }
    assert!(!acknowledged.is_empty());
    eprintln!("{} acknowledged, {killed} killed", acknowledged.len());
    // The cockpit and the command line still read it.
    home.ok(&["export"]);
}

#[test]
fn after_a_torn_write_the_next_event_is_intact() {
    let home = Home::new();
    home.ok(&["new", "Torn"]);
    let path = home.journals()[0].clone();
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    std::io::Write::write_all(&mut f, b"{\"v\":1,\"id\":\"cut\",\"at\":\"2026-11-24T09:0").unwrap();
    home.ok(&["log", "after the crash"]);
    assert_eq!(notes(&home), ["after the crash"]);
    let out = home.run(&["export"]);
    assert!(out.status.success());
}
