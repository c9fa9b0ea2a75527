-- siptriage knowledge base: vendor context 'jambonz' (the jambonz voice platform).
--
-- jambonz is the open-source CPaaS the Cognigy Voice Gateway is built on
-- (vendor context 'cognigy-vg' covers the gateway as Cognigy documents it).
-- Built from jambonz's public documentation on docs.jambonz.org (call
-- webhooks: 'jz-hook'; carriers and SIP gateways: 'jz-gw'; the jambonz.cloud
-- interoperability spec: 'jz-cloud') and, where the documentation is
-- silent, from jambonz's public sources: jambonz/sbc-inbound
-- lib/middleware.js ('jz-sbc') and jambonz/jambonz-feature-server
-- lib/middleware.js ('jz-fs'), both in references.sql.  The advice is in
-- our own words.
--
-- Who is who in this file (owner and step actors):
--   operator  the L1 desk: reads the jambonz portal (recent calls, alerts),
--             the call webhooks and traces.
--   customer  the jambonz account: its carriers and SIP gateways, phone
--             numbers, applications and their webhooks.
--   platform  the jambonz installation (SBCs and feature servers) and its
--             operator (service provider).
--   carrier   the SIP trunk provider behind a carrier entry.
--   far-end   the other party.
--
-- Reasons: the SIP reason phrase jambonz sends (sip_reason, e.g. "Number Not
-- Provisioned") or the X-Reason header it adds (e.g. "no configured
-- application").

INSERT INTO source (id, title, locator) VALUES
    ('jz-hook', 'jambonz documentation "New Call" webhook (call hook) and call status fields', 'https://docs.jambonz.org/reference/webhooks/call-hook-post'),
    ('jz-gw', 'jambonz documentation, REST API "create sip gateway" (carriers)', 'https://docs.jambonz.org/reference/rest-platform-management/carriers/create-sip-gateway'),
    ('jz-cloud', 'jambonz documentation "Interoperability Spec" (jambonz.cloud)', 'https://docs.jambonz.org/guides/get-started/jambonz-cloud');

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('jambonz', 'jambonz (voice platform)',
     'jambonz, the open-source voice platform (CPaaS) the Cognigy Voice Gateway is built on: SBCs take calls from carriers (SIP trunks with their SIP gateways) and devices, and feature servers run the application bound to the called number through its webhooks.',
     'The sip_status and sip_reason fields of the call (call webhooks and call status events, the recent calls and CDRs of the portal), the X-Reason header of jambonz''s own SIP responses, and the portal''s alerts.',
     'jz-hook', 'sip_status, sip_reason');

INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('jambonz', NULL, NULL, 'sip_status and sip_reason',
     'Every call webhook and call status event carries the call''s sip_status (the SIP code) and sip_reason (its reason phrase) beside call_status (trying, ringing, early-media, in-progress, completed, failed, no-answer, busy); the same fields name a failed call in the CDR.',
     'jz-hook', 'call_status, sip_status, sip_reason'),
    ('jambonz', NULL, 'allowlist', 'Carriers are recognised by their SIP gateways',
     'A call from a carrier is recognised when its source address matches a SIP gateway of one of the account''s carriers that is enabled for inbound (an IPv4 address with a netmask and port). A call that matches no gateway is taken for a device calling an account''s SIP realm.',
     'jz-gw', 'ipv4, netmask, port, inbound, outbound'),
    ('jambonz', NULL, 'app-binding', 'How a call finds its application',
     'jambonz runs the application assigned to the called phone number (for the carrier it came from), else the first call route whose pattern matches the number, else the carrier''s default application; without one the call is refused with 480 and X-Reason: no configured application.',
     'jz-fs', 'retrieveApplication'),
    ('jambonz', NULL, 'capacity', 'Call limits',
     'jambonz can count calls in progress per account, per service provider and per application; above a limit the SBC refuses the call with 503 (Maximum Calls In Progress, Max Account Calls In Progress, Max Service Provider Calls In Progress) and an X-Call-Limit header naming the limit.',
     'jz-sbc', 'checkLimits'),
    ('jambonz', 401, NULL, '401 for devices',
     'Calls from devices (not from a carrier) are challenged with 401; that challenge is normal and writes no failed-call record.',
     'jz-sbc', 'challengeDeviceCalls; initLocals'),
    ('jambonz', NULL, 'codecs', 'Codecs on jambonz.cloud',
     'The hosted jambonz.cloud takes PCMU, PCMA, G722 and Opus.',
     'jz-cloud', 'RTP specification'),
    ('jambonz', NULL, NULL, 'jambonz''s own headers',
     'jambonz''s SBC passes what it learned about an inbound call to the feature server in headers of its own: X-Account-Sid, X-Application-Sid, X-Voip-Carrier-Sid, X-Originating-Carrier, X-CID and X-Forwarded-For.',
     'jz-sbc', 'identifyAccount');

INSERT INTO vendor_code (vendor, code, label, description, advice, source, cite) VALUES
    ('jambonz', 404, 'Not Found', 'From a carrier: the called number is not provisioned (reason Number Not Provisioned). From a device: the SIP realm belongs to no account. From Microsoft Teams: no application for the tenant.', 'Read the reason phrase and the X-Reason header.', 'jz-sbc', 'identifyAccount'),
    ('jambonz', 480, 'Temporarily Unavailable', 'No application is bound to the called number (X-Reason: no configured application), or the dialled target did not answer.', 'Check the number''s application.', 'jz-fs', 'retrieveApplication'),
    ('jambonz', 503, 'Service Unavailable', 'A call limit was reached, or the account is inactive (X-Reason: Account exists but is inactive).', 'Read the reason phrase and the X-Reason header.', 'jz-sbc', 'identifyAccount; checkLimits'),
    ('jambonz', 500, 'Server Internal Error', 'jambonz could not look the call up (a database or internal error).', 'Tell the platform''s operator, with the time and Call-ID.', 'jz-sbc', 'identifyAccount');

INSERT INTO vendor_reason (vendor, code, reason, initiators, description, advice, severity, severity_reason, source, cite) VALUES
    ('jambonz', 404, 'Number Not Provisioned', 'system', 'The call came from a recognised carrier, but the called number is not a phone number of the account.', 'Add the number in the jambonz portal under Phone Numbers, with its carrier and application.', 'immediate', 'Every call to the number fails until it is added.', 'jz-sbc', 'identifyAccount'),
    ('jambonz', 480, 'no configured application', 'system', 'No application is bound to the called number: none on the number, no matching call route, no default application of the carrier.', 'Assign an application to the phone number (or a default application to the carrier).', 'immediate', 'Every call to the number fails until an application is bound.', 'jz-fs', 'retrieveApplication'),
    ('jambonz', 503, 'Maximum Calls In Progress', 'system', 'The account''s limit of calls in progress was reached.', 'Compare the calls in progress with the account''s limit; raise it if needed.', 'track', 'Comes at peaks.', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Account Calls In Progress', 'system', 'The account''s limit of calls in progress (X-Call-Limit) was reached.', 'Compare the calls in progress with the account''s limit; raise it if needed.', 'track', 'Comes at peaks.', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Service Provider Calls In Progress', 'system', 'The service provider''s limit of calls in progress (X-Call-Limit) was reached.', 'Ask the platform''s operator to raise the service provider''s limit.', 'track', 'Comes at peaks.', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Account exists but is inactive', 'system', 'The account the call belongs to is inactive.', 'Have the account reactivated by the platform''s operator.', 'immediate', 'Every call of the account fails.', 'jz-sbc', 'identifyAccount');

INSERT INTO reason_answer (vendor, code, reason, check_id, answer, source, cite) VALUES
    ('jambonz', 404, 'Number Not Provisioned', 'number-provisioned', 'no', 'jz-sbc', 'identifyAccount'),
    ('jambonz', 480, 'no configured application', 'app-binding', 'no', 'jz-fs', 'retrieveApplication'),
    ('jambonz', 503, 'Maximum Calls In Progress', 'account-active', 'yes', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Maximum Calls In Progress', 'capacity', 'no', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Account Calls In Progress', 'account-active', 'yes', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Account Calls In Progress', 'capacity', 'no', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Service Provider Calls In Progress', 'account-active', 'yes', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Max Service Provider Calls In Progress', 'capacity', 'no', 'jz-sbc', 'checkLimits'),
    ('jambonz', 503, 'Account exists but is inactive', 'account-active', 'no', 'jz-sbc', 'identifyAccount');

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('jambonz-480-no-app', 'No application is bound to the called number: no application on the phone number, no matching call route, no default application on the carrier.',
     'failure', 'customer', NULL, NULL, 'jz-fs', 'retrieveApplication'),
    ('jambonz-480-target', 'An application ran; the 480 came from the target it dialled, which was unavailable.',
     'failure', 'far-end', NULL, NULL, 'jz-hook', 'sip_status, sip_reason'),
    ('jambonz-404-not-provisioned', 'The call came from a recognised carrier, but the called number is not a phone number of the account (Number Not Provisioned).',
     'failure', 'customer', NULL, NULL, 'jz-sbc', 'identifyAccount'),
    ('jambonz-404-unknown-carrier', 'The call''s source address matches no inbound SIP gateway of the account''s carriers, so jambonz took it for a device call to an unknown SIP realm.',
     'failure', 'customer', NULL, NULL, 'jz-gw', 'ipv4, netmask, inbound'),
    ('jambonz-404-other', 'Carrier and number are in order, yet jambonz answered 404: read the X-Reason header (for Microsoft Teams: no application for the tenant).',
     'failure', 'platform', 'The jambonz platform''s operator, with the Call-ID and time', 'When the X-Reason does not name a configuration the account can fix.', 'jz-sbc', 'identifyAccount'),
    ('jambonz-503-inactive', 'The jambonz account is inactive, and its calls are refused (X-Reason: Account exists but is inactive).',
     'failure', 'platform', 'The jambonz platform''s operator', 'Now: only the operator can reactivate the account.', 'jz-sbc', 'identifyAccount'),
    ('jambonz-503-limit', 'A limit of calls in progress was reached: the account''s, the service provider''s or the application''s.',
     'failure', 'customer', 'The jambonz platform''s operator', 'When the limit is the service provider''s, or cannot be raised in the account.', 'jz-sbc', 'checkLimits'),
    ('jambonz-503-other', 'Account and limits are in order; the 503 came from further on: the carrier, or a jambonz service that was unavailable.',
     'failure', 'platform', 'The jambonz platform''s operator, with the Call-ID and time', 'When it repeats.', 'siptriage', NULL);

INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('jambonz-480-no-app', 1, 'operator', 'In the jambonz portal open Phone Numbers and find the called number: check the application assigned to it.', 'jz-fs', 'retrieveApplication'),
    ('jambonz-480-no-app', 2, 'customer', 'Assign the application to the number, or give the carrier a default application, or add a call route whose pattern matches the number.', 'jz-fs', 'retrieveApplication'),
    ('jambonz-480-no-app', 3, 'customer', 'Make sure the application has a calling webhook URL.', 'jz-fs', 'retrieveApplication'),
    ('jambonz-480-no-app', 4, 'operator', 'Place a test call to the number and check its call status.', 'siptriage', NULL),
    ('jambonz-480-target', 1, 'operator', 'In the application''s webhooks, read the dial result (dial_call_status, dial_sip_status) of the target.', 'jz-hook', 'sip_status, sip_reason'),
    ('jambonz-480-target', 2, 'customer', 'Check the target the application dialled: a registered device, a SIP URI or a number through an outbound carrier.', 'siptriage', NULL),
    ('jambonz-404-not-provisioned', 1, 'operator', 'Note the called number exactly as the carrier sent it (Request-URI).', 'jz-sbc', 'identifyAccount'),
    ('jambonz-404-not-provisioned', 2, 'customer', 'Add the number under Phone Numbers in the same form, with the carrier it comes from and its application.', 'jz-sbc', 'identifyAccount'),
    ('jambonz-404-not-provisioned', 3, 'operator', 'Place a test call to the number.', 'siptriage', NULL),
    ('jambonz-404-unknown-carrier', 1, 'operator', 'Read the source address of the INVITE (the Via received parameter, or the X-Forwarded-For jambonz records).', 'jz-sbc', 'initLocals'),
    ('jambonz-404-unknown-carrier', 2, 'customer', 'Add it as a SIP gateway of the carrier (IPv4 address, netmask, port) with inbound enabled.', 'jz-gw', 'ipv4, netmask, port, inbound'),
    ('jambonz-404-unknown-carrier', 3, 'operator', 'Ask the carrier for all of its signalling addresses, and add each one.', 'siptriage', NULL),
    ('jambonz-404-other', 1, 'operator', 'Read the X-Reason header of jambonz''s 404 in the trace.', 'jz-sbc', 'identifyAccount'),
    ('jambonz-404-other', 2, 'operator', 'Send the Call-ID, time and trace to the platform''s operator.', 'siptriage', NULL),
    ('jambonz-503-inactive', 1, 'operator', 'Confirm the X-Reason header reads "Account exists but is inactive".', 'jz-sbc', 'identifyAccount'),
    ('jambonz-503-inactive', 2, 'operator', 'Ask the platform''s operator to reactivate the account.', 'siptriage', NULL),
    ('jambonz-503-limit', 1, 'operator', 'From the reason phrase and the X-Call-Limit header, note which limit was reached and its value.', 'jz-sbc', 'checkLimits'),
    ('jambonz-503-limit', 2, 'operator', 'Compare it with the calls in progress at the time (the portal''s alerts record the limit being reached).', 'jz-sbc', 'checkLimits'),
    ('jambonz-503-limit', 3, 'customer', 'Reduce the concurrent calls, or have the limit raised.', 'siptriage', NULL),
    ('jambonz-503-other', 1, 'operator', 'In the trace, find who sent the 503 (jambonz or the carrier) and any X-Reason header.', 'siptriage', NULL),
    ('jambonz-503-other', 2, 'operator', 'Send the Call-ID and time to the platform''s operator.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('jambonz-480', 'jambonz 480: the number''s application', 'q1', NULL, 'jz-fs', 'retrieveApplication'),
    ('jambonz-404', 'jambonz 404: the number and the carrier', 'q1', NULL, 'jz-sbc', 'identifyAccount'),
    ('jambonz-503', 'jambonz 503: account and call limits', 'q1', NULL, 'jz-sbc', 'identifyAccount; checkLimits');

INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('jambonz-480', 'q1', 'app-binding', 'no', NULL, 'jambonz-480-target', NULL, 'jambonz-480-no-app'),
    ('jambonz-404', 'q1', 'number-provisioned', 'no', 'q2', NULL, NULL, 'jambonz-404-not-provisioned'),
    ('jambonz-404', 'q2', 'allowlist', 'yes', NULL, 'jambonz-404-other', NULL, 'jambonz-404-unknown-carrier'),
    ('jambonz-503', 'q1', 'account-active', 'yes', 'q2', NULL, NULL, 'jambonz-503-inactive'),
    ('jambonz-503', 'q2', 'capacity', 'no', NULL, 'jambonz-503-other', NULL, 'jambonz-503-limit');

INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('jambonz', 480, NULL, NULL, NULL, 'jambonz-480', 'jz-fs', 'retrieveApplication'),
    ('jambonz', 404, NULL, NULL, NULL, 'jambonz-404', 'jz-sbc', 'identifyAccount'),
    ('jambonz', 503, NULL, NULL, NULL, 'jambonz-503', 'jz-sbc', 'identifyAccount; checkLimits');

