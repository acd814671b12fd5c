"""Invented names, places, identifiers and clinical sentences for blind42 (all values fictitious)."""

from __future__ import annotations

import datetime as dt

from b42_core import J, T, kp, ph

FIRST = ["Maria", "James", "Aisha", "Robert", "Linh", "Dolores", "Kwame", "Patricia", "Tomás", "Eleanor",
         "Grace", "Rafael", "Yusuf", "Bernadette", "Hiroshi", "Sinéad", "Walter", "Chloé", "Deshawn", "Ingrid",
         "Priya", "Stanislav", "Fatima", "Gordon", "Renée", "Oluwaseun", "Margit", "Henry", "Zoë", "Imelda"]
LAST = ["Baker", "Hill", "Graves", "Young", "Bell", "Long", "O'Brien", "Nguyen", "Okafor", "Castellanos",
        "Kowalczyk", "Lindqvist", "Haddad", "Brennan", "Szabo", "Whitfield", "Acheampong", "Moreau", "Núñez",
        "Tanaka", "Fairweather", "Delacroix-Hunt", "MacLeod", "Abernathy", "Petrosyan", "Vance", "Quintero",
        "Ferreira", "Osei", "Hargrove", "Wójcik", "Pemberton", "Rasmussen", "Cho", "Ibarra"]
FACILITIES = ["St. Brendan Regional Medical Center", "Harborview Imaging Associates", "Maple Ridge Community Hospital",
              "Northgate Orthopedic Clinic", "Cedar Falls Diagnostic Center", "Lakeshore Women's Health Pavilion",
              "Riverside Urgent Care - Elm St", "Bayside Family Practice", "Pinecrest Oncology Institute",
              "Mercy Valley Outpatient Imaging", "Westbrook Sports Medicine", "Holloway Memorial Hospital"]
STREETS = ["1184 Larkspur Lane", "72 Old Mill Road, Apt 3B", "4410 Quarry Ridge Dr", "9 Hawthorne Ct",
           "2301 West Fenwick Ave, Unit 12", "615 Tillman Street", "38 Beacon Hill Terrace", "5077 County Road 14",
           "140 Wharf St Apt 7", "867 Juniper Hollow Blvd"]
CITIES = [("Millbrook", "NY", "12545"), ("Ashford", "CT", "06278"), ("Fort Calloway", "TX", "76544"),
          ("Brandywine", "MD", "20613"), ("Kettle Falls", "WA", "99141"), ("Port Emery", "ME", "04021"),
          ("Glenwood Springs", "CO", "81601"), ("Oak Harbor", "OH", "43449"), ("Sauk Centre", "MN", "56378"),
          ("Lyndon", "VT", "05849")]
PLANS = ["Blue Meridian PPO", "Keystone Health Plan", "Evergreen Medicaid", "Unity Medicare Advantage"]
DOMAINS = ["example.org", "example.com", "example.net", "mail.example.org", "stbrendan.example.org"]


class Person:
    def __init__(self, rng, last=None):
        self.first = rng.choice(FIRST)
        self.last = last or rng.choice(LAST)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")

    def fmt(self, how: str) -> str:
        return {
            "fl": f"{self.first} {self.last}", "lf": f"{self.last}, {self.first}",
            "LFM": f"{self.last.upper()}, {self.first.upper()} {self.mi}", "hl7": f"{self.last.upper()}^{self.first.upper()}^{self.mi}",
            "il": f"{self.first[0]}. {self.last}", "l": self.last, "f": self.first, "fml": f"{self.first} {self.mi}. {self.last}",
            "LF": f"{self.last.upper()}, {self.first.upper()}",
        }[how]

    def p(self, how: str = "fl") -> list:
        return ph(self.fmt(how), "PERSON")


def mrn(rng):
    return rng.choice(["", "E", "MR"]) + str(rng.randint(10**6, 10**8 - 1)).zfill(8)


def accession(rng):
    return rng.choice(["ACC", "RAD", "CT", "A"]) + str(rng.randint(20, 26)) + "-" + str(rng.randint(100000, 999999))


