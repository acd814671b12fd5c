"""Prose styles 11-15 of blind38: people typing requests to a drafting assistant."""

from __future__ import annotations

from b38_case import dictation, header, report
from b38_clin import exam, finding, findings, hdr, impression, cred, techcred, year
from b38_core import sub


def dictation_tidy(c, r, d):
    d.f(r.choice(["pls clean up this dictation for ⟦n⟧, asr mangled it again. keep my measurements\n\n",
                  "can you fix the grammar on this? its ⟦n⟧'s ⟦ex⟧ from this morning\n\n",
                  "Tidy this up into a normal report. Patient is ⟦n⟧, MRN ⟦m⟧. dont change the impression\n\n",
                  "hey - cleanup pls. ⟦n⟧ (acc ⟦acc⟧). dragon put 'colon' everywhere lol\n\n"]),
        n=c.pt.form(r.choice(["lowtitle", "title", "full", "lower", "caps"])), ex=exam(r)[0], m=(c.mrn, "MRN"),
        acc=(c.acc, "ACCESSION"))
    d.put(dictation(c, r))
    d.t("\n\n")
    d.f(r.choice(["also the referring is ⟦rf⟧ not dr. whoever it defaulted to", "sign it as me (⟦me⟧, ⟦cr⟧)",
                  "prior was ⟦p⟧ at ⟦f⟧ if u need it", "thx", "and leave the dob out (⟦dob⟧) its already in the header"]),
        rf=c.ref.form(r.choice(["drlow", "dr", "full"])), me=c.rad.form("full"), cr=cred(r), p=c.d("prior"),
        f=(c.fac2, "FACILITY"), dob=c.d("dob"))
    d.t(r.choice(["\n", "\n-- sent from PowerScribe side panel\n", " \n"]))


def resident_ddx(c, r, d):
    d.f(r.choice(["Hi, PGY-2 here on nights. What's your differential for this? Case pasted below, pt is a ⟦a⟧ ⟦sx⟧.\n\n",
                  "ddx help pls - ⟦a⟧ ⟦sx⟧ w/ ⟦hx⟧. Attending (⟦att⟧) wants a list by 7am\n\n",
                  "I'm a resident at ⟦f⟧. Can you give me a ranked differential and what would change it?\n\n"]),
        a=c.age_piece(), sx=c.sexword(), hx=r.choice(["fever", "weight loss", "new HA", "RUQ pain"]),
        att=c.rad.form(r.choice(["dr", "full", "last"])), f=(c.fac, "FACILITY"))
    d.put(report(c, r, with_header=r.random() < 0.6, signer=False))
    d.t("\n\n")
    d.f(r.choice(["Also is ⟦e⟧ relevant here or a red herring? The prior from ⟦y⟧ showed the same thing I think.",
                  "Labs: WBC 14.2, lipase 38. Not sure if it matters. The patient (⟦n⟧) says this has been going on since ⟦dd⟧.",
                  "I called ⟦rf⟧ already at ⟦t⟧, they want to know if ⟦s⟧ would help.",
                  "My read so far: ⟦fd⟧ Am I missing something?"]),
        e=(r.choice(["Schmorl node", "Tarlov cyst", "Morison pouch fluid"]), "eponym"), y=year(r),
        n=c.pt.form(r.choice(["full", "title"])), dd=c.d("prior", "md"), rf=c.ref.form("dr"), t=c.tm(),
        s=(r.choice(["DWI", "STIR", "T1 post-contrast"]), "sequence"), fd=finding(r))
    d.t("\n")


def tech_prep_letter(c, r, d):
    ex, mod = exam(r)
    d.f(r.choice(["Hi! Can you write a friendly prep letter for a patient? Details:\n",
                  "Need patient-friendly prep instructions, 6th grade reading level pls.\n",
                  "write prep letter — ⟦me⟧, ⟦tc⟧ here at the front desk\n"]), me=c.tech.form(r.choice(["first", "full"])),
        tc=techcred(r))
    d.f("- Name: ⟦n⟧\n- Exam: ⟦ex⟧ on ⟦dd⟧ at ⟦t⟧\n", n=c.pt.form(r.choice(["full", "title", "mi"])), ex=ex,
        dd=c.d("exam", r.choice(["long", "us", "abbr"])), t=c.tm("ampm"))
    d.f("- Where: ⟦f⟧, ⟦st⟧, ⟦ci⟧ ⟦state⟧ ⟦z⟧ (enter by the garage)\n", f=(c.fac, "FACILITY"), st=(c.street, "STREET_ADDRESS"),
        ci=(c.city, "CITY"), state=c.state, z=(c.zip, "ZIP"))
    d.f(r.choice(["- Questions: call ⟦ph⟧ and ask for ⟦me⟧\n", "- Our line is ⟦ph⟧\n"]), ph=(c.phone, "PHONE"),
        me=c.tech.form("first"))
    d.f(r.choice(["- She has a pacemaker, card says serial ⟦sn⟧ — add a line to bring the card\n",
                  "- he has a spinal cord stimulator (serial ⟦sn⟧), needs MR-conditional mode\n", ""]), sn=(c.serial, "DEVICE_SERIAL"))
    d.t(r.choice(["- nothing to eat 4 hrs before, metformin hold 48h after contrast\n", "- drink the 2 bottles of contrast 90 min before\n",
                  "- no lotion or deodorant\n", "- full bladder: 32 oz water 1 hr before\n"]))
    d.f(r.choice(["Patient's ⟦rel⟧ ⟦rn⟧ will drive and wants a copy at ⟦em⟧.\n", "Mail to the patient's address above.\n",
                  "Insurance on file ⟦hp⟧ (prior auth done) — dont put that in the letter tho\n"]),
        rel=c.relation, rn=c.rel.form(r.choice(["full", "first"])), em=(c.rel.email(r.choice(["mailbox.example.com", "inbox.example.net"])), "EMAIL"),
        hp=(c.plan, "HEALTH_PLAN_ID"))


