-- Practice tickets: failures as an L1 operator meets them, each with its
-- evidence (a call-log row, a trace excerpt or a capture summary), the
-- vendor context, and the answers the wizard gives for the same facts.
--
-- src/learn.c checks every ticket at build time and in `siptriage kb check`:
-- the first check must be the engine's first question for the code, vendor,
-- initiator and reason; the severity the one the wizard shows; the outcome
-- the one the facts (practice_fact) lead to, with every question on the way
-- answered by them and every fact used; a trace or call-log excerpt must
-- read (src/trace.c) as the ticket's code, initiator and reason, and answer
-- no check against the facts.  A trainer adds a ticket here (or in a team
-- overlay) without touching C; a ticket the wizard contradicts fails the
-- build.
--
-- Ids: pt-<vendor>-<code>-<cause>.  Addresses and numbers are documentation
-- values (RFC 5737, RFC 3849 style); 10.x stands for a PBX behind NAT.

-- ----------------------------------------------------------------------------
-- voip-provider (seed 004)

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-401-normal', 'A 401 on every outgoing call',
     'A new customer on the hosted provider forwards you their PBX log: "every outgoing call gets 401 Unauthorized". Calls do connect, but they want to know what is wrong. They sent the trace of one call.',
     'voip-provider', 'trace', 401, NULL, NULL, NULL, 'normal', 'challenge-answered', 'voip-provider-401-normal',
     'On this provider the 401 is the normal password challenge on every outgoing INVITE (seed 004). Look past it: the INVITE re-sent with Authorization is the call, and its final response is what matters.',
     'seed-004', '401 Unauthorized');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-401-normal', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The first INVITE, without credentials.'),
    ('pt-vp-401-normal', 2, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1;rport', NULL),
    ('pt-vp-401-normal', 3, 'From: <sip:2138394018@sip.provider.example>;tag=a1', NULL),
    ('pt-vp-401-normal', 4, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-401-normal', 5, 'Call-ID: 9a1@10.0.0.1', NULL),
    ('pt-vp-401-normal', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-vp-401-normal', 7, '', NULL),
    ('pt-vp-401-normal', 8, 'SIP/2.0 401 Unauthorized', 'The challenge: the provider asks for the password.'),
    ('pt-vp-401-normal', 9, 'CSeq: 1 INVITE', NULL),
    ('pt-vp-401-normal', 10, 'WWW-Authenticate: Digest realm="sip.provider.example", nonce="77aa", algorithm=MD5', NULL),
    ('pt-vp-401-normal', 11, '', NULL),
    ('pt-vp-401-normal', 12, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The PBX sends the call again...'),
    ('pt-vp-401-normal', 13, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-401-normal', 14, 'Authorization: Digest username="2138394018", realm="sip.provider.example", nonce="77aa"', '...with its credentials: the challenge was answered.'),
    ('pt-vp-401-normal', 15, '', NULL),
    ('pt-vp-401-normal', 16, 'SIP/2.0 100 Trying', 'The provider accepted the credentials and starts the call.'),
    ('pt-vp-401-normal', 17, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-401-normal', 18, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-401-normal', 'challenge-answered', 'yes'),
    ('pt-vp-401-normal', 'credentials-valid', 'yes');

-- ----------------------------------------------------------------------------
-- didww (seed 003): call-log rows

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-403-no-trunk', 'A new number never rings',
     'A customer ordered a DID yesterday; every call to it fails at once. The DIDWW Call Logs show the row below for each attempt.',
     'didww', 'call-log', 403, NULL, 'system', 'No trunk assigned', 'immediate', NULL, 'didww-403-no-trunk',
     'System plus a reason is DIDWW telling you exactly what is wrong: the number has no inbound trunk. No question is needed; assign a trunk to the DID.',
     'seed-003', '403 No trunk assigned row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-403-no-trunk', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', 'The header row of the Call Logs export.'),
    ('pt-did-403-no-trunk', 2, '2025-10-03 10:14:03,+4930123456,+12135550188,0,System,403,No trunk assigned', 'System: DIDWW refused the call itself; the reason names the cause.');
