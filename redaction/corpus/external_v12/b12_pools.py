"""Word pools for the blind12 corpus. Every person, street, number and domain is invented."""

FIRST_F = [
    "Siobhan", "Maria", "Aaliyah", "Grace", "June", "Addison", "Priya", "Mei", "Oksana", "Fatima", "Rosalind",
    "Deborah", "Yolanda", "Keiko", "Ji-woo", "Ngaire", "Aoife", "Camille", "Giulia", "Ana Paula", "Guadalupe",
    "Harriet", "Temperance", "Beatriz", "Lakshmi", "Wren", "Dolores", "Marguerite", "Tahnee", "Eleni",
]
FIRST_M = [
    "Marcus", "Tobias", "Darnell", "Hamish", "Rafael", "Kenji", "Min-jun", "Cormac", "Luc", "Alessandro",
    "Joao Pedro", "Santiago", "Wiremu", "Ezekiel", "Delbert", "Kwame", "Anatoly", "Dmitri", "Rohan", "Tevita",
    "Augustin", "Lionel", "Bartholomew", "Colm", "Efrain", "Hyun-woo", "Takeshi", "Ignatius", "Royce", "Percival",
]
# Surnames; several double as eponyms or ordinary words on purpose.
LAST = [
    "Baker", "Bell", "Hill", "Graves", "Long", "Young", "Paget", "Parkinson", "Addison", "Cushing", "Jones",
    "Smith", "Colles", "Chiari", "Hodgkin", "Kowalczyk", "Okonkwo", "Nakamura", "Fitzgerald", "Delacroix",
    "Abernathy", "Van der Merwe", "O'Sullivan", "Nguyen", "Haddad", "Castellanos", "Thibodeaux", "Lindqvist",
    "Oyelaran", "Marchetti", "Pereira da Silva", "Quispe", "Wojcik", "Achterberg", "Tremblay", "Ferreira",
    "Mahlangu", "Szabo", "Rasmussen", "McAlister", "Whitehorse", "Brannigan", "Esposito", "Villanueva",
    "Kealoha", "Dunleavy", "Petrosyan", "Ibarra", "Stavros", "Zielinski", "Kaur", "Moreau", "Sato", "Park",
]
STAFF_LAST = [
    "Patel", "Osei", "Lindgren", "Ramaswamy", "Brightwater", "Kerr", "Hollis", "Mbeki", "Fairbanks", "Ostrowski",
    "Saldana", "Yeager", "Ferrante", "Achebe", "Novak", "Quinlan", "Tanaka", "Abara", "Greaves", "Halvorsen",
    "Bell", "Young", "Hill", "Graves", "Long", "Baker", "Cho", "Duarte", "Whitlock", "Emenike",
]

US_STREETS = [
    "Elm Street", "Cottonwood Dr", "N. Harbor Blvd", "Old Mill Road", "Larkspur Ln", "W 43rd St", "Quarry Hill Rd",
    "Pinecrest Ave", "Route 9W", "Magnolia Ct", "S. Kedzie Ave", "Fairmount Pkwy", "County Road 12",
    "Bayberry Circle", "Tamarack Way", "E. Colfax Ave", "Sycamore Terrace", "Hawthorne Pl",
]
US_CITIES = [
    ("Worcester", "MA"), ("Dayton", "OH"), ("Tacoma", "WA"), ("Macon", "GA"), ("Provo", "UT"), ("Fresno", "CA"),
    ("Duluth", "MN"), ("Lubbock", "TX"), ("Scranton", "PA"), ("Bangor", "ME"), ("Boise", "ID"), ("Peoria", "IL"),
    ("Chattanooga", "TN"), ("Albuquerque", "NM"), ("Green Bay", "WI"), ("Baton Rouge", "LA"), ("Yonkers", "NY"),
    ("Anchorage", "AK"), ("Hilo", "HI"), ("Cheyenne", "WY"),
]
CA_CITIES = [("Hamilton", "ON"), ("Sherbrooke", "QC"), ("Saskatoon", "SK"), ("Moncton", "NB"), ("Kelowna", "BC"),
             ("Red Deer", "AB"), ("Thunder Bay", "ON"), ("Trois-Rivieres", "QC")]

