# Installs what the tests need on top of the build's tools (scripts/setup-build.sh), skipping
# whatever is already there, and says what it installs. Sourced by scripts/test.sh and
# scripts/bench.sh. Debian's packages need root (or sudo); everything else does not.
#
# Adds: the npm packages the tests use (playwright-core, puppeteer-core, selenium-webdriver,
# axe-core, pym.js, lighthouse); Debian's chromium and chromium-driver,
# firefox-esr, webkit2gtk-driver and xvfb; and the WordPress test bed: wordpress with its
# default theme, mariadb-server, php and php-mysql.

source "$(dirname "${BASH_SOURCE[0]}")/setup-build.sh"

# Only apt-get runs as root here; it must never stop to ask a question in CI.
as_root() {
  set -- env DEBIAN_FRONTEND=noninteractive "$@"
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run it as root or install sudo" >&2; return 1
  fi
}

# Installs Debian packages; on a machine whose package lists are stale or empty, updates
# them once and tries again.
apt_install() {
  as_root apt-get install -y "$@" || { as_root apt-get update && as_root apt-get install -y "$@"; }
}

# playwright-core is the marker of the test packages (the build installs only its own).
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing the tests' npm packages (playwright-core, puppeteer-core, selenium-webdriver, axe-core, …)"
  npm ci --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "Installing Debian's chromium and chromium-driver (needs root)"
  apt_install --no-install-recommends chromium chromium-driver
fi

# Firefox ESR and WebKitGTK for the three-engine run (tests/browser/engines.test.mjs).
# WebKitGTK has no headless mode, so Xvfb gives it a screen. Installed with their recommended
# packages (Mesa's software GL among them), as the run was measured.
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || ! command -v Xvfb >/dev/null; then
  say "Installing Debian's firefox-esr, webkit2gtk-driver and xvfb (needs root)"
  apt_install firefox-esr webkit2gtk-driver xvfb
fi

# Stock WordPress for the embed tests (tests/wordpress/): Debian's WordPress, MariaDB and PHP.
# Only installed here: the test bed runs its own MariaDB and PHP server on 127.0.0.1, and
# nothing is enabled or started as a system service. The theme is only a Recommends of
# wordpress, which --no-install-recommends leaves out, and without a theme WordPress answers
# every page with an empty body; so it is named. fonts-dejavu-core is not needed: the preview
# images use the DejaVu fonts from crates.io.
if [ ! -f /usr/share/wordpress/wp-load.php ] || [ ! -f /usr/share/wordpress/wp-content/themes/twentytwentythree/style.css ] \
  || [ ! -x /usr/sbin/mariadbd ] || ! command -v php >/dev/null || ! php -m 2>/dev/null | grep -qx mysqli; then
  say "Installing Debian's wordpress, wordpress-theme-twentytwentythree, mariadb-server, php and php-mysql (needs root)"
  apt_install --no-install-recommends wordpress wordpress-theme-twentytwentythree mariadb-server php php-mysql
fi
