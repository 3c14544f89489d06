-- Every denial points at a loaded article, and a denied claim, when named, exists.
select d.denial_id, d.article_id, d.target_claim_id
from fact_denial as d
left join dim_article as a on a.article_id = d.article_id
left join fact_claim as c on c.claim_id = d.target_claim_id
where a.article_id is null or (d.target_claim_id is not null and c.claim_id is null)
