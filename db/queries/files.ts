import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { files, type StoredFile } from "../schema";
import type { DbOrTx, Tx } from "../types";

/** Keeps an uploaded file whole; the same bytes under the same name are stored once. */
export async function storeFile(tx: Tx, input: { name: string; bytes: Buffer; uploadedBy: string | null }): Promise<Omit<StoredFile, "bytes">> {
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const [existing] = await tx
    .select({ id: files.id, sha256: files.sha256, name: files.name, size: files.size, uploadedBy: files.uploadedBy, createdAt: files.createdAt })
    .from(files)
    .where(eq(files.sha256, sha256));
  if (existing && existing.name === input.name) return existing;
  const [row] = await tx
    .insert(files)
    .values({ sha256, name: input.name, size: input.bytes.length, bytes: input.bytes, uploadedBy: input.uploadedBy })
    .returning({ id: files.id, sha256: files.sha256, name: files.name, size: files.size, uploadedBy: files.uploadedBy, createdAt: files.createdAt });
  return row;
}

export async function getFileById(db: DbOrTx, { id }: { id: string }): Promise<StoredFile | null> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row ?? null;
}
