-- siptriage knowledge base: call-log statistics (`siptriage stats`).
--
-- Seed 001 asks the L1 team to track the codes daily (or hourly) and to
-- follow up "any failures of a significant status code" at once and "any
-- significant trend of large failures of any code".  Its per-code rules are
-- the severities (vendor_severity, code.severity): `immediate` means every
-- occurrence, so stats flags such a row at its first occurrence.  For
-- `track` the seed says "significant numbers" without a figure; the
-- numbers below are the project's judgement, kept here so that a team can
-- change them in an overlay instead of in C.

INSERT INTO stats_threshold (id, value, note, source, cite) VALUES
    ('track-share-percent', 5,
     'A track row is flagged as high when it is at least this percentage of all calls in the log.',
     'siptriage', 'seed-001 asks to follow up "significant numbers" of a track code without a figure'),
    ('track-rise-factor', 2,
     'A track row is flagged as rising when its share of the calls in the second half of the log''s hours is at least this many times its share in the first half.',
     'siptriage', 'seed-001: "any significant trend of large failures of any code be followed up on"'),
    ('track-min-calls', 10,
     'Neither flag is raised for a track row with fewer calls than this in the whole log: a handful of calls is not a trend.',
     'siptriage', 'judgement: small counts give shares and ratios that mean nothing');
