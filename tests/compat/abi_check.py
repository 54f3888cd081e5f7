#!/usr/bin/python3
"""Binary compatibility of the shipped library (issue 11).

abi_check.py [--max-oxt-bytes N] FILE...
    FILE is an .oxt (every ELF file inside it is checked, and the .oxt's size) or
    an ELF shared library. For each library: readelf -d (NEEDED entries) and
    readelf --dyn-syms -W (the versions of its undefined symbols).
abi_check.py --listings NAME DYNAMIC_TXT SYMBOLS_TXT
    The same checks on saved readelf outputs (the negative tests feed fakes).

Fails (exit 1), naming the library or the symbol, on
  - a NEEDED library outside ALLOWED_NEEDED: LibreOffice's URE and the C/C++ runtime;
  - a symbol version newer than MAX_VERSIONS: GLIBC 2.34, GLIBCXX 3.4.30 and
    CXXABI 1.3.13, i.e. what Ubuntu 22.04 / Debian 12 give (glibc 2.35 / 2.36 and
    GCC 12's libstdc++ 6.0.30, whose newest CXXABI is 1.3.13; GCC 13 brings 3.4.31
    and 1.3.14), so those and newer systems load the library;
  - GLIBC_PRIVATE (no stable ABI at all);
  - an .oxt larger than --max-oxt-bytes.
Versions are compared as numbers (2.4 < 2.34, 3.4.9 < 3.4.30).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile

ALLOWED_NEEDED = [
    r"libuno_cppu\.so\.3", r"libuno_cppuhelpergcc3\.so\.3", r"libuno_sal\.so\.3",
    r"libuno_salhelpergcc3\.so\.3", r"libuno_purpenvhelpergcc3\.so\.3",
    r"libstdc\+\+\.so\.6", r"libm\.so\.6", r"libgcc_s\.so\.1", r"libc\.so\.6",
    r"ld-linux[-a-z0-9_.]*\.so\.[0-9]+",
]
MAX_VERSIONS = {"GLIBC": "2.34", "GLIBCXX": "3.4.30", "CXXABI": "1.3.13"}
FORBIDDEN_VERSIONS = {"GLIBC_PRIVATE"}


def version_key(text):
    """'3.4.30' -> (3, 4, 30): tuples compare number by number."""
    return tuple(int(part) for part in text.split("."))


def needed_entries(dynamic_text):
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic_text)


def undefined_symbol_versions(symbols_text):
    """(symbol, version) of every undefined versioned symbol in readelf --dyn-syms -W."""
    found = []
    for line in symbols_text.splitlines():
        fields = line.split()
        # Num: Value Size Type Bind Vis Ndx Name [(index)]
        if len(fields) >= 8 and fields[6] == "UND" and "@" in fields[7]:
            symbol, _, version = fields[7].partition("@")
            found.append((symbol, version.lstrip("@")))
    return found


def needed_problems(name, dynamic_text):
    allowed = re.compile("|".join(f"(?:{p})" for p in ALLOWED_NEEDED))
    return [f"{name}: cần thư viện ngoài danh sách cho phép / needs a library outside "
            f"the allowed list: {lib}"
            for lib in needed_entries(dynamic_text) if not allowed.fullmatch(lib)]


def version_problems(name, symbols_text):
    problems = []
    for symbol, version in undefined_symbol_versions(symbols_text):
        if version in FORBIDDEN_VERSIONS:
            problems.append(f"{name}: ký hiệu {symbol} dùng {version} / symbol {symbol} "
                            f"uses {version}, which no other system has")
            continue
        match = re.fullmatch(r"([A-Z]+)_([0-9]+(?:\.[0-9]+)*)", version)
        if not match or match.group(1) not in MAX_VERSIONS:
            continue  # UDK_3.1, LIBO_UDK_4.4, CXXABI_TM_1: not bounded here
        family, number = match.groups()
        bound = MAX_VERSIONS[family]
        if version_key(number) > version_key(bound):
            problems.append(f"{name}: ký hiệu {symbol} cần {version}, mới hơn {family}_{bound} "
                            f"/ symbol {symbol} needs {version}, newer than {family}_{bound}")
    return problems


def readelf(*args):
    return subprocess.run(["readelf", *args], check=True, capture_output=True,
                          text=True).stdout


def library_problems(path, name):
    return (needed_problems(name, readelf("-d", "-W", path))
            + version_problems(name, readelf("--dyn-syms", "-W", path)))


def oxt_problems(path, max_bytes):
    problems = []
    size = os.path.getsize(path)
    if size > max_bytes:
        problems.append(f"{path}: {size} byte, quá giới hạn {max_bytes} / {size} bytes, "
                        f"over the limit of {max_bytes}")
    checked = 0
    with zipfile.ZipFile(path) as oxt, tempfile.TemporaryDirectory() as tmp:
        for entry in oxt.namelist():
            with oxt.open(entry) as member:
                if member.read(4) != b"\x7fELF":
                    continue
            problems += library_problems(oxt.extract(entry, tmp), f"{os.path.basename(path)}:{entry}")
            checked += 1
    if checked == 0:
        problems.append(f"{path}: không có thư viện ELF / holds no ELF library")
    print(f"abi_check: {path}: {size} bytes, {checked} ELF libraries checked")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-oxt-bytes", type=int, default=3_000_000)
    parser.add_argument("--listings", nargs=3, metavar=("NAME", "DYNAMIC_TXT", "SYMBOLS_TXT"))
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if not args.files and not args.listings:
        parser.error("no file to check")
    problems = []
    if args.listings:
        name, dynamic, symbols = args.listings
        with open(dynamic) as d, open(symbols) as s:
            problems += needed_problems(name, d.read()) + version_problems(name, s.read())
    for path in args.files:
        if path.endswith(".oxt"):
            problems += oxt_problems(path, args.max_oxt_bytes)
        else:
            problems += library_problems(path, path)
    for problem in problems:
        print("FAIL:", problem)
    if problems:
        return 1
    print("abi_check: PASSED (NEEDED in the allowed list; GLIBC <= {GLIBC}, GLIBCXX <= "
          "{GLIBCXX}, CXXABI <= {CXXABI})".format(**MAX_VERSIONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
