// The npm registry this project installs from does not serve @swc/core's darwin/win32/exotic-linux builds
// (404), so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock as out
// of sync. Listing them as optional, platform-bound entries satisfies npm ci; they are never fetched on
// linux-x64. Run after any `npm install` that rewrites the lock: node scripts/lock-missing-platforms.mjs
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const swc = lock.packages["node_modules/@swc/core"];
if (!swc) process.exit(0);
const PLATFORMS = {
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "linux-arm-gnueabihf": ["linux", "arm"],
  "linux-ppc64-gnu": ["linux", "ppc64"],
  "linux-s390x-gnu": ["linux", "s390x"],
  "win32-arm64-msvc": ["win32", "arm64"],
  "win32-ia32-msvc": ["win32", "ia32"],
  "win32-x64-msvc": ["win32", "x64"],
};
let added = 0;
for (const [suffix, [os, cpu]] of Object.entries(PLATFORMS)) {
  const key = `node_modules/@swc/core-${suffix}`;
  if (lock.packages[key] || !swc.optionalDependencies?.[`@swc/core-${suffix}`]) continue;
  lock.packages[key] = { version: swc.version, cpu: [cpu], license: "Apache-2.0 AND MIT", optional: true, os: [os], engines: { node: ">=10" } };
  added++;
}
const keys = Object.keys(lock.packages).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en")));
lock.packages = Object.fromEntries(keys.map((k) => [k, lock.packages[k]]));
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added`);
