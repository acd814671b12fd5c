"""Identifiers of a person's accounts and devices in identity, access and network logs.

- an identity provider's user id: Okta numbers every user ``00u`` + 17 letters and digits
  (``"actor":{"id":"00uQ4k...","type":"User"}``, ``"userId":"00u..."``); it follows its user from log to log.
  Other keys that name a user's own id (``"userId"``, ``"employeeId"``, ``"userSid"``) take any value with a digit.
- a serial in a ``key=value`` record whose key ends in ``_sn`` or ``_serial`` (``dev_sn=C2QDN6EPF``): the
  underscore keeps the word-bounded serial labels from seeing it, and such a value may hold a single digit or none.
- a MAC address (``AC:8A:1A:D4:C9:8D``, ``ac-8a-1a-d4-c9-8d``, ``ac8a.1ad4.c98d``): a network card's own number,
  identifying the device a person logged in from.
- the machine name of a VPN gateway's login record (Palo Alto GlobalProtect CSV): the field after the user's
  ``DOMAIN\\user`` and its source region, right before the client's public IP address (``HOSP\\jdoe,,US,
  RAD-LT-GSG0P,10.170.25.118,``). The log layout names it the user's computer; a workstation name elsewhere
  ("Hostname RR-760 assigned", a reading-room PC) names a shared machine and is left alone.
"""

from __future__ import annotations

from redaction.recognizers._base import RegexRecognizer


class IdpUserIdRecognizer(RegexRecognizer):
    ENTITY = "ACCOUNT_ID"
    SCORE = 0.9
    PATTERNS = (r"(?<![A-Za-z0-9])00u[A-Za-z0-9]{17}(?![A-Za-z0-9])",
                # a JSON key that names a user's own id: its value, when it holds a digit (a bare login is a name)
                r"\"(?:userId|user_id|userSid|user_sid|employeeId|employee_id|actorId|actor_id|principalId|"
                r"principal_id)\"[ \t]*:[ \t]*\"(?P<phi>(?=[^\"\n]{0,63}\d)[A-Za-z0-9][A-Za-z0-9_.:-]{3,63})\"",)


class KeyedSerialRecognizer(RegexRecognizer):
    ENTITY = "DEVICE_SERIAL"
    SCORE = 0.9
    PATTERNS = (r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*_(?i:sn|serial(?:_?(?:no|num|number))?)[ \t]*[=:][ \t]*\"?"
                r"(?P<phi>[A-Z0-9][A-Z0-9-]{4,30}(?<!-))(?![A-Za-z0-9])",)

    def keep(self, text: str, start: int, end: int) -> bool:
        return text[start:end] not in _PLACEHOLDERS  # "dev_sn=UNKNOWN": no serial was recorded


_PLACEHOLDERS = frozenset({"UNKNOWN", "NONE", "NULL", "PENDING", "EMPTY", "MISSING", "NOTSET", "N-A"})


class MacAddressRecognizer(RegexRecognizer):
    ENTITY = "DEVICE_SERIAL"
    SCORE = 0.9
    # one separator throughout (a time range "14:41:18-14:47:18" mixes them) and a hex letter somewhere
    PATTERNS = (r"(?<![\w:.-])(?=[0-9A-Fa-f:-]{0,16}[A-Fa-f])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
                r"(?![\w:-])",
                r"(?<![\w.])(?=[0-9a-f.]{0,13}[a-f])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])")


class VpnMachineNameRecognizer(RegexRecognizer):
    ENTITY = "DEVICE_SERIAL"
    SCORE = 0.85
    PATTERNS = (r"[A-Za-z0-9_.-]\\[A-Za-z0-9_.$-]+,,[^,\n]{0,40},(?P<phi>(?!-,)[A-Za-z0-9][^,\n\"]{0,62}),"
                r"\d{1,3}(?:\.\d{1,3}){3},",)

