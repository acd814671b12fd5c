"""Hallucination score of a candidate report against its source and/or reference.

Errors, by category:
- fabricated_finding: the candidate asserts (present or uncertain) a finding that neither the source nor
  the reference mentions, nor implies (lexicon `implied_by`). A finding the candidate only DENIES
  ("no pneumothorax") is never a fabrication. A finding at a site the source only calls normal ("spleen intact")
  is a fabrication when the candidate keeps that normal statement too, else a negation.
- omitted_finding: a finding the reference asserts (or, without a reference, the source asserts) that
  the candidate does not mention at all; two statements of one finding at different places need two
  mentions; a hedged interpretation ("likely pneumonia") is not required when its statement is kept.
- negation: the candidate denies what the source/reference asserts, or asserts what it denies, including
  a site it calls normal ("ulnar styloid intact") and "no other/new X" ("second liver lesion"); a candidate
  that calls a site normal ("MCL intact") or says "no new X" where the source has one is a negation too.
  Denying a subtype ("no complete tear", "no haemothorax") does not deny another or a broader finding.
  Mentions at different anatomical sites or spine levels are different findings.
- laterality: same finding, same assertion, but a different side (left / right / bilateral).
- severity: same finding, but the severity grades do not overlap (trace < small/mild < moderate <
  large/severe).
- measurement: a size in the candidate (normalised to mm) that matches no size in the source/reference.
- fabricated_comparison: a statement about a prior study or change over time when there is no prior
  (`has_prior` false, or the source's COMPARISON section says none).

Score = 1 / (1 + sum over errors of the category weight); 1.0 means no error, every error lowers it,
and it stays in (0, 1]. Weights default to 1.0 for every category.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from evals._anatomy import OPPOSITE_QUALIFIERS
from evals._corroboration import corroborate
from evals._evidence import (STRONG, WEAK, WEAK_PENALTY, Signal, any_word_used, asserted_wording, closest_contradicts,
                             mentioned, settle)
from evals._findings import Extraction, Finding, Measurement, NormalSite, extract
from evals._statements import Statement, counterparts, covered, overlap, unsupported
from evals._wording import Vocabulary, content_words, worded_in
from evals._lexicon import Lexicon, load_lexicon, tokenize
from evals._negation import Assertion


class ErrorCategory(StrEnum):
    fabricated_finding = "fabricated_finding"
    omitted_finding = "omitted_finding"
    negation = "negation"
    laterality = "laterality"
    severity = "severity"
    measurement = "measurement"
    fabricated_comparison = "fabricated_comparison"


DEFAULT_WEIGHTS: Mapping[ErrorCategory, float] = {category: 1.0 for category in ErrorCategory}
_LEVEL_RE = re.compile(r"[ctls]\d{1,2}(?:-[ctls]\d{1,2})?")
_LOBES = frozenset({"upper", "middle", "lower"})
_EXAM_WORDS = re.compile(r"\b(?:ultrasound|sonogram|study|exam|examination|radiograph|radiographs|ct|mri|scan|"
                         r"mammogram|views?)\b", re.IGNORECASE)
# Comparison words that also describe a state within one exam or procedure ("small residual effusion" after a
# drainage, "airway remains patent").
_WITHIN_EXAM_CUES = frozenset("residual remains remain remaining persistent persists persist persisting".split())
# Words that only ever point at an earlier study ("persistent since the prior study").
_PRIOR_ONLY = frozenset("prior previous previously since earlier last interval compared comparison before".split())
_SOURCE_KEYS = (("indication", "INDICATION"), ("history", "INDICATION"), ("technique", "TECHNIQUE"),
                ("comparison", "COMPARISON"), ("findings", "FINDINGS"), ("impression", "IMPRESSION"))


@dataclass(frozen=True, slots=True)
class ScoreError:
    category: ErrorCategory
    evidence: str
    # Which rule found it and how much its kind of evidence is worth (`_evidence`): not part of its identity.
    rule: str = field(default="", compare=False)
    confidence: float = field(default=STRONG, compare=False)

    def to_dict(self) -> dict[str, str]:
        return {"category": self.category.value, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: float
    errors: tuple[ScoreError, ...] = field(default_factory=tuple)
    # Errors whose evidence is too weak to flag the candidate (`_evidence.REPORT_CONFIDENCE`); they still
    # lower the score by `_evidence.WEAK_PENALTY` of their weight.
    weak: tuple[ScoreError, ...] = field(default_factory=tuple)

    def categories(self) -> list[ErrorCategory]:
        return [e.category for e in self.errors]


def source_text(source: str | Mapping | None) -> tuple[str, bool | None]:
    """Render a source (text, or {indication, comparison, findings, has_prior}) as report text."""
    if source is None:
        return "", None
    if isinstance(source, str):
        return source, None
    parts = [f"{header}: {source[key]}" for key, header in _SOURCE_KEYS if source.get(key)]
    if "comparison" in source and not source.get("comparison"):
        parts.append("COMPARISON: None.")
    has_prior = source.get("has_prior", source.get("prior_available"))
    return "\n".join(parts), has_prior if isinstance(has_prior, bool) else None


def _describe(f: Finding) -> str:
    words = [f.laterality or "", f.severity_text or "", f.name.replace("_", " ")]
    state = {"absent": "absent", "uncertain": "possible"}.get(f.assertion.value, "present")
    return f"{' '.join(w for w in words if w)} ({state})"


def _side(f: Finding) -> str | None:
    """The finding's own or sentence side; a side known only from the report as a whole does not count."""
    return None if f.side_origin == "report" else f.laterality


