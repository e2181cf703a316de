//! The public JSON contract of `marsad analyze` (see docs/schema.md), one implementation shared
//! by every outer crate that serializes an analysis (the `marsad` CLI, the HTTP server, the
//! Python package). The engine's types are plain data converted here; the core crates know
//! nothing about JSON.

use marsad_engine::{Analysis, Resources};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct SegmentOut<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: &'a str,
}

#[derive(Serialize)]
pub struct TokenOut<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: &'a str,
    pub norm: &'a str,
    pub stem: &'a str,
    pub segments: Vec<SegmentOut<'a>>,
}

#[derive(Serialize)]
pub struct EntityOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Serialize)]
pub struct SpanOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl SpanOut {
    fn new(base: usize, text: &str, r: &std::ops::Range<usize>) -> Self {
        SpanOut { start: base + r.start, end: base + r.end, text: text[r.clone()].to_string() }
    }
}

#[derive(Serialize)]
pub struct ActorRefOut {
    pub id: String,
    pub name_en: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

#[derive(Serialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub how: &'static str,
}

#[derive(Serialize)]
pub struct ActorOut {
    pub id: String,
    pub name_en: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<&'static str>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub mentions: Vec<MentionOut>,
}

#[derive(Serialize)]
pub struct PlaceOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub geonames_id: Option<u32>,
    pub name_en: Option<String>,
    pub country_code: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl PlaceOut {
    /// A gazetteer match as written (without its leading clitic: بموسكو → موسكو).
    fn new(base: usize, text: &str, m: &marsad_engine::PlaceMatch, resources: &Resources) -> Self {
        let p = resources.places.place(m.place);
        let r = m.range.start + m.clitic_len..m.range.end;
        PlaceOut { start: base + r.start, end: base + r.end, text: text[r].to_string(), geonames_id: p.geonames_id, name_en: p.name_en.clone(), country_code: p.country_code.clone(), lat: p.lat, lon: p.lon }
    }
}

#[derive(Serialize)]
pub struct QuoteOut {
    /// The resolved speaker (a document actor), when known.
    pub speaker_actor: Option<ActorRefOut>,
    pub speaker: Option<SpanOut>,
    /// The person/organisation inside the speaker mention (the resolved speaker for carried or
    /// title-only mentions).
    pub speaker_head: Option<SpanOut>,
    /// (session 33) The speaker's name in citation form (nominative, pronoun possessor spelled
    /// out), only when it differs from the speaker_head (else speaker) text; `null` otherwise.
    /// A derived label: the spans above are the provenance.
    pub speaker_name: Option<String>,
    pub speaker_source: &'static str,
    pub verb: SpanOut,
    pub content: SpanOut,
    pub kind: &'static str,
    pub confidence: f32,
    /// The rule that found the quote, `+` the rule that set its speaker when one did
    /// (`quote.that+naming`).
    pub provenance: std::borrow::Cow<'static, str>,
}

#[derive(Serialize)]
pub struct DateOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// ISO 8601 value (`2020-09-24`, `2020-W39`, `2020-10`, `2001`, an interval for Hijri
    /// months) or, without a publication date, a relative notation (`PUB-1D`, `thursday<=PUB`).
    pub value: String,
    pub resolved: bool,
    pub granularity: &'static str,
    pub relative: bool,
    pub calendar: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<&'static str>,
    pub confidence: f32,
    pub provenance: &'static str,
}

#[derive(Serialize)]
pub struct ParticipantOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Document actor id (knowledge-base id or `name:…`), null for agent/country phrases.
    pub id: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

#[derive(Serialize)]
pub struct EventOut {
    /// PLOVER event type (`CONSULT`, `PROTEST`, `ASSAULT`, …).
    pub event: &'static str,
    pub mode: Option<String>,
    pub context: Vec<String>,
    /// CAMEO event code (GDELT EventCode).
    pub cameo: String,
    pub quad_class: u8,
    /// PLOVER conflict–cooperation score (GDELT GoldsteinScale slot).
    pub score: f32,
    pub actors: Vec<ParticipantOut>,
    pub recipients: Vec<ParticipantOut>,
    pub trigger: SpanOut,
    /// Byte range of the sentence of the first mention.
    pub sentence: SentenceOut,
    pub date: Option<String>,
    pub place: Option<PlaceOut>,
    pub negated: bool,
    pub future: bool,
    pub hypothetical: bool,
    pub reported: bool,
    /// Mentions of this event in the document (after deduplication).
    pub mentions: usize,
    pub mention_triggers: Vec<SpanOut>,
    pub confidence: f32,
    pub provenance: String,
}

