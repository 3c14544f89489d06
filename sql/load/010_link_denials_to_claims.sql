-- Link each denial to the claim it denies, across articles, after every load.
-- A candidate claim shares content words with the denial (what is denied, or
-- its sentence), and was published within 30 days of it. Claims that came
-- from the outlet whose report is denied (statement made to it, or an
-- article originating from it) are preferred; then word overlap decides.
-- Recomputed for every denial, so a claim loaded later still gets linked;
-- candidates come from an inverted index on content words.
with denial_terms as (
    select
        d.denial_id,
        d.article_id,
        d.sentence_index,
        d.target_outlet_id,
        coalesce(a.published_date, date '1900-01-01') as published_date,
        content_terms(coalesce(d.content, '') || ' ' || coalesce(d.sentence, '')) as terms
    from fact_denial as d
    inner join dim_article as a using (article_id)
    where d.target_type in ('report', 'claim')
),

claim_terms as (
    select
        c.claim_id,
        c.article_id,
        c.sentence_index,
        c.cited_outlet_id,
        a.origin_outlet_id,
        coalesce(a.published_date, date '1900-01-01') as published_date,
        content_terms(coalesce(c.content, c.sentence)) as terms
    from fact_claim as c
    inner join dim_article as a using (article_id)
),

claim_postings as (
    select claim_id, unnest(terms) as term from claim_terms
),

denial_postings as (
    select denial_id, unnest(terms) as term from denial_terms
),

shared_terms as (
    select d.denial_id, c.claim_id, count(*) as shared
    from denial_postings as d
    inner join claim_postings as c on c.term = d.term
    group by all
    having count(*) >= 3
),

candidates as (
    select
        d.denial_id,
        c.claim_id,
        s.shared,
        term_overlap(d.terms, c.terms) as overlap,
        (
            d.target_outlet_id is not null
            and (c.cited_outlet_id = d.target_outlet_id or c.origin_outlet_id = d.target_outlet_id)
        ) as from_target_outlet,
        c.article_id <> d.article_id as other_article
    from shared_terms as s
    inner join denial_terms as d using (denial_id)
    inner join claim_terms as c using (claim_id)
    where abs(c.published_date - d.published_date) <= 30
        and (c.article_id <> d.article_id or c.sentence_index <> d.sentence_index)
),

best as (
    select denial_id, claim_id
    from candidates
    where overlap >= 0.3
    qualify row_number() over (
        partition by denial_id
        order by from_target_outlet desc, other_article desc, overlap desc, shared desc, claim_id
    ) = 1
)

update fact_denial
set target_claim_id = best.claim_id
from best
where fact_denial.denial_id = best.denial_id;
