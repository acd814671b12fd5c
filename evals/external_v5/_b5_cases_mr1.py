"""MR cases, brain and spine (hand-written, synthetic)."""

from _b5_spec import case

CASES = [
    case("mr", 21, "neuro", prior=True, ind="Relapsing-remitting MS, annual surveillance.",
         comp="MRI brain 1 year ago.",
         findings="""
        Multiple periventricular and juxtacortical T2/FLAIR hyperintense lesions, overall burden similar.
        One new <6 mm> FLAIR lesion in the [right] centrum semiovale with nodular enhancement, consistent with
        active demyelination. Remaining lesions nonenhancing. No new infratentorial lesions. Corpus callosum
        thinning, {mild}. Ventricles normal.""",
         imp="""
        + One new enhancing <6 mm> demyelinating lesion in the [right] centrum semiovale, indicating active disease.
        | Active MS: a new <6 mm> enhancing plaque, [right] centrum semiovale.
        | New lesion with enhancement (<6 mm>) in the [R] centrum semiovale, consistent with active demyelination.
        + Otherwise similar periventricular and juxtacortical lesion burden.
        | Remaining supratentorial white matter lesion load is unchanged.
        + {Mild} callosal thinning. | {Mild} thinning of the corpus callosum.
        - No new infratentorial lesions. | Posterior fossa: no new lesions.
        ! New lesion in the [left] middle cerebellar peduncle.
        * Cord lesion at C2. @ cord, c2
        * Leptomeningeal enhancement. @ leptomeningeal
        """),
    case("mr", 22, "neuro", fmt="one", ind="Sudden vision loss [left] field, HTN.", findings="""
        DWI: restricted diffusion in the [right] occipital lobe and [right] medial thalamus with low ADC, PCA
        territory. Corresponding FLAIR hyperintensity. No hemorrhage on SWI. No mass effect.
        MRA: nonvisualization of the [right] P2 segment. Scattered {mild} chronic small vessel ischemic change.""",
         imp="""
        + Acute infarct in the [right] PCA territory (occipital lobe and thalamus) with [right] P2 occlusion.
        | [R] posterior cerebral artery stroke involving the occipital lobe and thalamus; P2 segment occluded on the
          [right].
        | Acute ischemia in the [right] occipital lobe and medial thalamus from a blocked [right] P2 branch.
        - No hemorrhagic transformation. | No hemorrhage within the infarct. | SWI: no blood products.
        ! Petechial hemorrhagic transformation of the infarct.
        + {Mild} chronic microvascular disease. | {Mild} chronic small-vessel ischemic changes.
        | White matter: {mild} chronic small vessel disease.
        * Cavernous malformation in the pons. @ cavernous, pons
        * Meningioma along the [left] tentorium. @ meningioma
        """),
    case("mr", 23, "neuro oncologic", prior=True, fmt="numbered", ind="GBM s/p resection and chemoradiation.",
         comp="MRI brain 8 weeks ago.", findings="""
        [Left] temporal resection cavity. Nodular enhancement along the posterior cavity margin now <2.3 x 1.7 cm>,
        previously <^1.2 x 0.9 cm>, with elevated rCBV on perfusion. Surrounding FLAIR signal increased.
        Midline shift <4 mm> to the right, previously <^1 mm>. No hydrocephalus.""",
         imp="""
        + Enlarging nodular enhancement at the posterior [left] temporal cavity margin, <2.3 x 1.7 cm> (was
          <^1.2 x 0.9 cm>), with elevated perfusion, favoring tumor progression.
        | Progression favored: [left] temporal cavity nodular enhancement increased to <2.3 x 1.7 cm> from
          <^1.2 x 0.9 cm>, rCBV elevated.
        + Increased FLAIR signal and midline shift now <4 mm> (previously <^1 mm>).
        | More edema; midline shift up to <4 mm> from <^1 mm>.
        - No hydrocephalus. | Ventricles without hydrocephalus.
        ! Early hydrocephalus.
        = Recommend tumor board review. | Discuss at neuro-oncology tumor board.
        * New lesion in the [right] frontal lobe. @ frontal
        * Subependymal spread along the ventricles. @ subependymal
        """),
    case("mr", 24, "neuro", ind="Galactorrhea, prolactin 85.", findings="""
        Dedicated pituitary protocol. <6 x 5 mm> hypoenhancing lesion in the [left] aspect of the pituitary gland
        on dynamic images. Infundibulum midline. Optic chiasm normal, not compressed. Cavernous sinuses
        normal. Remainder of the brain unremarkable.""",
         imp="""
        + <6 x 5 mm> [left] pituitary microadenoma.
        | Microadenoma in the [left] side of the pituitary gland, <6 x 5 mm>.
        | [Lt] pituitary microadenoma measuring <0.6 x 0.5 cm>.
        - No chiasmatic compression or cavernous sinus invasion.
        | Optic chiasm not compressed; cavernous sinuses not involved.
        ! Mass effect on the optic chiasm.
        * Rathke cleft cyst. @ rathke
        * Empty sella configuration. @ empty sella
        & Brain otherwise normal.
        """),
    case("mr", 25, "neuro pediatric", ind="7 yo headaches with cough and straining.", findings="""
        Cerebellar tonsils extend <9 mm> below the foramen magnum with peg-like configuration and crowding.
        Cervical cord: syrinx from C4 to C7 measuring up to <4 mm> in diameter. No hydrocephalus. Fourth ventricle
        normal. Remainder of the brain normal for age.""",
         imp="""
        + Chiari I malformation with tonsillar ectopia of <9 mm>.
        | Chiari 1: tonsils descend <9 mm> below the foramen magnum.
        | Low-lying peg-shaped cerebellar tonsils <9 mm> below foramen magnum, Chiari I.
        + Associated C4-C7 syrinx up to <4 mm>. | Syringomyelia C4-C7, max <4 mm>.
        | A syrinx of the cervical cord spans C4 through C7, up to <4 mm> wide.
        - No hydrocephalus. | Ventricles normal, no hydrocephalus.
        ! Mild hydrocephalus.
        * Basilar invagination. @ invagination
        * Tethered cord. @ tethered
        """),
    case("mr", 26, "neuro msk", fmt="numbered", ind="[Left] arm radicular pain, C6 distribution.", findings="""
        C4-C5: {mild} disc bulge, no stenosis.
        C5-C6: [left] paracentral/foraminal disc extrusion with {moderate} [left] neural foraminal narrowing and
        {mild} canal stenosis without cord compression. Right foramen patent.
        C6-C7: {mild} bilateral uncovertebral hypertrophy, no significant foraminal stenosis.
        Cord signal normal throughout.""",
         imp="""
        + C5-C6 [left] foraminal disc extrusion causing {moderate} [left] foraminal stenosis, likely affecting the
          exiting [left] C6 root.
        | C5-6: [L] foraminal extrusion with {moderate} foraminal narrowing on the [left], probably impinging the
          [left] C6 nerve root.
        + {Mild} central canal stenosis at C5-C6. | Canal narrowing at C5-6 is {mild}.
        - No cord compression or abnormal cord signal. | Cord: normal signal, not compressed.
        ! Cord compression at C5-C6.
        * Ossification of the posterior longitudinal ligament. @ ossification
        * Facet joint effusion at C3-C4. @ c3
        """),
    case("mr", 27, "msk neuro", ind="LBP with [right] leg sciatica.", findings="""
        L3-L4: disc bulge, {mild} facet arthropathy, no stenosis.
        L4-L5: broad disc bulge and ligamentum flavum thickening, {severe} central canal stenosis, {moderate}
        bilateral foraminal stenosis.
        L5-S1: [right] paracentral disc protrusion contacting the traversing [right] S1 nerve root.
        Conus terminates at L1, normal. Vertebral body heights preserved.""",
         imp="""
        + {Severe} central canal stenosis at L4-L5 with {moderate} bilateral foraminal narrowing.
        | L4-5: {severe} spinal canal stenosis; foramina {moderately} narrowed on both sides.
        | Canal stenosis at L4-L5 is {severe}, and both neural foramina are {moderately} stenotic.
        + [Right] paracentral L5-S1 protrusion contacting the [right] S1 root, likely the cause of symptoms.
        | L5-S1 protrusion, [right] paracentral, abutting the traversing [R] S1 nerve root, probably symptomatic.
        * Pars defect at L5. @ pars
        * Schmorl node at L2. @ schmorl
        & No other significant stenosis.
        """),
    case("mr", 28, "neuro oncologic", prior=True, ind="Breast cancer with brain mets s/p SRS.",
         comp="MRI brain 3 months ago.", findings="""
        Treated [right] frontal metastasis decreased to <7 mm> from <^14 mm>. [Left] cerebellar metastasis
        <5 mm>, previously <^5 mm>, unchanged. No new enhancing lesions. Surrounding edema decreased.
        No leptomeningeal enhancement.""",
         imp="""
        + Decreasing treated [right] frontal metastasis, <7 mm> (previously <^14 mm>).
        | [R] frontal met responding to SRS: <7 mm>, down from <^14 mm>.
        + Unchanged <5 mm> [left] cerebellar metastasis (was <^5 mm>).
        | Stable [L] cerebellar lesion at <5 mm> (was <^5 mm>).
        - No new metastases or leptomeningeal disease. | No new enhancing lesion; no leptomeningeal enhancement.
        ! New leptomeningeal enhancement along the cerebellar folia.
        * Radiation necrosis in the [left] parietal lobe. @ necrosis
        * Dural-based metastasis. @ dural
        """),
]