def _lat_compatible(a: Finding, b: Finding) -> bool:
    return _side(a) is None or _side(b) is None or _side(a) == _side(b)


def _sites(f: Finding) -> tuple[frozenset[str], frozenset[str]]:
    levels = frozenset(t for t in f.locations if _LEVEL_RE.fullmatch(t))
    lobes = f.locations & _LOBES if "lobe" in f.locations else frozenset()
    return levels, lobes


def _same_level(x: str, y: str) -> bool:
    """Same disc level, or a vertebra and a disc level that includes it (L4 and L4-L5); not L4-L5 and L5-S1."""
    return x == y or ("-" in x) != ("-" in y) and (x in y.split("-") or y in x.split("-"))


def _other_level(a: Finding, b: Finding) -> bool:
    """Different spine levels or lobes (not anatomy, which writers name at different granularity)."""
    (levels_a, lobes_a), (levels_b, lobes_b) = _sites(a), _sites(b)
    return bool(lobes_a and lobes_b and not lobes_a & lobes_b) or bool(
        levels_a and levels_b and not any(_same_level(x, y) for x in levels_a for y in levels_b))


def _distinct_site(a: Finding, b: Finding) -> bool:
    """Different spine levels, lobes or anatomical sites: two findings, not one finding described twice."""
    (levels_a, lobes_a), (levels_b, lobes_b) = _sites(a), _sites(b)
    if lobes_a and lobes_b and not lobes_a & lobes_b:
        return True
    if levels_a and levels_b and not any(_same_level(x, y) for x in levels_a for y in levels_b):
        return True
    return not load_lexicon().sites_compatible(a.sites, b.sites)


# A denial with one of these words denies only that subtype: "no complete tear" leaves a tear that is not
# called complete; "no acute fracture" still denies a fracture that is not called old.
# "No suspicious calcification" leaves a benign (coarse, stable) one alone.
_RESTRICTING = frozenset({"partial", "complete", "displaced", "nondisplaced", "chronic", "suspicious"})


def _denial_covers(denied: Finding, present: Finding) -> bool:
    """Whether denying `denied` contradicts `present` (same finding, subtypes allowing). Denying a narrower
    finding ("no haemothorax", "no meniscal tear") says nothing about a broader one ("effusion", "tear")."""
    lexicon = load_lexicon()
    # ... unless the narrower name only says where ("no carotid stenosis" against "stenosis of the ICA").
    if denied.name != present.name and present.name in lexicon.ancestors(denied.name) \
            and not lexicon.inherent_sites(denied.name) & present.sites:
        return False
    if any(OPPOSITE_QUALIFIERS[q] in present.qualifiers for q in denied.qualifiers):
        return False
    return all(q in present.qualifiers for q in denied.qualifiers & _RESTRICTING)


def _same_polarity(a: Finding, b: Finding) -> bool:
    return (a.assertion is Assertion.absent) == (b.assertion is Assertion.absent)


def _best(candidates: list[Finding], c: Finding) -> Finding:
    return max(candidates, key=lambda g: (g.laterality == c.laterality, len(g.locations & c.locations),
                                          g.name == c.name))


def _measure_matches(cand: Measurement, ref: Measurement) -> bool:
    pool = list(ref.dims_mm)
    for dim in cand.dims_mm:
        hit = next((p for p in pool if abs(p - dim) <= max(0.6, 0.03 * max(p, dim))), None)
        if hit is None:
            return False
        pool.remove(hit)
    return True


