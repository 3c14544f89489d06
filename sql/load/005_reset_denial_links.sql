-- Denial -> claim links are recomputed from scratch after every load, so none
-- points at a claim that a reload removed.
update fact_denial set target_claim_id = null where target_claim_id is not null;
