"""The HTTP API (FastAPI). Routes are thin: validate, one service call, serialise.

The model and index load once at start-up (lifespan). Errors map to status codes in one
place (`STATUS`); every error body is `{"error": "..."}`; no stack trace reaches a client.
"""

from __future__ import annotations

import logging
import secrets
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware

from ingest.errors import (
    BadFilter,
    BadQuestion,
    Forbidden,
    IndexCorrupt,
    IndexMismatch,
    IndexMissing,
    IngestError,
    ModelError,
    NotFound,
    OverensError,
    code_for,
)
from retrieval.records import Filters
from retrieval.service import Service, answer_json, commitments_csv, hit_json
from retrieval.settings import Settings

log = logging.getLogger(__name__)

STATUS: dict[type, int] = {
    BadQuestion: 422,
    BadFilter: 422,
    NotFound: 404,
    Forbidden: 403,
    IngestError: 422,
    IndexMissing: 503,
    IndexMismatch: 503,
    IndexCorrupt: 503,
    ModelError: 503,
}


def status_of(e: OverensError) -> int:
    return code_for(e, STATUS, 400)


class AskFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str | None = Field(None, max_length=200)
    principle: str | None = Field(None, max_length=100)
    party: str | None = Field(None, max_length=50)


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    question: str = Field(..., description="the question, Swedish or English", max_length=100_000)
    history: list[Annotated[str, Field(max_length=100_000)]] = Field(
        default_factory=list, description="earlier questions of the conversation", max_length=1000
    )
    filters: AskFilters | None = None


class BodyLimit(BaseHTTPMiddleware):
    """Refuse bodies over the limit before parsing them."""

    def __init__(self, app, limit: int):
        super().__init__(app)
        self.limit = limit

    async def dispatch(self, request: Request, call_next):
        response = await self._dispatch(request, call_next)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    async def _dispatch(self, request: Request, call_next):
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.limit:
            return JSONResponse({"error": f"request body is {length} bytes; the limit is {self.limit}"}, 413)
        if request.method in ("POST", "PUT", "PATCH") and not length:
            body = await request.body()
            if len(body) > self.limit:
                return JSONResponse({"error": f"request body is over the {self.limit}-byte limit"}, 413)
        return await call_next(request)


def create_app(settings: Settings | None = None, service: Service | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        svc = service or Service(settings)
        svc.state()  # load model and index once, before the first request
        app.state.service = svc
        yield

    app = FastAPI(
        title="overens",
        description="Answers with exact citations over agreements between Swedish municipalities/regions "
        "and civil society (idéburen sektor).",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(OverensError)
    async def _overens_error(request: Request, exc: OverensError):
        return JSONResponse({"error": str(exc)}, status_code=status_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            parts.append(f"{loc or 'body'}: {err.get('msg')}")
        return JSONResponse({"error": "invalid request: " + "; ".join(parts)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": "internal error; the incident was logged"}, status_code=500)

    def svc(request: Request) -> Service:
        return request.app.state.service

    def limit_question(q: str) -> None:
        if len(q) > settings.max_question_chars:
            raise BadQuestion(
                f"the question is {len(q)} characters; the limit is {settings.max_question_chars}: shorten it"
            )

    @app.post("/ask", summary="Answer a question with exact citations")
    def ask(body: AskRequest, request: Request) -> dict[str, Any]:
        limit_question(body.question)
        if len(body.history) > settings.max_history:
            raise BadQuestion(f"history has {len(body.history)} questions; the limit is {settings.max_history}")
        history = [h[: settings.max_question_chars] for h in body.history]
        f = body.filters or AskFilters()
        a = svc(request).ask(body.question, history, Filters(f.document, f.principle, f.party))
        return answer_json(a)

    @app.get("/search", summary="Ranked passages with citation fields")
    def search(
        request: Request,
        q: Annotated[str, Query(max_length=100_000)],
        k: Annotated[int, Query(ge=1, le=50)] = 10,
        document: Annotated[str | None, Query(max_length=200)] = None,
        principle: Annotated[str | None, Query(max_length=100)] = None,
        party: Annotated[str | None, Query(max_length=50)] = None,
    ) -> dict[str, Any]:
        limit_question(q)
        hits = svc(request).search(q, k, Filters(document, principle, party))
        return {"query": q, "hits": [hit_json(h) for h in hits]}

    @app.get("/documents", summary="The documents' metadata")
    def documents(request: Request) -> dict[str, Any]:
        return {"documents": svc(request).documents()}

    @app.get("/documents/{doc_id}", summary="One document: text, clean text and sections")
    def document(doc_id: Annotated[str, Field(max_length=200)], request: Request) -> dict[str, Any]:
        return svc(request).document(doc_id)

    @app.get("/commitments", summary="Structured commitments (JSON, or CSV with Accept: text/csv or ?format=csv)")
    def commitments(
        request: Request,
        document: Annotated[str | None, Query(max_length=200)] = None,
        principle: Annotated[str | None, Query(max_length=100)] = None,
        party: Annotated[str | None, Query(max_length=50)] = None,
        format: Annotated[str | None, Query(pattern="^(json|csv)$")] = None,
        accept: Annotated[str | None, Header()] = None,
    ):
        rows = svc(request).commitments(Filters(document, principle, party))
        if format == "csv" or (format is None and accept and "text/csv" in accept):
            return PlainTextResponse(
                commitments_csv(rows),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": 'attachment; filename="overens-commitments.csv"'},
            )
        return {"commitments": rows}

    @app.get("/health", summary="Liveness and what is loaded")
    def health(request: Request) -> dict[str, Any]:
        return svc(request).health()

    @app.post("/admin/reindex", summary="Re-ingest the corpus (requires the admin token; off when none is set)")
    def reindex(request: Request, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        token = settings.admin_token
        if not token:
            raise Forbidden("re-indexing over HTTP is off: set OVERENS_ADMIN_TOKEN to enable it")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise Forbidden("missing or wrong token: send 'Authorization: Bearer <OVERENS_ADMIN_TOKEN>'")
        report = svc(request).ingest()
        return {"documents": report.documents, "chunks": report.chunks, "rebuilt": report.rebuilt,
                "failures": [f.reason for f in report.failures]}

    return app


def app_factory() -> FastAPI:
    """For `uvicorn --factory app.api:app_factory`."""
    return create_app(Settings())
