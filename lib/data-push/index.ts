export * from "./columns";
export * from "./rows";
export * from "./merge";
export * from "./share";
