-- Claims that are the same statement reported by several articles, rebuilt after
-- every load. Each claim joins the group of the earliest claim (by publication
-- date, then id) in another article within 30 days whose content shares most of
-- its words (at least 4, 60 % of the shorter, a quarter of both together);
-- `claim_group_id` is that earliest claim's id.
create or replace table claim_group as
with terms as (
    select c.claim_id, c.article_id, a.published_date, content_terms(coalesce(c.content, c.sentence)) as terms
    from fact_claim as c
    inner join dim_article as a using (article_id)
),

matches as (
    select
        later.claim_id,
        earlier.claim_id as group_claim_id,
        term_overlap(later.terms, earlier.terms) as overlap
    from terms as later
    inner join terms as earlier
        on earlier.article_id <> later.article_id
        and (coalesce(earlier.published_date, date '1900-01-01'), earlier.claim_id)
            < (coalesce(later.published_date, date '1900-01-01'), later.claim_id)
        and abs(date_diff('day', coalesce(earlier.published_date, later.published_date),
                          coalesce(later.published_date, earlier.published_date))) <= 30
    where len(list_intersect(later.terms, earlier.terms)) >= 4
        and term_overlap(later.terms, earlier.terms) >= 0.6
        and len(list_intersect(later.terms, earlier.terms))
            / len(list_distinct(list_concat(later.terms, earlier.terms))) >= 0.25
)

select t.claim_id, coalesce(m.group_claim_id, t.claim_id) as claim_group_id, m.overlap
from terms as t
left join matches as m on m.claim_id = t.claim_id
qualify row_number() over (partition by t.claim_id order by m.overlap desc nulls last, m.group_claim_id) = 1;
