"""Country names: the tail of an address written outside the US, and never a CITY themselves.

Safe Harbor removes geographic units smaller than a state; a country is not one. An address line that ends
on a country ("..., Lagos, Nigeria", "..., Haifa 3303105, Israel") shows that the segment before it is the
town and the segments before that the street. City-states ("Singapore", "Monaco", "Hong Kong") and names
that are also US states ("Georgia") are left out: they stay places.
"""

from __future__ import annotations

import re

from redaction._spans import Span

COUNTRIES = frozenset("""
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brasil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|
Cape Verde|Central African Republic|Chile|China|Colombia|Comoros|Congo|Costa Rica|Cote d'Ivoire|Croatia|Cuba|
Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|The Gambia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|
Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|
Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|
Namibia|Nauru|Nepal|Netherlands|The Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|The Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad|Tobago|
Trinidad and Tobago|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|U.A.E.|
United Kingdom|UK|U.K.|England|Scotland|Wales|Northern Ireland|United States|USA|U.S.A.|US|Uruguay|Uzbekistan|
Vanuatu|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Puerto Rico|Guam|US Virgin Islands|KSA
""".replace("\n", "").split("|"))


# "Enugu, Nigeria", "Spain, Trinidad": a span that runs on over a comma into a country
_COUNTRY_AFTER_COMMA = re.compile(r",[ \t]*(?P<country>[A-Z][A-Za-z .'-]+)\Z")
# types a pattern or NER may give a country's name; at a pattern's full score a span is kept as it is
_PLACE_TYPES = frozenset({"CITY", "FACILITY"})
_SURE = 0.9


def without_countries(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less the country names guessed as places ("Nigeria", "UAE" as a site's initials) or, when of two
    words or more, as a person ("United Kingdom", "New Zealand"; "Jordan" may be a given name), with a
    guessed place or a "Surname, Given" read that runs on into a country ending before the comma.

    A name read as "Surname, Given" loses its country only where the surname is the end of a town found at
    full score ("Port of Spain, Trinidad"): "Smith, Jordan" stays a name."""
    sure_towns = [s for s in spans if s.entity_type == "CITY" and s.score >= _SURE]
    kept = []
    for span in spans:
        if span.score >= _SURE or span.entity_type not in _PLACE_TYPES | {"PERSON"}:
            kept.append(span)
            continue
        value = text[span.start:span.end]
        if span.entity_type in _PLACE_TYPES and value in COUNTRIES:
            continue
        if span.entity_type == "PERSON" and " " in value and value in COUNTRIES:
            continue  # "..., Leeds LS2 9JT, United Kingdom": two capitalised words guessed as a name
        tail = _COUNTRY_AFTER_COMMA.search(value)
        if tail and tail.group("country") in COUNTRIES:
            cut = span.start + tail.start()
            if span.entity_type in _PLACE_TYPES or any(t.start < cut <= t.end for t in sure_towns):
                kept.append(Span(span.start, cut, span.entity_type, span.score))
                continue
        kept.append(span)
    return kept
