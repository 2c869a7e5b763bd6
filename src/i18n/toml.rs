//! What the TOML reader says (its parser's syntax errors, serde's refusals of a value) in the
//! user's language. The reader words them in English; the messages it can give are a known
//! list, so each is looked up and said again, and one not on the list is kept as it is.

use crate::lang::Lang;
use crate::tr;

/// A TOML reader's message in `lang`: "key with no value, expected `=`" → "clé sans valeur ;
/// attendu : `=`".
pub fn toml_message(lang: Lang, message: &str) -> String {
    let message = crate::text::one_line(message.trim());
    if lang == Lang::En {
        return message;
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
    {
        return tr!(
            lang,
            "toml-unknown-value",
            value = value,
            expected = alternatives(lang, expected)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return tr!(
            lang,
            "toml-wrong-type",
            found = unexpected(lang, found),
            expected = toml_type(lang, expected)
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return tr!(lang, "toml-missing-field", field = field);
    }
    let (what, expected) = match message.split_once(", expected ") {
        Some((what, expected)) => (what, Some(expected)),
        None => (message.as_str(), None),
    };
    let Some(what) = syntax(lang, what) else {
        return message;
    };
    match expected {
        Some(expected) => tr!(
            lang,
            "toml-expected",
            what = what,
            expected = alternatives(lang, expected)
        ),
        None => what,
    }
}

/// A TOML reader's message in `lang`, after the line it is at when that is known.
pub fn toml_error(lang: Lang, line: Option<usize>, message: &str) -> String {
    let said = toml_message(lang, message);
    match line {
        Some(line) => tr!(lang, "at-line", line = line, error = said),
        None => said,
    }
}

/// "one of `a`, `b`", "`en` or `fr`", "literal string": the connecting words and the names
/// of types in `lang`, what is quoted as it is.
fn alternatives(lang: Lang, expected: &str) -> String {
    let expected = expected.strip_prefix("one of ").unwrap_or(expected);
    let or = format!(" {} ", tr!(lang, "toml-or"));
    let each = |part: &str| -> String {
        let words: Vec<String> = part
            .split(" or ")
            .map(|w| match w.starts_with('`') {
                true => w.to_owned(),
                false => toml_type(lang, w),
            })
            .collect();
        words.join(&or)
    };
    let parts: Vec<String> = expected.split(", ").map(each).collect();
    parts.join(", ")
}

/// serde's "integer `3`", "string \"x\"": the kind in `lang`, the value as written.
fn unexpected(lang: Lang, found: &str) -> String {
    let (kind, value) = match found.find(['`', '"']) {
        Some(at) => (
            found[..at].trim(),
            Some(found[at..].trim_matches(['`', '"'])),
        ),
        None => (found, None),
    };
    let kind = toml_type(lang, kind);
    match value {
        Some(value) => tr!(lang, "toml-found-value", kind = kind, value = value),
        None => kind,
    }
}

/// A type as the TOML reader names it ("a string", "integer", "array"), in `lang`.
pub fn toml_type(lang: Lang, name: &str) -> String {
    let name = name.trim();
    let bare = name
        .strip_prefix("a ")
        .or_else(|| name.strip_prefix("an "))
        .unwrap_or(name);
    match bare {
        "string" | "str" | "literal string" | "basic string" => tr!(lang, "toml-type-string"),
        "integer" | "i64" | "u64" | "u32" | "u8" | "usize" => tr!(lang, "toml-type-integer"),
        "float" | "floating point" | "f64" => tr!(lang, "toml-type-float"),
        "boolean" | "bool" => tr!(lang, "toml-type-boolean"),
        "array" | "sequence" | "list" => tr!(lang, "toml-type-array"),
        "table" | "map" | "inline table" => tr!(lang, "toml-type-table"),
        "datetime" | "date-time" => tr!(lang, "toml-type-datetime"),
        _ => name.to_owned(),
    }
}

/// The parser's description of a syntax error, when it is one of those it gives.
fn syntax(lang: Lang, what: &str) -> Option<String> {
    Some(match what {
        "duplicate key" => tr!(lang, "toml-duplicate-key"),
        "key with no value" | "missing value for key" | "missing value" => {
            tr!(lang, "toml-no-value")
        }
        "string values must be quoted" => tr!(lang, "toml-unquoted-string"),
        "invalid basic string" | "invalid literal string" | "invalid string" => {
            tr!(lang, "toml-invalid-string")
        }
        "unclosed array table" | "unclosed table" => tr!(lang, "toml-unclosed-table"),
        "unclosed array" => tr!(lang, "toml-unclosed-array"),
        "unclosed inline table" => tr!(lang, "toml-unclosed-inline-table"),
        "missing comma between array elements" => tr!(lang, "toml-array-comma"),
        "missing comma between key-value pairs" => tr!(lang, "toml-pair-comma"),
        "missing assignment between key-value pairs" | "missing opening quote" => {
            tr!(lang, "toml-missing-equals-or-quote")
        }
        "extra comma in array" | "extra comma in inline table" => tr!(lang, "toml-extra-comma"),
        "extra `=`" | "extra assignment between key-value pairs" => tr!(lang, "toml-extra-equals"),
        "invalid unquoted key" | "unquoted keys cannot be empty" => tr!(lang, "toml-invalid-key"),
        "unexpected content" | "unexpected key or value" | "invalid key-value pair" => {
            tr!(lang, "toml-unexpected")
        }
        "unexpected content between comment and newline" | "invalid comment character" => {
            tr!(lang, "toml-bad-comment")
        }
        "carriage return must be followed by newline" => tr!(lang, "toml-bare-cr"),
        "missing escaped value" | "too few unicode value digits" | "invalid escape sequence" => {
            tr!(lang, "toml-bad-escape")
        }
        "invalid value" => tr!(lang, "toml-invalid-value"),
        "unexpected leading zero"
        | "redundant numeric sign"
        | "unexpected sign"
        | "`_` may only go between digits"
        | "integers with a radix cannot be signed"
        | "radix must be lowercase"
        | "redundant integer number prefix" => tr!(lang, "toml-bad-number"),
        "cannot recurse further; max recursion depth met" => tr!(lang, "toml-too-deep"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_toml_readers_messages_are_said_in_french_and_unknown_ones_kept() {
        let fr = |m: &str| toml_message(Lang::Fr, m);
        assert_eq!(fr("duplicate key"), "clé en double");
        assert_eq!(
            fr("invalid basic string, expected `\"`"),
            "texte mal formé ; attendu : `\"`"
        );
        assert_eq!(
            fr("unknown variant `x`, expected one of `a`, `b`"),
            "valeur inconnue `x` ; attendu : `a`, `b`"
        );
        assert_eq!(
            fr("invalid type: integer `3`, expected a string"),
            "mauvais type : un entier (`3`), alors qu'il faut une chaîne de caractères"
        );
        assert_eq!(
            fr("string values must be quoted, expected literal string"),
            "un texte doit être entre guillemets ; attendu : une chaîne de caractères"
        );
        assert_eq!(fr("something new"), "something new");
        assert_eq!(toml_message(Lang::En, "duplicate key"), "duplicate key");
    }
}
