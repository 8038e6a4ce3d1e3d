-- A NAC notification covers shipments while their cumulative value, as well as their quantity, stays within what was
-- notified (740.8(a)(2)): each shipment keeps its value.
ALTER TABLE nac_shipment ADD COLUMN line_value DECIMAL(27, 12);
