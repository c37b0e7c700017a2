//! Small RDF toolkit over `oxrdf`: vocabularies, a graph builder, Turtle and JSON-LD in and out.

use std::io::Write;

use oxrdf::{
    BlankNode, Graph, Literal, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, TermRef, Triple, TripleRef,
};

use crate::document::ParseError;

/// Namespaces used by DataGO's RDF.
pub mod ns {
    /// DCAT.
    pub const DCAT: &str = "http://www.w3.org/ns/dcat#";
    /// Dublin Core terms.
    pub const DCT: &str = "http://purl.org/dc/terms/";
    /// FOAF.
    pub const FOAF: &str = "http://xmlns.com/foaf/0.1/";
    /// vCard.
    pub const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";
    /// SKOS.
    pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
    /// RDF.
    pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// XML Schema datatypes.
    pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
    /// SPDX.
    pub const SPDX: &str = "http://spdx.org/rdf/terms#";
    /// PROV.
    pub const PROV: &str = "http://www.w3.org/ns/prov#";
    /// ADMS.
    pub const ADMS: &str = "http://www.w3.org/ns/adms#";
    /// DCAT-AP.
    pub const DCATAP: &str = "http://data.europa.eu/r5r/";
    /// schema.org.
    pub const SCHEMA: &str = "http://schema.org/";
    /// LOCN.
    pub const LOCN: &str = "http://www.w3.org/ns/locn#";

    /// Prefixes written in Turtle and JSON-LD output.
    pub const PREFIXES: [(&str, &str); 12] = [
        ("dcat", DCAT),
        ("dct", DCT),
        ("foaf", FOAF),
        ("vcard", VCARD),
        ("skos", SKOS),
        ("rdf", RDF),
        ("xsd", XSD),
        ("spdx", SPDX),
        ("prov", PROV),
        ("adms", ADMS),
        ("dcatap", DCATAP),
        ("locn", LOCN),
    ];
}

