"""blind12 styles: nuclear medicine dose logs, MRI safety screens, CT dose alerts, military/VA reports."""

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


def nm_dose_log(rng) -> dict:
    g = C.Gen(rng)
    day = g.day()
    lines = [
        g.pick(["NUCLEAR MEDICINE RADIOPHARMACEUTICAL DOSE LOG", "Hot Lab - Daily Dose Record", "NM dose administration log"]),
        f"Date: {g.date(day, ['mdY', 'dMonY', 'iso', 'MondY'])}   Site: {g.facility()}",
        f"Dose calibrator: Capintec CRC-55tR  S/N {g.serial()}  constancy Cs-137 {g.r.uniform(180, 200):.1f} uCi OK",
        g.pick(["Time  | Patient                  | MRN        | Agent            | Rx mCi | Assay mCi | Tech",
                "time / pt / id / agent / prescribed / measured / initials"]),
    ]
    agents = [("Tc-99m MDP", 20, 25), ("Tc-99m sestamibi", 10, 30), ("F-18 FDG", 8, 15), ("I-131 NaI", 100, 150),
              ("Tc-99m MAA", 3, 5), ("Ga-68 DOTATATE", 4, 6), ("Tc-99m mebrofenin", 5, 8)]
    techs = [g.person(staff=True) for _ in range(2)]
    for _ in range(g.r.randint(5, 8)):
        pt = g.person()
        ag, lo, hi = g.pick(agents)
        rx = g.r.uniform(lo, hi)
        lines.append(f"{g.time(('hm', 'mil', 'ampm2'))} | {g.name(pt, g.pick(['LAST, FIRST', 'Last, First', 'HL7']))} | "
                     f"{g.mrn()} | {ag} | {rx:.1f} | {rx * g.r.uniform(0.95, 1.05):.2f} | "
                     f"{g.name(g.pick(techs), g.pick(['Last', 'F. Last']))}")
    if g.chance(0.6):
        pt = g.person()
        age = g.r.randint(90, 101)
        lines.append(f"MISADMINISTRATION CHECK: {g.name(pt, 'First Last')}, {g.age_phrase(age)}, assay {g.r.randint(21, 27)}% "
                     f"below Rx; AU {g.name(g.person(staff=True), 'First Last')}, {K('credential', 'MD')} notified "
                     f"{g.time(('hours', 'hm'))}. Not reportable (<20% threshold not exceeded for diagnostic).")
    lines.append(f"Waste: Kit lot MDP-{g.r.randint(1000, 9999)} exp {g.pick(['2027-01', '12/2026', 'JUN 2027'])}. "
                 f"Log reviewed by {g.name(g.person(staff=True), 'F. Last')}, {K('credential', 'CNMT')}.")
    return {"modality": "CT", "marked": "\n".join(lines)}


