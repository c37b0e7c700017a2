//! The CSV tokenizer: Python's `csv` module semantics (what frictionless-py reads with), written
//! for speed and for streaming.
//!
//! - a record ends at `\r\n`, `\r` or `\n` outside quotes; an empty line is a record with no
//!   cells (frictionless reports it as a `blank-row`), and every record counts as one row;
//! - a field that starts with the quote character is quoted until the closing quote; a doubled
//!   quote inside is a literal quote; text after the closing quote is kept (non-strict mode);
//! - a quote inside an unquoted field is literal; an escape character (when the dialect has one)
//!   makes the next byte literal;
//! - a quoted field left open runs to the end of the input.

use crate::resource::TableDialect;

/// The byte-level shape of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CsvFormat {
    pub delimiter: u8,
    pub quote: Option<u8>,
    pub double_quote: bool,
    pub escape: Option<u8>,
    pub skip_initial_space: bool,
}

impl Default for CsvFormat {
    fn default() -> Self {
        CsvFormat {
            delimiter: b',',
            quote: Some(b'"'),
            double_quote: true,
            escape: None,
            skip_initial_space: false,
        }
    }
}

/// The resolved dialect: byte format plus header and comment handling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dialect {
    pub format: CsvFormat,
    /// Whether the delimiter was given (otherwise it is sniffed from the first line).
    pub delimiter_given: bool,
    /// 1-based row numbers of the header rows (empty: no header).
    pub header_rows: Vec<u64>,
    /// Rows whose first cell starts with this are skipped.
    pub comment_char: Option<String>,
}

fn one_byte(what: &'static str, s: &str) -> Result<u8, String> {
    let b = s.as_bytes();
    if b.len() == 1 && b[0].is_ascii() {
        Ok(b[0])
    } else {
        Err(format!(
            "{what} must be a single ASCII character, not {s:?}"
        ))
    }
}

impl Dialect {
    /// Resolves a Table Dialect; `Err` names the property that cannot be used.
    pub(crate) fn resolve(d: Option<&TableDialect>) -> Result<Dialect, String> {
        let mut out = Dialect {
            format: CsvFormat::default(),
            delimiter_given: false,
            header_rows: vec![1],
            comment_char: None,
        };
        let Some(d) = d else {
            return Ok(out);
        };
        if let Some(x) = &d.delimiter {
            out.format.delimiter = one_byte("delimiter", x)?;
            out.delimiter_given = true;
        }
        if let Some(q) = &d.quote_char {
            out.format.quote = if q.is_empty() {
                None
            } else {
                Some(one_byte("quoteChar", q)?)
            };
        }
        if let Some(dq) = d.double_quote {
            out.format.double_quote = dq;
        }
        if let Some(e) = &d.escape_char {
            out.format.escape = if e.is_empty() {
                None
            } else {
                Some(one_byte("escapeChar", e)?)
            };
        }
        if let Some(s) = d.skip_initial_space {
            out.format.skip_initial_space = s;
        }
        if let Some(rows) = &d.header_rows {
            let mut rows: Vec<u64> = rows.iter().map(|r| *r as u64).collect();
            if rows.contains(&0) {
                return Err("headerRows are 1-based row numbers".to_string());
            }
            rows.sort_unstable();
            rows.dedup();
            out.header_rows = rows;
        }
        if d.header == Some(false) {
            out.header_rows.clear();
        }
        if let Some(c) = &d.comment_char {
            if !c.is_empty() {
                out.comment_char = Some(c.clone());
            }
        }
        let f = out.format;
        if Some(f.delimiter) == f.quote
            || f.delimiter == b'\n'
            || f.delimiter == b'\r'
            || (f.escape.is_some() && f.escape == Some(f.delimiter))
        {
            return Err(
                "delimiter, quoteChar and escapeChar must differ and not be line ends".into(),
            );
        }
        Ok(out)
    }

    /// The first row that holds data.
    pub(crate) fn first_content_row(&self) -> u64 {
        self.header_rows.last().map(|r| r + 1).unwrap_or(1)
    }
}

/// Picks the delimiter of a file from its first line: the most frequent of `,` `;` `\t` `|`
/// outside quotes (ties in that order), `,` when none occurs.
pub(crate) fn sniff_delimiter(sample: &[u8], quote: Option<u8>) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    for &b in sample {
        if Some(b) == quote {
            in_quotes = !in_quotes;
        } else if !in_quotes && (b == b'\n' || b == b'\r') {
            break;
        } else if !in_quotes {
            if let Some(i) = CANDIDATES.iter().position(|c| *c == b) {
                counts[i] += 1;
            }
        }
    }
    let mut best = 0;
    for i in 1..4 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    CANDIDATES[best]
}

