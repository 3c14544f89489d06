from pipelines.cleaning.decoding import decode_bytes


def test_latin1_text_with_a_few_accents_is_read_as_windows_1252() -> None:
    text = "The café in Zürich déclaré open — “quoted”."
    assert decode_bytes(text.encode("cp1252")) == text


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    text = "Le café déclaré ouvert à Zürich. " * 20
    damaged = text.encode("utf-8") + b"\xff"
    decoded = decode_bytes(damaged)
    assert decoded.startswith(text) and decoded.endswith("\ufffd")
