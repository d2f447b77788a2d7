import { json } from '@sveltejs/kit';
import { loadGovernorateTopology } from '$lib/server/governorates';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The map of the 18 governorates with rivers and cities, simplified; its credit is inside. */
export const GET: RequestHandler = () => json(loadGovernorateTopology());
