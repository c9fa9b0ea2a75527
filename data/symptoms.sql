-- Symptoms: the second way into the trees (issue 8, DESIGN.md "Public
-- vocabulary").  Many tickets carry no telling code: "one-way audio", "the
-- call drops after 30 seconds", "the IVR does not take digits".  Each symptom
-- below has a generic route (a tree, ids 'sym-...') that asks the checks that
-- separate its causes, names where to look (the SDP lines, the ACK in the
-- ladder, the Contact header) and cites its sources like the code trees.
-- Outcome ids are prefixed 'sym-'.  Escalation targets as in generic.sql:
-- CUST customer's PBX/SBC admin, NET L2 network, ENG L2 platform engineering,
-- CARR carrier NOC, VEND SBC/PBX vendor.
--
-- To add a symptom: a row in `symptom` (id in lower case with hyphens), a
-- tree with its outcomes, a generic row in `symptom_match`, the id in the man
-- page's list, two golden tickets (tests/golden/), a lesson with its
-- annotated excerpt in learn.sql (`kb check`: "no lesson") and a practice
-- ticket in practice.sql.  A vendor's own route
-- is one more symptom_match row with its vendor id.

INSERT INTO symptom (id, label, meaning, where_to_look, words, severity, severity_reason, source, cite) VALUES
    ('one-way-audio', 'One-way audio',
     'The call is answered and one party hears the other, but not the reverse.',
     'The c= and m=audio lines of the SDP offer and answer (INVITE, 183, 200 OK, re-INVITEs); the RTP streams in a capture taken at each end (Wireshark Telephony > RTP > RTP Streams): which direction has packets.',
     'one way, one-way, one direction, cannot hear, can''t hear, only one side hears, hear only, half audio, no audio one way',
     'immediate', 'A NAT or firewall fault behind one-way audio hits every call on the trunk: the callers cannot hold a conversation.',
     'domain-notes', 'section 3, NAT / Via / Contact'),
    ('no-audio', 'No audio',
     'The call is answered but neither party hears the other (dead air).',
     'The c= and m=audio lines (address, port, RTP/AVP or RTP/SAVP profile, codecs) of the offer and the answer and of every re-INVITE; the RTP streams at each end of the call.',
     'no audio, no sound, dead air, silence, silent call, nothing heard, both sides silent',
     'immediate', 'Calls that connect in silence fail the caller as surely as a refused call, and usually every call on the path.',
     'domain-notes', 'section 3, NAT / Via / Contact; TLS / SRTP'),
    ('drops-after-answer', 'Call drops about 30 seconds after answer',
     'The call is answered, works, and is cut after about 30 to 32 seconds, every time.',
     'The ladder of the call at the answering side: the 200 OK re-sent again and again, the ACK (or its absence), and the BYE at about 32 s; the Contact and Record-Route of the 200 OK.',
     'drops, dropped, drop, cut off, disconnects, hangs up, 30 seconds, 32 seconds, half a minute, no ack',
     'immediate', 'A lost ACK ends every call on the path at the same moment; no call longer than half a minute succeeds.',
     'rfc3261', 'section 13.3.1.4'),
    ('drops-at-interval', 'Calls drop at a fixed length',
     'Answered calls are cut at the same length each time, for example after 15 or 30 minutes, or during a long hold.',
     'The exact call lengths in the CDRs; the Session-Expires, Min-SE and refresher of the INVITE and the 200 OK; the re-INVITE or UPDATE at half that interval and its answer; the RTP streams before the BYE.',
     'drops, dropped, drop, cut off, 15 minutes, 30 minutes, every hour, same length, fixed time, session timer, on hold',
     'immediate', 'A timer fault cuts every call that lasts longer than the interval, always at the same moment.',
     'rfc4028', 'sections 7 and 10'),
    ('dtmf', 'Digits (DTMF) not recognised',
     'Key presses are not recognised by an IVR, a voicemail or a conference bridge, or arrive doubled or garbled.',
     'The a=rtpmap:NNN telephone-event/8000 and a=fmtp lines of the offer and the answer; in the capture, RTP event packets (payload type NNN) or SIP INFO requests when a key is pressed; the DTMF mode of each side.',
     'dtmf, digits, keypad, key presses, touch tone, ivr, telephone-event, rfc 2833, rfc 4733, sip info',
     'immediate', 'Callers who cannot enter digits cannot use the IVR, voicemail or PIN entry at all.',
     'rfc4733', 'section 2'),
    ('registration', 'Trunk or phone does not register',
     'The trunk, PBX or phone shows unregistered, or registers and then stops receiving calls.',
     'The REGISTER requests and their answers in a trace (401/407, the REGISTER with Authorization, 200 OK, 403, 423); the registrar''s status (contact, expiry); the device''s DNS and NAT settings.',
     'register, registration, registering, not registered, unregistered, login, offline, 401 loop, 423, expires, keep-alive',
     'immediate', 'An unregistered trunk or phone receives no call at all.',
     'rfc3261', 'section 10'),
    ('audio-quality', 'Poor audio quality or echo',
     'Calls connect with audio, but it is choppy, robotic, cut, delayed, or a speaker hears an echo of their own voice.',
     'Wireshark Telephony > RTP > RTP Streams of a bad call (lost packets, jitter) at both ends; RTCP reports or the SBC''s call quality statistics; the codec of each leg; who hears the echo.',
     'choppy, robotic, garbled, crackling, breaking up, bad audio, quality, echo, delay, latency, jitter, packet loss, mos',
     'track', 'Quality depends on network conditions that come and go: watch when and on which links it happens, and act on a trend.',
     'lk', 'media quality thresholds'),
    ('caller-id', 'Wrong, missing or rejected caller ID',
     'The callee sees the wrong number, "anonymous" or nothing, or the carrier refuses the call for its caller ID.',
     'The From, P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID and Privacy headers of the INVITE as it leaves the PBX or SBC; the account''s own and verified numbers on the carrier''s portal.',
     'caller id, callerid, cli, clip, calling number, anonymous, withheld, private number, wrong number shown, p-asserted-identity, pai',
     'track', 'A wrong caller ID costs callbacks and trust; it turns into refused calls when the carrier enforces its rules.',
     'rfc3325', 'section 9.1'),
    ('stir-shaken', 'Calls rejected or flagged over caller identity (STIR/SHAKEN)',
     'Calls are refused with 428, 436, 437 or 438, or show as spam, or get 603, 607 or 608 from call-analytics engines.',
     'The Identity header of the INVITE (decoded: attest, orig, dest, iat), the final response and its Call-Info or Reason header, the attestation the originating carrier gives the account''s numbers.',
     'stir, shaken, stir/shaken, identity, attestation, spam, spam likely, robocall, flagged, labelled, 608, 607',
     'track', 'Labels and blocks build up per number over days; a refusal of every call is raised by the outcome.',
     'rfc8224', 'sections 4 and 6.2'),
    ('tls', 'TLS trunk does not connect',
     'A trunk that uses TLS (port 5061), for example Microsoft Teams Direct Routing, shows down, or its calls fail or time out, often after a certificate change.',
     'The TLS handshake on port 5061 (openssl s_client -connect HOST:5061 -servername FQDN -showcerts): certificate dates, chain, names and any TLS alert; the OPTIONS keep-alives both ways; the a=crypto lines of the SDP.',
     'tls, certificate, cert, ssl, 5061, handshake, teams, direct routing, options, sbc, srtp',
     'immediate', 'A TLS trunk that cannot connect carries no call at all.',
     'ms-dr-plan', 'SBC certificate');

-- Everyday words for codes, for the wizard's search.
INSERT INTO code_word (code, words, source, cite) VALUES
    (200, 'answered, connected, bye, no audio, dropped', 'siptriage', NULL),
    (401, 'password, auth, authentication, credentials, register, registration, challenge', 'siptriage', NULL),
    (402, 'credit, balance, payment, funds, billing', 'siptriage', NULL),
    (403, 'forbidden, denied, blocked, allowlist, acl, credit, caller id, password', 'siptriage', NULL),
    (404, 'number, unknown number, not provisioned, not found, did', 'siptriage', NULL),
    (407, 'password, auth, proxy, credentials, register, challenge', 'siptriage', NULL),
    (408, 'timeout, no answer, unreachable, firewall, udp, fragmentation, large invite', 'siptriage', NULL),
    (422, 'session timer, session-expires', 'siptriage', NULL),
    (423, 'register, registration, expires, interval', 'siptriage', NULL),
    (428, 'stir, shaken, identity, unsigned', 'siptriage', NULL),
    (433, 'anonymous, withheld, caller id', 'siptriage', NULL),
    (436, 'stir, shaken, identity, certificate', 'siptriage', NULL),
    (437, 'stir, shaken, identity, certificate', 'siptriage', NULL),
    (438, 'stir, shaken, identity, signature', 'siptriage', NULL),
    (480, 'capacity, limit, channels, unavailable, offline, not registered, no application', 'siptriage', NULL),
    (481, 'drops, nat, contact', 'siptriage', NULL),
    (484, 'number format, incomplete number, e164', 'siptriage', NULL),
    (486, 'busy, capacity, channels, licence, license, limit', 'siptriage', NULL),
    (487, 'cancel, cancelled, canceled, hung up, hangup, abandoned, ringing timeout', 'siptriage', NULL),
    (488, 'codec, sdp, srtp, media', 'siptriage', NULL),
    (503, 'capacity, limit, overload, maintenance, turn-up, allowlist, funds, cps', 'siptriage', NULL),
    (603, 'declined, rejected, credit, spam', 'siptriage', NULL),
    (606, 'codec, sdp, media', 'siptriage', NULL),
    (607, 'spam, unwanted, blocked', 'siptriage', NULL),
    (608, 'spam, analytics, robocall, rejected', 'siptriage', NULL);

-- ----------------------------------------------------------------------------
-- one-way-audio: private address in the SDP, SIP ALG, a side that does not
-- send, a firewall dropping RTP one way, symmetric RTP / NAT settings.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-owa-private-address', 'The SDP of the side that cannot hear carries a private or wrong media address (c= line) or port (m= line): c= and m= say where that side receives (RFC 4566 section 5.7, RFC 3264 section 5), so the other side sends its RTP where it can never arrive and the side with the bad SDP hears nothing.',
     'failure', 'customer', 'L2 network (NET)', 'When both SDPs carry public addresses that match the capture and one direction is still silent.',
     'rfc3264', 'section 5 (the c= and m= lines of an SDP name where its own side receives; RFC 4566 section 5.7); Twilio "Troubleshooting your Trunk", LAN IP in SDP'),
    ('sym-owa-alg', 'A SIP ALG (SIP helper, SIP inspection) on the customer''s router or firewall rewrites the SIP and SDP it forwards and gets the media address or port wrong.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the router setting; to L2 network (NET) if audio stays one-way with the ALG off.',
     'lk', 'NAT'),
    ('sym-owa-not-sending', 'The side that cannot be heard sends no RTP at all: it is muted, on hold, has no codec it can send, or its media server or phone fails; the network is not at fault.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the device is not muted or on hold, the codec is supported and it still sends nothing.',
     'lk', 'did media flow'),
    ('sym-owa-direction', 'An SDP direction attribute stops audio: a=sendonly, a=recvonly or a=inactive left over from a hold that was never resumed, or set by a music-on-hold or media server, tells a side not to send.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the resume re-INVITE carries a=sendrecv and a side still does not send.',
     'rfc3264', 'sections 5.1 and 8.4'),
    ('sym-owa-firewall', 'A firewall lets SIP through but drops RTP in one direction: the RTP port range, or the other side''s media addresses (often other IPs than its signalling ones), are not allowed.',
     'failure', 'customer', 'L2 network (NET)', 'When our own firewall drops it, or the customer''s rules allow the media ranges and packets still vanish.',
     'tw-ts', 'firewall: media IP ranges'),
    ('sym-owa-symmetric', 'The side behind NAT advertises its private address and the other side sends RTP to that address instead of to where the media comes from: symmetric RTP (comedia) is off on the side facing the NAT.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the NAT setting; to the provider if its trunk has the NAT option and it is on.',
     'kam', 'NAT route: force_rport, fix_nated_contact'),
    ('sym-owa-escalate', 'The addresses, the ALG, the sending side, the firewalls and symmetric RTP give no cause, so a media relay in between (an SBC, a media server, the carrier) drops one direction: captures from both ends at the same time show where.',
     'failure', 'platform', 'L2 network (NET)', 'Once captures from both ends of one call show packets leaving one side and never arriving.',
     'lk', 'traces: did media flow');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-owa-private-address', 1, 'operator', 'In the trace read the c= and m=audio lines of the offer and of the answer (INVITE and 200 OK or 183): the address in c= and the port in m= are where that side asks to receive audio. A 10.x, 172.16-31.x or 192.168.x address (or 0.0.0.0) cannot receive from the internet.', 'rfc3264', 'section 5.1'),
    ('sym-owa-private-address', 2, 'operator', 'Compare each c= address with the source IP of that side''s packets in the capture; the silent direction is the one towards the side whose SDP is wrong (if the caller cannot hear the callee, the caller''s SDP is the suspect).', 'tw-ts', 'LAN IP in SDP'),
    ('sym-owa-private-address', 3, 'customer', 'On the PBX behind NAT, set its public (external) IP and its local networks in the NAT settings, so that it writes the public address in c= and Contact.', 'lk', 'use_external_ip'),
    ('sym-owa-private-address', 4, 'customer', 'Turn off the SIP ALG on the router, which may write another wrong address.', 'lk', 'NAT'),
    ('sym-owa-private-address', 5, 'customer', 'Re-test with a call longer than one minute and confirm audio both ways.', 'tw-ts', 'LAN IP in SDP'),

    ('sym-owa-alg', 1, 'operator', 'Compare a capture taken inside the customer''s network with one taken outside (or with the carrier''s): Via, Contact, c= and m= lines that differ between them were rewritten by the router.', 'lk', 'NAT'),
    ('sym-owa-alg', 2, 'customer', 'Turn off the SIP ALG, SIP helper or SIP inspection on the router or firewall; some firewalls have both a SIP session helper and a VoIP inspection profile: turn off both.', 'siptriage', NULL),
    ('sym-owa-alg', 3, 'customer', 'Clear the firewall''s existing UDP sessions for port 5060 (or restart the router): the old sessions keep the ALG until they expire.', 'siptriage', NULL),
    ('sym-owa-alg', 4, 'customer', 'Make sure the PBX itself writes its public address (NAT settings), since the ALG no longer does.', 'lk', 'use_external_ip'),
    ('sym-owa-alg', 5, 'customer', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-owa-not-sending', 1, 'operator', 'In a capture on the silent side''s PBX or SBC, confirm no RTP leaves it towards the other side''s c=/m= address.', 'lk', 'did media flow'),
    ('sym-owa-not-sending', 2, 'customer', 'Check the silent phone or application: microphone muted, call on hold, headset unplugged, the application not connected to the media.', 'siptriage', NULL),
    ('sym-owa-not-sending', 3, 'operator', 'Read the codec the answer chose (the first on the m= line of the answer) and check the silent device supports it.', 'lk', 'codecs: first codec in the answer'),
    ('sym-owa-not-sending', 4, 'customer', 'Test with another phone on the same PBX; if it works, the first device (or its firmware) is at fault, else the PBX''s media handling.', 'siptriage', NULL),

    ('sym-owa-direction', 1, 'operator', 'Read the a=sendrecv, a=sendonly, a=recvonly or a=inactive line of the last offer and answer, including every re-INVITE after a hold.', 'rfc3264', 'section 5.1'),
    ('sym-owa-direction', 2, 'operator', 'If a hold re-INVITE (a=sendonly or a=inactive) is never followed by a resume (a=sendrecv), the side that held the call did not resume it.', 'rfc3264', 'section 8.4'),
    ('sym-owa-direction', 3, 'customer', 'Update or reconfigure the device or media server that leaves the wrong direction (hold and resume settings, music on hold); test hold and resume.', 'siptriage', NULL),

    ('sym-owa-firewall', 1, 'operator', 'Find the silent direction: capture at the firewall''s outside and inside interfaces; RTP that arrives outside and is missing inside is dropped by the firewall.', 'siptriage', NULL),
    ('sym-owa-firewall', 2, 'customer', 'Allow UDP from all of the carrier''s or platform''s media IP ranges (they often differ from its signalling IPs) to the PBX''s RTP port range, and the replies.', 'tw-ts', 'firewall: media IP ranges'),
    ('sym-owa-firewall', 3, 'customer', 'If the PBX sits behind NAT without symmetric RTP, forward its RTP port range to it.', 'siptriage', NULL),
    ('sym-owa-firewall', 4, 'customer', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-owa-symmetric', 1, 'operator', 'In the capture, check where the other side sends its RTP: to the private address in the SDP (wrong), or back to the address and port the NATed side''s RTP comes from (right).', 'kam', 'NAT route'),
    ('sym-owa-symmetric', 2, 'customer', 'Turn on symmetric RTP on the PBX or SBC that faces the NATed device (comedia, rtp_symmetric, NAT=yes, or the trunk''s NAT traversal option), and rport and Contact rewriting for the signalling.', 'kam', 'NAT route: force_rport, fix_nated_contact'),
    ('sym-owa-symmetric', 3, 'customer', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-owa-escalate', 1, 'operator', 'Capture the same call at both ends at the same time (the customer''s PBX and the platform''s SBC or the carrier''s side).', 'lk', 'traces'),
    ('sym-owa-escalate', 2, 'operator', 'Find the last point where the silent direction''s RTP is still seen and the first where it is missing.', 'lk', 'traces'),
    ('sym-owa-escalate', 3, 'operator', 'Escalate to L2 network with both captures, the Call-ID and the time; to the carrier NOC if the RTP is lost inside the carrier''s network.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-one-way-audio', 'One-way audio: SDP address, SIP ALG, sending side, firewall, symmetric RTP', 'q1', NULL, 'domain-notes', 'section 3, NAT / Via / Contact');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- The SDP address is read in the trace in a minute and is the usual cause.
    ('sym-one-way-audio', 'q1', 'nat-clean', 'no', 'q2', NULL, NULL, 'sym-owa-private-address'),
    ('sym-one-way-audio', 'q2', 'sip-alg-off', 'yes', 'q3', NULL, NULL, 'sym-owa-alg'),
    ('sym-one-way-audio', 'q3', 'rtp-sent', 'yes', 'q4', NULL, 'q6', NULL),
    ('sym-one-way-audio', 'q6', 'sdp-direction', 'yes', NULL, 'sym-owa-not-sending', NULL, 'sym-owa-direction'),
    ('sym-one-way-audio', 'q4', 'rtp-ports-open', 'no', 'q5', NULL, NULL, 'sym-owa-firewall'),
    ('sym-one-way-audio', 'q5', 'symmetric-rtp', 'no', NULL, 'sym-owa-escalate', NULL, 'sym-owa-symmetric');

-- ----------------------------------------------------------------------------
-- no-audio: media address unreachable, firewall, SRTP/RTP profile, codec,
-- codec change after a re-INVITE.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-noaudio-address', 'The SDPs give media addresses the other side cannot reach (private addresses on both sides, 0.0.0.0, or a NAT with no route back for RTP), so audio goes nowhere in either direction.',
     'failure', 'customer', 'L2 network (NET)', 'When both SDPs carry public, reachable addresses and no RTP arrives.',
     'tw-ts', 'LAN IP in SDP'),
    ('sym-noaudio-firewall', 'A firewall passes the SIP signalling (port 5060/5061) but drops RTP in both directions: the RTP port range or the media IPs are not allowed.',
     'failure', 'customer', 'L2 network (NET)', 'When the rules allow the media ranges and no RTP arrives, or our own firewall drops it.',
     'tw-ts', 'firewall: media IP ranges'),
    ('sym-noaudio-srtp', 'One side sends SRTP (RTP/SAVP with a=crypto) and the other expects plain RTP, or their keys differ: packets flow but cannot be decoded, so both hear silence.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When both sides are set to the same media encryption and audio is still silent.',
     'rfc3711', 'section 3'),
    ('sym-noaudio-codec', 'The two sides do not use the same codec for the same payload type: the answer names a codec the other side cannot decode, or dynamic payload numbers are mapped to different codecs, so the audio cannot be played.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When both sides send and receive the same codec and audio is still silent.',
     'rfc3264', 'section 6.1'),
    ('sym-noaudio-reinvite', 'Audio worked until a re-INVITE or UPDATE (hold and resume, transfer, session refresh) moved the call to a codec, address or port one side cannot use.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the re-INVITE''s SDP looks valid and audio still stops after it.',
     'rfc3264', 'section 8'),
    ('sym-noaudio-escalate', 'The addresses, firewalls, media encryption and codecs give no cause, so a media relay between the sides (an SBC, a media server, the carrier) drops the audio: captures from both ends at the same time show where.',
     'failure', 'platform', 'L2 network (NET)', 'Once captures from both ends of one call are attached.',
     'lk', 'traces: did media flow');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-noaudio-address', 1, 'operator', 'Read the c= and m=audio lines of the offer and the answer: a private address (10.x, 172.16-31.x, 192.168.x) or 0.0.0.0 on a side means nobody can send to it.', 'rfc3264', 'section 5.1'),
    ('sym-noaudio-address', 2, 'operator', 'Compare each c= address with the source IP of that side''s packets in the capture.', 'tw-ts', 'LAN IP in SDP'),
    ('sym-noaudio-address', 3, 'customer', 'Set the public IP and local networks in the NAT settings of the PBX behind NAT, and turn off the router''s SIP ALG.', 'lk', 'use_external_ip'),
    ('sym-noaudio-address', 4, 'customer', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-noaudio-firewall', 1, 'operator', 'In captures on both sides, check whether RTP leaves each side and whether it arrives: packets that leave and never arrive are dropped on the way.', 'lk', 'did media flow'),
    ('sym-noaudio-firewall', 2, 'customer', 'Allow UDP between the PBX''s RTP port range and all of the carrier''s or platform''s media IP ranges, in both directions.', 'tw-ts', 'firewall: media IP ranges'),
    ('sym-noaudio-firewall', 3, 'customer', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-noaudio-srtp', 1, 'operator', 'Read the m=audio line of the offer and the answer: RTP/AVP is plain RTP, RTP/SAVP (with a=crypto lines) or UDP/TLS/RTP/SAVP is SRTP. They must match.', 'rfc4568', 'section 6'),
    ('sym-noaudio-srtp', 2, 'customer', 'Set the same media encryption on both sides (SRTP on both, or off on both); for SRTP with a=crypto keys, use TLS for the signalling so the keys are not sent in clear.', 'rfc4568', 'section 8'),
    ('sym-noaudio-srtp', 3, 'customer', 'Check that both offer a common crypto suite (for example AES_CM_128_HMAC_SHA1_80).', 'rfc4568', 'section 6.2'),
    ('sym-noaudio-srtp', 4, 'operator', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-noaudio-codec', 1, 'operator', 'Read the m=audio and a=rtpmap lines of the offer and the answer: the answer must pick codecs from the offer, and a dynamic payload number (96-127) must mean the same codec on both sides.', 'rfc3264', 'section 6.1'),
    ('sym-noaudio-codec', 2, 'customer', 'Limit both sides to one codec they both support (G.711 PCMU or PCMA is the safe choice) and test again.', 'siptriage', NULL),
    ('sym-noaudio-codec', 3, 'operator', 'If the answer names a codec that was not offered, escalate to the vendor of the side that answered.', 'rfc3264', 'section 6.1'),

    ('sym-noaudio-reinvite', 1, 'operator', 'Find the last re-INVITE or UPDATE before the audio stopped and compare its SDP (c=, m=, a=rtpmap, direction) with the first offer and answer.', 'rfc3264', 'section 8'),
    ('sym-noaudio-reinvite', 2, 'operator', 'For a transfer, check that the new media address (the transfer target''s c= line) is reachable from the other side.', 'rfc3264', 'section 8.3'),
    ('sym-noaudio-reinvite', 3, 'customer', 'Make the device re-offer the codec in use (not a new one) on hold, resume and refresh, or update its firmware.', 'siptriage', NULL),
    ('sym-noaudio-reinvite', 4, 'operator', 'Re-test hold, resume and transfer and confirm audio continues.', 'siptriage', NULL),

    ('sym-noaudio-escalate', 1, 'operator', 'Capture the same call at both ends at the same time.', 'lk', 'traces'),
    ('sym-noaudio-escalate', 2, 'operator', 'Find where the RTP stops being seen in each direction.', 'lk', 'traces'),
    ('sym-noaudio-escalate', 3, 'operator', 'Escalate to L2 network with both captures, the Call-ID and the time.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-no-audio', 'No audio: media address, firewall, SRTP vs RTP, codec, re-INVITE', 'q1', NULL, 'domain-notes', 'section 3');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-no-audio', 'q1', 'nat-clean', 'no', 'q2', NULL, NULL, 'sym-noaudio-address'),
    ('sym-no-audio', 'q2', 'rtp-ports-open', 'no', 'q3', NULL, NULL, 'sym-noaudio-firewall'),
    ('sym-no-audio', 'q3', 'media-encryption', 'yes', 'q4', NULL, NULL, 'sym-noaudio-srtp'),
    -- Audio never flowed, same profile on both sides, but SRTP keying that does not match
    -- (no shared a=crypto suite, SDES against DTLS-SRTP) gives no usable
    -- media either (RFC 4568 section 6; Telnyx B3).
    ('sym-no-audio', 'q7', 'srtp-keys-match', 'yes', 'q6', NULL, NULL, 'sym-noaudio-srtp'),
    ('sym-no-audio', 'q4', 'codecs', 'yes', 'q5', NULL, NULL, 'sym-noaudio-codec'),
    ('sym-no-audio', 'q5', 'codec-after-reinvite', 'yes', 'q7', NULL, NULL, 'sym-noaudio-reinvite'),
    ('sym-no-audio', 'q6', 'sdp-direction', 'yes', NULL, 'sym-noaudio-escalate', NULL, 'sym-owa-direction');

-- ----------------------------------------------------------------------------
-- drops-after-answer: the ACK (64*T1), the Contact / Record-Route of the
-- 200 OK, NAT and ALG; no media; a BYE sent on purpose.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-drop-contact', 'The ACK never reaches the side that answered because the Contact (or Record-Route) of its 200 OK names an address, port or transport the caller cannot reach, typically the answering PBX''s private IP behind NAT. The answering side re-sends its 200 OK for 64*T1 (32 s), gets no ACK, and ends the call with a BYE.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the NAT setting; to L2 network (NET) if the Contact is public and reachable and the ACK is still lost.',
     'rfc3261', 'section 13.3.1.4'),
    ('sym-drop-alg', 'A SIP ALG on the customer''s router rewrites the Contact, Via or Record-Route of the 200 OK or the ACK, so the ACK is sent where nobody waits for it: the call drops at about 32 s.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the router setting.',
     'tw-ts', 'NAT / Via / Contact: 20-30 s drops'),
    ('sym-drop-ack-lost', 'The Contact of the 200 OK is reachable on paper, yet the ACK never arrives: the caller does not send it, sends it over another transport (UDP against TCP), or a firewall drops in-dialog requests. Without it the call ends at about 32 s.',
     'failure', 'customer', 'L2 network (NET)', 'Once captures at both ends show where the ACK is lost.',
     'rfc3261', 'section 13.3.1.4'),
    ('sym-drop-no-media', 'The ACK arrived, but no audio flowed: a media (RTP) timeout ended the call. The walk goes on with the no-audio route.',
     'failure', 'operator', NULL, NULL,
     'lk', 'RTP timeout: no media within 30 s'),
    ('sym-drop-bye', 'The ACK and the audio were fine: the BYE that ended the call was sent on purpose, by a timer (a short Session-Expires, a no-media or maximum-duration timer) or by a person or an application.',
     'failure', 'operator', 'L2 platform engineering (ENG)', 'When the BYE came from the platform and no configured timer explains it.',
     'domain-notes', 'section 5, traces');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-drop-contact', 1, 'operator', 'In a capture at the answering side, look for the 200 OK sent again and again (about 0.5, 1, 2, 4, 4, 4 s apart), no ACK arriving, and a BYE about 32 s after the answer.', 'rfc3261', 'sections 13.3.1.4 and 17.1.1.2'),
    ('sym-drop-contact', 2, 'operator', 'Read the Contact and Record-Route headers of that 200 OK: a 10.x, 172.16-31.x or 192.168.x address, a port the NAT does not forward, or a transport the caller does not use is where the ACK goes astray.', 'rfc3261', 'section 12.1.2'),
    ('sym-drop-contact', 3, 'customer', 'Inbound calls (the customer''s PBX answered): on that PBX behind NAT, set its public IP and local networks in the NAT settings so its Contact carries the public address, or turn on the provider''s NAT handling (Contact rewriting) for the trunk. Outbound calls (the far end answered): check that the customer''s PBX sends the ACK to the Contact of the far end''s 200 OK, through its Record-Route, and that the customer''s router lets it out unchanged.', 'kam', 'NAT route: fix_nated_contact'),
    ('sym-drop-contact', 4, 'customer', 'Turn off the router''s SIP ALG, which may rewrite the Contact wrongly.', 'lk', 'NAT'),
    ('sym-drop-contact', 5, 'customer', 'Re-test with a call longer than 40 seconds.', 'tw-ts', 'NAT / Via / Contact'),

    ('sym-drop-alg', 1, 'operator', 'Compare the 200 OK and the ACK inside and outside the customer''s router: a Contact, Via or Record-Route changed between the two was rewritten by the ALG.', 'tw-ts', 'NAT / Via / Contact'),
    ('sym-drop-alg', 2, 'customer', 'Turn off the SIP ALG, SIP helper or SIP inspection, clear the firewall''s UDP sessions for port 5060, and set the PBX''s own NAT settings.', 'lk', 'NAT'),
    ('sym-drop-alg', 3, 'customer', 'Re-test with a call longer than 40 seconds.', 'siptriage', NULL),

    ('sym-drop-ack-lost', 1, 'operator', 'Capture at the calling side too: does the caller send the ACK, to which address and port, over which transport?', 'rfc3261', 'section 13.2.2.4'),
    ('sym-drop-ack-lost', 2, 'operator', 'If the caller sends it and it never arrives, find the firewall or proxy on the way that drops it (a Record-Route proxy that is not reachable on the transport used).', 'rfc3261', 'section 16.12'),
    ('sym-drop-ack-lost', 3, 'operator', 'If the caller does not send it at all, escalate to the vendor of the calling side with the capture.', 'siptriage', NULL),
    ('sym-drop-ack-lost', 4, 'operator', 'Escalate to L2 network with captures from both ends, the Call-ID and the time.', 'domain-notes', 'section 5'),

    ('sym-drop-no-media', 1, 'operator', 'Note which side sent the BYE and whether its Reason header or the call log names an RTP or media timeout.', 'didww-cl', 'RTP Timeout'),

    ('sym-drop-bye', 1, 'operator', 'Read who sent the BYE (its Via, From or To tag) and its Reason header (a Q.850 cause, or text such as session timer or max duration).', 'domain-notes', 'section 5, traces'),
    ('sym-drop-bye', 2, 'operator', 'Compare the call length with the Session-Expires of the INVITE and the 200 OK: a refresh that fails ends the call at that length; then use the drops-at-interval route.', 'rfc4028', 'section 10'),
    ('sym-drop-bye', 3, 'operator', 'Check the platform''s or application''s log for the call: a flow or application that ended it on purpose.', 'seed-000', '487 row: inspect the call Flow'),
    ('sym-drop-bye', 4, 'operator', 'Escalate to L2 platform engineering with the trace if the platform sent the BYE and no timer explains it.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-drops-after-answer', 'Call drops about 30 s after answer: ACK, Contact / Record-Route, NAT, media', 'q1', NULL, 'rfc3261', 'section 13.3.1.4');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- A drop at 30-32 s is a lost ACK until the ladder says otherwise.
    ('sym-drops-after-answer', 'q1', 'ack-received', 'no', 'q4', NULL, 'q2', NULL),
    ('sym-drops-after-answer', 'q2', 'contact-routable', 'no', 'q3', NULL, NULL, 'sym-drop-contact'),
    ('sym-drops-after-answer', 'q3', 'sip-alg-off', 'yes', NULL, 'sym-drop-ack-lost', NULL, 'sym-drop-alg'),
    ('sym-drops-after-answer', 'q4', 'media-flowing', 'yes', NULL, 'sym-drop-bye', NULL, 'sym-drop-no-media');
-- The generic 200 tree (generic.sql) asks the same after "did audio flow":
-- an answered call whose ACK never arrived is dropped by the answering side
-- after 64*T1, about 32 s (RFC 3261 section 13.3.1.4).
-- After the ACK: a session timer nobody refreshed ends an answered call at
-- the same length every time (RFC 4028 section 10); a trace answers it from
-- Session-Expires, the missing refresh and the BYE (data/trace.sql).
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-200', 'q3', 'ack-received', 'yes', 'q6', NULL, 'q4', NULL),
    ('gen-200', 'q4', 'contact-routable', 'no', 'q5', NULL, NULL, 'sym-drop-contact'),
    ('gen-200', 'q5', 'sip-alg-off', 'yes', NULL, 'sym-drop-ack-lost', NULL, 'sym-drop-alg');

-- ----------------------------------------------------------------------------
-- drops-at-interval: session timers (RFC 4028), RTP timeout on hold, a
-- maximum call duration.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-interval-session-timer', 'A session refresh failed or never came: the refresher (refresher= in the 200 OK) sent no re-INVITE or UPDATE at half the Session-Expires interval, or the one it sent got an error (for example 405 or 501 from a side that does not do UPDATE, 481, 488) or no answer at all (a NAT or firewall had closed the signalling path), so the session expired and the other side tore it down with a BYE shortly before the end. Calls then drop at the same length, often 15 or 30 minutes.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the timer setting; to the SBC/PBX vendor (VEND) if the refresh looks valid and is still refused.',
     'rfc4028', 'sections 7 and 10'),
    ('sym-interval-rtp-timeout', 'A side on hold (or silent, with silence suppression) sent no RTP for longer than an RTP inactivity timer, and the platform, the carrier or a firewall ended the call.',
     'failure', 'customer', 'L2 network (NET)', 'When the timer that ended the call is ours and shorter than a normal hold.',
     'didww-cl', 'RTP Timeout'),
    ('sym-interval-max-duration', 'A maximum call duration set on the trunk, the PBX, the platform or the carrier ends every call at the same length.',
     'failure', 'customer', 'L2 provisioning (PROV)', 'When the limit is the platform''s and must be raised for this account.',
     'didww-cl', '200 System'),
    ('sym-interval-escalate', 'The refreshes, the hold and the duration limits give no cause, yet calls end at the same length: a timer of a device in between (an SBC, a firewall''s SIP session timer) cuts them.',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'With the trace of one dropped call from INVITE to BYE and the list of call lengths.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-interval-session-timer', 1, 'operator', 'Read Session-Expires, Min-SE and refresher= in the INVITE and the 200 OK; compare the length of the dropped calls with that interval (a refresh is due at half of it).', 'rfc4028', 'sections 7 and 9'),
    ('sym-interval-session-timer', 2, 'operator', 'In the trace find the refresh (re-INVITE or UPDATE) at half the interval and its answer: an error code, or no answer and then the BYE.', 'rfc4028', 'section 10'),
    ('sym-interval-session-timer', 3, 'customer', 'If no refresh was sent at all, the refresher failed its duty: refresher=uac names the caller, uas the callee. Turn its session timer support on (for example Asterisk''s timers option on the endpoint), or have the other side refresh instead; NAT is not the cause.', 'rfc4028', 'sections 7.2 and 10'),
    ('sym-interval-session-timer', 4, 'customer', 'If the refresh was refused (405 or 501 to an UPDATE), make the refresher use re-INVITE, or let the side that can refresh do it (refresher=uac or uas), or turn session timers off on the side that cannot handle them.', 'rfc4028', 'section 7.1'),
    ('sym-interval-session-timer', 5, 'customer', 'If the refresh got no answer, raise the firewall''s or NAT''s UDP/SIP session timeout above the interval, or send keep-alives, so the path stays open.', 'rfc5626', 'section 4.4.1'),
    ('sym-interval-session-timer', 6, 'customer', 'Re-test with a call longer than the interval.', 'siptriage', NULL),

    ('sym-interval-rtp-timeout', 1, 'operator', 'Find which side stopped sending RTP before the BYE; the call log may say RTP Timeout (Origination) or (Destination).', 'didww-cl', 'RTP Timeout'),
    ('sym-interval-rtp-timeout', 2, 'operator', 'Read the hold re-INVITE''s SDP: a=inactive (or a=sendonly without music on hold) means no RTP flows while on hold.', 'rfc3264', 'section 8.4'),
    ('sym-interval-rtp-timeout', 3, 'customer', 'Play music on hold, or send comfort noise instead of silence, so RTP keeps flowing; or raise the RTP timeout above the longest hold.', 'lk', 'comfort noise; media_timeout'),
    ('sym-interval-rtp-timeout', 4, 'customer', 'Raise the firewall''s media inactivity timeout above the longest hold or silence (some default to 120 s).', 'junos', 'inactive media timeout'),

    ('sym-interval-max-duration', 1, 'operator', 'List the exact lengths of the dropped calls in the CDRs: a maximum duration cuts them within a second of each other.', 'didww-cl', '200 System'),
    ('sym-interval-max-duration', 2, 'operator', 'Find the limit: the trunk''s or account''s maximum call duration on the portal, the PBX''s route or trunk settings, the carrier''s documented limit.', 'didww-cl', '200 System'),
    ('sym-interval-max-duration', 3, 'customer', 'Raise the limit where it is set, if calls that long are wanted.', 'siptriage', NULL),

    ('sym-interval-escalate', 1, 'operator', 'Read who sent the BYE and its Reason header.', 'domain-notes', 'section 5, traces'),
    ('sym-interval-escalate', 2, 'operator', 'Check the SIP session timers of any SBC or firewall on the path against the call length.', 'siptriage', NULL),
    ('sym-interval-escalate', 3, 'operator', 'Escalate with the trace and the list of call lengths.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-drops-at-interval', 'Calls drop at a fixed length: session timers, RTP timeout on hold, maximum duration', 'q1', NULL, 'rfc4028', 'sections 7 and 10');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-drops-at-interval', 'q1', 'session-refresh-ok', 'no', 'q2', NULL, NULL, 'sym-interval-session-timer'),
    ('sym-drops-at-interval', 'q2', 'on-hold', 'no', NULL, 'sym-interval-rtp-timeout', 'q3', NULL),
    ('sym-drops-at-interval', 'q3', 'max-duration-ok', 'yes', NULL, 'sym-interval-escalate', NULL, 'sym-interval-max-duration');
-- The generic 200 tree's session-timer question (its q3 leads here).
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('gen-200', 'q6', 'session-refresh-ok', 'yes', NULL, 'gen-success', NULL, 'sym-interval-session-timer');

-- ----------------------------------------------------------------------------
-- dtmf: RFC 4733 vs SIP INFO vs in-band, telephone-event payload type,
-- transcoding.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-dtmf-method', 'The two sides carry digits differently: one sends RFC 4733 telephone-events in RTP, the other expects SIP INFO or in-band tones (or the reverse), so the digits are lost on the way.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the DTMF mode; to the platform if its own side cannot be set.',
     'rfc4733', 'section 2'),
    ('sym-dtmf-payload', 'telephone-event is missing from one SDP, or a side sends its digit events with a payload type the other side did not declare (101 against 96, say), so the receiver drops them or plays noise.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When both SDPs declare telephone-event with the same payload type and digits are still lost.',
     'rfc4733', 'section 7'),
    ('sym-dtmf-transcoding', 'The digits travel as in-band tones through a compressed codec or a transcoder that distorts them (G.729, low-rate Opus), or a transcoder between the legs does not convert RFC 4733 events.',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When the transcoder cannot relay or convert telephone-events.',
     'siptriage', NULL),
    ('sym-dtmf-timing', 'Both sides agree on the method and the payload type and nothing transcodes, yet digits are missed: they arrive too short, twice (in-band and as events at once), or after the application''s digit timeout.',
     'failure', 'platform', 'L2 platform engineering (ENG)', 'With a capture showing the digit events and the application''s log of the digits it received.',
     'rfc4733', 'section 2.5');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-dtmf-method', 1, 'operator', 'In a capture, press a key and look for what travels: RTP packets with the telephone-event payload type, a SIP INFO request (application/dtmf-relay or dtmf), or only audio (in-band).', 'rfc4733', 'section 2'),
    ('sym-dtmf-method', 2, 'operator', 'Read each side''s DTMF setting (rfc2833/rfc4733, info, inband, auto) on the PBX trunk and the far end.', 'rfc6086', 'section 1'),
    ('sym-dtmf-method', 3, 'customer', 'Set both sides to RFC 4733 telephone-events, the method most carriers and platforms expect; use SIP INFO only where both sides ask for it.', 'rfc4733', 'section 2'),
    ('sym-dtmf-method', 4, 'operator', 'Re-test with the IVR or voicemail that failed.', 'siptriage', NULL),

    ('sym-dtmf-payload', 1, 'operator', 'Read the a=rtpmap:NNN telephone-event/8000 and a=fmtp:NNN 0-15 lines of the offer and the answer; both must be there.', 'seed-004', 'SDP Extensions and Attributes: telephone-event'),
    ('sym-dtmf-payload', 2, 'operator', 'In the capture, read the payload type of the digit packets each side sends: it must be the one the other side declared.', 'rfc4733', 'section 7'),
    ('sym-dtmf-payload', 3, 'customer', 'Turn on RFC 4733 (often called RFC 2833) on the side whose SDP lacks telephone-event; stop any SBC from renumbering the events.', 'rfc4733', 'section 7'),
    ('sym-dtmf-payload', 4, 'operator', 'Re-test with the IVR or voicemail that failed.', 'siptriage', NULL),

    ('sym-dtmf-transcoding', 1, 'operator', 'Read the codec of each leg (the answers on both sides of the SBC or media server).', 'siptriage', NULL),
    ('sym-dtmf-transcoding', 2, 'customer', 'Carry digits as RFC 4733 events end to end, or use G.711 on every leg where in-band tones must stay.', 'rfc4733', 'section 2'),
    ('sym-dtmf-transcoding', 3, 'customer', 'Set the transcoder to relay or convert telephone-events between the legs.', 'siptriage', NULL),

    ('sym-dtmf-timing', 1, 'operator', 'In the capture look at the digit events: their duration, the end bit, and whether the end packet is repeated; and whether the same digit also appears as an in-band tone.', 'rfc4733', 'section 2.5'),
    ('sym-dtmf-timing', 2, 'customer', 'If digits arrive twice, turn off in-band on the side that sends both.', 'siptriage', NULL),
    ('sym-dtmf-timing', 3, 'operator', 'Compare the times of the digits with the application''s digit timeout, and escalate with the capture and the application log.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-dtmf', 'Digits not recognised: DTMF method, telephone-event payload type, transcoding', 'q1', NULL, 'rfc4733', 'section 2');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-dtmf', 'q1', 'dtmf-method-match', 'no', 'q2', NULL, NULL, 'sym-dtmf-method'),
    ('sym-dtmf', 'q2', 'dtmf-payload-agreed', 'no', 'q3', NULL, NULL, 'sym-dtmf-payload'),
    ('sym-dtmf', 'q3', 'no-transcoding', 'yes', NULL, 'sym-dtmf-timing', NULL, 'sym-dtmf-transcoding');

-- ----------------------------------------------------------------------------
-- registration: DNS/SRV, no answer, the 401 loop, 403 on REGISTER, 423,
-- expiry, NAT keep-alive.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-reg-dns', 'The device cannot resolve the registrar: the domain has no usable SRV or A record from the device''s network, or it resolves to an old address, so the REGISTER goes nowhere.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the domain resolves correctly from outside but not from the device''s network: to L2 network (NET).',
     'rfc3263', 'section 4'),
    ('sym-reg-unreachable', 'The REGISTER gets no answer at all: the registrar''s address, port or transport is wrong, a firewall drops outbound SIP or the replies, or the provider ignores the source IP after repeated failures (flood protection).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the REGISTER leaves to the right address and nothing comes back: ask the provider whether it blocks the IP.',
     'kam', 'pike'),
    ('sym-reg-no-auth', 'The registrar challenges the REGISTER (401/407) and the device never answers with credentials: none are configured for this registration, or it expects another authentication (IP-based).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the device configuration.',
     'rfc3261', 'section 22.2'),
    ('sym-reg-bad-creds', 'A 401 loop: the device answers the challenge, and the registrar challenges the REGISTER with credentials again, so the username (auth ID), password or realm is rejected. A second challenge after credentials is a rejection, not the normal password challenge.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the credentials; to the provider if they match exactly and the loop continues.',
     'domain-notes', 'section 2, 401'),
    ('sym-reg-forbidden', 'The credentials pass, but the registrar refuses the registration with 403: the account or line is disabled, the registration comes from an IP or device the account does not allow, or the account is set for IP authentication only.',
     'failure', 'customer', 'The provider''s support', 'When the account and line are active and the 403 continues: with the trace and its reason phrase.',
     'domain-notes', 'section 2, 403'),
    ('sym-reg-digest-user', 'The registrar refuses the credentialed REGISTER, and the number in its From differs from the digest username. That alone is ordinary SIP: credentials belong to the realm, not to the From URI (RFC 3261 section 22), and a PBX''s outbound auth username often differs from its address-of-record. It is the cause only if this provider requires the two to match when registering, as one hosted provider does (seed 004); otherwise the account or line is disabled, the source IP or device is not allowed, or the AOR does not belong to the user.',
     'failure', 'customer', 'The provider''s support', 'When the provider has no such rule, or the two match and the 403 continues: with the trace and its reason phrase.',
     'seed-004', '403 Denied section, Misconfiguration'),
    ('sym-reg-expired', 'The registration expires: the device does not re-register before the Expires runs out (or the re-REGISTER fails), so the contact disappears and inbound calls fail until the next successful REGISTER.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the device refreshes in time and the registrar still drops it: to the provider.',
     'rfc3261', 'section 10.2.4'),
    ('sym-reg-nat-keepalive', 'The registration succeeds, but the NAT binding it uses expires before the next packet: INVITEs sent to the registered contact no longer reach the device, so inbound calls fail while outbound ones work.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the keep-alive setting; to L2 network (NET) if the router''s timeout cannot be changed.',
     'rfc5626', 'section 4.4.1'),
    ('sym-reg-escalate', 'The registrar is reachable, accepts the credentials and the interval, and the device refreshes in time, yet it does not stay registered: the registrar drops it for a reason of its own.',
     'failure', 'carrier', 'The provider''s support', 'With a trace of the REGISTER exchange and the registrar''s status over time.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-reg-dns', 1, 'operator', 'From the device''s own network, look up the registrar''s domain: dig SRV _sip._udp.DOMAIN (and _sip._tcp, _sips._tcp for TCP and TLS), then dig A DOMAIN.', 'rfc3263', 'section 4'),
    ('sym-reg-dns', 2, 'customer', 'Set the registrar, proxy and port exactly as the provider documents them; if the provider publishes no SRV records, give the host and port explicitly.', 'rfc3263', 'section 4.2'),
    ('sym-reg-dns', 3, 'customer', 'Fix the DNS server the device uses if it cannot resolve public names.', 'siptriage', NULL),

    ('sym-reg-unreachable', 1, 'operator', 'In a capture at the device, confirm the REGISTER leaves (and is re-sent) with no answer at all, and note the address, port and transport it goes to.', 'rfc3261', 'section 17.1.2.2'),
    ('sym-reg-unreachable', 2, 'customer', 'Compare them with the provider''s registrar, port (5060 UDP/TCP, 5061 TLS) and transport; fix the device settings.', 'siptriage', NULL),
    ('sym-reg-unreachable', 3, 'customer', 'Allow outbound SIP to the registrar and its replies through the firewall.', 'tw-ts', 'origination 408/504'),
    ('sym-reg-unreachable', 4, 'operator', 'If the REGISTER reaches the provider and nothing returns, ask the provider whether it blocks the source IP after failed attempts.', 'kam', 'pike'),

    ('sym-reg-no-auth', 1, 'operator', 'In the trace confirm the 401/407 to the REGISTER is followed by nothing, or by a REGISTER without an Authorization header.', 'rfc3261', 'section 22.2'),
    ('sym-reg-no-auth', 2, 'customer', 'Enter the registration credentials (auth username and password) on the device, as the provider issued them.', 'domain-notes', 'section 2, 401'),
    ('sym-reg-no-auth', 3, 'customer', 'If the account is meant to use IP authentication, turn registration off on the device instead.', 'domain-notes', 'section 2, 401'),

    ('sym-reg-bad-creds', 1, 'operator', 'In the trace read the Authorization header of the REGISTER sent after the challenge: username= and realm=; compare them with the account''s SIP credentials.', 'domain-notes', 'section 8, 401'),
    ('sym-reg-bad-creds', 2, 'customer', 'Set the auth username (auth ID) to the credential username, not the extension or the number, and the realm or domain to the one in the challenge.', 'tw-32106', 'Authorization name'),
    ('sym-reg-bad-creds', 3, 'customer', 'Re-enter the password exactly (case, no spaces); if it was changed on the portal, use the new one.', 'domain-notes', 'section 8, 401'),
    ('sym-reg-bad-creds', 4, 'operator', 'If the provider locks an account after repeated failures, ask it to unlock it once the credentials are corrected.', 'siptriage', NULL),
    ('sym-reg-bad-creds', 5, 'operator', 'Re-test and confirm the REGISTER with credentials gets 200 OK.', 'domain-notes', 'section 8, 401'),

    ('sym-reg-forbidden', 1, 'operator', 'Read the reason phrase and any Warning header of the 403 to the REGISTER.', 'rfc3261', 'section 20.43'),
    ('sym-reg-forbidden', 2, 'operator', 'Check on the provider''s portal that the account and the line or extension are active and allowed to register, and from which IPs.', 'domain-notes', 'section 2, 403'),
    ('sym-reg-forbidden', 3, 'customer', 'If the trunk is an IP-authenticated one, stop registering and send calls from the allowed IP instead.', 'domain-notes', 'section 2, 401'),
    ('sym-reg-forbidden', 4, 'operator', 'Escalate to the provider with the trace if the account is active and the 403 continues.', 'domain-notes', 'section 5'),

    ('sym-reg-digest-user', 0, 'operator', 'Ask the provider (or read its documentation) whether it requires the From user of a REGISTER to equal the digest username; RFC 3261 does not.', 'rfc3261', 'section 22'),
    ('sym-reg-digest-user', 1, 'operator', 'In the trace compare the number in the From of the REGISTER with username= of its Authorization header.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('sym-reg-digest-user', 2, 'customer', 'If the provider requires it, make them the same: present in From the number the digest authenticates, or authenticate with the number presented.', 'seed-004', '403 Denied section, Misconfiguration'),
    ('sym-reg-digest-user', 3, 'operator', 'If it does not, check on the portal that the account and line are active and allowed to register from this IP, and that the To (AOR) is the account''s own user.', 'rfc3261', 'section 10.3, step 6'),
    ('sym-reg-digest-user', 4, 'operator', 'Re-test and confirm the REGISTER gets 200 OK.', 'siptriage', NULL),

    ('sym-reg-expired', 1, 'operator', 'Compare the Expires of the 200 OK to the REGISTER (or the registrar''s expiry) with the times of the following REGISTERs in the trace: a re-REGISTER must come before it runs out.', 'rfc3261', 'section 10.2.4'),
    ('sym-reg-expired', 2, 'operator', 'If a re-REGISTER was sent and failed, troubleshoot its answer (401 loop, 403, 423, no answer) instead.', 'rfc3261', 'section 10.2.4'),
    ('sym-reg-expired', 3, 'customer', 'Make the device re-register well before expiry (about half the interval) and keep its firmware current.', 'siptriage', NULL),

    ('sym-reg-nat-keepalive', 1, 'operator', 'Check the pattern: outbound calls work, inbound calls fail after the line has been idle for some minutes, and work again right after a re-registration.', 'rfc5626', 'section 4.4.1'),
    ('sym-reg-nat-keepalive', 2, 'customer', 'Turn on keep-alives on the device (CRLF or OPTIONS every 15 to 30 s, qualify), or register more often than the router''s UDP timeout while respecting the registrar''s Min-Expires.', 'rfc5626', 'section 4.4.1'),
    ('sym-reg-nat-keepalive', 3, 'customer', 'Or use TCP or TLS for the registration, whose connection the device keeps open.', 'rfc5626', 'section 4.4'),
    ('sym-reg-nat-keepalive', 4, 'operator', 'Re-test an inbound call after the line has been idle longer than the router''s UDP timeout.', 'siptriage', NULL),

    ('sym-reg-escalate', 1, 'operator', 'Capture the REGISTER exchange over a full registration interval and note when the registrar shows the contact gone.', 'rfc3261', 'section 10'),
    ('sym-reg-escalate', 2, 'operator', 'Escalate to the provider with the trace, the account and the times.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-registration', 'Trunk or phone does not register: DNS, no answer, 401 loop, 403, 423, expiry, NAT keep-alive', 'q0', NULL, 'rfc3261', 'section 10');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    -- Shown registered now: the registration itself works (DNS, answer,
    -- credentials, 403, 423 are moot); what is left is keeping it, the
    -- refresh and the NAT binding (outside review 4, F14, R33).
    ('sym-registration', 'q0', 'registered', 'no', 'q8', NULL, 'q1', NULL),
    ('sym-registration', 'q1', 'reachable', 'yes', 'q3', NULL, 'q2', NULL),
    ('sym-registration', 'q2', 'dns-resolves', 'yes', NULL, 'sym-reg-unreachable', NULL, 'sym-reg-dns'),
    ('sym-registration', 'q3', 'challenge-answered', 'yes', 'q4', NULL, NULL, 'sym-reg-no-auth'),
    -- The 401 loop is the most common registration failure.
    ('sym-registration', 'q4', 'rechallenged', 'yes', NULL, 'sym-reg-bad-creds', 'q5', NULL),
    ('sym-registration', 'q5', 'register-forbidden', 'no', 'q6', NULL, 'q7', NULL),
    ('sym-registration', 'q6', 'digest-user', 'yes', NULL, 'sym-reg-forbidden', NULL, 'sym-reg-digest-user'),
    ('sym-registration', 'q7', 'expires-accepted', 'yes', 'q8', NULL, NULL, 'gen-423-expires'),
    ('sym-registration', 'q8', 'registration-refreshed', 'yes', 'q9', NULL, NULL, 'sym-reg-expired'),
    ('sym-registration', 'q9', 'nat-keepalive', 'no', NULL, 'sym-reg-escalate', NULL, 'sym-reg-nat-keepalive');

-- ----------------------------------------------------------------------------
-- audio-quality: echo, loss and jitter, bandwidth, delay, transcoding and
-- codec choice.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-aq-echo', 'Echo is made at the other end from the person who hears it: an acoustic echo from a speakerphone or a headset, or an electrical one from an analogue line''s hybrid (an FXO/FXS gateway or ATA) with echo cancelling off or too short. Delay makes it audible; the network does not create it.',
     'failure', 'far-end', 'Customer''s PBX/SBC admin (CUST)', 'When the far end is the customer''s analogue gateway or ATA and echo cancelling cannot be set.',
     'siptriage', NULL),
    ('sym-aq-network', 'Packets are lost or delayed on the path (Wi-Fi, the access line, the ISP, a VPN), although the link is not full: the audio breaks up or sounds robotic.',
     'failure', 'customer', 'L2 network (NET)', 'When the loss starts outside the customer''s network: to the ISP or the carrier with the RTP analysis.',
     'lk', 'media quality thresholds'),
    ('sym-aq-bandwidth', 'The access link runs out of bandwidth at busy times (backups, video, downloads) or voice is not prioritised, so voice packets are dropped and delayed only then.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for QoS or bandwidth on the customer''s network.',
     'siptriage', NULL),
    ('sym-aq-delay', 'The delay is too long (150 ms or more one way): media relayed far away (an SBC or media server in another region), a VPN, a satellite link or large jitter buffers make people talk over each other.',
     'failure', 'platform', 'L2 network (NET)', 'When the media is relayed through a distant region of the platform or carrier.',
     'lk', 'media quality thresholds'),
    ('sym-aq-transcoding', 'The audio is transcoded between legs (often twice, or to a low-rate codec such as G.729): it sounds muffled or robotic and gains delay.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the transcoding is on the platform''s side and cannot be avoided by codec settings.',
     'siptriage', NULL),
    ('sym-aq-endpoint', 'The network shows no loss, jitter or delay and nothing transcodes: the devices or the codec choice cause it (a low-rate codec, a noisy headset, a phone on a busy Wi-Fi, an overloaded softphone).',
     'failure', 'customer', 'SBC/PBX vendor (VEND)', 'When other devices on the same network sound fine and this model does not.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-aq-echo', 1, 'operator', 'Ask who hears the echo: the person hearing their own voice is not causing it; the echo is made at the other party''s side.', 'siptriage', NULL),
    ('sym-aq-echo', 2, 'customer', 'Have the other party use the handset or a better headset, or lower the speaker volume.', 'siptriage', NULL),
    ('sym-aq-echo', 3, 'customer', 'If the other side is an analogue gateway or ATA, turn on its echo canceller and set a tail length that covers the line (64 ms or more).', 'siptriage', NULL),
    ('sym-aq-echo', 4, 'operator', 'Check the delay too: echo that comes back late is more audible (see latency under 150 ms one way).', 'lk', 'media quality thresholds'),

    ('sym-aq-network', 1, 'operator', 'Run RTP stream analysis on captures from both ends: loss and jitter seen at the receiver but not at the sender happen on the path between.', 'lk', 'media quality thresholds'),
    ('sym-aq-network', 2, 'customer', 'Move the phone or PBX from Wi-Fi to a wired port, and mark RTP with DSCP EF (46) on the customer''s network.', 'siptriage', NULL),
    ('sym-aq-network', 3, 'operator', 'If the loss starts outside the customer''s network, raise it with the ISP or the carrier with the analysis and the times.', 'domain-notes', 'section 5'),

    ('sym-aq-bandwidth', 1, 'operator', 'Compare the link''s utilisation graph at the time of the bad calls with the number of calls then (about 100 kbit/s each way per G.711 call).', 'siptriage', NULL),
    ('sym-aq-bandwidth', 2, 'customer', 'Give voice priority on the router (QoS for RTP and SIP), or add bandwidth, or move bulk traffic out of office hours.', 'siptriage', NULL),
    ('sym-aq-bandwidth', 3, 'customer', 'Where bandwidth cannot grow, limit the concurrent calls on the trunk.', 'siptriage', NULL),

    ('sym-aq-delay', 1, 'operator', 'Read the round trip in RTCP reports or the SBC''s statistics; find where the media is relayed (the c= addresses of both SDPs).', 'lk', 'media quality thresholds'),
    ('sym-aq-delay', 2, 'customer', 'Remove the VPN or satellite hop from the voice path where possible.', 'siptriage', NULL),
    ('sym-aq-delay', 3, 'operator', 'If the platform relays the media through a distant region, escalate to L2 network to use a nearer media region.', 'siptriage', NULL),

    ('sym-aq-transcoding', 1, 'operator', 'Read the codec of each leg (carrier leg and PBX leg) in the answers on both sides of the SBC or media server.', 'siptriage', NULL),
    ('sym-aq-transcoding', 2, 'customer', 'Use the same codec end to end (G.711 where bandwidth allows) so nothing transcodes.', 'siptriage', NULL),

    ('sym-aq-endpoint', 1, 'operator', 'Check whether other devices on the same network sound fine: if they do, the affected device or its headset is the cause.', 'siptriage', NULL),
    ('sym-aq-endpoint', 2, 'customer', 'Prefer G.711 or a wideband codec over low-rate ones (G.729, GSM) where bandwidth allows.', 'siptriage', NULL),
    ('sym-aq-endpoint', 3, 'customer', 'Update the phone''s firmware or softphone, and test with another headset.', 'siptriage', NULL);

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-audio-quality', 'Poor audio or echo: echo, loss and jitter, bandwidth, delay, transcoding', 'q1', NULL, 'lk', 'media quality thresholds');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-audio-quality', 'q1', 'echo-only', 'no', NULL, 'sym-aq-echo', 'q2', NULL),
    ('sym-audio-quality', 'q2', 'loss-jitter-ok', 'no', 'q4', NULL, 'q3', NULL),
    ('sym-audio-quality', 'q3', 'bandwidth-ok', 'yes', NULL, 'sym-aq-network', NULL, 'sym-aq-bandwidth'),
    ('sym-audio-quality', 'q4', 'latency-ok', 'yes', 'q5', NULL, NULL, 'sym-aq-delay'),
    ('sym-audio-quality', 'q5', 'no-transcoding', 'yes', NULL, 'sym-aq-endpoint', NULL, 'sym-aq-transcoding');

