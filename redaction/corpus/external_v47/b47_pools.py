"""Name, place, facility and identifier pools for blind47 (newborn / NICU / obstetric / paediatric imaging)."""

from __future__ import annotations

import datetime as dt
import random

from b47_core import D, P, S

SURNAMES = [
    "Nguyen", "Tran", "Pham", "Okafor", "Adeyemi", "Obi", "Mensah", "Boateng", "Kaur", "Sandhu", "Gill", "Dhaliwal",
    "Delgado", "Ramirez", "Villanueva", "Castillo", "Ochoa", "Haddad", "Khalil", "Al-Mansour", "Nasser", "Chen",
    "Liang", "Zhou", "Wong", "Park", "Choi", "Kim", "Kowalczyk", "Nowak", "Wiśniewska", "O'Sullivan", "Byrne",
    "McAllister", "Farah", "Warsame", "Abdi", "Dela Cruz", "Santos", "Reyes", "Tuilagi", "Fa'amausili", "Begay",
    "Yazzie", "Jean-Baptiste", "Pierre", "Tesfaye", "Bekele", "Qureshi", "Siddiqui", "Malik", "Ivanova", "Sokolov",
    "Tanaka", "Watanabe", "Ngata", "Te Rangi", "Papadopoulos", "Oyelaran", "Asante", "MacLeod", "Fraser",
    "Goldberg", "Rosenthal", "Hill", "Baker", "Young", "Moss", "Whitfield", "Lindqvist", "Hansen", "Müller",
    "Fontaine", "Rossi", "Esposito", "Petrovic", "Horvat", "Öztürk", "Yılmaz", "Rahman", "Chowdhury", "Hossain",
    "Iyer", "Raghunathan", "Krishnamurthy", "Mbeki", "Dlamini", "Otieno", "Wanjiru", "Le", "Vu", "Huang", "Sato",
]
GIRLS = [
    "Linh", "Chiamaka", "Adaeze", "Harpreet", "Simran", "Maria", "Lucía", "Ximena", "Yasmin", "Layla", "Mei",
    "Ji-woo", "Seo-yeon", "Zofia", "Aoife", "Siobhan", "Hodan", "Amina", "Maricel", "Leilani", "Nizhoni", "Naomi",
    "Fabienne", "Selam", "Hiwot", "Ayesha", "Sana", "Anastasia", "Yuki", "Aroha", "Eleni", "Abena", "Efua",
    "Ingrid", "Chloé", "Giulia", "Ana", "Elif", "Nusrat", "Priya", "Lakshmi", "Thandiwe", "Wanjiku", "Rachel",
    "Deborah", "Keisha", "Tamsin", "Brooke", "Charlotte", "Precious", "Anh", "Rosa", "Fatima", "Noor", "Kiri",
]
BOYS = [
    "Minh", "Chukwuemeka", "Tunde", "Gurpreet", "Arjun", "Mateo", "Santiago", "Omar", "Karim", "Wei", "Jun-ho",
    "Tomasz", "Cillian", "Declan", "Abdirahman", "Mohamed", "Rodel", "Sione", "Tokala", "Jean-Marc", "Dawit",
    "Yonas", "Imran", "Bilal", "Dmitri", "Haruto", "Wiremu", "Nikos", "Kwame", "Kofi", "Lars", "Jonas", "Luca",
    "Emre", "Tanvir", "Ravi", "Sipho", "Baraka", "Eli", "Marcus", "Tyrone", "Oliver", "Finn", "Duc", "Rafael",
    "Hamza", "Tariq", "Aleksander", "Kenji", "Tane", "Caleb", "Jamal", "Ezra", "Hieu",
]
INITIALS = "ABCDEFGHJKLMNPRSTW"

