using Spotlight.Tests.Properties;
using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Extraction;

/// <summary>
/// A bug of the date extractor that the mutated reports found, as its smallest inputs: a date written in
/// digits other than 0–9 crashed it, since a \d in its patterns matched any Unicode digit.
/// </summary>
public sealed class OtherDigitsDateTests
{
    [TestCase("► ٣ November\n")] // FormatException in DateExtractor.ReadNumbered
    [TestCase("► November ٣\n")] // IndexOutOfRangeException in DateExtractor.DigitsEnd
    [TestCase("► early November ٢٠٢١\n")] // IndexOutOfRangeException in DateExtractor.DigitsEnd
    [TestCase("Spotlight on Iran\n\n► The minister met (Fars, ٣ November).\n")]
    public void A_date_in_other_digits_does_not_crash_the_parser(string text)
    {
        var document = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader());
        TreeInvariants.Check(document);
        Assert.That(document.Stats.Items, Is.EqualTo(1));
    }

    /// <summary>The same reports in ASCII digits parse, into one item each: the inputs above differ only in their digits.</summary>
    [TestCase("► 3 November\n")]
    [TestCase("► November 3\n")]
    [TestCase("► early November 2021\n")]
    [TestCase("Spotlight on Iran\n\n► The minister met (Fars, 3 November).\n")]
    public void The_same_dates_in_ascii_digits_parse(string text)
    {
        var document = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader());
        Assert.That(document.Stats.Items, Is.EqualTo(1));
        Assert.That(text.All(c => !char.IsDigit(c) || char.IsAsciiDigit(c)), Is.True);
    }

    [Test]
    public void A_year_written_in_other_digits_is_no_date_and_no_crash()
    {
        // U+07C0 is NKo digit zero: a Unicode digit that int.Parse refuses, which a \d in a pattern let through.
        var document = ReportPipeline.Parse("Spotlight on Iran\n\nOverview\n\n► Talks in 196߀ and in 2019 (IRNA).\n"u8, "nko.txt", new PlainTextReader());
        var dates = document.Report.Sections.SelectMany(s => s.Items).SelectMany(i => i.Dates).Select(d => d.Text);
        Assert.That(dates, Is.EqualTo(new[] { "2019" }));
    }
}
