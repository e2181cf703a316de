"""Browser end-to-end test of the web app in headless Debian Chromium (selenium +
/usr/bin/chromedriver): search, open an article, see a highlighted quote with its speaker
(hover explanation), filter the event table, check timeline and network render, and check a
screenshot is not blank. Run: python3 crates/marsad-server/e2e/browser.py (after
`cargo build --release -p marsad-cli`)."""

import os
import struct
import sys
import zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from common import Server  # noqa: E402


def png_colors(png):
    """Distinct RGB colours of an 8-bit RGB/RGBA PNG (pure Python: zlib + scanline filters)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", None
    while pos < len(png):
        (n,) = struct.unpack(">I", png[pos:pos + 4])
        kind, data = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", data[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += data
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colors = set()
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            colors.add(bytes(line[x:x + 3]))
        prev = line
    return width, height, colors


def main():
    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=ar"):
        opts.add_argument(a)
    with Server() as srv:
        srv.ingest_fixture()
        driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=opts)
        wait = WebDriverWait(driver, 30)
        try:
            driver.get(srv.base + "/")
            assert driver.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
            # Search.
            box = wait.until(EC.presence_of_element_located((By.ID, "q")))
            box.send_keys("ظريف")
            driver.find_element(By.ID, "search-btn").click()
            link = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, ".hit h2 a")))
            assert "ظريف" in link.text, link.text
            assert driver.find_elements(By.CSS_SELECTOR, ".hit mark"), "highlighted search terms"
            # Article: a highlighted quote with its speaker, explained on hover.
            link.click()
            quote = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#doc-text .ann.quote")))
            assert "ظريف" in quote.get_attribute("data-speaker"), quote.get_attribute("data-speaker")
            assert "المحادثات" in "".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, "#doc-text .ann.quote"))
            assert driver.find_elements(By.CSS_SELECTOR, "#doc-text .ann.speaker"), "speaker highlighted"
            assert driver.find_elements(By.CSS_SELECTOR, "#doc-text .ann.event"), "event trigger highlighted"
            assert driver.find_elements(By.CSS_SELECTOR, "#doc-text .ann.date"), "date highlighted"
            # The highlighted spans reproduce the text exactly (byte offsets → string indices).
            text = driver.find_element(By.ID, "doc-text").get_attribute("textContent")
            assert text == srv.get("/api/documents/a1")["text"], "article text differs"
            ActionChains(driver).move_to_element(quote).perform()
            tip = wait.until(EC.visibility_of_element_located((By.ID, "tip")))
            assert "Speaker" in tip.text and "ظريف" in tip.text, tip.text
            speaker_list = driver.find_element(By.CSS_SELECTOR, "#doc-quotes .quote-speaker").text
            assert "ظريف" in speaker_list, speaker_list
            shot = driver.get_screenshot_as_png()
            with open("/tmp/marsad-e2e-article.png", "wb") as f:
                f.write(shot)
            w, h, colors = png_colors(shot)
            print(f"article screenshot {w}x{h}, {len(colors)} distinct colours")
            assert w >= 800 and h >= 600 and len(colors) >= 50, "screenshot looks blank"
            # Event table, then filter it by type.
            driver.get(srv.base + "/#/events")
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "table.events tbody tr")))
            rows = driver.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
            types = [r.get_attribute("data-event") for r in rows]
            wanted = types[-1]
            Select(driver.find_element(By.ID, "f-type")).select_by_value(wanted)
            driver.find_element(By.ID, "filter-btn").click()
            wait.until(lambda d: "type=" in d.current_url and d.find_elements(By.CSS_SELECTOR, "#event-count"))
            wait.until(lambda d: all(r.get_attribute("data-event") == wanted for r in d.find_elements(By.CSS_SELECTOR, "table.events tbody tr")))
            filtered = driver.find_elements(By.CSS_SELECTOR, "table.events tbody tr")
            assert len(filtered) == types.count(wanted), (len(filtered), types, wanted)
            print(f"event table: {len(rows)} events, {len(filtered)} of type {wanted}")
            # Timeline and network draw SVG; an actor page opens from the network.
            driver.get(srv.base + "/#/timeline")
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#timeline-chart rect")))
            driver.get(srv.base + "/#/network")
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#network circle")))
            driver.get(srv.base + "/#/actor/" + srv.get("/api/documents/a1")["quotes"][0]["speaker_actor"]["id"])
            wait.until(EC.presence_of_element_located((By.ID, "actor-name")))
            shot = driver.get_screenshot_as_png()
            w, h, colors = png_colors(shot)
            assert len(colors) >= 20, "actor page screenshot looks blank"
            logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not logs, logs
        finally:
            driver.quit()
    print("browser e2e: ok")


if __name__ == "__main__":
    main()
