-- siptriage knowledge base: vendor context 'twilio' (Twilio Elastic SIP Trunking).
--
-- Built from Twilio's public documentation: "Troubleshooting your Trunk"
-- (source 'tw-ts', in references.sql), the Error and Warning Dictionary
-- entries of the 32xxx SIP series ('tw-err', cited by error code), "SIP
-- Trunking Scale and Limits", "Calls per Second (CPS) - Trunking
-- Termination", the IpAccessControlList, CredentialList and OriginationUrl
-- resources, and the changelog entry on 603 Decline for inactive accounts.
-- The advice is written in our own words.
--
-- Who is who in this file (owner and step actors):
--   operator  the L1 desk: reads the Twilio Console (Call Logs, Debugger)
--             and the trace, and guides the customer.
--   customer  the Twilio account holder: its PBX/SBC and its trunk settings
--             (Termination: URI, IP ACL, credential lists; Origination URIs;
--             geographic permissions; caller IDs).
--   carrier   Twilio itself.
--   far-end   the PSTN party.
-- Directions, as Twilio names them: termination = from the customer's
-- PBX/SBC through Twilio to the PSTN; origination = from the PSTN through
-- Twilio to the customer's PBX/SBC.
--
-- Reasons: the Debugger error code Twilio puts in the X-Twilio-Error header
-- of its response (e.g. "X-Twilio-Error: 32201 ..."), typed with -r 32201.

INSERT INTO source (id, title, locator) VALUES
    ('tw-err', 'Twilio Error and Warning Dictionary (SIP 32xxx series)', 'https://www.twilio.com/docs/api/errors'),
    ('tw-limits', 'Twilio "SIP Trunking Scale and Limits"', 'https://www.twilio.com/docs/sip-trunking/scale-and-limits'),
    ('tw-cps', 'Twilio "Calls per Second (CPS) - Trunking Termination"', 'https://www.twilio.com/docs/sip-trunking/cps-trunk-termination'),
    ('tw-acl', 'Twilio SIP Trunking API "IpAccessControlList Resource"', 'https://www.twilio.com/docs/sip-trunking/api/ipaccesscontrollist-resource'),
    ('tw-ouri', 'Twilio SIP Trunking API "OriginationUrl Resource"', 'https://www.twilio.com/docs/sip-trunking/api/originationurl-resource'),
    ('tw-trunk', 'Twilio SIP Trunking API "Trunk Resource"', 'https://www.twilio.com/docs/api/sip-trunking/rest/trunks'),
    ('tw-603', 'Twilio changelog "603 Decline response to termination calls sent to an inactive account" (2022-07-11)', 'https://www.twilio.com/en-us/changelog/-603-decline--response-to-termination-calls-sent-to-an-inactive-');

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('twilio', 'Twilio Elastic SIP Trunking',
     'Twilio''s SIP trunking service: the customer''s PBX or SBC sends calls to the PSTN through a Twilio trunk (termination) and receives calls to its Twilio numbers from it (origination).',
     'The Elastic SIP Trunking Call Logs in the Twilio Console (searchable by SIP Call-ID, downloadable as CSV), the Debugger''s alerts with their 32xxx error codes, and the X-Twilio-Error header of Twilio''s SIP responses, which carries the same code.',
     'tw-ts', 'SIP Trunking Debugger Alerts; Elastic SIP Trunking Call Logs');

-- ---------------------------------------------------------------------------
-- Checks this context adds to the vocabulary.

INSERT INTO check_def (id, statement, negation, question, where_to_find, why, source, cite) VALUES
    ('termination-uri',
     'The INVITE is addressed to the trunk''s Termination URI (the Request-URI host is the trunk''s domain, e.g. name.pstn.twilio.com).',
     'The INVITE is not addressed to the trunk''s Termination URI (another host in the Request-URI).',
     'Does the INVITE''s Request-URI name the trunk''s Termination URI?',
     'The Request-URI of the INVITE in a trace, against the Termination URI in the trunk''s Termination settings.',
     'Twilio treats an INVITE that does not name a Termination URI as hostile and drops it without any answer, so the caller sees a timeout instead of an error.',
     'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-termination',
     'The call goes from the customer''s PBX/SBC to Twilio (termination: PBX to Twilio to the PSTN).',
     'The call comes from Twilio to the customer''s PBX/SBC (origination: the PSTN to Twilio to the PBX).',
     'Does the failing call go from the PBX to Twilio (termination), not from Twilio to the PBX (origination)?',
     'The trace: an INVITE the PBX sends to a Twilio address or to name.pstn.twilio.com is termination; an INVITE from Twilio''s addresses to the PBX''s Origination URI is origination. The direction column of the trunk''s Call Logs.',
     'Twilio gives termination and origination separate settings and separate causes for a timeout: on termination it drops INVITEs that do not name the Termination URI; on origination it cannot reach the Origination URI.',
     'tw-ts', 'Termination calls; Origination calls'),
    ('geo-permission',
     'The destination''s country or number range is enabled for outbound calls (geographic permissions, allowed destinations of the outbound profile).',
     'The destination''s country or number range is not enabled for outbound calls on this account.',
     'Is the destination country enabled for outbound calls on this account?',
     'The provider''s portal: Twilio Voice Geographic Permissions, Telnyx outbound voice profile destinations.',
     'Providers refuse calls to destinations that are not enabled, most often international ones, to limit toll fraud.',
     'tw-err', '32205');

