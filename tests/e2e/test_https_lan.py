"""A phone on the LAN: the shopper page over https://<LAN address> with the certificate
`vyaparmitra tls dev` makes, in Chromium that trusts the generated CA. There the page is
a secure context and gets the (fake) microphone; over plain http on the same address it
would not, and without trusting the CA the page does not load at all."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import ipaddress
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import async_playwright, expect

from server import tls
from server.app import create_app
from tests.conftest import make_settings
from tests.e2e.browser import PageErrors, chromium_path
from tests.e2e.test_pages import stall
from tests.integration.test_tls import lan_ip
from tests.live_helpers import LiveServer, listening_socket, serving


def spki_hash(cert_file: Path) -> str:
    """What Chromium's `--ignore-certificate-errors-spki-list` names a trusted key by:
    base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo."""
    cert = x509.load_pem_x509_certificate(cert_file.read_bytes())
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


@contextlib.asynccontextmanager
async def https_server(
    database_url: str, ip: str, files: tls.TlsFiles
) -> AsyncIterator[LiveServer]:
    sock = listening_socket(ip)
    port = sock.getsockname()[1]
    base = f"https://{ip}:{port}"
    app = create_app(make_settings(database_url, public_base_url=base))
    trusting = ssl.create_default_context(cafile=str(files.ca_cert))
    async with (
        serving(app, sock, ssl_certfile=str(files.cert), ssl_keyfile=str(files.key)),
        httpx.AsyncClient(base_url=base, timeout=30, verify=trusting) as http,
    ):
        yield LiveServer(app, base, f"wss://{ip}:{port}", http)


async def test_the_shopper_page_gets_the_microphone_over_lan_https(
    sqlite_url: str, tmp_path: Path
) -> None:
    ip = lan_ip()
    files = tls.TlsFiles(tmp_path / "tls")
    tls.make_ca(files, "test")
    tls.make_server_cert(files, [ipaddress.ip_address(ip)], tls.host_names())
    media = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
    trust_ca = f"--ignore-certificate-errors-spki-list={spki_hash(files.ca_cert)}"
    async with https_server(sqlite_url, ip, files) as server, async_playwright() as pw:
        s = await stall(server)
        url = s["qr"]["url"]
        assert url.startswith(f"https://{ip}:")

        # Not trusting the CA: Chromium refuses the certificate.
        untrusting = await pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=media
        )
        try:
            page = await untrusting.new_page()
            with pytest.raises(PlaywrightError, match="ERR_CERT_AUTHORITY_INVALID"):
                await page.goto(url)
        finally:
            await untrusting.close()

        # Trusting the generated CA (its key pinned; the server sends it in its chain).
        browser = await pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=[*media, trust_ca]
        )
        try:
            errors = PageErrors()
            context = await browser.new_context(
                locale="hi-IN", viewport={"width": 360, "height": 740}
            )
            page = errors.watch(await context.new_page(), "shopper")
            response = await page.goto(url)
            assert response is not None and response.ok
            assert await page.evaluate("window.isSecureContext") is True
            track = await page.evaluate(
                """async () => {
                  const stream = await navigator.mediaDevices.getUserMedia({audio: true});
                  const [t] = stream.getAudioTracks();
                  const seen = {kind: t.kind, state: t.readyState, label: t.label};
                  t.stop();
                  return seen;
                }"""
            )
            assert track["kind"] == "audio" and track["state"] == "live", track
            # The page's own socket goes over wss:// to the same origin and joins.
            await page.get_by_label("मात्रा (किलो)").fill("2")
            await page.get_by_role("button", name="मोलभाव शुरू करें").click()
            await expect(page.locator("#state-line")).to_have_text("अपना दाम बोलिए, या नीचे लिखिए")
            await expect(page.locator("#presence")).to_have_text("दुकानदार अभी नहीं हैं")
            assert errors.unexpected() == []
        finally:
            await browser.close()
