"""Invented name, place and facility pools for blind23 (cities are real US cities)."""

from __future__ import annotations

# (given, middle-or-"", family, kind) -- kind: w western, e east-asian (family-first natively),
# m mononym, i initial-first south-asian, a arabic nasab, t ethiopian given+father
NAMES = [
    ("Siobhan", "Maire", "Ó Súilleabháin", "w"), ("Niamh", "", "Mac Giolla Rua", "w"),
    ("Ciarán", "P", "McAllister", "w"), ("Eoin", "", "O'Donoghue", "w"), ("Aoife", "B", "MacLeod", "w"),
    ("Róisín", "", "Ní Bhriain", "w"), ("Pieter", "J", "van der Berg", "w"), ("Marloes", "", "de Vries", "w"),
    ("Joost", "", "van Leeuwen", "w"), ("Femke", "A", "ten Brink", "w"), ("María José", "", "Fernández Ruiz", "w"),
    ("Juan Carlos", "", "Gutiérrez Olmos", "w"), ("Ximena", "", "Paredes-Villalba", "w"),
    ("Rocío", "L", "Montaño Salas", "w"), ("Haruto", "", "Takahashi", "e"), ("Yui", "", "Nakamura", "e"),
    ("Min-jun", "", "Kim", "e"), ("Seo-yeon", "", "Park", "e"), ("Ji-ho", "", "Choi", "e"),
    ("Wei", "", "Zhang", "e"), ("Xiu Ying", "", "Liang", "e"), ("K.", "", "Ramesh", "i"),
    ("S.", "", "Venkataraman", "i"), ("R.", "", "Balasubramanian", "i"), ("Priyanka", "", "Deshpande", "w"),
    ("Arjun", "", "Iyer", "w"), ("Omar", "bin Khalid", "Al-Harbi", "a"), ("Layla", "bint Hassan", "Al-Sayed", "a"),
    ("Yusuf", "ibn Tariq", "Haddad", "a"), ("Tigist", "", "Alemayehu", "t"), ("Dawit", "", "Bekele", "t"),
    ("Selam", "", "Girma", "t"), ("Sukarno", "", "", "m"), ("Wulandari", "", "", "m"), ("Suharti", "", "", "m"),
    ("Hope", "E", "Castellano", "w"), ("Faith", "", "Okonkwo", "w"), ("Will", "", "Brannigan", "w"),
    ("Rose", "M", "Kowalczyk", "w"), ("Grant", "", "Whitfield", "w"), ("Delphine", "", "Price", "w"),
    ("Bill", "", "Haverford", "w"), ("Frank", "T", "Delacroix", "w"), ("Summer", "", "Lindqvist", "w"),
    ("Sunny", "", "Okafor", "w"), ("Marcus", "", "Baker", "w"), ("Evelyn", "R", "Graves", "w"),
    ("Theo", "", "Bell", "w"), ("Agnes", "", "Paget", "w"), ("Lionel", "", "Morton", "w"),
    ("Darnell", "", "Wilson", "w"), ("Opal", "", "Bennett", "w"), ("Ruth", "A", "Addison", "w"),
    ("Calvin", "", "Hill", "w"), ("Imogen", "", "Young", "w"), ("Desmond", "", "Long", "w"),
    ("Harriet", "", "Barrett", "w"), ("Lucius", "", "Ewing", "w"), ("Mabel", "J", "Jones", "w"),
    ("Tobias", "", "Grant", "w"), ("Nkechi", "", "Eze", "w"), ("Kwame", "", "Asante", "w"),
    ("Ngozi", "A", "Obi", "w"), ("Thandiwe", "", "Dlamini", "w"), ("Dmitri", "", "Vasiliev", "w"),
    ("Oksana", "", "Hrytsenko", "w"), ("Bogdan", "", "Wiśniewski", "w"), ("Annika", "", "Sörensen", "w"),
    ("Lars", "", "Haugland", "w"), ("Giulia", "", "Esposito", "w"), ("Matteo", "", "Ferraro", "w"),
    ("Amélie", "", "Tremblay", "w"), ("Étienne", "", "Bouchard", "w"), ("Tavita", "", "Faleolo", "w"),
    ("Keoni", "", "Kahananui", "w"), ("Winona", "", "Begay", "w"), ("Dakota", "", "Yazzie", "w"),
    ("Bao", "", "Nguyen", "e"), ("Thi Lan", "", "Tran", "e"), ("Mehmet", "", "Yılmaz", "w"),
    ("Elif", "", "Demir", "w"), ("Reuben", "", "Abramowitz", "w"), ("Miriam", "S", "Goldfarb", "w"),
    ("Gwendolyn", "", "Ashby", "w"), ("Percival", "", "Thorne", "w"), ("Beatrix", "", "Fairweather", "w"),
    ("Cormac", "", "Mac Aodha", "w"), ("Isla", "", "McCrimmon", "w"), ("Fergus", "", "MacPherson", "w"),
    ("Zainab", "", "Abdullahi", "w"), ("Ifeoma", "", "Nwosu", "w"), ("Farhan", "", "Chowdhury", "w"),
    ("Nasrin", "", "Rahimi", "w"), ("Parisa", "", "Farahani", "w"), ("Rahel", "", "Tesfaye", "t"),
    ("Hiroshi", "", "Watanabe", "e"), ("Soo-ah", "", "Lee", "e"), ("Jae-won", "", "Han", "e"),
    ("Carmen", "", "Villanueva de León", "w"), ("Esperanza", "", "Ochoa", "w"), ("Valentina", "", "Quispe", "w"),
    ("Ignatius", "", "Brightwater", "w"), ("Clementine", "", "Ruelas", "w"), ("Florian", "", "Zeller", "w"),
    ("Maeve", "", "Finnegan", "w"), ("Hamish", "", "Drummond", "w"), ("Saoirse", "", "Kavanagh", "w"),
    ("Ayaan", "", "Kapoor", "w"), ("Meenakshi", "", "Sundaram", "w"), ("P.", "", "Lakshmanan", "i"),
    ("Wren", "", "Halvorsen", "w"), ("Jasper", "", "Oyelaran", "w"), ("Ottilie", "", "Crane", "w"),
]

