"""Phone numbers as agents and customers type them, normalised to E.164 (pure, no I/O).

Accepts local forms with the trunk 0 (`01001234567`), `+20…`, `0020…`, spaces, dashes, dots, brackets,
Arabic-Indic (`٠١٢٣`) and Persian (`۰۱۲۳`) digits, invisible bidi marks, and a number pasted inside a
sentence in Arabic or English. Parsing and validation come from `phonenumbers` (shipped as
`phonenumberslite`: metadata only, no geodata). Bad input raises `InvalidPhoneNumber` whose message says
what is wrong (no digits, too short, too long, not a valid/mobile number for the region…).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

from desktop.domain.errors import InvalidPhoneNumber

DEFAULT_REGION = "EG"

# A few region names for messages; phonenumberslite carries no geodata, so others show their ISO code.
_REGION_NAMES = {
    "EG": "Egypt", "SA": "Saudi Arabia", "AE": "the United Arab Emirates", "KW": "Kuwait", "QA": "Qatar",
    "BH": "Bahrain", "OM": "Oman", "JO": "Jordan", "LB": "Lebanon", "IQ": "Iraq", "MA": "Morocco",
    "DZ": "Algeria", "TN": "Tunisia", "LY": "Libya", "SD": "Sudan", "YE": "Yemen", "PS": "Palestine",
    "SY": "Syria", "TR": "Turkey", "IR": "Iran", "PK": "Pakistan", "IN": "India", "GB": "the United Kingdom",
    "US": "the United States", "DE": "Germany", "FR": "France",
}

# Arabic-Indic (U+0660…) and Persian/Urdu (U+06F0…) digits, plus full-width forms, to ASCII.
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)},
           **{0xFF10 + i: str(i) for i in range(10)}, 0xFF0B: "+", 0x066B: ".", 0x066C: ","}
# Bidi controls, zero-width characters and the Arabic tatweel that paste in with numbers.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0640]")
_ONLY_NUMBER = re.compile(r"^[\s+()\[\].\-/0-9]*$")
_ASCII_DIGITS = frozenset("0123456789")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def region_name(region: str) -> str:
    return _REGION_NAMES.get(region.upper(), region.upper())


def is_known_region(region: str) -> bool:
    """A two-letter region code the phone metadata knows (EG, SA, AE…)."""
    return len(region) == 2 and phonenumbers.country_code_for_region(region.upper()) != 0


def clean_text(text: str) -> str:
    """ASCII digits (from any script's decimal digits), no invisible marks: what the parser reads."""
    text = _INVISIBLE.sub("", text.translate(_DIGITS))
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def normalise_phone(raw: str, region: str = DEFAULT_REGION, *, mobile_only: bool = False) -> str:
    """Return `raw` as E.164 (`+201001234567`), or raise `InvalidPhoneNumber` saying what is wrong.

    `region` is the default region for numbers typed without a country code. With `mobile_only`, a
    valid landline is refused too (for channels such as WhatsApp).
    """
    region = region.upper()
    text = clean_text(raw or "").strip()
    if not any(ch in _ASCII_DIGITS for ch in text):
        raise InvalidPhoneNumber("No digits found: type a phone number such as 01001234567 or +201001234567.")
    if not _ONLY_NUMBER.match(text):
        found = list(_matches(text, region))
        if not found:
            return _parse_and_check(_longest_digit_run(text), region, mobile_only)
        if len({n for n, _ in found}) > 1:
            raise InvalidPhoneNumber(
                "The text holds more than one phone number: keep only one.",
                detail=", ".join(sorted({n for n, _ in found})),
            )
        text = found[0][1]
    return _parse_and_check(text, region, mobile_only)


def try_normalise(raw: str | None, region: str = DEFAULT_REGION) -> str | None:
    """E.164 or None: for comparing numbers stored by other systems, where a bad one just doesn't match."""
    if not raw:
        return None
    try:
        return normalise_phone(raw, region)
    except InvalidPhoneNumber:
        return None


def find_phones(text: str, region: str = DEFAULT_REGION) -> list[str]:
    """Every valid phone number inside free text (Arabic or English), as E.164, in order, without repeats."""
    seen: list[str] = []
    for e164, _raw in _matches(clean_text(text or ""), region.upper()):
        if e164 not in seen:
            seen.append(e164)
    return seen


def national_significant_number(e164: str) -> str:
    """`+201001234567` → `1001234567` (what stores without the country code keep)."""
    return phonenumbers.national_significant_number(phonenumbers.parse(e164, None))


def _matches(text: str, region: str) -> Iterator[tuple[str, str]]:
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        yield phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164), match.raw_string


def _longest_digit_run(text: str) -> str:
    """The most number-like span of a text the matcher found nothing valid in, to explain what is wrong."""
    runs: list[str] = re.findall(r"\+?[0-9][0-9\s().\-]*[0-9]|[0-9]", text)
    return max(runs, key=lambda r: sum(ch in _ASCII_DIGITS for ch in r))


def _parse_and_check(text: str, region: str, mobile_only: bool) -> str:
    digits = sum(ch in _ASCII_DIGITS for ch in text)
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        raise InvalidPhoneNumber(_parse_error_message(exc, digits, region), detail=text) from None
    where = region_name(phonenumbers.region_code_for_number(number) or region)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.TOO_SHORT:
        raise InvalidPhoneNumber(f"Too short for a phone number in {where} ({digits} digits).", detail=text)
    if reason == ValidationResult.TOO_LONG:
        raise InvalidPhoneNumber(f"Too long for a phone number in {where} ({digits} digits).", detail=text)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        raise InvalidPhoneNumber(f"+{number.country_code} is not a country calling code.", detail=text)
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(_invalid_message(number, where), detail=text)
    if mobile_only and phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise InvalidPhoneNumber(f"This is a landline or service number in {where}, not a mobile number.",
                                 detail=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_error_message(exc: NumberParseException, digits: int, region: str) -> str:
    kind = exc.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        return "The number starts with + or 00 but no known country code follows."
    if kind in (NumberParseException.TOO_SHORT_NSN, NumberParseException.TOO_SHORT_AFTER_IDD):
        return f"Too short for a phone number ({digits} digits)."
    if kind == NumberParseException.TOO_LONG:
        return f"Too long for a phone number ({digits} digits)."
    return f"This does not look like a phone number in {region_name(region)}."


def _invalid_message(number: phonenumbers.PhoneNumber, where: str) -> str:
    """A possible-length number that is still invalid: compare it with the region's mobile numbers."""
    region = phonenumbers.region_code_for_country_code(number.country_code or 0)
    example = phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE) if region else None
    nsn = str(number.national_number or "")
    if example is not None:
        sample = phonenumbers.national_significant_number(example)
        if nsn[:1] == sample[:1] and len(nsn) != len(sample):
            size = "Too short" if len(nsn) < len(sample) else "Too long"
            local = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return (f"{size} for a mobile number in {where}: {len(nsn)} digits after the country code or "
                    f"trunk 0, a mobile number has {len(sample)} (like {local} or {e164}).")
    return f"This is not a valid mobile or landline number in {where}."
