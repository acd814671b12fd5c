"""People that systems write as machine identifiers: logins, user ids and image file names.

- a login after a label that says it is a person's (``analyst: mmoody7``, ``abstractor: ann.roe``,
  ``submitted_by=jroe``, ``user: aroe2``) or after ``user`` in a log line before the client's IP address or the
  action taken (``user jroe (10.1.2.3) edited ...``, ``user ann.roe logged in``). The whole login is masked, whatever
  it spells (``frostw``, ``blong5``); service accounts (``svc_pacs``, ``root``, ``admin``, ``system``) are not;
- an exported image's file name built from the patient's surname and the first letters of the given name, before
  the study date: ``roe_ann_20240101_ax.png``, ``<image src="roe_ann_20240101_key1.jpg"/>``;
- a DICOM person name whose surname's words are joined by underscores: ``LE_ROE^ANN^B``.
"""

from __future__ import annotations

import re

from redaction._denylist import abbreviations, clinical_words
from redaction._vocabulary import _extra, _lemmas, _model_strings, is_clinical_vocabulary, is_common_word
from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.given_names import _given_word

# a login: lower-case letters, one dot or underscore between two parts at most, a few trailing digits
_LOGIN = r"[a-z][a-z'-]*[a-z](?:[._][a-z][a-z'-]*[a-z])?\d{0,3}"
# labels whose value is the person who did or owns something
_BY = (r"(?:submitted|reviewed|requested|entered|created|modified|updated|edited|changed|performed|approved|signed|"
       r"closed|resolved|acknowledged|ack|uploaded|exported|imported|merged|assigned|dictated|abstracted|verified|"
       r"read|logged|owned|run)")
_LABEL = (rf"(?:user(?:[ _-]?(?:name|id))?|login|logon|uid|operator|analyst|abstractor|submitter|author|owner|"
          rf"assignee|reviewer|requester|requestor|approver|coder|scribe|transcriptionist|technologist|"
          rf"sonographer|reader|signer|sign(?:ature|[ _-]?off)?|witness|verifier|checker|"
          rf"{_BY}[ _-]?(?:by|to))")
# an INI section or form block that names a person's role, whose ``id`` key is that person's login
_ROLE = (r"(?:sonographer|technologist|tech|radiologist|reader|operator|performer|performed[ _-]?by|signer|"
         r"sign[ _-]?off|reviewer|author|nurse|physician|scribe|interpreter|attending|resident|fellow|coder|"
         r"abstractor|analyst|approver|user)")
_IP = r"\d{1,3}(?:\.\d{1,3}){3}"
_ACTION = (r"(?:logged|edited|modified|deleted|merged|changed|accessed|viewed|exported|imported|opened|signed|"
           r"failed|updated|created|moved|split|reconciled|corrected|sent|queried|retrieved|printed|downloaded)")
# accounts that are no person, and parts of a login that say it is a service's
SERVICE_WORDS = frozenset("""root admin administrator sysadmin system sys daemon svc service services guest anonymous
anon unknown none null nil nobody test tester demo backup batch auto automated cron scheduler pacs ris his emr ehr etl
hl7 dicom router gateway scanner modality console worklist interface import export sync bot api app web www ftp sftp
operator user users default support helpdesk qa qc physics biomed vendor tech radiology rad pending unassigned tbd
na local localhost server host example com org net lan internal integration engine mirth listener archive vna
monitor nagios ops devops dev prod staging readonly rw ro report reports reporting shared generic kiosk""".split())
SERVICE_PREFIX = re.compile(r"^(?:svc|srv|sys|adm|app|sa|bot|test|tmp|x)[._-]")


def _everyday(word: str) -> bool:
    """A word in everyday use or in the clinical lists; not one WordNet holds only as a proper name ("marche") or
    that only undoes to one by a suffix rule ("ruther", "delacroixs")."""
    return word in _extra() or (is_common_word(word) and word in _model_strings())


