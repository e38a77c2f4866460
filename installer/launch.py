"""The frozen bundle's entry point (PyInstaller runs this script): the same ``main`` as ``wz-desktop``."""
import sys

from wz_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
