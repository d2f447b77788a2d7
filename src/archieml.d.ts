// archieml ships no types; it is CommonJS and exposes `load(text)` returning a plain object.
declare module 'archieml' {
	const archieml: {
		load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
	};
	export default archieml;
}
