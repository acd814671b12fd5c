"""Invented name, place and clinical vocabulary pools for the blind31 corpus."""

FIRST = [
    "Marisol", "Teodoro", "Ingrid", "Kwabena", "Yevgenia", "Priyanka", "Oisin", "Temperance", "Hamza", "Lucinda",
    "Dagny", "Wendell", "Ngozi", "Tuyet", "Ferdinand", "Solveig", "Rustam", "Ximena", "Alphonse", "Bettina",
    "Cosmo", "Delphine", "Ezekiel", "Fumiko", "Gunnar", "Hyacinth", "Iolanthe", "Jarrah", "Kalani", "Leontyne",
    "Mackenzie", "Nanami", "Octavio", "Perpetua", "Quillon", "Rosalind", "Sunniva", "Thaddeus", "Ulrike", "Vesna",
    "Winifred", "Yusuf", "Zsofia", "Bao", "Chidinma", "Dov", "Eulalia", "Faisal", "Gwendolyn", "Hollis",
    "Ikaika", "Jolene", "Kazimierz", "Lorcan", "Mireille", "Nkechi", "Ottilie", "Pilar", "Radomir", "Saoirse",
    "Tomasina", "Ugo", "Valentijn", "Waleska", "Xochitl", "Yaw", "Zenobia", "Agnieszka", "Bartholomew", "Carys",
    "Duc", "Esperanza", "Florentyna", "Gaspard", "Henrike", "Isidro", "Junie", "Kerensa", "Lazlo", "Mahalia",
]
LAST = [
    "Baker", "Bell", "Hill", "Graves", "Young", "Long", "Frost", "Parkinson", "Paget", "Chiari", "Colles",
    "Okafor-Lindqvist", "van der Berg", "de la Cruz", "O'Halloran", "McAllister", "Nakagawa-Reyes", "Abernathy",
    "Quarshie", "Szczepanski", "Thorvaldsen", "Wojcik", "Adeyemi", "Raghunathan", "Zhou", "Nguyen", "Tupou",
    "Ngata", "Seitkali", "Haddad", "Ferreira-Lopes", "Dubois", "Kowalczyk", "Abdi", "Mbeki", "Castellanos",
    "Lindgren", "Oyelaran", "Papadakis", "Rinaldi", "Sorensen", "Tanaka", "Umarov", "Villanueva", "Whitlock",
    "Yildirim", "Zapata", "Achterberg", "Bhattacharya", "Cavanagh", "DiStefano", "El-Amin", "Fairweather",
    "Gallagher", "Hakimi", "Iwu", "Jaramillo", "Kearney", "Lachance", "Moreau", "Noorzai", "Ostrowski",
    "Pemberton", "Qureshi", "Rasmussen", "St. Clair", "Truong", "Underwood", "Vance", "Wainwright", "Xiong",
    "Ybarra", "Zeller", "Cross", "Marsh", "Rivers", "Stone", "Sharp", "Church",
]
STAFF_FIRST = ["Anjali", "Brendan", "Cordelia", "Dmitri", "Eamon", "Farah", "Greer", "Hiroshi", "Imelda", "Joaquin",
               "Keturah", "Leopold", "Minerva", "Nasser", "Orla", "Pradeep", "Rowena", "Sigrid", "Tobias", "Vikram"]
STAFF_LAST = ["Ashworth", "Bellweather", "Chakraborty", "Drummond", "Esposito", "Fenwick", "Gorski", "Hollander",
              "Ibekwe", "Janssen", "Kaplan-Moss", "Lowenthal", "Mwangi", "Nordstrom", "Okonkwo", "Prescott",
              "Quintero", "Ravensworth", "Sakamoto", "Trevelyan", "Winter", "Hale", "Brooks"]
