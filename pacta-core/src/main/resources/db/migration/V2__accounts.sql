-- People who write: each account has one role (and, for a delegate, one party). Tokens belong to
-- accounts; passwords (for the web pages) are stored as slow salted hashes.
CREATE TABLE account (
    name          VARCHAR(200) PRIMARY KEY,
    role          VARCHAR(32)  NOT NULL,
    party         VARCHAR(300),
    password_hash VARCHAR(300),
    created       VARCHAR(40)  NOT NULL
);
