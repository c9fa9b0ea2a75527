-- Generic knowledge: vendor 'generic' (RFC 3261 and the domain research note, no
-- vendor specifics).  One tree per code of the research note's section 8 table, small
-- trees for 200, 1xx and 3xx, and class trees for 4xx, 5xx and 6xx that every code
-- without its own tree falls back to.  Tree and outcome ids are prefixed 'gen-'.
-- Escalation targets follow shared/reference/domain-knowledge.md section 8:
-- CUST customer's PBX/SBC admin, PROV L2 provisioning, BILL billing, NET L2 network,
-- ENG L2 platform engineering, CARR carrier NOC, VEND SBC/PBX vendor.

INSERT INTO vendor (id, name, description, where_codes, source, cite) VALUES
    ('generic', 'Generic (RFC 3261)',
     'Any SIP platform, read by RFC 3261 and common practice: PBXs, SBCs, carriers and trunking providers without a vendor file of their own.',
     'SIP traces (the final response of the INVITE), CDRs (SIP status or Q.850 hangup cause), PBX and SBC logs.',
     'rfc3261', 'section 21');

-- ----------------------------------------------------------------------------
-- 401 Unauthorized: digest challenge answered, wrong credentials, or an untrusted peer

-- ----------------------------------------------------------------------------
-- Outside review 4, F2: answers given that the trees set aside.

-- 403 to a call without an asserted identity (R61).
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-no-pai', 'The call does not identify its caller: no P-Asserted-Identity carries the caller''s number, and the From is anonymous (or carries a number the carrier does not accept), so the carrier refuses it. A withheld number is sent as an anonymous From with the real number in P-Asserted-Identity and Privacy: id, not by leaving the identity out.',
     'failure', 'customer', 'The customer''s PBX administrator; the carrier NOC (CARR) if it still refuses', 'When P-Asserted-Identity carries a number the customer owns, in E.164, with Privacy: id, and the carrier still answers 403.',
     'rfc3325', 'section 9.1');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-no-pai', 1, 'operator', 'Read the From, P-Asserted-Identity, P-Preferred-Identity and Privacy headers of the refused INVITE as it leaves the PBX or SBC (an anonymous From reads "Anonymous" <sip:anonymous@anonymous.invalid>).', 'rfc3323', 'section 4.1'),
    ('gen-403-no-pai', 2, 'customer', 'Keep the From anonymous when the caller withholds the number, but add P-Asserted-Identity with a number the customer owns, in E.164, and Privacy: id so that the carrier hides it from the callee.', 'rfc3325', 'sections 7 and 9.3'),
    ('gen-403-no-pai', 3, 'customer', 'Check the PBX or SBC does not strip P-Asserted-Identity towards the carrier: the carrier''s trunk must be set as trusted for it.', 'rfc3325', 'section 5'),
    ('gen-403-no-pai', 4, 'operator', 'Re-test with a withheld-number call and send the trace; the carrier''s answer must no longer be 403.', 'siptriage', NULL);

-- A rechallenge although the credentials are confirmed right (R66): the
-- password is not the cause; how the answer is built is.
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-auth-rechallenge-creds-ok', 'The credentials are confirmed right, yet the request that carried them was challenged again: the registrar refuses how the answer is built, not the password. Likely a realm other than the challenge''s, an auth (digest) username other than the account''s, a digest algorithm the PBX does not use (SHA-256 offered, MD5 answered), a reused or expired nonce, or a fault on the registrar.',
     'failure', 'customer', 'L2 platform engineering (ENG), with the trace of both challenges and the request between them', 'When realm, digest username, algorithm and nonce of the answer match the challenge and the second challenge is not stale=true.',
     'rfc7616', 'section 3.4');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-auth-rechallenge-creds-ok', 1, 'operator', 'In the trace compare the Authorization (or Proxy-Authorization) of the re-sent request with the challenge before it: its realm= and nonce= must be the challenge''s, its algorithm= one the challenge offered, its uri= the Request-URI.', 'rfc7616', 'section 3.4'),
    ('gen-auth-rechallenge-creds-ok', 2, 'operator', 'If the second challenge carries stale=true, the nonce had only expired: the retry with the new nonce is normal, not a refusal.', 'rfc7616', 'section 3.3'),
    ('gen-auth-rechallenge-creds-ok', 3, 'customer', 'Set the PBX''s auth (digest) username to the account''s credential username, not the extension or the caller ID, and its realm to the challenge''s realm.', 'tw-32106', 'Authorization name'),
    ('gen-auth-rechallenge-creds-ok', 4, 'customer', 'If the challenge offers only SHA-256 and the PBX answers with MD5, update or reconfigure the PBX, or have MD5 allowed on the account.', 'rfc7616', 'section 3.3'),
    ('gen-auth-rechallenge-creds-ok', 5, 'operator', 'If all of this matches, escalate to L2 platform engineering with the trace: the registrar refuses a correct answer (its clock, its nonce handling or its credential store).', 'siptriage', NULL);

-- outcome gen-auth-challenge-normal
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-auth-challenge-normal', 'Normal digest authentication: the first request was challenged with 401/407 and the caller re-sent it with valid credentials. The challenge alone is not a failure.',
     'challenge', 'none', NULL, NULL,
     'tw-pcap', 'digest challenge');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-auth-challenge-normal', 1, 'operator', 'Find the re-sent request, INVITE or REGISTER (same Call-ID, CSeq one higher, Authorization or Proxy-Authorization header), and read its final response.', 'tw-pcap', 'digest challenge'),
    ('gen-auth-challenge-normal', 2, 'operator', 'If that response is 18x or 200, close the ticket: a 401/407 answered with credentials is expected on every call of a credential trunk.', 'didww-auth', 'Credentials & IP-Based trunks'),
    ('gen-auth-challenge-normal', 3, 'operator', 'If the re-sent request got another error code, triage that code instead of the 401/407.', 'tw-pcap', 'digest challenge'),
    ('gen-auth-challenge-normal', 4, 'operator', 'Leave answered challenges out of failure statistics; count only challenges that were not answered or were followed by 403.', 'domain-notes', 'section 4, expected / benign');
-- outcome gen-auth-bad-creds
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-auth-bad-creds', 'The caller answered the challenge but its username, password or realm is rejected: the request that carried credentials was challenged again (a second 401/407) or refused with 403. This holds for REGISTER as for INVITE; it is not the normal password challenge.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the fix on the PBX; to L2 platform engineering (ENG) if the credentials match exactly and the challenge loop persists.',
     'domain-notes', 'section 8, 401');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-auth-bad-creds', 1, 'operator', 'In the trace find the request sent again with credentials (same Call-ID, CSeq one higher, an Authorization or Proxy-Authorization header) and its answer: a second 401/407 or a 403 means the credentials were rejected. Compare its username= and realm= with the SIP credentials on the portal; note which one differs.', 'domain-notes', 'section 8, 401'),
    ('gen-auth-bad-creds', 2, 'customer', 'Re-enter the auth username and password of this trunk on the PBX exactly as on the portal (case-sensitive, no spaces) and set the realm/domain to the realm= of the challenge.', 'domain-notes', 'section 8, 401'),
    ('gen-auth-bad-creds', 3, 'customer', 'Where the PBX has a separate auth username, set it to the credential username, not to the extension or the caller ID.', 'tw-32106', 'Authorization name'),
    ('gen-auth-bad-creds', 4, 'operator', 'If the password was reset on the portal recently, confirm the customer uses the new one.', 'domain-notes', 'section 8, 401'),
    ('gen-auth-bad-creds', 5, 'customer', 'Re-test and send the trace: a REGISTER with credentials must get 200 OK, an INVITE with credentials 100/18x/200, not another 401/407 or 403.', 'domain-notes', 'section 8, 401'),
    ('gen-auth-bad-creds', 6, 'operator', 'If the second 401/407 carries stale=true, the nonce had only expired: the same credentials are retried with the new nonce, and only a further challenge with stale=false means they are rejected.', 'rfc7616', 'section 3.3');
-- outcome gen-scanner
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-scanner', 'Unsolicited traffic from an unknown source or a SIP scanner probing for accounts or numbers; the refusal is the right answer and no customer is affected.',
     'declined', 'operator', 'L2 network (NET)', 'When one source sends large volumes, or attempts keep growing: ask L2 network to block it.',
     'seed-001', '403 Permission Denied; 404 Not Found');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-scanner', 1, 'operator', 'Note the source IP and the User-Agent of the INVITEs (friendly-scanner, sipvicious, sipcli are typical) and check the IP belongs to no customer or carrier of the account.', 'seed-001', '403 Permission Denied; 404 Not Found'),
    ('gen-scanner', 2, 'operator', 'Count the attempts from that IP over the last hours; a few are background noise and need no action.', 'seed-001', '403 Permission Denied; 404 Not Found'),
    ('gen-scanner', 3, 'operator', 'If one IP sends large numbers of requests, ask L2 network to block it at the SBC or firewall.', 'seed-001', '403 Permission Denied'),
    ('gen-scanner', 4, 'operator', 'Close the ticket as spam or fraud attempt; no customer action is needed.', 'seed-001', '403 Permission Denied; 404 Not Found');
-- outcome gen-auth-no-creds
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-auth-no-creds', 'The caller is trusted by IP but did not answer the challenge: the challenging side requires digest authentication and the caller''s PBX has no credentials configured for it.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the configuration on the PBX.',
     'domain-notes', 'section 2, 401');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-auth-no-creds', 1, 'operator', 'Confirm in the trace that the 401/407 was followed only by an ACK and no new INVITE with an Authorization or Proxy-Authorization header.', 'domain-notes', 'section 2, 401'),
    ('gen-auth-no-creds', 2, 'customer', 'Configure the auth username and password of this trunk on the PBX (outbound authentication of the trunk), as shown on the portal.', 'domain-notes', 'section 2, 401'),
    ('gen-auth-no-creds', 3, 'customer', 'If the trunk is meant to use IP authentication only, check the PBX sends to the address and port of the IP-authenticated trunk, not to the registrar or a credential trunk.', 'domain-notes', 'section 2, 401'),
    ('gen-auth-no-creds', 4, 'customer', 'Place a test call and send the trace showing the re-sent INVITE with credentials.', 'domain-notes', 'section 2, 401');
-- outcome gen-auth-untrusted-peer
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-auth-untrusted-peer', 'The side that challenged does not know the caller''s IP as a trusted peer and the caller has no credentials. On inbound calls this is the customer''s PBX challenging the carrier because the carrier''s signalling IPs are not configured as peers.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the trusted-peer or allowed-list change.',
     'tw-ts', 'inbound 401/407');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-auth-untrusted-peer', 1, 'operator', 'In the trace read who sent the 401/407 (Via, Server or User-Agent of the response) and the source IP of the INVITE.', 'tw-ts', 'inbound 401/407'),
    ('gen-auth-untrusted-peer', 2, 'customer', 'If the customer''s PBX challenged an inbound call, add all of the carrier''s signalling IPs as trusted peers (IP-authenticated trunk, no inbound authentication) on the PBX.', 'tw-ts', 'inbound 401/407'),
    ('gen-auth-untrusted-peer', 3, 'customer', 'If the platform or carrier challenged the PBX''s call, add the PBX''s public IP to the allowed list in the portal''s Settings tab, or configure digest credentials on the PBX.', 'seed-002', '503 checklist, allowed list'),
    ('gen-auth-untrusted-peer', 4, 'operator', 'Allowed-IP changes take up to 2 hours to apply after Save; re-test after that.', 'seed-002', '503 checklist, allowed list'),
    ('gen-auth-untrusted-peer', 5, 'customer', 'Place a test call and confirm the INVITE is no longer challenged (or the challenge is answered).', 'tw-ts', 'inbound 401/407');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-401', '401 Unauthorized: digest challenge answered, wrong credentials, or an untrusted peer', 'q1', NULL, 'domain-notes', 'section 8, 401');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-401', 'q1', 'challenge-answered', 'yes', 'q5', NULL, 'q3', NULL),
    ('gen-401', 'q5', 'rechallenged', 'no', 'q6', NULL, 'q2', NULL),
    -- Rechallenged with credentials confirmed right: not the password
    -- (outside review 4, F2: R66).
    ('gen-401', 'q6', 'credentials-valid', 'no', NULL, 'gen-auth-rechallenge-creds-ok', NULL, 'gen-auth-bad-creds'),
    ('gen-401', 'q2', 'credentials-valid', 'yes', NULL, 'gen-auth-challenge-normal', NULL, 'gen-auth-bad-creds'),
    ('gen-401', 'q3', 'scanner', 'no', NULL, 'gen-scanner', 'q4', NULL),
    ('gen-401', 'q4', 'allowlist', 'no', NULL, 'gen-auth-no-creds', NULL, 'gen-auth-untrusted-peer');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 401, NULL, NULL, NULL, 'gen-401', 'domain-notes', 'section 8, 401');

-- ----------------------------------------------------------------------------
-- 402 Payment Required: balance, account status, or an upstream billing block

-- outcome gen-billing-no-credit
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-billing-no-credit', 'The account or sub-account has no credit: balance at or below zero, credit limit or a cost cap reached. Prepaid calls are also cut mid-call when the balance runs out.',
     'failure', 'customer', 'Billing (BILL)', 'When the balance is positive and calls are still refused, or the balance or rating looks wrong.',
     'domain-notes', 'section 2, 402');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-billing-no-credit', 1, 'operator', 'Check the balance and credit limit of the account and of the sub-account on the portal''s billing page at the time of the call.', 'domain-notes', 'section 2, 402'),
    ('gen-billing-no-credit', 2, 'customer', 'Top up the account, or ask billing to raise the credit limit.', 'seed-002', '503 checklist, funds'),
    ('gen-billing-no-credit', 3, 'operator', 'If answered calls were cut mid-call, check the call log for a system end when the balance ran out (e.g. reason ''Teardown'').', 'didww-cl', 'Teardown'),
    ('gen-billing-no-credit', 4, 'operator', 'If a per-call or per-minute cost cap is set, check whether the destination''s rate exceeds it.', 'zap', 'MaxPeak Cost Exceeded'),
    ('gen-billing-no-credit', 5, 'operator', 'Re-test after the top-up and confirm the code is gone.', 'domain-notes', 'section 2, 402');
-- outcome gen-402-upstream
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-402-upstream', 'Our account is active and in credit, so the 402 came from further away: the far end or an upstream carrier refused for payment on its own account.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When the 402 repeats for a destination; involve billing (BILL) if the carrier says our account with them is blocked.',
     'domain-notes', 'section 8, 402');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-402-upstream', 1, 'operator', 'Read the Via, Server and Reason headers of the 402 to see which hop generated it.', 'domain-notes', 'section 8, 402'),
    ('gen-402-upstream', 2, 'operator', 'Check whether all calls to this carrier or destination get 402, or only this one.', 'domain-notes', 'section 8, 402'),
    ('gen-402-upstream', 3, 'operator', 'Escalate to the carrier NOC with the Call-IDs and times, asking which account is blocked for payment.', 'domain-notes', 'section 8, 402'),
    ('gen-402-upstream', 4, 'operator', 'If the carrier confirms our interconnect account is blocked, pass it to billing.', 'domain-notes', 'section 8, 402');
-- outcome gen-account-inactive
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-account-inactive', 'The account is suspended or closed, or its contract/terms are not accepted, so calls are refused whatever the technical setup.',
     'failure', 'customer', 'Billing (BILL)', 'When the customer has settled the account or accepted the terms and calls are still refused.',
     'seed-002', '503 checklist, account active');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-account-inactive', 1, 'operator', 'Open the account on the portal and note its status and the suspension reason, if one is shown.', 'seed-002', '503 checklist, account active'),
    ('gen-account-inactive', 2, 'customer', 'Accept the contract or terms of service on the portal if they are pending.', 'seed-002', '503 checklist, account active'),
    ('gen-account-inactive', 3, 'customer', 'If the account is suspended for payment or terms of service, settle it with billing.', 'tw-ts', '603 account not active'),
    ('gen-account-inactive', 4, 'operator', 'After reactivation, ask for a test call and confirm the refusal is gone.', 'seed-002', '503 checklist, account active');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-402', '402 Payment Required: balance, account status, or an upstream billing block', 'q1', NULL, 'domain-notes', 'section 8, 402');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-402', 'q1', 'balance', 'no', 'q2', NULL, NULL, 'gen-billing-no-credit'),
    ('gen-402', 'q2', 'account-active', 'yes', NULL, 'gen-402-upstream', NULL, 'gen-account-inactive');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 402, NULL, NULL, NULL, 'gen-402', 'domain-notes', 'section 8, 402');

-- ----------------------------------------------------------------------------
-- 403 Forbidden: ACL (digest-less INVITE) vs credentials (after 407), then account, caller ID, limits, policy

-- outcome gen-403-digest-user
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-digest-user', 'The password is right but the From user (caller ID) differs from the digest username. SIP itself does not require them to match (credentials belong to the realm, RFC 3261 section 22); it is the cause only if this provider requires it, as one hosted provider does (seed 004). Assumed here: ask the provider, and if it has no such rule, look at the account, the caller ID and the source IP instead.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the fix on the PBX.',
     'seed-004', '403 Denied, Misconfiguration');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-digest-user', 0, 'operator', 'Ask the provider (or read its documentation) whether it requires the From user to equal the digest username; most do not.', 'rfc3261', 'section 22'),
    ('gen-403-digest-user', 1, 'operator', 'In the trace compare the user part of the From header with username= of the Authorization header of the re-sent request.', 'seed-004', '403 Denied, Misconfiguration'),
    ('gen-403-digest-user', 2, 'customer', 'If the provider requires it: present the same number in From as the digest username, or set the auth username to the number sent in From.', 'seed-004', '403 Denied, Misconfiguration'),
    ('gen-403-digest-user', 3, 'customer', 'Where each extension has its own SIP account, make each send its own number as From.', 'seed-004', '403 Denied, Misconfiguration'),
    ('gen-403-digest-user', 4, 'customer', 'Place a test call and send the trace: the credentialed INVITE must get 100/18x/200.', 'seed-004', '403 Denied, Misconfiguration');
-- outcome gen-acl-pending
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-acl-pending', 'The allowed list was changed within the last 2 hours: the change may not be applied yet, or the IP added is not the one the PBX actually sends from.',
     'failure', 'operator', 'L2 provisioning (PROV)', 'When calls are still refused more than 2 hours after Save and the listed IP matches the source IP.',
     'seed-002', '503 checklist, allowed list');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-acl-pending', 1, 'operator', 'Compare the IP added to the allowed list with the source IP the platform saw (Via received= of the response, or the capture).', 'seed-002', '503 checklist, allowed list'),
    ('gen-acl-pending', 2, 'customer', 'If they differ, add the IP the platform saw (the PBX''s public NAT address), not the PBX''s LAN address.', 'seed-002', '503 checklist, allowed list'),
    ('gen-acl-pending', 3, 'operator', 'If they match, wait until 2 hours after Save: IP additions and changes take up to 2 hours to be processed.', 'seed-002', '503 checklist, allowed list'),
    ('gen-acl-pending', 4, 'operator', 'Re-test after that; if the call is still refused, escalate to L2 provisioning with the change time and the trace.', 'seed-002', '503 checklist, allowed list');
-- outcome gen-acl-missing
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-acl-missing', 'The caller''s source IP is not on the allowed list (IP ACL), so the first, digest-less INVITE is refused before any authentication.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the customer cannot edit the allowed list, or the IP is listed, applied and still refused.',
     'tw-ts', '403 ACL');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-acl-missing', 1, 'operator', 'Read the source IP the platform saw: received= and rport= in the Via of the 403/503 response, or the source IP in the capture. A private source IP (10.x, 172.16-31.x, 192.168.x) in a capture taken inside the caller''s network is not it: read the public one in a capture taken outside the NAT (WAN side), in the NAT rule, or in the carrier''s log.', 'tw-ts', 'Via received; RFC 1918 section 3 (private addresses)'),
    ('gen-acl-missing', 2, 'customer', 'In the portal''s Settings tab add the PBX''s public signalling IP to the allowed list and press Save; changes take up to 2 hours to apply.', 'seed-002', '503 checklist, allowed list'),
    ('gen-acl-missing', 3, 'customer', 'If the PBX can send from several public IPs (NAT pool, failover, cloud hosting), add every one of them.', 'tw-ts', '403 ACL'),
    ('gen-acl-missing', 4, 'operator', 'After the change has applied, ask for a test call and confirm the first INVITE gets 100/18x (or a 401/407 challenge) instead of the refusal.', 'tw-ts', '403 ACL');
