-- Vendor 'voip-provider': a hosted VoIP provider's knowledge-base article
-- "SIP Error Response Codes" (seed 004).  Its own readings: 401 is the normal
-- password challenge; 403 means no account credit, a caller ID (From number)
-- that differs from the digest username, or generally an incorrect password;
-- 487 is the caller cancelling before pick-up; 603 may mean no credit.  The
-- article's SDP and Via explanations are kept as notes on the checks they
-- help answer.

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('voip-provider', 'Hosted VoIP provider',
     'A hosted VoIP provider whose customers'' phone systems (PBXs) register with it and authenticate their outgoing calls by SIP digest (MD5); each outgoing call is rated against the account''s credit.',
     'In a SIP trace of the phone system''s traffic with the provider: its responses to REGISTER and INVITE. A call refused for lack of credit shows as 403 (or 603) only to those able to trace.',
     'seed-004', '401, 403 and 603 sections');

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('voip-provider', 100, 'Trying', 'Extended search is being performed so a forking proxy must send a 100 Trying response.', NULL, 'seed-004', 'Common SIP Response codes, 1xx'),
    ('voip-provider', 180, 'Ringing', 'The Destination User Agent has received the INVITE message and is alerting the user of the call.', NULL, 'seed-004', 'Common SIP Response codes, 1xx'),
    ('voip-provider', 183, 'Session Progress', 'This response may be used to send extra information for a call which is still being set up.', NULL, 'seed-004', 'Common SIP Response codes, 1xx'),
    ('voip-provider', 200, 'OK', 'This shows that the request was successful.', NULL, 'seed-004', 'Common SIP Response codes, 2xx'),
    ('voip-provider', 400, 'Bad Request', 'The request could not be understood due to malformed syntax.', NULL, 'seed-004', 'Common SIP Response codes, 4xx'),
    ('voip-provider', 401, 'Unauthorized',
     'On our network, the 401 Unauthorized relates to Registration only and is part of our authentication INVITE process, where your phone system first attempts to communicate with us. We reject the INVITE with the 401 and expect your system to return the correct AUTH details via an encrypted (MD5) password. The request requires user authentication: the 401 is issued by us as part of the normal password challenge and response process.',
     'Your phone system must acknowledge the 401 challenge by returning the correct AUTH credentials; the call attempt then starts.',
     'seed-004', '401 Unauthorized section; Common SIP Response codes, 4xx'),
    ('voip-provider', 403, 'Denied',
     'The server understood the request but refuses to complete that request usually because of either a misconfiguration or the account has no credit. On our network, 403 Forbidden generally indicates an incorrect password.',
     'No Account Credit: our system rates each outgoing call, which for those with the ability to trace will appear as a 403; to quickly top up your account see Manage Billing. Misconfiguration: when registering you cannot present a different Caller ID (From number) from the Authorisation or Digest number; present the From number in the digest.',
     'seed-004', '403 Denied section; Common SIP Response codes, 403 Forbidden'),
    ('voip-provider', 404, 'Not Found', 'The server has definitive information that the user does not exist at the domain specified in the Request-URI. This status is also returned if the domain in the Request-URI does not match any of the domains handled by the recipient of the request.', NULL, 'seed-004', 'Common SIP Response codes, 4xx'),
    ('voip-provider', 407, 'Proxy Authentication Required', 'The request requires user authentication. This response is issued by proxies.', NULL, 'seed-004', 'Common SIP Response codes, 4xx'),
    ('voip-provider', 408, 'Request Timeout', 'Couldn''t find the user in time. The server could not produce a response within a suitable amount of time, for example, if it could not determine the location of the user in time.', 'The client MAY repeat the request without modifications at any later time.', 'seed-004', 'Common SIP Response codes, 4xx'),
    ('voip-provider', 487, 'Request Terminated', 'This is normally where the calling party on our network has cancelled the call prior to pick up. The 487 is therefore usually where we terminate the call.', NULL, 'seed-004', '487 Request Terminated section'),
    ('voip-provider', 500, 'Internal Server Error', 'The server could not fulfill the request due to some unexpected conditions.', NULL, 'seed-004', 'Common SIP Response codes, 5xx'),
    ('voip-provider', 502, 'Bad Gateway', 'The server is acting as a gateway or proxy and received an invalid response from a downstream server while attempting to fulfill the request.', NULL, 'seed-004', 'Common SIP Response codes, 5xx'),
    ('voip-provider', 503, 'Service Unavailable', 'The server is undergoing maintenance or is temporarily overloaded and so cannot process the request.', 'A Retry-After header field may specify when the client may reattempt its request.', 'seed-004', 'Common SIP Response codes, 5xx'),
    ('voip-provider', 600, 'Busy Everywhere', 'All possible destinations are busy.', NULL, 'seed-004', 'Common SIP Response codes, 6xx'),
    ('voip-provider', 603, 'Decline', 'Destination cannot or is refusing to participate in the call but on our network may indicate the account has no credit.', NULL, 'seed-004', 'Common SIP Response codes, 6xx'),
    ('voip-provider', 604, 'Does Not Exist Anywhere', 'The server has authoritative information that the requested user does not exist anywhere.', NULL, 'seed-004', 'Common SIP Response codes, 6xx'),
    ('voip-provider', 606, 'Not Acceptable', 'The user''s agent was contacted successfully but some aspects of the session description were not acceptable.', NULL, 'seed-004', 'Common SIP Response codes, 6xx'),
    ('voip-provider', 607, 'Unwanted', 'The called party did not want his call from the calling party. Future attempts from the calling party are likely to be similarly rejected.', NULL, 'seed-004', 'Common SIP Response codes, 6xx');

