"""PhiAnalyzer: spaCy NER plus the configured recognizers, the deny-list, name propagation."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import _path_words as paths
from redaction._billing_codes import without_billing_codes
from redaction._business_office import without_business_office
from redaction._campus_names import extend_campus_names
from redaction._clinical_context import in_clinical_context
from redaction._code_tokens import without_code_tokens
from redaction._countries import without_countries
from redaction._decoded import decoded_view
from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, is_clinical, not_name_words
from redaction._devices import after_device_maker
from redaction._engineering_ids import without_engineering_ids
from redaction._exam_sites import without_exam_before_site
from redaction._fold import fold
from redaction._form_cues import without_form_cues
from redaction._format_keywords import without_format_keywords
from redaction._image_labels import without_device_text
from redaction._layout_words import drop_layout_words, opens_number_label
from redaction._leading_the import with_leading_the
from redaction._machine_words import without_machine_words
from redaction._markup_values import without_markup_values
from redaction._media_cues import without_media_cues
from redaction._name_shapes import reshape_names
from redaction._name_tails import with_initials
from redaction._ner_sentences import SentenceMemo, ner_entities
from redaction._newborn_names import without_newborn_placeholders
from redaction._not_people import without_roles_and_groups
from redaction._ocr_views import ocr_digits, ocr_view
from redaction._other_numbers import names_no_patient, template_version
from redaction._payer_cues import without_payers_and_courts
from redaction._pieces import piece_view, trim_to_word
from redaction._plan import PatternPlan
from redaction._recording_offsets import without_recording_offsets
from redaction._regions import without_regions
from redaction._score_fractions import without_score_fractions
from redaction._site_keys import site_keys
from redaction._site_titles import trim_site_titles
from redaction._spans import PHI_TYPES, Span, merge_spans
from redaction._system_numbers import without_system_numbers
from redaction._transport_noise import without_transport_noise
from redaction._wire_fields import without_wire_fields
from redaction._word_scan import alnum_edges, alternation_spans, caseless_by_lowering, word_edges
from redaction._word_surnames import widen_word_surnames
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.fixed_layouts import without_plain_columns
from redaction.recognizers.x12 import without_x12_envelope


class RedactionConfigError(ValueError):
    """The recognizer configuration cannot be used."""


def load_recognizers(paths: list[str]) -> list[EntityRecognizer]:
    recognizers = []
    for path in paths:
        module_name, _, class_name = path.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            raise RedactionConfigError(f"recognizer {path!r} cannot be imported") from None
        if not (isinstance(cls, type) and issubclass(cls, EntityRecognizer)):
            raise RedactionConfigError(f"{path!r} is not a presidio EntityRecognizer")
        recognizers.append(cls())
    return recognizers


class PhiAnalyzer:
    """Finds PHI spans in text. Thread-safe for concurrent ``analyze`` calls.

    The pattern recognizers run first; spaCy NER (recognizers with ``uses_nlp_artifacts = True``)
    then sees only the sentences holding a capitalised word that no pattern has already masked.
    """

    def __init__(self, recognizers: list[EntityRecognizer], nlp: Any | None, *, threshold: float = 0.5,
                 entities: frozenset[str] = PHI_TYPES, name_tagger: Any | None = None,
                 login_tagger: Any | None = None) -> None:
        self._patterns = [r for r in recognizers if not getattr(r, "uses_nlp_artifacts", False)]
        self._ner = [r for r in recognizers if getattr(r, "uses_nlp_artifacts", False)]
        # The OCR re-read keeps only numeric types: a plain pattern recognizer of another type is not rerun.
        self._numeric = [r for r in self._patterns if not _only_finds_other_than_numeric(r)]
        self._nlp = nlp
        self._threshold = threshold
        self._entities = sorted(entities)
        self._entity_set = frozenset(entities)  # the same test as ``in self._entities``, by hash
        self._name_tagger = name_tagger if "PERSON" in entities else None  # redaction.learned.NameTagger
        self._login_tagger = login_tagger if "PERSON" in entities else None  # redaction.learned.tokens.LoginTagger
        # the same recognizers, their regexes run as one flat plan (_plan): the same spans, less per-call work
        self._pattern_plan, self._numeric_plan = (PatternPlan(found, self._entities, threshold, self._entity_set)
                                                  for found in (self._patterns, self._numeric))

    def analyze(self, text: str) -> list[Span]:
        memo: SentenceMemo = {}
        pieces = piece_view(text)  # None for a text with no stream chunks or token pieces
        if pieces is None:
            return self._read(text, memo)
        # "26-" | "CT-176" | "360" in three stream chunks: the joined content is read, its spans laid back over each
        # piece; the wire format around the pieces is read with their content blanked
        spans = self._read(pieces.blanked, memo)
        for found in self._read(pieces.text, memo):
            for piece in pieces.back(found.start, found.end):
                trimmed = trim_to_word(text, piece.start, piece.end)
                if trimmed:
                    spans.append(Span(*trimmed, found.entity_type, found.score))
        return merge_spans(spans)

    def _read(self, text: str, memo: SentenceMemo) -> list[Span]:
        view = decoded_view(text)  # None for a text with no escapes: the same spans, one cheap check
        if view is None:
            return self._analyze(text, memo)
        # "D&apos;Souza", "Zo%C3%AB+Okonkwo": the decoded text is read instead, its spans laid back over the escapes;
        # the original too only where decoding can break a shape it shows (URL form values)
        spans = [Span(*view.back(s.start, s.end), s.entity_type, s.score) for s in self._read(view.text, memo)]
        if view.partial:
            spans.extend(self._analyze(text, memo))
        return merge_spans(spans)

    def _analyze(self, text: str, memo: SentenceMemo) -> list[Span]:
        text = ocr_view(fold(text))  # "NOVOTNÁ" read as "NOVOTNA", OCR's "Ha1e" as "Hale": same offsets
        spans = self._spans(text, memo)
        words = paths.path_word_view(text)  # "DOE_JANE_00482913/CT_CHEST.zip" read as words: same offsets
        if words == text:
            return merge_spans(spans + site_keys(text, spans))
        # what the file names show read as words, kept inside the file names: the text as written is read too
        # ("cross_mateo_plantar.jpg" is a name to the file-name rules, not to the word rules)
        regions = paths.changed_tokens(text, words)
        found = [s for s in self._spans(words, memo) if any(s.start < end and start < s.end for start, end in regions)]
        spans.extend(paths.without_glued_numbers(text, found))
        return merge_spans(spans + site_keys(text, spans))

    def _spans(self, text: str, memo: SentenceMemo) -> list[Span]:
        spans = self._pattern_plan.run(text)
        ocr = ocr_digits(text)
        if ocr != text:  # scanned text: "0l/08/1924", "978-4O7-8657" read as the numbers they are
            changed = [i for i, (a, b) in enumerate(zip(text, ocr, strict=True)) if a != b]
            spans.extend(s for s in self._numeric_plan.run(ocr)
                         if s.entity_type in _NUMERIC_TYPES and any(s.start <= i < s.end for i in changed))
        if self._nlp is not None and self._ner:
            entities = ner_entities(self._nlp, text, spans, memo)
            artifacts = NlpArtifacts(entities=entities, tokens=None, tokens_indices=[], lemmas=[], nlp_engine=None,
                                     language="en")
            spans.extend(self._run(self._ner, text, artifacts))
        spans = list(dict.fromkeys(spans))  # a value two recognizers found is judged once (a fifth of all spans)
        for span_filter in _SPAN_FILTERS:
            spans = span_filter(text, spans)
        if self._name_tagger is not None:  # names no rule found, before names are spread
            spans.extend(self._learned_names(text, spans))
        spans.extend(s for s in _propagate_names(text, spans) if not _clinical_term(text, s))
        spans.extend(_propagate_facilities(text, spans))
        if self._login_tagger is not None:  # "| parkerc | 10.2.3.4 |", "**@stone.oksana**": logins no rule found
            spans.extend(without_media_cues(text, self._login_tagger.person_spans(text, spans)))  # not "\\rquote"
        spans = paths.without_glued_exam_names(text, spans)  # a tagger's "CSPINE" in "MR_CSPINE.nii.gz"
        # "Okafor, B.": found or spread, the initial joins; "Twin A's" spread from a name's span is no name
        return without_newborn_placeholders(text, merge_spans(with_initials(text, spans)))

    def _learned_names(self, text: str, spans: list[Span]) -> list[Span]:
        """The tagger's names for words no span covers, judged by the same filters ("Israel" is a country)."""
        found = [s for s in self._name_tagger.person_spans(text, spans) if not opens_number_label(text, s)]
        for span_filter in _SPAN_FILTERS if found else ():
            found = span_filter(text, found)
        return found

    def _run(self, recognizers: list[EntityRecognizer], text: str, artifacts: NlpArtifacts | None) -> list[Span]:
        spans = []
        threshold, wanted = self._threshold, self._entity_set
        for recognizer in recognizers:
            for result in recognizer.analyze(text, self._entities, artifacts) or ():
                if result.score >= threshold and result.entity_type in wanted:
                    spans.append(Span(result.start, result.end, result.entity_type, result.score))
        return spans


