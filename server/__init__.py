"""VyaparMitra: real-time voice negotiation for Indian markets."""

__version__ = "0.1.0"
