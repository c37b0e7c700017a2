"""Licences, attribution and replica compliance through the Python API."""

import pytest

import datago

DATASET = {
    "id": "d-1",
    "slug": "jumlah-penduduk",
    "title": {"id": "Penduduk <script>alert(\"x\")</script> & 'kutip'", "en": "Population"},
    "producer": "disdukcapil",
    "license": "CC-BY-4.0",
    "landingPage": "https://data.example.go.id/dataset/jumlah-penduduk",
    "resources": [
        {"id": "r-1", "title": {"id": "Tabel"}, "url": "https://data.example.go.id/r1.csv"},
        {"id": "r-2", "title": {"id": "Terbatas"}, "license": "CC-BY-NC-4.0"},
    ],
}


def test_registry_and_lookup():
    reg = datago.license_registry()
    assert len(reg) >= 22
    assert sum(1 for l in reg if l["ckan"]) == 15
    assert datago.get_license("cc-by")["id"] == "CC-BY-4.0"
    assert datago.get_license("nope") is None
    assert datago.lookup_license("open database license")["id"] == "ODbL-1.0"
    with pytest.raises(datago.LicenseError) as e:
        datago.lookup_license("my own terms")
    assert e.value.code == "license.unknown"
    assert isinstance(e.value, datago.DataGoError)
    assert e.value.message_id and e.value.message_en


def test_normalize():
    n = datago.normalize_license("cc by 4.0")
    assert (n["id"], n["spdx"], n["matchedBy"]) == ("CC-BY-4.0", "CC-BY-4.0", "name")
    n = datago.normalize_license("Creative Commons Attribution")
    assert n["assumedVersion"] and n["confidence"] < 0.9 and n["notes"]
    n = datago.normalize_license("Lisensi Terbuka")
    assert n["id"] is None and n["spdx"] is None
    assert n["suggestions"][0]["id"] == "other-open"


def test_compatibility():
    c = datago.combine_licenses(["CC-BY-SA-4.0", "ODbL-1.0"])
    assert not c["compatible"] and c["allowed"] == []
    assert any("share-alike" in r["en"] for r in c["reasons"])
    assert any("berbagi serupa" in r["id"] for r in c["reasons"])
    assert datago.combine_licenses(["CC0-1.0", "cc-by"])["recommended"] == "CC-BY-4.0"
    assert datago.combine_licenses(["CC-BY-4.0", "whatever"])["unknown"] == ["whatever"]
    v = datago.can_use("CC-BY-NC-4.0", "commercial")
    assert v["allowed"] == "no" and v["reasons"]
    v = datago.can_use("CC-BY-SA-4.0", "derivative")
    assert v["allowed"] == "yes"
    assert [c["code"] for c in v["conditions"]] == ["attribution", "share-alike", "indicate-changes"]
    assert datago.can_use("other-open", "commercial")["allowed"] == "unknown"
    with pytest.raises(datago.LicenseError) as e:
        datago.can_use("CC-BY-4.0", "resell")
    assert e.value.code == "license.purpose-unknown"


def test_attribution_is_escaped_in_html_and_markdown():
    html = datago.attribution(DATASET, format="html")["text"]
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;kutip&#39;" in html
    assert 'rel="license"' in html and html.startswith('<p class="datago-attribution" lang="id">')
    md = datago.attribution(DATASET, format="md")["text"]
    assert r"\<script\>" in md and "<script>" not in md
    en = datago.attribution(datago.Dataset.from_dict(DATASET), lang="en")
    assert en["text"].startswith("“Population” by disdukcapil")
    assert en["license"] == "CC-BY-4.0"
    # A resource inherits the dataset's licence, or has its own.
    assert datago.attribution(DATASET, resource="r-1")["license"] == "CC-BY-4.0"
    assert datago.attribution(DATASET, resource=1)["license"] == "CC-BY-NC-4.0"
    cc4 = datago.attribution(DATASET, lang="en", cc4=True, omit_title=True)
    assert cc4["title"] is None and cc4["text"].startswith("Data by disdukcapil")
    adapted = datago.attribution(DATASET, lang="en", modifications="totals per kecamatan")
    assert adapted["text"].startswith("Adapted from") and adapted["modified"]
    with pytest.raises(datago.InvalidArgumentError):
        datago.attribution(DATASET, resource=7)
    with pytest.raises(datago.InvalidArgumentError):
        datago.attribution(DATASET, format="pdf")
    with pytest.raises(datago.ParseError):
        datago.attribution("{")


def test_dataset_licence_findings():
    codes = {(f.code, f.path) for f in datago.check_dataset_license(DATASET)}
    assert codes == {("license.resource.not-open", "/resources/1/license")}
    # The same finding comes out of validation.
    assert ("license.resource.not-open", "/resources/1/license") in {
        (f.code, f.path) for f in datago.Dataset.from_dict(DATASET).validate()
    }
    unknown = datago.check_dataset_license({"id": "d", "slug": "dd", "license": "cc-bx"}, lang="en")
    assert unknown[0].code == "license.unknown" and "did you mean" in unknown[0].message


def test_replica_credit_and_homepage():
    block = datago.replica_credit("Satu Data Kabupaten X", lang="id", format="html")
    assert 'href="https://datago.magelangkota.go.id"' in block and 'alt="Logo DataGO"' in block
    report = datago.check_homepage(f"<html><body><footer>{block}</footer></body></html>")
    assert report == {"compliant": True, "link": True, "logo": True, "findings": []}
    evil = datago.replica_credit('<script>alert("x")</script>', lang="en")
    assert "<script>" not in evil and "&lt;script&gt;" in evil
    hidden = datago.check_homepage(f'<body><div hidden>{block}</div></body>'.encode())
    assert not hidden["compliant"]
    assert {f["code"] for f in hidden["findings"]} == {"replica.homepage.link-hidden", "replica.homepage.logo-hidden"}
    for bad, code in [("", "replica.input.empty"), ("no markup", "replica.input.not-html"), (b"\xff\xfe<a>", "replica.input.not-text")]:
        with pytest.raises(datago.ReplicaError) as e:
            datago.check_homepage(bad)
        assert e.value.code == code


def test_terms():
    ok = {
        "commercialUse": False,
        "reReplication": False,
        "thirdPartyTransfer": False,
        "governmentUseOnly": True,
        "ipOwner": "Pemerintah Kota Magelang",
        "hakiCertificate": "EC00202180161",
    }
    assert datago.check_terms(ok) == []
    bad = datago.check_terms({**ok, "commercialUse": True, "hakiCertificate": "EC1"})
    assert {f.code for f in bad} == {"replica.terms.commercial-use", "replica.terms.haki-certificate"}
    text = datago.check_terms_text("Aplikasi ini boleh dijual kembali.")
    assert "replica.terms.commercial-use" in {f.code for f in text}
    assert {t["code"] for t in datago.replication_terms()} == {"commercial-use", "re-replication", "government-use", "ip-owner"}
    with pytest.raises(datago.ParseError):
        datago.check_terms("{")
