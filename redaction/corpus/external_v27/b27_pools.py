"""Invented pools for the blind27 corpus: names, places, facilities, clinical vocabulary."""

FIRST_F = [
    "Hope", "Rose", "May", "Opal", "Ivy", "Dawn", "Joy", "Faith", "Summer", "Iris", "Siobhan", "Marisol",
    "Ngozi", "Anneliese", "Priya", "Thuy", "Zoë", "Maëlle", "Guadalupe", "Wilhelmina", "Bernadette",
    "Keisha", "Yuki", "Fatima", "Ingrid", "Colleen", "Henrietta", "Oksana", "Aaliyah", "Dolores",
    "Minerva", "Rosalind", "Beatriz", "Saoirse", "Mae-Lin", "Perpetua", "Lourdes", "Eun-ji",
]
FIRST_M = [
    "Grant", "Frank", "Bill", "Hunter", "Mason", "Carter", "Sterling", "Dashiell", "Tomás", "Kwame",
    "Ravi", "Jun", "Mateo", "Emeka", "Lars", "Desmond", "Ezekiel", "Hyun-woo", "Bartholomew", "Cornelius",
    "Darnell", "Anders", "Ignacio", "Reginald", "Augustin", "Thaddeus", "Wendell", "Osvaldo", "Jürgen",
    "Seamus", "Rafael", "Lemuel", "Jean-Luc", "Bao", "Amadou",
]
NICK = {
    "Wilhelmina": "Billie", "Bernadette": "Bernie", "Henrietta": "Etta", "Bartholomew": "Bart",
    "Cornelius": "Neil", "Reginald": "Reggie", "Thaddeus": "Tad", "Dolores": "Lola", "Guadalupe": "Lupe",
    "Ezekiel": "Zeke", "Lemuel": "Lem", "Augustin": "Gus", "Perpetua": "Pet", "Rosalind": "Roz",
    "Dashiell": "Dash", "Wendell": "Dell", "Lourdes": "Lulu", "Bill": "Billy", "Frank": "Frankie",
}
LAST = [
    "Baker", "Young", "Grant", "Rose", "May", "Hope", "Bell", "Graves", "Hill", "Paget", "Love", "King",
    "Hart", "Wise", "Frost", "Winter", "Church", "Sterling", "Summers",
    "O'Connor", "D'Amico", "O'Rourke-Tate", "de la Cruz", "van der Berg", "Van Wyk", "St. John", "del Río",
    "McAllister", "MacLeod", "Ortiz-Blake", "Nakamura-Reyes", "Okafor", "Nguyen", "Østergaard", "Świątek",
    "Haddad", "Abernathy", "Fairweather", "Kowalczyk", "Thibodeaux", "Quispe", "Adeyemi", "Lindqvist",
    "Castellanos", "Whitfield", "Pennington", "Ferreira", "Halvorsen", "Iwasaki", "Achterberg", "Delacroix",
    "Sandoval", "Brightwater", "Hargrove", "Villanueva", "Kaur", "Takahashi", "Oyelaran", "Moreau",
    "Petrakis", "Yazzie", "Begay", "Ahn", "Le", "Ng", "Szabó", "Papadopoulos", "N'Diaye", "ter Horst",
]
MIDDLE = "ABCDEFGHJKLMNPRSTVW"

CITIES = [
    ("Fairmont", "MN"), ("Hope", "AR"), ("Grand Marais", "MN"), ("Port Townsend", "WA"), ("Bastrop", "TX"),
    ("Cedar Falls", "IA"), ("Lake Havasu City", "AZ"), ("Beaufort", "SC"), ("Marquette", "MI"),
    ("Bozeman", "MT"), ("Nacogdoches", "TX"), ("Eau Claire", "WI"), ("Chillicothe", "OH"), ("Hilo", "HI"),
    ("Bethel", "AK"), ("Taos", "NM"), ("Elizabethtown", "KY"), ("Punta Gorda", "FL"), ("Sun City", "AZ"),
    ("Kingman", "AZ"), ("Winter Haven", "FL"), ("Ocala", "FL"), ("Bangor", "ME"), ("Dubuque", "IA"),
    ("Paducah", "KY"), ("Walla Walla", "WA"), ("Truth or Consequences", "NM"), ("Florence", "AL"),
    ("Sault Ste. Marie", "MI"), ("Coeur d'Alene", "ID"),
]
SUN_CITIES = [("Punta Gorda", "FL"), ("Sun City", "AZ"), ("Winter Haven", "FL"), ("Ocala", "FL"),
              ("Lake Havasu City", "AZ"), ("Naples", "FL"), ("Mesa", "AZ"), ("Harlingen", "TX"),
              ("Sebring", "FL"), ("Yuma", "AZ")]
