"""Invented people, places and identifiers for blind22, plus date/time formatting."""

from __future__ import annotations

import datetime as _dt
import unicodedata
from dataclasses import dataclass, field

# ---- names -------------------------------------------------------------------------------------
GIVEN_F = ["Denise", "Colleen", "Priya", "Mei", "Lucia", "Imogen", "Keisha", "Rosalind", "Nadia", "Ingrid",
           "Camille", "Winona", "Amira", "Farah", "Esperanza", "Delphine", "Ruth", "Mabel", "Opal", "Thuy",
           "Marisol", "Bernadette", "Yolanda", "Harriet", "Sunita", "Greta", "Tamsin", "Odessa", "Lorena",
           "April", "June", "Florence", "Savannah", "Dakota", "Augusta"]
GIVEN_M = ["Marcus", "Tyrone", "Brandon", "Rahul", "Wen", "Hector", "Graham", "Darnell", "Everett", "Tobias",
           "Soren", "Reginald", "Bao", "Minh", "Yusuf", "Omar", "Joaquin", "Harold", "Clarence", "Otis",
           "Desmond", "Ignatius", "Leland", "Cyrus", "Anselm", "Rocco", "Thaddeus", "Wendell", "Arjun",
           "Austin", "Dallas", "Phoenix", "Jordan"]
FAMILY = ["Whitfield", "Castellanos", "Nakamura", "Brennan", "Lindqvist", "Haddad", "Thibodeaux", "Pruitt",
          "Ostrowski", "Delacroix", "Mendenhall", "Abernathy", "Quintero", "Vang", "Tran", "Huang", "Desai",
          "Iyer", "Holloway", "Sandoval", "Marchetti", "Greenleaf", "Kowalczyk", "Achterberg", "Ferreira",
          "Duchesne", "Rutledge", "Ambrose", "Villanueva", "McTavish", "O'Donoghue", "Szabo", "Halvorsen",
          "Pemberton", "Okoro", "Tanaka", "Gallardo", "Whitcombe", "Lozano", "Strand", "Fontaine", "Ridley"]
# Surnames that are also words or eponyms: the person is PHI, the eponym is not.
TRAP_FAMILY = ["Baker", "Bell", "Graves", "Hill", "Young", "Long", "Paget", "Parkinson", "Addison", "Cushing",
               "Colles", "Hodgkin", "Chiari", "Crohn", "Schmorl", "Meckel"]
HAWAIIAN = (["Keoni", "Kawika", "Makana", "Kalani"], ["Leilani", "Noelani", "Mahina", "Kaimana"],
            ["Kahananui", "Kealoha", "Akana", "Kamakau", "Nakoa", "Palakiko"])
SAMOAN = (["Tavita", "Sione", "Iosefa", "Falaniko"], ["Sina", "Losa", "Malia", "Fetu"],
          ["Faleolo", "Tuilagi", "Leota", "Fa'amausili", "Sapolu", "Aumua"])
NIGERIAN = (["Chukwuemeka", "Oluwaseun", "Adebayo", "Obinna", "Tunde"], ["Ngozi", "Folake", "Chiamaka", "Yetunde"],
            ["Okonkwo", "Adeyemi", "Balogun", "Eze", "Nwosu", "Olawale", "Onyekachi"])
TURKISH = (["Mehmet", "Emre", "Burak", "Kemal"], ["Ayşe", "Zeynep", "Elif", "Gülsen"],
           ["Yılmaz", "Kaya", "Demirci", "Çelik", "Şahin", "Öztürk"])
POLISH = (["Krzysztof", "Wojciech", "Tomasz", "Grzegorz"], ["Agnieszka", "Małgorzata", "Jadwiga", "Bożena"],
          ["Wiśniewsk", "Zielińsk", "Szymańsk", "Lewandowsk", "Kamińsk"])
RUSSIAN_M = ["Dmitri", "Sergei", "Alexei", "Nikolai", "Pavel"]
RUSSIAN_F = ["Irina", "Svetlana", "Olga", "Tatiana", "Ludmila"]
RUSSIAN_FAM = ["Volkov", "Orlov", "Sokolov", "Morozov", "Belyaev", "Zhukov"]
ETHIOPIAN_M = ["Abebe", "Tesfaye", "Girma", "Dawit", "Yohannes", "Mulugeta", "Bekele"]
ETHIOPIAN_F = ["Meron", "Selamawit", "Tigist", "Hirut", "Almaz"]
MONONYMS = ["Wulandari", "Sutrisno", "Setiawati", "Purnomo", "Sukarsih", "Tjahjono"]
HYPHEN = ["López-Ibarra", "Nguyen-Whitfield", "Okafor-Bennett", "Reyes-Castillo", "Singh-Morrison",
          "Abbott-Nakagawa", "Moreau-Levesque"]
