"""NegEx/ConText-style assertion: is a finding present, absent, uncertain, or not asserted at all?

Triggers are matched on word tokens (longest first). A pre-trigger reaches forward, a post-trigger
backward, each up to `WINDOW` tokens and never across a terminator ("but", "although", "is present",
...). Trigger lists follow NegEx (Chapman et al.), the CheXpert labeler patterns and radiology usage,
with the rules general-purpose ConText lacks: "cannot be excluded" is uncertain, "has resolved" is
absent, and "no change in X" / "no increase in X" assert X rather than deny it.
"""

from __future__ import annotations

from bisect import bisect_left
from enum import StrEnum


class Assertion(StrEnum):
    present = "present"
    absent = "absent"
    uncertain = "uncertain"
    unasserted = "unasserted"  # "no new X": says nothing about whether X exists


WINDOW = 10

_PRE_NEG = """no | not | without | negative for | free of | absence of | absent | no evidence of | no sign of
| no signs of | no findings of | no finding of | no findings to suggest | no radiographic evidence of
| no sonographic evidence of | no ct evidence of | no mr evidence of | no definite | no convincing | no obvious
| no residual | no recurrent | no further | no longer | resolution of | interval resolution of
| no apparent | no evidence to suggest | no features of | no suspected | no signs to suggest | no demonstrable
| rather than | ruled out for | never | nor | does not demonstrate | did not demonstrate | is not | are not
| there is no | there are no | no significant | no acute | no focal | no visible | no suspicious | without evidence of
| exclusion of | fails to demonstrate | no abnormal | no large | no appreciable | no discrete | no gross | clear of
| free from | w o | low probability for | low probability of | very low probability for | unlikely to represent
| unlikely to be | nothing | nothing suspicious | no concerning"""

_POST_NEG = """is absent | are absent | was absent | not seen | not identified | not visualized | not visualised
| not demonstrated | not present | not appreciated | not detected | not evident | not noted | not apparent
| is not seen | are not seen | has resolved | have resolved | has cleared | have cleared
| no longer seen | no longer visualized | no longer present | no longer identified | no longer evident
| is no longer | are no longer | ruled out | has been ruled out | was excluded | is excluded | are excluded
| is negative | has disappeared | not enlarged | is not enlarged | are not enlarged | has been removed
| have been removed | have normalized | has normalized | not aneurysmal | not dilated | not thickened | is unlikely
| are unlikely | not suspicious | is not suspicious | are not suspicious | nonsuspicious
| is not dilated | are not dilated | is not thickened | are not thickened | not involved | is not involved
| are not involved"""

# "Axillary nodes normal", "iliac arteries patent": a normal statement right after what it is about. Short reach,
# and never about a device ("sternotomy wires intact" says the wires are there).
WINDOW_NORMAL = 4
_POST_NORMAL = """normal | are normal | is normal | unremarkable | intact | patent | is patent | are patent | negative
| normalized | within normal limits | normal in size | normal in caliber | preserved | congruent | compressible
| fully compressible | are unremarkable | is unremarkable | is intact | are intact | spared | are spared | is spared"""

# Deny the finding on either side: "resolved left effusion", "left effusion, resolved".
_BOTH_NEG = "resolved | cleared | removed | resolving completely"

_PRE_UNC = """possible | possibly | probable | probably | likely | may represent | may reflect | may be | might be
| might represent | could represent | could reflect | could be | suspicious for | suspected | suspect
| concerning for | worrisome for | suggestive of | suggesting | suggests | questionable | question of
| equivocal | cannot exclude | can not exclude | cannot rule out | can not rule out | cannot be excluded
| not excluded | differential diagnosis includes | differential includes | rule out | r o | evaluate for
| presumed | presumably | apparent | indeterminate | borderline | not definitely excluded | may have
| favor | favored | favoring | in favor of | most likely | more likely | likely represents | likely representing
| raising the possibility of | raises the possibility of | consider | considered | query | differential includes
| differential diagnosis | ddx | cannot be differentiated from | atypical for | worrisome | suspicious"""

