"""Telephony providers: how a phone call reaches the stall line (call set-up, TwiML)."""
