"""Styles 11-20 of blind45: results call, prior request, pharmacy, radio, operator, checklist, courier,
addendum, answering service, video-visit captions."""

from __future__ import annotations

import b45_speak as sp
from b45_speak import K, P
from b45_styles_a import fix, gap, garble

CLINIC_STREETS = ["Commerce Drive", "Hospital Road", "Medical Park Way", "Professional Plaza"]


def patient_results_inquiry_call(c, clk):
    r = c.r
    return (f"Patient Access Center - call transcript (speech analytics)\nDate {c.exam_ty()}  Agent {c.sfull(0)}  "
            f"Queue: Imaging Results\n\n"
            f"{clk()} Agent: Imaging results line, this is {P(c.staff[0][0], 'PERSON')}.\n"
            f"{clk()} Caller: Hi. I'm trying to find out about my scan. My name is {c.full()}.\n"
            f"{clk()} Agent: Can you spell the last name for me?\n"
            f"{clk()} Caller: Sure, {c.spelled_last('phonetic')}. And the first name is {c.firstn()}, "
            f"{c.spelled_first()}.\n"
            f"{clk()} Agent: And date of birth?\n"
            f"{clk()} Caller: {c.dob_sp()}.\n"
            f"{clk()} Agent: I'm not finding you. Do you have the medical record number?\n"
            f"{clk()} Caller: It's, um, {fix(c, c.mrn, 'MRN')}. Sorry, I'm reading it off the wristband from "
            f"last time.\n"
            f"{clk()} Agent: There you are. I see a {c.mod()} on {c.exam_sp()} at {c.facility()}. It has been "
            f"read by Dr. {c.s(1)}, but results are released through the portal or by your doctor, "
            f"Dr. {c.sfull(2)}.\n"
            f"{clk()} Caller: I can't log in to the portal. I tried {c.url_sp()} like four times.\n"
            f"{clk()} Agent: I can send a reset link. Is the email still {c.email_sp()}?\n"
            f"{clk()} Caller: Yes. And I'm {c.age_adj()}, I don't do computers well, honestly.\n"
            f"{clk()} Agent: Understood. I'll ask Dr. {c.s(2)}'s office to call you at {c.phone_sp()} "
            f"before {c.time_sp()} tomorrow.\n"
            f"{clk()} Caller: Thank you, dear.\n")


def referring_office_prior_request_call(c, clk):
    r = c.r
    yr = c.exam[0] - r.randint(2, 6)
    return (f"Film Library - inbound call notes (recorded line, auto-transcribed)\n{c.exam_ty()} {c.time_ty()}  "
            f"Taken by {c.sfull(0)}\n\n"
            f"{clk()} Caller: Hi, this is {P(c.staff[3][0] + ' ' + c.staff[3][1], 'PERSON')} calling from "
            f"Dr. {c.s(1)}'s office at {c.facility(True)}. We need the prior {c.mod()} for a patient.\n"
            f"{clk()} Library: Sure. Patient name?\n"
            f"{clk()} Caller: {c.full()}. That's {c.spelled_last()}. DOB {c.dob_sp()}.\n"
            f"{clk()} Library: And roughly when was the study?\n"
            f"{clk()} Caller: Back in {K(sp.year_words(yr, r), 'year')}, maybe the spring. The patient "
            f"thinks it was at your {c.city_p()} site.\n"
            f"{clk()} Library: I see two. One on {P(sp.date_spoken(yr, r.randint(3, 5), r.randint(1, 28), r), 'DATE_TIME')}, "
            f"accession {c.acc_sp()}, and a follow-up ultrasound in {K(str(yr + 1), 'year')}.\n"
            f"{clk()} Caller: The first one. Can you push it to our PACS or burn a disc?\n"
            f"{clk()} Library: We'll need the release. Fax it to {P(sp.phone_spoken(c.phone[:3] + c.phone[6:] + c.phone[3:6], r), 'PHONE')}.\n"
            f"{clk()} Caller: Okay, and our fax is {c.phone_sp()}, attention {c.s(3)}. The patient's new "
            f"appointment is {c.exam_sp()}, so we kind of need it before then.\n"
            f"{clk()} Library: Noted. The report said {c.finding()}.\n\n"
            f"Request logged: MRN {c.mrn_ty()}, ACC {c.acc_ty()}, requester {c.facility(True)}.\n")


