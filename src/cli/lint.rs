//! `crisis lint`: a draft checked against the tone rules; its rules listed, shown with where
//! they come from, or run on their own examples.

use std::io::{self, Read, Write};
use std::path::Path;

use serde::Serialize;

use super::args::{LintArgs, LintFormat};
use super::{CliError, Ctx, ERROR, FOUND, NOTHING};
use crate::clock;
use crate::lang::Lang;
use crate::lint::{self, Finding, Level, Rules, Target};
use crate::tr;

pub(super) fn lint(ctx: &Ctx, a: &LintArgs) -> Result<u8, CliError> {
    let rules = lint::load(&ctx.paths.config)?;
    if a.list_rules {
        return list(&rules, a.format);
    }
    // The draft's language: `--lang`, else config's, else the locale's.
    let lang = ctx.lang;
    if a.print_config {
        return print_config(ctx, &rules);
    }
    if a.self_test {
        return self_test(&rules, lang);
    }
    let (name, text) = read(&a.file, lang)?;
    let target = Target {
        lang,
        audience: a.audience,
        channel: a.channel,
        pace: a.severity.and_then(|s| {
            let investigating = crate::incident::Status::Investigating;
            ctx.config.pace().interval(s, investigating)
        }),
        now: clock::now(),
    };
    let findings: Vec<Finding> = lint::lint(&text, &rules, &target)
        .into_iter()
        .filter(|f| f.level >= a.min_level)
        .collect();
    let mut out = io::stdout().lock();
    if a.fix {
        write!(out, "{}", lint::fix(&text, &findings))?;
        return Ok(FOUND);
    }
    match a.format {
        LintFormat::Human => human(&mut out, &name, &text, &findings, lang)?,
        LintFormat::Line => {
            for f in &findings {
                let message = crate::text::one_line(&f.message);
                let (line, col, level, rule) = (f.line, f.col, f.level.name(), &f.rule);
                writeln!(out, "{name}:{line}:{col}:{level}:{rule}:{message}")?;
            }
        }
        LintFormat::Json => {
            let json = serde_json::to_string_pretty(&findings).map_err(io::Error::from)?;
            writeln!(out, "{json}")?;
        }
    }
    out.flush()?;
    let failed = findings.iter().any(|f| f.level == Level::Error);
    Ok(if failed && !a.no_exit { NOTHING } else { FOUND })
}

/// The draft and the name findings give it: `-` for standard input.
fn read(file: &Path, lang: Lang) -> Result<(String, String), CliError> {
    let name = file.display().to_string();
    let bytes = if name == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        bytes
    } else {
        std::fs::read(file).map_err(|source| CliError::File {
            path: file.to_owned(),
            source,
        })?
    };
    let text = String::from_utf8(bytes).map_err(|e| CliError::File {
        path: file.to_owned(),
        source: io::Error::new(
            io::ErrorKind::InvalidData,
            tr!(
                lang,
                "cli-error-not-utf8",
                byte = e.utf8_error().valid_up_to()
            ),
        ),
    })?;
    Ok((name, text))
}

/// `draft.txt:3:14: warning [problem-word] …`, the line, a caret under what was found.
fn human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    findings: &[Finding],
    lang: Lang,
) -> io::Result<()> {
    let lines: Vec<&str> = text.lines().collect();
    for f in findings {
        let message = crate::text::one_line(&f.message);
        writeln!(
            out,
            "{name}:{}:{}: {} [{}] {message}",
            f.line,
            f.col,
            level(lang, f.level),
            f.rule
        )?;
        if let Some(line) = lines.get(f.line - 1).filter(|_| f.end_col > f.col) {
            let pad = " ".repeat(f.col - 1);
            let marks = "^".repeat(f.end_col - f.col);
            writeln!(out, "    {}\n    {pad}{marks}", crate::text::one_line(line))?;
        }
        if let Some(suggestion) = &f.suggestion {
            writeln!(out, "    → {}", crate::text::one_line(suggestion))?;
        }
    }
    let count = |level| findings.iter().filter(|f| f.level == level).count();
    let summary = tr!(
        lang,
        "cli-lint-summary",
        name = name,
        errors = count(Level::Error),
        warnings = count(Level::Warning),
        suggestions = count(Level::Suggestion)
    );
    writeln!(out, "{summary}")
}

