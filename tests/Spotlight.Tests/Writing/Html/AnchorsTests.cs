using Spotlight.Writing.Html;

namespace Spotlight.Tests.Writing.Html;

public sealed class AnchorsTests
{
    [Test]
    public void A_name_is_its_own_id_after_the_prefix_and_a_taken_one_gets_a_number()
    {
        var anchors = new Anchors("r2-");
        Assert.That(new[] { anchors.For("syria-2"), anchors.For("syria-2"), anchors.For("syria-2"), anchors.For("syria-3") },
            Is.EqualTo(new[] { "r2-syria-2", "r2-syria-2~2", "r2-syria-2~3", "r2-syria-3" }));
    }

    [Test]
    public void White_space_becomes_a_hyphen_and_an_empty_name_an_underscore()
    {
        var anchors = new Anchors("");
        Assert.That(anchors.For("a b\tc\nd"), Is.EqualTo("a-b-c-d"));
        Assert.That(anchors.For(""), Is.EqualTo("_"));
    }

    [Test]
    public void A_number_given_to_a_taken_name_is_not_given_again()
    {
        var anchors = new Anchors("");
        anchors.For("x~2");
        Assert.That(new[] { anchors.For("x"), anchors.For("x") }, Is.EqualTo(new[] { "x", "x~3" }));
    }
}
