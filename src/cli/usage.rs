//! A command line clap cannot read, said in French (clap says it in English only): what is
//! wrong, the usage, where to learn more. English keeps clap's own words.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::lang::Lang;
use crate::tr;

/// Prints clap's `error` (or the help or version it carries) in `lang` and ends the process.
pub(super) fn exit(error: clap::Error, lang: Lang) -> ! {
    let shown = matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::En || shown {
        error.exit()
    }
    eprintln!("{}", said(&error, lang));
    std::process::exit(super::ERROR.into())
}

fn context(error: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match error.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// The error in `lang`: its sentence, a suggestion, the usage and where to find more.
fn said(error: &clap::Error, lang: Lang) -> String {
    let get = |kind| crate::text::one_line(&context(error, kind).unwrap_or_default());
    let (arg, value) = (get(ContextKind::InvalidArg), get(ContextKind::InvalidValue));
    let what = match error.kind() {
        ErrorKind::UnknownArgument => tr!(lang, "cli-usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            let command = get(ContextKind::InvalidSubcommand);
            tr!(lang, "cli-usage-unknown-command", command = command)
        }
        ErrorKind::InvalidValue => {
            let values = get(ContextKind::ValidValue);
            tr!(
                lang,
                "cli-usage-invalid-value",
                value = value,
                arg = arg,
                values = values
            )
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(error)
                .map(|e| crate::text::one_line(&e.to_string()))
                .unwrap_or_default();
            tr!(
                lang,
                "cli-usage-invalid",
                value = value,
                arg = arg,
                why = why
            )
        }
        ErrorKind::MissingRequiredArgument => tr!(lang, "cli-usage-missing", arg = arg),
        ErrorKind::MissingSubcommand => tr!(lang, "cli-usage-missing-command"),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg);
            tr!(lang, "cli-usage-conflict", arg = arg, other = other)
        }
        _ => tr!(lang, "cli-usage-other"),
    };
    let mut out = tr!(lang, "cli-error", error = what);
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|kind| context(error, kind));
    if let Some(suggested) = suggested {
        let suggested = crate::text::one_line(&suggested);
        out.push_str(&format!(
            "\n\n  {}",
            tr!(lang, "cli-usage-did-you-mean", arg = suggested)
        ));
    }
    if let Some(usage) = context(error, ContextKind::Usage) {
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n\n{} {usage}", tr!(lang, "cli-help-usage")));
    }
    out.push_str(&format!("\n\n{}", tr!(lang, "cli-usage-more")));
    out
}
