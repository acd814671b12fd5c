"""Invented name, place and contact pools for the fifth blind corpus (all synthetic, written for this corpus).

Names mix many traditions on purpose: particles (van der, de la, Mac), apostrophes, hyphenated surnames,
East/South Asian, Arabic, African, Slavic and Nordic names, mononyms, and given names that are ordinary
English words (Rose, Hunter, Will, May, Hope...), since those are the ones detectors get wrong.
"""

from __future__ import annotations

FIRST = (
    "Rose", "Hunter", "Will", "May", "Grant", "Hope", "Frank", "Faith", "Summer", "Lane", "Joy", "Rusty",
    "Oluwaseun", "Chidinma", "Tendai", "Abebe", "Nkechi", "Kwabena", "Thandiwe", "Yaw",
    "Xiaoling", "Jun-seo", "Hiroko", "Thanh Huong", "Nguyet", "Ravindra", "Priyanka", "Anand", "Ishaan",
    "Mahmoud", "Layla", "Yousef", "Noor", "Farida", "Tariq", "Eitan", "Shira", "Dov",
    "Bogdan", "Zofia", "Radoslav", "Irina", "Milena", "Dragana", "Oksana", "Ludmila",
    "Siobhan", "Padraig", "Eilidh", "Saoirse", "Torvald", "Signe", "Astrid", "Leif",
    "Guadalupe", "Xochitl", "Joaquín", "Itzel", "Marisol", "Rafael", "Inês", "Thiago",
    "Marguerite", "Benoît", "Hélène", "Delphine", "Cornelius", "Wilhelmina", "Ezekiel", "Mabel", "Otis",
    "Dakota", "Wyatt", "Jolene", "Tallulah", "Kai", "Leilani", "Makoa", "Aroha",
)
MIDDLE = "ABCDEFGHJKLMNPRSTVW"
LAST = (
    "Bishop", "Hunter", "Rose", "Grant", "Frank", "Hope", "Price", "Long", "Young", "Bell", "Hill", "Marsh",
    "Parsons", "Fairweather", "Winter", "Stone", "Fox", "Gentry", "Sparrow", "Castle",
    "van der Linde", "de la Fuente", "van Houten", "De Luca", "da Silva", "del Rosario", "ter Horst",
    "O'Shaughnessy", "O'Keeffe", "McCready", "MacLennan", "Fitzgerald-Ruiz", "Ashworth-Mbeki", "Nakamura-Ellis",
    "Adeyemi", "Okafor", "Mensah", "Tshabalala", "Kariuki", "Haile", "Diallo", "Achebe",
    "Zhou", "Lim", "Takahashi", "Park", "Tran", "Phan", "Banerjee", "Venkataraman", "Chaudhry", "Sidhu",
    "Al-Khatib", "Haddad", "El-Sayed", "Nasser", "Abu-Ghazaleh", "Ben-Ami", "Rosenthal", "Mizrahi",
    "Wiśniewski", "Kovalenko", "Petrović", "Dvořák", "Lebedeva", "Horváth", "Popescu", "Szabo",
    "Gudmundsdottir", "Lindqvist", "Halvorsen", "Kjær", "Ó Briain", "Ní Dhomhnaill",
    "Quispe", "Villanueva", "Castañeda", "Ybarra", "Gonçalves", "Lefebvre", "Beaulieu", "Arceneaux",
    "Whitehorse", "Running Water", "Kealoha", "Tuiasosopo",
)
MONONYMS = ("Suharti", "Wirawan", "Ayaan", "Mulyono")
TECH_INITIALS = ("JMK", "CQ", "AOB", "KLW", "DPS", "mjh", "TNV", "EQ", "BRZ", "SHL")

FACILITIES = (
    "Larchmont Valley Medical Center", "St. Brigid's Regional Hospital", "Oakhaven Imaging Associates",
    "Pinecrest Orthopedic & Spine Institute", "Mercy Harbor Community Hospital", "Tallgrass Prairie Health",
    "Bayou Teche General Hospital", "Copperline Urgent Care", "North Fork Cancer Center",
    "Silverbrook Outpatient Imaging", "Lakeshore Veterans Affairs Clinic", "Redwater Family Medicine",
    "Hollins Gap Rural Health Clinic", "Evergreen Terrace Skilled Nursing", "Cedar Bluff Children's Hospital",
    "Willowmere Women's Imaging", "Stonecrest Heart & Vascular", "Granite Falls Memorial",
    "Blue Heron Hospice", "Kettle River Surgical Center", "Ponderosa Sports Medicine",
)
DEPTS = ("Emergency Department", "4 West Telemetry", "Neuro ICU", "Oncology Clinic", "Breast Center",
         "Ortho Clinic", "Same Day Surgery", "Cardiology", "Endocrine Clinic", "Infusion Center")

# (city, state, ZIP) - real city names with invented ZIP plus-four usage; Safe Harbor allows the state.
PLACES = (
    ("Bozeman", "MT", "59715"), ("Lafayette", "LA", "70503"), ("Dubuque", "IA", "52001"),
    ("Asheville", "NC", "28801"), ("Flagstaff", "AZ", "86001"), ("Bangor", "ME", "04401"),
    ("Yakima", "WA", "98902"), ("Paducah", "KY", "42001"), ("Cheyenne", "WY", "82001"),
    ("Las Cruces", "NM", "88001"), ("Kalamazoo", "MI", "49007"), ("Hilo", "HI", "96720"),
    ("Saint Cloud", "MN", "56301"), ("Fort Smith", "AR", "72901"), ("Eau Claire", "WI", "54701"),
    ("Bend", "OR", "97701"), ("Hagerstown", "MD", "21740"), ("Joplin", "MO", "64801"),
    ("Gainesville", "FL", "32601"), ("Mobile", "AL", "36602"), ("Hope", "AR", "71801"),
)
STREETS = ("Wexford Hollow Rd", "Calle Mirasol", "N Juniper Ave", "Old Mill Pike", "Tecumseh Trail",
           "Magnolia Bend Dr", "County Road 17", "SE 42nd St", "Rue Bienville", "Paseo del Norte",
           "Kingfisher Ct", "Route 9W", "Drumlin Way", "Ironwood Cir", "Bishop Ln")
UNITS = ("Apt 3B", "Unit 12", "#205", "Lot 44", "Suite 110", "Apt. 7", "Trlr 2")
DOMAINS = ("larchmontvalley.org", "stbrigids-rh.org", "oakhavenimaging.com", "pinecrestortho.net",
           "mercyharbor.org", "tallgrasshealth.org", "nfcc-onc.org", "silverbrookimg.com", "va-lakeshore.net")
WEBMAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me")
AREA_CODES = ("406", "337", "563", "828", "928", "207", "509", "270", "307", "575", "269", "808", "320")
PAYERS = ("Medicare", "Medicaid", "BCBS", "Aetna", "UnitedHealthcare", "Humana", "Tricare", "Cigna")
RELATIONS = ("daughter", "son", "wife", "husband", "niece", "granddaughter", "neighbor", "guardian", "sister")
