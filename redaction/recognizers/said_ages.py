"""Ages over 89 said as "a hundred and four" (round 42, tuner B): ``spoken_forms`` reads "ninety-two" and "one
hundred"; a speaker also says "a hundred", with "and" and the units after it."""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class HundredAgeRecognizer(RegexRecognizer):
    """"she's a hundred and four", "he is a hundred", "aged a hundred and two": the article and number."""

    ENTITY = "AGE_OVER_89"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?i:she['’]s|he['’]s|i['’]m|she[ \t]is|he[ \t]is|i[ \t]am|aged?|turned|turns)[ \t]+"
         r"(?P<phi>(?i:a|one)[ \t]+(?i:hundred)(?:[ \t]+(?i:and))?(?:[ \t-]+(?i:one|two|three|four|five|six|seven|"
         r"eight|nine|ten|eleven|twelve))?)\b"
         r"(?![ \t-]*(?i:percent|per|degrees?|mg|ml|minutes?|seconds?|days?|hours?|cm|mm|pounds?|lbs?|kg|beats|"
         r"times|dollars|%))"),
    )
