"""Invented pools and value generators for the blind26 corpus (all names, places and identifiers are
synthetic: phones 555-01xx, example.com/org/net domains, private IP ranges)."""

from __future__ import annotations

import datetime as _dt

FIRST_F = ["Opal", "Hope", "Rose", "May", "June", "Faith", "Joy", "Ivy", "Pearl", "Ruby", "Marigold", "Siobhan",
           "Niamh", "Aoife", "Ngozi", "Yasmin", "Priyanka", "Mei-Ling", "Ines", "Maëlle", "Zofia", "Anastasia",
           "Esi", "Marisol", "Bernadette", "Delphine", "Rosalind", "Cosima", "Fenella", "Teodora", "Henrike",
           "Summer", "Violet", "Iris", "Josephine", "Margaret", "Katherine", "Theodora", "Lupe", "Autumn"]
FIRST_M = ["Grant", "Hunter", "Sterling", "Pierce", "Frank", "Art", "Dale", "Wade", "Cliff", "Clement", "Ignatius",
           "Thaddeus", "Oluwaseun", "Chidi", "Tariq", "Anand", "Wei", "Hiroshi", "Kaito", "Søren", "Björn",
           "Joaquín", "Bartosz", "Dmitri", "Kwame", "Tomás", "Wendell", "Ezekiel", "Augustin", "Lorcan",
           "Bartholomew", "William", "Robert", "Cornelius", "Booker", "Lane", "Cash", "Royal"]
NICK = {"Josephine": "Josie", "Margaret": "Peggy", "Katherine": "Kit", "Theodora": "Teddie", "Bartholomew": "Bart",
        "William": "Bill", "Robert": "Bobby", "Cornelius": "Neil", "Ignatius": "Iggy", "Anastasia": "Stasia",
        "Bernadette": "Bernie", "Thaddeus": "Tad", "Clement": "Clem", "Rosalind": "Roz", "Ezekiel": "Zeke"}
LAST = ["Baker", "Young", "Grant", "Hope", "Rose", "May", "Bell", "Hill", "Long", "Price", "Marsh", "Wells",
        "Golden", "Moody", "Strong", "Hale", "Frost", "Winter", "Sparrow", "Fairweather", "Okonkwo-Reyes",
        "Lindqvist-Hart", "O'Rourke", "D'Amico", "N'Diaye", "de la Cruz", "van der Berg", "Van Houten", "da Silva",
        "St. John", "MacAskill", "McGillicuddy", "Abernathy", "Nakashima", "Przybylski", "Haraldsdóttir",
        "Nguyen-Tran", "Oyelaran", "Szabó", "Kowalczyk", "Castellanos", "Ferreira", "Iyer", "Bhattacharya",
        "Achterberg", "El-Amin", "Ben-David", "Al-Sayegh", "Thibodeaux", "Quintanilla", "Wojcik", "Delacroix",
        "LeBlanc", "Featherstone", "Kettleborough", "Page", "Lane", "Bishop", "Summers", "Booker"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

CITIES = ["Millbrook Falls", "Port Aldous", "Cedar Hollow", "East Varden", "Kestrel Bay", "Ashgrove",
          "Lake Tamsin", "Orchard Bend", "Fenwick", "Harrowgate", "Bellmont Springs", "Saltmarsh", "Greyhaven",
          "Wolcott Ridge", "New Calder", "Quillan", "Marrowby", "South Edlin", "Copperton Heights", "Thistledown"]
STATES = ["OH", "MI", "WA", "OR", "NC", "GA", "TX", "MN", "PA", "VT", "NM", "IA", "KY", "WI", "CO", "ME"]
STREETS = ["Larkspur Lane", "Quarry Hill Rd", "Tamarack Court", "Old Mill Way", "Juniper Street", "Foundry Ave",
           "Heron Pointe Dr", "Chancery Blvd", "Wicklow Terrace", "Bramble Row", "Saint Agnes Place",
           "Cobblestone Circle", "Ridgeback Road", "Ferris Wheel Lane", "Kittering St", "Lower Mead Drive"]
UNITS = ["Apt 3B", "Unit 5", "Apt. 12", "#204", "Suite 110", "Lot 17", "Apt 2C"]
FACILITIES = ["Harrow Valley Medical Center", "St. Perpetua's Hospital", "Kestrel Bay Regional Hospital",
              "Lindenfield Children's Hospital", "Mercy Ridge Imaging Center", "Orchard Bend Community Hospital",
              "Northgate Orthopaedic Institute", "Bramblewood Women's Imaging", "Tamsin Lake Veterans Clinic",
              "Coldwater Sleep Diagnostics", "Greyhaven University Hospital", "Sable Point Family Health Center",
              "Ashgrove Bone Health Center", "Quillan Memorial Hospital", "Copperton Outpatient Imaging"]
TAILS = [", Department of Radiology", " – Imaging Services", " (Radiology)", ", Diagnostic Imaging",
         " - Interventional Radiology", ", Breast Imaging Suite", ""]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "hv-health.example.org",
           "kbrh.example.net", "patients.example.com"]
