-- siptriage knowledge base: vendor context 'freeswitch' (FreeSWITCH with mod_sofia).
--
-- Built from SignalWire's public FreeSWITCH documentation: "Hangup Cause
-- Code Table" ('fs-hc', in references.sql) and "Call-Setup Failures"
-- ('fs-setup'); and from the FreeSWITCH sources where the documentation is
-- silent: src/mod/endpoints/mod_sofia/mod_sofia.c ('fs-sofia', in
-- references.sql: hangup_cause_to_sip, the gateway states of
-- sofia_state_names).  Where FreeSWITCH's mapping differs from RFC 3398
-- (shared/reference/q850-sip-mapping.tsv, 'q850-map') the note says so.
-- The advice is in our own words.
--
-- Who is who in this file (owner and step actors):
--   operator  the L1 desk: reads traces, CDRs and the fs_cli output the
--             customer sends.
--   customer  whoever runs FreeSWITCH: its sofia profiles and gateways, and
--             its dialplan.
--   carrier   the SIP provider behind a gateway.
--   far-end   the phone or party at the other end.
--
-- Reasons: the hangup cause as FreeSWITCH names it (the hangup_cause
-- channel variable, the CDR, the log): GATEWAY_DOWN, CALL_REJECTED, ...

INSERT INTO source (id, title, locator) VALUES
    ('fs-setup', 'SignalWire FreeSWITCH documentation "Call-Setup Failures"', 'https://developer.signalwire.com/freeswitch/troubleshooting/call-setup/'),
    ('fs-acl', 'SignalWire FreeSWITCH documentation "Access Control List (ACL)" (acl.conf.xml lists; the sofia profile parameters apply-inbound-acl and apply-register-acl)', 'https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Networking/3965687'),
    ('fs-profiles', 'SignalWire FreeSWITCH documentation "SIP Profiles with Sofia" (one profile per address and port, each with its own ACLs, authentication and domains)', 'https://developer.signalwire.com/freeswitch/users-and-endpoints/sip-profiles/'),
    ('fs-srtp', 'SignalWire FreeSWITCH Channel Variables Catalog "rtp_secure_media_inbound" (same syntax as rtp_secure_media: permission, then a list of crypto suites)', 'https://developer.signalwire.com/freeswitch/Channel-Variables-Catalog/rtp_secure_media_inbound_16353127');

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('freeswitch', 'FreeSWITCH (mod_sofia)',
     'The FreeSWITCH soft-switch with its SIP module mod_sofia: sofia profiles listen for SIP, gateways connect it to SIP providers, the dialplan routes calls.',
     'The hangup cause of the channel (the hangup_cause variable, the Hangup-Cause of the CHANNEL_HANGUP event, the CDR and the log line at hangup), which FreeSWITCH turns into the SIP code it sends; `sofia status gateway` for the state of a gateway.',
     'fs-setup', 'Reading a hangup cause');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('freeswitch', NULL, NULL, 'Read the hangup cause first',
     'Every FreeSWITCH channel ends with a Q.850-style hangup cause; it is in the hangup_cause variable, the CHANNEL_HANGUP event and the CDR, and it is the fastest way to a failed call''s reason. The SIP code FreeSWITCH sends is derived from it.',
     'fs-setup', 'Reading a hangup cause'),
    ('freeswitch', NULL, NULL, 'Where FreeSWITCH differs from RFC 3398',
     'FreeSWITCH sends 603 for CALL_REJECTED (21) where RFC 3398 gives 403; 488 for INCOMPATIBLE_DESTINATION (88) where RFC 3398 gives 503; and 480 for every cause it has no mapping for, NORMAL_CLEARING included. A 480 from FreeSWITCH therefore says little: read the hangup cause behind it.',
     'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', NULL, NULL, 'FreeSWITCH''s own causes',
     'Causes above 127 are FreeSWITCH''s own and have no Q.850 value: GATEWAY_DOWN (the gateway is down) and other internal states; FreeSWITCH turns them into a SIP code too (GATEWAY_DOWN into 503).',
     'fs-hc', 'About'),
    ('freeswitch', NULL, 'registered', 'Gateway states',
     '`sofia status gateway NAME` shows a gateway''s registration state: NOREG (the gateway does not register, as with IP-authenticated trunks), UNREGED (not registered), TRYING and REGISTER (a registration in progress), REGED (registered), UNREGISTER (unregistering), FAILED and FAIL_WAIT (the last registration failed, FreeSWITCH waits before retrying), EXPIRED (the registration ran out) and TIMEOUT (the registrar did not answer).',
     'fs-sofia', 'sofia_state_names'),
    ('freeswitch', NULL, 'reachable', 'A gateway that is down',
     'When a gateway is down (its OPTIONS pings go unanswered, or its registration failed), mod_sofia does not even create the outgoing call: the log says the gateway is down and the call ends at once with GATEWAY_DOWN, before any INVITE leaves.',
     'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch', NULL, NULL, 'X-FS-Support',
     'FreeSWITCH advertises its display-update and INFO support in an X-FS-Support header of its INVITEs and answers (update_display, send_info).',
     'fs-sofia', 'X-FS-Support');

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('freeswitch', 480, 'Temporarily Unavailable (and any unmapped cause)', 'NO_ANSWER (19), SUBSCRIBER_ABSENT (20), NORMAL_UNSPECIFIED (31), and every hangup cause FreeSWITCH does not map, NORMAL_CLEARING included.', 'Read the hangup cause in the CDR or log: it is the real reason.', 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 503, 'Service Unavailable', 'NORMAL_CIRCUIT_CONGESTION (34), NETWORK_OUT_OF_ORDER (38), NORMAL_TEMPORARY_FAILURE (41), SWITCH_CONGESTION (42), REQUESTED_CHAN_UNAVAIL and GATEWAY_DOWN.', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 603, 'Decline (CALL_REJECTED)', 'Hangup cause 21, call rejected: FreeSWITCH sends 603 where RFC 3398 sends 403.', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 488, 'Not Acceptable Here', 'INCOMPATIBLE_DESTINATION (88) or BEARERCAPABILITY_NOTIMPL (65): no media in common.', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 487, 'Request Terminated (ORIGINATOR_CANCEL)', 'The caller hung up before the call was answered.', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 484, 'Address Incomplete', 'INVALID_NUMBER_FORMAT (28).', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 404, 'Not Found', 'UNALLOCATED_NUMBER (1), NO_ROUTE_TRANSIT_NET (2), NO_ROUTE_DESTINATION (3).', NULL, 'fs-hc', 'Q.850 to SIP Code Table');

INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('freeswitch', 503, 'GATEWAY_DOWN', 'system', 'The gateway the call was sent to is down: its registration failed, or it stopped answering pings.', 'Check the gateway with `sofia status gateway NAME`.', 'immediate', 'Every call through the gateway fails until it is up.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch', 503, 'NORMAL_CIRCUIT_CONGESTION', 'system,destination', 'No circuit or channel available (34).', 'Find which side was out of channels: FreeSWITCH''s limits or the carrier.', 'track', 'Comes at peaks.', 'fs-hc', '34'),
    ('freeswitch', 480, 'USER_NOT_REGISTERED', 'system', 'The called user has no registration: FreeSWITCH has nowhere to send the call.', 'Check the user''s device is registered (`sofia status profile NAME reg`).', NULL, NULL, 'fs-hc', 'USER_NOT_REGISTERED'),
    ('freeswitch', 480, 'NO_ANSWER', 'destination', 'The callee was alerted but did not answer (19).', NULL, 'normal', 'A person did not answer.', 'fs-hc', '19'),
    ('freeswitch', 603, 'CALL_REJECTED', 'system,destination', 'The call was rejected (21): by the callee, or by FreeSWITCH''s own dialplan or ACL.', 'If nobody declined, look for the rule that hung up with CALL_REJECTED.', NULL, NULL, 'fs-hc', '21'),
    ('freeswitch', 488, 'INCOMPATIBLE_DESTINATION', 'system,destination', 'Incompatible destination (88): no media in common with the other side: no shared codec, or no agreement on SRTP (RTP/SAVP against RTP/AVP, or no common crypto suite).', 'Compare the RTP profile and crypto lines of offer and answer, then the codecs with the profile''s codec preferences.', 'immediate', 'Every call between the same two sides fails the same way.', 'fs-hc', '88');

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('freeswitch', 480, 'USER_NOT_REGISTERED', 'registered', 'no', 'fs-hc', 'USER_NOT_REGISTERED'),
    ('freeswitch', 480, 'NO_ANSWER', 'registered', 'yes', 'fs-hc', '19'),
    ('freeswitch', 480, 'NO_ANSWER', 'user-outcome', 'yes', 'fs-hc', '19');
