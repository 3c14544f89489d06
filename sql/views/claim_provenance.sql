-- For every claim: who asserted it (in every article reporting the same
-- statement), who denied it, who declined to comment, in which outlet and on
-- which date. One row per stance; `claim_id` is the group's earliest claim.
create or replace view claim_provenance as
with groups as (
    select c.claim_id, coalesce(g.claim_group_id, c.claim_id) as group_id
    from fact_claim as c
    left join claim_group as g using (claim_id)
),

asserted as (
    select
        g.group_id,
        'asserted' as stance,
        c.speaker,
        c.speaker_resolved,
        c.speaker_type,
        c.cue,
        c.content as statement,
        c.article_id,
        c.event_date,
        c.cited_outlet_id as through_outlet_id
    from fact_claim as c
    inner join groups as g using (claim_id)
),

denied as (
    select
        g.group_id,
        'denied' as stance,
        d.speaker,
        d.speaker_resolved,
        d.speaker_type,
        d.cue,
        d.content as statement,
        d.article_id,
        d.event_date,
        d.cited_outlet_id as through_outlet_id
    from fact_denial as d
    inner join groups as g on g.claim_id = d.target_claim_id
),

declined as (
    -- entities that declined to comment in an article reporting the claim
    select distinct
        g.group_id,
        'declined_to_comment' as stance,
        n.speaker,
        n.speaker_resolved,
        n.speaker_type,
        n.cue,
        n.sentence as statement,
        n.article_id,
        n.event_date,
        null as through_outlet_id
    from fact_claim as c
    inner join groups as g using (claim_id)
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
    s.group_id as claim_id,
    leader.content as claim,
    s.stance,
    s.speaker,
    s.speaker_resolved,  -- "he", "Doe", "the spokesman": the person meant
    s.speaker_type,
    s.cue,
    s.statement,
    through.name as through_outlet,
    s.article_id,
    a.title as article_title,
    coalesce(o.name, 'unknown publisher') as outlet,
    origin.name as origin_outlet,
    coalesce(s.event_date, a.published_date) as stance_date,
    a.published_date
from stances as s
inner join fact_claim as leader on leader.claim_id = s.group_id
inner join dim_article as a on a.article_id = s.article_id
left join dim_outlet as o on o.outlet_id = a.outlet_id
left join dim_outlet as origin on origin.outlet_id = a.origin_outlet_id
left join dim_outlet as through on through.outlet_id = s.through_outlet_id;