FACILITIES = [
    "St. Brendan's Regional Medical Center", "Mercy Hill Hospital", "Baker Memorial Hospital",
    "Cottonwood Valley Imaging", "Northgate Orthopaedic & Spine Institute", "Lakeshore Community Hospital",
    "Holy Redeemer Medical Center", "Tri-County Diagnostic Imaging", "Riverbend Children's Hospital",
    "Good Samaritan Hospital of Lubbock", "Eastfield Women's Imaging Center", "Saint Agnes Heart & Vascular",
    "Pine Ridge Indian Health Clinic", "Bayview Cancer Pavilion", "Maplewood Outpatient Radiology",
    "Graves County General", "Summit Sports Medicine Clinic", "Harborview Urgent Care",
]
PAYERS = ["Blue Horizon Health Plan", "Keystone Mutual", "Cascadia Care Alliance", "Evergreen Medicaid HMO",
          "Meridian Union Benefits", "Lone Star Health Choice"]
EMPLOYERS = ["Harbison Freight Lines", "Tri-State Poultry Processing", "Granite Peak Roofing", "Bluewater Logistics",
             "Kessler Concrete & Paving", "Northline Distribution Center"]
EMAIL_DOMAINS = ["example.org", "example.com", "mail.example.net", "hospital.example", "test.invalid",
                 "rad.example.edu", "pacs.test"]

EPONYMS = [
    "Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome", "Addison disease",
    "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor", "Monteggia fracture", "Colles fracture",
    "Graves disease", "Paget disease", "Smith fracture", "Jones fracture", "Segond fracture", "Hill-Sachs lesion",
    "Bankart lesion", "Chiari I malformation", "Schmorl node", "Klatskin tumor", "Meckel diverticulum",
    "Osgood-Schlatter disease", "Baker's cyst", "Morton neuroma", "Kienbock disease", "Salter-Harris II fracture",
    "Perthes disease", "Hirschsprung disease",
]
ANATOMY = [
    "left kidney", "right hepatic lobe", "pancreatic head", "common bile duct", "left ventricle", "aortic arch",
    "right lower lobe", "left upper lobe", "medial meniscus", "anterior cruciate ligament", "supraspinatus tendon",
    "thecal sac", "left adrenal gland", "gallbladder", "spleen", "urinary bladder", "right ovary", "prostate",
    "thyroid isthmus", "right internal carotid artery", "corpus callosum", "left basal ganglia", "distal radius",
    "proximal humerus", "femoral neck", "tibial plateau", "posterior ribs", "skull vault", "common femoral vein",
    "right breast", "left breast", "axilla", "sigmoid colon", "appendix", "pericardium", "mediastinum",
]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T7", "C2", "L3-L4", "T11-T12", "S1", "C7-T1"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC", "T2*", "3D SPGR", "T1 fat-sat", "MRCP"]
MODALITIES = ["CT", "MRI", "US", "XR", "PET/CT", "CTA", "MRA", "DEXA"]
SECTION_HEADERS = ["FINDINGS", "IMPRESSION", "CLINICAL HISTORY", "TECHNIQUE", "COMPARISON", "INDICATION",
                   "HISTORY", "RECOMMENDATION", "ADDENDUM", "PROCEDURE"]
CREDENTIALS = ["MD", "DO", "RT(R)", "RDMS", "CNMT", "RN", "PA-C", "MBBS", "FRANZCR", "FRCPC", "RT(R)(CT)", "NP",
               "FRCR", "LCSW", "PhD", "RVT", "ARRT"]
DEVICES = [
    ("Medtronic", "Azure XT DR MRI SureScan", "pacemaker"), ("Boston Scientific", "Accolade MRI", "pacemaker"),
    ("Abbott", "Proclaim XR", "spinal cord stimulator"), ("Cochlear", "Nucleus CI632", "cochlear implant"),
    ("Medtronic", "Activa RC", "deep brain stimulator"), ("Codman", "Certas Plus", "programmable shunt valve"),
    ("Tandem", "t:slim X2", "insulin pump"), ("LivaNova", "SenTiva 1000", "vagus nerve stimulator"),
    ("Biotronik", "Edora 8 DR-T", "pacemaker"), ("Bard", "PowerPort ClearVUE", "implanted port"),
]
DRUGS = ["apixaban", "metformin", "iohexol (Omnipaque 350)", "gadobutrol", "lorazepam", "clopidogrel", "warfarin",
         "iodixanol", "fentanyl", "midazolam", "heparin", "prednisone"]
