-- Claims that were denied or reported by several articles: who asserted each,
-- who denied it, who declined to comment; through which outlet, where and when.
-- (The view claim_provenance holds every claim.)
with contested as (
    select claim_id
    from claim_provenance
    group by claim_id
    having count(*) filter (where stance = 'denied') > 0 or count(distinct article_id) > 1
)

select
    left(claim, 60) as claim,
    stance,
    speaker,
    speaker_resolved as who,
    speaker_type,
    cue,
    through_outlet,
    outlet,
    stance_date,
    claim_id
from claim_provenance
where claim_id in (select claim_id from contested)
order by claim_id, case stance when 'asserted' then 0 when 'denied' then 1 else 2 end, speaker;
