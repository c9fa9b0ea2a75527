-- Rules that hold across every vendor file, applied last (issue 8).
--
-- A failure someone must act on is never "normal: expected in daily
-- traffic": every failure outcome without a stronger floor of its own gets
-- the floor 'track', so a vendor or code severity of 'normal' is raised to
-- it and the checklist says why.  (src/checklist.c applies the same floor to
-- outcomes an overlay adds after this file.)

INSERT INTO outcome_severity (outcome, severity, reason, source, cite)
    SELECT id, 'track',
           'The outcome is a failure someone must act on, not expected daily traffic: follow it up.',
           'siptriage', 'failure outcomes'
      FROM outcome
     WHERE class = 'failure' AND id NOT IN (SELECT outcome FROM outcome_severity)
     ORDER BY id;
