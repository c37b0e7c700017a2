//! Streaming validation of a CSV table against a Table Schema.
//!
//! The work is split in two so that it can run on several cores with the same result as on
//! one: **row work** (tokenizing, decoding, casting, constraints, key fingerprints) happens per
//! block of complete records, in any order; **table work** (error positions, the error limit,
//! `unique`, `primaryKey`, `foreignKeys`) happens in file order in one place, the merger. The
//! single-threaded path runs exactly the same two steps one block at a time.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::Arc;

use super::csv::{sniff_delimiter, CsvFormat, Dialect, Next, Record};
use super::encoding::{self, Encoding};
use super::keys::{hash96, int_key, IntKeys, Key, KeySet};
use super::report::{message, Ctx, IssueKind, Progress, TableIssue, TableReport, TableStats};
use super::types::{canonical_int, Checked, FieldSpec, UsualValue, Value};
use super::TableError;
use crate::finding::Message;
use crate::resource::{FieldsMatch, TableDialect, TableSchema};

/// frictionless-py's default error limit.
pub const DEFAULT_LIMIT_ERRORS: usize = 1000;

/// Options of a validation.
///
/// ```
/// use datago_core::table::ValidateOptions;
/// let o = ValidateOptions { limit_errors: 10, threads: 1, ..Default::default() };
/// assert_eq!(ValidateOptions::default().limit_errors, 1000);
/// # let _ = o;
/// ```
#[derive(Debug, Clone)]
pub struct ValidateOptions {
    /// Stop after this many errors (frictionless-py's default, 1000); 0 for no limit.
    pub limit_errors: usize,
    /// Worker threads for large inputs: 0 uses every core, 1 stays single-threaded. Ignored on
    /// WebAssembly (always one). The result does not depend on it.
    pub threads: usize,
    /// The file's encoding; detected from the first 64 KiB when absent (UTF-8, else
    /// Windows-1252).
    pub encoding: Option<Encoding>,
    /// How the CSV is written; the delimiter is sniffed from the header line when absent.
    pub dialect: Option<TableDialect>,
    /// Bytes per block of parallel work (default 2 MiB). Memory in the parallel path is about
    /// `threads + 3` blocks.
    pub chunk_bytes: usize,
    /// The largest record accepted (default 64 MiB): a larger one (usually an unclosed quote)
    /// stops validation with a `source-error` instead of filling memory.
    pub max_record_bytes: usize,
    /// Tables that foreign keys refer to, by resource name (the same resource, `""`, needs
    /// none); see [`ValidateOptions::add_reference`].
    pub references: BTreeMap<String, Vec<ReferenceTable>>,
}

impl ValidateOptions {
    /// Reads the resource `name` (CSV `bytes` described by `reference_schema`) for every
    /// foreign key of `schema` that refers to it.
    ///
    /// ```
    /// use datago_core::table::{validate_bytes, ValidateOptions};
    /// use datago_core::resource::TableSchema;
    ///
    /// let data: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "kode", "type": "string"}],
    ///   "foreignKeys": [{"fields": ["kode"], "reference": {"resource": "wilayah", "fields": ["kode"]}}]}"#).unwrap();
    /// let wilayah: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "kode", "type": "string"}]}"#).unwrap();
    /// let mut options = ValidateOptions::default();
    /// options.add_reference(&data, "wilayah", b"kode\n3371\n", &wilayah, None);
    /// assert!(validate_bytes(b"kode\n3371\n", &data, &options).valid);
    /// assert!(!validate_bytes(b"kode\n3372\n", &data, &options).valid);
    /// ```
    pub fn add_reference(
        &mut self,
        schema: &TableSchema,
        name: &str,
        bytes: &[u8],
        reference_schema: &TableSchema,
        reference_dialect: Option<&TableDialect>,
    ) {
        let read = ValidateOptions {
            dialect: reference_dialect.cloned(),
            ..Default::default()
        };
        for fk in schema
            .foreign_keys
            .iter()
            .filter(|f| f.reference.resource == name)
        {
            let list = self.references.entry(name.to_string()).or_default();
            if list.iter().any(|t| t.fields == fk.reference.fields) {
                continue;
            }
            list.push(ReferenceTable::from_bytes(
                bytes,
                reference_schema,
                &fk.reference.fields,
                &read,
            ));
        }
    }
}

impl Default for ValidateOptions {
    fn default() -> Self {
        ValidateOptions {
            limit_errors: DEFAULT_LIMIT_ERRORS,
            threads: 0,
            encoding: None,
            dialect: None,
            chunk_bytes: 2 << 20,
            max_record_bytes: 64 << 20,
            references: BTreeMap::new(),
        }
    }
}

/// The keys of another table that foreign keys refer to: fingerprints of the typed values of
/// `fields` in each row (≤ 32 bytes per distinct key).
#[derive(Debug, Clone)]
pub struct ReferenceTable {
    fields: Vec<String>,
    keys: Arc<KeySet>,
    rows: u64,
}

impl std::fmt::Debug for KeySet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeySet({} bytes)", self.heap_bytes())
    }
}

impl ReferenceTable {
    /// Reads the values of `fields` from a CSV table described by `schema` (cast by their
    /// types, so `1` and `1.0` of number fields match).
    ///
    /// ```
    /// use datago_core::table::{ReferenceTable, ValidateOptions, validate_bytes};
    /// use datago_core::resource::TableSchema;
    ///
    /// let wilayah: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "kode", "type": "integer"}]}"#).unwrap();
    /// let refs = ReferenceTable::from_bytes(b"kode\n3371\n3308\n", &wilayah, &["kode".to_string()], &Default::default());
    /// let data: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "kode_kabupaten_kota", "type": "integer"}],
    ///   "foreignKeys": [{"fields": ["kode_kabupaten_kota"], "reference": {"resource": "wilayah", "fields": ["kode"]}}]}"#).unwrap();
    /// let mut options = ValidateOptions::default();
    /// options.references.insert("wilayah".into(), vec![refs]);
    /// let report = validate_bytes(b"kode_kabupaten_kota\n3371\n9999\n", &data, &options);
    /// assert_eq!(report.errors.len(), 1);
    /// assert_eq!((report.errors[0].code.as_str(), report.errors[0].row_number), ("foreign-key", Some(3)));
    /// ```
    pub fn from_bytes(
        bytes: &[u8],
        schema: &TableSchema,
        fields: &[String],
        options: &ValidateOptions,
    ) -> ReferenceTable {
        let mut v = TableValidator::collecting(schema, fields, options);
        v.push(bytes);
        v.into_reference(fields)
    }

    /// [`ReferenceTable::from_bytes`] reading from `reader`.
    pub fn from_reader<R: Read>(
        mut reader: R,
        schema: &TableSchema,
        fields: &[String],
        options: &ValidateOptions,
    ) -> Result<ReferenceTable, TableError> {
        let mut v = TableValidator::collecting(schema, fields, options);
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = read_some(&mut reader, &mut buf)?;
            if n == 0 {
                break;
            }
            v.push(&buf[..n]);
        }
        Ok(v.into_reference(fields))
    }

    /// The referenced fields.
    pub fn fields(&self) -> &[String] {
        &self.fields
    }

    /// Rows read.
    pub fn rows(&self) -> u64 {
        self.rows
    }
}

fn read_some<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<usize, TableError> {
    loop {
        match r.read(buf) {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

// --- plan -------------------------------------------------------------------------------------

#[derive(Debug)]
enum FkTarget {
    /// Index into `Plan::refs` (this table).
    SelfRef(usize),
    /// The referenced table's keys.
    External(Arc<KeySet>),
}

#[derive(Debug)]
struct FkPlan {
    slots: Vec<usize>,
    names: Vec<String>,
    resource: String,
    ref_fields: Vec<String>,
    target: FkTarget,
}

/// Everything the row work needs, fixed once the header is read.
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) specs: Vec<FieldSpec>,
    format: CsvFormat,
    encoding: Encoding,
    comment: Option<String>,
    unique: Vec<usize>,
    pk: Option<Vec<usize>>,
    fks: Vec<FkPlan>,
    /// Field slots whose values this table collects as keys (self references, reference
    /// tables); `None` slot: a referenced field the table lacks (always empty).
    refs: Vec<Vec<Option<usize>>>,
    key_slot: Vec<bool>,
    checks: Vec<Check>,
}

/// How much of a cell the row work reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Whether it is blank (a string or `any` field without constraints or keys).
    Blank,
    /// Whether it reads as its type (no constraints, not part of a key).
    Type,
    /// Its value: constraints and key bytes.
    Value,
}