/// A named node from a namespace and a local name.
pub fn iri(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// A subject: IRI or blank node.
pub type Subject = NamedOrBlankNode;

/// Where generated triples go: a [`Graph`], or a streaming writer such as [`JsonLdWriter`].
///
/// A mapping written against this trait produces the same triples whatever the sink, so one
/// mapping serves every output. [`TripleSink::flush`] marks the end of a self-contained group
/// of triples (one dataset and the nodes it introduced); a streaming sink may write them out
/// then and forget them.
///
/// ```
/// use datago_core::standards::rdf::{iri, ns, TripleSink};
/// use oxrdf::{Graph, LiteralRef, NamedNode};
/// let s = NamedNode::new("http://example.org/d").unwrap();
/// let mut g = Graph::new();
/// let title = iri(ns::DCT, "title");
/// g.triple((&s).into(), title.as_ref(), LiteralRef::new_simple_literal("x").into());
/// assert_eq!(g.len(), 1);
/// ```
pub trait TripleSink {
    /// Receives `s p o`.
    fn triple(&mut self, s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>, o: TermRef<'_>);
    /// The triples received since the last flush are complete; nothing by default.
    fn flush(&mut self) {}
}

impl TripleSink for Graph {
    fn triple(&mut self, s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>, o: TermRef<'_>) {
        self.insert(TripleRef::new(s, p, o));
    }
}

/// Builds a graph (or feeds another [`TripleSink`]) triple by triple.
#[derive(Default)]
pub struct Builder<S: TripleSink = Graph> {
    /// Where the triples go.
    pub sink: S,
    blank: usize,
}

impl<S: TripleSink> Builder<S> {
    /// A builder writing into `sink`.
    pub fn new(sink: S) -> Self {
        Builder { sink, blank: 0 }
    }

    /// A fresh blank node with a deterministic label.
    pub fn blank(&mut self, hint: &str) -> Subject {
        self.blank += 1;
        NamedOrBlankNode::BlankNode(BlankNode::new_unchecked(format!("{hint}{}", self.blank)))
    }

    /// Adds `s p o`.
    pub fn add<'b>(&mut self, s: &Subject, p: NamedNodeRef<'_>, o: impl Into<TermRef<'b>>) {
        self.sink.triple(s.as_ref(), p, o.into());
    }

    /// Adds `s rdf:type class`.
    pub fn typed(&mut self, s: &Subject, class: NamedNodeRef<'_>) {
        self.add(s, RDF_TYPE, class);
    }

    /// Adds a plain string literal.
    pub fn string(&mut self, s: &Subject, p: NamedNodeRef<'_>, value: &str) {
        self.add(s, p, LiteralRef::new_simple_literal(value));
    }

    /// Adds one language-tagged literal per non-blank language of `text`.
    pub fn text(&mut self, s: &Subject, p: NamedNodeRef<'_>, text: &crate::LocalizedText) {
        for (lang, value) in &text.0 {
            if value.trim().is_empty() {
                continue;
            }
            if valid_language(lang) {
                let lower;
                let lang = if lang.bytes().any(|b| b.is_ascii_uppercase()) {
                    lower = lang.to_ascii_lowercase();
                    lower.as_str()
                } else {
                    lang.as_str()
                };
                self.add(
                    s,
                    p,
                    LiteralRef::new_language_tagged_literal_unchecked(value, lang),
                );
            } else {
                self.add(s, p, LiteralRef::new_simple_literal(value));
            }
        }
    }

    /// Adds a typed literal (`xsd:date`, `xsd:nonNegativeInteger`, …); `datatype` is the local
    /// name in `xsd:`.
    pub fn typed_literal(&mut self, s: &Subject, p: NamedNodeRef<'_>, value: &str, datatype: &str) {
        match datatype {
            "date" => self.add(s, p, LiteralRef::new_typed_literal(value, XSD_DATE)),
            _ => {
                let dt = iri(ns::XSD, datatype);
                self.add(s, p, LiteralRef::new_typed_literal(value, &dt));
            }
        }
    }

    /// Marks the end of a group of triples ([`TripleSink::flush`]).
    pub fn flush(&mut self) {
        self.sink.flush();
    }
}

/// `xsd:date`, the most frequent datatype of DataGO's literals.
const XSD_DATE: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/2001/XMLSchema#date");

/// `rdf:type`.
pub const RDF_TYPE: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

/// Whether `tag` is a well-formed BCP 47 language tag, as
/// `Literal::new_language_tagged_literal` checks it. Common tags are answered without parsing.
fn valid_language(tag: &str) -> bool {
    match tag {
        "id" | "en" | "und" => true,
        _ => Literal::new_language_tagged_literal("", tag).is_ok(),
    }
}

/// A byte range of [`JsonLdWriter`]'s pending text.
type Span = (usize, usize);

/// A streaming JSON-LD writer: a [`TripleSink`] that keeps only the triples received since
/// the last [`TripleSink::flush`], and then writes them, grouped by subject, as node objects of
/// a flattened `@graph` into `W`. Nothing is parsed back.
///
/// The document has the shape of [`serialize`]'s JSON-LD: a `@context` of DataGO's prefixes and
/// a `@graph` of node objects whose properties are full IRIs (`rdf:type` included) holding lists
/// of value objects, one node object a line. Within a group, a subject's properties are sorted
/// and repeated triples written once; a subject that appears in several groups is written as
/// several node objects with the same `@id` (JSON-LD merges them).
///
/// ```
/// use datago_core::standards::rdf::{iri, ns, JsonLdWriter, TripleSink};
/// use oxrdf::{LiteralRef, NamedNode};
/// let s = NamedNode::new("http://example.org/d").unwrap();
/// let mut w = JsonLdWriter::new(Vec::new());
/// w.triple((&s).into(), iri(ns::DCT, "title").as_ref(), LiteralRef::new_language_tagged_literal_unchecked("Judul", "id").into());
/// let text = String::from_utf8(w.finish().unwrap()).unwrap();
/// let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
/// assert_eq!(doc["@graph"][0]["http://purl.org/dc/terms/title"][0]["@value"], "Judul");
/// ```
pub struct JsonLdWriter<W: Write> {
    out: W,
    /// Text of the pending subjects, predicates and objects, as JSON.
    buf: String,
    /// Pending subjects: byte range in `buf`.
    subjects: Vec<(usize, usize)>,
    /// The subject of the last triple: its IRI, or `_:` and its blank node label; its number.
    last: Option<(String, usize)>,
    /// Pending triples: subject number, predicate range, object range.
    pending: Vec<(usize, Span, Span)>,
    /// Scratch text of the current subject.
    scratch: String,
    /// The text of the node objects being written.
    text: String,
    started: bool,
    nodes: usize,
    error: Option<std::io::Error>,
}

impl<W: Write> JsonLdWriter<W> {
    /// A writer into `out`; the document starts with the first flush.
    pub fn new(out: W) -> Self {
        JsonLdWriter {
            out,
            buf: String::new(),
            subjects: Vec::new(),
            last: None,
            pending: Vec::new(),
            scratch: String::new(),
            text: String::new(),
            started: false,
            nodes: 0,
            error: None,
        }
    }

    fn start(&mut self) -> std::io::Result<()> {
        if !self.started {
            self.started = true;
            let mut head = String::from("{\"@context\":{");
            let mut prefixes = ns::PREFIXES;
            prefixes.sort();
            for (i, (p, n)) in prefixes.iter().enumerate() {
                if i > 0 {
                    head.push(',');
                }
                json_string(&mut head, p);
                head.push(':');
                json_string(&mut head, n);
            }
            head.push_str("},\n\"@graph\":[");
            self.out.write_all(head.as_bytes())?;
        }
        Ok(())
    }

    fn write_pending(&mut self) -> std::io::Result<()> {
        self.start()?;
        if self.pending.is_empty() {
            return Ok(());
        }
        let buf = &self.buf;
        let text = |r: (usize, usize)| &buf[r.0..r.1];
        self.pending.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| text(a.1).cmp(text(b.1)))
                .then_with(|| text(a.2).cmp(text(b.2)))
        });
        self.pending
            .dedup_by(|a, b| a.0 == b.0 && text(a.1) == text(b.1) && text(a.2) == text(b.2));
        let out = &mut self.text;
        out.clear();
        let mut i = 0;
        while i < self.pending.len() {
            let subject = self.pending[i].0;
            out.push_str(if self.nodes == 0 {
                "\n{\"@id\":"
            } else {
                ",\n{\"@id\":"
            });
            self.nodes += 1;
            out.push_str(text(self.subjects[subject]));
            let mut last_p: Option<&str> = None;
            while i < self.pending.len() && self.pending[i].0 == subject {
                let (_, p, o) = self.pending[i];
                let p = text(p);
                if last_p == Some(p) {
                    out.push(',');
                } else {
                    if last_p.is_some() {
                        out.push(']');
                    }
                    out.push(',');
                    out.push_str(p);
                    out.push_str(":[");
                    last_p = Some(p);
                }
                out.push_str(text(o));
                i += 1;
            }
            out.push_str("]}");
        }
        self.out.write_all(self.text.as_bytes())?;
        self.buf.clear();
        self.subjects.clear();
        self.last = None;
        self.pending.clear();
        Ok(())
    }

    /// The number of subject `s`, a pending one or a new one; `s` is now the last subject.
    fn subject(&mut self, s: NamedOrBlankNodeRef<'_>) -> usize {
        self.scratch.clear();
        id_string(&mut self.scratch, s);
        let buf = &self.buf;
        let known = self
            .subjects
            .iter()
            .rposition(|r| buf[r.0..r.1] == *self.scratch);
        let subject = match known {
            Some(n) => n,
            None => {
                let start = self.buf.len();
                self.buf.push_str(&self.scratch);
                self.subjects.push((start, self.buf.len()));
                self.subjects.len() - 1
            }
        };
        let last = self.last.get_or_insert_with(Default::default);
        last.0.clear();
        match s {
            NamedOrBlankNodeRef::NamedNode(n) => last.0.push_str(n.as_str()),
            NamedOrBlankNodeRef::BlankNode(b) => {
                last.0.push_str("_:");
                last.0.push_str(b.as_str());
            }
        }
        last.1 = subject;
        subject
    }

    /// Writes what is pending and the end of the document, and gives the output back.
    pub fn finish(mut self) -> std::io::Result<W> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.write_pending()?;
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