-- ----------------------------------------------------------------------------
-- caller-id: Privacy, E.164, numbers owned, P-Asserted-Identity, downstream.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-cid-hidden', 'The number is hidden on purpose by the signalling: a Privacy: id header or an anonymous From, set by a PBX default or a route rather than by the caller''s choice.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the caller-ID restriction setting.',
     'rfc3325', 'section 9.3'),
    ('sym-cid-format', 'The caller ID is not sent in E.164 (national format, a leading 0 or 00, an extension number), so the carrier cannot match it to the account and replaces it, shows it wrongly, or refuses the call.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the outbound caller-ID format.',
     'tw-ts', '403 Invalid Caller ID'),
    ('sym-cid-not-owned', 'The caller ID is not a number the account owns or has verified with the carrier, so the carrier replaces it with the account''s default number or refuses the call.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)', 'When the number is the account''s and still replaced: ask the carrier to verify it.',
     'tw-32204', 'verified caller ID'),
    ('sym-cid-header', 'The number to show is not in the header the carrier reads: P-Asserted-Identity is missing or carries another number, or a stale Remote-Party-ID or P-Preferred-Identity from another leg carries a different one.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the header settings on the PBX or SBC.',
     'tnx-cid', 'caller ID header precedence'),
    ('sym-cid-downstream', 'The call leaves with the right caller ID in the right headers, so a network after the carrier changes or drops it; a caller name (CNAM) is looked up by the terminating carrier in its own database.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'With the trace showing the headers as sent and the callee''s report of what was shown.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-cid-hidden', 1, 'operator', 'Read the Privacy header (id, header, user) and the From (anonymous@anonymous.invalid) of the INVITE as it leaves the PBX.', 'rfc3323', 'section 4.2'),
    ('sym-cid-hidden', 2, 'customer', 'Turn off caller-ID restriction (CLIR) on the extension, route or trunk if the caller did not ask for it.', 'siptriage', NULL),
    ('sym-cid-hidden', 3, 'operator', 'Re-test and confirm the number is shown.', 'siptriage', NULL),

    ('sym-cid-format', 1, 'operator', 'Read the user part of From and P-Asserted-Identity of the INVITE as it leaves the PBX.', 'rfc3325', 'section 9.1'),
    ('sym-cid-format', 2, 'customer', 'Send the caller ID in E.164: a + and the country code, no leading 0 or 00, in both headers (an outbound caller-ID rule on the PBX).', 'tw-ts', '403 Invalid Caller ID'),
    ('sym-cid-format', 3, 'operator', 'Re-test and confirm the callee sees the number.', 'siptriage', NULL),

    ('sym-cid-not-owned', 1, 'operator', 'Check on the carrier''s portal that the number is one of the account''s numbers or verified caller IDs.', 'tw-32204', 'verified caller ID'),
    ('sym-cid-not-owned', 2, 'customer', 'Present a number of the account, or have the carrier verify the number you want to show.', 'tw-32204', 'verified caller ID'),
    ('sym-cid-not-owned', 3, 'customer', 'For forwarded calls that should show the original caller, check the carrier''s policy: some accept it only with a Diversion or History-Info header naming the account''s number.', 'siptriage', NULL),

    ('sym-cid-header', 1, 'operator', 'Read P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID and From of the INVITE as it leaves the PBX or SBC.', 'rfc3325', 'section 9.1'),
    ('sym-cid-header', 2, 'customer', 'Put the number to show in P-Asserted-Identity (and From), and remove Remote-Party-ID or P-Preferred-Identity headers left from another leg.', 'tnx-cid', 'caller ID header precedence'),
    ('sym-cid-header', 3, 'operator', 'Re-test and confirm the callee sees the number.', 'siptriage', NULL),

    ('sym-cid-downstream', 1, 'operator', 'Keep the trace showing the headers as the call left, and the callee''s report (number and time).', 'domain-notes', 'section 5'),
    ('sym-cid-downstream', 2, 'operator', 'For a wrong caller name, note that the terminating carrier looks the name up (CNAM): the customer registers it with the name providers.', 'siptriage', NULL),
    ('sym-cid-downstream', 3, 'operator', 'Escalate to the carrier NOC with the trace and example calls.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-caller-id', 'Wrong, missing or rejected caller ID: Privacy, E.164, numbers owned, P-Asserted-Identity', 'q1', NULL, 'rfc3325', 'section 9.1');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-caller-id', 'q1', 'privacy-ok', 'yes', 'q2', NULL, NULL, 'sym-cid-hidden'),
    ('sym-caller-id', 'q2', 'cid-e164', 'no', 'q3', NULL, NULL, 'sym-cid-format'),
    ('sym-caller-id', 'q3', 'cid-owned', 'yes', 'q4', NULL, NULL, 'sym-cid-not-owned'),
    ('sym-caller-id', 'q4', 'pai-present', 'no', NULL, 'sym-cid-downstream', NULL, 'sym-cid-header');

-- ----------------------------------------------------------------------------
-- stir-shaken: the Identity header, its verification (428/436/437/438),
-- attestation levels, analytics (603/607/608).

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-ss-attestation', 'The calls are signed with partial or gateway attestation (B or C): the signing carrier does not vouch that the customer may use the calling number, and analytics engines treat such calls as suspect.',
     'failure', 'customer', 'The customer''s carrier (SIP provider)', 'When the numbers are the account''s own and the carrier still signs them below A.',
     'rfc8588', 'section 4'),
    ('sym-ss-reputation', 'The calls are signed, but call-analytics engines flag the caller ID (volume, short calls, complaints): calls show a spam label or are rejected with 603, 607 or 608.',
     'failure', 'customer', 'Carrier NOC (CARR)', 'When remediation was requested and the labels or rejections continue.',
     'rfc8688', '608');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-ss-attestation', 1, 'operator', 'Decode the PASSporT of the Identity header and read the attest claim (A, B or C) and the signer (the x5u or info certificate URL).', 'rfc8588', 'section 4'),
    ('sym-ss-attestation', 2, 'customer', 'Call from numbers the signing carrier assigned to the account, or give it proof of the right to use the others (ported or bring-your-own numbers), so it can sign with A.', 'rfc8588', 'section 4'),
    ('sym-ss-attestation', 3, 'customer', 'Send the caller ID in E.164 in P-Asserted-Identity, as the carrier matches it against the account''s numbers before signing.', 'tw-32020', 'PASSporT'),
    ('sym-ss-attestation', 4, 'operator', 'Re-test and read the attest claim again.', 'rfc8588', 'section 4'),

    ('sym-ss-reputation', 1, 'operator', 'Collect the final responses of the failing calls: a 608 may carry a Call-Info header with the analytics operator''s remediation contact; a 607 means a callee marked the call unwanted.', 'rfc8688', '608 Call-Info'),
    ('sym-ss-reputation', 2, 'customer', 'Request remediation for the number where the Call-Info points, with the business name and the purpose of the calls; register the numbers with the call-analytics services the carriers use.', 'rfc8688', '608'),
    ('sym-ss-reputation', 3, 'customer', 'Pause bulk dialling from the flagged numbers and spread campaigns over more numbers and time; short, high-volume calls build the flags.', 'vobiz', '480/486 across numbers'),
    ('sym-ss-reputation', 4, 'operator', 'Escalate to the carrier NOC with example Call-IDs if remediation brings no change.', 'rfc8688', '608');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-stir-shaken', 'Calls rejected or flagged over caller identity: Identity header, verification, attestation, analytics', 'q1', NULL, 'rfc8224', 'sections 4 and 6.2');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-stir-shaken', 'q1', 'identity-present', 'yes', 'q2', NULL, NULL, 'gen-428-unsigned'),
    ('sym-stir-shaken', 'q2', 'identity-valid', 'yes', 'q3', NULL, NULL, 'gen-identity-invalid'),
    ('sym-stir-shaken', 'q3', 'attestation-full', 'no', 'q4', NULL, NULL, 'sym-ss-attestation'),
    ('sym-stir-shaken', 'q4', 'cid-reputation-ok', 'no', NULL, 'gen-identity-verifier', NULL, 'sym-ss-reputation');

