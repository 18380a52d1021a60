"""parley: a sourced, structured, queryable record of a peace process, from the news."""

from parley.errors import ConfigError, ExtractionError, InputError, ParleyError, StoreError
from parley.extract import extract
from parley.models import Actor, DocumentInfo, Event, Extraction, Figure, Position, Quote
from parley.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor", "ConfigError", "DocumentInfo", "Event", "Extraction", "ExtractionError", "Figure",
    "InputError", "ParleyError", "Position", "Quote", "Settings", "StoreError", "extract",
]
