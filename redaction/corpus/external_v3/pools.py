"""Invented name, place and contact pools for blind3 (written from scratch; any match with a real person is chance).

Names mix many traditions on purpose: hyphenated and particle surnames, Asian, Arabic, African, Slavic, Nordic,
Pacific and Indigenous names, single-name people, and given names or surnames that are ordinary words or
clinical eponyms (Rose, Hunter, Chance, Tanner, Salter, Child, Fisher), because those are what detectors miss
or over-redact.
"""

from __future__ import annotations

FEMALE_FIRST = (
    "Adaeze", "Aiko", "Amara", "Astrid", "Beatriz", "Chiamaka", "Deepika", "Efua", "Esperanza", "Farida",
    "Fatoumata", "Folasade", "Giang", "Gulnara", "Hana", "Ifeoma", "Ilse", "Imani", "Inés", "Jamila", "Jiho",
    "Khadija", "Lakshmi", "Leilani", "Lucía", "Mai", "Malak", "Mei-Ling", "Milagros", "Mirela", "Nadia", "Naledi",
    "Niamh", "Njeri", "Noor", "Oksana", "Priya", "Rania", "Rashida", "Renata", "Saoirse", "Selin", "Sunita",
    "Teodora", "Thandiwe", "Ulla", "Wanjiru", "Xiomara", "Zainab", "Zofia", "Zoë", "Ngozi", "Yuki", "Dagny",
    "Rose", "May", "Hope", "Joy", "Ivy", "Pearl", "Dawn", "Summer", "Iris", "Faith", "Autumn", "Jewel",
)
MALE_FIRST = (
    "Abebe", "Ahmad", "Aleksandr", "Alejandro", "Bao", "Bartholomew", "Bogdan", "Chidi", "Dariusz", "Dmitri",
    "Eamon", "Emeka", "Hamza", "Haruto", "Hyun-woo", "Ignacio", "Jae-won", "Juhani", "Kaveh", "Kenji", "Keoni",
    "Kofi", "Łukasz", "Magnus", "Mateus", "Mehmet", "Minh", "Nikolai", "Obinna", "Olamide", "Ólafur", "Paulo",
    "Radek", "Rohan", "Ruslan", "Sanjay", "Siddharth", "Sione", "Søren", "Tariq", "Tomasz", "Vusi", "Yaw",
    "Yerlan", "Yusuf", "Zoltan", "Thaddeus", "Cormac", "Anselm", "Desmond",
    "Hunter", "Frank", "Will", "Grant", "Chase", "Miles", "Sterling", "Royal", "Bishop", "Sonny",
)
SURNAMES = (
    "Abernathy-Osei", "van der Linde", "de la Cruz-Ortega", "O'Donoghue", "McAllister", "MacLeod", "Al-Farsi",
    "Nakagawa", "Takahashi-Ruiz", "Nguyen", "Tran", "Pham", "Okonkwo", "Adeyemi", "Mensah", "Boateng",
    "Kariuki", "Mwangi", "Dlamini", "Nkosi", "Haile", "Tesfaye", "Kowalczyk", "Wiśniewski", "Petrović",
    "Horvat", "Ivanova", "Sokolov", "Shevchenko", "Yilmaz", "Öztürk", "Haddad", "El-Amin", "Khoury", "Nasser",
    "Rahimi", "Hosseini", "Chaudhry", "Iyer", "Venkataraman", "Bhattacharya", "Patil", "Kaur", "Wong",
    "Chen-Walker", "Zhou", "Lim", "Choi", "Yamamoto", "Fonoti", "Kealoha", "Tuilagi", "Begay", "Yazzie",
    "Lindqvist", "Halvorsen", "Virtanen", "Ó Briain", "D'Angelo", "Dell'Acqua", "St. Pierre", "LeBlanc",
    "Delacroix", "Schmidt-Hahn", "Vogelsang", "Quispe", "Mamani", "Gonçalves", "Ferreira", "Abramowitz",
    "Papadopoulos", "Nikolaidis", "von Ahlen", "da Silva", "Ben-David", "Oyelaran", "Uchenna", "Rasmussen",
    "Hunter", "Bishop", "Chance", "Garden", "Weber", "Cobb", "Fisher", "Tanner", "Salter", "Harris", "Child",
    "Pugh", "Wharton", "Frank", "Grant", "Rose", "Marshall", "Wills", "Hope", "Mayo", "Noble", "Sterling",
)
# People known by one name only (common in parts of Indonesia, Myanmar, Afghanistan): no given/family split.
MONONYMS = ("Purwanto", "Setiawati", "Sukarmi", "Aung Kyaw", "Thandar", "Hamidullah", "Rahmatullah", "Suprapto")
RELATIONS = ("daughter", "son", "wife", "husband", "partner", "mother", "father", "niece", "granddaughter",
             "brother", "sister", "guardian", "grandson")