def _only_finds_other_than_numeric(recognizer: EntityRecognizer) -> bool:
    """True for a RegexRecognizer with the base ``analyze`` (it reports only its ENTITY) of a non-numeric type."""
    return (isinstance(recognizer, RegexRecognizer) and type(recognizer).analyze is RegexRecognizer.analyze
            and recognizer.ENTITY not in _NUMERIC_TYPES)


_CONTEXT_JUDGED = frozenset({"PERSON", "CITY", "FACILITY"})


def _clinical_term(text: str, span: Span) -> bool:
    """A low-confidence name or place that its context shows is a clinical term ("Guyon canal"), or a
    name or place right after a device maker, which is the device's model ("Hologic Horizon")."""
    if span.entity_type not in _CONTEXT_JUDGED:
        return False
    return after_device_maker(text, span.start) or span.score < 0.9 and in_clinical_context(text, span.start, span.end)


def _without_clinical_terms(text: str, spans: list[Span]) -> list[Span]:
    return [s for s in spans if not _clinical_term(text, s)]


def _without_non_patient_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Safety-event, IRB, protocol and image-exchange numbers, ports, CPT codes: no patient's account; a markup
    template's version date: no patient's date."""
    return [s for s in spans if not (s.entity_type == "ACCOUNT_ID" and names_no_patient(text, s.start)
                                     or s.entity_type in _NUMERIC_TYPES and template_version(text, s.start))]


# What every detection passes through, in this order, before names and sites are spread to their other occurrences:
# a machine format's keywords (vCard / iCalendar property names, SQL statement words) and a fixed-width record's
# plain columns (sex, state, CPT code), layout words (table headers, title lines), clinical terms, numbers that name
# no patient, a system's own commit, ticket and message numbers (_engineering_ids), code and protocol words
# (_code_tokens), X12 envelope numbers, score fractions (ILO profusion), country and region names, staff roles, teams,
# employers, committees and staff numbers (_not_people); then a hospital's
# campus after "at" joins its name, and names are reshaped (an Arabic name's tail, role words, names glued into
# hashtags and file names); a lone given name is widened over the word-surname after it ("Ivo May", "Ivo Page");
# a newborn's placeholder ("BABY GIRL", "Twin B") is taken off the surname it was registered under.
_SPAN_FILTERS: tuple[Callable[[str, list[Span]], list[Span]], ...] = (
    without_media_cues, without_recording_offsets, without_format_keywords, without_plain_columns, drop_layout_words,
    _without_clinical_terms, _without_non_patient_numbers, without_billing_codes, without_system_numbers,
    without_engineering_ids, without_code_tokens, without_x12_envelope, without_score_fractions, without_countries,
    without_regions, trim_site_titles, without_roles_and_groups, without_business_office, without_payers_and_courts,
    without_form_cues, without_markup_values, without_transport_noise, without_wire_fields, extend_campus_names,
    reshape_names, widen_word_surnames, without_machine_words, without_device_text, without_exam_before_site,
    with_leading_the, without_newborn_placeholders, paths.cut_at_path_steps, paths.without_glued_exam_names)


_NUMERIC_TYPES = frozenset({"DATE_TIME", "PHONE", "SSN", "MRN", "ACCESSION", "ACCOUNT_ID", "HEALTH_PLAN_ID",
                            "ZIP", "DEVICE_SERIAL"})
def _propagate_facilities(text: str, spans: list[Span]) -> list[Span]:
    """A site named once is PHI wherever else it occurs, whole or by its initials
    ("Greywater University Hospital" ... "GUH"; "SBRMC" in an HL7 header ... "seen at SBRMC")."""
    names = {text[s.start:s.end] for s in spans if s.entity_type == "FACILITY"}
    if not names:
        return []
    forms = set()
    for name in names:
        words = [w for w in re.split(r"[\s]+", name) if w and w[0].isalpha()]
        if name.isalpha() and name.isupper() and 2 < len(name) <= 6:
            forms.add(name)
        initials = "".join(w[0] for w in words if w[0].isupper())
        if len(initials) >= 3:
            forms.add(initials.upper())
    forms = {f for f in forms if f.lower() not in clinical_words() and f.lower() not in not_name_words()}
    if not forms:
        return []
    # the matches of (?<![A-Za-z0-9])(form|...)(?![A-Za-z0-9]), longest form first, without compiling it
    return [Span(start, end, "FACILITY", 0.75)
            for start, end in alternation_spans(text, text, sorted(forms, key=len, reverse=True), alnum_edges)]


_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SPELLED = re.compile(r"[A-Za-z](?:(?:-| - | |\.)[A-Za-z]){2,}\.?")


def _propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """A name found once is PHI wherever else it occurs ("Mr. Doe" ... "DOE" ... "Doe's")."""
    parts = {m.group(0).lower() for s in spans if s.entity_type == "PERSON"
             for m in _NAME_PART.finditer(text[s.start:s.end]) if len(m.group(0)) >= 3}
    # a spelled surname ("W-H-I-T-F-I-E-L-D") names the word it spells
    parts |= {re.sub(r"[^A-Za-z]", "", text[s.start:s.end]).lower() for s in spans if s.entity_type == "PERSON"
              and _SPELLED.fullmatch(text[s.start:s.end])}
    parts = {p for p in parts if p not in PLACE_AND_DATE_WORDS and not is_clinical(p, "")}
    # two-letter surnames that are no word ("Mr. Ng" ... "MRI L-spine Ng"): only as written, "Ng", never "NG" tube;
    # a possessive counts ("Vu's office")
    short = {m.group(0) for s in spans if s.entity_type == "PERSON"
             for m in _SHORT_PART.finditer(text[s.start:s.end]) if m.group(0).lower() in _SHORT_SURNAMES}
    found = [Span(m.start(), m.end(), "PERSON", 0.8) for name in short
             for m in re.finditer(rf"(?<![A-Za-z0-9'’-]){name}(?=['’]s(?![A-Za-z0-9])|(?![A-Za-z0-9'’-]))", text)]
    if not parts:
        return found
    lowered = text.lower()
    # A part that occurs once can only be found where it already is: it needs no pattern. Compiling one
    # alternation per document over every part was about a tenth of the analysis time.
    once = {p for p in parts if lowered.count(p) == 1} if len(lowered) == len(text) else set()
    for part in once:
        start = lowered.find(part)
        end = start + len(part)
        if not (_WORD_CHAR.match(text, start - 1) if start else False) and not _WORD_CHAR.match(text, end):
            _add_propagated(found, text, start, end)
    repeated = parts - once
    if repeated and caseless_by_lowering(text, lowered):  # the matches of \b(part|...)\b ignoring case, uncompiled
        for start, end in alternation_spans(text, lowered, _longest_first(repeated), word_edges):
            _add_propagated(found, text, start, end)
    elif repeated:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, _longest_first(repeated))) + r")\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            _add_propagated(found, text, *match.span())
    return found


def _longest_first(parts: set[str]) -> list[str]:
    """The alternation's order: longest (as escaped) first."""
    return sorted(parts, key=lambda part: len(re.escape(part)), reverse=True)


