#!/usr/bin/env python3
"""Writes tests/vectors/replication.json: the conformance vectors of the replication module,
and the clean base plans they change, tests/vectors/replication/{kerja-sama,mandiri,fasilitasi}.json.

A case names a base plan and a JSON Patch (RFC 6902: add, remove, replace) making the one change
it is about; its expected output is written by hand below. The patch is computed from the edit
written below so it cannot drift from it. The Rust, Python and JS runners read the JSON files,
not this script.

    python3 scripts/gen-replication-vectors.py
"""

import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "vectors" / "replication.json"
BASES = ROOT / "tests" / "vectors" / "replication"

CONTACT = {"name": "Bidang Statistik", "email": "satudata@kabupatencontoh.example"}
MAGELANG = {
    "name": "Dinas Komunikasi, Informatika dan Statistik",
    "government": "Pemerintah Kota Magelang",
    "homepage": "https://datago.magelangkota.go.id",
    "contacts": [{"name": "Walidata Kota Magelang", "url": "https://datago.magelangkota.go.id"}],
}
REPLICATOR = {
    "name": "Dinas Komunikasi dan Informatika",
    "government": "Pemerintah Kabupaten Contoh",
    "contacts": [CONTACT],
}
FACILITATOR = {
    "name": "Biro Organisasi Setda Provinsi Contoh",
    "government": "Pemerintah Provinsi Contoh",
    "contacts": [{"name": "Bagian Inovasi", "email": "inovasi@provinsicontoh.example"}],
}


def sig(position, party, capacity):
    return {"name": "Pejabat contoh", "position": position, "party": party, "capacity": capacity}


NK = {
    "kind": "nota-kesepakatan",
    "number": "000/NK/2026",
    "planned": "2026-03-10",
    "signed": "2026-03-10",
    "signatories": [
        sig("Wali Kota Magelang", "asal", "kepala-daerah"),
        sig("Bupati Contoh", "replikator", "kepala-daerah"),
    ],
}
PKS = {
    "kind": "perjanjian-kerja-sama",
    "number": "000/PKS/2026",
    "planned": "2026-03-24",
    "signed": "2026-03-24",
    "signatories": [
        sig("Kepala Diskominfo dan Statistik Kota Magelang", "asal", "kepala-perangkat-daerah"),
        sig("Kepala Diskominfo Kabupaten Contoh", "replikator", "kepala-perangkat-daerah"),
    ],
}

PRINCIPLES = [
    {"principle": p, "how": {"id": f"Cara memenuhi prinsip {p}."}}
    for p in ["jujur", "kesesuaian-kebutuhan", "efisien", "nilai-tambah", "sinergitas"]
]


def item(id, stage, activity, start, end, cost, done=False):
    it = {
        "id": id,
        "stage": stage,
        "what": {"id": f"Kegiatan {id}"},
        "who": "Tim Pelaksana",
        "start": start,
        "end": end,
        "output": {"id": f"Output {id}"},
        "method": "Rapat dan lokakarya",
        "cost": cost,
    }
    if activity:
        it["activity"] = activity
    if done:
        it["progress"] = {"status": "selesai", "percent": 100, "actualStart": start, "actualEnd": end, "spent": cost, "updated": end}
    return it


PERSIAPAN = [
    item("A01", "persiapan", "identifikasi-masalah", "2026-01-12", "2026-01-30", 5000000, True),
    item("A02", "persiapan", "mengenali-inovasi", "2026-02-02", "2026-02-20", 5000000, True),
    item("A03", "persiapan", "mempersiapkan-sumber-daya", "2026-02-16", "2026-03-06", 2500000, True),
]
KESEPAKATAN = item("A04", "persiapan", "kesepakatan-kerja-sama", "2026-03-02", "2026-03-24", 10000000, True)
REST = [
    item("A05", "perencanaan", "rencana-aksi", "2026-04-01", "2026-04-17", 4000000),
    item("A06", "perencanaan", "tim-pelaksana", "2026-04-01", "2026-04-06", 0),
    item("A07", "perencanaan", "penguatan-kapasitas", "2026-05-04", "2026-05-15", 40000000),
    item("A08", "perencanaan", "pengembangan-model", "2026-05-18", "2026-06-19", 25000000),
    item("A09", "perencanaan", "metode-replikasi", "2026-04-13", "2026-04-17", 0),
    item("A10", "replikasi", "pelaksanaan-rencana-aksi", "2026-07-01", "2026-12-18", 120000000),
    item("A11", "replikasi", "monitoring", "2026-07-01", "2027-06-30", 10000000),
    item("A12", "evaluasi", "evaluasi-replikasi", "2027-01-04", "2027-12-17", 20000000),
    item("A13", "evaluasi", "pengukuran-manfaat-dampak", "2027-06-01", "2027-12-17", 15000000),
]
DIFUSI = [
    item("F01", "difusi-inovasi", "pendokumentasian-inovasi", "2025-10-01", "2025-10-31", 0, True),
    item("F02", "difusi-inovasi", "pemodelan-inovasi", "2025-11-03", "2025-11-28", 0, True),
    item("F03", "difusi-inovasi", "bursa-inovasi", "2025-12-08", "2025-12-10", 0, True),
]

