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
    ('pt-vp-401-normal', 9, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1;rport', NULL),
    ('pt-vp-401-normal', 10, 'From: <sip:2138394018@sip.provider.example>;tag=a1', NULL),
    ('pt-vp-401-normal', 11, 'To: <sip:+12135550142@sip.provider.example>;tag=286445', NULL),
    ('pt-vp-401-normal', 12, 'Call-ID: 9a1@10.0.0.1', NULL),
    ('pt-vp-401-normal', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-vp-401-normal', 14, 'WWW-Authenticate: Digest realm="sip.provider.example", nonce="77aa", algorithm=MD5', NULL),
    ('pt-vp-401-normal', 15, '', NULL),
    ('pt-vp-401-normal', 16, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The PBX sends the call again...'),
    ('pt-vp-401-normal', 17, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1-2;rport', NULL),
    ('pt-vp-401-normal', 18, 'From: <sip:2138394018@sip.provider.example>;tag=a1', NULL),
    ('pt-vp-401-normal', 19, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-401-normal', 20, 'Call-ID: 9a1@10.0.0.1', NULL),
    ('pt-vp-401-normal', 21, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-401-normal', 22, 'Authorization: Digest username="2138394018", realm="sip.provider.example", nonce="77aa"', '...with its credentials: the challenge was answered.'),
    ('pt-vp-401-normal', 23, '', NULL),
    ('pt-vp-401-normal', 24, 'SIP/2.0 100 Trying', 'The provider accepted the credentials and starts the call.'),
    ('pt-vp-401-normal', 25, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-1-2;rport', NULL),
    ('pt-vp-401-normal', 26, 'From: <sip:2138394018@sip.provider.example>;tag=a1', NULL),
    ('pt-vp-401-normal', 27, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-401-normal', 28, 'Call-ID: 9a1@10.0.0.1', NULL),
    ('pt-vp-401-normal', 29, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-401-normal', 30, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-401-normal', 'challenge-answered', 'yes'),
    ('pt-vp-401-normal', 'rechallenged', 'no'),
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

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-401-no-auth', 'Outgoing calls never start',
     'After moving to a new PBX, no outgoing call connects. The provider''s portal shows a 401 for each attempt and nothing after it. The customer sent this trace.',
     'voip-provider', 'trace', 401, NULL, NULL, NULL, 'immediate', 'challenge-answered', 'voip-provider-401-no-auth',
     'The 401 is normal; what is not normal is that nothing follows it. After the ACK there is no INVITE with Authorization: the new PBX has no credentials for the provider.',
     'seed-004', '401 Unauthorized');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-401-no-auth', 1, 'INVITE sip:+12135550199@sip.provider.example SIP/2.0', NULL),
    ('pt-vp-401-no-auth', 2, 'Via: SIP/2.0/UDP 10.0.0.7:5060;branch=z9hG4bK-71;rport', NULL),
    ('pt-vp-401-no-auth', 3, 'From: <sip:2138394018@sip.provider.example>;tag=b7', NULL),
    ('pt-vp-401-no-auth', 4, 'To: <sip:+12135550199@sip.provider.example>', NULL),
    ('pt-vp-401-no-auth', 5, 'Call-ID: 44c1@10.0.0.7', NULL),
    ('pt-vp-401-no-auth', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-vp-401-no-auth', 7, '', NULL),
    ('pt-vp-401-no-auth', 8, 'SIP/2.0 401 Unauthorized', 'The usual challenge...'),
    ('pt-vp-401-no-auth', 9, 'Via: SIP/2.0/UDP 10.0.0.7:5060;branch=z9hG4bK-71;rport', NULL),
    ('pt-vp-401-no-auth', 10, 'From: <sip:2138394018@sip.provider.example>;tag=b7', NULL),
    ('pt-vp-401-no-auth', 11, 'To: <sip:+12135550199@sip.provider.example>;tag=37209d', NULL),
    ('pt-vp-401-no-auth', 12, 'Call-ID: 44c1@10.0.0.7', NULL),
    ('pt-vp-401-no-auth', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-vp-401-no-auth', 14, 'WWW-Authenticate: Digest realm="sip.provider.example", nonce="c0ffee"', NULL),
    ('pt-vp-401-no-auth', 15, '', NULL),
    ('pt-vp-401-no-auth', 16, 'ACK sip:+12135550199@sip.provider.example SIP/2.0', '...acknowledged, and then nothing: no INVITE with CSeq 2 and an Authorization header.'),
    ('pt-vp-401-no-auth', 17, 'Via: SIP/2.0/UDP 10.0.0.7:5060;branch=z9hG4bK-71;rport', NULL),
    ('pt-vp-401-no-auth', 18, 'From: <sip:2138394018@sip.provider.example>;tag=b7', NULL),
    ('pt-vp-401-no-auth', 19, 'To: <sip:+12135550199@sip.provider.example>;tag=37209d', NULL),
    ('pt-vp-401-no-auth', 20, 'Call-ID: 44c1@10.0.0.7', NULL),
    ('pt-vp-401-no-auth', 21, 'CSeq: 1 ACK', NULL),
    ('pt-vp-401-no-auth', 22, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-401-no-auth', 'challenge-answered', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-403-digest-user', 'Only the front desk phone cannot call out',
     'Every phone of the office calls out except the front desk. The customer reset its password twice. The provider''s trace of one attempt is below; the account has credit.',
     'voip-provider', 'trace', 403, NULL, NULL, NULL, 'track', 'register-forbidden', 'voip-provider-403-digest-user',
     'Compare the From user with the digest username: 2138394020 against 2138394018. This provider refuses a caller ID that differs from the digest number (seed 004), whatever the password.',
     'seed-004', '403 Denied, Misconfiguration');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-403-digest-user', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The INVITE re-sent after the challenge (CSeq 2).'),
    ('pt-vp-403-digest-user', 2, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-2;rport', NULL),
    ('pt-vp-403-digest-user', 3, 'From: "Front Desk" <sip:2138394020@sip.provider.example>;tag=a73k', 'The caller ID presented: 2138394020.'),
    ('pt-vp-403-digest-user', 4, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-403-digest-user', 5, 'Call-ID: 7f3b2c1e-94a1@10.0.0.1', NULL),
    ('pt-vp-403-digest-user', 6, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-403-digest-user', 7, 'Proxy-Authorization: Digest username="2138394018", realm="sip.provider.example", nonce="4f1a"', 'The digest username: 2138394018, another number.'),
    ('pt-vp-403-digest-user', 8, '', NULL),
    ('pt-vp-403-digest-user', 9, 'SIP/2.0 403 Forbidden', 'The final response to the credentialed INVITE.'),
    ('pt-vp-403-digest-user', 10, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-2;rport', NULL),
    ('pt-vp-403-digest-user', 11, 'From: "Front Desk" <sip:2138394020@sip.provider.example>;tag=a73k', NULL),
    ('pt-vp-403-digest-user', 12, 'To: <sip:+12135550142@sip.provider.example>;tag=fbed92', NULL),
    ('pt-vp-403-digest-user', 13, 'Call-ID: 7f3b2c1e-94a1@10.0.0.1', NULL),
    ('pt-vp-403-digest-user', 14, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-403-digest-user', 15, 'Warning: 399 sbc.provider.example "From user does not match the digest username"', 'The provider even says so in free text.'),
    ('pt-vp-403-digest-user', 16, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-403-digest-user', 'register-forbidden', 'no'),
    ('pt-vp-403-digest-user', 'balance', 'yes'),
    ('pt-vp-403-digest-user', 'digest-user', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-403-no-credit', 'Calls stopped on the first of the month',
     'A small business says no outgoing call works since this morning; incoming calls are fine. The portal''s billing page shows a balance of 0.00. The PBX log shows 403 Forbidden on every attempt.',
     'voip-provider', 'capture', 403, NULL, NULL, NULL, 'immediate', 'register-forbidden', 'voip-provider-no-credit',
     'On this provider each outgoing call is rated, and without credit it is refused with 403 (seed 004). Check the balance before anything technical.',
     'seed-004', '403 Denied, No Account Credit');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-403-no-credit', 1, 'No.  Time      Source         Destination    Info', 'A capture viewer''s summary of one outgoing call.'),
    ('pt-vp-403-no-credit', 2, '1    0.000000  198.51.100.7   203.0.113.10   INVITE sip:+441632960001@sip.provider.example', NULL),
    ('pt-vp-403-no-credit', 3, '2    0.041200  203.0.113.10   198.51.100.7   401 Unauthorized', 'The usual challenge.'),
    ('pt-vp-403-no-credit', 4, '3    0.043100  198.51.100.7   203.0.113.10   INVITE (with Authorization)', 'Answered with credentials...'),
    ('pt-vp-403-no-credit', 5, '4    0.090500  203.0.113.10   198.51.100.7   403 Forbidden', '...and refused after the rating: incoming calls still work, so the account is not blocked as a whole.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-403-no-credit', 'register-forbidden', 'no'),
    ('pt-vp-403-no-credit', 'balance', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-403-password', 'A 403 right after the password',
     'A technician replaced a desk phone and typed the SIP password from an old sheet. The phone now fails every call with 403, and no longer registers either. The account has credit and the phone sends its own number as caller ID, the same as its digest username.',
     'voip-provider', 'capture', 403, NULL, NULL, NULL, 'track', 'register-forbidden', 'voip-provider-403-password',
     'With credit in order and the From number equal to the digest username, a 403 on this network generally means a wrong password (seed 004).',
     'seed-004', '403 Forbidden: incorrect password');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-403-password', 1, 'No.  Time      Source         Destination    Info', NULL),
    ('pt-vp-403-password', 2, '1    0.000000  198.51.100.9   203.0.113.10   INVITE sip:+12135550142@sip.provider.example', NULL),
    ('pt-vp-403-password', 3, '2    0.038000  203.0.113.10   198.51.100.9   401 Unauthorized', NULL),
    ('pt-vp-403-password', 4, '3    0.040100  198.51.100.9   203.0.113.10   INVITE (Authorization: username=2138394031)', 'The phone answers the challenge as 2138394031, its own From number.'),
    ('pt-vp-403-password', 5, '4    0.079000  203.0.113.10   198.51.100.9   403 Forbidden', 'Refused after the credentials: the password.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-403-password', 'register-forbidden', 'no'),
    ('pt-vp-403-password', 'balance', 'yes'),
    ('pt-vp-403-password', 'registration-ok', 'no'),
    ('pt-vp-403-password', 'challenge-answered', 'yes'),
    ('pt-vp-403-password', 'digest-user', 'yes'),
    ('pt-vp-403-password', 'credentials-valid', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-487-cancel', 'A 487 in the call history',
     'A customer''s report lists a few 487 Request Terminated per day on outgoing calls and asks if something is broken. The trace of one shows the calling phone hanging up while it rang.',
     'voip-provider', 'trace', 487, NULL, 'origination', NULL, 'normal', 'user-outcome', 'voip-provider-487-cancelled',
     'The CANCEL came from the caller''s own phone while it rang: the caller hung up before pick-up, which is what 487 normally means on this network (seed 004).',
     'seed-004', '487 Request Terminated');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-487-cancel', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', NULL),
    ('pt-vp-487-cancel', 2, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-5;rport', NULL),
    ('pt-vp-487-cancel', 3, 'From: <sip:2138394018@sip.provider.example>;tag=c1', NULL),
    ('pt-vp-487-cancel', 4, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-487-cancel', 5, 'Call-ID: 5e5e@10.0.0.1', NULL),
    ('pt-vp-487-cancel', 6, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-487-cancel', 7, '', NULL),
    ('pt-vp-487-cancel', 8, 'SIP/2.0 180 Ringing', 'It rang...'),
    ('pt-vp-487-cancel', 9, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-5;rport', NULL),
    ('pt-vp-487-cancel', 10, 'From: <sip:2138394018@sip.provider.example>;tag=c1', NULL),
    ('pt-vp-487-cancel', 11, 'To: <sip:+12135550142@sip.provider.example>;tag=b286f6', NULL),
    ('pt-vp-487-cancel', 12, 'Call-ID: 5e5e@10.0.0.1', NULL),
    ('pt-vp-487-cancel', 13, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-487-cancel', 14, '', NULL),
    ('pt-vp-487-cancel', 15, 'CANCEL sip:+12135550142@sip.provider.example SIP/2.0', '...and the caller''s phone cancelled it: the caller ended it (Origination).'),
    ('pt-vp-487-cancel', 16, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-5-2;rport', NULL),
    ('pt-vp-487-cancel', 17, 'From: <sip:2138394018@sip.provider.example>;tag=c1', NULL),
    ('pt-vp-487-cancel', 18, 'To: <sip:+12135550142@sip.provider.example>', NULL),
    ('pt-vp-487-cancel', 19, 'Call-ID: 5e5e@10.0.0.1', NULL),
    ('pt-vp-487-cancel', 20, 'CSeq: 2 CANCEL', NULL),
    ('pt-vp-487-cancel', 21, '', NULL),
    ('pt-vp-487-cancel', 22, 'SIP/2.0 487 Request Terminated', 'The INVITE''s final response: terminated by that CANCEL.'),
    ('pt-vp-487-cancel', 23, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-5;rport', NULL),
    ('pt-vp-487-cancel', 24, 'From: <sip:2138394018@sip.provider.example>;tag=c1', NULL),
    ('pt-vp-487-cancel', 25, 'To: <sip:+12135550142@sip.provider.example>;tag=b286f6', NULL),
    ('pt-vp-487-cancel', 26, 'Call-ID: 5e5e@10.0.0.1', NULL),
    ('pt-vp-487-cancel', 27, 'CSeq: 2 INVITE', NULL),
    ('pt-vp-487-cancel', 28, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-487-cancel', 'user-outcome', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-vp-603-no-credit', 'Declined on every number',
     'Every outgoing call of a prepaid customer ends with 603 Decline, to any number, landline or mobile. Nobody at the far end could have declined them all. The billing page shows the balance ran out yesterday.',
     'voip-provider', 'capture', 603, NULL, NULL, NULL, 'immediate', 'balance', 'voip-provider-no-credit',
     '603 is normally a person declining, hence its normal severity; but on this network a 603 may also mean the account has no credit (seed 004). Many declines to unrelated numbers point at the account.',
     'seed-004', '603 Decline');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-vp-603-no-credit', 1, 'Time      Call-ID        To               Result', 'Calls of the last hour from the PBX''s call list.'),
    ('pt-vp-603-no-credit', 2, '09:01:12  a1f0@10.0.0.1  +12135550142     603 Decline', NULL),
    ('pt-vp-603-no-credit', 3, '09:03:40  a1f4@10.0.0.1  +441632960001    603 Decline', NULL),
    ('pt-vp-603-no-credit', 4, '09:07:02  a1f9@10.0.0.1  +12135550177     603 Decline', 'Different numbers, different countries, same answer at once: not a person.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-vp-603-no-credit', 'balance', 'no');

-- ----------------------------------------------------------------------------
-- carrier (seed 002): 503 during a turn-up

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-car-503-allowlist', 'First test calls of a new interconnect',
     'A customer is turning up a SIP interconnection with the carrier. Every test call to the carrier''s proxy on port 5060 gets 503. They say the PBX''s address 10.0.0.1 is on the allowed list.',
     'carrier', 'trace', 503, NULL, NULL, NULL, 'immediate', 'network-congestion', 'carrier-503-not-allowlisted',
     'The allowed list must hold the address the carrier sees: received=198.51.100.7 in the Via, not the PBX''s private 10.0.0.1. Seed 002 puts the allowed list first for a 503 at turn-up.',
     'seed-002', '503 checklist, allowed list');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-car-503-allowlist', 1, 'INVITE sip:+4930123456@203.0.113.10:5060 SIP/2.0', 'To the carrier''s proxy, port 5060.'),
    ('pt-car-503-allowlist', 2, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-31;rport', 'The PBX writes its private address...'),
    ('pt-car-503-allowlist', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=t1', NULL),
    ('pt-car-503-allowlist', 4, 'To: <sip:+4930123456@203.0.113.10>', NULL),
    ('pt-car-503-allowlist', 5, 'Call-ID: 31aa@10.0.0.1', NULL),
    ('pt-car-503-allowlist', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-allowlist', 7, '', NULL),
    ('pt-car-503-allowlist', 8, 'SIP/2.0 503 Service Unavailable', 'The refusal, on the first INVITE.'),
    ('pt-car-503-allowlist', 9, 'From: <sip:+12135550100@pbx.customer.example>;tag=t1', NULL),
    ('pt-car-503-allowlist', 10, 'To: <sip:+4930123456@203.0.113.10>;tag=69096f', NULL),
    ('pt-car-503-allowlist', 11, 'Call-ID: 31aa@10.0.0.1', NULL),
    ('pt-car-503-allowlist', 12, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-31;received=198.51.100.7;rport=5060', '...but the carrier saw 198.51.100.7: that is the address the allowed list needs.'),
    ('pt-car-503-allowlist', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-allowlist', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-car-503-allowlist', 'network-congestion', 'no'),
    ('pt-car-503-allowlist', 'allowlist', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-car-503-pending', 'The IP was added, calls still fail',
     'The customer added their public IP 198.51.100.7 to the allowed list in the Settings tab 40 minutes ago and pressed Save. Test calls still get 503 and they are angry.',
     'carrier', 'capture', 503, NULL, NULL, NULL, 'track', 'network-congestion', 'carrier-503-allowlist-pending',
     'The address is right, but seed 002 says IP additions take up to 2 hours to be processed after Save. Re-test after that before escalating.',
     'seed-002', '503 checklist, 2 hours');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-car-503-pending', 1, 'No.  Time      Source         Destination    Info', NULL),
    ('pt-car-503-pending', 2, '1    0.000000  198.51.100.7   203.0.113.10   INVITE sip:+4930123456@203.0.113.10:5060', 'Sent from 198.51.100.7, the address just added.'),
    ('pt-car-503-pending', 3, '2    0.012000  203.0.113.10   198.51.100.7   503 Service Unavailable', 'Still refused 40 minutes after Save.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-car-503-pending', 'network-congestion', 'no'),
    ('pt-car-503-pending', 'allowlist', 'yes'),
    ('pt-car-503-pending', 'recent-change', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-car-503-contract', 'Allowed list fine, calls still refused',
     'The customer''s IP has been on the allowed list for a week. Every call still gets 503. On the portal the account shows a banner: "Please accept the updated service contract".',
     'carrier', 'capture', 503, NULL, NULL, NULL, 'immediate', 'network-congestion', 'carrier-503-account-inactive',
     'Seed 002''s second check: the account must be active and its contract accepted. An unaccepted contract refuses calls whatever the technical setup.',
     'seed-002', '503 checklist, account active');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-car-503-contract', 1, 'No.  Time      Source         Destination    Info', NULL),
    ('pt-car-503-contract', 2, '1    0.000000  198.51.100.7   203.0.113.10   INVITE sip:+4930123456@203.0.113.10:5060', NULL),
    ('pt-car-503-contract', 3, '2    0.011000  203.0.113.10   198.51.100.7   503 Service Unavailable', 'The same 503 as an IP problem: only the checks tell them apart.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-car-503-contract', 'network-congestion', 'no'),
    ('pt-car-503-contract', 'allowlist', 'yes'),
    ('pt-car-503-contract', 'recent-change', 'no'),
    ('pt-car-503-contract', 'account-active', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-car-503-funds', 'It worked yesterday',
     'Calls over the interconnect worked until yesterday evening; since then every call gets 503. Nothing was changed. The account is active and the contract accepted; the balance shows -3.20.',
     'carrier', 'trace', 503, NULL, NULL, NULL, 'immediate', 'network-congestion', 'carrier-503-no-funds',
     'A negative balance: seed 002 asks to check the funds and replenish the account. Working yesterday and failing now with no change is typical of credit running out.',
     'seed-002', '503 checklist, funds');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-car-503-funds', 1, 'INVITE sip:+4930123456@203.0.113.10:5060 SIP/2.0', NULL),
    ('pt-car-503-funds', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-90', 'Sent from the public address already on the list.'),
    ('pt-car-503-funds', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=f1', NULL),
    ('pt-car-503-funds', 4, 'To: <sip:+4930123456@203.0.113.10>', NULL),
    ('pt-car-503-funds', 5, 'Call-ID: 90ff@198.51.100.7', NULL),
    ('pt-car-503-funds', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-funds', 7, '', NULL),
    ('pt-car-503-funds', 8, 'SIP/2.0 503 Service Unavailable', 'No Retry-After: not an overload that passes.'),
    ('pt-car-503-funds', 9, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-90', NULL),
    ('pt-car-503-funds', 10, 'From: <sip:+12135550100@pbx.customer.example>;tag=f1', NULL),
    ('pt-car-503-funds', 11, 'To: <sip:+4930123456@203.0.113.10>;tag=2c4cd5', NULL),
    ('pt-car-503-funds', 12, 'Call-ID: 90ff@198.51.100.7', NULL),
    ('pt-car-503-funds', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-funds', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-car-503-funds', 'network-congestion', 'no'),
    ('pt-car-503-funds', 'allowlist', 'yes'),
    ('pt-car-503-funds', 'recent-change', 'no'),
    ('pt-car-503-funds', 'account-active', 'yes'),
    ('pt-car-503-funds', 'balance', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-car-503-dialplan', 'International calls refused',
     'The IP is allowed, the account active and in credit, nothing changed recently. Calls to Germany fail with 503. The PBX sends the number as below; the portal''s interconnect guide asks for E.164 with a plus sign.',
     'carrier', 'trace', 503, NULL, NULL, NULL, 'track', 'network-congestion', 'carrier-503-dial-pattern',
     'The Request-URI carries 0049..., not +49...: the dialling pattern differs from the interconnect guide (seed 002''s last check). The fix is the PBX''s outbound route.',
     'seed-002', '503 checklist, dialing pattern');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-car-503-dialplan', 1, 'INVITE sip:004930123456@203.0.113.10:5060 SIP/2.0', 'The dialled number as sent: 0049..., an international prefix instead of +49.'),
    ('pt-car-503-dialplan', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-42', NULL),
    ('pt-car-503-dialplan', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=d2', 'The caller ID is already in E.164: only the called number is wrong.'),
    ('pt-car-503-dialplan', 4, 'To: <sip:004930123456@203.0.113.10>', NULL),
    ('pt-car-503-dialplan', 5, 'Call-ID: 42dd@198.51.100.7', NULL),
    ('pt-car-503-dialplan', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-dialplan', 7, '', NULL),
    ('pt-car-503-dialplan', 8, 'SIP/2.0 503 Service Unavailable', NULL),
    ('pt-car-503-dialplan', 9, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-42', NULL),
    ('pt-car-503-dialplan', 10, 'From: <sip:+12135550100@pbx.customer.example>;tag=d2', NULL),
    ('pt-car-503-dialplan', 11, 'To: <sip:004930123456@203.0.113.10>;tag=d36232', NULL),
    ('pt-car-503-dialplan', 12, 'Call-ID: 42dd@198.51.100.7', NULL),
    ('pt-car-503-dialplan', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-car-503-dialplan', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-car-503-dialplan', 'network-congestion', 'no'),
    ('pt-car-503-dialplan', 'allowlist', 'yes'),
    ('pt-car-503-dialplan', 'recent-change', 'no'),
    ('pt-car-503-dialplan', 'account-active', 'yes'),
    ('pt-car-503-dialplan', 'balance', 'yes'),
    ('pt-car-503-dialplan', 'dial-pattern', 'no');

-- ----------------------------------------------------------------------------
-- cognigy-vg (seeds 000 and 001): logs with sip_status, PCAPs

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-403-scanner', 'A 403 from an address nobody knows',
     'The daily Kibana pie chart shows a few 403 responses to incoming calls. One PCAP from the gateway is below. The source IP belongs to no customer or carrier of the account, and there were only a handful.',
     'cognigy-vg', 'trace', 403, NULL, NULL, NULL, 'track', 'transfer-leg', 'cognigy-vg-spam-single',
     'User-Agent friendly-scanner from an unknown address: seed 001 reads such 403s as SIP spam. A few need no action; large numbers from one IP are investigated and the IP blocked.',
     'seed-001', '403 Permission Denied');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-403-scanner', 1, 'INVITE sip:100@192.0.2.50 SIP/2.0', 'An INVITE to extension 100 at the gateway''s bare IP: a guess, not a customer''s number.'),
    ('pt-cog-403-scanner', 2, 'Via: SIP/2.0/UDP 203.0.113.99:5070;branch=z9hG4bK-s1', NULL),
    ('pt-cog-403-scanner', 3, 'From: "sipvicious" <sip:100@203.0.113.99>;tag=s1', NULL),
    ('pt-cog-403-scanner', 4, 'To: <sip:100@192.0.2.50>', NULL),
    ('pt-cog-403-scanner', 5, 'Call-ID: 8217@203.0.113.99', NULL),
    ('pt-cog-403-scanner', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-403-scanner', 7, 'User-Agent: friendly-scanner', 'The name of a well-known SIP scanner.'),
    ('pt-cog-403-scanner', 8, '', NULL),
    ('pt-cog-403-scanner', 9, 'SIP/2.0 403 Forbidden', 'The gateway refuses it: the right answer.'),
    ('pt-cog-403-scanner', 10, 'Via: SIP/2.0/UDP 203.0.113.99:5070;branch=z9hG4bK-s1', NULL),
    ('pt-cog-403-scanner', 11, 'From: "sipvicious" <sip:100@203.0.113.99>;tag=s1', NULL),
    ('pt-cog-403-scanner', 12, 'To: <sip:100@192.0.2.50>;tag=7322ba', NULL),
    ('pt-cog-403-scanner', 13, 'Call-ID: 8217@203.0.113.99', NULL),
    ('pt-cog-403-scanner', 14, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-403-scanner', 15, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-403-scanner', 'transfer-leg', 'no'),
    ('pt-cog-403-scanner', 'scanner', 'yes'),
    ('pt-cog-403-scanner', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-403-transfer', 'The bot cannot hand calls to the agents',
     'Callers reach the voice bot fine, but every transfer to the human agents'' number fails. The Cognigy log of the transfer leg is below. The transfer presents the original caller''s number, which the carrier does not know.',
     'cognigy-vg', 'call-log', 403, NULL, NULL, NULL, 'track', 'transfer-leg', 'cognigy-vg-403-transfer-callerid',
     'The failing leg is the transfer the gateway placed, not the inbound call. The carrier rejects an unknown caller ID (403 Invalid Caller ID, seed 000): set P-Asserted-Identity on the Transfer to a number the carrier accepts.',
     'seed-000', '403 Invalid Caller ID');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-403-transfer', 1, 'timestamp,call_sid,direction,from,to,sip_status', 'The header of the log export: sip_status is the code.'),
    ('pt-cog-403-transfer', 2, '2025-10-03T08:15:02Z,8c2f01,outbound,+4930123456,+4989555100,403', 'direction outbound: the transfer leg, from the caller''s number +4930123456.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-403-transfer', 'transfer-leg', 'yes'),
    ('pt-cog-403-transfer', 'caller-id-valid', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-404-format', 'A new carrier, and the numbers are not found',
     'A customer switched carriers. Their numbers are set up in the Self-Service Portal in E.164 (+4930123456), yet every inbound call now gets 404. The gateway''s PCAP of one call is below. It is not spam: the source is the new carrier.',
     'cognigy-vg', 'trace', 404, NULL, NULL, NULL, 'track', 'transfer-leg', 'cognigy-vg-404-number-format',
     'The number is provisioned, but the new carrier sends it as 004930123456. Seed 000: check the Carrier and Phone numbers configuration; here the carrier''s number format.',
     'seed-000', '404 Not Found');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-404-format', 1, 'INVITE sip:004930123456@vg.example.com SIP/2.0', 'The called number as the new carrier sends it: 0049..., not +49...'),
    ('pt-cog-404-format', 2, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-c4', NULL),
    ('pt-cog-404-format', 3, 'From: <sip:+12135550142@carrier.example>;tag=n1', NULL),
    ('pt-cog-404-format', 4, 'To: <sip:004930123456@vg.example.com>', NULL),
    ('pt-cog-404-format', 5, 'Call-ID: c4c4@203.0.113.40', NULL),
    ('pt-cog-404-format', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-404-format', 7, '', NULL),
    ('pt-cog-404-format', 8, 'SIP/2.0 404 Not Found', 'The gateway has no number 004930123456.'),
    ('pt-cog-404-format', 9, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-c4', NULL),
    ('pt-cog-404-format', 10, 'From: <sip:+12135550142@carrier.example>;tag=n1', NULL),
    ('pt-cog-404-format', 11, 'To: <sip:004930123456@vg.example.com>;tag=6224b5', NULL),
    ('pt-cog-404-format', 12, 'Call-ID: c4c4@203.0.113.40', NULL),
    ('pt-cog-404-format', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-404-format', 14, 'Server: Cognigy Voice Gateway', 'The gateway itself answered.'),
    ('pt-cog-404-format', 15, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-404-format', 'transfer-leg', 'no'),
    ('pt-cog-404-format', 'scanner', 'no'),
    ('pt-cog-404-format', 'number-provisioned', 'yes'),
    ('pt-cog-404-format', 'dial-pattern', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-404-missing', 'A number from the marketing campaign',
     'Marketing printed a new number on a flyer; calls to it get 404 since this morning. The carrier is known and sends E.164. The number is not in the Self-Service Portal''s phone number list.',
     'cognigy-vg', 'call-log', 404, NULL, NULL, NULL, 'track', 'transfer-leg', 'cognigy-vg-404-not-provisioned',
     'A call to a number not set up in the Self-Service Portal gets 404 (seed 000). Add the number and attach its application.',
     'seed-000', '404 Not Found');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-404-missing', 1, '{"level":"warn","callSid":"51b7","direction":"inbound","from":"+12135550142","to":"+4930555010","sip_status":404}', 'An inbound call to +4930555010: the gateway does not know the number.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-404-missing', 'transfer-leg', 'no'),
    ('pt-cog-404-missing', 'scanner', 'no'),
    ('pt-cog-404-missing', 'number-provisioned', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-408-unreachable', 'Transfers to the call centre time out',
     'Since a firewall change at the customer''s call centre, transfers from the bot end after half a minute with 408. The gateway''s PCAP summary is below; nothing ever comes back from the call centre''s SBC.',
     'cognigy-vg', 'capture', 408, NULL, NULL, NULL, 'immediate', 'reachable', 'cognigy-vg-408-network',
     'Seed 001: investigate every 408. Retransmissions with no answer at all mean the far end is unreachable: the firewall or the address, on the customer''s side.',
     'seed-001', '408 Request Timeout');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-408-unreachable', 1, 'No.  Time       Source        Destination     Info', NULL),
    ('pt-cog-408-unreachable', 2, '1    0.000000   192.0.2.50    198.51.100.80   INVITE sip:+4989555100@sbc.callcentre.example', 'The gateway sends the transfer...'),
    ('pt-cog-408-unreachable', 3, '2    0.500000   192.0.2.50    198.51.100.80   INVITE (retransmission)', NULL),
    ('pt-cog-408-unreachable', 4, '3    1.500000   192.0.2.50    198.51.100.80   INVITE (retransmission)', '...and repeats it with growing gaps: no 100 Trying ever comes back.'),
    ('pt-cog-408-unreachable', 5, '4    32.000000  -             -               408 Request Timeout (local)', 'The gateway gives up after about 32 s.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-408-unreachable', 'reachable', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-408-udp', 'Only calls with video phones time out',
     'Calls from the customer''s new video phones to the gateway time out with 408; audio-only desk phones work. The endpoint answers OPTIONS fine. The capture shows IP fragments for the large INVITEs.',
     'cognigy-vg', 'capture', 408, NULL, NULL, NULL, 'immediate', 'reachable', 'cognigy-vg-408-udp-size',
     'The far end is reachable, but an INVITE of 2 KB over UDP is fragmented and lost. RFC 3261 asks for TCP above 1300 bytes: switch the trunk to TCP or TLS.',
     'mtu', 'the 1300-byte rule');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-408-udp', 1, 'No.  Time      Source        Destination  Len   Info', NULL),
    ('pt-cog-408-udp', 2, '1    0.000000  198.51.100.7  192.0.2.50   1514  Fragmented IP protocol (UDP), off=0', 'The INVITE does not fit one packet...'),
    ('pt-cog-408-udp', 3, '2    0.000010  198.51.100.7  192.0.2.50   622   INVITE sip:+4930123456@vg.example.com (2088 bytes)', '...2088 bytes over UDP: far over 1300.'),
    ('pt-cog-408-udp', 4, '3    0.000500  198.51.100.7  192.0.2.50   120   OPTIONS sip:vg.example.com -> 200 OK', 'Small requests get through: the far end is reachable.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-408-udp', 'reachable', 'yes'),
    ('pt-cog-408-udp', 'message-size', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-480-no-app', 'The new hotline is silent',
     'A customer created a new flow and a new phone number yesterday. Callers hear a fast busy; the Cognigy log shows the row below. The number is in the portal, but the application column of its row is empty.',
     'cognigy-vg', 'call-log', 480, NULL, NULL, NULL, 'immediate', 'transfer-leg', 'cognigy-vg-480-no-app',
     'No application attached to the phone number gives 480 (seed 000; X-Reason "no configured application" in the trace). Attach the application in the Self-Service Portal.',
     'seed-000', '480 Temporarily Unavailable');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-480-no-app', 1, '{"level":"error","callSid":"8c2f","direction":"inbound","from":"+4930123456","to":"+4989555100","sip_status":480}', 'An inbound call (not a transfer) refused with 480.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-480-no-app', 'transfer-leg', 'no'),
    ('pt-cog-480-no-app', 'app-binding', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-480-capacity', 'Busy hour, some callers turned away',
     'During the Monday morning peak about one call in ten to a busy hotline fails with 480. The number has its application attached and works the rest of the week. Operations saw the media servers at their limit.',
     'cognigy-vg', 'call-log', 480, NULL, NULL, NULL, 'track', 'transfer-leg', 'cognigy-vg-480-capacity',
     'Seed 001: 480 is also returned when no feature servers or rtpengine resources are free. Failures only at the peak, with the application attached, point at capacity: escalate to Cognigy.',
     'seed-001', '480 Temporarily Unavailable');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-480-capacity', 1, 'timestamp,call_sid,direction,from,to,sip_status', NULL),
    ('pt-cog-480-capacity', 2, '2025-10-06T08:02:11Z,9d01,inbound,+4930123456,+4989555100,480', 'The same number works at other times: the binding is not the problem.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-480-capacity', 'transfer-leg', 'no'),
    ('pt-cog-480-capacity', 'app-binding', 'yes'),
    ('pt-cog-480-capacity', 'capacity', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-487-hangup', 'A few 487s on the dashboard',
     'The Kibana chart shows a small slice of 487 responses, about as many as every week. One call log is below: the caller hung up after a few seconds of ringing.',
     'cognigy-vg', 'call-log', 487, NULL, NULL, NULL, 'track', 'widespread', 'cognigy-vg-487-caller-hangup',
     'A caller who hung up before being connected is normal one at a time; seed 001 tracks 487 because large numbers may mean a delay in answering calls.',
     'seed-001', '487 Request Terminated');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-487-hangup', 1, '{"level":"info","callSid":"77e0","direction":"inbound","from":"+4930123456","to":"+4989555100","duration":0,"sip_status":487}', 'Never answered: the caller gave up while it rang.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-487-hangup', 'widespread', 'no'),
    ('pt-cog-487-hangup', 'user-outcome', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-488-codec', 'A carrier that only offers G.729',
     'A new carrier''s calls to the gateway fail at once with 488. The gateway''s PCAP shows the offer below.',
     'cognigy-vg', 'trace', 488, NULL, NULL, NULL, 'immediate', 'transfer-leg', 'cognigy-vg-488-codec',
     'Read the m= line of the offer: only payload 18 (G.729) and DTMF. The gateway supports none of the offered codecs; seed 001 investigates every 488. Ask the carrier to offer G.711.',
     'seed-001', '488 Not Acceptable Here');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-488-codec', 1, 'INVITE sip:+4989555100@vg.example.com SIP/2.0', NULL),
    ('pt-cog-488-codec', 2, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-88', NULL),
    ('pt-cog-488-codec', 3, 'From: <sip:+4930123456@carrier.example>;tag=g9', NULL),
    ('pt-cog-488-codec', 4, 'To: <sip:+4989555100@vg.example.com>', NULL),
    ('pt-cog-488-codec', 5, 'Call-ID: 8888@203.0.113.40', NULL),
    ('pt-cog-488-codec', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-488-codec', 7, 'Content-Type: application/sdp', NULL),
    ('pt-cog-488-codec', 8, '', NULL),
    ('pt-cog-488-codec', 9, 'v=0', NULL),
    ('pt-cog-488-codec', 10, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-88-0', NULL),
    ('pt-cog-488-codec', 11, 'From: <sip:+4930123456@carrier.example>;tag=g9', NULL),
    ('pt-cog-488-codec', 12, 'To: <sip:+4989555100@vg.example.com>', NULL),
    ('pt-cog-488-codec', 13, 'Call-ID: 8888@203.0.113.40', NULL),
    ('pt-cog-488-codec', 14, 'o=- 1 1 IN IP4 203.0.113.40', NULL),
    ('pt-cog-488-codec', 15, 's=-', NULL),
    ('pt-cog-488-codec', 16, 'c=IN IP4 203.0.113.41', NULL),
    ('pt-cog-488-codec', 17, 't=0 0', NULL),
    ('pt-cog-488-codec', 18, 'm=audio 30000 RTP/AVP 18 101', 'The offer: payload 18 and 101 only.'),
    ('pt-cog-488-codec', 19, 'a=rtpmap:18 G729/8000', 'G.729: no G.711 (PCMU 0, PCMA 8) in the offer.'),
    ('pt-cog-488-codec', 20, 'a=rtpmap:101 telephone-event/8000', 'DTMF, not a voice codec.'),
    ('pt-cog-488-codec', 21, '', NULL),
    ('pt-cog-488-codec', 22, 'SIP/2.0 488 Not Acceptable Here', 'The gateway''s refusal.'),
    ('pt-cog-488-codec', 23, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-88', NULL),
    ('pt-cog-488-codec', 24, 'From: <sip:+4930123456@carrier.example>;tag=g9', NULL),
    ('pt-cog-488-codec', 25, 'To: <sip:+4989555100@vg.example.com>;tag=785809', NULL),
    ('pt-cog-488-codec', 26, 'Call-ID: 8888@203.0.113.40', NULL),
    ('pt-cog-488-codec', 27, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-488-codec', 28, 'Server: Cognigy Voice Gateway', NULL),
    ('pt-cog-488-codec', 29, 'Warning: 305 vg.example.com "Incompatible media format"', 'Warning 305: the media format is the problem.'),
    ('pt-cog-488-codec', 30, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-488-codec', 'transfer-leg', 'no'),
    ('pt-cog-488-codec', 'codecs', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-500-vg', 'An error from the gateway itself',
     'A handful of inbound calls failed with 500 overnight. The PCAP shows the gateway itself answering 500 to the carrier''s INVITE; it is the inbound call, not a transfer.',
     'cognigy-vg', 'trace', 500, NULL, NULL, NULL, 'immediate', 'transfer-leg', 'cognigy-vg-500-vg',
     'Who sent the 500 decides whom to call: the Voice Gateway itself here (Server: Cognigy Voice Gateway), so contact Cognigy support with the Call-IDs (seed 000). Seed 001 investigates every 500.',
     'seed-000', '500 Server Internal Error');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-500-vg', 1, 'SIP/2.0 500 Server Internal Error', 'The final response to the carrier''s INVITE.'),
    ('pt-cog-500-vg', 2, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-50;received=203.0.113.40', NULL),
    ('pt-cog-500-vg', 3, 'From: <sip:+4930123456@carrier.example>;tag=e5', NULL),
    ('pt-cog-500-vg', 4, 'To: <sip:+4989555100@vg.example.com>;tag=vg1', NULL),
    ('pt-cog-500-vg', 5, 'Call-ID: 5005@203.0.113.40', 'The Call-ID Cognigy support will ask for.'),
    ('pt-cog-500-vg', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-500-vg', 7, 'Server: Cognigy Voice Gateway', 'The Voice Gateway sent it itself.'),
    ('pt-cog-500-vg', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-500-vg', 'transfer-leg', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-503-inactive', 'All calls of one customer refused',
     'All inbound calls of one customer get 503 since the start of the month; other customers are fine. It is the inbound call, not a transfer. The customer''s account shows as inactive in the portal.',
     'cognigy-vg', 'call-log', 503, NULL, NULL, NULL, 'immediate', 'transfer-leg', 'cognigy-vg-503-inactive',
     'Seed 001: 503 means VG is not handling the call for a reason such as an inactive account. Contact Customer Support or the Customer Success Manager (seed 000).',
     'seed-001', '503');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-503-inactive', 1, 'timestamp,call_sid,direction,from,to,sip_status', NULL),
    ('pt-cog-503-inactive', 2, '2025-10-01T09:00:04Z,0b13,inbound,+4930123456,+4989555100,503', 'Every call of this customer, since the 1st.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-503-inactive', 'transfer-leg', 'no'),
    ('pt-cog-503-inactive', 'account-active', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-cog-603-endpoint', 'Declined before anyone could answer',
     'Inbound calls to a bot number are declined at once with 603; no flow log exists for them. It is the inbound call. The Alerts page shows a warning about the VG endpoint.',
     'cognigy-vg', 'trace', 603, NULL, NULL, NULL, 'immediate', 'transfer-leg', 'cognigy-vg-603-endpoint',
     'On the gateway a 603 to an inbound call means VG did not handle it, possibly an issue connecting to the VG endpoint: seed 001 investigates every one. Check the Alerts page and the carrier configuration (seed 000).',
     'seed-001', '603');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-cog-603-endpoint', 1, 'SIP/2.0 603 Decline', 'Declined at once, with no ringing before it.'),
    ('pt-cog-603-endpoint', 2, 'Via: SIP/2.0/UDP 203.0.113.40:5060;branch=z9hG4bK-63', NULL),
    ('pt-cog-603-endpoint', 3, 'From: <sip:+4930123456@carrier.example>;tag=h6', NULL),
    ('pt-cog-603-endpoint', 4, 'To: <sip:+4989555100@vg.example.com>;tag=vg6', NULL),
    ('pt-cog-603-endpoint', 5, 'Call-ID: 6036@203.0.113.40', NULL),
    ('pt-cog-603-endpoint', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-cog-603-endpoint', 7, 'Server: Cognigy Voice Gateway', 'The gateway itself declined: no person was involved.'),
    ('pt-cog-603-endpoint', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-cog-603-endpoint', 'transfer-leg', 'no');

-- ----------------------------------------------------------------------------
-- didww (seed 003): Call Logs rows.  Every row starts with the export's
-- header so the line reads as a call log (src/trace.c).

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-402-balance', 'Inbound calls stopped across all numbers',
     'A prepaid customer''s inbound calls stopped on every DID at lunchtime. The Call Logs show the row below for each call.',
     'didww', 'call-log', 402, NULL, 'system', 'Customer balance too low', 'immediate', NULL, 'didww-402-balance',
     'System plus "Customer balance too low" is the whole diagnosis: DIDWW refuses inbound calls when the balance is too low. Top up; no question is needed.',
     'seed-003', '402 Customer balance too low row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-402-balance', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-402-balance', 2, '2025-10-03 12:31:44,+4930123456,+12135550142,0,System,402,Customer balance too low', 'System: DIDWW itself; the reason names the balance.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-403-did-blocked', 'An old number stopped working',
     'A customer''s fax number, unused for months, no longer receives calls. The Call Logs row for a test call is below.',
     'didww', 'call-log', 403, NULL, 'system', 'DID Blocked', 'immediate', NULL, 'didww-403-did-blocked',
     '"DID Blocked" from System: the DID is expired or cancelled (seed 003). Renew or restore it; technical checks are pointless.',
     'seed-003', '403 DID Blocked row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-403-did-blocked', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-403-did-blocked', 2, '2025-10-03 15:02:10,+4930123456,+12135550160,0,System,403,DID Blocked', 'The reason tells it: the number is expired or cancelled.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-403-customer-blocked', 'A new account receives nothing',
     'A brand-new reseller account has numbers and trunks set up, but no inbound call arrives. The Call Logs row is below.',
     'didww', 'call-log', 403, NULL, 'system', 'Customer blocked', 'immediate', NULL, 'didww-403-customer-blocked',
     '"Customer blocked": inbound call services are not enabled for this account (seed 003). It is an account matter for DIDWW support, not a trunk setting.',
     'seed-003', '403 Customer blocked row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-403-customer-blocked', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-403-customer-blocked', 2, '2025-10-03 09:45:00,+4930123456,+12135550170,0,System,403,Customer blocked', 'The account, not the number or trunk.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-403-trunk-rules', 'One caller cannot get through',
     'A single caller complains they cannot reach the customer''s number; everyone else can. The customer set up a Number List on the trunk last month to block nuisance callers.',
     'didww', 'call-log', 403, NULL, 'system', 'Rejected by trunk settings', 'normal', 'widespread', 'didww-403-rules-intended',
     'Rejected by the trunk''s own Number List rules, for one caller only: the rules do what they were set to do. Ask the customer whether this caller is on purpose on the list.',
     'seed-003', '403 Rejected by trunk settings row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-403-trunk-rules', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-403-trunk-rules', 2, '2025-10-03 11:20:31,+441632960099,+12135550142,0,System,403,Rejected by trunk settings', 'The trunk''s Number List rules refused this caller.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-403-trunk-rules', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-403-pbx', 'The customer''s PBX says forbidden',
     'After a PBX migration, inbound calls to the customer fail. DIDWW delivered them; the row below shows who refused. The customer''s new PBX only accepts a few listed addresses, and DIDWW''s signalling IPs are not among them.',
     'didww', 'call-log', 403, NULL, 'destination', 'Forbidden', 'track', 'allowlist', 'didww-dest-403-allowlist',
     'Destination means the customer''s own endpoint refused the call DIDWW delivered. Its allowed list must include DIDWW''s signalling addresses.',
     'seed-003', '403 Forbidden row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-403-pbx', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-403-pbx', 2, '2025-10-03 10:05:12,+4930123456,+12135550142,0,Destination,403,Forbidden', 'Destination: the customer''s PBX sent the 403, DIDWW only passed it on.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-403-pbx', 'allowlist', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-408-noack', 'Answered calls drop after 30 seconds',
     'Inbound calls are answered by the customer''s PBX, then drop. The Call Logs show the row below. The PBX sits behind a NAT router and its 200 OK carries a private Contact address.',
     'didww', 'call-log', 408, NULL, 'system', 'NoAck', 'track', 'nat-clean', 'didww-408-noack-nat',
     'NoAck: the ACK for the PBX''s 200 OK never reached it, so the call was torn down. A private address in Contact sends the ACK nowhere: fix the NAT handling on the PBX.',
     'seed-003', '408 NoAck row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-408-noack', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-408-noack', 2, '2025-10-03 14:11:09,+4930123456,+12135550142,32,System,408,NoAck', '32 s: the answer''s ACK never arrived.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-408-noack', 'nat-clean', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-408-unregistered', 'Nobody answers, not even the PBX',
     'Calls to a customer with a registration trunk fail after a while with 408 from Destination. The trunk page shows no current registration since their internet outage this morning.',
     'didww', 'call-log', 408, NULL, 'destination', 'Request Timeout', 'immediate', 'registered', 'didww-dest-unregistered',
     'The customer''s endpoint did not answer, and it is not registered: there is no current address to deliver to. Get the PBX to register again.',
     'seed-003', '408 Request Timeout row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-408-unregistered', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-408-unregistered', 2, '2025-10-03 13:40:21,+4930123456,+12135550142,0,Destination,408,Request Timeout', 'Destination timed out: no answer from the customer''s side.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-408-unregistered', 'registered', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-480-capacity', 'Monday morning rush',
     'A call centre''s DIDs fail for a few minutes every Monday at 9:00 with the row below; the rest of the week is fine. The trunk has 10 channels.',
     'didww', 'call-log', 480, NULL, 'system', 'Capacity limit for trunk exceeded', 'track', 'widespread', 'didww-480-capacity-peak',
     'Failures only at the peak, with a capacity reason: the trunk''s channel limit is reached. Order more channels or spread the load.',
     'seed-003', '480 Capacity limit for trunk exceeded row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-480-capacity', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-480-capacity', 2, '2025-10-06 09:01:17,+4930123456,+12135550142,0,System,480,Capacity limit for trunk exceeded', 'The trunk''s limit, at 9:01 on a Monday.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-480-capacity', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-480-no-route', 'A new DID lands nowhere on the PBX',
     'The customer added a DID to their trunk; calls to it fail with the row below while their other numbers work. The PBX is registered; its inbound routes have no entry for the new number.',
     'didww', 'call-log', 480, NULL, 'destination', 'Temporarily Unavailable', 'track', 'registered', 'didww-dest-no-route',
     'Destination 480 with a registered PBX: the PBX has nowhere to send this number. Add an inbound route for the new DID on the PBX.',
     'seed-003', '480 Temporarily Unavailable row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-480-no-route', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-480-no-route', 2, '2025-10-03 16:22:05,+4930123456,+12135550188,0,Destination,480,Temporarily Unavailable', 'The customer''s PBX refused the new number.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-480-no-route', 'registered', 'yes'),
    ('pt-did-480-no-route', 'app-binding', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-486-busy', 'Busy Here in the Call Logs',
     'A customer asks why a call to their sales line failed this morning. The Call Logs row is below; the sales agent confirms she was on another call at that time.',
     'didww', 'call-log', 486, NULL, 'destination', 'Busy Here', 'normal', 'user-outcome', 'didww-dest-user-outcome',
     'Destination 486 with the callee genuinely busy: a normal outcome, nothing to fix. Normal severity, no escalation.',
     'seed-003', '486 Busy Here row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-486-busy', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-486-busy', 2, '2025-10-03 07:49:19,+4930123456,+12135550142,0,Destination,486,Busy Here', 'The customer''s endpoint said busy.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-486-busy', 'user-outcome', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-487-ringing', 'Callers give up... or do they?',
     'A customer says callers complain the line "rings a bit and then drops", though the staff answer within 20 seconds. The Call Logs show the row below; the trunk''s ringing timeout is set to 15 seconds.',
     'didww', 'call-log', 487, NULL, 'system', 'Ringing timeout', 'track', 'user-outcome', 'didww-487-late-answer',
     'System "Ringing timeout": DIDWW cancelled the call when the trunk''s timer ran out, before the staff could answer. Nobody hung up; raise the ringing timeout.',
     'seed-003', '487 Ringing timeout row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-487-ringing', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-487-ringing', 2, '2025-10-03 10:30:45,+4930123456,+12135550142,0,System,487,Ringing timeout', 'System ended it: the timer, not the caller.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-487-ringing', 'user-outcome', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-487-caller', 'A missed call in the log',
     'A customer spotted a 487 in the Call Logs and worries. It is the only one this week.',
     'didww', 'call-log', 487, NULL, 'destination', 'Request Terminated', 'normal', 'widespread', 'didww-487-caller-cancel',
     'Destination with Request Terminated: the customer''s endpoint confirmed the cancel because the caller hung up before the answer. One of them is daily traffic.',
     'seed-003', '487 Request Terminated row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-487-caller', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-487-caller', 2, '2025-10-03 17:58:02,+4930123456,+12135550142,0,Destination,487,Request Terminated', 'Destination: the customer''s endpoint confirmed the caller''s cancel with 487.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-487-caller', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-488-codecs', 'A PBX set to Opus only',
     'After an upgrade the customer''s PBX only offers Opus. Every inbound call fails with the row below.',
     'didww', 'call-log', 488, NULL, 'system', 'No matching codecs', 'immediate', NULL, 'didww-488-no-codec',
     'System "No matching codecs": origination and destination share no codec. DIDWW asks for a live SIP trace for full analysis (seed 003); the fix is the PBX''s codec list.',
     'seed-003', '488 No matching codecs row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-488-codecs', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-488-codecs', 2, '2025-10-03 08:12:55,+4930123456,+12135550142,0,System,488,No matching codecs', 'DIDWW found no codec both sides accept.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-500-sdp', 'The PBX answers without SDP',
     'Inbound calls fail the moment the customer''s PBX answers. The Call Logs show the row below.',
     'didww', 'call-log', 500, NULL, 'system', 'SDP empty answer', 'immediate', NULL, 'didww-500-sdp-answer',
     'The PBX answered with an empty SDP body: no media description, so no call. It is the PBX''s configuration or software, on the customer''s side.',
     'seed-003', '500 SDP empty answer row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-500-sdp', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-500-sdp', 2, '2025-10-03 11:11:11,+4930123456,+12135550142,0,System,500,SDP empty answer', 'A system 500 with an SDP reason: the answer carried no SDP.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-200-rtp', 'Silent calls that hang up by themselves',
     'Answered calls go silent and drop after a minute. The Call Logs show 200 with the reason below. The customer''s PBX puts its private address 10.0.0.5 in the SDP of its answer.',
     'didww', 'call-log', 200, NULL, 'system', 'RTP Timeout (Destination)', 'immediate', 'nat-clean', 'didww-rtp-dest-nat',
     'A 200 is not always a good call: DIDWW ended it because no audio came from the destination. A private address in the SDP means the audio goes nowhere; fix NAT on the PBX.',
     'seed-003', '200 RTP Timeout (Destination) row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-200-rtp', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-200-rtp', 2, '2025-10-03 12:00:30,+4930123456,+12135550142,64,System,200,RTP Timeout (Destination)', 'Answered, then ended by System after 64 s: no RTP from the destination.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-200-rtp', 'nat-clean', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-200-teardown', 'Long calls cut off',
     'A prepaid customer says long inbound calls are cut off mid-conversation this afternoon. The Call Logs show the row below.',
     'didww', 'call-log', 200, NULL, 'system', 'Teardown', 'immediate', NULL, 'didww-teardown-balance',
     'Teardown: the prepaid balance was depleted during the call (seed 003). The answered call was ended by DIDWW; top up the balance.',
     'seed-003', '200 Teardown row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-200-teardown', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-200-teardown', 2, '2025-10-03 15:47:12,+4930123456,+12135550142,1210,System,200,Teardown', 'Twenty minutes in, System tore it down: the balance ran out.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-302-forward', 'Forwarded calls never arrive',
     'The customer''s PBX forwards some numbers to mobiles by answering DIDWW with a redirect. Those calls fail; the row is below.',
     'didww', 'call-log', 302, NULL, 'destination', 'Moved Temporarily', 'track', NULL, 'didww-dest-30x',
     'The PBX redirected the call (302). DIDWW trunks follow at most max_30x_redirects redirects, none by default: enable redirects on the trunk or forward on the PBX instead.',
     'didww-api', 'SIP configuration: max_30x_redirects');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-302-forward', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-302-forward', 2, '2025-10-03 09:33:50,+4930123456,+12135550142,0,Destination,302,Moved Temporarily', 'The customer''s PBX answered with a redirect, not a refusal.');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-404-format', 'The PBX does not know its own number',
     'Inbound calls to a customer fail with the row below. Their PBX''s inbound routes list numbers in national format (02135550142), while DIDWW delivers E.164.',
     'didww', 'call-log', 404, NULL, 'destination', 'Not Found', 'track', 'dial-pattern', 'didww-dest-number-format',
     'Destination 404: the PBX did not recognise the number it was given. Match the PBX''s inbound routes to the format DIDWW sends (E.164), or change the trunk''s number format.',
     'seed-003', '404 Destination row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-404-format', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-404-format', 2, '2025-10-03 10:10:10,+4930123456,+12135550142,0,Destination,404,Not Found', 'Delivered in E.164; the PBX answered "not found".');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-404-format', 'dial-pattern', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-did-603-system', 'Declined by DIDWW itself',
     'Calls to one DID end with 603 from System. The account is active and has credit. On the number page the DID shows as expired.',
     'didww', 'call-log', 603, NULL, 'system', 'Decline', 'immediate', 'account-active', 'didww-403-did-blocked',
     'A System 603 is DIDWW declining, not a callee: the wizard checks the account, the balance and the number. An expired DID is the cause here.',
     'seed-003', '603 Decline row');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-did-603-system', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('pt-did-603-system', 2, '2025-10-03 18:05:00,+4930123456,+12135550160,0,System,603,Decline', 'System, not Destination: no person declined.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-did-603-system', 'account-active', 'yes'),
    ('pt-did-603-system', 'balance', 'yes'),
    ('pt-did-603-system', 'number-provisioned', 'no');

-- ----------------------------------------------------------------------------
-- generic (RFC 3261): traces from PBXs, SBCs and trunking providers

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-302-redirect', 'A redirect in the trace',
     'A customer''s calls to a partner company go through after a short delay. Their trace shows the partner''s server answering the first INVITE with the response below, then a second INVITE to another address that rings.',
     'generic', 'trace', 302, NULL, NULL, NULL, 'normal', NULL, 'gen-redirect',
     'A 3xx is not a failure: the callee''s server named another address (Contact) and the caller''s equipment followed it. Only a redirect that is not followed needs a ticket.',
     'rfc3261', 'section 21.3.3');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-302-redirect', 1, 'SIP/2.0 302 Moved Temporarily', 'The final response to the first INVITE: a redirect.'),
    ('pt-gen-302-redirect', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-3a', NULL),
    ('pt-gen-302-redirect', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=r1', NULL),
    ('pt-gen-302-redirect', 4, 'To: <sip:+4930123456@partner.example>;tag=p1', NULL),
    ('pt-gen-302-redirect', 5, 'Call-ID: 302a@198.51.100.7', NULL),
    ('pt-gen-302-redirect', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-302-redirect', 7, 'Contact: <sip:+4930123456@gw2.partner.example>', 'Where to go instead: the PBX followed it.'),
    ('pt-gen-302-redirect', 8, '', NULL);

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-401-bad-creds', 'Challenged twice, then nothing',
     'A customer changed their SIP password on the provider''s portal last week. Since then their PBX cannot call out. The trace of one attempt is below.',
     'generic', 'trace', 401, NULL, NULL, NULL, 'immediate', 'challenge-answered', 'gen-auth-bad-creds',
     'The challenge was answered (an INVITE with Authorization followed), and was challenged again: the credentials are wrong. The 401 code is normal traffic; the second 401 to a credentialed INVITE is the fault. Enter the new password on the PBX.',
     'domain-notes', 'section 8, 401');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-401-bad-creds', 1, 'INVITE sip:+4930123456@sip.provider.example SIP/2.0', NULL),
    ('pt-gen-401-bad-creds', 2, 'Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1;rport', NULL),
    ('pt-gen-401-bad-creds', 3, 'From: <sip:4415@sip.provider.example>;tag=k1', NULL),
    ('pt-gen-401-bad-creds', 4, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-401-bad-creds', 5, 'Call-ID: b1b1@10.0.0.2', NULL),
    ('pt-gen-401-bad-creds', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-401-bad-creds', 7, '', NULL),
    ('pt-gen-401-bad-creds', 8, 'SIP/2.0 401 Unauthorized', 'The normal first challenge.'),
    ('pt-gen-401-bad-creds', 9, 'Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1;rport', NULL),
    ('pt-gen-401-bad-creds', 10, 'From: <sip:4415@sip.provider.example>;tag=k1', NULL),
    ('pt-gen-401-bad-creds', 11, 'To: <sip:+4930123456@sip.provider.example>;tag=b14bae', NULL),
    ('pt-gen-401-bad-creds', 12, 'Call-ID: b1b1@10.0.0.2', NULL),
    ('pt-gen-401-bad-creds', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-401-bad-creds', 14, 'WWW-Authenticate: Digest realm="sip.provider.example", nonce="9f01"', NULL),
    ('pt-gen-401-bad-creds', 15, '', NULL),
    ('pt-gen-401-bad-creds', 16, 'INVITE sip:+4930123456@sip.provider.example SIP/2.0', 'Re-sent with credentials...'),
    ('pt-gen-401-bad-creds', 17, 'Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1-2;rport', NULL),
    ('pt-gen-401-bad-creds', 18, 'From: <sip:4415@sip.provider.example>;tag=k1', NULL),
    ('pt-gen-401-bad-creds', 19, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-401-bad-creds', 20, 'Call-ID: b1b1@10.0.0.2', NULL),
    ('pt-gen-401-bad-creds', 21, 'CSeq: 2 INVITE', NULL),
    ('pt-gen-401-bad-creds', 22, 'Authorization: Digest username="4415", realm="sip.provider.example", nonce="9f01"', NULL),
    ('pt-gen-401-bad-creds', 23, '', NULL),
    ('pt-gen-401-bad-creds', 24, 'SIP/2.0 401 Unauthorized', '...and challenged again: the server did not accept them.'),
    ('pt-gen-401-bad-creds', 25, 'Via: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-b1-2;rport', NULL),
    ('pt-gen-401-bad-creds', 26, 'From: <sip:4415@sip.provider.example>;tag=k1', NULL),
    ('pt-gen-401-bad-creds', 27, 'To: <sip:+4930123456@sip.provider.example>;tag=b14bae', NULL),
    ('pt-gen-401-bad-creds', 28, 'Call-ID: b1b1@10.0.0.2', NULL),
    ('pt-gen-401-bad-creds', 29, 'CSeq: 2 INVITE', NULL),
    ('pt-gen-401-bad-creds', 30, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-401-bad-creds', 'challenge-answered', 'yes'),
    ('pt-gen-401-bad-creds', 'rechallenged', 'yes'),
    ('pt-gen-401-bad-creds', 'credentials-valid', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-401-inbound', 'The PBX challenges its own carrier',
     'After a PBX upgrade, inbound calls from the carrier no longer ring. The PBX''s trace is below. The carrier does not answer challenges on inbound calls; the address is the carrier''s known signalling IP.',
     'generic', 'trace', 401, NULL, NULL, NULL, 'track', 'challenge-answered', 'gen-auth-untrusted-peer',
     'Here the customer''s PBX sent the 401, to the carrier. The carrier''s signalling IPs must be trusted peers on the PBX (no inbound authentication).',
     'tw-ts', 'inbound 401/407');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-401-inbound', 1, 'INVITE sip:+12135550142@198.51.100.7 SIP/2.0', 'An inbound call from the carrier to the PBX.'),
    ('pt-gen-401-inbound', 2, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-i1', 'From the carrier''s signalling IP 203.0.113.20.'),
    ('pt-gen-401-inbound', 3, 'From: <sip:+4930123456@carrier.example>;tag=c9', NULL),
    ('pt-gen-401-inbound', 4, 'To: <sip:+12135550142@198.51.100.7>', NULL),
    ('pt-gen-401-inbound', 5, 'Call-ID: i1i1@203.0.113.20', NULL),
    ('pt-gen-401-inbound', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-401-inbound', 7, '', NULL),
    ('pt-gen-401-inbound', 8, 'SIP/2.0 401 Unauthorized', 'The PBX challenges the carrier.'),
    ('pt-gen-401-inbound', 9, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-i1', NULL),
    ('pt-gen-401-inbound', 10, 'From: <sip:+4930123456@carrier.example>;tag=c9', NULL),
    ('pt-gen-401-inbound', 11, 'To: <sip:+12135550142@198.51.100.7>;tag=73a3df', NULL),
    ('pt-gen-401-inbound', 12, 'Call-ID: i1i1@203.0.113.20', NULL),
    ('pt-gen-401-inbound', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-401-inbound', 14, 'Server: Office-PBX 7.2', 'Sent by the customer''s PBX.'),
    ('pt-gen-401-inbound', 15, '', NULL),
    ('pt-gen-401-inbound', 16, 'ACK sip:+12135550142@198.51.100.7 SIP/2.0', 'The carrier acknowledges and gives up: no credentials follow.'),
    ('pt-gen-401-inbound', 17, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-i1', NULL),
    ('pt-gen-401-inbound', 18, 'From: <sip:+4930123456@carrier.example>;tag=c9', NULL),
    ('pt-gen-401-inbound', 19, 'To: <sip:+12135550142@198.51.100.7>;tag=73a3df', NULL),
    ('pt-gen-401-inbound', 20, 'Call-ID: i1i1@203.0.113.20', NULL),
    ('pt-gen-401-inbound', 21, 'CSeq: 1 ACK', NULL),
    ('pt-gen-401-inbound', 22, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-401-inbound', 'challenge-answered', 'no'),
    ('pt-gen-401-inbound', 'scanner', 'no'),
    ('pt-gen-401-inbound', 'allowlist', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-403-acl', 'Refused on the first INVITE after a move',
     'A customer moved their PBX to a new office. Every outgoing call now gets 403 at once. Nothing was changed on the trunk; the old office IP is on the allowed list. It is the customer''s own PBX, not a scanner.',
     'generic', 'trace', 403, NULL, NULL, NULL, 'track', 'challenge-answered', 'gen-acl-missing',
     'A 403 on the first, digest-less INVITE means the IP ACL, not the password. received= shows the new office''s address, which is not on the allowed list.',
     'tw-ts', '403 ACL');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-403-acl', 1, 'INVITE sip:+4930123456@sip.provider.example SIP/2.0', 'The first INVITE, no credentials.'),
    ('pt-gen-403-acl', 2, 'Via: SIP/2.0/UDP 10.1.0.2:5060;branch=z9hG4bK-m1;rport', NULL),
    ('pt-gen-403-acl', 3, 'From: <sip:+12135550100@sip.provider.example>;tag=m1', NULL),
    ('pt-gen-403-acl', 4, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-403-acl', 5, 'Call-ID: m1m1@10.1.0.2', NULL),
    ('pt-gen-403-acl', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-403-acl', 7, '', NULL),
    ('pt-gen-403-acl', 8, 'SIP/2.0 403 Forbidden', 'Refused before any challenge: no 401/407 at all.'),
    ('pt-gen-403-acl', 9, 'From: <sip:+12135550100@sip.provider.example>;tag=m1', NULL),
    ('pt-gen-403-acl', 10, 'To: <sip:+4930123456@sip.provider.example>;tag=ede9bd', NULL),
    ('pt-gen-403-acl', 11, 'Call-ID: m1m1@10.1.0.2', NULL),
    ('pt-gen-403-acl', 12, 'Via: SIP/2.0/UDP 10.1.0.2:5060;branch=z9hG4bK-m1;received=198.51.100.77;rport=5060', 'received=198.51.100.77: the new office''s public address.'),
    ('pt-gen-403-acl', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-403-acl', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-403-acl', 'challenge-answered', 'no'),
    ('pt-gen-403-acl', 'register-forbidden', 'no'),
    ('pt-gen-403-acl', 'scanner', 'no'),
    ('pt-gen-403-acl', 'allowlist', 'no'),
    ('pt-gen-403-acl', 'recent-change', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-403-caller-id', 'Invalid Caller ID on outbound calls',
     'A customer''s outbound calls fail with 403 since they started presenting their sales number. The credentials are accepted, the From user is the digest user, the account is active with credit. The trace is below.',
     'generic', 'trace', 403, NULL, NULL, NULL, 'track', 'challenge-answered', 'gen-cid-invalid',
     'Everything about access is fine; the refusal names the caller ID. P-Asserted-Identity carries a national number the account does not own, not E.164. Send an owned number in E.164.',
     'tw-ts', '403 Invalid Caller ID');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-403-caller-id', 1, 'INVITE sip:+4930123456@sip.provider.example SIP/2.0', 'The INVITE re-sent with credentials (CSeq 2).'),
    ('pt-gen-403-caller-id', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-v2', NULL),
    ('pt-gen-403-caller-id', 3, 'From: <sip:5100@sip.provider.example>;tag=v2', NULL),
    ('pt-gen-403-caller-id', 4, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-403-caller-id', 5, 'Call-ID: v2v2@198.51.100.7', NULL),
    ('pt-gen-403-caller-id', 6, 'CSeq: 2 INVITE', NULL),
    ('pt-gen-403-caller-id', 7, 'P-Asserted-Identity: <sip:02135550199@pbx.customer.example>', 'The caller ID the carrier reads: national format, and not a number of this account.'),
    ('pt-gen-403-caller-id', 8, 'Proxy-Authorization: Digest username="5100", realm="sip.provider.example", nonce="aa01"', 'The credentials: username 5100, the same as the From user.'),
    ('pt-gen-403-caller-id', 9, '', NULL),
    ('pt-gen-403-caller-id', 10, 'SIP/2.0 403 Invalid Caller ID', 'The reason phrase says it.'),
    ('pt-gen-403-caller-id', 11, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-v2', NULL),
    ('pt-gen-403-caller-id', 12, 'From: <sip:5100@sip.provider.example>;tag=v2', NULL),
    ('pt-gen-403-caller-id', 13, 'To: <sip:+4930123456@sip.provider.example>;tag=900529', NULL),
    ('pt-gen-403-caller-id', 14, 'Call-ID: v2v2@198.51.100.7', NULL),
    ('pt-gen-403-caller-id', 15, 'CSeq: 2 INVITE', NULL),
    ('pt-gen-403-caller-id', 16, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-403-caller-id', 'challenge-answered', 'yes'),
    ('pt-gen-403-caller-id', 'register-forbidden', 'no'),
    ('pt-gen-403-caller-id', 'credentials-valid', 'yes'),
    ('pt-gen-403-caller-id', 'digest-user', 'yes'),
    ('pt-gen-403-caller-id', 'account-active', 'yes'),
    ('pt-gen-403-caller-id', 'balance', 'yes'),
    ('pt-gen-403-caller-id', 'pai-present', 'yes'),
    ('pt-gen-403-caller-id', 'caller-id-valid', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-404-unknown', 'A number nobody set up',
     'Calls to +4930123499 reach the customer''s SBC and get 404. The number is in the right format, but it is missing from the number inventory. The caller is a regular customer, not a scanner.',
     'generic', 'trace', 404, NULL, NULL, NULL, 'track', 'dial-pattern', 'gen-number-not-provisioned',
     'Format right, number unknown: it is not provisioned. Provision the number (and its trunk or route) before anything else.',
     'domain-notes', 'section 2, 404');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-404-unknown', 1, 'INVITE sip:+4930123499@sbc.customer.example SIP/2.0', 'E.164: the format is fine.'),
    ('pt-gen-404-unknown', 2, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-n4', NULL),
    ('pt-gen-404-unknown', 3, 'From: <sip:+12135550142@carrier.example>;tag=n4', NULL),
    ('pt-gen-404-unknown', 4, 'To: <sip:+4930123499@sbc.customer.example>', NULL),
    ('pt-gen-404-unknown', 5, 'Call-ID: n4n4@203.0.113.20', NULL),
    ('pt-gen-404-unknown', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-404-unknown', 7, '', NULL),
    ('pt-gen-404-unknown', 8, 'SIP/2.0 404 Not Found', 'The SBC knows no such number.'),
    ('pt-gen-404-unknown', 9, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-n4', NULL),
    ('pt-gen-404-unknown', 10, 'From: <sip:+12135550142@carrier.example>;tag=n4', NULL),
    ('pt-gen-404-unknown', 11, 'To: <sip:+4930123499@sbc.customer.example>;tag=1fe0a7', NULL),
    ('pt-gen-404-unknown', 12, 'Call-ID: n4n4@203.0.113.20', NULL),
    ('pt-gen-404-unknown', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-404-unknown', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-404-unknown', 'dial-pattern', 'yes'),
    ('pt-gen-404-unknown', 'number-provisioned', 'no'),
    ('pt-gen-404-unknown', 'scanner', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-407-no-creds', 'A 407 nobody answers',
     'A new SBC at the customer sends calls to the provider''s proxy; they all fail. Its IP is on the allowed list and it is not a scanner. The trace is below.',
     'generic', 'trace', 407, NULL, NULL, NULL, 'track', 'challenge-answered', 'gen-auth-no-creds',
     'The proxy challenged with 407 and the SBC never answered with Proxy-Authorization: it has no credentials for this trunk. Configure the trunk''s outbound authentication.',
     'domain-notes', 'section 2, 401');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-407-no-creds', 1, 'INVITE sip:+4930123456@proxy.provider.example SIP/2.0', NULL),
    ('pt-gen-407-no-creds', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-p7', NULL),
    ('pt-gen-407-no-creds', 3, 'From: <sip:+12135550100@sbc.customer.example>;tag=p7', NULL),
    ('pt-gen-407-no-creds', 4, 'To: <sip:+4930123456@proxy.provider.example>', NULL),
    ('pt-gen-407-no-creds', 5, 'Call-ID: p7p7@198.51.100.7', NULL),
    ('pt-gen-407-no-creds', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-407-no-creds', 7, '', NULL),
    ('pt-gen-407-no-creds', 8, 'SIP/2.0 407 Proxy Authentication Required', 'The proxy asks for credentials.'),
    ('pt-gen-407-no-creds', 9, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-p7', NULL),
    ('pt-gen-407-no-creds', 10, 'From: <sip:+12135550100@sbc.customer.example>;tag=p7', NULL),
    ('pt-gen-407-no-creds', 11, 'To: <sip:+4930123456@proxy.provider.example>;tag=15ece2', NULL),
    ('pt-gen-407-no-creds', 12, 'Call-ID: p7p7@198.51.100.7', NULL),
    ('pt-gen-407-no-creds', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-407-no-creds', 14, 'Proxy-Authenticate: Digest realm="proxy.provider.example", nonce="7e57"', NULL),
    ('pt-gen-407-no-creds', 15, '', NULL),
    ('pt-gen-407-no-creds', 16, 'ACK sip:+4930123456@proxy.provider.example SIP/2.0', 'Only an ACK: no INVITE with Proxy-Authorization follows.'),
    ('pt-gen-407-no-creds', 17, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-p7', NULL),
    ('pt-gen-407-no-creds', 18, 'From: <sip:+12135550100@sbc.customer.example>;tag=p7', NULL),
    ('pt-gen-407-no-creds', 19, 'To: <sip:+4930123456@proxy.provider.example>;tag=15ece2', NULL),
    ('pt-gen-407-no-creds', 20, 'Call-ID: p7p7@198.51.100.7', NULL),
    ('pt-gen-407-no-creds', 21, 'CSeq: 1 ACK', NULL),
    ('pt-gen-407-no-creds', 22, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-407-no-creds', 'challenge-answered', 'no'),
    ('pt-gen-407-no-creds', 'scanner', 'no'),
    ('pt-gen-407-no-creds', 'allowlist', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-408-firewall', 'The origination URI that never answers',
     'A customer''s inbound calls time out. The provider''s capture is below. The INVITEs are small and go over UDP; the customer''s SIP URI resolves, but their firewall does not allow the provider''s signalling IPs.',
     'generic', 'capture', 408, NULL, NULL, NULL, 'immediate', 'reachable', 'gen-408-firewall',
     'Retransmissions into silence: the far end is unreachable. Media encryption is not the issue; the provider''s IPs are not allowed through the customer''s firewall.',
     'tw-ts', '408/504 origination');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-408-firewall', 1, 'No.  Time       Source         Destination     Len  Info', NULL),
    ('pt-gen-408-firewall', 2, '1    0.000000   203.0.113.20   198.51.100.7    812  INVITE sip:+12135550142@pbx.customer.example', 'A small INVITE (812 bytes) over UDP...'),
    ('pt-gen-408-firewall', 3, '2    0.500000   203.0.113.20   198.51.100.7    812  INVITE (retransmission)', NULL),
    ('pt-gen-408-firewall', 4, '3    1.500000   203.0.113.20   198.51.100.7    812  INVITE (retransmission)', '...sent again and again: nothing answers.'),
    ('pt-gen-408-firewall', 5, '4    32.00000   -              -               -    408 Request Timeout', 'Timer B expired.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-408-firewall', 'message-size', 'yes'),
    ('pt-gen-408-firewall', 'reachable', 'no'),
    ('pt-gen-408-firewall', 'media-encryption', 'yes'),
    ('pt-gen-408-firewall', 'allowlist', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-480-unregistered', 'An extension that is never available',
     'Calls to one extension of a hosted PBX always get 480; all other extensions work. The registrations page shows no contact for it: the desk phone is unplugged.',
     'generic', 'trace', 480, NULL, NULL, NULL, 'track', 'registered', 'gen-not-registered',
     'Not registered means nowhere to deliver the call: 480 (or 404) is the result. Get the device registered again.',
     'domain-notes', 'section 8, 480');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-480-unregistered', 1, 'SIP/2.0 480 Temporarily Unavailable', NULL),
    ('pt-gen-480-unregistered', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-u8', NULL),
    ('pt-gen-480-unregistered', 3, 'From: <sip:+12135550142@carrier.example>;tag=u8', NULL),
    ('pt-gen-480-unregistered', 4, 'To: <sip:212@pbx.customer.example>;tag=x8', 'Extension 212.'),
    ('pt-gen-480-unregistered', 5, 'Call-ID: u8u8@198.51.100.7', NULL),
    ('pt-gen-480-unregistered', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-480-unregistered', 7, 'Reason: Q.850;cause=20;text="Subscriber absent"', 'Cause 20: the subscriber is absent (not registered).'),
    ('pt-gen-480-unregistered', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-480-unregistered', 'registered', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-481-nat', 'Hanging up does not hang up',
     'When the caller hangs up, the customer''s phone keeps the call open. The trace of the BYE is below; the PBX behind NAT put a private address in its Contact and SDP.',
     'generic', 'trace', 481, NULL, NULL, NULL, 'track', 'nat-clean', 'gen-481-nat',
     'In-dialog requests follow the Contact of the 200 OK; a private address there sends the BYE to the wrong place, which answers 481. Fix NAT on the PBX (or the router''s SIP ALG).',
     'domain-notes', 'section 2, 481');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-481-nat', 1, 'BYE sip:pbx@10.0.0.5:5060 SIP/2.0', 'The BYE goes to the private Contact 10.0.0.5...'),
    ('pt-gen-481-nat', 2, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-q1', NULL),
    ('pt-gen-481-nat', 3, 'From: <sip:+4930123456@carrier.example>;tag=q1', NULL),
    ('pt-gen-481-nat', 4, 'To: <sip:+12135550142@pbx.customer.example>;tag=q2', NULL),
    ('pt-gen-481-nat', 5, 'Call-ID: q1q1@203.0.113.20', NULL),
    ('pt-gen-481-nat', 6, 'CSeq: 2 BYE', NULL),
    ('pt-gen-481-nat', 7, '', NULL),
    ('pt-gen-481-nat', 8, 'SIP/2.0 481 Call/Transaction Does Not Exist', '...and whatever answered there does not know the call.'),
    ('pt-gen-481-nat', 9, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-q1', NULL),
    ('pt-gen-481-nat', 10, 'From: <sip:+4930123456@carrier.example>;tag=q1', NULL),
    ('pt-gen-481-nat', 11, 'To: <sip:+12135550142@pbx.customer.example>;tag=q2', NULL),
    ('pt-gen-481-nat', 12, 'Call-ID: q1q1@203.0.113.20', NULL),
    ('pt-gen-481-nat', 13, 'CSeq: 2 BYE', NULL),
    ('pt-gen-481-nat', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-481-nat', 'nat-clean', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-482-loop', 'A forwarding rule that points home',
     'Calls to a customer''s support number fail at once with the response below. The customer set the number to forward to their main line yesterday; the main line forwards to support.',
     'generic', 'trace', 482, NULL, NULL, NULL, 'immediate', 'routing-loop', 'gen-loop',
     'The same proxy twice in Via: the call went round in a circle. Two forwarding rules point at each other; break the loop.',
     'domain-notes', 'section 8, 482');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-482-loop', 1, 'SIP/2.0 482 Loop Detected', NULL),
    ('pt-gen-482-loop', 2, 'Via: SIP/2.0/UDP proxy1.customer.example;branch=z9hG4bK-l3', 'proxy1...'),
    ('pt-gen-482-loop', 3, 'Via: SIP/2.0/UDP proxy2.customer.example;branch=z9hG4bK-l2', NULL),
    ('pt-gen-482-loop', 4, 'Via: SIP/2.0/UDP proxy1.customer.example;branch=z9hG4bK-l1', '...and proxy1 again: the request came back to it.'),
    ('pt-gen-482-loop', 5, 'From: <sip:+4930123456@carrier.example>;tag=l1', NULL),
    ('pt-gen-482-loop', 6, 'To: <sip:+12135550150@customer.example>;tag=l9', NULL),
    ('pt-gen-482-loop', 7, 'Call-ID: l1l1@carrier.example', NULL),
    ('pt-gen-482-loop', 8, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-482-loop', 9, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-482-loop', 'routing-loop', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-484-short', 'Six digits to America',
     'A new PBX route for North America fails with the response below. The route strips digits it should not.',
     'generic', 'trace', 484, NULL, NULL, NULL, 'track', 'dial-pattern', 'gen-dial-pattern',
     'Six digits cannot be a North American number: the route cut the number. Fix the PBX''s outbound route to send E.164.',
     'domain-notes', 'section 8, 484');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-484-short', 1, 'INVITE sip:213555@sip.provider.example SIP/2.0', 'The dialled number as sent: 213555.'),
    ('pt-gen-484-short', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-s6', NULL),
    ('pt-gen-484-short', 3, 'From: <sip:+4930123456@sip.provider.example>;tag=s6', NULL),
    ('pt-gen-484-short', 4, 'To: <sip:213555@sip.provider.example>', NULL),
    ('pt-gen-484-short', 5, 'Call-ID: s6s6@198.51.100.7', NULL),
    ('pt-gen-484-short', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-484-short', 7, '', NULL),
    ('pt-gen-484-short', 8, 'SIP/2.0 484 Address Incomplete', 'Too short to route.'),
    ('pt-gen-484-short', 9, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-s6', NULL),
    ('pt-gen-484-short', 10, 'From: <sip:+4930123456@sip.provider.example>;tag=s6', NULL),
    ('pt-gen-484-short', 11, 'To: <sip:213555@sip.provider.example>;tag=fd3c13', NULL),
    ('pt-gen-484-short', 12, 'Call-ID: s6s6@198.51.100.7', NULL),
    ('pt-gen-484-short', 13, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-484-short', 14, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-484-short', 'dial-pattern', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-486-busy', 'Busy, once',
     'A customer asks why one call to a colleague''s direct line got a busy tone. Other calls to that line work; the colleague was on the phone at the time.',
     'generic', 'trace', 486, NULL, NULL, NULL, 'normal', 'widespread', 'gen-busy-normal',
     'A single busy from a person on another call is daily traffic: normal severity, nothing to fix.',
     'rfc3261', 'section 21.4.24');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-486-busy', 1, 'SIP/2.0 486 Busy Here', 'The callee''s phone answered busy.'),
    ('pt-gen-486-busy', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-k4', NULL),
    ('pt-gen-486-busy', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=k4', NULL),
    ('pt-gen-486-busy', 4, 'To: <sip:+12135550133@pbx.customer.example>;tag=k5', NULL),
    ('pt-gen-486-busy', 5, 'Call-ID: k4k4@198.51.100.7', NULL),
    ('pt-gen-486-busy', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-486-busy', 7, 'Reason: Q.850;cause=17;text="User busy"', 'Cause 17: user busy.'),
    ('pt-gen-486-busy', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-486-busy', 'widespread', 'no'),
    ('pt-gen-486-busy', 'user-outcome', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-486-channels', 'Busy on every line at 9:00',
     'Every morning at 9:00 a call centre''s outbound campaign gets dozens of 486s across many different numbers. Their trunk has 30 channels and the dialler starts 45 calls at once.',
     'generic', 'capture', 486, NULL, NULL, NULL, 'track', 'widespread', 'gen-capacity-limit',
     'Hundreds of people are not all busy at 9:00 sharp: many 486s across numbers point at a channel limit. Pace the dialler or buy channels.',
     'domain-notes', 'section 9, item 10');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-486-channels', 1, 'Calls 09:00:00-09:00:10   started 45   answered 21   486 Busy Here 24', 'A capture tool''s call summary for the first ten seconds.'),
    ('pt-gen-486-channels', 2, '486 by destination: 24 different numbers, 3 countries', 'Spread over many numbers: not the callees.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-486-channels', 'widespread', 'yes'),
    ('pt-gen-486-channels', 'capacity', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-487-cancel', 'Hung up while it rang',
     'A customer''s report shows a 487 on one call and asks whether their line is faulty. The trace is below; it happens a few times a day, no more than usual.',
     'generic', 'trace', 487, NULL, 'origination', NULL, 'normal', 'widespread', 'gen-487-caller-cancel',
     'The CANCEL came from the caller while it rang: the caller hung up (Origination). One of them is normal; only a spike of 487s needs a look.',
     'rfc3261', 'section 9.1');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-487-cancel', 1, 'CANCEL sip:+12135550142@pbx.customer.example SIP/2.0', 'The caller''s side cancels the ringing call.'),
    ('pt-gen-487-cancel', 2, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-w1', NULL),
    ('pt-gen-487-cancel', 3, 'From: <sip:+4930123456@carrier.example>;tag=w1', NULL),
    ('pt-gen-487-cancel', 4, 'To: <sip:+12135550142@pbx.customer.example>', NULL),
    ('pt-gen-487-cancel', 5, 'Call-ID: w1w1@203.0.113.20', NULL),
    ('pt-gen-487-cancel', 6, 'CSeq: 1 CANCEL', NULL),
    ('pt-gen-487-cancel', 7, '', NULL),
    ('pt-gen-487-cancel', 8, 'SIP/2.0 487 Request Terminated', 'The INVITE ends: terminated by the CANCEL.'),
    ('pt-gen-487-cancel', 9, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-487-cancel', 10, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-487-cancel', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-488-srtp', 'Encrypted offer, plain answer expected',
     'A customer enabled "secure calls" on their PBX. Calls to the carrier now fail with 488. The carrier''s trunk uses plain RTP. The offer is below; the codecs are G.711.',
     'generic', 'trace', 488, NULL, NULL, NULL, 'immediate', 'codecs', 'gen-srtp-mismatch',
     'The codec (PCMU) is fine; the profile is RTP/SAVP with a=crypto, and the carrier only takes plain RTP/AVP. Both sides must agree on RTP versus SRTP.',
     'domain-notes', 'section 9, item 12');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-488-srtp', 1, 'INVITE sip:+4930123456@carrier.example SIP/2.0', NULL),
    ('pt-gen-488-srtp', 2, 'Via: SIP/2.0/TLS 198.51.100.7:5061;branch=z9hG4bK-e2', NULL),
    ('pt-gen-488-srtp', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=e2', NULL),
    ('pt-gen-488-srtp', 4, 'To: <sip:+4930123456@carrier.example>', NULL),
    ('pt-gen-488-srtp', 5, 'Call-ID: e2e2@198.51.100.7', NULL),
    ('pt-gen-488-srtp', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-488-srtp', 7, 'Content-Type: application/sdp', NULL),
    ('pt-gen-488-srtp', 8, '', NULL),
    ('pt-gen-488-srtp', 9, 'v=0', NULL),
    ('pt-gen-488-srtp', 10, 'Via: SIP/2.0/TLS 198.51.100.7:5061;branch=z9hG4bK-e2-0', NULL),
    ('pt-gen-488-srtp', 11, 'From: <sip:+12135550100@pbx.customer.example>;tag=e2', NULL),
    ('pt-gen-488-srtp', 12, 'To: <sip:+4930123456@carrier.example>', NULL),
    ('pt-gen-488-srtp', 13, 'Call-ID: e2e2@198.51.100.7', NULL),
    ('pt-gen-488-srtp', 14, 'o=- 2 2 IN IP4 198.51.100.7', NULL),
    ('pt-gen-488-srtp', 15, 's=-', NULL),
    ('pt-gen-488-srtp', 16, 'c=IN IP4 198.51.100.7', NULL),
    ('pt-gen-488-srtp', 17, 't=0 0', NULL),
    ('pt-gen-488-srtp', 18, 'm=audio 40000 RTP/SAVP 0 8', 'RTP/SAVP: encrypted media; PCMU and PCMA are offered.'),
    ('pt-gen-488-srtp', 19, 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz', 'The SRTP key.'),
    ('pt-gen-488-srtp', 20, '', NULL),
    ('pt-gen-488-srtp', 21, 'SIP/2.0 488 Not Acceptable Here', 'The carrier takes only plain RTP.'),
    ('pt-gen-488-srtp', 22, 'Via: SIP/2.0/TLS 198.51.100.7:5061;branch=z9hG4bK-e2', NULL),
    ('pt-gen-488-srtp', 23, 'From: <sip:+12135550100@pbx.customer.example>;tag=e2', NULL),
    ('pt-gen-488-srtp', 24, 'To: <sip:+4930123456@carrier.example>;tag=d3d22d', NULL),
    ('pt-gen-488-srtp', 25, 'Call-ID: e2e2@198.51.100.7', NULL),
    ('pt-gen-488-srtp', 26, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-488-srtp', 27, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-488-srtp', 'codecs', 'yes'),
    ('pt-gen-488-srtp', 'media-encryption', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-500-pbx', 'The PBX fails on one number',
     'Inbound calls to one of the customer''s numbers fail with 500 from their PBX; the other numbers work. The number has no inbound route on the PBX.',
     'generic', 'trace', 500, NULL, NULL, NULL, 'immediate', 'widespread', 'gen-500-no-route-pbx',
     'One number, a 500 from the customer''s PBX, and no route for it: the PBX has nothing to do with the call. Add the route on the PBX.',
     'domain-notes', 'section 8, 500');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-500-pbx', 1, 'SIP/2.0 500 Server Internal Error', NULL),
    ('pt-gen-500-pbx', 2, 'Via: SIP/2.0/UDP 203.0.113.20:5060;branch=z9hG4bK-f5', NULL),
    ('pt-gen-500-pbx', 3, 'From: <sip:+4930123456@carrier.example>;tag=f5', NULL),
    ('pt-gen-500-pbx', 4, 'To: <sip:+12135550177@pbx.customer.example>;tag=f6', 'The one number that fails.'),
    ('pt-gen-500-pbx', 5, 'Call-ID: f5f5@203.0.113.20', NULL),
    ('pt-gen-500-pbx', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-500-pbx', 7, 'Server: Office-PBX 3.1', 'The customer''s PBX sent it.'),
    ('pt-gen-500-pbx', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-500-pbx', 'widespread', 'no'),
    ('pt-gen-500-pbx', 'app-binding', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-502-gateway', 'A bad gateway for one destination',
     'Calls to one mobile number fail with 502 from the carrier; other destinations work. The response carries a Q.850 cause.',
     'generic', 'trace', 502, NULL, NULL, NULL, 'immediate', 'widespread', 'gen-502-dest-out-of-order',
     'One destination and cause 27, destination out of order: the far end''s network is down for that number. Watch whether it spreads; one number is the far end''s problem.',
     'domain-notes', 'section 8, 502');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-502-gateway', 1, 'SIP/2.0 502 Bad Gateway', NULL),
    ('pt-gen-502-gateway', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-g2', NULL),
    ('pt-gen-502-gateway', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=g2', NULL),
    ('pt-gen-502-gateway', 4, 'To: <sip:+447700900123@carrier.example>;tag=g3', NULL),
    ('pt-gen-502-gateway', 5, 'Call-ID: g2g2@198.51.100.7', NULL),
    ('pt-gen-502-gateway', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-502-gateway', 7, 'Reason: Q.850;cause=27;text="Destination out of order"', 'Cause 27: the destination''s network is out of order.'),
    ('pt-gen-502-gateway', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-502-gateway', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-503-cps', 'Bursts refused by the trunk',
     'A dialler sends 20 calls in the same second; some get 503 with the reason phrase below. The account allows 10 calls per second.',
     'generic', 'trace', 503, NULL, NULL, NULL, 'track', 'capacity', 'gen-capacity-limit',
     'The reason phrase and Retry-After say it: the calls-per-second limit. Pace the dialler under the limit or ask for a higher one.',
     'tw-ts', '503 CPS / concurrent call limit');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-503-cps', 1, 'SIP/2.0 503 CPS limit exceeded', 'The phrase names the limit.'),
    ('pt-gen-503-cps', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-h3', NULL),
    ('pt-gen-503-cps', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=h3', NULL),
    ('pt-gen-503-cps', 4, 'To: <sip:+4930123456@carrier.example>;tag=h4', NULL),
    ('pt-gen-503-cps', 5, 'Call-ID: h3h3@198.51.100.7', NULL),
    ('pt-gen-503-cps', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-503-cps', 7, 'Retry-After: 1', 'Try again in a second: a rate limit, not an outage.'),
    ('pt-gen-503-cps', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-503-cps', 'capacity', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-504-upstream', 'Timeouts behind the carrier''s proxy',
     'Since 14:00 many calls through one carrier fail with 504 from its proxy, to all destinations. The proxy itself answers OPTIONS.',
     'generic', 'trace', 504, NULL, NULL, NULL, 'immediate', 'reachable', 'gen-504-upstream',
     'The carrier''s proxy is reachable but its next hop is not answering, for many calls: an upstream problem. Escalate to the carrier''s NOC with Call-IDs and times.',
     'domain-notes', 'section 8, 504');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-504-upstream', 1, 'SIP/2.0 504 Server Time-out', NULL),
    ('pt-gen-504-upstream', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-j4', NULL),
    ('pt-gen-504-upstream', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=j4', NULL),
    ('pt-gen-504-upstream', 4, 'To: <sip:+4930123456@carrier.example>;tag=j5', NULL),
    ('pt-gen-504-upstream', 5, 'Call-ID: j4j4@198.51.100.7', NULL),
    ('pt-gen-504-upstream', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-504-upstream', 7, 'Server: Carrier-Proxy 2.1', 'The carrier''s proxy answered: its next hop did not.'),
    ('pt-gen-504-upstream', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-504-upstream', 'reachable', 'yes'),
    ('pt-gen-504-upstream', 'widespread', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-513-udp', 'Too large for UDP',
     'After adding more codecs to the PBX, calls to one carrier fail with 513. The capture shows the INVITE''s size and transport below.',
     'generic', 'capture', 513, NULL, NULL, NULL, 'immediate', 'message-size', 'gen-udp-too-large',
     'An INVITE of about 1.8 KB over UDP breaks the 1300-byte rule: send over TCP, or trim the codec list.',
     'mtu', 'the 1300-byte rule');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-513-udp', 1, 'No.  Time      Source         Destination    Len   Info', NULL),
    ('pt-gen-513-udp', 2, '1    0.000000  198.51.100.7   203.0.113.10   1842  INVITE sip:+4930123456@carrier.example (UDP)', '1842 bytes over UDP.'),
    ('pt-gen-513-udp', 3, '2    0.020000  203.0.113.10   198.51.100.7   402   SIP/2.0 513 Message Too Large', 'The carrier refuses the size.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-513-udp', 'message-size', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-603-declined', 'The boss pressed Decline',
     'A call to the managing director''s mobile ended at once with 603. Other calls to him work; he confirms he rejected that call in a meeting.',
     'generic', 'trace', 603, NULL, NULL, NULL, 'normal', 'reachable', 'gen-decline-normal',
     'A person declined: a normal outcome. Nothing can be done over SIP; the caller can try another way.',
     'seed-000', '603 Decline');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-603-declined', 1, 'SIP/2.0 603 Decline', NULL),
    ('pt-gen-603-declined', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-d6', NULL),
    ('pt-gen-603-declined', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=d6', NULL),
    ('pt-gen-603-declined', 4, 'To: <sip:+447700900456@carrier.example>;tag=d7', NULL),
    ('pt-gen-603-declined', 5, 'Call-ID: d6d6@198.51.100.7', NULL),
    ('pt-gen-603-declined', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-603-declined', 7, 'Reason: Q.850;cause=21;text="Call rejected"', 'Cause 21: rejected, here by the person.'),
    ('pt-gen-603-declined', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-603-declined', 'reachable', 'yes'),
    ('pt-gen-603-declined', 'user-outcome', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-604-gone', 'A number that does not exist',
     'A customer''s call to a supplier ends with 604. The number is in E.164; calls to other numbers of the same country work. The supplier changed their number last year.',
     'generic', 'trace', 604, NULL, NULL, NULL, 'track', 'dial-pattern', 'gen-604-no-such-number',
     'Right format, one number, cause 1 "unallocated": the number really does not exist. The caller needs the supplier''s new number.',
     'rfc3261', 'section 21.6.3');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-604-gone', 1, 'SIP/2.0 604 Does Not Exist Anywhere', NULL),
    ('pt-gen-604-gone', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-o4', NULL),
    ('pt-gen-604-gone', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=o4', NULL),
    ('pt-gen-604-gone', 4, 'To: <sip:+441632960777@carrier.example>;tag=o5', 'E.164: the format is fine.'),
    ('pt-gen-604-gone', 5, 'Call-ID: o4o4@198.51.100.7', NULL),
    ('pt-gen-604-gone', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-604-gone', 7, 'Reason: Q.850;cause=1;text="Unallocated number"', 'Cause 1: nobody has this number.'),
    ('pt-gen-604-gone', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-604-gone', 'dial-pattern', 'yes'),
    ('pt-gen-604-gone', 'widespread', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-606-private', 'A private address in the offer',
     'Calls from a customer''s new softphone fail with 606. The codecs are standard G.711 in plain RTP; the offer is below.',
     'generic', 'trace', 606, NULL, NULL, NULL, 'immediate', 'codecs', 'gen-488-private-ip',
     'Codec and profile are fine; the c= line holds 192.168.1.20, a private address nobody outside can send audio to. Fix NAT on the softphone (STUN, or the SBC''s media handling).',
     'domain-notes', 'section 9, item 13');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-606-private', 1, 'INVITE sip:+4930123456@sip.provider.example SIP/2.0', NULL),
    ('pt-gen-606-private', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-y6', NULL),
    ('pt-gen-606-private', 3, 'From: <sip:+12135550100@sip.provider.example>;tag=y6', NULL),
    ('pt-gen-606-private', 4, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-606-private', 5, 'Call-ID: y6y6@198.51.100.7', NULL),
    ('pt-gen-606-private', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-606-private', 7, 'Content-Type: application/sdp', NULL),
    ('pt-gen-606-private', 8, '', NULL),
    ('pt-gen-606-private', 9, 'v=0', NULL),
    ('pt-gen-606-private', 10, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-y6-0', NULL),
    ('pt-gen-606-private', 11, 'From: <sip:+12135550100@sip.provider.example>;tag=y6', NULL),
    ('pt-gen-606-private', 12, 'To: <sip:+4930123456@sip.provider.example>', NULL),
    ('pt-gen-606-private', 13, 'Call-ID: y6y6@198.51.100.7', NULL),
    ('pt-gen-606-private', 14, 'o=- 3 3 IN IP4 192.168.1.20', NULL),
    ('pt-gen-606-private', 15, 's=-', NULL),
    ('pt-gen-606-private', 16, 'c=IN IP4 192.168.1.20', 'A private address: the far end cannot send media there.'),
    ('pt-gen-606-private', 17, 't=0 0', NULL),
    ('pt-gen-606-private', 18, 'm=audio 4002 RTP/AVP 0 8', 'Plain RTP, PCMU and PCMA: codec and profile are fine.'),
    ('pt-gen-606-private', 19, '', NULL),
    ('pt-gen-606-private', 20, 'SIP/2.0 606 Not Acceptable', 'Refused everywhere.'),
    ('pt-gen-606-private', 21, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-y6', NULL),
    ('pt-gen-606-private', 22, 'From: <sip:+12135550100@sip.provider.example>;tag=y6', NULL),
    ('pt-gen-606-private', 23, 'To: <sip:+4930123456@sip.provider.example>;tag=6551ae', NULL),
    ('pt-gen-606-private', 24, 'Call-ID: y6y6@198.51.100.7', NULL),
    ('pt-gen-606-private', 25, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-606-private', 26, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-606-private', 'codecs', 'yes'),
    ('pt-gen-606-private', 'media-encryption', 'yes'),
    ('pt-gen-606-private', 'nat-clean', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-607-reputation', 'Unwanted, by many callees',
     'A customer''s outbound sales calls get 607 from many different callees since Monday. Their caller ID is their own, verified, in E.164.',
     'generic', 'capture', 607, NULL, NULL, NULL, 'track', 'widespread', 'gen-cid-reputation',
     'Many callees marking the same caller unwanted: the caller ID''s reputation is damaged (robocall labelling). The number is valid; its reputation needs repair with the carrier.',
     'rfc8197', 'section 3');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-607-reputation', 1, 'Calls Mon-Wed from +12135550100: 420 attempts, 63 ended 607 Unwanted', 'A call summary by caller ID.'),
    ('pt-gen-607-reputation', 2, '607 by destination: 61 different numbers', 'Not one annoyed callee: many.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-607-reputation', 'widespread', 'yes'),
    ('pt-gen-607-reputation', 'attestation-full', 'yes'),
    ('pt-gen-607-reputation', 'caller-id-valid', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-608-analytics', 'Rejected by the network, not the callee',
     'Calls from a customer''s new number are rejected with 608. The number is theirs, verified, in E.164; the response carries a Call-Info header.',
     'generic', 'trace', 608, NULL, NULL, NULL, 'track', 'caller-id-valid', 'gen-608-analytics',
     'A valid caller ID rejected by a network analytics engine: follow the Call-Info remediation address to have the decision reviewed.',
     'rfc8688', 'section 3');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-608-analytics', 1, 'SIP/2.0 608 Rejected', NULL),
    ('pt-gen-608-analytics', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-r8', NULL),
    ('pt-gen-608-analytics', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=r8', NULL),
    ('pt-gen-608-analytics', 4, 'To: <sip:+12135550199@carrier.example>;tag=r9', NULL),
    ('pt-gen-608-analytics', 5, 'Call-ID: r8r8@198.51.100.7', NULL),
    ('pt-gen-608-analytics', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-608-analytics', 7, 'Call-Info: <https://analytics.example/remediation>;purpose=jwscard', 'Where to ask for a review.'),
    ('pt-gen-608-analytics', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-608-analytics', 'caller-id-valid', 'yes'),
    ('pt-gen-608-analytics', 'cid-reputation-ok', 'no'),
    ('pt-gen-608-analytics', 'attestation-full', 'yes');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-422-timer', 'A session timer too short',
     'A new SBC''s calls to the carrier fail with 422; the SBC does not retry. The exchange is below.',
     'generic', 'trace', 422, NULL, NULL, NULL, 'track', 'extension-support', 'gen-422-session-expires',
     'Session-Expires 60 is below the carrier''s Min-SE of 90. Set the SBC''s session timer to 1800 seconds (or let it retry with the Min-SE).',
     'tw-ts', '422');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-422-timer', 1, 'INVITE sip:+4930123456@carrier.example SIP/2.0', NULL),
    ('pt-gen-422-timer', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-t2', NULL),
    ('pt-gen-422-timer', 3, 'From: <sip:+12135550100@sbc.customer.example>;tag=t2', NULL),
    ('pt-gen-422-timer', 4, 'To: <sip:+4930123456@carrier.example>', NULL),
    ('pt-gen-422-timer', 5, 'Call-ID: t2t2@198.51.100.7', NULL),
    ('pt-gen-422-timer', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-422-timer', 7, 'Session-Expires: 60', 'A refresh every 60 s is asked for.'),
    ('pt-gen-422-timer', 8, '', NULL),
    ('pt-gen-422-timer', 9, 'SIP/2.0 422 Session Interval Too Small', NULL),
    ('pt-gen-422-timer', 10, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-t2', NULL),
    ('pt-gen-422-timer', 11, 'From: <sip:+12135550100@sbc.customer.example>;tag=t2', NULL),
    ('pt-gen-422-timer', 12, 'To: <sip:+4930123456@carrier.example>;tag=5884eb', NULL),
    ('pt-gen-422-timer', 13, 'Call-ID: t2t2@198.51.100.7', NULL),
    ('pt-gen-422-timer', 14, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-422-timer', 15, 'Min-SE: 90', 'The carrier''s minimum.'),
    ('pt-gen-422-timer', 16, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-422-timer', 'extension-support', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-420-100rel', 'An extension the carrier does not have',
     'After a PBX setting change, every call to the carrier fails with 420. The exchange is below.',
     'generic', 'trace', 420, NULL, NULL, NULL, 'immediate', 'extension-support', 'gen-420-require',
     'The PBX requires 100rel and the carrier does not support it (Unsupported: 100rel). Change the PBX from "require" to "supported".',
     'ms-dr', '420');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-420-100rel', 1, 'INVITE sip:+4930123456@carrier.example SIP/2.0', NULL),
    ('pt-gen-420-100rel', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-x2', NULL),
    ('pt-gen-420-100rel', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=x2', NULL),
    ('pt-gen-420-100rel', 4, 'To: <sip:+4930123456@carrier.example>', NULL),
    ('pt-gen-420-100rel', 5, 'Call-ID: x2x2@198.51.100.7', NULL),
    ('pt-gen-420-100rel', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-420-100rel', 7, 'Require: 100rel', 'The PBX insists on reliable provisional responses.'),
    ('pt-gen-420-100rel', 8, '', NULL),
    ('pt-gen-420-100rel', 9, 'SIP/2.0 420 Bad Extension', NULL),
    ('pt-gen-420-100rel', 10, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-x2', NULL),
    ('pt-gen-420-100rel', 11, 'From: <sip:+12135550100@pbx.customer.example>;tag=x2', NULL),
    ('pt-gen-420-100rel', 12, 'To: <sip:+4930123456@carrier.example>;tag=20da47', NULL),
    ('pt-gen-420-100rel', 13, 'Call-ID: x2x2@198.51.100.7', NULL),
    ('pt-gen-420-100rel', 14, 'CSeq: 1 INVITE', NULL),
    ('pt-gen-420-100rel', 15, 'Unsupported: 100rel', 'The extension the carrier lacks.'),
    ('pt-gen-420-100rel', 16, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-420-100rel', 'extension-support', 'no');

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-gen-405-refer', 'Transfers refused by the carrier',
     'Blind transfers from the customer''s PBX fail; normal calls work. The PBX sends a REFER to the carrier, answered as below.',
     'generic', 'trace', 405, NULL, NULL, NULL, 'track', 'transfer-leg', 'gen-405-refer',
     'The REFER (a transfer) is not allowed on this connection: the Allow header lacks it. Enable call transfer on the trunk, or transfer on the PBX itself.',
     'tnx-rc', 'D42');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-gen-405-refer', 1, 'REFER sip:+4930123456@carrier.example SIP/2.0', 'A transfer request inside the call.'),
    ('pt-gen-405-refer', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-z5', NULL),
    ('pt-gen-405-refer', 3, 'From: <sip:+12135550100@pbx.customer.example>;tag=z5', NULL),
    ('pt-gen-405-refer', 4, 'To: <sip:+4930123456@carrier.example>;tag=z6', NULL),
    ('pt-gen-405-refer', 5, 'Call-ID: z5z5@198.51.100.7', NULL),
    ('pt-gen-405-refer', 6, 'CSeq: 3 REFER', NULL),
    ('pt-gen-405-refer', 7, '', NULL),
    ('pt-gen-405-refer', 8, 'SIP/2.0 405 Method Not Allowed', NULL),
    ('pt-gen-405-refer', 9, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-z5', NULL),
    ('pt-gen-405-refer', 10, 'From: <sip:+12135550100@pbx.customer.example>;tag=z5', NULL),
    ('pt-gen-405-refer', 11, 'To: <sip:+4930123456@carrier.example>;tag=z6', NULL),
    ('pt-gen-405-refer', 12, 'Call-ID: z5z5@198.51.100.7', NULL),
    ('pt-gen-405-refer', 13, 'CSeq: 3 REFER', NULL),
    ('pt-gen-405-refer', 14, 'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS', 'No REFER in the list.'),
    ('pt-gen-405-refer', 15, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-gen-405-refer', 'transfer-leg', 'yes');

-- ---------------------------------------------------------------------------
-- Symptom tickets: no telling code, the ticket names what the customer
-- observes (data/symptoms.sql).  The wizard walks the symptom's route.

INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-sym-owa-private', 'Callers cannot hear the agent',
     'Inbound calls to a customer''s PBX are answered, the agent hears the caller, but the caller hears nothing. It happens on every call since the PBX moved behind a new router. The PBX''s answer to one call is below.',
     'didww', 'trace', NULL, 'one-way-audio', NULL, NULL, 'immediate', 'nat-clean', 'sym-owa-private-address',
     'One-way audio starts with the SDP addresses: the answer''s c= line says 10.0.0.5, a private address nobody outside can send to, so the direction towards the caller is silent. Fix NAT on the PBX (its external address) or the router.',
     'tw-ts', 'one-way audio: private IP in SDP'),
    ('pt-sym-noaudio-srtp', 'Silence both ways after a security update',
     'After the customer''s SBC was set to "encrypt media", calls to the carrier connect and show as answered, but nobody hears anything in either direction. Addresses in the SDP are public and the firewall allows RTP. A capture viewer shows this.',
     'twilio', 'capture', NULL, 'no-audio', NULL, NULL, 'immediate', 'nat-clean', 'sym-noaudio-srtp',
     'Packets flow both ways, yet nobody hears: the offer is RTP/SAVP with a=crypto, the carrier answers plain RTP/AVP. Both sides must agree on RTP or SRTP; set the SBC''s media encryption to what the trunk uses.',
     'rfc3711', 'section 3'),
    ('pt-sym-drop-contact', 'Every answered call drops after half a minute',
     'Calls from the voice bot to a customer''s call centre are answered, work for about 30 seconds, then drop. The capture on the gateway shows the call centre re-sending its 200 OK; its Contact is a private address.',
     'cognigy-vg', 'capture', NULL, 'drops-after-answer', NULL, NULL, 'immediate', 'ack-received', 'sym-drop-contact',
     'A drop at about 32 s is the ACK that never arrived: the answering side re-sends its 200 OK, gets no ACK and hangs up. Here its Contact names 10.1.2.3, which the gateway cannot reach: fix NAT on the call centre''s SBC.',
     'rfc3261', 'section 13.3.1.4'),
    ('pt-sym-dtmf-method', 'The bot does not take the caller''s digits',
     'Callers reach the voice bot through the customer''s PBX, but when asked to "press 1" nothing happens. The PBX''s trunk is set to send digits as SIP INFO; the gateway''s offer lists telephone-event.',
     'cognigy-vg', 'capture', NULL, 'dtmf', NULL, NULL, 'immediate', 'dtmf-method-match', 'sym-dtmf-method',
     'Digits are lost when the two sides carry them differently: the PBX sends SIP INFO, the gateway expects RFC 4733 telephone-events in RTP. Set the PBX trunk to RFC 4733 (RFC 2833).',
     'rfc4733', 'section 2'),
    ('pt-sym-reg-bad-creds', 'A phone that never registers',
     'A new desk phone shows "registration failed". The registrar answers every REGISTER, and the phone answers the challenge, but is challenged again each time. The SIP server is reachable and answers OPTIONS.',
     'generic', 'capture', NULL, 'registration', NULL, NULL, 'immediate', 'registered', 'sym-reg-bad-creds',
     'A second 401 to a REGISTER that carries credentials is a rejection, not the normal challenge: the username, auth ID, password or realm is wrong. Re-enter the credentials on the phone.',
     'domain-notes', 'section 8, 401'),
    ('pt-sym-aq-bandwidth', 'Choppy calls every afternoon',
     'An office complains that calls break up and robotise, but only in the afternoon. It is not echo. The RTP stream analysis shows 6% loss then; the office''s backups run over the same internet line from 14:00.',
     'generic', 'capture', NULL, 'audio-quality', NULL, NULL, 'track', 'echo-only', 'sym-aq-bandwidth',
     'Loss only at busy times points at the access link: backups fill the uplink and voice is not prioritised. Move the backups, add bandwidth or prioritise voice (QoS).',
     'siptriage', NULL),
    ('pt-sym-cid-format', 'The wrong number is shown to the people we call',
     'Customers of a small firm see an unknown number when the firm calls them. The firm''s PBX sends its number in national format; the carrier''s guide asks for E.164. Nobody asked to withhold the number.',
     'carrier', 'trace', NULL, 'caller-id', NULL, NULL, 'track', 'privacy-ok', 'sym-cid-format',
     'A caller ID the carrier cannot match (030..., not +4930...) is replaced or refused: send it in E.164 in From and P-Asserted-Identity.',
     'tw-ts', 'caller ID in E.164');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-sym-owa-private', 1, 'SIP/2.0 200 OK', 'The PBX answers the call...'),
    ('pt-sym-owa-private', 2, 'Via: SIP/2.0/UDP 46.19.210.14:5060;branch=z9hG4bK-s1', NULL),
    ('pt-sym-owa-private', 3, 'From: <sip:+4930123456@sip.didww.example>;tag=s1', NULL),
    ('pt-sym-owa-private', 4, 'To: <sip:+12135550142@pbx.customer.example>;tag=s2', NULL),
    ('pt-sym-owa-private', 5, 'Call-ID: s1s1@46.19.210.14', NULL),
    ('pt-sym-owa-private', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-sym-owa-private', 7, 'Contact: <sip:pbx@198.51.100.7:5060>', NULL),
    ('pt-sym-owa-private', 8, 'Content-Type: application/sdp', NULL),
    ('pt-sym-owa-private', 9, '', NULL),
    ('pt-sym-owa-private', 10, 'v=0', NULL),
    ('pt-sym-owa-private', 11, 'o=pbx 1 1 IN IP4 10.0.0.5', NULL),
    ('pt-sym-owa-private', 12, 's=-', NULL),
    ('pt-sym-owa-private', 13, 'c=IN IP4 10.0.0.5', '...but tells the caller''s side to send audio to 10.0.0.5, a private address.'),
    ('pt-sym-owa-private', 14, 't=0 0', NULL),
    ('pt-sym-owa-private', 15, 'm=audio 18000 RTP/AVP 0', 'The port and codec are fine: only the address is wrong.'),
    ('pt-sym-owa-private', 16, '', NULL),
    ('pt-sym-noaudio-srtp', 1, 'No.  Time   Source        Destination   Info', NULL),
    ('pt-sym-noaudio-srtp', 2, '1    0.000  198.51.100.7  203.0.113.10  INVITE, SDP m=audio 4000 RTP/SAVP 0 8, a=crypto:1 AES_CM_128_HMAC_SHA1_80', 'The offer: encrypted media (SAVP, a key).'),
    ('pt-sym-noaudio-srtp', 3, '2    0.210  203.0.113.10  198.51.100.7  200 OK, SDP m=audio 31000 RTP/AVP 0', 'The answer: plain RTP, no key.'),
    ('pt-sym-noaudio-srtp', 4, '3    0.230  198.51.100.7  203.0.113.10  RTP streams: both directions, 50 packets/s each', 'Packets flow both ways: not a firewall, not an address.'),
    ('pt-sym-drop-contact', 1, 'No.  Time    Source        Destination   Info', NULL),
    ('pt-sym-drop-contact', 2, '1    0.000   34.120.8.44   203.0.113.30  INVITE sip:+4989555100@cc.example', NULL),
    ('pt-sym-drop-contact', 3, '2    2.400   203.0.113.30  34.120.8.44   200 OK, Contact: <sip:agent@10.1.2.3:5060>', 'The answer names a private Contact...'),
    ('pt-sym-drop-contact', 4, '3    2.900   203.0.113.30  34.120.8.44   200 OK (retransmission)', '...and keeps being re-sent: no ACK reaches it.'),
    ('pt-sym-drop-contact', 5, '4    34.400  203.0.113.30  34.120.8.44   BYE', 'After about 32 s the call centre gives up and hangs up.'),
    ('pt-sym-dtmf-method', 1, 'No.  Time   Source        Destination   Info', NULL),
    ('pt-sym-dtmf-method', 2, '1    0.000  198.51.100.7  34.120.8.44   INVITE, SDP m=audio 4000 RTP/AVP 0 101', NULL),
    ('pt-sym-dtmf-method', 3, '2    0.180  34.120.8.44   198.51.100.7  200 OK, SDP a=rtpmap:101 telephone-event/8000', 'The gateway expects digits as RFC 4733 telephone-events.'),
    ('pt-sym-dtmf-method', 4, '3    9.300  198.51.100.7  34.120.8.44   INFO, Content-Type: application/dtmf-relay, Signal=1', 'The PBX sends the digit as SIP INFO instead.'),
    ('pt-sym-reg-bad-creds', 1, 'No.  Time   Source        Destination   Info', NULL),
    ('pt-sym-reg-bad-creds', 2, '1    0.000  192.0.2.50    203.0.113.10  REGISTER sip:sip.provider.example', NULL),
    ('pt-sym-reg-bad-creds', 3, '2    0.040  203.0.113.10  192.0.2.50    401 Unauthorized', 'The normal first challenge.'),
    ('pt-sym-reg-bad-creds', 4, '3    0.060  192.0.2.50    203.0.113.10  REGISTER (Authorization: username=2140)', 'The phone answers it...'),
    ('pt-sym-reg-bad-creds', 5, '4    0.100  203.0.113.10  192.0.2.50    401 Unauthorized', '...and is challenged again: its credentials were rejected.'),
    ('pt-sym-aq-bandwidth', 1, 'RTP stream analysis (Wireshark Telephony > RTP > RTP Streams)', NULL),
    ('pt-sym-aq-bandwidth', 2, '10:12  SSRC 0x1a2b  G.711  lost 0.1%  max jitter 4 ms', 'The morning: clean.'),
    ('pt-sym-aq-bandwidth', 3, '14:37  SSRC 0x3c4d  G.711  lost 6.2%  max jitter 48 ms', 'The afternoon, while backups run: loss and jitter.'),
    ('pt-sym-cid-format', 1, 'INVITE sip:+4940987654@carrier.example SIP/2.0', NULL),
    ('pt-sym-cid-format', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-c1', NULL),
    ('pt-sym-cid-format', 3, 'From: <sip:030123456@pbx.customer.example>;tag=c1', 'The caller ID in national format: 030..., not +4930...'),
    ('pt-sym-cid-format', 4, 'To: <sip:+4940987654@carrier.example>', NULL),
    ('pt-sym-cid-format', 5, 'Call-ID: c1c1@198.51.100.7', NULL),
    ('pt-sym-cid-format', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-sym-cid-format', 7, 'P-Asserted-Identity: <sip:030123456@pbx.customer.example>', 'The same national number where the carrier reads the caller ID.'),
    ('pt-sym-cid-format', 8, '', NULL);
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-sym-owa-private', 'nat-clean', 'no'),
    ('pt-sym-noaudio-srtp', 'nat-clean', 'yes'),
    ('pt-sym-noaudio-srtp', 'rtp-ports-open', 'yes'),
    ('pt-sym-noaudio-srtp', 'media-encryption', 'no'),
    ('pt-sym-drop-contact', 'ack-received', 'no'),
    ('pt-sym-drop-contact', 'contact-routable', 'no'),
    ('pt-sym-dtmf-method', 'dtmf-method-match', 'no'),
    ('pt-sym-reg-bad-creds', 'registered', 'no'),
    ('pt-sym-reg-bad-creds', 'reachable', 'yes'),
    ('pt-sym-reg-bad-creds', 'challenge-answered', 'yes'),
    ('pt-sym-reg-bad-creds', 'rechallenged', 'yes'),
    ('pt-sym-aq-bandwidth', 'echo-only', 'no'),
    ('pt-sym-aq-bandwidth', 'loss-jitter-ok', 'no'),
    ('pt-sym-aq-bandwidth', 'bandwidth-ok', 'no'),
    ('pt-sym-cid-format', 'privacy-ok', 'yes'),
    ('pt-sym-cid-format', 'cid-e164', 'no');

-- Symptom tickets for the other routes (issue 12, the lead's review):
-- calls cut at a fixed length, STIR/SHAKEN, TLS trunks.
INSERT INTO practice_ticket (id, title, story, vendor, evidence, code, symptom, initiator, reason, severity, first_check, outcome, lesson, source, cite) VALUES
    ('pt-sym-interval-update', 'Long calls drop at 29 and a half minutes',
     'A law firm''s long conference calls through its PBX to the carrier all end at about 29 minutes 30 seconds; shorter calls are fine. The carrier''s 200 OK agreed a session timer with the carrier as refresher. The trace of the refresh, 15 minutes into one call, is below.',
     'carrier', 'trace', NULL, 'drops-at-interval', NULL, NULL, 'immediate', 'session-refresh-ok', 'sym-interval-session-timer',
     'Calls that end at the same length are a timer. Here the session refresh at half of Session-Expires 1800 was an UPDATE, and the PBX refused it with 405 (UPDATE is not in its Allow): nobody refreshed the session, so it was torn down shortly before 30 minutes. Let the carrier refresh with re-INVITE, enable UPDATE on the PBX, or make the PBX the refresher.',
     'rfc4028', 'sections 7 and 10'),
    ('pt-sym-interval-hold', 'Calls on hold drop after two minutes',
     'Callers to a helpdesk''s DID are cut off whenever an agent puts them on hold for more than about two minutes; the same calls never drop while people talk. The trunk uses no session timers (no Session-Expires in the INVITE or the 200 OK). DIDWW''s call log shows these calls as 200, System, RTP Timeout (Destination). A capture on the PBX:',
     'didww', 'capture', NULL, 'drops-at-interval', NULL, NULL, 'immediate', 'session-refresh-ok', 'sym-interval-rtp-timeout',
     'A hold with a=inactive stops the audio both ways, and a platform that sees no RTP for a while ends the call: DIDWW reports it as RTP Timeout. Play music on hold (a=sendonly with RTP flowing) or send comfort noise, so the media never goes silent.',
     'didww-cl', 'RTP Timeout'),
    ('pt-sym-ss-attestation', 'Reminders show as "Spam Likely"',
     'A clinic''s appointment reminders to patients in the US ring and are answered, but the patients'' phones show "Spam Likely". No call is refused. The clinic calls from +1 213 555 0142, a number it brought from its previous provider last month. Our SBC''s capture of one call, with the Identity header we add decoded, is below.',
     'carrier', 'capture', NULL, 'stir-shaken', NULL, NULL, 'track', 'identity-present', 'sym-ss-attestation',
     'The call is signed and the signature is good, but with attestation B: we know the clinic, not that the number is theirs, because the ported-in number is not registered to the account. Once its ownership is proven the calls are signed with A; spam labels fade with that, and remediation with the analytics providers helps for the rest.',
     'rfc8588', 'section 4'),
    ('pt-sym-ss-invalid', 'Calls refused after a caller-ID rule was added',
     'A small US provider signs its customers'' calls itself, with its own STIR/SHAKEN certificate. Since a new rule on its SBC presents a hunt group''s main number as the caller ID, many calls to one large carrier fail. A colleague decoded the PASSporT of the INVITE below: its orig is 12135550199 and its iat fits the call, and the certificate at info= downloads and is trusted.',
     'generic', 'trace', NULL, 'stir-shaken', NULL, NULL, 'immediate', 'identity-present', 'gen-identity-invalid',
     'The signature covers the calling number as it was when the call was signed (orig 12135550199); the new SBC rule changed the P-Asserted-Identity to 12135550142 after signing, so the verifier''s check fails and it answers 438. Change numbers before the signing service, never after, or sign again.',
     'rfc8224', 'sections 6.2 and 6.2.2'),
    ('pt-sym-tls-expired', 'Teams calls stopped overnight',
     'Since Monday morning no call reaches or leaves Microsoft Teams through the customer''s SBC, and the Teams admin centre shows the SBC as inactive. The customer says nothing was changed. A capture on port 5061 of the SBC and one openssl command:',
     'teams-dr', 'capture', NULL, 'tls', NULL, NULL, 'immediate', 'tls-handshake-ok', 'sym-tls-cert',
     'A TLS trunk that stops "with nothing changed" is usually a certificate that ran out: Microsoft ends the handshake with a Certificate Expired alert, so not even the OPTIONS pass and the SBC shows inactive. Renew the certificate, install it with its intermediates and reload the SBC''s TLS context.',
     'ms-dr-plan', 'SBC certificate'),
    ('pt-sym-tls-name', 'TLS trunk down after a new hostname',
     'A customer moved its SIP trunk to TLS and gave its SBC a new name, sbc.customer.example, on the carrier''s portal. Since then the carrier shows the trunk down. The certificate was bought last month and is in date, with its chain. A capture on port 5061 and the certificate''s names:',
     'generic', 'capture', NULL, 'tls', NULL, NULL, 'immediate', 'tls-handshake-ok', 'sym-tls-name',
     'The certificate is valid but names another host: the carrier connects to sbc.customer.example and finds only sbc01.customer.example in the subject alternative names, so it refuses the handshake. Get a certificate that names the trunk''s FQDN, or configure the FQDN the certificate names.',
     'rfc5922', 'section 7');
INSERT INTO practice_line (ticket, seq, line, note) VALUES
    ('pt-sym-interval-update', 1, 'UPDATE sip:pbx@198.51.100.7:5060 SIP/2.0', 'The carrier refreshes the session at 15:00, half of the 1800 s interval.'),
    ('pt-sym-interval-update', 2, 'Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-u1', NULL),
    ('pt-sym-interval-update', 3, 'From: <sip:+4930777000@carrier.example>;tag=u1', NULL),
    ('pt-sym-interval-update', 4, 'To: <sip:+4930123456@pbx.customer.example>;tag=u2', NULL),
    ('pt-sym-interval-update', 5, 'Call-ID: u1u1@198.51.100.7', NULL),
    ('pt-sym-interval-update', 6, 'CSeq: 3 UPDATE', NULL),
    ('pt-sym-interval-update', 7, 'Session-Expires: 1800;refresher=uas', 'The refresher is the carrier (uas), as the 200 OK agreed.'),
    ('pt-sym-interval-update', 8, '', NULL),
    ('pt-sym-interval-update', 9, 'SIP/2.0 405 Method Not Allowed', 'The PBX refuses the refresh...'),
    ('pt-sym-interval-update', 10, 'Via: SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK-u1', NULL),
    ('pt-sym-interval-update', 11, 'From: <sip:+4930777000@carrier.example>;tag=u1', NULL),
    ('pt-sym-interval-update', 12, 'To: <sip:+4930123456@pbx.customer.example>;tag=u2', NULL),
    ('pt-sym-interval-update', 13, 'Call-ID: u1u1@198.51.100.7', NULL),
    ('pt-sym-interval-update', 14, 'CSeq: 3 UPDATE', NULL),
    ('pt-sym-interval-update', 15, 'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO', '...because it does not do UPDATE: nothing refreshes the session now.'),
    ('pt-sym-interval-update', 16, '', NULL),
    ('pt-sym-interval-hold', 1, '  0.000  DIDWW -> PBX  INVITE, SDP a=sendrecv', NULL),
    ('pt-sym-interval-hold', 2, '187.200  PBX -> DIDWW  re-INVITE (CSeq 2), SDP a=inactive', 'The agent puts the caller on hold with a=inactive: neither side sends audio now.'),
    ('pt-sym-interval-hold', 3, '187.260  DIDWW -> PBX  200 OK, SDP a=inactive', NULL),
    ('pt-sym-interval-hold', 4, '187.300  no RTP in either direction from here on', 'Silence on the wire, not only to the ear.'),
    ('pt-sym-interval-hold', 5, '307.300  DIDWW -> PBX  BYE', 'Two minutes without media: DIDWW ends the call (RTP Timeout).'),
    ('pt-sym-ss-attestation', 1, '0.000  PBX -> SBC   INVITE sip:+14155550100, From +12135550142', 'The clinic''s PBX sends the call to us.'),
    ('pt-sym-ss-attestation', 2, '0.080  SBC -> term  INVITE, Identity: eyJhbGciOiJFUzI1NiIs...;ppt=shaken', 'We sign it and pass it on: the Identity header is there.'),
    ('pt-sym-ss-attestation', 3, '       Identity decoded: attest "B", orig 12135550142, dest 14155550100', 'Attestation B: partial. Everything else fits the call.'),
    ('pt-sym-ss-attestation', 4, '1.310  term -> SBC  180 Ringing', 'The terminating network accepts the signature: the call rings.'),
    ('pt-sym-ss-invalid', 1, 'INVITE sip:+14155550100@term.carrier.example SIP/2.0', NULL),
    ('pt-sym-ss-invalid', 2, 'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK-ss2', NULL),
    ('pt-sym-ss-invalid', 3, 'From: <sip:+12135550142@sbc.provider.example>;tag=ss2', NULL),
    ('pt-sym-ss-invalid', 4, 'To: <sip:+14155550100@term.carrier.example>', NULL),
    ('pt-sym-ss-invalid', 5, 'Call-ID: ss2ss2@198.51.100.20', NULL),
    ('pt-sym-ss-invalid', 6, 'CSeq: 1 INVITE', NULL),
    ('pt-sym-ss-invalid', 7, 'P-Asserted-Identity: <sip:+12135550142@sbc.provider.example>', 'The calling number the verifier checks: 12135550142...'),
    ('pt-sym-ss-invalid', 8, 'Identity: eyJhbGciOiJFUzI1NiIs...;info=<https://cert.provider.example/sp.pem>;ppt=shaken', '...while the signature was made for orig 12135550199.'),
    ('pt-sym-ss-invalid', 9, '', NULL),
    ('pt-sym-ss-invalid', 10, 'SIP/2.0 438 Invalid Identity Header', 'The verifier refuses the signature.'),
    ('pt-sym-ss-invalid', 11, 'Via: SIP/2.0/UDP 198.51.100.20:5060;branch=z9hG4bK-ss2', NULL),
    ('pt-sym-ss-invalid', 12, 'From: <sip:+12135550142@sbc.provider.example>;tag=ss2', NULL),
    ('pt-sym-ss-invalid', 13, 'To: <sip:+14155550100@term.carrier.example>;tag=t438', NULL),
    ('pt-sym-ss-invalid', 14, 'Call-ID: ss2ss2@198.51.100.20', NULL),
    ('pt-sym-ss-invalid', 15, 'CSeq: 1 INVITE', NULL),
    ('pt-sym-ss-invalid', 16, '', NULL),
    ('pt-sym-tls-expired', 1, '192.0.2.20 -> SBC  Client Hello (SNI=sbc.customer.example)', 'Microsoft''s SIP proxy opens TLS to the SBC on port 5061.'),
    ('pt-sym-tls-expired', 2, 'SBC -> 192.0.2.20  Server Hello, Certificate, Server Hello Done', NULL),
    ('pt-sym-tls-expired', 3, '192.0.2.20 -> SBC  Alert (Level: Fatal, Description: Certificate Expired)', 'The handshake fails: Microsoft refuses the certificate.'),
    ('pt-sym-tls-expired', 4, '$ openssl x509 -in sbc.pem -noout -enddate', NULL),
    ('pt-sym-tls-expired', 5, 'notAfter=Nov 29 23:59:59 2026 GMT', 'It ran out on Sunday night.'),
    ('pt-sym-tls-name', 1, '192.0.2.30 -> SBC  Client Hello (SNI=sbc.customer.example)', 'The carrier connects to the FQDN configured for the trunk.'),
    ('pt-sym-tls-name', 2, 'SBC -> 192.0.2.30  Server Hello, Certificate, Server Hello Done', NULL),
    ('pt-sym-tls-name', 3, '192.0.2.30 -> SBC  Alert (Level: Fatal, Description: Bad Certificate)', 'The handshake fails, but not for the dates.'),
    ('pt-sym-tls-name', 4, '$ openssl x509 -in sbc.pem -noout -ext subjectAltName', NULL),
    ('pt-sym-tls-name', 5, 'X509v3 Subject Alternative Name: DNS:sbc01.customer.example', 'The only name the certificate carries: not sbc.customer.example.');
INSERT INTO practice_fact (ticket, check_id, answer) VALUES
    ('pt-sym-interval-update', 'session-refresh-ok', 'no'),
    ('pt-sym-interval-hold', 'session-refresh-ok', 'yes'),
    ('pt-sym-interval-hold', 'on-hold', 'yes'),
    ('pt-sym-ss-attestation', 'identity-present', 'yes'),
    ('pt-sym-ss-attestation', 'identity-valid', 'yes'),
    ('pt-sym-ss-attestation', 'attestation-full', 'no'),
    ('pt-sym-ss-invalid', 'identity-present', 'yes'),
    ('pt-sym-ss-invalid', 'identity-valid', 'no'),
    ('pt-sym-tls-expired', 'tls-handshake-ok', 'no'),
    ('pt-sym-tls-expired', 'cert-valid', 'no'),
    ('pt-sym-tls-name', 'tls-handshake-ok', 'no'),
    ('pt-sym-tls-name', 'cert-valid', 'yes'),
    ('pt-sym-tls-name', 'peer-chain-trusted', 'yes'),
    ('pt-sym-tls-name', 'cert-name-match', 'no');
