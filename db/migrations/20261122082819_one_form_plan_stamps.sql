CREATE TABLE "one_form_plan_stamps" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"stamp" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "one_form_plan_stamps" ADD CONSTRAINT "one_form_plan_stamps_district_id_org_units_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Any change to what a district's one form asks (forms, their fields, elements, departments, merge decisions)
-- stamps the district with the changing transaction's id; one statement-level trigger per table and event.
-- No row yet means nothing changed since this migration: the cache keys that state as "none".
CREATE FUNCTION "one_form_plan_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  districts uuid[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN
    IF TG_TABLE_NAME = 'form_fields' THEN
      districts := districts || ARRAY(SELECT f.district_id FROM new_rows r JOIN forms f ON f.id = r.form_id);
    ELSE
      districts := districts || ARRAY(SELECT district_id FROM new_rows);
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    IF TG_TABLE_NAME = 'form_fields' THEN
      districts := districts || ARRAY(SELECT f.district_id FROM old_rows r JOIN forms f ON f.id = r.form_id);
    ELSE
      districts := districts || ARRAY(SELECT district_id FROM old_rows);
    END IF;
  END IF;
  INSERT INTO one_form_plan_stamps (district_id, stamp)
    SELECT DISTINCT d, txid_current() FROM unnest(districts) AS d WHERE d IS NOT NULL ORDER BY d
    ON CONFLICT (district_id) DO UPDATE SET stamp = excluded.stamp;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "forms_plan_ins" AFTER INSERT ON "forms" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "forms_plan_upd" AFTER UPDATE ON "forms" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "forms_plan_del" AFTER DELETE ON "forms" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "form_fields_plan_ins" AFTER INSERT ON "form_fields" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "form_fields_plan_upd" AFTER UPDATE ON "form_fields" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "form_fields_plan_del" AFTER DELETE ON "form_fields" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "elements_plan_ins" AFTER INSERT ON "elements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "elements_plan_upd" AFTER UPDATE ON "elements" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "elements_plan_del" AFTER DELETE ON "elements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "departments_plan_ins" AFTER INSERT ON "departments" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "departments_plan_upd" AFTER UPDATE ON "departments" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "departments_plan_del" AFTER DELETE ON "departments" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "retirement_reviews_plan_ins" AFTER INSERT ON "retirement_reviews" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "retirement_reviews_plan_upd" AFTER UPDATE ON "retirement_reviews" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();--> statement-breakpoint
CREATE TRIGGER "retirement_reviews_plan_del" AFTER DELETE ON "retirement_reviews" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION one_form_plan_touch();
