using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Properties;

/// <summary>
/// A bug of the date extractor that the mutated reports found, as its smallest inputs: a date written in
/// digits other than 0–9 crashed it, since a \d in its patterns matched any Unicode digit.
/// </summary>
public sealed class DateExtractorBugTests
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
}
