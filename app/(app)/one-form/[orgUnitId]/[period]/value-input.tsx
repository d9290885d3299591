"use client";
import { useTranslations } from "next-intl";
import type { OneFormElement, Scalar } from "@/lib/one-form";

/** The text an input shows for a stored scalar. */
export function toInput(value: Scalar | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  return String(value);
}

/** One input by element type: numbers with units, dates, choices, yes/no, ID numbers, phones, text. */
export function ValueInput(props: {
  id: string;
  element: OneFormElement;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
  const t = useTranslations("oneForm");
  const { element, id } = props;
  const common = {
    id,
    "data-name": element.name,
    "data-type": element.type,
    value: props.value,
    disabled: props.disabled,
    onBlur: props.onBlur,
    "aria-invalid": props.invalid || undefined,
    "aria-describedby": props.describedBy,
    placeholder: props.placeholder,
  };
  const change = (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => props.onChange(e.target.value);
  if (element.type === "choice" && element.options?.length) {
    return (
      <select {...common} onChange={change}>
        <option value="">{t("choose")}</option>
        {element.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  if (element.type === "boolean") {
    return (
      <select {...common} onChange={change}>
        <option value="">{t("choose")}</option>
        <option value="是">{t("yes")}</option>
        <option value="否">{t("no")}</option>
      </select>
    );
  }
  const input = (() => {
    switch (element.type) {
      case "integer":
        return { inputMode: "numeric" as const, type: "text" };
      case "decimal":
        return { inputMode: "decimal" as const, type: "text" };
      case "date":
        return { type: "date" };
      case "phone":
        return { type: "tel", inputMode: "tel" as const, autoComplete: "off" };
      case "idcard":
        return { type: "text", maxLength: 18, autoComplete: "off" };
      default:
        return { type: "text", maxLength: 200 };
    }
  })();
  if (element.unit && (element.type === "integer" || element.type === "decimal")) {
    return (
      <div className="with-unit">
        <input {...common} {...input} onChange={change} />
        <span className="unit">{element.unit}</span>
      </div>
    );
  }
  return <input {...common} {...input} onChange={change} />;
}
