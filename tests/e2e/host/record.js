// Records every message the embed posts to this page, with its origin (read by the test).
/** @type {{ origin: string, data: unknown }[]} */
const messages = [];
Object.assign(window, { __messages: messages });
window.addEventListener('message', function (e) {
	messages.push({ origin: e.origin, data: e.data });
});
