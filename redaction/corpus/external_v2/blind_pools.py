"""Invented pools for the second blind corpus: people, places, facilities, identifiers, clinical vocabulary.

Written from scratch for this corpus (no other corpus or engine file was read). Every person,
facility, street and number is invented; towns are ordinary place names used as decoration.
"""

from __future__ import annotations

# (given, family, culture-tag). "fam_first" cultures are often written family name first.
PEOPLE = [
    ("Chidinma", "Okonkwo-Eze", "igbo"), ("Oluwaseun", "Adebayo", "yoruba"), ("Kwabena", "Mensah-Bonsu", "akan"),
    ("Thandiwe", "Mahlangu", "zulu"), ("Abebe", "Gebremariam", "amhara"), ("Fatoumata", "Diallo", "fula"),
    ("Wei", "Zhang", "fam_first"), ("Xiuying", "Liu", "fam_first"), ("Hiroshi", "Tanaka", "fam_first"),
    ("Yuki", "Watanabe", "fam_first"), ("Min-jun", "Park", "fam_first"), ("Seo-yeon", "Choi", "fam_first"),
    ("Thi Lan", "Nguyen", "fam_first"), ("Van Duc", "Tran", "fam_first"), ("Thị Hằng", "Nguyễn", "fam_first"),
    ("Priya", "Raghunathan", "tamil"), ("Arjun", "Venkataraman", "tamil"), ("Harpreet", "Sandhu", "punjabi"),
    ("Anjali", "Deshpande", "marathi"), ("Mohammed", "Al-Farsi", "arab"), ("Layla", "El-Khoury", "arab"),
    ("Yusuf", "bin Hamdan", "arab"), ("Reza", "Tehrani", "persian"), ("Shirin", "Ghorbani", "persian"),
    ("María José", "de la Cruz Ortega", "hisp"), ("Guadalupe", "Villaseñor", "hisp"), ("Joaquín", "Ibarra", "hisp"),
    ("Xóchitl", "Tlapanco", "hisp"), ("João", "dos Santos", "port"), ("Conceição", "Magalhães", "port"),
    ("Jan-Willem", "van der Berg", "dutch"), ("Marijke", "de Vries", "dutch"), ("Pieter", "van Dijk", "dutch"),
    ("Ludwig", "von Arnim", "german"), ("Bjørn", "Åkesson", "nordic"), ("Sigríður", "Jónsdóttir", "nordic"),
    ("Siobhán", "Ní Bhriain", "irish"), ("Declan", "O'Sullivan", "irish"), ("Margaret", "O'Doherty", "irish"),
    ("Eóin", "MacAodha", "irish"), ("Fergus", "McAllister", "scots"), ("Aroha", "Te Whata", "maori"),
    ("Kalani", "Kealoha", "hawaiian"), ("Dilnoza", "Karimova", "uzbek"), ("Anastasia", "Volkova", "russian"),
    ("Grzegorz", "Wójcik", "polish"), ("Zoë", "Lefèvre", "french"), ("Jean-Baptiste", "D'Arcy", "french"),
    ("Giuseppe", "Di Marco", "italian"), ("Eleni", "Papadopoulou", "greek"), ("Tariq", "Qureshi", "urdu"),
    ("Nomvula", "Dlamini", "swazi"), ("Ayşe", "Yıldırım", "turkish"), ("Dawit", "Tesfaye", "amhara"),
    ("Leilani", "Akana", "hawaiian"), ("Tomasz", "Kowalczyk", "polish"), ("Ingrid", "Halvorsen", "nordic"),
    # names that are ordinary words, places or eponyms
    ("Hope", "Winter", "word"), ("Faith", "Marsh", "word"), ("Grant", "Field", "word"), ("Will", "Bishop", "word"),
    ("Summer", "Brooks", "word"), ("Chase", "Hunter", "word"), ("Jordan", "Rivers", "word"),
    ("Florence", "Paris", "word"), ("Dale", "Street", "word"), ("Sterling", "Frank", "word"),
    ("Rose", "Mercy", "word"), ("Sky", "Lane", "word"), ("Eileen", "Graves", "word"), ("Leonard", "Paget", "word"),
    ("Bernard", "Baker", "word"), ("Carol", "Bell", "word"), ("Harold", "Crohn", "word"),
    ("Victoria", "Cushing", "word"), ("Duncan", "Hill", "word"), ("Ruby", "Colles", "word"), ("Amber", "Young", "word"),
    ("Christian", "Major", "word"), ("Miles", "Little", "word"), ("Joy", "Holiday", "word"), ("Cash", "Price", "word"),
    # plain Anglo names
    ("Bethany", "Thorsby", "anglo"), ("Clifton", "Ramsdell", "anglo"), ("Darlene", "Pruitt", "anglo"),
    ("Everett", "Kingsolver", "anglo"), ("Maude", "Whitcombe", "anglo"), ("Rupert", "Ashdown", "anglo"),
    ("Tabitha", "Greenhalgh", "anglo"), ("Wendell", "Oakes", "anglo"), ("Imogen", "Fairweather", "anglo"),
    ("LaShonda", "Pettaway", "aa"), ("DeShawn", "Mayfield", "aa"), ("Keisha", "Lumpkin", "aa"),
]
NICKNAMES = {"Margaret": "Peggy", "Bernard": "Bernie", "Oluwaseun": "Seun", "Jan-Willem": "Jan", "Harold": "Hal",
             "Victoria": "Tori", "Guadalupe": "Lupe", "Anastasia": "Nastya", "Christian": "Chris",
             "Everett": "Rett", "Kwabena": "Kobby", "Wendell": "Dell", "Tabitha": "Tabby", "Grzegorz": "Greg",
             "Joaquín": "Quino", "Chidinma": "Chi-Chi", "Eleni": "Lena", "Clifton": "Cliff"}
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"

