/**
 * The story's one layout breakpoint, for scripts. CSS media queries cannot read a variable, so
 * the stylesheets (Scrolly.svelte) write the same `52rem`; change both together.
 */
export const PHONE_QUERY = '(max-width: 52rem)';
