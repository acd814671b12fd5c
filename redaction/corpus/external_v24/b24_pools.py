"""Invented people, places and identifiers for the blind24 corpus (all synthetic).

Phones end in 555-01xx, e-mail and web addresses live under example.com/org/net, IPs are private.
"""

from __future__ import annotations

import re

F_FIRST = ["Hope", "Rose", "May", "Opal", "Faith", "Joy", "Ivy", "June", "Grace", "Dawn", "Siobhan", "Aisling",
           "Priya", "Mei", "Yolanda", "Thandiwe", "Ngozi", "Ingrid", "Marisol", "Leilani", "Esperanza", "Zofia",
           "Fatima", "Keiko", "Hana", "Bernadette", "Loretta", "Mae-Lin", "Ebony", "Winifred", "Constance", "Lupe"]
M_FIRST = ["Grant", "Rex", "Hunter", "Mason", "Tariq", "Dmitri", "Kwame", "Oluwaseun", "Rafael", "Joaquin",
           "Declan", "Tomasz", "Hiroshi", "Arjun", "Bao", "Ezra", "Wendell", "Amos", "Cyrus", "Ike", "Royce",
           "Lamar", "Cormac", "Anselm", "Jean-Luc", "Eldon", "Booker", "Wiley", "Sven", "Matteo", "Chidi", "Dale"]
LAST = ["Baker", "Young", "Grant", "Rose", "Bell", "Hill", "Long", "Graves", "Paget", "Addison", "Cushing", "May",
        "O'Neil", "D'Angelo", "McAllister", "Nguyen", "Okafor", "Fitzgerald-Reyes", "Smith-Ochoa", "de la Cruz",
        "van der Berg", "van Houten", "Al-Masri", "St. Clair", "Kowalczyk", "Abernathy", "Whitfield", "Delacroix",
        "Takahashi", "Lindqvist", "Haddad", "Oyelaran", "Castellanos", "Brennan", "Pruitt", "Winslow", "Marsh",
        "Moody", "Stone", "Frost", "Fox", "Wolfe", "Church", "Sterling", "Park", "Hope", "Begay", "Tsosie",
        "Mahmoud", "Bjornstad", "Ferreira", "Achterberg", "Dubois", "Kaur", "Lin", "Ortiz-Banks", "Quinlan"]
