"""Round 38, logins: the account fields of access and audit logs, and the login scorer's upper/camel-case and
``ext_`` shapes."""

from __future__ import annotations

from tests.redaction.test_detection import check, typed, untouched


def test_sshd_and_sudo_lines_mask_the_account(analyzer):  # noqa: ANN001
    text = ("Jan 3 07:12:09 lab-gw02 sshd[411]: Accepted publickey for ext_m_okafor from 10.4.4.9 port 5122 ssh2\n"
            "Jan 3 07:13:40 lab-gw02 sudo[512]:   tbergkvist : TTY=pts/1 ; PWD=/home/tbergkvist ; USER=root ;"
            " COMMAND=/usr/bin/systemctl restart orthanc\n")
    check(analyzer, text, ["ext_m_okafor", "tbergkvist"], keep=["sshd", "COMMAND", "orthanc"])
    assert untouched(analyzer, text, "root")


def test_windows_event_target_user_but_not_machine_account(analyzer):  # noqa: ANN001
    text = ('<Data Name="SubjectUserName">READER-WS07$</Data>\n'
            '<Data Name="TargetUserName">QMarchetti</Data>\n'
            '<Data Name="LogonType">10</Data>\n')
    assert "QMarchetti" in typed(analyzer, text, "PERSON")
    assert "READER-WS07" not in " ".join(typed(analyzer, text, "PERSON"))
    assert untouched(analyzer, text, "READER-WS07$") and untouched(analyzer, text, "Data Name")


def test_radius_and_domain_logins(analyzer):  # noqa: ANN001
    text = ("Tue Mar 4 09:01:22 2026 : Auth: (1203) Login OK: [k_abernethy] (from client vpn-edge port 3)\n"
            "Tue Mar 4 09:05:10 2026 : Auth: (1207) Login incorrect: [PDUNMORE12] (from client vpn-edge port 0)\n"
            "AD account CLINIC\\ovanterpool disabled after the audit; NT AUTHORITY\\SYSTEM kept.\n")
    check(analyzer, text, ["k_abernethy", "PDUNMORE12", "ovanterpool"], keep=["vpn-edge", "audit"])
    assert untouched(analyzer, text, "SYSTEM")


def test_web_and_database_log_users(analyzer):  # noqa: ANN001
    text = ('10.9.8.7 - n_quarshie [02/Jun/2026:11:20:31 -0400] "GET /viewer/launch HTTP/1.1" 200 512\n'
            "2026-06-02 11:21:02.118 EST [7731] hollingsworthb@ris_prod psql 10.9.8.7 LOG:  statement: SELECT 1\n"
            "pam_unix(sshd:auth): authentication failure; logname=gthackeray uid=1201 euid=0 ruser=gthackeray\n")
    check(analyzer, text, ["n_quarshie", "hollingsworthb", "gthackeray"], keep=["GET", "psql", "statement"])


def test_service_accounts_in_the_same_fields_are_kept(analyzer):  # noqa: ANN001
    text = ("Jan 3 07:20:01 lab-gw02 sshd[611]: Accepted publickey for svc_backup from 10.4.4.10 port 4100 ssh2\n"
            "Jan 3 07:20:05 lab-gw02 sshd[612]: session opened for user root(uid=0) by (uid=0)\n"
            "PACS user ECHOTRANSFER end-dated; user=admin&mode=view\n")
    for word in ("svc_backup", "root", "admin"):
        assert untouched(analyzer, text, word), word


def test_upper_and_camel_case_logins_in_a_user_lifecycle_note(analyzer):  # noqa: ANN001
    text = ("[x] PACS user WOKONJO_F end-dated; worklist items reassigned\n"
            "[x] Visage user RBALLANTYNE4 provisioned with the reading role\n")
    check(analyzer, text, ["WOKONJO_F", "RBALLANTYNE4"], keep=["PACS", "worklist", "reading"])


def test_written_out_escapes_and_desk_accounts_are_not_logins(analyzer):  # noqa: ANN001
    # an iCalendar DESCRIPTION writes line breaks as "\n": "ED\nCall" is no DOMAIN\login
    text = ("DESCRIPTION:Follow-up after ED\\nCall Lorcan Whitby to confirm\\nDrink 1 L water before\n"
            "Login: CLINIC\\nwhitby for the same visit; desk account nightshift at the MR front desk.\n")
    check(analyzer, text, ["Lorcan Whitby", "nwhitby"])
    assert untouched(analyzer, text, "nCall") and untouched(analyzer, text, "nDrink")
    assert untouched(analyzer, text, "nightshift")


def test_user_headers_and_git_author_filters(analyzer):  # noqa: ANN001
    text = ("curl -s 'https://ris.example.org/api/orders?limit=5' -H 'X-User: marisol.okwu' -H 'Accept: json'\n"
            "$ git log --author=ferreira-lund -n 2\n")
    check(analyzer, text, ["marisol.okwu", "ferreira-lund"], keep=["Accept", "git log"])