SPANISH2 = ["Fuentes Ordóñez", "Herrera Salcedo", "Montoya Aguirre", "Rivas Quiñones"]


@dataclass
class Person:
    given: str
    family: str = ""
    middle: str = ""
    sex: str = "F"
    kind: str = "western"
    formal: str = ""   # how a title is attached: "Ms. <formal>"

    def full(self) -> str:
        if self.kind == "mononym":
            return self.given
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    def short(self) -> str:
        return self.given if self.kind == "mononym" else f"{self.given} {self.family}"

    def lf(self, upper: bool = False, mid_initial: bool = True) -> str:
        if self.kind == "mononym":
            s = self.given
        else:
            mid = ""
            if self.middle:
                mid = " " + (self.middle[0] if mid_initial and self.kind != "patronymic" else self.middle)
            s = f"{self.family}, {self.given}{mid}"
        return s.upper() if upper else s

    def initial_last(self) -> str:
        return self.given if self.kind == "mononym" else f"{self.given[0]}. {self.family}"

    def last(self) -> str:
        return self.formal or (self.given if self.kind == "mononym" else self.family)

    def initials(self) -> str:
        parts = [self.given] + ([self.middle] if self.middle and self.kind == "western" else []) + self.family.replace("-", " ").split()
        return "".join(p[0] for p in parts if p).upper()

    def any(self, rng) -> str:
        c = rng.randrange(6)
        if c == 0:
            return self.lf(upper=True)
        if c == 1:
            return self.lf()
        if c == 2 and self.kind == "western":
            return self.initial_last()
        if c == 3:
            return self.full()
        return self.short()

    def email(self, rng, domain: str | None = None) -> str:
        def a(s: str) -> str:
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
            return "".join(ch for ch in s.lower() if ch.isalnum())
        dom = domain or rng.choice(EMAIL_DOMAINS)
        if self.kind == "mononym":
            return f"{a(self.given)}{rng.randrange(10, 99)}@{dom}"
        form = rng.randrange(3)
        if form == 0:
            return f"{a(self.given)}.{a(self.family)}@{dom}"
        if form == 1:
            return f"{a(self.given)[0]}{a(self.family)}@{dom}"
        return f"{a(self.family)}.{a(self.given)[:3]}{rng.randrange(2, 99)}@{dom}"


