-- Reports the corpus leans on: every outlet an article cites, is told things
-- through, rewrites, or denies a report of; with whether that outlet's own
-- report is in the warehouse and which articles derive from it.
create or replace view cited_reports as
with derivations as (
    select article_id, cited_outlet_id as outlet_id, 'cites' as relation
    from fact_citation
    union
    select article_id, cited_outlet_id, 'statement made to' as relation
    from fact_claim
    where cited_outlet_id is not null
    union
    select article_id, target_outlet_id, 'denial of report by' as relation
    from fact_denial
    where target_outlet_id is not null
    union
    select article_id, origin_outlet_id, 'rewrite of' as relation
    from dim_article
    where origin_outlet_id is not null and origin_outlet_id is distinct from outlet_id
),

published as (
    select distinct outlet_id from dim_article where outlet_id is not null
)

select
    d.outlet_id as cited_outlet_id,
    o.name as cited_outlet,
    d.outlet_id in (select outlet_id from published) as is_in_corpus,
    count(distinct d.article_id) as deriving_articles,
    list(distinct d.article_id order by d.article_id) as article_ids,
    list(distinct d.relation order by d.relation) as relations
from derivations as d
left join dim_outlet as o on o.outlet_id = d.outlet_id
group by all;
