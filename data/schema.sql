-- siptriage knowledge base: schema.
--
-- The knowledge base is written as SQL so that a support lead can review a
-- change in a diff.  src/kbbuild.c executes the files under data/ in order
-- (schema.sql first) into a fresh database, siptriage.db.  Every row that
-- carries advice or a fact names its source (a row of the `source` table) and,
-- where useful, `cite`: the section, table row or header it comes from.
--
-- The built siptriage.db stores a lean copy of this schema (src/kb_lean.c):
-- the same tables, columns, types, NOT NULL, defaults and keys, without the
-- CHECK and REFERENCES constraints and these comments.  SQLite parses the
-- stored schema on every start, and the constraints only matter while rows
-- are written: the build inserts every row under this full schema, and
-- `kb check` and team overlays still validate against it (the binary
-- carries this file's text, src/kb_schema.c).
--
-- Bump user_version (and KB_SCHEMA_VERSION in src/kb.h) whenever a table or a
-- column changes: an older binary then refuses the newer file with a clear
-- message instead of misreading it.

PRAGMA application_id = 1397313620;   -- 0x53495054, "SIPT"
PRAGMA user_version = 7;

-- Where a fact comes from: a seed document, an RFC, a vendor document, or the
-- project's own judgement (id 'siptriage').
CREATE TABLE source (
    id       TEXT PRIMARY KEY,        -- short key, e.g. 'rfc3261', 'seed-000'
    title    TEXT NOT NULL,           -- what it is, e.g. 'RFC 3261 SIP: Session Initiation Protocol'
    locator  TEXT NOT NULL            -- where to read it: file path in shared/seeds, RFC URL, vendor URL
) STRICT;

-- The six response classes (RFC 3261 section 7.2).
CREATE TABLE code_class (
    class    INTEGER PRIMARY KEY CHECK (class BETWEEN 1 AND 6),
    name     TEXT NOT NULL,           -- 'Provisional', 'Success', ... 'Global Failure'
    meaning  TEXT NOT NULL,           -- one plain-language paragraph for an L1 operator
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    severity_reason TEXT NOT NULL,    -- why, in one sentence
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT                     -- e.g. 'section 7.2'
) STRICT;

-- Every code in the IANA "Response Codes" registry of the SIP parameters, and
-- the few unregistered codes a seed still lists (registered = 0).
CREATE TABLE code (
    code     INTEGER PRIMARY KEY CHECK (code BETWEEN 100 AND 699),
    registered INTEGER NOT NULL DEFAULT 1 CHECK (registered IN (0, 1)),
    phrase   TEXT NOT NULL,           -- the registered reason phrase (or the historic one)
    rfc      TEXT NOT NULL,           -- defining reference, e.g. 'RFC 3261 section 21.5.4'
    meaning  TEXT NOT NULL,           -- plain language, readable by an L1 operator in one read
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    severity_reason TEXT NOT NULL,    -- why this severity, in one sentence
    source   TEXT NOT NULL REFERENCES source(id),   -- source of the meaning
    severity_source TEXT NOT NULL REFERENCES source(id)
) STRICT;

-- Older or vendor-printed names for a registered code, shown beside the phrase.
CREATE TABLE code_alias (
    code     INTEGER NOT NULL REFERENCES code(code),
    alias    TEXT NOT NULL,
    note     TEXT NOT NULL,           -- where the name comes from, e.g. 'name in RFC 4474, renamed by RFC 8224'
    source   TEXT NOT NULL REFERENCES source(id),
    PRIMARY KEY (code, alias)
) STRICT;

-- ---------------------------------------------------------------------------
-- Vocabulary (DESIGN.md "Public vocabulary").

-- Who ended the call, as a DID provider's call log or a CDR says it.
CREATE TABLE initiator (
    id       TEXT PRIMARY KEY CHECK (id IN ('system', 'origination', 'destination', 'unknown')),
    label    TEXT NOT NULL,           -- 'System'
    meaning  TEXT NOT NULL,           -- one line: what it means
    where_to_read TEXT NOT NULL,      -- one line: where an operator reads it
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Vendor contexts.  'generic' is RFC 3261 only.
CREATE TABLE vendor (
    id       TEXT PRIMARY KEY,        -- 'generic', 'cognigy-vg', 'carrier', 'didww', 'voip-provider'
    name     TEXT NOT NULL,           -- display name
    description TEXT NOT NULL,        -- what kind of platform, one or two sentences
    where_codes TEXT NOT NULL,        -- where an operator sees the code on this platform
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Checks: each a yes/no statement about the call.  'unknown' is always allowed.
CREATE TABLE check_def (
    id       TEXT PRIMARY KEY,        -- 'allowlist', 'balance', ...
    statement TEXT NOT NULL,          -- the statement answered yes/no: "The caller's source IP is on the allowed list"
    question TEXT NOT NULL,           -- as put to an L1 operator: "Is the caller's source IP on the allowed list?"
    where_to_find TEXT NOT NULL,      -- portal page, log field or trace header that answers it
    why      TEXT NOT NULL,           -- why it matters, one or two sentences
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Evidence to attach to a ticket, in order.
CREATE TABLE evidence (
    seq      INTEGER PRIMARY KEY,
    item     TEXT NOT NULL,           -- "Call-ID of every leg"
    why      TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- ---------------------------------------------------------------------------
-- What each vendor says about a code.

-- A vendor's reading of a code: its own label, description and advice.  A
-- vendor built from two documents (cognigy-vg: seeds 000 and 001) has one
-- reading per document, hence the source in the key.
CREATE TABLE vendor_code (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER NOT NULL REFERENCES code(code),
    label    TEXT NOT NULL,           -- the vendor's name for the code, as printed
    description TEXT NOT NULL,        -- the vendor's description, in its words
    advice   TEXT,                    -- the vendor's "what to do", if it gives one
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (vendor, code, source)
) STRICT;

-- Severity per vendor and code, overriding code.severity.
CREATE TABLE vendor_severity (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER NOT NULL REFERENCES code(code),
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    reason   TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (vendor, code)
) STRICT;

-- A vendor's own reasons for a code (a DID provider's call-log "Reason").
CREATE TABLE vendor_reason (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER NOT NULL REFERENCES code(code),
    reason   TEXT NOT NULL,           -- as printed in the vendor's log, matched case-insensitively
    initiators TEXT NOT NULL,         -- comma-separated initiator ids the vendor reports it with
    description TEXT NOT NULL,
    advice   TEXT,
    severity TEXT CHECK (severity IN ('immediate', 'track', 'normal')),  -- NULL: the code's
    severity_reason TEXT,
    source   TEXT NOT NULL REFERENCES source(id),   -- of the reason and its description
    cite     TEXT,
    advice_source   TEXT REFERENCES source(id),     -- of the advice, when not `source`
    severity_source TEXT REFERENCES source(id),     -- of the severity, when not `source`
    PRIMARY KEY (vendor, code, reason)
) STRICT;

-- Answers a vendor reason implies ("No trunk assigned" => trunk-assigned = no).
CREATE TABLE reason_answer (
    vendor   TEXT NOT NULL,
    code     INTEGER NOT NULL,
    reason   TEXT NOT NULL,
    check_id TEXT NOT NULL REFERENCES check_def(id),
    answer   TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (vendor, code, reason, check_id),
    FOREIGN KEY (vendor, code, reason) REFERENCES vendor_reason(vendor, code, reason)
) STRICT;

-- Background a vendor document gives (SDP attributes, Via headers, where codes
-- show up), attached to a code, a check, or the vendor as a whole.
CREATE TABLE note (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER REFERENCES code(code),      -- NULL: not about one code
    check_id TEXT REFERENCES check_def(id),      -- NULL: not about one check
    topic    TEXT NOT NULL,
    body     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- ---------------------------------------------------------------------------
-- Decision trees.

-- Where a walk ends: the likely cause and what to do about it.
CREATE TABLE outcome (
    id       TEXT PRIMARY KEY,
    cause    TEXT NOT NULL,           -- the likely cause given the answers, one or two sentences
    class    TEXT NOT NULL CHECK (class IN ('success', 'progress', 'redirect', 'challenge',
                                            'declined', 'abandoned', 'failure')),
    owner    TEXT NOT NULL CHECK (owner IN ('none', 'operator', 'customer', 'platform',
                                            'carrier', 'far-end')),
    escalate_to   TEXT,               -- whom to escalate to; NULL: no escalation
    escalate_when TEXT,               -- when to escalate
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- The ordered steps of an outcome's checklist, each with who acts.
CREATE TABLE outcome_step (
    outcome  TEXT NOT NULL REFERENCES outcome(id),
    seq      INTEGER NOT NULL,
    actor    TEXT NOT NULL CHECK (actor IN ('operator', 'customer', 'platform', 'carrier', 'far-end')),
    text     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (outcome, seq)
) STRICT;

-- A tree starts at one node (or is a single outcome).
CREATE TABLE tree (
    id       TEXT PRIMARY KEY,
    title    TEXT NOT NULL,
    root_node    TEXT,                -- a node of this tree, or
    root_outcome TEXT REFERENCES outcome(id),   -- the outcome when nothing needs asking
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    FOREIGN KEY (id, root_node) REFERENCES node(tree, id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

-- A question: one check; each answer leads to a node of the same tree or to an
-- outcome.  `likely` is the branch taken when the answer is unknown.
CREATE TABLE node (
    tree     TEXT NOT NULL REFERENCES tree(id) DEFERRABLE INITIALLY DEFERRED,
    id       TEXT NOT NULL,
    check_id TEXT NOT NULL REFERENCES check_def(id),
    likely   TEXT NOT NULL CHECK (likely IN ('yes', 'no')),
    yes_node TEXT,
    yes_outcome TEXT REFERENCES outcome(id),
    no_node  TEXT,
    no_outcome TEXT REFERENCES outcome(id),
    PRIMARY KEY (tree, id),
    FOREIGN KEY (tree, yes_node) REFERENCES node(tree, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (tree, no_node) REFERENCES node(tree, id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

-- Which tree applies.  The most specific match wins: code over class, then a
-- vendor's own over generic, then reason, then initiator (src/kb.c).  NULL
-- initiator or reason matches any.
CREATE TABLE tree_match (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER REFERENCES code(code),   -- exactly one of code and class
    class    INTEGER REFERENCES code_class(class),
    initiator TEXT REFERENCES initiator(id),
    reason   TEXT,
    tree     TEXT NOT NULL REFERENCES tree(id),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- ---------------------------------------------------------------------------
-- Reading evidence (src/trace.c): what the headers of a SIP trace mean.

-- Q.850 cause <-> SIP code, in each direction and per implementation.
CREATE TABLE q850_map (
    direction TEXT NOT NULL,          -- e.g. 'q850_to_sip_rfc3398_s7.2.4.1', 'q850_to_sip_freeswitch'
    cause    INTEGER,                 -- Q.850 cause value; NULL where the row has none
    cause_name TEXT,
    sip_code INTEGER,                 -- NULL where the mapping has no code, or for
    sip_class INTEGER,                -- a default for the other codes of a class ("other 4xx")
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),  -- the direction's default
    note     TEXT,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Warning header codes (RFC 3261 section 20.43).
CREATE TABLE warn_code (
    code     INTEGER PRIMARY KEY CHECK (code BETWEEN 300 AND 399),
    meaning  TEXT NOT NULL,
    check_id TEXT REFERENCES check_def(id),   -- a check this warning answers, or NULL
    answer   TEXT CHECK (answer IN ('yes', 'no')),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- User-Agent / Server text that names a platform or a scanner.
CREATE TABLE ua_hint (
    pattern  TEXT NOT NULL,           -- matched case-insensitively as a substring
    vendor   TEXT REFERENCES vendor(id),   -- the vendor context it suggests, or NULL
    scanner  INTEGER NOT NULL CHECK (scanner IN (0, 1)),  -- a SIP scanner / attack tool
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (pattern)
) STRICT;

-- Call-log field names that tell whose log a line comes from.
CREATE TABLE log_hint (
    field    TEXT PRIMARY KEY,        -- matched case-insensitively in the line or its header row
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- What an observation in a trace answers (src/trace.c names the facts it
-- can observe; this table says which check each one answers, and how).
CREATE TABLE trace_rule (
    fact     TEXT PRIMARY KEY,        -- e.g. 'no-codec-shared', 'udp-request-large'
    check_id TEXT NOT NULL REFERENCES check_def(id),
    answer   TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    threshold INTEGER,                -- for a measured fact: the limit (bytes, ...)
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- ---------------------------------------------------------------------------
-- Team knowledge (issue 13; siptriage-kb(5)).

-- A team's own escalation contact for a vendor context, shown in the
-- Escalation section of every checklist of that context.  Team-only: the
-- installed knowledge base ships none (`kb check` says so); a team overlay
-- adds them, and its rows carry the overlay's source ('team: FILE').
CREATE TABLE escalation_contact (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    name     TEXT NOT NULL,           -- who: 'Acme voice NOC', 'SBC team (J. Doe)'
    queue    TEXT,                    -- ticket queue, mailbox or chat channel
    phone    TEXT,                    -- as dialled from the desk
    hours    TEXT,                    -- when they answer: '24/7', 'Mon-Fri 08:00-18:00 CET'
    note     TEXT,                    -- what to send them, in one line
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (vendor, name)
) STRICT;

-- SIP header names that show which platform a message passed through
-- (src/trace.c), the way ua_hint reads User-Agent and Server: a header whose
-- name starts with `prefix` suggests `vendor`.
CREATE TABLE header_hint (
    prefix   TEXT PRIMARY KEY,        -- a header name or its start, matched case-insensitively: 'X-Twilio-'
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    note     TEXT NOT NULL,           -- what the header is, in a few words
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    -- 1: the header, in a response, carries the platform's own reason for it
    -- as the first token of its value ('X-Twilio-Error: 32201 ...'), read as
    -- the vendor reason (vendor_reason.reason) of that response's code.
    reason   INTEGER NOT NULL DEFAULT 0 CHECK (reason IN (0, 1))
) STRICT;

-- ---------------------------------------------------------------------------
-- Call-log statistics (src/stats.c, `siptriage stats`).

-- When a distribution row of severity `track` is flagged: its share of all
-- calls is high, or its share rises from the first half of the log's hours
-- to the second.  (An `immediate` row is flagged at its first occurrence,
-- whatever the numbers.)  The ids are the ones src/stats.c reads.
CREATE TABLE stats_threshold (
    id       TEXT PRIMARY KEY CHECK (id IN ('track-share-percent', 'track-rise-factor',
                                            'track-min-calls')),
    value    INTEGER NOT NULL CHECK (value > 0),
    note     TEXT NOT NULL,           -- what the number means, one sentence
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;
-- Reasoning rules and symptoms (schema version 4).
--
-- A walk starts from a code (tree_match) or from a symptom (symptom_match).
-- Outcomes may carry four traits, each in its own table: a continuation into
-- another tree (outcome_continue), a least severity (outcome_severity), the
-- initiators whose reports they were written for (outcome_scope), and being
-- the residual "none of this tree's causes applied" outcome of a tree
-- (outcome_residual).  src/engine.c and src/checklist.c read them; nothing in
-- C knows a code, a check or a vendor by name.

-- A check's statement in the negative, used when the walk assumes "no":
-- "The caller's source IP is not on the allowed list (IP ACL) ...".
ALTER TABLE check_def ADD COLUMN negation TEXT;

-- Symptoms: what a ticket says when no response code tells the cause
-- ("one-way audio", "the call drops after 30 seconds").  The ids are public
-- vocabulary (DESIGN.md, the man page); a symptom is walked like a code,
-- through the tree symptom_match picks.
CREATE TABLE symptom (
    id       TEXT PRIMARY KEY,        -- 'one-way-audio', 'no-audio', ... (lower case, hyphens)
    label    TEXT NOT NULL,           -- 'One-way audio'
    meaning  TEXT NOT NULL,           -- what is observed, in an L1 operator's words
    where_to_look TEXT NOT NULL,      -- where the evidence is: SDP lines, the ladder, RTP streams
    words    TEXT NOT NULL,           -- search words for the wizard, comma-separated
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    severity_reason TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Which tree a symptom walks.  As tree_match: a vendor's own row wins over
-- generic, then a row for the initiator over one for any (NULL).  Every
-- symptom needs a generic row with initiator NULL (kb check).
CREATE TABLE symptom_match (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    symptom  TEXT NOT NULL REFERENCES symptom(id),
    initiator TEXT REFERENCES initiator(id),
    tree     TEXT NOT NULL REFERENCES tree(id),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Everyday words an operator types for a code ("cancel" for 487), searched
-- by the wizard's start screen beside the number, phrase and aliases.
CREATE TABLE code_word (
    code     INTEGER PRIMARY KEY REFERENCES code(code),
    words    TEXT NOT NULL,           -- comma-separated
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- Reaching OUTCOME does not end the walk: it goes on at the root of TREE
-- with every answer given so far (a 200 OK without audio goes on into the
-- audio routes).  NOTE says why, on the checklist.  kb check refuses cycles.
CREATE TABLE outcome_continue (
    outcome  TEXT PRIMARY KEY REFERENCES outcome(id),
    tree     TEXT NOT NULL REFERENCES tree(id),
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- The least severity an outcome deserves: a failure someone must act on
-- (no credit, a limit reached, a rejected codec) is never "normal".  The
-- checklist raises the code's severity to it and says why.  Failure
-- outcomes without a row here are raised to 'track' (src/checklist.c).
-- For an outcome nobody must act on (owner 'none': the callee did not
-- answer, the caller hung up) the row is the severity itself: the
-- checklist also lowers the code's severity to it, and says why.
CREATE TABLE outcome_severity (
    outcome  TEXT PRIMARY KEY REFERENCES outcome(id),
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    reason   TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- The initiators an outcome's text was written for.  DIDWW's System rows
-- describe the platform's own conditions, its Destination rows the
-- customer's endpoint: kb check refuses a tree matched for one initiator
-- that reaches an outcome written for another.  No row: any initiator.
CREATE TABLE outcome_scope (
    outcome  TEXT NOT NULL REFERENCES outcome(id),
    initiator TEXT NOT NULL REFERENCES initiator(id),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (outcome, initiator)
) STRICT;

-- Outcomes reached when none of a tree's own causes applied ("open a
-- ticket with the trace").  A walk that ends in one and holds an answer
-- the tree never asks goes on into the generic tree for the same code, if
-- that tree's outcome rests on that answer (src/engine.c).  Their text must
-- not claim that the other causes were checked: the assumptions are listed.
CREATE TABLE outcome_residual (
    outcome  TEXT PRIMARY KEY REFERENCES outcome(id),
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- A vendor's rows taken from SOURCE (readings, severities, reasons)
-- describe only calls where CHECK_ID has ANSWER: seed 001 speaks of the
-- gateway's responses to incoming calls, so on a transfer leg
-- (transfer-leg = yes) its readings and severities are left out, and the
-- checklist says so with NOTE.
CREATE TABLE vendor_scope (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    scoped_source TEXT NOT NULL REFERENCES source(id),
    check_id TEXT NOT NULL REFERENCES check_def(id),
    answer   TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),   -- why the scope holds
    cite     TEXT,
    PRIMARY KEY (vendor, scoped_source)
) STRICT;

-- A source's own row that misleads: the vendor's label is kept, the RFC
-- meaning leads, and NOTE is shown beside the row ("seed 000's 400 row
-- reads like 401/403").
CREATE TABLE vendor_code_fault (
    vendor   TEXT NOT NULL REFERENCES vendor(id),
    code     INTEGER NOT NULL REFERENCES code(code),
    row_source TEXT NOT NULL REFERENCES source(id), -- the flagged vendor_code row's source
    reads_like TEXT NOT NULL,         -- e.g. '401/403'
    note     TEXT NOT NULL,
    source   TEXT NOT NULL REFERENCES source(id),   -- of the note (an RFC, 'siptriage')
    cite     TEXT,
    PRIMARY KEY (vendor, code, row_source)
) STRICT;

-- ---------------------------------------------------------------------------
-- Onboarding (schema version 6; src/learn.c): the glossary, lesson cards,
-- practice tickets and the cheat sheet.  A lesson card is built from
-- everything above (meaning, severities, vendor readings, symptoms, trees);
-- these tables hold only what a lesson adds.  A topic is a response code ('403') or a symptom id; src/learn.c
-- checks that each one names a code or a symptom of this knowledge base.

-- Words an L1 operator meets, explained.
CREATE TABLE glossary (
    id       TEXT PRIMARY KEY,        -- 'disconnect-initiator'
    term     TEXT NOT NULL,           -- 'Disconnect initiator'
    definition TEXT NOT NULL,         -- plain words, two or three sentences
    example  TEXT,                    -- where an operator meets it: a log column, a header line
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- "See also" between glossary terms, read both ways.
CREATE TABLE glossary_link (
    term     TEXT NOT NULL REFERENCES glossary(id),
    related  TEXT NOT NULL REFERENCES glossary(id),
    PRIMARY KEY (term, related)
) STRICT;

-- What a lesson card adds to a code or a symptom.
CREATE TABLE lesson (
    topic    TEXT PRIMARY KEY,        -- '403', or a symptom id
    summary  TEXT NOT NULL,           -- one line, plain words: what it means
    normal_when   TEXT NOT NULL,      -- when it is normal
    alarming_when TEXT NOT NULL,      -- when it is alarming
    excerpt_kind  TEXT NOT NULL CHECK (excerpt_kind IN ('trace', 'call-log', 'capture')),
    excerpt_vendor TEXT NOT NULL REFERENCES vendor(id),   -- whose trace or log the excerpt is
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT
) STRICT;

-- A lesson's annotated excerpt (a trace or a call-log row), one line a row.
CREATE TABLE lesson_line (
    topic    TEXT NOT NULL REFERENCES lesson(topic),
    seq      INTEGER NOT NULL,
    line     TEXT NOT NULL,           -- as the trace or log shows it ('' for a blank line)
    note     TEXT,                    -- what to see on this line, or NULL
    PRIMARY KEY (topic, seq)
) STRICT;

-- Cards that belong together (401, 407 and 403), read both ways.
CREATE TABLE lesson_link (
    topic    TEXT NOT NULL,
    related  TEXT NOT NULL,
    why      TEXT NOT NULL,           -- what the two share, or how to tell them apart
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    PRIMARY KEY (topic, related)
) STRICT;

-- Glossary terms a lesson card or a check (the wizard's question help)
-- points to.
CREATE TABLE term_use (
    term     TEXT NOT NULL REFERENCES glossary(id),
    topic    TEXT,                    -- a lesson topic, or
    check_id TEXT REFERENCES check_def(id),   -- a check
    CHECK ((topic IS NULL) <> (check_id IS NULL))
) STRICT;

-- Practice tickets: a failure as an L1 operator meets it, with its evidence,
-- and the answers the wizard gives for the same facts.  src/learn.c checks
-- at build time and in `siptriage kb check` that the engine agrees with every
-- expected answer.
CREATE TABLE practice_ticket (
    id       TEXT PRIMARY KEY,        -- 'pt-cog-408'
    title    TEXT NOT NULL,           -- one line for lists
    story    TEXT NOT NULL,           -- what the customer reports and what the operator sees
    vendor   TEXT NOT NULL REFERENCES vendor(id),   -- the vendor context
    evidence TEXT NOT NULL CHECK (evidence IN ('call-log', 'trace', 'capture')),
    code     INTEGER REFERENCES code(code),   -- the code the evidence shows; NULL: a symptom ticket
    symptom  TEXT,                    -- the symptom of a ticket without a telling code
    initiator TEXT REFERENCES initiator(id),  -- the disconnect initiator, where the evidence shows it
    reason   TEXT,                    -- the vendor's reason, where the evidence shows it
    severity TEXT NOT NULL CHECK (severity IN ('immediate', 'track', 'normal')),
    first_check TEXT REFERENCES check_def(id),  -- the wizard's first question; NULL: it asks none
    outcome  TEXT NOT NULL REFERENCES outcome(id),   -- the likely cause
    lesson   TEXT NOT NULL,           -- what the ticket teaches, shown at its end
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    CHECK ((code IS NULL) <> (symptom IS NULL))
) STRICT;

-- A ticket's evidence, one line a row.
CREATE TABLE practice_line (
    ticket   TEXT NOT NULL REFERENCES practice_ticket(id),
    seq      INTEGER NOT NULL,
    line     TEXT NOT NULL,
    note     TEXT,                    -- what to read on this line, shown with the feedback
    PRIMARY KEY (ticket, seq)
) STRICT;

-- What the ticket's story and evidence establish: answers to the checks the
-- walk asks, which lead the engine to the ticket's outcome.
CREATE TABLE practice_fact (
    ticket   TEXT NOT NULL REFERENCES practice_ticket(id),
    check_id TEXT NOT NULL REFERENCES check_def(id),
    answer   TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
    PRIMARY KEY (ticket, check_id)
) STRICT;

-- The cheat sheet: the codes and symptoms an L1 operator meets most, in
-- the order printed.
CREATE TABLE cheatsheet (
    seq      INTEGER PRIMARY KEY,
    topic    TEXT NOT NULL UNIQUE,    -- a code or a symptom id
    source   TEXT NOT NULL REFERENCES source(id),   -- why it is met often
    cite     TEXT
) STRICT;

-- What proves that a call which got no failure response failed all the
-- same (src/trace.c; outside review 4, F4).  A call whose final response is
-- 4xx, 5xx or 6xx failed (RFC 3261 section 7.2); an answered call failed
-- too when its trace shows a row of this table:
--   'answer'      the trace answered check_id with answer (a trace_rule
--                 row gave it: the 2xx re-sent with no ACK, no RTP);
--   'bye-reason'  a Reason header on a BYE with this protocol ('SIP',
--                 'Q.850') and a cause from low to high (RFC 3326);
--   'log-reason'  a call-log row of a 2xx whose reason starts with pattern
--                 (case-insensitive).
-- The first row that matches, in rowid order, names why the call failed.
CREATE TABLE call_failure (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('answer', 'bye-reason', 'log-reason')),
    check_id TEXT REFERENCES check_def(id),
    answer   TEXT CHECK (answer IN ('yes', 'no')),
    protocol TEXT CHECK (protocol IN ('SIP', 'Q.850')),
    low      INTEGER,
    high     INTEGER,
    pattern  TEXT,
    mark     TEXT NOT NULL,           -- a word or two for the call list: 'no ACK'
    note     TEXT NOT NULL,           -- why such a call failed, one line
    source   TEXT NOT NULL REFERENCES source(id),
    cite     TEXT,
    CHECK ((kind <> 'answer') = (check_id IS NULL OR answer IS NULL)),
    CHECK ((kind <> 'bye-reason') = (protocol IS NULL OR low IS NULL OR high IS NULL)),
    CHECK ((kind <> 'log-reason') = (pattern IS NULL))
) STRICT;
