"""The per-finding checks of a candidate against its grounding (source and reference): fabrication, negation,
laterality, severity and measurement, each error with the kind of evidence behind it (`_evidence`)."""

from __future__ import annotations

import re

from evals import _relations as rel
from evals._errors import ErrorCategory, ScoreError
from evals._evidence import (
    STRONG,
    WEAK,
    asserted_wording,
    closest_contradicts,
    mentioned,
)
from evals._findings import Extraction, Finding, NormalSite
from evals._lexicon import Lexicon, tokenize
from evals._negation import Assertion
from evals._statements import Statement, overlap
from evals._wording import Vocabulary, content_words, worded_in

_EXAM_WORDS = re.compile(r"\b(?:ultrasound|sonogram|study|exam|examination|radiograph|radiographs|ct|mri|scan|"
                         r"mammogram|views?)\b", re.IGNORECASE)


class Checker:
    """Collects one candidate's errors against its grounding; `add` keeps the strongest per (category, key)."""

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
        side = rel.side(f)
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
        here = [g for g in [*self.grounding, *self.unasserted]
                if not rel.distinct_site(g, c) and rel.lat_compatible(g, c)]
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
        return [g for g in self.reference if self.lexicon.related(g.name, c.name) and rel.lat_compatible(g, c)
                and not rel.distinct_site(g, c)]

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
            if self.lexicon.related(u.name, c.name) and rel.lat_compatible(u, c) and not rel.distinct_site(u, c):
                self.add(ErrorCategory.negation, key, f"{quote}: {rel.describe(c)}, but source says {u.sentence!r}",
                         "no_other", self.strength(c, [u.sentence]))
                return True
        for n in self.normals:
            if self.covers(n, c):
                self.contradiction(c, key, f"{quote}: {rel.describe(c)}, but source says {n.sentence!r}",
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
            if shared >= 2 and shared * 2 > len(words) and (
                    st.side is None or rel.side(c) is None or st.side == rel.side(c)):
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
                   and not rel.distinct_site(g, o) for o in self.candidate)

    def extra(self, c: Finding, related: list[Finding], key: tuple, quote: str) -> None:
        """A mention of a finding on a side where the source has none, while its own is kept: denied there
        ("no suspicious finding in the left breast", "left breast normal") is a negation, else a fabrication."""
        denied = [g for g in related if g.assertion is Assertion.absent and rel.lat_compatible(g, c)
                  and rel.denial_covers(g, c)]
        if denied:
            g = rel.best(denied, c)
            self.contradiction(c, key, f"{quote}: {rel.describe(c)}, but source says {g.sentence!r}: "
                                        f"{rel.describe(g)}", g)
        elif not self.contradicted_elsewhere(c, key, quote):
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {rel.describe(c)} is not in the source or reference (only on the other side)",
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
        related = [g for g in self.grounding if self.lexicon.related(g.name, c.name) and not rel.distinct_site(g, c)]
        key = (c.sentence, c.text)
        quote = f"candidate: {c.sentence!r}"
        if c.novel and c.assertion is not Assertion.absent:
            # "New lesion" where the source says "no new lesions": only a mention that is itself new supports it.
            more_denied = any(self.lexicon.related(u.name, c.name) and rel.lat_compatible(u, c)
                              for u in self.unasserted)
            if not any(g.assertion is not Assertion.absent and rel.lat_compatible(g, c) and (g.novel or not more_denied)
                       for g in related) and self.contradicted_elsewhere(c, key, quote):
                return
        if not related:
            if c.assertion is Assertion.absent and (st := self.denied_statement(c)):
                # Every word of the denial in the statement: the same statement turned around (strong); most: weak.
                words = tuple(content_words(w for w, _, _ in tokenize(c.text)))
                self.add(ErrorCategory.negation, key, f"{quote}: {rel.describe(c)}, but source says {st.sentence!r}",
                         "denied_statement", STRONG if overlap(words, frozenset(st.words)) == len(words) else WEAK)
                return
            if c.assertion is Assertion.absent or any(
                    self.lexicon.grounds(g.name, c.name) and not rel.distinct_site(g, c) for g in self.grounding
                    if g.assertion is not Assertion.absent) or self.contradicted_elsewhere(c, key, quote) \
                    or self.reworded(c):
                return
            # Named nowhere by the lexicon; but if the source or reference words it some way, that is weak evidence.
            worded = mentioned(self.lexicon, c.name, c.text, asserted_wording(
                [g for g in self.grounding if rel.lat_compatible(g, c) and not rel.distinct_site(g, c)],
                [st for st in self.statements if st.side is None or rel.side(c) is None or st.side == rel.side(c)]))
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {rel.describe(c)} is not in the source or reference", "unmatched_finding",
                     WEAK if worded else STRONG)
            return
        same_side = [g for g in related if rel.lat_compatible(g, c)]
        if rel.side(c) in ("left", "right") and c.assertion is not Assertion.absent:
            # Sided mentions outrank unsided ones: "right radius fracture" against "left distal radius
            # fracture" in the reference is a side error even if the findings only say "radius fracture".
            sided = [g for g in related if g.laterality and g.assertion is not Assertion.absent]
            if sided and not any(g.laterality in (c.laterality, "bilateral") for g in sided):
                if all(self.represented(g, c) for g in sided):
                    self.extra(c, related, key, quote)  # one more, on the other side: not a side swap
                    return
                g = rel.best(sided, c)
                self.add(ErrorCategory.laterality, key, f"{quote}: {c.laterality} {c.name.replace('_', ' ')}, "
                                                        f"but source says {g.sentence!r}: {g.laterality}", "side_swap")
                return
        if c.assertion is Assertion.absent:
            # Denying a finding contradicts ANY matching mention of it that is present ("no effusion"
            # against "small left pleural effusion", even if "no pericardial effusion" also agrees).
            contradicted = [g for g in same_side if g.assertion is not Assertion.absent and rel.denial_covers(c, g)]
            agreeing = [] if contradicted else [g for g in same_side if g.assertion is Assertion.absent] or same_side
            if not contradicted and not agreeing:
                return
        else:
            agreeing = [g for g in same_side if rel.same_polarity(g, c)]
            # "Partial tear" is not contradicted by "no complete tear": such a denial is no evidence either way.
            same_side = agreeing or [g for g in same_side if rel.denial_covers(g, c)]
            if not same_side and not [g for g in related if g.assertion is not Assertion.absent]:
                self.add(ErrorCategory.fabricated_finding, key,
                         f"{quote}: {rel.describe(c)} is not in the source or reference", "only_other_side_denied")
                return
        if agreeing and c.assertion is not Assertion.absent and (n := self.normal_here(c, agreeing)):
            self.contradiction(c, key, f"{quote}: {rel.describe(c)}, but source says {n.sentence!r}",
                               against=n.sentence)
        elif agreeing:
            self._check_severity(c, agreeing, key, quote)
        elif same_side and c.assertion is not Assertion.absent and all(g.blanket for g in same_side):
            # Denied only by a blanket statement ("no acute intracranial abnormality"): the candidate names
            # something the source never did. A specific normal statement ("lungs are clear", "ulnar styloid
            # intact") contradicted is a negation.
            self.add(ErrorCategory.fabricated_finding, key,
                     f"{quote}: {rel.describe(c)} is not in the source or reference", "blanket_denial")
        elif same_side:
            opposed = [g for g in same_side if not rel.same_polarity(g, c)]
            g = rel.best(opposed, c)
            evidence = f"{quote}: {rel.describe(c)}, but source says {g.sentence!r}: {rel.describe(g)}"
            if c.assertion is Assertion.absent:
                self.add(ErrorCategory.negation, key, evidence, self.contradiction_rule(c),
                         self.strength(c, [o.phrase or o.sentence for o in opposed]))
            else:
                self.contradiction(c, key, evidence, g)
        elif c.assertion is not Assertion.absent:
            other = [g for g in related if g.assertion is not Assertion.absent]
            if other:
                g = rel.best(other, c)
                self.add(ErrorCategory.laterality, key, f"{quote}: {c.laterality} {c.name.replace('_', ' ')}, "
                                                        f"but source says {g.sentence!r}: {g.laterality}", "side_swap")
            else:
                self.add(ErrorCategory.fabricated_finding, key,
                         f"{quote}: {rel.describe(c)} is not in the source or reference", "unmatched_side")

    def _check_severity(self, c: Finding, agreeing: list[Finding], key: tuple, quote: str) -> None:
        if c.severity is None or c.assertion is Assertion.absent:
            return
        graded = [g for g in agreeing if g.severity is not None]
        if not graded or any(g.severity[0] <= c.severity[1] and c.severity[0] <= g.severity[1] for g in graded):
            return
        g = rel.best(graded, c)
        # Trace and small sit next to each other on a scale writers use loosely ("tiny" / "small" cysts): a one-step
        # disagreement at the bottom of the scale is weak evidence; any other grade disagreement is strong.
        gap = min(abs(x - y) for gr in graded for x in gr.severity for y in c.severity)
        loose = gap == 1 and min(*c.severity, *(x for gr in graded for x in gr.severity)) == 1
        self.add(ErrorCategory.severity, key, f"{quote}: {c.severity_text} {c.name.replace('_', ' ')}, "
                                              f"but source says {g.sentence!r}: {g.severity_text}", "grade",
                 WEAK if loose else STRONG)