-- ---------------------------------------------------------------------------
-- Background.

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('twilio', 408, NULL, 'A 408 on a termination call',
     'Twilio''s 408 reading is about origination. On a termination call (PBX to Twilio) Twilio drops an INVITE whose Request-URI does not name the trunk''s Termination URI, sends nothing back, and the 408 comes from the PBX''s own timer.',
     'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio', NULL, NULL, 'Debugger codes of Elastic SIP Trunking',
     'Twilio records an alert in the Debugger whenever a SIP request to or from the customer''s equipment fails; the SIP-specific codes are in the 32xxx series, and Alert Triggers can e-mail or call a webhook on any code. Read the code before the SIP status: one 403 can mean an ACL, a credential, a caller ID or a permission problem.',
     'tw-ts', 'SIP Trunking Debugger Alerts'),
    ('twilio', NULL, NULL, 'Call Logs',
     'The trunk''s Call Logs can be filtered by date, numbers, SIP address and status, and searched by SIP Call-ID; the CSV export adds the Call Sid, Trunk Sid and direction. Quote the Call Sid and the SIP Call-ID in any ticket to Twilio.',
     'tw-ts', 'Elastic SIP Trunking Call Logs'),
    ('twilio', NULL, 'allowlist', 'IP ACL or credential list',
     'A trunk authenticates termination calls by IP Access Control List, by credential list (digest), or both. With an ACL, the INVITE''s source IP must be in one of the trunk''s lists; with a credential list the PBX must answer Twilio''s digest challenge with a username and password of the list.',
     'tw-acl', 'IpAccessControlList Resource'),
    ('twilio', 403, 'allowlist', 'The address Twilio saw',
     'The received parameter of the Via header in Twilio''s 403 shows the source IP Twilio actually saw; compare it with the trunk''s IP ACL (a NAT or a second Internet link often sends from another address).',
     'tw-ts', 'Termination calls: 403 Forbidden'),
    ('twilio', NULL, 'capacity', 'Calls per second',
     'Termination has a calls-per-second limit per trunk and region: 1 CPS by default, raised in the Console (self-service only with an approved Business Profile) or by Twilio for a fee. Trial accounts are limited to 1 CPS and 4 concurrent calls. Origination has no CPS limit.',
     'tw-limits', 'Accounts; Trial accounts'),
    ('twilio', NULL, 'capacity', 'Traffic profile for more CPS',
     'Twilio grants higher termination CPS only to traffic whose calls average over 30 seconds, with no more than 10% of calls of 12 seconds or less, and an answer-seizure ratio above 70%.',
     'tw-cps', 'Calls per Second (CPS) - Trunking Termination'),
    ('twilio', NULL, 'reachable', 'Origination URIs',
     'Twilio sends calls to the trunk''s Origination URIs (sip: URIs of the PBX/SBC): the lowest Priority value first, and among equal priorities by Weight. Error 32010 means the trunk has no valid, enabled Origination URI; 32011 means the URI tried did not answer in time or answered with an error.',
     'tw-ouri', 'OriginationUrl properties: priority, weight, enabled'),
    ('twilio', NULL, 'media-encryption', 'Secure Trunking',
     'A trunk with Secure Trunking uses TLS for signalling and SRTP for media; without it, media is RTP. SRTP sent to a trunk without Secure Trunking fails with 32207 (secure media not accepted); RTP sent to a secure trunk fails with 32208 (secure media required). A TLS version below the account''s minimum (TLS 1.2 by default) is 32222.',
     'tw-err', '32207, 32208, 32222'),
    ('twilio', NULL, 'codecs', 'Codecs on a trunk',
     'Elastic SIP Trunking supports G.711 (PCMU and PCMA) only: an offer without either fails.',
     'tw-ts', 'Codecs'),
    ('twilio', 603, 'account-active', '603 for an inactive account',
     'Since July 2022 Twilio answers termination calls of a suspended or closed account with 603 Decline and X-Twilio-Error 10001 (account is not active), so that the PBX can fail over to another trunk.',
     'tw-603', NULL),
    ('twilio', NULL, 'nat-clean', 'NAT and one-way audio',
     'A private address in the PBX''s SDP leaves the PSTN party unheard; a private address in the Contact of its 200 OK loses the ACK and the call drops after 20 to 30 seconds. Never rewrite Twilio''s own addresses or its Via headers.',
     'tw-ts', 'One way audio issues');

