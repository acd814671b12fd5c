"""People, places and identifiers for blind10 (all invented).

Functions return plain (unmarked) strings; the style modules decide what to mark.
"""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass

import b10_pools as pools


@dataclass
class Person:
    given: str
    family: str
    middle: str
    sex: str
    tradition: str
    nickname: str | None = None
    cred: str | None = None

    # name renderings (values only; titles and credentials are added by the caller) ------------
    def full(self) -> str:
        return f"{self.given} {self.middle}. {self.family}" if self.middle else f"{self.given} {self.family}"

    def plain(self) -> str:
        return f"{self.given} {self.family}"

    def last_first(self) -> str:
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.family.upper()}, {self.given.upper()}{mid}"

    def last_first_mixed(self) -> str:
        return f"{self.family}, {self.given}"

    def hl7(self) -> str:
        return f"{self.family.upper()}^{self.given.upper()}^{self.middle}"

    def initial_last(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def initials(self) -> str:
        return f"{self.given[0]}.{self.family[0].upper()}."

    def first(self) -> str:
        return self.given

    def last(self) -> str:
        return self.family

    def lower(self) -> str:
        return self.plain().lower()

    def title(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."

    def pronoun(self) -> str:
        return "he" if self.sex == "M" else "she"

    def possessive(self) -> str:
        return "his" if self.sex == "M" else "her"


def pick_tradition(rng) -> str:
    names = list(pools.TRADITION_WEIGHTS)
    return rng.choices(names, weights=[pools.TRADITION_WEIGHTS[n] for n in names])[0]


def person(rng, sex: str | None = None, tradition: str | None = None, family: str | None = None,
           middle: bool | None = None) -> Person:
    sex = sex or rng.choice("FM")
    tradition = tradition or pick_tradition(rng)
    female, male, families = pools.NAMES[tradition]
    given = rng.choice(female if sex == "F" else male)
    fam = family or rng.choice(families)
    if rng.random() < 0.12 and family is None:
        # hyphenated double surname from two traditions
        other = rng.choice(pools.NAMES[pick_tradition(rng)][2])
        if " " not in fam and " " not in other and "-" not in fam + other and other != fam:
            fam = f"{fam}-{other}"
    if middle is None:
        middle = rng.random() < 0.45
    mid = rng.choice(pools.MIDDLE_INITIALS) if middle and " " not in given and "-" not in given else ""
    nick = pools.NICKNAMES.get(given)
    return Person(given, fam, mid, sex, tradition, nick)


def family_of(rng, p: Person, rel: str) -> Person:
    """A relative sharing the surname (most of the time)."""
    sex = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "mother": "F", "father": "M",
           "sister": "F", "brother": "M", "granddaughter": "F", "grandson": "M"}.get(rel, rng.choice("FM"))
    share = rel not in ("husband", "wife") or rng.random() < 0.6
    if rel in ("daughter", "sister", "granddaughter") and rng.random() < 0.35:
        share = False
    for _ in range(6):
        rel_p = person(rng, sex=sex, tradition=p.tradition, family=p.family if share else None, middle=False)
        if rel_p.given != p.given:
            break
    return rel_p


CREDS = {
    "radiologist": ["MD", "DO", "MD, PhD", "MD, FACR"],
    "resident": ["MD", "DO"],
    "referrer": ["MD", "DO", "NP", "PA-C", "FNP-C"],
    "sonographer": ["RDMS", "RDMS, RVT", "RT(R)(S)"],
    "vascular": ["RVT", "RVS", "RDCS"],
    "tech": ["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RT(R)(M)", "CNMT"],
    "nurse": ["RN", "BSN, RN", "RN, OCN", "LPN"],
    "physicist": ["PhD, DABR", "MS, DABR"],
    "dosimetrist": ["CMD"],
    "trainer": ["ATC", "MS, ATC"],
    "attorney": ["Esq."],
    "pathologist": ["MD", "DO"],
}


def clinician(rng, role: str, sex: str | None = None) -> Person:
    p = person(rng, sex=sex)
    p.cred = rng.choice(CREDS.get(role, ["MD"]))
    return p


# places --------------------------------------------------------------------------------------

def street(rng, unit: bool | None = None) -> str:
    num = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9899), rng.randint(10000, 48999)])
    name = rng.choice(pools.STREET_NAMES)
    suf = rng.choice(pools.STREET_SUFFIXES)
    d = f"{rng.choice(pools.DIRECTIONS)} " if rng.random() < 0.3 else ""
    s = f"{num} {d}{name} {suf}"
    if unit is None:
        unit = rng.random() < 0.3
    if unit:
        s += f" {rng.choice(pools.UNITS)}"
    return s


