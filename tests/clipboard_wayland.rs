//! The desktop clipboard under Wayland: a headless sway, read back with wl-paste after crisis
//! exits. sway refuses to run as root, so as root everything runs as `nobody`.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use common::{BIN, have, processes, wait_until};

/// A headless sway with its own runtime folder, stopped on drop.
struct Sway {
    child: Child,
    runtime: tempfile::TempDir,
    home: tempfile::TempDir,
    display: String,
}

fn is_root() -> bool {
    // The owner of /proc/self is the user this test runs as.
    std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false)
}

/// A folder private to the user the Wayland side runs as.
fn private_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if is_root() {
        std::os::unix::fs::chown(dir.path(), Some(65534), Some(65534)).unwrap();
    }
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

impl Sway {
    // The child is waited for in `Drop`, which clippy cannot follow.
    #[allow(clippy::zombie_processes)]
    fn start() -> Sway {
        let runtime = private_dir();
        let home = private_dir();
        let mut sway = Sway::command_in(&runtime, &home, &["sway", "-c", "/dev/null"]);
        sway.env("WLR_BACKENDS", "headless")
            .env("WLR_RENDERER", "pixman")
            .env("WLR_LIBINPUT_NO_DEVICES", "1");
        let child = sway
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut display = String::new();
        let socket = |dir: &Path| {
            std::fs::read_dir(dir)
                .ok()?
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .find(|n| n.starts_with("wayland-") && !n.ends_with(".lock"))
        };
        wait_until("sway's socket", || socket(runtime.path()).is_some());
        display.push_str(&socket(runtime.path()).unwrap_or_default());
        Sway {
            child,
            runtime,
            home,
            display,
        }
    }

    /// A command run as the Wayland user, with a clean environment.
    fn command_in(runtime: &tempfile::TempDir, home: &tempfile::TempDir, argv: &[&str]) -> Command {
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "nobody", "--", "env"]).args(argv);
            c
        } else {
            let mut c = Command::new("env");
            c.args(argv);
            c
        };
        cmd.env_clear()
            .env("PATH", "/usr/sbin:/usr/bin:/sbin:/bin")
            .env("XDG_RUNTIME_DIR", runtime.path())
            .env("HOME", home.path())
            .env("CRISIS_HOME", home.path().join("data"))
            .env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd
    }

    fn run(&self, argv: &[&str]) -> Output {
        let mut cmd = Sway::command_in(&self.runtime, &self.home, argv);
        cmd.env("WAYLAND_DISPLAY", &self.display)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn servers(&self) -> usize {
        processes(
            b"crisis-clipboard\0",
            &format!("XDG_RUNTIME_DIR={}", self.runtime.path().display()),
        )
        .len()
    }
}

impl Drop for Sway {
    fn drop(&mut self) {
        // runuser passes the signal on to sway.
        let _ = self.child.kill();
        let _ = self.child.wait();
        for pid in processes(
            b"sway\0",
            &format!("XDG_RUNTIME_DIR={}", self.runtime.path().display()),
        ) {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
    }
}

#[test]
fn a_copy_under_wayland_still_pastes_after_crisis_exits() {
    if !have("sway") || !have("wl-paste") {
        return;
    }
    let sway = Sway::start();
    // The Wayland user may not reach the build folder (a clone under /root, say): give it a copy.
    let bin = sway.home.path().join("crisis");
    std::fs::copy(BIN, &bin).unwrap();
    if is_root() {
        std::os::unix::fs::chown(&bin, Some(65534), Some(65534)).unwrap();
    }
    let out = sway.run(&[
        bin.to_str().unwrap(),
        "phrases",
        "calm accurate answer",
        "--limit",
        "1",
        "--copy",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("copied to the clipboard (Wayland)"),
        "{stderr}"
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    let pasted = sway.run(&["wl-paste", "-n"]);
    assert_eq!(
        String::from_utf8_lossy(&pasted.stdout),
        printed.trim_end_matches('\n')
    );
    assert_eq!(sway.servers(), 1);

    // Another program takes the clipboard: the serving process leaves.
    // wl-copy forks to serve the text: it must not hold the pipe that `output()` reads.
    let copied = sway.run(&["sh", "-c", "printf other | wl-copy >/dev/null 2>&1"]);
    assert!(
        copied.status.success(),
        "{}",
        String::from_utf8_lossy(&copied.stderr)
    );
    wait_until("the serving process to exit", || sway.servers() == 0);
    assert_eq!(
        String::from_utf8_lossy(&sway.run(&["wl-paste", "-n"]).stdout),
        "other"
    );
}
