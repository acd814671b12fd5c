"""Invented name, place and facility pools for the blind18 corpus (all people are fictional)."""

FIRST = [
    "Aaliyah", "Abebe", "Adaeze", "Ahmad", "Aiko", "Alejandro", "Amara", "Anahí", "Anders", "Anjali", "Arjun",
    "Astrid", "Ayesha", "Bao", "Beatriz", "Bich", "Bogdan", "Bronwyn", "Caoimhe", "Chidi", "Chiara", "Cyrus",
    "Dagny", "Darnell", "Deshawn", "Dmitri", "Efua", "Eitan", "Elif", "Emeka", "Esperanza", "Farah", "Fatima",
    "Fernando", "Finnegan", "Giulia", "Gustavo", "Hamid", "Hana", "Hyun-woo", "Ibrahim", "Ifeoma", "Ingrid",
    "Isabela", "Jamal", "Jasleen", "Javier", "Ji-yeon", "Joaquín", "Kalani", "Kamala", "Kenji", "Keoni", "Khadija",
    "Kwame", "Laila", "Lakshmi", "Leilani", "Lorenzo", "Lucía", "Magnus", "Malak", "Manuel", "Mariam", "Marisol",
    "Mateo", "Mei", "Mohammed", "Nadia", "Naveen", "Nkechi", "Noor", "Olusegun", "Oksana", "Paulo", "Priya",
    "Quang", "Rafael", "Rahul", "Rania", "Reza", "Rosalind", "Rukhsana", "Saanvi", "Santiago", "Sione", "Siobhan",
    "Soo-ah", "Stellan", "Tariq", "Tatiana", "Thandiwe", "Tomasz", "Tuyet", "Valentina", "Vikram", "Wanjiru",
    "Xiomara", "Yaw", "Yelena", "Yusuf", "Zainab", "Zhen", "Zoltan", "Dolores", "Earl", "Gertrude", "Harold",
    "Mildred", "Wendell", "Brittany", "Tyler", "Kayla", "Cody", "Ethel", "Clarence", "Winona", "Dakota", "Tallulah",
    "Shaquille", "Precious", "Destiny", "Autumn", "Ruby", "Pearl", "Ivy", "Jade", "Dawn", "Sterling", "Forrest",
]

LAST = [
    "Abernathy", "Achterberg", "Adeyemi", "Agarwal", "Al-Masri", "Andersson", "Antonelli", "Asante", "Bajwa",
    "Balogun", "Baker", "Bell", "Begay", "Bhattacharya", "Blackhorse", "Bui", "Castellanos", "Chaudhry", "Chen",
    "Cruz-Villanueva", "Dang", "De la Fuente", "Delacroix", "Dimitrov", "Dlamini", "Domínguez", "Ebrahimi",
    "Eriksen", "Esposito", "Fairweather", "Fonoti", "Friedman", "Fujimoto", "Gallagher", "Ghosh", "Graves",
    "Grünwald", "Haddad", "Hakimi", "Hill", "Ho", "Horvath", "Ibarra", "Iwu", "Jankowski", "Jiménez", "Kahananui",
    "Kamau", "Kaur", "Kowalczyk", "Kuznetsova", "Lam", "Laroche", "Lindqvist", "Long", "Lucero", "MacLeod",
    "Mahlangu", "Marchetti", "McAllister", "Mendoza", "Moreau", "Mukherjee", "Nakamura", "Nascimento", "Ndiaye",
    "Nguyen", "Nwosu", "O'Brien", "Obi", "Okonkwo", "Oyelaran", "Paget", "Papadopoulos", "Park", "Pérez",
    "Petrossian", "Quispe", "Rahimi", "Ramírez", "Redcloud", "Reyes", "Rosenberg", "Sahin", "Santos", "Sato",
    "Schwartz", "Sepúlveda", "Shevchenko", "Singh", "Sokolov", "Suleiman", "Szabo", "Tafoya", "Takahashi",
    "Tanaka", "Thorsen", "Tran", "Tsosie", "Underwood", "Vaillancourt", "Van der Berg", "Varga", "Vo",
    "Wojcik", "Yamamoto", "Yazzie", "Young", "Zielinski", "Zhou", "Frost", "Winter", "Moody", "Rich", "Story",
    "Fox", "Price", "Sparrow", "Stone", "Marsh", "Wolfe", "Hale", "Jones", "Smith", "Kingfisher", "Whitehorse",
]

