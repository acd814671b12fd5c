"""blind11 styles: PACS downtime logs, patient-portal messages, Asian/African reports, European reports."""

from __future__ import annotations

import datetime as _dt
import importlib.util
import sys
from pathlib import Path


def _common():
    key = "blind11_b11_common"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).resolve().parent / "b11_common.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[key] = mod
        spec.loader.exec_module(mod)
    return sys.modules[key]


globals().update({k: v for k, v in vars(_common()).items() if not k.startswith("_")})


def pacs_downtime(rng):
    d = rdate(rng)
    admin, tech, rad = Person(rng), Person(rng), Person(rng)
    h = rng.randint(0, 20)
    node = ip(rng)
    L = [f"PACS/RIS DOWNTIME LOG - {fac(rng)}",
         f"Incident opened {D(rng, d, ['%Y-%m-%d', '%m/%d/%Y'])} {T(rng, h, rng.randint(0, 59), ['sec', '24'])} by {name(admin, rng.choice(['full', 'lf']))} (PACS admin, x{rng.randint(1000, 9999)})",
         f"Affected: {rng.choice(['CT2 (SOMATOM Force)', 'MR1 (Ingenia 3T)', 'DR room 4 (DigitalDiagnost)'])} serial {serial(rng)}, AE CT2_ED @ {node}:104",
         f"Router {ip(rng)} not reachable; viewer {P('URL', 'http://' + rng.choice(['10.12.4.9', '192.168.40.17', 'pacs01.local']) + ':8080/zfp?acc=' + digits(rng, 9))} timing out.", ""]
    for k in range(rng.randint(3, 5)):
        pt = Person(rng)
        L.append(f"{T(rng, min(h + k, 23), rng.randint(0, 59), ['24', 'sec'])}  queued study {acc(rng)}  {name(pt, rng.choice(['hl7', 'lfm']))}  "
                 f"MRN {mrn(rng)}  {K('modality', rng.choice(['CT', 'MR', 'CR', 'US']))}  status={rng.choice(['HELD', 'SENT', 'RETRY 3', 'C-STORE FAILED 0xA700'])}")
    L += ["",
          f"Workaround: images burned to CD by {name(tech, 'init')}, {cred_k('RT(R)')}; paper downtime requisitions used; "
          f"prelim reads phoned by {dr(rng, rad)} from reading room {phone(rng)}.",
          f"Vendor ticket opened with support line {phone(rng)} (case {rng.randint(10, 99)}-{rng.randint(10000, 99999)}); "
          f"remote session from {ip(rng)}.",
          f"Restored {T(rng, min(h + 5, 23), rng.randint(0, 59))}. Backlog reconciled against RIS on {D(rng, d + _dt.timedelta(days=1), ['m/d', 'B d', '%m/%d/%Y'])}. "
          f"Notify {email(rng, admin)} of any missing priors."]
    return "\n".join(L) + "\n", "CT"


def patient_portal(rng):
    pt, nurse, rad = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([28, 51, 69, 90, 92])
    spanish = rng.random() < 0.3
    lower = rng.random() < 0.4
    nm = P("PERSON", (pt.first + " " + pt.last).lower()) if lower else name(pt, "full")
    dobv = D(rng, dob_for(rng, age, d), ["m/d/yy", "%m/%d/%Y", "B d, Y"])
    if spanish:
        body = [f"Asunto: resultados de mi resonancia", f"Enviado: {D(rng, d + _dt.timedelta(days=3), ['%d/%m/%Y'])} {T(rng)}", "",
                f"Hola, soy {nm}, fecha de nacimiento {dobv}. Tengo {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))} años.",
                f"El doctor {P('PERSON', rad.last)} dijo que mi {mod('MRI')} de la rodilla muestra un {K('eponym', 'quiste de Baker')}? "
                f"Es grave? Vivo en {street(rng)}, {us_city(rng)[0]} y no tengo carro.",
                f"Mi hija {name(Person(rng, pt.last), 'full')} puede ayudar, su número es {phone(rng)}."]
    else:
        body = [f"Subject: {rng.choice(['question about my CT', 'MRI results??', 'need copy of images'])}",
                f"Sent: {D(rng, d + _dt.timedelta(days=3))} {T(rng)}", "",
                f"hi this is {nm} dob {dobv}, i'm {P('AGE_OVER_89', str(age)) if age > 89 else K('age_under_90', str(age))} "
                f"and my {rng.choice(['ct', 'mri', 'scan'])} from {D(rng, d, ['m/d', 'B d', 'b. d'])} says "
                f"{rng.choice([K('eponym', 'Baker cyst'), K('eponym', 'Schmorl node') + ' at ' + level(rng), 'a ' + meas(rng) + ' spot on my ' + K('anatomy', 'left adrenal gland')])}. "
                f"is that cancer?? my account # is {account(rng)} if that helps.",
                f"also pls send the disc to my new address {us_address(rng)}. my cell {phone(rng)}.",
                f"{rng.choice(['thx', 'thank you', '-' + pt.first[0]])}"]
    reply = ["", "---- Reply ----",
             f"From: {name(nurse, 'full')}, {cred_k('RN')} - {fac(rng)} Radiology Nurse Line",
             f"Date: {D(rng, d + _dt.timedelta(days=4))} {T(rng)}",
             (f"Estimado/a {P('PERSON', pt.first)}: {dr(rng, rad)} revisó su informe (número de acceso {acc(rng)}). Le llamaremos mañana."
              if spanish else f"Hello {P('PERSON', pt.first)}, {dr(rng, rad)} reviewed your report (accession {acc(rng)}). ")
             + ("" if spanish else f"A {K('eponym', 'Baker cyst')} is a fluid pocket, not cancer. "
                f"Request images at {P('URL', 'https://portal.' + rng.choice(['lanternbay', 'silverfork']) + '.example/imaging/request')}.")]
    return "\n".join(body + reply) + "\n", "MR"


