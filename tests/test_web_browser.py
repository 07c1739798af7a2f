"""One end-to-end run in a real browser: headless Chromium (Debian's) drives `warpath serve`'s app over the
sample corpus, from the overview to a dyad, to one of its events, to the article with the evidence marked."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import SAMPLE

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.model]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path, nlp):
    """The app over the coded sample corpus, served by uvicorn on a free loopback port in a thread."""
    import uvicorn

    from warpath.batch import run
    from warpath.ingest import IngestOptions
    from warpath.store import Store
    from warpath.web import create_app

    db = tmp_path / "sample.duckdb"
    with Store(db) as store:
        assert run([str(SAMPLE)], IngestOptions(), store=store, pipeline=nlp).failed == 0
    port = free_port()
    config = uvicorn.Config(create_app(db, pipeline_factory=lambda: nlp), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_overview_to_dyad_to_event_to_article(server, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is in the dev extra")
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 820})
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.set_default_timeout(15_000)

            page.goto(server + "/")
            page.wait_for_selector("#overview-index .main-svg")  # Plotly drew the chart, from our own server
            shots = [("overview", page.screenshot(path=str(tmp_path / "overview.png")))]
            page.locator("ol.alerts a.dyad", has_text="UKR-RUS").first.click()

            page.wait_for_selector("#dyad-index .main-svg")
            assert page.url.startswith(server + "/dyads/UKR-RUS") and "period=" in page.url
            assert page.locator("#events h2").inner_text().startswith("Events of ")
            page.locator("#events a.event-link").first.click()

            page.wait_for_selector("blockquote.evidence-quote")
            evidence = page.locator("blockquote.evidence-quote").inner_text().strip("“”\"")
            page.locator("a.article-link").click()

            page.wait_for_selector("mark.evidence.selected")
            marked = "".join(page.locator("mark.evidence.selected").all_inner_texts())
            assert marked.split() == evidence.split()
            assert page.locator("mark.actor").count() > 0 and page.locator("mark.time").count() > 0
            assert page.locator("tr.chosen").count() == 1
            page.locator("mark.evidence.selected").first.scroll_into_view_if_needed()
            shots.append(("article", page.screenshot(path=str(tmp_path / "article.png"), full_page=True)))
        finally:
            browser.close()
    assert not problems, problems  # no script errors, no resource refused by the content security policy
    keep = os.environ.get("WARPATH_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for name, _ in shots:
            shutil.copy(tmp_path / f"{name}.png", Path(keep) / f"{name}.png")
    assert (tmp_path / "overview.png").stat().st_size > 10_000
