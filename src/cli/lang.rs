//! Which language the command line speaks: `--lang`, else the incident's for a command about
//! one, else config.toml's `lang`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
//!
//! The choice is made before clap parses (so that `--help` is in it) and kept for the
//! process: the error printed at the end is in the language of the incident it is about.

use std::ffi::OsString;
use std::sync::atomic::{AtomicUsize, Ordering};

use strum::IntoEnumIterator;

use crate::config::{Config, Paths};
use crate::lang::Lang;

static SPEAKING: AtomicUsize = AtomicUsize::new(0);

/// The language the command line speaks now.
pub fn speaking() -> Lang {
    let index = SPEAKING.load(Ordering::Relaxed);
    Lang::iter().nth(index).unwrap_or_default()
}

/// From now on, the command line speaks `lang`.
pub(super) fn speak(lang: Lang) {
    SPEAKING.store(lang.index(), Ordering::Relaxed);
}

/// `--lang`, else config's, else the locale's: the language before any incident is read.
pub fn chosen(flag: Option<Lang>, config: Option<Lang>, locale: Lang) -> Lang {
    flag.or(config).unwrap_or(locale)
}

/// The locale's language, from the process's environment.
pub fn locale() -> Lang {
    let var = |name| std::env::var(name).ok();
    Lang::from_locale(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// The language config.toml names, when it can be read and names one.
pub(super) fn configured() -> Option<Lang> {
    let paths = Paths::from_env().ok()?;
    Config::load(&paths.config_file()).ok()?.chosen_lang()
}

/// The value of `--lang` in raw arguments, read before clap is asked (`--lang fr`,
/// `--lang=fr`; nothing after `--`, and nothing when the value is not a language: clap will
/// say so in the language chosen otherwise).
pub fn flag_in(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(value) = value {
            found = value.parse().ok().or(found);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_before_clap_reads_the_arguments() {
        assert_eq!(
            flag_in(&args(&["crisis", "--lang", "fr", "list"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            flag_in(&args(&["crisis", "new", "--help", "--lang=fr"])),
            Some(Lang::Fr)
        );
        assert_eq!(flag_in(&args(&["crisis", "list", "--lang", "de"])), None);
        assert_eq!(flag_in(&args(&["crisis", "list", "--lang"])), None);
        assert_eq!(
            flag_in(&args(&["crisis", "log", "--", "--lang", "fr"])),
            None
        );
        assert_eq!(flag_in(&args(&["crisis", "--language", "fr"])), None);
        assert_eq!(
            flag_in(&args(&["crisis", "--lang", "en", "list"])),
            Some(Lang::En)
        );
    }

    #[test]
    fn the_flag_wins_then_config_then_the_locale() {
        assert_eq!(chosen(Some(Lang::En), Some(Lang::Fr), Lang::Fr), Lang::En);
        assert_eq!(chosen(None, Some(Lang::Fr), Lang::En), Lang::Fr);
        assert_eq!(chosen(None, Some(Lang::En), Lang::Fr), Lang::En);
        assert_eq!(chosen(None, None, Lang::Fr), Lang::Fr);
    }
}
