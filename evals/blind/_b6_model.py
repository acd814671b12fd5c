"""Case model of blind set v6: a hand-written source report plus a reference impression in a small mark-up.

Every statement of a reference is written once in mark-up so that rewordings and injected errors can be made
without re-parsing free text: ``{L:right}`` is a side, ``{S:mild}`` a grade, ``{M:1.2 x 0.8 cm}`` a current
size, ``{P:15 mm}`` a prior size (never changed). A statement line holds its wordings separated by `` | ``
(the first is the reference's; those starting with ``~`` are far rewordings: other structure and vocabulary),
then optionally `` ## `` and the same statement with its presence reversed. A leading ``-`` marks a pertinent
negative, a leading ``+`` a recommendation (neither is ever omitted). A fabrication is ``sentence @keyword``:
the keyword must be absent from the source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

TOKEN = re.compile(r"\{([LSMPQ]):([^}]*)\}")
SIZE = re.compile(r"(\d+(?:\.\d+)?(?:\s*(?:x|by)\s*\d+(?:\.\d+)?)*)\s*(mm|cm|millimeters?|centimeters?)\b(?!\s*/)",
                  re.IGNORECASE)
SIDE = re.compile(r"\b(?:(?i:right|left)|RLL|RUL|RML|LLL|LUL|RUQ|LUQ|RLQ|LLQ|RIJ|LIJ)\b|(?<![\w/])[RL](?![\w/])")
COMPARISON = re.compile(r"\b(prior|previous(ly)?|compared|comparison|interval|unchanged|stable|since|"
                        r"redemonstrat\w*|again seen)\b",
                        re.IGNORECASE)
CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
DOMAINS = ("neuro", "chest", "abdomen", "msk", "vascular", "breast", "peds", "onc")


@dataclass(frozen=True)
class Statement:
    """One reference statement: its wordings (near and far), its reversed form, and whether it is positive."""

    near: tuple[str, ...]
    far: tuple[str, ...]
    reversed: str | None
    positive: bool

    @property
    def reference(self) -> str:
        return self.near[0]


@dataclass(frozen=True)
class Case:
    """A hand-written case: source sections, reference statements, fabrications and safe summary sentences."""

    modality: str
    num: str
    domains: tuple[str, ...]
    has_prior: bool
    indication: str
    comparison: str
    findings: str
    statements: tuple[Statement, ...]
    fabrications: tuple[tuple[str, str], ...]
    extras: tuple[str, ...] = ()
    style: str = "prose"
    notes: dict = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.modality}-{self.num}"


def parse_statement(line: str) -> Statement:
    """Parse one statement line of the mark-up described in the module docstring."""
    positive = not line.startswith(("-", "+"))
    body, _, rev = line.lstrip("-+").partition(" ## ")
    near, far = [], []
    for wording in body.split(" | "):
        (far if wording.startswith("~") else near).append(wording.lstrip("~").strip())
    stmt = Statement(tuple(near), tuple(far), rev.strip() or None, positive)
    want = token_signature(stmt.reference)
    for wording in stmt.near + stmt.far:
        assert token_signature(wording) == want, f"wordings disagree on sides/sizes/grades: {line!r}"
    return stmt


def token_signature(text: str) -> Counter:
    """Sides, sizes and grades a wording carries; every wording of a statement must carry the same ones."""
    out: Counter = Counter()
    for kind, value in TOKEN.findall(text):
        if kind == "L":
            norm = tuple(sorted(sides(value).elements()))
        elif kind in "MP":
            norm = tuple(sorted(sizes_mm(value).elements()))
        else:
            norm = value.lower()
        out[(kind, norm)] += 1
    return out


def case(modality: str, num: str, domains: str, *, prior: bool = False, ind: str, comp: str = "None.",
         findings: str, imp: list[str], fab: list[str], extra: tuple[str, ...] = (), style: str = "prose") -> Case:
    """Build a case from the compact notation used by the `_b6_cases_*` modules."""
    fabs = tuple((s.rsplit(" @", 1)[0].strip(), s.rsplit(" @", 1)[1].strip()) for s in fab)
    doms = tuple(domains.split())
    assert set(doms) <= set(DOMAINS), doms
    plain = TOKEN.sub(lambda m: m.group(2), " ".join(findings.split()))
    return Case(modality, num, doms, prior, ind.strip(), comp.strip(), plain,
                tuple(parse_statement(s) for s in imp), fabs, tuple(extra), style)


def sizes_mm(text: str) -> Counter:
    """Every size in plain text, each dimension normalised to mm (rounded to 0.1 mm)."""
    out: Counter = Counter()
    for nums, unit in SIZE.findall(text):
        factor = 10.0 if unit.lower().startswith("c") else 1.0
        for num in re.findall(r"\d+(?:\.\d+)?", nums):
            out[round(float(num) * factor, 1)] += 1
    return out


def sides(text: str) -> Counter:
    """Side words in plain text, abbreviations (RLL, R, LUQ) counted by their side."""
    return Counter("right" if m.group(0).upper().startswith("R") else "left" for m in SIDE.finditer(text))
