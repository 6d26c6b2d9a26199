using System.Text;
using System.Text.Json;
using Spotlight.Model;
using Spotlight.Tests.Parsing;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>A text too long to be written whole is written in pieces, to the same bytes.</summary>
public sealed class LongTextJsonTests
{
    /// <summary>A paragraph past <see cref="TreeJson.LongText"/>: quotes, non-ASCII text and a surrogate pair across a piece's end.</summary>
    private static ReportTree LongParagraph()
    {
        var text = new StringBuilder("► ");
        while (text.Length < LongTextJsonConverter.Piece - 1)
            text.Append('a');
        text.Append("😀 \"quoted\" – \\ back");
        while (text.Length < TreeJson.LongText + 10)
            text.Append(" Iran’s envoy met reporters (Fars, November 15).");
        return ParseHelper.Text(ParseHelper.Header + "Overview\n\n" + text + "\n");
    }

    [Test]
    public void A_long_text_is_written_in_pieces_to_the_bytes_of_the_whole()
    {
        var tree = LongParagraph();
        Assert.That(TreeJson.TypeInfoFor(tree), Is.SameAs(TreeJson.InPieces));
        Assert.That(TreeJson.InPieces.Options.GetConverter(typeof(string)), Is.InstanceOf<LongTextJsonConverter>());
        string whole = Whole(tree);
        Assert.That(TreeCorpus.Render(new NdjsonReportWriter(), tree), Is.EqualTo(whole + "\n"));
        Assert.That(JsonDocument.Parse(whole).RootElement.GetProperty("report").GetProperty("sections")[0]
            .GetProperty("items")[0].GetProperty("text").GetString(), Is.EqualTo(tree.Report.Sections[0].Items[0].Text));
    }

    [Test]
    public void A_report_without_a_long_text_is_written_by_the_generated_code()
    {
        var seed = TreeCorpus.Parse(TreeCorpus.Names().First());
        Assert.That(TreeJson.TypeInfoFor(seed), Is.SameAs(ReportWritingContext.Default.ReportTree));
    }

    [Test]
    public void The_converter_writes_a_string_of_any_length_as_one_value()
    {
        foreach (int length in new[] { 0, 1, LongTextJsonConverter.Piece, LongTextJsonConverter.Piece + 1, 3 * LongTextJsonConverter.Piece + 7 })
        {
            string value = new string('é', length);
            Assert.That(JsonDocument.Parse(Serialize(value)).RootElement.GetString(), Is.EqualTo(value), $"length {length}");
        }
    }

    /// <summary>The tree written whole by the generated code, as the writers write a report without a long text.</summary>
    private static string Whole(ReportTree tree)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ReportJsonContext.WriterOptions(indented: false)))
            JsonSerializer.Serialize(writer, tree, ReportWritingContext.Default.ReportTree);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Serialize(string value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            new LongTextJsonConverter().Write(writer, value, new JsonSerializerOptions());
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
