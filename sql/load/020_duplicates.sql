-- Which articles are the same story reached twice, recomputed after every load.
-- One row per article that duplicates an earlier one: `canonical_article_id` is
-- the earliest article (by date, then id) it matches; `kind` says how:
-- exact text, same URL, or near-duplicate text (MinHash Jaccard estimate).
create or replace table article_duplicate as
with fingerprints as (
    select f.*, coalesce(a.first_published_date, a.published_date) as published_date
    from article_fingerprint as f
    inner join dim_article as a using (article_id)
),

candidate_pairs as (
    select distinct a.article_id as left_id, b.article_id as right_id
    from article_band as a
    inner join article_band as b
        on a.band = b.band and a.band_hash = b.band_hash and a.article_id < b.article_id
),

pairs as (
    select l.article_id as left_id, r.article_id as right_id, 'exact_text' as kind, 1.0 as similarity
    from fingerprints as l
    inner join fingerprints as r on l.text_hash = r.text_hash and l.article_id < r.article_id
    union all
    select l.article_id, r.article_id, 'same_url', 1.0
    from fingerprints as l
    inner join fingerprints as r on l.url_key = r.url_key and l.article_id < r.article_id
    union all
    select
        p.left_id,
        p.right_id,
        'near_text',
        list_sum(list_transform(range(1, len(l.minhash) + 1), i -> (l.minhash[i] = r.minhash[i])::int))
            / len(l.minhash)
    from candidate_pairs as p
    inner join fingerprints as l on l.article_id = p.left_id
    inner join fingerprints as r on r.article_id = p.right_id
),

matched as (
    select left_id, right_id, kind, similarity
    from pairs
    where kind <> 'near_text' or similarity >= 0.7
),

-- both directions, with the earlier article as the canonical one
directed as (
    select
        case when ordered then m.right_id else m.left_id end as article_id,
        case when ordered then m.left_id else m.right_id end as canonical_article_id,
        m.kind,
        m.similarity,
        case when ordered then m.left_date else m.right_date end as canonical_date
    from (
        select
            m.*,
            (coalesce(l.published_date, date '9999-12-31'), m.left_id)
                <= (coalesce(r.published_date, date '9999-12-31'), m.right_id) as ordered,
            l.published_date as left_date,
            r.published_date as right_date
        from matched as m
        inner join fingerprints as l on l.article_id = m.left_id
        inner join fingerprints as r on r.article_id = m.right_id
    ) as m
)

select article_id, canonical_article_id, kind, round(similarity, 3) as similarity
from directed
qualify row_number() over (
    partition by article_id
    order by canonical_date nulls last, canonical_article_id,
        case kind when 'exact_text' then 0 when 'same_url' then 1 else 2 end
) = 1;
