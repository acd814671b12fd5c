"""Value pools and the per-document case (people, places, identifiers, dates) for blind46."""

from __future__ import annotations

import datetime as dt

from b46_segs import ph

FIRST = [
    "Aaliyah", "Abdirahman", "Adaeze", "Ahmad", "Aiko", "Alejandro", "Aleksandra", "Amara", "Anand", "Ana Lucía",
    "Andrzej", "Anh", "Arjun", "Astrid", "Ayesha", "Bao", "Beatriz", "Bongani", "Bridget", "Camille", "Carmen",
    "Chiamaka", "Conor", "Dagny", "Darnell", "Deepika", "Dmitri", "Dolores", "Eamon", "Efua", "Elif", "Emeka",
    "Esperanza", "Fatima", "Fernando", "Folake", "Gaurav", "Giorgos", "Grace", "Gulnara", "Hamza", "Hana",
    "Hélène", "Hiroshi", "Hyun-woo", "Ibrahim", "Ingrid", "Ioana", "Isabella", "Jamal", "Jarrah", "Jiahui",
    "Joaquín", "Jolene", "Juan Carlos", "Kalani", "Kateryna", "Kwame", "Lakshmi", "Leilani", "Liam", "Lucía",
    "Mahmoud", "Małgorzata", "Mariam", "Marisol", "Mateus", "Mei-Ling", "Mercedes", "Mohammed", "Nadia",
    "Naveen", "Ngozi", "Nikhil", "Noa", "Oluwaseun", "Omar", "Priya", "Rafael", "Rania", "Reuben", "Rosa",
    "Ruth", "Saanvi", "Sakura", "Santiago", "Seo-yeon", "Shira", "Siobhán", "Sione", "Soraya", "Tadeusz",
    "Tamar", "Thandiwe", "Thi Lan", "Tomasz", "Valentina", "Wei", "Winston", "Xiomara", "Yaw", "Yusuf",
    "Zainab", "Zoë", "Zhiwei", "Ekaterina", "Björn", "Leota", "Manaia", "Nizhoni", "Ahanu", "Wren",
]
LAST = [
    "Abernathy", "Acheampong", "Adeyemi", "Al-Rashid", "Andersson", "Baker", "Banerjee", "Bell", "Bergström",
    "Castellanos", "Chatterjee", "Chen", "Ćirić", "Dalgaard", "da Silva", "de la Cruz", "D'Souza", "Dubois",
    "Eze", "Fitzgerald", "Fonoti", "García-Moreno", "Graves", "Gutiérrez", "Haddad", "Hill", "Hoang", "Ibáñez",
    "Iwasaki", "Jovanović", "Kahananui", "Kaur", "Kowalczyk", "Kuznetsova", "Lindqvist", "Long", "MacAulay",
    "Mahlangu", "Mensah", "Moreau", "Müller", "Nakamura", "Ndlovu", "Nguyen", "Novak", "Nwachukwu",
    "O'Connell", "Okafor", "Oyelaran", "Papadopoulos", "Park", "Paget", "Petrosyan", "Quispe", "Rahman",
    "Ramírez", "Rosenberg", "Saito", "Sandoval", "Schwartz", "Shapiro", "Singh", "Sørensen", "Tanaka",
    "Teixeira", "Thibodeaux", "Tran", "van der Merwe", "Vasquez", "Volkov", "Wójcik", "Xu", "Yamamoto",
    "Yilmaz", "Young", "Zhou", "Zieliński", "Abubakar", "Begay", "Tsosie", "Whitehorse", "Haile", "Tesfaye",
    "Mwangi", "Otieno", "Faleolo", "Ó Briain", "Nakashima", "Kealoha", "Brennan-Walsh", "Ferreira",
]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
FACILITIES = [
    "Riverside Regional Medical Center", "St. Agnes Hospital", "Northgate Community Hospital",
    "Bayview Orthopedic & Imaging Institute", "Holy Cross Valley Hospital", "Cedar Ridge Diagnostic Imaging",
    "Lakeshore University Hospital", "St. Columba's Medical Center", "Desert Palms Radiology",
    "Harbor Point Women's Imaging", "Pinecrest Children's Hospital", "Meridian Imaging – Eastside",
    "Tri-County Veterans Clinic", "Good Shepherd Medical Center", "Mount Carmel West Imaging",
    "Kapiʻolani Valley Medical Center", "Red Mesa Indian Health Center", "Prairie Lutheran Hospital",
    "Sunrise Outpatient Imaging Center", "Ironwood Heart & Vascular Hospital", "Bluewater Cancer Institute",
]
PLACES = [
    ("Duluth", "MN", "55805"), ("Tacoma", "WA", "98405"), ("Lafayette", "LA", "70503"), ("Flagstaff", "AZ", "86001"),
    ("Dearborn", "MI", "48126"), ("Paterson", "NJ", "07501"), ("Hilo", "HI", "96720"), ("Lowell", "MA", "01852"),
    ("El Paso", "TX", "79912"), ("Gallup", "NM", "87301"), ("Fresno", "CA", "93721"), ("Bangor", "ME", "04401"),
    ("Lancaster", "PA", "17602"), ("Savannah", "GA", "31405"), ("Rapid City", "SD", "57701"),
    ("Yonkers", "NY", "10701"), ("Dayton", "OH", "45402"), ("Missoula", "MT", "59801"), ("Laredo", "TX", "78040"),
    ("Pawtucket", "RI", "02860"), ("Kenosha", "WI", "53140"), ("Anchorage", "AK", "99501"),
]
STREETS = ["Maple", "Kalaniana'ole", "Cesar Chavez", "Old Mill", "Juniper Ridge", "Riverbend", "Martin Luther King Jr",
           "Dogwood", "Prospect", "Calle Sol", "Lakeview", "Harbor", "Wabash", "Ponce de Leon", "Quarry Hill"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Way", "Ct", "Hwy", "Street", "Avenue"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com"]
