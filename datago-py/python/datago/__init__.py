"""DataGO: open-data portal logic of Kota Magelang's Satu Data portal.

Catalogs, organizations with Satu Data roles, datasets and resources, the publication
workflow and validation with bilingual findings. Every rule lives in the Rust core
(``datago-core``); this package only converts values and errors.

>>> import datago
>>> ds = datago.Dataset.from_json('{"id": "d-1", "slug": "jumlah-puskesmas"}')
>>> sorted({f.severity for f in ds.validate()})
['error', 'warning']
"""

from __future__ import annotations

from ._core import (
    BundleError,
    Catalog,
    ContactPoint,
    DataGoError,
    Dataset,
    Finding,
    InvalidArgumentError,
    Organization,
    ParseError,
    Report,
    Resource,
    ValidationError,
    WorkflowError,
    __version__,
    check_bundle,
    check_catalog,
    check_sample,
    eu_uris,
    is_valid_slug,
    json_schema,
    load_catalog,
    parse_document,
    region_info,
    rules,
    sample_catalog,
    sample_files,
    slugify,
    urusan_list,
    validate,
)

__all__ = [
    "BundleError",
    "Catalog",
    "ContactPoint",
    "DataGoError",
    "Dataset",
    "Finding",
    "InvalidArgumentError",
    "Organization",
    "ParseError",
    "Report",
    "Resource",
    "ValidationError",
    "WorkflowError",
    "__version__",
    "check_bundle",
    "check_catalog",
    "check_sample",
    "eu_uris",
    "is_valid_slug",
    "json_schema",
    "load_catalog",
    "parse_document",
    "region_info",
    "rules",
    "sample_catalog",
    "sample_files",
    "slugify",
    "urusan_list",
    "validate",
]
