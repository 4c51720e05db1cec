"""Live voice negotiation: tickets, rooms, wire protocols, and the turn pipeline."""
