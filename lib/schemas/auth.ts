import { z } from "zod";
import { isStrongPassword } from "../auth/password";

export const loginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  next: z.string().max(512).optional(),
});
export type LoginInput = z.infer<typeof loginInput>;

export const newPassword = z.string().max(128).refine(isStrongPassword, "weakPassword");

export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword, confirmPassword: z.string().max(128) })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;
