"""Street addresses, cities with their state, ZIP codes and healthcare facility names."""

from __future__ import annotations

from redaction._denylist import department_words, is_clinical
from redaction.recognizers._base import RegexRecognizer

_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
           "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_STATE_NAMES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
                "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
                "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
                "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
                "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
                "West Virginia|Wisconsin|Wyoming")
_WORD = r"[A-Z][a-z'’.-]+"
_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|"
           r"Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Trl|Square|Sq|Row|Loop|Pike|Alley|Plaza)")


# The last word of a facility name, before ", City" or " in City".
_FACILITY_END = (r"(?:Hospital|Infirmary|Clinic|Center|Centre|Imaging|Radiology|Institute|Health|Healthcare|"
                 r"Medical|Memorial|Associates|Group|Partners|Care|Home|System|Pavilion|Campus|Hospice|"
                 r"Practice|Diagnostics)")


class StreetAddressRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    SCORE = 0.9
    PATTERNS = (
        rf"\b\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:{_WORD}\s+){{1,3}}{_SUFFIX}\.?"
        rf"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\.?\s*#?\w+)?",
        r"\b(?:P\.?\s?O\.?\s+Box|PO\s+Box)\s+\d+\b",
    )


class CityStateRecognizer(RegexRecognizer):
    """A city is recognised by the state that follows it ("Springfield, IL 62704")."""

    ENTITY = "CITY"
    SCORE = 0.9
    PATTERNS = (rf"\b(?P<phi>{_WORD}(?:\s+{_WORD}){{0,2}}),\s+(?:{_STATES}|{_STATE_NAMES})\b(?![a-z])",
                # no comma, but a ZIP code after the state: "Evanston IL 60201"
                rf"\b(?P<phi>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+(?:{_STATES})[ \t]+\d{{5}}(?:-\d{{4}})?\b",
                r"\b(?:City|Town|Hometown|Residence|(?i:resides|residing|lives|living|lived|home|born|moved|"
                r"relocated|visiting|native)(?:\s+(?i:in|to|from|of))?)\s*:?\s*"
                r"(?P<phi>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})",
                # the town after a facility's name: "Good Shepherd Hospital, Oakdale" / "... Clinic in Oakdale"
                rf"(?m)\b{_FACILITY_END}(?:,[ \t]+|[ \t]+in[ \t]+)(?P<phi>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
                rf"(?=[ \t]*(?:$|[.;)(\]]|,[ \t]+(?:{_STATES}|{_STATE_NAMES})\b|,?[ \t]+\d{{5}}))")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in ".'’-":
            end -= 1  # "Boston." at a sentence end
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        return not is_clinical(text[start:end], text[end:end + 40])


class ZipRecognizer(RegexRecognizer):
    ENTITY = "ZIP"
    SCORE = 0.9
    PATTERNS = (rf"\b(?:{_STATES}|{_STATE_NAMES})\s+(?P<phi>\d{{5}}(?:-\d{{4}})?)\b",
                r"\b(?:ZIP|Zip|zip)(?:\s*code)?\s*:?\s*(?P<phi>\d{5}(?:-\d{4})?)\b")


class FacilityRecognizer(RegexRecognizer):
    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        r"\b(?:(?:St\.?|Saint|Mount|Mt\.?)\s+)?(?:[A-Z][A-Za-z'’.&-]+\s+){1,4}"
        r"(?:Hospital|Medical\s+Center|Medical\s+Centre|Health\s+Center|Health\s+System|Healthcare|Clinic|"
        r"Imaging\s+Center|Radiology\s+(?:Associates|Group|Partners)|Infirmary|Cancer\s+(?:Center|Institute)|"
        r"Surgery\s+Center|Urgent\s+Care|Nursing\s+Home|Rehabilitation\s+Center|Rehab|Care\s+Center|"
        r"Medical\s+Group|Memorial|Outpatient\s+Radiology|Diagnostic\s+Imaging|Breast\s+Center|"
        r"Women's\s+Imaging|Women’s\s+Imaging|Imaging|Radiology|Center|Centre|Institute|Hospice|Pavilion|"
        r"Diagnostics|Polyclinic|Sanatorium)\b",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        # "Interventional Radiology", "Nuclear Medicine Center" are departments, not places.
        words = [w.lower() for w in text[start:end].split()[:-1]]
        return any(w not in department_words() for w in words)
