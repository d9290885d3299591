/** Runs once per server process: opens the database and applies migrations before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDbHandle } = await import("./db/client");
    await getDbHandle();
  }
}
