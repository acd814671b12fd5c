"""Finding extraction: findings with assertion, laterality, location, severity, measurements, devices,
and comparison statements, from free-text radiology reports. CPU only, deterministic, offline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evals._lexicon import GRADING_ADVERBS, Lexicon, load_lexicon, tokenize
from evals._negation import Assertion, assert_span, find_triggers, longest_matches
from evals._sections import Sentence, report_sentences, split_sections

_LATERALITY = {("left",): "left", ("right",): "right", ("bilateral",): "bilateral", ("bilaterally",): "bilateral",
               ("both",): "bilateral", ("bibasilar",): "bilateral", ("bibasal",): "bilateral",
               ("biapical",): "bilateral", ("left", "and", "right"): "bilateral",
               ("right", "and", "left"): "bilateral", ("right", "greater", "than", "left"): "bilateral",
               ("left", "greater", "than", "right"): "bilateral", ("rul",): "right", ("rml",): "right",
               ("rll",): "right", ("lul",): "left", ("lll",): "left", ("lingula",): "left", ("lingular",): "left"}
# Severity as an ordinal interval: 1 trace/minimal, 2 small/mild, 3 moderate, 4 large/severe.
_SEVERITY = {"trace": (1, 1), "minimal": (1, 1), "minimally": (1, 1), "tiny": (1, 1), "minute": (1, 1),
             "trivial": (1, 1), "small": (2, 2), "mild": (2, 2), "mildly": (2, 2), "slight": (2, 2),
             "slightly": (2, 2), "moderate": (3, 3), "moderately": (3, 3), "large": (4, 4), "severe": (4, 4),
             "severely": (4, 4), "marked": (4, 4), "markedly": (4, 4), "extensive": (4, 4), "massive": (4, 4),
             "massively": (4, 4), "substantial": (4, 4), "substantially": (4, 4), "huge": (4, 4)}
_NOT_SEVERITY_BEFORE = frozenset("bowel intestine intestinal airways airway vessel vessels cell bowels".split())
_LOCATIONS = frozenset("""upper middle lower lobe lingula apex apical apices base basilar basal bases hilar perihilar
retrocardiac infrahilar suprahilar lung lungs pleural mediastinal pericardial liver hepatic spleen splenic kidney
kidneys renal gallbladder pancreas pancreatic bladder uterus uterine ovary ovarian adnexa adnexal thyroid brain
frontal parietal temporal occipital cerebellar cerebellum thalamus thalamic ganglia pons pontine periventricular
knee shoulder hip ankle wrist hand foot elbow femur femoral tibia tibial fibula radius ulna humerus humeral clavicle
rib ribs scaphoid medial lateral anterior posterior cervical thoracic lumbar sacral c1 c2 c3 c4 c5 c6 c7 t1 t2 t3
t4 t5 t6 t7 t8 t9 t10 t11 t12 l1 l2 l3 l4 l5 s1 segment segments appendix colon sigmoid cecum ileum jejunum
duodenum stomach aorta aortic carotid jugular femoral popliteal calf neck chest abdomen pelvis pelvic""".split())
_LEVEL_RE = re.compile(r"[ctls]\d{1,2}")
_CLAUSE_BREAKS = frozenset([",", ";", ":", "and", "with", "without", "but", "while", "whereas"])

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:mm|cm|millimet(?:er|re)s?|centimet(?:er|re)s?)\b"
_MEASURE_RE = re.compile(
    rf"(?<![\w.])({_NUM})\s*({_UNIT})?(?:\s*(?:x|×|by)\s*({_NUM})\s*({_UNIT})?)?"
    rf"(?:\s*(?:x|×|by)\s*({_NUM})\s*({_UNIT})?)?", re.IGNORECASE)

_COMPARISON_PHRASES = [tuple(p.split()) for p in """compared with | compared to | comparison with | comparison to
| in comparison | prior | priors | previous | previously | since | interval | unchanged | stable | stably
| no change | no significant change | new | newly | again seen | again noted | again demonstrated
| again identified | again visualized | redemonstrated | redemonstration | re demonstrated | persistent
| persists | persisting | persistently | resolved | resolving | resolution | improved | improving | improvement
| worsened | worsening | progressed | progression | progressive | has increased | have increased | has decreased
| have decreased | increased in size | decreased in size | increase in size | decrease in size | enlarging
| enlarged since | grown | regressed | regression | recurrent | recurrence | residual | remains | remain
| no longer | similar to | similar in size | than before | before""".replace("\n", " ").split(" | ")]
# "No prior studies" and similar deny a comparison rather than make one.
_NO_PRIOR_RE = re.compile(
    r"\b(?:no|without|none|not)\b[^.;]{0,30}\b(?:prior|previous|comparison|comparisons|old)\b"
    r"|\bcomparison\b\s*:?\s*(?:none|n/a|not available)|\bnone available\b|\bnot available\b", re.IGNORECASE)
_PRIOR_NONE_RE = re.compile(r"^\s*(?:none\b|n/?a\b|no\b|not available|unavailable|nil\b|-+\s*$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Measurement:
    """A size in mm, largest dimension first, as written in `text`."""

    dims_mm: tuple[float, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One mention of a finding or device in one sentence."""

    name: str
    kind: str
    assertion: Assertion
    text: str
    sentence: str
    section: str
    laterality: str | None = None
    severity: tuple[int, int] | None = None
    severity_text: str | None = None
    locations: frozenset[str] = frozenset()
    measurements: tuple[Measurement, ...] = ()
    implicit: bool = False  # from a normal phrase ("no acute intracranial abnormality"), not named outright


