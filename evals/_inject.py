"""Error injection over a gold set, for validating the metric (not for scoring reports).

Each gold reference (the impression) yields: one clinically equivalent rewording (control, 0 errors),
one candidate per applicable error category (1 error), and one with 2-3 errors of distinct categories.
Every candidate, errored or not, is then reworded (sentences reordered, merged, synonyms, sizes in other
units), so the metric must ignore wording and still see the injected errors. Surface rules only: this
module deliberately does not use the extractor it is meant to test.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from evals._score import ErrorCategory as C

_SEVERITY_SWAP = {"small": "large", "large": "small", "moderate": "large", "mild": "severe", "severe": "mild",
                  "trace": "large", "minimal": "large", "moderately": "mildly", "mildly": "severely",
                  "severely": "mildly"}
_SEVERITY_RE = re.compile(r"\b(" + "|".join(_SEVERITY_SWAP) + r")\b(?!\s+(?:bowel|volume|vessel))", re.IGNORECASE)
_SIZE_RE = re.compile(r"\b(\d+(?:\.\d+)?)(\s*(?:x\s*\d+(?:\.\d+)?\s*)*)(mm|cm)\b")
_NEGATIVE_START = re.compile(r"^(?:no|there is no|there are no|negative for|normal)\b", re.IGNORECASE)
_CHANGE_WORDS = re.compile(r"^(?:unchanged|new|stable|acute|chronic|complete|nondisplaced|displaced)\s+", re.IGNORECASE)
# Fabrications: (sentence, words that, if already in the source or reference, make it not a fabrication).
_FABRICATIONS = {
    "chest": [("Small right pneumothorax.", "pneumothorax"), ("Right middle lobe consolidation.", "consolidation pneumonia airspace opacit"),
              ("Moderate hiatal hernia.", "hernia"), ("Left chest tube in place.", "chest tube"),
              ("Mild cardiomegaly.", "heart cardiac cardiomegaly cardiomediastinal"),
              ("Acute left rib fractures.", "fracture osseous rib")],
    "head": [("Small left subdural hematoma.", "subdural hemorrhage hematoma"), ("Moderate hydrocephalus.", "ventric hydroceph"),
             ("Acute right cerebellar infarct.", "infarct")],
    "brain": [("Small right subdural hematoma.", "subdural hemorrhage hematoma"), ("Acute left thalamic infarct.", "infarct diffusion"),
              ("Moderate hydrocephalus.", "ventric hydroceph")],
    "abdomen_pelvis": [("Small bowel obstruction.", "obstruction bowel"), ("Acute cholecystitis.", "cholecyst gallbladder"),
                       ("Moderate right hydronephrosis.", "hydroneph"), ("Pneumoperitoneum.", "free air pneumoperitoneum")],
    "abdomen": [("Acute pancreatitis.", "pancrea"), ("Moderate ascites.", "ascites free fluid"), ("Splenomegaly.", "spleen")],
    "kidneys": [("Moderate bladder wall thickening.", "bladder"), ("Moderate ascites.", "ascites free fluid"),
                ("Large renal mass.", "renal mass solid")],
    "thyroid": [("Thyroiditis.", "thyroiditis"), ("Enlarged parathyroid adenoma.", "adenoma")],
    "pelvis": [("Moderate hydronephrosis.", "hydroneph"), ("Endometrial thickening.", "endometri"), ("Intrauterine device.", "iud intrauterine")],
    "lower_extremity_veins": [("Superficial thrombophlebitis.", "thrombophleb"), ("Large popliteal cyst.", "baker popliteal cyst")],
    "knee": [("Complete ACL tear.", "cruciate acl"), ("Lateral meniscus tear.", "lateral menisc"), ("Large joint effusion.", "effusion")],
    "lumbar_spine": [("L1 compression fracture.", "compression"), ("Severe central canal stenosis at L2-L3.", "canal stenosis"),
                     ("Grade 1 anterolisthesis of L5 on S1.", "listhesis alignment")],
    "shoulder": [("Full-thickness supraspinatus tear.", "supraspinatus rotator cuff"), ("Moderate joint effusion.", "effusion")],
    "extremity": [("Displaced fracture of the left distal ulna.", "fracture ulna"), ("Moderate joint effusion.", "effusion")],
}
_COMPARISON_ADDITIONS = ["No interval change compared with the prior study.", "Unchanged since the prior examination."]


@dataclass(frozen=True, slots=True)
class InjectedPair:
    case_id: str
    candidate: str
    injected: tuple[C, ...]


def sentences(text: str) -> list[str]:
    text = re.sub(r"(?m)^\s*\d+\.\s+", "", text)
    return [s.strip() for s in re.split(r"(?<=\.)\s+(?=[A-Z0-9])", text.replace("\n", " ")) if s.strip()]


def _positive(sentence: str) -> bool:
    return not _NEGATIVE_START.match(sentence) and "normal" not in sentence.lower()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


class _Injector:
    def __init__(self, case: dict, rng: random.Random) -> None:
        self.case, self.rng = case, rng
        self.sents = sentences(case["reference"] or "")
        self.touched: set[int] = set()
        self.context = (case["source"]["findings"] + " " + (case["reference"] or "")).lower()

    def _pick(self, test) -> int | None:
        options = [i for i, s in enumerate(self.sents) if i not in self.touched and s and test(s)]
        return self.rng.choice(options) if options else None

    def apply(self, category: C) -> bool:
        return getattr(self, f"_{category.value}")()

    def _negation(self) -> bool:
        i = self._pick(_positive)
        if i is not None:
            body = _SIZE_RE.sub("", _SEVERITY_RE.sub("", self.sents[i]))
            body = _CHANGE_WORDS.sub("", " ".join(body.split())).rstrip(".")
            body = re.split(r",| with | due to ", body)[0].strip()
            self.sents[i] = f"No {_lower(body)}."
        else:
            negs = [s for s in sentences(self.case["source"]["findings"]) if re.match(r"^(No|There is no) ", s)
                    and " or " not in s and not re.search(r"suggest|evidence|intact|normal", s)]
            if not negs:
                return False
            body = re.sub(r"^(No|There is no) ", "", self.rng.choice(negs)).rstrip(".")
            self.sents.append(f"{_cap(body)} is present.")
            i = len(self.sents) - 1
        self.touched.add(i)
        return True

    def _laterality(self) -> bool:
        i = self._pick(lambda s: re.search(r"\b(left|right)\b", s, re.IGNORECASE) and not re.search(r"\bleft and right\b", s, re.IGNORECASE))
        if i is None:
            return False
        swap = {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}
        self.sents[i] = re.sub(r"\b(left|right|Left|Right)\b", lambda m: swap[m.group(1)], self.sents[i])
        self.touched.add(i)
        return True

    def _severity(self) -> bool:
        i = self._pick(lambda s: _positive(s) and _SEVERITY_RE.search(s))
        if i is None:
            return False

        def swap(m: re.Match) -> str:
            new = _SEVERITY_SWAP[m.group(1).lower()]
            return _cap(new) if m.group(1)[0].isupper() else new
        self.sents[i] = _SEVERITY_RE.sub(swap, self.sents[i], count=1)
        self.touched.add(i)
        return True

    def _measurement(self) -> bool:
        i = self._pick(lambda s: _SIZE_RE.search(s))
        if i is None:
            return False
        factor = self.rng.choice([1.5, 1.8, 2.2, 0.5])
        self.sents[i] = _SIZE_RE.sub(lambda m: f"{float(m.group(1)) * factor:.1f}".rstrip("0").rstrip(".")
                                     + m.group(2) + m.group(3), self.sents[i], count=1)
        self.touched.add(i)
        return True

    def _omitted_finding(self) -> bool:
        i = self._pick(_positive)
        if i is None or len([s for s in self.sents if s]) < 2:
            return False
        self.sents[i] = ""
        self.touched.add(i)
        return True

    def _fabricated_finding(self) -> bool:
        pool = [s for s, keys in _FABRICATIONS.get(self.case["metadata"]["body_part"], [])
                if not any(k in self.context for k in keys.split())]
        if not pool:
            return False
        self.sents.append(self.rng.choice(pool))
        self.touched.add(len(self.sents) - 1)
        return True

    def _fabricated_comparison(self) -> bool:
        if self.case["source"].get("has_prior") is not False:
            return False
        i = self._pick(_positive)
        if i is not None and self.rng.random() < 0.6:
            prefix = self.rng.choice(["Unchanged", "New", "Stable"])
            self.sents[i] = f"{prefix} {_lower(self.sents[i])}"
            self.touched.add(i)
        else:
            self.sents.append(self.rng.choice(_COMPARISON_ADDITIONS))
            self.touched.add(len(self.sents) - 1)
        return True


def reword(sents: list[str], rng: random.Random) -> str:
    """A clinically equivalent rewording: synonyms, sizes in other units, merged and reordered sentences."""
    out = []
    for s in (s for s in sents if s):
        if rng.random() < 0.5:
            s = re.sub(r"^No (.+)\.$", lambda m: rng.choice([f"There is no {m.group(1)}.", f"No evidence of {m.group(1)}."]), s)
        if rng.random() < 0.5:
            s = re.sub(r"\bpleural effusion", "effusion", s)
            s = re.sub(r"\bcardiomegaly\b", "enlargement of the cardiac silhouette", s)
        if rng.random() < 0.5:
            s = re.sub(r"\b(\d+(?:\.\d+)?)((?: x \d+(?:\.\d+)?)*) cm\b", lambda m: " x ".join(
                f"{float(v) * 10:g}" for v in re.findall(r"\d+(?:\.\d+)?", m.group(0))) + " mm", s)
        if rng.random() < 0.4 and not re.search(r"\d|,", s):
            s = re.sub(r"^(?:(Small|Moderate|Large|Mild|Severe) )?(left|right|Left|Right) ([^.]+)\.$",
                       lambda m: f"{_cap((m.group(1) or '').lower() + ' ' + m.group(3)).strip()} on the {m.group(2).lower()}.", s)
        out.append(s)
    rng.shuffle(out)
    merged: list[str] = []
    for s in out:
        prev = merged[-1] if merged else None
        if prev and rng.random() < 0.5 and prev.startswith("No ") and s.startswith("No ") and "," not in prev + s:
            merged[-1] = f"{prev[:-1]} or {s[3:]}"
        elif prev and rng.random() < 0.5 and _positive(prev) and s.startswith("No ") and "," not in prev + s:
            merged[-1] = f"{prev[:-1]}, without {s[3:]}"
        else:
            merged.append(s)
    if len(merged) > 1 and rng.random() < 0.4:
        return "\n".join(f"{i}. {s}" for i, s in enumerate(merged, 1))
    return " ".join(merged)


def inject_case(case: dict, rng: random.Random) -> list[InjectedPair]:
    """Candidates for one gold case: a clean rewording, one per applicable category, one with 2-3 errors."""
    pairs = [InjectedPair(case["id"], reword(sentences(case["reference"] or ""), rng), ())]
    applicable = []
    for category in C:
        injector = _Injector(case, rng)
        if injector.apply(category):
            applicable.append(category)
            pairs.append(InjectedPair(case["id"], reword(injector.sents, rng), (category,)))
    if len(applicable) >= 2:
        injector = _Injector(case, rng)
        chosen = rng.sample(applicable, rng.randint(2, min(3, len(applicable))))
        done = tuple(c for c in chosen if injector.apply(c))
        if done:
            pairs.append(InjectedPair(case["id"], reword(injector.sents, rng), done))
    return pairs
