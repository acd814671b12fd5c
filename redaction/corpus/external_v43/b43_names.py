"""Name pools and renderings for blind43 (many naming traditions)."""

from __future__ import annotations

from b43_core import P, pick

# tradition -> (order, female givens, male givens, families / patronymic roots)
FG_POOLS = {
    "chinese": (["Xiuying", "Mei", "Jing", "Fang", "Yuxuan", "Lina", "Xiaohong", "Hui"],
                ["Wei", "Jianguo", "Haoran", "Qiang", "Xiaoming", "Yifan", "Zhiwei", "Bo"],
                ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Guo", "Lin",
                 "Luo", "Gao", "Hu", "Song", "Fang", "Long", "Bai"]),
    "cantonese": (["Siu Ling", "Mei Ki", "Wai Yee", "Ka Yan"], ["Tai Man", "Chi Keung", "Wing Hong", "Kwok Wai"],
                  ["Chan", "Wong", "Leung", "Cheung", "Lau", "Ng", "Ho", "Yip", "Wing"]),
    "korean": (["Seo-yeon", "Hye-jin", "Eun-ji", "Ji-woo", "Mi-kyung", "Soo-ah"],
               ["Min-jun", "Ji-hoon", "Sung-ho", "Young-soo", "Dong-hyun", "Jae-won"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Moon", "Han", "Shin"]),
    "japanese": (["Yui", "Keiko", "Akiko", "Yuki", "Haruka", "Sakura"], ["Haruto", "Hiroshi", "Takeshi", "Kenji", "Daiki"],
                 ["Satō", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Nakamura", "Kobayashi",
                  "Katō", "Kōno"]),
    "hungarian": (["Eszter", "Zsófia", "Katalin", "Réka", "Ildikó"], ["László", "Gábor", "Balázs", "Zoltán", "Ferenc"],
                  ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]),
}
VIET = (["Lan", "Mai", "Thảo", "Hương", "Ngọc Anh", "Trang", "Hạnh"], ["Long", "Hùng", "Tuấn", "Dũng", "Phúc", "Minh", "Bảo"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi"])
GF_POOLS = {
    "hispanic": (["María José", "Guadalupe", "Luz", "Rocío", "Dolores", "Consuelo", "Esperanza", "Soledad", "Rosario"],
                 ["Juan Carlos", "Alejandro", "Jesús", "José Luis", "Santiago", "Ángel", "Fernando"],
                 ["García", "Hernández", "López", "Martínez", "Rodríguez", "González", "Pérez", "Ramírez", "Flores",
                  "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz", "Castillo", "Vargas", "Mendoza"]),
    "particle": (["Anneke", "Inês", "Siobhan", "Nur Aisyah", "Margarethe", "Carmen", "Aoife", "Fatimah"],
                 ["Joost", "João", "Ciarán", "Ahmad", "Friedrich", "Rafael", "Declan", "Yusuf"],
                 ["van der Berg", "de la Fuente", "da Silva", "dos Santos", "O'Brien", "McAllister", "Fitzgerald",
                  "ter Horst", "zu Stolberg", "de Jong", "D'Angelo", "del Río", "al-Rashid", "Van Houten", "ben David",
                  "El-Sayed", "Mac Giolla Phádraig"]),
    "russian": (["Olga", "Natalia", "Yekaterina", "Svetlana", "Irina"], ["Ivan", "Dmitri", "Sergei", "Aleksandr", "Pavel"],
                ["Sokolov", "Ivanov", "Kuznetsov", "Volkov", "Morozov", "Lebedev", "Popov"]),
    "igbo_yoruba": (["Ngozi", "Adaeze", "Folasade", "Ifeoma", "Chiamaka", "Blessing", "Precious", "Comfort"],
                    ["Chukwuemeka", "Oluwaseun", "Babatunde", "Chidi", "Adebayo", "Godswill", "Goodluck"],
                    ["Okonkwo", "Eze", "Nwosu", "Adeyemi", "Ogunleye", "Bakare", "Obi", "Onyekachi", "Afolabi"]),
    "akan": (["Ama", "Akosua", "Efua", "Abena", "Adwoa", "Yaa"], ["Kofi", "Kwame", "Yaw", "Kwabena", "Kwaku", "Kojo"],
             ["Mensah", "Asante", "Owusu", "Boateng", "Darko", "Sarpong", "Ofori", "Appiah"]),
    "maori_pacific": (["Aroha", "Mereana", "Mele", "Salote", "Losana", "Sina", "Malia"],
                      ["Wiremu", "Hemi", "Sione", "Tevita", "Lagi", "Rawiri"],
                      ["Ngata", "Te Rangi", "Tāwhiri", "Parata", "Te Whata", "Tupou", "Fifita", "Vainikolo", "Latu",
                       "Tuiasosopo", "Faleolo", "Fonua"]),
    "sikh": (["Harpreet", "Manjit", "Simranjit", "Navdeep", "Gurleen"], ["Gurpreet", "Jaswinder", "Harjit", "Amarjit", "Manpreet"],
             ["Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu", ""]),
    "tamil": (["Kavitha", "Meenakshi", "Priya", "Lakshmi", "Anitha"], ["Senthil Kumar", "Arun", "Karthik", "Vignesh"],
              ["Rajendran", "Murugan", "Subramaniam", "Krishnan", "Pillai", "Natarajan"]),
    "english_word": (["Hope", "Joy", "Faith", "Grace", "Honor", "Ivory", "Mercy", "Patience", "April"],
                     ["Sonny", "Rusty", "Bill", "Miles", "Jack", "Chase", "Grant"],
                     ["Baker", "Hill", "Graves", "Young", "Bell", "Long", "Stone", "Wolf", "Paget", "Crohn",
                      "Bankart", "Colles"]),
    "pashto": (["Malalai", "Zarghuna", "Palwasha", "Nazia", "Gulalai"], ["Gul Agha", "Ahmad Shah", "Wali", "Zalmai", "Naveed"],
               ["Zadran", "Khan", "Popal", "Noorzai", "Achakzai", "Durrani", "Yousafzai"]),
    "arabic": (["Fatima", "Aisha", "Mariam", "Layla", "Huda"], ["Mohammed", "Ahmed", "Omar", "Khalid", "Youssef"],
               ["Al-Hashimi", "Haddad", "Al-Amin", "Abdel-Rahman", "Mansour", "Khoury", "Saleh"]),
}
ICELANDIC = (["Guðrún", "Ásta", "Sigríður", "Hildur", "Katrín"], ["Sigurður", "Björn", "Gunnar", "Einar", "Ólafur"],
             ["Jón", "Einar", "Kristján", "Ólaf", "Magnús", "Stefán", "Páll"])
CHAIN = {"ethiopian": (["Selam", "Meron", "Hiwot", "Almaz", "Tigist", "Saba"], ["Dawit", "Yohannes", "Tekle", "Abebe", "Berhane"],
                       ["Tesfaye", "Haile", "Alemu", "Gebremedhin", "Bekele", "Girma", "Tadesse", "Kebede", "Wolde"]),
         "somali": (["Hodan", "Faadumo", "Ayaan", "Sahra", "Hawa", "Ubah"], ["Mohamed", "Abdirahman", "Yusuf", "Ahmed", "Bashir"],
                    ["Abdi", "Abdullahi", "Hassan", "Ali", "Warsame", "Farah", "Jama", "Nur", "Egal", "Osman"])}
MONONYMS = ["Suharti", "Sutrisno", "Wulandari", "Bambang", "Sukarni", "Arulmozhi", "Murugesan", "Parwati", "Sumiati"]
INITIALS = (["Lakshmi", "Meenakshi", "Saraswathi", "Vasuki"], ["Subramanian", "Venkatesh", "Ramachandran", "Balasubramanian"])
BURMESE = (["Khin Myo Thant", "Hnin Wai", "Thandar Aye", "Nilar Win", "Su Myat Noe"],
           ["Thein Htike", "Zaw Min Oo", "Aung Ko Latt", "Kyaw Soe", "Myint Swe"])
ROMAN_ALT = {"Mohammed": "Muhammad", "Mohamed": "Mohamad", "Ahmed": "Ahmad", "Youssef": "Yusuf", "Zhang": "Chang",
             "Park": "Pak", "Lee": "Yi", "Choi": "Choe", "Jung": "Jeong", "Moon": "Mun", "Fatima": "Fatimah",
             "Aisha": "Aysha", "Dmitri": "Dmitriy", "Sergei": "Sergey", "Yekaterina": "Ekaterina", "Olga": "Olha",
             "Sokolov": "Sokolow", "Tesfaye": "Tesfay", "Gebremedhin": "Gebremedhn", "Khalid": "Khaled",
             "Mohamad": "Mohammed", "Mansour": "Mansur", "Haddad": "Hadad", "Warsame": "Warsama"}
RU_PATRO = {"F": ["Sergeyevna", "Viktorovna", "Ivanovna", "Petrovna", "Andreyevna"],
            "M": ["Petrovich", "Alexandrovich", "Ivanovich", "Nikolayevich", "Mikhailovich"]}
_FOLD = str.maketrans({"Đ": "D", "đ": "d", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ā": "a", "ō": "o", "ū": "u"})


def fold(s: str) -> str:
    import unicodedata
    s = s.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def person(rng, trad: str | None = None, sex: str | None = None) -> dict:
    trads = list(FG_POOLS) + ["vietnamese"] * 2 + list(GF_POOLS) + ["icelandic", "ethiopian", "somali", "mononym",
                                                                     "initials", "burmese"]
    trad = trad or pick(rng, trads)
    sex = sex or pick(rng, "FM")
    p = {"trad": trad, "sex": sex, "middle": "", "title": "Ms." if sex == "F" else "Mr."}
    fi = 0 if sex == "F" else 1
    if trad in FG_POOLS:
        pool = FG_POOLS[trad]
        p.update(order="FG", given=pick(rng, pool[fi]), family=pick(rng, pool[2]))
    elif trad == "vietnamese":
        mid = pick(rng, ["Thị", "Ngọc"]) if sex == "F" else pick(rng, ["Văn", "Đức", "Quang"])
        p.update(order="FG", given=pick(rng, VIET[fi]), family=pick(rng, VIET[2]), middle=mid)
    elif trad in GF_POOLS:
        pool = GF_POOLS[trad]
        fam = pick(rng, pool[2])
        if trad == "hispanic":
            second = pick(rng, pool[2])
            fam = fam + pick(rng, [" ", " y ", "-", " de "]) + second if second != fam else fam
        if trad == "sikh":
            fam = ("Kaur" if sex == "F" else "Singh") + (" " + fam if fam else "")
        if trad == "russian":
            p["middle"] = pick(rng, RU_PATRO[sex])
            fam = fam + "a" if sex == "F" else fam
        p.update(order="GF", given=pick(rng, pool[fi]), family=fam)
    elif trad == "icelandic":
        root = pick(rng, ICELANDIC[2])
        suff = "dóttir" if sex == "F" else "son"
        root = {"Jón": "Jóns", "Einar": "Einars", "Kristján": "Kristjáns", "Ólaf": "Ólafs", "Magnús": "Magnús",
                "Stefán": "Stefáns", "Páll": "Páls"}[root]
        p.update(order="PATRO", given=pick(rng, ICELANDIC[fi]), family=root + suff)
    elif trad in CHAIN:
        pool = CHAIN[trad]
        father, grand = rng.sample(pool[2], 2)
        p.update(order="CHAIN", given=pick(rng, pool[fi]), middle=father, family=grand)
        if trad == "ethiopian":
            p["title"] = "W/ro" if sex == "F" else "Ato"
    elif trad == "mononym":
        p.update(order="MONO", given=pick(rng, MONONYMS), family="")
    elif trad == "initials":
        p.update(order="INIT", given=pick(rng, INITIALS[fi]), family="",
                 middle=" ".join(f"{c}." for c in rng.sample("KRSPVMTAN", rng.choice([1, 2]))))
    else:  # burmese
        p.update(order="BURMESE", given=pick(rng, BURMESE[fi]), family="", title="Daw" if sex == "F" else "U")
    return p


def surname(p: dict) -> str:
    """The part a US system files as last name."""
    if p["order"] in ("MONO", "INIT"):
        return p["given"]
    if p["order"] == "BURMESE":
        return p["given"].split()[-1]
    return p["family"]


def firsts(p: dict) -> str:
    if p["order"] == "FG":
        return (p["given"] + " " + p["middle"]).strip() if p["middle"] and rng_free(p) else p["given"]
    if p["order"] in ("GF", "CHAIN"):
        return (p["given"] + " " + p["middle"]).strip()
    if p["order"] == "PATRO":
        return p["given"]
    if p["order"] == "INIT":
        return p["middle"].replace(".", "").strip()
    if p["order"] == "BURMESE":
        return " ".join(p["given"].split()[:-1])
    return ""


def rng_free(p):
    return p["trad"] == "vietnamese"


def natural(p: dict) -> str:
    o = p["order"]
    if o == "FG":
        return " ".join(x for x in (p["family"], p["middle"], p["given"]) if x)
    if o in ("GF", "PATRO", "CHAIN"):
        return " ".join(x for x in (p["given"], p["middle"], p["family"]) if x)
    if o == "INIT":
        return f"{p['middle']} {p['given']}"
    return p["given"]


def western(p: dict) -> str:
    if p["order"] == "FG":
        return " ".join(x for x in (p["given"], p["middle"], p["family"]) if x)
    if p["order"] == "GF" and p["trad"] == "russian":
        return f"{p['given']} {p['family']}"
    return natural(p)


def formal(p: dict, caps: bool = True, comma: bool = True, ascii_only: bool = False) -> str:
    """Registration form LAST, FIRST as markup; FNU placeholder kept outside the span."""
    last, first = surname(p), firsts(p)
    if ascii_only:
        last, first = fold(last), fold(first)
    if caps:
        last, first = last.upper(), first.upper()
    if not first:
        return P(last) + (", FNU" if comma else " FNU")
    return P(f"{last}, {first}" if comma else f"{last} {first}")


def hl7(p: dict) -> str:
    last, first = fold(surname(p)).upper(), fold(firsts(p)).upper()
    if not first:
        return P(last) + "^FNU"
    parts = first.split(" ", 1)
    return P(f"{last}^{parts[0]}" + (f"^{parts[1]}" if len(parts) > 1 else ""))


def addressed(p: dict, title: bool = True) -> str:
    """How staff refer to the person in running text (title outside the span)."""
    o = p["order"]
    if o in ("PATRO", "CHAIN", "MONO"):
        core = p["given"]
    elif o == "BURMESE":
        core = p["given"]
    elif o == "INIT":
        core = p["given"]
    else:
        core = p["family"]
    return (p["title"] + " " if title else "") + P(core)


def variant(p: dict) -> str | None:
    """An alternate romanisation of the full name, as another system wrote it; None when there is none."""
    full = natural(p) if p["order"] != "FG" else western(p)
    alt = " ".join(ROMAN_ALT.get(w, w) for w in full.split())
    if alt == full:
        alt = fold(full)
    return alt if alt != full else None


def staff(rng) -> dict:
    return person(rng)


def clin_name(p: dict, rng) -> str:
    """A clinician's name as written in a signature: Given Family, family-first kept for FG cultures sometimes."""
    if p["order"] == "FG" and rng.random() < 0.5:
        return P(western(p))
    return P(natural(p))
