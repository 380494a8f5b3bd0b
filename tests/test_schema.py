"""The OpenAPI schema tells the truth: `schemathesis run …/openapi.json --checks all` against a real
`overens serve` (the real model, the real index) reports no failure: every status a route answers is
documented with its body, what the schema allows is answered, what it forbids is refused, a 405 says
what is allowed. The server has no admin token, so the data-changing routes answer 403 and the corpus
is never changed. Settings for schemathesis (413 for a body over the byte limit) in schemathesis.toml.
"""

from __future__ import annotations

import subprocess

import pytest

from retrieval.settings import ROOT
from tests.servers import overens_serve, venv_bin

pytestmark = pytest.mark.slow


def test_schemathesis_finds_no_difference_between_the_schema_and_the_server(real_service, tmp_path):
    with overens_serve(real_service.settings, tmp_path / "api.log") as url:
        run = subprocess.run(
            [
                venv_bin("schemathesis"),
                "--config-file",
                str(ROOT / "schemathesis.toml"),
                "--no-color",
                "run",
                f"{url}/openapi.json",
                "--checks",
                "all",
            ],
            cwd=tmp_path,  # its caches (.schemathesis, .hypothesis) stay out of the repository
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-6000:]
    assert " passed" in output and "failure" not in output.split("SUMMARY")[-1], output[-3000:]