def login_ok(login: str) -> bool:
    """A person's login: no service word, no clinical word; a bare word only with digits or when no dictionary
    word ("jroe", "aroe2", not "pending"); parts joined by a dot or underscore unless every one is an everyday
    word ("night_shift")."""
    if SERVICE_PREFIX.match(login):
        return False
    bare = login.rstrip("0123456789")
    parts = [p for p in re.split(r"[._]", bare) if p]
    if not parts or any(p in SERVICE_WORDS or p in clinical_words() for p in parts):
        return False
    if len(parts) == 1:
        if len(bare) < 4 or bare in abbreviations():
            return False
        return bare != login or not is_common_word(bare) or not (bare in _lemmas() or _everyday(bare))
    return bare != login or any(not _everyday(p) or _given_word(p) for p in parts)


class LoginNameRecognizer(RegexRecognizer):
    """A login after a label naming a person, or after ``user`` before an IP address or an action."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        rf"(?<![\w-])(?i:{_LABEL})[\"']?[ \t]*[:=][ \t]*[\"']?(?P<phi>{_LOGIN})(?![\w@/-]|\.\w)",
        rf"\[(?i:{_ROLE})\][ \t]*\r?\n(?:[ \t]*[^\s\[][^\n]*\n){{0,6}}?[ \t]*(?i:id|user[ _-]?(?:name|id)?|login|uid)"
        rf"[ \t]*[:=][ \t]*[\"']?(?P<phi>{_LOGIN})(?![\w@/-]|\.\w)",
        rf"(?<![\w-])(?i:user|login|operator)[ \t]+[\"']?(?P<phi>{_LOGIN})[\"']?[ \t]+"
        rf"(?:\(?{_IP}\b|{_ACTION}\b|from[ \t]+{_IP}\b)",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        return login_ok(text[start:end])


_IMAGE_EXT = r"(?:jpe?g|png|gif|bmp|tiff?|dcm|webp)"
# words an image file's name holds that are no one's name: views, series, kinds of export
_FILE_WORDS = frozenset("""ax axial sag sagittal cor coronal obl oblique lat ap pa key keyimg img image images series
se slice scan mip mpr vr pre post left right lt rt bilat fig figure case study export exported screenshot screen
capture snap thumb thumbnail annot annotated final draft report teaching tf anon anonymized deid test sample phantom
qa qc log scout localizer recon view frame cine loop clip page scanned""".split())


class ImageFileNameRecognizer(RegexRecognizer):
    """The name part of an image file named ``surname_given_YYYYMMDD_view.ext`` (the date is found elsewhere)."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (rf"(?<![\w.-])(?P<phi>[a-z][a-z'-]*[a-z](?:_[a-z][a-z'-]*){{0,2}})_(?:19|20)\d{{6}}"
                rf"(?:_[A-Za-z0-9]+)*\.{_IMAGE_EXT}\b",)

    def keep(self, text: str, start: int, end: int) -> bool:
        parts = text[start:end].split("_")
        if any(p in _FILE_WORDS for p in parts):
            return False
        # the given name's first letters may spell an abbreviation ("roe_tha"): only the longer parts are checked
        named = parts[:1] + [p for p in parts[1:] if len(p) > 4]
        if any(p in clinical_words() or p in abbreviations() or is_clinical_vocabulary(p) for p in named):
            return False
        return len(parts) > 1 or not is_common_word(parts[0])


class UnderscoreCaretNameRecognizer(RegexRecognizer):
    """``LE_ROE^ANN^B``: a DICOM person name whose surname's words are joined by underscores."""

    ENTITY = "PERSON"
    SCORE = 0.9
    PATTERNS = (r"(?<![\w^])(?P<phi>[A-Z]{1,4}(?:_[A-Z]{1,4})*_[A-Z][A-Z'’-]+\^[A-Z][A-Z'’-]+(?:\^[A-Z]{1,2})?)"
                r"(?![\w^])",)
