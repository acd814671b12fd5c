"""The learned name tagger (redaction/learned): names no rule anticipated, eponyms left alone, deterministic
training, and what happens without its weights file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from redaction import PhiAnalyzer
from redaction._analyzer import RedactionConfigError, _name_tagger
from redaction._spans import Span
from redaction.learned import NameTagger, NameTaggerUnavailable
from redaction.learned.model import Model, train


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load(threshold=0.9)


def _masked(analyzer: PhiAnalyzer, text: str) -> set[str]:
    return {text[s.start:s.end] for s in analyzer.analyze(text)}


# everyday words as given names, in chat and roster lines no rule has a cue for
CASES = [
    ("per Sterling in CT, the scanner is down\n", "Sterling"),
    ("thx Hope for covering the late list\n", "Hope"),
    ("Night float: Joy / Iris / Dawn\n", "Iris"),
    ("swapped with Sunny, see rota\n", "Sunny"),
    ("Vascular nurse on call: Summer Lane\n", "Summer"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_tagger_finds_names_the_rules_miss(analyzer: PhiAnalyzer, text: str, name: str) -> None:
    tagger, analyzer._name_tagger = analyzer._name_tagger, None
    try:
        assert not any(name in found for found in _masked(analyzer, text)), "the rules alone find it: no test"
    finally:
        analyzer._name_tagger = tagger
    assert any(name in found for found in _masked(analyzer, text))


@pytest.mark.parametrize("text", [
    "Small Baker cyst in the popliteal fossa.",
    "History of Parkinson disease; Kerley B lines at both bases.",
    "Hill-Sachs lesion and Bankart lesion of the left shoulder.",
    "Known Crohn disease with terminal ileitis. Colles fracture, healed.",
    "Chiari I malformation with 7 mm tonsillar descent.",
])
def test_eponyms_and_anatomy_are_left_alone(tagger: NameTagger, text: str) -> None:
    assert tagger.person_spans(text, []) == []


def test_it_never_proposes_a_word_already_inside_a_span(tagger: NameTagger) -> None:
    text = "Staff on tonight: Odile Marchetti, Ptolemy Okonkwo-Reyes."
    spans = [Span(18, 33, "PERSON")]
    assert all(s.start >= 33 or s.end <= 18 for s in tagger.person_spans(text, spans))


_TINY = [
    {"text": "Seen by Dr. Quill today.\nRoster: Amara Lind, Tobias Feld", "phi": [
        {"start": 12, "end": 17, "type": "PERSON"}, {"start": 33, "end": 43, "type": "PERSON"},
        {"start": 45, "end": 56, "type": "PERSON"}]},
    {"text": "Small Baker cyst. CT head: no bleed.\nCall Ines Vahl re: results", "phi": [
        {"start": 42, "end": 51, "type": "PERSON"}]},
]


def test_training_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    train(_TINY, min_count=1).save(first)
    train(_TINY, min_count=1).save(second)
    assert first.read_bytes() == second.read_bytes()
    model = Model.load(first)
    assert model.weights and gzip.decompress(first.read_bytes()).startswith(b"{")


def test_a_missing_weights_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NameTaggerUnavailable, match="name tagger weights"):
        NameTagger.load(tmp_path / "absent.json.gz")
    (tmp_path / "bad.json.gz").write_bytes(gzip.compress(b'{"format": "other"}'))
    with pytest.raises(NameTaggerUnavailable):
        NameTagger.load(tmp_path / "bad.json.gz")


@pytest.mark.parametrize("setting", [None, False, "off"])
def test_the_stage_is_switched_off_in_the_config(setting: object) -> None:
    assert _name_tagger(setting) is None


@pytest.mark.parametrize("setting", [0, 1.5, "high", True])
def test_a_bad_setting_is_refused(setting: object) -> None:
    with pytest.raises(RedactionConfigError, match="name_tagger"):
        _name_tagger(setting)


def test_the_packaged_config_runs_the_tagger(analyzer: PhiAnalyzer) -> None:
    assert isinstance(analyzer._name_tagger, NameTagger)


def test_the_packaged_weights_were_trained_on_the_current_word_lists() -> None:
    """The vocabulary flags are features: editing clinical_terms.yaml or a name list without retraining would
    feed the model flags it never saw."""
    from importlib import resources

    from redaction.learned.features import vocabulary_fingerprint

    packaged = Model.load(resources.files("redaction.learned").joinpath("name_tagger.json.gz"))
    assert packaged.vocabulary == vocabulary_fingerprint(), (
        "the word lists changed since the name tagger was trained: run python bench/train_name_tagger.py")
    logins = Model.load(resources.files("redaction.learned").joinpath("login_tagger.json.gz"))
    assert logins.vocabulary == vocabulary_fingerprint(), (
        "the word lists changed since the login scorer was trained: run python bench/train_login_tagger.py")


def test_a_word_glued_into_a_machine_identifier_is_not_proposed() -> None:
    tagger = NameTagger.load(threshold=0.5)  # the packaged config's threshold
    text = "Connected: 10.1.2.3:104  AE_TITLE ZORA_RAD1  viewer https://x.example/v opened and then closed"
    assert not any(text[s.start:s.end] == "ZORA" for s in tagger.person_spans(text, []))
