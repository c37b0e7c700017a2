"""`datago serve` read with ckanapi, CKAN's own client library, on a loopback port.

The expected values come from the sample catalog's JSON files, read here directly.
"""

import json
import os
import pathlib
import subprocess
from collections import Counter

import ckanapi
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "magelang"


def datago_binary() -> pathlib.Path:
    """The `datago` binary: $DATAGO_BIN, else target/debug/datago (built when missing)."""
    if os.environ.get("DATAGO_BIN"):
        return pathlib.Path(os.environ["DATAGO_BIN"])
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    binary = pathlib.Path(json.loads(meta.stdout)["target_directory"]) / "debug" / "datago"
    if not binary.exists():
        subprocess.run(["cargo", "build", "-p", "datago-cli"], cwd=ROOT, check=True)
    return binary


@pytest.fixture(scope="module")
def server():
    proc = subprocess.Popen(
        [str(datago_binary()), "serve", str(SAMPLE), "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stdout.readline()  # "DataGO CKAN API: http://127.0.0.1:PORT/api/3/action/ (N datasets)"
        assert "http://127.0.0.1:" in line, line
        address = "http://" + line.split("http://")[1].split("/")[0]
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def ckan(server):
    with ckanapi.RemoteCKAN(server, user_agent="datago-tests") as remote:
        yield remote


def published():
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SAMPLE / "datasets").glob("*.json"))]
    return [d for d in docs if d.get("status") == "published"]


def formats(d):
    return {r["format"].upper() for r in d.get("resources", []) if r.get("format")}


def test_status_and_package_list(ckan):
    status = ckan.action.status_show()
    assert status["site_title"] == "DataGO Kota Magelang (contoh)"
    assert ckan.action.package_list() == sorted(d["slug"] for d in published())
    assert ckan.action.package_list(limit=2, offset=1) == sorted(d["slug"] for d in published())[1:3]


def test_package_show_by_name_and_id(ckan):
    d = next(d for d in published() if d["slug"] == "jumlah-puskesmas")
    pkg = ckan.action.package_show(id="jumlah-puskesmas")
    assert pkg["id"] == d["id"]
    assert pkg["title"] == d["title"]["id"]
    assert pkg["organization"]["name"] == d["producer"]
    assert {t["name"] for t in pkg["tags"]} == set(d["keywords"])
    assert len(pkg["resources"]) == len(d["resources"])
    assert pkg["license_id"] == "cc-by"
    assert ckan.action.package_show(id=d["id"]) == pkg


def test_package_search_with_facets_and_fq(ckan):
    expected = [d for d in published() if d["producer"] == "dinkes" and "CSV" in formats(d)]
    assert expected
    r = ckan.action.package_search(
        fq="organization:dinkes res_format:CSV",
        **{"facet.field": ["organization", "res_format", "tags"], "facet.limit": -1, "rows": 100},
    )
    assert r["count"] == len(expected)
    assert {p["name"] for p in r["results"]} == {d["slug"] for d in expected}
    assert r["facets"]["organization"] == {"dinkes": len(expected)}
    assert r["facets"]["tags"] == dict(Counter(k for d in expected for k in set(d["keywords"])))
    fmt = Counter(f for d in expected for f in formats(d))
    assert r["facets"]["res_format"] == dict(fmt)
    items = r["search_facets"]["res_format"]["items"]
    assert {i["name"]: i["count"] for i in items} == dict(fmt)
    assert [i["count"] for i in items] == sorted((i["count"] for i in items), reverse=True)
    assert r["search_facets"]["organization"]["items"][0]["display_name"] == "Dinas Kesehatan Kota Magelang"


def test_package_search_paging_and_text(ckan):
    every = ckan.action.package_search(rows=1000)
    assert every["count"] == len(published())
    first = ckan.action.package_search(rows=3)
    second = ckan.action.package_search(rows=3, start=3)
    assert [p["name"] for p in first["results"] + second["results"]] == [p["name"] for p in every["results"][:6]]
    hits = ckan.action.package_search(q="penduduk", rows=100)
    assert hits["count"] >= 1
    assert all("penduduk" in json.dumps(p).lower() for p in hits["results"])


def test_get_only_client_reads_the_same(server):
    with ckanapi.RemoteCKAN(server, get_only=True) as remote:
        r = remote.action.package_search(fq="res_format:XLSX", **{"facet.field": '["license_id"]'})
        assert r["count"] == sum(1 for d in published() if "XLSX" in formats(d))
        assert sum(r["facets"]["license_id"].values()) == r["count"]
        assert remote.action.package_show(id="jumlah-puskesmas")["name"] == "jumlah-puskesmas"


def test_organizations(ckan):
    catalog = json.loads((SAMPLE / "catalog.json").read_text(encoding="utf-8"))
    codes = sorted(o["code"] for o in catalog["organizations"])
    assert ckan.action.organization_list() == codes
    counts = Counter(d["producer"] for d in published())
    for o in ckan.action.organization_list(all_fields=True):
        assert o["package_count"] == counts.get(o["name"], 0)
    org = ckan.action.organization_show(id="dinkes", include_datasets=True)
    assert org["title"] == "Dinas Kesehatan Kota Magelang"
    assert sorted(p["name"] for p in org["packages"]) == sorted(d["slug"] for d in published() if d["producer"] == "dinkes")


def test_lists(ckan):
    assert ckan.action.tag_list() == sorted({k for d in published() for k in d["keywords"]})
    assert ckan.action.group_list() == []
    assert any(lic["id"] == "cc-by" for lic in ckan.action.license_list())


def test_errors_are_ckanapi_exceptions(ckan):
    with pytest.raises(ckanapi.NotFound):
        ckan.action.package_show(id="tidak-ada")
    draft = next(p for p in sorted((SAMPLE / "datasets").glob("*.json")) if json.loads(p.read_text())["status"] == "draft")
    with pytest.raises(ckanapi.NotFound):
        ckan.action.package_show(id=draft.stem)
    with pytest.raises(ckanapi.NotFound):
        ckan.action.organization_show(id="tidak-ada")
    with pytest.raises(ckanapi.ValidationError) as e:
        ckan.action.package_search(rows="banyak")
    assert e.value.error_dict["rows"] == ["Invalid integer"]
    with pytest.raises(ckanapi.ValidationError) as e:
        ckan.action.package_search(rows=-1)
    assert "rows" in e.value.error_dict
    with pytest.raises(ckanapi.ValidationError):
        ckan.action.package_show()
    with pytest.raises(ckanapi.ValidationError):
        ckan.action.package_search(**{"facet.field": ["nope"]})
    with pytest.raises(ckanapi.SearchQueryError):
        ckan.action.package_search(fq="nope:1")
    with pytest.raises(ckanapi.NotAuthorized):
        ckan.action.package_create(name="baru")
    with pytest.raises(ckanapi.CKANAPIError):
        ckan.action.no_such_action()
