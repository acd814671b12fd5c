"""Invented pools and value formatters for the blind32 corpus (every value is made up)."""

from __future__ import annotations

import datetime as dt

FIRST = ["Odalys", "Thaddeus", "Marisol", "Kwame", "Ingrid", "Bartholomew", "Yesenia", "Leopold", "Anouk", "Desmond",
         "Priyanka", "Casimir", "Rosalind", "Tobias", "Esperanza", "Florian", "Wilhelmina", "Ezekiel", "Saoirse",
         "Dashiell", "Imelda", "Nnamdi", "Ottilie", "Rafferty", "Zuleika", "Augustin", "Henrietta", "Lucan",
         "Marguerite", "Sebastiano", "Tamsin", "Oluwaseun", "Beatrix", "Cormac", "Ludmila", "Evander"]
LAST = ["Baker", "Bell", "Hill", "Graves", "Young", "Long", "Paget", "Parkinson", "O'Halloran", "van der Meulen",
        "de la Fuente", "Ashworth-Pryce", "Okonkwo", "Vasquez-Ruiz", "Lindqvist", "MacTavish", "Brightwater",
        "Fairweather", "Quaresma", "Szymanski", "Thibodeaux", "Abernathy", "Kowalczyk", "Delacroix", "Nakashima",
        "Underhill", "Winslow", "Achterberg", "Castellanos", "Dunmore", "Hollis", "Ravensworth", "Stroud", "Marsh",
        "Crane", "Fox"]
FACILITIES = ["Harrowgate Valley Medical Center", "St. Wenceslas Community Hospital", "Copperleaf Imaging Pavilion",
              "Northmoor Orthopedic Institute", "Bluestem Regional Health", "Larkspur Outpatient Radiology",
              "Ridgeline Children's Hospital", "Old Mill Diagnostic Imaging", "Saint Brigid's Infirmary",
              "Tamarack Heart & Vascular Clinic", "Eastbrook Urgent Care", "Pinecrest Women's Imaging"]
STREETS = ["Quillfeather Lane", "Orchard Spur Road", "Vantage Point Dr", "Ellery Court", "Harbinger St",
           "Foxglove Terrace", "Millrace Avenue", "Old Tannery Rd", "Corbel Way", "Wicklow Blvd", "Sandpiper Circle"]
CITIES = [("Marrowvale", "OH"), ("Kestrel Falls", "MN"), ("Port Ansel", "ME"), ("Dunhollow", "PA"),
          ("Eagle Bend", "CO"), ("Lyndhurst Springs", "GA"), ("Westcombe", "WI"), ("Saltmarsh", "NC"),
          ("Briar Glen", "OR"), ("New Tarrow", "NY"), ("Holloway", "KY"), ("Cinder Ridge", "AZ")]
PAYERS = ["Keystone Mutual Health", "BrightPath Medicaid Plan", "Summit Blue Advantage", "Orion Workers' Comp Trust",
          "Granite State Casualty", "Meridian Auto Insurance", "TriCounty HMO"]
DOMAINS = ["example.org", "example.com", "example.net", "mail.example.org", "rad.example.com", "law.example.net"]
CREDS = ["MD", "DO", "RN", "NP", "PA-C", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "BSN, RN", "MD, PhD", "CHC", "RHIA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def person(r) -> dict:
    return {"first": r.choice(FIRST), "last": r.choice(LAST), "mi": r.choice("ABCDEFGHJKLMNPRSTW")}


def name(r, p: dict, style: str | None = None) -> str:
    style = style or r.choice(["fl", "fml", "LFM", "lf", "fi", "full", "fl", "Lf"])
    f, last, mi = p["first"], p["last"], p["mi"]
    return {
        "fl": f"{f} {last}", "fml": f"{f} {mi}. {last}", "LFM": f"{last.upper()}, {f.upper()} {mi}",
        "lf": f"{last}, {f}", "fi": f"{f[0]}. {last}", "full": f"{f} {mi} {last}", "Lf": f"{last.upper()} {f.upper()}",
        "hl7": f"{last.upper()}^{f.upper()}^{mi}", "last": last, "first": f, "lower": f"{f.lower()} {last.lower()}",
        "lfirst": f.lower(), "init": f"{f[0]}{mi}{last[0]}",
    }[style]


def email(r, p: dict) -> str:
    local = r.choice([f"{p['first'][0]}{p['last']}", f"{p['first']}.{p['last']}", f"{p['last']}{p['first'][0]}",
                      f"{p['first']}_{p['last'][0]}"])
    local = "".join(ch for ch in local if ch.isalnum() or ch in "._").lower()
    return f"{local}@{r.choice(DOMAINS)}"


def rdate(r, lo=2023, hi=2026) -> dt.date:
    return dt.date(lo, 1, 1) + dt.timedelta(days=r.randrange((dt.date(hi, 12, 28) - dt.date(lo, 1, 1)).days))


def dob(r, old=False) -> dt.date:
    return rdate(r, 1928, 1933) if old else rdate(r, 1940, 2012)


def fdate(r, d: dt.date, style: str | None = None) -> str:
    styles = ["mdy", "mdy2", "iso", "dmy", "long", "shortm", "compact", "dash", "dlong", "ord", "md", "mon.", "mdy0"]
    s = style or r.choice(styles)
    mon = MONTHS[d.month - 1]
    ordinal = f"{d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}"
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dmy": f"{d.day:02d}-{mon[:3]}-{d.year % 100:02d}", "long": f"{mon} {d.day}, {d.year}",
        "shortm": f"{mon[:3]} {d.day}, {d.year}", "compact": d.strftime("%Y%m%d"), "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "dlong": f"{d.day} {mon} {d.year}", "ord": f"{mon} {ordinal}", "md": f"{d.month}/{d.day}",
        "mon.": f"{mon[:3]}. {d.day}", "mdy0": f"{d.month}/{d.day}/{d.year}", "DMY": f"{d.day:02d}{mon[:3].upper()}{d.year}",
    }[s]


