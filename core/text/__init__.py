"""Every sentence the coach says lives in this package, one module per area, so wording can be reviewed."""
