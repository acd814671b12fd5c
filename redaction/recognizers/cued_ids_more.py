"""Identifiers and initials written with a cue the other patterns do not read (round 11d).

* URLs with a non-web scheme ("dicom://10.0.0.5:104/AET", "sftp://...") and bare host names carrying a path
  ("portal.example.org/s/ab12cd");
* the last four digits of an SSN under a label that says so ("SSN (last 4 only): 1234", "SSN last four: 1234")
  or a sentence that says so ("my SSN ends in 1234");
* a Quebec-style health card ("RAMQ ABCD 1234 5678", "numéro d'assurance maladie c'est ABCD 1234 5678") and a
  member ID given as the answer on the next turn of a transcript ("Member ID, please?\\nB: It's AB 1234 5678");
* a patient's or a staff member's initials after a field label ("Pt: J.K.", "abstractor J.K.") and an agent
  named by a given name and an initial ("agent Maria T.");
* an accession number read out character by character after its cue ("accession is 2 4 C T 7 5 8 9 3").
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer

_UP = r"[A-ZÀ-Þ]"


class SchemeUrlRecognizer(RegexRecognizer):
    ENTITY = "URL"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?:dicom|dicomweb|wado|sftp|ftps|smb|nfs|hl7|mllp|pacs)://[^\s<>\"')\]]+[^\s<>\"').,;:\]]",
        # a bare host name with a path: "results.example.org/s/ab12"
        (r"(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|example|health|io|us|ca|uk)"
        r"(?:\.[a-z]{2,7})?/[\w.~%?=&/-]*[\w/]"),
    )


class LastFourSsnRecognizer(RegexRecognizer):
    ENTITY = "SSN"
    SCORE = 0.85
    PATTERNS = (
        (r"\b(?:SSN|SS#|Social[ \t]Security(?:[ \t](?:No\.?|Number|#))?)[ \t]*\(?(?i:last[ \t](?:4|four)(?:[ \t]only|"
        r"[ \t]digits)?)\)?[ \t]*[:#]?[ \t]*(?:(?:xxx|XXX|\*{3})-?(?:xx|XX|\*\*)-?)?(?P<phi>\d{4})\b"),
        (r"\b(?i:last[ \t](?:4|four)(?:[ \t]digits)?[ \t]of[ \t](?:the[ \t]|her[ \t]|his[ \t]|my[ \t])?)"
        r"(?:SSN|social(?:[ \t]security)?)[ \t]*[:#]?[ \t]*(?:is[ \t])?(?P<phi>\d{4})\b"),
        # "My SSN ends in 1234", "social security number ending with 1234"
        # "SSN on file ending 1234": what holds the number may come between, "in" / "with" may be left out
        (r"\b(?:SSN|SS#|(?i:social[ \t]security(?:[ \t](?:no\.?|number|#))?))(?i:[ \t]+on[ \t]+(?:file|record))?"
        r"[ \t]+(?i:ends|ending)[ \t]+(?:(?i:in|with)[ \t]+)?(?P<phi>\d{4})\b(?![-/.]\d)"),
    )


class HealthCardRecognizer(RegexRecognizer):
    ENTITY = "HEALTH_PLAN_ID"
    SCORE = 0.85
    PATTERNS = (
        # a Quebec health card: four letters and eight digits, after its cue
        (rf"(?:\bRAMQ|assurance[ \t]maladie|carte[ \t]soleil|health[ \t]card)[^\n\d]{{0,24}}?"
        rf"(?P<phi>\b{_UP}{{4}}[ \t]?\d{{4}}[ \t]?\d{{4}})\b"),
        # the answer on the next turn of a transcript to a question for the member or policy number
        (r"\b(?i:member[ \t]ID|member[ \t]number|policy[ \t]number|subscriber[ \t]ID)[^\n?]{0,20}\?[ \t]*\n"
        r"[A-Za-z ]{1,12}:[ \t]*(?:(?i:it's|it[ \t]is|sure|yes|yeah)[,.]?[ \t]*)*"
        r"(?P<phi>[A-Z]{0,4}[ \t]?\d[\d \t-]{4,16}\d)\b"),
    )


class LabelledInitialsRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        # "Pt: J.K.", "abstractor J.K."
        (rf"\b(?:Pt|Patient|Pt[ \t]initials|Initials|abstractor|Abstractor|reviewer|Reviewer)[ \t]*:?[ \t]+"
        rf"(?P<phi>{_UP}\.[ \t]?{_UP}\.)(?![ \t]?{_UP}\.|\w)"),
        # "agent Maria T.", "agent Duc Anh H."
        (rf"\b(?:agent|Agent|scheduler|Scheduler|representative|rep)[ \t]+(?P<phi>{_UP}[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?"
        rf"(?:[ \t]{_UP}[a-zà-ÿ]+)?[ \t]{_UP}\.)(?!\w)"),
    )


class SpelledAccessionRecognizer(RegexRecognizer):
    """"accession is 2 4 C T 7 5 8 9 3", "accession number: 2 5 M R 1 1 0 4 2": an accession read out one
    character at a time (a voicemail transcript), letters and digits each standing alone."""

    ENTITY = "ACCESSION"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:accession)(?:[ \t]+(?i:number|no\.?|num|#))?[ \t]*(?:(?i:is|was)[ \t]+|[:#][ \t]*)"
                r"(?P<phi>[0-9A-Z](?:[ \t,-]{1,2}[0-9A-Z]){4,})(?![\w.]|-\w)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return sum(c.isdigit() for c in text[start:end]) >= 3
