"""Clinical content per modality, written in a compact markup whose brackets become keep-spans.

``[e|Baker cyst]`` marks an eponym, ``[a|..]`` anatomy, ``[v|..]`` vertebral level, ``[s|..]`` score,
``[q|..]`` MR sequence, ``[o|..]`` modality word, ``[y|..]`` bare year, ``[h|..]`` section header;
``{m1}`` / ``{m2}`` / ``{m3}`` become random 1-, 2- and 3-D measurements. Why: the terms that look like names
or identifiers sit next to real PHI in the same documents, as they do in real reports.
"""

from __future__ import annotations

import random
import re

from b6_markup import SEP, keep

LABELS = {"e": "eponym", "a": "anatomy", "v": "vertebral_level", "m": "measurement", "s": "score",
          "q": "sequence", "o": "modality", "y": "year", "h": "section_header"}
_BRACKET = re.compile(r"\[([a-z])\|([^\]|]+)\]")

# Entries are "region:: text"; a case draws its indication, findings and impression from its study's region
# (or "any"), so a knee MRI does not report a Hill-Sachs lesion.
STUDIES = {
    "CT": ["chest:: [o|CT] chest with contrast (PE protocol)", "abd:: [o|CT] abdomen and pelvis with IV contrast",
           "neuro:: [o|CT] head without contrast", "chest:: Low-dose [o|CT] lung cancer screening",
           "spine:: [o|CT] cervical spine w/o", "neuro:: [o|CTA] head and neck",
           "spine:: [o|CT] lumbar spine without contrast",
           "chest:: [o|CT] cardiac calcium scoring"],
    "MR": ["neuro:: [o|MRI] brain with and without contrast", "spine:: [o|MRI] lumbar spine w/o contrast",
           "knee:: [o|MRI] right knee", "shoulder:: [o|MRI] left shoulder arthrogram", "abd:: [o|MRI] liver multiphase",
           "pelvis:: [o|MRI] prostate multiparametric", "spine:: [o|MRI] cervical spine",
           "pit:: [o|MR] pituitary protocol"],
    "US": ["thyroid:: [o|US] thyroid", "abd:: [o|US] abdomen complete", "pelvis:: [o|US] pelvis transvaginal",
           "vasc:: [o|US] left lower extremity venous", "abd:: [o|US] right upper quadrant",
           "renal:: [o|US] renal / retroperitoneal", "scrotum:: [o|US] scrotum"],
    "XR": ["chest:: [o|XR] chest 2 views", "wrist:: [o|XR] left wrist 3 views", "foot:: [o|XR] right foot",
           "chest:: [o|XR] portable chest", "spine:: [o|XR] lumbar spine 2-3 views",
           "knee:: [o|XR] bilateral knees standing",
           "wrist:: [o|XR] left forearm"],
    "MG": ["breast:: [o|MG] screening mammogram bilateral with tomosynthesis",
           "breast:: [o|MG] diagnostic mammogram left",
           "breast:: [o|US] left breast targeted", "breast:: [o|MG] diagnostic bilateral, 6-month follow-up"],
}
INDICATIONS = {
    "CT": ["chest:: r/o PE, tachycardic, O2 sat 89%", "abd:: RLQ pain, fever, WBC 14.2",
           "spine:: fall from ladder, neck pain",
           "neuro:: worst headache of life", "chest:: {pack}-pack-year smoker, annual screening",
           "abd:: staging, new pancreatic mass", "spine:: MVC restrained driver, back pain",
           "abd:: abd pain, h/o [e|Crohn disease]", "neuro:: L sided weakness, LKW 2 h", "chest:: CAC screening"],
    "MR": ["spine:: L leg radiculopathy x 6 wks, failed PT", "neuro:: new seizure", "knee:: twisting injury, locking",
           "shoulder:: recurrent anterior dislocation", "abd:: cirrhosis, rising AFP",
           "pelvis:: PSA 8.4, prior negative biopsy",
           "pit:: headaches, visual field cut", "neuro:: tremor, h/o [e|Parkinson disease]",
           "spine:: neck pain, arm numbness"],
    "US": ["thyroid:: palpable thyroid nodule", "abd:: LFTs elevated, RUQ pain", "pelvis:: pelvic pain, LMP 5 wks ago",
           "vasc:: calf swelling, r/o DVT", "renal:: AKI", "scrotum:: scrotal pain", "renal:: abdominal mass in child",
           "thyroid:: low TSH, palpitations"],
    "XR": ["wrist:: FOOSH", "chest:: cough and fever", "foot:: inversion injury, 5th MT tenderness",
           "chest:: line placement",
           "spine:: chronic LBP", "knee:: bilateral knee pain", "wrist:: fall, forearm deformity",
           "chest:: SOB, orthopnea"],
    "MG": ["breast:: screening", "breast:: palpable lump L breast 2:00",
           "breast:: short-interval follow-up of probably benign calcs", "breast:: nipple discharge, bloody, right"],
}
FINDINGS = {
    "CT": ["chest:: Filling defect in the [a|right lower lobe pulmonary artery] segmental branches, consistent with "
           "PE.",
           "chest:: Bilateral [e|Kerley B lines] with small pleural effusions.",
           "abd:: Hypoattenuating mass in the [a|pancreatic head] measuring {m2}, abutting the [a|superior "
           "mesenteric vein].",
           "abd:: Hilar mass with upstream ductal dilatation; a [e|Klatskin tumor] is the main concern.",
           "chest:: Solid nodule in the [a|right upper lobe] measuring {m1}; [s|Lung-RADS 4A].",
           "chest:: Stable {m1} nodule in the [a|left lower lobe]; no follow-up needed per [s|Fleischner] criteria.",
           "abd:: [s|Bosniak IIF] cyst in the lower pole of the [a|left kidney], {m2}.",
           "abd:: Small volume free fluid in [e|Morison pouch].",
           "abd:: Inflamed [e|Meckel diverticulum] in the right lower quadrant.",
           "spine:: Horizontal fracture through [v|L1] with posterior element distraction ([e|Chance fracture]).",
           "spine:: Compression deformity of [v|T12], about 30% height loss, unchanged since [y|2021].",
           "spine:: [e|Jefferson fracture] of [v|C1] with lateral mass offset of {m1}.",
           "abd:: Mural thickening of the [a|terminal ileum] with comb sign, active [e|Crohn disease].",
           "chest:: Bulky mediastinal nodes, largest {m2}, in known [e|Hodgkin lymphoma].",
           "abd:: Bilateral adrenal nodular hyperplasia; correlate clinically for [e|Cushing syndrome].",
           "chest:: Coronary artery calcium, [s|Agatston score 412].",
           "spine:: [e|Schmorl node] at the superior endplate of [v|L3].",
           "abd:: Coarsened trabeculae and cortical thickening of the right hemipelvis, typical of [e|Paget disease].",
           "neuro:: Loss of gray-white differentiation in the left insula; [s|ASPECTS 7].",
           "neuro:: Hyperdense [a|left middle cerebral artery] M1 segment.",
           "neuro:: Patchy periventricular hypoattenuation, chronic small vessel disease.",
           "chest:: Small [e|Bochdalek hernia] containing fat, left posterior hemidiaphragm."],
    "MR": ["neuro:: Scattered [q|T2 FLAIR] hyperintensities in the periventricular white matter.",
           "neuro:: Restricted diffusion on [q|DWI] with low [q|ADC] in the left MCA territory.",
           "neuro:: Punctate foci of blooming on [q|SWI] in the [a|splenium of the corpus callosum].",
           "neuro:: Ring-enhancing lesion on [q|T1 post-contrast] images in the [a|right cerebellar hemisphere], {m2}.",
           "neuro:: [e|Chiari I malformation] with tonsillar descent of {m1} below the [a|foramen magnum].",
           "spine:: Left paracentral protrusion at [v|L4-L5] contacting the traversing nerve root.",
           "spine:: Broad disc osteophyte complex at [v|C5-C6] with moderate left foraminal narrowing.",
           "spine:: Marrow edema on [q|STIR] in the [v|T11] vertebral body without fracture line.",
           "shoulder:: [e|Hill-Sachs lesion] of the humeral head and a [e|Bankart lesion] of the anteroinferior "
           "glenoid.",
           "shoulder:: Full-thickness tear of the [a|supraspinatus tendon] with {m1} retraction.",
           "knee:: Complex tear of the [a|posterior horn of the medial meniscus]; [e|Baker cyst] {m2}.",
           "knee:: [e|Segond fracture] with complete tear of the [a|anterior cruciate ligament].",
           "knee:: Joint effusion with edema of [e|Hoffa fat pad].",
           "knee:: [e|Osgood-Schlatter disease] changes at the tibial tubercle.",
           "abd:: Arterially enhancing observation in [a|segment 7], {m1}, [s|LI-RADS 3].",
           "abd:: Nodular liver contour with splenomegaly, spleen {m1} craniocaudal.",
           "pelvis:: [s|PI-RADS 4] lesion in the [a|left peripheral zone], mid gland, {m1}.",
           "pelvis:: Prostate volume [m|48 mL]; no extraprostatic extension.",
           "pit:: [e|Rathke cleft cyst] {m1}; the [a|optic chiasm] is not displaced.",
           "pit:: Hypoenhancing microadenoma {m1} on dynamic [q|T1 post-contrast] images.",
           "neuro:: Absent nigrosome-1 on [q|SWI], supportive of [e|Parkinson disease] in the right clinical context.",
           "spine:: Mild disc desiccation at [v|L5-S1] without stenosis.",
           "neuro:: Small [e|Tornwaldt cyst], incidental."],
    "US": ["thyroid:: [s|TI-RADS 4] nodule in the [a|right thyroid lobe], {m3}.",
           "thyroid:: Heterogeneous, hypoechoic gland with micronodularity, consistent with [e|Hashimoto thyroiditis].",
           "thyroid:: Diffusely enlarged hypervascular thyroid ('thyroid inferno'), in keeping with [e|Graves "
           "disease].",
           "vasc:: [e|Baker cyst] in the [a|popliteal fossa] measuring {m3}.",
           "vasc:: No DVT from the [a|common femoral vein] through the [a|popliteal vein].",
           "pelvis:: [s|O-RADS 3] cyst in the [a|left ovary], {m2}.",
           "pelvis:: Endometrial stripe {m1}.",
           "abd:: Gallbladder wall thickening to {m1} with a positive sonographic [e|Murphy sign].",
           "renal:: Solid intrarenal mass {m2}; [e|Wilms tumor] is the leading consideration.",
           "renal:: Mild right hydronephrosis. Left kidney {m1} in length.",
           "abd:: Trace free fluid in [e|Morison pouch].",
           "abd:: Common bile duct {m1}, normal.",
           "abd:: Echogenic liver, no focal lesion. Spleen {m1} in length.",
           "scrotum:: Enlarged hyperemic [a|epididymal head], no torsion.",
           "scrotum:: {m1} cyst in the [a|left epididymal head]."],
    "XR": ["wrist:: Dorsally angulated distal radius fracture ([e|Colles fracture]).",
           "wrist:: [e|Monteggia fracture]-dislocation of the forearm with radial head dislocation.",
           "wrist:: Distal radius fracture with volar displacement, [e|Smith fracture].",
           "foot:: Transverse fracture at the base of the fifth metatarsal ([e|Jones fracture]).",
           "foot:: Widening of the [e|Lisfranc] interval by {m1}.",
           "chest:: Bilateral [e|Kerley B lines] and cephalization, pulmonary edema.",
           "chest:: Wedge-shaped peripheral opacity ([e|Hampton hump]) at the [a|right costophrenic angle].",
           "chest:: Enteric tube tip in the [a|gastric body].",
           "chest:: Right IJ catheter tip at the [a|cavoatrial junction].",
           "spine:: Disc space narrowing at [v|L5-S1] with endplate sclerosis.",
           "knee:: Medial compartment narrowing, [s|Kellgren-Lawrence grade 3].",
           "knee:: Small suprapatellar effusion.",
           "chest:: No pneumothorax. Heart size upper normal."],
    "MG": ["breast:: Irregular spiculated mass, [a|left breast upper outer quadrant], 2:00, {m1} from nipple, {m1}.",
           "breast:: Grouped fine pleomorphic calcifications in the [a|right breast] spanning {m1}.",
           "breast:: Heterogeneously dense breasts ([s|ACR density C]).",
           "breast:: Benign [a|intramammary lymph node] in the [a|right axilla].",
           "breast:: Superficial cord-like structure consistent with [e|Mondor disease].",
           "breast:: Thickening of [e|Cooper ligaments] without a mass.",
           "breast:: Stable postsurgical changes in the [a|left breast], no suspicious finding."],
}
IMPRESSIONS = {
    "CT": ["any:: Acute findings as above; recommend clinical correlation.",
           "neuro:: No acute intracranial hemorrhage.",
           "any:: Findings discussed; see recommendations.", "chest:: [s|Lung-RADS 2], annual screening in 12 months."],
    "MR": ["neuro:: No acute infarct.", "knee:: Findings as above; orthopedic referral suggested.",
           "shoulder:: Findings as above; orthopedic referral suggested.", "abd:: [s|LI-RADS 4], discuss at MDT.",
           "spine:: Degenerative changes most pronounced at [v|L4-L5].", "any:: See findings."],
    "US": ["thyroid:: [s|TI-RADS 4]: FNA recommended if {m1} or larger.", "vasc:: No DVT.",
           "any:: Findings as described."],
    "XR": ["any:: Acute fracture as above.", "chest:: No acute cardiopulmonary process.",
           "chest:: Lines and tubes as above.",
           "any:: No acute osseous abnormality."],
    "MG": ["breast:: [s|BI-RADS 4]: suspicious, biopsy recommended.",
           "breast:: [s|BI-RADS 0]: incomplete, additional imaging.",
           "breast:: [s|BI-RADS 2]: benign.", "breast:: [s|BI-RADS 3]: probably benign, 6-month follow-up."],
}
# Eponyms whose first word is also a surname; a person in the same document may carry that surname.
EPONYM_SURNAMES = ["Baker", "Graves", "Paget", "Colles", "Crohn", "Hodgkin", "Cushing", "Parkinson", "Chance",
                   "Jones", "Smith", "Murphy", "Segond", "Hampton", "Mondor", "Wilms", "Klatskin", "Hill"]


