-- Every document is one article, however many ways its path was spelled.
select canonical_uri, count(*) as copies, list(source_uri) as spellings
from dim_article
group by canonical_uri
having count(*) > 1
