-- Denials use the contract's vocabularies (NULL is not a value of any of them).
select denial_id, speaker_type, quote_type, target_type
from fact_denial
where speaker_type is null
    or speaker_type not in ('person', 'organization', 'anonymous', 'media', 'unknown')
    or quote_type is null
    or quote_type not in ('direct', 'indirect', 'mixed')
    or target_type is null
    or target_type not in ('report', 'claim', 'other')
