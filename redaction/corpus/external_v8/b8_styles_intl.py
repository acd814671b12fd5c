"""Non-US styles: UK/Irish clinic letters, Australian and Canadian reports, a Dutch referral summary.

Day-first dates, 24-hour clocks, "Dr" without a full stop, national health numbers (labelled HEALTH_PLAN_ID),
postcodes (ZIP) and international phone formats.
"""

from __future__ import annotations

import random

from b8_cast import age_phrase, date, intl_phone, pname, stamp, time
from b8_clinical import exam_name, findings, header, impression
from b8_markup import keep, phi
from b8_pools import AU_FACILITIES, AU_TOWNS, CA_FACILITIES, CA_TOWNS, NL_FACILITIES, NL_TOWNS, UK_FACILITIES, UK_TOWNS
from b8_scene import Scene

_ROADS = {
    "uk": ["Abbey Road", "Church Lane", "Station Parade"],
    "au": ["Wattle Grove", "Banksia St"],
    "ca": ["Rue Lafleur", "Red River Rd"],
    "nl": ["Kerkstraat", "Molenweg"],
}
_UK_POST = ["LS1 4AP", "WX7 2QD", "KM3 9RT", "PH12 6LB"]


def _national(rng: random.Random, country: str) -> tuple[str, str]:
    d = "".join(rng.choice("0123456789") for _ in range(10))
    return {
        "uk": ("NHS No", f"{d[:3]} {d[3:6]} {d[6:]}"),
        "au": ("Medicare No", f"{d[:4]} {d[4:9]} {d[9]}"),
        "ca": ("OHIP", f"{d[:4]}-{d[4:7]}-{d[7:]}-{rng.choice(['AB', 'KT', 'MV'])}"),
        "nl": ("BSN", d[:9]),
    }[country]


def intl_letter(rng: random.Random, sc: Scene) -> tuple[str, str]:
    country = rng.choice(["uk", "uk", "au", "ca", "nl"])
    mod = rng.choice(["CT", "MR", "US", "XR"])
    p = sc.patient
    fac_name = rng.choice({"uk": UK_FACILITIES, "au": AU_FACILITIES, "ca": CA_FACILITIES, "nl": NL_FACILITIES}[country])
    town = rng.choice({"uk": UK_TOWNS, "au": AU_TOWNS, "ca": CA_TOWNS, "nl": NL_TOWNS}[country])
    post = {
        "uk": rng.choice(_UK_POST),
        "au": str(rng.randint(2000, 2999)),
        "ca": rng.choice(["P7B 5E1", "J7Z 4K2"]),
        "nl": f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'RT'])}",
    }[country]
    label, number = _national(rng, country)
    dfmt = rng.choice(["uk", "dmy_long", "uk_ordinal", "dmy_abbr_space"] if country != "nl" else ["eu_dot", "dmy_long"])
    hosp_label = {"uk": "Hospital No", "au": "UR No", "ca": "Chart #", "nl": "Patiëntnummer"}[country]
    cred = {"uk": ["MBBS, FRCR", "MB BCh, FRCR"], "au": ["MBBS, FRANZCR"], "ca": ["MD, FRCPC"], "nl": ["MD, PhD"]}[
        country
    ]
    road = rng.choice(_ROADS[country])
    street = (
        f"Flat {rng.randint(1, 9)}, {rng.randint(1, 240)} {road}"
        if country == "uk" and rng.random() < 0.4
        else f"{road} {rng.randint(1, 240)}"
        if country == "nl"
        else f"{rng.randint(1, 240)} {road}"
    )
    lines = [
        phi("FACILITY", fac_name) + " - Department of Clinical Radiology",
        f"Tel {phi('PHONE', intl_phone(rng, country))}",
        "",
        f"Date: {date(sc.exam.date(), dfmt)}",
        f"Dear Dr {pname(sc.referrer, 'surname')},",
        "",
        (
            f"Re: {pname(p, rng.choice(['first_last', 'SURNAME', 'plain']))}, DOB {date(sc.dob, dfmt)}, "
            f"{hosp_label} {phi('MRN', sc.ids.mrn)}, {label} {phi('HEALTH_PLAN_ID', number)}"
        ),
        f"{phi('STREET_ADDRESS', street)}, {phi('CITY', town)} {phi('ZIP', post)}",
        "",
        (
            f"Thank you for referring this {age_phrase(sc.age, 'yo_hyphen')} "
            f"{'lady' if p.sex == 'f' else 'gentleman'}, seen in clinic on {date(sc.prior, dfmt)} "
            f"with {pname(sc.relative, 'first_last')} ({sc.relation}). The {exam_name(rng, mod)} was performed on "
            f"{stamp(sc.exam, dfmt, rng.choice(['hm', 'dot', 'h_fr']), ' at ')}."
        ),
        f"{header(rng, 'Findings', 'title')}: " + " ".join(findings(rng, mod, 2)),
        f"{header(rng, 'Conclusion', 'title')}: {impression(rng)}",
        "",
        (
            "I have discussed the results with the patient and copied this letter to "
            f"{pname(sc.nurse, 'initial_last')} "
            f"(Clinical Nurse Specialist, bleep {phi('PHONE', str(rng.randint(1000, 9999)))})."
        ),
        "",
        "Yours sincerely,",
        "",
        pname(sc.radiologist, "first_last")
        + " "
        + ", ".join(keep("credential", c) for c in rng.choice(cred).split(", ")),
        "Consultant Radiologist",
        f"cc: {pname(sc.resident, rng.choice(['initial_last', 'first_last']))}; GP surgery",
    ]
    if country == "ca" and rng.random() < 0.6:
        lines.insert(3, f"Date de l'examen : {date(sc.exam.date(), 'uk')} à {time(sc.exam, 'h_fr')}")
    return mod, "\n".join(lines)
