"""Invented people, streets, facilities and places for blind14 (real city/state/country names only)."""

from __future__ import annotations

CULTURES = {
    "anglo": (["Jennifer", "Marcus", "Deborah", "Tyler", "Kathleen", "Gregory", "Brittany", "Dwayne", "Shannon",
               "Corey", "Megan", "Lionel", "Tamara", "Russell", "Heather", "Clifford"],
              ["Pruitt", "Whitaker", "Hargrove", "Lindqvist", "McAllister", "Dunleavy", "Fairbanks", "Thornbury",
               "Kessler", "Ridley", "Ashcombe", "Pettigrew", "Calloway", "Stroud"]),
    "word": (["Hope", "Summer", "Will", "Rose", "Mark", "Grace", "Faith", "Joy", "Dawn", "Autumn", "Hunter",
              "Ivy", "Destiny", "Miles", "Sterling", "Amber", "River", "Brooke"],
             ["Young", "Long", "Baker", "Bell", "Hill", "Graves", "Bishop", "Strong", "Rich", "Moody", "Banks",
              "Walker", "Fields", "Love", "Stone", "Wise", "Paget", "Parkinson", "Crohn", "Addison", "Cushing"]),
    "hispanic": (["María José", "Juan Carlos", "Guadalupe", "Xiomara", "Luis Fernando", "Yesenia", "Rigoberto",
                  "Maricela", "Jesús", "Ana Lucía"],
                 ["García Márquez", "Hernández Ruiz", "de la Cruz", "Ortega Salinas", "Villanueva", "Pérez de León",
                  "Rodríguez-Ochoa", "Castillo Mena", "Zúñiga", "Del Valle"]),
    "arabic": (["Ahmed", "Fatima", "Khalid", "Noura", "Yousef", "Mariam", "Omar", "Huda", "Tariq", "Layla"],
               ["Al-Harbi", "bin Saeed", "Haddad", "Al-Mansouri", "Abdelrahman", "El-Sayed", "Nasrallah",
                "Al-Qahtani", "bint Rashid", "Khoury"]),
    "chinese": (["Wei", "Xiaoming", "Jing", "Haoran", "Meiling", "Zhiqiang", "Yuxin", "Jianhua"],
                ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo", "Lin"]),
    "vietnamese": (["Thi Lan", "Van Minh", "Thanh Huong", "Duc Anh", "Ngoc Mai", "Quang Hai", "Thi Hoa", "Bao Chau"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang"]),
    "yoruba": (["Oluwaseun", "Folasade", "Babatunde", "Temitope", "Adebayo", "Olamide", "Ayodele", "Chiamaka",
                "Emeka", "Ngozi"],
               ["Adeyemi", "Ogunleye", "Balogun", "Adewale", "Oyelaran", "Okonkwo", "Eze", "Olatunji", "Nwosu"]),
    "indian": (["Priya", "Rajesh", "Ananya", "Venkatesh", "Lakshmi", "Arjun", "Deepika", "Sandeep", "Meenakshi",
                "Harpreet"],
               ["Raghunathan", "Iyer", "Chatterjee", "Reddy", "Deshpande", "Venkataraman", "Nair", "Sidhu",
                "Bhattacharya", "Kulkarni"]),
    "polish": (["Grzegorz", "Małgorzata", "Wojciech", "Agnieszka", "Krzysztof", "Zofia", "Bartłomiej", "Jadwiga"],
               ["Wiśniewski", "Kowalczyk", "Szymańska", "Brzęczyszczykiewicz", "Wójcik", "Zieliński", "Dąbrowska"]),
    "particle": (["Pieter", "Colleen", "Marguerite", "Declan", "Anneke", "Siobhan", "Luca", "Brigid"],
                 ["van der Berg", "O'Sullivan", "D'Angelo", "van Dijk", "De Souza", "da Silva", "MacLeod",
                  "von Bülow", "Le Roux", "O'Rourke", "ter Horst", "St. Clair"]),
    "hyphen": (["Danielle", "Kwame", "Naomi", "Rhys", "Imani", "Tobias"],
               ["Smith-Okafor", "Nakamura-Klein", "Baptiste-Lewis", "Okoye-Hart", "Lindgren-Abara", "Fitz-Gerald"]),
}
FAMILY_FIRST = {"chinese", "vietnamese"}
MIDDLES = ["A", "J", "M", "R", "L", "T", "K", "E", "Lee", "Marie", "Ann", "James"]


FEMALE = {"Jennifer", "Deborah", "Brittany", "Kathleen", "Megan", "Shannon", "Tamara", "Heather", "Hope", "Summer",
          "Rose", "Grace", "Faith", "Joy", "Dawn", "Autumn", "Ivy", "Destiny", "Amber", "Brooke", "María José",
          "Guadalupe", "Xiomara", "Yesenia", "Maricela", "Ana Lucía", "Fatima", "Noura", "Mariam", "Huda", "Layla",
          "Jing", "Meiling", "Yuxin", "Thi Lan", "Thanh Huong", "Ngoc Mai", "Thi Hoa", "Bao Chau", "Folasade",
          "Chiamaka", "Ngozi", "Priya", "Ananya", "Lakshmi", "Deepika", "Meenakshi", "Małgorzata", "Agnieszka",
          "Zofia", "Jadwiga", "Colleen", "Marguerite", "Anneke", "Siobhan", "Brigid", "Danielle", "Naomi", "Imani"}
NEUTRAL = {"River", "Olamide", "Ayodele", "Harpreet", "Temitope", "Wei", "Sterling"}
_REL = {"child": ("daughter", "son"), "spouse": ("wife", "husband"), "sibling": ("sister", "brother"),
        "parent": ("mother", "father"), "grandchild": ("granddaughter", "grandson"), "niece": ("niece", "nephew"),
        "she": ("she", "he"), "her": ("her", "his"), "herself": ("her", "him"), "aunt": ("aunt", "uncle"),
        "grandparent": ("grandmother", "grandfather"), "foster": ("foster mother", "foster father")}


class Person:
    def __init__(self, given: str, family: str, middle: str = "", culture: str = "anglo", sex: str = "F") -> None:
        self.given, self.family, self.middle, self.culture, self.sex = given, family, middle, culture, sex
        if culture == "polish":
            if sex == "F" and family.endswith("ski"):
                self.family = family[:-1] + "a"
            elif sex == "M" and family.endswith("ska"):
                self.family = family[:-1] + "i"
        if sex == "F" and family.startswith("bin "):
            self.family = "bint " + family[4:]
        elif sex == "M" and family.startswith("bint "):
            self.family = "bin " + family[5:]

    def rel(self, kind: str) -> str:
        """Relationship word or pronoun that fits this person's sex: p.rel("child") -> daughter/son."""
        return _REL[kind][0 if self.sex == "F" else 1]

    @property
    def full(self) -> str:
        if self.culture in FAMILY_FIRST:
            return f"{self.family} {self.given}"
        return " ".join(x for x in (self.given, self.middle, self.family) if x)

    @property
    def first_last(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def lf(self) -> str:
        return f"{self.family}, {self.given}" + (f" {self.middle[0]}" if self.middle else "")

    @property
    def LF(self) -> str:
        return self.lf.upper()

    @property
    def init(self) -> str:
        return f"{self.given[0]}. {self.family}"

    @property
    def lower(self) -> str:
        return self.first_last.lower()

    @property
    def caps(self) -> str:
        return self.full.upper()


def person(r, culture: str | None = None, middle: bool | None = None, sex: str | None = None) -> Person:
    culture = culture or r.choice(list(CULTURES))
    firsts, lasts = CULTURES[culture]
    given = r.choice(firsts)
    psex = r.choice("FM") if given in NEUTRAL else ("F" if given in FEMALE else "M")
    while sex and psex != sex:
        given = r.choice(firsts)
        psex = sex if given in NEUTRAL else ("F" if given in FEMALE else "M")
    mid = r.choice(MIDDLES) if (middle if middle is not None else r.random() < 0.3) else ""
    if culture in FAMILY_FIRST or culture in ("hispanic", "arabic", "polish"):
        mid = ""
    if psex == "M" and mid in ("Marie", "Ann"):
        mid = "James"
    return Person(given, r.choice(lasts), mid, culture, psex)


def people(r, n: int, culture: str | None = None, sexes: str = "") -> list[Person]:
    """n people with distinct given and family names; sexes optionally fixes the first len(sexes) ("F", "M")."""
    out: list[Person] = []
    while len(out) < n:
        p = person(r, culture, sex=sexes[len(out)] if len(out) < len(sexes) else None)
        toks = {t for q in out for t in (q.given, q.family)}
        if p.given not in toks and p.family not in toks and p.given != p.family:
            out.append(p)
    return out


STREET_NAMES = ["Larkspur", "Old Mill", "Pemberton", "Quarry Ridge", "Sycamore Bend", "Tanager", "Halsey",
                "Wexford", "Cobblestone", "Juniper Hollow", "Marigold", "Bramblewood", "Kestrel", "Fenwick"]
STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Terrace", "Pl"]
UNITS = ["Apt 4B", "Unit 12", "#305", "Apt 2", "Suite 110", "Lot 17", "Apt. 9C"]

US_CITIES = [("Dayton", "OH"), ("Tucson", "AZ"), ("Spokane", "WA"), ("Omaha", "NE"), ("Chattanooga", "TN"),
             ("Albany", "NY"), ("Boise", "ID"), ("Wichita", "KS"), ("Durham", "NC"), ("Eugene", "OR"),
             ("Scranton", "PA"), ("Lafayette", "LA"), ("Fort Collins", "CO"), ("Green Bay", "WI"),
             ("Kalamazoo", "MI"), ("Worcester", "MA"), ("Rapid City", "SD"), ("Las Cruces", "NM")]

FACILITIES = ["St. Brigid Regional Medical Center", "Lakeview Cancer Institute", "Mercy Ridge Hospital",
              "Northgate Imaging Center", "Cedar Hollow Community Hospital", "Bayshore Children's Hospital",
              "Prairie Sky Medical Center", "Kettle River Health", "Holloway Heart and Vascular Institute",
              "Saint Ambrose University Hospital", "Riverbend Diagnostic Imaging", "Greystone Memorial Hospital",
              "Sunfield Outpatient Radiology", "Willowmere Hospice House", "Foxglove Women's Center",
              "Tri-County Comprehensive Stroke Center"]


def street(r, unit: bool | None = None) -> str:
    s = f"{r.randint(3, 9899)} {r.choice(STREET_NAMES)} {r.choice(STREET_SUFFIX)}"
    if unit if unit is not None else r.random() < 0.3:
        s += f", {r.choice(UNITS)}"
    return s


def us_zip(r) -> str:
    return f"{r.randint(10, 99)}{r.randint(0, 999):03d}"


def us_address(r, sep: str = "\n", unit: bool | None = None) -> list:
    city, state = r.choice(US_CITIES)
    return [("ST", street(r, unit)), (None, sep), ("CITY", city), (None, f", {state} "), ("ZIP", us_zip(r))]


SPECIAL = {"peds": ["Bayshore Children's Hospital", "Saint Ambrose University Hospital"],
           "ob": ["Foxglove Women's Center", "Saint Ambrose University Hospital", "Mercy Ridge Hospital"],
           "hospice": ["Willowmere Hospice House", "Kettle River Health"]}
GENERAL = [f for f in FACILITIES if f not in ("Bayshore Children's Hospital", "Willowmere Hospice House",
                                                "Foxglove Women's Center")]


def facility(r, exclude: tuple = (), kind: str = "") -> str:
    """An invented facility name; kind picks a paediatric, obstetric or hospice one."""
    return r.choice([f for f in (SPECIAL[kind] if kind else GENERAL) if f not in exclude])
