"""Invented people, real US cities with invented ZIP tails, invented facilities, and non-PHI vocabularies."""

from __future__ import annotations

from dataclasses import dataclass, field

# (given names, middle names or initials, family names, family-first habit)
CULTURES = {
    "anglo": (
        ["Brenda", "Walter", "Dorothy", "Kyle", "Shonda", "Tyler", "April", "June", "Grant", "Hope", "Earl",
         "Marcus", "Heather", "Dale", "Irene", "Jolene", "Cody", "Faith", "Russell", "Tamika", "Wesley", "Norma",
         "Travis", "Gwendolyn", "Clifford", "Autumn", "Dwayne", "Lorraine", "Chester", "Misty", "Reginald"],
        ["A", "L", "Marie", "J", "Ray", "Lee", "Ann", "D", "K", "Lynn", "T", "Wayne", "E"],
        ["Baker", "Bell", "Hill", "Graves", "Long", "Young", "Paget", "Parkinson", "Addison", "Wilson", "Hunter",
         "Fox", "Price", "Love", "Rich", "Sharp", "Stone", "Crabtree", "Pruitt", "Whitaker", "Kowalczyk",
         "McAllister", "O'Dell", "Hargrove", "Pennington", "Lusk", "Coldwell", "Fairbanks", "Hollis", "Beasley",
         "Jackson", "Marsh", "Ledbetter", "Swanson", "Treadwell", "Dorsey", "Holloway-Greene"],
        False),
    "hispanic": (
        ["Guadalupe", "Rosalinda", "Efraín", "Marisol", "Joaquín", "Yesenia", "Rigoberto", "Dulce", "Ismael",
         "Araceli", "Teodoro", "Xiomara", "Leticia", "Osvaldo"],
        ["María", "José", "R", "Luis", "C", "Elena"],
        ["García Morales", "Villanueva", "Ochoa", "Cárdenas", "Zamora", "Bustamante", "Quintero", "Arredondo",
         "Peña", "Salazar Ruiz", "Montañez", "Ibarra", "Delgado"],
        False),
    "vietnamese": (
        ["Lan", "Minh", "Huong", "Tuan", "Thao", "Quang", "Phuong", "Duc", "Ngoc", "Khanh", "Bao"],
        ["Thi", "Van", "Thanh", "Hoang", "Ngoc"],
        ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do", "Truong"],
        True),
    "korean": (
        ["Ji-hoon", "Seo-yeon", "Min-jun", "Eun-ji", "Hyun-woo", "Soo-ah", "Dong-hyun", "Ha-eun", "Jae-sung"],
        [""],
        ["Park", "Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Shin"],
        True),
    "chinese": (
        ["Wei", "Na", "Jianguo", "Xiuying", "Hao", "Mei", "Zhiwei", "Lihua", "Yong", "Fang", "Qiang"],
        [""],
        ["Chen", "Li", "Wang", "Zhang", "Liu", "Huang", "Zhou", "Xu", "Sun", "Ma", "Guo"],
        True),
    "filipino": (
        ["Maria Luz", "Jose Rizal", "Rosario", "Ferdinand", "Marites", "Rodel", "Jocelyn", "Danilo", "Analyn",
         "Rogelio", "Lourdes"],
        ["Bautista", "Reyes", "Mendoza", "Aquino", "Santos"],
        ["Dela Cruz", "Macaraeg", "Villamor", "Pangilinan", "Dimaculangan", "Soriano", "Manalo", "Lacson"],
        False),
    "portuguese": (
        ["João Pedro", "Conceição", "Joaquim", "Fernanda", "Rui", "Graça", "Tiago", "Filomena", "Anderson"],
        ["Maria", "Luís", "Aparecida"],
        ["Carvalho da Silva", "Medeiros", "Figueiredo", "Pacheco", "Rebelo", "dos Santos", "Furtado", "Amaral"],
        False),
    "hebrew": (
        ["Yael", "Moshe", "Avraham", "Tova", "Eliezer", "Shoshana", "Yitzchak", "Rivka", "Noam", "Chaya"],
        ["B", "M", ""],
        ["Ben-David", "Katz", "Levi", "Mizrahi", "Friedman", "Shapiro", "Abramov", "Peretz", "Halevi"],
        False),
    "other": (
        ["Oluwaseun", "Abdullah", "Priya", "Fatima", "Kwame", "Anjali", "Tariq", "Nadia", "Emeka", "Siobhan",
         "Deshawn", "Imani", "Rajesh", "Leilani", "Ahanu"],
        ["", "K", "N", "Olu"],
        ["Adeyemi", "Al-Rashid", "Raghunathan", "Haddad", "Mensah", "Chatterjee", "Okonkwo", "O'Shaughnessy",
         "Kealoha", "Begay", "Nakamura", "Fitzgerald", "Abernathy", "Van der Berg"],
        False),
}
CULTURE_WEIGHTS = [("anglo", 30), ("hispanic", 14), ("vietnamese", 9), ("korean", 7), ("chinese", 8),
                   ("filipino", 8), ("portuguese", 6), ("hebrew", 6), ("other", 12)]