def ssn(rng):
    return f"9{rng.randint(0, 99):02d}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"


def phone(rng):
    n = rng.randint(0, 99)
    a = rng.choice(["212", "413", "508", "617", "860", "303"])
    return rng.choice([f"({a}) 555-01{n:02d}", f"{a}-555-01{n:02d}", f"{a}.555.01{n:02d}", f"+1 {a} 555 01{n:02d}"])


def email(rng, person=None):
    base = (person.first[0] + person.last).lower().replace("'", "").replace(" ", "") if person else rng.choice(
        ["radiology.desk", "imaging-scheduling", "pacs.admin", "hie-relay", "noreply-portal"])
    base = base.encode("ascii", "ignore").decode()
    return f"{base}@{rng.choice(DOMAINS)}"


def ip(rng):
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}", f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def hp_id(rng):
    return rng.choice(["XKM", "BMP", "W", "UHC"]) + str(rng.randint(10**8, 10**9 - 1))


def account(rng):
    return rng.choice(["HAR", "V", "FIN", ""]) + str(rng.randint(10**7, 10**9))


def serial(rng):
    return rng.choice(["SN", "GE-", "SIE", "PH"]) + f"{rng.randint(1000, 9999)}{rng.choice('ABCXYZ')}{rng.randint(100, 999)}"


def url(rng, acc=None):
    host = rng.choice(["portal.example.org", "pacs.example.net", "viewer.stbrendan.example.org", "records.example.com"])
    if acc:
        return f"https://{host}/study?acc={acc}"
    return f"https://{host}/msg/{rng.randint(10**5, 10**6)}"


def rand_date(rng, y0=2024, y1=2026):
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def dob(rng, age):
    return dt.date(2025 - age, rng.randint(1, 12), rng.randint(1, 28))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def fdate(d, how):
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}", "mon": f"{MON[d.month - 1]} {d.day}, {d.year}", "compact": d.strftime("%Y%m%d"),
        "dlong": f"{d.day} {MONTH[d.month - 1]} {d.year}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
    }[how]


def D(d, how="us"):
    return ph(fdate(d, how), "DATE_TIME")


def ftime(rng, how=None):
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    how = how or rng.choice(["24", "ampm", "hours", "sec", "pm_dots"])
    if how == "24":
        return f"{h:02d}:{m:02d}"
    if how == "sec":
        return f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}"
    if how == "hours":
        return f"{h:02d}{m:02d} hours"
    ap = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return f"{hh}:{m:02d} {ap}" if how == "ampm" else f"{hh}:{m:02d} {ap[0].lower()}.m."


def TM(rng, how=None):
    return ph(ftime(rng, how), "DATE_TIME")


def age_parts(rng, age, how=None):
    how = how or rng.choice(["yo", "year-old", "Y", "years"])
    suffix = {"yo": " yo", "year-old": "-year-old", "Y": "Y", "years": " years"}[how]
    if age >= 90:
        return J(ph(str(age), "AGE_OVER_89"), suffix)
    return kp(f"{age}{suffix}", "age_under_90")


