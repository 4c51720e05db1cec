"""`vyaparmitra tls dev`: HTTPS for phones on the LAN (see `server.tls`)."""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Callable
from pathlib import Path

import click

from server.cli_confirm import NeedsYes
from server.cli_serve import PORT
from server.settings import Settings

TRUST_STEPS = """\
Trust the certificate authority on each phone, once (copy {ca} to it: a cable, mail, a chat):
  Android: Settings > Security (& privacy) > More security settings > Encryption &
           credentials > Install a certificate > CA certificate > pick ca.crt.
  iPhone:  open ca.crt (AirDrop or mail) > "Profile Downloaded"; Settings > General >
           VPN & Device Management > install it; then Settings > General > About >
           Certificate Trust Settings > turn on full trust for "{label}".
  Check the fingerprint the phone shows: SHA-256 {fingerprint}"""

ENV_KEYS = ("VYAPAR_PUBLIC_BASE_URL", "VYAPAR_TLS_CERT_FILE", "VYAPAR_TLS_KEY_FILE")


class _EncryptedKey(Exception):
    """The key file asks for a passphrase."""


def _no_passphrase() -> str:
    raise _EncryptedKey


def check_tls_files(cert: Path, key: Path) -> None:
    """The certificate and key load as a pair, or one line says why (not a traceback
    from inside the server)."""
    for path in (cert, key):
        if not path.is_file():
            raise click.ClickException(f"TLS file not found: {path}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        # A key under a passphrase would have OpenSSL ask for it on the terminal, in
        # every worker: it is refused here instead.
        context.load_cert_chain(cert, key, password=_no_passphrase)
    except _EncryptedKey:
        raise click.ClickException(
            f"{key} is protected by a passphrase, which the server cannot type in; give a "
            "key without one (`openssl pkey -in KEY -out PLAIN`), readable only by the server."
        ) from None
    except (ssl.SSLError, OSError) as exc:
        raise click.ClickException(
            f"{cert} and {key} are not a certificate and its key ({exc}); "
            "`vyaparmitra tls dev` makes a pair for the LAN."
        ) from exc


def update_env_file(path: Path, values: dict[str, str]) -> None:
    """Set `values` in a dotenv file, keeping every other line as it was."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    left = dict(values)
    out: list[str] = []
    for line in lines:
        name = line.split("=", 1)[0].strip().removeprefix("export ").strip()
        if name in left:
            out.append(f"{name}={left.pop(name)}")
        else:
            out.append(line)
    out += [f"{name}={value}" for name, value in left.items()]
    from server.writes import naming

    with naming(path):
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


def register(main: click.Group, load: Callable[[], Settings]) -> None:
    @main.group()
    def tls() -> None:
        """HTTPS certificates."""

    @tls.command("dev")
    @click.option(
        "--ip",
        "ips",
        multiple=True,
        help="An address phones use to reach this machine (repeatable; default: found).",
    )
    @click.option("--name", "names", multiple=True, help="A host name to add (repeatable).")
    @click.option(
        "--port",
        default=None,
        type=PORT,
        help="The port served (VYAPAR_PORT).",
    )
    @click.option("--new-ca", is_flag=True, help="Make a new CA (phones must trust it again).")
    @click.option(
        "--env-file",
        default=".env",
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Where to set the public base URL and the TLS files.",
    )
    @click.option("--no-env-file", is_flag=True, help="Only print the settings.")
    @click.option(
        "--yes",
        is_flag=True,
        help="In production, write the env file all the same (refused without it).",
    )
    def dev(
        ips: tuple[str, ...],
        names: tuple[str, ...],
        port: int | None,
        new_ca: bool,
        env_file: Path,
        no_env_file: bool,
        yes: bool,
    ) -> None:
        """A local certificate authority and a certificate for this machine's LAN
        addresses, under the data folder; prints how to trust it on a phone and how to
        serve with it, and sets the public base URL to https://<LAN address>:<port>."""
        from cryptography.hazmat.primitives import hashes

        from server import tls as certs

        settings = load()
        if settings.env == "production" and not (no_env_file or yes):
            raise NeedsYes(
                f"VYAPAR_ENV=production: this makes a development certificate authority for "
                f"phones on a LAN and would write the public base URL and its certificate "
                f"into {env_file}, which the next `serve` started there reads (HTTPS only, "
                "a self-signed authority; a TLS proxy in front would get no answer). Pass "
                "--no-env-file to only print the settings, or --yes to write them anyway."
            )
        try:
            chosen = [ipaddress.ip_address(raw) for raw in ips]
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--ip") from exc
        try:
            names = tuple(dict.fromkeys(certs.dns_name(raw) for raw in names))
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--name") from exc
        addresses = chosen or certs.lan_addresses()
        if not addresses:
            click.echo("No LAN address found; pass --ip. Only this machine can use it.", err=True)
        loopback = ipaddress.ip_address("127.0.0.1")
        san_ips = [*addresses, *([loopback] if loopback not in addresses else [])]
        dns = [*names, *(n for n in certs.host_names() if n not in names)]
        files = certs.TlsFiles(settings.data_dir / "tls")
        label = dns[1] if len(dns) > 1 else "this machine"
        if new_ca or not (files.ca_cert.is_file() and files.ca_key.is_file()):
            ca = certs.make_ca(files, label)
            click.echo(f"New certificate authority: {files.ca_cert}")
        else:
            ca, _ = certs.load_ca(files)
            click.echo(f"Certificate authority kept (phones trusting it still do): {files.ca_cert}")
        cert = certs.make_server_cert(files, san_ips, dns)
        shown = ", ".join([*map(str, san_ips), *dns])
        until = cert.not_valid_after_utc.date()
        click.echo(f"Server certificate for {shown}, until {until}: {files.cert}")
        click.echo("")
        ca_name = ca.subject.rfc4514_string().split("CN=", 1)[-1].split(",")[0]
        fingerprint = ca.fingerprint(hashes.SHA256()).hex(":").upper()
        click.echo(TRUST_STEPS.format(ca=files.ca_cert, label=ca_name, fingerprint=fingerprint))
        click.echo("")
        port = port or settings.port
        host = addresses[0] if addresses else loopback
        shown_host = f"[{host}]" if host.version == 6 else str(host)
        base = f"https://{shown_host}" + ("" if port == 443 else f":{port}")
        values = {
            "VYAPAR_PUBLIC_BASE_URL": base,
            "VYAPAR_TLS_CERT_FILE": str(files.cert),
            "VYAPAR_TLS_KEY_FILE": str(files.key),
        }
        if no_env_file:
            click.echo("Settings (put them in .env or the environment):")
        else:
            update_env_file(env_file, values)
            click.echo(f"Settings written to {env_file}:")
        for name, value in values.items():
            click.echo(f"  {name}={value}")
        click.echo("")
        click.echo("Serve it on the LAN:")
        click.echo(
            f"  vyaparmitra serve --host 0.0.0.0 --port {port} "
            f"--tls-cert {files.cert} --tls-key {files.key}"
        )
        click.echo(
            f"Vendors open {base}/vendor on their phones; shoppers scan the stall's QR code "
            "(codes made from now on point there)."
        )
