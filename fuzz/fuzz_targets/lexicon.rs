//! The clitic lexicon parser takes outside input (a file a user may edit): never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = marsad_text::CliticLexicon::parse(text);
    }
});
