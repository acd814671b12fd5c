"""Invented name, place and contact pools for the fourth blind corpus.

Names mix many traditions on purpose (particles, hyphens, apostrophes, family-name-first, single names, and
given names or surnames that are ordinary English words), because a hospital's census looks like that.
"""

from __future__ import annotations

GIVEN_F = (
    "Rose", "Hope", "May", "Grace", "Ivy", "Dawn", "Faith", "Summer", "Joy", "Iris",
    "Oluwaseun", "Chiamaka", "Nkechi", "Wanjiru", "Thandiwe", "Aïcha", "Fatoumata", "Layla", "Noor", "Yasmin",
    "Mei-Ling", "Xiaoyan", "Yuki", "Haruka", "Ji-woo", "Thi Lan", "Priyanka", "Lakshmi", "Anjali", "Siobhán",
    "Marie-Claude", "Ana Lucía", "Guadalupe", "Ximena", "Małgorzata", "Katarzyna", "Svetlana", "Oksana", "Zofia",
    "Eleni", "Ingrid", "Astrid", "Saoirse", "Keziah", "Tallulah", "Marguerite", "Dolores", "Berit",
)
GIVEN_M = (
    "Will", "Frank", "Grant", "Hunter", "Bishop", "Chase", "Miles", "Rich", "Bill", "Forrest",
    "Chukwuemeka", "Babajide", "Kwabena", "Tendai", "Mamadou", "Ousmane", "Tariq", "Yusuf", "Omar", "Khalid",
    "Wei", "Jun-ho", "Hiroshi", "Kenji", "Minh Duc", "Rajesh", "Venkatesh", "Arjun", "Gurpreet", "Declan",
    "Jean-Baptiste", "José Luis", "Joaquín", "Teodoro", "Wojciech", "Dmitri", "Bohdan", "Stanislav", "Nikos",
    "Lars", "Sven", "Pádraig", "Tevita", "Kekoa", "Ezekiel", "Thaddeus", "Cornelius", "Ignatius",
)
FAMILY = (
    "Bishop", "Hunter", "Grant", "Rose", "Frank", "Mason", "Cook", "Fisher", "Porter", "Wise",
    "Strong", "Church", "Moody", "Hale", "Stone", "Marsh", "Brook", "Lamb", "Swift", "Gold",
    "Adeyemi", "Okonkwo", "Mensah", "Nwosu", "Mutasa", "Diallo", "Traoré", "Kamau", "Haile-Selassie", "Boateng",
    "Al-Rashid", "El-Amin", "Haddad", "Nasser", "Abu-Zaid", "Farouk", "Qureshi", "Chaudhry", "Banerjee", "Raghavan",
    "Nguyen", "Tran", "Pham", "Zhang", "Liu", "Huang", "Park", "Choi", "Tanaka", "Watanabe",
    "van der Berg", "van Dijk", "de la Cruz", "de los Santos", "del Río", "da Silva", "dos Santos", "von Ahlen",
    "O'Sullivan", "O'Hare", "McAllister", "MacLeod", "Ní Bhriain", "Fitzgerald", "D'Angelo", "Dell'Orto",
    "Kowalczyk", "Wiśniewska", "Nowak-Jezierska", "Petrov", "Ivanova", "Horvat", "Novotný", "Kuznetsova",
    "Papadopoulos", "Lindqvist", "Halvorsen", "Ó Ceallaigh", "Fonoti", "Kahananui", "Smith-Okafor", "Garcia-Lopez",
)
# People known by one name only (registered with the single name; some systems repeat it or use "FNU").
MONONYMS = ("Suharti", "Bambang", "Ngozi", "Tenzin", "Aung", "Wiranto", "Lhamo", "Sukarni")
FACILITIES = (
    "St. Brigid of Kildare Hospital", "Larkmoor Regional Medical Center", "Pinecrest Orthopaedic Institute",
    "Harbourview Women's Imaging", "Mercy Hollow Community Hospital", "Tamarind Bay Medical Centre",
    "Quarry Hill Veterans Clinic", "Ashgrove Children's Hospital", "Silverlake Imaging Associates",
    "Northfield Correctional Health Unit", "Eastbourne General Infirmary", "Clínica San Rafael del Valle",
    "Hôpital Sainte-Odile", "Redfern Valley Cancer Center", "Kestrel Point Urgent Care",
    "Bramblewood Outpatient Imaging", "Good Samaritan of Orrick County", "Coldwater Memorial Hospital",
)
CITIES = (
    ("Millbrook Falls", "NY", "12545"), ("East Varden", "OH", "44091"), ("Port Alder", "WA", "98367"),
    ("Cedar Bluff", "AL", "35959"), ("Hollis Crossing", "NH", "03049"), ("Rosedale", "MD", "21237"),
    ("Marlow Springs", "TX", "78654"), ("Grantsville", "UT", "84029"), ("Bishopville", "SC", "29010"),
    ("Lakeshore Heights", "MN", "55744"), ("Santa Inez", "CA", "93460"), ("New Kirkby", "PA", "17057"),
    ("Hope Valley", "RI", "02832"), ("Fort Wexley", "KS", "66442"), ("Bayou Lacombe", "LA", "70445"),
)
UK_PLACES = (("Thornbury", "BS35 2QT"), ("Little Harwell", "OX11 0DE"), ("Kirkcaldy", "KY1 2AB"),
             ("Ashby-de-la-Zouch", "LE65 1HP"))
UK_TRUSTS = ("Eastbourne General Infirmary", "Royal Tamsin Hospital", "Wrexford Community Hospital",
             "Glenmuir Infirmary")
STREETS = (
    "Larkspur Lane", "Old Mill Road", "Quarry Street", "Bishop Avenue", "Hunter's Run", "Rose Court",
    "Calle de los Olivos", "Rue des Tanneurs", "Frank Lloyd Wright Way", "Van Buren Street",
    "Martin Luther King Jr Blvd",
    "County Road 17", "Orchard Terrace", "Kamehameha Highway", "Sandpiper Circle", "Prospect Hill Drive",
)
UNITS = ("", "", "", " Apt 3B", " Unit 12", " #407", ", Lot 22", " Suite 210", " Bldg C")
DOMAINS = ("stbrigid-health.org", "larkmoor.med", "pinecrestortho.com", "harbourview-imaging.net",
           "mercyhollow.org", "tbmc.health", "ashgrovekids.org", "silverlakeimg.com")
WEBMAIL = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com")
AREA_CODES = ("207", "314", "406", "518", "603", "719", "802", "913", "252", "337")
TECH_CREDS = ("RT(R)", "RT(R)(CT)", "RT(R)(MR)", "RDMS", "RT(M)", "CNMT")
RAD_CREDS = ("MD", "DO", "MBBS, FRCR", "MD, PhD", "MB BCh")
