from pipelines.deduplicating import fingerprint, url_key

STORY = (
    "The Kremlin on Wednesday denied a report that the president had proposed a ceasefire "
    "to the United States through intermediaries in the Middle East, saying the claim was "
    "not true and that no such contacts had taken place during the last year of the war. "
)


def _jaccard_estimate(a, b) -> float:
    return sum(x == y for x, y in zip(a.minhash, b.minhash, strict=True)) / len(a.minhash)


def test_same_words_in_other_case_and_spacing_are_exact_duplicates() -> None:
    assert fingerprint(STORY).text_hash == fingerprint(STORY.upper().replace(" ", "  ")).text_hash


def test_light_rewrite_is_near_and_other_story_is_not() -> None:
    rewrite = STORY.replace("Wednesday", "Thursday") + "Officials gave no further details."
    other = (
        "Heavy rain flooded the lower town overnight and the river rose above its banks again. " * 2
    )
    assert _jaccard_estimate(fingerprint(STORY * 3), fingerprint(rewrite * 3)) > 0.6
    assert _jaccard_estimate(fingerprint(STORY), fingerprint(other)) < 0.1


def test_near_duplicates_share_a_band() -> None:
    a, b = fingerprint(STORY * 3), fingerprint(STORY * 3 + " One more sentence.")
    assert set(enumerate(a.bands)) & set(enumerate(b.bands))


def test_url_variants_share_a_key() -> None:
    key = url_key("https://www.example.com/world/story-1/?utm_source=x&id=7")
    assert key == url_key("http://example.com/world/story-1?id=7&fbclid=abc")
    assert key == "example.com/world/story-1?id=7"
    assert url_key("https://example.com/world/story-2") != key
    assert url_key(None) is None and url_key("not a url") is None