def person(rng, sex: str | None = None, kind: str | None = None, trap: float = 0.08) -> Person:
    sex = sex or rng.choice("FM")
    if kind is None:
        r = rng.random()
        kind = ("western" if r < 0.52 else "hawaiian" if r < 0.57 else "samoan" if r < 0.61 else
                "nigerian" if r < 0.67 else "turkish" if r < 0.72 else "polish" if r < 0.77 else
                "patronymic" if r < 0.82 else "ethiopian" if r < 0.86 else "mononym" if r < 0.89 else
                "hyphen" if r < 0.95 else "spanish2")
    mid = ""
    if kind in ("western", "hyphen", "spanish2"):
        given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
        if kind == "western":
            fam = rng.choice(TRAP_FAMILY) if rng.random() < trap else rng.choice(FAMILY)
        elif kind == "hyphen":
            fam = rng.choice(HYPHEN)
        else:
            fam = rng.choice(SPANISH2)
        if kind == "spanish2" and sex == "F":
            given = rng.choice(["María José", "Ana Lucía", "Rosa Elena"])
        if rng.random() < 0.45 and kind == "western":
            mid = rng.choice("ABCDEFGHJKLMNPRSTW")
            if rng.random() < 0.3:
                mid = rng.choice(["Anne", "Louise", "Marie", "Lee"] if sex == "F" else ["James", "Edward", "Lee", "Ray"])
        return Person(given, fam, mid, sex, "western" if kind != "hyphen" else "hyphen")
    if kind in ("hawaiian", "samoan", "nigerian", "turkish"):
        pool = {"hawaiian": HAWAIIAN, "samoan": SAMOAN, "nigerian": NIGERIAN, "turkish": TURKISH}[kind]
        given = rng.choice(pool[1] if sex == "F" else pool[0])
        return Person(given, rng.choice(pool[2]), "", sex, "western")
    if kind == "polish":
        given = rng.choice(POLISH[1] if sex == "F" else POLISH[0])
        stem = rng.choice(POLISH[2])
        return Person(given, stem + ("a" if sex == "F" else "i"), "", sex, "western")
    if kind == "patronymic":
        given = rng.choice(RUSSIAN_F if sex == "F" else RUSSIAN_M)
        father = rng.choice(["Sergey", "Alexandr", "Nikolay", "Viktor", "Pavel"])
        pat = {"Sergey": ("Sergeyevna", "Sergeyevich"), "Alexandr": ("Alexandrovna", "Alexandrovich"),
               "Nikolay": ("Nikolayevna", "Nikolayevich"), "Viktor": ("Viktorovna", "Viktorovich"),
               "Pavel": ("Pavlovna", "Pavlovich")}[father][0 if sex == "F" else 1]
        fam = rng.choice(RUSSIAN_FAM) + ("a" if sex == "F" else "")
        return Person(given, fam, pat, sex, "patronymic")
    if kind == "ethiopian":
        given = rng.choice(ETHIOPIAN_F if sex == "F" else ETHIOPIAN_M)
        father = rng.choice([x for x in ETHIOPIAN_M if x != given])
        return Person(given, father, "", sex, "western", formal=given)
    return Person(rng.choice(MONONYMS), "", "", sex, "mononym")


def people(rng, n: int, **kw) -> list[Person]:
    """n people with pairwise distinct family names and given names."""
    out: list[Person] = []
    while len(out) < n:
        p = person(rng, **kw)
        if all(p.family != q.family and p.given != q.given and p.last() != q.last() for q in out):
            out.append(p)
    return out


def title(p: Person) -> str:
    return "Mr." if p.sex == "M" else "Ms."


