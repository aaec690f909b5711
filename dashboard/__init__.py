"""The Dash app (issue 5). It reads the store and never scores text itself."""