TEAM = {
    "decree": {"number": "800/001/2026", "date": "2026-04-06", "issuedBy": "kepala-perangkat-daerah"},
    "members": [
        {"name": "Budi", "position": "Kepala Dinas", "role": "penanggung-jawab"},
        {"name": "Sri", "position": "Kepala Bidang Statistik", "role": "ketua", "competence": "Tata kelola statistik sektoral"},
        {"name": "Agus", "position": "Pranata Komputer", "role": "anggota", "competence": "Server Linux dan basis data"},
    ],
}
EVALUATION = {
    "period": {"start": "2027-01-01", "end": "2027-12-31"},
    "indicators": [
        {"id": "I1", "kind": "manfaat", "name": {"id": "Dataset terbit"}, "unit": "dataset", "baseline": 0, "target": 200},
        {"id": "I2", "kind": "dampak", "name": {"id": "Kunjungan portal per bulan"}, "unit": "kunjungan", "baseline": 0, "target": 3000},
    ],
}


def kerja_sama():
    return copy.deepcopy({
        "id": "replikasi-datago-kabupaten-contoh",
        "title": {"id": "Rencana Replikasi DataGO Kabupaten Contoh"},
        "model": "kerja-sama",
        "actors": {"original": MAGELANG, "replicator": REPLICATOR},
        "agreements": [NK, PKS],
        "principles": PRINCIPLES,
        "methods": [{"method": "pendampingan"}, {"method": "studi-tiru"}],
        "team": TEAM,
        "budget": {"ceiling": 300000000, "source": "APBD Kabupaten Contoh 2026", "fiscalYears": [2026, 2027]},
        "actionPlan": PERSIAPAN + [KESEPAKATAN] + REST,
        "evaluation": EVALUATION,
        "provisions": {"acknowledged": list(range(1, 18)), "by": "Kepala Diskominfo Kabupaten Contoh", "date": "2026-03-24"},
    })


def mandiri():
    p = kerja_sama()
    p["model"] = "mandiri"
    p["agreements"] = []
    p["methods"] = [{"method": "website"}, {"method": "pameran"}]
    p["actionPlan"] = copy.deepcopy(PERSIAPAN + REST)
    p["provisions"] = {"acknowledged": [], "by": ""}
    return p


def fasilitasi():
    p = kerja_sama()
    p["model"] = "fasilitasi"
    p["actors"]["facilitator"] = FACILITATOR
    p["agreements"][1]["signatories"].append(sig("Kepala Biro Organisasi Provinsi Contoh", "fasilitator", "lainnya"))
    p["methods"] = [{"method": "seminar"}, {"method": "coaching-clinic"}]
    p["actionPlan"] = copy.deepcopy(DIFUSI + PERSIAPAN + [KESEPAKATAN] + REST)
    return p


def F(code, severity, path):
    return {"code": code, "severity": severity, "path": path}


cases = []


def pointer_token(k):
    return str(k).replace("~", "~0").replace("/", "~1")


def diff(a, b, path=""):
    """A JSON Patch turning `a` into `b`."""
    if a == b:
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        ops = []
        for k in a:
            if k not in b:
                ops.append({"op": "remove", "path": f"{path}/{pointer_token(k)}"})
        for k in b:
            if k not in a:
                ops.append({"op": "add", "path": f"{path}/{pointer_token(k)}", "value": b[k]})
            else:
                ops += diff(a[k], b[k], f"{path}/{pointer_token(k)}")
        return ops
    if isinstance(a, list) and isinstance(b, list):
        if len(a) == len(b):
            return [op for i in range(len(a)) for op in diff(a[i], b[i], f"{path}/{i}")]
        if len(b) > len(a) and b[: len(a)] == a:
            return [{"op": "add", "path": f"{path}/-", "value": v} for v in b[len(a):]]
        if len(b) < len(a):
            for i in range(len(a)):
                if a[:i] + a[i + 1:] == b:
                    return [{"op": "remove", "path": f"{path}/{i}"}]
    return [{"op": "replace", "path": path, "value": b}]


BASE_PLANS = {}


def check(name, plan, findings, as_of=None, homepage=None):
    base, patch = as_patch(plan)
    c = {"name": name, "op": "replication-check", "base": base, "patch": patch}
    if as_of:
        c["asOf"] = as_of
    if homepage is not None:
        c["homepage"] = homepage
    c["expect"] = {"findings": findings}
    cases.append(c)


def edit(base, fn):
    p = copy.deepcopy(base())
    fn(p)
    p["__base__"] = base.__name__
    return p


def as_patch(plan):
    plan = copy.deepcopy(plan)
    name = plan.pop("__base__", None)
    if name is None:
        name = {"kerja-sama": "kerja_sama", "mandiri": "mandiri", "fasilitasi": "fasilitasi"}[plan["model"]]
    base = {"kerja_sama": kerja_sama, "mandiri": mandiri, "fasilitasi": fasilitasi}[name]()
    file = name.replace("_", "-")
    BASE_PLANS[file] = base
    return file, diff(base, plan)


