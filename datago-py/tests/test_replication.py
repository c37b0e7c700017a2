"""Replication plans from Python: datago.ReplicationPlan and the guide's data."""

import datetime
import json

import pytest

import datago

COMPLIANT_HOME = (
    '<html><body><footer><a href="https://datago.magelangkota.go.id">'
    '<img src="logo-datago.png" alt="Logo DataGO"></a></footer></body></html>'
)


@pytest.fixture
def sample_text(root):
    return (root / "examples/replication/rencana-kerja-sama-kabupaten-contoh.json").read_text(encoding="utf-8")


@pytest.fixture
def sample(sample_text):
    return datago.ReplicationPlan.from_json(sample_text)


def codes(findings):
    return sorted(f.code for f in findings)


def test_sample_passes_and_round_trips(sample, sample_text):
    assert [f for f in sample.validate() if f.severity == "error"] == []
    assert sample.model == "kerja-sama"
    assert sample.id == "replikasi-datago-kabupaten-contoh-2026"
    assert datago.ReplicationPlan.from_dict(sample.to_dict()) == sample
    assert datago.ReplicationPlan.from_json(sample.to_json(indent=2)) == sample
    assert json.loads(sample.to_json()) == sample.to_dict()
    assert "ReplicationPlan(" in repr(sample) and "kerja-sama" in repr(sample)
    with pytest.raises(TypeError):
        hash(sample)
    # The generic document API knows plans too.
    assert [f for f in datago.validate("replication-plan", sample_text) if f.severity == "error"] == []
    assert datago.json_schema("replication-plan") == datago.ReplicationPlan.json_schema()
    assert datago.parse_document("replication-plan", sample_text)["model"] == "kerja-sama"


def test_as_of_accepts_dates_datetimes_and_strings(sample):
    want = codes(sample.check(as_of="2026-10-15"))
    assert "replication.progress.late" in want
    assert codes(sample.check(as_of=datetime.date(2026, 10, 15))) == want
    assert codes(sample.check(as_of=datetime.datetime(2026, 10, 15, 23, 59))) == want
    assert "replication.progress.late" not in codes(sample.check())
    with pytest.raises(datago.ReplicationError) as e:
        sample.check(as_of="15/10/2026")
    assert e.value.code == "replication.invalid-date"
    assert "TTTT-BB-HH" in e.value.message_id
    assert isinstance(e.value, datago.InvalidArgumentError)
    with pytest.raises(datago.ReplicationError):
        sample.progress(as_of=42)


def test_homepage_check_feeds_provision_9(sample):
    assert "replication.homepage.unchecked" in codes(sample.check())
    for page in (COMPLIANT_HOME, COMPLIANT_HOME.encode()):
        assert not any(f.code.startswith("replication.homepage") for f in sample.check(homepage_html=page))
    hidden = COMPLIANT_HOME.replace("<a ", '<a style="display:none" ')
    bad = [f for f in sample.check(homepage_html=hidden, lang="en") if f.code == "replication.homepage.noncompliant"]
    assert len(bad) == 1 and bad[0].severity == "error" and "provision 9" in bad[0].message
    # A result computed earlier (e.g. by check_homepage) works the same.
    assert codes(sample.check(homepage={"compliant": False})) == codes(sample.check(homepage_html=hidden))
    assert sample.assess(homepage_html=hidden)["ready"] is False
    with pytest.raises(datago.InvalidArgumentError):
        sample.check(homepage={"compliant": True}, homepage_html=COMPLIANT_HOME)
    with pytest.raises(datago.DataGoError) as e:
        sample.check(homepage_html="")
    assert e.value.code == "replica.input.empty"
    with pytest.raises(datago.ParseError):
        sample.check(homepage={"compliant": "ya"})


