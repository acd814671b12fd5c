"""Clinical snippets (keep-span markup) and identifier formats for blind36."""

from __future__ import annotations

from b36_core import m

FINDINGS = {
    "XR": [
        "the {mod:X-ray} of the {an:left wrist} showed a {ep:Colles fracture} with about {ms:5 mm} of shortening",
        "the chest {mod:X-ray} showed {ep:Kerley B lines} at both {an:lung bases}",
        "the {an:right hip} {mod:X-ray} showed {sc:Kellgren-Lawrence grade 3} wear",
        "the {mod:X-ray} of the {an:left shoulder} showed a {ep:Hill-Sachs lesion} after the dislocation",
        "the {mod:X-ray} of the {an:lumbar spine} showed a wedge fracture at {vl:L1}, about {ms:25%} height loss",
        "the {mod:XR} of the {an:right ankle} showed a {ep:Maisonneuve fracture} of the {an:proximal fibula}",
        "the {mod:X-ray} of the {an:forearm} showed a {ep:Monteggia fracture}",
        "the {mod:barium swallow} showed a {ep:Zenker diverticulum} about {ms:2 cm} at {vl:C5-C6} level",
    ],
    "CT": [
        "the {mod:CT} head was clear, {sc:GCS 15} on arrival",
        "the {mod:CT} found a {ms:2.3 cm} cyst in the {an:right kidney}, called {sc:Bosniak IIF}",
        "the {mod:CT} of the abdomen suggested {ep:Crohn disease} in the {an:terminal ileum}",
        "the {mod:CT chest} showed a {ms:6 mm} nodule in the {an:right upper lobe}, {sc:Lung-RADS 3}",
        "the {mod:CT} of the {an:cervical spine} showed a fracture at {vl:C6}",
        "the {mod:CT} showed a {ep:Klatskin tumour} near the {an:liver hilum}",
        "the {mod:CBCT} showed the {an:inferior alveolar canal} {ms:1.8 mm} from the root tip",
    ],
    "MR": [
        "the {mod:MRI} of the {an:left knee} showed a {ep:Baker cyst} {ms:3.1 cm} across, bright on {sq:T2}",
        "the {mod:MRI} of the {an:lumbar spine} showed a disc bulge at {vl:L4-L5} pressing the {an:L5 nerve root}",
        "the {mod:MRI} brain showed a {ep:Chiari I malformation}, tonsils {ms:7 mm} low",
        "the {mod:MRI} with {sq:DWI} and {sq:FLAIR} showed a small old stroke in the {an:left frontal lobe}",
        "the {mod:MRI} showed a {ep:Schmorl node} at {vl:T11}, bright on {sq:STIR}",
        "the {mod:MRI} of the {an:right shoulder} showed a {ep:Bankart lesion}",
        "the {mod:MRI} showed a {ep:Segond fracture} and torn {an:anterior cruciate ligament}",
    ],
    "US": [
        "the {mod:ultrasound} of the neck showed a {ms:14 mm} nodule, {sc:TI-RADS 4}, on a background of {ep:Hashimoto thyroiditis}",
        "the {mod:ultrasound} showed gallstones and the {an:common bile duct} was {ms:5 mm}",
        "the {mod:ultrasound} of the legs showed no clot but a {ep:Baker cyst} behind the {an:right knee}",
        "the {mod:US} of the {an:thyroid} fitted with {ep:Graves disease}",
        "the {mod:ultrasound} of the {an:kidneys} showed a {ms:9 mm} stone on the left",
    ],
    "MG": [
        "the {mod:mammogram} showed a {ms:8 mm} area in the {an:left breast}, {sc:BI-RADS 3}",
        "the {mod:mammogram} was {sc:BI-RADS 0} and a recall to the {an:right breast} was booked",
        "the {mod:mammogram} was {sc:BI-RADS 2}, benign calcification in the {an:left axilla}",
    ],
}

