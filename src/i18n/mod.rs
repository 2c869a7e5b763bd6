//! Every word of the interface in the user's language: Project Fluent message files, one per
//! language (`messages/en.ftl`, `messages/fr.ftl`), embedded in the binary.
//!
//! Fluent's selectors make plurals and agreement come out right ("1 événement",
//! "2 événements"). A message missing from one language falls back to English and then to its
//! id, so a gap shows as a word rather than a panic; `tests/messages.rs` fails the build's tests
//! on any such gap. Content (the phrasebook) is not here: it has its own files.

use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use strum::IntoEnumIterator;

pub use fluent_bundle::{FluentArgs, FluentValue};

use crate::lang::Lang;

mod toml;
pub use toml::{toml_error, toml_message, toml_type};

/// The message file of a language, as embedded.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../messages/en.ftl"),
        Lang::Fr => include_str!("../../messages/fr.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::iter().map(bundle).collect())
}

fn bundle(lang: Lang) -> Bundle {
    // A syntax error in a message file is caught by the tests; what parsed is still used.
    let resource = FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(r, _)| r);
    let id = lang
        .code()
        .parse()
        .expect("a language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: a terminal would show them as gaps.
    bundle.set_use_isolating(false);
    // Two messages with one id are reported by the tests; the first one wins here.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Whether `lang`'s file has message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundles()[lang.index()].has_message(id)
}

/// Message `id` in `lang` with its arguments; English when `lang` lacks it, the id when both do.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = &bundles()[lang.index()];
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// `tr!(lang, "message-id")` or `tr!(lang, "message-id", name = value, …)`: the message in the
/// user's language. Ids are literals so that `tests/messages.rs` can find every one in use.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

/// `path: what the system says of it`, in `lang`, on one line: how every file error reads.
pub fn file_error(lang: Lang, path: impl AsRef<std::path::Path>, e: &std::io::Error) -> String {
    let path = crate::text::one_line(&path.as_ref().display().to_string());
    format!("{path}: {}", io_error(lang, e))
}