NICK = {"Winifred": "Winnie", "Constance": "Connie", "Bernadette": "Bernie", "Loretta": "Rettie", "Dmitri": "Dima",
        "Oluwaseun": "Seun", "Joaquin": "Kino", "Wendell": "Dell", "Royce": "Roy", "Tomasz": "Tom", "Lupe": "Lupita",
        "Hiroshi": "Hiro", "Rafael": "Rafa", "Matteo": "Teo", "Esperanza": "Espe"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CITIES = [("Millbrook", "NY"), ("Ashford Falls", "VT"), ("Cedar Bluff", "AL"), ("Port Ellery", "ME"),
          ("Wexcombe", "PA"), ("North Haverly", "MA"), ("Glenrock", "WY"), ("Sorrento Springs", "FL"),
          ("Lake Tamsin", "MN"), ("Bramwell", "WV"), ("Fairhope", "AL"), ("Kettle Creek", "CO"),
          ("San Aurelio", "TX"), ("Hope", "AR"), ("Marlow Junction", "OH"), ("Pine Hollow", "OR"),
          ("Brookhaven", "GA"), ("East Calder", "MI"), ("Riverbend", "NC"), ("Tamarack", "ID"), ("Young", "AZ")]
INTL_CITIES = [("Galway", "Ireland", "H91 X2F4"), ("Dunedin", "New Zealand", "9016"),
               ("Hamilton", "Ontario", "L8P 4R5"), ("Leeds", "United Kingdom", "LS2 9JT")]
STREETS = ["Larkspur Lane", "Quarry Road", "Old Mill Rd", "Birchwood Ave", "Hawthorne Street", "Kingfisher Ct",
           "Rue de la Paix", "Sycamore Blvd", "County Road 14", "Tamarind Way", "N. Fenwick St", "Orchard Hill Dr",
           "Baker Street", "Bell Ave", "Coyote Mesa Trail", "W. 43rd Street"]
FAC_NAMES = ["Larkspur", "St. Brendan's", "Mercy Ridge", "Hollister", "Kestrel Valley", "Northgate", "Good Shepherd",
             "Blue Heron", "Saint Agnes", "Harborview Lakes", "Cedar Bluff", "Pinecrest", "Tri-County", "Wexcombe"]
FAC_TYPES = ["Medical Center", "Regional Hospital", "Imaging Center", "Community Hospital", "Health", "Clinic",
             "Memorial Hospital", "Diagnostic Imaging", "University Hospital", "Cancer Institute"]


class Person:
    """An invented person with the name forms a radiology department writes."""

    def __init__(self, rng, sex=None, last=None):
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(F_FIRST if self.sex == "F" else M_FIRST)
        self.last = last or rng.choice(LAST)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        self.nick = NICK.get(self.first)

    @property
    def title(self):
        return "Ms." if self.sex == "F" else "Mr."

    @property
    def pron(self):
        return ("she", "her", "her") if self.sex == "F" else ("he", "him", "his")

    def name(self, form="full"):
        f, l, m = self.first, self.last, self.mi
        s = {"full": f"{f} {l}", "fml": f"{f} {m}. {l}", "lf": f"{l}, {f}", "lfm": f"{l}, {f} {m}",
             "LF": f"{l.upper()}, {f.upper()} {m}", "LFn": f"{l.upper()}, {f.upper()}", "il": f"{f[0]}. {l}",
             "last": l, "first": f, "hl7": f"{l.upper()}^{f.upper()}^{m}", "init": f"{f[0]}.{m}.{l[0].upper()}.",
             "nick": f"{f} \"{self.nick}\" {l}" if self.nick else f"{f} {l}", "short": self.nick or f,
             "poss": f"{f}", "upper": f"{f.upper()} {l.upper()}"}[form]
        return ("PERSON", s)

    def any(self, rng, forms=("full", "fml", "lf", "LF", "il", "nick")):
        return self.name(rng.choice(forms))


def facility(rng):
    return ("FACILITY", f"{rng.choice(FAC_NAMES)} {rng.choice(FAC_TYPES)}")


def city_state(rng):
    c, st = rng.choice(CITIES)
    return ("CITY", c), st


def zipcode(rng):
    z = f"{rng.randrange(1000, 99950):05d}"
    return ("ZIP", z + (f"-{rng.randrange(1, 9999):04d}" if rng.random() < 0.25 else ""))


def street(rng, unit=None):
    s = f"{rng.randrange(2, 9899)} {rng.choice(STREETS)}"
    if unit or (unit is None and rng.random() < 0.3):
        s += rng.choice([", Apt ", " Unit ", " #", ", Apt. "]) + rng.choice(["3B", "12", "4", "201", "C"])
    return ("STREET_ADDRESS", s)


def address_line(rng):
    """One-line US address: street, city, state (not PHI), ZIP."""
    c, st = city_state(rng)
    return [street(rng), ", ", c, f", {st} ", zipcode(rng)]


def intl_address(rng):
    c, country, pc = rng.choice(INTL_CITIES)
    return [street(rng), ", ", ("CITY", c), " ", ("ZIP", pc), f", {country}"]


def phone(rng, style=None):
    area = rng.choice(["617", "802", "334", "207", "484", "508", "612", "970", "541", "828"])
    x = f"01{rng.randrange(0, 100):02d}"
    style = style if style is not None else rng.randrange(6)
    return ("PHONE", [f"({area}) 555-{x}", f"{area}-555-{x}", f"{area}.555.{x}", f"+1 {area} 555 {x}",
                      f"1-{area}-555-{x}", f"{area} 555-{x}"][style])


def intl_phone(rng):
    return ("PHONE", rng.choice(["+353 91 555 01", "+64 3 555 01", "+44 113 555 01"]) + f"{rng.randrange(100):02d}")


def email(rng, person):
    local = re.sub(r"[^a-z.\-]", "", rng.choice([f"{person.first}.{person.last}", f"{person.first[0]}{person.last}",
                                                  f"{person.last}{rng.randrange(10, 99)}"]).lower().replace(" ", ""))
    local = re.sub(r"\d", "", local) + (str(rng.randrange(1, 99)) if rng.random() < 0.3 else "")
    dom = rng.choice(["example.com", "example.org", "example.net", "mail.example.com", "health.example.org"])
    return ("EMAIL", f"{local}@{dom}")


def url(rng, kind="viewer", value=None):
    host = rng.choice(["pacs", "portal", "imaging", "share", "research", "travel"]) + rng.choice([".", "-rad."])
    dom = rng.choice(["example.org", "example.com", "example.net"])
    tail = {"viewer": f"viewer/study?acc={value or rng.randrange(10**7, 10**8)}",
            "portal": f"patient/{rng.randrange(10**5, 10**6)}/results", "form": f"forms/{rng.randrange(100, 999)}",
            "survey": f"s/{rng.randrange(10**5, 10**6):x}"}[kind]
    return ("URL", f"https://{host}{dom}/{tail}")


def ip(rng):
    return ("IP_ADDRESS", rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                      f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                      f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"]))


def mrn(rng):
    return ("MRN", rng.choice([f"{rng.randrange(10**7, 10**8):08d}", f"E{rng.randrange(10**6, 10**7)}",
                               f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10)}",
                               f"MR{rng.randrange(10**6, 10**7)}", f"{rng.randrange(10**8, 10**9)}"]))


def accession(rng, mod="CT"):
    return ("ACCESSION", rng.choice([f"{rng.choice(['25', '26'])}{mod}{rng.randrange(10**5, 10**6)}",
                                     f"A{rng.randrange(10**7, 10**8)}", f"RAD-{rng.randrange(24, 27)}-{rng.randrange(10**5, 10**6)}",
                                     f"{rng.randrange(10**9, 10**10)}"]))