impl<W: Write> TripleSink for JsonLdWriter<W> {
    fn triple(&mut self, s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>, o: TermRef<'_>) {
        let subject = match &self.last {
            Some((last, n)) if same_subject(last, s) => *n,
            _ => self.subject(s),
        };
        let start = self.buf.len();
        json_string(&mut self.buf, p.as_str());
        let p_range = (start, self.buf.len());
        let start = self.buf.len();
        value_object(&mut self.buf, o);
        self.pending
            .push((subject, p_range, (start, self.buf.len())));
    }

    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.write_pending() {
                self.error = Some(e);
            }
        }
    }
}

/// Whether `s` is the subject `last` ([`JsonLdWriter`]'s `last`) stands for.
fn same_subject(last: &str, s: NamedOrBlankNodeRef<'_>) -> bool {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => last == n.as_str(),
        NamedOrBlankNodeRef::BlankNode(b) => last.strip_prefix("_:") == Some(b.as_str()),
    }
}

/// `s` as the JSON string of an `@id`.
fn id_string(out: &mut String, s: NamedOrBlankNodeRef<'_>) {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => json_string(out, n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => {
            out.push_str("\"_:");
            escape_into(out, b.as_str());
            out.push('"');
        }
    }
}

/// `o` as a JSON-LD value object.
fn value_object(out: &mut String, o: TermRef<'_>) {
    match o {
        TermRef::NamedNode(n) => {
            out.push_str("{\"@id\":");
            json_string(out, n.as_str());
        }
        TermRef::BlankNode(b) => {
            out.push_str("{\"@id\":");
            id_string(out, NamedOrBlankNodeRef::BlankNode(b));
        }
        TermRef::Literal(l) => {
            out.push('{');
            if let Some(lang) = l.language() {
                out.push_str("\"@language\":");
                json_string(out, lang);
                out.push(',');
            } else if l.datatype() != oxrdf::vocab::xsd::STRING {
                out.push_str("\"@type\":");
                json_string(out, l.datatype().as_str());
                out.push(',');
            }
            out.push_str("\"@value\":");
            json_string(out, l.value());
        }
        #[allow(unreachable_patterns)]
        _ => out.push_str("{\"@value\":null"),
    }
    out.push('}');
}

