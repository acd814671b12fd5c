"""Structured genres, part A: injector logs, media-export queues, transport boards, wristband audits, dose logs."""

from __future__ import annotations

from b29_core import (ANATOMY, LEVELS, SCORES, SEQUENCES, Doc, accession, account, date, dob, email, facility,
                      ip, measurement, mrn, old_age, parts, person, phone, pick, plan_id, serial, street, city,
                      surname, time, url, young_age)


def injector_log(rng):
    d = Doc()
    sn = serial(rng)
    d.t("POWER INJECTOR EVENT EXPORT  unit S/N ").p(sn, "DEVICE_SERIAL").t("  host ").p(ip(rng), "IP_ADDRESS")
    d.t("\nexported ").p(date(rng, "iso"), "DATE_TIME").t(" ").p(time(rng, "sec"), "DATE_TIME").t(" by ")
    d.p(email(rng, person(rng, "fl", staff=True)), "EMAIL").t("\n")
    d.t("time     | pt_name              | mrn        | protocol          | rate  | vol | psi | event\n")
    for _ in range(rng.randint(3, 5)):
        d.p(time(rng, "sec"), "DATE_TIME").t(" | ").p(person(rng, pick(rng, ["LF", "hl7", "LFM"])), "PERSON")
        d.t(" | ").p(mrn(rng), "MRN").t(" | ").k("CT", "modality").t(" ")
        d.t(pick(rng, ["CTA chest", "abd/pelvis", "PE protocol", "liver 3-phase"])).t(" | ")
        d.t(f"{rng.randint(2, 6)}.0").t(" | ").t(str(rng.randint(60, 120))).t(" | ").t(str(rng.randint(90, 325)))
        d.t(" | ").t(pick(rng, ["OK", "PRESSURE LIMIT", "EXTRAV SUSPECTED", "ABORT BY USER", "OK"])).t("\n")
    d.t("note: extrav at ").k(pick(rng, ["left antecubital fossa", "right forearm"]), "anatomy").t(", ")
    d.k(measurement(rng), "measurement").t(" swelling; seen by ").p(surname(rng), "PERSON").t(" ")
    d.k(pick(rng, ["RN", "MD"]), "credential").t("\n")
    return d, "CT"


def media_export(rng):
    d = Doc()
    d.t("IMAGE MEDIA EXPORT QUEUE — ").p(facility(rng), "FACILITY").t(" film library\n")
    d.t("REQ# | REQUESTED   | PATIENT                 | DOB        | ACC           | DEST / NOTES\n")
    for i in range(rng.randint(3, 5)):
        d.t(f"{rng.randint(4000, 9999)} | ").p(date(rng, pick(rng, ["us", "md", "dmy"])), "DATE_TIME").t(" | ")
        d.p(person(rng, pick(rng, ["LF", "Lf", "FL"])), "PERSON").t(" | ").p(dob(rng), "DATE_TIME").t(" | ")
        acc = accession(rng)
        d.p(acc, "ACCESSION").t(" | ")
        r = rng.randrange(4)
        if r == 0:
            d.t("CD mail to ").p(street(rng), "STREET_ADDRESS").t(" ")
            c, st, z = city(rng)
            d.p(c, "CITY").t(f" {st} ").p(z, "ZIP")
        elif r == 1:
            d.t("cloud link ").p(url(rng, acc), "URL")
        elif r == 2:
            d.t("pickup by ").p(person(rng, "fl"), "PERSON").t(" (POA) ph ").p(phone(rng), "PHONE")
        else:
            d.t("outside ortho, ").k(pick(rng, ["MRI", "XR", "CT"]), "modality").t(" ")
            d.k(pick(rng, LEVELS), "vertebral_level").t(" only")
        d.t("\n")
    d.t("CD burner S/N ").p(serial(rng), "DEVICE_SERIAL").t(" — discs ").t(str(rng.randint(2, 9))).t(" left\n")
    return d, "XR"


