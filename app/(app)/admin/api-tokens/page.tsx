import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listApiTokens } from "@/db/queries/api-tokens";
import { listAllDepartments } from "@/db/queries/departments";
import { env } from "@/db/env";
import { listOrgUnitsInSubtree } from "@/db/queries/org-units";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { revokeApiTokenAction } from "./actions";
import { ApiTokenCreateForm } from "./token-form";

function when(date: Date | null, fallback: string): string {
  return date ? date.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : fallback;
}

/** 系统管理 → API 令牌: per-department tokens for departments' systems (created, listed with last use, revoked). */
export default async function ApiTokensPage() {
  const me = await requireUser();
  if (!can(me.principal, "admin.manage")) notFound();
  const t = await getTranslations("apiTokens");
  const db = await getDb();
  const [tokens, departments, districts] = await Promise.all([
    listApiTokens(db, { path: me.principal.orgUnitPath }),
    listAllDepartments(db),
    listOrgUnitsInSubtree(db, { path: me.principal.orgUnitPath, levels: ["district"] }),
  ]);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const options = departments.filter((d) => districtName.has(d.districtId)).map((d) => ({ id: d.id, label: districts.length > 1 ? `${districtName.get(d.districtId)} ${d.name}` : d.name }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {/* Not a collapsible <details>: the new token is shown inside, and must stay in view after the list refreshes. */}
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t("create")}</h2>
        <ApiTokenCreateForm departments={options} />
      </section>
      {tokens.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("department")}</th>
                <th className="hide-sm">{t("prefix")}</th>
                <th className="hide-sm">{t("createdAt")}</th>
                <th className="hide-sm">{t("expiresAt")}</th>
                <th>{t("lastUsedAt")}</th>
                <th>{t("state")}</th>
                <th>{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td>{token.departmentName}</td>
                  <td className="hide-sm">
                    <code>{token.prefix}…</code>
                  </td>
                  <td className="hide-sm">{when(token.createdAt, "—")}</td>
                  <td className="hide-sm">{when(token.expiresAt, t("never"))}</td>
                  <td>{when(token.lastUsedAt, t("unused"))}</td>
                  <td>
                    <span className={token.state === "active" ? "badge" : "badge off"} style={{ whiteSpace: "nowrap" }}>
                      {t(`states.${token.state}`)}
                    </span>
                  </td>
                  <td>
                    {token.state === "revoked" ? null : (
                      <ConfirmForm action={revokeApiTokenAction} fields={{ id: token.id }} label={t("revoke")} question={t("confirmRevoke", { name: token.name, department: token.departmentName })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t("usageTitle")}</h2>
        <p className="muted">{t("usage", { limit: env().API_RATE_PER_MINUTE })}</p>
        <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: "0.85rem" }}>{`curl -H "Authorization: Bearer oft_…" \\\n  "<站点地址>/api/v1/forms/<formId>/values?period=2026-11&orgUnit=all"`}</pre>
        <p>
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> · docs/api.md
        </p>
      </section>
    </>
  );
}
