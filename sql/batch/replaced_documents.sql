-- The documents whose rows a load replaces, by canonical URI: every one the
-- batch loaded or quarantined, every record of a WARC file it read (records
-- that are gone go too), and every document under a pruned folder that is no
-- longer there; never one the batch skipped as unchanged.
create temporary table replaced_documents as
with known as (
    select canonical_uri from dim_article
    union
    select canonical_uri from quarantine
),

replaced as (
    select canonical_uri from batch_uris
    union
    select k.canonical_uri
    from known as k
    where split_part(k.canonical_uri, '#record-', 1) in (select base from batch_bases)
    union
    select k.canonical_uri
    from known as k
    inner join batch_prefixes as p on starts_with(k.canonical_uri, p.prefix)
)

select canonical_uri
from replaced
where canonical_uri not in (select canonical_uri from batch_unchanged);
