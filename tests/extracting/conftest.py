from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from pipelines.extracting import extract_attributions, load_nlp

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed000(nlp):
    return extract_attributions(
        _seed("000_30d8a20e5e7a7435.txt"), datetime.date(2024, 2, 14), nlp=nlp
    )


@pytest.fixture(scope="session")
def seed004(nlp):
    text = _seed("004_81f5cfad96b8a822.txt")
    start = text.index("The Kremlin on Wednesday denied")
    end = text.index("as long as Putin is in power.") + len("as long as Putin is in power.")
    return extract_attributions(text[start:end], datetime.date(2024, 2, 14), nlp=nlp)