INSERT INTO vendor_severity (vendor, code, severity, reason, source, cite) VALUES
    ('voip-provider', 401, 'normal', 'Part of the normal password challenge and response process: every outgoing INVITE is first rejected with 401.', 'seed-004', '401 Unauthorized section'),
    ('voip-provider', 487, 'normal', 'Normally the calling party cancelled the call prior to pick up.', 'seed-004', '487 Request Terminated section');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('voip-provider', 401, NULL, '401 relates to Registration and INVITE authentication',
     'On this network the 401 relates to Registration only and is part of the authentication of INVITEs: the provider rejects the phone system''s first INVITE with 401 and expects it to return the correct AUTH details via an encrypted (MD5) password.',
     'seed-004', '401 Unauthorized section'),
    ('voip-provider', 401, 'challenge-answered', 'The 401 challenge example',
     'In the article''s example the outbound phone acknowledges the 401 challenge by returning the correct AUTH credentials, at which point the provider starts the call attempt. A trace shows INVITE, 401, ACK, then the INVITE again with the credentials.',
     'seed-004', '401 Unauthorized section, example'),
    ('voip-provider', 403, 'balance', 'Calls are rated',
     'The provider rates each outgoing call; a call made without account credit appears as a 403 to those able to trace. Top up via Manage Billing.',
     'seed-004', '403 Denied section, No Account Credit'),
    ('voip-provider', 403, 'digest-user', 'Caller ID and digest username must match',
     'When registering you cannot present a different Caller ID (From number) from the Authorisation or Digest number. In the article''s example the SIP URI carries 2138394020 but Authorization: Digest username="2138394018"; for the call to get through, 2138394020 must be presented in the digest.',
     'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider', 403, 'credentials-valid', 'Incorrect password',
     'On this network a 403 Forbidden generally indicates an incorrect password.',
     'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider', 603, 'balance', '603 and credit',
     'On this network a 603 Decline may indicate that the account has no credit.',
     'seed-004', 'Common SIP Response codes, 603 Decline'),
    ('voip-provider', 606, 'codecs', 'SDP extensions and attributes',
     'The SDP in the application/sdp body presents the media capabilities the calling party can receive or negotiate. Its lines are explained in the notes that follow, from the article''s test call.',
     'seed-004', 'SDP Extensions and Attributes'),
    ('voip-provider', 606, 'codecs', 'SDP v= (Version Number)',
     'v=0 is the SDP version number.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP o= (Origin)',
     'o= is the origin of the session, for example o=CiscoSystemsCCM-SIP 811669 1 IN IP4 10.105.40.14: the originating system, session identifiers and its IP address.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP s= (Call Subject)',
     's= is the session name or call subject, for example s=SIP Call.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP c= (Connection)',
     'c= is the connection IP address for the RTP stream, for example c=IN IP4 10.133.92.102.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP t= (Time)',
     't= is the time line of the session, for example t=0 0.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP m= (Media)',
     'm=audio 25268 RTP/AVP 18 0 8 101 defines the media used for the call: audio means an audio call (m=video is a video call); 25268 is the dynamic RTP port; RTP/AVP is the profile, followed by the payload type number of each format offered.',
     'seed-004', 'm= line explanation'),
    ('voip-provider', 606, 'codecs', 'SDP payload types',
     'Payload type numbers in the m= line: 18=G729, 0=PCMU, 8=PCMA, 101=rtp-nte payload (telephone-event, used for DTMF).',
     'seed-004', 'm= line explanation'),
    ('voip-provider', 606, 'codecs', 'SDP a=rtpmap (media attributes)',
     'a=rtpmap:18 G729/8000 maps payload type 18 to the G729 codec with an 8000 Hz clock (Attributes-media).',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP a=ptime (packetization)',
     'a=ptime:20 is the packetization attribute: 20 ms of audio per RTP packet.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 606, 'codecs', 'SDP DTMF attributes (telephone-event, fmtp)',
     'a=rtpmap:101 telephone-event/8000 gives the DTMF attributes; a=fmtp:101 0-15 lists the DTMF tones (events 0 to 15) carried with payload type 101.',
     'seed-004', 'SDP Extensions and Attributes table'),
    ('voip-provider', 408, 'nat-clean', 'The Via header',
     'A UAC must insert a Via header into each SIP request it creates. The Via gives the protocol name (SIP), version (2.0), transport (e.g. UDP or TCP), the UAC''s IP address and port (typically 5060), so the UAS returns responses to the correct device. Example: Via: SIP/2.0/UDP 10.11.228.67:5060.',
     'seed-004', 'Understanding the SIP VIA Headers (after Andrew Prokop, SIP Adventures)');