def intl_report(rng):
    pt, rad, ref = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([36, 58, 74, 90, 93])
    agev = P("AGE_OVER_89", str(age)) if age > 89 else K("age_under_90", str(age))
    dfm = ["%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y", "d B Y"]
    country = rng.choice(["SG", "IN", "ZA"])
    if country == "SG":
        nid, idlab = P("SSN", f"{rng.choice('STFG')}{digits(rng, 7)}{rng.choice('ABCDEHIJZ')}"), "NRIC"
        place = f"Blk {rng.randint(100, 999)} {rng.choice(['Tampines St 81', 'Jurong West Ave 5', 'Ang Mo Kio Ave 3'])}, #{rng.randint(2, 25):02d}-{rng.randint(10, 999)}"
        addr = f"{P('STREET_ADDRESS', place)}, {P('CITY', 'Singapore')} {P('ZIP', digits(rng, 6))}"
        tel = P("PHONE", f"+65 {rng.choice('689')}{digits(rng, 3)} {digits(rng, 4)}")
        extra = f"MediShield Life / insurer policy: {plan_id(rng)}"
    elif country == "IN":
        nid, idlab = P("SSN", f"{rng.randint(2, 9)}{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"), "Aadhaar"
        inc = rng.choice([("Bengaluru", "Karnataka"), ("Pune", "Maharashtra"), ("Chennai", "Tamil Nadu")])
        addr = (f"{P('STREET_ADDRESS', f'No. {rng.randint(1, 200)}, {rng.randint(1, 20)}th Cross, Indiranagar 2nd Stage')}, "
                f"{P('CITY', inc[0])} - {P('ZIP', str(rng.randint(400001, 600099)))}, {inc[1]}")
        tel = P("PHONE", f"+91 {rng.randint(70000, 99999)} {digits(rng, 5)}")
        extra = f"ABHA No: {P('HEALTH_PLAN_ID', f'{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}')}"
    else:
        nid, idlab = P("SSN", f"{rng.randint(40, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 7)}"), "SA ID"
        addr = (f"{P('STREET_ADDRESS', str(rng.randint(1, 99)) + ' ' + rng.choice(['Kloof Nek Rd', 'Voortrekker Weg', 'Jan Smuts Ave']))}, "
                f"{P('CITY', rng.choice(['Cape Town', 'Durban', 'Gqeberha']))}, {P('ZIP', str(rng.randint(1000, 9999)))}")
        tel = P("PHONE", f"0{rng.randint(71, 84)} {digits(rng, 3)} {digits(rng, 4)}")
        extra = f"Medical aid: Discovery-style plan, member no. {plan_id(rng)}"
    L = [fac(rng, f"{rng.choice(FAC_A)} {rng.choice(['Hospital', 'Diagnostic Centre', 'Radiology Department'])}"),
         f"Name : {P('PERSON', pt.upper()) if rng.random() < 0.5 else name(pt, rng.choice(['lf', 'fml']))}    {idlab} : {nid}",
         f"Age/Sex : {agev}Y/{rng.choice('MF')}    UHID : {mrn(rng)}    Bill No : {account(rng)}",
         f"Address : {addr}    Contact : {tel}",
         extra,
         f"Ref. by : Dr. {P('PERSON', ref.init())}    Study date : {D(rng, d, dfm)}    Reg. time : {T(rng, fmts=['ampm', '24'])}", "",
         f"{mod('MRI')} {rng.choice(['LS SPINE (PLAIN)', 'LUMBOSACRAL SPINE WITH WHOLE SPINE SCREENING', 'L-S SPINE'])}", "",
         f"{hdr('OBSERVATIONS')}:" if rng.random() < 0.5 else f"{hdr('FINDINGS')}:",
         f"- {rng.choice(['Disc bulge', 'Posterior disc protrusion'])} at {level(rng, LUMBAR)} indenting thecal sac; {seq(rng)} hyperintensity.",
         f"- Incidental: {anat(rng, ABD)} {meas(rng)} lesion, {rng.choice(['simple cyst', 'indeterminate', K('score', 'Bosniak IIF')])}.",
         f"- No {K('eponym', rng.choice(['Kerley B lines', 'Meckel diverticulum']))}. Known {K('eponym', 'Hashimoto thyroiditis')}.",
         f"{hdr('IMPRESSION')}: As above. Clinical correlation.", "",
         f"Dr. {P('PERSON', rad.full())}, {cred_k(rng.choice(['MBBS, MD', 'MBChB, FCRad(D)', 'MBBS, FRCR']))}  Consultant Radiologist",
         f"Report printed {D(rng, d, dfm)} {T(rng)} - verify at {P('URL', 'https://reports.' + rng.choice(['medix', 'radlink']) + '.example/v/' + letters(rng, 6))}"]
    return "\n".join(L) + "\n", "MR"


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def eu_report(rng):
    pt, rad, ref = Person(rng), Person(rng), Person(rng)
    d = rdate(rng)
    age = rng.choice([41, 66, 79, 90, 95])
    agev = P("AGE_OVER_89", str(age)) if age > 89 else K("age_under_90", str(age))
    dob = dob_for(rng, age, d)
    dd = lambda x: D(rng, x, ["%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y", "%Y-%m-%d"])
    c = rng.choice(["DE", "NL", "SE", "DK"])
    if c == "DE":
        L = [fac(rng, f"Radiologische Praxis am {rng.choice(['Rheinufer', 'Stadtwald', 'Marktplatz'])}"),
             f"{P('STREET_ADDRESS', rng.choice(['Lindenallee', 'Bonner Str.', 'Hauptstraße']) + ' ' + str(rng.randint(1, 140)))}, "
             f"{P('ZIP', digits(rng, 5))} {P('CITY', rng.choice(['Köln', 'Münster', 'Leipzig']))} · Tel. {P('PHONE', f'+49 {rng.randint(201, 911)} {digits(rng, 7)}')}", "",
             f"Patient: {name(pt, rng.choice(['lf', 'full']))}, geb. {dd(dob)} ({agev} J.)",
             f"Versichertennr.: {P('HEALTH_PLAN_ID', rng.choice('ABCDEFGHJK') + digits(rng, 9))}   Pat.-Nr. {mrn(rng)}",
             f"Überweiser: Dr. med. {P('PERSON', ref.full())}   Untersuchung vom {P('DATE_TIME', f'{d.day}. {MONTHS_DE[d.month - 1]} {d.year}')}", "",
             f"{mod('MRT')} der LWS ({seq(rng)}, T1, T2)", f"{hdr('Befund')}:",
             f"Bandscheibenprotrusion {level(rng, LUMBAR)} mit {meas(rng)} Recessusstenose. Deckplatteneinbruch mit {K('eponym', 'Schmorl-Knötchen')}.",
             f"{hdr('Beurteilung')}: Keine Fraktur. Verlaufskontrolle empfohlen. Vorbefund aus {year(d.year - rng.randint(1, 6))}.",
             "", f"Mit freundlichen Grüßen", f"Dr. med. {P('PERSON', rad.full())}, Fachärztin/Facharzt für Radiologie",
             f"Befund erstellt {dd(d)} {T(rng, fmts=['24'])} Uhr"]
    elif c == "NL":
        L = [fac(rng, f"Ziekenhuis {rng.choice(['Rijnstate-Oost', 'De Kempen', 'Amstelzicht'])}") + " - afdeling Radiologie",
             f"Patiënt: {P('PERSON', f'{pt.init()}')} ({rng.choice(['dhr.', 'mevr.'])}), geboren {dd(dob)}, BSN {P('SSN', digits(rng, 9))}",
             f"Adres: {P('STREET_ADDRESS', rng.choice(['Keizersgracht', 'Dorpsstraat', 'Molenweg']) + ' ' + str(rng.randint(1, 400)))}, "
             f"{P('ZIP', f'{rng.randint(1000, 9999)} {letters(rng, 2)}')} {P('CITY', rng.choice(['Utrecht', 'Arnhem', 'Eindhoven']))}",
             f"Tel: {P('PHONE', f'06-{digits(rng, 8)}')}   Ziekenhuisnr: {mrn(rng)}   Leeftijd {agev}",
             f"Onderzoek: {mod('CT')} thorax, {P('DATE_TIME', f'{d.day} {MONTHS_NL[d.month - 1]} {d.year}')}, aanvrager {P('PERSON', ref.init())}", "",
             f"{hdr('Verslag')}: Nodulus {meas(rng)} in de {K('anatomy', 'rechter onderkwab')}. Geen {K('eponym', 'Kerley B lines')}.",
             f"{hdr('Conclusie')}: {K('score', 'Fleischner')} follow-up over 6 maanden.",
             "", f"{P('PERSON', rad.full())}, radioloog  {dd(d)} {T(rng)}"]
    else:
        se = c == "SE"
        pn = (f"{dob.strftime('%Y%m%d')}-{digits(rng, 4)}" if se else f"{dob.strftime('%d%m%y')}-{digits(rng, 4)}")
        cityz = (f"{P('ZIP', f'{rng.randint(100, 989)} {digits(rng, 2)}')} {P('CITY', rng.choice(['Uppsala', 'Göteborg', 'Lund']))}" if se
                 else f"{P('ZIP', str(rng.randint(1000, 9990)))} {P('CITY', rng.choice(['Aarhus', 'Odense', 'Aalborg']))}")
        hosp = (rng.choice(["Akademiska", "Sahlgrenska-Nord", "Västra Ekbacka"]) + " sjukhuset" if se
                else rng.choice(["Vestfjord", "Kildebakke", "Nordlys"]) + " Sygehus")
        tel = ("0" + str(rng.randint(10, 90)) + "-" + digits(rng, 3) + " " + digits(rng, 2) + " " + digits(rng, 2) if se
               else "+45 " + " ".join(digits(rng, 2) for _ in range(4)))
        road = rng.choice(["Storgatan", "Kungsvägen", "Björkvägen"] if se else ["Nørregade", "Vesterbrogade", "Skovvej"])
        L = [fac(rng, hosp) + (" - Röntgenkliniken" if se else " - Radiologisk Afdeling"),
             f"{'Personnummer' if se else 'CPR-nr.'}: {P('SSN', pn)}   {'Namn' if se else 'Navn'}: {name(pt, 'lf')}   "
             f"{'Ålder' if se else 'Alder'}: {agev}",
             f"{'Adress' if se else 'Adresse'}: {P('STREET_ADDRESS', road + ' ' + str(rng.randint(1, 90)))}, {cityz}",
             f"Telefon: {P('PHONE', tel)}",
             f"{'Undersökning' if se else 'Undersøgelse'}: {mod('DT' if se else 'CT')} {'buk' if se else 'abdomen'} {dd(d)} kl. {T(rng, fmts=['24'])}   "
             f"{'Remittent' if se else 'Henvisende læge'}: {P('PERSON', ref.full())}",
             f"{'Remissnr' if se else 'Henvisningsnr.'}: {acc(rng)}", "",
             (f"{hdr('Utlåtande')}: {meas(rng)} förändring i {K('anatomy', 'vänster binjure')}. {K('eponym', 'Crohns sjukdom')} känd sedan {year(d.year - rng.randint(3, 20))}."
              if se else f"{hdr('Konklusion')}: {meas(rng)} forandring i {K('anatomy', 'venstre binyre')}. Kendt {K('eponym', 'Morbus Crohn')} siden {year(d.year - rng.randint(3, 20))}."),
             "", f"{P('PERSON', rad.full())}, {'överläkare' if se else 'overlæge'}  {dd(d)}"]
    return "\n".join(L) + "\n", "CT"
