"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FREQUENCIES } from "@/lib/domain";
import type { ActionResult } from "@/app/_lib/action";
import { FieldError, FormMessage, SubmitButton, invalidProps, lastValue } from "@/app/_components/form-bits";
import { createTask } from "./actions";

export function CreateTaskForm({ departments }: { departments: { id: string; name: string }[] }) {
  const t = useTranslations("checkins");
  const [state, action] = useActionState<ActionResult<null>, FormData>(createTask, null);
  return (
    <form action={action} className="form-inline">
      <div>
        <label htmlFor="departmentId">{t("department")}</label>
        <select id="departmentId" name="departmentId" defaultValue={lastValue(state, "departmentId", departments[0]?.id)} {...invalidProps(state, "departmentId")}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="departmentId" />
      </div>
      <div>
        <label htmlFor="app">{t("app")}</label>
        <input id="app" name="app" defaultValue={lastValue(state, "app")} {...invalidProps(state, "app")} />
        <FieldError state={state} name="app" />
      </div>
      <div>
        <label htmlFor="name">{t("task")}</label>
        <input id="name" name="name" defaultValue={lastValue(state, "name")} {...invalidProps(state, "name")} />
        <FieldError state={state} name="name" />
      </div>
      <div>
        <label htmlFor="frequency">{t("frequency")}</label>
        <select id="frequency" name="frequency" defaultValue={lastValue(state, "frequency", "weekly")}>
          {FREQUENCIES.filter((f) => f !== "adhoc").map((f) => (
            <option key={f} value={f}>
              {t(`freq.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="requiredCount">{t("count")}</label>
        <input id="requiredCount" name="requiredCount" type="number" min={1} max={1000} defaultValue={lastValue(state, "requiredCount", "1")} {...invalidProps(state, "requiredCount")} />
        <FieldError state={state} name="requiredCount" />
      </div>
      <div>
        <label htmlFor="levels">{t("targets")}</label>
        <select id="levels" name="levels" defaultValue={lastValue(state, "levels", "all")}>
          <option value="all">{t("levelsAll")}</option>
          <option value="village">{t("levelsVillage")}</option>
          <option value="community">{t("levelsCommunity")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="forbiddenKind">{t("forbiddenKind")}</label>
        <select id="forbiddenKind" name="forbiddenKind" defaultValue={lastValue(state, "forbiddenKind", "")}>
          <option value="">{t("forbidden.none")}</option>
          <option value="forced_checkin">{t("forbidden.forced_checkin")}</option>
          <option value="points_ranking">{t("forbidden.points_ranking")}</option>
          <option value="online_time">{t("forbidden.online_time")}</option>
        </select>
      </div>
      <div style={{ paddingTop: "0.6rem" }}>
        <SubmitButton pending={t("saving")}>{t("save")}</SubmitButton>
      </div>
      <div style={{ gridColumn: "1 / -1" }}>
        <FormMessage state={state} success={t("saved")} />
      </div>
    </form>
  );
}
