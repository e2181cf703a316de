//! Conversions between the engine's analysis, store rows and index documents.

use marsad_engine::{analyze_document, Analysis, AnalysisConfig, CivilDate, Document, Resources};
use marsad_index::IndexDoc;
use marsad_store::{ActorRow, AnalysisRows, MentionRow, DateRow, EntityRow, EventRow, MinHash, ParticipantRow, PlaceRow, QuoteRow, SpanRow, StoredDocument};
use marsad_text::normalize;

/// The index document of a stored document.
pub fn index_doc(d: &StoredDocument) -> IndexDoc<'_> {
    let mut doc = IndexDoc {
        seq: d.seq as u64,
        cluster: d.cluster as u64,
        title: d.title.as_deref(),
        text: &d.text,
        source: d.source.as_deref(),
        published: d.published.as_deref(),
        ..IndexDoc::default()
    };
    add_entities(&mut doc, &d.extra.entities);
    doc.event_types.extend(d.extra.event_types.iter().map(String::as_str));
    doc.actors.extend(d.extra.event_actor_codes.iter().map(String::as_str));
    doc
}

/// Event types and participant codes (`IRN`, `IRNGOV`) of event rows, for the index.
pub fn event_terms(events: &[EventRow]) -> (Vec<String>, Vec<String>) {
    let mut types: Vec<String> = events.iter().map(|e| e.kind.clone()).collect();
    let mut codes: Vec<String> = Vec::new();
    for p in events.iter().flat_map(|e| e.actors.iter().chain(&e.recipients)) {
        if let Some(c) = &p.country {
            codes.push(c.clone());
            if p.sector.is_some() {
                codes.push(p.code());
            }
        }
    }
    types.sort();
    types.dedup();
    codes.sort();
    codes.dedup();
    (types, codes)
}

/// Person, place, organisation and actor fields from entity rows.
pub fn add_entities<'a>(doc: &mut IndexDoc<'a>, entities: &'a [EntityRow]) {
    for e in entities {
        match e.kind.as_str() {
            "PER" => doc.persons.push((&e.text, &e.key)),
            "LOC" => doc.places.push((&e.text, &e.key)),
            "ORG" => doc.orgs.push((&e.text, &e.key)),
            _ => {}
        }
        if let Some(c) = &e.country {
            doc.actors.push(c);
        }
    }
}

/// Analyze a document (full analysis) and turn the result into store rows.
pub fn analysis_rows(text: &str, published: Option<CivilDate>, resources: &Resources) -> AnalysisRows {
    let a = analyze_document(&Document { text, published }, resources, &AnalysisConfig::full());
    rows_of(text, &a, published, resources)
}

fn span(text: &str, r: &std::ops::Range<usize>) -> SpanRow {
    SpanRow { start: r.start, end: r.end, text: text[r.clone()].to_string() }
}

/// A gazetteer match as written (without its leading clitic: بموسكو bi-mūskū "in Moscow" →
/// موسكو).
fn place_row(text: &str, m: &marsad_engine::PlaceMatch, resources: &Resources) -> PlaceRow {
    let p = resources.places.place(m.place);
    let r = m.range.start + m.clitic_len..m.range.end;
    PlaceRow { start: r.start, end: r.end, text: text[r].to_string(), geonames_id: p.geonames_id, name_en: p.name_en.clone(), country_code: p.country_code.clone(), lat: p.lat, lon: p.lon }
}

fn participant(text: &str, p: &marsad_engine::Participant) -> ParticipantRow {
    ParticipantRow { start: p.range.start, end: p.range.end, text: text[p.range.clone()].to_string(), id: p.id.clone(), country: p.country.clone(), sector: p.sector.clone() }
}

