// The one form's styles (badges, return notes) and the review's own.
import "../one-form/one-form.css";
import "./review.css";

export default function ReviewLayout({ children }: { children: React.ReactNode }) {
  return children;
}