def ap(p, id):
    return next(i for i in p["actionPlan"] if i["id"] == id)


def setp(**kw):
    def f(p):
        p.update(kw)
    return f


# --- clean plans ---------------------------------------------------------------------------
check("complete Kerja Sama plan: no findings", kerja_sama(), [])
check("complete Mandiri plan: no findings", mandiri(), [])
check("complete Fasilitasi plan: no findings", fasilitasi(), [])
check("complete plan on a date when nothing is late: no findings", kerja_sama(), [], as_of="2026-03-30")
check(
    "Mandiri: no agreements, provisions or competence needed, any funding",
    edit(mandiri, lambda p: (p["team"]["members"][1].pop("competence"), p["team"]["members"][2].pop("competence"), ap(p, "A05").update(fundedBy="instansi-asal"))),
    [],
)

# --- plan and actors -----------------------------------------------------------------------
check("plan id missing", edit(kerja_sama, setp(id="")), [F("replication.plan.id-missing", "error", "/id")])
check("plan title missing", edit(kerja_sama, setp(title={})), [F("replication.plan.title-missing", "warning", "/title")])
check(
    "replicator name missing",
    edit(kerja_sama, lambda p: p["actors"].__setitem__("replicator", {**REPLICATOR, "name": " "})),
    [F("replication.actor.name-missing", "error", "/actors/replicator/name")],
)
check(
    "original agency without contact",
    edit(kerja_sama, lambda p: p["actors"].__setitem__("original", {**MAGELANG, "contacts": []})),
    [F("replication.actor.contact-missing", "warning", "/actors/original/contacts")],
)
check(
    "replicator contact with a bad e-mail address (contact rules, re-rooted)",
    edit(kerja_sama, lambda p: p["actors"].__setitem__("replicator", {**REPLICATOR, "contacts": [{"name": "X", "email": "bukan-surel"}]})),
    [F("contact.email.invalid", "error", "/actors/replicator/contacts/0/email")],
)
check(
    "Fasilitasi without a facilitator",
    edit(fasilitasi, lambda p: p["actors"].pop("facilitator")),
    [F("replication.facilitator.missing", "error", "/actors/facilitator")],
)
check(
    "Kerja Sama with a facilitator",
    edit(kerja_sama, lambda p: p["actors"].__setitem__("facilitator", FACILITATOR)),
    [F("replication.facilitator.unexpected", "warning", "/actors/facilitator")],
)
check(
    "replica address not a URL (and the homepage not checked)",
    edit(kerja_sama, setp(replicaUrl="satudata.kabupatencontoh")),
    [F("replication.replica-url.invalid", "error", "/replicaUrl"), F("replication.homepage.unchecked", "info", "/replicaUrl")],
)
check(
    "replica address without a homepage check (provision 9)",
    edit(kerja_sama, setp(replicaUrl="https://satudata.kabupatencontoh.example")),
    [F("replication.homepage.unchecked", "info", "/replicaUrl")],
)
check(
    "homepage check passed",
    edit(kerja_sama, setp(replicaUrl="https://satudata.kabupatencontoh.example")),
    [],
    homepage={"compliant": True, "url": "https://satudata.kabupatencontoh.example"},
)
check(
    "homepage check failed (provision 9)",
    edit(kerja_sama, setp(replicaUrl="https://satudata.kabupatencontoh.example")),
    [F("replication.homepage.noncompliant", "error", "/replicaUrl")],
    homepage={
        "compliant": False,
        "findings": [
            {
                "code": "replica.logo.missing",
                "severity": "error",
                "path": "",
                "message": {"id": "Logo DataGO tidak ditemukan.", "en": "The DataGO logo was not found."},
            }
        ],
    },
)

# --- agreements ----------------------------------------------------------------------------
check(
    "Kerja Sama without a Perjanjian Kerja Sama",
    edit(kerja_sama, lambda p: p["agreements"].pop()),
    [F("replication.agreement.missing", "error", "/agreements")],
)
check(
    "Nota Kesepakatan listed twice",
    edit(kerja_sama, lambda p: p["agreements"].append(copy.deepcopy(NK))),
    [F("replication.agreement.duplicate", "warning", "/agreements/2")],
)
check(
    "agreement without a date",
    edit(kerja_sama, lambda p: (p["agreements"][1].pop("planned"), p["agreements"][1].pop("signed"))),
    [F("replication.agreement.date-missing", "error", "/agreements/1")],
)
check(
    "Nota Kesepakatan without the replicator's head of region",
    edit(kerja_sama, lambda p: p["agreements"][0].__setitem__("signatories", p["agreements"][0]["signatories"][:1])),
    [F("replication.agreement.signatory-missing", "error", "/agreements/0/signatories")],
)
check(
    "Fasilitasi: Perjanjian Kerja Sama not tripartite",
    edit(fasilitasi, lambda p: p["agreements"][1]["signatories"].pop()),
    [F("replication.agreement.signatory-missing", "error", "/agreements/1/signatories")],
)
check(
    "Perjanjian Kerja Sama signed before the Nota Kesepakatan",
    edit(kerja_sama, lambda p: p["agreements"][1].update(planned="2026-03-05", signed="2026-03-05")),
    [F("replication.agreement.order", "error", "/agreements/1/signed")],
)
check(
    "agreement after planning starts",
    edit(kerja_sama, lambda p: p["agreements"][1].update(planned="2026-04-10", signed="2026-04-10")),
    [F("replication.agreement.after-planning", "error", "/agreements/1/signed")],
)
check(
    "agreement planned, not signed, date passed",
    edit(kerja_sama, lambda p: p["agreements"][1].pop("signed")),
    [F("replication.agreement.overdue", "warning", "/agreements/1/planned")],
    as_of="2026-03-30",
)

