//! crisis: a terminal cockpit for crisis communication.
//!
//! The domain (`incident`, `phrasebook`, `playbook`, `export`, `config`) knows nothing of the
//! terminal; `tui` and `cli` are its two clients.

pub mod cli;
pub mod clipboard;
pub mod config;
pub mod export;
pub mod incident;
pub mod phrasebook;
pub mod playbook;
pub mod sanitize;
pub mod tui;
