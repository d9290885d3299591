export * from "./types";
export * from "./sections";
export * from "./due";
export * from "./derive";
export * from "./prefill";
export * from "./validate";
export * from "./build";
export * from "./burden";
