-- Link each denial to the claim it denies, across articles, after every load.
-- A candidate statement shares content words with the denial (what is denied,
-- or its sentence) and was reported within 30 days of it (undated articles are
-- not ruled out by date). Statements that came from the outlet whose report is
-- denied (made to it, or in an article originating from it) are preferred;
-- then word overlap decides. The denial points at the earliest report of the
-- statement outside its own sentence. Candidates come from an inverted index
-- over distinct statements, so a syndicated story costs nothing more.
with statements as (
    select
        statement_key,
        list(
            {'claim_id': claim_id, 'article_id': article_id, 'sentence_index': sentence_index,
             'published_date': published_date}
            order by order_key, claim_id
        ) as reports,
        list_distinct(flatten(list(outlets))) as outlets,
        any_value(terms) as terms
    from claim_terms
    group by statement_key
),

denial_terms as (
    select
        d.denial_id,
        d.article_id,
        d.sentence_index,
        d.target_outlet_id,
        coalesce(a.first_published_date, a.published_date) as published_date,
        content_terms(coalesce(d.content, '') || ' ' || coalesce(d.sentence, '')) as terms
    from fact_denial as d
    inner join dim_article as a using (article_id)
    where d.target_type in ('report', 'claim')
),

statement_postings as (
    select statement_key, unnest(terms) as term from statements
),

denial_postings as (
    select denial_id, unnest(terms) as term from denial_terms
),

shared_terms as (
    select d.denial_id, s.statement_key, count(*) as shared
    from denial_postings as d
    inner join statement_postings as s on s.term = d.term
    group by all
    having count(*) >= 3
),

candidates as (
    select
        d.denial_id,
        t.shared,
        term_overlap(d.terms, s.terms) as overlap,
        coalesce(list_contains(s.outlets, d.target_outlet_id), false) as from_target_outlet,
        -- the statement's reports, less the denial's own sentence and those too far in time
        list_filter(
            s.reports,
            r -> not (r.article_id = d.article_id and r.sentence_index = d.sentence_index)
                and (r.published_date is null or d.published_date is null
                     or abs(r.published_date - d.published_date) <= 30)
        ) as reports,
        d.article_id as denial_article_id
    from shared_terms as t
    inner join denial_terms as d using (denial_id)
    inner join statements as s using (statement_key)
),

best as (
    select denial_id, reports[1].claim_id as claim_id
    from candidates
    where overlap >= 0.3 and len(reports) > 0
    qualify row_number() over (
        partition by denial_id
        order by
            from_target_outlet desc,
            list_bool_or(list_transform(reports, r -> r.article_id <> denial_article_id)) desc,
            overlap desc,
            shared desc,
            reports[1].claim_id
    ) = 1
)

update fact_denial
set target_claim_id = best.claim_id
from best
where fact_denial.denial_id = best.denial_id;
