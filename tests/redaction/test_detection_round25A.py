"""Round 25A: names that read as everyday words (months, virtues, plants) or as bare dotted initials, told by
where they stand: a staff column's initials, a handover's two nurses, witness / session-user / voice-command
cues, thanks and self-introductions in comments, a note's author, inverted names after "RE:", a bare "Name" or
"Member" label or "patient" before a bracketed number, an e-mail's salutation, a sentence opening on a name and
an age, and a "Candidate" table column.

Every example is invented for these tests (people, sites, numbers and layouts are made up, not taken
from any evaluation corpus).
"""

from __future__ import annotations

from redaction import PhiAnalyzer
from tests.redaction.test_detection import check, untouched


def test_dotted_initials_in_a_staff_column(analyzer: PhiAnalyzer) -> None:
    piped = ("Day | Acc | Exam | Tech | Done\n"
             "3/2 | 7712003 | XR hand | Q.V.T. | Y\n"
             "3/4 | 7712044 | XR foot | W.Z. | N\n")
    check(analyzer, piped, ["Q.V.T.", "W.Z."])
    spaced = ("WHEN   ACC   AGE   EXAM / TECH\n"
              "2/9   7719921   40 yo   MR knee   Y.O.P.\n")
    check(analyzer, spaced, ["Y.O.P."])
    # no staff column: dotted letters are left alone
    assert untouched(analyzer, "Day | Acc | Exam | Done\n3/2 | 7712003 | XR hand | Q.V.T. |\n", "Q.V.T.")


def test_the_two_nurses_of_a_handover_line(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Ward Handover (SBAR)\nFrom Ottilie to June at 7:05 AM\n\nSITUATION: stable.\n",
          ["Ottilie", "June"])
    check(analyzer, "PACU handoff\n2 May 2024 8:10 p.m.  Brisa -> Hope\n\nSITUATION: stable.\n", ["Brisa", "Hope"])
    check(analyzer, "Recovery handoff\nFrom K. Abernathy-Lowe to Grant at 19:40\n", ["K. Abernathy-Lowe", "Grant"])


def test_witness_session_user_and_voice_commands(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "Lender: Orla Penhaligon      Witness: Faith Rivers\n", ["Faith Rivers"])
    text = "[voice] trace\nSession user Tamsin May\n\n[9:01] \"open study for Quennell-Abara, Bartosz\" -> OK\n"
    check(analyzer, text, ["Tamsin May", "Quennell-Abara, Bartosz"])


def test_thanks_and_self_introductions_in_comments(analyzer: PhiAnalyzer) -> None:
    text = ('id,score,comment\n7,5,"please tell Ivy Holt thank you for the warm blanket"\n'
            '8,4,"June the nurse was kind and quick"\n9,2,"My name is April and nobody phoned"\n')
    check(analyzer, text, ["Ivy Holt", "June", "April"])
    check(analyzer, "Host: Great case. Shout-out to Rose.\n", ["Rose"])
    check(analyzer, "AGENT: Imaging desk, this is May. GA\nCALLER: hi. GA\n\nNote by P. May: callback later.\n",
          ["May", "P. May"])
    # a month after "In" is a month, not a name
    assert untouched(analyzer, "In June the tech was away on leave.", "June")


def test_inverted_names_after_re_name_member_and_patient(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "RE: Vantreight-Osei, Kenji L / member no. Z551902\n", ["Vantreight-Osei, Kenji L"])
    check(analyzer, "Name VANTREIGHT-OSEI, HOPE R / MRN 551-902-7\n", ["VANTREIGHT-OSEI, HOPE R"])
    check(analyzer, "Re: Member QUENNELL-ABARA, MASON T, ID ZRT 5519 0271\n", ["QUENNELL-ABARA, MASON T"])
    check(analyzer, "09:14  Real patient Abernathy, May (K5519027) moved to bay 3.\n", ["Abernathy, May"])


def test_salutation_age_sentence_and_candidate_column(analyzer: PhiAnalyzer) -> None:
    check(analyzer, "To: reading room\nSubject: quick read please\n\nTeodor -\n\nOur player hurt a knee.\n",
          ["Teodor"])
    check(analyzer, "Home visit note\n\nHope is a 77-yr-old woman with heart failure.\n", ["Hope"])
    text = ("Candidate ; MRN ; DOB ; Result\nMarsh ; MR5519027 ; 03/04/1961 ; nodule 6 mm\n"
            "June, Bartosz ; MR5519028 ; 05/06/1962 ; clear\n")
    check(analyzer, text, ["Marsh", "June, Bartosz"])
