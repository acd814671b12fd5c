"""Invented pools for blind36: names, locales (phones, postcodes, streets), facilities, findings."""

from __future__ import annotations

from b36_core import Person, m

# (given names, family names, eastern order, nickname map, formal uses given)
ORIGINS = {
    "irish": (["Siobhán", "Pádraig", "Aoife", "Ciarán", "Bríd", "Eoin", "Niamh"],
              ["O'Driscoll", "Mac Giolla Phádraig", "Ó Floinn", "Keohane", "O'Sullivan-Byrne", "Ní Bhriain"],
              False, {"Pádraig": "Podge", "Bríd": "Breda"}, False),
    "scots": (["Hamish", "Morag", "Ailsa", "Fraser", "Euan"], ["McKechnie", "MacLeod", "McAllister", "Cruickshank"],
              False, {"Hamish": "Hammy"}, False),
    "english": (["Derek", "Maureen", "Gwendolyn", "Trevor", "Beryl", "Nigel", "Pauline"],
                ["Baker", "Long", "Hill", "Young", "Bell", "Fairweather", "Ashdown-Pryce", "Graves"],
                False, {"Gwendolyn": "Gwen", "Beryl": "Bee"}, False),
    "afrikaans": (["Pieter", "Annelie", "Jaco", "Marié", "Hennie"], ["van der Merwe", "du Plessis", "van Niekerk",
                  "de Villiers", "Oosthuizen"], False, {"Hendrik": "Hennie"}, False),
    "nguni": (["Sibusiso", "Nomvula", "Thandeka", "Lwazi", "Bongani", "Zanele", "Mandla"],
              ["Dlamini", "Mthembu", "Ngcobo", "Mahlangu", "Khumalo", "Mokoena", "Sithole"],
              False, {"Bongani": "Bongi", "Sibusiso": "Sbu"}, False),
    "nigerian": (["Oluwaseun", "Chiamaka", "Adaeze", "Babatunde", "Ngozi", "Emeka", "Folasade", "Ibrahim", "Chinedu",
                  "Aisha", "Obiageli"],
                 ["Adeyemi", "Okonkwo", "Nwachukwu", "Ogunleye", "Eze-Ukwu", "Bello", "Abubakar", "Olawale",
                  "Onyekachi", "Danjuma", "Akinola"], False,
                 {"Babatunde": "Tunde", "Oluwaseun": "Seun", "Adaeze": "Ada"}, False),
    "indian": (["Lakshmi", "Venkatesh", "Priyanka", "Harpreet", "Aniruddh", "Meenakshi", "Sunita", "Ramesh", "Kavya",
                "Mohammed Irfan", "Gurpreet", "Anjali", "Shivakumar"],
               ["Venkataraman", "Iyer", "Gill", "Chatterjee", "Nair", "Deshpande", "Reddy", "Kulkarni", "Pillai",
                "Banerjee", "Yadav", "D'Souza", "Sheikh"], False,
               {"Venkatesh": "Venky", "Meenakshi": "Meena"}, False),
    "filipino": (["Maria Luisa", "Jose Rizalino", "Marites", "Rodelio", "Ma. Theresa", "Cresencia", "Jonathan", "Lorna",
                  "Ramil"],
                 ["dela Cruz", "de los Santos", "Macaraeg", "Dimaculangan", "Villanueva", "Bautista", "Pangilinan",
                  "Del Rosario", "Sison"], False,
                 {"Jose Rizalino": "Jun-Jun", "Ma. Theresa": "Tess", "Rodelio": "Bong"}, False),
    "caribbean": (["Delroy", "Marcia", "Winston", "Claudette", "Kemar"], ["Thwaites", "Braithwaite", "Campbell",
                  "McFarlane", "St. Rose"], False, {"Claudette": "Dettie"}, False),
    "pacific": (["Aroha", "Wiremu", "Mere", "Sione", "Losana"], ["Te Whata", "Ngata", "Tuilagi", "Fonoti",
                "Pōmare"], False, {"Wiremu": "Wiri"}, False),
    "arabic": (["Khalid", "Fatima", "Noor", "Yousef", "Huda"], ["al-Rashidi", "Al Mansouri", "el-Sayed",
               "Abu Zaid", "al-Khatib"], False, {}, False),
    "malay": (["Ahmad Faizal", "Nurul Aina", "Siti Hajar", "Mohd Rizal"], ["bin Ismail", "binti Rahman",
              "bin Abdullah", "binti Yusof"], False, {}, True),
    "chinese": (["Xiuying", "Wei", "Jianhong", "Meiling"], ["WANG", "CHEN", "Liu", "ZHOU"], True, {}, False),
    "japanese": (["Hiroshi", "Yuki", "Keiko", "Takeshi"], ["Tanaka", "Watanabe", "Kobayashi"], True, {}, False),
    "korean": (["Ji-hoon", "Seo-yeon", "Min-jun"], ["Park", "Choi", "Kang"], True, {}, False),
    "vietnamese": (["Thị Lan", "Văn Hùng", "Thị Hoa"], ["Nguyễn", "Trần", "Phạm"], True, {}, False),
    "european": (["Zofia", "Jürgen", "Søren", "Inês", "Çağla", "Éloïse", "Björn"],
                 ["Wiśniewska", "Müller", "Østergaard", "Gonçalves", "Yılmaz", "Lefèvre", "de la Fuente",
                  "van den Berg"], False, {"Éloïse": "Lou"}, False),
}

