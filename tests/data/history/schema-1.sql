-- A history database of schema version 1, as the first siptriage with
-- history wrote it (the DDL of migrations[] step 1 in src/history.c), with
-- two sessions in it.  tests/history.test builds it with sqlite3 and
-- checks that the current siptriage migrates it forward and keeps them.
PRAGMA application_id = 1397313608;
PRAGMA user_version = 1;
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TABLE session (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  follows TEXT,
  ticket TEXT,
  operator TEXT,
  source TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'finished')),
  started TEXT NOT NULL,
  ended TEXT,
  updated TEXT NOT NULL,
  code INTEGER,
  symptom TEXT,
  initiator TEXT,
  vendor TEXT,
  reason TEXT,
  trace_file TEXT,
  trace_pasted INTEGER NOT NULL DEFAULT 0,
  trace_call TEXT,
  title TEXT,
  severity TEXT,
  steps_total INTEGER NOT NULL DEFAULT 0,
  steps_done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX session_ticket ON session (ticket);
CREATE INDEX session_started ON session (started);
CREATE TABLE fact (
  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE answer (
  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('walk', 'preset', 'remembered')),
  check_id TEXT NOT NULL,
  answer TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'unknown')),
  origin TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE step (
  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  actor TEXT NOT NULL,
  text TEXT NOT NULL,
  ticked TEXT,
  note TEXT,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE rendering (
  session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  format TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, format)
);
INSERT INTO session (id, uuid, follows, ticket, operator, source, status, started, ended,
    updated, code, initiator, vendor, title, severity, steps_total, steps_done)
  VALUES (1, '6f1c2a1e-5d3b-4c8e-9a1b-2c3d4e5f6a7b', NULL, 'OLD-1', 'Ana', 'checklist',
    'finished', '2025-01-10T09:00:00Z', '2025-01-10T09:00:00Z', '2025-01-10T09:00:00Z', 503,
    'system', 'carrier', '503 Service Unavailable (carrier, initiator system)', 'track', 4, 1),
  (2, '7a2d3b2f-6e4c-4d9f-8b2c-3d4e5f6a7b8c', NULL, 'OLD-2', 'Ben', 'checklist', 'open',
    '2025-02-11T10:30:00Z', NULL, '2025-02-11T10:30:00Z', 486, 'destination', 'generic', NULL,
    NULL, 0, 0);
INSERT INTO fact (session_id, seq, text) VALUES (1, 0, 'final response 503 Service Unavailable (trace line 12)');
INSERT INTO answer (session_id, seq, kind, check_id, answer, origin, note)
  VALUES (1, 0, 'walk', 'allowlist', 'no', 'operator', NULL);
INSERT INTO step (session_id, seq, actor, text, ticked, note)
  VALUES (1, 0, 'customer', 'Add the IP to the allowed list.', '2025-01-10T09:05:00Z', 'done by phone');
INSERT INTO rendering (session_id, format, body)
  VALUES (1, 'text', 'RESOLUTION CHECKLIST: 503 Service Unavailable (carrier, initiator system)
[x] 1. (customer) Add the IP to the allowed list.
');
COMMIT;
