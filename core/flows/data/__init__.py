"""Commands about your own data: history and bests, charts and exports, deletion, linking accounts."""
