"""The user's own sentence for a failure, in the user's language.

Errors are raised below the UI (services, api, domain: no Qt there) with a specific English sentence, often
with values in it ("Too short for a phone number in Egypt (9 digits)."). The notifier must show that
sentence, not the generic one of the error's class. This module lists every such sentence as a template
(`%1`, `%2`… where a value goes) for Qt Linguist (context "AppErrors") and turns a raised sentence back into
its translated template with the values put back in isolates (`bidi.arg`). A value that is itself such a
sentence (a provider's error inside "Shopify refused the lookup: %1") is translated too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import bidi

CONTEXT = "AppErrors"

_MARKED: tuple[object, ...] = (  # QT_TRANSLATE_NOOP marks them for Qt Linguist and returns them as they are
    # signing in, the session
    QT_TRANSLATE_NOOP("AppErrors", "The verification step has expired. Please sign in again."),
    QT_TRANSLATE_NOOP("AppErrors", "Enter the code from your authenticator app or a backup code."),
    QT_TRANSLATE_NOOP("AppErrors", "The access token is not valid. Sign in again."),
    QT_TRANSLATE_NOOP("AppErrors", "The saved sign-in details are not valid. Sign in again."),
    QT_TRANSLATE_NOOP("AppErrors", "The saved sign-in could not be read."),
    QT_TRANSLATE_NOOP("AppErrors", "You are signed out. Please sign in."),
    QT_TRANSLATE_NOOP("AppErrors", "Sign in with your email and password first."),
    QT_TRANSLATE_NOOP("AppErrors", "Enter an access token."),
    QT_TRANSLATE_NOOP("AppErrors", "This access token is not valid."),
    # the connection
    QT_TRANSLATE_NOOP("AppErrors", "A secure connection to the server could not be set up."),
    QT_TRANSLATE_NOOP("AppErrors", "The server did not answer in time. Check your connection and try again."),
    QT_TRANSLATE_NOOP("AppErrors", "The server address is not a valid http(s) address."),
    QT_TRANSLATE_NOOP("AppErrors", "The server name %1 could not be found. Check the address."),
    QT_TRANSLATE_NOOP("AppErrors", "The server refused the connection. Check the address and port."),
    QT_TRANSLATE_NOOP("AppErrors", "The connection to the server was dropped. Try again."),
    QT_TRANSLATE_NOOP("AppErrors", "Requests with this session go only to the configured server."),
    # filters, messages, files
    QT_TRANSLATE_NOOP("AppErrors", "A filter needs at least one condition."),
    QT_TRANSLATE_NOOP("AppErrors", "Unknown filter attribute: %1."),
    QT_TRANSLATE_NOOP("AppErrors", "The filter operator %1 does not apply to %2; use one of %3."),
    QT_TRANSLATE_NOOP("AppErrors", "Conditions are joined by 'and' or 'or', not %1."),
    QT_TRANSLATE_NOOP("AppErrors", "The filter on %1 needs a value."),
    QT_TRANSLATE_NOOP("AppErrors", "Unsupported filter value for %1: %2."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 needs a date (YYYY-MM-DD), not %2."),
    QT_TRANSLATE_NOOP("AppErrors", "At most %1 files can be attached to one message."),
    QT_TRANSLATE_NOOP("AppErrors", "The file is larger than %1 MB."),
    QT_TRANSLATE_NOOP("AppErrors", "The message is empty."),
    QT_TRANSLATE_NOOP("AppErrors", "Drafts could not be saved."),
    QT_TRANSLATE_NOOP("AppErrors", "Unsent messages could not be saved."),
    QT_TRANSLATE_NOOP("AppErrors", "Fill in every variable before sending."),
    # triage
    QT_TRANSLATE_NOOP("AppErrors", "Choose a category before resolving this conversation."),
    QT_TRANSLATE_NOOP("AppErrors", "Choose a team, an agent or a priority to escalate to."),
    QT_TRANSLATE_NOOP("AppErrors", "The snooze time needs a time zone."),
    QT_TRANSLATE_NOOP("AppErrors", "Choose a snooze time in the future."),
    QT_TRANSLATE_NOOP("AppErrors", "Select at least one conversation."),
    QT_TRANSLATE_NOOP("AppErrors", "Choose a team or an agent."),
    QT_TRANSLATE_NOOP("AppErrors", "Choose a category to add or remove."),
    QT_TRANSLATE_NOOP("AppErrors", "Choose the team or agent who takes over."),
    # phone numbers
    QT_TRANSLATE_NOOP("AppErrors", "No digits found: type a phone number such as 01001234567 or +201001234567."),
    QT_TRANSLATE_NOOP("AppErrors", "The text holds more than one phone number: keep only one."),
    QT_TRANSLATE_NOOP("AppErrors", "The number starts with + or 00 but no known country code follows."),
    QT_TRANSLATE_NOOP("AppErrors", "Too short for a phone number (%1 digits)."),
    QT_TRANSLATE_NOOP("AppErrors", "Too long for a phone number (%1 digits)."),
    QT_TRANSLATE_NOOP("AppErrors", "This does not look like a phone number in %1."),
    QT_TRANSLATE_NOOP("AppErrors", "Too short for a phone number in %1 (%2 digits)."),
    QT_TRANSLATE_NOOP("AppErrors", "Too long for a phone number in %1 (%2 digits)."),
    QT_TRANSLATE_NOOP("AppErrors", "+%1 is not a country calling code."),
    QT_TRANSLATE_NOOP("AppErrors", "This is a landline or service number in %1, not a mobile number."),
    QT_TRANSLATE_NOOP("AppErrors", "Too short for a mobile number in %1: %2 digits after the country code or trunk 0, "
                                   "a mobile number has %3 (like %4 or %5)."),
    QT_TRANSLATE_NOOP("AppErrors", "Too long for a mobile number in %1: %2 digits after the country code or trunk 0, "
                                   "a mobile number has %3 (like %4 or %5)."),
    QT_TRANSLATE_NOOP("AppErrors", "This is not a valid mobile or landline number in %1."),
    # order systems
    QT_TRANSLATE_NOOP("AppErrors", "%1 sent orders in a shape the app cannot read."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 refused the credentials (HTTP %2). Check the API key."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 has no such address (HTTP 404). Check the URL."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 is busy (too many requests). Try again shortly."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 had a problem (HTTP %2). Try again in a moment."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 moved to another address: update the URL in the settings."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 refused the request (HTTP %2)."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 did not answer in time."),
    QT_TRANSLATE_NOOP("AppErrors", "The %1 address is not a valid URL."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 cannot be reached. Check the address and your connection."),
    QT_TRANSLATE_NOOP("AppErrors", "%1 sent a response that is not JSON."),
    QT_TRANSLATE_NOOP("AppErrors", "%1's security certificate could not be verified."),
    QT_TRANSLATE_NOOP("AppErrors", "The Shopify integration is not connected in this workspace."),
    QT_TRANSLATE_NOOP("AppErrors", "Shopify refused the lookup: %1"),
    QT_TRANSLATE_NOOP("AppErrors", "Chatwoot refused the credentials: sign in again."),
    QT_TRANSLATE_NOOP("AppErrors", "You are not allowed to see Shopify orders in this workspace."),
    QT_TRANSLATE_NOOP("AppErrors", "Chatwoot is busy (too many requests). Try again shortly."),
    QT_TRANSLATE_NOOP("AppErrors", "Chatwoot cannot be reached. Check the address and your connection."),
    QT_TRANSLATE_NOOP("AppErrors", "Chatwoot could not list the Shopify orders: %1"),
    QT_TRANSLATE_NOOP("AppErrors", "%1: %2"),
    # networks and updates (IT's settings)
    QT_TRANSLATE_NOOP("AppErrors", "The network settings are not valid."),
    QT_TRANSLATE_NOOP("AppErrors", "The proxy setting %1 is not valid: use system, none, or a URL such as http://proxy.example:3128 or socks5://proxy.example:1080."),
    QT_TRANSLATE_NOOP("AppErrors", "The extra CA certificate file %1 does not exist."),
    QT_TRANSLATE_NOOP("AppErrors", "The extra CA certificate file %1 holds no valid PEM certificate."),
    QT_TRANSLATE_NOOP("AppErrors", "The security certificate of %1 could not be verified (%2).%3"),
    QT_TRANSLATE_NOOP("AppErrors", "%1's security certificate could not be verified (%2).%3"),
    QT_TRANSLATE_NOOP("AppErrors", " If your company inspects secure traffic, IT can add its CA certificate with the extra_ca_file policy."),
    QT_TRANSLATE_NOOP("AppErrors", " The extra CA certificates in %1 do not cover it."),
    QT_TRANSLATE_NOOP("AppErrors", "The proxy %1 cannot be reached. Check the proxy setting."),
    QT_TRANSLATE_NOOP("AppErrors", "The proxy %1 did not let the connection to %2 through. Check the proxy setting."),
    QT_TRANSLATE_NOOP("AppErrors", "the system proxy"),
    QT_TRANSLATE_NOOP("AppErrors", "not trusted"),
    QT_TRANSLATE_NOOP("AppErrors", "The update check failed."),
    QT_TRANSLATE_NOOP("AppErrors", "The update feed %1 is not valid: %2."),
    QT_TRANSLATE_NOOP("AppErrors", "The update feed %1 is not valid: it is not JSON."),
    QT_TRANSLATE_NOOP("AppErrors", "it is not a JSON object"),
    QT_TRANSLATE_NOOP("AppErrors", "no version such as 1.2.0"),
    QT_TRANSLATE_NOOP("AppErrors", "no http(s) download url"),
    QT_TRANSLATE_NOOP("AppErrors", "no sha256 of 64 hex digits"),
    QT_TRANSLATE_NOOP("AppErrors", "notes must map a language to text"),
    QT_TRANSLATE_NOOP("AppErrors", "The update feed %1 cannot be reached."),
    QT_TRANSLATE_NOOP("AppErrors", "The update feed %1 answered HTTP %2."),
    QT_TRANSLATE_NOOP("AppErrors", "The downloaded %1 does not match the checksum in the update feed; it was not kept. Tell IT."),
    # order lookup settings and answer templates
    QT_TRANSLATE_NOOP("AppErrors", "The order lookup settings are not valid."),
    QT_TRANSLATE_NOOP("AppErrors", "The order lookup settings must be a JSON object."),
    QT_TRANSLATE_NOOP("AppErrors", "Unknown order provider %1: use one of %2."),
    QT_TRANSLATE_NOOP("AppErrors", "Unknown order setting(s): %1."),
    QT_TRANSLATE_NOOP("AppErrors", "The order lookup settings are not valid: %1"),
    QT_TRANSLATE_NOOP("AppErrors", 'The %1 order provider needs a "url".'),
    QT_TRANSLATE_NOOP("AppErrors", "The fulfilment URL is not usable: %1."),
    QT_TRANSLATE_NOOP("AppErrors", 'The Shopify-through-Chatwoot provider needs an "account_id" (workspace).'),
    QT_TRANSLATE_NOOP("AppErrors", "The default region must be a two-letter code such as EG, not %1."),
    QT_TRANSLATE_NOOP("AppErrors", '"answer_templates" must be an object such as {"ar": "…", "en": "…"}.'),
    QT_TRANSLATE_NOOP("AppErrors", 'Unknown answer template language %1: use "ar" or "en".'),
    QT_TRANSLATE_NOOP("AppErrors", "The %1 answer template must be a non-empty text."),
    QT_TRANSLATE_NOOP("AppErrors", "The %1 answer template uses unknown variable(s): %2."),
    QT_TRANSLATE_NOOP("AppErrors", "The order settings file cannot be read: %1."),
    QT_TRANSLATE_NOOP("AppErrors", "The order settings file is not valid JSON (line %1)."),
    QT_TRANSLATE_NOOP("AppErrors", "Shopify needs an Admin API access token: save it in the keyring first."),
    QT_TRANSLATE_NOOP("AppErrors", 'WooCommerce needs the consumer key and secret, saved as "ck_…:cs_…".'),
    QT_TRANSLATE_NOOP("AppErrors", "Shopify through Chatwoot needs a signed-in Chatwoot session and a workspace."),
    QT_TRANSLATE_NOOP("AppErrors", "The reply template uses a variable the app does not know."),
    QT_TRANSLATE_NOOP("AppErrors", "Unknown variable in the reply template: %1"),
)

TEMPLATES: tuple[str, ...] = tuple(str(text) for text in _MARKED)
_PLACEHOLDER = re.compile(r"%(\d)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a pattern, the most specific (most fixed text) first."""
    compiled = []
    for template in TEMPLATES:
        parts = _PLACEHOLDER.split(template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<a{p}>.+?)" for i, p in enumerate(parts))
        compiled.append((re.compile(regex, re.DOTALL), template))
    compiled.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[1])))
    return tuple(compiled)


def template_of(sentence: str) -> tuple[str, list[str]] | None:
    """The template `sentence` was made from and the values put into it, or None if it is none of them."""
    for pattern, template in _patterns():
        match = pattern.fullmatch(sentence)
        if match is not None:
            values = [match.group(f"a{n}") for n in sorted({int(d) for d in _PLACEHOLDER.findall(template)})]
            return template, values
    return None


def translated(sentence: str, depth: int = 0) -> str | None:
    """`sentence` in the user's language, or None when it is not one of the app's sentences."""
    found = template_of(sentence)
    if found is None:
        return None
    template, values = found
    inner = [translated(v, depth + 1) if depth < 2 else None for v in values]
    if not re.search(r"\w", _PLACEHOLDER.sub("", template)) and not any(inner):
        return None  # "%1: %2" is only a provider's name before one of the sentences above
    shown = [t or v for t, v in zip(inner, values, strict=True)]
    return bidi.arg(QCoreApplication.translate(CONTEXT, template), *shown)
