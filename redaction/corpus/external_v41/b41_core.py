"""Shared builder, transport artefacts, pools and clinical snippets for blind corpus 41."""

from __future__ import annotations

import unicodedata

ZW = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
SHY = "\u00ad"
NBSP = "\u00a0"
THIN = "\u2009"
NNBSP = "\u202f"
LRM, RLM, LRE, PDF_, RLI, PDI = "\u200e", "\u200f", "\u202a", "\u202c", "\u2067", "\u2069"


class Doc:
    """Append pieces and record spans; optional hard wrap with a line prefix (e-mail quoting, fax text)."""

    def __init__(self, rng, wrap: int | None = None, prefix: str = "", hyph: float = 0.0):
        self.rng = rng
        self.parts: list[str] = []
        self.n = 0
        self.col = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []
        self.wrap = wrap
        self.prefix = prefix
        self.hyph = hyph

    def _render(self, s: str) -> str:
        if not self.wrap:
            return s
        out = []
        i = 0
        while i < len(s):
            ch = s[i]
            if ch == "\n":
                out.append("\n" + self.prefix)
                self.col = len(self.prefix)
                i += 1
                continue
            if ch == " ":
                j = i + 1
                while j < len(s) and s[j] not in " \n":
                    j += 1
                word = s[i + 1:j]
                if self.col + 1 + len(word) > self.wrap and self.col > len(self.prefix) + 8:
                    if len(word) >= 8 and word.isalpha() and self.rng.random() < self.hyph:
                        k = max(3, self.wrap - self.col - 2)
                        k = min(k, len(word) - 3)
                        out.append(" " + word[:k] + "-\n" + self.prefix + word[k:])
                        self.col = len(self.prefix) + len(word) - k
                        i = j
                        continue
                    out.append("\n" + self.prefix)
                    self.col = len(self.prefix)
                    i += 1
                    continue
            out.append(ch)
            self.col += 1
            i += 1
        return "".join(out)

    def t(self, s: str) -> "Doc":
        r = self._render(s)
        self.parts.append(r)
        self.n += len(r)
        return self

    def _span(self, s: str, store: list, key: str, val: str):
        r = self._render(s)
        assert r and r == r.strip(), repr(r)
        store.append({"start": self.n, "end": self.n + len(r), key: val, "text": r})
        self.parts.append(r)
        self.n += len(r)
        return self

    def p(self, s: str, typ: str) -> "Doc":
        return self._span(s, self.phi, "type", typ)

    def k(self, s: str, label: str) -> "Doc":
        return self._span(s, self.keep, "label", label)

    def seq(self, pieces) -> "Doc":
        """pieces: iterable of str or (str, kind) where kind is a PHI type (upper) or keep label (lower)."""
        for pc in pieces:
            if isinstance(pc, str):
                self.t(pc)
            elif pc[1].isupper():
                self.p(pc[0], pc[1])
            else:
                self.k(pc[0], pc[1])
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- artefacts (never at a value's edges)
def zw(rng, s: str, n: int = 1) -> str:
    if len(s) < 3:
        return s
    for _ in range(n):
        i = rng.randint(1, len(s) - 1)
        if s[i - 1].isspace() or s[i].isspace():
            continue
        s = s[:i] + rng.choice(ZW[:4]) + s[i:]
    return s


def shy(rng, s: str) -> str:
    words = s.split(" ")
    out = []
    for w in words:
        if len(w) >= 6 and w.isalpha() and rng.random() < 0.6:
            i = rng.randint(2, len(w) - 3)
            w = w[:i] + SHY + w[i:]
        out.append(w)
    return " ".join(out)


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def fw(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else ("\u3000" if c == " " else c) for c in s)


def fw_digits(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def nb(rng, s: str) -> str:
    return s.replace(" ", rng.choice((NBSP, THIN, NNBSP)))


def lig(s: str) -> str:
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
        s = s.replace(a, b)
    return s


def mojibake(s: str) -> str:
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def curly(rng, s: str) -> str:
    if rng.random() < 0.5:
        s = s.replace("'", "\u2019")
    return s


def mangle(rng, s: str) -> str:
    """One random artefact typical of a pasted/transported value."""
    r = rng.random()
    if r < 0.3:
        return zw(rng, s, rng.randint(1, 2))
    if r < 0.45:
        return shy(rng, s)
    if r < 0.6:
        return nb(rng, s) if " " in s else zw(rng, s)
    if r < 0.7:
        return nfd(s)
    return s


# ---------------------------------------------------------------- pools (all invented)
FIRST = ("Aurelio", "Brigid", "Cosmin", "Delphine", "Eamon", "Fenella", "Giedre", "Hamish", "Ines", "Jarrah",
         "Kalinda", "Lorcan", "Mireille", "Nkechi", "Oisin", "Perpetua", "Quillon", "Rosalind", "Sebastiao",
         "Tamsin", "Ulrike", "Vesna", "Wendeline", "Xiomara", "Yusuf", "Zdenka", "Bartholomew", "Clodagh",
         "Dmitri", "Efua", "Florian", "Gwenllian", "Horatio", "Ifeoma", "Joaquim", "Kerensa", "Leopold", "Maelle")
ACCENT_FIRST = ("José", "Zoë", "Renée", "Søren", "Françoise", "Máire", "Željko", "Ngọc", "Bérénice", "Joël",
                "Ñusta", "Örjan", "Thérèse", "Agnès", "Łucja")
LAST = ("Montgomery", "Fairweather", "Okonkwo-Reyes", "Vasquez-Lindqvist", "Abernathy", "Castellanos",
        "Drummond", "Eberhardt", "Fitzwilliam", "Gallagher", "Halvorsen", "Iwasaki", "Jablonski", "Kowalczyk",
        "Lindgren", "MacAllister", "Nakashima", "O'Donoghue", "Pemberton", "Quartermaine", "Rasmussen",
        "Szczepanski", "Thistlewood", "Underhill", "Valdivieso", "Wetherby", "Yarborough", "Zabłocki",
        "Baker", "Bell", "Hill", "Long", "Young", "Graves", "Finch", "Marsh", "Ashworth", "Blackwood")
ACCENT_LAST = ("Müller-Brandt", "Nguyễn", "Ibáñez", "Åkesson", "Gonçalves", "Désirée-Lafleur", "Çelik",
               "Łukasiewicz", "Ó Súilleabháin", "Peña", "Mäkelä", "Dvořák", "Jiménez", "Žukauskas")
ARABIC_NAMES = ("محمد العلي", "فاطمة الزهراني", "يوسف حداد", "ليلى منصور")
HEBREW_NAMES = ("דוד כהן", "מרים לוי", "נועה פרץ")
FACILITIES = ("Harborview Ridge Imaging", "St. Wendreda Community Hospital", "Larkspur Valley Medical Center",
              "Cobalt Point Radiology Associates", "Northfold Orthopaedic Institute", "Kestrel Bay Regional",
              "Mercy Tamarind Hospital", "Ashgrove Diagnostic Imaging", "Pinecrest Women's Health Pavilion",
              "Granite Hollow Cancer Center", "Saint Odile Infirmary", "Brackenridge Outpatient Imaging")
STREETS = ("Quarry Lane", "Tamarack Ave", "Lamplighter Way", "Old Mill Road", "Chandler Court", "Heronsgate Blvd",
           "Wexford Street", "Juniper Hollow Dr", "Saltmarsh Rd", "Caraway Place", "Fennimore Terrace")
CITIES = (("Port Alder", "ME"), ("Wrenfield", "VT"), ("Coldwater Springs", "CO"), ("Marrowbone", "KY"),
          ("East Thistleton", "PA"), ("Lake Okeewin", "MN"), ("Bramblecross", "OR"), ("San Lucerno", "CA"),
          ("Fort Heddon", "TX"), ("Glen Ardagh", "NY"), ("New Caldwell", "OH"))
DOMAINS = ("example.org", "example.net", "example.com", "mail.example.org", "clinic.example.net")
AREA = ("207", "802", "719", "606", "412", "218", "541", "805", "915", "518", "330")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def first(rng, accent=0.25):
    return rng.choice(ACCENT_FIRST) if rng.random() < accent else rng.choice(FIRST)


def last(rng, accent=0.25):
    return rng.choice(ACCENT_LAST) if rng.random() < accent else rng.choice(LAST)


def person(rng, accent=0.25):
    return first(rng, accent), last(rng, accent)


def name_form(rng, f, l, mid=True):
    m = rng.choice("ABCDEJKLMRST")
    return rng.choice((f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()}", f"{f} {m}. {l}" if mid else f"{f} {l}",
                       f"{f[0]}. {l}", f"{l}, {f} {m}"))


def date(rng, fmt=None, year=None):
    y = year or rng.randint(2023, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt if fmt is not None else rng.randint(0, 7)
    mon = MONTHS[m - 1]
    return (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon[:3]}-{y}",
            f"{mon} {d}, {y}", f"{d} {mon} {y}", f"{mon[:3]} {d}, {y}", f"{y}{m:02d}{d:02d}", f"{m}/{d}")[fmt]


def dob(rng, fmt=None):
    return date(rng, fmt, year=rng.randint(1931, 2012))


def time(rng, fmt=None):
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    fmt = fmt if fmt is not None else rng.randint(0, 4)
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return (f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {ap}", f"{h:02d}{mi:02d} hours", f"{h:02d}:{mi:02d}:{s:02d}",
            f"{h12}:{mi:02d} {ap.lower()[0]}.m.")[fmt]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mrn(rng):
    return rng.choice(("M", "K7", "")) + digits(rng, rng.choice((7, 8)))


def acc(rng):
    return rng.choice((f"RX{digits(rng, 9)}", f"ACC-{digits(rng, 4)}-{digits(rng, 5)}", f"E{digits(rng, 10)}"))


def ssn(rng):
    return f"9{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}"


def phone(rng):
    a = rng.choice(AREA)
    x = f"01{digits(rng, 2)}"
    return rng.choice((f"({a}) 555-{x}", f"{a}-555-{x}", f"{a}.555.{x}", f"+1 {a} 555 {x}"))


def email(rng, f, l):
    base = unicodedata.normalize("NFKD", f"{f}.{l}").encode("ascii", "ignore").decode().lower()
    base = "".join(c for c in base if c.isalnum() or c == ".")
    return f"{base}@{rng.choice(DOMAINS)}"


def url(rng, a=None):
    a = a or acc(rng)
    return rng.choice((f"https://pacs.example.net/viewer?acc={a}", f"https://portal.example.org/share/{digits(rng, 8)}",
                       f"http://10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}/wado?study={a}"))


def ip(rng):
    return rng.choice((f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"))


def street(rng):
    return f"{rng.randint(3, 9899)} {rng.choice(STREETS)}" + rng.choice(("", "", f" Apt {rng.randint(1, 40)}",
                                                                          f", Unit {rng.choice('ABCD')}{rng.randint(1, 9)}"))


def zipc(rng):
    return f"{rng.randint(1, 99):02d}{rng.randint(100, 999)}"


def plan(rng):
    return rng.choice((f"ZQH{digits(rng, 9)}", f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-TE{rng.randint(1, 9)}-MK{digits(rng, 2)}",
                       f"W{digits(rng, 8)}-01"))


def account(rng):
    return rng.choice((f"HB{digits(rng, 8)}", f"{digits(rng, 10)}", f"GA-{digits(rng, 7)}"))


def serial(rng):
    return rng.choice((f"PJN{digits(rng, 6)}H", f"SN {digits(rng, 4)}-{rng.choice('KLMX')}{digits(rng, 3)}",
                       f"RNA{digits(rng, 6)}S", f"ICD-{digits(rng, 7)}"))


def age90(rng):
    return str(rng.randint(90, 103))