LAY_CONDITIONS = ["{ep:Parkinson disease}", "{ep:Alzheimer disease}", "{ep:Paget disease}", "{ep:Addison disease}",
                  "{ep:Bell palsy}", "{ep:Cushing syndrome}", "{ep:Hodgkin lymphoma}", "{ep:Down syndrome}",
                  "{ep:Sjögren syndrome}", "{ep:Osgood-Schlatter disease}"]

CREDENTIALS = {
    "UK": ["MBChB", "MRCGP", "FRCR", "RGN", "MCSP", "BDS", "MRPharmS", "MBBS"],
    "IE": ["MICGP", "MB BCh BAO", "RGN", "FFRRCSI"],
    "AU": ["FRACGP", "MBBS", "FRANZCR", "APAM", "BDSc"],
    "NZ": ["FRNZCGP", "MBChB", "RN"],
    "ZA": ["MBChB", "FCRad(D)SA", "BChD"],
    "IN": ["MBBS", "MD", "DMRD", "BDS", "GNM"],
    "NG": ["MBBS", "FWACS", "FMCR", "RN/RM"],
    "PH": ["MD", "FPCR", "RN", "DPBO"],
    "JM": ["MBBS", "DM", "RN"],
    "US": ["MD", "DO", "RN", "DC", "PharmD", "RD", "PA-C"],
    "MY": ["MBBS", "MMed (Rad)", "RN"],
}