# --- principles and methods ----------------------------------------------------------------
check(
    "principle Sinergitas not explained",
    edit(kerja_sama, lambda p: p["principles"].pop()),
    [F("replication.principle.missing", "error", "/principles")],
)
check(
    "principle Jujur with a blank explanation",
    edit(kerja_sama, lambda p: p["principles"].__setitem__(0, {"principle": "jujur", "how": {"id": "  "}})),
    [F("replication.principle.missing", "error", "/principles/0/how")],
)
check(
    "principle explained twice",
    edit(kerja_sama, lambda p: p["principles"].append({"principle": "efisien", "how": "Lagi."})),
    [F("replication.principle.duplicate", "warning", "/principles/5")],
)
check("no method", edit(kerja_sama, setp(methods=[])), [F("replication.method.missing", "error", "/methods")])
check(
    "method of another model",
    edit(kerja_sama, lambda p: p["methods"].append({"method": "seminar"})),
    [F("replication.method.other-model", "warning", "/methods/2/method")],
)
check(
    "other method without a description",
    edit(kerja_sama, lambda p: p["methods"].append({"method": "lainnya"})),
    [F("replication.method.other-undescribed", "error", "/methods/2/note")],
)
check(
    "Fasilitasi with another means",
    edit(fasilitasi, lambda p: p["methods"].append({"method": "lainnya", "note": "Webinar bulanan"})),
    [F("replication.method.other-not-listed", "info", "/methods/2/method")],
)

# --- team ----------------------------------------------------------------------------------
check("no team", edit(kerja_sama, setp(team=None)), [F("replication.team.missing", "error", "/team")])
check(
    "team without decree",
    edit(kerja_sama, lambda p: p["team"].pop("decree")),
    [F("replication.team.decree-missing", "warning", "/team/decree")],
)
check(
    "team decree after capacity building starts",
    edit(kerja_sama, lambda p: p["team"]["decree"].update(date="2026-05-11")),
    [F("replication.team.decree-late", "warning", "/team/decree/date")],
)
check(
    "team without members",
    edit(kerja_sama, lambda p: p["team"].__setitem__("members", [])),
    [F("replication.team.members-missing", "error", "/team/members")],
)
check(
    "team member without a name",
    edit(kerja_sama, lambda p: p["team"]["members"][1].update(name="")),
    [F("replication.team.member-name-missing", "error", "/team/members/1/name")],
)
check(
    "team without penanggung jawab",
    edit(kerja_sama, lambda p: p["team"]["members"][0].update(role="anggota")),
    [F("replication.team.lead-missing", "warning", "/team/members")],
)
check(
    "Kerja Sama team without recorded competence (provision 3)",
    edit(kerja_sama, lambda p: [m.pop("competence", None) for m in p["team"]["members"]]),
    [F("replication.team.competence-missing", "warning", "/team/members")],
)

# --- action plan ---------------------------------------------------------------------------
check(
    "empty action plan",
    edit(kerja_sama, setp(actionPlan=[])),
    [F("replication.action-plan.empty", "error", "/actionPlan"), F("replication.activity.missing", "warning", "/actionPlan")],
)
check(
    "misspelt field: reported, and the action plan is empty",
    edit(kerja_sama, lambda p: p.__setitem__("actonPlan", p.pop("actionPlan"))),
    [
        F("document.unknown-field", "warning", "/actonPlan"),
        F("replication.action-plan.empty", "error", "/actionPlan"),
        F("replication.activity.missing", "warning", "/actionPlan"),
    ],
)
check("activity without id", edit(kerja_sama, lambda p: ap(p, "A05").update(id="")), [F("replication.action.id-missing", "error", "/actionPlan/4/id")])
check("activity id used twice", edit(kerja_sama, lambda p: ap(p, "A06").update(id="A05")), [F("replication.action.id-duplicate", "error", "/actionPlan/5/id")])


def strip_elements(p):
    a = ap(p, "A05")
    a["who"] = ""
    a["output"] = {}
    a["method"] = " "
    a["what"] = ""
    a.pop("cost")
    a.pop("start")