-- ---------------------------------------------------------------------------
-- Twilio's readings of the codes it returns on a trunk.

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('twilio', 403, 'Forbidden', 'Twilio refused a termination call: the source IP is not in the ACL, the credentials are wrong, the caller ID is not allowed, the destination is not enabled, or the account may not place the call. The X-Twilio-Error header names which.', 'Read the X-Twilio-Error code (or the Debugger alert) and follow it.', 'tw-ts', 'Termination calls: 403'),
    ('twilio', 503, 'Service Unavailable', 'On termination, most often the trunk''s calls-per-second or concurrent-call limit was exceeded.', 'Check the trunk''s CPS in the Termination settings and the call rate the PBX sends.', 'tw-ts', 'Termination calls: 503'),
    ('twilio', 603, 'Decline', 'On termination: the Twilio account is not active (suspended or closed). On origination: the PBX or the callee declined.', 'Check the account''s status and balance in the Console.', 'tw-603', NULL),
    ('twilio', 408, 'Request Timeout', 'On origination: the PBX/SBC at the Origination URI did not answer Twilio in time (Debugger 32011).', 'Check the Origination URI, the firewall and the PBX.', 'tw-err', '32011'),
    ('twilio', 488, 'Not Acceptable Here', 'The offer has no codec or media encryption the trunk accepts.', 'Offer PCMU or PCMA, with SRTP only if Secure Trunking is on.', 'tw-ts', 'Codecs');

-- ---------------------------------------------------------------------------
-- Debugger codes, as they come in X-Twilio-Error.

INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('twilio', 403, '32201', 'system', 'Source IP address not in ACL: the trunk has an IP Access Control List and the INVITE came from an address that is in none of its lists.', 'Send from an address of the ACL, or add the new address to it.', 'immediate', 'Every termination call from that address fails.', 'tw-err', '32201'),
    ('twilio', 403, '32202', 'system', 'Bad user credentials: the trunk has a credential list and the digest answer did not match a username and password of it.', 'Set the PBX''s trunk username and password to those of the credential list.', 'immediate', 'Every termination call fails until the credentials match.', 'tw-err', '32202'),
    ('twilio', 403, '32204', 'system', 'The From number is neither a Twilio number of the account nor a verified caller ID.', 'Send a Twilio number or a verified caller ID, in E.164, as the caller ID.', 'immediate', 'Every call with that caller ID fails.', 'tw-err', '32204'),
    ('twilio', 403, '32206', 'system', 'Invalid From number: not a valid E.164 number, or a number on a do-not-originate list.', 'Send the caller ID in E.164 with the leading +.', 'immediate', 'Every call with that caller ID fails.', 'tw-err', '32206'),
    ('twilio', 403, '32205', 'system', 'Geographic permissions do not allow the called destination.', 'Enable the destination''s country in Voice Geographic Permissions, if the customer really calls it.', 'track', 'Usually one destination country; many at once point at a permission change.', 'tw-err', '32205'),
    ('twilio', 403, '32203', 'system', 'Twilio blocked the call: the destination is high-risk for fraud, cannot be reached for regulatory reasons, or a +1 destination was called from an account without a Primary Customer Profile.', 'For +1 destinations create the Primary Customer Profile in Trust Hub; otherwise ask Twilio support.', 'immediate', 'Calls to the destination fail until Twilio lifts the block.', 'tw-err', '32203'),
    ('twilio', 403, '32200', 'system', 'Insufficient permissions: the account is not active, or the trunk has no authentication (ACL or credential list) configured.', 'Check the account is active and that the trunk has an IP ACL or a credential list.', 'immediate', 'Every termination call fails.', 'tw-err', '32200'),
    ('twilio', 503, '32001', 'system', 'Trunk CPS limit exceeded: the calls per second placed on the trunk exceeded its limit.', 'Pace the PBX''s call attempts below the trunk''s CPS, or raise the CPS in the trunk''s Termination settings.', 'track', 'Comes in bursts; many mean the limit is too low for the traffic.', 'tw-err', '32001'),
    ('twilio', 503, '32012', 'system', 'Parent account pooled trunking CPS limit exceeded: the trunks of the parent account together passed its CPS pool.', 'Spread the load over time or ask Twilio for a larger pool.', 'track', 'Comes in bursts.', 'tw-err', '32012'),
    ('twilio', 603, '10001', 'system', 'Account is not active: Twilio declines termination calls of a suspended or closed account.', 'Add funds or contact Twilio support to reactivate the account.', 'immediate', 'Every termination call fails.', 'tw-603', NULL);

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('twilio', 403, '32201', 'allowlist', 'no', 'tw-err', '32201'),
    ('twilio', 403, '32202', 'allowlist', 'yes', 'tw-err', '32202'),
    ('twilio', 403, '32202', 'credentials-valid', 'no', 'tw-err', '32202'),
    ('twilio', 403, '32204', 'allowlist', 'yes', 'tw-err', '32204'),
    ('twilio', 403, '32204', 'credentials-valid', 'yes', 'tw-err', '32204'),
    ('twilio', 403, '32204', 'caller-id-valid', 'no', 'tw-err', '32204'),
    ('twilio', 403, '32206', 'allowlist', 'yes', 'tw-err', '32206'),
    ('twilio', 403, '32206', 'credentials-valid', 'yes', 'tw-err', '32206'),
    ('twilio', 403, '32206', 'caller-id-valid', 'no', 'tw-err', '32206'),
    ('twilio', 403, '32205', 'allowlist', 'yes', 'tw-err', '32205'),
    ('twilio', 403, '32205', 'credentials-valid', 'yes', 'tw-err', '32205'),
    ('twilio', 403, '32205', 'caller-id-valid', 'yes', 'tw-err', '32205'),
    ('twilio', 403, '32205', 'geo-permission', 'no', 'tw-err', '32205'),
    ('twilio', 403, '32200', 'allowlist', 'yes', 'tw-err', '32200'),
    ('twilio', 403, '32200', 'credentials-valid', 'yes', 'tw-err', '32200'),
    ('twilio', 403, '32200', 'caller-id-valid', 'yes', 'tw-err', '32200'),
    ('twilio', 403, '32200', 'geo-permission', 'yes', 'tw-err', '32200'),
    ('twilio', 403, '32200', 'account-active', 'no', 'tw-err', '32200'),
    ('twilio', 503, '32001', 'capacity', 'no', 'tw-err', '32001'),
    ('twilio', 503, '32012', 'capacity', 'no', 'tw-err', '32012'),
    ('twilio', 603, '10001', 'account-active', 'no', 'tw-603', NULL);

