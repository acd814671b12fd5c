"""Value pools for blind50: names of many origins, places, facilities, payers, scanners."""

from __future__ import annotations

FEMALE = [
    "Jane", "Margaret", "Dolores", "Siobhan", "Aaliyah", "Mei-Ling", "Thi Hoa", "Ji-woo", "Priya", "Lakshmi",
    "Fatima", "Layla", "Ngozi", "Adaeze", "Folasade", "Tigist", "Hodan", "Svetlana", "Agnieszka", "Bridget",
    "Giulia", "Eleni", "Maricel", "Yuki", "Fabienne", "Leilani", "Shirin", "Rivka", "Ingrid", "Gülşen",
    "Esperanza", "Guadalupe", "Xiomara", "Ruth", "Evelyn", "Mildred", "Tamika", "Keisha", "Wanda", "Colleen",
    "Anneliese", "Zofia", "Nomvula", "Amara", "Saoirse", "Florence", "Beatriz", "Renée", "Chiamaka", "Oksana",
]
MALE = [
    "John", "Harold", "Walter", "Cormac", "DeShawn", "Wei", "Van Minh", "Min-jun", "Rajesh", "Venkatesh",
    "Mohammed", "Tariq", "Chukwuemeka", "Oluwaseun", "Tesfaye", "Abdirahman", "Dmitri", "Krzysztof", "Padraig",
    "Giuseppe", "Konstantinos", "Rodrigo", "Hiroshi", "Jean-Baptiste", "Keoni", "Dariush", "Yosef", "Lars",
    "Mehmet", "Ezequiel", "Santiago", "Raymond", "Eugene", "Clarence", "Terrence", "Malik", "Francis",
    "Bogdan", "Sipho", "Emeka", "Tomasz", "Aurelio", "Kwame", "Anil", "Björn", "Joaquín", "Ignatius", "Arturo",
]
SURNAMES = [
    "Doe", "Kowalczyk", "O'Sullivan", "McAllister", "Nguyen", "Tran", "Pham", "Chen", "Huang", "Zhao", "Park",
    "Choi", "Patel", "Subramanian", "Reddy", "Chatterjee", "Haddad", "Al-Masri", "Khoury", "Okonkwo",
    "Adeyemi", "Balogun", "Eze", "Bekele", "Haile", "Warsame", "Abdullahi", "Ivanova", "Petrov", "Wiśniewski",
    "Esposito", "Romano", "Papadopoulos", "Karagiannis", "Dela Cruz", "Santos", "Reyes", "Yamamoto",
    "Takahashi", "Baptiste", "Desrosiers", "Kahananui", "Tehrani", "Farahani", "Goldberg", "Katz", "Lindqvist",
    "Van der Merwe", "Öztürk", "Hernández", "García-López", "Villanueva", "Washington", "Jefferson",
    "Robinson", "Whitfield", "Fitzgerald", "Lindgren", "Schreiber", "Brennan", "Mbeki", "Dlamini", "Asante",
    "Mensah", "Delacroix", "Abernathy", "Castellanos", "Kaur", "Singh", "Begay", "Tsosie", "Fonoti", "Lam",
    "Baker", "Bell", "Hill", "Young", "Long", "Graves",
]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")

# Word-like surnames whose eponym may also appear in a report (the eponym is a keep-span).
SURNAME_EPONYM = {"Baker": "Baker cyst", "Bell": "Bell palsy", "Hill": "Hill-Sachs lesion",
                  "Graves": "Graves disease", "Paget": "Paget disease"}

# (city, state, zip prefix, phone area code)
PLACES = [
    ("Worcester", "MA", "016", "508"), ("Dayton", "OH", "454", "937"), ("Tacoma", "WA", "984", "253"),
    ("Fresno", "CA", "937", "559"), ("Lubbock", "TX", "794", "806"), ("Duluth", "MN", "558", "218"),
    ("Savannah", "GA", "314", "912"), ("Albuquerque", "NM", "871", "505"), ("Scranton", "PA", "185", "570"),
    ("Spokane", "WA", "992", "509"), ("Gainesville", "FL", "326", "352"), ("Flagstaff", "AZ", "860", "928"),
    ("Madison", "WI", "537", "608"), ("Florence", "SC", "295", "843"), ("Jackson", "MS", "392", "601"),
    ("Bangor", "ME", "044", "207"), ("Paterson", "NJ", "075", "973"), ("Hilo", "HI", "967", "808"),
    ("Yakima", "WA", "989", "509"), ("Gallup", "NM", "873", "505"), ("Dearborn", "MI", "481", "313"),
    ("Lowell", "MA", "018", "978"), ("Chula Vista", "CA", "919", "619"), ("Port Arthur", "TX", "776", "409"),
    ("St. Cloud", "MN", "563", "320"), ("Bowling Green", "KY", "421", "270"), ("Rapid City", "SD", "577", "605"),
    ("Elizabeth", "NJ", "072", "908"), ("Hagerstown", "MD", "217", "301"), ("Kalamazoo", "MI", "490", "269"),
]
STREET_NAMES = [
    "Maple Ave", "Orchard Street", "Kenwood Dr", "Birchwood Lane", "Old Mill Rd", "Calle Sonora",
    "Harborview Terrace", "Pinecrest Court", "Juniper Way", "Main St", "Elmhurst Blvd", "Riverside Drive",
    "Lakeshore Pkwy", "Cedar Hollow Rd", "Tamarack Circle", "Magnolia St", "Quarry Rd", "Fairmount Avenue",
    "Division St", "Wolf Creek Rd", "Cottonwood Loop", "Bayberry Ln", "Kamehameha Ave", "Ridgeline Rd",
]
UNITS = ["Apt 3B", "Unit 12", "#204", "Apt. 7", "Lot 41", "Suite 300", "Apt 1R"]

