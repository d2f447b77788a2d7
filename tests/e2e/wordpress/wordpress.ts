/**
 * A real WordPress for the embed tests: Debian's own `wordpress` package, unmodified, on
 * Debian's MariaDB, served by `php -S`. Two sites share one private database server: an
 * English one and an Arabic (right-to-left) one. Everything lives in a temporary folder
 * (the database's data directory, a copy of the package's files with a wp-config.php of its
 * own), so nothing on the machine is changed and nothing needs root.
 *
 * The one configuration beyond installing: WordPress refuses to fetch loopback hosts and ports
 * other than 80, 443 and 8080, so a must-use plugin lets it fetch this project's local server.
 * Everything else (oEmbed discovery, the sandbox, wp-embed.js) is WordPress's own.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = '/usr/sbin/mariadbd';

/** Why this machine cannot run the test, or null. CI installs what is missing (.ci/run). */
export function missing(): string | null {
	const needed: [string, string][] = [
		[WORDPRESS, 'wordpress'],
		[MARIADBD, 'mariadb-server'],
		['/usr/bin/php', 'php-cli']
	];
	for (const [path, pkg] of needed)
		if (!existsSync(path)) return `${path} not found: apt-get install ${pkg}`;
	const mysqli = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? 1 : 0;']);
	if (String(mysqli.stdout) !== '1') return 'PHP has no mysqli: apt-get install php-mysql';
	return null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 30_000) {
	for (const end = Date.now() + ms; Date.now() < end; await sleep(200)) if (await ok()) return;
	throw new Error(`WordPress harness: timed out waiting for ${what}`);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
	const r = spawnSync(command, args, { encoding: 'utf8', ...options });
	if (r.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
	return String(r.stdout);
}

const php = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB and one WordPress site per entry of `sites` ({ key, port, locale }), and
 * lets WordPress fetch `allow` (the project's server: { hosts, port }). Returns the sites'
 * URLs, `post(key, title, content)` → the post's URL, and `stop()`.
 */
export interface Site {
	key: string;
	port: number;
	locale: string;
}

export async function startWordPress({
	sites,
	allow
}: {
	sites: Site[];
	allow: { hosts: string[]; port: number };
}) {
	const dir = mkdtempSync(join(tmpdir(), 'iraq-wp-'));
	const children: ChildProcess[] = [];
	const stop = async () => {
		const exits = children
			.filter((c) => c.exitCode === null)
			.map((c) => new Promise((r) => c.once('exit', r)));
		// Each child leads its own process group: php -S forks workers, which must go too.
		for (const c of children) {
			try {
				if (c.pid) process.kill(-c.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
		await Promise.race([Promise.all(exits), sleep(10_000)]);
		rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
	};
	try {
		// ── MariaDB, private: its own data directory and socket, no TCP port ──
		const user = userInfo().username;
		const datadir = join(dir, 'db');
		const socket = join(dir, 'mysql.sock');
		run('mariadb-install-db', [
			'--no-defaults',
			`--datadir=${datadir}`,
			`--user=${user}`,
			'--auth-root-authentication-method=socket',
			'--skip-test-db'
		]);
		const db = spawn(
			MARIADBD,
			[
				'--no-defaults',
				`--datadir=${datadir}`,
				`--socket=${socket}`,
				'--skip-networking',
				`--pid-file=${join(dir, 'mysql.pid')}`,
				`--user=${user}`,
				'--innodb-buffer-pool-size=32M'
			],
			{ stdio: 'ignore', detached: true }
		);
		children.push(db);
		await until('MariaDB', () => existsSync(socket));
		await until('MariaDB to accept connections', () => {
			const r = spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', user, '-e', 'SELECT 1']);
			return r.status === 0;
		});
		run('mariadb', [
			'--no-defaults',
			'-S',
			socket,
			'-u',
			user,
			'-e',
			"CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"
		]);

		// ── WordPress: the package's files, copied, with a config of our own ──
		const root = join(dir, 'wordpress');
		cpSync(WORDPRESS, root, {
			recursive: true,
			dereference: false,
			filter: (src) => !src.endsWith('/.htaccess') && !src.endsWith('/wp-config.php')
		});
		const prefixes = Object.fromEntries(sites.map((s) => [s.port, `${s.key}_`]));
		writeFileSync(
			join(root, 'wp-config.php'),
			`<?php
// Written by tests/e2e/wordpress/wordpress.ts: one install per port, one table prefix each.
$port = isset($_SERVER['SERVER_PORT']) ? $_SERVER['SERVER_PORT'] : getenv('WP_PORT');
$prefixes = ${JSON.stringify(prefixes)
				.replace(/"(\d+)":/g, '$1 =>')
				.replace(/[{}]/g, (c) => (c === '{' ? 'array(' : ')'))};
$table_prefix = $prefixes[(int) $port];
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', 'http://127.0.0.1:' . $port);
define('WP_SITEURL', 'http://127.0.0.1:' . $port);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
foreach (array('AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT') as $k) define($k, 'test-only-' . $k);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
		);
		mkdirSync(join(root, 'wp-content', 'mu-plugins'), { recursive: true });
		writeFileSync(
			join(root, 'wp-content', 'mu-plugins', 'allow-local-provider.php'),
			`<?php
// The only setting changed: WordPress may fetch this project's local server (a loopback host
// on a port it does not allow by default), as it would fetch any public site.
add_filter('http_request_host_is_external', function ($external, $host) {
	return in_array($host, ${`array(${allow.hosts.map(php).join(', ')})`}, true) ? true : $external;
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) {
	$ports[] = ${Number(allow.port)};
	return $ports;
});
`
		);
		// What Debian's .htaccess does under Apache: a path that is not a file goes to WordPress
		// (which answers /favicon.ico, pretty permalinks and 404 pages itself).
		writeFileSync(
			join(dir, 'router.php'),
			`<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (file_exists(${php(root)} . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = ${php(join(root, 'index.php'))};
chdir(${php(root)});
require ${php(join(root, 'index.php'))};
`
		);
		for (const site of sites) {
			const install = `
$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';
define('WP_INSTALLING', true);
require ${php(join(root, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Newsroom ${site.key}', 'editor', 'editor@example.org', true, '', 'test-only-password', ${php(site.locale)});
update_option('WPLANG', ${php(site.locale === 'en_US' ? '' : site.locale)});
update_option('permalink_structure', '');
`;
			run('php', ['-r', install], { env: { ...process.env, WP_PORT: String(site.port) } });
			const server = spawn(
				'php',
				['-S', `127.0.0.1:${site.port}`, '-t', root, join(dir, 'router.php')],
				{
					stdio: 'ignore',
					detached: true,
					env: { ...process.env, PHP_CLI_SERVER_WORKERS: '2', WP_PORT: String(site.port) }
				}
			);
			children.push(server);
			await until(`WordPress on port ${site.port}`, async () => {
				try {
					return (await fetch(`http://127.0.0.1:${site.port}/`)).ok;
				} catch {
					return false;
				}
			});
		}

		/** Writes a published post as an editor would paste it; returns its URL. */
		const site = (key: string): Site => {
			const found = sites.find((s) => s.key === key);
			if (!found) throw new Error(`WordPress harness: no site ${key}`);
			return found;
		};
		const post = (key: string, title: string, content: string) => {
			const { port } = site(key);
			const code = `
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require ${php(join(root, 'wp-load.php'))};
$id = wp_insert_post(array('post_title' => ${php(title)}, 'post_content' => ${php(content)}, 'post_status' => 'publish', 'post_author' => 1), true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo get_permalink($id);
`;
			return run('php', ['-r', code], {
				env: { ...process.env, WP_PORT: String(port) }
			}).trim();
		};
		return {
			dir,
			post,
			stop,
			url: (key: string) => `http://127.0.0.1:${site(key).port}/`
		};
	} catch (e) {
		await stop();
		throw e;
	}
}
