"""The shopper page, the vendor console and the QR flyer (no build step; see pages.py)."""

from server.web.pages import mount

__all__ = ["mount"]