CA_CITIES = [("Sudbury", "ON"), ("Moncton", "NB"), ("Trois-Rivières", "QC"), ("Kelowna", "BC"),
             ("Thunder Bay", "ON"), ("Brandon", "MB"), ("Saskatoon", "SK")]
STREETS = [
    "Larkspur", "Old Mill", "Quarry Ridge", "Tamarack", "Sand Hill", "Juniper", "Cottonwood", "Kestrel",
    "Bayview", "Lantern", "Heron Point", "Wicklow", "Orchard Gate", "Pinecrest", "Lighthouse", "Ferry",
    "Saddleback", "Magnolia", "Prairie Rose", "Harbor", "Rue des Érables", "Bittersweet", "County Road 14",
]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Way", "Blvd",
          "Trail", "Pkwy", "Circle"]
UNITS = ["Apt 4B", "Unit 12", "#203", "Lot 17", "Apt. 2", "Suite 110", "Trlr 9", "Apt 3-C"]

FACILITIES = {
    "hospital": ["Harbor Pines Medical Center", "St. Adelind Regional Hospital", "Three Rivers Community Hospital",
                 "Palmetto Bay Memorial Hospital", "Cascade Ridge General Hospital", "Lakehaven University Hospital",
                 "Good Shepherd of the Prairie Hospital", "Meridian Valley Health"],
    "imaging": ["Quarry Ridge Imaging", "Cedar Hollow Outpatient Imaging", "Blue Heron Women's Imaging",
                "Kestrel Point Diagnostic Center", "Northgate Open MRI", "Tamarack Valley Radiology Associates"],
    "nursing": ["Willow Bend Care Center", "The Pines at Hollister", "Golden Meadow Rehabilitation & Nursing",
                "Saint Brigid's Home", "Lakeview Terrace Assisted Living", "Sycamore Glen Skilled Nursing"],
    "va": ["Cascade Peaks VA Medical Center", "Bluestem VA Health Care System", "Ironwood VA Clinic"],
    "children": ["Briarwood Children's Hospital", "Little Harbor Pediatric Clinic", "Sunbeam Children's Medical Center"],
    "cancer": ["North Fork Cancer Institute", "Lanternlight Oncology Center", "Harbor Pines Cancer Pavilion"],
    "ca": ["Sudbury Lakes Health Centre", "Hôpital Sainte-Odile", "Okanagan Ridge Hospital"],
}
AREA = ["312", "507", "218", "406", "907", "808", "575", "941", "352", "928", "270", "563", "509", "207",
        "863", "319", "843", "906", "208"]
CA_AREA = ["705", "506", "819", "250", "807", "204", "306"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "harborpines.example.org",
           "vamail.example.net", "uhealth.example.org", "stadelind.example.com", "kestrelpoint.example.net"]

CRED_MD = ["MD", "DO", "MD, PhD", "MBBS"]
CRED_RN = ["RN", "RN, BSN", "BSN, RN", "RN, VA-BC", "MSN, RN", "NP", "PA-C"]
CRED_TECH_MR = ["RT(R)(MR)", "RT(MR)", "RT(R)(CT)(MR)", "MRSO"]
CRED_TECH = ["RT(R)", "RT(R)(CT)", "RT(R)(M)", "RDMS", "RVT", "RT(R)(ARRT)"]
