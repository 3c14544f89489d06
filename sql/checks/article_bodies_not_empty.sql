-- Every loaded article has a body (empty ones belong in quarantine).
select article_id, source_uri
from dim_article
where body is null or trim(body) = ''