/// Store rows of an analysis (`published` and `resources` as given to the analysis).
pub fn rows_of(text: &str, a: &Analysis<'_>, published: Option<CivilDate>, resources: &Resources) -> AnalysisRows {
    let published = published.map(crate::dates::iso_date);
    let events = a
        .events
        .iter()
        .map(|e| {
            let sentence = a.sentences.get(e.sentence).map_or(e.trigger.clone(), |s| s.range.clone());
            EventRow {
                kind: e.event.as_str().to_string(),
                mode: e.mode.clone(),
                contexts: e.contexts.clone(),
                cameo: e.cameo.clone(),
                quad_class: e.event.quad_class(),
                score: e.event.score(e.mode.as_deref()),
                actors: e.actors.iter().map(|p| participant(text, p)).collect(),
                recipients: e.recipients.iter().map(|p| participant(text, p)).collect(),
                trigger: span(text, &e.trigger),
                sentence_start: sentence.start,
                sentence_end: sentence.end,
                date: e.date.clone(),
                date_in_text: e.date.is_some() && e.date != published,
                place: e.place.and_then(|i| a.places.get(i)).map(|m| place_row(text, m, resources)),
                negated: e.flags.negated,
                future: e.flags.future,
                hypothetical: e.flags.hypothetical,
                reported: e.flags.reported,
                mentions: e.mentions.len().max(1) as u32,
                confidence: e.confidence,
                provenance: e.provenance.clone(),
            }
        })
        .collect();
    let entities = a
        .entities
        .iter()
        .map(|e| {
            let surface = &text[e.range.clone()];
            EntityRow { start: e.range.start, end: e.range.end, kind: e.kind.as_str().to_string(), text: surface.to_string(), key: normalize::search_key(surface).into_owned(), country: e.country.as_ref().map(|c| c.as_str().to_string()) }
        })
        .collect();
    let quotes = a
        .quotes
        .iter()
        .map(|q| QuoteRow {
            verb: span(text, &q.verb),
            speaker: q.speaker.as_ref().map(|r| span(text, r)),
            speaker_head: q.speaker_head.as_ref().map(|r| span(text, r)),
            speaker_source: match q.speaker_source {
                marsad_engine::SpeakerSource::Explicit => "explicit",
                marsad_engine::SpeakerSource::Carried => "carried",
                marsad_engine::SpeakerSource::Unknown => "unknown",
            }
            .to_string(),
            content: span(text, &q.content),
            kind: q.kind.as_str().to_string(),
            confidence: q.confidence,
            provenance: q.provenance_tag().into_owned(),
            // The same resolution as the analyze contract's `speaker_actor` (marsad-json).
            speaker_actor: q.speaker_head.as_ref().or(q.speaker.as_ref()).and_then(|r| marsad_engine::actor_at(&a.actors, r)).map(|x| x.id.clone()),
            // The analyze contract's `speaker_name` (citation form; `None` when it is the text).
            speaker_name: q.speaker_name.clone(),
        })
        .collect();
    let actors = a
        .actors
        .iter()
        .map(|x| ActorRow {
            id: x.id.clone(),
            name_en: x.name_en.clone(),
            kind: x.kind.map(|k| k.as_str().to_string()),
            country: x.country.clone(),
            sector: x.sector.clone(),
            mentions: x.mentions.iter().map(|m| MentionRow { start: m.range.start, end: m.range.end, text: text[m.range.clone()].to_string(), how: m.kind.as_str().to_string() }).collect(),
        })
        .collect();
    let dates = a
        .dates
        .iter()
        .map(|d| {
            let iso = d.value.iso();
            DateRow {
                start: d.range.start,
                end: d.range.end,
                text: text[d.range.clone()].to_string(),
                resolved: iso.is_some(),
                value: iso.unwrap_or_else(|| d.value.to_string()),
                granularity: d.granularity.as_str().to_string(),
                confidence: d.confidence,
                provenance: d.provenance.to_string(),
            }
        })
        .collect();
    let minhash = MinHash::of_keys(a.tokens.iter().filter(|t| t.token.kind.is_wordlike()).map(|t| t.norm.as_ref()));
    AnalysisRows { entities, quotes, dates, events, actors, minhash }
}
