"""Prose styles of blind42: messages written by people, then faxed, OCR'd, encoded, relayed."""

from __future__ import annotations

import re

from b42_core import J, T, kp, ph, tx, html_esc, qp_chars, soft_wrap, prefix_lines, rtf_esc, form_enc, hl7_esc, word_wrap
import b42_pools as P

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc_date(c, r, day=None):
    d = day or c.exam_date
    return J(f"{DOW[d.weekday()]}, ", ph(f"{d.day} {P.MON[d.month - 1]} {d.year}", "DATE_TIME"), " ",
             P.TM(r, "sec"), r.choice([" -0500", " -0400", " +0000"]))


def sig(r, who, c, cred=True):
    return J(who.p(r.choice(["fl", "fml"])), J(", ", kp(r.choice(["MD", "RN", "RT(R)", "PA-C"]), "credential")) if cred else "",
             "\n", ph(c.fac, "FACILITY"), "\n", r.choice(["Tel ", "Direct: ", "p. "]), ph(P.phone(r), "PHONE"))


def forwarded_fax_ocr_email_qp(r, c):
    sender = P.Person(r)
    fax_no = P.phone(r)
    greet = r.choice(["Hi {0},", "{0} -", "Good morning {0},"])
    note = r.choice([
        "Forwarding the fax we received this morning for {1}. Can you make sure it gets scanned into the chart? The OCR copy is below, the original is on the fax server.",
        "See below - outside read for {1} came in by fax. The OCR'd text is pasted so you don't have to open the TIFF. Please reconcile with our {2} order.",
        "This came through the e-fax inbox, looks like it belongs to your patient {1}. Pasting the OCR text below.",
    ])
    body = J(T(greet, c.ref.p("f")), "\n\n", T(note, None, c.pt.p("fl"), kp(P.MOD_WORDS[c.mod][0], "modality")), "\n\n",
             "Thanks,\n", sig(r, sender, c, cred=False), "\n\n---------- Forwarded message ---------\n",
             T("From: eFax Relay <{0}>\nDate: ", ph(P.email(r), "EMAIL")), rfc_date(c, r),
             "\nSubject: Fax received from ", ph(fax_no, "PHONE"), "\n\n",
             T("{0}  {1}   FROM: {2}   {3}   P.{4}/{5}\n", c.d(how="us_short"), P.TM(r, "24"), ph(fax_no, "PHONE"),
               ph(c.fac.upper(), "FACILITY"), str(r.randint(1, 2)), "2"),
             T("PATIENT: {0}    DOB: {1}    MRN: {2}\n", c.pt.p("LFM"), c.d("dob", "us"), ph(c.mrn, "MRN")),
             T("ACCESSION: {0}   REF: Dr. {1}\n\n", ph(c.acc, "ACCESSION"), c.ref.p("l")), c.report())
    enc = soft_wrap(tx(body, qp_chars))
    return J(T("From: {0} <{1}>\nTo: {2} <{3}>\nDate: ", sender.p("fl"), ph(P.email(r, sender), "EMAIL"), c.ref.p("fl"),
               ph(P.email(r, c.ref), "EMAIL")), rfc_date(c, r), T("\nSubject: Fwd: fax for {0}\n", c.pt.p("lf")),
             "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n",
             enc, "\n")


