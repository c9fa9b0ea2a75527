INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('acme-sbc', 'acme-sbc',
     'acme-sbc: a vendor context this team added with siptriage kb new-vendor.',
     'Not described yet in the team''s overlay.',
     'team', NULL);
INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('acme-sbc', NULL, NULL, 'Changes to the allowed IPs',
     'An IP added to the allowed list works only after about two hours.',
     'team', 'team wiki, page Trunks');
INSERT INTO escalation_contact (vendor, name, queue, phone, hours, note, source, cite) VALUES
    ('acme-sbc', 'Vendor support', 'support@vendor.example', '+1 555 0100',
     'Mon-Fri 08:00-18:00 UTC', 'Send the Call-ID and the time with its time zone.',
     'team', NULL);
INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity,
                           severity_reason, source, cite) VALUES
    ('acme-sbc', 503, 'Trunk limit', 'system',
     'The trunk has reached its limit of simultaneous calls.',
     'Ask the vendor to raise the trunk limit, or spread calls over two trunks.',
     'track', 'Comes in peaks; many in a day mean the limit is too low.', 'team', NULL);
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('acme-sbc-503-trunk-limit', 'The trunk reached its limit of simultaneous calls.',
     'failure', 'carrier', 'Vendor support', 'When calls fail below the agreed limit.',
     'team', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('acme-sbc-503-trunk-limit', 1, 'operator',
     'Count the calls in progress on the trunk at the time of the failure.', 'team', NULL),
    ('acme-sbc-503-trunk-limit', 2, 'carrier',
     'Raise the trunk limit if the count reached it.', 'team', NULL);
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('acme-sbc-503-trunk-limit', 'acme-sbc 503 Trunk limit', NULL, 'acme-sbc-503-trunk-limit',
     'team', NULL);
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('acme-sbc', 503, NULL, NULL, 'Trunk limit', 'acme-sbc-503-trunk-limit', 'team', NULL);
INSERT INTO ua_hint (pattern, vendor, scanner, note, source, cite) VALUES
    ('acme-sbc', 'acme-sbc', 0, 'the acme-sbc platform', 'team', NULL);
INSERT INTO header_hint (prefix, vendor, note, source, cite) VALUES
    ('X-acme-sbc-', 'acme-sbc', 'headers the acme-sbc platform adds', 'team', NULL);
UPDATE note SET body = 'On our trunks DIDWW re-routes on 503 and 480 only.'
 WHERE vendor = 'didww' AND topic = 'Rerouting Disconnect Codes';