URL_HOSTS = ["portal.example.org", "myhealth.example.com", "imaging.example.net", "share.example.com",
             "intranet.example.org", "remote.example.net", "www.example.org"]

EPONYMS = ["Baker cyst", "Colles fracture", "Kerley B lines", "Hill-Sachs lesion", "Bankart lesion",
           "Segond fracture", "Schmorl node", "Osgood-Schlatter disease", "Legg-Calvé-Perthes disease",
           "Morton neuroma", "de Quervain tenosynovitis", "Dupuytren contracture", "Paget disease",
           "Hoffa fat pad", "Kager fat pad", "Stener lesion", "Morel-Lavallée lesion", "Lisfranc ligament",
           "Jones fracture", "Hashimoto thyroiditis", "Crohn disease", "Hodgkin lymphoma", "Achilles tendon",
           "circle of Willis", "Sylvian fissure", "Virchow node", "Westermark sign", "Hampton hump"]
CREDS = ["MD", "DO", "RN", "RT(R)", "RDMS", "RVT", "NP", "PA-C", "FACR", "RT(R)(CT)", "BSN", "RT(R)(MR)",
         "CRNA", "RRT", "VA-BC", "FRCR", "MBBS", "CNS"]
MODALITY_WORDS = {"CT": ["CT", "dual-energy CT", "PET/CT", "CT"], "MR": ["MRI", "MR", "3 T MRI", "breast MRI"],
                  "US": ["ultrasound", "US", "Doppler ultrasound", "sonography"],
                  "XR": ["radiograph", "X-ray", "fluoroscopy", "DXA", "chest X-ray"],
                  "MG": ["mammography", "digital breast tomosynthesis", "mammogram", "MG"]}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DATE_FORMATS = ["mdY", "mdy", "iso", "dbY", "BdY", "md", "Bd", "dBY", "bdY", "compact", "mdY-", "b.d", "dmY."]
TIME_FORMATS = ["hm24", "hm12", "hours", "hms", "hm12p", "hm12b"]