class _Checker:
    def __init__(self, lexicon: Lexicon, grounding: list[Finding], sides: list[Extraction],
                 candidate: list[Finding] = (), cand_normals: list[NormalSite] = ()) -> None:
        self.lexicon = lexicon
        self.grounding = grounding
        self.reference: list[Finding] = []  # the reference's own mentions (`reference_agrees`)
        self.candidate = list(candidate)
        self.cand_normals = list(cand_normals)  # sites the candidate itself calls normal
        self.vocabulary = Vocabulary()
        for side in sides:
            self.vocabulary = self.vocabulary | side.vocabulary
        # "No new nodules", "no other liver lesion": deny one more of a finding without denying it.
        self.unasserted = [f for side in sides for f in side.findings if f.assertion is Assertion.unasserted]
        self.normals = [n for side in sides for n in side.normal_sites]  # "sacrum intact", "normal left testis"
        # Clauses outside the lexicon that state a finding ("small fluid in the subacromial bursa").
        self.statements = [st for side in sides for st in side.statements if not st.negated and not st.normal]
        self.denials = [st for side in sides for st in side.statements if st.negated or st.normal]
        self.errors: dict[tuple, ScoreError] = {}
        self.about: dict[tuple, str] = {}
        self.denied: set[int] = set()  # source/reference findings the candidate contradicts (not omitted too)

    @staticmethod
    def covers(normal: NormalSite, f: Finding) -> bool:
        """Whether a statement that `normal.sites` are normal is about exactly where `f` is."""
        side = _side(f)
        return (normal.laterality is None or side is None or normal.laterality == side) and bool(normal.sites & f.sites)

    def keeps_denial(self, c: Finding) -> bool:
        """Whether the candidate itself also calls the site of `c` normal ("Splenic laceration. ... Spleen intact."):
        the source's statement was kept, not turned around, so `c` is an invented finding. A statement about the
        whole exam ("normal renal ultrasound") does not count."""
        return any(self.covers(n, c) and n.sentence != c.sentence and not _EXAM_WORDS.search(n.sentence)
                   for n in self.cand_normals)

    def support(self, c: Finding) -> list[str]:
        """Source/reference clauses that say what `c` says, at the same place and side: denials and normal statements
        for a denial, mentions of the finding for an assertion. `strength` weighs them against the contradicting
        ones by wording."""
        here = [g for g in [*self.grounding, *self.unasserted] if not _distinct_site(g, c) and _lat_compatible(g, c)]
        if c.assertion is Assertion.absent:
            return [g.phrase or g.sentence for g in here if g.assertion in (Assertion.absent, Assertion.unasserted)] \
                + [n.sentence for n in self.normals] + [st.sentence for st in self.denials]
        return [g.phrase or g.sentence for g in here
                if g.assertion in (Assertion.present, Assertion.uncertain) and self.lexicon.related(g.name, c.name)]

    def strength(self, c: Finding, against: list[str], claim: str | None = None) -> float:
        """A contradiction is strong when the contradicting evidence is at least as close in words to the claim as
        anything that agrees with it; else the candidate more likely rewords an agreeing statement (weak). It is weak
        too when the reference agrees with the candidate (round 7)."""
        if self.reference_agrees(c):
            return WEAK
        return STRONG if closest_contradicts(claim or c.phrase or c.sentence, against, self.support(c)) else WEAK

    def in_reference(self, c: Finding) -> list[Finding]:
        """The reference's mentions of the finding of `c` at a compatible place and side."""
        return [g for g in self.reference if self.lexicon.related(g.name, c.name) and _lat_compatible(g, c)
                and not _distinct_site(g, c)]

    def contradiction_rule(self, c: Finding) -> str:
        """"contradiction" when the reference speaks about the finding too (then the candidate's polarity cues can be
        counted against the reference's, `_corroboration`), else "contradiction_source" (the candidate brought in
        a finding the reference leaves out, against the source: nothing to count against)."""
        return "contradiction" if self.in_reference(c) else "contradiction_source"

    def reference_agrees(self, c: Finding) -> bool:
        """Whether the reference (what the candidate summarises) says what `c` says about it, and nothing against:
        its mentions of the finding at that place all have the candidate's polarity ("no fresh bleed" against a
        source's subdural haematoma, when the reference says "no new haemorrhage")."""
        here = self.in_reference(c)
        denies = c.assertion is Assertion.absent
        return bool(here) and all((g.assertion in (Assertion.absent, Assertion.unasserted)) == denies for g in here)

    def contradiction(self, c: Finding, key: tuple, evidence: str, denial: Finding | None = None,
                      against: str = "") -> None:
        """A candidate finding the source calls normal or denies: a negation. When the source only called its site
        normal (no denial of this finding by name) and the candidate keeps that statement, it is a fabrication."""
        by_name = denial is not None and not denial.implicit
        category = ErrorCategory.fabricated_finding if not by_name and self.keeps_denial(c) else ErrorCategory.negation
        sentence = (denial.phrase or denial.sentence) if denial is not None else against
        self.add(category, key, evidence, self.contradiction_rule(c),
                 self.strength(c, [sentence]) if sentence else STRONG)

    def contradicted_elsewhere(self, c: Finding, key: tuple, quote: str) -> bool:
        """A finding the source never names, but at a site it calls normal or as one more of a finding it says
        there is no other of: a negation, not a fabrication."""
        for u in self.unasserted:
            if self.lexicon.related(u.name, c.name) and _lat_compatible(u, c) and not _distinct_site(u, c):
                self.add(ErrorCategory.negation, key, f"{quote}: {_describe(c)}, but source says {u.sentence!r}",
                         "no_other", self.strength(c, [u.sentence]))
                return True
        for n in self.normals:
            if self.covers(n, c):
                self.contradiction(c, key, f"{quote}: {_describe(c)}, but source says {n.sentence!r}",
                                   against=n.sentence)
                return True
        return False

    def denied_statement(self, c: Finding) -> Statement | None:
        """A source statement outside the lexicon that a candidate denial is about ("no bursal fluid" against
        "small fluid in the subacromial bursa"): most of the denied phrase's words, at least two."""
        words = tuple(content_words(w for w, _, _ in tokenize(c.text)))
        if len(words) < 2:
            return None
        for st in self.statements:
            shared = overlap(words, frozenset(st.words))
            if shared >= 2 and shared * 2 > len(words) and (st.side is None or _side(c) is None or st.side == _side(c)):
                return st
        return None

    def normal_here(self, c: Finding, agreeing: list[Finding]) -> NormalSite | None:
        """A source statement that the exact place of `c` is normal ("patent left popliteal vein") while the
        source's own mentions of the finding are elsewhere ("thrombus in the left femoral vein")."""
        for n in self.normals:
            if self.covers(n, c) and c.locations & n.words and not any(g.locations & n.words for g in agreeing):
                return n
        return None

    def reworded(self, c: Finding) -> bool:
        """A finding the lexicon files under a name the source never uses, worded with the source's own words
        ("bursal effusion" for "fluid in the bursa"). Not when the source has it at another site or level."""
        return not any(self.lexicon.related(g.name, c.name) for g in self.grounding) and worded_in(c, self.vocabulary)

    def represented(self, g: Finding, c: Finding) -> bool:
        """Whether another candidate mention than `c` already stands for source mention `g` (same side)."""
        return any(o is not c and o.assertion is not Assertion.absent and o.laterality == g.laterality
                   and (self.lexicon.related(g.name, o.name) or self.lexicon.implies(g.name, o.name))
                   and not _distinct_site(g, o) for o in self.candidate)

    def extra(self, c: Finding, related: list[Finding], key: tuple, quote: str) -> None:
        """A mention of a finding on a side where the source has none, while its own is kept: denied there
        ("no suspicious finding in the left breast", "left breast normal") is a negation, else a fabrication."""
        denied = [g for g in related if g.assertion is Assertion.absent and _lat_compatible(g, c)
                  and _denial_covers(g, c)]
        if denied:
            g = _best(denied, c)
            self.contradiction(c, key, f"{quote}: {_describe(c)}, but source says {g.sentence!r}: {_describe(g)}", g)
        elif not self.contradicted_elsewhere(c, key, quote):
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {_describe(c)} is not in the source or reference (only on the other side)",
                     "other_side_only")

    def add(self, category: ErrorCategory, key: tuple, evidence: str, rule: str = "", confidence: float = STRONG,
            about: str | None = None) -> None:
        """Record an error once per key (the strongest evidence wins); `about` is the sentence it concerns."""
        k = (category, *key)
        old = self.errors.get(k)
        if old is None or confidence > old.confidence:
            self.errors[k] = ScoreError(category, evidence, rule, confidence)
            self.about[k] = about if about is not None else str(key[0])

    def check(self, c: Finding) -> None:
        related = [g for g in self.grounding if self.lexicon.related(g.name, c.name) and not _distinct_site(g, c)]
        key = (c.sentence, c.text)
        quote = f"candidate: {c.sentence!r}"
        if c.novel and c.assertion is not Assertion.absent:
            # "New lesion" where the source says "no new lesions": only a mention that is itself new supports it.
            more_denied = any(self.lexicon.related(u.name, c.name) and _lat_compatible(u, c) for u in self.unasserted)
            if not any(g.assertion is not Assertion.absent and _lat_compatible(g, c) and (g.novel or not more_denied)
                       for g in related) and self.contradicted_elsewhere(c, key, quote):
                return
        if not related:
            if c.assertion is Assertion.absent and (st := self.denied_statement(c)):
                # Every word of the denial in the statement: the same statement turned around (strong); most: weak.
                words = tuple(content_words(w for w, _, _ in tokenize(c.text)))
                self.add(ErrorCategory.negation, key, f"{quote}: {_describe(c)}, but source says {st.sentence!r}",
                         "denied_statement", STRONG if overlap(words, frozenset(st.words)) == len(words) else WEAK)
                return
            if c.assertion is Assertion.absent or any(
                    self.lexicon.grounds(g.name, c.name) and not _distinct_site(g, c) for g in self.grounding
                    if g.assertion is not Assertion.absent) or self.contradicted_elsewhere(c, key, quote) \
                    or self.reworded(c):
                return
            # Named nowhere by the lexicon; but if the source or reference words it some way, that is weak evidence.
            worded = mentioned(self.lexicon, c.name, c.text, asserted_wording(
                [g for g in self.grounding if _lat_compatible(g, c) and not _distinct_site(g, c)],
                [st for st in self.statements if st.side is None or _side(c) is None or st.side == _side(c)]))
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {_describe(c)} is not in the source or reference", "unmatched_finding",
                     WEAK if worded else STRONG)
            return
        same_side = [g for g in related if _lat_compatible(g, c)]
        if _side(c) in ("left", "right") and c.assertion is not Assertion.absent:
            # Sided mentions outrank unsided ones: "right radius fracture" against "left distal radius
            # fracture" in the reference is a side error even if the findings only say "radius fracture".
            sided = [g for g in related if g.laterality and g.assertion is not Assertion.absent]
            if sided and not any(g.laterality in (c.laterality, "bilateral") for g in sided):
                if all(self.represented(g, c) for g in sided):
                    self.extra(c, related, key, quote)  # one more, on the other side: not a side swap
                    return
                g = _best(sided, c)
                self.add(ErrorCategory.laterality, key, f"{quote}: {c.laterality} {c.name.replace('_', ' ')}, "
                                                        f"but source says {g.sentence!r}: {g.laterality}", "side_swap")
                return
        if c.assertion is Assertion.absent:
            # Denying a finding contradicts ANY matching mention of it that is present ("no effusion"
            # against "small left pleural effusion", even if "no pericardial effusion" also agrees).
            contradicted = [g for g in same_side if g.assertion is not Assertion.absent and _denial_covers(c, g)]
            agreeing = [] if contradicted else [g for g in same_side if g.assertion is Assertion.absent] or same_side
            if not contradicted and not agreeing:
                return
        else:
            agreeing = [g for g in same_side if _same_polarity(g, c)]
            # "Partial tear" is not contradicted by "no complete tear": such a denial is no evidence either way.
            same_side = agreeing or [g for g in same_side if _denial_covers(g, c)]
            if not same_side and not [g for g in related if g.assertion is not Assertion.absent]:
                self.add(ErrorCategory.fabricated_finding, key,
                         f"{quote}: {_describe(c)} is not in the source or reference", "only_other_side_denied")
                return
        if agreeing and c.assertion is not Assertion.absent and (n := self.normal_here(c, agreeing)):
            self.contradiction(c, key, f"{quote}: {_describe(c)}, but source says {n.sentence!r}", against=n.sentence)
        elif agreeing:
            self._check_severity(c, agreeing, key, quote)
        elif same_side and c.assertion is not Assertion.absent and all(g.blanket for g in same_side):
            # Denied only by a blanket statement ("no acute intracranial abnormality"): the candidate names
            # something the source never did. A specific normal statement ("lungs are clear", "ulnar styloid
            # intact") contradicted is a negation.
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {_describe(c)} is not in the source or reference", "blanket_denial")
        elif same_side:
            opposed = [g for g in same_side if not _same_polarity(g, c)]
            g = _best(opposed, c)
            evidence = f"{quote}: {_describe(c)}, but source says {g.sentence!r}: {_describe(g)}"
            if c.assertion is Assertion.absent:
                self.add(ErrorCategory.negation, key, evidence, self.contradiction_rule(c),
                         self.strength(c, [o.phrase or o.sentence for o in opposed]))
            else:
                self.contradiction(c, key, evidence, g)
        elif c.assertion is not Assertion.absent:
            other = [g for g in related if g.assertion is not Assertion.absent]
            if other:
                g = _best(other, c)
                self.add(ErrorCategory.laterality, key, f"{quote}: {c.laterality} {c.name.replace('_', ' ')}, "
                                                        f"but source says {g.sentence!r}: {g.laterality}", "side_swap")
            else:
                self.add(ErrorCategory.fabricated_finding, key,
                         f"{quote}: {_describe(c)} is not in the source or reference", "unmatched_side")

    def _check_severity(self, c: Finding, agreeing: list[Finding], key: tuple, quote: str) -> None:
        if c.severity is None or c.assertion is Assertion.absent:
            return
        graded = [g for g in agreeing if g.severity is not None]
        if not graded or any(g.severity[0] <= c.severity[1] and c.severity[0] <= g.severity[1] for g in graded):
            return
        g = _best(graded, c)
        # Trace and small sit next to each other on a scale writers use loosely ("tiny" / "small" cysts): a one-step
        # disagreement at the bottom of the scale is weak evidence; any other grade disagreement is strong.
        gap = min(abs(x - y) for gr in graded for x in gr.severity for y in c.severity)
        loose = gap == 1 and min(*c.severity, *(x for gr in graded for x in gr.severity)) == 1
        self.add(ErrorCategory.severity, key, f"{quote}: {c.severity_text} {c.name.replace('_', ' ')}, "
                                              f"but source says {g.sentence!r}: {g.severity_text}", "grade",
                 WEAK if loose else STRONG)


