"""The edges: CLI, HTTP API and Streamlit UI, thin over retrieval."""