// --- row work ---------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Note {
    None,
    Type,
    Constraint(usize),
}

#[derive(Debug)]
struct RawIssue {
    row: u64,
    kind: IssueKind,
    slot: Option<usize>,
    number: u64,
    cell: Option<String>,
    note: Note,
}

impl RawIssue {
    /// Cell `cell` of field `slot` does not read as the field's type.
    fn type_error(row: u64, slot: usize, cell: &str) -> RawIssue {
        RawIssue {
            row,
            kind: IssueKind::TypeError,
            slot: Some(slot),
            number: slot as u64 + 1,
            cell: Some(cell.to_string()),
            note: Note::Type,
        }
    }
}

#[derive(Debug)]
enum Event {
    Unique {
        row: u64,
        u: usize,
        key: Key,
    },
    PkNone {
        row: u64,
    },
    Pk {
        row: u64,
        key: Key,
    },
    /// A primary key of one field whose value is an integer.
    PkInt {
        row: u64,
        value: i64,
    },
    Ref {
        row: u64,
        set: usize,
        key: Key,
    },
    FkMissing {
        row: u64,
        fk: usize,
        values: String,
    },
    FkSelf {
        row: u64,
        fk: usize,
        set: usize,
        key: Key,
        values: String,
    },
}

impl Event {
    fn row(&self) -> u64 {
        match self {
            Event::Unique { row, .. }
            | Event::PkNone { row }
            | Event::Pk { row, .. }
            | Event::PkInt { row, .. }
            | Event::Ref { row, .. }
            | Event::FkMissing { row, .. }
            | Event::FkSelf { row, .. } => *row,
        }
    }
}

/// What the row work found in one block of records (rows are local: 0 is the block's first).
#[derive(Debug, Default)]
pub(crate) struct BlockOut {
    rows: u64,
    content_rows: u64,
    issues: Vec<RawIssue>,
    events: Vec<Event>,
    /// Invalid UTF-8 in this (local) row: validation ends there.
    encoding_error: Option<(u64, String)>,
    consumed: usize,
    /// The block ended exactly at a record end.
    clean: bool,
}

struct Scratch {
    canon: Vec<Vec<u8>>,
    null: Vec<bool>,
    /// Integer values of key fields (when they fit in i64).
    ints: Vec<Option<i64>>,
    failed: Vec<usize>,
    key: Vec<u8>,
}

impl Scratch {
    fn new(plan: &Plan) -> Scratch {
        Scratch {
            canon: vec![Vec::new(); plan.specs.len()],
            null: vec![true; plan.specs.len()],
            ints: vec![None; plan.specs.len()],
            failed: Vec::new(),
            key: Vec::new(),
        }
    }
}

/// The canonical bytes of a key field's value in the row (written on first use for integers).
fn canon(scratch: &mut Scratch, slot: usize) -> &[u8] {
    if let (true, Some(v)) = (scratch.canon[slot].is_empty(), scratch.ints[slot]) {
        canonical_int(v as i128, &mut scratch.canon[slot]);
    }
    &scratch.canon[slot]
}

fn composite(scratch: &mut Scratch, slots: impl Iterator<Item = Option<usize>>) -> Option<Key> {
    scratch.key.clear();
    let mut any = false;
    for s in slots {
        match s {
            Some(s) if !scratch.null[s] => {
                any = true;
                canon(scratch, s);
                let c = &scratch.canon[s];
                scratch
                    .key
                    .extend_from_slice(&(c.len() as u32).to_le_bytes());
                scratch.key.extend_from_slice(c);
            }
            _ => scratch.key.extend_from_slice(&[0xFF; 4]),
        }
    }
    any.then(|| hash96(&scratch.key))
}

impl Plan {
    /// Row work over complete records of `data` (already decoded to UTF-8 where the encoding
    /// is single-byte).
    pub(crate) fn process_block(&self, data: &[u8], is_final: bool) -> BlockOut {
        let mut out = BlockOut::default();
        let mut s = Scratch::new(self);
        // Checked once for the block; a record past the first invalid byte is checked alone
        // (which finds the row of the `encoding-error`).
        let valid = match std::str::from_utf8(data) {
            Ok(t) => t,
            Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or_default(),
        };
        let mut pos = 0;
        let mut local = 0u64;
        let mut rec = Record::default();
        loop {
            let next = self
                .format
                .read_record_in_place(data, pos, is_final, &mut rec);
            let Next::Record(next) = next else {
                break;
            };
            let in_place = rec.span.and_then(|(b, e)| valid.get(b..e));
            if in_place.is_none() {
                if let Some((b, e)) = rec.span.take() {
                    rec.buf.extend_from_slice(&data[b..e]);
                }
            }
            let text = match in_place.map_or_else(|| std::str::from_utf8(&rec.buf), Ok) {
                Ok(t) => t,
                Err(e) => {
                    let bad = rec.buf[e.valid_up_to()];
                    out.encoding_error = Some((
                        local,
                        format!(
                            "'{}' codec can't decode byte 0x{bad:02x}: invalid start or continuation byte",
                            self.encoding.as_str()
                        ),
                    ));
                    out.rows = local;
                    out.consumed = pos;
                    out.clean = true;
                    return out;
                }
            };
            let comment = self
                .comment
                .as_deref()
                .is_some_and(|c| rec.len() > 0 && field(text, &rec, 0).starts_with(c));
            if !comment {
                self.process_row(&rec, text, local, &mut out, &mut s);
                out.content_rows += 1;
            }
            local += 1;
            pos = next;
        }
        out.rows = local;
        out.consumed = pos;
        out.clean = pos == data.len();
        out
    }

    fn process_row(&self, rec: &Record, text: &str, row: u64, out: &mut BlockOut, s: &mut Scratch) {
        let n = self.specs.len();
        let ncells = rec.len();
        let issues_start = out.issues.len();
        let mut blank = 0usize;
        for (i, spec) in self.specs.iter().enumerate() {
            let cell = (i < ncells).then(|| field(text, rec, i));
            match (self.checks[i], cell) {
                (Check::Value, _) => {}
                (_, None) => {
                    blank += 1;
                    continue;
                }
                (_, Some(c)) if spec.is_missing(c) => {
                    blank += 1;
                    continue;
                }
                (Check::Blank, _) => continue,
                (Check::Type, Some(c)) => {
                    if !spec.is_valid(c) {
                        out.issues.push(RawIssue::type_error(row, i, c));
                    }
                    continue;
                }
            }
            match cell.filter(|c| !spec.is_missing(c)) {
                None => {
                    blank += 1;
                    self.read_value::<Value>(i, None, cell, row, out, s);
                }
                Some(c) => match spec.cast_usual(c) {
                    Some(u) => self.read_value(i, Some(&UsualValue(u, c)), cell, row, out, s),
                    None => match spec.cast_other(c) {
                        Some(v) => self.read_value(i, Some(&v), cell, row, out, s),
                        None => {
                            out.issues.push(RawIssue::type_error(row, i, c));
                            s.null[i] = true;
                        }
                    },
                },
            }
        }
        for i in n..ncells {
            out.issues.push(RawIssue {
                row,
                kind: IssueKind::ExtraCell,
                slot: None,
                number: i as u64 + 1,
                cell: Some(field(text, rec, i).to_string()),
                note: Note::None,
            });
        }
        for i in ncells..n {
            out.issues.push(RawIssue {
                row,
                kind: IssueKind::MissingCell,
                slot: Some(i),
                number: i as u64 + 1,
                cell: Some(String::new()),
                note: Note::None,
            });
        }
        if blank == n {
            out.issues.truncate(issues_start);
            out.issues.push(RawIssue {
                row,
                kind: IssueKind::BlankRow,
                slot: None,
                number: 0,
                cell: None,
                note: Note::None,
            });
        }
        // Table work input, in frictionless-py's order: unique, primary key, foreign keys.
        for (u, &slot) in self.unique.iter().enumerate() {
            if !s.null[slot] {
                let key = hash96(canon(s, slot));
                out.events.push(Event::Unique { row, u, key });
            }
        }
        if let Some(pk) = &self.pk {
            if let [slot] = pk[..] {
                if let Some(value) = s.ints[slot] {
                    out.events.push(Event::PkInt { row, value });
                    return self.fk_events(rec, text, row, out, s);
                }
            }
            match composite(s, pk.iter().map(|x| Some(*x))) {
                Some(key) => out.events.push(Event::Pk { row, key }),
                None => out.events.push(Event::PkNone { row }),
            }
        }
        self.fk_events(rec, text, row, out, s);
    }

