"""Round 34 (Q): people in terse lower-case start-of-shift huddle notes (the patient of a room or bullet line before
the age, who is out and who covers, who is called out and who stays, the lead, the patient whose study a doctor
wants changed), particles and eponym surnames included; people in the role slots of registry, incident and
service notes (an abstractor's dotted initials, who discovered or corrected an incident, a consultant in brackets
after the service, a caller before the credential, an initial and surname opening a list line, "Address for
Lane:"); and a word the name tagger would take before a named disease ("Comorbid Bell palsy") left alone.

Invented text; each case fails without the round's rules.
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check


def test_room_bullet_patient_before_age(analyzer: PhiAnalyzer) -> None:
    text = "evening huddle 3/4\n- rm 2: le marchand (aged 71) anxious, wants DWI first; sedation at 4:10 PM\n"
    check(analyzer, text, ["le marchand"])
    text = "huddle 5/9\n- bay 4: paget (33 yo) claustrophobic, wants STIR done first\n"
    check(analyzer, text, ["paget"])


def test_bullet_patient_before_age(analyzer: PhiAnalyzer) -> None:
    text = "huddle 1/2\n- odalys ferncastle (Age: 97Y), bed-bound, from the rehab unit; transport at 9:00 a.m.\n"
    check(analyzer, text, ["odalys ferncastle"])


def test_staffing_and_callouts_lines(analyzer: PhiAnalyzer) -> None:
    text = "huddle 4/4\nstaffing: quillon van der mast out, tamsin crohn covering 07:30-19:30\n"
    check(analyzer, text, ["quillon van der mast", "tamsin crohn"])
    text = "huddle 4/5\ncallouts: perpetua von roth; osric bellweather stays till 19:15 (started 07:15)\n"
    check(analyzer, text, ["perpetua von roth", "osric bellweather"])


def test_lead_and_doctor_request(analyzer: PhiAnalyzer) -> None:
    text = "huddle 6/1 07:15 - lead: cushing\n- dr harbin wants left kidney added on ottoline grue's study\n"
    check(analyzer, text, ["cushing", "ottoline grue"])


def test_abstractor_initials(analyzer: PhiAnalyzer) -> None:
    text = "Daughter confirmed the address by phone.\nAbstracted by Q.R.W. on 4/11.\n"
    check(analyzer, text, ["Q.R.W."])


def test_incident_discoverer_and_corrector(analyzer: PhiAnalyzer) -> None:
    text = "Study mis-routed overnight. Discovered 2:14 AM when tobin marchetti saw liver images on a knee order.\n"
    check(analyzer, text, ["tobin marchetti"])
    text = "Discovered 04:10:33 when Ignatius saw spine images on a hand order.\n"
    check(analyzer, text, ["Ignatius"])
    text = "Cause: cached worklist. Corrected in the VNA by Chase Lane (https://pacs.example.org/x) at 01:05.\n"
    check(analyzer, text, ["Chase Lane"])


def test_reviewer_consultant_and_caller(analyzer: PhiAnalyzer) -> None:
    text = "acc,date,reason\nA1,2024-01-02,motion\n\nNote: Anselm Lane reviewed outliers; repeat rate 4.1%.\n"
    check(analyzer, text, ["Anselm Lane"])
    text = "Keep the coil clear of the knee. Cardiology (S. Lane) agreed to be on site.\n"
    check(analyzer, text, ["S. Lane"])
    text = "Called in at 10:10 on 06-12-2019 by Ignatius (RT(R)(CT)) for detector ghosting.\n"
    check(analyzer, text, ["Ignatius"])


def test_list_line_and_address_for(analyzer: PhiAnalyzer) -> None:
    text = "Patients to move:\nM. Lane, MRN 44-123-987, 7:57 a.m. - can go to the east clinic\n"
    check(analyzer, text, ["M. Lane"])
    text = "Two charts were merged. Address for Lane: 12 Ashgrove Way; the other patient lives elsewhere.\n"
    check(analyzer, text, ["Lane"])


def test_comorbid_eponym_left_alone(analyzer: PhiAnalyzer) -> None:
    text = "Our MRI shows a small lesion in the right hippocampus. Comorbid Bell palsy (diagnosed 2011). Stable.\n"
    check(analyzer, text, [], ["Bell palsy"])
    text = "CT shows lytic change in the pelvis. Comorbid Paget disease (diagnosed 2020). Stable.\n"
    check(analyzer, text, [], ["Paget disease"])
