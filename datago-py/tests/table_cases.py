"""Generated CSV tables for the differential test against frictionless-py: one valid table in
the Open Data Jabar layout (plus every other Table Schema type) and one table per kind of fault,
each fault injected at known rows. Deterministic (seeded), no files of its own.

Also usable as a script: ``python table_cases.py OUT_DIR`` writes every case as
``NAME.csv`` + ``NAME.schema.json`` (+ ``NAME.dialect.json``).
"""

from __future__ import annotations

import copy
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

KABKOTA = [
    ("3371", "KOTA MAGELANG"),
    ("3308", "KABUPATEN MAGELANG"),
    ("3372", "KOTA SURAKARTA"),
    ("3374", "KOTA SEMARANG"),
    ("3302", "KABUPATEN BANYUMAS"),
]
INDIKATOR = ["PENDUDUK", "SEKOLAH", "PUSKESMAS", "POSYANDU"]
SATUAN = ["JIWA", "UNIT", "PERSEN"]

SCHEMA: Dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True, "minimum": 1}},
        {"name": "kode_provinsi", "type": "integer", "constraints": {"enum": [33]}},
        {"name": "nama_provinsi", "type": "string"},
        {"name": "kode_kabupaten_kota", "type": "string", "constraints": {"pattern": "33[0-9]{2}"}},
        {"name": "nama_kabupaten_kota", "type": "string", "constraints": {"minLength": 4, "maxLength": 40}},
        {"name": "indikator", "type": "string", "constraints": {"enum": INDIKATOR}},
        {"name": "nilai", "type": "number", "constraints": {"minimum": 0, "maximum": 1000000}},
        {"name": "satuan", "type": "string", "constraints": {"enum": SATUAN, "required": True}},
        {"name": "tahun", "type": "year", "constraints": {"minimum": 2000, "maximum": 2030}},
        {"name": "tanggal", "type": "date", "format": "%d/%m/%Y"},
        {"name": "terverifikasi", "type": "boolean", "trueValues": ["ya"], "falseValues": ["tidak"]},
        {"name": "rasio", "type": "number", "decimalChar": ",", "groupChar": "."},
        {"name": "diperbarui", "type": "datetime"},
        {"name": "jam", "type": "time"},
        {"name": "periode", "type": "yearmonth"},
        {"name": "durasi", "type": "duration"},
        {"name": "lokasi", "type": "geopoint"},
        {"name": "surel", "type": "string", "format": "email"},
        {"name": "kode_unik", "type": "string", "format": "uuid", "constraints": {"unique": True}},
        {"name": "tanggal_iso", "type": "date"},
        {"name": "catatan", "type": "any"},
        {"name": "anggaran", "type": "integer", "bareNumber": False},
    ],
    "primaryKey": ["id"],
    "missingValues": ["", "-", "n/a"],
}


@dataclass
class Case:
    """One table: CSV bytes, a Table Schema, optionally a dialect and referenced tables."""

    name: str
    data: bytes
    schema: Dict[str, Any]
    dialect: Optional[Dict[str, Any]] = None
    # Other resources of the same package: name -> (csv bytes, schema).
    references: Dict[str, Any] = field(default_factory=dict)
    # Deliberate differences: (code, row, field) frictionless reports and DataGO does not,
    # and the other way round (documented in datago_core::table).
    only_frictionless: List[tuple] = field(default_factory=list)
    only_datago: List[tuple] = field(default_factory=list)


def _row(rng: random.Random, i: int) -> List[str]:
    kode, nama = KABKOTA[i % len(KABKOTA)]
    nilai = "" if rng.random() < 0.1 else f"{rng.uniform(0, 100000):.2f}"
    rasio_int = rng.randint(0, 999999)
    rasio = f"{rasio_int // 1000}.{rasio_int % 1000:03d},{rng.randint(0, 99):02d}" if rasio_int >= 1000 else f"{rasio_int},{rng.randint(0, 9)}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    uid = "%08x-%04x-4%03x-a%03x-%012x" % (
        rng.getrandbits(32),
        rng.getrandbits(16),
        rng.getrandbits(12),
        rng.getrandbits(12),
        rng.getrandbits(48) + i,
    )
    return [
        str(i + 1),
        "33",
        "JAWA TENGAH",
        kode,
        nama,
        rng.choice(INDIKATOR),
        nilai,
        rng.choice(SATUAN),
        str(year),
        f"{day:02d}/{month:02d}/{year}",
        rng.choice(["ya", "tidak", "-"]),
        rasio,
        f"{year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        + rng.choice(["", "Z", "+07:00"]),
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        f"{year}-{month:02d}",
        rng.choice(["P1Y", "PT2H30M", "P3D", "P1Y2M3DT4H5M6S"]),
        f"{rng.uniform(110, 111):.5f}, {rng.uniform(-8, -7):.5f}",
        rng.choice(["walidata@magelangkota.go.id", "diskominfo@jatengprov.go.id", ""]),
        uid,
        f"{year}-{month:02d}-{day:02d}",
        rng.choice(["catatan", "", "\"kutip\" di dalam", "baris\nbaru"]),
        rng.choice(["Rp 1.500", "2500", "Rp 10000,-"]).replace(".", ""),
    ]


