-- siptriage knowledge base: vendor context 'telnyx' (Telnyx SIP trunking).
--
-- Built from Telnyx's public developer documentation: "SIP Response Codes"
-- (source 'tnx-rc', in references.sql: the D-, P-, R-, PE-, T- and B-series
-- codes with their SIP status), "SIP Authentication Methods" ('tnx-auth'),
-- the SIP trunking overview of connections and outbound voice profiles
-- ('tnx-st') and "Caller ID Policy" ('tnx-cid').  The advice is in our own
-- words.
--
-- Who is who in this file (owner and step actors):
--   operator  the L1 desk: reads the Telnyx Mission Control portal and traces.
--   customer  the Telnyx account holder: its PBX/SBC and its SIP connection
--             and outbound voice profile settings.
--   carrier   Telnyx itself (and the carriers beyond it).
--   far-end   the called party.
--
-- Reasons: the Telnyx code documented for a failed call (D38, PE1, ...),
-- typed with -r D38.

INSERT INTO source (id, title, locator) VALUES
    ('tnx-auth', 'Telnyx "SIP Authentication Methods"', 'https://developers.telnyx.com/docs/voice/sip-trunking/authentication/credential-types'),
    ('tnx-st', 'Telnyx "SIP Trunking" overview: SIP Connections and Outbound Voice Profiles', 'https://developers.telnyx.com/docs/voice/sip-trunking');

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('telnyx', 'Telnyx SIP trunking',
     'Telnyx''s SIP trunking: a SIP connection authenticates the customer''s PBX/SBC and delivers calls to its numbers; an outbound voice profile assigned to the connection decides where it may call, at what rates and spend.',
     'The SIP status of the failed call, with Telnyx''s own code for it (a D-, P-, R-, PE-, T- or B-series code such as D38), which the SIP Response Codes reference explains with a resolution.',
     'tnx-rc', 'SIP Response Codes');

INSERT INTO check_def (id, statement, negation, question, where_to_find, why, source, cite) VALUES
    ('outbound-profile',
     'An outbound voice profile is assigned to the SIP connection and allows the call (enabled, destination in its plan, within its limits).',
     'No outbound voice profile is assigned to the SIP connection, or the profile does not allow this call.',
     'Is an outbound voice profile assigned to the connection, and does it allow this call?',
     'Telnyx portal: the SIP connection''s Outbound settings, and the outbound voice profile it names.',
     'Without an outbound voice profile Telnyx places no outbound call on the connection; the profile also holds the destinations, rate limits and daily spend cap.',
     'tnx-st', 'Outbound Voice Profiles');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('telnyx', NULL, NULL, 'Connections and outbound voice profiles',
     'Inbound traffic and authentication belong to the SIP connection (its numbers are delivered through it); outbound routing, allowed destinations, rate limits and the daily spend limit belong to the outbound voice profile assigned to the connection.',
     'tnx-st', 'SIP Connections; Outbound Voice Profiles'),
    ('telnyx', NULL, 'credentials-valid', 'Connection types',
     'A connection authenticates by credentials (username and password, registration), by IP (the source address, optionally with a 4-digit tech prefix before the number, an X-Telnyx-Token header, or the billed number in P-Charge-Info), or by FQDN (inbound to a hostname, outbound with credentials or IP). Credentials work with dynamic addresses; IP methods need a static one.',
     'tnx-auth', 'Methods; Comparison'),
    ('telnyx', NULL, 'caller-id-valid', 'Caller ID',
     'Telnyx reads the caller ID from P-Preferred-Identity, then P-Asserted-Identity, then Remote-Party-ID, then From; an invalid one is refused with D35, another account''s number with D36.',
     'tnx-cid', NULL),
    ('telnyx', 488, 'codecs', 'Media Telnyx accepts',
     'A 488 from Telnyx comes from the SDP: a private address, a T.38 mismatch, IPv6 media, a codec outside G.711, G.722, G.729 and Opus, or inconsistent SRTP.',
     'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx', NULL, 'capacity', 'Where the limits are',
     'Telnyx counts concurrent calls globally for the account (D1), per outbound voice profile (D2), per connection (D3) and per channel allocation (D22); each is set in the portal.',
     'tnx-rc', 'D1X, D2X, D3X');

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('telnyx', 403, 'Forbidden', 'Telnyx refused the call for a reason of the account, the connection, its outbound voice profile, the caller ID or a limit; the accompanying D- or P-code says which.', 'Read the Telnyx code and follow its resolution.', 'tnx-rc', 'D-Series Codes'),
    ('telnyx', 404, 'Not Found', 'The connection is inactive (D18), the account is blocked for billing (D19), or the destination has no route (D40) or is an unsupported special number (D59).', 'Read the Telnyx code.', 'tnx-rc', 'D1X, D4X, D5X'),
    ('telnyx', 480, 'Temporarily Unavailable', 'For a credential connection: the SIP client is not registered (RG1). Also: no destination or forwarding number for the number (D21).', 'Register the SIP client, or give the number a destination.', 'tnx-rc', 'R-Series Codes; D2X'),
    ('telnyx', 488, 'Not Acceptable Here', 'The media offer is not acceptable: SRTP mismatch (B3), private address, T.38, IPv6 or codec.', 'Align the media settings of the PBX and the connection.', 'tnx-rc', 'B-Series; 488 Not Acceptable Media'),
    ('telnyx', 503, 'Service Unavailable', 'No route to the destination (PE1 to PE6) or a downstream carrier''s failure (TV1).', 'Check the destination; retry or route otherwise.', 'tnx-rc', 'PE-Series; T-Series');

INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('telnyx', 403, 'D38', 'system', 'No outbound voice profile is assigned to the connection.', 'Assign an outbound voice profile to the connection.', 'immediate', 'No outbound call works on the connection.', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D7', 'system', 'No outbound voice profile is assigned.', 'Assign an outbound voice profile to the connection.', 'immediate', 'No outbound call works on the connection.', 'tnx-rc', 'D7X, D8X, D9X'),
    ('telnyx', 403, 'D41', 'system', 'The dialled prefix is forbidden for fraud prevention.', 'Ask Telnyx support to enable the destination, if it is really needed.', 'track', 'One destination; many distinct ones may mean a compromised PBX.', 'tnx-rc', 'D4X'),
    ('telnyx', 403, 'D9', 'system', 'The rate limit for international destinations was reached.', 'Review the rate limits, or ask Telnyx support.', 'track', 'Comes with bursts of international calls.', 'tnx-rc', 'D7X, D8X, D9X'),
    ('telnyx', 403, 'D24', 'system', 'The destination''s rate per minute is above the maximum the outbound voice profile allows.', 'Raise the maximum rate in the outbound voice profile, if calls there are wanted.', 'track', 'Affects the expensive destinations only.', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D35', 'system', 'The caller ID is not in a valid format.', 'Send the caller ID in E.164, e.g. +12125551234.', 'immediate', 'Every call with that caller ID fails.', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D36', 'system', 'The caller ID is a number of another Telnyx account.', 'Use only numbers of this account (or verified ones) as caller ID.', 'immediate', 'Every call with that caller ID fails.', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D1', 'system', 'The account''s concurrent outbound calls exceed its global limit.', 'Reduce concurrent calls or raise the limit.', 'track', 'Comes at peaks.', 'tnx-rc', 'D1X'),
    ('telnyx', 403, 'D2', 'system', 'The outbound voice profile''s concurrent call limit is exceeded.', 'Reduce concurrent calls or raise the profile''s limit.', 'track', 'Comes at peaks.', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D3', 'system', 'The connection''s concurrent call limit is exceeded.', 'Reduce concurrent calls or raise the connection''s limit.', 'track', 'Comes at peaks.', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D22', 'system', 'A channel limit (of the number, the connection or the profile) is exceeded.', 'Check the channel allocations.', 'track', 'Comes at peaks.', 'tnx-rc', 'D2X'),
    ('telnyx', 404, 'D18', 'system', 'The SIP connection is inactive.', 'Enable the SIP connection.', 'immediate', 'No call works on the connection.', 'tnx-rc', 'D1X'),
    ('telnyx', 404, 'D19', 'system', 'The account is blocked for billing.', 'Review the account balance and payment method.', 'immediate', 'No call works on the account.', 'tnx-rc', 'D1X'),
    ('telnyx', 404, 'D40', 'system', 'The destination exists but has no route.', 'Check the number; if it is right, send it to Telnyx support.', 'track', 'Usually one destination.', 'tnx-rc', 'D4X'),
    ('telnyx', 480, 'RG1', 'system', 'The user of a credential connection is not registered.', 'Register the SIP client before calling it.', NULL, NULL, 'tnx-rc', 'R-Series Codes'),
    ('telnyx', 488, 'B3', 'system', 'SRTP mismatch: encrypted media was expected.', 'Enable SRTP on the SIP client, or disable it on the connection.', 'immediate', 'Every call on the connection fails the same way.', 'tnx-rc', 'B-Series'),
    ('telnyx', 503, 'PE1', 'system', 'No routes were found for the destination.', 'Check the destination is reachable and correctly dialled.', 'track', 'Usually one destination.', 'tnx-rc', 'PE-Series'),
    ('telnyx', 503, 'TV1', 'system', 'A downstream carrier failed to terminate the call.', 'Retry, or route the call otherwise.', 'track', 'A carrier fault beyond Telnyx: watch whether it spreads.', 'tnx-rc', 'T-Series');

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('telnyx', 403, 'D38', 'outbound-profile', 'no', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D7', 'outbound-profile', 'no', 'tnx-rc', 'D7X, D8X, D9X'),
    ('telnyx', 403, 'D41', 'outbound-profile', 'yes', 'tnx-rc', 'D4X'),
    ('telnyx', 403, 'D41', 'geo-permission', 'no', 'tnx-rc', 'D4X'),
    ('telnyx', 403, 'D9', 'outbound-profile', 'yes', 'tnx-rc', 'D7X, D8X, D9X'),
    ('telnyx', 403, 'D9', 'geo-permission', 'no', 'tnx-rc', 'D7X, D8X, D9X'),
    ('telnyx', 403, 'D24', 'outbound-profile', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D24', 'geo-permission', 'no', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D35', 'outbound-profile', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D35', 'geo-permission', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D35', 'caller-id-valid', 'no', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D36', 'outbound-profile', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D36', 'geo-permission', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D36', 'caller-id-valid', 'no', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D1', 'outbound-profile', 'yes', 'tnx-rc', 'D1X'),
    ('telnyx', 403, 'D1', 'geo-permission', 'yes', 'tnx-rc', 'D1X'),
    ('telnyx', 403, 'D1', 'caller-id-valid', 'yes', 'tnx-rc', 'D1X'),
    ('telnyx', 403, 'D1', 'capacity', 'no', 'tnx-rc', 'D1X'),
    ('telnyx', 403, 'D2', 'outbound-profile', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D2', 'geo-permission', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D2', 'caller-id-valid', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D2', 'capacity', 'no', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D3', 'outbound-profile', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D3', 'geo-permission', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D3', 'caller-id-valid', 'yes', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D3', 'capacity', 'no', 'tnx-rc', 'D3X'),
    ('telnyx', 403, 'D22', 'outbound-profile', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D22', 'geo-permission', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D22', 'caller-id-valid', 'yes', 'tnx-rc', 'D2X'),
    ('telnyx', 403, 'D22', 'capacity', 'no', 'tnx-rc', 'D2X'),
    ('telnyx', 404, 'D19', 'balance', 'no', 'tnx-rc', 'D1X'),
    ('telnyx', 404, 'D40', 'balance', 'yes', 'tnx-rc', 'D4X'),
    ('telnyx', 404, 'D40', 'dial-pattern', 'yes', 'tnx-rc', 'D4X'),
    ('telnyx', 480, 'RG1', 'registered', 'no', 'tnx-rc', 'R-Series Codes'),
    ('telnyx', 488, 'B3', 'media-encryption', 'no', 'tnx-rc', 'B-Series');

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('telnyx-403-no-profile', 'No outbound voice profile is assigned to the SIP connection (D38 or D7), so Telnyx places no outbound call on it.',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D3X; D7X'),
    ('telnyx-403-destination', 'The outbound voice profile or Telnyx''s fraud controls do not allow this destination: a forbidden prefix (D41), the international rate limit (D9), or a rate above the profile''s maximum (D24).',
     'failure', 'customer', 'Telnyx support', 'For D41, when the destination is genuinely needed.', 'tnx-rc', 'D4X; D9; D24'),
    ('telnyx-403-caller-id', 'The caller ID is refused: not in E.164 (D35), or a number of another account (D36).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D3X'),
    ('telnyx-403-limits', 'A concurrent-call or channel limit is reached: of the account (D1), the outbound voice profile (D2), the connection (D3) or a channel allocation (D22).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D1X, D2X, D3X'),
    ('telnyx-403-auth', 'Telnyx did not authenticate the call on the connection: wrong credentials, an unknown source IP, a missing tech prefix or token (D25 to D29).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D2X'),
    ('telnyx-403-other', 'Profile, destination, caller ID, limits and authentication are in order, yet Telnyx refuses: the Telnyx code of the call names the cause.',
     'failure', 'carrier', 'Telnyx support, with the call''s Telnyx code, time and numbers', 'When the code is not one the desk can act on.', 'siptriage', NULL),
    ('telnyx-404-billing', 'The Telnyx account is blocked for billing (D19): no call goes through until it is settled.',
     'failure', 'customer', 'Telnyx billing support', 'If the balance and payment method are in order and calls still get D19.', 'tnx-rc', 'D1X'),
    ('telnyx-404-connection', 'The SIP connection is inactive (D18): Telnyx takes no call on it.',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D1X'),
    ('telnyx-404-number', 'The dialled number is not one Telnyx can route as dialled: wrong format, or a special or short number not supported in the region (D59).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'D5X'),
    ('telnyx-404-no-route', 'The destination exists but Telnyx has no route to it (D40).',
     'failure', 'carrier', 'Telnyx support, with the number and time', 'When the number is valid and in service.', 'tnx-rc', 'D4X'),
    ('telnyx-480-unregistered', 'The number belongs to a credential connection whose SIP client is not registered (RG1), so Telnyx has nowhere to deliver the call.',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'R-Series Codes'),
    ('telnyx-480-far-end', 'The client is registered; the callee or its device is unavailable.',
     'declined', 'far-end', NULL, NULL, 'siptriage', NULL),
    ('telnyx-488-srtp', 'The PBX and the connection disagree on SRTP: encrypted media was expected (B3).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', 'B-Series'),
    ('telnyx-488-private-ip', 'The SDP carries a private address, which Telnyx refuses.',
     'failure', 'customer', NULL, NULL, 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-488-codec', 'The offer has no codec Telnyx accepts (G.711, G.722, G.729 or Opus).',
     'failure', 'customer', NULL, NULL, 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-488-other', 'Codecs, addresses and SRTP are in order; the refusal comes from T.38 settings or IPv6 media.',
     'failure', 'customer', 'Telnyx support, with a trace', 'When T.38 and IPv4 are in order too.', 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-503-routing', 'Telnyx found no route to the destination (PE1 to PE6), or a downstream carrier failed (TV1).',
     'failure', 'carrier', 'Telnyx support, with the numbers and times', 'When it repeats for a valid destination.', 'tnx-rc', 'PE-Series; T-Series');

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('telnyx-403-no-profile', 1, 'operator', 'In the Telnyx portal open the SIP connection''s Outbound settings and check which outbound voice profile it names.', 'tnx-st', 'Outbound Voice Profiles'),
    ('telnyx-403-no-profile', 2, 'customer', 'Assign an outbound voice profile to the connection (create one if the account has none).', 'tnx-rc', 'D3X'),
    ('telnyx-403-no-profile', 3, 'operator', 'Place a test call and confirm it is no longer refused with D38.', 'siptriage', NULL),
    ('telnyx-403-destination', 1, 'operator', 'Note the dialled number and its country, and the Telnyx code.', 'tnx-rc', 'D4X'),
    ('telnyx-403-destination', 2, 'customer', 'For D24, raise the maximum rate of the outbound voice profile; for D9, review the international rate limit.', 'tnx-rc', 'D2X; D9'),
    ('telnyx-403-destination', 3, 'operator', 'For D41, ask Telnyx support to enable the prefix if the customer needs it; if nobody expected the call, check the PBX for toll fraud.', 'tnx-rc', 'D4X'),
    ('telnyx-403-caller-id', 1, 'operator', 'Read the caller ID in the trace, in the header Telnyx reads first (P-Preferred-Identity, P-Asserted-Identity, Remote-Party-ID, then From).', 'tnx-cid', NULL),
    ('telnyx-403-caller-id', 2, 'customer', 'Send it in E.164 (for example +12125551234) and use only the account''s own or verified numbers.', 'tnx-rc', 'D3X'),
    ('telnyx-403-limits', 1, 'operator', 'From the code, find which limit was hit: account (D1), outbound voice profile (D2), connection (D3) or channels (D22).', 'tnx-rc', 'D1X, D2X, D3X'),
    ('telnyx-403-limits', 2, 'operator', 'Compare the concurrent calls at the time with that limit in the portal.', 'siptriage', NULL),
    ('telnyx-403-limits', 3, 'customer', 'Raise the limit, or spread the calls over time.', 'tnx-rc', 'D1X, D2X, D3X'),
    ('telnyx-403-auth', 1, 'operator', 'Check the connection''s authentication type: credentials, IP (with tech prefix, token or P-Charge-Info) or FQDN.', 'tnx-auth', 'Methods'),
    ('telnyx-403-auth', 2, 'customer', 'For credentials, set the PBX''s username and password to the connection''s; for IP, send from the listed address with the prefix or header the method needs.', 'tnx-auth', 'Methods'),
    ('telnyx-403-auth', 3, 'operator', 'Place a test call and confirm it authenticates.', 'siptriage', NULL),
    ('telnyx-403-other', 1, 'operator', 'Look the Telnyx code up in the SIP Response Codes reference and apply its resolution.', 'tnx-rc', 'SIP Response Codes'),
    ('telnyx-403-other', 2, 'operator', 'If it is not one the customer can fix, open a ticket with Telnyx support with the code, time and numbers.', 'siptriage', NULL),
    ('telnyx-404-billing', 1, 'operator', 'Check the account''s balance and payment method in the portal.', 'tnx-rc', 'D1X'),
    ('telnyx-404-billing', 2, 'customer', 'Settle the balance or fix the payment method.', 'tnx-rc', 'D1X'),
    ('telnyx-404-billing', 3, 'operator', 'Place a test call once the account is unblocked.', 'siptriage', NULL),
    ('telnyx-404-connection', 1, 'operator', 'In the portal open the SIP connection and check whether it is active.', 'tnx-rc', 'D1X'),
    ('telnyx-404-connection', 2, 'customer', 'Enable the connection, and check that the numbers are assigned to it.', 'tnx-rc', 'D1X'),
    ('telnyx-404-connection', 3, 'operator', 'Place a test call and confirm it is no longer refused with D18.', 'siptriage', NULL),
    ('telnyx-404-number', 1, 'operator', 'Read the dialled number in the trace and check it is complete and in E.164.', 'siptriage', NULL),
    ('telnyx-404-number', 2, 'customer', 'Fix the PBX''s dial plan, or use a number type Telnyx supports in the region.', 'tnx-rc', 'D5X'),
    ('telnyx-404-no-route', 1, 'operator', 'Confirm the number is valid and in service (call it another way).', 'siptriage', NULL),
    ('telnyx-404-no-route', 2, 'operator', 'Open a ticket with Telnyx support with the number, time and code.', 'tnx-rc', 'D4X'),
    ('telnyx-480-unregistered', 1, 'operator', 'Check the registration status of the credential connection in the portal.', 'tnx-rc', 'R-Series Codes'),
    ('telnyx-480-unregistered', 2, 'customer', 'Register the SIP client (PBX, phone) with the connection''s username and password, and keep it registered.', 'tnx-rc', 'R-Series Codes'),
    ('telnyx-480-unregistered', 3, 'customer', 'If the client registers but drops, check its registration interval and the NAT in front of it.', 'siptriage', NULL),
    ('telnyx-480-far-end', 1, 'operator', 'Confirm the client was registered at the time; a single 480 to a person is a normal outcome.', 'siptriage', NULL),
    ('telnyx-488-srtp', 1, 'operator', 'Compare the connection''s media encryption setting with the PBX''s offer (RTP/SAVP or RTP/AVP).', 'tnx-rc', 'B-Series'),
    ('telnyx-488-srtp', 2, 'customer', 'Enable SRTP on the PBX, or disable it on the connection.', 'tnx-rc', 'B-Series'),
    ('telnyx-488-private-ip', 1, 'operator', 'Read the c= address of the PBX''s SDP in the trace.', 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-488-private-ip', 2, 'customer', 'Make the PBX advertise its public address (NAT settings, external media address), or fix the ALG that rewrites it.', 'siptriage', NULL),
    ('telnyx-488-codec', 1, 'operator', 'Read the codec list of the offer.', 'siptriage', NULL),
    ('telnyx-488-codec', 2, 'customer', 'Enable G.711 (PCMU/PCMA), G.722, G.729 or Opus on the PBX trunk towards Telnyx.', 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-488-other', 1, 'customer', 'For fax, make the T.38 settings match on both sides; use IPv4 addresses for media.', 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-488-other', 2, 'operator', 'If it persists, open a ticket with Telnyx support with the trace.', 'siptriage', NULL),
    ('telnyx-503-routing', 1, 'operator', 'Check the dialled number is valid and correctly formatted.', 'tnx-rc', 'PE-Series'),
    ('telnyx-503-routing', 2, 'customer', 'For TV1, retry the call or route it through another carrier.', 'tnx-rc', 'T-Series'),
    ('telnyx-503-routing', 3, 'operator', 'If it repeats for a valid destination, open a ticket with Telnyx support with the numbers and times.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('telnyx-403', 'Telnyx 403: profile, destination, caller ID, limits, authentication', 'q1', NULL, 'tnx-rc', 'D-Series Codes'),
    ('telnyx-404', 'Telnyx 404: billing, number, route', 'q1', NULL, 'tnx-rc', 'D1X, D4X, D5X'),
    ('telnyx-404-inactive', 'Telnyx 404 D18: connection inactive', NULL, 'telnyx-404-connection', 'tnx-rc', 'D1X'),
    ('telnyx-480', 'Telnyx 480: registration', 'q1', NULL, 'tnx-rc', 'R-Series Codes'),
    ('telnyx-488', 'Telnyx 488: media', 'q1', NULL, 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx-503', 'Telnyx 503: routing', NULL, 'telnyx-503-routing', 'tnx-rc', 'PE-Series; T-Series');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('telnyx-403', 'q1', 'outbound-profile', 'yes', 'q2', NULL, NULL, 'telnyx-403-no-profile'),
    ('telnyx-403', 'q2', 'geo-permission', 'yes', 'q3', NULL, NULL, 'telnyx-403-destination'),
    ('telnyx-403', 'q3', 'caller-id-valid', 'yes', 'q4', NULL, NULL, 'telnyx-403-caller-id'),
    ('telnyx-403', 'q4', 'capacity', 'yes', 'q5', NULL, NULL, 'telnyx-403-limits'),
    ('telnyx-403', 'q5', 'credentials-valid', 'yes', NULL, 'telnyx-403-other', NULL, 'telnyx-403-auth'),
    ('telnyx-404', 'q1', 'balance', 'yes', 'q2', NULL, NULL, 'telnyx-404-billing'),
    ('telnyx-404', 'q2', 'dial-pattern', 'yes', NULL, 'telnyx-404-no-route', NULL, 'telnyx-404-number'),
    ('telnyx-480', 'q1', 'registered', 'yes', NULL, 'telnyx-480-far-end', NULL, 'telnyx-480-unregistered'),
    ('telnyx-488', 'q1', 'media-encryption', 'yes', 'q2', NULL, NULL, 'telnyx-488-srtp'),
    ('telnyx-488', 'q2', 'nat-clean', 'yes', 'q3', NULL, NULL, 'telnyx-488-private-ip'),
    ('telnyx-488', 'q3', 'codecs', 'yes', NULL, 'telnyx-488-other', NULL, 'telnyx-488-codec');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('telnyx', 403, NULL, NULL, NULL, 'telnyx-403', 'tnx-rc', 'D-Series Codes'),
    ('telnyx', 404, NULL, NULL, NULL, 'telnyx-404', 'tnx-rc', 'D1X, D4X, D5X'),
    ('telnyx', 404, NULL, NULL, 'D18', 'telnyx-404-inactive', 'tnx-rc', 'D1X'),
    ('telnyx', 480, NULL, NULL, NULL, 'telnyx-480', 'tnx-rc', 'R-Series Codes'),
    ('telnyx', 488, NULL, NULL, NULL, 'telnyx-488', 'tnx-rc', '488 Not Acceptable Media'),
    ('telnyx', 503, NULL, NULL, NULL, 'telnyx-503', 'tnx-rc', 'PE-Series; T-Series');

-- Outside review 2, N23: the same fact must reach the same severity whether
-- it is typed as the reason (-r D38) or as the answer (outbound-profile = no).
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('telnyx-403-no-profile', 'immediate', 'No outbound call works on the connection until an outbound voice profile is assigned.', 'tnx-rc', 'D3X');
