"""Ingest: load, clean, structure and chunk the corpus documents.

Data flow (see README): load(path) -> Document; clean(Document) -> CleanText;
structure(Document, CleanText) -> Structure; chunk(...) -> list[Chunk].
"""