def transport_board(rng):
    d = Doc()
    d.t("RADIOLOGY TRANSPORT BOARD  ").p(date(rng, "mdn"), "DATE_TIME").t("  (refresh ").p(time(rng, "24"), "DATE_TIME")
    d.t(")\nRM    PATIENT          EXAM              MODE     ISO   TRANSPORTER   STATUS\n")
    for _ in range(rng.randint(4, 6)):
        d.t(f"{rng.randint(2, 9)}{rng.choice('ABCDEFGHJKLMNPRSTW')}{rng.randint(10, 48):02d}  ")
        d.p(person(rng, pick(rng, ["last", "LF", "il", "FL"])), "PERSON").t("  ")
        m = pick(rng, ["CT", "MRI", "US", "XR"])
        d.k(m, "modality").t(" ").t(pick(rng, ["head", "abd", "LE duplex", "chest", "brain w/wo", "KUB"]))
        d.t("  ").t(pick(rng, ["bed", "WC", "stretcher", "amb"])).t("  ").t(pick(rng, ["-", "contact", "droplet", "-"]))
        d.t("  ").p(person(rng, pick(rng, ["first", "nick"])), "PERSON").t("  ")
        d.t(pick(rng, ["dispatched ", "picked up ", "in exam ", "returned "])).p(time(rng, "24"), "DATE_TIME").t("\n")
    d.t("** pt in ").t(f"{rng.randint(2, 9)}W").t(" is ").p(old_age(rng), "AGE_OVER_89")
    d.t(pick(rng, [" y/o", "yo", " yrs"])).t(", fall risk — 2 staff. Dispatcher ext ").p(phone(rng), "PHONE").t("\n")
    return d, "XR"


def wristband_audit(rng):
    d = Doc()
    d.t("BARCODE / WRISTBAND SCAN MISMATCH AUDIT  period ").p(date(rng, "us"), "DATE_TIME").t(" – ")
    d.p(date(rng, "us"), "DATE_TIME").t("\nscanner_id,scan_ts,band_name,band_mrn,order_name,order_mrn,acc,tech,outcome\n")
    for _ in range(rng.randint(3, 5)):
        d.p(serial(rng), "DEVICE_SERIAL").t(",").p(date(rng, "iso"), "DATE_TIME").t("T").t("")
        d.p(time(rng, "sec"), "DATE_TIME").t(",")
        same = rng.random() < 0.4
        n1 = person(rng, "hl7")
        d.p(n1, "PERSON").t(",")
        m1 = mrn(rng)
        d.p(m1, "MRN").t(",")
        if same:
            d.p(n1, "PERSON").t(",")
        else:
            d.p(person(rng, "hl7"), "PERSON").t(",")
        d.p(mrn(rng), "MRN").t(",").p(accession(rng), "ACCESSION").t(",").p(person(rng, "il", staff=True), "PERSON")
        d.t(",").t(pick(rng, ["HARD STOP", "override-verbal", "corrected", "HARD STOP"])).t("\n")
    d.t("Reviewer: ").p(person(rng, "fl", staff=True), "PERSON").t(", ").k(pick(rng, ["RT(R)", "RN"]), "credential")
    d.t(" — none reached the ").k("MRI", "modality").t(" magnet room.\n")
    return d, "XR"


def nucmed_dose(rng):
    d = Doc()
    d.t("NUCLEAR MEDICINE DOSE CALIBRATOR LOG\nCalibrator S/N: ").p(serial(rng), "DEVICE_SERIAL")
    d.t("   Constancy ").p(date(rng, "dmy"), "DATE_TIME").t(" ").p(time(rng, "hrs"), "DATE_TIME").t(" — pass\n")
    d.t("Rx  | Patient             | Age | Agent       | mCi  | Assay time | Tech\n")
    for _ in range(rng.randint(3, 5)):
        d.t(f"{rng.randint(100, 999)} | ").p(person(rng, pick(rng, ["LF", "Lf", "fml"])), "PERSON").t(" | ")
        if rng.random() < 0.35:
            d.p(old_age(rng), "AGE_OVER_89")
        else:
            d.k(f"{young_age(rng)}Y", "age_under_90")
        d.t(" | ").t(pick(rng, ["Tc-99m MDP", "F-18 FDG", "Tc-99m sestamibi", "I-123", "Ga-68 dotatate"]))
        d.t(" | ").t(f"{rng.randint(5, 30)}.{rng.randint(0, 9)}").t(" | ").p(time(rng, "24"), "DATE_TIME")
        d.t(" | ").p(person(rng, "il", staff=True), "PERSON").t(" ").k("CNMT", "credential").t("\n")
    d.t("Wipe test area B ok. Waste to decay room per ").p(surname(rng), "PERSON").t(" (RSO). ")
    d.k("PET/CT", "modality").t(" delayed ").t(str(rng.randint(10, 50))).t(" min.\n")
    return d, "CT"
