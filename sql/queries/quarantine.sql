-- Documents kept aside, and why.
select source_uri, stage, reason, quarantined_at
from quarantine
order by quarantined_at desc, source_uri;