/// The cells of one record: cell `i` is `buf[starts[i]..ends[i]]` (cells are back to back, or,
/// for a record without quotes, the line as written with its delimiters between them).
///
/// [`CsvFormat::read_record_in_place`] leaves a record without quotes where it is: `span` is
/// then the line's range in the input and the cells are relative to its start.
#[derive(Debug, Default, Clone)]
pub(crate) struct Record {
    pub buf: Vec<u8>,
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
    pub span: Option<(usize, usize)>,
}

impl Record {
    pub(crate) fn clear(&mut self) {
        self.buf.clear();
        self.starts.clear();
        self.ends.clear();
        self.span = None;
    }

    /// Number of cells.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// Cell `i` as bytes.
    pub(crate) fn field(&self, i: usize) -> &[u8] {
        &self.buf[self.starts[i]..self.ends[i]]
    }

    fn end_field(&mut self) {
        self.starts.push(self.ends.last().copied().unwrap_or(0));
        self.ends.push(self.buf.len());
    }
}

/// What [`CsvFormat::read_record`] found.
/// `b` in every byte of a word.
#[inline]
const fn splat(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The high bit of every zero byte of `w` (exact: no borrow crosses bytes).
#[inline]
const fn zero_bytes(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((w & LOW7) + LOW7) | w | LOW7)
}

/// The high bit of every byte of `w` below 14 (exact, as [`zero_bytes`]).
#[inline]
const fn below_14(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((w & LOW7) + splat(0x80 - 14)) | w | LOW7)
}

/// True when `b` occurs an odd number of times in `data`: the occurrence masks of its words
/// are folded with XOR (each byte lane keeps its parity), then the lanes' parities summed.
#[cfg_attr(target_family = "wasm", allow(dead_code))]
fn odd_count(data: &[u8], b: u8) -> bool {
    let pattern = splat(b);
    let mut lanes = 0u64;
    let mut words = data.chunks_exact(8);
    for chunk in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        lanes ^= zero_bytes(u64::from_le_bytes(word) ^ pattern);
    }
    let rest = words.remainder().iter().filter(|x| **x == b).count() as u32;
    (lanes.count_ones() + rest) % 2 == 1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// A complete record; the next one starts at this offset.
    Record(usize),
    /// The record is not complete in the data given (more input is needed).
    Incomplete,
    /// No more records.
    End,
}

impl CsvFormat {
    /// Reads the record starting at `start` into `rec.buf`. With `is_final` the data is the end
    /// of the input.
    pub(crate) fn read_record(
        &self,
        data: &[u8],
        start: usize,
        is_final: bool,
        rec: &mut Record,
    ) -> Next {
        let next = self.read_record_in_place(data, start, is_final, rec);
        if let Some((b, e)) = rec.span.take() {
            rec.buf.extend_from_slice(&data[b..e]);
        }
        next
    }

