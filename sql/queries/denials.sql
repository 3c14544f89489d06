-- Every denial, with whose report or which claim it denies.
select
    a.published_date,
    o.name as outlet,
    d.speaker,
    d.speaker_resolved as who,
    d.speaker_type,
    d.cue,
    d.content,
    d.target_type,
    t.name as target_outlet,
    d.target_claim_id
from fact_denial as d
inner join dim_article as a on a.article_id = d.article_id
left join dim_outlet as o on o.outlet_id = a.outlet_id
left join dim_outlet as t on t.outlet_id = d.target_outlet_id
order by a.published_date, outlet, d.sentence_index;
