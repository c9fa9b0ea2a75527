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

-- Every failure outcome names whom to escalate to when its fix does not
-- work or its assumed cause turns out wrong: a checklist whose likely cause
-- is "not confirmed" must not leave L1 with "no escalation needed"
-- (outside review F7).  [siptriage] judgement: the party that runs the
-- platform of the vendor context, with the evidence its support asks for
-- (the escalation texts its own outcomes already give).  Outcomes that
-- carry their own escalation are left as they are.
UPDATE outcome SET
    escalate_to = CASE
        WHEN id LIKE 'twilio-%' THEN 'Twilio support (Console ticket), with the Call Sid, the trunk SID and a trace of the call'
        WHEN id LIKE 'telnyx-%' THEN 'Telnyx support, with the call''s Telnyx code, SIP Call-ID, time and numbers'
        WHEN id LIKE 'teams-%' THEN 'The SBC vendor, then Microsoft support (Teams admin center), with the SBC''s SIP log and the Teams call ID'
        WHEN id LIKE 'asterisk-%' THEN 'The PBX administrator, then the SIP provider, with the pjsip logger output of the call'
        WHEN id LIKE 'freeswitch-%' THEN 'The FreeSWITCH administrator, then the SIP provider of the gateway, with a SIP trace (sofia global siptrace on)'
        WHEN id LIKE 'jambonz-%' THEN 'The jambonz platform''s operator, with the Call-ID and time'
        WHEN id LIKE 'didww-%' THEN 'DIDWW support (carrier), with the Call Logs rows (date and time with timezone, DID, trunk, initiator, code, reason)'
        WHEN owner = 'far-end' THEN 'Carrier NOC (CARR)'
        ELSE 'Customer''s PBX/SBC admin (CUST), then the provider'
    END,
    escalate_when = 'When the steps above do not fix it, or checking the assumptions listed shows another cause: send the evidence below.'
 WHERE class = 'failure' AND escalate_to IS NULL AND owner NOT IN ('none', 'operator');
