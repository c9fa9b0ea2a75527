-- Vendor 'carrier': a SIP carrier's interconnection guide (seed 002).
-- The guide lists the RFC codes by class with short explanations, and gives a
-- checklist for the 503 that is "the most common SIP cause code experienced on
-- call failures" during a turn-up.  Only 503 has a carrier tree; the other
-- codes fall back to the generic trees.  Every outcome that touches the allowed
-- IP list repeats the guide's warning: changes take up to 2 hours to process.

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('carrier', 'SIP carrier (interconnection guide)',
     'A SIP carrier that completes calls a customer''s switch sends to its proxy servers (server IP, port 5060) over a SIP interconnection authorised by source IP; the allowed IP list, account, contract, balance and Interconnect guide live in its customer portal. Its guide lists the SIP response codes in 6 response categories: 1xx Informational Responses, 2xx Successful Responses, 3xx Redirection Responses, 4xx Client Failure Responses, 5xx Server Failure Responses, 6xx Global Failure Responses.',
     'In the SIP responses the carrier''s proxy servers (server IP, port 5060) send to your switch: read them in the switch''s SIP trace or call records. The allowed IP list is in the portal''s Settings tab.',
     'seed-002', 'introduction; class list; 503 checklist');

-- Every code of the guide's list, with its label and explanation as written
-- (typos fixed, lines the guide cuts off completed with the RFC 3261 wording).

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('carrier', 100, 'Trying', 'Extended search being performed may take a significant time so a forking proxy must send a 100 Trying response.', NULL, 'seed-002', '1xx Informational Responses'),
    ('carrier', 180, 'Ringing', 'Destination user agent received INVITE, and is alerting user of call.', NULL, 'seed-002', '1xx Informational Responses'),
    ('carrier', 181, 'Call is Being Forwarded', 'Servers can optionally send this response to indicate a call is being forwarded.', NULL, 'seed-002', '1xx Informational Responses'),
    ('carrier', 182, 'Queued', 'Indicates that the destination was temporarily unavailable, so the server has queued the call until the destination is available. A server may send multiple 182 responses to update progress of the queue.', NULL, 'seed-002', '1xx Informational Responses'),
    ('carrier', 183, 'Session in Progress', 'This response may be used to send extra information for a call which is still being set up.', NULL, 'seed-002', '1xx Informational Responses'),
    ('carrier', 200, 'OK', 'Listed under 2xx Successful Responses without further explanation.', NULL, 'seed-002', '2xx Successful Responses'),
    ('carrier', 202, 'Accepted', 'Indicates that the request has been accepted for processing, but the processing has not been completed.', NULL, 'seed-002', '2xx Successful Responses'),
    ('carrier', 204, 'No Notification', 'No Notification [RFC5839].', NULL, 'seed-002', '2xx Successful Responses'),
    ('carrier', 300, 'Multiple Choices', 'Listed under 3xx Redirection Responses without further explanation.', NULL, 'seed-002', '3xx Redirection Responses'),
    ('carrier', 301, 'Moved Permanently', 'Listed under 3xx Redirection Responses without further explanation.', NULL, 'seed-002', '3xx Redirection Responses'),
    ('carrier', 302, 'Moved Temporarily', 'Listed under 3xx Redirection Responses without further explanation.', NULL, 'seed-002', '3xx Redirection Responses'),
    ('carrier', 305, 'Use Proxy', 'Listed under 3xx Redirection Responses without further explanation.', NULL, 'seed-002', '3xx Redirection Responses'),
    ('carrier', 380, 'Alternative Service', 'Listed under 3xx Redirection Responses without further explanation.', NULL, 'seed-002', '3xx Redirection Responses'),
    ('carrier', 400, 'Bad Request', 'The request could not be understood due to malformed syntax.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 401, 'Unauthorized', 'The request requires user authentication. This response is issued by UASs and registrars.', NULL, 'seed-002', '4xx Client Failure Responses (text cut off after "UASs and"; completed from RFC 3261)'),
    ('carrier', 402, 'Payment Required', 'Reserved for future use.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 403, 'Forbidden', 'The server understood the request, but is refusing to fulfill it.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 404, 'Not Found (User not found)', 'The server has definitive information that the user does not exist at the domain specified in the Request-URI. This status is also returned if the domain in the Request-URI does not match any of the domains handled by the recipient of the request.', NULL, 'seed-002', '4xx Client Failure Responses (text cut off after "recipient of the")'),
    ('carrier', 405, 'Method Not Allowed', 'The method specified in the Request-Line is understood, but not allowed for the address identified by the Request-URI.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 406, 'Not Acceptable', 'The resource identified by the request is only capable of generating response entities that have content characteristics not acceptable according to the Accept header field sent in the request.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 407, 'Proxy Authentication Required', 'The request requires user authentication. This response is issued by proxies.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 408, 'Request Timeout', 'Couldn''t find the user in time.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 409, 'Conflict', 'User already registered [RFC2543].', NULL, 'seed-002', '4xx Client Failure Responses (RFC 2543 code, not in the IANA registry)'),
    ('carrier', 410, 'Gone', 'The user existed once, but is not available here any more.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 412, 'Conditional Request Failed', 'Conditional Request Failed [RFC3903].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 413, 'Request Entity Too Large', 'Request body too large.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 414, 'Request-URI Too Long', 'The server is refusing to service the request because the Request-URI is longer than the server is willing to interpret.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 415, 'Unsupported Media Type', 'Request body in a format not supported.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 416, 'Unsupported URI Scheme', 'Request-URI is unknown to the server.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 417, 'Unknown Resource-Priority', 'Unknown Resource-Priority [RFC4412].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 420, 'Bad Extension', 'Bad SIP Protocol Extension used, not understood by the server.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 421, 'Extension Required', 'The server needs a specific extension not listed in the Supported header.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 422, 'Session Interval Too Small', 'It is generated by a UAS or proxy when a request contains a Session-Expires header field with a duration below the minimum timer for the server [RFC4028].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 423, 'Interval Too Brief', 'Expiration time of the resource is too short.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 424, 'Bad Location Information', 'Bad Location Information [RFC6442].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 428, 'Use Identity Header', 'Use Identity Header [RFC4474].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 429, 'Provide Referrer Identity', 'Provide Referrer Identity [RFC3892].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 433, 'Anonymity Disallowed', 'Anonymity Disallowed [RFC5079].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 436, 'Bad Identity-Info', 'Bad Identity-Info [RFC4474].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 437, 'Unsupported Certificate', 'Unsupported Certificate [RFC4474].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 438, 'Invalid Identity Header', 'Invalid Identity Header [RFC4474].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 480, 'Temporarily Unavailable', 'Callee currently unavailable.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 481, 'Call/Transaction Does Not Exist', 'Server received a request that does not match any dialog or transaction.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 482, 'Loop Detected', 'Server has detected a loop.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 483, 'Too Many Hops', 'Max-Forwards header has reached value ''0''.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 484, 'Address Incomplete', 'Request-URI incomplete.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 485, 'Ambiguous', 'Request-URI is ambiguous.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 486, 'Busy Here', 'Callee is busy.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 487, 'Request Terminated', 'Request has terminated by bye or cancel.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 488, 'Not Acceptable Here', 'Some aspects of the session description of the Request-URI are not acceptable.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 489, 'Bad Event', 'Bad Event [RFC3265].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 491, 'Request Pending', 'Server has some pending request from the same dialog.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 493, 'Undecipherable', 'Request contains an encrypted MIME body, which recipient can not decrypt.', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 494, 'Security Agreement Required', 'Security Agreement Required [RFC3329].', NULL, 'seed-002', '4xx Client Failure Responses'),
    ('carrier', 500, 'Server Internal Error', 'Listed under 5xx Server Failure Responses without further explanation.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 501, 'Not Implemented', 'The SIP request method is not implemented here.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 502, 'Bad Gateway', 'Listed under 5xx Server Failure Responses without further explanation.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 503, 'Service Unavailable',
     'During a turn-up, the most common SIP cause code experienced on call failures.',
     'Check that your IP address is in the allowed list in the Settings tab (IP additions or changes take up to 2 hours to process after Save), that your account is active and the contract accepted, that you have funds, and that your dialing pattern follows the portal Interconnect guide. Else open a ticket via the portal with a full SIP trace of a failed call from your switch.',
     'seed-002', '503 checklist; 5xx Server Failure Responses'),
    ('carrier', 504, 'Server Time-out', 'Listed under 5xx Server Failure Responses without further explanation.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 505, 'Version Not Supported', 'The server does not support this version of the SIP protocol.', NULL, 'seed-002', '5xx Server Failure Responses (text cut off after "of the SIP")'),
    ('carrier', 513, 'Message Too Large', 'Listed under 5xx Server Failure Responses without further explanation.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 580, 'Precondition Failure', 'Listed under 5xx Server Failure Responses without further explanation.', NULL, 'seed-002', '5xx Server Failure Responses'),
    ('carrier', 600, 'Busy Everywhere', 'Listed under 6xx Global Failure Responses without further explanation.', NULL, 'seed-002', '6xx Global Failure Responses'),
    ('carrier', 603, 'Decline', 'Listed under 6xx Global Failure Responses without further explanation.', NULL, 'seed-002', '6xx Global Failure Responses'),
    ('carrier', 604, 'Does Not Exist Anywhere', 'Listed under 6xx Global Failure Responses without further explanation.', NULL, 'seed-002', '6xx Global Failure Responses'),
    ('carrier', 606, 'Not Acceptable', 'Listed under 6xx Global Failure Responses without further explanation.', NULL, 'seed-002', '6xx Global Failure Responses');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('carrier', NULL, NULL, 'Response classes',
     'SIP response codes are grouped in 6 response categories: 1xx Informational Responses, 2xx Successful Responses, 3xx Redirection Responses, 4xx Client Failure Responses, 5xx Server Failure Responses, 6xx Global Failure Responses.',
     'seed-002', 'class list'),
    ('carrier', NULL, NULL, 'Opening a ticket',
     'If you still cannot complete calls over the SIP interconnection, open a ticket with the carrier''s support group via the portal and include a full SIP trace of a failed call from your switch.',
     'seed-002', '503 checklist'),
    ('carrier', 503, NULL, '503 during a turn-up',
     'During a turn-up, 503 Service Unavailable is the most common SIP cause code on call failures. For a 503 on calls sent to the carrier''s proxy servers (server IP, port 5060) work through the checklist: allowed IP list, account and contract, funds, dialing pattern, then a ticket.',
     'seed-002', '503 checklist'),
    ('carrier', 503, 'allowlist', 'Allowed IP list',
     'Make sure your IP address is included in the allowed list under the Settings tab of the portal. It takes up to 2 hours for IP additions or changes to be processed after you hit the Save button.',
     'seed-002', '503 checklist, step 1'),
    ('carrier', 503, 'recent-change', 'Up to 2 hours to process',
     'IP additions or changes to the allowed list take up to 2 hours to be processed after Save: a call made sooner can still get 503.',
     'seed-002', '503 checklist, step 1'),
    ('carrier', 503, 'account-active', 'Account and contract',
     'Check that your account is active on the portal and make sure that the contract has been accepted.',
     'seed-002', '503 checklist, step 2'),
    ('carrier', 503, 'balance', 'Funds',
     'Check that you have funds in your account balance. If not, please replenish your account.',
     'seed-002', '503 checklist, step 3'),
    ('carrier', 503, 'dial-pattern', 'Dialing pattern',
     'Check the dialing pattern on your gateway and make sure that you are following the dialing plan outlined in the portal Interconnect guide.',
     'seed-002', '503 checklist, step 4');

-- ---------------------------------------------------------------------------
-- The 503 checklist as a tree.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('carrier-503-not-allowlisted', 'Your switch''s source IP is not in the carrier''s allowed list, so its proxy servers refuse the calls. IP additions take up to 2 hours to be processed after Save.',
     'failure', 'customer', 'Carrier support group (ticket via the portal)',
     'If the IP has been in the allowed list for more than 2 hours after Save and calls still get 503.',
     'seed-002', '503 checklist, step 1'),
    ('carrier-503-allowlist-pending', 'The allowed list was changed less than 2 hours ago: IP additions or changes take up to 2 hours to be processed after Save, so the carrier may not accept the IP yet.',
     'failure', 'customer', 'Carrier support group (ticket via the portal)',
     'If calls still get 503 more than 2 hours after the Save.',
     'seed-002', '503 checklist, step 1'),
    ('carrier-503-account-inactive', 'The account is not active on the carrier''s portal, or its contract has not been accepted.',
     'failure', 'customer', 'Carrier support group (ticket via the portal)',
     'If the portal offers no way to activate the account or accept the contract.',
     'seed-002', '503 checklist, step 2'),
    ('carrier-503-no-funds', 'The account balance has no funds, so the carrier does not complete the calls.',
     'failure', 'customer', 'Carrier support group (ticket via the portal)',
     'If calls still get 503 after the replenished balance shows in the portal.',
     'seed-002', '503 checklist, step 3'),
    ('carrier-503-dial-pattern', 'The switch does not send the called number in the dialing plan the portal Interconnect guide asks for.',
     'failure', 'customer', 'Carrier support group (ticket via the portal)',
     'If the number follows the Interconnect guide exactly and calls still get 503.',
     'seed-002', '503 checklist, step 4'),
    ('carrier-503-ticket', 'None of the causes on the carrier''s 503 checklist applies (allowed list saved more than 2 hours ago, account active and contract accepted, funds, dialing pattern), so the cause lies with the carrier: its support group needs a full SIP trace.',
     'failure', 'carrier', 'Carrier support group (ticket via the portal)',
     'Once the allowed list, the account, the funds and the dialing pattern are each confirmed on the portal: the carrier''s guide ends with a ticket.',
     'seed-002', '503 checklist, last step');

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('carrier-503-not-allowlisted', 1, 'operator', 'Read the public source IP your switch sends from in the IP header of its INVITE in the SIP trace.', 'domain-notes', 'section 3, IP allowlist'),
    ('carrier-503-not-allowlisted', 2, 'customer', 'In the carrier portal''s Settings tab, add that IP to the allowed list and hit Save.', 'seed-002', '503 checklist, step 1'),
    ('carrier-503-not-allowlisted', 3, 'customer', 'Wait: IP additions or changes take up to 2 hours to be processed after Save. Retry a test call after that.', 'seed-002', '503 checklist, step 1'),
    ('carrier-503-not-allowlisted', 4, 'customer', 'If calls still get 503 more than 2 hours after Save, check the account, contract, funds and dialing pattern, then open a ticket.', 'seed-002', '503 checklist'),

    ('carrier-503-allowlist-pending', 1, 'operator', 'Note when the allowed list was last saved in the portal''s Settings tab.', 'seed-002', '503 checklist, step 1'),
    ('carrier-503-allowlist-pending', 2, 'customer', 'Check that the IP in the allowed list is the public IP your switch actually sends from.', 'domain-notes', 'section 3, IP allowlist'),
    ('carrier-503-allowlist-pending', 3, 'customer', 'Wait until 2 hours after the Save (the processing time), then retry a test call.', 'seed-002', '503 checklist, step 1'),
    ('carrier-503-allowlist-pending', 4, 'customer', 'If it still fails after 2 hours, check the account, contract, funds and dialing pattern, then open a ticket.', 'seed-002', '503 checklist'),

    ('carrier-503-account-inactive', 1, 'customer', 'In the carrier portal, check that the account status is active.', 'seed-002', '503 checklist, step 2'),
    ('carrier-503-account-inactive', 2, 'customer', 'Accept the contract in the portal if it is still pending.', 'seed-002', '503 checklist, step 2'),
    ('carrier-503-account-inactive', 3, 'customer', 'Retry a test call once the account shows active.', 'siptriage', NULL),

    ('carrier-503-no-funds', 1, 'customer', 'In the carrier portal, check the account balance.', 'seed-002', '503 checklist, step 3'),
    ('carrier-503-no-funds', 2, 'customer', 'Replenish the account.', 'seed-002', '503 checklist, step 3'),
    ('carrier-503-no-funds', 3, 'customer', 'Retry a test call once the new balance shows in the portal.', 'siptriage', NULL),

    ('carrier-503-dial-pattern', 1, 'operator', 'In the SIP trace, read the called number in the Request-URI exactly as your switch sends it.', 'siptriage', NULL),
    ('carrier-503-dial-pattern', 2, 'customer', 'Compare it with the dialing plan in the portal Interconnect guide (prefix, country code, number length).', 'seed-002', '503 checklist, step 4'),
    ('carrier-503-dial-pattern', 3, 'customer', 'Fix the dialing pattern on your gateway to follow that plan.', 'seed-002', '503 checklist, step 4'),
    ('carrier-503-dial-pattern', 4, 'customer', 'Retry a test call.', 'siptriage', NULL),

    ('carrier-503-ticket', 1, 'customer', 'Confirm the last allowed-list Save in the Settings tab was more than 2 hours ago.', 'seed-002', '503 checklist, step 1'),
    ('carrier-503-ticket', 2, 'customer', 'Capture a full SIP trace of a failed call from your switch, from the INVITE to the 503.', 'seed-002', '503 checklist, last step'),
    ('carrier-503-ticket', 3, 'customer', 'Open a ticket with the carrier''s support group via the portal and attach the trace.', 'seed-002', '503 checklist, last step'),
    ('carrier-503-ticket', 4, 'customer', 'Add the Call-ID, the time with timezone, the source IP and the called number to the ticket.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('carrier-503', 'Carrier 503 Service Unavailable: a temporary condition first, then the interconnection checklist', 'q0', NULL, 'seed-002', '503 checklist');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- First, whether the carrier said the condition is temporary: a 503 with
    -- Retry-After (overload or maintenance, RFC 3261 section 21.5.4) or a
    -- Q.850 cause 41, 34 or 42 (RFC 3398 section 7.2.4.1) is not an
    -- allowed-list fault, and "add the IP and wait 2 hours" would waste the
    -- customer's time (outside review 4, F1: R25, R25b).
    ('carrier-503', 'q0', 'network-congestion', 'no', NULL, 'gen-503-congestion', 'q1', NULL),
    -- During a turn-up the allowed list is the likely cause (seed 002: 503 is
    -- the most common turn-up failure, and the list comes first).
    ('carrier-503', 'q1', 'allowlist', 'no', 'q2', NULL, NULL, 'carrier-503-not-allowlisted'),
    ('carrier-503', 'q2', 'recent-change', 'no', NULL, 'carrier-503-allowlist-pending', 'q3', NULL),
    ('carrier-503', 'q3', 'account-active', 'yes', 'q4', NULL, NULL, 'carrier-503-account-inactive'),
    ('carrier-503', 'q4', 'balance', 'yes', 'q5', NULL, NULL, 'carrier-503-no-funds'),
    ('carrier-503', 'q5', 'dial-pattern', 'yes', NULL, 'carrier-503-ticket', NULL, 'carrier-503-dial-pattern');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('carrier', 503, NULL, NULL, NULL, 'carrier-503', 'seed-002', '503 checklist');

-- The ticket is what is left when no cause of the guide applies.
INSERT INTO outcome_residual (outcome, source, cite) VALUES
    ('carrier-503-ticket', 'seed-002', '503 checklist, last step');

-- Failures that stop every call until the customer acts.
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('carrier-503-no-funds', 'immediate', 'Without funds the carrier completes no call at all until the account is replenished.', 'seed-002', '503 checklist, step 3'),
    ('carrier-503-account-inactive', 'immediate', 'An inactive account or a contract not accepted stops every call over the interconnection.', 'seed-002', '503 checklist, step 2'),
    ('carrier-503-not-allowlisted', 'immediate', 'Calls from an IP that is not on the allowed list all fail until it is added and processed.', 'seed-002', '503 checklist, step 1');