class Gen:
    """All random choices for one document go through one ``random.Random``."""

    def __init__(self, rng) -> None:
        self.r = rng
        self._used_last: set[str] = set()

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    # people -------------------------------------------------------------------------------------------
    def person(self, sex: str | None = None, last: str | None = None) -> dict:
        sex = sex or self.pick("FM")
        first = self.pick(FIRST_F if sex == "F" else FIRST_M)
        if last is None:
            last = self.pick([x for x in LAST if x not in self._used_last])
            self._used_last.add(last)
        return {"first": first, "last": last, "mid": self.pick(MIDDLE), "sex": sex, "nick": NICK.get(first)}

    def name(self, p: dict, style: str | None = None) -> str:
        styles = ["First Last", "First M. Last", "LAST, FIRST M", "Last, First", "F. Last", "First M Last",
                  "LAST, First"]
        style = style or self.pick(styles)
        f, l, m = p["first"], p["last"], p["mid"]
        return {"First Last": f"{f} {l}", "First M. Last": f"{f} {m}. {l}", "LAST, FIRST M": f"{l.upper()}, {f.upper()} {m}",
                "Last, First": f"{l}, {f}", "F. Last": f"{f[0]}. {l}", "First M Last": f"{f} {m} {l}",
                "LAST, First": f"{l.upper()}, {f}", "Last": l, "First": f, "HL7": f"{l.upper()}^{f.upper()}^{m}",
                "Nick Last": f"{p['nick'] or f} {l}", "Initials": f"{f[0]}.{m}.{l[0]}."}[style]

    def title(self, p: dict) -> str:
        return self.pick(["Ms.", "Mrs.", "Mx."] if p["sex"] == "F" else ["Mr.", "Mr."])

    # dates ----------------------------------------------------------------------------------------------
    def date(self, kind: str = "recent") -> _dt.date:
        if kind == "dob":
            return _dt.date(1925, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 35000))
        if kind == "old":
            return _dt.date(1978, 1, 1) + _dt.timedelta(days=self.r.randrange(0, 9000))
        if kind == "infant":
            return _dt.date(2025, 6, 1) + _dt.timedelta(days=self.r.randrange(0, 240))
        return _dt.date(2025, 3, 1) + _dt.timedelta(days=self.r.randrange(0, 420))

    def fdate(self, d: _dt.date, fmt: str | None = None) -> str:
        fmt = fmt or self.pick(DATE_FORMATS)
        m, dd, y = d.month, d.day, d.year
        return {"mdY": f"{m:02d}/{dd:02d}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
                "dbY": f"{dd:02d}-{MON_ABBR[m - 1]}-{y}", "BdY": f"{MONTHS[m - 1]} {dd}, {y}", "md": f"{m}/{dd}",
                "Bd": f"{MONTHS[m - 1]} {dd}", "dBY": f"{dd} {MONTHS[m - 1]} {y}", "bdY": f"{MON_ABBR[m - 1]} {dd}, {y}",
                "compact": f"{y}{m:02d}{dd:02d}", "mdY-": f"{m:02d}-{dd:02d}-{y}",
                "b.d": f"{MON_ABBR[m - 1]}{'' if m == 5 else '.'} {dd}", "dmY.": f"{dd:02d}.{m:02d}.{y}"}[fmt]

    def d(self, kind: str = "recent", fmt: str | None = None) -> str:
        return self.fdate(self.date(kind), fmt)

    def time(self, fmt: str | None = None) -> str:
        fmt = fmt or self.pick(TIME_FORMATS)
        h, mi, s = self.r.randrange(6, 22), self.r.randrange(0, 60), self.r.randrange(0, 60)
        h12 = (h - 1) % 12 + 1
        return {"hm24": f"{h:02d}:{mi:02d}", "hm12": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                "hours": f"{h:02d}{mi:02d} hours", "hms": f"{h:02d}:{mi:02d}:{s:02d}",
                "hm12p": f"{h12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}",
                "hm12b": f"{h12}:{mi:02d}{'am' if h < 12 else 'pm'}"}[fmt]

    # ages --------------------------------------------------------------------------------------------------
    def old(self) -> str:
        return str(self.r.randrange(90, 106))

    def young(self, lo: int = 18, hi: int = 89) -> str:
        return str(self.r.randrange(lo, hi + 1))

    # identifiers -------------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHJKMNPQRTUVWXY") for _ in range(n))

    def mrn(self) -> str:
        return self.pick([lambda: "7" + self.digits(7), lambda: "HV" + self.digits(6), lambda: self.digits(3) + "-" + self.digits(3) + "-" + self.digits(2),
                          lambda: "E" + self.digits(8), lambda: "00" + self.digits(6)])()

    def acc(self, mod: str = "CT") -> str:
        return self.pick([lambda: f"{mod}{self.digits(2)}-{self.digits(6)}", lambda: "RAD." + self.digits(2) + "." + self.digits(6),
                          lambda: "A9" + self.digits(8), lambda: f"{self.digits(4)}{mod}{self.digits(5)}"])()

    def ssn(self) -> str:
        return f"9{self.digits(2)}-{self.digits(2)}-{self.digits(4)}"

    def phone(self) -> str:
        area, last = self.pick(["216", "503", "612", "919", "704", "971", "802", "505"]), f"01{self.digits(2)}"
        return self.pick([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area}.555.{last}", f"+1 {area} 555 {last}",
                          f"555-{last}", f"1-{area}-555-{last}"])

    def email(self, p: dict | None = None) -> str:
        user = (f"{p['first'][0]}{p['last']}" if p else self.pick(["navigator", "ir.scheduling", "bonehealth",
                                                                        "mri.safety", "frontdesk", "sleeplab"]))
        user = "".join(c for c in user.lower() if c.isascii() and (c.isalnum() or c in "._-"))
        return f"{user}@{self.pick(DOMAINS)}"

    def url(self, path: str = "") -> str:
        path = path or self.pick(["results", "appt", "msg", "share", "pay"])
        return f"https://{self.pick(URL_HOSTS)}/{path}/{self.letters(3).lower()}{self.digits(5)}"

    def ip(self) -> str:
        return self.pick([lambda: f"10.{self.r.randrange(0, 255)}.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}",
                          lambda: f"192.168.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}",
                          lambda: f"172.{self.r.randrange(16, 32)}.{self.r.randrange(0, 255)}.{self.r.randrange(2, 254)}"])()

    def hpid(self) -> str:
        return self.pick([lambda: f"{self.digits(1)}{self.letters(2)}{self.digits(1)}-{self.letters(2)}{self.digits(1)}-{self.letters(2)}{self.digits(2)}",
                          lambda: self.letters(3) + self.digits(9), lambda: "W" + self.digits(8) + self.letters(2),
                          lambda: "MCD-" + self.digits(10)])()

    def acct(self) -> str:
        return self.pick([lambda: "HAR" + self.digits(8), lambda: self.digits(10), lambda: "V" + self.digits(7),
                          lambda: "ENC-" + self.digits(4) + "-" + self.digits(5)])()

    def serial(self) -> str:
        return self.pick([lambda: self.letters(3) + self.digits(6) + self.letters(1), lambda: "SN" + self.digits(9),
                          lambda: self.letters(2) + "-" + self.digits(4) + "-" + self.digits(4), lambda: self.digits(2) + self.letters(1) + self.digits(7)])()

    # places ------------------------------------------------------------------------------------------------
    def street(self, unit: bool | None = None) -> str:
        s = f"{self.r.randrange(4, 9900)} {self.pick(STREETS)}"
        if unit if unit is not None else self.chance(0.3):
            s += self.pick([", ", " "]) + self.pick(UNITS)
        return s

    def city(self) -> str:
        return self.pick(CITIES)

    def state(self) -> str:
        return self.pick(STATES)

    def zip(self) -> str:
        z = str(self.r.randrange(10000, 99990))
        return z + "-" + self.digits(4) if self.chance(0.25) else z

    def facility(self) -> str:
        return self.pick(FACILITIES)

    def tail(self) -> str:
        return self.pick(TAILS)

    def cred(self, *options: str) -> str:
        return self.pick(options or CREDS)
