"""sahelwatch: monitoring and early warning of violent extremism in Mali and the central Sahel."""

__version__ = "0.1.0"
