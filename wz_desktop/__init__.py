"""万众救援台 (Wanzhong Rescue Desk): records of the Dalian Wanzhong Emergency Rescue Team."""

__version__ = "0.1.0"
APP_NAME = "wz-desktop"
APP_TITLE = "万众救援台"
ORG_NAME = "Wanzhong"

