"""forms.localize: Chinese where asked for and present, English otherwise."""

from forms.facts import Option
from forms.localize import text_in, texts_in
from forms.rules import ActionDef


def test_chinese_is_given_when_asked_for_and_present() -> None:
    option = Option("yes", "Yes", zh={"label": "是"})
    assert text_in(option, "label", "zh") == "是"
    assert text_in(option, "label", "en") == "Yes"


def test_english_stands_in_where_chinese_is_missing() -> None:
    assert text_in(Option("no", "No"), "label", "zh") == "No"


def test_a_tuple_falls_back_whole_when_its_chinese_does_not_match_item_for_item() -> None:
    class Item:
        def __init__(self, chinese: tuple[str, ...]) -> None:
            self.evidence = ("a", "b")
            self.zh = {"evidence": chinese}

    assert texts_in(Item(("甲",)), "evidence", "zh") == ("a", "b")
    assert texts_in(Item(("甲", "乙")), "evidence", "zh") == ("甲", "乙")


def test_chinese_texts_do_not_change_equality() -> None:
    assert Option("x", "X", zh={"label": "叉"}) == Option("x", "X")
    assert ActionDef.__dataclass_fields__["zh"].compare is False
