// The statistics module's public surface: re-exports only.
export * from './brand';
export * from './casualties';
export * from './civilians';
export * from './claims';
export * from './composition';
export * from './costs';
export * from './countries';
export * from './csvError';
export * from './datasets';
export * from './estimates';
export * from './figure';
export * from './forces';
export * from './format';
export * from './headline';
export * from './parseCsv';
export * from './series';
export * from './toCsv';
