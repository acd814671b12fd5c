"""All hand-written v10 cases, in the order their ids are numbered."""

from _v10_cases_ct import CT
from _v10_cases_mr import MR
from _v10_cases_other import OTHER
from _v10_cases_us import US
from _v10_cases_xr import XR

CASES = CT + MR + XR + US + OTHER
