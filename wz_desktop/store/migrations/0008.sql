-- V8: the alert as it was pasted into the call form (Ctrl+Shift+V), kept with the call word for
-- word: the form's fields are only what was read from it. '' for a call typed by hand.
ALTER TABLE calls ADD COLUMN alert_text TEXT NOT NULL DEFAULT '';
