import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("burden");
  return (
    <div aria-busy="true" data-testid="burden-loading">
      <h1>{t("loadingTitle")}</h1>
      <div className="grid">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="card" style={{ height: 96, background: "linear-gradient(90deg,#eef1f5,#f7f9fb,#eef1f5)" }} />
        ))}
      </div>
      <div className="card" style={{ height: 300, background: "#f7f9fb" }} />
    </div>
  );
}
