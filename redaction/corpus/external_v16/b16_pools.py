"""Invented name / place pools for the blind16 corpus (all people and institutions are fictitious)."""

FIRST = [
    "Ana", "Mateo", "Siobhan", "Oluwaseun", "Priya", "Dmitri", "Mei-Ling", "Tomasz", "Fatima", "Kwame",
    "Ingrid", "Rafael", "Yuki", "Aarav", "Chiara", "Bogdan", "Leilani", "Thandiwe", "Hamza", "Ngozi",
    "Sven", "Camila", "Haruto", "Zeynep", "Liam", "Noor", "Emeka", "Anneliese", "Joaquin", "Minh",
    "Svetlana", "Kofi", "Rosalind", "Tariq", "Elif", "Bartholomew", "Ximena", "Jae-won", "Parisa", "Declan",
    "Ayesha", "Gustavo", "Marguerite", "Wiremu", "Folasade", "Radek", "Amara", "Lucien", "Esperanza", "Takeshi",
    "Dolores", "Ifeoma", "Bjorn", "Soo-ah", "Kateryna", "Moshe", "Anouk", "Vikram", "Deshawn", "Brigitte",
]
MIDDLE = "ABCDEFGHJKLMNPRSTVW"
LAST = [
    "Okonkwo", "Nakamura", "Fitzgerald", "Castellanos", "Abernathy", "Kowalczyk", "Bhattacharya", "Lindqvist",
    "Haddad", "Nguyen", "Oyelaran", "Papadopoulos", "Rasmussen", "Delacroix", "Mwangi", "Szabo", "Tanaka",
    "Quintero", "O'Sullivan", "Al-Rashid", "Van der Berg", "McAllister", "Chukwuemeka", "Petrosyan", "Yilmaz",
    "Ferreira", "Gallagher", "Horvath", "Ibarra", "Jankowski", "Kaur", "Lefebvre", "Moreau", "Novak", "Ortega",
    "Pham", "Rahimi", "Sandoval", "Thorsen", "Uchenna", "Vasquez", "Whitfield", "Xiong", "Zielinski", "Achterberg",
    "Brennan-Diaz", "Dubois", "Esposito", "Grünewald", "Ishikawa", "Jovanovic", "Kiplagat", "Mbeki", "Nair",
]
# Surnames that are also English words or eponyms: the person must be redacted, the word/eponym kept.
WORD_LAST = ["Baker", "Bell", "Hill", "Graves", "Long", "Young", "Paget", "Crohn", "Wilms", "Colles", "Stone",
             "Frost", "Rose", "Price", "Wolf", "Marsh", "Cushing", "Hodgkin", "Addison", "Parkinson", "Whipple"]
EPONYM_OF = {"Baker": "Baker cyst", "Bell": "Bell palsy", "Graves": "Graves disease", "Paget": "Paget disease",
             "Crohn": "Crohn disease", "Wilms": "Wilms tumor", "Colles": "Colles fracture",
             "Cushing": "Cushing syndrome", "Hodgkin": "Hodgkin lymphoma", "Addison": "Addison disease",
             "Parkinson": "Parkinson disease", "Whipple": "Whipple procedure"}

CITIES = [("Worcester", "MA", "016"), ("Dayton", "OH", "454"), ("Spokane", "WA", "992"), ("Tucson", "AZ", "857"),
          ("Savannah", "GA", "314"), ("Duluth", "MN", "558"), ("Albuquerque", "NM", "871"), ("Fresno", "CA", "937"),
          ("Knoxville", "TN", "379"), ("Lubbock", "TX", "794"), ("Burlington", "VT", "054"), ("Boise", "ID", "837"),
          ("Providence", "RI", "029"), ("Des Moines", "IA", "503"), ("Baton Rouge", "LA", "708"),
          ("Green Bay", "WI", "543"), ("Chattanooga", "TN", "374"), ("Anchorage", "AK", "995"),
          ("Scranton", "PA", "185"), ("Fort Wayne", "IN", "468"), ("Eugene", "OR", "974"), ("Wichita", "KS", "672"),
          ("Rochester", "NY", "146"), ("Lansing", "MI", "489"), ("Pueblo", "CO", "810"), ("Hialeah", "FL", "330")]
STREETS = ["Oak Ridge Rd", "Maple Ave", "Kensington Ct", "Old Mill Ln", "Harbor View Dr", "Juniper St",
           "Carver Blvd", "Pleasant Valley Pkwy", "Willow Bend Cir", "Quarry Rd", "Lincoln Hwy", "Saint Anne St",
           "Birchwood Ter", "Cottonwood Trl", "Riverside Dr", "Magnolia Way", "Elm Hollow Rd", "Sycamore Pl"]
UNITS = ["Apt 4B", "Unit 12", "#307", "Apt 2", "Suite 110", "Lot 44", "Apt C-3"]
FAC_STEM = ["St. Brigid", "Lakeshore", "Mercy Vale", "Cedar Hollow", "Northfield", "Good Shepherd", "Prairie Ridge",
            "Holy Cross Valley", "Bayfront", "Summit Pines", "Three Rivers", "Copper Canyon", "Blue Heron",
            "Riverbend", "Saint Casimir", "Evergreen Crest"]
FAC_SUF = ["Medical Center", "Regional Hospital", "Imaging Associates", "Community Hospital", "Children's Hospital",
           "Health System", "Dental Imaging", "Outpatient Imaging Center", "Dialysis Access Center", "Cancer Institute"]
FOREIGN = [  # (city, postal code, phone prefix, facility, street)
    ("Lyon", "69003", "+33 4 555 01", "Institut Rhône Imagerie", "rue des Tanneurs"),
    ("Hamburg", "20251", "+49 40 555-01", "Klinikum Nord-Ost", "Martinistrasse"),
    ("Porto", "4200-319", "+351 22 555 01", "Clinica do Rio Douro", "Rua do Bonjardim"),
    ("Krakow", "31-501", "+48 12 555 01", "Szpital Miejski nr 4", "ulica Dluga"),
    ("Zurich", "8091", "+41 44 555 01", "Radiologie Seefeld", "Seefeldstrasse"),
    ("Bergen", "5021", "+47 555 01", "Haukeland Bildediagnostikk", "Jonas Lies vei"),
    ("Dublin", "D04 T6F4", "+353 1 555 01", "St. Columba's Private Hospital", "Merrion Road"),
]
INSURERS = ["Keystone Mutual Auto", "Great Plains Casualty", "Harborline Insurance Co.", "Redwood Auto Group"]
HEALTH_PLANS = ["Blue Meridian PPO", "Cascadia Health Plan", "Unity Medicaid HMO", "Pinnacle Medicare Advantage"]
