"""Finding extraction: findings with assertion, laterality, location, severity, measurements, devices,
and comparison statements, from free-text radiology reports. CPU only, deterministic, offline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from evals._anatomy import LEVEL_RE, LOBE_ABBREVIATIONS, NormalSite, levels, normal_sites, novel, phrase_sites
from evals._anatomy import qualifiers as subtype_qualifiers
from evals._lexicon import GRADING_ADVERBS, SKIPPED_IN_TERMS, Lexicon, load_lexicon, tokenize
from evals._measurements import Measurement, find_measurements
from evals._negation import Assertion, assert_span, find_triggers, longest_matches
from evals._sections import Sentence, report_sentences, split_sections
from evals._statements import Statement, clause_statement
from evals._wording import Vocabulary

_LATERALITY = {("left",): "left", ("right",): "right", ("leftward",): "left", ("rightward",): "right",
               ("bilateral",): "bilateral", ("bilaterally",): "bilateral",
               ("both",): "bilateral", ("bibasilar",): "bilateral", ("bibasal",): "bilateral",
               ("biapical",): "bilateral", ("left", "and", "right"): "bilateral",
               ("right", "and", "left"): "bilateral", ("right", "greater", "than", "left"): "bilateral",
               ("left", "greater", "than", "right"): "bilateral", ("rul",): "right", ("rml",): "right",
               ("rll",): "right", ("lul",): "left", ("lll",): "left", ("lingula",): "left", ("lingular",): "left",
               # Abbreviations: "R basilar opacity", "L IJ line", "RUQ clips", "LLE DVT", "bilat effusions".
               ("r",): "right", ("l",): "left", ("rt",): "right", ("lt",): "left", ("ruq",): "right",
               ("rlq",): "right", ("luq",): "left", ("llq",): "left", ("rle",): "right", ("lle",): "left",
               ("rue",): "right", ("lue",): "left", ("bilat",): "bilateral"}
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
_CLAUSE_BREAKS = frozenset([",", ";", ":", "and", "with", "without", "but", "while", "whereas"])

_COMPARISON_PHRASES = [tuple(p.split()) for p in """compared with | compared to | comparison with | comparison to
| in comparison | prior | priors | previous | previously | since | interval | unchanged | stable | stably
| no change | no significant change | new | newly | again seen | again noted | again demonstrated
| again identified | again visualized | redemonstrated | redemonstration | re demonstrated | persistent
| persists | persisting | persistently | resolved | resolving | resolution | improved | improving | improvement
| worsened | worsening | progressed | progression | progressive | has increased | have increased | has decreased
| have decreased | increased in size | decreased in size | increase in size | decrease in size | enlarging
| enlarged since | grown | regressed | regression | recurrent | recurrence | residual | remains | remain
| no longer | similar to | similar in size | than before | before | larger than | smaller than | bigger than
| worse than | better than | more than on | less than on | than on | than in | last exam | last study
| last examination | earlier study | earlier examination | since the last | shrunk | enlarged since
| reduced in size | down from | up from | has grown | have grown | has enlarged | has shrunk | again
| has progressed | have progressed | has improved | have improved | has worsened | have worsened""".replace("\n", " ").split(" | ")]
_COMPARISON_TABLE = {p: " ".join(p) for p in _COMPARISON_PHRASES}
_SAME_EXAM_AFTER = frozenset("on at despite after with in following".split())
_PRIOR_WORDS = frozenset("prior previous previously comparison since before earlier last interval".split())
# "No prior studies" and similar deny a comparison rather than make one.
_NO_PRIOR_RE = re.compile(
    r"\b(?:no|without|none|not)\b(?: available| relevant| suitable| other)?(?: for)?"
    r" (?:prior|previous|comparison|comparisons|old)\b"
    r"|\bcomparison\b\s*:?\s*(?:none|n/a|not available)|\bnone available\b|\bnot available\b", re.IGNORECASE)
_PRIOR_NONE_RE = re.compile(r"^\s*(?:none\b|n/?a\b|no\b|not available|unavailable|nil\b|-+\s*$)", re.IGNORECASE)


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
    implicit: bool = False  # from a normal phrase ("heart size is normal"), not named outright
    blanket: bool = False  # from a blanket normal phrase ("no acute intracranial abnormality")
    side_origin: str | None = None  # "own" (next to the finding), "sentence", or "report" (the only side named)
    sites: frozenset[str] = frozenset()  # anatomy (lexicon `anatomy`) named in the finding's phrase
    qualifiers: frozenset[str] = frozenset()  # subtype words that exclude each other (partial / complete, ...)
    novel: bool = False  # "new", "second", "other" ...: one more of a finding ("no new nodules" is unasserted)
    phrase: str = ""  # the clause around the finding ("scaphoid waist fracture"), for word-level evidence


__all__ = ["Comparison", "Extraction", "Finding", "Measurement", "NormalSite", "extract", "find_measurements"]


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
    normal_sites: list[NormalSite] = field(default_factory=list)  # "sacrum intact", "normal left testis"
    prior_available: bool | None = None  # from the COMPARISON section, when it has one
    statements: list[Statement] = field(default_factory=list)  # clauses that name no lexicon finding
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # words of each evidence sentence (`_wording`)
    # The evidence sentences (no indication, technique or comparison), in `vocabulary`'s order: `_corroboration`.
    evidence: tuple[str, ...] = ()


def _side_at(words: list[str], i: int) -> tuple[str, int] | None:
    """The side named at words[i] (and how many words name it), if any."""
    for length in (4, 3, 1):
        key = tuple(words[i:i + length])
        side = _LATERALITY.get(key) if len(key) == length else None
        if side:
            if length == 1 and len(words[i]) == 1 and i and words[i - 1][0].isdigit():
                return None  # "5 L" is litres, not left
            return side, length
    return None


def _laterality(words: list[str], lo: int, hi: int, start: int) -> str | None:
    """Nearest laterality cue in words[lo:hi], preferring one before the finding."""
    best: tuple[int, str] | None = None
    for i in range(lo, hi):
        hit = _side_at(words, i)
        if hit and i + hit[1] <= hi:
            distance = start - i if i < start else 100 + i - start
            if best is None or distance < best[0]:
                best = (distance, hit[0])
    return best[1] if best else None


def _sentence_sides(words: list[str]) -> set[str]:
    return {hit[0] for i in range(len(words)) if (hit := _side_at(words, i))}


def _severity(words: list[str], lo: int, hi: int) -> tuple[tuple[int, int] | None, str | None]:
    found = [(i, _SEVERITY[w]) for i, w in enumerate(words[lo:hi], lo) if w in _SEVERITY
             and not (i + 1 < len(words) and words[i + 1] in _NOT_SEVERITY_BEFORE)]
    if not found:
        return None, None
    low = min(s[0] for _, s in found)
    high = max(s[1] for _, s in found)
    return (low, high), " ".join(words[found[0][0]:found[-1][0] + 1])


_TRAILING_SKIP = frozenset(",  is are was were now appears appear remains remain on the left right".split())
_TRAILING_END = frozenset(", ; : and in at with on".split())


def _trailing_severity(words: list[str], end: int, stop: int) -> tuple[tuple[int, int] | None, str | None]:
    """A grade written after its finding: "Splenomegaly, mild", "effusion, now small", "displacement is severe"."""
    j = end
    while j < min(stop, end + 6) and (words[j] in _TRAILING_SKIP or words[j] in GRADING_ADVERBS):
        j += 1
    if j < stop and words[j] in _SEVERITY and (j + 1 == len(words) or words[j + 1] in _TRAILING_END
                                              or words[j + 1][0].isdigit()):
        return _SEVERITY[words[j]], words[j]
    return None, None


_ANAPHORA = re.compile(r"^(?:this|these|which|findings?|the findings?|(?:the |overall )?appearances?)\b", re.IGNORECASE)
_SEGMENT_JOINS = frozenset("and but while whereas".split())
# A state word next to an organ that names a finding ("spleen 14 cm, enlarged", "ectatic right common iliac
# artery"): lexicon `site_states` says which finding each organ's state is.
_STATE_WORDS = {"enlarged": "enlarged", "enlargement": "enlarged", "dilated": "dilated", "dilatation": "dilated",
                "dilation": "dilated", "distended": "dilated", "distension": "dilated", "ectatic": "dilated",
                "ectasia": "dilated"}
_STATE_REACH_BEFORE, _STATE_REACH_AFTER = 8, 3
# A lesion with a wall: "intact" or "normal" after it says it has not ruptured ("Baker cyst, intact"), not that it is
# absent (as a device's "intact" says the device is there).
_CONTAINED_LESIONS = frozenset("cyst cysts aneurysm aneurysms pseudoaneurysm sac".split())
# "Right kidney drains promptly": a plural device word between an organ and an adverb is a verb.
_VERB_ADVERB = re.compile(r"\w+ly$")


def _split_non(tokens: list[tuple[str, int, int]], lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """ "nonobstructive" -> "non" + "obstructive" when the rest is a one-word term and the whole word starts no
    term of its own ("nondisplaced fracture", "noncalcified plaque" stay as they are)."""
    out = []
    for word, a, b in tokens:
        if len(word) > 6 and word.startswith("non") and word not in lexicon.first_words \
                and (word[3:],) in lexicon.terms:
            out += [("non", a, a + 3), (word[3:], a + 3, b)]
        else:
            out.append((word, a, b))
    return out


def _segments(words: list[str]) -> list[tuple[int, int]]:
    """Statements joined into one sentence by ", and" / ", but" ...: each has its own side."""
    cuts = [i for i in range(len(words) - 1) if words[i] == "," and words[i + 1] in _SEGMENT_JOINS]
    bounds = [0, *cuts, len(words)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]


def _state_spans(words: list[str], spans: list, site_hits: list, lexicon: Lexicon) -> list:
    """Findings named by an organ and a state word rather than a term: the organ's words are the span."""
    out: list = []
    for i, word in enumerate(words):
        state = _STATE_WORDS.get(word)
        if not state or any(s <= i < e for s, e, _, _ in spans):
            continue
        near = [(i - b if b <= i else a - i, a, b, site) for a, b, site in site_hits
                if (b <= i and i - b <= _STATE_REACH_BEFORE) or (a > i and a - i <= _STATE_REACH_AFTER)]
        for _, a, b, site in sorted(near):
            lo, hi = (b, i) if b <= i else (i + 1, a)
            if any(lo <= s < hi or a <= s < b for s, _, _, _ in [*spans, *out]):
                break  # another finding (or this organ already in a term) stands between
            finding = lexicon.state_finding(state, site)
            if finding:
                out.append((a, b, finding, False))
            break
    return out


