using System.Text;
using CsCheck;
using Spotlight.Model;
using Spotlight.Reading;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Whatever the input, a reader gives a tree that keeps the invariants or refuses the input with a
/// <see cref="ReportReadException"/>: never another exception. (How to replay a failure: PropertyCheck.cs.)
/// </summary>
public sealed class ArbitraryInputProperties
{
    private static readonly IReportReader[] TextReaders = [ReportReaders.ForName("text"), ReportReaders.ForName("html")];

    private static readonly IReportReader[] AllReaders = [.. TextReaders, ReportReaders.ForName("pdf")];

    /// <summary>The tree, or null when the reader refused the input; any other exception escapes.</summary>
    private static ReportTree? ParseOrRefuse(byte[] bytes, IReportReader reader)
    {
        ReportTree document;
        try
        {
            document = ReportPipeline.Parse(bytes, "input", reader);
        }
        catch (ReportReadException)
        {
            return null;
        }
        TreeInvariants.Check(document);
        PropertyCheck.Require(document.Input.Format == reader.Format && document.Input.Bytes == bytes.Length, () =>
            $"input says {document.Input.Format}, {document.Input.Bytes} bytes; read by {reader.Format}, {bytes.Length} bytes");
        return document;
    }

    [Test]
    public void Any_string_through_the_text_and_html_readers_gives_a_sound_tree_or_a_read_error()
    {
        PropertyCheck.Run(InputGen.AnyString, text =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            foreach (var reader in TextReaders)
                ParseOrRefuse(bytes, reader);
        }, iter: 400, print: text => PropertyCheck.Literal(text, 4_000));
    }

    [Test]
    public void Any_bytes_through_every_reader_give_a_sound_tree_or_a_read_error()
    {
        PropertyCheck.Run(InputGen.AnyBytes, bytes =>
        {
            foreach (var reader in AllReaders)
                ParseOrRefuse(bytes, reader);
        }, iter: 300, print: bytes => PropertyCheck.Hex(bytes, 2_000));
    }

    /// <summary>The generated report texts do reach the parser and the extractors: most give sections, items, dates and sources.</summary>
    [Test]
    public void Report_shaped_texts_mostly_parse_into_sections_items_dates_and_sources()
    {
        var texts = ReportTextGen.Text.Array[200].Single();
        var documents = texts.Select(t => ParseOrRefuse(Encoding.UTF8.GetBytes(t), TextReaders[0])).ToList();
        Assert.That(documents.Count(d => d is { Stats.Items: > 0, Stats.Sections: > 0 }), Is.GreaterThan(150));
        Assert.That(documents.Count(d => d is { Stats.Dates: > 0 }), Is.GreaterThan(120));
        Assert.That(documents.Count(d => d is { Stats.Sources: > 0 }), Is.GreaterThan(100));
    }
}
