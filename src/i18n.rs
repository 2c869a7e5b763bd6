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

/// The message file of a language, as embedded.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../messages/en.ftl"),
        Lang::Fr => include_str!("../messages/fr.ftl"),
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
    fn an_unknown_id_shows_as_itself() {
        assert_eq!(
            message(Lang::Fr, "no-such-message", None),
            "no-such-message"
        );
    }
}
