-- Whether releasing a held line needs a licence: a licence-required line, and a held line that carries an enforced
-- licence requirement no licence exception overcomes. For the holds page only; a release decides it again from the
-- sealed record. Rows held before this migration know only LICENSE_REQUIRED; for their other holds the release
-- itself says when a licence is needed.
ALTER TABLE held_line ADD COLUMN licence_needed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE held_line SET licence_needed = TRUE WHERE outcome = 'LICENSE_REQUIRED';