def test_template_for_each_model():
    for model, n in (("mandiri", 12), ("kerja-sama", 13), ("Kerja Sama", 13), ("fasilitasi", 16)):
        plan = datago.ReplicationPlan.template(model, "Kabupaten X")
        d = plan.to_dict()
        assert len(d["actionPlan"]) == n
        assert d["actors"]["replicator"]["government"] == "Pemerintah Kabupaten X"
        found = codes(plan.validate())
        assert "replication.action.element-missing" in found
        assert "replication.activity.missing" not in found
    with pytest.raises(datago.ReplicationError) as e:
        datago.ReplicationPlan.template("swasta", "Kabupaten X")
    assert e.value.code == "replication.unknown-model"


def test_unknown_fields_are_reported(sample):
    d = sample.to_dict()
    d["actionPlan"][0]["biaya"] = 5
    plan = datago.ReplicationPlan.from_dict(d)
    assert any(f.code == "document.unknown-field" and f.path == "/actionPlan/0/biaya" for f in plan.validate())
    assert any(f.code == "document.unknown-field" for f in plan.check())
    assert any(f.code == "document.unknown-field" for f in datago.check_replication_plan(d))
    with pytest.raises(datago.ParseError) as e:
        datago.ReplicationPlan.from_dict({"model": "swasta"})
    assert e.value.code == "parse.data"
    with pytest.raises(datago.ParseError):
        datago.ReplicationPlan.from_json("{")


def test_progress_and_assessment(sample):
    p = sample.progress("2026-10-15")
    assert p["asOf"] == "2026-10-15"
    a12 = next(a for a in p["activities"] if a["id"] == "A12")
    assert (a12["state"], a12["daysLate"]) == ("terlambat", 20)
    assert p["budget"]["planned"] == 334_500_000
    assert [s["stage"] for s in p["stages"]] == ["persiapan", "perencanaan", "replikasi", "evaluasi"]
    a = sample.assess(as_of=datetime.date(2026, 10, 15))
    assert a["ready"] is True and a["counts"] == {"error": 0, "warning": 2, "info": 1}
    assert len(a["provisions"]) == 17
    assert {r["area"]: r["status"] for r in a["readiness"]}["beranda"] == "belum-diperiksa"


def test_reports_escape_plan_text(sample):
    d = sample.to_dict()
    d["actionPlan"][0]["what"] = {"id": "<script>alert(1)</script>"}
    plan = datago.ReplicationPlan.from_dict(d)
    html = plan.report("html", as_of="2026-10-15")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    assert "<script" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    en = plan.report("html", lang="en", as_of="2026-10-15", homepage_html=COMPLIANT_HOME)
    assert '<html lang="en">' in en and "<h2>Budget</h2>" in en and "Met" in en
    md = plan.report(lang="en")
    assert md.startswith("# DataGO Replication Readiness and Progress Report") and "<script" not in md
    svg = plan.gantt_svg(lang="en", as_of="2026-10-15")
    assert svg.startswith("<svg") and "As of 15 October 2026" in svg
    with pytest.raises(datago.ReplicationError) as e:
        plan.report("pdf")
    assert e.value.code == "replication.unknown-format"
    with pytest.raises(datago.InvalidArgumentError):
        plan.report("md", lang="fr")


def test_guide_data_and_money():
    models = datago.replication_models()
    assert [m["model"] for m in models] == ["mandiri", "kerja-sama", "fasilitasi"]
    assert models[2]["stages"][0]["name"] == {"id": "Difusi Inovasi", "en": "Innovation diffusion"}
    assert [p["principle"] for p in datago.replication_principles()] == [
        "jujur", "kesesuaian-kebutuhan", "efisien", "nilai-tambah", "sinergitas"
    ]
    provisions = datago.replication_provisions()
    assert [p["number"] for p in provisions] == list(range(1, 18))
    assert provisions[8]["check"] == "beranda"
    assert datago.format_rupiah(12_500_000) == "Rp 12.500.000"
    assert datago.format_rupiah(-5) == "-Rp 5"
    assert datago.parse_rupiah("Rp12.500.000,00") == 12_500_000
    with pytest.raises(datago.ReplicationError) as e:
        datago.parse_rupiah("dua juta")
    assert e.value.code == "replication.invalid-amount"
