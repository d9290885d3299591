import { and, desc, eq } from "drizzle-orm";
import { auditLog } from "../schema";
import type { Db, DbOrTx, Tx } from "../types";

export interface Actor {
  userId: string | null;
  districtId?: string | null;
}

export interface AuditEntryInput {
  action: string;
  entity: string;
  entityId?: string | null;
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Strips secrets before anything reaches the log. */
function redact(value: unknown): unknown {
  if (!value || typeof value !== "object") return value ?? null;
  const { passwordHash, bytes, ...rest } = value as Record<string, unknown>;
  return { ...rest, ...(passwordHash ? { passwordHash: "[redacted]" } : {}), ...(bytes ? { bytes: "[binary]" } : {}) };
}

export async function recordAudit(db: DbOrTx, actor: Actor, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    userId: actor.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    districtId: entry.districtId ?? actor.districtId ?? null,
    before: redact(entry.before),
    after: redact(entry.after),
  });
}

export interface MutationOutcome<T> {
  result: T;
  entityId?: string | null;
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The one way to change data: runs `change` in a transaction and writes its audit row in the same
 * transaction, so a change is never saved without its record (nor the record without the change).
 */
export async function mutate<T>(db: Db, actor: Actor, what: { action: string; entity: string }, change: (tx: Tx) => Promise<MutationOutcome<T>>): Promise<T> {
  return db.transaction(async (tx) => {
    const outcome = await change(tx as Tx);
    await recordAudit(tx as Tx, actor, { ...what, ...outcome });
    return outcome.result;
  });
}

export async function listAuditEntries(db: DbOrTx, filter: { entity?: string; entityId?: string; limit?: number } = {}) {
  const where = and(filter.entity ? eq(auditLog.entity, filter.entity) : undefined, filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined);
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(filter.limit ?? 100);
}
