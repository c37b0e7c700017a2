//! Licences for JavaScript: the registry, normalisation, compatibility, attribution and the
//! licence findings of a dataset.

use datago_core::license::{self, AttributionOptions, Purpose};
use datago_core::render::Format;
use datago_core::{Catalog, Dataset, Lang};
use wasm_bindgen::prelude::*;

use crate::convert;
use crate::error::Error;

#[wasm_bindgen(typescript_custom_section)]
const LICENSE_TYPES: &str = r#"
/** What a licence allows and requires. */
export interface LicenseFacets { open: boolean; publicDomain: boolean; attribution: boolean; shareAlike: boolean; nonCommercial: boolean; noDerivatives: boolean; databaseRights: boolean }
/** A licence-specific answer for one purpose. */
export interface PermissionOverride { allowed: Allowed; conditions?: string[]; reason: Message }
/** One licence of the registry, with its ids in every vocabulary. */
export interface License {
  id: string; spdx: string | null; od: string | null; ckan: string | null; eu: string | null;
  title: string; short: string | null; url: string | null; version: string | null; family: string | null;
  domain: string; generic: boolean; supersededBy?: string; facets: LicenseFacets; aliases: string[];
  seeAlso: string[]; permissions?: Record<string, PermissionOverride>;
}
/** How a licence string was recognised. */
export type MatchKind = "id" | "url" | "name" | "alias" | "fuzzy" | "none";
/** A ranked candidate licence. */
export interface LicenseSuggestion { id: string; score: number }
/** A licence string recognised (or not): `id`/`spdx` are null when unknown. */
export interface NormalizedLicense {
  input: string; id: string | null; spdx: string | null; title: string | null; url: string | null;
  confidence: number; matchedBy: MatchKind; assumedVersion: boolean; notes: Message[];
  suggestions: LicenseSuggestion[]; license: License | null;
}
/** Whether something is allowed. */
export type Allowed = "yes" | "no" | "unknown";
/** What someone wants to do with licensed material. */
export type LicensePurpose = "commercial" | "redistribution" | "derivative" | "database-extraction" | "attribution-free" | "relicensing";
/** A condition of a use. */
export interface LicenseCondition { code: string; message: Message }
/** What a licence allows for a purpose. */
export interface LicenseVerdict { license: string | null; purpose: LicensePurpose; allowed: Allowed; conditions: LicenseCondition[]; reasons: Message[] }
/** Licences a combined work can be published under. */
export interface LicenseCombination {
  inputs: string[]; compatible: boolean; recommended: string | null; allowed: string[];
  conditions: LicenseCondition[]; reasons: Message[]; unknown: string[];
}
/** Output format of texts for people. */
export type TextFormat = "text" | "markdown" | "html";
/** How to write an attribution. */
export interface AttributionOptions {
  /** A resource of the dataset: its index or its id. */
  resource?: number | string;
  /** The catalog, to name the producing organization. */
  catalog?: Catalog | string;
  lang?: "id" | "en";
  /** `text` (default), `markdown` (or `md`) or `html`. */
  format?: TextFormat | "md";
  /** Apply the CC 4.0 rules (the title becomes optional). */
  cc4?: boolean;
  omitTitle?: boolean;
  modified?: boolean;
  modifications?: string;
  baseUrl?: string;
}
/** A TASL attribution: its parts and the rendered text. */
export interface Attribution {
  title: string | null; author: string | null; source: string | null; license: string | null;
  licenseName: string | null; licenseUrl: string | null; modified: boolean; lang: "id" | "en";
  format: TextFormat; text: string; warnings: Message[];
}
"#;

/// Every licence of the registry.
#[wasm_bindgen(js_name = licenseRegistry, unchecked_return_type = "License[]")]
pub fn license_registry() -> Result<JsValue, Error> {
    convert::to_js(license::registry())
}

/// The licence with this exact id (SPDX, CKAN, Open Definition), EU NAL URI or URL, or `null`.
#[wasm_bindgen(js_name = getLicense, unchecked_return_type = "License | null")]
pub fn get_license(
    #[wasm_bindgen(unchecked_param_type = "string")] key: JsValue,
) -> Result<JsValue, Error> {
    let key = convert::string(&key, "key")?;
    match license::get(&key) {
        Some(l) => convert::to_js(l),
        None => Ok(JsValue::NULL),
    }
}

/// The licence for an id, URL or name as people write it.
///
/// @throws {DataGoError} `LicenseError` (`license.unknown`) when it is not recognised.
#[wasm_bindgen(js_name = lookupLicense, unchecked_return_type = "License")]
pub fn lookup_license(
    #[wasm_bindgen(unchecked_param_type = "string")] key: JsValue,
) -> Result<JsValue, Error> {
    let key = convert::string(&key, "key")?;
    let l = license::lookup(&key).map_err(datago_core::Error::from)?;
    convert::to_js(l)
}