LOCAL_ORIGINS = {
    "UK": ["english", "scots", "indian", "caribbean", "european", "nigerian", "chinese", "arabic"],
    "IE": ["irish", "irish", "european", "nigerian", "filipino", "english"],
    "AU": ["english", "european", "vietnamese", "chinese", "indian", "pacific", "scots"],
    "NZ": ["pacific", "pacific", "english", "chinese", "korean", "scots"],
    "ZA": ["afrikaans", "nguni", "nguni", "indian", "english"],
    "IN": ["indian", "indian", "indian"],
    "NG": ["nigerian", "nigerian", "arabic"],
    "PH": ["filipino", "filipino", "chinese"],
    "JM": ["caribbean", "caribbean", "chinese", "english"],
    "US": ["english", "european", "japanese", "korean", "arabic", "caribbean", "vietnamese"],
    "MY": ["malay", "malay", "chinese", "indian"],
}


def person(rng, loc: str | None = None) -> Person:
    origin = rng.choice(LOCAL_ORIGINS[loc]) if loc else rng.choice(list(ORIGINS))
    given, family, eastern, nicks, formal_given = ORIGINS[origin]
    g = rng.choice(given)
    f = rng.choice(family)
    nick = nicks.get(g) if rng.random() < 0.5 else None
    return Person(g, f, eastern, nick, formal_given)


def d2(rng) -> str:
    return f"{rng.randrange(0, 100):02d}"


def phone(rng, loc: str) -> str:
    x = d2(rng)
    opts = {
        "UK": [f"0113 555 01{x}", f"+44 161 555 01{x}", f"07700 555 01{x}", f"(01632) 555 01{x}"],
        "IE": [f"(01) 555 01{x}", f"+353 21 555 01{x}", f"087 555 01{x}"],
        "AU": [f"(07) 5550 1{x}", f"+61 3 555 01{x}", f"0412 555 01{x}", f"(08) 555 01{x}"],
        "NZ": [f"(09) 555 01{x}", f"021 555 01{x}", f"+64 3 555 01{x}"],
        "ZA": [f"021 555 01{x}", f"+27 82 555 01{x}", f"(031) 555-01{x}"],
        "IN": [f"+91 80 555 01{x}", f"080-555-01{x}", f"+91-98-555-01{x}"],
        "NG": [f"0803 555 01{x}", f"+234 1 555 01{x}", f"0809-555-01{x}"],
        "PH": [f"(02) 555 01{x}", f"0917 555 01{x}", f"+63 2 555 01{x}"],
        "JM": [f"(876) 555-01{x}", f"876-555-01{x}", f"1-876-555-01{x}"],
        "US": [f"(312) 555-01{x}", f"312.555.01{x}", f"+1 907 555 01{x}"],
        "MY": [f"+60 3-555 01{x}", f"03-555 01{x}"],
    }[loc]
    return rng.choice(opts)