    /// Constraints and key bytes of field `i`'s value (`None`: missing).
    #[inline(always)]
    fn read_value<V: Checked>(
        &self,
        i: usize,
        value: Option<&V>,
        cell: Option<&str>,
        row: u64,
        out: &mut BlockOut,
        s: &mut Scratch,
    ) {
        let spec = &self.specs[i];
        if !spec.constraints.is_empty() {
            s.failed.clear();
            spec.check(value, &mut s.failed, &mut s.key);
            for &k in &s.failed {
                out.issues.push(RawIssue {
                    row,
                    kind: IssueKind::ConstraintError,
                    slot: Some(i),
                    number: i as u64 + 1,
                    cell: Some(cell.unwrap_or("").to_string()),
                    note: Note::Constraint(k),
                });
            }
        }
        if self.key_slot[i] {
            s.canon[i].clear();
            s.null[i] = match value {
                // Its bytes are written when a key needs them (see `canon`).
                Some(v) if v.as_int().is_some() => {
                    s.ints[i] = v.as_int();
                    false
                }
                Some(v) => !v.canonical(&mut s.canon[i]),
                None => true,
            };
        }
    }

    /// The events of references and foreign keys of a row; ends the row's key work.
    fn fk_events(&self, rec: &Record, text: &str, row: u64, out: &mut BlockOut, s: &mut Scratch) {
        let ncells = rec.len();
        for (set, slots) in self.refs.iter().enumerate() {
            if let Some(key) = composite(s, slots.iter().copied()) {
                out.events.push(Event::Ref { row, set, key });
            }
        }
        for (fk, plan) in self.fks.iter().enumerate() {
            let Some(key) = composite(s, plan.slots.iter().map(|x| Some(*x))) else {
                continue;
            };
            let values = || {
                plan.slots
                    .iter()
                    .map(|&i| if i < ncells { field(text, rec, i) } else { "" })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match &plan.target {
                FkTarget::External(set) => {
                    if !set.contains(&key) {
                        out.events.push(Event::FkMissing {
                            row,
                            fk,
                            values: values(),
                        });
                    }
                }
                FkTarget::SelfRef(set) => out.events.push(Event::FkSelf {
                    row,
                    fk,
                    set: *set,
                    key,
                    values: values(),
                }),
            }
        }
        for x in s.null.iter_mut() {
            *x = true;
        }
        for x in s.ints.iter_mut() {
            *x = None;
        }
    }
}

#[inline]
fn field<'t>(text: &'t str, rec: &Record, i: usize) -> &'t str {
    text.get(rec.starts[i]..rec.ends[i]).unwrap_or("")
}

// --- table work -------------------------------------------------------------------------------

struct Pending {
    index: usize,
    set: usize,
    key: Key,
}

/// Puts the row work's findings in file order and does the work that needs the whole table.
struct Merger {
    limit: usize,
    errors: Vec<TableIssue>,
    placeholder: Vec<bool>,
    real: usize,
    stopped: bool,
    unique: Vec<KeySet>,
    pk: KeySet,
    pk_ints: IntKeys,
    refs: Vec<KeySet>,
    pending: Vec<Pending>,
    /// 1-based row number of the next record.
    next_row: u64,
    /// Row number of the first data row.
    first_row: u64,
    content_rows: u64,
    /// Data rows up to the one where the error limit was reached.
    stop_rows: Option<u64>,
    ended: bool,
}

impl Merger {
    fn new(limit: usize, plan: &Plan, first_row: u64) -> Merger {
        Merger {
            limit,
            errors: Vec::new(),
            placeholder: Vec::new(),
            real: 0,
            stopped: false,
            unique: plan.unique.iter().map(|_| KeySet::default()).collect(),
            pk: KeySet::default(),
            pk_ints: IntKeys::default(),
            refs: plan.refs.iter().map(|_| KeySet::default()).collect(),
            pending: Vec::new(),
            next_row: first_row,
            first_row,
            content_rows: 0,
            stop_rows: None,
            ended: false,
        }
    }

    fn push(&mut self, issue: TableIssue) {
        self.errors.push(issue);
        self.placeholder.push(false);
        self.real += 1;
    }

    fn check_limit(&mut self) {
        if self.limit > 0 && self.real >= self.limit {
            self.stopped = true;
        }
    }

    /// True when nothing more can change the report.
    fn done(&self) -> bool {
        self.ended || (self.stopped && self.pending.is_empty())
    }

    fn merge(&mut self, plan: &Plan, out: BlockOut) {
        if self.ended {
            return;
        }
        let base = self.next_row;
        let prev = if self.stopped {
            Vec::new()
        } else {
            self.insert_keys(&out.events, base)
        };
        let quiet = !self.stopped
            && out.issues.is_empty()
            && prev.iter().all(Option::is_none)
            && out.events.iter().all(|e| {
                matches!(
                    e,
                    Event::Pk { .. }
                        | Event::PkInt { .. }
                        | Event::Unique { .. }
                        | Event::Ref { .. }
                )
            });
        if quiet {
            // No finding in this block: only the keys of other rows' references to keep.
            for ev in &out.events {
                if let Event::Ref { row, set, key } = ev {
                    self.refs[*set].insert(*key, base + row);
                }
            }
        } else {
            self.merge_in_order(plan, out.issues, out.events, prev, base);
        }
        self.next_row += out.rows;
        self.content_rows += out.content_rows;
        if let Some((row, note)) = out.encoding_error {
            self.next_row = base + row;
            if !self.stopped {
                let kind = IssueKind::EncodingError;
                let msg = message(kind, &ctx_note(&note));
                self.push(plain_issue(kind, note, msg));
            }
            self.ended = true;
        }
    }

    /// The findings of a block and the table work of its events, row by row in file order.
    fn merge_in_order(
        &mut self,
        plan: &Plan,
        issues: Vec<RawIssue>,
        events: Vec<Event>,
        prev: Vec<Option<u64>>,
        base: u64,
    ) {
        let mut prev = prev.into_iter();
        let mut issues = issues.into_iter().peekable();
        let mut events = events.into_iter().peekable();
        loop {
            let r = match (issues.peek(), events.peek()) {
                (Some(a), Some(b)) => a.row.min(b.row()),
                (Some(a), None) => a.row,
                (None, Some(b)) => b.row(),
                (None, None) => break,
            };
            while issues.peek().is_some_and(|x| x.row == r) {
                let raw = issues.next().expect("peeked");
                if !self.stopped {
                    let issue = build_issue(plan, &raw, base + raw.row);
                    self.push(issue);
                }
            }
            while events.peek().is_some_and(|x| x.row() == r) {
                let ev = events.next().expect("peeked");
                let p = prev.next().flatten();
                self.apply(plan, ev, base + r, p);
            }
            if !self.stopped {
                self.check_limit();
                if self.stopped {
                    self.stop_rows = Some((base + r + 1).saturating_sub(self.first_row));
                }
            }
        }
    }

    /// Inserts the `unique` and primary-key fingerprints of a block's events in file order and
    /// returns, per event, the row where its key was seen before. Done ahead of the ordered
    /// merge so that the table's cache misses overlap; the sets only serve these errors, so
    /// inserting the keys of rows after the error limit changes nothing.
    fn insert_keys(&mut self, events: &[Event], base: u64) -> Vec<Option<u64>> {
        // A batch's slots are loaded first, independently of each other, so that their cache
        // misses are in flight together; the inserts then find them in cache.
        const BATCH: usize = 16;
        let mut out = Vec::with_capacity(events.len());
        let mut touched = 0u32;
        for batch in events.chunks(BATCH) {
            for ev in batch {
                touched ^= match ev {
                    Event::Pk { key, .. } => self.pk.touch(key),
                    Event::PkInt { value, .. } if self.pk_ints.uses_set(*value) => {
                        self.pk.touch(&int_key(*value))
                    }
                    Event::Unique { u, key, .. } => self.unique[*u].touch(key),
                    _ => 0,
                };
            }
            for ev in batch {
                out.push(match ev {
                    Event::Pk { row, key } => self.pk.insert(*key, base + row),
                    Event::PkInt { row, value } => {
                        self.pk_ints.insert(*value, base + row, &mut self.pk)
                    }
                    Event::Unique { row, u, key } => self.unique[*u].insert(*key, base + row),
                    _ => None,
                });
            }
        }
        std::hint::black_box(touched);
        out
    }

