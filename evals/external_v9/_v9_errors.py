"""Error injection on drawn impression items: one clinically real error per category, each on its own statement.

Errors change what the impression says (a slot, a statement's presence, an added sentence), never its wording, so
the same rewording draw serves controls and errors alike.
"""
from _v9_model import CATEGORIES
from _v9_render import Item

COMPARISON_CLAUSES = (", new since the prior study", ", unchanged from the previous examination",
                      ", increased compared with the prior exam", ", stable since the last study",
                      ", not significantly changed from the prior", ", decreased since the previous scan",
                      ", which is new compared to the earlier study", ", similar to the prior exam")
COMPARISON_SENTENCES = ("No significant interval change compared with the prior study.",
                        "Overall appearance is stable relative to the prior examination.",
                        "Findings are similar to the previous exam.",
                        "Compared with the prior study, there is no interval change.",
                        "Interval progression since the prior examination.",
                        "Unchanged from the comparison study.")
LESION_FACTORS = ((0.5, 0.7), (1.5, 2.0))
ORGAN_FACTORS = ((0.7, 0.8), (1.25, 1.35))
TARGET_ORDER = ("fabricated_finding", "measurement", "severity", "laterality", "negation", "omitted_finding",
                "fabricated_comparison")  # most constrained first, so a fitting combination is found


def _eligible(category, item, has_prior):
    stmt = item.stmt
    if stmt is None or stmt.kind == "info":
        return False
    if category == "omitted_finding":
        return stmt.kind == "pos" and not stmt.minor
    if category == "negation":
        return bool(stmt.neg)
    if category == "laterality":
        return bool(stmt.side)
    if category == "severity":
        return bool(stmt.sev)
    if category == "measurement":
        return bool(stmt.size)
    if category == "fabricated_comparison":
        return not has_prior and stmt.kind == "pos"
    return False


def needs_target(category):
    """Whether the category works on an existing statement (an invented sentence does not)."""
    return category not in ("fabricated_finding", "fabricated_comparison")


def applicable(case, category):
    """Whether the case offers a statement (or, for invented sentences, the conditions) for the category."""
    if category == "fabricated_finding":
        return bool(case.fabs)
    if category == "fabricated_comparison":
        return not case.has_prior
    return any(_eligible(category, Item(stmt=stmt), case.has_prior) for stmt in case.impression)


def assign_targets(categories, items, has_prior, rng):
    """Distinct item indexes per category (None: an added sentence), or None when the combination cannot fit."""
    taken, targets = set(), {}
    for category in sorted(categories, key=TARGET_ORDER.index):
        if category == "fabricated_finding":
            targets[category] = None
            continue
        pool = [i for i, item in enumerate(items) if i not in taken and _eligible(category, item, has_prior)]
        if category == "fabricated_comparison" and (not pool or rng.random() < 0.4):
            targets[category] = None
            continue
        if not pool:
            return None
        targets[category] = rng.choice(pool)
        taken.add(targets[category])
    return targets


def _changed_size(dims, organ, rng):
    factors = ORGAN_FACTORS if organ else LESION_FACTORS
    index = rng.randrange(len(dims))
    old = dims[index]
    for _ in range(50):
        low, high = rng.choice(factors)
        new = round(old * rng.uniform(low, high))
        if new > 0 and abs(new - old) >= 2:
            return dims[:index] + (new,) + dims[index + 1:]
    raise ValueError(f"size {dims} cannot change by 2 mm")


def _other_grade(sev, scale, rng):
    return rng.choice([level for level in scale if level != sev])


def apply_errors(items, targets, case, rng):
    """The items with every targeted error applied, in a new list (controls pass an empty `targets`)."""
    items = [Item(stmt=item.stmt, form=item.form, slots=dict(item.slots), clause=item.clause, text=item.text)
             for item in items]
    dropped = None
    for category in CATEGORIES:
        if category not in targets:
            continue
        index = targets[category]
        item = items[index] if index is not None else None
        if category == "omitted_finding":
            dropped = index
        elif category == "negation":
            item.form = rng.choice(item.stmt.neg)
        elif category == "laterality":
            item.slots["side"] = "left" if item.slots["side"] == "right" else "right"
        elif category == "severity":
            item.slots["sev"] = _other_grade(item.slots["sev"], item.stmt.scale, rng)
        elif category == "measurement":
            item.slots["size"] = _changed_size(tuple(item.slots["size"]), item.stmt.organ, rng)
        elif category == "fabricated_comparison" and item is not None:
            item.clause = rng.choice(COMPARISON_CLAUSES)
    added = []
    if "fabricated_finding" in targets:
        added.append(Item(text=rng.choice(case.fabs)[0]))
    if "fabricated_comparison" in targets and targets["fabricated_comparison"] is None:
        added.append(Item(text=rng.choice(COMPARISON_SENTENCES)))
    kept = [item for i, item in enumerate(items) if i != dropped]
    for extra in added:
        kept.insert(rng.randrange(len(kept) + 1), extra)
    return kept
