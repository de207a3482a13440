"""End to end in a real headless browser (Debian's chromium, driven by Playwright): `factdiff serve`, the page, the
side-by-side view, and the HTML report file; user text that holds markup never runs.

The screenshot of the seed pair is saved as artifacts/e2e-seed-pair.png.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (.ci/run installs it: apt-get install chromium)", allow_module_level=True)
pytest.importorskip("playwright", reason="the test extra is not installed (pip install -e '.[test,web]')")
pytest.importorskip("uvicorn", reason="the web extra is not installed (pip install -e '.[web]')")

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402

from factdiff.model import Report  # noqa: E402
from factdiff.report.html import render_html  # noqa: E402

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / ".." / "shared" / "seeds"
ARTIFACTS = ROOT / "artifacts"
FACTDIFF = Path(sys.executable).parent / "factdiff"
# the machine has no network: without the background-networking flags chromium keeps trying to connect out
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
START_TIMEOUT_S = 90

HOSTILE_REFERENCE = (
    "The mayor of Springfield said on Monday that 40 people were hurt in the fire "
    "<script>window.__xss = 'script'; alert('script')</script> at the old mill. "
    "<img src=x onerror=\"window.__xss = 'img'; alert('img')\"> Officials </textarea> counted the damage on Tuesday."
)
HOSTILE_CANDIDATE = (
    "<div><img src=x onerror=\"window.__xss = 'html'\">The mayor of Shelbyville said on Monday that 400 people were hurt in the "
    "fire <script>window.__xss = 'script'</script> at the old mill. </textarea><svg onload=\"window.__xss = 'svg'\"></svg> "
    "Officials <b onmouseover=\"window.__xss = 'hover'\">counted</b> the damage on Tuesday.</div>"
)
# records what a browser would report if any injected code ran or the page policy had to block something
WATCH = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`factdiff serve` on a free loopback port with one worker; its URL once /healthz answers."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen([str(FACTDIFF), "serve", "--port", "0", "--workers", "1"], stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        url = wait_until_healthy(process, log)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_healthy(process: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"factdiff serve exited with {process.returncode}:\n{log.read_text()}")
        if url is None:
            found = re.search(r"serving on (http://\S+/)", log.read_text())
            url = found.group(1) if found else None
        if url is not None:
            try:
                if httpx.get(url + "healthz", timeout=2).status_code == 200:
                    return url
            except httpx.HTTPError:
                pass
        time.sleep(0.2)
    pytest.fail(f"factdiff serve did not answer /healthz within {START_TIMEOUT_S} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def browser() -> Browser:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Page:
    """A fresh page that records dialogs, page errors and every URL it requests."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.add_init_script(WATCH)
    page.dialogs, page.errors, page.requested = [], [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()


def seed_pair() -> tuple[str, str]:
    return (SEEDS / "reference.txt").read_text(encoding="utf-8"), (SEEDS / "candidate.txt").read_text(encoding="utf-8")


def compare_in_page(page: Page, server: str, reference: str, candidate: str) -> None:
    page.goto(server)
    page.fill("textarea[name=reference]", reference)
    page.fill("textarea[name=candidate]", candidate)
    page.click("button[type=submit]")
    expect(page.locator("#fd-result .fd-view")).to_be_visible(timeout=30_000)


def assert_nothing_ran(page: Page, origin: str) -> None:
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("window.__violations") == []
    assert page.dialogs == [] and page.errors == []
    assert page.locator(".fd-text script, .fd-text img, .fd-text svg, .fd-text b, .fd-text div").count() == 0
    assert [url for url in page.requested if not url.startswith(origin)] == []


def test_seed_pair_finding_on_new_york_state_is_highlighted_and_linked_to_the_reference(page, server):
    compare_in_page(page, server, *seed_pair())
    score = page.locator(".fd-score-value")
    expect(score).to_have_text(re.compile(r"^0\.\d\d$"))
    new_york = page.locator(".fd-text[data-side=candidate] mark", has_text="New York State")
    expect(new_york).to_have_count(1)
    expect(new_york).to_have_attribute("data-sev", "critical")
    assert new_york.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")

    new_york.click()
    linked = page.locator(".fd-text[data-side=reference] mark.fd-active")
    expect(linked).to_have_text(["NIS"])
    expect(linked).to_be_in_viewport()
    expect(page.locator(".fd-detail")).to_contain_text("'New York State' stands where the reference names 'NIS'")
    expect(page.locator(".fd-finding.fd-active")).to_contain_text("New York State")

    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "e2e-seed-pair.png"
    page.screenshot(path=str(screenshot), full_page=True)
    print(f"screenshot: {screenshot.resolve()}")
    assert_nothing_ran(page, server)


def test_a_calibration_profile_is_offered_for_the_chosen_mode_only_and_scores_the_view(page, server):
    from factdiff.score import profiles

    summary = next(name for name, mode in profiles().items() if mode == "summary")
    translation = next(name for name, mode in profiles().items() if mode == "translation")
    page.goto(server)
    page.select_option("select[name=mode]", "summary")
    expect(page.locator(f"select[name=profile] option[value='{translation}']")).to_be_disabled()
    expect(page.locator(f"select[name=profile] option[value='{summary}']")).to_be_enabled()
    page.select_option("select[name=profile]", summary)
    page.select_option("select[name=mode]", "translation")  # the summary profile cannot score a translation
    expect(page.locator("select[name=profile]")).to_have_value("")
    page.select_option("select[name=mode]", "summary")
    page.select_option("select[name=profile]", summary)
    page.fill("textarea[name=reference]", "The mill in Carrow employed 300 people until it shut in 2015.")
    page.fill("textarea[name=candidate]", "The Carrow mill had 400 staff.")
    page.click("button[type=submit]")
    expect(page.locator("#fd-result .fd-view")).to_be_visible(timeout=30_000)
    expect(page.locator(".fd-score-value")).to_have_text(re.compile(r"^0\.\d\d$"))
    assert page.errors == []


def test_filters_hide_findings_and_their_highlights(page, server):
    compare_in_page(page, server, *seed_pair())
    new_york = page.locator(".fd-text[data-side=candidate] mark", has_text="New York State")
    finding = page.locator(".fd-finding", has_text="'New York State' stands where")
    page.locator(".fd-filters input[name=severity][value=critical]").uncheck()
    expect(finding).to_be_hidden()
    expect(new_york).to_have_class(re.compile(r"\bfd-off\b"))
    expect(page.locator(".fd-finding[data-sev=major]").first).to_be_visible()
    page.locator(".fd-filters input[name=severity][value=critical]").check()
    page.locator(".fd-filters input[name=type][value=entity]").uncheck()
    expect(finding).to_be_hidden()
    expect(page.locator(".fd-finding[data-type=role]").first).to_be_visible()


def test_markup_in_user_text_never_runs_in_the_page(page, server):
    compare_in_page(page, server, HOSTILE_REFERENCE, HOSTILE_CANDIDATE)
    page.locator(".fd-text mark").first.hover()
    page.locator(".fd-text[data-side=candidate]").hover()
    assert page.locator(".fd-text[data-side=reference]").text_content() == HOSTILE_REFERENCE
    assert page.locator(".fd-text[data-side=candidate]").text_content() == HOSTILE_CANDIDATE
    assert page.locator(".fd-text mark").count() > 0
    assert_nothing_ran(page, server)


def test_markup_in_user_text_never_runs_in_the_html_report(page, server, tmp_path):
    response = httpx.post(server + "v1/compare", json={"reference": HOSTILE_REFERENCE, "candidate": HOSTILE_CANDIDATE}, timeout=60)
    assert response.status_code == 200
    report = Report.model_validate(response.json())
    path = tmp_path / "hostile.html"
    path.write_text(render_html(report, HOSTILE_REFERENCE, HOSTILE_CANDIDATE), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator(".fd-view")).to_be_visible()
    page.locator(".fd-text mark").first.click()
    expect(page.locator(".fd-text mark.fd-active").first).to_be_visible()
    assert page.locator(".fd-text[data-side=reference]").text_content() == HOSTILE_REFERENCE
    assert page.locator(".fd-text[data-side=candidate]").text_content() == HOSTILE_CANDIDATE
    assert_nothing_ran(page, path.as_uri())


def test_healthz_answers_while_a_long_comparison_runs(server):
    reference, candidate = seed_pair()
    result: dict[str, int] = {}

    def compare_long_texts() -> None:
        # (twice the seed pair: long enough to be running when /healthz is asked, short enough to end within the
        # server's time limit on a loaded machine, where four times took 80 s)
        response = httpx.post(server + "v1/compare", json={"reference": reference * 2, "candidate": candidate * 2}, timeout=120)
        result["status"] = response.status_code

    comparison = threading.Thread(target=compare_long_texts)
    comparison.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert httpx.get(server + "healthz", timeout=5).status_code == 200
    waited = time.monotonic() - started
    still_running = comparison.is_alive()
    comparison.join()
    assert result == {"status": 200}
    assert still_running, "the comparison ended before /healthz was asked; make it longer"
    assert waited < 1.0
