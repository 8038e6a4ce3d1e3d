-- The ship date of each draw-down, so that revoking a licence from a day can name the decided lines that were to ship
-- under it on or after that day (they are to be decided again).
ALTER TABLE licence_drawdown ADD COLUMN ship_date DATE;
