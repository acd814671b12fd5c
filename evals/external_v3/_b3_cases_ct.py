"""CT body cases (abdomen, pelvis, chest, trauma, oncologic follow-up). Synthetic; written for set v3."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("ct", "list", "abdomen", "RLQ pain, fever, leukocytosis.", "None.", """
        LOWER CHEST: Lung bases are clear.
        LIVER: Normal size and attenuation. No focal lesion.
        GALLBLADDER AND BILE DUCTS: Gallbladder is unremarkable. No biliary dilatation.
        PANCREAS: Unremarkable.
        SPLEEN: Unremarkable.
        ADRENALS: Unremarkable.
        KIDNEYS: No hydronephrosis or nephrolithiasis.
        BOWEL: The appendix is dilated to 12 mm with periappendiceal fat stranding and a 6 mm appendicolith
        at its base. No periappendiceal abscess or extraluminal gas. Small bowel is normal in caliber.
        PERITONEUM: Trace free fluid in the right lower quadrant.
        BONES: No aggressive osseous lesion.""",
      P("Acute appendicitis with the appendix dilated to {m0} and a {m1} appendicolith at its base.",
        "Findings consistent with acute appendicitis (appendix {m0}, appendicolith {m1}).",
        "Dilated appendix measuring {m0} with periappendiceal stranding and a {m1} appendicolith, compatible with "
        "acute appendicitis.",
        mm=(12, 6), unit=("mm", "mm"), flip="No CT evidence of acute appendicitis."),
      N("abscess or extraluminal gas", "No periappendiceal abscess or free air."),
      P("Trace free fluid in the {s} lower quadrant.", "Trace {a}LQ free fluid.",
        "Small amount of free fluid, trace, in the {s} lower quadrant.", side="right"),
      ),
    C("ct", "prose", "abdomen", "Left flank pain radiating to groin. Hematuria.", "None.", """
        CT abdomen and pelvis without contrast (renal stone protocol).
        There is a 7 x 5 mm obstructing calculus in the proximal left ureter at the level of L4 with moderate
        left hydroureteronephrosis and perinephric stranding. A 3 mm nonobstructing calculus in the lower pole
        of the right kidney. The bladder is decompressed. No additional ureteral calculi. The appendix is
        normal. Liver, spleen, pancreas and adrenal glands are unremarkable on this noncontrast exam.""",
      P("Obstructing {m0} calculus in the proximal {s} ureter with {g} {s} hydroureteronephrosis.",
        "{G} {s} hydroureteronephrosis due to a {m0} stone in the proximal {s} ureter.",
        "{m0} proximal {s} ureteral stone causing {g} hydroureteronephrosis on the {s}.",
        side="left", mm=((7, 5),), unit="mm", g="moderate",
        flip="Proximal {s} ureteral calculus without hydronephrosis."),
      P("Nonobstructing {m0} {s} lower pole renal calculus.",
        "{m0} nonobstructing stone in the lower pole of the {s} kidney.",
        "Additional {m0} calculus in the {s} kidney lower pole, not obstructing.",
        side="right", mm=(3,), unit="mm"),
      NEG("Normal appendix.", "The appendix is normal.", "Appendix unremarkable.", flip="Abnormal appendix."),
      ),
    C("ct", "caps", "abdomen", "ABD PAIN, EPIGASTRIC, LIPASE 1400", "None.", """
        FINDINGS: PANCREAS DIFFUSELY EDEMATOUS WITH PERIPANCREATIC FAT STRANDING AND FLUID, MOST PRONOUNCED
        ABOUT THE HEAD. NORMAL ENHANCEMENT THROUGHOUT, NO NECROSIS. NO DISCRETE PERIPANCREATIC COLLECTION.
        GALLBLADDER CONTAINS MULTIPLE LAYERING STONES, NO WALL THICKENING. CBD 5 MM. SPLENIC AND PORTAL
        VEINS PATENT. SMALL LEFT PLEURAL EFFUSION. LIVER, KIDNEYS, ADRENALS UNREMARKABLE.""",
      P("Acute interstitial edematous pancreatitis.", "Acute edematous (interstitial) pancreatitis.",
        "Findings compatible with acute interstitial pancreatitis.",
        flip="No CT findings of acute pancreatitis."),
      N("pancreatic necrosis", "Pancreas enhances normally without necrosis.", "No necrosis."),
      N("peripancreatic collection", "No drainable peripancreatic collection."),
      P("Cholelithiasis without cholecystitis.", "Gallstones, no CT evidence of cholecystitis.",
        "Gallstones without CT signs of cholecystitis.",
        flip="Cholecystitis."),
      P("{G} {s} pleural effusion.", "{S} pleural effusion, {g}.", "{G} {s}-sided pleural effusion.",
        side="left", g="small"),
      ),
    C("ct", "prose", "chest", "Staging, biopsy-proven adenocarcinoma of the lung.", "None.", """
        There is a spiculated mass in the right upper lobe measuring 3.4 x 2.6 cm, abutting the major fissure.
        An enlarged right lower paratracheal lymph node measures 1.6 cm in short axis. Subcarinal node 8 mm.
        No pleural effusion. Mild centrilobular emphysema in the upper lobes. The visualized upper abdomen
        demonstrates a 1.1 cm low-density left adrenal nodule measuring 8 HU, compatible with adenoma.
        No suspicious osseous lesion.""",
      P("Spiculated {m0} {s} upper lobe mass, consistent with the known primary.",
        "{m0} spiculated mass in the {a}UL, compatible with the known lung adenocarcinoma.",
        "Known primary lung cancer: spiculated {a}UL mass measuring {m0}.",
        side="right", mm=((34, 26),), unit="cm"),
      P("Enlarged {s} lower paratracheal lymph node ({m0} short axis), suspicious for nodal metastasis.",
        "{S} lower paratracheal adenopathy, {m0} short axis, suspicious for metastatic involvement.",
        "Suspicious {m0} {s} lower paratracheal node.",
        side="right", mm=(16,), unit="cm",
        flip="No enlarged mediastinal lymph nodes."),
      P("{m0} {s} adrenal adenoma.", "{S} adrenal nodule ({m0}, 8 HU), consistent with a benign adenoma.",
        "Lipid-rich {s} adrenal adenoma, {m0}.", side="left", mm=(11,), unit="cm"),
      N("pleural effusion"),
      P("{G} centrilobular emphysema.", "{G} upper lobe centrilobular emphysema.", g="mild"),
      fab=(("Small pericardial effusion.", ("pericard",)),),
      ),
    C("ct", "list", ("chest", "abdomen"), "MVC, high speed, restrained driver. Chest and abdominal pain.", "None.", """
        CT chest, abdomen and pelvis with IV contrast, trauma protocol.
        Chest: Small right pneumothorax. Nondisplaced fractures of the right 5th through 7th ribs laterally.
        Mild right lower lobe contusion. No hemothorax. Aorta normal in caliber without injury. Heart normal.
        Abdomen/pelvis: Grade 2 splenic laceration, approximately 2 cm in depth, with small perisplenic
        hemoperitoneum. No active extravasation. Liver, kidneys, pancreas, bowel intact. No pelvic fracture.""",
      P("{G} {s} pneumothorax.", "{S} pneumothorax, {g}.", "{G} {s} PTX.", side="right", g="small",
        flip="No pneumothorax."),
      P("Nondisplaced {s} 5th-7th rib fractures.", "Nondisplaced fractures of {s} ribs 5 through 7.",
        "Acute nondisplaced lateral {s} rib fractures (5-7).", side="right"),
      P("{G} {s} lower lobe pulmonary contusion.", "{G} {a}LL contusion.", side="right", g="mild"),
      P("Grade 2 splenic laceration with small perisplenic hemoperitoneum.",
        "AAST grade 2 laceration of the spleen with a small amount of perisplenic blood.",
        "Splenic laceration (grade 2), small perisplenic hemoperitoneum.",
        flip="No splenic injury."),
      N("active extravasation", "No active contrast extravasation.", "No active bleeding on this study."),
      N("aortic injury", "The thoracic aorta is intact.", "No acute aortic injury."),
      ),
    C("ct", "prose", "abdomen", "Rising CEA, colon cancer status post resection. Restaging.",
      "CT abdomen/pelvis 4 months ago.", """
        Liver: Segment 7 metastasis now measures 3.1 x 2.7 cm, previously 2.2 x 1.9 cm. A second lesion in
        segment 4a measures 1.4 cm, previously 0.9 cm. No additional hepatic lesions. Portal veins patent.
        Postsurgical changes of right hemicolectomy with intact anastomosis. No peritoneal nodularity or
        ascites. Retroperitoneal lymph nodes are not enlarged. Lung bases clear.""",
      P("Increase in size of the segment 7 hepatic metastasis, now {m0} (previously {p0}).",
        "Segment 7 liver metastasis has grown to {m0}, from {p0}.",
        "Enlarging segment 7 metastasis: {m0}, was {p0}.",
        mm=((31, 27),), prior=((22, 19),), unit="cm", prior_unit="cm"),
      P("Increase in size of the segment 4a metastasis to {m0} (previously {p0}).",
        "Segment 4a lesion now {m0}, previously {p0}.", "Growing segment 4a metastasis ({p0} -> {m0}).",
        mm=(14,), prior=(9,), unit="cm", prior_unit="cm"),
      N("new hepatic lesions", "No additional liver lesions.", plural=True),
      N("peritoneal disease or ascites", "No ascites or peritoneal nodularity.",
        flip=("Peritoneal nodularity and ascites.",)),
      prior=True,
      ),
    C("ct", "prose", "pelvis", "Postmenopausal bleeding, pelvic pain", "None.", """
        CT abdomen pelvis with contrast. The uterus is enlarged with a heterogeneous enhancing mass
        expanding the endometrial cavity, measuring approximately 5.2 x 4.0 cm. Loss of the fat plane with
        the sigmoid colon. Enlarged left external iliac lymph node 1.8 cm short axis. Mild left
        hydronephrosis from distal ureteral involvement. Ovaries not well separated. Liver without lesions.
        No ascites. Lung bases clear.""",
      P("Endometrial mass measuring {m0}, suspicious for endometrial carcinoma.",
        "{m0} heterogeneous mass expanding the endometrial cavity, concerning for endometrial cancer.",
        "Suspicious endometrial mass ({m0}), likely carcinoma.", mm=((52, 40),), unit="cm"),
      P("Enlarged {s} external iliac lymph node ({m0}), suspicious for nodal metastasis.",
        "{m0} {s} external iliac adenopathy, likely metastatic.",
        side="left", mm=(18,), unit="cm", flip="No pelvic lymphadenopathy."),
      P("{G} {s} hydronephrosis from distal ureteral involvement.",
        "{G} hydronephrosis on the {s}, due to involvement of the distal ureter.",
        side="left", g="mild", flip="No hydronephrosis."),
      N("ascites"),
      ),
    C("ct", "list", "abdomen", "s/p lap chole POD 5, fevers, RUQ pain", "None.", """
        There is a 6.5 x 4.2 cm rim-enhancing fluid collection in the gallbladder fossa containing a few
        foci of gas. Surgical clips in expected location. Small right pleural effusion with adjacent
        atelectasis. No biliary ductal dilation. No free intraperitoneal air beyond expected postoperative
        tiny foci. Liver parenchyma normal.""",
      P("{m0} rim-enhancing collection in the gallbladder fossa with gas, concerning for abscess.",
        "Gallbladder fossa abscess, {m0}, with internal gas.",
        "Rim-enhancing gas-containing collection ({m0}) in the GB fossa, likely abscess.",
        mm=((65, 42),), unit="cm", flip="No postoperative fluid collection."),
      N("biliary ductal dilatation", "No intrahepatic or extrahepatic biliary dilatation.", "No biliary dilation."),
      P("{G} {s} pleural effusion with adjacent atelectasis.",
        "{S} pleural effusion, {g}, with atelectasis.", "{G} {s} effusion and adjacent atelectasis.",
        side="right", g="small"),
      ),
    C("ct", "prose", ("chest", "abdomen"), "Follow up lymphoma, after 4 cycles of chemotherapy.",
      "PET/CT and CT chest/abdomen/pelvis from June.", """
        Mediastinum: Prevascular nodal mass has decreased, now 2.9 x 1.8 cm, previously 6.1 x 4.4 cm.
        Right axillary lymph node now 9 mm short axis (previously 21 mm). No new lymphadenopathy in the
        chest. Spleen 11 cm, previously 15 cm, without focal lesions. Small pericardial effusion is
        unchanged. Lungs clear. No pleural effusion.""",
      P("Decrease in the prevascular nodal mass to {m0}, previously {p0}.",
        "Interval decrease of the prevascular mass, now {m0} (from {p0}).",
        "Prevascular nodal mass smaller: {m0}, was {p0}.",
        mm=((29, 18),), prior=((61, 44),), unit="cm", prior_unit="cm"),
      P("{S} axillary node decreased to {m0} short axis (previously {p0}).",
        "{S} axillary lymph node now {m0}, from {p0}.", "Smaller {s} axillary node ({m0}, previously {p0}).",
        side="right", mm=(9,), prior=(21,), unit="mm", prior_unit="mm"),
      P("Splenomegaly has resolved, spleen now {m0} (previously {p0}).",
        "Spleen now normal in size at {m0}, previously {p0}.",
        mm=(110,), prior=(150,), unit="cm", prior_unit="cm", flip="Persistent splenomegaly."),
      P("{G} pericardial effusion, unchanged.", "Unchanged {g} pericardial effusion.", g="small"),
      N("new lymphadenopathy", "No new adenopathy."),
      prior=True,
      ),
    C("ct", "prose", "abdomen", "Abd pain, vomiting, hx of ex-lap 2019", "None.", """
        multiple dilated loops of small bowel up to 3.8 cm in the mid abdomen with a transition point in the
        right lower quadrant, distal small bowel and colon are decompressed. there is mild mesenteric edema and
        a small amount of free fluid. bowel wall enhances normally. no pneumatosis or portal venous gas. no
        free air. findings were discussed with dr smith at 14:20 .""",
      P("Small bowel obstruction with a transition point in the {s} lower quadrant, likely "
        "adhesive.", "SBO with {a}LQ transition point, probably from adhesions.",
        "Small bowel obstruction with transition point in the {a}LQ, likely due to adhesions.",
        side="right", flip="No bowel obstruction."),
      N("pneumatosis or portal venous gas", "No signs of ischemia: no pneumatosis or portal venous gas."),
      N("free air", "No pneumoperitoneum.", flip=("Free air.", "Small amount of free air.")),
      P("{G} mesenteric edema and a small amount of free fluid.",
        "Small volume free fluid with {g} mesenteric edema.", g="mild"),
      ),
]
