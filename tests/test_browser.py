"""Browser tier: the real API (`overens serve`) and the real UI (`streamlit run app/ui.py`) on loopback
ports, driven by headless Debian chromium through Python playwright.

Run:  scripts/install_test_tools.sh && .venv/bin/pytest -m browser tests/test_browser.py
The index is built once per session into a temporary folder (conftest's `real_service`).
The answer test saves docs/screenshot.png (the README's screenshot).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from app.ui_helpers import t
from tests.servers import Server, free_port, overens_serve, venv_bin

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
QUESTION = "Vad åtar sig kommunen under principen om öppenhet och insyn?"
UI_START_SECONDS = 90
ANSWER_MS = 120_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: install it with scripts/install_test_tools.sh"
    ),
]


def _normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def api_url(real_service, tmp_path_factory) -> Iterator[str]:
    """The real API, `overens serve`, with the real model, serving the real index that the session's
    `real_service` (tests/conftest.py) built from corpus/ in a temporary folder: built once for the
    slow and browser tiers, and tests never touch data/."""
    with overens_serve(real_service.settings, tmp_path_factory.mktemp("api") / "api.log") as url:
        yield url


@pytest.fixture(scope="module")
def start_ui(tmp_path_factory) -> Iterator[Callable[[str], str]]:
    """Start the real Streamlit UI against a given API address; returns the UI's address."""
    servers: list[Server] = []

    def start(api: str) -> str:
        port = free_port()
        command = [
            venv_bin("streamlit"), "run", str(ROOT / "app" / "ui.py"),
            "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
            "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
            "--client.toolbarMode", "minimal",
        ]  # fmt: skip
        env = {**os.environ, "OVERENS_API_URL": api}
        log = tmp_path_factory.mktemp("ui") / "ui.log"
        server = Server("streamlit", command, f"http://127.0.0.1:{port}", log, env)
        servers.append(server)
        server.wait("/_stcore/health", UI_START_SECONDS)
        return server.url

    try:
        yield start
    finally:
        for server in servers:
            server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1050}, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


def test_answer_cites_sodertalje_and_highlights_the_passage(api_url, start_ui, page):
    from playwright.sync_api import expect

    # What the API itself cites for the question: the browser must show one of these passages.
    answer = httpx.post(f"{api_url}/ask", json={"question": QUESTION, "history": []}, timeout=120).json()
    cited = {_normalise(c["text"]) for c in answer["citations"] if "Södertälje" in c["title"]}
    assert cited, f"the API cites no Södertälje passage for {QUESTION!r}: {answer}"

    page.goto(start_ui(api_url))
    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill(QUESTION)
    chat.press("Enter")

    expect(page.locator(".ov-answer")).to_be_visible(timeout=ANSWER_MS)
    citation = page.get_by_test_id("stExpander").filter(has_text="Södertälje").first
    expect(citation).to_be_visible()
    citation.locator("summary").click()
    mark = citation.locator(".ov-passage mark").first
    expect(mark).to_be_visible()
    assert _normalise(mark.inner_text()) in cited

    # For the README: the question, the answer and the opened citation with its highlighted passage.
    # Streamlit keeps a chat scrolled to its end, so the window is made tall enough to show it all.
    expect(citation.locator(".ov-repaired")).to_be_visible()
    page.wait_for_timeout(1000)  # the expander's opening animation
    height = page.evaluate(
        """() => ['stMainBlockContainer', 'stBottomBlockContainer']
            .map(id => document.querySelector(`[data-testid="${id}"]`)?.scrollHeight || 0)
            .reduce((a, b) => a + b, 0)"""
    )
    page.set_viewport_size({"width": 1400, "height": max(1050, min(height + 40, 2400))})
    page.wait_for_timeout(500)
    (ROOT / "docs").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))


def test_page_says_clearly_when_the_api_is_down(start_ui, page):
    from playwright.sync_api import expect

    down = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    page.goto(start_ui(down))
    message = t("sv", "api_down", url=down).split("`")[0].strip()  # "API:t svarar inte på … Starta det med"
    expect(page.get_by_text(message).first).to_be_visible()

    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill(QUESTION)
    chat.press("Enter")
    expect(page.get_by_test_id("stChatMessage").get_by_text(message)).to_be_visible()
