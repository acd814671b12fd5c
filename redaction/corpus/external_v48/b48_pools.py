"""Name, place, facility and payer pools for blind48 (many origins; a few surnames are words or eponyms)."""

from __future__ import annotations

FIRST_F = [
    "Adaeze", "Ngozi", "Folasade", "Aminata", "Wanjiru", "Abebech", "Hodan", "Fatou", "Yaa", "Chiamaka",
    "Mei-Ling", "Xiaoyan", "Hyun-joo", "Ji-woo", "Sakura", "Noriko", "Thuy", "Lan", "Linh", "Ploy",
    "Priyanka", "Lakshmi", "Anjali", "Harpreet", "Farzana", "Noor", "Layla", "Rania", "Yasmin", "Shirin",
    "Guadalupe", "Ximena", "Marisol", "Yesenia", "Luz", "Conceição", "Inês", "Rosalía", "Itzel", "Paola",
    "Siobhan", "Aoife", "Niamh", "Agnieszka", "Katarzyna", "Oksana", "Svetlana", "Zsófia", "Ingrid", "Solveig",
    "Dorothy", "Margaret", "Ruth", "Brittany", "Kayla", "Shanice", "Tamika", "LaToya", "Evelyn", "Hazel",
    "Elizabeth", "Florence", "Mahala", "Winona", "Leilani", "Malia", "Esther", "Miriam", "Tova", "Chaya",
    "Rosa", "Giulia", "Eleni", "Despina", "Ayşe", "Elif", "Marie-Claude", "Nadège", "Fabienne", "Ama",
]
FIRST_M = [
    "Chidi", "Oluwaseun", "Kwame", "Tesfaye", "Abdirahman", "Mamadou", "Kofi", "Emeka", "Babajide", "Jean-Baptiste",
    "Wei", "Jian", "Min-jun", "Seung-ho", "Hiroshi", "Kenji", "Quang", "Minh", "Tuan", "Somchai",
    "Rajesh", "Venkat", "Arjun", "Gurpreet", "Imran", "Tariq", "Omar", "Yousef", "Karim", "Dariush",
    "José", "Jesús", "Alejandro", "Guillermo", "Joaquín", "João", "Tiago", "Rodrigo", "Efraín", "Mateo",
    "Declan", "Cormac", "Padraig", "Tomasz", "Grzegorz", "Dmytro", "Sergei", "Bálint", "Lars", "Bjørn",
    "Harold", "Eugene", "Walter", "DeShawn", "Tyrone", "Jamal", "Cody", "Travis", "Brandon", "Earl",
    "Kekoa", "Keanu", "Makoa", "Tahoma", "Dakota", "Mordechai", "Yitzchak", "Avraham", "Giovanni", "Salvatore",
    "Dimitrios", "Nikos", "Mehmet", "Emre", "Luc", "Thierry", "Wilner", "Jacques", "Ibrahima", "Sione",
]
LAST = [
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Tesfaye", "Haile", "Warsame", "Diallo", "Ndiaye", "Kamau",
    "Nwosu", "Owusu", "Achebe", "Balogun", "Mbeki", "Abdullahi", "Chen", "Zhang", "Liu", "Huang",
    "Nguyen", "Tran", "Pham", "Le", "Kim", "Park", "Choi", "Tanaka", "Yamamoto", "Watanabe",
    "Sato", "Srisai", "Patel", "Reddy", "Iyer", "Chaudhry", "Sandhu", "Banerjee", "Subramanian", "Qureshi",
    "Haddad", "Khoury", "Al-Masri", "Farouk", "Rahimi", "Tehrani", "Hosseini", "Garcia", "Hernandez", "Martinez",
    "Ramirez", "Villanueva", "De la Cruz", "Santos", "Oliveira", "Figueroa", "Castillo", "Ochoa", "García-Márquez", "Quispe",
    "O'Brien", "Ní Bhriain", "McAllister", "Fitzgerald", "Kowalski", "Nowak", "Wiśniewska", "Shevchenko", "Ivanova", "Horváth",
    "Lindqvist", "Johansson", "Haugen", "van der Berg", "Müller", "Schneider", "Rossi", "Esposito", "Papadopoulos", "Georgiou",
    "Yılmaz", "Demir", "Cohen", "Goldberg", "Friedman", "Katz", "Leblanc", "Pierre-Louis", "Jean-Charles", "Toussaint",
    "Begay", "Yazzie", "Tsosie", "Kealoha", "Fonoti", "Tupou", "Washington", "Jefferson", "Freeman", "Robinson",
    "Baker", "Hill", "Young", "Bell", "Long", "Graves", "Paget", "Smith", "Jones", "Whitfield",
    "St. Clair", "Castellanos", "Abernathy", "Delacroix", "Szabo", "Novak", "Petrovic", "Bauer", "Sørensen", "Mahlangu",
]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")

