"""Synthetic personal names for blind corpus 44, by origin, with the formats used in each health system."""

from __future__ import annotations

# origin: (female given, male given, family names, order) ; order: "w" given-first, "e" family-first,
# "p" patronymic (given + bin/binte/s/o/d/o + father's name, no family name)
ORIGINS = {
    "british": ("Olivia Charlotte Hannah Gemma Rebecca Joanne Philippa Kirsty Lauren Eleanor Bethan Ffion",
                "Oliver James Gareth Stuart Neil Graham Christopher Rhys Callum Dominic Alistair Jonathan",
                "Thompson Whitaker Ashworth Pemberton Hargreaves Fairbairn Rowlands Pritchard Entwistle "
                "Cartwright Blackwood Featherstone Haworth Llewellyn Greenhalgh Sutcliffe Heseltine Trelawney", "w"),
    "scottish": ("Morag Eilidh Catriona Isla Fiona Kirsteen", "Hamish Euan Fraser Ruaridh Angus Murdo",
                 "MacLeod McAllister Buchanan Drummond Sinclair Urquhart Mackenzie Gillespie Lindsay", "w"),
    "irish": ("Aoife Siobhán Niamh Caoimhe Sinéad Róisín Orla Gráinne Clodagh Deirdre",
              "Cian Oisín Pádraig Donal Eoin Ciarán Fergal Diarmuid Seán Colm",
              "O'Sullivan Ó_Conaill McGrath Fitzgerald Byrne Kavanagh Doherty Moloney Brennan "
              "Ó_Súilleabháin Cullinane Twomey Mac_Giolla_Phádraig Nic_Aodha", "w"),
    "southasian": ("Priya Ananya Deepika Lakshmi Sunita Farzana Nusrat Harpreet Kavitha Meenakshi Shabnam Divya",
                   "Rajesh Arjun Venkatesh Imran Sandeep Harjit Suresh Anil Kiran Tariq Pradeep Sanjay",
                   "Sharma Iyer Reddy Patel Chaudhry Banerjee Nair Menon Gill Begum Rahman Subramanian "
                   "Deshpande Krishnamurthy Bhattacharya Mukherjee Siddiqui Qureshi Hussain Pillai Gowda Kulkarni", "w"),
    "polish": ("Katarzyna Agnieszka Małgorzata Zuzanna", "Paweł Krzysztof Tomasz Łukasz",
               "Nowak Wójcik Kowalczyk Mazur Krawczyk Lewandowski", "w"),
    "nigerian": ("Chiamaka Adaeze Funmilayo Oluwaseun Ngozi Aisha Temitope Folake",
                 "Adebayo Chukwuemeka Oluwatobi Emeka Ibrahim Babatunde Obinna Musa",
                 "Okonkwo Adeyemi Okafor Balogun Eze Nwosu Abubakar Olawale Adebisi Ogunleye Danjuma", "w"),
    "kenyan": ("Wanjiru Akinyi Njeri Chebet Wambui Atieno", "Otieno Kipchoge Mwangi Omondi Kiprono Mutua",
               "Kamau Odhiambo Wanjiku Kiplagat Njoroge Ochieng Kariuki Chepkoech Onyango Kibet", "w"),
    "southafrican": ("Thandiwe Nomvula Lindiwe Zanele Anri Marelize Nokuthula Busisiwe",
                     "Sipho Thabo Themba Pieter Johannes Lwazi Mandla Francois",
                     "Dlamini Nkosi Mokoena van_der_Merwe Botha Pieterse Ndlovu Mahlangu Khumalo Venter "
                     "du_Plessis Naidoo Govender Mthembu Coetzee", "w"),
    "cantonese": ("Wai_Ling Mei_Yee Ka_Yan Suk_Fan Hoi_Man Siu_Wah", "Tai_Man Chi_Keung Wing_Hong Ka_Ho Siu_Ming Kwok_Wai",
                  "Chan Wong Cheung Lau Leung Yip Tsang Kwok Mak Chow Fung Lam", "e"),
    "sgchinese": ("Wei_Ling Hui_Min Xin_Yi Jia_Hui Li_Ting", "Wei_Jie Jun_Hao Kok_Leong Boon_Heng Chee_Keong",
                  "Tan Lim Goh Teo Koh Ong Chua Yeo Toh Seah", "e"),
    "malay": ("Nur_Aisyah Siti_Nurhaliza Nurul_Huda Farah_Diyana", "Muhammad_Hafiz Ahmad_Faizal Mohd_Irfan Khairul_Anwar",
              "Abdullah Rahman Ismail Osman Yusof Hamid", "p"),
    "tamil": ("Kavitha Revathi Anitha Malathi", "Rajendran Muthu Selvam Ganesan",
              "Murugan Subramaniam Arumugam Krishnan", "p"),
    "arab": ("Fatima Mariam Noura Hessa Aisha Latifa Reem", "Mohammed Khalid Saeed Rashid Hamdan Abdulla Omar Sultan",
             "Al_Mansoori Al_Hashemi Al_Nuaimi Al-Kaabi Al_Shamsi Al_Marri Al_Dhaheri Al_Suwaidi Al-Harthy Al_Balushi", "w"),
    "filipino": ("Maria_Cristina Jocelyn Rowena Marites Lorna", "Jose_Marie Rodel Arnel Ramil",
                 "Dela_Cruz Santos Reyes Bautista Macaraeg Villanueva Pangilinan", "w"),
    "pacific": ("Aroha Mere Hine Ana Losana Mele Anahera", "Wiremu Tamati Rawiri Hemi Sione Tevita Manaia",
                "Ngata Te_Rangi Parata Tipene Horomona Taufa Fonoti Faleolo Tuilagi Te_Whata Paewai", "w"),
    "mediterranean": ("Eleni Konstantina Giulia Rosaria Rania Nadia", "Georgios Konstantinos Salvatore Giuseppe Elias Antonio",
                      "Papadopoulos Karagiannis Russo Lombardi Haddad Khoury Nassif Theodorakis Esposito", "w"),
    "vietnamese": ("Thi_Lan Thi_Hoa Ngoc_Anh Thu_Trang", "Van_Minh Duc_Anh Quang_Huy Thanh_Tung",
                   "Nguyen Tran Pham Hoang Vo Dang Huynh", "e"),
    "frenchcanadian": ("Marie-Ève Geneviève Josée Mélanie", "Jean-François Mathieu Étienne Luc",
                       "Tremblay Gagnon Bouchard Côté Gauthier Lavoie Bergeron Pelletier", "w"),
    "caribbean": ("Shanice Marcia Jolene Paulette", "Delroy Winston Leroy Desmond",
                  "Campbell Forbes Grant Francis Clarke McKenzie", "w"),
    "somali": ("Hodan Fadumo Amina Sahra", "Abdirahman Abdullahi Yusuf Mahad", "Warsame Farah Abdi Jama Osman Egal", "w"),
}

