-- Every claim points at a loaded article.
select c.claim_id, c.article_id
from fact_claim as c
left join dim_article as a on a.article_id = c.article_id
where a.article_id is null