STAFFDOM = ["lakeshore-uh.org", "riversidermc.org", "stagnes.org", "meridianimaging.com", "nghospital.org",
            "holycrossvalley.org", "cedarridgeimaging.com", "bluewatercancer.org"]
RELATIONS = ["daughter", "son", "wife", "husband", "mother", "father", "sister", "niece", "partner", "grandson"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ascii_fold(s: str) -> str:
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ʻ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_date(d: dt.date, style: int) -> str:
    m, mon = d.month, MONTHS[d.month - 1]
    return [
        f"{m:02d}/{d.day:02d}/{d.year}", f"{m}/{d.day}/{d.year % 100:02d}", d.isoformat(),
        f"{d.day:02d}-{mon[:3]}-{d.year}", f"{mon} {d.day}, {d.year}", f"{d.day} {mon} {d.year}",
        f"{mon[:3]} {d.day}, {d.year}", d.strftime("%Y%m%d"), f"{m:02d}-{d.day:02d}-{d.year}",
        f"{m}/{d.day}/{d.year}",
    ][style]


def fmt_time(h: int, mi: int, style: int, sec: int = 0) -> str:
    h12 = h % 12 or 12
    ap = "AM" if h < 12 else "PM"
    return [f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {ap}", f"{h:02d}{mi:02d} hours", f"{h:02d}:{mi:02d}:{sec:02d}",
            f"{h12}:{mi:02d} {ap.lower()[0]}.m."][style]


class Person:
    def __init__(self, rng, first=None, last=None):
        self.first = first or rng.choice(FIRST)
        self.last = last or rng.choice(LAST)
        self.mid = rng.choice(MIDDLE) if rng.random() < 0.5 else ""

    def form(self, style: int) -> str:
        f, l, m = self.first, self.last, self.mid
        return [
            f"{f} {l}", f"{l.upper()}, {f.upper()}" + (f" {m}" if m else ""), f"{l}, {f}",
            f"{f[0]}. {l}", f"{l.upper()}^{f.upper()}" + (f"^{m}" if m else ""), f"{f} {m + '. ' if m else ''}{l}",
            l, f,
        ][style]

    def m(self, style: int = 0) -> str:
        return ph("PERSON", self.form(style))


def phone(rng) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}",
                       f"+1{a}{b}{c:04d}", f"{a}-{b}-{c:04d} x{rng.randint(100, 9999)}"])


