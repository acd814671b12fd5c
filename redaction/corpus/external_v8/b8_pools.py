"""Invented name, place and identifier pools (no real people; facilities and streets are made up).

Names come from many traditions; `order` says how the tradition itself orders them (family-first traditions are
still often written given-first by US systems, which the styles reproduce).
"""

from __future__ import annotations

TRADITIONS: dict[str, dict] = {
    "anglo": {
        "f": ["Hope", "Grace", "Faith", "April", "June", "Summer", "Crystal", "Megan", "Tara", "Joy"],
        "m": ["Will", "Hunter", "Wade", "Dale", "Rusty", "Garrett", "Colby", "Mason", "Chase", "Sonny"],
        "last": [
            "Baker",
            "Bell",
            "Hill",
            "Graves",
            "Long",
            "Young",
            "Paget",
            "Bennett",
            "Morton",
            "Douglas",
            "Weeks",
            "Chance",
            "Frost",
            "Parkinson",
            "Hunter",
            "Wilson",
            "Colley",
            "Pickett",
        ],
    },
    "vietnamese": {
        "f": ["Thi Lan", "Thu Trang", "Ngoc Anh", "Mai", "Hoa"],
        "m": ["Van Minh", "Duc Anh", "Quang", "Tuan", "Bao"],
        "last": ["Nguyen", "Tran", "Pham", "Hoang", "Vo", "Dang", "Huynh", "Bui"],
        "order": "family",
    },
    "nigerian": {
        "f": ["Ngozi", "Adaeze", "Folasade", "Ifeoma", "Blessing", "Patience", "Oluwaseun"],
        "m": ["Chidi", "Emeka", "Tunde", "Oluwafemi", "Chukwuemeka", "Gift", "Babatunde"],
        "last": ["Okafor", "Adeyemi", "Eze", "Nwosu", "Balogun", "Okonkwo", "Adebayo", "Ogunleye"],
    },
    "arabic": {
        "f": ["Fatima", "Layla", "Noor", "Rania", "Huda", "Mariam"],
        "m": ["Mohammed", "Omar", "Yousef", "Abdullah", "Khalid", "Tariq"],
        "last": ["Al-Hashimi", "Haddad", "El-Sayed", "Abdelrahman", "Al Nuaimi", "Khoury", "Mansour", "bin Saleh"],
    },
    "polish": {
        "f": ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna"],
        "m": ["Krzysztof", "Wojciech", "Grzegorz", "Tomasz"],
        "last": ["Kowalczyk", "Wiśniewska", "Zieliński", "Brzęczyszczykiewicz", "Szymańska", "Wójcik", "Grabowski"],
    },
    "hispanic": {
        "f": ["María José", "Guadalupe", "Xiomara", "Yesenia", "Luz Marina"],
        "m": ["Juan Carlos", "Jesús", "Refugio", "Ángel", "José Luis"],
        "last": [
            "García Márquez",
            "Hernández-López",
            "De la Cruz",
            "Ruiz de Alda",
            "Villanueva Soto",
            "Del Toro",
            "Ochoa Reyes",
        ],
    },
    "irish": {
        "f": ["Siobhán", "Niamh", "Aoife", "Gráinne", "Orla"],
        "m": ["Pádraig", "Ciarán", "Eoin", "Declan", "Tadhg"],
        "last": ["O'Brien", "McAllister", "O'Donnell", "MacNeill", "Mc Guinness", "Ó Súilleabháin", "O'Shaughnessy"],
    },
    "dutch": {
        "f": ["Femke", "Anouk", "Sanne", "Marieke"],
        "m": ["Joost", "Maarten", "Bram", "Sjoerd"],
        "last": ["van der Berg", "van Dijk", "de Vries", "ter Haar", "van den Heuvel", "Verhoeven"],
    },
    "south_asian": {
        "f": ["Priya", "Venkata Lakshmi", "Harpreet", "Ananya", "Sunita"],
        "m": ["Arjun", "Rajesh", "Gurpreet", "Sandeep", "Vikram"],
        "last": ["Patel", "Raghunathan", "Venkataraman", "Chaudhry", "Singh", "Kaur", "Iyer"],
    },
    "east_asian": {
        "f": ["Mei", "Yuna", "Ji-woo", "Haruka", "Xiaoling"],
        "m": ["Wei", "Min-jun", "Hiroshi", "Jian", "Seung-ho"],
        "last": ["Zhang", "Wang", "Kim", "Park", "Choi", "Tanaka", "Watanabe", "Liu"],
    },
    "hyphenated": {
        "f": ["Dana", "Keisha", "Lindsey", "Tamsin"],
        "m": ["Marcus", "Devon", "Trevor", "Rhys"],
        "last": ["Smith-Okafor", "Carter-Nguyen", "Lindqvist-Baker", "Greene-Abara", "Fox-Delgado"],
    },
    "mononym": {"f": ["Sumiati", "Kartini", "Yulianti"], "m": ["Sutrisno", "Prasetyo", "Wiranto"], "last": []},
}

