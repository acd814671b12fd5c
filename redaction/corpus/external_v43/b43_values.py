"""PHI value generators and clinical snippets (with keep markup) for blind43."""

from __future__ import annotations

from b43_core import D, P, m, pick

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
US_PLACES = [("Lowell", "MA", "018"), ("Dearborn", "MI", "481"), ("Garden Grove", "CA", "928"), ("Fresno", "CA", "937"),
             ("St. Paul", "MN", "551"), ("Fort Worth", "TX", "761"), ("Flushing", "NY", "113"), ("Hamtramck", "MI", "482"),
             ("Tukwila", "WA", "981"), ("Columbus", "OH", "432"), ("Clarkston", "GA", "300"), ("Fargo", "ND", "581"),
             ("Falls Church", "VA", "220"), ("Worcester", "MA", "016"), ("Sunnyvale", "CA", "940")]
STREETS = ["Alder Ridge Rd", "Kenwood Ave", "Maple Hollow Ln", "Harbor View Dr", "Orchard St", "Prospect Terrace",
           "Juniper Way", "W Lakeview Blvd", "Cedar Court", "N Elm St", "Riverside Pkwy", "Sycamore Pl"]
ABROAD = [("Reykjavík", "105"), ("Hanoi", "100000"), ("Mogadishu", ""), ("Addis Ababa", "1000"), ("Auckland", "1010"),
          ("Nuku'alofa", ""), ("Lagos", "100001"), ("Kumasi", ""), ("Debrecen", "4032"), ("Busan", "48058"),
          ("Yangon", "11181"), ("Chennai", "600004"), ("Kabul", "1001"), ("Guadalajara", "44100"), ("Porto", "4050-262"),
          ("Rotterdam", "3011 AB"), ("Ludhiana", "141001"), ("Osaka", "530-0001"), ("Kaohsiung", "800")]
FACILITIES = ["St. Brigid Regional Medical Center", "Harbourview Community Hospital", "Lakeshore Imaging Associates",
              "Northgate Children's Hospital", "Riverbend Family Health Center", "Mercy Valley Medical Center",
              "Eastfield Refugee Health Clinic", "Cedar Crest Imaging", "Summit Transplant Institute",
              "Good Samaritan Hospice of the Plains", "Westbrook Travel Medicine Clinic", "Prairie Oncology Partners"]
FOREIGN_FAC = ["Landspítali Fossvogur Annex", "Bệnh viện Đa khoa Tâm Phúc", "Hospital Universitario San Rafael",
               "Korle View Teaching Hospital", "Klinikum Nordstadt", "Tūranga Health Clinic", "Saint Paul's Millennium Clinic",
               "Hospital de Santo António dos Capuchos Norte", "Shwe Pyi Thar Specialist Hospital", "Apollo Crescent Hospital",
               "Seoul Hannam Medical Center", "Debreceni Klinika Kelet", "Ruby Hall Annex Imaging Centre"]
DOMAINS = ["example.org", "example.com", "example.net", "mail.example.com", "health.example.org"]


def date(rng, year=None, kind=None) -> str:
    y = year or rng.choice([2024, 2025, 2026])
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    kind = kind if kind is not None else rng.randrange(10)
    return [f"{mo:02d}/{d:02d}/{y}", f"{mo}/{d}/{str(y)[2:]}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}-{MONTHS[mo-1][:3]}-{y}",
            f"{MONTHS[mo-1]} {d}, {y}", f"{d} {MONTHS[mo-1]} {y}", f"{MONTHS[mo-1][:3]} {d}, {y}", f"{y}{mo:02d}{d:02d}",
            f"{d}.{mo}.{y}", f"{MONTHS[mo-1]} {d}"][kind]


def dob(rng, old=False, kind=None) -> str:
    y = rng.randint(1928, 1935) if old else rng.randint(1940, 2022)
    return date(rng, y, kind if kind is not None else rng.choice([0, 2, 3, 4, 5, 8]))


def time(rng, kind=None) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    kind = kind if kind is not None else rng.randrange(5)
    return [f"{h:02d}:{mi:02d}", f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}", f"{h:02d}{mi:02d} hours",
            f"{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", f"{(h % 12) or 12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"][kind]


def dt(rng) -> str:
    return D(date(rng)) + " " + D(time(rng))


def phone(rng) -> str:
    a, n = rng.choice(["617", "313", "714", "559", "651", "817", "718", "206", "404", "701"]), rng.randint(100, 199)
    n = f"{n % 100:02d}"
    return pick(rng, [f"({a}) 555-01{n}", f"{a}-555-01{n}", f"{a}.555.01{n}", f"+1 {a} 555 01{n}", f"555-01{n}"])


def intl_phone(rng) -> str:
    return f"+{rng.choice(['354', '84', '251', '64', '676', '234', '36', '95', '91'])} 555 01{rng.randint(0, 99):02d}"