    /// Table work for one event; `prev` is what [`Merger::insert_keys`] found for it.
    fn apply(&mut self, plan: &Plan, ev: Event, row: u64, prev: Option<u64>) {
        match ev {
            Event::Ref { set, key, .. } => {
                self.refs[set].insert(key, row);
            }
            _ if self.stopped => {}
            Event::Unique { u, .. } => {
                if let Some(prev) = prev {
                    let slot = plan.unique[u];
                    let note = format!("the same as in the row at position {prev}");
                    let spec = &plan.specs[slot];
                    let msg = message(
                        IssueKind::UniqueError,
                        &Ctx {
                            row: Some(row),
                            field: Some(&spec.name),
                            number: Some(slot as u64 + 1),
                            cell: None,
                            note: &note,
                            expected: "",
                        },
                    );
                    self.push(TableIssue {
                        code: IssueKind::UniqueError.code().into(),
                        row_number: Some(row),
                        field_number: Some(slot as u64 + 1),
                        field_name: Some(spec.name.clone()),
                        cell: None,
                        note,
                        message: msg,
                    });
                }
            }
            Event::PkNone { .. } => {
                let note = "cells composing the primary keys are all \"None\"".to_string();
                self.push(row_issue(IssueKind::PrimaryKey, row, note));
            }
            Event::Pk { .. } | Event::PkInt { .. } => {
                if let Some(prev) = prev {
                    let note = format!("the same as in the row at position {prev}");
                    self.push(row_issue(IssueKind::PrimaryKey, row, note));
                }
            }
            Event::FkMissing { fk, values, .. } => {
                let note = fk_note(&plan.fks[fk], &values);
                self.push(row_issue(IssueKind::ForeignKey, row, note));
            }
            Event::FkSelf {
                fk,
                set,
                key,
                values,
                ..
            } => {
                if !self.refs[set].contains(&key) {
                    let note = fk_note(&plan.fks[fk], &values);
                    self.errors
                        .push(row_issue(IssueKind::ForeignKey, row, note));
                    self.placeholder.push(true);
                    self.pending.push(Pending {
                        index: self.errors.len() - 1,
                        set,
                        key,
                    });
                }
            }
        }
    }

    fn finish(mut self) -> (Vec<TableIssue>, bool, u64) {
        let mut drop = vec![false; self.errors.len()];
        for p in &self.pending {
            if self.refs[p.set].contains(&p.key) {
                drop[p.index] = true;
            }
        }
        let mut errors: Vec<TableIssue> = std::mem::take(&mut self.errors)
            .into_iter()
            .zip(drop)
            .filter(|(_, d)| !d)
            .map(|(e, _)| e)
            .collect();
        let partial = self.stopped;
        if self.limit > 0 && errors.len() > self.limit {
            errors.truncate(self.limit);
        }
        (errors, partial, self.stop_rows.unwrap_or(self.content_rows))
    }
}

fn fk_note(fk: &FkPlan, values: &str) -> String {
    format!(
        "for \"{}\": values \"{}\" not found in the lookup table \"{}\" as \"{}\"",
        fk.names.join(", "),
        values,
        fk.resource,
        fk.ref_fields.join(", ")
    )
}

fn ctx_note(note: &str) -> Ctx<'_> {
    Ctx {
        row: None,
        field: None,
        number: None,
        cell: None,
        note,
        expected: "",
    }
}

fn plain_issue(kind: IssueKind, note: String, message: Message) -> TableIssue {
    TableIssue {
        code: kind.code().into(),
        row_number: None,
        field_number: None,
        field_name: None,
        cell: None,
        note,
        message,
    }
}

fn row_issue(kind: IssueKind, row: u64, note: String) -> TableIssue {
    let msg = message(
        kind,
        &Ctx {
            row: Some(row),
            field: None,
            number: None,
            cell: None,
            note: &note,
            expected: "",
        },
    );
    TableIssue {
        code: kind.code().into(),
        row_number: Some(row),
        field_number: None,
        field_name: None,
        cell: None,
        note,
        message: msg,
    }
}

fn build_issue(plan: &Plan, raw: &RawIssue, row: u64) -> TableIssue {
    let spec = raw.slot.map(|s| &plan.specs[s]);
    let note = match (&raw.note, spec) {
        (Note::Type, Some(s)) => s.type_note(),
        (Note::Constraint(k), Some(s)) => s.constraint_text.get(*k).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let expected = spec
        .map(|s| format!("{}/{}", s.type_name, s.format_name))
        .unwrap_or_default();
    let (field_number, field_name) = match raw.kind {
        IssueKind::BlankRow => (None, None),
        IssueKind::ExtraCell => (Some(raw.number), Some(String::new())),
        _ => (Some(raw.number), spec.map(|s| s.name.clone())),
    };
    let msg = message(
        raw.kind,
        &Ctx {
            row: Some(row),
            field: field_name.as_deref(),
            number: field_number,
            cell: raw.cell.as_deref(),
            note: &note,
            expected: &expected,
        },
    );
    TableIssue {
        code: raw.kind.code().into(),
        row_number: Some(row),
        field_number,
        field_name,
        cell: raw.cell.clone(),
        note,
        message: msg,
    }
}

// --- header -----------------------------------------------------------------------------------

fn header_issue(
    kind: IssueKind,
    number: u64,
    field: &str,
    label: &str,
    note: String,
) -> TableIssue {
    let msg = message(
        kind,
        &Ctx {
            row: None,
            field: Some(field),
            number: Some(number),
            cell: Some(label),
            note: &note,
            expected: "",
        },
    );
    TableIssue {
        code: kind.code().into(),
        row_number: None,
        field_number: Some(number),
        field_name: Some(field.to_string()),
        cell: Some(label.to_string()),
        note,
        message: msg,
    }
}

/// frictionless-py's `deduplicate_names`: later duplicates become `name2`, `name3`, …
/// Makes names unique as frictionless-py does: the first free of `name`, `name2`, `name3`, ….
/// The suffix found last for each name is remembered (names only get used, never freed, so
/// the smaller ones stay taken): linear time even for thousands of equal labels.
fn deduplicate(names: Vec<String>) -> Vec<String> {
    let mut used = std::collections::HashSet::new();
    // Per name, the suffix tried last (1: the bare name).
    let mut last: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    names
        .into_iter()
        .map(|name| {
            let mut k = last.get(&name).copied().unwrap_or(1);
            let candidate = |k: u64| {
                if k == 1 {
                    name.clone()
                } else {
                    format!("{name}{k}")
                }
            };
            let mut new = candidate(k);
            while used.contains(&new) {
                k = k.max(1) + 1;
                new = candidate(k);
            }
            used.insert(new.clone());
            last.insert(name, k);
            new
        })
        .collect()
}

/// Compares labels with the schema (frictionless-py's `Header`) and returns the fields to
/// expect in the data, in order, with the label errors.
fn match_header(
    labels: &[String],
    fields: &[FieldSpec],
    schema: &TableSchema,
    mode: FieldsMatch,
    schema_missing: &[String],
) -> (Vec<FieldSpec>, Vec<TableIssue>) {
    let mut issues = Vec::new();
    if labels.is_empty() {
        return (fields.to_vec(), issues);
    }
    let by_name = mode != FieldsMatch::Exact;
    let matching = |pos: usize, label: &str| -> Option<usize> {
        if by_name {
            fields.iter().position(|f| f.name == label)
        } else {
            (pos < fields.len()).then_some(pos)
        }
    };
    // Extra labels.
    if !matches!(mode, FieldsMatch::Subset | FieldsMatch::Partial) {
        for (i, label) in labels.iter().enumerate() {
            if matching(i, label).is_none() {
                issues.push(header_issue(
                    IssueKind::ExtraLabel,
                    i as u64 + 1,
                    "",
                    label,
                    String::new(),
                ));
            }
        }
    }
    // Missing fields.
    let unmatched: Vec<&FieldSpec> = if by_name {
        fields
            .iter()
            .filter(|f| !labels.contains(&f.name))
            .collect()
    } else {
        fields.iter().skip(labels.len()).collect()
    };
    let required = |f: &FieldSpec| {
        f.constraints
            .iter()
            .any(|c| matches!(c, super::types::Constraint::Required))
            || schema.primary_key.contains(&f.name)
    };
    let tolerant = matches!(mode, FieldsMatch::Superset | FieldsMatch::Partial);
    let mut k = 0;
    for f in unmatched {
        if tolerant && !required(f) {
            continue;
        }
        issues.push(header_issue(
            IssueKind::MissingLabel,
            (labels.len() + k + 1) as u64,
            &f.name,
            "",
            String::new(),
        ));
        k += 1;
    }
    if !by_name {
        for (i, (f, label)) in fields.iter().zip(labels).enumerate() {
            let number = i as u64 + 1;
            if label.is_empty() {
                issues.push(header_issue(
                    IssueKind::BlankLabel,
                    number,
                    &f.name,
                    "",
                    String::new(),
                ));
                continue;
            }
            let dups: Vec<String> = labels[..i]
                .iter()
                .enumerate()
                .filter(|(_, l)| *l == label)
                .map(|(j, _)| (j + 1).to_string())
                .collect();
            if !dups.is_empty() {
                let note = format!("at position \"{}\"", dups.join(", "));
                issues.push(header_issue(
                    IssueKind::DuplicateLabel,
                    number,
                    &f.name,
                    label,
                    note,
                ));
                continue;
            }
            if *label != f.name {
                issues.push(header_issue(
                    IssueKind::IncorrectLabel,
                    number,
                    &f.name,
                    label,
                    String::new(),
                ));
            }
        }
    } else {
        // Name matching needs unique labels (frictionless-py refuses the table otherwise).
        let mut seen = std::collections::HashSet::new();
        for (i, label) in labels.iter().enumerate() {
            if !seen.insert(label.as_str()) {
                issues.push(header_issue(
                    IssueKind::DuplicateLabel,
                    i as u64 + 1,
                    label,
                    label,
                    "matching fields by name requires unique labels in the header".into(),
                ));
            }
        }
    }
    let matched: Vec<Option<usize>> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| matching(i, l))
        .collect();
    let names = deduplicate(
        matched
            .iter()
            .zip(labels)
            .map(|(m, l)| {
                m.map(|i| fields[i].name.clone())
                    .unwrap_or_else(|| l.clone())
            })
            .collect(),
    );
    let expected = matched
        .iter()
        .zip(names)
        .map(|(m, name)| match m {
            Some(i) => fields[*i].clone(),
            None => FieldSpec::any(&name, schema_missing),
        })
        .collect();
    (expected, issues)
}

