// The language layer's public surface: re-exports only.
export * from './costs';
export * from './countries';
export * from './datasetNotes';
export * from './figureWords';
export * from './format';
export * from './lang';
export * from './measures';
export * from './messages';
export * from './nouns';
export * from './plural';
export * from './ratings';
export * from './sourceDates';
export * from './tiers';
export * from './explore';
export * from './sourced';
export * from './textWords';
