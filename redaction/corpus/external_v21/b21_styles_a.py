"""blind21 styles A: report-revision diffs, raw MIME e-mail, pager batches, fax covers, Teams JSON."""

from __future__ import annotations

import b21_clin as K
import b21_pools as P
from b21_ctx import Case, address, date, dtm, kv, name_fmt, time


def revision_diff(doc, rng):
    c = Case(rng)
    old_ref, new_ref = c.ref, c.person(doctor=True)
    git = rng.random() < 0.65
    change = rng.choice(["ref", "side", "meas", "date", "addendum"])
    fn_acc = rng.random() < 0.5
    if git:
        doc.t("diff --git a/reports/")
        if fn_acc:
            doc.p(c.acc, "ACCESSION").t(".txt b/reports/").p(c.acc, "ACCESSION").t(".txt\n")
        else:
            doc.t("final.txt b/reports/final.txt\n")
        doc.t(f"index {P._a(rng, 7, '0123456789abcdef')}..{P._a(rng, 7, '0123456789abcdef')} 100644\n")
        doc.t("--- a/reports/" + ("" if fn_acc else "final.txt"))
        if fn_acc:
            doc.p(c.acc, "ACCESSION").t(".txt")
        doc.t("\n+++ b/reports/" + ("" if fn_acc else "final.txt"))
        if fn_acc:
            doc.p(c.acc, "ACCESSION").t(".txt")
        doc.t(f"\n@@ -1,{rng.randint(8, 14)} +1,{rng.randint(9, 16)} @@\n")
        pre = {"ctx": " ", "del": "-", "add": "+"}
    else:
        doc.t(rng.choice(["Revision history", "TRACKED CHANGES", "Report version compare"]) + " \u2014 v1 \u2192 v2\n")
        doc.t(rng.choice(["Edited by ", "Changed by: ", "Author of change: "]))
        doc.clinician(c.rad)
        doc.t(rng.choice([" on ", " @ ", ", "]))
        dtm(doc, c.later(0, 3))
        doc.t("\n\n")
        pre = {"ctx": "", "del": "[-", "add": "{+"}

    def ln(kind, writer, newline=True):
        doc.t(pre[kind])
        writer()
        if not git and kind == "del":
            doc.t("-]")
        if not git and kind == "add":
            doc.t("+}")
        if newline:
            doc.nl()

    nf = name_fmt(rng)
    ln("ctx", lambda: (doc.t(rng.choice(["PATIENT: ", "Patient Name: ", "Name: "])), doc.name(c.pt, nf)))
    ln("ctx", lambda: (doc.t(rng.choice(["MRN: ", "MR#: ", "Med Rec No.: "])), doc.p(c.mrn, "MRN"),
                       doc.t(rng.choice(["   DOB: ", "  |  Birth date: ", "; DOB "])), date(doc, c.dob)))
    if not fn_acc or rng.random() < 0.5:
        ln("ctx", lambda: (doc.t("Accession: "), doc.p(c.acc, "ACCESSION")))
    if change == "date":
        wrong = c.earlier(1, 3)
        ln("del", lambda: (doc.t("Exam date: "), date(doc, wrong, "%m/%d/%Y")))
        ln("add", lambda: (doc.t("Exam date: "), date(doc, c.when, "%m/%d/%Y")))
    else:
        ln("ctx", lambda: (doc.t("Exam date: "), date(doc, c.when)))
    if change == "ref":
        ln("del", lambda: (doc.t("Referring: "), doc.clinician(old_ref)))
        ln("add", lambda: (doc.t("Referring: "), doc.clinician(new_ref)))
    else:
        ln("ctx", lambda: (doc.t("Referring physician: "), doc.clinician(old_ref)))
    ln("ctx", lambda: (doc.t("EXAM: "), K.exam(doc, rng, c.mod)))
    ln("ctx", lambda: (doc.header("HISTORY"), doc.t(" "), doc.age(c.age), doc.t(" with " + rng.choice(K.HISTORIES) + ".")))
    ln("ctx", lambda: doc.header("FINDINGS"))
    if change == "side":
        ln("del", lambda: doc.clin("Fluid in the {anatomy|right knee joint}."))
        ln("add", lambda: doc.clin("Fluid in the {anatomy|left knee joint}."))
    if change == "meas":
        ln("del", lambda: doc.clin("Index lesion measures {measurement|" + f"{rng.randint(8, 20)} mm" + "}."))
        ln("add", lambda: doc.clin("Index lesion measures {measurement|" + f"{rng.randint(21, 35)} mm" + "}."))
    ln("ctx", lambda: K.findings(doc, rng, c.mod, rng.randint(1, 2)))
    ln("ctx", lambda: (doc.header("IMPRESSION"), doc.t(" "), K.impression(doc, rng, c.mod)))
    if change == "addendum" or rng.random() < 0.3:
        ln("add", lambda: (doc.header("ADDENDUM"), doc.t(" Discussed with "), doc.clinician(new_ref),
                           doc.t(" by phone at "), time(doc), doc.t(" on "), date(doc, c.when, noyear_p=0.5), doc.t(".")))
    ln("ctx", lambda: (doc.t("Signed: "), doc.clinician(c.rad), doc.t(" "), date(doc, c.when), doc.t(" "), time(doc)),
       newline=False)
    return c.mod


