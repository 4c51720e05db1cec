"""The negotiation domain: pure rules over the tables. No web framework, never commits."""