// --- the streaming validator ------------------------------------------------------------------

enum Phase {
    /// The schema is unusable; the report is ready.
    Failed(Vec<TableIssue>),
    /// Collecting the first bytes to detect the encoding and delimiter.
    Sniffing,
    /// Reading the header rows.
    Header {
        row: u64,
        header_lists: Vec<Vec<String>>,
    },
    /// Validating rows.
    Body {
        plan: Box<Plan>,
        merger: Box<Merger>,
    },
}

/// A push-based streaming validator: feed it the file in chunks of any size with
/// [`push`](TableValidator::push), then call [`finish`](TableValidator::finish). Memory stays
/// bounded by the largest record plus the key sets, whatever the file size.
///
/// ```
/// use datago_core::table::{TableValidator, ValidateOptions};
/// use datago_core::resource::TableSchema;
///
/// let schema: TableSchema = serde_json::from_str(r#"{
///   "fields": [{"name": "id", "type": "integer"}, {"name": "nilai", "type": "number"}],
///   "primaryKey": ["id"]}"#).unwrap();
/// let mut v = TableValidator::new(&schema, &ValidateOptions::default());
/// for chunk in [&b"id,nilai\n1,2.5\n"[..], b"1,3", b".0\n2,x\n"] {
///     v.push(chunk);
/// }
/// let report = v.finish();
/// let found: Vec<_> = report.errors.iter().map(|e| (e.code.as_str(), e.row_number)).collect();
/// assert_eq!(found, [("primary-key", Some(3)), ("type-error", Some(4))]);
/// ```
pub struct TableValidator {
    schema: TableSchema,
    specs: Vec<FieldSpec>,
    schema_missing: Vec<String>,
    dialect: Dialect,
    options: ValidateOptions,
    collect: Option<Vec<String>>,
    phase: Phase,
    encoding: Option<Encoding>,
    /// Raw bytes kept until the encoding is known.
    sample: Vec<u8>,
    /// Decoded bytes not yet consumed (an incomplete record).
    pending: Vec<u8>,
    bytes: u64,
    labels: Vec<String>,
    warnings: Vec<Message>,
    threads_used: usize,
}

impl TableValidator {
    /// A validator of `schema` (an unusable schema gives a report of `schema-error` /
    /// `field-error` and reads no data, as frictionless-py does).
    pub fn new(schema: &TableSchema, options: &ValidateOptions) -> TableValidator {
        Self::build(schema, options, None)
    }

    fn collecting(schema: &TableSchema, fields: &[String], options: &ValidateOptions) -> Self {
        let mut o = options.clone();
        o.limit_errors = 0;
        Self::build(schema, &o, Some(fields.to_vec()))
    }

    fn build(
        schema: &TableSchema,
        options: &ValidateOptions,
        collect: Option<Vec<String>>,
    ) -> Self {
        let schema_missing: Vec<String> = schema
            .missing_values
            .clone()
            .unwrap_or_else(|| vec![String::new()]);
        let mut problems = schema_problems(schema);
        let mut specs = Vec::new();
        for f in &schema.fields {
            match FieldSpec::compile(f, &schema_missing) {
                Ok(s) => specs.push(s),
                Err(note) => problems.push((IssueKind::FieldError, note)),
            }
        }
        let dialect = match Dialect::resolve(options.dialect.as_ref()) {
            Ok(d) => d,
            Err(note) => {
                problems.push((IssueKind::DialectError, note));
                Dialect::resolve(None).expect("the default dialect resolves")
            }
        };
        let phase = if problems.is_empty() {
            Phase::Sniffing
        } else {
            Phase::Failed(
                problems
                    .into_iter()
                    .map(|(k, note)| {
                        let msg = message(k, &ctx_note(&note));
                        plain_issue(k, note, msg)
                    })
                    .collect(),
            )
        };
        TableValidator {
            schema: schema.clone(),
            specs,
            schema_missing,
            dialect,
            options: options.clone(),
            collect,
            phase,
            encoding: options.encoding,
            sample: Vec::new(),
            pending: Vec::new(),
            bytes: 0,
            labels: Vec::new(),
            warnings: Vec::new(),
            threads_used: 1,
        }
    }

    /// True when more input cannot change the report (the error limit is reached, the
    /// schema is unusable, or the data could not be decoded): a caller may stop reading.
    pub fn is_done(&self) -> bool {
        match &self.phase {
            Phase::Failed(_) => true,
            Phase::Body { merger, .. } => merger.done() && self.collect.is_none(),
            _ => false,
        }
    }

    /// How far validation has got.
    pub fn progress(&self) -> Progress {
        let (rows, errors) = match &self.phase {
            Phase::Body { merger, .. } => (merger.content_rows, merger.real as u64),
            Phase::Failed(e) => (0, e.len() as u64),
            _ => (0, 0),
        };
        Progress {
            bytes: self.bytes,
            rows,
            errors,
        }
    }

