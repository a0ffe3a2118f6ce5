"""The built-in help: the guide behind F1, and the introduction shown after the first start."""
