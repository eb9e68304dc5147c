// The baseline of the import-cost measurement: a script that does nothing.
