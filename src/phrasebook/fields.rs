//! One table of a phrasebook file read field by field (`Fields`), and the checks each value
//! gets: required, unique, placeholders well formed, tags not one letter from a known one.
//! Every problem is reported where it is, and none stops the others.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue, ValueDeserializer};

use super::fill::brace_problems;
use super::load::{Diagnostic, Entry, Positions, Problem, Seen};

/// The fields of one table of the file, taken one by one: each problem (a field unknown,
/// missing or of the wrong shape) is reported where it is, and none stops the others.
pub(super) struct Fields<'a, 'i> {
    pos: &'a Positions<'a>,
    diags: &'a mut Vec<Diagnostic>,
    what: Entry,
    span: Range<usize>,
    fields: Vec<(Spanned<DeString<'i>>, Spanned<DeValue<'i>>)>,
    ok: bool,
}

impl<'a, 'i> Fields<'a, 'i> {
    pub(super) fn new(
        pos: &'a Positions<'a>,
        diags: &'a mut Vec<Diagnostic>,
        what: Entry,
        span: Range<usize>,
        table: DeTable<'i>,
        known: &[&str],
    ) -> Self {
        let mut ok = true;
        for key in table.keys() {
            if !known.contains(&key.get_ref().as_ref()) {
                let problem = Problem::UnknownField {
                    field: key.get_ref().to_string(),
                    known: known.iter().map(|k| (*k).to_owned()).collect(),
                };
                diags.push(pos.span(key.span(), problem));
                ok = false;
            }
        }
        let fields = table.into_iter().collect();
        Fields {
            pos,
            diags,
            what,
            span,
            fields,
            ok,
        }
    }

    /// One `[[phrase]]` or `[[step]]`; `None`, reported, when it is not a table.
    pub(super) fn entry(
        pos: &'a Positions<'a>,
        diags: &'a mut Vec<Diagnostic>,
        what: Entry,
        entry: Spanned<DeValue<'i>>,
        known: &[&str],
    ) -> Option<Self> {
        let span = entry.span();
        match entry.into_inner() {
            DeValue::Table(table) => Some(Fields::new(pos, diags, what, span, table, known)),
            other => {
                let found = other.type_str().to_owned();
                diags.push(pos.span(span, Problem::NotATable { entry: what, found }));
                None
            }
        }
    }

    /// The field `name` if it is there and well formed.
    pub(super) fn take<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let at = self.fields.iter().position(|(k, _)| k.get_ref() == name)?;
        let (_, value) = self.fields.swap_remove(at);
        let span = value.span();
        T::deserialize(ValueDeserializer::from(value))
            .map_err(|err| {
                let at = err.span().unwrap_or(span);
                let problem = Problem::Value {
                    field: name.to_owned(),
                    toml: err.message().trim().to_owned(),
                };
                self.diags.push(self.pos.span(at, problem));
                self.ok = false;
            })
            .ok()
    }

    /// The `[[name]]` entries, each still a TOML value with its position.
    pub(super) fn entries(&mut self, name: &str) -> Vec<Spanned<DeValue<'i>>> {
        let Some(at) = self.fields.iter().position(|(k, _)| k.get_ref() == name) else {
            return Vec::new();
        };
        let (_, value) = self.fields.swap_remove(at);
        let span = value.span();
        match value.into_inner() {
            DeValue::Array(entries) => entries.into_iter().collect(),
            other => {
                let problem = Problem::NotAList {
                    field: name.to_owned(),
                    found: other.type_str().to_owned(),
                };
                self.diags.push(self.pos.span(span, problem));
                self.ok = false;
                Vec::new()
            }
        }
    }

    /// The field `name`, reported missing when it is not there.
    pub(super) fn require<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let present = self.fields.iter().any(|(k, _)| k.get_ref() == name);
        if !present {
            let problem = Problem::Missing {
                entry: self.what,
                field: name.to_owned(),
            };
            self.diags.push(self.pos.span(self.span.clone(), problem));
            self.ok = false;
        }
        self.take(name)
    }

    pub(super) fn ok(&self) -> bool {
        self.ok
    }
}

/// False, reported, when a required text is blank.
pub(super) fn require(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    what: Entry,
    field: &str,
    value: &Spanned<String>,
) -> bool {
    let blank = value.get_ref().trim().is_empty();
    if blank {
        let field = field.to_owned();
        diags.push(pos.span(value.span(), Problem::Empty { entry: what, field }));
    }
    !blank
}

/// False, reported, when an id was already used in this file.
pub(super) fn unique(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    seen: &mut Seen,
    what: Entry,
    id: &Spanned<String>,
) -> bool {
    let new = seen.insert((what, id.get_ref().clone()));
    if !new {
        let problem = Problem::Duplicate {
            entry: what,
            id: id.get_ref().clone(),
        };
        diags.push(pos.span(id.span(), problem));
    }
    new
}

/// Every brace of a text that is not a known placeholder, at its own line and column: the
/// token is looked for in the file's text of the value, which holds it as written unless an
/// escape sequence came before it (then the value's start is the closest place).
/// The tags the filters know: channels, then audiences.
const KNOWN_TAGS: [&str; 10] = [
    "email",
    "phone",
    "voicemail",
    "chat",
    "status",
    "client",
    "users",
    "exec",
    "angry",
    "internal",
];

/// The known tag `tag` is one letter away from (a letter wrong, missing, extra, or two
/// swapped), when it is not one itself: topic tags (`refund`) are free.
pub(super) fn misspelt_tag(tag: &str) -> Option<&'static str> {
    let near = |known: &str| {
        let (a, b): (Vec<char>, Vec<char>) = (tag.chars().collect(), known.chars().collect());
        let (short, long) = if a.len() <= b.len() {
            (&a, &b)
        } else {
            (&b, &a)
        };
        if long.len() - short.len() > 1 {
            return false;
        }
        let start = short
            .iter()
            .zip(long.iter())
            .take_while(|(x, y)| x == y)
            .count();
        if short.len() == long.len() {
            // One letter changed, or two neighbours swapped.
            let rest = |skip: usize| short[start + skip..] == long[start + skip..];
            rest(1)
                || (start + 1 < short.len()
                    && short[start] == long[start + 1]
                    && short[start + 1] == long[start]
                    && rest(2))
        } else {
            short[start..] == long[start + 1..]
        }
    };
    if KNOWN_TAGS.contains(&tag) {
        return None;
    }
    KNOWN_TAGS.into_iter().find(|known| near(known))
}

pub(super) fn placeholders(
    pos: &Positions,
    diags: &mut Vec<Diagnostic>,
    value: &Spanned<String>,
) -> bool {
    let before = diags.len();
    let span = value.span();
    let source = pos.text.get(span.clone()).unwrap_or("");
    let mut from = 0;
    for (_, token, problem) in brace_problems(value.get_ref()) {
        let at = match source[from..].find(token) {
            Some(i) => {
                from += i + token.len();
                span.start + from - token.len()
            }
            None => span.start,
        };
        diags.push(pos.at(at, problem));
    }
    diags.len() == before
}