# (city, state, 3-digit ZIP prefix)
CITIES = [
    ("Tacoma", "WA", "984"), ("Dearborn", "MI", "481"), ("Laredo", "TX", "780"), ("Paterson", "NJ", "075"),
    ("Worcester", "MA", "016"), ("Hialeah", "FL", "330"), ("Gallup", "NM", "873"), ("Fargo", "ND", "581"),
    ("Lowell", "MA", "018"), ("Bakersfield", "CA", "933"), ("Flushing", "NY", "113"), ("St. Paul", "MN", "551"),
    ("Sioux Falls", "SD", "571"), ("Yakima", "WA", "989"), ("Hilo", "HI", "967"), ("Anchorage", "AK", "995"),
    ("Macon", "GA", "312"), ("Toledo", "OH", "436"), ("Lafayette", "LA", "705"), ("El Paso", "TX", "799"),
    ("Fresno", "CA", "937"), ("Provo", "UT", "846"), ("Scranton", "PA", "185"), ("Dayton", "OH", "454"),
    ("Chattanooga", "TN", "374"), ("Billings", "MT", "591"), ("Lancaster", "PA", "176"), ("Kalamazoo", "MI", "490"),
    ("Brownsville", "TX", "785"), ("Burlington", "VT", "054"), ("Bangor", "ME", "044"), ("Tulsa", "OK", "741"),
    ("Spokane", "WA", "992"), ("Duluth", "MN", "558"), ("Santa Fe", "NM", "875"), ("Savannah", "GA", "314"),
    ("Akron", "OH", "443"), ("Reno", "NV", "895"), ("Cedar Rapids", "IA", "524"), ("Greenville", "SC", "296"),
    ("Pueblo", "CO", "810"), ("Lansing", "MI", "489"), ("Springfield", "IL", "627"), ("Hartford", "CT", "061"),
    ("Wichita", "KS", "672"), ("Boise", "ID", "837"), ("Norman", "OK", "730"), ("Elizabeth", "NJ", "072"),
    ("Florence", "SC", "295"), ("Kahului", "HI", "967"), ("Window Rock", "AZ", "865"), ("Minot", "ND", "587"),
]
STREET_NAMES = [
    "Maple", "Martin Luther King Jr", "Cesar Chavez", "Lincoln", "Oak Hollow", "Kamehameha", "Peachtree",
    "Old Post", "Wabash", "Division", "Ridgecrest", "Alvarado", "Rio Grande", "Pulaski", "Kosciuszko",
    "Bayview", "Cottonwood", "Sycamore", "Juniper", "Magnolia", "Harborview", "Prairie Wind", "Beacon",
    "Chestnut", "Orchard", "Saint Anne", "Los Robles", "Quail Run", "Bluebonnet", "Mill Creek", "Foxhall",
]
STREET_SUFFIX = ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way", "Pl", "Hwy", "Ter", "Cir"]
UNITS = ["Apt 3B", "Apt 112", "Unit 7", "# 204", "Ste 5", "Lot 41", "Apt C", "Trlr 9"]

# Facilities where care is delivered (FACILITY).  (name, short name)
HOSPITALS = [
    ("Mercy Ridge Medical Center", "Mercy Ridge"), ("St. Agnes Regional Hospital", "St. Agnes"),
    ("Lakeshore Community Hospital", "Lakeshore"), ("Good Samaritan Medical Center", "Good Sam"),
    ("Desert Vista Health", "Desert Vista"), ("Harborview Imaging Center", "Harborview Imaging"),
    ("Tri-Valley Outpatient Imaging", "Tri-Valley Imaging"), ("Northfield Memorial Hospital", "Northfield Memorial"),
    ("Bayou Parish Medical Center", "Bayou Parish"), ("Piedmont Crossing Hospital", "Piedmont Crossing"),
    ("Kapiolani Heights Medical Center", "Kapiolani Heights"), ("Prairie Sky Regional Medical Center", "Prairie Sky"),
    ("Riverbend Diagnostic Imaging", "Riverbend Imaging"), ("Sacred Heart Mission Hospital", "Sacred Heart Mission"),
    ("Cedar Grove Ambulatory Imaging", "Cedar Grove Imaging"), ("Blue Mesa Indian Health Center", "Blue Mesa IHC"),
]
GROUPS = [
    "Tri-County Radiology Associates, PC", "Summit Imaging Physicians, LLC", "Coastal Diagnostic Radiology Group",
    "Great Plains Radiology, PA", "Allegheny Valley Radiologists, Inc.", "Pacific Rim Teleradiology, LLC",
    "Cumberland Radiology Partners", "Lone Star Imaging Physicians, PLLC",
]

# (payer name, payer id, kind) -- organisations, not PHI
PAYERS = [
    ("Aetna", "60054", "commercial"), ("UnitedHealthcare", "87726", "commercial"), ("Cigna", "62308", "commercial"),
    ("Humana Medicare Advantage", "61101", "ma"), ("BCBS of Texas", "84980", "commercial"),
    ("Anthem Blue Cross", "040", "commercial"), ("Medicare Part B (Novitas JL)", "12502", "medicare"),
    ("Medicare Part B (Noridian JF)", "03102", "medicare"), ("Molina Healthcare", "20149", "medicaid"),
    ("Ambetter", "68069", "commercial"), ("TRICARE East", "TREST", "commercial"), ("Oscar Health", "OSCAR", "commercial"),
    ("Wellcare by Allwell", "68069", "ma"), ("NM Medicaid (Centennial)", "NMMCD", "medicaid"),
]
CLEARINGHOUSES = ["Availity", "Waystar", "Change Healthcare", "Trizetto", "Office Ally"]
COLLECTION_AGENCIES = ["Transworld Systems", "Medical Revenue Recovery Bureau", "Harris & Frank Collections"]

STAFF_TITLES = {
    "coder": ["CPC", "CCS", "RHIT", "COC", "CIRCC"],
    "rcm": ["CRCR", "CHFP", "RHIA"],
}