def outside_compare(c, r, d):
    d.f(r.choice(["Pt of mine, ⟦n⟧, had imaging at ⟦f2⟧ before transferring. Can you compare their report with ours and tell me what's new?\n\n",
                  "Referring doc here (⟦me⟧). Compare the outside read below to the one from ⟦f⟧ — is it the same lesion?\n\n",
                  "compare pls. outside vs ours. ⟦n⟧ dob ⟦dob⟧\n\n"]),
        n=c.pt.form(r.choice(["full", "title", "lastfirst"])), f2=(c.fac2, "FACILITY"), me=c.ref.form(r.choice(["full", "dr"])),
        f=(c.fac, "FACILITY"), dob=c.d("dob"))
    d.t(r.choice(["=== OUTSIDE REPORT ===\n", "--- pasted from the CD report ---\n", "OUTSIDE:\n"]))
    d.f("⟦f2⟧ Department of Radiology  Ph ⟦ph⟧\n", f2=(c.fac2, "FACILITY"), ph=(c.phone2, "PHONE"))
    d.f("Patient: ⟦n⟧  Acc: ⟦acc⟧  Date: ⟦dd⟧\n", n=c.pt.form("caps"), acc=(c.acc_prior, "ACCESSION"), dd=c.d("prior", "us"))
    ex, _ = exam(r)
    d.put(ex).t("\n").put(findings(r)).t("\n")
    d.f("⟦h⟧: ", h=hdr("IMPRESSION")).put(impression(r)).t("\n")
    d.f("Read by ⟦n⟧, ⟦cr⟧\n", n=c.rad2.form(r.choice(["full", "mi"])), cr=cred(r))
    d.t(r.choice(["\n=== OUR REPORT ===\n", "\n--- ours ---\n", "\nOURS:\n"]))
    d.put(report(c, r, with_header=r.random() < 0.5, signer=True))
    d.t("\n\n")
    d.f(r.choice(["My office is ⟦ph⟧ if anything needs a call.", "Family (her ⟦rel⟧ ⟦rn⟧) is asking whether it grew.",
                  "Please keep it short, I'm seeing ⟦n⟧ at 3."]), ph=(c.phone, "PHONE"), rel=c.relation,
        rn=c.rel.form("full"), n=c.pt.form(r.choice(["title", "first"])))
    d.t("\n")


LANGS = ["Spanish", "Vietnamese", "Portuguese", "Haitian Creole", "Polish", "Somali", "Tagalog", "Russian"]


def family_translation(c, r, d):
    lang = r.choice(LANGS)
    d.f(r.choice(["Please translate these findings into plain ⟦l⟧ for the family. The ⟦rel⟧, ⟦rn⟧, will read it to ⟦pn⟧.\n\n",
                  "Can u put this in simple ⟦l⟧? ⟦pn⟧'s ⟦rel⟧ (⟦rn⟧) doesn't speak English well and the interpreter left.\n\n",
                  "Family meeting at ⟦t⟧ with ⟦rn⟧ (⟦rel⟧) and ⟦rn2⟧. Translate to ⟦l⟧, no jargon:\n\n"]),
        l=lang, rel=c.relation, rn=c.rel.form(r.choice(["full", "first", "title"])), pn=c.pt.form(r.choice(["first", "title", "full"])),
        t=c.tm("ampm"), rn2=type(c.rel)(r).form("full"))
    if r.random() < 0.5:
        d.put(header(c, r))
    d.f("⟦h⟧: ", h=hdr("FINDINGS")).put(findings(r)).t("\n")
    d.f("⟦h⟧: ", h=hdr("IMPRESSION")).put(impression(r)).t("\n\n")
    d.f(r.choice(["Mention that ⟦doc⟧ will call them at ⟦ph⟧ tomorrow.", "The patient is ⟦a⟧ so pls be gentle.",
                  "Don't say cancer. ⟦doc⟧ will discuss on ⟦dd⟧.", "Keep the measurements (⟦m⟧) as numbers."]),
        doc=c.ref.form(r.choice(["dr", "full"])), ph=(c.phone, "PHONE"), a=c.age_piece(" years old"), dd=c.d("exam", "md"),
        m=(f"{r.randint(4, 40)} mm", "measurement"))
    d.t("\n")
