"""A small HTTP client for the overens API, used by the UI (`app/ui.py`). Every failure is an `ApiError`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote

import httpx


class ApiError(Exception):
    """The API answered with an error; `message` is its `{"error": ...}` text.

    ApiError
     └── ApiUnavailable   the API could not be reached at all
    """

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class ApiUnavailable(ApiError):
    """Nothing answers at the API's address (connection refused, timeout)."""


class ApiClient:
    """A thin client for the overens HTTP API (see CONTRACT.md). Every failure is an `ApiError`."""

    def __init__(
        self, base_url: str, *, timeout: float = 120.0, transport: httpx.BaseTransport | None = None
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.transport = transport

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            with httpx.Client(
                base_url=self.base_url, timeout=self.timeout, transport=self.transport
            ) as client:
                response = client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ApiUnavailable(f"{self.base_url}: {exc}") from exc
        try:
            body = response.json()
        except ValueError:
            body = None
        if response.status_code >= 400:
            message = body.get("error") if isinstance(body, dict) else None
            raise ApiError(
                str(message or response.text[:200] or response.reason_phrase), response.status_code
            )
        if body is None:
            raise ApiError(f"{method} {path} did not answer JSON", response.status_code)
        return body

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/health")

    def documents(self) -> list[dict[str, Any]]:
        return self._request("GET", "/documents")["documents"]

    def document(self, doc_id: str) -> dict[str, Any]:
        return self._request("GET", f"/documents/{quote(doc_id, safe='')}")

    def commitments(self, filters: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        return self._request("GET", "/commitments", params=dict(filters or {}))["commitments"]

    def add_document(self, name: str, data: bytes, token: str, replace: bool = False) -> dict[str, Any]:
        """`POST /documents`: the added document's `doc_id`, `source` and `report`."""
        return self._request(
            "POST",
            "/documents",
            files={"file": (name, data)},
            params={"replace": "true"} if replace else None,
            headers={"Authorization": f"Bearer {token}"},
        )

    def ask(
        self, question: str, history: Sequence[str] = (), filters: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        payload = {"question": question, "history": list(history), "filters": dict(filters or {})}
        return self._request("POST", "/ask", json=payload)
