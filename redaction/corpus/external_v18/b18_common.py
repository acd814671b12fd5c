"""Document builder and value formatters for the blind18 corpus.

Spans are recorded while the text is appended (``Doc.w``); nothing is searched for afterwards.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import b18_pools as P

PHI_TYPES = {
    "PERSON", "DATE_TIME", "AGE_OVER_89", "MRN", "ACCESSION", "SSN", "PHONE", "EMAIL", "URL", "IP_ADDRESS",
    "STREET_ADDRESS", "CITY", "ZIP", "FACILITY", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
}


class Doc:
    def __init__(self, rng):
        self.rng = rng
        self.buf: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def w(self, *parts):
        """Append parts: a str is plain text, a (kind, value) tuple is a PHI type or a keep label."""
        for part in parts:
            if isinstance(part, str):
                self._raw(part)
                continue
            kind, value = part
            value = str(value)
            assert value and value == value.strip(), (kind, value)
            span = {"start": self.n, "end": self.n + len(value)}
            self._raw(value)
            if kind in PHI_TYPES:
                self.phi.append({**span, "type": kind, "text": value})
            else:
                self.keep.append({**span, "label": kind, "text": value})
        return self

    def ln(self, *parts):
        return self.w(*parts, "\n")

    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    @property
    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, rng, last=None):
        self.first = rng.choice(P.FIRST)
        self.last = last or rng.choice(P.LAST)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
        self.sfx = rng.choice([" Jr.", " III", " Sr.", " II"]) if rng.random() < 0.05 else ""

    def fmt(self, rng, how=None):
        how = how or rng.choice(["LF", "LFM", "FL", "FML", "UPLF", "UPLFM", "IL", "FL"])
        f, l, m = self.first, self.last, self.mi
        return {
            "LF": f"{l}, {f}", "LFM": f"{l}, {f} {m}", "FL": f"{f} {l}{self.sfx}", "FML": f"{f} {m}. {l}{self.sfx}",
            "UPLF": f"{l.upper()}, {f.upper()}", "UPLFM": f"{l.upper()}, {f.upper()} {m}", "IL": f"{f[0]}. {l}",
            "L": l, "F": f, "UPL": l.upper(), "LFnosp": f"{l},{f}", "HL7": f"{l.upper()}^{f.upper()}^{m}",
        }[how]


def people(rng, n):
    """n people with distinct surnames and first names (so no value is a sub-token of another's)."""
    out, seen = [], set()
    while len(out) < n:
        p = Person(rng)
        if p.last in seen or p.first in seen:
            continue
        seen.update({p.last, p.first})
        out.append(p)
    return out


CREDS = ["MD", "DO", "RN", "NP", "PA-C", "RT(R)", "RT(R)(MR)", "BSN, RN", "CNM", "DDS", "MD, PhD", "RDMS",
         "LCSW", "ATC", "CCRP", "RPSGT", "Au.D."]


# ---------------------------------------------------------------- dates and times
def rdate(rng, lo=2024, hi=2026):
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(hi, 12, 28).toordinal()))


def dob(rng, old=False):
    y = rng.randint(1928, 1935) if old else rng.randint(1940, 2019)
    return dt.date(y, rng.randint(1, 12), rng.randint(1, 28))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def fdate(rng, d, how=None):
    how = how or rng.choice(["us", "us2", "iso", "dmy", "long", "dlong", "mabbr", "compact", "dash", "usz"])
    m, dd, y = d.month, d.day, d.year
    return {
        "us": f"{m}/{dd}/{y}", "usz": f"{m:02d}/{dd:02d}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
        "iso": d.isoformat(), "dmy": f"{dd:02d}-{MON[m - 1]}-{y}", "long": f"{MONTH[m - 1]} {dd}, {y}",
        "dlong": f"{dd} {MONTH[m - 1]} {y}", "mabbr": f"{MON[m - 1]} {dd}, {y}", "compact": f"{y}{m:02d}{dd:02d}",
        "dash": f"{m:02d}-{dd:02d}-{y}", "md": f"{m}/{dd}", "mdlong": f"{MONTH[m - 1]} {dd}",
        "mdabbr": f"{MON[m - 1]}. {dd}" if m != 5 else f"May {dd}", "dotted": f"{dd:02d}.{m:02d}.{y}",
        "dmy2": f"{dd}/{m}/{y}", "upper": f"{dd:02d}{MON[m - 1].upper()}{y}",
    }[how]


def ftime(rng, how=None):
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    how = how or rng.choice(["24", "ampm", "hours", "24s", "pm2", "mil"])
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "24": f"{h:02d}:{mi:02d}", "ampm": f"{h12}:{mi:02d} {ap}", "hours": f"{h:02d}{mi:02d} hours",
        "24s": f"{h:02d}:{mi:02d}:{s:02d}", "pm2": f"{h12}:{mi:02d} {ap[0].lower()}.m.", "mil": f"{h:02d}{mi:02d}",
        "ampm_nosp": f"{h12}:{mi:02d}{ap.lower()}",
    }[how]


