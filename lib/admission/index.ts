export * from "./types";
export * from "./classify";
export * from "./load";
export * from "./legal-marks";
export * from "./duplicates";
export * from "./diff";
export * from "./decision";
export * from "./versions";
