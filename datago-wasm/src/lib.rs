//! WebAssembly bindings of DataGO, published on npm as `datago`.
//!
//! Every rule lives in `datago-core`; this crate only converts at the edge: JavaScript arguments
//! are checked and read into core types, results are written as plain JSON-compatible objects
//! (the core's serde shape), and core errors become real `Error` objects with a `name`, the
//! core's stable `code` and `messages` in Bahasa Indonesia and English.
//!
//! The crate is empty except on `wasm32` targets, so host builds of the workspace skip it. Build
//! the npm package with `datago-wasm/scripts/build.sh`.
#![cfg(target_family = "wasm")]

mod convert;
mod error;
mod license;
mod replica;
mod replication;
mod search;
mod standards;
mod table;

use datago_core::document::{normalize_json, validate_json};
use datago_core::schema::DocumentType;
use datago_core::{sample, slug, vocab, workflow};
use datago_core::{Actor, Bundle, Dataset, RegionCode};
use wasm_bindgen::prelude::*;

pub use crate::error::Error;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

/// Reads a document of type `kind` from JSON text and returns it in canonical form (declared in
/// `types.d.ts`, where its signature can be generic).
#[wasm_bindgen(js_name = parseDocument, skip_typescript)]
pub fn parse_document(kind: JsValue, json: JsValue) -> Result<JsValue, Error> {
    let kind = DocumentType::parse(&convert::string(&kind, "kind")?)?;
    let json = convert::string(&json, "json")?;
    convert::to_js(&normalize_json(kind, &json)?)
}

/// Validates a document of type `kind` and returns **all** its findings (an empty array when
/// there are none). `doc` is JSON text or an object (written with `JSON.stringify`).
///
/// @throws {DataGoError} `ParseError` when `doc` is not such a document.
#[wasm_bindgen(unchecked_return_type = "Finding[]")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "DocumentKind")] kind: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | object")] doc: JsValue,
) -> Result<JsValue, Error> {
    let kind = DocumentType::parse(&convert::string(&kind, "kind")?)?;
    validate_as(kind, &doc)
}

fn validate_as(kind: DocumentType, doc: &JsValue) -> Result<JsValue, Error> {
    let text = convert::document_text(doc, "doc")?;
    convert::to_js(&validate_json(kind, &text)?)
}

/// Validates a dataset: `validate("dataset", doc)`.
#[wasm_bindgen(js_name = validateDataset, unchecked_return_type = "Finding[]")]
pub fn validate_dataset(
    #[wasm_bindgen(unchecked_param_type = "string | object")] doc: JsValue,
) -> Result<JsValue, Error> {
    validate_as(DocumentType::Dataset, &doc)
}

/// Validates a catalog with its organizations and datasets: `validate("catalog", doc)`.
#[wasm_bindgen(js_name = validateCatalog, unchecked_return_type = "Finding[]")]
pub fn validate_catalog(
    #[wasm_bindgen(unchecked_param_type = "string | object")] doc: JsValue,
) -> Result<JsValue, Error> {
    validate_as(DocumentType::Catalog, &doc)
}

/// Validates an organization: `validate("organization", doc)`.
#[wasm_bindgen(js_name = validateOrganization, unchecked_return_type = "Finding[]")]
pub fn validate_organization(
    #[wasm_bindgen(unchecked_param_type = "string | object")] doc: JsValue,
) -> Result<JsValue, Error> {
    validate_as(DocumentType::Organization, &doc)
}

/// Validates a resource: `validate("resource", doc)`.
#[wasm_bindgen(js_name = validateResource, unchecked_return_type = "Finding[]")]
pub fn validate_resource(
    #[wasm_bindgen(unchecked_param_type = "string | object")] doc: JsValue,
) -> Result<JsValue, Error> {
    validate_as(DocumentType::Resource, &doc)
}

