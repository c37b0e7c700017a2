//! Values at the edge: JavaScript arguments checked and read into Rust, Rust results written as
//! plain JSON-compatible JavaScript objects.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{Error, Expected};

// Imports that may throw on hostile values (revoked proxies, proxies of built-ins): caught here
// so a JavaScript exception never unwinds through the module.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    pub(crate) fn is_array(value: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Date.prototype.toISOString.call(value)`: throws unless `value` is a valid `Date`.
    #[wasm_bindgen(catch, js_namespace = ["Date", "prototype", "toISOString"], js_name = call)]
    fn date_to_iso_string(value: &JsValue) -> Result<js_sys::JsString, JsValue>;
}

/// Writes `value` as plain objects and arrays (not `Map`s; absent options left out).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Error> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| Error::unrepresentable(&e.to_string()))
}

/// A required string argument.
pub(crate) fn string(value: &JsValue, argument: &str) -> Result<String, Error> {
    value
        .as_string()
        .ok_or_else(|| Error::wrong_type(argument, Expected::STRING, value))
}

/// An optional string argument: `undefined` and `null` are absent.
pub(crate) fn optional_string(value: &JsValue, argument: &str) -> Result<Option<String>, Error> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        string(value, argument).map(Some)
    }
}

/// True for objects that are neither `null`, arrays nor functions.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object() && !value.is_function() && is_array(value) == Ok(false)
}

/// A document argument: JSON text as it is, or an object written with `JSON.stringify`.
pub(crate) fn document_text(value: &JsValue, argument: &str) -> Result<String, Error> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    if !value.is_object() || value.is_function() {
        return Err(Error::wrong_type(argument, Expected::DOCUMENT, value));
    }
    // Throws on cycles and BigInts; yields `undefined` when `toJSON` returns nothing.
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| JsValue::from(s).as_string())
        .ok_or_else(|| Error::wrong_type(argument, Expected::DOCUMENT, value))
}

/// A required object argument.
pub(crate) fn object<'a>(value: &'a JsValue, argument: &str) -> Result<&'a JsValue, Error> {
    if is_plain_object(value) {
        Ok(value)
    } else {
        Err(Error::wrong_type(argument, Expected::OBJECT, value))
    }
}

/// Property `key` of an object.
pub(crate) fn property(object: &JsValue, key: &str) -> JsValue {
    // Reading a property of an object only fails for throwing getters and proxies; those read as
    // `undefined` and are then refused like any missing property.
    js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// A time argument: an RFC 3339 string, or a `Date` (written with `toISOString`).
pub(crate) fn time(value: &JsValue, argument: &str) -> Result<String, Error> {
    if let Some(s) = value.as_string() {
        return Ok(s);
    }
    if !value.is_object() {
        return Err(Error::wrong_type(argument, Expected::TIME, value));
    }
    date_to_iso_string(value)
        .map(String::from)
        .map_err(|_| Error::wrong_type(argument, Expected::TIME, value))
}

/// An optional callback argument: `undefined` and `null` are absent.
pub(crate) fn optional_function(
    value: &JsValue,
    argument: &str,
) -> Result<Option<js_sys::Function>, Error> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else if let Some(f) = value.dyn_ref::<js_sys::Function>() {
        Ok(Some(f.clone()))
    } else {
        Err(Error::wrong_type(argument, Expected::FUNCTION, value))
    }
}

/// The files of a catalog directory, `{path: contents}`, each contents a string (UTF-8) or a
/// `Uint8Array` (Node's `Buffer` included).
pub(crate) fn files(value: &JsValue, argument: &str) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let keys = match object_keys(value) {
        Ok(keys) if is_plain_object(value) => keys,
        _ => return Err(Error::wrong_type(argument, Expected::FILES, value)),
    };
    keys.iter()
        .map(|key| {
            let path = string(&key, argument)?;
            let contents = property(value, &path);
            let bytes = file_bytes(&contents).ok_or_else(|| {
                Error::wrong_type(&format!("{argument}[{path:?}]"), Expected::FILE, &contents)
            })?;
            Ok((path, bytes))
        })
        .collect()
}

fn file_bytes(v: &JsValue) -> Option<Vec<u8>> {
    if let Some(s) = v.as_string() {
        return Some(s.into_bytes());
    }
    // `isView` is false for a proxy, whose typed-array getters would throw.
    if js_sys::ArrayBuffer::is_view(v) {
        return v
            .dyn_ref::<js_sys::Uint8Array>()
            .map(js_sys::Uint8Array::to_vec);
    }
    None
}

/// A required array of strings.
pub(crate) fn string_array(value: &JsValue, argument: &str) -> Result<Vec<String>, Error> {
    if is_array(value) != Ok(true) {
        return Err(Error::wrong_type(argument, Expected::STRINGS, value));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    array
        .iter()
        .enumerate()
        .map(|(i, v)| string(&v, &format!("{argument}[{i}]")))
        .collect()
}

/// A required `Uint8Array` (Node's `Buffer` included).
pub(crate) fn bytes(value: &JsValue, argument: &str) -> Result<Vec<u8>, Error> {
    file_bytes(value)
        .filter(|_| value.as_string().is_none())
        .ok_or_else(|| Error::wrong_type(argument, Expected::FILE, value))
}
