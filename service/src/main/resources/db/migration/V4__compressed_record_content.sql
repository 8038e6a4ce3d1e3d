-- A 100,000-line order's decision is hundreds of megabytes of JSON: such content is kept gzip-compressed (and never
-- held as one string). Small content stays readable text. A record has one of the two for its input and its decision;
-- its hash covers the JSON text either way.
ALTER TABLE decision_record ADD COLUMN input_gz BYTEA;
ALTER TABLE decision_record ADD COLUMN decision_gz BYTEA;
ALTER TABLE decision_record ALTER COLUMN input_json DROP NOT NULL;
ALTER TABLE decision_record ALTER COLUMN decision_json DROP NOT NULL;
