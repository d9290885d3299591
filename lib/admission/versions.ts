import { norm } from "@/lib/templates/text";
// The period a title is dated with (2025年(度), 第三季度, 11月(份), 上半年), as the survey-part grouping reads it.
import { PERIOD_WORDS } from "@/lib/templates/workbook-parts";

export interface VersionCandidate {
  id: string;
  title: string;
  createdAt: Date;
}

/** A stem this short names no particular form: two titles sharing it are not versions of one. */
const MIN_STEM_LENGTH = 4;
/** An edition note at the end: （修订）, (2026版), 【试行】; not a qualifier such as （城市） / （农村）. */
const EDITION = /[(（【\[][^()（）【】\[\]]*(?:版|修订|修改|试行|暂行|草案|征求意见稿?|新)[^()（）【】\[\]]*[)）】\]]$/;

/** The title with its period and edition note set aside: what stays the same from one version to the next. */
export function versionStem(title: string): string {
  return norm(title).replace(PERIOD_WORDS, "").replace(EDITION, "").replace(/\s+/g, "");
}

/**
 * The admitted form a department's new draft replaces, among that department's admitted forms: the same title,
 * else the same title once its period and an edition note in brackets are set aside
 * (「2025年困难群众走访登记表」 → 「2026年困难群众走访登记表（修订）」); the newest when several qualify.
 */
export function previousVersionOf(title: string, candidates: VersionCandidate[]): string | null {
  const newestFirst = [...candidates].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id));
  const exact = newestFirst.find((c) => c.title.trim() === title.trim());
  if (exact) return exact.id;
  const stem = versionStem(title);
  if (stem.length < MIN_STEM_LENGTH) return null;
  return newestFirst.find((c) => versionStem(c.title) === stem)?.id ?? null;
}
