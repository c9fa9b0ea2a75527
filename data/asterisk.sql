-- siptriage knowledge base: vendor context 'asterisk' (Asterisk with PJSIP).
--
-- Built from the Asterisk project's public documentation (the
-- asterisk/documentation repository, published on docs.asterisk.org):
-- "Asterisk PJSIP Troubleshooting Guide" ('ast-ts'), "Configuring res_pjsip
-- to work through NAT" ('ast-nat') and "Hangup Cause Mappings" ('ast-map',
-- in references.sql); and from the Asterisk sources where the documentation
-- is silent: channels/chan_pjsip.c (hangup_cause2sip, hangup_sip2cause:
-- 'ast-pj'), res/res_pjsip_session.c ('ast-sess') and channels/chan_sip.c
-- ('ast-chansip').  The advice is in our own words.
--
-- Who is who in this file (owner and step actors):
--   operator  the L1 desk: reads the trace and the Asterisk CLI output the
--             customer sends.
--   customer  whoever runs the Asterisk PBX: pjsip.conf (endpoints, auths,
--             aors, identify sections, transports) and the dialplan.
--   carrier   the SIP trunk provider on the other side of Asterisk.
--   far-end   the phone or party at the other end.
--
-- Reasons: the Asterisk hangup cause as it logs it (CDR, HANGUPCAUSE), named
-- like its Q.850 cause; the X-Asterisk-HangupCause header of chan_sip
-- carries the same text.