# ---- places ------------------------------------------------------------------------------------
CITIES = [("Honolulu", "HI", "968"), ("Hilo", "HI", "967"), ("Columbus", "OH", "432"), ("Dayton", "OH", "454"),
          ("Tulsa", "OK", "741"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"),
          ("Stockton", "CA", "952"), ("Omaha", "NE", "681"), ("Albuquerque", "NM", "871"), ("Boise", "ID", "837"),
          ("Duluth", "MN", "558"), ("Savannah", "GA", "314"), ("Augusta", "GA", "309"), ("Florence", "SC", "295"),
          ("Austin", "TX", "787"), ("El Paso", "TX", "799"), ("Lubbock", "TX", "794"), ("Dallas", "TX", "752"),
          ("Phoenix", "AZ", "850"), ("Flagstaff", "AZ", "860"), ("Provo", "UT", "846"), ("Billings", "MT", "591"),
          ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"), ("Des Moines", "IA", "503"), ("Green Bay", "WI", "543"),
          ("Toledo", "OH", "436"), ("Erie", "PA", "165"), ("Scranton", "PA", "185"), ("Worcester", "MA", "016"),
          ("Bangor", "ME", "044"), ("Burlington", "VT", "054"), ("Hartford", "CT", "061"), ("Richmond", "VA", "232"),
          ("Roanoke", "VA", "240"), ("Asheville", "NC", "288"), ("Chattanooga", "TN", "374"), ("Shreveport", "LA", "711"),
          ("Anchorage", "AK", "995"), ("Minneapolis", "MN", "554"), ("Dearborn", "MI", "481")]
STREET_NAMES = ["Kalihi", "Pali", "Juniper", "Old Mill", "Quarry", "Wexford", "Cottonwood", "Larkspur", "Ash Hollow",
                "Beacon", "Tillman", "Pinecrest", "Harlan", "Osage", "Delmar", "Keystone", "Sycamore", "Bluff",
                "Ridgeview", "Waterloo", "Kinney", "Sorrel", "Birchwood", "Maplecrest", "Hawthorne", "Ferncliff"]
STREET_SUF = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Blvd", "Ct", "Way", "Pl"]
FAC_PRE = ["Mercy Ridge", "Saint Adalbert", "Kona Lani", "Prairie Sky", "Blue Heron", "Copperleaf", "Tamarack",
           "Maple Ford", "Lakeshore Vista", "Riverbend North", "Sandhill", "Juniper Mesa", "Aldergrove",
           "Whitman Falls", "Cypress Point", "Ironwood", "Granite Peak", "Magnolia Bend", "St. Brigid",
           "Halcyon Valley", "Northgate", "Eastbrook", "Pioneer Trail", "Stillwater Bay"]
FAC_SUF = ["Medical Center", "Regional Hospital", "Imaging Center", "Community Hospital", "Children's Hospital",
           "Outpatient Imaging", "Health", "Orthopedic Institute", "Cancer Center", "Diagnostic Imaging",
           "Women's Imaging", "Memorial Hospital", "Radiology Associates", "Spine Center"]
EMAIL_DOMAINS = ["example.org", "example.com", "example.net", "mail.example.com", "rad.example.org",
                 "health.example.net"]


def facility(rng, suffix: str | None = None) -> str:
    return f"{rng.choice(FAC_PRE)} {suffix or rng.choice(FAC_SUF)}"


def facilities(rng, n: int) -> list[str]:
    out: list[str] = []
    pres = rng.sample(FAC_PRE, n)
    for p in pres:
        out.append(f"{p} {rng.choice(FAC_SUF)}")
    return out


def street(rng, unit: float = 0.25) -> str:
    s = f"{rng.randrange(12, 9899)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUF)}"
    if rng.random() < unit:
        s += rng.choice([f" Apt {rng.randrange(1, 40)}", f" Unit {rng.choice('ABCD')}{rng.randrange(1, 9)}",
                         f" #{rng.randrange(100, 520)}"])
    return s


def city(rng):
    return rng.choice(CITIES)


def zipcode(rng, c) -> str:
    return f"{c[2]}{rng.randrange(0, 100):02d}"


# ---- identifiers -------------------------------------------------------------------------------
AREA = ["808", "614", "918", "509", "559", "402", "505", "208", "218", "912", "706", "843", "512", "915", "806",
        "602", "928", "801", "406", "701", "605", "515", "920", "419", "814", "570", "508", "207", "802", "860",
        "804", "540", "828", "423", "318", "907", "612", "313"]


def phone(rng, area: str | None = None, form: int | None = None) -> str:
    a = area or rng.choice(AREA)
    last = f"01{rng.randrange(0, 100):02d}"
    form = rng.randrange(6) if form is None else form
    return [f"({a}) 555-{last}", f"{a}-555-{last}", f"{a}.555.{last}", f"+1 {a} 555 {last}",
            f"1-{a}-555-{last}", f"({a})555-{last}"][form]


def digits(rng, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


class IdStyle:
    """Per-document identifier formats, so one document is internally consistent."""

    def __init__(self, rng) -> None:
        self.rng = rng
        self.mrn_form = rng.randrange(5)
        self.acc_form = rng.randrange(5)
        self.acc_pre = rng.choice(["RAD", "IMG", "XR", "FL", "MR", "US"])

    def mrn(self) -> str:
        r, f = self.rng, self.mrn_form
        return [digits(r, 8), "E" + digits(r, 7), f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}",
                "MR" + digits(r, 7), digits(r, 7)][f]

    def acc(self) -> str:
        r, f = self.rng, self.acc_form
        y = r.choice(["24", "25", "26"])
        return [f"{self.acc_pre}{y}-{digits(r, 6)}", digits(r, 10), f"{self.acc_pre}{digits(r, 8)}",
                f"A{y}{digits(r, 7)}", f"{y}-{self.acc_pre}-{digits(r, 5)}"][f]


def ssn(rng) -> str:
    return f"{rng.randrange(100, 665)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"


def plan_id(rng) -> str:
    r = rng.randrange(5)
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if r == 0:
        return "".join(rng.choice(L) for _ in range(3)) + digits(rng, 9)
    if r == 1:  # MBI-like
        return f"{rng.randrange(1, 10)}{rng.choice(L)}{rng.choice(L)}{rng.randrange(10)}-{rng.choice(L)}{rng.choice(L)}{rng.randrange(10)}-{rng.choice(L)}{rng.choice(L)}{rng.randrange(10)}{rng.randrange(10)}"
    if r == 2:
        return "W" + digits(rng, 9)
    if r == 3:
        return f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
    return "MCD" + digits(rng, 8)


def account(rng) -> str:
    r = rng.randrange(4)
    return ["ACCT" + digits(rng, 8), digits(rng, 9), f"V{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 6)}"][r]


def serial(rng, pre: str | None = None) -> str:
    pre = pre or rng.choice(["SN", "PJN", "RNW", "BLK", "MDT", "ZX"])
    return f"{pre}{digits(rng, rng.choice([6, 7, 8]))}"


def priv_ip(rng) -> str:
    r = rng.randrange(3)
    if r == 0:
        return f"10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
    if r == 1:
        return f"172.{rng.randrange(16, 32)}.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"
    return f"192.168.{rng.randrange(0, 255)}.{rng.randrange(2, 254)}"


def url(rng, path: str = "") -> str:
    host = rng.choice(["portal.example.org", "images.example.net", "share.example.com", "pacs.example.org",
                       f"{priv_ip(rng)}:8080", "forms.example.net"])
    scheme = rng.choice(["https", "https", "http"])
    return f"{scheme}://{host}/{path or rng.choice(['viewer', 'study', 'p', 'u'])}/{digits(rng, 6)}"


# ---- dates and times ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
DATE_FORMS = ["mdY", "mdY", "mdy", "iso", "dMonY", "MonthdY", "MonthdY", "dMonthY", "MondY", "compact",
              "mdYdash", "md", "Monthd", "Mon.d", "mdY1"]


def fmt_date(rng, d: _dt.date, form: str | None = None) -> str:
    form = form or rng.choice(DATE_FORMS)
    M, m = MONTHS[d.month - 1], MON[d.month - 1]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dMonY": f"{d.day:02d}-{m}-{d.year}", "MonthdY": f"{M} {d.day}, {d.year}",
        "dMonthY": f"{d.day} {M} {d.year}", "MondY": f"{m} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "mdYdash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "md": f"{d.month}/{d.day}", "Monthd": f"{M} {d.day}", "Mon.d": f"{m if m == 'May' else m + '.'} {d.day}",
        "mdY1": f"{d.month}/{d.day}/{d.year}", "DMONY": f"{d.day:02d}{m.upper()}{d.year}",
    }[form]


