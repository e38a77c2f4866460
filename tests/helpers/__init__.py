"""Helpers shared by the workbook tests: writing real untidy workbooks and reading exports back."""
