"""drift: numeric assertions in news text, attributed, dated and compared across sources.

The public surface, re-exported here; each name lives in a module with one job.
"""

from drift.assertions import AUTHOR, Assertion, Modality
from drift.consensus import Consensus, consensus
from drift.documents import Document, load
from drift.exceptions import DriftError, InputError, ParseError, UnsupportedLanguageError
from drift.extract import ExtractOptions, extract, iter_extract
from drift.findings import Finding, FindingKind
from drift.grouping import GroupingOptions, group
from drift.numbers import Number, NumberKind, find_numbers, parse_number
from drift.quantities import Bound, Qualifier, Quantity, find_quantities, parse_quantity
from drift.report import AnalyzeOptions, Report, Series, analyze, analyze_assertions
from drift.rules import RuleOptions, compare
from drift.timeref import Precision, TimeRef

__all__ = [
    "AUTHOR",
    "AnalyzeOptions",
    "Assertion",
    "Bound",
    "Consensus",
    "Document",
    "DriftError",
    "ExtractOptions",
    "Finding",
    "FindingKind",
    "GroupingOptions",
    "InputError",
    "Modality",
    "Number",
    "NumberKind",
    "ParseError",
    "Precision",
    "Qualifier",
    "Quantity",
    "Report",
    "RuleOptions",
    "Series",
    "TimeRef",
    "UnsupportedLanguageError",
    "analyze",
    "analyze_assertions",
    "compare",
    "consensus",
    "extract",
    "find_numbers",
    "find_quantities",
    "group",
    "iter_extract",
    "load",
    "parse_number",
    "parse_quantity",
]

__version__ = "0.1.0"
