#!/usr/bin/env python3
"""Tests of `brief serve` in a real browser: headless Chromium (Debian's
chromium and chromium-driver) driven by Selenium, on a copy of the sample
corpus. Run by scripts/test:

    Tests/Browser/test_serve.py BRIEF_EXECUTABLE [--screenshots DIR]

What a person does, checked as they would see it: open an issue and read its
matrix; download its brief (a valid PDF with the issue's title); upload a
page, correct a field and add a new engagement with "new…" on the review
screen, save and accept it, and find it in the issue's matrix; and axe-core finds
no accessibility violation on the main pages. With --screenshots, the main
pages are also captured at desktop (1280x900) and phone (390x844) widths.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "Tests" / "IngestTests" / "Pages"
MAIN_PAGES = ["/", "/issues", "/issues/detainees", "/organizations", "/organizations/hrw", "/events",
              "/events/trump-putin-call-2025", "/documents", "/documents/2025-03-hrw-trump-putin-call",
              "/years/2025", "/outcomes", "/search?q=civilians", "/check", "/help/format", "/drafts"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def axe_script():
    """axe-core as shipped by the PyPI package axe-playwright-python (the
    file only; the tests drive it through Selenium)."""
    import importlib.util
    spec = importlib.util.find_spec("axe_playwright_python")  # found, not imported: it would need Playwright
    return (Path(spec.origin).parent / "axe.min.js").read_text()


class Server:
    def __init__(self, brief, corpus):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([brief, "serve", "--corpus", corpus, "--port", str(self.port)],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.base + "/", timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("brief serve stopped: " + self.process.stdout.read())
                time.sleep(0.2)
        raise RuntimeError("brief serve did not answer within 30 s")

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def browser(download_dir, width=1280, height=900, phone=False):
    options = Options()
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}"]:
        options.add_argument(a)
    if phone:
        # A window cannot be narrower than 500 px: a phone's width is emulated.
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    options.add_experimental_option("prefs", {"download.default_directory": download_dir,
                                              "plugins.always_open_pdf_externally": True})
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def test_issue_matrix(driver, base):
    driver.get(base + "/issues")
    driver.find_element(By.LINK_TEXT, "Detainees — civilians, prisoners of war and political prisoners").click()
    check(driver.current_url.endswith("/issues/detainees"), "the issue list links to the issue")
    matrix = driver.find_element(By.CSS_SELECTOR, "table.matrix")
    rows = [r.text for r in matrix.find_elements(By.CSS_SELECTOR, "tbody th")]
    check(any("HRW" in r or "Human Rights Watch" in r for r in rows), f"the matrix has HRW as a row: {rows}")
    headers = [h.text for h in matrix.find_elements(By.CSS_SELECTOR, "thead th")]
    check(any("Release detained Ukrainian civilians" in h for h in headers), "the matrix has the demand as a column")
    check(matrix.is_displayed(), "the matrix is visible")


def test_brief_download(driver, base, downloads):
    driver.get(base + "/issues/detainees")
    href = driver.find_element(By.LINK_TEXT, "Download PDF").get_attribute("href")
    check(href.endswith("/issues/detainees/brief.pdf"), "the brief has a stable address")
    driver.find_element(By.LINK_TEXT, "Download PDF").click()
    pdf = Path(downloads) / "detainees.pdf"
    deadline = time.time() + 120
    while time.time() < deadline and not (pdf.exists() and pdf.stat().st_size > 0):
        time.sleep(0.5)
    check(pdf.exists(), "the browser downloaded detainees.pdf")
    if pdf.exists():
        check(pdf.read_bytes()[:5] == b"%PDF-", "it is a PDF")
        ok = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        check(ok.returncode == 0, "qpdf finds it valid")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        check("Detainees — civilians, prisoners of war and political prisoners" in " ".join(text.split()), "it has the issue's title")


def test_enter_document(driver, base, corpus):
    driver.get(base + "/drafts")
    check(driver.find_element(By.ID, "u-progress").get_attribute("hidden") is not None, "the upload's progress bar waits hidden")
    driver.find_element(By.ID, "u-pages").send_keys(str(PAGES / "dayless-letter.txt"))
    driver.find_element(By.XPATH, "//button[text()='Make drafts']").click()
    WebDriverWait(driver, 60).until(expected_conditions.presence_of_element_located((By.ID, "f-title")))
    check("/drafts/" in driver.current_url, "the upload opens the draft's review screen")
    check(len(driver.find_elements(By.CSS_SELECTOR, ".page-text mark")) > 0, "quotes are marked in the page")
    summary = axe_violations(driver)
    check(not summary, "axe-core: no violations on the review screen" + ("" if not summary else f": {summary}"))
    title = driver.find_element(By.ID, "f-title")
    title.clear()
    title.send_keys("Letter on jailed protesters, corrected")
    # "new…": an engagement the corpus lacks, described on the review screen.
    details = driver.find_element(By.ID, "new-event")
    check(details.get_attribute("open") is None, "the new engagement's fields start folded")
    Select(driver.find_element(By.ID, "f-event")).select_by_value("+new")
    check(details.get_attribute("open") is not None, "choosing “new engagement…” opens its fields")
    driver.find_element(By.ID, "n-ev-title").send_keys("Rights dialogue in Vienna")
    driver.find_element(By.ID, "n-ev-date").send_keys("2025-03")
    driver.find_element(By.XPATH, "//button[text()='Save']").click()
    WebDriverWait(driver, 30).until(expected_conditions.url_contains("saved=1"))
    draft_id = driver.current_url.split("/drafts/")[1].split("?")[0]
    saved = (Path(corpus) / "drafts" / "documents" / f"{draft_id}.md").read_text()
    check('title: "Letter on jailed protesters, corrected"' in saved, "the corrected title is saved in the draft")
    check("event: rights-dialogue-in-vienna-2025" in saved, "the draft names the new engagement")
    proposed = (Path(corpus) / "drafts" / "events.yaml").read_text()
    check("- id: rights-dialogue-in-vienna-2025" in proposed, "the new engagement is proposed beside the drafts")
    chosen = Select(driver.find_element(By.ID, "f-event")).first_selected_option.text
    check("Rights dialogue in Vienna" in chosen, f"the review screen shows it chosen ({chosen})")
    accept = driver.find_elements(By.XPATH, "//button[text()='Accept into the corpus']")
    check(bool(accept), "the review screen offers to accept the draft")
    if not accept:
        return
    accept[0].click()
    WebDriverWait(driver, 60).until(expected_conditions.url_contains("/documents/"))
    document_url = driver.current_url.split("?")[0]
    document_path = document_url[document_url.index("/documents/"):]
    check(driver.find_element(By.TAG_NAME, "h1").text == "Letter on jailed protesters, corrected", "the accepted document has the corrected title")
    notice = driver.find_element(By.ID, "h-accepted").find_element(By.XPATH, "..").text
    check("New engagement: Rights dialogue in Vienna" in notice, f"accepting says what it added ({notice})")
    check("brief check on the corpus now:" in notice, "and what check finds")
    check(not (Path(corpus) / "drafts" / "documents" / f"{draft_id}.md").exists(), "the draft is gone")
    # Its first ask links to its demand on the issue's page, where the matrix names the document.
    driver.find_element(By.CSS_SELECTOR, "ol.asks li a").click()
    WebDriverWait(driver, 30).until(expected_conditions.url_contains("/issues/"))
    links = [a.get_attribute("href") or "" for a in driver.find_elements(By.CSS_SELECTOR, "table.matrix a")]
    check(any(l.endswith(document_path) for l in links), f"the accepted document is in the issue's matrix ({driver.current_url})")


def axe_violations(driver):
    driver.execute_script(axe_script())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations)).catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}: {[n.get('target') for n in v['nodes'][:3]]})" for v in result]


def test_accessibility(driver, base):
    for path in MAIN_PAGES:
        driver.get(base + path)
        summary = axe_violations(driver)
        check(not summary, f"axe-core: no violations on {path}" + ("" if not summary else f": {summary}"))


def test_host_header(base):
    """A page elsewhere that rebinds its own name to 127.0.0.1 gets nothing."""
    import http.client
    port = int(base.rsplit(":", 1)[1])
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request("GET", "/issues", headers={"Host": f"attacker.example:{port}"})
    r = c.getresponse()
    body = r.read().decode()
    check(r.status == 421 and "Human Rights Watch" not in body, f"a foreign Host name is refused ({r.status})")
    c.request("GET", "/issues", headers={"Host": f"localhost:{port}"})
    r = c.getresponse()
    r.read()
    check(r.status == 200, "localhost is answered")


def screenshots(brief, corpus, out):
    os.makedirs(out, exist_ok=True)
    server = Server(brief, corpus)
    try:
        for (name, w, h) in [("desktop", 1280, 900), ("phone", 390, 844)]:
            driver = browser(tempfile.mkdtemp(), w, h, phone=name == "phone")
            try:
                for path in MAIN_PAGES:
                    driver.get(server.base + path)
                    slug = path.strip("/").replace("/", "-").replace("?", "-").replace("=", "-") or "overview"
                    driver.save_screenshot(os.path.join(out, f"{name}-{slug}.png"))
                    # The whole page too, as one tall picture.
                    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "format": "png"})
                    with open(os.path.join(out, f"{name}-{slug}-full.png"), "wb") as f:
                        f.write(__import__("base64").b64decode(shot["data"]))
                    wide = driver.execute_script(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                        " && !e.closest('.table-scroll, figure.timeline, pre')).map(e => e.tagName + '.' + e.className).slice(0, 5)")
                    if wide:
                        print(f"{name} {path}: wider than the screen: {wide}")
                # The review screen: a page uploaded once, then opened from the list.
                driver.get(server.base + "/drafts")
                if not driver.find_elements(By.CSS_SELECTOR, "ul.records a[href^='/drafts/']"):
                    driver.find_element(By.ID, "u-pages").send_keys(str(PAGES / "dayless-letter.txt"))
                    driver.find_element(By.XPATH, "//button[text()='Make drafts']").click()
                    WebDriverWait(driver, 60).until(expected_conditions.presence_of_element_located((By.ID, "f-title")))
                    driver.get(server.base + "/drafts")
                driver.find_element(By.CSS_SELECTOR, "ul.records a[href^='/drafts/']").click()
                driver.save_screenshot(os.path.join(out, f"{name}-review.png"))
                shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "format": "png"})
                with open(os.path.join(out, f"{name}-review-full.png"), "wb") as f:
                    f.write(__import__("base64").b64decode(shot["data"]))
            finally:
                driver.quit()
    finally:
        server.stop()


def main():
    brief = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="brief-browser-")
    corpus = os.path.join(work, "Corpus")
    shutil.copytree(REPO / "Corpus", corpus)
    if "--screenshots" in sys.argv:
        screenshots(brief, corpus, sys.argv[sys.argv.index("--screenshots") + 1])
        return
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    server = Server(brief, corpus)
    driver = browser(downloads)
    try:
        test_issue_matrix(driver, server.base)
        test_brief_download(driver, server.base, downloads)
        test_accessibility(driver, server.base)
        test_host_header(server.base)
        test_enter_document(driver, server.base, corpus)
    finally:
        driver.quit()
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} browser check(s) failed")
        sys.exit(1)
    print("browser tests passed")


if __name__ == "__main__":
    main()
