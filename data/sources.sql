-- Sources: the seed documents (shared/seeds), the RFCs that define the codes
-- and headers, the IANA registry, and the project's own judgement.
-- Reference documents from the domain research are in references.sql.

INSERT INTO source (id, title, locator) VALUES
    ('seed-000', 'Cognigy Voice Gateway: SIP Response Codes (public troubleshooting page)', 'shared/seeds/000_c2af1f779b12e030.txt'),
    ('seed-001', 'Cognigy Voice Gateway: SIP Error codes meaning (internal L1 support guidance)', 'shared/seeds/001_5b94e2b19f2d4d4e.txt'),
    ('seed-002', 'SIP carrier interconnection guide: SIP cause codes and the 503 checklist', 'shared/seeds/002_ef8e10c1db532eca.txt'),
    ('seed-003', 'DIDWW: SIP Response Codes in Call Logs', 'shared/seeds/003_15f4b8c06723ffa7.txt'),
    ('seed-004', 'Hosted VoIP provider knowledge base: SIP Error Response Codes', 'shared/seeds/004_c1ce07abab71c2eb.txt'),
    ('domain-notes', 'siptriage domain research: per-code causes, checks and escalation', 'shared/reference/domain-knowledge.md'),
    ('q850-map', 'Q.850 cause to SIP code mapping: RFC 3398, FreeSWITCH, Asterisk', 'shared/reference/q850-sip-mapping.tsv'),
    ('siptriage', 'siptriage project judgement (where the sources are silent)', 'the siptriage source tree, data/*.sql (reviewed like code)'),
    ('iana-sip', 'IANA Session Initiation Protocol (SIP) Parameters: Response Codes', 'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7'),
    ('rfc3261', 'RFC 3261 SIP: Session Initiation Protocol', 'https://www.rfc-editor.org/rfc/rfc3261'),
    ('rfc3264', 'RFC 3264 An Offer/Answer Model with SDP', 'https://www.rfc-editor.org/rfc/rfc3264'),
    ('rfc3312', 'RFC 3312 Integration of Resource Management and SIP', 'https://www.rfc-editor.org/rfc/rfc3312'),
    ('rfc3329', 'RFC 3329 Security Mechanism Agreement for SIP', 'https://www.rfc-editor.org/rfc/rfc3329'),
    ('rfc3398', 'RFC 3398 ISUP to SIP Mapping', 'https://www.rfc-editor.org/rfc/rfc3398'),
    ('rfc3892', 'RFC 3892 The SIP Referred-By Mechanism', 'https://www.rfc-editor.org/rfc/rfc3892'),
    ('rfc3903', 'RFC 3903 SIP Extension for Event State Publication', 'https://www.rfc-editor.org/rfc/rfc3903'),
    ('rfc4028', 'RFC 4028 Session Timers in SIP', 'https://www.rfc-editor.org/rfc/rfc4028'),
    ('rfc4412', 'RFC 4412 Communications Resource Priority for SIP', 'https://www.rfc-editor.org/rfc/rfc4412'),
    ('rfc4474', 'RFC 4474 Enhancements for Authenticated Identity Management in SIP (obsoleted by RFC 8224)', 'https://www.rfc-editor.org/rfc/rfc4474'),
    ('rfc5079', 'RFC 5079 Rejecting Anonymous Requests in SIP', 'https://www.rfc-editor.org/rfc/rfc5079'),
    ('rfc5360', 'RFC 5360 A Framework for Consent-Based Communications in SIP', 'https://www.rfc-editor.org/rfc/rfc5360'),
    ('rfc5393', 'RFC 5393 Addressing an Amplification Vulnerability in SIP Forking Proxies', 'https://www.rfc-editor.org/rfc/rfc5393'),
    ('rfc5626', 'RFC 5626 Managing Client-Initiated Connections in SIP', 'https://www.rfc-editor.org/rfc/rfc5626'),
    ('rfc5839', 'RFC 5839 An Extension to SIP Events for Conditional Event Notification', 'https://www.rfc-editor.org/rfc/rfc5839'),
    ('rfc6086', 'RFC 6086 SIP INFO Method and Package Framework', 'https://www.rfc-editor.org/rfc/rfc6086'),
    ('rfc6228', 'RFC 6228 SIP Response Code for Indication of Terminated Dialog', 'https://www.rfc-editor.org/rfc/rfc6228'),
    ('rfc6432', 'RFC 6432 Carrying Q.850 Codes in Reason Header Fields in SIP Responses', 'https://www.rfc-editor.org/rfc/rfc6432'),
    ('rfc6442', 'RFC 6442 Location Conveyance for SIP', 'https://www.rfc-editor.org/rfc/rfc6442'),
    ('rfc6665', 'RFC 6665 SIP-Specific Event Notification', 'https://www.rfc-editor.org/rfc/rfc6665'),
    ('rfc8197', 'RFC 8197 A SIP Response Code for Unwanted Calls', 'https://www.rfc-editor.org/rfc/rfc8197'),
    ('rfc8224', 'RFC 8224 Authenticated Identity Management in SIP', 'https://www.rfc-editor.org/rfc/rfc8224'),
    ('rfc8599', 'RFC 8599 Push Notification with SIP', 'https://www.rfc-editor.org/rfc/rfc8599'),
    ('rfc8688', 'RFC 8688 A SIP Response Code for Rejected Calls', 'https://www.rfc-editor.org/rfc/rfc8688'),
    ('rfc8446', 'RFC 8446 The Transport Layer Security (TLS) Protocol Version 1.3', 'https://www.rfc-editor.org/rfc/rfc8446'),
    ('rfc8876', 'RFC 8876 Non-interactive Emergency Calls', 'https://www.rfc-editor.org/rfc/rfc8876');

