#!/usr/bin/env python3
"""The code layout's rules (docs/architecture.md "Folders"), checked on the sources:
- a folder's internal/ headers are included only from that folder;
- every folder with a CMakeLists.txt under addin/ opens it with a comment saying what it owns,
  and docs/architecture.md names it;
- no C++ source, production or test, is over 400 lines unless its opening comment gives
  the reason (the words "400 lines" in its first 10 lines).
Prints one line per problem; exits 1 when there is any."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
addin = root / "addin"
problems = []

include = re.compile(r'^\s*#\s*include\s+"([^"]+/internal/[^"]+)"', re.M)
for source in sorted(list(addin.rglob("*.cxx")) + list(addin.rglob("*.hxx")) +
                     list((root / "tests").rglob("*.cxx")) + list((root / "tests").rglob("*.hxx"))):
    text = source.read_text(encoding="utf-8")
    for header in include.findall(text):
        owner = addin / header.split("/internal/")[0]
        if owner not in source.parents:
            problems.append(f"{source.relative_to(root)}: includes {header}, internal to "
                            f"{owner.relative_to(root)}")
    lines = text.count("\n")
    head = "\n".join(text.split("\n")[:10])
    if lines > 400 and "400 lines" not in head:
        problems.append(f"{source.relative_to(root)}: {lines} lines, over 400 without a reason "
                        "at its top")

architecture = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
for cmake in sorted(addin.rglob("CMakeLists.txt")):
    folder = cmake.parent.relative_to(root).as_posix()
    first = cmake.read_text(encoding="utf-8").lstrip().split("\n", 1)[0]
    if not first.startswith("#"):
        problems.append(f"{folder}/CMakeLists.txt: does not open with what the folder owns")
    if folder != "addin" and f"`{folder}`" not in architecture and \
            not any(f"`{folder}/" in line for line in architecture.splitlines()):
        problems.append(f"{folder}: not named in docs/architecture.md")

for p in problems:
    print(p)
print(f"check_layout: {len(problems)} problem(s)", file=sys.stderr)
sys.exit(1 if problems else 0)