def po_box(rng) -> str:
    return rng.choice(["PO Box", "P.O. Box", "P O Box"]) + f" {rng.randint(12, 9899)}"


def place(rng) -> tuple[str, str, str]:
    city, state, z3 = rng.choice(pools.US_PLACES)
    z = f"{z3}{rng.randint(1, 99):02d}"
    if rng.random() < 0.2:
        z += f"-{rng.randint(1000, 9999)}"
    return city, state, z


def intl_place(rng):
    return rng.choice(pools.INTL_PLACES)


def facility(rng, kinds: tuple[str, ...] = ("hospital", "clinic", "imaging")) -> tuple[str, str | None]:
    opts = [f for f in pools.FACILITIES if f[2] in kinds]
    name, abbr, _ = rng.choice(opts)
    return name, abbr


# identifiers -----------------------------------------------------------------------------------

def digits(rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def mrn(rng) -> str:
    return rng.choice([
        lambda: f"{rng.randint(100000, 9999999):08d}",
        lambda: f"E{digits(rng, 7)}",
        lambda: f"M{rng.randint(1, 999999):09d}",
        lambda: f"{digits(rng, 1)}-{digits(rng, 3)}-{digits(rng, 3)}",
        lambda: f"RH{digits(rng, 6)}",
        lambda: f"{rng.randint(1000000, 9999999)}",
        lambda: f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 2)}",
    ])()


def accession(rng, modality: str = "CT", when=None) -> str:
    ymd = when.strftime("%y%m%d") if when else f"2{rng.randint(4, 6)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    year = when.year if when else 2026
    return rng.choice([
        lambda: f"{modality}{ymd}{digits(rng, 5)}",
        lambda: f"A{digits(rng, 8)}",
        lambda: f"RAD-{year}-{digits(rng, 6)}",
        lambda: f"{modality}-{str(year)[2:]}-{digits(rng, 6)}",
        lambda: f"{str(year)[2:]}{modality}{digits(rng, 7)}",
        lambda: f"{digits(rng, 10)}",
    ])()


def ssn(rng) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def phone(rng, style: str | None = None) -> str:
    area = rng.choice([rng.randint(201, 989), 413, 508, 615, 719, 859, 920, 956])
    if area % 100 == 11:
        area += 1
    exch = rng.choice([555, rng.randint(201, 989)])
    if exch % 100 == 11:
        exch += 1
    line = f"{rng.randint(0, 9999):04d}" if exch != 555 else f"01{rng.randint(0, 99):02d}"
    style = style or rng.choice(["paren", "dash", "dot", "plus", "paren", "dash", "compact"])
    return {
        "paren": f"({area}) {exch}-{line}",
        "dash": f"{area}-{exch}-{line}",
        "dot": f"{area}.{exch}.{line}",
        "plus": f"+1 {area} {exch} {line}",
        "compact": f"{area}{exch}{line}",
        "one": f"1-{area}-{exch}-{line}",
        "tollfree": f"1-8{rng.choice('0458')}{rng.choice('0458')}-{exch}-{line}",
    }[style]


