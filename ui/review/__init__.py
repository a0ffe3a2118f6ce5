"""The manager's review: the filter, the figures, the heat map, the drill-down,
and saving it as PDF, XLSX or CSV."""