_WORD_CHAR = re.compile(r"\w")
# a surname's particles: no name on their own
_LOWER_PARTICLES = frozenset({"van", "von", "der", "den", "del", "della", "dos", "das", "bin", "ibn", "bint", "binti",
                              "ter", "ten", "les", "los", "las"})
_SHORT_PART = re.compile(r"(?<![A-Za-z])[A-Z][a-z](?![A-Za-z])")
_SHORT_SURNAMES = frozenset({"ng", "vo", "vu", "wu", "yu", "ly"})


def _add_propagated(found: list[Span], text: str, start: int, end: int) -> None:
    """Add the name occurrence at ``start:end`` unless it is lower case or a clinical term."""
    if not text[start].isupper() or is_clinical(text[start:end], text[end:end + 40]):
        return  # "white matter" is not Ms. White
    if text[start + 1:end].islower() and text[start:end].lower() in _LOWER_PARTICLES:
        return  # "van der Berg" ... "Van roster": a particle capitalised on its own is no name ("DOS SANTOS" is)
    if _GLUED_ACRONYM.match(text, end) and not text[start:end].isupper():
        return  # "Lung-RADS", "Child-PUGH": a word glued to an acronym is a term's first half
    # "Ms. Jones (Kimberly Jones)": a capitalised word right before a known name is its first name.
    particle = _PARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if particle:
        start = particle.start()  # "ter Horst's thyroid": the particle is part of the surname
    before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if (before and before.group(1).lower() not in _NOT_GIVEN and before.group(1).lower() not in not_name_words()
            and not is_clinical(before.group(1), "")):
        start = before.start(1)
    found.append(Span(start, end, "PERSON", 0.8))


