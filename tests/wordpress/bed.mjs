// A stock WordPress on 127.0.0.1, from Debian's packages (wordpress, mariadb-server, php,
// php-mysql, installed by scripts/setup-test.sh), for the embed tests: a private MariaDB in
// target/wordpress/, WordPress behind PHP's built-in server on port 8081, and the explainer
// served on port 8080 (WordPress fetches only from ports 80, 443 and 8080), built for that
// address by scripts/site.sh. Setting up skips what is already there; everything stops with
// `stop()`. Nothing listens beyond 127.0.0.1.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, copyFileSync, symlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../browser/harness.mjs';
import { serve } from '../browser/server.mjs';

export const EXPLAINER = 'http://127.0.0.1:8080/';
export const WORDPRESS = 'http://127.0.0.1:8081/';
const DB_PORT = 3399;
const HERE = join(ROOT, 'tests', 'wordpress');
const BED = join(ROOT, 'target', 'wordpress');
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';

function need(path, what) {
  if (!existsSync(path)) throw new Error(`${what} is missing (${path}): run scripts/setup-test.sh, which installs it`);
}

/** Starts `command` and resolves once a line of its output matches `ready`: an event, not a wait. */
function startUntil(command, args, ready, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  return new Promise((resolve, reject) => {
    let seen = '';
    const listen = (data) => {
      seen += data;
      if (ready.test(seen)) {
        child.stdout.off('data', listen);
        child.stderr.off('data', listen);
        // Keep draining, so a chatty server never blocks on a full pipe.
        child.stdout.resume();
        child.stderr.resume();
        resolve(child);
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}) before it was ready:\n${seen.slice(-2000)}`)));
    child.on('error', reject);
  });
}

/** Sets up and starts the test bed; resolves to { stop, seed(mode, dialogCode) }. */
export async function startBed() {
  need('/usr/share/wordpress/wp-load.php', "Debian's wordpress");
  need('/usr/sbin/mariadbd', "Debian's mariadb-server");
  need('/usr/bin/php', "Debian's php");
  // Without a theme WordPress answers every page with an empty body, and the tests would wait
  // for an iframe that never comes; Debian ships the theme as a package of its own.
  need('/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css', "Debian's wordpress-theme-twentytwentythree");
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  const started = Date.now();
  const timings = {};

  // The explainer, written again for its address on port 8080 (CORS: WordPress sandboxes it).
  execFileSync('bash', [join(ROOT, 'scripts', 'site.sh'), join(BED, 'site')], {
    env: { ...process.env, EXPLAINER_SITE_URL: EXPLAINER },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const explainer = await serve({ root: join(BED, 'site'), base: '/', port: 8080, headers: { 'access-control-allow-origin': '*' } });
  timings.site = Date.now() - started;

  // A private MariaDB: its own data folder, socket and port, root without a password.
  const data = join(BED, 'mysql');
  if (!existsSync(join(data, 'mysql'))) {
    mkdirSync(data, { recursive: true });
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'ignore' });
  }
  const socket = join(BED, 'mysql.sock');
  const database = await startUntil('/usr/sbin/mariadbd', [
    '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--port=${DB_PORT}`, '--bind-address=127.0.0.1',
    `--pid-file=${join(BED, 'mysql.pid')}`, '--skip-log-bin', '--innodb-buffer-pool-size=32M', ...asRoot,
  ], /ready for connections/);
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS explainer_wp']);
  timings.database = Date.now() - started;

  // WordPress's content folder: the packaged theme, and the trusted-provider plugin as a
  // must-use plugin (switched by an option; see trusted-provider.php).
  const content = join(BED, 'content');
  for (const folder of ['mu-plugins', 'plugins', 'uploads']) mkdirSync(join(content, folder), { recursive: true });
  if (!existsSync(join(content, 'themes'))) symlinkSync('/usr/share/wordpress/wp-content/themes', join(content, 'themes'));
  copyFileSync(join(HERE, 'trusted-provider.php'), join(content, 'mu-plugins', 'trusted-provider.php'));
  // Debian's WordPress reads its settings from /etc/wordpress/config-<host>.php.
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(CONFIG, `<?php
// Written by tests/wordpress/bed.mjs for the explainer's embed tests; loopback only.
define('DB_NAME', 'explainer_wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:${DB_PORT}');
define('WP_HOME', '${WORDPRESS.slice(0, -1)}');
define('WP_SITEURL', '${WORDPRESS.slice(0, -1)}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${WORDPRESS}wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// No request leaves the machine: only the site's own host (the explainer, on 127.0.0.1).
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
`);
  const php = await startUntil('php', ['-S', '127.0.0.1:8081', '-t', '/usr/share/wordpress', join(HERE, 'router.php')], /Development Server .* started/);
  timings.wordpress = Date.now() - started;

  return {
    timings,
    /** Installs WordPress if needed and recreates the posts; resolves to their ids. */
    seed(mode, dialogCode) {
      const out = execFileSync('php', [join(HERE, 'seed.php'), EXPLAINER, mode], { input: dialogCode });
      return JSON.parse(String(out).trim().split('\n').at(-1));
    },
    async stop() {
      php.kill();
      database.kill();
      await explainer.close();
      await new Promise((done) => (database.exitCode !== null ? done() : database.once('exit', done)));
      rmSync(socket, { force: true });
    },
  };
}