# ---- clinical content: (modality, list-of-parts sentence)
def findings(rng, mod):
    A, E, M, S, Q, V = (lambda v: kp(v, "anatomy")), (lambda v: kp(v, "eponym")), (lambda v: kp(v, "measurement")), \
        (lambda v: kp(v, "score")), (lambda v: kp(v, "sequence")), (lambda v: kp(v, "vertebral_level"))
    m1 = f"{rng.randint(2, 40) / 10:.1f} x {rng.randint(2, 30) / 10:.1f} cm"
    mm = f"{rng.randint(3, 14)} mm"
    pool = {
        "MR": [T("{0} measuring {1} in the {2}.", E("Baker cyst"), M(m1), A("popliteal fossa")),
               T("Disc protrusion at {0} with mild narrowing of the {1}.", V(rng.choice(["L4-L5", "L5-S1", "C5-C6"])), A("left neural foramen")),
               T("Increased signal on {0} and {1} in the {2}, no restricted diffusion.", Q("T2 FLAIR"), Q("DWI"), A("periventricular white matter")),
               T("{0} of the {1} with marrow edema on {2}.", E("Hill-Sachs lesion"), A("humeral head"), Q("STIR")),
               T("Tonsillar ectopia of {0} consistent with {1}.", M(mm), E("Chiari I malformation")),
               T("No susceptibility on {0}; the {1} is normal.", Q("SWI"), A("corpus callosum"))],
        "CT": [T("Spiculated nodule in the {0} measuring {1}; {2} follow-up applies.", A("right upper lobe"), M(mm), S(rng.choice(["Lung-RADS 4A", "Lung-RADS 3", "Fleischner"]))),
               T("Interstitial edema with {0}.", E("Kerley B lines")),
               T("Cystic lesion of the {0}, {1}, {2}.", A("left kidney"), S(rng.choice(["Bosniak IIF", "Bosniak II"])), M(m1)),
               T("Wall thickening of the {0} suggesting {1}.", A("terminal ileum"), E("Crohn disease")),
               T("Compression deformity of {0} with 30% height loss.", V(rng.choice(["T12", "L1", "T11"]))),
               T("Bulky mediastinal nodes, known {0}.", E("Hodgkin lymphoma"))],
        "US": [T("Heterogeneous gland consistent with {0}; nodule {1} in the {2}, {3}.", E("Hashimoto thyroiditis"), M(mm), A("right thyroid lobe"), S(rng.choice(["TI-RADS 4", "TI-RADS 3"]))),
               T("{0} in the {1}, {2}.", E("Baker cyst"), A("medial popliteal fossa"), M(m1)),
               T("Hepatic observation {0}, {1}.", M(mm), S("LI-RADS 3")),
               T("Adnexal cyst {0}, {1}.", M(m1), S("O-RADS 3")),
               T("The {0} is normal in caliber.", A("common bile duct"))],
        "XR": [T("Transverse fracture of the {0} with dorsal angulation ({1}).", A("distal radius"), E("Colles fracture")),
               T("Avulsion off the {0}, a {1}.", A("lateral tibial plateau"), E("Segond fracture")),
               T("Fragmentation of the {0} compatible with {1}.", A("tibial tubercle"), E("Osgood-Schlatter disease")),
               T("Degenerative narrowing at {0}.", V(rng.choice(["C6-C7", "L4-L5", "L3-L4"]))),
               T("Cortical thickening of the {0}, {1}.", A("left hemipelvis"), E("Paget disease"))],
        "MG": [T("Irregular mass in the {0}, {1}, {2}.", A("left breast upper outer quadrant"), M(mm), S(rng.choice(["BI-RADS 4", "BI-RADS 5", "BI-RADS 0"]))),
               T("Scattered fibroglandular density; {0}.", S("BI-RADS 2")),
               T("Grouped calcifications in the {0} spanning {1}.", A("right breast retroareolar region"), M(mm))],
    }
    return rng.sample(pool[mod], k=min(len(pool[mod]), rng.randint(2, 3)))


MOD_WORDS = {"MR": ["MRI", "MR"], "CT": ["CT"], "US": ["US", "Ultrasound"], "XR": ["XR", "X-ray"], "MG": ["MG", "Mammogram"]}
EXAMS = {"MR": ["of the knee without contrast", "brain with and without contrast", "lumbar spine", "shoulder arthrogram"],
         "CT": ["chest low-dose screening", "abdomen/pelvis with contrast", "chest with contrast"],
         "US": ["thyroid", "right upper quadrant", "pelvis transvaginal", "left lower extremity venous"],
         "XR": ["wrist 3 views", "knee 2 views", "pelvis AP", "cervical spine"], "MG": ["screening bilateral", "diagnostic left"]}


def exam_name(rng, mod):
    return J(kp(rng.choice(MOD_WORDS[mod]), "modality"), " " + rng.choice(EXAMS[mod]))


def H(rng, name):
    """A section header in one of several house styles."""
    style = rng.choice(["UP:", "Title:", "UP"])
    word = {"UP:": name.upper(), "Title:": name.title(), "UP": name.upper()}[style]
    return kp(word, "section_header"), (":" if style != "UP" else "")
