"""Invented name, place and facility pools for blind19 (real US city names, invented everything else)."""

FIRST = """Aaliyah Abebe Adaeze Adriana Agnieszka Ahmad Aiko Alejandro Alessandro Amara Amir Anahera Anders Anh
Anjali Arjun Astrid Ayesha Babajide Bao Beatriz Bich Bogdan Camille Catalina Chidi Chioma Daniela Darius
Dmitri Dorothea Eero Efua Eitan Elif Emeka Esperanza Farah Fatima Fernando Finnegan Giulia Gunnar Hamza
Haruto Hemi Hye-jin Ifeoma Ingrid Isabela Jamal Javier Jin-woo Joaquin Kaito Kalani Kamala Kenji Keoni
Khadija Kofi Lakshmi Leilani Liesel Ludmila Magdalena Makoa Malak Manon Mateo Mei-ling Mihai Minh Mirela
Nadia Naveen Nikhil Njeri Nuno Oksana Olamide Olusegun Paulo Pilar Priya Quang Rafael Rania Ravi Reza
Rosalind Ruslan Saanvi Saoirse Sebastian Seo-yeon Shira Siddharth Sione Siobhan Soledad Sunita Tadeusz Tamar
Tariq Teodora Thandiwe Tomasz Tuan Valentina Vikram Wanjiru Xiomara Yael Yaw Yusuf Zainab Zeynep Zofia
Grace Hope Faith Joy Summer Autumn Rose Ivy Hunter Mason Archer Cooper Addison Iris Dawn April June""".split()

LAST = """Abernathy Achterberg Adeyemi Agarwal Al-Hashimi Andersson Antonelli Arslan Asante Bajwa Balogun Barros
Bergström Bhattacharya Bianchi Bondarenko Castellanos Chakraborty Chaudhry Cieślak Coelho Dimitriou Dlamini
Ekwueme Escobedo Fitzgerald Fonoti Gallagher Gonçalves Grabowski Gutiérrez Haddad Halvorsen Hakimi Hernández
Ibarra Iwasaki Jankowski Jovanović Kahananui Kaminski Kapoor Karimi Kealoha Kovalenko Kowalczyk Kuznetsova
Lindqvist Lungu Machado Mahlangu Markovic Mbeki Mendoza Mirzaei Moreau Nakamura Ndlovu Nguyen Nwachukwu Obi
Okonkwo Olsen Oyelaran Pereira Petrenko Phan Quispe Rahimi Raghunathan Ramírez Rasmussen Rossi Sabharwal
Sandoval Schäfer Shevchenko Sokolova Suleiman Takahashi Tanaka Tiwari Tran Trinh Uchenna Valdés Vasquez
Villanueva Wójcik Yamamoto Yilmaz Zhang Zhou Zielinski O'Sullivan McAllister De la Cruz van der Berg
Baker Bell Hill Graves Long Young Frost King Price Fox Wolf Love Major Marsh Rivers Stone Church Hale Brown
Parkinson Addison Cushing Wilson Paget Hodgkin Kerley Colles""".split()
# the multi-word surnames above were split; rebuild them
LAST = [n for n in LAST if n not in {"De", "la", "Cruz", "van", "der", "Berg"}] + ["De la Cruz", "van der Berg"]

MIDDLE = list("ABCDEFGHJKLMNPRSTW")

