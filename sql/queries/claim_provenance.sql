-- Who asserted each claim, who denied it, who declined to comment: where and when.
select claim_id, stance, speaker, speaker_type, cue, outlet, origin_outlet, stance_date, claim
from claim_provenance
order by claim_id, case stance when 'asserted' then 0 when 'denied' then 1 else 2 end, speaker;
