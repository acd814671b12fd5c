"""Invented name, place and facility pools (no real people; cities are ordinary place names).

Each origin has female and male given names and surnames.  Lists are '|'-separated strings so that
the module stays short; nothing here is a set, so iteration order (and the corpus) is stable.
"""

from __future__ import annotations


def _l(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split("|") if x.strip())


ORIGINS = {
    "us": dict(
        f=_l("Linda|Barbara|Susan|Karen|Deborah|Sharon|Kathleen|Shirley|Brenda|Pamela|Carolyn|Janet|Joyce|"
             "Gloria|Judith|Megan|Cheryl|Martha|Frances|Beverly|Doris|Marilyn|Theresa|Brittany|Kayla|Lori|"
             "Tammy|Crystal|Heather|Amber|Courtney|Whitney|Peggy|Wanda|Bonnie|Darlene|Loretta|Rhonda"),
        m=_l("Robert|Michael|William|Richard|Thomas|Charles|Donald|Kenneth|Timothy|Ronald|Gary|Larry|Jeffrey|"
             "Gregory|Raymond|Dennis|Walter|Harold|Douglas|Carl|Arthur|Roger|Wayne|Ralph|Russell|Howard|"
             "Clarence|Earl|Lloyd|Dwayne|Travis|Cody|Dustin|Randall|Vernon|Leroy|Floyd|Curtis"),
        s=_l("Whitaker|Hollister|Pruitt|McAllister|Dunleavy|Fairbanks|Kowalski|Hargrove|Pendleton|Ashworth|"
             "Bramlett|Culpepper|Ellsworth|Gaskins|Holcomb|Kincaid|Lockhart|Mayfield|Northcutt|Ogletree|"
             "Prescott|Quarles|Rutledge|Satterfield|Thibodeaux|Underwood|Vance|Wadsworth|Yarbrough|Zeller|"
             "O'Brien|O'Connor|MacLeod|Van Buren|LaFleur|St. Pierre|Hughes-Whitmore|Calloway|Dempsey"),
    ),
    "word": dict(    # given names and surnames that are also ordinary words, months or eponyms
        f=_l("Hope|Faith|Grace|Joy|Rose|June|April|May|Ivy|Pearl|Summer|Dawn|Destiny|Precious|Iris|Autumn"),
        m=_l("Will|Frank|Bill|Mark|Dale|Glen|Cliff|Rocky|Guy|Art|Chance|Heath|Rusty|Sonny|Buck|Hunter"),
        s=_l("Baker|Bell|Hill|Graves|Long|Young|Parkinson|Cushing|Addison|Hodgkin|Paget|Chiari|Jones|Smith|"
             "Stone|Frost|Marsh|Banks|Rivers|Moody|Sharp|Little|Short|Strong|Wise|Swift|Golden|Church|"
             "English|Love|Gross|Friday|Meckel|Bankart|Winter|Hale|Wolfe|Street|Brown|White"),
    ),
    "es": dict(
        f=_l("María Guadalupe|Rosa|Carmen|Lucía|Ana Sofía|Marisol|Yesenia|Ximena|Itzel|Alejandra|Graciela|"
             "Maricela|Esperanza|Dolores|Consuelo|Beatriz|Josefina|Paola"),
        m=_l("José Luis|Juan Carlos|Jesús|Alejandro|Miguel Ángel|Jorge|Rafael|Francisco|Javier|Ernesto|"
             "Rigoberto|Efraín|Héctor|Santiago|Joaquín|Armando|Ramón|Luis Fernando"),
        s=_l("García|Hernández|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Torres|Flores|"
             "Rivera|Gómez|Díaz|Reyes|Cruz|Morales|Gutiérrez|Chávez|Mendoza|Castillo|de la Cruz|de León|"
             "del Valle|García-Márquez|Hernández Ruiz|Villarreal|Zúñiga|Ochoa|Barrientos|Saldaña"),
    ),
    "vi": dict(
        f=_l("Thi Lan|Thanh Huong|Thi Mai|Ngoc Anh|Thu Trang|Phuong|Kim Oanh|Bich Ngoc|Hoa|Linh|Thi Hanh"),
        m=_l("Van Minh|Minh Tuan|Quoc Bao|Duc Anh|Huu Phuoc|Van Long|Thanh Tung|Khanh|Hieu|Van Hai"),
        s=_l("Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Ngo|Duong|Truong|Nguyễn|Trần|Phạm"),
    ),
    "ar": dict(
        f=_l("Fatima|Aisha|Layla|Noor|Mariam|Huda|Rania|Samira|Yasmin|Amal|Dalia|Salma|Hanan"),
        m=_l("Mohammed|Ahmed|Omar|Khalid|Yousef|Hassan|Tariq|Samir|Bilal|Karim|Mahmoud|Faisal|Ibrahim"),
        s=_l("Al-Masri|Abdel-Rahman|Haddad|Khoury|Nasser|El-Sayed|Al-Farsi|Hamdan|Saleh|Abu-Zeid|"
             "Al Rashidi|Mansour|Qasim|bin Saleh|El Amrani|Barakat|Othman"),
    ),
    "zh": dict(
        f=_l("Xiu Ying|Li Na|Mei|Jing|Hui Min|Yan|Xiaoling|Shu Fen|Qian|Wing Yee|Mei Ling|Yuen"),
        m=_l("Wei|Zhiwei|Xiaoming|Jun|Hao|Jian|Yi|Chun Kit|Ka Wai|Guoqiang|Tao|Wai Man"),
        s=_l("Zhang|Wang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Zhu|Guo|Lin|Gao|Luo|Wong|Chan|Leung|Cheung|"
             "Lau|Ng|Tse|Chow|Lam|Yip|Li|Wu|Sun"),
    ),
    "in": dict(
        f=_l("Priya|Anjali|Deepa|Lakshmi|Kavya|Sunita|Meera|Pooja|Revathi|Shalini|Nandini|Harpreet|Padma"),
        m=_l("Rahul|Arjun|Vikram|Sanjay|Rajesh|Suresh|Anil|Venkat|Srinivas|Aditya|Gurpreet|Prakash|Naveen"),
        s=_l("Patel|Shah|Reddy|Iyer|Venkataraman|Chatterjee|Banerjee|Nair|Menon|Gupta|Sharma|Singh|Kaur|"
             "Rao|Krishnamurthy|Subramanian|Desai|Joshi|Bhattacharya|Pillai|Mukherjee|Agarwal|Raghunathan"),
    ),
    "ng": dict(
        f=_l("Ngozi|Chiamaka|Folake|Temitope|Ifeoma|Funmilayo|Yetunde|Adaeze|Oluwakemi|Nneka|Bisola"),
        m=_l("Adebayo|Oluwaseun|Chukwuemeka|Obinna|Emeka|Babajide|Chinedu|Olumide|Tunde|Ikenna|Segun"),
        s=_l("Okonkwo|Adeyemi|Okafor|Eze|Nwosu|Balogun|Ogunleye|Adeleke|Obi|Nwachukwu|Oyelaran|Akinola|"
             "Ibekwe|Olawale|Smith-Okafor|Adebayo-Cole|Onyekachi|Uzoma"),
    ),
    "ee": dict(
        f=_l("Katarzyna|Agnieszka|Ivana|Jelena|Natalia|Svetlana|Irina|Anca|Oksana|Zuzana|Milena|Bogdana"),
        m=_l("Piotr|Tomasz|Dmitri|Oleksandr|Milan|Zoltán|Bogdan|Radoslav|Mihai|Vasyl|Jaroslav|Grzegorz"),
        s=_l("Kowalczyk|Wiśniewski|Nowak|Novák|Dvořák|Ivanova|Petrov|Horváth|Szabó|Popescu|Dragomir|"
             "Kovalenko|Shevchenko|Jovanović|Petrović|Marinescu|Zieliński|Kuznetsov|Bondarenko|Wojcik"),
    ),
    "eu": dict(      # particle surnames and other European names
        f=_l("Annelies|Giulia|Francesca|Ingrid|Sinéad|Aoife|Marguerite|Helga|Chiara|Saoirse|Elodie"),
        m=_l("Pieter|Giovanni|Matteo|Lars|Ciarán|Declan|Henrik|Luca|Johannes|Étienne|Rory"),
        s=_l("van der Berg|de Vries|von Hagen|De Luca|Di Stefano|da Silva|dos Santos|D'Angelo|Le Blanc|"
             "du Plessis|ter Haar|van Dijk|O'Sullivan|Ní Bhriain|Mac Giolla|Fitzgerald|Lindqvist|Rossi"),
    ),
}
ORIGIN_WEIGHTS = (("us", 30), ("word", 14), ("es", 14), ("vi", 7), ("ar", 7), ("zh", 8), ("in", 9),
                  ("ng", 6), ("ee", 7), ("eu", 6))
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"
NICKNAMES = {"Robert": "Bobby", "William": "Billy", "Richard": "Rick", "Thomas": "Tommy", "Kathleen": "Kathy",
             "Deborah": "Debbie", "Pamela": "Pam", "Theresa": "Terri", "Gregory": "Greg", "Kenneth": "Ken",
             "Timothy": "Tim", "Raymond": "Ray", "Douglas": "Doug", "Margaret": "Peggy", "Susan": "Sue",
             "Barbara": "Barb", "Jorge": "Coco", "Francisco": "Pancho", "Guadalupe": "Lupe", "Alejandro": "Alex",
             "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Oleksandr": "Sasha", "Katarzyna": "Kasia"}