@dataclass(frozen=True, slots=True)
class Comparison:
    """A statement that refers to a prior study (or change since one)."""

    cue: str
    sentence: str
    section: str


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one report."""

    findings: list[Finding] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    prior_available: bool | None = None  # from the COMPARISON section, when it has one


def _to_mm(value: str, unit: str) -> float:
    return float(value) * (10.0 if unit.lower().startswith("c") else 1.0)


def find_measurements(text: str) -> list[tuple[int, Measurement]]:
    """Sizes with a unit ("2.3 x 1.9 cm", "12 mm", "2 cm x 1.5 cm"), normalised to mm."""
    out = []
    for m in _MEASURE_RE.finditer(text):
        groups = m.groups()
        numbers = [g for g in groups[0::2] if g]
        units = [g for g in groups[1::2]]
        last_unit = next((u for u in reversed(units) if u), None)
        if last_unit is None:
            continue
        dims = []
        for value, unit in zip(groups[0::2], units, strict=True):
            if value:
                dims.append(_to_mm(value, unit or last_unit))
        if numbers:
            out.append((m.start(), Measurement(tuple(sorted(dims, reverse=True)), m.group(0).strip())))
    return out




def _laterality(words: list[str], lo: int, hi: int, start: int) -> str | None:
    """Nearest laterality cue in words[lo:hi], preferring one before the finding."""
    best: tuple[int, str] | None = None
    for i in range(lo, hi):
        for length in (4, 3, 1):
            side = _LATERALITY.get(tuple(words[i:i + length]))
            if side and i + length <= hi:
                distance = start - i if i < start else 100 + i - start
                if best is None or distance < best[0]:
                    best = (distance, side)
                break
    return best[1] if best else None


def _sentence_sides(words: list[str]) -> set[str]:
    sides = set()
    for i in range(len(words)):
        for length in (4, 3, 1):
            side = _LATERALITY.get(tuple(words[i:i + length]))
            if side:
                sides.add(side)
                break
    return sides


def _severity(words: list[str], lo: int, hi: int) -> tuple[tuple[int, int] | None, str | None]:
    found = [(i, _SEVERITY[w]) for i, w in enumerate(words[lo:hi], lo) if w in _SEVERITY
             and not (i + 1 < len(words) and words[i + 1] in _NOT_SEVERITY_BEFORE)]
    if not found:
        return None, None
    low = min(s[0] for _, s in found)
    high = max(s[1] for _, s in found)
    return (low, high), " ".join(words[found[0][0]:found[-1][0] + 1])


def _extract_sentence(sentence: Sentence, lexicon: Lexicon, out: Extraction) -> None:
    tokens = tokenize(sentence.text)
    words = [t for t, _, _ in tokens]
    triggers = find_triggers(words)
    # Match terms on the words minus grading adverbs, then map back to token positions.
    keep = [i for i, w in enumerate(words) if w not in GRADING_ADVERBS]
    kept_words = [words[i] for i in keep]
    spans = []
    for table, is_normal in ((lexicon.normals, True), (lexicon.terms, False)):
        for a, b, hit in longest_matches(kept_words, table, lexicon.max_len):
            start, end = keep[a], keep[b - 1] + 1
            if not any(s < end and start < e for s, e, _, _ in spans):
                spans.append((start, end, hit, is_normal))
    spans.sort(key=lambda s: s[0])
    measures = find_measurements(sentence.text)
    sides = _sentence_sides(words)
    # "Restricted diffusion in the left frontal lobe, consistent with acute infarct": one side per sentence.
    sentence_side = next(iter(sides)) if len(sides) == 1 else None
    levels = frozenset(w for w in words if _LEVEL_RE.fullmatch(w))
    sentence_levels = levels if len(levels) <= 2 else frozenset()
    out.measurements.extend(m for _, m in measures)
    for idx, (start, end, hit, is_normal) in enumerate(spans):
        prev_end = spans[idx - 1][1] if idx else 0
        next_start = spans[idx + 1][0] if idx + 1 < len(spans) else len(words)
        lo = max([prev_end] + [i + 1 for i in range(prev_end, start) if words[i] in _CLAUSE_BREAKS])
        hi = min([next_start, end + 6] + [i for i in range(end, next_start) if words[i] in _CLAUSE_BREAKS])
        assertion = Assertion.absent if is_normal else assert_span(triggers, start, end)
        laterality = _laterality(words, lo, hi, start)
        if laterality is None and assertion is not Assertion.absent:
            laterality = sentence_side
        severity, severity_text = _severity(words, lo, hi)
        locations = frozenset(w for w in words[lo:hi] if w in _LOCATIONS)
        if sentence_levels and not locations & sentence_levels:  # "At L4-L5, disc protrusion ..."
            locations |= sentence_levels
        char_lo, char_hi = tokens[lo][1] if lo < len(tokens) else 0, tokens[hi - 1][2] if hi else 0
        own = tuple(m for pos, m in measures if char_lo <= pos < char_hi)
        text = sentence.text[tokens[start][1]:tokens[end - 1][2]]
        for name in (hit if is_normal else (hit,)):
            out.findings.append(Finding(
                name=name, kind=lexicon.kind(name), assertion=assertion, text=text, sentence=sentence.text,
                section=sentence.section, laterality=laterality, severity=severity, severity_text=severity_text,
                locations=locations, measurements=own, implicit=is_normal))
    _comparisons(sentence, words, out)


def _comparisons(sentence: Sentence, words: list[str], out: Extraction) -> None:
    if sentence.section == "comparison" or _NO_PRIOR_RE.search(sentence.text):
        return
    for _, _, cue in longest_matches(words, {p: " ".join(p) for p in _COMPARISON_PHRASES}, 4):
        out.comparisons.append(Comparison(cue, sentence.text, sentence.section))
        return


def extract(text: str, *, default_section: str = "findings", lexicon: Lexicon | None = None) -> Extraction:
    """Extract findings, measurements and comparison statements from one report (or report fragment)."""
    lexicon = lexicon or load_lexicon()
    out = Extraction()
    sections = split_sections(text, default_section)
    if "comparison" in sections:
        body = sections["comparison"]
        out.prior_available = not (_PRIOR_NONE_RE.match(body) or _NO_PRIOR_RE.search(body)) if body else False
        if out.prior_available:
            out.comparisons.append(Comparison("comparison section", body, "comparison"))
    for sentence in report_sentences(text, default_section):
        if sentence.section in ("indication", "technique", "comparison"):
            continue
        if _NO_PRIOR_RE.search(sentence.text) and out.prior_available is None:
            out.prior_available = False
        _extract_sentence(sentence, lexicon, out)
    return out
