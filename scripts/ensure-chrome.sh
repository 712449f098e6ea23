#!/usr/bin/env bash
# Makes sure a Chrome or Chromium is on the machine, without ever downloading a browser build:
# CHROME_PATH, then the usual system paths; if none, Debian's chromium via apt-get when we are root.
set -euo pipefail

if [ -n "${CHROME_PATH:-}" ]; then
  [ -x "$CHROME_PATH" ] && exit 0
  echo "CHROME_PATH is set to '$CHROME_PATH', which is not an executable." >&2
  exit 1
fi
for path in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable /snap/bin/chromium; do
  [ -x "$path" ] && exit 0
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "No Chrome found: installing Debian's chromium and fonts-noto-cjk with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi

cat >&2 <<'MSG'
carebar needs Chrome or Chromium, and none was found.
Set CHROME_PATH to its executable, or install one, for example on Debian or Ubuntu:
  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk
(carebar never downloads a browser of its own.)
MSG
exit 1
