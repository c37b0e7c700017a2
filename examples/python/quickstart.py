"""Quickstart for Python: validate a dataset, take workflow steps, check the sample catalog.

Run after `./scripts/test` (or `maturin develop` in datago-py): `python examples/python/quickstart.py`
"""

from datetime import datetime, timezone

import datago

ds = datago.Dataset.from_dict(
    {
        "id": "5d0c6f3e-2b1a-4c9d-8e7f-1a2b3c4d5e6f",
        "slug": "jumlah-puskesmas-kota-magelang",
        "title": {"id": "Jumlah Puskesmas Kota Magelang"},
        "producer": "dinkes",
        "walidata": "diskominsta",
        "access": "terbuka",
    }
)
print(f"Findings for {ds.slug!r}:")
for f in ds.validate(lang="en"):
    print(f"  {f.severity:7} {f.code:32} {f.path:14} {f.message}")

now = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
ds.apply("submit", organization="dinkes", actor="Ani", at=now)
try:
    ds.apply("publish", organization="diskominsta", actor="Budi", at=now)
except datago.WorkflowError as e:
    print(f"Refused as expected: [{e.code}] {e.message_id}")
ds.apply("verify", organization="diskominsta", actor="Budi", at=now)
print(f"Status now: {ds.status} after {len(ds.history)} steps")

report = datago.check_sample()
print(
    f"Sample catalog {report.title!r}: {report.datasets} datasets, "
    f"{report.organizations} organizations, valid = {report.valid} {report.counts}"
)
