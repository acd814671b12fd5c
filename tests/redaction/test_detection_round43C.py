"""Round 43 (C): the radiology revenue cycle. Claim-form dates, cities, names and providers, the last four of a
payment card found; CPT codes, NPIs, EINs, taxonomy and ICD-10 codes, payer IDs, coding credentials and a business
office's departments kept.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


@pytest.mark.parametrize(("text", "phi"), [
    ("[3]    PATIENT'S BIRTH DATE / SEX ...... 02 14 1979  M\n", ["02 14 1979"]),
    ("[24]   A:FROM     TO         B:POS  D:CPT/MOD\n       03 09 26  03 09 26   11    72148\n",
     ["03 09 26"]),
    ("[31]   SIGNATURE OF PHYSICIAN .......... ODALYS FERNBY MD   07 22 25\n", ["07 22 25"]),
])
def test_cms1500_spaced_dates_are_found(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "phi"), [
    ("[5]    PATIENT'S ADDRESS ............... 402 QUARRY LN\n       CITY BOZEMAN   STATE MT   ZIP 59715\n",
     ["BOZEMAN"]),
    ("FL09  PATIENT ADDR    a 88 KESTREL WAY  b ST. CLOUD  c MN  d 563011234\n", ["ST. CLOUD"]),
    ("[32]   SERVICE FACILITY ........ JUNIPER FALLS HOSPITAL\n       PO BOX 7710, HARTFORD CT 061014410\n",
     ["HARTFORD"]),
    ("FL76  ATTENDING       NPI 1234567893   LAST O'NEILL   FIRST SAOIRSE\n", ["O'NEILL", "SAOIRSE"]),
    ("UB-04 EXTRACT\nFL01  JUNIPER FALLS HEALTH\n      12 MILL RD\n", ["JUNIPER FALLS HEALTH"]),
    ("Sincerely,\n\nTobiah Renn, MD\nSilver Basin Radiologists, Inc.  |  Tax ID 27-1234567\n",
     ["Silver Basin Radiologists, Inc."]),
    ("WRVU|HIGH DESERT TELERADIOLOGY, LLC|PERIOD 03/01/2026-03/31/2026\n", ["HIGH DESERT TELERADIOLOGY, LLC"]),
    ("Installments are drawn from the card ending in 6612 on the 5th.\n", ["6612"]),
    ("10/02/25 14:11  R. Voss: Pmt $60.00 taken by phone, Visa ending 3390.\n", ["3390"]),
])
def test_claim_form_fields_and_card_endings_are_found(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "code"), [
    ("Dr. Quist,\n\nThe claim carries 74177-26 with R10.9 only; please clarify.\n", "74177-26"),
    ("| 3 | MR41172020 | 5/02/26 | 72148-26 / M54.16 | 72148-26 / M48.061 | DX |\n", "72148-26"),
    ('{"acct": "H88120334", "dos": "2026-02-11", "cpt": "71250", "mod": ["26"]}\n', "71250"),
    ("Service: 02/11/2026  71250 CT CHEST WO CONTRAST  (rev 0350)\n", "71250"),
    ("Please credit 73721-RT and rebill 73721-LT for the March visit.\n", "73721-RT"),
    ("A886966875\tE9076544\t03/19/2026\t4\tNO ORDER MATCH 78815\tOSTROM, PELL\n", "78815"),
    ("Provider: Ridge Imaging  |  NPI 1174888515  |  Tax ID 26-4410981\n", "1174888515"),
    ("Provider: Ridge Imaging  |  NPI 1174888515  |  Tax ID 26-4410981\n", "26-4410981"),
    ("NM1*82*1*FERNBY*ODALYS*Q****XX*1784547485~\n", "1784547485"),
    ("HL*1**20*1~\nPRV*BI*PXC*261QR0200X~\n", "261QR0200X"),
    ("HI*ABK:S52531A*ABF:W010XXA~\n", "S52531A"),
    ("[21]   ICD IND 0   A. M25561   B. M7121\n", "M25561"),
    ('{"payer": "Cascade Health", "payer_id": "91131", "member_id": "W55120931"}\n', "91131"),
    ("READER|NPI|CPT|MOD|COUNT\nFERNBY,ODALYS|1320732021|77067|26|118\nFERNBY,ODALYS|1320732021|77063|26|40\n",
     "1320732021"),
])
def test_billing_codes_and_provider_numbers_are_kept(analyzer: PhiAnalyzer, text: str, code: str) -> None:
    assert untouched(analyzer, text, code)


@pytest.mark.parametrize(("text", "phi", "keep"), [
    ("Sincerely,\n\nMarisol Tenney, CHFP\nPatient Financial Counselor\n", ["Marisol Tenney"],
     ["CHFP", "Patient Financial Counselor"]),
    ("From: Ravi Oduya, CIRCC | Coding & Charge Integrity\nTo: Dr. Pell\n", ["Ravi Oduya"], ["CIRCC"]),
    ("Requested by: Gus Harlan, CRCR, Cash Posting\n", ["Gus Harlan"], ["CRCR", "Cash Posting"]),
    ("If unpaid, the balance may be placed with Northgate Revenue Recovery Bureau after a final notice.\n", [],
     ["Northgate Revenue Recovery Bureau"]),
    ("Charge Lag Report\tWillow Creek Radiology\tRun 02/27/2026 11:56\n", ["Willow Creek Radiology"],
     ["Charge Lag Report"]),
])
def test_business_office_words_and_coding_credentials_are_kept(analyzer: PhiAnalyzer, text: str, phi: list[str],
                                                                 keep: list[str]) -> None:
    check(analyzer, text, phi, keep)
