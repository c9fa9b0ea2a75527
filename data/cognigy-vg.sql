-- Vendor 'cognigy-vg': Cognigy Voice Gateway (built on jambonz).
-- Seed 000 is the public "SIP Response Codes" page, seed 001 the internal
-- guidance for the L1 Voice Infrastructure team.  The two disagree (403 is
-- "Invalid Caller ID" from a carrier in 000 but SIP spam in 001; 400 is labelled
-- "Permission Denied" in 000): both readings are kept, and the trees below ask
-- which leg failed (transfer-leg) and where the call came from (scanner) first.
-- Seed 001 describes the SIP responses to INCOMING calls (Kibana dashboard).

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('cognigy-vg', 'Cognigy Voice Gateway',
     'Cognigy''s voice gateway (built on jambonz): it answers inbound calls from the customers'' SIP carriers and connects them to Cognigy.AI voice agents (Flows); Transfer nodes place outbound legs to carriers.',
     'sip_status in the Cognigy.AI Logs of the Agent; the PCAPs downloaded from a call''s details in Recent Calls; the Alerts page of the Self-Service Portal. L1 Voice Infrastructure: the Kibana dashboard pie chart of the SIP responses to incoming calls.',
     'seed-000', 'introduction; Kibana: seed 001 introduction');

-- ---------------------------------------------------------------------------
-- The public page (seed 000), one row per table row.

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('cognigy-vg', 200, 'OK', 'The call was successfully answered.',
     'No specific actions are required.', 'seed-000', '200 row'),
    ('cognigy-vg', 202, 'OK', 'The request has been accepted for processing, but the processing has not been completed.',
     'No specific actions are required.', 'seed-000', '202 row'),
    ('cognigy-vg', 400, 'Permission Denied',
     'The server refuses to authorize the request due to various reasons, including the user not having necessary permissions or having wrong credentials.',
     'Check the request credentials (for example, user name and password) and permissions. Ensure the request is being sent to the correct server and endpoint. If there are a large number of requests with status 403 from the same IP, consider blocking the IP.',
     'seed-000', '400 row'),
    ('cognigy-vg', 403, 'Invalid Caller ID', 'The incoming call was rejected by the carrier.',
     'Check PCAP for detailed information about the cause of failure. Some SBCs like Twilio may reject calls from unknown numbers. In this case, it might be necessary to configure the P-Asserted-Identity header for the Transfer.',
     'seed-000', '403 row'),
    ('cognigy-vg', 404, 'Not Found',
     'A call to a phone number not set up in the Voice Gateway Self-Service Portal may indicate a SIP spam attempt.',
     'Check the Carrier or Phone numbers configurations in the Self-Service Portal. Verify the request URI provided in your Transfer Node is correct. The issue may be due to a mistyped address or an outdated record. Investigate further for troubleshooting and possible IP blocking.',
     'seed-000', '404 row'),
    ('cognigy-vg', 408, 'Request Timeout',
     'The SIP endpoint was unresponsive, and the server did not receive a complete request message within the time it was prepared to wait.',
     'This often indicates network issues or a problem with the server. Try sending the request again after some time or investigate network connectivity problems on a lower level. Check and compare Voice Gateway PCAP for a specific call with your provider''s PCAP for that call.',
     'seed-000', '408 row'),
    ('cognigy-vg', 480, 'Temporarily Unavailable',
     'There is no application configured for an incoming call, or there are no more resources available to handle a call (the system is at maximum capacity).',
     'Check if an application is properly attached to the Phone number in the Self-Service Portal. Retry after some time. If the issue persists, contact the callee by other means to confirm their availability.',
     'seed-000', '480 row'),
    ('cognigy-vg', 487, 'Request Terminated',
     'The callee either rejects the call or fails to accept it within the defined timeout. Within the Flow, you will receive the NO_ANSWER call event.',
     'No specific action is needed if the termination was intentional. If unexpected, inspect the call Flow for issues, for example, faulty Code Nodes.',
     'seed-000', '487 row'),
    ('cognigy-vg', 488, 'Not Acceptable Here',
     'The incoming call requested a codec or a feature in the Session Description Protocol (SDP) that the Voice Gateway does not support, or it provided an unacceptable parameter.',
     'Check the codecs or any other session parameters being used and ensure they are supported by both the caller and callee.',
     'seed-000', '488 row'),
    ('cognigy-vg', 500, 'Server Internal Error',
     'The application error. The server encountered an unexpected condition that prevented it from fulfilling the request. This is a server-side issue.',
     'Attempt the request later or contact the server administrator if the problem persists. For example, if the Voice Gateway responded with this code, contact Customer Support. If your carrier responded with this code, contact your provider.',
     'seed-000', '500 row'),
    ('cognigy-vg', 503, 'Service Unavailable',
     'Voice Gateway is unable to process the call due to specific reasons, including an inactive account status or reaching the maximum call limit.',
     'Contact Customer Support or your Customer Success Manager at Cognigy.',
     'seed-000', '503 row'),
    ('cognigy-vg', 603, 'Decline',
     'The callee''s end system was contacted successfully but the user explicitly rejected the call, or there was an issue connecting to the Voice Gateway Endpoint.',
     'If it was a normal rejection of a call, no further action can be taken to establish the call; if necessary, try contacting the user through alternative means. If this response was not expected, check your Self-Service Portal configurations of your Carrier as well as the Alerts page. Check Cognigy AI logs for any error log messages that could indicate the root cause.',
     'seed-000', '603 row');

-- The internal L1 guidance (seed 001), one row per bullet.

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('cognigy-vg', 200, 'OK',
     'The call was successfully answered: the normal and expected response for an incoming call from a properly provisioned customer. It does not mean there were no issues with the call or the flow afterwards, only that VG answered and allocated the resources to handle the call.',
     NULL, 'seed-001', '200 OK bullet and paragraph'),
    ('cognigy-vg', 403, 'Permission Denied', 'This is likely a call from a SIP spammer.',
     'If we see large amounts of these we should investigate and possibly block the source IP.',
     'seed-001', '403 bullet'),
    ('cognigy-vg', 404, 'Not Found',
     'This is a call to a phone number that is not provisioned in the VG database. It may be a customer that has not configured their trunk and numbers properly or it may be a SIP spammer.',
     'We should track and investigate if we receive significant numbers of these.',
     'seed-001', '404 bullet'),
    ('cognigy-vg', 408, 'Request Timeout', 'This indicates some SIP endpoint was unresponsive.',
     'Any incidents of these should be immediately investigated.', 'seed-001', '408 bullet'),
    ('cognigy-vg', 480, 'Temporarily Unavailable',
     'This can be returned if there are no feature servers or rtpengine resources available to handle a call. It is also returned if there is no application configured for an incoming call.',
     'We should track and investigate if we receive significant numbers of these.',
     'seed-001', '480 bullet'),
    ('cognigy-vg', 487, 'Request Terminated', 'This is a call where the caller hung up before we connected them.',
     'While this can happen, large numbers of this status code may indicate we are experiencing a problem or delay in answering calls, and should be investigated.',
     'seed-001', '487 bullet'),
    ('cognigy-vg', 488, 'Not Acceptable Here',
     'This indicates the incoming call requested a codec or a facility in the SDP that we do not support.',
     'Any incidents of these should be immediately investigated.', 'seed-001', '488 bullet'),
    ('cognigy-vg', 500, 'Server Internal Error', 'This indicates an application error of some kind.',
     'Any incidents of these should be immediately investigated.', 'seed-001', '500 bullet'),
    ('cognigy-vg', 503, 'Service Unavailable',
     'This indicates we are not handling the call for a specific reason, which could be that the account is inactive or has reached its max call limit.',
     'We should track and investigate if we receive significant numbers of these.',
     'seed-001', '503 bullet (seed 001 prints no label; label from seed 000)'),
    ('cognigy-vg', 603, 'Decline',
     'This indicates that we did not handle the call for a specific reason, which may include an issue connecting to the VG endpoint.',
     'Any incidents of these should be immediately investigated.',
     'seed-001', '603 bullet (seed 001 prints no label; label from seed 000)');

