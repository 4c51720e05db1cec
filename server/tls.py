"""HTTPS on a LAN without a public name: a local certificate authority that phones are told
to trust once, and a server certificate it signs for this machine's LAN addresses.

Phones give a page the microphone only in a secure context; `http://192.168.x.x` is not
one. The CA is kept across runs (a phone that trusts it keeps trusting it) while the
server certificate is made again each time, for the addresses the machine has now.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from server.writes import naming

CA_DAYS = 10 * 365
SERVER_DAYS = 397
"""Apple's and Chromium's ceiling for a TLS server certificate's lifetime (398 days)."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class TlsFiles:
    folder: Path

    @property
    def ca_cert(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def ca_key(self) -> Path:
        return self.folder / "ca.key"

    @property
    def cert(self) -> Path:
        return self.folder / "server.crt"

    @property
    def key(self) -> Path:
        return self.folder / "server.key"


def lan_addresses() -> list[IPAddress]:
    """This machine's addresses that another device on the LAN could reach: the one the
    default route leaves by (a UDP "connect" sends nothing), then those its host name
    resolves to; loopback and link-local addresses are left out."""
    found: list[IPAddress] = []

    def add(raw: str) -> None:
        with contextlib.suppress(ValueError):
            ip = ipaddress.ip_address(raw.split("%")[0])
            if not (ip.is_loopback or ip.is_link_local or ip.is_unspecified) and ip not in found:
                found.append(ip)

    for family, probe in ((socket.AF_INET, "10.255.255.255"), (socket.AF_INET6, "fd00::1")):
        with contextlib.suppress(OSError), socket.socket(family, socket.SOCK_DGRAM) as s:
            s.connect((probe, 9))
            add(s.getsockname()[0])
    with contextlib.suppress(OSError):
        for *_, sockaddr in socket.getaddrinfo(socket.gethostname(), None):
            add(str(sockaddr[0]))
    return found


_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


def dns_name(raw: str) -> str:
    """A host name as a certificate carries it: lower case, no final dot, and a name in
    another script written the way DNS spells it ("बाज़ार.local" → "xn--….local").
    Raises ValueError, naming what is wrong, for anything DNS cannot hold."""
    name = raw.strip().rstrip(".").lower()
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"{raw!r} is not a host name ({exc})") from exc
    labels = name.split(".")
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(
            f"{raw!r} is not a host name: letters, digits and hyphens, dot-separated, "
            "each part 1-63 long and not starting or ending with a hyphen"
        )
    return name


def host_names() -> list[str]:
    """The machine's name as the LAN may know it (`name`, `name.local` for mDNS)."""
    name = socket.gethostname().split(".")[0]
    names = ["localhost"]
    if name and name != "localhost":
        names += [name, f"{name}.local"]
    return names


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with naming(path), os.fdopen(fd, "wb") as out:
        out.write(data)
    path.chmod(0o600)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _now() -> dt.datetime:
    # Back-dated a little: a phone whose clock runs behind still accepts it.
    return dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)


def make_ca(files: TlsFiles, label: str) -> x509.Certificate:
    """A new certificate authority (P-256, ten years) that may sign server certificates
    only (path length 0), written to `files.ca_cert` / `files.ca_key` (0600)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "VyaparMitra local CA"),
            x509.NameAttribute(NameOID.COMMON_NAME, f"VyaparMitra local CA ({label})"),
        ]
    )
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now())
        .not_valid_after(_now() + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(files.ca_key, _key_pem(key))
    with naming(files.ca_cert):
        files.ca_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert


def load_ca(files: TlsFiles) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    cert = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    key = serialization.load_pem_private_key(files.ca_key.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{files.ca_key} is not the EC key this command makes")
    return cert, key


def make_server_cert(files: TlsFiles, ips: list[IPAddress], names: list[str]) -> x509.Certificate:
    """A server certificate signed by the CA in `files`, for `ips` and `names` (its
    subject alternative names), written to `files.cert` (with the CA after it, the chain
    a server sends) and `files.key` (0600)."""
    ca_cert, ca_key = load_ca(files)
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key()
    first = str(ips[0]) if ips else names[0]
    alt: list[x509.GeneralName] = [x509.IPAddress(ip) for ip in ips]
    alt += [x509.DNSName(n) for n in names]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, first)]))
        .issuer_name(ca_cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now())
        .not_valid_after(_now() + dt.timedelta(days=SERVER_DAYS))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_encipherment=False,
                content_commitment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    _write_private(files.key, _key_pem(key))
    chain = cert.public_bytes(serialization.Encoding.PEM)
    with naming(files.cert):
        files.cert.write_bytes(chain + ca_cert.public_bytes(serialization.Encoding.PEM))
    return cert
