//! The `crisis` binary: parse the command line, run it, turn the outcome into an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    // Help, version and usage errors in the user's language (`--lang`, config, locale).
    let cli = crisis::cli::parse();
    match crisis::cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // In the user's language, each cause once; errors may quote journal or phrasebook
            // text, and no escape sequence of it reaches the terminal.
            eprintln!("{}", crisis::cli::error_line(&e));
            ExitCode::from(crisis::cli::ERROR)
        }
    }
}
