"""The HTTP API (FastAPI). Routes are thin: validate, one service call, serialise.

The model and index load once at start-up (lifespan). Errors map to status codes in one
place (`STATUS`); every error body is `{"error": "..."}`; no stack trace reaches a client.
Every status a route can answer is in the OpenAPI schema with that body (`schemathesis run
…/openapi.json --checks all` finds no difference, tests/test_schema.py); a 405 says what is `Allow`ed.

Annotations are evaluated (no `from __future__ import annotations`): the routes are made inside
`create_app`, and their parameters' limits come from its `settings`.
"""

import logging
import re
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal, cast

from fastapi import Depends, FastAPI, Header, Path, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.routing import Match

from ingest.errors import (
    BadFilter,
    BadQuestion,
    FileConflict,
    FileTooLarge,
    Forbidden,
    IndexCorrupt,
    IndexMismatch,
    IndexMissing,
    IngestError,
    ModelError,
    NotFound,
    OverensError,
    Overloaded,
    UnsupportedFileType,
    code_for,
)
from retrieval.records import Filters
from retrieval.service import (
    Service,
    answer_json,
    commitments_csv,
    hit_json,
    report_json,
)
from retrieval.settings import Settings, load_settings

log = logging.getLogger(__name__)

STATUS: dict[type, int] = {
    BadQuestion: 422,
    # a filter the schema allows (any short string) that names no document or principle: the thing
    # asked for is not there, as for an unknown /documents/{doc_id}; a party outside the enum is a 422
    BadFilter: 404,
    NotFound: 404,
    Forbidden: 403,
    IngestError: 422,
    UnsupportedFileType: 415,
    FileTooLarge: 413,
    FileConflict: 409,
    IndexMissing: 503,
    IndexMismatch: 503,
    IndexCorrupt: 503,
    ModelError: 503,
    Overloaded: 503,
}


def status_of(e: OverensError) -> int:
    return code_for(e, STATUS, 400)


Party = Literal["public", "civil_society", "joint"]

# What the service itself refuses, declared in the schema so that it tells the truth; the service's
# own checks (retrieval/search.py) keep enforcing them with messages that give the value and the limit.
# A question has at least one letter of the Latin alphabets or a digit. Written out rather than `\w`,
# which JSON Schema's regular expressions (ECMA-262) read as ASCII only and Python as any script; this
# API checks it itself with the same pattern, so what the schema allows the service answers.
QUESTION_PATTERN = r"[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"


def question_schema(settings: Settings) -> dict[str, Any]:
    return {"minLength": 1, "maxLength": settings.max_question_chars, "pattern": QUESTION_PATTERN}


class AskFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str | None = Field(
        default=None, max_length=200, description="a doc_id, file name or place; unknown: 404"
    )
    principle: str | None = Field(
        default=None, max_length=100, description="a principle id or name; unknown: 404"
    )
    party: Party | None = None


class AskBody(BaseModel):
    """What a POST /ask body holds; `ask_request_model` makes the class with the limits of a `Settings`."""

    question: str
    history: list[str] = []
    filters: AskFilters | None = None


def ask_request_model(settings: Settings) -> type[AskBody]:
    """The body of POST /ask, its limits from `settings` (the question's and the history's)."""

    class AskRequest(AskBody):
        model_config = ConfigDict(extra="ignore")
        question: str = Field(
            ..., description="the question, Swedish or English", json_schema_extra=question_schema(settings)
        )
        # each earlier question has the question's limit, so that a full conversation fits the body limit
        history: list[Annotated[str, Field(max_length=settings.max_question_chars)]] = Field(
            default_factory=list,
            description="earlier questions of the conversation",
            json_schema_extra={"maxItems": settings.max_history},
        )
        filters: AskFilters | None = None

    return AskRequest


class ErrorBody(BaseModel):
    error: str = Field(..., description="what was wrong, the value or limit, and how to fix it")


class AddedDocument(BaseModel):
    doc_id: str
    source: str = Field(..., description="the file's name in the corpus (sanitised)")
    report: dict[str, Any] = Field(
        ...,
        description="what ingest understood: format, pages, sections, "
        "principles, commitments per party, warnings",
    )


UPLOAD_PATH = "/documents"
MULTIPART_OVERHEAD = 64_000  # boundaries and part headers around an uploaded file


