CREATE TABLE "data_pushes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"kind" text NOT NULL,
	"form_id" uuid,
	"file_id" uuid,
	"file_name" text,
	"row_count" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"pushed_by" uuid,
	"pushed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pushed_person_values" (
	"person_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"value" jsonb,
	"push_id" uuid NOT NULL,
	"pushed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pushed_person_values_person_id_element_id_department_id_pk" PRIMARY KEY("person_id","element_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "pushed_values" (
	"org_unit_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"department_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"value" jsonb,
	"push_id" uuid NOT NULL,
	"pushed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pushed_values_org_unit_id_element_id_period_key_department_id_pk" PRIMARY KEY("org_unit_id","element_id","period_key","department_id")
);
--> statement-breakpoint
ALTER TABLE "data_pushes" ADD CONSTRAINT "data_pushes_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_pushes" ADD CONSTRAINT "data_pushes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_pushes" ADD CONSTRAINT "data_pushes_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_pushes" ADD CONSTRAINT "data_pushes_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_pushes" ADD CONSTRAINT "data_pushes_pushed_by_users_id_fk" FOREIGN KEY ("pushed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_person_values" ADD CONSTRAINT "pushed_person_values_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_person_values" ADD CONSTRAINT "pushed_person_values_element_id_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_person_values" ADD CONSTRAINT "pushed_person_values_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_person_values" ADD CONSTRAINT "pushed_person_values_push_id_data_pushes_id_fk" FOREIGN KEY ("push_id") REFERENCES "public"."data_pushes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_values" ADD CONSTRAINT "pushed_values_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_values" ADD CONSTRAINT "pushed_values_element_id_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_values" ADD CONSTRAINT "pushed_values_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pushed_values" ADD CONSTRAINT "pushed_values_push_id_data_pushes_id_fk" FOREIGN KEY ("push_id") REFERENCES "public"."data_pushes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_pushes_district_department_idx" ON "data_pushes" USING btree ("district_id","department_id","pushed_at");--> statement-breakpoint
CREATE INDEX "pushed_person_values_district_department_idx" ON "pushed_person_values" USING btree ("district_id","department_id");--> statement-breakpoint
CREATE INDEX "pushed_person_values_org_unit_idx" ON "pushed_person_values" USING btree ("org_unit_id");--> statement-breakpoint
CREATE INDEX "pushed_values_district_department_idx" ON "pushed_values" USING btree ("district_id","department_id");