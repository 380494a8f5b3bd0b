"""Retrieval: the embedder, the hybrid index (FAISS + BM25), search and answer composition."""
