import type { FieldType, Layout } from "@/lib/domain";

/** One form field as the matcher sees it (plain data, from the template parser or the database). */
export interface MatchField {
  id: string;
  formId: string;
  /** Leaf header text as written. */
  label: string;
  /** Header texts top → leaf (indicator-rows: category row first; grid: [row label, (column group), column label]). */
  path: string[];
  type: FieldType;
  unit: string | null;
  options?: string[];
  isRemark?: boolean;
  layout?: Layout;
  /**
   * The sheet of a form that spans several sheets (表一…表五 of one survey): each sheet has its own rows, so two
   * parts may ask the same datum (户编号 on the 按户 and the 按人 sheet) and each part has its own row subject.
   */
  part?: string;
  /** A grid cell's org unit: the village column of a town's table (org-unit-cells.ts). */
  orgUnit?: string;
  /** The template row of an indicator or grid cell: which cells of a town's table are one row (org-unit-cells.ts). */
  row?: number;
  /**
   * The object the form's quantities are about, read from its title (form-subject.ts: 户, 卫生室, 村); absent when
   * the title names none. Both paths set it: the CLI from the parsed title, the app from the stored form's title.
   */
  subject?: string;
  /** The form sums households over the village (form-subject.ts): only its averages (人均, 户均) are the households'. */
  householdSummary?: boolean;
  /**
   * The insurance a form's title names (城乡居民基本医疗保险 → c:medInsurance): a bare 参保 / 缴费 count on it is that
   * insurance's (form-subject.ts).
   */
  programme?: string;
  /**
   * The benefit programmes a form's title names (低保, 高龄津贴, 定期抚恤补助): a bare 发放金额 on it is that programme's
   * money, not another's (form-subject.ts benefitsOf).
   */
  benefits?: string[];
  /** The organisation whose books the form keeps (村集体经济组织): its bare 总收入 is that organisation's (form-subject.ts). */
  bookkeeper?: string;
  /** The form's title names a register of cases or events (调解案件登记台账): its persons are parties (form-subject.ts). */
  eventRows?: boolean;
  /** …and the cases are disputes (矛盾纠纷, 人民调解): their 登记日期 is the 受理日期 (form-subject.ts). */
  disputeRows?: boolean;
  /**
   * The person noun the matcher read over an unqualified ID / phone (a household list's 身份证号 as the 户主's:
   * roster-subject.ts attachHolders); set on the rewritten field, whose path then carries the noun.
   */
  attachedHolder?: string;
  /** The form's title names rented housing (出租房屋登记表, 出租屋巡查台账): its 业主 is the landlord (form-subject.ts). */
  rentalRows?: boolean;
}

export type ElementScope = "person" | "unit";
/** stock: the value carries forward (户籍人口); flow: counted within the period (本月新增就业). */
export type ElementAggregation = "stock" | "flow";

/** An element already in the catalog; its id stays stable when new forms are matched against it. */
export interface ExistingElement {
  id: string;
  name: string;
  type: FieldType;
  unit: string | null;
  scope?: ElementScope;
  aggregation?: ElementAggregation;
  /** Labels officials taught the catalog ("alias" decisions already applied). */
  aliases?: string[];
  /** Fields already assigned to this element (they stay in it). */
  fields?: MatchField[];
}

/** Officials' decisions, kept as data and re-applied on every run. */
export type MatchDecision =
  | { kind: "confirm"; fieldA: string; fieldB: string }
  | { kind: "reject"; fieldA: string; fieldB: string }
  | { kind: "assign"; fieldId: string; elementId: string }
  | { kind: "rename"; elementId: string; name: string }
  | { kind: "alias"; label: string; elementId: string };

export interface MatchOptions {
  existing?: ExistingElement[];
  decisions?: MatchDecision[];
  /** Pairs at or above this score merge automatically (default 0.8). */
  mergeThreshold?: number;
  /** Pairs between reviewThreshold and mergeThreshold, or merged below 0.9, go to the review queue (default 0.5). */
  reviewThreshold?: number;
}

export interface MatchedElement {
  id: string;
  name: string;
  type: FieldType;
  /** The unit values are stored in; fields in other units carry a conversion factor. */
  unit: string | null;
  scope: ElementScope;
  aggregation: ElementAggregation;
  fieldIds: string[];
  /** True when the element came from `existing`. */
  isExisting: boolean;
}

export interface FieldMatch {
  fieldId: string;
  elementId: string;
  /** Confidence that the field belongs to the element, 0–1. */
  score: number;
  /** Why, in Chinese, for a reviewer. */
  reason: string;
  source: "auto" | "confirmed" | "manual" | "existing";
  /** value in element unit = value in field unit × factor (1 when units agree or are unknown). */
  factor: number;
}

/**
 * One suggestion of the review queue (and of the CLI's `suggestions`): two elements that may be one (`merged`
 * false: elementA ≠ elementB) or one element that may be two (`merged` true: fieldA's signature joined fieldB's
 * element below 0.9). Answered by a confirm or reject decision on fieldA / fieldB.
 */
export interface ReviewPair {
  fieldA: string;
  fieldB: string;
  elementA: string;
  elementB: string;
  score: number;
  reason: string;
  /** Whether the matcher merged the two (a reviewer may split them) or kept them apart. */
  merged: boolean;
  /**
   * A group decided at once (all attributes under one person noun of a form): every pair the answer applies to,
   * [fieldA, fieldB] first. Absent for a single pair.
   */
  group?: [string, string][];
  /** Expected field pairs the decision puts right (pairs touched × chance the suggestion is right). Higher first. */
  weight: number;
}

export interface MatchResult {
  elements: MatchedElement[];
  fields: FieldMatch[];
  review: ReviewPair[];
}