-- outcome gen-cid-invalid
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-cid-invalid', 'The caller ID is not accepted: not owned or verified by the account, not in E.164, or not in the header the carrier reads (P-Asserted-Identity / From).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always for the fix; to L2 provisioning (PROV) if the caller ID is owned, in E.164 in both headers and still refused.',
     'tw-ts', '403 Invalid Caller ID');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-cid-invalid', 1, 'operator', 'Read From, P-Asserted-Identity and Remote-Party-ID of the INVITE and note the number each carries and the Privacy header.', 'tw-ts', '403 Invalid Caller ID'),
    ('gen-cid-invalid', 2, 'customer', 'Send the caller ID in E.164 with the leading + and country code, in From and in P-Asserted-Identity.', 'tw-ts', '403 Invalid Caller ID'),
    ('gen-cid-invalid', 3, 'customer', 'Use a number the account owns or has verified on the portal; remove stale Remote-Party-ID headers carrying another number.', 'tw-32204', 'verified caller ID'),
    ('gen-cid-invalid', 4, 'customer', 'On a transfer or dial-out leg, set P-Asserted-Identity to a number the carrier accepts; the original caller''s number is often refused.', 'seed-000', '403 Invalid Caller ID'),
    ('gen-cid-invalid', 5, 'operator', 'Re-test and confirm the call passes; keep the trace of the failed and the good call on the ticket.', 'tw-ts', '403 Invalid Caller ID');
-- outcome gen-capacity-limit
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-capacity-limit', 'A channel, concurrent-call or calls-per-second limit of the account, trunk, DID or channel group was reached at the time of the call.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the customer needs a higher limit, or calls are refused below the configured limit; to L2 platform engineering (ENG) if every account is affected.',
     'domain-notes', 'section 9, item 10');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-capacity-limit', 1, 'operator', 'Compare the concurrent calls and calls per second at the failure time (CDRs, statistics) with the limits of the account, trunk, DID and channel group.', 'domain-notes', 'section 9, item 10'),
    ('gen-capacity-limit', 2, 'operator', 'Read the reason phrase and headers of the response (e.g. ''CPS limit exceeded'', X-Call-Limit) to see which limit applied.', 'tw-ts', '503 CPS / concurrent call limit'),
    ('gen-capacity-limit', 3, 'customer', 'Pace outbound calls to stay under the calls-per-second limit (spread bursts over several seconds) and under the concurrent-call limit.', 'domain-notes', 'section 9, item 10'),
    ('gen-capacity-limit', 4, 'customer', 'If more capacity is needed, order more channels or ask for a higher CPS or concurrent-call limit.', 'domain-notes', 'section 9, item 10'),
    ('gen-capacity-limit', 5, 'operator', 'If calls are refused below the configured limits, escalate to L2 provisioning; if all accounts are affected, to L2 platform engineering.', 'domain-notes', 'section 9, item 10');
-- outcome gen-403-policy
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-policy', 'Access, account and caller ID are fine, so a policy refused the call: destination country or prefix not enabled (geo permissions), number or prefix blocked for fraud, rate above the profile''s maximum, or an upstream carrier refused.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'When the destination should be allowed for this account; to the carrier NOC (CARR) if the 403 came from upstream (its Via/Server).',
     'domain-notes', 'section 2, 403 destination policy');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-policy', 1, 'operator', 'Read the reason phrase and any Reason/Warning/X- header of the 403 and note which hop generated it (Via, Server).', 'domain-notes', 'section 2, 403 destination policy'),
    ('gen-403-policy', 2, 'operator', 'Check on the portal whether the destination country or prefix is enabled for the account (geo / international permissions).', 'tw-ts', '403 No International Authorization'),
    ('gen-403-policy', 3, 'customer', 'Enable the destination (or international calling) on the portal if the account may call it.', 'domain-notes', 'section 2, 403 destination policy'),
    ('gen-403-policy', 4, 'operator', 'If the number or prefix is blocked for fraud prevention or the rate exceeds the account''s maximum, escalate to L2 provisioning.', 'tnx-rc', 'D41, D24'),
    ('gen-403-policy', 5, 'operator', 'If the 403 came from the upstream carrier, escalate to the carrier NOC with Call-IDs and times.', 'domain-notes', 'section 2, 403 destination policy');
-- outcome gen-403-all-destinations
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-all-destinations', 'Every destination is refused although the source IP is allowed: the far end refuses the account or the trunk as a whole, not one destination. With the account active, funded and its caller ID accepted, look at what the carrier reads to identify the trunk (a tech prefix, the authentication mode: IP or registration) and at a block on its side. A 403 says that authorization will not help.',
     'failure', 'customer', 'Carrier NOC (CARR), with a full SIP trace of a refused call and the trunk''s turn-up settings', 'When the account, the caller ID and the trunk''s prefix and authentication match the carrier''s settings and every call is still refused.',
     'rfc3261', 'section 21.4.4');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-all-destinations', 1, 'operator', 'Read the reason phrase and any Reason/Warning/X- header of the 403: carriers often name the refusal there (account, caller ID, prefix).', 'domain-notes', 'section 2, 403 destination policy'),
    ('gen-403-all-destinations', 2, 'customer', 'Compare the trunk''s settings with the carrier''s turn-up data: the tech prefix or trunk id in the Request-URI, the authentication mode (IP or registration) and the caller ID in P-Asserted-Identity/From.', 'siptriage', NULL),
    ('gen-403-all-destinations', 3, 'operator', 'Open a carrier ticket with a full SIP trace of a refused call, the source IP and the times.', 'seed-002', '503 checklist, step 5');
-- outcome gen-403-register-nochallenge
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-register-nochallenge', 'The registrar refuses the REGISTER at once, before any 401/407 challenge, so no password was even checked: the registrar will not serve this device or address. Usual causes: an access list on the registrar (for a phone, its own PBX: the SIP profile''s or transport''s register ACL) does not admit the source IP, the source IP is banned after failed attempts, or the domain or user in the To header is one the registrar does not serve.',
     'failure', 'customer', 'Whoever runs the registrar: the PBX administrator for a phone on its own PBX, the provider''s support for a provider account', 'When the device''s source IP is admitted, not banned, and the domain and user are right, and the REGISTER is still refused at once.',
     'rfc3261', 'section 21.4.4');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-register-nochallenge', 1, 'operator', 'Read who refused: the Server or User-Agent header of the 403 and the address it came from; for a desk phone it is usually the customer''s own PBX, not a provider.', 'rfc3261', 'section 20.35'),
    ('gen-403-register-nochallenge', 2, 'operator', 'Read the reason phrase and any Warning header of the 403, and ask for the registrar''s log line of the refusal (it names an ACL, a ban or an unknown domain or user).', 'rfc3261', 'section 20.43'),
    ('gen-403-register-nochallenge', 3, 'customer', 'On the registrar, check the access list that applies to registrations and add the device''s public source address (or its network) if it belongs there.', 'siptriage', NULL),
    ('gen-403-register-nochallenge', 4, 'customer', 'Check whether the source address is banned after failed attempts (fail2ban or the registrar''s own flood protection); find the device that kept sending a wrong password before lifting the ban.', 'siptriage', NULL),
    ('gen-403-register-nochallenge', 5, 'customer', 'Compare the domain and user in the To header of the REGISTER with the ones the registrar serves; fix the device''s registrar or domain setting.', 'rfc3261', 'section 10.3'),
    ('gen-403-register-nochallenge', 6, 'operator', 'Confirm the device''s next REGISTER is challenged (401/407) and then answered 200 OK.', 'rfc3261', 'section 10.2');
-- outcome gen-403-register-refused
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-403-register-refused', 'The registrar refuses the REGISTER that carries credentials with 403: the account or line is disabled, the source IP was banned after failed attempts (an anti-flood or fail2ban rule), or the address-of-record in To does not belong to the authenticated user. Retrying with the same credentials will not help.',
     'failure', 'customer', 'The provider''s support, with the REGISTER exchange and the source IP', 'When the account is active, the AOR and credentials match the portal, and the REGISTER is still refused.',
     'rfc3261', 'section 10.3, step 6');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-403-register-refused', 1, 'operator', 'Read the reason phrase and any Warning header of the 403: providers often name the refusal there (disabled, banned, not allowed).', 'seed-004', '403 Denied section, Misconfiguration'),
    -- Outside review 5, R01/R02: a Warning "Registration from this IP not
    -- permitted" names the refusal; it, not the credentials, comes first.
    ('gen-403-register-refused', 2, 'operator', 'If that text names the source address ("from this IP not permitted", "IP not allowed"), the registrar takes this account only from the addresses it lists, whatever the credentials: give the provider the PBX''s public signalling IP (received= in the Via of the 403, or a capture taken outside the NAT) to add, or register from an address it lists, then re-test.', 'domain-notes', 'section 9, item 3 (source IP versus the allowlist, for 401/407 and 403); section 3, IP allowlist (digest credentials or an ACL)'),
    ('gen-403-register-refused', 3, 'operator', 'Check on the portal that the account and the line are active, not disabled or suspended.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('gen-403-register-refused', 4, 'operator', 'Check whether the source IP was banned after failed attempts (the registrar''s anti-flood or fail2ban list); a device with an old password retrying every few seconds triggers it.', 'siptriage', NULL),
    ('gen-403-register-refused', 5, 'customer', 'Make the To (address-of-record) of the REGISTER the account''s own SIP user, the one the auth username belongs to.', 'rfc3261', 'section 10.3, step 6'),
    ('gen-403-register-refused', 6, 'customer', 'Re-enter the auth username and password exactly as on the portal, then confirm that the REGISTER with credentials gets 200 OK.', 'rfc3261', 'section 10.2');
-- outcome gen-dial-pattern
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-dial-pattern', 'The called number is not in the format the far end expects (E.164 or the interconnect guide''s dial plan), so it is refused or not found.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the dial-plan fix on the PBX.',
     'seed-002', '503 checklist, dialing pattern');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-dial-pattern', 1, 'operator', 'Read the user part of the Request-URI and the To header of the failed INVITE exactly as sent.', 'seed-002', '503 checklist, dialing pattern'),
    ('gen-dial-pattern', 2, 'operator', 'Compare it with the dial plan in the portal''s interconnect guide (E.164, + sign, national prefixes, tech prefix).', 'seed-002', '503 checklist, dialing pattern'),
    ('gen-dial-pattern', 3, 'customer', 'Fix the outbound route or dial-plan translation on the PBX so it sends the number in that format, usually E.164 with the country code.', 'seed-002', '503 checklist, dialing pattern'),
    ('gen-dial-pattern', 4, 'customer', 'Make sure the Request-URI carries a user part (number@host), not the host alone.', 'kam', 'no user part 484'),
    ('gen-dial-pattern', 5, 'customer', 'Re-test with the same number and send the trace.', 'seed-002', '503 checklist, dialing pattern');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-403', '403 Forbidden: ACL (digest-less INVITE) vs credentials (after 407), then account, caller ID, limits, policy', 'q1', NULL, 'domain-notes', 'section 8, 403');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-403', 'q1', 'challenge-answered', 'no', 'q2', NULL, 'q15', NULL),
    -- A REGISTER refused before any challenge is not the INVITE ACL of a
    -- trunk (outside review 4, F6, R03b).
    ('gen-403', 'q15', 'register-forbidden', 'no', NULL, 'gen-403-register-nochallenge', 'q4', NULL),
    -- A 403 to the credentialed REGISTER has causes of its own besides the
    -- password (outside review F9).
    ('gen-403', 'q14', 'register-forbidden', 'no', NULL, 'gen-403-register-refused', 'q3', NULL),
    ('gen-403', 'q2', 'credentials-valid', 'no', 'q14', NULL, NULL, 'gen-auth-bad-creds'),
    ('gen-403', 'q3', 'digest-user', 'yes', 'q7', NULL, NULL, 'gen-403-digest-user'),
    ('gen-403', 'q4', 'scanner', 'no', NULL, 'gen-scanner', 'q5', NULL),
    ('gen-403', 'q5', 'allowlist', 'no', 'q7', NULL, 'q6', NULL),
    ('gen-403', 'q6', 'recent-change', 'no', NULL, 'gen-acl-pending', NULL, 'gen-acl-missing'),
    ('gen-403', 'q7', 'account-active', 'yes', 'q8', NULL, NULL, 'gen-account-inactive'),
    ('gen-403', 'q8', 'balance', 'yes', 'q13', NULL, NULL, 'gen-billing-no-credit'),
    -- A call without a network-asserted identity (anonymous From, no
    -- P-Asserted-Identity) is refused by many carriers (outside review 4,
    -- F2: R61; RFC 3325 section 9.1, RFC 3323).
    ('gen-403', 'q13', 'pai-present', 'yes', 'q9', NULL, NULL, 'gen-403-no-pai'),
    ('gen-403', 'q9', 'caller-id-valid', 'yes', 'q10', NULL, NULL, 'gen-cid-invalid'),
    ('gen-403', 'q10', 'capacity', 'yes', 'q12', NULL, NULL, 'gen-capacity-limit'),
    -- Every destination refused rules out a policy for one destination
    -- (geo permissions) and a wrong number format (outside review F6).
    ('gen-403', 'q12', 'widespread', 'no', NULL, 'gen-403-all-destinations', 'q11', NULL),
    ('gen-403', 'q11', 'dial-pattern', 'yes', NULL, 'gen-403-policy', NULL, 'gen-dial-pattern');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 403, NULL, NULL, NULL, 'gen-403', 'domain-notes', 'section 8, 403');

-- ----------------------------------------------------------------------------
-- 404 Not Found: number format, provisioning, trunk, registration, routing

-- outcome gen-number-not-provisioned
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-number-not-provisioned', 'The called number is not provisioned on the platform (never added, blocked, expired or cancelled), so the call has nowhere to go.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the number is on the customer''s order but missing, blocked or expired in the inventory.',
     'seed-001', '404 Not Found');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-number-not-provisioned', 1, 'operator', 'Look up the Request-URI number in the portal''s number (DID) inventory and note its status.', 'seed-001', '404 Not Found'),
    ('gen-number-not-provisioned', 2, 'customer', 'If it is missing, add and configure the number on the portal; check the carrier sends it in the format it was configured with (e.g. E.164).', 'seed-000', '404 Not Found'),
    ('gen-number-not-provisioned', 3, 'operator', 'If it is blocked, expired or cancelled, check renewal and billing and escalate to L2 provisioning to restore it.', 'seed-001', '404 Not Found'),
    ('gen-number-not-provisioned', 4, 'operator', 'If the number belongs to no customer, treat repeated calls to it as spam and check their source IPs.', 'seed-001', '404 Not Found');
-- outcome gen-trunk-unassigned
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-trunk-unassigned', 'The DID is provisioned but no trunk or trunk group is assigned to it, so the call cannot be delivered.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When a trunk is assigned and calls are still rejected as unassigned.',
     'domain-notes', 'section 9, item 6');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-trunk-unassigned', 1, 'operator', 'Open the DID on the portal and check its trunk / trunk-group field.', 'domain-notes', 'section 9, item 6'),
    ('gen-trunk-unassigned', 2, 'customer', 'Assign the DID to the trunk or trunk group that points at the PBX and save.', 'didww-api', 'trunk assignment'),
    ('gen-trunk-unassigned', 3, 'operator', 'Check the assigned trunk points at the right SIP URI or host and port.', 'domain-notes', 'section 9, item 6'),
    ('gen-trunk-unassigned', 4, 'operator', 'Place a test call to the DID and confirm it reaches the PBX.', 'domain-notes', 'section 9, item 6');
-- outcome gen-not-registered
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-not-registered', 'The called user or trunk has no current registration, so there is no contact to deliver to (480/404, or a 408 that comes back at once).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the device shows registered but the registrar has no contact: to L2 network (NET).',
     'domain-notes', 'section 2, 480');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-not-registered', 1, 'operator', 'Check the registrations page for the user or trunk: the last successful REGISTER and its expiry.', 'domain-notes', 'section 2, 480'),
    ('gen-not-registered', 2, 'customer', 'Check that the phone or PBX is online and shows the registration as active; force a re-registration.', 'domain-notes', 'section 2, 480'),
    ('gen-not-registered', 3, 'customer', 'If REGISTER fails, check the credentials and that the re-register interval is shorter than the router''s NAT/UDP timeout.', 'domain-notes', 'section 2, 480'),
    ('gen-not-registered', 4, 'operator', 'Re-test once the registration appears on the platform.', 'domain-notes', 'section 2, 480');
-- outcome gen-404-routing
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-404-routing', 'Many valid numbers get 404: there is no route for the destination, or the route points at a server that does not serve it.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'When the destination should be routable for the account; to the carrier NOC (CARR) for outbound calls refused by the carrier.',
     'domain-notes', 'section 8, 404');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-404-routing', 1, 'operator', 'Group the 404s by destination prefix, trunk and carrier to see what they share.', 'domain-notes', 'section 8, 404'),
    ('gen-404-routing', 2, 'operator', 'Check the route or dial-plan entry for that prefix on the portal and which host it sends to.', 'domain-notes', 'section 8, 404'),
    ('gen-404-routing', 3, 'operator', 'Read the Via/Server of the 404 to see whether the platform or the carrier answered.', 'domain-notes', 'section 8, 404'),
    ('gen-404-routing', 4, 'operator', 'Escalate to L2 provisioning with the prefix and Call-IDs; for outbound calls refused by the carrier, to the carrier NOC.', 'domain-notes', 'section 8, 404');
-- outcome gen-404-not-in-service
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-404-not-in-service', 'A single number is not found at the far end: the number does not exist or is not in service there.',
     'failure', 'far-end', NULL, NULL,
     'domain-notes', 'section 2, 404');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-404-not-in-service', 1, 'operator', 'Confirm with the caller the number dialled, digit by digit, against the Request-URI.', 'domain-notes', 'section 2, 404'),
    ('gen-404-not-in-service', 2, 'operator', 'Try the number from another line or carrier; if it fails everywhere, it is not in service.', 'domain-notes', 'section 2, 404'),
    ('gen-404-not-in-service', 3, 'customer', 'Correct or remove the number in the contact list or dialler.', 'domain-notes', 'section 2, 404'),
    ('gen-404-not-in-service', 4, 'operator', 'If more numbers start failing the same way, re-run this check with widespread = yes.', 'domain-notes', 'section 2, 404');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-404', '404 Not Found: number format, provisioning, trunk, registration, routing', 'q1', NULL, 'domain-notes', 'section 8, 404');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-404', 'q1', 'dial-pattern', 'yes', 'q2', NULL, NULL, 'gen-dial-pattern'),
    ('gen-404', 'q2', 'number-provisioned', 'yes', 'q4', NULL, 'q3', NULL),
    ('gen-404', 'q3', 'scanner', 'no', NULL, 'gen-scanner', NULL, 'gen-number-not-provisioned'),
    ('gen-404', 'q4', 'trunk-assigned', 'yes', 'q5', NULL, NULL, 'gen-trunk-unassigned'),
    ('gen-404', 'q5', 'registered', 'yes', 'q6', NULL, NULL, 'gen-not-registered'),
    ('gen-404', 'q6', 'widespread', 'no', NULL, 'gen-404-routing', NULL, 'gen-404-not-in-service');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 404, NULL, NULL, NULL, 'gen-404', 'domain-notes', 'section 8, 404');

-- ----------------------------------------------------------------------------
-- 405 Method Not Allowed: transfer (REFER) disabled, or a method not allowed at that address

