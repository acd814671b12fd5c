"""Small helpers shared by the blind22 styles: names, dates, addresses and field blocks as markup."""

from __future__ import annotations

import b22_pools as P
from b22_doc import CTY, DTM, PER, ST, TEL, ZIP, cred


def nm(rng, p: P.Person, form: str | None = None) -> str:
    """A person's name as PHI markup, in a random (or given) written form."""
    form = form or rng.choice(["full", "short", "lf", "LF", "il", "short"])
    if form == "full":
        return PER(p.full())
    if form == "short":
        return PER(p.short())
    if form == "lf":
        return PER(p.lf())
    if form == "LF":
        return PER(p.lf(upper=True))
    if form == "il":
        return PER(p.initial_last() if p.kind == "western" else p.short())
    if form == "last":
        return PER(p.last())
    if form == "first":
        return PER(p.given)
    if form == "upper":
        return PER(p.short().upper())
    raise ValueError(form)


def titled(rng, p: P.Person) -> str:
    """'Mr. Last' / 'Ms. Last' / bare name."""
    if p.kind == "mononym":
        return rng.choice([PER(p.given), f"{P.title(p)} {PER(p.given)}"])
    return f"{P.title(p)} {PER(p.last())}"


def doc_name(rng, p: P.Person, creds=("MD",), form: str | None = None) -> str:
    """A clinician: 'Dr. Last', 'First Last, MD', 'LAST, FIRST MD' ... (credential is a keep span)."""
    c = rng.choice(creds)
    form = form or rng.choice(["dr", "drfull", "comma", "comma", "bare", "lfcred", "il"])
    if form == "dr":
        return f"Dr. {PER(p.last())}"
    if form == "drfull":
        return f"Dr. {PER(p.short())}"
    if form == "comma":
        return f"{PER(p.short())}, {cred(c)}"
    if form == "lfcred":
        return f"{PER(p.lf(upper=rng.random() < 0.5))} {cred(c)}"
    if form == "il":
        return f"{PER(p.initial_last() if p.kind == 'western' else p.short())} {cred(c)}"
    return PER(p.short())


def dmk(rng, d, form: str | None = None) -> str:
    if form == "full":
        form = P.full_date_form(rng)
    return DTM(P.fmt_date(rng, d, form))


END_FORMS = ("24", "12", "hours", "12lower", "24")


def tmk(rng, hm=None, form: str | None = None) -> str:
    """A time as markup; form "end" avoids forms ending in a period (for sentence ends)."""
    if form == "end":
        form = rng.choice(END_FORMS)
    h, m = hm or P.rand_time(rng)
    return DTM(P.fmt_time(rng, h, m, form))


def dtmk(rng, d, hm=None, dform=None, tform=None, sep: str | None = None) -> str:
    sep = sep if sep is not None else rng.choice([" ", " ", " at ", ", ", " @ "])
    return dmk(rng, d, dform) + sep + tmk(rng, hm, tform)


def addr(rng, street: str, c, z: str, layout: str | None = None) -> str:
    layout = layout or rng.choice(["one", "one", "two", "nocomma"])
    if layout == "one":
        return f"{ST(street)}, {CTY(c[0])}, {c[1]} {ZIP(z)}"
    if layout == "two":
        return f"{ST(street)}\n{CTY(c[0])}, {c[1]} {ZIP(z)}"
    return f"{ST(street)} {CTY(c[0])} {c[1]} {ZIP(z)}"


def pt_addr(rng, pt: P.Patient, layout: str | None = None) -> str:
    return addr(rng, pt.street, pt.city, pt.zip, layout)


def tel(rng, area=None) -> str:
    return TEL(P.phone(rng, area))


def fields(rng, d, items, sep: str | None = None, joiner: str = "\n", shuffle: float = 0.5,
           keep_first: int = 1) -> None:
    """Write 'Label<sep>value' items; labels picked from variants, optional items dropped,
    order partly shuffled.  items: (labels, value_markup, presence_probability)."""
    sep = sep if sep is not None else rng.choice([": ", ": ", " - ", ":  ", " = ", ":\t"])
    chosen = []
    for it in items:
        labels, value = it[0], it[1]
        prob = it[2] if len(it) > 2 else 1.0
        if value is None or rng.random() > prob:
            continue
        lab = rng.choice(labels) if isinstance(labels, (list, tuple)) else labels
        chosen.append((lab, value))
    head, tail = chosen[:keep_first], chosen[keep_first:]
    if rng.random() < shuffle:
        rng.shuffle(tail)
    out = [f"{lab}{sep}{val}" if lab else val for lab, val in head + tail]
    d(joiner.join(out) + ("\n" if joiner == "\n" else ""))


def case(rng, s: str) -> str:
    """Label case variants."""
    return rng.choice([s, s.upper(), s.lower() if len(s) > 3 else s, s.title()])


_BLOCK = {
    # modalities, credentials, clinical abbreviations and short English words that bare initials could spell
    "CT", "MR", "US", "XR", "MG", "IV", "PT", "RN", "MD", "DO", "NP", "PA", "OR", "ED", "ER", "OK", "AM", "PM", "ID", "IR",
    "NM", "LP", "AP", "PE", "RT", "BP", "HR", "DX", "TX", "NA", "MS", "RD", "QA", "FU", "LL", "RUQ", "TB", "CA", "GI", "GU",
    "UA", "DM", "HF", "PO", "PR", "OB", "IM", "SC", "SQ", "NG", "OG", "EKG", "ECG", "CBC", "CXR", "KUB", "CTA", "MRA", "PET",
    "DVT", "UTI", "VUR", "FNA", "BID", "TID", "PRN", "NPO", "HTN", "AKI", "CKD", "LLQ", "RLQ", "LUQ", "AAA", "ABD", "SOB",
    "CHF", "CAD", "ENT", "ICU", "MRI", "NO", "AN", "IN", "IS", "IT", "TO", "OF", "ON", "AT", "BE", "BY", "HE", "ME", "MY",
    "SO", "UP", "WE", "AS", "GO", "OH", "OX", "AD", "AH", "AI", "AX", "EH", "HA", "HI", "HM", "IF", "LO", "MA", "MI", "MM",
    "NB", "OW", "PI", "RE", "SH", "SI", "TA", "TI", "UH", "UM", "YA", "YE", "YO", "ARM", "LEG", "HIP", "RIB", "JAW", "EAR",
    "EYE", "CAT", "DOG", "BAD", "BIG", "FAT", "MAD", "SAD", "TOE", "GUM", "LIP", "CNS", "PEG", "TAP", "WET", "DRY", "HOT",
}


def ini(p: P.Person) -> str:
    """A person's initials as PHI markup; dotted when the bare letters would read as an abbreviation."""
    s = p.initials()
    if s in _BLOCK or len(s) < 2:
        s = ".".join(s) + "."
    return PER(s)
