"""Logins in the fields of access and audit logs whose layout says the value is the account that signed in or
acted: whatever the login spells (``cdrummond``, ``a_holloway``, ``ext_r_balogun``, ``YBrennan``, ``ZSANDOVAL17``),
it is a person's unless it is a service, machine or well-known account (``svc_pacs``, ``root``, ``SYSTEM``,
``PACS-APP01$``).

- Windows security events: ``<Data Name="TargetUserName">YBrennan</Data>``;
- sshd / PAM / sudo: ``Accepted publickey for X from``, ``session opened for local user X``, ``sudo[42]:   X :``,
  ``logname=X``, ``ruser=X``, ``PWD=/home/X``;
- RADIUS: ``Login OK: [X] (from client ...``; a Windows ``DOMAIN\\X`` (not a written-out ``\\n``/``\\t`` escape
  before a capital: ``...ED\\nCall back`` in an iCalendar field);
- a web access log's user field: ``10.1.2.3 - X [13/Feb/2026:...``; a database log prefix ``[4242] X@risdb``;
- an HTTP ``X-User: X`` header, a git ``--author=X``;
- ``User <X>``, ``user=X`` / ``usename=X`` / ``username=X`` in a query string or key-value line, and an account
  ``user X`` provisioned, disabled or end-dated.
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.login_names import SERVICE_PREFIX, SERVICE_WORDS, login_ok

# a login in any case: letters, up to three parts joined by ``.``/``_``, a few trailing digits; never a machine
# account (``PACS-APP01$``) or a host (``ws.example.org``)
_LOGIN = r"[A-Za-z][A-Za-z'-]*[A-Za-z](?:[._][A-Za-z][A-Za-z'-]*){0,2}\d{0,3}|[A-Za-z][._][A-Za-z][A-Za-z'-]+\d{0,3}"
_END = r"(?![\w$@'-]|\.\w)"
_IP = r"\d{1,3}(?:\.\d{1,3}){3}"
# Windows' built-in principals and the prefixes of accounts a machine runs under
WELL_KNOWN_ACCOUNTS = frozenset("""local network anonymous logon dwm umfd iusr defaultaccount wdagutilityaccount krbtgt
healthmailbox postgres mysql oracle apache nginx www-data nobody jenkins ansible deploy git ubuntu centos ec2-user
azureuser""".split())
_LIFECYCLE = (r"(?:end-dated|provisioned|deprovisioned|disabled|enabled|locked|unlocked|created|removed|deleted|"
              r"reactivated|terminated|expired|suspended)")


def _person_login(login: str) -> bool:
    """Not a service or machine account; the upper/camel-case forms read as their lower-case login."""
    low = login.lower()
    if SERVICE_PREFIX.match(low) or low in WELL_KNOWN_ACCOUNTS or re.match(r"(?:dwm|umfd)-\d", low):
        return False
    parts = [p for p in re.split(r"[._]", low.rstrip("0123456789")) if p]
    if any(p in SERVICE_WORDS or p in WELL_KNOWN_ACCOUNTS for p in parts):
        return False
    if parts and parts[0] == "ext" and len(parts) > 1:  # an external contractor's login: ``ext_jroe``
        low = low[4:]
    return login_ok(low)


class LoginFieldRecognizer(RegexRecognizer):
    """A login in a log field that holds the account that authenticated or acted."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        rf'<Data Name="\w*UserName">(?P<phi>{_LOGIN})</Data>',
        rf"\b(?:Accepted|Failed) [\w/-]+ for (?:invalid user )?(?P<phi>{_LOGIN}) from\b",
        rf"\bsession (?:opened|closed) for (?:local )?user (?P<phi>{_LOGIN})(?=\(| from\b| by\b|[ \t]*$)",
        rf"\bsudo(?:\[\d+\])?:[ \t]+(?P<phi>{_LOGIN}) : ",
        rf"(?<![\w.-])(?i:logname|ruser|r?user|usename|user_?name|login|acct)=(?P<phi>{_LOGIN})(?=[\s&;,\"']|$)",
        rf"(?<![\w.~-])/home/(?P<phi>{_LOGIN})(?=[\s;/\"',)]|$)",
        rf"\[\d+\] (?P<phi>{_LOGIN})@[A-Za-z][\w-]*(?= )",
        rf"\[(?P<phi>{_LOGIN})\] \(from client\b",
        rf"(?<![\w\\])[A-Z][A-Z0-9-]{{1,14}}\\(?![ntr][A-Z0-9])(?P<phi>{_LOGIN}){_END}(?!\\)",
        rf"(?m)^{_IP} - (?P<phi>{_LOGIN}) \[",
        rf"\bUser <(?P<phi>{_LOGIN})>",
        # an HTTP header naming the signed-in user (``-H 'X-User: jroe'``), a git author filter
        rf"\bX-(?:Remote-|Forwarded-|Auth-)?User(?:name)?:[ \t]*(?P<phi>{_LOGIN})(?=[\s'\";,]|$)",
        rf"--author=[\"']?(?P<phi>{_LOGIN})(?=[\s'\"]|$)",
        rf"(?<![\w-])(?i:user)[ \t]+(?P<phi>{_LOGIN})[ \t]+{_LIFECYCLE}\b",
    )
    FLAGS = re.MULTILINE

    def keep(self, text: str, start: int, end: int) -> bool:
        return _person_login(text[start:end])
