//! Placeholders: the one list of names a phrase may use, and filling a phrase from values.

use std::collections::BTreeMap;

use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

use super::load::Problem;

/// Every placeholder a phrase may use. What fills each one is `present::values`' business;
/// this list is what a phrasebook file is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, EnumIter, IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum Placeholder {
    Client,
    Contact,
    Incident,
    Impact,
    Eta,
    NextUpdate,
    Me,
    Workaround,
    Started,
    Phone,
    Feature,
    Sponsor,
    E,
}

impl Placeholder {
    /// The name written between braces: `next_update`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    pub fn from_name(name: &str) -> Option<Placeholder> {
        Placeholder::iter().find(|p| p.name() == name)
    }
}

/// One piece of a phrase once placeholders are looked up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Literal(&'a str),
    Filled(String),
    /// A placeholder without a value; it stays visible as `{name}`.
    Missing(&'a str),
}

/// A phrase ready to paste, and the placeholders that had no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filled {
    pub text: String,
    pub missing: Vec<String>,
}

/// What a brace in a phrase opens or closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brace<'a> {
    /// `{client}`: a known placeholder, by name; `{client|your team}` with what stands in
    /// for it when it has no value.
    Known(&'a str, Option<&'a str>),
    /// `{Client}`, `{ client }`, `{next-update}`: braces around anything else.
    Unknown(&'a str),
    /// A `{` with no `}` before the next `{` or the end.
    Unclosed,
    /// A `}` that no `{` opened.
    Unopened,
}

/// Every brace of `text`, as (start, end, what), byte offsets of the whole token. Nothing in
/// braces goes to a client verbatim unnoticed: anything that is not a known placeholder is
/// reported by `crisis check` and shown as missing.
pub fn braces(text: &str) -> impl Iterator<Item = (usize, usize, Brace<'_>)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = text[from..].find(['{', '}'])? + from;
        if text.as_bytes()[at] == b'}' {
            from = at + 1;
            return Some((at, at + 1, Brace::Unopened));
        }
        let rest = &text[at + 1..];
        match rest.find(['{', '}']) {
            Some(close) if rest.as_bytes()[close] == b'}' => {
                let inner = &rest[..close];
                from = at + close + 2;
                let (name, fallback) = match inner.split_once('|') {
                    Some((name, fallback)) => (name, Some(fallback)),
                    None => (inner, None),
                };
                let brace = match Placeholder::from_name(name) {
                    Some(_) => Brace::Known(name, fallback),
                    None => Brace::Unknown(inner),
                };
                Some((at, from, brace))
            }
            _ => {
                from = at + 1;
                Some((at, at + 1, Brace::Unclosed))
            }
        }
    })
}

/// What is wrong with each brace of `text` that is not a known placeholder, at its offset.
pub fn brace_problems(text: &str) -> Vec<(usize, &str, Problem)> {
    braces(text)
        .filter_map(|(start, end, brace)| {
            let token = &text[start..end];
            let problem = match brace {
                Brace::Known(_, Some(fallback)) if fallback.trim().is_empty() => {
                    Problem::EmptyFallback {
                        token: token.to_owned(),
                    }
                }
                Brace::Known(..) => return None,
                Brace::Unknown(_) => Problem::UnknownPlaceholder {
                    token: token.to_owned(),
                },
                Brace::Unclosed => Problem::Unclosed,
                Brace::Unopened => Problem::Unopened,
            };
            Some((start, token, problem))
        })
        .collect()
}

/// `{e}` says nothing in the masculine; every other placeholder needs a value.
fn may_be_empty(name: &str) -> bool {
    name == Placeholder::E.name()
}

