-- The Merkle tree over log_entry, as C2SP tlog-tiles, and its signed checkpoints. ${bytes} is BLOB
-- on SQLite and BYTEA on PostgreSQL. A tile row holds the widest version of that tile so far:
-- narrower (older partial) versions are its prefixes.
CREATE TABLE log_tile (
    tile_level INT       NOT NULL,
    idx        BIGINT    NOT NULL,
    width      INT       NOT NULL,
    hashes     ${bytes}  NOT NULL,
    PRIMARY KEY (tile_level, idx)
);

CREATE TABLE log_bundle (
    idx    BIGINT    PRIMARY KEY,
    width  INT       NOT NULL,
    data   ${bytes}  NOT NULL
);

CREATE TABLE log_checkpoint (
    tree_size BIGINT       PRIMARY KEY,
    root_hash ${bytes}     NOT NULL,
    note      TEXT         NOT NULL,
    created   VARCHAR(40)  NOT NULL
);

-- Witnesses' cosignature lines on checkpoints, and the last size each witness cosigned.
CREATE TABLE log_cosignature (
    tree_size BIGINT        NOT NULL,
    witness   VARCHAR(300)  NOT NULL,
    line      TEXT          NOT NULL,
    PRIMARY KEY (tree_size, witness)
);
