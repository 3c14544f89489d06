-- Articles, claims, denials and no-comments per publishing outlet.
select
    coalesce(outlet, '(unknown publisher)') as outlet,
    count(*) as articles,
    sum(claims) as claims,
    sum(denials) as denials,
    sum(no_comments) as no_comments,
    sum(citations) as citations
from article_overview
group by all
order by articles desc, outlet;