-- outcome gen-405-refer
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-405-refer', 'A transfer (REFER) or dial-out leg asked for a method the far end does not allow for this address; typically call transfer is not enabled on the connection.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When transfer is enabled on the connection and REFER is still refused; to the customer''s PBX admin (CUST) if the customer''s PBX refused it.',
     'tnx-rc', 'D42 REFER not allowed');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-405-refer', 1, 'operator', 'In the trace find the refused request''s method (REFER, INVITE, UPDATE) and the Allow header of the 405: it lists the methods accepted.', 'tnx-rc', 'D42 REFER not allowed'),
    ('gen-405-refer', 2, 'customer', 'Enable call transfer (REFER) on the connection or trunk, on the portal or the far end''s settings.', 'tnx-rc', 'D42 REFER not allowed'),
    ('gen-405-refer', 3, 'customer', 'If REFER cannot be enabled, switch the transfer to a bridged (INVITE-based) transfer in the flow or PBX.', 'siptriage', NULL),
    ('gen-405-refer', 4, 'operator', 'Re-test the transfer and keep the trace.', 'tnx-rc', 'D42 REFER not allowed');
-- outcome gen-405-method
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-405-method', 'The far end understands the method but does not allow it for this Request-URI, e.g. REGISTER sent to a trunk address or a method the user''s device does not support.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the method is correct for the address: to the SBC/PBX vendor (VEND).',
     'domain-notes', 'section 2, 405');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-405-method', 1, 'operator', 'Note the method and Request-URI of the refused request and the Allow header of the 405.', 'domain-notes', 'section 2, 405'),
    ('gen-405-method', 2, 'customer', 'Send the request to the address meant for it (registrar for REGISTER, trunk for INVITE) as the interconnect guide gives it.', 'domain-notes', 'section 2, 405'),
    ('gen-405-method', 3, 'customer', 'If the device lacks the method (e.g. UPDATE, INFO), disable the feature that uses it on the calling side.', 'siptriage', NULL),
    ('gen-405-method', 4, 'operator', 'Re-test and keep the trace.', 'domain-notes', 'section 2, 405');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-405', '405 Method Not Allowed: transfer (REFER) disabled, or a method not allowed at that address', 'q1', NULL, 'domain-notes', 'section 8, 405');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-405', 'q1', 'transfer-leg', 'yes', NULL, 'gen-405-refer', NULL, 'gen-405-method');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 405, NULL, NULL, NULL, 'gen-405', 'domain-notes', 'section 8, 405');

-- ----------------------------------------------------------------------------
-- 407 Proxy Authentication Required: proxy challenge answered, wrong credentials, or an untrusted peer

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-407', '407 Proxy Authentication Required: proxy challenge answered, wrong credentials, or an untrusted peer', 'q1', NULL, 'domain-notes', 'section 8, 407');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-407', 'q1', 'challenge-answered', 'yes', 'q5', NULL, 'q3', NULL),
    ('gen-407', 'q5', 'rechallenged', 'no', 'q6', NULL, 'q2', NULL),
    -- Rechallenged with credentials confirmed right: not the password
    -- (outside review 4, F2: R66).
    ('gen-407', 'q6', 'credentials-valid', 'no', NULL, 'gen-auth-rechallenge-creds-ok', NULL, 'gen-auth-bad-creds'),
    ('gen-407', 'q2', 'credentials-valid', 'yes', NULL, 'gen-auth-challenge-normal', NULL, 'gen-auth-bad-creds'),
    ('gen-407', 'q3', 'scanner', 'no', NULL, 'gen-scanner', 'q4', NULL),
    ('gen-407', 'q4', 'allowlist', 'no', NULL, 'gen-auth-no-creds', NULL, 'gen-auth-untrusted-peer');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 407, NULL, NULL, NULL, 'gen-407', 'domain-notes', 'section 8, 407');

-- ----------------------------------------------------------------------------
-- 408 Request Timeout: message size, reachability, TLS, firewall, registration, ringing timer

-- outcome gen-udp-too-large
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-udp-too-large', 'The INVITE is larger than about 1300 bytes and sent over UDP: it travels as IP fragments, which firewalls and NAT routers often drop, so the far end never sees it and the sender gives up after its retransmissions (408, or no response); some servers refuse it with 513 or 413 instead.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the transport change; to L2 network (NET) if TCP/TLS is blocked on the path.',
     'mtu', '1300-byte rule');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-udp-too-large', 1, 'operator', 'In the capture on the sending side check the INVITE''s size (frame length, or IP fragments) and the transport in its top Via (SIP/2.0/UDP); then check whether the far end''s capture shows it at all. Small requests (OPTIONS, REGISTER) passing while INVITEs with SDP vanish is the tell-tale.', 'mtu', '1300-byte rule'),
    ('gen-udp-too-large', 2, 'customer', 'Switch the trunk to TCP (or TLS) on the PBX/SBC: RFC 3261 section 18.1.1 requires a congestion-controlled transport for requests over 1300 bytes.', 'mtu', 'RFC 3261 section 18.1.1'),
    ('gen-udp-too-large', 3, 'customer', 'If UDP must stay, shrink the INVITE: offer fewer codecs and drop unneeded headers (long Allow/Supported lists, extra X- headers).', 'mtu', '1300-byte rule'),
    ('gen-udp-too-large', 4, 'operator', 'Check that the far end accepts TCP on its port (5060 TCP, 5061 TLS) and that firewalls let it through.', 'rbbn', 'TCP fallback'),
    ('gen-udp-too-large', 5, 'customer', 'Re-test and confirm the INVITE is answered.', 'mtu', '1300-byte rule');
-- outcome gen-tls-mismatch
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-tls-mismatch', 'Transport security does not match: the far end requires TLS 1.2 (or SRTP) and the caller offers something else, or the reverse, so the connection fails or times out.',
     'failure', 'customer', 'L2 network (NET)', 'When both sides are set to the same TLS version and SRTP mode and the handshake still fails.',
     'tw-32011', 'no TLS 1.2');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-tls-mismatch', 1, 'operator', 'Check the transport in the Via/Contact and, in the capture, the TLS handshake version and any TLS alert.', 'tw-32011', 'no TLS 1.2'),
    ('gen-tls-mismatch', 2, 'customer', 'Enable TLS 1.2 or newer on the PBX/SBC and install a valid, complete certificate chain.', 'tw-32011', 'no TLS 1.2'),
    ('gen-tls-mismatch', 3, 'customer', 'Send TLS to the far end''s TLS port (usually 5061) and set SRTP the same on both sides (secure trunking on or off on both).', 'tw-32207', 'secure media'),
    ('gen-tls-mismatch', 4, 'operator', 'Re-test and confirm the handshake completes and the INVITE is answered.', 'tw-32011', 'no TLS 1.2');
-- outcome gen-unreachable
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-unreachable', 'The far end cannot be reached: the SIP URI or DNS name is wrong or does not resolve, the host is down, or it silently drops our source (flood ban).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'At once when every call to the endpoint fails: to the customer''s PBX admin (CUST) for the customer''s endpoint, to the carrier NOC (CARR) for a downstream carrier, to L2 network (NET) if our egress is at fault.',
     'tw-32011', 'unreachable endpoint');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-unreachable', 1, 'operator', 'Check the SIP URI/host configured for the destination on the portal for typos, and resolve its name (DNS A and SRV records).', 'tw-ts', 'origination URI'),
    ('gen-unreachable', 2, 'operator', 'Send OPTIONS to the far end (or read the trunk''s OPTIONS monitor) and note whether any reply comes back.', 'tw-32011', 'unreachable endpoint'),
    ('gen-unreachable', 3, 'customer', 'Check that the PBX/SBC is running and listening on the configured IP, port and transport.', 'tw-32011', 'unreachable endpoint'),
    ('gen-unreachable', 4, 'operator', 'If other sources reach it but ours does not, ask the far end whether it banned our IP (flood protection drops without replying).', 'kam', 'pike'),
    ('gen-unreachable', 5, 'operator', 'Escalate with the trace: to the customer''s PBX admin for their endpoint, to the carrier NOC for a downstream carrier.', 'tw-32011', 'unreachable endpoint');
-- outcome gen-408-firewall
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-408-firewall', 'The far end is up, but its firewall or PBX does not let the carrier''s or platform''s signalling IPs and ports through, so INVITEs go unanswered.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the firewall change; to L2 network (NET) if our own firewall drops the replies.',
     'tw-ts', 'origination 408/504');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-408-firewall', 1, 'operator', 'In the trace confirm the INVITE was retransmitted with no reply at all, not even 100 Trying.', 'tw-ts', 'origination 408/504'),
    ('gen-408-firewall', 2, 'customer', 'Allow all of the carrier''s/platform''s signalling IPs on the SIP port (5060 UDP/TCP, 5061 TLS) through the firewall to the PBX.', 'tw-ts', 'origination 408/504'),
    ('gen-408-firewall', 3, 'customer', 'Allow the same IPs'' RTP port range, so answered calls also get audio.', 'siptriage', NULL),
    ('gen-408-firewall', 4, 'customer', 'Add the same IPs as trusted peers on the PBX so it answers them.', 'tw-ts', 'inbound 401/407'),
    ('gen-408-firewall', 5, 'operator', 'Send OPTIONS or a test call and confirm a reply comes back.', 'tw-ts', 'origination 408/504');
-- outcome gen-ring-timeout
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-ring-timeout', 'The call rang until a configured ringing / no-answer timer expired, so a timer, not a person or a fault, ended it.',
     'abandoned', 'none', NULL, NULL,
     'domain-notes', 'section 9, item 16');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-ring-timeout', 1, 'operator', 'Compare the ring time (180/183 to the end) with the trunk''s ringing timeout on the portal and the PBX''s no-answer timer.', 'domain-notes', 'section 9, item 16'),
    ('gen-ring-timeout', 2, 'customer', 'If calls are cut before people can answer, lengthen the ringing timeout or the failover timer.', 'didww-api', 'ringing timeout'),
    ('gen-ring-timeout', 3, 'customer', 'Route unanswered calls to voicemail or a fallback number if that is wanted.', 'domain-notes', 'section 9, item 16'),
    ('gen-ring-timeout', 4, 'operator', 'If the ring time equals the configured timer, close the ticket: no fault.', 'domain-notes', 'section 9, item 16');
-- outcome gen-408-downstream
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-408-downstream', 'Many calls time out although the far end is reachable: a downstream server or carrier answers too slowly or not at all, or a timer on the path is shorter than the destination''s setup time.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When the timeouts concentrate on one carrier or destination; to L2 network (NET) if all egress is affected.',
     'ms-dr-408', 'failover timer');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-408-downstream', 1, 'operator', 'Find which hop stopped answering: the last hop that sent 100 Trying and the one after it (Via, Server).', 'ms-dr-408', 'failover timer'),
    ('gen-408-downstream', 2, 'operator', 'Group the failures by destination, carrier and country to see where they concentrate.', 'ms-dr-408', 'trends by called number'),
    ('gen-408-downstream', 3, 'operator', 'Check that our failover/INVITE timer is not shorter than the destination''s normal setup time (e.g. a 10 s failover timer on slow PSTN routes; 20 s may be needed).', 'ms-dr-408', 'FailoverTimeSeconds'),
    ('gen-408-downstream', 4, 'operator', 'Escalate to the carrier NOC with Call-IDs and times; to L2 network if our own egress is affected.', 'ms-dr-408', 'failover timer');
-- outcome gen-408-transient
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-408-transient', 'One request went unanswered while the far end is reachable and registered: a transient loss or restart on the path.',
     'failure', 'operator', 'L2 network (NET)', 'When it repeats for the same destination or trunk.',
     'seed-000', '408 Request Timeout');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-408-transient', 1, 'operator', 'Retry or place a test call to the same destination and see whether it succeeds now.', 'seed-000', '408 Request Timeout'),
    ('gen-408-transient', 2, 'operator', 'Look for more 408s to this destination or trunk over the last hours.', 'seed-000', '408 Request Timeout'),
    ('gen-408-transient', 3, 'operator', 'Compare our capture of the call with the provider''s capture of the same call to find where the request was lost.', 'seed-000', '408 Request Timeout'),
    ('gen-408-transient', 4, 'operator', 'If it repeats, re-run with widespread = yes and escalate with both traces.', 'seed-000', '408 Request Timeout');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-408', '408 Request Timeout: reachability, then message size, TLS and firewall, or the ringing timer and registration', 'q2', NULL, 'domain-notes', 'section 8, 408');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- Reachability first (outside review 4, F11/F14): once the far end
    -- answers (a 180 came back) the size of the INVITE and the callee's
    -- registration are moot, and a call that rang until a timer is a
    -- person not answering; size and transport matter only when nothing
    -- came back.
    ('gen-408', 'q2', 'reachable', 'no', 'q6', NULL, 'q1', NULL),
    ('gen-408', 'q1', 'message-size', 'yes', 'q3', NULL, NULL, 'gen-udp-too-large'),
    ('gen-408', 'q3', 'media-encryption', 'yes', 'q4', NULL, NULL, 'gen-tls-mismatch'),
    ('gen-408', 'q4', 'allowlist', 'no', NULL, 'gen-unreachable', NULL, 'gen-408-firewall'),
    ('gen-408', 'q6', 'ringing-timeout', 'no', NULL, 'gen-ring-timeout', 'q5', NULL),
    ('gen-408', 'q5', 'registered', 'yes', 'q7', NULL, NULL, 'gen-not-registered'),
    ('gen-408', 'q7', 'widespread', 'no', NULL, 'gen-408-downstream', NULL, 'gen-408-transient');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 408, NULL, NULL, NULL, 'gen-408', 'domain-notes', 'section 8, 408');

-- ----------------------------------------------------------------------------
-- 410 Gone: number disconnected or changed, our number cancelled, or a media (SDP/ICE) failure

-- outcome gen-410-media
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-410-media', 'The 410 came with a media problem, not a disconnected number: the SDP was malformed or unsupported, or ICE or the media path failed (seen on Teams Direct Routing).',
     'failure', 'customer', 'L2 network (NET)', 'When the SDP looks valid: to the SBC/PBX vendor (VEND) with the trace.',
     'ecc-410', '531000/531004/531005');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-410-media', 1, 'operator', 'Read the Reason header and subcodes of the 410 (e.g. Q.850 cause 22 with MediaOfferError, Teams 531xxx).', 'teams-sba', 'MediaOfferError'),
    ('gen-410-media', 2, 'operator', 'Check the SDP offer: a codec the far end accepts, a public address in c=, no duplicate payload types.', 'ecc-410', '531000/531004/531005'),
    ('gen-410-media', 3, 'customer', 'Fix the SBC''s media settings (codecs, public media IP, ICE if the far end uses it) and re-test.', 'ecc-410', '531000/531004/531005'),
    ('gen-410-media', 4, 'operator', 'Escalate to L2 network or the SBC vendor with the trace if the SDP looks valid.', 'ecc-410', '531000/531004/531005');
-- outcome gen-410-gone
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-410-gone', 'The far end says the number existed but is no longer in service there (disconnected or changed); Q.850 cause 22 ''number changed'' maps to 410.',
     'failure', 'far-end', 'Carrier NOC (CARR)', 'Only when a number known to be active returns 410.',
     'q850-map', 'cause 22');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-410-gone', 1, 'operator', 'Tell the caller that the number is no longer in service at the far end.', 'q850-map', 'cause 22'),
    ('gen-410-gone', 2, 'customer', 'Update or remove the number in contact lists and diallers.', 'q850-map', 'cause 22'),
    ('gen-410-gone', 3, 'operator', 'If the number is known to be active, check with the carrier NOC for a recent port or a stale routing entry.', 'q850-map', 'cause 22');
-- outcome gen-410-cancelled
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-410-cancelled', 'Our own number was cancelled, expired or ported away, so calls to it are answered as gone.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the number should still be active on the account.',
     'domain-notes', 'section 8, 410');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-410-cancelled', 1, 'operator', 'Look up the number in the portal''s inventory and note its status and any recent porting or cancellation.', 'domain-notes', 'section 8, 410'),
    ('gen-410-cancelled', 2, 'customer', 'If the number should be active, renew or re-order it.', 'domain-notes', 'section 8, 410'),
    ('gen-410-cancelled', 3, 'operator', 'If it was ported or cancelled by mistake, escalate to L2 provisioning with the dates.', 'domain-notes', 'section 8, 410'),
    ('gen-410-cancelled', 4, 'operator', 'Re-test once it is active again.', 'domain-notes', 'section 8, 410');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-410', '410 Gone: number disconnected or changed, our number cancelled, or a media (SDP/ICE) failure', 'q1', NULL, 'domain-notes', 'section 8, 410');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-410', 'q1', 'codecs', 'yes', 'q2', NULL, NULL, 'gen-410-media'),
    ('gen-410', 'q2', 'number-provisioned', 'yes', NULL, 'gen-410-gone', NULL, 'gen-410-cancelled');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 410, NULL, NULL, NULL, 'gen-410', 'domain-notes', 'section 8, 410');

-- ----------------------------------------------------------------------------
-- 413 Request Entity Too Large: UDP over 1300 bytes, or an oversized body

-- outcome gen-413-body
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-413-body', 'The request is too large even over TCP/TLS: an oversized body (many codecs, multipart attachments) or very long headers.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the PBX/SBC cannot be configured to send a smaller request.',
     'domain-notes', 'section 8, 413');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-413-body', 1, 'operator', 'Note the size of the request and which part is large (SDP, multipart body, headers) in the capture.', 'domain-notes', 'section 8, 413'),
    ('gen-413-body', 2, 'customer', 'Reduce the SDP offer to the codecs actually used and remove unneeded media lines.', 'domain-notes', 'section 8, 413'),
    ('gen-413-body', 3, 'customer', 'Remove unneeded multipart bodies and custom headers on the PBX/SBC.', 'domain-notes', 'section 8, 413'),
    ('gen-413-body', 4, 'operator', 'Re-test; if the size cannot be reduced, escalate to the SBC/PBX vendor with the capture.', 'domain-notes', 'section 8, 413');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-413', '413 Request Entity Too Large: UDP over 1300 bytes, or an oversized body', 'q1', NULL, 'domain-notes', 'section 8, 413');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-413', 'q1', 'message-size', 'no', NULL, 'gen-413-body', NULL, 'gen-udp-too-large');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 413, NULL, NULL, NULL, 'gen-413', 'domain-notes', 'section 8, 413');

-- ----------------------------------------------------------------------------
-- 415 Unsupported Media Type: no G.711 / common codec, or an unsupported body type

-- outcome gen-415-body-type
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-415-body-type', 'The codecs are acceptable, but the body type (Content-Type) of the request is not supported, e.g. a multipart body with ISUP or a non-SDP body.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the body type cannot be changed in the PBX/SBC settings.',
     'domain-notes', 'section 2, 415');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-415-body-type', 1, 'operator', 'Read the Content-Type of the refused request and the Accept header of the 415.', 'domain-notes', 'section 2, 415'),
    ('gen-415-body-type', 2, 'customer', 'Send a plain application/sdp body: disable ISUP encapsulation (SIP-I/SIP-T) or multipart bodies on the trunk.', 'siptriage', NULL),
    ('gen-415-body-type', 3, 'operator', 'Re-test; escalate to the SBC/PBX vendor with the trace if it cannot be changed.', 'domain-notes', 'section 2, 415');
