"""drift: numeric assertions in news text, attributed, dated and compared across sources.

The public surface, re-exported here; each name lives in a module with one job.
"""

from drift.assertions import AUTHOR, Assertion, Modality
from drift.exceptions import DriftError, InputError, ParseError, UnsupportedLanguageError
from drift.numbers import Number, NumberKind, find_numbers, parse_number
from drift.quantities import Bound, Qualifier, Quantity, find_quantities, parse_quantity
from drift.timeref import Precision, TimeRef

__all__ = [
    "AUTHOR",
    "Assertion",
    "Bound",
    "DriftError",
    "InputError",
    "Modality",
    "Number",
    "NumberKind",
    "ParseError",
    "Precision",
    "Qualifier",
    "Quantity",
    "TimeRef",
    "UnsupportedLanguageError",
    "find_numbers",
    "find_quantities",
    "parse_number",
    "parse_quantity",
]

__version__ = "0.1.0"
