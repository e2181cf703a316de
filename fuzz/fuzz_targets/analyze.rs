//! Any bytes → (lossy) text → full text-core analysis: must never panic, and every range must
//! lie on char boundaries with segments concatenating back to their token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RESOURCES: OnceLock<marsad_engine::Resources> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let resources = RESOURCES.get_or_init(|| marsad_engine::Resources::embedded().expect("embedded resources"));
    let a = marsad_engine::analyze(&text, resources, &marsad_engine::AnalysisConfig::full());
    for t in &a.tokens {
        let surface = &text[t.token.range.clone()];
        let joined: String = a.segments[t.segments.clone()].iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(joined, surface);
        assert!(t.norm.contains(t.stem()) || t.stem().is_empty());
    }
    for s in &a.sentences {
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
    }
});
