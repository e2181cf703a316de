//! Arrow in, Arrow out: a RecordBatch of documents (`id`, `text`, `published`) → RecordBatches of
//! entities, quotes and events. The texts are read in place from the input buffers (no copy);
//! each output row holds the values of the JSON contract (`marsad_json::{entity_out, quote_out,
//! event_out}`), flattened into columns.

use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, BooleanArray, Float32Array, Float64Array, Int32Array, Int64Array, ListArray, RecordBatch, StringArray, StructArray};
use arrow::buffer::OffsetBuffer;
use arrow::datatypes::{DataType, Field, Fields, Schema};
use arrow::error::ArrowError;
use marsad_engine::{analyze_document, AnalysisConfig, CivilDate, Document, Resources};
use marsad_json::{EntityOut, EventOut, ParticipantOut, QuoteOut};
use rayon::prelude::*;

/// Bad input: a wrong column type (Python `TypeError`) or a wrong value (`ValueError`).
pub enum InputError {
    Type(String),
    Value(String),
}

/// The text column, in whichever Arrow string layout it came.
enum Texts<'a> {
    Utf8(&'a arrow::array::StringArray),
    Large(&'a arrow::array::LargeStringArray),
    View(&'a arrow::array::StringViewArray),
}

impl Texts<'_> {
    fn get(&self, i: usize) -> &str {
        match self {
            Texts::Utf8(a) => a.value(i),
            Texts::Large(a) => a.value(i),
            Texts::View(a) => a.value(i),
        }
    }
}

/// The documents of an input batch, validated.
pub struct Input<'a> {
    texts: Texts<'a>,
    ids: Vec<String>,
    published: Vec<Option<CivilDate>>,
}

fn column<'a>(rb: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef, InputError> {
    rb.column_by_name(name).ok_or_else(|| {
        let have: Vec<&str> = rb.schema_ref().fields().iter().map(|f| f.name().as_str()).collect();
        InputError::Value(format!("the batch has no `{name}` column (columns: {})", have.join(", ")))
    })
}

/// The strings of a string column (any layout), `None` for nulls.
fn strings(a: &ArrayRef) -> Option<Vec<Option<&str>>> {
    match a.data_type() {
        DataType::Utf8 => Some(a.as_string::<i32>().iter().collect()),
        DataType::LargeUtf8 => Some(a.as_string::<i64>().iter().collect()),
        DataType::Utf8View => Some(a.as_string_view().iter().collect()),
        _ => None,
    }
}

impl<'a> Input<'a> {
    pub fn new(rb: &'a RecordBatch) -> Result<Self, InputError> {
        let text = column(rb, "text")?;
        let texts = match text.data_type() {
            DataType::Utf8 => Texts::Utf8(text.as_string::<i32>()),
            DataType::LargeUtf8 => Texts::Large(text.as_string::<i64>()),
            DataType::Utf8View => Texts::View(text.as_string_view()),
            t => return Err(InputError::Type(format!("column `text` must be string, large_string or string_view, got {t}"))),
        };
        let id = column(rb, "id")?;
        let ids: Vec<Option<String>> = match id.data_type() {
            DataType::Int32 | DataType::Int64 | DataType::UInt32 | DataType::UInt64 => {
                let as64 = arrow::compute::cast(id, &DataType::Int64).map_err(|e| InputError::Type(format!("column `id`: {e}")))?;
                as64.as_primitive::<arrow::datatypes::Int64Type>().iter().map(|v| v.map(|v| v.to_string())).collect()
            }
            t => match strings(id) {
                Some(v) => v.into_iter().map(|s| s.map(str::to_string)).collect(),
                None => return Err(InputError::Type(format!("column `id` must be string or integer, got {t}"))),
            },
        };
        let ids = ids.into_iter().enumerate().map(|(i, v)| v.ok_or_else(|| InputError::Value(format!("column `id` is null at row {i}")))).collect::<Result<Vec<_>, _>>()?;
        if let Some(i) = (0..text.len()).find(|&i| text.is_null(i)) {
            return Err(InputError::Value(format!("column `text` is null at row {i} (id {:?})", ids[i])));
        }
        let published = match rb.column_by_name("published") {
            None => vec![None; rb.num_rows()],
            Some(p) => match p.data_type() {
                // Unrecognised strings leave relative dates relative, as in `marsad analyze`.
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => strings(p).unwrap_or_default().into_iter().map(|s| s.and_then(marsad_json::parse_published)).collect(),
                DataType::Date32 | DataType::Date64 | DataType::Timestamp(_, _) => {
                    let days = arrow::compute::cast(p, &DataType::Date32).map_err(|e| InputError::Type(format!("column `published`: {e}")))?;
                    days.as_primitive::<arrow::datatypes::Date32Type>().iter().map(|d| d.and_then(|d| CivilDate::from_days(i64::from(d)))).collect()
                }
                DataType::Null => vec![None; rb.num_rows()],
                t => return Err(InputError::Type(format!("column `published` must be string, date or timestamp, got {t}"))),
            },
        };
        Ok(Input { texts, ids, published })
    }
}