def _csv(header: List[str], rows: List[List[str]], delimiter: str = ",", newline: str = "\n") -> bytes:
    def cell(v: str) -> str:
        if any(c in v for c in (delimiter, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v

    lines = [delimiter.join(cell(c) for c in header)]
    lines += [delimiter.join(cell(c) for c in r) for r in rows]
    return (newline.join(lines) + newline).encode("utf-8")


def base(n: int = 300, seed: int = 5) -> List[List[str]]:
    rng = random.Random(seed)
    return [_row(rng, i) for i in range(n)]


def header() -> List[str]:
    return [f["name"] for f in SCHEMA["fields"]]


def col(name: str) -> int:
    return header().index(name)


def _with(rows: List[List[str]], edits: Dict[int, Callable[[List[str]], Optional[List[str]]]]) -> List[List[str]]:
    out = []
    for i, r in enumerate(rows):
        r = list(r)
        if i in edits:
            r = edits[i](r)
            if r is None:
                continue
        out.append(r)
    return out


def _set(name: str, value: str) -> Callable[[List[str]], List[str]]:
    def f(r: List[str]) -> List[str]:
        r[col(name)] = value
        return r

    return f


def _multi(*fs: Callable[[List[str]], List[str]]) -> Callable[[List[str]], List[str]]:
    def f(r: List[str]) -> List[str]:
        for g in fs:
            r = g(r)
        return r

    return f


def cases() -> List[Case]:
    rows = base()
    h = header()
    out: List[Case] = [Case("valid", _csv(h, rows), SCHEMA)]

    # Cell types: one bad value per type, rows are data-row index + 2.
    bad_types = {
        3: _set("id", "tiga"),
        5: _set("nilai", "1,5"),
        7: _set("tahun", "20x4"),
        9: _set("tanggal", "31/02/2024"),
        11: _set("terverifikasi", "yes"),
        13: _set("rasio", "1.234.5"),
        15: _set("diperbarui", "2024-01-05 25:00:00"),
        17: _set("jam", "7:30"),
        19: _set("periode", "2024-13"),
        21: _set("durasi", "1 jam"),
        23: _set("lokasi", "200.1, -7.5"),
        25: _set("surel", "bukan-surel"),
        27: _set("kode_unik", "not-a-uuid"),
        29: _set("tanggal_iso", "2024/01/05"),
        31: _set("anggaran", "Rp"),
        33: _set("kode_provinsi", "33.0"),
        35: _set("tanggal", "5/1/2024"),  # valid: strptime reads one-digit days and months
        37: _set("tanggal_iso", "2024-1-5"),  # valid too
        39: _set("id", " 40 "),  # valid: int() strips
    }
    out.append(Case("type-errors", _csv(h, _with(rows, bad_types)), SCHEMA))

    constraint = {
        4: _set("id", "0"),
        6: _set("kode_provinsi", "34"),
        8: _set("kode_kabupaten_kota", "3471"),
        10: _set("nama_kabupaten_kota", "KOT"),
        12: _set("nama_kabupaten_kota", "K" * 41),
        14: _set("indikator", "LAINNYA"),
        16: _set("nilai", "-1"),
        18: _set("nilai", "1000000.01"),
        20: _set("satuan", ""),
        22: _set("satuan", "-"),
        24: _set("tahun", "1999"),
        26: _set("tahun", "2031"),
        28: _multi(_set("nilai", "-5"), _set("satuan", "METER"), _set("indikator", "X")),
    }
    out.append(Case("constraint-errors", _csv(h, _with(rows, constraint)), SCHEMA))

    dup = _with(
        rows,
        {
            50: lambda r: (r.__setitem__(col("id"), "10"), r)[1],
            60: lambda r: (r.__setitem__(col("kode_unik"), rows[3][col("kode_unik")]), r)[1],
            70: lambda r: (r.__setitem__(col("id"), "10"), r.__setitem__(col("kode_unik"), rows[3][col("kode_unik")]), r)[2],
            80: _set("id", ""),
            90: _set("id", "-"),
        },
    )
    out.append(Case("unique-and-primary-key", _csv(h, dup), SCHEMA))

    # Composite primary key.
    comp = copy.deepcopy(SCHEMA)
    comp["primaryKey"] = ["kode_kabupaten_kota", "tahun", "indikator"]
    comp["fields"][0]["constraints"] = {}
    rows_c = copy.deepcopy(rows)
    out.append(Case("composite-primary-key", _csv(h, rows_c), comp))

    shape = _with(
        rows,
        {
            40: lambda r: r[:5],
            41: lambda r: r + ["extra", "lagi"],
            42: lambda r: [""] * len(r),
            43: lambda r: [],
            44: lambda r: ["-"] * 3,
            45: lambda r: r[:-1],
        },
    )
    out.append(Case("missing-extra-blank", _csv(h, shape), SCHEMA))

    # Labels.
    labels = list(h)
    labels[2] = "NAMA_PROVINSI"
    labels[4] = ""
    labels[6] = "indikator"
    out.append(Case("incorrect-blank-duplicate-labels", _csv(labels, rows), SCHEMA))
    out.append(Case("extra-label", _csv(h + ["tambahan"], [r + ["x"] for r in rows]), SCHEMA))
    out.append(Case("missing-label", _csv(h[:-2], [r[:-2] for r in rows]), SCHEMA))
    out.append(Case("extra-label-short-rows", _csv(h + ["tambahan"], rows), SCHEMA))

    # Foreign keys: to this table and to another resource of the package.
    fk = copy.deepcopy(SCHEMA)
    fk["fields"].append({"name": "induk", "type": "integer"})
    fk["foreignKeys"] = [{"fields": ["induk"], "reference": {"resource": "", "fields": ["id"]}}]
    fk_rows = [r + [str((i * 7) % 300 + 1) if i % 11 else ""] for i, r in enumerate(rows)]
    fk_rows[100][-1] = "301"
    fk_rows[200][-1] = "999"
    out.append(Case("foreign-key-self", _csv(h + ["induk"], fk_rows), fk))

    wilayah_schema = {
        "fields": [{"name": "kode", "type": "string"}, {"name": "nama", "type": "string"}],
        "primaryKey": ["kode"],
    }
    wilayah = _csv(["kode", "nama"], [[k, n] for k, n in KABKOTA[:4]])
    ext = copy.deepcopy(SCHEMA)
    ext["foreignKeys"] = [
        {"fields": ["kode_kabupaten_kota"], "reference": {"resource": "wilayah", "fields": ["kode"]}}
    ]
    out.append(Case("foreign-key-other-resource", _csv(h, rows), ext, references={"wilayah": (wilayah, wilayah_schema)}))

    # Schema errors.
    bad = copy.deepcopy(SCHEMA)
    bad["fields"][3]["name"] = "id"
    out.append(Case("schema-duplicate-fields", _csv(h, rows[:5]), bad))
    bad = copy.deepcopy(SCHEMA)
    bad["primaryKey"] = ["tidak_ada"]
    out.append(Case("schema-unknown-primary-key", _csv(h, rows[:5]), bad))
    bad = copy.deepcopy(SCHEMA)
    bad["fields"][0]["constraints"] = {"pattern": "[0-9]+"}
    out.append(Case("field-unsupported-constraint", _csv(h, rows[:5]), bad))

    # Dialects and encodings.
    out.append(Case("semicolon-sniffed", _csv(h, _with(rows, {5: _set("id", "x")}), delimiter=";"), SCHEMA))
    out.append(
        Case(
            "semicolon-dialect-crlf",
            _csv(h, _with(rows, {5: _set("id", "x")}), delimiter=";", newline="\r\n"),
            SCHEMA,
            dialect={"delimiter": ";"},
        )
    )
    out.append(Case("bom", b"\xef\xbb\xbf" + _csv(h, _with(rows, {7: _set("tahun", "x")})), SCHEMA))
    latin = _csv(h, _with(rows, {9: _set("catatan", "caf\u00e9"), 11: _set("id", "z")})).decode("utf-8").encode("cp1252")
    out.append(Case("windows-1252", latin, SCHEMA))
    many = base(2000, seed=9)
    enc = _csv(h, _with(many, {3: _set("id", "q")})) + "1999,33,JAWA TENGAH,3371,caf".encode() + b"\xe9\n"
    out.append(Case("encoding-error", enc, SCHEMA))
    no_header = copy.deepcopy(SCHEMA)
    out.append(
        Case(
            "no-header",
            _csv(h, _with(rows, {2: _set("id", "x")}))[len(",".join(h)) + 1 :],
            no_header,
            dialect={"header": False},
        )
    )
    return out


def write(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for c in cases():
        (out_dir / f"{c.name}.csv").write_bytes(c.data)
        (out_dir / f"{c.name}.schema.json").write_text(json.dumps(c.schema, indent=1))
        if c.dialect is not None:
            (out_dir / f"{c.name}.dialect.json").write_text(json.dumps(c.dialect))


if __name__ == "__main__":
    write(Path(sys.argv[1]))
