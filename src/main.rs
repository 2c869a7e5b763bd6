use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crisis::cli::Cli::parse();
    match crisis::cli::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("crisis: {e}");
            ExitCode::from(1)
        }
    }
}