def mime_email(doc, rng):
    c = Case(rng)
    sender, recip = (c.rad, c.ref) if rng.random() < 0.5 else (c.ref, c.rad)
    cc = c.person()
    se, re_ = P.email(rng, sender), P.email(rng, recip)
    h, m, s = rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)
    tz = rng.choice(["-0500", "-0600", "-0700", "-0800", "-1000", "+0000"])
    hops = rng.randint(1, 3)
    for _ in range(hops):
        doc.t(f"Received: from {rng.choice(['mta', 'relay', 'smtp', 'exch'])}{rng.randint(1, 9)}.example.org (")
        doc.p(P.ip(rng), "IP_ADDRESS").t(")\n\tby mx.example.net with ESMTPS; ")
        date(doc, c.when, "%d %b %Y").t(" ")
        time(doc, h, m, "sec").t(f" {tz}\n")
    order = ["from", "to", "cc", "subj", "date", "mid"]
    rng.shuffle(order)
    for key in order:
        if key == "from":
            doc.t("From: \"").name(sender, rng.choice(["full", "last_first"])).t("\" <").p(se, "EMAIL").t(">\n")
        elif key == "to":
            doc.t("To: ")
            if rng.random() < 0.5:
                doc.name(recip, "full").t(" <").p(re_, "EMAIL").t(">\n")
            else:
                doc.p(re_, "EMAIL").t("\n")
        elif key == "cc" and rng.random() < 0.6:
            doc.t("Cc: ").p(P.email(rng, cc), "EMAIL").t("\n")
        elif key == "subj":
            doc.t("Subject: " + rng.choice(["RE: ", "Fwd: ", "", "[SECURE] "]))
            v = rng.choice(["pt", "name", "acc"])
            if v == "name":
                doc.t("your pt ").name(c.pt, "last_first").t(" - ")
                K.exam(doc, rng, c.mod)
            elif v == "acc":
                doc.t("acc ").p(c.acc, "ACCESSION").t(" addendum question")
            else:
                doc.t("question on today's read")
            doc.t("\n")
        elif key == "date":
            doc.t("Date: " + rng.choice(["Mon, ", "Tue, ", "Wed, ", "Thu, ", "Fri, "]))
            date(doc, c.when, "{d} {b} %Y").t(" ")
            time(doc, h, m, "sec").t(f" {tz}\n")
        elif key == "mid":
            doc.t(f"Message-ID: <{P._a(rng, 12, '0123456789abcdef')}@mail.example.org>\n")
    doc.t("MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b1_" + P._a(rng, 8, "abcdef0123") + "\"\n")
    if rng.random() < 0.5:
        doc.t("X-Originating-IP: [").p(P.ip(rng), "IP_ADDRESS").t("]\n")
    doc.t("\n--b1\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: "
          + rng.choice(["7bit", "quoted-printable"]) + "\n\n")
    doc.t(rng.choice(["Hi ", "Dear Dr. ", "", "Hello "]))
    if doc.parts[-1] != "":
        doc.name(recip, "family" if doc.parts[-1].startswith("Dear") else rng.choice(["given", "family"])).t(",\n\n")
    doc.t(rng.choice(["Re your patient ", "Quick note about ", "Following up on "]))
    doc.name(c.pt, name_fmt(rng)).t(" (")
    doc.t(rng.choice(["MRN ", "mrn ", "#"])).p(c.mrn, "MRN").t(rng.choice([", DOB ", ", born "]))
    date(doc, c.dob).t(") \u2014 ")
    K.exam(doc, rng, c.mod)
    doc.t(" done ")
    date(doc, c.when, noyear_p=0.6).t(". ")
    K.findings(doc, rng, c.mod, 2)
    doc.t("\n\n")
    if rng.random() < 0.6:
        doc.t("Images: ").p(P.url(rng), "URL").t("\n")
    if rng.random() < 0.5:
        doc.t("Call me at ").p(P.phone(rng), "PHONE").t(" if you want to review.\n")
    doc.t("\n--\n").name(sender, "full").t(", ").k(sender.cred, "credential").t("\n")
    doc.t(rng.choice(["Radiology | ", "Dept. of Imaging, ", ""])).p(c.fac, "FACILITY").t("\n--b1--")
    return c.mod


