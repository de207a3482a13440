"""Units of measure: which words after a number are physical units ('metres', 'feet', 'km/h', 'miles per hour',
'terawatt-hours'), and their values in base units, from pint's unit registry, so that '300 metres' and '984 feet' agree
and '300 metres' and '300 feet' do not."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from factdiff.analyse.knowledge import lexicon

# the dimensions compared; pint knows many more, but a noun of another dimension is seldom a unit in running text
# (temperatures are left out: their scales have offsets, so a relative tolerance in kelvin would mean ±9 degrees)
DIMENSIONS = frozenset(
    {
        "[length]",
        "[mass]",
        "[length] ** 2",
        "[length] ** 3",
        "[time]",
        "[length] / [time]",
        "[mass] * [length] ** 2 / [time] ** 2",  # energy: 'kWh', 'terawatt-hours'
        "[mass] * [length] ** 2 / [time] ** 3",  # power: 'GW', 'megawatts'
    }
)
CONVERTED_TOLERANCE = 0.03  # a value converted into another unit is usually rounded: '300 metres (984 feet)'
_JOINERS = {"per", "/", "square", "sq", "cubic"}


@lru_cache(maxsize=1)
def _registry():
    """pint's registry, its parsed definitions cached in the user's cache folder (0.3 s of start-up to 0.02 s),
    or built afresh where that folder cannot be written or its cache cannot be read (a cut-off write)."""
    import pint

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # OSError, or whatever unpickling a damaged cache file raises
        return pint.UnitRegistry()


def _word_ok(word: str) -> bool:
    """One word of a unit name that pint may read: not an everyday word pint also knows ('point', 'stone'), and a
    short name only where it is a usual unit symbol ('km', 'kWh'; not 'c', 'nm', 'bus')."""
    lex = lexicon()
    low = word.lower()
    if not word or not re.fullmatch(r"[A-Za-z]+\d?", word) or low in lex["unit_false_friends"]:
        return False
    return len(word) > 3 or low in lex["unit_symbols"]


@lru_cache(maxsize=4096)
def _unit(name: str):
    """pint's quantity of one `name` (a counted noun's lemma, or a unit phrase: 'km/h', 'miles per hour',
    'kilowatt-hours'), or None: not a unit, a prefix reading ('unit' is not micro-'nit'), a unit name that is mostly an
    everyday word ('point', 'stone'; lexicon.json), or a dimension seldom meant in running text."""
    lex = lexicon()
    name = name.strip()
    if not name:
        return None
    aliases = lex["unit_aliases"]
    alias = aliases.get(name.lower()) or (aliases.get(name.lower()[:-1]) if name.lower().endswith("s") else None)
    words = [w for w in re.split(r"[\s\-]+|(?=/)|(?<=/)", name) if w]
    if alias is None:
        # after 'per' or '/', a one-letter symbol is a unit ('km/h', 'm/s')
        after_per = [i > 0 and words[i - 1].lower() in ("/", "per") and w.isalpha() for i, w in enumerate(words)]
        if not words or not all(w.lower() in _JOINERS or _word_ok(w) or after for w, after in zip(words, after_per, strict=True)):
            return None
        if words[0].lower() in _JOINERS - {"square", "sq", "cubic"} or words[-1].lower() in _JOINERS:
            return None
    ureg = _registry()
    expression = alias or " ".join("/" if w.lower() == "per" else w for w in words)
    if alias is None and len(words) == 1:
        try:
            readings = ureg.parse_unit_name(words[0])
        except Exception:  # pint raises several kinds for names it cannot read
            readings = ()
        if len(readings) != 1:
            if words[0].lower() != words[0]:
                return _unit(words[0].lower()) if words[0].lower() in lex["unit_symbols"] else None
            return None
        prefix, _, _ = readings[0]
        if prefix and not words[0].lower().startswith(prefix) and len(words[0]) > 3:
            return None  # 'km' and 'kilometre' are kilo-, 'unit' is no micro-
    try:
        quantity = ureg.parse_expression(expression.replace(" / ", "/"))
    except Exception:
        return None
    if not hasattr(quantity, "dimensionality"):
        return None
    return quantity if str(quantity.dimensionality) in DIMENSIONS else None


def is_unit(noun: str) -> bool:
    return _unit(noun) is not None


def one_unit(a: str, b: str) -> bool:
    """Two names of one unit ('kg' and 'kilograms', 'km' and 'kilometres'): a value in one is not converted into the
    other, so it is not rounded either."""
    x, y = _unit(a), _unit(b)
    return x is not None and y is not None and x.units == y.units and math.isclose(float(x.magnitude), float(y.magnitude))


def in_base_units(value: float, noun: str) -> tuple[float, str] | None:
    """(value in SI base units, dimension) for `value` `noun`s, or None when the noun is no unit of measure."""
    unit = _unit(noun)
    if unit is None:
        return None
    quantity = (value * unit).to_base_units()
    return float(quantity.magnitude), str(unit.dimensionality)


def agree(a: tuple[float, str], b: tuple[float, str], tolerance: float) -> bool:
    """Two measures in base units agree: the same dimension and values within `tolerance` of each other."""
    (x, dim_a), (y, dim_b) = a, b
    return dim_a == dim_b and math.isclose(x, y, rel_tol=tolerance, abs_tol=1e-9)
