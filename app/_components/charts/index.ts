export { CompareChart, type CompareRow } from "./compare-chart";
export { TrendChart, type TrendPoint } from "./trend-chart";