FACILITY_STEMS = [
    "St. Brendan's", "Mercy Ridge", "Good Shepherd", "Lakeshore", "Cascade Valley", "Sisters of Providence",
    "Tri-County", "Bayfront", "Northgate", "Holy Redeemer", "Prairie View", "Sentinel Peak", "Kaweah Oaks",
    "Three Rivers", "Mount Carmel West", "Bluewater", "Ironwood", "Saint Agnes", "Red Cedar", "Harborside",
]
FACILITY_KINDS = [
    ("Medical Center", "MC"), ("Regional Hospital", "RH"), ("Imaging Center", "IC"),
    ("Community Hospital", "CH"), ("Cancer Institute", "CI"), ("Health System", "HS"),
    ("Radiology Associates", "RA"), ("Outpatient Imaging", "OI"),
]
DOMAIN_TLDS = ["org", "com", "net", "health"]

PAYERS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana Gold Plus", "Medicaid (MCO)",
          "Medicare Part B", "Tricare East", "Kaiser Permanente", "Molina Healthcare", "Ambetter", "WellCare"]

SCANNERS = [
    ("CT", "Siemens SOMATOM Force"), ("CT", "GE Revolution CT"), ("CT", "Canon Aquilion ONE"),
    ("MR", "Siemens MAGNETOM Vida 3T"), ("MR", "GE SIGNA Artist 1.5T"), ("MR", "Philips Ingenia Ambition 1.5T"),
    ("US", "GE LOGIQ E10"), ("US", "Philips EPIQ Elite"), ("XR", "Carestream DRX-Evolution"),
    ("MG", "Hologic Selenia Dimensions"), ("NM", "GE Discovery MI PET/CT"), ("XR", "Fujifilm FDR Go PLUS"),
]
IMPLANTS = ["Medtronic Azure XT DR MRI SureScan pacemaker", "Boston Scientific Accolade MRI pacemaker",
            "Abbott Assurity MRI pacemaker", "Medtronic InterStim II neurostimulator",
            "Cochlear Nucleus CI632 implant", "Bard PowerPort implanted port"]

MEDS = ["apixaban 5 mg BID", "metformin 1000 mg BID", "atorvastatin 40 mg nightly", "levothyroxine 75 mcg daily",
        "lisinopril 20 mg daily", "anastrozole 1 mg daily", "pembrolizumab 200 mg IV q3w", "tamsulosin 0.4 mg",
        "gabapentin 300 mg TID", "furosemide 40 mg daily", "carboplatin/pemetrexed (cycle 4)", "osimertinib 80 mg",
        "prednisone 5 mg daily", "insulin glargine 22 units qHS", "omeprazole 20 mg daily", "denosumab 120 mg q4w",
        "letrozole 2.5 mg", "capecitabine 1500 mg BID (d1-14)", "ondansetron 8 mg PRN", "oxycodone 5 mg q6h PRN"]
PROBLEMS = ["Hypertension", "Type 2 diabetes mellitus", "Chronic kidney disease stage 3a", "Atrial fibrillation",
            "COPD, GOLD 2", "Hypothyroidism", "Osteoarthritis, bilateral knees", "Former smoker, 40 pack-years",
            "Hyperlipidemia", "Obstructive sleep apnea on CPAP", "Gastroesophageal reflux", "Major depressive disorder",
            "Iodinated contrast allergy (hives)", "Peripheral neuropathy", "Anemia of chronic disease"]

CREDS_RAD = ["MD", "MD", "MD", "DO", "MD, PhD", "MBBS"]
CREDS_TECH = ["RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(R)(M)", "CNMT", "RT(R)"]
CREDS_REF = ["MD", "DO", "NP", "PA-C", "MD"]
