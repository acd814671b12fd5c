"""Invented facilities, streets, cities, postal codes and phone numbers for US, UK, AU, CA and EU senders.

Why: facility and address PHI comes in local shapes (saints, campuses, abbreviations, flats, PO boxes, rural
routes, postcodes, Eircodes, +44/+61/+31 numbers, pagers and bleeps). All names are invented or generic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# locale -> list of (facility name, abbreviation, e-mail/web domain)
FACILITIES: dict[str, list[tuple[str, str, str]]] = {
    "us": [("Mercy West Medical Center", "MWMC", "mercywest-health.org"),
           ("St. Brendan's Hospital", "SBH", "stbrendans.org"),
           ("Good Shepherd Regional Medical Center", "GSRMC", "goodshepherdrmc.org"),
           ("Lakeview Community Hospital", "LCH", "lakeviewch.org"),
           ("Prairie Heights Medical Center - Northgate Campus", "PHMC", "prairieheights.org"),
           ("St. Aloysius Medical Center East", "SAMC-E", "staloysius-med.org"),
           ("Tri-County Memorial Hospital", "TCMH", "tricountymemorial.net"),
           ("Cedar Valley Orthopedic & Spine Clinic", "CVOS", "cedarvalleyortho.com"),
           ("Riverbend Outpatient Imaging Center", "ROIC", "riverbendimaging.com"),
           ("Bayside Women's Imaging", "BWI", "baysidewomens.com"),
           ("Pinecrest Cancer Institute", "PCI", "pinecrestcancer.org"),
           ("Our Lady of the Valley Hospital", "OLVH", "olvh.org")],
    "uk": [("St. Cuthbert's Hospital", "SCH", "stcuthberts.nhs.example"),
           ("Royal Ashdown Infirmary", "RAI", "royalashdown.nhs.example"),
           ("Kingsmead General Hospital", "KGH", "kingsmead.nhs.example"),
           ("Whitmore Park Surgery", "WPS", "whitmorepark.nhs.example")],
    "au": [("Wattle Grove Private Hospital", "WGPH", "wattlegrove.com.au"),
           ("St. Columba's Hospital", "SCH", "stcolumbas.org.au"),
           ("Eastbrook Radiology", "EBR", "eastbrookradiology.com.au")],
    "ca": [("Lakeshore General Hospital", "LGH", "lakeshoregh.ca"),
           ("Hôpital Sainte-Marguerite", "HSM", "hsm-sante.qc.ca"),
           ("Fundy Bay Regional Health Centre", "FBRHC", "fundybayhealth.ca")],
    "eu": [("Ziekenhuis De Linde", "ZDL", "delinde-zkh.nl"),
           ("Kreisklinikum Altenau", "KKA", "kk-altenau.de"),
           ("St. Fionan's University Hospital", "SFUH", "stfionans.ie")],
}
CLINICS = ["Oak Hollow Family Practice", "Summit Ridge Urgent Care", "Harbor Lights Pediatrics",
           "Northside Community Health Center", "Desert Bloom Internal Medicine", "Grand Prairie VA Clinic",
           "Sunnyslope Women's Health", "Meadowlark Cardiology Associates"]
CITIES: dict[str, list[str]] = {
    "us": ["Fairview", "Riverton", "Port Hadley", "Ashford", "Glen Ellis", "New Bremen", "St. Albans",
           "Ft. Larkin", "Mount Vernon", "West Linden", "Marion", "Florence", "Eugene", "Salem", "Hanover",
           "Cedar Falls", "Millbrook", "Lake Orion"],
    "uk": ["Kingsmead", "Ashdown", "Whitby Bridge", "Long Eaton", "St. Neots"],
    "au": ["Box Hill", "Toowong", "Ryde", "Glenelg", "Subiaco"],
    "ca": ["Kingston", "Thunder Bay", "Laval", "Moncton", "Sault Ste. Marie"],
    "eu": ["Amersfoort", "Altenau", "Tralee", "Zwolle"],
}
REGIONS = {"us": ["MA", "OH", "IL", "TX", "GA", "MN", "OR", "NC", "PA", "AZ", "NY", "WI"],
           "uk": [""], "au": ["NSW", "VIC", "QLD", "SA", "WA"], "ca": ["ON", "QC", "NB"], "eu": [""]}
STREET_NAMES = ["Maple Ridge", "Old Mill", "Quarry", "Tamarack", "Wexford", "Kestrel", "Juniper Hollow",
                "Lighthouse", "Sycamore", "Prospect", "Wattle", "Banksia", "Kingsley", "Abbey", "Cedar Bluff"]
US_SUFFIX = ["Dr", "Drive", "St", "Street", "Ave", "Rd", "Ln", "Ct", "Blvd", "Way", "Pkwy", "Cir"]
UK_SUFFIX = ["Road", "Lane", "Close", "Crescent", "Gardens", "Terrace"]


@dataclass(frozen=True)
class Site:
    """A facility with its address and switchboard, in one locale."""

    locale: str
    name: str
    abbr: str
    domain: str
    street: str
    city: str
    region: str
    postcode: str
    phone: str


def street(rng: random.Random, locale: str) -> str:
    """A street address (house number, street, unit) in the locale's shape."""
    n = rng.randint(2, 9899)
    name = rng.choice(STREET_NAMES)
    if locale == "us":
        r = rng.random()
        if r < 0.1:
            return f"PO Box {rng.randint(12, 9999)}"
        if r < 0.16:
            return f"RR {rng.randint(1, 9)} Box {rng.randint(10, 399)}"
        unit = rng.choice(["", "", f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f" Unit {rng.randint(1, 240)}",
                           f" #{rng.randint(100, 999)}", f", Apt. {rng.randint(1, 12)}",
                           f" Ste {rng.randint(100, 450)}"])
        return f"{n} {rng.choice(['N ', 'S ', 'E ', 'W ', '', '', ''])}{name} {rng.choice(US_SUFFIX)}{unit}"
    if locale == "uk":
        flat = rng.choice(["", f"Flat {rng.randint(1, 9)}, "])
        return f"{flat}{n % 200 + 1} {name} {rng.choice(UK_SUFFIX)}"
    if locale == "au":
        return rng.choice([f"{rng.randint(1, 9)}{rng.choice('AB')}/{n % 120 + 1} {name} St",
                           f"Unit {rng.randint(1, 20)}, {n % 300 + 1} {name} Ave", f"{n % 400 + 1} {name} Pde"])
    if locale == "ca":
        return rng.choice([f"{rng.randint(101, 1809)}-{n % 900 + 10} {name} Cres", f"{n} rue {name}",
                           f"{n % 500 + 1} {name} Ave, Apt {rng.randint(1, 40)}"])
    return rng.choice([f"Hoofdstraat {n % 180 + 1}-II", f"Lindenweg {n % 90 + 1}a", f"{n % 60 + 1} Ard na Gréine"])


