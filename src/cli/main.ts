// CLI entry (being written)
