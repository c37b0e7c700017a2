"""The rdflib peer of `datago-core/benches/ckan_to_dcat.rs`: CKAN packages (as
`package_show` returns them) to one DCAT-AP JSON-LD catalog, the way ckanext-dcat does it —
an rdflib Graph with the triples of each package, then ``g.serialize(format="json-ld")``.

The mapping is DataGO's (the same triples for the records the benchmark generates: catalog,
dataset, themes, publisher, contact point, creator, frequency, dates, distributions with
access and download URL, EU file type, IANA media type, EU licence, size), written here
independently with the lookup tables ckanext-dcat keeps for such values.

    python scripts/bench_dcat_peer.py RECORDS.json [RUNS] [OUT.jsonld]

Prints one JSON line: {"seconds", "runs", "records", "triples", "bytes"} with the best time
(reading the JSON file included, as the Rust side parses the JSON text).
"""

from __future__ import annotations

import json
import sys
import time

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
BASE = "urn:datago:catalog"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
THEME_SCHEME = URIRef(EU + "data-theme")
URUSAN_SCHEME = URIRef(BASE + "/urusan")
LOCAL_AUTHORITY = URIRef("http://purl.org/adms/publishertype/LocalAuthority")

# CKAN licence id -> EU Licence NAL
LICENSES = {
    "cc-by": "CC_BY_4_0",
    "cc-by-sa": "CC_BYSA_4_0",
    "odc-odbl": "ODC_BL",
    "cc-zero": "CC0",
}
# Satu Data frequency -> EU frequency
FREQUENCIES = {
    "harian": "DAILY",
    "mingguan": "WEEKLY",
    "bulanan": "MONTHLY",
    "triwulanan": "QUARTERLY",
    "semesteran": "BIANNUAL",
    "tahunan": "ANNUAL",
}
EU_THEMES = {
    "AGRI": "Agriculture, fisheries, forestry and food",
    "ECON": "Economy and finance",
    "EDUC": "Education, culture and sport",
    "HEAL": "Health",
    "REGI": "Regions and cities",
    "SOCI": "Population and society",
    "TRAN": "Transport",
}
# urusan (Permendagri 90/2019) -> (EU themes, label id, label en)
URUSAN = {
    "1.01": (["EDUC"], "Pendidikan", "Education"),
    "1.02": (["HEAL"], "Kesehatan", "Health"),
    "1.03": (["REGI"], "Pekerjaan Umum dan Penataan Ruang", "Public works and spatial planning"),
    "2.07": (["ECON", "SOCI"], "Tenaga Kerja", "Labour"),
    "2.15": (["TRAN"], "Perhubungan", "Transport"),
    "3.27": (["AGRI"], "Pertanian", "Agriculture"),
}
FILE_TYPES = {"CSV": "CSV", "XLSX": "XLSX", "JSON": "JSON"}


def date(value: str) -> Literal:
    return Literal(value[:10], datatype=XSD.date)