INSERT INTO vendor_severity (vendor, code, severity, reason, source, cite) VALUES
    ('cognigy-vg', 200, 'normal', 'The normal and expected response for an incoming call; fewer than 100% 200 OK is not by itself an issue.', 'seed-001', '200 OK paragraph'),
    ('cognigy-vg', 202, 'normal', 'No specific actions are required.', 'seed-000', '202 row'),
    ('cognigy-vg', 403, 'track', 'Likely a call from a SIP spammer; large amounts of these should be investigated and the source IP possibly blocked.', 'seed-001', '403 bullet'),
    ('cognigy-vg', 404, 'track', 'A number not provisioned in VG (customer misconfiguration or SIP spam): track and investigate significant numbers.', 'seed-001', '404 bullet'),
    ('cognigy-vg', 408, 'immediate', 'Some SIP endpoint was unresponsive: any incidents of these should be immediately investigated.', 'seed-001', '408 bullet'),
    ('cognigy-vg', 480, 'track', 'No application configured or no feature server / rtpengine resources: track and investigate significant numbers.', 'seed-001', '480 bullet'),
    ('cognigy-vg', 487, 'track', 'Callers hanging up before being connected happens; large numbers may indicate a problem or delay in answering calls and should be investigated.', 'seed-001', '487 bullet'),
    ('cognigy-vg', 488, 'immediate', 'The caller requested a codec or SDP facility VG does not support: any incidents of these should be immediately investigated.', 'seed-001', '488 bullet'),
    ('cognigy-vg', 500, 'immediate', 'An application error of some kind: any incidents of these should be immediately investigated.', 'seed-001', '500 bullet'),
    ('cognigy-vg', 503, 'track', 'Inactive account or max call limit reached: track and investigate significant numbers.', 'seed-001', '503 bullet'),
    ('cognigy-vg', 603, 'immediate', 'VG did not handle the call, possibly an issue connecting to the VG endpoint: any incidents of these should be immediately investigated.', 'seed-001', '603 bullet');

-- The two printed names of 403, as reasons: the operator reads one of them in
-- the PCAP or the documentation, and each tells which leg failed.
INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('cognigy-vg', 403, 'Invalid Caller ID', 'destination',
     'The call was rejected by the carrier: some SBCs like Twilio reject calls from unknown numbers.',
     'Check PCAP for the cause of failure; configure the P-Asserted-Identity header for the Transfer.',
     NULL, NULL, 'seed-000', '403 row'),
    ('cognigy-vg', 403, 'Permission Denied', 'system',
     'Likely a call from a SIP spammer, rejected by the Voice Gateway on an incoming call.',
     'If large amounts are seen, investigate and possibly block the source IP.',
     'track', 'Only large amounts call for investigation.', 'seed-001', '403 bullet');

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('cognigy-vg', 403, 'Invalid Caller ID', 'transfer-leg', 'yes', 'seed-000', '403 row: rejected by the carrier; P-Asserted-Identity for the Transfer'),
    ('cognigy-vg', 403, 'Invalid Caller ID', 'caller-id-valid', 'no', 'seed-000', '403 row: carriers may reject calls from unknown numbers'),
    ('cognigy-vg', 403, 'Permission Denied', 'transfer-leg', 'no', 'seed-001', 'introduction: SIP responses to incoming calls');

-- ---------------------------------------------------------------------------
-- Background the seeds give, and what jambonz (the base of VG) does.
-- Seed 001's guidance on tracking (the paragraph after 200 OK: fewer than 100%
-- 200 OK is not an issue, track daily, L1 before Engineering) is attached to
-- code 200, where the seed gives it, so that `explain -V cognigy-vg 200` shows it;
-- notes with no code are not shown by explain.

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('cognigy-vg', NULL, NULL, 'Where the codes show up',
     'Find the codes in the Cognigy.AI Logs of your Agent under sip_status, or in the PCAPs downloaded from a call''s details in Recent Calls. For troubleshooting, check the Alerts page in the Self-Service Portal for any received alerts.',
     'seed-000', 'introduction'),
    ('cognigy-vg', NULL, NULL, 'Cognigy technical support',
     'If you cannot resolve the issue with the guidance of the SIP Response Codes page, contact Cognigy technical support.',
     'seed-000', 'closing line'),
    ('cognigy-vg', 200, NULL, 'Kibana dashboard',
     'The Kibana dashboard shows a pie chart of the frequency of the SIP responses to incoming calls over a chosen period; 200 OK shows in green. L1 uses it to track the codes.',
     'seed-001', 'introduction'),
    ('cognigy-vg', 200, NULL, 'Daily tracking',
     'Fewer than 100% 200 OK responses is not in itself an issue. Track the status codes daily (if not hourly or less), and follow up on any failure of a significant status code and on any significant trend of large failures of any code.',
     'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg', 200, NULL, 'Following up a failure',
     'Following up means retrieving the SIP traces and application logs for some of the failures and diagnosing them to decide whether further concern and action is warranted.',
     'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg', 200, NULL, 'L1 before Engineering',
     'Following up on SIP failures is the function of the Level 1 support team for Voice Infrastructure. Engineering should not look into them unless this first level of troubleshooting (traces and logs retrieved and diagnosed) has been done.',
     'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg', 200, NULL, 'What 200 OK means',
     'The normal and expected response for an incoming call from a properly provisioned customer: from a signaling perspective VG answered the call and allocated the resources to handle it. It does not mean there were no issues with the call or the Flow after that.',
     'seed-001', '200 OK paragraph'),
    ('cognigy-vg', 401, 'challenge-answered', 'No failure record for 401',
     'jambonz, on which Voice Gateway is built, writes no failure CDR for a 401 challenge: a 401 alone is part of digest authentication.',
     'jz-sbc', 'initLocals: CDR for non-success responses except 401'),
    ('cognigy-vg', 403, 'credentials-valid', 'Calls from SIP users are challenged',
     'jambonz challenges calls from SIP users (devices and clients, not carriers) with digest authentication and blacklists unknown SIP realms; carriers are recognised by their source IP instead.',
     'jz-sbc', 'challengeDeviceCalls; identifyAccount'),
    ('cognigy-vg', 404, 'number-provisioned', '404 Number Not Provisioned',
     'jambonz answers a call from a known carrier to a number that is not provisioned with 404 Number Not Provisioned, and a call to an unknown SIP realm from a non-carrier source with a plain 404.',
     'jz-sbc', 'identifyAccount'),
    ('cognigy-vg', 480, 'app-binding', 'X-Reason: no configured application',
     'jambonz looks up the application by called number and carrier, then by regex routes; when none is found the feature server rejects the call with 480 and X-Reason: no configured application.',
     'jz-fs', 'middleware'),
    ('cognigy-vg', 487, NULL, 'Caller hung up before connecting',
     'jambonz logs a CANCEL that arrives before the call reaches a feature server as: caller hung up before connecting to feature server, and counts it as 487.',
     'jz-sbc', 'initLocals: cancel handler'),
    ('cognigy-vg', 500, NULL, '500 from the gateway itself',
     'jambonz answers 500 when a database error occurs while it identifies the account of an inbound call, or when checking the call limits fails.',
     'jz-sbc', 'identifyAccount; checkLimits'),
    ('cognigy-vg', 503, 'account-active', 'X-Reason: Account exists but is inactive',
     'jambonz rejects calls for an inactive account with 503 and the header X-Reason: Account exists but is inactive; read it in the PCAP.',
     'jz-sbc', 'identifyAccount'),
    ('cognigy-vg', 503, 'capacity', 'Maximum Calls In Progress',
     'jambonz rejects calls above the account''s call limit with 503 Maximum Calls In Progress (or Max Account Calls In Progress with an X-Call-Limit header) and writes an account call limit alert.',
     'jz-sbc', 'checkLimits');