def _matches(lexicon: Lexicon, r: Finding, c: Finding) -> bool:
    """Whether candidate mention `c` speaks about reference finding `r` (a denial only if it covers it)."""
    return ((lexicon.related(r.name, c.name) or lexicon.implies(r.name, c.name)) and not _distinct_site(r, c)
            and (c.assertion is not Assertion.absent or _denial_covers(c, r)))


def _same_statement(a: Finding, b: Finding) -> bool:
    """Two reference mentions of one finding that describe the same thing (same sentence, or same place)."""
    return a.sentence == b.sentence or (not b.novel and _lat_compatible(a, b) and not _distinct_site(a, b)
                                        and a.sites == b.sites)


def _elsewhere(lexicon: Lexicon, r: Finding, cand: Extraction) -> list[frozenset[str]]:
    """The words of each candidate sentence that could still word reference finding `r` in some form: every sentence
    but those that only deny it or put it on another side or level ("no displaced rib fracture", "disc protrusion
    at L2-L3" for one at L4-L5)."""
    against = {c.sentence for c in cand.findings if lexicon.related(r.name, c.name) and (
        c.assertion is Assertion.absent or not _lat_compatible(r, c) or _other_level(r, c))}
    return [words for text, words in zip(cand.evidence, cand.vocabulary.sentences, strict=False)
            if text not in against]


