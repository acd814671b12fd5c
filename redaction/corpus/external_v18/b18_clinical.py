"""Clinical sentences carrying keep-spans (markup codes: see b18_common.KEEP_CODES)."""

FINDINGS = [
    "Small {e:Baker cyst} in the {a:popliteal fossa}, {m:2.1 x 0.9 cm}.",
    "{a:Left maxillary sinus} mucosal thickening up to {m:6 mm}.",
    "Disc bulge at {v:L4-L5} with mild narrowing of the {a:left lateral recess}.",
    "Mild degenerative change at {v:C5-C6}; no cord signal abnormality on {q:STIR}.",
    "Nodule in the {a:right upper lobe} measuring {m:7 mm}, {s:Lung-RADS 3}.",
    "Hypoechoic nodule in the {a:left thyroid lobe}, {m:1.4 cm}, {s:TI-RADS 4}.",
    "No restricted diffusion on {q:DWI}; no blooming on {q:SWI}.",
    "Findings compatible with {e:Crohn disease} of the {a:terminal ileum}.",
    "Patulous {a:fallopian tubes} bilaterally with free spill.",
    "Adenoid hypertrophy narrowing the {a:nasopharyngeal airway} to {m:4 mm}.",
    "Retroglossal airway {m:6 x 11 mm} at the level of {v:C3}.",
    "Stable {e:Schmorl node} at {v:T12}.",
    "Healed {e:Colles fracture} of the {a:distal radius}.",
    "Known {e:Hashimoto thyroiditis}; heterogeneous gland.",
    "Complex cyst, {s:Bosniak IIF}, {m:2.8 cm}, {a:left kidney} lower pole.",
    "Acute infarct in the {a:left MCA territory} on {q:DWI}, {s:ASPECTS 8}.",
    "Focal {q:T2 FLAIR} hyperintensity in the {a:right frontal white matter}.",
    "{e:Chiari I malformation} with tonsillar descent of {m:7 mm}.",
    "Mastoid air cells well pneumatized; {a:cochlea} and {a:vestibule} normal in morphology.",
    "Enlarged {a:vestibular aqueduct} {m:2.2 mm} at midpoint.",
    "Prominent {a:round window niche}; {a:facial nerve} canal intact.",
    "Uterine cavity with a filling defect {m:9 mm}, likely polyp; {s:O-RADS 2} adnexa.",
    "Impacted third molar near the {a:inferior alveolar canal}.",
    "Periapical lucency at tooth 30 extending to the {a:left maxillary sinus} floor.",
    "Fluid collection at the {a:right antecubital fossa}, {m:3.5 x 1.2 cm}.",
    "Subcutaneous edema along the {a:dorsal forearm}, no gas.",
    "Component position satisfactory; {a:acetabular cup} abduction {m:42 degrees}.",
    "Tibial tray well seated; no lucency at the {a:bone-cement interface}.",
    "Occlusion of the {a:left M1 segment}; {a:circle of Willis} otherwise patent.",
    "{e:Bell palsy} history; enhancement of the {a:left facial nerve} on {q:T1 post-contrast}.",
    "{e:Osgood-Schlatter disease} changes at the {a:tibial tubercle}.",
    "Partial tear at the {e:Hill-Sachs lesion} region with {e:Bankart lesion}.",
    "Breast density category C, {s:BI-RADS 2}.",
    "{a:Liver} lesion {m:1.6 cm}, {s:LI-RADS 3}.",
    "{a:Prostate} lesion {m:11 mm}, {s:PI-RADS 4}.",
    "{e:Paget disease} of the {a:left hemipelvis}, stable.",
    "{e:Kerley B lines} at the {a:lung bases}.",
    "Findings favoring {e:Wilms tumor} were excluded on prior {o:US}.",
]

EXAMS = [
    ("CT", "{o:CT} {a:head} without contrast"), ("CT", "{o:CT} {a:temporal bones}"),
    ("MR", "{o:MRI} {a:brain} with and without contrast"), ("CT", "{o:CT} {a:chest} with contrast"),
    ("MR", "{o:MRI} {a:lumbar spine}"), ("XR", "{o:XR} {a:knee} 3 views"), ("US", "{o:US} {a:thyroid}"),
    ("MG", "{o:MG} screening mammogram"), ("CT", "{o:CT} {a:abdomen} and {a:pelvis}"),
    ("XR", "{o:XR} {a:pelvis} AP"), ("MR", "{o:MRI} {a:shoulder} arthrogram"), ("CT", "{o:CT} {a:neck} soft tissue"),
    ("XR", "{o:fluoroscopy} HSG"), ("CT", "{o:CBCT} {a:mandible}"), ("CT", "{o:CTA} {a:head} and {a:neck}"),
]


def finding(d, rng, mk):
    mk(d, rng.choice(FINDINGS))


def exam(d, rng, mk, pool=None):
    mod, t = rng.choice(pool or EXAMS)
    mk(d, t)
    return mod