def age_of(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- identifiers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def letters(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def mrn(rng):
    return rng.choice([
        lambda: digits(rng, 8), lambda: "M" + digits(rng, 7), lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}",
        lambda: "E" + digits(rng, 9), lambda: digits(rng, 6) + "-" + rng.choice("0123456789"),
        lambda: "IHS" + digits(rng, 6), lambda: "00" + digits(rng, 7),
    ])()


def accession(rng):
    return rng.choice([
        lambda: "RAD" + digits(rng, 9), lambda: f"{rng.choice(['CT', 'MR', 'XR', 'FL', 'US'])}{rng.randint(24, 26)}-{digits(rng, 6)}",
        lambda: digits(rng, 10), lambda: f"ACC{digits(rng, 7)}", lambda: f"{letters(rng, 2)}{digits(rng, 8)}",
    ])()


def ssn(rng):
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def phone(rng):
    area = rng.choice(["505", "520", "928", "218", "509", "406", "605", "402", "316", "918", "318", "228", "423",
                       "828", "912", "850", "956", "915", "619", "559", "541", "775", "802", "207", "716", "808"])
    last = f"555-01{rng.randint(0, 99):02d}"
    return rng.choice([f"({area}) {last}", f"{area}-{last}", f"{area}.{last.replace('-', '.')}", f"1-{area}-{last}",
                       f"+1 {area} {last}", f"{area}/{last}"])


def email(rng, p):
    user = rng.choice(P.EMAIL_USERS).format(f=p.first.lower(), l=p.last.lower(), fi=p.first[0].lower(),
                                            n=rng.randint(2, 99))
    user = unicodedata.normalize("NFKD", user)
    user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._")) or "pt"
    return f"{user}@{rng.choice(P.EMAIL_DOMAINS)}"


def plan_id(rng):
    return rng.choice([f"{letters(rng, 3)}{digits(rng, 9)}", f"W{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 2)}",
                       f"{digits(rng, 1)}{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 1)}-{letters(rng, 2)}{digits(rng, 2)}",
                       f"MCD{digits(rng, 10)}", f"ZX{digits(rng, 7)}-01"])


def account(rng):
    return rng.choice([f"ACCT-{digits(rng, 8)}", digits(rng, 11), f"{letters(rng, 1)}{digits(rng, 9)}",
                       f"HAR {digits(rng, 9)}", f"{digits(rng, 4)}-{digits(rng, 6)}", f"GU{digits(rng, 7)}"])


def serial(rng):
    return rng.choice([f"SN{digits(rng, 8)}", f"{letters(rng, 3)}{digits(rng, 6)}", f"{digits(rng, 4)}-{letters(rng, 2)}-{digits(rng, 5)}",
                       f"L{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 6)}", f"{letters(rng, 2)}-{digits(rng, 7)}"])


def ip(rng):
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])


def street(rng, unit=None):
    s = f"{rng.randint(2, 98999)} {rng.choice(P.STREETS)} {rng.choice(P.SUFFIX)}"
    if unit or (unit is None and rng.random() < 0.3):
        s += rng.choice([", ", " "]) + rng.choice(P.UNITS)
    return s


def zipc(rng):
    z = digits(rng, 5)
    return z if rng.random() < 0.8 else f"{z}-{digits(rng, 4)}"


def address(d, rng, sep=", ", upper=False):
    """Street, city, state and ZIP as separate spans (state is not PHI)."""
    city, st = rng.choice(P.CITIES)
    s = street(rng)
    if upper:
        s, city = s.upper(), city.upper()
    d.w(("STREET_ADDRESS", s), sep, ("CITY", city), rng.choice([", ", " "]), st, rng.choice([" ", "  "]),
        ("ZIP", zipc(rng)))
    return city


def url(rng, host=None, path=None):
    host = host or rng.choice(["portal.example.org", "images.example.com", "share.example.net", "pacs.example.org"])
    return f"https://{host}/{path or rng.choice(['pt', 'view', 'doc', 'r'])}/{digits(rng, 6)}{letters(rng, 2).lower()}"


def typo(rng, s, p=0.15):
    """Occasionally swap two adjacent letters in ordinary (non-span) text."""
    if len(s) < 6 or rng.random() > p:
        return s
    depth, ok = 0, []
    for j, c in enumerate(s[:-1]):
        depth += (c == "{") - (c == "}")
        if depth == 0 and j > 0 and c.isalpha() and s[j + 1].isalpha() and c != s[j + 1]:
            ok.append(j)
    if not ok:
        return s
    i = rng.choice(ok)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


# ---------------------------------------------------------------- mini markup
import re as _re

