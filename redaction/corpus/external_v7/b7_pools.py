"""Invented name, place, facility and domain pools for blind7 (no real person, facility or street).

Names come from many traditions because a hospital census does; some surnames are ordinary words or
eponyms on purpose (Bell, Paget, Graves, Hope, Long, Wilson), since real patients carry them.
"""

from __future__ import annotations

# tradition -> (female given names, male given names, family names, middle names, family-name-first?)
TRADITIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]] = {
    "anglo": (
        ("Margaret", "Hope", "Joy", "April", "Summer", "Faith", "Brenda", "Colleen", "Dolores", "Rose"),
        ("Harold", "Will", "Grant", "Mark", "Dale", "Wendell", "Art", "Clifford", "Royce", "Vernon"),
        (
            "Bell",
            "Long",
            "Young",
            "Baker",
            "Graves",
            "Paget",
            "Wilson",
            "Barrett",
            "Hill",
            "Whitlock",
            "Pruitt",
            "Ashby",
            "Morton",
            "Bennett",
            "Cushing",
            "Parkinson",
        ),
        ("Ann", "Lee", "Jo", "Ray", "Mae", "Dean", "Lynn", "Earl"),
        False,
    ),
    "irish": (
        ("Aoife", "Siobhán", "Niamh", "Bríd", "Maeve"),
        ("Cian", "Pádraig", "Declan", "Eoin", "Ciarán"),
        ("O'Sullivan", "McGillicuddy", "O'Donoghue", "MacNamara", "Ní Bhriain", "Mc Elroy", "O'Hare"),
        ("Therese", "Joseph", "Brigid"),
        False,
    ),
    "vietnamese": (
        ("Hoa", "Lan", "Thao", "Ngoc Anh", "Huong"),
        ("Minh", "Tuan", "Duc", "Quang", "Bao"),
        ("Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh", "Dang"),
        ("Thi", "Van", "Dinh", "Huu"),
        True,
    ),
    "nigerian": (
        ("Ngozi", "Folake", "Chiamaka", "Oluwaseun", "Adaeze"),
        ("Chukwuemeka", "Babatunde", "Ifeanyi", "Olumide", "Tochukwu"),
        ("Okonkwo-Adeyemi", "Adebayo", "Obi", "Eze", "Okafor", "Balogun", "Nwachukwu"),
        ("Adunni", "Chidi", "Kelechi"),
        False,
    ),
    "arabic": (
        ("Fatima", "Mariam", "Noor", "Huda", "Salma"),
        ("Mohammed", "Yousef", "Abdul Rahman", "Khalid", "Tariq"),
        ("Al-Rashid", "El Amrani", "Haddad", "bin Sulaiman", "Abu-Ghazaleh", "Al Shami", "Nasrallah"),
        ("Ibrahim", "Ali", "Hassan"),
        False,
    ),
    "polish": (
        ("Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Bożena"),
        ("Łukasz", "Krzysztof", "Wojciech", "Jerzy", "Tomasz"),
        ("Wiśniewski", "Wójcik", "Kowalczyk-Nowak", "Szczepański", "Grabowski", "Zieliński"),
        ("Maria", "Jan", "Anna"),
        False,
    ),
    "hispanic": (
        ("María José", "Guadalupe", "Ximena", "Consuelo", "Inés"),
        ("José Luis", "Joaquín", "Rigoberto", "Andrés", "Ezequiel"),
        ("García Márquez", "de la Cruz", "Peña-Villalobos", "Rodríguez Ibáñez", "Santiago", "Cisneros"),
        ("Elena", "Miguel", "del Carmen"),
        False,
    ),
    "dutch": (
        ("Femke", "Marieke", "Annelies"),
        ("Pieter", "Joost", "Maarten", "Sjoerd"),
        ("van der Berg", "de Vries", "van Dijk", "ter Horst", "Van Houten"),
        ("Johanna", "Hendrik"),
        False,
    ),
    "east_asian": (
        ("Mei", "Ji-woo", "Yuki", "Xiaoling", "Seo-yeon"),
        ("Wei", "Hyun-woo", "Takeshi", "Jian", "Min-jun"),
        ("Zhang", "Park", "Tanaka", "Liu", "Choi", "Nakamura", "Huang"),
        ("",),
        True,
    ),
    "south_asian": (
        ("Priya", "Lakshmi", "Anjali", "Sunita"),
        ("Venkata", "Rohit", "Arjun", "Gurpreet"),
        ("Ramaswamy", "Chatterjee", "Venkataraman", "Sandhu", "Iyer", "Patel-Shah"),
        ("Kumar", "Devi", "Singh"),
        False,
    ),
    "nordic_german": (
        ("Zoë", "Ingrid", "Sølvi", "Birgit", "Anneliese"),
        ("Søren", "Jürgen", "Björn", "Matthias"),
        ("Müller", "Østergaard", "Schäfer", "Lindqvist", "Brändli"),
        ("Maria", "Karl"),
        False,
    ),
    "mononym": (("Suharti", "Yulianti", "Ratnawati"), ("Sutrisno", "Mulyadi", "Hartono"), ("",), ("",), False),
}

