"""Surface forms of dates, times, phone numbers and identifiers, as real systems and people write them.

Each function returns plain text (no marks); the caller marks it. Forms are picked by the random generator
of the document, so one corpus holds many shapes of the same kind of value.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}
_TENS = {20: "twenty", 30: "thirty"}

US_DATE_FORMATS = (
    "mdy",
    "mdy_short",
    "iso",
    "dmy_mon",
    "long",
    "mon_d_y",
    "mdy_dash",
    "upper_mon",
    "weekday_long",
    "slash_ymd",
    "mil",
)
INTL_DATE_FORMATS = ("dmy_slash", "dmy_dot", "dmy_long", "ordinal", "weekday_short", "dmy_mon", "iso")
NO_YEAR_FORMATS = ("md", "month_day", "mon_dot", "day_month")


def _ordinal_word(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    tens = n - n % 10
    return f"{_TENS[tens]}-{_ORD[n % 10]}"


def _suffix(n: int) -> str:
    return "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d: date, form: str) -> str:
    """`d` written in `form` (see the *_FORMATS tuples)."""
    mon = MONTHS[d.month - 1]
    if form == "spoken":  # dictated dates of service (2020-2026 only)
        year = ("twenty twenty " + ("", "one", "two", "three", "four", "five", "six")[d.year - 2020]).strip()
        return f"{mon.lower()} {_ordinal_word(d.day)} {year}"
    forms = {
        "mdy": f"{d:%m/%d/%Y}",
        "mdy_short": f"{d.month}/{d.day}/{d:%y}",
        "iso": f"{d:%Y-%m-%d}",
        "dmy_mon": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "long": f"{mon} {d.day}, {d.year}",
        "mon_d_y": f"{mon[:3]} {d.day}, {d.year}",
        "mdy_dash": f"{d:%m-%d-%Y}",
        "upper_mon": f"{mon[:3].upper()} {d.day:02d} {d.year}",
        "slash_ymd": f"{d:%Y/%m/%d}",
        "weekday_long": f"{DAYS[d.weekday()]}, {mon} {d.day}, {d.year}",
        "mil": f"{d.day:02d}{mon[:3].upper()}{d:%y}",
        "compact": f"{d:%Y%m%d}",
        "dmy_slash": f"{d:%d/%m/%Y}",
        "dmy_dot": f"{d:%d.%m.%Y}",
        "dmy_long": f"{d.day} {mon} {d.year}",
        "ordinal": f"{d.day}{_suffix(d.day)} {mon} {d.year}",
        "weekday_short": f"{DAYS[d.weekday()][:3]} {d.day} {mon[:3]} {d.year}",
        "md": f"{d.month}/{d.day}",
        "month_day": f"{mon} {d.day}",
        "mon_dot": f"{mon[:3]}. {d.day}",
        "day_month": f"{d.day} {mon[:3]}",
        "cms": f"{d:%m %d %Y}",
        "cms_short": f"{d:%m %d %y}",
        "hl7_date": f"{d:%Y%m%d}",
    }
    return forms[form]


def fmt_time(t: datetime, form: str) -> str:
    """The time of `t` written in `form`."""
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    forms = {
        "hm": f"{t:%H:%M}",
        "ampm": f"{h12}:{t:%M} {ap}",
        "hours": f"{t:%H%M} hours",
        "hhmm": f"{t:%H%M}",
        "hms": f"{t:%H:%M:%S}",
        "ampm_dots": f"{h12}:{t:%M} {ap[0].lower()}.m.",
        "uk": f"{h12}.{t:%M}{ap.lower()}",
        "h_suffix": f"{t:%H%M}h",
        "fr": f"{t.hour}h{t:%M}",
        "short_p": f"{h12}:{t:%M}{ap[0].lower()}",
    }
    return forms[form]


def hl7_ts(t: datetime, seconds: bool = True) -> str:
    """HL7 v2 timestamp: one token for date and time."""
    return f"{t:%Y%m%d%H%M%S}" if seconds else f"{t:%Y%m%d%H%M}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXY") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def us_phone(rng: random.Random, form: str | None = None) -> str:
    """A US phone number in one of many written forms."""
    area = rng.choice(("614", "330", "937", "412", "586", "734", "269", "502", "859", "303", "505", "207"))
    ex, line = f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    form = form or rng.choice(("paren", "dash", "dots", "spaces", "plus1", "bare", "ext", "paren_ext", "plus1dots"))
    return {
        "paren": f"({area}) {ex}-{line}",
        "dash": f"{area}-{ex}-{line}",
        "dots": f"{area}.{ex}.{line}",
        "spaces": f"{area} {ex} {line}",
        "plus1": f"+1 {area} {ex} {line}",
        "bare": f"{area}{ex}{line}",
        "ext": f"{area}-{ex}-{line} ext. {rng.randint(100, 9999)}",
        "paren_ext": f"({area}) {ex}-{line} x{rng.randint(100, 9999)}",
        "plus1dots": f"+1.{area}.{ex}.{line}",
        "one_dash": f"1-{area}-{ex}-{line}",
    }[form]


def intl_phone(rng: random.Random, region: str) -> str:
    """A phone number as written in the UK, Canada, Australia or the Netherlands/Poland."""
    if region == "UK":
        return rng.choice(
            (
                f"+44 {rng.choice(('113', '1423', '1274'))} {digits(rng, 3)} {digits(rng, 4)}",
                f"0{rng.choice(('1423', '1274', '1592'))} {digits(rng, 6)}",
                f"07{digits(rng, 3)} {digits(rng, 6)}",
            )
        )
    if region == "AU":
        return rng.choice(
            (
                f"(03) {digits(rng, 4)} {digits(rng, 4)}",
                f"+61 3 {digits(rng, 4)} {digits(rng, 4)}",
                f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
            )
        )
    if region == "EU":
        return rng.choice(
            (
                f"+31 30 {digits(rng, 3)} {digits(rng, 4)}",
                f"+48 58 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                f"030-{digits(rng, 7)}",
            )
        )
    area = rng.choice(("705", "613", "250", "902", "819"))
    return rng.choice(
        (
            f"({area}) {digits(rng, 3)}-{digits(rng, 4)}",
            f"1-{area}-{digits(rng, 3)}-{digits(rng, 4)}",
            f"{area}.{digits(rng, 3)}.{digits(rng, 4)} poste {rng.randint(100, 999)}",
        )
    )


def extension(rng: random.Random) -> str:
    """An internal extension or pager as people type it ("x4521", "4-1188")."""
    return rng.choice(
        (f"x{rng.randint(2000, 7999)}", f"{rng.randint(2, 7)}-{digits(rng, 4)}", f"{rng.randint(20000, 79999)}")
    )


def mrn(rng: random.Random) -> tuple[str, str]:
    """(label, value) of a medical record number in one of many house formats."""
    return rng.choice(
        (
            ("MRN", digits(rng, 8)),
            ("MR#", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"),
            ("Med Rec No.", f"E{digits(rng, 7)}"),
            ("Unit No", f"M00{digits(rng, 7)}"),
            ("Hosp #", f"RX{digits(rng, 6)}"),
            ("Patient ID", f"{digits(rng, 4)}-{digits(rng, 3)}-{rng.randint(0, 9)}"),
            ("EMPI", f"10{digits(rng, 8)}"),
            ("Chart #", f"{letters(rng, 2)}{digits(rng, 5)}"),
            ("MRN", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"),
            ("PID", f"Z{digits(rng, 6)}"),
            ("MR", f"{digits(rng, 7)}"),
        )
    )


def accession(rng: random.Random) -> tuple[str, str]:
    """(label, value) of an imaging accession or order number."""
    return rng.choice(
        (
            ("Acc#", f"RAD{digits(rng, 10)}"),
            ("ACC", f"{digits(rng, 2)}-{rng.choice(('CT', 'MR', 'US', 'XR'))}-{digits(rng, 6)}"),
            ("Accession", f"{letters(rng, 1)}{digits(rng, 9)}"),
            ("A/N", digits(rng, 7)),
            ("Order #", f"ORD{digits(rng, 8)}"),
            ("Exam #", f"{digits(rng, 4)}.{digits(rng, 3)}"),
            ("Accession No.", f"{digits(rng, 8)}{letters(rng, 2)}"),
            ("Study ID", f"IMG-{digits(rng, 4)}-{letters(rng, 3)}{digits(rng, 2)}"),
        )
    )


def path_accession(rng: random.Random) -> str:
    return rng.choice(
        (
            f"S26-{digits(rng, 5)}",
            f"SP-26-{digits(rng, 6)}",
            f"CY26-{digits(rng, 4)}",
            f"W26-{digits(rng, 3)}-{digits(rng, 4)}",
            f"FNA-26-{digits(rng, 4)}",
        )
    )


def account(rng: random.Random) -> tuple[str, str]:
    """(label, value) of an encounter/billing account number."""
    return rng.choice(
        (
            ("FIN", f"{digits(rng, 5)}-{digits(rng, 6)}"),
            ("Acct#", digits(rng, 9)),
            ("CSN", f"1{digits(rng, 9)}"),
            ("HAR", digits(rng, 8)),
            ("Visit #", f"V000{digits(rng, 8)}"),
            ("Encounter", f"ENC-{digits(rng, 7)}"),
            ("Pt Acct No.", f"{digits(rng, 4)}-{digits(rng, 5)}-{letters(rng, 1)}"),
            ("Billing acct", f"BA{digits(rng, 7)}"),
        )
    )


def plan_id(rng: random.Random) -> tuple[str, str]:
    """(label, value) of a health plan beneficiary number (US payers)."""
    mbi = (
        f"{rng.randint(1, 9)}{letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}"
        f"{letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}"
        f"{rng.randint(0, 9)}-{letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}"
        f"{letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}"
        f"{rng.randint(0, 9)}-{letters(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{digits(rng, 2)}"
    )
    return rng.choice(
        (
            ("Medicare MBI", mbi),
            ("Member ID", f"{letters(rng, 3)}{digits(rng, 9)}"),
            ("Subscriber #", f"W{digits(rng, 9)}"),
            ("Medicaid ID", f"{digits(rng, 8)}{letters(rng, 1)}"),
            ("Policy", f"{letters(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"),
            ("Ins ID", f"{digits(rng, 3)}{letters(rng, 2)}{digits(rng, 5)}"),
        )
    )


def intl_plan_id(rng: random.Random, region: str) -> tuple[str, str]:
    """(label, value) of a national health number: NHS/CHI, provincial health card, Medicare (AU), BSN-like."""
    return {
        "UK": ("NHS No.", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
        "CA": ("OHIP", f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{letters(rng, 2)}"),
        "AU": ("Medicare No.", f"{digits(rng, 4)} {digits(rng, 5)} {rng.randint(1, 9)}"),
        "EU": ("Verzekerdennr.", f"{digits(rng, 9)}"),
    }[region]


def ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))


def serial(rng: random.Random) -> tuple[str, str]:
    """(device description, serial) for an implanted or attached device."""
    return rng.choice(
        (
            ("pacemaker (Medtronic Azure XT DR MRI SureScan)", f"RNA{digits(rng, 6)}S"),
            ("ICD (Boston Scientific Resonate EL)", f"{digits(rng, 6)}"),
            ("cochlear implant (CI632)", f"CI-{digits(rng, 7)}"),
            ("vagus nerve stimulator", f"SN {digits(rng, 5)}"),
            ("programmable VP shunt valve (Strata II)", f"{letters(rng, 2)}{digits(rng, 6)}"),
            ("spinal cord stimulator IPG", f"NKR{digits(rng, 6)}N"),
            ("insulin pump", f"NG{digits(rng, 7)}H"),
            ("loop recorder (Reveal LINQ)", f"RLA{digits(rng, 6)}G"),
        )
    )


def udi(rng: random.Random) -> str:
    """A GS1 unique device identifier string (device identifier plus serial)."""
    return (
        f"(01)0{digits(rng, 13)}(17)2{rng.randint(7, 9)}{rng.randint(1, 12):02d}31(21){letters(rng, 2)}{digits(rng, 6)}"
    )


def ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        )
    )
