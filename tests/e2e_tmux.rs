//! The real binary in a real terminal: tmux, send keys, read the pane.

mod common;

use common::{Home, Tmux, children, read};

#[test]
fn create_note_search_copy_quit_and_reopen() {
    let home = Home::new();
    let tmux = Tmux::start(&home, 120, 40);
    // tmux takes OSC 52 from the application into its paste buffer.
    tmux.tmux(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.launch("");
    tmux.wait_text("New incident:");
    tmux.type_text("Checkout down");
    tmux.keys(&["Enter"]);
    tmux.wait_text("opened: Checkout down");

    tmux.keys(&["a"]);
    tmux.wait_text("Note:");
    tmux.type_text("called Tim, he is upset");
    tmux.keys(&["Enter"]);
    tmux.wait_text("note: called Tim, he is upset");

    tmux.keys(&["d"]);
    tmux.type_text("client = ACME");
    tmux.keys(&["Enter"]);
    tmux.wait_text("set: client = ACME");

    tmux.keys(&["/"]);
    tmux.type_text("sorry know working");
    tmux.wait_text("/ sorry know working");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("copied");
    assert!(screen.contains("OSC 52"), "{screen}");
    let buffer = tmux.tmux(&["show-buffer"]);
    assert!(
        buffer.contains("Checkout down") && buffer.to_lowercase().contains("sorry"),
        "buffer: {buffer}"
    );
    assert!(
        !buffer.contains("{incident}"),
        "placeholders are filled: {buffer}"
    );

    // Escape then q at once would read as Alt-q; wait for the search box to close.
    tmux.keys(&["Escape"]);
    tmux.wait_text("? help");
    tmux.keys(&["q"]);
    let shell = tmux.wait_text("exit=0");
    assert!(
        shell.contains("before-crisis"),
        "the shell's screen is back:\n{shell}"
    );
    assert!(
        !shell.contains("Timeline") && !shell.contains("Phrasebook"),
        "{shell}"
    );

    tmux.keys(&["C-l"]);
    tmux.launch("");
    let screen = tmux.wait_text("note: called Tim, he is upset");
    assert!(screen.contains("Checkout down (ACME)"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");

    let journal = read(&home.journals()[0]);
    let kinds: Vec<String> = journal
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(kinds, ["opened", "note", "detail_set", "phrase_copied"]);
}

#[test]
fn an_event_logged_from_another_pane_appears_on_the_open_timeline() {
    let home = Home::new();
    let id = home.ok(&["new", "Login slow", "--client", "ACME"]);
    let tmux = Tmux::start(&home, 100, 30);
    tmux.launch("");
    tmux.wait_text("opened: Login slow");
    home.ok(&[
        "log",
        "rolled back the release",
        "--kind",
        "decision",
        "--incident",
        id.trim(),
    ]);
    tmux.wait_text("decision: rolled back the release");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
}

#[test]
fn sigterm_after_a_resize_storm_restores_the_shell_and_keeps_the_draft_note() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let tmux = Tmux::start(&home, 120, 40);
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    for (w, h) in [(20, 5), (1, 1), (300, 100), (60, 20), (2, 50), (120, 40)] {
        tmux.tmux(&["resize-window", "-x", &w.to_string(), "-y", &h.to_string()]);
    }
    tmux.wait_text("opened: Checkout down");
    tmux.keys(&["a"]);
    tmux.type_text("half-written thought");
    tmux.wait_text("half-written thought");
    let shell = tmux.pane_pid();
    let crisis = children(shell)[0];
    signal(crisis, "-TERM");
    let screen = tmux.wait_text("exit=143");
    assert!(
        screen.contains("before-crisis") && !screen.contains("Timeline"),
        "{screen}"
    );
    assert!(read(&home.journals()[0]).contains("\"text\":\"half-written thought\""));
}

#[test]
fn a_broken_user_phrasebook_opens_with_a_warning_and_the_built_in_phrases() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    std::fs::write(
        home.user_phrasebooks().join("team.toml"),
        "lang = \"en\"\n[[phrase]]\nid = \"x\"\ntgs = []\n",
    )
    .unwrap();
    let tmux = Tmux::start(&home, 140, 40);
    tmux.launch("");
    let screen = tmux.wait_text("team.toml:4:1");
    assert!(screen.contains("tgs"), "{screen}");
    tmux.keys(&["/"]);
    tmux.type_text("sorry");
    tmux.wait_text("/ sorry");
    let screen = tmux.wait_for("search results", |s| {
        s.contains("Sorry") || s.contains("sorry for")
    });
    assert!(!screen.contains("no phrase matches"), "{screen}");
    tmux.keys(&["C-c"]);
    tmux.wait_text("exit=0");
}

#[test]
fn sighup_from_a_closed_terminal_restores_the_shell_and_exits_129() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let tmux = Tmux::start(&home, 100, 30);
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    let crisis = children(tmux.pane_pid())[0];
    signal(crisis, "-HUP");
    let screen = tmux.wait_text("exit=129");
    assert!(
        screen.contains("before-crisis") && !screen.contains("Timeline"),
        "{screen}"
    );
}