def full_date_form(rng) -> str:
    return rng.choice(["mdY", "mdY", "mdy", "iso", "dMonY", "MonthdY", "dMonthY", "MondY", "mdYdash", "mdY1"])


def fmt_time(rng, h: int, m: int, form: str | None = None) -> str:
    form = form or rng.choice(["24", "24", "12", "hours", "sec", "12dots", "12lower"])
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {"24": f"{h:02d}:{m:02d}", "12": f"{h12}:{m:02d} {ap}", "hours": f"{h:02d}{m:02d} hours",
            "sec": f"{h:02d}:{m:02d}:{rng.randrange(60):02d}", "12dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",
            "12lower": f"{h12}:{m:02d}{ap.lower()}"}[form]


def rand_date(rng, lo=(2024, 1, 1), hi=(2026, 10, 31)) -> _dt.date:
    a, b = _dt.date(*lo), _dt.date(*hi)
    return a + _dt.timedelta(days=rng.randrange((b - a).days))


def rand_time(rng, lo: int = 7, hi: int = 19) -> tuple[int, int]:
    return rng.randrange(lo, hi), rng.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])


def shift(d: _dt.date, days: int) -> _dt.date:
    return d + _dt.timedelta(days=days)


# ---- patients ----------------------------------------------------------------------------------
@dataclass
class Patient:
    p: Person
    dob: _dt.date
    age: int
    city: tuple
    zip: str
    street: str
    phone: str
    mrn: str
    extra: dict = field(default_factory=dict)


def patient(rng, ids: IdStyle, ref: _dt.date, lo: int = 19, hi: int = 88, over89: float = 0.12,
            **pkw) -> Patient:
    age = rng.randrange(90, 102) if rng.random() < over89 else rng.randrange(lo, hi + 1)
    dob = _dt.date(ref.year - age - 1, 1, 1) + _dt.timedelta(days=rng.randrange(0, 364))
    # recompute exact age
    a = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    c = city(rng)
    return Patient(person(rng, **pkw), dob, a, c, zipcode(rng, c), street(rng), phone(rng), ids.mrn())
