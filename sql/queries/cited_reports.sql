-- Reports cited by the corpus but not in it (the originals behind rewrites and denials).
select cited_outlet, is_in_corpus, deriving_articles, relations, article_ids
from cited_reports
order by is_in_corpus, deriving_articles desc, cited_outlet;
