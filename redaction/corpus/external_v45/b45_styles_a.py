"""Styles 1-10 of blind45: phone, voicemail, dictation, interpreter, IVR, QA, triage, consent, assistant, board."""

from __future__ import annotations

import b45_speak as sp
from b45_speak import K, P


def fix(c, digits: str, typ: str) -> str:
    """A number read with a correction: each written piece (wrong and right) is its own span."""
    r = c.r
    cut = max(2, len(digits) - r.choice([3, 4]))
    head, tail = digits[:cut], digits[cut:]
    bad = tail[:-1] + str((int(tail[-1]) + r.randint(1, 8)) % 10)
    say = lambda s: sp.spoken_digits(s, r, (len(s),), "words")  # noqa: E731
    return (P(say(head), typ) + ", " + P(say(bad), typ) + r.choice(["... no sorry, ", ", uh, no, scratch that, ",
                                                                     " -- sorry, correction, "]) + P(say(tail), typ))


def gap(c, digits: str, typ: str) -> str:
    """A number interrupted by [inaudible]: each heard piece is a span."""
    cut = len(digits) // 2
    r = c.r
    return (P(sp.spoken_digits(digits[:cut], r, (cut,), "words"), typ) + r.choice([" [inaudible] ", " [crosstalk] "])
            + P(sp.spoken_digits(digits[cut:], r, (len(digits) - cut,), "words"), typ))


