"""Invented people from many naming traditions, and the ways hospital systems write their names.

Why: names are the PHI type detectors miss most in real traffic (surnames that are words or eponyms, particles,
apostrophes, double surnames, mononyms, lower-case dictation). Every combination here is random and invented.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# tradition -> (female given, male given, family); multi-word family names keep their particles.
TRADITIONS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "vietnamese": (["Lan", "Thu", "Mai", "Ngoc Anh", "Hoa", "Linh", "Trang"],
                   ["Minh", "Tuan", "Duc", "Quang", "Hieu", "Bao", "Khanh"],
                   ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh", "Dang", "Bui", "Do"]),
    "nigerian": (["Ngozi", "Chiamaka", "Oluwaseun", "Ifeoma", "Adaeze", "Funmilayo", "Yetunde"],
                 ["Chukwuemeka", "Adebayo", "Oluwafemi", "Emeka", "Tunde", "Obinna", "Babatunde"],
                 ["Okafor", "Adeyemi", "Bakare", "Ogunleye", "Eze", "Nwosu", "Okonkwo", "Adeleke", "Olaniyan"]),
    "arabic": (["Fatima", "Layla", "Noor", "Mariam", "Huda", "Rania", "Samira"],
               ["Mohammed", "Yousef", "Abdulrahman", "Khaled", "Omar", "Tariq", "Hamza"],
               ["Al-Rashid", "El-Sayed", "Haddad", "Al Hashimi", "Abu-Ghazaleh", "Nasser", "Mansour", "Darwish"]),
    "polish": (["Małgorzata", "Agnieszka", "Katarzyna", "Zofia", "Joanna", "Ewa"],
               ["Krzysztof", "Grzegorz", "Tomasz", "Wojciech", "Paweł", "Jerzy"],
               ["Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Szczepański", "Lewandowski", "Dąbrowski"]),
    "hispanic": (["María José", "Rosa Elena", "Guadalupe", "Ximena", "Luz Marina", "Ana Lucía"],
                 ["Juan Carlos", "José Luis", "Alejandro", "Jesús", "Miguel Ángel", "Rodrigo"],
                 ["García López", "Hernández-Ruiz", "Martínez de la Cruz", "Ramírez Ortega", "De León",
                  "Villanueva Soto", "Peña", "Núñez"]),
    "irish": (["Siobhán", "Niamh", "Aoife", "Caoimhe", "Róisín", "Maeve"],
              ["Declan", "Ciarán", "Pádraig", "Eoin", "Cathal", "Seamus"],
              ["O'Sullivan", "McCarthy", "O'Donnell", "MacNamara", "Ó Briain", "McGillicuddy", "O'Dwyer", "Mc Grath"]),
    "dutch": (["Anouk", "Femke", "Sanne", "Lieke", "Marieke"],
              ["Pieter", "Joost", "Bram", "Sjoerd", "Maarten"],
              ["van der Berg", "de Vries", "van den Heuvel", "ter Haar", "van Dijk", "Verhoeven", "de Jong"]),
    "south_asian": (["Priya", "Lakshmi", "Anjali", "Deepa", "Harpreet", "Sunita"],
                    ["Venkatesh", "Rahul", "Arjun", "Sanjay", "Gurpreet", "Imran"],
                    ["Raghunathan", "Subramaniam", "Chaudhry", "Venkataraman", "Bhattacharya", "Sandhu", "Iyer"]),
    "east_asian": (["Wei", "Mei Ling", "Ji-woo", "Yuki", "Xiaoling", "Min-seo"],
                   ["Hao", "Jun", "Seung-hoon", "Takeshi", "Zhiwei", "Dae-jung"],
                   ["Zhang", "Chen", "Park", "Kim", "Watanabe", "Liu", "Huang", "Choi"]),
    "anglo_word": (["Faith", "Hope", "Grace", "Joy", "April", "June", "Summer", "Dawn", "Ivy", "Holly"],
                   ["Chance", "Drew", "Lane", "Hunter", "Guy", "Rich", "Royal", "Sterling", "Frank", "Wade"],
                   ["Baker", "Bell", "Hill", "Graves", "Long", "Young", "King", "Rose", "Frost", "Price",
                    "Strong", "Moody", "Wood", "Story"]),
    "anglo": (["Siobhan", "Margaret", "Deborah", "Kimberly", "Tamara", "Lorraine", "Brittany", "Evelyn"],
              ["William", "Robert", "Thomas", "Dwayne", "Kenneth", "Harold", "Cody", "Russell"],
              ["Whitfield", "Ellis-Whitfield", "Harrington", "Pemberton", "Caldwell", "Sutherland", "Jackson",
               "Osborne", "Lockhart-Baines", "Kincaid"]),
    "eponym_surname": (["Eleanor", "Ruth", "Doris", "Janet"], ["Albert", "Walter", "Ernest", "Leonard"],
                       ["Parkinson", "Paget", "Addison", "Cushing", "Hodgkin", "Colles", "Wilson", "Chance"]),
    "east_african": (["Tigist", "Hodan", "Ayan", "Meseret"], ["Abdirahman", "Dawit", "Abdiwali", "Yonas"],
                     ["Warsame", "Tesfaye", "Abdi", "Haile", "Farah"]),
    "turkish_greek": (["Ayşe", "Elif", "Eleni", "Sofia"], ["Mehmet", "Emre", "Giorgos", "Nikos"],
                      ["Yılmaz", "Çelik", "Papadopoulos", "Georgiou"]),
    "slavic_nordic": (["Svetlana", "Olga", "Ingrid", "Astrid"], ["Dmitri", "Sergei", "Lars", "Henrik"],
                      ["Volkov", "Sokolov", "Lindqvist", "Halvorsen"]),
    "southern_african_pacific": (["Nomvula", "Thandiwe", "Pua", "Leilani"], ["Sipho", "Themba", "Keoni", "Kekoa"],
                                 ["Dlamini", "Nkosi", "Kahananui", "Kealoha"]),
}
# Single names as they arrive from registration (family name unknown): the record shows a FNU/LNU filler.
MONONYMS = ["Sutrisno", "Kartini", "Wiranto", "Mulyani", "Aung", "Thida", "Jaswant"]
NICKNAMES = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Kenneth": "Kenny", "Thomas": "Tom",
             "Russell": "Rusty", "Kimberly": "Kim", "Deborah": "Debbie", "Harold": "Hal", "Chukwuemeka": "Emeka",
             "Oluwafemi": "Femi", "Funmilayo": "Funmi", "Oluwaseun": "Seun", "Abdulrahman": "Abdul",
             "Mohammed": "Mo", "Yousef": "Joe", "Krzysztof": "Chris", "Małgorzata": "Gosia", "Katarzyna": "Kasia",
             "Grzegorz": "Greg", "Wojciech": "Wojtek", "Guadalupe": "Lupe", "Alejandro": "Alex", "Jesús": "Chuy",
             "Tuan": "Tony", "Minh": "Mike", "Xiaoling": "Lily", "Seung-hoon": "Sam", "Venkatesh": "Venky",
             "Pádraig": "Paddy", "Dmitri": "Dima", "Svetlana": "Sveta", "Abdirahman": "Abdi"}
# Everyday names people adopt at work or school, whatever their given name.
ADOPTED_NICKNAMES = {"F": ["Lily", "Annie", "Sunny", "Kay", "Bee", "Dolly"],
                     "M": ["Tony", "Jay", "Sonny", "Junior", "Buddy", "Mo"]}
MIDDLE = "ABCDEFGHJKLMNPRSTW"
# Two-letter initials that would read as a clinical or state abbreviation get a third letter, as staff lists do.
_AMBIGUOUS_INITIALS = {"MD", "DO", "CT", "MR", "US", "XR", "PE", "ED", "NP", "RN", "PA", "IR", "OR", "ER", "IV",
                       "MG", "RT", "HR", "BP", "GI", "IP", "OP", "RB", "TR", "MA", "OH", "IL", "TX", "GA", "MN", "NC",
                       "AZ", "NY", "WI", "ON", "QC", "NB", "SA", "WA", "ID", "SN"}


def ascii_fold(s: str) -> str:
    """``s`` without diacritics (many RIS and billing systems are ASCII-only)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Person:
    """One invented person; the methods return the name (no title) in a given written form."""

    given: str
    family: str
    middle: str
    sex: str
    tradition: str
    nick: str = ""
    ascii_records: bool = False

    @property
    def mononym(self) -> bool:
        return not self.family

    def _rec(self, s: str) -> str:
        return ascii_fold(s) if self.ascii_records else s

    def full(self) -> str:
        """``Ngozi Adeyemi``."""
        return self.given if self.mononym else f"{self.given} {self.family}"

    def full_mi(self) -> str:
        """``Ngozi A. Adeyemi``."""
        if self.mononym or not self.middle:
            return self.full()
        return f"{self.given} {self.middle}. {self.family}"

    def nick_full(self) -> str:
        """``Robert 'Bobby' Whitfield`` (single quotes, so the form also survives JSON)."""
        if not self.nick or self.mononym:
            return self.full()
        return f"{self.given} '{self.nick}' {self.family}"

    def surname(self) -> str:
        """``Adeyemi``; a leading particle is capitalised as it is after a title (``Dr. Van der Berg``)."""
        return self.given if self.mononym else self.family

    def last_first(self) -> str:
        """``Adeyemi, Ngozi A``."""
        if self.mononym:
            return self.given
        mid = f" {self.middle}" if self.middle else ""
        return f"{self.family}, {self.given}{mid}"

    def upper(self) -> str:
        """``ADEYEMI, NGOZI A`` as RIS and billing systems print it."""
        return self._rec(self.last_first()).upper()

    def hl7(self) -> str:
        """``ADEYEMI^NGOZI^A`` (HL7 XPN family^given^middle)."""
        if self.mononym:
            return self._rec(self.given).upper()
        parts = [self.family, self.given] + ([self.middle] if self.middle else [])
        return self._rec("^".join(parts)).upper()

    def initial_last(self) -> str:
        """``N. Adeyemi``."""
        return self.given if self.mononym else f"{self.given[0]}. {self.family}"

    def lower(self) -> str:
        """``ngozi adeyemi`` as speech recognition writes it."""
        return self.full().lower()

    def initials(self) -> str:
        """``NA`` (technologist and transcriptionist initials)."""
        if self.mononym:
            return self.given[:2].upper()
        fam = self.family.replace("'", "").split()[-1]
        two = (self.given[0] + fam[0]).upper()
        if self.middle:
            return two[0] + self.middle + two[1]
        return two if two not in _AMBIGUOUS_INITIALS else (self.given[0] + fam[:2]).upper()

    def given_only(self) -> str:
        """``Ngozi`` (chat, portal)."""
        return self.given.split()[0]


