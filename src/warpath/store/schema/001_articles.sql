-- warpath schema 1: articles, and the layers the pipeline adds to them.
-- Offsets (start, "end") index articles.text. Each article's layers are
-- written in the same transaction as the article itself.

CREATE TABLE articles (
    id            VARCHAR PRIMARY KEY,   -- sha256 of outlet + normalised text, 16 hex digits
    external_id   VARCHAR,               -- the id the input gave it, if any
    date          DATE,                  -- publication date
    title         VARCHAR,
    source        VARCHAR,               -- outlet
    url           VARCHAR,
    origin        VARCHAR NOT NULL,      -- file, file:line, feed entry or URL it was read from
    text          VARCHAR NOT NULL,
    words         INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    coded_at      TIMESTAMP,             -- when the pipeline last ran on it
    coder_version VARCHAR
);

CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE times (
    article_id     VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    sentence       INTEGER,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,     -- DATE, TIME, DURATION, SET
    value          VARCHAR NOT NULL,     -- TIMEX3 value
    interval_start DATE,
    interval_end   DATE,
    granularity    VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE actors (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    sentence   INTEGER,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    code       VARCHAR,                  -- CAMEO actor code for the article's date
    kind       VARCHAR,                  -- country, igo, person, agent, pronoun, ...
    name       VARCHAR,
    role_start DATE,
    role_end   DATE,
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX articles_date ON articles (date);
