"""Phone normalisation: every form agents and customers type, and specific reasons for bad input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import InvalidPhoneNumber
from desktop.services.phone import (
    find_phones,
    is_known_region,
    national_significant_number,
    normalise_phone,
    try_normalise,
)

E164 = "+201001234567"


@pytest.mark.parametrize("raw", [
    "01001234567",  # local with trunk 0
    "1001234567",  # national significant number
    "+201001234567",
    "+20 100 123 4567",
    "0020 100 123 4567",
    "00201001234567",
    "010-0123-4567",
    "010.0123.4567",
    "(010) 0123 4567",
    "+20 (100) 123-4567",
    "٠١٠٠١٢٣٤٥٦٧",  # Arabic-Indic digits
    "۰۱۰۰۱۲۳۴۵۶۷",  # Persian digits
    "+٢٠ ١٠٠ ١٢٣ ٤٥٦٧",
    "\u2066+20 100 123 4567\u2069",  # pasted with bidi isolates
    "\u200f01001234567\u200e",  # and with RLM/LRM marks
    "  01001234567  ",
    "رقمي ٠١٠٠١٢٣٤٥٦٧ لو سمحت",  # inside an Arabic sentence
    "my number is 010-0123-4567, thanks",  # inside an English sentence
    "اتصل على +20 100 123 4567 بعد الساعة 5",
])
def test_every_typed_form_becomes_e164(raw: str) -> None:
    assert normalise_phone(raw) == E164


def test_default_region_is_configurable() -> None:
    assert normalise_phone("0501234567", "SA") == "+966501234567"
    assert normalise_phone("0501234567", "sa") == "+966501234567"
    assert normalise_phone("+966 50 123 4567") == "+966501234567"  # an explicit country code wins


def test_egyptian_landline_is_valid_unless_mobile_only() -> None:
    assert normalise_phone("02 2345 6789") == "+20223456789"
    with pytest.raises(InvalidPhoneNumber, match="not a mobile number"):
        normalise_phone("02 2345 6789", mobile_only=True)


@pytest.mark.parametrize(("raw", "reason"), [
    ("", "No digits found"),
    ("   ", "No digits found"),
    ("abc", "No digits found"),
    ("فين الأوردر؟", "No digits found"),
    ("123", "Too short"),
    ("0100123456", "Too short for a mobile number in Egypt"),
    ("0100123", "Too short for a mobile number in Egypt"),
    ("+20 100 123 456", "Too short for a mobile number in Egypt"),
    ("010012345678", "Too long"),
    ("0123456789012345678", "Too long"),
    ("+999 1234567", "no known country code"),
    ("05012345", "not a valid mobile or landline number in Egypt"),
    ("my number is 010-0123-456 thanks", "Too short for a mobile number"),
    ("01001234567 or 01201234567", "more than one phone number"),
])
def test_invalid_input_says_what_is_wrong(raw: str, reason: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as caught:
        normalise_phone(raw)
    assert reason in caught.value.user_message


def test_helpers() -> None:
    assert try_normalise("010 0123 4567") == E164
    assert try_normalise("12") is None
    assert try_normalise(None) is None
    assert national_significant_number(E164) == "1001234567"
    assert is_known_region("EG") and is_known_region("sa")
    assert not is_known_region("XX") and not is_known_region("EGY")


def test_find_phones_in_free_text() -> None:
    text = "رقمي ٠١٠٠١٢٣٤٥٦٧ أو 0120-123-4567، والأوردر SD-123456"
    assert find_phones(text) == [E164, "+201201234567"]
    assert find_phones("الأوردر SD-123456 فين؟") == []
    assert find_phones("01001234567 and again 0100 123 4567") == [E164]


@given(st.text(max_size=60))
def test_any_text_gives_e164_or_the_typed_error(raw: str) -> None:
    try:
        result = normalise_phone(raw)
    except InvalidPhoneNumber as exc:
        assert exc.user_message
    else:
        assert result.startswith("+") and result[1:].isdigit()
