use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crisis::cli::Cli::parse();
    match crisis::cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // Errors may quote journal or phrasebook text: no escape sequence reaches the terminal.
            eprintln!("crisis: {}", crisis::sanitize::one_line(&e.to_string()));
            ExitCode::from(1)
        }
    }
}