def _gendered(family: str, sex: str) -> str:
    """Polish -ski/-cki and Russian -ov surnames take the feminine form for women (and back for men)."""
    masc = family
    if family.endswith(("ska", "cka")):
        masc = family[:-1] + "i"
    elif family.endswith(("ova", "eva")):
        masc = family[:-1]
    if sex == "F" and masc.endswith(("ski", "cki")):
        return masc[:-1] + "a"
    if sex == "F" and masc.endswith(("ov", "ev")):
        return masc + "a"
    return masc


def make_person(rng: random.Random, tradition: str | None = None, family: str | None = None,
                sex: str | None = None) -> Person:
    """A random person; ``tradition``, ``family`` (e.g. an eponym surname) or ``sex`` may be forced."""
    sex = sex or rng.choice("FM")
    if tradition is None:
        if rng.random() < 0.05:
            return Person(rng.choice(MONONYMS), "", "", sex, "mononym")
        tradition = rng.choice(sorted(TRADITIONS))
    females, males, families = TRADITIONS[tradition]
    given = rng.choice(females if sex == "F" else males)
    fam = _gendered(family or rng.choice(families), sex)
    middle = rng.choice(MIDDLE) if rng.random() < 0.55 else ""
    nick = NICKNAMES.get(given, "") if rng.random() < 0.7 else ""
    if not nick and rng.random() < 0.3:
        nick = rng.choice(ADOPTED_NICKNAMES[sex])
    return Person(given, fam, middle, sex, tradition, nick, ascii_records=rng.random() < 0.6)


def relative_of(rng: random.Random, p: Person, sex: str | None = None) -> Person:
    """A family member: same tradition and family name (in the right gender form), a different given name."""
    if p.mononym:
        return make_person(rng, sex=sex)
    tradition = p.tradition if p.tradition in TRADITIONS else None
    while True:
        r = make_person(rng, tradition, family=p.family, sex=sex)
        if r.given != p.given:
            return r
