"""Invented people, places and keep-span vocabularies for the blind33 corpus."""

from __future__ import annotations

FIRST = ["Oriana", "Teodor", "Marisol", "Kwabena", "Ilse", "Dashiell", "Yevgenia", "Thaddeus", "Noor", "Ambrose",
         "Liesel", "Cosmo", "Priyanka", "Fintan", "Rosalind", "Ezekiel", "Mei-Ling", "Osvaldo", "Birgitta", "Jules",
         "Henrietta", "Lachlan", "Anouk", "Cyrus", "Winifred", "Tobias", "Soledad", "Ignatius", "Maren", "Desmond",
         "Beatrix", "Ravi", "Constance", "Emeka", "Philippa", "Anselm", "Zainab", "Leopold", "Greta", "Barnaby",
         "Hope", "Faith", "June", "Rose", "Grant", "Chase", "Summer", "Sterling"]
LAST_PLAIN = ["Okonkwo-Reyes", "Szczepanski", "Abernathy", "Thorvaldsen", "Quispe", "Halloran", "Vasquez-Lindqvist",
              "Delacroix", "Mbeki", "Fairweather", "Lindgren", "Castellanos", "Prendergast", "Yoshimura", "Achterberg",
              "Kowalczyk", "Ferreira", "Nakashima", "Rutherford", "Ilunga", "Montgomery", "Brannigan", "Oyelaran",
              "Wojcik", "Harcourt", "Tremblay", "Esposito", "Gallagher"]
LAST_WORD = ["Baker", "Bell", "Hill", "Graves", "Young", "Long", "Paget", "Parkinson", "Rivers", "Frost", "Marsh",
             "Hardy", "Wise", "Fox", "Bishop", "Lane", "Moody", "Sparks", "Strong", "Savage", "Crohn", "Wilms",
             "Colles", "Hodgkin", "Cushing", "Addison"]
