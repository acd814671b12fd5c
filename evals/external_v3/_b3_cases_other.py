"""Fluoroscopy, nuclear medicine, mammography (BI-RADS) and interventional cases. Synthetic; set v3."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("fl", "prose", "abdomen", "Dysphagia to solids, 70 M", "None.", """
        Barium esophagram. There is a 2.5 cm smooth distal esophageal narrowing with a bird-beak configuration
        and delayed emptying of barium; the esophagus is dilated to 4.2 cm. Tertiary contractions. No mucosal
        irregularity or mass. No aspiration.""",
      P("Smooth bird-beak narrowing of the distal esophagus with proximal dilatation to {m0}, consistent with "
        "achalasia.", "Achalasia pattern: dilated esophagus ({m0}) tapering smoothly at the GE junction.",
        mm=(42,), unit="cm", flip="Normal esophageal caliber and emptying."),
      N("mucosal irregularity or mass", "No mass or mucosal irregularity to suggest pseudoachalasia."),
      N("aspiration", "No laryngeal penetration or aspiration."),
      ),
    C("fl", "list", "abdomen", "POD 6 after sleeve gastrectomy, fever", "None.", """
        Water-soluble upper GI. Contrast extravasation from the proximal staple line at the angle of His into a
        4 x 3 cm collection in the left upper quadrant. Distal passage of contrast into the duodenum is
        prompt. No obstruction.""",
      P("Leak at the proximal staple line with a {m0} contrast-filled collection in the {s} upper quadrant.",
        "Proximal staple line leak (angle of His) filling a {m0} {a}UQ collection.",
        side="left", mm=((40, 30),), unit="cm", flip="No leak."),
      N("obstruction", "Prompt passage into the duodenum, no obstruction."),
      ),
    C("fl", "prose", "pelvis", "Voiding cystourethrogram, 8 mo girl with febrile UTI", "None.", """
        VCUG: Reflux into the right ureter and renal pelvis with mild calyceal blunting during voiding, grade
        III. No reflux on the left. Normal urethra. Bladder wall smooth, no diverticulum.""",
      P("Grade III vesicoureteral reflux on the {s}.", "{S} VUR, grade 3.", "{S}-sided grade III vesicoureteral "
        "reflux.", side="right", flip="No vesicoureteral reflux."),
      NEG("No reflux on the {s}.", "No {s} VUR.", side="left", flip="Reflux on the {s}."),
      NEG("Normal bladder and urethra.", "Bladder and urethra normal.", flip="Bladder diverticulum."),
      ),
    C("nm", "list", "nuclear", "Prostate cancer, rising PSA, bone pain", "None.", """
        Whole body bone scan. Multiple foci of increased radiotracer uptake in the thoracic spine (T6, T9), the
        right ilium and the left 4th rib laterally. Symmetric renal excretion. Mild uptake in both knees,
        degenerative pattern.""",
      P("Multifocal osseous uptake (T6, T9, {s} ilium) compatible with skeletal metastases.",
        "Osseous metastatic disease: T6, T9 and the {s} ilium.", side="right", flip="No scintigraphic evidence of "
        "osseous metastases."),
      P("Additional focus in the {s} lateral 4th rib, indeterminate (metastasis vs trauma).",
        "{S} 4th rib lateral focus: metastasis or fracture.", side="left"),
      P("Degenerative uptake in the knees.", "Knee uptake, degenerative."),
      ),
    C("nm", "prose", "nuclear", "Dyspnea, pregnant 24 wks, CXR normal", "None.", """
        Perfusion-only scintigraphy (reduced dose). Multiple segmental mismatched perfusion defects in the
        right lower lobe and left lingula with a normal chest radiograph. No matched defects.""",
      P("High probability for pulmonary embolism (multiple segmental perfusion defects, {s} lower lobe and "
        "lingula).", "Multiple segmental perfusion defects in the {a}LL and lingula with a normal radiograph: "
        "high probability for PE.", side="right", flip="Normal perfusion; PE excluded."),
      N("matched defects", "No matched perfusion defects.", plural=True),
      ),
    C("nm", "prose", "nuclear", "Hyperthyroidism, low TSH", "None.", """
        I-123 thyroid scan and uptake. 24-hour uptake 9% (normal 10-30%). Heterogeneous uptake with a
        single hyperfunctioning nodule in the right lobe and suppression of the remaining gland. No
        extrathyroidal activity.""",
      P("Autonomously functioning (hot) nodule in the {s} lobe with suppression of the rest of the gland.",
        "Toxic adenoma in the {s} thyroid lobe; remainder suppressed.", side="right",
        flip="No hyperfunctioning nodule."),
      P("24-hour uptake 9%.", "24 h RAIU 9 percent."),
      ),
    C("nm", "list", "nuclear", "Lymphoma, end-of-treatment PET/CT", "PET/CT before chemotherapy (March).", """
        Previously FDG-avid cervical and mediastinal nodes are no longer avid (Deauville 2). The left
        supraclavicular node now measures 8 mm, previously 25 mm. No new FDG-avid lesions. Diffuse
        marrow uptake after G-CSF.""",
      P("Complete metabolic response (Deauville 2).", "Deauville 2, complete metabolic response.",
        flip="Residual FDG-avid disease (Deauville 5)."),
      P("{S} supraclavicular node decreased to {m0} (previously {p0}).", "{S} supraclavicular node {m0}, "
        "was {p0}.", side="left", mm=(8,), prior=(25,), unit="mm", prior_unit="mm"),
      N("new FDG-avid lesions", "No new hypermetabolic disease.", plural=True),
      P("Diffuse marrow uptake, likely related to G-CSF.", "Marrow activity diffusely increased after G-CSF."),
      prior=True,
      ),
    C("mg", "list", "breast", "Screening, 52 F", "None.", """
        Bilateral digital screening mammogram with tomosynthesis. The breasts are heterogeneously dense
        (category C). In the left breast upper outer quadrant, middle depth, there is a 9 mm irregular mass
        with spiculated margins. No suspicious calcifications. Right breast negative.""",
      P("{m0} spiculated mass in the {s} upper outer quadrant: BI-RADS 0, diagnostic workup recommended.",
        "{S} breast UOQ irregular spiculated mass, {m0}; incomplete, BI-RADS 0 (recall).",
        side="left", mm=(9,), unit="mm", flip="No suspicious mass."),
      NEG("{S} breast negative.", "No suspicious findings in the {s} breast.", side="right",
          flip="Suspicious mass in the {s} breast."),
      P("Heterogeneously dense breasts (C).", "Breast density category C (heterogeneously dense)."),
      ),
    C("mg", "prose", "breast", "Diagnostic, palpable lump R breast 10:00", "None.", """
        Right diagnostic mammogram and targeted ultrasound. At 10:00, 4 cm from the nipple, there is an oval
        circumscribed anechoic mass with posterior acoustic enhancement measuring 1.6 x 1.1 x 1.2 cm,
        corresponding to the palpable lump. No solid component. No suspicious axillary lymph nodes.""",
      P("Simple cyst at {s} 10:00 ({m0}), corresponding to the palpable finding: benign, BI-RADS 2.",
        "BI-RADS 2: {m0} simple cyst in the {s} breast at 10 o'clock, accounting for the lump.",
        side="right", mm=((16, 11, 12),), unit="cm", flip="No sonographic correlate for the palpable lump."),
      N("suspicious axillary lymphadenopathy", "Axillary nodes unremarkable."),
      ),
    C("mg", "list", "breast", "6-month follow-up BI-RADS 3 calcifications L breast",
      "Diagnostic mammogram 6 months ago.", """
        Left breast: the group of round and punctate calcifications in the upper inner quadrant spanning 6 mm
        is unchanged (previously 6 mm). No new calcifications or masses. Scattered fibroglandular density (B).""",
      P("Unchanged {m0} group of round and punctate calcifications, {s} upper inner quadrant (previously {p0}).",
        "{S} UIQ calcifications stable at {m0} (was {p0}).", side="left", mm=(6,), prior=(6,), unit="mm",
        prior_unit="mm"),
      P("BI-RADS 3: follow-up diagnostic mammogram in 6 months.", "Probably benign (BI-RADS 3), repeat in 6 months."),
      N("new calcifications or masses"),
      prior=True,
      ),
    C("mg", "prose", "breast", "h/o R lumpectomy 2021, annual", "Mammograms 2023 and 2024.", """
        Post-lumpectomy changes in the right upper outer quadrant with architectural distortion and
        dystrophic calcifications, unchanged. New 5 mm cluster of fine pleomorphic calcifications in the left
        breast lower inner quadrant, posterior depth. Scattered fibroglandular tissue.""",
      P("New {m0} cluster of fine pleomorphic calcifications in the {s} lower inner quadrant, suspicious: "
        "BI-RADS 4B, stereotactic biopsy recommended.", "{S} breast LIQ: new fine pleomorphic calcifications "
        "({m0}), BI-RADS 4B; recommend stereotactic biopsy.", side="left", mm=(5,), unit="mm",
        flip="No suspicious calcifications."),
      P("Stable {s} post-lumpectomy changes.", "Post-surgical changes in the {s} breast, unchanged.",
        side="right"),
      prior=True,
      ),
    C("ir", "prose", "abdomen", "Drain check, pelvic abscess", "Drain placement 10 days ago; CT 3 days ago.", """
        Injection of the left lower quadrant drain opacifies a residual cavity measuring 2.0 x 1.5 cm,
        previously 7.0 x 5.0 cm on CT. No fistulous communication with bowel. The drain is well positioned.""",
      P("Residual abscess cavity {m0} (previously {p0}).", "Cavity much smaller, now {m0} (was {p0}).",
        mm=((20, 15),), prior=((70, 50),), unit="cm", prior_unit="cm"),
      N("fistula to bowel", "No enteric fistula."),
      P("{S} lower quadrant drain in good position.", "{a}LQ drain appropriately positioned.", side="left"),
      prior=True,
      ),
    C("ir", "list", "abdomen", "Hepatocellular carcinoma, TACE", "None.", """
        Right common femoral artery access. Celiac and hepatic angiography: hypervascular 3.5 cm tumor blush in
        segment 8 supplied by the right hepatic artery. Selective chemoembolization with drug-eluting beads
        to stasis. Final angiogram: no residual tumor blush. Hemostasis with closure device. No complications.""",
      P("Successful selective TACE of a {m0} segment 8 HCC via the {s} hepatic artery.",
        "Segment 8 HCC ({m0}) treated with DEB-TACE through the {s} hepatic artery.", side="right",
        mm=(35,), unit="cm"),
      N("residual tumor blush", "Final run: no residual tumor blush."),
      N("immediate complications", "No complications.", plural=True),
      ),
    C("ir", "prose", "chest", "Malignant pleural effusion, tunneled catheter", "None.", """
        Ultrasound showed a large right pleural effusion. A tunneled pleural catheter was placed in the right
        hemithorax, 1100 mL of serosanguinous fluid removed. Post-procedure radiograph: catheter in the right
        base, no pneumothorax, small residual effusion.""",
      P("Tunneled {s} pleural catheter placement, 1100 mL removed.",
        "Successful placement of a {s} tunneled pleural catheter (1100 mL drained).", side="right"),
      N("pneumothorax", "No post-procedure PTX."),
      P("{G} residual {s} effusion.", "{G} {s} effusion remains.", side="right", g="small"),
      ),
]
