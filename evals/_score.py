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
from dataclasses import replace

from evals import _relations as rel
from evals._checker import Checker
from evals._corroboration import corroborate
from evals._errors import DEFAULT_WEIGHTS, ErrorCategory, ScoreError, ScoreResult
from evals._evidence import (
    STRONG,
    WEAK,
    WEAK_PENALTY,
    Signal,
    any_word_used,
    asserted_wording,
    closest_contradicts,
    mentioned,
    settle,
)
from evals._findings import Extraction, Finding, extract
from evals._lexicon import Lexicon, load_lexicon, tokenize
from evals._negation import Assertion
from evals._sentence_checks import sentence_errors
from evals._statements import Statement, counterparts, covered, overlap, unsupported

__all__ = ["DEFAULT_WEIGHTS", "ErrorCategory", "ScoreError", "ScoreResult", "score_candidate", "score_extractions",
           "source_text"]

# Comparison words that also describe a state within one exam or procedure ("small residual effusion" after a
# drainage, "airway remains patent").
_WITHIN_EXAM_CUES = frozenset("residual remains remain remaining persistent persists persist persisting".split())
# Words that only ever point at an earlier study ("persistent since the prior study").
_PRIOR_ONLY = frozenset("prior previous previously since earlier last interval compared comparison before".split())
# A procedure advised on a finding named after it ("core biopsy of the mass and node recommended").
_PROCEDURE_ON = re.compile(r"\b(?:biopsy|biopsies|fna|aspiration|sampling)\s+of\b[^.;:]*$", re.IGNORECASE)
_ADVICE_WORD = re.compile(r"\b(?:recommend|recommended|advise|advised|suggest|suggested)\b", re.IGNORECASE)


def _advised(r: Finding) -> bool:
    """Whether a mention only names what a recommended procedure should sample, not a finding stated there."""
    at = r.sentence.lower().find(r.text.lower())
    return at > 0 and _PROCEDURE_ON.search(r.sentence[:at]) is not None and _ADVICE_WORD.search(r.sentence) is not None


# One adjective naming a finding ("obstructing", "obstructive", "enhancing").
_MODIFIER = re.compile(r"[a-z]+(?:ing|ive)")
_SOURCE_KEYS = (("indication", "INDICATION"), ("history", "INDICATION"), ("technique", "TECHNIQUE"),
                ("comparison", "COMPARISON"), ("findings", "FINDINGS"), ("impression", "IMPRESSION"))


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


def _matches(lexicon: Lexicon, r: Finding, c: Finding) -> bool:
    """Whether candidate mention `c` speaks about reference finding `r` (a denial only if it covers it)."""
    return ((lexicon.related(r.name, c.name) or lexicon.implies(r.name, c.name)) and not rel.distinct_site(r, c)
            and (c.assertion is not Assertion.absent or rel.denial_covers(c, r)))


def _same_statement(a: Finding, b: Finding) -> bool:
    """Two reference mentions of one finding that describe the same thing (same sentence, or same place)."""
    return a.sentence == b.sentence or (not b.novel and rel.lat_compatible(a, b) and not rel.distinct_site(a, b)
                                        and a.sites == b.sites)


def _elsewhere(lexicon: Lexicon, r: Finding, cand: Extraction) -> list[frozenset[str]]:
    """The words of each candidate sentence that could still word reference finding `r` in some form: every sentence
    but those that only deny it or put it on another side or level ("no displaced rib fracture", "disc protrusion
    at L2-L3" for one at L4-L5)."""
    against = {c.sentence for c in cand.findings if lexicon.related(r.name, c.name) and (
        c.assertion is Assertion.absent or not rel.lat_compatible(r, c) or rel.other_level(r, c))}
    return [words for text, words in zip(cand.evidence, cand.vocabulary.sentences, strict=False)
            if text not in against]


