-- siptriage knowledge base: what makes a call that got no failure response
-- a failed one (the call_failure table, data/schema.sql; src/trace.c).
--
-- A trace or call log of many calls is shown from its first failed call,
-- and its call list marks every failed one.  A 4xx, 5xx or 6xx final
-- response makes a call failed by itself (RFC 3261 section 7.2); these rows
-- say what else the evidence can prove about an answered call.  This file
-- comes after the others: its rows name checks, and sources some of them
-- define (rfc3326 is in glossary.sql).
INSERT INTO call_failure (id, kind, check_id, answer, protocol, low, high, pattern, mark, note, source, cite) VALUES
    ('no-ack', 'answer', 'ack-received', 'no', NULL, NULL, NULL, NULL, 'no ACK', 'the answering side re-sent its 200 OK and no ACK came: it ends such a call after 64*T1 (about 32 s), so the call failed although it was answered', 'rfc3261', 'section 13.3.1.4'),
    ('no-media', 'answer', 'media-flowing', 'no', NULL, NULL, NULL, NULL, 'no audio', 'the capture shows the answered call''s RTP one way only or not at all: the call connected but could not be used', 'domain-notes', 'section 9, items 13 and 17'),
    ('refresh-failed', 'answer', 'session-refresh-ok', 'no', NULL, NULL, NULL, NULL, 'timer', 'the session was not refreshed in time, so the session timer ended the call', 'rfc4028', 'section 10'),
    ('bye-sip-error', 'bye-reason', NULL, NULL, 'SIP', 400, 699, NULL, 'error BYE', 'the BYE gives a SIP error status (4xx to 6xx) as the reason the session ended, such as 408 "ACK Timeout": the call was cut, nobody hung up', 'rfc3326', 'section 2'),
    ('bye-q850-error', 'bye-reason', NULL, NULL, 'Q.850', 32, 127, NULL, 'error BYE', 'the BYE gives a Q.850 cause outside the normal classes (32 to 127: resource unavailable, service not available, invalid message, protocol error, interworking) as the reason the session ended', 'siptriage', 'Q.850 cause classes; causes 1 to 31 are normal events'),
    ('log-rtp-timeout', 'log-reason', NULL, NULL, NULL, NULL, NULL, 'RTP Timeout', 'RTP timeout', 'the platform ended the answered call because no RTP came from one side within its RTP timeout: code 200, yet the call was cut', 'didww-cl', 'RTP Timeout');
