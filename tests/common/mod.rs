//! Helpers shared by the integration tests: a private home, the binary, and a private tmux.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_crisis");

/// A temporary HOME, data root and config folder, so tests never touch the user's files.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// Where user phrasebooks go (`$XDG_CONFIG_HOME/crisis/phrasebook`).
    pub fn user_phrasebooks(&self) -> PathBuf {
        let dir = self.config().join("crisis/phrasebook");
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    pub fn envs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("HOME", self.dir.path().display().to_string()),
            ("CRISIS_HOME", self.data().display().to_string()),
            ("XDG_CONFIG_HOME", self.config().display().to_string()),
            (
                "XDG_CACHE_HOME",
                self.dir.path().join("cache").display().to_string(),
            ),
            ("USER", "sam".into()),
        ]
    }

    pub fn command(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.envs(self.envs())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("TMUX")
            // English, whatever the machine's locale: the command line speaks the locale's
            // language (tests/cli_lang.rs sets a French one).
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "crisis {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Sets the clipboard to a program that writes the text to a file, and returns that file.
    pub fn copies_to_a_file(&self) -> PathBuf {
        let clip = self.dir.path().join("clip");
        let config = self.config().join("crisis");
        std::fs::create_dir_all(&config).unwrap();
        let text = format!(
            "clipboard = \"command\"\nclipboard_command = \"cat > '{}'\"\n",
            clip.display()
        );
        std::fs::write(config.join("config.toml"), text).unwrap();
        clip
    }

    /// `crisis ARGS…` with the clock at `at` (RFC 3339); it must succeed.
    pub fn ok_at(&self, at: &str, args: &[&str]) -> Output {
        let out = self
            .command()
            .env("CRISIS_NOW", at)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Opens an incident with the clock at `at` (RFC 3339): `crisis new TITLE ARGS…`.
    pub fn new_incident_at(&self, at: &str, title: &str, args: &[&str]) {
        let args: Vec<&str> = ["new", title].iter().chain(args).copied().collect();
        self.ok_at(at, &args);
    }

    /// The journals under the data root.
    pub fn journals(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(self.data().join("incidents"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .filter(|e| e.path().is_dir())
                    .map(|e| e.path().join("journal.jsonl"))
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        found
    }
}

/// How long to wait for the screen; longer on CI.
pub fn patience() -> Duration {
    let secs = std::env::var("CRISIS_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(if std::env::var_os("CI").is_some() {
            30
        } else {
            10
        });
    Duration::from_secs(secs)
}

/// A private tmux server with one pane running a plain shell.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn start(home: &Home, width: u16, height: u16) -> Tmux {
        assert!(
            Command::new("tmux")
                .arg("-V")
                .output()
                .is_ok_and(|o| o.status.success()),
            "these tests drive the real binary in tmux: install it (apt-get install tmux)"
        );
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let tmux = Tmux {
            socket: format!("crisis-test-{}-{n}", std::process::id()),
        };
        let mut args: Vec<String> = vec![
            "-f".into(),
            "/dev/null".into(),
            "new-session".into(),
            "-d".into(),
        ];
        args.extend([
            "-x".into(),
            width.to_string(),
            "-y".into(),
            height.to_string(),
        ]);
        for (k, v) in home.envs() {
            args.extend(["-e".into(), format!("{k}={v}")]);
        }
        args.extend([
            "-e".into(),
            "DISPLAY=".into(),
            "-e".into(),
            "WAYLAND_DISPLAY=".into(),
            // The command line in English, as `Home::command` runs it.
            "-e".into(),
            "LANG=C.UTF-8".into(),
            "-e".into(),
            "LC_ALL=".into(),
            "-e".into(),
            "LC_MESSAGES=".into(),
        ]);
        args.extend(["-e".into(), "PS1=$ ".into(), "sh".into()]);
        tmux.tmux(&args.iter().map(String::as_str).collect::<Vec<_>>());
        tmux.tmux(&["set-option", "-g", "remain-on-exit", "on"]);
        tmux
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types literal text (no key names).
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    /// Sends key names: "Enter", "Escape", "C-c", "q".
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.tmux(&args);
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Waits until `check` holds for the screen; panics with the last screen otherwise.
    pub fn wait_for(&self, what: &str, check: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + patience();
        loop {
            let screen = self.screen();
            if check(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Starts the binary in the shell of the pane, after a marker line.
    pub fn launch(&self, args: &str) {
        self.launch_with("", args);
    }

    /// Like [`launch`](Self::launch), with shell assignments such as `DISPLAY=:5` before it.
    pub fn launch_with(&self, env: &str, args: &str) {
        self.type_text(&format!(
            "echo before-crisis; {env} '{BIN}' {args}; echo \"exit=$?\""
        ));
        self.keys(&["Enter"]);
    }

    /// The pane's process id, to send it signals.
    pub fn pane_pid(&self) -> u32 {
        self.tmux(&["display-message", "-p", "#{pane_pid}"])
            .trim()
            .parse()
            .unwrap()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// The child processes of `pid` (one level), from /proc.
pub fn children(pid: u32) -> Vec<u32> {
    let path = format!("/proc/{pid}/task/{pid}/children");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .collect()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// True when the tool is here; on CI (which installs it) a missing tool is a failure.
pub fn have(tool: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing: .ci/run installs it"
        );
        eprintln!("skipping: {tool} is not installed (.ci/run lists the packages)");
    }
    found
}

/// Waits until `check` holds, or fails the test naming `what`.
pub fn wait_until(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + patience();
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Processes whose command line starts with `cmdline` and whose environment holds `env`
/// (`NAME=value`), from /proc.
pub fn processes(cmdline: &[u8], env: &str) -> Vec<u32> {
    let wanted = format!("{env}\0");
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let cmd = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if cmd.starts_with(cmdline)
            && environ
                .windows(wanted.len())
                .any(|w| w == wanted.as_bytes())
        {
            found.push(pid);
        }
    }
    found
}

/// A fixed local time on the tests' incident day, "09:02" → 2026-11-24 09:02 +01:00.
pub fn at(hm: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(&format!("2026-11-24T{hm}:00+01:00")).unwrap()
}

/// Every `.rs` file below `dir`, for the tests that read the source.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
