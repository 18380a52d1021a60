"""Readers that turn files (text, HTML, JSON lines, feeds, WARC) into documents to extract."""

from parley.ingest.readers import RawDocument, iter_documents, read_path

__all__ = ["RawDocument", "iter_documents", "read_path"]
