/** How a subgraph that does not own regions points at one: the gateway fetches the rest from enrollment. */
export const regionReference = (row: { regionCode: string }) => ({ code: row.regionCode });