    /// Feeds the next bytes of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        self.bytes += chunk.len() as u64;
        if self.is_done() {
            return;
        }
        if matches!(self.phase, Phase::Sniffing) {
            self.sample.extend_from_slice(chunk);
            if self.sample.len() >= encoding::SAMPLE_BYTES {
                self.end_sniffing(false);
            }
            return;
        }
        self.decode_into_pending(chunk);
        self.run(false);
    }

    /// Ends the input and returns the report.
    pub fn finish(mut self) -> TableReport {
        if matches!(self.phase, Phase::Sniffing) {
            self.end_sniffing(true);
        }
        self.run(true);
        self.report()
    }

    fn decode_into_pending(&mut self, chunk: &[u8]) {
        match self.encoding {
            Some(e @ (Encoding::Windows1252 | Encoding::Latin1)) => {
                encoding::transcode_single_byte(e, chunk, &mut self.pending)
            }
            _ => self.pending.extend_from_slice(chunk),
        }
    }

    fn end_sniffing(&mut self, complete: bool) {
        let sample = std::mem::take(&mut self.sample);
        let mut start = 0;
        if let Some((len, enc)) = encoding::bom(&sample) {
            match enc {
                Some(e) => {
                    start = len;
                    self.encoding.get_or_insert(e);
                }
                None => {
                    let note = "UTF-16 and UTF-32 are not supported".to_string();
                    let msg = message(IssueKind::EncodingError, &ctx_note(&note));
                    self.phase =
                        Phase::Failed(vec![plain_issue(IssueKind::EncodingError, note, msg)]);
                    return;
                }
            }
        }
        let body = &sample[start..];
        // Only the first 64 KiB decide, however much the first push brought.
        let probe = &body[..body.len().min(encoding::SAMPLE_BYTES)];
        let probe_complete = complete && probe.len() == body.len();
        let enc = *self
            .encoding
            .get_or_insert_with(|| encoding::detect(probe, probe_complete));
        if !self.dialect.delimiter_given {
            self.dialect.format.delimiter = sniff_delimiter(body, self.dialect.format.quote);
        }
        let _ = enc;
        self.phase = Phase::Header {
            row: 1,
            header_lists: Vec::new(),
        };
        self.decode_into_pending(body);
        if !complete {
            self.run(false);
        }
    }

    /// Processes what `pending` holds.
    fn run(&mut self, is_final: bool) {
        if let Phase::Header { .. } = self.phase {
            self.read_header(is_final);
        }
        if let Phase::Body { plan, merger } = &mut self.phase {
            if merger.done() && self.collect.is_none() {
                self.pending.clear();
                return;
            }
            let out = plan.process_block(&self.pending, is_final);
            let consumed = out.consumed;
            merger.merge(plan, out);
            self.pending.drain(..consumed);
            if !is_final && self.pending.len() > self.options.max_record_bytes && !merger.ended {
                let note = format!(
                    "row {} is larger than {} bytes (an unclosed quote?)",
                    merger.next_row, self.options.max_record_bytes
                );
                let msg = message(IssueKind::SourceError, &ctx_note(&note));
                merger.push(plain_issue(IssueKind::SourceError, note, msg));
                merger.ended = true;
                self.pending = Vec::new();
            }
        }
    }

    fn read_header(&mut self, is_final: bool) {
        let Phase::Header { row, header_lists } = &mut self.phase else {
            return;
        };
        let first_content = self.dialect.first_content_row();
        let mut rec = Record::default();
        let mut pos = 0;
        let mut complete = false;
        while *row < first_content {
            match self
                .dialect
                .format
                .read_record(&self.pending, pos, is_final, &mut rec)
            {
                Next::Record(next) => {
                    let cells: Vec<String> = (0..rec.len())
                        .map(|i| String::from_utf8_lossy(rec.field(i)).trim().to_string())
                        .collect();
                    let comment = self
                        .dialect
                        .comment_char
                        .as_deref()
                        .is_some_and(|c| cells.first().is_some_and(|x| x.starts_with(c)));
                    if !comment && self.dialect.header_rows.contains(row) {
                        header_lists.push(cells);
                    }
                    *row += 1;
                    pos = next;
                }
                Next::Incomplete => break,
                Next::End => {
                    complete = true;
                    break;
                }
            }
        }
        if *row < first_content && !complete && !is_final {
            if pos > 0 {
                // Keep the rows read so far out of `pending`.
                self.pending.drain(..pos);
            }
            if self.pending.len() > self.options.max_record_bytes {
                let note = "the header is too large (an unclosed quote?)".to_string();
                let msg = message(IssueKind::SourceError, &ctx_note(&note));
                self.phase = Phase::Failed(vec![plain_issue(IssueKind::SourceError, note, msg)]);
            }
            return;
        }
        self.pending.drain(..pos);
        let row = *row;
        // Join multi-row headers (frictionless-py's `read_labels`).
        let mut labels: Vec<String> = Vec::new();
        let mut prev: BTreeMap<usize, String> = BTreeMap::new();
        for cells in header_lists.iter() {
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
        self.labels = labels;
        let empty_source = self.labels.is_empty() && self.pending.is_empty() && is_final;
        self.start_body(row);
        if empty_source && self.collect.is_none() {
            if let Phase::Body { merger, .. } = &mut self.phase {
                let note = "the source is empty".to_string();
                let msg = message(IssueKind::SourceError, &ctx_note(&note));
                merger.push(plain_issue(IssueKind::SourceError, note, msg));
                merger.ended = true;
            }
        }
    }

    fn start_body(&mut self, first_row: u64) {
        let mode = self.schema.fields_match.unwrap_or_default();
        let (specs, header_issues) = match_header(
            &self.labels,
            &self.specs,
            &self.schema,
            mode,
            &self.schema_missing,
        );
        let names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
        let pos = |n: &str| names.iter().position(|x| *x == n);
        let unique: Vec<usize> = specs
            .iter()
            .enumerate()
            .filter(|(_, s)| s.unique)
            .map(|(i, _)| i)
            .collect();
        let pk: Option<Vec<usize>> = (!self.schema.primary_key.is_empty())
            .then(|| self.schema.primary_key.iter().map(|n| pos(n)).collect())
            .flatten();
        let mut refs: Vec<Vec<Option<usize>>> = Vec::new();
        let mut fks = Vec::new();
        if let Some(fields) = &self.collect {
            refs.push(fields.iter().map(|n| pos(n)).collect());
        } else {
            for fk in &self.schema.foreign_keys {
                let Some(slots) = fk.fields.iter().map(|n| pos(n)).collect::<Option<Vec<_>>>()
                else {
                    continue;
                };
                let self_ref = fk.reference.resource.is_empty();
                let target = if self_ref {
                    let set: Vec<Option<usize>> =
                        fk.reference.fields.iter().map(|n| pos(n)).collect();
                    let i = refs.iter().position(|r| *r == set).unwrap_or_else(|| {
                        refs.push(set);
                        refs.len() - 1
                    });
                    FkTarget::SelfRef(i)
                } else {
                    let table = self
                        .options
                        .references
                        .get(&fk.reference.resource)
                        .and_then(|v| v.iter().find(|t| t.fields == fk.reference.fields));
                    match table {
                        Some(t) => FkTarget::External(t.keys.clone()),
                        None => {
                            self.warnings.push(Message {
                                id: format!(
                                    "Kunci asing ke sumber daya \"{}\" ({}) tidak diperiksa: tabel rujukannya tidak diberikan.",
                                    fk.reference.resource,
                                    fk.reference.fields.join(", ")
                                ),
                                en: format!(
                                    "The foreign key to resource \"{}\" ({}) was not checked: the referenced table was not given.",
                                    fk.reference.resource,
                                    fk.reference.fields.join(", ")
                                ),
                            });
                            continue;
                        }
                    }
                };
                fks.push(FkPlan {
                    slots,
                    names: fk.fields.clone(),
                    resource: fk.reference.resource.clone(),
                    ref_fields: fk.reference.fields.clone(),
                    target,
                });
            }
        }
        let mut key_slot = vec![false; specs.len()];
        for &u in &unique {
            key_slot[u] = true;
        }
        for s in pk.iter().flatten() {
            key_slot[*s] = true;
        }
        for r in refs.iter().flatten().flatten() {
            key_slot[*r] = true;
        }
        for f in &fks {
            for s in &f.slots {
                key_slot[*s] = true;
            }
        }
        let checks = specs
            .iter()
            .zip(&key_slot)
            .map(
                |(spec, key)| match (spec.constraints.is_empty() && !key, spec.accepts_all()) {
                    (false, _) => Check::Value,
                    (true, true) => Check::Blank,
                    (true, false) => Check::Type,
                },
            )
            .collect();
        let plan = Plan {
            checks,
            specs,
            format: self.dialect.format,
            encoding: self.encoding.unwrap_or(Encoding::Utf8),
            comment: self.dialect.comment_char.clone(),
            unique,
            pk,
            fks,
            refs,
            key_slot,
        };
        let limit = if self.collect.is_some() {
            0
        } else {
            self.options.limit_errors
        };
        let mut merger = Merger::new(limit, &plan, first_row);
        if self.collect.is_none() {
            for issue in header_issues {
                merger.push(issue);
            }
            merger.check_limit();
        }
        self.phase = Phase::Body {
            plan: Box::new(plan),
            merger: Box::new(merger),
        };
    }

    fn report(self) -> TableReport {
        let stats = |rows: u64| TableStats {
            rows,
            bytes: self.bytes,
            fields: self.schema.fields.len() as u64,
            encoding: self.encoding.unwrap_or(Encoding::Utf8).as_str().to_string(),
            delimiter: (self.dialect.format.delimiter as char).to_string(),
            threads: self.threads_used as u64,
        };
        match self.phase {
            Phase::Failed(errors) => TableReport {
                valid: false,
                errors,
                warnings: self.warnings.clone(),
                partial: false,
                labels: self.labels.clone(),
                stats: stats(0),
            },
            Phase::Body { merger, .. } => {
                let (errors, partial, rows) = merger.finish();
                let mut warnings = self.warnings.clone();
                if partial {
                    warnings.push(Message {
                        id: format!(
                            "Batas {} galat tercapai: validasi berhenti lebih awal.",
                            self.options.limit_errors
                        ),
                        en: format!(
                            "Reached the error limit of {}: validation stopped early.",
                            self.options.limit_errors
                        ),
                    });
                }
                TableReport {
                    valid: errors.is_empty(),
                    errors,
                    warnings,
                    partial,
                    labels: self.labels.clone(),
                    stats: stats(rows),
                }
            }
            // `finish` always leaves the sniffing and header phases.
            _ => TableReport {
                valid: true,
                stats: stats(0),
                ..Default::default()
            },
        }
    }

    fn into_reference(self, fields: &[String]) -> ReferenceTable {
        let mut v = self;
        if matches!(v.phase, Phase::Sniffing) {
            v.end_sniffing(true);
        }
        v.run(true);
        match v.phase {
            Phase::Body { mut merger, .. } => ReferenceTable {
                fields: fields.to_vec(),
                keys: Arc::new(merger.refs.pop().unwrap_or_default()),
                rows: merger.content_rows,
            },
            _ => ReferenceTable {
                fields: fields.to_vec(),
                keys: Arc::new(KeySet::default()),
                rows: 0,
            },
        }
    }
}

