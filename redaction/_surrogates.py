"""Surrogate values: realistic, format-preserving, consistent within a request (or per patient)."""

from __future__ import annotations

import hashlib
import hmac
import re
import string
from datetime import datetime, timedelta

_FIRST = ("Avery", "Blake", "Corin", "Darby", "Ellery", "Finley", "Greer", "Harlan", "Ingram", "Jory",
          "Kendal", "Linden", "Marlo", "Nolan", "Oakley", "Perrin", "Quinby", "Rowan", "Sutton", "Tamsin",
          "Ulric", "Vesper", "Wynne", "Yardley", "Zane", "Briar", "Cael", "Dorian", "Esme", "Fenn",
          "Alder", "Bramley", "Calder", "Delphine", "Emrys", "Fallon", "Garnet", "Hollis", "Isolde", "Jubal",
          "Kestrel", "Lorcan", "Maren", "Niamh", "Orrin", "Piers", "Quillon", "Rhiannon", "Soren", "Thaddeus",
          "Ursa", "Wilder", "Xanthe", "Yorick", "Zephyr", "Anselm", "Bexley", "Cosima", "Dashiell", "Eulalie")
_LAST = ("Ashdown", "Brackley", "Carrow", "Dunmore", "Elsworth", "Fairleigh", "Glenholm", "Hartwell",
         "Ingleby", "Kettering", "Larchmont", "Merriweather", "Northcott", "Oxley", "Pendrell", "Quarrington",
         "Rushworth", "Stanbury", "Thornbury", "Upwood", "Valecourt", "Westerby", "Yelverton", "Ambleside",
         "Bellingham", "Cotterill", "Dewhurst", "Eastlake", "Fernsby", "Goldthorpe", "Hazelrigg",
         "Ironside", "Jessop", "Kilbride", "Lockridge", "Mowbray", "Netherton", "Ormsby", "Pickering",
         "Quenby", "Radcliffe", "Sowerby", "Treadwell", "Underhill", "Venables", "Wetherby", "Yeardley",
         "Alcott", "Birtwhistle", "Crowther", "Dimmock", "Esterbrook", "Fothergill", "Gillingham", "Hebblethwaite",
         "Illingworth", "Jaggard", "Kershaw", "Lumley", "Micklethwaite", "Nettleship", "Oddie", "Pennington")
_CITIES = ("Alderbrook", "Bramwell", "Cedar Falls", "Dunhaven", "Eastmere", "Fairhaven", "Glenwood",
           "Harrowgate", "Ivydale", "Kingsbridge")
_FACILITIES = ("Alderbrook General Hospital", "Bramwell Medical Center", "Eastmere Imaging Center",
               "Fairhaven Regional Hospital", "Kingsbridge Clinic", "Harrowgate Memorial Hospital")
_STREETS = ("Linden", "Maple Grove", "Harbor View", "Juniper", "Windmere", "Copperfield", "Beacon Hill")
_DATE_FORMATS = ("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%d-%b-%y", "%B %d, %Y", "%b %d, %Y",
                 "%b. %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%m-%d-%Y", "%m.%d.%Y", "%B %Y", "%b %Y",
                 "%B %d", "%b %d", "%m/%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M",
                 "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%b-%d-%Y", "%B-%d-%Y", "%d/%b/%Y", "%d%b%Y", "%d %B",
                 "%d %b", "%b. %d", "%d %B, %Y")
_TIME = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>\d{2}))?(?P<rest>\s*[AaPp]\.?\s?[Mm]\.?)?$")
_HOURS = re.compile(r"^(?P<hm>\d{4})(?P<rest>\s*(?:hours|hrs|hr|h))$")


