"""The one API that the GUI, the CLI and the exports call (see Workspace)."""
