#!/usr/bin/python3
"""The multi-platform .oxt (issue 11): scripts/assemble-oxt with the build's own
arguments plus stand-in libraries for Windows and macOS.

multi_platform_oxt_test.py [-v] ASSEMBLE_OXT ARGS_FILE BUILT_OXT OUTPUT_OXT
    ARGS_FILE: the build's arguments (build/registry/oxt.args); BUILT_OXT: the
    build's parcalc.oxt (Linux only); OUTPUT_OXT: where the multi-platform .oxt is
    written, for the office test that installs it (compat_oxt_multi_office).
"""
import os
import posixpath
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ET
import zipfile

ASSEMBLE, ARGS_FILE, BUILT_OXT, OUTPUT_OXT = sys.argv[-4:]
WORK = os.path.dirname(OUTPUT_OXT)
MANIFEST_NS = "{http://openoffice.org/2001/manifest}"
DESCRIPTION_NS = "{http://openoffice.org/extensions/description/2006}"
COMPONENTS_NS = "{http://openoffice.org/2010/uno-components}"
# token -> (UNO environment, stand-in file name); Linux's is the real library.
STAND_INS = {"Windows_X86_64": ("mscx", "parcalc.dll"),
             "MacOSX_AARCH64": ("gcc3", "libparcalc.dylib"),
             "MacOSX_X86_64": ("gcc3", "libparcalc.dylib")}
NON_PLATFORM = {"types/parcalc.rdb": "application/vnd.sun.star.uno-typelibrary;type=RDB",
                "Sidebar.xcu": "application/vnd.sun.star.configuration-data",
                "Factories.xcu": "application/vnd.sun.star.configuration-data",
                "Paths.xcu": "application/vnd.sun.star.configuration-data",
                "ProtocolHandler.xcu": "application/vnd.sun.star.configuration-data",
                "Addons.xcu": "application/vnd.sun.star.configuration-data",
                "CalcWindowState.xcu": "application/vnd.sun.star.configuration-data"}


def assemble(*extra):
    return subprocess.run([sys.executable, ASSEMBLE, "@" + ARGS_FILE, *extra],
                          capture_output=True, text=True)


def stand_in_arguments():
    args = []
    for token, (env, name) in STAND_INS.items():
        path = os.path.join(WORK, "stand-ins", token, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(f"stand-in for the {token} library: never loaded on Linux\n")
        args += ["--library", token, env, path]
    return args


def manifest_entries(oxt):
    root = ET.fromstring(oxt.read("META-INF/manifest.xml"))
    return [(e.get(MANIFEST_NS + "full-path"), e.get(MANIFEST_NS + "media-type"))
            for e in root.iter(MANIFEST_NS + "file-entry")]


def description(oxt):
    root = ET.fromstring(oxt.read("description.xml"))
    platforms = root.find(DESCRIPTION_NS + "platform").get("value").split(",")
    return root.find(DESCRIPTION_NS + "version").get("value"), platforms


class MultiPlatformOxt(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.makedirs(WORK, exist_ok=True)
        result = assemble(*stand_in_arguments(), "--output", OUTPUT_OXT)
        assert result.returncode == 0, result.stdout + result.stderr
        cls.oxt = zipfile.ZipFile(OUTPUT_OXT)
        cls.built = zipfile.ZipFile(BUILT_OXT)

    def test_one_components_entry_per_platform(self):
        entries = manifest_entries(self.oxt)
        components = {media.split("platform=")[1]: path for path, media in entries
                      if media.startswith("application/vnd.sun.star.uno-components;")}
        self.assertEqual(set(components), {"Linux_X86_64", *STAND_INS})
        self.assertEqual(len(components), len([e for e in entries if "uno-components" in e[1]]))
        for token, path in components.items():
            with self.subTest(token=token):
                self.assertEqual(path, f"{token}/parcalc.components")
                component = ET.fromstring(self.oxt.read(path)).find(COMPONENTS_NS + "component")
                env = STAND_INS.get(token, ("gcc3",))[0]
                self.assertEqual(component.get("environment"), env)
                # The uri is relative to the .components file: it must name a member.
                library = posixpath.join(posixpath.dirname(path), component.get("uri"))
                self.assertIn(library, self.oxt.namelist())
                if token == "Linux_X86_64":
                    self.assertEqual(self.oxt.read(library)[:4], b"\x7fELF")
                    self.assertEqual(self.oxt.read(library), self.built.read(library))

    def test_non_platform_entries_once(self):
        others = [(p, m) for p, m in manifest_entries(self.oxt) if "uno-components" not in m]
        self.assertEqual(sorted(others), sorted(NON_PLATFORM.items()))
        for path in NON_PLATFORM:
            self.assertIn(path, self.oxt.namelist())

    def test_description_lists_every_platform(self):
        version, platforms = description(self.oxt)
        self.assertEqual(sorted(platforms),
                         ["linux_x86_64", "macosx_aarch64", "macosx_x86_64", "windows_x86_64"])
        self.assertEqual(version, description(self.built)[0])

    def test_the_build_oxt_is_linux_only(self):
        self.assertEqual(description(self.built)[1], ["linux_x86_64"])
        components = [m for _, m in manifest_entries(self.built) if "uno-components" in m]
        self.assertEqual(components, ["application/vnd.sun.star.uno-components;"
                                      "platform=Linux_X86_64"])

    def test_a_platform_given_twice_is_refused(self):
        path = os.path.join(WORK, "stand-ins", "twice.so")
        open(path, "w").close()
        result = assemble("--library", "linux_x86_64", "gcc3", path,
                          "--output", os.path.join(WORK, "twice.oxt"))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("a platform given twice", result.stderr)
        self.assertFalse(os.path.exists(os.path.join(WORK, "twice.oxt")))

    def test_a_missing_library_is_named(self):
        missing = os.path.join(WORK, "no-such", "parcalc.dll")
        result = assemble("--library", "Windows_X86_64", "mscx", missing,
                          "--output", os.path.join(WORK, "missing.oxt"))
        self.assertNotEqual(result.returncode, 0)
        self.assertIn(f"missing file: {missing}", result.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:-4])
