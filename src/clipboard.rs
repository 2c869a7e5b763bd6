//! Putting text on the user's clipboard: the desktop's, the terminal's, or a command's.
//!
//! On X11 and Wayland the clipboard is served by the process that set it, and is gone when it
//! exits. So the system clipboard is handed to a small child process (this binary, run as
//! `crisis-clipboard`) that serves the text until another program takes the clipboard. The
//! parent returns only once the child has read the text back, so a paste right after a copy
//! never gets the old text. OSC 52 asks the terminal itself to set the clipboard, which is what
//! works over SSH, and inside tmux when its `set-clipboard` is `on` (crisis asks it, see
//! `outcome.rs`): the escape sequence travels with the rest of the output.

use std::fs::OpenOptions;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::execute;

use crate::config::ClipboardChoice;

mod failure;
mod outcome;

pub use failure::{ClipboardError, CommandFailed, Why};
pub use outcome::{Fallback, Outcome, TMUX_FIX, Tmux};

/// The hidden subcommand that serves the clipboard.
pub const SERVE_COMMAND: &str = "__serve-clipboard";
/// The serving child's name: its argv[0] (`ps -ef`, `top -c`) and, cut by the kernel to 15
/// bytes, `crisis-clipboar`, its comm (`ps -e`, `top`).
pub const PROCESS_NAME: &std::ffi::CStr = c"crisis-clipboard";
/// How long a serving child may take to own the clipboard before the copy counts as failed.
const READY_WITHIN: Duration = Duration::from_secs(3);

/// Where OSC 52 goes: the cockpit owns the terminal on stdout; the command line may be piped,
/// so it writes to the controlling terminal instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminal {
    Stdout,
    Tty,
}

/// The environment that decides `auto`, read once by the caller.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub wayland: bool,
    pub x11: bool,
    /// Inside tmux or screen, or over SSH: the terminal's clipboard is the one the user sees.
    pub remote_or_mux: bool,
}

impl Env {
    pub fn from_process() -> Env {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Env {
            wayland: set("WAYLAND_DISPLAY"),
            x11: set("DISPLAY"),
            remote_or_mux: set("TMUX") || set("STY") || set("SSH_CONNECTION") || set("SSH_TTY"),
        }
    }

    /// arboard tries Wayland first when both are set.
    fn system_name(&self) -> &'static str {
        if self.wayland { "Wayland" } else { "X11" }
    }
}

/// How to copy, decided from config and environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Provider {
    /// The desktop clipboard, and OSC 52 too when `also_osc52` (tmux or SSH on a desktop).
    System {
        name: &'static str,
        also_osc52: bool,
    },
    Osc52,
    /// A program the user configured, which gets the text on its standard input.
    Program(String),
}

pub fn provider(
    choice: ClipboardChoice,
    command: Option<&str>,
    env: &Env,
) -> Result<Provider, ClipboardError> {
    let system = Provider::System {
        name: env.system_name(),
        also_osc52: env.remote_or_mux,
    };
    match choice {
        ClipboardChoice::Auto if env.wayland || env.x11 => Ok(system),
        ClipboardChoice::Auto | ClipboardChoice::Osc52 => Ok(Provider::Osc52),
        ClipboardChoice::System => Ok(system),
        ClipboardChoice::Program => command
            .filter(|c| !c.trim().is_empty())
            .map(|c| Provider::Program(c.to_owned()))
            .ok_or(ClipboardError::NoCommand),
    }
}

/// A copy once its slow part (a serving child, a command, asking tmux) is done, and whether the
/// terminal must still be sent the text with OSC 52: that part writes to the terminal, so the
/// cockpit does it on its own thread, between two frames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    /// Where the copy went, once the OSC 52 part (if any) is written.
    pub outcome: Outcome,
    /// The text must still go to the terminal's clipboard.
    pub osc52: bool,
}

impl Placed {
    /// Where the copy went once OSC 52 was `written`, or could not be.
    pub fn sent(self, written: Result<(), ClipboardError>) -> Result<Outcome, ClipboardError> {
        match (written, self.outcome) {
            (Ok(()), outcome) => Ok(outcome),
            (Err(_), Outcome::System { name, .. }) => Ok(Outcome::System {
                name,
                terminal: false,
            }),
            // Only the terminal was to get it: without one, the copy failed, for both reasons.
            (
                Err(ClipboardError::NoTerminal(terminal)),
                Outcome::Osc52 {
                    fallback: Some(system),
                    ..
                },
            ) => Err(ClipboardError::Both { system, terminal }),
            (Err(e), _) => Err(e),
        }
    }
}