/// Schema-level problems frictionless-py reports as `schema-error`.
fn schema_problems(schema: &TableSchema) -> Vec<(IssueKind, String)> {
    let mut out = Vec::new();
    let names: Vec<&str> = schema.fields.iter().map(|f| f.name.as_str()).collect();
    let mut seen = std::collections::HashSet::new();
    if names.iter().any(|n| !seen.insert(*n)) {
        out.push((
            IssueKind::SchemaError,
            "names of the fields are not unique".to_string(),
        ));
    }
    let list = |v: &[String]| {
        format!(
            "[{}]",
            v.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let field_list = list(&names.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    for name in &schema.primary_key {
        if !names.contains(&name.as_str()) {
            out.push((
                IssueKind::SchemaError,
                format!(
                    "primary key \"{}\" does not match the fields \"{field_list}\"",
                    list(&schema.primary_key)
                ),
            ));
        }
    }
    for fk in &schema.foreign_keys {
        for name in &fk.fields {
            if !names.contains(&name.as_str()) {
                out.push((
                    IssueKind::SchemaError,
                    format!(
                        "foreign key \"{}\" does not match the fields \"{field_list}\"",
                        list(&fk.fields)
                    ),
                ));
            }
        }
        if fk.fields.len() != fk.reference.fields.len() {
            out.push((
                IssueKind::SchemaError,
                format!(
                    "foreign key fields \"{}\" does not match the reference fields \"{}\"",
                    list(&fk.fields),
                    list(&fk.reference.fields)
                ),
            ));
        }
    }
    for f in &schema.fields {
        if f.name.is_empty() {
            out.push((IssueKind::FieldError, "a field has no name".to_string()));
        }
    }
    out
}

// --- entry points -----------------------------------------------------------------------------

/// Validates a whole CSV file held in memory.
///
/// ```
/// use datago_core::table::{validate_bytes, ValidateOptions};
/// use datago_core::resource::TableSchema;
///
/// let schema: TableSchema = serde_json::from_str(r#"{"fields": [
///   {"name": "kode_kabupaten_kota", "type": "integer"},
///   {"name": "jumlah", "type": "number", "decimalChar": ",", "groupChar": "."}]}"#).unwrap();
/// let report = validate_bytes(b"kode_kabupaten_kota,jumlah\n3371,\"1.234,5\"\n", &schema, &ValidateOptions::default());
/// assert!(report.valid, "{:?}", report.errors);
/// ```
pub fn validate_bytes(
    bytes: &[u8],
    schema: &TableSchema,
    options: &ValidateOptions,
) -> TableReport {
    validate_reader(bytes, schema, options).unwrap_or_else(|_| {
        // Reading from a slice cannot fail.
        let mut v = TableValidator::new(schema, options);
        v.push(bytes);
        v.finish()
    })
}

/// Validates a CSV file read from `reader`, streaming, on several threads for large inputs
/// (see [`ValidateOptions::threads`]); the result does not depend on the thread count.
///
/// ```
/// use datago_core::table::{validate_reader, ValidateOptions};
/// use datago_core::resource::TableSchema;
///
/// let schema: TableSchema = serde_json::from_str(r#"{"fields": [{"name": "a", "type": "integer"}]}"#).unwrap();
/// let report = validate_reader(std::io::Cursor::new("a\n1\n\n"), &schema, &ValidateOptions::default())?;
/// assert_eq!(report.errors[0].code, "blank-row");
/// # Ok::<(), datago_core::table::TableError>(())
/// ```
pub fn validate_reader<R: Read>(
    reader: R,
    schema: &TableSchema,
    options: &ValidateOptions,
) -> Result<TableReport, TableError> {
    validate_reader_with_progress(reader, schema, options, &mut |_| {})
}

/// [`validate_reader`], calling `progress` after each block.
pub fn validate_reader_with_progress<R: Read>(
    mut reader: R,
    schema: &TableSchema,
    options: &ValidateOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<TableReport, TableError> {
    let mut v = TableValidator::new(schema, options);
    let block = options.chunk_bytes.max(64 * 1024);
    let mut buf = vec![0u8; block];
    let threads = effective_threads(options.threads);
    loop {
        let n = read_full(&mut reader, &mut buf)?;
        if n == 0 {
            break;
        }
        v.push(&buf[..n]);
        progress(v.progress());
        if v.is_done() {
            break;
        }
        #[cfg(not(target_family = "wasm"))]
        if threads > 1 && n == block && matches!(v.phase, Phase::Body { .. }) {
            parallel::run(&mut v, &mut reader, threads, block, progress)?;
            break;
        }
        if matches!(v.phase, Phase::Body { .. }) && v.encoding == Some(Encoding::Utf8) {
            // Nothing to decode: read straight behind what is pending.
            loop {
                let n = read_append(&mut reader, &mut v.pending, block)?;
                if n == 0 {
                    break;
                }
                v.bytes += n as u64;
                v.run(false);
                progress(v.progress());
                if v.is_done() {
                    break;
                }
            }
            break;
        }
    }
    let _ = threads;
    Ok(v.finish())
}

/// Appends up to `max` bytes from `r` to `buf` (fewer only at the end of the input), without
/// zero-filling the space first; on an error `buf` is left as it was.
fn read_append<R: Read>(r: &mut R, buf: &mut Vec<u8>, max: usize) -> Result<usize, TableError> {
    let old = buf.len();
    buf.reserve(max);
    match Read::take(&mut *r, max as u64).read_to_end(buf) {
        Ok(n) => Ok(n),
        Err(e) => {
            buf.truncate(old);
            Err(e.into())
        }
    }
}

fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<usize, TableError> {
    let mut n = 0;
    while n < buf.len() {
        let k = read_some(r, &mut buf[n..])?;
        if k == 0 {
            break;
        }
        n += k;
    }
    Ok(n)
}

fn effective_threads(requested: usize) -> usize {
    #[cfg(target_family = "wasm")]
    {
        let _ = requested;
        1
    }
    #[cfg(not(target_family = "wasm"))]
    {
        if requested == 0 {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        } else {
            requested
        }
    }
}

#[cfg(not(target_family = "wasm"))]
mod parallel {
    //! Several threads do the row work on blocks cut at record boundaries; the calling thread
    //! reads, cuts, and merges results in file order.

    use std::collections::{BTreeMap, VecDeque};
    use std::io::Read;
    use std::sync::mpsc;
    use std::sync::{Arc, Mutex};

    use super::*;

    struct Job {
        index: u64,
        data: Arc<Vec<u8>>,
        is_final: bool,
    }

    /// Re-encodes the decoded tail of `pending` to the file's single-byte encoding, so that it
    /// can be joined to raw bytes again.
    fn untranscode(enc: Encoding, decoded: &[u8]) -> Vec<u8> {
        if enc == Encoding::Utf8 {
            return decoded.to_vec();
        }
        let text = String::from_utf8_lossy(decoded);
        text.chars()
            .map(|c| {
                let cp = c as u32;
                if cp < 0x80 || (enc == Encoding::Latin1 && cp < 0x100) {
                    cp as u8
                } else {
                    (0x80u8..=0xFF)
                        .find(|b| {
                            let mut out = Vec::new();
                            encoding::transcode_single_byte(enc, &[*b], &mut out);
                            out == c.to_string().as_bytes()
                        })
                        .unwrap_or(b'?')
                }
            })
            .collect()
    }

    /// Merges every result that is next in file order (or sets it aside for the sequential
    /// fallback once a block did not end at a record end).
    #[allow(clippy::too_many_arguments)]
    fn drain(
        pool: &mut Vec<Vec<u8>>,
        in_flight: &mut VecDeque<(u64, Arc<Vec<u8>>)>,
        done_results: &mut BTreeMap<u64, BlockOut>,
        next_merge: &mut u64,
        fallback: &mut Option<Vec<Arc<Vec<u8>>>>,
        merger: &mut Merger,
        plan: &Plan,
        progress: &mut dyn FnMut(Progress),
        bytes_read: u64,
    ) {
        while let Some(out) = done_results.remove(next_merge) {
            let Some((_, data)) = in_flight.pop_front() else {
                return;
            };
            if let Some(f) = fallback.as_mut() {
                f.push(data);
            } else if !out.clean {
                *fallback = Some(vec![data]);
            } else {
                merger.merge(plan, out);
                progress(Progress {
                    bytes: bytes_read,
                    rows: merger.content_rows,
                    errors: merger.real as u64,
                });
                // The worker has let go of it: the next block reuses its memory.
                if let Ok(buf) = Arc::try_unwrap(data) {
                    pool.push(buf);
                }
            }
            *next_merge += 1;
        }
    }

    pub(super) fn run<R: Read>(
        v: &mut TableValidator,
        reader: &mut R,
        threads: usize,
        block: usize,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), TableError> {
        let Phase::Body { plan, .. } = &v.phase else {
            return Ok(());
        };
        let enc = plan.encoding;
        // Parity splitting cannot follow an escape character: stay sequential.
        if plan.format.escape.is_some() {
            return sequential_rest(v, reader, block, progress);
        }
        let mut carry = untranscode(enc, &std::mem::take(&mut v.pending));
        v.threads_used = threads;
        let format = plan.format;
        let max = v.options.max_record_bytes;
        let mut fallback: Option<Vec<Arc<Vec<u8>>>> = None;
        let mut rest_tail: Vec<u8> = Vec::new();
        let mut io_error: Option<TableError> = None;
        {
            let Phase::Body { plan, merger } = &mut v.phase else {
                return Ok(());
            };
            let plan: &Plan = plan;
            let (job_tx, job_rx) = mpsc::sync_channel::<Job>(threads);
            let job_rx = Arc::new(Mutex::new(job_rx));
            let (res_tx, res_rx) = mpsc::channel::<(u64, BlockOut)>();
            std::thread::scope(|scope| {
                for _ in 0..threads {
                    let rx = Arc::clone(&job_rx);
                    let tx = res_tx.clone();
                    scope.spawn(move || loop {
                        let job = match rx.lock() {
                            Ok(guard) => guard.recv(),
                            Err(_) => return,
                        };
                        let Ok(job) = job else { return };
                        let out = if enc == Encoding::Utf8 {
                            plan.process_block(&job.data, job.is_final)
                        } else {
                            let mut decoded = Vec::with_capacity(job.data.len() + 1024);
                            encoding::transcode_single_byte(enc, &job.data, &mut decoded);
                            plan.process_block(&decoded, job.is_final)
                        };
                        let index = job.index;
                        drop(job);
                        if tx.send((index, out)).is_err() {
                            return;
                        }
                    });
                }
                drop(res_tx);
                let mut in_flight: VecDeque<(u64, Arc<Vec<u8>>)> = VecDeque::new();
                let mut pool: Vec<Vec<u8>> = Vec::new();
                let mut done_results: BTreeMap<u64, BlockOut> = BTreeMap::new();
                let mut next_index = 0u64;
                let mut next_merge = 0u64;
                let mut eof = false;
                let mut buf = carry.split_off(0);
                let mut bytes_read = v.bytes;
                loop {
                    // Fill the pipeline.
                    while !eof && in_flight.len() < threads + 2 && fallback.is_none() {
                        if merger.done() {
                            eof = true;
                            break;
                        }
                        // Read up to one block beyond what we hold.
                        let n = match read_append(reader, &mut buf, block) {
                            Ok(n) => n,
                            Err(e) => {
                                io_error = Some(e);
                                0
                            }
                        };
                        bytes_read += n as u64;
                        if n == 0 {
                            eof = true;
                            if !buf.is_empty() {
                                let data = Arc::new(std::mem::take(&mut buf));
                                in_flight.push_back((next_index, Arc::clone(&data)));
                                let _ = job_tx.send(Job {
                                    index: next_index,
                                    data,
                                    is_final: true,
                                });
                                next_index += 1;
                            }
                            break;
                        }
                        // Cut in the last 64 KiB (a record end is almost always there);
                        // the rest is carried to the next block (copied), so keep it small.
                        let target = buf
                            .len()
                            .saturating_sub((block / 2).min(64 * 1024))
                            .max(1)
                            .min(buf.len() - 1);
                        match format.split_point(&buf, target) {
                            Some(p) => {
                                let mut next = pool.pop().unwrap_or_default();
                                next.clear();
                                next.extend_from_slice(&buf[p..]);
                                buf.truncate(p);
                                let data = Arc::new(std::mem::replace(&mut buf, next));
                                in_flight.push_back((next_index, Arc::clone(&data)));
                                let _ = job_tx.send(Job {
                                    index: next_index,
                                    data,
                                    is_final: false,
                                });
                                next_index += 1;
                            }
                            None if buf.len() > max => {
                                // No record end in sight: let the sequential path report it.
                                fallback = Some(Vec::new());
                            }
                            None => {}
                        }
                    }
                    if in_flight.is_empty() {
                        break;
                    }
                    match res_rx.recv() {
                        Ok((i, out)) => {
                            done_results.insert(i, out);
                        }
                        Err(_) => break,
                    }
                    drain(
                        &mut pool,
                        &mut in_flight,
                        &mut done_results,
                        &mut next_merge,
                        &mut fallback,
                        merger,
                        plan,
                        progress,
                        bytes_read,
                    );
                    if merger.done() && fallback.is_none() {
                        // Let the workers finish what they hold, then stop.
                        while !in_flight.is_empty() {
                            match res_rx.recv() {
                                Ok((i, out)) => {
                                    done_results.insert(i, out);
                                }
                                Err(_) => break,
                            }
                            drain(
                                &mut pool,
                                &mut in_flight,
                                &mut done_results,
                                &mut next_merge,
                                &mut fallback,
                                merger,
                                plan,
                                progress,
                                bytes_read,
                            );
                        }
                        eof = true;
                    }
                }
                drop(job_tx);
                rest_tail = buf;
                v.bytes = bytes_read;
            });
        }
        if let Some(e) = io_error {
            return Err(e);
        }
        if let Some(blocks) = fallback {
            // A block did not end at a record end (quote parity misled the cut): redo from
            // there on one thread.
            for b in blocks {
                let before = v.bytes;
                v.decode_into_pending(&b);
                v.run(false);
                v.bytes = before;
            }
            let before = v.bytes;
            v.decode_into_pending(&rest_tail);
            v.run(false);
            v.bytes = before;
            return sequential_rest(v, reader, block, progress);
        }
        Ok(())
    }

    fn sequential_rest<R: Read>(
        v: &mut TableValidator,
        reader: &mut R,
        block: usize,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), TableError> {
        let mut buf = vec![0u8; block];
        loop {
            if v.is_done() {
                return Ok(());
            }
            let n = read_full(reader, &mut buf)?;
            if n == 0 {
                return Ok(());
            }
            v.push(&buf[..n]);
            progress(v.progress());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deduplicate_like_frictionless() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            deduplicate(names(&["a2", "a", "a", "a", "b", "a3x", "a"])),
            names(&["a2", "a", "a3", "a4", "b", "a3x", "a5"])
        );
        assert_eq!(
            deduplicate(names(&["", "", "x", ""])),
            names(&["", "2", "x", "3"])
        );
    }

    /// Fuzzing found a one-line file of ~6,000 equal labels that took a minute (suffixes were
    /// searched from 2 for every label): the input, repeated as the fuzz target repeats it.
    #[test]
    fn thousands_of_equal_labels() {
        let unit: &[u8] = b"n\xfd ,.8.1                 ";
        let data: Vec<u8> = unit.iter().copied().cycle().take(150_000).collect();
        let schema: TableSchema = serde_json::from_str(
            r#"{"fields": [{"name": "id", "type": "integer"}, {"name": "kode", "type": "string"}]}"#,
        )
        .unwrap();
        for threads in [1, 2] {
            let r = validate_reader(
                data.as_slice(),
                &schema,
                &ValidateOptions {
                    limit_errors: 0,
                    threads,
                    chunk_bytes: 4096,
                    ..Default::default()
                },
            )
            .unwrap();
            let labels = data.iter().filter(|b| **b == b',').count() + 1;
            let extra = r.errors.iter().filter(|e| e.code == "extra-label").count();
            assert_eq!(extra, labels - 2, "every label past the schema's two");
            assert_eq!(r.stats.encoding, "windows-1252");
            assert_eq!(r.stats.rows, 0);
        }
    }
}
