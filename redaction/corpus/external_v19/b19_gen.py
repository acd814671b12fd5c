"""Value generators for blind19: people, dates, identifiers, addresses, clinical snippets with keep-spans."""

from __future__ import annotations

import datetime as dt

import b19_pools as P

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Person:
    def __init__(self, rng, first=None, last=None):
        self.rng = rng
        self.first = first or rng.choice(P.FIRST)
        self.last = last or rng.choice(P.LAST)
        self.mi = rng.choice(P.MIDDLE)

    def name(self, fmt=None):
        f, l, m = self.first, self.last, self.mi
        fmt = fmt or self.rng.choice(["full", "full", "lastfirst", "LASTFIRST", "init", "fml", "last"])
        return {
            "full": f"{f} {l}", "lastfirst": f"{l}, {f}", "LASTFIRST": f"{l.upper()}, {f.upper()} {m}",
            "init": f"{f[0]}. {l}", "fml": f"{f} {m}. {l}", "last": l, "first": f, "caret": f"{l.upper()}^{f.upper()}^{m}",
            "lastfirstmi": f"{l}, {f} {m}", "LASTFIRSTNOMI": f"{l.upper()}, {f.upper()}", "FULLUP": f"{f.upper()} {l.upper()}",
        }[fmt]


def date(rng, lo=2024, hi=2027):
    start = dt.date(lo, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(hi, 1, 1) - start).days))


def dob(rng, young=False, old=False):
    if old:
        return date(rng, 1929, 1937)
    if young:
        return date(rng, 2012, 2023)
    return date(rng, 1940, 2000)


def fdate(rng, d, fmt=None):
    fmts = ["mdY", "mdy", "iso", "dMonY", "MonthdY", "dMonthY", "MondY", "compact", "mdY-", "MonDot", "md", "Monthd",
            "mdY0"]
    if fmt is None:
        # dates of birth (and other old dates) are written with a year
        fmt = rng.choice(fmts if d.year >= 2020 else [f for f in fmts if f not in ("md", "Monthd", "MonDot")])
    mon = MONTHS[d.month - 1]
    return {
        "mdY": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdY0": f"{d.month}/{d.day}/{d.year}",
        "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(),
        "dMonY": f"{d.day:02d}-{mon[:3]}-{d.year}", "MonthdY": f"{mon} {d.day}, {d.year}",
        "dMonthY": f"{d.day} {mon} {d.year}", "MondY": f"{mon[:3]} {d.day}, {d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}", "mdY-": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "MonDot": f"{mon[:3]}. {d.day}" if len(mon) > 3 else f"{mon} {d.day}", "md": f"{d.month}/{d.day}",
        "Monthd": f"{mon} {d.day}", "dmY": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[fmt]


def ftime(rng, fmt=None):
    h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    fmt = fmt or rng.choice(["hm", "hm", "ampm", "hours", "hms", "pm_dots", "ampm_lc"])
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "hm": f"{h:02d}:{m:02d}", "ampm": f"{h12}:{m:02d} {ap}", "hours": f"{h:02d}{m:02d} hours",
        "hms": f"{h:02d}:{m:02d}:{s:02d}", "pm_dots": f"{h12}:{m:02d} {ap[0].lower()}.m.",
        "ampm_lc": f"{h12}:{m:02d}{ap.lower()}",
    }[fmt]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def letters(rng, n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(alpha) for _ in range(n))


def mrn(rng):
    return rng.choice([
        lambda: digits(rng, 8), lambda: "E" + digits(rng, 7), lambda: f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
        lambda: "MR" + digits(rng, 6), lambda: digits(rng, 10), lambda: f"K{digits(rng, 2)}-{digits(rng, 5)}",
    ])()


def accession(rng):
    return rng.choice([
        lambda: f"RAD{digits(rng, 9)}", lambda: f"{letters(rng, 2)}{digits(rng, 2)}-{digits(rng, 6)}",
        lambda: f"ACC{digits(rng, 7)}", lambda: digits(rng, 11), lambda: f"X{digits(rng, 4)}.{digits(rng, 4)}",
    ])()