#[test]
fn sigquit_restores_the_shell_and_sigtstp_stops_until_fg_redraws() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let tmux = Tmux::start(&home, 100, 30);
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    let crisis = children(tmux.pane_pid())[0];
    signal(crisis, "-TSTP");
    tmux.wait_for("the shell back while crisis is stopped", |s| {
        s.contains("before-crisis") && !s.contains("Timeline") && s.contains("Stopped")
    });
    // The shell went on with the line (`exit=147`); `fg` brings the cockpit back, whole.
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_text("opened: Checkout down");
    signal(crisis, "-QUIT");
    // Typed before the shell's prompt is back, the line may be flushed with the terminal's
    // modes: wait for the prompt itself.
    tmux.wait_for("the shell's prompt after SIGQUIT", |s| {
        !s.contains("Timeline")
            && s.lines().rfind(|l| !l.trim().is_empty()).map(str::trim_end) == Some("#")
    });
    tmux.type_text("echo \"after=$?\"");
    tmux.keys(&["Enter"]);
    tmux.wait_text("after=131");
}

/// Sends `name` (`-TERM`, `-TSTP`, …) to the process `pid`.
fn signal(pid: u32, name: &str) {
    let sent = std::process::Command::new("kill")
        .args([name, &pid.to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill {name} {pid}");
}

#[test]
fn the_countdown_turns_soon_at_its_minute_and_u_records_the_promise_it_asks_for() {
    let home = Home::new();
    home.new_incident_at(
        "2026-12-01T09:00:00+01:00",
        "Checkout down",
        &["--severity", "3"],
    );
    let tmux = Tmux::start(&home, 120, 40);
    // SEV3: due at 10:00, warned 12 minutes before (20 % of an hour).
    tmux.launch_with("CRISIS_NOW=2026-12-01T09:49:00+01:00", "");
    tmux.wait_text("client update due in 11 min");
    tmux.keys(&["u"]);
    tmux.wait_text("what was said");
    tmux.type_text("Called Jo, next update at 10:30");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("Next update promised");
    assert!(
        screen.contains("10:30"),
        "the promise in what was said is offered:\n{screen}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_text("next client update in 4");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
    let journal = read(&home.journals()[0]);
    assert!(
        journal.contains(r#""kind":"update_sent","text":"Called Jo, next update at 10:30","next":"2026-12-01T10:30:00+01:00""#),
        "{journal}"
    );
}

#[test]
fn compose_edit_survive_a_crash_copy_and_find_the_exact_text_in_the_journal() {
    let home = Home::new();
    let clip = home.copies_to_a_file();
    home.ok(&["new", "Checkout down", "--client", "ACME"]);
    home.ok(&["set", "contact", "Léa"]);
    home.ok(&["set", "impact", "3/1000"]);
    let tmux = Tmux::start(&home, 120, 40);
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    tmux.keys(&["c"]);
    tmux.wait_text("Compose: email to client");
    // email → status → chat, then into the text.
    tmux.keys(&["Right", "Right"]);
    tmux.wait_text("Compose: chat to client");
    tmux.keys(&["Enter"]);
    tmux.wait_text("editing the text");
    tmux.keys(&["PageDown", "End", "Enter"]);
    tmux.type_text("PS: the workaround link is in the ticket.");
    tmux.wait_text("PS: the workaround link is in the ticket.");
    let draft = home.journals()[0].with_file_name("draft.json");
    common::wait_until("the draft is kept", || {
        std::fs::read_to_string(&draft).is_ok_and(|d| d.contains("in the ticket."))
    });

    // A crash: nothing runs on the way out.
    let crisis = children(tmux.pane_pid())[0];
    signal(crisis, "-KILL");
    tmux.wait_text("exit=137");
    // The killed cockpit left the terminal raw: Enter is a bare CR there, so a newline ends
    // the line that sets it right.
    tmux.type_text("stty sane; clear");
    tmux.keys(&["C-j"]);
    tmux.wait_for("a clean screen", |s| !s.contains("Compose:"));
    tmux.launch("");
    tmux.wait_text("opened: Checkout down");
    tmux.keys(&["c"]);
    let screen = tmux.wait_text("is back");
    assert!(screen.contains("Compose: chat to client"), "{screen}");
    assert!(
        screen.contains("PS: the workaround link is in the ticket."),
        "{screen}"
    );

    tmux.keys(&["y"]);
    tmux.wait_text("recorded as the update sent");
    let sent = read(&clip);
    assert!(
        sent.starts_with("Hi Léa,") || sent.starts_with("Hello Léa,"),
        "{sent}"
    );
    assert!(
        sent.ends_with("PS: the workaround link is in the ticket."),
        "{sent}"
    );
    let journal = read(&home.journals()[0]);
    let text = serde_json::to_string(&sent).unwrap();
    assert!(
        journal.contains(&format!(r#""kind":"update_sent","text":{text},"#))
            && journal.contains(r#""sent_as":"chat to client""#),
        "{journal}"
    );
    assert!(!draft.exists(), "a sent draft is forgotten");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
}

#[test]
fn crisis_open_shows_a_resolved_incident_with_its_details() {
    let home = Home::new();
    let id = home.ok(&["new", "Checkout down"]).trim().to_owned();
    home.ok(&["set", "contact", "Léa"]);
    home.ok(&["resolve"]);
    let tmux = Tmux::start(&home, 120, 40);
    tmux.launch(&format!("open {}", &id[..13]));
    let screen = tmux.wait_text("resolved");
    assert!(screen.contains("Checkout down"), "{screen}");
    assert!(!screen.contains("New incident:"), "{screen}");
    tmux.wait_text("/ to search");
    tmux.keys(&["/"]);
    tmux.wait_text("typing a search");
    tmux.type_text("feedback");
    // The preview fills {contact} from the resolved incident's details.
    tmux.wait_text("Léa has shared their feedback");
    tmux.keys(&["Escape"]);
    tmux.wait_text("? help");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
}

#[test]
fn the_switcher_opens_an_older_incident_and_new_events_go_to_it() {
    let home = Home::new();
    home.new_incident_at(
        "2026-12-01T08:00:00+01:00",
        "Login slow",
        &["--severity", "2"],
    );
    home.new_incident_at("2026-12-01T09:00:00+01:00", "Checkout down", &[]);
    let tmux = Tmux::start(&home, 120, 40);
    tmux.launch_with("CRISIS_NOW=2026-12-01T09:30:00+01:00", "");
    tmux.wait_text("investigating · Checkout down");
    tmux.keys(&["o"]);
    let list = tmux.wait_text("open incidents");
    assert!(list.contains("SEV2 Login slow"), "{list}");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_text("investigating · Login slow");
    tmux.keys(&["a"]);
    tmux.type_text("seen from the switcher");
    tmux.keys(&["Enter"]);
    tmux.wait_text("note: seen from the switcher");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
    let journals = home.journals();
    let login = journals
        .iter()
        .find(|j| j.display().to_string().contains("login-slow"))
        .unwrap();
    assert!(read(login).contains("seen from the switcher"));
}

#[test]
fn esc_keeps_what_was_typed_and_ctrl_c_saves_it_and_a_title_waits_for_the_next_start() {
    let home = Home::new();
    let tmux = Tmux::start(&home, 100, 30);
    tmux.launch("");
    tmux.wait_text("New incident:");
    tmux.type_text("Payments failing for Acme");
    // Esc leaves the first prompt; the title is kept for the next start.
    tmux.keys(&["Escape"]);
    tmux.wait_text("exit=0");
    assert!(home.journals().is_empty(), "no incident yet");
    tmux.launch("");
    tmux.wait_text("the title you typed last time is back");
    tmux.wait_text("New incident: Payments failing for Acme");
    tmux.keys(&["Enter"]);
    tmux.wait_text("opened: Payments failing for Acme");

    tmux.keys(&["a"]);
    tmux.type_text("Lea calls back at 11");
    tmux.keys(&["Escape"]);
    tmux.wait_text("draft kept: a brings it back");
    tmux.keys(&["a"]);
    tmux.wait_text("Note: Lea calls back at 11");
    tmux.keys(&["Escape"]);
    tmux.wait_text("draft kept");
    tmux.keys(&["d"]);
    tmux.type_text("impact = 40 of 900 shops");
    tmux.keys(&["C-c"]);
    tmux.wait_text("exit=0");
    let journal = read(&home.journals()[0]);
    assert!(
        journal.contains(r#""text":"Lea calls back at 11""#),
        "{journal}"
    );
    assert!(
        journal.contains(r#""text":"detail not set: impact = 40 of 900 shops""#),
        "{journal}"
    );
}

#[test]
fn a_french_locale_opens_the_first_incident_in_french() {
    let home = Home::new();
    let tmux = Tmux::start(&home, 100, 30);
    tmux.launch_with("LANG=fr_FR.UTF-8", "");
    tmux.wait_text("Nouvel incident :");
    tmux.type_text("Paiement indisponible");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("ouvert : Paiement indisponible");
    assert!(
        screen.contains("Chronologie") && screen.contains("? aide"),
        "{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
    assert!(read(&home.journals()[0]).contains(r#""lang":"fr""#));
}
