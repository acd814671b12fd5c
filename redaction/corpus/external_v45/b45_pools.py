"""Value pools for the blind45 corpus (spoken identifiers): names, places, facilities, staff."""

from __future__ import annotations

FIRST = [
    "Thi Lan", "Minh", "Agnieszka", "Tomasz", "Chukwuemeka", "Ngozi", "Oluwaseun", "Priyanka", "Rajesh",
    "Xiaoming", "Mei-Ling", "Fatima", "Youssef", "Guadalupe", "Joaquín", "Siobhán", "Declan", "Ji-woo",
    "Seo-yeon", "Dmitri", "Svetlana", "Eleni", "Konstantinos", "Abdirahman", "Hodan", "Maricel", "Jun",
    "Jean-Baptiste", "Mirlande", "Tavita", "Leilani", "Ingrid", "Bjørn", "Aoife", "Kwame", "Ama",
    "Tadesse", "Meseret", "Ayşe", "Emre", "Lucía", "Rosalind", "Harold", "Dolores", "Wendell", "Beatriz",
    "Hamid", "Parisa", "Kenji", "Haruka", "Nomvula", "Sipho", "Oksana", "Bogdan", "Esperanza", "Talia",
    "Malakai", "Anaïs", "Radhika", "Gurpreet", "Imani", "DeShawn", "Margarethe", "Colm", "Zainab",
    "Thanh", "Lorraine", "Ezekiel", "Yitzhak", "Noa", "Arnav", "Sunita", "Mateus", "Giovanna", "Paulo",
]
LAST = [
    "Nguyen", "Kowalczyk", "Okonkwo", "Adeyemi", "Venkataraman", "Zhang", "Haddad", "Al-Mansouri",
    "Hernández", "Ó Súilleabháin", "McGillicuddy", "Park", "Choi", "Volkov", "Papadopoulos", "Warsame",
    "Dela Cruz", "Baptiste", "Fa'atasi", "Kealoha", "Lindqvist", "Asante", "Gebremedhin", "Yılmaz",
    "Szczepański", "Thistlewood", "Brzezinski", "Moreno-Villalobos", "Tanaka", "Dlamini", "Shevchenko",
    "Mukherjee", "Grewal", "Washington", "Schmidt-Reuter", "Byrne", "Abubakar", "Levi", "Patel",
    "Ferreira", "Esposito", "O'Dowd", "Tran", "Quispe", "Kapoor", "Ramanathan", "Whitehorse", "Bell",
    "Baker", "Hill", "Long", "Young", "Graves", "Rahimi", "Oyelaran", "Mbeki", "Halvorsen", "Castellanos",
    "Ngata", "Pham", "Wojciechowski", "Achterberg", "Iwu", "Sørensen", "Khoury", "Tshabalala",
]
# eponym-surname pairs used so the patient name and the eponym both appear
EPONYM_SURNAMES = {"Baker": "Baker cyst", "Bell": "Bell palsy", "Graves": "Graves disease"}
STAFF_FIRST = ["Kofi", "Amara", "Lucia", "Ravi", "Hyun-woo", "Beatrix", "Connor", "Yasmin", "Otto",
               "Precious", "Farah", "Desmond", "Ilse", "Rohan", "Marisol", "Tobias", "Keiko", "Nnamdi"]
STAFF_LAST = ["Osei", "Lindgren", "Achebe", "Iyer", "Kaczmarek", "Rosenthal", "Fitzgerald", "Boateng",
              "Nakamura", "Delgado", "Haverkamp", "Mensah", "Chaudhry", "Oyelowo", "Vasquez", "Ferencz",
              "Abernathy", "Kovalenko", "Ruiz-Tagle", "Sundaram"]
STREETS = ["Maple Street", "Larchmont Avenue", "Old Mill Road", "Kimball Lane", "Tremont Street",
           "Cedar Hollow Drive", "Rue Saint-Denis", "Pleasant View Terrace", "Juniper Court",
           "Martin Luther King Jr Boulevard", "Harbor Point Way", "Quarry Hill Road", "Willow Bend Circle",
           "Alvarado Street", "Fenwick Place", "Ashgrove Crescent", "Rio Grande Avenue", "Birch Run Parkway"]
UNITS = ["apartment four B", "unit twelve", "apartment two C", "suite one oh one", "apartment nine",
         "unit three A", "lot forty-two", "apartment seventeen D"]
UNITS_TYPED = ["Apt 4B", "Unit 12", "Apt 2C", "Suite 101", "#9", "Unit 3A", "Lot 42", "Apt 17D"]
CITIES = [("Worcester", "MA", "016"), ("Pawtucket", "RI", "028"), ("Dearborn", "MI", "481"),
          ("Lowell", "MA", "018"), ("Hialeah", "FL", "330"), ("Tacoma", "WA", "984"), ("Cicero", "IL", "608"),
          ("Yonkers", "NY", "107"), ("Garden Grove", "CA", "928"), ("Minneapolis", "MN", "554"),
          ("Paterson", "NJ", "075"), ("El Paso", "TX", "799"), ("Hilo", "HI", "967"), ("Lewiston", "ME", "042"),
          ("Fargo", "ND", "581"), ("Duluth", "MN", "558"), ("Brockton", "MA", "024"), ("Sioux Falls", "SD", "571")]
