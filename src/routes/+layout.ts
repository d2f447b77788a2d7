// Every page is prerendered into build/ (adapter-static, strict).
export const prerender = true;
export const trailingSlash = 'always';
