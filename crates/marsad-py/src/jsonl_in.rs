//! JSON lines in, Arrow out: the bytes of whole input lines (a file, or one split of it) → one
//! RecordBatch with a string column per requested field and `line`, the line's index in the
//! bytes. This is how the Spark job reads JSONL inside its tasks, without the JVM's JSON reader.

use std::sync::Arc;

use arrow::array::{ArrayRef, Int64Builder, RecordBatch, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::error::ArrowError;

/// A line that is not a JSON document: its index in the bytes and what is wrong with it.
pub struct BadLine {
    pub line: usize,
    pub message: String,
}

/// A JSON value as a field string, the way Spark's JSON reader reads any value into a string
/// column: strings as they are, `null` as null, anything else (numbers, booleans, arrays,
/// objects) as its JSON text (`123` → `"123"`).
fn as_string(v: &serde_json::Value) -> Option<std::borrow::Cow<'_, str>> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.as_str().into()),
        other => Some(other.to_string().into()),
    }
}

/// Parse every non-blank line of `data` (`\n`-separated, an optional `\r` before it is blank
/// space to JSON) as a JSON object and collect `fields`. Blank lines yield nothing; a line that
/// is not valid UTF-8 or not a JSON object yields no row and a [`BadLine`] (the CLI reports the
/// same lines as errors and skips them). Missing fields are null.
pub fn read(data: &[u8], fields: &[String]) -> Result<(RecordBatch, Vec<BadLine>), ArrowError> {
    let mut columns: Vec<StringBuilder> = fields.iter().map(|_| StringBuilder::new()).collect();
    let mut lines = Int64Builder::new();
    let mut bad = Vec::new();
    let mut start = 0usize;
    for (index, line) in data.split(|&b| b == b'\n').enumerate() {
        let line_start = start;
        start += line.len() + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match std::str::from_utf8(line) {
            Ok(s) => s,
            Err(e) => {
                bad.push(BadLine { line: index, message: format!("invalid UTF-8 at byte offset {} of the split", line_start + e.valid_up_to()) });
                continue;
            }
        };
        let doc: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(text) {
            Ok(d) => d,
            Err(e) => {
                bad.push(BadLine { line: index, message: format!("malformed JSON document: {e}") });
                continue;
            }
        };
        for (name, column) in fields.iter().zip(columns.iter_mut()) {
            column.append_option(doc.get(name).and_then(as_string));
        }
        lines.append_value(index as i64);
    }
    let mut schema: Vec<Field> = fields.iter().map(|f| Field::new(f, DataType::Utf8, true)).collect();
    schema.push(Field::new("line", DataType::Int64, false));
    let mut arrays: Vec<ArrayRef> = columns.into_iter().map(|mut c| Arc::new(c.finish()) as ArrayRef).collect();
    arrays.push(Arc::new(lines.finish()));
    Ok((RecordBatch::try_new(Arc::new(Schema::new(schema)), arrays)?, bad))
}