CLINICIAN_CREDENTIALS = ("MD", "MD", "MD", "DO", "MBBS", "MD, PhD", "FRCR")
TECH_CREDENTIALS = ("RT(R)", "RT(R)(CT)", "RT(MR)", "RDMS", "RT(R)(M)", "CNMT")
MIDLEVEL_CREDENTIALS = ("NP", "PA-C", "RN", "APRN")

FACILITIES = (
    "Harrowgate Valley Medical Center", "St. Brigid of Kildare Hospital", "Pinecrest Imaging - North Campus",
    "Ridgeview Children's Hospital", "Calder Ford Community Hospital", "Mesa Alta Regional Health",
    "Our Lady of the Lakes Infirmary", "Tidewater Orthopedic & Spine Institute", "Brannock Memorial Hospital",
    "Quillan County General", "Sandhaven Cancer Pavilion", "Kestrel Point Urgent Care", "Northfold Imaging LLC",
    "Saint Ansgar Lutheran Medical Center", "Bayou Teche Diagnostic Imaging", "Umberfield VA Clinic",
    "Halloran-Pike Women's Health", "Cobalt Ridge Surgical Hospital", "Ferncliff Rehabilitation Hospital",
    "Wolcott Bay Memorial", "Ashgrove Family Medicine", "Lantern Hill Senior Living",
)
CITIES = (
    ("Harrowgate", "OH"), ("Port Alcott", "ME"), ("Calder Ford", "IA"), ("Mesa Alta", "NM"), ("Quillan", "TN"),
    ("Sandhaven", "NC"), ("Brannock", "KY"), ("Wolcott Bay", "WA"), ("Ferncliff", "PA"), ("Umberfield", "MT"),
    ("Lantern Hill", "VT"), ("New Castile", "TX"), ("Saint Ansgar", "MN"), ("Pinecrest", "GA"),
    ("Kestrel Point", "OR"), ("Tidewater", "VA"), ("Ashgrove", "WI"), ("Bayou Teche", "LA"), ("Ojo Frío", "AZ"),
    ("Grand Marais Falls", "MI"), ("Eastonbury", "CT"), ("Rocky Shoals", "SC"),
)
STREETS = (
    "Quarry Hill Rd", "Tamarack Lane", "Old Mill Pike", "Avenida del Sol", "Bristlecone Ct", "Larkspur Way",
    "Rue Dauphine", "Cobblestone Circle", "Hawthorn St", "Kingfisher Blvd", "County Road 14", "Ptarmigan Dr",
    "Sycamore Terrace", "Wexford Ave", "Lighthouse Point Rd", "Magnolia Bend", "N 47th St", "Harbor View Pkwy",
    "Persimmon Hollow", "Saint Clair Ave NE", "Route 9W", "Calle Esperanza",
)
UNITS = ("Apt 3B", "Unit 12", "#204", "Apt. 7", "Lot 31", "Suite 110", "Rm 4")
EMAIL_DOMAINS = ("harrowgatehealth.org", "stbrigidmed.org", "pinecrest-imaging.com", "mesaalta.health",
                 "quillangeneral.org", "kestrelmail.net", "tidewaterortho.com", "umberfield.va.example.gov",
                 "brannockmemorial.org", "fastpost.example.com", "sandhavencancer.org")
PATIENT_EMAIL_DOMAINS = ("kestrelmail.net", "fastpost.example.com", "lanternmail.org", "owlpost.example.net")
AREA_CODES = ("419", "207", "319", "575", "931", "910", "606", "360", "814", "406", "802", "956", "507", "229",
              "541", "757", "920", "337", "928", "906", "860", "843")
IP_PREFIXES = ("10.44", "10.212", "172.19", "172.30", "192.168.57", "192.168.140")
HOSTS = ("pacs", "ris", "viewer", "imagegrid", "rad-portal", "telerad", "zfp", "vna")
LANGUAGES = ("Spanish", "Vietnamese", "Somali", "Haitian Creole", "Tigrinya", "Polish", "Arabic", "Tagalog",
             "Mandarin", "Ukrainian", "Navajo", "Portuguese", "Dari", "Burmese")
