#!/usr/bin/env bash
# Install the Debian packages artexport needs, only those missing (idempotent).
#   scripts/system-deps.sh run    what converting needs (WeasyPrint's Pango, HarfBuzz subsetting,
#                                 liblouis + its tables + its Python binding for braille)
#   scripts/system-deps.sh test   plus what the tests drive (Chromium, poppler, Java for
#                                 EPUBCheck, espeak-ng fallback, ffmpeg's ffprobe,
#                                 valgrind to count instructions in the linear-time test)
#   scripts/system-deps.sh bench  plus pandoc, the peer the benchmarks compare with (and
#                                 liblouis-bin, the braille benchmark's peer)
set -euo pipefail
want=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
want+=(liblouis20 liblouis-data python3-louis)  # braille: the venv loads python3-louis by path
if [ "${1:-run}" = test ] || [ "${1:-run}" = bench ]; then
  want+=(chromium poppler-utils default-jre-headless espeak-ng ffmpeg strace valgrind)
fi
if [ "${1:-run}" = bench ]; then
  want+=(pandoc)
  want+=(liblouis-bin)  # lou_translate: the peer of the braille benchmark
fi
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