FACILITIES = [
    "St. Brigid's Children's Hospital", "Lakemont Women & Infants Hospital", "Harwell Regional Medical Center",
    "Royal Alder Maternity Unit", "Kinnear Children's Medical Center", "Mercy Fairhaven Hospital",
    "Northgate Birth Centre", "Queen Adelaide Hospital for Women", "Bramley Valley Community Hospital",
    "Sacred Heart Neonatal Center", "Pinecrest Medical Center", "Westbrook General Hospital",
    "Holloway Park Children's Hospital", "Tamarind Coast Hospital", "Oakhurst Perinatal Institute",
    "Ridgeview Family Birthing Center", "St. Columba's University Hospital", "Riverside Mother & Baby Unit",
]

US_PLACES = [
    ("Springfield", "IL", "62704"), ("Dayton", "OH", "45409"), ("Fresno", "CA", "93721"), ("Tulsa", "OK", "74105"),
    ("Worcester", "MA", "01609"), ("Gallup", "NM", "87301"), ("Lowell", "MA", "01852"), ("Paterson", "NJ", "07501"),
    ("Garden Grove", "CA", "92840"), ("Dearborn", "MI", "48126"), ("Minneapolis", "MN", "55407"),
    ("Houston", "TX", "77036"), ("Brooklyn", "NY", "11226"), ("Tacoma", "WA", "98405"), ("Flagstaff", "AZ", "86001"),
    ("Lancaster", "PA", "17602"), ("Savannah", "GA", "31401"), ("Omaha", "NE", "68107"), ("Reno", "NV", "89502"),
]
UK_PLACES = [("Leicester", "LE2 0QP"), ("Bradford", "BD7 1DP"), ("Luton", "LU1 3NF"), ("Cardiff", "CF24 4HQ"),
             ("Derby", "DE22 3NE"), ("Glasgow", "G51 4TF"), ("Slough", "SL1 2BE"), ("Norwich", "NR4 7UY")]
AU_PLACES = [("Parramatta", "NSW", "2150"), ("Footscray", "VIC", "3011"), ("Logan Central", "QLD", "4114"),
             ("Elizabeth", "SA", "5112"), ("Mirrabooka", "WA", "6061")]
