"""A recognizer that fails, to prove the proxy fails closed when the analyzer does."""

from presidio_analyzer import EntityRecognizer


class ExplodingRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"])

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001, ANN201
        raise RuntimeError(f"analyzer crashed on {text}")  # the message carries the text: must not leak
