"""One invented imaging encounter and the report text built from it (blind42)."""

from __future__ import annotations

import datetime as dt

from b42_core import J, T, kp, ph
import b42_pools as P


class Case:
    def __init__(self, rng):
        self.rng = rng
        self.mod = rng.choice(["MR", "CT", "US", "XR", "MG", "MR", "CT"])
        self.pt = P.Person(rng)
        self.age = rng.choice([rng.randint(19, 88), rng.randint(19, 88), rng.randint(90, 104)])
        self.dob = P.dob(rng, self.age)
        self.mrn = P.mrn(rng)
        self.acc = P.accession(rng)
        self.exam_date = P.rand_date(rng, 2025, 2026)
        self.prior_date = self.exam_date - dt.timedelta(days=rng.randint(60, 900))
        self.rad = P.Person(rng)
        self.ref = P.Person(rng)
        self.tech = P.Person(rng)
        self.fac = rng.choice(P.FACILITIES)
        self.street = rng.choice(P.STREETS)
        self.city, self.state, self.zip = rng.choice(P.CITIES)
        self.phone = P.phone(rng)
        self.email = P.email(rng, self.pt)
        self.hp = P.hp_id(rng)
        self.plan = rng.choice(P.PLANS)
        self.acct = P.account(rng)
        self.ssn = P.ssn(rng)
        self.serial = P.serial(rng)
        self.ip = P.ip(rng)
        self.url = P.url(rng, self.acc if rng.random() < 0.5 else None)
        self.df = rng.choice(["us", "us", "iso", "dmy", "long", "mon", "dash"])

    def d(self, which="exam", how=None):
        day = {"exam": self.exam_date, "prior": self.prior_date, "dob": self.dob}[which]
        return P.D(day, how or self.df)

    def address(self, sep=", "):
        return J(ph(self.street, "STREET_ADDRESS"), sep, ph(self.city, "CITY"), f", {self.state} ", ph(self.zip, "ZIP"))

    def report(self, compact=False, signed=True):
        r = self.rng
        secs = []
        h, c = P.H(r, "Exam")
        secs.append(J(h, c, " ", P.exam_name(r, self.mod)))
        h, c = P.H(r, "Clinical history")
        hist = r.choice(["pain and swelling", "follow-up of known finding", "abnormal screening", "fall, rule out fracture",
                         "weight loss", "persistent cough"])
        secs.append(J(h, c, " ", P.age_parts(r, self.age, r.choice(["yo", "year-old"])), f" {r.choice(['woman', 'man', 'patient'])}, {hist}."))
        if self.mod == "MR" and r.random() < 0.6:
            h, c = P.H(r, "Technique")
            secs.append(J(h, c, " Sagittal and axial ", kp("T1", "sequence"), ", ", kp("T2", "sequence"), " and ",
                          kp("STIR", "sequence"), " images."))
        h, c = P.H(r, "Comparison")
        comp = r.choice([T("{0} from {1}.", kp(P.MOD_WORDS[self.mod][0], "modality"), self.d("prior")),
                         T("Outside study from {0}, report only.", kp(str(self.prior_date.year), "year")), "None."])
        secs.append(J(h, c, " ", comp))
        h, c = P.H(r, "Findings")
        fs = P.findings(r, self.mod)
        secs.append(J(h, c, " " if compact else "\n", J(*[J(" " if (n and compact) else ("\n" if n else ""), f) for n, f in enumerate(fs)])))
        h, c = P.H(r, "Impression")
        imp = r.choice(["No acute abnormality otherwise.", "Findings as above; clinical correlation.",
                        "Recommend follow-up imaging as described.", "Discussed with the ordering team."])
        secs.append(J(h, c, " ", imp))
        out = []
        for n, s in enumerate(secs):
            if n:
                out.append(" " if compact else ("\n" if r.random() < 0.5 else "\n\n"))
            out.append(s)
        if signed:
            out.append("\n" if not compact else " ")
            out.append(r.choice([
                T("Electronically signed by {0}, {1} on {2} at {3}", self.rad.p("fl"), kp("MD", "credential"), self.d(), P.TM(r)),
                T("Dictated by: {0} {1} {2} {3}", self.rad.p("LF"), kp(r.choice(["MD", "DO"]), "credential"), self.d(), P.TM(r)),
                T("Read by Dr. {0} ({1})", self.rad.p("l"), self.d()),
            ]))
        return J(*out)