#[derive(Serialize, Clone, Copy)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
}

/// Writes one document object, possibly in several chunks of text (offsets shifted by each
/// chunk's base), so a huge plain-text input streams with memory bounded by one chunk.
pub struct DocWriter<W: Write> {
    out: W,
    first_token: bool,
    sentences: Spill<SentenceOut>,
    entities: Spill<EntityOut>,
    quotes: Spill<QuoteOut>,
    dates: Spill<DateOut>,
    actors: Spill<ActorOut>,
    places: Spill<PlaceOut>,
    events: Spill<EventOut>,
}

/// Items held in memory up to a bound, then spilled as JSON to an anonymous temporary file,
/// so the arrays written after the tokens of a huge document never grow memory without bound.
pub struct Spill<T> {
    buf: Vec<T>,
    file: Option<io::BufWriter<std::fs::File>>,
    written: usize,
}

/// Items kept in memory before spilling.
const SPILL_AT: usize = 4096;

impl<T: Serialize> Spill<T> {
    fn new() -> Self {
        Spill { buf: Vec::new(), file: None, written: 0 }
    }

    fn extend(&mut self, items: impl IntoIterator<Item = T>) -> io::Result<()> {
        for x in items {
            self.buf.push(x);
            if self.buf.len() >= SPILL_AT {
                self.spill()?;
            }
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            self.file = Some(io::BufWriter::new(tempfile::tempfile()?));
        }
        let Some(f) = self.file.as_mut() else { return Ok(()) };
        for x in self.buf.drain(..) {
            if self.written > 0 {
                f.write_all(b",")?;
            }
            serde_json::to_writer(&mut *f, &x)?;
            self.written += 1;
        }
        Ok(())
    }

    /// Write the whole array: spilled items, then those still in memory.
    fn write_array(self, out: &mut impl Write) -> io::Result<()> {
        use std::io::{Seek, SeekFrom};
        out.write_all(b"[")?;
        if let Some(f) = self.file {
            let mut file = f.into_inner().map_err(|e| e.into_error())?;
            file.seek(SeekFrom::Start(0))?;
            io::copy(&mut file, out)?;
        }
        for (i, x) in self.buf.iter().enumerate() {
            if self.written + i > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut *out, x)?;
        }
        out.write_all(b"]")
    }
}

impl<W: Write> DocWriter<W> {
    /// Start the object: `{"id":…,(extra fields),"tokens":[`.
    pub fn begin(mut out: W, id: &str, extra: &[(&str, &serde_json::Value)]) -> io::Result<Self> {
        out.write_all(b"{\"id\":")?;
        serde_json::to_writer(&mut out, id)?;
        for (k, v) in extra {
            out.write_all(b",")?;
            serde_json::to_writer(&mut out, k)?;
            out.write_all(b":")?;
            serde_json::to_writer(&mut out, v)?;
        }
        out.write_all(b",\"tokens\":[")?;
        Ok(DocWriter { out, first_token: true, sentences: Spill::new(), entities: Spill::new(), quotes: Spill::new(), dates: Spill::new(), actors: Spill::new(), places: Spill::new(), events: Spill::new() })
    }

