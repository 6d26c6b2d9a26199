using Spotlight.Parsing;
using System.Text;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Validation;
using Spotlight.Vocabulary;

namespace Spotlight.Fuzz;

/// <summary>
/// The bytes, as UTF-8, as both YAML side files: an outlet file (<c>--outlets</c>) and a <c>.spotlight.yml</c>.
/// Each refuses a bad file with its own exception; any other is a crash. A file either accepts is then used as a
/// run would use it, so that a value accepted but poisonous (an outlet name no lookup can handle, a glob the
/// matcher throws on) shows too.
/// </summary>
public sealed class YamlTarget : Target
{
    private static readonly IReportReader Text = ReportReaders.ForName("text");

    /// <summary>Paths a run asks the ignore patterns about: plain, nested, above the folder, odd.</summary>
    private static readonly string[] Paths = ["report.txt", "drafts/2022/report.pdf", "../reports/a.html", "a b/ü.txt", ".hidden/x.txt", "-"];

    public override void Run(byte[] bytes)
    {
        string yaml = Encoding.UTF8.GetString(bytes);
        IReadOnlyList<OutletEntry>? entries = null;
        ValidationConfig? config = null;
        try
        {
            entries = OutletFile.Parse(yaml);
        }
        catch (OutletFileException)
        {
        }
        try
        {
            config = ValidationConfig.Parse(yaml);
        }
        catch (ValidationConfigException)
        {
        }

        if (entries is not null)
            Use(entries);
        if (config is not null)
            Use(config);
    }

    private static void Use(IReadOnlyList<OutletEntry> entries)
    {
        var profile = SeriesProfiles.Default.WithOutlets(entries);
        var table = profile.Outlets;
        var own = new OutletTable(entries);
        foreach (var entry in entries.Take(16))
        {
            foreach (string name in entry.Aliases.Prepend(entry.Name).Take(4))
            {
                if (table.Canonical(name) is null || own.Canonical(name) is null)
                    throw new InvalidOperationException($"the outlet '{name}' of the file is not known to the table built from it");
            }
        }
        ReportRun.Check(Report(entries), Text, profile, ValidationConfig.Default);
    }

    private static void Use(ValidationConfig config)
    {
        foreach (var rule in DiagnosticCatalog.All)
            config.SeverityOf(rule);
        foreach (string path in Paths)
            config.Ignores(path);
        ReportRun.Check(Report([]), Text, ProfileChoice.BuiltIn, config);
    }

    /// <summary>A small report that cites the file's outlets, by name and by alias, as sources and inline.</summary>
    private static byte[] Report(IReadOnlyList<OutletEntry> entries)
    {
        var text = new StringBuilder("Spotlight on Iran\nMarch 3, 2022 – March 17, 2022\nAuthor: Dr. A. Writer\n\nOverview\n");
        text.Append("► Tehran hosted a delegation (Fars, March 5).\n");
        foreach (var entry in entries.Take(8))
        {
            text.Append($"► Talks went on ({entry.Name}, March 6).\n");
            foreach (string alias in entry.Aliases.Take(2))
                text.Append($"► According to {alias}, the visit took place in early March ({alias}, March 7; {entry.Name}).\n");
        }
        text.Append("\nIranian Involvement in Syria\n► al-Alam reported (March 9) that the contacts went on (Mehr, March 10).\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