NICKNAMES = {
    "Margaret": "Peggy",
    "Harold": "Hal",
    "Clifford": "Kip",
    "Dolores": "Lola",
    "Joaquín": "Kino",
    "Chukwuemeka": "Emeka",
    "Babatunde": "Tunde",
    "Oluwaseun": "Seun",
    "Krzysztof": "Krzys",
    "Guadalupe": "Lupita",
    "Takeshi": "Tak",
    "Venkata": "Venky",
    "Wendell": "Buddy",
}

# relation words by the relative's sex; children get parents or guardians
RELATIONS = {
    "F": ("daughter", "wife", "niece", "granddaughter", "sister", "partner", "health care proxy", "neighbor"),
    "M": ("son", "husband", "grandson", "brother-in-law", "partner", "health care proxy", "neighbor", "nephew"),
}
CHILD_RELATIONS = {"F": ("mother", "grandmother", "legal guardian"), "M": ("father", "grandfather", "stepfather")}

US_CITIES = (
    ("Fairview", "OH"),
    ("Riverton", "WY"),
    ("Greenfield", "IN"),
    ("Ashland", "KY"),
    ("Milford", "CT"),
    ("St. Marys", "PA"),
    ("Mt. Pleasant", "MI"),
    ("Ft. Lanier", "GA"),
    ("Lake Orrin", "MN"),
    ("North Haverhill", "NH"),
    ("Port Ellis", "WA"),
    ("Cedar Bluff", "AL"),
    ("E. Millbrook", "NY"),
    ("Sault Sainte Claire", "MI"),
    ("Pleasant Hill", "MO"),
    ("Wabash Falls", "IL"),
    ("Las Cruces", "NM"),
    ("Bayou Vista", "LA"),
    ("Sweetwater", "TX"),
    ("West Linn Harbor", "OR"),
)

INTL = {
    "UK": (
        ("Harrogate", "HG2 7QT"),
        ("Bradford", "BD9 6RJ"),
        ("St Albans", "AL3 5PN"),
        ("Kirkcaldy", "KY2 5AH"),
        ("Llandrindod Wells", "LD1 5DL"),
        ("Wigan", "WN6 9EP"),
    ),
    "CA": (
        ("Sault Ste. Marie", "P6A 2G4"),
        ("Trois-Rivières", "G9A 5H7"),
        ("Kelowna", "V1Y 4N7"),
        ("Moose Jaw", "S6H 1Z9"),
        ("Dartmouth", "B2Y 3Z8"),
        ("Timmins", "P4N 7C5"),
    ),
    "AU": (
        ("Geelong", "3220"),
        ("Wagga Wagga", "2650"),
        ("Ballarat", "3350"),
        ("Townsville", "4810"),
        ("Mt Gambier", "5290"),
    ),
    "EU": (
        ("Utrecht", "3511 AB"),
        ("Gdańsk", "80-286"),
        ("Malmö", "211 42"),
        ("Düsseldorf", "40210"),
        ("Aarhus", "8000"),
    ),
}
INTL_REGION = {"UK": "", "CA": "ON", "AU": "VIC", "EU": ""}
# Canadian postcode first letter -> province (the province, like a US state, is not PHI)
CA_PROVINCE = {"P": "ON", "G": "QC", "V": "BC", "S": "SK", "B": "NS"}
AU_STATE = {"2": "NSW", "3": "VIC", "4": "QLD", "5": "SA"}
INTL_COUNTRY = {"UK": "United Kingdom", "CA": "Canada", "AU": "Australia", "EU": "Netherlands"}