-- ---------------------------------------------------------------------------
-- Outcomes and steps.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('twilio-term-uri', 'Termination call: the PBX sends the INVITE to an address that is not the trunk''s Termination URI (a Twilio IP address, or another host in the Request-URI). Twilio drops such INVITEs without any answer, so the PBX times out.',
     'failure', 'customer', 'Twilio support (Console ticket), with the trace of the INVITE and the trunk''s Termination URI', 'When the INVITE names the Termination URI and still gets no answer.',
     'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-term-no-answer', 'Termination call addressed to the Termination URI, yet no answer comes back: the INVITE does not reach Twilio, or Twilio''s answers do not reach the PBX (a firewall or NAT in front of the PBX, a name resolved to an old address, or a large INVITE over UDP that is lost in fragments).',
     'failure', 'customer', 'Twilio support (Console ticket), with a capture taken outside the firewall and the times', 'When the INVITE leaves the public interface addressed to the Termination URI and nothing comes back.',
     'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-403-acl', 'The INVITE came from an IP address that is not in the trunk''s IP Access Control List (32201), so Twilio refuses the termination call.',
     'failure', 'customer', 'Twilio support (Console ticket), with the Call Sid',
     'If the address in the Via received parameter is in the trunk''s ACL and calls still get 32201.', 'tw-err', '32201'),
    ('twilio-403-credentials', 'The PBX answers Twilio''s digest challenge with a username or password that is not in the trunk''s credential list (32202).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32202'),
    ('twilio-403-caller-id', 'The caller ID is not one Twilio lets the account use: not a Twilio number of the account, not a verified caller ID, or not in E.164 (32204, 32206).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32204, 32206'),
    ('twilio-403-geo', 'The account''s geographic permissions do not allow calls to the dialled destination (32205).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32205'),
    ('twilio-403-account', 'The account may not place termination calls: it is not active, or the trunk has no authentication configured (32200).',
     'failure', 'customer', 'Twilio support (Console ticket)', 'If the account is active, the trunk has an ACL or credential list, and calls still get 32200.', 'tw-err', '32200'),
    ('twilio-403-blocked', 'Twilio blocked the call to this destination: fraud risk, regulation, or a missing Primary Customer Profile for +1 destinations (32203).',
     'failure', 'carrier', 'Twilio support (Console ticket), with the Call Sid and the destination',
     'Now, unless the destination is +1 and the account lacks a Primary Customer Profile.', 'tw-err', '32203'),
    ('twilio-503-cps', 'The PBX sends call attempts faster than the trunk''s calls-per-second limit (32001), or the parent account''s pool (32012).',
     'failure', 'customer', 'Twilio sales or support, for a higher CPS',
     'When the traffic needs more CPS than the Console allows (and meets Twilio''s traffic profile).', 'tw-err', '32001'),
    ('twilio-503-other', 'Twilio answered 503 although the trunk''s limits were not reached: a condition on Twilio''s side or beyond it.',
     'failure', 'carrier', 'Twilio support (Console ticket), with the Call Sids and times',
     'When it repeats on calls well below the trunk''s limits.', 'siptriage', NULL),
    ('twilio-603-inactive', 'The Twilio account is suspended or closed, and Twilio declines its termination calls with 603 (10001).',
     'failure', 'customer', 'Twilio support', 'If the account shows active and funded and calls still get 603 with 10001.', 'tw-603', NULL),
    ('twilio-603-declined', 'The call was declined further on: by the called network or the person called, not by Twilio''s account checks.',
     'declined', 'far-end', NULL, NULL, 'siptriage', NULL),
    ('twilio-orig-unreachable', 'Twilio cannot reach the PBX/SBC at the trunk''s Origination URI: a wrong URI, a firewall dropping Twilio''s signalling, or a PBX down or not supporting TLS 1.2 (32011).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32011'),
    ('twilio-orig-pbx', 'Twilio reaches the PBX/SBC, but it answers too late or with an error, so the origination call fails (32011 names the response).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32011'),
    ('twilio-488-srtp', 'The PBX and the trunk disagree on media encryption: SRTP offered to a trunk without Secure Trunking (32207), or RTP to a secure trunk (32208).',
     'failure', 'customer', NULL, NULL, 'tw-err', '32207, 32208'),
    ('twilio-488-codec', 'The offer has no G.711 codec (PCMU or PCMA), the only codecs an Elastic SIP trunk takes.',
     'failure', 'customer', NULL, NULL, 'tw-ts', 'Codecs'),
    ('twilio-488-other', 'Codecs and encryption match, yet the session description was refused: another SDP problem (addresses, attributes).',
     'failure', 'customer', 'Twilio support (Console ticket), with a trace of the call', 'When the SDP looks clean and the refusal repeats.', 'siptriage', NULL);

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('twilio-403-acl', 1, 'operator', 'In the trace, read the received parameter of the Via header in Twilio''s 403: it is the address Twilio saw.', 'tw-ts', 'Termination calls: 403 Forbidden'),
    ('twilio-403-acl', 2, 'operator', 'Compare it with the IP Access Control Lists attached to the trunk (Elastic SIP Trunking, the trunk, Termination).', 'tw-acl', 'IpAccessControlList Resource'),
    ('twilio-403-acl', 3, 'customer', 'Either route the PBX''s SIP through an address of the ACL, or add the new address to the ACL.', 'tw-err', '32201'),
    ('twilio-403-acl', 4, 'operator', 'Place a test call and confirm the Debugger shows no new 32201.', 'siptriage', NULL),
    ('twilio-403-credentials', 1, 'operator', 'Check which credential list is attached to the trunk and its usernames (the passwords are not shown).', 'tw-cred', NULL),
    ('twilio-403-credentials', 2, 'customer', 'Set the PBX trunk''s authentication username and password to a pair of that list; reset the password in the list if unsure.', 'tw-err', '32202'),
    ('twilio-403-credentials', 3, 'customer', 'Make the Authorization username the same as the configured username (a mismatch is 32106).', 'tw-err', '32106'),
    ('twilio-403-credentials', 4, 'operator', 'Place a test call and confirm the challenge is answered and accepted.', 'siptriage', NULL),
    ('twilio-403-caller-id', 1, 'operator', 'Read the caller ID the PBX sent (From, and P-Asserted-Identity) in the trace or the Call Log.', 'tw-ts', 'Termination calls: 403 Invalid Caller ID'),
    ('twilio-403-caller-id', 2, 'operator', 'Check it is a Twilio number of the account or a Verified Caller ID in the Console.', 'tw-err', '32204'),
    ('twilio-403-caller-id', 3, 'customer', 'Send it in E.164 with the leading + (for example +14155550100), in From and in Remote-Party-ID or P-Asserted-Identity alike.', 'tw-ts', 'Termination calls: 403 Invalid Caller ID'),
    ('twilio-403-caller-id', 4, 'customer', 'To use another number, verify it in the Console first.', 'tw-err', '32204'),
    ('twilio-403-geo', 1, 'operator', 'Note the called number and its country.', 'siptriage', NULL),
    ('twilio-403-geo', 2, 'customer', 'If the customer does call that country, enable it in Voice Geographic Permissions in the Console.', 'tw-err', '32205'),
    ('twilio-403-geo', 3, 'operator', 'If nobody expected calls to that country, treat the attempt as possible toll fraud: tell the customer and check the PBX for misuse.', 'siptriage', NULL),
    ('twilio-403-account', 1, 'operator', 'Check the account''s status and balance in the Console.', 'tw-err', '32200'),
    ('twilio-403-account', 2, 'customer', 'Make sure the trunk has authentication: an IP Access Control List, a credential list, or both.', 'tw-err', '32200'),
    ('twilio-403-account', 3, 'customer', 'If the account is suspended, settle it with Twilio before testing again.', 'tw-603', NULL),
    ('twilio-403-blocked', 1, 'operator', 'Note the destination number, the time and the Call Sid.', 'tw-ts', 'Elastic SIP Trunking Call Logs'),
    ('twilio-403-blocked', 2, 'customer', 'For a +1 destination, create the Primary Customer Profile in Trust Hub if the account lacks one.', 'tw-err', '32203'),
    ('twilio-403-blocked', 3, 'operator', 'Otherwise open a ticket with Twilio support asking to review the block for that destination.', 'tw-err', '32203'),
    ('twilio-503-cps', 1, 'operator', 'In the Debugger, count the 32001 (or 32012) alerts and note when the peaks happen.', 'tw-err', '32001'),
    ('twilio-503-cps', 2, 'operator', 'Read the trunk''s CPS in its Termination settings (1 per region unless raised).', 'tw-limits', 'Accounts'),
    ('twilio-503-cps', 3, 'customer', 'Pace the PBX or dialler so that call attempts stay below the CPS, and retry rejected calls later rather than at once.', 'siptriage', NULL),
    ('twilio-503-cps', 4, 'customer', 'Raise the CPS in the Console if the account''s Business Profile allows it; above that, ask Twilio (the traffic must meet Twilio''s profile).', 'tw-cps', 'CPS options for Trunking Termination'),
    ('twilio-503-other', 1, 'operator', 'Confirm the calls were below the trunk''s CPS and concurrent limits at the time.', 'tw-limits', 'Accounts'),
    ('twilio-503-other', 2, 'operator', 'Collect the Call Sids, SIP Call-IDs and times of the failures.', 'tw-ts', 'Elastic SIP Trunking Call Logs'),
    ('twilio-503-other', 3, 'operator', 'Open a ticket with Twilio support with that list.', 'siptriage', NULL),
    ('twilio-603-inactive', 1, 'operator', 'Check the X-Twilio-Error header of the 603 for 10001, and the account''s status in the Console.', 'tw-603', NULL),
    ('twilio-603-inactive', 2, 'customer', 'Add funds, or contact Twilio to reactivate a suspended account.', 'tw-603', NULL),
    ('twilio-603-inactive', 3, 'customer', 'Until then, let the PBX fail over to another trunk on 603.', 'tw-603', NULL),
    ('twilio-603-declined', 1, 'operator', 'Confirm the 603 carries no X-Twilio-Error 10001: the account is not the cause.', 'tw-603', NULL),
    ('twilio-603-declined', 2, 'operator', 'Check whether other calls to the same number are declined too; one declined call needs no change.', 'siptriage', NULL),
    ('twilio-term-uri', 1, 'operator', 'Read the Request-URI of the INVITE and compare its host with the Termination URI in the trunk''s Termination settings (name.pstn.twilio.com): an IP address or another name is the fault.', 'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-term-uri', 2, 'customer', 'Set the PBX''s gateway or trunk towards Twilio to the Termination URI as a name (resolved by DNS), not to a Twilio IP address.', 'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-term-uri', 3, 'operator', 'Re-test: the INVITE must get 100 Trying and a final response from Twilio.', 'rfc3261', 'section 17.1.1'),
    ('twilio-term-no-answer', 1, 'operator', 'Take a capture outside the PBX''s firewall: check that the INVITE leaves addressed to the Termination URI and whether any answer comes back.', 'siptriage', NULL),
    ('twilio-term-no-answer', 2, 'customer', 'Allow Twilio''s signalling IP ranges and ports both ways in the firewall in front of the PBX.', 'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-term-no-answer', 3, 'customer', 'If the INVITE is larger than about 1300 bytes over UDP, send it over TCP or TLS.', 'rfc3261', 'section 18.1.1'),
    ('twilio-orig-unreachable', 1, 'operator', 'Open the trunk''s Origination settings and check each Origination URI: the sip: address, Priority, Weight and Enabled.', 'tw-ouri', 'OriginationUrl properties'),
    ('twilio-orig-unreachable', 2, 'customer', 'Allow Twilio''s signalling and media IP ranges and ports in the firewall in front of the PBX/SBC.', 'tw-err', '32011'),
    ('twilio-orig-unreachable', 3, 'customer', 'If the URI uses TLS, make sure the PBX supports TLS 1.2.', 'tw-err', '32011'),
    ('twilio-orig-unreachable', 4, 'operator', 'Call a Twilio number of the trunk and watch the Debugger for 32011; add a second Origination URI as failover.', 'tw-ouri', 'priority, weight'),
    ('twilio-orig-pbx', 1, 'operator', 'Read the 32011 alert in the Debugger: it names the URI tried and the response received.', 'tw-err', '32011'),
    ('twilio-orig-pbx', 2, 'customer', 'Find the call in the PBX/SBC log and see why it answered that way or so late (inbound route, number format, load).', 'siptriage', NULL),
    ('twilio-orig-pbx', 3, 'customer', 'Make sure the PBX accepts calls from Twilio''s addresses without asking for authentication.', 'tw-ts', 'Origination calls'),
    ('twilio-488-srtp', 1, 'operator', 'Check whether Secure Trunking is enabled on the trunk, and whether the PBX offers RTP/SAVP (SRTP) or RTP/AVP.', 'tw-trunk', 'secure'),
    ('twilio-488-srtp', 2, 'customer', 'Make both sides agree: enable Secure Trunking (TLS and SRTP) on the trunk, or set the PBX to plain RTP.', 'tw-err', '32207, 32208'),
    ('twilio-488-codec', 1, 'operator', 'Read the codec list of the PBX''s offer (the m= line and its a=rtpmap lines).', 'siptriage', NULL),
    ('twilio-488-codec', 2, 'customer', 'Enable PCMU (G.711 mu-law) and PCMA (G.711 A-law) on the PBX trunk towards Twilio.', 'tw-ts', 'Codecs'),
    ('twilio-488-other', 1, 'operator', 'Attach the full trace of the call, with both SDP bodies.', 'siptriage', NULL),
    ('twilio-488-other', 2, 'operator', 'Look for private addresses and unusual attributes in the offer.', 'tw-ts', 'One way audio issues');

