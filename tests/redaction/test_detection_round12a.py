"""Round 12a: recall fixes for forms an eleventh writer brought: Dutch, Danish, Swedish and German address lines
(street, postcode and town together), South African and Indian "Address :" fields, US towns that are English
words, towns after a PO box or a cross street, the second street of a crossing; ages over 89 labelled in other
languages, with a foreign unit, in markdown and JSON key/value cells, in a patient's own words and in the age
column of a delimited row; Aadhaar numbers; IPv6 addresses with more groups after the "::"; Nordic telephone
numbers.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

import pytest

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


# ------------------------------------------------------------------ address lines outside the US
@pytest.mark.parametrize(("text", "phi"), [
    ("Adres: Beukenlaan 41, 3812 TX Amersfoort\nTel: 06-11112222", ["Beukenlaan 41", "3812 TX", "Amersfoort"]),
    ("Adresse: Kirkevej 7, 8210 Viborg\nTelefon: +45 11 22 33 44", ["Kirkevej 7", "8210", "Viborg"]),
    ("Adress: Ekgatan 5, 582 14 Linköping\nUndersökning: DT", ["Ekgatan 5", "582 14", "Linköping"]),
    ("Praxis am Markt\nKieler Str. 19, 24103 Kiel · Tel. +49 431 000000", ["Kieler Str. 19", "24103", "Kiel"]),
    ("Ambulanz Nord\nBirkenweg 3a, 04109 Halle · Fax 0345 000", ["Birkenweg 3a", "04109", "Halle"]),
    ("Adresse : 4 rue des Tanneurs, 5000 Namur\nTél. : 081 00 00 00", ["4 rue des Tanneurs", "5000", "Namur"]),
    ("Osoite: Koivukuja 3 B 12, 00530 Helsinki\nPuh: 09 000 000", ["Koivukuja 3 B 12", "00530", "Helsinki"]),
    ("Address : 19 Protea Rd, Paarl, 7646    Contact : 021 000 0000", ["19 Protea Rd", "Paarl", "7646"]),
    ("Address : 8 Kerk Weg, Worcester, 6850\nMedical aid: none", ["8 Kerk Weg", "Worcester", "6850"]),
    ("Address : No. 12, 4th Main, Jayanagar 3rd Block, Mysuru - 570011, Karnataka    Contact : none",
     ["No. 12, 4th Main, Jayanagar 3rd Block", "Mysuru", "570011"]),
])
def test_address_lines_outside_the_us(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Befund: Läsion 12 mm, 3 Segmente betroffen.", ["12 mm"]),
    ("Address: see chart. Lesion 3, 1234 HU on CT.", ["1234 HU"]),
])
def test_clinical_numbers_are_no_address(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ US towns and streets
@pytest.mark.parametrize(("text", "phi"), [
    ("JANE QUILLON\n41 Larch Blvd\nReading, PA 19611\n\nRE: screening", ["Reading"]),
    ("after a fall at home (12 Ivy Street, Normal, IL 61761).", ["Normal", "12 Ivy Street"]),
    ("Mail the films to P.O. Box 71, Normal\nThanks", ["Normal"]),
    ("Vivo en 771 Cedar Hollow Rd, Abilene y no tengo carro.", ["Abilene"]),
    ("Scene: MVC at 52 E. Ashby Ave / Juniper Court, Keene\nMechanism: fall", ["Juniper Court", "Keene"]),
    ("Scene: MVC at 907 Willow Street / Route 4 South, Rutland\nGCS 15", ["Route 4 South", "Rutland"]),
])
def test_towns_and_cross_streets(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


# ------------------------------------------------------------------ ages over 89
@pytest.mark.parametrize(("text", "phi"), [
    ("Ziekenhuisnr: 12345   Leeftijd 93\nOnderzoek: CT thorax", ["93"]),
    ("Navn: Quill, Ada   Alder: 97\nAdresse: ukendt", ["97"]),
    ("Namn: Quill, Ada   Ålder: 91\nAdress: okänd", ["91"]),
    ("| Patiënt | Q. Quill |\n| Leeftijd | 94 |\n| Onderzoek | CT |", ["94"]),
    ("Paziente: Quill Ada   Età: 92   Sesso: F", ["92"]),
    ("Patient: Quill, Ada, geb. 02-01-1930 (96 J.)\nVersichertennr.: X1", ["96"]),
    ("Paciente de 92 años con dolor lumbar.", ["92"]),
    ("| field | value |\n|---|---|\n| age | 93 |\n| exam | CT head |", ["93"]),
    ('{"birthDate": "1930-02-03", "ageYears": "95", "gender": "F"}', ["95"]),
    ('{\n  "patientAge": 97,\n  "sex": "M"\n}', ["97"]),
    ("hi this is ada, i'm 94 and my ct says a spot on my lung", ["94"]),
    ("Requested: accession, date, age.\n  QX1234 | QUILLON, ADA B | 2022-03-04 | 556677 | 96\n", ["96"]),
])
def test_old_age_layouts(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)


@pytest.mark.parametrize(("text", "keep"), [
    ("Leeftijd 45\nOnderzoek: CT thorax", ["45"]),
    ("| age | 72 |\n| exam | CT |", ["72"]),
    ('{"imageCount": 95, "dosageMg": 100}', ["95", "100"]),
    ("i'm 95% sure the pain is better, and I am 90 minutes away", ["95", "90"]),
    ("Requested: accession, date, age.\n  QX1234 | QUILLON, ADA B | 2022-03-04 | 556677 | 71\n", ["71"]),
    ("  QX1234 | QUILLON, ADA B | 2022-03-04 | DLP | 95\n", ["95"]),  # no age in the text: a number
])
def test_younger_ages_and_numbers_are_kept(analyzer: PhiAnalyzer, text: str, keep: list[str]) -> None:
    check(analyzer, text, [], keep)


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize(("text", "phi"), [
    ("Name : ADA QUILLON    Aadhaar : 4821 7733 9012\nAge/Sex : 41Y/F", ["4821 7733 9012"]),
    ("AE CT_MAIN @ 2001:db8:7f::a1:104 not reachable", ["2001:db8:7f::a1"]),
    ("Adress: okänd\nTelefon: 031-712 40 55\nUndersökning: DT", ["031-712 40 55"]),
])
def test_national_numbers_and_addresses(analyzer: PhiAnalyzer, text: str, phi: list[str]) -> None:
    check(analyzer, text, phi)
