"""CT cases, abdomen and pelvis, oncologic follow-up (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("ct", 11, "abdomen", ind="RLQ pain, fever, WBC 15.", findings="""
        LIVER: Normal size and attenuation. No focal lesion.
        GALLBLADDER AND BILE DUCTS: Normal. No biliary dilatation.
        PANCREAS: Normal.
        SPLEEN: Normal size.
        ADRENALS: Normal.
        KIDNEYS: No hydronephrosis or calculus. Normal enhancement.
        BOWEL: The appendix is dilated to <11 mm> with wall hyperenhancement and surrounding fat stranding.
        A <6 mm> appendicolith is present at the base. No extraluminal gas or drainable fluid collection.
        Small and large bowel otherwise normal caliber.
        PELVIS: Bladder normal. Uterus and adnexa unremarkable. Trace free fluid in the pelvis.
        LYMPH NODES: Few reactive-appearing mesenteric nodes in the RLQ.
        BONES: No acute osseous abnormality.""",
         imp="""
        + Acute appendicitis: dilated appendix to <11 mm> with an obstructing <6 mm> appendicolith.
        | Findings c/w acute appendicitis (appendix <11 mm>, appendicolith <6 mm> at the base).
        | Inflamed appendix measuring <11 mm> across, with a <6 mm> stone at its base, consistent with appendicitis.
        - No perforation or abscess. | No abscess; no free air to suggest perforation.
        | No signs of rupture or walled-off collection.
        ! Perforated appendicitis with a periappendiceal abscess.
        * Mesenteric panniculitis. @ panniculitis
        * Meckel diverticulum. @ meckel
        & No other acute abdominal or pelvic abnormality.
        """),
    case("ct", 12, "abdomen", ind="[L] flank pain, hematuria.", findings="""
        CT A/P w/o contrast (stone protocol). <6 mm> calculus at the [left] UVJ. {Moderate} [left] hydronephrosis and
        hydroureter with perinephric stranding. [Right] kidney: two nonobstructing stones, largest <3 mm>.
        Appendix normal. No free air.""",
         imp="""
        + <6 mm> obstructing [left] UVJ stone with {moderate} [left] hydroureteronephrosis.
        | [L] ureterovesical junction calculus, <6 mm>, causing {moderate} hydronephrosis on the [left].
        | {Moderate} [left] hydroureteronephrosis due to a <6 mm> stone lodged at the [left] UVJ.
        + Nonobstructing [right] renal stones up to <3 mm>.
        | [R] nephrolithiasis, nonobstructing, largest <3 mm>.
        | Small stones in the [right] kidney, not obstructing, biggest <3 mm>.
        * Small bowel obstruction. @ obstruction
        * Renal cyst in the [left] lower pole. @ cyst
        """),
    case("ct", 13, "abdomen", ind="epigastric pain radiate to back, lipase 2400",
         findings="""
        Pancreas is diffuse enlarged with peripancreatic fat stranding and {small} amount of fluid around the head
        and body. The pancreatic parenchyma enhance normally, no area of necrosis is seen. Gallbladder contain
        multiple small stones,
        no wall thickening. CBD measure <5 mm>. Splenic vein and portal vein are patent. Small amount of ascites
        absent. Lung base clear.""",
         imp="""
        + Acute interstitial edematous pancreatitis with {small} peripancreatic fluid.
        | Interstitial edematous pancreatitis; {small} fluid around the pancreas.
        | The pancreas is inflamed and swollen (acute pancreatitis), with a {small} volume of surrounding fluid.
        - No pancreatic necrosis. | Pancreas enhances normally, no necrosis. | Necrosis: none.
        ! Focal necrosis in the pancreatic body.
        + Cholelithiasis, likely gallstone pancreatitis. | Gallstones, probable biliary etiology.
        | Stones in the gallbladder, probably the cause.
        - Patent splenic and portal veins. | No splenic or portal vein thrombosis.
        ! Splenic vein thrombosis.
        * Pseudoaneurysm of the splenic artery. @ pseudoaneurysm
        * Walled-off collection in the lesser sac. @ lesser sac, walled-off
        """),
    case("ct", 14, "abdomen", fmt="caps", ind="LLQ PAIN X3 DAYS, FEVER.", findings="""
        SIGMOID COLON: MULTIPLE DIVERTICULA WITH WALL THICKENING AND PERICOLIC FAT STRANDING.
        ADJACENT RIM-ENHANCING FLUID COLLECTION <2.5 X 1.8 CM> WITH A FEW GAS BUBBLES.
        NO FREE INTRAPERITONEAL AIR. NO BOWEL OBSTRUCTION.
        LIVER, SPLEEN, PANCREAS, KIDNEYS, ADRENALS: UNREMARKABLE. URINARY BLADDER UNREMARKABLE.""",
         imp="""
        + Acute sigmoid diverticulitis complicated by a <2.5 x 1.8 cm> pericolic abscess.
        | Complicated acute diverticulitis of the sigmoid colon with a <2.5 x 1.8 cm> abscess.
        | Sigmoid diverticulitis; pericolic abscess <25 x 18 mm>.
        - No free air. | No pneumoperitoneum. | No free intraperitoneal gas to suggest perforation.
        ! Small volume of free intraperitoneal air.
        = Consider IR consultation for drainage.
        | IR consult for possible percutaneous drainage.
        * Colovesical fistula. @ fistula
        * Enlarged [left] inguinal lymph node. @ inguinal
        """),
    case("ct", 15, "oncologic abdomen", prior=True, fmt="numbered", ind="Colorectal cancer with liver mets on FOLFOX.",
         comp="CT A/P 3 months earlier.", findings="""
        Liver: segment 7 metastasis measures <2.8 x 2.4 cm>, previously <^2.1 x 1.9 cm>. Segment 4A lesion
        <1.6 cm>, previously <^1.5 cm>. New <9 mm> hypodense lesion in segment 3, suspicious.
        No biliary dilatation. Spleen normal. Retroperitoneal nodes not enlarged. No ascites.
        Colon: postsurgical changes of sigmoid resection without recurrence.""",
         imp="""
        + Enlarging segment 7 hepatic metastasis, <2.8 x 2.4 cm> (previously <^2.1 x 1.9 cm>).
        | Segment 7 liver met has grown to <2.8 x 2.4 cm> from <^2.1 x 1.9 cm>.
        | Increase in the segment 7 metastasis: now <28 x 24 mm>, was <^2.1 x 1.9 cm>.
        + New <9 mm> segment 3 liver lesion, suspicious for metastasis.
        | Suspicious new hepatic lesion in segment 3 (<9 mm>).
        + Segment 4A lesion essentially unchanged, <1.6 cm> (previously <^1.5 cm>).
        | Seg 4A met roughly stable at <1.6 cm>, was <^1.5 cm>.
        - No ascites or adenopathy. | No lymphadenopathy; no ascites.
        ! Interval development of moderate ascites.
        = Overall findings indicate disease progression.
        | Progression of hepatic metastatic disease.
        * Peritoneal carcinomatosis. @ carcinomatosis
        * Lung base nodule. @ lung base
        """),
    case("ct", 16, "abdomen", ind="Abd distension, vomiting, hx laparotomy.", findings="""
        Multiple dilated fluid-filled small bowel loops up to <3.8 cm> with a transition point in the [right] lower
        quadrant; distal ileum and colon decompressed. Small bowel feces sign proximal to the transition.
        Bowel wall enhances normally. No pneumatosis. No portal venous gas. {Small} volume ascites.""",
         imp="""
        + Small bowel obstruction with transition point in the [right] lower quadrant, likely adhesive.
        | SBO, transition in the [RLQ], probably from adhesions.
        | Adhesive small-bowel obstruction is likely, with the transition in the [right] lower abdomen.
        - No signs of ischemia: bowel enhances normally, no pneumatosis. | Bowel enhancement preserved; no pneumatosis.
        ! Pneumatosis of the dilated loops, concerning for ischemia.
        + {Small} ascites. | {Small} volume free fluid. | {Small} amount of ascitic fluid.
        * Closed-loop configuration. @ closed-loop, closed loop
        * Internal hernia. @ hernia
        """),
    case("ct", 17, "abdomen pediatric", ind="9 yo bike handlebar injury, LUQ pain, normal vitals.", findings="""
        Spleen: {grade 2} laceration measuring <2.2 cm> in depth at the inferior pole, no active extravasation.
        Perisplenic hematoma, {small}. Liver intact. Kidneys, pancreas normal. No free air.
        Small amount of hemoperitoneum in the pelvis. Lung bases clear. No fracture.""",
         imp="""
        + {Grade 2} splenic laceration, <2.2 cm> deep, without active extravasation.
        | AAST {grade II} spleen laceration (<2.2 cm> depth), no active bleeding.
        | Splenic injury, {grade 2}: laceration <22 mm> deep at the lower pole; no contrast blush.
        + {Small} perisplenic hematoma and hemoperitoneum.
        | Hemoperitoneum with a {small} hematoma around the spleen.
        - No other solid organ injury. | Liver, kidneys and pancreas intact.
        ! Associated liver laceration.
        * Duodenal wall hematoma. @ duodenal
        * [Left] adrenal hematoma. @ adrenal
        """),
    case("ct", 18, "abdomen", fmt="numbered", ind="Back pain, incidental finding on spine imaging.", findings="""
        [Left] adrenal nodule <1.8 cm>, unenhanced attenuation 6 HU, compatible with lipid-rich adenoma.
        [Right] adrenal normal. {Mild} hepatic steatosis. Kidneys: {small} [left] renal cortical cyst, simple.
        {Moderate} degenerative disc disease at L4-L5. No retroperitoneal adenopathy.""",
         imp="""
        + <1.8 cm> [left] adrenal adenoma (6 HU), benign; no follow-up needed.
        | Lipid-rich [left] adrenal adenoma, <1.8 cm>, 6 HU: benign, no further imaging required.
        | [L] adrenal nodule <18 mm> measuring 6 HU, consistent with a benign adenoma, no f/u.
        + {Mild} hepatic steatosis. | {Mild} fatty liver. | {Mildly} fatty infiltration of the liver.
        + {Moderate} L4-L5 degenerative disc disease. | DDD at L4-5, {moderate}.
        * Gallbladder sludge. @ sludge
        * Small splenic infarct. @ splenic
        """),
    case("ct", 19, "oncologic abdomen", ind="Microscopic hematuria, 66 yo M.", findings="""
        CT urogram. [Right] kidney: enhancing solid mass in the interpolar region, <3.2 x 2.9 cm>, enhancing from
        20 to 95 HU. Renal vein and IVC patent. No perinephric stranding. [Left] kidney unremarkable.
        Collecting systems and ureters opacify normally without filling defect. Bladder normal.
        No retroperitoneal adenopathy. Liver without lesions.""",
         imp="""
        + <3.2 x 2.9 cm> enhancing solid [right] renal mass, suspicious for renal cell carcinoma.
        | Solid enhancing mass of the [R] kidney (<3.2 x 2.9 cm), concerning for RCC.
        | A renal cell carcinoma is suspected: enhancing <32 x 29 mm> interpolar mass in the [right] kidney.
        - No renal vein or IVC invasion. | Renal vein and IVC patent, no tumor thrombus.
        ! Tumor thrombus extending into the [right] renal vein.
        - No urothelial filling defect. | Collecting systems and ureters without filling defect.
        = Urology referral. | Refer to urology.
        * Adrenal metastasis. @ adrenal
        * Sclerotic lesion in the L2 vertebral body. @ sclerotic
        """),
    case("ct", 20, "oncologic abdomen", prior=True, ind="DLBCL, interim restaging after 3 cycles.",
         comp="CT chest/abdomen/pelvis 2 months earlier.", findings="""
        Retroperitoneal nodal conglomerate now <4.1 x 2.8 cm>, previously <^7.9 x 5.6 cm>.
        Spleen measures <13 cm> craniocaudal, previously <^16 cm>; focal splenic lesions no longer seen.
        Mesenteric nodes decreased. No new adenopathy. No ascites. Lungs clear.""",
         imp="""
        + Marked decrease of retroperitoneal nodal mass to <4.1 x 2.8 cm> from <^7.9 x 5.6 cm>.
        | Retroperitoneal conglomerate nodes much smaller: <4.1 x 2.8 cm> (was <^7.9 x 5.6 cm>).
        + Spleen smaller at <13 cm> (previously <^16 cm>) with resolved focal lesions.
        | Splenomegaly decreased, <13 cm> vs <^16 cm>; splenic lesions resolved.
        | Splenic size down to <13 cm> from <^16 cm>, previously seen lesions gone.
        - No new sites of disease. | No new adenopathy elsewhere.
        ! New enlarged mediastinal lymph nodes.
        = Favor good partial response.
        | Appearance c/w good partial response to therapy.
        * Pleural effusion. @ pleural effusion
        * Bowel wall thickening. @ bowel wall
        """),
]
