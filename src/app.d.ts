// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

// Attributes browsers have that Svelte's element types do not list yet.
declare module 'svelte/elements' {
	interface HTMLScriptAttributes {
		/** `blocking="render"`: the first paint waits for this script (HTML, Chromium 105+). */
		blocking?: 'render' | null;
	}
}

export {};
