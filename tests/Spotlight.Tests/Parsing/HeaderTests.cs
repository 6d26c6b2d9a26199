using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

public sealed class HeaderTests
{
    private const string Body = """

        Overview

        ► Iran condemned the attack on its embassy (Fars, November 5).

        Iranian Involvement in Syria

        ► A delegation arrived in Damascus (IRNA, November 6).
        """;

    private static Report Parse(string header) => ParseHelper.Text(header + "\n" + Body).Report;

    [TestCase("Spotlight on Iran*", "Spotlight on Iran")]
    [TestCase("`Spotlight on Iran", "Spotlight on Iran")]
    [TestCase("**Spotlight on Iran**", "Spotlight on Iran")]
    [TestCase("Spotlight on Iran[1]", "Spotlight on Iran")]
    public void Series_loses_stray_marks(string title, string series)
    {
        var report = Parse($"{title}\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n");
        Assert.That(report.Series, Is.EqualTo(series));
    }

    [Test]
    public void Period_on_the_title_line_is_split_off()
    {
        var report = Parse("Spotlight on Iran – January 7- January 21, 2018\n\nAuthor: Dr. Raz Zimmt\n");
        Assert.That(report.Series, Is.EqualTo("Spotlight on Iran"));
        // The period starts after "Spotlight on Iran – ", on column 21 of the title line.
        Assert.That(report.Period, Is.EqualTo(new Period(new DateOnly(2018, 1, 7), new DateOnly(2018, 1, 21), "January 7- January 21, 2018", 1)
        {
            Column = 21,
        }));
    }

    [TestCase("Author: Dr. Raz Zimmt", "Raz Zimmt", "Dr.", AuthorRole.Author)]
    [TestCase("Editor: Prof. Miriam Levin", "Miriam Levin", "Prof.", AuthorRole.Editor)]
    [TestCase("By Dr. Raz Zimmt", "Raz Zimmt", "Dr.", AuthorRole.Author)]
    [TestCase("Author: Raz Zimmt", "Raz Zimmt", null, AuthorRole.Author)]
    [TestCase("Written by Col. (res.) Dan Segal", "Dan Segal", "Col. (res.)", AuthorRole.Author)]
    [TestCase("Edited by Dan Segal", "Dan Segal", null, AuthorRole.Editor)]
    [TestCase("EDITORS : Dan Segal", "Dan Segal", null, AuthorRole.Editor)]
    public void Author_lines_are_read(string line, string name, string? honorific, AuthorRole role)
    {
        var report = Parse($"Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n{line}\n");
        Assert.That(report.Authors, Is.EqualTo(new[] { new Author(name, honorific, role, 5) }));
    }

    // A role word must stand alone ("Authority"), and "By" must be followed by names and nothing else.
    [TestCase("Authority: the Supreme National Security Council")]
    [TestCase("By the end of the week the talks resumed in Vienna and Doha.")]
    [TestCase("Editor:")]
    public void Lines_that_only_open_like_an_author_line_name_no_author(string line)
    {
        var report = Parse($"Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n{line}\n");
        Assert.That(report.Authors, Is.Empty);
    }

    [Test]
    public void Several_authors_on_one_line()
    {
        var report = Parse("Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthors: Dr. Raz Zimmt and Ms. Dana Cohen\n");
        Assert.That(report.Authors.Select(a => (a.Name, a.Honorific)),
            Is.EqualTo(new (string, string?)[] { ("Raz Zimmt", "Dr."), ("Dana Cohen", "Ms.") }));
    }

    [Test]
    public void Header_lines_in_any_order_and_without_blank_lines()
    {
        var report = Parse("Spotlight on Iran\nAuthor: Dr. Raz Zimmt\n(June 6-19, 2016)\n");
        Assert.That((report.Series, report.Period?.Start, report.Period?.Line, report.Authors.Single().Line),
            Is.EqualTo(("Spotlight on Iran", (DateOnly?)new DateOnly(2016, 6, 6), (int?)3, 2)));
    }

    [Test]
    public void A_period_that_ends_before_it_starts_gets_a_diagnostic()
    {
        var document = ParseHelper.Text("Spotlight on Iran\n\nNovember 18 – November 4, 2021\n\nAuthor: Dr. Raz Zimmt\n" + Body);
        Assert.That(document.Report.Period!.Text, Is.EqualTo("November 18 – November 4, 2021"));
        Assert.That(document.Diagnostics.Select(d => (d.Code, d.Severity, d.Line)),
            Is.EqualTo(new[] { ("SPT003", DiagnosticSeverity.Warning, (int?)3) }));
    }

    [Test]
    public void A_missing_header_is_reported_not_fatal()
    {
        var document = ParseHelper.Text("► Iran condemned the attack on its embassy (Fars, November 5).\n");
        Assert.That(document.Report.Series, Is.Null);
        Assert.That(document.Report.Period, Is.Null);
        Assert.That(document.Report.Authors, Is.Empty);
        Assert.That(document.Diagnostics.Select(d => d.Code), Is.EquivalentTo(new[] { "SPT001", "SPT002", "SPT004", "SPT006", "SPT021" }));
        Assert.That(document.Report.Sections.Single().Items.Single().Text, Is.EqualTo("Iran condemned the attack on its embassy (Fars, November 5)."));
    }
}
