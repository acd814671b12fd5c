"""Credentials and degrees written after a name (American, British, Commonwealth): no part of the name."""

# Credentials after a name (kept: they are not PHI): "MD", "RT(R)(CT)", "CCC-SLP", "FACR", "FRANZCR", "MBBS, GDFM",
# "PgDip MU", "FCRad(SA)"; a resident's year ("PGY-3"); nursing certifications; coding and revenue-cycle
# certifications ("CPC-A", "CIRCC", "CRCR", "CHFP")
CREDENTIALS = (r"(?:CPC-A|CCS-P|CIRCC|CRCR|CHFP|CPCO|CDIP|CCDS|CRCS|CHAM|CMRS|CPMA|"
               r"MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|RT\([A-Z]{1,3}\)(?:\([A-Z]{1,3}\))*|RT|RDMS|RDCS|RVT|RVS|CNMT|RRA|"
               r"ARRT|ATC|CMD|MBBS|MBChB|PhD|Ph\.D\.|FACR|FSIR|FRCR|FRCPC|DMD|DDS|CCC-SLP|SLP|CRNA|APRN|FNP|FNP-C|"
               r"DNP|BSN|MSN|LPN|MPH|MSc|PharmD|RPh|CNM|RCIS|RTT|CMA|EMT|DPM|OTR|DPT|MHA|MBA|FACP|FACC|FAAN|FACS|"
               r"MB ?BCh(?: ?BAO)?|MBBCh|(?<!MB )BCh|CPC|CCS|RHIA|RHIT|COC|RRT|LCSW|MSW|PsyD|ACNP|CNS|PGY-?\d|CBDT|"
               r"CCD|RPVI|RMSK|MRSO|CCLS|BPharm|MPharm|MRPharmS|MRCGP|FRCGP|FRACGP|FRNZCGP|MICGP|MCSP|APAM|APD|BDSc|"
               r"BDS|RGN|RMN|FCN|FWACS|FWACP|(?:[A-Z]{1,4}NP|NP)-(?:BC|C)|CRNP|MB ?ChB|ChB|MB ?BS|BMBS|BM ?BCh|MMed|"
               r"FRANZCR|FRACR|FRCPI?|FRCSC?|FRCSEd|FRCPath|FRCPE|FRACP|FRACS|FANZCA|FCPS|FCR|FFR(?: ?RCSI)?|"
               r"MRCP(?:\(UK\))?|MRCS|DMRD|EDiR|FEBNM|CCFP|FCFP|DABR|DABNM|FSCCT|FSCMR|FASE|FMCP|"
               r"FCRad(?:\([A-Z]{1,3}\))?(?:SA)?|MNutr(?:&Diet)?|DPBO|GDFM|DFM|ABFM|DMU|"
               r"P[Gg] ?Dip(?: [A-Z]{1,4}(?![A-Za-z]))?|DNB|DMR[ET]|DipABR|DRCOG|MRCPI|FRCPCH|MRCPCH|DCH|DGO|"
               r"[MF]RCOG|[MF]RCSI|FC ?Rad ?Diag(?: ?\(SA\))?|"
               r"BSc ?\((?:Physio|Dietetics|Hons|Nursing|Radiography|OT|Pharm|Nutrition)\)|CCR[PCA]|RPSGT|C?RST|"
               r"CPSGT|RPFT|Au\.?D\.?|CCC-A|CRN|CCRN|CGC|CEN|CNOR|OCN|CPAN|CAPA|CNRN|RN-BC|VA-BC|CNA|CHW|LI?CSW|LMSW|"
               r"LSW|CS?PI|MDiv|BCC|CPhT)")