def _omissions(checker: Checker, required: Extraction, cand_findings: list[Finding], label: str,
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
        if _advised(r):
            continue  # "biopsy of the mass and node recommended": advice about findings stated elsewhere
        # Best first: the same side, then the same finding, then a related one, then an interpretation of it.
        hits = sorted((i for i, c in enumerate(cand_findings) if _matches(lexicon, r, c)),
                      key=lambda i: (not rel.lat_compatible(r, cand_findings[i]), cand_findings[i].name != r.name,
                                     not lexicon.related(r.name, cand_findings[i].name)))
        # Two reference statements of one finding at different places ("5 cm fundal fibroid", "two further
        # fibroids") need two mentions in the candidate; one statement said twice needs one.
        free = [i for i in hits if i not in used or _same_statement(used[i], r)]
        if free and r.assertion is Assertion.present and rel.side(r) in ("left", "right") \
                and all(rel.side(cand_findings[i]) in ("left", "right") and rel.side(cand_findings[i]) != rel.side(r)
                        for i in free):
            # Its side is gone and the candidate has it only on the other side, which the reference's own mention
            # there already stands for ("mild right gynaecomastia" -> a second "mild left gynaecomastia").
            c = cand_findings[free[0]]
            if any(i in used and rel.lat_compatible(used[i], c) for i in hits):
                checker.add(ErrorCategory.laterality, (c.sentence, c.text), f"candidate: {c.sentence!r}: "
                            f"{rel.describe(c)}, but {label} says {r.sentence!r}: {rel.describe(r)}", "side_dropped")
                continue
        if not free:
            missing.append(r)
            continue
        if r.assertion is Assertion.present:
            used.setdefault(free[0], r)
    for r in missing:
        # Omitted only when no candidate clause that could be about it (same side, compatible anatomy, standing for
        # no other reference mention) mentions it in any form; a different wording is weak evidence.
        free = [c for i, c in enumerate(cand_findings) if i not in used and rel.lat_compatible(r, c)
                and not rel.other_level(r, c)]
        statements = [st for st in cand.statements if st.side is None or rel.side(r) is None or st.side == rel.side(r)]
        # Its name or a synonym must be at a compatible place; most of its clause's words may be anywhere on the same
        # side and level ("type II supracondylar fx, left elbow" for "supracondylar fracture of the left humerus").
        worded = mentioned(lexicon, r.name, r.text, asserted_wording([c for c in free if not rel.distinct_site(r, c)],
                                                                     statements),
                           r.phrase, asserted_wording(free, statements))
        # A finding whose words some candidate sentence uses (whatever side or clause the extraction gave them) may
        # have been reworded: `omitted_reworded` then needs the candidate to be shorter too (`_corroboration`).
        elsewhere = _elsewhere(lexicon, r, cand)
        anywhere = mentioned(lexicon, r.name, r.text, elsewhere, r.phrase, elsewhere)
        # A finding named only by an adjective on another finding that the candidate keeps ("obstructing
        # appendicolith", "obstructive hydrocephalus") describes that finding: dropping the word is weak evidence.
        modifier = r.sentence in kept and _MODIFIER.fullmatch(r.text.lower()) is not None
        rule = "omitted_modifier" if modifier else "omitted_reworded" if anywhere else "omitted_finding"
        checker.add(ErrorCategory.omitted_finding, (r.name, r.laterality, r.sentence),
                    f"{label}: {r.sentence!r}: {rel.describe(r)} is missing from the candidate",
                    rule, WEAK if worded or modifier else STRONG, r.sentence)


def _denied_by_candidate(checker: Checker, cand: Extraction, grounding: list[Finding],
                         cand_findings: list[Finding]) -> None:
    """The candidate calls a site normal ("MCL intact") or denies one more of a finding ("no new lesions")
    where the source/reference has that finding."""
    lexicon = checker.lexicon
    present = [g for g in grounding if g.assertion is Assertion.present and g.kind == "finding"]
    asserted = [c for c in cand_findings if c.assertion in (Assertion.present, Assertion.uncertain)]
    normal_support = [g.sentence for g in grounding if g.assertion is Assertion.absent] + \
        [n.sentence for n in checker.normals] + [st.sentence for st in checker.denials]
    for g in present:
        if any(_matches(lexicon, g, c) and rel.lat_compatible(g, c) for c in asserted):
            continue
        for n in cand.normal_sites:
            if checker.covers(n, g):
                checker.denied.add(id(g))
                checker.add(ErrorCategory.negation, (n.sentence, g.name),
                            f"candidate: {n.sentence!r} calls normal what source says {g.sentence!r}: "
                            f"{rel.describe(g)}",
                            "called_normal", STRONG if closest_contradicts(
                                " ".join(sorted(n.words)), [g.sentence], normal_support) else WEAK)
        for u in (f for f in cand.findings if f.assertion is Assertion.unasserted):
            if g.novel and lexicon.related(g.name, u.name) and rel.lat_compatible(g, u):
                checker.denied.add(id(g))
                checker.add(ErrorCategory.negation, (u.sentence, g.name),
                            f"candidate: {u.sentence!r} denies what source says {g.sentence!r}: {rel.describe(g)}",
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


def _statement_errors(checker: Checker, cand: Extraction, sides: list[Extraction],
                      required: Extraction | None) -> None:
    """Errors in statements outside the lexicon (`_statements`): judged by their words, never by a finding name."""
    grounding = [st for side in sides for st in side.statements]
    for st in cand.statements:
        key, quote = (st.sentence, st.words), f"candidate: {st.sentence!r}"
        same = counterparts(st, grounding)
        if not same:
            if not st.negated and not st.normal and unsupported(st, checker.vocabulary):
                checker.add(ErrorCategory.fabricated_finding, key,
                            f"{quote}: {' '.join(st.words)!r} is not in the source or reference",
                            "statement_unsupported", WEAK)
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
    checker = Checker(lexicon, grounding, sides, cand_findings, cand.normal_sites)
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
    sentence_errors(checker, lexicon, cand, sides)
    pool = [m for side in sides for m in side.measurements]
    if sides:
        for m in cand.measurements:
            if not any(rel.measure_matches(m, p) for p in pool):
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

