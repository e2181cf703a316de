"""Shared helpers of the server's end-to-end scripts: start `marsad serve` on a temporary data
directory, wait for it, ingest our own Arabic test documents, stop it."""

import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
MARSAD = os.environ.get("MARSAD_BIN", os.path.join(ROOT, "target", "release", "marsad"))
TOKEN = "e2e-token"

# Our own sentences (not corpus text).
DOCS = [
    {
        "id": "a1",
        "title": "ظريف في موسكو",
        "source": "test",
        "published": "2020-09-24",
        # "Iranian FM Mohammad Javad Zarif said in Moscow today that the talks with his Russian
        # counterpart Sergei Lavrov were constructive. Zarif met Lavrov in Moscow on Thursday
        # to discuss the nuclear agreement."
        "text": "وقال وزير الخارجية الايراني محمد جواد ظريف في موسكو اليوم ان المحادثات مع نظيره الروسي سيرغي لافروف كانت بناءة.\n"
        "والتقى ظريف لافروف في موسكو يوم الخميس لبحث الاتفاق النووي.",
    },
    {
        "id": "b1",
        "title": "تظاهرات طهران",
        "source": "test",
        "published": "2020-09-25",
        # "Thousands of students demonstrated in Tehran against rising prices, and the police
        # attacked the demonstrators."
        "text": "تظاهر آلاف الطلاب في طهران احتجاجا على ارتفاع الاسعار، وهاجمت الشرطة المتظاهرين.",
    },
    {
        "id": "c1",
        "title": "روحاني وبوتين",
        "source": "test",
        "published": "2020-09-26",
        # "Iranian President Hassan Rouhani received Russian President Vladimir Putin in Tehran
        # yesterday, and Putin said that cooperation between the two countries is growing."
        "text": "استقبل الرئيس الايراني حسن روحاني الرئيس الروسي فلاديمير بوتين في طهران امس، وقال بوتين ان التعاون بين البلدين يتنامى.",
    },
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`marsad serve` on a fresh temporary data directory."""

    def __init__(self, token=TOKEN):
        self.tmp = tempfile.TemporaryDirectory(prefix="marsad-e2e-")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        token_file = os.path.join(self.tmp.name, "token")
        with open(token_file, "w") as f:
            f.write(token + "\n")
        self.token = token
        self.log = open(os.path.join(self.tmp.name, "server.log"), "w+")
        self.proc = subprocess.Popen(
            [MARSAD, "serve", "--data", os.path.join(self.tmp.name, "data"), "--bind", f"127.0.0.1:{self.port}", "--token-file", token_file],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/api/openapi.json", timeout=2).read()
                break
            except OSError:
                if self.proc.poll() is not None or time.time() > deadline:
                    self.log.seek(0)
                    raise RuntimeError("server did not start:\n" + self.log.read())
                time.sleep(0.2)

    def post(self, path, body):
        req = urllib.request.Request(self.base + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": "Bearer " + self.token})
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.load(r)

    def get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=120) as r:
            return json.load(r)

    def ingest_fixture(self):
        out = self.post("/api/documents", DOCS)
        assert [r["status"] for r in out["results"]] == ["added"] * len(DOCS), out

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        self.tmp.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
