"""National numbers in their own layouts, found after their label.

- the Indian Aadhaar number, twelve digits in groups of four: "Aadhaar : 2345 6789 0123", "UID no. 2345-6789-0123"
  (the label makes it one, whatever its first digit: "Aadhaar: 0418 ..." is masked although no valid one opens on 0)
- a Nordic telephone number, the area code joined by a dash and the rest in pairs: "Telefon: 031-712 40 55",
  "Tlf. 08-55 66 77"
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class AadhaarRecognizer(RegexRecognizer):
    ENTITY = "SSN"
    SCORE = 0.9
    PATTERNS = (r"\b(?i:aadhaar|aadhar|UIDAI|UID)(?:[ \t]+(?i:no\.?|number|#|card))?[ \t]*[:#.-]?[ \t]*"
                r"(?P<phi>\d{4}[ \t-]?\d{4}[ \t-]?\d{4})(?![\d-])",)


class NordicPhoneRecognizer(RegexRecognizer):
    ENTITY = "PHONE"
    SCORE = 0.85
    PATTERNS = (r"\b(?i:telefon|tel|tlf|tfn|puh|mobil|mobiltelefon|telefoon|phone)\.?(?:[ \t]*(?i:nr|no)\.?)?"
                r"[ \t]*:?[ \t]*(?P<phi>0\d{1,3}-\d{2,3}(?:[ \t]\d{2,3}){1,3})(?![\d-])",)