def measurement(rng: random.Random, dims: int) -> str:
    """A measurement as radiologists dictate it."""
    if dims == 1:
        return rng.choice([f"{rng.randint(3, 19)} mm", f"{rng.randint(2, 38) / 10:.1f} cm", f"{rng.randint(4, 14)}mm"])
    vals = [f"{rng.randint(6, 58) / 10:.1f}" for _ in range(dims)]
    return rng.choice([" x ".join(vals) + " cm", " x ".join(vals) + "cm", " × ".join(vals) + " cm"])


def fill(rng: random.Random, template: str) -> str:
    """Turn the compact markup into keep() marks (and random measurements)."""
    out = _BRACKET.sub(lambda m: keep(LABELS[m.group(1)], m.group(2)), template)
    for dims in (1, 2, 3):
        while f"{{m{dims}}}" in out:
            out = out.replace(f"{{m{dims}}}", keep("measurement", measurement(rng, dims)), 1)
    return out.replace("{pack}", str(rng.randint(20, 60)))


def region_pick(entries: list[str], region: str) -> list[str]:
    """The texts of the "region:: text" entries that fit ``region`` (an "any" entry fits every region)."""
    out = [e.split(":: ", 1)[1] for e in entries if e.split(":: ", 1)[0] in (region, "any")]
    return out or [e.split(":: ", 1)[1] for e in entries]


def header(name: str) -> str:
    """A section header keep-span (the word only; the colon stays outside)."""
    return keep("section_header", name)


def eponym_surnames(text: str) -> list[str]:
    """Surnames hidden in the eponyms of some filled clinical text (for deliberate name collisions)."""
    return [s for s in EPONYM_SURNAMES if re.search(rf"eponym{SEP}{s}\b", text)]