def intl_phone(rng, prefix: str) -> str:
    if prefix.startswith("+44"):
        return f"{prefix} {digits(rng, 3)} {digits(rng, 4)}" if len(prefix) < 8 else f"{prefix} {digits(rng, 6)}"
    if prefix.startswith("+1"):
        return f"{prefix} {rng.randint(201, 989)} {digits(rng, 4)}"
    if prefix.startswith("+353"):
        return f"{prefix} {digits(rng, 3)} {digits(rng, 4)}"
    return f"{prefix} {digits(rng, 4)} {digits(rng, 4)}"


def _ascii(name: str) -> str:
    flat = unicodedata.normalize("NFKD", name.lower()).replace("ł", "l")
    return "".join(ch for ch in flat if ch.isascii() and ch.isalpha())


def email(rng, p: Person | None = None, domain: str | None = None) -> str:
    dom = domain or rng.choice(pools.EMAIL_DOMAINS)
    if p is None:
        user = rng.choice(["him.release", "records.requests", "rad.scheduling", "imaging-desk", "roi.team"])
    else:
        g, f = _ascii(p.given), _ascii(p.family)
        user = rng.choice([f"{g[0]}{f}", f"{g}.{f}", f"{f}.{g[0]}", f"{g}{f}{rng.randint(1950, 2005)}",
                           f"{g}_{rng.randint(10, 99)}"])
    return f"{user}@{dom}"


def portal_url(rng, token: str | None = None) -> str:
    host = rng.choice(pools.PORTAL_HOSTS)
    tok = token or "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    return rng.choice([f"https://{host}/r/{tok}", f"https://{host}/appt?c={tok}", f"{host}/s/{tok.lower()}"])


def ip(rng, private: bool = True) -> str:
    if private:
        return rng.choice([f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                           f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])
    return f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng) -> str:
    a = _MBI_LETTERS
    an = a + string.digits
    s = (f"{rng.randint(1, 9)}{rng.choice(a)}{rng.choice(an)}{rng.randint(0, 9)}-{rng.choice(a)}{rng.choice(an)}"
         f"{rng.randint(0, 9)}-{rng.choice(a)}{rng.choice(a)}{rng.randint(0, 9)}{rng.randint(0, 9)}")
    return s if rng.random() < 0.6 else s.replace("-", "")


def member_id(rng) -> str:
    return rng.choice([
        lambda: f"{rng.choice(['XJH', 'BCX', 'KMU', 'W'])}{digits(rng, 9)}",
        lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}-0{rng.randint(1, 4)}",
        lambda: f"MCD {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        lambda: f"ZGP{digits(rng, 8)}{rng.choice(string.ascii_uppercase)}",
        lambda: f"{rng.choice(string.ascii_uppercase)}{digits(rng, 8)}",
    ])()


def account(rng) -> str:
    return rng.choice([
        lambda: f"{digits(rng, 8)}",
        lambda: f"V{digits(rng, 11)}",
        lambda: f"HAR{digits(rng, 10)}",
        lambda: f"{digits(rng, 2)}-{digits(rng, 6)}",
        lambda: f"ENC-{digits(rng, 7)}",
    ])()


def claim_number(rng) -> str:
    return rng.choice([f"WC-{rng.randint(2024, 2026)}-{digits(rng, 6)}", f"{digits(rng, 3)}{rng.choice('CK')}{digits(rng, 6)}",
                       f"CLM{digits(rng, 9)}", f"{digits(rng, 2)}-{digits(rng, 5)}-{rng.choice('ABW')}"])


def device_serial(rng) -> str:
    L = string.ascii_uppercase
    return rng.choice([
        lambda: f"{rng.choice(L)}{rng.choice(L)}{rng.choice(L)}{digits(rng, 6)}{rng.choice(L)}",
        lambda: f"{rng.choice(['US', 'CT', 'MR', 'DR'])}-{digits(rng, 4)}-{digits(rng, 4)}",
        lambda: f"SN{digits(rng, 8)}",
        lambda: f"{digits(rng, 5)}-{rng.choice(L)}{rng.choice(L)}",
        lambda: f"{rng.choice(L)}{digits(rng, 7)}",
    ])()


def token(rng, n: int = 8) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))
