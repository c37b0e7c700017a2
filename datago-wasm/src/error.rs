//! Errors at the edge: every failure reaches JavaScript as a real `Error` object with a `name`,
//! the core's stable `code`, `messages` in both languages and, where the core has them, details
//! (`line`/`column` of a parse error, the file of a bundle error, the findings of a validation
//! error).

use datago_core::bundle::BundleError;
use datago_core::{Lang, ParseError, WorkflowError};
use wasm_bindgen::prelude::*;

/// What the exported functions throw: a JavaScript `Error` built from a core error or a wrong
/// argument, or a JavaScript exception carried through unchanged (one thrown by a progress
/// callback).
pub struct Error(JsValue);

impl Error {
    /// A new `Error` named `name` with a stable `code`. `message` is the English text.
    fn new(name: &str, code: &str, id: &str, en: &str) -> Error {
        let err = js_sys::Error::new(en);
        err.set_name(name);
        let messages = js_sys::Object::new();
        set(&messages, "id", &id.into());
        set(&messages, "en", &en.into());
        set(&err, "code", &code.into());
        set(&err, "messages", &messages);
        Error(err.into())
    }

    /// Adds a property to the error.
    fn with(self, key: &str, value: JsValue) -> Error {
        set(&self.0, key, &value);
        self
    }

    /// A JavaScript exception to rethrow as it is.
    pub(crate) fn rethrow(exception: JsValue) -> Error {
        Error(exception)
    }

    /// `argument` is not the kind of JavaScript value the function takes.
    pub(crate) fn wrong_type(argument: &str, expected: Expected, got: &JsValue) -> Error {
        let (id_got, en_got) = describe(got);
        Error::new(
            "InvalidArgumentError",
            "invalid-argument",
            &format!("argumen `{argument}` harus {}, bukan {id_got}", expected.id),
            &format!(
                "argument `{argument}` must be {}, not {en_got}",
                expected.en
            ),
        )
        .with("argument", argument.into())
    }

    /// A result the core produced cannot be represented in JavaScript (a number above 2^53).
    pub(crate) fn unrepresentable(detail: &str) -> Error {
        Error::new(
            "DataGoError",
            "unrepresentable",
            &format!("hasil tidak dapat dinyatakan sebagai nilai JavaScript: {detail}"),
            &format!("the result cannot be represented as a JavaScript value: {detail}"),
        )
    }
}

/// What an argument should have been, in both languages.
#[derive(Clone, Copy)]
pub(crate) struct Expected {
    id: &'static str,
    en: &'static str,
}

impl Expected {
    pub(crate) const STRING: Expected = Expected {
        id: "string",
        en: "a string",
    };
    pub(crate) const DOCUMENT: Expected = Expected {
        id: "objek atau teks JSON",
        en: "an object or a JSON string",
    };
    pub(crate) const OBJECT: Expected = Expected {
        id: "objek",
        en: "an object",
    };
    pub(crate) const FILES: Expected = Expected {
        id: "objek { path: isi }",
        en: "an object { path: contents }",
    };
    pub(crate) const FILE: Expected = Expected {
        id: "string atau Uint8Array",
        en: "a string or a Uint8Array",
    };
    pub(crate) const NUMBER: Expected = Expected {
        id: "angka",
        en: "a number",
    };
    pub(crate) const STRINGS: Expected = Expected {
        id: "array string",
        en: "an array of strings",
    };
    pub(crate) const FUNCTION: Expected = Expected {
        id: "fungsi",
        en: "a function",
    };
    pub(crate) const TIME: Expected = Expected {
        id: "string RFC 3339 atau Date yang sah",
        en: "an RFC 3339 string or a valid Date",
    };
}

/// The JavaScript type of `v`, for messages in Bahasa Indonesia and English.
fn describe(v: &JsValue) -> (String, String) {
    let t = if v.is_null() {
        "null".to_string()
    } else if crate::convert::is_array(v) == Ok(true) {
        "array".to_string()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    };
    let (id, en) = match t.as_str() {
        "undefined" | "null" => (t.clone(), t.clone()),
        "number" => ("angka".into(), "a number".into()),
        "boolean" => ("boolean".into(), "a boolean".into()),
        "string" => ("string".into(), "a string".into()),
        "object" => ("objek".into(), "an object".into()),
        "array" => ("array".into(), "an array".into()),
        "function" => ("fungsi".into(), "a function".into()),
        other => (other.to_string(), format!("a {other}")),
    };
    (id, en)
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Defining a property on a plain object or a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(target, &key.into(), value);
}

fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

impl From<datago_core::Error> for Error {
    fn from(e: datago_core::Error) -> Error {
        use datago_core::Error as E;
        let name = match &e {
            E::Parse(_) => "ParseError",
            E::Workflow(_) => "WorkflowError",
            E::Bundle(_) => "BundleError",
            E::Invalid(_) => "ValidationError",
            E::Table(_) => "TableError",
            E::InvalidArgument { .. } => "InvalidArgumentError",
            E::Replication(_) => "InvalidArgumentError",
            E::License(_) => "LicenseError",
            E::Replica(_) => "ReplicaError",
            _ => "DataGoError",
        };
        let err = Error::new(name, e.code(), &e.message(Lang::Id), &e.message(Lang::En));
        match &e {
            E::Parse(p) => err
                .with("line", number(p.line()))
                .with("column", number(p.column())),
            E::Bundle(BundleError::Parse { path, source }) => err
                .with("path", path.as_str().into())
                .with("line", number(source.line()))
                .with("column", number(source.column())),
            E::Bundle(BundleError::Io { path, .. }) => err.with("path", path.as_str().into()),
            E::Invalid(findings) => match crate::convert::to_js(findings) {
                Ok(v) => err.with("findings", v),
                Err(_) => err,
            },
            E::InvalidArgument { value, .. } => err.with("value", value.as_str().into()),
            _ => err,
        }
    }
}

impl From<ParseError> for Error {
    fn from(e: ParseError) -> Error {
        datago_core::Error::from(e).into()
    }
}

impl From<WorkflowError> for Error {
    fn from(e: WorkflowError) -> Error {
        datago_core::Error::from(e).into()
    }
}

impl From<BundleError> for Error {
    fn from(e: BundleError) -> Error {
        datago_core::Error::from(e).into()
    }
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        e.0
    }
}