-- outcome gen-no-common-codec
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-no-common-codec', 'The offer and answer share no codec: the caller offered only codecs the far end does not accept (for example no G.711 PCMU/PCMA).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always for the codec change; to the SBC/PBX vendor (VEND) if the codecs match and negotiation still fails.',
     'domain-notes', 'section 9, item 11');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-no-common-codec', 1, 'operator', 'List the codecs on the m=audio and a=rtpmap lines of the offer, and the far end''s codecs (answer, Warning 305, or its interconnect guide).', 'warn', '305'),
    ('gen-no-common-codec', 2, 'customer', 'Enable G.711 (PCMU and PCMA) on the PBX trunk, which nearly every carrier accepts, and list it first.', 'tw-ts', 'G.711 only'),
    ('gen-no-common-codec', 3, 'customer', 'On Asterisk, put disallow=all before the allow= lines, or the default codecs stay in the offer.', 'esrot', 'codec mismatch'),
    ('gen-no-common-codec', 4, 'customer', 'Check that sample rate and packetization (ptime) match what the far end supports.', 'vh', '488 ptime'),
    ('gen-no-common-codec', 5, 'customer', 'Re-test and send the trace of the new offer.', 'domain-notes', 'section 9, item 11');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-415', '415 Unsupported Media Type: no G.711 / common codec, or an unsupported body type', 'q1', NULL, 'domain-notes', 'section 8, 415');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-415', 'q1', 'codecs', 'no', NULL, 'gen-415-body-type', NULL, 'gen-no-common-codec');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 415, NULL, NULL, NULL, 'gen-415', 'domain-notes', 'section 8, 415');

-- ----------------------------------------------------------------------------
-- 420 Bad Extension: Require: 100rel / Replaces not supported

-- outcome gen-420-other
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-420-other', 'Both sides claim support for the extensions, yet the request was refused: an SBC on the path strips or adds option tags, or the tag in Unsupported is not one of the usual ones.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'Always, with the trace.',
     'domain-notes', 'section 8, 420');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-420-other', 1, 'operator', 'Read the Unsupported header of the 420 and compare the Require/Supported headers sent and received at each hop.', 'domain-notes', 'section 8, 420'),
    ('gen-420-other', 2, 'operator', 'Identify the hop that changes them (compare captures on both sides of the SBC).', 'domain-notes', 'section 8, 420'),
    ('gen-420-other', 3, 'operator', 'Escalate to the SBC/PBX vendor with the captures.', 'domain-notes', 'section 8, 420');
-- outcome gen-420-require
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-420-require', 'The request requires an extension the far end does not support (e.g. Require: 100rel, or Replaces for a transfer); the 420''s Unsupported header names it.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always for the setting; to the SBC/PBX vendor (VEND) if it cannot be turned off.',
     'ms-dr', '540420 / 560420');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-420-require', 1, 'operator', 'Read the Require header of the request and the Unsupported header of the 420 to find the option tag.', 'ms-dr', '540420 / 560420'),
    ('gen-420-require', 2, 'customer', 'Stop requiring that extension: set 100rel to ''supported'' (not ''required'') on the PBX/SBC, or move the tag from Require to Supported.', 'ast-cfg', '100rel'),
    ('gen-420-require', 3, 'customer', 'For Replaces (attended transfer), use a transfer method the far end supports (blind transfer or a bridged call).', 'ms-dr', '540420 / 560420'),
    ('gen-420-require', 4, 'customer', 'Re-test and send the trace.', 'ms-dr', '540420 / 560420');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-420', '420 Bad Extension: Require: 100rel / Replaces not supported', 'q1', NULL, 'domain-notes', 'section 8, 420');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-420', 'q1', 'extension-support', 'no', NULL, 'gen-420-other', NULL, 'gen-420-require');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 420, NULL, NULL, NULL, 'gen-420', 'domain-notes', 'section 8, 420');

-- ----------------------------------------------------------------------------
-- 422 Session Interval Too Small: Session-Expires below the peer minimum

-- outcome gen-422-proxy
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-422-proxy', 'The timers are compatible at both ends, so a proxy or SBC on the path changes Session-Expires or strips ''Supported: timer''.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'Always, with captures from both sides of the SBC.',
     'tw-ts', '422 Supported: timer');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-422-proxy', 1, 'operator', 'Compare Session-Expires, Min-SE and Supported headers before and after each proxy/SBC.', 'tw-ts', '422 Supported: timer'),
    ('gen-422-proxy', 2, 'customer', 'Configure the SBC to pass the session timer through unchanged, or to handle session refresh itself.', 'siptriage', NULL),
    ('gen-422-proxy', 3, 'operator', 'Escalate to the SBC/PBX vendor with both captures.', 'tw-ts', '422 Supported: timer');
-- outcome gen-422-session-expires
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-422-session-expires', 'The Session-Expires of the request is below the far end''s minimum (its Min-SE), or the PBX''s session timer does not fit what the far end accepts.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the timer setting.',
     'tw-ts', '422');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-422-session-expires', 1, 'operator', 'Read Session-Expires and Min-SE of the request and the Min-SE of the 422 response.', 'tw-ts', '422'),
    ('gen-422-session-expires', 2, 'customer', 'Set the PBX''s session timer to at least the Min-SE of the 422; 1800 s works with most carriers.', 'tw-ts', '422 lower Session-Expires to 1800'),
    ('gen-422-session-expires', 3, 'customer', 'If the PBX asks for a Session-Expires larger than the carrier''s (e.g. above 3600), lower it to 1800 or 3600.', 'tw-ts', '422 lower Session-Expires to 1800'),
    ('gen-422-session-expires', 4, 'customer', 'Keep Min-SE at or below 90 s so the far end''s smaller value is accepted.', 'conn', 'Min-SE 90'),
    ('gen-422-session-expires', 5, 'customer', 'Re-test and send the trace.', 'tw-ts', '422');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-422', '422 Session Interval Too Small: Session-Expires below the peer minimum', 'q1', NULL, 'domain-notes', 'section 8, 422');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-422', 'q1', 'extension-support', 'no', NULL, 'gen-422-proxy', NULL, 'gen-422-session-expires');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 422, NULL, NULL, NULL, 'gen-422', 'domain-notes', 'section 8, 422');

-- ----------------------------------------------------------------------------
-- 423 Interval Too Brief: Expires below Min-Expires

-- outcome gen-423-expires
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-423-expires', 'The REGISTER or SUBSCRIBE asked for an Expires below the server''s minimum: that is what a 423 states. The 423 carries Min-Expires with the smallest accepted value; raise Expires to at least it.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the setting.',
     'rfc3261', 'sections 10.2.8 and 21.4.17');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-423-expires', 1, 'operator', 'Read the Expires of the request and the Min-Expires header of the 423.', 'jsip-423', 'Min-Expires'),
    ('gen-423-expires', 2, 'customer', 'Set the device''s registration/subscription interval to at least the Min-Expires value.', 'jsip-423', 'Min-Expires'),
    ('gen-423-expires', 3, 'customer', 'If a short interval was chosen to keep NAT open, keep the larger Expires and use keep-alives (OPTIONS or CRLF) instead.', 'siptriage', NULL),
    ('gen-423-expires', 4, 'customer', 'Re-register and confirm the 200 OK.', 'jsip-423', 'Min-Expires'),
    ('gen-423-expires', 5, 'customer', 'If the device retries with the same short Expires after the 423, set the interval manually or update its firmware; escalate to its vendor if it cannot be changed.', 'jsip-423', 'Min-Expires');
-- outcome gen-423-other-element
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-423-other-element', 'The registrar accepts the Expires the device asks for, so the 423 comes from another element on the path with its own minimum (an SBC or proxy that registers on the device''s behalf) or answers another request, such as a SUBSCRIBE.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST), then the provider', 'When the element that sent the 423 (its Via/Server) is not the customer''s own.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-423-other-element', 1, 'operator', 'Read the CSeq method of the 423 (REGISTER or SUBSCRIBE) and its Server header or top Via: they name the request and the element that refused the interval.', 'rfc3261', 'section 21.4.17'),
    ('gen-423-other-element', 2, 'customer', 'Raise the Expires of that request to at least the Min-Expires of the 423 on the element that sends it.', 'rfc3261', 'section 10.2.8');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-423', '423 Interval Too Brief: Expires below Min-Expires', 'q1', NULL, 'domain-notes', 'section 8, 423');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- The 423 itself says the Expires asked for is below the minimum
    -- (RFC 3261 sections 10.2.8, 10.3 step 7, 21.4.17): expires-accepted
    -- decides, not extension support (outside review F8).  For session
    -- timers the code would be 422 with Min-SE (RFC 4028), not 423.
    ('gen-423', 'q1', 'expires-accepted', 'no', NULL, 'gen-423-other-element', NULL, 'gen-423-expires');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 423, NULL, NULL, NULL, 'gen-423', 'domain-notes', 'section 8, 423');

-- ----------------------------------------------------------------------------
-- 480 Temporarily Unavailable: registration, application binding, capacity, callee, caller-ID blocking

-- outcome gen-480-no-app
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-480-no-app', 'The number reaches the platform but no application, flow or route is bound to it, so the call is answered ''temporarily unavailable''.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When an application is bound and published and the 480 persists.',
     'jz-fs', 'no configured application');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-480-no-app', 1, 'operator', 'Open the called number on the portal and check which application, flow or route is bound to it.', 'seed-000', '480 Temporarily Unavailable'),
    ('gen-480-no-app', 2, 'operator', 'Look for an X-Reason header such as ''no configured application'' in the 480.', 'jz-fs', 'no configured application'),
    ('gen-480-no-app', 3, 'customer', 'Bind the application (flow, bot, route) to the number and save; make sure the flow is published and active.', 'jz-fs', 'no configured application'),
    ('gen-480-no-app', 4, 'operator', 'Place a test call and confirm it is answered.', 'jz-fs', 'no configured application');
-- outcome gen-480-callee-unavailable
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-480-callee-unavailable', 'A single callee is temporarily unavailable: phone off, out of coverage, do-not-disturb, or nobody answered. Normal traffic.',
     'declined', 'far-end', NULL, NULL,
     'domain-notes', 'section 2, 480');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-480-callee-unavailable', 1, 'operator', 'Check that the failure concerns one callee only and that other calls on the trunk succeed.', 'domain-notes', 'section 2, 480'),
    ('gen-480-callee-unavailable', 2, 'operator', 'Retry later; if it keeps failing, ask the caller to reach the callee by other means.', 'seed-000', '480 Temporarily Unavailable'),
    ('gen-480-callee-unavailable', 3, 'operator', 'Close the ticket as a user outcome; no fault to fix.', 'domain-notes', 'section 2, 480');
-- outcome gen-cid-reputation
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-cid-reputation', 'The called side or its network rejects this caller ID although it is valid: a block list, DND, anti-spam labelling or caller-ID reputation filter. Many failures across numbers on one carrier point here.',
     'declined', 'customer', 'Carrier NOC (CARR)', 'When the caller ID is legitimate and blocks continue across many numbers: ask the carrier for remediation.',
     'vobiz', '480/486 across numbers');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-cid-reputation', 1, 'operator', 'Count the failures by caller ID and by terminating carrier over the last day; note whether one caller ID or one carrier dominates.', 'vobiz', '480/486 across numbers'),
    ('gen-cid-reputation', 2, 'customer', 'Pause automated or bulk dialling from the affected caller ID.', 'vobiz', '480/486 across numbers'),
    ('gen-cid-reputation', 3, 'customer', 'Check the number''s spam labels with the reputation/analytics services the carriers use and register it as a legitimate business number.', 'siptriage', NULL),
    ('gen-cid-reputation', 4, 'customer', 'Send the caller ID in E.164 in P-Asserted-Identity and have calls signed (STIR/SHAKEN attestation) where the carrier supports it.', 'tw-32020', 'PASSporT'),
    ('gen-cid-reputation', 5, 'operator', 'Escalate to the carrier NOC with example Call-IDs and times to request removal of the block.', 'vobiz', '480/486 across numbers');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-480', '480 Temporarily Unavailable: registration, application binding, capacity, callee, caller-ID blocking', 'q1', NULL, 'domain-notes', 'section 8, 480');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-480', 'q1', 'registered', 'yes', 'q2', NULL, NULL, 'gen-not-registered'),
    ('gen-480', 'q2', 'app-binding', 'yes', 'q3', NULL, NULL, 'gen-480-no-app'),
    ('gen-480', 'q3', 'capacity', 'yes', 'q4', NULL, NULL, 'gen-capacity-limit'),
    ('gen-480', 'q4', 'widespread', 'no', 'q5', NULL, NULL, 'gen-480-callee-unavailable'),
    ('gen-480', 'q5', 'caller-id-valid', 'yes', NULL, 'gen-cid-reputation', NULL, 'gen-cid-invalid');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 480, NULL, NULL, NULL, 'gen-480', 'domain-notes', 'section 8, 480');

-- ----------------------------------------------------------------------------
-- 480 sent by the System: no application bound, account limits, or platform resources

-- outcome gen-480-platform
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-480-platform', 'The platform itself answered 480 (initiator System) although the number has an application and the account is below its limits: no media or application server resources were free (platform overload).',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'At once when several calls are affected; track single occurrences.',
     'seed-001', '480 Temporarily Unavailable');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-480-platform', 1, 'operator', 'Confirm the 480 was sent by the platform (initiator System, or the platform''s own Via/Server) and note the time.', 'seed-001', '480 Temporarily Unavailable'),
    ('gen-480-platform', 2, 'operator', 'Count the 480s across all accounts at that time; many at once points to platform resources, not this customer.', 'seed-001', '480 Temporarily Unavailable'),
    ('gen-480-platform', 3, 'operator', 'Read any X-Reason or Reason header of the 480 for the resource that was missing.', 'seed-001', '480 Temporarily Unavailable'),
    ('gen-480-platform', 4, 'operator', 'Escalate to L2 platform engineering with the times, counts and Call-IDs; the customer can retry meanwhile.', 'seed-000', '480 Temporarily Unavailable');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-480-system', '480 sent by the System: no application bound, account limits, or platform resources', 'q1', NULL, 'seed-001', '480 Temporarily Unavailable');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-480-system', 'q1', 'app-binding', 'yes', 'q2', NULL, NULL, 'gen-480-no-app'),
    ('gen-480-system', 'q2', 'capacity', 'yes', NULL, 'gen-480-platform', NULL, 'gen-capacity-limit');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 480, NULL, 'system', NULL, 'gen-480-system', 'seed-001', '480 Temporarily Unavailable');

-- ----------------------------------------------------------------------------
-- 481 Call/Transaction Does Not Exist: NAT/Contact mis-routing, lost dialog state, stale request

-- outcome gen-481-nat
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-481-nat', 'In-dialog requests (ACK, BYE, re-INVITE) go to a private or rewritten Contact, or ignore Record-Route, so they do not match the dialog; calls typically drop about 30 s after answer.',
     'failure', 'customer', 'L2 network (NET)', 'When the PBX writes its public address and the drops continue.',
     'tw-ts', 'ACK to wrong IP, 30 s');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-481-nat', 1, 'operator', 'Check whether the calls drop about 20-30 s after answer, and whether the ACK for the 200 OK reached the far end.', 'tw-ts', 'ACK to wrong IP, 30 s'),
    ('gen-481-nat', 2, 'operator', 'Read the Contact and Record-Route headers of the 200 OK and the Request-URI and Route of the ACK/BYE: in-dialog requests must follow them.', 'tw-ts', 'ACK to wrong IP, 30 s'),
    ('gen-481-nat', 3, 'customer', 'Set the PBX''s external/public IP so Contact carries a public address, and disable SIP ALG on the router.', 'tw-ts', 'private IP in Contact'),
    ('gen-481-nat', 4, 'customer', 'Do not rewrite or strip the carrier''s Via and Record-Route headers on the SBC.', 'tw-ts', 'rewriting Via'),
    ('gen-481-nat', 5, 'customer', 'Re-test with a call longer than one minute.', 'tw-ts', 'ACK to wrong IP, 30 s');
-- outcome gen-481-state-lost
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-481-state-lost', 'Many in-dialog requests get 481: a proxy, SBC or endpoint lost its dialog state, typically after a restart or failover.',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'At once when many calls are affected; to the carrier NOC (CARR) if the 481s come from a carrier.',
     'proto', '481 after restart');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-481-state-lost', 1, 'operator', 'Read the Via/Server of the 481s to see which node answered.', 'proto', '481 after restart'),
    ('gen-481-state-lost', 2, 'operator', 'Check that node''s uptime and events (restart, failover) around the time of the failures.', 'proto', '481 after restart'),
    ('gen-481-state-lost', 3, 'operator', 'Escalate to L2 platform engineering (or the carrier NOC for a carrier node) with Call-IDs and times.', 'proto', '481 after restart');
-- outcome gen-481-stale
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-481-stale', 'A single in-dialog request arrived after the far end had already ended the dialog (e.g. a BYE crossing a BYE); usually harmless.',
     'failure', 'none', NULL, NULL,
     'domain-notes', 'section 2, 481');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-481-stale', 1, 'operator', 'Check in the trace whether the call had already been ended by the other side before the refused request.', 'domain-notes', 'section 2, 481'),
    ('gen-481-stale', 2, 'operator', 'Check that the call itself was set up and ended normally for both parties.', 'domain-notes', 'section 2, 481'),
    ('gen-481-stale', 3, 'operator', 'If it was, close the ticket; if 481s repeat on this trunk, re-run with widespread = yes.', 'domain-notes', 'section 2, 481');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-481', '481 Call/Transaction Does Not Exist: NAT/Contact mis-routing, lost dialog state, stale request', 'q1', NULL, 'domain-notes', 'section 8, 481');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-481', 'q1', 'nat-clean', 'no', 'q2', NULL, NULL, 'gen-481-nat'),
    ('gen-481', 'q2', 'widespread', 'no', NULL, 'gen-481-state-lost', NULL, 'gen-481-stale');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 481, NULL, NULL, NULL, 'gen-481', 'domain-notes', 'section 8, 481');

-- ----------------------------------------------------------------------------
-- 482 Loop Detected: forwarding or routing loop

-- outcome gen-loop
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-loop', 'The request looped: call forwarding or route tables send it back to a hop it has already passed (482), until Max-Forwards runs out (483).',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the loop is in the platform''s or carrier''s routing; to L2 platform engineering (ENG) if routing looks right.',
     'domain-notes', 'section 8, 482/483');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-loop', 1, 'operator', 'Read the Via headers of the request or the 482/483: note the hosts that appear twice.', 'domain-notes', 'section 8, 482/483'),
    ('gen-loop', 2, 'customer', 'Check the call-forwarding rules of the called number and the PBX routes: one must not forward back to the other.', 'sipgate', '482 forwarding loop'),
    ('gen-loop', 3, 'operator', 'Check the platform''s route for the number does not point at a trunk that sends it back.', 'tnx-rc', 'P93 hop count'),
    ('gen-loop', 4, 'operator', 'Fix or escalate the looping route, then re-test.', 'domain-notes', 'section 8, 482/483');
-- outcome gen-482-spiral
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-482-spiral', 'No real loop: a proxy mistook a legitimate spiral (the same request passing it again with a changed Request-URI) for a loop.',
     'failure', 'platform', 'SBC/PBX vendor (VEND)', 'Always, with the trace.',
     'domain-notes', 'section 2, 482');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-482-spiral', 1, 'operator', 'Compare the Request-URI and Via branch parameters at each pass through the proxy.', 'domain-notes', 'section 2, 482'),
    ('gen-482-spiral', 2, 'operator', 'Check whether the call succeeds when sent straight to the final target, bypassing the forwarding step.', 'domain-notes', 'section 2, 482'),
    ('gen-482-spiral', 3, 'operator', 'Escalate to the proxy''s vendor or L2 platform engineering with the trace.', 'domain-notes', 'section 2, 482');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-482', '482 Loop Detected: forwarding or routing loop', 'q1', NULL, 'domain-notes', 'section 8, 482');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-482', 'q1', 'routing-loop', 'yes', NULL, 'gen-loop', NULL, 'gen-482-spiral');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 482, NULL, NULL, NULL, 'gen-482', 'domain-notes', 'section 8, 482');

-- ----------------------------------------------------------------------------
-- 483 Too Many Hops: routing loop or low Max-Forwards

