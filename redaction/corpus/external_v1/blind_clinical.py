"""Clinical sentences for the blind corpus, with their keep-spans marked by short codes.

Codes: [e:..] eponym, [a:..] anatomy, [v:..] vertebral level, [sc:..] score, [sq:..] sequence, [mod:..]
modality, [yr:..] year; {cm} {cm3} {mm} {hu} {suv} become random measurements. Device and drug names
appear unmarked: they are not PHI, and redacting them costs character precision.
"""

from __future__ import annotations

from random import Random

import blind_pools as pools
from blind_markup import K, expand_codes

# modality -> exam -> finding sentences that exam can produce.
FINDINGS = {
    "CT": {
        "CT CHEST W CONTRAST": (
            "There is a {cm} spiculated nodule in the [a:right upper lobe] abutting the apex, suspicious for a [e:Pancoast tumor].",
            "Scattered [e:Kerley B lines] and small bilateral effusions suggest interstitial edema.",
            "Solid {cm} nodule in the [a:right lower lobe]; follow-up per [sc:Fleischner] guidelines. [sc:Lung-RADS 4A].",
            "Enlarged left supraclavicular node measuring {mm} short axis ([e:Virchow node]).",
            "Conglomerate mediastinal adenopathy in this patient with known [e:Hodgkin lymphoma], mean {hu}.",
            "Left posterolateral diaphragmatic defect containing fat, a [e:Bochdalek hernia], unchanged since [yr:2019].",
            "Small anterior [e:Morgagni hernia] containing omental fat.",
            "Compression deformity of [v:T12] with 30% height loss; [v:T11] and [v:L1] are intact.",
        ),
        "CT ABD/PELVIS W IV CONTRAST": (
            "A {cm} enhancing mass in the [a:left kidney] contains septations; [sc:Bosniak IIF].",
            "Hilar mass at the confluence of the hepatic ducts with upstream dilatation, compatible with [e:Klatskin tumor].",
            "Wall thickening of the [a:terminal ileum] over {cm} with comb sign, in keeping with active [e:Crohn disease].",
            "Inflamed diverticulum arising from the antimesenteric [a:distal ileum], a [e:Meckel diverticulum].",
            "Arterially enhancing {cm} observation in segment 7 with washout and capsule, [sc:LI-RADS LR-5].",
            "Coarsened trabeculae and cortical thickening of the [a:right hemipelvis], typical of [e:Paget disease].",
            "Enhancing {cm} nodule at the umbilicus ([e:Sister Mary Joseph nodule]).",
            "Status post [e:Whipple procedure] with an intact hepaticojejunostomy.",
            "Tiny left renal cyst, {mm}, too small to characterize ({hu}).",
            "Mild splenomegaly ({cm3}). Low-attenuation liver, {hu}, compatible with steatosis.",
            "[e:Schmorl node] at the inferior endplate of [v:L2]; disc bulge at [v:L4-L5].",
        ),
        "CT HEAD WO CONTRAST": (
            "Hyperdense [a:left middle cerebral artery] sign; [sc:ASPECTS 8].",
            "No intracranial hemorrhage. Prominent [e:Virchow-Robin spaces] in the basal ganglia.",
            "Chronic lacune in the [a:right thalamus], {mm}.",
            "Hypoattenuation of the [a:left insular ribbon] without mass effect.",
        ),
        "CT ABDOMEN PEDIATRIC W CONTRAST": (
            "Heterogeneous renal mass {cm3} arising from the [a:right kidney] with a claw sign, favoring [e:Wilms tumor] over neuroblastoma.",
            "Expansile lytic lesion of the [a:left iliac wing] with onion-skin periosteal reaction; [e:Ewing sarcoma] is a consideration.",
            "Target lesion in the [a:right lower quadrant], ileocolic intussusception.",
        ),
    },
    "MR": {
        "MRI BRAIN W/WO": (
            "Tonsillar ectopia of {mm} below the foramen magnum, a [e:Chiari I malformation], with a syrinx from [v:C4] to [v:C7].",
            "Cystic dilatation of the fourth ventricle with vermian hypoplasia, consistent with a [e:Dandy-Walker malformation].",
            "Focus of restricted diffusion on [sq:DWI] with low [sq:ADC] in the [a:left corona radiata], {mm}.",
            "Periventricular [sq:T2 FLAIR] hyperintensities oriented perpendicular to the ventricles.",
            "Enhancing lesion on [sq:T1 post-contrast] images, {cm}, in the [a:right frontal lobe] with blooming on [sq:SWI].",
            "Dilated [e:Virchow-Robin spaces] in the basal ganglia, a normal variant.",
        ),
        "MR SPINE WO": (
            "Disc extrusion at [v:C5-C6] effacing the ventral cord; foraminal narrowing at [v:C6-C7].",
            "[sq:T1] hypointense, [sq:T2] hyperintense marrow signal at the [v:L3] endplates, [e:Modic type 1] change.",
            "Perineural [e:Tarlov cyst] at [v:S2], {mm}.",
            "[e:Schmorl node] at the superior endplate of [v:L1]; broad-based protrusion at [v:L4-L5] and [v:L5-S1].",
            "Findings of [e:Arnold-Chiari II malformation] with a repaired lumbar myelomeningocele.",
            "Marrow edema on [sq:STIR] at [v:T12] with a fracture line, acute.",
        ),
        "MRI KNEE RIGHT WO": (
            "Bone marrow edema on [sq:STIR] in the [a:lateral tibial plateau] with a [e:Segond fracture].",
            "Fluid-filled [e:Baker cyst] in the [a:popliteal fossa] measuring {cm}, ruptured inferiorly.",
            "High signal in the [a:anterior cruciate ligament] on [sq:PD fat-sat] images, consistent with a partial tear.",
            "Horizontal tear of the [a:posterior horn of the medial meniscus].",
        ),
        "MRI SHOULDER LEFT": (
            "Impaction of the posterolateral humeral head ([e:Hill-Sachs lesion]) and an anteroinferior labral tear ([e:Bankart lesion]).",
            "Full-thickness tear of the [a:supraspinatus tendon], {mm} retraction.",
            "Fluid in the [a:subacromial-subdeltoid bursa].",
        ),
        "MR FOOT RIGHT WO": (
            "Intermetatarsal soft-tissue mass between the third and fourth metatarsal heads, {mm}, a [e:Morton neuroma].",
            "Ligamentous disruption at the [a:second tarsometatarsal joint] ([e:Lisfranc injury]).",
            "Marrow edema in the [a:base of the fifth metatarsal] on [sq:STIR], healing [e:Jones fracture].",
        ),
        "MR PROSTATE MULTIPARAMETRIC": (
            "Peripheral zone lesion {mm} with marked restriction on [sq:DWI], [sc:PI-RADS 4].",
            "Low [sq:T2] signal nodule, {mm}, in the [a:transition zone], [sc:PI-RADS 2].",
            "Prostate volume {cm3}. Seminal vesicles are unremarkable.",
        ),
    },
    "XR": {
        "XR WRIST 3V LEFT": (
            "Dorsally angulated distal radius fracture ([e:Colles fracture]) with ulnar styloid avulsion.",
            "Volarly displaced distal radial fracture, a [e:Smith fracture].",
            "Distal radial shaft fracture with DRUJ disruption ([e:Galeazzi fracture]).",
        ),
        "XR FOREARM 2V": (
            "Proximal ulnar fracture with radial head dislocation ([e:Monteggia fracture-dislocation]).",
            "Distal radial shaft fracture with DRUJ disruption ([e:Galeazzi fracture]).",
        ),
        "XR FOOT RIGHT 3V": (
            "Transverse fracture at the base of the fifth metatarsal, diaphyseal-metaphyseal junction ([e:Jones fracture]).",
            "Widening between the first and second metatarsal bases concerning for a [e:Lisfranc] injury.",
            "Flattening of the second metatarsal head, [e:Freiberg infraction].",
        ),
        "XR KNEE BILAT STANDING": (
            "Small avulsion fragment off the [a:lateral tibial plateau] ([e:Segond fracture]).",
            "Moderate medial joint space narrowing, [sc:Kellgren-Lawrence grade 3].",
            "Fragmentation of the tibial tubercle, [e:Osgood-Schlatter disease].",
        ),
        "XR CHEST 2V": (
            "Interstitial opacities with [e:Kerley B lines] and cephalization.",
            "Apical cap on the right with rib destruction, concerning for [e:Pancoast tumor].",
            "Endotracheal tube tip {cm} above the [a:carina]. [e:Swan-Ganz catheter] tip in the right pulmonary artery.",
            "Hyperlucent left hemithorax with small hilum; [e:Swyer-James] syndrome is a consideration.",
            "Wedge-shaped peripheral opacity ([e:Hampton hump]).",
            "Healed rib fractures on the left; [a:costophrenic angles] are sharp.",
        ),
        "XR THORACIC SPINE 2V": (
            "Flowing anterior osteophytes from [v:T7] to [v:T11], compatible with [e:Forestier disease] (DISH).",
            "Mild wedging of [v:T12], unchanged.",
        ),
    },
    "US": {
        "US KNEE/POPLITEAL RIGHT": (
            "Complex [e:Baker cyst] {cm} in the medial [a:popliteal fossa]; no DVT in the popliteal vein.",
            "Compressible popliteal and femoral veins.",
        ),
        "US THYROID": (
            "Nodule in the [a:right thyroid lobe], solid, hypoechoic, taller-than-wide, {cm}, [sc:TI-RADS TR5].",
            "Diffusely heterogeneous, hypervascular thyroid ('thyroid inferno') consistent with [e:Graves disease].",
            "Pseudonodular thyroid with echogenic septations, favoring [e:Hashimoto thyroiditis].",
            "Spongiform nodule in the [a:left thyroid lobe], {mm}, [sc:TI-RADS TR2].",
        ),
        "US ABDOMEN COMPLETE": (
            "Gallbladder wall thickening {mm} with positive sonographic [e:Murphy sign].",
            "Fluid in [e:Morison pouch]. Liver measures {cm} craniocaudal.",
            "Right renal length {cm}; no hydronephrosis. Prominent column of [e:Bertin].",
        ),
        "US PELVIS TRANSVAGINAL": (
            "Simple-appearing adnexal cyst {cm}, [sc:O-RADS 2].",
            "Endometrial stripe {mm}. Small [e:Nabothian cyst] in the cervix.",
        ),
        "US BREAST LEFT LTD": (
            "Hypoechoic mass at 2 o'clock, 4 cm from the nipple, {cm}, [sc:BI-RADS 4B].",
            "Simple cyst at 10 o'clock, {mm}, [sc:BI-RADS 2].",
        ),
    },
    "MG": {
        "MG SCREENING BILAT TOMO": (
            "Heterogeneously dense breast tissue which may obscure small masses.",
            "No suspicious mass, architectural distortion or calcification. [sc:BI-RADS 1]: negative.",
            "Stable benign-appearing calcified oil cyst at 6 o'clock, [sc:BI-RADS 2].",
            "Focal asymmetry in the [a:right retroareolar region] on the CC view only; [sc:BI-RADS 0], additional imaging needed.",
            "Intramammary lymph node in the [a:left axillary tail], {mm}.",
        ),
        "MG DIAGNOSTIC LEFT": (
            "Grouped fine pleomorphic calcifications in the [a:upper outer quadrant of the left breast] spanning {cm}, [sc:BI-RADS 4C].",
            "Spiculated mass {cm} with associated skin retraction, [sc:BI-RADS 5].",
            "Probably benign circumscribed mass {mm}, [sc:BI-RADS 3]; short-interval follow-up in 6 months.",
        ),
    },
    "NM": {
        "NM THYROID UPTAKE AND SCAN": (
            "Diffusely increased radiotracer uptake in an enlarged thyroid, 24-hour uptake {pct}, consistent with [e:Graves disease].",
            "Heterogeneous, low uptake ({pct}) in keeping with [e:Hashimoto thyroiditis].",
        ),
        "NM BONE SCAN WHOLE BODY": (
            "Multifocal increased osteoblastic activity in the spine and [a:pelvis] compatible with metastases.",
            "Intense uptake throughout the [a:right hemipelvis] and femur with bone expansion, typical of [e:Paget disease].",
            "Linear uptake at [v:L1] corresponding to a known compression fracture.",
        ),
        "NM MECKEL SCAN": (
            "Focal uptake in the [a:right lower quadrant] appearing with the stomach, consistent with a [e:Meckel diverticulum].",
            "No ectopic gastric mucosa identified.",
        ),
        "PET/CT SKULL BASE TO THIGH": (
            "FDG-avid mediastinal nodes, {suv}, [sc:Deauville 4], in this patient with [e:Hodgkin lymphoma].",
            "Hypermetabolic {cm} nodule in the [a:left upper lobe], {suv}.",
            "FDG-avid left supraclavicular node ([e:Virchow node]), {suv}.",
        ),
    },
    "RF": {
        "FL ESOPHAGRAM": (
            "Posterior outpouching at the pharyngoesophageal junction, a [e:Zenker diverticulum] measuring {cm}.",
            "Lateral pharyngeal pouch below the cricopharyngeus ([e:Killian-Jamieson diverticulum]).",
            "Smooth thin ring at the gastroesophageal junction, [e:Schatzki ring], with transient barium tablet hang-up.",
            "Reticular mucosal pattern in the [a:distal esophagus]; correlate for [e:Barrett esophagus].",
            "Intact [e:Nissen fundoplication] wrap without leak.",
        ),
        "FL UPPER GI SMALL BOWEL FOLLOW-THROUGH": (
            "Narrowed [a:terminal ileum] with string sign, compatible with [e:Crohn disease].",
            "No leak at the gastrojejunal anastomosis after [e:Roux-en-Y] gastric bypass.",
            "Fluoroscopy time {min}; dose area product {dap}.",
        ),
        "FL CONTRAST ENEMA PEDIATRIC": (
            "Transition zone in the [a:rectosigmoid] in this infant, suspicious for [e:Hirschsprung disease].",
            "Fluoroscopy time {min}; dose area product {dap}.",
        ),
    },
    "IR": {
        "IR PORT PLACEMENT": (
            "Right internal jugular access under ultrasound guidance; 8 Fr sheath placed.",
            "Port-a-Cath placed via the right internal jugular vein; tip at the cavoatrial junction.",
            "Fluoroscopy time {min}.",
        ),
        "IR TIPS": (
            "Transjugular access; hepatic venography shows a spider-web pattern of [e:Budd-Chiari syndrome].",
            "TIPS created with a 10 mm stent graft; portosystemic gradient reduced to {mmhg}.",
        ),
        "IR KYPHOPLASTY": (
            "Kyphoplasty at [v:L1] and [v:T12] with 4 mL cement per level.",
            "Bipedicular access at [v:L2]; no cement extravasation.",
        ),
        "IR CT-GUIDED BONE BIOPSY": (
            "CT-guided biopsy of a {cm} lesion in the [a:left iliac bone] (suspected [e:Ewing sarcoma]); 3 cores obtained.",
            "Coaxial 11 G needle into the [a:right sacral ala], {cm} lesion.",
        ),
        "IR ABSCESS DRAIN": (
            "Drainage catheter (10.2 Fr) placed into the [a:right subphrenic] collection; {ml} of purulent fluid aspirated.",
            "Percutaneous cholangiography shows a hilar stricture ([e:Bismuth] type IIIa, consistent with [e:Klatskin tumor]).",
        ),
    },
}
IMPRESSIONS = (
    "No acute abnormality.", "Findings as above; recommend clinical correlation.", "Unchanged from the prior examination.",
    "Interval progression as described.", "Suspicious for malignancy; tissue sampling recommended.",
    "Likely benign; no further imaging needed.", "Acute findings as above, communicated to the ordering team.",
)
HISTORY = (
    "shortness of breath", "fall, wrist pain", "weight loss", "palpable lump", "screening", "abdominal pain",
    "headache, new onset", "staging", "follow-up of known disease", "dysphagia", "hip pain", "chest pain, r/o PE",
    "elevated LFTs", "back pain with radiculopathy", "hematuria", "thyroid nodule", "knee swelling",
    "survivor of [e:Wilms tumor] treated in childhood", "[e:Hodgkin lymphoma] in remission", "[e:Cushing syndrome]",
    "[e:Graves disease] on methimazole", "[e:Crohn disease], on biologic therapy", "treated [e:Ewing sarcoma] of the femur",
    "[e:Barrett esophagus] on surveillance", "[e:Paget disease] of the skull", "[e:Hashimoto thyroiditis]",
)
TECHNIQUE = {
    "CT": "Axial [mod:CT] images on a {scanner} {ctcontrast}. CTDIvol {ctdi}, DLP {dlp}.",
    "MR": "Multiplanar multisequence [mod:MRI] on a {scanner} including [sq:T1], [sq:T2], [sq:STIR] and [sq:DWI]{mrcontrast}.",
    "XR": "Two views ([mod:XR]).",
    "US": "Grayscale and color Doppler [mod:US] on a {scanner}.",
    "MG": "Bilateral digital breast tomosynthesis ([mod:MG]) with synthetic 2D images.",
    "NM": "Imaging after IV administration of {dose} Tc-99m MDP ([mod:NM]).",
    "RF": "Single- and double-contrast [mod:fluoroscopy] with thin barium.",
    "IR": "Moderate sedation, {sed} of intraservice time. Fluoroscopy time {min}.",
}
MODALITY_WORD = {"CT": "CT", "MR": "MRI", "XR": "X-ray", "US": "ultrasound", "MG": "mammogram", "NM": "bone scan",
                 "RF": "swallow study", "IR": "procedure"}


