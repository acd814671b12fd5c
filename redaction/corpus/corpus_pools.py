"""Invented name, place and identifier pools for the synthetic corpus: one pool per split, disjoint.

Every value here is made up. Holdout pools share no name, place, domain or identifier format with
the dev pools, so a detector tuned on dev meets unseen values on holdout ("corpora you have not seen").
Some surnames are also ordinary words or eponyms (Baker, Bell, Hill, Graves): a detector that
allow-lists "Baker" because of "Baker cyst" must still redact a patient called Baker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pools:
    female_first: tuple[str, ...]
    male_first: tuple[str, ...]
    last_names: tuple[str, ...]
    facilities: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, state); the state alone is not a Safe Harbor identifier
    streets: tuple[str, ...]
    email_domains: tuple[str, ...]
    area_codes: tuple[str, ...]
    ip_prefixes: tuple[str, ...]


DEV = Pools(
    female_first=(
        "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Priya", "Aisha", "Fatima", "Olga", "Nkechi", "Mei", "Ingrid", "Leilani",
        "Jane", "Anita", "Marisol", "Siobhan",
    ),
    male_first=(
        "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
        "Kevin", "Brian", "Wei", "Carlos", "Hiroshi", "Tomasz", "Rahul", "Diego", "Yusuf", "Declan",
    ),
    last_names=(
        "Doe", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor",
        "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
        "Clark", "Ramirez", "Lewis", "Robinson", "Patel", "Nguyen", "Kowalski", "O'Brien",
        "McAllister", "Okafor", "Tanaka", "Ivanova", "Schmidt", "Haddad", "Fitzgerald", "Delacroix",
        "Baker", "Bell", "Chandrasekar", "Abernathy", "Lindqvist", "Oyelaran",
    ),
    facilities=(
        "Riverside General Hospital", "Northgate Imaging Center", "St. Brendan Medical Center",
        "Lakeview Community Hospital", "Cedar Valley Orthopedic Clinic", "Harborview Women's Imaging",
        "Mercy Ridge Regional Medical Center", "Pinecrest Outpatient Radiology",
    ),
    cities=(
        ("Millbrook", "OH"), ("Fairhaven", "MA"), ("Ashton Falls", "PA"), ("Port Ellery", "ME"),
        ("Cedar Bluff", "IA"), ("Riverton", "WY"), ("Lakewood", "CO"), ("Brookhaven", "GA"),
    ),
    streets=(
        "Birchwood Lane", "Maple Avenue", "Old Mill Road", "Harrison Street", "Sycamore Court",
        "Lakeshore Drive", "Willow Bend Road", "Foxglove Terrace",
    ),
    email_domains=("riversidegeneral.org", "northgateimaging.com", "mailbox-example.net"),
    area_codes=("216", "330", "412", "508", "617", "303"),
    ip_prefixes=("10.24", "10.31", "10.118"),
)

HOLDOUT = Pools(
    female_first=(
        "Dorothy", "Helen", "Betty", "Ruth", "Sharon", "Deborah", "Stephanie", "Rebecca", "Laura",
        "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Brenda", "Nicole", "Samantha", "Katherine",
        "Christine", "Anjali", "Zainab", "Leila", "Svetlana", "Chiamaka", "Lan", "Astrid", "Kalani",
        "Rose", "Hope", "Ines",
    ),
    male_first=(
        "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
        "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Brandon", "Benjamin", "Frank",
        "Gregory", "Jun", "Mateo", "Kenji", "Piotr", "Arjun", "Joaquin", "Omar", "Colm",
    ),
    last_names=(
        "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott", "Torres", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
        "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris",
        "Morales", "Murphy", "Cook", "Rogers", "Shah", "Tran", "Nowak", "O'Connell", "MacLeod",
        "Eze", "Yamamoto", "Petrova", "Becker", "Khoury", "Donnelly", "Beaumont", "Graves", "Paget",
        "Hunter", "Long", "Ferreira-Lund", "Achterberg",
    ),
    facilities=(
        "Summit Pines Medical Center", "Bayshore Diagnostic Imaging", "Good Shepherd Hospital",
        "Westbrook Children's Hospital", "Granite Falls Regional Hospital", "Saint Ambrose Infirmary",
        "Copperfield Breast Center", "Oak Hollow Veterans Clinic",
    ),
    cities=(
        ("Greenville", "SC"), ("Hollister", "CA"), ("Bridgeport", "WV"), ("Fort Ainsley", "TX"),
        ("Kingsport", "TN"), ("Oakdale", "MN"), ("Westfield", "NJ"), ("Salem Creek", "OR"),
    ),
    streets=(
        "Quarry Hill Road", "Juniper Way", "Beacon Street", "Whitfield Boulevard", "Orchard Terrace",
        "Chestnut Place", "Kingfisher Circle", "Tamarack Drive",
    ),
    email_domains=("summitpines.org", "bayshoredx.com", "postbox-sample.org"),
    area_codes=("864", "831", "304", "915", "423", "952"),
    ip_prefixes=("172.20", "192.168", "172.28"),
)

SPLITS = {"dev": DEV, "holdout": HOLDOUT}
