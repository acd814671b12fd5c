"""Street addresses, cities with their state, ZIP codes and healthcare facility names."""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words, department_words, is_clinical, not_name_words
from redaction._not_patient import after_plan_id, names_a_payer, payer_box, payer_box_town
from redaction._site_tails import (
    department_after,
    department_tail,
    follows_site_name,
    home_service,
    names_department,
)
from redaction._vocabulary import is_common_word
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
_CAPS_WORD = r"[A-Z][A-Z'’.-]+"
_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|"
           r"Pkwy|Highway|Hwy|Circle|Cir|Terrace|Ter|Trail|Trl|Square|Sq|Row|Loop|Pike|Alley|Plaza|Crescent|Cres|"
           r"Close|Run|Path|Walk|Bend|Crossing|Xing|Point|Pt|Ridge|Hollow|Heights|Hts|Expressway|Expy|Freeway|Fwy|"
           r"Turnpike|Tpke|Commons|Green|Grove|Mews|Landing|Cove|Glen|Knoll|Meadow|Meadows|Park|Pass|Hill|Parade|"
           r"Esplanade|Promenade|Quay|Wharf|Gardens|Gate|Rise|Vale|View|Estate|Causeway|Circuit|Crest|Chase|Spur|"
           r"Trace|Manor|Harbor|Harbour|Junction|Jct|Summit|Wynd|Strand|Broadway|Bypass|Byway|Lanes|Ways|"
           # Commonwealth abbreviations: Parade, Terrace, Gardens, Esplanade, Circuit
           r"Pde|Tce|Gdns|Esp|Cct)")
# a street in any case ("531 Saltbox Circle", "531 SALTBOX CIRCLE", "219 W 3rd Street", "12 Old Mill Rd.")
_STREET_WORD = r"(?:[A-Z][A-Za-z'’.-]+|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"
# numbered roads: "Route 9W", "County Road 12", "State Hwy 44", "RR 2", "Rural Route 3"
_NUMBERED = (r"(?i:(?:County|State|US|U\.S\.|Interstate|Farm\s+to\s+Market|FM)\s+)?(?i:Route|Rte|Road|Rd|Highway|"
             r"Hwy|Hiway|Rural\s+Route|RR|Star\s+Route|HC)\s+\d{1,4}[A-Z]?\b(?![.,]\d)")
_UNIT_WORD = (r"(?i:Apt|Apartment|Flat|Suite|Ste|Unit|Fl|Floor|Rm|Room|Lot|Bldg|Building|Space|Spc|Trlr|Trailer|"
              r"Box|Dept)")
_UNIT = (r"(?:,?[ \t]+(?i:Apt|Apartment|Flat|Suite|Ste|Unit|Fl|Floor|Rm|Room|Lot|Bldg|Building|Space|Spc|Trlr|Trailer|"
         r"Box|Dept|#)\.?[ \t]*#?[ \t]*[\w-]+)?")


# The last word of a facility name, before ", City" or " in City".
_FACILITY_END = (r"(?:Hospital|Infirmary|Clinic|Center|Centre|Imaging|Radiology|Institute|Health|Healthcare|Regional|"
                 r"Medical|Memorial|Associates|Group|Partners|Care|Home|System|Pavilion|Campus|Hospice|"
                 r"Practice|Diagnostics|Vascular)")


class StreetAddressRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    SCORE = 0.9
    PATTERNS = (
        rf"\b\d{{1,6}}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:{_WORD}[ \t]+){{1,5}}{_SUFFIX}\.?"
        rf"(?:,?[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Rm|Room|#)\.?[ \t]*#?\w+)?",
        # any case, ordinals, a direction and unit words: "219 W 3rd Street Suite 110", "53 COUNTY ROAD 12"
        rf"\b\d{{1,6}}[A-Z]?[ \t]+(?:(?i:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ \t]+)?"
        rf"(?:(?:{_STREET_WORD}[ \t]+){{1,5}}(?i:{_SUFFIX})\b\.?(?:[ \t]+\d{{1,4}}[A-Z]?\b)?|{_NUMBERED})"
        rf"(?:[ \t]+(?i:[NSEW]|North|South|East|West|NE|NW|SE|SW)\b\.?)?{_UNIT}",
        r"\b(?i:P\.?\s?O\.?\s*Box|PO\s*Box|Post\s+Office\s+Box|Box)\s+\d+\b",
        # the unit written before the street: "Apt 4B, 123 Quarry Hill Rd"
        r"\b(?i:Apt|Apartment|Unit|Suite|Ste|Flat)\.?[ \t]*#?[ \t]*\w{1,5}(?=,?[ \t]+\d{1,6}[ \t]+[A-Z])",
        # the street type first, as in French, Spanish, Italian and Portuguese: "12 Rue Dauphine", "9 Via del Sol"
        rf"\b\d{{1,6}}[A-Z]?[ \t]+(?:Rue|Via|Calle|Avenida|Av\.|Avenue|Camino|Paseo|Rua|Strada|Viale|Piazza|Place|"
        rf"Chemin|Boulevard|Carrera|Plaza|Avenue|Allee|Allée|Strada|Corso|Largo|Travessa|Carrer|Passeig|Ronda|Calzada|"
        rf"Impasse|Quai|Cours|Route|Rte)[ \t]+"
        rf"(?:(?:de|del|de la|des|du|da|do|di|della|delle|dei|degli|le|la|el|los|las|"
        rf"l['’]|d['’])[ \t]*){{0,2}}"
        rf"(?!{_UNIT_WORD}\b)[A-Z][A-Za-z'’-]+(?:[ \t]+(?!{_UNIT_WORD}\b)[A-Z][A-Za-z'’-]+)?{_UNIT}",
        r"\b(?i:Rural\s+Route|RR|Star\s+Route|HC|General\s+Delivery)\s+\d{1,4}(?:,?\s+(?i:Box)\s+\d+)?\b(?![.,]\d)",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        # "lives at 622 Old Mill Road.": the full stop after a whole street word ends the sentence ("Rd." keeps it)
        if end - start > 5 and text[end - 1] == "." and _WHOLE_WORD_STOP.search(text, start, end) \
                and (end == len(text) or text[end].isspace()):
            return start, end - 1
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        if _SITE_BEFORE.search(text, max(0, start - 6), start):
            return False  # "Protocol RX-1 Site 112 Mercy Vale Clinic": a trial site's number, then its name
        # "2 Box" / "Box 3" in a report are ordinary words; a street needs its number and a name or route.
        # A run of spaces or a tab is a column gap: "9255  T. Nguyen  CT" is three table cells, not a street.
        span = text[start:end]
        if _CLOCK_BEFORE.search(text, max(0, start - 3), start) or _MERIDIEM_FIRST.match(span):
            return False  # "at 11:03 AM. CT guidance": the minutes of a clock time, then "AM", are no street
        if payer_box(text, start, end):
            return False  # "... Health Plan  Appeals Unit  PO Box 4410": the payer's address, not the patient's
        if _ACRONYM_THEN_WORD.fullmatch(span):
            return False  # "the 3D SPGR run": a sequence's acronym, then a plain word, is no "SPGR Run"
        return not _NOT_STREET.fullmatch(span) and not _COLUMN_GAP.search(span)


_COLUMN_GAP = re.compile(r"[ ]{2,}|\t")
_WHOLE_WORD_STOP = re.compile(r"[A-Za-z][a-z]{3}\.\Z")
_SITE_BEFORE = re.compile(r"\b(?:Site|SITE)[ \t]+\Z")
_CLOCK_BEFORE = re.compile(r"\d[:.]\Z")
_MERIDIEM_FIRST = re.compile(r"\d+[ \t]+(?i:a\.?m|p\.?m)\b")
_ACRONYM_THEN_WORD = re.compile(r"\d{1,6}[A-Z]?[ \t]+(?:[A-Z0-9]{2,}[ \t]+){1,5}[a-z]+\.?")
_NOT_STREET = re.compile(r"(?i)box\s+\d+|\d+\s+box")


class CityStateRecognizer(RegexRecognizer):
    """A city is recognised by the state that follows it ("Springfield, IL 62704")."""

    ENTITY = "CITY"
    SCORE = 0.9
    # ("Ada Quill, PA-C" is a physician assistant, not Pennsylvania)
    # (an iCalendar LOCATION escapes its commas: "Salem\\, OR 97338")
    PATTERNS = (rf"\b(?P<phi>{_WORD}(?:[ \t]+{_WORD}){{0,2}})\\?,[ \t]+(?:{_STATES}|{_STATE_NAMES})"
                r"\b(?![a-z]|-[A-Z]\b)",
                # no comma, but a ZIP code after the state: "Evanston IL 60201"
                # (or a form's slashes between the three: "City/State/ZIP .... Elm Falls / OH / 44101")
                rf"\b(?P<phi>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?:[ \t]+|[ \t]*/[ \t]*)(?:{_STATES})"
                rf"(?:[ \t]+|[ \t]*/[ \t]*)\d{{5}}(?:-\d{{4}})?\b",
                # all capitals ("MILLBROOK FALLS, PA 16825"): only with the ZIP code, so "CHEST, PA" is no town
                rf"\b(?P<phi>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,2}})\\?,?[ \t]+(?:{_STATES})"
                r"[ \t]+\d{5}(?:-\d{4})?\b",
                # ("Residence Inn", "Residence Hall" are a hotel's and a dormitory's name, not a town after a label)
                r"\b(?:City|Town|Hometown|Residence(?![ \t]+(?:Inn|Hall|Hotel|Suites|Lodge)\b)|"
                r"(?:city|town|hometown)(?=\s*:)|"
                r"(?i:resides|residing|lives|living|lived|home|born|moved|"
                r"relocated|visiting|native)(?:\s+(?i:in|to|from|of))?)\s*:?\s*"
                r"(?P<phi>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2})",  # one line: "City: Oxbow\nImplant" is no town
                # a patient's home town in a history: "a 59-year-old woman from New Hartford admitted with"
                r"\b(?i:year-old|y/o|yo)[ \t]+(?i:woman|man|female|male|boy|girl|patient|lady|gentleman)[ \t]+from[ \t]+"
                r"(?P<phi>(?:St\.|Saint|Ft\.|Mt\.|[A-Z][a-z]+)(?:[ \t-][A-Z][a-z]+){0,2})(?=[ \t]+(?:admitted|who|with|presents|"
                r"presenting|was|is)\b|[,.;])",
                # a claim form's capitals label, up to the column gap or STATE: "CITY: FT. ODRAN   STATE: GA"
                r"(?m)\bCITY[ \t]*:[ \t]*(?P<phi>[A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,3})"
                r"(?=[ \t]{2,}|[ \t]*$|[ \t]+STATE\b)",
                # a site named by its town: "at our Bangor location", "the Oakdale office"
                r"\b(?i:our|the|your)[ \t]+(?P<phi>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+"
                r"(?i:location|office|campus|site|branch|clinic|facility)\b",
                # the town after a facility's name: "Good Shepherd Hospital, Oakdale" / "... Clinic in Oakdale"
                rf"(?m)\b{_FACILITY_END}(?:[ \t]+(?:Pvt|Ltd|Inc|LLC|PLLC|PC|Corp|GmbH|Pty|SA|AG)\.?)*"
                rf"(?:,[ \t]+|[ \t]+in[ \t]+)(?P<phi>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
                # (or a dash before the dates: "Residency: Elm Medical Center, Quincy — 07/01/2016 to ...")
                rf"(?=[ \t]*(?:$|[.;)(\]]|,[ \t]+(?:{_STATES}|{_STATE_NAMES})\b|,?[ \t]+\d{{5}})|[ \t]+[-–—][ \t]+\d)")

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1] in ".'’-":
            end -= 1  # "Boston." at a sentence end
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        if _NOT_A_TOWN.match(text, start, end):
            return False  # "Dr. Roe, MD", "Dictated Ada Roe, MD" (a credential, not Maryland); "(Last, First, MI)" (a name-order label)
        if home_service(text, start, end):
            return False  # "Tri-County Home Health Services": an agency's name, not "lives at home in ..."
        if payer_box_town(text, start):
            return False  # "Keystone Mutual / ... / PO Box 4410, Harrisburg, PA": the payer's town
        if _BRANCH_LABEL.fullmatch(text, start, end) and _SITE_NOUN_AFTER.match(text, end):
            return False  # "at our Main location", "the Westgate office": a branch's label, not its town
        if _ID_LABEL_AFTER.match(text, end):
            return False  # "Re: Member Ada Roe, ID 5XP3-H34-31": an identifier's label, not Idaho
        if all(w.lower() in department_words() for w in text[start:end].split()) or names_department(
                text[start:end]):
            return False  # "Elm University Hospital, Biomedical Engineering": the site's department, not its town
        return not is_clinical(text[start:end], text[end:end + 40])


