"""Small marked building blocks shared by the styles: facilities, addresses, phones, signature lines."""

from __future__ import annotations

import random

from b8_cast import Person, pname, us_phone
from b8_clinical import credential
from b8_markup import phi
from b8_scene import Scene


def fac(sc: Scene, rng: random.Random, outside: bool = False) -> str:
    """The facility as written: full name, or its short form when one exists."""
    full, short = sc.outside if outside else sc.facility
    return phi("FACILITY", short if short and rng.random() < 0.35 else full)


def city_line(sc: Scene, sep: str = ", ") -> str:
    """City, state ZIP: city and ZIP are PHI, the state is not."""
    return f"{phi('CITY', sc.city)}{sep}{sc.state} {phi('ZIP', sc.zip)}"


def address(sc: Scene, rng: random.Random, one_line: bool = True) -> str:
    joiner = ", " if one_line else "\n"
    return phi("STREET_ADDRESS", sc.street) + joiner + city_line(sc)


def phone(rng: random.Random, shape: str | None = None, ext: bool | None = None) -> str:
    """US phone, sometimes with an extension written after it (the extension is its own value span)."""
    text = phi("PHONE", us_phone(rng, shape))
    if ext if ext is not None else rng.random() < 0.25:
        label = rng.choice([" ext. ", " x", " ext ", " X"])
        text += label + phi("PHONE", str(rng.randint(2000, 7999)))
    return text


def doctor(p: Person, rng: random.Random, style: str = "any") -> str:
    """A clinician in running text: Dr. + surname, or full name + credential."""
    style = rng.choice(["dr_last", "dr_full", "name_cred", "dr_nodot"]) if style == "any" else style
    if style == "dr_last":
        return "Dr. " + pname(p, "surname")
    if style == "dr_nodot":
        return "Dr " + pname(p, "surname")
    if style == "dr_full":
        return "Dr. " + pname(p, "first_last")
    return pname(p, "first_last") + ", " + credential(rng)


def signature(p: Person, rng: random.Random, sc: Scene, tele: bool = True) -> str:
    lines = [
        pname(p, "first_last") + ", " + credential(rng),
        rng.choice(["Diagnostic Radiology", "Body Imaging", "Neuroradiology Section", "Musculoskeletal Imaging"]),
        fac(sc, rng),
    ]
    if tele:
        lines.append(rng.choice(["Tel ", "Direct: ", "Reading room ", "p: "]) + phone(rng))
    return "\n".join(lines)
