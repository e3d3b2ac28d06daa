/** Where a coverage heatmap draws its cells, in px: shared with the tests that point at cells. */
export const HEATMAP_GRID = { left: 120, right: 12, top: 6, bottom: 30, row: 28 } as const;

/** The chart's height for `rows` rows of cells. */
export const heatmapHeight = (rows: number) => HEATMAP_GRID.top + HEATMAP_GRID.bottom + HEATMAP_GRID.row * rows;