def mri_safety(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    age = g.age(0.2)
    maker, model, kind = g.pick(W.DEVICES)
    yn = lambda: g.pick(["Y", "N", "No", "Yes", "[ ]", "[X]"])
    lines = [
        g.pick(["MRI SAFETY SCREENING FORM (Zone III)", "Magnetic Resonance Safety Questionnaire", "MR SCREENING - PATIENT"]),
        f"Name {g.name(pt, g.pick(['First M. Last', 'LAST, FIRST M', 'FIRST LAST']))}   DOB {g.date(g.dob(age, when), ['mdY', 'mdY-', 'MonthdY', 'dMonthY'])}"
        f"   Wt {g.r.randint(40, 140)} kg   Ht {g.r.randint(140, 200)} cm",
        f"Home address: {g.us_address()}   Cell: {g.phone()}",
        f"Exam ordered: {K('modality', 'MRI')} {g.pick(['brain w/wo', 'L-spine wo', 'cardiac', 'prostate multiparametric', 'knee'])}"
        f"   Acc: {g.accession()}   Appt {g.date(when, ['md', 'mdy'])} {g.time(('ampm', 'ampm2'))}",
        f"1. Prior surgery? {yn()}  {g.pick(['lap chole', 'ORIF ankle', 'CABG', 'none', 'cataract'])} ({K('year', str(g.r.randint(1985, 2023)))})",
        f"2. Cardiac pacemaker / ICD? {yn()}",
        f"3. Aneurysm clips, shunts, neurostimulators? {yn()}",
        f"4. Metal fragments in eyes (welder/grinder)? {yn()}",
        f"5. Pregnant? {g.pick(['N/A', 'No', 'N'])}",
        f"Implant card presented: {maker} {model} ({kind}), model {g.letters(2)}{g.r.randint(10, 99)}{g.pick(['B', 'MR', 'X'])}, "
        f"serial {g.serial()}, implanted {g.date(g.day(2010, 2024), ['mdY', 'MondY', 'dMonY'])} at {g.facility()}",
        f"MR Conditional: 1.5T only, SAR < 2.0 W/kg, {g.pick(['MRI mode ON', 'stim off', 'valve setting ' + str(g.r.randint(1, 8)) + ' recorded'])}",
        f"Sequences limited: {K('sequence', g.pick(W.SEQUENCES))}, {K('sequence', g.pick(['DWI', 'STIR', 'T2 FLAIR']))}",
    ]
    if kind in ("pacemaker", "deep brain stimulator", "vagus nerve stimulator"):
        lines.append(f"Device rep {g.name(g.person(), 'First Last')} ({maker}) on site, {g.phone()}; cardiology "
                     f"{g.staff('MD', title=False)} cleared {g.time(('hm', 'ampm'))}")
    if g.chance(0.35):
        lines.append(f"Hx {K('eponym', g.pick(['Parkinson disease', 'Chiari I malformation', 'Paget disease']))} - DBS/shunt per neuro.")
    lines.append(f"Screened by: {g.name(g.person(staff=True), 'First Last')}, {K('credential', g.pick(['RT(R)(MR)', 'RT(R)', 'ARRT']))} "
                 f"Level 2 MR Personnel   Reviewed: {g.staff('MD')}")
    lines.append(f"Patient signature: {g.name(pt, 'First Last')} (signed)   {g.date(when, ['mdY', 'mdy'])}")
    return {"modality": "MR", "marked": "\n".join(lines)}


def ct_dose_alert(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day(2021, 2026)
    age = g.age(0.3)
    ctdi = g.r.uniform(40, 160)
    dlp = ctdi * g.r.uniform(8, 40)
    station = f"CT{g.r.randint(1, 6)}_{g.pick(['ED', 'MAIN', 'ONC', 'NORTH'])}"
    lines = [
        g.pick(["*** CT DOSE NOTIFICATION / ALERT VALUE EXCEEDED ***", "Radiation Dose Structured Report - ALERT",
                "DOSE MONITOR: alert threshold exceeded"]),
        f"Patient: {g.name(pt, g.pick(['HL7', 'LAST, FIRST M', 'LAST, FIRST']))}   PID {g.mrn()}   Age {g.age_phrase(age, C.SHORT_AGES)}   Sex {pt['sex']}",
        f"Study: {g.accession()}  {K('modality', 'CT')} {g.pick(['PERFUSION HEAD', 'CTA CHEST', 'ABD PELVIS MULTIPHASE', 'CARDIAC CALCIUM'])}",
        f"Study date/time: {g.date(when, ['compact', 'iso', 'mdY'])} {g.time(('hms', 'hm'))}",
        f"Scanner: {g.pick(['SOMATOM Force', 'Revolution CT', 'Aquilion ONE', 'IQon Spectral CT'])}  station {station}  "
        f"device serial {g.serial()}  AE {g.ip()}",
        f"CTDIvol {ctdi:.1f} mGy (alert {g.pick(['80', '100', '150'])} mGy)   DLP {dlp:.0f} mGy-cm   SSDE {ctdi * 1.2:.1f} mGy",
        f"Phantom: {g.pick(['32 cm body', '16 cm head'])}; effective diameter {g.r.randint(22, 41)} cm",
    ]
    lines.append(f"Operator justification ({g.name(g.person(staff=True), 'First Last')}, {K('credential', g.pick(['RT(R)(CT)', 'RT(R)']))}): "
                 f"{g.pick(['repeat for motion', 'bolus tracking re-triggered', 'large habitus', 'perfusion protocol, expected'])}")
    lines.append(f"Reviewed by physicist {g.name(g.person(staff=True), 'First Last')}, {K('credential', 'PhD')} on "
                 f"{g.date(when + C.dt.timedelta(days=g.r.randint(1, 9)), ['mdY', 'MonthdY'])}; "
                 f"radiologist {g.staff('MD')} agrees.")
    if g.chance(0.5):
        lines.append(f"Prior CT exposure: {g.r.randint(2, 9)} exams since {K('year', str(g.r.randint(2015, 2020)))}; "
                     f"cumulative DLP ~{g.r.randint(3000, 9000)} mGy-cm. {K('eponym', g.pick(['Crohn disease', 'Hodgkin lymphoma', 'Wilms tumor']))} surveillance.")
    if g.chance(0.5):
        url = f"https://dose.{g.pick(['hospital.example', 'rad.example.edu'])}/alerts/{g.digits(6)}?pid={g.digits(8)}"
        lines.append(f"Dashboard: {P('URL', url)} (login required)")
    lines.append(f"Alert sent to {g.email()} at {g.time(('hm', 'ampm'))}")
    return {"modality": "CT", "marked": "\n".join(lines)}


RANKS = ["SGT", "SSG", "SPC", "CPL", "PFC", "LCpl", "SSgt", "PO2", "HM3", "CPT", "MAJ", "1LT", "CW2", "TSgt", "SrA"]
UNITS = ["2-75 RGR", "3rd BCT, 101st ABN DIV", "1st Bn, 5th Marines", "USS Carl Vinson (CVN-70)", "388th FW",
         "HHC 1-8 CAV", "VFA-22", "10th SFG(A)"]


def military_va(rng) -> dict:
    g = C.Gen(rng)
    pt = g.person()
    when = g.day()
    va = g.chance(0.5)
    age = g.r.randint(90, 102) if va and g.chance(0.5) else g.r.randint(19, 88)
    fac = P("FACILITY", g.pick(["VA Medical Center - Tuskegee Road", "Bay Pines Annex VA Clinic", "Cheyenne Ridge VAMC",
                                "Jesse Harlan VA Outpatient Imaging"] if va else
                               ["Brooke Army Medical Center annex", "Naval Hospital Oakridge", "Fort Larkin Troop Clinic",
                                "Walter Reed outpatient radiology", "Evans Field Army Community Hospital"]))
    if va:
        ssn4 = g.digits(4)
        head = (f"DEPARTMENT OF VETERANS AFFAIRS - {fac}\nRADIOLOGY REPORT\n"
                f"{g.name(pt, 'LAST, FIRST M')}   {pt['last'][0].upper()}{P('SSN', ssn4)}   "
                f"SSN: XXX-XX-{P('SSN', ssn4)}   ICN {P('MRN', g.digits(10, True) + 'V' + g.digits(6))}\n"
                f"Age: {g.age_phrase(age, C.SHORT_AGES)}   {'WWII' if age >= 96 else 'Korea' if age >= 88 else 'Vietnam era' if age >= 68 else 'Gulf War' if age >= 50 else 'OEF/OIF'} veteran, "
                f"SC {g.r.randint(10, 100)}%\n")
    else:
        head = (f"MILITARY HEALTH SYSTEM - {fac}\n{g.pick(RANKS)} {g.name(pt, g.pick(['LAST, FIRST M', 'First Last', 'LAST First']))}"
                f"   DoD ID {P('MRN', g.digits(10, True))}   FMP/SSN {g.pick(['20', '30', '01'])}/{P('SSN', g.digits(3) + '-' + g.digits(2) + '-' + g.digits(4))}\n"
                f"Unit: {g.pick(UNITS)}   Duty phone {g.phone('us')}   Age {g.age_phrase(age, C.SHORT_AGES)}\n")
    exam_mod, exam, hx, finding = g.pick([
        ("XR", "R FOOT 3V", "ruck march, lateral foot pain",
         f"Transverse fracture at the base of the fifth metatarsal consistent with {K('eponym', 'Jones fracture')}. "),
        ("MRI", "L-SPINE WO", "chronic LBP after airborne ops, hard landing",
         f"Disc bulge at {K('vertebral_level', g.pick(W.LEVELS[2:5]))} with mild canal narrowing. {K('eponym', 'Schmorl node')} at "
         f"{K('vertebral_level', 'L1')}; {K('sequence', 'STIR')} without marrow edema. "),
        ("MRI", "R SHOULDER ARTHROGRAM", "recurrent dislocation during combatives",
         f"Impaction of the posterolateral humeral head ({K('eponym', 'Hill-Sachs lesion')}) and anterior glenoid {K('eponym', 'Bankart lesion')}. "),
        ("CT", "HEAD WO CONTRAST", "blast exposure, TBI screen",
         f"No acute intracranial hemorrhage. {K('sequence', 'SWI')} MRI suggested if symptoms persist. "),
        ("CT", "CHEST WO (LDCT)", "burn pit exposure, dyspnea",
         f"Nodule in the {K('anatomy', g.pick(['right lower lobe', 'left upper lobe']))} measuring {g.meas(1)}, {K('score', 'Lung-RADS 2')}. "),
    ])
    body = (f"Exam: {K('modality', exam_mod)} {exam}"
            f"   Accession {g.accession()}   Date {g.date(when, ['DMONY', 'DMONY2', 'mdY', 'dMonY'])} {g.time(('mil', 'hours'))}\n"
            f"{g.header('HISTORY')} {hx}\n{g.header('FINDINGS')} {finding}")
    body += (f"\n{g.header('IMPRESSION')} See above. Profile recommended x{g.r.randint(14, 90)} days.\n"
             f"Read by {g.pick(['MAJ', 'LTC', 'CDR', 'Lt Col', ''])} {g.name(g.person(staff=True), 'First M. Last')}, {K('credential', g.pick(['MD', 'DO']))}, "
             f"{g.pick(['USA', 'USN', 'USAF', 'MC, USA'])}  DSN {P('PHONE', '312-' + g.digits(3) + '-' + g.digits(4))}")
    if g.chance(0.4):
        body += f"\nCopy to PCM {g.name(g.person(staff=True), 'Last')} and case manager {g.email()}"
    return {"modality": {"XR": "XR", "CT": "CT", "MRI": "MR"}[exam_mod], "marked": head + body}
