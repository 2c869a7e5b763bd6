//! Inside tmux, OSC 52 from a program reaches tmux's clipboard only with `set-clipboard on`:
//! crisis asks tmux, and says when a copy cannot arrive, with the fix.

mod common;

use common::{Home, Tmux, read};

/// The kinds of the events of the home's only journal.
fn kinds(home: &Home) -> Vec<String> {
    read(&home.journals()[0])
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

/// tmux's paste buffers, one line each (none: empty).
fn buffers(tmux: &Tmux) -> String {
    tmux.tmux(&["list-buffers"])
}

#[test]
fn the_cockpit_says_a_copy_tmux_drops_cannot_arrive_and_copies_once_it_is_fixed() {
    let home = Home::new();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    let tmux = Tmux::start(&home, 220, 40);
    // tmux's default, said out loud: it passes on only its own copies.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "external"]);
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    tmux.keys(&["/"]);
    tmux.type_text("sorry know working");
    tmux.wait_text("/ sorry know working");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("the copy cannot reach your clipboard");
    assert!(
        screen.contains(
            "tmux drops OSC 52 while set-clipboard is external; run `tmux set -g \
             set-clipboard on` and add `set -g set-clipboard on` to ~/.tmux.conf"
        ),
        "{screen}"
    );
    assert!(!screen.contains("sent to the terminal"), "{screen}");
    assert_eq!(buffers(&tmux), "");

    // Fixed while the cockpit runs: the next copy asks again, and arrives.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.keys(&["Enter"]);
    tmux.wait_text("sent to the terminal's clipboard through tmux (OSC 52)");
    let buffer = tmux.tmux(&["show-buffer"]);
    assert!(
        buffer.contains("Checkout down") && buffer.to_lowercase().contains("sorry"),
        "buffer: {buffer}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_text("? help");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
    // Only the copy that arrived is on the timeline.
    assert_eq!(kinds(&home), ["opened", "phrase_copied"]);
}

#[test]
fn the_command_line_fails_a_copy_tmux_drops_and_records_nothing() {
    let home = Home::new();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    let tmux = Tmux::start(&home, 220, 40);
    tmux.tmux(&["set-option", "-g", "set-clipboard", "off"]);
    tmux.launch("phrases 'sorry know working' --limit 1 --copy");
    let screen = tmux.wait_for("crisis to exit", |s| {
        s.lines().any(|l| l.starts_with("exit="))
    });
    assert!(screen.lines().any(|l| l == "exit=2"), "{screen}");
    assert!(
        screen.contains(
            "the copy cannot reach your clipboard: tmux drops OSC 52 while set-clipboard is off"
        ),
        "{screen}"
    );
    assert_eq!(buffers(&tmux), "");
    assert_eq!(kinds(&home), ["opened"]);
}
