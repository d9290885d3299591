CREATE TABLE "admission_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"previous_form_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_frequency" text NOT NULL,
	"admitted_frequency" text,
	"dropped_field_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text,
	"analysis" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_previous_form_id_forms_id_fk" FOREIGN KEY ("previous_form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_requests" ADD CONSTRAINT "admission_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admission_requests_district_status_idx" ON "admission_requests" USING btree ("district_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "admission_requests_form_idx" ON "admission_requests" USING btree ("form_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admission_requests_one_pending_uq" ON "admission_requests" USING btree ("form_id") WHERE "admission_requests"."status" = 'pending';