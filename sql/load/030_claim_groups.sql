-- Claims that are the same statement reported by several articles, rebuilt after
-- every load. Each claim joins the group of the earliest claim (by publication
-- date, then id) in another article within 30 days whose content shares most of
-- its words (at least 4, 80 % of the shorter, 40 % of both together);
-- `claim_group_id` is that earliest claim's id. Candidate pairs come from an
-- inverted index on content words, so the cost grows with matches, not with
-- the square of the number of claims.
create or replace table claim_group as
with terms as (
    select
        c.claim_id,
        c.article_id,
        coalesce(a.published_date, date '1900-01-01') as published_date,
        content_terms(coalesce(c.content, c.sentence)) as terms
    from fact_claim as c
    inner join dim_article as a using (article_id)
),

postings as (
    select claim_id, article_id, published_date, unnest(terms) as term
    from terms
),

-- words in so many claims that sharing them says little: not used to find pairs
too_common as (
    select term
    from postings
    group by term
    having count(*) > greatest(200, (select count(*) from terms) / 20)
),

candidates as (
    select later.claim_id, earlier.claim_id as group_claim_id
    from postings as later
    inner join postings as earlier
        on earlier.term = later.term
        and earlier.article_id <> later.article_id
        and (earlier.published_date, earlier.claim_id) < (later.published_date, later.claim_id)
        and later.published_date - earlier.published_date <= 30
    where later.term not in (select term from too_common)
    group by all
    having count(*) >= 2
),

matches as (
    select
        c.claim_id,
        c.group_claim_id,
        term_overlap(l.terms, e.terms) as overlap
    from candidates as c
    inner join terms as l on l.claim_id = c.claim_id
    inner join terms as e on e.claim_id = c.group_claim_id
    where len(list_intersect(l.terms, e.terms)) >= 4
        and term_overlap(l.terms, e.terms) >= 0.8
        and len(list_intersect(l.terms, e.terms))
            / len(list_distinct(list_concat(l.terms, e.terms))) >= 0.4
)

select t.claim_id, coalesce(m.group_claim_id, t.claim_id) as claim_group_id, m.overlap
from terms as t
left join matches as m on m.claim_id = t.claim_id
qualify row_number() over (partition by t.claim_id order by m.overlap desc nulls last, m.group_claim_id) = 1;
