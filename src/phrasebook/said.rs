//! A phrasebook's problems in the user's language: `Problem::say`, and a `Diagnostic` as
//! `file:line:column: what` (in English when displayed). Apart from `load.rs` because the build
//! script runs the loader without the message files.

use std::fmt;

use strum::IntoEnumIterator;

use super::fill::Placeholder;
use super::load::{Diagnostic, Entry, Problem};
use crate::lang::Lang;
use crate::tr;

impl Diagnostic {
    /// `file:line:column: what is wrong`, in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        let what = self.problem.say(lang);
        if self.line == 0 {
            format!("{}: {what}", self.file)
        } else {
            format!("{}:{}:{}: {what}", self.file, self.line, self.column)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

/// The selector the messages choose their words by ("a phrase", "d'une étape").
fn entry(entry: Entry) -> &'static str {
    match entry {
        Entry::File => "file",
        Entry::Phrase => "phrase",
        Entry::Step => "step",
    }
}

/// "`id`, `stage`, `text`": names as typed in the file.
fn quoted(names: &[String]) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    names.join(", ")
}

impl Problem {
    pub fn say(&self, lang: Lang) -> String {
        let one = crate::text::one_line;
        let toml = |message: &str| crate::i18n::toml_message(lang, message);
        match self {
            Problem::CannotRead { code, error } => {
                let why = match code {
                    Some(code) => {
                        crate::i18n::io_error(lang, &std::io::Error::from_raw_os_error(*code))
                    }
                    None => one(error),
                };
                tr!(lang, "book-cannot-read", why = why)
            }
            Problem::NotUtf8 => tr!(lang, "book-not-utf8"),
            Problem::Toml(message) => toml(message),
            Problem::Value { field, toml: said } => {
                tr!(lang, "book-value", field = one(field), why = toml(said))
            }
            Problem::UnknownField { field, known } => tr!(
                lang,
                "book-unknown-field",
                field = one(field),
                known = quoted(known)
            ),
            Problem::NotATable { entry: e, found } => tr!(
                lang,
                "book-not-a-table",
                entry = entry(*e),
                found = crate::i18n::toml_type(lang, found)
            ),
            Problem::NotAList { field, found } => tr!(
                lang,
                "book-not-a-list",
                field = one(field),
                found = crate::i18n::toml_type(lang, found)
            ),
            Problem::Missing { entry: e, field } => {
                tr!(lang, "book-missing", entry = entry(*e), field = one(field))
            }
            Problem::Empty { entry: e, field } => {
                tr!(lang, "book-empty", entry = entry(*e), field = one(field))
            }
            Problem::Duplicate { entry: e, id } => {
                tr!(lang, "book-duplicate", entry = entry(*e), id = one(id))
            }
            Problem::MisspeltTag { tag, meant } => tr!(
                lang,
                "book-misspelt-tag",
                tag = one(tag),
                meant = one(meant)
            ),
            Problem::NoSuchPhrase { id } => tr!(lang, "book-no-such-phrase", id = one(id)),
            Problem::EmptyFallback { token } => {
                tr!(lang, "book-empty-fallback", token = one(token))
            }
            Problem::UnknownPlaceholder { token } => {
                let known: Vec<String> = Placeholder::iter()
                    .map(|p| format!("{{{}}}", p.name()))
                    .collect();
                tr!(
                    lang,
                    "book-unknown-placeholder",
                    token = one(token),
                    known = known.join(" ")
                )
            }
            Problem::Unclosed => tr!(lang, "book-unclosed"),
            Problem::Unopened => tr!(lang, "book-unopened"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebook::parse_file;

    fn said(toml: &str, lang: Lang) -> Vec<String> {
        let (_, diags) = parse_file("book.toml", toml.as_bytes());
        diags.iter().map(|d| d.say(lang)).collect()
    }

    #[test]
    fn every_problem_of_a_file_is_said_in_french() {
        let text = "lang = \"fr\"\n\n[[phrase]]\nid = 3\nstage = \"nope\"\ntext = \"Bonjour {boss}\"\ncolor = 1\n\n[[phrase]]\nid = \"a\"\nstage = \"update\"\ntext = \" \"\ntags = [\"emial\"]\n";
        let french = said(text, Lang::Fr);
        assert_eq!(
            french,
            [
                "book.toml:7:1: champ inconnu `color` (attendus : `id`, `stage`, `tags`, `text`, `slots`)",
                "book.toml:4:6: `id` : mauvais type : un entier (`3`), alors qu'il faut une chaîne de caractères",
                "book.toml:5:9: `stage` : valeur inconnue `nope` ; attendu : `prepare`, `acknowledge`, `update`, `workaround`, `boundaries`, `resolve`, `follow-up`, `learn`",
                "book.toml:6:17: paramètre inconnu `{boss}` (connus : {client} {contact} {incident} {impact} {eta} {next_update} {me} {workaround} {started} {phone} {feature} {sponsor} {e})",
                "book.toml:13:9: étiquette inconnue `emial` : vouliez-vous dire `email` ?",
                "book.toml:12:8: le champ `text` d'une phrase est vide",
            ],
            "{french:#?}"
        );
        let english = said(text, Lang::En);
        assert!(
            english[0].ends_with(
                "unknown field `color`, expected one of `id`, `stage`, `tags`, `text`, `slots`"
            ),
            "{english:#?}"
        );
    }

    #[test]
    fn what_the_toml_parser_says_is_said_in_french() {
        assert_eq!(
            said("lang = \"fr\"\n[[phrase]\n", Lang::Fr),
            ["book.toml:2:10: table de tableau non fermée ; attendu : `]`"]
        );
        assert_eq!(
            said("lang = \"fr\"\nfoo bar\n", Lang::Fr),
            ["book.toml:2:5: clé sans valeur ; attendu : `=`"]
        );
        assert_eq!(
            said("lang = \"xx\"\n", Lang::Fr),
            ["book.toml:1:8: `lang` : valeur inconnue `xx` ; attendu : `en` ou `fr`"]
        );
        assert_eq!(
            said("[[phrase]]\nid = \"a\"\n", Lang::Fr),
            ["book.toml:1:1: le fichier n'a pas de champ `lang`"]
        );
    }
}