# Surnames that are also eponyms, with the eponym written the way British-English reports write it.
TRAPS = {
    "Baker": "Baker's cyst", "Bell": "Bell's palsy", "Paget": "Paget's disease", "Graves": "Graves' disease",
    "Colles": "Colles fracture", "Smith": "Smith fracture", "Jones": "Jones fracture",
    "Parkinson": "Parkinson's disease", "Addison": "Addison's disease", "Barrett": "Barrett's oesophagus",
    "Hashimoto": "Hashimoto's thyroiditis", "Hodgkin": "Hodgkin lymphoma", "Cushing": "Cushing's syndrome",
}

COUNTRY_ORIGINS = {
    "UK": "british british scottish irish southasian southasian polish nigerian caribbean somali arab cantonese",
    "IE": "irish irish irish british polish nigerian southasian filipino",
    "AU": "british british mediterranean vietnamese southasian cantonese pacific irish",
    "NZ": "british pacific pacific pacific southasian cantonese sgchinese",
    "CA": "british frenchcanadian cantonese southasian filipino caribbean vietnamese mediterranean",
    "IN": "southasian",
    "SG": "sgchinese sgchinese malay tamil southasian filipino",
    "HK": "cantonese",
    "ZA": "southafrican",
    "KE": "kenyan kenyan southasian",
    "NG": "nigerian",
    "GULF": "arab arab filipino southasian british mediterranean",
}


def _w(s: str) -> list[str]:
    return [x.replace("_", " ") for x in s.split()]


class Name:
    def __init__(self, given: str, family: str, order: str, sex: str, middle: str = "") -> None:
        self.given, self.family, self.order, self.sex, self.middle = given, family, order, sex, middle

    @property
    def short(self) -> str:
        """What follows a title: Mr Byrne, Mdm Nur Aisyah."""
        return self.given if self.order == "p" else self.family

    def full(self) -> str:
        if self.order == "e":
            return f"{self.family} {self.given}"
        if self.order == "p":
            link = ("binte" if self.sex == "F" else "bin") if self.family in _w(ORIGINS["malay"][2]) else (
                "d/o" if self.sex == "F" else "s/o")
            return f"{self.given} {link} {self.family}"
        return f"{self.given} {self.middle + ' ' if self.middle else ''}{self.family}"

    def formal(self) -> str:
        """Registration style: SURNAME, Given (family-first names: SURNAME Given)."""
        if self.order == "e":
            return f"{self.family.upper()} {self.given}"
        if self.order == "p":
            return self.full().upper()
        return f"{self.family.upper()}, {self.given}{' ' + self.middle if self.middle else ''}"

    def nhs(self) -> str:
        """Given SURNAME, as many UK letters print it."""
        if self.order != "w":
            return self.formal()
        return f"{self.given} {self.family.upper()}"

    def initial(self) -> str:
        if self.order != "w":
            return self.full()
        return f"{self.given[0]}. {self.family}"

    def title(self) -> str:
        return "Mr" if self.sex == "M" else ("Mrs", "Ms", "Miss")[len(self.given) % 3]

    def any(self, rng) -> str:
        return rng.choice([self.full, self.formal, self.nhs, self.initial])()


def make_name(rng, country: str, sex: str | None = None, trap: float = 0.0) -> Name:
    origin = rng.choice(COUNTRY_ORIGINS[country].split())
    fem, mal, fam, order = ORIGINS[origin]
    sex = sex or rng.choice("FM")
    given = rng.choice(_w(fem if sex == "F" else mal))
    family = rng.choice(_w(fam))
    if origin in ("british", "scottish", "irish", "caribbean") and trap and rng.random() < trap:
        family = rng.choice(sorted(TRAPS))
    middle = ""
    if order == "w" and rng.random() < 0.2:
        middle = rng.choice(_w(fem if sex == "F" else mal))
        if middle == given:
            middle = ""
    if origin == "southasian" and sex == "F" and given == "Harpreet":
        middle = "Kaur"
    return Name(given, family, order, sex, middle)