class SurrogateFactory:
    """Derives surrogates from a per-request (or per-patient) key, so equal inputs map equally."""

    def __init__(self, key: bytes, date_shift_days: int, time_shift_minutes: int) -> None:
        self._key = key
        self.date_shift = timedelta(days=date_shift_days)
        self.time_shift = timedelta(minutes=time_shift_minutes)

    def _pick(self, kind: str, value: str, pool: tuple[str, ...]) -> str:
        digest = hmac.new(self._key, f"{kind}\x00{value.lower()}".encode(), hashlib.sha256).digest()
        return pool[int.from_bytes(digest[:4], "big") % len(pool)]

    def _stream(self, kind: str, value: str):  # noqa: ANN202 - a deterministic byte stream
        counter = 0
        while True:
            yield from hmac.new(self._key, f"{kind}\x00{value}\x00{counter}".encode(), hashlib.sha256).digest()
            counter += 1

    def name_token(self, token: str, *, given: bool) -> str:
        surrogate = self._pick("given" if given else "family", token, _FIRST if given else _LAST)
        return _match_case(surrogate, token)

    def characters(self, kind: str, value: str) -> str:
        """Format-preserving: digits stay digits, letters letters (same case), punctuation stays."""
        stream = self._stream(kind, value)
        out = []
        for ch in value:
            if ch.isdigit():
                out.append(string.digits[next(stream) % 10])
            elif ch.isalpha() and ch.isascii():
                letters = string.ascii_uppercase if ch.isupper() else string.ascii_lowercase
                out.append(letters[next(stream) % 26])
            else:
                out.append(ch)
        return "".join(out)

    def city(self, value: str) -> str:
        return _match_case(self._pick("city", value, _CITIES), value)

    def facility(self, value: str) -> str:
        return self._pick("facility", value, _FACILITIES)

    def street(self, value: str) -> str:
        number = re.match(r"\d+", value)
        head = self.characters("street-no", number.group(0)) if number else "100"
        return f"{head} {self._pick('street', value, _STREETS)} Street"

    def email(self, value: str) -> str:
        return f"{self.characters('email', value.split('@')[0].lower())[:12] or 'user'}@example.org"

    def url(self, value: str) -> str:
        return f"https://example.org/{self.characters('url', 'r' + str(len(value)) + value[-6:])}"

    def date_or_time(self, value: str) -> str | None:
        """Shifted by the request's offset, in the same format; None when the format is unknown."""
        whole = self._one_date_or_time(value)
        if whole is not None:
            return whole
        # Adjacent date and time detections arrive merged ("03/14/2026 14:32"): shift each part.
        parts = re.split(r"(\s+(?:at\s+)?)", value.strip())
        for cut in range(len(parts) - 2, 0, -2):
            left = self._one_date_or_time("".join(parts[:cut]))
            right = self._one_date_or_time("".join(parts[cut + 1:]))
            if left is not None and right is not None:
                return left + parts[cut] + right
        return None

    def _one_date_or_time(self, value: str) -> str | None:
        stripped = value.strip()
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(stripped, fmt)
            except ValueError:
                continue
            if "%Y" not in fmt and "%y" not in fmt:
                parsed = parsed.replace(year=2000)  # a leap year, so 2/29 survives
            shifted = parsed + self.date_shift
            if "%H" in fmt:
                shifted += self.time_shift
            return _format_like(shifted, fmt, stripped)
        return self._time(stripped)

    def _time(self, value: str) -> str | None:
        match = _HOURS.match(value)
        if match:
            hm = int(match.group("hm")[:2]) * 60 + int(match.group("hm")[2:])
            total = (hm + int(self.time_shift.total_seconds() // 60)) % (24 * 60)
            return f"{total // 60:02d}{total % 60:02d}{match.group('rest')}"
        match = _TIME.match(value)
        if not match:
            return None
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        rest = match.group("rest")
        if rest:
            hour = hour % 12 + (12 if rest.strip().lower().startswith("p") else 0)
        total = (hour * 60 + minute + int(self.time_shift.total_seconds() // 60)) % (24 * 60)
        hour, minute = divmod(total, 60)
        if rest:
            suffix = ("PM" if hour >= 12 else "AM")
            suffix = suffix if rest.strip()[0].isupper() else suffix.lower()
            text = f"{(hour % 12) or 12}" + (f":{minute:02d}" if match.group("m") else "")
            return text + (" " if rest.startswith(" ") else "") + suffix
        width = len(match.group("h"))
        text = f"{hour:0{width}d}:{minute:02d}"
        return text + (f":{match.group('s')}" if match.group("s") else "")


def _match_case(surrogate: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return surrogate.upper()
    if like.islower():
        return surrogate.lower()
    return surrogate


def _format_like(value: datetime, fmt: str, original: str) -> str:
    text = value.strftime(fmt)
    if original.isupper():
        text = text.upper()
    # strftime pads (03/04/2026); keep the original's unpadded style (3/4/26).
    if "/" in fmt and not re.match(r"\d{2}/", original) and text[0] == "0":
        text = text[1:]
    if re.search(r"/\d/", original):
        text = re.sub(r"/0(\d)/", r"/\1/", text)
    return text
