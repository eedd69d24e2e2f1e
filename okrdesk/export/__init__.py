"""Review-meeting exports: CSV interchange and check-in log, PDF review pack, Markdown."""
