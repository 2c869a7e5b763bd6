//! Writes large phrasebooks and journals, for the benchmarks and for anyone who wants to see
//! the cockpit at scale.
//!
//! ```text
//! cargo run --release --example gen -- phrasebook 100000 big.toml [--lines big.txt]
//! cargo run --release --example gen -- journal 100000 incidents/20261124-0900-big
//! ```
//!
//! `--lines` also writes the same sentences one per line, for `fzf --filter`. A journal goes
//! into a new incident folder: put it under `$CRISIS_HOME/incidents/` to open it in the cockpit.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: gen phrasebook N OUT.toml [--lines OUT.txt]\n       gen journal N DIR";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let [what, n, out, rest @ ..] = args.as_slice() else {
        return Err(USAGE.into());
    };
    let n: usize = n
        .replace('_', "")
        .parse()
        .map_err(|_| format!("N must be a whole number, not `{n}`\n{USAGE}"))?;
    let out = PathBuf::from(out);
    match (what.as_str(), rest) {
        ("phrasebook", []) | ("phrasebook", [_, _]) => {
            let lines = match rest {
                [flag, path] if flag == "--lines" => Some(PathBuf::from(path)),
                [] => None,
                _ => return Err(USAGE.into()),
            };
            let phrases = generate::phrases(n);
            let write = |path: &PathBuf, text: String| {
                std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
            };
            write(&out, generate::toml_text(&phrases))?;
            if let Some(lines) = &lines {
                write(lines, generate::lines_text(&phrases))?;
            }
            eprintln!("gen: {n} phrases written to {}", out.display());
        }
        ("journal", []) => {
            if out.join(crisis::incident::journal::FILE_NAME).exists() {
                return Err(format!("{} already holds a journal", out.display()));
            }
            generate::write_journal(&out, n).map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!("gen: {n} events written to {}", out.display());
        }
        _ => return Err(USAGE.into()),
    }
    Ok(())
}