/// The slow part of a copy: the desktop's clipboard through a serving child, or a command;
/// inside tmux, whether tmux passes OSC 52 on. With `auto`, a failing system clipboard falls
/// back to OSC 52.
pub fn place(
    text: &str,
    provider: &Provider,
    choice: ClipboardChoice,
) -> Result<Placed, ClipboardError> {
    let outcome = match provider {
        Provider::Osc52 => Outcome::Osc52 {
            tmux: Tmux::Outside,
            fallback: None,
        },
        Provider::Program(command) => {
            pipe_to_program(command, text)?;
            Outcome::Program(command.clone())
        }
        Provider::System { name, also_osc52 } => match serve_in_background(text) {
            Ok(()) => Outcome::System {
                name,
                terminal: *also_osc52,
            },
            Err(ClipboardError::System(why)) if choice == ClipboardChoice::Auto => Outcome::Osc52 {
                tmux: Tmux::Outside,
                fallback: Some(Fallback { name, why }),
            },
            Err(e) => return Err(e),
        },
    };
    let outcome = outcome.through_tmux(outcome::inside_tmux(), outcome::tmux_set_clipboard);
    Ok(Placed {
        osc52: outcome.needs_osc52(),
        outcome,
    })
}

/// Copies `text` and says where it went: [`place`], then OSC 52 to `terminal` when it is
/// needed.
pub fn copy(
    text: &str,
    provider: &Provider,
    choice: ClipboardChoice,
    terminal: Terminal,
) -> Result<Outcome, ClipboardError> {
    let placed = place(text, provider, choice)?;
    if placed.osc52 {
        let written = osc52_to(terminal, text);
        placed.sent(written)
    } else {
        Ok(placed.outcome)
    }
}

/// Sends `text` to the terminal's clipboard with OSC 52 on `out`.
pub fn osc52(out: &mut impl Write, text: &str) -> io::Result<()> {
    execute!(out, CopyToClipboard::to_clipboard_from(text))
}

pub fn osc52_to(terminal: Terminal, text: &str) -> Result<(), ClipboardError> {
    match terminal {
        Terminal::Stdout => osc52(&mut io::stdout(), text),
        Terminal::Tty => OpenOptions::new()
            .write(true)
            .open("/dev/tty")
            .and_then(|mut tty| osc52(&mut tty, text)),
    }
    .map_err(ClipboardError::NoTerminal)
}

fn pipe_to_program(command: &str, text: &str) -> Result<(), ClipboardError> {
    let fail = |why| ClipboardError::Command {
        command: command.to_owned(),
        why,
    };
    // Programs like wl-copy fork to serve the text and keep whatever output they were given
    // open: reading it would wait for them, so only the command's own exit is waited for.
    let mut sh = Command::new("sh");
    sh.args(["-c", command])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child =
        spawn_with_input(&mut sh, text).map_err(|e| fail(CommandFailed::NotStarted(e)))?;
    let status = child
        .wait()
        .map_err(|e| fail(CommandFailed::NotStarted(e)))?;
    if status.success() {
        Ok(())
    } else {
        Err(fail(CommandFailed::Exited(status.code())))
    }
}

