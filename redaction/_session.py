"""One request's pseudonymization: surrogates in, originals back out, and the map between them."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Callable
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig

from redaction._analyzer import PhiAnalyzer
from redaction._spans import PHI_TYPES
from redaction._surrogates import SurrogateFactory

_NAME_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CHARACTER_TYPES = {"MRN", "ACCESSION", "SSN", "PHONE", "HEALTH_PLAN_ID", "ACCOUNT_ID", "DEVICE_SERIAL",
                    "ZIP", "IP_ADDRESS"}


class RedactionSession:
    """Holds the surrogate map for one request; it never leaves the process."""

    def __init__(self, analyzer: PhiAnalyzer, anonymizer: AnonymizerEngine, *, style: str = "realistic",
                 key: bytes | None = None, scope: str | None = None) -> None:
        """``key`` (a secret) makes surrogates and the date shift the same in every request with the same
        ``scope`` (e.g. a patient identifier); without it they are random per request."""
        self._analyzer = analyzer
        self._anonymizer = anonymizer
        self._style = style
        if key is None:
            seed = secrets.token_bytes(32)
            # One offset per request, at least a month either way, so intervals between dates survive.
            shift_days = secrets.choice([-1, 1]) * (30 + secrets.randbelow(335))
            shift_minutes = secrets.randbelow(600) + 17
        else:
            seed = hmac.new(key, b"radgate-surrogates\x00" + (scope or "").encode(), hashlib.sha256).digest()
            draw = int.from_bytes(hmac.new(seed, b"date-shift", hashlib.sha256).digest()[:8], "big")
            shift_days = (-1 if draw & 1 else 1) * (30 + (draw >> 1) % 335)
            shift_minutes = (draw >> 20) % 600 + 17
        self._shift_days, self._shift_minutes = shift_days, shift_minutes
        self._factory = SurrogateFactory(seed, shift_days, shift_minutes)
        self._forward: dict[tuple[str, str], str] = {}
        self._reverse: dict[str, str] = {}  # surrogate -> original (exact strings)
        self._tokens: dict[str, str] = {}  # original name token (lower) -> surrogate token (lower)
        self._token_reverse: dict[str, str] = {}  # surrogate token (lower) -> original token (lower)
        self._tag_counts: Counter[str] = Counter()
        # Every original value seen so far (lower case, 4+ characters): no surrogate may contain one, or the model
        # would see a real value inside a fake one (a random 8-digit MRN surrogate holding the patient's ZIP).
        self._originals: set[str] = set()
        self.found: Counter[str] = Counter()
        self._operators = {kind: OperatorConfig("custom", {"lambda": self._replacer(kind)}) for kind in PHI_TYPES}

    # -- inbound --------------------------------------------------------------------------------
    def redact(self, text: str) -> str:
        """Replace every PHI span in ``text`` with its surrogate."""
        return self.substitute(text, self.analyze(text))

    def analyze(self, text: str) -> list:
        """Find ``text``'s PHI spans and remember their values (so no surrogate drawn later contains one).
        Analysing every text of a request before substituting any keeps that true across messages."""
        spans = self._analyzer.analyze(text) if text else []
        for span in spans:
            self.found[span.entity_type] += 1
            if span.end - span.start >= 4:
                self._originals.add(text[span.start:span.end].lower())
        return spans

    def substitute(self, text: str, spans: list) -> str:
        """``text`` with the given spans (from ``analyze``) replaced by their surrogates."""
        if not spans:
            return text
        results = [RecognizerResult(s.entity_type, s.start, s.end, s.score) for s in spans]
        return self._anonymizer.anonymize(text, results, self._operators).text

    def _replacer(self, kind: str) -> Callable[[str], str]:
        return lambda original: self._surrogate(kind, original)

    def _surrogate(self, kind: str, original: str) -> str:
        cached = self._forward.get((kind, original))
        if cached is not None:
            return cached
        if self._style == "tags":
            self._tag_counts[kind] += 1
            surrogate = f"[{kind}-{self._tag_counts[kind]}]"
        else:
            surrogate = self._realistic(kind, original)
            salt = 0
            # Two originals must never share a surrogate, or re-identification would restore the wrong one; and
            # no surrogate may carry a real value of this request inside it.
            while self._unusable(surrogate, original) and salt < 50:
                salt += 1
                surrogate = self._realistic(kind, original, salt=salt)
            if self._unusable(surrogate, original):
                surrogate = self._tag(kind)
        self._forward[(kind, original)] = surrogate
        self._reverse.setdefault(surrogate, original)
        return surrogate

    def _unusable(self, surrogate: str, original: str) -> bool:
        if surrogate in self._reverse and self._reverse[surrogate] != original:
            return True
        lowered = surrogate.lower()
        return any(value in lowered for value in self._originals)

    def _realistic(self, kind: str, original: str, *, salt: int = 0) -> str:
        f = self._factory
        if kind == "PERSON":
            return self._name(original) if not salt else self._tag(kind)
        value = original if not salt else f"{original}\x00{salt}"
        if kind in _CHARACTER_TYPES:
            surrogate = f.characters(kind, value)[:len(original)] if salt else f.characters(kind, original)
            return surrogate if surrogate != original else f.characters(kind + "'", original)
        if kind == "DATE_TIME":
            return (f.date_or_time(original) if not salt else None) or self._tag(kind)
        if kind == "AGE_OVER_89":
            return "90+" if not salt else self._tag(kind)
        if kind == "EMAIL":
            return f.email(value)
        if kind == "URL":
            return f.url(value)
        if kind == "CITY":
            return f.city(value)
        if kind == "FACILITY":
            return f.facility(value)
        if kind == "STREET_ADDRESS":
            return f.street(value)
        return self._tag(kind)

    def _tag(self, kind: str) -> str:
        self._tag_counts[kind] += 1
        return f"[{kind}-{self._tag_counts[kind]}]"

    def _name(self, original: str) -> str:
        tokens = list(_NAME_TOKEN.finditer(original))
        comma = original.find(",")
        out, last = [], 0
        for i, match in enumerate(tokens):
            token = match.group(0)
            family = (match.start() < comma) if comma >= 0 else (i == len(tokens) - 1)
            out.append(original[last:match.start()])
            out.append(self._name_token(token, family=family))
            last = match.end()
        out.append(original[last:])
        return "".join(out)

    def _name_token(self, token: str, *, family: bool) -> str:
        key = token.lower()
        if len(token.rstrip(".")) == 1:
            return token  # an initial identifies no one on its own
        surrogate = self._tokens.get(key)
        if surrogate is None:
            candidate = self._factory.name_token(key, given=not family).lower()
            salt = 0
            while candidate in self._token_reverse or candidate == key:
                salt += 1
                candidate = self._factory.name_token(f"{key}#{salt}", given=not family).lower()
            self._tokens[key], self._token_reverse[candidate] = candidate, key
            surrogate = candidate
        return _recase(surrogate, token)

    # -- outbound -------------------------------------------------------------------------------
    def reidentify(self, text: str) -> str:
        """Put the real values back wherever the model repeated a surrogate."""
        pattern = self._pattern()
        return pattern.sub(self._restore, text) if pattern is not None and text else text

    def _pattern(self) -> re.Pattern | None:
        exact = sorted(self._reverse, key=len, reverse=True)
        tokens = sorted(self._token_reverse, key=len, reverse=True)
        if not exact and not tokens:
            return None
        alternatives = [re.escape(s) for s in exact] + [rf"\b{re.escape(t)}\b" for t in tokens]
        return re.compile("|".join(alternatives), re.IGNORECASE)

    def _restore(self, match: re.Match) -> str:
        found = match.group(0)
        if found in self._reverse:
            return self._reverse[found]
        original = self._token_reverse.get(found.lower())
        return _recase(original, found) if original else found

    def surrogate_map(self) -> dict[str, Any]:
        """What the model saw for what (for the sealed audit record): JSON-able, holds PHI."""
        return {"surrogates": dict(self._reverse),
                "name_tokens": dict(self._token_reverse),
                "date_shift_days": self._shift_days,
                "time_shift_minutes": self._shift_minutes}

    def identifiers(self) -> dict[str, list[str]]:
        """Patient-identifying originals found, by blind-index kind (mrn, accession, name): for the audit
        record's keyed index. Holds PHI: never log it or keep it in clear."""
        kinds = {"MRN": "mrn", "ACCESSION": "accession", "PERSON": "name"}
        found: dict[str, list[str]] = {}
        for kind, original in self._forward:
            if kind in kinds:
                found.setdefault(kinds[kind], []).append(original)
        return found

    @property
    def surrogates(self) -> list[str]:
        """Every surrogate string handed to the model (exact values and name tokens)."""
        return list(self._reverse) + list(self._token_reverse)

    def unexpected_phi(self, output: str) -> Counter[str]:
        """PHI types in model output that RadGate did not put there (invented or leaked identifiers)."""
        ours = [s.lower() for s in self.surrogates]
        found: Counter[str] = Counter()
        for span in self._analyzer.analyze(output):
            text = output[span.start:span.end].lower()
            if any(text in s or s in text for s in ours):
                continue
            found[span.entity_type] += 1
        return found


def _recase(value: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return value.upper()
    if like[:1].isupper():
        return value[:1].upper() + value[1:]
    return value