KEEP_CODES = {"a": "anatomy", "m": "measurement", "e": "eponym", "s": "score", "q": "sequence",
              "v": "vertebral_level", "o": "modality", "c": "credential", "h": "section_header", "y": "year",
              "g": "age_under_90"}
_TOK = _re.compile(r"\{(\w+)(?::([^}]*))?\}")


def mk(d, template, **vals):
    """Append template: {a:left kidney} is a keep-span (code -> label), {name} takes vals[name], which is a
    (TYPE, value) tuple, a plain str, or None (drops nothing but the token)."""
    pos = 0
    for m in _TOK.finditer(template):
        d.w(template[pos:m.start()])
        code, lit = m.group(1), m.group(2)
        if lit is not None:
            d.w((KEEP_CODES[code], lit))
        else:
            v = vals[code]
            if v is not None:
                d.w(v)
        pos = m.end()
    d.w(template[pos:])
    return d


EPONYM_SURNAMES = {
    "Baker": "{e:Baker cyst}", "Bell": "{e:Bell palsy}", "Graves": "{e:Graves disease}", "Paget": "{e:Paget disease}",
    "Hill": "{e:Hill-Sachs lesion}", "Jones": "{e:Jones fracture}", "Smith": "{e:Smith fracture}",
    "Parkinson": "{e:Parkinson disease}", "Addison": "{e:Addison disease}", "Cushing": "{e:Cushing syndrome}",
}


MEDICAL_EPONYMS = ("Addison", "Bell", "Cushing", "Graves", "Paget", "Parkinson")


def eponym_patient(d, rng, pt, p=0.25, pool=None):
    """Sometimes give the patient an eponym surname and mention the eponymous condition (PMH line)."""
    if rng.random() < p:
        pt.last = rng.choice(pool or sorted(EPONYM_SURNAMES))
        pt.sfx = ""
        return EPONYM_SURNAMES[pt.last]
    return None


def age_span(n):
    return ("AGE_OVER_89" if n > 89 else "age_under_90", str(n))


def patient(rng, old_p=0.12, ages=None):
    """A patient with DOB, visit date and age; ages=(lo, hi) restricts the age at the visit."""
    p = Person(rng)
    p.visit = rdate(rng)
    if ages:
        y = p.visit.year - rng.randint(*ages) - 1
        p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.dob = dob(rng, old=rng.random() < old_p)
    p.age = age_of(p.dob, p.visit)
    p.mrn = mrn(rng)
    return p


def pick(rng, *options):
    return rng.choice(options)


_LABELS = {
    "name": ["Patient", "Pt", "Name", "PATIENT NAME", "Patient Name", "Pt name", "NAME"],
    "mrn": ["MRN", "MR#", "Med Rec No.", "Medical Record #", "Chart", "MRN#", "HRN"],
    "dob": ["DOB", "D.O.B.", "Date of Birth", "Birth date", "DOB", "Born"],
    "age": ["Age", "AGE", "Age (yrs)"],
    "acc": ["Acc", "Accession", "ACC#", "Accession No.", "Exam #"],
    "acct": ["Acct", "Account", "Visit/Enc #", "FIN", "HAR"],
    "plan": ["Ins ID", "Member ID", "Subscriber #", "Policy"],
}


def pt_header(d, rng, pt, keys=("name", "mrn", "dob"), vals=None):
    """Patient demographics in one of several layouts with varied labels and value formats."""
    vals = dict(vals or {})
    fmts = {
        "name": lambda: ("PERSON", pt.fmt(rng)), "mrn": lambda: ("MRN", pt.mrn),
        "dob": lambda: ("DATE_TIME", fdate(rng, pt.dob)), "age": lambda: age_span(pt.age),
        "acc": lambda: ("ACCESSION", accession(rng)), "acct": lambda: ("ACCOUNT_ID", account(rng)),
        "plan": lambda: ("HEALTH_PLAN_ID", plan_id(rng)),
    }
    keys = list(keys)
    if rng.random() < 0.3 and len(keys) > 2:
        first, rest = keys[:1], keys[1:]
        rng.shuffle(rest)
        keys = first + rest
    items = [(rng.choice(_LABELS[k]), vals[k] if k in vals else fmts[k]()) for k in keys]
    lay = rng.randint(0, 4)
    if lay == 0:
        for lab, v in items:
            d.ln(lab, ": ", v)
    elif lay == 1:
        for j, (lab, v) in enumerate(items):
            d.w(" | " if j else "", lab, " ", v)
        d.ln()
    elif lay == 2:
        for j, (lab, v) in enumerate(items):
            d.w(" / " if j else "", v)
        d.ln()
    elif lay == 3:
        width = max(len(lab) for lab, _ in items) + 3
        for lab, v in items:
            d.ln(lab.upper().ljust(width, "."), " ", v)
    else:
        for j, (lab, v) in enumerate(items):
            d.w("   " if j % 2 else ("" if j == 0 else "\n"), lab, ":", v)
        d.ln()
