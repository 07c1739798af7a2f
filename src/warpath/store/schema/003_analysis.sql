-- warpath schema 3: the analysis layer over events (warpath.analysis, docs/analysis.md).
-- Event clusters merge the events of several articles that report one happening;
-- cluster_members and event_clusters are derived data, rebuilt from events at will.

-- What a GDELT event row carries that the events table has no column for.
-- Each GDELT row is stored as one event (date_from 'gdelt', modality 'reported')
-- with a synthetic article per SOURCEURL; this table keeps the rest.
CREATE TABLE gdelt_events (
    event_id        VARCHAR PRIMARY KEY,  -- events.id: 'gdelt-' || GLOBALEVENTID
    global_event_id BIGINT NOT NULL,
    version         INTEGER NOT NULL,     -- 1 or 2: the GDELT export layout it was read from
    source_country  VARCHAR,              -- Actor1CountryCode (or the IGO part of Actor1Code)
    target_country  VARCHAR,              -- Actor2CountryCode (or the IGO part of Actor2Code)
    is_root         BOOLEAN,
    num_mentions    INTEGER,
    num_sources     INTEGER,
    num_articles    INTEGER,
    avg_tone        DOUBLE
);

-- One row per clustered event: which cluster it is in, and the features merging
-- compared (copied here so clusters can be re-aggregated without joins).
CREATE TABLE cluster_members (
    event_id         VARCHAR NOT NULL,
    cluster_id       VARCHAR NOT NULL,
    seq              BIGINT NOT NULL,     -- processing order: publication date, article id, event index
    article_id       VARCHAR NOT NULL,
    outlet           VARCHAR NOT NULL,    -- articles.source, or 'article <id>' when the outlet is unknown
    published        DATE,
    ingested_at      TIMESTAMP,
    source_country   VARCHAR,
    target_country   VARCHAR,
    cameo_code       VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    cameo_name       VARCHAR NOT NULL,
    goldstein        DOUBLE NOT NULL,
    quad_class       INTEGER NOT NULL,
    modality         VARCHAR NOT NULL,
    tier             INTEGER NOT NULL,    -- 0 dated by a time expression (or GDELT), 1 by the publication date, 2 undated
    date_start       DATE,                -- the event's own interval
    date_end         DATE,
    match_start      DATE,                -- the interval merging compares (docs/analysis.md)
    match_end        DATE,
    location_country VARCHAR,
    location_text    VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    gdelt            BOOLEAN NOT NULL,
    sources          INTEGER NOT NULL,    -- outlets this row stands for: 1, or GDELT's NumSources
    articles         INTEGER NOT NULL     -- articles this row stands for: 1, or GDELT's NumArticles
);

CREATE TABLE event_clusters (
    cluster_id       VARCHAR NOT NULL,    -- the id of the event that founded it
    first_seq        BIGINT NOT NULL,
    source_country   VARCHAR,
    target_country   VARCHAR,
    cameo_code       VARCHAR NOT NULL,    -- the most specific code among its members
    cameo_root       VARCHAR NOT NULL,
    cameo_name       VARCHAR NOT NULL,
    goldstein        DOUBLE NOT NULL,
    quad_class       INTEGER NOT NULL,
    factual          BOOLEAN NOT NULL,    -- members asserted, reported or negated (not intent, hypothetical, demanded)
    gdelt            BOOLEAN NOT NULL,
    best_event_id    VARCHAR NOT NULL,    -- the best-dated member
    tier             INTEGER NOT NULL,
    date_start       DATE,                -- the best-dated interval
    date_end         DATE,
    match_start      DATE,
    match_end        DATE,
    precise          BOOLEAN NOT NULL,
    day              DATE,                -- where timelines place it
    location_country VARCHAR,
    location_text    VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    events           INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    outlets          INTEGER NOT NULL,
    happened_outlets INTEGER NOT NULL,    -- outlets that assert or report it
    asserted         INTEGER NOT NULL,    -- outlets by the strongest modality they give it
    reported         INTEGER NOT NULL,
    negated          INTEGER NOT NULL,
    intent           INTEGER NOT NULL,
    hypothetical     INTEGER NOT NULL,
    demanded         INTEGER NOT NULL,
    weight           DOUBLE NOT NULL,     -- 1 + log2(happened_outlets), 0 if none
    first_report     DATE,
    first_ingested   TIMESTAMP
);

-- Bookkeeping of the incremental merge: the newest articles.coded_at it has seen.
CREATE TABLE analysis_state (
    name  VARCHAR PRIMARY KEY,
    value TIMESTAMP
);
