"""Value pools and identifier generators for blind49 (file names, paths and storage keys)."""

from __future__ import annotations

import random

GIVEN_F = [
    "Maria", "Aisha", "Mei", "Olga", "Priya", "Siobhan", "Fatima", "Yuki", "Ngozi", "Ingrid", "Camila", "Leilani",
    "Zofia", "Thi", "Esperanza", "Hannah", "Amara", "Sunita", "Gabriela", "Noor", "Kateryna", "Ayumi", "Rosa",
    "Chidinma", "Elif", "Dagny", "Marisol", "Shirin", "Tamar", "Wanjiru", "Bernadette", "Lakshmi", "Joanne",
    "Xiomara", "Renata", "Aoife", "Halima", "Seo-yeon", "Paulette", "Guadalupe",
]
GIVEN_M = [
    "Jose", "Mohammed", "Wei", "Dmitri", "Rahul", "Tomasz", "Kwame", "Hiroshi", "Oluwaseun", "Lars", "Mateo",
    "Keanu", "Andrzej", "Minh", "Rafael", "Samuel", "Chinedu", "Arjun", "Emeka", "Yusuf", "Bogdan", "Kenji",
    "Diego", "Tariq", "Henrik", "Malik", "Giorgos", "Jae-won", "Declan", "Ravi", "Thabo", "Ignacio", "Omar",
    "Raymond", "Eduardo", "Seamus", "Vikram", "Nikolai", "Abdullah", "Curtis",
]
SURNAMES = [
    "Okafor", "Nguyen", "Kowalski", "Hernandez", "Papadopoulos", "Lindqvist", "Tanaka", "Abernathy", "Chatterjee",
    "O'Sullivan", "Mbeki", "Haddad", "Petrov", "Castillo", "Kealoha", "Van der Berg", "Fitzgerald", "Yamamoto",
    "Adeyemi", "Rosenbaum", "Delgado-Ruiz", "Sato", "Bianchi", "Kaczmarek", "Oyelaran", "Mahmoud", "Novak",
    "Baker", "Bell", "Hill", "Young", "Graves", "Kim", "Park", "Singh", "Reyes", "Dubois", "Schultz", "Ivanova",
    "Moreau", "Achterberg", "Quispe", "Tran", "Mwangi", "Al-Rashid", "Gallagher", "Szabo", "Whitfield",
    "Obi", "Nakamura", "Sokolov", "Figueroa", "Horvath", "McAllister", "Brennan", "Zhou", "Ferreira", "Eriksen",
    "Jaramillo", "Tshabalala", "Wojcik", "Bhattacharya", "Lefebvre", "Kapoor", "Ortega", "Cohen", "Lungu",
]
MIDDLE_INITIALS = list("ABCDEFGHJKLMNPRSTW")
NAME_FORMS = ["SUR_GIV", "SUR_GIV", "Sur_Giv", "sur_giv", "SUR^GIV", "sur-giv", "SurGiv", "SUR.GIV", "Giv.Sur",
              "SURGI", "Sur Giv", "SUR,GIV"]
RELATIONS = ["daughter", "son", "wife", "husband", "mother", "father", "niece", "sister", "brother", "grandson"]

