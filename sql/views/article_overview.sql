-- One readable row per article: names instead of ids, and statement counts.
create or replace view article_overview as
select
    a.article_id,
    a.source_uri,
    a.title,
    a.published_date,
    publisher.name as outlet,
    origin.name as origin_outlet,
    a.outlet_method,
    a.origin_method,
    a.date_method,
    a.word_count,
    (select count(*) from fact_claim as c where c.article_id = a.article_id) as claims,
    (select count(*) from fact_denial as d where d.article_id = a.article_id) as denials,
    (select count(*) from fact_no_comment as n where n.article_id = a.article_id) as no_comments,
    (select count(*) from fact_citation as f where f.article_id = a.article_id) as citations
from dim_article as a
left join dim_outlet as publisher on publisher.outlet_id = a.outlet_id
left join dim_outlet as origin on origin.outlet_id = a.origin_outlet_id;
