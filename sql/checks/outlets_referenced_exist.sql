-- Every outlet an article names (publisher, origin) is in dim_outlet.
select a.article_id, a.outlet_id, a.origin_outlet_id
from dim_article as a
left join dim_outlet as o on o.outlet_id = a.outlet_id
left join dim_outlet as origin on origin.outlet_id = a.origin_outlet_id
where (a.outlet_id is not null and o.outlet_id is null)
    or (a.origin_outlet_id is not null and origin.outlet_id is null)
