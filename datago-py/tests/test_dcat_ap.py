"""DCAT-AP 3.0.1: the export of the Kota Magelang sample conforms to the official SHACL shapes
(pySHACL), both serializations describe the same graph (rdflib), and the importer reads the
specification's examples as rdflib reads them."""

import json
import pathlib

import pyshacl
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF

import datago

ROOT = pathlib.Path(__file__).resolve().parents[2]
STD = ROOT / "tests" / "standards" / "dcat-ap-3.0.1"
REMOTE_CONTEXT = "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld"


@pytest.fixture(scope="module")
def shapes():
    # Only the main shapes: together with ranges.ttl pySHACL rejects a shape (known quirk).
    return rdflib.Graph().parse(STD / "dcat-ap-SHACL.ttl", format="turtle")


@pytest.fixture(scope="module")
def catalog():
    return datago.sample_catalog()


def _violations(results: rdflib.Graph):
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return list(results.subjects(sh.resultSeverity, sh.Violation))


@pytest.mark.parametrize("fmt,rdflib_fmt", [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_sample_export_conforms_to_the_official_shapes(shapes, catalog, fmt, rdflib_fmt):
    text = datago.export_dcat_ap(catalog, fmt)
    g = rdflib.Graph().parse(data=text, format=rdflib_fmt)
    conforms, results, report = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    assert conforms, report
    assert _violations(results) == []
    # Self-contained: every dataset is there and its publisher is typed in the same graph.
    datasets = set(g.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == len(catalog.datasets)
    for ds in datasets:
        for pub in g.objects(ds, DCTERMS.publisher):
            assert (pub, RDF.type, rdflib.FOAF.Agent) in g
        for cp in g.objects(ds, DCAT.contactPoint):
            assert (cp, RDF.type, rdflib.URIRef("http://www.w3.org/2006/vcard/ns#Kind")) in g


def test_each_dataset_export_conforms_and_turtle_equals_jsonld(shapes, catalog):
    for ds in catalog.datasets[:8]:
        ttl = datago.export_dcat_ap(ds, "turtle", catalog=catalog)
        jsonld = datago.export_dcat_ap(ds, "jsonld", catalog=catalog)
        a = rdflib.Graph().parse(data=ttl, format="turtle")
        b = rdflib.Graph().parse(data=jsonld, format="json-ld")
        assert isomorphic(a, b), ds.slug
        conforms, _, report = pyshacl.validate(a, shacl_graph=shapes, inference="none")
        assert conforms, report


def test_a_broken_export_would_be_caught(shapes, catalog):
    """The yardstick works: dropping a mandatory title makes pySHACL report a violation."""
    g = rdflib.Graph().parse(data=datago.export_dcat_ap(catalog), format="turtle")
    ds = next(g.subjects(RDF.type, DCAT.Dataset))
    g.remove((ds, DCTERMS.title, None))
    conforms, results, _ = pyshacl.validate(g, shacl_graph=shapes, inference="none")
    assert not conforms and _violations(results)


def _examples():
    files = sorted(p for p in (STD / "examples").iterdir() if p.name != "context.jsonld")
    assert len(files) >= 25
    return files


@pytest.mark.parametrize("path", _examples(), ids=lambda p: p.name)
def test_import_reads_the_specification_examples_like_rdflib(path):
    context = (STD / "examples" / "context.jsonld").read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ttl":
        fmt = "turtle"
        try:
            oracle = rdflib.Graph().parse(data=text, format="turtle")
        except Exception:
            # Not valid Turtle as published: datago must refuse it too, with a typed error.
            with pytest.raises(datago.ParseError) as e:
                datago.import_dcat_ap(text, "turtle")
            assert e.value.code == "parse.syntax"
            return
    else:
        fmt = "jsonld"
        doc = json.loads(text)
        if doc.get("@context") == REMOTE_CONTEXT:
            doc["@context"] = json.loads(context)["@context"]
        oracle = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld")
    imported = datago.import_dcat_ap(text, fmt, contexts={REMOTE_CONTEXT: context})
    want = {}
    for ds in oracle.subjects(RDF.type, DCAT.Dataset):
        titles = {str(t) for t in oracle.objects(ds, DCTERMS.title)}
        dists = []
        for d in oracle.objects(ds, DCAT.distribution):
            urls = {str(u) for u in oracle.objects(d, DCAT.downloadURL)} or {str(u) for u in oracle.objects(d, DCAT.accessURL)}
            dists.append(min(urls) if urls else None)
        want[frozenset(titles)] = sorted(dists, key=str)
    got = {}
    for ds in imported.datasets:
        d = ds.to_dict()
        got[frozenset(d["title"].values())] = sorted((r.get("url") for r in d.get("resources", [])), key=str)
    assert got == want


def test_import_errors_are_typed():
    with pytest.raises(datago.ParseError) as e:
        datago.import_dcat_ap("<a> <b> .", "turtle")
    assert e.value.code == "parse.syntax"
    with pytest.raises(datago.InvalidArgumentError):
        datago.import_dcat_ap("", "rdfxml")
    with pytest.raises(datago.InvalidArgumentError):
        datago.export_dcat_ap({"id": "x"})
