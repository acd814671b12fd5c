"""Word shapes: is a capitalised word a medical term, a known word, or something no vocabulary knows?

The residual recognizers mask what is left when a word is neither English (``redaction._vocabulary``)
nor shaped like a clinical term. Clinical vocabulary is open-ended ("Hypoattenuating", "Syndesmophytes",
"Tarsometatarsal"), so besides the lists it is recognised by its parts: a clinical prefix on a known word,
a clinical suffix, or a long word built on an anatomical or pathological root.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redaction._denylist import eponym_nouns
from redaction._vocabulary import is_eponym, is_known_word

_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|Fitz|O)[A-Z]")
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")
_MEDICAL_PREFIX = re.compile(r"(?i)(?:hyper|hypo|peri|para|intra|inter|trans|supra|infra|sub|retro|endo|epi|multi|"
                             r"poly|pseudo|post|pre|anti|cardio|angio|neuro|osteo|radio|fluoro|hemo|haemo|hepato|"
                             r"nephro|gastro|myelo|broncho|pneumo|cysto|uro|entero|chole|cranio|spondylo|arthro|"
                             r"thrombo|vaso|veno|lympho|fibro|chondro|lipo|adeno|cerebro|cortico|thoraco|abdomino|"
                             r"antero|postero|latero|medio|micro|macro|non|un|dys|hemi|semi|extra|sono|tomo|echo|"
                             r"tele|gado|iso|mid|re|pan|ortho|bi|tri|uni)")
_MEDICAL_SUFFIX = re.compile(r"(?i)(?:itis|osis|emia|aemia|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|algia|"
                             r"pathy|plasia|trophy|ectasis|iasis|lysis|rrhage|rrhea|otic|atic|etic|ular|oid|ous|eal|"
                             r"ial|inal|ital|oral|llar|arsal|arpal|ostal|ineal|iatal|natal|iform|ulated|icated|cytic|"
                             r"blastic|genic|metric|ometry|ized|ised|izing|ising|ation|"
                             r"ability|ness|inine|amine|azole|olol|pril|sartan|statin|mab|nib|parin|cillin|mycin|"
                             r"cycline|floxacin|azepam|olam|idone|profen|terol|dronate|exol|amidol|ixanol|versol|"
                             r"anyl|anil|caine|lith|liths|phytes?|malacia|myelia|bilia|penia|plegia|"
                             r"(?:carcin|aden|sarc|gli|lymph|melan|my|fibr|lip|neur|oste|chondr|angi|terat|hamart|"
                             r"hepat|blast|thym|insulin|gastrin|cyt|mesotheli|schwann|mening|papill|ependym|chord|"
                             r"seminom|lei|rhabd|ganglion|hemangi|lymphangi|neurofibr)omas?)$")
# anatomical and pathological roots of five or more letters, found inside long clinical words
_MEDICAL_ROOT = re.compile(r"(?i)(?:encephal|myelo|nephr|hepat|cholang|choled|pancrea|gastr|esophag|laryng|pharyng|"
                           r"trache|bronch|pneum|pleur|arteri|phleb|lymph|osteo|chondr|arthr|spondyl|crani|cerebr|"
                           r"mening|dermat|hemat|haemat|thromb|append|pyelo|ureter|urethr|prostat|hyster|salping|"
                           r"ophthalm|syring|syndesm|tendin|tenosyn|carcin|granul|malac|lithi|calcif|leuko|"
                           r"phyte|myelia|bilia|plegia|paresis|ptosis|ectasia|stenos|sclero|fibros|necros|"
                           r"hydron|hydrou|hydrocep|intussus|diverticul|appendic|cholecyst|cystogr|colonog|"
                           r"ventric|atrial|aortic|pulmon|coronar|mesenter|periton|retroperit|intraperit|"
                           r"subchond|osteochond|synovi|bursit|enthes|ligament|menisc|labral|rotator)")


@lru_cache(maxsize=65536)
def medical_form(word: str) -> bool:
    """Shaped like a medical or technical word: a clinical prefix on a known word, a clinical suffix, or a
    long word built on a Greek or Latin anatomical root ("Encephalomalacia", "Syndesmophytes")."""
    if len(word) >= 7 and _MEDICAL_SUFFIX.search(word):
        return True
    if len(word) >= 9 and _MEDICAL_ROOT.search(word):
        return True
    prefix = _MEDICAL_PREFIX.match(word)
    if prefix and len(word) - prefix.end() >= 4:
        rest = word[prefix.end():].lstrip("-")
        return is_known_word(rest) or medical_form(rest)
    return False


@lru_cache(maxsize=65536)
def is_unknown_word(word: str) -> bool:
    """Not English, clinical vocabulary, an eponym, a medical word form or a compound of known words."""
    if len(word.replace("'", "")) < 3 or is_known_word(word) or is_eponym(word) or medical_form(word):
        return False
    if "-" in word:
        parts = word.split("-")
        if all(is_known_word(p) or is_eponym(p) or medical_form(p) for p in parts if p):
            return False
        if len(parts) > 1 and is_eponym(parts[0]) and parts[-1].lower() in eponym_nouns():
            return False  # "Schmorl-Knotchen": an eponym and its noun in another language
    if not _NAME_PREFIX.match(word):
        parts = _CAMEL_PART.findall(word)
        if len(parts) > 1 and all(is_known_word(p) for p in parts):
            return False  # "StudyDate", "AngioDynamics": identifiers of software, not people
    return True
