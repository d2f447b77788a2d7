/**
 * Nominal ("branded") types: a `SourceId` is a string that has been checked against
 * `data/sources.csv`, so a plain string cannot be passed where provenance is required.
 * Brands are created only by the validating parsers in `cells.ts` and `datasets.ts`.
 */
declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** An id from `data/sources.csv` (`S01`, `S83`…). */
export type SourceId = Brand<string, 'SourceId'>;
/** A country or group id from `countries.ts` (`united-states`, `other-nations`…). */
export type CountryId = Brand<string, 'CountryId'>;
/** A calendar month, `YYYY-MM`. */
export type MonthKey = Brand<string, 'MonthKey'>;
/**
 * A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Never padded to a full date, so "2008" is not silently read as 1 January 2008.
 */
export type PartialDate = Brand<string, 'PartialDate'>;