def pager_batch(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "CT", "MR", "XR", "US"]))
    doc.t(rng.choice(["PAGING GATEWAY LOG", "Alphanumeric page history", "SpokPage export", "PAGE LOG"]) + " ")
    date(doc, c.when).t("\n")
    sep = rng.choice([" | ", "  ", "\t", " ; "])
    n = rng.randint(3, 6)
    h0 = rng.randint(0, 20)
    stamps = sorted(h0 * 60 + rng.randint(0, 180) for _ in range(n))
    tf = rng.choice(["24", "sec", "24nocolon", "12"])
    people = [c.rad, c.ref, c.person(doctor=True), c.tech]
    for j in range(n):
        time(doc, min(23, stamps[j] // 60), stamps[j] % 60, tf).t(sep)
        to = rng.choice(people)
        doc.t(rng.choice(["TO ", "to:", "Recip="])).name(to, rng.choice(["LAST_FIRST", "family", "initial"])).t(sep)
        kind = rng.choice(["crit", "call", "prot", "wet", "crit"])
        if kind == "crit":
            doc.t("CRIT RESULT ").name(c.pt, rng.choice(["LAST_FIRST", "caret", "last_first"])).t(" ")
            doc.t(rng.choice(["MRN ", "#", "mr "])).p(c.mrn, "MRN").t(" ")
            K.exam(doc, rng, c.mod)
            doc.t(" - ")
            K.impression(doc, rng, c.mod)
            doc.t(" CB ").p(P.phone(rng), "PHONE")
        elif kind == "call":
            doc.t("PLS CALL ").p(P.phone(rng), "PHONE").t(" RE ").name(c.pt, "family").t(" ")
            doc.age(c.age, rng.choice(["yo", "Y", " yo"])).t(" ACC ").p(c.acc, "ACCESSION")
        elif kind == "prot":
            doc.t("PROTOCOL? ")
            K.exam(doc, rng, c.mod)
            doc.t(" for ").name(c.pt, "initial").t(" DOB ").p(P.fdate(rng, c.dob, "%m/%d/%Y"), "DATE_TIME")
            doc.t(" cr 1.4 ok? -").name(c.tech, "given")
        else:
            doc.t("WET READ ")
            K.findings(doc, rng, c.mod, 1)
            doc.t(" ").name(rng.choice([c.rad, c.ref]), "initial")
        doc.t(sep + rng.choice(["DELIVERED", "READ", "ACK", "SENT", "FAILED-RETRY"]) + "\n")
    if rng.random() < 0.5:
        doc.t(rng.choice(["Operator: ", "Sent via console by "])).name(c.person(), rng.choice(["full", "given"]))
    return c.mod


def fax_cover(doc, rng):
    c = Case(rng)
    to_fac, sender = c.facility(), c.person(cred=rng.choice(["RHIT", "CMA", "RN"]))
    doc.t(rng.choice(["FAX COVER SHEET", "*** FACSIMILE ***", "Fax Transmittal", "F A X"]) + "\n")
    if rng.random() < 0.7:
        doc.p(c.fac, "FACILITY").t(rng.choice([" \u2014 Imaging Services\n", " Radiology\n", "\n"]))
        address(doc, c)
        doc.t("\n")
    doc.t("\n")
    fax1, fax2 = P.phone(rng), P.phone(rng)
    kv(doc, [
        (["Date", "DATE", "Sent"], lambda: (date(doc, c.when), doc.t(" "), time(doc) if rng.random() < 0.5 else None), True),
        (["To", "Attn", "ATTENTION"], lambda: (doc.clinician(c.ref), doc.t(" / ").p(to_fac, "FACILITY")), True),
        (["Fax", "Fax #", "To fax"], lambda: doc.p(fax1, "PHONE"), True),
        (["From", "Sender"], lambda: (doc.name(sender, name_fmt(rng)), doc.t(", ").k(sender.cred, "credential")), True),
        (["Phone", "Callback", "Tel"], lambda: doc.p(fax2, "PHONE"), False),
        (["Pages", "# pages incl. cover", "Pages (including cover)"], lambda: doc.t(str(rng.randint(2, 14))), False),
        (["Re", "RE", "Regarding", "Subject"], lambda: (doc.name(c.pt, name_fmt(rng)), doc.t(" DOB "), date(doc, c.dob)), True),
    ], joiner=rng.choice(["\n", "\n", "\n\n"]))
    doc.t("\n\n")
    doc.t(rng.choice(["Enclosed: ", "Attached please find: ", "Contents: "]))
    K.exam(doc, rng, c.mod)
    doc.t(rng.choice([" report", " final report and CD request", " report + face sheet"]) + ".\n")
    if rng.random() < 0.6:
        doc.t("Face sheet: MRN ").p(c.mrn, "MRN").t(", acct ").p(c.acct, "ACCOUNT_ID")
        doc.t(", ins. ID ").p(c.plan, "HEALTH_PLAN_ID")
        if rng.random() < 0.5:
            doc.t(", SSN ").p(c.ssn, "SSN")
        doc.t(".\nHome: ")
        address(doc, c, True)
        doc.t("  Ph ").p(c.phone, "PHONE").t("\n")
    if rng.random() < 0.6:
        doc.t("Summary: ")
        doc.age(c.age).t(". ")
        K.findings(doc, rng, c.mod, rng.randint(1, 2))
        doc.t("\n")
    doc.t("\n" + rng.choice([
        "CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error call ",
        "The documents accompanying this fax are confidential. If you are not the intended recipient, notify us at "]))
    doc.p(fax2, "PHONE").t(" and destroy all copies.")
    return c.mod


def _iso(doc, rng, d, minute):
    doc.p(P.fdate(rng, d, "%Y-%m-%d"), "DATE_TIME").t("T")
    doc.p(P.ftime(rng, minute // 60, minute % 60, fmt="sec"), "DATE_TIME").t(f".{rng.randint(100, 999)}Z")


def teams_json(doc, rng):
    c = Case(rng, mod=rng.choice(["CT", "MR", "US", "MG"]))
    path = c.person(doctor=True)
    people = [c.rad, path, c.ref] + ([c.person(cred="NP")] if rng.random() < 0.5 else [])
    ind = rng.choice(["  ", "    ", "\t"])
    doc.t("{\n" + ind + "\"channel\": \"" + rng.choice(["Rad-Path Correlation", "rad-path-conf", "Breast RP huddle"]) + "\",\n")
    doc.t(ind + "\"exportedBy\": \"").name(rng.choice(people), "full").t("\",\n" + ind + "\"messages\": [\n")
    n = rng.randint(3, 6)
    d = c.later(1, 6)
    stamps = sorted(rng.randint(7 * 60, 23 * 60 + 59) for _ in range(n))
    for j in range(n):
        who = people[j % len(people)] if j < 3 else rng.choice(people)
        doc.t(ind * 2 + "{\"id\": \"" + str(rng.randint(10 ** 12, 10 ** 13)) + "\", \"createdDateTime\": \"")
        _iso(doc, rng, d, stamps[j])
        doc.t("\", \"from\": {\"user\": {\"displayName\": \"").name(who, rng.choice(["full", "last_first", "western"]))
        doc.t("\"}}, \"body\": {\"content\": \"")
        if j == 0:
            doc.t(rng.choice(["Next case: ", "Case ", "Discordance check \u2014 "])).name(c.pt, name_fmt(rng))
            doc.t(", ").p(c.mrn, "MRN").t(", ")
            doc.age(c.age).t(". ")
            K.exam(doc, rng, c.mod)
            doc.t(" on ")
            date(doc, c.when, noyear_p=0.4)
            doc.t(": ")
            K.findings(doc, rng, c.mod, 1)
        elif who is path:
            doc.t(rng.choice(["Path shows ", "Core bx: ", "Final path = "]))
            doc.t(rng.choice(["fibroadenoma, concordant", "IDC grade 2", "benign, discordant?", "adenocarcinoma, Gleason 3+4=7"]))
            doc.t(rng.choice([". Signed out ", ". Accession on our side is separate, signed "]))
            date(doc, c.later(2, 9), noyear_p=0.5)
        elif rng.random() < 0.4:
            doc.t("Viewer link: ").p(P.url(rng), "URL")
        else:
            doc.t(rng.choice(["Agree. ", "Will addend. ", "Recommend MRI. "]))
            if rng.random() < 0.5:
                doc.t("Let ").clinician(c.ref).t(" know at ").p(P.phone(rng), "PHONE").t(".")
            else:
                doc.t("Prior from ").k(str(rng.randint(2012, 2022)), "year").t(" at ").p(c.facility(), "FACILITY").t(" was similar.")
        doc.t("\"}}" + ("," if j < n - 1 else "") + "\n")
    doc.t(ind + "]\n}")
    return c.mod


STYLES = {"revision_diff": revision_diff, "mime_email": mime_email, "pager_batch": pager_batch,
          "fax_cover": fax_cover, "teams_json": teams_json}
