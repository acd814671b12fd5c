"""Staff logins that carry their role as a suffix (``castelt.md``, ``mholloway_rt``, ``priyanka.underhill_rt``).

Screenshots of schedules, worklists and chat exports print the signed-in user's login after ``User:``, ``Tech:``
or ``Operator:``, after ``by`` at the end of a "printed by" line, in ``(user X)``, or at the start of a sign-off
line before the credential (``desmond.delacroix.md RT(R) 4/27/26``). The other login rules reject these because the
role suffix ("md", "rt") is a clinical word; here the suffix is read as the role and the rest must be a person's
login (no service or clinical word, not a bare everyday word).
"""

from __future__ import annotations

import re

from redaction.recognizers._base import RegexRecognizer
from redaction.recognizers.login_names import login_ok

# a lower-case login, up to four parts joined by "." or "_", digits allowed (OCR reads letters as digits)
_LOGIN = r"[a-z][a-z0-9]*(?:[._][a-z0-9]+){0,3}"
_END = r"(?![\w@/-]|\.\w)"
# the role a login ends on: physician, radiologic technologist, nurse, sonographer
_ROLE_SUFFIX = re.compile(r"[._](?:md|rt|rn|do|np|pa|rdms|tech)\Z")
# the credentials that follow a login opening a sign-off line
_CREDENTIAL = r"(?:RT\(|CNMT\b|RDMS\b|RVT\b|RRA\b|MD\b|DO\b|RN\b|NP\b|PA-C\b)"


def _login(login: str) -> bool:
    """A person's login: its role suffix aside, a person's login by the shared test."""
    core = _ROLE_SUFFIX.sub("", login)
    if core != login:
        # "castelt.md": the suffix shows it is a staff login; the rest need only not be a service or a clinical word
        return len(core.rstrip("0123456789").replace(".", "").replace("_", "")) >= 3 and (
            login_ok(core) or "." in core or "_" in core or not core.isalpha() or len(core) >= 5)
    return login_ok(login)


class StaffLoginRecognizer(RegexRecognizer):
    """A login in a screen's user field, a printed-by line, ``(user X)``, or opening a sign-off line."""

    ENTITY = "PERSON"
    SCORE = 0.85
    PATTERNS = (
        rf"(?<![\w-])(?:User|Tech|Operator|Technologist|Sonographer)[ \t]*:[ \t]*(?P<phi>{_LOGIN}){_END}"
        rf"(?=[ \t]*(?:$|\n|[ \t]{{2}}|,|\t))",
        rf"\b(?:by|BY)[ \t]+(?P<phi>{_LOGIN}){_END}(?=[ \t]*(?:$|\n))",
        r"\((?i:user)[ \t]+(?P<phi>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})\)",
        rf"(?m)^[ \t]*(?P<phi>{_LOGIN}){_END}(?=[ \t]+{_CREDENTIAL})",
    )

    def keep(self, text: str, start: int, end: int) -> bool:
        login = text[start:end]
        # a bare word opening a sign-off line or after "by" ("reviewed by staff") needs a separator or a digit
        if not re.search(r"[._0-9]", login) and not re.search(r"(?:User|Tech|Operator|Technologist|Sonographer)"
                                                               r"[ \t]*:[ \t]*\Z|\(user[ \t]+\Z",
                                                               text[max(0, start - 16):start], re.I):
            return False
        if re.search(r"\(user[ \t]+\Z", text[max(0, start - 8):start], re.I) and "-" in login:
            return _login(login.replace("-", "_"))  # "(user ookonkwo-reyes)": a hyphenated surname's login
        return _login(login)