def _omissions(checker: _Checker, required: Extraction, cand_findings: list[Finding], label: str,
               cand: Extraction) -> None:
    """Findings the reference asserts that the candidate does not mention. A hedged interpretation ("likely
    lymphocele", "favour viral infection") counts only when nothing else of its statement is kept."""
    lexicon = checker.lexicon
    kept = {r.sentence for r in required.findings if r.assertion is Assertion.present
            and any(_matches(lexicon, r, c) for c in cand_findings)}
    used: dict[int, Finding] = {}  # candidate mention -> the reference mention it stands for
    missing: list[Finding] = []
    for r in required.findings:
        if r.assertion not in (Assertion.present, Assertion.uncertain) or id(r) in checker.denied:
            continue
        if r.assertion is Assertion.uncertain and r.sentence in kept:
            continue
        # Best first: the same side, then the same finding, then a related one, then an interpretation of it.
        hits = sorted((i for i, c in enumerate(cand_findings) if _matches(lexicon, r, c)),
                      key=lambda i: (not _lat_compatible(r, cand_findings[i]), cand_findings[i].name != r.name,
                                     not lexicon.related(r.name, cand_findings[i].name)))
        # Two reference statements of one finding at different places ("5 cm fundal fibroid", "two further
        # fibroids") need two mentions in the candidate; one statement said twice needs one.
        free = [i for i in hits if i not in used or _same_statement(used[i], r)]
        if free and r.assertion is Assertion.present and _side(r) in ("left", "right") \
                and all(_side(cand_findings[i]) in ("left", "right") and _side(cand_findings[i]) != _side(r)
                        for i in free):
            # Its side is gone and the candidate has it only on the other side, which the reference's own mention
            # there already stands for ("mild right gynaecomastia" -> a second "mild left gynaecomastia").
            c = cand_findings[free[0]]
            if any(i in used and _lat_compatible(used[i], c) for i in hits):
                checker.add(ErrorCategory.laterality, (c.sentence, c.text), f"candidate: {c.sentence!r}: "
                            f"{_describe(c)}, but {label} says {r.sentence!r}: {_describe(r)}", "side_dropped")
                continue
        if not free:
            missing.append(r)
            continue
        if r.assertion is Assertion.present:
            used.setdefault(free[0], r)
    for r in missing:
        # Omitted only when no candidate clause that could be about it (same side, compatible anatomy, standing for
        # no other reference mention) mentions it in any form; a different wording is weak evidence.
        free = [c for i, c in enumerate(cand_findings) if i not in used and _lat_compatible(r, c)
                and not _other_level(r, c)]
        statements = [st for st in cand.statements if st.side is None or _side(r) is None or st.side == _side(r)]
        # Its name or a synonym must be at a compatible place; most of its clause's words may be anywhere on the same
        # side and level ("type II supracondylar fx, left elbow" for "supracondylar fracture of the left humerus").
        worded = mentioned(lexicon, r.name, r.text, asserted_wording([c for c in free if not _distinct_site(r, c)],
                                                                     statements),
                           r.phrase, asserted_wording(free, statements))
        # A finding whose words some candidate sentence uses (whatever side or clause the extraction gave them) may
        # have been reworded: `omitted_reworded` then needs the candidate to be shorter too (`_corroboration`).
        elsewhere = _elsewhere(lexicon, r, cand)
        anywhere = mentioned(lexicon, r.name, r.text, elsewhere, r.phrase, elsewhere)
        checker.add(ErrorCategory.omitted_finding, (r.name, r.laterality, r.sentence),
                    f"{label}: {r.sentence!r}: {_describe(r)} is missing from the candidate",
                    "omitted_reworded" if anywhere else "omitted_finding", WEAK if worded else STRONG, r.sentence)