class Serializer:
    """Builds the graph package by package (ckanext-dcat's ``graph_from_dataset``)."""

    def __init__(self) -> None:
        self.g = Graph()
        for prefix, ns in [
            ("dcat", DCAT),
            ("dct", DCTERMS),
            ("foaf", FOAF),
            ("skos", SKOS),
            ("vcard", VCARD),
            ("xsd", XSD),
        ]:
            self.g.bind(prefix, ns)
        self.catalog = URIRef(BASE + "/catalog")

    def catalog_node(self, count: int) -> None:
        g, c = self.g, self.catalog
        g.add((c, RDF.type, DCAT.Catalog))
        g.add((c, DCTERMS.title, Literal("Katalog hasil konversi", lang="id")))
        g.add((c, DCTERMS.title, Literal("Converted catalog", lang="en")))
        g.add((c, DCTERMS.description, Literal(f"{count} dataset hasil konversi metadata.", lang="id")))
        g.add((c, DCTERMS.description, Literal(f"{count} datasets converted from other metadata.", lang="en")))
        g.add((THEME_SCHEME, RDF.type, SKOS.ConceptScheme))
        g.add((THEME_SCHEME, DCTERMS.title, Literal("Data theme", lang="en")))
        g.add((URUSAN_SCHEME, RDF.type, SKOS.ConceptScheme))
        g.add((URUSAN_SCHEME, DCTERMS.title, Literal("Urusan pemerintahan (Permendagri 90/2019)", lang="en")))
        g.add((c, DCAT.themeTaxonomy, THEME_SCHEME))
        g.add((c, DCAT.themeTaxonomy, URUSAN_SCHEME))

    def publisher(self, org: dict) -> URIRef:
        g = self.g
        o = URIRef(f"{BASE}/organization/{org['name']}")
        g.add((o, RDF.type, FOAF.Agent))
        g.add((o, RDF.type, FOAF.Organization))
        g.add((o, FOAF.name, Literal(org["title"], lang="id")))
        g.add((o, DCTERMS.identifier, Literal(org["name"])))
        g.add((o, DCTERMS.type, LOCAL_AUTHORITY))
        g.add((LOCAL_AUTHORITY, RDF.type, SKOS.Concept))
        g.add((LOCAL_AUTHORITY, SKOS.prefLabel, Literal("Local Authority", lang="en")))
        return o

    def dataset(self, pkg: dict) -> None:
        g = self.g
        extras = {e["key"]: e["value"] for e in pkg.get("extras") or []}
        d = URIRef(f"{BASE}/dataset/{pkg['id']}")
        g.add((self.catalog, DCAT.dataset, d))
        g.add((d, RDF.type, DCAT.Dataset))
        g.add((d, DCTERMS.identifier, Literal(pkg["id"])))
        g.add((d, DCTERMS.title, Literal(pkg["title"], lang="id")))
        if pkg.get("notes"):
            g.add((d, DCTERMS.description, Literal(pkg["notes"], lang="id")))
        for tag in pkg.get("tags") or []:
            g.add((d, DCAT.keyword, Literal(tag["name"], lang="id")))
        for code in json.loads(extras.get("urusan", "[]")):
            themes, label_id, label_en = URUSAN[code]
            for t in themes:
                theme = URIRef(EU + "data-theme/" + t)
                g.add((theme, RDF.type, SKOS.Concept))
                g.add((theme, SKOS.prefLabel, Literal(EU_THEMES[t], lang="en")))
                g.add((theme, SKOS.inScheme, THEME_SCHEME))
                g.add((d, DCAT.theme, theme))
            u = URIRef(f"{BASE}/urusan/{code}")
            g.add((u, RDF.type, SKOS.Concept))
            g.add((u, SKOS.prefLabel, Literal(label_en, lang="en")))
            g.add((u, SKOS.prefLabel, Literal(label_id, lang="id")))
            g.add((u, SKOS.notation, Literal(code)))
            g.add((u, SKOS.inScheme, URUSAN_SCHEME))
            g.add((d, DCAT.theme, u))
        if pkg.get("organization"):
            g.add((d, DCTERMS.publisher, self.publisher(pkg["organization"])))
        if extras.get("frequency") in FREQUENCIES:
            f = URIRef(EU + "frequency/" + FREQUENCIES[extras["frequency"]])
            g.add((f, RDF.type, DCTERMS.Frequency))
            g.add((d, DCTERMS.accrualPeriodicity, f))
        if extras.get("contact_name") or extras.get("contact_email"):
            c = BNode()
            g.add((c, RDF.type, VCARD.Kind))
            g.add((c, RDF.type, VCARD.Organization))
            if extras.get("contact_name"):
                g.add((c, VCARD.fn, Literal(extras["contact_name"])))
            if extras.get("contact_email"):
                g.add((c, VCARD.hasEmail, URIRef("mailto:" + extras["contact_email"])))
            g.add((d, DCAT.contactPoint, c))
        for key in ("issued", "modified"):
            if extras.get(key):
                g.add((d, DCTERMS[key], date(extras[key])))
        if pkg.get("version"):
            g.add((d, DCAT.version, Literal(pkg["version"])))
        if pkg.get("author"):
            a = BNode()
            g.add((a, RDF.type, FOAF.Agent))
            g.add((a, FOAF.name, Literal(pkg["author"])))
            if pkg.get("author_email"):
                g.add((a, FOAF.mbox, URIRef("mailto:" + pkg["author_email"])))
            g.add((d, DCTERMS.creator, a))
        license_uri = None
        if pkg.get("license_id") in LICENSES:
            license_uri = URIRef(EU + "licence/" + LICENSES[pkg["license_id"]])
            g.add((license_uri, RDF.type, DCTERMS.LicenseDocument))
        for res in pkg.get("resources") or []:
            r = URIRef(f"{d}/resource/{res['id']}")
            g.add((d, DCAT.distribution, r))
            g.add((r, RDF.type, DCAT.Distribution))
            g.add((r, DCTERMS.identifier, Literal(res["id"])))
            if res.get("name"):
                g.add((r, DCTERMS.title, Literal(res["name"], lang="id")))
            if res.get("description"):
                g.add((r, DCTERMS.description, Literal(res["description"], lang="id")))
            if res.get("url"):
                g.add((r, DCAT.accessURL, URIRef(res["url"])))
                g.add((r, DCAT.downloadURL, URIRef(res["url"])))
            file_type = FILE_TYPES.get((res.get("format") or "").upper())
            if file_type:
                ft = URIRef(EU + "file-type/" + file_type)
                g.add((ft, RDF.type, DCTERMS.MediaTypeOrExtent))
                g.add((r, DCTERMS["format"], ft))
            if res.get("mimetype"):
                mt = URIRef(IANA + res["mimetype"])
                g.add((mt, RDF.type, DCTERMS.MediaType))
                g.add((r, DCAT.mediaType, mt))
            if res.get("size") is not None:
                g.add((r, DCAT.byteSize, Literal(str(res["size"]), datatype=XSD.nonNegativeInteger)))
            if license_uri is not None:
                g.add((r, DCTERMS.license, license_uri))
            if res.get("created"):
                g.add((r, DCTERMS.issued, date(res["created"])))
            if res.get("last_modified"):
                g.add((r, DCTERMS.modified, date(res["last_modified"])))


def convert(path: str) -> tuple[str, int, int]:
    with open(path, encoding="utf-8") as f:
        packages = json.load(f)
    s = Serializer()
    s.catalog_node(len(packages))
    for pkg in packages:
        s.dataset(pkg)
    return s.g.serialize(format="json-ld"), len(s.g), len(packages)


def main() -> None:
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    best = float("inf")
    out, triples, records = "", 0, 0
    for _ in range(max(runs, 1)):
        start = time.perf_counter()
        out, triples, records = convert(path)
        best = min(best, time.perf_counter() - start)
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            f.write(out)
    print(json.dumps({"seconds": best, "runs": runs, "records": records, "triples": triples, "bytes": len(out)}))


if __name__ == "__main__":
    main()