check(
    "activity missing what, who, start, output, method and cost",
    edit(kerja_sama, strip_elements),
    [
        F("replication.action.element-missing", "error", f"/actionPlan/4/{e}")
        for e in ["what", "who", "start", "output", "method", "cost"]
    ],
)
check(
    "activity without any date",
    edit(kerja_sama, lambda p: (ap(p, "A12").pop("start"), ap(p, "A12").pop("end"))),
    [F("replication.action.element-missing", "error", "/actionPlan/11")],
)
check(
    "activity without an end date",
    edit(kerja_sama, lambda p: ap(p, "A12").pop("end")),
    [F("replication.action.element-missing", "error", "/actionPlan/11/end")],
)
check(
    "activity ends before it starts",
    edit(kerja_sama, lambda p: ap(p, "A12").update(start="2027-02-01", end="2027-01-20")),
    [F("replication.action.dates-reversed", "error", "/actionPlan/11/end")],
)
check(
    "Kerja Sama activity in the Difusi Inovasi stage",
    edit(kerja_sama, lambda p: p["actionPlan"].append(item("X1", "difusi-inovasi", "bursa-inovasi", "2026-01-05", "2026-01-06", 0))),
    [F("replication.action.stage-not-in-model", "error", "/actionPlan/13/stage")],
)
check(
    "unknown activity code",
    edit(kerja_sama, lambda p: p["actionPlan"].append(item("X1", "persiapan", "rapat-koordinasi", "2026-01-20", "2026-01-21", 0))),
    [F("replication.action.activity-unknown", "error", "/actionPlan/13/activity")],
)
check(
    "Mandiri with an agreement activity (not in its template)",
    edit(mandiri, lambda p: p["actionPlan"].append(copy.deepcopy(KESEPAKATAN))),
    [F("replication.action.activity-unknown", "error", "/actionPlan/12/activity")],
)
check(
    "activity in the wrong stage",
    edit(kerja_sama, lambda p: p["actionPlan"].append(item("X1", "perencanaan", "monitoring", "2026-04-20", "2026-04-21", 0))),
    [F("replication.action.activity-wrong-stage", "error", "/actionPlan/13/activity")],
)
check(
    "activity funded by Kota Magelang (provision 10)",
    edit(kerja_sama, lambda p: ap(p, "A07").update(fundedBy="instansi-asal")),
    [F("replication.action.funding-not-replicator", "error", "/actionPlan/6/fundedBy")],
)
check(
    "Kerja Sama activity funded by a facilitator",
    edit(kerja_sama, lambda p: ap(p, "A07").update(fundedBy="fasilitator")),
    [F("replication.action.funding-not-replicator", "error", "/actionPlan/6/fundedBy")],
)
check(
    "Fasilitasi activity funded by the facilitator",
    edit(fasilitasi, lambda p: ap(p, "F03").update(fundedBy="fasilitator")),
    [],
)
check(
    "template activity not planned",
    edit(kerja_sama, lambda p: p["actionPlan"].remove(ap(p, "A09"))),
    [F("replication.activity.missing", "warning", "/actionPlan")],
)
check(
    "Replikasi activity starting before planning",
    edit(kerja_sama, lambda p: ap(p, "A11").update(start="2026-03-20")),
    [F("replication.stage.order", "error", "/actionPlan/10/start")],
)
check(
    "negative cost",
    edit(kerja_sama, lambda p: ap(p, "A05").update(cost=-1000)),
    [F("replication.amount.negative", "error", "/actionPlan/4/cost")],
)

# --- budget --------------------------------------------------------------------------------
check("no budget", edit(kerja_sama, setp(budget=None)), [F("replication.budget.missing", "error", "/budget")])
check(
    "budget without ceiling",
    edit(kerja_sama, lambda p: p["budget"].pop("ceiling")),
    [F("replication.budget.missing", "error", "/budget/ceiling")],
)
check(
    "budget without source",
    edit(kerja_sama, lambda p: p["budget"].update(source="")),
    [F("replication.budget.source-missing", "warning", "/budget/source")],
)
check(
    "action plan costs more than the ceiling",
    edit(kerja_sama, lambda p: p["budget"].update(ceiling=250000000)),
    [F("replication.budget.exceeds-ceiling", "error", "/budget/ceiling")],
)
check(
    "spending above the ceiling",
    edit(kerja_sama, lambda p: p["budget"].update(ceiling=20000000)),
    [F("replication.budget.exceeds-ceiling", "error", "/budget/ceiling"), F("replication.budget.spent-over-ceiling", "error", "/budget/ceiling")],
)
check(
    "activity spent more than planned",
    edit(kerja_sama, lambda p: ap(p, "A01")["progress"].update(spent=5500000)),
    [F("replication.budget.overspent", "warning", "/actionPlan/0/progress/spent")],
)
check(
    "negative ceiling",
    edit(kerja_sama, lambda p: p["budget"].update(ceiling=-5)),
    [F("replication.amount.negative", "error", "/budget/ceiling")],
)

