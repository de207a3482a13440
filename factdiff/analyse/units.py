"""Units of measure: which counted nouns are physical units ('metres', 'feet', 'tonnes'), and their values in base
units, from pint's unit registry, so that '300 metres' and '984 feet' agree and '300 metres' and '300 feet' do not."""

from __future__ import annotations

import math
from functools import lru_cache

from factdiff.analyse.knowledge import lexicon

# the dimensions compared; pint knows many more, but a noun of another dimension is seldom a unit in running text
# (temperatures are left out: their scales have offsets, so a relative tolerance in kelvin would mean ±9 degrees)
DIMENSIONS = frozenset({"[length]", "[mass]", "[length] ** 2", "[length] ** 3", "[time]", "[length] / [time]"})
CONVERTED_TOLERANCE = 0.03  # a value converted into another unit is usually rounded: '300 metres (984 feet)'


@lru_cache(maxsize=1)
def _registry():
    """pint's registry, its parsed definitions cached in the user's cache folder (0.3 s of start-up to 0.02 s),
    or built afresh where that folder cannot be written or its cache cannot be read (a cut-off write)."""
    import pint

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # OSError, or whatever unpickling a damaged cache file raises
        return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def _unit(noun: str):
    """pint's unit for a counted noun's lemma, or None: not a unit, a prefix reading ('unit' is not micro-'nit'), or a
    unit name that is mostly an everyday word ('point', 'stone'; lexicon.json)."""
    lex = lexicon()
    if not noun or not noun.isalpha() or noun in lex["unit_false_friends"]:
        return None
    if len(noun) <= 3 and noun not in lex["unit_symbols"]:
        return None  # 'c' would be the speed of light, 'nm' a nanometre, 'bus' a bushel
    noun = lex["unit_aliases"].get(noun, noun)
    ureg = _registry()
    try:
        readings = ureg.parse_unit_name(noun)
    except Exception:  # pint raises several kinds for names it cannot read
        return None
    if len(readings) != 1:
        return None
    prefix, _, _ = readings[0]
    if prefix and not noun.startswith(prefix) and len(noun) > 3:  # 'km' and 'kilometre' are kilo-, 'unit' is no micro-
        return None
    try:
        unit = ureg.parse_units(noun)
    except Exception:
        return None
    return unit if str(unit.dimensionality) in DIMENSIONS else None


def is_unit(noun: str) -> bool:
    return _unit(noun) is not None


def in_base_units(value: float, noun: str) -> tuple[float, str] | None:
    """(value in SI base units, dimension) for `value` `noun`s, or None when the noun is no unit of measure."""
    unit = _unit(noun)
    if unit is None:
        return None
    quantity = _registry().Quantity(value, unit).to_base_units()
    return float(quantity.magnitude), str(unit.dimensionality)


def agree(a: tuple[float, str], b: tuple[float, str], tolerance: float) -> bool:
    """Two measures in base units agree: the same dimension and values within `tolerance` of each other."""
    (x, dim_a), (y, dim_b) = a, b
    return dim_a == dim_b and math.isclose(x, y, rel_tol=tolerance, abs_tol=1e-9)