def mrn(rng) -> str:
    return pick(rng, [str(rng.randint(1000000, 99999999)), f"E{rng.randint(1000000, 9999999)}",
                      f"MR-{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"])


def acc(rng) -> str:
    return pick(rng, [f"RAD{rng.randint(24, 26)}-{rng.randint(100000, 999999)}", f"A{rng.randint(10000000, 99999999)}",
                      f"CT-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}", f"ACC{rng.randint(1000000, 9999999)}"])


def ssn(rng) -> str:
    return f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def plan(rng) -> str:
    return pick(rng, [f"XEH{rng.randint(100000000, 999999999)}", f"MCD-{rng.randint(10000000, 99999999)}",
                      f"W{rng.randint(10000000, 99999999)}01", f"RPH-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"])


def account(rng) -> str:
    return pick(rng, [f"HAR {rng.randint(40000000, 59999999)}", f"{rng.randint(800000000, 899999999)}",
                      f"ACCT-{rng.randint(100000, 999999)}", f"V{rng.randint(1000000, 9999999)}"])


def serial(rng) -> str:
    return pick(rng, [f"PJN{rng.randint(100000, 999999)}S", f"SN-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFK')}{rng.randint(100, 999)}",
                      f"HM3-{rng.randint(10000, 99999)}", f"RNB{rng.randint(100000, 999999)}", f"8{rng.randint(10000, 99999)}-WX"])


def email(rng, p=None) -> str:
    base = "".join(c for c in (p["given"] if p else pick(rng, ["radsched", "interp", "his.team", "mpi.desk"])).lower() if c.isalpha() or c == ".")
    from b43_names import fold
    base = fold(base) or "family"
    return f"{base}.{rng.randint(10, 99)}@{pick(rng, DOMAINS)}"


def url(rng, what="portal") -> str:
    return pick(rng, [f"https://{what}.example.org/share/{rng.randint(100000, 999999)}",
                      f"https://images.example.net/view?study={rng.randint(1000000, 9999999)}",
                      f"http://10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}/viewer/{rng.randint(1000, 9999)}",
                      f"https://{what}.example.com/msg/{rng.randint(10000, 99999)}"])