def _denied_by_candidate(checker: _Checker, cand: Extraction, grounding: list[Finding],
                         cand_findings: list[Finding]) -> None:
    """The candidate calls a site normal ("MCL intact") or denies one more of a finding ("no new lesions")
    where the source/reference has that finding."""
    lexicon = checker.lexicon
    present = [g for g in grounding if g.assertion is Assertion.present and g.kind == "finding"]
    asserted = [c for c in cand_findings if c.assertion in (Assertion.present, Assertion.uncertain)]
    normal_support = [g.sentence for g in grounding if g.assertion is Assertion.absent] + \
        [n.sentence for n in checker.normals] + [st.sentence for st in checker.denials]
    for g in present:
        if any(_matches(lexicon, g, c) and _lat_compatible(g, c) for c in asserted):
            continue
        for n in cand.normal_sites:
            if checker.covers(n, g):
                checker.denied.add(id(g))
                checker.add(ErrorCategory.negation, (n.sentence, g.name),
                            f"candidate: {n.sentence!r} calls normal what source says {g.sentence!r}: {_describe(g)}",
                            "called_normal", STRONG if closest_contradicts(
                                " ".join(sorted(n.words)), [g.sentence], normal_support) else WEAK)
        for u in (f for f in cand.findings if f.assertion is Assertion.unasserted):
            if g.novel and lexicon.related(g.name, u.name) and _lat_compatible(g, u):
                checker.denied.add(id(g))
                checker.add(ErrorCategory.negation, (u.sentence, g.name),
                            f"candidate: {u.sentence!r} denies what source says {g.sentence!r}: {_describe(g)}",
                            "no_new_denies", STRONG if closest_contradicts(u.phrase or u.sentence, [g.sentence],
                                                                           normal_support) else WEAK)