-- ----------------------------------------------------------------------------
-- tls: certificate chain and expiry, FQDN/SNI, the handshake itself, OPTIONS
-- keep-alive, SRTP keys.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-tls-cert', 'The peer rejects the SBC''s certificate: it has expired, it is sent without its intermediate certificates, or it comes from a certificate authority the peer does not trust (after a renewal the new one often comes from another CA or lacks the intermediate).',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the certificate on the SBC; to the SBC vendor (VEND) if it does not present the installed chain.',
     'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-name', 'The certificate does not name the FQDN the peer connects to or expects: the trunk''s configured FQDN (and the SNI sent) is missing from its subject alternative names, or a wildcard is not accepted.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'Always, for the certificate or the trunk''s FQDN.',
     'rfc5922', 'section 7'),
    ('sym-tls-handshake', 'The certificate is valid and named right, yet the handshake fails: the TLS version or ciphers do not match (TLS 1.2 or later is expected), the peer wants a client certificate the SBC does not send, or a firewall or the SBC''s own access list blocks port 5061 from the peer''s addresses.',
     'failure', 'customer', 'L2 network (NET)', 'When the versions, ciphers and access lists match and the handshake still fails: to the SBC vendor (VEND) with the capture.',
     'ms-fo', 'failover on network errors'),
    ('sym-tls-trust', 'Our own side ends the handshake because it does not trust the peer''s certificate chain: the peer''s root or intermediate is missing from the trust store (CA file) of our SBC, PBX or profile. This follows a change of certificate authority on the peer''s side; the peer''s certificate is fine, our trust store is behind.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the peer''s root and intermediates are in the trust store in use for this trunk and our side still sends unknown_ca or bad_certificate: to the SBC or PBX vendor (VEND) with the capture.',
     'rfc8446', 'section 6.2'),
    ('sym-tls-options', 'The TLS connection works, but the OPTIONS keep-alives fail (not sent, not answered 200 OK, or sent with another FQDN than the one configured), so the peer marks the trunk down and routes no calls to it. On Microsoft Teams Direct Routing this is the most common failure.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When OPTIONS are answered 200 OK both ways with the configured FQDN and the trunk stays down.',
     'ms-dr-sip', 'OPTIONS'),
    ('sym-tls-srtp', 'Signalling over TLS works, but the SRTP keying does not match (no shared a=crypto suite, SDES against DTLS-SRTP, or SRTP on one side only): calls fail with 488 or connect without audio.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When both sides offer the same suite and keying and audio still fails.',
     'rfc4568', 'section 6'),
    ('sym-tls-escalate', 'The handshake, the certificate, OPTIONS and SRTP keying all work, yet calls over the TLS trunk fail: the cause is in the peer''s routing or configuration.',
     'failure', 'carrier', 'Carrier NOC (CARR)', 'With a capture (or the SBC''s decrypted log) of one failing call and the OPTIONS exchange.',
     'siptriage', NULL);
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('sym-tls-cert', 1, 'operator', 'Run openssl s_client -connect SBC:5061 -servername FQDN -showcerts from outside: read notBefore and notAfter, and whether the intermediate certificates are sent after the SBC''s own.', 'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-cert', 2, 'customer', 'Install the full chain (the SBC''s certificate and every intermediate) and reload the SBC''s TLS context so it presents the new certificate.', 'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-cert', 3, 'customer', 'Use a certificate from a certificate authority the peer trusts; Microsoft Teams Direct Routing accepts only certificates from the authorities its documentation lists.', 'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-cert', 4, 'operator', 'Confirm the OPTIONS keep-alives succeed again and place a test call.', 'ms-dr-sip', 'OPTIONS'),

    ('sym-tls-name', 1, 'operator', 'Read the Subject Alternative Names of the certificate (openssl x509 -noout -text) and the FQDN configured for the trunk on both sides.', 'rfc5922', 'section 7'),
    ('sym-tls-name', 2, 'customer', 'Get a certificate whose SANs include the trunk''s FQDN, or change the trunk''s FQDN to one the certificate names.', 'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-name', 3, 'operator', 'Re-test the handshake with -servername set to the trunk''s FQDN.', 'rfc5922', 'section 7'),

    ('sym-tls-handshake', 1, 'operator', 'In a capture of the connection to port 5061, read the TLS version offered, which side sends the Alert and which one (protocol_version, handshake_failure, certificate_required; unknown_ca or bad_certificate sent by our side means our trust store, see peer-chain-trusted).', 'rfc8446', 'section 6.2'),
    ('sym-tls-handshake', 2, 'customer', 'Enable TLS 1.2 (or later) and common modern ciphers on the SBC.', 'tw-32011', 'no TLS 1.2'),
    ('sym-tls-handshake', 3, 'customer', 'Allow port 5061 from every signalling address the peer publishes on the firewall and on the SBC''s own access list.', 'ms-fo', 'failover on network errors'),
    ('sym-tls-handshake', 4, 'customer', 'If the peer asks for a client certificate, configure the SBC to send its certificate as a client too.', 'siptriage', NULL),

    ('sym-tls-trust', 1, 'operator', 'In a capture of the handshake, confirm our side sends the Alert (unknown_ca or bad_certificate) right after the peer''s Certificate message.', 'rfc8446', 'section 6.2'),
    ('sym-tls-trust', 2, 'operator', 'Run openssl s_client -connect PEER:5061 -servername FQDN -showcerts -CAfile with our CA file: read the issuer of the last certificate the peer sends and the Verify return code.', 'rfc8446', 'section 4.4.2'),
    ('sym-tls-trust', 3, 'customer', 'Add the peer''s new root (and any intermediate it does not send) to the trust store that this trunk uses (the SBC''s TLS context, the PBX''s transport or the profile''s CA file), keeping the old one until the peer has moved completely; then reload the TLS settings.', 'rfc8446', 'section 4.4.2'),
    ('sym-tls-trust', 4, 'operator', 'Confirm the handshake completes, the OPTIONS keep-alives succeed again, and place a test call.', 'ms-dr-sip', 'OPTIONS'),
    ('sym-tls-options', 1, 'operator', 'Check the trunk''s health on both sides and look for OPTIONS in a capture or the SBC log: are they sent, answered 200 OK, and do their From and Contact carry the trunk''s configured FQDN?', 'ms-dr-sip', 'OPTIONS'),
    ('sym-tls-options', 2, 'customer', 'Turn on OPTIONS keep-alives towards the peer on the SBC and answer the peer''s OPTIONS with 200 OK.', 'ms-dr-sip', 'OPTIONS'),
    ('sym-tls-options', 3, 'customer', 'Put the trunk''s FQDN (not an IP address) in the Contact of the OPTIONS, as the peer matches the trunk on it.', 'ms-dr-sip', 'OPTIONS'),
    ('sym-tls-options', 4, 'operator', 'Wait for the trunk to show up again and place a test call.', 'siptriage', NULL),

    ('sym-tls-srtp', 1, 'operator', 'Read the m=audio profile and the a=crypto (or a=fingerprint) lines of the offer and the answer.', 'rfc4568', 'section 6'),
    ('sym-tls-srtp', 2, 'customer', 'Offer SRTP with a crypto suite the peer supports (for example AES_CM_128_HMAC_SHA1_80), or the keying it requires (SDES or DTLS-SRTP).', 'rfc5763', 'section 5'),
    ('sym-tls-srtp', 3, 'operator', 'Re-test and confirm audio both ways.', 'siptriage', NULL),

    ('sym-tls-escalate', 1, 'operator', 'Take the SBC''s decrypted SIP log (or a capture with the TLS keys) of one failing call and of the OPTIONS exchange.', 'siptriage', NULL),
    ('sym-tls-escalate', 2, 'operator', 'Escalate to the peer''s support with it, the trunk''s FQDN and the times.', 'domain-notes', 'section 5');

INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-tls', 'TLS trunk does not connect: certificate, trust store, FQDN, handshake, OPTIONS keep-alive, SRTP keys', 'q1', NULL, 'ms-dr-plan', 'SBC certificate');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-tls', 'q1', 'tls-handshake-ok', 'no', 'q4', NULL, 'q2', NULL),
    ('sym-tls', 'q2', 'cert-valid', 'no', 'q6', NULL, NULL, 'sym-tls-cert'),
    -- Our own trust store (outside review 4, F9): after the peer changes
    -- its certificate authority, our side ends the handshake with unknown_ca.
    ('sym-tls', 'q6', 'peer-chain-trusted', 'yes', 'q3', NULL, NULL, 'sym-tls-trust'),
    ('sym-tls', 'q3', 'cert-name-match', 'yes', NULL, 'sym-tls-handshake', NULL, 'sym-tls-name'),
    ('sym-tls', 'q4', 'options-ok', 'no', 'q5', NULL, NULL, 'sym-tls-options'),
    ('sym-tls', 'q5', 'srtp-keys-match', 'yes', NULL, 'sym-tls-escalate', NULL, 'sym-tls-srtp');

-- ----------------------------------------------------------------------------
-- A vendor's own route: the hosted VoIP provider's registration (seed 004:
-- its 401 "relates to Registration", and a From number that differs from the
-- digest username is refused "when registering").  What the article does not
-- cover goes on into the generic registration route.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('voip-provider-reg-generic', 'The article''s causes for a failed registration (no credentials, rejected credentials, a From number that differs from the digest number) do not apply: the walk goes on with the generic registration route.',
     'failure', 'operator', NULL, NULL,
     'seed-004', '401 Unauthorized section; 403 Denied section');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('voip-provider-registration', 'VoIP provider registration: the 401 challenge, the credentials, the digest number', 'q1', NULL, 'seed-004', '401 Unauthorized section');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('voip-provider-registration', 'q1', 'challenge-answered', 'yes', 'q2', NULL, NULL, 'voip-provider-401-no-auth'),
    ('voip-provider-registration', 'q2', 'rechallenged', 'yes', NULL, 'voip-provider-401-bad-credentials', 'q3', NULL),
    ('voip-provider-registration', 'q3', 'digest-user', 'yes', NULL, 'voip-provider-reg-generic', NULL, 'voip-provider-403-digest-user');

