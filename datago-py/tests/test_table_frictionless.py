"""Differential test: frictionless-py (from PyPI) and DataGO validate the same generated tables
— a valid one and one per kind of fault (type, constraint, unique, primary key, foreign key to
the same and to another resource, missing/extra cells, blank rows, every label error,
encoding, schema and field errors, dialects, BOM, Windows-1252, no header) — and must report
the same set of (code, rowNumber, fieldNumber).

Deliberate differences (documented in ``datago_core::table``) are listed per case in
``table_cases.Case.only_frictionless`` / ``only_datago``; none of the generated cases needs one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import datago
from table_cases import Case, cases

frictionless = pytest.importorskip("frictionless")


def _frictionless(case: Case, tmp: Path) -> set:
    cwd = os.getcwd()
    os.chdir(tmp)  # frictionless-py refuses absolute paths as unsafe
    try:
        (tmp / "data.csv").write_bytes(case.data)
        if case.references:
            resources = [{"name": "data", "path": "data.csv", "schema": case.schema}]
            if case.dialect:
                resources[0]["dialect"] = case.dialect
            for name, (data, schema) in case.references.items():
                (tmp / f"{name}.csv").write_bytes(data)
                resources.append({"name": name, "path": f"{name}.csv", "schema": schema})
            (tmp / "datapackage.json").write_text(json.dumps({"resources": resources}))
            report = frictionless.validate("datapackage.json")
            errors = next(t for t in report.tasks if t.name == "data").errors
        else:
            (tmp / "schema.json").write_text(json.dumps(case.schema))
            options = {}
            if case.dialect:
                (tmp / "dialect.json").write_text(json.dumps(case.dialect))
                options["dialect"] = "dialect.json"
            report = frictionless.validate("data.csv", schema="schema.json", **options)
            errors = report.tasks[0].errors if report.tasks else report.errors
    finally:
        os.chdir(cwd)
    return {(e.type, getattr(e, "row_number", None), getattr(e, "field_number", None)) for e in errors}


def _datago(case: Case, threads: int = 0) -> set:
    references = {
        name: {"source": data, "schema": schema} for name, (data, schema) in case.references.items()
    }
    report = datago.validate_table(
        case.data, case.schema, dialect=case.dialect, threads=threads, references=references or None
    )
    for e in report["errors"]:
        assert e["message"]["id"] and e["message"]["en"], e
    assert report["valid"] == (not report["errors"])
    return {(e["code"], e["rowNumber"], e["fieldNumber"]) for e in report["errors"]}


CASES = cases()


def test_every_fault_kind_is_covered():
    codes = set()
    for c in CASES:
        codes |= {k[0] for k in _datago(c)}
    for code in [
        "type-error", "constraint-error", "unique-error", "primary-key", "foreign-key",
        "missing-cell", "extra-cell", "blank-row", "blank-label", "duplicate-label",
        "incorrect-label", "missing-label", "extra-label", "encoding-error", "schema-error",
        "field-error",
    ]:
        assert code in codes, code


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_same_findings_as_frictionless(case: Case, tmp_path: Path):
    expected = _frictionless(case, tmp_path)
    got = _datago(case)
    assert expected - got == set(case.only_frictionless)
    assert got - expected == set(case.only_datago)
    if case.name == "valid":
        assert got == set()
    else:
        assert got, "every fault case has findings"


@pytest.mark.parametrize("case", [c for c in CASES if len(c.data) > 100_000], ids=lambda c: c.name)
def test_streaming_a_file_object_gives_the_same_findings(case: Case, tmp_path: Path):
    path = tmp_path / "data.csv"
    path.write_bytes(case.data)
    with open(path, "rb") as f:
        from_file = datago.validate_table(f, case.schema, dialect=case.dialect)
    from_path = datago.validate_table(str(path), case.schema, dialect=case.dialect, threads=2)
    assert from_file["errors"] == from_path["errors"]
