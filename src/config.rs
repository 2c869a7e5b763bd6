//! Where files live, and the user's settings.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cadence::Policy;
use crate::lang::Lang;
use crate::{text, tr};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", self.say(Lang::En))]
    NoHome,
    #[error("{}", self.say(Lang::En))]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", self.say(Lang::En))]
    Invalid { path: PathBuf, problem: Invalid },
}

/// What is wrong inside config.toml.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// What the TOML reader said, at that line when it knows it.
    Toml {
        line: Option<usize>,
        message: String,
    },
    /// A number of minutes that must be at least 1 (`update_every_minutes`, `[cadence] sev2`).
    Zero(String),
}

impl Invalid {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Invalid::Toml { line, message } => crate::i18n::toml_error(lang, *line, message),
            Invalid::Zero(name) => tr!(lang, "config-zero", name = text::one_line(name)),
        }
    }
}

impl ConfigError {
    pub fn say(&self, lang: Lang) -> String {
        match self {
            ConfigError::NoHome => tr!(lang, "cli-error-no-home"),
            ConfigError::Unreadable { path, source } => crate::i18n::file_error(lang, path, source),
            ConfigError::Invalid { path, problem } => {
                let path = text::one_line(&path.display().to_string());
                format!("{path}: {}", problem.say(lang))
            }
        }
    }
}

/// The folders crisis reads and writes, computed once at start.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Incidents live under `<data>/incidents/`.
    pub data: PathBuf,
    /// `config.toml` and the user's `phrasebook/*.toml`.
    pub config: PathBuf,
    /// Disposable files (the phrase cache).
    pub cache: PathBuf,
}

impl Paths {
    /// `CRISIS_HOME` sets the data root (and the cache under it); otherwise the platform's
    /// folders from `directories`, which follow XDG variables on Linux.
    pub fn from_env() -> Result<Paths, ConfigError> {
        let dirs = directories::ProjectDirs::from("", "", "crisis");
        let home = std::env::var_os("CRISIS_HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        let config = dirs.as_ref().map(|d| d.config_dir().to_owned());
        match (home, dirs.as_ref(), config) {
            (Some(home), _, config) => Ok(Paths {
                cache: home.join("cache"),
                config: config.unwrap_or_else(|| home.join("config")),
                data: home,
            }),
            (None, Some(dirs), Some(config)) => Ok(Paths {
                data: dirs.data_dir().to_owned(),
                config,
                cache: dirs.cache_dir().to_owned(),
            }),
            _ => Err(ConfigError::NoHome),
        }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.toml")
    }

    pub fn user_phrasebook_dir(&self) -> PathBuf {
        self.config.join("phrasebook")
    }
}

/// How copied text reaches the user's clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardChoice {
    #[default]
    Auto,
    System,
    Osc52,
    /// `clipboard = "command"`: a program of the user's, `clipboard_command`.
    #[serde(rename = "command")]
    Program,
}

/// `gender = "feminine"`: French agrees the first person with it (« désolée »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Feminine,
    Masculine,
}

/// `[cadence]`: `sev1 = 15`, …, `sev4 = 120` (minutes).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cadence {
    pub sev1: Option<u32>,
    pub sev2: Option<u32>,
    pub sev3: Option<u32>,
    pub sev4: Option<u32>,
}

/// `config.toml`; every field optional.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Minutes between client updates at every severity (older configs); `[cadence]` is finer.
    pub update_every_minutes: Option<u32>,
    /// Minutes between client updates by severity, while investigating or identified (twice
    /// that while monitoring); the sources insist on regular news, even without news.
    pub cadence: Cadence,
    /// Your name, for `{me}`; $USER when unset.
    pub me: Option<String>,
    /// The number to call you back on, for `{phone}` (a voicemail gives it twice).
    pub phone: Option<String>,
    /// Your grammatical gender, for `{e}`; masculine agreement when unset.
    pub gender: Option<Gender>,
    /// Language of new incidents (and of the command line, over the locale).
    pub lang: Lang,
    /// Whether config.toml names `lang` (else the command line follows the locale).
    #[serde(skip)]
    pub lang_given: bool,
    pub clipboard: ClipboardChoice,
    /// Program that receives the text on stdin when `clipboard = "command"`, e.g. "wl-copy".
    pub clipboard_command: Option<String>,
    /// A desktop notification when an update is late (and every 10 minutes while it is).
    pub notify: bool,
    /// Minutes between background syncs in the cockpit, for a shared incidents folder
    /// (`crisis share init`); none when unset.
    pub sync_every: Option<u32>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            update_every_minutes: None,
            cadence: Cadence::default(),
            me: None,
            phone: None,
            gender: None,
            lang: Lang::En,
            lang_given: false,
            clipboard: ClipboardChoice::Auto,
            clipboard_command: None,
            notify: true,
            sync_every: None,
        }
    }
}

