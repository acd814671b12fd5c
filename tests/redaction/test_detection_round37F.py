"""Round 37 (F): addresses written the Australian, New Zealand, South African, Indian, Philippine, Nigerian and
Irish way: a four-digit postcode closing a numbered street's line (or laid out below it), the town of such a line,
Indian door numbers, Philippine block and lot, Nigerian plots, a street with a trailing part word, a clinic after a
"Clinic:" label, chiropractors' and funeral directors' names, a capitals letterhead above a street, and a town after
"repatriation to" or an "ETA"; each with a look-alike left alone.

Invented text.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, typed, untouched


def test_postcode_closing_street_line(analyzer: PhiAnalyzer) -> None:
    text = "Patient address: 41 Wombat Crescent, Port Marrow, QLD 4127\nReason: knee pain\n"
    check(analyzer, text, ["41 Wombat Crescent", "Port Marrow", "4127"])
    text = "Visited her at home (Blk 3 Lot 12, Acacia Street, San Isidro Sur, Laguna 4031) with her son.\n"
    check(analyzer, text, ["Blk 3 Lot 12, Acacia Street", "4031"])
    text = "17 Puriri Road, Tawhiti Bay, 3087\nPh 021 555 0101\n"
    check(analyzer, text, ["17 Puriri Road", "3087"])


def test_postcode_stacked_lines(analyzer: PhiAnalyzer) -> None:
    text = "Mr Quentin Arbery\n52 Kauri Street\nMatawhero\n4410\nTel. (09) 555 0123\n"
    check(analyzer, text, ["52 Kauri Street", "Matawhero", "4410"])


def test_four_digits_not_a_postcode(analyzer: PhiAnalyzer) -> None:
    text = "Follow-up in 2025, dose 1500 units; lesion at the Right Lower Lobe, 2024\n"
    assert not typed(analyzer, text, "ZIP")
    text = "Counted 3000 cells, Platelets 2500\n"
    assert not typed(analyzer, text, "ZIP")


def test_indian_nigerian_irish_streets(analyzer: PhiAnalyzer) -> None:
    text = "Re: patient   No. 27/4, 5th Cross, Tagore Layout, Hosapura, Karnataka 560099\n"
    check(analyzer, text, ["No. 27/4, 5th Cross, Tagore Layout"])
    text = "Dispensary\nNo. 9/2, Patel Colony Main Road, Ramapuram, Tamil Nadu 600089\n"
    check(analyzer, text, ["No. 9/2, Patel Colony Main Road"])
    text = "Seen at home (Plot 18, Okonkwo Close, Ikeja, Lagos State 100271) with a neighbour.\n"
    check(analyzer, text, ["Plot 18, Okonkwo Close"])
    text = "Currently resides at Flat 3, 71 Bridge Street Lower, Kilmore, Co. Galway H91 X2Y3.\n"
    check(analyzer, text, ["Flat 3, 71 Bridge Street Lower"])


def test_street_look_alikes(analyzer: PhiAnalyzer) -> None:
    text = "No. 2 lesion, 3rd Cross-section reviewed.\nUpper lobe: 4 mm nodule. Plot 2, the curve shows decline.\n"
    assert not typed(analyzer, text, "STREET_ADDRESS")


def test_clinic_label_and_business_names(analyzer: PhiAnalyzer) -> None:
    text = "Treating practitioner: Dr Ona Villers (DC)\nClinic: Posture Point Wellness, (08) 555 0177\n"
    check(analyzer, text, ["Posture Point Wellness"])
    text = "Pemberton & Daughters Funeral Directors\n12 Quarry Lane, Millbrook, NSW 2777\n"
    check(analyzer, text, ["Pemberton & Daughters Funeral Directors", "2777"])
    text = "Referred by Straight Spine Chiropractic for lumbar films.\n"
    check(analyzer, text, ["Straight Spine Chiropractic"])
    text = "Please Contact Quiet Harbour Funeral Home before the scan.\n"
    check(analyzer, text, ["Quiet Harbour Funeral Home"])


def test_clinic_label_look_alike(analyzer: PhiAnalyzer) -> None:
    text = "Clinic: Fracture review, 2 weeks\nChiropractic manipulation is not advised.\n"
    assert not typed(analyzer, text, "FACILITY")
    assert untouched(analyzer, text, "Chiropractic")


def test_capitals_letterhead(analyzer: PhiAnalyzer) -> None:
    text = "KAURI HEIGHTS RADIOLOGY\nUnit 2/40 Harbour View Road, Matawhero, 4410\nTel 021 555 0140\n"
    check(analyzer, text, ["KAURI HEIGHTS RADIOLOGY"])
    text = "RIGHT KNEE\n2 views obtained.\n"
    assert untouched(analyzer, text, "RIGHT KNEE")


def test_repatriation_and_eta_towns(analyzer: PhiAnalyzer) -> None:
    text = "Repatriation to Wellington requires a statement that no implant is present.\n"
    check(analyzer, text, ["Wellington"])
    text = "ETA Port Marrow 12th March approx 0900hrs. Agent has the films.\n"
    check(analyzer, text, ["Port Marrow"])
    text = "ETA 12 minutes by road; repatriation to ward planned.\n"
    assert not typed(analyzer, text, "CITY")
