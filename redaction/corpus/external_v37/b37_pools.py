"""Invented name, place and identifier pools for blind37, plus login shapes built from names."""

from __future__ import annotations

import random
from dataclasses import dataclass

from b37_core import digits, alnum, pick

GIVEN = ["Anneliese", "Bartholomew", "Chidinma", "Desmond", "Evangelina", "Fitzgerald", "Graciela", "Hamish",
         "Ingeborg", "Jovani", "Keziah", "Leopold", "Marisol", "Nnamdi", "Ottilie", "Pranav", "Quillon",
         "Rosalind", "Soren", "Thandiwe", "Ulrich", "Valentina", "Wendell", "Ximena", "Yusuf", "Zinnia",
         "Aurelio", "Bronwyn", "Cassius", "Delphine", "Emeka", "Florentyna", "Gideon", "Henrietta", "Ignatius",
         "Jolene", "Kasimir", "Lucinda", "Mateusz", "Noelani", "Osvaldo", "Perpetua", "Radomir", "Saoirse",
         "Tobias", "Ursula", "Vikram", "Wilhelmina", "Yolanda", "Zoltan", "Anouk", "Benedikt", "Consuelo",
         "Dashiell", "Elodie", "Fenella", "Guadalupe", "Hyacinth", "Ilario", "Juniper", "Kwabena", "Ludovica"]
SURNAMES = ["Abernathy", "Balogun", "Castellanos", "Drummond", "Eriksdottir", "Fairweather", "Gulbrandsen",
            "Haverkamp", "Ilunga", "Jaskolski", "Kettleborough", "Lindqvist", "Mbeki", "Nakashima", "Okonkwo",
            "Pettigrew", "Quintanilla", "Rasmussen", "Szczepanski", "Thistlewood", "Urquhart", "Vasquez-Ortiz",
            "Wojcik", "Xiong", "Yardley", "Zamorano", "Achterberg", "Bramwell", "Cholmondeley", "Dubrovsky",
            "Etxeberria", "Featherstone", "Grzybowski", "Holloway", "Iwasaki", "Jankowiak", "Kowalczyk",
            "Lachapelle", "Montgomery-Reyes", "Nwachukwu", "Ostrowski", "Pemberton", "Raghunathan", "Sandoval",
            "Tremblay", "Underhill", "Villanueva", "Whitcombe", "Yamaguchi", "Zielinski", "O'Donoghue",
            "McTavish", "Ferreira", "Adeyemi", "Brennan", "Castiglione", "Dimitriou", "Esterhuizen"]
# Surnames that are also clinical eponyms / words; used deliberately next to the eponym.
EPONYM_SURNAMES = [("Baker", "Baker cyst"), ("Graves", "Graves disease"), ("Paget", "Paget disease of bone"),
                   ("Chiari", "Chiari I malformation"), ("Hodgkin", "Hodgkin lymphoma"), ("Crohn", "Crohn disease"),
                   ("Wilms", "Wilms tumor"), ("Bell", "Bell palsy")]
EPONYMS = ["Baker cyst", "Schmorl node", "Hill-Sachs lesion", "Bankart lesion", "Segond fracture",
           "Morton neuroma", "Tornwaldt cyst", "Kerley B lines", "Osgood-Schlatter disease", "Klatskin tumor",
           "Budd-Chiari syndrome", "Chiari I malformation", "Paget disease", "Crohn disease", "Jones fracture",
           "Colles fracture", "Hashimoto thyroiditis", "Legg-Calve-Perthes disease", "Monteggia fracture"]

FACILITIES = ["Kestrel Point Imaging Center", "Millbrook Valley Medical Center", "St. Adalbert Regional Hospital",
              "Ocotillo Springs Radiology", "Larkhaven Community Hospital", "Brightwater Orthopedic Institute",
              "Cedar Hollow Outpatient Imaging", "Mercy Tallgrass Hospital", "Northfork Women's Imaging",
              "Silverpine Children's Hospital", "Harrowgate Cancer Pavilion", "Lantern Bay Urgent Care"]
FAC_SHORT = ["KPIC", "MVMC", "SARH", "OSR", "LCH", "BOI", "CHOI", "MTH", "NWI", "SCH", "HCP", "LBUC"]
CITIES = [("Chillicothe", "OH", "45601"), ("Laramie", "WY", "82070"), ("Keene", "NH", "03431"),
          ("Paducah", "KY", "42001"), ("Ypsilanti", "MI", "48197"), ("Muncie", "IN", "47303"),
          ("Bozeman", "MT", "59715"), ("Lake Oswego", "OR", "97034"), ("Hattiesburg", "MS", "39401"),
          ("Nacogdoches", "TX", "75961"), ("Oneonta", "NY", "13820"), ("Winona", "MN", "55987")]
STREETS = ["Quarry Ridge Rd", "Tamarack Ln", "W Alder St", "Old Mill Pike", "Lindenwood Ct", "Sawgrass Blvd",
           "N Fennimore Ave", "Halcyon Way", "Copperfield Dr", "Blue Heron Cir", "Ridgeback Trl", "E Juniper St"]
AREAS = ["608", "715", "262", "920", "414", "319", "541", "828", "406", "603"]

DOMAINS = ["example.org", "example.net", "example.com", "rad.example.org", "imaging.example.net"]
NETBIOS = ["MVHEALTH", "CORP", "KPIC", "RADNET", "HOSP"]
HOSTS = ["pacs-app01", "pacs-app02", "ris-web01", "ris-db01", "vna-arch02", "sftp-edge01", "mirth-int01",
         "dictation03", "ps360-app", "zfp-viewer01", "dcm-router02", "jump01"]
