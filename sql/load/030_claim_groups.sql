-- Claims that are the same statement reported by several articles, rebuilt after
-- every load. Claims with the same content words form a group at once (a wire
-- story syndicated a hundred times costs nothing more); distinct statements are
-- then joined to the earliest (by publication date, undated last, then id) statement in
-- another article within 30 days that shares most of its words (at least 4,
-- 80 % of the shorter, 40 % of both together). `claim_group_id` is the earliest
-- claim of the group. Candidate pairs come from an inverted index on content
-- words, so the cost grows with matches, not with the square of the claims.
create or replace table claim_group as
with keyed as (
    select * from claim_terms
),

-- one row per distinct statement: its earliest claim stands for it
statements as (
    select statement_key, claim_id, article_id, published_date, order_key, terms
    from keyed
    qualify row_number() over (partition by statement_key order by order_key, claim_id) = 1
),

postings as (
    select statement_key, claim_id, article_id, published_date, order_key, unnest(terms) as term
    from statements
),

-- words in so many statements that sharing them says little: not used to find pairs
too_common as (
    select term
    from postings
    group by term
    having count(*) > greatest(200, (select count(*) from statements) / 20)
),

candidates as (
    select later.statement_key, earlier.statement_key as earlier_key
    from postings as later
    inner join postings as earlier
        on earlier.term = later.term
        and earlier.article_id <> later.article_id
        and (earlier.order_key, earlier.claim_id) < (later.order_key, later.claim_id)
        and (earlier.published_date is null or later.published_date is null
             or later.published_date - earlier.published_date <= 30)
    where later.term not in (select term from too_common)
    group by all
    having count(*) >= 2
),

matches as (
    select
        c.statement_key,
        e.claim_id as group_claim_id,
        term_overlap(l.terms, e.terms) as overlap
    from candidates as c
    inner join statements as l on l.statement_key = c.statement_key
    inner join statements as e on e.statement_key = c.earlier_key
    where len(list_intersect(l.terms, e.terms)) >= 4
        and term_overlap(l.terms, e.terms) >= 0.8
        and len(list_intersect(l.terms, e.terms))
            / len(list_distinct(list_concat(l.terms, e.terms))) >= 0.4
    qualify row_number() over (
        partition by c.statement_key order by overlap desc, group_claim_id
    ) = 1
)

select
    k.claim_id,
    coalesce(m.group_claim_id, s.claim_id) as claim_group_id,
    case when k.claim_id = coalesce(m.group_claim_id, s.claim_id) then null
         else coalesce(m.overlap, 1.0) end as overlap
from keyed as k
inner join statements as s using (statement_key)
left join matches as m using (statement_key);
