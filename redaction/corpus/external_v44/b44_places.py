"""Synthetic/real-shaped places for blind corpus 44: hospitals, practices, suburbs, postcodes and street addresses."""

from __future__ import annotations

from b44_doc import P

_UKL = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"

# (hospital, organisation or None, city, postcode)
HOSPITALS = {
    "UK": [("St James's University Hospital", "Leeds Teaching Hospitals NHS Trust", "Leeds", "LS9 7TF"),
           ("Manchester Royal Infirmary", "Manchester University NHS Foundation Trust", "Manchester", "M13 9WL"),
           ("The Royal London Hospital", "Barts Health NHS Trust", "London", "E1 1FR"),
           ("Queen Elizabeth Hospital Birmingham", "University Hospitals Birmingham NHS Foundation Trust", "Birmingham", "B15 2GW"),
           ("Royal Victoria Infirmary", "The Newcastle upon Tyne Hospitals NHS Foundation Trust", "Newcastle upon Tyne", "NE1 4LP"),
           ("Southmead Hospital", "North Bristol NHS Trust", "Bristol", "BS10 5NB"),
           ("Royal Infirmary of Edinburgh", "NHS Lothian", "Edinburgh", "EH16 4SA"),
           ("Queen Elizabeth University Hospital", "NHS Greater Glasgow and Clyde", "Glasgow", "G51 4TF"),
           ("University Hospital of Wales", "Cardiff and Vale University Health Board", "Cardiff", "CF14 4XW"),
           ("Royal Victoria Hospital", "Belfast Health and Social Care Trust", "Belfast", "BT12 6BA"),
           ("Addenbrooke's Hospital", "Cambridge University Hospitals NHS Foundation Trust", "Cambridge", "CB2 0QQ"),
           ("Derriford Hospital", "University Hospitals Plymouth NHS Trust", "Plymouth", "PL6 8DH")],
    "IE": [("Beaumont Hospital", "RCSI Hospitals Group", "Dublin", "D09 V2N0"),
           ("St Vincent's University Hospital", "Ireland East Hospital Group", "Dublin", "D04 T6F4"),
           ("Mater Misericordiae University Hospital", "Ireland East Hospital Group", "Dublin", "D07 R2WY"),
           ("Cork University Hospital", "South/South West Hospital Group", "Cork", "T12 DC4A"),
           ("University Hospital Galway", "Saolta University Health Care Group", "Galway", "H91 YR71"),
           ("University Hospital Limerick", "UL Hospitals Group", "Limerick", "V94 F858"),
           ("Tallaght University Hospital", "Dublin Midlands Hospital Group", "Dublin", "D24 NR0A")],
    "AU": [("Royal Prince Alfred Hospital", "Sydney Local Health District", "Camperdown", "2050"),
           ("Westmead Hospital", "Western Sydney Local Health District", "Westmead", "2145"),
           ("Royal Melbourne Hospital", "Melbourne Health", "Parkville", "3050"),
           ("Princess Alexandra Hospital", "Metro South Health", "Woolloongabba", "4102"),
           ("Fiona Stanley Hospital", "South Metropolitan Health Service", "Murdoch", "6150"),
           ("Royal Adelaide Hospital", "Central Adelaide Local Health Network", "Adelaide", "5000")],
    "NZ": [("Auckland City Hospital", "Te Whatu Ora Te Toka Tumai Auckland", "Auckland", "1023"),
           ("Middlemore Hospital", "Te Whatu Ora Counties Manukau", "Auckland", "2025"),
           ("Christchurch Hospital", "Te Whatu Ora Waitaha Canterbury", "Christchurch", "8011"),
           ("Wellington Regional Hospital", "Te Whatu Ora Capital, Coast and Hutt Valley", "Wellington", "6021"),
           ("Waikato Hospital", "Te Whatu Ora Waikato", "Hamilton", "3204")],
    "CA": [("Sunnybrook Health Sciences Centre", None, "Toronto", "M4N 3M5"),
           ("The Ottawa Hospital Civic Campus", None, "Ottawa", "K1Y 4E9"),
           ("Kingston General Hospital", "Kingston Health Sciences Centre", "Kingston", "K7L 2V7"),
           ("Hamilton General Hospital", "Hamilton Health Sciences", "Hamilton", "L8L 2X2"),
           ("Vancouver General Hospital", "Vancouver Coastal Health", "Vancouver", "V5Z 1M9"),
           ("Foothills Medical Centre", "Alberta Health Services", "Calgary", "T2N 2T9")],
    "IN": [("Sri Venkateswara Diagnostics & Imaging", None, "Bengaluru", "560 034"),
           ("Aarogya Scan Centre", None, "Chennai", "600 017"),
           ("Medinova Imaging & Diagnostic Centre", None, "Hyderabad", "500 034"),
           ("Lakshmi Diagnostics", None, "Kochi", "682 030"),
           ("Sanjeevani Imaging Centre", None, "Pune", "411 038"),
           ("Dhanvantari Diagnostics", None, "New Delhi", "110 024")],
    "SG": [("Singapore General Hospital", "SingHealth", None, "169608"),
           ("Tan Tock Seng Hospital", "National Healthcare Group", None, "308433"),
           ("Changi General Hospital", "SingHealth", None, "529889"),
           ("National University Hospital", "National University Health System", None, "119074"),
           ("Khoo Teck Puat Hospital", "National Healthcare Group", None, "768828")],
    "HK": [("Queen Mary Hospital", "Hong Kong West Cluster", "Pok Fu Lam", None),
           ("Prince of Wales Hospital", "New Territories East Cluster", "Sha Tin", None),
           ("Queen Elizabeth Hospital", "Kowloon Central Cluster", "Yau Ma Tei", None),
           ("Tuen Mun Hospital", "New Territories West Cluster", "Tuen Mun", None),
           ("Pamela Youde Nethersole Eastern Hospital", "Hong Kong East Cluster", "Chai Wan", None),
           ("United Christian Hospital", "Kowloon East Cluster", "Kwun Tong", None)],
    "ZA": [("Groote Schuur Hospital", None, "Cape Town", "7925"),
           ("Chris Hani Baragwanath Academic Hospital", None, "Soweto", "1864"),
           ("Inkosi Albert Luthuli Central Hospital", None, "Durban", "4091"),
           ("Netcare Milpark Hospital", None, "Johannesburg", "2193"),
           ("Mediclinic Constantiaberg", None, "Cape Town", "7800"),
           ("Life Westville Hospital", None, "Durban", "3629")],
    "KE": [("Kenyatta National Hospital", None, "Nairobi", "00202"),
           ("Aga Khan University Hospital", None, "Nairobi", "00100"),
           ("Moi Teaching and Referral Hospital", None, "Eldoret", "30100")],
    "NG": [("Lagos University Teaching Hospital", None, "Lagos", "102215"),
           ("University College Hospital Ibadan", None, "Ibadan", "200212"),
           ("National Hospital Abuja", None, "Abuja", "900211")],
    "GULF": [("Rashid Hospital", None, "Dubai", None), ("Sheikh Khalifa Medical City", None, "Abu Dhabi", None),
             ("Hamad General Hospital", None, "Doha", None), ("King Faisal Specialist Hospital", None, "Riyadh", None),
             ("Royal Hospital", None, "Muscat", None), ("Salmaniya Medical Complex", None, "Manama", None)],
}