-- ---------------------------------------------------------------------------
-- Outcomes.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('cognigy-vg-success', 'The call was answered: VG allocated the resources to handle it. Problems after the answer are in the Flow or the media, not the signaling.',
     'success', 'none', NULL, NULL, 'seed-001', '200 OK paragraph'),
    ('cognigy-vg-spam-single', 'An occasional request from an unknown source or SIP scanner was refused: seed 001 reads such 403/404 responses to incoming calls as SIP spam.',
     'declined', 'none', NULL, NULL, 'seed-001', '403 and 404 bullets'),
    ('cognigy-vg-spam-flood', 'Large numbers of requests from an unknown source or SIP scanner are being refused: a SIP spam or fraud attempt against the gateway.',
     'failure', 'operator', 'Cognigy technical support (Voice Infrastructure engineering)',
     'When the offending source IPs are collected and they must be blocked at the gateway edge, or the rejections keep rising after blocking.',
     'seed-001', '403 bullet'),
    ('cognigy-vg-unexplained', 'None of the causes the Cognigy pages document applies, so the reason the gateway refused the call is not visible to L1: Cognigy technical support needs the PCAP and the logs.',
     'failure', 'platform', 'Cognigy technical support',
     'Once L1 has retrieved the PCAP and the Cognigy.AI logs of a few failing calls (seed 001: L1 before Engineering).',
     'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg-400-transfer', 'The carrier (or the transfer target) could not parse the INVITE the gateway sent for the Transfer: a malformed header or URI, most often one the Transfer node sets (target URI, caller ID, custom headers). A 400 is not about credentials.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)',
     'If the outbound INVITE in the PCAP is well-formed (valid Request-URI, From, To and headers) and the carrier still answers 400: ask the carrier which header it refuses.',
     'rfc3261', 'section 21.4.1'),
    ('cognigy-vg-400-malformed', 'The request could not be understood: a header, URI or SDP in it is malformed, or it was sent to the wrong server or endpoint. By RFC 3261 a 400 is Bad Request, whatever the public page''s label says.',
     'failure', 'customer', 'Cognigy technical support',
     'If the PCAP shows a well-formed request sent to the right server and endpoint.',
     'rfc3261', 'section 21.4.1'),
    ('cognigy-vg-403-transfer-callerid', 'The carrier rejected the outbound (Transfer) leg for its caller ID: SBCs such as Twilio reject calls from unknown numbers (403 Invalid Caller ID).',
     'failure', 'customer', 'The customer''s carrier (SIP provider)',
     'If the caller ID is owned or verified at the carrier, in E.164 and sent in P-Asserted-Identity, and the carrier still answers 403.',
     'seed-000', '403 row'),
    ('cognigy-vg-403-transfer-carrier', 'The carrier refused the outbound (Transfer) leg for another reason than the caller ID, such as credentials, its IP allowlist or a destination permission.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)',
     'If the PCAP shows the carrier''s 403 and the trunk credentials, IPs and destination permissions are correct.',
     'seed-000', '403 row'),
    ('cognigy-vg-403-credentials', 'A SIP user (a device or client, not a carrier) called the gateway with credentials or a SIP realm that do not match the account, so the digest challenge failed.',
     'failure', 'customer', 'Cognigy technical support',
     'If the credentials and realm match the account and the same source is still refused.',
     'seed-000', '400 row (credentials advice)'),
    ('cognigy-vg-404-transfer-uri', 'The request URI of the Transfer node points to a user or number the far end does not know: a mistyped address or an outdated record.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)',
     'If the request URI is correct and the number can be reached from other networks.',
     'seed-000', '404 row'),
    ('cognigy-vg-404-not-provisioned', 'The called number is not set up in the Voice Gateway Self-Service Portal (not in the VG database), or its carrier is not configured: the trunk and numbers were not configured properly.',
     'failure', 'customer', 'Cognigy technical support',
     'If the number and its Carrier are configured in the Self-Service Portal and calls still get 404.',
     'seed-001', '404 bullet'),
    ('cognigy-vg-404-number-format', 'The number is provisioned, but the carrier sends it in another format (national instead of E.164, a prefix, a missing +), so VG does not find it.',
     'failure', 'customer', 'Cognigy technical support',
     'If the number in the Request-URI matches the provisioned number exactly and calls still get 404.',
     'siptriage', NULL),
    ('cognigy-vg-408-network', 'The SIP endpoint (the carrier''s gateway or the Transfer target) does not answer the gateway''s requests: a network or firewall problem or a wrong address.',
     'failure', 'customer', 'Cognigy technical support and the customer''s provider',
     'Immediately, for any incident (seed 001), with the Voice Gateway PCAP and the provider''s PCAP of the same call.',
     'seed-000', '408 row'),
    ('cognigy-vg-408-udp-size', 'The request is too large for UDP (over 1300 bytes) and its fragments are lost, so the far end never sees a complete request.',
     'failure', 'customer', 'Cognigy technical support',
     'Immediately (seed 001) if the carrier cannot use TCP or TLS, or if the 408 persists over TCP.',
     'mtu', NULL),
    ('cognigy-vg-408-timeout', 'The endpoint is reachable but did not complete this request in time: a problem with the server or intermittent network trouble.',
     'failure', 'operator', 'Cognigy technical support and the customer''s provider',
     'Immediately (seed 001): as soon as both PCAPs of the call are compared.',
     'seed-000', '408 row'),
    ('cognigy-vg-480-callee', 'The target of the Transfer is temporarily unavailable (not registered, switched off or not answering).',
     'declined', 'far-end', 'The customer''s carrier (SIP provider)',
     'Only if many different numbers on the same carrier return 480.',
     'seed-000', '480 row'),
    ('cognigy-vg-480-no-app', 'No application is attached to the called phone number, so Voice Gateway has nothing to run the call with.',
     'failure', 'customer', 'Cognigy technical support',
     'If an application is attached to the number and calls still get 480.',
     'seed-000', '480 row'),
    ('cognigy-vg-480-capacity', 'No feature server or rtpengine resources were available to handle the call: the system is at maximum capacity.',
     'failure', 'platform', 'Cognigy technical support (Voice Infrastructure engineering)',
     'At once when many calls get 480 together; otherwise when the daily tracking shows significant numbers and L1 has collected traces.',
     'seed-001', '480 bullet'),
    ('cognigy-vg-487-caller-hangup', 'The caller hung up before the call was connected, or the callee did not accept it within the timeout; the Flow receives the NO_ANSWER event.',
     'abandoned', 'none', NULL, NULL, 'seed-001', '487 bullet'),
    ('cognigy-vg-487-answer-delay', 'Large numbers of callers hang up before being connected: the gateway may have a problem or a delay in answering calls.',
     'failure', 'platform', 'Cognigy technical support (Voice Infrastructure engineering)',
     'After L1 has retrieved traces and logs for a sample of the calls and confirmed the delay or the rise.',
     'seed-001', '487 bullet'),
    ('cognigy-vg-487-flow', 'The termination was not intended by a person: the call Flow likely ended or failed the call, for example a faulty Code Node or a Transfer timeout.',
     'failure', 'customer', 'Cognigy technical support',
     'If the Flow and its Code Nodes run without errors in the Cognigy.AI logs.',
     'seed-000', '487 row'),
    ('cognigy-vg-488-codec', 'The call offered only codecs that the Voice Gateway does not support, so the SDP offer and answer share none.',
     'failure', 'customer', 'Cognigy technical support',
     'Immediately (seed 001) if the PCAP shows the carrier offering a codec the gateway should accept.',
     'seed-001', '488 bullet'),
    ('cognigy-vg-488-encryption', 'The two sides disagree on plain RTP versus SRTP (or on the TLS version), so the session parameters are not acceptable.',
     'failure', 'customer', 'Cognigy technical support',
     'Immediately (seed 001) if the carrier and gateway settings agree and the 488 continues.',
     'seed-000', '488 row'),
    ('cognigy-vg-488-sdp', 'A codec is shared, but another SDP facility or parameter of the call is not supported (for example ptime, T.38, IPv6 or a private address).',
     'failure', 'customer', 'Cognigy technical support',
     'Immediately (seed 001), with the PCAP showing the SDP offer.',
     'seed-000', '488 row'),
    ('cognigy-vg-500-vg', 'The Voice Gateway itself answered 500: an application error of some kind on the platform.',
     'failure', 'platform', 'Cognigy Customer Support',
     'Immediately, for every occurrence (seed 001), once the PCAP and logs of the call are collected.',
     'seed-000', '500 row'),
    ('cognigy-vg-500-carrier', 'The customer''s carrier answered 500 to the gateway''s outbound (Transfer) leg: a server-side error at the provider.',
     'failure', 'carrier', 'The customer''s provider (carrier)',
     'If the 500 repeats when the request is attempted later.',
     'seed-000', '500 row'),
    ('cognigy-vg-503-carrier', 'The customer''s carrier answered 503 to the outbound (Transfer) leg: the provider is overloaded, in maintenance or limiting the calls.',
     'failure', 'carrier', 'The customer''s provider (carrier)',
     'If the 503 persists after the Retry-After time or affects many transfers.',
     'siptriage', NULL),
    ('cognigy-vg-503-inactive', 'The Voice Gateway account is inactive, so VG does not handle its calls.',
     'failure', 'customer', 'Cognigy Customer Support or the Customer Success Manager',
     'At once: only Cognigy can reactivate the account.',
     'seed-000', '503 row'),
    ('cognigy-vg-503-call-limit', 'The account has reached its maximum call limit, so VG refuses further calls until calls end.',
     'failure', 'customer', 'Cognigy Customer Success Manager',
     'When the limit is reached regularly and the account needs a higher limit.',
     'seed-000', '503 row'),
    ('cognigy-vg-603-declined', 'A normal rejection: the callee''s end system was contacted and the user explicitly rejected the call.',
     'declined', 'far-end', NULL, NULL, 'seed-000', '603 row'),
    ('cognigy-vg-603-carrier', 'The outbound (Transfer) leg was declined without a person involved: the carrier refused it, for example for its account status or a blocked caller ID.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)',
     'Immediately (seed 001) if the carrier configuration in the Self-Service Portal is right and the PCAP shows the carrier''s 603.',
     'seed-000', '603 row'),
    ('cognigy-vg-603-endpoint', 'VG did not handle the call for a specific reason, such as an issue connecting to the Voice Gateway endpoint.',
     'failure', 'platform', 'Cognigy technical support',
     'Immediately, for any incident (seed 001), once the Carrier configuration, Alerts page and logs are checked.',
     'seed-001', '603 bullet');

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('cognigy-vg-success', 1, 'operator', 'No action is needed on the signaling: the call was answered.', 'seed-000', '200 row'),
    ('cognigy-vg-success', 2, 'operator', 'If the caller still reports a problem, check the Cognigy.AI logs of the Flow for the call.', 'seed-001', '200 OK paragraph'),
    ('cognigy-vg-success', 3, 'operator', 'If the problem is audio (silence, one-way), download the PCAP from Recent Calls and check that RTP flowed both ways.', 'siptriage', NULL),

    ('cognigy-vg-spam-single', 1, 'operator', 'Read the source IP of the request in the PCAP (IP header or Via received) and note it with the time.', 'seed-001', '403 bullet'),
    ('cognigy-vg-spam-single', 2, 'operator', 'Check on the Kibana dashboard that this code is not rising for the period.', 'seed-001', 'introduction'),
    ('cognigy-vg-spam-single', 3, 'operator', 'Change nothing in the customer''s configuration and do not send single spam calls to Engineering; keep tracking daily.', 'seed-001', 'paragraph after 200 OK'),

    ('cognigy-vg-spam-flood', 1, 'operator', 'Retrieve the SIP traces of a sample of the refused requests and list their source IPs, called numbers and times.', 'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg-spam-flood', 2, 'operator', 'Confirm the source IPs belong to no Carrier configured in the Self-Service Portal, so blocking them stops no customer traffic.', 'siptriage', NULL),
    ('cognigy-vg-spam-flood', 3, 'platform', 'Block the offending source IPs at the gateway edge or firewall.', 'seed-001', '403 bullet'),
    ('cognigy-vg-spam-flood', 4, 'operator', 'Keep watching the code on the Kibana dashboard to confirm the block worked.', 'seed-001', 'introduction'),

    ('cognigy-vg-unexplained', 1, 'operator', 'Download the PCAP of a failing call from Recent Calls and note the response, its reason phrase and any X-Reason header.', 'seed-000', 'introduction'),
    ('cognigy-vg-unexplained', 2, 'operator', 'Check the Alerts page of the Self-Service Portal and the sip_status entries in the Cognigy.AI logs at the time of the call.', 'seed-000', 'introduction'),
    ('cognigy-vg-unexplained', 3, 'operator', 'Check on the Kibana dashboard whether the code rose for one account or for all.', 'seed-001', 'introduction'),
    ('cognigy-vg-unexplained', 4, 'operator', 'Open a ticket with Cognigy technical support with the PCAP, Call-ID, called number, time and the logs.', 'seed-000', 'closing line'),

    ('cognigy-vg-400-transfer', 1, 'operator', 'Download the call''s PCAP and read the 400''s reason phrase and any Warning header: they usually name the header or URI the carrier could not parse.', 'rfc3261', 'sections 21.4.1 and 20.43'),
    ('cognigy-vg-400-transfer', 2, 'operator', 'In the same PCAP, read the outbound INVITE: Request-URI, To, From, P-Asserted-Identity and any custom headers, and compare them with what the Transfer node sets.', 'seed-000', '403 row: P-Asserted-Identity for the Transfer'),
    ('cognigy-vg-400-transfer', 3, 'customer', 'Fix the value in the Transfer node: a target written as a full SIP URI (sip:+4930123456@carrier.example) or an E.164 number, no spaces or stray characters, custom header values without quotes or line breaks.', 'rfc3261', 'section 25.1 (SIP URI syntax)'),
    ('cognigy-vg-400-transfer', 4, 'operator', 'Place a test transfer and confirm the carrier now answers 18x or 200.', 'siptriage', NULL),

    ('cognigy-vg-400-malformed', 1, 'operator', 'In the PCAP, read the 400''s reason phrase and any Warning header: they often name the malformed header.', 'rfc3261', 'sections 21.4.1 and 20.43'),
    ('cognigy-vg-400-malformed', 2, 'customer', 'Ensure the request is sent to the correct server and endpoint (host, port, transport).', 'seed-000', '400 row'),
    ('cognigy-vg-400-malformed', 3, 'customer', 'Fix the header or URI the response points at on the sending system and test again.', 'siptriage', NULL),
    ('cognigy-vg-400-malformed', 4, 'operator', 'Only if the reason phrase or Warning speaks of authentication or permission, check the sender''s credentials and permissions as the public page suggests; credential faults normally show as 401, 407 or 403.', 'seed-000', '400 row'),
    ('cognigy-vg-400-malformed', 5, 'operator', 'If one IP sends a large number of refused requests, treat it as a scanner and have it blocked.', 'seed-000', '400 row'),

    ('cognigy-vg-403-transfer-callerid', 1, 'operator', 'Download the call''s PCAP and read the 403''s reason phrase and the From and P-Asserted-Identity of the outbound INVITE.', 'seed-000', '403 row'),
    ('cognigy-vg-403-transfer-callerid', 2, 'customer', 'In the Transfer node, configure the P-Asserted-Identity header with a number the carrier knows.', 'seed-000', '403 row'),
    ('cognigy-vg-403-transfer-callerid', 3, 'customer', 'Send that caller ID in E.164 format with the leading +.', 'tw-ts', '403 Invalid Caller ID'),
    ('cognigy-vg-403-transfer-callerid', 4, 'customer', 'Make sure the number is owned by or verified on the carrier account that receives the transfer.', 'tw-32204', NULL),
    ('cognigy-vg-403-transfer-callerid', 5, 'operator', 'Place a test transfer and confirm the carrier now answers 18x or 200.', 'siptriage', NULL),

    ('cognigy-vg-403-transfer-carrier', 1, 'operator', 'In the PCAP, read the carrier''s 403 reason phrase and any Warning header: they name the carrier''s reason.', 'seed-000', '403 row'),
    ('cognigy-vg-403-transfer-carrier', 2, 'customer', 'Check the credentials of the carrier trunk and that the carrier allows the gateway''s signaling IPs.', 'tw-ts', '403'),
    ('cognigy-vg-403-transfer-carrier', 3, 'customer', 'Check that the carrier account permits the destination (for example international or geographic permissions).', 'tw-ts', '403 No International Authorization'),
    ('cognigy-vg-403-transfer-carrier', 4, 'customer', 'Open a ticket with the carrier with the PCAP, Call-ID and time of the call.', 'siptriage', NULL),

    ('cognigy-vg-403-credentials', 1, 'customer', 'Check the user name and password on the calling device or client against the SIP credentials of the account.', 'seed-000', '400 row'),
    ('cognigy-vg-403-credentials', 2, 'customer', 'Check the device sends to the correct server and to the account''s SIP realm (the domain of the request URI).', 'jz-sbc', 'identifyAccount'),
    ('cognigy-vg-403-credentials', 3, 'operator', 'If the same source keeps failing in large amounts, treat it as a scanner and block its IP.', 'seed-001', '403 bullet'),

    ('cognigy-vg-404-transfer-uri', 1, 'operator', 'In the PCAP, read the Request-URI of the outbound INVITE that received the 404.', 'seed-000', '404 row'),
    ('cognigy-vg-404-transfer-uri', 2, 'customer', 'Correct the request URI in the Transfer node of the Flow: check for a mistyped address or an outdated record.', 'seed-000', '404 row'),
    ('cognigy-vg-404-transfer-uri', 3, 'customer', 'Call the destination from another line to confirm the number exists.', 'siptriage', NULL),
    ('cognigy-vg-404-transfer-uri', 4, 'customer', 'If the URI is right, ask the carrier why it answers 404, with the PCAP.', 'siptriage', NULL),

    ('cognigy-vg-404-not-provisioned', 1, 'customer', 'In the Self-Service Portal, check the Phone numbers configuration: add the called number if it is missing.', 'seed-000', '404 row'),
    ('cognigy-vg-404-not-provisioned', 2, 'customer', 'Check the Carrier configuration: the carrier the call came from must be set up and linked to the number.', 'seed-000', '404 row'),
    ('cognigy-vg-404-not-provisioned', 3, 'operator', 'Place a test call and check sip_status in the Cognigy.AI logs.', 'seed-000', 'introduction'),

    ('cognigy-vg-404-number-format', 1, 'operator', 'In the PCAP, read the called number in the Request-URI exactly as the carrier sends it.', 'seed-000', '404 row'),
    ('cognigy-vg-404-number-format', 2, 'customer', 'Make the number in the Self-Service Portal match that format, or ask the carrier to send E.164.', 'domain-notes', 'section 2, 404 (number format)'),
    ('cognigy-vg-404-number-format', 3, 'operator', 'Place a test call and check sip_status in the Cognigy.AI logs.', 'seed-000', 'introduction'),

    ('cognigy-vg-408-network', 1, 'operator', 'Download the Voice Gateway PCAP of the call and get the provider''s PCAP of the same call; find where requests stop being answered.', 'seed-000', '408 row'),
    ('cognigy-vg-408-network', 2, 'customer', 'Check the endpoint''s address (host, port, transport) in the Carrier configuration of the Self-Service Portal or in the Transfer node.', 'tw-ts', '408/504'),
    ('cognigy-vg-408-network', 3, 'customer', 'Check that firewalls pass SIP between the provider''s and the gateway''s signaling IPs and ports in both directions.', 'tw-ts', '408/504'),
    ('cognigy-vg-408-network', 4, 'operator', 'Investigate the network connectivity on a lower level, then retry after some time.', 'seed-000', '408 row'),

    ('cognigy-vg-408-udp-size', 1, 'operator', 'In the PCAP, check the size of the INVITE and whether it travels over UDP.', 'mtu', NULL),
    ('cognigy-vg-408-udp-size', 2, 'customer', 'Switch the carrier to TCP or TLS transport in the Carrier configuration (and on the carrier side).', 'rfc3261', 'section 18.1.1'),
    ('cognigy-vg-408-udp-size', 3, 'customer', 'If UDP must stay, reduce the INVITE: fewer codecs in the SDP and fewer custom headers.', 'siptriage', NULL),

    ('cognigy-vg-408-timeout', 1, 'operator', 'Compare the Voice Gateway PCAP of the call with the provider''s PCAP of the same call.', 'seed-000', '408 row'),
    ('cognigy-vg-408-timeout', 2, 'operator', 'Check the Alerts page of the Self-Service Portal and whether other calls timed out at the same time.', 'seed-000', 'introduction'),
    ('cognigy-vg-408-timeout', 3, 'operator', 'Try the request again after some time.', 'seed-000', '408 row'),

    ('cognigy-vg-480-callee', 1, 'operator', 'Retry the transfer after some time.', 'seed-000', '480 row'),
    ('cognigy-vg-480-callee', 2, 'customer', 'If it persists, contact the callee by other means to confirm their availability.', 'seed-000', '480 row'),
    ('cognigy-vg-480-callee', 3, 'operator', 'If many different numbers on one carrier return 480, suspect caller-ID blocking at the carrier and raise it with them.', 'domain-notes', 'section 2, 480'),

    ('cognigy-vg-480-no-app', 1, 'customer', 'In the Self-Service Portal, check that an application is properly attached to the Phone number.', 'seed-000', '480 row'),
    ('cognigy-vg-480-no-app', 2, 'customer', 'Attach the application that points to the right Cognigy.AI endpoint (Flow) and save.', 'seed-000', '480 row'),
    ('cognigy-vg-480-no-app', 3, 'operator', 'Place a test call and check sip_status in the Cognigy.AI logs.', 'seed-000', 'introduction'),

    ('cognigy-vg-480-capacity', 1, 'operator', 'Check the Kibana dashboard for a rise of 480 across accounts in the period.', 'seed-001', 'introduction'),
    ('cognigy-vg-480-capacity', 2, 'operator', 'Check the Alerts page of the Self-Service Portal for capacity alerts.', 'seed-000', 'introduction'),
    ('cognigy-vg-480-capacity', 3, 'operator', 'Retrieve the SIP traces and application logs of a few failing calls.', 'seed-001', 'paragraph after 200 OK'),
    ('cognigy-vg-480-capacity', 4, 'platform', 'Check free feature servers and rtpengine resources and add capacity.', 'seed-001', '480 bullet'),

    ('cognigy-vg-487-caller-hangup', 1, 'operator', 'No action is needed if the termination was intentional.', 'seed-000', '487 row'),
    ('cognigy-vg-487-caller-hangup', 2, 'customer', 'If the Flow must react to unanswered calls, handle the NO_ANSWER call event in it.', 'seed-000', '487 row'),
    ('cognigy-vg-487-caller-hangup', 3, 'operator', 'Count it in the daily tracking; investigate only if the numbers become large.', 'seed-001', '487 bullet'),

    ('cognigy-vg-487-answer-delay', 1, 'operator', 'On the Kibana dashboard, check how the share of 487 changed over the period.', 'seed-001', 'introduction'),
    ('cognigy-vg-487-answer-delay', 2, 'operator', 'In the PCAPs of a few calls, measure the time from the INVITE to the gateway''s 200 OK or CANCEL.', 'siptriage', NULL),
    ('cognigy-vg-487-answer-delay', 3, 'operator', 'Check the Alerts page of the Self-Service Portal for the same period.', 'seed-000', 'introduction'),
    ('cognigy-vg-487-answer-delay', 4, 'customer', 'Check the start of the Flow for slow or faulty Code Nodes that delay answering.', 'seed-000', '487 row'),

    ('cognigy-vg-487-flow', 1, 'operator', 'Check the Cognigy.AI logs of the call for error messages from the Flow.', 'seed-000', '603 row'),
    ('cognigy-vg-487-flow', 2, 'customer', 'Inspect the call Flow for issues, for example faulty Code Nodes.', 'seed-000', '487 row'),
    ('cognigy-vg-487-flow', 3, 'customer', 'For a Transfer, check its timeout is long enough for the callee to answer.', 'seed-000', '487 row'),
    ('cognigy-vg-487-flow', 4, 'operator', 'Place a test call through the corrected Flow.', 'siptriage', NULL),

    ('cognigy-vg-488-codec', 1, 'operator', 'In the PCAP, read the m= and a=rtpmap lines of the incoming SDP offer.', 'seed-000', '488 row'),
    ('cognigy-vg-488-codec', 2, 'customer', 'Configure the carrier or caller to offer a codec the gateway supports; G.711 (PCMU/PCMA) is the safe common choice.', 'siptriage', NULL),
    ('cognigy-vg-488-codec', 3, 'operator', 'Place a test call and confirm the gateway answers 200 OK.', 'siptriage', NULL),

    ('cognigy-vg-488-encryption', 1, 'operator', 'In the PCAP, compare the offer''s profile (RTP/AVP or RTP/SAVP) with what the Carrier configuration expects.', 'tnx-rc', '488'),
    ('cognigy-vg-488-encryption', 2, 'customer', 'Set the carrier and the Carrier configuration in the Self-Service Portal to the same choice of RTP or SRTP and transport.', 'seed-000', '488 row'),
    ('cognigy-vg-488-encryption', 3, 'operator', 'Place a test call and confirm the gateway answers 200 OK.', 'siptriage', NULL),

    ('cognigy-vg-488-sdp', 1, 'operator', 'In the PCAP, check the other session parameters of the SDP: c= address, ptime, T.38, IPv6, duplicate payload types.', 'tnx-rc', '488 checklist'),
    ('cognigy-vg-488-sdp', 2, 'customer', 'Ensure the parameters are supported by both the caller and callee, and change the carrier''s settings that are not.', 'seed-000', '488 row'),
    ('cognigy-vg-488-sdp', 3, 'operator', 'Send the PCAP with the SDP offer to Cognigy technical support if nothing stands out.', 'seed-001', '488 bullet'),

    ('cognigy-vg-500-vg', 1, 'operator', 'Confirm in the PCAP that the 500 came from the Voice Gateway (sender IP, Server or User-Agent header).', 'seed-000', '500 row'),
    ('cognigy-vg-500-vg', 2, 'operator', 'Check the Cognigy.AI logs and the Alerts page at the time of the call.', 'seed-000', 'introduction'),
    ('cognigy-vg-500-vg', 3, 'operator', 'Attempt the call again later to see whether it repeats.', 'seed-000', '500 row'),
    ('cognigy-vg-500-vg', 4, 'operator', 'Contact Cognigy Customer Support with the PCAP, Call-ID, time and logs.', 'seed-000', '500 row'),

    ('cognigy-vg-500-carrier', 1, 'operator', 'Confirm in the PCAP that the 500 came from the carrier (its IP in the response).', 'seed-000', '500 row'),
    ('cognigy-vg-500-carrier', 2, 'operator', 'Attempt the transfer again later.', 'seed-000', '500 row'),
    ('cognigy-vg-500-carrier', 3, 'customer', 'If it persists, contact your provider with the PCAP, Call-ID and time.', 'seed-000', '500 row'),

    ('cognigy-vg-503-carrier', 1, 'operator', 'In the PCAP, read the carrier''s 503 reason phrase and any Retry-After header.', 'rfc3261', 'section 21.5.4'),
    ('cognigy-vg-503-carrier', 2, 'customer', 'Check with the carrier whether a call-per-second or concurrent-call limit of the trunk was reached.', 'tw-ts', '503'),
    ('cognigy-vg-503-carrier', 3, 'customer', 'Retry after the Retry-After time; if it persists, open a ticket with the carrier with the PCAP.', 'siptriage', NULL),

    ('cognigy-vg-503-inactive', 1, 'operator', 'In the PCAP, read the X-Reason header of the 503 (Account exists but is inactive).', 'jz-sbc', 'identifyAccount'),
    ('cognigy-vg-503-inactive', 2, 'customer', 'Contact Cognigy Customer Support or your Customer Success Manager to reactivate the account.', 'seed-000', '503 row'),
    ('cognigy-vg-503-inactive', 3, 'operator', 'After reactivation, place a test call and check sip_status in the Cognigy.AI logs.', 'siptriage', NULL),

    ('cognigy-vg-503-call-limit', 1, 'operator', 'Check the Alerts page of the Self-Service Portal for a call limit alert at the time of the call.', 'jz-sbc', 'checkLimits'),
    ('cognigy-vg-503-call-limit', 2, 'operator', 'In the PCAP, read the 503 reason phrase (Maximum Calls In Progress) and any X-Call-Limit header.', 'jz-sbc', 'checkLimits'),
    ('cognigy-vg-503-call-limit', 3, 'customer', 'Reduce the number of simultaneous calls, or ask your Customer Success Manager to raise the maximum call limit.', 'seed-000', '503 row'),

    ('cognigy-vg-603-declined', 1, 'operator', 'No further action can be taken to establish this call.', 'seed-000', '603 row'),
    ('cognigy-vg-603-declined', 2, 'customer', 'If necessary, try contacting the user through alternative means.', 'seed-000', '603 row'),
    ('cognigy-vg-603-declined', 3, 'operator', 'Record it as a normal outcome; investigate only if 603s rise across many numbers.', 'siptriage', NULL),

    ('cognigy-vg-603-carrier', 1, 'operator', 'In the PCAP, read the carrier''s 603 reason phrase and any Reason header.', 'seed-000', '603 row'),
    ('cognigy-vg-603-carrier', 2, 'customer', 'Check the Carrier configuration in the Self-Service Portal and the Alerts page.', 'seed-000', '603 row'),
    ('cognigy-vg-603-carrier', 3, 'customer', 'Ask the carrier whether the account is active and the caller ID is allowed; a 603 can mean an inactive carrier account.', 'tw-ts', '603'),

    ('cognigy-vg-603-endpoint', 1, 'customer', 'Check the Carrier configuration in the Self-Service Portal (gateway addresses, numbers, application).', 'seed-000', '603 row'),
    ('cognigy-vg-603-endpoint', 2, 'operator', 'Check the Alerts page of the Self-Service Portal for received alerts.', 'seed-000', '603 row'),
    ('cognigy-vg-603-endpoint', 3, 'operator', 'Check the Cognigy.AI logs for error messages that could indicate the root cause.', 'seed-000', '603 row'),
    ('cognigy-vg-603-endpoint', 4, 'operator', 'Download the PCAP of the call and keep it for the escalation.', 'seed-001', 'paragraph after 200 OK');

