"""Case model of the v9 pair set: a hand-written source report and its reference impression as statements.

A statement keeps its clinically meaningful slots (side, severity word, current and prior size) apart from its
wordings, so a candidate can be reworded and have an error injected in the same pass: errors change a slot or the
presence of a statement, rewordings only pick another wording of the same content.
"""
from dataclasses import dataclass

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
GRADE_SCALE = ("mild", "moderate", "severe")
EXTENT_SCALE = ("small", "moderate", "large")
MODALITIES = ("ct", "mr", "xr", "us", "mg", "nm", "ir")


@dataclass(frozen=True)
class Statement:
    """One impression statement: `pos` finding, `neg` pertinent negative or `info` (advice, category, never hit).

    `forms` are equivalent wordings (the first is the reference's), `neg` wordings reverse its presence. Slots are
    written into forms as {s}/{S}/{R} (side: right, Right, R), {sev}/{Sev}, {size} and {prior} (sizes in mm).
    `organ` marks an organ dimension of 6 cm or more, `minor` an incidental finding that is never the omitted one.
    """

    kind: str
    forms: tuple
    neg: tuple = ()
    side: str = ""
    sev: str = ""
    scale: tuple = ()
    size: tuple = ()
    prior: tuple = ()
    organ: bool = False
    minor: bool = False


@dataclass(frozen=True)
class Case:
    """A synthetic study: source sections, reference impression, and findings that could be invented for it.

    `fabs` pairs each invented sentence with words the source must not contain (the finding it names), so the
    sentence states something the source neither reports nor denies.
    """

    modality: str
    practice: str
    has_prior: bool
    indication: str
    comparison: str
    findings: str
    impression: tuple
    fabs: tuple
    unit: str = "mm"
    numbered: bool = False


def _split(text):
    return tuple(part.strip() for part in text.split("|") if part.strip())


def _scale(sev, scale):
    if not sev:
        return ()
    if scale == "extent" or sev in ("small", "large"):
        return EXTENT_SCALE
    return GRADE_SCALE


def _statement(kind, forms, neg="", scale="", **slots):
    sev = slots.get("sev", "")
    return Statement(kind=kind, forms=_split(forms), neg=_split(neg), scale=_scale(sev, scale), **slots)


def P(forms, neg="", scale="", **slots):
    """A positive finding; forms and negated wordings are `|`-separated."""
    return _statement("pos", forms, neg, scale, **slots)


def N(forms, neg="", scale="", **slots):
    """A pertinent negative; `neg` wordings state the finding as present."""
    return _statement("neg", forms, neg, scale, **slots)


def I(forms):
    """Advice or a category line: reworded and moved, never the target of an error."""
    return _statement("info", forms)


def F(sentence, keys):
    """An invented finding and the `/`-separated words that the source must not mention."""
    return (sentence, tuple(key.strip().lower() for key in keys.split("/")))


def C(modality, practice, prior, ind, cmp, fnd, imp, fabs, unit="mm", numbered=False):
    """A case; `imp` is the reference impression as statements, `fabs` the invented findings (see F)."""
    return Case(modality=modality, practice=practice, has_prior=prior, indication=ind, comparison=cmp,
                findings=fnd, impression=tuple(imp), fabs=tuple(fabs), unit=unit, numbered=numbered)
