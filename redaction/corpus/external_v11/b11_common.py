"""Shared pieces for the blind11 corpus: inline marks, the stripping pass, and invented-value fakers.

Marks: PHI is written ``⟦TYPE¦value⟧`` and keep-spans ``⟪label¦value⟫``.  ``strip`` removes them in one
left-to-right pass and records offsets from the length of the text emitted so far.
"""

from __future__ import annotations

import datetime as _dt
import re

PHI_OPEN, PHI_CLOSE, KEEP_OPEN, KEEP_CLOSE, SEP = "⟦", "⟧", "⟪", "⟫", "¦"
_MARK = re.compile(r"⟦([A-Z_0-9]+)¦(.*?)⟧|⟪([a-z_0-9]+)¦(.*?)⟫", re.S)


def P(kind: str, value: str) -> str:
    """Mark a PHI value."""
    return f"{PHI_OPEN}{kind}{SEP}{value}{PHI_CLOSE}"


def K(label: str, value: str) -> str:
    """Mark a keep value."""
    return f"{KEEP_OPEN}{label}{SEP}{value}{KEEP_CLOSE}"


def strip(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Remove marks left to right; offsets come from the length emitted so far."""
    out: list[str] = []
    emitted = 0
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    for m in _MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        if any(c in chunk for c in (PHI_OPEN, PHI_CLOSE, KEEP_OPEN, KEEP_CLOSE, SEP)):
            raise ValueError(f"stray mark near {chunk[-40:]!r}")
        out.append(chunk)
        emitted += len(chunk)
        if m.group(1) is not None:
            value, target, key, kind = m.group(2), phi, "type", m.group(1)
        else:
            value, target, key, kind = m.group(4), keep, "label", m.group(3)
        if not value or value != value.strip():
            raise ValueError(f"bad span value {value!r}")
        out.append(value)
        target.append({"start": emitted, "end": emitted + len(value), key: kind, "text": value})
        emitted += len(value)
        pos = m.end()
    tail = marked[pos:]
    if any(c in tail for c in (PHI_OPEN, PHI_CLOSE, KEEP_OPEN, KEEP_CLOSE, SEP)):
        raise ValueError("stray mark at end")
    out.append(tail)
    text = "".join(out)
    for span in phi + keep:
        if text[span["start"]:span["end"]] != span["text"]:
            raise AssertionError(f"offset drift for {span}")
    return text, phi, keep


# ----------------------------------------------------------------------------------------------- people
FIRST = ["Siobhan", "Marcus", "Aaliyah", "Tomasz", "Priya", "Demetrius", "Ingrid", "Kwame", "Lucia", "Reginald",
         "Mei-Ling", "Oluwaseun", "Hannelore", "Bartholomew", "Yesenia", "Dmitri", "Fatima", "Cormac", "Anneliese",
         "Rosalind", "Thaddeus", "Nkechi", "Esperanza", "Wendell", "Ximena", "Gunnar", "Precious", "Ignatius",
         "Marisol", "Desmond", "Winifred", "Rajesh", "Tamsin", "Obadiah", "Svetlana", "Lachlan", "Beatriz",
         "Horace", "Imogen", "Jerome", "Kalani", "Leopold", "Magdalena", "Nikolai", "Ottilie", "Percival",
         "Quentin", "Roxanne", "Saoirse", "Theodora", "Ulrich", "Valentina", "Wilhelmina", "Yusuf", "Zainab",
         "Ama", "Bjorn", "Consuelo", "Delphine", "Ezekiel", "Florentyna", "Garfield", "Hyun-woo", "Jolene"]
LAST = ["Okonkwo-Bree", "Vantongeren", "Szczepanski", "Baker", "Bell", "Hill", "Graves", "Long", "Young",
        "Paget", "Addison", "Parkinson", "Cushing", "Hodgkin", "Colles", "Whitlock", "Marchetti", "Abernathy",
        "Quisenberry", "Delacroix-Ruiz", "Nakamura", "Oyelaran", "Thorvaldsen", "Fitzwilliam", "Castellanos",
        "Haverford", "Iwu", "Jaramillo", "Kowalczyk", "Lindqvist", "McAllister", "Ng", "O'Dwyer", "Pemberton",
        "Rautenbach", "Sandoval", "Tranh", "Umberger", "Vukovic", "Wojcik", "Yarborough", "Zeller", "Achterberg",
        "Brightwater", "Chaudhry", "Dunleavy", "Echeverria", "Featherstone", "Gallagher", "Holloway", "Ilunga",
        "Jablonski", "Kettering", "Lockhart", "Mbeki-Santos", "Northcutt", "Ostrowski", "Prendergast", "Rahman",
        "Stroud", "Tillinghast", "Vandermeer", "Wexley", "Crohn", "Wilms", "Schmorl", "Meckel", "Smith", "Jones"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"


class Person:
    def __init__(self, rng, last: str | None = None):
        self.first = rng.choice(FIRST)
        self.last = last or rng.choice(LAST)
        self.mi = rng.choice(MIDDLE)
        self.title = rng.choice(["Mr.", "Ms.", "Mrs.", "Mx."])

    def full(self) -> str: return f"{self.first} {self.last}"
    def fml(self) -> str: return f"{self.first} {self.mi}. {self.last}"
    def lfm(self) -> str: return f"{self.last.upper()}, {self.first.upper()} {self.mi}"
    def lf(self) -> str: return f"{self.last}, {self.first}"
    def init(self) -> str: return f"{self.first[0]}. {self.last}"
    def hl7(self) -> str: return f"{self.last.upper()}^{self.first.upper()}^{self.mi}"
    def upper(self) -> str: return f"{self.first.upper()} {self.last.upper()}"

    def any(self, rng) -> str:
        return rng.choice([self.full, self.fml, self.lfm, self.lf, self.init, self.upper])()


def name(p: Person, fmt: str = "full") -> str:
    """Marked PERSON span for a rendering of p."""
    return P("PERSON", getattr(p, fmt)())


def dr(rng, p: Person, cred: bool | None = None) -> str:
    """A clinician as written: 'Dr. Last', 'First Last, MD', 'F. Last MD' ..."""
    c = rng.choice(["MD", "MD", "DO", "MBBS", "MD, PhD"])
    form = rng.randrange(5)
    if form == 0:
        return f"Dr. {P('PERSON', p.last)}"
    if form == 1:
        return f"{name(p, 'full')}, {cred_k(c)}"
    if form == 2:
        return f"{name(p, 'init')} {cred_k(c)}"
    if form == 3:
        return f"Dr {name(p, 'fml')}"
    return f"{name(p, 'fml')}, {cred_k(c)}"


def cred_k(c: str) -> str:
    return ", ".join(K("credential", x.strip()) for x in c.split(","))


# ----------------------------------------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def rdate(rng, y0: int = 2024, y1: int = 2026) -> _dt.date:
    return _dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def dob_for(rng, age: int, ref: _dt.date) -> _dt.date:
    return _dt.date(ref.year - age - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28))


US_FMTS = ["%m/%d/%Y", "m/d/yy", "%Y-%m-%d", "%d-%b-%Y", "B d, Y", "d B Y", "b d, Y", "%Y%m%d", "%m-%d-%Y",
           "%d-%b-%Y", "%m/%d/%Y", "%Y-%m-%d"]
EU_FMTS = ["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "d B Y", "%d-%m-%Y", "%d.%m.%y"]


def fmt_date(d: _dt.date, f: str) -> str:
    if f == "m/d/yy":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if f == "B d, Y":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if f == "d B Y":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if f == "b d, Y":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if f == "m/d":
        return f"{d.month}/{d.day}"
    if f == "B d":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if f == "b. d":
        return f"{MONTHS[d.month - 1][:3]}. {d.day}"
    return d.strftime(f)


def D(rng, d: _dt.date, fmts=None) -> str:
    """Marked DATE_TIME for a date in a format drawn from fmts."""
    return P("DATE_TIME", fmt_date(d, rng.choice(fmts or US_FMTS)))


def T(rng, h: int | None = None, m: int | None = None, fmts=None) -> str:
    """Marked DATE_TIME for a time of day."""
    h = rng.randrange(24) if h is None else h
    m = rng.randrange(60) if m is None else m
    f = rng.choice(fmts or ["24", "24", "ampm", "hours", "sec", "a.m."])
    if f == "24":
        s = f"{h:02d}:{m:02d}"
    elif f == "ampm":
        s = f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    elif f == "hours":
        s = f"{h:02d}{m:02d} hours"
    elif f == "sec":
        s = f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"
    elif f == "hhmm":
        s = f"{h:02d}{m:02d}"
    else:
        s = f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    return P("DATE_TIME", s)


# ----------------------------------------------------------------------------------------------- identifiers
def digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def mrn(rng) -> str:
    return P("MRN", rng.choice([lambda: digits(rng, 8), lambda: "MR" + digits(rng, 7), lambda: "E" + digits(rng, 7),
                                lambda: digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2),
                                lambda: "H" + digits(rng, 9), lambda: digits(rng, 10)])())


def acc(rng) -> str:
    return P("ACCESSION", rng.choice([lambda: f"CT{rng.randint(24, 26)}-{digits(rng, 7)}",
                                      lambda: "A" + digits(rng, 12), lambda: "RAD" + digits(rng, 8),
                                      lambda: digits(rng, 9), lambda: f"{letters(rng, 2)}{digits(rng, 8)}"])())


def ssn(rng) -> str:
    a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return P("SSN", rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"]))


def phone(rng) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(210, 989), rng.randint(1000, 9999)
    return P("PHONE", rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                                  f"1-{a}-{b}-{c}", f"{a}-{b}-{c} ext. {rng.randint(100, 9999)}"]))


def email(rng, p: Person | None = None, domain: str | None = None) -> str:
    dom = domain or rng.choice(["example.org", "example.com", "example.net", "mail.test", "harrowvalley.example",
                                "kestrelpoint-health.test"])
    if p is None:
        local = rng.choice(["radiology.scheduling", "pacs-admin", "imaging.billing", "irb-office", "readingroom3"])
    else:
        local = rng.choice([f"{p.first.lower()}.{p.last.lower()}", f"{p.first[0].lower()}{p.last.lower()}",
                            f"{p.last.lower()}{rng.randint(1, 99)}"])
    local = local.replace("'", "").replace(" ", "")
    return P("EMAIL", f"{local}@{dom}")


def ip(rng) -> str:
    return P("IP_ADDRESS", rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(2, 254)}",
                                       f"172.{rng.randint(16, 31)}.{rng.randrange(256)}.{rng.randint(2, 254)}",
                                       f"192.168.{rng.randrange(256)}.{rng.randint(2, 254)}",
                                       f"203.0.113.{rng.randint(2, 254)}",
                                       f"2001:db8:{rng.randrange(4096):x}::{rng.randrange(4096):x}"]))


def plan_id(rng) -> str:
    return P("HEALTH_PLAN_ID", rng.choice([
        lambda: letters(rng, 3) + digits(rng, 9),
        lambda: f"{rng.randint(1, 9)}{letters(rng, 2)}{rng.randint(0, 9)}-{letters(rng, 2)}{rng.randint(0, 9)}-{letters(rng, 2)}{digits(rng, 2)}",
        lambda: "W" + digits(rng, 9), lambda: digits(rng, 11) + letters(rng, 1),
        lambda: f"{letters(rng, 1)}{digits(rng, 8)}-{digits(rng, 2)}"])())


def account(rng) -> str:
    return P("ACCOUNT_ID", rng.choice([lambda: digits(rng, 10), lambda: f"{rng.randint(24, 26)}-{digits(rng, 7)}",
                                       lambda: "V" + digits(rng, 9), lambda: "HAR" + digits(rng, 8),
                                       lambda: digits(rng, 4) + "-" + digits(rng, 6)])())


def serial(rng) -> str:
    return P("DEVICE_SERIAL", rng.choice([lambda: letters(rng, 3) + digits(rng, 6) + letters(rng, 1),
                                          lambda: digits(rng, 5) + "-" + letters(rng, 2),
                                          lambda: "SN" + digits(rng, 7), lambda: letters(rng, 2) + digits(rng, 5)])())


# ----------------------------------------------------------------------------------------------- places
US_CITIES = [("Worcester", "MA", "016"), ("Toledo", "OH", "436"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"),
             ("Fresno", "CA", "937"), ("Macon", "GA", "312"), ("Tulsa", "OK", "741"), ("Duluth", "MN", "558"),
             ("Albany", "NY", "122"), ("Mobile", "AL", "366"), ("Reading", "PA", "196"), ("Lubbock", "TX", "794"),
             ("Bangor", "ME", "044"), ("Eugene", "OR", "974"), ("Paterson", "NJ", "075"), ("Flint", "MI", "485")]
STREETS = ["Larkspur Ln", "Quarry Hill Rd", "Ostrander Avenue", "W. Fennimore St", "Cobblestone Ct", "Route 9 North",
           "Tamarack Drive", "N Juniper Blvd", "Old Mill Pike", "Halvorsen Way", "Pinecrest Terrace", "E 143rd Street",
           "Kingfisher Loop", "Saddlebrook Rd", "Wrenfield Circle"]
FAC_A = ["Harrow Valley", "Kestrel Point", "St. Brigid's", "Northgate", "Mercy Ridge", "Lantern Bay", "Cedar Hollow",
         "Bramblewood", "Silver Fork", "Ashcombe", "Holy Redeemer of the Plains", "Wyndham Crossing"]
FAC_B = ["Medical Center", "Regional Hospital", "Imaging Center", "Community Hospital", "Outpatient Imaging",
         "Cancer Institute", "Health System", "Orthopaedic & Spine Clinic", "Children's Hospital", "Dental Surgery Center"]


def street(rng) -> str:
    s = f"{rng.randint(2, 9899)} {rng.choice(STREETS)}"
    if rng.random() < 0.35:
        s += rng.choice([f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randint(1, 300)}",
                         f" #{rng.randint(2, 99)}"])
    return P("STREET_ADDRESS", s)


def us_city(rng):
    """(marked city, state, marked zip)."""
    c, st, z = rng.choice(US_CITIES)
    zp = z + digits(rng, 2) + (("-" + digits(rng, 4)) if rng.random() < 0.2 else "")
    return P("CITY", c), st, P("ZIP", zp)


def us_address(rng, sep: str = ", ") -> str:
    c, st, z = us_city(rng)
    return f"{street(rng)}{sep}{c}, {st} {z}"


def facility_name(rng) -> str:
    return f"{rng.choice(FAC_A)} {rng.choice(FAC_B)}"


def fac(rng, value: str | None = None) -> str:
    return P("FACILITY", value or facility_name(rng))


# ----------------------------------------------------------------------------------------------- keep pools
EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Addison disease", "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor", "Monteggia fracture",
           "Colles fracture", "Graves disease", "Paget disease", "Smith fracture", "Segond fracture", "Hill-Sachs lesion",
           "Bankart lesion", "Chiari I malformation", "Schmorl node", "Klatskin tumor", "Meckel diverticulum",
           "Osgood-Schlatter disease", "Schatzki ring", "Virchow node", "Morison pouch", "Zenker diverticulum"]
ANATOMY = ["right lower lobe", "left upper lobe", "common bile duct", "pancreatic head", "left adnexa", "right kidney",
           "pars interarticularis", "medial meniscus", "anterior cruciate ligament", "supraspinatus tendon",
           "corpus callosum", "mandibular canal", "maxillary sinus", "femoral neck", "left hepatic lobe",
           "inferior alveolar nerve canal", "splenic flexure", "right hilum", "mediastinum", "thoracic aorta",
           "left adrenal gland", "prostate transition zone", "lumbar spine", "total hip", "distal radius"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T8-T9", "L3-L4", "C4-5", "L2"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC", "T2-weighted", "DCE", "GRE"]
HEADERS = ["FINDINGS", "IMPRESSION", "COMPARISON", "TECHNIQUE", "CLINICAL HISTORY", "INDICATION", "RECOMMENDATION",
           "ADDENDUM", "HISTORY", "CONCLUSION"]


def meas(rng) -> str:
    f = rng.randrange(4)
    if f == 0:
        return K("measurement", f"{rng.randint(4, 60) / 10:.1f} x {rng.randint(4, 50) / 10:.1f} cm")
    if f == 1:
        return K("measurement", f"{rng.randint(2, 25)} mm")
    if f == 2:
        return K("measurement", f"{rng.randint(8, 45) / 10:.1f} cm")
    return K("measurement", f"{rng.randint(3, 30)} x {rng.randint(3, 30)} x {rng.randint(3, 30)} mm")


def eponym(rng) -> str:
    return K("eponym", rng.choice(EPONYMS))


LUNG = ["right lower lobe", "left upper lobe", "right middle lobe", "lingula", "left lower lobe", "right upper lobe"]
NECK = ["left level II", "right supraclavicular", "left axillary", "subcarinal", "right hilar", "para-aortic"]
BRAIN = ["corpus callosum", "left basal ganglia", "right frontal lobe", "left cerebellar hemisphere", "pons"]
ABD = ["pancreatic head", "left hepatic lobe", "common bile duct", "right kidney", "left adrenal gland", "splenic flexure"]


def anat(rng, pool=None) -> str:
    return K("anatomy", rng.choice(pool or ANATOMY))


LUMBAR = ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1", "L4-5"]


def level(rng, pool=None) -> str:
    return K("vertebral_level", rng.choice(pool or LEVELS))


def seq(rng) -> str:
    return K("sequence", rng.choice(SEQUENCES))


def hdr(value: str) -> str:
    return K("section_header", value)


def age_phrase(rng, age: int | None = None) -> str:
    """An age as written: over 89 marks the number only; under 90 is a keep-span for the phrase."""
    age = rng.randint(19, 101) if age is None else age
    form = rng.choice(["{}-year-old", "{} yo", "{}Y", "{} y/o", "{}-yr-old"])
    if age > 89:
        num, rest = form.split("{}")[0], form.split("{}")[1]
        return num + P("AGE_OVER_89", str(age)) + rest
    return K("age_under_90", form.format(age))


def mod(value: str) -> str:
    return K("modality", value)


def year(value) -> str:
    return K("year", str(value))


def pick(rng, *options):
    return rng.choice(options)
