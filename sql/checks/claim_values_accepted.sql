-- Claims use the contract's vocabularies (NULL is not a value of any of them).
select claim_id, speaker_type, quote_type, source_count
from fact_claim
where speaker_type is null
    or speaker_type not in ('person', 'organization', 'anonymous', 'media', 'unknown')
    or quote_type is null
    or quote_type not in ('direct', 'indirect', 'mixed')
    or source_count < 1
