-- The warehouse's tables (CONTRACT.md fixes the names; extra columns are ours).
-- Every statement is idempotent: the schema is applied at the start of every load.

create table if not exists dim_outlet (
    outlet_id   varchar primary key,
    name        varchar not null,
    domain      varchar,
    country     varchar,
    kind        varchar,            -- wire | newspaper | broadcaster | magazine | online | agency
    is_inferred boolean not null    -- not in the registry: named from page metadata or domain
);

create table if not exists dim_article (
    article_id        varchar primary key,
    source_uri        varchar not null,   -- input path as given; WARC record: path#record-N
    canonical_uri     varchar,            -- one spelling per document (absolute path or URL)
    url               varchar,
    title             varchar,
    published_date    date,
    modified_date     date,               -- last updated, when the page says so and it is later
    first_published_date date,            -- set when published_date is the revision the page shows
    outlet_id         varchar,            -- the publisher
    origin_outlet_id  varchar,            -- who originated the reporting (wire, rewritten source)
    body              varchar not null,   -- clean main text
    content_hash      varchar not null,   -- sha256 of the bytes read
    input_hash        varchar,            -- the bytes plus the hints given with them (manifest)
    archive_uri       varchar,            -- where the fetched bytes are kept: file.warc.gz#record-N
    pipeline_version  varchar,            -- code + reference data that produced the row
    date_method       varchar,            -- how published_date was decided
    dates_rejected    varchar[],          -- date candidates refused, and why ("… is in the future")
    outlet_method     varchar,            -- how outlet_id was decided
    origin_method     varchar,            -- how origin_outlet_id was decided
    dateline          varchar,
    tags              varchar[],
    credits           varchar[],
    authors           varchar[],
    word_count        integer,
    run_id            varchar,            -- the Dagster run that loaded this row
    loaded_at         timestamp
);

-- What the cleaner removed from each article, and the rule that removed it.
create table if not exists article_removed_text (
    article_id  varchar not null,
    position    integer not null,
    rule        varchar not null,
    text        varchar not null
);

create table if not exists fact_claim (
    claim_id         varchar primary key,
    article_id       varchar not null,
    speaker          varchar,            -- the full speaker span as written
    speaker_resolved varchar,            -- "he", "the spokesman" -> the full name seen earlier
    speaker_type     varchar not null,   -- person | organization | anonymous | media | unknown
    source_count     integer,            -- "three Russian sources" -> 3; NULL when not given
    cue              varchar,            -- the words of saying: told, said, according to
    content          varchar,            -- what was said
    quote_type       varchar,            -- direct | indirect | mixed
    sentence         varchar,            -- the sentence the attribution was found in
    cited_outlet_id  varchar,            -- "told Reuters"
    role             varchar,            -- "Kremlin spokesman"
    affiliation      varchar,            -- country or institution of the speaker
    event_date       date,               -- "on Wednesday" resolved against the publication date
    sentence_index   integer
);

create table if not exists fact_denial (
    denial_id         varchar primary key,
    article_id        varchar not null,
    speaker           varchar,
    speaker_resolved varchar,            -- "he", "the spokesman" -> the full name seen earlier
    speaker_type      varchar not null,
    source_count      integer,
    cue               varchar,
    content           varchar,           -- what is denied
    quote_type        varchar,
    sentence          varchar,
    target_type       varchar,           -- report | claim | other
    target_outlet_id  varchar,           -- whose report is denied
    target_claim_id   varchar,           -- the denied claim, when the warehouse holds it
    cited_outlet_id   varchar,
    role              varchar,
    affiliation       varchar,
    event_date        date,
    sentence_index    integer
);

create table if not exists fact_no_comment (
    no_comment_id   varchar primary key,
    article_id      varchar not null,
    speaker         varchar,
    speaker_resolved varchar,            -- "he", "the spokesman" -> the full name seen earlier
    speaker_type    varchar not null,
    cue             varchar,
    sentence        varchar,
    role            varchar,
    affiliation     varchar,
    event_date      date,
    sentence_index  integer
);

create table if not exists fact_citation (
    citation_id       varchar primary key,
    article_id        varchar not null,
    cited_outlet_id   varchar not null,
    cited_outlet_name varchar,           -- as written in the text
    cue               varchar,
    sentence          varchar,
    sentence_index    integer
);

create table if not exists quarantine (
    source_uri      varchar not null,
    canonical_uri   varchar,            -- one spelling per document (absolute path or URL)
    stage           varchar not null,    -- reading | cleaning | normalising | extracting
    reason          varchar not null,
    content_hash    varchar,
    run_id          varchar,
    quarantined_at  timestamp
);

-- Fingerprints for duplicate detection (pipelines/deduplicating), one per article.
create table if not exists article_fingerprint (
    article_id  varchar primary key,
    text_hash   varchar not null,   -- sha256 of the body's words, case folded
    url_key     varchar,            -- URL without scheme, www., tracking parameters
    minhash     ubigint[] not null  -- MinHash signature of word 5-grams
);

-- Locality-sensitive bands of the MinHash signature: equal band, candidate pair.
create table if not exists article_band (
    article_id  varchar not null,
    band        smallint not null,
    band_hash   ubigint not null
);

-- Rebuilt after every load by sql/load/020_duplicates.sql.
create table if not exists article_duplicate (
    article_id            varchar,
    canonical_article_id  varchar,
    kind                  varchar,   -- exact_text | same_url | near_text
    similarity            double
);

-- Rebuilt after every load by sql/load/030_claim_groups.sql.
create table if not exists claim_group (
    claim_id        varchar,
    claim_group_id  varchar,   -- the earliest claim of the same statement
    overlap         double
);
