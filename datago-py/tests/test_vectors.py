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
    elif op == "search":
        index = datago.SearchIndex(datago.Catalog.from_dict(case["catalog"]), published_only=case.get("publishedOnly", False))
        q = case["query"]
        kwargs = {"sort": q.get("sort", "relevance"), "page": q.get("page", 1), "per_page": q.get("perPage", 20)}
        r = index.search(q["text"], **kwargs)
        assert datago.SearchIndex.from_bytes(index.to_bytes()).search(q["text"], **kwargs) == r
        assert r["total"] == expect["total"]
        if "slugs" in expect:
            assert [h["slug"] for h in r["hits"]] == expect["slugs"]
        for facet, want in expect.get("facets", {}).items():
            assert [[c["value"], c["count"]] for c in r["facets"][facet]] == want
    elif op == "stem":
        assert [datago.stem(w) for w in case["input"]] == expect
    elif op == "convert":
        if "error" in expect:
            with pytest.raises(datago.DataGoError) as e:
                datago.convert(case["from"], case["to"], case["input"])
            assert e.value.code == expect["error"]
        else:
            got = datago.convert(case["from"], case["to"], case["input"])
            assert got == expect["output"]
            # JSON text gives the same result as a dict.
            assert datago.convert(case["from"], case["to"], json.dumps(case["input"])) == got
    elif op == "quality":
        doc = datago.Dataset.from_dict(case["input"]["dataset"]) if "dataset" in case["input"] else datago.Catalog.from_dict(case["input"]["catalog"])
        r = datago.quality(doc, reachable=case.get("reachable", {}), dcat_ap_compliant=case.get("dcatApCompliant"))
        assert r["score"] == pytest.approx(expect["score"], abs=0.005)
        assert r["rating"] == expect["rating"]
        dims = {d["dimension"]: d["points"] for d in r["dimensions"]}
        for name, want in expect["dimensions"].items():
            assert dims[name] == pytest.approx(want, abs=0.005), name
        inds = {i["indicator"]: i["points"] for i in r["indicators"]}
        for name, want in expect.get("indicators", {}).items():
            assert inds[name] == pytest.approx(want, abs=0.005), name
        if "bestDistribution" in expect:
            assert r.get("bestDistribution") == expect["bestDistribution"]
        gains = [h["gain"] for h in r["hints"]]
        assert gains == sorted(gains, reverse=True)
        if "hints" in expect:
            if not expect["hints"]:
                assert r["hints"] == []
            for h, w in zip(r["hints"], expect["hints"]):
                assert (h["indicator"], h["code"], h["path"]) == (w["indicator"], w["code"], w["path"])
                assert h["gain"] == pytest.approx(w["gain"], abs=0.005)
            assert len(r["hints"]) >= len(expect["hints"])
    elif op == "profile":
        cls = datago.Dataset if case["type"] == "dataset" else datago.Catalog
        doc = cls.from_dict(case["input"])
        if "error" in expect:
            with pytest.raises(datago.DataGoError) as e:
                datago.validate_profile(doc, case["profile"])
            assert e.value.code == expect["error"]
        else:
            assert _keys(datago.validate_profile(doc, case["profile"])) == _expected(expect["findings"])
    elif op == "table":
        limit = case.get("options", {}).get("limitErrors", 1000)
        r = datago.validate_table(case["csv"].encode(), case["schema"], dialect=case.get("dialect"), limit_errors=limit)
        got = [[e["code"], e["rowNumber"], e["fieldNumber"]] for e in r["errors"]]
        assert {"valid": r["valid"], "errors": got} == expect
        # The streaming validator, fed byte by byte, agrees.
        v = datago.TableValidator(case["schema"], dialect=case.get("dialect"), limit_errors=limit)
        for b in case["csv"].encode():
            v.push(bytes([b]))
        assert v.finish()["errors"] == r["errors"]
    elif op in ("replication-check", "replication-template", "replication-progress", "rupiah"):
        _replication(op, case, expect)
    elif op == "license-normalize":
        n = datago.normalize_license(case["input"])
        assert n["id"] == expect["id"]
        assert n["spdx"] == (n["license"]["spdx"] if n["license"] else None)
        if "assumedVersion" in expect:
            assert n["assumedVersion"] is expect["assumedVersion"]
        if "top" in expect:
            assert n["suggestions"][0]["id"] == expect["top"]
    elif op == "license-combine":
        c = datago.combine_licenses(case["input"])
        assert (c["allowed"], c["recommended"]) == (expect["allowed"], expect["recommended"])
        if "unknown" in expect:
            assert c["unknown"] == expect["unknown"]
        assert c["reasons"]
    elif op == "license-can-use":
        v = datago.can_use(case["license"], case["purpose"])
        assert v["allowed"] == expect["allowed"]
        assert [c["code"] for c in v["conditions"]] == expect["conditions"]
        assert v["license"] == expect.get("license", case["license"])
    elif op == "license-check":
        got = {(f.code, f.severity, f.path) for f in datago.check_dataset_license(case["input"])}
        assert got == {(f["code"], f["severity"], f["path"]) for f in expect["findings"]}
    elif op == "replica-check":
        if "error" in expect:
            with pytest.raises(datago.ReplicaError) as e:
                datago.check_homepage(case["html"])
            assert e.value.code == expect["error"]
        else:
            r = datago.check_homepage(case["html"])
            # Bytes give the same report as text.
            assert datago.check_homepage(case["html"].encode()) == r
            assert r["compliant"] is expect["compliant"]
            assert sorted({f["code"] for f in r["findings"]}) == expect["codes"]
    else:
        pytest.fail(f"unknown op {op}")


