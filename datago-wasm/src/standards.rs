//! Metadata standards for JavaScript: DCAT-AP export and import, profile checks, the Satu Data
//! principles and metadata quality (MQA).

use datago_core::quality::{catalog_quality, dataset_quality, QualityOptions};
use datago_core::standards::dcat_ap::{self, DcatOptions};
use datago_core::standards::profile::{
    validate_catalog_profile, validate_profile as profile_of, Profile,
};
use datago_core::standards::rdf::RdfFormat;
use datago_core::standards::satu_data;
use datago_core::{Catalog, Dataset};
use wasm_bindgen::prelude::*;

use crate::convert;
use crate::error::Error;

#[wasm_bindgen(typescript_custom_section)]
const STANDARDS_TYPES: &str = r#"
/** An RDF serialization. */
export type RdfFormat = "turtle" | "jsonld";
/** DCAT-AP export settings. */
export interface DcatExportOptions { format?: RdfFormat; base?: string; publishedOnly?: boolean; catalog?: Catalog }
/** DCAT-AP import settings: `contexts` maps a remote JSON-LD context URL to its JSON text (nothing is fetched). */
export interface DcatImportOptions { format?: RdfFormat; contexts?: Record<string, string> }
/** A named validation profile. */
export type ProfileName = "dcat-ap-3" | "ckan" | "satu-data";
/** Metadata quality settings: whether each URL (or catalog file path) resolves, and DCAT-AP compliance. */
export interface QualityOptions { reachable?: Record<string, boolean>; dcatApCompliant?: boolean }
/** One MQA indicator's score. */
export interface IndicatorScore { indicator: string; dimension: string; points: number; max: number; met: boolean; share: number; count: number; population: number; unknown?: number }
/** One MQA dimension's score. */
export interface DimensionScore { dimension: "findability" | "accessibility" | "interoperability" | "reusability" | "contextuality"; points: number; max: number }
/** What to fix first, biggest gain first. */
export interface QualityHint { indicator: string; dimension: string; gain: number; code: string; path: string; message: Message }
/** An MQA score (405 points). */
export interface QualityReport {
  score: number; max: number; rating: "excellent" | "good" | "sufficient" | "bad";
  dimensions: DimensionScore[]; indicators: IndicatorScore[]; hints: QualityHint[];
  datasets: number; distributions: number; bestDistribution?: number;
}
/** One Satu Data principle's result. */
export interface PrincipleResult { principle: "standar-data" | "metadata" | "interoperabilitas" | "kode-referensi"; passed: boolean; findings: Finding[] }
/** The four Satu Data principles (Perpres 39/2019) for a dataset. */
export interface PrincipleReport { passed: boolean; principles: PrincipleResult[] }
/** A metadata standard a crosswalk reads. */
export type ConvertSource = "ckan" | "datapackage" | "model";
/** A metadata standard a crosswalk writes. */
export type ConvertTarget = "ckan" | "datapackage" | "schema-org" | "model";
/** A metadata standard `convertText` reads. */
export type ConvertTextSource = ConvertSource | "dcat-ap";
/** A metadata standard `convertText` writes. */
export type ConvertTextTarget = ConvertTarget | "dcat-ap";
/** `convertText` settings: the RDF syntax of a DCAT-AP output (default JSON-LD) and input (default: recognised from the text), and the JSON-LD contexts a DCAT-AP input refers to by URL (nothing is fetched). */
export interface ConvertTextOptions { rdfFormat?: RdfFormat; inputFormat?: RdfFormat; contexts?: Record<string, string> }
"#;

fn rdf_format(value: &JsValue, argument: &str) -> Result<RdfFormat, Error> {
    let f = convert::optional_string(value, argument)?;
    Ok(RdfFormat::parse(f.as_deref().unwrap_or("turtle"))?)
}

/// A catalog as DCAT-AP 3.0.1 Turtle or JSON-LD (self-contained: it validates against the
/// official SHACL shapes on its own).
#[wasm_bindgen(js_name = exportCatalogDcatAp)]
pub fn export_catalog_dcat_ap(
    #[wasm_bindgen(unchecked_param_type = "Catalog | string")] catalog: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DcatExportOptions")] options: JsValue,
) -> Result<String, Error> {
    let catalog = Catalog::from_json(&convert::document_text(&catalog, "catalog")?)?;
    let (format, opts, _) = export_options(&options)?;
    Ok(dcat_ap::export_catalog(&catalog, format, &opts))
}

