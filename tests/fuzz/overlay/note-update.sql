-- a team's note changed, one added
UPDATE note SET body = 'On our trunks DIDWW re-routes on 503 and 480 only.'
 WHERE vendor = 'didww' AND topic = 'Rerouting Disconnect Codes';
INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('didww', 403, NULL, 'Our trunks', 'Ask for the trunk id.', 'team', NULL);
UPDATE vendor_severity SET severity = 'track' WHERE vendor = 'didww' AND code = 486;
