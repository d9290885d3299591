/**
 * `JSON.stringify(value, null, indent)` in pieces: the same characters, produced a few kilobytes at a time, so a large
 * analysis (3,000 templates print ~270 MB, mostly `coveredBy` lists) is written out without first building one
 * string of that size. Objects and arrays down to `splitDepth` are split into their members; deeper values are
 * stringified whole and re-indented (JSON text has no raw newline inside a string, so every newline is structure).
 */
export function* jsonChunks(value: unknown, options: { indent?: number; splitDepth?: number } = {}): Generator<string> {
  const indent = options.indent ?? 1;
  const splitDepth = options.splitDepth ?? 3;
  // Without indentation there is no structure whitespace to reproduce: one piece.
  if (indent <= 0) return yield JSON.stringify(value) ?? "null";
  function* walk(v: unknown, depth: number): Generator<string> {
    const pad = " ".repeat(indent * depth);
    if (depth >= splitDepth || v === null || typeof v !== "object" || typeof (v as { toJSON?: unknown }).toJSON === "function") {
      const text = JSON.stringify(v, null, indent) ?? "null";
      yield depth === 0 || !text.includes("\n") ? text : text.replaceAll("\n", `\n${pad}`);
      return;
    }
    const inner = " ".repeat(indent * (depth + 1));
    if (Array.isArray(v)) {
      if (v.length === 0) return yield "[]";
      yield "[\n";
      for (let i = 0; i < v.length; i++) {
        yield inner;
        const item = v[i];
        yield* walk(item === undefined || typeof item === "function" || typeof item === "symbol" ? null : item, depth + 1);
        yield i < v.length - 1 ? ",\n" : "\n";
      }
      return yield `${pad}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== "function" && typeof x !== "symbol");
    if (entries.length === 0) return yield "{}";
    yield "{\n";
    for (let i = 0; i < entries.length; i++) {
      yield `${inner}${JSON.stringify(entries[i][0])}: `;
      yield* walk(entries[i][1], depth + 1);
      yield i < entries.length - 1 ? ",\n" : "\n";
    }
    yield `${pad}}`;
  }
  yield* walk(value, 0);
}

/** Writes the chunks to a stream in ~64 KB writes, waiting for it to drain when it asks to. */
export async function writeJson(stream: NodeJS.WritableStream, value: unknown, options?: { indent?: number; splitDepth?: number }): Promise<void> {
  let buffer = "";
  const flush = async () => {
    if (!stream.write(buffer)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    buffer = "";
  };
  for (const chunk of jsonChunks(value, options)) {
    buffer += chunk;
    if (buffer.length >= 65_536) await flush();
  }
  buffer += "\n";
  await flush();
}
