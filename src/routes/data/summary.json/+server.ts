import { json } from '@sveltejs/kit';
import { loadData } from '$lib/server/data';
import { summaryJson } from '$lib/stats';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The headline figures, computed from data/ at build time: never written by hand. */
export const GET: RequestHandler = () => json(summaryJson(loadData().figures));
