-- The registry: an append-only log of changes and the items it projects into.
-- Written in the SQL that SQLite and PostgreSQL share, so one migration serves both.

CREATE TABLE log_entry (
    idx      BIGINT       PRIMARY KEY,
    type     VARCHAR(64)  NOT NULL,
    subject  VARCHAR(300) NOT NULL,
    actor    VARCHAR(200) NOT NULL,
    created  VARCHAR(40)  NOT NULL,
    body     TEXT         NOT NULL
);

-- One row per recorded thing. Items are immutable: a later fact is a new item (a status change,
-- a stance, a version), never an update, so the registry can always be rebuilt from the log.
CREATE TABLE item (
    kind          VARCHAR(32)  NOT NULL,
    id            VARCHAR(300) NOT NULL,
    parent        VARCHAR(300),
    category      VARCHAR(64),
    date_text     VARCHAR(120),
    date_lo       BIGINT,
    date_hi       BIGINT,
    sort_lo       BIGINT       NOT NULL,
    title         TEXT         NOT NULL,
    body          TEXT         NOT NULL,
    created_index BIGINT       NOT NULL REFERENCES log_entry (idx),
    PRIMARY KEY (kind, id)
);
CREATE INDEX item_by_parent ON item (kind, parent, created_index);
CREATE INDEX item_by_sort ON item (kind, sort_lo, id);
CREATE INDEX item_by_time ON item (sort_lo, kind, id);

-- Which parties an item concerns, and how (MADE_BY, MADE_TO, ACCUSER, PARTICIPANT...).
CREATE TABLE item_party (
    kind  VARCHAR(32)  NOT NULL,
    id    VARCHAR(300) NOT NULL,
    role  VARCHAR(32)  NOT NULL,
    party VARCHAR(300) NOT NULL,
    PRIMARY KEY (kind, id, role, party),
    FOREIGN KEY (kind, id) REFERENCES item (kind, id)
);
CREATE INDEX item_party_by_party ON item_party (party, kind);

-- Bearer tokens, stored as SHA-256 digests. Not part of the public log.
CREATE TABLE api_token (
    token_hash VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    role       VARCHAR(32)  NOT NULL,
    party      VARCHAR(300),
    created    VARCHAR(40)  NOT NULL
);
