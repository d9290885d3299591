export * from "./columns";
export * from "./rows";
export * from "./merge";
export * from "./share";
export * from "./discrepancy-sheet";
