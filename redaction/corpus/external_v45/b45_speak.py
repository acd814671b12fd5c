"""Spoken renderings of identifiers (numbers as words, spelled names, spoken dates) and span markers."""

from __future__ import annotations

import re
import unicodedata

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PHONETIC = {"A": "Alpha", "B": "Boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank", "G": "George",
            "H": "Henry", "I": "Ida", "J": "John", "K": "King", "L": "Lincoln", "M": "Mary", "N": "Nancy",
            "O": "Oscar", "P": "Peter", "Q": "Queen", "R": "Robert", "S": "Sam", "T": "Tom", "U": "Union",
            "V": "Victor", "W": "William", "X": "X-ray", "Y": "Yellow", "Z": "Zebra"}

_MARK = re.compile("\x01([^\x02]+)\x02([^\x03]*)\x03")


def P(value: str, typ: str) -> str:
    """Mark a PHI value (typ upper-case) for the Doc parser."""
    return f"\x01{typ}\x02{value}\x03"


def K(value: str, label: str) -> str:
    """Mark a keep value (label lower-case)."""
    return f"\x01{label}\x02{value}\x03"


def keep_template(s: str) -> str:
    """Turn `[text|label]` tokens of the findings pool into keep markers."""
    return re.sub(r"\[([^|\]]+)\|([a-z_]+)\]", lambda m: K(m.group(1), m.group(2)), s)


def parse(marked: str) -> tuple[str, list[dict], list[dict]]:
    """Resolve markers into plain text plus PHI and keep span lists."""
    out: list[str] = []
    phi: list[dict] = []
    keep: list[dict] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        kind, value = m.group(1), m.group(2)
        assert value and value == value.strip(), repr(value)
        span = {"start": n, "end": n + len(value)}
        if kind.isupper():
            phi.append({**span, "type": kind, "text": value})
        else:
            keep.append({**span, "label": kind, "text": value})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), phi, keep


def words(n: int) -> str:
    """0..9999 in words (American style, hyphenated tens)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


def year_words(y: int, rng) -> str:
    if 2000 <= y < 2010:
        return rng.choice(["two thousand " + ONES[y - 2000], "two thousand and " + ONES[y - 2000],
                           "twenty oh " + ONES[y - 2000]]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    tail = "hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else words(lo))
    return words(hi) + " " + tail


def digit_word(d: str, rng, oh: bool) -> str:
    if d == "0":
        return "oh" if oh else "zero"
    return ONES[int(d)]


def spoken_digits(s: str, rng, groups: tuple[int, ...] | None = None, mode: str | None = None) -> str:
    """Read a digit string aloud: words per digit, numerals with spaces, pairs, or double/triple runs."""
    mode = mode or rng.choice(["words", "words", "numerals", "pairs", "double"])
    if groups is None:
        groups = _groups(len(s), rng)
    chunks, i = [], 0
    for g in groups:
        chunks.append(s[i:i + g])
        i += g
    oh = rng.random() < 0.6
    sep = rng.choice([", ", " ", ", "])
    out = []
    for c in chunks:
        if mode == "numerals":
            out.append(" ".join(c))
        elif mode == "pairs" and len(c) % 2 == 0 and c[0] != "0":
            out.append(" ".join(words(int(c[j:j + 2])) if c[j] != "0" else "oh " + ONES[int(c[j + 1])]
                                for j in range(0, len(c), 2)))
        elif mode == "double":
            out.append(_runs(c, rng, oh))
        else:
            out.append(" ".join(digit_word(d, rng, oh) for d in c))
    return sep.join(out)


def _groups(n: int, rng) -> tuple[int, ...]:
    if n <= 4:
        return (n,)
    if n == 7:
        return rng.choice([(3, 4), (4, 3), (7,)])
    if n == 8:
        return rng.choice([(4, 4), (2, 3, 3), (8,)])
    if n == 10:
        return (3, 3, 4)
    first = n // 2
    return (first, n - first)


def _runs(c: str, rng, oh: bool) -> str:
    out, i = [], 0
    while i < len(c):
        j = i
        while j < len(c) and c[j] == c[i]:
            j += 1
        k = j - i
        w = digit_word(c[i], rng, oh)
        if k == 2:
            out.append("double " + w)
        elif k == 3:
            out.append("triple " + w)
        else:
            out.extend([w] * k)
        i = j
    return " ".join(out)


def ascii_letters(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if ch.isalpha() and ch.isascii()).upper()


def spell(name: str, rng, style: str | None = None) -> str:
    """Spell a name aloud; the result is one PERSON span."""
    letters = ascii_letters(name)
    style = style or rng.choice(["hyphen", "space", "comma", "phonetic", "hyphen"])
    if style == "space":
        return " ".join(letters)
    if style == "comma":
        return ", ".join(letters)
    if style == "phonetic":
        head = f"{letters[0]} as in {PHONETIC[letters[0]]}"
        return head + ", " + "-".join(letters[1:]) if len(letters) > 1 else head
    return "-".join(letters)


def date_spoken(y: int, m: int, d: int, rng, with_year: bool = True) -> str:
    mon = MONTHS[m - 1]
    if not with_year:
        return rng.choice([f"the {ORD[d]}", f"{mon} {ORD[d]}", f"the {ORD[d]} of {mon}", f"{mon} {d}"])
    yw = year_words(y, rng)
    short = words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100]
    return rng.choice([
        f"the {ORD[d]} of {mon} {yw}", f"{mon} {ORD[d]}, {yw}", f"{words(m)} {words(d)} {short}",
        f"{mon} {d}th {y}".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd")
        .replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th"),
        f"{m:02d}/{d:02d}/{y}", f"{ORD[d]} {mon} {yw}", f"{'oh ' + ONES[m] if m < 10 else words(m)}, "
        f"{words(d)}, {yw}", f"{m}/{d}/{y % 100:02d}"])


def time_spoken(h: int, mi: int, rng) -> str:
    h12 = h % 12 or 12
    ap = "a m" if h < 12 else "p m"
    mw = "o'clock" if mi == 0 else ("oh " + ONES[mi] if mi < 10 else words(mi))
    opts = [f"{words(h12)} {mw} {ap}".replace(" o'clock a m", " a m").replace(" o'clock p m", " p m"),
            f"{h:02d}:{mi:02d}", f"{h12}:{mi:02d} {'PM' if h >= 12 else 'AM'}"]
    if mi == 0:
        opts.append(f"{'oh ' + ONES[h] if h < 10 else words(h)} hundred" + rng.choice(["", " hours"]))
    if mi == 30:
        opts.append(f"half past {words(h12)}")
    if mi == 15:
        opts.append(f"quarter past {words(h12)}")
    if mi == 45:
        opts.append(f"quarter to {words(h12 % 12 + 1)}")
    return rng.choice(opts)


def phone_spoken(digits: str, rng) -> str:
    return spoken_digits(digits, rng, (3, 3, 4), rng.choice(["words", "words", "numerals", "double"]))


def phone_typed(digits: str, rng) -> str:
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"])


def email_spoken(local: str, dom: tuple[str, str]) -> str:
    return local.replace(".", " dot ").replace("_", " underscore ") + f" at {dom[0]} dot {dom[1]}"


def house_words(n: int, rng) -> str:
    if n >= 100 and rng.random() < 0.7:
        hi, lo = divmod(n, 100)
        return words(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else words(lo)))
    return words(n) if rng.random() < 0.6 else str(n)
