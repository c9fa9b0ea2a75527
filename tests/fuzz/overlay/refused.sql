UPDATE code SET meaning = 'x' WHERE code = 503;
DELETE FROM note;
ATTACH DATABASE '/tmp/x.db' AS x;
PRAGMA writable_schema = ON;
CREATE VIEW v AS SELECT 1;
CREATE TRIGGER t AFTER INSERT ON note BEGIN SELECT 1; END;
BEGIN;
SELECT load_extension('x');
INSERT INTO note (vendor, code, check_id, topic, body, source, cite)
 VALUES ('nobody', NULL, NULL, 'dangling', 'no such vendor', 'team', NULL);
