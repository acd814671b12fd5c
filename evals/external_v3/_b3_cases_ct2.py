"""CT head, neck, CT angiography and chest cases. Synthetic; written for set v3."""

from _b3_spec import NEG, C, N, P

CASES = [
    C("ct", "caps", "head", "FALL ON ANTICOAGULATION, HEADACHE", "None.", """
        NONCONTRAST CT HEAD. ACUTE LEFT HOLOHEMISPHERIC SUBDURAL HEMATOMA MEASURING UP TO 11 MM IN THICKNESS
        WITH 4 MM OF RIGHTWARD MIDLINE SHIFT. NO INTRAVENTRICULAR HEMORRHAGE. BASAL CISTERNS PATENT. NO
        CALVARIAL FRACTURE. LEFT FRONTAL SCALP HEMATOMA.""",
      P("Acute {s} subdural hematoma measuring up to {m0} in thickness.",
        "{m0} thick acute {s} holohemispheric SDH.", "Acute {s} SDH, maximal thickness {m0}.",
        side="left", mm=(11,), unit="mm", flip="No acute intracranial hemorrhage."),
      P("{m0} midline shift.", "Associated midline shift of {m0}.", "Midline shift measuring {m0}.",
        mm=(4,), unit="mm"),
      N("calvarial fracture", "No skull fracture."),
      P("{S} frontal scalp hematoma.", "Scalp hematoma, {s} frontal.", side="left"),
      ),
    C("ct", "prose", "head", "Code stroke. Right sided weakness and aphasia, last known well 1 hour.", "None.", """
        Noncontrast head CT: No intracranial hemorrhage. Hyperdense left MCA sign. Subtle loss of gray-white
        differentiation in the left insular cortex. ASPECTS 9. Ventricles normal.
        CTA head and neck: Occlusion of the left M1 segment of the middle cerebral artery with moderate
        collaterals. Cervical carotid and vertebral arteries are patent without stenosis by NASCET criteria.""",
      NEG("No intracranial hemorrhage.", "No ICH.", "Negative for intracranial hemorrhage.",
          flip="Intracranial hemorrhage."),
      P("Occlusion of the {s} M1 segment with {g} collaterals.", "{S} MCA M1 occlusion, {g} collateral flow.",
        "Acute {s} M1 occlusion ({g} collaterals).", side="left", g="moderate",
        flip="No large vessel occlusion."),
      P("Early ischemic change in the {s} insula, ASPECTS 9.", "ASPECTS 9 with subtle {s} insular ischemic change.",
        "Subtle loss of gray-white differentiation in the {s} insular cortex (ASPECTS 9).", side="left"),
      N("cervical carotid stenosis", "Patent cervical carotid and vertebral arteries without stenosis."),
      ),
    C("ct", "list", "chest", "Acute chest pain, hypertension, concern for dissection", "None.", """
        CTA chest. Stanford type B aortic dissection with the intimal flap originating just distal to the left
        subclavian artery origin, extending into the abdominal aorta beyond the field of view. Maximal
        descending thoracic aortic diameter 4.1 cm. The ascending aorta measures 3.6 cm and is not involved.
        No periaortic hematoma. No pericardial effusion. Small bilateral pleural effusions.""",
      P("Stanford type B aortic dissection beginning just distal to the {s} subclavian artery origin.",
        "Type B dissection arising distal to the {s} subclavian artery, extending below the field of view.",
        side="left", flip="No acute aortic syndrome."),
      P("Descending thoracic aorta measures up to {m0}.", "Maximal descending aortic diameter {m0}.",
        mm=(41,), unit="cm"),
      NEG("Ascending aorta not involved.", "The ascending aorta is spared.", "No involvement of the ascending aorta.",
          flip="Dissection involves the ascending aorta."),
      N("periaortic hematoma or pericardial effusion", "No periaortic hematoma. No pericardial effusion."),
      P("{G} bilateral pleural effusions.", "Bilateral pleural effusions, {g}.", g="small"),
      ),
    C("ct", "prose", "chest", "Dyspnea, tachycardia, D dimer 2.4", "None.", """
        Filling defects are present in the right lower lobe segmental and subsegmental pulmonary arteries and
        in a left upper lobe subsegmental branch. The RV/LV ratio is 0.8. There is no straightening of the
        interventricular septum. Peripheral wedge-shaped opacity in the right lower lobe, likely infarct. No
        pleural effusion. Lungs otherwise clear.""",
      P("Acute pulmonary emboli in the {s} lower lobe segmental and subsegmental arteries.",
        "Segmental and subsegmental PE in the {a}LL.", "Acute {a}LL segmental/subsegmental pulmonary emboli.",
        side="right", flip="No pulmonary embolism."),
      P("Additional subsegmental embolus in the {s} upper lobe.", "Single {a}UL subsegmental PE.",
        side="left"),
      NEG("No CT evidence of RV strain (RV/LV 0.8).", "RV/LV ratio 0.8, no RV strain.",
          flip="CT evidence of RV strain."),
      P("Peripheral wedge-shaped {s} lower lobe opacity, likely pulmonary infarct.",
        "Probable small pulmonary infarct in the {a}LL.", side="right"),
      ),
    C("ct", "prose", "chest", "Incidental nodule on abdominal CT, 58 year old never smoker.", "None.", """
        There is a 7 mm solid nodule in the left lower lobe (series 4 image 212). A 4 mm nodule in the right
        middle lobe. No additional nodules. No mediastinal or hilar lymphadenopathy. Heart size normal. No
        pleural or pericardial effusion. Small hiatal hernia.""",
      P("{m0} solid {s} lower lobe nodule.", "Solid {a}LL nodule measuring {m0}.", "{a}LL solid nodule, {m0}.",
        side="left", mm=(7,), unit="mm"),
      P("{m0} {s} middle lobe nodule.", "Tiny {m0} nodule in the {a}ML.", side="right", mm=(4,), unit="mm"),
      N("lymphadenopathy", "No mediastinal or hilar adenopathy."),
      P("Small hiatal hernia.", "Hiatal hernia, small.", flip="No hiatal hernia."),
      ),
    C("ct", "prose", "neck", "Neck swelling and fever, trismus.", "None.", """
        CT neck with contrast: There is a rim-enhancing fluid collection in the right peritonsillar space
        measuring 2.4 x 1.6 cm with surrounding phlegmon. Mild mass effect on the oropharyngeal airway which
        remains patent. Reactive right level II lymph nodes, the largest 1.3 cm. No retropharyngeal collection.
        Internal jugular veins patent.""",
      P("{m0} {s} peritonsillar abscess.", "{S} peritonsillar abscess measuring {m0}.",
        "Rim-enhancing collection in the {s} peritonsillar space ({m0}), consistent with abscess.",
        side="right", mm=((24, 16),), unit="cm", flip="No drainable collection."),
      P("{G} narrowing of the oropharyngeal airway, which remains patent.",
        "Airway patent with {g} mass effect on the oropharynx.", g="mild"),
      N("retropharyngeal extension", "No retropharyngeal collection."),
      N("jugular vein thrombosis", "Internal jugular veins patent."),
      P("Reactive {s} level II lymph nodes up to {m0}.", "{S} level II reactive nodes (largest {m0}).",
        side="right", mm=(13,), unit="cm"),
      ),
    C("ct", "list", "chest", "Follow-up of pneumothorax after chest tube removal.", "CT chest 2 days ago.", """
        Small right apical pneumothorax measuring 1.2 cm in greatest depth, previously 2.5 cm. No tension
        physiology. Right chest tube has been removed. Subcutaneous emphysema along the right chest wall has
        decreased. Small right pleural effusion, unchanged. Left lung clear.""",
      P("{G} {s} apical pneumothorax, decreased to {m0} from {p0}.",
        "{S} apical PTX is {g} and smaller ({m0}, previously {p0}).",
        "Decreasing {s} apical pneumothorax, now {g}, {m0} (was {p0}).",
        side="right", g="small", mm=(12,), prior=(25,), unit="cm", prior_unit="cm",
        flip="No residual pneumothorax."),
      N("tension", "No tension pneumothorax.", "No signs of tension."),
      P("{G} {s} pleural effusion, unchanged.", "Unchanged {g} {s} effusion.", side="right", g="small"),
      P("Decreasing {s} chest wall subcutaneous emphysema.",
        "Less subcutaneous emphysema along the {s} chest wall than before.", side="right"),
      prior=True,
      ),
    C("ct", "prose", ("abdomen", "chest"), "Kidney cancer surveillance, s/p left nephrectomy 2 yrs.",
      "CT chest/abdomen/pelvis 6 months ago.", """
        CHEST: Two pulmonary nodules. Right lower lobe nodule measures 9 mm, previously 5 mm. Left upper lobe
        nodule 6 mm, previously 6 mm. No lymphadenopathy.
        ABDOMEN: Left nephrectomy bed is clear without nodularity. The right kidney is normal. A 1.5 cm
        enhancing nodule in the pancreatic tail is not seen on the prior exam. Liver without lesions.""",
      P("Growing {s} lower lobe nodule, now {m0} (previously {p0}), suspicious for metastasis.",
        "{a}LL nodule has grown to {m0} from {p0}, concerning for metastatic disease.",
        side="right", mm=(9,), prior=(5,), unit="mm", prior_unit="mm"),
      P("Stable {m0} {s} upper lobe nodule.", "{a}UL nodule unchanged at {m0}.", side="left", mm=(6,), unit="mm"),
      P("New {m0} enhancing pancreatic tail nodule, suspicious for metastasis.",
        "Enhancing pancreatic tail lesion ({m0}), new, concerning for metastatic RCC.",
        mm=(15,), unit="cm", flip="No pancreatic lesion."),
      N("local recurrence in the nephrectomy bed", "Nephrectomy bed clear."),
      prior=True,
      ),
]
