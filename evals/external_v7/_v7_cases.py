"""All hand-written cases of the v7 set, in the order the generator walks them."""

from _v7_cases_ct import CT_CASES
from _v7_cases_misc import MISC_CASES
from _v7_cases_mr import MR_CASES
from _v7_cases_us import US_CASES
from _v7_cases_xr import XR_CASES

CASES = CT_CASES + MR_CASES + XR_CASES + US_CASES + MISC_CASES