-- ----------------------------------------------------------------------------
-- Asterisk's own media routes: its NAT settings first (the outcomes of
-- data/asterisk.sql, after "Configuring res_pjsip to work through NAT"),
-- then the generic route for what they do not cover.

INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('sym-ast-owa-generic', 'Asterisk''s NAT settings (its advertised addresses, direct media, symmetric RTP) are in order: the walk goes on with the generic one-way-audio route.',
     'failure', 'operator', NULL, NULL, 'ast-nat', NULL),
    ('sym-ast-noaudio-generic', 'Asterisk''s NAT settings (its advertised addresses, direct media, symmetric RTP) are in order: the walk goes on with the generic no-audio route.',
     'failure', 'operator', NULL, NULL, 'ast-nat', NULL);
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('sym-ast-one-way-audio', 'Asterisk, one-way audio: advertised addresses, direct media, symmetric RTP, then the generic route', 'q1', NULL, 'ast-nat', NULL),
    ('sym-ast-no-audio', 'Asterisk, no audio: advertised addresses, direct media, symmetric RTP, then the generic route', 'q1', NULL, 'ast-nat', NULL);
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('sym-ast-one-way-audio', 'q1', 'nat-clean', 'no', 'q2', NULL, NULL, 'asterisk-200-external-address'),
    ('sym-ast-one-way-audio', 'q2', 'direct-media', 'yes', 'q3', NULL, NULL, 'asterisk-200-direct-media'),
    ('sym-ast-one-way-audio', 'q3', 'symmetric-rtp', 'yes', NULL, 'sym-ast-owa-generic', NULL, 'asterisk-200-rtp-symmetric'),
    ('sym-ast-no-audio', 'q1', 'nat-clean', 'no', 'q2', NULL, NULL, 'asterisk-200-external-address'),
    ('sym-ast-no-audio', 'q2', 'direct-media', 'yes', 'q3', NULL, NULL, 'asterisk-200-direct-media'),
    ('sym-ast-no-audio', 'q3', 'symmetric-rtp', 'yes', NULL, 'sym-ast-noaudio-generic', NULL, 'asterisk-200-rtp-symmetric');

