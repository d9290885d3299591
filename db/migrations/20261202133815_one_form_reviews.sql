CREATE TABLE "one_form_reviews" (
	"org_unit_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"district_id" uuid NOT NULL,
	"town_id" uuid NOT NULL,
	"status" text NOT NULL,
	"forms" jsonb NOT NULL,
	"rounds" integer DEFAULT 1 NOT NULL,
	"returned_count" integer DEFAULT 0 NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"reason" text,
	"item_notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"returned_by" uuid,
	"returned_at" timestamp with time zone,
	"town_approved_by" uuid,
	"town_approved_at" timestamp with time zone,
	"district_approved_by" uuid,
	"district_approved_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "one_form_reviews_org_unit_id_period_key_pk" PRIMARY KEY("org_unit_id","period_key")
);
--> statement-breakpoint
ALTER TABLE "burden_facts" ADD COLUMN "reports_returned" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "burden_rollup" ADD COLUMN "reports_returned" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "one_form_reviews" ADD CONSTRAINT "one_form_reviews_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_form_reviews" ADD CONSTRAINT "one_form_reviews_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_form_reviews" ADD CONSTRAINT "one_form_reviews_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_form_reviews" ADD CONSTRAINT "one_form_reviews_town_approved_by_users_id_fk" FOREIGN KEY ("town_approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_form_reviews" ADD CONSTRAINT "one_form_reviews_district_approved_by_users_id_fk" FOREIGN KEY ("district_approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "one_form_reviews_town_period_idx" ON "one_form_reviews" USING btree ("town_id","period_key");--> statement-breakpoint
CREATE INDEX "one_form_reviews_district_period_idx" ON "one_form_reviews" USING btree ("district_id","period_key");