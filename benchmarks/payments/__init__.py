"""The parts of `payments_load.py`: a throwaway database and its books, the traffic, CPU
accounting and the report."""
