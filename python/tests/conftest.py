"""Shared fixtures: the repository root, the `marsad` CLI binary and Arabic test sentences."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Our own sentences (no corpus text). Each comment: transliteration — gloss.
# wa-qāla wazīru al-khārijiyyati al-īrāniyyu muḥammad jawād ẓarīf fī mūskū inna al-muḥādathāti
# kānat bannāʾa — "Iranian FM Mohammad Javad Zarif said in Moscow that the talks were constructive."
ZARIF = "وقال وزير الخارجية الايراني محمد جواد ظريف في موسكو ان المحادثات كانت بناءة."
# iltaqā ar-raʾīsu al-miṣriyyu ʿabd al-fattāḥ as-sīsī al-yawma fī al-qāhirati wazīra al-khārijiyyati
# al-amrīkiyya — "Egyptian president Abdel Fattah al-Sisi met the US secretary of state in Cairo today."
SISI = "التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة وزير الخارجية الأمريكي."
# wa-ttahamat al-ḥukūmatu al-ʿirāqiyyatu īrāna bi-qaṣfi qurā fī kurdistān — "The Iraqi government
# accused Iran of shelling villages in Kurdistan."
IRAQ = "واتهمت الحكومة العراقية إيران بقصف قرى في كردستان."
# taẓāhara ālāfu al-muwāṭinīna amsi fī bayrūta iḥtijājan ʿalā ightiyāli ṣaḥafiyyin — "Thousands of
# citizens demonstrated yesterday in Beirut protesting the assassination of a journalist."
BEIRUT = "تظاهر آلاف المواطنين أمس في بيروت احتجاجا على اغتيال صحفي."


@pytest.fixture(scope="session")
def marsad_bin():
    """The release `marsad` binary (built by `cargo build --release -p marsad-cli`)."""
    path = pathlib.Path(os.environ.get("MARSAD_BIN", ROOT / "target" / "release" / "marsad"))
    if not path.exists():
        pytest.fail(f"the marsad CLI is not built: {path} (run `cargo build --release -p marsad-cli` or set MARSAD_BIN)")
    return str(path)


def run_cli(marsad_bin, args, stdin: bytes) -> bytes:
    r = subprocess.run([marsad_bin, *args], input=stdin, capture_output=True, check=False)
    assert r.returncode == 0, f"marsad {' '.join(args)} failed: {r.stderr.decode(errors='replace')}"
    return r.stdout
