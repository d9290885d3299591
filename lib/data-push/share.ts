import { isFilled, sameScalar, type OneFormView, type Progress } from "@/lib/one-form";

/**
 * How much of a village's one form departments' pushes fill: of the roster cells (each resident × each
 * roster's own column) and the stock items (state values: 户籍人口, 党员人数 …; totals computed from
 * parts left out), those showing a pushed value — as a prefill, or stored by the village and equal to it.
 * Flow items (counts of this period) are the village's own work and are not counted.
 */
export function pushedShare(view: OneFormView): Progress {
  let filled = 0;
  let total = 0;
  for (const section of view.sections) {
    for (const e of section.elements) {
      if (e.isDerived || e.element.aggregation !== "stock") continue;
      total++;
      const p = e.cell.pushed;
      if (p && isFilled(p.value) && (e.cell.isPrefill || sameScalar(e.cell.value, p.value))) filled++;
    }
  }
  for (const roster of view.rosters) {
    const own = roster.columns.filter((c) => !c.attribute);
    for (const row of roster.rows) {
      for (const c of own) {
        total++;
        const cell = row.cells[c.elementId];
        const p = cell?.pushed;
        // ID and phone cells carry no value to the page; a mark without conflict says the push and the village agree.
        if (p && (cell.isPrefill || !p.conflict)) filled++;
      }
    }
  }
  return { filled, total };
}