class BodyLimit(BaseHTTPMiddleware):
    """Refuse bodies over the limit before parsing them; an upload (POST /documents) has its own limit."""

    def __init__(self, app, limit: int, upload_limit: int | None = None):
        super().__init__(app)
        self.body_limit = limit
        self.upload_limit = upload_limit if upload_limit is not None else limit

    async def dispatch(self, request: Request, call_next):
        response = await self._dispatch(request, call_next)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    async def _dispatch(self, request: Request, call_next):
        upload = request.method == "POST" and request.url.path == UPLOAD_PATH
        limit = self.upload_limit + MULTIPART_OVERHEAD if upload else self.body_limit
        fix = f" (a file may have {self.upload_limit} bytes: OVERENS_MAX_UPLOAD_BYTES)" if upload else ""
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > limit:
            return JSONResponse({"error": f"request body is {length} bytes; the limit is {limit}{fix}"}, 413)
        if request.method in ("POST", "PUT", "PATCH") and not length:
            body = await request.body()
            if len(body) > limit:
                return JSONResponse({"error": f"request body is over the {limit}-byte limit{fix}"}, 413)
        return await call_next(request)


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """The methods the routes of the request's path answer (for a 405's `Allow` header)."""
    methods: set[str] = set()
    for route in app.router.routes:
        if isinstance(route, APIRoute) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods or set()
    return sorted(methods)