/// What one document yields.
#[derive(Default)]
struct DocOut {
    entities: Vec<EntityOut>,
    quotes: Vec<QuoteOut>,
    events: Vec<EventOut>,
}

/// Analyze every row (in parallel on the current rayon pool) and build the three batches.
pub fn analyze(input: &Input<'_>, resources: &Resources) -> Result<Vec<(&'static str, RecordBatch)>, ArrowError> {
    let config = AnalysisConfig::full();
    let docs: Vec<DocOut> = (0..input.ids.len())
        .into_par_iter()
        .map(|i| {
            let text = input.texts.get(i);
            let a = analyze_document(&Document { text, published: input.published[i] }, resources, &config);
            DocOut {
                entities: a.entities.iter().map(|e| marsad_json::entity_out(0, text, e)).collect(),
                quotes: a.quotes.iter().map(|q| marsad_json::quote_out(0, text, q, &a)).collect(),
                events: a.events.iter().map(|e| marsad_json::event_out(0, text, e, &a, resources)).collect(),
            }
        })
        .collect();
    Ok(vec![("entities", entities(input, &docs)?), ("quotes", quotes(input, &docs)?), ("events", events(input, &docs)?)])
}

/// Columns under construction.
#[derive(Default)]
struct Cols {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

impl Cols {
    fn add(&mut self, name: &str, nullable: bool, a: ArrayRef) {
        self.fields.push(Field::new(name, a.data_type().clone(), nullable));
        self.arrays.push(a);
    }
    fn str<'s>(&mut self, name: &str, v: impl IntoIterator<Item = &'s str>) {
        self.add(name, false, Arc::new(StringArray::from_iter_values(v)));
    }
    fn opt_str<'s>(&mut self, name: &str, v: impl IntoIterator<Item = Option<&'s str>>) {
        self.add(name, true, Arc::new(v.into_iter().collect::<StringArray>()));
    }
    fn i64(&mut self, name: &str, v: impl IntoIterator<Item = usize>) {
        self.add(name, false, Arc::new(Int64Array::from_iter_values(v.into_iter().map(|x| x as i64))));
    }
    fn opt_i64(&mut self, name: &str, v: impl IntoIterator<Item = Option<i64>>) {
        self.add(name, true, Arc::new(v.into_iter().collect::<Int64Array>()));
    }
    fn f32(&mut self, name: &str, v: impl IntoIterator<Item = f32>) {
        self.add(name, false, Arc::new(Float32Array::from_iter_values(v)));
    }
    fn opt_f64(&mut self, name: &str, v: impl IntoIterator<Item = Option<f64>>) {
        self.add(name, true, Arc::new(v.into_iter().collect::<Float64Array>()));
    }
    fn bool(&mut self, name: &str, v: impl IntoIterator<Item = bool>) {
        self.add(name, false, Arc::new(v.into_iter().map(Some).collect::<BooleanArray>()));
    }
    fn batch(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
    fn into_struct(self) -> Result<StructArray, ArrowError> {
        StructArray::try_new(Fields::from(self.fields), self.arrays, None)
    }
}

/// The `row` and `id` columns: for each output item, its input row.
fn row_cols(cols: &mut Cols, input: &Input<'_>, rows: &[usize]) {
    cols.add("row", false, Arc::new(Int32Array::from_iter_values(rows.iter().map(|&r| r as i32))));
    cols.str("id", rows.iter().map(|&r| input.ids[r].as_str()));
}