def ip(rng) -> str:
    return pick(rng, [f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                      f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def us_address(rng, sep=", ") -> str:
    city, st, z = pick(rng, US_PLACES)
    street = f"{rng.randint(12, 9876)} {pick(rng, STREETS)}" + pick(rng, ["", "", f", Apt {rng.randint(1, 40)}{pick(rng, 'ABCD')}", f" Unit {rng.randint(1, 300)}"])
    return f"{m('STREET_ADDRESS', street)}{sep}{m('CITY', city)}, {st} {m('ZIP', z + str(rng.randint(10, 99)))}"


def abroad_address(rng) -> str:
    city, z = pick(rng, ABROAD)
    return m("CITY", city) + (" " + m("ZIP", z) if z else "")


def facility(rng, foreign=False) -> str:
    return m("FACILITY", pick(rng, FOREIGN_FAC if foreign else FACILITIES))


def age(rng, old=None, form=None) -> str:
    """An age phrase: over 89 -> AGE_OVER_89 number only; else an age_under_90 keep span."""
    old = rng.random() < 0.2 if old is None else old
    a = rng.randint(90, 103) if old else rng.randint(1, 88)
    form = form if form is not None else rng.randrange(4)
    if old:
        n = m("AGE_OVER_89", a)
        return [f"{n}-year-old", f"{n} y/o", f"{n}Y", f"age {n}"][form]
    return m("age_under_90", [f"{a}-year-old", f"{a} y/o", f"{a}Y", f"{a} years"][form])


# (modality, exam, findings sentences, impression sentences) — markup for keep spans
A = lambda v: m("anatomy", v)  # noqa: E731
ME = lambda v: m("measurement", v)  # noqa: E731
E = lambda v: m("eponym", v)  # noqa: E731
S = lambda v: m("score", v)  # noqa: E731
SQ = lambda v: m("sequence", v)  # noqa: E731
V = lambda v: m("vertebral_level", v)  # noqa: E731
MO = lambda v: m("modality", v)  # noqa: E731

EXAMS = [
    ("CT", f"{MO('CT')} chest with contrast", [
        f"A {ME('6 mm')} solid nodule in the {A('right lower lobe')}, unchanged.",
        f"Mild {A('mediastinal')} lymphadenopathy, largest node {ME('1.2 cm')} short axis.",
        f"No pleural effusion. {E('Kerley B lines')} are absent."],
     [f"{S('Lung-RADS 2')}; routine annual screening.", f"Follow-up {MO('CT')} per {S('Fleischner')} guidance."]),
    ("MR", f"{MO('MRI')} knee without contrast", [
        f"{E('Baker cyst')} measuring {ME('3.1 x 1.4 cm')}.",
        f"Horizontal tear of the {A('posterior horn of the medial meniscus')}.",
        f"Marrow edema on {SQ('STIR')} in the {A('lateral femoral condyle')}."],
     [f"Medial meniscal tear with a small {E('Baker cyst')}."]),
    ("MR", f"{MO('MRI')} lumbar spine", [
        f"Disc bulge at {V('L4-L5')} with mild {A('neural foraminal')} narrowing.",
        f"Small protrusion at {V('L5-S1')} contacting the {A('S1 nerve root')}.",
        f"{E('Schmorl node')} at the inferior endplate of {V('L2')}."],
     [f"Degenerative change, worst at {V('L4-L5')}."]),
    ("MG", f"Diagnostic {MO('mammogram')}", [
        f"A {ME('9 mm')} irregular mass in the {A('left breast')} at 2 o'clock.",
        f"Scattered fibroglandular density.", f"No suspicious {A('axillary')} lymph nodes."],
     [f"{S('BI-RADS 4')}: tissue sampling recommended.", f"{S('BI-RADS 2')}: benign."]),
    ("US", f"{MO('US')} thyroid", [
        f"{A('Right thyroid lobe')} nodule {ME('1.8 x 1.1 x 1.0 cm')}, solid, hypoechoic.",
        f"Background heterogeneity suggests {E('Hashimoto thyroiditis')}."],
     [f"{S('TI-RADS 4')} nodule; FNA recommended."]),
    ("XR", f"{MO('XR')} wrist 3 views", [
        f"Transverse fracture of the {A('distal radius')} with dorsal angulation, a {E('Colles fracture')}.",
        f"The {A('ulnar styloid')} is intact."],
     [f"{E('Colles fracture')}."]),
    ("MR", f"{MO('MRI')} brain with and without contrast", [
        f"Scattered foci of {SQ('T2 FLAIR')} hyperintensity in the {A('periventricular white matter')}.",
        f"No restricted diffusion on {SQ('DWI')}. No microhemorrhage on {SQ('SWI')}.",
        f"Tonsillar descent of {ME('7 mm')}, consistent with {E('Chiari I malformation')}."],
     [f"{E('Chiari I malformation')}; nonspecific white matter foci."]),
    ("CT", f"{MO('CT')} abdomen and pelvis", [
        f"Wall thickening of the {A('terminal ileum')} over {ME('12 cm')}, compatible with active {E('Crohn disease')}.",
        f"{A('Left renal')} cyst, {S('Bosniak IIF')}, {ME('2.4 cm')}.", f"{E('Meckel diverticulum')} is not identified."],
     [f"Active {E('Crohn disease')}.", f"{S('Bosniak IIF')} cyst; follow-up in 6 months."]),
    ("MR", f"{MO('MRI')} shoulder", [
        f"{E('Hill-Sachs lesion')} of the {A('posterolateral humeral head')}.",
        f"Anteroinferior labral tear, a {E('Bankart lesion')}."],
     [f"Sequela of anterior dislocation with {E('Hill-Sachs lesion')} and {E('Bankart lesion')}."]),
    ("MR", f"{MO('MRI')} prostate", [
        f"{ME('1.3 cm')} lesion in the {A('left peripheral zone')}, restricted on {SQ('DWI')}.",
        f"No extracapsular extension on {SQ('T2')}."],
     [f"{S('PI-RADS 4')} lesion; targeted biopsy recommended."]),
    ("CT", f"{MO('CT')} liver triphasic", [
        f"{ME('2.2 cm')} arterially enhancing lesion in {A('segment 7')} with washout.",
        f"Nodular liver contour."], [f"{S('LI-RADS 4')} observation."]),
    ("US", f"Pelvic {MO('US')}", [f"{A('Right ovary')} cyst {ME('4.1 cm')}, unilocular.",
                                   f"Endometrium {ME('6 mm')}."], [f"{S('O-RADS 2')}."]),
    ("CT", f"{MO('CT')} cervical spine", [f"Nondisplaced fracture of the {V('C6')} lamina.",
                                           f"Disc osteophyte complex at {V('C5-C6')}."], [f"{V('C6')} laminar fracture."]),
    ("XR", f"{MO('XR')} chest PA and lateral", [f"Upper lobe predominant nodularity with {A('hilar')} fullness.",
                                                 f"Calcified {A('left hilar')} node, likely old granulomatous disease."],
     ["No acute cardiopulmonary process."]),
]


def exam(rng):
    return pick(rng, EXAMS)


def report_block(rng, ex=None, headers=True) -> str:
    mod, name, fnd, imp = ex or exam(rng)
    f = rng.sample(fnd, rng.randint(1, len(fnd)))
    i = pick(rng, imp)
    if headers:
        return f"{m('section_header', 'FINDINGS')}:\n" + "\n".join(f) + f"\n\n{m('section_header', 'IMPRESSION')}:\n{i}"
    return " ".join(f) + " " + i