-- The SDP notes are attached to 606 (the SDP-related code the article lists)
-- and repeated on 488, the code an SDP mismatch most often gives; the Via note is
-- attached to 408, where responses that never find their way back end.  Notes
-- with no code are not shown by `explain`.
INSERT INTO note (vendor, code, check_id, topic, body, source, cite)
    SELECT vendor, 488, check_id, topic, body, source, cite FROM note
     WHERE vendor = 'voip-provider' AND code = 606 AND check_id = 'codecs' ORDER BY rowid;

-- ---------------------------------------------------------------------------
-- Outcomes.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('voip-provider-401-normal', 'The normal password challenge: the provider rejected the first INVITE with 401 and the phone system returned its AUTH credentials (MD5 digest), so the call attempt started.',
     'challenge', 'none', NULL, NULL, 'seed-004', '401 Unauthorized section'),
    ('voip-provider-401-bad-credentials', 'The phone system answered the challenge, but the provider challenged the retried request again (or refused it): the AUTH details do not match the account (username, password or realm). A second 401 after credentials is a rejection, for REGISTER as for INVITE, not the normal password challenge.',
     'failure', 'customer', 'The provider''s support',
     'If the credentials match the account and the retried INVITE is still refused.',
     'seed-004', '401 Unauthorized section; 403 Forbidden'),
    ('voip-provider-401-no-auth', 'The phone system did not return AUTH details after the 401: it has no credentials for the provider configured, or does not answer the challenge.',
     'failure', 'customer', 'The PBX vendor, or the provider''s support',
     'If the credentials are configured and the PBX still sends no INVITE with credentials after the 401.',
     'seed-004', '401 Unauthorized section'),
    ('voip-provider-no-credit', 'The account has no credit: the provider rates each outgoing call and refuses it (seen as 403, or 603) when there is no credit.',
     'failure', 'customer', 'The provider''s billing support',
     'If calls are still refused after the top-up shows in the account.',
     'seed-004', '403 Denied section, No Account Credit; 603 Decline'),
    ('voip-provider-403-digest-user', 'Misconfiguration: the phone system presents a Caller ID (From number) that differs from the number in the Authorization digest username, which the provider does not allow.',
     'failure', 'customer', 'The provider''s support',
     'If the From number and the digest username are identical and calls still get 403.',
     'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider-403-password', 'The phone system answered the challenge and the provider refused the credentialed request: the password (or username) configured on it is wrong. On this network a 403 generally indicates an incorrect password.',
     'failure', 'customer', 'The provider''s support',
     'If the password was reset and re-entered and calls still get 403.',
     'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-403-register-password', 'The registrar refuses the REGISTER that carries credentials with 403: on this network a 403 generally indicates an incorrect password, so the password (or the auth username) configured for the registration is wrong. A REGISTER is not rated, so credit is not the cause.',
     'failure', 'customer', 'The provider''s support, with the REGISTER exchange and the source IP',
     'If the password was reset and re-entered and the REGISTER still gets 403: ask whether the account or line is disabled or the source IP banned.',
     'seed-004', 'Common SIP Response codes, 403 Forbidden; 403 Denied section, Misconfiguration'),
    ('voip-provider-403-other', 'None of the causes the article gives for a 403 applies (no credit, a caller ID that differs from the digest username, a wrong password), so the provider refuses the call for a reason of its own: its support needs a SIP trace.',
     'failure', 'carrier', 'The provider''s support',
     'Now, with a SIP trace of the failed call.',
     'siptriage', NULL),
    ('voip-provider-487-cancelled', 'The calling party cancelled the call before pick-up, so the provider terminated it with 487.',
     'abandoned', 'none', NULL, NULL, 'seed-004', '487 Request Terminated section'),
    ('voip-provider-487-timer', 'Nobody hung up: a ringing or no-answer timer (on the phone system, a forwarding rule or the provider) expired and cancelled the call.',
     'abandoned', 'customer', 'The provider''s support',
     'If the timer is not on the phone system and calls are cut before the expected ring time.',
     'siptriage', NULL),
    ('voip-provider-487-unexpected', 'The call was cancelled although no person hung up and no ringing timer expired.',
     'failure', 'carrier', 'The provider''s support',
     'Now, with a trace showing which side sent the CANCEL.',
     'siptriage', NULL),
    ('voip-provider-603-declined', 'The account has credit, so the destination itself cannot or refuses to participate in the call.',
     'declined', 'far-end', NULL, NULL, 'seed-004', 'Common SIP Response codes, 603 Decline'),
    ('voip-provider-603-unexplained', 'The account has credit and no person declined: the provider or a network beyond it refused the call.',
     'failure', 'carrier', 'The provider''s support',
     'Now, with a SIP trace of the failed call.',
     'siptriage', NULL);

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('voip-provider-401-normal', 1, 'operator', 'No action on the 401: confirm in the trace that the INVITE was sent again with the AUTH credentials.', 'seed-004', '401 Unauthorized section'),
    ('voip-provider-401-normal', 2, 'operator', 'Troubleshoot the final response to that retried INVITE instead (18x or 200 is success; 403 has its own causes).', 'siptriage', NULL),
    ('voip-provider-401-normal', 3, 'operator', 'Do not count answered 401 challenges as failures in call statistics.', 'domain-notes', 'section 4, expected'),

    ('voip-provider-401-bad-credentials', 1, 'operator', 'In the trace, read the Authorization header of the retried INVITE: username and realm.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider-401-bad-credentials', 2, 'customer', 'Re-enter the account''s SIP username and password on the phone system''s trunk, exactly as the provider issued them.', 'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-401-bad-credentials', 3, 'customer', 'Make the digest username the same number as the Caller ID (From number) presented.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider-401-bad-credentials', 4, 'operator', 'Place a test call and confirm the retried INVITE gets 18x or 200.', 'siptriage', NULL),

    ('voip-provider-401-no-auth', 1, 'operator', 'In the trace, confirm that no INVITE with an Authorization header follows the 401.', 'seed-004', '401 Unauthorized section'),
    ('voip-provider-401-no-auth', 2, 'customer', 'Configure the phone system''s trunk with the account''s AUTH credentials so it answers the challenge with an MD5 digest.', 'seed-004', '401 Unauthorized section'),
    ('voip-provider-401-no-auth', 3, 'customer', 'Check that the phone system registers with the provider using the same credentials.', 'seed-004', '401 Unauthorized section'),
    ('voip-provider-401-no-auth', 4, 'operator', 'Place a test call and confirm the INVITE is sent again with the credentials after the 401.', 'siptriage', NULL),

    ('voip-provider-no-credit', 1, 'customer', 'Check the account''s credit in the provider''s portal.', 'seed-004', '403 Denied section, No Account Credit'),
    ('voip-provider-no-credit', 2, 'customer', 'Top up the account via Manage Billing.', 'seed-004', '403 Denied section, No Account Credit'),
    ('voip-provider-no-credit', 3, 'operator', 'Place a test call once the new credit shows.', 'siptriage', NULL),

    ('voip-provider-403-digest-user', 1, 'operator', 'In the trace, compare the number in the From SIP URI with the username in the Authorization: Digest header.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider-403-digest-user', 2, 'customer', 'Configure the phone system so the number presented in the digest is the same as the Caller ID (From number).', 'seed-004', '403 Denied section, Misconfiguration'),
    ('voip-provider-403-digest-user', 3, 'operator', 'Re-test: the REGISTER with credentials must get 200 OK, a credentialed INVITE 18x or 200.', 'siptriage', NULL),

    ('voip-provider-403-password', 1, 'customer', 'Re-enter the account''s SIP password on the phone system, or reset it with the provider and enter the new one.', 'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-403-password', 2, 'customer', 'Check that the username and the realm (domain) configured match the account.', 'domain-notes', 'section 2, 401'),
    ('voip-provider-403-password', 3, 'operator', 'Place a test call and confirm the challenge is answered and the call proceeds.', 'siptriage', NULL),

    ('voip-provider-403-register-password', 1, 'operator', 'In the trace, confirm that the 403 answers the REGISTER sent with an Authorization header after the 401, and read its reason phrase and any Warning header.', 'rfc3261', 'sections 10.2 and 20.43'),
    ('voip-provider-403-register-password', 2, 'customer', 'Re-enter the account''s SIP password (and auth username) on the phone system''s registration, or reset it with the provider and enter the new one.', 'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-403-register-password', 3, 'operator', 'If the provider bans an IP after failed attempts, ask it to lift the ban once the credentials are corrected.', 'siptriage', NULL),
    ('voip-provider-403-register-password', 4, 'operator', 'Re-test and confirm the REGISTER with credentials gets 200 OK.', 'rfc3261', 'section 10.3'),

    ('voip-provider-403-other', 1, 'operator', 'Capture a SIP trace of the failed call, from the first INVITE through the 401 challenge to the 403; note whether the 403 answered the first INVITE or the one with credentials.', 'seed-004', '401 Unauthorized section, example'),
    ('voip-provider-403-other', 2, 'operator', 'Read any Reason or Warning header of the 403.', 'siptriage', NULL),
    ('voip-provider-403-other', 3, 'customer', 'Open a ticket with the provider with the trace, Call-ID, time and called number.', 'domain-notes', 'section 5'),

    ('voip-provider-487-cancelled', 1, 'operator', 'No action is needed: the caller hung up before the call was picked up.', 'seed-004', '487 Request Terminated section'),
    ('voip-provider-487-cancelled', 2, 'operator', 'If asked, show in the trace the CANCEL from the calling side before any 200 OK.', 'siptriage', NULL),
    ('voip-provider-487-cancelled', 3, 'operator', 'Count it as a normal outcome, not a failure.', 'seed-004', '487 Request Terminated section'),

    ('voip-provider-487-timer', 1, 'operator', 'In the trace, find which side sent the CANCEL and how long after the INVITE.', 'siptriage', NULL),
    ('voip-provider-487-timer', 2, 'customer', 'Check the phone system''s no-answer and forwarding timers for that number or ring group.', 'domain-notes', 'section 3, ringing timeout'),
    ('voip-provider-487-timer', 3, 'customer', 'Lengthen the timer if calls are cut before callers can answer.', 'siptriage', NULL),

    ('voip-provider-487-unexpected', 1, 'operator', 'In the trace, find which side sent the CANCEL or BYE.', 'siptriage', NULL),
    ('voip-provider-487-unexpected', 2, 'customer', 'Check the phone system''s logs for why it cancelled the call, if it did.', 'siptriage', NULL),
    ('voip-provider-487-unexpected', 3, 'customer', 'Otherwise open a ticket with the provider with the trace, Call-ID and time.', 'domain-notes', 'section 5'),

    ('voip-provider-603-declined', 1, 'operator', 'No action can complete this call: the destination refused it.', 'seed-004', 'Common SIP Response codes, 603 Decline'),
    ('voip-provider-603-declined', 2, 'customer', 'Try the destination later or by other means.', 'siptriage', NULL),
    ('voip-provider-603-declined', 3, 'operator', 'If every call gets 603, check the account''s credit again.', 'seed-004', 'Common SIP Response codes, 603 Decline'),

    ('voip-provider-603-unexplained', 1, 'operator', 'Capture a SIP trace of the failed call and read any Reason header of the 603.', 'siptriage', NULL),
    ('voip-provider-603-unexplained', 2, 'operator', 'Check whether other destinations fail the same way.', 'siptriage', NULL),
    ('voip-provider-603-unexplained', 3, 'customer', 'Open a ticket with the provider with the trace, Call-ID, time and called number.', 'domain-notes', 'section 5');