def ftime(r, style: str | None = None) -> str:
    h, m, sec = r.randrange(0, 24), r.randrange(0, 60), r.randrange(0, 60)
    s = style or r.choice(["24", "ampm", "hours", "p.m.", "sec", "24h"])
    h12 = h % 12 or 12
    return {
        "24": f"{h:02d}:{m:02d}", "ampm": f"{h12}:{m:02d} {'PM' if h >= 12 else 'AM'}", "hours": f"{h:02d}{m:02d} hours",
        "p.m.": f"{h12}:{m:02d} {'p.m.' if h >= 12 else 'a.m.'}", "sec": f"{h:02d}:{m:02d}:{sec:02d}",
        "24h": f"{h:02d}{m:02d}h",
    }[s]


def digits(r, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def mrn(r) -> str:
    return r.choice([f"Q{digits(r, 7)}", f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}", f"HV{digits(r, 6)}",
                     f"{digits(r, 9)}"])


def accession(r) -> str:
    return r.choice([f"RX{digits(r, 2)}-{digits(r, 6)}", f"IMG{digits(r, 8)}", f"{digits(r, 4)}.{digits(r, 5)}",
                     f"AC-{digits(r, 3)}-{digits(r, 4)}"])


def ssn(r) -> str:
    a, b, c = digits(r, 3), digits(r, 2), digits(r, 4)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def phone(r) -> str:
    area, last = r.choice(["617", "412", "503", "919", "763"]), f"01{digits(r, 2)}"
    return r.choice([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"+1 {area} 555 {last}",
                     f"555-{last}"])


def plan_id(r) -> str:
    return r.choice([f"{r.choice(['KMH', 'SBA', 'TCH'])}{digits(r, 9)}", f"W{digits(r, 8)}-0{r.randrange(1, 4)}",
                     f"{digits(r, 1)}{r.choice('ACEFGH')}{r.choice('KMNPQR')}{digits(r, 1)}-{r.choice('TVWX')}{r.choice('KMNP')}{digits(r, 1)}-{r.choice('RTUV')}{r.choice('WXY')}{digits(r, 2)}"])


def account(r) -> str:
    return r.choice([f"CLM-{digits(r, 10)}", f"{digits(r, 2)}-{digits(r, 7)}", f"HAR{digits(r, 8)}", f"WC{digits(r, 7)}"])


def serial(r) -> str:
    return r.choice([f"PJN{digits(r, 6)}H", f"SN-{digits(r, 4)}-{r.choice('ABCDX')}{digits(r, 3)}",
                     f"RNB{digits(r, 7)}", f"{r.choice('MKQ')}{digits(r, 8)}S"])


def ip(r) -> str:
    return r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                     f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}", f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}"])


def address(r) -> tuple[str, str, str, str]:
    street = f"{r.randrange(12, 9800)} {r.choice(STREETS)}"
    if r.random() < 0.35:
        street += r.choice([f", Apt {r.randrange(1, 40)}{r.choice('ABC')}", f" Unit {r.randrange(100, 999)}", f" #{r.randrange(2, 30)}"])
    city, state = r.choice(CITIES)
    return street, city, state, digits(r, 5)