# (suburb or town, city or None, region [not PHI], postcode maker key or fixed postcode)
SUBURBS = {
    "UK": [("Headingley", "Leeds", "West Yorkshire", "LS6"), ("Chorlton", "Manchester", None, "M21"),
           ("Walthamstow", "London", None, "E17"), ("Edgbaston", "Birmingham", "West Midlands", "B15"),
           ("Jesmond", "Newcastle upon Tyne", None, "NE2"), ("Bishopston", "Bristol", None, "BS7"),
           ("Morningside", "Edinburgh", None, "EH10"), ("Partick", "Glasgow", None, "G11"),
           ("Canton", "Cardiff", None, "CF5"), ("Ormeau", "Belfast", "County Antrim", "BT7"),
           (None, "Harrogate", "North Yorkshire", "HG1"), (None, "Stockport", "Cheshire", "SK4"),
           (None, "Truro", "Cornwall", "TR1"), (None, "Inverness", "Highland", "IV2")],
    "IE": [("Drumcondra", "Dublin", None, "D09"), ("Ranelagh", "Dublin", None, "D06"),
           ("Ballincollig", "Cork", None, "P31"), ("Salthill", "Galway", None, "H91"),
           ("Castletroy", "Limerick", None, "V94"), (None, "Navan", "Co. Meath", "C15"),
           (None, "Tralee", "Co. Kerry", "V92"), (None, "Sligo", None, "F91")],
    "AU": [("Parramatta", None, "NSW", "2150"), ("Bondi Junction", None, "NSW", "2022"),
           ("Fitzroy", None, "VIC", "3065"), ("Box Hill", None, "VIC", "3128"), ("Toowong", None, "QLD", "4066"),
           ("Fremantle", None, "WA", "6160"), ("Glenelg", None, "SA", "5045"), ("Sandy Bay", None, "TAS", "7005"),
           ("Belconnen", None, "ACT", "2617"), ("Nightcliff", None, "NT", "0810")],
    "NZ": [("Ponsonby", "Auckland", None, "1011"), ("Papatoetoe", "Auckland", None, "2025"),
           ("Riccarton", "Christchurch", None, "8041"), ("Karori", "Wellington", None, "6012"),
           ("Hillcrest", "Hamilton", None, "3216"), (None, "Rotorua", None, "3010"), (None, "Whanganui", None, "4500")],
    "CA": [("Scarborough", "Toronto", "ON", "M1"), ("Kanata", "Ottawa", "ON", "K2"), (None, "Kingston", "ON", "K7"),
           (None, "Mississauga", "ON", "L5"), (None, "Burnaby", "BC", "V5"), (None, "Red Deer", "AB", "T4"),
           (None, "Sudbury", "ON", "P3"), (None, "Halifax", "NS", "B3")],
    "IN": [("Koramangala", "Bengaluru", "Karnataka", "560 034"), ("Jayanagar", "Bengaluru", "Karnataka", "560 011"),
           ("T. Nagar", "Chennai", "Tamil Nadu", "600 017"), ("Adyar", "Chennai", "Tamil Nadu", "600 020"),
           ("Banjara Hills", "Hyderabad", "Telangana", "500 034"), ("Andheri West", "Mumbai", "Maharashtra", "400 053"),
           ("Kothrud", "Pune", "Maharashtra", "411 038"), ("Kakkanad", "Kochi", "Kerala", "682 030"),
           ("Lajpat Nagar", "New Delhi", None, "110 024"), ("Salt Lake", "Kolkata", "West Bengal", "700 091")],
    "SG": [(None, None, None, "SG")],
    "HK": [("Ma On Shan", None, "New Territories", None), ("Mong Kok", None, "Kowloon", None),
           ("Tseung Kwan O", None, "New Territories", None), ("Sai Ying Pun", None, "Hong Kong Island", None),
           ("Kwun Tong", None, "Kowloon", None), ("Tin Shui Wai", None, "New Territories", None)],
    "ZA": [("Rondebosch", "Cape Town", "Western Cape", "7700"), ("Sea Point", "Cape Town", "Western Cape", "8005"),
           ("Bellville", "Cape Town", "Western Cape", "7530"), ("Sandton", "Johannesburg", "Gauteng", "2196"),
           ("Umhlanga", "Durban", "KwaZulu-Natal", "4319"), ("Hatfield", "Pretoria", "Gauteng", "0083")],
    "KE": [("Westlands", "Nairobi", None, "00800"), ("Kilimani", "Nairobi", None, "00100"),
           (None, "Kisumu", None, "40100"), (None, "Eldoret", None, "30100")],
    "NG": [("Victoria Island", "Lagos", None, "101241"), ("Surulere", "Lagos", None, "101283"),
           ("Bodija", "Ibadan", "Oyo State", "200284"), ("Wuse II", "Abuja", "FCT", "904101")],
    "GULF": [("Al Barsha", "Dubai", None, None), ("Jumeirah", "Dubai", None, None), ("Al Khalidiyah", "Abu Dhabi", None, None),
             ("Al Sadd", "Doha", None, None), ("Al Olaya", "Riyadh", None, None), ("Al Khuwair", "Muscat", None, None)],
}