-- outcome gen-483-low-maxfwd
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-483-low-maxfwd', 'No loop: the request started with a low Max-Forwards or passed many hops legitimately.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When Max-Forwards cannot be raised on the sending side.',
     'domain-notes', 'section 2, 483');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-483-low-maxfwd', 1, 'operator', 'Read Max-Forwards of the request as it left the caller and count the Via headers.', 'domain-notes', 'section 2, 483'),
    ('gen-483-low-maxfwd', 2, 'customer', 'Set Max-Forwards to 70 (the RFC 3261 default) on the PBX/SBC.', 'rfc3261', 'section 8.1.1.6'),
    ('gen-483-low-maxfwd', 3, 'operator', 'Re-test and escalate to the vendor if a hop lowers the value too fast.', 'domain-notes', 'section 2, 483');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-483', '483 Too Many Hops: routing loop or low Max-Forwards', 'q1', NULL, 'domain-notes', 'section 8, 483');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-483', 'q1', 'routing-loop', 'yes', NULL, 'gen-loop', NULL, 'gen-483-low-maxfwd');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 483, NULL, NULL, NULL, 'gen-483', 'domain-notes', 'section 8, 483');

-- ----------------------------------------------------------------------------
-- 484 Address Incomplete: number format, incomplete number, translation failure

-- outcome gen-484-translation
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-484-translation', 'The number is sent in the right format, yet many calls get 484: a numbering-plan translation on the platform or carrier fails for this range.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'When the format matches the interconnect guide.',
     'cnx', '484 translation');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-484-translation', 1, 'operator', 'Group the 484s by destination prefix and carrier.', 'cnx', '484 translation'),
    ('gen-484-translation', 2, 'operator', 'Read the Via/Server of the 484 to see which hop refused the number.', 'cnx', '484 translation'),
    ('gen-484-translation', 3, 'operator', 'Escalate to L2 provisioning (or the carrier NOC if the carrier refused) with the numbers and Call-IDs.', 'cnx', '484 translation');
-- outcome gen-484-incomplete
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-484-incomplete', 'The caller dialled an incomplete number (too few digits, or overlap dialling cut short).',
     'failure', 'customer', NULL, NULL,
     'domain-notes', 'section 2, 484');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-484-incomplete', 1, 'operator', 'Compare the dialled number with the full number the caller meant.', 'domain-notes', 'section 2, 484'),
    ('gen-484-incomplete', 2, 'customer', 'Dial the full number; on the PBX, make the digit-collection timeout long enough before sending the call.', 'siptriage', NULL),
    ('gen-484-incomplete', 3, 'operator', 'Close the ticket once a full number succeeds.', 'domain-notes', 'section 2, 484');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-484', '484 Address Incomplete: number format, incomplete number, translation failure', 'q1', NULL, 'domain-notes', 'section 8, 484');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-484', 'q1', 'dial-pattern', 'no', 'q2', NULL, NULL, 'gen-dial-pattern'),
    ('gen-484', 'q2', 'widespread', 'no', NULL, 'gen-484-translation', NULL, 'gen-484-incomplete');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 484, NULL, NULL, NULL, 'gen-484', 'domain-notes', 'section 8, 484');

-- ----------------------------------------------------------------------------
-- 486 Busy Here: genuinely busy, channel limits, dispatch, caller-ID blocking

-- outcome gen-busy-normal
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-busy-normal', 'The callee was genuinely busy (486 Busy Here, 600 Busy Everywhere). Normal traffic; trunk hunting stops here.',
     'declined', 'none', NULL, NULL,
     'domain-notes', 'section 2, 486');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-busy-normal', 1, 'operator', 'Check that the busy concerns one callee and that other calls on the trunk succeed.', 'domain-notes', 'section 2, 486'),
    ('gen-busy-normal', 2, 'operator', 'Tell the caller to try again later; no configuration change is needed.', 'exo', '486 normal'),
    ('gen-busy-normal', 3, 'operator', 'Close the ticket as a user outcome.', 'domain-notes', 'section 2, 486');
-- outcome gen-486-endpoint-busy
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-486-endpoint-busy', 'The callee is free, yet the endpoint answers busy: call waiting is off with a call on hold, do-not-disturb answers busy, or the PBX/CPE has too few licensed channels.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the PBX setting.',
     'zap', '486 channel licences');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-486-endpoint-busy', 1, 'operator', 'Confirm with the callee that the phone was free at the time of the call.', 'zap', '486 channel licences'),
    ('gen-486-endpoint-busy', 2, 'customer', 'Check the number of channels/licences on the PBX or CPE against the calls it carried at the time.', 'zap', '486 channel licences'),
    ('gen-486-endpoint-busy', 3, 'customer', 'Check the extension''s call waiting, do-not-disturb and busy-on-busy settings.', 'siptriage', NULL),
    ('gen-486-endpoint-busy', 4, 'customer', 'Re-test with a call while the line is free.', 'zap', '486 channel licences');
-- outcome gen-486-pbx-limit
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-486-pbx-limit', 'The callee was free, but the customer''s PBX or SBC had reached a limit of its own (licensed channels, the trunk''s maximum calls, or the extension''s call limit or busy level), so it answered 486 Busy Here for a person who could have taken the call.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the PBX setting or licence; to the PBX vendor (VEND) if the limit is not configurable.',
     'zap', '486 channel licences');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-486-pbx-limit', 1, 'operator', 'Read who sent the 486 (Via, Server or User-Agent of the response, or the initiator Destination in the call log): it must be the customer''s PBX/SBC, not the carrier.', 'domain-notes', 'section 9, item 1'),
    ('gen-486-pbx-limit', 2, 'customer', 'Compare the PBX''s active calls at that moment with its licensed channels, the trunk''s maximum simultaneous calls and the extension''s call limit (call waiting, busy level, max calls per device).', 'zap', '486 channel licences'),
    ('gen-486-pbx-limit', 3, 'customer', 'Raise the limit that was reached, or buy the missing licences; send overflow to a queue or voicemail instead of busy.', 'zap', '486 channel licences'),
    ('gen-486-pbx-limit', 4, 'operator', 'Re-test while the PBX is as busy as at the failure time and confirm the call rings.', 'siptriage', NULL);
-- outcome gen-486-no-agent
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-486-no-agent', 'Calls to the number are answered busy because no application or agent is dispatched for it (dispatch rule or binding missing).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the binding or dispatch rule.',
     'lk', 'inbound 486 dispatch rule');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-486-no-agent', 1, 'operator', 'Open the number on the portal and check the application or dispatch rule bound to it.', 'lk', 'inbound 486 dispatch rule'),
    ('gen-486-no-agent', 2, 'customer', 'Bind the application, or fix the dispatch rule so it names the agent that should take the call.', 'lk', 'dispatch rule agent_name'),
    ('gen-486-no-agent', 3, 'operator', 'Place a test call and confirm it is answered.', 'lk', 'inbound 486 dispatch rule');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-486', '486 Busy Here: genuinely busy, channel limits, dispatch, caller-ID blocking', 'q1', NULL, 'domain-notes', 'section 8, 486');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-486', 'q1', 'widespread', 'no', 'q4', NULL, 'q2', NULL),
    ('gen-486', 'q2', 'user-outcome', 'yes', NULL, 'gen-busy-normal', 'q7', NULL),
    ('gen-486', 'q7', 'pbx-capacity', 'yes', 'q3', NULL, NULL, 'gen-486-pbx-limit'),
    ('gen-486', 'q3', 'capacity', 'yes', NULL, 'gen-486-endpoint-busy', NULL, 'gen-capacity-limit'),
    ('gen-486', 'q4', 'capacity', 'yes', 'q8', NULL, NULL, 'gen-capacity-limit'),
    ('gen-486', 'q8', 'pbx-capacity', 'yes', 'q5', NULL, NULL, 'gen-486-pbx-limit'),
    ('gen-486', 'q5', 'app-binding', 'yes', 'q6', NULL, NULL, 'gen-486-no-agent'),
    ('gen-486', 'q6', 'caller-id-valid', 'yes', NULL, 'gen-cid-reputation', NULL, 'gen-cid-invalid');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 486, NULL, NULL, NULL, 'gen-486', 'domain-notes', 'section 8, 486');

-- ----------------------------------------------------------------------------
-- 487 Request Terminated: caller cancel, ringing timer, or a cancel spike

-- outcome gen-487-spike
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-487-spike', 'Many callers hang up before answer: calls take too long to be answered or to ring (post-dial delay), or a carrier cancels them.',
     'abandoned', 'platform', 'L2 platform engineering (ENG)', 'When the share of 487s rises clearly above normal; to the carrier NOC (CARR) if the cancels concentrate on one carrier.',
     'seed-001', '487 Request Terminated');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-487-spike', 1, 'operator', 'Compare today''s share of 487s with the usual share, by trunk and carrier.', 'seed-001', '487 Request Terminated'),
    ('gen-487-spike', 2, 'operator', 'Measure the time from INVITE to 180/183 and to 200 in a few traces (post-dial and answer delay).', 'seed-001', '487 Request Terminated'),
    ('gen-487-spike', 3, 'operator', 'Check the flow of the called application for errors that delay answering (e.g. faulty code nodes).', 'seed-000', '487 Request Terminated'),
    ('gen-487-spike', 4, 'operator', 'Escalate to L2 platform engineering with the numbers and traces; to the carrier NOC if one carrier sends the cancels.', 'seed-001', '487 Request Terminated');
-- outcome gen-487-caller-cancel
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-487-caller-cancel', 'The caller hung up before the call was answered (CANCEL). Normal traffic.',
     'abandoned', 'none', NULL, NULL,
     'domain-notes', 'section 2, 487');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-487-caller-cancel', 1, 'operator', 'Check in the call log or trace that the CANCEL came from the calling side (initiator Origination).', 'domain-notes', 'section 2, 487'),
    ('gen-487-caller-cancel', 2, 'operator', 'Note the ring time: a caller giving up after a long ring is a user outcome.', 'domain-notes', 'section 2, 487'),
    ('gen-487-caller-cancel', 3, 'operator', 'Close the ticket; no action is needed if the cancel was intentional.', 'seed-000', '487 Request Terminated');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-487', '487 Request Terminated: caller cancel, ringing timer, or a cancel spike', 'q1', NULL, 'domain-notes', 'section 8, 487');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-487', 'q1', 'ringing-timeout', 'no', NULL, 'gen-ring-timeout', 'q2', NULL),
    ('gen-487', 'q2', 'widespread', 'no', NULL, 'gen-487-spike', NULL, 'gen-487-caller-cancel');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 487, NULL, NULL, NULL, 'gen-487', 'domain-notes', 'section 8, 487');

-- ----------------------------------------------------------------------------
-- 487 Request Terminated, initiator Origination: the caller cancelled

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-487-orig', '487 Request Terminated, initiator Origination: the caller cancelled', 'q1', NULL, 'domain-notes', 'section 8, 487');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-487-orig', 'q1', 'widespread', 'no', NULL, 'gen-487-spike', NULL, 'gen-487-caller-cancel');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 487, NULL, 'origination', NULL, 'gen-487-orig', 'domain-notes', 'section 8, 487');

-- ----------------------------------------------------------------------------
-- 488 Not Acceptable Here: codecs, SRTP vs RTP, private address, other SDP (Warning 304/305)

-- outcome gen-srtp-mismatch
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-srtp-mismatch', 'The codecs match but one side offers SRTP (RTP/SAVP with a=crypto) and the other expects plain RTP (RTP/AVP), or the reverse.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always for the setting; to the SBC/PBX vendor (VEND) if both are set alike and it still fails.',
     'tnx-rc', 'B3 SRTP');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-srtp-mismatch', 1, 'operator', 'Read the profile on the m= line of offer and answer (RTP/AVP plain, RTP/SAVP encrypted) and the a=crypto lines.', 'tnx-rc', 'B3 SRTP'),
    ('gen-srtp-mismatch', 2, 'customer', 'Make the media encryption match: enable secure media on both sides (SRTP over TLS), or disable SRTP on the PBX.', 'tw-32207', 'secure media'),
    ('gen-srtp-mismatch', 3, 'customer', 'When SRTP is used, send signalling over TLS, as SDES keys must not cross in clear text.', 'siptriage', NULL),
    ('gen-srtp-mismatch', 4, 'customer', 'Re-test and send the trace.', 'tnx-rc', 'B3 SRTP');
-- outcome gen-488-sdp-other
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-488-sdp-other', 'Codecs, encryption and addresses are fine, so another SDP detail is refused: T.38 fax or video (Warning 304), a duplicate dynamic payload type, or an attribute not understood (Warning 306/307).',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the offending SDP line cannot be removed by configuration.',
     'warn', 'Warning 304-307');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-488-sdp-other', 1, 'operator', 'Read the Warning header of the response: its code (304 media type, 305 codec, 306 attribute, 307 parameter) and text name the refused part.', 'warn', 'Warning codes'),
    ('gen-488-sdp-other', 2, 'operator', 'Look in the SDP for m=image (T.38), m=video, duplicate payload type numbers on one m= line, and unusual a= lines.', 'thorpick', 'duplicate payload type'),
    ('gen-488-sdp-other', 3, 'customer', 'Disable the feature the far end refuses (T.38, video, the extra attribute) on the trunk, or fix the duplicate payload numbering.', 'warn', 'Warning 304-307'),
    ('gen-488-sdp-other', 4, 'operator', 'Re-test; escalate to the SBC/PBX vendor with the trace if the SDP cannot be changed by configuration.', 'warn', 'Warning 304-307');
-- outcome gen-488-private-ip
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-488-private-ip', 'The SDP carries a private or NAT-rewritten address (c= 10.x, 172.16-31.x, 192.168.x) or an IPv6 address the far end cannot use.',
     'failure', 'customer', 'L2 network (NET)', 'When the PBX is set correctly and the address is still rewritten on the path.',
     'tnx-rc', '488 private IP');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-488-private-ip', 1, 'operator', 'Read the c= line and m= port of the SDP and compare the address with the public source IP in the capture.', 'tnx-rc', '488 private IP'),
    ('gen-488-private-ip', 2, 'customer', 'Disable SIP ALG on the customer''s router or firewall; it rewrites SDP and Contact addresses.', 'lk', 'NAT'),
    ('gen-488-private-ip', 3, 'customer', 'Set the PBX''s external/public IP (NAT settings) so it writes its public address in c= and Contact.', 'siptriage', NULL),
    ('gen-488-private-ip', 4, 'customer', 'Offer IPv4 media if the far end does not support IPv6.', 'tnx-rc', '488 IPv6'),
    ('gen-488-private-ip', 5, 'customer', 'Re-test and send the trace.', 'tnx-rc', '488 private IP');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-488', '488 Not Acceptable Here: codecs, SRTP vs RTP, private address, other SDP (Warning 304/305)', 'q1', NULL, 'domain-notes', 'section 8, 488');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-488', 'q1', 'codecs', 'no', 'q2', NULL, NULL, 'gen-no-common-codec'),
    ('gen-488', 'q2', 'media-encryption', 'yes', 'q3', NULL, NULL, 'gen-srtp-mismatch'),
    ('gen-488', 'q3', 'nat-clean', 'yes', NULL, 'gen-488-sdp-other', NULL, 'gen-488-private-ip');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 488, NULL, NULL, NULL, 'gen-488', 'domain-notes', 'section 8, 488');

-- ----------------------------------------------------------------------------
-- 491 Request Pending: re-INVITE glare

-- outcome gen-491-repeated
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-491-repeated', '491 repeats: an endpoint ignores the glare retry timers (2.1-4 s for the Call-ID owner, 0-2 s for the other side) or an SBC generates conflicting re-INVITEs.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'Always, with the trace.',
     'sipsymp-491', 'repeated 491');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-491-repeated', 1, 'operator', 'Measure the delay between each 491 and the next re-INVITE of each side.', 'resip', 'RFC 3261 section 14.1'),
    ('gen-491-repeated', 2, 'operator', 'Find which node sends the crossing re-INVITEs (hold, codec change, session refresh).', 'sipsymp-491', 'repeated 491'),
    ('gen-491-repeated', 3, 'customer', 'Disable needless re-INVITEs on that node (e.g. session refresh by both sides), or update its firmware.', 'sipsymp-491', 'repeated 491'),
    ('gen-491-repeated', 4, 'operator', 'Escalate to the SBC/PBX vendor with the trace.', 'sipsymp-491', 'repeated 491');
-- outcome gen-491-glare-once
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-491-glare-once', 'Two re-INVITEs crossed on the same dialog (glare); the retry timers of RFC 3261 section 14.1 normally resolve it.',
     'failure', 'none', NULL, NULL,
     'resip', 'RFC 3261 section 14.1');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-491-glare-once', 1, 'operator', 'Check in the trace that a re-INVITE was retried after the 491 and succeeded.', 'resip', 'RFC 3261 section 14.1'),
    ('gen-491-glare-once', 2, 'operator', 'Confirm the call itself continued normally (audio, hold, transfer as intended).', 'resip', 'RFC 3261 section 14.1'),
    ('gen-491-glare-once', 3, 'operator', 'Close the ticket: a single 491 resolved by the retry timers needs no action.', 'resip', 'RFC 3261 section 14.1');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-491', '491 Request Pending: re-INVITE glare', 'q1', NULL, 'domain-notes', 'section 8, 491');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-491', 'q1', 'widespread', 'no', NULL, 'gen-491-repeated', NULL, 'gen-491-glare-once');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 491, NULL, NULL, NULL, 'gen-491', 'domain-notes', 'section 8, 491');

-- ----------------------------------------------------------------------------
-- 500 Server Internal Error: number not configured on the PBX, account paused, server fault

-- outcome gen-500-server-fault
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-500-server-fault', 'A server on the path hit an unexpected internal error (software fault, database error, malformed SDP it could not process).',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'At once if the platform sent it; for a carrier''s 500, the carrier NOC (CARR) when it repeats.',
     'seed-000', '500 Server Internal Error');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-500-server-fault', 1, 'operator', 'Read the Via/Server of the 500 to see whether the platform, the carrier or the customer''s PBX sent it.', 'seed-000', '500 Server Internal Error'),
    ('gen-500-server-fault', 2, 'operator', 'Retry the call; note whether it fails every time or only sometimes.', 'seed-000', '500 Server Internal Error'),
    ('gen-500-server-fault', 3, 'operator', 'If the platform sent it, escalate to L2 platform engineering with the Call-ID and trace.', 'seed-000', '500 Server Internal Error'),
    ('gen-500-server-fault', 4, 'operator', 'If a carrier sent it, contact the carrier NOC; if the customer''s PBX sent it, pass the trace to its admin.', 'seed-000', '500 Server Internal Error');
-- outcome gen-500-no-route-pbx
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-500-no-route-pbx', 'The number is not configured on the customer''s PBX/CPE (no inbound route or application for it), and the PBX answers with an internal error.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the PBX configuration.',
     'zap', '500 number not configured');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-500-no-route-pbx', 1, 'operator', 'Check the Via/Server/User-Agent of the 500 to confirm the customer''s PBX sent it.', 'zap', '500 number not configured'),
    ('gen-500-no-route-pbx', 2, 'customer', 'Add an inbound route for the called number on the PBX, in the format the carrier delivers it (E.164 or national).', 'zap', '500 number not configured'),
    ('gen-500-no-route-pbx', 3, 'operator', 'Place a test call to the number and confirm it is answered.', 'zap', '500 number not configured');
-- outcome gen-500-after-change
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-500-after-change', 'Errors started after a recent configuration change on the account, trunk or PBX.',
     'failure', 'customer', 'L2 platform engineering (ENG)', 'When rolling back does not clear the errors.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-500-after-change', 1, 'operator', 'List the changes made in the last 2 hours (portal audit log, customer''s PBX changes).', 'siptriage', NULL),
    ('gen-500-after-change', 2, 'customer', 'Roll back the most recent change and re-test.', 'siptriage', NULL),
    ('gen-500-after-change', 3, 'operator', 'If the rollback fixes it, note the change on the ticket; otherwise escalate with the change list and traces.', 'siptriage', NULL);
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-500', '500 Server Internal Error: number not configured on the PBX, account paused, server fault', 'q1', NULL, 'domain-notes', 'section 8, 500');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-500', 'q1', 'widespread', 'no', 'q3', NULL, 'q2', NULL),
    ('gen-500', 'q2', 'app-binding', 'yes', NULL, 'gen-500-server-fault', NULL, 'gen-500-no-route-pbx'),
    ('gen-500', 'q3', 'account-active', 'yes', 'q4', NULL, NULL, 'gen-account-inactive'),
    ('gen-500', 'q4', 'recent-change', 'no', NULL, 'gen-500-after-change', NULL, 'gen-500-server-fault');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 500, NULL, NULL, NULL, 'gen-500', 'domain-notes', 'section 8, 500');