impl Config {
    /// Reads `path`; a missing file is the default configuration.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Unreadable {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        Config::parse(&text).map_err(|problem| ConfigError::Invalid {
            path: path.to_owned(),
            problem,
        })
    }

    fn parse(text: &str) -> Result<Config, Invalid> {
        let mut config: Config = toml::from_str(text).map_err(|e| Invalid::Toml {
            line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
            message: e.message().trim().to_owned(),
        })?;
        config.lang_given =
            toml::from_str::<toml::Table>(text).is_ok_and(|t| t.contains_key("lang"));
        if config.update_every_minutes == Some(0) {
            return Err(Invalid::Zero("update_every_minutes".into()));
        }
        let c = &config.cadence;
        for (name, minutes) in [
            ("sev1", c.sev1),
            ("sev2", c.sev2),
            ("sev3", c.sev3),
            ("sev4", c.sev4),
        ] {
            if minutes == Some(0) {
                return Err(Invalid::Zero(format!("[cadence] {name}")));
            }
        }
        Ok(config)
    }

    /// The language config.toml names, if it names one.
    pub fn chosen_lang(&self) -> Option<Lang> {
        self.lang_given.then_some(self.lang)
    }

    pub fn me(&self) -> Option<String> {
        self.me
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .filter(|m| !m.trim().is_empty())
    }

    /// Who the events this machine writes are by: `me`, else user@host, so that a shared
    /// journal tells two people apart even when neither set `me`.
    pub fn author(&self) -> Option<String> {
        if let Some(me) = self.me.clone().filter(|m| !m.trim().is_empty()) {
            return Some(me);
        }
        let user = std::env::var("USER")
            .ok()
            .filter(|u| !u.trim().is_empty())?;
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
        Some(match host.trim() {
            "" => user,
            host => format!("{user}@{host}"),
        })
    }

    /// The pace of updates: the defaults, `update_every_minutes` over all of them, then
    /// each `[cadence]` severity over that.
    pub fn pace(&self) -> Policy {
        let mut policy = Policy::default();
        let c = &self.cadence;
        for (slot, own) in policy
            .by_severity
            .iter_mut()
            .zip([c.sev1, c.sev2, c.sev3, c.sev4])
        {
            if let Some(minutes) = own.or(self.update_every_minutes) {
                *slot = chrono::Duration::minutes(i64::from(minutes));
            }
        }
        policy
    }

    /// What fills placeholders besides the incident.
    pub fn settings(&self) -> crate::present::Settings {
        crate::present::Settings {
            pace: self.pace(),
            me: self.me(),
            phone: self.phone.as_deref().map(text::name),
            feminine: self.gender == Some(Gender::Feminine),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let minutes = |c: &Config| c.pace().by_severity.map(|d| d.num_minutes());
        let c = Config::parse("").unwrap();
        assert_eq!(minutes(&c), [15, 30, 60, 120]);
        let c = Config::parse("update_every_minutes = 30\nlang = \"fr\"\nclipboard = \"osc52\"")
            .unwrap();
        assert_eq!((c.lang, c.clipboard), (Lang::Fr, ClipboardChoice::Osc52));
        assert_eq!(c.chosen_lang(), Some(Lang::Fr));
        assert_eq!(Config::parse("notify = false").unwrap().chosen_lang(), None);
        assert_eq!(
            minutes(&c),
            [30, 30, 30, 30],
            "the older key sets every severity"
        );
        let c = Config::parse("update_every_minutes = 30\n[cadence]\nsev1 = 10\n").unwrap();
        assert_eq!(minutes(&c), [10, 30, 30, 30]);
        let c = Config::parse("clipboard = \"command\"\nclipboard_command = \"wl-copy\"").unwrap();
        assert_eq!(c.clipboard, ClipboardChoice::Program);
    }

    #[test]
    fn typos_and_zero_cadence_are_errors_with_a_line() {
        let err = Config::parse("me = \"Sam\"\nupdate_evry = 3").unwrap_err();
        let said = err.say(Lang::En);
        assert!(
            said.starts_with("line 2:") && said.contains("update_evry"),
            "{said}"
        );
        assert!(err.say(Lang::Fr).starts_with("ligne 2 : "), "{err:?}");
        assert!(Config::parse("update_every_minutes = 0").is_err());
        let err = Config::parse("[cadence]\nsev2 = 0").unwrap_err();
        assert_eq!(
            err.say(Lang::Fr),
            "[cadence] sev2 doit valoir au moins 1 (en minutes)"
        );
        assert!(
            Config::parse("[cadence]\nsev5 = 3")
                .unwrap_err()
                .say(Lang::En)
                .contains("sev5")
        );
    }
}
