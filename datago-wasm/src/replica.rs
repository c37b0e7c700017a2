//! DataGO replica compliance for JavaScript: home-page check, credit block, terms of use.

use datago_core::render::Format;
use datago_core::replica::{self, ReplicaBranding, TermsOfUse};
use datago_core::Lang;
use wasm_bindgen::prelude::*;

use crate::convert;
use crate::error::Error;

#[wasm_bindgen(typescript_custom_section)]
const REPLICA_TYPES: &str = r#"
/** The result of checking a replica's home page (special provision 9). */
export interface ComplianceReport { compliant: boolean; link: boolean; logo: boolean; findings: Finding[] }
/** Options of the credit block. */
export interface CreditOptions { lang?: "id" | "en"; format?: TextFormat | "md"; logo?: string }
/** A replica's declared terms of use. */
export interface TermsOfUse {
  replicaName?: string; commercialUse?: boolean; reReplication?: boolean; thirdPartyTransfer?: boolean;
  governmentUseOnly?: boolean; ipOwner?: string; hakiCertificate?: string; text?: string;
}
/** One replication term (provisions 4–8). */
export interface ReplicationTerm {
  code: string; provisions: number[]; rule: string; field: string; required: boolean;
  name: Message; requirement: Message; topics: string[]; affirm: string[];
}
"#;

/// Checks a replica's home page (HTML text, or its bytes in UTF-8) for the DataGO logo and a
/// visible, working link to https://datago.magelangkota.go.id.
///
/// @throws {DataGoError} `ReplicaError` (`replica.input.*`) for unusable input: empty, not text,
/// no HTML markup, too large.
#[wasm_bindgen(js_name = checkHomepage, unchecked_return_type = "ComplianceReport")]
pub fn check_homepage(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] html: JsValue,
) -> Result<JsValue, Error> {
    let report = if let Some(s) = html.as_string() {
        replica::check_homepage(&s)
    } else {
        let bytes = convert::bytes(&html, "html")?;
        replica::check_homepage_bytes(&bytes)
    }
    .map_err(datago_core::Error::from)?;
    convert::to_js(&report)
}

/// The DataGO credit block for a replica's home page under the replica's own name: HTML (the
/// default: logo `<img>` linked to DataGO and the sentence), Markdown or text.
///
/// @throws {DataGoError} `InvalidArgumentError` for a bad option.
#[wasm_bindgen(js_name = replicaCredit)]
pub fn replica_credit(
    #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CreditOptions")] options: JsValue,
) -> Result<String, Error> {
    let name = convert::string(&name, "name")?;
    let mut lang = Lang::Id;
    let mut format = Format::Html;
    let mut b = ReplicaBranding::new(name);
    if !(options.is_undefined() || options.is_null()) {
        let obj = convert::object(&options, "options")?;
        let field = |k: &str| convert::property(obj, k);
        if let Some(l) = convert::optional_string(&field("lang"), "options.lang")? {
            lang = Lang::parse(&l).ok_or_else(|| datago_core::Error::InvalidArgument {
                what: "language",
                value: l.clone(),
                expected: "id or en".into(),
            })?;
        }
        if let Some(f) = convert::optional_string(&field("format"), "options.format")? {
            format = Format::parse(&f)?;
        }
        if let Some(src) = convert::optional_string(&field("logo"), "options.logo")? {
            b = b.with_logo(src);
        }
    }
    Ok(b.credit(lang, format))
}

/// Checks a replica's declared terms of use (structured, with an optional `text`) against the
/// replication terms (provisions 4–8).
///
/// @throws {DataGoError} `ParseError` when `terms` is not a TermsOfUse document.
#[wasm_bindgen(js_name = checkTerms, unchecked_return_type = "Finding[]")]
pub fn check_terms(
    #[wasm_bindgen(unchecked_param_type = "TermsOfUse | string")] terms: JsValue,
) -> Result<JsValue, Error> {
    let t = TermsOfUse::from_json(&convert::document_text(&terms, "terms")?)?;
    convert::to_js(&replica::check_terms(&t))
}

/// Checks a replica's terms-of-use text (Bahasa Indonesia or English) by keywords.
#[wasm_bindgen(js_name = checkTermsText, unchecked_return_type = "Finding[]")]
pub fn check_terms_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, Error> {
    let text = convert::string(&text, "text")?;
    convert::to_js(&replica::check_terms_text(&text))
}

/// The replication terms (provisions 4–8) as data.
#[wasm_bindgen(js_name = replicationTerms, unchecked_return_type = "ReplicationTerm[]")]
pub fn replication_terms() -> Result<JsValue, Error> {
    convert::to_js(replica::replication_terms())
}
