using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Extraction;

/// <summary>
/// One 5 MB line of parentheses and month names: extraction must stay linear (no quadratic lookups,
/// no catastrophic backtracking) and find exactly what the same text finds in small pieces.
/// </summary>
public sealed class LongInputTests
{
    // The same chunk as the README's timing command.
    private const string Chunk = "((((( November 6 (Fars, November 7) May June (IRGC) al-Alam reported (November 8) ";

    private const string Header = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n";

    private const int Bytes = 5_000_000;

    [Test, CancelAfter(60_000)]
    public void A_five_megabyte_line_of_parentheses_and_months_parses_whole()
    {
        int chunks = Bytes / Chunk.Length;
        var one = ReportPipeline.Parse(Encoding.UTF8.GetBytes(Header + Chunk), "chunk.txt", new PlainTextReader());
        var line = new StringBuilder(Header, Header.Length + Chunk.Length * chunks).Insert(Header.Length, Chunk, chunks).ToString();
        var whole = ReportPipeline.Parse(Encoding.UTF8.GetBytes(line), "long.txt", new PlainTextReader());

        Assert.That(one.Stats.Dates, Is.EqualTo(3));
        Assert.That(one.Stats.Sources, Is.EqualTo(2));
        Assert.That((whole.Input.Lines, whole.Input.Bytes), Is.EqualTo((5, (long)Encoding.UTF8.GetByteCount(line))));
        Assert.That((whole.Stats.Items, whole.Stats.Dates, whole.Stats.Sources),
            Is.EqualTo((1, one.Stats.Dates * chunks, one.Stats.Sources * chunks)));
    }
}
