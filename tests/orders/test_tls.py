"""An order system with a certificate the machine does not trust gets its own message, not "unreachable".

The self-signed certificate is made with `cryptography` (installed with keyring's SecretStorage backend)."""

from __future__ import annotations

import asyncio
import datetime
import threading
import time
from pathlib import Path

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from desktop.api.orders.generic import GenericJsonProvider
from desktop.domain.errors import OrderProviderError


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1)).sign(key, hashes.SHA256()))
    key_path, cert_path = folder / "key.pem", folder / "cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


async def test_untrusted_certificate(tmp_path: Path) -> None:
    key, cert = _self_signed(tmp_path)
    app = Starlette(routes=[Route("/orders", lambda request: JSONResponse({"orders": []}))])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical", ssl_keyfile=str(key),
                            ssl_certfile=str(cert), lifespan="off", timeout_graceful_shutdown=1)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    provider = GenericJsonProvider(f"https://127.0.0.1:{port}/orders?phone={{phone}}", name="ERP")
    trusting = GenericJsonProvider(f"https://127.0.0.1:{port}/orders?phone={{phone}}", verify=False)
    try:
        try:
            await provider.orders_for_phone("+201001234567")
        except OrderProviderError as exc:
            assert exc.user_message == "ERP's security certificate could not be verified."
        else:
            raise AssertionError("an untrusted certificate must not be accepted")
        assert await trusting.orders_for_phone("+201001234567") == []  # verify=False (IT's explicit choice)
    finally:
        await provider.aclose()
        await trusting.aclose()
        server.should_exit = True
        thread.join(timeout=10)