-- Sources of the symptom routes and the reasoning rules (issue 8).
INSERT INTO source (id, title, locator) VALUES
    ('rfc3263', 'RFC 3263 Locating SIP Servers (DNS NAPTR, SRV and A records)', 'https://www.rfc-editor.org/rfc/rfc3263'),
    ('rfc3323', 'RFC 3323 A Privacy Mechanism for SIP', 'https://www.rfc-editor.org/rfc/rfc3323'),
    ('rfc3325', 'RFC 3325 Private Extensions to SIP for Asserted Identity within Trusted Networks (P-Asserted-Identity)', 'https://www.rfc-editor.org/rfc/rfc3325'),
    ('rfc3550', 'RFC 3550 RTP: A Transport Protocol for Real-Time Applications', 'https://www.rfc-editor.org/rfc/rfc3550'),
    ('rfc3711', 'RFC 3711 The Secure Real-time Transport Protocol (SRTP)', 'https://www.rfc-editor.org/rfc/rfc3711'),
    ('rfc4568', 'RFC 4568 SDP Security Descriptions for Media Streams (a=crypto, SDES)', 'https://www.rfc-editor.org/rfc/rfc4568'),
    ('rfc4733', 'RFC 4733 RTP Payload for DTMF Digits, Telephony Tones, and Telephony Signals (telephone-event)', 'https://www.rfc-editor.org/rfc/rfc4733'),
    ('rfc5763', 'RFC 5763 Framework for Establishing an SRTP Security Context Using DTLS', 'https://www.rfc-editor.org/rfc/rfc5763'),
    ('rfc5922', 'RFC 5922 Domain Certificates in SIP', 'https://www.rfc-editor.org/rfc/rfc5922'),
    ('rfc8225', 'RFC 8225 PASSporT: Personal Assertion Token', 'https://www.rfc-editor.org/rfc/rfc8225'),
    ('rfc8588', 'RFC 8588 PASSporT Extension for Signature-based Handling of Asserted information using toKENs (SHAKEN)', 'https://www.rfc-editor.org/rfc/rfc8588'),
    ('ms-dr-sip', 'Microsoft Learn "Direct Routing - SIP protocol"', 'https://learn.microsoft.com/en-us/microsoftteams/direct-routing-protocols-sip'),
    ('ms-dr-plan', 'Microsoft Learn "Plan Direct Routing" (SBC certificate, FQDN, TLS)', 'https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan');

-- Sources of the fixes after the outside review (review/REPORT.md).
INSERT INTO source (id, title, locator) VALUES
    ('fcc-20-187', 'FCC Fourth Report and Order on call blocking, FCC 20-187 (47 CFR 64.1200(k)(9): blocked calls are signalled with SIP 603, 607 or 608)', 'https://docs.fcc.gov/public/attachments/FCC-20-187A1.pdf'),
    ('rfc7616', 'RFC 7616 HTTP Digest Access Authentication (stale nonce)', 'https://www.rfc-editor.org/rfc/rfc7616');

-- Sources of the symptom lessons and their glossary terms (issue 12).
INSERT INTO source (id, title, locator) VALUES
    ('rfc3611', 'RFC 3611 RTP Control Protocol Extended Reports (RTCP XR)', 'https://www.rfc-editor.org/rfc/rfc3611'),
    ('rfc5630', 'RFC 5630 The Use of the SIPS URI Scheme in SIP', 'https://www.rfc-editor.org/rfc/rfc5630'),
    ('itu-g107', 'ITU-T Recommendation G.107: The E-model, a computational model for use in transmission planning', 'https://www.itu.int/rec/T-REC-G.107'),
    ('atis-1000074', 'ATIS-1000074 Signature-based Handling of Asserted information using toKENs (SHAKEN)', 'ATIS document ATIS-1000074, published with the SIP Forum (https://www.atis.org)');
INSERT INTO source (id, title, locator) VALUES
    ('rfc3515', 'RFC 3515 The SIP Refer Method', 'https://www.rfc-editor.org/rfc/rfc3515');
-- Outside review 5, R22: a private source address is not what a carrier's
-- allowlist holds.
INSERT INTO source (id, title, locator) VALUES
    ('rfc1918', 'RFC 1918 Address Allocation for Private Internets', 'https://www.rfc-editor.org/rfc/rfc1918');
