"""Excel in and out: the yearly six-sheet workbook. No Qt here, and no SQL (the store does that)."""
