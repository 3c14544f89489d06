-- Remove every row of the documents a load replaces (children before parents),
-- so the load can insert their new rows: a document's rows are all-or-nothing.
create temporary table replaced_articles as
select article_id
from dim_article
where canonical_uri in (select canonical_uri from replaced_documents);

delete from fact_claim where article_id in (select article_id from replaced_articles);
delete from fact_denial where article_id in (select article_id from replaced_articles);
delete from fact_no_comment where article_id in (select article_id from replaced_articles);
delete from fact_citation where article_id in (select article_id from replaced_articles);
delete from article_removed_text where article_id in (select article_id from replaced_articles);
delete from article_fingerprint where article_id in (select article_id from replaced_articles);
delete from article_band where article_id in (select article_id from replaced_articles);
delete from dim_article where article_id in (select article_id from replaced_articles);
delete from quarantine where canonical_uri in (select canonical_uri from replaced_documents);
drop table replaced_articles;
drop table replaced_documents;