STREETS = ("Elm Grove,Beech Road,Station Road,Church Lane,Victoria Terrace,Mill Street,Orchard Close,Kingsway,"
           "Wattle Street,Karaka Street,Jacaranda Avenue,Harbour View,Sycamore Crescent,Pohutukawa Drive,"
           "Maple Avenue,Rue Laurier,Bluegum Parade,Lavender Hill,Rowan Drive,Cedar Court").split(",")

PRACTICES = ("Riverside Medical Practice,Ashgrove Surgery,Parkview Health Centre,The Limes Medical Centre,"
             "Harbourside Family Practice,Meadowbank Surgery,Northgate Medical Group,Castle Street Surgery,"
             "Kowhai Health Centre,Bayside Family Doctors,Greenlane Medical Centre,Mountview GP Clinic").split(",")

IMAGING_PRACTICES = {
    "AU": ["Harbourside Radiology", "Southern Cross Imaging Group", "Coastal Diagnostic Imaging", "Eastern Suburbs Radiology"],
    "NZ": ["Pacific Radiology Group", "Horizon Imaging Aotearoa", "Mercy Radiology Partners"],
    "GULF": ["Al Safa Family Clinic", "Marina Expat Medical Centre", "Jumeirah British Medical Centre", "Corniche Wellness Clinic"],
}