/// "warning" / "avertissement": a finding's level as people read it (`--format line` and
/// `json` keep the names `--min-level` takes).
fn level(lang: Lang, level: Level) -> String {
    crate::i18n::message(lang, &format!("cli-level-{}", level.name()), None)
}

#[derive(Serialize)]
struct Listed<'a> {
    id: &'a str,
    lang: &'a str,
    kind: &'a str,
    level: &'a str,
    audiences: Vec<&'a str>,
    channels: Vec<&'a str>,
    message: &'a str,
    suggestion: Option<&'a str>,
    source: &'a str,
    from: &'a str,
}

fn listed(rules: &Rules) -> Vec<Listed<'_>> {
    rules
        .rules
        .iter()
        .map(|r| Listed {
            id: &r.id,
            lang: r.lang.code(),
            kind: r.kind.name(),
            level: r.level.map_or("off", Level::name),
            audiences: r.audiences.iter().map(|a| a.name()).collect(),
            channels: r.channels.iter().map(|c| c.name()).collect(),
            message: &r.message,
            suggestion: r.suggestion.as_deref(),
            source: &r.source,
            from: &r.from,
        })
        .collect()
}

fn list(rules: &Rules, format: LintFormat) -> Result<u8, CliError> {
    let mut out = io::stdout().lock();
    let rows = listed(rules);
    if format == LintFormat::Json {
        let json = serde_json::to_string_pretty(&rows).map_err(io::Error::from)?;
        writeln!(out, "{json}")?;
        return Ok(FOUND);
    }
    let width = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
    for r in rows {
        writeln!(
            out,
            "{} {:<width$}  {:<10}  {:<12}  {}",
            r.lang,
            r.id,
            r.level,
            r.kind,
            crate::text::one_line(r.message)
        )?;
    }
    Ok(FOUND)
}

fn print_config(ctx: &Ctx, rules: &Rules) -> Result<u8, CliError> {
    let mut out = io::stdout().lock();
    for lang in <crate::lang::Lang as strum::IntoEnumIterator>::iter() {
        let path = lint::user_file(&ctx.paths.config, lang);
        let line = tr!(
            ctx.lang,
            "cli-lint-file",
            lang = lang.code(),
            path = path.display().to_string(),
            read = path.exists().to_string()
        );
        writeln!(out, "{line}")?;
    }
    for r in listed(rules) {
        writeln!(out, "{} {} = {}  # {}", r.lang, r.id, r.level, r.from)?;
    }
    Ok(FOUND)
}

fn self_test(rules: &Rules, lang: Lang) -> Result<u8, CliError> {
    let (ran, failed) = lint::self_test(rules);
    let mut out = io::stdout().lock();
    for f in &failed {
        let what = if f.missed {
            tr!(lang, "cli-lint-missed")
        } else {
            tr!(lang, "cli-lint-found")
        };
        writeln!(
            out,
            "{} {}: {what} {:?}",
            f.lang.code(),
            f.rule,
            crate::text::one_line(&f.example)
        )?;
    }
    let (passed, failed_count) = (ran - failed.len(), failed.len());
    let said = tr!(
        lang,
        "cli-lint-self-test",
        passed = passed,
        failed = failed_count
    );
    writeln!(out, "{said}")?;
    Ok(if failed.is_empty() { FOUND } else { ERROR })
}

#[cfg(test)]
mod tests {
    use strum::IntoEnumIterator;

    use super::*;

    #[test]
    fn every_level_has_a_name_in_every_language() {
        for lang in Lang::iter() {
            for l in [Level::Suggestion, Level::Warning, Level::Error] {
                let id = format!("cli-level-{}", l.name());
                assert!(crate::i18n::has(lang, &id), "{lang}: {id}");
            }
        }
        assert_eq!(level(Lang::Fr, Level::Warning), "avertissement");
        assert_eq!(level(Lang::En, Level::Warning), "warning");
    }
}