-- INCOMPATIBLE_DESTINATION (88) implies no check: FreeSWITCH sends it for a
-- crypto (SRTP) mismatch as for a codec mismatch (outside review 4, F2: R55),
-- so the freeswitch-488 tree asks the encryption before the codecs.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('freeswitch-503-gateway-unregistered', 'The gateway is not registered with the provider (FAILED, FAIL_WAIT, EXPIRED, TIMEOUT or UNREGED), so FreeSWITCH treats it as down and refuses calls through it with GATEWAY_DOWN.',
     'failure', 'customer', 'The SIP provider of the gateway', 'When the credentials and realm are right and the provider still refuses the registration.', 'fs-sofia', 'sofia_state_names'),
    ('freeswitch-503-gateway-down', 'The gateway is registered (or does not register), but it stopped answering FreeSWITCH''s OPTIONS pings (the gateway''s ping parameter), so FreeSWITCH marked it down and refuses the calls itself with GATEWAY_DOWN: the provider never saw them.',
     'failure', 'customer', 'The SIP provider of the gateway', 'When its address answers nothing from FreeSWITCH''s network.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-503-congestion', 'The gateway is up; the call failed on channels: FreeSWITCH''s own limits or the provider''s congestion (NORMAL_CIRCUIT_CONGESTION).',
     'failure', 'customer', NULL, NULL, 'fs-hc', '34'),
    ('freeswitch-503-carrier', 'The gateway is up and below its limits; the 503 came from the provider and FreeSWITCH passed it on.',
     'failure', 'carrier', 'The SIP provider of the gateway, with the Call-ID and time', 'When it repeats.', 'siptriage', NULL),
    ('freeswitch-480-not-registered', 'The called user has no registration on FreeSWITCH (USER_NOT_REGISTERED), so the call has nowhere to go.',
     'failure', 'customer', NULL, NULL, 'fs-hc', 'USER_NOT_REGISTERED'),
    ('freeswitch-480-no-answer', 'The callee was alerted and did not answer: a normal outcome, sent as 480 by FreeSWITCH.',
     'declined', 'far-end', NULL, NULL, 'fs-hc', '19'),
    ('freeswitch-480-unmapped', 'The 480 hides another hangup cause: FreeSWITCH sends 480 for every cause it has no SIP code for (NORMAL_CLEARING included).',
     'failure', 'customer', NULL, NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch-603-declined', 'The callee declined the call; FreeSWITCH reports CALL_REJECTED as 603.',
     'declined', 'far-end', NULL, NULL, 'fs-hc', '21'),
    ('freeswitch-603-rejected-config', 'Nobody declined: FreeSWITCH itself rejected the call (a dialplan rule hanging up with CALL_REJECTED, or an ACL of the profile), and reported it as 603.',
     'failure', 'customer', NULL, NULL, 'fs-hc', '21'),
    ('freeswitch-488-codecs', 'No codec in common between the offer and the profile''s codec preferences (INCOMPATIBLE_DESTINATION).',
     'failure', 'customer', NULL, NULL, 'fs-hc', '88'),
    ('freeswitch-488-srtp', 'One side insists on SRTP (RTP/SAVP with a=crypto) and the other offers or accepts only plain RTP (RTP/AVP); FreeSWITCH reports it as INCOMPATIBLE_DESTINATION (88), as it does a codec mismatch.',
     'failure', 'customer', NULL, NULL, 'fs-srtp', 'rtp_secure_media'),
    ('freeswitch-488-srtp-keys', 'Both sides want SRTP but share no keying: no common a=crypto suite, or one side uses SDES (a=crypto) and the other DTLS-SRTP (a=fingerprint); FreeSWITCH reports it as INCOMPATIBLE_DESTINATION (88).',
     'failure', 'customer', 'The FreeSWITCH administrator, with a SIP trace (sofia global siptrace on)', 'When the suites of offer and answer have one in common and the call is still refused.', 'rfc4568', 'section 6.2'),
    ('freeswitch-488-other', 'Codecs and encryption match; another part of the session description was refused.',
     'failure', 'customer', 'The FreeSWITCH administrator, with a SIP trace (sofia global siptrace on)', 'When the SDP looks sound.', 'siptriage', NULL);

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('freeswitch-503-gateway-unregistered', 1, 'customer', 'Run `sofia status gateway NAME` and note its state and the last failure.', 'fs-sofia', 'sofia_state_names'),
    ('freeswitch-503-gateway-unregistered', 2, 'customer', 'Check the gateway''s username, password, realm and proxy against the provider''s details, and look at the provider''s answer to the REGISTER in a trace.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-503-gateway-unregistered', 3, 'customer', 'After fixing it, `sofia profile NAME rescan` (or restart the gateway) and confirm the state becomes REGED.', 'fs-sofia', 'sofia_state_names'),
    ('freeswitch-503-gateway-unregistered', 4, 'operator', 'Place a test call through the gateway.', 'siptriage', NULL),
    ('freeswitch-503-gateway-down', 1, 'customer', 'Check the gateway''s ping status (`sofia status gateway NAME`) and whether the provider answers OPTIONS from FreeSWITCH''s address.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-503-gateway-down', 2, 'customer', 'Check DNS for the gateway''s proxy, then the firewall and routing between FreeSWITCH and the provider''s signalling address (the OPTIONS must leave and their answers come back).', 'siptriage', NULL),
    ('freeswitch-503-gateway-down', 3, 'operator', 'Only if the OPTIONS reach the provider and get no answer, report it to the provider with the times.', 'siptriage', NULL),
    ('freeswitch-503-gateway-down', 4, 'operator', 'Once `sofia status gateway NAME` shows the gateway UP again, place a test call through it.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-503-congestion', 1, 'customer', 'Compare the calls in progress with FreeSWITCH''s limits (sessions, per-gateway limits) at the time.', 'siptriage', NULL),
    ('freeswitch-503-congestion', 2, 'customer', 'Read in the trace whether the provider sent 503 itself.', 'fs-setup', 'Reading a hangup cause'),
    ('freeswitch-503-carrier', 1, 'operator', 'In the trace, find the provider''s 503 and any Retry-After or Reason header.', 'siptriage', NULL),
    ('freeswitch-503-carrier', 2, 'operator', 'Send the Call-IDs and times to the provider.', 'siptriage', NULL),
    ('freeswitch-480-not-registered', 1, 'customer', 'Check the user''s registration (`sofia status profile NAME reg`).', 'fs-hc', 'USER_NOT_REGISTERED'),
    ('freeswitch-480-not-registered', 2, 'customer', 'Get the device registered again: its credentials, its network, and the NAT in front of it.', 'siptriage', NULL),
    ('freeswitch-480-no-answer', 1, 'operator', 'Confirm the hangup cause is NO_ANSWER; a single one needs no change.', 'fs-hc', '19'),
    ('freeswitch-480-unmapped', 1, 'operator', 'Ask for the call''s hangup cause from the CDR or the log (hangup_cause).', 'fs-setup', 'Reading a hangup cause'),
    ('freeswitch-480-unmapped', 2, 'operator', 'Look it up in the Hangup Cause Code Table and redo the checklist with what it says.', 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch-603-declined', 1, 'operator', 'Confirm with the customer that the callee declined; a single one needs no change.', 'siptriage', NULL),
    ('freeswitch-603-rejected-config', 1, 'customer', 'Look in the log for the dialplan extension that ran hangup with CALL_REJECTED for this call, or an ACL that refused its source.', 'fs-hc', '21'),
    ('freeswitch-603-rejected-config', 2, 'customer', 'Fix the rule or the ACL if the call should have gone through.', 'siptriage', NULL),
    ('freeswitch-488-codecs', 1, 'operator', 'Read the codec list of the offer.', 'siptriage', NULL),
    ('freeswitch-488-codecs', 2, 'customer', 'Add a codec of the offer to the profile''s codec preferences (or the gateway''s), or let FreeSWITCH transcode.', 'siptriage', NULL),
    ('freeswitch-488-srtp', 1, 'operator', 'Compare the m= line profiles of offer and answer (RTP/AVP plain, RTP/SAVP with a=crypto lines), or read which profile the refusal came back to.', 'rfc3264', 'section 6'),
    ('freeswitch-488-srtp', 2, 'customer', 'Make the profile''s or gateway''s rtp_secure_media agree with the other side: false towards a plain-RTP trunk, or mandatory with a suite the other side takes.', 'fs-srtp', 'rtp_secure_media'),
    ('freeswitch-488-srtp', 3, 'operator', 'Place a test call; the codecs need no change unless the refusal remains with the encryption agreed.', 'siptriage', NULL),
    ('freeswitch-488-srtp-keys', 1, 'operator', 'Compare the a=crypto suites (AES_CM_128_HMAC_SHA1_80, AES_CM_128_HMAC_SHA1_32, AEAD_AES_256_GCM...) and any a=fingerprint lines of offer and answer.', 'rfc4568', 'section 6.2'),
    ('freeswitch-488-srtp-keys', 2, 'customer', 'List in rtp_secure_media (or rtp_secure_media_inbound/outbound) a suite the other side offers, or use the same keying (SDES or DTLS-SRTP) on both sides.', 'fs-srtp', 'rtp_secure_media'),
    ('freeswitch-488-srtp-keys', 3, 'operator', 'Place a test call and check the answer carries an a=crypto line with the same suite.', 'rfc4568', 'section 6.2'),
    ('freeswitch-488-other', 1, 'operator', 'Attach a SIP trace of the call with both SDP bodies.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('freeswitch-503', 'FreeSWITCH 503: gateway state, reachability, channels', 'q1', NULL, 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-480', 'FreeSWITCH 480: registration, no answer, or an unmapped cause', 'q1', NULL, 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch-603', 'FreeSWITCH 603: declined or rejected by configuration', 'q1', NULL, 'fs-hc', '21'),
    ('freeswitch-488', 'FreeSWITCH 488: codecs and SRTP', 'q1', NULL, 'fs-hc', '88');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('freeswitch-503', 'q1', 'registered', 'yes', 'q2', NULL, NULL, 'freeswitch-503-gateway-unregistered'),
    -- Failed OPTIONS pings are how FreeSWITCH marks a gateway down and then
    -- refuses calls itself (outside review 2, N30): asked before reachability.
    ('freeswitch-503', 'q2', 'options-ok', 'yes', 'q4', NULL, NULL, 'freeswitch-503-gateway-down'),
    ('freeswitch-503', 'q4', 'reachable', 'yes', 'q3', NULL, NULL, 'freeswitch-503-gateway-down'),
    -- The gateway is up and below its limits: did the provider's 503 say its
    -- condition is temporary (Retry-After, Q.850 41, 34 or 42)?  Asked after
    -- the gateway's state, since FreeSWITCH's own refusals also carry cause
    -- 34 (outside review 4, F1; RFC 3261 section 21.5.4).
    ('freeswitch-503', 'q3', 'capacity', 'yes', 'q5', NULL, NULL, 'freeswitch-503-congestion'),
    ('freeswitch-503', 'q5', 'network-congestion', 'no', NULL, 'gen-503-congestion', NULL, 'freeswitch-503-carrier'),
    ('freeswitch-480', 'q1', 'registered', 'yes', 'q2', NULL, NULL, 'freeswitch-480-not-registered'),
    ('freeswitch-480', 'q2', 'user-outcome', 'yes', NULL, 'freeswitch-480-no-answer', NULL, 'freeswitch-480-unmapped'),
    ('freeswitch-603', 'q1', 'user-outcome', 'yes', NULL, 'freeswitch-603-declined', NULL, 'freeswitch-603-rejected-config'),
    -- RTP against SRTP before the codecs: cause 88 covers both (outside
    -- review 4, F2: R55), and the m= profile must not be overruled by a
    -- codec guess.  A keying mismatch is asked once the codecs are shared.
    ('freeswitch-488', 'q1', 'media-encryption', 'yes', 'q2', NULL, NULL, 'freeswitch-488-srtp'),
    ('freeswitch-488', 'q2', 'codecs', 'no', 'q3', NULL, NULL, 'freeswitch-488-codecs'),
    ('freeswitch-488', 'q3', 'srtp-keys-match', 'yes', NULL, 'freeswitch-488-other', NULL, 'freeswitch-488-srtp-keys');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('freeswitch', 503, NULL, NULL, NULL, 'freeswitch-503', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch', 480, NULL, NULL, NULL, 'freeswitch-480', 'fs-hc', 'Q.850 to SIP Code Table'),
    ('freeswitch', 603, NULL, NULL, NULL, 'freeswitch-603', 'fs-hc', '21'),
    ('freeswitch', 488, NULL, NULL, NULL, 'freeswitch-488', 'fs-hc', '88');

INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('freeswitch-503-gateway-down', 'immediate', 'Every call through the gateway fails until it is up.', 'fs-sofia', 'sofia_outgoing_channel: gateway down'),
    ('freeswitch-503-gateway-unregistered', 'immediate', 'Every call through the gateway fails until it is up.', 'fs-sofia', 'sofia_outgoing_channel: gateway down');

-- The customer's own FreeSWITCH as the refuser (outside review 4, F6): a
-- 403 it sends (initiator destination: the called side is the PBX) is about
-- the profile's access lists, its domains and the directory, never the
-- provider's portal.
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('freeswitch-403-inbound-acl', 'The customer''s FreeSWITCH refuses the call itself: the sofia profile that received it has an inbound access list (apply-inbound-acl) that does not admit the sender''s address, so the call is rejected before the dialplan ("Rejected by acl" in the log). On a profile that authenticates calls, an address outside the list is challenged instead; a 403 after the challenge means the credentials do not match the directory user.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the sender''s addresses are in the list the profile applies and the 403 still comes: with the fs_cli log of one refused call (sofia loglevel raised).',
     'fs-acl', 'apply-inbound-acl'),
    ('freeswitch-403-register', 'The customer''s FreeSWITCH refuses the REGISTER at once, before any challenge: the profile''s registration access list (apply-register-acl) does not admit the phone''s address, the profile does not take registrations, or the domain in the REGISTER is not one the profile serves. After an answered challenge, a 403 means the user or password does not match the directory.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the phone''s address is admitted, the domain and user exist in the directory, and the REGISTER is still refused: with the fs_cli log of the refusal.',
     'fs-acl', 'apply-register-acl');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('freeswitch-403-inbound-acl', 1, 'customer', 'In fs_cli, repeat the call and look for "Rejected by acl" with the list''s name, and the profile the call came in on.', 'fs-acl', 'apply-inbound-acl'),
    ('freeswitch-403-inbound-acl', 2, 'customer', 'Add the sender''s signalling addresses (for a carrier, every one it sends from) to that list in acl.conf.xml, then `reloadacl`.', 'fs-acl', 'acl.conf.xml'),
    ('freeswitch-403-inbound-acl', 3, 'customer', 'If the call was challenged first, compare the caller''s credentials with the directory user of that domain.', 'fs-profiles', 'authentication'),
    ('freeswitch-403-inbound-acl', 4, 'operator', 'Ask for a test call from the same sender and confirm it gets 100/18x instead of the 403.', 'siptriage', NULL),
    ('freeswitch-403-register', 1, 'customer', 'In fs_cli, repeat the registration and read the log line of the refusal: an access list (apply-register-acl) names the list, an unknown domain or user names them.', 'fs-acl', 'apply-register-acl'),
    ('freeswitch-403-register', 2, 'customer', 'Admit the phone''s source address in the list the profile applies to registrations (or remove the list if the phones authenticate by password), then `reloadacl`.', 'fs-acl', 'apply-register-acl'),
    ('freeswitch-403-register', 3, 'customer', 'Check that the phone registers to the profile and domain that serve it (the domain in the REGISTER exists in the directory), and that its user and password match the directory.', 'fs-profiles', 'domains'),
    ('freeswitch-403-register', 4, 'customer', 'If a ban tool (fail2ban) watches the FreeSWITCH log, check it has not banned the phone''s address after failed attempts; find the device with the old password first.', 'siptriage', NULL),
    ('freeswitch-403-register', 5, 'operator', 'Confirm the phone''s next REGISTER is answered 200 OK (`sofia status profile NAME reg`).', 'fs-hc', 'USER_NOT_REGISTERED');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('freeswitch-403', 'FreeSWITCH as the refuser, 403: registrations (register ACL, domain, directory) or calls (inbound ACL)', 'q0', NULL, 'fs-acl', 'apply-inbound-acl; apply-register-acl');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('freeswitch-403', 'q0', 'pbx-refused', 'yes', 'q1', NULL, NULL, 'pbx-403-not-pbx'),
    ('freeswitch-403', 'q1', 'register-forbidden', 'no', NULL, 'freeswitch-403-register', NULL, 'freeswitch-403-inbound-acl');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('freeswitch', 403, NULL, 'destination', NULL, 'freeswitch-403', 'seed-003', 'Disconnect Initiator table, Destination');
INSERT INTO outcome_scope (outcome, initiator, source, cite) VALUES
    ('freeswitch-403-inbound-acl', 'destination', 'seed-003', 'Disconnect Initiator table, Destination'),
    ('freeswitch-403-register', 'destination', 'seed-003', 'Disconnect Initiator table, Destination');
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('freeswitch-403-inbound-acl', 'immediate', 'Every call from that sender is refused until the PBX admits it.', 'fs-acl', 'apply-inbound-acl'),
    ('freeswitch-403-register', 'immediate', 'A phone that cannot register receives no call at all.', 'rfc3261', 'section 10');
