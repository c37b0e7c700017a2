//! The JSON Schemas committed in `schemas/` (used by the WASM package and editors) must be the
//! ones the Rust types generate. Run with `DATAGO_BLESS=1` to rewrite them after a model change.

use std::path::PathBuf;

use datago_core::schema::{json_schema, DocumentType};

#[test]
fn committed_schemas_match_the_types() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schemas");
    let bless = std::env::var_os("DATAGO_BLESS").is_some();
    let mut stale = Vec::new();
    for kind in DocumentType::ALL {
        let path = dir.join(format!("{}.schema.json", kind.as_str()));
        let want = serde_json::to_string_pretty(&json_schema(kind)).unwrap() + "\n";
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::write(&path, &want).unwrap();
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale schemas (rerun with DATAGO_BLESS=1): {stale:?}"
    );
}
