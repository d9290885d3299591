CREATE TABLE "burden_rollup" (
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"month" text NOT NULL,
	"department_id" uuid,
	"forms_before" integer DEFAULT 0 NOT NULL,
	"forms_after" integer DEFAULT 0 NOT NULL,
	"entries_before" integer DEFAULT 0 NOT NULL,
	"entries_after" integer DEFAULT 0 NOT NULL,
	"entries_prefilled" integer DEFAULT 0 NOT NULL,
	"checkins_required" integer DEFAULT 0 NOT NULL,
	"checkins_done" integer DEFAULT 0 NOT NULL,
	"checkins_removed" integer DEFAULT 0 NOT NULL,
	"reports_due" integer DEFAULT 0 NOT NULL,
	"reports_on_time" integer DEFAULT 0 NOT NULL,
	"reports_late" integer DEFAULT 0 NOT NULL,
	"reports_missing" integer DEFAULT 0 NOT NULL,
	"minutes_before" double precision DEFAULT 0 NOT NULL,
	"minutes_after" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "burden_rollup_unit_month_department_key" UNIQUE NULLS NOT DISTINCT("org_unit_id","month","department_id")
);
--> statement-breakpoint
DROP INDEX "burden_facts_path_idx";--> statement-breakpoint
ALTER TABLE "burden_rollup" ADD CONSTRAINT "burden_rollup_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_rollup" ADD CONSTRAINT "burden_rollup_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "burden_rollup_parent_idx" ON "burden_rollup" USING btree ("parent_id","department_id","month");--> statement-breakpoint
CREATE INDEX "burden_rollup_district_idx" ON "burden_rollup" USING btree ("district_id","department_id","month");--> statement-breakpoint
CREATE INDEX "burden_facts_district_department_idx" ON "burden_facts" USING btree ("district_id","department_id","month");--> statement-breakpoint
-- burden_rollup starts empty: forget the recorded rebuilds, so the next dashboard view of each district rebuilds its rollup (app/(app)/dashboard/load.ts).
DELETE FROM "burden_refreshes";