fn entities(input: &Input<'_>, docs: &[DocOut]) -> Result<RecordBatch, ArrowError> {
    let items: Vec<(usize, &EntityOut)> = docs.iter().enumerate().flat_map(|(r, d)| d.entities.iter().map(move |e| (r, e))).collect();
    let mut c = Cols::default();
    row_cols(&mut c, input, &items.iter().map(|x| x.0).collect::<Vec<_>>());
    c.i64("start", items.iter().map(|(_, e)| e.start));
    c.i64("end", items.iter().map(|(_, e)| e.end));
    c.str("text", items.iter().map(|(_, e)| e.text.as_str()));
    c.str("type", items.iter().map(|(_, e)| e.kind));
    c.opt_str("country", items.iter().map(|(_, e)| e.country.as_deref()));
    c.batch()
}

fn quotes(input: &Input<'_>, docs: &[DocOut]) -> Result<RecordBatch, ArrowError> {
    let items: Vec<(usize, &QuoteOut)> = docs.iter().enumerate().flat_map(|(r, d)| d.quotes.iter().map(move |q| (r, q))).collect();
    let mut c = Cols::default();
    row_cols(&mut c, input, &items.iter().map(|x| x.0).collect::<Vec<_>>());
    c.opt_str("speaker_actor_id", items.iter().map(|(_, q)| q.speaker_actor.as_ref().map(|a| a.id.as_str())));
    c.opt_str("speaker_actor_name_en", items.iter().map(|(_, q)| q.speaker_actor.as_ref().and_then(|a| a.name_en.as_deref())));
    c.opt_str("speaker_actor_country", items.iter().map(|(_, q)| q.speaker_actor.as_ref().and_then(|a| a.country.as_deref())));
    c.opt_str("speaker_actor_sector", items.iter().map(|(_, q)| q.speaker_actor.as_ref().and_then(|a| a.sector.as_deref())));
    for (name, get) in [("speaker", (|q: &QuoteOut| q.speaker.as_ref()) as fn(&QuoteOut) -> Option<&marsad_json::SpanOut>), ("speaker_head", |q: &QuoteOut| q.speaker_head.as_ref())] {
        c.opt_i64(&format!("{name}_start"), items.iter().map(|(_, q)| get(q).map(|s| s.start as i64)));
        c.opt_i64(&format!("{name}_end"), items.iter().map(|(_, q)| get(q).map(|s| s.end as i64)));
        c.opt_str(name, items.iter().map(|(_, q)| get(q).map(|s| s.text.as_str())));
    }
    // (session 33) the citation-form speaker label, null when the head text is the name
    c.opt_str("speaker_name", items.iter().map(|(_, q)| q.speaker_name.as_deref()));
    c.str("speaker_source", items.iter().map(|(_, q)| q.speaker_source));
    for (name, get) in [("verb", (|q: &QuoteOut| &q.verb) as fn(&QuoteOut) -> &marsad_json::SpanOut), ("content", |q: &QuoteOut| &q.content)] {
        c.i64(&format!("{name}_start"), items.iter().map(|(_, q)| get(q).start));
        c.i64(&format!("{name}_end"), items.iter().map(|(_, q)| get(q).end));
        c.str(name, items.iter().map(|(_, q)| get(q).text.as_str()));
    }
    c.str("kind", items.iter().map(|(_, q)| q.kind));
    c.f32("confidence", items.iter().map(|(_, q)| q.confidence));
    c.str("provenance", items.iter().map(|(_, q)| q.provenance.as_ref()));
    c.batch()
}

/// A participant's CAMEO-style code: country + sector (`IRN` + `GOV`), as the exports use.
pub fn code(p: &ParticipantOut) -> String {
    format!("{}{}", p.country.as_deref().unwrap_or(""), p.sector.as_deref().unwrap_or(""))
}

/// `list<struct<start, end, text, id, country, sector, code>>` of the events' participants.
fn participants(events: &[(usize, usize, &EventOut)], get: fn(&EventOut) -> &[ParticipantOut]) -> Result<ArrayRef, ArrowError> {
    let all: Vec<&ParticipantOut> = events.iter().flat_map(|(_, _, e)| get(e).iter()).collect();
    let codes: Vec<String> = all.iter().map(|p| code(p)).collect();
    let mut c = Cols::default();
    c.i64("start", all.iter().map(|p| p.start));
    c.i64("end", all.iter().map(|p| p.end));
    c.str("text", all.iter().map(|p| p.text.as_str()));
    c.opt_str("id", all.iter().map(|p| p.id.as_deref()));
    c.opt_str("country", all.iter().map(|p| p.country.as_deref()));
    c.opt_str("sector", all.iter().map(|p| p.sector.as_deref()));
    c.str("code", codes.iter().map(String::as_str));
    let values = c.into_struct()?;
    let field = Arc::new(Field::new("item", values.data_type().clone(), false));
    let offsets = OffsetBuffer::from_lengths(events.iter().map(|(_, _, e)| get(e).len()));
    Ok(Arc::new(ListArray::try_new(field, offsets, Arc::new(values), None)?))
}

