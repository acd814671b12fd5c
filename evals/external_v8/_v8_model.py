"""Case model of the v8 external pair set: a hand-written source report and its impression statements.

A statement is structured (side, severity grade, current size, prior size) so that an error changes exactly one
property of one statement and a control changes none, whatever wording the draw picks.
"""

from __future__ import annotations

from dataclasses import dataclass

SCALES = {
    "grade": ("mild", "moderate", "severe"),
    "amount": ("small", "moderate", "large"),
    "degen": ("minimal", "mild", "moderate", "severe"),
}


def _sev(spec: str | None) -> tuple[str, int] | None:
    """'moderate' (mild/moderate/severe), 'small' (small/moderate/large) or 'scale:word' -> (scale, index)."""
    if spec is None:
        return None
    if ":" in spec:
        scale, word = spec.split(":")
    else:
        word = spec
        scale = "amount" if word in ("small", "large") else "grade"
    return scale, SCALES[scale].index(word)


@dataclass(frozen=True)
class Stmt:
    """One impression statement.

    kind: 'pos' (a finding), 'neg' (a pertinent negative) or 'other' (neither: "otherwise unremarkable").
    forms: equivalent wordings with placeholders {side}/{Side}, {sev}, {size}, {prior}; noun phrases when np.
    absent: for 'pos', the finding named without grade or size (its negation); for 'neg', the denied finding.
    present: for 'neg', explicit wordings of the denied finding turned present (else generic wrappers).
    """

    kind: str
    forms: tuple[str, ...]
    np: bool = False
    side: str | None = None
    sev: tuple[str, int] | None = None
    size: tuple[int, ...] | None = None
    prior: tuple[int, ...] | None = None
    organ: bool = False
    absent: str | None = None
    present: tuple[str, ...] = ()
    key: bool = True


def P(*forms: str, side=None, sev=None, size=None, prior=None, organ=False, absent=None, np=False, key=True):
    """A positive statement (sizes in whole mm)."""
    return Stmt(
        "pos", forms, np=np, side=side, sev=_sev(sev), size=size, prior=prior, organ=organ, absent=absent, key=key
    )


def NP(*forms: str, **kw):
    """A positive statement written as noun phrases (wrapped by the draw: "X.", "X noted." ...)."""
    return P(*forms, np=True, **kw)


def N(name: str, *present: str):
    """A pertinent negative of `name`; `present` are optional wordings of it turned present."""
    return Stmt("neg", (name,), absent=name, present=present)


def O(*forms: str):
    """A statement that is neither a finding nor a pertinent negative."""
    return Stmt("other", forms)


@dataclass(frozen=True)
class Case:
    """A synthetic study: its source report, its reference impression and its reference layout."""

    modality: str
    nn: int
    practice: str
    indication: str
    comparison: str
    findings: str
    has_prior: bool
    stmts: tuple[Stmt, ...]
    fabs: tuple[tuple[str, str], ...]
    layout: str = "prose"
    unit: str = "cm"
    upper: bool = False

    @property
    def cid(self) -> str:
        return f"b8-{self.modality}-{self.nn:02d}"


def cases_of(modality: str, specs: list[dict]) -> list[Case]:
    """Number a modality's case specs 1..n in the order written."""
    out = []
    for nn, spec in enumerate(specs, 1):
        spec = dict(spec)
        out.append(
            Case(
                modality=modality,
                nn=nn,
                practice=spec.pop("practice"),
                indication=spec.pop("ind"),
                comparison=spec.pop("comp", "None."),
                findings=spec.pop("find"),
                has_prior=spec.pop("prior", False),
                stmts=tuple(spec.pop("imp")),
                fabs=tuple(spec.pop("fabs")),
                **spec,
            )
        )
    return out