    /// Add the analysis of `text`, a chunk that starts at byte `base` of the document.
    pub fn chunk(&mut self, base: usize, text: &str, analysis: &Analysis<'_>, resources: &Resources) -> io::Result<()> {
        for t in &analysis.tokens {
            if !self.first_token {
                self.out.write_all(b",")?;
            }
            self.first_token = false;
            let segs = analysis.segments[t.segments.clone()].iter().map(|s| SegmentOut { start: base + s.range.start, end: base + s.range.end, kind: s.kind.as_str() }).collect();
            let tok = TokenOut { start: base + t.token.range.start, end: base + t.token.range.end, kind: t.token.kind.as_str(), norm: &t.norm, stem: t.stem(), segments: segs };
            serde_json::to_writer(&mut self.out, &tok)?;
        }
        self.sentences.extend(analysis.sentences.iter().map(|s| SentenceOut { start: base + s.range.start, end: base + s.range.end }))?;
        self.entities.extend(analysis.entities.iter().map(|e| entity_out(base, text, e)))?;
        self.dates.extend(analysis.dates.iter().map(|d| {
            let iso = d.value.iso();
            DateOut {
                start: base + d.range.start,
                end: base + d.range.end,
                text: text[d.range.clone()].to_string(),
                resolved: iso.is_some(),
                value: iso.unwrap_or_else(|| d.value.to_string()),
                granularity: d.granularity.as_str(),
                relative: d.relative,
                calendar: d.calendar.as_str(),
                part_of_day: d.part_of_day.map(|p| p.as_str()),
                confidence: d.confidence,
                provenance: d.provenance,
            }
        }))?;
        self.actors.extend(analysis.actors.iter().map(|a| ActorOut {
            id: a.id.clone(),
            name_en: a.name_en.clone(),
            kind: a.kind.map(|k| k.as_str()),
            country: a.country.clone(),
            sector: a.sector.clone(),
            mentions: a.mentions.iter().map(|m| MentionOut { start: base + m.range.start, end: base + m.range.end, text: text[m.range.clone()].to_string(), how: m.kind.as_str() }).collect(),
        }))?;
        self.places.extend(analysis.places.iter().map(|m| PlaceOut::new(base, text, m, resources)))?;
        self.quotes.extend(analysis.quotes.iter().map(|q| quote_out(base, text, q, analysis)))?;
        self.events.extend(analysis.events.iter().map(|e| event_out(base, text, e, analysis, resources)))?;
        Ok(())
    }

    /// Close the object (sentences follow the tokens) and end the line.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"],\"sentences\":")?;
        self.sentences.write_array(&mut self.out)?;
        self.out.write_all(b",\"entities\":")?;
        self.entities.write_array(&mut self.out)?;
        self.out.write_all(b",\"quotes\":")?;
        self.quotes.write_array(&mut self.out)?;
        self.out.write_all(b",\"dates\":")?;
        self.dates.write_array(&mut self.out)?;
        self.out.write_all(b",\"actors\":")?;
        self.actors.write_array(&mut self.out)?;
        self.out.write_all(b",\"places\":")?;
        self.places.write_array(&mut self.out)?;
        self.out.write_all(b",\"events\":")?;
        self.events.write_array(&mut self.out)?;
        self.out.write_all(b"}\n")?;
        Ok(self.out)
    }
}

/// The output object of one entity of `analysis` (of `text`, a chunk starting at byte `base`).
/// The per-item conversions are public so that columnar outputs (the Python package's Arrow
/// batches) carry exactly the values of the JSON contract.
pub fn entity_out(base: usize, text: &str, e: &marsad_engine::Entity) -> EntityOut {
    EntityOut { start: base + e.range.start, end: base + e.range.end, text: text[e.range.clone()].to_string(), kind: e.kind.as_str(), country: e.country.as_ref().map(|c| c.as_str().to_string()) }
}

/// The output object of one quote of `analysis` (speaker resolved against its actors).
pub fn quote_out(base: usize, text: &str, q: &marsad_engine::Quote, analysis: &Analysis<'_>) -> QuoteOut {
    QuoteOut {
        speaker_actor: q.speaker_head.as_ref().or(q.speaker.as_ref()).and_then(|r| marsad_engine::actor_at(&analysis.actors, r)).map(|a| ActorRefOut { id: a.id.clone(), name_en: a.name_en.clone(), country: a.country.clone(), sector: a.sector.clone() }),
        speaker: q.speaker.as_ref().map(|r| SpanOut::new(base, text, r)),
        speaker_head: q.speaker_head.as_ref().map(|r| SpanOut::new(base, text, r)),
        speaker_name: q.speaker_name.clone(),
        speaker_source: match q.speaker_source {
            marsad_engine::SpeakerSource::Explicit => "explicit",
            marsad_engine::SpeakerSource::Carried => "carried",
            marsad_engine::SpeakerSource::Unknown => "unknown",
        },
        verb: SpanOut::new(base, text, &q.verb),
        content: SpanOut::new(base, text, &q.content),
        kind: q.kind.as_str(),
        confidence: q.confidence,
        provenance: q.provenance_tag(),
    }
}

