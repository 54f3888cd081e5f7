#!/usr/bin/python3
"""encrypt_ods.py PIPE SOURCE TARGET PASSWORD: loads SOURCE (any spreadsheet) in
the soffice listening on pipe PIPE and stores it as a password-protected .ods
(storeToURL with the "Password" media-descriptor property: real ODF
encryption of content.xml & co.). Needs Debian's python3-uno (scripts/setup)
and /usr/bin/python3; run by sample_sheets/tools/make_samples."""

import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    pipe, source, target, password = sys.argv[1:5]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    url = "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
    for _ in range(600):
        try:
            context = resolver.resolve(url)
            break
        except NoConnectException:
            time.sleep(0.1)
    else:
        sys.exit("encrypt_ods: soffice did not answer on pipe " + pipe)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)),
                                       "_blank", 0, (prop("Hidden", True),))
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                   (prop("FilterName", "calc8"), prop("Password", password)))
    doc.close(True)
    try:
        desktop.terminate()
    except Exception:  # the bridge goes down with soffice
        pass


if __name__ == "__main__":
    main()