def _extract_sentence(sentence: Sentence, lexicon: Lexicon, out: Extraction, context_side: str | None = None
                      ) -> str | None:
    """Add one sentence's findings to `out`; returns the side of its last statement (for "This is ...")."""
    tokens = _split_non(tokenize(sentence.text), lexicon)
    words = [t for t, _, _ in tokens]
    triggers = find_triggers(words)
    # Match terms on the words minus grading adverbs, then map back to token positions.
    keep = [i for i, w in enumerate(words) if w not in SKIPPED_IN_TERMS]
    kept_words = [words[i] for i in keep]
    spans = []
    for table, is_normal in ((lexicon.normals, True), (lexicon.terms, False)):
        for a, b, hit in longest_matches(kept_words, table, lexicon.max_len):
            start, end = keep[a], keep[b - 1] + 1
            if not any(s < end and start < e for s, e, _, _ in spans):
                spans.append((start, end, hit, is_normal))
    site_hits = longest_matches(words, lexicon.sites, lexicon.site_max_len)
    spans = [sp for sp in spans if not _verb_use(words, sp, site_hits, lexicon)]
    spans.extend(_state_spans(words, spans, site_hits, lexicon))
    spans.sort(key=lambda s: s[0])
    measures = find_measurements(sentence.text)
    # "Restricted diffusion in the left frontal lobe, consistent with acute infarct": one side per statement.
    segments = _segments(words)
    segment_sides = [_sentence_sides(words[a:b]) for a, b in segments]
    if context_side and not segment_sides[0] and _ANAPHORA.match(sentence.text):
        segment_sides[0] = {context_side}  # "Right upper lobe consolidation. This is compatible with pneumonia."
    all_levels = levels(words, 0, len(words))
    sentence_levels = all_levels if len(all_levels) == 1 else frozenset()
    if not all_levels and sentence.label:  # "L4-5: disc bulge. Moderate canal stenosis." (the level heads the line)
        label_words = [w for w, _, _ in tokenize(sentence.label)]
        label_levels = levels(label_words, 0, len(label_words))
        sentence_levels = label_levels if len(label_levels) == 1 else frozenset()
    sentence_sites = frozenset(site for _, _, site in longest_matches(words, lexicon.sites, lexicon.site_max_len))
    # One site named in the sentence ("Infraspinatus tendinosis without tear"): findings without their own
    # site are at it.
    if len(sentence_sites) > 1 and not any(
            all(x in lexicon.site_ancestors(y) for x in sentence_sites) for y in sentence_sites):
        sentence_sites = frozenset()
    out.measurements.extend(m for _, m in measures)
    for idx, (start, end, hit, is_normal) in enumerate(spans):
        seg_sides = next(sd for (a, b), sd in zip(segments, segment_sides, strict=True) if a <= start < b)
        sentence_side = next(iter(seg_sides)) if len(seg_sides) == 1 else None
        prev_end = spans[idx - 1][1] if idx else 0
        next_start = spans[idx + 1][0] if idx + 1 < len(spans) else len(words)
        lo = max([prev_end] + [i + 1 for i in range(prev_end, start) if words[i] in _CLAUSE_BREAKS])
        hi = min([next_start, end + 6] + [i for i in range(end, next_start) if words[i] in _CLAUSE_BREAKS])
        names = hit if is_normal else (hit,)
        assertion = Assertion.absent if is_normal else assert_span(
            triggers, start, end, device=lexicon.kind(hit) == "device" or words[end - 1] in _CONTAINED_LESIONS)
        laterality = _laterality(words, lo, hi, start)
        side_origin = "own" if laterality else None
        if laterality is None and sentence_side and (assertion is not Assertion.absent or lexicon.sites_compatible(
                sentence_sites, frozenset().union(*(lexicon.inherent_sites(n) for n in names)))):
            # "Left ICA plaque without stenosis": the left one is denied; not so "left ureteral stone, without
            # appendicitis".
            laterality, side_origin = sentence_side, "sentence"
        severity, severity_text = _severity(words, lo, hi)
        if severity is None:
            severity, severity_text = _trailing_severity(words, end, next_start)
        own_levels = levels(words, lo, hi)
        locations = frozenset(w for w in words[lo:hi] if w in _LOCATIONS and not LEVEL_RE.fullmatch(w)) | own_levels
        locations |= frozenset(x for w in words[lo:hi] for x in LOBE_ABBREVIATIONS.get(w, ()))
        if sentence_levels and not own_levels:  # "At L4-L5, disc protrusion ..."
            locations |= sentence_levels
        elif len(all_levels) > 1 and not own_levels:  # "L5-S1: facet arthropathy, no stenosis, and L4-5 extrusion"
            locations |= _level_before(words, lo)
        char_lo, char_hi = tokens[lo][1] if lo < len(tokens) else 0, tokens[hi - 1][2] if hi else 0
        own = tuple(m for pos, m in measures if char_lo <= pos < char_hi)
        text = sentence.text[tokens[start][1]:tokens[end - 1][2]]
        own_sites = phrase_sites(words, site_hits, start, end, prev_end, next_start)
        qualifiers = subtype_qualifiers(words, lo, max(hi, end))
        phrase = sentence.text[tokens[min(lo, start)][1]:tokens[max(hi, end) - 1][2]]
        for name in names:
            out.findings.append(Finding(
                name=name, kind=lexicon.kind(name), assertion=assertion, text=text, sentence=sentence.text,
                section=sentence.section, laterality=laterality, severity=severity, severity_text=severity_text,
                locations=locations, measurements=own, implicit=is_normal,
                blanket=is_normal and words[start:start + 2] == ["no", "acute"], side_origin=side_origin,
                sites=own_sites | lexicon.inherent_sites(name) or (
                    sentence_sites if assertion is Assertion.absent or len(spans) == 1 else frozenset()),
                qualifiers=qualifiers,
                novel=novel(words, lo, start), phrase=phrase))
    for (a, b), seg_sides in zip(segments, segment_sides, strict=True):
        if not any(a <= sp[0] < b for sp in spans):
            side = next(iter(seg_sides)) if len(seg_sides) == 1 else None
            statement = clause_statement(words, a, b, triggers, sentence.text, side, _severity(words, a, b)[0])
            if statement:
                out.statements.append(statement)
    sides = _sentence_sides(words)
    out.normal_sites.extend(normal_sites(words, site_hits, spans, lambda a, b: _laterality(words, a, b, a)
                                         or (next(iter(sides)) if len(sides) == 1 else None), sentence.text))
    _comparisons(sentence, words, out)
    last = segment_sides[-1]
    return next(iter(last)) if len(last) == 1 else None


