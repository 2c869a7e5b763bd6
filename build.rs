//! Parses the built-in phrasebook (`phrasebook/*.toml`) when crisis is built, with the very
//! loader that parses user files, and fails the build on any problem in it. The parsed files
//! go to `OUT_DIR` in the phrase cache's form, for `phrasebook::cache::builtin_files` to
//! decode at run time instead of parsing TOML on every start.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs, process};

// The loader's own sources, not a copy: what the build accepts is what a run would. They hold
// more than the build uses (the cockpit's helpers), hence the `dead_code` allowances.
#[allow(dead_code)]
#[path = "src/lang.rs"]
mod lang;
#[allow(dead_code)]
#[path = "src/text.rs"]
mod text;
mod phrasebook {
    // Relative to `phrasebook/`, this inline module's folder (which holds the TOML files).
    #[allow(dead_code)]
    #[path = "../src/phrasebook/codec.rs"]
    pub mod codec;
    #[allow(dead_code)]
    #[path = "../src/phrasebook/fields.rs"]
    pub mod fields;
    #[allow(dead_code)]
    #[path = "../src/phrasebook/fill.rs"]
    pub mod fill;
    #[allow(dead_code)]
    #[path = "../src/phrasebook/load.rs"]
    pub mod load;

    #[path = "../src/phrasebook/sections.rs"]
    pub mod sections;
}

use phrasebook::codec::{Key, encode};
use phrasebook::load::{BUILTIN, parse_file};

const SOURCES: [&str; 8] = [
    "build.rs",
    "src/lang.rs",
    "src/text.rs",
    "src/phrasebook/codec.rs",
    "src/phrasebook/fill.rs",
    "src/phrasebook/fields.rs",
    "src/phrasebook/load.rs",
    "src/phrasebook/sections.rs",
];

fn main() {
    for source in SOURCES {
        println!("cargo:rerun-if-changed={source}");
    }
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let version = env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let mut list = String::from("[\n");
    let mut problems = Vec::new();
    for (i, (name, text)) in BUILTIN.iter().enumerate() {
        println!("cargo:rerun-if-changed=phrasebook/{}", file_name(name));
        let parsed = parse_file(name, text.as_bytes());
        // A file that does not parse at all has a diagnostic too.
        // Debug: the words of each language are the library's (`said.rs`), not built here.
        problems.extend(parsed.1.iter().map(|d| format!("{d:?}")));
        let bytes = encode(&Key::builtin(name, text, &version), name, &parsed)
            .expect("a built-in file's diagnostics name it");
        let file = format!("builtin-{i}.bin");
        fs::write(out.join(&file), bytes).expect("OUT_DIR is writable");
        let _ = writeln!(
            list,
            "    include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\")),"
        );
    }
    list.push(']');
    fs::write(out.join("builtin.rs"), list).expect("OUT_DIR is writable");
    if !problems.is_empty() {
        eprintln!("the built-in phrasebook has problems:");
        for problem in problems {
            eprintln!("  {problem}");
        }
        process::exit(1);
    }
}

/// `en.toml` from "built-in phrasebook/en.toml".
fn file_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}