def pharmacy_contrast_allergy_callback(c, clk):
    r = c.r
    t1, t2 = r.choice([(1, 7), (0, 6), (2, 8)])
    return (f"PHARMACY CALLBACK - contrast premedication (transcribed from recorded line)\n"
            f"Pharmacist: {c.sfull(0)}, PharmD   Tech calling: {c.sfull(1)}   {c.exam_ty()} {c.time_ty()}\n\n"
            f"{clk()} Pharmacist: Pharmacy, this is {c.s(0)}.\n"
            f"{clk()} Tech: Hi, it's {c.s(1)} in {c.mod()}. I've got a patient with a contrast allergy for "
            f"tomorrow and the premed order looks off. {c.full()}, medical record {c.mrn_sp()}.\n"
            f"{clk()} Pharmacist: One sec. Is that {c.lastn()}, {c.spelled_last('hyphen')}?\n"
            f"{clk()} Tech: Yes, date of birth {c.dob_sp()}. {c.age_phrase()}.\n"
            f"{clk()} Pharmacist: Okay, I see prednisone fifty milligrams at thirteen hours, seven hours and "
            f"one hour before. When's the scan?\n"
            f"{clk()} Tech: {c.exam_sp()} at {P(sp.time_spoken(9 + t1, 0, r), 'DATE_TIME')}.\n"
            f"{clk()} Pharmacist: Then doses at {P(sp.words(t1 + 20 - 12) + ' hundred hours', 'DATE_TIME')} "
            f"the night before, {P('oh ' + sp.ONES[t2 % 10] + ' hundred', 'DATE_TIME')}, and "
            f"{P(sp.time_spoken(8 + t1, 0, r), 'DATE_TIME')} with the diphenhydramine.\n"
            f"{clk()} Tech: Got it. Prescriber is Dr. {c.s(2)}, callback {c.ext_sp()}.\n"
            f"{clk()} Pharmacist: And the pharmacy on file for the patient is the one on "
            f"{P(c.street, 'STREET_ADDRESS')} in {c.city_p()}? I'll send it there. Their number is "
            f"{c.phone_sp()}.\n"
            f"{clk()} Tech: Perfect. Insurance is {c.carrier}, ID {c.plan_sp()}.\n")


def ambulance_radio_patch(c, clk):
    r = c.r
    unit = f"Medic {r.randint(3, 42)}"
    return (f"ED RADIO LOG - patch transcript  {c.exam_ty()}\nReceiving: {c.facility()}  MICN {c.sfull(0)}, "
            f"{c.cred()}\n\n"
            f"{clk()} {unit}: {c.facility()}, {unit}, how copy?\n"
            f"{clk()} MICN: {unit}, {c.facility()}, go ahead.\n"
            f"{clk()} {unit}: We're inbound with {c.age_adj()} {'female' if c.she else 'male'}, fall at "
            f"home, picked up at {c.addr_sp()}. {c.he().capitalize()} has {c.dev_art()}, serial off the card is {c.serial_sp()}. Possible hip, and ah, they want the {c.mod()} on arrival.\n"
            f"{clk()} MICN: Copy. Patient name?\n"
            f"{clk()} {unit}: {c.full()}, last name {c.spelled_last('space')}, date of birth {c.dob_sp()}. "
            f"[static] ...{P(garble(c.last), 'PERSON')}... copy?\n"
            f"{clk()} MICN: Copy {c.lastn()}. Is that the patient from {c.facility(True)}? We have an MRN "
            f"{c.mrn_sp()}.\n"
            f"{clk()} {unit}: Affirm, nursing home resident. Daughter is meeting you, callback "
            f"{c.phone_sp()}. ETA {c.time_sp()}, about eight minutes.\n"
            f"{clk()} MICN: Copy, ETA eight. Trauma bay two. {c.facility()} clear.\n")


def operator_overhead_page_log(c, clk):
    r = c.r
    y, m, d = c.exam
    rows = [f"OPERATOR CONSOLE - page log {P(f'{m}/{d}/{y}', 'DATE_TIME')}  operator {c.sfull(4)}", ""]
    hh = r.randint(0, 20)
    for i in range(4):
        who = c.staff[i]
        mm = r.randint(0, 59)
        spoken_ext = sp.spoken_digits(c.ext[:-1] + str(i), r, (4,), r.choice(["words", "double", "pairs"]))
        rows.append(f"{P(f'{hh:02d}:{mm:02d}', 'DATE_TIME')}  OVERHEAD  \"Doctor {P(who[1], 'PERSON')}, "
                    f"{P(sp.spell(who[1], r, 'hyphen'), 'PERSON')}, please call {P(spoken_ext, 'PHONE')}\"  "
                    f"req by {'radiology' if i % 2 == 0 else 'ED'}")
        hh = min(23, hh + r.randint(0, 2))
    rows.append(f"{P(f'{hh:02d}:{r.randint(0, 59):02d}', 'DATE_TIME')}  TEXT PAGE to Dr. {c.sfull(1)}: "
                f"\"CRIT RESULT {c.lastn()} MRN {c.mrn_ty()} ACC {c.acc_ty()} pls call rad {c.ext_sp()}\"")
    rows.append(f"{P(f'{hh:02d}:{r.randint(0, 59):02d}', 'DATE_TIME')}  OUTSIDE LINE from {c.phone_ty()} "
                f"({c.relative()}) asking for the patient's room; caller gave DOB {c.dob_sp()}; transferred to 6W.")
    rows.append(f"{P(f'{hh:02d}:{r.randint(0, 59):02d}', 'DATE_TIME')}  NOTE: caller spelled patient surname "
                f"as {c.spelled_last()}; {c.age_phrase()}; {c.he()} was seen for {c.mod()} today.")
    return "\n".join(rows) + "\n"