-- ---------------------------------------------------------------------------
-- Trees.

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('twilio-403', 'Twilio 403 on a termination call: authentication, caller ID, permissions', 'q1', NULL, 'tw-ts', 'Termination calls: 403'),
    ('twilio-403-blocked', 'Twilio 403 32203: call blocked by Twilio', NULL, 'twilio-403-blocked', 'tw-err', '32203'),
    ('twilio-503', 'Twilio 503 on a termination call: limits', 'q1', NULL, 'tw-ts', 'Termination calls: 503'),
    ('twilio-603', 'Twilio 603: account or callee', 'q1', NULL, 'tw-603', NULL),
    ('twilio-408', 'Twilio 408/504: a termination call Twilio did not answer, or an origination call timing out at the PBX', 'q0', NULL, 'tw-ts', 'Termination calls; Origination calls'),
    ('twilio-488', 'Twilio 488: media the trunk does not take', 'q1', NULL, 'tw-ts', 'Codecs'),
    ('twilio-404', 'Twilio 404: the direction, then for a termination call the Termination URI and the number', 'q0', NULL, 'rfc3261', 'section 21.4.5');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('twilio-403', 'q1', 'allowlist', 'yes', 'q2', NULL, NULL, 'twilio-403-acl'),
    ('twilio-403', 'q2', 'credentials-valid', 'yes', 'q3', NULL, NULL, 'twilio-403-credentials'),
    ('twilio-403', 'q3', 'caller-id-valid', 'yes', 'q4', NULL, NULL, 'twilio-403-caller-id'),
    ('twilio-403', 'q4', 'geo-permission', 'yes', 'q5', NULL, NULL, 'twilio-403-geo'),
    ('twilio-403', 'q5', 'account-active', 'yes', NULL, 'twilio-403-blocked', NULL, 'twilio-403-account'),
    ('twilio-503', 'q1', 'capacity', 'no', NULL, 'twilio-503-other', NULL, 'twilio-503-cps'),
    ('twilio-603', 'q1', 'account-active', 'yes', NULL, 'twilio-603-declined', NULL, 'twilio-603-inactive'),
    -- The direction first: a timeout means different things on termination
    -- and origination (outside review F4).
    ('twilio-408', 'q0', 'twilio-termination', 'no', 'q2', NULL, 'q1', NULL),
    ('twilio-408', 'q1', 'reachable', 'no', NULL, 'twilio-orig-pbx', NULL, 'twilio-orig-unreachable'),
    ('twilio-408', 'q2', 'termination-uri', 'yes', NULL, 'twilio-term-no-answer', NULL, 'twilio-term-uri'),
    ('twilio-488', 'q1', 'media-encryption', 'yes', 'q2', NULL, NULL, 'twilio-488-srtp'),
    ('twilio-488', 'q2', 'codecs', 'no', NULL, 'twilio-488-other', NULL, 'twilio-488-codec');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('twilio', 403, NULL, NULL, NULL, 'twilio-403', 'tw-ts', 'Termination calls: 403'),
    ('twilio', 403, NULL, NULL, '32203', 'twilio-403-blocked', 'tw-err', '32203'),
    ('twilio', 503, NULL, NULL, NULL, 'twilio-503', 'tw-ts', 'Termination calls: 503'),
    ('twilio', 603, NULL, NULL, NULL, 'twilio-603', 'tw-603', NULL),
    ('twilio', 408, NULL, NULL, NULL, 'twilio-408', 'tw-ts', 'Termination calls; Origination calls'),
    ('twilio', 504, NULL, NULL, NULL, 'twilio-408', 'tw-ts', 'Origination calls: 408 or 504'),
    ('twilio', 488, NULL, NULL, NULL, 'twilio-488', 'tw-ts', 'Codecs'),
    ('twilio', 404, NULL, NULL, NULL, 'twilio-404', 'rfc3261', 'section 21.4.5');