def _level_before(words: list[str], lo: int) -> frozenset[str]:
    """The spine level named last before words[lo] ("L5-S1: ..., no stenosis")."""
    for k in range(lo - 1, -1, -1):
        if LEVEL_RE.fullmatch(words[k]) and not (k and LEVEL_RE.fullmatch(words[k - 1])):
            return levels(words, k, min(k + 2, len(words)))
    return frozenset()


def _verb_use(words: list[str], span: tuple, site_hits: list, lexicon: Lexicon) -> bool:
    """ "Right kidney drains promptly": a one-word plural device term after an organ and before an adverb."""
    start, end, hit, is_normal = span
    return (not is_normal and end - start == 1 and lexicon.kind(hit) == "device" and words[start].endswith("s")
            and end < len(words) and bool(_VERB_ADVERB.fullmatch(words[end]))
            and any(b == start for _, b, _ in site_hits))


def _comparisons(sentence: Sentence, words: list[str], out: Extraction) -> None:
    if sentence.section == "comparison" or _NO_PRIOR_RE.search(sentence.text):
        return
    for _, end, cue in longest_matches(words, _COMPARISON_TABLE, 4):
        if cue.startswith("persist") and end < len(words) and words[end] in _SAME_EXAM_AFTER \
                and not _PRIOR_WORDS & set(words[end:end + 5]):
            continue  # "persists on spot compression", "persistent despite furosemide": within this exam
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
    context_side: str | None = None
    evidence: list[str] = []
    for sentence in report_sentences(text, default_section):
        if sentence.section in ("indication", "technique", "comparison"):
            continue
        if _NO_PRIOR_RE.search(sentence.text) and out.prior_available is None:
            out.prior_available = False
        context_side = _extract_sentence(sentence, lexicon, out, context_side)
        evidence.append(sentence.text)
    out.vocabulary = Vocabulary(evidence)
    out.evidence = tuple(evidence)
    # A report about one side ("Left knee. Complete tear of the ACL."): its unsided findings are on that side.
    sides = _sentence_sides([w for w, _, _ in tokenize(text)]) - {"bilateral"}
    if len(sides) == 1:
        side = next(iter(sides))
        out.findings = [f if f.laterality else replace(f, laterality=side, side_origin="report")
                        for f in out.findings]
        out.normal_sites = [n if n.laterality else replace(n, laterality=side) for n in out.normal_sites]
    return out