# "ID" after the comma as the label of an identifier that is no ZIP code
_ID_LABEL_AFTER = re.compile(r"\\?,[ \t]+ID[ \t]*[:#]?[ \t]*(?!\d{5}(?:-\d{4})?\b)[A-Z0-9-]*\d")
# a branch's label rather than its town: "Main", "Downtown", a compass word or a compass word run on into "-gate",
# "-side" or "-point" ("Eastgate", "Northside"), before "location", "office", "campus" ...
_BRANCH_LABEL = re.compile(r"(?:Main|Downtown|Uptown|Midtown|Central|(?:North|South|East|West)(?:gate|side|point)?)")
_SITE_NOUN_AFTER = re.compile(r"[ \t]+(?i:location|office|campus|site|branch|clinic|facility)\b")


# a personal title opening the words before a state code, or a name-order label standing for them
# (or an initial: "J. Roe, MS, CHP" is a physicist and a degree, no town in Mississippi)
_NOT_A_TOWN = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]|[A-Z]\.[ \t]|(?:Dictated|Transcribed|Signed)[ \t]|"
                         r"(?:First|Last|Middle|Given|Family)\Z)")


class ZipRecognizer(RegexRecognizer):
    ENTITY = "ZIP"
    SCORE = 0.9
    PATTERNS = (rf"\b(?:{_STATES}|{_STATE_NAMES})[ \t,^]+(?P<phi>\d{{5}}(?:-\d{{4}})?)\b",
                r"\b(?:ZIP|Zip|zip)(?:\s*(?i:code))?\s*:?\s*(?P<phi>\d{5}(?:-\d{4})?)\b",
                # postal codes outside the US, by their shape: UK "KY1 2AB", "LE65 1HP", "EC1A 1BB";
                # Canada "K1A 0B6"; labelled forms in other languages ("CP 28013", "PLZ 10115", "Postcode: 1012 AB")
                r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}\b",
                r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d\b",
                r"\b(?:Post(?:al)?\s*code|Postcode|Postleitzahl|PLZ|CP|C\.P\.|CAP|Code\s+postal|C[oó]digo\s+postal)"
                r"\s*[:.]?\s*(?P<phi>\d{4,5}(?:[ \t]?[A-Z]{2})?|\d{4}-\d{3})\b")


