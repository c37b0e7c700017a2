"""`datago.convert` and `datago.convert_text`: the crosswalks from Python, checked with rdflib."""

import json
import pathlib

import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS, RDF

import datago

CKAN = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "ckan"


def packages():
    return json.loads((CKAN / "package_search.json").read_text(encoding="utf-8"))["result"]["results"]


@pytest.mark.parametrize("fmt", ["jsonld", "turtle"])
def test_ckan_search_to_dcat_ap_catalog(fmt):
    text = (CKAN / "package_search.json").read_text(encoding="utf-8")
    out = datago.convert_text("ckan", "dcat-ap", text, rdf_format=fmt)
    g = rdflib.Graph().parse(data=out, format="json-ld" if fmt == "jsonld" else "turtle")
    datasets = list(g.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == len(packages())
    titles = {str(t) for d in datasets for t in g.objects(d, DCTERMS.title)}
    assert {p["title"] for p in packages()} <= titles
    # Every package's resources are distributions of its dataset.
    dists = list(g.subjects(RDF.type, DCAT.Distribution))
    assert len(dists) == sum(len(p.get("resources", [])) for p in packages())


def test_one_package_as_dict_or_text_gives_the_same_output():
    p = packages()[0]
    assert datago.convert_text("ckan", "ckan", p) == datago.convert_text("ckan", "ckan", json.dumps(p))
    back = json.loads(datago.convert_text("ckan", "ckan", p))
    assert back["name"] == p["name"] and back["title"] == p["title"]
    assert back["license_id"] == p["license_id"]


def test_a_list_of_packages_gives_a_list():
    out = json.loads(datago.convert_text("ckan", "datapackage", packages()))
    assert [o["name"] for o in out] == [p["name"] for p in packages()]


def test_dcat_ap_back_to_ckan():
    ttl = datago.convert_text("ckan", "dcat-ap", packages(), rdf_format="turtle")
    out = json.loads(datago.convert_text("dcat-ap", "ckan", ttl, input_format="turtle"))
    assert sorted(o["title"] for o in out) == sorted(p["title"] for p in packages())


def test_bad_input_raises_typed_errors():
    with pytest.raises(datago.DataGoError) as e:
        datago.convert_text("ckan", "dcat-ap", "{")
    assert e.value.code.startswith("parse.")
    with pytest.raises(datago.DataGoError) as e:
        datago.convert_text("ckan", "rdf", "{}")
    assert e.value.code == "invalid-argument"
    with pytest.raises(datago.DataGoError) as e:
        datago.convert_text("ckan", "dcat-ap", [{"title": "no name"}, 5])
    assert e.value.message_id and e.value.message_en