/// A dataset as DCAT-AP 3.0.1 Turtle or JSON-LD; `options.catalog` supplies organization names
/// and the base IRI.
#[wasm_bindgen(js_name = exportDatasetDcatAp)]
pub fn export_dataset_dcat_ap(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DcatExportOptions")] options: JsValue,
) -> Result<String, Error> {
    let dataset = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    let (format, opts, catalog) = export_options(&options)?;
    Ok(dcat_ap::export_dataset(
        &dataset,
        catalog.as_ref(),
        format,
        &opts,
    ))
}

fn export_options(options: &JsValue) -> Result<(RdfFormat, DcatOptions, Option<Catalog>), Error> {
    if options.is_undefined() || options.is_null() {
        return Ok((RdfFormat::Turtle, DcatOptions::default(), None));
    }
    let o = convert::object(options, "options")?;
    let format = rdf_format(&convert::property(o, "format"), "options.format")?;
    let base = convert::optional_string(&convert::property(o, "base"), "options.base")?;
    let published_only = convert::property(o, "publishedOnly")
        .as_bool()
        .unwrap_or(false);
    let cat = convert::property(o, "catalog");
    let catalog = if cat.is_undefined() || cat.is_null() {
        None
    } else {
        Some(Catalog::from_json(&convert::document_text(
            &cat,
            "options.catalog",
        )?)?)
    };
    Ok((
        format,
        DcatOptions {
            base,
            published_only,
        },
        catalog,
    ))
}

