"""Small composite writers shared by the blind26 styles (addresses, facilities, signatures, findings)."""

from __future__ import annotations

from b26_doc import Doc
from b26_pools import EPONYMS, Gen


def addr(d: Doc, g: Gen, oneline: bool | None = None, unit: bool | None = None, indent: str = "") -> None:
    st, c, s, z = g.street(unit), g.city(), g.state(), g.zip()
    if oneline if oneline is not None else g.chance(0.5):
        d.w(indent, ("STREET_ADDRESS", st), ", ", ("CITY", c), ", ", s, " ", ("ZIP", z))
    else:
        d.ln(indent, ("STREET_ADDRESS", st))
        d.w(indent, ("CITY", c), g.pick([", ", " "]), s, g.pick(["  ", " "]), ("ZIP", z))


def fac(d: Doc, g: Gen, name: str | None = None, tail: bool | None = None) -> str:
    name = name or g.facility()
    d.w(("FACILITY", name))
    if tail if tail is not None else g.chance(0.5):
        d.w(g.tail())
    return name


def signer(d: Doc, g: Gen, p: dict, creds: tuple[str, ...] = ("MD",), style: str | None = None) -> None:
    """Name, then comma-separated credentials as keep spans."""
    d.w(("PERSON", g.name(p, style or g.pick(["First Last", "First M. Last", "First M Last"]))))
    for c in creds:
        d.w(", ", ("credential", c))


def dr(d: Doc, g: Gen, p: dict) -> None:
    """'Dr. Last' or 'Dr. First Last' with only the name in the span."""
    d.w("Dr. ", ("PERSON", g.name(p, g.pick(["Last", "First Last", "F. Last", "Last"]))))


def age_phrase(d: Doc, g: Gen, over: bool, sex: str) -> None:
    """An age written one of several ways; over-89 ages are PHI, others keep (age_under_90)."""
    kind = "AGE_OVER_89" if over else "age_under_90"
    a = g.old() if over else g.young(24, 88)
    noun = "woman" if sex == "F" else "man"
    form = g.pick(["yo", "year", "aged", "yrs", "y/o"])
    if form == "yo":
        d.w((kind, a), f" yo {'F' if sex == 'F' else 'M'}")
    elif form == "year":
        d.w((kind, a), f"-year-old {noun}")
    elif form == "aged":
        d.w(f"{noun} aged ", (kind, a))
    elif form == "yrs":
        d.w(f"{noun} of ", (kind, a), " years")
    else:
        d.w((kind, a), f" y/o {noun}")


def eponym(d: Doc, g: Gen, choices: list[str] | None = None) -> None:
    d.w(("eponym", g.pick(choices or EPONYMS)))


def phone_line(d: Doc, g: Gen, label: str | None = None) -> None:
    d.w(label or g.pick(["Phone: ", "Tel ", "Call ", "ph. ", "Direct line: "]), ("PHONE", g.phone()))