def outlook_reply_chain_html_entities(r, c):
    a, b = P.Person(r), P.Person(r)
    nb = r.random() < 0.5

    def para(parts):
        return J("<p class=\"MsoNormal\">", tx(parts, lambda s: html_esc(s, nbsp=nb)), "</p>\n")

    def hdr(who, day):
        return J("<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> ", tx(who.p("fl"), html_esc), " &lt;",
                 ph(P.email(r, who), "EMAIL"), "&gt;<br>\n<b>Sent:</b> ", J(f"{['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][day.weekday()]}, ",
                                 P.D(day, "long"), " ", P.TM(r, "ampm")), "<br>\n<b>Subject:</b> RE: ", c.mod, " add-on</p></div>\n")
    m1 = [T("Hi {0}, I've got {1} ({2}) on the add-on list for tomorrow. She says she can't do mornings because of her daughter's schedule.", a.p("f"), c.pt.p("fl"), J("MRN ", ph(c.mrn, "MRN"))),
          T("Her best number is {0}, and the DOB on the order is {1} - can you double check it's the same person as the one on the {2} from {3}?", ph(c.phone, "PHONE"), c.d("dob", "us"), kp(P.MOD_WORDS[c.mod][0], "modality"), kp(str(c.prior_date.year), "year"))]
    m2 = [T("Same patient. I moved her to {0} at {1}. Note she's on {2} with plan ID {3}, so we'll need the auth # before she's scanned.", c.d(how="md"), P.TM(r, "ampm"), c.plan, ph(c.hp, "HEALTH_PLAN_ID")),
          r.choice([T("Also her address changed to {0} - registration hasn't updated yet.", c.address()),
                    T("FYI the prior showed a {0}, so please keep the same protocol.", P.findings(r, c.mod)[0])])]
    m3 = [r.choice([T("Thanks {0}! Auth is done, account {1}.", b.p("f"), ph(c.acct, "ACCOUNT_ID")),
                    T("Perfect, thank you. I'll let Dr. {0} know.", c.ref.p("l"))])]
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body lang=\"EN-US\">\n<div class=\"WordSection1\">\n"]
    out += [para(x) for x in m3] + [para(J(a.p("f"), "\n"))]
    out += [hdr(b, c.exam_date)] + [para(x) for x in m2] + [para(sig(r, b, c, cred=False))]
    out += [hdr(a, c.exam_date)] + [para(x) for x in m1]
    return J(*out, "</div>\n</body></html>\n")


def voicemail_to_email_transcript_qp(r, c):
    caller = P.Person(r, last=c.pt.last if r.random() < 0.5 else None)
    rel = r.choice(["mother", "father", "husband", "aunt", "grandmother"])
    text = J(
        r.choice(["Hi, um, this is ", "Hello, my name is ", "Yeah hi it's "]), caller.p("fl"), ", I'm calling about my ", rel, " ",
        c.pt.p(r.choice(["fl", "fl", "f"])), r.choice([", date of birth ", ", birthday is "]), c.d("dob", "long"), ". ",
        r.choice(["She", "They"]), " had the ", P.exam_name(r, c.mod), " on ", c.d(how="md"), " at ", ph(c.fac, "FACILITY"),
        " and nobody has called with the results. ",
        r.choice([J("She's ", P.age_parts(r, c.age, "years"), " old so I'm handling her calls. "), "I'm the healthcare proxy. "]),
        "The doctor was Dr. ", c.ref.p("l"), ". You can reach me at ", ph(caller_phone := P.phone(r), "PHONE"),
        r.choice([", again that's ", ". Again, "]), ph(caller_phone, "PHONE"), ". Thank you, bye.")
    body = J(T("You received a new voicemail from {0} ({1}).\n\n", ph(caller_phone, "PHONE"), caller.p("LF")),
             "Received: ", c.d(how="long"), " ", P.TM(r, "ampm"), f"\nLength: 0{r.randint(0, 2)}:{r.randint(10, 59)}\n",
             "Mailbox: Radiology Results Line (x", str(r.randint(4000, 4999)), ")\n\nTranscription (confidence: ",
             r.choice(["high", "medium", "low"]), "):\n", word_wrap(text, 70), "\n\nListen: ", ph(P.url(r), "URL"),
             "\n\nThis message was sent by the voicemail gateway at ", ph(c.ip, "IP_ADDRESS"), ". Do not reply.\n")
    return J("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\nX-VM-Caller-ID: ",
             ph(caller_phone, "PHONE"), "\n\n", soft_wrap(tx(body, qp_chars)))


