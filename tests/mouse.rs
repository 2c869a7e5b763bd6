//! The mouse in a real terminal: tmux types the SGR mouse sequences a terminal sends, and the
//! pane's mouse flags say whether the cockpit asked for the mouse.

mod common;

use common::{Home, Tmux, children};

/// What tmux knows of the pane's mouse modes: any mouse event reported, in SGR coordinates.
fn mouse_flags(tmux: &Tmux) -> String {
    tmux.tmux(&[
        "display-message",
        "-p",
        "#{mouse_any_flag}#{mouse_sgr_flag}",
    ])
    .trim()
    .to_owned()
}

/// A press or a turn of the wheel (`button`: 0 left, 64 up, 65 down) at a 0-based cell,
/// as a terminal in SGR mode sends it (1-based); a press is followed by its release.
fn mouse(tmux: &Tmux, button: u8, column: usize, row: usize) {
    let (x, y) = (column + 1, row + 1);
    tmux.type_text(&format!("\x1b[<{button};{x};{y}M"));
    if button < 64 {
        tmux.type_text(&format!("\x1b[<{button};{x};{y}m"));
    }
}

/// The text of the checklist's row `n` (0 = its top border) in `screen`, and the cell
/// where it starts: what the pane draws there after the two columns of its mark.
fn checklist_row(screen: &str, n: usize) -> (String, usize, usize) {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let (top, line) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.iter().collect::<String>().contains("Next actions"))
        .unwrap_or_else(|| panic!("no checklist on\n{screen}"));
    let left = line.iter().rposition(|&c| c == '┌').unwrap();
    let row = &lines[top + n];
    let text: String = row[left + 3..].iter().take_while(|&&c| c != '│').collect();
    (text.trim().to_owned(), left + 3, top + n)
}

#[test]
fn a_click_selects_the_step_under_it_the_wheel_the_next_and_the_mouse_is_given_back() {
    let home = Home::new();
    home.ok(&["new", "Checkout down"]);
    let tmux = Tmux::start(&home, 120, 40);
    assert_eq!(mouse_flags(&tmux), "00", "a shell asks for no mouse");
    tmux.launch("");
    let screen = tmux.wait_text("opened: Checkout down");
    common::wait_until("the cockpit to ask for the mouse", || {
        mouse_flags(&tmux) == "11"
    });
    assert!(!screen.contains("[step: "), "no step filter yet:\n{screen}");

    // The third step (rows: border, first, second, third).
    let (third, column, row) = checklist_row(&screen, 3);
    let (fourth, ..) = checklist_row(&screen, 4);
    assert!(third.len() > 5 && fourth.len() > 5, "{screen}");
    let head = |title: &str| format!("[step: {}", title.chars().take(15).collect::<String>());
    mouse(&tmux, 0, column + 2, row);
    // The phrase list follows the step clicked, and that row is the one highlighted.
    tmux.wait_text(&head(&third));
    let styled = tmux.tmux(&["capture-pane", "-p", "-e"]);
    let clicked = styled.lines().nth(row).unwrap();
    assert!(
        clicked.contains("\x1b[7m") || clicked.contains("\x1b[0;7m"),
        "the clicked row is reversed: {clicked:?}"
    );

    // The wheel down over the checklist moves to the next step.
    mouse(&tmux, 65, column + 2, row);
    tmux.wait_text(&head(&fourth));

    // Stopped, the cockpit gives the mouse back to the terminal, and takes it again on fg.
    let crisis = children(tmux.pane_pid())[0];
    let stopped = std::process::Command::new("kill")
        .args(["-TSTP", &crisis.to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    tmux.wait_text("Stopped");
    assert_eq!(mouse_flags(&tmux), "00");
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_text(&head(&fourth));
    common::wait_until("the mouse again after fg", || mouse_flags(&tmux) == "11");

    tmux.keys(&["q"]);
    // The shell printed the exit status when the cockpit stopped: wait for its prompt.
    tmux.wait_for("the shell's prompt after q", |s| {
        !s.contains("Timeline")
            && s.lines().rfind(|l| !l.trim().is_empty()).map(str::trim_end) == Some("#")
    });
    assert_eq!(mouse_flags(&tmux), "00", "the shell gets the mouse back");
}