def two_identifier_readback_checklist(c, clk):
    r = c.r
    box = lambda: r.choice(["[x]", "[X]", "[✓]"])  # noqa: E731
    return (f"CRITICAL RESULT COMMUNICATION - READ-BACK CHECKLIST\nFacility: {c.facility()}\n"
            f"Result called by: Dr. {c.sfull(0)}, {c.cred()}   Received by: {c.sfull(1)}, "
            f"{K(r.choice(['RN', 'NP', 'PA-C']), 'credential')}\n"
            f"Date: {c.exam_ty()}   Time called: {c.time_ty()}   Time read back: {c.time_ty()}\n\n"
            f"{box()} Identifier 1 (name) as stated by caller: \"{c.full()}\"\n"
            f"      spelled: \"{c.spelled_last()}\"\n"
            f"{box()} Identifier 2 (DOB) as stated: \"{c.dob_sp()}\"\n"
            f"{box()} MRN as stated: \"{c.mrn_sp()}\"  (chart: {c.mrn_ty()})\n"
            f"{box()} Accession as stated: \"{c.acc_sp()}\"  (RIS: {c.acc_ty()})\n"
            f"{box()} Receiver read back name and DOB: \"{c.lastn()}, {c.dob_sp()}\"\n"
            f"{box()} Finding read back: \"{c.finding()}\"\n"
            f"{box()} Ordering provider notified: Dr. {c.sfull(2)} at {c.phone_sp()}\n"
            f"[ ] Patient notified directly (not required)\n\nComments: receiver initially heard the MRN as "
            f"{fix(c, c.mrn, 'MRN')}; corrected on read-back. Patient is {c.age_adj()}.\n")


def film_library_courier_call(c, clk):
    r = c.r
    return (f"Courier request - phone intake (voice-to-text)\nReceived {c.exam_ty()} {c.time_ty()} by {c.sfull(0)}\n\n"
            f"{clk()} Courier dispatch: Hi, it's {P(c.staff[3][0], 'PERSON')} with the courier service, "
            f"I've got a pickup for a CD of images, but the label is smudged, can you read me the details?\n"
            f"{clk()} Library: Sure. Patient {c.full()}, {c.spelled_last('comma')}, DOB {c.dob_sp()}. Two "
            f"studies, accessions {c.acc_sp()} and {gap(c, c.acct[:8], 'ACCESSION')}.\n"
            f"{clk()} Courier dispatch: And it's going to?\n"
            f"{clk()} Library: {c.facility(True)}, attention Dr. {c.s(1)}. Delivery address is {c.addr_sp()}.\n"
            f"{clk()} Courier dispatch: Apartment? That's a clinic?\n"
            f"{clk()} Library: Sorry, no, that's the patient's home address, they asked for a copy too. The clinic "
            f"is {P(str(r.randint(10, 990)) + ' ' + r.choice(CLINIC_STREETS), 'STREET_ADDRESS')}.\n"
            f"{clk()} Courier dispatch: Got it. Pickup by {c.time_sp()}? Contact number?\n"
            f"{clk()} Library: {c.phone_sp()}, or the clinic at {P(sp.phone_spoken(c.phone[:3] + '5550' + c.ext[:3], r), 'PHONE')}. "
            f"Confirmation goes to {c.email_sp()}.\n"
            f"{clk()} Courier dispatch: Okay, you're all set. Reference {r.choice(['Q', 'K', 'T'])}{r.randint(100, 999)}.\n")