def postcode(rng: random.Random, locale: str) -> str:
    """ZIP / postcode / Eircode as written in that locale."""
    letters = "ABCDEFGHJKLMNPRSTWXY"
    if locale == "us":
        z = f"{rng.randint(1001, 99950):05d}"
        return z + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.3 else "")
    if locale == "uk":
        return f"{rng.choice(['LS', 'KM', 'NG', 'SW', 'B', 'M'])}{rng.randint(1, 28)} {rng.randint(1, 9)}" \
               f"{rng.choice(letters)}{rng.choice(letters)}"
    if locale == "au":
        return str(rng.choice([2112, 2150, 3128, 4066, 5045, 6008, 3121, 4068]))
    if locale == "ca":
        return f"{rng.choice('KHEM')}{rng.randint(1, 9)}{rng.choice(letters)} " \
               f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.randint(1, 9)}"
    return rng.choice([f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}",
                       f"V92 {rng.choice(letters)}{rng.randint(1, 9)}{rng.choice(letters)}{rng.randint(1, 9)}"])


def phone(rng: random.Random, locale: str, extension: bool = False) -> str:
    """A phone number in one of the shapes people type in that locale."""
    if locale == "us":
        a, b, c = rng.randint(201, 989), rng.randint(202, 987), rng.randint(0, 9999)
        form = rng.choice(["({a}) {b}-{c:04d}", "{a}-{b}-{c:04d}", "{a}.{b}.{c:04d}", "{a} {b} {c:04d}",
                           "+1 {a}-{b}-{c:04d}", "1-{a}-{b}-{c:04d}", "({a}){b}-{c:04d}", "+1 ({a}) {b} {c:04d}"])
        num = form.format(a=a, b=b, c=c)
        if extension:
            num += rng.choice([f" ext. {rng.randint(100, 9999)}", f" x{rng.randint(1000, 9999)}",
                               f" ext {rng.randint(10, 999)}"])
        return num
    if locale == "uk":
        return rng.choice([f"01{rng.randint(13, 99)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                           f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
                           f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"])
    if locale == "au":
        return rng.choice([f"(0{rng.choice('2378')}) {rng.randint(8000, 9999)} {rng.randint(1000, 9999)}",
                           f"+61 {rng.choice('2378')} {rng.randint(8000, 9999)} {rng.randint(1000, 9999)}",
                           f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])
    if locale == "ca":
        return f"{rng.choice(['613', '807', '450', '506'])}-{rng.randint(202, 987)}-{rng.randint(0, 9999):04d}"
    return rng.choice([f"+31 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+49 {rng.randint(5000, 5999)} {rng.randint(10000, 99999)}",
                       f"+353 66 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])


def pager(rng: random.Random) -> str:
    """An in-house pager or bleep number, written the way switchboards do."""
    return rng.choice([f"{rng.randint(2, 9)}-{rng.randint(1000, 9999)}", f"{rng.randint(30000, 39999)}",
                       f"x{rng.randint(1000, 9999)}", f"{rng.randint(2000, 2999)}"])


def site(rng: random.Random, locale: str = "us") -> Site:
    """A facility with an invented address in ``locale``."""
    name, abbr, domain = rng.choice(FACILITIES[locale])
    return Site(locale, name, abbr, domain, street(rng, locale), rng.choice(CITIES[locale]),
                rng.choice(REGIONS[locale]), postcode(rng, locale), phone(rng, locale))
