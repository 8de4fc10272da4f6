"""claimcheck: find officials' attributed claims in news articles and check them against evidence."""

__version__ = "0.1.0"