-- ---------------------------------------------------------------------------
-- Trees.

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('cognigy-vg-2xx', 'Cognigy VG 200/202: call answered', NULL, 'cognigy-vg-success', 'seed-001', '200 OK paragraph'),
    ('cognigy-vg-400', 'Cognigy VG 400 (labelled Permission Denied by the public page): a malformed request', 'q1', NULL, 'seed-000', '400 row'),
    ('cognigy-vg-403', 'Cognigy VG 403: carrier rejected a Transfer, or SIP spam on an incoming call', 'q1', NULL, 'seed-000', '403 row; seed 001 403 bullet'),
    ('cognigy-vg-404', 'Cognigy VG 404: number not provisioned, SIP spam, or wrong Transfer URI', 'q1', NULL, 'seed-001', '404 bullet; seed 000 404 row'),
    ('cognigy-vg-408', 'Cognigy VG 408: unresponsive SIP endpoint', 'q1', NULL, 'seed-000', '408 row'),
    ('cognigy-vg-480', 'Cognigy VG 480: no application, no resources, or callee unavailable', 'q1', NULL, 'seed-001', '480 bullet; seed 000 480 row'),
    ('cognigy-vg-487', 'Cognigy VG 487: caller hung up, delay in answering, or Flow issue', 'q1', NULL, 'seed-001', '487 bullet; seed 000 487 row'),
    ('cognigy-vg-488', 'Cognigy VG 488: codec or SDP parameter not supported (on a Transfer: the gateway''s own offer)', 'q0', NULL, 'seed-000', '488 row'),
    ('cognigy-vg-500', 'Cognigy VG 500: gateway or carrier application error', 'q1', NULL, 'seed-000', '500 row'),
    ('cognigy-vg-503', 'Cognigy VG 503: inactive account or call limit', 'q1', NULL, 'seed-000', '503 row'),
    ('cognigy-vg-603', 'Cognigy VG 603: normal rejection or issue connecting to the VG endpoint', 'q1', NULL, 'seed-000', '603 row');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- 400: the RFC meaning leads (a malformed request), not the public page's
    -- credentials text.  Which leg first: on a Transfer the carrier could not
    -- parse the gateway's INVITE; inbound, a scanner flood or a malformed
    -- request from the sender.
    ('cognigy-vg-400', 'q1', 'transfer-leg', 'no', NULL, 'cognigy-vg-400-transfer', 'q2', NULL),
    ('cognigy-vg-400', 'q2', 'scanner', 'no', 'q3', NULL, NULL, 'cognigy-vg-400-malformed'),
    ('cognigy-vg-400', 'q3', 'widespread', 'no', NULL, 'cognigy-vg-spam-flood', NULL, 'cognigy-vg-spam-single'),
    -- 403: which leg?  Outbound (Transfer) => seed 000's carrier reading;
    -- inbound => seed 001's SIP spam reading, else a SIP user's credentials.
    ('cognigy-vg-403', 'q1', 'transfer-leg', 'no', 'q2', NULL, 'q3', NULL),
    ('cognigy-vg-403', 'q2', 'caller-id-valid', 'no', NULL, 'cognigy-vg-403-transfer-carrier', NULL, 'cognigy-vg-403-transfer-callerid'),
    ('cognigy-vg-403', 'q3', 'scanner', 'yes', 'q4', NULL, 'q5', NULL),
    ('cognigy-vg-403', 'q4', 'widespread', 'no', NULL, 'cognigy-vg-spam-flood', NULL, 'cognigy-vg-spam-single'),
    ('cognigy-vg-403', 'q5', 'credentials-valid', 'no', NULL, 'cognigy-vg-unexplained', NULL, 'cognigy-vg-403-credentials'),
    -- 404: Transfer URI, then spam, then provisioning and number format.
    ('cognigy-vg-404', 'q1', 'transfer-leg', 'no', NULL, 'cognigy-vg-404-transfer-uri', 'q2', NULL),
    ('cognigy-vg-404', 'q2', 'scanner', 'no', 'q3', NULL, 'q4', NULL),
    ('cognigy-vg-404', 'q3', 'widespread', 'no', NULL, 'cognigy-vg-spam-flood', NULL, 'cognigy-vg-spam-single'),
    ('cognigy-vg-404', 'q4', 'number-provisioned', 'no', 'q5', NULL, NULL, 'cognigy-vg-404-not-provisioned'),
    ('cognigy-vg-404', 'q5', 'dial-pattern', 'no', NULL, 'cognigy-vg-unexplained', NULL, 'cognigy-vg-404-number-format'),
    -- 408: reachability, then UDP size, else a timeout to compare in both PCAPs.
    ('cognigy-vg-408', 'q1', 'reachable', 'no', 'q2', NULL, NULL, 'cognigy-vg-408-network'),
    ('cognigy-vg-408', 'q2', 'message-size', 'yes', NULL, 'cognigy-vg-408-timeout', NULL, 'cognigy-vg-408-udp-size'),
    -- 480: callee on a Transfer; inbound: application, then platform resources.
    ('cognigy-vg-480', 'q1', 'transfer-leg', 'no', NULL, 'cognigy-vg-480-callee', 'q2', NULL),
    ('cognigy-vg-480', 'q2', 'app-binding', 'no', 'q3', NULL, NULL, 'cognigy-vg-480-no-app'),
    ('cognigy-vg-480', 'q3', 'capacity', 'no', NULL, 'cognigy-vg-unexplained', NULL, 'cognigy-vg-480-capacity'),
    -- 487: large numbers first (seed 001), then whether a person ended it.
    ('cognigy-vg-487', 'q1', 'widespread', 'no', NULL, 'cognigy-vg-487-answer-delay', 'q2', NULL),
    ('cognigy-vg-487', 'q2', 'user-outcome', 'yes', NULL, 'cognigy-vg-487-caller-hangup', NULL, 'cognigy-vg-487-flow'),
    -- 488: codecs, then RTP/SRTP, else another SDP parameter.
    -- On a Transfer the gateway makes the offer and the carrier refuses it
    -- (outside review 2, N15): the gateway's offer is to change.
    ('cognigy-vg-488', 'q0', 'transfer-leg', 'no', 'q3', NULL, 'q1', NULL),
    ('cognigy-vg-488', 'q1', 'codecs', 'no', 'q2', NULL, NULL, 'cognigy-vg-488-codec'),
    ('cognigy-vg-488', 'q2', 'media-encryption', 'yes', NULL, 'cognigy-vg-488-sdp', NULL, 'cognigy-vg-488-encryption'),
    -- 500: who responded, VG or the carrier.
    ('cognigy-vg-500', 'q1', 'transfer-leg', 'no', NULL, 'cognigy-vg-500-carrier', NULL, 'cognigy-vg-500-vg'),
    -- 503: carrier on a Transfer; inbound: account, then call limit.
    ('cognigy-vg-503', 'q1', 'transfer-leg', 'no', NULL, 'cognigy-vg-503-carrier', 'q2', NULL),
    ('cognigy-vg-503', 'q2', 'account-active', 'yes', 'q3', NULL, NULL, 'cognigy-vg-503-inactive'),
    ('cognigy-vg-503', 'q3', 'capacity', 'no', NULL, 'cognigy-vg-unexplained', NULL, 'cognigy-vg-503-call-limit'),
    -- 603: a person declined a Transfer, the carrier declined it, or VG did not handle an inbound call.
    ('cognigy-vg-603', 'q1', 'transfer-leg', 'no', 'q2', NULL, NULL, 'cognigy-vg-603-endpoint'),
    ('cognigy-vg-603', 'q2', 'user-outcome', 'yes', NULL, 'cognigy-vg-603-declined', NULL, 'cognigy-vg-603-carrier');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('cognigy-vg', 200, NULL, NULL, NULL, 'cognigy-vg-2xx', 'seed-000', '200 row'),
    ('cognigy-vg', 202, NULL, NULL, NULL, 'cognigy-vg-2xx', 'seed-000', '202 row'),
    ('cognigy-vg', 400, NULL, NULL, NULL, 'cognigy-vg-400', 'seed-000', '400 row'),
    ('cognigy-vg', 403, NULL, NULL, NULL, 'cognigy-vg-403', 'seed-000', '403 row; seed 001 403 bullet'),
    ('cognigy-vg', 404, NULL, NULL, NULL, 'cognigy-vg-404', 'seed-000', '404 row; seed 001 404 bullet'),
    ('cognigy-vg', 408, NULL, NULL, NULL, 'cognigy-vg-408', 'seed-000', '408 row'),
    ('cognigy-vg', 480, NULL, NULL, NULL, 'cognigy-vg-480', 'seed-000', '480 row; seed 001 480 bullet'),
    ('cognigy-vg', 487, NULL, NULL, NULL, 'cognigy-vg-487', 'seed-000', '487 row; seed 001 487 bullet'),
    ('cognigy-vg', 488, NULL, NULL, NULL, 'cognigy-vg-488', 'seed-000', '488 row'),
    ('cognigy-vg', 500, NULL, NULL, NULL, 'cognigy-vg-500', 'seed-000', '500 row'),
    ('cognigy-vg', 503, NULL, NULL, NULL, 'cognigy-vg-503', 'seed-000', '503 row; seed 001 503 bullet'),
    ('cognigy-vg', 603, NULL, NULL, NULL, 'cognigy-vg-603', 'seed-000', '603 row; seed 001 603 bullet');