# (city, state, zip prefix) real US cities
CITIES = [
    ("Boise", "ID", "837"), ("Tulsa", "OK", "741"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"),
    ("Spokane", "WA", "992"), ("Dayton", "OH", "454"), ("Savannah", "GA", "314"), ("Albuquerque", "NM", "871"),
    ("Provo", "UT", "846"), ("Duluth", "MN", "558"), ("Lubbock", "TX", "794"), ("Chattanooga", "TN", "374"),
    ("Burlington", "VT", "054"), ("Bangor", "ME", "044"), ("Macon", "GA", "312"), ("Flagstaff", "AZ", "860"),
    ("Sioux Falls", "SD", "571"), ("Fargo", "ND", "581"), ("Pueblo", "CO", "810"), ("Erie", "PA", "165"),
    ("Kalamazoo", "MI", "490"), ("Toledo", "OH", "436"), ("Wichita", "KS", "672"), ("Billings", "MT", "591"),
    ("Shreveport", "LA", "711"), ("Yakima", "WA", "989"), ("Asheville", "NC", "288"), ("Hilo", "HI", "967"),
    ("Anchorage", "AK", "995"), ("Laredo", "TX", "780"), ("Modesto", "CA", "953"), ("Springfield", "IL", "627"),
    ("Lowell", "MA", "018"), ("Paterson", "NJ", "075"), ("Rochester", "MN", "559"), ("Columbia", "MO", "652"),
    ("Greenville", "SC", "296"), ("Mobile", "AL", "366"), ("Eugene", "OR", "974"), ("Reno", "NV", "895"),
]

STREET_NAMES = """Juniper Larkspur Quarry Tamarack Wexford Cobblestone Heron Bluff Orchard Kestrel Sycamore Millrace
Foxglove Granary Ridgeline Thistle Saddlebrook Lantern Marigold Cedar Hollow Pembroke Old Mill Ferris
Bramble Wagonwheel Chestnut Osprey Driftwood Canyon Vista Huckleberry Steeplechase Alder Creek""".split()
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way",
                 "Pl", "Terrace", "Circle", "Pkwy"]
UNITS = ["Apt 4B", "Apt. 12", "Unit 7", "#305", "Suite 210", "Apt 2R", "Lot 44", "Trlr 9", "Bldg C Apt 3"]

FAC_A = ["Larkfield", "St. Brigid", "Copper Basin", "Mount Tabor", "Riverbend", "Our Lady of the Pines",
         "Harborview East", "Sagebrush", "Bellwether", "Evergreen Hollow", "Three Rivers", "Kettle Moraine",
         "Prairie Lantern", "St. Casimir", "Blue Heron", "Cascadia Ridge", "Holy Redeemer North", "Millbrook"]
FAC_B = ["Regional Medical Center", "Community Hospital", "Imaging Center", "Medical Center", "Health System",
         "Outpatient Imaging", "Memorial Hospital", "Radiology Associates", "Diagnostic Imaging", "Clinic",
         "Women's Imaging Pavilion", "Children's Hospital"]

EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]

EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Addison disease", "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor",
           "Monteggia fracture", "Colles fracture", "Graves disease", "Paget disease", "Segond fracture",
           "Hill-Sachs lesion", "Bankart lesion", "Chiari I malformation", "Schmorl node", "Klatskin tumor",
           "Meckel diverticulum", "Wilson disease", "Morton neuroma", "Boerhaave syndrome", "Osgood-Schlatter disease",
           "Legg-Calve-Perthes disease", "Salter-Harris II fracture", "Jefferson fracture", "Barrett esophagus"]
ANATOMY = ["right upper lobe", "left lower lobe", "thyroid isthmus", "right thyroid lobe", "left thyroid lobe",
           "pancreatic head", "left adrenal gland", "right kidney", "common bile duct", "distal femur",
           "medial meniscus", "anterior cruciate ligament", "lingula", "liver segment 7", "splenic flexure",
           "left breast", "right breast", "pleura", "mediastinum", "sella turcica", "cerebellar tonsils",
           "abdominal aorta", "pulmonary trunk", "left hemidiaphragm", "sacroiliac joints"]
LEVELS = ["L4-L5", "L5-S1", "C5-C6", "C6-C7", "T12", "L1", "T7-T8", "C2", "S1", "L3-L4", "T4"]
SEQUENCES = ["T2 FLAIR", "DWI", "T1 post-contrast", "STIR", "SWI", "ADC", "T2 fat-sat", "3D SPGR", "MPRAGE",
             "GRE", "T1 in/opposed phase"]
MODALITIES = ["CT", "MRI", "MR", "US", "ultrasound", "PET/CT", "mammogram", "tomosynthesis", "LDCT", "fluoroscopy",
              "X-ray", "CTA", "MRCP"]
CREDENTIALS = ["MD", "DO", "RN", "RT(R)", "RT(R)(MR)", "NP", "PA-C", "PharmD", "LCSW", "CCLS", "RDMS", "MSW",
               "CMI", "PhD", "BSN, RN", "MRSO"]
