#!/usr/bin/env bash
# Install the system packages Fieldnotes' tests and GUI need, when they are missing (Debian/Ubuntu).
# Qt's xcb/EGL/GL and fontconfig libraries, an Arabic-script font (Noto Naskh Arabic in
# fonts-noto-core), poppler-utils (pdftotext/pdftoppm for checking PDFs) and the `age` tool
# (the share-format interoperability test).
set -euo pipefail

packages=(
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0
  fonts-noto-core fonts-dejavu-core poppler-utils age
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "fieldnotes: please install with your package manager: ${missing[*]}" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "fieldnotes: installing system packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