def _measure(r: Random, key: str) -> str:
    a, b, c = (round(r.uniform(0.4, 9.5), 1) for _ in range(3))
    value = {
        "cm": f"{a} x {b} cm", "cm3": f"{a} x {b} x {c} cm", "mm": f"{r.randint(3, 24)} mm",
        "hu": f"{r.randint(-20, 90)} HU", "suv": f"SUVmax {round(r.uniform(2.1, 18.0), 1)}", "pct": f"{r.randint(8, 85)}%",
        "min": f"{round(r.uniform(0.5, 14.0), 1)} min", "dap": f"{round(r.uniform(2.0, 60.0), 1)} Gy-cm2",
        "ml": f"{r.randint(5, 400)} mL", "mmhg": f"{r.randint(4, 12)} mmHg", "ctdi": f"{round(r.uniform(3.0, 25.0), 1)} mGy",
        "dlp": f"{r.choice((r.randint(120, 990), r.randint(1200, 2359)))} mGy-cm", "dose": f"{round(r.uniform(8.0, 26.0), 1)} mCi",
        "sed": f"{r.randint(10, 75)} minutes",
    }[key]
    return K("measurement", value)


def fill(template: str, r: Random) -> str:
    """Expand codes and measurement placeholders of one clinical template."""
    out = expand_codes(template)
    for key in ("cm3", "cm", "mm", "hu", "suv", "pct", "min", "dap", "ml", "mmhg", "ctdi", "dlp", "dose", "sed"):
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", _measure(r, key), 1)
    out = out.replace("{ctcontrast}", r.choice(("without contrast", f"after {r.choice(pools.CT_CONTRAST)} IV contrast")))
    out = out.replace("{mrcontrast}", r.choice(("", f", before and after {r.choice(pools.MR_CONTRAST)}")))
    return out.replace("{contrast}", r.choice(pools.CONTRAST))