# Clinicians: (given, family)
CLINICIANS = [
    ("Ngozi", "Achebe-Ward"), ("Rafael", "Quintanilla"), ("Ilse", "Brandvold"), ("Sunil", "Mukherjee"),
    ("Hae-won", "Lim"), ("Catriona", "MacLennan"), ("Osagie", "Ehigiator"), ("Petra", "Novotná"),
    ("Benedikt", "zu Löwenstein"), ("Ama", "Owusu"), ("Kenji", "Morikawa"), ("Lorna", "Fitzwilliam"),
    ("Tobias", "Lindqvist"), ("Farah", "Haddad"), ("Mateus", "Carvalho"), ("Rhiannon", "Pryce"),
    ("Vikram", "Iyengar"), ("Delphine", "Marchetti"), ("Ezinne", "Nwosu"), ("Stanislav", "Horák"),
    ("Gwendolyn", "Parkes"), ("Augustin", "de Montfort"), ("Noor", "Siddiqui"), ("Lachlan", "Brodie"),
    ("Marisol", "Echeverría"), ("Dov", "Rosenthal"), ("Aigerim", "Nurlanova"), ("Cormac", "Ó Briain"),
    ("Imani", "Whitfield"), ("Yaw", "Boateng"), ("Beatriz", "Salgado"), ("Henrik", "Mortensen"),
    ("Wilson", "Hodgkins"), ("Parker", "Bell"), ("Brooke", "Addison"), ("Rowan", "Chiari"),
    ("Mercy", "Adjei"), ("Sonny", "Kwok"), ("Tam", "Dao"), ("Aditi", "Kulkarni"),
]
DOCTOR_CREDS = ["MD", "DO", "MBBS", "MD, PhD", "MD, FRCPC", "MB BCh", "MD, MPH", "FRCR"]
TECH_CREDS = ["RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "CNMT", "RT(N)", "RT(R)(M)", "RT(R)(VI)"]
OTHER_CREDS = ["RN", "PA-C", "NP", "CRNA", "BSN, RN", "APRN"]

FACILITIES = [
    ("Tamsin Valley Regional Medical Center", "TVRMC"), ("St. Odile Hospital", "SOH"),
    ("Harrowgate Community Hospital", "HCH"), ("Brackenridge Imaging Associates", "BIA"),
    ("Our Lady of the Cascades Medical Center", "OLCMC"), ("Kestrel Point Children's Hospital", "KPCH"),
    ("Mid-Sierra Orthopedic & Spine Institute", "MSOSI"), ("Lakehaven Veterans Clinic", "LVC"),
    ("Prairie Crossing Outpatient Imaging", "PCOI"), ("Sunderland-Yates University Hospital", "SYUH"),
    ("Cedar Bluff Women's Imaging Center", "CBWIC"), ("Halloran Memorial", "HMH"),
    ("Bayou Teche Regional", "BTR"), ("Northgate Cancer Institute", "NCI-Northgate"),
    ("Mercy Harbor Medical Center", "MHMC"), ("Ridgeline Urgent Care", "RUC"),
]
# (town, state, zip5) — towns include ones that are also given names or words
TOWNS = [
    ("Marion", "OH", "43302"), ("Florence", "AL", "35630"), ("Eugene", "OR", "97405"), ("Troy", "NY", "12180"),
    ("Warren", "MI", "48091"), ("Orange", "TX", "77630"), ("Independence", "MO", "64055"),
    ("Beaumont", "TX", "77706"), ("Sherman", "TX", "75090"), ("Laramie", "WY", "82070"),
    ("Bangor", "ME", "04401"), ("Chillicothe", "OH", "45601"), ("Kalispell", "MT", "59901"),
    ("Opelousas", "LA", "70570"), ("Hilo", "HI", "96720"), ("Paris", "TN", "38242"), ("Jackson", "MS", "39206"),
    ("Bismarck", "ND", "58501"), ("Nogales", "AZ", "85621"), ("Ithaca", "NY", "14850"),
    ("Mobile", "AL", "36608"), ("Lincoln", "NE", "68502"), ("Hope", "AR", "71801"), ("Moscow", "ID", "83843"),
]
STREETS = ["Tamarack Ridge Rd", "Calle Esperanza", "Old Mill Lane", "Martin Luther King Jr Blvd",
           "N Dunmore Ave", "Quail Hollow Ct", "Route 9W", "Pemberton Crescent", "Ashgrove Terrace",
           "County Road 112", "Via del Sol", "E 14th St", "Bishop Street", "Winter Haven Dr", "Lakeshore Pkwy",
           "Kapiolani Loop", "Rue Dauphine", "Sycamore Bend", "Hwy 61 S", "Church Street"]
EMAIL_DOMAINS = ["tvrmc.org", "stodile-health.net", "brackenridge-imaging.com", "kpch.org", "syuh.edu",
                 "mercyharbor.org", "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"]
AREA_CODES = ["419", "256", "541", "518", "586", "409", "816", "903", "307", "207", "740", "406", "337",
              "808", "731", "601", "701", "520", "607", "251", "402", "870", "208"]
INTL_PHONES = ["+44 20 7946 0321", "+91 22 2659 1184", "+61 2 9876 5432", "+234 803 555 0192",
               "+52 55 5123 4567", "+31 20 555 0143", "+353 1 555 2871", "+81 3-5555-0176", "+64 9 555 0138",
               "+49 30 5557 8812", "+1-868-555-0117", "+27 21 555 0164"]
IP_PREFIXES = ["10.42", "172.20", "192.168.41", "10.207", "172.31", "100.64"]
HOSTS = ["pacs", "viewer", "zfp", "ris", "telerad", "portal", "vna", "ps360"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ------------------------------------------------------------------ clinical vocabulary (keep-spans)
EPONYMS = ["Baker cyst", "Graves disease", "Paget disease", "Crohn disease", "Cushing syndrome", "Bell palsy",
           "Colles fracture", "Hodgkin lymphoma", "Chiari I malformation", "Kerley B lines", "Hill-Sachs lesion",
           "Bankart lesion", "Schmorl node", "Morton neuroma", "Brodie abscess", "Segond fracture",
           "Jefferson fracture", "Hangman's fracture", "Boerhaave syndrome", "Budd-Chiari syndrome",
           "Modic type 1 endplate changes", "Tarlov cyst", "Zenker diverticulum", "Barrett esophagus",
           "Lisfranc injury", "Maisonneuve fracture", "Salter-Harris II fracture", "Legg-Calvé-Perthes disease",
           "Kienböck disease", "Dandy-Walker malformation", "Arnold-Chiari malformation", "Pancoast tumor",
           "Virchow node", "Hashimoto thyroiditis", "Addison disease", "Wilms tumor", "Ewing sarcoma",
           "Bosniak IIF"]
SCORES = ["BI-RADS 0", "BI-RADS 2", "BI-RADS 3", "BI-RADS 4A", "BI-RADS 4", "BI-RADS 5", "LI-RADS 4", "LI-RADS 3",
          "TI-RADS 4", "TR3", "PI-RADS 4", "PI-RADS 3", "Lung-RADS 2", "Lung-RADS 4A", "O-RADS 3", "Bosniak IIF",
          "Deauville 4", "RADPEER 2b", "RADPEER 3", "ASPECTS 8", "Kellgren-Lawrence grade 3", "Fazekas 2",
          "Bosniak 2F", "CAD-RADS 3", "NI-RADS 2", "ACR density C"]
SEQUENCES = ["T2 FLAIR", "DWI", "ADC", "STIR", "SWI", "T1 post-contrast", "T1 VIBE", "T2 HASTE", "3D SPACE",
             "MRCP", "GRE", "T1 fat-sat", "DCE", "PD fat-sat", "ASL"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "C2", "T7-T8", "L3-L4", "S1", "C1-C2", "T4"]
SECTIONS = ["FINDINGS", "IMPRESSION", "TECHNIQUE", "COMPARISON", "CLINICAL HISTORY", "INDICATION",
            "RECOMMENDATION", "ADDENDUM", "PROCEDURE", "SEDATION", "COMPLICATIONS"]
CPT = ["74177", "71250", "70553", "73721", "76700", "77067", "78815", "72148", "36561", "49083", "74250",
       "70450", "93880", "77066", "51600"]
ICD = ["R91.1", "M54.16", "N20.0", "R10.31", "C34.11", "Z12.31", "S82.001A", "K80.20", "G43.909", "R22.2"]