-- Outside review 4, F2 (R81): an origination call answered 404 by the
-- customer's PBX.  Twilio's troubleshooting guide treats origination and
-- termination apart: on origination Twilio sends the call to the trunk's
-- Origination URI, and the answer comes from the customer's equipment.
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('twilio-404-origination', 'Origination call: Twilio delivered an incoming call for the customer''s number to the PBX, and the PBX answered 404 because it does not know the number: no inbound route or DID entry for it, or one written for another number format than the E.164 form (+ and country code) Twilio sends. Twilio only passed the PBX''s answer on.',
     'failure', 'customer', 'The customer''s PBX administrator', 'When the PBX has an inbound route for the number exactly as Twilio sends it and still answers 404.',
     'tw-ts', 'Origination calls');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('twilio-404-origination', 1, 'operator', 'In the trace or the Twilio call log, read the called number in the Request-URI and To of the INVITE Twilio sent to the Origination URI, and who answered 404 (Server or User-Agent of the response).', 'tw-ts', 'Origination calls'),
    ('twilio-404-origination', 2, 'customer', 'On the PBX, add or fix the inbound route (DID) for that number in the form Twilio sends, usually E.164 with the +.', 'rfc3261', 'section 21.4.5'),
    ('twilio-404-origination', 3, 'operator', 'Place a test call to the number from outside and check the PBX answers with 18x or 200, not 404.', 'siptriage', NULL);

