//! The command line as clap sees it: every subcommand, flag and its help, defined once.
//!
//! Clap types stop at `cli`; what is parsed here is turned into domain values there. The help
//! people read comes from the message files (`help.rs` sets it, `cli-about-*`, `cli-arg-*`):
//! the doc comments here say what each field is for, and stay in step with those messages.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::values::{
    parse_audience, parse_channel, parse_lang, parse_severity, parse_stage, parse_status,
};
use crate::incident::{Severity, Status};
use crate::lang::{Lang, Stage};

#[derive(Debug, Parser)]
#[command(
    name = "crisis",
    version,
    about = "A terminal cockpit for crisis communication.",
    long_about = "A terminal cockpit for crisis communication: the incident timeline, the next action, \
and the right sentence in French or English, one key away.\n\nWith no command, opens the cockpit on the \
latest open incident (or asks for a title)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,
    /// The language of the command line's words (en or fr), and of the content a command
    /// makes: a new incident, the phrases, a message, a draft's checks, an impact's sentence
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Open a new incident and print its id
    New {
        /// What is happening, in a few words
        title: String,
        /// The client's name, for {client}
        #[arg(long)]
        client: Option<String>,
        /// 1 (worst) to 4, or SEV1 to SEV4
        #[arg(long, default_value_t = Severity::default(), value_parser = parse_severity)]
        severity: Severity,
    },
    /// Add an event to the latest open incident (or the one named); exits 0 once it is on disk
    Log {
        /// What happened
        text: String,
        /// What kind of event; `update` records a client update sent (restarts the countdown;
        /// a promise in TEXT such as "next update at 14:30" sets the next deadline)
        #[arg(long, value_enum, default_value_t = LogKind::Note)]
        kind: LogKind,
        /// With --kind update: the next update promised, when TEXT does not say it ("14:30",
        /// "2:30 pm", "in 20 min", "dans 20 min")
        #[arg(long, value_name = "WHEN")]
        next: Option<String>,
        /// Incident id or an unambiguous prefix
        #[arg(long)]
        incident: Option<String>,
    },
    /// List open incidents (all with --all), newest first
    List {
        /// Resolved incidents too
        #[arg(long)]
        all: bool,
    },
    /// Open the cockpit on one incident, open or resolved (the next-day follow-ups of a
    /// resolved one keep its details)
    Open {
        /// Incident id or an unambiguous prefix
        id: String,
    },
    /// Reopen a resolved incident: the situation came back (its status is investigating)
    Reopen {
        /// Incident id or an unambiguous prefix (the latest incident by default)
        id: Option<String>,
        #[arg(long, conflicts_with = "id")]
        incident: Option<String>,
    },
    /// Mark an incident resolved (the latest open one by default)
    Resolve {
        /// Incident id or an unambiguous prefix
        id: Option<String>,
        /// The same, as every command that acts on an incident takes it
        #[arg(long, conflicts_with = "id")]
        incident: Option<String>,
    },
    /// Print the incident's status, or set it: investigating, identified, monitoring, resolved
    Status {
        /// The new status (prints the current one when left out)
        #[arg(value_parser = parse_status)]
        status: Option<Status>,
        /// Incident id or an unambiguous prefix (the latest open one by default)
        #[arg(long)]
        incident: Option<String>,
    },
    /// Correct the incident: severity, status, title, started, or a detail (client, contact,
    /// impact, eta, workaround, me); an empty VALUE clears a detail
    Set {
        /// severity, status, title, started, or a detail's name
        key: String,
        /// The new value: `crisis set severity 1`, `crisis set started 09:02`, `crisis set eta ""`
        value: String,
        /// Incident id or an unambiguous prefix (the latest open one by default)
        #[arg(long)]
        incident: Option<String>,
    },
    /// Something to do later ("call Tim for feedback" --at "tomorrow at 10:00"), which comes due
    /// with the same reminders as an update, even after the incident is resolved; with no TEXT,
    /// lists those still to do; --done marks the earliest one done
    #[command(name = "follow-up")]
    FollowUp {
        /// What to do
        #[arg(requires = "at")]
        text: Option<String>,
        /// When: "tomorrow at 10:00", "demain à 10 h", 14:30, "in 2 hours"
        #[arg(long, value_name = "WHEN", requires = "text")]
        at: Option<String>,
        /// Mark the earliest follow-up still to do as done
        #[arg(long, conflicts_with_all = ["text", "at"])]
        done: bool,
        /// List the follow-ups still to do (also what no TEXT does)
        #[arg(long, conflicts_with_all = ["text", "at", "done"])]
        list: bool,
        /// Incident id or an unambiguous prefix (the latest open one by default)
        #[arg(long)]
        incident: Option<String>,
    },
    /// Take back the last event added by mistake (an update, a tick, a detail, a note); the
    /// journal keeps both, and the incident counts neither
    Undo {
        /// Incident id or an unambiguous prefix (the latest open one by default)
        #[arg(long)]
        incident: Option<String>,
    },
    /// When the next client update is due, what set it, and whether it is late (exit 3)
    Cadence {
        #[command(subcommand)]
        action: Option<CadenceCmd>,
        /// Incident id or an unambiguous prefix (the latest open one by default)
        #[arg(long)]
        incident: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write a post-mortem starter (Markdown) or the whole incident (JSON)
    Export {
        /// Incident id or an unambiguous prefix (the latest open one by default)
        id: Option<String>,
        /// The same, as every command that acts on an incident takes it
        #[arg(long, conflicts_with = "id")]
        incident: Option<String>,
        /// md: a post-mortem starter; json: the state and every event
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
        /// Write to this file instead of standard output
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Search the phrasebook and print filled phrases, best first
    Phrases(PhraseArgs),
    /// A whole message for a channel and an audience, from the incident; --copy copies it and
    /// records it as sent (refused while a value is missing)
    Compose(ComposeArgs),
    /// Check a draft's tone against the source texts' advice: blame, non-apologies, vague
    /// impact, promises that cannot hold, a next update already past… Exit 1 on an error
    Lint(LintArgs),
    /// Say an impact right: `crisis impact 3 1000` prints "3 of 1,000 users affected (0.3%);
    /// 99.7% working normally" (`crisis set impact 3/1000` gives it to {impact})
    #[command(allow_negative_numbers = true)]
    Impact {
        /// How many are affected
        affected: String,
        /// How many there are in all
        total: String,
        /// `json`: affected, total, both shares as decimal strings, the sentence in each language
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Share the incidents folder through git: a repository (or the one it is in), a merge
    /// driver that unites journals by event id, private files
    Share {
        #[command(subcommand)]
        action: ShareCmd,
    },
    /// Commit the journals that changed, pull with rebase, push (git's own configuration,
    /// credentials and hooks apply)
    Sync,
    /// Check every journal: torn lines, repeated events, conflicting ones, conflict markers,
    /// newer formats. Exit 0 when healthy, 1 otherwise
    Doctor {
        /// Incident id or an unambiguous prefix (every incident by default)
        #[arg(long)]
        incident: Option<String>,
    },
    /// What git runs to merge two copies of a journal (installed by `crisis share init`)
    MergeDriver {
        /// The common ancestor (unused: a journal only grows)
        base: PathBuf,
        /// Ours, where the merged journal is written
        ours: PathBuf,
        /// Theirs
        theirs: PathBuf,
    },
    /// Validate phrasebook files (the built-in ones when none is given)
    Check {
        /// Phrasebook TOML files
        files: Vec<PathBuf>,
    },
    /// Print shell completions
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Serve the system clipboard until another program takes it (started by crisis itself)
    #[command(name = "__serve-clipboard", hide = true)]
    ServeClipboard,
}

/// `crisis phrases`: what to search, how to print it, whether to copy the first.
#[derive(Debug, Args)]
pub struct PhraseArgs {
    /// Words that must each match, in any order (all phrases when empty)
    pub query: Vec<String>,
    /// Only phrases of this stage (prepare, acknowledge, update, workaround, boundaries,
    /// resolve, follow-up, learn)
    #[arg(long, value_parser = parse_stage)]
    pub stage: Option<Stage>,
    /// How many phrases to print
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Copy the first phrase to the clipboard
    #[arg(long)]
    pub copy: bool,
    /// Fill from (and log the copy on) this incident: id or an unambiguous prefix
    #[arg(long)]
    pub incident: Option<String>,
    /// Print and copy each phrase as one line (lines trimmed and joined by spaces), for
    /// a shell or a chat box that sends on Enter
    #[arg(long)]
    pub one_line: bool,
    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
    /// Add this phrasebook file for this run (may be repeated)
    #[arg(long = "phrasebook", value_name = "FILE")]
    pub phrasebooks: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CadenceCmd {
    /// Print the deadline a text promises (RFC 3339), or exit 1 when it promises none
    Parse {
        /// "next update at 14:30", "dans une demi-heure", …
        #[arg(required = true)]
        text: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Md,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogKind {
    Note,
    Update,
    Contact,
    Decision,
}

#[derive(Debug, Args)]
pub struct ComposeArgs {
    /// email, status, chat or voicemail
    #[arg(long, value_parser = parse_channel)]
    pub channel: crate::present::compose::Channel,
    /// client, users, exec, angry or team
    #[arg(long, value_parser = parse_audience)]
    pub audience: crate::present::compose::Audience,
    /// Compose for this status rather than the incident's: investigating, identified,
    /// monitoring, resolved
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// Incident id or an unambiguous prefix (the latest open one by default)
    #[arg(long)]
    pub incident: Option<String>,
    /// A phrase to use for the part(s) it fills (repeat for several)
    #[arg(long)]
    pub phrase: Vec<String>,
    /// Copy the message and record it as sent
    #[arg(long)]
    pub copy: bool,
    /// `json`: the parts, the phrase of each, the text and what is missing
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum ShareCmd {
    /// Make the incidents folder a git repository (or use the one it is in), install the
    /// journal merge driver; safe to run again
    Init {
        /// The repository the team shares, added as `origin`
        #[arg(long)]
        remote: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    /// Each finding with its line and a caret under it
    Human,
    /// path:line:col:level:rule:message
    Line,
    Json,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// The draft: a file, or - for standard input
    #[arg(default_value = "-")]
    pub file: PathBuf,
    /// Who reads it: client, users, exec, angry or team
    #[arg(long, value_parser = parse_audience, default_value = "client")]
    pub audience: crate::present::compose::Audience,
    /// Where it goes: email, status, chat or voicemail (any, by default)
    #[arg(long, value_parser = parse_channel)]
    pub channel: Option<crate::present::compose::Channel>,
    /// The incident's severity, 1 to 4: a next update further off than its pace is found
    #[arg(long, value_parser = parse_severity)]
    pub severity: Option<Severity>,
    #[arg(long, value_enum, default_value_t = LintFormat::Human)]
    pub format: LintFormat,
    /// Leave out findings below this level: suggestion, warning or error
    #[arg(long, default_value = "suggestion")]
    pub min_level: crate::lint::Level,
    /// Exit 0 whatever is found
    #[arg(long)]
    pub no_exit: bool,
    /// Print the text with every replacement the rules offer made
    #[arg(long)]
    pub fix: bool,
    /// List the rules (with --format json: every field)
    #[arg(long, conflicts_with_all = ["fix", "print_config", "self_test"])]
    pub list_rules: bool,
    /// Which rules are on, at which level, from which file
    #[arg(long, conflicts_with_all = ["fix", "self_test"])]
    pub print_config: bool,
    /// Run every rule's own examples
    #[arg(long, conflicts_with = "fix")]
    pub self_test: bool,
}
