//! The `crisis` binary: parse the command line, run it, turn the outcome into an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crisis::cli::Cli::parse();
    match crisis::cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // The whole chain, each cause once; errors may quote journal or phrasebook text,
            // and `error_chain` lets no escape sequence reach the terminal.
            eprintln!("crisis: {}", crisis::text::error_chain(&e));
            ExitCode::from(crisis::cli::ERROR)
        }
    }
}
