"""Hypothesis strategies shared by the decoder and client fuzzers: JSON-ish values with the scalars that
matter on this wire (epoch ints, ISO strings, enum-like strings, NaN, huge ints)."""

from __future__ import annotations

from hypothesis import strategies as st

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["", "0", "1765705203", "2025-12-15T06:00:00.000Z", "open", "Channel::Whatsapp", "User",
                     "agent_bot", "image", "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+01:00"]),
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=8), children, max_size=4)),
    max_leaves=20,
)
