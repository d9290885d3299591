// Stands in for the "server-only" marker under vitest, which resolves it without Next's react-server condition.
export {};
