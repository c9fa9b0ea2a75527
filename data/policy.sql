-- Rules that hold across every vendor file, applied last (issue 8).
--
-- A failure someone must act on is never "normal: expected in daily
-- traffic": every failure outcome without a stronger floor of its own gets
-- the floor 'track', so a vendor or code severity of 'normal' is raised to
-- it and the checklist says why.  (src/checklist.c applies the same floor to
-- outcomes an overlay adds after this file.)

-- Outcomes that are not failures by class but still ask someone to act.
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('gen-487-spike', 'track', 'Many callers giving up before answer is a trend to follow up, not daily traffic: seed 001 asks to investigate large numbers of 487.', 'seed-001', '487 bullet'),
    ('didww-487-spike', 'track', 'Many callers giving up before the PBX answers costs calls every day until the PBX answers sooner.', 'seed-001', '487 bullet'),
    ('gen-cid-reputation', 'track', 'Calls blocked across numbers for the caller ID keep failing until the customer has the number remediated.', 'vobiz', '480/486 across numbers'),
    ('didww-dest-30x', 'track', 'Redirected calls fail every time until the trunk is set up to follow them.', 'didww-api', 'SIP configuration: max_30x_redirects'),
    ('didww-dest-3xx-other', 'track', 'The customer''s endpoint answers in a way DIDWW cannot follow: every such call fails.', 'didww-api', 'SIP configuration: max_30x_redirects');

INSERT INTO outcome_severity (outcome, severity, reason, source, cite)
    SELECT id, 'track',
           'The outcome is a failure someone must act on, not expected daily traffic: follow it up.',
           'siptriage', 'failure outcomes'
      FROM outcome
     WHERE class = 'failure' AND id NOT IN (SELECT outcome FROM outcome_severity)
     ORDER BY id;
