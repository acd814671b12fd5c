"""Case model for the v4 blind set: hand-written sources, reference statements and their equivalent forms.

A reference impression is a list of statements. Each statement carries several hand-written, clinically
equivalent forms (technical, lay, eponym, passive, telegraphic ...); forms[0] is the reference wording. Sizes,
sides and grade words are marked as tokens so that error injection can change exactly one of them and the
checks can prove that every control form keeps them:

    {L:right}        a side word (also R, Rt, RLL, LUQ ...); a laterality error flips every side of a statement
    {Z:23 x 15 mm}   a current size; a measurement error changes one dimension
    {P:18 mm}        a prior size (never changed)
    {G:sev:mild}     a grade word on scale `sev`; a severity error moves it to another level
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(r"\{([LZPG]):([^}]*)\}")

#: grade scales; each level maps to the wrong words a model might write instead (other level, other scale's word)
SCALES: dict[str, dict[str, tuple[str, ...]]] = {
    "sev": {"mild": ("moderate", "severe", "marked"), "moderate": ("mild", "severe", "marked"),
            "severe": ("mild", "moderate"), "marked": ("mild", "minimal")},
    "vol": {"trace": ("moderate", "large"), "small": ("moderate", "large"), "moderate": ("small", "large", "trace"),
            "large": ("small", "trace")},
    "deg": {"minimal": ("moderate", "severe"), "mild": ("moderate", "severe"), "moderate": ("minimal", "severe"),
            "severe": ("mild", "moderate")},
    "grade": {"grade 1": ("grade 2", "grade 3"), "grade 2": ("grade 1", "grade 3"), "grade 3": ("grade 1", "grade 2")},
    "tear": {"low-grade partial-thickness": ("full-thickness", "high-grade partial-thickness"),
             "high-grade partial-thickness": ("low-grade partial-thickness", "full-thickness"),
             "full-thickness": ("low-grade partial-thickness", "high-grade partial-thickness")},
}

#: side words and their mirror; keys are lower case
SIDES: dict[str, str] = {"right": "left", "left": "right", "r": "l", "l": "r", "rt": "lt", "lt": "rt",
                         "rll": "lll", "lll": "rll", "rul": "lul", "lul": "rul", "ruq": "luq", "luq": "ruq",
                         "rlq": "llq", "llq": "rlq"}

MODALITIES = ("ct", "mr", "xr", "us", "mg", "nm", "fl", "ir")
GROUPS = ("neuro", "chest", "abdomen", "msk", "vascular", "breast", "pediatric", "oncology")


@dataclass(frozen=True)
class Stmt:
    """One reference statement with its equivalent forms and its presence-reversed (negation) forms."""

    forms: tuple[str, ...]
    positive: bool
    flips: tuple[str, ...] = ()
    org: str | None = None

    def tokens(self, kind: str, form: int = 0) -> list[str]:
        return [v for k, v in TOKEN.findall(self.forms[form]) if k == kind]


def S(ref: str, *alts: str, neg: tuple[str, ...] | str = (), org: str | None = None) -> Stmt:
    """A positive finding (the only kind an omission may drop)."""
    return Stmt((ref, *alts), True, (neg,) if isinstance(neg, str) else tuple(neg), org)


def N(ref: str, *alts: str, neg: tuple[str, ...] | str = (), org: str | None = None) -> Stmt:
    """A pertinent negative or normal statement (never omitted; its negation asserts the finding)."""
    return Stmt((ref, *alts), False, (neg,) if isinstance(neg, str) else tuple(neg), org)


@dataclass(frozen=True)
class Case:
    """A hand-written case: source report, reference statements, plausible fabrications (sentence, keyword)."""

    mod: str
    groups: tuple[str, ...]
    style: str
    indication: str
    findings: str
    stmts: tuple[Stmt, ...]
    fabs: tuple[tuple[str, str], ...]
    extras: tuple[str, ...] = ()
    comparison: str = "None."
    has_prior: bool = False
    num: int = field(default=0, compare=False)

    @property
    def source_text(self) -> str:
        return f"{self.indication}\n{self.comparison}\n{self.findings}"


def C(mod: str, groups: str, style: str, indication: str, findings: str, stmts: list[Stmt],
      fabs: list[tuple[str, str]], extras: tuple[str, ...] = (), comparison: str = "None.",
      prior: bool = False) -> Case:
    """Build a case; `groups` is a space-separated list of GROUPS, `findings` is dedented and stripped."""
    text = "\n".join(line.strip() for line in findings.strip().splitlines())
    return Case(mod, tuple(groups.split()), style, indication, text, tuple(stmts), tuple(fabs), tuple(extras),
                comparison, prior)


def numbered(cases: list[Case]) -> list[Case]:
    """Number cases per modality in list order (ids are b4-<mod>-<NNN>-<nn>)."""
    seen: dict[str, int] = {}
    out = []
    for case in cases:
        seen[case.mod] = seen.get(case.mod, 0) + 1
        out.append(Case(**{**case.__dict__, "num": seen[case.mod]}))
    return out
