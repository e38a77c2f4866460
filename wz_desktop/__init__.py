"""万众救援台 (Wanzhong Rescue Desk): records of the Dalian Wanzhong Emergency Rescue Team."""
from wz_desktop.domain.words import APP_TITLE as APP_TITLE  # the word table

__version__ = "0.1.0"
APP_NAME = "wz-desktop"
ORG_NAME = "Wanzhong"