def technique(modality: str, r: Random) -> str:
    return fill(TECHNIQUE[modality], r).replace("{scanner}", r.choice(pools.SCANNERS[modality]))


def exam(modality: str, r: Random, child: bool = False) -> str:
    """An exam name of this modality (a pediatric one for a child when the modality has one)."""
    names = [e for e in FINDINGS[modality] if ("PEDIATRIC" in e) == child] or list(FINDINGS[modality])
    return r.choice(names)


def findings(modality: str, r: Random, n: int | None = None, exam_name: str | None = None) -> list[str]:
    """Up to n distinct finding sentences for an exam (any exam of the modality when not given), as markup."""
    pool = FINDINGS[modality][exam_name] if exam_name else tuple(t for ts in FINDINGS[modality].values() for t in ts)
    return [fill(t, r) for t in r.sample(pool, min(n or r.randint(2, 3), len(pool)))]


def one_finding(modality: str, r: Random, exam_name: str | None = None) -> str:
    return findings(modality, r, 1, exam_name)[0]


def impression(r: Random) -> str:
    return r.choice(IMPRESSIONS)


def header(word: str, caps: bool = True) -> str:
    """A section header keep-span (FINDINGS, Impression, ...)."""
    return K("section_header", word.upper() if caps else word.capitalize())