# Real US cities (Safe Harbor still treats them as PHI below state level). None is an ordinary English word.
CITIES = [
    ("Albuquerque", "NM"), ("Tucson", "AZ"), ("Gallup", "NM"), ("Flagstaff", "AZ"), ("Duluth", "MN"),
    ("Spokane", "WA"), ("Tacoma", "WA"), ("Boise", "ID"), ("Missoula", "MT"), ("Billings", "MT"),
    ("Rapid City", "SD"), ("Sioux Falls", "SD"), ("Fargo", "ND"), ("Omaha", "NE"), ("Wichita", "KS"),
    ("Tulsa", "OK"), ("Shreveport", "LA"), ("Lafayette", "LA"), ("Biloxi", "MS"), ("Chattanooga", "TN"),
    ("Knoxville", "TN"), ("Asheville", "NC"), ("Savannah", "GA"), ("Tallahassee", "FL"), ("Gainesville", "FL"),
    ("Pensacola", "FL"), ("Laredo", "TX"), ("El Paso", "TX"), ("Brownsville", "TX"), ("Lubbock", "TX"),
    ("Amarillo", "TX"), ("San Diego", "CA"), ("Chula Vista", "CA"), ("Fresno", "CA"), ("Modesto", "CA"),
    ("Bakersfield", "CA"), ("Eugene", "OR"), ("Medford", "OR"), ("Reno", "NV"), ("Provo", "UT"),
    ("Burlington", "VT"), ("Bangor", "ME"), ("Plattsburgh", "NY"), ("Buffalo", "NY"), ("Syracuse", "NY"),
    ("Scranton", "PA"), ("Allentown", "PA"), ("Worcester", "MA"), ("Dearborn", "MI"), ("Detroit", "MI"),
    ("Toledo", "OH"), ("Dayton", "OH"), ("Milwaukee", "WI"), ("Green Bay", "WI"), ("Dubuque", "IA"),
    ("Peoria", "IL"), ("Hilo", "HI"), ("Kahului", "HI"), ("Anchorage", "AK"), ("Bethel", "AK"),
]

STREETS = [
    "Juniper", "Calle Sombra", "Kamehameha", "Old Mill", "Ridgecrest", "Tamarack", "Willowbrook", "Cottonwood",
    "Saguaro", "Piñon", "Lakeshore", "Harborview", "Magnolia", "Sycamore", "Bluebonnet", "Prairie Wind",
    "Elmhurst", "Quarry", "Cedar Hollow", "Orchard", "Mesquite", "Spruce", "Riverbend", "Hawthorne", "Larkspur",
    "Winnemucca", "Chinook", "Aspen Ridge", "Coyote Canyon", "Sandpiper", "Dogwood", "Buckeye", "Ironwood",
]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Blvd", "Ct", "Way", "Pl", "Trail",
          "Cir", "Hwy", "Pkwy"]
UNITS = ["Apt 4B", "Unit 12", "#207", "Apt. 3", "Lot 41", "Suite 110", "Trlr 9", "Apt 1102", "Rm 6", "# 5C"]

FACILITIES = [
    "Mesa Verde Regional Medical Center", "St. Brendan's Hospital", "Kachina Ridge Indian Health Center",
    "Lakeshore Community Hospital", "Northgate Imaging Associates", "Prairie Sky Orthopaedic Institute",
    "Harbor Pines Medical Center", "Sacred Oak Memorial Hospital", "Copperline Diagnostic Imaging",
    "Riverbend Children's Hospital", "Two Rivers Health Clinic", "Sunport Women's Fertility Center",
    "Bayfront Sleep & Airway Institute", "Cedar Hollow Family Dentistry", "Bluewater Hearing Institute",
    "Granite Peak Stroke Center", "Valle del Sol Hospital", "Hospital General de Nogales Norte",
    "St. Amadeus Medical Center", "Whitecap Home Hospital Program", "Larkspur School-Based Health Center",
    "Ironwood Outpatient Radiology", "Northern Lights Health Cooperative", "Hillcrest Vein & Wound Center",
]
FAC_SHORT = ["MVRMC", "SBH", "KRIHC", "LCH", "NIA", "PSOI", "HPMC", "SOMH", "CDI", "RCH", "TRHC", "SWFC"]

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "rad.example.org",
                 "clinic.example.net"]
EMAIL_USERS = ["{f}.{l}", "{fi}{l}", "{l}{n}", "{f}_{l}", "{f}{n}"]

PAYERS = ["Blue Mesa Health Plan", "Pinnacle Mutual", "Coastal Care Advantage", "Tri-River Medicaid HMO",
          "Evergreen Benefit Trust", "Keystone Union Health", "Desert Sky Health", "Northstar Assurance"]

LANGUAGES = ["Spanish", "Navajo", "Vietnamese", "Somali", "Haitian Creole", "Arabic", "Tagalog", "Korean",
             "Russian", "Amharic", "Portuguese", "Mandarin", "Punjabi", "Marshallese", "K'iche'", "Hmong"]

# General radiology sites (the specialised clinics above are used by their own styles).
RAD_FAC = [f for f in FACILITIES if not any(w in f for w in ("Dentistry", "Sleep", "Fertility", "Hearing", "School",
                                                              "Children", "Nogales", "Home Hospital",
                                                              "Wound", "Stroke"))]
