"""StoredAuth: what the keyring keeps of a session. It round-trips through JSON, never shows a secret in
its repr or in the error raised for a corrupt entry, and refuses entries that are not a session."""

from __future__ import annotations

import pytest

from desktop.domain.auth import StoredAuth
from desktop.domain.errors import MalformedResponse

SECRET = "tok-Zq8s1Lw0"


def test_round_trip_keeps_every_field() -> None:
    auth = StoredAuth(kind="devise", access_token=SECRET, client="cl-91", uid="mona@example.com", expiry=1_900_000_000)
    assert StoredAuth.from_json(auth.to_json()) == auth


def test_repr_hides_the_token_and_the_client_secret() -> None:
    text = repr(StoredAuth(kind="devise", access_token=SECRET, client="cl-secret-91", uid="mona@example.com"))
    assert SECRET not in text and "cl-secret-91" not in text
    assert "mona@example.com" in text  # the uid names the account; it is not a secret


@pytest.mark.parametrize("text", [
    "", "not json", "[]", '{"kind": "token"}', '{"kind": "password", "access_token": "' + SECRET + '"}',
    '{"kind": "token", "access_token": ""}', '{"kind": "token", "access_token": 42}',
    '{"kind": "token", "access_token": "' + SECRET + '", "expiry": "soon"}',
])
def test_a_corrupt_entry_is_a_malformed_response_without_the_secret(text: str) -> None:
    with pytest.raises(MalformedResponse) as caught:
        StoredAuth.from_json(text)
    assert SECRET not in str(caught.value)
    assert caught.value.user_message == "The saved sign-in could not be read."