def dictated_addendum_spelled_names(c, clk):
    r = c.r
    H = lambda h: K(h, "section_header")  # noqa: E731
    ref = c.staff[1]
    return (f"{H('ADDENDUM')} (dictated {c.exam_ty()} {c.time_ty()}, Dr. {c.sfull(0)}, {c.cred(('MD', 'DO'))})\n"
            f"Patient: {c.header_name()}  MRN {c.mrn_ty()}  ACC {c.acc_ty()}  DOB {c.dob_ty()}\n\n"
            f"This addendum is dictated to correct the name of the referring clinician comma which was "
            f"misrecognized as {P(garble(ref[1]), 'PERSON')} in the original report period The referring "
            f"clinician is Dr. {P(ref[0] + ' ' + ref[1], 'PERSON')} comma spelled {P(sp.spell(ref[1], r), 'PERSON')} "
            f"comma of {c.facility(True)} period\n\n"
            f"In addition comma the patient's surname was heard by the transcription engine as "
            f"{P(garble(c.last), 'PERSON')}; the correct spelling is {c.spelled_last('space')}, "
            f"{c.lastn()} period New paragraph\n\n"
            f"{H('FINDINGS')} are unchanged: {c.finding()}. The critical result was communicated by telephone "
            f"to {P(c.staff[2][0] + ' ' + c.staff[2][1], 'PERSON')}, {K('RN', 'credential')}, on {c.exam_sp()} "
            f"at {c.time_sp()}, with read-back of name and date of birth {c.dob_sp()} period\n\n"
            f"{H('IMPRESSION')}: unchanged from the original report dated {c.exam_ty()}. Patient is {c.age_adj()}.\n"
            f"End of addendum.\n")


def answering_service_after_hours_msg(c, clk):
    r = c.r
    return (f"AFTER-HOURS ANSWERING SERVICE - MESSAGE\nFor: Radiology on call (Dr. {c.sfull(0)})   Taken by: "
            f"operator {P(c.staff[1][0], 'PERSON')}\nReceived: {c.exam_ty()} {c.time_ty()}   Urgency: "
            f"{r.choice(['ROUTINE', 'URGENT', 'CALL BACK TONIGHT'])}\n"
            f"Caller: {P(c.rel_name, 'PERSON')} ({c.rel} of patient)\nCallback: {c.phone_ty()}\n\n"
            f"Message (as spoken by caller): \"Yeah hi, I'm calling about my {c.rel.replace('granddaughter', 'grandmother')}"
            f", {c.full()}, that's {c.spelled_last()}. Um, {c.he()}'s... {c.age_adj()}, and {c.he()} had "
            f"the {c.mod()} today and the, uh, the tech said somebody would call about the results and nobody "
            f"did. The MRN on the bracelet is {gap(c, c.mrn, 'MRN')}, sorry the last part is rubbed off. "
            f"Date of birth {c.dob_sp()}. Please call me back at {c.phone_sp()}, not the home number. "
            f"We're at {c.addr_sp()}. Thanks.\"\n\n"
            f"Operator note: caller upset. Paged Dr. {c.s(0)} at {c.time_sp()}; no answer, repaged at "
            f"{c.time_sp()}.\n")


def video_visit_autocaption_excerpt(c, clk):
    r = c.r
    lo = lambda s: s.lower().replace(",", "")  # noqa: E731
    name = lo(f"{c.first} {c.last}")
    dob = lo(sp.date_spoken(*c.dob, r)).replace("/", " ")
    return (f"Video visit - auto-generated captions (unedited)\nVisit: {c.exam_ty()}  Clinician: "
            f"Dr. {c.sfull(0)}  Patient: {c.header_name()}  MRN {c.mrn_ty()}\n\n"
            f"{clk()} Speaker 1: hi can you hear me okay\n"
            f"{clk()} Speaker 2: yes hi doctor {P(lo(c.staff[0][1]), 'PERSON')}\n"
            f"{clk()} Speaker 1: great before we start can you tell me your full name and date of birth\n"
            f"{clk()} Speaker 2: {P(name, 'PERSON')} {P(dob, 'DATE_TIME')}\n"
            f"{clk()} Speaker 1: thank you so i looked at your {c.mod()} from {P(lo(sp.date_spoken(*c.exam, r, False)), 'DATE_TIME')} "
            f"and {sp.keep_template(lo(c.finding_raw))}\n"
            f"{clk()} Speaker 2: okay um my {c.rel} {P(lo(c.rel_name), 'PERSON')} is here too can she hear\n"
            f"{clk()} Speaker 3: [crosstalk] hi yes its {P(lo(c.rel_name.split()[0]), 'PERSON')}\n"
            f"{clk()} Speaker 1: we'll set up a follow-up at {c.facility(True)} the scheduler will call "
            f"{P(lo(sp.phone_spoken(c.phone, r)), 'PHONE')}\n"
            f"{clk()} Speaker 2: or email me at {P(lo(sp.email_spoken(c.email_local, c.dom)), 'EMAIL')}\n"
            f"{clk()} Speaker 1: perfect and the appointment is {P(lo(sp.date_spoken(*c.exam, r, False)), 'DATE_TIME')} "
            f"at {P(lo(sp.time_spoken(r.randint(8, 16), r.choice([0, 30, 15]), r)), 'DATE_TIME')}\n"
            f"[captions paused]\n")
