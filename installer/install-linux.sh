#!/bin/sh
# Install the Linux bundle (after `make installer`) for one user, or system-wide with a prefix:
#     installer/install-linux.sh                 # ~/.local: ~/.local/lib/wz-desktop, ~/.local/bin/wz-desktop
#     sudo installer/install-linux.sh /usr/local # for everyone
# It copies dist/wz-desktop/ to PREFIX/lib/wz-desktop, links PREFIX/bin/wz-desktop to it, and installs
# the menu entry (installer/wz-desktop.desktop → PREFIX/share/applications/) and the icon
# (resources/icons/wz-desktop.svg → PREFIX/share/icons/hicolor/scalable/apps/). The data stays in the
# user data folder (~/.local/share/wz-desktop); uninstalling is removing those four things.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-"$HOME/.local"}
bundle="$root/dist/wz-desktop"
[ -x "$bundle/wz-desktop" ] || { echo "no bundle at $bundle: run 'make installer' first" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/scalable/apps"
rm -rf "$prefix/lib/wz-desktop"
cp -a "$bundle" "$prefix/lib/wz-desktop"
ln -sf "$prefix/lib/wz-desktop/wz-desktop" "$prefix/bin/wz-desktop"
cp "$root/resources/icons/wz-desktop.svg" "$prefix/share/icons/hicolor/scalable/apps/wz-desktop.svg"
# Exec with the full path, so the menu entry works even where PREFIX/bin is not on the PATH
sed "s|^Exec=wz-desktop|Exec=$prefix/bin/wz-desktop|; s|^TryExec=wz-desktop|TryExec=$prefix/bin/wz-desktop|" \
  "$root/installer/wz-desktop.desktop" > "$prefix/share/applications/wz-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "installed: $prefix/bin/wz-desktop, menu entry 万众救援台"
