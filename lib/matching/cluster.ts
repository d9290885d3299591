/** One thing being clustered: a field (or a virtual field standing for an element's name/alias). */
export interface ClusterItem {
  formId: string;
  sig: number;
  /** Fixed element id (existing catalog element or a pinned id): two different fixed ids never merge. */
  fixedId: string | null;
  /** Whether its signature takes part in the conflict veto (false for officials' decisions and aliases). */
  isChecked: boolean;
  /** Further forms the item counts as for "one form per element" (the whole form of a sheet that is one of its parts). */
  alsoForms?: string[];
}

/**
 * Union-find over items with cannot-link constraints: one form per element, rejected pairs, fixed ids,
 * and a signature-level veto (hard conflicts, checked complete-link between the two clusters).
 */
export class ConstrainedClusters {
  private parent: Int32Array;
  private forms: Map<number, Set<string>> = new Map();
  private sigs: Map<number, Set<number>> = new Map();
  private members: Map<number, number[]> = new Map();
  private fixed: Map<number, string | null> = new Map();
  private rejects = new Map<number, number[]>();

  constructor(
    private items: ClusterItem[],
    private sigVeto: (a: number, b: number, pairCount: number) => boolean,
  ) {
    this.parent = new Int32Array(items.length);
    items.forEach((it, i) => {
      this.parent[i] = i;
      this.forms.set(i, new Set([it.formId, ...(it.alsoForms ?? [])]));
      this.sigs.set(i, new Set(it.isChecked ? [it.sig] : []));
      this.members.set(i, [i]);
      this.fixed.set(i, it.fixedId);
    });
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  addReject(a: number, b: number): void {
    for (const [x, y] of [[a, b], [b, a]]) {
      const list = this.rejects.get(x) ?? [];
      list.push(y);
      this.rejects.set(x, list);
    }
  }

  /** Takes an item's signature out of the veto (an official confirmed it): call before further unions. */
  uncheck(i: number): void {
    const root = this.find(i);
    const sig = this.items[i].sig;
    if (this.members.get(root)!.some((m) => m !== i && this.items[m].isChecked && this.items[m].sig === sig)) return;
    this.sigs.get(root)!.delete(sig);
  }

  /** Gives an item another signature (an official re-read it): call before further unions. */
  resign(i: number, sig: number): void {
    const root = this.find(i);
    const old = this.items[i].sig;
    this.items[i].sig = sig;
    const set = this.sigs.get(root)!;
    if (!this.members.get(root)!.some((m) => this.items[m].isChecked && this.items[m].sig === old)) set.delete(old);
    if (this.items[i].isChecked) set.add(sig);
  }

  membersOf(root: number): number[] {
    return this.members.get(this.find(root)) ?? [];
  }

  formsOf(root: number): Set<string> {
    return this.forms.get(this.find(root)) ?? new Set();
  }

  fixedIdOf(root: number): string | null {
    return this.fixed.get(this.find(root)) ?? null;
  }

  /** Why two clusters may not merge, or null when they may. `checkSigs` false skips the signature veto. */
  blocker(a: number, b: number, checkSigs = true): string | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return "same";
    const fa = this.fixed.get(ra);
    const fb = this.fixed.get(rb);
    if (fa && fb && fa !== fb) return "fixed";
    const [small, big] = this.forms.get(ra)!.size <= this.forms.get(rb)!.size ? [ra, rb] : [rb, ra];
    const bigForms = this.forms.get(big)!;
    for (const f of this.forms.get(small)!) if (bigForms.has(f)) return "form";
    const [ma, mb] = this.members.get(ra)!.length <= this.members.get(rb)!.length ? [ra, rb] : [rb, ra];
    for (const m of this.members.get(ma)!) {
      for (const other of this.rejects.get(m) ?? []) if (this.find(other) === mb) return "rejected";
    }
    if (checkSigs) {
      const sa = this.sigs.get(ra)!;
      const sb = this.sigs.get(rb)!;
      const count = sa.size * sb.size;
      for (const x of sa) for (const y of sb) if (x !== y && this.sigVeto(x, y, count)) return "conflict";
    }
    return null;
  }

  /** Merges b's cluster into a's; returns the new root. Call only after blocker() returned null. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.members.get(ra)!.length < this.members.get(rb)!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    for (const f of this.forms.get(rb)!) this.forms.get(ra)!.add(f);
    for (const s of this.sigs.get(rb)!) this.sigs.get(ra)!.add(s);
    this.members.get(ra)!.push(...this.members.get(rb)!);
    this.fixed.set(ra, this.fixed.get(ra) ?? this.fixed.get(rb) ?? null);
    this.forms.delete(rb);
    this.sigs.delete(rb);
    this.members.delete(rb);
    this.fixed.delete(rb);
    return ra;
  }

  roots(): number[] {
    return [...this.members.keys()];
  }
}
