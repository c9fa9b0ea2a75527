-- Lesson cards: what a card adds to the knowledge base for the codes an L1
-- operator meets (the rest of every card - meaning, severity per vendor,
-- vendor readings, the wizard's questions and the causes - comes from the
-- other data files, so the course and the wizard never disagree).
--
-- Per lesson: a one-line summary (the quiz offers it as the meaning), when
-- the code is normal and when alarming, and a short annotated excerpt of a
-- trace or a call-log row showing where the code appears.  Excerpts use
-- documentation addresses (RFC 5737: 192.0.2.x, 198.51.100.x, 203.0.113.x)
-- and numbers; private 10.x addresses stand for a PBX behind NAT.
-- Then the links between cards, the glossary terms of each card, and the
-- cheat sheet's selection.

-- ----------------------------------------------------------------------------
-- 2xx and 3xx

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('200', 'The call was answered: signalling worked, whatever happened to the audio after.',
     'Always for the answer itself: 200 OK is the expected result of a call. A 200 followed by a normal BYE from either party is a completed call.',
     'When a 200 call is followed by a system-initiated end: DIDWW "RTP Timeout" (no audio), "Teardown" (balance ran out) or "Transfer Failed". Then the ticket is about the end of the call, not the answer.',
     'call-log', 'didww', 'seed-001', '200 OK paragraph');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('200', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', 'The header row of a DIDWW call-log export.'),
    ('200', 2, '2025-10-03 09:12:40,+4930123456,+12135550142,184,Destination,200,Bye', 'Answered (200) and ended by the customer''s side with a BYE after 184 s: a normal call.'),
    ('200', 3, '2025-10-03 09:20:02,+4930123499,+12135550142,31,System,200,RTP Timeout (Destination)', 'Answered too, but DIDWW ended it after 31 s because no audio came from the destination: this one is a ticket.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('302', 'The called system did not take the call but named another address to try.',
     'In forwarding and routing setups the caller''s equipment follows the Contact of the 302 on its own; the call then continues to the new address.',
     'When the caller''s side does not follow redirects (DIDWW trunks accept at most max_30x_redirects, zero by default), so a forwarding PBX makes every call fail.',
     'trace', 'generic', 'rfc3261', 'section 21.3.3');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('302', 1, 'SIP/2.0 302 Moved Temporarily', 'The final response to the INVITE: a redirect, not a refusal.'),
    ('302', 2, 'Contact: <sip:+4930987654@pbx2.example.net>', 'Where the call should go instead: the caller is expected to send a new INVITE there.'),
    ('302', 3, 'CSeq: 1 INVITE', 'It answers the first INVITE of the call.');

-- ----------------------------------------------------------------------------
-- Authentication: 401, 407, 403

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('401', 'The server asks the caller to prove its password before it takes the request.',
     'On every call of a credential trunk: the first INVITE is challenged, the PBX answers with its credentials and the call goes on. Seed 004: on that provider''s network the 401 is part of the normal process.',
     'When the challenge is not answered (no second INVITE with an Authorization header), when it is answered and a 403 or another 401 follows (wrong credentials), or when a PBX challenges the carrier''s inbound calls.',
     'trace', 'voip-provider', 'seed-004', '401 Unauthorized');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('401', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The first INVITE, without credentials.'),
    ('401', 2, 'CSeq: 1 INVITE', NULL),
    ('401', 3, 'SIP/2.0 401 Unauthorized', 'The challenge: the provider refuses the INVITE until the PBX proves its password.'),
    ('401', 4, 'WWW-Authenticate: Digest realm="sip.provider.example", nonce="4f1a2b3c5d", algorithm=MD5', 'The realm and nonce the PBX must answer with.'),
    ('401', 5, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', 'The same call again...'),
    ('401', 6, 'CSeq: 2 INVITE', '...CSeq one higher, same Call-ID...'),
    ('401', 7, 'Authorization: Digest username="2138394018", realm="sip.provider.example", response="b6c1a7..."', '...with the credentials: from here on, read the final response to CSeq 2.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('407', 'A proxy on the path asks the caller to authenticate before it forwards the request.',
     'As with 401: a challenge answered at once with a Proxy-Authorization header is part of every call of a credential trunk.',
     'When no re-sent INVITE with Proxy-Authorization follows, when a 403 follows the answered challenge, or when the customer''s PBX sends 407 to the carrier''s inbound calls (the carrier is not a trusted peer).',
     'trace', 'generic', 'domain-notes', 'section 2, 407');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('407', 1, 'SIP/2.0 407 Proxy Authentication Required', 'A proxy (not the final server) challenges the INVITE.'),
    ('407', 2, 'Proxy-Authenticate: Digest realm="sip.provider.example", nonce="4f1a2b3c5d"', 'Note the header names: Proxy-Authenticate here, Proxy-Authorization in the answer (401 uses WWW-Authenticate / Authorization).'),
    ('407', 3, 'CSeq: 1 INVITE', NULL),
    ('407', 4, 'Proxy-Authorization: Digest username="2138394018", realm="sip.provider.example", ...', 'On the re-sent INVITE (CSeq 2): the challenge was answered.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('403', 'The server understood the request and refuses it; asking again the same way will not help.',
     'When it refuses a SIP scanner or spam source: the refusal is the right answer (seed 001: a 403 is likely a call from a SIP spammer). A few a day from unknown IPs need no action.',
     'When a customer''s real calls get it: source IP not on the allowed list, wrong credentials after a challenge, caller ID not matching the digest user or not owned, no credit, a blocked DID or no trunk (DIDWW), or a transfer leg refused by the carrier. Large numbers from one IP: block it.',
     'trace', 'voip-provider', 'seed-004', '403 Denied');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('403', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', NULL),
    ('403', 2, 'From: "Front Desk" <sip:2138394020@sip.provider.example>;tag=a73kszlfl', 'The caller ID the PBX presents: 2138394020.'),
    ('403', 3, 'Proxy-Authorization: Digest username="2138394018", realm="sip.provider.example", ...', 'The digest username is 2138394018: it differs from the From user.'),
    ('403', 4, 'SIP/2.0 403 Forbidden', 'The final response to the credentialed INVITE: a 403 after an answered challenge points at the credentials or the caller ID, not at the allowed list.'),
    ('403', 5, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-2;received=198.51.100.7;rport=5062', 'received= is the public IP the provider saw: the one an allowed list would need.'),
    ('403', 6, 'Reason: Q.850;cause=21;text="Call rejected"', 'Cause 21 (call rejected): the network''s word for a refusal.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('402', 'The call was refused for payment: a balance, credit limit or billing block.',
     'Rarely: RFC 3261 reserves it; when a provider uses it, the account really is out of credit.',
     'Always worth a look: every call of the account fails until it is topped up. DIDWW reports a low customer balance as 402 from System; answered calls may also be cut (200 "Teardown").',
     'call-log', 'didww', 'seed-003', '402 Customer balance too low');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('402', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('402', 2, '2025-10-03 11:02:15,+4930123456,+12135550142,0,System,402,Customer balance too low', 'System = DIDWW itself refused the call; the reason names the balance.');

-- ----------------------------------------------------------------------------
-- Not found, wrong number: 404, 484, 604, 410

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('404', 'Nobody by that number or address is known at the server that answered.',
     'For calls to numbers that do not exist, and for SIP scanners trying random numbers: seed 001 tracks 404 and investigates significant numbers only.',
     'When a customer''s real number gets it: the number is not provisioned on the platform, has no trunk or application, or is sent in a format the far end does not understand. Many at once after a change: a routing or provisioning error.',
     'trace', 'cognigy-vg', 'seed-001', '404 Not Found');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('404', 1, 'INVITE sip:004930123456@vg.example.com SIP/2.0', 'The dialled number as the carrier sent it: with 00 and no +, not E.164.'),
    ('404', 2, 'User-Agent: Carrier-SBC', NULL),
    ('404', 3, 'SIP/2.0 404 Not Found', 'The gateway has no phone number 004930123456: check the number list and the format.'),
    ('404', 4, 'CSeq: 1 INVITE', NULL);

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('484', 'The number dialled is incomplete: too short, or missing its user part.',
     'When someone really dialled too few digits; overlap-dialling networks use it to ask for more.',
     'When every call from a PBX gets it: the outbound route or dial-plan translation cuts digits or drops the country code.',
     'trace', 'generic', 'domain-notes', 'section 8, 484');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('484', 1, 'INVITE sip:213555@sip.provider.example SIP/2.0', 'Six digits: an American number needs ten plus the country code.'),
    ('484', 2, 'SIP/2.0 484 Address Incomplete', 'The carrier cannot route a number that short.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('604', 'The number does not exist anywhere, by an authoritative answer.',
     'When the dialled number is really out of service: the user outcome of a wrong number.',
     'When many different numbers get it (a routing or number-format problem), or a number the customer owns gets it.',
     'trace', 'generic', 'rfc3261', 'section 21.6.3');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('604', 1, 'SIP/2.0 604 Does Not Exist Anywhere', 'A 6xx: the answer holds everywhere, so retrying other routes is pointless.'),
    ('604', 2, 'Reason: Q.850;cause=1;text="Unallocated number"', 'Cause 1: the network says the number is not assigned.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('410', 'The number existed once but is gone: ported, changed or cancelled.',
     'For numbers that really changed (Q.850 cause 22 "number changed").',
     'When a number the customer still pays for gets it (cancelled by mistake), or when a Teams SBA sends 410 for a media problem (check the SDP).',
     'trace', 'generic', 'domain-notes', 'section 2, 410');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('410', 1, 'SIP/2.0 410 Gone', NULL),
    ('410', 2, 'Reason: Q.850;cause=22;text="Number changed"', 'Cause 22 maps to 410: the user existed, not any more.');

-- ----------------------------------------------------------------------------
-- Timeouts and reachability: 408, 504, 481

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('408', 'No final answer came back in time: the far end did not respond.',
     'Hardly ever. A 408 from a phone that rang out without an answer is a user outcome, but seed 001 treats every 408 as something to investigate.',
     'Always on the Cognigy Voice Gateway (seed 001: any incidents should be immediately investigated). Typical causes: endpoint unreachable (firewall, wrong URI, DNS), not registered, an INVITE too large for UDP, a TLS or SRTP mismatch.',
     'trace', 'cognigy-vg', 'seed-001', '408 Request Timeout');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('408', 1, '12:00:00.000 INVITE sip:+4930123456@pbx.customer.example SIP/2.0', 'The gateway sends the call to the customer''s endpoint...'),
    ('408', 2, '12:00:00.500 INVITE sip:+4930123456@pbx.customer.example SIP/2.0', '...and retransmits it: no 100 Trying came back.'),
    ('408', 3, '12:00:01.500 INVITE sip:+4930123456@pbx.customer.example SIP/2.0', 'Retransmissions doubling (0.5 s, 1 s, 2 s...) are the mark of a far end that never answered.'),
    ('408', 4, '12:00:32.000 SIP/2.0 408 Request Timeout', 'After about 32 s (timer B) the transaction gives up.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('504', 'A gateway or proxy waited for the next server in the path and got no answer in time.',
     'Hardly ever: it marks a hop that did not answer.',
     'Always worth a look: the next hop (carrier, origination URI, firewall) is down or slow. Many at once: escalate to the carrier.',
     'trace', 'generic', 'domain-notes', 'section 8, 504');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('504', 1, 'SIP/2.0 504 Server Time-out', 'A proxy gave up waiting for the server behind it.'),
    ('504', 2, 'Server: Carrier-Proxy 2.1', 'Who said it: the carrier''s proxy, so the hop after it did not answer.'),
    ('504', 3, 'Reason: Q.850;cause=102;text="Recovery on timer expiry"', 'Cause 102 maps to 504 in both directions.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('481', 'A request arrived for a call or transaction the receiver no longer knows.',
     'Now and then, when both sides end a call at once (a BYE crossing a BYE).',
     'When calls drop about 30 s after the answer (the ACK or a re-INVITE went to the wrong address because of NAT), or after a restart that lost calls.',
     'trace', 'generic', 'domain-notes', 'section 2, 481');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('481', 1, 'BYE sip:pbx@10.0.0.5:5060 SIP/2.0', 'The BYE goes to the private Contact the PBX put in its 200 OK...'),
    ('481', 2, 'SIP/2.0 481 Call/Transaction Does Not Exist', '...and whatever answered does not know the call: a NAT problem, look at Contact and Record-Route.');

-- ----------------------------------------------------------------------------
-- Unavailable, busy, declined: 480, 486, 600, 603, 607, 608

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('480', 'The called party cannot take the call right now (not registered, no route or app, overloaded).',
     'For a phone that is off, out of coverage or on do-not-disturb: the callee''s outcome.',
     'Seed 001 tracks 480 and investigates significant numbers: no application attached to the number, no feature-server or media resources, a user or trunk not registered, a capacity limit (DIDWW System 480), or many numbers on one carrier (caller ID spam filtering).',
     'call-log', 'cognigy-vg', 'seed-001', '480 Temporarily Unavailable');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('480', 1, '{"level":"error","callSid":"8c2f...","from":"+4930123456","to":"+4989555100","sip_status":480}', 'A Cognigy log entry: the code is the sip_status field.'),
    ('480', 2, 'X-Reason: no configured application', 'The same call in the trace: the gateway names the cause in an X-Reason header.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('486', 'The callee was reached but is busy on another call.',
     'Most of the time: a person on another call is daily traffic.',
     'When it repeats across many numbers or from one trunk: a channel or licence limit, no free agent, or a carrier blocking the caller ID as spam.',
     'call-log', 'didww', 'seed-003', '486 Busy Here');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('486', 1, 'Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason', NULL),
    ('486', 2, '2025-10-03 07:49:19,+4930123456,+12135550142,0,Destination,486,Busy Here', 'Destination: the customer''s own endpoint said busy; DIDWW only passed it on.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('600', 'The callee is busy everywhere and does not want the call now.',
     'Usually: a user outcome, like 486 but for every device of the user.',
     'When many numbers get it at once: capacity limits or caller-ID reputation.',
     'trace', 'generic', 'rfc3261', 'section 21.6.1');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('600', 1, 'SIP/2.0 600 Busy Everywhere', 'A 6xx: the callee''s answer for all its devices.'),
    ('600', 2, 'Reason: Q.850;cause=17;text="User busy"', 'Cause 17, the same cause as 486.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('603', 'The callee (or its system) was reached and declined the call.',
     'When a person rejected the call: nothing more can be done over SIP (seed 000).',
     'Seed 001 investigates every 603 on the Voice Gateway (VG did not handle the call, maybe it could not reach the VG endpoint). On seed 004''s network a 603 may mean the account has no credit.',
     'trace', 'cognigy-vg', 'seed-001', '603');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('603', 1, 'SIP/2.0 603 Decline', 'The final response: declined.'),
    ('603', 2, 'Reason: Q.850;cause=21;text="Call rejected"', 'Cause 21 is a rejection; whether a person or a system rejected it is the question to answer.'),
    ('603', 3, 'Server: Cognigy Voice Gateway', 'Who sent it: the Voice Gateway itself, so the VG endpoint and the Alerts page come first.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('607', 'The callee marked this call as unwanted; calls from this caller will be refused again.',
     'For a single callee who does not want this caller.',
     'When it spreads across many callees: the caller ID has a bad reputation (robocall labelling) and needs fixing before the customer''s calls stop getting through.',
     'trace', 'generic', 'rfc8197', 'section 3');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('607', 1, 'SIP/2.0 607 Unwanted', 'The callee (or its network on its behalf) rejected the caller as unwanted.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('608', 'An analytics engine in the network rejected the call (e.g. as likely spam), not the callee.',
     'Rarely; it is a network decision, not the callee''s.',
     'When the customer''s legitimate calls get it: the caller ID is not attested or is flagged; the 608 may carry a Call-Info with whom to contact for remediation.',
     'trace', 'generic', 'rfc8688', 'section 3');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('608', 1, 'SIP/2.0 608 Rejected', 'An intermediary, not the callee, refused the call.'),
    ('608', 2, 'Call-Info: <https://analytics.example/remediation>;purpose=jwscard', 'Where the caller can ask for the decision to be reviewed.');

-- ----------------------------------------------------------------------------
-- Caller gave up: 487

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('487', 'The call was cancelled before it was answered, usually because the caller hung up.',
     'When the caller hung up while it rang (seed 004: normally the calling party cancelled before pick-up); DIDWW''s System "Ringing timeout" when nobody answered in time.',
     'When large numbers appear: seed 001 says they may indicate a problem or delay in answering calls. Also when the ringing timeout is shorter than people need to answer.',
     'trace', 'voip-provider', 'seed-004', '487 Request Terminated');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('487', 1, 'INVITE sip:+12135550142@sip.provider.example SIP/2.0', NULL),
    ('487', 2, 'SIP/2.0 180 Ringing', 'The call rang...'),
    ('487', 3, 'CANCEL sip:+12135550142@sip.provider.example SIP/2.0', '...the caller''s side sent CANCEL: it gave up before the answer.'),
    ('487', 4, 'SIP/2.0 200 OK', 'The 200 answers the CANCEL (CSeq 1 CANCEL), not the INVITE.'),
    ('487', 5, 'SIP/2.0 487 Request Terminated', 'The final response to the INVITE (CSeq 1 INVITE): terminated by the CANCEL.');

-- ----------------------------------------------------------------------------
-- Media: 488, 606, 415

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('488', 'The media offered (codec, encryption, addresses in the SDP) is not acceptable here.',
     'Almost never: a configuration mismatch does not fix itself.',
     'Always on the Cognigy Voice Gateway (seed 001: immediately investigated) and for DIDWW "No matching codecs". Causes: no common codec, RTP versus SRTP, a private address or a bad SDP.',
     'trace', 'generic', 'seed-001', '488 Not Acceptable Here');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('488', 1, 'm=audio 25268 RTP/AVP 18 101', 'The offer in the INVITE''s SDP: only payload 18 (G729) and 101 (DTMF).'),
    ('488', 2, 'a=rtpmap:18 G729/8000', NULL),
    ('488', 3, 'SIP/2.0 488 Not Acceptable Here', 'The far end accepts none of the offered codecs.'),
    ('488', 4, 'Warning: 305 sbc.example "Incompatible media format"', 'Warning 305 names the media format as the problem.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('606', 'The callee was reached, but no device of it can accept the session offered.',
     'Almost never; it is 488 for every device of the user.',
     'Like 488: check the codecs, SRTP and SDP addresses of the offer.',
     'trace', 'generic', 'rfc3261', 'section 21.6.4');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('606', 1, 'SIP/2.0 606 Not Acceptable', 'A 6xx version of 488.'),
    ('606', 2, 'Warning: 304 ua.example "Media type not available"', 'Warning 304: the media type (e.g. video) is not supported.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('415', 'The body of the request is in a format the receiver does not support.',
     'Rarely in voice calls.',
     'When a trunk accepts G.711 only and the PBX offers other codecs, or sends a body type (e.g. multipart) the far end cannot read.',
     'trace', 'generic', 'tw-ts', '415');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('415', 1, 'Content-Type: multipart/mixed;boundary=unique-boundary-1', 'The INVITE carries a multipart body...'),
    ('415', 2, 'SIP/2.0 415 Unsupported Media Type', '...which the far end does not read.'),
    ('415', 3, 'Accept: application/sdp', 'What it would accept.');

-- ----------------------------------------------------------------------------
-- Size, extensions, timers: 413, 513, 420, 422, 423, 580

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('513', 'The message was too large for the server to process.',
     'Never in a healthy setup.',
     'When INVITEs grew (many codecs, long headers, SRTP keys) past what UDP carries; RFC 3261 asks for TCP above 1300 bytes.',
     'trace', 'generic', 'mtu', 'the 1300-byte rule');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('513', 1, 'INVITE sip:+4930123456@carrier.example SIP/2.0', NULL),
    ('513', 2, 'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK-77', 'Sent over UDP...'),
    ('513', 3, 'Content-Length: 1710', '...with a body alone over 1300 bytes: it must go over TCP.'),
    ('513', 4, 'SIP/2.0 513 Message Too Large', NULL);

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('413', 'The body of the request is larger than the server will take.',
     'Never in a healthy setup.',
     'Treat it like 513: an oversized INVITE, often on UDP; large requests belong on TCP.',
     'trace', 'generic', 'domain-notes', 'section 2, 413');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('413', 1, 'Content-Length: 2890', 'A very large SDP (many codecs, candidates or crypto lines).'),
    ('413', 2, 'SIP/2.0 413 Request Entity Too Large', NULL);

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('420', 'The request requires a SIP extension the receiver does not support.',
     'Never on a configured trunk.',
     'Always: one side insists (Require:) on an extension such as 100rel or replaces the other lacks; fix the setting on the side that requires it.',
     'trace', 'generic', 'ms-dr', '420');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('420', 1, 'Require: 100rel', 'The INVITE requires reliable provisional responses...'),
    ('420', 2, 'SIP/2.0 420 Bad Extension', '...the far end does not do them...'),
    ('420', 3, 'Unsupported: 100rel', '...and names the extension it lacks.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('422', 'The session timer asked for is shorter than the receiver''s minimum.',
     'As a step: the caller may retry at once with the Min-SE value the 422 carries.',
     'When calls fail with it: the PBX does not retry, or its Session-Expires conflicts with the carrier''s; set 1800 or 3600 seconds.',
     'trace', 'generic', 'tw-ts', '422');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('422', 1, 'Session-Expires: 60', 'The INVITE asks for a refresh every 60 s...'),
    ('422', 2, 'SIP/2.0 422 Session Interval Too Small', NULL),
    ('422', 3, 'Min-SE: 90', '...the far end will not go below 90 s.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('423', 'A registration asked for an expiry shorter than the registrar allows.',
     'As a step: the device registers again with the Min-Expires value.',
     'When registrations keep failing: the device ignores Min-Expires; without a registration inbound calls fail.',
     'trace', 'generic', 'jsip-423', 'Min-Expires');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('423', 1, 'REGISTER sip:sip.provider.example SIP/2.0', 'A registration, not a call.'),
    ('423', 2, 'Expires: 30', NULL),
    ('423', 3, 'SIP/2.0 423 Interval Too Brief', NULL),
    ('423', 4, 'Min-Expires: 60', 'Register again with Expires 60 or more.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('580', 'A precondition for the session (usually quality-of-service) could not be met.',
     'Rarely outside IMS networks.',
     'When wholesale carriers use it for "no route" or an unknown trunk or DID: check the trunk and number provisioning first.',
     'trace', 'generic', 'domain-notes', 'section 8, 580');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('580', 1, 'Require: precondition', 'An IMS-style INVITE that needs resources reserved first.'),
    ('580', 2, 'SIP/2.0 580 Precondition Failure', NULL);

-- ----------------------------------------------------------------------------
-- Loops, glare, method: 482, 483, 491, 405

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('482', 'A server found itself already in the path of the request: a loop.',
     'Never.',
     'Always, and quickly: a forwarding rule or route pointing back sends calls round in circles and can load every server on the way.',
     'trace', 'generic', 'domain-notes', 'section 8, 482');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('482', 1, 'Via: SIP/2.0/UDP proxy1.example.net;branch=z9hG4bK-c', 'proxy1...'),
    ('482', 2, 'Via: SIP/2.0/UDP proxy2.example.net;branch=z9hG4bK-b', NULL),
    ('482', 3, 'Via: SIP/2.0/UDP proxy1.example.net;branch=z9hG4bK-a', '...and proxy1 again: the request came back to it.'),
    ('482', 4, 'SIP/2.0 482 Loop Detected', NULL);

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('483', 'The request passed too many hops (Max-Forwards reached zero): usually a loop.',
     'Never.',
     'Always: a routing loop, or a device that starts with a very low Max-Forwards.',
     'trace', 'generic', 'domain-notes', 'section 8, 483');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('483', 1, 'Max-Forwards: 0', 'Every proxy lowers it by one: it started at 70 and ran out.'),
    ('483', 2, 'SIP/2.0 483 Too Many Hops', NULL);

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('491', 'Two changes to the same call crossed (re-INVITE glare); one side must retry.',
     'Now and then: both sides retry after a random wait and the call goes on.',
     'When it repeats and calls drop: the two sides keep colliding (both refresh at once, or retry without waiting).',
     'trace', 'generic', 'resip', 'InviteSession 491 timer');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('491', 1, 'INVITE sip:pbx@203.0.113.20 SIP/2.0', 'A re-INVITE (same Call-ID, CSeq 3) while...'),
    ('491', 2, 'CSeq: 3 INVITE', NULL),
    ('491', 3, 'SIP/2.0 491 Request Pending', '...the other side''s own re-INVITE is still pending.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('405', 'The method (e.g. REFER for a transfer) is not allowed at this address.',
     'When a trunk does not offer transfers and nobody uses them.',
     'When transfers fail: REFER is not enabled on the connection; the Allow header lists what is.',
     'trace', 'generic', 'tnx-rc', 'D42');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('405', 1, 'REFER sip:+4930123456@carrier.example SIP/2.0', 'A transfer request...'),
    ('405', 2, 'SIP/2.0 405 Method Not Allowed', '...refused...'),
    ('405', 3, 'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS', '...REFER is not in the Allow list.');

-- ----------------------------------------------------------------------------
-- Server failures: 500, 502, 503

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('500', 'A server on the path failed while handling a valid request.',
     'Never: it is a fault somewhere.',
     'Always on the Cognigy Voice Gateway (seed 001: an application error, immediately investigated). If the VG sent it, contact Cognigy support; if the carrier did, the carrier (seed 000). DIDWW adds SDP and re-INVITE reasons.',
     'trace', 'cognigy-vg', 'seed-001', '500 Server Internal Error');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('500', 1, 'SIP/2.0 500 Server Internal Error', NULL),
    ('500', 2, 'Server: Cognigy Voice Gateway', 'The Voice Gateway sent it itself: contact Cognigy support, with the Call-ID.'),
    ('500', 3, 'Call-ID: 3a9c1d@vg.example.com', 'The Call-ID support will ask for.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('502', 'A gateway or proxy got an invalid answer (or none usable) from the server behind it.',
     'Never.',
     'Always worth a look: the next hop is out of order (Q.850 cause 27); many at once, escalate to the carrier.',
     'trace', 'generic', 'domain-notes', 'section 8, 502');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('502', 1, 'SIP/2.0 502 Bad Gateway', NULL),
    ('502', 2, 'Reason: Q.850;cause=27;text="Destination out of order"', 'Cause 27 maps to 502: the hop behind the gateway is down.');

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('503', 'The server will not take the call now: overload, maintenance, a limit, or an account or access rule.',
     'Briefly during planned maintenance or a short overload with Retry-After.',
     'Seed 002: the most common failure during a turn-up (allowed list, account, funds, dial pattern). Seed 001 tracks 503 (inactive account or max call limit) and investigates significant numbers.',
     'trace', 'carrier', 'seed-002', '503 checklist');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('503', 1, 'INVITE sip:+4930123456@203.0.113.10:5060 SIP/2.0', 'To the carrier''s proxy on port 5060, as in seed 002.'),
    ('503', 2, 'SIP/2.0 503 Service Unavailable', NULL),
    ('503', 3, 'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-9;received=198.51.100.7', 'The public IP the carrier saw: is it on the allowed list?'),
    ('503', 4, 'Retry-After: 120', 'When present: overload or maintenance, try again later.');

-- ----------------------------------------------------------------------------
-- The other codes with a tree of their own (issue 12, the lead's review):
-- 202 (cognigy-vg), the DIDWW destination's 3xx, 400 and 485, and the
-- generic 428, 433 and STIR/SHAKEN's 436-438.

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('202', 'The request was accepted and is being handled: typically a call transfer (REFER) that has only started.',
     'Always on its own: seed 000 says no specific actions are required. A transfer answered 202, whose result then comes in a NOTIFY, is the normal flow; newer equipment answers 200 instead (RFC 6665).',
     'Only for what follows it: a NOTIFY that reports the transfer target''s failure (a 486 or 503 in its body) makes the transfer the ticket, not the 202.',
     'trace', 'cognigy-vg', 'seed-000', '202 row'),
    ('300', 'The called side knows several addresses for the number and lists them: the caller may pick one and call again.',
     'In redirect setups where the caller''s equipment follows the Contact list on its own.',
     'When calls to a DID end on it: a DIDWW trunk follows no redirect unless max_30x_redirects allows it (zero by default), so a customer''s PBX that answers with a 3xx makes the call fail.',
     'trace', 'didww', 'rfc3261', 'section 21.3.1'),
    ('301', 'The number has moved for good to the address the response names: the caller should use that address from now on.',
     'When a user really moved and the caller''s equipment follows the Contact (and may remember it, unlike after a 302).',
     'When the customer''s PBX answers DIDWW''s calls with it: DIDWW passes the redirect back instead of following it unless the trunk allows redirects (max_30x_redirects), so the call fails.',
     'trace', 'didww', 'rfc3261', 'section 21.3.2'),
    ('305', 'The called side says the call must go through a particular proxy, named in the response.',
     'Hardly ever: only the final server may send it (RFC 3261), and much equipment ignores it for security reasons.',
     'When calls fail with it: a misconfigured destination; a 305 naming a proxy the customer does not know can be an attempt to divert calls.',
     'trace', 'didww', 'rfc3261', 'section 21.3.4'),
    ('380', 'The call failed, but the response describes another service to use instead.',
     'Rarely, where a special routing policy answers with it; its body says what to use instead.',
     'When a DID''s calls fail with it: the customer''s side answers with a policy nobody expected. Read the body and ask the customer what it is for.',
     'trace', 'didww', 'rfc3261', 'section 21.3.5'),
    ('400', 'The receiver could not read the request: it is malformed (bad syntax, a missing or broken header).',
     'Now and then from odd devices and SIP scanners: a few a day need no action.',
     'When a customer''s calls get it steadily: its PBX, SBC or phone builds invalid messages (after an update, a new header rule, a character the receiver rejects); the reason phrase often names the header. On the Cognigy Voice Gateway seed 000 reads it as Permission Denied: check the credentials and the server the request goes to.',
     'trace', 'generic', 'rfc3261', 'section 21.4.1'),
    ('485', 'The number or address dialled matches more than one user at the receiver: the caller must be more specific.',
     'Rarely: a short extension or a name that fits several entries of a directory.',
     'When a DID''s calls fail with it: the customer''s PBX cannot decide which user or route the number belongs to (duplicate entries, an overlapping dial plan).',
     'trace', 'didww', 'rfc3261', 'section 21.4.23'),
    ('428', 'The receiver requires calls to be signed (STIR/SHAKEN) and this one arrived without an Identity header.',
     'Rarely: most originating carriers sign their calls, and a network that requires a signature refuses only the unsigned ones.',
     'When many calls of one origin get it: the originating carrier does not sign them, or an SBC or transit network on the way drops the Identity header.',
     'trace', 'generic', 'rfc8224', 'section 6.2.2'),
    ('433', 'The callee does not take calls whose number is withheld, and this one was anonymous.',
     'When the caller withheld the number on purpose and the callee refuses anonymous calls: calling again with the number shown works.',
     'When many calls get it: the PBX withholds the number by mistake (Privacy: id, or an anonymous From, set by a default).',
     'trace', 'generic', 'rfc5079', 'section 5'),
    ('436', 'The certificate that signed the call (STIR/SHAKEN) could not be fetched from the address the Identity header names.',
     'Rarely: it is a fault of the signing carrier, not of a single call.',
     'When calls of one origin get it: the certificate address (info=) is unreachable, mistyped or not HTTPS. The signing carrier must fix it.',
     'trace', 'generic', 'rfc8224', 'section 6.2.2'),
    ('437', 'The verifier does not accept the certificate that signed the call: it is not from an authority it trusts, or of a kind it does not support.',
     'Rarely: it is a fault of the signing carrier, not of a single call.',
     'When calls of one origin get it: the signing carrier''s certificate is expired, revoked or not issued by an authority the verifier trusts (under SHAKEN, a certification authority the policy administrator approved).',
     'trace', 'generic', 'rfc8224', 'section 6.2.2'),
    ('438', 'The signature of the call failed verification: it does not match the call, it is too old, or the signature itself is wrong.',
     'Rarely: a single failure can be a delayed call; the fault is usually one of the signing side''s setup.',
     'When calls of one origin get it: the calling or called number was changed after signing (a number rewrite on an SBC), the signing time (iat) is older than the verifier allows (clock drift), or the signing key does not match the certificate.',
     'trace', 'generic', 'rfc8224', 'section 6.2.2');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('202', 1, 'REFER sip:+4930123456@carrier.example SIP/2.0', 'The gateway asks the carrier to transfer the call...'),
    ('202', 2, 'Refer-To: <sip:+4989555100@carrier.example>', '...to this number.'),
    ('202', 3, 'SIP/2.0 202 Accepted', 'The carrier takes the request: the transfer has only started.'),
    ('202', 4, 'NOTIFY (Event: refer), body: SIP/2.0 200 OK', 'How the transfer ended comes in a NOTIFY (RFC 3515): 200 here, so it worked.'),
    ('300', 1, 'SIP/2.0 300 Multiple Choices', 'The customer''s PBX does not take the call but offers choices...'),
    ('300', 2, 'Contact: <sip:+4930123456@pbx1.customer.example>, <sip:+4930123456@pbx2.customer.example>', '...two addresses: the caller would have to send a new INVITE to one of them.'),
    ('301', 1, 'SIP/2.0 301 Moved Permanently', 'The number moved for good...'),
    ('301', 2, 'Contact: <sip:+4930123456@newpbx.customer.example>', '...to this address.'),
    ('305', 1, 'SIP/2.0 305 Use Proxy', 'The destination tells the caller to go through a proxy...'),
    ('305', 2, 'Contact: <sip:proxy.customer.example;lr>', '...this one: is it really the customer''s?'),
    ('380', 1, 'SIP/2.0 380 Alternative Service', 'The call failed; the body, if any, names what to use instead.'),
    ('380', 2, 'Content-Length: 0', 'No body here: the caller learns only that the call failed.'),
    ('400', 1, 'INVITE sip:+4930123456@carrier.example SIP/2.0', NULL),
    ('400', 2, 'From: <sip:Reception Desk@pbx.customer.example>;tag=b1', 'A space in the user part: not allowed in a SIP URI.'),
    ('400', 3, 'SIP/2.0 400 Bad From Header', 'The receiver names the header it could not read.'),
    ('485', 1, 'INVITE sip:2000@pbx.customer.example SIP/2.0', 'A short number...'),
    ('485', 2, 'SIP/2.0 485 Ambiguous', '...that fits more than one user on the PBX.'),
    ('485', 3, 'Contact: <sip:2000@site-a.customer.example>, <sip:2000@site-b.customer.example>', 'The candidates, when the PBX lists them.'),
    ('428', 1, 'INVITE sip:+14155550100@term.example SIP/2.0', 'No Identity header anywhere in this INVITE...'),
    ('428', 2, 'SIP/2.0 428 Use Identity Header', '...so the verifier refuses it.'),
    ('433', 1, 'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=a1', 'The caller ID is withheld...'),
    ('433', 2, 'Privacy: id', NULL),
    ('433', 3, 'SIP/2.0 433 Anonymity Disallowed', '...and the callee takes no anonymous calls.'),
    ('436', 1, 'Identity: eyJhbGciOiJFUzI1NiIs...;info=<https://cert.carrier.example/sp.pem>;alg=ES256;ppt=shaken', 'The verifier fetches the signer''s certificate from info=...'),
    ('436', 2, 'SIP/2.0 436 Bad Identity Info', '...and could not.'),
    ('437', 1, 'Identity: eyJhbGciOiJFUzI1NiIs...;info=<https://cert.carrier.example/sp.pem>;alg=ES256;ppt=shaken', 'The verifier fetched the certificate...'),
    ('437', 2, 'SIP/2.0 437 Unsupported Credential', '...but does not trust it.'),
    ('438', 1, 'P-Asserted-Identity: <sip:+12135550142@sbc.provider.example>', 'The calling number the verifier checks...'),
    ('438', 2, 'Identity: eyJhbGciOiJFUzI1NiIs...;info=<https://cert.provider.example/sp.pem>;alg=ES256;ppt=shaken', '...against the number signed in the PASSporT; if they differ, or the signature fails...'),
    ('438', 3, 'SIP/2.0 438 Invalid Identity Header', '...the call is refused.');
INSERT INTO lesson_link (topic, related, why, source, cite) VALUES
    ('202', '405', 'A transfer request (REFER) is accepted with 202, or refused with 405 where the method is not allowed.', 'rfc3515', 'section 2.4.2'),
    ('300', '302', 'Both are redirects: 300 offers several addresses, 302 names one; a trunk that follows no redirect fails on both.', 'rfc3261', 'section 21.3'),
    ('301', '302', 'Moved for good versus for now: after a 301 the caller may keep using the new address.', 'rfc3261', 'sections 21.3.2 and 21.3.3'),
    ('305', '302', 'Both name where to go; 305 names a proxy to go through, and much equipment ignores it.', 'rfc3261', 'section 21.3.4'),
    ('380', '302', 'Both answer with something else to try: 302 another address, 380 another service.', 'rfc3261', 'section 21.3.5'),
    ('400', '403', 'A 400 says the request could not be read, a 403 that it was read and refused.', 'rfc3261', 'sections 21.4.1 and 21.4.4'),
    ('485', '404', 'Not found at all versus found more than once: both point at the number or the dial plan.', 'rfc3261', 'sections 21.4.4 and 21.4.23'),
    ('428', '438', 'Unsigned versus signed but failing verification.', 'rfc8224', 'section 6.2.2'),
    ('436', '437', 'The certificate could not be fetched (436), or was fetched and not trusted (437).', 'rfc8224', 'section 6.2.2'),
    ('437', '438', 'The certificate is not trusted (437), or the signature made with it does not fit the call (438).', 'rfc8224', 'section 6.2.2'),
    ('433', '607', 'Both are the callee''s refusal of a caller: 433 of any anonymous caller, 607 of this one.', 'rfc8197', 'section 3');
INSERT INTO term_use (term, topic, check_id) VALUES
    ('transfer', '202', NULL), ('call-id', '202', NULL),
    ('final-response', '300', NULL), ('response-class', '300', NULL),
    ('final-response', '301', NULL), ('response-class', '301', NULL),
    ('response-class', '305', NULL),
    ('response-class', '380', NULL),
    ('sip-trace', '400', NULL), ('user-agent', '400', NULL), ('scanner', '400', NULL),
    ('request-uri', '485', NULL), ('dial-plan', '485', NULL),
    ('identity-header', '428', NULL), ('caller-id', '428', NULL),
    ('identity-header', '436', NULL),
    ('identity-header', '437', NULL),
    ('identity-header', '438', NULL), ('p-asserted-identity', '438', NULL),
    ('privacy-header', '433', NULL), ('caller-id', '433', NULL);

-- ----------------------------------------------------------------------------
-- Links between cards, read both ways.

INSERT INTO lesson_link (topic, related, why, source, cite) VALUES
    ('401', '407', 'Both are digest challenges: 401 from a server or registrar (WWW-Authenticate), 407 from a proxy (Proxy-Authenticate). Answered at once they are normal.', 'rfc3261', 'section 22'),
    ('401', '403', 'A 403 right after an answered 401 means the credentials or the caller ID were refused; a 403 on the first INVITE, before any challenge, points at the allowed list.', 'tw-ts', '403 ACL vs credentials'),
    ('407', '403', 'A 403 on the INVITE after a 407 means the credentials; on the digest-less INVITE it means the IP ACL.', 'tw-ts', '403 ACL vs credentials'),
    ('402', '403', 'No credit shows as 402 on DIDWW and as 403 on seed 004''s network: read the balance either way.', 'seed-004', '403 Denied, No Account Credit'),
    ('402', '603', 'Seed 004: a 603 on that network may also mean the account has no credit.', 'seed-004', '603 Decline'),
    ('486', '600', 'Busy here (one device) and busy everywhere (every device): both are usually the callee''s outcome.', 'rfc3261', 'section 21.4.24, 21.6.1'),
    ('486', '603', 'Busy versus declined: 486 says the callee cannot take it, 603 that it will not. Both are normal one at a time.', 'rfc3261', 'section 21.4.24, 21.6.2'),
    ('600', '603', 'Both are 6xx answers from the callee that hold everywhere: busy versus declined.', 'rfc3261', 'section 21.6'),
    ('603', '607', '607 is a refusal with a reason: the callee marked this caller unwanted.', 'rfc8197', 'section 3'),
    ('607', '608', '607 is the callee''s decision, 608 a network analytics engine''s.', 'rfc8688', 'section 1'),
    ('404', '484', 'Both often come from the number format: 484 says too short, 404 says unknown.', 'domain-notes', 'section 9, item 8'),
    ('404', '604', 'Not found here versus not found anywhere.', 'rfc3261', 'section 21.4.4, 21.6.3'),
    ('404', '410', 'Not found versus gone: 410 says the number existed once.', 'rfc3261', 'section 21.4.4, 21.4.9'),
    ('404', '480', 'A number not set up shows as 404; a number set up with no application attached as 480 (seed 000).', 'seed-000', '404 and 480 rows'),
    ('480', '486', 'Repeated 480 and 486 across many numbers on one carrier suggest the caller ID is filtered as spam.', 'vobiz', '480 and 486'),
    ('480', '503', 'Both can mean a capacity limit; seed 001 tracks both rather than investigating each.', 'seed-001', '480 and 503 bullets'),
    ('487', '480', 'A caller who gave up (487) versus a callee who could not be reached (480); a short ringing timeout turns the first into a complaint.', 'seed-003', '487 Ringing timeout'),
    ('408', '504', 'No answer in time: 408 from the far end''s transaction, 504 from a gateway waiting for the next hop.', 'rfc3261', 'section 21.4.9, 21.5.5'),
    ('408', '513', 'An INVITE too large for UDP may vanish (408) or be refused (513): both are fixed by TCP.', 'mtu', 'the 1300-byte rule'),
    ('413', '513', 'Both say the request is too large; on UDP the answer is TCP.', 'domain-notes', 'section 2, 413'),
    ('488', '606', 'Not acceptable here versus anywhere: the same SDP checks for both.', 'rfc3261', 'section 21.4.26, 21.6.4'),
    ('488', '415', 'Both are media refusals: 415 for the body format, 488 for what the SDP offers.', 'domain-notes', 'section 9, item 11'),
    ('482', '483', 'Both are routing loops: 482 seen in Via, 483 by Max-Forwards running out.', 'domain-notes', 'section 9, item 20'),
    ('420', '422', 'Both are negotiation failures over extensions and timers (Require, Session-Expires).', 'domain-notes', 'section 9, item 18'),
    ('422', '423', 'Both come with the minimum to use: Min-SE for a session timer, Min-Expires for a registration.', 'domain-notes', 'section 9, item 18'),
    ('500', '503', 'Both are server failures; 503 may say when to retry (Retry-After), 500 is a fault to report.', 'rfc3261', 'section 21.5'),
    ('502', '504', 'Both come from a gateway about the next hop: an invalid answer (502) or none in time (504).', 'rfc3261', 'section 21.5.3, 21.5.5'),
    ('481', '408', 'A call that drops about 30 s after the answer with 481 or 408 on the ACK or BYE: NAT on the in-dialog path.', 'tw-ts', 'in-dialog routing'),
    ('200', '487', 'A call is either answered (200) or cancelled before the answer (487); both are normal outcomes.', 'seed-003', '200 Bye, 487 rows'),
    ('302', '404', 'A redirect names another address; if the caller cannot follow it, the call may end as not found.', 'didww-api', 'max_30x_redirects');

-- Glossary terms each card points to.
INSERT INTO term_use (term, topic, check_id) VALUES
    ('final-response', '200', NULL), ('bye', '200', NULL), ('disconnect-initiator', '200', NULL), ('rtp', '200', NULL),
    ('final-response', '302', NULL), ('response-class', '302', NULL),
    ('challenge', '401', NULL), ('digest-authentication', '401', NULL), ('realm', '401', NULL), ('cseq', '401', NULL),
    ('challenge', '407', NULL), ('digest-authentication', '407', NULL), ('sbc', '407', NULL),
    ('allowlist', '403', NULL), ('via-received', '403', NULL), ('digest-authentication', '403', NULL), ('caller-id', '403', NULL), ('q850-cause', '403', NULL), ('scanner', '403', NULL),
    ('disconnect-initiator', '402', NULL), ('call-log', '402', NULL),
    ('request-uri', '404', NULL), ('e164', '404', NULL), ('did', '404', NULL), ('scanner', '404', NULL),
    ('request-uri', '484', NULL), ('dial-plan', '484', NULL), ('e164', '484', NULL),
    ('q850-cause', '604', NULL), ('response-class', '604', NULL),
    ('q850-cause', '410', NULL),
    ('final-response', '408', NULL), ('registration', '408', NULL), ('nat', '408', NULL), ('sbc', '408', NULL),
    ('sbc', '504', NULL), ('q850-cause', '504', NULL),
    ('nat', '481', NULL), ('bye', '481', NULL),
    ('registration', '480', NULL), ('capacity', '480', NULL), ('call-log', '480', NULL), ('transfer', '480', NULL),
    ('disconnect-initiator', '486', NULL), ('capacity', '486', NULL), ('call-log', '486', NULL),
    ('q850-cause', '600', NULL), ('response-class', '600', NULL),
    ('reason-header', '603', NULL), ('q850-cause', '603', NULL), ('user-agent', '603', NULL),
    ('caller-id', '607', NULL),
    ('caller-id', '608', NULL),
    ('cancel', '487', NULL), ('ringing-timer', '487', NULL), ('disconnect-initiator', '487', NULL),
    ('sdp-offer-answer', '488', NULL), ('codec', '488', NULL), ('srtp', '488', NULL), ('warning-header', '488', NULL), ('nat', '488', NULL),
    ('sdp-offer-answer', '606', NULL), ('warning-header', '606', NULL),
    ('sdp', '415', NULL), ('codec', '415', NULL),
    ('sip-trace', '513', NULL), ('pcap', '513', NULL),
    ('sip-trace', '413', NULL),
    ('session-timer', '422', NULL),
    ('registration', '423', NULL),
    ('trunk', '580', NULL), ('did', '580', NULL),
    ('max-forwards', '482', NULL), ('sip-trace', '482', NULL),
    ('max-forwards', '483', NULL),
    ('re-invite', '491', NULL),
    ('transfer', '405', NULL),
    ('call-id', '500', NULL), ('escalation', '500', NULL), ('user-agent', '500', NULL),
    ('q850-cause', '502', NULL), ('sbc', '502', NULL),
    ('allowlist', '503', NULL), ('via-received', '503', NULL), ('retry-after', '503', NULL), ('capacity', '503', NULL), ('dial-plan', '503', NULL);

-- ----------------------------------------------------------------------------
-- The cheat sheet: the codes an L1 operator meets most, in print order.
-- Seed 001 lists the codes its dashboard shows; seed 002 names 503 the most
-- common failure of a turn-up; seed 004 lists its common codes.

INSERT INTO cheatsheet (seq, topic, source, cite) VALUES
    (10, '401', 'seed-004', 'Common SIP Response codes'),
    (20, '403', 'seed-001', '403 Permission Denied'),
    (30, '404', 'seed-001', '404 Not Found'),
    (40, '407', 'seed-004', 'Common SIP Response codes'),
    (50, '408', 'seed-001', '408 Request Timeout'),
    (60, '480', 'seed-001', '480 Temporarily Unavailable'),
    (70, '486', 'seed-003', '486 Busy Here'),
    (80, '487', 'seed-001', '487 Request Terminated'),
    (90, '488', 'seed-001', '488 Not Acceptable Here'),
    (100, '500', 'seed-001', '500 Server Internal Error'),
    (110, '502', 'seed-004', 'Common SIP Response codes'),
    (120, '503', 'seed-002', 'most common SIP cause code during a turn-up'),
    (130, '504', 'domain-notes', 'section 8, 504'),
    (140, '603', 'seed-001', '603'),
    (150, '604', 'seed-004', 'Common SIP Response codes'),
    (160, 'one-way-audio', 'domain-notes', 'section 2, one-way audio'),
    (170, 'no-audio', 'domain-notes', 'section 2, no audio'),
    (180, 'drops-after-answer', 'rfc3261', 'section 13.3.1.4'),
    (190, 'dtmf', 'rfc4733', 'section 2'),
    (200, 'registration', 'domain-notes', 'section 8, 401');

-- ---------------------------------------------------------------------------
-- Symptoms (data/symptoms.sql): the tickets with no telling code.  A
-- symptom's card is built from its routes; these lessons add the rest.

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('one-way-audio', 'The call is answered but only one side hears the other: media goes one way.',
     'Never as a steady state; a second of silence while a call is set up or taken off hold is not a ticket.',
     'On every call of a trunk or a site: one party cannot hear, so the call is useless. It is nearly always addresses (NAT), a SIP ALG or a firewall, and it affects every call until fixed.',
     'trace', 'generic', 'tw-ts', 'one-way audio'),
    ('no-audio', 'The call is answered but nobody hears anything in either direction.',
     'Never: an answered call without media is a failure, even when the signalling shows 200 OK and a normal BYE.',
     'Always: look at what both SDPs agree on (addresses, codecs, RTP versus SRTP) before anything else; a 200 OK only proves the signalling worked.',
     'trace', 'generic', 'rfc3264', 'section 5.1'),
    ('drops-after-answer', 'The call is answered and cut after about 30 to 32 seconds, every time: the ACK never arrived.',
     'Never at a steady 30 to 32 seconds: people do not all hang up at the same moment.',
     'Always: the answering side re-sends its 200 OK for 32 s and gives up. Look at the Contact of the 200 OK (a private address behind NAT) and at what happens to the ACK.',
     'capture', 'generic', 'rfc3261', 'section 13.3.1.4'),
    ('registration', 'A phone or trunk cannot register, so it receives no calls (and may place none).',
     'A REGISTER answered 401 and then, with credentials, 200 OK: that first 401 is the normal challenge.',
     'When the REGISTER with credentials is challenged again (a second 401/407) or refused with 403, or when registrations lapse and inbound calls fail with 480 or 404 until the device registers again.',
     'capture', 'generic', 'domain-notes', 'section 8, 401');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('one-way-audio', 1, 'INVITE: c=IN IP4 203.0.113.10, m=audio 31000 RTP/AVP 0 8', 'The offer: a public address, audio can be sent back to it.'),
    ('one-way-audio', 2, '200 OK: c=IN IP4 10.0.0.5, m=audio 18000 RTP/AVP 0', 'The answer: a private address. RTP towards it never arrives, so that direction is silent.'),
    ('no-audio', 1, 'INVITE: m=audio 4000 RTP/SAVP 0, a=crypto:1 AES_CM_128_HMAC_SHA1_80', 'The offer wants encrypted media (SRTP).'),
    ('no-audio', 2, '200 OK: m=audio 31000 RTP/AVP 0', 'The answer sends plain RTP: packets flow, but neither side can decode the other.'),
    ('drops-after-answer', 1, '0.00 s   200 OK  Contact: <sip:pbx@10.0.0.5:5060>', 'The answer names a private Contact: the caller sends its ACK there.'),
    ('drops-after-answer', 2, '0.50 s   200 OK (again)', 'No ACK arrived: the 200 OK is re-sent, at 0.5, 1, 2, 4 s...'),
    ('drops-after-answer', 3, '32.0 s   BYE', 'After 64*T1 (32 s) the answering side gives up and hangs up.'),
    ('registration', 1, 'REGISTER -> 401 Unauthorized', 'The normal challenge.'),
    ('registration', 2, 'REGISTER (Authorization) -> 401 Unauthorized', 'Challenged again with credentials: they were rejected.');
INSERT INTO lesson_link (topic, related, why, source, cite) VALUES
    ('one-way-audio', 'no-audio', 'One direction silent versus both: the same SDP addresses, firewalls and encryption to check.', 'tw-ts', 'one-way audio'),
    ('drops-after-answer', '481', 'The BYE or re-INVITE sent to an unreachable Contact gets 481: the same NAT fault as the lost ACK.', 'rfc3261', 'section 13.3.1.4'),
    ('drops-after-answer', '408', 'A lost ACK can also end as 408 on the in-dialog request: same cause, same Contact to check.', 'rfc3261', 'section 13.3.1.4'),
    ('registration', '401', 'A registration fails through the same challenge as a call: the second 401 is the rejection.', 'domain-notes', 'section 8, 401'),
    ('registration', '423', 'A registration can also be refused for its Expires: 423 names the minimum.', 'rfc3261', 'section 10.3'),
    ('registration', '480', 'An unregistered user or trunk receives no calls: they fail with 480.', 'rfc3261', 'section 21.4.18');
INSERT INTO term_use (term, topic, check_id) VALUES
    ('rtp', 'one-way-audio', NULL), ('sdp', 'one-way-audio', NULL), ('nat', 'one-way-audio', NULL),
    ('sdp-offer-answer', 'no-audio', NULL), ('srtp', 'no-audio', NULL), ('codec', 'no-audio', NULL),
    ('nat', 'drops-after-answer', NULL), ('re-invite', 'drops-after-answer', NULL),
    ('registration', 'registration', NULL), ('challenge', 'registration', NULL), ('realm', 'registration', NULL);

-- The other six symptoms (issue 12, the lead's review): every symptom has a
-- lesson, so its card teaches in plain words and shows an annotated excerpt
-- like the four above (`siptriage kb check` refuses a symptom without one).

INSERT INTO lesson (topic, summary, normal_when, alarming_when, excerpt_kind, excerpt_vendor, source, cite) VALUES
    ('drops-at-interval', 'Answered calls are cut at the same length every time, often just under 15 or 30 minutes: a timer ends them, usually a session refresh that failed.',
     'Never when the lengths line up call after call: real conversations end at random lengths. A maximum call duration the customer set on purpose (on a campaign or a trunk) is the one exception.',
     'Always: with session timers (RFC 4028) one side refreshes the call with a re-INVITE or UPDATE at half the Session-Expires interval; if that refresh is refused (405 or 501 to an UPDATE, 481, 488) or never answered (a NAT or firewall closed the path), the call is torn down just before the interval runs out: Session-Expires 1800 gives a refresh at 15 minutes and a BYE at about 29.5. Also an RTP timeout during a long hold, or a maximum call duration on the trunk, PBX or carrier.',
     'trace', 'generic', 'rfc4028', 'sections 7 and 10'),
    ('dtmf', 'The caller presses keys, but the IVR, voicemail or PIN prompt does not get the digits (or gets them twice): the two sides do not carry the digits the same way.',
     'When a menu works for most callers: one digit missed because a key was pressed too briefly, or before the prompt listened, is not a ticket.',
     'When every caller fails at the same menu: one side sends RFC 4733 telephone-events in RTP and the other expects SIP INFO or tones in the audio, telephone-event is missing from one SDP or sent with a payload type the other did not declare, or in-band tones pass through a compressed codec (G.729) or a transcoder that distorts them.',
     'trace', 'generic', 'rfc4733', 'section 2'),
    ('audio-quality', 'The call connects and both sides hear each other, but the audio is choppy, robotic, late or echoes: packets are lost, arrive unevenly or late, or the audio is transcoded on the way.',
     'A glitch on one call over a weak Wi-Fi or mobile link: quality that comes and goes with the network is tracked as a trend, not chased call by call. Healthy figures per call: loss under 1 %, jitter under 5 ms, one-way delay under 150 ms.',
     'When it repeats on a link, at a time of day or for a whole site: loss above 3 % or jitter above 20 ms is audible (choppy, robotic), one-way delay above 300 ms makes people talk over each other, and echo is made at the far side of the person who hears it. RTCP reports (RFC 3550) and RTCP XR VoIP metrics with a MOS (RFC 3611) put numbers on a bad call.',
     'capture', 'generic', 'rfc3550', 'section 6.4.1'),
    ('caller-id', 'The person called sees a wrong number, "anonymous" or nothing, or the carrier refuses the call because of the number the PBX presents.',
     'When the caller asked to withhold the number (Privacy: id) and the callee sees "anonymous"; when a carrier replaces a number the account does not own with the account''s default number, as its policy says.',
     'When a company''s calls show the wrong number or none, or are refused (403 Invalid Caller ID, 433 Anonymity Disallowed), and nobody asked for it: the PBX withholds the number by default, sends it in national format instead of E.164, presents a number the account does not own, or puts it in the wrong header (no P-Asserted-Identity, a stale Remote-Party-ID). A caller ID that does not match the account also lowers its STIR/SHAKEN attestation.',
     'trace', 'generic', 'rfc3325', 'section 9.1'),
    ('stir-shaken', 'Calls are refused or shown as "spam likely" because the calling number is not signed, its signature fails, or the signing carrier did not vouch for it (attestation B or C).',
     'On routes to the US and Canada an INVITE carries an Identity header: a PASSporT signed by the originating carrier, with attestation A for numbers the account owns. A single 603, 607 or 608 from one callee now and then is a person or a filter doing its job.',
     'When many calls from the same numbers are refused with 428 (unsigned), 436, 437 or 438 (the signature or its certificate failed verification) or blocked with 603, 607 or 608 (the FCC requires blocked calls to be signalled with one of these), or callees see a spam label: the calls leave unsigned, the certificate is expired or not trusted, the number was changed after signing, or the numbers are signed with B or C.',
     'trace', 'generic', 'rfc8224', 'sections 4 and 6.2.2'),
    ('tls', 'A trunk that carries SIP over TLS (port 5061) does not come up, or its calls fail: the two sides cannot set up the encrypted connection or do not accept each other''s certificate.',
     'A TLS trunk comes up with a handshake on port 5061 in which each side presents a certificate that is in date, names its FQDN and chains to an authority the other trusts; OPTIONS keep-alives then flow and are answered 200 OK. A certificate renewed and installed with its chain before it expires goes unnoticed.',
     'Always: a TLS trunk that cannot connect carries no calls at all. The usual causes: an expired certificate or one sent without its intermediate certificates (typically right after a renewal), a certificate that does not name the trunk''s FQDN, TLS versions or ciphers that do not match (TLS 1.2 or later is expected), port 5061 blocked, or OPTIONS keep-alives that fail so the peer marks the trunk down. The SIP inside is encrypted: read it in the SBC''s own log, not in a plain capture.',
     'capture', 'teams-dr', 'rfc3261', 'section 26.2');
INSERT INTO lesson_line (topic, seq, line, note) VALUES
    ('drops-at-interval', 1, '00:00  200 OK   Session-Expires: 1800;refresher=uac', 'The answer agrees a 30-minute session interval; the caller (uac) must refresh the call before it runs out.'),
    ('drops-at-interval', 2, '15:00  UPDATE   Session-Expires: 1800;refresher=uac', 'The refresh, at half the interval...'),
    ('drops-at-interval', 3, '15:00  405 Method Not Allowed   Allow: INVITE, ACK, CANCEL, BYE', '...refused: the far end does not do UPDATE, and the caller does not try again with a re-INVITE.'),
    ('drops-at-interval', 4, '29:28  BYE', 'Nobody refreshed the session, so it is torn down 32 s before the 30 minutes run out: every call longer than that ends here.'),
    ('dtmf', 1, 'INVITE: m=audio 4000 RTP/AVP 0 101', 'The offer: PCMU (0), and payload type 101 for key presses.'),
    ('dtmf', 2, 'INVITE: a=rtpmap:101 telephone-event/8000', 'Payload 101 is telephone-event: each key travels as RTP packets that name it, not as a tone in the audio.'),
    ('dtmf', 3, 'INVITE: a=fmtp:101 0-15', 'Events 0-15: the keys 0-9, * (10), # (11) and A-D (12-15).'),
    ('dtmf', 4, '200 OK: m=audio 31000 RTP/AVP 0', 'The answer keeps only PCMU: no telephone-event, so the far end will drop digit events. The key presses are lost unless both sides agree on another way (tones in G.711, SIP INFO).'),
    ('audio-quality', 1, 'Stream  Codec  Packets  Lost        Max jitter  Mean jitter', 'Wireshark Telephony > RTP > RTP Streams: one row per direction of one call.'),
    ('audio-quality', 2, 'A -> B  g711U  14990    15 (0.1%)   6.2 ms      1.9 ms', 'From the customer to the carrier: clean.'),
    ('audio-quality', 3, 'B -> A  g711U  14402    598 (4.0%)  62.8 ms     24.5 ms', 'Towards the customer: 4 % lost and 24.5 ms mean jitter, both past what is audible (3 %, 20 ms): the damage is on the path into the customer''s site.'),
    ('audio-quality', 4, 'RTCP RR: fraction lost 10/256, interarrival jitter 196', 'The customer''s phone reports the same: fraction lost counts in 256ths (10/256 = 3.9 %), jitter in timestamp units (196 at 8000 Hz = 24.5 ms).'),
    ('caller-id', 1, 'From: "Reception" <sip:+4930123456@pbx.customer.example>;tag=8f2c', 'The From: the number and name the PBX would like shown.'),
    ('caller-id', 2, 'P-Asserted-Identity: <sip:+4930123456@pbx.customer.example>', 'The identity the carrier trusts and passes on (RFC 3325): the same number, in E.164. Most carriers read it before the From.'),
    ('caller-id', 3, 'Privacy: id', 'The PBX asks the network to hide that identity from the callee (RFC 3323), who sees "anonymous": right if the caller chose it, a ticket if a PBX default set it.'),
    ('stir-shaken', 1, 'Identity: eyJhbGciOiJFUzI1NiIsInBwdCI6InNoYWtlbiJ9.eyJhdHRlc3Qi...;info=<https://cert.example.net/sp.pem>;alg=ES256;ppt=shaken', 'The signature the originating carrier added: a PASSporT (RFC 8225) in three base64 parts, with where to fetch the signer''s certificate (info).'),
    ('stir-shaken', 2, '{"attest":"B","dest":{"tn":["14155550100"]},"iat":1764763200,"orig":{"tn":"12135550142"}}', 'Its payload, decoded: attestation B (the carrier knows the customer, not that it may use this number), the calling and called numbers, and when it was signed.'),
    ('stir-shaken', 3, 'SIP/2.0 608 Rejected', 'A call-analytics engine in the terminating network refused the call: not the callee.'),
    ('stir-shaken', 4, 'Call-Info: <https://analytics.example/remediation>;purpose=jwscard', 'Where the caller can ask for the decision to be reviewed (RFC 8688).'),
    ('tls', 1, '192.0.2.20 -> SBC  Client Hello (SNI=sbc.customer.example)', 'The peer (here Microsoft''s SIP proxy) opens TLS to the SBC on port 5061 and names the FQDN it expects.'),
    ('tls', 2, 'SBC -> 192.0.2.20  Server Hello, Certificate, Server Hello Done', 'The SBC answers with its certificate chain...'),
    ('tls', 3, '192.0.2.20 -> SBC  Alert (Level: Fatal, Description: Certificate Expired)', '...and the peer refuses it: the certificate has expired. No SIP passes, not even OPTIONS, until a renewed certificate is installed with its intermediates.');
INSERT INTO lesson_link (topic, related, why, source, cite) VALUES
    ('drops-at-interval', 'drops-after-answer', 'Read the call length first: a drop at 30 to 32 s is a lost ACK (the answering side gives up after 64*T1), a drop at the same minutes every time is a timer.', 'rfc3261', 'sections 13.3.1.4 and 17.1.1.2'),
    ('drops-at-interval', '422', 'Both come from session timers: 422 refuses a Session-Expires below the receiver''s Min-SE while the call is set up, a failed refresh ends the answered call at the interval.', 'rfc4028', 'sections 6 and 10'),
    ('drops-at-interval', '481', 'A refresh sent to a side that no longer knows the call (after a restart, or through a NAT that closed) gets 481, and the call ends.', 'rfc4028', 'section 10'),
    ('dtmf', '488', 'Both are read in the SDP offer and answer: 488 when no codec is shared, lost digits when telephone-event is not.', 'rfc3264', 'section 6.1'),
    ('dtmf', 'audio-quality', 'Tones in the audio suffer from what damages the voice (a compressed codec, transcoding, packet loss); telephone-events in RTP do not depend on the codec.', 'rfc4733', 'section 1'),
    ('audio-quality', 'one-way-audio', 'Poor audio arrives damaged; one-way audio does not arrive at all in one direction: check first that RTP flows both ways.', 'lk', 'media quality thresholds'),
    ('caller-id', '403', 'A carrier that enforces its caller-ID rules refuses the call with 403 (Invalid Caller ID) rather than replacing the number.', 'tw-ts', '403 Invalid Caller ID'),
    ('caller-id', '433', 'A callee that refuses withheld numbers answers 433 Anonymity Disallowed to a call with Privacy: id.', 'rfc5079', 'section 5'),
    ('caller-id', 'stir-shaken', 'The carrier signs the caller ID it receives: a number the account does not own, or one not in E.164, is signed with B or C and is flagged more often.', 'rfc8588', 'section 4'),
    ('stir-shaken', '438', 'A signature that fails verification is refused with 438 Invalid Identity Header (436 and 437 when the certificate cannot be fetched or is not trusted).', 'rfc8224', 'section 6.2.2'),
    ('stir-shaken', '428', 'An unsigned call to a verifier that requires a signature is refused with 428 Use Identity Header.', 'rfc8224', 'section 6.2.2'),
    ('stir-shaken', '608', 'A call can be signed and still be blocked by call analytics: 608, with a Call-Info that points to remediation.', 'rfc8688', 'section 3'),
    ('stir-shaken', '603', 'US carriers may signal a blocked call with 603 as well as with 607 or 608.', 'fcc-20-187', '47 CFR 64.1200(k)(9)'),
    ('tls', '408', 'An endpoint that cannot complete TLS (no TLS 1.2, a refused certificate) looks unreachable: calls towards it end in 408 or 504.', 'tw-32011', 'no TLS 1.2'),
    ('tls', 'no-audio', 'TLS trunks usually carry SRTP: a side that answers an RTP/SAVP offer with plain RTP, or with another crypto suite, gives calls with no audio.', 'rfc4568', 'section 6');
INSERT INTO term_use (term, topic, check_id) VALUES
    ('session-timer', 'drops-at-interval', NULL), ('re-invite', 'drops-at-interval', NULL), ('bye', 'drops-at-interval', NULL), ('rtp', 'drops-at-interval', NULL),
    ('telephone-event', 'dtmf', NULL), ('sdp-offer-answer', 'dtmf', NULL), ('codec', 'dtmf', NULL),
    ('jitter', 'audio-quality', NULL), ('mos', 'audio-quality', NULL), ('rtp', 'audio-quality', NULL), ('codec', 'audio-quality', NULL),
    ('caller-id', 'caller-id', NULL), ('p-asserted-identity', 'caller-id', NULL), ('privacy-header', 'caller-id', NULL), ('e164', 'caller-id', NULL),
    ('identity-header', 'stir-shaken', NULL), ('shaken-attestation', 'stir-shaken', NULL), ('caller-id', 'stir-shaken', NULL),
    ('tls', 'tls', NULL), ('options-keepalive', 'tls', NULL), ('sbc', 'tls', NULL), ('srtp', 'tls', NULL);
