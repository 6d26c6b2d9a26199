using System.Text;
using Spotlight.Model;
using Spotlight.Reading;

namespace Spotlight.Tests.Parsing;

internal static class ParseHelper
{
    public static ReportTree Text(string text, string path = "test.txt") =>
        ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), path, new PlainTextReader());

    public static ReportTree File(string path) =>
        ReportPipeline.Parse(System.IO.File.ReadAllBytes(path), path, new PlainTextReader());

    /// <summary>A minimal header, so that tests of the body need not repeat it; the body starts on line 8.</summary>
    public const string Header = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\n\n";
}