def ssn(rng):
    return rng.choice([lambda: f"{rng.randrange(100, 666):03d}-{rng.randrange(10, 99)}-{digits(rng, 4)}",
                       lambda: f"{rng.randrange(100, 666):03d} {rng.randrange(10, 99)} {digits(rng, 4)}",
                       lambda: f"{rng.randrange(100, 666):03d}{rng.randrange(10, 99)}{digits(rng, 4)}"])()


AREA = ["208", "918", "559", "402", "509", "937", "912", "505", "801", "218", "806", "423", "802", "207", "478"]


def phone(rng):
    a, x = rng.choice(AREA), f"555-01{rng.randrange(100):02d}"
    return rng.choice([f"({a}) {x}", f"{a}-{x}", f"{a}.{x.replace('-', '.')}", f"+1 {a} {x.replace('-', ' ')}",
                       f"1-{a}-{x}", f"{a}/{x}", f"({a}){x}"])


def email(rng, person=None):
    if person:
        l = person.last.lower().replace(" ", "").replace("'", "")
        for a, b in (("ö", "o"), ("ç", "c"), ("é", "e"), ("á", "a"), ("í", "i"), ("ć", "c"), ("ś", "s"), ("ó", "o"), ("ä", "a")):
            l = l.replace(a, b)
        user = rng.choice([f"{person.first.lower()}.{l}", f"{person.first[0].lower()}{l}", f"{l}{digits(rng, 2)}"])
        user = user.replace("-", "")
    else:
        user = rng.choice(["radiology.scheduling", "imaging.help", "mri.safety", "frontdesk", "proxy.access",
                           "corelab.queries", "interp.services", "aps.intake", "breast.center"])
    return f"{user}@{rng.choice(P.EMAIL_DOMAINS)}"


def ip(rng):
    return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                       f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                       f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"])


def url(rng, acc=None):
    host = rng.choice(["portal.example.org", "pacs.example.net", "viewer.example.com", ip(rng), "share.example.org"])
    path = rng.choice(["/viewer?acc=" + (acc or digits(rng, 9)), "/proxy/request/" + digits(rng, 6),
                       "/study/" + letters(rng, 3) + digits(rng, 5), "/mychart/forms/" + digits(rng, 4)])
    return f"http{'s' if rng.random() < .7 else ''}://{host}{path}"


def street(rng):
    s = f"{rng.randrange(2, 9899)} {rng.choice(P.STREET_NAMES)} {rng.choice(P.STREET_SUFFIX)}"
    if rng.random() < 0.35:
        s += rng.choice([" ", ", "]) + rng.choice(P.UNITS)
    return s


def place(rng):
    c, st, z = rng.choice(P.CITIES)
    zp = z + digits(rng, 2)
    if rng.random() < 0.15:
        zp += "-" + digits(rng, 4)
    return c, st, zp


def address_items(rng, oneline=True):
    """Items for Doc.w: street, city, state, zip as separate spans."""
    c, st, zp = place(rng)
    sep = ", " if oneline else "\n"
    return [("STREET_ADDRESS", street(rng)), sep, ("CITY", c), ", " + st + " ", ("ZIP", zp)]


def facility(rng):
    return f"{rng.choice(P.FAC_A)} {rng.choice(P.FAC_B)}"


def plan_id(rng):
    return rng.choice([
        lambda: f"{rng.randrange(1, 10)}{letters(rng, 2)}{rng.randrange(10)}-{letters(rng, 2)}{rng.randrange(10)}-{letters(rng, 2)}{digits(rng, 2)}",
        lambda: f"{letters(rng, 3)}{digits(rng, 9)}", lambda: f"W{digits(rng, 9)}", lambda: f"{digits(rng, 9)}-0{rng.randrange(1, 4)}",
        lambda: f"ZGP{digits(rng, 6)}{letters(rng, 1)}",
    ])()


def account(rng):
    return rng.choice([lambda: f"V{digits(rng, 9)}", lambda: f"{digits(rng, 4)}-{digits(rng, 6)}",
                       lambda: f"HAR{digits(rng, 8)}", lambda: f"FIN {digits(rng, 9)}".split()[1], lambda: digits(rng, 12)])()


