-- Cases with their reference counters, and the key-value state behind botbuilder's Storage
-- (dialog state, conversation references, feedback: all by key).
--
-- A case is its JSONB document. The columns beside it are copies of the fields we filter and
-- sort on, written from the same Case in the same statement, so they cannot drift apart.
-- Later tables (e.g. the scheduler's `jobs`, claimed with FOR UPDATE SKIP LOCKED) come in
-- new files, 0002_*.sql and on; never edit a file that has been applied somewhere.

CREATE TABLE cases (
    -- "C": ids sort by code point, as the other backends sort them in Python.
    id           text COLLATE "C" PRIMARY KEY,
    owner_aad_id text        NOT NULL,
    status       text        NOT NULL,
    reference    text,
    created_at   timestamptz NOT NULL,
    submitted_at timestamptz,
    has_outbox   boolean     NOT NULL,
    version      integer     NOT NULL CHECK (version > 0),
    doc          jsonb       NOT NULL
);

-- list_by_owner: newest first.
CREATE INDEX cases_by_owner ON cases (owner_aad_id, created_at DESC, id DESC);
-- list_by_status: oldest first by submission time (creation time for drafts).
CREATE INDEX cases_by_status ON cases (status, (coalesce(submitted_at, created_at)), id);
-- list_with_outbox: partial, so it holds only the few cases with deliveries waiting.
CREATE INDEX cases_with_outbox ON cases ((coalesce(submitted_at, created_at)), id)
    WHERE has_outbox;
-- The counter hands each reference out once; this catches a bug that gives one to two cases.
CREATE UNIQUE INDEX cases_by_reference ON cases (reference) WHERE reference IS NOT NULL;

-- One row per year, incremented under its row lock: numbers without gaps (see POSTGRES.md).
CREATE TABLE reference_counters (
    year integer PRIMARY KEY,
    last integer NOT NULL CHECK (last > 0)
);

-- The document without its e-tag; the e-tag lives beside it for the conditional UPDATE.
CREATE TABLE state (
    key        text PRIMARY KEY,
    e_tag      text        NOT NULL,
    doc        jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
