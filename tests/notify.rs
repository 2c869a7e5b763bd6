//! A late update reaches the desktop: the cockpit, in tmux, on a real D-Bus session bus
//! (`dbus-daemon --session`), read with `dbus-monitor`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use common::{Home, Tmux, have, read, wait_until};

/// A private session bus and a monitor of the notification interface, both stopped on drop.
struct Bus {
    daemon: Child,
    monitor: Child,
    address: String,
    log: std::path::PathBuf,
}

impl Bus {
    fn start(dir: &std::path::Path) -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address"])
            .arg(format!("--address=unix:path={}", dir.join("bus").display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_owned();
        let log = dir.join("monitor.log");
        let monitor = Command::new("dbus-monitor")
            .args([
                "--address",
                &address,
                "interface='org.freedesktop.Notifications'",
            ])
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The monitor says it is listening with a NameAcquired signal of its own.
        wait_until("dbus-monitor to listen", || {
            read(&log).contains("NameAcquired")
        });
        Bus {
            daemon,
            monitor,
            address,
            log,
        }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.monitor.kill();
        let _ = self.daemon.kill();
        let _ = (self.monitor.wait(), self.daemon.wait());
    }
}

#[test]
fn a_late_update_sends_one_desktop_notification_over_the_session_bus() {
    if !have("dbus-daemon") || !have("dbus-monitor") {
        return;
    }
    let home = Home::new();
    let bus = Bus::start(home.dir.path());
    home.new_incident_at(
        "2026-12-01T09:00:00+01:00",
        "Checkout down",
        &["--severity", "3"],
    );
    let tmux = Tmux::start(&home, 120, 40);
    // SEV3: due at 10:00, so at 10:30 the update is 30 minutes late.
    let env = format!(
        "CRISIS_NOW=2026-12-01T10:30:00+01:00 DBUS_SESSION_BUS_ADDRESS='{}'",
        bus.address
    );
    tmux.launch_with(&env, "");
    tmux.wait_text("client update late by 30 min");
    wait_until("the Notify call on the bus", || {
        let log = read(&bus.log);
        log.contains("member=Notify") && log.contains("Client update late by 30 min")
    });
    let log = read(&bus.log);
    assert!(log.contains("Checkout down: send an update now"), "{log}");
    assert_eq!(log.matches("member=Notify").count(), 1, "{log}");
    tmux.keys(&["q"]);
    tmux.wait_text("exit=0");
}
