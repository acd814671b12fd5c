"""Pools of invented identifiers for blind40 (text read off images and screens)."""

from __future__ import annotations

FIRST = [
    "Marisol", "Thaddeus", "Ingrid", "Oluwaseun", "Beatriz", "Cormac", "Yevgenia", "Darnell", "Priyanka", "Lachlan",
    "Henrike", "Tobias", "Noor", "Giancarlo", "Wilhelmina", "Rafferty", "Soledad", "Kwame", "Annelise", "Bartholomew",
    "Fenella", "Ignatius", "Zofia", "Desmond", "Marguerite", "Ezekiel", "Hyacinth", "Leopold", "Rosalind", "Casimir",
    "Delphine", "Augustin", "Perpetua", "Osvaldo", "Clementine", "Jorge", "Mei-Ling", "Anouk", "Florian", "Temperance",
    "Lucan", "Odalys", "Seraphina", "Cuthbert", "Winnifred", "Emeka", "Ottoline", "Radomir", "Kestrel", "Lavinia",
]
LAST = [
    "Okonkwo-Reyes", "Vasquez", "Lindqvist", "Abernathy", "Thistlewood", "Marchetti", "Oyelaran", "Kowalczyk",
    "Fairweather", "Szabo", "Delacroix", "Nakagawa", "Brannigan", "Quintero", "Holloway", "Achterberg", "Pemberton",
    "Castellanos", "Duchesne", "Mbeki", "Rasmussen", "Underhill", "Valdivia", "Whitcombe", "Ferreira", "Galbraith",
    "Ishikawa", "Janowski", "Kavanagh", "Loughran", "Moreau", "Nwachukwu", "O'Driscoll", "Petrakis", "Rutherford",
    "Sandoval", "Tremblay", "Van der Berg", "Wojcik", "Yilmaz", "Zamora", "Baker", "Long", "Hill", "Bell", "Young",
    "Park", "Strand", "Frost", "Marsh", "Hale", "Penny", "Winter", "Moss", "Sterling", "Crane",
]
NICK = {"Bartholomew": "Bart", "Wilhelmina": "Willa", "Ezekiel": "Zeke", "Rosalind": "Roz", "Ignatius": "Iggy",
        "Clementine": "Clem", "Winnifred": "Winnie", "Thaddeus": "Tad", "Augustin": "Gus", "Temperance": "Tempe"}
STAFF_LOGIN_SUFFIX = ["", "1", "2", "x", "_rt", ".md"]

FACILITIES = [
    "Harrowgate Regional Medical Center", "St. Brendan's Community Hospital", "Pinecrest Imaging Associates",
    "Lakemont Diagnostic Center", "Greyfield University Hospital", "Sable Creek Orthopedic Clinic",
    "Wrenfield Women's Imaging", "Northbay Open MRI", "Calloway County Hospital", "Emberly Children's Hospital",
    "Tideview Radiology Partners", "Mount Auden Health", "Quarry Hill Medical Group", "Bellmoor Breast Center",
]
FAC_SHORT = {"Harrowgate Regional Medical Center": "HRMC", "Greyfield University Hospital": "GUH",
             "Lakemont Diagnostic Center": "LDC", "Tideview Radiology Partners": "TRP", "Mount Auden Health": "MAH"}
CITIES = [("Dunmore Falls", "PA"), ("Oskaloosa Springs", "IA"), ("Port Halvern", "ME"), ("Redcliff", "CO"),
          ("Marlowe", "OK"), ("Ashby Junction", "VT"), ("Kettering Mills", "OH"), ("Fernhollow", "OR"),
          ("Saltmarsh", "NC"), ("Vintondale", "MN"), ("Crestline Heights", "AZ"), ("Glenora", "WI")]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Cobblestone Way", "Harbor View Dr", "Quail Run Ct", "Birchwood Ave",
           "Tanager St", "Foxglove Terrace", "Wexford Blvd", "Copperleaf Cir", "Ridgeback Rd", "Meadowlark Pl"]
AREA = ["412", "319", "207", "720", "405", "802", "937", "541", "910", "612", "602", "715"]
MAIL_DOM = ["example.org", "mail.example.com", "example.net", "harrowgate.example.org", "pinecrest.example.com"]
HOSTS = ["pacs.harrowgate.example.org", "viewer.tideview.example.net", "imageshare.example.com",
         "portal.greyfield.example.org", "web.lakemont.example.net"]
PLANS = ["Keystone Mutual", "Prairie HealthPlan", "Coastline Medicaid", "BlueRidge Select", "Allied Care PPO"]
SCANNERS = ["Aquilion ONE", "SOMATOM Force", "Revolution CT", "MAGNETOM Vida", "SIGNA Premier", "Ingenia 3T",
            "LOGIQ E10", "EPIQ Elite", "Horizon A", "Lunar iDXA", "Selenia Dimensions", "Pantoprime DR"]
APP_VERSIONS = ["v7.3.2", "v12.1", "build 4471", "rel 2024.2", "v3.0.18"]
ORDERING_CRED = ["MD", "DO", "NP", "PA-C", "MD, PhD"]
RAD_CRED = ["MD", "DO", "MD, FACR"]
TECH_CRED = ["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(R)(M)", "RT(R)(BD)", "CNMT"]
