import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Builds the app, seeds the demo district into a PGlite folder of its own (never the developer's
 * .data/pglite: two processes on one folder corrupt it), and serves it with `next start`.
 * With E2E_DATABASE_URL (a PostgreSQL server) the app runs on a fresh database created there instead,
 * dropped afterwards, so the browser journeys run on both backends.
 * E2E_REUSE_BUILD=1 serves the existing build instead of building again: the build holds no database setting
 * (DATABASE_URL is read at run time), so CI builds once for both backends.
 */
export default async function setup(project: TestProject) {
  ensureChromium();
  const dataDir = path.join(root, ".data", `e2e-${process.pid}`);
  const onServer = process.env.E2E_DATABASE_URL ? await createServerDatabase(process.env.E2E_DATABASE_URL, `e2e_${process.pid}`) : null;
  const env = { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: onServer?.url ?? "", NODE_ENV: "production" as const };
  if (!(process.env.E2E_REUSE_BUILD === "1" && hasBuild())) run("npx", ["next", "build"], env);
  run("npx", ["tsx", "scripts/db-seed.ts"], env);
  const port = await freePort();
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const log: string[] = [];
  server.stdout?.on("data", (d) => log.push(String(d)));
  server.stderr?.on("data", (d) => log.push(String(d)));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(`${baseURL}/login`, server, log);
  project.provide("baseURL", baseURL);
  return async () => {
    stop(server);
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
    await onServer?.drop();
  };
}

function hasBuild() {
  return fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"));
}

/** A new, empty database on the PostgreSQL server at `adminUrl` (the app migrates it at start). */
async function createServerDatabase(adminUrl: string, name: string) {
  const { default: postgres } = await import("postgres");
  const admin = () => postgres(adminUrl, { max: 1, onnotice: () => {} });
  const sql = admin();
  await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql.unsafe(`CREATE DATABASE ${name}`);
  await sql.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const sql = admin();
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end();
    },
  };
}

/** The browser tests drive Debian's chromium; on a fresh Debian machine (as root) install it once. */
function ensureChromium() {
  const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(browser)) return;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    run("apt-get", ["update", "-qq"], process.env);
    run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
    return;
  }
  throw new Error(`浏览器测试需要 Debian 的 chromium（${browser}）：请运行 sudo apt-get install -y chromium，或设置 CHROMIUM_PATH。`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

function stop(server: ChildProcess) {
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM"); // the whole group: npx and next-server
  } catch {
    server.kill("SIGTERM");
  }
}

async function waitForServer(url: string, server: ChildProcess, log: string[]) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${log.join("")}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop(server);
  throw new Error(`next start did not answer within 60 s:\n${log.join("")}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}
