CREATE TABLE "org_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"division_code" text NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_units_division_code_unique" UNIQUE("division_code"),
	CONSTRAINT "org_units_code_12_digits" CHECK ("org_units"."division_code" ~ '^[0-9]{12}$')
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_district_name_uq" UNIQUE("district_id","name")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"department_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"district_id" uuid,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"name" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"unit" text,
	"scope" text NOT NULL,
	"aggregation" text NOT NULL,
	"options" jsonb,
	"section" text,
	"aliases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "match_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"field_a" uuid,
	"field_b" uuid,
	"element_id" uuid,
	"label" text,
	"name" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "match_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"district_id" uuid NOT NULL,
	"field_a" uuid NOT NULL,
	"field_b" uuid NOT NULL,
	"score" real NOT NULL,
	"reason" text NOT NULL,
	"merged" boolean NOT NULL,
	"weight" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"ref" text NOT NULL,
	"label" text NOT NULL,
	"path" jsonb NOT NULL,
	"type" text NOT NULL,
	"unit" text,
	"options" jsonb,
	"is_remark" boolean DEFAULT false NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"placement" jsonb NOT NULL,
	"element_id" uuid,
	"match_score" real,
	"match_reason" text,
	"match_source" text,
	"unit_factor" double precision DEFAULT 1 NOT NULL,
	CONSTRAINT "form_fields_form_ref_uq" UNIQUE("form_id","ref")
);
--> statement-breakpoint
CREATE TABLE "forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"title" text NOT NULL,
	"sheet" text NOT NULL,
	"frequency" text NOT NULL,
	"layout" text NOT NULL,
	"kind" text NOT NULL,
	"target_levels" jsonb DEFAULT '["village","community"]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_values" (
	"person_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"value" jsonb,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "person_values_person_id_element_id_pk" PRIMARY KEY("person_id","element_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" text NOT NULL,
	"sex" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "persons_org_unit_id_number_uq" UNIQUE("org_unit_id","id_number")
);
--> statement-breakpoint
CREATE TABLE "roster_entries" (
	"form_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_entries_form_id_person_id_pk" PRIMARY KEY("form_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"org_unit_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"district_id" uuid NOT NULL,
	"status" text NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "submissions_org_unit_id_form_id_period_key_pk" PRIMARY KEY("org_unit_id","form_id","period_key")
);
--> statement-breakpoint
CREATE TABLE "values" (
	"org_unit_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"district_id" uuid NOT NULL,
	"value" jsonb,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "values_org_unit_id_element_id_period_key_pk" PRIMARY KEY("org_unit_id","element_id","period_key")
);
--> statement-breakpoint
CREATE TABLE "retirement_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"level" text NOT NULL,
	"coverage" real NOT NULL,
	"load_removed" integer NOT NULL,
	"analysis" jsonb NOT NULL,
	"fields_signature" text NOT NULL,
	"decision" text,
	"merged_into_form_id" uuid,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reverted_by" uuid,
	"reverted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_facts" (
	"district_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"path" text NOT NULL,
	"month" text NOT NULL,
	"department_id" uuid NOT NULL,
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
	CONSTRAINT "burden_facts_org_unit_id_month_department_id_pk" PRIMARY KEY("org_unit_id","month","department_id")
);
--> statement-breakpoint
CREATE TABLE "burden_refreshes" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ms" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burden_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"minutes" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkin_counts" (
	"task_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"district_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkin_counts_task_id_org_unit_id_month_pk" PRIMARY KEY("task_id","org_unit_id","month")
);
--> statement-breakpoint
CREATE TABLE "checkin_targets" (
	"task_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	CONSTRAINT "checkin_targets_task_id_org_unit_id_pk" PRIMARY KEY("task_id","org_unit_id")
);
--> statement-breakpoint
CREATE TABLE "checkin_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"app" text NOT NULL,
	"name" text NOT NULL,
	"frequency" text NOT NULL,
	"required_count" integer NOT NULL,
	"target_levels" jsonb DEFAULT '["village","community"]'::jsonb NOT NULL,
	"forbidden_kind" text,
	"minutes_each" real,
	"start_month" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"cancelled_month" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancel_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elements" ADD CONSTRAINT "elements_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_decisions" ADD CONSTRAINT "match_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reviews" ADD CONSTRAINT "match_reviews_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_fields" ADD CONSTRAINT "form_fields_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_fields" ADD CONSTRAINT "form_fields_element_id_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."elements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_values" ADD CONSTRAINT "person_values_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_values" ADD CONSTRAINT "person_values_element_id_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."elements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_values" ADD CONSTRAINT "person_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "values" ADD CONSTRAINT "values_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "values" ADD CONSTRAINT "values_element_id_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."elements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "values" ADD CONSTRAINT "values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirement_reviews" ADD CONSTRAINT "retirement_reviews_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirement_reviews" ADD CONSTRAINT "retirement_reviews_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirement_reviews" ADD CONSTRAINT "retirement_reviews_merged_into_form_id_forms_id_fk" FOREIGN KEY ("merged_into_form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirement_reviews" ADD CONSTRAINT "retirement_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirement_reviews" ADD CONSTRAINT "retirement_reviews_reverted_by_users_id_fk" FOREIGN KEY ("reverted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_facts" ADD CONSTRAINT "burden_facts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_facts" ADD CONSTRAINT "burden_facts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_refreshes" ADD CONSTRAINT "burden_refreshes_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_settings" ADD CONSTRAINT "burden_settings_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burden_settings" ADD CONSTRAINT "burden_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_counts" ADD CONSTRAINT "checkin_counts_task_id_checkin_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."checkin_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_counts" ADD CONSTRAINT "checkin_counts_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_counts" ADD CONSTRAINT "checkin_counts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_targets" ADD CONSTRAINT "checkin_targets_task_id_checkin_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."checkin_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_targets" ADD CONSTRAINT "checkin_targets_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_tasks" ADD CONSTRAINT "checkin_tasks_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_tasks" ADD CONSTRAINT "checkin_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_tasks" ADD CONSTRAINT "checkin_tasks_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_tasks" ADD CONSTRAINT "checkin_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_units_path_idx" ON "org_units" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_district_at_idx" ON "audit_log" USING btree ("district_id","at");--> statement-breakpoint
CREATE INDEX "files_sha256_idx" ON "files" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "elements_district_idx" ON "elements" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "match_decisions_district_idx" ON "match_decisions" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "match_reviews_district_weight_idx" ON "match_reviews" USING btree ("district_id","weight");--> statement-breakpoint
CREATE INDEX "form_fields_element_idx" ON "form_fields" USING btree ("element_id");--> statement-breakpoint
CREATE INDEX "forms_district_status_idx" ON "forms" USING btree ("district_id","status");--> statement-breakpoint
CREATE INDEX "forms_department_idx" ON "forms" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "person_values_district_idx" ON "person_values" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "persons_district_idx" ON "persons" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "roster_entries_org_unit_idx" ON "roster_entries" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "submissions_district_period_idx" ON "submissions" USING btree ("district_id","period_key");--> statement-breakpoint
CREATE INDEX "values_district_period_idx" ON "values" USING btree ("district_id","period_key");--> statement-breakpoint
CREATE INDEX "retirement_reviews_district_idx" ON "retirement_reviews" USING btree ("district_id","load_removed");--> statement-breakpoint
CREATE INDEX "retirement_reviews_form_idx" ON "retirement_reviews" USING btree ("form_id");--> statement-breakpoint
CREATE UNIQUE INDEX "retirement_reviews_pending_uq" ON "retirement_reviews" USING btree ("form_id") WHERE "retirement_reviews"."decision" is null;--> statement-breakpoint
CREATE INDEX "burden_facts_district_month_idx" ON "burden_facts" USING btree ("district_id","month");--> statement-breakpoint
CREATE INDEX "burden_facts_path_idx" ON "burden_facts" USING btree ("path" text_pattern_ops,"month");--> statement-breakpoint
CREATE INDEX "checkin_counts_district_month_idx" ON "checkin_counts" USING btree ("district_id","month");--> statement-breakpoint
CREATE INDEX "checkin_targets_district_idx" ON "checkin_targets" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "checkin_tasks_district_idx" ON "checkin_tasks" USING btree ("district_id","status");--> statement-breakpoint
CREATE INDEX "checkin_tasks_department_idx" ON "checkin_tasks" USING btree ("department_id");