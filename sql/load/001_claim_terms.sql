-- Content words of every claim, computed once per load for the steps below
-- (denial links, claim groups). Claims with the same words (at least four)
-- share a `statement_key`: one statement, however often it was reported.
-- `order_key` puts undated claims last when the earliest report is wanted; a page
-- dated by its revision counts from its first publication.
create or replace temporary table claim_terms as
with terms as (
    select
        c.claim_id,
        c.article_id,
        c.sentence_index,
        [c.cited_outlet_id, a.origin_outlet_id] as outlets,
        coalesce(a.first_published_date, a.published_date) as published_date,
        coalesce(a.first_published_date, a.published_date, date '9999-12-31') as order_key,
        content_terms(coalesce(c.content, c.sentence)) as terms
    from fact_claim as c
    inner join dim_article as a using (article_id)
)

select
    *,
    case when len(terms) >= 4 then md5(list_sort(terms)::varchar) else claim_id end
        as statement_key
from terms;
