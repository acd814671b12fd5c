"""Transport layers of the decoded view (``redaction._decoded``): terminal colour codes, HL7 v2 escapes and
hard-wrapped or reply-quoted lines.

A name a terminal prints bold (``\\x1b[1mMÜLLER\\x1b[22m^ANNA``), an HL7 text field's escapes (``\\F\\``,
``\\X0D\\\\X0A\\``) and a value a mail client wrapped over two lines (``8220\\n> Wexford Street``,
``Orthopaedic Ins-\\ntitute``) hide PHI from patterns that read plain text. Each layer returns the edits
(original range, replacement) that undo its transport; a text with none of its signs costs one substring check.
"""

from __future__ import annotations

import re

_Edit = tuple[int, int, str]

# --- ANSI / VT100 escape sequences: CSI ("\x1b[1;31m"), OSC ("\x1b]0;title\x07") and two-character escapes
_ANSI = re.compile(r"(?:\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_])+")


def ansi(text: str) -> list[_Edit]:
    """Colour and cursor codes go. A run of codes is laid over the character after it, so a span that starts
    on a bold name covers the code that made it bold."""
    if "\x1b" not in text:
        return []
    edits: list[_Edit] = []
    for match in _ANSI.finditer(text):
        end = match.end()
        if end < len(text):
            edits.append((match.start(), end + 1, text[end]))
        else:
            edits.append((match.start(), end, ""))
    return edits


# --- HL7 v2 escape sequences (the escape character declared in MSH-2 is "\" in practice)
_HL7_SHOWN = re.compile(r"(?:^|[\r\n])MSH\|")
_HL7_ESCAPE = re.compile(r"\\(?:(?P<sep>[TFSRE])|(?P<br>\.br)|(?:\.sp|\.in|\.ti|\.sk)[+-]?\d*|(?P<mark>[HN])"
                         r"|X(?P<hex>(?:[0-9A-Fa-f]{2})+)|Z[^\\\r\n|]{0,20})\\")
_HL7_SEPARATORS = {"T": "&", "F": "|", "S": "^", "R": "~", "E": "\\"}


def hl7_escapes(text: str) -> list[_Edit]:
    """``\\F\\`` ``|``, ``\\S\\`` ``^``, ``\\T\\`` ``&``, ``\\R\\`` ``~``, ``\\E\\`` ``\\``, ``\\.br\\`` and
    ``\\X0D\\\\X0A\\`` a line break, ``\\Xhh..\\`` the bytes (UTF-8, else Latin-1), ``\\H\\``/``\\N\\`` nothing."""
    if "\\" not in text or "MSH|" not in text or not _HL7_SHOWN.search(text):
        return []
    edits: list[_Edit] = []
    for match in _HL7_ESCAPE.finditer(text):
        if match.group("sep"):
            new = _HL7_SEPARATORS[match.group("sep")]
        elif match.group("hex"):
            data = bytes.fromhex(match.group("hex"))
            try:
                new = data.decode("utf-8")
            except UnicodeDecodeError:
                new = data.decode("latin-1")
            new = new.replace("\r\n", "\n").replace("\r", "\n")
            if edits and new == "\n" and edits[-1][1] == match.start() and edits[-1][2] == "\n" \
                    and text[edits[-1][0]:match.start()].upper() == "\\X0D\\" and match.group("hex") == "0A":
                edits[-1] = (edits[-1][0], match.end(), "\n")  # "\X0D\\X0A\": one line break
                continue
            new = "".join(c for c in new if c.isprintable() or c in "\n\t")
        elif match.group("br"):
            new = "\n"
        else:  # highlighting marks, formatting commands, locally defined escapes
            new = " " if match.group(0)[1] == "." else ""
        edits.append((match.start(), match.end(), new))
    return edits