/// Recognises a licence string as found in the wild (`"cc by 4.0"`, a URL, …): the licence with
/// a confidence, or unknown (`id: null`) with ranked suggestions.
#[wasm_bindgen(js_name = normalizeLicense, unchecked_return_type = "NormalizedLicense")]
pub fn normalize_license(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, Error> {
    let text = convert::string(&text, "text")?;
    convert::to_js(&license::normalize(&text))
}

/// The licences a work combining material under `licenses` can be published under, least
/// restrictive first; empty when they cannot be combined or one is unknown.
#[wasm_bindgen(js_name = combineLicenses, unchecked_return_type = "LicenseCombination")]
pub fn combine_licenses(
    #[wasm_bindgen(unchecked_param_type = "string[]")] licenses: JsValue,
) -> Result<JsValue, Error> {
    let list = convert::string_array(&licenses, "licenses")?;
    let refs: Vec<&str> = list.iter().map(String::as_str).collect();
    convert::to_js(&license::combine_ids(&refs))
}

/// What `license` allows for `purpose`, with conditions and bilingual reasons.
///
/// @throws {DataGoError} `LicenseError` (`license.purpose-unknown`) for an unknown purpose.
#[wasm_bindgen(js_name = canUse, unchecked_return_type = "LicenseVerdict")]
pub fn can_use(
    #[wasm_bindgen(unchecked_param_type = "string")] license: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LicensePurpose")] purpose: JsValue,
) -> Result<JsValue, Error> {
    let license = convert::string(&license, "license")?;
    let purpose = convert::string(&purpose, "purpose")?;
    let p = Purpose::parse(&purpose).map_err(datago_core::Error::from)?;
    convert::to_js(&license::can_use_id(&license, p))
}

/// The TASL attribution of a dataset (or one of its resources) in Bahasa Indonesia or English,
/// as text, Markdown or HTML; every value escaped.
///
/// @throws {DataGoError} `ParseError` for a bad dataset or catalog; `InvalidArgumentError` for a
/// bad option or an unknown resource.
#[wasm_bindgen(unchecked_return_type = "Attribution")]
pub fn attribution(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "AttributionOptions")] options: JsValue,
) -> Result<JsValue, Error> {
    let ds = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    let mut o = AttributionOptions::default();
    let mut catalog: Option<Catalog> = None;
    let mut resource = None;
    if !(options.is_undefined() || options.is_null()) {
        let obj = convert::object(&options, "options")?;
        let field = |k: &str| convert::property(obj, k);
        if let Some(l) = convert::optional_string(&field("lang"), "options.lang")? {
            o.lang = Lang::parse(&l).ok_or_else(|| datago_core::Error::InvalidArgument {
                what: "language",
                value: l.clone(),
                expected: "id or en".into(),
            })?;
        }
        if let Some(f) = convert::optional_string(&field("format"), "options.format")? {
            o.format = Format::parse(&f)?;
        }
        o.cc4 = field("cc4").as_bool().unwrap_or(false);
        o.omit_title = field("omitTitle").as_bool().unwrap_or(false);
        o.modified = field("modified").as_bool().unwrap_or(false);
        o.modifications =
            convert::optional_string(&field("modifications"), "options.modifications")?;
        o.base_url = convert::optional_string(&field("baseUrl"), "options.baseUrl")?;
        let c = field("catalog");
        if !(c.is_undefined() || c.is_null()) {
            catalog = Some(Catalog::from_json(&convert::document_text(
                &c,
                "options.catalog",
            )?)?);
        }
        let r = field("resource");
        if !(r.is_undefined() || r.is_null()) {
            let found = match (r.as_f64(), r.as_string()) {
                (Some(i), _) if i >= 0.0 && i.fract() == 0.0 => ds.resources.get(i as usize),
                (_, Some(id)) => ds
                    .resources
                    .iter()
                    .find(|x| x.id.as_deref() == Some(id.as_str())),
                _ => None,
            };
            resource = Some(found.ok_or_else(|| {
                datago_core::Error::InvalidArgument {
                    what: "resource",
                    value: r
                        .as_string()
                        .or_else(|| r.as_f64().map(|f| f.to_string()))
                        .unwrap_or_default(),
                    expected: "the index or the id of one of the dataset's resources".into(),
                }
            })?);
        }
    }
    convert::to_js(&license::attribution(&ds, resource, catalog.as_ref(), &o))
}

/// The licence findings of a dataset: unknown ids (with suggestions), ids not written
/// canonically, resources whose licence conflicts with the dataset's.
#[wasm_bindgen(js_name = checkDatasetLicense, unchecked_return_type = "Finding[]")]
pub fn check_dataset_license(
    #[wasm_bindgen(unchecked_param_type = "Dataset | string")] dataset: JsValue,
) -> Result<JsValue, Error> {
    let ds = Dataset::from_json(&convert::document_text(&dataset, "dataset")?)?;
    convert::to_js(&license::check_dataset(&ds))
}
