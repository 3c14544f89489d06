-- For every claim: who asserted it, who denied it, who declined to comment,
-- in which outlet and on which date. One row per stance taken on the claim.
create or replace view claim_provenance as
with asserted as (
    select
        c.claim_id,
        'asserted' as stance,
        c.speaker,
        c.speaker_type,
        c.cue,
        c.content as statement,
        c.article_id,
        c.event_date
    from fact_claim as c
),

denied as (
    select
        d.target_claim_id as claim_id,
        'denied' as stance,
        d.speaker,
        d.speaker_type,
        d.cue,
        d.content as statement,
        d.article_id,
        d.event_date
    from fact_denial as d
    where d.target_claim_id is not null
),

declined as (
    -- an entity that declined to comment in the claim's own article
    select
        c.claim_id,
        'declined_to_comment' as stance,
        n.speaker,
        n.speaker_type,
        n.cue,
        n.sentence as statement,
        n.article_id,
        n.event_date
    from fact_claim as c
    inner join fact_no_comment as n on n.article_id = c.article_id
),

stances as (
    select * from asserted
    union all
    select * from denied
    union all
    select * from declined
)

select
    s.claim_id,
    c.content as claim,
    s.stance,
    s.speaker,
    s.speaker_type,
    s.cue,
    s.statement,
    s.article_id,
    a.title as article_title,
    coalesce(o.name, 'unknown publisher') as outlet,
    origin.name as origin_outlet,
    coalesce(s.event_date, a.published_date) as stance_date,
    a.published_date
from stances as s
inner join fact_claim as c on c.claim_id = s.claim_id
inner join dim_article as a on a.article_id = s.article_id
left join dim_outlet as o on o.outlet_id = a.outlet_id
left join dim_outlet as origin on origin.outlet_id = a.origin_outlet_id;