_POST_UNC = """cannot be excluded | can not be excluded | could not be excluded | is not excluded | are not excluded
| not excluded | cannot be ruled out | can not be ruled out | not ruled out | is not ruled out | is suspected
| are suspected | is possible | is questioned | is not entirely excluded | not entirely excluded | is likely
| is probable | is questionable | is favored | not excluded | favored | is likely | are likely
| questioned | not entirely excluded"""

_BOTH_UNC = "versus | vs | or less likely | differential considerations include"

# After a finding, these say it is new ("midline shift, not present before"), not that it is absent.
_POST_NEW = """not present before | not present previously | not previously present | not present on the prior
| not seen before | not seen previously | not previously seen | not previously visualized | not present on prior
| not seen on the prior | not visible before | not visible previously"""

# Negation words inside these do not deny the finding that follows.
_PSEUDO = """no change in | no significant change in | no interval change in | no appreciable change in
| no substantial change in | not significantly changed | no significant interval change in | no increase in
| no significant increase in | no decrease in | no interval increase in | no interval decrease in
| no worsening of | no progression of | not only | no further change in | without change in | without change
| without significant change | without interval change | no change | no significant change | no interval change
| gram negative | not necessarily | no growth of | normal for age | within normal limits for age | appropriate for age
| age appropriate | age related | normal variant"""

# "No new X" ("no fresh bleed"): no statement about an X that was already there.
_UNASSERT = """no new | no fresh | no new or fresh | no recent | no new or enlarging | no new or worsening
| may obscure | which may obscure | can obscure | could obscure | may mask
| no enlarging | no additional | no other
| no new or increasing | no newly | no developing | no interval development of | without new | no distant
| no second | no further new | no additional new | no other new | no evidence of new | no evidence of additional
| no evidence of other | no sign of new | no signs of new"""

# "Post-procedure", "post-operative": an adjective, not "status post" (which ends a negation's scope).
_NEUTRAL = """post procedure | post procedural | post operative | post operatively | post op | post treatment
| post therapy | post contrast | post void | post surgical | post drainage | post placement"""
# "1100 mL removed": fluid drained, not a device taken out.
_VOLUME_UNITS = frozenset("ml cc l litres liters litre liter".split())

_TERMINATORS = """but | however | although | though | except | except for | aside from | apart from | other than
| which | whereas | while | yet | there is | there are | there has been | is present | are present | is noted
| are noted | is seen | are seen | is identified | are identified | is again seen | are again seen
| is again noted | persists | persist | is unchanged | are unchanged | is stable | are stable | is redemonstrated
| with the exception of | otherwise | ; | : | secondary to | due to | related to | consistent with | compatible with
| in keeping with | representing | which is | that is | given | status post | post"""


def _phrases(block: str) -> list[tuple[str, ...]]:
    return [tuple(p.split()) for p in (" ".join(block.split())).split(" | ") if p.strip()]


_KIND_ORDER = (("pseudo", _PSEUDO), ("post_new", _POST_NEW), ("unassert", _UNASSERT), ("post_unc", _POST_UNC),
               ("pre_unc", _PRE_UNC), ("post_neg", _POST_NEG), ("pre_neg", _PRE_NEG), ("post_norm", _POST_NORMAL),
               ("both_unc", _BOTH_UNC), ("both_neg", _BOTH_NEG), ("neutral", _NEUTRAL), ("term", _TERMINATORS))
TRIGGERS: dict[tuple[str, ...], str] = {}
for _kind, _block in _KIND_ORDER:  # earlier kinds win for a phrase listed twice
    for _phrase in _phrases(_block):
        TRIGGERS.setdefault(_phrase, _kind)
MAX_TRIGGER = max(map(len, TRIGGERS))

# "Nonobstructive bowel gas pattern" (split into "non" + "obstructive" by the extractor): denies only the word it
# is glued to, so "non-specific white matter changes" stays present.
TRIGGERS[("non",)] = "pre_non"

