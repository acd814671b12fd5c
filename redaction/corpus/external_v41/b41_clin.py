"""Clinical sentences with keep spans for blind corpus 41 (pieces: str or (text, keep_label))."""

from __future__ import annotations

MODALITIES = {"CT": ("CT", "CT chest", "CTA"), "MR": ("MRI", "MR", "MRI brain"), "US": ("ultrasound", "US"),
              "XR": ("radiograph", "XR", "chest x-ray"), "MG": ("mammogram", "MG", "tomosynthesis")}


def _mm(rng):
    return rng.choice((f"{rng.randint(3, 48)} mm", f"{rng.randint(1, 9)}.{rng.randint(0, 9)} cm",
                       f"{rng.randint(3, 30)} x {rng.randint(3, 30)} mm"))


def findings(rng, mod: str):
    """List of piece-lists (each one sentence)."""
    lvl = rng.choice(("L4-L5", "L5-S1", "C5-C6", "C6-7", "T12", "L1", "T8-T9"))
    opts = {
        "CT": [
            ["Spiculated nodule in the ", ("right upper lobe", "anatomy"), " measures ", (_mm(rng), "measurement"), ". "],
            ["No ", ("Kerley B lines", "eponym"), ". Small ", ("hiatal hernia", "anatomy"), ". "],
            [("Lung-RADS 4A", "score"), " per ACR. "],
            ["Fluid in ", ("Morison pouch", "eponym"), ", approx ", (_mm(rng), "measurement"), ". "],
            ["Compression deformity of ", (lvl, "vertebral_level"), ", chronic. "],
            ["Agatston score ", ("412", "score"), "; ", ("left anterior descending", "anatomy"), " calcification. "],
            ["Appendix normal; no fat stranding at ", ("McBurney point", "eponym"), ". "],
        ],
        "MR": [
            [("T2 FLAIR", "sequence"), " hyperintensity in the ", ("left centrum semiovale", "anatomy"), ". "],
            ["No restricted diffusion on ", ("DWI", "sequence"), "/", ("ADC", "sequence"), ". "],
            ["Disc protrusion at ", (lvl, "vertebral_level"), " contacting the traversing nerve root. "],
            [("Baker cyst", "eponym"), " measuring ", (_mm(rng), "measurement"), ". "],
            [("Hill-Sachs lesion", "eponym"), " of the ", ("humeral head", "anatomy"), ". "],
            ["Flow voids of the ", ("circle of Willis", "eponym"), " preserved. "],
            ["Enhancing lesion, ", (_mm(rng), "measurement"), ", on post-contrast ", ("T1 VIBE", "sequence"), ". "],
        ],
        "US": [
            ["Right kidney ", (_mm(rng), "measurement"), "; no hydronephrosis. "],
            ["Thyroid nodule ", ("TI-RADS 4", "score"), ", ", (_mm(rng), "measurement"), ". "],
            ["Positive sonographic ", ("Murphy sign", "eponym"), ". "],
            ["Common bile duct ", (f"{rng.randint(3, 9)} mm", "measurement"), ". ", ("Gallbladder", "anatomy"), " wall normal. "],
            ["No ", ("Baker cyst", "eponym"), " in the ", ("popliteal fossa", "anatomy"), ". "],
        ],
        "XR": [
            ["No focal consolidation. ", ("Costophrenic angles", "anatomy"), " clear. "],
            ["Subtle ", ("Kerley B lines", "eponym"), " at the bases. "],
            ["Mild loss of height at ", (lvl, "vertebral_level"), ". "],
            ["Nondisplaced fracture of the ", ("fifth metacarpal", "anatomy"), " (", ("Boxer fracture", "eponym"), "). "],
            ["Cardiothoracic ratio ", ("0.56", "measurement"), ". "],
        ],
        "MG": [
            [("BI-RADS 0", "score"), ": incomplete, additional views requested. "],
            ["Density category ", ("C", "score"), " (heterogeneously dense). "],
            ["Focal asymmetry ", ("upper outer quadrant", "anatomy"), ", ", (_mm(rng), "measurement"), ". "],
            [("BI-RADS 2", "score"), ", benign calcifications. "],
            ["Lymph node in the ", ("left axilla", "anatomy"), " unremarkable. "],
        ],
    }
    pool = list(opts[mod])
    rng.shuffle(pool)
    return pool[: rng.randint(2, 3)]


def modality_word(rng, mod):
    return rng.choice(MODALITIES[mod])


def impression(rng, mod):
    return rng.choice((
        ["Findings as above; ", ("Fleischner", "eponym"), " follow-up in 3 months. "],
        ["No acute abnormality. "],
        ["Compared with ", ("2019", "year"), " study, stable. "],
        ["Recommend ", (modality_word(rng, mod), "modality"), " follow-up. "],
        ["Interval increase; correlate clinically. "],
    ))


def age_piece(rng):
    return (str(rng.randint(18, 88)), "age_under_90")


CREDS = ("MD", "DO", "RT(R)", "RT(R)(CT)", "PA-C", "NP", "RN", "RDMS", "MBBS", "FRCR")