STREET_NAMES = (
    "Juniper Hollow",
    "Old Mill",
    "Kestrel",
    "Larkspur",
    "Quarry Ridge",
    "Tamarack",
    "St. Clair",
    "Martin Luther King Jr",
    "Doctors Park",
    "Whistling Swan",
    "Bellflower",
    "County Line",
    "Chiari",
    "Hawthorne Glen",
    "Ten Mile",
    "Pennyroyal",
    "Sycamore Bend",
    "Lighthouse",
)
STREET_SUFFIX = ("Rd", "St", "Ave", "Blvd", "Ln", "Ct", "Dr", "Way", "Pkwy", "Cir", "Terrace", "Road", "Street")
UNITS = ("Apt 3B", "#204", "Unit 7", "Apt. 12", "Lot 14", "Ste 110", "Fl 2", "Rm 5")
INTL_STREETS = {
    "UK": ("Flat 4, 22 Kestrel Gardens", "17 Wharfedale Mews", "Rose Cottage, Back Lane"),
    "CA": ("1204-88 Rue des Érables", "55 Birchmount Cres", "RR 3, 2217 Concession Rd 6"),
    "AU": ("Unit 5/18 Wattle St", "42 Banksia Pde", "3/117 Kurrajong Ave"),
    "EU": ("Kastanjelaan 14-II", "ul. Grunwaldzka 102 m. 7", "Lindengracht 3 hs"),
}

# (full name, short form used later in the same document or None)
FACILITIES = (
    ("Mercy West Medical Center", "Mercy West"),
    ("St. Brigid's Hospital", "St. Brigid's"),
    ("Riverbend Imaging Center - North Campus", "Riverbend North"),
    ("Lakeshore Outpatient Imaging", "LOI"),
    ("Good Shepherd Regional Medical Center", "GSRMC"),
    ("Holy Name of Mary Hospital", "Holy Name"),
    ("Sweetwater Valley Clinic", None),
    ("Pinecrest Orthopedic & Spine Institute", "Pinecrest"),
    ("Bayside Community Hospital", "BCH"),
    ("St. Kateri Tekakwitha Medical Center", "St. Kateri"),
    ("Northgate Urgent Care", None),
    ("Cedar Bluff Family Health Center", None),
    ("Ohio Valley Heart & Vascular", "OVHV"),
    ("Sisters of Providence Hospital - Main Campus", "Providence Main"),
)
OUTSIDE_FACILITIES = (
    ("Wabash Falls Memorial Hospital", "WFMH"),
    ("Port Ellis General", None),
    ("Tri-County Diagnostic Imaging", "TCDI"),
    ("Meadowlark Ambulatory Surgery Center", None),
    ("Hamilton Crossing Medical Group", None),
    ("St. Ignatius Critical Access Hospital", None),
    ("Harbor Point Imaging, LLC", None),
)
INTL_FACILITIES = {
    "UK": (("Harrowgate Vale NHS Foundation Trust", None), ("Airedale Moor Infirmary", None)),
    "CA": (("Hôpital Sainte-Justine-des-Pins", None), ("Kelowna Lakeside Health Centre", None)),
    "AU": (("Barwon Ridge Base Hospital", None), ("Corio Bay Private Hospital", None)),
    "EU": (("Diakonessen Ziekenhuis Oudwijk", None), ("Szpital Św. Wojciecha", None)),
}
VA_FACILITIES = (
    ("Northern Prairie VA Health Care System", "NPVAHCS"),
    ("Fort Lanier Army Community Hospital", "FLACH"),
    ("Cedar Bluff CBOC", None),
    ("Naval Medical Center Port Ellis", "NMCPE"),
)

DOMAINS = (
    "mercywest.org",
    "stbrigids-hosp.org",
    "riverbendimaging.com",
    "gsrmc.net",
    "bayside-ch.org",
    "pinecrestortho.com",
    "lakeshoreimaging.org",
    "ovhv-cardio.com",
)
PATIENT_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net")
TELERAD_COMPANIES = ("NightHawk Reads", "Sentinel Teleradiology", "ClearView Remote Radiology")