FACILITIES = [
    ("St. Brigid's Regional Medical Center", "StBrigidsRMC"),
    ("Mercy Valley Hospital", "MercyValley"),
    ("Lakeshore Community Hospital", "LAKESHORE_CH"),
    ("Harborview Imaging Associates", "HarborviewImaging"),
    ("Sacred Heart Children's Hospital", "SacredHeartChildrens"),
    ("Pinecrest Orthopedic Institute", "PINECREST_ORTHO"),
    ("Riverbend Family Clinic", "RiverbendFC"),
    ("Northgate Cancer Center", "NorthgateCC"),
    ("Eastfield Diagnostic Imaging", "EASTFIELD_DX"),
    ("Kapiolani Ridge Medical Center", "KapiolaniRidge"),
    ("Copper Canyon Regional Hospital", "CopperCanyonRH"),
    ("Wexford Memorial Hospital", "WEXFORD_MEM"),
]
CITIES = [
    ("Sheboygan", "WI", "530"), ("Tacoma", "WA", "984"), ("Lubbock", "TX", "794"), ("Dayton", "OH", "454"),
    ("Pawtucket", "RI", "028"), ("Hilo", "HI", "967"), ("Flagstaff", "AZ", "860"), ("Bangor", "ME", "044"),
    ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Cheyenne", "WY", "820"), ("Fresno", "CA", "937"),
    ("Scranton", "PA", "185"), ("Lafayette", "LA", "705"), ("Billings", "MT", "591"),
]
STREETS = ["Maple Ave", "Kingfisher Rd", "Old Mill Ln", "N 14th St", "Calle Sombra", "Birchwood Ct", "Harbor Dr",
           "Quarry Hill Rd", "Pueblo Way", "Lakeview Ter", "W Orchard St", "Ridgeback Blvd", "Ashgrove Pl"]
DOMAINS = ["stbrigids-health.org", "mercyvalley.org", "lakeshorech.net", "nw-radpartners.com", "eastfielddx.com",
           "coppercanyon-rh.org", "wexfordmem.org"]
AREA = ["414", "253", "806", "937", "401", "808", "928", "207", "218", "478", "307", "559", "570", "337", "406"]


def mrn(rng: random.Random) -> str:
    return rng.choice(["", "", "E", "M"]) + f"{rng.randint(100000, 99999999):08d}"


def accession(rng: random.Random, day) -> str:
    form = rng.randint(0, 2)
    if form == 0:
        return f"{day.strftime('%y')}{rng.randint(1000000, 9999999)}"
    if form == 1:
        return f"RAD{rng.randint(10000000, 99999999)}"
    return f"A{day.strftime('%y')}-{rng.randint(100000, 999999)}"


def ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"


def plan_id(rng: random.Random) -> str:
    return rng.choice(["XJH", "QWM", "BCX", "UHM", "KPA"]) + f"{rng.randint(100000000, 999999999)}"


def account(rng: random.Random) -> str:
    return rng.choice(["", "V", "FIN", "HAR"]) + f"{rng.randint(10000000, 99999999)}"


def serial(rng: random.Random) -> str:
    return rng.choice(["", "SN", "K", "SN-"]) + f"{rng.randint(10000, 999999)}"


def street(rng: random.Random) -> str:
    unit = rng.choice(["", "", "", f" Apt {rng.randint(1, 40)}", f" Unit {rng.choice('ABCD')}{rng.randint(1, 9)}"])
    return f"{rng.randint(12, 9899)} {rng.choice(STREETS)}{unit}"


def city(rng: random.Random) -> tuple[str, str, str]:
    c, st, z = rng.choice(CITIES)
    return c, st, f"{z}{rng.randint(1, 99):02d}"


def phone(rng: random.Random) -> str:
    return f"{rng.choice(AREA)}{rng.randint(200, 989)}{rng.randint(1000, 9999)}"