-- 404 (outside review 2, N22): an INVITE whose Request-URI host is not the
-- trunk's Termination URI names a domain Twilio does not serve for the
-- trunk (RFC 3261 section 21.4.5: 404 also when the domain does not match);
-- with the URI right, the generic 404 route (number format, provisioning).
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('twilio-404-term-uri', 'Termination call: the INVITE is addressed to a host that is not the trunk''s Termination URI (a typo, another trunk''s name, or an IP address in the Request-URI), so Twilio finds no trunk for it: the domain is not one it serves for this trunk, and the call is refused before any number is looked up.',
     'failure', 'customer', 'Twilio support, with the INVITE''s Request-URI and the trunk''s Termination URI', 'When the Request-URI host is exactly the Termination URI and the 404 continues.',
     'rfc3261', 'section 21.4.5'),
    ('twilio-404-generic', 'The INVITE names the trunk''s Termination URI, so the 404 is about the number itself: the walk goes on with the generic 404 route.',
     'failure', 'operator', NULL, NULL, 'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('twilio-404-term-uri', 1, 'operator', 'Read the Request-URI of the INVITE and compare its host, letter by letter, with the Termination URI in the trunk''s Termination settings (name.pstn.twilio.com, or its regional form).', 'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-404-term-uri', 2, 'customer', 'Set the PBX''s gateway or trunk towards Twilio to that Termination URI, as a name resolved by DNS.', 'tw-ts', 'Termination calls: no response to your SIP requests'),
    ('twilio-404-term-uri', 3, 'operator', 'Re-test: the INVITE must get 100 Trying and a final response other than 404.', 'rfc3261', 'section 17.1.1');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- The direction first: on origination the 404 is the customer's PBX
    -- refusing the DID (outside review 4, F2: R81).
    ('twilio-404', 'q0', 'twilio-termination', 'yes', 'q1', NULL, NULL, 'twilio-404-origination'),
    ('twilio-404', 'q1', 'termination-uri', 'yes', NULL, 'twilio-404-generic', NULL, 'twilio-404-term-uri');
INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES
    ('twilio-404-generic', 'gen-404', 'the INVITE names the Termination URI, so the walk goes on with the generic 404 route (number format, provisioning).', 'siptriage', NULL);
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('twilio-404-term-uri', 'immediate', 'Every termination call sent to the wrong URI fails.', 'tw-ts', 'Termination calls: no response to your SIP requests');

-- Outside review 2, N21: a suspended or closed account declines every
-- termination call (Twilio answers them all 603 with 10001), and only the
-- customer can end it by adding funds or asking Twilio to reactivate: a
-- failure to act on now, as the generic inactive account.
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('twilio-603-inactive', 'immediate', 'Every termination call of the account is declined until the customer adds funds or Twilio reactivates the account.', 'tw-603', NULL);
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('twilio-403-account', 'immediate', 'An inactive account, or a trunk without authentication, refuses every termination call.', 'tw-err', '32200');