/// Starts `command` and writes `text` to its standard input, then closes it.
fn spawn_with_input(command: &mut Command, text: &str) -> io::Result<std::process::Child> {
    let mut child = command.stdin(Stdio::piped()).spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(text.as_bytes()) {
            // The program stopped reading (or never started): its exit status says why.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }
    Ok(child)
}

/// Starts the serving child and waits until it owns the clipboard.
fn serve_in_background(text: &str) -> Result<(), ClipboardError> {
    let fail = |e: io::Error| ClipboardError::System(Why::NoChild(e.kind()));
    let exe = std::env::current_exe().map_err(fail)?;
    let mut server = Command::new(exe);
    server
        .arg0(std::ffi::OsStr::from_bytes(PROCESS_NAME.to_bytes()))
        .arg(SERVE_COMMAND)
        // Its own process group: Ctrl-C in the shell or the cockpit quitting does not end it.
        .process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = spawn_with_input(&mut server, text).map_err(fail)?;
    let mut line = String::new();
    if let Some(stdout) = child.stdout.take() {
        let _ = BufReader::new(stdout).read_line(&mut line);
    }
    // A long-running cockpit reaps its children; the thread ends when the child does.
    let _ = std::thread::Builder::new()
        .name("crisis-reaper".into())
        .spawn(move || child.wait());
    match line.trim() {
        "ready" => Ok(()),
        other => Err(ClipboardError::System(Why::read(other))),
    }
}

/// The serving child: reads the text on stdin, owns the clipboard, says "ready" once the text
/// reads back, then serves it until another program takes the clipboard or the display goes.
pub fn serve() -> u8 {
    name_this_process(PROCESS_NAME);
    // Closing the terminal that started the copy must not clear the clipboard.
    for signal in [signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        let _ = signal_hook::flag::register(
            signal,
            std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
        );
    }
    let mut text = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut text) {
        println!("{}", Why::Said(e.to_string()).line());
        return 1;
    }
    let (done_tx, done_rx) = mpsc::channel();
    let served = text.clone();
    let spawned = std::thread::Builder::new()
        .name("serve".into())
        .spawn(move || {
            use arboard::SetExtLinux;
            let result = arboard::Clipboard::new().and_then(|mut c| c.set().wait().text(served));
            let _ = done_tx.send(result.map_err(|e| Why::of(&e)));
        });
    if let Err(e) = spawned {
        println!("{}", Why::Said(e.to_string()).line());
        return 1;
    }
    let deadline = Instant::now() + READY_WITHIN;
    let holds_text = || {
        arboard::Clipboard::new()
            .and_then(|mut c| c.get_text())
            .is_ok_and(|t| t == text)
    };
    loop {
        if let Ok(result) = done_rx.try_recv() {
            // A clipboard manager may take ownership at once, keeping the same text: a success.
            if result.is_ok() && holds_text() {
                println!("ready");
                return 0;
            }
            let why = result.err().unwrap_or(Why::TakenAtOnce);
            println!("{}", why.line());
            return 1;
        }
        if holds_text() {
            break;
        }
        if Instant::now() > deadline {
            println!("{}", Why::NotInTime.line());
            return 1;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    println!("ready");
    let _ = io::stdout().flush();
    loop {
        match done_rx.recv_timeout(Duration::from_secs(2)) {
            Err(mpsc::RecvTimeoutError::Timeout) => {
                // On X11 the wait never ends if the server dies; a failed connection says it did.
                if arboard::Clipboard::new().is_err() {
                    return 0;
                }
            }
            _ => return 0,
        }
    }
}

/// Sets the kernel's name of this process (its comm), which exec set to the binary's.
fn name_this_process(name: &std::ffi::CStr) {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_NAME reads a NUL-terminated string from a pointer valid for the call
    // (the kernel copies at most 16 bytes); the other arguments are unused.
    let _ = unsafe {
        libc::prctl(
            libc::PR_SET_NAME,
            name.as_ptr(),
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        )
    };
    #[cfg(not(target_os = "linux"))]
    let _ = name;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_writes_the_base64_sequence() {
        let mut out = Vec::new();
        osc52(&mut out, "désolé").unwrap();
        let seq = String::from_utf8(out).unwrap();
        assert_eq!(seq, "\u{1b}]52;c;ZMOpc29sw6k=\u{1b}\\");
    }

    #[test]
    fn auto_picks_the_desktop_when_there_is_one_and_osc52_otherwise() {
        let desktop = Env {
            x11: true,
            ..Env::default()
        };
        let ssh = Env {
            remote_or_mux: true,
            ..Env::default()
        };
        let both = Env {
            wayland: true,
            x11: true,
            remote_or_mux: true,
        };
        let auto = ClipboardChoice::Auto;
        assert_eq!(
            provider(auto, None, &desktop).unwrap(),
            Provider::System {
                name: "X11",
                also_osc52: false
            }
        );
        assert_eq!(provider(auto, None, &ssh).unwrap(), Provider::Osc52);
        assert_eq!(
            provider(auto, None, &both).unwrap(),
            Provider::System {
                name: "Wayland",
                also_osc52: true
            }
        );
        assert_eq!(
            provider(ClipboardChoice::Osc52, None, &desktop).unwrap(),
            Provider::Osc52
        );
    }

    #[test]
    fn a_command_that_leaves_a_server_behind_does_not_hold_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("clip");
        // Like wl-copy: the command returns while a child of it lives on with its output.
        let cmd = format!("cat > '{}'; (sleep 30 &)", out.display());
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let said = copy(
                "hi",
                &Provider::Program(cmd),
                ClipboardChoice::Program,
                Terminal::Tty,
            );
            let _ = tx.send(said.map_err(|e| e.to_string()));
        });
        let said = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("the copy returns without waiting for the server");
        assert!(said.is_ok(), "{said:?}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "hi");
    }

    #[test]
    fn the_command_provider_needs_a_command_and_reports_failures() {
        assert!(matches!(
            provider(ClipboardChoice::Program, None, &Env::default()),
            Err(ClipboardError::NoCommand)
        ));
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("clip");
        let cmd = format!("cat > {}", out.display());
        let said = copy(
            "hello\nworld",
            &Provider::Program(cmd),
            ClipboardChoice::Program,
            Terminal::Tty,
        )
        .unwrap();
        assert!(matches!(&said, Outcome::Program(c) if c.starts_with("cat >")));
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "hello\nworld");
        // A megabyte the command never reads: the write meets a closed pipe, the status still tells.
        let err = copy(
            &"x".repeat(1 << 20),
            &Provider::Program("exit 3".into()),
            ClipboardChoice::Program,
            Terminal::Tty,
        )
        .unwrap_err();
        assert!(err.to_string().ends_with("it exited with code 3"), "{err}");
    }
}