/// What the system says went wrong with a file, in `lang`: the kinds a person meets and can
/// act on have words; any other is the system's own text with its number.
pub fn io_error(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => tr!(lang, "io-not-found"),
        K::PermissionDenied => tr!(lang, "io-permission-denied"),
        K::AlreadyExists => tr!(lang, "io-already-exists"),
        K::StorageFull => tr!(lang, "io-storage-full"),
        K::QuotaExceeded => tr!(lang, "io-quota-exceeded"),
        K::ReadOnlyFilesystem => tr!(lang, "io-read-only"),
        K::IsADirectory => tr!(lang, "io-is-a-directory"),
        K::NotADirectory => tr!(lang, "io-not-a-directory"),
        K::FileTooLarge => tr!(lang, "io-too-large"),
        K::ResourceBusy => tr!(lang, "io-busy"),
        K::TimedOut => tr!(lang, "io-timed-out"),
        K::Interrupted => tr!(lang, "io-interrupted"),
        K::BrokenPipe => tr!(lang, "io-broken-pipe"),
        K::UnexpectedEof => tr!(lang, "io-unexpected-eof"),
        K::DirectoryNotEmpty => tr!(lang, "io-not-empty"),
        K::StaleNetworkFileHandle => tr!(lang, "io-stale"),
        K::CrossesDevices => tr!(lang, "io-crosses-devices"),
        K::TooManyLinks => tr!(lang, "io-too-many-links"),
        K::InvalidFilename => tr!(lang, "io-bad-name"),
        K::ExecutableFileBusy => tr!(lang, "io-busy"),
        K::WouldBlock => tr!(lang, "io-try-again"),
        K::OutOfMemory => tr!(lang, "io-out-of-memory"),
        K::Unsupported => tr!(lang, "io-unsupported"),
        K::WriteZero => tr!(lang, "io-write-zero"),
        K::NotSeekable => tr!(lang, "io-not-seekable"),
        K::Deadlock => tr!(lang, "io-deadlock"),
        K::ArgumentListTooLong => tr!(lang, "io-too-long"),
        // The standard library's own words for a file that is not text; crisis's own
        // InvalidData errors are already worded.
        K::InvalidData if e.to_string() == "stream did not contain valid UTF-8" => {
            tr!(lang, "io-not-utf8")
        }
        _ => match e.raw_os_error() {
            // What opening /dev/tty says without a terminal (a script, a pipe, cron).
            Some(libc::ENXIO) => tr!(lang, "io-no-device"),
            Some(libc::EMFILE | libc::ENFILE) => tr!(lang, "io-too-many-files"),
            Some(libc::EIO) => tr!(lang, "io-disk"),
            Some(libc::ELOOP) => tr!(lang, "io-loop"),
            Some(libc::EINVAL) => tr!(lang, "io-invalid"),
            Some(code) => tr!(lang, "io-other", code = code, error = e.to_string()),
            None => e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(tr!(Lang::En, "events", count = 1), "1 event");
        assert_eq!(tr!(Lang::En, "events", count = 2), "2 events");
        assert_eq!(tr!(Lang::Fr, "events", count = 1), "1 événement");
        assert_eq!(tr!(Lang::Fr, "events", count = 0), "0 événement");
        assert_eq!(tr!(Lang::Fr, "events", count = 2), "2 événements");
    }

    #[test]
    fn what_the_system_says_of_a_file_is_said_in_each_language() {
        use std::io;
        let missing = io::Error::from_raw_os_error(2);
        assert_eq!(io_error(Lang::En, &missing), "no such file or folder");
        assert_eq!(
            io_error(Lang::Fr, &missing),
            "fichier ou dossier introuvable"
        );
        let full = io::Error::from_raw_os_error(28);
        assert_eq!(io_error(Lang::Fr, &full), "le disque est plein");
        let utf8 = std::fs::read_to_string("/proc/self/exe").unwrap_err();
        assert_eq!(io_error(Lang::Fr, &utf8), "ce n'est pas du texte en UTF-8");
        let odd = io::Error::from_raw_os_error(71);
        assert!(io_error(Lang::Fr, &odd).starts_with("erreur du système n° 71"));
        // What a file, a folder, a terminal or a child process can meet is worded.
        let met = [
            libc::EPERM,
            libc::ENOENT,
            libc::EINTR,
            libc::EIO,
            libc::ENXIO,
            libc::E2BIG,
            libc::EAGAIN,
            libc::ENOMEM,
            libc::EACCES,
            libc::EBUSY,
            libc::EEXIST,
            libc::EXDEV,
            libc::ENOTDIR,
            libc::EISDIR,
            libc::EINVAL,
            libc::ENFILE,
            libc::EMFILE,
            libc::ETXTBSY,
            libc::EFBIG,
            libc::ENOSPC,
            libc::ESPIPE,
            libc::EROFS,
            libc::EMLINK,
            libc::EPIPE,
            libc::EDEADLK,
            libc::ENAMETOOLONG,
            libc::ENOTEMPTY,
            libc::ELOOP,
            libc::ESTALE,
            libc::EDQUOT,
            libc::ETIMEDOUT,
            libc::ENOSYS,
        ];
        for code in met {
            let e = io::Error::from_raw_os_error(code);
            let (en, fr) = (io_error(Lang::En, &e), io_error(Lang::Fr, &e));
            assert!(!fr.starts_with("erreur du système"), "{code}: {fr}");
            assert_ne!(en, fr, "{code}");
        }

        let denied = io::Error::from_raw_os_error(13);
        assert_eq!(
            file_error(Lang::Fr, "/tmp/journal.jsonl", &denied),
            "/tmp/journal.jsonl: accès refusé"
        );
        assert_eq!(
            file_error(Lang::En, "/tmp/\x1b[2Jj.jsonl", &denied),
            "/tmp/[2Jj.jsonl: permission denied"
        );
    }

    #[test]
    fn an_unknown_id_shows_as_itself() {
        assert_eq!(
            message(Lang::Fr, "no-such-message", None),
            "no-such-message"
        );
    }
}
