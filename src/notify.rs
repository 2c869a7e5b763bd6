//! Desktop notifications through the freedesktop notification service, over the D-Bus
//! session bus (`notify-rust`, pure Rust): how a late update reaches someone whose terminal
//! is hidden.

/// Sends one notification; an error when there is no session bus or no notification service.
/// Callers stay quiet on an error: the cockpit's own screen already says it.
pub fn send(summary: &str, body: &str) -> Result<(), String> {
    // Without a bus address there is nobody to tell, and asking would only wait.
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none()
        && !std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
    {
        return Err("no D-Bus session bus".into());
    }
    notify_rust::Notification::new()
        .appname("crisis")
        .summary(&crate::text::one_line(summary))
        .body(&crate::text::one_line(body))
        .urgency(notify_rust::Urgency::Critical)
        .show()
        .map(|_| ())
        .map_err(|e| e.to_string())
}