# --- monitoring ----------------------------------------------------------------------------
check(
    "actual end before actual start",
    edit(kerja_sama, lambda p: ap(p, "A01")["progress"].update(actualEnd="2026-01-10")),
    [F("replication.progress.dates-reversed", "error", "/actionPlan/0/progress/actualEnd")],
)
check(
    "done without an actual end date",
    edit(kerja_sama, lambda p: ap(p, "A01")["progress"].pop("actualEnd")),
    [F("replication.progress.inconsistent", "warning", "/actionPlan/0/progress/status")],
)
check(
    "not started but with an actual start",
    edit(kerja_sama, lambda p: ap(p, "A05").update(progress={"status": "belum-mulai", "actualStart": "2026-04-01"})),
    [F("replication.progress.inconsistent", "warning", "/actionPlan/4/progress/status")],
)
check(
    "progress above 100 percent",
    edit(kerja_sama, lambda p: ap(p, "A05").update(progress={"status": "berjalan", "percent": 150, "actualStart": "2026-04-01"})),
    [F("replication.progress.percent-invalid", "error", "/actionPlan/4/progress/percent")],
)
check(
    "activities late on the as-of date",
    edit(kerja_sama, lambda p: (ap(p, "A05").update(progress={"status": "berjalan", "percent": 40, "actualStart": "2026-04-01"}))),
    [
        F("replication.progress.late", "warning", "/actionPlan/4/progress"),
        F("replication.progress.late", "warning", "/actionPlan/5"),
        F("replication.progress.late", "warning", "/actionPlan/8"),
    ],
    as_of="2026-04-20",
)
check(
    "progress reported after the as-of date",
    edit(kerja_sama, lambda p: ap(p, "A03")["progress"].update(updated="2026-04-20")),
    [F("replication.date.future", "error", "/actionPlan/2/progress/updated")],
    as_of="2026-03-30",
)

# --- evaluation ----------------------------------------------------------------------------
check("no evaluation", edit(kerja_sama, setp(evaluation=None)), [F("replication.evaluation.missing", "error", "/evaluation")])
check(
    "evaluation without period",
    edit(kerja_sama, lambda p: p["evaluation"].pop("period")),
    [F("replication.evaluation.period-missing", "error", "/evaluation/period")],
)
check(
    "evaluation period reversed",
    edit(kerja_sama, lambda p: p["evaluation"].update(period={"start": "2027-12-31", "end": "2027-01-01"})),
    [F("replication.evaluation.period-reversed", "error", "/evaluation/period/end")],
)
check(
    "evaluation period of six months",
    edit(kerja_sama, lambda p: p["evaluation"].update(period={"start": "2027-01-01", "end": "2027-06-30"})),
    [F("replication.evaluation.period-short", "warning", "/evaluation/period")],
)
check(
    "evaluation period of exactly one year is long enough",
    edit(kerja_sama, lambda p: p["evaluation"].update(period={"start": "2027-03-01", "end": "2028-02-29"})),
    [],
)
check(
    "evaluation starts before replication",
    edit(kerja_sama, lambda p: p["evaluation"].update(period={"start": "2026-06-01", "end": "2027-12-31"})),
    [F("replication.evaluation.before-replication", "error", "/evaluation/period/start")],
)
check(
    "evaluation without indicators",
    edit(kerja_sama, lambda p: p["evaluation"].update(indicators=[])),
    [F("replication.evaluation.indicators-missing", "error", "/evaluation/indicators")],
)
check(
    "no impact indicator",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"].pop()),
    [F("replication.evaluation.kind-missing", "warning", "/evaluation/indicators")],
)
check(
    "indicator without name",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"][0].update(name={})),
    [F("replication.indicator.name-missing", "error", "/evaluation/indicators/0/name")],
)
check(
    "indicator without target",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"][0].pop("target")),
    [F("replication.indicator.target-missing", "error", "/evaluation/indicators/0/target")],
)
check(
    "indicator without baseline",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"][1].pop("baseline")),
    [F("replication.indicator.baseline-missing", "warning", "/evaluation/indicators/1/baseline")],
)
check(
    "lower-is-better indicator with a higher target",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"][1].update(direction="turun", baseline=10, target=12)),
    [F("replication.indicator.target-not-improvement", "warning", "/evaluation/indicators/1/target")],
)
check(
    "measurement outside the evaluation period",
    edit(kerja_sama, lambda p: p["evaluation"]["indicators"][0].update(measurements=[{"date": "2026-12-01", "value": 40}])),
    [F("replication.indicator.measurement-outside-period", "warning", "/evaluation/indicators/0/measurements/0/date")],
)

# --- provisions ----------------------------------------------------------------------------
check(
    "provisions 9 to 17 not acknowledged",
    edit(kerja_sama, lambda p: p["provisions"].update(acknowledged=list(range(1, 9)))),
    [F("replication.provision.unacknowledged", "error", "/provisions/acknowledged")],
)
check(
    "no provision 18",
    edit(kerja_sama, lambda p: p["provisions"]["acknowledged"].append(18)),
    [F("replication.provision.unknown", "error", "/provisions/acknowledged/17")],
)
check(
    "who acknowledged the provisions is not said",
    edit(kerja_sama, lambda p: p["provisions"].update(by="")),
    [F("replication.provision.acknowledger-missing", "warning", "/provisions/by")],
)