-- ---------------------------------------------------------------------------
-- Trees.

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('voip-provider-401', 'VoIP provider 401: the normal password challenge', 'q1', NULL, 'seed-004', '401 Unauthorized section'),
    ('voip-provider-403', 'VoIP provider 403 Denied: a refused REGISTER, no credit, caller ID vs digest username, or password', 'q0', NULL, 'seed-004', '403 Denied section; 403 Forbidden'),
    ('voip-provider-487', 'VoIP provider 487: caller cancelled before pick-up', 'q1', NULL, 'seed-004', '487 Request Terminated section'),
    ('voip-provider-603', 'VoIP provider 603: declined, or no credit', 'q1', NULL, 'seed-004', 'Common SIP Response codes, 603 Decline');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- 401: answered and accepted is the normal challenge; challenged again
    -- after credentials (a second 401) is a rejection.
    ('voip-provider-401', 'q1', 'challenge-answered', 'yes', 'q2', NULL, NULL, 'voip-provider-401-no-auth'),
    ('voip-provider-401', 'q2', 'rechallenged', 'no', NULL, 'voip-provider-401-bad-credentials', 'q3', NULL),
    ('voip-provider-401', 'q3', 'credentials-valid', 'yes', NULL, 'voip-provider-401-normal', NULL, 'voip-provider-401-bad-credentials'),
    -- 403: calls are rated, so credit first; then the digest user.  A
    -- working registration proves the password, and a password is blamed
    -- only when a challenge was answered and refused.
    -- A REGISTER is not rated (seed 004 speaks of outgoing calls): a 403 to
    -- the credentialed REGISTER takes the registration causes (review N33).
    ('voip-provider-403', 'q0', 'register-forbidden', 'no', 'q6', NULL, 'q1', NULL),
    ('voip-provider-403', 'q6', 'digest-user', 'yes', 'q7', NULL, NULL, 'voip-provider-403-digest-user'),
    ('voip-provider-403', 'q7', 'credentials-valid', 'no', NULL, 'gen-403-register-refused', NULL, 'voip-provider-403-register-password'),
    ('voip-provider-403', 'q1', 'balance', 'no', 'q2', NULL, NULL, 'voip-provider-no-credit'),
    ('voip-provider-403', 'q2', 'digest-user', 'yes', 'q3', NULL, NULL, 'voip-provider-403-digest-user'),
    ('voip-provider-403', 'q3', 'registration-ok', 'yes', NULL, 'voip-provider-403-other', 'q4', NULL),
    ('voip-provider-403', 'q4', 'challenge-answered', 'yes', 'q5', NULL, NULL, 'voip-provider-403-other'),
    ('voip-provider-403', 'q5', 'credentials-valid', 'no', NULL, 'voip-provider-403-other', NULL, 'voip-provider-403-password'),
    ('voip-provider-487', 'q1', 'user-outcome', 'yes', NULL, 'voip-provider-487-cancelled', 'q2', NULL),
    ('voip-provider-487', 'q2', 'ringing-timeout', 'yes', NULL, 'voip-provider-487-timer', NULL, 'voip-provider-487-unexpected'),
    ('voip-provider-603', 'q1', 'balance', 'yes', 'q2', NULL, NULL, 'voip-provider-no-credit'),
    ('voip-provider-603', 'q2', 'user-outcome', 'yes', NULL, 'voip-provider-603-declined', NULL, 'voip-provider-603-unexplained');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('voip-provider', 401, NULL, NULL, NULL, 'voip-provider-401', 'seed-004', '401 Unauthorized section'),
    ('voip-provider', 403, NULL, NULL, NULL, 'voip-provider-403', 'seed-004', '403 Denied section'),
    ('voip-provider', 487, NULL, NULL, NULL, 'voip-provider-487', 'seed-004', '487 Request Terminated section'),
    ('voip-provider', 603, NULL, NULL, NULL, 'voip-provider-603', 'seed-004', 'Common SIP Response codes, 603 Decline');