_GLUED_ACRONYM = re.compile(r"-[A-Z]{2,}(?![a-z])")
# "Ines M. MacLeod"; not a letter-prefixed term ("L-spine Reyes": the region, then the name)
_GIVEN_BEFORE = re.compile(r"\b([A-Z](?!-)[a-z'’-]+) (?:[A-Z]\.? )?$")
_PARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?:van|von|de|del|della|da|dos|das|di|du|le|ter|ten|bin|ibn)"
                              r"(?: (?:der|den|de|la|los))? $")
_NOT_GIVEN = {"dr", "mr", "mrs", "ms", "miss", "prof", "the", "patient", "pt", "re", "for", "to", "with", "by",
              "and", "or", "of", "in", "on", "at", "from", "per", "cc", "dear", "doctor", "nurse", "contact",
              "atty", "attorney", "counselor", "that's", "that’s", "it's", "it’s"}


def _load_nlp(model: str):  # noqa: ANN202
    import spacy

    # NER only: the tagger, parser and lemmatizer cost time and nothing here reads them.
    nlp = spacy.load(model, disable=["tagger", "parser", "senter", "attribute_ruler", "lemmatizer"])
    if "tok2vec" in nlp.pipe_names and "ner" not in nlp.get_pipe("tok2vec").listening_components:
        # The small English models give NER its own embedding layer: the shared tok2vec feeds only
        # the disabled tagger and parser, and would be a third of the remaining time for nothing.
        nlp.disable_pipe("tok2vec")
    return nlp