def _replication_plan(case):
    """The base plan tests/vectors/replication/<base>.json with the case's JSON Patch applied."""
    doc = json.loads((VECTORS / "replication" / f"{case['base']}.json").read_text(encoding="utf-8"))
    for op in case.get("patch", []):
        *parents, last = [t.replace("~1", "/").replace("~0", "~") for t in op["path"].split("/")[1:]]
        target = doc
        for t in parents:
            target = target[int(t)] if isinstance(target, list) else target[t]
        if isinstance(target, list):
            if op["op"] == "remove":
                del target[int(last)]
            elif op["op"] == "add":
                target.append(op["value"]) if last == "-" else target.insert(int(last), op["value"])
            else:
                target[int(last)] = op["value"]
        elif op["op"] == "remove":
            del target[last]
        else:
            target[last] = op["value"]
    return doc


def _replication(op, case, expect):
    if op == "replication-check":
        kwargs = {"as_of": case.get("asOf"), "homepage": case.get("homepage")}
        if "text" in case:
            with pytest.raises(datago.ParseError) as e:
                datago.check_replication_plan(case["text"], **kwargs)
            assert e.value.code == expect["error"]
            return
        plan = _replication_plan(case)
        got = _keys(datago.check_replication_plan(plan, **kwargs))
        assert got == _expected(expect["findings"])
        # The class API agrees, from a dict and from JSON text.
        assert _keys(datago.ReplicationPlan.from_dict(plan).check(**kwargs)) == got
        assert _keys(datago.check_replication_plan(json.dumps(plan), **kwargs)) == got
    elif op == "replication-template":
        if "error" in expect:
            with pytest.raises(datago.ReplicationError) as e:
                datago.ReplicationPlan.template(case["model"], case["replicator"])
            assert e.value.code == expect["error"]
            return
        plan = datago.ReplicationPlan.template(case["model"], case["replicator"]).to_dict()
        model = next(m for m in datago.replication_models() if m["model"] == plan["model"])
        assert [[s["stage"], [a["code"] for a in s["activities"]]] for s in model["stages"]] == expect["stages"]
        assert [m["method"] for m in model["methods"]] == expect["methods"]
        assert model["parties"] == expect["parties"]
        assert [a["kind"] for a in plan["agreements"]] == expect["agreements"]
        assert ("facilitator" in plan["actors"]) is expect["facilitator"]
        assert plan["id"] == expect["id"]
        assert [[a["stage"], a["activity"]] for a in plan["actionPlan"]] == [[s, a] for s, acts in expect["stages"] for a in acts]
    elif op == "replication-progress":
        p = datago.ReplicationPlan.from_dict(_replication_plan(case)).progress(case.get("asOf"))
        got = {
            "percent": p["percent"],
            "activities": [[a["id"], a["state"], a["percent"], a["daysLate"]] for a in p["activities"]],
            "stages": [[s["stage"], s["activities"], s["done"], s["inProgress"], s["late"], s["percent"]] for s in p["stages"]],
            "budget": p["budget"],
        }
        assert got == expect
    elif op == "rupiah":
        assert datago.format_rupiah(case["amount"]) == expect["text"]
        for text, amount in expect["parsed"]:
            if amount is None:
                with pytest.raises(datago.ReplicationError):
                    datago.parse_rupiah(text)
            else:
                assert datago.parse_rupiah(text) == amount