SERVICE_ACCOUNTS = ["svc_pacs", "svc-mirth", "root", "postgres", "ris_app", "backup_agent", "nessus_scan",
                    "svc_vna_sync", "ansible", "healthcheck", "risreport_ro", "SYSTEM", "ANONYMOUS LOGON"]

EXAMS = [("CT", "CHEST", " W CONTRAST"), ("MR", "BRAIN", " W/WO"), ("US", "ABDOMEN", " COMPLETE"),
         ("XR", "KNEE", " 3 VIEWS LT"), ("MG", "BREAST", " SCREENING BILAT TOMO"), ("CT", "ABDOMEN/PELVIS", " W IV"),
         ("MR", "LUMBAR SPINE", " WO"), ("US", "THYROID", ""), ("XR", "CHEST", " PA/LAT"), ("MR", "SHOULDER", " RT WO"),
         ("CT", "HEAD", " WO"), ("MR", "PROSTATE", " MULTIPARAMETRIC")]
SEQUENCES = ["DWI", "ADC", "T2 FLAIR", "STIR", "SWI", "T1 post-contrast", "DCE", "T2 TSE"]
SCORES = ["BI-RADS 4", "BI-RADS 0", "LI-RADS 3", "PI-RADS 4", "TI-RADS 3", "Lung-RADS 4A", "BI-RADS 2"]
MEASURES = ["1.4 cm", "8 mm", "2.3 x 1.9 cm", "12 mm", "4.6 cm", "0.9 cm", "3 mm"]
LEVELS = ["L4-L5", "L5-S1", "C5-C6", "T12", "L3", "C6-C7", "T7"]
CREDS = ["MD", "DO", "RT(R)", "RT(R)(CT)", "RN", "PhD", "RT(R)(MR)", "RDMS"]
ANATOMY = ["left kidney", "right hepatic lobe", "pancreatic head", "medial meniscus", "carotid bifurcation",
           "thyroid isthmus", "left upper lobe", "supraspinatus tendon"]


@dataclass
class Person:
    given: str
    surname: str
    mi: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def s(self) -> str:  # surname stripped of punctuation, lower-case
        return "".join(c for c in self.surname.lower() if c.isalpha())

    @property
    def g(self) -> str:
        return self.given.lower()

    def login(self, rng: random.Random, shape: str | None = None) -> str:
        g, s, i = self.g, self.s, self.g[0]
        shape = shape or pick(rng, SHAPES)
        out = {
            "jsmith": i + s[:12], "smithj": s[:12] + i, "smith.j": f"{s}.{i}", "jane.smith": f"{g}.{s}",
            "jsmith2": f"{i}{s[:10]}{rng.randint(2, 9)}", "j_smith": f"{i}_{s}", "SMITHJ": (s[:8] + i).upper(),
            "jane_s": f"{g}_{s[0]}", "smithja": s[:7] + g[:2], "jmsmith": i + self.mi.lower() + s[:10],
            "JSmith": self.given[0] + self.surname.replace(" ", "").replace("'", ""),
            "smith.jane": f"{s}.{g}", "jsmith01": f"{i}{s[:8]}{rng.randint(1, 30):02d}",
        }[shape]
        return out

    def email(self, rng: random.Random, domain: str | None = None) -> str:
        domain = domain or pick(rng, DOMAINS)
        local = pick(rng, [f"{self.g}.{self.s}", f"{self.g[0]}{self.s}", f"{self.s}.{self.g[0]}",
                           f"{self.g}.{self.mi.lower()}.{self.s}"])
        return f"{local}@{domain}"


SHAPES = ["jsmith", "smithj", "smith.j", "jane.smith", "jsmith2", "j_smith", "SMITHJ", "jane_s", "smithja",
          "jmsmith", "JSmith", "smith.jane", "jsmith01"]


class Cast:
    """Distinct people for one document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.used_g: set[str] = set()

    def person(self) -> Person:
        rng = self.rng
        while True:
            g, s = pick(rng, GIVEN), pick(rng, SURNAMES)
            if s not in self.used and g not in self.used_g:
                self.used.add(s)
                self.used_g.add(g)
                return Person(g, s, pick(rng, "ABCDEFGHJKLMNPRSTW"))

    def eponym_person(self) -> tuple[Person, str]:
        s, ep = pick(self.rng, EPONYM_SURNAMES)
        g = pick(self.rng, [x for x in GIVEN if x not in self.used_g])
        self.used_g.add(g)
        self.used.add(s)
        return Person(g, s, pick(self.rng, "ABCDEFGHJKLMNPRSTW")), ep


def mrn(rng): return "7" + digits(rng, 7)
def accession(rng): return pick(rng, ["E26", "RA", "X"]) + digits(rng, 7)
def ssn(rng): return f"{rng.randint(101, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
def plan_id(rng): return pick(rng, ["ZGP", "QHM", "WBX"]) + digits(rng, 9)
def pt_account(rng): return "4" + digits(rng, 8)
def emp_id(rng): return "E" + digits(rng, 6)
def serial(rng): return pick(rng, ["SN", "C", "GX", "RK"]) + alnum(rng, 8)
def phone(rng): return f"({pick(rng, AREAS)}) 555-01{rng.randint(0, 99):02d}"
def phone_dash(rng): return f"{pick(rng, AREAS)}-555-01{rng.randint(0, 99):02d}"
def priv_ip(rng):
    return pick(rng, [f"10.{rng.randint(1, 250)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                      f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                      f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"])
def street(rng): return f"{rng.randint(12, 9870)} {pick(rng, STREETS)}"
def city(rng): return pick(rng, CITIES)
def host(rng): return pick(rng, HOSTS) + "." + pick(rng, DOMAINS)


def exam(rng) -> list:
    mod, anat, rest = pick(rng, EXAMS)
    return [(mod, "modality"), " ", (anat, "anatomy")] + ([rest] if rest else [])
