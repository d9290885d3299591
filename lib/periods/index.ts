export * from "./frequency";
export * from "./period-key";
