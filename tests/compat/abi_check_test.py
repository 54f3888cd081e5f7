#!/usr/bin/python3
"""abi_check.py must fail, naming the offender, when it should (and only then).

abi_check_test.py [-v] ABI_CHECK BAD_LIBRARY GOOD_LIBRARY WORK_DIR
    BAD_LIBRARY needs libparcalc_compat_fake.so and symbols versioned GLIBC_2.38 and
    GLIBCXX_3.4.31 (fixtures/); GOOD_LIBRARY needs only libstdc++ and libc.
"""
import os
import subprocess
import sys
import unittest
import zipfile

ABI_CHECK, BAD_LIBRARY, GOOD_LIBRARY, WORK_DIR = sys.argv[-4:]

DYNAMIC_OK = """
 0x0000000000000001 (NEEDED)             Shared library: [libuno_cppu.so.3]
 0x0000000000000001 (NEEDED)             Shared library: [libuno_salhelpergcc3.so.3]
 0x0000000000000001 (NEEDED)             Shared library: [libstdc++.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [ld-linux-x86-64.so.2]
 0x000000000000000e (SONAME)             Library soname: [libparcalc.so]
"""
DYNAMIC_ICU = DYNAMIC_OK + \
    " 0x0000000000000001 (NEEDED)             Shared library: [libicuuc.so.72]\n"


def symbols(*versions):
    """A readelf --dyn-syms -W listing: one undefined symbol per version, one defined."""
    lines = ["Symbol table '.dynsym' contains 9 entries:",
             "   Num:    Value          Size Type    Bind   Vis      Ndx Name",
             "     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND "]
    for i, version in enumerate(versions, 1):
        lines.append(f"     {i}: 0000000000000000     0 FUNC    GLOBAL DEFAULT  UND "
                     f"sym_{version.replace('.', '_')}@{version} ({i + 1})")
    lines.append("    99: 0000000000027820    12 FUNC    GLOBAL DEFAULT   12 component_getFactory")
    return "\n".join(lines) + "\n"


def run(*args):
    result = subprocess.run([sys.executable, ABI_CHECK, *args], capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def run_listings(dynamic, syms):
    os.makedirs(WORK_DIR, exist_ok=True)
    d, s = os.path.join(WORK_DIR, "dynamic.txt"), os.path.join(WORK_DIR, "symbols.txt")
    with open(d, "w") as f:
        f.write(dynamic)
    with open(s, "w") as f:
        f.write(syms)
    return run("--listings", "libfake.so", d, s)


class Listings(unittest.TestCase):
    def test_allowed_versions_pass_numerically(self):
        # As text, "2.4" > "2.34" and "3.4.9" > "3.4.30": a text comparison fails here.
        code, out = run_listings(DYNAMIC_OK, symbols(
            "GLIBC_2.2.5", "GLIBC_2.4", "GLIBC_2.34", "GLIBCXX_3.4.9", "GLIBCXX_3.4.30",
            "CXXABI_1.3.9", "CXXABI_1.3.13", "UDK_3.1", "LIBO_UDK_4.4", "CXXABI_TM_1"))
        self.assertEqual(code, 0, out)
        self.assertIn("PASSED", out)

    def test_needed_outside_the_list_is_named(self):
        code, out = run_listings(DYNAMIC_ICU, symbols("GLIBC_2.2.5"))
        self.assertEqual(code, 1, out)
        self.assertIn("libfake.so: cần thư viện ngoài danh sách", out)
        self.assertIn("needs a library outside the allowed list: libicuuc.so.72", out)
        self.assertEqual(out.count("FAIL:"), 1, out)  # the allowed ones are not named

    def test_each_too_new_version_is_named(self):
        cases = {"GLIBC_2.35": "GLIBC_2.34", "GLIBC_2.38": "GLIBC_2.34",
                 "GLIBC_3.0": "GLIBC_2.34", "GLIBCXX_3.4.31": "GLIBCXX_3.4.30",
                 "GLIBCXX_3.5": "GLIBCXX_3.4.30", "CXXABI_1.3.14": "CXXABI_1.3.13"}
        for version, bound in cases.items():
            with self.subTest(version=version):
                code, out = run_listings(DYNAMIC_OK, symbols("GLIBC_2.4", version))
                self.assertEqual(code, 1, out)
                symbol = "sym_" + version.replace(".", "_")
                self.assertIn(f"symbol {symbol} needs {version}, newer than {bound}", out)
                self.assertEqual(out.count("FAIL:"), 1, out)

    def test_glibc_private_is_refused(self):
        code, out = run_listings(DYNAMIC_OK, symbols("GLIBC_PRIVATE"))
        self.assertEqual(code, 1, out)
        self.assertIn("symbol sym_GLIBC_PRIVATE uses GLIBC_PRIVATE", out)


class RealLibraries(unittest.TestCase):
    def test_bad_library_fails_naming_library_and_symbols(self):
        code, out = run(BAD_LIBRARY)
        self.assertEqual(code, 1, out)
        self.assertIn("needs a library outside the allowed list: libparcalc_compat_fake.so", out)
        self.assertIn("symbol parcalc_fake_glibc_2_38 needs GLIBC_2.38, newer than GLIBC_2.34", out)
        self.assertIn("symbol parcalc_fake_glibcxx_3_4_31 needs GLIBCXX_3.4.31, "
                      "newer than GLIBCXX_3.4.30", out)

    def test_good_library_passes(self):
        code, out = run(GOOD_LIBRARY)
        self.assertEqual(code, 0, out)

    def test_oxt_checks_the_library_inside_and_its_size(self):
        os.makedirs(WORK_DIR, exist_ok=True)
        oxt = os.path.join(WORK_DIR, "bad.oxt")
        with zipfile.ZipFile(oxt, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("description.xml", "<description/>")
            z.write(BAD_LIBRARY, "Linux_X86_64/libbad.so")
        code, out = run(oxt)
        self.assertEqual(code, 1, out)
        self.assertIn("bad.oxt:Linux_X86_64/libbad.so: cần thư viện", out)
        size = os.path.getsize(oxt)
        code, out = run("--max-oxt-bytes", str(size - 1), oxt)
        self.assertIn(f"{size} bytes, over the limit of {size - 1}", out)
        code, out = run("--max-oxt-bytes", str(size), oxt)
        self.assertNotIn("over the limit", out)

    def test_oxt_without_a_library_fails(self):
        os.makedirs(WORK_DIR, exist_ok=True)
        oxt = os.path.join(WORK_DIR, "empty.oxt")
        with zipfile.ZipFile(oxt, "w") as z:
            z.writestr("description.xml", "<description/>")
        code, out = run(oxt)
        self.assertEqual(code, 1, out)
        self.assertIn("holds no ELF library", out)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:-4])