NICKNAMES = {
    "Will": "Billy",
    "Krzysztof": "Chris",
    "Wojciech": "Voytek",
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Małgorzata": "Gosia",
    "Chukwuemeka": "Emeka",
    "Jesús": "Chuy",
    "Refugio": "Cuco",
    "Sandeep": "Sandy",
    "Venkata Lakshmi": "Lakshmi",
    "Guadalupe": "Lupe",
    "Katarzyna": "Kasia",
    "Pádraig": "Paddy",
    "Garrett": "Gary",
    "Mohammed": "Mo",
    "Abdullah": "Abdi",
    "Grzegorz": "Greg",
    "Tomasz": "Tom",
    "Zofia": "Zosia",
    "Van Minh": "Minh",
    "Thi Lan": "Lana",
    "Folasade": "Sade",
    "Adaeze": "Ada",
    "Ifeoma": "Ify",
    "Juan Carlos": "JC",
    "María José": "Majo",
    "Declan": "Dec",
    "Gurpreet": "Gary",
    "Vikram": "Vik",
    "Min-jun": "Justin",
    "Xiaoling": "Linda",
    "Haruka": "Haru",
    "Trevor": "Trev",
    "Megan": "Meg",
    "Eoin": "Owen",
    "Yousef": "Joe",
    "Khalid": "Kal",
    "Tuan": "Tony",
    "Duc Anh": "Danny",
    "Wade": "Skip",
    "Dale": "Buddy",
}

# Facilities: (full name, short/abbreviated form or None).
FACILITIES = [
    ("St. Brendan's Medical Center", "SBMC"),
    ("Mercy West", None),
    ("Lakeview Regional Imaging", "LRI"),
    ("Harbor Point Imaging Center", None),
    ("Northgate Orthopaedic Clinic", None),
    ("St. Ignatius Hospital - Eastside Campus", "St. Ignatius East"),
    ("Cedar Hollow Community Hospital", "CHCH"),
    ("Prairie Sky Cancer Institute", "PSCI"),
    ("Bayfront Women's Imaging", None),
    ("Riverbend Urgent Care", None),
    ("Good Shepherd Regional", "GSR"),
    ("Maple Crest Family Health Clinic", None),
    ("Sacred Heart of Linden", None),
    ("Tri-County Diagnostic Imaging", "TCDI"),
    ("Willow Bay VA Clinic", None),
    ("Summit Ridge Medical Pavilion", None),
    ("Our Lady of the Lakes Hospital", "OLOL"),
    ("Ashgrove Children's Hospital", None),
    ("Pinecrest Outpatient Imaging - Route 9", None),
]
UK_FACILITIES = [
    "St Aldhelm's Hospital",
    "Royal Wexford Infirmary",
    "Kingsmere General Hospital",
    "Penhallow Community Hospital",
]
AU_FACILITIES = ["Wattle Creek Hospital", "Banksia Radiology Parramore"]
CA_FACILITIES = ["Hôpital Saint-Rémi", "Lakehead Regional Health Centre"]
NL_FACILITIES = ["Ziekenhuis Rijnoever", "Medisch Centrum Dokkumer Veld"]

CITIES = [
    "Springfield",
    "Fairview",
    "Riverside",
    "Oakdale",
    "Milford",
    "Ashland",
    "Greenville",
    "Kingston",
    "Georgetown",
    "Clinton",
    "Burlington",
    "St. Marys",
    "Ft. Harlan",
    "Mount Pleasant",
    "Lake Orion",
    "New Hartford",
    "Port Elwood",
    "East Linden",
    "W. Bridgeton",
    "Cold Spring Harbor",
]
STATES = ["MA", "OH", "TX", "CA", "PA", "IL", "NC", "WA", "MN", "GA", "NY", "MI", "OR", "AZ"]
UK_TOWNS = ["Wexford-on-Tame", "Little Haddow", "Kingsmere", "Penhallow"]
AU_TOWNS = ["Parramore", "Wattle Creek"]
CA_TOWNS = ["Thunder Bay", "Saint-Jérôme", "Moose Jaw"]
NL_TOWNS = ["Dokkum", "Zwolle", "Arnhem"]

STREETS = [
    "Larkspur Ln",
    "Kingfisher Way",
    "N. Elm St",
    "Old Mill Rd",
    "Cottonwood Dr",
    "Harrow Ct",
    "Baker St",
    "Bell Ave",
    "SW 14th Terrace",
    "Calle del Sol",
    "Wexley Road",
    "Quarry Hill Rd",
    "County Road 12",
    "Martin Luther King Jr Blvd",
    "Sycamore Pkwy",
]
UNITS = ["Apt 3B", "Unit 12", "#204", "Ste 110", "Apt. 7", "Lot 44", "Bldg C"]

DOMAINS = [
    "stbrendan.org",
    "mercywest-health.org",
    "lakeviewimaging.com",
    "tcdi-rad.net",
    "gsr.health",
    "harborpointimaging.com",
    "pscancer.org",
]
WEBMAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk"]

IMPLANTS = [
    ("dual-chamber pacemaker", "PJN{d6}S"),
    ("ICD", "RNE{d6}H"),
    ("spinal cord stimulator", "NKV{d6}"),
    ("cochlear implant", "{d7}"),
    ("insulin pump", "PAA{d7}H"),
    ("deep brain stimulator", "{d4}-{d5}"),
    ("loop recorder", "RLA{d6}G"),
    ("programmable VP shunt valve", "SN{d8}"),
]