-- ---------------------------------------------------------------------------
-- Where the seeds hold, and where they mislead.

-- Seed 001 is about the SIP responses to incoming calls (its Kibana
-- dashboard): on a transfer or dial-out leg its readings and severities do
-- not apply (a carrier's 403 to a Transfer is not "likely a SIP spammer").
INSERT INTO vendor_scope (vendor, scoped_source, check_id, answer, note, source, cite) VALUES
    ('cognigy-vg', 'seed-001', 'transfer-leg', 'no',
     'Seed 001 describes the gateway''s responses to incoming calls (the Kibana pie chart of SIP responses to incoming calls); on an outbound leg the gateway is the caller and the response comes from the carrier.',
     'seed-001', 'introduction');

-- Seed 000's 400 row reads like a 401/403.
INSERT INTO vendor_code_fault (vendor, code, row_source, reads_like, note, source, cite) VALUES
    ('cognigy-vg', 400, 'seed-000', '401/403 (credentials, permissions)',
     'it is labelled Permission Denied, describes wrong credentials and missing permissions, and its advice speaks of requests with status 403. By RFC 3261 a 400 is Bad Request: the request could not be understood. The checklist keeps the label and follows the RFC: read the reason phrase or Warning header and fix the header or URI it names.',
     'rfc3261', 'section 21.4.1');

INSERT INTO outcome_residual (outcome, source, cite) VALUES
    ('cognigy-vg-unexplained', 'seed-001', 'paragraph after 200 OK');

INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('cognigy-vg-488-codec', 'immediate', 'Every call with this codec offer fails until the carrier or the caller offers a codec the gateway supports.', 'seed-001', '488 bullet'),
    ('cognigy-vg-488-encryption', 'immediate', 'Every call fails while the two sides disagree on RTP and SRTP.', 'seed-001', '488 bullet'),
    ('cognigy-vg-503-inactive', 'immediate', 'An inactive account refuses every call until it is reactivated.', 'jz-sbc', 'identifyAccount'),
    ('cognigy-vg-503-call-limit', 'track', 'Calls above the account''s limit are refused at every peak until the limit is raised or traffic paced.', 'jz-sbc', 'checkLimits'),
    ('cognigy-vg-480-no-app', 'immediate', 'Every call to the number fails until an application is attached.', 'seed-000', '480 row');

-- 488 on a Transfer leg: the gateway is the offerer (RFC 3264 section 6: the
-- answerer refuses an offer it has no format or parameter in common with).
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('cognigy-vg-488-transfer-codec', 'On the Transfer leg the Voice Gateway made the SDP offer and the carrier (or the transfer target) refused it: no codec of the gateway''s offer is one it accepts. The offer to change is the gateway''s, not the carrier''s.',
     'failure', 'customer', 'Cognigy technical support, with the PCAP of the outbound INVITE and the 488',
     'If the gateway''s offer already lists a codec the carrier documents as accepted (G.711 PCMU/PCMA) and the 488 continues.',
     'rfc3264', 'section 6'),
    ('cognigy-vg-488-transfer-sdp', 'On the Transfer leg the Voice Gateway made the SDP offer and the carrier refused it although a codec is shared: another parameter of the gateway''s offer is not acceptable to the carrier (RTP versus SRTP, ptime, a private address, IPv6).',
     'failure', 'customer', 'Cognigy technical support, with the PCAP of the outbound INVITE and the 488',
     'If the gateway''s offer matches what the carrier documents and the 488 continues.',
     'rfc3261', 'section 21.4.26');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('cognigy-vg-488-transfer-codec', 1, 'operator', 'In the PCAP, read the m= and a=rtpmap lines of the gateway''s outbound INVITE (its offer on the Transfer leg), and any Warning header of the 488.', 'rfc3261', 'sections 21.4.26 and 20.43'),
    ('cognigy-vg-488-transfer-codec', 2, 'operator', 'Compare them with the codecs the carrier or transfer target accepts (its interconnect documentation; G.711 PCMU/PCMA is the common choice).', 'rfc3264', 'section 6'),
    ('cognigy-vg-488-transfer-codec', 3, 'customer', 'Change the gateway''s offer: the codec list of the Transfer (the Carrier configuration in the Self-Service Portal, the bot''s media settings) so that it includes a codec the carrier accepts.', 'siptriage', NULL),
    ('cognigy-vg-488-transfer-codec', 4, 'operator', 'Re-test the Transfer and confirm the carrier answers 18x/200.', 'siptriage', NULL),
    ('cognigy-vg-488-transfer-sdp', 1, 'operator', 'In the PCAP, read the gateway''s offer on the Transfer leg: profile (RTP/AVP or RTP/SAVP), c= address, ptime, and any Warning header of the 488.', 'rfc3261', 'sections 21.4.26 and 20.43'),
    ('cognigy-vg-488-transfer-sdp', 2, 'customer', 'Set the Carrier configuration in the Self-Service Portal (RTP or SRTP, transport) to what the carrier expects on outbound calls.', 'seed-000', '488 row'),
    ('cognigy-vg-488-transfer-sdp', 3, 'operator', 'Re-test the Transfer and confirm the carrier answers 18x/200.', 'siptriage', NULL);
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('cognigy-vg-488', 'q3', 'codecs', 'no', NULL, 'cognigy-vg-488-transfer-sdp', NULL, 'cognigy-vg-488-transfer-codec');
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('cognigy-vg-488-transfer-codec', 'immediate', 'Every Transfer with this offer fails until the gateway offers a codec the carrier accepts.', 'rfc3264', 'section 6');
