//! Small RDF toolkit over `oxrdf`: vocabularies, a graph builder, Turtle and JSON-LD in and out.

use oxrdf::{BlankNode, Graph, Literal, NamedNode, NamedOrBlankNode, Term, Triple};

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

/// Builds a graph triple by triple.
#[derive(Default)]
pub struct Builder {
    /// The graph built so far.
    pub graph: Graph,
    blank: usize,
}

impl Builder {
    /// A fresh blank node with a deterministic label.
    pub fn blank(&mut self, hint: &str) -> Subject {
        self.blank += 1;
        NamedOrBlankNode::BlankNode(BlankNode::new_unchecked(format!("{hint}{}", self.blank)))
    }

    /// Adds `s p o`.
    pub fn add(&mut self, s: &Subject, p: NamedNode, o: impl Into<Term>) {
        self.graph.insert(&Triple::new(s.clone(), p, o.into()));
    }

    /// Adds `s rdf:type class`.
    pub fn typed(&mut self, s: &Subject, class: NamedNode) {
        self.add(s, iri(ns::RDF, "type"), class);
    }

    /// Adds a plain string literal.
    pub fn string(&mut self, s: &Subject, p: NamedNode, value: &str) {
        self.add(s, p, Literal::new_simple_literal(value));
    }

    /// Adds one language-tagged literal per non-blank language of `text`.
    pub fn text(&mut self, s: &Subject, p: NamedNode, text: &crate::LocalizedText) {
        for (lang, value) in &text.0 {
            if value.trim().is_empty() {
                continue;
            }
            match Literal::new_language_tagged_literal(value.as_str(), lang.as_str()) {
                Ok(l) => self.add(s, p.clone(), l),
                Err(_) => self.add(s, p.clone(), Literal::new_simple_literal(value.as_str())),
            }
        }
    }

    /// Adds a typed literal (`xsd:date`, `xsd:nonNegativeInteger`, …).
    pub fn typed_literal(&mut self, s: &Subject, p: NamedNode, value: &str, datatype: &str) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(value, iri(ns::XSD, datatype)),
        );
    }
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

/// Serializes a graph, with DataGO's prefixes; triples in a stable order.
pub fn serialize(graph: &Graph, format: RdfFormat) -> String {
    let mut triples: Vec<Triple> = graph.iter().map(|t| t.into_owned()).collect();
    triples.sort_by_key(|t| {
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
            let mut ser = oxjsonld::JsonLdSerializer::new();
            for (p, n) in ns::PREFIXES {
                ser = match ser.clone().with_prefix(p, n) {
                    Ok(s) => s,
                    Err(_) => ser,
                };
            }
            let mut w = ser.for_writer(Vec::new());
            for t in &triples {
                let _ = w.serialize_quad(t.as_ref().in_graph(oxrdf::GraphNameRef::DefaultGraph));
            }
            let compact = w.finish().unwrap_or_default();
            // Pretty-printed for people; the serializer writes one line.
            match serde_json::from_slice::<serde_json::Value>(&compact) {
                Ok(v) => serde_json::to_vec_pretty(&v).unwrap_or(compact),
                Err(_) => compact,
            }
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