/// Takes a publication-workflow step and returns the updated dataset (new `status`, the step
/// recorded in `history`). The producer submits; the walidata verifies, returns (with a note),
/// publishes and archives.
///
/// @throws {DataGoError} `WorkflowError` (`workflow.illegal-transition`, `workflow.wrong-actor`,
/// `workflow.note-required`, `workflow.out-of-order`) when the step is refused;
/// `InvalidArgumentError` for an unknown action or a bad time; `ParseError` for a bad dataset.
#[wasm_bindgen(js_name = applyAction, unchecked_return_type = "Dataset")]
pub fn apply_action(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WorkflowStep")] step: JsValue,
) -> Result<JsValue, Error> {
    let text = convert::document_text(&dataset, "dataset")?;
    let step = convert::object(&step, "step")?;
    let field = |key: &str| convert::property(step, key);
    let action = convert::string(&field("action"), "step.action")?;
    let organization = convert::string(&field("organization"), "step.organization")?;
    let actor = convert::string(&field("actor"), "step.actor")?;
    let at = convert::time(&field("at"), "step.at")?;
    let note = convert::optional_string(&field("note"), "step.note")?;

    let mut dataset = Dataset::from_json(&text)?;
    let action = workflow::parse_action(&action)?;
    let at = workflow::parse_time(&at)?;
    dataset.apply(action, Actor::new(organization, actor), at, note)?;
    convert::to_js(&dataset)
}

/// Checks a whole catalog directory given as `{path: contents}`: every document, and every data
/// file a resource points to (present, size, checksum, CSV header). `onProgress(done, total)` is
/// called after each dataset; should it throw, it is not called again and its exception is
/// rethrown once the check is done.
///
/// @throws {DataGoError} `BundleError` when `catalog.json` is missing (`bundle.catalog-missing`)
/// or unreadable (`parse.*`, with `path`, `line`, `column`).
#[wasm_bindgen(js_name = checkBundle, unchecked_return_type = "Report")]
pub fn check_bundle(
    #[wasm_bindgen(unchecked_param_type = "BundleFiles")] files: JsValue,
    #[wasm_bindgen(js_name = onProgress, unchecked_optional_param_type = "ProgressCallback")]
    on_progress: JsValue,
) -> Result<JsValue, Error> {
    let mut bundle = Bundle::new();
    for (path, bytes) in convert::files(&files, "files")? {
        bundle.insert(path, bytes);
    }
    let callback = convert::optional_function(&on_progress, "onProgress")?;
    let mut thrown: Option<JsValue> = None;
    let report = bundle.check_with_progress(&mut |done, total| {
        if let (Some(f), None) = (&callback, &thrown) {
            let (done, total) = (
                JsValue::from_f64(done as f64),
                JsValue::from_f64(total as f64),
            );
            if let Err(e) = f.call2(&JsValue::UNDEFINED, &done, &total) {
                thrown = Some(e);
            }
        }
    })?;
    match thrown {
        Some(e) => Err(Error::rethrow(e)),
        None => convert::to_js(&report),
    }
}

/// The files of the embedded Kota Magelang sample catalog, by path (`catalog.json`,
/// `datasets/…`, `data/…`). Its values are plausible but invented.
#[wasm_bindgen(js_name = sampleFiles, unchecked_return_type = "Record<string, Uint8Array>")]
pub fn sample_files() -> JsValue {
    let out = js_sys::Object::new();
    for (path, bytes) in sample::files() {
        // Setting a property of a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&out, &(*path).into(), &js_sys::Uint8Array::from(*bytes));
    }
    out.into()
}

/// Checks the embedded Kota Magelang sample catalog: `checkBundle(sampleFiles())`.
#[wasm_bindgen(js_name = checkSample, unchecked_return_type = "Report")]
pub fn check_sample() -> Result<JsValue, Error> {
    convert::to_js(&sample::bundle().check()?)
}