-- ---------------------------------------------------------------------------
-- Where the article misleads, and what its outcomes are worth.

-- The 401 section says the code "relates to Registration only", then
-- describes it on INVITEs.
INSERT INTO vendor_code_fault (vendor, code, row_source, reads_like, note, source, cite) VALUES
    ('voip-provider', 401, 'seed-004', 'a REGISTER-only code, then an INVITE challenge',
     'the article says the 401 "relates to Registration only" and in the next sentence describes it as the challenge of every outgoing INVITE. By RFC 3261 a 401 challenges any request, REGISTER or INVITE; the checklist reads it for both. A second 401 to a request that carried credentials is a rejection, not the normal password challenge.',
     'rfc3261', 'sections 21.4.2 and 22.2');

INSERT INTO outcome_residual (outcome, source, cite) VALUES
    ('voip-provider-403-other', 'siptriage', NULL),
    ('voip-provider-603-unexplained', 'siptriage', NULL),
    ('voip-provider-487-unexpected', 'siptriage', NULL);

INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('voip-provider-no-credit', 'immediate', 'Every outgoing call is refused until the account is topped up: the provider rates each call.', 'seed-004', '403 Denied section, No Account Credit'),
    ('voip-provider-401-bad-credentials', 'immediate', 'Credentials that are rejected fail every call and registration of the phone system.', 'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-403-register-password', 'immediate', 'A phone system whose registration is refused receives no call at all, and its outgoing calls are refused with the same credentials.', 'seed-004', 'Common SIP Response codes, 403 Forbidden'),
    ('voip-provider-401-no-auth', 'immediate', 'A phone system that does not answer the challenge places no call at all.', 'seed-004', '401 Unauthorized section');