-- ----------------------------------------------------------------------------
-- 502 Bad Gateway: downstream gateway failing or destination out of order

-- outcome gen-502-downstream
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-502-downstream', 'Many calls get 502: a downstream gateway or carrier sends invalid responses or is out of order.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When the 502s concentrate on one carrier or gateway.',
     'domain-notes', 'section 8, 502');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-502-downstream', 1, 'operator', 'Read the Via/Server of the 502 to see which proxy generated it and which gateway it was relaying for.', 'domain-notes', 'section 8, 502'),
    ('gen-502-downstream', 2, 'operator', 'Group the failures by carrier and destination.', 'domain-notes', 'section 8, 502'),
    ('gen-502-downstream', 3, 'operator', 'Check that our route fails over to another carrier on 502.', '3cx', 'failover on 5xx'),
    ('gen-502-downstream', 4, 'operator', 'Escalate to the carrier NOC with Call-IDs, times and the trace.', 'domain-notes', 'section 8, 502');
-- outcome gen-502-dest-out-of-order
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-502-dest-out-of-order', 'A single destination is out of order behind a gateway (Q.850 cause 27 ''destination out of order'').',
     'failure', 'far-end', 'Carrier NOC (CARR)', 'When the destination stays out of order for hours.',
     'q850-map', 'cause 27');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-502-dest-out-of-order', 1, 'operator', 'Read the Reason header of the 502 (Q.850 cause 27 means the destination is out of order).', 'q850-map', 'cause 27'),
    ('gen-502-dest-out-of-order', 2, 'operator', 'Retry later; upstream routing may recover.', 'exo', '502 retry'),
    ('gen-502-dest-out-of-order', 3, 'operator', 'If it persists, escalate to the carrier NOC with the Call-IDs.', 'q850-map', 'cause 27');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-502', '502 Bad Gateway: downstream gateway failing or destination out of order', 'q1', NULL, 'domain-notes', 'section 8, 502');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-502', 'q1', 'widespread', 'no', NULL, 'gen-502-downstream', NULL, 'gen-502-dest-out-of-order');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 502, NULL, NULL, NULL, 'gen-502', 'domain-notes', 'section 8, 502');

-- ----------------------------------------------------------------------------
-- 503 Service Unavailable: limits, account, balance, allowed list, dial plan, overload or no route

-- outcome gen-503-congestion
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-503-congestion', 'The far end is temporarily unable to take calls: it is overloaded or in maintenance (the 503 carries a Retry-After), or its network reports a temporary failure or congestion (Q.850 cause 41, 34 or 42 in the Reason header). It is the carrier''s condition to clear, not an account, allowed-list or routing fault: fail over, and keep away from that server for the Retry-After.',
     'failure', 'carrier', 'Carrier NOC (CARR), with the Call-IDs, the called numbers, the times and the Retry-After', 'When the 503s outlast the Retry-After (a few minutes when none was given), or come back every day at the same hour.',
     'rfc3261', 'section 21.5.4');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-503-congestion', 1, 'operator', 'Read the Retry-After and the Reason (Q.850 cause) of the 503 and the Via/Server that sent it, and note which route and destinations fail.', 'rfc3398', 'section 7.2.4.1'),
    ('gen-503-congestion', 2, 'customer', 'Send the calls over the second trunk or another carrier now: a 503 with Retry-After asks the client to try another server.', 'rfc3261', 'section 21.5.4'),
    ('gen-503-congestion', 3, 'customer', 'Do not send to that server again before the Retry-After has passed. If the trace shows the PBX re-sending sooner (a second INVITE within the Retry-After), set its trunk to honour Retry-After or to fail over on 503.', 'rfc3261', 'section 21.5.4'),
    ('gen-503-congestion', 4, 'operator', 'Tell the customer the carrier refuses calls for a while: the allowed list, account and dial plan need no change (the same trunk completes calls once the condition clears).', 'siptriage', NULL),
    ('gen-503-congestion', 5, 'operator', 'If the failures outlast the Retry-After, escalate to the carrier NOC with the Call-IDs, the called numbers, the times and the Retry-After.', 'rfc3261', 'section 21.5.4');
-- outcome gen-503-overload
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-503-overload', 'Many calls get 503 although account, access and limits are fine, and the 503 names no temporary condition (no Retry-After, no Q.850 cause 41, 34 or 42): a server or carrier on the path is down, overloaded or in maintenance without saying for how long.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'At once when all calls on a route fail; to L2 platform engineering (ENG) if the platform itself sent the 503.',
     'domain-notes', 'section 8, 503');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-503-overload', 1, 'operator', 'Read the Via/Server of the 503 to see which node sent it, and its Retry-After header (seconds until it accepts calls again).', 'kapeli', '503 Retry-After'),
    ('gen-503-overload', 2, 'operator', 'Check the platform''s and the carrier''s status pages for maintenance or incidents.', 'domain-notes', 'section 8, 503'),
    ('gen-503-overload', 3, 'operator', 'Check that our route fails over to another carrier or SBC on 503.', '3cx', 'failover on 503'),
    ('gen-503-overload', 4, 'operator', 'Escalate to the carrier NOC (or L2 platform engineering for our node) with Call-IDs and times.', 'domain-notes', 'section 8, 503');
-- outcome gen-503-no-route
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-503-no-route', 'Only this destination gets 503: there is no route for it, the dial plan blocks it, or the downstream carrier for it is unavailable.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'When the destination should be routable for the account; to the carrier NOC (CARR) if the carrier sent the 503.',
     'domain-notes', 'section 2, 503');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-503-no-route', 1, 'operator', 'Read the reason phrase and Via/Server of the 503 (e.g. ''no routes'', ''blocked by dial plan'').', 'domain-notes', 'section 2, 503'),
    ('gen-503-no-route', 2, 'operator', 'Check that the account''s routing plan has a route for the destination prefix.', 'cxs', '503 no routes'),
    ('gen-503-no-route', 3, 'customer', 'Check the trunk address is exactly the one in the interconnect guide (a wrong host or subdomain gives 503).', 'lk', '503 wrong subdomain'),
    ('gen-503-no-route', 4, 'operator', 'Escalate to L2 provisioning with the prefix and Call-IDs, or to the carrier NOC if the carrier refused.', 'domain-notes', 'section 2, 503');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-503', '503 Service Unavailable: limits, a temporary condition (Retry-After), account, balance, allowed list, dial plan, overload or no route', 'q1', NULL, 'domain-notes', 'section 8, 503');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- The limits first: a rate or call limit also answers 503 with a short
    -- Retry-After (Twilio "Troubleshooting your Trunk": 503 CPS limit).
    -- Then, before the account and allowed-list checks that would misread
    -- it, whether the far end reports a temporary condition: Retry-After or
    -- Q.850 cause 41, 34 or 42 (outside review 4, F1; RFC 3261 section
    -- 21.5.4, RFC 3398 section 7.2.4.1).
    ('gen-503', 'q1', 'capacity', 'yes', 'q0', NULL, NULL, 'gen-capacity-limit'),
    ('gen-503', 'q0', 'network-congestion', 'no', NULL, 'gen-503-congestion', 'q2', NULL),
    ('gen-503', 'q2', 'account-active', 'yes', 'q3', NULL, NULL, 'gen-account-inactive'),
    ('gen-503', 'q3', 'balance', 'yes', 'q4', NULL, NULL, 'gen-billing-no-credit'),
    ('gen-503', 'q4', 'allowlist', 'yes', 'q6', NULL, 'q5', NULL),
    ('gen-503', 'q5', 'recent-change', 'no', NULL, 'gen-acl-pending', NULL, 'gen-acl-missing'),
    ('gen-503', 'q6', 'dial-pattern', 'yes', 'q7', NULL, NULL, 'gen-dial-pattern'),
    ('gen-503', 'q7', 'widespread', 'no', NULL, 'gen-503-overload', NULL, 'gen-503-no-route');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 503, NULL, NULL, NULL, 'gen-503', 'domain-notes', 'section 8, 503');

-- ----------------------------------------------------------------------------
-- 504 Server Time-out: upstream unreachable or slow

-- outcome gen-504-upstream
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-504-upstream', 'Many calls get 504: an upstream server or carrier does not answer the proxy in time.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When 504s concentrate on one carrier or route; to L2 network (NET) if all routes are affected.',
     'domain-notes', 'section 8, 504');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-504-upstream', 1, 'operator', 'Read the Via/Server of the 504 to see which proxy timed out, and which hop it was waiting for.', 'domain-notes', 'section 8, 504'),
    ('gen-504-upstream', 2, 'operator', 'Group the failures by carrier and destination.', 'domain-notes', 'section 8, 504'),
    ('gen-504-upstream', 3, 'operator', 'Check that our route has a failover to another carrier for these destinations.', 'domain-notes', 'section 8, 504'),
    ('gen-504-upstream', 4, 'operator', 'Escalate to the carrier NOC with Call-IDs, times and the trace.', 'domain-notes', 'section 8, 504');
-- outcome gen-504-slow
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-504-slow', 'A single destination answers too slowly for the proxy''s timer: latency, a slow firewall or a slow downstream lookup.',
     'failure', 'far-end', 'L2 network (NET)', 'When it repeats for the destination.',
     'exo', '504 firewall latency');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-504-slow', 1, 'operator', 'Measure the time from INVITE to 100 Trying and to the first 18x in the trace.', 'exo', '504 firewall latency'),
    ('gen-504-slow', 2, 'customer', 'Check the firewall on the far end''s path for inspection delays (SIP ALG, deep packet inspection) and disable SIP ALG.', 'exo', '504 firewall latency'),
    ('gen-504-slow', 3, 'operator', 'Retry later; if it repeats, escalate to L2 network with the trace and timings.', 'exo', '504 firewall latency');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-504', '504 Server Time-out: upstream unreachable or slow', 'q1', NULL, 'domain-notes', 'section 8, 504');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-504', 'q1', 'reachable', 'yes', 'q2', NULL, NULL, 'gen-unreachable'),
    ('gen-504', 'q2', 'widespread', 'no', NULL, 'gen-504-upstream', NULL, 'gen-504-slow');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 504, NULL, NULL, NULL, 'gen-504', 'domain-notes', 'section 8, 504');

-- ----------------------------------------------------------------------------
-- 513 Message Too Large: UDP over 1300 bytes

-- outcome gen-513-tcp-limit
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-513-tcp-limit', 'The message is sent over TCP/TLS and is still larger than the receiving server accepts.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the request cannot be shortened on the sending side.',
     'rbbn', '513');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-513-tcp-limit', 1, 'operator', 'Note the size of the refused message and its largest parts (SDP, headers, bodies).', 'rbbn', '513'),
    ('gen-513-tcp-limit', 2, 'customer', 'Shorten the message: fewer codecs in the SDP, no unneeded headers or attachments.', 'rbbn', '513'),
    ('gen-513-tcp-limit', 3, 'operator', 'Ask the far end for its maximum accepted message size.', 'rbbn', '513'),
    ('gen-513-tcp-limit', 4, 'operator', 'Escalate to the SBC/PBX vendor with the capture if it still does not fit.', 'rbbn', '513');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-513', '513 Message Too Large: UDP over 1300 bytes', 'q1', NULL, 'domain-notes', 'section 8, 513');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-513', 'q1', 'message-size', 'no', NULL, 'gen-513-tcp-limit', NULL, 'gen-udp-too-large');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 513, NULL, NULL, NULL, 'gen-513', 'domain-notes', 'section 8, 513');

-- ----------------------------------------------------------------------------
-- 580 Precondition Failure: unknown trunk or number (wholesale), or QoS preconditions

-- outcome gen-580-no-route
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-580-no-route', 'Used by some wholesale switches for ''no route available'': the switch does not recognise the incoming trunk or has no routing profile for the call.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'Always, with the trunk and number.',
     'cxs', '580 No Route Available');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-580-no-route', 1, 'operator', 'Check that the call arrives on the trunk/IP the switch expects for this customer and number.', 'cnx', '580 unknown trunk'),
    ('gen-580-no-route', 2, 'operator', 'Check that the trunk has an ingress routing profile for the destination.', 'cxs', '580 No Route Available'),
    ('gen-580-no-route', 3, 'operator', 'Escalate to L2 provisioning with the trunk, number and Call-ID.', 'cxs', '580 No Route Available');
-- outcome gen-580-precondition
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-580-precondition', 'The far end could not meet a precondition required by the offer (RFC 3312 QoS preconditions, IMS/VoLTE).',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When the precondition cannot be dropped on our side.',
     'rfc3312', 'preconditions');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-580-precondition', 1, 'operator', 'Look for ''Require: precondition'' and a=curr/a=des lines in the offer.', 'rfc3312', 'preconditions'),
    ('gen-580-precondition', 2, 'customer', 'Stop requiring preconditions on the trunk (send them as Supported, or not at all) unless the interconnect guide requires them.', 'siptriage', NULL),
    ('gen-580-precondition', 3, 'operator', 'Re-test; escalate to the carrier NOC with the trace if the carrier requires preconditions it then fails.', 'rfc3312', 'preconditions');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-580', '580 Precondition Failure: unknown trunk or number (wholesale), or QoS preconditions', 'q1', NULL, 'domain-notes', 'section 8, 580');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-580', 'q1', 'trunk-assigned', 'yes', 'q2', NULL, NULL, 'gen-trunk-unassigned'),
    ('gen-580', 'q2', 'number-provisioned', 'yes', 'q3', NULL, NULL, 'gen-number-not-provisioned'),
    ('gen-580', 'q3', 'extension-support', 'yes', NULL, 'gen-580-no-route', NULL, 'gen-580-precondition');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 580, NULL, NULL, NULL, 'gen-580', 'domain-notes', 'section 8, 580');

-- ----------------------------------------------------------------------------
-- 600 Busy Everywhere: user outcome unless widespread

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-600', '600 Busy Everywhere: user outcome unless widespread', 'q1', NULL, 'domain-notes', 'section 8, 600');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-600', 'q1', 'widespread', 'no', 'q2', NULL, NULL, 'gen-busy-normal'),
    ('gen-600', 'q2', 'capacity', 'yes', 'q3', NULL, NULL, 'gen-capacity-limit'),
    ('gen-600', 'q3', 'caller-id-valid', 'yes', NULL, 'gen-cid-reputation', NULL, 'gen-cid-invalid');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 600, NULL, NULL, NULL, 'gen-600', 'domain-notes', 'section 8, 600');

-- ----------------------------------------------------------------------------
-- 603 Decline: callee declined, or account, billing or caller-ID block

-- outcome gen-decline-normal
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-decline-normal', 'The callee (or its device) declined the call. Normal traffic.',
     'declined', 'none', NULL, NULL,
     'domain-notes', 'section 2, 603');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-decline-normal', 1, 'operator', 'Check that the decline concerns one callee and that other calls succeed.', 'domain-notes', 'section 2, 603'),
    ('gen-decline-normal', 2, 'operator', 'Tell the caller the callee rejected the call; reach them by other means if needed.', 'seed-000', '603 Decline'),
    ('gen-decline-normal', 3, 'operator', 'Close the ticket as a user outcome.', 'domain-notes', 'section 2, 603');
-- outcome gen-analytics-attestation
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-analytics-attestation', 'Call blocking by call analytics: the terminating network flags the caller ID and the calls are signed with partial or gateway attestation (B or C), so nothing vouches for the caller''s right to the number. US terminating providers signal such blocking with 603, 607 or 608.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)', 'When the numbers are the account''s own and the carrier still signs them below A, or the blocking continues after remediation was requested: send example Call-IDs, times and the Call-Info of the rejections.',
     'fcc-20-187', '47 CFR 64.1200(k)(9)');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-analytics-attestation', 1, 'operator', 'Read the final response of a blocked call: a Call-Info header (purpose=jcard or a remediation URI) names where to ask for remediation; decode the Identity header''s PASSporT and read the attest claim.', 'rfc8688', '608 Call-Info'),
    ('gen-analytics-attestation', 2, 'customer', 'Call from numbers the signing carrier assigned to the account, or give it proof of the right to use the others (ported or bring-your-own numbers), so it can sign them with attestation A.', 'rfc8588', 'section 4'),
    ('gen-analytics-attestation', 3, 'customer', 'Ask for remediation at the Call-Info URI of the rejection, or with the call-analytics services the terminating carriers use, giving the business name and the purpose of the calls.', 'rfc8688', '608 Call-Info'),
    ('gen-analytics-attestation', 4, 'customer', 'Pause bulk dialling from the flagged numbers until they are cleared; retries are rejected and add to the flags.', 'rfc8688', '608 Call-Info'),
    ('gen-analytics-attestation', 5, 'operator', 'If the carrier signs the account''s own numbers below A, or the rejections continue after remediation, escalate to the carrier with example Call-IDs and times.', 'fcc-20-187', '47 CFR 64.1200(k)(9)');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-603', '603 Decline: callee declined, or account, billing, caller-ID or call-analytics block', 'q0', NULL, 'domain-notes', 'section 8, 603');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- A call that reached the callee (a 180 came back) was routed, rated
    -- and admitted, so credit, account and analytics blocks are moot and
    -- the callee's own decline comes first (outside review 4, F14: a 603
    -- after ringing is a person or their phone declining, RFC 3261 21.6.2).
    -- Unknown, the walk takes the callee's decline: a bare 603 is most
    -- often a person (RFC 3261 21.6.2), and assuming "not reachable" of a
    -- side that sent a final response reads wrong (outside review 5,
    -- R47).  An answer such as balance = no still decides: the engine
    -- takes the branch below which an answer given finds a cause.
    ('gen-603', 'q0', 'reachable', 'yes', 'q4', NULL, 'q1', NULL),
    -- Credit and account first: providers decline calls they will not rate
    -- with 603 (seed 004), and both are one look at the portal.
    ('gen-603', 'q1', 'balance', 'yes', 'q2', NULL, NULL, 'gen-billing-no-credit'),
    ('gen-603', 'q2', 'account-active', 'yes', 'q3', NULL, NULL, 'gen-account-inactive'),
    ('gen-603', 'q3', 'widespread', 'no', 'q5', NULL, 'q6', NULL),
    -- Call analytics before the callee: a US terminating provider that
    -- blocks a call signals it with 603 (FCC 20-187), and a flagged caller
    -- ID with B/C attestation is blocking, not a callee's decline.
    ('gen-603', 'q6', 'attestation-full', 'yes', 'q7', NULL, 'q8', NULL),
    ('gen-603', 'q7', 'cid-reputation-ok', 'yes', 'q4', NULL, NULL, 'gen-cid-reputation'),
    ('gen-603', 'q8', 'cid-reputation-ok', 'yes', 'q4', NULL, NULL, 'gen-analytics-attestation'),
    ('gen-603', 'q4', 'user-outcome', 'yes', NULL, 'gen-decline-normal', 'q5', NULL),
    ('gen-603', 'q5', 'attestation-full', 'yes', 'q9', NULL, 'q10', NULL),
    ('gen-603', 'q9', 'caller-id-valid', 'yes', NULL, 'gen-cid-reputation', NULL, 'gen-cid-invalid'),
    ('gen-603', 'q10', 'caller-id-valid', 'yes', NULL, 'gen-analytics-attestation', NULL, 'gen-cid-invalid');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 603, NULL, NULL, NULL, 'gen-603', 'domain-notes', 'section 8, 603');

-- ----------------------------------------------------------------------------
-- 604 Does Not Exist Anywhere: invalid number or wrong routing data

-- outcome gen-604-routing
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-604-routing', 'Many valid numbers get 604: a carrier''s routing or number-portability data is wrong for these numbers.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When numbers known to be valid are refused.',
     'domain-notes', 'section 8, 604');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-604-routing', 1, 'operator', 'Collect several refused numbers known to be valid and group them by prefix and carrier.', 'domain-notes', 'section 8, 604'),
    ('gen-604-routing', 2, 'operator', 'Read the Via/Server of the 604 to see which network answered.', 'domain-notes', 'section 8, 604'),
    ('gen-604-routing', 3, 'operator', 'Escalate to the carrier NOC with numbers, Call-IDs and times.', 'domain-notes', 'section 8, 604');