SAINTS = _l("Brendan|Agatha|Lucian|Cecilia|Anselm|Bartholomew|Clement|Hedwig|Adalbert|Monica|Columba|"
            "Gertrude|Benedict|Isidore|Scholastica|Aidan|Walburga|Casimir")
PLACES = _l("Mercy Ridge|Lakeshore|Harbor Point|Cedar Hollow|Pine Valley|Riverbend|Northgate|Eastfield|"
            "Summit View|Maple Grove|Willow Creek|Stonebridge|Clearwater Bay|Bayfront|Silver Lake|Red Oak|"
            "Prairie Wind|Copper Canyon|Blue Heron|Fox Run|Twin Rivers|Granite Falls|Hollow Brook|"
            "Sandpiper Cove|Iron Mountain|Larkspur|Juniper Hills|Meadowbrook|Crescent Valley|Oak Terrace")
FOUNDERS = _l("Hartwell|Abernathy|Kessling|Montrose|Whitcombe|Delacroix|Brightwater|Alcott|Pemberton|"
              "Thornbury|Vandermeer|Castellano|Halvorsen")
HOSPITAL_KINDS = _l("Medical Center|Regional Medical Center|Community Hospital|Memorial Hospital|"
                    "General Hospital|Health Center|University Hospital|Hospital")
