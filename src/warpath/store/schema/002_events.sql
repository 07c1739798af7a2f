-- warpath schema 2: coded events, one row per (source, target) pair of a predicate.

CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,  -- deterministic: article, sentence, predicate offset, actors, code
    article_id      VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,     -- order within the article
    source_text     VARCHAR,
    source_code     VARCHAR,
    target_text     VARCHAR,
    target_code     VARCHAR,
    cameo_code      VARCHAR NOT NULL,
    cameo_root      VARCHAR NOT NULL,
    cameo_name      VARCHAR NOT NULL,
    goldstein       DOUBLE NOT NULL,
    quad_class      INTEGER NOT NULL,
    plover_event    VARCHAR,
    plover_mode     VARCHAR,
    date_start      DATE,
    date_end        DATE,
    date_from       VARCHAR NOT NULL,     -- time_expression, context, publication_date, none
    date_text       VARCHAR,
    location_text   VARCHAR,
    location_country VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    modality        VARCHAR NOT NULL,     -- asserted, reported, intent, hypothetical, negated, demanded
    attribution_text VARCHAR,
    attribution_code VARCHAR,
    sentence        INTEGER NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   VARCHAR NOT NULL,
    confidence      DOUBLE NOT NULL,
    predicate       VARCHAR
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_dyad ON events (source_code, target_code);
CREATE INDEX events_date ON events (date_start);
