import styles from "./retirement.module.css";

/** Coverage as a bar and a percentage (green when every item is collected elsewhere). */
export function CoverageBar({ coverage, label }: { coverage: number; label: string }) {
  const pct = Math.round(coverage * 100);
  return (
    <div className={styles.bar} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={label}>
      <div className={styles.track}>
        <div className={`${styles.fill} ${coverage >= 1 ? styles.full : ""}`} style={{ width: `${pct}%` }} />
      </div>
      <span className={styles.pct}>{pct}%</span>
    </div>
  );
}
