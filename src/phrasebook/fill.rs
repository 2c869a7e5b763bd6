//! Placeholders: the one list of names a phrase may use, and filling a phrase from values.

use std::collections::BTreeMap;

use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};

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
}

impl Placeholder {
    /// The name written between braces: `next_update`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    pub fn from_name(name: &str) -> Option<Placeholder> {
        Placeholder::iter().find(|p| p.name() == name)
    }

    pub fn description(self) -> &'static str {
        match self {
            Placeholder::Client => "the client organisation (incident's client)",
            Placeholder::Contact => "the person you are talking to",
            Placeholder::Incident => "the incident's title",
            Placeholder::Impact => "the measured impact, e.g. \"3 of 1,000 users cannot log in\"",
            Placeholder::Eta => "when the fix is expected",
            Placeholder::NextUpdate => {
                "the time of the next client update (from the update cadence)"
            }
            Placeholder::Me => "your name (config `me`, or $USER)",
            Placeholder::Workaround => "the alternative offered meanwhile",
            Placeholder::Started => "when the incident began",
        }
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

/// Splits `{name}` placeholders out of `text`; braces that do not hold a plain name stay literal.
fn placeholders(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(open) = text[from..].find('{').map(|i| i + from) {
            let rest = &text[open + 1..];
            let len = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .unwrap_or(rest.len());
            if len > 0 && rest[len..].starts_with('}') {
                from = open + len + 2;
                return Some((open, from, &rest[..len]));
            }
            from = open + 1;
        }
        None
    })
}

/// Names used in `text` that are not a [`Placeholder`].
pub fn unknown_placeholders(text: &str) -> Vec<&str> {
    placeholders(text)
        .map(|(_, _, name)| name)
        .filter(|name| Placeholder::from_name(name).is_none())
        .collect()
}

pub fn segments<'a>(text: &'a str, vars: &BTreeMap<String, String>) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut last = 0;
    for (start, end, name) in placeholders(text) {
        if start > last {
            out.push(Segment::Literal(&text[last..start]));
        }
        match vars.get(name).filter(|v| !v.trim().is_empty()) {
            Some(value) => out.push(Segment::Filled(value.clone())),
            None => out.push(Segment::Missing(&text[start..end])),
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
                let name = raw.trim_matches(|c| c == '{' || c == '}').to_owned();
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
    fn braces_that_are_not_placeholders_stay_literal() {
        let f = fill("set {x y} and {} and {{me}}", &vars(&[("me", "Sam")]));
        assert_eq!(f.text, "set {x y} and {} and {Sam}");
        assert!(f.missing.is_empty());
    }

    #[test]
    fn unknown_names_are_reported() {
        assert_eq!(unknown_placeholders("{client} {boss} {me}"), ["boss"]);
        assert!(unknown_placeholders("{x y}").is_empty());
    }

    #[test]
    fn a_blank_value_counts_as_missing() {
        let f = fill("{impact}", &vars(&[("impact", " ")]));
        assert_eq!(f.missing, ["impact"]);
    }
}
