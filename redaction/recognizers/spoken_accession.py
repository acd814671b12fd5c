"""An accession number dictated character by character after the word "accession", letters included:
"accession a two zero two five oh eight one", "accession two five u s nine zero six seven" (speech recognition
writes each letter and digit as a word; the general spoken-digits pattern does not open on a lone "a")."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)"


class SpokenAccessionRecognizer(RegexRecognizer):
    """ACCESSION: the dictated characters after "accession" (up to the next word of two letters or more)."""

    ENTITY = "ACCESSION"
    SCORE = 0.9
    PATTERNS = (rf"\b(?i:accession)(?:[ \t]+(?i:number|no|num))?[ \t]+"
                rf"(?P<phi>(?i:(?:{_DIGIT}|[a-z])(?:[ \t]+(?:{_DIGIT}|[a-z])){{4,}}))\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        words = text[start:end].split()
        return sum(len(w) > 1 or w.isdigit() for w in words) >= 4  # mostly digits, not "a b c d e"