# --- unusable documents --------------------------------------------------------------------
cases.append({"name": "unknown model is a parse error", "op": "replication-check", "text": '{"model": "swasta"}', "expect": {"error": "parse.data"}})
cases.append({"name": "truncated JSON is a parse error", "op": "replication-check", "text": '{"model": "mandiri"', "expect": {"error": "parse.eof"}})

# --- templates -----------------------------------------------------------------------------
PERSIAPAN_CODES = ["identifikasi-masalah", "mengenali-inovasi", "mempersiapkan-sumber-daya"]
PERENCANAAN_CODES = ["rencana-aksi", "tim-pelaksana", "penguatan-kapasitas", "pengembangan-model", "metode-replikasi"]
REPLIKASI_CODES = ["pelaksanaan-rencana-aksi", "monitoring"]
EVALUASI_CODES = ["evaluasi-replikasi", "pengukuran-manfaat-dampak"]
LATER = [["perencanaan", PERENCANAAN_CODES], ["replikasi", REPLIKASI_CODES], ["evaluasi", EVALUASI_CODES]]
cases += [
    {
        "name": "Mandiri template",
        "op": "replication-template",
        "model": "mandiri",
        "replicator": "Kabupaten Contoh",
        "expect": {
            "stages": [["persiapan", PERSIAPAN_CODES]] + LATER,
            "methods": ["buku-dokumentasi", "website", "pameran"],
            "parties": ["replikator"],
            "agreements": [],
            "facilitator": False,
            "id": "replikasi-datago-kabupaten-contoh",
        },
    },
    {
        "name": "Kerja Sama template",
        "op": "replication-template",
        "model": "kerja-sama",
        "replicator": "Kabupaten Contoh",
        "expect": {
            "stages": [["persiapan", PERSIAPAN_CODES + ["kesepakatan-kerja-sama"]]] + LATER,
            "methods": ["pendampingan", "pemagangan", "studi-tiru"],
            "parties": ["asal", "replikator"],
            "agreements": ["nota-kesepakatan", "perjanjian-kerja-sama"],
            "facilitator": False,
            "id": "replikasi-datago-kabupaten-contoh",
        },
    },
    {
        "name": "Fasilitasi template (model name as typed)",
        "op": "replication-template",
        "model": "Fasilitasi",
        "replicator": "Pemerintah Kota Contoh",
        "expect": {
            "stages": [["difusi-inovasi", ["pendokumentasian-inovasi", "pemodelan-inovasi", "bursa-inovasi"]], ["persiapan", PERSIAPAN_CODES + ["kesepakatan-kerja-sama"]]] + LATER,
            "methods": ["seminar", "coaching-clinic", "website-replikasi"],
            "parties": ["asal", "replikator", "fasilitator"],
            "agreements": ["nota-kesepakatan", "perjanjian-kerja-sama"],
            "facilitator": True,
            "id": "replikasi-datago-kota-contoh",
        },
    },
    {"name": "unknown model", "op": "replication-template", "model": "swasta", "replicator": "Kabupaten Contoh", "expect": {"error": "replication.unknown-model"}},
]

# --- monitoring ----------------------------------------------------------------------------


def in_progress(p):
    ap(p, "A05")["progress"] = {"status": "selesai", "percent": 100, "actualStart": "2026-04-01", "actualEnd": "2026-04-17", "spent": 4000000}
    ap(p, "A06")["progress"] = {"status": "selesai", "actualStart": "2026-04-01", "actualEnd": "2026-04-06", "spent": 0}
    ap(p, "A07")["progress"] = {"status": "berjalan", "percent": 50, "actualStart": "2026-05-04", "spent": 30000000}
    ap(p, "A08")["progress"] = {"status": "berjalan", "percent": 20, "actualStart": "2026-05-18", "spent": 2000000}
    ap(p, "A09")["progress"] = {"status": "selesai", "actualStart": "2026-04-13", "actualEnd": "2026-04-17"}


