"""blind12 styles: international outside-film over-reads, teleradiology worklists, radiologist chat, voice drafts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _sibling(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


C = _sibling("b12_core")
P, K, W = C.P, C.K, C.W

# country: (given names, family names, hospitals, cities, phone kind, date formats, id label)
INTL = {
    "au": (["Tahnee", "Hamish", "Brodie", "Kylie"], ["Mahoney", "Nguyen", "Whitehorse", "Papadopoulos"],
           ["Royal Wattle Base Hospital", "St Kilda Private Imaging"], [("Geelong", "VIC"), ("Toowoomba", "QLD"), ("Wagga Wagga", "NSW")],
           "au", ["dmY", "dMonthY"], "UR No."),
    "nz": (["Ngaire", "Wiremu", "Aroha", "Tane"], ["Te Rangi", "Paewai", "McKenzie", "Horomona"],
           ["Waikawa District Hospital"], [("Hamilton", ""), ("Rotorua", ""), ("Dunedin", "")], "nz", ["dmY", "dMonthY"], "NHI"),
    "ie": (["Aoife", "Cormac", "Siobhan", "Colm"], ["Ni Bhriain", "O'Sullivan", "Dunleavy", "Mac Giolla"],
           ["St Ultan's University Hospital"], [("Galway", ""), ("Limerick", ""), ("Dublin 8", "")], "ie", ["dmY", "dMonthY"], "MRN"),
    "fr": (["Camille", "Luc", "Margaux", "Augustin"], ["Delacroix", "Moreau", "Lefebvre-Roux", "Garnier"],
           ["Clinique Sainte-Apolline", "Centre Hospitalier des Tilleuls"], [("Lyon", ""), ("Nantes", ""), ("Rennes", "")],
           "fr", ["dmY", "dmY."], "IPP"),
    "it": (["Giulia", "Alessandro", "Chiara", "Matteo"], ["Marchetti", "Esposito", "De Luca", "Fontana"],
           ["Ospedale San Bassiano Nuovo", "Policlinico Santa Rufina"], [("Bologna", "BO"), ("Verona", "VR"), ("Bari", "BA")],
           "it", ["dmY", "dmY."], "N. nosologico"),
    "br": (["Ana Paula", "Joao Pedro", "Beatriz", "Thiago"], ["Pereira da Silva", "Ferreira", "Souza Lima", "Carvalho"],
           ["Hospital Santa Clara de Assis", "Clinica Imagem Paulista"], [("Campinas", "SP"), ("Curitiba", "PR"), ("Recife", "PE")],
           "br", ["dmY"], "Prontuario"),
    "mx": (["Guadalupe", "Santiago", "Ximena", "Efrain"], ["Castellanos Ibarra", "Villanueva Ruiz", "Quispe", "Hernandez Soto"],
           ["Hospital General Dr. Ignacio Morones", "Sanatorio La Paz"], [("Guadalajara", "Jal."), ("Puebla", "Pue."), ("Monterrey", "N.L.")],
           "mx", ["dmY"], "Expediente"),
    "jp": (["Keiko", "Takeshi", "Yuki", "Haruto"], ["Nakamura", "Sato", "Takahashi", "Kobayashi"],
           ["Minato Sakura Clinic", "Hongo Kyoritsu Hospital"], [("Bunkyo-ku", "Tokyo"), ("Kita-ku", "Osaka"), ("Naka-ku", "Yokohama")],
           "jp", ["ymd/", "iso"], "Patient ID"),
    "kr": (["Ji-woo", "Min-jun", "Seo-yeon", "Hyun-woo"], ["Kim", "Park", "Choi", "Jeong"],
           ["Hanbit University Hospital", "Seoul Namsan Medical Center"], [("Gangnam-gu", "Seoul"), ("Haeundae-gu", "Busan")],
           "kr", ["iso", "ymd/"], "Registration No."),
}

TITLES = {"au": "A/Prof", "nz": "Dr", "ie": "Dr", "fr": "Dr", "it": "Dott.", "br": "Dra.", "mx": "Dr.", "jp": "Dr.", "kr": "Prof."}
CREDS = {"au": ["FRANZCR", "MBBS"], "nz": ["FRANZCR"], "ie": ["FFR RCSI", "FRCR"], "fr": ["MD"], "it": ["MD"],
         "br": ["MD", "PhD"], "mx": ["MD"], "jp": ["MD", "PhD"], "kr": ["MD", "PhD"]}


def _intl_address(g, cc: str, city: str, region: str) -> str:
    n = g.r.randint(2, 240)
    street, post = {
        "au": (f"Unit {g.r.randint(1, 12)}/{n} Banksia St", str(g.r.randint(2600, 4999))),
        "nz": (f"{n} Kowhai Road", str(g.r.randint(3100, 9099))),
        "ie": (f"{n} Clonmore Terrace", f"{g.pick(['D08', 'H91', 'V94'])} {g.letters(1)}{g.digits(3)}"),
        "fr": (f"{n} rue des Lilas", str(g.r.randint(35000, 69009))),
        "it": (f"Via dei Mille {n}", str(g.r.randint(37100, 40141))),
        "br": (f"Rua das Flores, {n}, apto {g.r.randint(11, 184)}", f"{g.r.randint(13000, 80999)}-{g.digits(3)}"),
        "mx": (f"Calle Hidalgo {n}, Col. Centro", str(g.r.randint(44100, 72599))),
        "jp": (f"{g.r.randint(1, 7)}-{g.r.randint(1, 30)}-{g.r.randint(1, 20)} Hongo", f"{g.r.randint(100, 599)}-{g.digits(4)}"),
        "kr": (f"{n} Teheran-ro {g.r.randint(2, 80)}-gil", str(g.r.randint(6000, 48999)).zfill(5)),
    }[cc]
    reg = f" {region}" if region else ""
    if cc in ("fr", "it", "mx", "br"):
        return P("STREET_ADDRESS", street) + ", " + P("ZIP", post) + " " + P("CITY", city) + reg
    if cc in ("jp", "kr"):
        return P("STREET_ADDRESS", street) + ", " + P("CITY", city) + ("," + reg if reg else "") + " " + P("ZIP", post)
    return P("STREET_ADDRESS", street) + ", " + P("CITY", city) + reg + " " + P("ZIP", post)


def outside_overread(rng) -> dict:
    g = C.Gen(rng)
    cc = g.pick(sorted(INTL))
    given, family, hosps, cities, ph, dfs, idl = INTL[cc]
    when = g.day()
    first, last = g.pick(given), g.pick(family)
    age = g.age(0.25)
    name = {"fr": f"{last.upper()} {first}", "it": f"{last.upper()} {first}", "jp": f"{last.upper()} {first}",
            "kr": f"{last} {first}", "mx": f"{first} {last}", "br": f"{first} {last}"}.get(cc, g.pick([f"{last.upper()}, {first}", f"{first} {last}"]))
    city, region = g.pick(cities)
    outside = P("FACILITY", g.pick(hosps))
    home = g.facility()
    mod = g.pick(["CT", "MRI"])
    hx = g.pick(['known ' + K('eponym', 'Klatskin tumor'), 'headaches and ' + K('eponym', 'Chiari I malformation') + ' on outside MRI',
                 'history of ' + K('eponym', 'Wilms tumor') + ' in childhood', 'incidental renal cyst'])
    lines = [
        g.pick(["SECOND OPINION / OUTSIDE STUDY INTERPRETATION", "OUTSIDE FILM OVER-READ", "Consultation: review of external imaging"]),
        f"Patient: {P('PERSON', name)}   {idl}: {P('MRN', g.pick([g.letters(3) + g.digits(4), g.digits(8), g.digits(6, True)]))}"
        f"   Local MRN {g.mrn()}",
        f"Address on outside requisition: {_intl_address(g, cc, city, region)}   Tel {g.phone(ph)}",
        f"Outside institution: {outside}; study dated {g.date(when, dfs)}; media received on CD "
        f"{g.date(when + C.dt.timedelta(days=g.r.randint(5, 60)), ['mdY', 'MonthdY'])}, imported as {g.accession()}",
        f"Outside report signed by {TITLES[cc]} {P('PERSON', g.pick(family))} "
        f"{K('credential', g.pick(CREDS[cc]))}",
        f"{g.header('CLINICAL HISTORY')} {g.age_phrase(age)} {'woman' if g.chance(0.5) else 'man'}, "
        f"{g.pick(['travelling, presented with', 'relocating to our area with', 'referred by family for'])} "
        f"{hx}.",
        f"{g.header('TECHNIQUE')} {K('modality', mod)} {g.pick(['with and without contrast', 'non-contrast', 'multiphase'])}"
        + (f"; sequences include {K('sequence', g.pick(W.SEQUENCES))} and {K('sequence', 'DWI')}" if mod == "MRI" else "") + ".",
        f"{g.header('FINDINGS')} {K('anatomy', g.pick(W.ANATOMY))}: {g.pick(['lesion', 'cystic lesion', 'enhancing mass', 'nodule'])} "
        f"{g.meas(3)}{', ' + K('score', g.pick(['Bosniak IIF', 'LI-RADS 3', 'LI-RADS 4', 'PI-RADS 4'])) if g.chance(0.6) else ''}. "
        + (f" Cerebellar tonsils {g.r.randint(6, 12)} mm below foramen magnum." if "Chiari" in hx else ""),
        f"{g.header('IMPRESSION')} {g.pick(['Agree with outside interpretation.', 'Discordant: we favor a benign process.', 'Recommend repeat at our institution.'])}",
        f"Over-read by {g.staff('MD')} at {home} on {g.date(g.day(), ['mdY', 'MondY'])}.",
    ]
    return {"modality": "MR" if mod == "MRI" else "CT", "marked": "\n".join(lines)}


def telerad_worklist(rng) -> dict:
    g = C.Gen(rng)
    day = g.day()
    site = g.facility()
    lines = [
        f"{g.pick(['vRad', 'NightHawk', 'TeleRad Hub', 'Worklist'])} - {g.pick(['PRELIM QUEUE', 'STAT', 'All Sites'])}  "
        f"[{g.date(day, ['mdY', 'mdy'])} {g.time(('hm', 'ampm'))}]  user: {g.name(g.person(staff=True), g.pick(['lower', 'Last F', 'F. Last']))}",
        g.pick(["Pri  Patient                    Age/Sx  MRN         Acc           Exam                 Site               Recvd",
                "PRI | PATIENT | AGE | ID | ACC# | PROCEDURE | FACILITY | TAT"]),
    ]
    for _ in range(g.r.randint(6, 9)):
        pt = g.person()
        age = g.age(0.2)
        ex = g.pick(["CT HEAD WO", "CTA CHEST", "CT A/P W", "XR CHEST 1V", "US PELVIS TV", "MRI BRAIN WO", "CT C-SPINE WO"])
        mod = ex.split()[0]
        lines.append(f"{g.pick(['STAT', 'ASAP', 'RT', 'TRA'])}  {g.name(pt, g.pick(['HL7', 'LAST, FIRST', 'LAST, FIRST M', 'LAST First']))}  "
                     f"{g.age_phrase(age, ['{}Y', '{}y', '{}'])}/{pt['sex']}  {g.mrn()}  {g.accession()}  "
                     f"{K('modality', mod)}{ex[len(mod):]}  {site if g.chance(0.6) else g.facility()}  "
                     f"{g.time(('hm', 'ampm2'))}")
    lines.append(f"Connected: {g.ip()}:{g.pick(['104', '11112', '4242'])}  AE_TITLE {g.pick(['TELE_RAD1', 'NH_QR', 'VRAD_SCP'])}  "
                 f"viewer {P('URL', 'https://telerad.example.net/view?acc=' + g.digits(9))}")
    lines.append(f"Locked by {g.name(g.person(staff=True), 'First Last')}, {K('credential', 'MD')} (ext {g.phone('ext')})  "
                 f"Shift: {g.time(('hm',))}-{g.time(('hm',))}")
    return {"modality": "CT", "marked": "\n".join(lines)}


def rad_chat(rng) -> dict:
    g = C.Gen(rng)
    a, b = g.person(staff=True), g.person(staff=True)
    pt = g.person()
    day = g.day()
    age = g.age(0.3)
    ta = lambda: g.time(("ampm2", "hm", "ampm"))
    an, bn = g.name(a, g.pick(["First Last", "lower", "F. Last"])), g.name(b, g.pick(["First Last", "First"]))
    chan = g.pick(["#body-ct-reads", "#neuro-night", "Teams: Rad Attendings", "#ir-consults"])
    lines = [f"{chan}  -  {g.date(day, ['Monthd', 'MonthdY', 'md'])}"]
    lines.append(f"{an}  {ta()}\nhey can you look at {g.accession()}? {g.name(pt, g.pick(['Last', 'LAST, FIRST', 'First Last']))}, "
                 f"{g.age_phrase(age, ['{}F', '{}M', '{}yo', '{} y/o'])}, {K('modality', g.pick(['CT', 'MRI']))} from {g.facility()}")
    lines.append(f"{bn}  {ta()}\nsure. is that the one with the {g.meas(2)} thing in the {K('anatomy', g.pick(W.ANATOMY))}?")
    lines.append(f"{an}  {ta()}\nyeah. ? {K('eponym', g.pick(['Klatskin tumor', 'Meckel diverticulum', 'Paget disease', 'Graves disease']))} vs mets. "
                 f"onc is Dr {g.name(g.person(staff=True), 'Last')}, pager {g.phone('ext')}")
    lines.append(f"{bn}  {ta()}\n{g.pick(['looks benign to me', 'would call it ' + K('score', g.pick(['LI-RADS 4', 'Bosniak IIF', 'Lung-RADS 4A'])), 'agree, mets more likely'])}. "
                 f"compare w/ {K('sequence', g.pick(W.SEQUENCES))} from {K('year', str(g.r.randint(2015, 2024)))}")
    if g.chance(0.6):
        lines.append(f"{an}  {ta()}\nfyi pt's wife {g.name(g.person('F'), 'First')} keeps calling the reading room ({g.phone()}), "
                     f"can someone tell the front desk")
    lines.append(f"{bn}  {ta()}\n:thumbsup: also MRN is {g.mrn()} not the one in the order, registration merged it {g.date(day, ['md', 'Mond.'])}")
    return {"modality": "CT", "marked": "\n".join(lines)}


def voice_draft(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    day = g.day()
    age = g.age(0.3)
    rad = g.person(staff=True)
    mis = g.pick([
        (f"{K('eponym', 'Baker cyst')} (dictated as \"baker sis\")", "baker sis"),
        (f"{K('eponym', 'Kerley B lines')} [VR: \"curly bee lines\"]", "curly bee lines"),
        (f"{K('eponym', 'Colles fracture')} [VR: \"collies fracture\"]", "collies"),
        (f"{K('eponym', 'Bell palsy')} [VR: \"bail palsy\"]", "bail"),
    ])
    lines = [
        g.pick(["** PRELIMINARY - VOICE RECOGNITION DRAFT - NOT FOR CLINICAL USE **", "DRAFT (unsigned) - PowerScribe",
                "Dictated, not yet signed"]),
        f"{g.name(pt, g.pick(['LAST, FIRST M', 'First Last']))}  MRN {g.mrn()}  Acc {g.accession()}  "
        f"{g.date(day, ['mdY', 'mdy', 'MondY'])}",
        f"{g.header('CLINICAL HISTORY')} {g.age_phrase(age)} {g.pick(['female', 'male'])} "
        f"{g.pick(['with shortness of breath', 'fall, wrist pain', 'knee swelling', 'facial droop'])}. "
        f"Referred by doctor {g.name(g.person(staff=True), 'Last')} period new paragraph",
        f"{g.header('COMPARISON')} {g.pick(['None.', K('modality', 'XR') + ' ' + C.P('DATE_TIME', C.fmt_date(g.day(), 'mdy')) + '.', 'Outside study from ' + K('year', str(g.r.randint(2010, 2022))) + '.'])}",
        f"{g.header('FINDINGS')} {mis[0]}. Measuring {g.meas(2)}. "
        f"{g.pick(['Degenerative changes at ' + K('vertebral_level', g.pick(W.LEVELS)) + '.', 'The ' + K('anatomy', g.pick(W.ANATOMY)) + ' is unremarkable.'])}",
        f"[[correction: patient name misrecognized as \"{g.pick(['mister', 'miss'])} {P('PERSON', pt['last'].lower())} {g.pick(['and', 'in', 'on'])}\" - "
        f"corrected to {g.name(pt, 'Last')} by {g.name(rad, 'F. Last')}]]",
        f"{g.header('IMPRESSION')} 1. {mis[0].split(' [')[0].split(' (')[0]}. 2. Call placed to {g.pick(['Dr.', 'doctor'])} "
        f"{g.name(g.person(staff=True), 'Last')} at {g.time(('ampm', 'a.m.', 'hm'))} {g.date(day, ['md', 'Monthd'])}.",
        f"Dictated by: {g.name(rad, 'First M. Last')}, {K('credential', g.pick(['MD', 'DO']))}  D: {g.date(day, ['mdy'])} "
        f"{g.time(('hm',))}  T: {g.time(('hm',))}",
    ]
    return {"modality": "XR", "marked": "\n".join(lines)}