def ssn(rng):
    return ("SSN", f"{rng.choice([rng.randrange(101, 665), rng.randrange(667, 899)]):03d}-{rng.randrange(1, 99):02d}-{rng.randrange(1, 9999):04d}")


def plan_id(rng):
    a = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3))
    return ("HEALTH_PLAN_ID", rng.choice([f"{a}{rng.randrange(10**8, 10**9)}", f"W{rng.randrange(10**8, 10**9)}",
                                          f"{a} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} {rng.randrange(10, 99)}",
                                          f"{rng.randrange(1, 9)}{a[:2]}{rng.randrange(1, 9)}-{a[2]}{rng.randrange(10, 99)}-{rng.randrange(10, 99)}"]))


def account(rng):
    return ("ACCOUNT_ID", rng.choice([f"{rng.randrange(10**8, 10**9)}", f"HAR{rng.randrange(10**6, 10**7)}",
                                      f"ACCT-{rng.randrange(10**5, 10**6)}-{rng.randrange(10, 99)}",
                                      f"V{rng.randrange(10**7, 10**8)}"]))


def serial(rng):
    a = "".join(rng.choice("ABCDEFHJKLMNPRTVWXY") for _ in range(3))
    return ("DEVICE_SERIAL", rng.choice([f"{a}{rng.randrange(10**5, 10**6)}{rng.choice('SNHV')}",
                                         f"{rng.randrange(10**7, 10**8)}", f"SN-{a}-{rng.randrange(1000, 9999)}",
                                         f"{a[:2]}{rng.randrange(10, 99)}-{rng.randrange(10**4, 10**5)}"]))


def ymd(rng, y0=2024, y1=2026):
    return rng.randrange(y0, y1 + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def dob_for(rng, age, year=2026):
    return year - age - rng.randrange(0, 2), rng.randrange(1, 13), rng.randrange(1, 29)


DATE_FORMATS = ["mdy", "mdy2", "iso", "dmy_abbr", "long", "dmy_long", "mon_abbr", "mdy_dash", "compact"]


def date(rng, d=None, fmt=None):
    y, m, dd = d or ymd(rng)
    fmt = fmt or rng.choice(DATE_FORMATS)
    mon = MONTHS[m - 1]
    s = {"mdy": f"{m:02d}/{dd:02d}/{y}", "mdy2": f"{m}/{dd}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{dd:02d}",
         "dmy_abbr": f"{dd:02d}-{mon[:3]}-{y}", "long": f"{mon} {dd}, {y}", "dmy_long": f"{dd} {mon} {y}",
         "mon_abbr": f"{mon[:3]} {dd}, {y}", "mdy_dash": f"{m:02d}-{dd:02d}-{y}", "compact": f"{y}{m:02d}{dd:02d}",
         "md": f"{m}/{dd}", "md_long": f"{mon} {dd}", "mon_dot": f"{mon[:3]}. {dd}" if m != 5 else f"May {dd}",
         "dmy_slash": f"{dd:02d}/{m:02d}/{y}"}[fmt]
    return ("DATE_TIME", s)


def time(rng, fmt=None):
    h, mi, sec = rng.randrange(6, 23), rng.randrange(0, 60), rng.randrange(0, 60)
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    fmt = fmt or rng.choice(["hm", "hm", "ampm", "hours", "hms", "ampm_dot"])
    return ("DATE_TIME", {"hm": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {ap}", "hours": f"{h:02d}{mi:02d} hours",
                          "hms": f"{h:02d}:{mi:02d}:{sec:02d}", "ampm_dot": f"{h12}:{mi:02d} {ap[0].lower()}.m.",
                          "hhmm": f"{h:02d}{mi:02d}"}[fmt])


def old_age(rng):
    return rng.randrange(90, 106)


_AGE_ADJ = [("", "-year-old"), ("", " y/o"), ("", "yo"), ("", "-yr-old"), ("", "-year-old"), ("", " yo")]
_AGE_PRED = [("", " years old"), ("age ", ""), ("aged ", ""), ("", " years of age"), ("", " now")]


def age_over(rng, a=None, kind=None):
    """An age over 89 written one of many ways; only the number is the PHI span.

    kind "adj" fits "a ___ woman", "pred" fits "she is ___", None allows any form."""
    a = str(a or old_age(rng))
    if kind:
        pre, post = rng.choice(_AGE_ADJ if kind == "adj" else _AGE_PRED)
        return [pre, ("AGE_OVER_89", a), post]
    pre, post = rng.choice([("", "-year-old"), ("", " y/o"), ("", "yo"), ("age ", ""), ("", " years old"),
                            ("", "Y"), ("aged ", ""), ("", "-yr-old"), ("", " yrs"), ("", "-year-old"), ("", " yo")])
    return [pre, ("AGE_OVER_89", a), post]