cases += [
    {
        "name": "progress on 20 May 2026",
        "op": "replication-progress",
        **dict(zip(["base", "patch"], as_patch(edit(kerja_sama, in_progress)))),
        "asOf": "2026-05-20",
        "expect": {
            "percent": 59,
            "activities": [
                ["A01", "selesai", 100, 0], ["A02", "selesai", 100, 0], ["A03", "selesai", 100, 0], ["A04", "selesai", 100, 0],
                ["A05", "selesai", 100, 0], ["A06", "selesai", 100, 0], ["A07", "terlambat", 50, 5], ["A08", "berjalan", 20, 0],
                ["A09", "selesai", 100, 0], ["A10", "direncanakan", 0, 0], ["A11", "direncanakan", 0, 0],
                ["A12", "direncanakan", 0, 0], ["A13", "direncanakan", 0, 0],
            ],
            "stages": [
                ["persiapan", 4, 4, 0, 0, 100],
                ["perencanaan", 5, 3, 1, 1, 74],
                ["replikasi", 2, 0, 0, 0, 0],
                ["evaluasi", 2, 0, 0, 0, 0],
            ],
            "budget": {"ceiling": 300000000, "planned": 256500000, "spent": 58500000, "remaining": 241500000, "usedPercent": 23},
        },
    },
    {
        "name": "progress without a date: nothing is late",
        "op": "replication-progress",
        **dict(zip(["base", "patch"], as_patch(edit(kerja_sama, in_progress)))),
        "expect": {
            "percent": 59,
            "activities": [
                ["A01", "selesai", 100, 0], ["A02", "selesai", 100, 0], ["A03", "selesai", 100, 0], ["A04", "selesai", 100, 0],
                ["A05", "selesai", 100, 0], ["A06", "selesai", 100, 0], ["A07", "berjalan", 50, 0], ["A08", "berjalan", 20, 0],
                ["A09", "selesai", 100, 0], ["A10", "direncanakan", 0, 0], ["A11", "direncanakan", 0, 0],
                ["A12", "direncanakan", 0, 0], ["A13", "direncanakan", 0, 0],
            ],
            "stages": [
                ["persiapan", 4, 4, 0, 0, 100],
                ["perencanaan", 5, 3, 2, 0, 74],
                ["replikasi", 2, 0, 0, 0, 0],
                ["evaluasi", 2, 0, 0, 0, 0],
            ],
            "budget": {"ceiling": 300000000, "planned": 256500000, "spent": 58500000, "remaining": 241500000, "usedPercent": 23},
        },
    },
    {
        "name": "Fasilitasi progress starts with Difusi Inovasi; not started after its start is late",
        "op": "replication-progress",
        **dict(zip(["base", "patch"], as_patch(fasilitasi()))),
        "asOf": "2026-04-03",
        "expect": {
            "percent": 44,
            "activities": [
                ["F01", "selesai", 100, 0], ["F02", "selesai", 100, 0], ["F03", "selesai", 100, 0],
                ["A01", "selesai", 100, 0], ["A02", "selesai", 100, 0], ["A03", "selesai", 100, 0], ["A04", "selesai", 100, 0],
                ["A05", "terlambat", 0, 2], ["A06", "terlambat", 0, 2], ["A07", "direncanakan", 0, 0], ["A08", "direncanakan", 0, 0],
                ["A09", "direncanakan", 0, 0], ["A10", "direncanakan", 0, 0], ["A11", "direncanakan", 0, 0],
                ["A12", "direncanakan", 0, 0], ["A13", "direncanakan", 0, 0],
            ],
            "stages": [
                ["difusi-inovasi", 3, 3, 0, 0, 100],
                ["persiapan", 4, 4, 0, 0, 100],
                ["perencanaan", 5, 0, 0, 2, 0],
                ["replikasi", 2, 0, 0, 0, 0],
                ["evaluasi", 2, 0, 0, 0, 0],
            ],
            "budget": {"ceiling": 300000000, "planned": 256500000, "spent": 22500000, "remaining": 277500000, "usedPercent": 9},
        },
    },
]

# --- money ---------------------------------------------------------------------------------
cases += [
    {"name": "rupiah 12.500.000", "op": "rupiah", "amount": 12500000, "expect": {"text": "Rp 12.500.000", "parsed": [["Rp 12.500.000", 12500000], ["Rp12.500.000,00", 12500000], ["12500000", 12500000]]}},
    {"name": "rupiah zero and small", "op": "rupiah", "amount": 0, "expect": {"text": "Rp 0", "parsed": [["Rp 0", 0], ["750", 750], ["Rp 1.000", 1000]]}},
    {"name": "rupiah negative", "op": "rupiah", "amount": -75000, "expect": {"text": "-Rp 75.000", "parsed": [["-Rp 75.000", -75000]]}},
    {"name": "rupiah: not an amount", "op": "rupiah", "amount": 1, "expect": {"text": "Rp 1", "parsed": [["Rp 1.234,50", None], ["dua juta", None], ["", None]]}},
]

doc = {
    "description": (
        "Replication plans (issue 6). A case's plan is the base plan tests/vectors/replication/<base>.json "
        "changed by 'patch' (RFC 6902 JSON Patch: add, remove, replace). "
        "Op 'replication-check' checks the plan (or unreadable 'text') with the "
        "optional 'asOf' date and 'homepage' check result and compares the set of (code, severity, path); "
        "'replication-template' compares a model's template (stages with activity codes, methods, parties, "
        "agreements); 'replication-progress' compares states, stage completion and budget on 'asOf'; 'rupiah' "
        "formats and parses money. Every replication.* rule has a case. Inputs are a clean base plan with one "
        "change (written by scripts/gen-replication-vectors.py); expected outputs are written by hand there. "
        "Conformance vector: the Rust, Python and JS suites all run these cases."
    ),
    "cases": cases,
}
BASES.mkdir(exist_ok=True)
for name, plan in sorted(BASE_PLANS.items()):
    (BASES / f"{name}.json").write_text(json.dumps(plan, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)}")