/// A slug (CKAN rules) made from a title: lowercase ASCII, accents folded, words joined by `-`;
/// `null` when nothing usable is left (`"!!!"`, reserved words).
#[wasm_bindgen(unchecked_return_type = "string | null")]
pub fn slugify(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, Error> {
    let text = convert::string(&text, "text")?;
    Ok(slug::slugify(&text).map_or(JsValue::NULL, JsValue::from))
}

/// True when `text` is a valid slug by CKAN's rules (2–100 of `a-z0-9_-`, not reserved).
#[wasm_bindgen(js_name = isValidSlug)]
pub fn is_valid_slug(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<bool, Error> {
    Ok(slug::is_valid(&convert::string(&text, "text")?))
}

/// What a region code (kode wilayah) says about itself: level, well-formedness and its form in
/// the other scheme. Without `scheme`, dotted codes are read as Kemendagri and 4/7/10 digits as
/// BPS.
///
/// @throws {DataGoError} `InvalidArgumentError` for an unknown scheme, or when no scheme is
/// given and the code's shape names none.
#[wasm_bindgen(js_name = regionInfo, unchecked_return_type = "RegionInfo")]
pub fn region_info(
    #[wasm_bindgen(unchecked_param_type = "string")] code: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RegionScheme")] scheme: JsValue,
) -> Result<JsValue, Error> {
    let code = convert::string(&code, "code")?;
    let scheme = convert::optional_string(&scheme, "scheme")?;
    let region = RegionCode::from_input(&code, scheme.as_deref())?;
    convert::to_js(&region.info())
}

/// The EU vocabulary URIs (DCAT-AP) of a DataGO vocabulary value: `frequency` (`tahunan`),
/// `access` (`terbuka`) or `urusan` (`1.02`, which may map to several data themes).
///
/// @throws {DataGoError} `InvalidArgumentError` for an unknown vocabulary or value.
#[wasm_bindgen(js_name = euUris)]
pub fn eu_uris(
    #[wasm_bindgen(unchecked_param_type = "Vocabulary")] vocabulary: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
) -> Result<Vec<String>, Error> {
    let vocabulary = convert::string(&vocabulary, "vocabulary")?;
    let value = convert::string(&value, "value")?;
    Ok(vocab::eu_uris(&vocabulary, &value)?)
}

/// All bidang urusan pemerintahan (Permendagri 90/2019), in code order, with their EU themes.
#[wasm_bindgen(js_name = urusanList, unchecked_return_type = "Urusan[]")]
pub fn urusan_list() -> Result<JsValue, Error> {
    convert::to_js(vocab::urusan_list())
}

/// Every validation rule: finding code, severity and message templates in both languages.
#[wasm_bindgen(unchecked_return_type = "Rule[]")]
pub fn rules() -> Result<JsValue, Error> {
    convert::to_js(datago_core::rules::ALL)
}

/// The JSON Schema (draft 2020-12) of a document type.
#[wasm_bindgen(js_name = jsonSchema, unchecked_return_type = "JSONSchema")]
pub fn json_schema(
    #[wasm_bindgen(unchecked_param_type = "DocumentKind")] kind: JsValue,
) -> Result<JsValue, Error> {
    // The committed schemas, kept equal to the Rust types by a core test; generating them here
    // would add schemars (~100 KB) to the module.
    let text = match DocumentType::parse(&convert::string(&kind, "kind")?)? {
        DocumentType::Catalog => include_str!("../../schemas/catalog.schema.json"),
        DocumentType::Organization => include_str!("../../schemas/organization.schema.json"),
        DocumentType::Dataset => include_str!("../../schemas/dataset.schema.json"),
        DocumentType::Resource => include_str!("../../schemas/resource.schema.json"),
        DocumentType::ContactPoint => include_str!("../../schemas/contact-point.schema.json"),
        DocumentType::TableSchema => include_str!("../../schemas/table-schema.schema.json"),
        DocumentType::Finding => include_str!("../../schemas/finding.schema.json"),
        DocumentType::Report => include_str!("../../schemas/report.schema.json"),
        DocumentType::ReplicationPlan => {
            include_str!("../../schemas/replication-plan.schema.json")
        }
    };
    js_sys::JSON::parse(text).map_err(Error::rethrow)
}

/// True when `value` is an error thrown by DataGO (an `Error` with a `code` and `messages`).
#[wasm_bindgen(js_name = isDataGoError, unchecked_return_type = "value is DataGoError")]
pub fn is_datago_error(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> bool {
    value.is_instance_of::<js_sys::Error>()
        && convert::property(&value, "code").is_string()
        && convert::property(&value, "messages").is_object()
}

/// The version of the package (and of the DataGO core it embeds).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
