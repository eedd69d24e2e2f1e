"""The Qt user interface: models, views, dialogs and undo commands over the services."""