-- outcome gen-604-no-such-number
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-604-no-such-number', 'The called number does not exist anywhere according to the far end''s authoritative data.',
     'failure', 'far-end', NULL, NULL,
     'domain-notes', 'section 2, 604');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-604-no-such-number', 1, 'operator', 'Confirm the number dialled with the caller, digit by digit, against the Request-URI.', 'domain-notes', 'section 2, 604'),
    ('gen-604-no-such-number', 2, 'customer', 'Correct or remove the number in contact lists and diallers.', 'domain-notes', 'section 2, 604'),
    ('gen-604-no-such-number', 3, 'operator', 'Close the ticket; retrying the same number will fail again.', 'domain-notes', 'section 2, 604');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-604', '604 Does Not Exist Anywhere: invalid number or wrong routing data', 'q1', NULL, 'domain-notes', 'section 8, 604');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-604', 'q1', 'dial-pattern', 'yes', 'q2', NULL, NULL, 'gen-dial-pattern'),
    ('gen-604', 'q2', 'widespread', 'no', NULL, 'gen-604-routing', NULL, 'gen-604-no-such-number');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 604, NULL, NULL, NULL, 'gen-604', 'domain-notes', 'section 8, 604');

-- ----------------------------------------------------------------------------
-- 606 Not Acceptable: session description unacceptable everywhere (as 488)

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-606', '606 Not Acceptable: session description unacceptable everywhere (as 488)', 'q1', NULL, 'domain-notes', 'section 8, 606');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-606', 'q1', 'codecs', 'no', 'q2', NULL, NULL, 'gen-no-common-codec'),
    ('gen-606', 'q2', 'media-encryption', 'yes', 'q3', NULL, NULL, 'gen-srtp-mismatch'),
    ('gen-606', 'q3', 'nat-clean', 'yes', NULL, 'gen-488-sdp-other', NULL, 'gen-488-private-ip');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 606, NULL, NULL, NULL, 'gen-606', 'domain-notes', 'section 8, 606');

-- ----------------------------------------------------------------------------
-- 607 Unwanted: callee marked the call unwanted; caller-ID reputation if widespread

-- outcome gen-607-unwanted
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-607-unwanted', 'A person at the called number marked the call as unwanted; later calls from this caller are likely to be rejected as well.',
     'declined', 'none', NULL, NULL,
     'rfc8688', '607');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-607-unwanted', 1, 'operator', 'Tell the caller the callee marked the call as unwanted.', 'seed-004', '607 Unwanted'),
    ('gen-607-unwanted', 2, 'customer', 'Remove the number from call lists and diallers; do not retry it.', 'rfc8688', '6xx retries'),
    ('gen-607-unwanted', 3, 'operator', 'Close the ticket as a user outcome.', 'rfc8688', '607');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-607', '607 Unwanted: callee marked the call unwanted; caller-ID reputation or call-analytics block if widespread or flagged', 'q1', NULL, 'domain-notes', 'section 8, 607');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-607', 'q1', 'widespread', 'no', 'q2', NULL, 'q3', NULL),
    ('gen-607', 'q2', 'attestation-full', 'yes', 'q6', NULL, 'q7', NULL),
    -- One callee: a person's marking (RFC 8197), unless analytics flag the
    -- caller ID (US blocking is signalled with 607 too, FCC 20-187).
    ('gen-607', 'q3', 'attestation-full', 'yes', 'q4', NULL, 'q5', NULL),
    ('gen-607', 'q4', 'cid-reputation-ok', 'yes', NULL, 'gen-607-unwanted', NULL, 'gen-cid-reputation'),
    ('gen-607', 'q5', 'cid-reputation-ok', 'yes', NULL, 'gen-607-unwanted', NULL, 'gen-analytics-attestation'),
    ('gen-607', 'q6', 'caller-id-valid', 'yes', NULL, 'gen-cid-reputation', NULL, 'gen-cid-invalid'),
    ('gen-607', 'q7', 'caller-id-valid', 'yes', NULL, 'gen-analytics-attestation', NULL, 'gen-cid-invalid');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 607, NULL, NULL, NULL, 'gen-607', 'domain-notes', 'section 8, 607');

-- ----------------------------------------------------------------------------
-- 608 Rejected: an analytics engine rejected the call (Call-Info remediation)

-- outcome gen-608-analytics
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-608-analytics', 'An intermediary (a call-analytics engine) rejected the call as likely unwanted; the 608 may carry a Call-Info URI where the caller can ask for remediation.',
     'failure', 'customer', 'Carrier NOC (CARR)', 'When the caller ID is legitimate and 608s continue after remediation was requested.',
     'rfc8688', '608');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-608-analytics', 1, 'operator', 'Read the Call-Info header of the 608: it gives the remediation contact of the analytics operator.', 'rfc8688', '608 Call-Info'),
    ('gen-608-analytics', 2, 'customer', 'Submit a remediation request there for the caller ID, with the business name and purpose of the calls.', 'rfc8688', '608'),
    ('gen-608-analytics', 3, 'customer', 'Pause bulk dialling from the caller ID until it is cleared; retries will be rejected.', 'rfc8688', '6xx retries'),
    ('gen-608-analytics', 4, 'operator', 'If no Call-Info is present or remediation fails, escalate to the carrier NOC with example Call-IDs.', 'rfc8688', '608');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-608', '608 Rejected: an analytics engine rejected the call (Call-Info remediation); attestation', 'q1', NULL, 'domain-notes', 'section 8, 608');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- A 608 is itself the analytics engine's rejection (RFC 8688): the
    -- caller ID is flagged; what remains is whether the attestation adds
    -- to it (B or C: the customer must get A-signed numbers).
    ('gen-608', 'q1', 'caller-id-valid', 'yes', 'q2', NULL, NULL, 'gen-cid-invalid'),
    ('gen-608', 'q2', 'cid-reputation-ok', 'no', NULL, 'gen-608-analytics', 'q3', NULL),
    ('gen-608', 'q3', 'attestation-full', 'yes', NULL, 'gen-608-analytics', NULL, 'gen-analytics-attestation');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 608, NULL, NULL, NULL, 'gen-608', 'domain-notes', 'section 8, 608');

-- ----------------------------------------------------------------------------
-- 2xx Success: the call was answered

-- outcome gen-success
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-success', 'The request succeeded; the call was answered. Nothing failed in signalling, though the call may still have had quality or flow problems after answer.',
     'success', 'none', NULL, NULL,
     'seed-001', '200 OK');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-success', 1, 'operator', 'Check who sent the BYE and when (the initiator in the call log, or the BYE in the trace).', 'seed-001', '200 OK'),
    ('gen-success', 2, 'operator', 'If the call ended by a System disconnect, redo the checklist with initiator System to check for an RTP timeout.', 'didww-cl', 'RTP Timeout'),
    ('gen-success', 3, 'operator', 'If the call dropped at about 30 s, or at the same length every time, use the symptom routes instead (siptriage checklist -s drops-after-answer or -s drops-at-interval).', 'siptriage', NULL),
    ('gen-success', 4, 'operator', 'With audio both ways and a BYE from a person, close the ticket: nothing failed in signalling.', 'seed-000', '200 OK');
-- outcome gen-200-one-way: the walk continues into the one-way-audio route
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-200-one-way', 'The call was answered but audio flowed one way only: signalling worked, the media path did not.',
     'failure', 'operator', NULL, NULL,
     'seed-001', '200 OK'),
    ('gen-200-no-audio', 'The call was answered but no audio flowed either way: signalling worked, the media path did not.',
     'failure', 'operator', NULL, NULL,
     'seed-001', '200 OK');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-200', '2xx Success: the call was answered; did audio flow?', 'q1', NULL, 'seed-001', '200 OK');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- Seed 001: a 200 does not mean there were no issues with the call.
    ('gen-200', 'q1', 'media-flowing', 'yes', 'q3', NULL, 'q2', NULL),
    ('gen-200', 'q2', 'audio-one-direction', 'yes', NULL, 'gen-200-one-way', NULL, 'gen-200-no-audio');
    -- q3-q5 (the ACK of the answer) are in symptoms.sql, beside the
    -- drops-after-answer outcomes they end at.
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 200, NULL, NULL, NULL, 'gen-200', 'seed-001', '200 OK'),
    ('generic', NULL, 2, NULL, NULL, 'gen-200', 'seed-001', '200 OK');

-- ----------------------------------------------------------------------------
-- 200 OK ended by the System: RTP timeout, balance teardown or a platform timer

-- outcome gen-200-system-ended
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-200-system-ended', 'Media flowed and the balance is fine, yet the platform ended the call: a platform timer (maximum call duration, session timer) or a failed transfer.',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'When the ending was not expected by the configured limits.',
     'didww-cl', '200 System');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-200-system-ended', 1, 'operator', 'Check the call log''s reason for the system end (e.g. transfer failed, duration limit).', 'didww-cl', 'Transfer Failed'),
    ('gen-200-system-ended', 2, 'operator', 'Compare the call duration with any maximum call duration on the account or trunk.', 'didww-cl', '200 System'),
    ('gen-200-system-ended', 3, 'operator', 'Check whether session-timer refreshes (re-INVITE/UPDATE) were answered before the end.', 'ast-ami', 'SIPSessionTimer'),
    ('gen-200-system-ended', 4, 'operator', 'Escalate to L2 platform engineering with the Call-ID if no limit explains it.', 'didww-cl', '200 System');
-- outcome gen-rtp-timeout
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-rtp-timeout', 'An RTP timeout: one side stopped sending media (silence suppression without comfort noise, a firewall pinhole closing, a media server fault), so the platform ended the answered call.',
     'failure', 'customer', 'L2 network (NET)', 'When RTP timeouts repeat for a trunk or a carrier.',
     'didww-cl', 'RTP Timeout');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-rtp-timeout', 1, 'operator', 'In the capture, find which direction stopped sending RTP and when; the call log may say ''RTP Timeout (Origination)'' or ''(Destination)''.', 'didww-cl', 'RTP Timeout'),
    ('gen-rtp-timeout', 2, 'customer', 'If the silent side uses silence suppression/VAD, disable it or enable comfort noise.', 'lk', 'comfort noise'),
    ('gen-rtp-timeout', 3, 'customer', 'Raise the firewall''s or SIP ALG''s media-inactivity timeout above the call''s longest silence (some default to 120 s).', 'junos', 'inactive media timeout'),
    ('gen-rtp-timeout', 4, 'operator', 'If the media server stopped sending, escalate to L2 network with the capture.', 'didww-cl', 'RTP Timeout');
-- outcome gen-rtp-timeout-nat
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-rtp-timeout-nat', 'No RTP reached one side because the SDP or Contact carries a private or NAT-rewritten address, so media went nowhere and the platform ended the call on RTP timeout.',
     'failure', 'customer', 'L2 network (NET)', 'When the addresses are public and media still does not arrive.',
     'tw-ts', 'LAN IP in SDP');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-rtp-timeout-nat', 1, 'operator', 'Read the c= address of both SDPs and compare each with the source IP of the capture.', 'tw-ts', 'LAN IP in SDP'),
    ('gen-rtp-timeout-nat', 2, 'customer', 'Disable SIP ALG on the customer''s router and set the PBX''s external IP so SDP and Contact carry the public address.', 'lk', 'use_external_ip'),
    ('gen-rtp-timeout-nat', 3, 'customer', 'Open the RTP port range for the carrier''s media IPs on the firewall.', 'tw-ts', 'LAN IP in SDP'),
    ('gen-rtp-timeout-nat', 4, 'customer', 'Re-test with a call longer than one minute and check audio both ways.', 'tw-ts', 'LAN IP in SDP');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-200-system', '200 OK ended by the System: RTP timeout, balance teardown or a platform timer', 'q1', NULL, 'didww-cl', '200 System reasons');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-200-system', 'q1', 'media-flowing', 'no', 'q2', NULL, 'q3', NULL),
    ('gen-200-system', 'q2', 'balance', 'yes', NULL, 'gen-200-system-ended', NULL, 'gen-billing-no-credit'),
    ('gen-200-system', 'q3', 'nat-clean', 'yes', NULL, 'gen-rtp-timeout', NULL, 'gen-rtp-timeout-nat');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 200, NULL, 'system', NULL, 'gen-200-system', 'didww-cl', '200 System reasons');

-- ----------------------------------------------------------------------------
-- 1xx Provisional: progress, not a result

-- outcome gen-progress
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-progress', 'A provisional response: the request is being processed (100 Trying, 180 Ringing, 183 Session Progress). Not a result; wait for the final response.',
     'progress', 'none', NULL, NULL,
     'seed-002', '1xx Informational Responses');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-progress', 1, 'operator', 'Find the final response (2xx-6xx) of the same transaction and triage that code instead.', 'seed-002', '1xx Informational Responses'),
    ('gen-progress', 2, 'operator', 'If no final response ever came, the call was ended by a CANCEL or a timer: check the ringing timeout and who cancelled.', 'seed-002', '1xx Informational Responses'),
    ('gen-progress', 3, 'operator', 'If the call stays in 183 without ringback, check the early media (RTP) from the far end.', 'seed-002', '1xx Informational Responses');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-1xx', '1xx Provisional: progress, not a result', NULL, 'gen-progress', 'seed-002', '1xx Informational Responses');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', NULL, 1, NULL, NULL, 'gen-1xx', 'seed-002', '1xx Informational Responses');

-- ----------------------------------------------------------------------------
-- 3xx Redirection: the call is sent elsewhere

-- outcome gen-redirect
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-redirect', 'A redirect: the far end gives another address in the Contact header where the call should be sent.',
     'redirect', 'none', NULL, NULL,
     'seed-003', '3xx Redirection');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-redirect', 1, 'operator', 'Read the Contact header(s) of the 3xx: the new target of the call.', 'seed-003', '3xx Redirection'),
    ('gen-redirect', 2, 'customer', 'If the call should follow the redirect, enable redirect following on the PBX/SBC, or update the target address.', 'seed-003', '3xx Redirection'),
    ('gen-redirect', 3, 'operator', 'If the redirect points back to the caller or loops, treat it as a routing fault and escalate with the trace.', 'seed-003', '3xx Redirection');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-3xx', '3xx Redirection: the call is sent elsewhere', NULL, 'gen-redirect', 'seed-003', '3xx Redirection');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', NULL, 3, NULL, NULL, 'gen-3xx', 'seed-003', '3xx Redirection');

-- ----------------------------------------------------------------------------
-- 4xx Client Failure (any code without its own tree)

-- outcome gen-4xx-single
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-4xx-single', 'A client error for a single call: the request was refused because of something in the request or the caller''s setup.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the code meaning points to the caller''s configuration and the customer needs help to change it.',
     'seed-003', '4xx Client Error');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-4xx-single', 1, 'operator', 'Read the code''s meaning and the reason phrase, Reason and Warning headers of the response.', 'seed-003', '4xx Client Error'),
    ('gen-4xx-single', 2, 'operator', 'Check who sent it (Via, Server, initiator) and the header or parameter the meaning names.', 'seed-003', '4xx Client Error'),
    ('gen-4xx-single', 3, 'customer', 'Correct that part of the request on the PBX (number, header, credential, SDP) and re-test.', 'seed-003', '4xx Client Error'),
    ('gen-4xx-single', 4, 'operator', 'Attach the evidence to the ticket and escalate to the owner of the sending side if it persists.', 'seed-003', '4xx Client Error');
-- outcome gen-4xx-after-change
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-4xx-after-change', 'Many calls started failing after a recent configuration change; the change most likely caused the refusal.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When reverting the change does not help.',
     'seed-002', '503 checklist, allowed list');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-4xx-after-change', 1, 'operator', 'List the changes of the last 2 hours on the account, trunk, allowed list and the customer''s PBX.', 'seed-002', '503 checklist, allowed list'),
    ('gen-4xx-after-change', 2, 'operator', 'Remember allowed-IP changes take up to 2 hours to apply after Save.', 'seed-002', '503 checklist, allowed list'),
    ('gen-4xx-after-change', 3, 'customer', 'Revert or correct the most recent change and re-test.', 'seed-002', '503 checklist, allowed list'),
    ('gen-4xx-after-change', 4, 'operator', 'Escalate to L2 provisioning with the change list and traces if the failures remain.', 'seed-002', '503 checklist, allowed list');
-- outcome gen-4xx-widespread
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-4xx-widespread', 'Many calls get this client error and nothing was changed recently: a setup mismatch between the caller and the platform or carrier.',
     'failure', 'platform', 'L2 provisioning (PROV)', 'When the code affects many calls on a trunk or account.',
     'domain-notes', 'section 4, alarming');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-4xx-widespread', 1, 'operator', 'Read the code''s meaning and the reason phrase, Reason and Warning headers of the response.', 'domain-notes', 'section 4, alarming'),
    ('gen-4xx-widespread', 2, 'operator', 'Group the failures by trunk, caller, destination and carrier to see what they share.', 'domain-notes', 'section 4, alarming'),
    ('gen-4xx-widespread', 3, 'operator', 'Check the configuration of what they share (trunk, account, route) against the code''s meaning.', 'domain-notes', 'section 4, alarming'),
    ('gen-4xx-widespread', 4, 'operator', 'Escalate to L2 provisioning with the evidence and the grouping.', 'domain-notes', 'section 4, alarming');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-4xx', '4xx Client Failure (any code without its own tree)', 'q1', NULL, 'seed-003', '4xx Client Error');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-4xx', 'q1', 'widespread', 'no', 'q2', NULL, NULL, 'gen-4xx-single'),
    ('gen-4xx', 'q2', 'recent-change', 'no', NULL, 'gen-4xx-after-change', NULL, 'gen-4xx-widespread');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', NULL, 4, NULL, NULL, 'gen-4xx', 'seed-003', '4xx Client Error');

-- ----------------------------------------------------------------------------
-- 5xx Server Failure (any code without its own tree)

-- outcome gen-5xx-widespread
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-5xx-widespread', 'Many calls get server errors: a server or carrier on the path is failing or overloaded.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'At once: to the carrier NOC for a carrier''s server, to L2 platform engineering (ENG) for the platform''s own.',
     'domain-notes', 'section 6, critical');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-5xx-widespread', 1, 'operator', 'Read who sent the errors (Via, Server, initiator) and group them by node and carrier.', 'domain-notes', 'section 6, critical'),
    ('gen-5xx-widespread', 2, 'operator', 'Check the platform''s and carriers'' status pages for incidents or maintenance.', 'domain-notes', 'section 6, critical'),
    ('gen-5xx-widespread', 3, 'operator', 'Check that routes fail over to another carrier or node.', 'domain-notes', 'section 6, critical'),
    ('gen-5xx-widespread', 4, 'operator', 'Escalate with Call-IDs and times to the carrier NOC, or L2 platform engineering for our own nodes.', 'domain-notes', 'section 6, critical');
-- outcome gen-5xx-single
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-5xx-single', 'A server on the path failed for this call (overload, internal error, upstream problem) while the far end is reachable.',
     'failure', 'operator', 'L2 platform engineering (ENG)', 'When the same error repeats.',
     'seed-003', '5xx Server Error');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-5xx-single', 1, 'operator', 'Read the code''s meaning, the Reason header and Retry-After, and who sent it (Via, Server, initiator).', 'seed-003', '5xx Server Error'),
    ('gen-5xx-single', 2, 'operator', 'Retry the call after a short wait.', 'seed-004', '503 Retry-After'),
    ('gen-5xx-single', 3, 'operator', 'Track the code; if it repeats, escalate to the owner of the sending server with the evidence.', 'seed-003', '5xx Server Error');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-5xx', '5xx Server Failure (any code without its own tree)', 'q1', NULL, 'seed-003', '5xx Server Error');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-5xx', 'q1', 'reachable', 'yes', 'q2', NULL, NULL, 'gen-unreachable'),
    ('gen-5xx', 'q2', 'widespread', 'no', NULL, 'gen-5xx-widespread', NULL, 'gen-5xx-single');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', NULL, 5, NULL, NULL, 'gen-5xx', 'seed-003', '5xx Server Error');

