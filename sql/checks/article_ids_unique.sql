-- Every article id appears once.
select article_id, count(*) as copies
from dim_article
group by article_id
having count(*) > 1