-- ----------------------------------------------------------------------------
-- Which route each symptom walks, and where a walk goes on into a route.

INSERT INTO symptom_match (vendor, symptom, initiator, tree, source, cite) VALUES
    ('generic', 'one-way-audio', NULL, 'sym-one-way-audio', 'domain-notes', 'section 3'),
    ('generic', 'no-audio', NULL, 'sym-no-audio', 'domain-notes', 'section 3'),
    ('generic', 'drops-after-answer', NULL, 'sym-drops-after-answer', 'rfc3261', 'section 13.3.1.4'),
    ('generic', 'drops-at-interval', NULL, 'sym-drops-at-interval', 'rfc4028', 'section 10'),
    ('generic', 'dtmf', NULL, 'sym-dtmf', 'rfc4733', 'section 2'),
    ('generic', 'registration', NULL, 'sym-registration', 'rfc3261', 'section 10'),
    ('generic', 'audio-quality', NULL, 'sym-audio-quality', 'lk', 'media quality thresholds'),
    ('generic', 'caller-id', NULL, 'sym-caller-id', 'rfc3325', 'section 9.1'),
    ('generic', 'stir-shaken', NULL, 'sym-stir-shaken', 'rfc8224', 'section 6.2'),
    ('generic', 'tls', NULL, 'sym-tls', 'ms-dr-plan', 'SBC certificate'),
    ('voip-provider', 'registration', NULL, 'voip-provider-registration', 'seed-004', '401 Unauthorized section'),
    ('asterisk', 'one-way-audio', NULL, 'sym-ast-one-way-audio', 'ast-nat', NULL),
    ('asterisk', 'no-audio', NULL, 'sym-ast-no-audio', 'ast-nat', NULL);

