-- siptriage knowledge base: reading evidence.
--
-- q850_map: shared/reference/q850-sip-mapping.tsv, row for row: RFC 3398 in
-- both directions and what FreeSWITCH and Asterisk actually send.
-- warn_code: the Warning header codes of RFC 3261 section 20.43.
-- ua_hint: User-Agent / Server text naming a platform or a SIP scanner.
-- log_hint: call-log field names that say whose log a line is.

INSERT INTO q850_map (direction, cause, cause_name, sip_code, sip_class, note, source, cite) VALUES
    ('q850_to_sip_rfc3398_s7.2.4.1', 1, 'Unallocated (unassigned) number', 404, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 2, 'No route to specified transit network (national use)', 404, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 3, 'No route to destination', 404, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 16, 'Normal call clearing', NULL, NULL, 'no response mapping: cause 16 normally results in BYE or CANCEL (RFC 3398 footnote *)', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 17, 'User busy', 486, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 18, 'No user responding', 408, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 19, 'No answer from user (user alerted)', 480, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 20, 'Subscriber absent', 480, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 21, 'Call rejected', 403, NULL, 'footnote (+): if cause location is ''user'' a 6xx may be sent instead (403 becomes 603)', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 22, 'Number changed', 410, NULL, 'number changed WITHOUT diagnostic', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 22, 'Number changed', 301, NULL, 'number changed WITH diagnostic (new number usable as Contact)', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 23, 'Redirection to new destination', 410, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 26, 'Non-selected user clearing', 404, NULL, 'footnote (=): ANSI procedure', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 27, 'Destination out of order', 502, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 28, 'Invalid number format (address incomplete)', 484, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 29, 'Facility rejected', 501, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 31, 'Normal, unspecified', 480, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 34, 'No circuit/channel available', 503, NULL, 'RFC 3398 group ''Resource unavailable''', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 38, 'Network out of order', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 41, 'Temporary failure', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 42, 'Switching equipment congestion', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 47, 'Resource unavailable, unspecified', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 55, 'Incoming calls barred within CUG', 403, NULL, 'RFC 3398 group ''Service or option not available''', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 57, 'Bearer capability not authorized', 403, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 58, 'Bearer capability not presently available', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 65, 'Bearer capability not implemented', 488, NULL, 'RFC 3398 group ''Service or option not implemented''', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 70, 'Only restricted digital information bearer capability is available (national use)', 488, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 79, 'Service or option not implemented, unspecified', 501, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 87, 'User not member of CUG', 403, NULL, 'RFC 3398 group ''Invalid message''', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 88, 'Incompatible destination', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 102, 'Recovery on timer expiry', 504, NULL, 'RFC 3398 group ''Protocol error''; RFC text labels it 504 Gateway timeout', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 111, 'Protocol error, unspecified', 500, NULL, NULL, 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('q850_to_sip_rfc3398_s7.2.4.1', 127, 'Interworking, unspecified', 500, NULL, 'RFC 3398 group ''Interworking''', 'q850-map', 'RFC 3398 section 7.2.4.1 (Q.850 to SIP)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 41, 'Temporary failure', 400, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 21, 'Call rejected', 401, NULL, 'footnote (*): send 21 only if the gateway cannot authenticate itself and retry', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 21, 'Call rejected', 402, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 21, 'Call rejected', 403, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 1, 'Unallocated (unassigned) number', 404, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 63, 'Service or option not available, unspecified', 405, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 79, 'Service or option not implemented, unspecified', 406, NULL, 'footnote (+): gateway SHOULD try to remedy and re-originate before releasing', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 21, 'Call rejected', 407, NULL, 'footnote (*)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 102, 'Recovery on timer expiry', 408, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 22, 'Number changed', 410, NULL, 'RFC text: number changed (w/o diagnostic)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 413, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 414, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 79, 'Service or option not implemented, unspecified', 415, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 416, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 420, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 421, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 423, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 18, 'No user responding', 480, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 41, 'Temporary failure', 481, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 25, 'Exchange routing error', 482, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 25, 'Exchange routing error', 483, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 28, 'Invalid number format (address incomplete)', 484, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 1, 'Unallocated (unassigned) number', 485, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 17, 'User busy', 486, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', NULL, NULL, 487, NULL, 'no mapping (RFC 3398: ''---'')', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', NULL, NULL, 488, NULL, '''by Warning header''; RFC text recommends 31 for most Warning codes, 65 when the Warning is about bearer capability [recommendation text UNVERIFIED, recalled]', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 41, 'Temporary failure', 500, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 79, 'Service or option not implemented, unspecified', 501, NULL, 'RFC text: ''Not implemented, unspecified''', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 38, 'Network out of order', 502, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 41, 'Temporary failure', 503, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 102, 'Recovery on timer expiry', 504, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 505, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 127, 'Interworking, unspecified', 513, NULL, 'footnote (+)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 17, 'User busy', 600, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 21, 'Call rejected', 603, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 1, 'Unallocated (unassigned) number', 604, NULL, NULL, 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', NULL, NULL, 606, NULL, '''by Warning header'' (same rule as 488)', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 31, 'Normal, unspecified', NULL, NULL, 'RFC 3398 s8.2.6.1 prose: unlisted codes map to 31 Normal, unspecified', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('sip_to_q850_rfc3398_s8.2.6.1', 16, 'Normal call clearing', NULL, NULL, 'RFC 3398 s8.2.6.1 prose: BYE/CANCEL SHOULD map to 16 Normal clearing', 'q850-map', 'RFC 3398 section 8.2.6.1 (SIP to Q.850)'),
    ('q850_to_sip_freeswitch', 1, 'Unallocated (unassigned) number', 404, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 2, 'No route to specified transit network (national use)', 404, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 3, 'No route to destination', 404, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 17, 'User busy', 486, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 18, 'No user responding', 408, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 19, 'No answer from user (user alerted)', 480, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 20, 'Subscriber absent', 480, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 21, 'Call rejected', 603, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 22, 'Number changed', 410, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 23, 'Redirection to new destination', 410, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 25, 'Exchange routing error', 483, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 27, 'Destination out of order', 502, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 28, 'Invalid number format (address incomplete)', 484, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 29, 'Facility rejected', 501, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 31, 'Normal, unspecified', 480, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 34, 'No circuit/channel available', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 38, 'Network out of order', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 41, 'Temporary failure', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 42, 'Switching equipment congestion', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 44, 'Requested circuit/channel not available', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 52, 'Outgoing calls barred (ANSI / Asterisk+FreeSWITCH enum; not ITU Q.850)', 403, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 54, 'Incoming calls barred (ANSI / Asterisk+FreeSWITCH enum; not ITU Q.850)', 403, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 57, 'Bearer capability not authorized', 403, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 58, 'Bearer capability not presently available', 503, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 65, 'Bearer capability not implemented', 488, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 69, 'Requested facility not implemented', 501, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 79, 'Service or option not implemented, unspecified', 501, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 88, 'Incompatible destination', 488, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', 102, 'Recovery on timer expiry', 504, NULL, 'mod_sofia.c hangup_cause_to_sip (comment cites RFC 4497 s8.4.1)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', NULL, NULL, 480, NULL, 'FreeSWITCH default for any unlisted cause incl. 16 and 47 (see signalwire/freeswitch issue #732)', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('q850_to_sip_freeswitch', NULL, NULL, 487, NULL, 'not a Q.850 value', 'q850-map', 'FreeSWITCH mod_sofia hangup_cause_to_sip'),
    ('sip_to_q850_freeswitch', 16, 'Normal call clearing', 200, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 41, 'Temporary failure', 400, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 21, 'Call rejected', 401, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 21, 'Call rejected', 402, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 21, 'Call rejected', 403, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 1, 'Unallocated (unassigned) number', 404, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 63, 'Service or option not available, unspecified', 405, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 79, 'Service or option not implemented, unspecified', 406, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 21, 'Call rejected', 407, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 102, 'Recovery on timer expiry', 408, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 22, 'Number changed', 410, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 413, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 414, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 79, 'Service or option not implemented, unspecified', 415, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 416, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 420, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 421, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 423, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 18, 'No user responding', 480, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 41, 'Temporary failure', 481, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 25, 'Exchange routing error', 482, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 25, 'Exchange routing error', 483, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 28, 'Invalid number format (address incomplete)', 484, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 3, 'No route to destination', 485, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 17, 'User busy', 486, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 88, 'Incompatible destination', 488, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 41, 'Temporary failure', 500, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 79, 'Service or option not implemented, unspecified', 501, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 38, 'Network out of order', 502, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 41, 'Temporary failure', 503, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 102, 'Recovery on timer expiry', 504, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 505, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 127, 'Interworking, unspecified', 513, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 17, 'User busy', 600, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 21, 'Call rejected', 603, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 3, 'No route to destination', 604, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 88, 'Incompatible destination', 606, NULL, 'sofia_glue.c sofia_glue_sip_cause_to_freeswitch (comment cites RFC 4497 s8.4.4); some older versions map 404->3', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', NULL, NULL, 487, NULL, 'not a Q.850 value', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_freeswitch', 31, 'Normal, unspecified', NULL, NULL, 'FreeSWITCH default NORMAL_UNSPECIFIED', 'q850-map', 'FreeSWITCH SIP to hangup cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 21, 'Call rejected', 401, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 21, 'Call rejected', 403, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 1, 'Unallocated (unassigned) number', 404, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 405, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 21, 'Call rejected', 407, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 18, 'No user responding', 408, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 41, 'Temporary failure', 409, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 22, 'Number changed', 410, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 411, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 413, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 414, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 415, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 3, 'No route to destination', 420, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 19, 'No answer from user (user alerted)', 480, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 481, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 482, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 19, 'No answer from user (user alerted)', 483, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 28, 'Invalid number format (address incomplete)', 484, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 1, 'Unallocated (unassigned) number', 485, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 17, 'User busy', 486, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 487, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 58, 'Bearer capability not presently available', 488, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 491, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 493, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 38, 'Network out of order', 500, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 29, 'Facility rejected', 501, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 27, 'Destination out of order', 502, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 34, 'No circuit/channel available', 503, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 102, 'Recovery on timer expiry', 504, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', 505, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 17, 'User busy', 600, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 21, 'Call rejected', 603, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 1, 'Unallocated (unassigned) number', 604, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 58, 'Bearer capability not presently available', 606, NULL, 'channels/chan_pjsip.c hangup_sip2cause', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', NULL, 4, 'Asterisk default for unlisted 4xx', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 34, 'No circuit/channel available', NULL, 5, 'Asterisk default for unlisted 5xx (AST_CAUSE_CONGESTION)', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('sip_to_q850_asterisk_chan_pjsip', 127, 'Interworking, unspecified', NULL, 6, 'Asterisk default for unlisted 6xx', 'q850-map', 'Asterisk chan_pjsip hangup_sip2cause'),
    ('q850_cause_name_only', 4, 'Send special information tone', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 5, 'Misdialled trunk prefix (national use)', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 6, 'Channel unacceptable', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 7, 'Call awarded and being delivered in an established channel', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 8, 'Preemption', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 9, 'Preemption - circuit reserved for reuse', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 14, 'QoR: ported number', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 24, 'Call rejected due to feature at the destination', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 25, 'Exchange routing error', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 30, 'Response to STATUS ENQUIRY', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 39, 'Permanent frame mode connection out of service', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 40, 'Permanent frame mode connection operational', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 43, 'Access information discarded', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 44, 'Requested circuit/channel not available', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 46, 'Precedence call blocked', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 49, 'Quality of service not available', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 50, 'Requested facility not subscribed', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 52, 'Outgoing calls barred (ANSI / Asterisk+FreeSWITCH enum; not ITU Q.850)', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 53, 'Outgoing calls barred within CUG', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 54, 'Incoming calls barred (ANSI / Asterisk+FreeSWITCH enum; not ITU Q.850)', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 62, 'Inconsistency in designated outgoing access information and subscriber class', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 63, 'Service or option not available, unspecified', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 66, 'Channel type not implemented', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 69, 'Requested facility not implemented', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 81, 'Invalid call reference value', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 82, 'Identified channel does not exist', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 83, 'A suspended call exists, but this call identity does not', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 84, 'Call identity in use', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 85, 'No call suspended', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 86, 'Call having the requested call identity has been cleared', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 90, 'Non-existent CUG', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 91, 'Invalid transit network selection (national use)', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 95, 'Invalid message, unspecified', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 96, 'Mandatory information element is missing', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 97, 'Message type non-existent or not implemented', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 98, 'Message not compatible with call state or message type non-existent or not implemented', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 99, 'Information element / parameter non-existent or not implemented', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 100, 'Invalid information element contents', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 101, 'Message not compatible with call state', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 103, 'Parameter non-existent or not implemented - passed on (national use)', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names'),
    ('q850_cause_name_only', 110, 'Message with unrecognized parameter discarded', NULL, NULL, 'no RFC 3398 s7.2.4.1 mapping; listed for the cause-name lookup', 'q850-map', 'Q.850 cause names');

-- The defaults of a direction: FreeSWITCH sends 480 for any cause it does
-- not list; RFC 3398 section 8.2.6.1 maps any unlisted SIP code to cause 31.
UPDATE q850_map SET is_default = 1
 WHERE (direction = 'q850_to_sip_freeswitch' AND cause IS NULL AND sip_code = 480)
    OR (direction = 'sip_to_q850_rfc3398_s8.2.6.1' AND cause = 31 AND sip_code IS NULL);

INSERT INTO warn_code (code, meaning, source, cite) VALUES
    (300, 'Incompatible network protocol: none of the network protocols in the offer are available.', 'rfc3261', 'section 20.43'),
    (301, 'Incompatible network address formats: none of the address formats in the offer are available.', 'rfc3261', 'section 20.43'),
    (302, 'Incompatible transport protocol: none of the transport protocols in the offer are available.', 'rfc3261', 'section 20.43'),
    (303, 'Incompatible bandwidth units: a bandwidth measurement unit in the offer was not understood.', 'rfc3261', 'section 20.43'),
    (304, 'Media type not available: none of the media types offered are available (for example video offered to an audio-only endpoint).', 'rfc3261', 'section 20.43'),
    (305, 'Incompatible media format: none of the media formats (codecs) offered are available.', 'rfc3261', 'section 20.43'),
    (306, 'Attribute not understood: a media attribute in the offer is not supported.', 'rfc3261', 'section 20.43'),
    (307, 'Session description parameter not understood: a parameter other than those above was not understood.', 'rfc3261', 'section 20.43'),
    (330, 'Multicast not available: the site cannot reach the multicast address in the offer.', 'rfc3261', 'section 20.43'),
    (331, 'Unicast not available: the site cannot support unicast (usually a firewall).', 'rfc3261', 'section 20.43'),
    (370, 'Insufficient bandwidth: the bandwidth in the offer exceeds what is available.', 'rfc3261', 'section 20.43'),
    (399, 'Miscellaneous warning: free text for a human; receivers must not act on it automatically.', 'rfc3261', 'section 20.43');

-- A far end that says "incompatible media format" has no codec in common with the offer.
UPDATE warn_code SET check_id = 'codecs', answer = 'no' WHERE code = 305;

INSERT INTO ua_hint (pattern, vendor, scanner, note, source, cite) VALUES
    ('friendly-scanner', NULL, 1, 'the SIPVicious scanner''s default User-Agent', 'kam', 'scanner user agents dropped in the sample configuration'),
    ('sipcli', NULL, 1, 'a SIP command-line scanning tool', 'kam', 'scanner user agents dropped in the sample configuration'),
    ('VaxSIPUserAgent', NULL, 1, 'a User-Agent used by SIP scanning and toll-fraud bots', 'kam', 'scanner user agents dropped in the sample configuration'),
    ('sipvicious', NULL, 1, 'the SIPVicious scanning suite', 'siptriage', 'a widely used SIP scanning tool'),
    ('sipsak', NULL, 1, 'the sipsak SIP testing tool, also used for scanning', 'siptriage', NULL),
    ('sundayddr', NULL, 1, 'a User-Agent seen in SIP scanning traffic', 'siptriage', NULL),
    ('pplsip', NULL, 1, 'a User-Agent seen in SIP scanning traffic', 'siptriage', NULL),
    ('iWar', NULL, 1, 'a war-dialling tool', 'siptriage', NULL),
    ('sip-scan', NULL, 1, 'a SIP scanning tool', 'siptriage', NULL),
    ('jambonz', 'jambonz', 0, 'jambonz, the SIP platform the Cognigy Voice Gateway is built on (for a Cognigy deployment use cognigy-vg)', 'domain-notes', 'sources: jambonz behaviour behind the voice gateway'),
    ('Cognigy', 'cognigy-vg', 0, 'the Cognigy Voice Gateway', 'seed-000', NULL),
    ('DIDWW', 'didww', 0, 'the DIDWW platform', 'seed-003', NULL);

INSERT INTO log_hint (field, vendor, note, source, cite) VALUES
    ('Disconnect Initiator', 'didww', 'DIDWW call logs carry a Disconnect Initiator column beside the SIP code and reason.', 'seed-003', 'Disconnect Initiator'),
    ('sip_status', 'cognigy-vg', 'The voice gateway logs the SIP code as sip_status.', 'seed-000', 'sip_status in Logs');

INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    ('codec-shared', 'codecs', 'yes', NULL, 'the first codec of the SDP answer is also in the offer', 'rfc3261', 'section 13.2.1 (offer/answer)'),
    ('no-codec-shared', 'codecs', 'no', NULL, 'no codec of the SDP answer is in the offer', 'rfc3261', 'section 13.2.1 (offer/answer)'),
    ('srtp-same', 'media-encryption', 'yes', NULL, 'offer and answer use the same RTP profile (RTP/AVP or RTP/SAVP)', 'domain-notes', 'section 9, question 12'),
    ('srtp-differs', 'media-encryption', 'no', NULL, 'one side offers SRTP (RTP/SAVP), the other plain RTP (RTP/AVP)', 'tnx-rc', '488 SRTP mismatch'),
    ('private-sdp-address', 'nat-clean', 'no', NULL, 'a private address in an SDP c= line: the far end cannot send media there', 'tw-ts', 'LAN IP in SDP'),
    ('challenge-retried', 'challenge-answered', 'yes', NULL, 'a request with credentials followed the 401/407 challenge', 'tw-pcap', 'challenge answered'),
    ('challenge-not-retried', 'challenge-answered', 'no', NULL, 'no request with credentials followed the 401/407 challenge', 'tw-pcap', 'challenge answered'),
    ('ok-resent-no-ack', 'ack-received', 'no', 2, 'the 200 OK to the INVITE was sent again (at least twice) and no ACK came: the answering side never got the ACK and ends the call after 64*T1, about 32 s', 'rfc3261', 'section 13.3.1.4'),
    ('provisional-180', 'reachable', 'yes', NULL, 'a 180 Ringing came back: the request reached the far end, which alerts the user', 'rfc3261', 'section 21.1.2'),
    ('provisional-183', 'reachable', 'yes', NULL, 'a 183 Session Progress came back: the request reached the far end', 'rfc3261', 'section 21.1.5'),
    ('q850-cause-19', 'ringing-timeout', 'yes', NULL, 'Q.850 cause 19 (no answer from user, user alerted) in the Reason header: the phone rang and nobody answered', 'rfc3398', 'section 7.2.4.1 (cause 19 maps to 480)'),
    ('q850-cause-34', 'network-congestion', 'yes', NULL, 'Q.850 cause 34 (no circuit/channel available) in the Reason header', 'rfc3398', 'section 8.2.6.1'),
    ('q850-cause-42', 'network-congestion', 'yes', NULL, 'Q.850 cause 42 (switching equipment congestion) in the Reason header', 'rfc3398', 'section 8.2.6.1'),
    ('final-REGISTER-403', 'register-forbidden', 'yes', NULL, 'the registrar answered the REGISTER with 403 Forbidden: it refuses the registration itself (a REGISTER is not a call: no credit or route rule applies)', 'rfc3261', 'section 10.3 (step 6) and 21.4.4'),
    ('final-INVITE-403', 'register-forbidden', 'no', NULL, 'the 403 answers an INVITE: a call was refused, not a registration', 'rfc3261', 'section 21.4.4'),
    ('final-423', 'expires-accepted', 'no', NULL, 'a 423 Interval Too Brief refused the Expires of the request', 'rfc3261', 'section 10.2.8'),
    ('rechallenged-after-credentials', 'rechallenged', 'yes', NULL, 'the request with credentials was challenged again, without stale=true', 'rfc7616', 'section 3.3'),
    ('rechallenged-stale', 'rechallenged', 'no', NULL, 'the second challenge says stale=true: a retry with the new nonce, not a rejection', 'rfc7616', 'section 3.3'),
    ('digest-user-same', 'digest-user', 'yes', NULL, 'the Authorization username equals the From user', 'seed-004', '403 Misconfiguration'),
    ('digest-user-differs', 'digest-user', 'no', NULL, 'the Authorization username differs from the From user', 'seed-004', '403 Misconfiguration'),
    ('scanner-user-agent', 'scanner', 'yes', NULL, 'the User-Agent or Server names a SIP scanner', 'kam', 'scanner user agents'),
    ('reliable-transport', 'message-size', 'yes', NULL, 'the request travels over TCP or TLS, where size does not matter', 'rfc3261', 'section 18.1.1'),
    ('udp-request-large', 'message-size', 'no', 1300, 'a request over UDP larger than 1300 bytes must go over TCP', 'rfc3261', 'section 18.1.1');

-- The platforms of the vendor contexts twilio, telnyx, teams-dr, asterisk,
-- freeswitch and jambonz: their User-Agent / Server text ...
INSERT INTO ua_hint (pattern, vendor, scanner, note, source, cite) VALUES
    ('Microsoft.PSTNHub.SIPProxy', 'teams-dr', 0, 'Microsoft''s Direct Routing SIP proxy', 'jz-sbc', 'MS_TEAMS_USER_AGENT'),
    ('Asterisk', 'asterisk', 0, 'an Asterisk PBX (its default User-Agent starts with Asterisk PBX)', 'siptriage', NULL),
    ('FreeSWITCH', 'freeswitch', 0, 'FreeSWITCH (its default User-Agent starts with FreeSWITCH-mod_sofia)', 'siptriage', NULL),
    ('Twilio', 'twilio', 0, 'a Twilio SIP element', 'siptriage', NULL),
    ('Telnyx', 'telnyx', 0, 'a Telnyx SIP element', 'siptriage', NULL);

-- ... and the headers they add (header_hint): the start of a header name.
INSERT INTO header_hint (prefix, vendor, note, source, cite) VALUES
    ('X-Twilio-', 'twilio', 'a header Twilio adds (X-Twilio-Error carries the Debugger code of a refused call)', 'tw-603', 'X-Twilio-Error'),
    ('X-Telnyx-', 'telnyx', 'a Telnyx header (e.g. X-Telnyx-Token of token authentication)', 'tnx-auth', 'IP + Token'),
    ('X-MS-', 'teams-dr', 'a Microsoft Teams Direct Routing header (e.g. X-MS-SBC describing the SBC)', 'ms-acg', 'SIP signaling'),
    ('X-Asterisk-HangupCause', 'asterisk', 'the hangup cause Asterisk adds to a failed call''s response', 'ast-chansip', '__transmit_response'),
    ('X-FS-', 'freeswitch', 'a FreeSWITCH header (e.g. X-FS-Support)', 'fs-sofia', 'X-FS-Support'),
    ('X-Voip-Carrier-Sid', 'jambonz', 'a header jambonz''s SBC adds (the carrier of the call)', 'jz-sbc', 'identifyAccount'),
    ('X-Originating-Carrier', 'jambonz', 'a header jambonz''s SBC adds (the carrier''s name)', 'jz-sbc', 'identifyAccount'),
    ('X-Application-Sid', 'jambonz', 'a header jambonz''s SBC adds (the application of the call)', 'jz-sbc', 'identifyAccount'),
    ('X-Account-Sid', 'jambonz', 'a header jambonz''s SBC adds (the account of the call)', 'jz-sbc', 'identifyAccount');

-- Issue 9: an answered challenge, accepted or challenged again (sipcall.c
-- tells them apart; a second challenge with stale=true is a new nonce, not a
-- failure, RFC 2617 section 3.2.1).
INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    ('challenge-accepted', 'credentials-valid', 'yes', NULL, 'the request re-sent with credentials after a 401/407 got a 2xx: the credentials were accepted', 'rfc3261', 'section 22.2 and 22.3'),
    ('challenge-refused-again', 'credentials-valid', 'no', NULL, 'the request re-sent with credentials got a second 401/407 without stale=true: the credentials are invalid (RFC 2617 section 3.2.1)', 'rfc3261', 'section 22.2 and 22.3');

-- Issue 10: the RTP a capture holds answers the media checks.  Packets are
-- counted per direction for the media addresses each side's SDP announced
-- (trace_capture.c); before the 2xx only early media flows, so one way or
-- none is read for an answered call only.
INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    ('rtp-both-ways', 'media-flowing', 'yes', NULL, 'the capture holds RTP to both sides of the call', 'domain-notes', 'section 9, item 17'),
    ('rtp-one-way', 'media-flowing', 'no', NULL, 'the answered call''s RTP flowed to one side only: one-way audio (a NAT, firewall or a wrong SDP address on the silent side)', 'domain-notes', 'section 9, items 13 and 17'),
    ('rtp-none', 'media-flowing', 'no', NULL, 'the answered call has no RTP to either side in the capture (or the capture was taken where media does not pass)', 'domain-notes', 'section 9, item 17'),
    ('rtp-private-destination', 'nat-clean', 'no', NULL, 'RTP was sent to a private address of a side that signals from a public one: its SDP carries a LAN address', 'tw-ts', 'LAN IP in SDP'),
    ('rtp-payload-listed', 'codecs', 'yes', NULL, 'every RTP payload type that flowed is listed in the SDP of the side that received it', 'rfc3264', 'section 5.1 (formats a side is willing to receive)'),
    ('rtp-payload-unlisted', 'codecs', 'no', NULL, 'RTP carried a payload type the receiving side''s SDP does not list: it cannot decode that media', 'rfc3264', 'section 5.1 (formats a side is willing to receive)');

-- A platform's own reason for a refused call, carried in a header of the
-- response (header_hint.reason = 1): its first token is a vendor_reason of
-- that vendor, read as if typed with -r.  Twilio's Debugger code in
-- X-Twilio-Error is the one the knowledge base lists (data/twilio.sql).
INSERT INTO header_hint (prefix, vendor, note, source, cite, reason) VALUES
    ('X-Twilio-Error', 'twilio', 'Twilio''s error header: its first token is the Error Dictionary code of the refusal (32201: source IP not in the trunk''s ACL)', 'tw-603', 'X-Twilio-Error', 1);

-- Outside review 4 (F1, F3, F8, F12): what the trace reader had parsed and
-- did not turn into answers.  A fact named "X:something" answers a second
-- check for the same observation (src/trace.c, observe_rules()).
INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    -- F3: SRTP offered to a plain-RTP side.  An answerer refuses a stream
    -- whose transport (RTP/SAVP, RFC 3711 and RFC 4568) it cannot use; with
    -- no other stream to answer, the whole offer is refused: 488 (or 415,
    -- 606) and no SDP answer.
    ('savp-offer-final-488', 'media-encryption', 'no', NULL, 'the offer''s audio is SRTP only (RTP/SAVP or RTP/SAVPF, with a=crypto keys) and the far end refused it with 488 and no SDP answer: it does not take SRTP on this trunk, or wants it keyed another way; a Warning 305 or Q.850 cause 88 beside it is the generic text many SBCs send for any refused SDP', 'rfc3264', 'section 6 (a stream whose transport the answerer cannot use is refused); RFC 3711 and RFC 4568 (RTP/SAVP with a=crypto)'),
    ('savp-offer-final-415', 'media-encryption', 'no', NULL, 'the offer''s audio is SRTP only (RTP/SAVP or RTP/SAVPF) and the far end refused it with 415 and no SDP answer', 'rfc3264', 'section 6; RFC 3711 and RFC 4568'),
    ('savp-offer-final-606', 'media-encryption', 'no', NULL, 'the offer''s audio is SRTP only (RTP/SAVP or RTP/SAVPF) and the far end refused it with 606 and no SDP answer', 'rfc3264', 'section 6; RFC 3711 and RFC 4568'),
    -- ... and when that refused offer already holds G.711, the codecs are
    -- not the difference: a Warning 305 then does not say "no codec".
    ('savp-refused-codec-PCMU', 'codecs', 'yes', NULL, 'the refused SRTP offer already holds G.711 u-law (PCMU), the codec SIP trunks take: the RTP/SAVP profile is the difference, not the codecs', 'domain-notes', 'section 3, Codecs / SDP (trunks take G.711)'),
    ('savp-refused-codec-PCMA', 'codecs', 'yes', NULL, 'the refused SRTP offer already holds G.711 A-law (PCMA), the codec SIP trunks take: the RTP/SAVP profile is the difference, not the codecs', 'domain-notes', 'section 3, Codecs / SDP (trunks take G.711)'),
    -- F1: a 503 with Retry-After is a known, temporary overload or
    -- maintenance; Q.850 41 and 38 map to 503 like 34 and 42.
    ('retry-after-final-503', 'network-congestion', 'yes', NULL, 'a 503 with Retry-After: the server is overloaded or in maintenance for that time; the sender should try another server and send this one nothing until it runs out', 'rfc3261', 'section 21.5.4'),
    ('q850-cause-41', 'network-congestion', 'yes', NULL, 'Q.850 cause 41 (temporary failure) in the Reason header: a network condition that will not last, not an account one', 'rfc3398', 'section 8.2.6.1 (34, 38, 41 and 42 map to 503)'),
    ('q850-cause-38', 'network-congestion', 'yes', NULL, 'Q.850 cause 38 (network out of order) in the Reason header: the far end''s network cannot carry the call for now', 'rfc3398', 'section 8.2.6.1 (34, 38, 41 and 42 map to 503)'),
    -- F8: a session timer that nobody refreshed.
    ('session-timer-no-refresh', 'session-refresh-ok', 'no', NULL, 'the 200 OK set a session timer (Session-Expires, with the refresher= that must refresh it at half the interval), no re-INVITE or UPDATE came, and the BYE came after half the interval: the session expired; the side that is not the refresher sends a BYE shortly before the end (the interval minus the smaller of 32 s and a third of it)', 'rfc4028', 'sections 7.2 and 10'),
    ('public-addresses', 'nat-clean', 'yes', NULL, 'every Contact and SDP c= address of the call is a public IP address, the Via sent-by is not private and no received= says a NAT rewrote it', 'rfc3261', 'section 18.2.1 (received=); sections 12.1.1 and 12.1.2 (Contact)'),
    ('private-contact', 'nat-clean', 'no', NULL, 'a Contact header of the call carries a private address: requests for that side go where the other side cannot reach', 'rfc3261', 'sections 12.1.1 and 12.1.2 (the Contact is the remote target)'),
    -- F12
    ('private-ok-contact', 'contact-routable', 'no', NULL, 'the Contact of the 2xx to the INVITE is a private address: the caller sends the ACK and every later request (BYE, re-INVITE) there, and they are lost', 'rfc3261', 'sections 12.1.2 and 13.2.2.4'),
    ('unchallenged-final-REGISTER-403', 'challenge-answered', 'no', NULL, 'the REGISTER was refused with 403 at once, with no 401 or 407 challenge in the transaction: no credentials were asked for, so none were answered; the registrar refuses the client itself (its address, its domain or a ban)', 'rfc3261', 'sections 10.3 (steps 4 and 6) and 22.1'),
    ('info-application/dtmf-relay-telephone-event', 'dtmf-method-match', 'no', NULL, 'digits were sent in SIP INFO (application/dtmf-relay) although the offer and the answer both agreed on RFC 4733 telephone-events: the far end listens for digits in the RTP stream and may never see these', 'rfc4733', 'section 2 (RFC 6086 section 1: INFO packages are the only way to use INFO)'),
    ('info-application/dtmf-telephone-event', 'dtmf-method-match', 'no', NULL, 'digits were sent in SIP INFO (application/dtmf) although the offer and the answer both agreed on RFC 4733 telephone-events: the far end listens for digits in the RTP stream and may never see these', 'rfc4733', 'section 2 (RFC 6086 section 1: INFO packages are the only way to use INFO)'),
    ('provisional-180:registered', 'registered', 'yes', NULL, 'a 180 Ringing came back: the far end found the called user and alerts it, so it is registered (or needs no registration)', 'rfc3261', 'sections 10 and 21.1.2'),
    ('provisional-180:message-size', 'message-size', 'yes', NULL, 'a 180 Ringing came back: the INVITE arrived whole and was understood, so its size on UDP is not what failed', 'rfc3261', 'sections 18.1.1 and 21.1.2'),
    ('provisional-183:message-size', 'message-size', 'yes', NULL, 'a 183 Session Progress came back: the INVITE arrived whole and was understood, so its size on UDP is not what failed', 'rfc3261', 'sections 18.1.1 and 21.1.5');
INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    ('ack-after-answer', 'ack-received', 'yes', NULL, 'an ACK for the 2xx is in the trace and the 2xx was not sent again after it: the answering side got the ACK and stopped re-sending (a capture at the caller''s side that shows the 2xx again after the ACK means the ACK was lost)', 'rfc3261', 'sections 13.2.2.4 and 13.3.1.4');
INSERT INTO trace_rule (fact, check_id, answer, threshold, note, source, cite) VALUES
    ('refresh-final-481', 'session-refresh-ok', 'no', NULL, 'a re-INVITE or UPDATE in a session with Session-Expires got 481: the other side no longer knows the dialog, and the refresher must end the session with a BYE', 'rfc4028', 'section 10'),
    ('refresh-final-408', 'session-refresh-ok', 'no', NULL, 'a re-INVITE or UPDATE in a session with Session-Expires got 408: the refresh timed out, and the refresher must end the session with a BYE', 'rfc4028', 'section 10');