def garble(name: str) -> str:
    """How speech recognition might mis-hear a surname (still the name, so still PERSON)."""
    a = sp.ascii_letters(name).capitalize()
    mid = max(2, len(a) // 2)
    return a[:mid] + " " + a[mid:].capitalize() if len(a) > 3 else a + "h"


def critical_result_phone_transcript(c, clk):
    rad, rn, doc = c.staff[0], c.staff[1], c.staff[2]
    R, N = "Dr. " + P(rad[1], "PERSON"), "RN " + P(rn[1], "PERSON")
    return (f"CRITICAL RESULTS LINE - CALL RECORDING TRANSCRIPT\nRecorded: {c.exam_ty()} {c.time_ty()}\n"
            f"Caller ID: {c.phone_ty()}\nLogged by: {c.sfull(3)}\n\n"
            f"{clk()} {R}: Hi, this is Dr. {P(rad[0] + ' ' + rad[1], 'PERSON')} in radiology at {c.facility()}, "
            f"I'm calling with a critical result. Who am I speaking with?\n"
            f"{clk()} {N}: Um, this is {P(rn[0] + ' ' + rn[1], 'PERSON')}, I'm the charge nurse on four west.\n"
            f"{clk()} {R}: Okay. I need two identifiers. Patient is {c.full()}, last name spelled "
            f"{c.spelled_last()}, date of birth {c.dob_sp()}.\n"
            f"{clk()} {N}: Hold on, let me pull... okay, I have {c.lastn()}, and the MRN I have is {c.mrn_sp()}.\n"
            f"{clk()} {R}: That matches. Accession {c.acc_sp()}. So, {c.age_adj()} patient, and the {c.mod()} "
            f"report says, um, {c.finding()}.\n"
            f"{clk()} {N}: Can I read that back? {c.lastn()}, {c.finding_plain()}.\n"
            f"{clk()} {R}: Correct. Please get Dr. {P(doc[1], 'PERSON')} on it, and they can call me back at "
            f"extension {c.ext_sp()}.\n"
            f"{clk()} {N}: Will do. Time now is {c.time_sp()}. [crosstalk] Sorry, that was the unit clerk.\n"
            f"{clk()} {R}: No problem. Thanks, bye.\n")


def voicemail_asr_spelled_callback(c, clk):
    r = c.r
    conf = r.choice(["0.62", "0.71", "0.88", "0.54"])
    return (f"Subject: New voicemail from {c.phone_ty()} (0:{r.randint(31, 59)})\n"
            f"Received: {c.exam_ty()} at {c.time_ty()}\nMailbox: Imaging Scheduling, {c.facility()}\n"
            f"Transcription (confidence {conf}) - transcripts may contain errors:\n\n"
            f"\"Hi, yeah, uh, this is {c.full()}, last name {c.spelled_last()}, first name "
            f"{c.spelled_first('hyphen')}. Um. I'm calling because I had the {c.mod()} done on {c.exam_sp()} and "
            f"nobody called me with the, with the results yet. My date of birth is {c.dob_sp()}. I think my "
            f"chart number is {c.mrn_sp()}, it's on the paper they gave me. You can call me back at "
            f"{c.phone_sp()}, or my {c.rel} picks up, that's {P(c.rel_name, 'PERSON')}. If it's easier, email "
            f"is {c.email_sp()}. I'm home after {c.time_sp()}. Okay, thank you, bye bye. [end of message]\"\n\n"
            f"Reply to this email will not reach the caller. Forwarded to: {c.sfull(0)}\n")


def sr_draft_identifier_readback(c, clk):
    r = c.r
    H = lambda h: K(h, "section_header")  # noqa: E731
    return (f"SPEECH RECOGNITION DRAFT - PRELIMINARY, NOT SIGNED\n"
            f"Patient: {c.header_name()}   MRN: {c.mrn_ty()}   Acc#: {c.acc_ty()}   DOB: {c.dob_ty()}   "
            f"Age: {c.age_ty()}\nImplant on file: {c.device} SN {c.serial_ty()}\nReading: Dr. {c.sfull(0)}, {c.cred(('MD', 'DO'))}   Site: {c.facility()}\n\n"
            f"[read-back of identifiers before dictation] patient {c.full()} period last name "
            f"{c.spelled_last('space')} period medical record number {c.mrn_sp()} period accession "
            f"{c.acc_sp()} new paragraph\n\n"
            f"{H('EXAMINATION')}: {c.mod()} performed {c.exam_sp(year=True)}.\n"
            f"{H('CLINICAL HISTORY')}: {c.age_adj()} referred by Dr. {c.sfull(1)} comma follow up.\n"
            f"{H('COMPARISON')}: outside study from {c.facility(True)} dated {P(sp.date_spoken(c.exam[0] - 1, r.randint(1, 12), r.randint(1, 28), r), 'DATE_TIME')}.\n"
            f"{H('FINDINGS')}: {c.finding()}. No other acute abnormality period\n"
            f"{H('IMPRESSION')}: {c.finding_plain()} period. Discussed with Dr. {c.s(1)} by telephone at "
            f"{c.time_sp()} on {c.exam_sp()} comma read back confirmed period\n\n"
            f"[ASR uncertain tokens: '{P(garble(c.last), 'PERSON')}' (replaced by {c.lastn()}), 'period']\n"
            f"Draft saved {c.exam_ty()} {c.time_ty()} workstation {c.ip_ty()}\n")


def interpreter_relay_scheduling_call(c, clk):
    r = c.r
    lang = r.choice(["Vietnamese", "Somali", "Portuguese", "Haitian Creole", "Polish", "Arabic", "Tigrinya"])
    I = "Interpreter"  # noqa: E741
    return (f"Scheduling call via telephone interpreter ({lang}), interpreter ID {r.randint(200000, 899999)}\n"
            f"Scheduler: {c.sfull(0)}   Date: {c.exam_ty()}   Start: {c.time_ty()}\n\n"
            f"{clk()} Scheduler: Hello, this is {c.s(0)} from {c.facility()}, I'm calling to set up the "
            f"{c.mod()} that Dr. {c.s(1)} ordered. Can you ask the patient to confirm their full name?\n"
            f"{clk()} {I}: The patient says {c.his()} name is {c.full()}. {c.he().capitalize()} is spelling the family name: "
            f"{c.spelled_last()}.\n"
            f"{clk()} Scheduler: And the date of birth?\n"
            f"{clk()} {I}: She says {c.dob_sp()}. Uh, interpreter clarifying... yes, {c.dob_sp()}.\n"
            f"{clk()} Scheduler: Thank you. The address we have is {c.addr_ty()}, is that still right?\n"
            f"{clk()} {I}: She says no, she moved, it is now {c.addr_sp()}.\n"
            f"{clk()} Scheduler: Got it. Best phone?\n"
            f"{clk()} {I}: {c.phone_sp()}. She says if she does not answer, call her {c.rel}, "
            f"{P(c.rel_name, 'PERSON')}, at {P(sp.phone_spoken(c.phone[:6][::-1] + c.phone[6:], r), 'PHONE')}.\n"
            f"{clk()} Scheduler: We have {c.exam_sp()} at {c.time_sp()}. The insurance member ID on file is "
            f"{c.plan_sp()}, is that current?\n"
            f"{clk()} {I}: [inaudible] ... she says yes, the card says {c.carrier}.\n"
            f"{clk()} Scheduler: Perfect. Please tell her to arrive thirty minutes early and bring the card.\n")


def ivr_confirmation_call_log(c, clk):
    r = c.r
    y, m, d = c.exam
    lines = [f"IVR APPOINTMENT CONFIRMATION - session {r.randint(10 ** 7, 10 ** 8 - 1)}",
             f"campaign=imaging_reminders site={c.facility()} dialed={c.phone_ty()}"]
    hh, mm = r.randint(8, 17), r.randint(0, 50)

    def ts():
        nonlocal mm
        mm = min(59, mm + r.randint(0, 2))
        return f"{P(f'{y}-{m:02d}-{d:02d}', 'DATE_TIME')} {P(f'{hh:02d}:{mm:02d}:{r.randint(0, 59):02d}', 'DATE_TIME')}"

    lines += [f"{ts()} CALL_CONNECTED answered_by=human",
              f"{ts()} TTS \"Hello, this is an automated message from {c.facility()} for {c.full()}.\"",
              f"{ts()} PROMPT verify_dob \"Please say your date of birth.\"",
              f"{ts()} ASR conf=0.{r.randint(41, 97)} result=\"{c.dob_sp()}\" match=true",
              f"{ts()} TTS \"Your {c.mod()} is scheduled for {c.exam_sp(year=r.random() < 0.5)} at {c.time_sp()}.\"",
              f"{ts()} PROMPT confirm \"Say confirm, cancel, or representative.\"",
              f"{ts()} ASR conf=0.{r.randint(30, 60)} result=\"uh this is {P(c.rel_name, 'PERSON')} her {c.rel} "
              f"she's {P(sp.words(c.age) if c.age < 100 else str(c.age), 'AGE_OVER_89') if c.age >= 90 else 'out'} "
              f"can you call back on {c.phone_sp()}\" intent=none",
              f"{ts()} PROMPT reprompt \"Sorry, I didn't get that.\"",
              f"{ts()} DTMF digits=1 intent=confirm",
              f"{ts()} PROMPT mrn_capture \"Please say or enter your medical record number.\"",
              f"{ts()} ASR conf=0.{r.randint(50, 90)} result=\"{c.mrn_sp()}\" normalized={c.mrn_ty()}",
              f"{ts()} TTS \"Directions are at {c.url_sp()}.\"",
              f"{ts()} CALL_END disposition=CONFIRMED acc={c.acc_ty()}"]
    return "\n".join(lines) + "\n"


def call_centre_qa_transcript(c, clk):
    r = c.r
    ag, qa = c.staff[0], c.staff[1]
    return (f"CALL QUALITY REVIEW - Patient Financial Services\nAgent: {c.sfull(0)}   Reviewer: {c.sfull(1)}   "
            f"Call date: {c.exam_ty()}   Duration: {r.randint(4, 14)}m{r.randint(10, 59)}s\n"
            f"Score: {r.randint(62, 98)}/100\n\nTRANSCRIPT (auto)\n"
            f"{clk()} Agent: Thank you for calling, this is {P(ag[0], 'PERSON')}, may I have the account number?\n"
            f"{clk()} Caller: Yeah it's {fix(c, c.acct, 'ACCOUNT_ID')}.\n"
            f"{clk()} Agent: And your name?\n"
            f"{clk()} Caller: {c.full()}. {c.spelled_last()}.\n"
            f"{clk()} Agent: And to verify, date of birth and the last four of your social?\n"
            f"{clk()} Caller: {c.dob_sp()}, and the whole thing is {c.ssn_sp()}.\n"
            f"{clk()} Agent: Thank you. I see a balance for the {c.mod()} on {c.exam_sp()} at {c.facility()}. "
            f"The claim went to {c.carrier} under member ID {c.plan_sp()}.\n"
            f"{clk()} Caller: That's wrong, my new card is {P(c.plan.rstrip('0123456789') + str(r.randint(10 ** 8, 10 ** 9 - 1)), 'HEALTH_PLAN_ID')}.\n"
            f"{clk()} Agent: I'll update that and resubmit. Is {c.phone_sp()} still the best number?\n"
            f"{clk()} Caller: Yes. Or email {c.email_sp()}.\n\n"
            f"REVIEWER NOTES ({P(qa[1], 'PERSON')}): Agent allowed the caller to read the full SSN aloud; the "
            f"policy is last four only. Account number was corrected mid-read and the agent did not read it back. "
            f"Coaching scheduled {P(sp.date_spoken(c.exam[0], min(12, c.exam[1] + 1), r.randint(1, 28), r, False), 'DATE_TIME')}.\n")


def nurse_triage_line_recording(c, clk):
    return (f"NURSE ADVICE LINE - recorded call, transcribed\nNurse: {c.sfull(0)}, {c.cred()}   "
            f"Call received {c.exam_ty()} {c.time_ty()}   ANI {c.phone_ty()}\n\n"
            f"{clk()} Nurse: Advice line, this is {P(c.staff[0][0], 'PERSON')}. Who's calling?\n"
            f"{clk()} Caller: Hi, um, I'm calling for my {'mother' if c.she else 'father'}, {c.full()}. I'm "
            f"{P(c.rel_name, 'PERSON')}. {c.he().capitalize()} had a {c.mod()} with contrast this morning at "
            f"{c.facility()} and now {c.he()} has, like, hives on {c.his()} arms.\n"
            f"{clk()} Nurse: Okay. How old is {c.he()}?\n"
            f"{clk()} Caller: {c.age_phrase()}. Date of birth {c.dob_sp()}.\n"
            f"{clk()} Nurse: And the last name again, can you spell it?\n"
            f"{clk()} Caller: {c.spelled_last()}.\n"
            f"{clk()} Nurse: Any trouble breathing, swelling of the lips or tongue?\n"
            f"{clk()} Caller: No, no, just itchy. {c.he().capitalize()} took the Benadryl at {c.time_sp()}.\n"
            f"{clk()} Nurse: Okay. I'm going to page the radiologist on call, Dr. {c.s(1)}. What's the address "
            f"in case we need to send EMS?\n"
            f"{clk()} Caller: {c.addr_sp()}.\n"
            f"{clk()} Nurse: And a callback number?\n"
            f"{clk()} Caller: {c.phone_sp()}. [inaudible] ... yes that one.\n"
            f"{clk()} Nurse: Dr. {c.s(1)} will call you within thirty minutes. If {c.he()} gets short of breath, "
            f"call nine one one.\n\nDisposition: home care + radiologist callback. MRN {c.mrn_ty()}.\n")


def telephone_consent_recording(c, clk):
    r = c.r
    return (f"TELEPHONE CONSENT - recorded line, two-person witnessed\nProcedure: image-guided biopsy\n"
            f"Patient: {c.header_name()}  MRN {c.mrn_ty()}  DOB {c.dob_ty()}  Age {c.age_ty()}\n"
            f"Consenting clinician: Dr. {c.sfull(0)}   Witness: {c.sfull(2)}, {c.cred()}\n\n"
            f"{clk()} Dr. {c.s(0)}: This is Dr. {c.s(0)} from interventional radiology. The call is recorded and "
            f"my colleague {c.s(2)} is on the line as a witness. Can you state your name and relationship?\n"
            f"{clk()} Proxy: I'm {P(c.rel_name, 'PERSON')}, {c.rel}, and health care proxy for {c.full()}. "
            f"Last name's {P(sp.spell(c.rel_name.split()[-1], r), 'PERSON')}.\n"
            f"{clk()} Dr. {c.s(0)}: Thank you. Can you confirm the patient's date of birth?\n"
            f"{clk()} Proxy: {c.dob_sp()}. {c.he().capitalize()} is, uh, {c.age_adj()}.\n"
            f"{clk()} Dr. {c.s(0)}: The {c.mod()} report says {c.finding()}. We'd like to do a needle biopsy on "
            f"{c.exam_sp()}. Risks include bleeding, infection, and injury to nearby structures.\n"
            f"{clk()} Proxy: {c.he().capitalize()} had a bleed before, back in "
            f"{K(sp.year_words(c.exam[0] - r.randint(3, 9), r), 'year')}.\n"
            f"{clk()} Dr. {c.s(0)}: Thank you, we'll hold the blood thinner. Any implants?\n"
            f"{clk()} Proxy: {c.he().capitalize()} has {c.dev_art()}. The card says serial {c.serial_sp()}.\n"
            f"{clk()} Dr. {c.s(0)}: Thank you. Do you consent?\n"
            f"{clk()} Proxy: Yes, I consent.\n"
            f"{clk()} {c.s(2)}: Witnessed, {c.time_sp()}.\n\n"
            f"Proxy callback: {c.phone_ty()}   Proxy address: {c.addr_ty()}\n")


def reading_room_voice_assistant_log(c, clk):
    r = c.r
    y, m, d = c.exam
    hh = r.randint(7, 22)

    def t():
        return P(f"{y}-{m:02d}-{d:02d}T{hh:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z", "DATE_TIME")
    ws = f"RR{r.randint(1, 9)}-WS{r.randint(1, 12)}"
    ip = c.ip_ty()
    return "\n".join([
        f"# reading-room voice assistant - utterance log export ({ws})",
        f"{t()} ws={ws} ip={ip} user={c.sfull(0)} utt=\"open the worklist\" intent=OPEN_WORKLIST ok",
        f"{t()} ws={ws} ip={ip} utt=\"open prior for {c.full()}\" intent=OPEN_PRIOR slot.patient=\"{c.header_name()}\"",
        f"{t()} ws={ws} ip={ip} utt=\"no the one with M R N {c.mrn_sp()}\" slot.mrn={c.mrn_ty()} ok",
        f"{t()} ws={ws} ip={ip} utt=\"compare with the {c.mod()} from {c.exam_sp(year=True)}\" intent=HANG_PRIOR",
        f"{t()} ws={ws} ip={ip} utt=\"accession {gap(c, c.acc, 'ACCESSION')}\" intent=OPEN_STUDY status=PARTIAL",
        f"{t()} ws={ws} ip={ip} utt=\"call Doctor {P(garble(c.staff[1][1]), 'PERSON')}\" intent=CALL "
        f"resolved={c.sfull(1)} dial={P(c.ext, 'PHONE')}",
        f"{t()} ws={ws} ip={ip} utt=\"dictate {c.finding()}\" intent=DICTATE chars={r.randint(80, 300)}",
        f"{t()} ws={ws} ip={ip} utt=\"send critical result to {c.s(2, True)} at {P(sp.email_spoken(c.staff[2][1].lower(), c.dom), 'EMAIL')}\" intent=NOTIFY",
        f"{t()} ws={ws} ip={ip} utt=\"remind me at {c.time_sp()}\" intent=REMINDER",
    ]) + "\n"


def tumour_board_conference_call(c, clk):
    r = c.r
    mod = c.mod()
    return (f"Multidisciplinary tumour board - conference bridge transcript ({c.exam_ty()})\n"
            f"Host: Dr. {c.sfull(0)}. Dial-in {P(sp.phone_typed(c.phone[::-1], r), 'PHONE')}, participants from "
            f"{c.facility()} and {c.facility(True)}.\n\n"
            f"{clk()} Dr. {c.s(0)}: Next case. This is {c.full()}, MRN {c.mrn_sp()}, {c.age_adj()} referred by "
            f"Dr. {c.s(1)}. Radiology, go ahead.\n"
            f"{clk()} Dr. {c.s(2)}: Thanks. So the {mod} from {c.exam_sp()}, accession {c.acc_sp()}, the read is "
            f"{c.finding()}. Compared with the outside study from {c.facility(True)}, that's new.\n"
            f"{clk()} Dr. {c.s(3)}: [crosstalk] sorry, who is this? Is this {c.lastn()} spelled "
            f"{c.spelled_last('comma')}? I have a different patient on my list.\n"
            f"{clk()} Dr. {c.s(0)}: Yes, date of birth {c.dob_sp()}.\n"
            f"{clk()} Dr. {c.s(3)}: Okay, got it, I had the, um, the one from {c.city_p()}.\n"
            f"{clk()} Dr. {c.s(4)}: Pathology is pending, the core was done on {c.exam_sp()}. "
            f"I'd want tissue before we commit.\n"
            f"{clk()} Dr. {c.s(0)}: Agreed. Plan: biopsy, then back to board. {c.s(1)}, can you let the family "
            f"know? {c.relative()} is the contact at {c.phone_sp()}.\n"
            f"{clk()} Dr. {c.s(1)}: Will do.\n")
