#!/bin/sh
# Installs the Debian/Ubuntu packages given as arguments when some are missing and apt-get can be used.
# Never fails the build on its own: if it cannot install, it says what is missing and carries on.
missing=""
command -v dpkg-query >/dev/null 2>&1 || exit 0
for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
else
    echo "okrdesk: please install these system packages:$missing" >&2
    exit 0
fi
echo "okrdesk: installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
# Install one by one so a package missing on this release does not stop the others.
for pkg in $missing; do
    $SUDO apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null 2>&1 \
        || echo "okrdesk: could not install $pkg (carrying on)" >&2
done
exit 0
