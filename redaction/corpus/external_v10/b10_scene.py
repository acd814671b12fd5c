"""A document's cast and setting: patient, dates, identifiers, facility, and marked renderings of them."""

from __future__ import annotations

import b10_cast as cast
import b10_dates as D
from b10_clinical import SURNAME_EPONYMS
from b10_markup import CITY, CR, DT, FAC, PER, ST, ZIP

NAME_FORMS = ["full", "plain", "last_first", "last_first_mixed", "initial_last"]

PROMPTS = {
    "report": [
        "Please draft the radiology report from the material below.",
        "Draft an impression for the following. Keep it concise.",
        "Summarize this for the referring clinician in plain language:",
        "Clean up the formatting of this and fix typos; do not change clinical content.",
        "Turn this into a structured report (Findings / Impression).",
    ],
    "admin": [
        "Extract the key dates and the requested studies from this document.",
        "Can you check this for anything missing before we send it?",
        "Summarize this request in two sentences for the HIM work queue.",
        "What is being asked for here, and by whom?",
        "Draft a short acknowledgement reply to the sender.",
    ],
    "letter": [
        "Proofread this letter before it goes out.",
        "Rewrite this at a sixth-grade reading level, same facts.",
        "Summarize this letter for the scheduling team.",
    ],
    "teaching": [
        "Turn these slides into a one-paragraph teaching summary.",
        "Write speaker notes for these slides.",
    ],
    "message": [
        "Write a reply to this message for the front desk to send.",
        "Summarize this for the scheduling team.",
        "What does the caller need? List action items.",
        "Draft a polite, plain-language response.",
    ],
}


class Scene:
    def __init__(self, rng, modality: str = "CT", sex: str | None = None, age: int | None = None,
                 old_share: float = 0.12, age_lo: int = 24, age_hi: int = 88, tradition: str | None = None,
                 fac_kinds: tuple[str, ...] = ("hospital", "imaging", "clinic")):
        self.rng = rng
        self.modality = modality
        self.when = D.base_date(rng)
        self.age = age if age is not None else D.age_value(rng, old_share, age_lo, age_hi)
        self.pt = cast.person(rng, sex=sex, tradition=tradition)
        if tradition is None and rng.random() < 0.12:
            # a patient whose surname is also an eponym (Baker / Baker cyst, Bell / Bell palsy ...)
            self.pt.family = rng.choice(sorted(SURNAME_EPONYMS))
        self.dob = D.dob_for(rng, self.age, self.when)
        self.mrn = cast.mrn(rng)
        self.acc = cast.accession(rng, modality, self.when)
        self.street = cast.street(rng)
        self.city, self.state, self.zip = cast.place(rng)
        self.phone = cast.phone(rng)
        self.fac, self.fac_abbr = cast.facility(rng, fac_kinds)
        self.date_style = rng.choice(D.US_STYLES)
        self.time_style = rng.choice(["24", "12", "hours", "sec", "12dots", "12tight", "24"])
        self.t0 = D.clock(rng)

    # dates and times ----------------------------------------------------------------------------
    def d(self, date=None, style: str | None = None) -> str:
        return DT(D.fmt(date or self.when, style or self.date_style))

    def day(self, offset: int, style: str | None = None) -> str:
        return self.d(D.shift(self.when, offset), style)

    def t(self, clock=None, style: str | None = None) -> str:
        return DT(D.tfmt(clock or self.t0, style or self.time_style))

    def later(self, minutes: int) -> tuple[int, int, int]:
        h, m, s = self.t0
        tot = h * 60 + m + minutes
        return (tot // 60) % 24, tot % 60, (s + minutes * 7) % 60

    def dt(self, date=None, clock=None, dstyle=None, tstyle=None, sep=" ") -> str:
        return f"{self.d(date, dstyle)}{sep}{self.t(clock, tstyle)}"

    # names -------------------------------------------------------------------------------------
    def nm(self, p: cast.Person, form: str | None = None) -> str:
        form = form or self.rng.choice(NAME_FORMS)
        return PER(getattr(p, form)())

    def dr(self, p: cast.Person, form: str | None = None) -> str:
        """Clinician reference: 'Dr. Family', 'Given Family, MD', 'FAMILY, GIVEN MD' ..."""
        form = form or self.rng.choice(["dr", "cred", "cred", "dr_full", "last_first_cred"])
        if form == "dr":
            return f"Dr. {PER(p.family)}"
        if form == "dr_full":
            return f"Dr. {PER(p.plain())}"
        if form == "last_first_cred":
            return f"{PER(p.last_first())} {CR(p.cred or 'MD')}"
        return f"{PER(p.full())}, {CR(p.cred or 'MD')}"

    def cred(self, p: cast.Person, form: str = "full") -> str:
        return f"{PER(getattr(p, form)())}, {CR(p.cred or 'MD')}"

    # places ------------------------------------------------------------------------------------
    def addr_lines(self, street=None, city=None, state=None, zipc=None, upper=False, sep="\n") -> str:
        s, c, stt, z = street or self.street, city or self.city, state or self.state, zipc or self.zip
        if upper:
            s, c = s.upper(), c.upper()
        comma = self.rng.choice([", ", " ", ", "])
        return f"{ST(s)}{sep}{CITY(c)}{comma}{stt} {ZIP(z)}"

    def addr_inline(self, *args, **kw) -> str:
        return self.addr_lines(*args, sep=", ", **kw)

    def facility(self, abbr_ok: bool = True) -> str:
        if abbr_ok and self.fac_abbr and self.rng.random() < 0.3:
            return FAC(self.fac_abbr)
        return FAC(self.fac)

    def other_address(self):
        city, state, z = cast.place(self.rng)
        return cast.street(self.rng, unit=self.rng.random() < 0.5), city, state, z

    def prompt(self, p: float = 0.35, kind: str = "report") -> str:
        return (self.rng.choice(PROMPTS[kind]) + "\n\n") if self.rng.random() < p else ""

    def pmh(self) -> str:
        """A past-history phrase; uses the patient's eponymous surname when there is one."""
        import b10_clinical as C
        from b10_markup import EP
        term = C.surname_eponym(self.pt.family)
        if term is None or self.rng.random() < 0.25:
            elderly = {"Alzheimer disease", "Parkinson disease", "Lewy body dementia", "Paget disease"}
            pool = [t for t in C.HISTORY_EPONYMS if self.age >= 55 or t not in elderly]
            term = self.rng.choice(pool)
        return EP(term)