def _closest(st: Statement, same: list[Statement]) -> list[Statement]:
    """The counterparts that share the most words with `st` ("defect in the right upper lobe" is about the upper
    lobe defect, not the lower lobe one)."""
    scores = [overlap(st.words, frozenset(g.words)) for g in same]
    return [g for g, n in zip(same, scores, strict=True) if n == max(scores)]


def _restated(st: Statement, same: list[Statement]) -> float:
    """Strong when some counterpart uses all but at most one of the statement's words: the same statement with
    another polarity, side or grade. Weak when the statements only overlap."""
    need = max(2, len(st.words) - 1)
    return STRONG if any(overlap(st.words, frozenset(g.words)) >= need for g in same) else WEAK


def _statement_errors(checker: _Checker, cand: Extraction, sides: list[Extraction],
                      required: Extraction | None) -> None:
    """Errors in statements outside the lexicon (`_statements`): judged by their words, never by a finding name."""
    grounding = [st for side in sides for st in side.statements]
    for st in cand.statements:
        key, quote = (st.sentence, st.words), f"candidate: {st.sentence!r}"
        same = counterparts(st, grounding)
        if not same:
            if not st.negated and not st.normal and unsupported(st, checker.vocabulary):
                checker.add(ErrorCategory.fabricated_finding, key,
                            f"{quote}: {' '.join(st.words)!r} is not in the source or reference", "statement_unsupported",
                            WEAK)
            continue
        if st.normal or any(g.normal for g in same):
            # A normal statement's side or grade says little ("right CFV patent, and patent left ..."); but a
            # statement with a word the source never uses about what it only calls normal or denies turns it
            # around ("T2 hyperintense cord signal" / "cord signal normal").
            if not st.normal and not st.negated and all(g.normal or g.negated for g in same) \
                    and len(st.words) > overlap(st.words, checker.vocabulary.words()):
                # ... unless the candidate keeps the normal statement too: then this one is invented.
                kept = [o for o in cand.statements if o is not st and (o.normal or o.negated)]
                category = ErrorCategory.fabricated_finding if any(counterparts(g, kept) for g in same) \
                    else ErrorCategory.negation
                checker.add(category, key, f"{quote}, but source says {same[0].sentence!r}", "statement_turned",
                            _restated(st, same))
            continue
        # Word overlap alone is weak; a counterpart that uses all but one of the statement's words is the same
        # statement said otherwise (a second signal), which is strong.
        if not any(g.negated == st.negated for g in same):
            checker.add(ErrorCategory.negation, key, f"{quote}, but source says {same[0].sentence!r}",
                        "statement_polarity", _restated(st, same))
        elif st.side and not any(g.side is None or g.side == st.side for g in _closest(st, same)):
            checker.add(ErrorCategory.laterality, key, f"{quote}: {st.side}, but source says {same[0].sentence!r}",
                        "statement_side", _restated(st, _closest(st, same)))
        elif st.severity and not st.negated:
            graded = [g for g in same if g.severity and g.negated == st.negated]
            if graded and not any(g.severity[0] <= st.severity[1] and st.severity[0] <= g.severity[1] for g in graded):
                checker.add(ErrorCategory.severity, key, f"{quote}, but source says {graded[0].sentence!r}",
                            "statement_grade", _restated(st, graded))
    if required is None:
        return
    for st in required.statements:
        if not st.negated and not st.normal and not covered(st, cand.vocabulary):
            checker.add(ErrorCategory.omitted_finding, (st.sentence, st.words),
                        f"reference: {st.sentence!r}: {' '.join(st.words)!r} is missing from the candidate",
                        "statement_omitted", WEAK if any_word_used(st.words, cand.vocabulary) else STRONG)


