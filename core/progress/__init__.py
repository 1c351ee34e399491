"""Progress you can see and data you own: history, bests, charts, export, deletion, linking."""
