"""Round 14a: address chains outside the US grid, and country names that are no place to redact.

Puerto Rico ("Urb. ..., Calle 7 #512, Ponce, PR 00716", postcard blocks), the Philippines ("Blk 9 Lot 2 ...,
Brgy. ..., Pasig City 1600, Philippines"), Nigeria ("Plot 14, ... Crescent, ..., Ibadan, Nigeria", "off ...
Avenue"), the Gulf ("Villa 88, Street 5, ...", "Bldg 12, Road 40, Block 905, ..."), Israel ("Rehov ... 12,
apt 3, Netanya 4250512, Israel") and Trinidad ("Lot 7 Duke St, Port of Mayaro, Trinidad"): the street chain,
the town and the postcode are PHI; the country is not. A chain after a residence cue ("lives in", "Mailing
address:") or a contact's relation ("(nephew),") needs no country. Kept: conduction blocks, lot numbers of
contrast, a ward and its service after "lives in" ("6 North, Cardiology") and a nursing home without an address.

Every example is invented for these tests (people, streets, towns and numbers are made up, not taken from any
evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


@pytest.mark.parametrize(("text", "phi"), [
    (("6. Patient's Name and Address: Marrero, Ivelisse T\n   Urb. Las Lomas, Calle 7 #512, Ponce, PR 00716\n"
      "7. Provider: Home Health"), ["Urb. Las Lomas, Calle 7 #512", "Ponce", "00716"]),
    ("Emergency contact: Wilfredo Ayala (son), Bo. Quebrada Carr. 172 Km 3.4, Cidra, PR 00739, ph 787-555-0142",
     ["Bo. Quebrada Carr. 172 Km 3.4", "Cidra", "00739"]),
    ("Fell at home (Cond. Vista Azul Apt 4, 310 Ave. Magdalena, Guaynabo, PR 00968). Son at bedside.",
     ["Cond. Vista Azul Apt 4, 310 Ave. Magdalena", "Guaynabo", "00968"]),
])
def test_puerto_rico_address_lines(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_postcard_block_street_line_above_town(analyzer: PhiAnalyzer) -> None:
    text = "[Mailer]\nEsperanza Quiles\nUrb. Monte Claro, Calle 9 #77\nPonce, PR 00716\n\nYour screening is due."
    check(analyzer, text, ["Urb. Monte Claro, Calle 9 #77", "Ponce", "00716"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    (("Consent by phone from the proxy, who lives in Blk 9 Lot 2 Ilang-Ilang St., Brgy. Malinis, Pasig City 1600, "
      "Philippines."), ["Blk 9 Lot 2 Ilang-Ilang St., Brgy. Malinis", "Pasig City", "1600"], ["Philippines"]),
    ("The patient lived at Plot 14, Ikorodu Crescent, Ikeja GRA, Ibadan, Nigeria.",
     ["Plot 14, Ikorodu Crescent, Ikeja GRA", "Ibadan"], ["Nigeria"]),
    ("Next of kin: Chidi Okonkwo (brother), 77 Obiano Road, off Market Avenue, Onitsha, Nigeria, ph 0803 555 0101",
     ["77 Obiano Road, off Market Avenue", "Onitsha"], ["Nigeria"]),
    ("Proxy lives in Villa 88, Street 5, Al Safa 1, Sharjah, UAE.",
     ["Villa 88, Street 5, Al Safa 1", "Sharjah"], ["UAE"]),
    ("Next of kin: Salman Haddad (son), Bldg 12, Road 40, Block 905, Hamala, Riffa, Bahrain, ph 3900 1122",
     ["Bldg 12, Road 40, Block 905, Hamala", "Riffa"], ["Bahrain"]),
    ("Results letter mailed to Rehov Hagefen 12, apt 3, Netanya 4250512, Israel.",
     ["Rehov Hagefen 12, apt 3", "Netanya", "4250512"], ["Israel"]),
    ("Results letter mailed to Lot 7 Duke St, Port of Mayaro, Trinidad.",
     ["Lot 7 Duke St", "Port of Mayaro"], ["Trinidad"]),
])
def test_address_chains_before_a_country(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)


@pytest.mark.parametrize(("text", "phi"), [
    ("Mailing address: Blk 6 Lot 11 Acacia St., Brgy. Sto. Rosario, Antipolo 1870, ph 0917 555 0148",
     ["Blk 6 Lot 11 Acacia St., Brgy. Sto. Rosario", "Antipolo", "1870"]),
    ("The patient lives with her niece in Rehov Hashoshanim 19, apt 6, Rehovot. She uses a walker.",
     ["Rehov Hashoshanim 19, apt 6", "Rehovot"]),
    ("Next of kin: Emeka Obi (nephew), 8 Aba Road, off Bank Road, Umuahia, ph 0803 555 0199",
     ["8 Aba Road, off Bank Road", "Umuahia"]),
])
def test_address_chains_after_a_residence_cue(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


def test_clinical_blocks_and_lots_are_kept(analyzer: PhiAnalyzer) -> None:
    text = ("ECG: right bundle branch block, Lot 4 of contrast, 2nd degree AV block.\n"
            "Inpatient lives in 6 North, Cardiology. Plot 3 of the curve shown.\n"
            "Lives in a nursing home in Enugu, Nigeria; Mailed to Urb. Los Pinos, Calle 3 #18, Yauco, PR 00698.")
    check(analyzer, text, ["Urb. Los Pinos, Calle 3 #18", "Yauco", "00698"],
          ["right bundle branch block", "Lot 4 of contrast", "AV block", "Cardiology", "Plot 3", "nursing home"])


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Outside CT films from a hospital in the Philippines were imported and reviewed by Dr. Ramos.", ["Ramos"],
     ["Philippines"]),
    ("The patient recently travelled to Nigeria and Israel before the onset of cough.", [], ["Nigeria", "Israel"]),
])
def test_country_names_are_not_places(analyzer: PhiAnalyzer, text: str, phi: list[str], keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