class Case:
    """Everything identifying about one document's patient and care team."""

    def __init__(self, rng, modality: str):
        self.rng = rng
        self.modality = modality
        self.pt = Person(rng)
        self.ref = Person(rng)
        self.rad = Person(rng)
        self.tech = Person(rng)
        self.res = Person(rng)
        self.rel = Person(rng, last=self.pt.last if rng.random() < 0.6 else None)
        self.relation = rng.choice(RELATIONS)
        self.age = rng.choice([rng.randint(91, 103), rng.randint(90, 97)]) if rng.random() < 0.3 else rng.randint(19, 88)
        self.exam = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 150))
        self.dob = dt.date(self.exam.year - self.age, rng.randint(1, 12), rng.randint(1, 28))
        if self.dob > self.exam.replace(year=self.exam.year - self.age):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.prior = self.exam - dt.timedelta(days=rng.randint(40, 900))
        self.h, self.mi = rng.randint(6, 23), rng.randint(0, 59)
        self.facility = rng.choice(FACILITIES)
        self.city, self.state, self.zip = rng.choice(PLACES)
        self.street = f"{rng.randint(12, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}" + (
            rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice('ABC')}", f" Unit {rng.randint(100, 450)}", f" #{rng.randint(2, 19)}"])
            if rng.random() < 0.35 else "")
        self.phone = phone(rng)
        self.rel_phone = phone(rng)
        self.mrn = rng.choice([f"{rng.randint(10000000, 99999999)}", f"E{rng.randint(1000000, 9999999)}",
                               f"M-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}", f"LUH{rng.randint(100000, 999999)}",
                               f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"])
        yy = self.exam.year % 100
        self.acc = rng.choice([f"{modality}{yy}-{rng.randint(1000000, 9999999)}", f"{yy}-{modality}-{rng.randint(100000, 999999)}",
                               f"RAD{rng.randint(10000000, 99999999)}", f"A{yy}{self.exam.month:02d}{rng.randint(100000, 999999)}"])
        self.prior_acc = f"{modality}{(self.prior.year % 100)}-{rng.randint(1000000, 9999999)}"
        self.plan = rng.choice([f"XJH{rng.randint(100000000, 999999999)}", f"W{rng.randint(1000000, 9999999)}-0{rng.randint(1, 4)}",
                                f"ZGP{rng.randint(10000000, 99999999)}", f"MCD-{rng.randint(10000000, 99999999)}",
                                f"{rng.randint(1, 9)}{rng.choice('TKEFGH')}{rng.choice('ABCDX')}{rng.randint(1, 9)}-{rng.choice('FNRW')}{rng.randint(10, 99)}-{rng.choice('XMPQ')}{rng.choice('KTN')}{rng.randint(10, 99)}"])
        self.account = rng.choice([f"{rng.randint(2600000000, 2699999999)}", f"HAR{rng.randint(100000000, 999999999)}",
                                   f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}", f"V{rng.randint(10000000, 99999999)}"])
        self.ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        self.serial = rng.choice([f"PJN{rng.randint(100000, 999999)}S", f"RNB{rng.randint(100000, 999999)}H",
                                  f"BZY{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}{rng.choice('HKM')}{rng.randint(1000000, 9999999)}",
                                  f"SJM-{rng.randint(1000000, 9999999)}"])
        self.device = rng.choice(["Azure XT DR MRI SureScan pacemaker", "Evera MRI ICD", "Assurity MRI pacemaker",
                                  "Nucleus CI622 cochlear implant", "Accent MRI pacemaker", "Inspire IV hypoglossal stimulator"])
        dom = rng.choice(STAFFDOM)
        self.rad_email = f"{ascii_fold(self.rad.first).lower().replace(' ', '')[0]}{ascii_fold(self.rad.last).lower().replace(' ', '').replace(chr(39), '')}@{dom}"
        self.ref_email = f"{ascii_fold(self.ref.first).lower().replace(' ', '.')}.{ascii_fold(self.ref.last).lower().replace(' ', '').replace(chr(39), '')}@{dom}"
        self.pt_email = f"{ascii_fold(self.pt.first).lower().replace(' ', '')}{rng.choice(['.', '_', ''])}{ascii_fold(self.pt.last).lower().replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}@{rng.choice(MAILDOM)}"
        self.ip = f"10.{rng.randint(10, 250)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
        self.ip2 = f"172.{rng.randint(16, 31)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}"
        host = dom.split(".")[0]
        self.viewer_url = rng.choice([f"https://pacs.{dom}/viewer?accession={self.acc}",
                                      f"http://{self.ip2}:8080/zfp?lights=on&acc={self.acc}",
                                      f"https://mychart.{dom}/results/{rng.randint(1000000, 9999999)}",
                                      f"https://{host}-ris.{dom}/orders/{self.mrn}/imaging"])
        self.req_id = "".join(rng.choice("0123456789abcdef") for _ in range(24))

    # marked renderings -------------------------------------------------------
    def d(self, d: dt.date, style: int | None = None) -> str:
        return ph("DATE_TIME", fmt_date(d, self.rng.randint(0, 9) if style is None else style))

    def t(self, style: int | None = None, h: int | None = None, mi: int | None = None) -> str:
        return ph("DATE_TIME", fmt_time(self.h if h is None else h, self.mi if mi is None else mi,
                                        self.rng.randint(0, 4) if style is None else style, self.rng.randint(0, 59)))

    def age_m(self, style: int | None = None) -> str:
        """Age phrase: a keep-span for ages under 90, the number alone as PHI for 90 and over."""
        st = self.rng.randint(0, 4) if style is None else style
        a = self.age
        fmt = ["{}-year-old", "{} yo", "{}Y", "{}-yr-old", "{} y/o"][st]
        if a >= 90:
            return fmt.format(ph("AGE_OVER_89", a))
        return ph("age_under_90", fmt.format(a))

    def age_num(self) -> str:
        return ph("AGE_OVER_89", self.age) if self.age >= 90 else ph("age_under_90", self.age)

    def loc(self) -> str:
        return f"{ph('STREET_ADDRESS', self.street)}, {ph('CITY', self.city)}, {self.state} {ph('ZIP', self.zip)}"

    def __getattr__(self, name: str) -> str:
        # m_mrn, m_acc, ... -> marked values
        table = {"m_mrn": ("MRN", "mrn"), "m_acc": ("ACCESSION", "acc"), "m_prior_acc": ("ACCESSION", "prior_acc"),
                 "m_plan": ("HEALTH_PLAN_ID", "plan"), "m_account": ("ACCOUNT_ID", "account"), "m_ssn": ("SSN", "ssn"),
                 "m_serial": ("DEVICE_SERIAL", "serial"), "m_fac": ("FACILITY", "facility"), "m_phone": ("PHONE", "phone"),
                 "m_rel_phone": ("PHONE", "rel_phone"), "m_rad_email": ("EMAIL", "rad_email"),
                 "m_ref_email": ("EMAIL", "ref_email"), "m_pt_email": ("EMAIL", "pt_email"), "m_ip": ("IP_ADDRESS", "ip"),
                 "m_url": ("URL", "viewer_url"), "m_city": ("CITY", "city"), "m_zip": ("ZIP", "zip")}
        if name in table:
            kind, attr = table[name]
            return ph(kind, self.__dict__[attr])
        raise AttributeError(name)
