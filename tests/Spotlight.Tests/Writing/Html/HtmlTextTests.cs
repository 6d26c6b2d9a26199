using System.Text;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Writing.Html;

/// <summary>Report text in a page: markup shown as text, and characters a page may not hold replaced, not dropped.</summary>
public sealed class HtmlTextTests
{
    [TestCase("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", TestName = "{m}(case 1)")]
    [TestCase("Tom & Jerry", "Tom &amp; Jerry", TestName = "{m}(case 2)")]
    [TestCase("&amp;", "&amp;amp;", TestName = "{m}(case 3)")]
    [TestCase("say \"no\" and 'yes'", "say \"no\" and 'yes'", TestName = "{m}(case 4)")]
    [TestCase("tab\there\nnext\r\nline\f", "tab\there\nnext\r\nline\f", TestName = "{m}(case 5)")]
    [TestCase("", "", TestName = "{m}(case 6)")]
    public void Markup_is_escaped_in_text_and_white_space_kept(string text, string expected)
    {
        Assert.That(HtmlText.Escaped(text), Is.EqualTo(expected));
    }

    [TestCase("a\"b<c>&d", "a&quot;b&lt;c&gt;&amp;d", TestName = "{m}(case 7)")]
    [TestCase("plain", "plain", TestName = "{m}(case 8)")]
    public void Attributes_escape_the_quote_as_well(string text, string expected)
    {
        var page = new StringBuilder();
        HtmlText.AppendAttribute(page, text);
        Assert.That(page.ToString(), Is.EqualTo(expected));
    }

    // Named cases: a test name holding control characters is not matched back to its result, and the case would not run.
    [TestCase("a\u0000b", "a\uFFFDb", TestName = "{m}(case 9)")]
    [TestCase("bell\u0007", "bell\uFFFD", TestName = "{m}(case 10)")]
    [TestCase("\u001B[31mred", "\uFFFD[31mred", TestName = "{m}(case 11)")]
    [TestCase("del\u007F", "del\uFFFD", TestName = "{m}(case 12)")]
    [TestCase("c1\u0085\u009F", "c1\uFFFD\uFFFD", TestName = "{m}(case 13)")]
    [TestCase("non\uFDD0char\uFFFE\uFFFF", "non\uFFFDchar\uFFFD\uFFFD", TestName = "{m}(case 14)")]
    [TestCase("plane one \U0001FFFE", "plane one \uFFFD", TestName = "{m}(case 15)")]
    public void Characters_a_page_may_not_hold_become_replacement_characters(string text, string expected)
    {
        Assert.That(HtmlText.Escaped(text), Is.EqualTo(expected));
    }

    // Attribute arguments cannot carry a lone surrogate (the compiler writes them as UTF-8), so these are built here.
    private static IEnumerable<TestCaseData> LoneSurrogates()
    {
        yield return new TestCaseData("lone " + (char)0xD800 + " high", "lone \uFFFD high").SetName("{m}(high)");
        yield return new TestCaseData("lone " + (char)0xDC00 + " low", "lone \uFFFD low").SetName("{m}(low)");
        yield return new TestCaseData("end " + (char)0xD83D, "end \uFFFD").SetName("{m}(at the end)");
        yield return new TestCaseData(new string([(char)0xDC00, (char)0xD800]), "\uFFFD\uFFFD").SetName("{m}(low before high)");
    }

    [TestCaseSource(nameof(LoneSurrogates))]
    public void A_lone_surrogate_becomes_a_replacement_character(string text, string expected)
    {
        Assert.That(HtmlText.Escaped(text), Is.EqualTo(expected));
    }

    [TestCase("emoji \U0001F600 kept", TestName = "{m}(case 16)")]
    [TestCase("Persian \u0641\u0627\u0631\u0633", TestName = "{m}(case 17)")]
    [TestCase("last before noncharacters \uFDCF and after \uFDF0", TestName = "{m}(case 18)")]
    [TestCase("\u00A0no-break and \u2013 dash", TestName = "{m}(case 19)")]
    public void Other_characters_are_kept_as_they_are(string text)
    {
        Assert.That(HtmlText.Escaped(text), Is.EqualTo(text));
    }
}