def create_app(settings: Settings | None = None, service: Service | None = None) -> FastAPI:
    settings = settings or load_settings()

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
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes, upload_limit=settings.max_upload_bytes)

    @app.exception_handler(OverensError)
    async def _overens_error(request: Request, exc: OverensError):
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, Overloaded) else None
        return JSONResponse({"error": str(exc)}, status_code=status_of(exc), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            parts.append(f"{loc or 'body'}: {err.get('msg')}")
        return JSONResponse({"error": "invalid request: " + "; ".join(parts)}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path (Starlette names only its first route's)
            headers["Allow"] = ", ".join(allowed_methods(app, request))
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=headers or None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": "internal error; the incident was logged"}, status_code=500)

    def svc(request: Request) -> Service:
        return request.app.state.service

    def require_admin(authorization: Annotated[str | None, Header()] = None) -> None:
        """The data-changing routes: off without OVERENS_ADMIN_TOKEN, then 'Authorization: Bearer <token>'.
        A dependency, so it answers 403 before the request body is validated."""
        token = settings.admin_token
        if not token:
            raise Forbidden(
                "changing the corpus over HTTP is off: start the server with OVERENS_ADMIN_TOKEN=<a secret> "
                "to enable it, and send 'Authorization: Bearer <that secret>'"
            )
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise Forbidden("missing or wrong token: send 'Authorization: Bearer <OVERENS_ADMIN_TOKEN>'")

    def limit_question(q: str) -> None:
        if len(q) > settings.max_question_chars:
            raise BadQuestion(
                f"the question is {len(q)} characters; the limit is {settings.max_question_chars}: shorten it"
            )
        if q.strip() and not re.search(QUESTION_PATTERN, q):
            raise BadQuestion(
                f"the question {q[:40]!r} has no letter or digit; write it in Swedish or English"
            )

    AskRequest = ask_request_model(settings)
    question = question_schema(settings)

    def error(description: str) -> dict[str, Any]:
        return {"model": ErrorBody, "description": description}

    invalid = error("invalid parameters or body: the error names the field, the value and the limit")
    unknown_filter = error("a filter names no known document or principle; the error lists the known ones")
    too_large = error(f"the request body is over {settings.max_body_bytes} bytes (OVERENS_MAX_BODY_BYTES)")

    inflight = [0]  # questions admitted and not yet answered (the event loop is one thread: no lock)

    async def admit() -> AsyncIterator[None]:
        """At most `max_pending_queries` questions in the server at once: one more is refused at once with
        503 and Retry-After, before it takes a worker thread, instead of waiting in an unbounded line."""
        if inflight[0] >= settings.max_pending_queries:
            raise Overloaded(
                f"{inflight[0]} questions are already being answered "
                f"(the limit is {settings.max_pending_queries}, "
                "OVERENS_MAX_PENDING_QUERIES): retry in a second",
                retry_after=1,
            )
        inflight[0] += 1
        try:
            yield
        finally:
            inflight[0] -= 1

    busy: dict[int | str, dict[str, Any]] = {
        503: {
            "model": ErrorBody,
            "description": "too many questions at once (Retry-After says when to retry), "
            "or no index or model loaded",
        },
    }

    @app.post(
        "/ask",
        summary="Answer a question with exact citations",
        dependencies=[Depends(admit)],
        responses={
            400: error("the body cannot be read as JSON (not UTF-8)"),
            404: unknown_filter,
            413: too_large,
            422: invalid,
            **busy,
        },
    )
    def ask(request_body: AskRequest, request: Request) -> dict[str, Any]:  # type: ignore[valid-type]
        body = cast(AskBody, request_body)  # the class is made per app (its limits); its fields are AskBody's
        limit_question(body.question)
        if len(body.history) > settings.max_history:
            raise BadQuestion(
                f"history has {len(body.history)} questions; the limit is {settings.max_history}"
            )
        f = body.filters or AskFilters()
        a = svc(request).ask(body.question, body.history, Filters(f.document, f.principle, f.party))
        return answer_json(a)

    @app.get(
        "/search",
        summary="Ranked passages with citation fields",
        dependencies=[Depends(admit)],
        responses={404: unknown_filter, 422: invalid, **busy},
    )
    def search(
        request: Request,
        q: Annotated[str, Query(max_length=100_000, json_schema_extra=question)],
        k: Annotated[int, Query(ge=1, le=settings.max_k)] = 10,
        document: Annotated[str | None, Query(max_length=200)] = None,
        principle: Annotated[str | None, Query(max_length=100)] = None,
        party: Annotated[Party | None, Query()] = None,
    ) -> dict[str, Any]:
        limit_question(q)
        hits = svc(request).search(q, k, Filters(document, principle, party))
        return {"query": q, "hits": [hit_json(h) for h in hits]}

    @app.get("/documents", summary="The documents' metadata")
    def documents(request: Request) -> dict[str, Any]:
        return {"documents": svc(request).documents()}

    @app.get(
        "/documents/{doc_id}",
        summary="One document: text, clean text and sections",
        responses={404: error("no document has that id, file name or place"), 422: invalid},
    )
    def document(doc_id: Annotated[str, Path(max_length=200)], request: Request) -> dict[str, Any]:
        return svc(request).document(doc_id)

    @app.get(
        "/commitments",
        summary="Structured commitments (JSON, or CSV with Accept: text/csv or ?format=csv)",
        responses={
            200: {
                "content": {"text/csv": {"schema": {"type": "string"}}},
                "description": "the commitments as JSON, or as CSV when asked for",
            },
            404: unknown_filter,
            422: invalid,
        },
    )
    def commitments(
        request: Request,
        document: Annotated[str | None, Query(max_length=200)] = None,
        principle: Annotated[str | None, Query(max_length=100)] = None,
        party: Annotated[Party | None, Query()] = None,
        format: Annotated[Literal["json", "csv"] | None, Query()] = None,
        accept: Annotated[str | None, Header()] = None,
    ) -> Any:
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

    errors: dict[int | str, dict[str, Any]] = {
        403: error("no admin token configured, or a missing or wrong token"),
    }

    @app.post(
        UPLOAD_PATH,
        status_code=201,
        summary="Add a document to the corpus and re-index (requires the admin token; off when none is set)",
        dependencies=[Depends(require_admin)],
        responses={
            201: {"description": "added and indexed: the document's doc_id, file name and report"},
            400: error("the request is not a readable multipart upload"),
            **errors,
            409: error("another file of that name (use ?replace=true) or doc_id"),
            413: error("the file is over the size limit (OVERENS_MAX_UPLOAD_BYTES)"),
            415: error("a file type the loaders do not read"),
            422: error("the loader refuses the file (empty, binary, broken, no text), or no file was sent"),
        },
    )
    def add_document(request: Request, file: UploadFile, replace: bool = False) -> AddedDocument:
        data = file.file.read()  # already spooled by the parser, and BodyLimit bounds it near the limit
        report = svc(request).add_document(file.filename or "", data, replace=replace)
        return AddedDocument(doc_id=report.doc_id, source=report.source, report=report_json(report))

    @app.post(
        "/admin/reindex",
        summary="Re-ingest the corpus (requires the admin token; off when none is set)",
        dependencies=[Depends(require_admin)],
        responses={**errors, 422: error("no document in the corpus could be ingested")},
    )
    def reindex(request: Request) -> dict[str, Any]:
        report = svc(request).ingest()
        return {
            "documents": report.documents,
            "chunks": report.chunks,
            "rebuilt": report.rebuilt,
            "failures": [f.reason for f in report.failures],
        }

    return app


def app_factory() -> FastAPI:
    """For `uvicorn --factory app.api:app_factory`."""
    return create_app(load_settings())