fn events(input: &Input<'_>, docs: &[DocOut]) -> Result<RecordBatch, ArrowError> {
    // (input row, index of the event in its document, event)
    let items: Vec<(usize, usize, &EventOut)> = docs.iter().enumerate().flat_map(|(r, d)| d.events.iter().enumerate().map(move |(n, e)| (r, n, e))).collect();
    let mut c = Cols::default();
    row_cols(&mut c, input, &items.iter().map(|x| x.0).collect::<Vec<_>>());
    c.i64("index", items.iter().map(|x| x.1));
    c.str("event", items.iter().map(|(_, _, e)| e.event));
    c.opt_str("mode", items.iter().map(|(_, _, e)| e.mode.as_deref()));
    let ctx_values = StringArray::from_iter_values(items.iter().flat_map(|(_, _, e)| e.context.iter().map(String::as_str)));
    let ctx = ListArray::try_new(Arc::new(Field::new("item", DataType::Utf8, false)), OffsetBuffer::from_lengths(items.iter().map(|(_, _, e)| e.context.len())), Arc::new(ctx_values), None)?;
    c.add("context", false, Arc::new(ctx));
    c.str("cameo", items.iter().map(|(_, _, e)| e.cameo.as_str()));
    c.add("quad_class", false, Arc::new(Int32Array::from_iter_values(items.iter().map(|(_, _, e)| i32::from(e.quad_class)))));
    c.f32("score", items.iter().map(|(_, _, e)| e.score));
    c.add("actors", false, participants(&items, |e| &e.actors)?);
    c.add("recipients", false, participants(&items, |e| &e.recipients)?);
    c.i64("trigger_start", items.iter().map(|(_, _, e)| e.trigger.start));
    c.i64("trigger_end", items.iter().map(|(_, _, e)| e.trigger.end));
    c.str("trigger", items.iter().map(|(_, _, e)| e.trigger.text.as_str()));
    c.i64("sentence_start", items.iter().map(|(_, _, e)| e.sentence.start));
    c.i64("sentence_end", items.iter().map(|(_, _, e)| e.sentence.end));
    c.opt_str("date", items.iter().map(|(_, _, e)| e.date.as_deref()));
    c.opt_i64("place_start", items.iter().map(|(_, _, e)| e.place.as_ref().map(|p| p.start as i64)));
    c.opt_i64("place_end", items.iter().map(|(_, _, e)| e.place.as_ref().map(|p| p.end as i64)));
    c.opt_str("place", items.iter().map(|(_, _, e)| e.place.as_ref().map(|p| p.text.as_str())));
    c.opt_i64("place_geonames_id", items.iter().map(|(_, _, e)| e.place.as_ref().and_then(|p| p.geonames_id).map(i64::from)));
    c.opt_str("place_name_en", items.iter().map(|(_, _, e)| e.place.as_ref().and_then(|p| p.name_en.as_deref())));
    c.opt_str("place_country_code", items.iter().map(|(_, _, e)| e.place.as_ref().map(|p| p.country_code.as_str())));
    c.opt_f64("place_lat", items.iter().map(|(_, _, e)| e.place.as_ref().and_then(|p| p.lat)));
    c.opt_f64("place_lon", items.iter().map(|(_, _, e)| e.place.as_ref().and_then(|p| p.lon)));
    c.bool("negated", items.iter().map(|(_, _, e)| e.negated));
    c.bool("future", items.iter().map(|(_, _, e)| e.future));
    c.bool("hypothetical", items.iter().map(|(_, _, e)| e.hypothetical));
    c.bool("reported", items.iter().map(|(_, _, e)| e.reported));
    c.i64("mentions", items.iter().map(|(_, _, e)| e.mentions));
    c.f32("confidence", items.iter().map(|(_, _, e)| e.confidence));
    c.str("provenance", items.iter().map(|(_, _, e)| e.provenance.as_str()));
    c.batch()
}
