"""Invented name, place and organisation pools for blind10 (no real people or identifiers)."""

from __future__ import annotations

# tradition -> (female given names, male given names, family names)
NAMES = {
    "hispanic": (
        ["María José", "Guadalupe", "Luz Marina", "Rosario", "Yesenia", "Marisol", "Ximena", "Dulce", "Araceli"],
        ["José Luis", "Jesús", "Héctor", "Rigoberto", "Fernando", "Abelardo", "Joaquín", "Ulises"],
        ["García-Márquez", "Hernández", "de la Cruz", "Villalobos", "Ochoa", "Treviño", "Zamora", "Cárdenas",
         "Bustamante", "Quiñones", "del Río", "Saldívar"],
    ),
    "vietnamese": (
        ["Thi Hoa", "Ngoc Anh", "Thu Trang", "Kim Loan", "Bich Ngoc", "Mai Linh"],
        ["Van Minh", "Duc Anh", "Quoc Bao", "Thanh Tung", "Huu Phuoc"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vo", "Dang", "Bui", "Huynh", "Truong"],
    ),
    "korean": (
        ["Min-ji", "Seo-yeon", "Hye-jin", "Eun-ju", "Soo-ah"],
        ["Ji-hoon", "Dong-hyun", "Sung-min", "Jae-won", "Tae-yang"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Baek", "Seo"],
    ),
    "filipino": (
        ["Maricel", "Rowena", "Lorna", "Jocelyn", "Analyn", "Maribeth"],
        ["Jericho", "Rodel", "Arnel", "Bayani", "Ronaldo"],
        ["dela Cruz", "Bautista", "Villanueva", "Manalo", "Macaraeg", "Dimaculangan", "Pangilinan", "Soriano"],
    ),
    "somali": (
        ["Hodan", "Fadumo", "Ifrah", "Sahra", "Khadra", "Ubah"],
        ["Abdirahman", "Mohamed", "Abdiwali", "Liban", "Mahad"],
        ["Warsame", "Abdi", "Farah", "Osman", "Yusuf", "Jama", "Egal", "Hirsi"],
    ),
    "haitian": (
        ["Marie-Claude", "Nadège", "Mirlande", "Guerline", "Roseline", "Fabienne"],
        ["Jean-Baptiste", "Wilner", "Fritzner", "Jocelyn", "Dieudonné", "Ernso"],
        ["Pierre-Louis", "Desrosiers", "Étienne", "Théodore", "Jean-Charles", "Dorvil", "Augustin", "Célestin"],
    ),
    "polish": (
        ["Agnieszka", "Małgorzata", "Bożena", "Katarzyna", "Grażyna", "Jadwiga"],
        ["Łukasz", "Wojciech", "Krzysztof", "Zbigniew", "Tadeusz", "Mirosław"],
        ["Kowalczyk", "Wiśniewski", "Grabowski", "Nowakowska", "Zieliński", "Szymańska", "Wróbel", "Jabłoński"],
    ),
    "irish": (
        ["Siobhán", "Aoife", "Niamh", "Gráinne", "Caoimhe", "Róisín"],
        ["Ciarán", "Pádraig", "Cathal", "Donnacha", "Tadhg", "Oisín"],
        ["O'Sullivan", "Mac Cárthaigh", "Fitzgerald", "Ó Broin", "McGillicuddy", "Ní Dhuibhir", "Coughlan",
         "Mulcahy"],
    ),
    "maori": (
        ["Aroha", "Mere", "Ngaire", "Hine", "Kiri", "Anahera"],
        ["Tamati", "Wiremu", "Hemi", "Rawiri", "Nikau"],
        ["Ngata", "Te Huia", "Parata", "Tipene", "Te Rangi", "Rangihuna", "Pōmare", "Waaka"],
    ),
    "punjabi": (
        ["Harpreet", "Gurleen", "Jaswinder", "Simranjit", "Manpreet", "Navdeep"],
        ["Manjit", "Balwinder", "Gurpreet", "Harjinder", "Sukhdev"],
        ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", "Brar", "Cheema", "Aulakh"],
    ),
    "russian": (
        ["Svetlana", "Ekaterina", "Lyudmila", "Oksana", "Tatiana", "Zinaida"],
        ["Dmitri", "Aleksandr", "Yevgeny", "Vladislav", "Anatoly"],
        ["Volkov", "Kuznetsova", "Sokolov", "Orlov", "Belyaeva", "Zhuravlev", "Morozova", "Tikhonov"],
    ),
    "greek": (
        ["Eleni", "Despina", "Paraskevi", "Chrysoula", "Vasiliki"],
        ["Giorgos", "Konstantinos", "Stavros", "Panagiotis", "Theodoros"],
        ["Papadopoulos", "Katsaros", "Georgiou", "Antonopoulou", "Karamanlis", "Christodoulou", "Vlachos"],
    ),
    "nigerian": (
        ["Ngozi", "Adaeze", "Folasade", "Chiamaka", "Yetunde"],
        ["Chidi", "Oluwaseun", "Emeka", "Babatunde", "Ikenna"],
        ["Okafor", "Adeyemi", "Nwosu", "Oyelaran", "Eze", "Balogun", "Okonkwo-Bassey", "Adebayo"],
    ),
    "chinese": (
        ["Xiaoling", "Meihua", "Yuting", "Shu-fen", "Lihua"],
        ["Wei", "Jianguo", "Zhiwei", "Kai-ming", "Haoran"],
        ["Zhang", "Chen", "Liu", "Wong", "Leung", "Xu", "Tsang", "Zhou"],
    ),
    "arabic": (
        ["Layla", "Rania", "Samira", "Huda", "Nour"],
        ["Omar", "Yousef", "Karim", "Tariq", "Bassam"],
        ["al-Hashimi", "Haddad", "Khoury", "Nassar", "Abu-Salem", "El-Masri", "Bitar"],
    ),
    "quebecois": (
        ["Geneviève", "Josée", "Mireille", "Sylvie", "Chantal"],
        ["Marc-André", "Étienne", "Réjean", "Ghislain", "Benoît"],
        ["Tremblay", "Gagnon", "Bouchard", "St-Pierre", "Lévesque", "Ouellet", "Desjardins", "Bergeron"],
    ),
    "italian": (
        ["Giuseppina", "Concetta", "Rosaria", "Annunziata"],
        ["Salvatore", "Vincenzo", "Gennaro", "Carmine"],
        ["Lo Bianco", "D'Angelo", "Di Stefano", "Esposito", "La Rosa", "Abbate"],
    ),
    "dutch_german": (
        ["Hendrika", "Liesbeth", "Gudrun", "Anneliese"],
        ["Joost", "Willem", "Dieter", "Klaus"],
        ["van der Berg", "von Hagen", "de Vries", "van Houten", "Vandermeer", "Oberholzer"],
    ),
    "anglo": (
        ["Dolores", "Shonda", "Hope", "Faith", "Grace", "Tammy", "LaToya", "Bernadette", "Marjorie", "Kayleigh"],
        ["Tyrone", "Dwayne", "Rusty", "Earl", "Clifford", "Garrett", "DeShawn", "Wendell", "Lyle"],
        ["Baker", "Bell", "Hill", "Graves", "Long", "Young", "Jones", "Smith", "Paget", "Parkinson", "Addison",
         "Hodgkin", "Cushing", "Wilson", "Hunter", "Whitfield", "Pruitt", "Greenwood", "Stoltzfus", "Calloway",
         "Fairweather", "Kettleborough"],
    ),
}

TRADITION_WEIGHTS = {
    "hispanic": 14, "anglo": 18, "vietnamese": 5, "korean": 4, "filipino": 5, "somali": 4, "haitian": 5,
    "polish": 4, "irish": 5, "maori": 3, "punjabi": 4, "russian": 4, "greek": 3, "nigerian": 4, "chinese": 5,
    "arabic": 4, "quebecois": 3, "italian": 3, "dutch_german": 2,
}

# given name -> nickname actually used by the family or on the chart
NICKNAMES = {
    "Guadalupe": "Lupe", "José Luis": "Pepe", "Aleksandr": "Sasha", "Wojciech": "Wojtek", "Mohamed": "Moe",
    "Konstantinos": "Kostas", "Panagiotis": "Takis", "Giuseppina": "Josie", "Salvatore": "Sal",
    "Oluwaseun": "Seun", "Rigoberto": "Rigo", "Yevgeny": "Zhenya", "Babatunde": "Tunde", "Clifford": "Cliff",
    "Bernadette": "Bernie", "Marjorie": "Margie", "Krzysztof": "Chris", "Jianguo": "Jim", "Dieudonné": "Dodo",
    "Ekaterina": "Katya", "Donnacha": "Donnie", "Abdirahman": "Abdi",
}

MIDDLE_INITIALS = list("ABCDEFGHJKLMNPRSTVW")

# (city, state, ZIP prefix) -- real places, invented street addresses and ZIP suffixes
US_PLACES = [
    ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Providence", "RI", "029"), ("Hartford", "CT", "061"),
    ("Yonkers", "NY", "107"), ("Paterson", "NJ", "075"), ("Allentown", "PA", "181"), ("Scranton", "PA", "185"),
    ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Flint", "MI", "485"), ("Kalamazoo", "MI", "490"),
    ("Gary", "IN", "464"), ("Peoria", "IL", "616"), ("Rockford", "IL", "611"), ("Duluth", "MN", "558"),
    ("Sioux Falls", "SD", "571"), ("Topeka", "KS", "666"), ("Tulsa", "OK", "741"), ("Laredo", "TX", "780"),
    ("El Paso", "TX", "799"), ("Brownsville", "TX", "785"), ("Las Cruces", "NM", "880"), ("Tucson", "AZ", "857"),
    ("Fresno", "CA", "937"), ("Bakersfield", "CA", "933"), ("Stockton", "CA", "952"), ("Salinas", "CA", "939"),
    ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"), ("Reno", "NV", "895"),
    ("Pueblo", "CO", "810"), ("Lubbock", "TX", "794"), ("Shreveport", "LA", "711"),
    ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Hialeah", "FL", "330"), ("Lakeland", "FL", "338"),
    ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"), ("Roanoke", "VA", "240"), ("Durham", "NC", "277"),
    ("Columbia", "SC", "292"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"), ("Manchester", "NH", "031"),
    ("Anchorage", "AK", "995"), ("Hilo", "HI", "967"), ("Minneapolis", "MN", "554"), ("Lewiston", "ME", "042"),
    ("St. Cloud", "MN", "563"), ("Fall River", "MA", "027"), ("Sault Ste. Marie", "MI", "497"),
]

STREET_NAMES = [
    "Kettering", "Hawthorne", "Old Mill", "Wabash", "Larkspur", "Tamarack", "Quarry Hill", "Sycamore",
    "Pequot", "Cottonwood", "Millbrook", "Ridgeview", "Ashby", "Dunmore", "Calumet", "Las Palmas", "Bayou",
    "Whitcomb", "Orchard", "Harbor View", "Foxhollow", "Tuscarora", "Chestnut", "Magnolia", "Juniper",
    "Kingfisher", "Pinecrest", "Granite", "Lighthouse", "Prairie Rose", "Mesquite", "Ironwood", "Birchwood",
]
STREET_SUFFIXES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ln", "Ct", "Way",
                   "Pkwy", "Ter", "Pl", "Hwy"]
DIRECTIONS = ["N", "S", "E", "W", "NE", "SW"]
UNITS = ["Apt 3B", "Apt. 214", "Unit 12", "#7", "Apt 1R", "Lot 44", "Unit C", "Apt 5-F", "Suite 210",
         "Ste 4", "Bldg 2, Apt 9"]

# Facilities: (full name, abbreviation or None, kind)
FACILITIES = [
    ("Mercy Valley Regional Medical Center", "MVRMC", "hospital"),
    ("St. Brendan's Hospital", "SBH", "hospital"),
    ("Harbor Point Hospital – Eastside Campus", None, "hospital"),
    ("Lakeshore Family Health Clinic", None, "clinic"),
    ("Riverbend Imaging Center", "RIC", "imaging"),
    ("Prairie Sky Women's Health", None, "womens"),
    ("Copper Hills Community Hospital", "CHCH", "hospital"),
    ("Northgate Orthopedic & Sports Medicine", None, "ortho"),
    ("Good Samaritan Medical Center of the Ozarks", "GSMCO", "hospital"),
    ("Tidewater Vascular Institute", "TVI", "cardio"),
    ("Sunrise Pediatrics at Elmwood", None, "peds"),
    ("Cedar Crest Cancer Pavilion", None, "oncology"),
    ("Bluestem Heart & Vascular", None, "cardio"),
    ("Our Lady of the Lakes Hospital", "OLLH", "hospital"),
    ("Granite State Diagnostic Imaging", "GSDI", "imaging"),
    ("Desert Willow Medical Plaza", None, "clinic"),
    ("Kessler-Marsh University Hospital", "KMUH", "hospital"),
    ("Pinecrest Outpatient Imaging – Suite 200", None, "imaging"),
    ("Bayfront Children's Hospital", "BCH", "peds"),
    ("Three Rivers Medical Examiner's Office", None, "examiner"),
]
NURSING_HOMES = [
    "Willow Creek Skilled Nursing & Rehabilitation", "Maple Grove Assisted Living", "The Arbors at Fox Run",
    "Sacred Heart Home for the Aged", "Brookhaven Manor Nursing Center", "Lakeview Memory Care Residence",
]
HOSPICES = ["Compass Rose Hospice", "Gentle Tides Hospice & Palliative Care", "Heartland Meadows Home Health",
            "Amberlight Home Care Services"]
MOBILE_UNITS = ["Mobile Mammography Coach 2", "Lung Screening Mobile Unit 1", "Rural Outreach Imaging Van 3"]
VA_FACILITIES = ["Fort Calder VA Medical Center", "Sandhill Community-Based Outpatient Clinic",
                 "Naval Medical Center Kestrel Bay"]

# international: (country, city, postcode, phone prefix, health-number label)
INTL_PLACES = [
    ("United Kingdom", "Leeds", "LS6 3PQ", "+44 113", "NHS No."),
    ("United Kingdom", "Cardiff", "CF14 4XW", "+44 29", "NHS No."),
    ("United Kingdom", "Norwich", "NR4 7UY", "+44 1603", "NHS No."),
    ("Ireland", "Galway", "H91 YR71", "+353 91", "IHI"),
    ("Canada", "Winnipeg", "R3E 0W2", "+1 204", "PHIN"),
    ("Canada", "Halifax", "B3H 1V7", "+1 902", "Health Card No."),
    ("Canada", "Sherbrooke", "J1H 5N4", "+1 819", "RAMQ"),
    ("Australia", "Wollongong", "2500", "+61 2", "Medicare No."),
    ("Australia", "Townsville", "4814", "+61 7", "Medicare No."),
    ("New Zealand", "Rotorua", "3010", "+64 7", "NHI"),
    ("New Zealand", "Dunedin", "9016", "+64 3", "NHI"),
]
INTL_FACILITIES = {
    "United Kingdom": ["Royal Halden Infirmary", "St Aidan's Community Hospital", "Moorfield General Hospital"],
    "Ireland": ["University Hospital Clonmore", "Bon Secours Ardmore Clinic"],
    "Canada": ["Hôpital Sainte-Marguerite", "Red River Health Sciences Centre", "Bedford Basin General"],
    "Australia": ["Illawarra Coastal Hospital", "Ross River Base Hospital"],
    "New Zealand": ["Te Whare Ora Hospital", "Otakou Base Hospital"],
}
INTL_STREETS = {
    "United Kingdom": ["Beckett Road", "Clarendon Terrace", "Boundary Lane", "Mill Wynd", "Harcourt Crescent"],
    "Ireland": ["Tuam Road", "Father Griffin Road", "Bóthar na Trá"],
    "Canada": ["Rue Wellington Nord", "Avenue des Érables", "Osborne Street", "Spring Garden Road"],
    "Australia": ["Flinders Parade", "Crown Street", "Bundock Street"],
    "New Zealand": ["Kowhai Street", "Fenton Street", "George Street"],
}
INTL_EMAIL = {"United Kingdom": "nhs.example.uk", "Ireland": "hse.example.ie", "Canada": "health.example.ca",
              "Australia": "health.example.com.au", "New Zealand": "hospital.example.nz"}

PAYERS = ["Bluecrest Health Plan", "Keystone Mutual", "Sunstate Medicaid", "Heritage Advantage (HMO)",
          "Tri-Valley Choice PPO", "Great Plains Community Care", "Evergreen Medicare Advantage"]
EMPLOYERS = ["Atlas Freight Lines", "Dunmore Poultry Processing", "Calloway Brothers Roofing",
             "Tri-County Transit Authority", "Northern Lumber & Millwork", "Riverside Warehousing"]
LAW_FIRMS = ["Brandt, Okoye & Feld LLP", "The Halvorsen Law Group", "Marchetti Injury Attorneys",
             "Quarles-Ybarra Legal Services", "Pemberton & Associates"]
EMAIL_DOMAINS = ["mvrmc-health.org", "riverbend-imaging.net", "gsdi.example.org", "kmuh.edu.example",
                 "mailbox.example.com", "postbox.test", "quickmail.example.net", "lakeshorefhc.org.example"]
PORTAL_HOSTS = ["mychart.mvrmc-health.org", "portal.riverbend-imaging.net", "results.kmuh.edu.example",
                "app.radconnect.example.com", "images.copperhills.example.org"]