def postcode(rng, loc: str) -> str | None:
    L = "ABDEFGHJLNPRSTUWXY"
    n = rng.randrange
    return {
        "UK": f"{rng.choice(['LS', 'BD', 'NE', 'CF', 'PL', 'TR'])}{n(1, 20)} {n(1, 10)}{rng.choice(L)}{rng.choice(L)}",
        "IE": f"{rng.choice(['A94', 'D06', 'T12', 'H91', 'V94'])} {rng.choice(L)}{n(1, 10)}{rng.choice(L)}{n(10)}",
        "AU": f"{n(2000, 7999)}", "NZ": f"{n(1010, 9899)}", "ZA": f"{n(1000, 8099):04d}",
        "IN": f"{n(110, 856)}{n(0, 1000):03d}", "NG": f"{n(100, 990)}{n(0, 1000):03d}", "PH": f"{n(1000, 9800)}",
        "JM": None, "US": f"{n(10000, 99950)}", "MY": f"{n(10000, 98000)}",
    }[loc]


CITIES = {
    "UK": ["Thornleigh", "Kirkhaven", "Ashby Marsh", "Penwarren", "Lowther Bridge"],
    "IE": ["Ballykeel", "Carrigmore", "Kilbrennan", "Inishcorr"],
    "AU": ["Wattle Creek", "Bungaree Flats", "Port Kestrel", "Yarrabee"],
    "NZ": ["Awatoru", "Kaimārama", "Port Tōtara", "Ruakiri"],
    "ZA": ["Umhlaba Bay", "Rietfontein-Oos", "Kwa-Nhlanzi", "Stilbaai-Wes"],
    "IN": ["Kothapalli Nagar", "Sundarpur", "Vellanoor", "Madhavgarh"],
    "NG": ["Oke-Ayo", "Umuagu", "Ilobu-Oja", "Ezinkwo"],
    "PH": ["Santa Lucia Norte", "San Isidro del Monte", "Bagumbayan Sur"],
    "JM": ["Mount Pleasant Gap", "Port Cassia", "Bellefield"],
    "US": ["Cedar Bluff Falls", "Port Alder", "Marlow Springs"],
    "MY": ["Kampung Sri Teratai", "Bandar Seri Kenanga"],
}
STREETS = {
    "UK": ["Marlowe Road", "Quarry Lane", "Bishopsgate Mews", "Tanner's Row"],
    "IE": ["Bóthar na Trá", "Kilbrennan Road", "Chapel Hill Lane", "Mill Street Upper"],
    "AU": ["Banksia Parade", "Goanna Crescent", "Mulga Street"],
    "NZ": ["Kōwhai Terrace", "Rimu Street", "Harbour View Road"],
    "ZA": ["Protea Avenue", "Jacaranda Street", "Sivuyile Drive"],
    "IN": ["2nd Cross, Gandhi Layout", "Temple Street", "Nehru Colony Main Road"],
    "NG": ["Adeyemo Close", "Chief Okafor Street", "Unity Crescent"],
    "PH": ["Mabini Street", "Purok Sampaguita", "Rizal Avenue Extension"],
    "JM": ["Hibiscus Drive", "Old Harbour Road", "Lime Tree Lane"],
    "US": ["Cottonwood Drive", "North Fenwick Street", "Larkspur Court"],
    "MY": ["Jalan Teratai 3", "Lorong Kenanga 7"],
}