/// `s` as a JSON string, quotes included.
fn json_string(out: &mut String, s: &str) {
    out.push('"');
    escape_into(out, s);
    out.push('"');
}

fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // Checked 16 bytes at a time, without branching on each byte.
    let plain = bytes.chunks(16).all(|c| {
        !c.iter().fold(false, |any, &b| {
            any | (b < 0x20) | (b == b'"') | (b == b'\\')
        })
    });
    if plain {
        out.push_str(s);
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        if esc.is_empty() {
            out.push_str(&format!("\\u{b:04x}"));
        } else {
            out.push_str(esc);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Turns an IRI string into a subject, when it is a valid IRI.
pub fn subject(iri: &str) -> Option<Subject> {
    NamedNode::new(iri).ok().map(NamedOrBlankNode::NamedNode)
}

/// The RDF serializations DataGO reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RdfFormat {
    /// Turtle.
    Turtle,
    /// JSON-LD.
    JsonLd,
}

impl RdfFormat {
    /// Parses `turtle`/`ttl` or `jsonld`/`json-ld`.
    pub fn parse(s: &str) -> Result<RdfFormat, crate::Error> {
        match s.to_ascii_lowercase().as_str() {
            "turtle" | "ttl" => Ok(RdfFormat::Turtle),
            "jsonld" | "json-ld" => Ok(RdfFormat::JsonLd),
            _ => Err(crate::Error::InvalidArgument {
                what: "RDF format",
                value: s.to_string(),
                expected: "turtle or jsonld".to_string(),
            }),
        }
    }
}

/// Serializes a graph, with DataGO's prefixes; triples in a stable order. JSON-LD is written by
/// [`JsonLdWriter`], one node object per subject.
pub fn serialize(graph: &Graph, format: RdfFormat) -> String {
    let mut triples: Vec<Triple> = graph.iter().map(|t| t.into_owned()).collect();
    // The key is built once per triple (not once per comparison).
    triples.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    let out = match format {
        RdfFormat::Turtle => {
            let mut ser = oxttl::TurtleSerializer::new();
            for (p, n) in ns::PREFIXES {
                ser = match ser.clone().with_prefix(p, n) {
                    Ok(s) => s,
                    Err(_) => ser,
                };
            }
            let mut w = ser.for_writer(Vec::new());
            for t in &triples {
                // Writing to a Vec cannot fail.
                let _ = w.serialize_triple(t);
            }
            w.finish().unwrap_or_default()
        }
        RdfFormat::JsonLd => {
            let mut w = JsonLdWriter::new(Vec::new());
            for t in &triples {
                w.triple(t.subject.as_ref(), t.predicate.as_ref(), t.object.as_ref());
            }
            // Writing to a Vec cannot fail.
            w.finish().unwrap_or_default()
        }
    };
    String::from_utf8(out).unwrap_or_default()
}

/// The streaming JSON-LD parser does not apply type-scoped contexts to a node with several
/// types (e.g. `["Dataset", "DatasetMemberOfADatasetSeries"]` in the DCAT-AP examples), so its
/// properties would be lost. Terms of type-scoped contexts are therefore also made available at
/// the top level of a supplied context, where they do not clash with a top-level term.
fn hoist_type_scoped_terms(context_doc: &str) -> String {
    let Ok(mut doc) = serde_json::from_str::<serde_json::Value>(context_doc) else {
        return context_doc.to_string();
    };
    let Some(ctx) = doc.get_mut("@context").and_then(|c| c.as_object_mut()) else {
        return context_doc.to_string();
    };
    let mut hoisted = serde_json::Map::new();
    for def in ctx.values() {
        if let Some(inner) = def.get("@context").and_then(|c| c.as_object()) {
            for (k, v) in inner {
                if !ctx.contains_key(k) && !hoisted.contains_key(k) {
                    hoisted.insert(k.clone(), v.clone());
                }
            }
        }
    }
    ctx.extend(hoisted);
    doc.to_string()
}

/// Parses Turtle or JSON-LD into a graph. JSON-LD `@context` references other than inline
/// objects are resolved from `contexts` (URL → JSON text); nothing is fetched.
pub fn parse(
    text: &str,
    format: RdfFormat,
    contexts: &[(&str, &str)],
) -> Result<Graph, ParseError> {
    let mut graph = Graph::new();
    let syntax = |line: u64, column: u64, detail: String| ParseError::Syntax {
        line: line as usize + 1,
        column: column as usize + 1,
        detail,
    };
    match format {
        RdfFormat::Turtle => {
            for t in oxttl::TurtleParser::new().for_slice(text.as_bytes()) {
                match t {
                    Ok(t) => {
                        graph.insert(&t);
                    }
                    Err(e) => {
                        let at = e.location().start;
                        return Err(syntax(at.line, at.column, e.message().to_string()));
                    }
                }
            }
        }
        RdfFormat::JsonLd => {
            let owned: Vec<(String, String)> = contexts
                .iter()
                .map(|(u, c)| (u.to_string(), hoist_type_scoped_terms(c)))
                .collect();
            let parser = oxjsonld::JsonLdParser::new()
                .for_slice(text.as_bytes())
                .with_load_document_callback(
                    move |url: &str, _opts: &oxjsonld::JsonLdLoadDocumentOptions| {
                        owned
                            .iter()
                            .find(|(u, _)| u == url)
                            .map(|(u, c)| oxjsonld::JsonLdRemoteDocument {
                                document: c.clone().into_bytes(),
                                document_url: u.clone(),
                            })
                            .ok_or_else(|| format!("context {url} is not available offline").into())
                    },
                );
            for q in parser {
                match q {
                    Ok(q) => {
                        graph.insert(&Triple::new(q.subject, q.predicate, q.object));
                    }
                    Err(e) => return Err(syntax(0, 0, e.to_string())),
                }
            }
        }
    }
    Ok(graph)
}
