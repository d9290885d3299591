import fs from "node:fs";

/**
 * PGlite has no cross-process lock, and two processes on one data folder corrupt it (STACK.md P2).
 * This pid lock file makes the second opener fail at once with a clear message instead.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => fs.rmSync(lockFile, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `数据目录 ${dataDir} 正被进程 ${holder} 使用：同一 PGlite 目录不能被两个进程同时打开。` +
            `请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a killed process
    }
  }
  throw new Error(`无法获取数据目录锁：${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
