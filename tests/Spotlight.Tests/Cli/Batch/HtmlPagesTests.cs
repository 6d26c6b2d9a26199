using AngleSharp.Html.Parser;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>
/// <c>parse -f html --output-dir</c>: a page per input and an index of them, with the same rules for what exists as
/// every output under a folder.
/// </summary>
public sealed class HtmlPagesTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeArchive()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-pages-").FullName;
        string archive = Directory.CreateDirectory(Path.Combine(_dir, "archive", "2021")).FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(archive, "seed #1.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "002_new_year_topics.txt"), Path.Combine(_dir, "archive", "new year.txt"));
        File.WriteAllBytes(Path.Combine(_dir, "archive", "empty.txt"), []);
    }

    [TearDown]
    public void RemoveArchive() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    private AngleSharp.Dom.IDocument Index(out int errors)
    {
        var parser = new HtmlParser();
        int count = 0;
        parser.Error += (_, _) => count++;
        var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_dir, "pages", "index.html")));
        errors = count;
        return document;
    }

    [Test]
    public void Each_input_gets_a_page_and_the_index_lists_them_in_order_with_their_counts_and_failures()
    {
        var result = Run("parse", "archive", "-r", "-f", "html", "--output-dir", "pages", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Stderr);
        Assert.That(result.Stderr, Is.EqualTo("spotlight: archive/empty.txt: empty file\n"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "pages", "2021", "seed #1.html")), Does.StartWith("<!DOCTYPE html>"));
        Assert.That(File.Exists(Path.Combine(_dir, "pages", "new year.html")));

        var index = Index(out int errors);
        Assert.That(errors, Is.Zero);
        var rows = index.QuerySelectorAll("tbody tr").ToList();
        Assert.That(rows.Select(r => r.Children[2].TextContent), Is.EqualTo(new[] { "archive/2021/seed #1.txt", "archive/empty.txt", "archive/new year.txt" }));
        Assert.That(rows[0].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("2021/seed%20%231.html"));
        Assert.That(rows[2].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("new%20year.html"));
        Assert.That(rows[0].Children[0].TextContent, Is.EqualTo("Spotlight on Iran"));
        Assert.That(rows[0].Children[1].TextContent, Is.EqualTo("November 4, 2021 – November 18, 2021"));
        Assert.That(rows[0].Children.Skip(3).Select(c => c.TextContent), Is.EqualTo(new[] { "20", "5", "40", "29", "0" }));
        Assert.That(rows[1].QuerySelector("a"), Is.Null);
        Assert.That(rows[1].Children[3].TextContent, Is.EqualTo("empty file"));
        Assert.That(index.QuerySelector("p.stats")!.TextContent, Is.EqualTo("2 of 3 inputs with a page"));
    }

    [Test]
    public void An_index_already_there_is_kept_without_force_and_replaced_with_it()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "pages"));
        File.WriteAllText(Path.Combine(_dir, "pages", "index.html"), "mine");
        var kept = Run("parse", "archive/new year.txt", "-f", "html", "--output-dir", "pages");
        Assert.That(kept.ExitCode, Is.EqualTo(1));
        Assert.That(kept.Stderr, Is.EqualTo("spotlight: pages: pages/index.html exists (--force replaces it)\n"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "pages", "index.html")), Is.EqualTo("mine"));
        Assert.That(File.Exists(Path.Combine(_dir, "pages", "new year.html")));

        var forced = Run("parse", "archive/new year.txt", "-f", "html", "--output-dir", "pages", "--force");
        Assert.That(forced.ExitCode, Is.Zero, forced.Stderr);
        Assert.That(Index(out _).QuerySelectorAll("tbody tr"), Has.Length.EqualTo(1));
    }

    [Test]
    public void Under_skip_existing_a_kept_page_is_listed_as_kept_and_the_index_is_renewed()
    {
        Assert.That(Run("parse", "archive/new year.txt", "-f", "html", "--output-dir", "pages").ExitCode, Is.Zero);
        var again = Run("parse", "archive/new year.txt", "archive/2021/seed #1.txt", "-f", "html", "--output-dir", "pages", "--skip-existing", "-q");
        Assert.That(again.ExitCode, Is.Zero, again.Stderr);
        var rows = Index(out _).QuerySelectorAll("tbody tr").ToList();
        Assert.That(rows[0].Children[3].TextContent, Is.EqualTo("kept from an earlier run"));
        Assert.That(rows[0].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("new%20year.html"));
        Assert.That(rows[1].Children[3].TextContent, Is.EqualTo("20"));
    }

    [Test]
    public void An_input_whose_page_would_be_the_index_is_refused_before_anything_is_written()
    {
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "index.txt"));
        var result = Run("parse", "index.txt", "archive/new year.txt", "-f", "html", "--output-dir", "pages");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: pages/index.html: the page of index.txt would replace the index of the pages; "
            + "give it another name or folder; nothing was written\n"));
        Assert.That(Directory.Exists(Path.Combine(_dir, "pages")), Is.False);
    }

    [Test]
    public void Other_formats_under_a_folder_write_no_index()
    {
        File.Copy(TestFiles.SeedPath, Path.Combine(_dir, "index.txt"));
        Assert.That(Run("parse", "index.txt", "-f", "json", "--output-dir", "pages").ExitCode, Is.Zero);
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "pages")).Select(Path.GetFileName), Is.EqualTo(new[] { "index.json" }));
    }

    [Test]
    public void Many_inputs_to_one_html_file_make_one_page_of_many_articles()
    {
        var result = Run("parse", "archive/new year.txt", "archive/2021/seed #1.txt", "-o", "all.html", "-q");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_dir, "all.html")));
        Assert.That(page.QuerySelectorAll("article.report h1").Select(h => h.TextContent), Is.EqualTo(new[] { "Spotlight on Iran", "Spotlight on Iran" }));
        Assert.That(page.QuerySelectorAll("article.report .input dd:first-of-type").Select(d => d.TextContent),
            Is.EqualTo(new[] { "archive/new year.txt", "archive/2021/seed #1.txt" }));
    }
}
