"""Structured styles 1-5: IdP sign-in JSON, RADIUS/VPN log, PACS auth.log/sudo, Windows Security XML, portal access log."""

from __future__ import annotations

from b37_core import DT, MONTHS, P, alnum, digits, hexs, iso_pieces, later, pick, rand_dt
from b37_pools import (CITIES, NETBIOS, SERVICE_ACCOUNTS, Cast, accession, host, mrn, priv_ip, serial)

APPS = ["PowerScribe 360", "Visage 7 Enterprise", "Epic Radiant", "Sectra IDS7", "Change Healthcare VNA",
        "Qgenda", "Nuance mPower", "AWS Console"]
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0",
          "Okta Verify/9.21.0 (iOS 17.4)", "Microsoft Authentication Broker", "python-requests/2.31.0",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15"]


def idp_signin_jsonl(rng, d):
    cast = Cast(rng)
    people = [cast.person() for _ in range(rng.randint(2, 3))]
    entra = rng.random() < 0.45
    dt = rand_dt(rng)
    dom = pick(rng, ["example.org", "rad.example.org", "example.net"])
    ids = {p.full: ("00u" + alnum(rng, 17, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")) for p in people}
    upn = {p.full: p.login(rng, pick(rng, ["jane.smith", "jsmith", "smithj"])) + "@" + dom for p in people}
    for _ in range(rng.randint(5, 8)):
        p = pick(rng, people)
        dt = later(rng, dt, 3, 2400)
        ip = priv_ip(rng)
        cty, st, z = pick(rng, CITIES)
        ok = rng.random() < 0.7
        app = pick(rng, APPS)
        if entra:
            d.add('{"id":"', hexs(rng, 8), "-", hexs(rng, 4), "-", hexs(rng, 4), '","createdDateTime":"',
                  iso_pieces(dt), '","userDisplayName":"', P(f"{p.surname}, {p.given}"), '","userPrincipalName":"',
                  (upn[p.full], "EMAIL"), '","userId":"', (ids[p.full], "ACCOUNT_ID"), '","appDisplayName":"', app,
                  '","ipAddress":"', (ip, "IP_ADDRESS"), '","clientAppUsed":"Browser","status":{"errorCode":',
                  "0" if ok else pick(rng, ["50126", "50053", "50074", "500121"]),
                  '},"location":{"city":"', (cty, "CITY"), '","state":"', st, '","countryOrRegion":"US"},',
                  '"conditionalAccessStatus":"', pick(rng, ["success", "notApplied", "failure"]), '"}\n')
        else:
            ev = pick(rng, ["user.session.start", "user.authentication.auth_via_mfa", "user.authentication.sso",
                            "user.account.lock", "policy.evaluate_sign_on"])
            d.add('{"uuid":"', hexs(rng, 8), "-", hexs(rng, 4), '","published":"', iso_pieces(dt, "." + digits(rng, 3)),
                  '","eventType":"', ev, '","severity":"', "INFO" if ok else "WARN", '","actor":{"id":"',
                  (ids[p.full], "ACCOUNT_ID"), '","type":"User","alternateId":"', (upn[p.full], "EMAIL"),
                  '","displayName":"', P(p.full), '"},"client":{"ipAddress":"', (ip, "IP_ADDRESS"),
                  '","userAgent":{"rawUserAgent":"', pick(rng, AGENTS), '"},"geographicalContext":{"city":"',
                  (cty, "CITY"), '","state":"', st, '","postalCode":"', (z, "ZIP"), '"}},"outcome":{"result":"',
                  "SUCCESS" if ok else pick(rng, ["FAILURE", "DENY"]), '"', "" if ok else ',"reason":"INVALID_CREDENTIALS"',
                  '},"target":[{"type":"AppInstance","displayName":"', app, '"}]}\n')
    if rng.random() < 0.5:
        dt = later(rng, dt)
        d.add('{"uuid":"', hexs(rng, 8), '","published":"', iso_pieces(dt), '","eventType":"app.oauth2.token.grant",',
              '"actor":{"type":"PublicClientApp","alternateId":"', pick(rng, SERVICE_ACCOUNTS), '"},"outcome":{"result":"SUCCESS"}}\n')
    return "CT"


def _syslog_ts(rng, dt):
    return [DT(f"{MONTHS[dt.month - 1]} {dt.day:>2}".replace("  ", " ")), " ", DT(dt.strftime("%H:%M:%S"))]


def radius_vpn_authlog(rng, d):
    cast = Cast(rng)
    people = [cast.person() for _ in range(rng.randint(2, 4))]
    logins = {p.full: p.login(rng) for p in people}
    dt = rand_dt(rng)
    kind = rng.choice(["freeradius", "globalprotect", "asa"])
    dom = pick(rng, NETBIOS)
    for _ in range(rng.randint(6, 10)):
        p = pick(rng, people)
        lg = logins[p.full]
        dt = later(rng, dt, 2, 1800)
        ip = priv_ip(rng)
        if kind == "freeradius":
            wd = dt.strftime("%a")
            r = rng.random()
            d.add(wd, " ", DT(f"{MONTHS[dt.month - 1]} {dt.day}"), " ", DT(dt.strftime("%H:%M:%S")), " ",
                  (str(dt.year), "year"), " : Auth: (", digits(rng, 5), ") ")
            if r < 0.55:
                d.add("Login OK: [", P(lg), "] (from client vpn-asa01 port ", str(rng.randint(0, 64)), " cli ",
                      (ip, "IP_ADDRESS"), ")\n")
            elif r < 0.8:
                d.add("Login incorrect (mschap: MS-CHAP2-Response is incorrect): [", P(lg.upper() if rng.random() < .3 else lg),
                      "] (from client vpn-asa01 port 0 cli ", (ip, "IP_ADDRESS"), ")\n")
            else:
                d.add("Login OK: [", P(lg), "/<via Auth-Type = RSA>] (from client wlan-ctrl02 port 1 cli ",
                      (":".join(hexs(rng, 2).upper() for _ in range(6)), "DEVICE_SERIAL"), ") token serial ",
                      (digits(rng, 12), "DEVICE_SERIAL"), "\n")
        elif kind == "globalprotect":
            d.add(DT(dt.strftime("%Y/%m/%d")), " ", DT(dt.strftime("%H:%M:%S")), ",", digits(rng, 12),
                  ",GLOBALPROTECT,0,2561,", DT(dt.strftime("%Y/%m/%d")), " ", DT(dt.strftime("%H:%M:%S")),
                  ",vsys1,gateway-auth,login,RADIUS,,", dom, "\\", P(lg), ",,",
                  pick(rng, ["US", "10.0.0.0-10.255.255.255"]), ",", (pick(rng, ["RAD-LT-", "HOME-PC-", "DESKTOP-"]) + alnum(rng, 5), "DEVICE_SERIAL")
                  if rng.random() < 0.3 else "-", ",", (ip, "IP_ADDRESS"), ",0.0.0.0,", (priv_ip(rng), "IP_ADDRESS"),
                  ",0.0.0.0,", pick(rng, ["success", "success", "failure"]), ",", pick(rng, ["Windows 11", "macOS", "iOS"]), "\n")
        else:
            code = pick(rng, ["113004", "113005", "113039", "722051"])
            d.add(*_syslog_ts(rng, dt), " vpn-asa01 : %ASA-6-", code, ": ")
            if code == "113004":
                d.add("AAA user authentication Successful : server =  ", (priv_ip(rng), "IP_ADDRESS"), " : user = ", P(lg), "\n")
            elif code == "113005":
                d.add("AAA user authentication Rejected : reason = AAA failure : server = ", (priv_ip(rng), "IP_ADDRESS"),
                      " : user = ***** : user IP = ", (ip, "IP_ADDRESS"), "\n")
            elif code == "113039":
                d.add("Group <RAD-REMOTE-READ> User <", P(lg), "> IP <", (ip, "IP_ADDRESS"),
                      "> AnyConnect parent session started.\n")
            else:
                d.add("Group <RAD-REMOTE-READ> User <", P(lg), "> IP <", (ip, "IP_ADDRESS"), "> IPv4 Address <",
                      (priv_ip(rng), "IP_ADDRESS"), "> IPv6 address <::> assigned to session\n")
    if rng.random() < 0.6:
        p = pick(rng, people)
        d.add("# note (", P(logins[p.full]), " = ", P(p.full),
              ", reading from home; ticket INC00", digits(rng, 5), ")\n")
    return pick(rng, ["MR", "CT", "XR"])


def pacs_linux_authlog_sudo(rng, d):
    cast = Cast(rng)
    staff = [cast.person() for _ in range(2)]
    pt = cast.person()
    hn = pick(rng, ["pacs-app01", "pacs-app02", "vna-arch02", "dcm-router02"])
    logins = [s.login(rng, pick(rng, ["jsmith", "smithj", "jsmith2", "j_smith", "smith.j"])) for s in staff]
    uid = {lg: str(rng.randint(1001, 1890)) for lg in logins}
    dt = rand_dt(rng)
    m, a = mrn(rng), accession(rng)
    for step in range(rng.randint(7, 11)):
        lg = pick(rng, logins)
        dt = later(rng, dt, 1, 300)
        ip = priv_ip(rng)
        pid = str(rng.randint(1200, 65000))
        r = step if step < 3 else rng.randint(0, 7)
        d.add(*_syslog_ts(rng, dt), " ", hn, " ")
        if r == 0:
            d.add("sshd[", pid, "]: Accepted ", pick(rng, ["publickey", "password", "keyboard-interactive/pam"]), " for ",
                  P(lg), " from ", (ip, "IP_ADDRESS"), " port ", str(rng.randint(40000, 65000)), " ssh2",
                  pick(rng, ["", ": ED25519 SHA256:" + alnum(rng, 20, "abcdefghijkABCDEFGH0123456789+/")]), "\n")
        elif r == 1:
            d.add("sshd[", pid, "]: pam_unix(sshd:session): session opened for user ", P(lg), "(uid=", uid[lg], ") by (uid=0)\n")
        elif r == 2:
            d.add("sudo[", pid, "]:   ", P(lg), " : TTY=pts/", str(rng.randint(0, 4)), " ; PWD=/home/", P(lg),
                  " ; USER=root ; COMMAND=/usr/bin/dcmdump +P PatientName /data/incoming/", (m, "MRN"), "/",
                  (a, "ACCESSION"), "/IM0001.dcm\n")
        elif r == 3:
            d.add("sudo[", pid, "]:   ", P(lg), " : TTY=pts/1 ; PWD=/opt/dcm4che ; USER=svc_pacs ; COMMAND=/opt/dcm4che/bin/findscu -c PACS@",
                  (priv_ip(rng), "IP_ADDRESS"), ":104 -m PatientName=", P(f"{pt.surname.upper()}^{pt.given.upper()}"),
                  " -m PatientID=", (m, "MRN"), "\n")
        elif r == 4:
            bad = pick(rng, staff).login(rng, "SMITHJ").lower()
            d.add("sshd[", pid, "]: Failed password for invalid user ", P(bad), " from ", (ip, "IP_ADDRESS"),
                  " port ", str(rng.randint(40000, 65000)), " ssh2\n")
        elif r == 5:
            d.add("sudo[", pid, "]: pam_unix(sudo:auth): authentication failure; logname=", P(lg), " uid=", uid[lg],
                  " euid=0 tty=/dev/pts/2 ruser=", P(lg), " rhost=  user=", P(lg), "\n")
        elif r == 6:
            d.add("sshd[", pid, "]: Accepted publickey for ", pick(rng, ["svc_pacs", "ansible", "backup_agent"]),
                  " from ", (priv_ip(rng), "IP_ADDRESS"), " port 22 ssh2\n")
        else:
            d.add("sudo[", pid, "]:   ", P(lg), " : TTY=pts/0 ; PWD=/home/", P(lg), " ; USER=root ; COMMAND=/usr/sbin/usermod -L ",
                  P(pick(rng, staff).login(rng, "jane.smith")), "\n")
    d.add(*_syslog_ts(rng, later(rng, dt)), " ", hn, " systemd-logind[812]: Removed session ", str(rng.randint(100, 999)), ".\n")
    return pick(rng, ["CT", "MR", "US"])


def win_security_evtx_xml(rng, d):
    cast = Cast(rng)
    dom = pick(rng, NETBIOS)
    dt = rand_dt(rng)
    comp = pick(rng, ["PACS-APP01", "RIS-WEB01", "RAD-RDS02", "PS360-APP"]) + ".rad.example.org"
    d.add("<Events>\n")
    for _ in range(rng.randint(2, 4)):
        p = cast.person()
        lg = p.login(rng, pick(rng, ["jsmith", "SMITHJ", "smithj", "JSmith", "jane.smith"]))
        ev = pick(rng, ["4624", "4625", "4625", "4740", "4771"])
        dt = later(rng, dt, 5, 3000)
        sid = f"S-1-5-21-{digits(rng, 10)}-{digits(rng, 9)}-{digits(rng, 10)}-{rng.randint(1100, 9999)}"
        d.add('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System>\n',
              '    <Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}" />\n',
              "    <EventID>", ev, "</EventID>\n    <Keywords>", "0x8020000000000000" if ev == "4624" else "0x8010000000000000",
              "</Keywords>\n    <TimeCreated SystemTime=\"", iso_pieces(dt, "." + digits(rng, 7)), "\" />\n",
              "    <EventRecordID>", digits(rng, 8), "</EventRecordID>\n    <Computer>", comp, "</Computer>\n  </System>\n  <EventData>\n",
              '    <Data Name="SubjectUserSid">S-1-5-18</Data>\n    <Data Name="SubjectUserName">', comp.split(".")[0], '$</Data>\n')
        if ev != "4740":
            d.add('    <Data Name="TargetUserSid">', (sid, "ACCOUNT_ID") if ev == "4624" else "S-1-0-0", "</Data>\n")
        d.add('    <Data Name="TargetUserName">', P(lg), '</Data>\n    <Data Name="TargetDomainName">', dom, "</Data>\n")
        if ev in ("4624", "4625"):
            d.add('    <Data Name="LogonType">', pick(rng, ["2", "3", "10", "11"]), "</Data>\n",
                  '    <Data Name="WorkstationName">', pick(rng, ["RAD-RR3-WS07", "MAMMO-RR1", "IR-CTRL-02", "-"]), "</Data>\n")
            if ev == "4625":
                d.add('    <Data Name="Status">0xc000006d</Data>\n    <Data Name="SubStatus">',
                      pick(rng, ["0xc000006a", "0xc0000064", "0xc0000234"]), "</Data>\n")
            d.add('    <Data Name="IpAddress">', (priv_ip(rng), "IP_ADDRESS"), '</Data>\n    <Data Name="IpPort">',
                  str(rng.randint(49152, 65535)), "</Data>\n")
        elif ev == "4771":
            d.add('    <Data Name="ServiceName">krbtgt/', dom, '</Data>\n    <Data Name="IpAddress">::ffff:',
                  (priv_ip(rng), "IP_ADDRESS"), '</Data>\n    <Data Name="Status">0x18</Data>\n')
        else:
            d.add('    <Data Name="TargetSid">', (sid, "ACCOUNT_ID"), "</Data>\n", '    <Data Name="CallerComputerName">',
                  pick(rng, ["RAD-RR3-WS07", "CT2-CONSOLE", "READROOM-14"]), "</Data>\n")
        d.add("  </EventData>\n</Event>\n")
    d.add("</Events>\n")
    return pick(rng, ["MR", "CT", "MG"])


def ris_portal_accesslog(rng, d):
    cast = Cast(rng)
    users = [cast.person() for _ in range(2)]
    pts = [cast.person() for _ in range(rng.randint(1, 2))]
    logins = [u.login(rng) for u in users]
    dt = rand_dt(rng)
    site = pick(rng, ["ris.example.org", "portal.rad.example.net", "refer.example.com"])
    apache = rng.random() < 0.4
    for _ in range(rng.randint(6, 9)):
        dt = later(rng, dt, 1, 240)
        ip = priv_ip(rng)
        lg = pick(rng, logins)
        r = rng.random()
        pt = pick(rng, pts)
        ts = ["[", DT(f"{dt.day:02d}/{MONTHS[dt.month - 1]}/{dt.year}"), ":", DT(dt.strftime("%H:%M:%S")), " -0500]"]
        if r < 0.12:
            d.add((ip, "IP_ADDRESS"), " - - ", *ts, ' "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n')
            continue
        if r < 0.22:
            d.add((ip, "IP_ADDRESS"), " - ", P(lg), " ", *ts, ' "GET /static/js/app.', hexs(rng, 8),
                  '.js HTTP/2.0" 304 0 "-" "', pick(rng, AGENTS), '"\n')
            continue
        d.add((ip, "IP_ADDRESS"), " - ", P(lg), " ", *ts, ' "GET ')
        q = rng.randint(0, 3)
        if q == 0:
            d.add("/ris/api/patients/search?lastName=", P(pt.surname.upper()), "&firstName=", P(pt.given.upper()),
                  "&dob=", DT(f"{rng.randint(1931, 1999)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
        elif q == 1:
            d.add("/ris/api/patients/", (mrn(rng), "MRN"), "/orders?status=SCHEDULED")
        elif q == 2:
            d.add("/ris/viewer/launch?acc=", (accession(rng), "ACCESSION"), "&user=", P(lg), "&mode=diag")
        else:
            d.add("/ris/api/patients/search?q=", P(f"{pt.surname}%2C+{pt.given}"), "&page=1")
        ref = "https://" + site + "/ris/worklist?reader=" + lg + "&tab=" + pick(rng, ["unread", "stat", "mine"])
        d.add(' HTTP/1.1" ', pick(rng, ["200", "200", "200", "302", "403", "404"]), " ", str(rng.randint(180, 48000)), ' "',
              (ref, "URL") if rng.random() < 0.5 else "-", '" "', pick(rng, AGENTS), '"',
              (" rt=" + f"{rng.random():.3f}" + " uct=0.000") if not apache else "", "\n")
    return pick(rng, ["CT", "MR", "XR", "US"])
