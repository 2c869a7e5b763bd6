//! The phrasebook loader on any bytes: then what loaded merged over the built-in content,
//! searched and filled. (`crisis check` adds only a pass over the step references, and
//! would re-parse the built-in files on every input: a hundredth of the speed.)
#![no_main]

use std::collections::BTreeMap;

use crisis::phrasebook::{Phrasebook, builtin_files, fill, parse_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (file, _) = parse_file("team.toml", bytes);
    let Some(file) = file else {
        return;
    };
    let lang = file.lang;
    let book = Phrasebook::merge(builtin_files().into_iter().chain([file]));
    let values = BTreeMap::from([("client".to_owned(), "Acme".to_owned())]);
    for phrase in book.phrases.iter() {
        let _ = fill(phrase.text, &values);
    }
    let _ = book.phrases.search("sorry upd", lang, None, 10);
    let _ = book.phrases.search("@update #email !team", lang, None, 10);
});