INSERT INTO outcome_continue (outcome, tree, note, source, cite) VALUES
    ('gen-200-one-way', 'sym-one-way-audio', 'the call was answered but audio flowed one way, so the walk goes on with the one-way-audio route.', 'seed-001', '200 OK paragraph: no issues not implied'),
    ('gen-200-no-audio', 'sym-no-audio', 'the call was answered but no audio flowed, so the walk goes on with the no-audio route.', 'seed-001', '200 OK paragraph: no issues not implied'),
    ('sym-drop-no-media', 'sym-no-audio', 'the ACK arrived but no audio flowed, so a media timeout ended the call: the walk goes on with the no-audio route.', 'lk', 'RTP timeout'),
    ('voip-provider-reg-generic', 'sym-registration', 'the article''s causes do not apply, so the walk goes on with the generic registration route.', 'seed-004', '401 Unauthorized section'),
    ('sym-ast-owa-generic', 'sym-one-way-audio', 'Asterisk''s NAT settings are not the cause, so the walk goes on with the generic one-way-audio route.', 'ast-nat', NULL),
    ('sym-ast-noaudio-generic', 'sym-no-audio', 'Asterisk''s NAT settings are not the cause, so the walk goes on with the generic no-audio route.', 'ast-nat', NULL);

INSERT INTO outcome_residual (outcome, source, cite) VALUES
    ('sym-owa-escalate', 'siptriage', NULL),
    ('sym-noaudio-escalate', 'siptriage', NULL),
    ('sym-interval-escalate', 'siptriage', NULL),
    ('sym-reg-escalate', 'siptriage', NULL),
    ('sym-tls-escalate', 'siptriage', NULL),
    ('sym-cid-downstream', 'siptriage', NULL),
    ('sym-aq-endpoint', 'siptriage', NULL);

INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('asterisk-200-external-address', 'immediate', 'Calls that connect without audio fail the callers as surely as refused calls, on every call through this Asterisk.', 'domain-notes', 'section 3, NAT / Via / Contact'),
    ('asterisk-200-direct-media', 'immediate', 'Calls that connect without audio fail the callers as surely as refused calls, on every call between these endpoints.', 'domain-notes', 'section 3, NAT / Via / Contact'),
    ('asterisk-200-rtp-symmetric', 'immediate', 'Calls that connect without audio fail the callers as surely as refused calls, on every call of the phone behind NAT.', 'domain-notes', 'section 3, NAT / Via / Contact'),
    ('sym-tls-cert', 'immediate', 'No call passes a trunk whose certificate the peer rejects.', 'ms-dr-plan', 'SBC certificate'),
    ('sym-tls-name', 'immediate', 'No call passes a trunk whose certificate names another host.', 'rfc5922', 'section 7'),
    ('sym-tls-trust', 'immediate', 'No call passes a trunk whose handshake our side ends.', 'rfc8446', 'section 6.2'),
    ('sym-tls-options', 'immediate', 'A trunk marked down receives no calls.', 'ms-dr-sip', 'OPTIONS'),
    ('sym-reg-bad-creds', 'immediate', 'Rejected credentials keep the device unregistered: it receives no call.', 'domain-notes', 'section 4, alarming'),
    ('sym-noaudio-srtp', 'immediate', 'Every call between the two sides connects in silence.', 'rfc3711', 'section 3'),
    ('sym-drop-contact', 'immediate', 'Every call through this path drops at 32 s.', 'rfc3261', 'section 13.3.1.4');

-- TLS symptom, teams-dr (outside review 4, F9): the generic tls route with the two
-- Direct Routing specifics, the SBC trusting Microsoft's roots and the
-- several datacenters of Microsoft's SIP proxies; its other outcomes are
-- the generic ones.
INSERT INTO outcome (id, cause, class, owner, escalate_to, escalate_when, source, cite) VALUES
    ('teams-tls-trust', 'The SBC ends the handshake because it does not trust the certificate Microsoft''s SIP proxies present: Direct Routing uses mutual TLS, and since Microsoft moved the certificates of its SIP interface to the DigiCert Global Root G2 chain, an SBC whose trusted-root list lacks that root (or a later root Microsoft announces) cannot build the chain.',
     'failure', 'customer', 'Customer''s PBX/SBC admin (CUST)', 'When the roots Microsoft lists are in the SBC''s trusted-root list for the TLS context towards Microsoft and the SBC still rejects the handshake: to the SBC vendor (VEND) with the capture.',
     'ms-plan', 'Public trusted certificate for the SBC'),
    ('teams-tls-handshake', 'The certificate is valid and named right, yet the handshake fails: the SBC does not offer TLS 1.2 or later or a cipher Microsoft accepts, or the firewall or the SBC''s own access list admits only some of Microsoft''s SIP proxy addresses (Teams uses several Microsoft datacenters, and the proxies'' addresses move between them).',
     'failure', 'customer', 'L2 network (NET)', 'When the versions, ciphers and access lists match and the handshake still fails: to the SBC vendor (VEND) with the capture.',
     'ms-sbc', 'TLS connection issues');
INSERT INTO outcome_step (outcome, seq, actor, text, source, cite) VALUES
    ('teams-tls-trust', 1, 'operator', 'In the Teams admin center read the SBC''s TLS connectivity status; in a capture or the SBC''s log, confirm the SBC sends the TLS alert (unknown_ca or bad_certificate) after Microsoft''s Certificate message.', 'ms-monitor', 'Monitoring availability of Session Border Controllers using SIP options'),
    ('teams-tls-trust', 2, 'customer', 'Import DigiCert Global Root G2, and any other root Microsoft lists for its SIP interface, into the trusted-root list of the SBC''s TLS context used towards Microsoft.', 'ms-plan', 'Public trusted certificate for the SBC'),
    ('teams-tls-trust', 3, 'customer', 'Restart the SBC''s TLS connections to Microsoft (in a quiet hour) so they are set up again with the new trust list.', 'ms-sbc', 'SBC certificate is invalid'),
    ('teams-tls-trust', 4, 'operator', 'Once the dashboard shows the SBC active, place a test call in each direction.', 'ms-monitor', 'Monitoring availability of Session Border Controllers using SIP options'),
    ('teams-tls-handshake', 1, 'operator', 'In a capture of the connection to port 5061, read the TLS version offered, which side sends the Alert and which one (protocol_version, handshake_failure).', 'rfc8446', 'section 6.2'),
    ('teams-tls-handshake', 2, 'customer', 'Enable TLS 1.2 or later and the ciphers Direct Routing accepts on the SBC''s TLS context towards Microsoft.', 'ms-sbc', 'TLS connection issues'),
    ('teams-tls-handshake', 3, 'customer', 'Let the firewall and the SBC''s access list pass SIP/TLS both ways for all the SIP proxies'' addresses (sip-all.pstnhub.microsoft.com resolves to all of them): Teams uses several Microsoft datacenters.', 'ms-sbc', 'SBC status is intermittently inactive'),
    ('teams-tls-handshake', 4, 'operator', 'Once the dashboard shows the SBC active, place a test call in each direction.', 'ms-monitor', 'Monitoring availability of Session Border Controllers using SIP options');
INSERT INTO tree (id, title, root_node, root_outcome, source, cite) VALUES
    ('teams-dr-tls', 'Teams Direct Routing TLS: SBC certificate, trust of Microsoft''s roots, FQDN, handshake, OPTIONS, SRTP', 'q1', NULL, 'ms-plan', 'Public trusted certificate for the SBC');
INSERT INTO node (tree, id, check_id, likely, yes_node, yes_outcome, no_node, no_outcome) VALUES
    ('teams-dr-tls', 'q1', 'tls-handshake-ok', 'no', 'q4', NULL, 'q2', NULL),
    ('teams-dr-tls', 'q2', 'cert-valid', 'no', 'q6', NULL, NULL, 'sym-tls-cert'),
    ('teams-dr-tls', 'q6', 'peer-chain-trusted', 'yes', 'q3', NULL, NULL, 'teams-tls-trust'),
    ('teams-dr-tls', 'q3', 'cert-name-match', 'yes', NULL, 'teams-tls-handshake', NULL, 'sym-tls-name'),
    ('teams-dr-tls', 'q4', 'options-ok', 'no', 'q5', NULL, NULL, 'sym-tls-options'),
    ('teams-dr-tls', 'q5', 'srtp-keys-match', 'yes', NULL, 'sym-tls-escalate', NULL, 'sym-tls-srtp');
INSERT INTO symptom_match (vendor, symptom, initiator, tree, source, cite) VALUES
    ('teams-dr', 'tls', NULL, 'teams-dr-tls', 'ms-plan', 'Public trusted certificate for the SBC');
INSERT INTO outcome_severity (outcome, severity, reason, source, cite) VALUES
    ('teams-tls-trust', 'immediate', 'While the SBC rejects Microsoft''s certificate no call passes in either direction.', 'ms-plan', 'Public trusted certificate for the SBC');