def secure_message_relay_mbox(r, c):
    nurse = P.Person(r)
    d1 = c.exam_date
    msg_pt = J(T("Hello, I got a notification that my {0} results from {1} are in but I can't open them in the portal. ", P.exam_name(r, c.mod), c.d(how="md")),
               r.choice(["From what I could see the report mentions ", "The preview said something about "]), P.findings(r, c.mod)[0],
               " - what does that mean? ", r.choice(["I'm worried.", "Should I be concerned?"]),
               T("\nFrom what I know my account number is {0}.\n{1}\n", ph(c.acct, "ACCOUNT_ID"), c.pt.p("fl")))
    msg_rn = J(T("Dear {0},\n", c.pt.p(r.choice(["fl", "f"]))), "Dr. ", c.ref.p("l"),
               " has reviewed the report and will call you. If you have not heard by ", c.d(how="md"), ", call ", ph(c.phone, "PHONE"),
               ".\nFrom the desk of the radiology nurse navigator,\n", nurse.p("fl"), ", ", kp("RN", "credential"), "\n")

    def one(who, addr, parts):
        body = tx(parts, lambda s: re.sub(r"(?m)^From ", ">From ", s))
        return J("From ", ph(addr, "EMAIL"), f" {DOW[d1.weekday()]} {P.MON[d1.month - 1]} {d1.day:2d} ", P.TM(r, "sec"), f" {d1.year}\n",
                 "Return-Path: <", ph(addr, "EMAIL"), ">\nReceived: from relay by ", ph(c.ip, "IP_ADDRESS"), "; ", rfc_date(c, r),
                 "\nFrom: ", who, " <", ph(addr, "EMAIL"), ">\nSubject: Secure message: ", r.choice(["Results question", "My scan"]),
                 "\nX-Portal-MRN: ", ph(c.mrn, "MRN"), "\n\n", body, "\n")
    return J(one(c.pt.p("fl"), P.email(r, c.pt), msg_pt), one(nurse.p("fl"), P.email(r, nurse), msg_rn))


def mailing_list_digest_quoted(r, c):
    a, b = P.Person(r), P.Person(r)
    m1 = J(T("Interesting case from the {0} list today: {1} ({2}, ", kp(P.MOD_WORDS[c.mod][0], "modality"), c.pt.p("LF"), ph(c.mrn, "MRN")),
           P.age_parts(r, c.age, "yo"), "). ", P.findings(r, c.mod)[0], " Anyone seen this before?")
    m2 = J("Please don't post identifiers to the list. That said, ", r.choice(["yes - ", "we had one in "]),
           kp(str(r.randint(2015, 2023)), "year"), " at ", ph(r.choice(P.FACILITIES), "FACILITY"), ".")
    q = prefix_lines(word_wrap(m1, 68), "> ")
    return J("Rad-Teaching Digest, Vol ", str(r.randint(20, 60)), ", Issue ", str(r.randint(1, 30)), "\n\nToday's Topics:\n\n   1. Re: case (",
             b.p("fl"), ")\n   2. Conference room change\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: ",
             rfc_date(c, r), "\nFrom: ", b.p("fl"), " <", ph(P.email(r, b), "EMAIL"), ">\nSubject: Re: case\n\n",
             word_wrap(m2, 70), "\n\nOn ", c.d(how="mon"), ", at ", P.TM(r, "ampm"), ", ", a.p("fl"), " wrote:\n", q, "\n\n-- \n",
             a.p("il"), " list signature stripped\n\n------------------------------\n\nMessage: 2\nFrom: ", ph(P.email(r), "EMAIL"),
             "\nSubject: Conference room change\n\nRounds move to room B-114 on ", c.d(how="md"), ".\n")


def _ocr_noise(r, s):
    if r.random() < 0.5:
        s = s.replace("rn", "m").replace(" l ", " 1 ")
    return s.replace("fi", "ﬁ") if r.random() < 0.3 else s


