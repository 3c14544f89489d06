"""Build `first_names.csv` (a first name and the pronoun that usually goes with it).

usage: pip install nomquamgender==0.1.4 && python -m pipelines.extracting.build_first_names

"She said …" after "Donald Trump" is somebody else: the pronoun resolver needs to know
which first names are a man's or a woman's. The source is the name data of nomquamgender
(Van Buskirk et al., MIT licence): names recorded at least 1,000 times, "he" when their
share of women is at most 5 %, "she" when at least 95 %, and no pronoun for names used by
both (Jean, Taylor, Kim), which are still first names ("Jean-Baptiste Roussel, who …"). The data file is read without importing the package, which
would pull in pandas.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("first_names.csv")
MIN_COUNT = 1000
SURE = 0.05


def main() -> None:
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: pip install nomquamgender==0.1.4")
    data_file = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    data = json.loads(data_file.read_text(encoding="utf-8"))
    rows = []
    for name, (_, count, share_women, *_) in sorted(data.items()):
        if not re.fullmatch(r"[a-z]+", name) or count < MIN_COUNT:
            continue
        if share_women <= SURE:
            rows.append((name, "he"))
        elif share_women >= 1 - SURE:
            rows.append((name, "she"))
        else:
            rows.append((name, ""))  # a first name all the same (Jean, Taylor)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        fh.write(
            "# built by build_first_names.py from nomquamgender 0.1.4's name data,\n"
            "# (c) 2022 Ian Van Buskirk, MIT licence\n"
        )
        writer = csv.writer(fh)
        writer.writerow(["name", "pronoun"])
        writer.writerows(rows)
    print(f"{len(rows)} first names -> {OUT}")


if __name__ == "__main__":
    main()