def fill(s: str) -> str:
    """Turn {code:text} into span markup."""
    out = []
    i = 0
    while i < len(s):
        j = s.find("{", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = s.find("}", j)
        code, val = s[j + 1:k].split(":", 1)
        out.append(m(code, val))
        i = k + 1
    return "".join(out)


def finding(rng, mod: str) -> str:
    return fill(rng.choice(FINDINGS[mod]))


def condition(rng) -> str:
    return fill(rng.choice(LAY_CONDITIONS))


ROLE_CREDS = {
    "nurse": ["RN", "RGN", "BSN, RN", "RN, FCN", "RN/RM"],
    "pharm": ["MRPharmS", "PharmD", "BPharm", "RPh"],
    "physio": ["MCSP", "BPhty", "BSc (Physio)", "APAM", "DPT", "MPhty"],
    "dent": ["BDS", "BDSc", "BChD", "DDS", "DMD"],
    "diet": ["RD", "APD", "MNutr&Diet", "BSc (Dietetics)"],
}


def cred(rng, loc: str, role: str = "doctor") -> str:
    if role in ROLE_CREDS:
        return m("cr", rng.choice(ROLE_CREDS[role]))
    return m("cr", rng.choice([c for c in CREDENTIALS[loc] if not c.startswith(("RN", "RGN", "MCSP", "APAM", "BDS", "MRPharmS", "PharmD", "BChD", "GNM", "DC", "PA-C", "RD"))]))


def digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def mrn(rng, loc: str) -> str:
    return rng.choice([f"RX{digits(rng, 7)}", f"K{digits(rng, 7)}", f"{digits(rng, 2)}-{digits(rng, 6)}",
                       f"H/{digits(rng, 5)}/{rng.choice(['25', '26'])}", f"UHN{digits(rng, 6)}"]) if loc != "NZ" \
        else f"{rng.choice('ZABCDE')}{rng.choice('ABCDEFGH')}{rng.choice('JKLMN')}{digits(rng, 4)}"


def accession(rng) -> str:
    return rng.choice([f"XR-26-{digits(rng, 6)}", f"ACC{digits(rng, 8)}", f"RAD{digits(rng, 4)}-{digits(rng, 3)}",
                       f"{rng.choice(['CT', 'MR', 'US', 'DX'])}{digits(rng, 9)}", f"E{digits(rng, 7)}"])


def health_id(rng, loc: str) -> tuple[str, str]:
    """(label, value) for the national/insurer health number; value is HEALTH_PLAN_ID."""
    return {
        "UK": ("NHS No", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
        "IE": ("GMS card no.", f"{digits(rng, 7)}{rng.choice('ABCDEF')}"),
        "AU": ("Medicare", f"{digits(rng, 4)} {digits(rng, 5)} {digits(rng, 1)}"),
        "NZ": ("ACC claim no.", f"{rng.choice(['AB', 'KL', 'QR'])}{digits(rng, 6)}"),
        "ZA": ("Medical aid no.", f"{digits(rng, 9)}"),
        "IN": ("ABHA no.", f"{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"),
        "NG": ("NHIA no.", f"NHIA/{digits(rng, 6)}/{digits(rng, 2)}"),
        "PH": ("PhilHealth PIN", f"{digits(rng, 2)}-{digits(rng, 9)}-{digits(rng, 1)}"),
        "JM": ("NHF card", f"NHF{digits(rng, 8)}"),
        "US": ("Member ID", f"{rng.choice(['XQZ', 'JBK', 'WRN'])}{digits(rng, 9)}"),
        "MY": ("Insurance policy", f"MY-{digits(rng, 10)}"),
    }[loc]


def national_id(rng, loc: str) -> tuple[str, str] | None:
    """(label, value) for a national person number; value is SSN."""
    return {
        "UK": ("NI number", f"QQ {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"),
        "IE": ("PPSN", f"{digits(rng, 7)}{rng.choice('TWKP')}A"),
        "ZA": ("ID no.", f"{digits(rng, 6)} {digits(rng, 4)} {digits(rng, 3)}"),
        "IN": ("Aadhaar", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
        "NG": ("NIN", digits(rng, 11)),
        "JM": ("TRN", f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
        "US": ("SSN", f"9{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 4)}"),
        "PH": ("SSS no.", f"{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 1)}"),
        "MY": ("MyKad", f"{digits(rng, 6)}-{digits(rng, 2)}-{digits(rng, 4)}"),
    }.get(loc)


def account(rng) -> str:
    return rng.choice([f"INV-{digits(rng, 6)}", digits(rng, 8), f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}",
                       f"ACCT{digits(rng, 7)}", f"CL/{digits(rng, 5)}/{digits(rng, 2)}"])


def device_serial(rng) -> str:
    return rng.choice([f"{rng.choice(['PX', 'OP', 'AE'])}{digits(rng, 7)}", f"{rng.choice(['ZX', 'HK'])}-{digits(rng, 4)}-{digits(rng, 4)}",
                       digits(rng, 9), f"PJN{digits(rng, 6)}R"])


class Ctx:
    """Shared invented facts for one document."""

    def __init__(self, rng, locs, mods=("XR", "CT", "MR", "US"), old=False):
        from b36_core import age_of, dob, rand_date
        from b36_pools import FACILITIES, person, CITIES
        self.loc = rng.choice(locs)
        self.pt = person(rng, self.loc)
        self.dob = dob(rng, 1929, 1936) if old else dob(rng)
        self.scan = rand_date(rng)
        self.age = age_of(self.dob, self.scan)
        self.mod = rng.choice(mods)
        self.fac = rng.choice(FACILITIES[self.loc])
        self.fac2 = rng.choice([f for f in FACILITIES[self.loc] if f != self.fac] or [self.fac])
        self.city = rng.choice(CITIES[self.loc])
        self.used = {self.pt.given, self.pt.family, self.pt.nick or self.pt.given}
        self.doc = self.new(rng)
        self.other = self.new(rng)

    def new(self, rng, loc="same"):
        """A person whose given and family names differ from everyone already in the document."""
        from b36_pools import person
        loc = self.loc if loc == "same" else loc
        for _ in range(200):
            p = person(rng, loc)
            if p.given not in self.used and p.family not in self.used and (p.nick or "") not in self.used:
                break
        self.used |= {p.given, p.family} | ({p.nick} if p.nick else set())
        return p
