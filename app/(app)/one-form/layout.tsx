import "./one-form.css";

export default function OneFormLayout({ children }: { children: React.ReactNode }) {
  return children;
}
