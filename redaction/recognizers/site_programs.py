"""Sites named by a program, a department letterhead or a practice name of another language (round 12b):

* a screening or follow-up program named for its place: ``Lantern Bay Lung Screening Program``, ``Harrow
  Breast Screening Programme``, ``Elm Row Incidental Findings Program``;
* a department as a letterhead, alone on its line: ``Ashcombe Radiology Department`` (a department with no
  place name, "Interventional Radiology Department", is not a site);
* German, Dutch and Nordic practice and hospital names: ``Radiologische Praxis am Rheinufer``, ``Praxis fur
  Radiologie Dr. Weiss``, ``Sahlgrenska-Nord sjukhuset``, ``Ziekenhuis Rijnstate``, ``Odense Sygehus``.

The text is read folded (accents dropped): "Röntgen" is "Rontgen", "für" is "fur".
"""

from __future__ import annotations

import re

from redaction._denylist import PLACE_AND_DATE_WORDS, clinical_words, department_words, not_name_words
from redaction.recognizers._base import RegexRecognizer

_CAP = r"[A-Z][A-Za-z'’.-]+"
# a place name of one to four capitalised words, "of the" and "&" allowed inside ("Holy Redeemer of the Plains")
_PLACE = rf"{_CAP}(?:[ \t](?:(?:of|of[ \t]the|and|&|at|on)[ \t])?{_CAP}){{0,4}}"
_SCREENED = (r"(?:Lung|Breast|Cancer|Colorectal|Colon|Cervical|Prostate|Skin|Liver|Aortic|AAA|Bone[ \t]Density|"
             r"Mammography|Nodule|Incidental[ \t]Findings?|Low[ \t]Dose[ \t]CT)")
_PROGRAM = (rf"{_SCREENED}(?:[ \t](?:Cancer|Nodule))?(?:[ \t](?:Screening|Surveillance|Follow-up|Navigation|Imaging|"
            r"Health))?[ \t](?:Program|Programme|PROGRAM|PROGRAMME)")
_DEPARTMENT = (r"(?:Radiology|Imaging|Diagnostic[ \t]Imaging|Medical[ \t]Imaging|X-Ray|Nuclear[ \t]Medicine|Radiography)"
               r"[ \t](?:Department|Dept\.?|Service|Services|Unit|Division|Section)")
_UCAP = r"[A-Z][a-z'’-]+"
# words that open a sentence or name a kind of place, never part of the place's own name
_LEADING = frozenset("the a an our your their this that from at to in via and or by with for of per please contact "
                     "call see".split())


class ProgramSiteRecognizer(RegexRecognizer):
    """A program or a letterhead department named for its place, and practices of other languages."""

    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        rf"\b(?P<phi>{_PLACE}[ \t]{_PROGRAM})\b",
        # a department letterhead: alone on its line (or before a separator)
        rf"(?m)^[ \t]*(?P<phi>{_PLACE}[ \t]{_DEPARTMENT})[ \t]*(?=$|[|,–-])",
        # German practices: "Radiologische Praxis am Rheinufer", "Radiologie am Markt", "Praxis fur Radiologie X"
        (r"\b(?:(?:Radiologische|Nuklearmedizinische|Radiologisches)[ \t](?:Gemeinschaftspraxis|Praxis|Zentrum|"
         r"Institut|Klinik|Versorgungszentrum)|Radiologie|Rontgenpraxis|Rontgeninstitut)"
         rf"[ \t](?:am|an[ \t]der|im|in[ \t]der|beim|zum|zur)[ \t]{_UCAP}(?:[ \t]{_UCAP})?"),
        rf"\b(?:Gemeinschafts)?[Pp]raxis[ \t]fur[ \t](?:Radiologie|Nuklearmedizin)(?:[ \t]und[ \t]{_UCAP})?"
        rf"(?:[ \t](?:am|an[ \t]der|im|in[ \t]der)[ \t]{_UCAP}|[ \t]Dr\.[ \t](?:med\.[ \t])?{_UCAP})",
        # Nordic and Dutch hospitals: "<Name> sjukhuset", "<Name> Sygehus", "Ziekenhuis <Name>"
        (rf"\b{_UCAP}(?:[- ]{_UCAP})?[ \t](?:(?:[Uu]niversitets)?[Ss]jukhus(?:et)?|[Ss]ygehus(?:et)?|"
         r"[Ss]ykehus(?:et)?|[Ss]airaala|[Kk]eskussairaala|[Ll]asarett(?:et)?|[Zz]iekenhuis)\b"),
        rf"\b(?:Ziekenhuis|Sjukhuset|Sygehus|Sykehuset)[ \t](?!(?i:de|het|van|voor|in|i|pa|og|och)\b){_UCAP}"
        rf"(?:[ \t]{_UCAP})?",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while True:  # leading words that are no part of a name: "Please contact the ...", "The ..."
            space = text.find(" ", start, end)
            if space < 0 or text[start:space].lower() not in _LEADING:
                return start, end
            start = space + 1

    def keep(self, text: str, start: int, end: int) -> bool:
        words = [w.lower().strip(".'’") for w in re.findall(r"[A-Za-z'’.-]+", text[start:end])]
        return any(w not in clinical_words() and w not in department_words() and w not in not_name_words()
                   and w not in PLACE_AND_DATE_WORDS and w not in _LEADING and w not in _KIND_WORDS for w in words)


# the head words of the patterns themselves: a name needs a word besides them
_KIND_WORDS = frozenset("""lung breast cancer colorectal colon cervical prostate skin liver aortic aaa bone density
mammography nodule incidental finding findings low dose ct screening surveillance follow-up navigation imaging health
program programme department dept service services unit division section radiology diagnostic medical x-ray nuclear
medicine radiography radiologische nuklearmedizinische radiologisches gemeinschaftspraxis praxis zentrum institut
klinik versorgungszentrum radiologie rontgenpraxis rontgeninstitut am an der im in beim zum zur fur und dr med
universitetssjukhuset universitetssjukhus sjukhus sjukhuset sygehus sygehuset sykehus sykehuset sairaala
keskussairaala lasarett lasarettet ziekenhuis of the and & at on""".split())
