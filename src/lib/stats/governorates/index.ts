// The governorate data's public surface (explore dashboard): re-exports only.
export * from './aggregate';
export * from './calendar';
export * from './cells';
export * from './cities';
export * from './decodeLatin1';
export * from './explore';
export * from './geometry';
export * from './governorateMonthRows';
export * from './governorates';
export * from './ibcIncidents';
export * from './largestRemainder';
export * from './cositPopulation';
export * from './population';
export * from './rivers';
export * from './sigacts';
export * from './sourceIds';
export * from './stataMonth';