def ocr_of_printed_email(r, c):
    printer = P.Person(r)
    sender = P.Person(r)
    body = J(T("{0},\n\n", c.ref.p("l")), r.choice([
        T("Your patient {0} (DOB {1}) was seen today for {2}. ", c.pt.p("fl"), c.d("dob"), P.exam_name(r, c.mod)),
        T("Following up on {0}, MRN {1}. ", c.pt.p("fl"), ph(c.mrn, "MRN"))]),
        "Key points from the report:\n", J(*[J(" * ", f, "\n") for f in P.findings(r, c.mod)]),
        T("Please call me at {0} if you want to discuss.\n\n", ph(P.phone(r), "PHONE")), sig(r, sender, c))
    noisy = [(_ocr_noise(r, t) if k is None else t, k, g) for t, k, g in body]
    return J(T("{0} Mail - {1}\n", ph(P.email(r, printer), "EMAIL"), c.pt.p("LF")),
             T("Printed {0} {1}                                Page 1 of 1\n\n", c.d(how="us_short"), P.TM(r, "ampm")),
             "RE: results\n1 message\n\n", sender.p("fl"), " <", ph(P.email(r, sender), "EMAIL"), ">", "    ", c.d(how="mon"), " at ", P.TM(r, "ampm"),
             "\nTo: ", c.ref.p("fl"), "\nCc: ", ph(P.email(r), "EMAIL"), "\n\n", word_wrap(noisy, 78), "\n\n> ", c.report(compact=True, signed=False), "\n\n", ph(P.url(r), "URL"), "   1/1\n")


def xml_cdata_rtf_letter(r, c):
    letter = J(c.d(how="long"), "\n\n", c.ref.p("fml"), ", ", kp("MD", "credential"), "\n", ph(c.fac, "FACILITY"), "\n",
               c.address("\n"), "\n\nRe: ", c.pt.p("fl"), "   DOB: ", c.d("dob", "us"), "\n\nDear Dr. ", c.ref.p("l"), ",\n\n",
               r.choice(["Thank you for referring ", "I had the opportunity to review imaging on "]), c.pt.p(r.choice(["fl", "f"])), ", a ",
               P.age_parts(r, c.age, "year-old"), r.choice([" woman", " man"]), ". ", J(*[J(f, " ") for f in P.findings(r, c.mod)]),
               "\n\nI would be glad to discuss. \n\nSincerely,\n\n", c.rad.p("fl"), ", ", kp("MD", "credential"), "\n")
    rtf = J("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ", tx(letter, rtf_esc), "}")
    return J('<?xml version="1.0" encoding="UTF-8"?>\n<DocumentSubmission>\n  <Source system="DictationHub" host="', ph(c.ip, "IP_ADDRESS"),
             '"/>\n  <Patient mrn="', ph(c.mrn, "MRN"), '" dob="', c.d("dob", "iso"), '">', tx(c.pt.p("LF"), lambda s: s.replace("'", "&apos;")),
             '</Patient>\n  <Accession>', ph(c.acc, "ACCESSION"), '</Accession>\n  <Created>', c.d(how="iso"), "T", P.TM(r, "sec"),
             '</Created>\n  <Body mime="application/rtf"><![CDATA[', rtf, "]]></Body>\n</DocumentSubmission>\n")


def sms_webhook_form_post_reply(r, c):
    ph_pt = "+1" + re.sub(r"\D", "", c.phone)[-10:]
    reminder = J("Reminder: ", c.pt.p("f"), ", your ", P.exam_name(r, c.mod), " at ", ph(c.fac, "FACILITY"), " is on ", c.d(how="md"),
                 " at ", P.TM(r, "ampm"), ". Reply C to confirm or R to reschedule.")
    reply = J(r.choice(["R can we do ", "cant make it, is ", "Hi this is her son "]),
              r.choice([J(c.d(how="md"), " instead"), J("there anything after ", P.TM(r, "ampm")), J(P.Person(r).p("fl"), ", she is in hospital")]),
              r.choice([". thx", " ?", ". my cell is ", ""]), "")
    form = J("ToCountry=US&SmsStatus=received&To=%2B1413555", f"{r.randint(100, 199):04d}", "&From=", ph(form_enc(ph_pt), "PHONE"),
             "&Body=", tx(reply, form_enc), "&NumMedia=0&MessageSid=SM", f"{r.getrandbits(64):016x}")
    return J("POST /hooks/sms/inbound HTTP/1.1\nHost: scheduling.example.org\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: ",
             ph(c.ip, "IP_ADDRESS"), "\nContent-Length: ", str(len("".join(t for t, _, _ in form))), "\n\n", form,
             "\n\n--- outbound message that this replies to (sent ", c.d(how="iso"), " ", P.TM(r, "sec"), ") ---\n",
             word_wrap(reminder, 72), "\n\n--- scheduler note added by ", P.Person(r).p("fl"), " ---\nPatient texted back; MRN ",
             ph(c.mrn, "MRN"), ", appt ", ph(c.acc, "ACCESSION"), ". ", r.choice(["Left VM.", "Called, no answer.", "Rebooked."]), "\n")