/// The output object of one event of `analysis` (its sentence and place looked up in it).
pub fn event_out(base: usize, text: &str, e: &marsad_engine::Event, analysis: &Analysis<'_>, resources: &Resources) -> EventOut {
    let part = |p: &marsad_engine::Participant| ParticipantOut { start: base + p.range.start, end: base + p.range.end, text: text[p.range.clone()].to_string(), id: p.id.clone(), country: p.country.clone(), sector: p.sector.clone() };
    let s = &analysis.sentences[e.sentence];
    EventOut {
        event: e.event.as_str(),
        mode: e.mode.clone(),
        context: e.contexts.clone(),
        cameo: e.cameo.clone(),
        quad_class: e.event.quad_class(),
        score: e.event.score(e.mode.as_deref()),
        actors: e.actors.iter().map(part).collect(),
        recipients: e.recipients.iter().map(part).collect(),
        trigger: SpanOut::new(base, text, &e.trigger),
        sentence: SentenceOut { start: base + s.range.start, end: base + s.range.end },
        date: e.date.clone(),
        place: e.place.map(|i| PlaceOut::new(base, text, &analysis.places[i], resources)),
        negated: e.flags.negated,
        future: e.flags.future,
        hypothetical: e.flags.hypothetical,
        reported: e.flags.reported,
        mentions: e.mentions.len(),
        mention_triggers: e.mentions.iter().map(|r| SpanOut::new(base, text, r)).collect(),
        confidence: e.confidence,
        provenance: e.provenance.clone(),
    }
}

/// The whole JSON object of one document analyzed in one piece (`text` is the whole document),
/// with a trailing newline: the same bytes `marsad analyze --format jsonl` writes for it.
/// `extra` fields follow `id` (e.g. `published`).
pub fn document_json(id: &str, extra: &[(&str, &serde_json::Value)], text: &str, analysis: &Analysis<'_>, resources: &Resources) -> io::Result<Vec<u8>> {
    let mut w = DocWriter::begin(Vec::with_capacity(text.len() * 8), id, extra)?;
    w.chunk(0, text, analysis, resources)?;
    w.finish()
}

#[cfg(feature = "store")]
mod stored {
    use super::{ParticipantOut, PlaceOut, SentenceOut, SpanOut};
    use marsad_store::{EventRow, ParticipantRow, PlaceRow};
    use serde_json::{json, Value};

    impl From<&ParticipantRow> for ParticipantOut {
        fn from(p: &ParticipantRow) -> Self {
            ParticipantOut { start: p.start, end: p.end, text: p.text.clone(), id: p.id.clone(), country: p.country.clone(), sector: p.sector.clone() }
        }
    }

    impl From<&PlaceRow> for PlaceOut {
        fn from(p: &PlaceRow) -> Self {
            PlaceOut { start: p.start, end: p.end, text: p.text.clone(), geonames_id: p.geonames_id, name_en: p.name_en.clone(), country_code: p.country_code.clone(), lat: p.lat, lon: p.lon }
        }
    }

