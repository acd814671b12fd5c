"""Names after the salutations and courtesy titles of other languages, as patient letters and portal replies
write them: ``Estimado/a Demetrius:``, ``Estimada Sra. Ng:``, ``Sehr geehrte Frau Dr. Weiss,``, ``Geachte
mevrouw Bakker,``, ``Chère Madame Roux,``, ``Kære Jens,``; and a name after a title of those languages
anywhere (``la Sra. Ng llamó``, ``Herr Vogel``, ``Mevr. Jansen``).

The text is read folded (accents dropped), so "Chère" is "Chere" and "Kære" is "Kare" here.
"""

from __future__ import annotations

from redaction._denylist import clinical_words, not_name_words
from redaction.recognizers.names import _NameRecognizer

_SALUTE = (r"(?:Estimad[oa](?:/[ao])?|Querid[oa](?:/[ao])?|Prezad[oa](?:/[ao])?|Apreciad[oa](?:/[ao])?|"
           r"Distinguid[oa](?:/[ao])?|Hola|Buenos[ \t]+dias|Buenas[ \t]+tardes|Ola|Cher|Chere|Bonjour|Caro|Cara|"
           r"Gentile|Gentilissim[oa]|Egregi[oa]|Liebe|Lieber|Hallo|Sehr[ \t]+geehrter?|Guten[ \t]+Tag|Beste|"
           r"Geachte|Hej|Hei|Kare|Kaere|Bom[ \t]+dia)")
# courtesy titles (any case after a salutation: "Geachte mevrouw Bakker")
_TITLE = (r"(?:Sra|Srta|Sr|Dra|Dr|Dna|Dona|Don|Frau|Herr|Hr|Fr|Mevrouw|Mevr|Heer|Dhr|Meneer|Madame|Monsieur|Mme|"
          r"Mlle|M|Signora|Signor|Sig\.ra|Sig|Senhora|Senhor|Fru|Herra|Rouva|Prof)\.?(?:[ \t]+(?:Dr|Prof)\.?)?"
          r"(?:[ \t]+med\.)?")
_NAME_WORD = r"(?:[A-Z]['’])?[A-Z][a-z'’]*[a-z](?:-[A-Z][a-z'’]+)?"
_NAME_RUN = rf"{_NAME_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{_NAME_WORD}){{0,2}}|(?:Ng|Ly|Le|Do|Vo|Wu|Yu|Li|Lu|Ho|Ha)"
# words a salutation addresses that are not a name: "Liebe Kolleginnen", "Sehr geehrte Damen und Herren"
_NOT_ADDRESSEE = frozenset("""kollege kollegin kollegen kolleginnen collega colleghi collega's collegae colleague
colleagues damen herren dames heren team equipo equipe familie family familia doctor doctora doctores doktor
paciente pacientes patient patiente patientin patienten patienter patiente todos todas alle allen allemaal tutti
madame monsieur mesdames messieurs senor senora senores senoras sr sra dr dra herr frau heer mevrouw radiologi
radiologie rontgen afdeling afdelingen avdelning avdelningen kollega kollegor kolleger gruse grusen grusse grussen
gruesse gruessen groeten groet hilsen halsningar saludos wensen wishes regards""".split())  # "Beste Grüße," closes


class ForeignGreetingNameRecognizer(_NameRecognizer):
    """The addressee after a salutation of another language, with or without a courtesy title."""

    SCORE = 0.9
    PATTERNS = (rf"\b{_SALUTE}[ \t]+(?:(?i:{_TITLE})[ \t]+)?(?P<phi>{_NAME_RUN})[ \t]*(?=[,!:;\n]|$)",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _addressee(text[start:end]) and super().keep(text, start, end)


class ForeignTitledNameRecognizer(_NameRecognizer):
    """A name after a courtesy title of another language that is never anything else (not "Sr", "M", "Fr")."""

    SCORE = 0.9
    PATTERNS = (r"\b(?:Sra|Srta|Dra|Dna|Frau|Herr|Mevrouw|Mevr|Dhr|Meneer|Madame|Monsieur|Mme|Mlle|Signora|"
                r"Sig\.ra|Senhora|Senhor)\.?(?:[ \t]+(?:Dr|Prof)\.?)?(?:[ \t]+med\.)?[ \t]+"
                rf"(?P<phi>{_NAME_RUN})(?![A-Za-z'’-])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return _addressee(text[start:end]) and super().keep(text, start, end)


def _addressee(span: str) -> bool:
    words = [w.lower().strip(".'’") for w in span.split() if len(w.strip(".")) > 1]
    return bool(words) and not any(w in _NOT_ADDRESSEE or w in not_name_words() or w in clinical_words()
                                   for w in words)
