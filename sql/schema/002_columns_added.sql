-- Columns added after a table was first created: brings older warehouses up to date.
alter table dim_article add column if not exists pipeline_version varchar;
alter table dim_article add column if not exists input_hash varchar;
alter table dim_article add column if not exists archive_uri varchar;
alter table dim_article add column if not exists dates_rejected varchar[];
alter table fact_claim add column if not exists speaker_resolved varchar;
alter table fact_denial add column if not exists speaker_resolved varchar;
alter table fact_no_comment add column if not exists speaker_resolved varchar;
alter table dim_article add column if not exists modified_date date;
alter table dim_article add column if not exists canonical_uri varchar;
alter table quarantine add column if not exists canonical_uri varchar;
alter table dim_article add column if not exists first_published_date date;
