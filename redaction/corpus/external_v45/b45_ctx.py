"""Per-document patient and staff context; every method returns marked text (see b45_speak.P/K)."""

from __future__ import annotations

import b45_pools as pl
import b45_speak as sp
from b45_speak import K, P


def _digits(rng, n: int, lead_zero: bool = True) -> str:
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return s if lead_zero or s[0] != "0" else str(rng.randint(1, 9)) + s[1:]


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.first = rng.choice(pl.FIRST)
        self.last = rng.choice(pl.LAST)
        self.she = rng.random() < 0.5
        self.age = rng.choice([rng.randint(90, 104), rng.randint(18, 89), rng.randint(30, 88)])
        self.dob = (2025 - self.age, rng.randint(1, 12), rng.randint(1, 28))
        self.exam = (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
        self.mrn = _digits(rng, rng.choice([7, 8, 8, 9]))
        self.acc = _digits(rng, rng.choice([8, 10]), False)
        self.acc_prefix = rng.choice(["", "", "RAD", "CT", "A", "MR"])
        self.phone = rng.choice(pl.AREA) + str(rng.randint(2, 9)) + _digits(rng, 2) + _digits(rng, 4)
        self.ext = str(rng.randint(2000, 7999))
        self.house = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9800)])
        self.street = rng.choice(pl.STREETS)
        ui = rng.randrange(len(pl.UNITS))
        self.unit_sp, self.unit_ty = pl.UNITS[ui], pl.UNITS_TYPED[ui]
        self.city, self.state, zp = rng.choice(pl.CITIES)
        self.zip = zp + _digits(rng, 2)
        self.fac = rng.choice(pl.FACILITIES)
        self.fac2 = rng.choice([f for f in pl.FACILITIES if f != self.fac])
        self.dom = rng.choice(pl.EMAIL_DOMAINS)
        self.email_local = rng.choice([f"{sp.ascii_letters(self.first)[0].lower()}.{sp.ascii_letters(self.last).lower()}",
                                       f"{sp.ascii_letters(self.first).lower()}{rng.randint(10, 99)}",
                                       f"{sp.ascii_letters(self.last).lower()}_{sp.ascii_letters(self.first)[:3].lower()}"])
        self.carrier = rng.choice(pl.CARRIERS)
        self.plan = rng.choice(pl.PLAN_PREFIX) + _digits(rng, rng.choice([8, 9]), False)
        self.acct = _digits(rng, rng.choice([9, 10]), False)
        self.ssn = f"{rng.randint(101, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999)}"
        self.device = rng.choice(pl.DEVICES)
        self.serial = rng.choice(pl.DEVICE_PREFIX) + _digits(rng, 6, False)
        self.rel = rng.choice(pl.RELATIVES)
        self.rel_name = f"{rng.choice(pl.FIRST)} {rng.choice([self.last, rng.choice(pl.LAST)])}"
        self.staff = []
        while len(self.staff) < 5:
            s = (rng.choice(pl.STAFF_FIRST), rng.choice(pl.STAFF_LAST))
            if s[1] not in [t[1] for t in self.staff]:
                self.staff.append(s)
        f = rng.choice(pl.FINDINGS)
        if self.last in pl.EPONYM_SURNAMES and rng.random() < 0.7:
            ep = pl.EPONYM_SURNAMES[self.last]
            f = (f"findings compatible with [{ep}|eponym]" if self.last != "Baker"
                 else "there's a [Baker cyst|eponym] in the [right popliteal fossa|anatomy]", "MR")
        self.finding_raw, self.modality = f

    # --- people -----------------------------------------------------------------------------------
    def full(self) -> str:
        return P(f"{self.first} {self.last}", "PERSON")

    def lastn(self) -> str:
        return P(self.last, "PERSON")

    def firstn(self) -> str:
        return P(self.first, "PERSON")

    def header_name(self) -> str:
        return P(self.r.choice([f"{self.last.upper()}, {self.first.upper()}", f"{self.last}, {self.first}",
                                f"{self.last.upper()}^{self.first.upper()}"]), "PERSON")

    def spelled_last(self, style=None) -> str:
        return P(sp.spell(self.last, self.r, style), "PERSON")

    def spelled_first(self, style=None) -> str:
        return P(sp.spell(self.first, self.r, style), "PERSON")

    def s(self, i: int, full: bool = False) -> str:
        f, l = self.staff[i]
        return P(f"{f} {l}" if full else l, "PERSON")

    def sfull(self, i: int) -> str:
        return self.s(i, True)

    def he(self) -> str:
        return "she" if self.she else "he"

    def his(self) -> str:
        return "her" if self.she else "his"

    def relative(self) -> str:
        return f"{self.his()} {self.rel} " + P(self.rel_name, "PERSON")

    # --- numbers and dates ------------------------------------------------------------------------
    def dob_sp(self) -> str:
        return P(sp.date_spoken(*self.dob, self.r), "DATE_TIME")

    def dob_ty(self) -> str:
        y, m, d = self.dob
        return P(self.r.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{sp.MONTHS[m - 1][:3]}-{y}"]),
                 "DATE_TIME")

    def exam_ty(self) -> str:
        y, m, d = self.exam
        return P(self.r.choice([f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{sp.MONTHS[m - 1]} {d}, {y}"]),
                 "DATE_TIME")

    def exam_sp(self, year: bool = False) -> str:
        return P(sp.date_spoken(*self.exam, self.r, with_year=year), "DATE_TIME")

    def time_ty(self) -> str:
        return P(f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}", "DATE_TIME")

    def time_sp(self) -> str:
        return P(sp.time_spoken(self.r.randint(6, 21), self.r.choice([0, 0, 15, 30, 30, 45, 10, 20, 40]), self.r),
                 "DATE_TIME")

    def mrn_ty(self) -> str:
        return P(self.mrn, "MRN")

    def mrn_sp(self) -> str:
        return P(sp.spoken_digits(self.mrn, self.r), "MRN")

    def acc_ty(self) -> str:
        return P(self.acc_prefix + self.acc, "ACCESSION")

    def acc_sp(self) -> str:
        pre = " ".join(self.acc_prefix) + ", " if self.acc_prefix else ""
        return P(pre + sp.spoken_digits(self.acc, self.r), "ACCESSION")

    def phone_ty(self) -> str:
        return P(sp.phone_typed(self.phone, self.r), "PHONE")

    def phone_sp(self) -> str:
        return P(sp.phone_spoken(self.phone, self.r), "PHONE")

    def ext_sp(self) -> str:
        e = int(self.ext)
        return P(self.r.choice([f"{sp.words(e // 100)} {sp.words(e % 100) if e % 100 >= 10 else 'oh ' + sp.ONES[e % 100]}",
                                sp.spoken_digits(self.ext, self.r, (4,)), self.ext]), "PHONE")

    def age_phrase(self) -> str:
        a = self.age
        if a >= 90:
            w = sp.words(a) if a < 100 else self.r.choice(["a hundred and " + sp.words(a - 100), str(a)])
            return self.r.choice([f"{self.he()}'s " + P(w, "AGE_OVER_89"), "a " + P(w, "AGE_OVER_89") + " year old",
                                  "age " + P(w, "AGE_OVER_89")])
        art = "an" if a in (11, 18) or 80 <= a <= 89 else "a"
        return art + " " + K(self.r.choice([f"{sp.words(a)} year old", f"{a}-year-old", f"{sp.words(a)}-year-old"]),
                        "age_under_90")

    def age_adj(self) -> str:
        a = self.age
        if a >= 90:
            return "a " + P(sp.words(a) if a < 100 else str(a), "AGE_OVER_89") + self.r.choice([" year old", "-year-old"])
        art = "an" if a in (11, 18) or 80 <= a <= 89 else "a"
        return art + " " + K(self.r.choice([f"{sp.words(a)} year old", f"{a}-year-old"]), "age_under_90")

    def dev_art(self) -> str:
        return ("an " if self.device[0] in "AEIOU" else "a ") + self.device

    def age_ty(self) -> str:
        if self.age >= 90:
            return P(str(self.age), "AGE_OVER_89")
        return K(f"{self.age}Y", "age_under_90")

    def addr_sp(self) -> str:
        h = sp.house_words(self.house, self.r)
        unit = f", {self.unit_sp}" if self.r.random() < 0.5 else ""
        z = sp.spoken_digits(self.zip, self.r, (5,), self.r.choice(["words", "numerals"]))
        return (P(f"{h} {self.street}{unit}", "STREET_ADDRESS") + ", " + P(self.city, "CITY") + ", "
                + self.r.choice([self.state, "Mass", "the state"]) + ", zip " + P(z, "ZIP"))

    def addr_ty(self) -> str:
        return (P(f"{self.house} {self.street} {self.unit_ty}", "STREET_ADDRESS") + ", " + P(self.city, "CITY")
                + f", {self.state} " + P(self.zip, "ZIP"))

    def email_sp(self) -> str:
        return P(sp.email_spoken(self.email_local, self.dom), "EMAIL")

    def email_ty(self) -> str:
        return P(f"{self.email_local}@{self.dom[0].replace(' ', '')}.{self.dom[1]}", "EMAIL")

    def url_sp(self) -> str:
        d = self.dom[0] if self.dom[0] not in ("gmail", "yahoo", "outlook") else "mercy health"
        portal = self.r.choice(pl.PORTALS)
        return P(f"{self.r.choice(['www dot ', '', 'h t t p s colon slash slash '])}{d} dot org slash {portal}", "URL")

    def url_ty(self) -> str:
        return P(f"https://{self.r.choice(pl.PORTALS)}.{self.fac.split()[0].lower().replace('ô', 'o')}health.org/"
                 f"s/{self.acc[-6:]}", "URL")

    def plan_sp(self) -> str:
        pre = self.plan.rstrip("0123456789")
        return P(", ".join(pre) + ", " + sp.spoken_digits(self.plan[len(pre):], self.r), "HEALTH_PLAN_ID")

    def plan_ty(self) -> str:
        return P(self.plan, "HEALTH_PLAN_ID")

    def acct_sp(self) -> str:
        return P(sp.spoken_digits(self.acct, self.r), "ACCOUNT_ID")

    def acct_ty(self) -> str:
        return P(self.acct, "ACCOUNT_ID")

    def ssn_sp(self) -> str:
        s = self.ssn
        return P(sp.spoken_digits(s, self.r, (3, 2, 4), self.r.choice(["words", "numerals"])), "SSN")

    def ssn_ty(self) -> str:
        return P(f"{self.ssn[:3]}-{self.ssn[3:5]}-{self.ssn[5:]}", "SSN")

    def serial_sp(self) -> str:
        pre = self.serial.rstrip("0123456789")
        return P(" ".join(pre) + ", " + sp.spoken_digits(self.serial[len(pre):], self.r), "DEVICE_SERIAL")

    def serial_ty(self) -> str:
        return P(self.serial, "DEVICE_SERIAL")

    def ip_ty(self) -> str:
        r = self.r
        return P(f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}", "IP_ADDRESS")

    def facility(self, second: bool = False) -> str:
        return P(self.fac2 if second else self.fac, "FACILITY")

    def finding(self) -> str:
        return sp.keep_template(self.finding_raw)

    def finding_plain(self) -> str:
        return sp.keep_template(self.finding_raw.split(",")[0])

    def city_p(self) -> str:
        return P(self.city, "CITY")

    def mod(self) -> str:
        m = {"CT": "CT", "MR": "MRI", "US": "ultrasound", "XR": "x-ray", "MG": "mammogram"}[self.modality]
        return K(m, "modality")

    def cred(self, opts=("MD", "DO", "MD", "RN", "NP")) -> str:
        return K(self.r.choice(list(opts)), "credential")


class Clock:
    """Recording offsets like [00:01:32] (elapsed time within the recording, not PHI)."""

    def __init__(self, rng):
        self.r, self.t = rng, rng.randint(0, 20)

    def __call__(self) -> str:
        self.t += self.r.randint(3, 40)
        return f"[{self.t // 3600:02d}:{self.t // 60 % 60:02d}:{self.t % 60:02d}]"
