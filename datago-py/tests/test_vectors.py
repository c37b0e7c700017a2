"""Runs the shared conformance vectors (tests/vectors/*.json), as the Rust and JS suites do."""

import json
import pathlib

import pytest

import datago

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors"


def _cases():
    files = sorted(VECTORS.glob("*.json"))
    assert len(files) >= 6
    for f in files:
        for case in json.loads(f.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(case, id=f"{f.stem}/{case['name']}")


def _keys(findings):
    out = set()
    for f in findings:
        assert f.message_id and f.message_en
        assert "{" not in f.message_id and "{" not in f.message_en
        out.add((f.code, f.severity, f.path, f.document))
    return out


def _expected(items):
    return {(f["code"], f["severity"], f["path"], f.get("document")) for f in items}


@pytest.mark.parametrize("case", list(_cases()))
def test_vector(case):
    op, expect = case["op"], case["expect"]
    if op == "validate":
        got = _keys(datago.validate(case["type"], case["input"]))
        assert got == _expected(expect["findings"])
        # The same document through the class API gives the same findings.
        if case["type"] == "dataset":
            assert _keys(datago.Dataset.from_dict(case["input"]).validate()) == got
    elif op == "normalize":
        assert datago.parse_document(case["type"], json.dumps(case["input"])) == expect["value"]
    elif op == "parse":
        with pytest.raises(datago.ParseError) as e:
            datago.validate(case["type"], case["text"])
        assert e.value.code == expect["error"]
        assert isinstance(e.value, datago.DataGoError)
        assert e.value.message_id and e.value.message_en
    elif op == "workflow":
        ds = datago.Dataset.from_dict(case["input"])
        failed = None
        for i, s in enumerate(case["steps"]):
            try:
                ds.apply(s["action"], organization=s["organization"], actor=s["actor"], at=s["at"], note=s.get("note"))
            except datago.DataGoError as e:
                failed = (i, e.code)
                break
        assert ds.status == expect["status"]
        if "error" in expect:
            assert failed == (expect["failed_step"], expect["error"])
        else:
            assert failed is None
            assert [f"{t['from']}>{t['to']}" for t in ds.history] == expect["history"]
            assert ds.history[0]["at"] == expect["first_at"]
    elif op == "slug":
        assert datago.is_valid_slug(case["input"]) is expect["valid"]
        assert datago.slugify(case["input"]) == expect["slugify"]
    elif op == "region":
        info = datago.region_info(case["input"]["code"], case["input"]["scheme"])
        for k in ("wellFormed", "level", "kemendagri", "bps"):
            assert info[k] == expect[k], k
    elif op == "eu":
        if "error" in expect:
            with pytest.raises(datago.InvalidArgumentError) as e:
                datago.eu_uris(case["vocabulary"], case["input"])
            assert e.value.code == expect["error"]
        else:
            assert datago.eu_uris(case["vocabulary"], case["input"]) == expect["uris"]
    elif op == "bundle":
        if "error" in expect:
            with pytest.raises(datago.DataGoError) as e:
                datago.check_bundle(case["files"])
            assert e.value.code == expect["error"]
        else:
            report = datago.check_bundle(case["files"])
            assert _keys(report.findings) == _expected(expect["findings"])
            assert (report.valid, report.datasets, report.organizations) == (
                expect["valid"],
                expect["datasets"],
                expect["organizations"],
            )
    else:
        pytest.fail(f"unknown op {op}")