    /// A stored (cluster-merged) event as a JSON object in the shape of the analyze contract's
    /// event, without `mention_triggers` (the store keeps only the first mention's trigger).
    /// One body for every surface: `marsad events --json`, the PLOVER/GDELT exports and the
    /// server's `/api/events` add their own envelope (document, cluster counts) to it.
    pub fn stored_event_json(r: &EventRow) -> Value {
        json!({
            "event": r.kind,
            "mode": r.mode,
            "context": r.contexts,
            "cameo": r.cameo,
            "quad_class": r.quad_class,
            "score": r.score,
            "actors": r.actors.iter().map(ParticipantOut::from).collect::<Vec<_>>(),
            "recipients": r.recipients.iter().map(ParticipantOut::from).collect::<Vec<_>>(),
            "trigger": SpanOut { start: r.trigger.start, end: r.trigger.end, text: r.trigger.text.clone() },
            "sentence": SentenceOut { start: r.sentence_start, end: r.sentence_end },
            "date": r.date,
            "place": r.place.as_ref().map(PlaceOut::from),
            "negated": r.negated,
            "future": r.future,
            "hypothetical": r.hypothetical,
            "reported": r.reported,
            "mentions": r.mentions,
            "confidence": r.confidence,
            "provenance": r.provenance,
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;
        use crate::EventOut;
        use marsad_store::SpanRow;

        /// A stored event has exactly the keys and values of the analyze contract's event
        /// but for `mention_triggers`, which the store does not keep.
        #[test]
        fn stored_event_has_the_analyze_event_shape() {
            // wafd ("delegation") ... fī mūskū ("in Moscow")
            let p = ParticipantRow { start: 0, end: 8, text: "وفد".into(), id: Some("name:وفد".into()), country: Some("IRN".into()), sector: Some("GOV".into()) };
            let place = PlaceRow { start: 20, end: 30, text: "موسكو".into(), geonames_id: Some(524901), name_en: Some("Moscow".into()), country_code: "RU".into(), lat: Some(55.75), lon: Some(37.62) };
            let row = EventRow {
                kind: "CONSULT".into(),
                mode: Some("visit".into()),
                contexts: vec!["diplomatic".into()],
                cameo: "042".into(),
                quad_class: 1,
                score: 1.9,
                actors: vec![p.clone()],
                recipients: vec![],
                trigger: SpanRow { start: 9, end: 15, text: "زار".into() },
                sentence_start: 0,
                sentence_end: 40,
                date: Some("2020-09-24".into()),
                date_in_text: true,
                place: Some(place.clone()),
                negated: false,
                future: true,
                hypothetical: false,
                reported: true,
                mentions: 2,
                confidence: 0.6,
                provenance: "lexicon".into(),
            };
            let out = EventOut {
                event: "CONSULT",
                mode: row.mode.clone(),
                context: row.contexts.clone(),
                cameo: row.cameo.clone(),
                quad_class: 1,
                score: 1.9,
                actors: vec![ParticipantOut::from(&p)],
                recipients: vec![],
                trigger: SpanOut { start: 9, end: 15, text: "زار".into() },
                sentence: SentenceOut { start: 0, end: 40 },
                date: row.date.clone(),
                place: Some(PlaceOut::from(&place)),
                negated: false,
                future: true,
                hypothetical: false,
                reported: true,
                mentions: 2,
                mention_triggers: vec![SpanOut { start: 9, end: 15, text: "زار".into() }],
                confidence: 0.6,
                provenance: "lexicon".into(),
            };
            let mut expected = serde_json::to_value(&out).expect("serialize");
            expected.as_object_mut().expect("an object").remove("mention_triggers");
            assert_eq!(stored_event_json(&row), expected);
        }
    }
}

#[cfg(feature = "store")]
pub use stored::stored_event_json;

/// A publication date as feeds write it (one parser for every surface).
pub use marsad_engine::parse_published;

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_engine::{analyze, AnalysisConfig};

    /// Every span of the JSON points into the input: `text[start..end]` is the surface form.
    #[test]
    fn document_json_spans_point_into_the_input() {
        let resources = Resources::embedded().expect("embedded resources");
        // wa-qāla wazīru al-khārijiyyati al-īrāniyyu muḥammad jawād ẓarīf fī mūskū inna … :
        // "And Iranian FM Mohammad Javad Zarif said in Moscow that talks were constructive."
        let text = "وقال وزير الخارجية الايراني محمد جواد ظريف في موسكو ان المحادثات كانت بناءة.";
        let analysis = analyze(text, &resources, &AnalysisConfig::full());
        let bytes = document_json("d1", &[], text, &analysis, &resources).expect("serialize");
        assert_eq!(bytes.last(), Some(&b'\n'));
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON");
        assert_eq!(v["id"], "d1");
        let span = |x: &serde_json::Value| &text[x["start"].as_u64().unwrap() as usize..x["end"].as_u64().unwrap() as usize];
        let tokens = v["tokens"].as_array().unwrap();
        assert_eq!(span(&tokens[0]), "وقال");
        for e in v["entities"].as_array().unwrap() {
            assert_eq!(span(e), e["text"].as_str().unwrap());
        }
        let quotes = v["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 1, "{v}");
        assert_eq!(span(&quotes[0]["verb"]), "وقال");
        assert!(span(&quotes[0]["speaker"]).contains("ظريف"));
        for p in v["places"].as_array().unwrap() {
            assert_eq!(span(p), "موسكو");
        }
    }
}