/// Reads DCAT-AP (Turtle or JSON-LD) into a catalog with its datasets and publishers.
///
/// @throws {DataGoError} `ParseError` for text that is not valid RDF, or a JSON-LD context that
/// is neither inline nor in `options.contexts`.
#[wasm_bindgen(js_name = importDcatAp, unchecked_return_type = "Catalog")]
pub fn import_dcat_ap(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DcatImportOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let text = convert::string(&text, "text")?;
    let mut format = RdfFormat::Turtle;
    let mut contexts: Vec<(String, String)> = Vec::new();
    if !(options.is_undefined() || options.is_null()) {
        let o = convert::object(&options, "options")?;
        format = rdf_format(&convert::property(o, "format"), "options.format")?;
        let c = convert::property(o, "contexts");
        if !(c.is_undefined() || c.is_null()) {
            for (url, bytes) in convert::files(&c, "options.contexts")? {
                contexts.push((url, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
    }
    let refs: Vec<(&str, &str)> = contexts
        .iter()
        .map(|(u, c)| (u.as_str(), c.as_str()))
        .collect();
    convert::to_js(&dcat_ap::import(&text, format, &refs)?)
}

fn quality_options(options: &JsValue) -> Result<QualityOptions, Error> {
    if options.is_undefined() || options.is_null() {
        return Ok(QualityOptions::default());
    }
    let text = convert::document_text(options, "options")?;
    serde_json::from_str(&text).map_err(|e| {
        datago_core::Error::InvalidArgument {
            what: "quality options",
            value: e.to_string(),
            expected: "{reachable: {url: boolean}, dcatApCompliant: boolean}".to_string(),
        }
        .into()
    })
}

/// Scores a dataset as data.europa.eu's Metadata Quality Assessment does (405 points). URLs are
/// never fetched: say which resolve in `options.reachable`.
#[wasm_bindgen(js_name = datasetQuality, unchecked_return_type = "QualityReport")]
pub fn dataset_quality_js(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "QualityOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let d = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    convert::to_js(&dataset_quality(&d, &quality_options(&options)?))
}

/// Scores a catalog (each indicator's points times the share of datasets or distributions that
/// meet it).
#[wasm_bindgen(js_name = catalogQuality, unchecked_return_type = "QualityReport")]
pub fn catalog_quality_js(
    #[wasm_bindgen(unchecked_param_type = "Catalog | string")] catalog: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "QualityOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let c = Catalog::from_json(&convert::document_text(&catalog, "catalog")?)?;
    convert::to_js(&catalog_quality(&c, &quality_options(&options)?))
}

/// Checks a dataset or a catalog (`kind`) against a named profile.
#[wasm_bindgen(js_name = validateProfile, unchecked_return_type = "Finding[]")]
pub fn validate_profile(
    #[wasm_bindgen(unchecked_param_type = "\"dataset\" | \"catalog\"")] kind: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Dataset | Catalog | string")] doc: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ProfileName")] profile: JsValue,
) -> Result<JsValue, Error> {
    let kind = convert::string(&kind, "kind")?;
    let text = convert::document_text(&doc, "doc")?;
    let profile = Profile::parse(&convert::string(&profile, "profile")?)?;
    let findings = match kind.as_str() {
        "dataset" => profile_of(&Dataset::from_json(&text)?, profile),
        "catalog" => validate_catalog_profile(&Catalog::from_json(&text)?, profile),
        _ => {
            return Err(datago_core::Error::InvalidArgument {
                what: "document type",
                value: kind,
                expected: "dataset or catalog".to_string(),
            }
            .into())
        }
    };
    convert::to_js(&findings)
}

/// The four Satu Data principles (Perpres 39/2019) for a dataset.
#[wasm_bindgen(js_name = satuDataCheck, unchecked_return_type = "PrincipleReport")]
pub fn satu_data_check(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
) -> Result<JsValue, Error> {
    let d = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    convert::to_js(&satu_data::check(&d))
}

/// The dataset's Satu Data metadata (MS-Keg, MS-Var, MS-Ind) as INDAH v2 JSON.
#[wasm_bindgen(js_name = indahJson, unchecked_return_type = "Record<string, unknown>")]
pub fn indah_json(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
) -> Result<JsValue, Error> {
    let d = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    convert::to_js(&satu_data::indah_json(&d.satu_data.unwrap_or_default()))
}

/// Converts a dataset's metadata between standards through the DataGO model: `from` is `ckan`
/// (a package or a `package_show` response), `datapackage` (v2 or v1) or `model`; `to` is
/// `ckan`, `datapackage`, `schema-org` or `model`.
#[wasm_bindgen(js_name = convert, unchecked_return_type = "Record<string, unknown>")]
pub fn convert_js(
    #[wasm_bindgen(unchecked_param_type = "ConvertSource")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ConvertTarget")] to: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, unknown> | string")] document: JsValue,
) -> Result<JsValue, Error> {
    let from = convert::string(&from, "from")?;
    let to = convert::string(&to, "to")?;
    let text = convert::document_text(&document, "document")?;
    convert::to_js(&datago_core::standards::convert(&from, &to, &text)?)
}

/// Converts metadata between standards, text in and text out, through the DataGO model: `from`
/// is `ckan` (a package, a `package_show` or `package_search` response or result, or a list of
/// packages), `dcat-ap` (Turtle or JSON-LD), `datapackage` or `model`; `to` is `dcat-ap`
/// (`options.rdfFormat`, default JSON-LD), `ckan`, `datapackage`, `schema-org` or `model`
/// (pretty-printed JSON). One dataset in gives that dataset; several give a DCAT-AP catalog or
/// a JSON list.
#[wasm_bindgen(js_name = convertText)]
pub fn convert_text(
    #[wasm_bindgen(unchecked_param_type = "ConvertTextSource")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ConvertTextTarget")] to: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Record<string, unknown> | unknown[]")]
    document: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ConvertTextOptions")] options: JsValue,
) -> Result<String, Error> {
    let from = convert::string(&from, "from")?;
    let to = convert::string(&to, "to")?;
    let text = convert::document_text(&document, "document")?;
    let mut opts = datago_core::standards::ConvertOptions::default();
    if !(options.is_undefined() || options.is_null()) {
        let o = convert::object(&options, "options")?;
        opts.output_rdf = Some(rdf_format_or(
            &convert::property(o, "rdfFormat"),
            "options.rdfFormat",
            RdfFormat::JsonLd,
        )?);
        opts.input_rdf =
            convert::optional_string(&convert::property(o, "inputFormat"), "options.inputFormat")?
                .map(|f| RdfFormat::parse(&f))
                .transpose()?;
        let c = convert::property(o, "contexts");
        if !(c.is_undefined() || c.is_null()) {
            for (url, bytes) in convert::files(&c, "options.contexts")? {
                opts.contexts
                    .push((url, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
    }
    Ok(datago_core::standards::convert_text(
        &from, &to, &text, &opts,
    )?)
}

fn rdf_format_or(value: &JsValue, argument: &str, default: RdfFormat) -> Result<RdfFormat, Error> {
    match convert::optional_string(value, argument)? {
        Some(f) => Ok(RdfFormat::parse(&f)?),
        None => Ok(default),
    }
}