def _uk_inward(rng) -> str:
    return f"{rng.randint(1, 9)}{rng.choice(_UKL)}{rng.choice(_UKL)}"


def postcode(rng, cc: str, key: str | None) -> str | None:
    if key is None:
        return None
    if cc == "UK":
        return f"{key} {_uk_inward(rng)}"
    if cc == "IE":
        return f"{key} " + "".join(rng.choice(_EIR) for _ in range(4))
    if cc == "CA":
        return f"{key}{rng.choice('ABCEGHJKLMNPRSTVXY')} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    if cc == "SG":
        return f"{rng.randint(10, 82):02d}{rng.randint(0, 9999):04d}"
    return key


def address(rng, cc: str) -> tuple[list, dict]:
    """Patient address pieces and a dict of its PHI values (street, city, zip)."""
    sub, city, region, key = rng.choice(SUBURBS[cc])
    zipc = postcode(rng, cc, key)
    st = rng.choice(STREETS)
    n = rng.randint(1, 180)
    if cc == "SG":
        street = f"Blk {rng.randint(101, 699)} {rng.choice(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd'])} #{rng.randint(2, 15):02d}-{rng.randint(10, 999)}"
    elif cc == "HK":
        street = f"Flat {rng.randint(1, 28)}{rng.choice('ABCDEFGH')}, {rng.randint(2, 40)}/F, Block {rng.randint(1, 8)}, {rng.choice(['Sunshine City', 'Laguna Verde', 'Kornhill Gardens', 'Metro Harbour View'])}"
    elif cc == "IN":
        street = f"No. {n}, {rng.randint(1, 9)}th Cross, {rng.randint(1, 12)}th Main"
    elif cc == "KE":
        street = f"P.O. Box {rng.randint(1000, 99999)}"
    elif cc == "GULF":
        street = f"Villa {n}, Street {rng.randint(1, 60)}{rng.choice(['', 'a', 'b'])}"
    elif cc == "NG":
        street = f"Plot {rng.randint(100, 2999)}, {rng.choice(['Adeola Odeku Street', 'Ogunlana Drive', 'Aminu Kano Crescent'])}"
    elif cc == "AU" and rng.random() < 0.5:
        street = f"Unit {rng.randint(1, 20)}/{n} {st}"
    elif cc in ("UK", "IE") and rng.random() < 0.3:
        street = f"Flat {rng.randint(1, 12)}, {n} {st}"
    elif cc == "CA" and rng.random() < 0.4:
        street = f"{rng.randint(101, 2405)}-{n} {st}"
    else:
        street = f"{n}{rng.choice(['', '', 'A'])} {st}"
    pieces: list = [P(street, "STREET_ADDRESS")]
    vals = {"street": street, "city": city or sub, "zip": zipc}
    if cc == "KE":
        pieces += ["-", P(zipc, "ZIP"), " ", P(city or sub, "CITY")]
        return pieces, vals
    if sub:
        pieces += [", ", P(sub, "CITY")]
    if city:
        pieces += [", ", P(city, "CITY")]
    if region and cc in ("AU", "CA"):
        pieces += [" " if cc == "AU" and not city else ", ", region]
    elif region:
        pieces += [", ", region]
    if cc == "SG":
        pieces += [", Singapore ", P(zipc, "ZIP")]
    elif zipc:
        pieces += [", " if cc == "ZA" else " ", P(zipc, "ZIP")]
    return pieces, vals


def hospital(rng, cc: str) -> tuple[str, str | None, str | None, str | None]:
    return rng.choice(HOSPITALS[cc])
