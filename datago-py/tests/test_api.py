"""The Python surface: classes, errors, catalog directories, the sample."""

import datetime
import json
import pickle
import shutil

import pytest

import datago


def test_error_hierarchy():
    for cls in (datago.ParseError, datago.ValidationError, datago.WorkflowError, datago.BundleError, datago.InvalidArgumentError):
        assert issubclass(cls, datago.DataGoError)
    assert issubclass(datago.DataGoError, ValueError)


@pytest.mark.parametrize("cls", [datago.Dataset, datago.Catalog, datago.Organization, datago.Resource, datago.ContactPoint])
@pytest.mark.parametrize("text,code", [("{", "parse.eof"), ("", "parse.eof"), ("{\"code\": \"x\"", "parse.eof"), ("{]", "parse.syntax"), ("42", "parse.data"), ("\x00\xff", "parse.syntax")])
def test_bad_json_raises_typed_parse_error(cls, text, code):
    with pytest.raises(datago.ParseError) as e:
        cls.from_json(text)
    assert e.value.code == code
    assert e.value.line >= 1 and e.value.column >= 0
    assert "baris" in e.value.message_id
    assert "line" in e.value.message_en
    assert str(e.value) == e.value.message_en


def test_bad_dict_raises_parse_error():
    with pytest.raises(datago.ParseError) as e:
        datago.Dataset.from_dict({"id": "x", "slug": "xx", "status": "terbit"})
    assert e.value.code == "parse.data"
    with pytest.raises(datago.InvalidArgumentError):
        datago.Dataset.from_dict({"id": object()})


def test_errors_pickle():
    try:
        datago.Dataset.from_json("{")
    except datago.ParseError as e:
        again = pickle.loads(pickle.dumps(e))
        assert type(again) is datago.ParseError


def test_dataset_round_trip_and_findings(root):
    text = (root / "examples/magelang/datasets").glob("*.json")
    first = sorted(text)[0].read_text(encoding="utf-8")
    ds = datago.Dataset.from_json(first)
    assert datago.Dataset.from_dict(ds.to_dict()) == ds
    assert datago.Dataset.from_json(ds.to_json(indent=2)) == ds
    assert json.loads(ds.to_json()) == ds.to_dict()
    ds2 = datago.Dataset.from_dict({**ds.to_dict(), "slug": "Bukan Slug"})
    codes = [f.code for f in ds2.validate()]
    assert "dataset.slug.invalid" in codes
    f = next(f for f in ds2.validate(lang="en") if f.code == "dataset.slug.invalid")
    assert f.message == f.message_en and "Slug" in f.message
    assert f.to_dict()["message"] == {"id": f.message_id, "en": f.message_en}
    with pytest.raises(datago.ValidationError) as e:
        ds2.ensure_valid()
    assert [x.code for x in e.value.findings] == ["dataset.slug.invalid"]
    assert e.value.code == "invalid"


def test_workflow_with_datetimes():
    ds = datago.Dataset.from_dict({"id": "d", "slug": "dd", "producer": "dinkes", "walidata": "diskominsta"})
    wib = datetime.timezone(datetime.timedelta(hours=7))
    step = ds.apply("submit", organization="dinkes", actor="Ani", at=datetime.datetime(2026, 11, 26, 9, 0, tzinfo=wib))
    assert step["at"] == "2026-11-26T02:00:00Z" and step["by"] == {"organization": "dinkes", "name": "Ani"}
    with pytest.raises(datago.InvalidArgumentError):
        ds.apply("verify", organization="diskominsta", actor="Budi", at=datetime.datetime(2026, 11, 27))
    with pytest.raises(datago.WorkflowError) as e:
        ds.apply("return", organization="diskominsta", actor="Budi", at="2026-11-27T00:00:00Z")
    assert e.value.code == "workflow.note-required"
    assert "catatan" in e.value.message_id
    ds.apply("return", organization="diskominsta", actor="Budi", at="2026-11-27T00:00:00Z", note="Satuan belum diisi")
    assert ds.status == "returned" and len(ds.history) == 2


def test_check_sample_and_directory(root, tmp_path):
    report = datago.check_sample()
    assert report.valid and report.datasets >= 25 and report.organizations >= 8
    assert report.counts["error"] == 0
    on_disk = datago.check_catalog(root / "examples/magelang")
    assert on_disk.to_dict() == report.to_dict()
    # Break one CSV: the report names the dataset document and the resource.
    copy = tmp_path / "magelang"
    shutil.copytree(root / "examples/magelang", copy)
    csv = sorted((copy / "data").glob("*.csv"))[0]
    csv.write_text(csv.read_text(encoding="utf-8") + "99,33,JAWA TENGAH,3371,KOTA MAGELANG,1,X,2025\n", encoding="utf-8")
    seen = []
    broken = datago.check_catalog(copy, progress=lambda done, total: seen.append((done, total)), lang="en")
    assert not broken.valid
    codes = {f.code for f in broken.findings}
    assert {"resource.file.size-mismatch", "resource.file.checksum-mismatch"} <= codes
    assert all(f.document and f.document.startswith("datasets/") for f in broken.findings if f.code.startswith("resource.file"))
    assert seen[-1] == (broken.datasets, broken.datasets) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert broken.worst[0]["counts"]["error"] >= 2


def test_progress_callback_errors_propagate():
    def boom(done, total):
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        datago.check_bundle(datago.sample_files(), progress=boom)


def test_missing_directory_is_a_bundle_error(tmp_path):
    with pytest.raises(datago.BundleError) as e:
        datago.check_catalog(tmp_path / "tidak-ada")
    assert e.value.code == "bundle.io"
    with pytest.raises(datago.BundleError) as e:
        datago.check_catalog(tmp_path)
    assert e.value.code == "bundle.catalog-missing"


def test_sample_catalog_objects():
    cat = datago.sample_catalog()
    roles = {o.role for o in cat.organizations}
    assert {"walidata", "pembina-data", "produsen-data"} <= roles
    assert len(cat.datasets) >= 25
    assert "contoh" in cat.to_dict()["description"]["id"].lower()
    assert all(u.startswith("http://publications.europa.eu/resource/authority/data-theme/") for d in cat.datasets for u in d.eu_themes())


def test_json_schema_and_rules():
    schema = datago.json_schema("dataset")
    assert schema["title"] == "Dataset" and "slug" in schema["required"]
    assert datago.Dataset.json_schema() == schema
    with pytest.raises(datago.InvalidArgumentError) as e:
        datago.json_schema("kucing")
    assert e.value.code == "invalid-argument"
    codes = {r["code"] for r in datago.rules()}
    assert "catalog.walidata.missing" in codes


def test_region_detection():
    assert datago.region_info("33.71")["scheme"] == "kemendagri"
    assert datago.region_info("3371")["scheme"] == "bps"
    with pytest.raises(datago.InvalidArgumentError):
        datago.region_info("magelang")


def test_unknown_language():
    with pytest.raises(datago.InvalidArgumentError):
        datago.Dataset.from_dict({"id": "d", "slug": "dd"}).validate(lang="fr")
