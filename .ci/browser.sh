#!/usr/bin/env bash
# Installs what the web app's browser tests need: Debian's Chromium and its driver (the tests
# drive /usr/bin/chromium through /usr/bin/chromedriver, headless). axe-core comes from Maven
# Central as a test dependency (org.webjars.npm:axe-core), so no npm step is needed.
# CI sets MBCNAV_REQUIRE_BROWSER=1 so that a missing browser fails the tests instead of skipping them.
set -euo pipefail
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null
/usr/bin/chromedriver --version