def phone_fmt(num: str, form: int) -> str:
    a, b, c = num[:3], num[3:6], num[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", num][form % 4]


def ip(rng: random.Random) -> str:
    return rng.choice([f"10.{rng.randint(20, 250)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                       f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}"])


# descriptor tokens: (keep label or None, [words])
A, M, S, V, MS = "anatomy", "modality", "sequence", "vertebral_level", "measurement"
STUDIES = {
    "CT": [
        ([(M, ["CT"]), (A, ["CHEST"]), (None, ["WO"])],
         [[(None, ["AX"]), (MS, ["1.25mm"]), (A, ["LUNG"])], [(None, ["COR"]), (MS, ["3mm"]), (None, ["SOFT"])],
          [(None, ["AX"]), (MS, ["5mm"]), (A, ["MEDIASTINUM"])]]),
        ([(M, ["CT"]), (A, ["ABD"]), (A, ["PELVIS"]), (None, ["W"])],
         [[(None, ["PORTAL", "VENOUS"]), (MS, ["2.5mm"])], [(None, ["COR"]), (MS, ["3mm"])], [(None, ["SAG"]), (MS, ["3mm"])]]),
        ([(M, ["CTA"]), (A, ["HEAD"]), (A, ["NECK"])],
         [[(None, ["ARTERIAL"]), (MS, ["0.625mm"])], [(None, ["MIP"]), (A, ["COW"])], [(None, ["AX"]), (MS, ["5mm"]), (A, ["BRAIN"])]]),
    ],
    "MR": [
        ([(M, ["MR"]), (A, ["BRAIN"]), (None, ["WWO"])],
         [[(S, ["T1", "MPRAGE"]), (None, ["SAG"])], [(S, ["T2", "FLAIR"]), (None, ["AX"])], [(S, ["DWI"]), (None, ["AX"])],
          [(S, ["SWI"])], [(S, ["T1", "POST"]), (None, ["AX"])]]),
        ([(M, ["MRI"]), (A, ["LSPINE"]), (None, ["WO"])],
         [[(None, ["SAG"]), (S, ["T2"])], [(None, ["SAG"]), (S, ["STIR"])], [(None, ["AX"]), (S, ["T2"]), (V, ["L4-L5"])],
          [(None, ["AX"]), (S, ["T2"]), (V, ["L5-S1"])]]),
        ([(M, ["MR"]), (A, ["KNEE"]), (None, ["RT"])],
         [[(None, ["COR"]), (S, ["PD", "FS"])], [(None, ["SAG"]), (S, ["T2", "FS"])], [(None, ["AX"]), (S, ["PD"])]]),
        ([(M, ["MR"]), (A, ["CSPINE"])],
         [[(None, ["SAG"]), (S, ["T1"])], [(None, ["SAG"]), (S, ["STIR"])], [(None, ["AX"]), (S, ["T2"]), (V, ["C5-C6"])]]),
    ],
    "US": [
        ([(M, ["US"]), (A, ["THYROID"])], [[(A, ["RT", "LOBE"]), (None, ["CINE"])], [(A, ["ISTHMUS"])]]),
        ([(M, ["US"]), (A, ["ABDOMEN"]), (None, ["LTD"])], [[(A, ["LIVER"])], [(A, ["GALLBLADDER"])], [(A, ["RT", "KIDNEY"])]]),
    ],
    "XR": [
        ([(M, ["XR"]), (A, ["CHEST"]), (None, ["2V"])], [[(None, ["PA"])], [(None, ["LAT"])]]),
        ([(M, ["XR"]), (A, ["KNEE"]), (None, ["3V", "LT"])], [[(None, ["AP"])], [(None, ["LAT"])], [(None, ["SUNRISE"])]]),
    ],
    "MG": [
        ([(M, ["MG"]), (None, ["SCREEN"]), (None, ["BILAT"]), (None, ["TOMO"])],
         [[(None, ["L", "CC"])], [(None, ["R", "CC"])], [(None, ["L", "MLO"])], [(None, ["R", "MLO"])]]),
    ],
}


def study_for(rng: random.Random, modality: str):
    study, series = rng.choice(STUDIES[modality])
    return study, series


EPONYMS = ["Baker cyst", "Crohn disease", "Hodgkin lymphoma", "Kerley B lines", "Colles fracture", "Chiari I malformation",
           "Schmorl node", "Hill-Sachs lesion", "Paget disease", "Wilms tumor", "Monteggia fracture", "Bell palsy",
           "Hashimoto thyroiditis", "Parkinson disease", "Graves disease", "Osgood-Schlatter disease"]
SCORES = ["BI-RADS 4", "BI-RADS 2", "LI-RADS 3", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 3", "Bosniak IIF", "O-RADS 3"]
CREDS = ["MD", "DO", "RT(R)(CT)", "RT(R)(MR)", "RN", "PhD", "RDMS"]
HEADERS = ["FINDINGS", "IMPRESSION", "TECHNIQUE", "COMPARISON", "CLINICAL HISTORY"]
