//! crisis: a terminal cockpit for crisis communication.
//!
//! Layers, from the bottom up (ARCHITECTURE.md has the map, `tests/layering.rs` enforces it):
//! the floor (`lang`, `text`, `clock`), the domain (`incident`, `phrasebook`, `playbook`),
//! `present` where incident and content meet, the edges (`config`, `clipboard`), and the two
//! clients, `cli` and `tui`. An arrow only points down.

pub mod clock;
pub mod i18n;
pub mod lang;
pub mod text;

pub mod incident;
pub mod phrasebook;
pub mod playbook;

pub mod cadence;
pub mod lint;
pub mod present;

pub mod clipboard;
pub mod config;
pub mod notify;
pub mod share;

pub mod cli;
pub mod tui;