NICKNAMES = {"Walter": "Walt", "Dorothy": "Dot", "Russell": "Rusty", "Reginald": "Reggie", "Gwendolyn": "Gwen",
             "Clifford": "Cliff", "Joaquín": "Quino", "Rosario": "Charing", "Jose Rizal": "Jojo",
             "Ferdinand": "Ferdie", "Avraham": "Avi", "Yitzchak": "Itzik", "Oluwaseun": "Seun",
             "Guadalupe": "Lupe", "Conceição": "São", "Minh": "Tony", "Ji-hoon": "Jay", "Wei": "David"}

CREDENTIALS_MD = ["MD", "DO", "MD, PhD", "MBBS", "MD, MPH"]
CREDENTIALS_STAFF = ["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RN", "BSN, RN", "NP", "PA-C", "CNMT", "LPN",
                     "RRA", "DPM", "CWOCN", "MS, DABR", "PhD, DABR", "RHIT", "CPC"]

# real US cities; ZIP = prefix + two invented digits
CITIES = [
    ("Tacoma", "WA", "984"), ("Spokane", "WA", "992"), ("Eugene", "OR", "974"), ("Bend", "OR", "977"),
    ("Fresno", "CA", "937"), ("Oakland", "CA", "946"), ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"),
    ("Albuquerque", "NM", "871"), ("Santa Fe", "NM", "875"), ("Boise", "ID", "837"), ("Provo", "UT", "846"),
    ("Aurora", "CO", "800"), ("Pueblo", "CO", "810"), ("Lincoln", "NE", "685"), ("Wichita", "KS", "672"),
    ("Tulsa", "OK", "741"), ("Tyler", "TX", "757"), ("El Paso", "TX", "799"), ("Laredo", "TX", "780"),
    ("Irving", "TX", "750"), ("Shreveport", "LA", "711"), ("Jackson", "MS", "392"), ("Mobile", "AL", "366"),
    ("Huntsville", "AL", "358"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Charlotte", "NC", "282"),
    ("Durham", "NC", "277"), ("Florence", "SC", "295"), ("Knoxville", "TN", "379"), ("Lexington", "KY", "405"),
    ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"), ("Warren", "MI", "480"),
    ("Madison", "WI", "537"), ("Duluth", "MN", "558"), ("Rockford", "IL", "611"), ("Peoria", "IL", "616"),
    ("Gary", "IN", "464"), ("Troy", "NY", "121"), ("Buffalo", "NY", "142"), ("Scranton", "PA", "185"),
    ("Allentown", "PA", "181"), ("Camden", "NJ", "081"), ("Worcester", "MA", "016"), ("Lowell", "MA", "018"),
    ("Salem", "OR", "973"), ("Dover", "DE", "199"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"),
    ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"), ("Independence", "MO", "640"),
    ("Orlando", "FL", "328"), ("Hialeah", "FL", "330"), ("Gainesville", "FL", "326"),
]
STREET_NAMES = ["Alder", "Baker", "Cottonwood", "Hill", "Magnolia", "Pinecrest", "Young", "Long Meadow",
                "Wren", "Old Mill", "Quarry", "Lakeview", "Saguaro", "Kamehameha", "Dogwood", "Bell Tower",
                "Harbor", "Sycamore", "Chisholm", "Juniper", "Ridgecrest", "Paget", "Fairview", "Orchard"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Ct", "Dr", "Blvd", "Way", "Pl", "Cir"]
UNITS = ["Apt 3B", "Apt. 12", "Unit 204", "#7", "Apt 1A", "Lot 44", "Ste 110", "Trlr 9", "Unit C"]

FACILITY_FIRST = ["Saint Brigid", "Mercy Ridge", "Good Shepherd", "Lakeshore", "Sandhill", "Red Mesa",
                  "Cedar Crest", "Three Rivers", "Prairie View", "Blue Heron", "Tidewater", "Sequoia Valley",
                  "Hollow Creek", "St. Anselm", "Kettle Moraine", "Palmetto Bay", "Wind River", "Ironwood"]
FACILITY_KIND = ["Medical Center", "Regional Hospital", "Community Hospital", "Imaging Center",
                 "Outpatient Imaging", "Health System", "Orthopedic & Spine Institute", "Women's Imaging",
                 "Wound Care Clinic", "Heart & Vascular Center", "Family Health Center", "Occupational Health"]

PAYERS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Medicare Part B", "Blue Cross Blue Shield",
          "Molina Healthcare", "Ambetter", "Kaiser Permanente", "Tricare West", "Medicaid (state plan)",
          "Highmark", "Oscar Health", "Anthem"]
VENDORS = ["Siemens Healthineers", "GE HealthCare", "Philips", "Canon Medical", "Fujifilm", "Hologic",
           "Bracco", "Bayer", "Guerbet", "Medtronic", "Boston Scientific", "Abbott", "Stryker", "Zimmer Biomet",
           "Epic", "Nuance PowerScribe", "Sectra", "Visage", "Agfa", "Change Healthcare"]
CONTRAST = ["iohexol 350 (Omnipaque)", "iopamidol 370 (Isovue)", "gadobutrol (Gadavist)",
            "gadoterate (Dotarem)", "gadopiclenol (Elucirem)", "iodixanol 320 (Visipaque)"]
DRUGS = ["metformin", "apixaban", "lisinopril", "atorvastatin", "levothyroxine", "insulin glargine",
         "prednisone 20 mg", "diphenhydramine 50 mg", "methylprednisolone 32 mg", "ondansetron",
         "gabapentin", "tamsulosin", "cefazolin", "vancomycin", "furosemide", "warfarin"]
IMPLANTS = [("Medtronic Azure XT DR MRI SureScan", "pacemaker"), ("Boston Scientific Accolade MRI", "pacemaker"),
            ("Abbott Gallant HF", "ICD"), ("Medtronic Intellis", "spinal cord stimulator"),
            ("Cochlear Nucleus CI632", "cochlear implant"), ("Abbott Proclaim XR", "spinal cord stimulator"),
            ("Medtronic InterStim Micro", "sacral neuromodulator"), ("Tandem t:slim X2", "insulin pump"),
            ("Dexcom G7", "CGM sensor"), ("Omnipod 5", "insulin pod"), ("Phonak Audeo Lumity", "hearing aid"),
            ("Oticon Intent", "hearing aid")]


@dataclass
class Person:
    given: str
    family: str
    middle: str = ""
    culture: str = "anglo"
    family_first: bool = False
    nickname: str = ""
    credential: str = ""
    extra: dict = field(default_factory=dict)


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def person(rng, culture: str | None = None, credential: str = "", avoid: set | None = None) -> Person:
    for _ in range(50):
        c = culture or weighted(rng, CULTURE_WEIGHTS)
        givens, middles, families, ff = CULTURES[c]
        p = Person(rng.choice(givens), rng.choice(families), rng.choice(middles) if rng.random() < 0.6 else "",
                   c, ff, credential=credential)
        if p.given in NICKNAMES and rng.random() < 0.5:
            p.nickname = NICKNAMES[p.given]
        key = p.family.split()[0]
        if avoid is None or key not in avoid:
            if avoid is not None:
                avoid.add(key)
            return p
    return p


def clinician(rng, avoid: set, md: bool = True) -> Person:
    cred = rng.choice(CREDENTIALS_MD if md else CREDENTIALS_STAFF)
    return person(rng, credential=cred, avoid=avoid)


def city(rng):
    name, st, z3 = rng.choice(CITIES)
    return name, st, f"{z3}{rng.randint(1, 98):02d}"


def street(rng, unit_p: float = 0.3) -> tuple[str, str]:
    num = str(rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 19999)]))
    suffix = rng.choice(STREET_SUFFIX)
    pre = rng.choice(["", "", "", "N ", "S ", "E ", "W ", "NW "])
    s = f"{num} {pre}{rng.choice(STREET_NAMES)} {suffix}"
    unit = rng.choice(UNITS) if rng.random() < unit_p else ""
    return s, unit


def facility(rng, city_name: str | None = None) -> str:
    if city_name and rng.random() < 0.25:
        return f"{city_name} {rng.choice(['General Hospital', 'Memorial Hospital', 'Diagnostic Imaging'])}"
    return f"{rng.choice(FACILITY_FIRST)} {rng.choice(FACILITY_KIND)}"