_PRE = {"pre_neg", "pre_unc", "pseudo", "unassert", "both_unc", "both_neg", "pre_norm", "pre_non"}
_POST = {"post_neg", "post_unc", "both_unc", "both_neg", "post_norm", "post_new"}
_NEG = {"pre_neg", "post_neg", "both_neg", "post_norm", "pre_norm", "pre_non"}
_SCOPED = ("pre_neg", "pre_unc", "unassert")


_NORMAL_ENDS = frozenset(", ; : with and bilaterally throughout".split())


def find_triggers(tokens: list[str]) -> list[tuple[int, int, str]]:
    """Trigger spans (start token, end token exclusive, kind), longest match first, non-overlapping."""
    # A normal word ends its statement ("nodes normal."); "normal heart size" is something else.
    out = []
    for t in longest_matches(tokens, TRIGGERS, MAX_TRIGGER):
        if t[2] == "neutral" or t[2] == "both_neg" and t[0] and tokens[t[0] - 1] in _VOLUME_UNITS:
            continue
        if t[2] != "post_norm" or t[1] == len(tokens) or tokens[t[1]] in _NORMAL_ENDS:
            out.append(t)
        elif tokens[t[0]] == "normal":  # "normal axillary nodes": a normal word before what it is about
            out.append((t[0], t[0] + 1, "pre_norm"))
    # ", and" starts a new statement ("No rupture, and moderate iliac stenosis") unless it closes a list that
    # the negation or hedge governs ("no effusion, consolidation, and pneumothorax").
    for i in range(len(tokens) - 1):
        if tokens[i] == "," and tokens[i + 1] == "and":
            scoped = [t for t in out if t[1] <= i and t[2] in _SCOPED]
            if not scoped or "," not in tokens[scoped[-1][1]:i]:
                out.append((i, i + 2, "term"))
    out.sort()
    return out


def longest_matches(words: list[str], table: dict, max_len: int) -> list[tuple[int, int, object]]:
    """Greedy left-to-right phrase lookup: at each word, the longest phrase in ``table`` wins."""
    out, i, n = [], 0, len(words)
    while i < n:
        for length in range(min(max_len, n - i), 0, -1):
            hit = table.get(tuple(words[i:i + length]))
            if hit is not None:
                out.append((i, i + length, hit))
                i += length
                break
        else:
            i += 1
    return out


def assert_span(triggers: list[tuple[int, int, str]], start: int, end: int, device: bool = False) -> Assertion:
    """Assertion of the finding at tokens [start, end) given the sentence's triggers."""
    starts = [t[0] for t in triggers]
    pre_kind = post_kind = None
    # Nearest trigger before the finding decides the pre-scope; a terminator in between blocks it.
    before = [t for t in triggers[:bisect_left(starts, start)] if t[0] < start]  # may overlap the term
    for pos in range(len(before) - 1, -1, -1):
        t_start, t_end, kind = before[pos]
        if kind == "pre_norm" and (device or start - t_end > WINDOW_NORMAL):
            break  # "normal axillary nodes" denies; "normal heart size, small effusion" does not
        if kind == "pre_non" and (t_end != start or end - start != 1):
            continue  # "nonobstructing stones" is a stone, not a denied one
        if kind in _PRE and start - t_end <= WINDOW:
            pre_kind = kind
            # "no indeterminate lesion", "no suspected fracture": a negation right before a hedge wins.
            if kind == "pre_unc" and pos and before[pos - 1][1] == t_start and before[pos - 1][2] in _NEG:
                pre_kind = "pre_neg"
        if kind in _PRE or kind == "term":
            break
    for t_start, t_end, kind in triggers[bisect_left(starts, end):]:
        if kind == "post_norm" and (device or t_start - end > WINDOW_NORMAL):
            continue
        if kind in _POST and t_start - end <= WINDOW:
            post_kind = kind
        if kind in _POST or kind == "term" or kind in _PRE:
            break
    if pre_kind == "pseudo":
        return Assertion.present
    if pre_kind == "unassert":
        return Assertion.unasserted
    if pre_kind in _NEG or post_kind in _NEG:
        return Assertion.absent
    if pre_kind in ("pre_unc", "both_unc") or post_kind in ("post_unc", "both_unc"):
        return Assertion.uncertain
    return Assertion.present