STREETS = ["Linden Ave", "Maple Street", "Cedar Ridge Dr", "W 14th St", "Orchard Lane", "Kimball Rd", "Ashgrove Road",
           "Harbour View Tce", "Elm Court", "Prospect Blvd", "Willow Bend", "Juniper Way", "Canal Street",
           "Greenfield Rd", "N Halsted St", "Bayview Crescent", "Station Road", "Tōtara Street"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Apt 7", "Flat 2", "Lot 41"]

DATE_FMTS = ["us", "us_short", "iso", "dmy_mon", "long", "day_month", "mon_abbr", "compact", "dash_us"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def given(rng: random.Random, sex: str | None = None) -> str:
    if sex is None:
        sex = rng.choice("FM")
    return rng.choice(GIRLS if sex == "F" else BOYS)


def surname(rng: random.Random) -> str:
    return rng.choice(SURNAMES)


def full(rng: random.Random, sex: str | None = None, last: str | None = None) -> tuple[str, str]:
    return given(rng, sex), last or surname(rng)


def name_as(first: str, last: str, how: str, rng: random.Random | None = None) -> str:
    mid = (rng.choice(INITIALS) if rng else "A")
    return {
        "fl": f"{first} {last}", "LF": f"{last.upper()}, {first.upper()}", "Lf": f"{last}, {first}",
        "fml": f"{first} {mid}. {last}", "il": f"{first[0]}. {last}", "LFm": f"{last.upper()}, {first.upper()} {mid}",
        "hl7": f"{last.upper()}^{first.upper()}^{mid}", "l": last,
    }[how]


def clinician(rng: random.Random, how: str = "fl") -> str:
    first, last = full(rng)
    return name_as(first, last, how, rng)


def facility(rng: random.Random) -> str:
    return rng.choice(FACILITIES)


def two_facilities(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(FACILITIES, 2)
    return a, b


def street(rng: random.Random, unit: bool | None = None) -> str:
    s = f"{rng.randint(3, 9899)} {rng.choice(STREETS)}"
    if unit if unit is not None else rng.random() < 0.3:
        s += f", {rng.choice(UNITS)}"
    return s


def us_place(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(US_PLACES)


def us_address_spans(rng: random.Random, sep: str = ", ") -> list:
    city, st, z = us_place(rng)
    return [S("STREET_ADDRESS", street(rng)), sep, S("CITY", city), f", {st} ", S("ZIP", z)]


def uk_address_spans(rng: random.Random) -> list:
    town, pc = rng.choice(UK_PLACES)
    return [S("STREET_ADDRESS", street(rng)), ", ", S("CITY", town), " ", S("ZIP", pc)]


def au_address_spans(rng: random.Random) -> list:
    sub, st, pc = rng.choice(AU_PLACES)
    return [S("STREET_ADDRESS", street(rng)), ", ", S("CITY", sub), f" {st} ", S("ZIP", pc)]


def rdate(rng: random.Random, start: dt.date = dt.date(2024, 1, 1), span_days: int = 900) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(span_days))


def fdate(d: dt.date, how: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(), "dmy_mon": f"{d.day:02d}-{m[:3]}-{d.year}", "long": f"{m} {d.day}, {d.year}",
        "day_month": f"{d.day} {m} {d.year}", "mon_abbr": f"{m[:3]} {d.day}, {d.year}",
        "compact": d.strftime("%Y%m%d"), "dash_us": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "md": f"{d.month}/{d.day}", "mon_day": f"{m} {d.day}", "dmy_upper": f"{d.day:02d}{m[:3].upper()}{d.year}",
    }[how]


def ftime(h: int, mi: int, how: str, sec: int = 0) -> str:
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return {
        "24": f"{h:02d}:{mi:02d}", "12": f"{h12}:{mi:02d} {ap}", "hours": f"{h:02d}{mi:02d} hours",
        "sec": f"{h:02d}:{mi:02d}:{sec:02d}", "12dot": f"{h12}:{mi:02d} {ap.lower()[0]}.m.", "hhmm": f"{h:02d}{mi:02d}",
        "h": f"{h:02d}h{mi:02d}",
    }[how]


def Dd(rng: random.Random, d: dt.date, fmts: list[str] | None = None):
    return D(fdate(d, rng.choice(fmts or DATE_FMTS)))


def Tt(rng: random.Random, h: int | None = None, mi: int | None = None, fmts: list[str] | None = None):
    h = rng.randrange(24) if h is None else h
    mi = rng.randrange(60) if mi is None else mi
    return D(ftime(h, mi, rng.choice(fmts or ["24", "12", "hours", "sec"]), rng.randrange(60)))


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mrn(rng: random.Random) -> str:
    k = rng.randrange(5)
    return [f"{rng.randint(1, 9)}{digits(rng, 7)}", f"NB{digits(rng, 7)}", f"{digits(rng, 4)}-{digits(rng, 4)}",
            f"M{digits(rng, 8)}", f"00{digits(rng, 6)}"][k]


def accession(rng: random.Random, mod: str = "US") -> str:
    k = rng.randrange(4)
    return [f"{mod}{rng.randint(24, 26)}-{digits(rng, 6)}", f"RAD{digits(rng, 8)}", f"NIC{digits(rng, 7)}",
            f"{mod}{digits(rng, 10)}"][k]


def ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def phone(rng: random.Random, region: str = "us") -> str:
    if region == "uk":
        return rng.choice([f"0116 {digits(rng, 3)} {digits(rng, 4)}", f"07{digits(rng, 3)} {digits(rng, 6)}",
                           f"+44 20 {digits(rng, 4)} {digits(rng, 4)}"])
    if region == "au":
        return rng.choice([f"(02) {digits(rng, 4)} {digits(rng, 4)}", f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"])
    a = rng.choice(["312", "617", "713", "405", "402", "505", "775", "253", "916", "614"])
    b, c = f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"])


def email(rng: random.Random, first: str, last: str, kind: str = "staff") -> str:
    f = "".join(ch for ch in first.lower() if ch.isascii() and ch.isalpha())
    la = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha()) or "x"
    if kind == "staff":
        dom = rng.choice(["stbrigids.org", "lakemontwih.org", "kinnearchildrens.org", "harwellrmc.net", "nhs.net",
                          "oakhurstperinatal.org"])
        return rng.choice([f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}"])
    if kind in ("legal", "police"):
        dom = rng.choice(["fertilitylawgroup.com", "arlaw-partners.com", "kinshiplegal.net"] if kind == "legal" else
                         ["springfieldpd.gov", "police.cityoftulsa.org", "sheriff.pierce.wa.us"])
        return rng.choice([f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}"])
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk", "proton.me"])
    return rng.choice([f"{f}{la}{rng.randint(1, 99)}@{dom}", f"{f}.{la}@{dom}", f"{la}{f[0]}{digits(rng, 2)}@{dom}"])


def url(rng: random.Random) -> str:
    host = rng.choice(["imageshare.stbrigids.org", "portal.lakemontwih.org", "mychart.kinnearchildrens.org",
                       "nicu-cam.harwellrmc.net", "transfer.oakhurstperinatal.org"])
    tok = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8))
    return rng.choice([f"https://{host}/s/{tok}", f"https://{host}/viewer?study={digits(rng, 9)}",
                       f"https://{host}/link/{tok.lower()}"])


def ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])


def health_plan(rng: random.Random, region: str = "us") -> str:
    if region == "uk":
        return f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    if region == "au":
        return f"{rng.randint(2, 6)}{digits(rng, 3)} {digits(rng, 5)} {rng.randint(1, 9)}"
    return rng.choice([f"MCD{digits(rng, 9)}", f"{digits(rng, 8)}{rng.choice('ABCD')}", f"XHP{digits(rng, 9)}",
                       f"CHIP-{digits(rng, 7)}"])


def account(rng: random.Random) -> str:
    return rng.choice([f"ENC{digits(rng, 9)}", f"{digits(rng, 10)}", f"V{digits(rng, 8)}", f"HAR {digits(rng, 9)}"])


def case_no(rng: random.Random, kind: str) -> str:
    yy = rng.randint(24, 26)
    return {
        "police": rng.choice([f"PD{yy}-{digits(rng, 6)}", f"{yy}-{digits(rng, 5)}-CR", f"RB{digits(rng, 7)}"]),
        "cps": rng.choice([f"CPS-20{yy}-{digits(rng, 5)}", f"DCFS {digits(rng, 8)}", f"CW{digits(rng, 7)}"]),
        "court": rng.choice([f"FD-{yy}-{digits(rng, 5)}", f"JV20{yy}-{digits(rng, 4)}", f"{digits(rng, 2)}-JC-{digits(rng, 4)}"]),
        "nbs": rng.choice([f"{yy}{digits(rng, 7)}", f"NBS-{digits(rng, 8)}"]),
        "agency": rng.choice([f"GC-{digits(rng, 5)}", f"SA20{yy}/{digits(rng, 4)}"]),
    }[kind]


def serial(rng: random.Random, kind: str = "probe") -> str:
    return {
        "probe": rng.choice([f"{digits(rng, 6)}WX{digits(rng, 1)}", f"SN{digits(rng, 7)}", f"US{digits(rng, 4)}-{digits(rng, 4)}"]),
        "isolette": rng.choice([f"TI{digits(rng, 4)}-{digits(rng, 4)}", f"GE-GS{digits(rng, 6)}"]),
        "pump": rng.choice([f"{digits(rng, 2)}V{digits(rng, 6)}", f"AL-{digits(rng, 7)}"]),
        "scanner": rng.choice([f"{digits(rng, 5)}MR", f"SN {digits(rng, 6)}"]),
    }[kind]


def person_span(first: str, last: str, how: str, rng: random.Random | None = None):
    return P(name_as(first, last, how, rng))
