#!/usr/bin/env bash
# Installs what Paragraf needs from Debian on a fresh machine.
#   bash build/setup-debian.sh app    – build tools for better-sqlite3 (runs the preview)
#   bash build/setup-debian.sh test   – also Chromium and the real clients the tests open files with
set -euo pipefail
what="${1:-app}"
packages=(python3 make g++)
if [ "$what" = "test" ]; then
  packages+=(chromium libreoffice-writer-nogui poppler-utils qpdf python3-docx fonts-dejavu-core xvfb openssl libnss3-tools)
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
node_version="$(node --version 2>/dev/null || echo none)"
case "$node_version" in
  v20.19.*|v20.2[0-9].*|v2[2-9].*|v[3-9][0-9].*) ;;
  *) echo "Paragraf needs Node.js 20.19 or newer (found: $node_version)." >&2; exit 1 ;;
esac
