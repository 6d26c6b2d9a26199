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

    [TestCase("November 4, 2021 – November 18, 2021", 1)]
    [TestCase("   (November 4, 2021 – November 18, 2021)", 5)]
    [TestCase("Period: November 4, 2021 – November 18, 2021", 9)]
    public void The_period_is_placed_at_its_column(string line, int column)
    {
        var report = Parse($"Spotlight on Iran\n\n{line}\n\nAuthor: Dr. Raz Zimmt\n");
        Assert.That((report.Period!.Line, report.Period.Column), Is.EqualTo((3, column)));
    }

    [Test]
    public void A_period_ending_before_it_starts_is_reported_at_the_periods_column()
    {
        var document = ParseHelper.Text("Spotlight on Iran\n\n  November 18 – November 4, 2021\n\nAuthor: Dr. Raz Zimmt\n" + Body);
        var finding = document.Diagnostics.Single(d => d.Code == "SPT003");
        Assert.That((finding.Line, finding.Column, finding.Message), Is.EqualTo(((int?)3, (int?)3, "period ends before it starts: 2021-11-18 to 2021-11-04")));
    }

    /// <summary>The findings of a header without period or author point at its last line, column 1.</summary>
    [Test]
    public void Missing_period_and_author_are_reported_at_the_headers_last_line()
    {
        var document = ParseHelper.Text("Spotlight on Iran\n\nAuthor: Dr. Raz Zimmt\n" + Body);
        Assert.That(document.Diagnostics.Where(d => d.Code is "SPT002").Select(d => (d.Line, d.Column)), Is.EqualTo(new[] { ((int?)3, (int?)1) }));
        document = ParseHelper.Text("Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n" + Body);
        Assert.That(document.Diagnostics.Where(d => d.Code is "SPT004").Select(d => (d.Line, d.Column)), Is.EqualTo(new[] { ((int?)3, (int?)1) }));
        document = ParseHelper.Text("\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n" + Body);
        Assert.That(document.Diagnostics.Where(d => d.Code is "SPT001").Select(d => (d.Line, d.Column)), Is.EqualTo(new[] { ((int?)1, (int?)1) }));
    }

    /// <summary>A line of the header that is neither title, period nor author is kept as header text, not dropped.</summary>
    [Test]
    public void Other_header_lines_are_header_text_furniture()
    {
        var report = Parse("Spotlight on Iran\nSpecial issue\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n");
        Assert.That(report.Furniture!.Value.Select(f => (f.Kind, f.Text, f.Lines.First)),
            Is.EqualTo(new[] { (FurnitureKind.HeaderText, "Special issue", 2) }));
        Assert.That((report.Series, report.Period!.Line, report.Authors.Single().Line), Is.EqualTo(("Spotlight on Iran", 3, 5)));
    }

    [Test]
    public void Names_are_split_at_commas_semicolons_ampersands_and_and()
    {
        var report = Parse("Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthors: Raz Zimmt, Dana Cohen; Eli Bar & Noa Gil and Tal Ron.\n");
        Assert.That(report.Authors.Select(a => a.Name), Is.EqualTo(new[] { "Raz Zimmt", "Dana Cohen", "Eli Bar", "Noa Gil", "Tal Ron" }));
    }

    /// <summary>"By" with up to eight capitalised words is a byline; more is a sentence.</summary>
    [TestCase("By Anna Bell Cara Dina Ella Faye Gila Hana", 1)]
    [TestCase("By Anna Bell Cara Dina Ella Faye Gila Hana Ilan", 0)]
    [TestCase("By Dr. Raz Zimmt and Dana Cohen", 2)]
    [TestCase("By Raz Zimmt & Dana Cohen", 2)]
    public void A_by_line_is_names_only(string line, int count)
    {
        var report = Parse($"Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n{line}\n");
        Assert.That(report.Authors, Has.Length.EqualTo(count));
    }

    /// <summary>The header ends at the first line of the body: a bullet, a label, a known heading or a line too long for a header.</summary>
    [TestCase("► Iran said so (Fars, November 5).")]
    [TestCase("Overview")]
    [TestCase("Iranian Involvement in Iraq")]
    public void The_header_ends_where_the_body_starts(string line)
    {
        var document = ParseHelper.Text($"Spotlight on Iran\n{line}\nNovember 4, 2021 – November 18, 2021\n");
        Assert.That(document.Report.Period, Is.Null);
        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain("SPT002"));
    }

    [Test]
    public void A_line_longer_than_a_header_line_starts_the_body()
    {
        string longLine = "Iran " + new string('x', 156);
        var document = ParseHelper.Text($"Spotlight on Iran\n{longLine}\nNovember 4, 2021 – November 18, 2021\n");
        Assert.That((longLine.Length, document.Report.Period), Is.EqualTo((161, (Period?)null)));
        string longest = "Iran " + new string('x', 155);
        document = ParseHelper.Text($"Spotlight on Iran\n{longest}\nNovember 4, 2021 – November 18, 2021\n");
        Assert.That((longest.Length, document.Report.Period?.Line), Is.EqualTo((160, (int?)3)));
    }

    /// <summary>A header is read over twelve non-blank lines at most.</summary>
    [TestCase(10, true)]
    [TestCase(11, false)]
    public void The_header_is_twelve_lines_at_most(int extraLines, bool periodFound)
    {
        string extra = string.Concat(Enumerable.Range(1, extraLines).Select(i => $"Note {i}\n"));
        var document = ParseHelper.Text($"Spotlight on Iran\n{extra}November 4, 2021 – November 18, 2021\n" + Body);
        Assert.That(document.Report.Period is not null, Is.EqualTo(periodFound));
    }
}
