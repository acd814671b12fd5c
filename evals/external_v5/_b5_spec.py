"""Case model, the small markup language the cases are written in, and the text measures the checks use.

Cases are hand-written as a findings text plus an impression block, one statement a line:

    + positive finding (may be omitted)    | equivalent wording | another one
    - pertinent negative (never omitted)   | ...
    = recommendation / other (never omitted, kept last)
    ! negation-reversed wording of the statement above (alternatives split by " | ")
    * fabricated finding sentence @ keyword, keyword   (keywords must be absent from the source)
    & equivalent closing statement the source supports ("No other acute abnormality.")

A line starting with "|" adds wordings to the statement above; any other line (indented text) wraps the last
wording of the statement above. Inside a wording:
``[right]`` is a side word, ``{moderate}`` a grade word (``{moderate/amt}`` names its scale), ``<23 x 15 mm>`` a
current size and ``<^2.1 cm>`` a prior size (never changed by an error); source texts may carry the same
markup, which is dropped. The first wording of each statement is
the reference's. Markup keeps the injected errors exact: the generator knows which words an error may touch.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

CATEGORIES = ("fabricated_finding", "omitted_finding", "negation", "laterality", "severity", "measurement",
              "fabricated_comparison")
TAGS = ("neuro", "chest", "abdomen", "msk", "vascular", "breast", "pediatric", "oncologic")
MODALITIES = ("ct", "mr", "xr", "us", "fl", "nm", "mg", "ir")

# grade scales: level 0 (trace/minimal) .. 3 (large/severe); a severity error never moves between levels 0 and 1
SCALES: dict[str, dict[str, int]] = {
    "amt": {"trace": 0, "small": 1, "moderate": 2, "large": 3},
    "deg": {"minimal": 0, "mild": 1, "moderate": 2, "severe": 3, "marked": 3},
    "adv": {"minimally": 0, "mildly": 1, "moderately": 2, "severely": 3, "markedly": 3},
    "grade": {"grade 1": 1, "grade 2": 2, "grade 3": 3, "grade i": 1, "grade ii": 2, "grade iii": 3},
    "tear": {"low-grade": 1, "high-grade": 3},
    "thick": {"partial-thickness": 1, "full-thickness": 3},
}
DEFAULT_SCALE = {w: s for s, words in SCALES.items() for w in words if w != "moderate"} | {"moderate": "deg"}

MARK_RE = re.compile(r"\[([^\]]+)\]|\{([^}]+)\}|<(\^?)([^>]+)>")
SIZE_RE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)((?:\s*(?:x|×|by)\s*\d+(?:\.\d+)?)*)\s*"
    r"(mm|cm|millimeters?|centimeters?)\b(?!\s*/)", re.IGNORECASE)
SIDE_WORD_RE = re.compile(r"\b(right|left|rt|lt)\b", re.IGNORECASE)
SIDE_ABBR_RE = re.compile(r"\b([RL])(LL|UL|ML|UQ|LQ|IJ|ICA|CCA|MCA|ACA|PCA|VA|CFV|SFV|POP)?\b(?![/'])")
COMPARISON_RE = re.compile(
    r"\b(prior|previous(ly)?|interval|compared|comparison|since|stable|unchanged|new|newly|again|"
    r"redemonstrat\w*|persistent|persists|progress\w*|improv\w*|resolv\w*|worsen\w*|no change)\b", re.IGNORECASE)
TOKEN_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class Statement:
    """One impression statement: its wordings (reference first) and its negation-reversed wordings."""

    kind: str
    variants: tuple[str, ...]
    flips: tuple[str, ...] = ()


@dataclass(frozen=True)
class Case:
    """A hand-written report: the source the model saw and the reference impression, in markup."""

    modality: str
    num: int
    tags: frozenset[str]
    has_prior: bool
    fmt: str
    indication: str
    comparison: str
    findings: str
    statements: tuple[Statement, ...]
    fabs: tuple[tuple[str, tuple[str, ...]], ...]
    extras: tuple[str, ...] = field(default=())

    @property
    def case_id(self) -> str:
        return f"{self.modality}-{self.num:03d}"

    def source(self) -> dict:
        return {"indication": self.indication, "comparison": self.comparison, "findings": self.findings,
                "has_prior": self.has_prior}

    def source_text(self) -> str:
        return " ".join((self.indication, self.comparison, self.findings))


def case(modality: str, num: int, tags: str, *, prior: bool = False, fmt: str = "prose", ind: str, comp: str = "None.",
         findings: str, imp: str) -> Case:
    """Build a case from its impression block (see the module docstring for the line syntax)."""
    statements: list[list] = []
    fabs: list[tuple[str, tuple[str, ...]]] = []
    extras: list[str] = []
    for raw in imp.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        head, body = line[0], line[1:].strip()
        if head not in "+-=|!*&":  # a wrapped line: continues the last wording written
            _continue(statements, line)
        elif head in "+-=":
            statements.append([head, _split(body), []])
        elif head == "|":
            statements[-1][1].extend(_split(body))
        elif head == "!":
            statements[-1][2].extend(_split(body))
        elif head == "*":
            text, _, kws = body.partition("@")
            fabs.append((plain(text.strip()), tuple(k.strip().lower() for k in kws.split(",") if k.strip())))
        elif head == "&":
            extras.append(plain(body))
        else:
            raise ValueError(f"{modality}-{num}: bad impression line {line!r}")
    tag_set = frozenset(tags.split())
    if not tag_set <= set(TAGS) or modality not in MODALITIES:
        raise ValueError(f"{modality}-{num}: unknown tag or modality")
    return Case(modality, num, tag_set, prior, fmt, plain(ind.strip()), plain(comp.strip()), plain(_dedent(findings)),
                tuple(Statement(k, tuple(v), tuple(f)) for k, v, f in statements), tuple(fabs), tuple(extras))


def _continue(statements: list[list], line: str) -> None:
    last = statements[-1]
    target = last[2] if last[2] else last[1]
    target[-1] = f"{target[-1]} {line}"


def _split(body: str) -> list[str]:
    return [part.strip() for part in body.split(" | ") if part.strip()]


def _dedent(text: str) -> str:
    return "\n".join(line.strip() for line in text.strip().splitlines())


def plain(text: str) -> str:
    """Markup removed: what the wording reads as."""
    def one(m: re.Match) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2) is not None:
            return m.group(2).split("/")[0]
        return m.group(4)

    return MARK_RE.sub(one, text)


def sizes_mm(text: str) -> Counter:
    """Every dimension of every size in the text, in mm (rounded to 0.1), as a multiset."""
    out: Counter = Counter()
    for m in SIZE_RE.finditer(text):
        factor = 10.0 if m.group(3).lower().startswith("c") else 1.0
        for num in [m.group(1), *re.findall(r"\d+(?:\.\d+)?", m.group(2))]:
            out[round(float(num) * factor, 1)] += 1
    return out


def sides(text: str) -> Counter:
    """Side words (right/left, rt/lt, R/L and side-prefixed abbreviations like RLL), normalised to R/L."""
    out: Counter = Counter(m.group(1)[0].upper() for m in SIDE_WORD_RE.finditer(text))
    out.update(m.group(1) for m in SIDE_ABBR_RE.finditer(text))
    return out


def grade_level(word: str) -> tuple[str, int]:
    """The scale and level of a marked grade word (``moderate`` or ``moderate/amt``)."""
    name, _, scale = word.lower().partition("/")
    scale = scale or DEFAULT_SCALE[name]
    return scale, SCALES[scale][name]


def tokens(text: str) -> set[str]:
    return set(TOKEN_RE.findall(text.lower()))


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 1.0