    /// [`CsvFormat::read_record`] without copying a record that has no quotes: its cells are
    /// then in `data` at `rec.span`.
    pub(crate) fn read_record_in_place(
        &self,
        data: &[u8],
        start: usize,
        is_final: bool,
        rec: &mut Record,
    ) -> Next {
        rec.clear();
        let n = data.len();
        if start >= n {
            return if is_final {
                Next::End
            } else {
                Next::Incomplete
            };
        }
        let d = self.delimiter;
        let esc = self.escape.unwrap_or(b'\n');
        let incomplete_or = |rec: &mut Record, at: usize| {
            if is_final {
                rec.end_field();
                Next::Record(at)
            } else {
                Next::Incomplete
            }
        };
        let mut i = start;
        match data[i] {
            b'\n' => return Next::Record(i + 1),
            b'\r' => {
                return if i + 1 < n {
                    Next::Record(if data[i + 1] == b'\n' { i + 2 } else { i + 1 })
                } else if is_final {
                    Next::Record(i + 1)
                } else {
                    Next::Incomplete
                }
            }
            _ => {}
        }
        if self.escape.is_none()
            && !self.skip_initial_space
            && !matches!(self.quote, Some(b'\n' | b'\r'))
        {
            if let Some(next) = self.read_plain_record(data, start, is_final, rec) {
                return next;
            }
            rec.clear();
        }
        loop {
            if self.skip_initial_space {
                while i < n && data[i] == b' ' {
                    i += 1;
                }
            }
            if i >= n {
                return incomplete_or(rec, n);
            }
            if Some(data[i]) == self.quote {
                let q = data[i];
                i += 1;
                loop {
                    let s = i;
                    while i < n && data[i] != q && (data[i] != esc || self.escape.is_none()) {
                        i += 1;
                    }
                    rec.buf.extend_from_slice(&data[s..i]);
                    if i >= n {
                        return incomplete_or(rec, n);
                    }
                    if data[i] != q {
                        // Escape character inside quotes.
                        if i + 1 >= n {
                            return incomplete_or(rec, n);
                        }
                        rec.buf.push(data[i + 1]);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    if self.double_quote {
                        if i < n && data[i] == q {
                            rec.buf.push(q);
                            i += 1;
                            continue;
                        }
                        if i >= n && !is_final {
                            return Next::Incomplete;
                        }
                    }
                    break;
                }
            }
            // Unquoted (or after a closing quote): up to the delimiter or the line end.
            loop {
                let s = i;
                while i < n {
                    let b = data[i];
                    if b == d || b == b'\n' || b == b'\r' || (b == esc && self.escape.is_some()) {
                        break;
                    }
                    i += 1;
                }
                rec.buf.extend_from_slice(&data[s..i]);
                if i >= n {
                    return incomplete_or(rec, n);
                }
                if data[i] != d && data[i] != b'\n' && data[i] != b'\r' {
                    if i + 1 >= n {
                        return incomplete_or(rec, n);
                    }
                    rec.buf.push(data[i + 1]);
                    i += 2;
                    continue;
                }
                break;
            }
            rec.end_field();
            match data[i] {
                b'\n' => return Next::Record(i + 1),
                b'\r' => {
                    return if i + 1 < n {
                        Next::Record(if data[i + 1] == b'\n' { i + 2 } else { i + 1 })
                    } else if is_final {
                        Next::Record(i + 1)
                    } else {
                        Next::Incomplete
                    }
                }
                _ => i += 1, // delimiter: next field
            }
        }
    }

    /// The fast path of [`CsvFormat::read_record`] for a record without quote characters (most
    /// records): the line stays in `data` (`rec.span`), delimiters included. `None` when a quote character
    /// occurs before the line end (the general path then reads the record).
    #[inline]
    fn read_plain_record(
        &self,
        data: &[u8],
        start: usize,
        is_final: bool,
        rec: &mut Record,
    ) -> Option<Next> {
        let d = self.delimiter;
        // Without a quote character, compare with the delimiter again (never reached).
        let q = self.quote.unwrap_or(d);
        let n = data.len();
        let mut field_start = 0;
        let mut i = start;
        // Eight bytes at a time: the positions of delimiters, quotes and line ends.
        let (pd, pq) = (splat(d), splat(q));
        'words: while i + 8 <= n {
            let mut word = [0u8; 8];
            word.copy_from_slice(&data[i..i + 8]);
            let w = u64::from_le_bytes(word);
            // Line ends are among the control bytes below 14 (tabs and the like are skipped).
            let mut m = zero_bytes(w ^ pd) | zero_bytes(w ^ pq) | below_14(w);
            while m != 0 {
                let j = i + (m.trailing_zeros() / 8) as usize;
                let b = data[j];
                if b == d {
                    rec.starts.push(field_start);
                    rec.ends.push(j - start);
                    field_start = j - start + 1;
                } else if b == q || b == b'\n' || b == b'\r' {
                    i = j;
                    break 'words;
                }
                m &= m - 1;
            }
            i += 8;
        }
        while i < n {
            let b = data[i];
            if b == d {
                rec.starts.push(field_start);
                rec.ends.push(i - start);
                field_start = i - start + 1;
            } else if b == b'\n' || b == b'\r' || b == q {
                break;
            }
            i += 1;
        }
        let next = if i >= n {
            if !is_final {
                rec.clear();
                return Some(Next::Incomplete);
            }
            n
        } else if data[i] == q {
            return None;
        } else if data[i] == b'\n' {
            i + 1
        } else if i + 1 < n {
            if data[i + 1] == b'\n' {
                i + 2
            } else {
                i + 1
            }
        } else if is_final {
            i + 1
        } else {
            rec.clear();
            return Some(Next::Incomplete);
        };
        rec.span = Some((start, i));
        rec.starts.push(field_start);
        rec.ends.push(i - start);
        Some(Next::Record(next))
    }

