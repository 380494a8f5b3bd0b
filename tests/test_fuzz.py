"""Fuzz the HTTP API from its own OpenAPI schema (schemathesis): never a 5xx, every 4xx a JSON error.

Both valid and invalid requests are generated (schemathesis' positive and negative modes).
`/admin/reindex` is included: the app here has no admin token, so it must answer 403 and
never touches the shared index.

The schema is read at import from an app whose service is a stub (the OpenAPI document does
not depend on it); each generated request goes to an app over the `fake_service` fixture.
`schemathesis.pytest.from_fixture` would be the direct way, but it fails under pytest 9
(`'Function' object has no attribute '_nodeid'`, schemathesis 4.32).
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.api import create_app
from retrieval.settings import Settings


class _SchemaOnly:
    """Enough of a `Service` for the app to start and serve /openapi.json."""

    def state(self) -> None:
        return None


schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(Settings(admin_token=None), _SchemaOnly())
)


@pytest.fixture(scope="module")
def fuzz_app(fake_service):
    locked = fake_service.settings.model_copy(update={"admin_token": None})
    return create_app(locked, service=fake_service)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_errors_are_json(case, fuzz_app):
    response = case.call(app=fuzz_app)
    where = f"{case.method} {case.formatted_path}"
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
    if 400 <= response.status_code < 500:
        body = response.json()
        assert isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"], response.text
        assert "Traceback" not in response.text
    if case.path == "/admin/reindex" and case.method.upper() == "POST":
        assert response.status_code == 403, where