FACILITIES = ["Mercy St. Vincent Medical Center", "Riverside Regional Hospital", "Saint Columba's Hospital",
              "Lakeshore Imaging Associates", "Northgate Family Health Center", "Good Samaritan Medical Center",
              "Hôpital Sainte-Justine", "Bayview Orthopedic Clinic", "Harborview Women's Imaging",
              "Pine Ridge Community Hospital", "Eastfield Urgent Care", "Valley Presbyterian Hospital",
              "Kapiolani Pulmonary Clinic", "Brookdale Skilled Nursing", "Maplewood Oncology Partners",
              "Cedar Crest Dialysis Unit", "Summit Vascular Institute", "Holy Cross Rehabilitation Hospital"]
EMAIL_DOMAINS = [("mercy health", "org"), ("riverside reg", "org"), ("gmail", "com"), ("yahoo", "com"),
                 ("lakeshore imaging", "com"), ("northgate fhc", "org"), ("outlook", "com"), ("bayview ortho", "net")]
PORTALS = ["mychart", "patientportal", "results", "myhealth", "records"]
AREA = ["617", "508", "401", "313", "786", "253", "708", "914", "714", "612", "973", "915", "808", "207"]
CARRIERS = ["Blue Cross", "Aetna", "Tufts", "Harvard Pilgrim", "MassHealth", "Medicaid", "UnitedHealthcare",
            "Humana", "Cigna", "Kaiser"]
PLAN_PREFIX = ["XEH", "W", "ZGP", "MA", "H", "JQU", "YLM", "U"]
DEVICES = ["pacemaker", "ICD", "neurostimulator", "cochlear implant", "loop recorder", "insulin pump"]
DEVICE_PREFIX = ["PJN", "RNJ", "BXL", "SN", "CIA", "MDT"]
RELATIVES = ["daughter", "son", "wife", "husband", "niece", "granddaughter", "neighbour", "sister", "nephew"]

# clinical snippets: (template, modality); {K:...} tokens are resolved by the style helpers
FINDINGS = [
    ("[CT|modality] of the chest shows a [two point one centimetre|measurement] spiculated nodule in the "
     "[right upper lobe|anatomy], I'd call it [Lung-RADS 4B|score]", "CT"),
    ("[MRI|modality] shows a [Baker cyst|eponym] behind the [left knee|anatomy], about [4.2 x 1.8 cm|measurement]",
     "MR"),
    ("the [ultrasound|modality] shows a [nine millimetre|measurement] solid nodule in the "
     "[right thyroid lobe|anatomy], [TI-RADS 4|score]", "US"),
    ("there's a disc extrusion at [L4-L5|vertebral_level] compressing the [left L5 nerve root|anatomy] on "
     "[T2|sequence] images", "MR"),
    ("mammogram, [BI-RADS 5|score], an irregular mass at two o'clock in the [left breast|anatomy], "
     "[1.6 cm|measurement]", "MG"),
    ("acute infarct in the [left MCA territory|anatomy], bright on [DWI|sequence] and dark on the ADC map", "MR"),
    ("[x-ray|modality] shows a [Colles fracture|eponym] of the [distal radius|anatomy] with dorsal angulation",
     "XR"),
    ("[CT|modality] abdomen shows free air under the [right hemidiaphragm|anatomy], consistent with perforation",
     "CT"),
    ("the [Bosniak IIF|score] cyst in the [left kidney|anatomy] has grown to [three point four centimetres|measurement]",
     "CT"),
    ("new enhancing lesion at [C5-C6|vertebral_level] on [T1 post-contrast|sequence] images, cord signal on "
     "[STIR|sequence]", "MR"),
    ("segmental pulmonary emboli in the [right lower lobe|anatomy] arteries, RV to LV ratio [1.3|measurement]",
     "CT"),
    ("the ovarian lesion is [O-RADS 4|score], [5.1 cm|measurement], in the [left adnexa|anatomy]", "US"),
    ("findings favour [Crohn disease|eponym] with a [twelve centimetre|measurement] segment of "
     "[terminal ileum|anatomy] thickening", "CT"),
    ("there is a tension pneumothorax on the [left|anatomy], mediastinal shift to the right", "XR"),
    ("the [PI-RADS 5|score] lesion in the [peripheral zone|anatomy] measures [1.9 cm|measurement] on "
     "[DWI|sequence]", "MR"),
    ("there's a Monteggia pattern, the [Monteggia fracture|eponym] with radial head dislocation", "XR"),
    ("the [LI-RADS 5|score] observation in [segment seven|anatomy] is [2.8 cm|measurement]", "MR"),
    ("compression fracture of [T12|vertebral_level] with [forty percent|measurement] height loss", "CT"),
]