class FacilityRecognizer(RegexRecognizer):
    ENTITY = "FACILITY"
    SCORE = 0.85
    PATTERNS = (
        # one space between words: a column gap ("ED NOTE  Elm Row Clinic") is no part of a name
        r"\b(?:(?:St\.?|Saint|Mount|Mt\.?)[ \t]+)?"
        r"(?:[A-Z][A-Za-z'’.&-]+[ \t](?:(?:of|of[ \t]+the|and|&|at|on)[ \t])?){1,4}"
        # longer heads first: "Correctional Health Unit" is one head, not "Health" and a stray "Unit"
        r"(?:(?:Correctional|Detention|Prison|Jail|Penitentiary)\s+(?:Health\s+Unit|Facility|Center|Complex|Infirmary)|"
        # skilled-nursing and post-acute names: "Elm Row Rehabilitation & Nursing", "Oak Hill Nursing and Rehab
        # Center", "Birch Care & Rehabilitation", "Alder Post-Acute Care", "Fern Hill Memory Care"
        r"(?:Rehabilitation|Rehab)\s+(?:&|and)\s+(?:Nursing|Healthcare|Health\s+Care|Care)"
        r"(?:\s+(?:Center|Centre|Home|Facility|Community))?|"
        r"(?:Nursing|Care|Health|Healthcare)\s+(?:&|and)\s+(?:Rehabilitation|Rehab)(?:\s+(?:Center|Centre|Facility))?|"
        r"Nursing\s+(?:Center|Centre)|Post-Acute(?:\s+Care)?|Transitional\s+Care|Memory\s+Care|"
        r"Retirement\s+(?:Community|Village|Home)|"
        r"Health\s+Unit|Medical\s+Unit|Dialysis\s+Unit|Nursing\s+Facility|Care\s+Facility|"
        # specialty pairs and long-term care: "Stonecrest Heart & Vascular", "Elm Row Skilled Nursing"
        r"(?:Heart|Bone|Eye|Brain|Orthopa?edic|Spine)\s+(?:&|and)\s+(?:Vascular|Joint|Ear|Spine|Sports\s+Medicine)"
        r"(?:\s+(?:Clinic|Center|Centre|Institute|Hospital|Specialists))?|"  # "... Orthopaedic & Spine Clinic"
        r"Skilled\s+Nursing(?:\s+(?:and|&)\s+Rehab(?:ilitation)?)?|"
        r"Hospital|Medical\s+Center|Medical\s+Centre|Health\s+Center|Health\s+System|Healthcare|Clinic|"
        r"Imaging\s+Center|(?:Radiology|Imaging|Medical|Health|Diagnostic)\s+(?:Associates|Group|Partners|Network)|"
        r"Infirmary|Cancer\s+(?:Center|Institute)|"
        r"Surgery\s+Center|Urgent\s+Care|Nursing\s+Home|Rehabilitation\s+Center|Rehab|Care\s+Center|Care\s+Unit|"
        r"Medical\s+Group|Memorial|Outpatient\s+Radiology|Diagnostic\s+Imaging|Breast\s+Center|"
        r"Women's\s+Imaging|Women’s\s+Imaging|Imaging|Radiology|Center|Centre|Institute|Hospice|Pavilion|"
        r"Diagnostics|Polyclinic|Sanatorium|Orthopa?edics|Cardiology|Oncology|Dermatology|Pa?ediatrics|Urology|"
        r"Neurology|Gastroenterology|"
        r"Family\s+(?:Practice|Medicine|Medical(?:\s+(?:Centre|Center|Practice|Clinic))?)|"
        r"Physicians|Specialists|Sports\s+Medicine|"
        # dental and oral-surgery practices: "Birch Lane Dental Group", "Kestrel Orthodontics"
        r"(?:Dental\s+(?:Group|Associates|Partners|Care|Clinic|Center|Centre|Practice|Arts|Specialists|Surgery)|"
        r"Dentistry|Orthodontics|Endodontics|Periodontics|Oral\s+(?:(?:and|&)\s+Maxillofacial\s+)?Surgery)"
        r"(?:\s+(?:Center|Centre|Clinic))?|"  # "... Dental Surgery Center"
        # "Health Services" and "Health Partners" before "Health": the whole head, not "Health" and a stray word
        r"Home\s+Care(?:\s+Services)?|Care\s+Services|Health\s+Cooperative|Health\s+Team|Health\s+Services|Health\s+Partners|Health|"
        r"Senior\s+Living|Assisted\s+Living|Living|Medical\s+Services|"
        r"Surgical\s+Hospital|Surgicenter|Surgery|Medicine|Laboratories|Labs?|Hospitals)\b",
        # hospitals named for a faith or a saint's virtue, with their county or town: "Good Samaritan of
        # Orrick County", "Sacred Heart of the Valley", "Our Lady of Lourdes"
        r"\b(?:Good[ \t]+Samaritan|Sacred[ \t]+Heart|Holy[ \t]+(?:Cross|Family|Name|Redeemer|Spirit|Trinity)|"
        r"Our[ \t]+Lady|Little[ \t]+Company[ \t]+of[ \t]+Mary)(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z'’-]+"
        r"(?:[ \t]+(?:County|Valley|Parish|City|Hills|Springs|Bay))?)?(?![ \t]+(?i:sign|law|rule)\b)",
        # all capitals, as letterheads and old systems print them: "QUILLAN COUNTY MEDICAL CENTER",
        # "MERCY OF THE PINES HOSPITAL", "SORREL SPRINGS  BREAST CENTER" (scanned: doubled spaces)
        r"\b(?:[A-Z][A-Z'’.&-]+[ \t]+(?:(?:OF|OF[ \t]+THE|AND|&|AT|ON)[ \t]+)?){1,4}"
        r"(?:HOSPITAL|MEDICAL[ \t]+CENTER|MEDICAL[ \t]+CENTRE|HEALTH[ \t]+CENTER|HEALTH[ \t]+SYSTEM|HEALTHCARE|CLINIC|"
        r"IMAGING(?:[ \t]+CENTER)?|RADIOLOGY[ \t]+(?:ASSOCIATES|GROUP|PARTNERS)|INFIRMARY|CANCER[ \t]+(?:CENTER|INSTITUTE)|"
        r"(?:REHABILITATION|REHAB)[ \t]+(?:&|AND)[ \t]+NURSING|NURSING[ \t]+(?:&|AND)[ \t]+(?:REHABILITATION|REHAB)|"
        r"SURGERY[ \t]+CENTER|URGENT[ \t]+CARE|NURSING[ \t]+HOME|REHABILITATION[ \t]+(?:CENTER|HOSPITAL)|CARE[ \t]+CENTER|"
        r"HEALTH[ \t]+COOPERATIVE|MEDICAL[ \t]+GROUP|MEMORIAL|BREAST[ \t]+CENTER|CENTER|CENTRE|INSTITUTE|HOSPICE|PAVILION|DIAGNOSTICS|"
        r"HEART[ \t]+(?:&|AND)[ \t]+VASCULAR|SKILLED[ \t]+NURSING|"
        # a service's "HEALTH" ends a name in capitals too: "BLUE HERON OCCUPATIONAL HEALTH" (a page header)
        r"(?:OCCUPATIONAL|EMPLOYEE|COMMUNITY|STUDENT|FAMILY|WOMEN['’]S)[ \t]+HEALTH)\b",
    )

    def bounds(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Drop the words before the name ("The MRI at Saint Ansgar ..."); take its legal form and campus
        ("Northfold Imaging LLC", "Pinecrest Imaging - North Campus")."""
        begin = start
        for leader in _DOTTED_LEADER.finditer(text, start, end):
            start = leader.end()  # "FACILITY........ Elm Medical Center": the label and its leader dots
        title = _FORM_TITLE.match(text, start, end)
        if title:
            start = title.end()  # "REQUEST FOR IMAGING RECORDS": a form's title, no part of a name
        for person_at in _CREDENTIAL_AT.finditer(text, start, end):
            start = person_at.end()  # "copied R. Stroud MD at Elm Dental Surgery Center": the site after "at"
        while True:
            word = _FIRST_WORD.match(text, start, end)
            if not word or word.end() >= end:
                break
            token = word.group(1)
            if not (token.lower() in _CONNECTORS or token.lower() in _LEADING_NOT_NAME
                    or token.isupper() and token.lower() in clinical_words()):
                break
            start = word.end()
        if start > begin:  # the words cut off may have cost the name its last words: "DO at Elm Memorial Health
            again = _NAME_AGAIN.match(text, start)  # Center" was matched four words only, up to "Memorial"
            end = max(end, again.end()) if again else end
        tail = _FACILITY_TAIL.match(text, end)
        while tail and not names_department(_DASH.sub("", tail.group(0))):  # "... Center - Billing Office"
            end = tail.end()
            tail = _FACILITY_TAIL.match(text, end)
        # a department after the name is no part of it: "... Medical Center Noninvasive Vascular Lab"
        end = department_tail(text, start, end)
        if _DOCUMENT_AFTER.match(text, end):  # "Elm Imaging Bone Health Program": the site, then its program
            head = _EARLIER_HEAD.match(text, start, end)
            end = head.end() if head else end
        return start, end

    def keep(self, text: str, start: int, end: int) -> bool:
        if names_a_payer(text, end) or after_plan_id(text, start):
            return False  # "Northwind Health Plan", "Insurance ID: W123  Elm Union Health": a payer, not a care site
        last = text[start:end].split()[-1].lower()
        if _DOCUMENT_AFTER.match(text, end) and last in _SERVICE_HEADS:
            return False  # "Student Health Referral Form", "Biopsy & Imaging Research": a form's or program's title
        if text[start:end].isupper() and _CAPS_DOCUMENT_AFTER.match(text, end) and last in _SERVICE_HEADS:
            return False  # "COURT-ORDERED IMAGING REPORT", "... ACCESS TO IMAGING RESULTS": a title in capitals
        if _CAPS_FOR_SERVICE.fullmatch(text, start, end):
            return False  # "SEDATION FOR IMAGING": a consent's title in capitals, not "... CENTER FOR IMAGING"
        if _FAITH_NAME.match(text, start):
            return True  # "Our Lady", "Holy Cross": a hospital's whole name
        if (follows_site_name(text, start) and department_after(text, end)
                and not any(w.lower() in department_words() for w in text[start:end].split())):
            return True  # "... Family Clinic Dubai Radiology": the rest of the name, its department trimmed
        # "Interventional Radiology", "Nuclear Medicine Center" are departments, not places.
        words = [w.lower() for w in _TAIL_TRIM.sub("", text[start:end]).split()[:-1]]
        if not words or words == ["hospital"] and last == "medicine":  # "Hospital Medicine": a service
            return False
        if words[0] in abbreviations() and words[0] not in department_words():
            return False  # "FRCPC  Pediatric Radiology": a credential before a department
        # "Shelter Health Clinic", "Mobile Clinic": a service or an outreach is no more a site's name than a department
        return (any(w not in department_words() and w not in _CONNECTORS and w not in clinical_words()
                    and w not in _SERVICE_HEADS and w not in _OUTREACH
                    for w in words) and not (len(words) == 1 and (words[0] in not_name_words()
                                                                  or words[0] in clinical_words())
                                             and words[0] not in department_words()))


_NAME_AGAIN = re.compile(FacilityRecognizer.PATTERNS[0])
_FAITH_NAME = re.compile(r"(?:Good[ \t]+Samaritan|Sacred[ \t]+Heart|Holy[ \t]+(?:Cross|Family|Name|Redeemer|Spirit|"
                         r"Trinity)|Our[ \t]+Lady|Little[ \t]+Company[ \t]+of[ \t]+Mary)\b")
# a label's dotted leader inside a match: the name starts after it
_DOTTED_LEADER = re.compile(r"\.{2,}[ \t]*")
# a form's title opening with its document noun and "for": no site's name begins so
_FORM_TITLE = re.compile(r"(?i:requests?|authori[sz]ation|orders?|consent|application|referrals?)[ \t]+(?i:for)[ \t]+")
# a document or programme noun after a service word: the words are a title, not a site ("... Imaging Transfer Form")
_DOCUMENT_AFTER = re.compile(r"[ \t]+(?i:research|transfer|referral|program|programme|form|consent|withdrawal)\b"
                             r"(?![ \t]+(?i:center|centre|unit|office|desk|team|line|coordinator)\b)")
# the last site head inside a match that runs on into a program's name: "Elm Imaging| Bone Health Program"
_EARLIER_HEAD = re.compile(r"[^\n]*[A-Za-z][ \t]+"
                           r"(?:Hospital|Clinic|Center|Centre|Imaging|Radiology|Institute|Infirmary)(?=[ \t]+[A-Z])")
_CAPS_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:REPORT|RESULTS|RECORDS|REQUEST|SUMMARY)\b")
# outreach services and a trial's reading service, named by what they are: "Street Medicine", "Imaging Core Lab",
# "Refugee Health Clinic"
_CAPS_FOR_SERVICE = re.compile(r"(?!.*\b(?:CENTERS?|CENTRES?|INSTITUTE|FOUNDATION|ALLIANCE|SOCIETY|COUNCIL)\b)"
                               r"[A-Z'’.& \t-]*\bFOR[ \t]+(?:IMAGING|RADIOLOGY|HEALTH|MEDICINE)")
_OUTREACH = frozenset({"mobile", "street", "shelter", "core", "outreach", "refugee", "homeless", "migrant"})
_SERVICE_HEADS = frozenset({"health", "imaging", "radiology", "medicine"})
# a clinician's credential or an exam's modality and "at" inside a match: the person or exam, then the site
_CREDENTIAL_AT = re.compile(r"\b(?:MD|DO|DDS|DMD|RN|NP|PhD|DC|OD|US|CT|MRI|MR|XR|PET|CTA|MRA|DXA)[ \t]+at[ \t]+")
_FIRST_WORD = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’.&-]*)[ \t]+")
# words that open a sentence or a phrase before a site ("The", "At", "Our", "Outside"): never part of its name
_LEADING_NOT_NAME = frozenset({"the", "a", "an", "at", "your", "their", "outside", "from", "to", "in", "via",
                               "per", "seen", "and", "or", "by", "with", "report", "reports",
                               # a label before a tab ("Facility<TAB>Elm Clinic"), a clock's half ("9 AM at ...")
                               "facility", "am", "pm",
                               # a site label without its colon ("Site Elm Community Hospital; scanner CT-5") and
                               # a recording's or a study's verb before "at" ("Recorded at Elm Imaging Center on ...")
                               "site", "recorded", "filmed", "performed", "acquired", "obtained",
                               # a study done at the site: "f/u X-ray at Elm Women's Imaging Center"
                               "x-ray", "x-rays", "xray", "film", "films", "scan", "scans", "study", "studies"})
_FACILITY_TAIL = re.compile(r",?[ \t]+(?:LLC|L\.L\.C\.|Inc\.?|PLLC|P\.C\.|PC|Ltd\.?|LLP|Corp\.?|GmbH|PA)(?![A-Za-z])|"
                            r"[ \t]+[-–—][ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+){0,2}(?:Campus|Site|Branch|Wing|Annex|"
                            r"Building|Location|Office|Clinic|Center|Centre|Pavilion|Tower|Unit|Division)(?![A-Za-z])|"
                            # a site named by its road: "Pinecrest Imaging - Route 9", "- Hwy 12"
                            r"[ \t]+[-–—][ \t]+(?:Route|Rte|Highway|Hwy)[ \t]+\d{1,4}[A-Z]?\b|"
                            # a practice's or campus's last word: "Elm Cardiology Associates", "... Center East",
                            # a building of the campus: "Elm Women's Imaging Pavilion"
                            r"[ \t]+(?:Associates|Group|Partners|East|West|North|South|Pavilion|Annex|ASSOCIATES|GROUP|"
                            r"PARTNERS|EAST|WEST|NORTH|SOUTH|PAVILION|ANNEX)(?![A-Za-z'’-])")
_DASH = re.compile(r"^[ \t]+[-–—][ \t]+")
_TAIL_TRIM = re.compile(r"(?:,?[ \t]+(?:LLC|L\.L\.C\.|Inc\.?|PLLC|P\.C\.|PC|Ltd\.?|LLP|Corp\.?|GmbH|PA)|"
                        r"[ \t]+[-–—][ \t].*)$")


_CONNECTORS = frozenset({"of", "the", "and", "&", "at", "on"})
# Capitalised abbreviations that follow "at" or "from" in reports and are not sites.
_NOT_SITES = frozenset(
    "est edt cst cdt mst mdt pst pdt utc gmt npo bid tid qid prn stat asap usa fda acr cpt icd ekg ecg eeg emg dxa "
    "cta mra mrv ctv ivp bmi gfr egfr suv rvu lmp picu ccu sicu micu cvicu lad lcx rca sma ima cfa sfa ica eca mca "
    "aca pca tia uti copd chf cad ckd esrd htn dvt gerd ards rsv hiv hcv hbv tnm ajcc who nccn uspstf acog aium "
    "snmmi sir asnr ajr rsna arrt arrs jcaho hipaa phi ehr emr lis ris pacs hl7 dicom fhir url api vpn wifi "
    "rest peak base apex level site side time date noon midnight".split())


_TO_BEFORE = re.compile(r"\b(?i:to)\s+(?:the\s+)?\Z")


class FacilityAbbreviationRecognizer(RegexRecognizer):
    """A site written as its initials after "seen at", "scanned at", "from": ``seen 3/4 at SBRMC``.

    Only in lower-case prose (an all-capitals report has capitalised words everywhere) and never a
    clinical abbreviation, a department, a modality or a state."""

    ENTITY = "FACILITY"
    SCORE = 0.7
    PATTERNS = (r"\b(?i:at|from|to|@)\s+(?:the\s+)?(?P<phi>[A-Z]{3,6})\b(?![-/.]\w|['’]s\s+(?-i:[a-z]))",
                r"\b(?i:seen|scanned|imaged|performed|done|obtained|admitted|transferred|referred|outside)\s+"
                r"(?:(?i:at|from|in|to)\s+)?(?P<phi>[A-Z]{3,6})\b(?![-/.]\w)")

    def keep(self, text: str, start: int, end: int) -> bool:
        word = text[start:end].lower()
        if word in clinical_words() or word in not_name_words() or word in department_words():
            return False
        if re.fullmatch(_STATES, text[start:end]) or word in _NOT_SITES or word in abbreviations():
            return False
        if _TO_BEFORE.search(text, max(0, start - 12), start) and is_common_word(word):
            return False  # a verb in capitals after "to": "OK TO USE", "SAFE TO SCAN"
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        return sum(c.islower() for c in line) >= 10
