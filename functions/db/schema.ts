// Every D1 table, for drizzle-kit (drizzle.config.ts) and for code that wants them all. No table
// file imports this barrel: each imports the tables it references directly, so there is no cycle.
export * from './tables/adminTables';
export * from './tables/intakeTables';
export * from './tables/leadAdsTables';
export * from './tables/leads';
export * from './tables/leadTypes';
export * from './tables/outboxTables';
export * from './tables/studioTables';
