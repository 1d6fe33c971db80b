-- Texts of imported reports, addressed by their SHA-256 (the Source's contentHash, which the log
-- commits to). Kept beside the log, not in it: the log proves what a text was without publishing it.
CREATE TABLE content (
    hash VARCHAR(80) PRIMARY KEY,
    text TEXT        NOT NULL
);