-- ----------------------------------------------------------------------------
-- 6xx Global Failure (any code without its own tree)

-- outcome gen-6xx-widespread
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-6xx-widespread', 'Many calls get a global failure: a network or analytics engine refuses this traffic everywhere.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'When the refusals affect many numbers.',
     'domain-notes', 'section 8, 6xx');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-6xx-widespread', 1, 'operator', 'Group the failures by caller ID, destination and carrier.', 'domain-notes', 'section 8, 6xx'),
    ('gen-6xx-widespread', 2, 'operator', 'Read Reason, Warning and Call-Info headers for the refusing party and remediation contact.', 'rfc8688', '608 Call-Info'),
    ('gen-6xx-widespread', 3, 'customer', 'Pause bulk dialling from the affected caller IDs while the cause is open.', 'domain-notes', 'section 8, 6xx'),
    ('gen-6xx-widespread', 4, 'operator', 'Escalate to the carrier NOC with the grouping and Call-IDs.', 'domain-notes', 'section 8, 6xx');
-- outcome gen-6xx-user
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-6xx-user', 'A global failure caused by the callee: busy everywhere, declined, or the call was unwanted. Normal traffic; retrying elsewhere will not help.',
     'declined', 'none', NULL, NULL,
     'seed-003', '6xx Global Failure');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-6xx-user', 1, 'operator', 'Read the code''s meaning and confirm it concerns one callee.', 'seed-003', '6xx Global Failure'),
    ('gen-6xx-user', 2, 'operator', 'Tell the caller the callee cannot or will not take the call; do not retry through other routes.', 'seed-003', '6xx Global Failure'),
    ('gen-6xx-user', 3, 'operator', 'Close the ticket as a user outcome.', 'seed-003', '6xx Global Failure');
-- outcome gen-6xx-single
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-6xx-single', 'A global failure for one call with no person behind it: the far end refused the request for all destinations.',
     'failure', 'far-end', 'Carrier NOC (CARR)', 'When it repeats for the destination.',
     'seed-003', '6xx Global Failure');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-6xx-single', 1, 'operator', 'Read the code''s meaning, reason phrase, Reason and Warning headers, and who sent it.', 'seed-003', '6xx Global Failure'),
    ('gen-6xx-single', 2, 'operator', 'Check the part of the request the meaning names (number, caller ID, SDP).', 'seed-003', '6xx Global Failure'),
    ('gen-6xx-single', 3, 'operator', 'Attach the evidence and escalate to the carrier NOC if it repeats.', 'seed-003', '6xx Global Failure');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-6xx', '6xx Global Failure (any code without its own tree)', 'q1', NULL, 'seed-003', '6xx Global Failure');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-6xx', 'q1', 'widespread', 'no', NULL, 'gen-6xx-widespread', 'q2', NULL),
    ('gen-6xx', 'q2', 'user-outcome', 'yes', NULL, 'gen-6xx-user', NULL, 'gen-6xx-single');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', NULL, 6, NULL, NULL, 'gen-6xx', 'seed-003', '6xx Global Failure');


-- ----------------------------------------------------------------------------
-- Caller identity: 428, 433, 436, 437, 438 (RFC 8224, RFC 5079)

-- outcome gen-428-unsigned
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('gen-428-unsigned', 'The terminating network requires a signed call (STIR/SHAKEN) and the INVITE arrived without an Identity header: the originating carrier did not sign it, or the customer''s calls reach the network through a route that does not sign.',
     'failure', 'customer', 'Carrier NOC (CARR)', 'When the customer''s calls leave through a carrier that should sign them: ask it to sign the account''s calls with attestation A.',
     'rfc8224', 'section 6.2.2, 428'),
    ('gen-428-stripped', 'The call was signed, but the Identity header did not reach the terminating network: an SBC or B2BUA between the signer and the verifier dropped it.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the device that drops the header cannot be set to pass it through.',
     'rfc8224', 'section 6.2.2, 428'),
    ('gen-identity-invalid', 'The call carried an Identity header that does not verify: 436 the certificate it points to could not be fetched, 437 the certificate is not one the verifier supports or trusts, 438 the signature or its claims do not match the call (often a calling or called number rewritten after signing, or an old iat).',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'Always, with the Identity header and the final response: the signing carrier fixes its certificate or signing; the customer fixes number rewriting after the signer.',
     'rfc8224', 'sections 6.2 and 6.2.2'),
    ('gen-436-cert-url', '436 Bad Identity Info: the verifier could not fetch or use the certificate that the Identity header''s info= URL points to. The URL is unreachable from outside, answers with an error, or no longer serves the certificate (after certificate hosting moved, the signer still sends the old URL).',
     'failure', 'carrier', 'The carrier or service that signs the calls, with the Identity header and the info= URL', 'When the URL cannot be fetched from outside, or fetches the certificate and 436 continues.',
     'rfc8224', 'section 6.2.2, 436'),
    ('gen-437-credential', '437 Unsupported Credential: the verifier fetched the certificate but does not support or trust it: it was issued by a certification authority the verifier does not trust (in SHAKEN, an STI-CA that is not on the STI-PA''s list of trusted CAs), or its type or algorithm is not supported.',
     'failure', 'carrier', 'The carrier or service that signs the calls, with the certificate''s issuer and the Identity header', 'Always: the signer needs a certificate the verifiers trust.',
     'rfc8224', 'section 6.2.2, 437'),
    ('gen-438-invalid', '438 Invalid Identity Header: the signature or the claims do not fit the call: a device after the signer rewrote the calling or called number, the iat is too old (Stale Date: a clock off at the signer or the verifier, or an INVITE delayed or replayed), or the signature does not verify.',
     'failure', 'carrier', 'Carrier NOC (CARR), with the Identity header, the response and the times', 'Always: the signing carrier fixes its signing or clock; the customer fixes number rewriting after the signer.',
     'rfc8224', 'section 6.2.2, 438'),
    ('gen-identity-verifier', 'The Identity header looks valid from the originating side, yet the terminating network refuses it: its verifier disagrees (its trust list, its clock, or its rules for the attestation).',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'Always, with the Identity header, the response and the times.',
     'rfc8224', 'section 6.2.2'),
    ('gen-433-anonymous', 'The callee refuses anonymous calls (RFC 5079) and this call hid its number: a Privacy: id header or an anonymous From.',
     'declined', 'customer', NULL, NULL,
     'rfc5079', 'section 5'),
    ('gen-433-no-identity', 'The callee refuses anonymous calls and this call carried no usable caller identity although nobody asked to hide it: the PBX sent no P-Asserted-Identity and an empty or anonymous From.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the caller-ID setting on the PBX.',
     'rfc5079', 'section 5');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('gen-428-unsigned', 1, 'operator', 'Read the INVITE as it left the originating carrier (its trace, or the terminating side''s): no Identity header.', 'rfc8224', 'section 4'),
    ('gen-428-unsigned', 2, 'operator', 'Note the calling number and the carrier the call left through; ask that carrier whether it signs the account''s calls and with which attestation.', 'rfc8588', 'section 4'),
    ('gen-428-unsigned', 3, 'customer', 'Send calls with a caller ID the carrier can attest (a number of the account, in E.164 in P-Asserted-Identity), over the carrier that signs them.', 'tw-32020', 'PASSporT'),
    ('gen-428-unsigned', 4, 'operator', 'Re-test and confirm the INVITE now carries an Identity header and is answered.', 'rfc8224', 'section 6.2.2'),
    ('gen-428-stripped', 1, 'operator', 'Compare the INVITE on both sides of each SBC or B2BUA on the way: where the Identity header disappears is the device to fix.', 'rfc8224', 'section 4'),
    ('gen-428-stripped', 2, 'customer', 'Set that device to pass the Identity header through unchanged (header manipulation, transparency or STIR/SHAKEN pass-through setting).', 'siptriage', NULL),
    ('gen-428-stripped', 3, 'operator', 'Re-test and confirm the header reaches the terminating side.', 'rfc8224', 'section 6.2.2'),
    ('gen-identity-invalid', 1, 'operator', 'Copy the Identity header of the INVITE and the final response (436, 437 or 438, with its reason phrase and any Reason or Warning header).', 'rfc8224', 'section 6.2.2'),
    ('gen-identity-invalid', 2, 'operator', 'Decode the PASSporT (the part before the first dot is the header, the second the claims): compare orig and dest tn with the From and To numbers as the callee received them, and iat with the call time.', 'rfc8225', 'section 5'),
    ('gen-identity-invalid', 3, 'customer', 'If a device after the signer rewrites the calling or called number (adding or removing +, a prefix, a country code), make it keep the numbers as signed.', 'rfc8224', 'section 6.2'),
    ('gen-identity-invalid', 4, 'operator', 'For 436 try to fetch the info= certificate URL from outside; for 437 note the certificate''s issuer. Send both to the signing carrier.', 'rfc8224', 'section 6.2.2'),
    ('gen-identity-invalid', 5, 'operator', 'Escalate to the carrier that signed the call with the Identity header, the response and the time.', 'rfc8224', 'section 6.2.2'),
    ('gen-436-cert-url', 1, 'operator', 'Copy the Identity header of the INVITE and read its info= parameter: the HTTPS URL of the signer''s certificate.', 'rfc8224', 'section 4'),
    ('gen-436-cert-url', 2, 'operator', 'Fetch that URL from outside the signer''s network (for example curl -v URL): it must answer 200 with the certificate, not a redirect to a login page, a 404 or a TLS error.', 'rfc8224', 'section 6.2.2, 436'),
    ('gen-436-cert-url', 3, 'customer', 'If certificate hosting moved, publish the certificate at the new URL and set the signer to send that URL in info= (or keep the old URL serving it).', 'siptriage', NULL),
    ('gen-436-cert-url', 4, 'operator', 'Re-test and confirm the call is no longer refused with 436.', 'rfc8224', 'section 6.2.2, 436'),
    ('gen-437-credential', 1, 'operator', 'Fetch the certificate from the info= URL of the Identity header and note its issuer and its chain.', 'rfc8224', 'section 6.2.2, 437'),
    ('gen-437-credential', 2, 'customer', 'Check that the issuing STI-CA is on the STI-PA''s list of trusted certification authorities and that the certificate is sent with its full chain; a certificate from a new CA is refused until the verifiers trust that CA.', 'siptriage', NULL),
    ('gen-437-credential', 3, 'operator', 'Send the issuer and the Identity header to the signing carrier or service and ask it to sign with a certificate the terminating verifiers support.', 'rfc8224', 'section 6.2.2, 437'),
    ('gen-438-invalid', 1, 'operator', 'Copy the Identity header of the INVITE and the 438 with its reason phrase and any Reason header (for example Reason text "Stale Date").', 'rfc8224', 'section 6.2.2, 438'),
    ('gen-438-invalid', 2, 'operator', 'Decode the PASSporT (the part before the first dot is the header, the second the claims): compare orig and dest tn with the From and To numbers as the callee received them, and iat with the call time.', 'rfc8225', 'section 5'),
    ('gen-438-invalid', 3, 'operator', 'For Stale Date: compare iat with the Date header and the time the INVITE reached the verifier; a gap of more than a minute points to a clock (NTP) at the signer or the verifier, or to an INVITE delayed or replayed on the way.', 'rfc8224', 'section 6.2'),
    ('gen-438-invalid', 4, 'customer', 'If a device after the signer rewrites the calling or called number (adding or removing +, a prefix, a country code), make it keep the numbers as signed.', 'rfc8224', 'section 6.2'),
    ('gen-438-invalid', 5, 'operator', 'Escalate to the carrier that signed the call with the Identity header, the response and the times.', 'rfc8224', 'section 6.2.2, 438'),
    ('gen-identity-verifier', 1, 'operator', 'Collect the Identity header as sent, the response with its reason, and the exact time of the call.', 'rfc8224', 'section 6.2.2'),
    ('gen-identity-verifier', 2, 'operator', 'Escalate to the terminating carrier''s NOC: its verifier refuses a header that verifies elsewhere.', 'siptriage', NULL),
    ('gen-433-anonymous', 1, 'operator', 'Read the Privacy header and the From of the INVITE: Privacy: id or an anonymous From hides the caller.', 'rfc3323', 'section 4.2'),
    ('gen-433-anonymous', 2, 'operator', 'Tell the caller the callee refuses anonymous calls: calling with the number shown is the only way through.', 'rfc5079', 'section 5'),
    ('gen-433-anonymous', 3, 'customer', 'If the number was hidden by a PBX default rather than the caller''s choice, turn off caller-ID restriction (CLIR) for that extension or route.', 'siptriage', NULL),
    ('gen-433-no-identity', 1, 'operator', 'Read the From, P-Asserted-Identity and Privacy headers of the INVITE as it left the PBX.', 'rfc3325', 'section 9.1'),
    ('gen-433-no-identity', 2, 'customer', 'Set the trunk''s outbound caller ID on the PBX: a number of the account, in E.164, in From and P-Asserted-Identity.', 'tw-ts', '403 Invalid Caller ID'),
    ('gen-433-no-identity', 3, 'operator', 'Re-test and confirm the call is answered.', 'rfc5079', 'section 5');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('gen-428', '428 Use Identity Header: the call was not signed, or its signature was lost on the way', 'q1', NULL, 'rfc8224', 'section 6.2.2'),
    ('gen-436', '436 Bad Identity Info: the certificate URL of the Identity header could not be used', 'q1', NULL, 'rfc8224', 'section 6.2.2, 436'),
    ('gen-437', '437 Unsupported Credential: the verifier does not support or trust the certificate', 'q1', NULL, 'rfc8224', 'section 6.2.2, 437'),
    ('gen-438', '438 Invalid Identity Header: the signature or claims do not fit the call', 'q1', NULL, 'rfc8224', 'section 6.2.2, 438'),
    ('gen-433', '433 Anonymity Disallowed: the callee refuses anonymous calls', 'q1', NULL, 'rfc5079', 'section 5');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-428', 'q1', 'identity-present', 'no', NULL, 'gen-428-stripped', NULL, 'gen-428-unsigned'),
    -- One tree per code: each code names its own failure (RFC 8224
    -- section 6.2.2; outside review F10).
    ('gen-436', 'q1', 'identity-valid', 'no', NULL, 'gen-identity-verifier', NULL, 'gen-436-cert-url'),
    ('gen-437', 'q1', 'identity-valid', 'no', NULL, 'gen-identity-verifier', NULL, 'gen-437-credential'),
    ('gen-438', 'q1', 'identity-valid', 'no', NULL, 'gen-identity-verifier', NULL, 'gen-438-invalid'),
    ('gen-433', 'q1', 'privacy-ok', 'no', 'q2', NULL, NULL, 'gen-433-anonymous'),
    ('gen-433', 'q2', 'pai-present', 'no', NULL, 'gen-433-anonymous', NULL, 'gen-433-no-identity');
INSERT INTO tree_match (vendor, code, class, initiator, reason, tree, source, cite) VALUES
    ('generic', 428, NULL, NULL, NULL, 'gen-428', 'rfc8224', 'section 6.2.2'),
    ('generic', 436, NULL, NULL, NULL, 'gen-436', 'rfc8224', 'section 6.2.2, 436'),
    ('generic', 437, NULL, NULL, NULL, 'gen-437', 'rfc8224', 'section 6.2.2, 437'),
    ('generic', 438, NULL, NULL, NULL, 'gen-438', 'rfc8224', 'section 6.2.2, 438'),
    ('generic', 433, NULL, NULL, NULL, 'gen-433', 'rfc5079', 'section 5');

-- ----------------------------------------------------------------------------
-- Severity floors: failures that stop every call until someone acts.

INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('gen-billing-no-credit', 'immediate', 'Without credit every call is refused (and prepaid calls are cut) until the account is topped up.', 'domain-notes', 'section 1.2, no balance row'),
    ('gen-account-inactive', 'immediate', 'A suspended or closed account refuses every call whatever the technical setup.', 'domain-notes', 'section 9, item 5'),
    ('gen-no-common-codec', 'immediate', 'Every call between the two systems fails until they share a codec.', 'domain-notes', 'section 6'),
    ('gen-srtp-mismatch', 'immediate', 'Every call fails while one side offers SRTP and the other plain RTP.', 'domain-notes', 'section 6'),
    ('gen-udp-too-large', 'immediate', 'Every INVITE over the size limit vanishes: all calls with a large SDP fail.', 'mtu', '1300-byte rule'),
    ('gen-auth-bad-creds', 'immediate', 'Rejected credentials fail every call and registration of that trunk or device.', 'domain-notes', 'section 4, alarming'),
    ('gen-capacity-limit', 'track', 'A limit reached refuses calls at every peak until it is raised or the traffic paced.', 'domain-notes', 'section 9, item 10'),
    ('gen-486-pbx-limit', 'track', 'The PBX answers busy for free people whenever it runs out of channels or licences.', 'zap', '486 channel licences'),
    ('gen-403-register-refused', 'immediate', 'An unregistered trunk or phone receives no call at all until the registrar accepts it again.', 'rfc3261', 'section 10'),
    ('gen-403-register-nochallenge', 'immediate', 'An unregistered trunk or phone receives no call at all until the registrar accepts it again.', 'rfc3261', 'section 10'),
    ('gen-ring-timeout', 'normal', 'The likely outcome is the callee not answering, which is everyday traffic: normal unless it is widespread or the timer is shorter than people need to answer. Q.850 cause 19 (no answer, user alerted) is a normal-class cause, which RFC 3398 maps to 480.', 'rfc3398', 'section 7.2.4.1'),
    ('gen-428-unsigned', 'immediate', 'Every unsigned call to a network that enforces STIR/SHAKEN is refused.', 'rfc8224', 'section 6.2.2'),
    ('gen-identity-invalid', 'immediate', 'Every call signed this way fails verification.', 'rfc8224', 'section 6.2.2'),
    ('gen-436-cert-url', 'immediate', 'Every call signed with this certificate URL fails verification.', 'rfc8224', 'section 6.2.2, 436'),
    ('gen-437-credential', 'immediate', 'Every call signed with this certificate fails verification.', 'rfc8224', 'section 6.2.2, 437'),
    ('gen-438-invalid', 'immediate', 'Every call signed or rewritten this way fails verification.', 'rfc8224', 'section 6.2.2, 438');


-- Outside review 5, R22: the allowlist holds the address the far end sees.
-- A private source address (RFC 1918 section 3) is the caller's inside of
-- its NAT; the far end sees, and records in received= (RFC 3261 section
-- 18.2.1), the public one.  src/trace.c adds this note to a private caller
-- source IP it reads from a trace.
INSERT INTO note (vendor, code, check_id, topic, body, source, cite) VALUES
    ('generic', NULL, 'allowlist', 'A private source IP is not the allowlisted one',
     'A private address (RFC 1918: 10.x, 172.16-31.x, 192.168.x) is seen only inside the caller''s network: the allowlist must hold the public address its NAT or SBC sends from, which a capture taken inside that network does not show. Read it in a capture taken outside the NAT (WAN side), in the NAT rule, or in the far end''s received= or its log.',
     'rfc1918', 'section 3; RFC 3261 section 18.2.1 (received=)');

-- Outside review 5: gen-503-overload is what is left when the 503 names no
-- temporary condition and account, access and limits are taken as fine, and
-- gen-403-all-destinations when the account, its credit and its caller ID
-- are; each cause rests on those assumptions, so an answer such as
-- widespread = yes does not make them moot (the checklist keeps their
-- checks first).
INSERT INTO outcome_residual (outcome, source, cite) VALUES
    ('gen-503-overload', 'siptriage', 'the cause names the checks it rests on (account, access, limits, no Retry-After or Q.850 41/34/42)'),
    ('gen-403-all-destinations', 'siptriage', 'the cause names the checks it rests on (account active and funded, caller ID accepted)');
