//! The desktop clipboard under a real X server (Xvfb), read back with xclip after crisis exits.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Home, Tmux, have, patience, wait_until};

/// An X server on a free display, stopped on drop.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    // The child is waited for in `Drop`, which clippy cannot follow.
    #[allow(clippy::zombie_processes)]
    fn start() -> Xvfb {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("display");
        // -displayfd picks a free display and writes its number on fd 3.
        let mut child = Command::new("sh")
            .args([
                "-c",
                "exec Xvfb -displayfd 3 -nolisten tcp -screen 0 320x200x24 3>\"$1\"",
                "sh",
                file.to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + patience();
        loop {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            // The number is written once the server listens; a connection that goes through
            // is the proof (twice in a full run, crisis' first one was refused without it).
            let socket = format!("/tmp/.X11-unix/X{}", text.trim());
            if text.ends_with('\n') && std::os::unix::net::UnixStream::connect(&socket).is_ok() {
                return Xvfb {
                    child,
                    display: format!(":{}", text.trim()),
                };
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("Xvfb did not start");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Runs xclip; when it sets the clipboard it forks to serve it, so its output is not read.
    fn xclip(&self, args: &[&str], input: Option<&str>) -> String {
        let mut child = Command::new("xclip")
            .args(args)
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(if input.is_some() {
                Stdio::null()
            } else {
                Stdio::piped()
            })
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if let Some(text) = input {
            std::io::Write::write_all(&mut child.stdin.take().unwrap(), text.as_bytes()).unwrap();
        }
        drop(child.stdin.take());
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    }

    /// `crisis phrases QUERY --copy` on this display; it must succeed.
    fn copy_first(&self, home: &Home, query: &str) -> std::process::Output {
        // `output()` waits for the end of stdout: a serving child holding it would hang here.
        let out = home
            .command()
            .env("DISPLAY", &self.display)
            .args(["phrases", query, "--limit", "1", "--copy"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn clipboard(&self) -> String {
        self.xclip(&["-o", "-selection", "clipboard"], None)
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serving processes started from this test's home. Not by display: a display number freed
/// by one test's Xvfb can be reused by another's while the first test's server is leaving.
fn servers(home: &Home) -> usize {
    let env = format!("CRISIS_HOME={}", home.data().display());
    common::processes(b"crisis-clipboard\0", &env).len()
}

#[test]
fn a_copy_from_the_command_line_still_pastes_after_crisis_exits() {
    if !have("Xvfb") || !have("xclip") {
        return;
    }
    let x = Xvfb::start();
    let home = Home::new();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    let out = x.copy_first(&home, "calm accurate answer");
    let printed = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("copied to the clipboard (X11)"), "{stderr}");
    assert_eq!(x.clipboard(), printed.trim_end_matches('\n'));
    assert_eq!(servers(&home), 1);

    // Another program takes the clipboard: the serving process leaves.
    x.xclip(&["-selection", "clipboard"], Some("something else"));
    wait_until("the serving process to exit", || servers(&home) == 0);
    assert_eq!(x.clipboard(), "something else");
}

#[test]
fn the_serving_process_is_named_crisis_clipboard_in_ps_and_top() {
    if !have("Xvfb") || !have("xclip") {
        return;
    }
    let x = Xvfb::start();
    let home = Home::new();
    x.copy_first(&home, "calm accurate answer");
    let env = format!("CRISIS_HOME={}", home.data().display());
    let [pid] = common::processes(b"", &env)[..] else {
        panic!("one process from this home, the serving one")
    };
    let proc = |file: &str| std::fs::read(format!("/proc/{pid}/{file}")).unwrap();
    // `ps -e` and `top` show the kernel's name, cut to 15 bytes; `ps -ef` and `top -c` argv.
    assert_eq!(
        String::from_utf8(proc("comm")).unwrap(),
        "crisis-clipboar\n"
    );
    let cmdline = proc("cmdline");
    let argv: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
    assert_eq!(argv[..2], [&b"crisis-clipboard"[..], b"__serve-clipboard"]);
    x.xclip(&["-selection", "clipboard"], Some("something else"));
    wait_until("the serving process to exit", || servers(&home) == 0);
}

#[test]
fn the_serving_process_leaves_when_the_x_server_dies() {
    if !have("Xvfb") || !have("xclip") {
        return;
    }
    let mut x = Xvfb::start();
    let home = Home::new();
    x.copy_first(&home, "calm accurate answer");
    assert_eq!(servers(&home), 1);
    x.child.kill().unwrap();
    x.child.wait().unwrap();
    wait_until("the serving process to notice", || servers(&home) == 0);
}

#[test]
fn a_dead_display_falls_back_to_osc52_in_auto_mode() {
    let home = Home::new();
    let out = home
        .command()
        .env("DISPLAY", ":999")
        .args(["phrases", "calm accurate answer", "--limit", "1", "--copy"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // With no terminal either (as under `cargo test`), the error says so instead of hanging.
    assert!(stderr.contains("OSC 52"), "{stderr}");
}

#[test]
fn a_copy_from_the_cockpit_still_pastes_after_it_quits() {
    if !have("Xvfb") || !have("xclip") || !have("tmux") {
        return;
    }
    let x = Xvfb::start();
    let home = Home::new();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    let tmux = Tmux::start(&home, 120, 40);
    tmux.launch_with(&format!("DISPLAY={}", x.display), "");
    tmux.wait_text("opened: Checkout down");
    tmux.keys(&["/"]);
    tmux.type_text("thank patience");
    tmux.wait_text("/ thank patience");
    tmux.keys(&["Enter"]);
    tmux.wait_text("copied to the clipboard (X11)");
    tmux.keys(&["Escape"]);
    tmux.wait_text("? help");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
    let pasted = x.clipboard();
    assert!(
        pasted.to_lowercase().contains("patience") && !pasted.contains('{'),
        "{pasted}"
    );
    let journal = common::read(&home.journals()[0]);
    assert!(journal.contains("phrase_copied"));
}
