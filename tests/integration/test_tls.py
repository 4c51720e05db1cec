"""HTTPS on the LAN: `vyaparmitra tls dev` makes a CA and a certificate for this machine's
LAN address that the CA verifies, and `vyaparmitra serve --tls-cert --tls-key` answers
over TLS with it."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from server import tls
from tests.integration.test_cli import SECRET, VYAPARMITRA, ok, run_cli
from tests.ports import free_port
from tests.workers import stop


def lan_ip() -> str:
    """An IPv4 address of this machine other devices could reach (loopback if none)."""
    found = [ip for ip in tls.lan_addresses() if ip.version == 4]
    return str(found[0]) if found else "127.0.0.1"


def chain(path: Path) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(path.read_bytes())


def verify(files: tls.TlsFiles, ip: str) -> None:
    """Path validation as a client does it: the CA as the only trusted root, the server
    named by its IP address."""
    store = Store([x509.load_pem_x509_certificate(files.ca_cert.read_bytes())])
    leaf, *rest = chain(files.cert)
    verifier = (
        PolicyBuilder().store(store).build_server_verifier(x509.IPAddress(ipaddress.ip_address(ip)))
    )
    verifier.verify(leaf, rest)


def test_tls_dev_makes_a_ca_that_verifies_the_lan_certificate(tmp_path: Path) -> None:
    ip = lan_ip()
    data = tmp_path / "data"
    env_file = tmp_path / ".env"
    env_file.write_text("# mine\nVYAPAR_LOG_LEVEL=info\nVYAPAR_PUBLIC_BASE_URL=http://old\n")
    out = ok(
        run_cli(
            "tls", "dev", "--ip", ip, "--name", "stall.lan", "--port", "8443",
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
            cwd=tmp_path,
            VYAPAR_DATA_DIR=str(data),
        )
    )  # fmt: skip
    files = tls.TlsFiles(data / "tls")
    verify(files, ip)
    verify(files, "127.0.0.1")
    leaf = chain(files.cert)[0]
    names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "stall.lan" in names.get_values_for_type(x509.DNSName)
    assert (files.ca_key.stat().st_mode & 0o777, files.key.stat().st_mode & 0o777) == (
        0o600,
        0o600,
    )
    # Another address is not this certificate's.
    with pytest.raises(VerificationError):
        verify(files, "198.51.100.7")
    # It says how to trust it, how to serve, and sets the public base URL.
    ca = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    assert ca.fingerprint(hashes.SHA256()).hex(":").upper() in out
    assert "Android" in out and "iPhone" in out and "Certificate Trust Settings" in out
    assert f"--tls-cert {files.cert} --tls-key {files.key}" in out
    assert env_file.read_text().splitlines() == [
        "# mine",
        "VYAPAR_LOG_LEVEL=info",
        f"VYAPAR_PUBLIC_BASE_URL=https://{ip}:8443",
        f"VYAPAR_TLS_CERT_FILE={files.cert}",
        f"VYAPAR_TLS_KEY_FILE={files.key}",
    ]
    # Run again: the CA is kept (phones trust it already), the certificate made anew.
    again = ok(
        run_cli(
            "tls", "dev", "--ip", ip, "--no-env-file",
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}",
            cwd=tmp_path,
            VYAPAR_DATA_DIR=str(data),
        )
    )  # fmt: skip
    assert "kept" in again
    assert x509.load_pem_x509_certificate(files.ca_cert.read_bytes()) == ca
    assert chain(files.cert)[0] != leaf
    verify(files, ip)


def test_a_bad_ip_or_a_mismatched_pair_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    bad = run_cli("tls", "dev", "--ip", "192.168.1", database_url=db, cwd=tmp_path)
    assert bad.returncode == 2 and "--ip" in bad.stderr and "Traceback" not in bad.stderr
    one = tls.TlsFiles(tmp_path / "one")
    two = tls.TlsFiles(tmp_path / "two")
    for files in (one, two):
        tls.make_ca(files, "test")
        tls.make_server_cert(files, [ipaddress.ip_address("127.0.0.1")], ["localhost"])
    refused = run_cli(
        "serve", "--tls-cert", str(one.cert), "--tls-key", str(two.key), database_url=db,
        cwd=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 1
    assert "are not a certificate and its key" in refused.stderr
    assert "Traceback" not in refused.stderr
    missing = run_cli(
        "serve", "--tls-cert", str(tmp_path / "nope.crt"), "--tls-key", str(one.key),
        database_url=db, cwd=tmp_path,
    )  # fmt: skip
    assert missing.returncode == 1 and "TLS file not found" in missing.stderr
    half = run_cli("serve", "--tls-cert", str(one.cert), database_url=db, cwd=tmp_path)
    assert half.returncode == 2 and "go together" in half.stderr


@contextlib.contextmanager
def serving(tmp_path: Path, ip: str, port: int, files: tls.TlsFiles) -> Iterator[None]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    env.update(
        {
            "VYAPAR_ENV": "development",
            "VYAPAR_DATA_DIR": str(tmp_path / "data"),
            "VYAPAR_SECRET_KEY": SECRET,
            "VYAPAR_PUBLIC_BASE_URL": f"https://{ip}:{port}",
            # The TLS files come from the environment here, as `tls dev` writes them.
            "VYAPAR_TLS_CERT_FILE": str(files.cert),
            "VYAPAR_TLS_KEY_FILE": str(files.key),
            "VYAPAR_DEMO_DATA": "false",
            "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
            # TLS is what is tried here: the server answers once started, without first
            # loading and running the speech models (tests/integration/test_install.py
            # serves with them warmed).
            "VYAPAR_WARM_ENGINES": "false",
        }
    )
    proc = subprocess.Popen(
        [str(VYAPARMITRA), "serve", "--host", ip, "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        yield
    finally:
        stop(proc)
        if proc.stderr is not None:
            proc.stderr.close()


def test_serve_answers_over_tls_with_the_generated_certificate(tmp_path: Path) -> None:
    ip = lan_ip()
    files = tls.TlsFiles(tmp_path / "tls")
    tls.make_ca(files, "test")
    tls.make_server_cert(files, [ipaddress.ip_address(ip)], ["localhost"])
    port = free_port(ip)
    trusting = ssl.create_default_context(cafile=str(files.ca_cert))
    with serving(tmp_path, ip, port, files):
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.get(f"https://{ip}:{port}/healthz", verify=trusting, timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        assert r.status_code == 200
        assert r.url.scheme == "https"
        # A client that does not trust the CA is refused by its own check.
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(f"https://{ip}:{port}/healthz", timeout=5)
        # A request head over VYAPAR_MAX_HEADER_BYTES is 431 over TLS too, at once.
        from tests.integration.test_header_timeout import trickle_head

        with (
            socket.create_connection((ip, port), timeout=10) as raw,
            trusting.wrap_socket(raw, server_hostname=ip) as conn,
        ):
            sent, answer = trickle_head(conn, 32 * 1024 * 1024)  # type: ignore[arg-type]
        assert answer.startswith(b"HTTP/1.1 431"), answer
        assert sent < 4 * 1024 * 1024, sent
        # Plain HTTP on the TLS port gets no page.
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://{ip}:{port}/healthz", timeout=5)


def test_a_host_name_is_checked_and_an_international_one_written_as_dns_spells_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    db = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"

    def dev(name: str) -> subprocess.CompletedProcess[str]:
        return run_cli(
            "tls", "dev", "--ip", "127.0.0.1", "--name", name, "--no-env-file",
            database_url=db, cwd=tmp_path, VYAPAR_DATA_DIR=str(data),
        )  # fmt: skip

    for bad in ("bad name!", "-dash.local", "a..b", "x" * 64 + ".local"):
        refused = dev(bad)
        assert refused.returncode == 2, refused.stdout + refused.stderr
        assert "--name" in refused.stderr and "Traceback" not in refused.stderr, refused.stderr
    made = ok(dev("Bazaar-Stall.Local."))
    assert "bazaar-stall.local" in made
    ok(dev("बाज़ार.local"))
    names = chain(data / "tls" / "server.crt")[0].extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    )
    assert "xn--" in names.value.get_values_for_type(x509.DNSName)[0]


def test_a_key_under_a_passphrase_is_one_line_not_a_prompt(tmp_path: Path) -> None:
    """OpenSSL would ask for the passphrase on the terminal in every worker (and, with
    none, print its prompt and "[Errno 22] Invalid argument")."""
    from cryptography.hazmat.primitives import serialization

    files = tls.TlsFiles(tmp_path / "tls")
    tls.make_ca(files, "test")
    tls.make_server_cert(files, [ipaddress.ip_address("127.0.0.1")], ["localhost"])
    key = serialization.load_pem_private_key(files.key.read_bytes(), password=None)
    locked = tmp_path / "locked.key"
    locked.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"secret passphrase"),
        )
    )
    db = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    refused = run_cli(
        "serve", "--tls-cert", str(files.cert), "--tls-key", str(locked), database_url=db,
        cwd=tmp_path,
    )  # fmt: skip
    assert refused.returncode == 1, refused
    (line,) = refused.stderr.strip().splitlines()
    assert "is protected by a passphrase" in line, line
    assert "PEM pass phrase" not in refused.stdout + refused.stderr
