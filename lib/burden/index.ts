export * from "./calendar";
export * from "./checkins";
export * from "./consolidation";
export * from "./minutes";
export * from "./types";
export * from "./returns";