LAST_PARTICLE = ["de la Cruz", "van der Berg", "O'Neill", "McAllister", "St. Clair", "D'Amico", "al-Hassan",
                 "Ben-David", "Nguyen-Tran", "von Holtz", "da Silva", "MacLeod", "Le Blanc", "ter Horst"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"


class Person:
    def __init__(self, rng):
        r = rng.random()
        self.last = rng.choice(LAST_WORD if r < 0.4 else LAST_PARTICLE if r < 0.6 else LAST_PLAIN)
        self.first = rng.choice(FIRST)
        self.mid = rng.choice(MIDDLE) if rng.random() < 0.6 else ""

    def fmt(self, rng, kind=None) -> str:
        k = kind or rng.choice(["full", "lastfirst", "caps", "caret", "init", "fullmid", "lastfirst_mid", "caps_first"])
        f, m, l = self.first, self.mid, self.last
        return {
            "full": f"{f} {l}", "fullmid": f"{f} {m + '. ' if m else ''}{l}", "lastfirst": f"{l}, {f}",
            "lastfirst_mid": f"{l}, {f}{' ' + m if m else ''}", "caps": f"{l.upper()}, {f.upper()}{' ' + m if m else ''}",
            "caret": f"{l.upper().replace(' ', '_')}^{f.upper()}{'^' + m if m else ''}", "init": f"{f[0]}. {l}",
            "caps_first": f"{f.upper()} {l.upper()}", "lower": f"{f.lower()} {l.lower()}", "last": l,
            "lowerlast": l.lower(), "initials": f"{f[0]}.{m + '.' if m else ''}{l.replace(' ', '')[0].upper()}.",
            "first": f,
        }[k]

    def P(self, rng, kind=None):
        return (self.fmt(rng, kind), "PERSON")

    def handle(self, rng) -> str:
        base = "".join(ch for ch in self.last.lower() if ch.isalpha())
        fi = self.first[0].lower()
        k = rng.randrange(4)
        return {0: f"{fi}{base}", 1: f"{self.first.lower().replace('-', '')}.{base}", 2: f"{base}{fi}",
                3: f"{fi}{self.mid.lower()}{base}{rng.randint(1, 9)}"}[k]

    def fname(self) -> str:
        base = "".join(ch for ch in self.last.lower() if ch.isalpha())
        return f"{base}_{self.first.lower()[:3]}"


FACILITIES = ["Wexford Valley Hospital", "St. Brendan Regional Medical Center", "Cold Spring Outpatient Imaging",
              "Northgate Orthopedic Institute", "Marlow County Hospital", "Bayfront Children's Hospital",
              "Kestrel Ridge Imaging Center", "Alder Creek Surgery Center", "Holloway Memorial Hospital",
              "Pinecrest Cancer Institute", "Ashby Family Health Center", "Quarry Point Rehabilitation Hospital",
              "Our Lady of the Dunes Hospital", "Tamsin Heart & Vascular", "Harrow Bend VA Clinic",
              "Eastfield Sleep and Neuro Center"]
FAC_SHORT = {"Wexford Valley Hospital": "WVH", "St. Brendan Regional Medical Center": "St. Brendan's",
             "Holloway Memorial Hospital": "Holloway Memorial", "Marlow County Hospital": "Marlow County"}
CITIES = ["Port Ellery", "Hollis Falls", "Dunmore", "New Bristol", "Elm Grove", "Carver Junction", "Ossining Flats",
          "Westborough Mills", "Greyhaven", "Lake Tilden", "South Amesbury", "Fenwick", "Brightwater", "Coldbrook"]
STATES = ["MA", "NH", "RI", "CT", "ME", "VT", "NY"]
STREETS = ["Larkspur Lane", "Quarry Road", "Old Mill Street", "Chandler Avenue", "Birchwood Terrace",
           "Harbor View Drive", "Sexton Way", "Foundry Court", "Ridgeline Boulevard", "Tanner Street", "Pell Place",
           "Cobble Hill Road", "Winthrop Parkway", "Hatch Street"]
UNITS = ["Apt 3B", "Unit 12", "#4", "Suite 210", "Fl 2", "Apt. 7"]


def address(rng, sep=", "):
    st = f"{rng.randint(4, 9899)} {rng.choice(STREETS)}"
    if rng.random() < 0.35:
        st += f" {rng.choice(UNITS)}"
    zipc = f"0{rng.randint(1000, 6999)}" + (f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else "")
    return [(st, "STREET_ADDRESS"), sep, (rng.choice(CITIES), "CITY"), f", {rng.choice(STATES)} ", (zipc, "ZIP")]


def facility(rng):
    return (rng.choice(FACILITIES), "FACILITY")


# ---------------------------------------------------------------- keep vocabularies
EPONYMS = ["Baker cyst", "Parkinson disease", "Kerley B lines", "Hodgkin lymphoma", "Cushing syndrome",
           "Addison disease", "Bell palsy", "Hashimoto thyroiditis", "Crohn disease", "Wilms tumor",
           "Monteggia fracture", "Colles fracture", "Graves disease", "Paget disease", "Segond fracture",
           "Hill-Sachs lesion", "Bankart lesion", "Chiari I malformation", "Schmorl node", "Klatskin tumor",
           "Meckel diverticulum", "Osgood-Schlatter disease", "Jones fracture", "Smith fracture",
           "Morton neuroma", "Dandy-Walker malformation", "Budd-Chiari syndrome", "Legg-Calve-Perthes disease",
           "Young fracture classification", "Long-Baker classification"]
EPONYMS = EPONYMS[:-2]
ANATOMY = ["right hippocampus", "left adrenal gland", "medial meniscus", "anterior cruciate ligament",
           "pancreatic head", "left lobe of the liver", "right middle lobe", "supraspinatus tendon", "common bile duct",
           "left vertebral artery", "pituitary gland", "right kidney", "sigmoid colon", "posterior fossa",
           "left parotid gland", "thoracic aorta", "right ovary", "lumbar spine", "cervical spine", "left femoral neck"]
LEVELS = ["C5-C6", "C6-C7", "L4-L5", "L5-S1", "T12", "L1", "T8-T9", "C2", "L3-L4", "S1"]
SCORES = ["BI-RADS 4", "BI-RADS 0", "LI-RADS 3", "LI-RADS 5", "TI-RADS 4", "PI-RADS 4", "Lung-RADS 3",
          "Bosniak IIF", "O-RADS 3", "BI-RADS 2", "PI-RADS 5", "Lung-RADS 4A", "ASPECTS 8", "GCS 14"]
SEQUENCES = ["T2 FLAIR", "DWI", "STIR", "SWI", "T1 post-contrast", "ADC map", "T2*-weighted GRE", "3D SPACE",
             "DCE", "MRCP", "TOF MRA", "T1 VIBE"]
MODALITIES = ["CT", "MRI", "PET/CT", "ultrasound", "mammography", "fluoroscopy", "DXA", "SPECT", "CTA", "MR"]
CREDENTIALS = ["MD", "DO", "RT(R)", "RT(R)(CT)", "RT(MR)", "RDMS", "CNMT", "PhD", "RN", "DABR", "MRSO", "FACR"]
HEADERS = ["IMPRESSION", "FINDINGS", "HISTORY", "TECHNIQUE", "COMPARISON", "DISCUSSION", "TEACHING POINTS",
           "DIFFERENTIAL", "ACTION ITEMS", "ROOT CAUSE", "TIMELINE"]


def meas(rng):
    k = rng.randrange(5)
    a = round(rng.uniform(0.4, 6.5), 1)
    b = round(rng.uniform(0.3, a), 1)
    v = {0: f"{a} x {b} cm", 1: f"{rng.randint(3, 29)} mm", 2: f"{a} cm", 3: f"{a} x {b} x {round(b * 0.8, 1)} cm",
         4: f"{rng.randint(2, 18)}mm"}[k]
    return (v, "measurement")


def K(rng, label):
    pool = {"eponym": EPONYMS, "anatomy": ANATOMY, "vertebral_level": LEVELS, "score": SCORES,
            "sequence": SEQUENCES, "modality": MODALITIES, "credential": CREDENTIALS, "section_header": HEADERS}[label]
    return (rng.choice(pool), label)


def age_pair(rng):
    """An age over 89 (PHI) and one under 90 (keep)."""
    return (str(rng.randint(90, 104)), "AGE_OVER_89"), (str(rng.randint(19, 88)), "age_under_90")


def old(rng):
    return (str(rng.randint(90, 104)), "AGE_OVER_89")


def young(rng):
    return (str(rng.randint(2, 88)), "age_under_90")


def age_phrase(rng, a):
    """Wrap an age piece in one of several wordings."""
    return one_of(rng, [[a, "-year-old"], ["aged ", a], [a, " yo"], [a, " y/o"], ["age ", a], [a, "-yr-old"],
                        [a, " years old"], ["Age: ", a, "Y"]])


def one_of(rng, options):
    return rng.choice(options)


def year(rng):
    return (str(rng.randint(1998, 2024)), "year")