def ticket_comment_hl7_obx_paste(r, c):
    agent, user = P.Person(r), P.Person(r)
    tkt = f"INC{r.randint(10**6, 10**7)}"
    rep = tx(c.report(), hl7_esc)
    obx = J("PID|1||", ph(c.mrn, "MRN"), "^^^SBMC^MR||", c.pt.p("hl7"), "||", c.d("dob", "compact"), "|", r.choice("FM"), "\n",
            "OBR|1||", ph(c.acc, "ACCESSION"), "|", c.mod, "^", c.mod + " EXAM",
            "|||", c.d(how="compact"), "\n", "OBX|1|TX|&GDT^REPORT||", rep, "||||||F\n")
    return J(T("Ticket {0}  |  Priority 3  |  Assigned: {1}\nOpened by {2} ({3}) on {4} {5}\n\n", tkt, agent.p("fl"), user.p("fl"),
               ph(P.email(r, user), "EMAIL"), c.d(how="us"), P.TM(r, "ampm")),
             "Comment 1 - ", user.p("fl"), ":\n", r.choice([
                 "Report for this patient never showed up in the chart. Pasting the OBX from the interface monitor:\n",
                 "Interface dropped the result again, here's what the engine shows:\n"]),
             "{code}\n", obx, "{code}\n\n", "Comment 2 - ", agent.p("fl"), " (", c.d(how="us"), " ", P.TM(r, "ampm"), "):\n",
             r.choice(["The \\.br\\ escapes are fine, the issue is the OBR-4 code. Resent from ", "Resubmitted from "]),
             ph(c.ip, "IP_ADDRESS"), r.choice([". Please confirm.", "; should cross within 5 min."]), "\n")


def chat_paste_worklist_ocr(r, c):
    a, b = P.Person(r), P.Person(r)
    rows = []
    for n in range(r.randint(3, 5)):
        pt = c.pt if n == 0 else P.Person(r)
        cc = c if n == 0 else type(c)(r)
        rows.append(J(ph(cc.acc, "ACCESSION"), "  ", pt.p("LF"), "  ", cc.d("dob", "us"), "  ", kp(cc.mod, "modality"),
                      r.choice(["  STAT  ", "  RTN   ", "  ASAP  "]), cc.d(how="md"), " ", P.TM(r, "24")))
    return J("[", P.TM(r, "ampm"), "] *", a.p("fl"), "*: anyone covering ", r.choice(["body", "neuro", "MSK"]), "? list from the other monitor, OCR'd it:\n",
             "```\n ACC#      PATIENT            DOB         MOD PRI   SCHED\n", J(*[J(x, "\n") for x in rows]), "```\n",
             "[", P.TM(r, "ampm"), "] *", b.p("fl"), "*: got it. first one is ", c.pt.p("LF"),
             r.choice([", _stat_ from ED", ", ~the wrist~ the knee"]), "\n[", P.TM(r, "ampm"), "] *", a.p("fl"), "*: ty :pray:\n", "[", P.TM(r, "ampm"), "] *", b.p("fl"), "*: prelim on the first one, pasting from PowerScribe:\n> ",
             c.report(compact=True), "\n[", P.TM(r, "ampm"), "] *", a.p("fl"), "*: thanks, will call Dr. ", c.ref.p("l"), " at ", ph(c.phone, "PHONE"), "\n")