# Arabic kunya forms used as how a relative is addressed ("Abu Yusuf" = father of Yusuf).
KUNYA = ["Abu Yusuf", "Umm Khalid", "Abu Omar", "Umm Layla", "Abu Tariq"]

CREDENTIALS_MD = ["MD", "DO", "MBBS", "MD, PhD", "FRCR", "MB BCh"]
CREDENTIALS_STAFF = ["RT(R)", "RT(R)(CT)", "RDMS", "RVT", "RN", "BSN, RN", "CNMT", "PA-C", "NP", "ARRT", "RT(R)(MR)"]

CITIES = [
    ("Duluth", "MN"), ("Bozeman", "MT"), ("Pueblo", "CO"), ("Lafayette", "LA"), ("Macon", "GA"),
    ("Erie", "PA"), ("Spokane", "WA"), ("Flagstaff", "AZ"), ("Asheville", "NC"), ("Bangor", "ME"),
    ("Missoula", "MT"), ("Muncie", "IN"), ("Dubuque", "IA"), ("Yakima", "WA"), ("Roanoke", "VA"),
    ("Joplin", "MO"), ("Odessa", "TX"), ("Laredo", "TX"), ("Eau Claire", "WI"), ("Kalamazoo", "MI"),
    ("Santa Fe", "NM"), ("Reno", "NV"), ("Ogden", "UT"), ("Burlington", "VT"), ("Wilmington", "DE"),
    ("Savannah", "GA"), ("Fargo", "ND"), ("Rapid City", "SD"), ("Chattanooga", "TN"), ("Billings", "MT"),
    ("Bend", "OR"), ("Lubbock", "TX"), ("Hilo", "HI"), ("Fairbanks", "AK"), ("Tulsa", "OK"),
    ("Wichita", "KS"), ("Paducah", "KY"), ("Gainesville", "FL"), ("Worcester", "MA"), ("Utica", "NY"),
]
AREA_CODES = ["218", "406", "719", "337", "478", "814", "509", "928", "828", "207", "765", "563", "540",
              "417", "432", "956", "715", "269", "505", "775", "801", "802", "302", "912", "701", "605"]

STREET_NAMES = ["Larch Ridge", "Quarry", "Tamarack", "Old Mill", "Harrow", "Vesper", "Cobblestone",
                "Bittersweet", "Kestrel", "Wainwright", "Juniper Hollow", "Saddleback", "Ferncliff",
                "Orchard Gate", "Piper's Run", "Delmont", "Greystone", "Canal", "Lantern Hill", "Sumac",
                "Rook", "Heron Bay", "Foxglove", "Ironwood", "Meadowlark", "Calloway", "Brindle"]
STREET_SUFFIX = ["Rd", "Road", "St", "Street", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Way",
                 "Blvd", "Pl", "Terrace", "Trail"]
UNIT = ["Apt 4B", "Apt. 12", "Unit 3", "#207", "Apt 1R", "Suite 110", "Lot 44", "Unit C", "Apt 9F"]

FACILITIES = [
    "Larkspur Valley Medical Center", "St. Odile's Hospital", "Brennagh Memorial Hospital",
    "Cedar Hollow Imaging Center", "Northgate Regional Hospital", "Tamsin Creek Community Hospital",
    "Our Lady of the Pines Medical Center", "Halvern University Hospital", "Ridgeback Orthopedic Institute",
    "Westmarch Children's Hospital", "Bramblewood Outpatient Imaging", "Sister Aurelia Health Center",
    "Kittredge County Medical Center", "Granite Falls Surgical Hospital", "Elmstead Cancer Institute",
    "Portula Women's Imaging", "Saint Casimir Regional", "Millbrook Veterans Clinic",
    "Three Rivers Rehabilitation Hospital", "Ashgrove Family Health", "Covenant Heights Hospital",
    "Marrow Bay Medical Pavilion", "Oakhaven Breast Center", "Lindell Hall Pediatric Clinic",
]
# Generic (non-PHI) departments and vendors -- never annotated.
DEPARTMENTS = ["Radiology", "Diagnostic Imaging", "Interventional Radiology", "Breast Imaging",
               "Ultrasound", "Nuclear Medicine", "Patient Access", "Health Information Management",
               "Pediatric Radiology", "Body Imaging", "Neuroradiology", "MSK Imaging"]
VENDORS_PAYERS = ["Aetna", "Cigna", "Humana", "UnitedHealthcare", "Medicaid", "Medicare", "Tricare",
                  "Blue Cross Blue Shield", "Kaiser Permanente"]
DEVICE_MODELS = ["Medtronic Azure XT DR", "Boston Scientific Accolade MRI", "Abbott Assurity MRI",
                 "Cochlear Nucleus 7", "Medtronic InterStim II", "Abbott Proclaim XR",
                 "Biotronik Edora 8 DR-T", "Medtronic SynchroMed II", "Nevro Senza II"]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "rad.example.org",
                 "health.example.net"]