def street(rng, loc: str) -> str:
    s = rng.choice(STREETS[loc])
    n = rng.randrange(1, 240)
    if loc == "IN":
        return f"No. {n}/{rng.randrange(1, 9)}, {s}"
    if loc == "NG":
        return f"Plot {n}, {s}"
    if loc == "PH":
        return f"Blk {rng.randrange(1, 30)} Lot {rng.randrange(1, 40)}, {s}"
    if loc in ("UK", "IE") and rng.random() < 0.3:
        return f"Flat {rng.randrange(1, 12)}, {n} {s}"
    if loc in ("AU", "NZ") and rng.random() < 0.3:
        return f"Unit {rng.randrange(1, 9)}/{n} {s}"
    return f"{n} {s}"


def address_lines(rng, loc: str, sep=", ") -> str:
    """Street, city and postcode with markup (state/region left as plain text)."""
    parts = [m("ST", street(rng, loc)), m("CITY", rng.choice(CITIES[loc]))]
    region = {"AU": rng.choice(["QLD", "NSW", "VIC"]), "US": rng.choice(["OR", "MN", "AK"]),
              "JM": rng.choice(["St. Ann", "Clarendon"]), "IE": rng.choice(["Co. Cork", "Co. Mayo"]),
              "IN": rng.choice(["Karnataka", "Telangana"]), "NG": rng.choice(["Lagos State", "Anambra State"]),
              "ZA": rng.choice(["Western Cape", "KZN"]), "NZ": None, "UK": None, "PH": "Batangas", "MY": "Selangor"}
    reg = region[loc]
    pc = postcode(rng, loc)
    tail = ""
    if reg:
        tail = reg
    if pc:
        tail = (tail + " " if tail else "") + m("ZIP", pc)
    if tail:
        parts.append(tail)
    return sep.join(parts)


FACILITIES = {
    "UK": ["Thornleigh General Infirmary", "Kirkhaven Community Hospital", "Marsh Lane Surgery",
           "Penwarren Imaging Centre"],
    "IE": ["St Brigid's Regional Hospital", "Carrigmore Primary Care Centre", "Kilbrennan Medical Practice"],
    "AU": ["Wattle Creek Base Hospital", "Yarrabee Family Medical", "Port Kestrel Radiology"],
    "NZ": ["Awatoru Hospital", "Ruakiri Health Centre", "Tōtara Coast Radiology"],
    "ZA": ["Umhlaba Bay Provincial Hospital", "Protea Family Practice", "Nhlanzi District Clinic"],
    "IN": ["Sundarpur Mission Hospital", "Vellanoor Taluk Hospital", "Sri Madhav Diagnostics"],
    "NG": ["Oke-Ayo General Hospital", "Umuagu Cottage Hospital", "Ezinkwo Specialist Clinic"],
    "PH": ["San Isidro District Hospital", "Bagumbayan Rural Health Unit", "Santa Lucia Doctors' Clinic"],
    "JM": ["Port Cassia Regional Hospital", "Bellefield Health Centre"],
    "US": ["Cedar Bluff Medical Center", "Port Alder Imaging", "Marlow Springs Clinic"],
    "MY": ["Klinik Kesihatan Sri Teratai", "Hospital Bandar Seri Kenanga"],
}

DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "nhs.example.net",
           "clinic.example.org", "health.example.com"]


def email_for(rng, p: Person) -> str:
    base = p.given.split()[0].lower().replace("'", "").replace(".", "")
    fam = p.family.lower().replace(" ", "").replace("'", "").replace("-", "")
    base = base.encode("ascii", "ignore").decode() or "x"
    fam = fam.encode("ascii", "ignore").decode() or "y"
    local = rng.choice([f"{base}.{fam}", f"{base[0]}{fam}", f"{fam}{rng.randrange(10, 99)}", f"{base}_{fam[:4]}"])
    return f"{local}@{rng.choice(DOMAINS)}"


COUNTRY_NAMES = {"UK": "UK", "IE": "Ireland", "AU": "Australia", "NZ": "New Zealand", "ZA": "South Africa",
                 "IN": "India", "NG": "Nigeria", "PH": "Philippines", "JM": "Jamaica", "US": "USA", "MY": "Malaysia"}
