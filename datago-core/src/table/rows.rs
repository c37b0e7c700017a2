//! A plain streaming row reader (decoding, dialect, header) for the table tools that do not
//! validate: inference, profiles, region checks and the personal-data scan.

use std::io::Read;

use super::csv::{sniff_delimiter, Dialect, Next, Record};
use super::encoding::{self, Encoding};
use super::TableError;
use crate::resource::TableDialect;

/// How to read a table.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The Table Dialect (the delimiter is sniffed when absent).
    pub dialect: Option<TableDialect>,
    /// The encoding (detected when absent).
    pub encoding: Option<Encoding>,
}

/// What [`read_table`] hands its callback.
pub(crate) enum RowEvent<'a> {
    /// The header labels (once, before any row; empty without a header).
    Header(&'a [String]),
    /// A data row: its number (header = row 1) and cells.
    Row(u64, &'a [&'a str]),
}

/// Reads `reader` as CSV, calling `on` with the header and then each data row until it returns
/// false. Undecodable bytes are replaced (these readers describe data; validation reports
/// them).
pub(crate) fn read_table<R: Read>(
    mut reader: R,
    options: &ReadOptions,
    on: &mut dyn FnMut(RowEvent<'_>) -> bool,
) -> Result<(), TableError> {
    let mut dialect = Dialect::resolve(options.dialect.as_ref())
        .map_err(|detail| TableError::Schema { detail })?;
    let mut raw = Vec::new();
    let mut buf = vec![0u8; 256 * 1024];
    // Sample for the encoding and the delimiter.
    let mut eof = false;
    while raw.len() < encoding::SAMPLE_BYTES {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            eof = true;
            break;
        }
        raw.extend_from_slice(&buf[..n]);
    }
    let mut start = 0;
    let mut enc = options.encoding;
    if let Some((len, Some(e))) = encoding::bom(&raw) {
        start = len;
        enc.get_or_insert(e);
    }
    let enc = enc.unwrap_or_else(|| encoding::detect(&raw[start..], eof));
    if !dialect.delimiter_given {
        dialect.format.delimiter = sniff_delimiter(&raw[start..], dialect.format.quote);
    }
    let decode = |bytes: &[u8], out: &mut Vec<u8>| match enc {
        Encoding::Utf8 => out.extend_from_slice(bytes),
        e => encoding::transcode_single_byte(e, bytes, out),
    };
    let mut pending = Vec::new();
    decode(&raw[start..], &mut pending);
    drop(raw);
    let first_content = dialect.first_content_row();
    let mut row = 1u64;
    let mut header_lists: Vec<Vec<String>> = Vec::new();
    let mut header_done = false;
    let mut rec = Record::default();
    loop {
        let mut pos = 0;
        while let Next::Record(next) = dialect.format.read_record(&pending, pos, eof, &mut rec) {
            {
                {
                    pos = next;
                    let text = String::from_utf8_lossy(&rec.buf);
                    let text: &str = &text;
                    let mut fields: Vec<&str> = Vec::with_capacity(rec.len());
                    for (&s, &e) in rec.starts.iter().zip(&rec.ends) {
                        fields.push(text.get(s..e).unwrap_or(""));
                    }
                    let comment = dialect
                        .comment_char
                        .as_deref()
                        .is_some_and(|c| fields.first().is_some_and(|x| x.starts_with(c)));
                    if row < first_content {
                        if !comment && dialect.header_rows.contains(&row) {
                            header_lists
                                .push(fields.iter().map(|c| c.trim().to_string()).collect());
                        }
                    } else {
                        if !header_done {
                            header_done = true;
                            on(RowEvent::Header(&join_labels(&header_lists)));
                        }
                        if !comment && !on(RowEvent::Row(row, &fields)) {
                            return Ok(());
                        }
                    }
                    row += 1;
                }
            }
        }
        pending.drain(..pos);
        if eof {
            break;
        }
        let n = reader.read(&mut buf)?;
        if n == 0 {
            eof = true;
        } else {
            decode(&buf[..n], &mut pending);
        }
    }
    if !header_done {
        on(RowEvent::Header(&join_labels(&header_lists)));
    }
    Ok(())
}

fn join_labels(lists: &[Vec<String>]) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    let mut prev: std::collections::BTreeMap<usize, String> = Default::default();
    for cells in lists {
        for (i, cell) in cells.iter().enumerate() {
            if prev.get(&i) == Some(cell) {
                continue;
            }
            prev.insert(i, cell.clone());
            if labels.len() <= i {
                labels.push(cell.clone());
            } else {
                labels[i] = format!("{} {}", labels[i], cell);
            }
        }
    }
    labels
}