pub fn segments<'a>(text: &'a str, vars: &BTreeMap<String, String>) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut last = 0;
    for (start, end, brace) in braces(text) {
        if start > last {
            out.push(Segment::Literal(&text[last..start]));
        }
        let (value, fallback) = match brace {
            Brace::Known(name, fallback) => {
                let filled = |v: &&String| !v.trim().is_empty() || may_be_empty(name);
                (vars.get(name).filter(filled), fallback)
            }
            Brace::Unknown(_) | Brace::Unclosed | Brace::Unopened => (None, None),
        };
        match (value, fallback) {
            (Some(value), _) => out.push(Segment::Filled(value.clone())),
            (None, Some(fallback)) => out.push(Segment::Filled(fallback.to_owned())),
            (None, None) => out.push(Segment::Missing(&text[start..end])),
        }
        last = end;
    }
    if last < text.len() {
        out.push(Segment::Literal(&text[last..]));
    }
    out
}

pub fn fill(text: &str, vars: &BTreeMap<String, String>) -> Filled {
    let mut filled = Filled {
        text: String::with_capacity(text.len()),
        missing: Vec::new(),
    };
    for segment in segments(text, vars) {
        match segment {
            Segment::Literal(s) => filled.text.push_str(s),
            Segment::Filled(v) => filled.text.push_str(&v),
            Segment::Missing(raw) => {
                filled.text.push_str(raw);
                let inner = raw.trim_matches(|c| c == '{' || c == '}');
                let name = if inner.is_empty() { raw } else { inner }.to_owned();
                if !filled.missing.contains(&name) {
                    filled.missing.push(name);
                }
            }
        }
    }
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn known_placeholders_are_filled_and_missing_ones_kept_visible() {
        let f = fill(
            "Hello {contact}, next update at {next_update} ({eta}).",
            &vars(&[("contact", "Léa"), ("next_update", "14:30")]),
        );
        assert_eq!(f.text, "Hello Léa, next update at 14:30 ({eta}).");
        assert_eq!(f.missing, ["eta"]);
    }

    #[test]
    fn braces_around_anything_else_are_shown_missing_never_passed_as_text() {
        let f = fill(
            "Hi {Client}, {client}, at {next-update}",
            &vars(&[("client", "ACME")]),
        );
        assert_eq!(f.text, "Hi {Client}, ACME, at {next-update}");
        assert_eq!(f.missing, ["Client", "next-update"]);
        let f = fill("unclosed {client {me} and } alone", &vars(&[("me", "Sam")]));
        assert_eq!(f.text, "unclosed {client Sam and } alone");
        assert_eq!(f.missing, ["{", "}"]);
    }

    #[test]
    fn every_brace_that_is_not_a_known_placeholder_is_a_problem_at_its_offset() {
        let tokens: Vec<_> = brace_problems("{client} {boss} { me } {CLIENT}")
            .into_iter()
            .map(|(_, token, _)| token)
            .collect();
        assert_eq!(tokens, ["{boss}", "{ me }", "{CLIENT}"]);
        let problems = brace_problems("Hi {client}, see {client and {me} }");
        let found: Vec<_> = problems
            .iter()
            .map(|(at, token, _)| (*at, *token))
            .collect();
        assert_eq!(found, [(17, "{"), (34, "}")]);
        assert_eq!(problems[0].2, Problem::Unclosed, "{problems:?}");
        assert!(brace_problems("{client} {me}").is_empty());
    }

    #[test]
    fn a_fallback_stands_in_for_a_missing_value_only() {
        let text = "Hello {contact|there}, from {me|the team}.";
        let f = fill(text, &vars(&[("me", "Sam")]));
        assert_eq!(f.text, "Hello there, from Sam.");
        assert!(f.missing.is_empty());
        assert!(brace_problems(text).is_empty());
        let tokens: Vec<_> = brace_problems("{contact|} {boss|x}")
            .into_iter()
            .map(|(_, token, _)| token)
            .collect();
        assert_eq!(tokens, ["{contact|}", "{boss|x}"]);
    }

    #[test]
    fn a_blank_value_counts_as_missing() {
        let f = fill("{impact}", &vars(&[("impact", " ")]));
        assert_eq!(f.missing, ["impact"]);
    }
}
