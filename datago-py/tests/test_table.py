"""The table API of the Python package: sources (path, file object, bytes), the streaming
TableValidator, progress callbacks, inference, profiles, region checks, the personal-data scan
and errors."""

from __future__ import annotations

import io
import pathlib

import pytest

import datago

SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer"},
        {"name": "kode_kabupaten_kota", "type": "integer"},
        {"name": "nilai", "type": "number", "decimalChar": ",", "groupChar": "."},
        {"name": "tahun", "type": "year"},
    ],
    "primaryKey": ["id"],
}
CSV = b"id,kode_kabupaten_kota,nilai,tahun\n1,3371,\"1.234,5\",2024\n1,3371,x,2024\n"


def test_validate_bytes_path_and_file_object(tmp_path: pathlib.Path):
    path = tmp_path / "data.csv"
    path.write_bytes(CSV)
    reports = [
        datago.validate_table(CSV, SCHEMA),
        datago.validate_table(str(path), SCHEMA),
        datago.validate_table(path, SCHEMA),
        datago.validate_table(io.BytesIO(CSV), SCHEMA),
    ]
    for r in reports:
        assert r["valid"] is False
        assert [(e["code"], e["rowNumber"], e["fieldNumber"], e["fieldName"]) for e in r["errors"]] == [
            ("type-error", 3, 3, "nilai"),
            ("primary-key", 3, None, None),
        ]
        assert r["errors"][0]["message"]["id"].startswith("Baris 3")
        assert r["stats"]["rows"] == 2
    assert reports[0] == reports[1] == reports[3]


def test_streaming_validator_and_progress():
    v = datago.TableValidator(SCHEMA)
    for i in range(0, len(CSV), 5):
        v.push(CSV[i : i + 5])
    assert v.progress["bytes"] == len(CSV)
    report = v.finish()
    assert len(report["errors"]) == 2
    with pytest.raises(datago.InvalidArgumentError):
        v.finish()
    seen = []
    big = b"id,kode_kabupaten_kota,nilai,tahun\n" + b"".join(b"%d,3371,1,2024\n" % i for i in range(200_000))
    r = datago.validate_table(io.BytesIO(big), SCHEMA, progress=seen.append)
    assert r["valid"] and seen and seen[-1]["rows"] == 200_000


def test_error_limit_and_threads():
    csv = b"id,kode_kabupaten_kota,nilai,tahun\n" + b"x,1,1,2024\n" * 50
    r = datago.validate_table(csv, SCHEMA, limit_errors=5, threads=2)
    assert len(r["errors"]) == 5 and r["partial"]


def test_default_error_limit_is_frictionless_s_1000():
    csv = b"id,kode_kabupaten_kota,nilai,tahun\n" + b"".join(b"%d,3371,x,2024\n" % i for i in range(1200))
    r = datago.validate_table(csv, SCHEMA)
    assert len(r["errors"]) == 1000 and r["partial"] and not r["valid"]
    assert len(datago.validate_table(csv, SCHEMA, limit_errors=0)["errors"]) == 1200


def test_windows_1252_and_bom_are_detected():
    schema = {"fields": [{"name": "nama", "type": "string", "constraints": {"maxLength": 4}}]}
    r = datago.validate_table("nama\ncaf\u00e9\n".encode("cp1252"), schema)
    assert r["valid"] and r["stats"]["encoding"] == "windows-1252"
    r = datago.validate_table(b"\xef\xbb\xbfnama\nabcde\n", schema)
    assert [(e["code"], e["rowNumber"], e["fieldName"]) for e in r["errors"]] == [("constraint-error", 2, "nama")]


def test_foreign_key_to_another_resource():
    schema = dict(SCHEMA, foreignKeys=[{"fields": ["kode_kabupaten_kota"], "reference": {"resource": "wilayah", "fields": ["kode"]}}])
    wilayah = {"source": b"kode\n3308\n", "schema": {"fields": [{"name": "kode", "type": "integer"}]}}
    r = datago.validate_table(b"id,kode_kabupaten_kota,nilai,tahun\n1,3371,1,2024\n2,3308,1,2024\n", schema, references={"wilayah": wilayah})
    assert [(e["code"], e["rowNumber"]) for e in r["errors"]] == [("foreign-key", 2)]


def test_infer_profile_regions_scan():
    csv = (
        "id,kode_kabupaten_kota,nama_kabupaten_kota,nik,nilai,satuan,tahun\n"
        "1,3371,KOTA MAGELANG,3371014107850003,\"1.234,5\",ORANG,2024\n"
        "2,3308,KOTA SEMARANG,3371010101900001,-,ORANG,2024\n"
    ).encode()
    schema = datago.infer_schema(csv)
    assert schema["primaryKey"] == ["id"]
    assert {f["name"]: f["type"] for f in schema["fields"]}["tahun"] == "year"
    assert datago.validate_table(csv, schema)["valid"]
    profile = datago.profile_table(csv)
    assert profile["rows"] == 2
    nilai = next(c for c in profile["columns"] if c["name"] == "nilai")
    assert (nilai["count"], nilai["missing"]) == (1, 1)
    regions = datago.check_regions(csv)
    kab = regions["columns"][0]
    assert kab["scheme"] == "bps" and kab["nameMismatch"]["rows"] == [3]
    assert "ODbL" in regions["reference"]
    scan = datago.scan_personal_data(csv)
    nik = next(f for f in scan["findings"] if f["kind"] == "nik")
    assert nik["count"] == 2 and nik["sampleRows"] == [2, 3] and scan["severity"] == "high"
    assert "3371014107850003" not in str(scan)
    assert datago.is_valid_nik("3371014107850003")
    assert not datago.is_valid_nik("3371019907850003")


def test_errors():
    with pytest.raises(datago.TableError) as e:
        datago.validate_table(b"a\n", "{not json")
    assert e.value.code == "table.schema"
    assert isinstance(e.value, datago.DataGoError)
    with pytest.raises(datago.TableError) as e:
        datago.validate_table("/no/such/file.csv", SCHEMA)
    assert e.value.code == "table.io"
    with pytest.raises(datago.TableError):
        datago.infer_schema(b"")
    with pytest.raises(datago.InvalidArgumentError):
        datago.validate_table(12, SCHEMA)
    with pytest.raises(datago.InvalidArgumentError):
        datago.validate_table(CSV, SCHEMA, encoding="utf-16")
    with pytest.raises(datago.TableError):
        datago.validate_table(io.StringIO("a\n"), SCHEMA)
    # A broken schema is a report, not an exception (frictionless-py reports it too).
    r = datago.validate_table(b"a\n", {"fields": [{"name": "a"}, {"name": "a"}]})
    assert r["errors"][0]["code"] == "schema-error"