# --- hard-wrapped and reply-quoted lines
_LINE = re.compile(r"(?P<quote>(?:>[ \t]?)*)(?P<body>[^\r\n]*)(?:\r?\n|\r|$)")
_LABEL = re.compile(r"[A-Za-z][\w .()/&'-]{0,30}:(?:\s|$)")  # "From: ...", "Date of birth: ..."
_LIST = re.compile(r"(?:[-*•+#|]|\d{1,2}[.)]|[a-zA-Z][.)])(?:\s|$)|-{2,}|={2,}|_{2,}")
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)\]]*$")
_FIRST_WORD = re.compile(r"[\w'’-]+")
# a line ending on a capitalised name after a lower-case word ("... imaged at Kestrel", "address is 4772 Caraway")
_CAPITALISED_TAIL = re.compile(r"(?<![\w'’-])[a-z]{2,}(?: \d{1,6})?(?: [A-Z][a-z'’-]+){1,4},?$")
# a line starting with the rest of a name, going on in lower case ("Bay Regional where", "Place, Dunmore, OR 97001 and")
_CAPITALISED_HEAD = re.compile(r"[A-Z][\w'’.-]*,? (?:(?:[A-Z][\w'’.-]*|\d{1,6}),? ){1,7}[a-z]{2,}(?![\w'’-])")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
_HYPHENATED = re.compile(r"(?<=[A-Za-z]{2})-$")
_MIN_WRAPPED = 40  # a line a writer wrapped is long; a short line ends where the writer ended it


def joined_lines(text: str) -> list[_Edit]:
    """A value wrapped over lines read whole: ``word-\\nword`` hyphenation joins ("Ins-\\ntitute" "Institute");
    in a reply-quoted block a continued sentence joins across the quote prefix ("8220\\n> Wexford Street");
    an unquoted wrapped line joins only where it breaks a capitalised name ("Kestrel\\nBay Regional").
    Label, list, heading and short lines never join. No edit (no view) unless a line joins."""
    if "\n" not in text or len(text) < _MIN_WRAPPED:
        return []
    edits: list[_Edit] = []
    previous = None  # (quote depth, the paragraph so far, where its last line's body ends)
    for match in _LINE.finditer(text):
        if match.start() == match.end():
            break
        depth = match.group("quote").count(">")
        body = match.group("body").rstrip()
        start = match.start("body")
        # the paragraph so far is judged, as a second pass over the view would judge it
        if previous is not None and previous[0] == depth and _joins(previous[1], body, depth):
            hyphen = _HYPHENATED.search(previous[1])
            if hyphen and body[:1].islower():
                edits.append((previous[2] - 1, start, ""))
                body = previous[1][:-1] + body
            else:
                edits.append((previous[2], start, " "))
                body = previous[1] + " " + body
        previous = (depth, body, start + len(match.group("body").rstrip()))
    return edits


def _prose(line: str, words: int) -> bool:
    """A line of running text: at least ``words`` lower-case words, no table or log layout."""
    if "|" in line or "\t" in line or "  " in line or "=" in line:
        return False
    return len(_LOWER_WORD.findall(line)) >= words


def _joins(before: str, after: str, depth: int) -> bool:
    if len(before) < _MIN_WRAPPED or not after[:1].isalnum() or not before[:1].isalnum():
        return False
    if not _prose(before, 4) or not _prose(after, 2):
        return False
    if _LABEL.match(before) or _LABEL.match(after) or _LIST.match(before) or _LIST.match(after):
        return False
    if _HYPHENATED.search(before):
        return after[:1].islower()
    if _SENTENCE_END.search(before):
        return False
    if depth:
        return True  # inside a quoted block: a sentence the mail client wrapped
    # unquoted: only a capitalised name broken mid-sentence ("imaged at Kestrel\nBay Regional where ...")
    tail = _CAPITALISED_TAIL.search(before)
    head = _CAPITALISED_HEAD.match(after)
    if not tail or not head:
        return False
    return not any(w.isupper() and len(w) > 2 for w in _FIRST_WORD.findall(head.group(0)))  # "FINDINGS"