def serial(rng):
    return rng.choice([lambda: f"SN{digits(rng, 8)}", lambda: f"{letters(rng, 3)}-{digits(rng, 4)}-{letters(rng, 1)}{digits(rng, 2)}",
                       lambda: f"{digits(rng, 6)}{letters(rng, 2)}", lambda: f"LOT {digits(rng, 7)}".replace(" ", "-")])()


def old_age(rng):
    return str(rng.randrange(90, 104))


def young_age(rng, lo=30, hi=89):
    return str(rng.randrange(lo, hi + 1))


def size(rng):
    a = round(rng.uniform(0.3, 4.5), 1)
    if rng.random() < 0.4:
        return f"{a} x {round(rng.uniform(0.3, 4.0), 1)} cm"
    return rng.choice([f"{a} cm", f"{int(a * 10)} mm", f"{a}cm"])


XS = ["CT", "MRI", "MR", "US", "ultrasound", "CTA", "PET/CT", "noncontrast CT"]


def finding(rng):
    """A short clinical sentence with keep spans."""
    k = rng.randrange(7)
    if k == 0:
        return ["Known ", ("eponym", rng.choice(P.EPONYMS)), "; ", ("measurement", size(rng)), " lesion in the ",
                ("anatomy", rng.choice(P.ANATOMY)), "."]
    if k == 1:
        return [("modality", rng.choice(XS)), " shows a ", ("measurement", size(rng)), " nodule, ",
                ("anatomy", rng.choice(P.ANATOMY)), "."]
    if k == 2:
        return ["Disc bulge at ", ("vertebral_level", rng.choice(P.LEVELS)), ", ", ("eponym", "Schmorl node"), " at ",
                ("vertebral_level", rng.choice(P.LEVELS)), "."]
    if k == 3:
        return ["Hyperintensity on ", ("sequence", rng.choice(P.SEQUENCES)), " in the ", ("anatomy", rng.choice(P.ANATOMY)),
                ", ", ("measurement", size(rng)), "."]
    if k == 4:
        return ["Prior imaging from ", ("year", str(rng.randrange(2009, 2023))), " showed ", ("eponym", rng.choice(P.EPONYMS)), "."]
    if k == 5:
        return [("score", rng.choice(["BI-RADS 2", "BI-RADS 3", "BI-RADS 4A", "Lung-RADS 2", "Lung-RADS 4B", "TI-RADS 4",
                                      "TR3", "LI-RADS 3", "PI-RADS 4", "Bosniak IIF"])),
                " assigned; ", ("measurement", size(rng)), " in the ", ("anatomy", rng.choice(P.ANATOMY)), "."]
    return [("modality", rng.choice(XS)), " of the ", ("anatomy", rng.choice(P.ANATOMY)), " unremarkable; ",
            ("eponym", rng.choice(P.EPONYMS)), " not excluded."]


def near(rng, base, lo=1, hi=30):
    return base + dt.timedelta(days=rng.randrange(lo, hi + 1))


def age_at(born, ref):
    return ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))


def clock(rng, n, step=(1, 9)):
    """n increasing (h, m, s) tuples starting at a random time of day."""
    t = rng.randrange(6 * 3600, 20 * 3600)
    out = []
    for _ in range(n):
        out.append((t // 3600 % 24, t // 60 % 60, t % 60))
        t += rng.randrange(step[0] * 60, step[1] * 60) + rng.randrange(60)
    return out


def fclock(h, m, s, fmt):
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {"hm": f"{h:02d}:{m:02d}", "hms": f"{h:02d}:{m:02d}:{s:02d}", "ampm": f"{h12}:{m:02d} {ap}",
            "hours": f"{h:02d}{m:02d} hours", "ampm_lc": f"{h12}:{m:02d}{ap.lower()}"}[fmt]


def typo(rng, s, p=0.06):
    """Occasionally swap two adjacent letters in one longer word (hand-typed text)."""
    if rng.random() >= p:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)
