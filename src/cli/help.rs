//! The command line's own help in the user's language. Clap has no translations, so the
//! `Command` clap derives is built (its help flags, help subcommands and global `--lang`
//! added everywhere), then walked, and every text set from the message files: a command's
//! `cli-about-<path>`, an argument's `cli-arg-<path>-<arg>`, the headings, the defaults.
//! English comes from the files too, so both languages say the same things.

use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use super::lang;
use crate::i18n;
use crate::lang::Lang;
use crate::tr;

/// The command line as clap parses it, every help text in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    localize(cmd, "", lang)
}

/// The process's arguments parsed; help, version and usage errors are printed in the language
/// chosen before parsing (`--lang`, else config's, else the locale's), and end the process.
pub fn parse() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let chosen = lang::chosen(lang::flag_in(&args), lang::configured(), lang::locale());
    lang::speak(chosen);
    let matches = command(chosen)
        .try_get_matches_from(&args)
        .unwrap_or_else(|e| super::usage::exit(e, chosen));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| super::usage::exit(e, chosen))
}

/// The message that describes a command: `cli-about` for crisis itself, `cli-about-share-init`
/// for `crisis share init`; clap's own `help` subcommand is one message wherever it is
/// (`join` names it `help` under any command).
fn about_id(path: &str) -> String {
    match path {
        "" => "cli-about".to_owned(),
        p => format!("cli-about-{p}"),
    }
}

/// The message that describes an argument: `cli-arg-new-client`; the global `--lang` and the
/// help and version flags have one message each.
fn arg_id(path: &str, arg: &Arg) -> String {
    let name = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() || path.is_empty() || matches!(name.as_str(), "help" | "version") {
        return format!("cli-arg-{name}");
    }
    format!("cli-arg-{path}-{name}")
}

/// The message that names a value in the usage: `cli-value-title` for `<TITLE>`.
fn value_id(name: &str) -> String {
    format!("cli-value-{}", name.to_lowercase().replace('_', "-"))
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() || name == "help" {
        name.to_owned()
    } else {
        format!("{path}-{name}")
    }
}

/// Every message the help of `cmd` (built) needs, for the tests: commands and arguments.
#[cfg(test)]
fn ids(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(about_id(path));
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        out.push(arg_id(path, arg));
        if arg.get_action().takes_values() {
            let names = arg.get_value_names().unwrap_or_default();
            out.extend(names.iter().map(|n| value_id(n)));
        }
    }
    // Below clap's `help` subcommand are only the names of the commands it can describe.
    if path == "help" {
        return;
    }
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        ids(sub, &join(path, sub.get_name()), out);
    }
}

fn localize(mut cmd: Command, path: &str, lang: Lang) -> Command {
    let about = i18n::message(lang, &about_id(path), None);
    cmd = cmd.about(about).long_about(None::<&str>);
    if path.is_empty() {
        cmd = cmd.long_about(tr!(lang, "cli-about-long"));
    }
    // Every argument under a heading of ours: clap's own say "Arguments" and "Options".
    let (arguments, options) = (
        heading(lang, "cli-help-arguments"),
        heading(lang, "cli-help-options"),
    );
    let args: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    for id in args {
        cmd = cmd.mut_arg(id, |mut a| {
            let help = described(&a, &arg_id(path, &a), lang);
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            let names: Vec<&'static str> = a
                .get_value_names()
                .unwrap_or_default()
                .iter()
                .map(|n| kept(i18n::message(lang, &value_id(n), None)))
                .collect();
            if !names.is_empty() && a.get_action().takes_values() {
                a = a.value_names(names);
            }
            a.help(help)
                .long_help(None::<&str>)
                .help_heading(*heading)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    let usage = tr!(lang, "cli-help-usage");
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(heading(lang, "cli-help-commands"))
        .subcommand_value_name(kept(tr!(lang, "cli-help-command-value")));
    if path == "help" {
        return cmd;
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        let path = join(path, &name);
        cmd = cmd.mut_subcommand(name, |s| localize(s, &path, lang));
    }
    cmd
}

/// A heading as clap writes it, "{heading}:": French puts a space before the colon.
fn heading(lang: Lang, id: &str) -> &'static str {
    let said = i18n::message(lang, id, None);
    kept(match lang {
        Lang::Fr => format!("{said} "),
        Lang::En => said,
    })
}

/// Clap takes headings and value names for the life of the process (without its `string`
/// feature): a few short words, built once per run.
fn kept(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// An argument's help, its default and possible values said after it as clap would, in `lang`.
fn described(arg: &Arg, id: &str, lang: Lang) -> String {
    let mut help = i18n::message(lang, id, None);
    if !arg.get_action().takes_values() {
        return help;
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(", ");
        help.push(' ');
        help.push_str(&tr!(lang, "cli-help-default", value = value));
    }
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        let values = values.join(", ");
        help.push(' ');
        help.push_str(&tr!(lang, "cli-help-values", values = values));
    }
    help
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    fn help(lang: Lang, path: &[&str]) -> String {
        let mut cmd = command(lang);
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap().clone();
        }
        cmd.render_help().to_string()
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut cmd = Cli::command();
        cmd.build();
        let mut wanted = Vec::new();
        ids(&cmd, "", &mut wanted);
        assert!(wanted.len() > 80, "only {} texts found", wanted.len());
        assert!(wanted.contains(&"cli-arg-new-client".to_owned()));
        assert!(wanted.contains(&"cli-about-share-init".to_owned()));
        assert!(wanted.contains(&"cli-value-when".to_owned()));
        let mut missing = Vec::new();
        for lang in Lang::iter() {
            for id in &wanted {
                if !i18n::has(lang, id) {
                    missing.push(format!("{lang}: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "help missing:\n{}", missing.join("\n"));
    }

    #[test]
    fn the_help_speaks_french_with_french_headings() {
        let top = help(Lang::Fr, &[]);
        assert!(top.contains("Utilisation : crisis"), "{top}");
        assert!(top.contains("Commandes :"), "{top}");
        assert!(top.contains("Options :"), "{top}");
        for english in ["Usage", "Commands:", "Print help", "Print this message"] {
            assert!(!top.contains(english), "{english} in:\n{top}");
        }
        let new = help(Lang::Fr, &["new"]);
        assert!(new.contains("Arguments :\n  <TITRE>"), "{new}");
        assert!(new.contains("[par défaut : SEV3]"), "{new}");
        assert!(!new.contains("default"), "{new}");
        let log = help(Lang::Fr, &["log"]);
        assert!(
            log.contains("[valeurs possibles : note, update, contact, decision]"),
            "{log}"
        );
    }

    #[test]
    fn the_english_help_reads_as_clap_writes_it() {
        let new = help(Lang::En, &["new"]);
        assert!(
            new.starts_with("Open a new incident and print its id\n\nUsage: crisis new"),
            "{new}"
        );
        assert!(new.contains("Arguments:\n  <TITLE>"), "{new}");
        assert!(new.contains("[default: SEV3]"), "{new}");
        assert!(new.contains("-h, --help"), "{new}");
    }
}