OUTPATIENT_KINDS = _l("Imaging Center|Outpatient Imaging|Radiology Associates|Women's Imaging Center|"
                      "Breast Center|Family Clinic|Orthopedic Clinic|Urgent Care|Cancer Institute|"
                      "Surgery Center|Vascular Institute|Diagnostic Imaging|Primary Care|Spine & Pain Clinic")
BREAST_KINDS = _l("Breast Center|Women's Imaging Center|Imaging Center|Diagnostic Imaging|Breast Health Center|"
                   "Mammography Center|Outpatient Imaging")
CARE_KINDS = _l("Nursing and Rehabilitation Center|Skilled Nursing Facility|Assisted Living|Senior Living|"
                "Care Center|Health and Rehab|Transitional Care Unit|Hospice House")
UK_KINDS = _l("General Hospital|Royal Infirmary|District General Hospital|Community Hospital")
AU_KINDS = _l("Private Hospital|Base Hospital|Health Service|Radiology")

US_CITIES = (
    ("Eugene", "OR", "974"), ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"), ("Springfield", "IL", "627"),
    ("Lowell", "MA", "018"), ("Macon", "GA", "312"), ("Yakima", "WA", "989"), ("Billings", "MT", "591"),
    ("Dayton", "OH", "454"), ("Jackson", "MS", "392"), ("Florence", "SC", "295"), ("Marion", "IN", "469"),
    ("Austin", "TX", "787"), ("Troy", "NY", "121"), ("Augusta", "GA", "309"), ("Charlotte", "NC", "282"),
    ("Lincoln", "NE", "685"), ("Warren", "MI", "480"), ("Tyler", "TX", "757"), ("Madison", "WI", "537"),
    ("Independence", "MO", "640"), ("Paris", "TX", "754"), ("Lafayette", "LA", "705"), ("Chandler", "AZ", "852"),
    ("Beaumont", "TX", "777"), ("Allentown", "PA", "181"), ("Worcester", "MA", "016"), ("Hialeah", "FL", "330"),
    ("Santa Fe", "NM", "875"), ("Bowling Green", "KY", "421"), ("Sioux Falls", "SD", "571"),
    ("Cedar Rapids", "IA", "524"), ("Green Bay", "WI", "543"), ("Fort Wayne", "IN", "468"),
    ("Las Cruces", "NM", "880"), ("Ogden", "UT", "844"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"),
    ("Kalamazoo", "MI", "490"), ("Duluth", "MN", "558"), ("Shreveport", "LA", "711"), ("Odessa", "TX", "797"),
    ("Athens", "GA", "306"), ("Columbia", "MO", "652"), ("Camden", "NJ", "081"), ("Elizabeth", "NJ", "072"),
    ("Victoria", "TX", "779"), ("Marshall", "TX", "756"), ("Hope", "AR", "718"), ("Provo", "UT", "846"),
    ("Roanoke", "VA", "240"), ("Scranton", "PA", "185"), ("Pueblo", "CO", "810"), ("Mesa", "AZ", "852"),
)
UK_CITIES = (("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Norwich", "NR"), ("Exeter", "EX"),
             ("Preston", "PR"), ("Derby", "DE"), ("Swansea", "SA"), ("Dundee", "DD"), ("York", "YO"))
AU_CITIES = (("Ballarat", "VIC", "33"), ("Geelong", "VIC", "32"), ("Toowoomba", "QLD", "43"),
             ("Wollongong", "NSW", "25"), ("Newcastle", "NSW", "23"), ("Bendigo", "VIC", "35"),
             ("Launceston", "TAS", "72"), ("Cairns", "QLD", "48"))
CA_CITIES = (("Hamilton", "ON", "L8"), ("Kingston", "ON", "K7"), ("Saskatoon", "SK", "S7"),
             ("Moncton", "NB", "E1"), ("Kelowna", "BC", "V1"), ("Sherbrooke", "QC", "J1"))
IE_NZ_CITIES = (("Galway", "IE", "H91"), ("Limerick", "IE", "V94"), ("Cork", "IE", "T12"),
                ("Hamilton", "NZ", "32"), ("Dunedin", "NZ", "90"), ("Tauranga", "NZ", "31"))

STREET_NAMES = _l("Oak Hollow|Maple|Pine Ridge|Cedar|Elm|Birch|Willow Bend|Main|Church|Mill|Lake|Hill|Park|"
                  "Washington|Jefferson|Sunset|Riverside|Meadowlark|Quail Run|Juniper|Magnolia|Dogwood|"
                  "Cottonwood|Sycamore|Chestnut|Walnut|Hawthorne|Briarwood|Foxglove|Kingfisher|Harbor|"
                  "Old Mill|Country Club|Prospect|Lantern|Bluebonnet|Cherry Blossom|Heron Point|Vista")
STREET_SUFFIX = _l("St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Ct|Way|Pl|Terrace|Pkwy|Circle|Trail")
UNITS = _l("Apt 3B|Apt 12|Unit 4|#204|Suite 110|Lot 17|Apt. 2C|Unit 7A|Bldg C Apt 9|#11")
UK_STREETS = _l("Whitcombe Road|Alder Close|Mill Lane|Victoria Terrace|Station Road|Kingsway|Beech Grove|"
                "Orchard Way|Rectory Lane|Highfield Crescent")
AU_STREETS = _l("Banksia Street|Wattle Avenue|Grevillea Crescent|Jacaranda Drive|Kookaburra Court|"
                "Bottlebrush Road|Ironbark Parade")

EMAIL_DOMAINS = _l("gmail.com|yahoo.com|outlook.com|icloud.com|hotmail.com|aol.com|comcast.net|att.net|"
                   "protonmail.com|msn.com")
