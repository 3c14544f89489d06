-- A short denial ("No, it's not true") of a report that the same article
-- already shows being denied points at the same claim: in one article, denials
-- of one outlet's report deny one thing.
update fact_denial
set target_claim_id = linked.target_claim_id
from (
    select article_id, target_outlet_id, min(target_claim_id) as target_claim_id
    from fact_denial
    where target_claim_id is not null and target_outlet_id is not null
    group by all
) as linked
where fact_denial.target_claim_id is null
    and fact_denial.article_id = linked.article_id
    and fact_denial.target_outlet_id = linked.target_outlet_id;
