-- Link each denial to the claim it denies, across articles, after every load.
-- A candidate claim shares content words with the denial (what is denied, or
-- its sentence), and was published within 30 days of it. Claims that came
-- from the outlet whose report is denied (statement made to it, or an
-- article originating from it) are preferred; then word overlap decides.
-- Recomputed for every denial, so a claim loaded later still gets linked.
with words as (
    select 'claim' as kind, claim_id as id, content_terms(coalesce(content, sentence)) as terms
    from fact_claim
    union all
    select 'denial', denial_id, content_terms(coalesce(content, '') || ' ' || coalesce(sentence, ''))
    from fact_denial
    where target_type in ('report', 'claim')
),

candidates as (
    select
        d.denial_id,
        c.claim_id,
        len(list_intersect(dw.terms, cw.terms)) as shared,
        term_overlap(dw.terms, cw.terms) as overlap,
        (
            d.target_outlet_id is not null
            and (c.cited_outlet_id = d.target_outlet_id or ca.origin_outlet_id = d.target_outlet_id)
        ) as from_target_outlet,
        c.article_id <> d.article_id as other_article
    from fact_denial as d
    inner join words as dw on dw.kind = 'denial' and dw.id = d.denial_id
    inner join dim_article as da on da.article_id = d.article_id
    inner join fact_claim as c on c.claim_id <> d.denial_id
    inner join words as cw on cw.kind = 'claim' and cw.id = c.claim_id
    inner join dim_article as ca on ca.article_id = c.article_id
    where (da.published_date is null or ca.published_date is null
           or abs(date_diff('day', ca.published_date, da.published_date)) <= 30)
        and (c.article_id <> d.article_id or c.sentence_index <> d.sentence_index)
),

best as (
    select denial_id, claim_id
    from candidates
    where shared >= 3 and overlap >= 0.3
    qualify row_number() over (
        partition by denial_id
        order by from_target_outlet desc, other_article desc, overlap desc, shared desc, claim_id
    ) = 1
)

update fact_denial
set target_claim_id = best.claim_id
from best
where fact_denial.denial_id = best.denial_id;
