/** 430112********1234: region and last four kept, the birth date hidden. */
export function maskIdNumber(id: string): string {
  return id.length < 10 ? "*".repeat(id.length) : `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}`;
}

/** 138****5678 for mobiles; landlines keep area code and last two. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, "");
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  return digits.length <= 4 ? "*".repeat(digits.length) : `${digits.slice(0, Math.min(4, digits.length - 4))}${"*".repeat(Math.max(0, digits.length - 6))}${digits.slice(-2)}`;
}
