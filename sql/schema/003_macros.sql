-- Content words of a statement, for comparing statements across articles:
-- lower-cased words longer than three letters, common function words dropped,
-- cut to six letters so "proposal" and "proposed" meet.
create or replace macro content_terms(text) as list_distinct(
    list_transform(
        list_filter(
            string_split(regexp_replace(lower(coalesce(text, '')), '[^a-z0-9]+', ' ', 'g'), ' '),
            w -> length(w) > 3
                and w not in ('that', 'this', 'with', 'from', 'have', 'been', 'were', 'said',
                              'would', 'their', 'there', 'which', 'about', 'after', 'also',
                              'they', 'will', 'than', 'into', 'over', 'what', 'when', 'some')
        ),
        w -> left(w, 6)
    )
);

-- Share of the smaller term set found in the other: 1.0 when one contains the other.
create or replace macro term_overlap(a, b) as
    len(list_intersect(a, b)) / greatest(least(len(a), len(b)), 1);