def build_analyzer(config: Path | None = None, *, nlp: Any | None = None) -> PhiAnalyzer:
    """Build the analyzer from ``config`` (default: the packaged ``redaction/config.yaml``)."""
    raw = (Path(config).read_text() if config is not None
           else resources.files("redaction").joinpath("config.yaml").read_text())
    data = yaml.safe_load(raw)
    if not isinstance(data, dict) or not isinstance(data.get("recognizers"), list):
        raise RedactionConfigError("redaction config needs a 'recognizers' list")
    recognizers = load_recognizers(data["recognizers"])
    entities = frozenset(data.get("entities") or PHI_TYPES)
    unknown = entities - PHI_TYPES
    if unknown:
        raise RedactionConfigError(f"unknown entity types: {', '.join(sorted(unknown))}")
    if nlp is None and data.get("nlp_model"):
        nlp = _load_nlp(data["nlp_model"])
    return PhiAnalyzer(recognizers, nlp, threshold=float(data.get("threshold", 0.5)), entities=entities,
                       name_tagger=_name_tagger(data.get("name_tagger")),
                       login_tagger=_login_tagger(data.get("login_tagger")))


def _login_tagger(setting: Any) -> Any | None:
    """``login_tagger: 0.7`` (its probability threshold) runs the learned login scorer; ``off`` or absent does not."""
    if setting is None or setting is False or setting == "off":
        return None
    if isinstance(setting, bool) or not isinstance(setting, (int, float)) or not 0 < setting < 1:
        raise RedactionConfigError(f"login_tagger must be a threshold between 0 and 1 or off, not {setting!r}")
    from redaction.learned.tokens import LoginTagger, LoginTaggerUnavailable

    try:
        return LoginTagger.load(threshold=float(setting))
    except LoginTaggerUnavailable as exc:
        raise RedactionConfigError(f"{exc} (set login_tagger: off to run without it)") from None


def _name_tagger(setting: Any) -> Any | None:
    """``name_tagger: 0.9`` (its probability threshold) runs the learned tagger; ``off`` or absent does not."""
    if setting is None or setting is False or setting == "off":
        return None
    if isinstance(setting, bool) or not isinstance(setting, (int, float)) or not 0 < setting < 1:
        raise RedactionConfigError(f"name_tagger must be a threshold between 0 and 1 or off, not {setting!r}")
    from redaction.learned import NameTagger, NameTaggerUnavailable

    try:
        return NameTagger.load(threshold=float(setting))
    except NameTaggerUnavailable as exc:
        raise RedactionConfigError(f"{exc} (set name_tagger: off to run without it)") from None
