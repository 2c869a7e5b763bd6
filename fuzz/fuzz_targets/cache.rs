//! The phrase cache's decoder on any body. The harness writes the header (magic, version and
//! the body's checksum) itself, so that the fuzzer spends its time in the postcard body and
//! the checks after it, not on guessing a CRC-32. The seeds were encoded for this key
//! (`seeds.rs`), so that mutations reach past the key to the entries.
#![no_main]

use crisis::phrasebook::codec::{self, FORMAT_VERSION, Key};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    let mut bytes = b"crisisPC".to_vec();
    bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(&crc32fast::hash(body).to_le_bytes());
    bytes.extend_from_slice(body);
    let key = Key::builtin("team.toml", "seed", "fuzz");
    let _ = codec::decode(&bytes, &key, "team.toml");
});