def score_extractions(cand: Extraction, src: Extraction | None, ref: Extraction | None,
                      has_prior: bool | None = None, *, weights: Mapping[ErrorCategory, float] | None = None,
                      lexicon: Lexicon | None = None) -> ScoreResult:
    """Score already-extracted reports (lets callers reuse a source extraction across candidates)."""
    lexicon = lexicon or load_lexicon()
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    sides = [x for x in (src, ref) if x is not None]
    usable = (Assertion.present, Assertion.uncertain, Assertion.absent)
    grounding = [f for side in sides for f in side.findings if f.assertion in usable]
    cand_findings = [f for f in cand.findings if f.assertion in usable]
    checker = _Checker(lexicon, grounding, sides, cand_findings, cand.normal_sites)
    checker.reference = ref.findings if ref is not None else []
    for c in cand_findings:
        checker.check(c)
    _denied_by_candidate(checker, cand, grounding, cand_findings)
    required_side = ref if ref is not None else src
    if required_side is not None:
        _omissions(checker, required_side, cand_findings, "reference" if ref is not None else "source",
                   cand)
    # Only a reference's statements outside the lexicon are required: a source also says "three views".
    _statement_errors(checker, cand, sides, ref)
    pool = [m for side in sides for m in side.measurements]
    if sides:
        for m in cand.measurements:
            if not any(_measure_matches(m, p) for p in pool):
                checker.add(ErrorCategory.measurement, (m.text,),
                            f"candidate size {m.text!r} ({' x '.join(f'{d:g}' for d in m.dims_mm)} mm) "
                            "matches no size in the source or reference", "size")
    prior = has_prior if has_prior is not None else (src.prior_available if src is not None else None)
    source_words = src.vocabulary.words() if src is not None else frozenset()
    if prior is False:
        for comp in cand.comparisons:
            # "Residual effusion", "remains patent" also describe one exam or procedure: when the source uses such a
            # word itself, the candidate's is weak evidence of a comparison.
            within = comp.cue.split()[0] in _WITHIN_EXAM_CUES and bool(_WITHIN_EXAM_CUES & source_words) \
                and not _PRIOR_ONLY & {w for w, _, _ in tokenize(comp.sentence)}
            checker.add(ErrorCategory.fabricated_comparison, (comp.sentence,),
                        f"candidate: {comp.sentence!r} refers to a prior ({comp.cue!r}) but there is no prior study",
                        "comparison", WEAK if within else STRONG)
    if not any(k[0] is ErrorCategory.omitted_finding for k in checker.errors):
        # A candidate that keeps everything the reference says cannot be rewording an omitted statement: its words
        # that the source and reference never use are an addition (the second signal for a fabrication).
        for k, e in list(checker.errors.items()):
            if e.rule == "statement_unsupported" and e.confidence < STRONG:
                checker.errors[k] = replace(e, confidence=STRONG)
    # The classes that fire on new writers' clean rewordings need a report-level second signal (`_corroboration`).
    corroborate(checker.errors, "\n".join(cand.evidence), "\n".join(ref.evidence) if ref is not None else None)
    signals = [Signal(k[0].value, checker.about[k], e.rule, e.confidence) for k, e in checker.errors.items()]
    reported = settle(signals)
    everything = list(checker.errors.values())
    errors = tuple(e for i, e in enumerate(everything) if i in reported)
    weak = tuple(e for i, e in enumerate(everything) if i not in reported)
    penalty = sum(weights[e.category] for e in errors) + WEAK_PENALTY * sum(weights[e.category] for e in weak)
    return ScoreResult(score=1.0 / (1.0 + penalty), errors=errors, weak=weak)


def score_candidate(candidate: str, source: str | Mapping | None = None, reference: str | None = None,
                    has_prior: bool | None = None, *,
                    weights: Mapping[ErrorCategory, float] | None = None) -> ScoreResult:
    """Score a candidate report; `source` is text or a mapping with indication/comparison/findings."""
    if source is None and reference is None:
        raise ValueError("score_candidate needs a source, a reference, or both")
    text, source_prior = source_text(source)
    src = extract(text) if text else None
    ref = extract(reference, default_section="impression") if reference else None
    cand = extract(candidate, default_section="impression")
    prior = has_prior if has_prior is not None else source_prior
    return score_extractions(cand, src, ref, prior, weights=weights)
