//! A full disk on a real small filesystem (a size-limited tmpfs): an append cut at any point
//! leaves the journal exactly as it was, a retry records the event once, and a failed `new`
//! leaves nothing behind. Mounting needs root, which CI is; elsewhere the test says why it
//! cannot run.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::Home;
use crisis::incident::{Event, EventKind};

const NOW: &str = "2026-11-24T09:30:00+01:00";
const PAGE: usize = 4096;

/// A tmpfs of a few pages, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills every free page with a filler file.
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut file = fs::File::create(&filler).unwrap();
        let page = [b'#'; PAGE];
        while std::io::Write::write_all(&mut file, &page).is_ok() {}
        // A last partial page may still hold a few bytes.
        while std::io::Write::write_all(&mut file, b"#").is_ok() {}
        filler
    }

    fn empty(&self) {
        for entry in fs::read_dir(self.path()).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                fs::remove_dir_all(path).unwrap();
            } else {
                fs::remove_file(path).unwrap();
            }
        }
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn crisis(home: &Home, data: &Path, args: &[&str]) -> std::process::Output {
    home.command()
        .env("CRISIS_HOME", data)
        .env("CRISIS_NOW", NOW)
        .args(args)
        .output()
        .unwrap()
}

/// One JSON line as crisis writes it, `len` bytes long with its newline.
fn note_line(len: usize) -> String {
    let at = chrono::DateTime::parse_from_rfc3339(NOW).unwrap();
    let line = |text: String| {
        serde_json::to_string(&Event::new(at, EventKind::Note { text })).unwrap() + "\n"
    };
    let bare = line(String::new()).len();
    line("n".repeat(len - bare))
}

#[test]
fn an_append_cut_anywhere_by_a_full_disk_leaves_the_journal_as_it_was() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("full_disk: cannot mount a tmpfs (not root?); this test needs root, as in CI");
        assert!(
            std::env::var_os("CI").is_none(),
            "CI runs as root and must run this test"
        );
        return;
    };
    let home = Home::new();
    let data = disk.path().join("data");
    let text = "rollback started";
    // The length of the line crisis log will write: every byte of it is a cut point.
    let logged = {
        let at = chrono::DateTime::parse_from_rfc3339(NOW).unwrap();
        let kind = EventKind::Note { text: text.into() };
        serde_json::to_string(&Event::new(at, kind)).unwrap().len() + 1
    };
    for cut in 0..logged {
        disk.empty();
        assert!(
            crisis(&home, &data, &["new", "Checkout down"])
                .status
                .success()
        );
        let journal = fs::read_dir(data.join("incidents"))
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
            .join("journal.jsonl");
        // Pad the journal so that the page it ends in has exactly `cut` bytes left.
        let len = fs::metadata(&journal).unwrap().len() as usize;
        let target = (len / PAGE + 2) * PAGE - cut;
        let pad = target - len;
        let mut file = fs::OpenOptions::new().append(true).open(&journal).unwrap();
        if pad >= 200 {
            std::io::Write::write_all(&mut file, note_line(pad).as_bytes()).unwrap();
        } else {
            std::io::Write::write_all(&mut file, note_line(pad + PAGE).as_bytes()).unwrap();
        }
        drop(file);
        let before = fs::read(&journal).unwrap();
        let filler = disk.fill();

        let out = crisis(&home, &data, &["log", text]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "cut at {cut}: {stderr}");
        assert!(
            stderr.contains("the disk is full"),
            "cut at {cut}: {stderr}"
        );
        assert_eq!(
            fs::read(&journal).unwrap(),
            before,
            "cut at {cut}: journal changed"
        );

        fs::remove_file(filler).unwrap();
        assert!(crisis(&home, &data, &["log", text]).status.success());
        let after = fs::read_to_string(&journal).unwrap();
        assert_eq!(
            after.matches(text).count(),
            1,
            "cut at {cut}: recorded once"
        );
        assert!(after.ends_with('\n'));
    }
}

#[test]
fn a_new_incident_on_a_full_disk_leaves_no_half_made_folder() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("full_disk: cannot mount a tmpfs (not root?); this test needs root, as in CI");
        assert!(std::env::var_os("CI").is_none());
        return;
    };
    let home = Home::new();
    let data = disk.path().join("data");
    assert!(crisis(&home, &data, &["new", "First"]).status.success());
    disk.fill();
    let out = crisis(&home, &data, &["new", "Second"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let left: Vec<_> = fs::read_dir(data.join("incidents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(!left[0].starts_with(".new-"), "{left:?}");
}