    #[cfg_attr(target_family = "wasm", allow(dead_code))]
    pub(crate) fn split_point(&self, data: &[u8], target: usize) -> Option<usize> {
        if target >= data.len() {
            return None;
        }
        match self.quote {
            None => data[target..]
                .iter()
                .position(|b| *b == b'\n')
                .map(|p| target + p + 1),
            Some(q) => {
                let mut odd = odd_count(&data[..target], q);
                for (j, &b) in data[target..].iter().enumerate() {
                    if b == q {
                        odd = !odd;
                    } else if b == b'\n' && !odd {
                        return Some(target + j + 1);
                    }
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_count_counts() {
        let mut data = Vec::new();
        for n in 0..200usize {
            assert_eq!(
                odd_count(&data, b'"'),
                data.iter().filter(|x| **x == b'"').count() % 2 == 1
            );
            data.push(if n % 3 == 0 || n % 7 == 0 { b'"' } else { b'a' });
        }
    }

    #[test]
    fn zero_bytes_is_exact() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut word = [0xAAu8 ^ b.wrapping_add(1); 8];
                word.iter_mut()
                    .enumerate()
                    .for_each(|(k, x)| *x = x.wrapping_add(k as u8));
                word[pos] = b;
                let w = u64::from_le_bytes(word);
                let expected = word
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| **x == b',')
                    .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                assert_eq!(zero_bytes(w ^ splat(b',')), expected, "{word:?}");
                let below = word
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| **x < 14)
                    .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                assert_eq!(below_14(w), below, "{word:?}");
            }
        }
    }

    fn all(data: &[u8]) -> Vec<Vec<String>> {
        let f = CsvFormat::default();
        let mut rec = Record::default();
        let mut pos = 0;
        let mut out = Vec::new();
        while let Next::Record(next) = f.read_record(data, pos, true, &mut rec) {
            out.push(
                (0..rec.len())
                    .map(|i| String::from_utf8_lossy(rec.field(i)).into_owned())
                    .collect(),
            );
            pos = next;
        }
        out
    }

    #[test]
    fn python_csv_semantics() {
        assert_eq!(all(b"a,b\n1,2\n"), [vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(
            all(b"a,b\r\n\r\n1,2"),
            [vec!["a", "b"], vec![], vec!["1", "2"]]
        );
        assert_eq!(all(b"\"x\ny\",\"a\"\"b\"\n"), [vec!["x\ny", "a\"b"]]);
        assert_eq!(all(b"1,x\"y\n"), [vec!["1", "x\"y"]]);
        assert_eq!(all(b"1,\"x\"y,z\n"), [vec!["1", "xy", "z"]]);
        assert_eq!(all(b"1,\"x\n"), [vec!["1", "x\n"]]);
        assert_eq!(all(b"1,\n"), [vec!["1", ""]]);
        assert_eq!(all(b"a\rb\r"), [vec!["a"], vec!["b"]]);
    }

    #[test]
    fn incomplete_records_wait_for_more_input() {
        let f = CsvFormat::default();
        let mut rec = Record::default();
        assert_eq!(f.read_record(b"1,2", 0, false, &mut rec), Next::Incomplete);
        assert_eq!(
            f.read_record(b"1,2\r", 0, false, &mut rec),
            Next::Incomplete
        );
        assert_eq!(
            f.read_record(b"1,\"2\"", 0, false, &mut rec),
            Next::Incomplete
        );
        assert_eq!(f.read_record(b"1,2\n", 0, false, &mut rec), Next::Record(4));
    }

    /// The quote-free fast path reads exactly what the general path reads (an escape
    /// character that never occurs turns the fast path off).
    #[test]
    fn fast_path_matches_general_path() {
        let fast = CsvFormat::default();
        let general = CsvFormat {
            escape: Some(b'\\'),
            ..CsvFormat::default()
        };
        let read = |f: &CsvFormat, data: &[u8], is_final: bool| {
            let mut rec = Record::default();
            let mut pos = 0;
            let mut out = Vec::new();
            loop {
                let next = f.read_record(data, pos, is_final, &mut rec);
                match next {
                    Next::Record(p) => {
                        out.push((
                            next,
                            (0..rec.len()).map(|i| rec.field(i).to_vec()).collect(),
                        ));
                        pos = p;
                    }
                    _ => {
                        out.push((next, Vec::new()));
                        return out;
                    }
                }
            }
        };
        let alphabet = b"ab,\n\r\"";
        let mut x: u32 = 12345;
        for len in 0..200 {
            let data: Vec<u8> = (0..len % 23)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(x >> 16) as usize % alphabet.len()]
                })
                .collect();
            for is_final in [false, true] {
                assert_eq!(
                    read(&fast, &data, is_final),
                    read(&general, &data, is_final),
                    "{:?}",
                    String::from_utf8_lossy(&data)
                );
            }
        }
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff_delimiter(b"a;b;c\n1,5;2;3", Some(b'"')), b';');
        assert_eq!(sniff_delimiter(b"a,b\n", Some(b'"')), b',');
        assert_eq!(sniff_delimiter(b"\"a;b\",c\n", Some(b'"')), b',');
    }
}
