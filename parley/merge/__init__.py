"""Cross-document merging: stories (near-duplicates), events, quotes and canonical actors."""

from parley.merge.actors import fold
from parley.merge.events import EventKey, same_event
from parley.merge.quotes import same_quote
from parley.merge.stories import Fingerprint, fingerprint, similar

__all__ = ["EventKey", "Fingerprint", "fingerprint", "fold", "same_event", "same_quote", "similar"]