CITIES = [
    ("Marble Falls", "TX", "78654"), ("Cedar Rapids", "IA", "52401"), ("Bellingham", "WA", "98225"),
    ("Kingsport", "TN", "37660"), ("Ypsilanti", "MI", "48197"), ("Chillicothe", "OH", "45601"),
    ("Bozeman", "MT", "59715"), ("Lewiston", "ME", "04240"), ("Paducah", "KY", "42001"),
    ("Hattiesburg", "MS", "39401"), ("Pocatello", "ID", "83201"), ("Florence", "SC", "29501"),
    ("Salina", "KS", "67401"), ("Elmira", "NY", "14901"), ("Grand Junction", "CO", "81501"),
    ("Las Cruces", "NM", "88001"), ("Dothan", "AL", "36301"), ("Mankato", "MN", "56001"),
    ("Eau Claire", "WI", "54701"), ("Hilo", "HI", "96720"), ("Bangor", "ME", "04401"), ("Joplin", "MO", "64801"),
]
STREETS = ["Larkspur Lane", "Old Mill Road", "N. Tamarack St", "Quarry Hill Dr", "Bishop Ave", "Sycamore Ct",
           "W 14th Street", "Harbor View Blvd", "County Road 12", "Juniper Way", "Baker Street", "Hill St",
           "Kestrel Ridge Rd", "E. Prospect Ave", "Wren Hollow Lane", "Route 9W", "Ocotillo Dr", "Parkside Terrace"]
FACILITIES = [
    "St. Brigid Regional Medical Center", "Larkspur Valley Hospital", "Mercy Pines Imaging Center",
    "North Fork Community Hospital", "Riverside Outpatient Imaging", "Cedar Hollow Medical Center",
    "Tamarack Orthopedic Institute", "Holy Redeemer Children's Hospital", "Bayfront Cancer Pavilion",
    "Quarry Hill Family Clinic", "Summit Ridge Surgical Hospital", "Eastbrook VA Clinic",
    "Prairie Lakes Health", "Good Shepherd Rehabilitation Hospital", "Wellspring Women's Imaging",
    "Kestrel Point Urgent Care", "Harborview Nuclear Medicine Annex", "Sisters of Charity Hospital",
]
EPONYMS = ["Baker cyst", "Paget disease", "Graves disease", "Chiari I malformation", "Colles fracture",
           "Schmorl node", "Hill-Sachs lesion", "Bankart lesion", "Parkinson disease", "Hodgkin lymphoma",
           "Crohn disease", "Hashimoto thyroiditis", "Osgood-Schlatter disease", "Segond fracture",
           "Meckel diverticulum", "Klatskin tumor", "Wilms tumor", "Monteggia fracture", "Kerley B lines",
           "Cushing syndrome", "Bell palsy", "Addison disease", "Salter-Harris II fracture", "Legg-Calve-Perthes disease"]
ANATOMY = ["left hilum", "right lower lobe", "pancreatic head", "distal CBD", "left adrenal", "right kidney",
           "thyroid isthmus", "medial meniscus", "anterior cruciate ligament", "sigmoid colon", "left parietal lobe",
           "splenic flexure", "right lobe of the liver", "supraspinatus tendon", "pituitary gland", "left ovary",
           "distal radius", "proximal tibia", "lumbar spine", "cervical spine"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T7-T8", "C2", "L3-L4", "S1", "T4"]
SCORES = ["BI-RADS 4", "BI-RADS 0", "LI-RADS 3", "LI-RADS 5", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 3",
          "Bosniak IIF", "O-RADS 3", "Bosniak 3", "Lung-RADS 4A", "TI-RADS 3", "PI-RADS 2", "BI-RADS 3"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC map", "T2 fat-sat", "GRE", "MRCP",
             "DCE perfusion", "T1 in/out-of-phase"]
MODALITIES = ["CT", "MRI", "US", "XR", "PET/CT", "MR", "mammogram", "DEXA", "NM", "fluoro"]
EXAMS = ["CT abdomen/pelvis with contrast", "MRI lumbar spine w/o", "CT head without contrast", "US thyroid",
         "MRI brain with and without", "CTA chest PE protocol", "bilateral screening mammogram", "XR chest 2 views",
         "PET/CT skull base to mid-thigh", "MRI left knee", "US renal", "NM thyroid uptake and scan",
         "CT urogram", "MRI prostate multiparametric", "XR hand bone age", "DEXA hip and spine"]