INSERT INTO source (id, title, locator) VALUES
    ('ast-ts', 'Asterisk documentation "Asterisk PJSIP Troubleshooting Guide"', 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/Asterisk-PJSIP-Troubleshooting-Guide/'),
    ('ast-nat', 'Asterisk documentation "Configuring res_pjsip to work through NAT"', 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/Configuring-res_pjsip-to-work-through-NAT/'),
    ('ast-chansip', 'asterisk/asterisk channels/chan_sip.c (__transmit_response: X-Asterisk-HangupCause)', 'https://github.com/asterisk/asterisk/blob/18/channels/chan_sip.c'),
    ('ast-acl', 'Asterisk documentation "res_pjsip_acl: SIP ACL module" (pjsip.conf type = acl: permit, deny, acl, contact_permit, contact_deny, contact_acl)', 'https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/Module_Configuration/res_pjsip_acl/'),
    ('ast-pjsip', 'Asterisk documentation "res_pjsip" module configuration (endpoint options: identify_by, acl, contact_acl, aors, device_state_busy_at)', 'https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/Module_Configuration/res_pjsip/'),
    ('ast-registrar', 'asterisk/asterisk res/res_pjsip_registrar.c (registrar_on_rx_request: 403 for an endpoint without AORs)', 'https://github.com/asterisk/asterisk/blob/20/res/res_pjsip_registrar.c'),
    ('ast-busy', 'Asterisk documentation, dialplan application Busy()', 'https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/Dialplan_Applications/Busy/'),
    ('ast-queue', 'Asterisk documentation, app_queue configuration (queues.conf: ringinuse)', 'https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/Module_Configuration/app_queue/');

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('asterisk', 'Asterisk (PJSIP)',
     'The Asterisk open-source PBX with its PJSIP channel driver (res_pjsip, chan_pjsip): endpoints, auths, aors, identify sections and transports in pjsip.conf, calls routed by the dialplan.',
     'The Asterisk CLI and log with `pjsip set logger on` (the SIP messages), the NOTICE and WARNING lines of a failed call, the CDR''s hangup cause and the HANGUPCAUSE() function; Asterisk turns the hangup cause into the SIP code it sends, and the SIP code it receives into a hangup cause (Hangup Cause Mappings).',
     'ast-ts', 'Overview');

INSERT INTO check_def (id, statement, negation, question, where_to_find, why, source, cite) VALUES
    ('endpoint-identified',
     'Asterisk matches the request to a configured endpoint: an identify section''s match covers the source IP, or the From user names an endpoint.',
     'Asterisk matches the request to no configured endpoint (no identify match, no endpoint named by the From user).',
     'Does Asterisk match the request to an endpoint (identify match, or the From user)?',
     'The Asterisk log with debug on ("Could not identify endpoint by username", "does not match identify"), and `pjsip show endpoint NAME` (its Identify: line).',
     'A request Asterisk cannot match to an endpoint is answered with a 401 whose challenge cannot succeed, which looks like a password problem.',
     'ast-ts', 'Unrecognized Endpoint'),
    ('direct-media',
     'The call''s media goes through Asterisk (direct_media=no, or direct media not possible), not straight between the two endpoints.',
     'The endpoints send media directly to each other (direct media), not through Asterisk.',
     'Does the call''s media flow through Asterisk rather than directly between the endpoints?',
     'The endpoints'' direct_media option (`pjsip show endpoint NAME`) and the SDP Asterisk sends: its own address, or the other endpoint''s.',
     'With direct media the endpoints send RTP to each other''s addresses; behind NAT those are often unreachable, and one or both sides hear nothing.',
     'ast-nat', 'direct_media');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('asterisk', NULL, NULL, 'Before anything else',
     'At the Asterisk CLI, `core set verbose 4`, `core set debug 4` and `pjsip set logger on` show what happens to a failing call; the NOTICE and WARNING lines name the endpoint, the context and the reason.',
     'ast-ts', 'Overview'),
    ('asterisk', NULL, 'endpoint-identified', 'How Asterisk finds the endpoint',
     'Every incoming request must match an endpoint. By default the user part of From names it; a `type = identify` section matches source addresses (IP addresses or networks, never host names) to an endpoint; an endpoint named anonymous takes what nothing else matches. Two identify sections covering the same address make the match ambiguous.',
     'ast-ts', 'Identify by User; Identify by IP address; Anonymous Identification'),
    ('asterisk', 401, 'endpoint-identified', 'A 401 that cannot succeed',
     'When no endpoint matches, Asterisk still answers 401 with a challenge, so that an attacker cannot tell valid names from invalid ones; the retry with credentials fails again. A 401 loop is therefore often an identify problem, not a password problem.',
     'ast-ts', 'Authentication is failing'),
    ('asterisk', NULL, 'nat-clean', 'Asterisk behind NAT',
     'On the transport, local_net lists the private networks; for destinations outside them Asterisk writes external_media_address into the SDP and external_signaling_address into its headers instead of its private address. Both must be the router''s public address, and the router must forward the SIP port and the RTP port range to Asterisk.',
     'ast-nat', 'local_net; external_media_address; external_signaling_address'),
    ('asterisk', NULL, 'direct-media', 'Phones behind NAT',
     'For remote phones behind NAT, rtp_symmetric sends RTP back where it came from, force_rport answers SIP to the source port, rewrite_contact uses the source address instead of the Contact the phone gave, and direct_media=no keeps Asterisk in the media path.',
     'ast-nat', 'For Remote Phones Behind NAT'),
    ('asterisk', NULL, NULL, 'Hangup causes and SIP codes',
     'Asterisk maps a hangup cause to the SIP code it sends: 1, 2 and 3 to 404, 17 to 486, 18 to 408, 19 and 20 to 480, 21 to 403, 22 to 410, 27 to 502, 28 to 484, 29 to 501, 34 and 42 to 503, 58 (no common codec) to 488. The other way, it reads 401, 403, 407 and 603 as 21 (call rejected), 404, 485 and 604 as 1, 480 and 483 as 19, 486 and 600 as 17, 488 and 606 as 58, 503 as 34, and other 4xx and 6xx as 127 (interworking).',
     'ast-pj', 'hangup_cause2sip, hangup_sip2cause'),
    ('asterisk', NULL, NULL, 'X-Asterisk-HangupCause',
     'Asterisk''s chan_sip adds the hangup cause to its final error response to an INVITE in two headers: X-Asterisk-HangupCause with its text and X-Asterisk-HangupCauseCode with its number.',
     'ast-chansip', '__transmit_response'),
    ('asterisk', 404, NULL, 'Extension not found',
     'When the dialled number has no extension in the endpoint''s context, Asterisk logs "Call from ... to extension ... rejected because extension not found in context ..." and answers 404 (416 for an unsupported URI scheme).',
     'ast-sess', 'new_invite');

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('asterisk', 401, 'Unauthorized', 'Asterisk challenges the request; it does so also when no endpoint matches the request, with a challenge that cannot succeed.', 'If the retry with credentials fails too, check endpoint identification first.', 'ast-ts', 'Authentication is failing'),
    ('asterisk', 403, 'Forbidden (cause 21, call rejected)', 'Asterisk sends 403 for hangup cause 21; 401, 403, 407 and 603 received become cause 21.', NULL, 'ast-pj', 'hangup_cause2sip'),
    ('asterisk', 404, 'Not Found (causes 1 to 3)', 'No extension for the number in the endpoint''s context, or hangup cause 1, 2 or 3 (unallocated number, no route).', 'Check the endpoint''s context and the dialplan.', 'ast-sess', 'new_invite'),
    ('asterisk', 480, 'Temporarily Unavailable (causes 19, 20)', 'Hangup cause 19 (no answer) or 20 (subscriber absent, e.g. the endpoint is not registered).', NULL, 'ast-pj', 'hangup_cause2sip'),
    ('asterisk', 488, 'Not Acceptable Here (cause 58)', 'No codec in common ("Can''t find codec to connect to host"): hangup cause 58, bearer capability not available.', 'Align the endpoints'' allow and disallow lists.', 'ast-pj', 'hangup_cause2sip'),
    ('asterisk', 503, 'Service Unavailable (causes 34, 42)', 'Hangup cause 34 (no circuit/channel available) or 42 (switching equipment congestion); a 503 received becomes cause 34.', NULL, 'ast-pj', 'hangup_cause2sip');

INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('asterisk', 488, 'BEARERCAPABILITY_NOTAVAIL', 'system,destination', 'Hangup cause 58: Asterisk found no codec in common with the other side.', 'Compare the endpoints'' codecs (allow, disallow) with the offer.', 'immediate', 'Every call between those endpoints fails the same way.', 'ast-map', 'AST_CAUSE_BEARERCAPABILITY_NOTAVAIL'),
    ('asterisk', 503, 'CONGESTION', 'system,destination', 'Hangup cause 34 (or 42): no channel available, or congestion; also what a 503 from the far end becomes.', 'Find which side was congested: Asterisk''s own limits, or the trunk''s 503.', 'track', 'Comes at peaks.', 'ast-map', 'AST_CAUSE_CONGESTION'),
    ('asterisk', 404, 'UNALLOCATED', 'system,destination', 'Hangup cause 1: the number is unallocated (also what 404, 485 and 604 from the far end become).', 'Check the number and where it was routed.', NULL, NULL, 'ast-map', 'AST_CAUSE_UNALLOCATED');

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('asterisk', 488, 'BEARERCAPABILITY_NOTAVAIL', 'codecs', 'no', 'ast-pj', 'hangup_cause2sip');

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('asterisk-401-unidentified', 'Asterisk cannot match the request to an endpoint (no identify match for the source IP, no endpoint named like the From user), so it answers with a 401 that no password can satisfy.',
     'failure', 'customer', NULL, NULL, 'ast-ts', 'Unrecognized Endpoint; Authentication is failing'),
    ('asterisk-401-no-retry', 'The endpoint is matched and has an auth, but the other side does not answer the challenge: a trunk provider that sends without credentials towards an endpoint that requires them.',
     'failure', 'customer', NULL, NULL, 'ast-ts', 'Authentication Not Attempted'),
    ('asterisk-401-credentials', 'The other side answers the challenge, but with credentials that do not match the endpoint''s auth section (username, password, their case, or md5_cred and realm).',
     'failure', 'customer', NULL, NULL, 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-other', 'Endpoint, challenge and credentials look right, yet authentication fails: an unsupported digest method or algorithm, or a realm the device does not accept.',
     'failure', 'customer', 'The PBX administrator, with the pjsip logger output of the call', 'When the credentials have been re-entered on both sides.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-404-format', 'The number arrives in a form the dialplan does not expect (with or without +, country code or prefix), so no extension matches.',
     'failure', 'customer', NULL, NULL, 'ast-sess', 'new_invite'),
    ('asterisk-404-context', 'The number is in the expected form, but the endpoint''s context has no extension for it: a wrong context on the endpoint, or a missing extension.',
     'failure', 'customer', NULL, NULL, 'ast-ts', 'Asterisk cannot find the specified extension'),
    ('asterisk-488-codecs', 'Asterisk finds no codec in common between the offer and the endpoint''s allowed codecs (hangup cause 58).',
     'failure', 'customer', NULL, NULL, 'ast-pj', 'hangup_cause2sip'),
    ('asterisk-488-media', 'Codecs match; the media offer is refused for another reason, most often SRTP on one side and plain RTP on the other.',
     'failure', 'customer', NULL, NULL, 'siptriage', NULL),
    ('asterisk-200-normal', 'RTP flowed both ways: the media path is not at fault; the call ended by a hangup.',
     'success', 'none', NULL, NULL, 'siptriage', NULL),
    ('asterisk-200-external-address', 'Asterisk is behind NAT and advertises its private address in the SDP or Contact: the far end sends media and requests where they cannot arrive, so audio is missing one way or the call drops.',
     'failure', 'customer', NULL, NULL, 'ast-nat', 'external_media_address'),
    ('asterisk-200-direct-media', 'The endpoints send media directly to each other (direct media) across a NAT, to addresses the other cannot reach.',
     'failure', 'customer', NULL, NULL, 'ast-nat', 'direct_media'),
    ('asterisk-200-rtp-symmetric', 'Media goes through Asterisk, but a phone behind NAT does not get its RTP: Asterisk sends to the address the phone advertised instead of the one its packets come from.',
     'failure', 'customer', NULL, NULL, 'ast-nat', 'For Remote Phones Behind NAT');

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('asterisk-401-unidentified', 1, 'customer', 'Turn on `pjsip set logger on` and `core set debug 4`, repeat the call, and look for "Could not identify endpoint" or "does not match identify".', 'ast-ts', 'Unrecognized Endpoint'),
    ('asterisk-401-unidentified', 2, 'customer', 'For a trunk, check the identify section: `type = identify`, the right endpoint name, and match lines with IP addresses or networks (no host names, valid masks) covering the provider''s signalling addresses.', 'ast-ts', 'Identify by IP address'),
    ('asterisk-401-unidentified', 3, 'customer', 'Run `pjsip show endpoint NAME`: an Identify: line must show the provider''s addresses; `pjsip show endpoints` must not show two endpoints matching the same address.', 'ast-ts', 'Identify by IP address'),
    ('asterisk-401-unidentified', 4, 'customer', 'For a phone, check an endpoint exists with the name of its From user, and that it loaded (no error at startup for an unknown option).', 'ast-ts', 'Identify by User'),
    ('asterisk-401-no-retry', 1, 'operator', 'In the trace, check whether the second INVITE carries an Authorization header.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-no-retry', 2, 'customer', 'For a trunk provider that authenticates by IP, remove the inbound auth from its endpoint and match it with an identify section instead.', 'ast-ts', 'Authentication Not Attempted'),
    ('asterisk-401-no-retry', 3, 'customer', 'Otherwise give the other side the username and password of the endpoint''s auth section.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-credentials', 1, 'customer', 'Compare username and password of the `type = auth` section with the device''s, including upper and lower case; the username is not taken from the section''s name.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-credentials', 2, 'customer', 'With md5_cred, check auth_type = md5 and that the hash is of username:realm:password, 32 hexadecimal characters, with no trailing newline.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-credentials', 3, 'operator', 'Place a test call and confirm the retry is accepted.', 'siptriage', NULL),
    ('asterisk-401-other', 1, 'customer', 'Check the device uses Digest with the MD5 algorithm, and whether it needs a specific realm set on the auth section.', 'ast-ts', 'Authentication is failing'),
    ('asterisk-401-other', 2, 'operator', 'Attach the pjsip logger output of the failing call to the ticket.', 'ast-ts', 'Overview'),
    ('asterisk-404-format', 1, 'operator', 'Read the number in the Request-URI of the INVITE and the NOTICE line "rejected because extension not found in context".', 'ast-sess', 'new_invite'),
    ('asterisk-404-format', 2, 'customer', 'Add an extension pattern matching that form to the context, or have the sender send the number in the form the dialplan expects.', 'ast-ts', 'Asterisk cannot find the specified extension'),
    ('asterisk-404-context', 1, 'customer', 'Check the endpoint''s `context` (spelling) and list it with `dialplan show CONTEXT`.', 'ast-ts', 'Asterisk cannot find the specified extension'),
    ('asterisk-404-context', 2, 'customer', 'Add the missing extension, then `dialplan reload`.', 'ast-ts', 'Asterisk cannot find the specified extension'),
    ('asterisk-404-context', 3, 'operator', 'Place a test call and confirm it is routed.', 'siptriage', NULL),
    ('asterisk-488-codecs', 1, 'operator', 'Read the codec list of the offer (m= line) in the trace.', 'siptriage', NULL),
    ('asterisk-488-codecs', 2, 'customer', 'Check the endpoint''s allowed codecs (`pjsip show endpoint NAME`), and set them with disallow=all first, then allow= for each codec wanted.', 'siptriage', NULL),
    ('asterisk-488-codecs', 3, 'customer', 'Add a codec the other side offers, or let Asterisk transcode between the two legs.', 'siptriage', NULL),
    ('asterisk-488-media', 1, 'operator', 'Compare the media profiles of offer and answer: RTP/AVP or RTP/SAVP.', 'siptriage', NULL),
    ('asterisk-488-media', 2, 'customer', 'Set the endpoint''s media_encryption to what the other side uses.', 'siptriage', NULL),
    ('asterisk-200-normal', 1, 'operator', 'Confirm with the customer that the call had audio both ways; a normal hangup needs no change.', 'siptriage', NULL),
    ('asterisk-200-external-address', 1, 'operator', 'In the trace, read the c= address of Asterisk''s SDP and the host of its Contact: a private address shows the problem.', 'ast-ts', 'Asterisk gives unroutable address to device'),
    ('asterisk-200-external-address', 2, 'customer', 'On the transport set local_net to the private networks and external_media_address and external_signaling_address to the public address.', 'ast-nat', 'local_net; external_media_address; external_signaling_address'),
    ('asterisk-200-external-address', 3, 'customer', 'Forward the SIP port and the RTP port range on the router to Asterisk.', 'ast-nat', 'Asterisk and Phones Connecting Through NAT to an ITSP'),
    ('asterisk-200-external-address', 4, 'operator', 'Place a test call and check audio both ways for longer than 30 seconds.', 'siptriage', NULL),
    ('asterisk-200-direct-media', 1, 'operator', 'In the SDP Asterisk sends to each endpoint, check whether the address is the other endpoint''s (direct media) rather than Asterisk''s.', 'ast-nat', 'direct_media'),
    ('asterisk-200-direct-media', 2, 'customer', 'Set direct_media=no on the endpoints behind NAT (or disable_direct_media_on_nat=yes).', 'ast-ts', 'Direct media is not being used'),
    ('asterisk-200-rtp-symmetric', 1, 'customer', 'On the remote phone''s endpoint set rtp_symmetric=yes, force_rport=yes and rewrite_contact=yes.', 'ast-nat', 'For Remote Phones Behind NAT'),
    ('asterisk-200-rtp-symmetric', 2, 'operator', 'Place a test call from the remote phone and check audio both ways.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('asterisk-401', 'Asterisk 401: endpoint identification and authentication', 'q1', NULL, 'ast-ts', 'Unrecognized Endpoint; Authentication is failing'),
    ('asterisk-404', 'Asterisk 404: extension not found', 'q1', NULL, 'ast-sess', 'new_invite'),
    ('asterisk-488', 'Asterisk 488: codecs and media', 'q1', NULL, 'ast-pj', 'hangup_cause2sip'),
    ('asterisk-200', 'Asterisk, answered call without audio or dropped: NAT and the media path', 'q1', NULL, 'ast-nat', NULL);

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('asterisk-401', 'q1', 'endpoint-identified', 'yes', 'q2', NULL, NULL, 'asterisk-401-unidentified'),
    ('asterisk-401', 'q2', 'challenge-answered', 'yes', 'q3', NULL, NULL, 'asterisk-401-no-retry'),
    ('asterisk-401', 'q3', 'credentials-valid', 'no', NULL, 'asterisk-401-other', NULL, 'asterisk-401-credentials'),
    ('asterisk-404', 'q1', 'dial-pattern', 'yes', NULL, 'asterisk-404-context', NULL, 'asterisk-404-format'),
    ('asterisk-488', 'q1', 'codecs', 'no', NULL, 'asterisk-488-media', NULL, 'asterisk-488-codecs'),
    ('asterisk-200', 'q1', 'media-flowing', 'no', NULL, 'asterisk-200-normal', 'q2', NULL),
    ('asterisk-200', 'q2', 'nat-clean', 'no', 'q3', NULL, NULL, 'asterisk-200-external-address'),
    ('asterisk-200', 'q3', 'direct-media', 'yes', NULL, 'asterisk-200-rtp-symmetric', NULL, 'asterisk-200-direct-media');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('asterisk', 401, NULL, NULL, NULL, 'asterisk-401', 'ast-ts', 'Authentication is failing'),
    ('asterisk', 404, NULL, NULL, NULL, 'asterisk-404', 'ast-sess', 'new_invite'),
    ('asterisk', 488, NULL, NULL, NULL, 'asterisk-488', 'ast-pj', 'hangup_cause2sip'),
    ('asterisk', 200, NULL, NULL, NULL, 'asterisk-200', 'ast-nat', NULL);

-- The customer's own Asterisk as the refuser (outside review 4, F6): a 403
-- sent by Asterisk to the carrier or a phone (initiator destination: the
-- called side, which is the PBX) is about its ACLs, identify sections and
-- AORs, never the provider's portal; a 486 from Asterisk while people are
-- free is its own busy logic.  Caller-ID reputation blocking shows as 603,
-- 607 or 608 (RFC 8197, RFC 8688), not as a 486 from the customer's PBX.
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('pbx-403-not-pbx', 'The 403 did not come from the customer''s own PBX, so the PBX''s access lists do not explain it: the walk goes on with the generic 403 route, for a refusal by a provider or carrier.',
     'failure', 'operator', NULL, NULL, 'rfc3261', 'section 20.35'),
    ('asterisk-403-acl', 'The customer''s Asterisk refuses the request itself: an IP access list rejects the sender''s address, either the global one (a pjsip.conf section of type acl: permit, deny, acl) or the endpoint''s own acl, permit and deny; or the sender is matched to another endpoint than intended (no identify section for its address) whose list refuses it. A dialplan that hangs up with cause 21 (call rejected) gives a 403 too, after the INVITE was accepted.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the sender''s address is permitted, matched to the right endpoint by an identify section, and the 403 still comes: with the pjsip logger output of one refused request.',
     'ast-acl', 'Overview; permit; deny; acl'),
    ('asterisk-403-register', 'The customer''s Asterisk refuses the REGISTER itself: the endpoint it matched has no AOR to register to (aors is empty: "has no configured AORs" in the log), the Contact is refused by a contact access list (contact_acl, contact_permit, contact_deny, globally or on the endpoint), or the phone''s address is refused by an IP access list.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the endpoint has its AOR, the contact and IP lists admit the phone, and the REGISTER is still refused: with the pjsip logger output.',
     'ast-registrar', 'registrar_on_rx_request'),
    ('asterisk-486-own-busy', 'The customer''s Asterisk answers busy although the people are free: the endpoint''s device_state_busy_at makes Asterisk report the extension busy after that many calls, a queue skips members it sees in use (ringinuse = no) and the dialplan then runs Busy(), the dialplan runs Busy() or hangs up with cause 17 on a path every call takes, or a phone set to do-not-disturb answers 486 and Asterisk passes it on. A caller-ID reputation block would show as 603, 607 or 608, not as a 486 from the customer''s own PBX.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the extensions and queue members are free, show NOT_INUSE, and the dialplan path of the call has no Busy(): with the verbose log of one refused call.',
     'ast-busy', 'Busy()');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('asterisk-403-acl', 1, 'customer', 'With `pjsip set logger on` and the log at NOTICE, repeat the call: a request refused by an access list is logged with the rule that refused it, before any dialplan runs.', 'ast-ts', 'Overview'),
    ('asterisk-403-acl', 2, 'customer', 'In pjsip.conf, check the sections of type acl and the endpoint''s acl, permit and deny: the sender''s signalling address (for a carrier, every address it sends from) must be permitted.', 'ast-acl', 'permit; deny; acl'),
    ('asterisk-403-acl', 3, 'customer', 'For a trunk, check an identify section matches the sender''s addresses to the trunk''s endpoint (`pjsip show endpoint NAME`, its Identify: line), so the request does not land on another endpoint.', 'ast-ts', 'Identify by IP address'),
    ('asterisk-403-acl', 4, 'customer', 'If the log shows the call reached the dialplan, find the line that hangs up with cause 21 (Hangup(21) or a rejection rule) and correct it.', 'ast-pj', 'hangup_cause2sip'),
    ('asterisk-403-acl', 5, 'operator', 'Ask for a test call from the same sender and confirm it gets 100/18x instead of the 403.', 'siptriage', NULL),
    ('asterisk-403-register', 1, 'customer', 'Read the Asterisk log for the refused REGISTER: "has no configured AORs" names the endpoint without an AOR; an access-list rejection names the list.', 'ast-registrar', 'registrar_on_rx_request'),
    ('asterisk-403-register', 2, 'customer', 'Give the phone''s endpoint its AOR (aors = NAME and a section of type aor with max_contacts of at least 1), then `pjsip reload`.', 'ast-pjsip', 'aors'),
    ('asterisk-403-register', 3, 'customer', 'Check contact_acl, contact_permit and contact_deny (global and on the endpoint) against the address in the phone''s Contact, and the IP lists against its source address.', 'ast-acl', 'contact_permit; contact_deny; contact_acl'),
    ('asterisk-403-register', 4, 'operator', 'Confirm the phone''s next REGISTER is answered 200 OK (`pjsip show contacts`).', 'ast-ts', 'Overview'),
    ('asterisk-486-own-busy', 1, 'operator', 'Confirm the 486 came from the customer''s Asterisk (Server or User-Agent header, or the initiator Destination in the call log) and that the people called were free.', 'rfc3261', 'section 20.35'),
    ('asterisk-486-own-busy', 2, 'customer', 'With verbose logging, follow one refused call through the dialplan: a Busy() or a hangup with cause 17 on its path answers 486 to every caller.', 'ast-busy', 'Busy()'),
    ('asterisk-486-own-busy', 3, 'customer', 'Check the device state of the called endpoints (`pjsip show endpoints`): an endpoint shown busy or in use while free points to device_state_busy_at set too low, or to calls that never ended.', 'ast-pjsip', 'device_state_busy_at'),
    ('asterisk-486-own-busy', 4, 'customer', 'For a queue, check ringinuse and what the dialplan does when no member is reached; for phones, check do-not-disturb.', 'ast-queue', 'ringinuse'),
    ('asterisk-486-own-busy', 5, 'operator', 'Place a test call while the agents are free and confirm it rings.', 'siptriage', NULL);
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('asterisk-403', 'Asterisk as the refuser, 403: REGISTER (AORs, contact lists) or calls (IP access lists, identify, dialplan)', 'q0', NULL, 'ast-acl', 'Overview'),
    ('asterisk-486', 'Asterisk 486: a busy person, or Asterisk''s own busy (device state, queue, dialplan Busy(), do-not-disturb)', 'q1', NULL, 'ast-busy', 'Busy()');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('asterisk-403', 'q0', 'pbx-refused', 'yes', 'q1', NULL, NULL, 'pbx-403-not-pbx'),
    ('asterisk-403', 'q1', 'register-forbidden', 'no', NULL, 'asterisk-403-register', NULL, 'asterisk-403-acl'),
    ('asterisk-486', 'q1', 'user-outcome', 'yes', NULL, 'gen-busy-normal', NULL, 'asterisk-486-own-busy');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('asterisk', 403, NULL, 'destination', NULL, 'asterisk-403', 'seed-003', 'Disconnect Initiator table, Destination'),
    ('asterisk', 486, NULL, NULL, NULL, 'asterisk-486', 'ast-pj', 'hangup_cause2sip');
INSERT INTO outcome_scope (outcome, initiator, source, cite) VALUES
    ('asterisk-403-acl', 'destination', 'seed-003', 'Disconnect Initiator table, Destination'),
    ('asterisk-403-register', 'destination', 'seed-003', 'Disconnect Initiator table, Destination');
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('asterisk-403-acl', 'immediate', 'Every call from that sender is refused until the PBX admits it.', 'ast-acl', 'Overview'),
    ('asterisk-403-register', 'immediate', 'A phone that cannot register receives no call at all.', 'rfc3261', 'section 10'),
    ('asterisk-486-own-busy', 'immediate', 'Every caller hears busy while people are free to answer.', 'ast-busy', 'Busy()');
INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES
    ('pbx-403-not-pbx', 'gen-403', 'the 403 did not come from the customer''s own PBX, so the walk goes on with the generic 403 route.', 'rfc3261', 'section 20.35');

-- Outside review 4, F2 (R52): CONGESTION on a 503 is either Asterisk's own
-- limit or the trunk's 503, which Asterisk also reports as CONGESTION (its
-- vendor reason says: find which side was congested).  The PBX's own limit
-- is asked first; otherwise the walk goes on with the generic 503 route.
INSERT INTO source (id, title, locator) VALUES
    ('ast-conf', 'Asterisk sample configuration asterisk.conf ([options] maxcalls: the maximum number of calls; maxload)', 'https://github.com/asterisk/asterisk/blob/master/configs/samples/asterisk.conf.sample');
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('asterisk-503-pbx-limit', 'Asterisk itself had no channel for the call: a limit of its own was reached (maxcalls or maxload in asterisk.conf, a per-endpoint or per-trunk call limit, a GROUP_COUNT limit in the dialplan, or the channel licences), and it reported CONGESTION (cause 34) as 503. The trunk and the carrier did not refuse the call.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the calls in progress at the time were below every limit of the PBX.',
     'ast-map', 'AST_CAUSE_CONGESTION'),
    ('asterisk-503-trunk', 'Asterisk had channels free, so the CONGESTION came from the trunk''s 503 (Asterisk reads any 503 it receives as cause 34): the walk goes on with the generic 503 route.',
     'failure', 'operator', NULL, NULL, 'ast-pj', 'hangup_cause2sip');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('asterisk-503-pbx-limit', 1, 'customer', 'Compare the calls in progress at the time of the failure (core show channels, or the CDR) with the PBX''s limits: maxcalls and maxload in asterisk.conf, the endpoint''s or trunk''s call limit, GROUP_COUNT checks in the dialplan, the licences.', 'ast-conf', 'maxcalls'),
    ('asterisk-503-pbx-limit', 2, 'customer', 'Raise the limit that was reached, or spread the calls over time or over another trunk.', 'ast-map', 'AST_CAUSE_CONGESTION'),
    ('asterisk-503-pbx-limit', 3, 'operator', 'Check in the trace that no 503 came back from the trunk for these calls: then neither the trunk nor the carrier needs a ticket.', 'ast-pj', 'hangup_cause2sip');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('asterisk-503-congestion', 'Asterisk 503 CONGESTION: the PBX''s own limits, or the trunk''s 503', 'q1', NULL, 'ast-map', 'AST_CAUSE_CONGESTION');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('asterisk-503-congestion', 'q1', 'pbx-capacity', 'yes', NULL, 'asterisk-503-trunk', NULL, 'asterisk-503-pbx-limit');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('asterisk', 503, NULL, NULL, 'CONGESTION', 'asterisk-503-congestion', 'ast-map', 'AST_CAUSE_CONGESTION');
INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES
    ('asterisk-503-trunk', 'gen-503', 'Asterisk had channels free, so the 503 came from the trunk: the walk goes on with the generic 503 route (a temporary condition first).', 'ast-pj', 'hangup_cause2sip');
